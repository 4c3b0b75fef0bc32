"""Text of the Wessmoor Constabulary GenAI Acceptable Use Policy (invented organisation).

Shared by build_policy.py to produce the PDF (knowledge/) and the same-stem Markdown (originals/).
"""

TITLE = "Generative Artificial Intelligence (GenAI) Acceptable Use Policy"
ORG = "Wessmoor Constabulary"
REF = "Policy reference: WC-ICT-027"
VERSION = "Version 1.1"
CLASS = "OFFICIAL"

DOC_CONTROL = [
    ("Policy owner", "Deputy Chief Constable (Senior Information Risk Owner)"),
    ("Author", "AI Governance Lead, Digital Services Directorate"),
    ("Approved by", "Digital Assurance Board, 14 January 2026"),
    ("Effective from", "2 February 2026"),
    ("Next review", "January 2027, or sooner if national guidance changes"),
    ("Applies to", "Police officers, police staff, special constables, police support volunteers and contractors"),
    ("Replaces", "Interim guidance note 'Use of ChatGPT and similar tools' (June 2024)"),
]

# (number, title, [ (clause id, text) ])  -- text may contain '\n' separated bare (a) lines
SECTIONS = [
    ("1", "Purpose", [
        ("1.1", "This policy sets out how the people who work for Wessmoor Constabulary (\"the Force\") may use generative artificial intelligence when carrying out Force business, which tools they may use, and what information may and may not be put into them."),
        ("1.2", "The Force wants colleagues to use approved GenAI tools with confidence where they save time or improve our work. GenAI does not change anyone's accountability."),
        ("1.3", "This policy supports, and must be read with, the Force Information Security Policy, the Data Protection Policy, the Records Management Policy, the Code of Ethics and the Standards of Professional Behaviour. It takes account of the NPCC Covenant for Using Artificial Intelligence in Policing."),
    ]),
    ("2", "Scope", [
        ("2.1", "This policy applies to everyone listed on the cover of this document whenever they use GenAI for Force business, on any device, whether the device is Force-issued or personally owned, and whether the use happens on or off duty."),
        ("2.2", "It covers stand-alone GenAI tools, Embedded AI Features in software the Force already uses, browser extensions and plug-ins, and GenAI reached through an application programming interface (API) or a developer platform."),
        ("2.3", "The following are outside the scope of this policy and are governed by their own policies and authorised professional practice: live and retrospective facial recognition, automatic number plate recognition, and analytical or predictive models operated by the Force Intelligence Bureau."),
        ("2.4", "Private use of GenAI in a colleague's own time is not governed by this policy, provided that no Force information of any kind is used and the colleague does not present the output as the view of the Force."),
        ("2.5", "A breach of this policy may be dealt with under the Police (Conduct) Regulations 2020 or the Police Staff Disciplinary Procedure."),
    ]),
    ("3", "Definitions", [
        ("3.1", "Generative AI (GenAI) means software that produces new text, images, audio, video or computer code in response to an instruction (a \"prompt\")."),
        ("3.2", "Force-Managed Environment means a GenAI tool that runs inside the Force's Microsoft 365 tenancy or under a contract with the Force, and is listed on the AI Tools Register. Information entered into a Force-Managed Environment is not used by the supplier to train its models."),
        ("3.3", "Open AI Service means any GenAI tool that is not a Force-Managed Environment. This includes free and paid personal versions of ChatGPT, Gemini and Claude, Copilot used with a personal Microsoft account, and any website or app with which the Force has no contract. Paying for a personal subscription does not turn an Open AI Service into a Force-Managed Environment."),
        ("3.4", "Public Domain Information means information that has already been lawfully published by the Force or by another body, or that the Corporate Communications Department has approved for release. A draft that is still awaiting approval for release is not Public Domain Information."),
        ("3.5", "Force Internal Information means OFFICIAL information belonging to the Force that does not identify any living person, such as draft procedures, non-personal performance and workforce figures, training material and internal correspondence from which all personal details have been removed."),
        ("3.6", "Personal Information means information relating to an identified or identifiable living individual, including colleagues: for example names together with circumstances, contact details, collar or payroll numbers, occurrence and crime reference numbers linked to a person, and HR records."),
        ("3.7", "Protected Material means any of the following, whether or not it carries a protective marking:\n(a) information classified OFFICIAL-SENSITIVE or above;\n(b) material gathered in the course of an investigation, including statements, exhibits, body-worn video, interview recordings and transcripts, and crime and occurrence records;\n(c) intelligence, including intelligence reports and their evaluation;\n(d) information about victims, witnesses, suspects, offenders or detained persons;\n(e) information about the physical or mental health, vulnerability, ethnicity, religion or sexuality of any person, and any information about a child under 18 who has contact with the Force;\n(f) vetting, professional standards and misconduct information, and colleagues' occupational health, sickness absence and grievance records;\n(g) operational orders, tactics, deployments, resourcing plans for operations, security arrangements and covert methods."),
        ("3.8", "Accountable User means the person who enters a prompt into a GenAI tool or uses its output. The Accountable User remains responsible for that output in the same way as for any other work they produce."),
        ("3.9", "Embedded AI Feature means a GenAI function inside software the Force already uses for another purpose, such as a \"summarise\" or \"AI assistant\" button in a document reader, a video-conferencing product or a case management system."),
        ("3.10", "Automated Attendee means any software service, other than the transcription and recap functions of the Force's own Microsoft Teams, that joins, records or listens to a meeting or call in order to produce notes, summaries, actions or transcripts."),
        ("3.11", "Digital Assurance Board (DAB) means the board, chaired by the Senior Information Risk Owner's nominee, that assesses and approves GenAI tools and uses on behalf of the Chief Constable."),
        ("3.12", "AI Tools Register means the list of GenAI tools the DAB has assessed, their status, the information each may be used with and any conditions. It is published on the intranet alongside this policy and forms part of it."),
        ("3.13", "Synthetic Media means images, video, audio or voice that have been generated, or materially altered, by GenAI."),
    ]),
    ("4", "Principles", [
        ("4.1", "Colleagues using GenAI must act lawfully, proportionately and in line with the Code of Ethics. They must be able to explain how GenAI contributed to their work, and a human must remain in control of every decision."),
        ("4.2", "Using GenAI does not remove or reduce any existing legal duty, including disclosure, data protection and equality duties."),
    ]),
    ("5", "Approved tools and the AI Tools Register", [
        ("5.1", "Only tools listed on the AI Tools Register as approved or restricted may be used for Force business, and only with the kinds of information and on the conditions the Register gives for each tool."),
        ("5.2", "Microsoft 365 Copilot Chat, used while signed in with a Force account (the green shield is shown in the chat window), is the Force's default GenAI tool and is available to every colleague. It may be used with Public Domain Information and Force Internal Information."),
        ("5.3", "Microsoft 365 Copilot, the licensed version built into Word, Excel, PowerPoint, Outlook and Teams, is issued only to named licence holders who have completed the training in 12.2. It may work with Personal Information that is already held in the licence holder's own mailbox, OneDrive and Teams, for the purpose for which that information was collected. It must not be directed at Protected Material."),
        ("5.4", "Copilot used with a personal Microsoft account, or without signing in, including the consumer Copilot app on a mobile phone, is an Open AI Service that is easily mistaken for the Force's protected service. The DAB has therefore prohibited it for Force business."),
        ("5.5", "Open AI Services that the Register lists as restricted (at present ChatGPT and Google Gemini) may be used only with Public Domain Information, for tasks such as background research, explaining published material and generating ideas. Accounts must not be created with a Force email address, and Force documents must not be uploaded."),
        ("5.6", "A tool that is not on the Register must not be used for Force business until the DAB has approved it under section 11. This includes free trials, tools recommended by other forces or partner agencies, and products from a listed supplier that are sold under a different name."),
        ("5.7", "The Register names tools that the DAB has prohibited, including tools that store or process information in jurisdictions without adequate data protection. Prohibited tools must not be installed on or accessed from Force devices, and must not be used for Force business on any device."),
        ("5.8", "Some tools are restricted to specialist roles: GitHub Copilot may be used only by Digital Services developers working in Force code repositories, and Adobe Firefly only by the Corporate Communications Department. Other colleagues must not use these tools."),
    ]),
    ("6", "Information you may put into GenAI tools", [
        ("6.1", "The kind of information involved, not the convenience of the tool, decides what may be entered. Before entering anything, the Accountable User must identify the most sensitive kind of information in the prompt or in any attached file."),
        ("6.2", "In summary, and subject to the Register:\n(a) restricted Open AI Services: Public Domain Information only;\n(b) Microsoft 365 Copilot Chat: Public Domain Information and Force Internal Information;\n(c) licensed Microsoft 365 Copilot: the above, and Personal Information already held in the licence holder's own Microsoft 365 content;\n(d) Protected Material: no GenAI tool, except the CaseScribe pilot in 8.5."),
        ("6.3", "Protected Material must not be entered into, uploaded to, dictated to or photographed for any GenAI tool, except as expressly permitted for the CaseScribe pilot in 8.5. Removing names does not make Protected Material safe to use: the details of an incident, a location or a date can be enough to identify the people involved."),
        ("6.4", "Personal Information may be used in Microsoft 365 Copilot Chat only after it has been fully anonymised, so that no person can be identified from it directly or by combining it with other information. Replacing names with initials or false names is pseudonymisation, not anonymisation, and the result is still Personal Information."),
        ("6.5", "Passwords, access credentials, API keys, system configuration and network details must never be entered into any GenAI tool, including by developers."),
        ("6.6", "Information received from a partner agency, such as a local authority, health body or the Crown Prosecution Service, must not be entered into any GenAI tool unless the relevant information sharing agreement permits it. If in doubt, consult the Data Protection Officer before use."),
    ]),
    ("7", "Prohibited uses", [
        ("7.1", "Whatever the tool and whatever the information, GenAI must not be used:\n(a) to make, or to be the sole basis of, any decision about an individual, including risk assessments such as DASH, the grading of calls for service, charging, bail, the grounds for a stop and search, vetting decisions and the shortlisting or scoring of candidates;\n(b) to write, alter or improve witness statements, officers' statements, pocket notebook entries, use of force forms or any other record of evidence, except under the pilot in 8.5;\n(c) to profile or monitor individuals or groups, including searching for or collating information about a named person;\n(d) to produce content that would breach the Standards of Professional Behaviour, or that impersonates the Force, another organisation or a real person;\n(e) to create Synthetic Media depicting a real, identifiable person, except as permitted by 10.3;\n(f) to communicate with members of the public in the Force's name without a person reading and approving each message before it is sent, for example automatic replies or public-facing chatbots."),
        ("7.2", "Colleagues must not attempt to bypass the safeguards built into a GenAI tool, or use GenAI to reach information they would not otherwise be entitled to see, for example by asking Copilot to find documents outside their business need."),
        ("7.3", "AI-detection tools must not be used as evidence that a colleague, candidate or member of the public has or has not used GenAI."),
    ]),
    ("8", "Human review, accuracy and evidential integrity", [
        ("8.1", "All GenAI output is a draft. The Accountable User must check it for accuracy, completeness, bias and tone before relying on it or sharing it."),
        ("8.2", "GenAI tools can invent legislation, case law, powers and guidance that do not exist. Any legal reference, power or piece of authorised professional practice in GenAI output must be checked against the authoritative source before use."),
        ("8.3", "Where GenAI output has informed a decision recorded in a decision log, policy file or report, the record must state that GenAI was used and for what."),
        ("8.4", "Where GenAI has been used in connection with an investigation, the prompts and outputs may be relevant material under the Criminal Procedure and Investigations Act 1996. They must be retained and made known to the disclosure officer."),
        ("8.5", "The Force is piloting CaseScribe, a tool in a Force-Managed Environment that produces a draft first account from the audio of body-worn video. During the pilot, which runs until 31 March 2027:\n(a) CaseScribe may be used only by officers posted to the Harbourside and Eastgate Local Policing Areas who have completed the CaseScribe pilot training;\n(b) the officer must read, correct and adopt every part of the draft;\n(c) a CaseScribe draft is never submitted as a witness statement (MG11) and must be marked as AI-assisted on the occurrence record;\n(d) any extension of the pilot to other areas needs a decision of the DAB."),
        ("8.6", "The Force has not yet decided whether any GenAI tool other than CaseScribe may be used to help prepare case files for the Crown Prosecution Service, such as MG5 case summaries. The Force is awaiting national guidance. Until the DAB has decided, such uses are neither approved nor prohibited by this policy and must be referred to the AI Governance Lead before any use."),
    ]),
    ("9", "Transparency and labelling", [
        ("9.1", "Where GenAI has produced a substantial part of content that is published, sent to members of the public or partners, or placed before a court, the content must carry the statement: \"This was produced with the help of AI and checked by Wessmoor Constabulary.\" A statement is not needed where GenAI was used only to correct spelling, grammar or formatting."),
        ("9.2", "Reports and papers for the Chief Officer Group, the Police and Crime Commissioner or any Force board must record, in a footnote or in the document control table, where GenAI produced a substantial part of the content."),
        ("9.3", "Synthetic Media must always carry a visible label saying that it was generated or altered by AI, wherever it is used."),
        ("9.4", "Colleagues must answer honestly if asked whether they used GenAI in their work."),
    ]),
    ("10", "Recording, transcription and likeness", [
        ("10.1", "Automated Attendees must not be admitted to, or used in, any meeting or call that the Force hosts or that a colleague attends on Force business. If one is present in a meeting hosted by another organisation, the colleague should ask for it to be removed and, if it is not, must not share any Personal Information or Protected Material in that meeting."),
        ("10.2", "Transcription and intelligent recap in the Force's own Microsoft Teams may be used only for internal business meetings hosted in the Force's Teams. They must not be used for interviews with suspects, victims or witnesses; for misconduct, grievance, capability or attendance management meetings; or for any meeting at which Protected Material is discussed, such as tasking meetings, MARAC, strategy discussions and Gold groups. The organiser must tell participants at the start, and must switch transcription off if any participant objects."),
        ("10.3", "Synthetic Media depicting a real, identifiable person, including voice cloning, may be created only with that person's written consent and the approval of the Head of Corporate Communications. Synthetic Media must never depict a victim, witness, suspect, missing person or child, and this includes age progression images and composite or likeness images produced from a description."),
        ("10.4", "GenAI must not be used to enhance, upscale, restore or otherwise alter any image, video or audio recording that is, or may become, evidence or intelligence."),
    ]),
    ("11", "Procurement and new tools", [
        ("11.1", "Any proposal to buy, trial or switch on a GenAI tool or Embedded AI Feature, including free tools and browser extensions, must be submitted to the DAB on an AI Use Case Record, with data protection impact assessment screening completed with the Data Protection Officer. Nothing may be used until the DAB has approved it."),
        ("11.2", "An Embedded AI Feature is not approved merely because the software that contains it is approved. It must stay switched off until the DAB has approved it. If a supplier switches such a feature on by default, report it to the Service Desk."),
        ("11.3", "Purchasing cards must not be used to buy GenAI subscriptions, and the cost of a personal GenAI subscription will not be reimbursed through expenses."),
        ("11.4", "Building Copilot agents, custom assistants or automations that connect GenAI to Force data is restricted to Digital Services. Any other team that wants one must submit an AI Use Case Record under 11.1."),
    ]),
    ("12", "Training", [
        ("12.1", "Every colleague must complete the e-learning module \"Using GenAI Safely in Wessmoor\" before using any GenAI tool for Force business, and must repeat it every two years."),
        ("12.2", "A Microsoft 365 Copilot licence is issued only after the colleague has completed the module in 12.1 and the Copilot practitioner workshop. Licences are requested by the colleague's line manager through the Service Desk."),
        ("12.3", "Line managers must make sure their teams have completed the training."),
    ]),
    ("13", "Incidents and breaches", [
        ("13.1", "If Personal Information or Protected Material has been entered into a tool that is not permitted for it, the Accountable User must report it to the Information Security Team immediately, and in any event within 24 hours, using the \"Report an Information Security Incident\" form, and must tell their line manager. Do not delete the conversation before it has been reported."),
        ("13.2", "Output that is offensive, discriminatory or dangerously inaccurate, and any tool that behaves unexpectedly, must be reported in the same way."),
    ]),
    ("14", "Matters under review", [
        ("14.1", "Microsoft 365 Copilot Chat may be used on a personally owned device only through the Force-managed Microsoft 365 apps on a device enrolled in the Force's mobile device management. No other GenAI tool may be used on a personally owned device for Force business. Whether the licensed Microsoft 365 Copilot may be used on enrolled personal devices has not been decided; until the DAB publishes a decision, colleagues must refer the question to the AI Governance Lead."),
        ("14.2", "The Force has not decided whether GenAI may be used to translate communications with members of the public, or to interpret during contact with them. Colleagues should continue to use the Force's contracted interpreting and translation provider, and any proposal to use GenAI for translation must be referred to the AI Governance Lead."),
        ("14.3", "The Force has not decided whether candidates in internal promotion and selection processes may use GenAI to prepare written applications or evidence. The People Directorate is consulting the Police Federation and UNISON. Candidates who are unsure must ask the assessment lead for the process before using GenAI."),
        ("14.4", "The use of GenAI to help prepare responses to Freedom of Information requests and subject access requests is under review by the Information Management Unit, and a decision of the DAB is awaited. Until then, such use needs the prior agreement of the AI Governance Lead."),
    ]),
    ("15", "Roles, contacts and review", [
        ("15.1", "The Deputy Chief Constable, as Senior Information Risk Owner, owns this policy. The DAB approves changes to the AI Tools Register."),
        ("15.2", "The AI Governance Lead in the Digital Services Directorate answers questions about this policy and the Register and receives AI Use Case Records: ai.governance@wessmoor.police.uk."),
        ("15.3", "The Data Protection Officer advises on Personal Information, information sharing agreements and data protection impact assessments: dpo@wessmoor.police.uk."),
        ("15.4", "The Information Security Team receives incident reports under section 13, or out of hours on extension 4300."),
        ("15.5", "The Corporate Communications Department advises on labelling, Synthetic Media and material for publication."),
        ("15.6", "The Service Desk handles Copilot licences, access problems and reports of Embedded AI Features switched on by suppliers."),
        ("15.7", "This policy will be reviewed at least annually."),
    ]),
]

APPENDIX_TITLE = "Appendix A \u2013 Worked examples"
APPENDIX = [
    ("A.1", "Turning bullet points about a new shift pattern into a team briefing with Copilot Chat is permitted: Force Internal Information."),
    ("A.2", "Asking ChatGPT to explain the methodology of a published national crime survey is permitted: Public Domain Information, with no Force documents uploaded."),
    ("A.3", "Pasting a crime report into Copilot Chat to improve the wording is not permitted: it is Protected Material (3.7 and 6.3)."),
    ("A.4", "Using licensed Microsoft 365 Copilot to summarise a colleague's grievance file in the manager's own OneDrive is not permitted: grievance records are Protected Material."),
    ("A.5", "Letting a GenAI note-taker join a partnership meeting on Teams is not permitted: it is an Automated Attendee (10.1)."),
]
