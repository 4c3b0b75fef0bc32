"""Text of the Cambrian Coast Fire and Rescue Service generative AI policy (invented organisation).

Shared by build_policy.py (PDF + originals .md). Entries:
  ("h", num, title)     numbered section heading  -> clause `num`
  ("p", num, text)      numbered paragraph        -> clause `num`
  ("li", text)          bare lettered line, belongs to the clause above
  ("sub", text)         unnumbered sub-heading (context only)
  ("app", text)         appendix heading (not a clause)
"""

ORG = "Cambrian Coast Fire and Rescue Service"
ORG_CY = "Gwasanaeth Tân ac Achub Arfordir Cambria"
TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
SHORT = "Generative AI Acceptable Use Policy"
VERSION_ROWS = [
    ("Document reference", "DIS-POL-017"),
    ("Version", "1.2"),
    ("Status", "Approved"),
    ("Approved by", "Digital Governance Board, 14 January 2026"),
    ("Policy owner", "Head of Digital and Information Services"),
    ("Next review", "January 2027"),
    ("Classification", "OFFICIAL"),
]
VERSION_NOTE = ("This document is also available in Welsh. Mae'r ddogfen hon ar gael yn Gymraeg. "
                "Version 1.2 adds the AI Tools Register entries for Adobe Firefly and ElevenLabs, "
                "section 12 (images, voice and likeness) and the matters under review in section 16.")

DOC = [
    ("h", "1", "Purpose and scope"),
    ("p", "1.1", "This policy sets out how people who work for Cambrian Coast Fire and Rescue Service (\"the Service\") may use generative artificial intelligence (AI) in the course of their work. It aims to let staff use these tools with confidence while protecting the public, our firefighters and our operational information."),
    ("p", "1.2", "The policy applies to all employees, whether wholetime, on-call, control, support or fixed-term, and to agency workers, contractors, volunteers and students on placement who carry out work for the Service. It also applies to members of the Fire and Rescue Authority when they use Service systems."),
    ("p", "1.3", "It applies whenever Service business is involved, whichever device is used, including personally owned phones, tablets and home computers, and whether the person is on or off duty."),
    ("p", "1.4", "The policy covers generative AI however it is reached: through a website or app, through a feature built into other software, through a browser extension or plug-in, or through an application programming interface (API)."),
    ("p", "1.5", "It does not cover functions that generate no content and make no recommendations, such as ordinary spell-checking, predictive text on a phone keyboard or the spam filter in Outlook. Analytical and predictive models, such as the risk modelling that supports the Community Risk Management Plan, are governed by the Data Quality and Analytics Procedure and not by this policy."),
    ("p", "1.6", "This policy should be read with the Information Security, Data Protection and Acceptable Use of ICT policies. Where this policy is stricter, it takes precedence for any use of AI."),

    ("h", "2", "Principles"),
    ("p", "2.1", "AI is an aid to the professional judgement of our staff and never a substitute for it. The person who uses an AI tool is accountable for the result as if they had produced it without AI."),
    ("p", "2.2", "Staff must treat every generative AI service as if anything typed, pasted, uploaded or spoken into it could be read by someone outside the Service, unless the AI Tools Register says otherwise."),
    ("p", "2.3", "The Service will be open with the public about its use of AI."),
    ("p", "2.4", "Any use of AI must be consistent with the Equality Act 2010 and the Welsh Language Standards, and must not treat Welsh less favourably than English."),

    ("h", "3", "Roles and responsibilities"),
    ("p", "3.1", "The Digital Governance Board (DGB), chaired by the Senior Information Risk Owner (SIRO), owns this policy, maintains the AI Tools Register and decides requests for new tools and new uses."),
    ("p", "3.2", "The Information Governance Manager is the Data Protection Officer, advises on data protection impact assessments (DPIAs) and leads the response to information incidents."),
    ("p", "3.3", "Heads of department and station managers make sure their teams know this policy, and they may approve local use of AI within the conditions of the AI Tools Register."),
    ("p", "3.4", "Every user must follow this policy and report incidents under section 15."),

    ("h", "4", "Information categories"),
    ("p", "4.1", "Before using an AI tool, staff must decide which category the information they intend to use falls into. Where information falls into more than one category, the more sensitive category applies. The categories, in increasing order of sensitivity, are defined in Appendix A:"),
    ("li", "(a) Open information;"),
    ("li", "(b) Internal information;"),
    ("li", "(c) Personal information;"),
    ("li", "(d) Protected information."),
    ("p", "4.2", "Removing names does not on its own turn Personal information into Internal information. An address, a date or the circumstances of an incident can identify a person in a small community. Information is Internal only if no individual could reasonably be recognised from it."),
    ("p", "4.3", "Protected information must not be typed, pasted, uploaded, dictated or photographed into any generative AI tool, including tools on the AI Tools Register, unless the DGB has approved that specific use following a DPIA. At the date of this policy no such use has been approved."),
    ("p", "4.4", "Personal information may be used only with a tool whose Register entry allows personal data, and then only the minimum needed for the task."),

    ("h", "5", "Approved tools and the AI Tools Register"),
    ("p", "5.1", "Only tools listed on the AI Tools Register with the status approved or restricted may be used for Service business, and only with the information categories and under the conditions shown for them. The Register is published on the intranet and forms part of this policy."),
    ("p", "5.2", "Microsoft 365 Copilot Chat is available to everyone with a Service account. It may be used with Open and Internal information, provided the user is signed in with their Service account (shown by the green shield symbol). It must not be used with Personal or Protected information."),
    ("p", "5.3", "Microsoft 365 Copilot, the licensed version that works inside Outlook, Word, Excel, PowerPoint and Teams, is available only to staff who have been allocated a licence. Licensed users may use it with Open, Internal and Personal information that they are already authorised to access, but never with Protected information."),
    ("p", "5.4", "Consumer AI services, such as the free or personal versions of ChatGPT and Google Gemini, may be used only with Open information, for example to look up published legislation or national guidance, or to generate ideas for a generic presentation. Staff must not register for a consumer AI service with a Service email address, and must not upload any Service document that has not been published."),
    ("p", "5.5", "Any AI tool, app, plug-in, browser extension or AI feature that is not on the Register must not be used for Service business. This includes AI features that appear in software the Service already uses, for example after a supplier update: such features must be left switched off, or left unused, until the DGB has assessed them. Staff who wish to use an unlisted tool may ask for it to be added under section 13."),
    ("p", "5.6", "Tools marked prohibited on the Register must not be used for Service business on any device, whatever the information involved."),
    ("p", "5.7", "Reaching an approved tool by a different route, such as a personal or free account, an API, or a third-party app built on the same model, counts as a different tool and is permitted only if that route is itself on the Register. For example, Copilot reached through a personal Microsoft account is a consumer AI service and not the Service's approved tool."),
    ("p", "5.8", "Copilot Chat and Microsoft 365 Copilot may be used on a personally owned device only through the Service's Microsoft 365 apps, and only where the device is enrolled in the Service's mobile application management. Service information above Open must not be entered into an AI tool on a personal device in any other way, including through a web browser."),

    ("h", "6", "Acceptable uses"),
    ("p", "6.1", "Within sections 4 and 5, acceptable uses include:"),
    ("li", "(a) drafting and improving emails, letters, briefing notes and reports;"),
    ("li", "(b) summarising long published documents such as national guidance, inspection reports or consultation papers;"),
    ("li", "(c) producing first drafts of training material, quizzes and lesson plans;"),
    ("li", "(d) drafting community safety messages and social media posts for review by Corporate Communications;"),
    ("li", "(e) building spreadsheets and formulas that contain no Personal information;"),
    ("li", "(f) brainstorming, planning and checking the readability of documents."),
    ("p", "6.2", "Staff do not need a manager's permission to use Copilot Chat with Open or Internal information for tasks like those listed in 6.1."),
    ("p", "6.3", "Licensed users of Microsoft 365 Copilot may use it to summarise and draft replies to their own email threads and documents, including those that contain Personal information about colleagues or members of the public, provided the output is not used to make a decision about an individual (see 7.1(c))."),

    ("h", "7", "Prohibited uses"),
    ("p", "7.1", "Generative AI must not be used for any of the following, whatever the tool and whatever the information involved:"),
    ("p", "7.1(a)", "writing, expanding, summarising or altering any record that may later be relied on as evidence, including incident records, witness statements, officers' notes and fire investigation reports;"),
    ("p", "7.1(b)", "creating content that imitates the voice, image or writing of a real person, or that could be mistaken for genuine Service material about a real incident;"),
    ("p", "7.1(c)", "making, or being the deciding factor in, a decision that affects a person's rights, employment or access to services, including shortlisting or scoring job applicants or promotion candidates, deciding grievances or disciplinary cases, or deciding eligibility for a Home Fire Safety Check;"),
    ("p", "7.1(d)", "work that the law or a professional standard reserves to a named competent person, such as the preparation and signing of fire safety audits, enforcement notices and prohibition notices under the Regulatory Reform (Fire Safety) Order 2005;"),
    ("p", "7.1(e)", "anything unlawful, discriminatory, abusive or likely to bring the Service into disrepute."),
    ("p", "7.2", "Staff must not try to get round the safeguards of an AI tool or the restrictions in this policy, for example by rewording Protected information, splitting it across several prompts, or using a colleague's licence."),

    ("h", "8", "Human review and accuracy"),
    ("p", "8.1", "Everything produced by AI must be read and checked by the person using it before it is used, sent or relied on. Facts, figures, legislation and references must be checked against a reliable source."),
    ("p", "8.2", "AI output must never be the only basis for anything with an operational or safety consequence. Where AI has helped to draft operational guidance, training on firefighting or rescue techniques, risk assessments or safe systems of work, the owner of the document must check every step against National Operational Guidance or the relevant source before it is issued or taught."),
    ("p", "8.3", "Staff must check output for bias and for language unsuitable for its audience."),

    ("h", "9", "Operational information"),
    ("p", "9.1", "The rules in this section apply to operational information in addition to section 4."),
    ("sub", "Risk information"),
    ("p", "9.2", "Operational Risk Information, including Site-Specific Risk Information (SSRI) records, premises plans, hazardous materials inventories and information about the security of premises, is Protected information and must not be entered into any AI tool. Staff may use Copilot Chat to draft blank templates, checklists or generic guidance on gathering risk information, provided they contain no details of any actual premises."),
    ("sub", "Incident records"),
    ("p", "9.3", "Incident records, including Incident Recording System returns, incident logs, debrief notes that identify individuals and post-incident reports, must be written by the officers responsible for them, and AI must not be used to draft, tidy or summarise them (see 7.1(a)). Published incident statistics and anonymised, aggregated incident data may be analysed with an approved tool within its Register entry."),
    ("sub", "Home Fire Safety Checks and people at risk"),
    ("p", "9.4", "Information gathered during Home Fire Safety Checks and Safe and Well visits, and referrals from partner agencies, often concerns a person's health, disability, mobility, alcohol or drug use, hoarding, or the safety of children and adults at risk. All such information is Protected information, even where the person's name has been left out."),
    ("p", "9.5", "Staff may use Copilot Chat to prepare generic material for Home Fire Safety Checks, such as an easy-read explanation of testing a smoke alarm or a simplified escape-plan leaflet, provided no details of any household are included."),
    ("sub", "Fire investigation"),
    ("p", "9.6", "Fire investigation material, including scene photographs, sketches, samples, interview notes and draft or final fire investigation reports, is Protected information and may be disclosed in criminal proceedings or at an inquest. It must not be entered into any AI tool, and no AI tool may be used to enhance, edit or generate an image of a fire scene."),
    ("p", "9.7", "Fire investigators may use Copilot Chat to research general fire science from published sources, for example ignition temperatures or the failure of lithium-ion batteries, provided the prompt contains no details of the incident under investigation."),
    ("sub", "Control room and mobilising"),
    ("p", "9.8", "Recordings of emergency calls and radio traffic, and the mobilising data held in the command and control system, are Protected information. Transcription, summarisation or analysis of call recordings by AI is a matter under review (see 16.2) and is not permitted."),
    ("sub", "Fleet telematics"),
    ("p", "9.9", "Data from vehicle telematics identifies the driver of an appliance or car and is Personal information. The use of AI features with telematics data is a matter under review (see 16.3)."),
    ("sub", "Emergency language assistance"),
    ("p", "9.10", "Where life or safety is at immediate risk and no interpreter is available, operational crews and control staff may use Microsoft Translator on a Service device to communicate with a person who speaks neither English nor Welsh, even though Personal information will be processed. They must switch to the Service's telephone interpreting contract as soon as practicable and note the use of Translator in the incident log."),

    ("h", "10", "Transparency and labelling"),
    ("p", "10.1", "Staff must be open with colleagues and managers about where AI has helped to produce their work."),
    ("p", "10.2", "Letters, emails and social media posts that a member of staff has drafted with the help of AI, checked and taken responsibility for as their own work do not need to carry an AI label."),
    ("p", "10.3", "Any image, video or audio that has been generated or substantially altered by AI must carry the statement \"Created using AI / Crëwyd gan ddefnyddio AI\" wherever it is published or shown outside the Service, including on social media, posters and presentations to external audiences."),
    ("p", "10.4", "Where members of the public interact directly with an AI system operated for the Service, such as a website chatbot, they must be told that they are dealing with AI and how to reach a person. Introducing such a system requires DGB approval under section 13."),
    ("p", "10.5", "Where AI has materially assisted in the preparation of a report to the Fire and Rescue Authority or one of its committees, the author must say so in the report's background information."),

    ("h", "11", "Recording, transcription and meetings"),
    ("p", "11.1", "Microsoft Teams transcription and the meeting features of Microsoft 365 Copilot may be used in Service meetings, including meetings with suppliers and partner organisations, provided the organiser tells everyone at the start, anyone who objects can ask for it to be switched off, and the organiser checks the notes before they are shared."),
    ("p", "11.2", "Transcription and AI meeting summaries must not be used in disciplinary, grievance, capability or appeal hearings; in occupational health, welfare or trauma risk management (TRiM) conversations; in meetings about named members of the public, including safeguarding discussions and case conferences; or in meetings with legal advisers."),
    ("p", "11.3", "Third-party AI notetakers and meeting bots, such as Otter.ai, Fireflies or Read AI, must not be used or invited into Service meetings. If an external participant's notetaker joins a Service meeting, the organiser must ask for it to be removed and should end the meeting if it is not."),
    ("p", "11.4", "Transcripts and AI summaries are Service records, kept under the Retention Schedule, and may be disclosed under the Freedom of Information Act 2000."),

    ("h", "12", "Images, voice and likeness"),
    ("p", "12.1", "AI-generated images may be used in community safety campaigns, training material and presentations only through a tool whose Register entry allows image generation, and must be labelled in line with 10.3."),
    ("p", "12.2", "AI must not be used to create or alter an image, video or audio recording of a real, identifiable person, including a member of staff, unless that person has given written consent and the Head of Corporate Communications has approved the use. This exception never applies to children, to victims or casualties, or to members of the public involved in an incident."),
    ("p", "12.3", "AI-generated images must not show real Service premises, appliances, livery or incident scenes in a way that could be taken for a photograph of a real event."),
    ("p", "12.4", "The voice of any member of staff must not be cloned or synthesised, including for training videos, bilingual versions of recordings or recorded announcements."),
    ("p", "12.5", "Photographs and video taken at incidents, including footage from drones and helmet cameras, must not be uploaded to any AI tool, including for captioning or to blur faces or vehicle registration marks."),

    ("h", "13", "New tools, procurement and development"),
    ("p", "13.1", "Requests to add a tool to the Register, or to use a listed tool for information or purposes outside its Register entry, are made on the AI Tool Request form through the Digital Services Service Desk, with the support of the requester's head of department. The DGB considers each request with the Information Governance Manager and the ICT Security Officer and records its decision on the Register."),
    ("p", "13.2", "No AI tool may be trialled for Service business, including free trials, beta and \"preview\" features, until the DGB has approved it."),
    ("p", "13.3", "Any procurement of software or services with AI functions must be notified to Procurement and Digital Services at the outset, and needs a DPIA and an information security assessment before contract award."),
    ("p", "13.4", "Building AI solutions, including connecting to AI models through an API (for example Azure OpenAI), building Copilot agents, creating custom GPTs and building Power Automate flows that call AI, is development work. It needs DGB approval and a DPIA before any Service information is used."),
    ("p", "13.5", "Any proposal to use AI to make or support decisions about individuals, for example to prioritise Home Fire Safety Check referrals, needs DGB approval and an equality impact assessment, and will be published under the Algorithmic Transparency Recording Standard."),

    ("h", "14", "Training"),
    ("p", "14.1", "All staff are encouraged to complete the AI Essentials e-learning module on Hyfforddi, the Service's learning platform."),
    ("p", "14.2", "Microsoft 365 Copilot licences are issued only to staff who have completed AI Essentials and the Copilot practical session run by Digital Services."),
    ("p", "14.3", "Licences are requested by the head of department through the Digital Services Service Desk and are allocated by the DGB according to business need."),

    ("h", "15", "Incidents and breaches"),
    ("p", "15.1", "Staff must report to the Information Governance Manager within 24 hours, using the information security incident form, if they enter Personal or Protected information into a tool that is not permitted for it, use a prohibited tool, or find that AI output which was wrong has been relied on in a way that affects safety, a person or the Service's reputation."),
    ("p", "15.2", "Deleting the conversation is not enough and does not remove the need to report. Staff who report promptly will be supported; failing to report may be treated as misconduct."),
    ("p", "15.3", "Breaches of this policy may be dealt with under the Disciplinary Procedure."),

    ("h", "16", "Matters under review"),
    ("p", "16.1", "The matters below have not yet been decided. Until a decision is recorded on the Register or in a revision of this policy, staff must not assume that these uses are permitted, and should refer questions about them to the DGB through the Service Desk."),
    ("p", "16.2", "Control room call recordings. A proposal to pilot AI transcription and quality review of emergency call recordings in the Joint Control Centre is being assessed. Until the DGB decides, call and radio recordings must not be processed by AI."),
    ("p", "16.3", "Fleet telematics. The Service's telematics supplier offers AI driver-behaviour scoring and coaching features. Whether these may be used, and whether anything they produce may be used in driver training, performance or conduct matters, has not been decided and is subject to consultation with the representative bodies. The features are switched off in the meantime."),
    ("p", "16.4", "Personal development and assessment. The Service has not decided whether, or how far, staff may use AI to prepare their own promotion applications, development portfolios, apprenticeship evidence or submissions for the Service's internal assessments. Staff must also follow any rules set by an external awarding body."),
    ("p", "16.5", "Authority minutes. Whether AI-generated summaries may be used in preparing the formal minutes of the Fire and Rescue Authority and its committees is under discussion with the Monitoring Officer and has not been decided."),
    ("p", "16.6", "Welsh-language content. The Service has asked the Welsh Language Commissioner for advice on whether Welsh-language text written by generative AI, rather than translated by Microsoft Translator and checked under its Register entry, can meet the Service's Standards. No decision has been made; such requests should be referred to the Welsh Language Unit."),

    ("h", "17", "Contacts"),
    ("p", "17.1", "Questions about this policy or the AI Tools Register: Digital Services Service Desk, extension 4400, servicedesk@cambriancoastfire.gov.wales."),
    ("p", "17.2", "Data protection, DPIAs and information incidents: Information Governance Manager, information.governance@cambriancoastfire.gov.wales."),
    ("p", "17.3", "Requests for new tools and uses: the AI Tool Request form on the Service Desk portal, which is passed to the DGB secretary."),
    ("p", "17.4", "AI-generated images, publications and social media: Corporate Communications."),
    ("p", "17.5", "Welsh-language content and translation: the Welsh Language Unit."),

    ("h", "18", "Review"),
    ("p", "18.1", "The DGB will review this policy every year, or sooner if the law or the tools available change. The Register is updated as decisions are made."),

    ("app", "Appendix A – Definitions"),
    ("p", "A.1", "Generative AI: software that creates text, images, audio, video or code in response to a prompt."),
    ("p", "A.2", "AI Tools Register: the DGB's list of AI tools, with each tool's status, permitted information categories and conditions of use."),
    ("p", "A.3", "Consumer AI service: any AI service used through a personal or free account, or otherwise not provided under a contract with the Service."),
    ("p", "A.4", "Service account: the Microsoft 365 account issued to a member of staff by the Service."),
    ("p", "A.5", "Open information: information that the Service has published or approved for publication, and other information that is already lawfully in the public domain."),
    ("p", "A.6", "Internal information: the Service's unpublished information that identifies no individual, such as draft documents, procedures, training material, budget working papers and non-personal figures."),
    ("p", "A.7", "Personal information: information about a living person who can be identified from it, such as names with circumstances, contact details, payroll or staff numbers, HR records, complaints and correspondence."),
    ("p", "A.8", "Protected information: the Service's most sensitive information, which includes:"),
    ("li", "(a) information about a person's physical or mental health, disability, ethnicity, religion or sexuality, and information about criminal offences;"),
    ("li", "(b) information about children, and about adults at risk, including safeguarding referrals and Home Fire Safety Check referrals;"),
    ("li", "(c) Operational Risk Information;"),
    ("li", "(d) fire investigation material;"),
    ("li", "(e) emergency call and radio recordings and mobilising data;"),
    ("li", "(f) information shared with the Service in confidence by the police or other partners;"),
    ("li", "(g) commercially sensitive tender information and legally privileged advice."),
    ("p", "A.9", "Operational Risk Information: information held to keep firefighters and the public safe at incidents, including Site-Specific Risk Information (SSRI), premises plans and hazardous materials data."),
    ("p", "A.10", "DPIA: a data protection impact assessment carried out with the Information Governance Manager under Article 35 of the UK GDPR."),
]
