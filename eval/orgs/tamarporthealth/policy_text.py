# Policy content shared by the PDF and Markdown generators.
TITLE = "Tamar Estuary Port Health Authority"
SUBTITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
META = [
    ("Document reference", "TEPHA-IG-014"),
    ("Version", "1.1"),
    ("Approved by", "Port Health Authority Management Team"),
    ("Date approved", "14 October 2026"),
    ("Policy owner", "Senior Information Risk Owner (Director of Port Health)"),
    ("Next review", "October 2027"),
]
# Each section: (number, heading, [items]) where item = (clause_no or None, text, [lettered items])
SECTIONS = [
 ("1", "Purpose and scope", [
  ("1.1", "This policy sets out how staff of the Tamar Estuary Port Health Authority (\"the Authority\") may and may not use generative artificial intelligence (AI) tools when carrying out Authority work.", []),
  ("1.2", "It applies to all employees, agency and casual workers, contractors, students on placement and members of the Authority Board when they do Authority work, wherever that work is done, including on board vessels, at the Border Control Post and when working from home.", []),
  ("1.3", "Generative AI means any tool that produces text, images, audio, video or code in response to a prompt. This includes chatbots, writing assistants, transcription and meeting note-takers, image generators and AI features built into other software.", []),
  ("1.4", "This policy does not cover the risk-targeting rules in national import systems (such as IPAFFS) that the Authority is required to use. Those are governed by the relevant national guidance.", []),
 ]),
 ("2", "The approved tool", [
  ("2.1", "The only generative AI tool approved for Authority work is Microsoft 365 Copilot Chat, used while signed in with your Authority account (your @tamarporthealth.gov.uk address). When you are signed in correctly, Copilot Chat shows a green shield and the word \"Protected\" next to the prompt box. This is the Authority's enterprise version: prompts and answers stay inside the Authority's Microsoft 365 tenancy and are not used to train the model.", []),
  ("2.2", "Every other generative AI tool is not permitted for Authority work. This includes, but is not limited to:", [
    "(a) the free or personal versions of Microsoft Copilot, and Copilot used while signed in with a personal Microsoft account;",
    "(b) ChatGPT, Google Gemini, Claude, Meta AI, Perplexity, DeepSeek and similar chatbots, whether free or paid;",
    "(c) AI browser extensions, plug-ins and mobile apps, including the generative features of Grammarly;",
    "(d) AI meeting bots and note-takers such as Otter.ai, Fireflies and Read.ai;",
    "(e) AI features built into other software, including the Copilot features in Word, Outlook and Teams that need a separate Microsoft 365 Copilot licence, and AI assistants offered by suppliers of the Authority's systems.",
  ]),
  ("2.3", "If you do not see the green shield and \"Protected\" label, you are not using the approved tool. Stop, and do not enter any Authority information.", []),
  ("2.4", "A team or member of staff who wants to use a different generative AI tool, or a new AI feature in existing software, must apply to Digital Services using the New Technology Request form. A tool may only be used once the Senior Information Risk Owner (SIRO) has approved it in writing following a data protection impact assessment. Trials and pilots of unapproved tools are not allowed without that approval.", []),
 ]),
 ("3", "Accounts and devices", [
  ("3.1", "Use Copilot Chat only on an Authority-managed device (your Authority laptop, desktop or Authority mobile phone).", []),
  ("3.2", "Do not use any generative AI tool on a personal device, or through a personal account, for Authority work. This applies even when the information involved is already public.", []),
  ("3.3", "Do not use your Authority email address or account to sign up to, or sign in to, any other AI service.", []),
  ("3.4", "Do not install AI apps, add-ins or browser extensions on Authority devices. Only Digital Services may install software.", []),
 ]),
 ("4", "Information you may and may not put into Copilot Chat", [
  ("4.1", "You may enter the following information into Copilot Chat:", [
    "(a) information that is already published or is intended for publication, such as Food Standards Agency, UKHSA and Defra guidance, legislation and the Authority's own published reports;",
    "(b) the Authority's own internal information classified OFFICIAL that does not identify any person, such as draft procedures, templates, training materials, meeting agendas and non-personal statistics.",
  ]),
  ("4.2", "You must not enter any information that is marked OFFICIAL-SENSITIVE, or that would be marked OFFICIAL-SENSITIVE if it were marked. If you are not sure how information is classified, treat it as OFFICIAL-SENSITIVE and ask the Information Governance Officer.", []),
  ("4.3", "You must not enter any part of an enforcement case file, including evidence, photographs, witness statements, records of interview, notes of suspected offences, legal advice, or anything relating to a prosecution, simple caution or formal warning.", []),
  ("4.4", "You must not enter the laboratory or analytical results of official samples (food, feed, water or swabs) before the results have been formally released to the importer or published by the Authority. Once released, results may be entered only with the names of the importer, consignee and any individual removed.", []),
  ("4.5", "You must not enter personal data about named or identifiable individuals, including ship crew and passengers, importers' and agents' staff, members of the public and colleagues. Replace names and identifying details with roles (for example \"the Master\", \"Agent A\") before entering text. The only personal data you may enter is:", [
    "(a) your own name and job title; and",
    "(b) the names and job titles of Authority staff where they appear as authors or contact points in an internal or published document.",
  ]),
  ("4.6", "You must never enter special category data or criminal offence data. This includes health information about crew or passengers (for example the contents of a Maritime Declaration of Health, reports of illness or death on board, or infectious disease notifications), and information about offences or alleged offences.", []),
  ("4.7", "You must never enter information about children, including children travelling on vessels, young crew members under 18 and stowaways who may be children.", []),
  ("4.8", "You must not enter HR information about any member of staff, such as sickness absence, grievances, disciplinary matters, appraisals, pay or occupational health referrals.", []),
  ("4.9", "You must not enter commercially confidential information, including importers' and shipping lines' commercial documents that are not public, tender submissions and the Authority's own procurement evaluations.", []),
 ]),
 ("5", "What you may and may not use AI for", [
  ("5.1", "Provided you follow section 4, you may use Copilot Chat for everyday work such as:", [
    "(a) drafting, shortening or improving the wording of emails, letters, reports and internal documents;",
    "(b) summarising or explaining published guidance and legislation for your own understanding;",
    "(c) creating training materials, quizzes and checklists;",
    "(d) turning notes into plain English, and reformatting text or tables;",
    "(e) planning your work and brainstorming ideas.",
  ]),
  ("5.2", "You must not use any AI tool to make, recommend or record an enforcement decision, including whether to detain, reject, re-despatch, destroy or release a consignment, to serve a notice, to issue or refuse a Ship Sanitation Control Certificate, or to prosecute. You must not use AI to draft detention notices or any other statutory notice, certificate or formal enforcement letter: use the Authority's approved templates.", []),
  ("5.3", "You must not use any AI tool to give, draft or check health or medical advice for ship crews, passengers or anyone else, including advice about symptoms, infectious disease, isolation or vaccination. Refer health questions to the ship's medical adviser, the UKHSA South West Health Protection Team or NHS 111, as set out in the Port Health Plan.", []),
  ("5.4", "You must not record, transcribe or summarise an interview under caution, or any other interview that may be used as evidence, with an AI tool. Interviews under caution are recorded only on the Authority's approved recording equipment.", []),
  ("5.5", "You must not use AI meeting bots, AI transcription or AI meeting summaries for any meeting or call, internal or external.", []),
  ("5.6", "You must not use AI to make or inform decisions about individuals, including decisions about recruitment, performance, conduct, fees and charges, or complaints.", []),
  ("5.7", "Recruitment: you may use Copilot Chat to draft job adverts, job descriptions and interview questions from non-personal information. You must not enter application forms or CVs, or use AI to sift, shortlist, score or assess candidates.", []),
  ("5.8", "Legal advice: you must not use AI as a source of legal advice or to decide how legislation applies to a particular case. Legal questions go to the Authority's legal advisers through the Head of Port Health Operations.", []),
  ("5.9", "Procurement: you may use Copilot Chat to help draft a specification or a general market engagement notice from non-confidential information. You must not enter tender submissions or use AI to evaluate or score bids.", []),
  ("5.10", "Images: you must not use AI to create or alter images of real people, or to alter any photograph taken as part of an inspection or as evidence. You may use Copilot Chat to create generic illustrations for internal training materials only.", []),
  ("5.11", "Translation: you may use Copilot Chat to translate general, non-personal information, such as an explanation of the Authority's inspection process for a ship's crew, provided a fluent speaker or the Authority's contracted translation service checks the translation before it is given out. You must not use AI to translate statutory notices, health advice or communications with a named individual about an investigation; use the contracted interpreting and translation service.", []),
  ("5.12", "Code and spreadsheets: you may use Copilot Chat to help write spreadsheet formulas, Power Query steps or simple scripts, provided you do not paste in Authority data that section 4 prohibits. Any script or macro must be reviewed by Digital Services before it is run against Authority systems or data.", []),
  ("5.13", "Automated actions: you must not set up any automated process, flow or agent that acts on AI output without a person checking it first, for example sending emails, updating records or replying to traders automatically.", []),
  ("5.14", "Publication and labelling: anything produced with the help of AI that will be published (website content, social media posts, press releases and guidance for traders) or presented to the Authority Board must be checked for accuracy by the author and approved by their line manager before release. Where AI has produced a substantial part of published content, add the statement: \"This content was prepared with the help of AI and checked by Authority staff.\" Internal emails, routine correspondence and working drafts do not need a label.", []),
 ]),
 ("6", "Your responsibilities", [
  ("6.1", "You are responsible for everything you produce with AI. Check all AI output for accuracy, bias and completeness before you use it. AI tools can invent facts, legislation and references.", []),
  ("6.2", "Never present AI output as the professional judgement of an authorised officer.", []),
  ("6.3", "AI prompts and outputs held by the Authority may be disclosable under the Freedom of Information Act 2000 and the UK GDPR. Write prompts as you would any other work record.", []),
  ("6.4", "Complete the e-learning module \"Using Copilot Chat safely\" before you first use Copilot Chat, and refresh it every year.", []),
 ]),
 ("7", "Incidents and reporting", [
  ("7.1", "If you enter information into any AI tool that this policy does not allow, or use an unapproved tool for Authority work, report it straight away, and in any case within 24 hours, to the Information Governance Officer (ig@tamarporthealth.gov.uk, extension 2047). Do not try to delete the conversation first. A personal data breach may need to be reported to the Information Commissioner's Office within 72 hours.", []),
  ("7.2", "Report AI output that is offensive, seriously wrong or appears to contain someone else's personal data to Digital Services through the IT Service Desk.", []),
  ("7.3", "Breaches of this policy may be dealt with under the Authority's disciplinary procedure.", []),
 ]),
 ("8", "Matters not yet decided", [
  ("8.1", "The Authority has not yet decided whether the standard transcription feature in Microsoft Teams (which is not Copilot) may be used for internal meetings. Until the Governance Group decides, staff must ask the Information Governance Officer before using it.", []),
  ("8.2", "The Authority has not yet decided whether Copilot Chat may be used to help draft responses to complaints or Freedom of Information requests, even with personal details removed. Until a decision is made, such requests are referred to the Information Governance Officer.", []),
 ]),
 ("9", "Contacts and review", [
  ("9.1", "The policy owner is the Senior Information Risk Owner, who is the Director of Port Health.", []),
  ("9.2", "Questions about this policy, data protection and the classification of information go to the Information Governance Officer, who is also the Authority's Data Protection Officer (ig@tamarporthealth.gov.uk, extension 2047).", []),
  ("9.3", "Requests for new tools, and problems signing in to Copilot Chat, go to Digital Services through the IT Service Desk (extension 2000).", []),
  ("9.4", "This policy will be reviewed every year, or sooner if the law, national guidance or the Authority's technology changes.", []),
 ]),
]
APPENDIX = ("Appendix A - Definitions", [
  ("A.1", "OFFICIAL: the Government Security Classification for most routine public-sector information, including the Authority's day-to-day business."),
  ("A.2", "OFFICIAL-SENSITIVE: OFFICIAL information that could cause damage if lost or disclosed, such as enforcement intelligence, information about suspected fraud or smuggling, and detailed personal information. It must be marked."),
  ("A.3", "Personal data: any information relating to an identified or identifiable living person, as defined in the UK GDPR."),
  ("A.4", "Enforcement case file: all records created or held in connection with a suspected breach of food, feed or public health law, from first suspicion until the case is closed."),
])
