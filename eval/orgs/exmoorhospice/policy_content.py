TITLE = "Exmoor and Coast Hospice: Generative AI Acceptable Use Policy"
FRONT = [
    "Policy reference: IG-14. Version 1.1, approved by the Digital and Information Governance Group on 18 November 2026. Policy owner: Director of Finance and Resources. Next review: November 2027.",
    "This policy applies to all staff, volunteers, trustees, bank workers and contractors of Exmoor and Coast Hospice (registered charity). Read it with the Information Governance and Data Protection Policy, the Confidentiality Code of Conduct and the Social Media Policy.",
]
SECTIONS = [
 ("Purpose and scope", [
  "This policy sets out which generative artificial intelligence (AI) tools may be used for hospice work, what information may be put into them, and which activities they must never be used for.",
  "It applies to everyone who works or volunteers for the hospice, in every setting: the inpatient unit, hospice at home, the bereavement service, our 14 charity shops, the fundraising and lottery team, and anyone working from home or on a personal device.",
  "Hospice work means any task you do for the hospice, paid or unpaid, whether or not it involves hospice systems.",
 ]),
 ("Definitions", [
  "Generative AI means any tool or feature that produces text, images, audio, summaries, transcripts or code in response to a prompt or recording, including chatbots, AI writing assistants, AI image generators, AI note takers and AI features built into other software.",
  "Personal information means any information about a living person who can be identified from it, including patients, their families and carers, bereaved clients, donors, supporters, lottery players, volunteers and staff. Names with circumstances, addresses, phone numbers, email addresses, dates of birth, NHS numbers and supporter or case reference numbers are all personal information.",
  "Special category information means personal information about health, care and treatment, mental capacity, safeguarding, religion, ethnicity or sexuality, and any information about children and young people we support. All information in a patient's clinical record is special category information.",
  "Internal information means the hospice's own unpublished information that identifies nobody, such as draft procedures, rotas without names, non-personal figures and internal reports.",
  "Published information means information the hospice has already made public, or has written to be made public, such as our website, leaflets and annual report.",
 ]),
 ("Approved tools", [
  "The only generative AI tools that may be used for hospice work are: (a) Microsoft 365 Copilot Chat, signed in with your hospice Microsoft account; and (b) the Tandem clinical note scribe, for members of the clinical team only and only where it has been rolled out to their team.",
  "No other generative AI tool, app, plug-in or feature may be used for hospice work. This includes ChatGPT, Google Gemini, Claude, Meta AI, Microsoft Copilot used with a personal account, Grammarly's AI features, Canva Magic tools, AI features in social media scheduling tools, browser extensions and AI note takers such as Otter.ai or Fireflies.",
  "Copilot Chat counts as an approved tool only when you are signed in with your hospice account and the green shield (\"Protected\") shows. Copilot used without signing in, or with a personal Microsoft account, is an unapproved tool.",
  "A request to approve any other tool must go to the Digital and Information Governance Group through the IT Service Desk. You must not try out a tool with hospice information while a request is being considered.",
 ]),
 ("Devices and accounts", [
  "You may use Copilot Chat on a hospice computer or phone, or on your own device through a web browser signed in with your hospice account. You must not save or download hospice information from Copilot Chat onto a personal device.",
  "Tandem may be used only on hospice-issued phones or tablets on which IT has installed it. It must never be installed on or used from a personal phone or tablet.",
  "You must never let anyone else use your hospice account to access Copilot Chat or Tandem.",
 ]),
 ("Information you may put into Copilot Chat", [
  "Copilot Chat may be used with published information and internal information.",
  "You must not enter personal information about patients, their families or carers, bereaved clients, donors, supporters or lottery players into Copilot Chat. Removing the name is not enough if the person could still be recognised from the details.",
  "You must not enter special category information into Copilot Chat, including anything about a patient's condition, care or death, safeguarding concerns, or information about children and young people we support.",
  "You must not enter staff or volunteer personal information into Copilot Chat, including sickness absence, grievance, disciplinary, performance and pay matters about identifiable people.",
  "Commercially sensitive information, such as tender prices, contract negotiations and shop lease terms, may be entered into Copilot Chat only with the agreement of the relevant director.",
  "If you are not sure whether information could identify someone, treat it as personal information and leave it out.",
 ]),
 ("Tandem clinical note scribe", [
  "Tandem may be used only by registered nurses, doctors, healthcare assistants and allied health professionals in the inpatient unit or hospice at home team who have completed Tandem training, and only where Tandem has been rolled out to their team.",
  "Tandem may record a consultation only with the patient's consent, given at the start of that consultation and recorded in SystmOne. If the patient cannot give consent, Tandem must not be used.",
  "Tandem must never be used for conversations about safeguarding or about a person's mental capacity. If a consultation turns to either, stop the recording.",
  "Tandem must not be used for bereavement support sessions, staff supervision, multidisciplinary team meetings or any conversation other than a consultation with a patient.",
  "The clinician must read, correct and approve every Tandem note before it is saved to the record, and remains responsible for its content.",
 ]),
 ("Activities AI must not be used for", [
  "You must not use any AI tool for clinical advice or to decide on symptom management, medication or doses, syringe drivers, prognosis or care planning.",
  "You must not use AI to make or recommend a decision about an individual, such as admission priority, eligibility for bereavement support, or a volunteer's placement.",
  "You must not use AI to shortlist, score or assess applicants for jobs or volunteer roles. You may use Copilot Chat to help draft job adverts and role descriptions.",
  "No condolence letter, sympathy card or bereavement letter may be sent that has been written by AI. Every such letter must be written by a person. You may use Copilot Chat to improve the wording of a general template that contains no personal information.",
  "You must not use AI to make decisions about legacies or Gift Aid, including whether a gift is eligible for Gift Aid, or to interpret a will.",
  "You must not rely on AI for legal advice. Legal questions go to the Head of Governance.",
  "You must not use AI to score or evaluate suppliers' bids. Copilot Chat may be used to help draft a tender specification from internal information.",
  "You must not use AI to create or alter images of real patients, families, staff, volunteers or supporters.",
 ]),
 ("Fundraising, publications and images", [
  "AI-generated images may be created with Copilot Chat for fundraising appeals, posters and social media, but every such image must carry the label \"Image created using AI\".",
  "Any text drafted with AI that will be published (website, press releases, appeal letters, leaflets) must be checked for accuracy by a person and approved under the usual sign-off. Text that a person has checked and edited does not need an AI label.",
  "Shop staff and volunteers with a hospice account may use Copilot Chat for product descriptions, window display ideas, shop signs and social media posts, following the rest of this policy.",
 ]),
 ("Meetings, recording and automation", [
  "No AI tool may be used to record, transcribe or summarise meetings or calls, other than Tandem as set out in section 6.",
  "You may use Copilot Chat to summarise or tidy your own typed notes of an internal meeting if they contain no personal information.",
  "Copilot Chat may help you write spreadsheet formulas, macros or small scripts. Anything that will run on hospice systems, or touch SystmOne or the supporter database, must be reviewed by IT before it is used.",
  "No AI tool may be set up to send messages, update records, post on social media or take any other action automatically.",
  "You are responsible for checking everything AI produces before you use it.",
 ]),
 ("Incidents, concerns and contacts", [
  "If you enter personal or special category information into any AI tool, or use an unapproved tool with hospice information, report it to the Information Governance Lead within 24 hours at ig@exmoorcoasthospice.org.uk and log it on Datix.",
  "Concerns about a Tandem note or any clinical use of AI go to the Caldicott Guardian (the Medical Director).",
  "Questions about this policy go to the IT Service Desk (extension 2200, itservicedesk@exmoorcoasthospice.org.uk), who will pass them to the Digital and Information Governance Group where needed.",
  "Breaking this policy may lead to action under the Disciplinary Policy for staff or the Volunteer Policy for volunteers.",
 ]),
 ("Matters still under review", [
  "The Clinical Governance Committee has not yet decided whether Tandem may be used to record family meetings at which the patient is not present. Ask the Caldicott Guardian, who will refer the question to the Committee.",
  "The Patient Information Group has not yet decided whether Copilot Chat may be used to translate information for patients, families or bereaved clients into other languages. Contact the IT Service Desk, who will refer the question to the Group.",
 ]),
]
