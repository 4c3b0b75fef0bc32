# -*- coding: utf-8 -*-
"""Text of the invented NHS Ardoch Generative AI Acceptable Use Policy.

Items:
  ("H", num, title)        numbered section heading  -> clause `num`
  ("P", num, text)         numbered paragraph        -> clause `num`
  ("L", text)              bare lettered / bulleted line, belongs to the clause above
  ("U", text)              unnumbered paragraph, belongs to the clause above
  ("AH", title)            appendix heading (not a clause)
"""

ORG = "NHS Ardoch"
TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
REF = "IG-POL-031"
VERSION = "1.1"

COVER = [
    ("Policy reference", REF),
    ("Version", VERSION),
    ("Policy category", "Information Governance and Security"),
    ("Lead director", "Director of Digital and Information"),
    ("Author", "Head of Information Governance (Data Protection Officer)"),
    ("Approved by", "Information Governance and Security Committee"),
    ("Date approved", "18 February 2026"),
    ("Date of next review", "February 2027"),
    ("Equality impact assessment", "Completed January 2026"),
]

HISTORY = [
    ("v1.0", "September 2025", "First issue (interim guidance on Copilot Chat)"),
    ("v1.1", "February 2026", "Adds licensed Copilot, ScribeAssist pilot and Adobe Firefly; "
                             "information classes aligned with the Board's classification scheme"),
]

GENERAL_NOTE = ("NHS Ardoch reviews its policies within the timescales set out above. If this policy "
                "is past its review date, its content remains in force until the review is complete "
                "and a new version is published. Printed copies are uncontrolled: always check the "
                "Policies and Procedures page of the staff intranet for the current version.")

ITEMS = [
    ("H", "1", "Introduction"),
    ("P", "1.1", "Generative artificial intelligence (GenAI) can produce text, images, audio, computer code "
                 "and summaries in response to instructions. Used well, it can save staff time on routine "
                 "writing and administration and release time for patient care. Used carelessly, it can "
                 "expose patient and staff information, produce confident but wrong content, and damage "
                 "public trust in NHS Ardoch (\"the Board\")."),
    ("P", "1.2", "This policy sets out which GenAI tools may be used for Board work, what information may be "
                 "entered into them, and the safeguards that apply. It is deliberately restrictive: the "
                 "Board will add tools and uses as they are assured."),
    ("P", "1.3", "This policy does not cover AI that forms part of a medical device or a clinical system "
                 "procured for a specific clinical purpose (for example image analysis software in "
                 "radiology). Such systems are assured under the Board's Clinical AI Assurance Framework "
                 "and medical device regulations."),
    ("P", "1.4", "This policy should be read alongside the Board's Information Security Policy, Data "
                 "Protection Policy, Records Management Policy, Social Media Policy and the Once for "
                 "Scotland workforce policies."),

    ("H", "2", "Scope"),
    ("P", "2.1", "This policy applies to everyone who carries out work for or on behalf of the Board, "
                 "including employees, bank and agency workers, honorary contract holders, students and "
                 "trainees on placement, volunteers, contractors and non-executive Board members "
                 "(together, \"staff\")."),
    ("P", "2.2", "It applies to any use of GenAI in connection with Board business, on any device, at any "
                 "location and at any time, including work done at home or on a personally owned phone, "
                 "tablet or computer."),
    ("P", "2.3", "It does not govern what staff do with GenAI in their private lives, provided no "
                 "information obtained through their work with the Board is used and nothing produced is "
                 "presented as Board work."),
    ("P", "2.4", "Independent contractors who provide primary care services under contract with the Board "
                 "(general practices, community pharmacies, dental and optometry practices) are responsible "
                 "for their own policies. Whether any part of this policy should apply to their staff when "
                 "they use Board systems is under review with the Primary Care Contracts Team and has not "
                 "been decided."),

    ("H", "3", "Definitions"),
    ("P", "3.1", "Generative AI (GenAI): software that creates new content (text, images, audio, video or "
                 "code) from a prompt, including chat assistants, writing aids, transcription and "
                 "summarising features, whether used on its own or built into other software."),
    ("P", "3.2", "Approved Tool: a GenAI tool named in clause 5.2, used only through the access route, by the "
                 "staff group and with the information classes stated for it there."),
    ("P", "3.3", "Work Account: the nhs.scot Microsoft 365 account issued to a member of staff by the Board."),
    ("P", "3.4", "Board Device: a computer, laptop, tablet or phone issued and managed by the Board's Digital "
                 "and Information Directorate. Ardoch Anywhere is the Board's secure virtual desktop, which "
                 "may be reached from a personally owned device; anything done inside Ardoch Anywhere is "
                 "treated as done on a Board Device."),
    ("P", "3.5", "Prompt and Output: the instructions, text and files a user gives to a GenAI tool, and what "
                 "the tool produces in return."),
    ("P", "3.6", "Information classes: the Board's Information Classification Scheme sorts information into "
                 "four classes. Where information could fall into more than one class, the higher class "
                 "applies."),
    ("P", "3.6(a)", "Class 1 (Open): information that has been published by the Board or has been approved "
                    "for publication."),
    ("P", "3.6(b)", "Class 2 (Board Internal): the Board's own unpublished business information that does not "
                    "identify any individual, such as draft strategies, internal procedures, service "
                    "figures with small numbers suppressed, and training material."),
    ("P", "3.6(c)", "Class 3 (Personal): information from which a living person (a patient, member of staff "
                    "or member of the public) can be identified, other than Class 4 information. This "
                    "includes names with contact details, correspondence about complaints, staff records "
                    "held by managers and Human Resources, and any case or reference number linked to a "
                    "person."),
    ("P", "3.6(d)", "Class 4 (Clinical and Sensitive): information about the physical or mental health, "
                    "treatment or care of an identifiable person, including CHI numbers, clinical letters, "
                    "referrals, test results and occupational health records; child protection and adult "
                    "support and protection information; information about children and young people who "
                    "use Board services; and information about a person's ethnicity, religion, sexual "
                    "orientation, trade union membership, genetics, or any offence or allegation of an "
                    "offence."),
    ("P", "3.7", "Reserved Business: material prepared for the private session of the Board or any of its "
                 "committees, legal advice, tender submissions and other commercially sensitive material, "
                 "and information received in confidence from another organisation."),
    ("P", "3.8", "Synthetic Likeness: an image, video, animation or audio recording that has been generated "
                 "or altered by any means so that it depicts, or sounds like, a real and identifiable "
                 "person."),
    ("P", "3.9", "Ambient Documentation: the use of a GenAI tool to listen to a clinical consultation and "
                 "draft a clinical note or letter from it."),
    ("P", "3.10", "AI Governance Group (AIGG): the group established by the Information Governance and "
                  "Security Committee to oversee GenAI use, chaired by the Director of Digital and "
                  "Information, with the Data Protection Officer, the Caldicott Guardian, the Chief Clinical "
                  "Information Officer, a staff side representative and the Head of Information Security."),

    ("H", "4", "Roles and responsibilities"),
    ("P", "4.1", "Every member of staff is accountable for any work they produce with the help of GenAI, in "
                 "the same way as for work they produce without it."),
    ("P", "4.2", "Line managers must make sure their teams know this policy, have completed the training in "
                 "section 13, and use only Approved Tools."),
    ("P", "4.3", "Information Asset Owners decide whether information held in the systems they own may be "
                 "used with an Approved Tool, within the limits this policy sets."),
    ("P", "4.4", "The AIGG considers requests for new tools and uses, keeps a record of its decisions and "
                 "reports to the Information Governance and Security Committee each quarter."),

    ("H", "5", "Approved Tools"),
    ("P", "5.1", "Only the tools named in clause 5.2 may be used for Board work. All other GenAI tools are "
                 "not permitted for work, whether they are free or paid for, and whether they are reached "
                 "through a website, a mobile app, a browser extension, a plug-in or a feature built into "
                 "other software."),
    ("P", "5.2", "The Approved Tools are:"),
    ("P", "5.2(a)", "Microsoft 365 Copilot Chat, used while signed in with a Work Account (the protected "
                    "indicator must be showing), on a Board Device or through Ardoch Anywhere. It is "
                    "available to all staff. It may be used with Class 1 and Class 2 information only."),
    ("P", "5.2(b)", "Microsoft 365 Copilot (the licensed version built into the Board's Word, Excel, "
                    "PowerPoint, Outlook and Teams), used by staff who have been allocated a licence "
                    "through the Copilot Licence Register, on a Board Device or through Ardoch Anywhere. "
                    "It may be used with Class 1, Class 2 and Class 3 information, and with Reserved "
                    "Business, but only where the user is already entitled to see that information in "
                    "their role. It must not be used with Class 4 information."),
    ("P", "5.2(c)", "ScribeAssist, the Board's Ambient Documentation tool, used only to document clinical "
                    "consultations in the clinical services listed as participating by the Clinical AI "
                    "Safety Group, through the ScribeAssist app on a Board Device linked to the Clinical "
                    "Portal. It may be used with Class 4 "
                    "information, but only for the consultation being documented."),
    ("P", "5.2(d)", "Adobe Firefly, used under the Board's Adobe enterprise licence by members of the "
                    "Communications and Engagement Team only. It may be used with Class 1 information only."),
    ("P", "5.3", "A product is an Approved Tool only in the form and through the access route stated in "
                 "clause 5.2. The same product used any other way, for example through a personal Microsoft "
                 "account, a consumer or free version, a personal subscription, or an unmanaged personal "
                 "device outwith Ardoch Anywhere, is not an Approved Tool."),
    ("P", "5.4", "Staff who wish to use a GenAI tool that is not named in clause 5.2, or to use an Approved "
                 "Tool by a staff group or service, or with an information class, not stated for it, must "
                 "submit a request to the AIGG (section 12). The tool or use must not be started while the request "
                 "is being considered."),

    ("H", "6", "Information you may use"),
    ("P", "6.1", "Before entering anything into an Approved Tool, staff must identify the class of the "
                 "information (clause 3.6) and check that clause 5.2 permits that class for that tool. "
                 "Uploading a document, pasting text, sharing a screen or pointing the tool at a file or "
                 "mailbox all count as entering information."),
    ("P", "6.2", "Class 4 information must not be entered into any tool other than ScribeAssist."),
    ("P", "6.3", "Removing names does not on its own make information Class 2. Where a patient or member "
                 "of staff could be recognised by a colleague or a member of the public from the "
                 "circumstances described (for example a rare condition, a small ward or team, a date and "
                 "an event), the information keeps its original class."),
    ("P", "6.4", "Reserved Business may be used only with Microsoft 365 Copilot under clause 5.2(b). It must "
                 "never be entered into Copilot Chat or any other tool."),
    ("P", "6.5", "Passwords, access codes, system configuration details and descriptions of security "
                 "weaknesses must not be entered into any GenAI tool."),
    ("P", "6.6", "Documents obtained under a subscription or licence, such as journal articles accessed "
                 "through the NHS Knowledge Network, may be uploaded to an Approved Tool only where the "
                 "licence terms allow it. The Library and Knowledge Service can advise."),
    ("P", "6.7", "Information received from partner organisations (for example the council, Police Scotland "
                 "or the Health and Social Care Partnership) under an information sharing agreement may be "
                 "used with an Approved Tool only where the Information Asset Owner has confirmed that the "
                 "agreement allows it."),

    ("H", "7", "Uses that are not permitted"),
    ("P", "7.1", "Output from a GenAI tool must not be the sole or deciding basis of any determination about "
                 "an individual's diagnosis, treatment, care, eligibility for a service, employment, pay, "
                 "conduct or capability. A person with the appropriate authority must make the "
                 "determination and be able to explain it without reference to the tool."),
    ("P", "7.2", "No GenAI tool may be used to interpret clinical images, test results, traces or "
                 "photographs of a patient, or to suggest a diagnosis or treatment for an individual patient."),
    ("P", "7.3", "No person may create a Synthetic Likeness with any tool in connection with Board work, "
                 "whatever the purpose and whether or not the person depicted agrees."),
    ("P", "7.4", "GenAI must not be used to monitor, profile or rank the activity, productivity or "
                 "communications of individual members of staff."),
    ("P", "7.5", "Reflective accounts, portfolio entries and other material submitted to a professional "
                 "regulator or for appraisal and revalidation as a registrant's personal reflection must be "
                 "the registrant's own work, and must not be generated by a GenAI tool."),
    ("P", "7.6", "No Approved Tool may be connected to a Board system (including the Clinical Portal, "
                 "patient administration and laboratory systems), extended with plug-ins or connectors, "
                 "accessed through a programming interface, or used to build an automated workflow or "
                 "agent, without the written approval of the AIGG."),
    ("P", "7.7", "GenAI must not be used to generate content intended to mislead, including fake reviews, "
                 "correspondence written to appear to come from another person, or material that conceals "
                 "that a response to a patient or member of the public was generated by a tool."),

    ("H", "8", "Checking the output"),
    ("P", "8.1", "All Output must be read and checked by a member of staff with enough knowledge of the "
                 "subject to spot errors before it is relied on, sent or published. GenAI can invent facts, "
                 "references and quotations."),
    ("P", "8.2", "Facts, figures, references, legislation and clinical statements in Output must be checked "
                 "against an authoritative source before use."),
    ("P", "8.3", "A note or letter drafted by ScribeAssist must be reviewed, corrected where necessary and "
                 "approved by the clinician before it is filed in the patient's record or sent. The "
                 "clinician remains the author of the record."),
    ("P", "8.4", "Code, scripts, spreadsheet formulas and macros produced by a GenAI tool must be tested "
                 "before use and must not be introduced to a live Board system except through the Digital "
                 "and Information change control process."),

    ("H", "9", "Being open about AI use"),
    ("P", "9.1", "Where GenAI has made a substantial contribution to content that is published or sent "
                 "outside the Board, the content must include a short statement that AI was used and that "
                 "the content was checked by staff. A statement is not needed for routine internal "
                 "messages or where a tool was used only to correct spelling, grammar or layout."),
    ("P", "9.2", "The cover sheet of every paper submitted to the Board or one of its committees must state "
                 "whether GenAI was used in preparing it and, if so, how."),
    ("P", "9.3", "Patients must be told before a consultation that ScribeAssist will be used, and may decline "
                 "without giving a reason. The patient's agreement, or refusal, must be recorded in the "
                 "clinical record. Where a patient declines, the tool must not be used."),
    ("P", "9.4", "An image produced by a GenAI tool that is published must carry the label \"AI-generated "
                 "image\"."),

    ("H", "10", "Recording, transcription and meeting summaries"),
    ("P", "10.1", "The transcription and meeting summary features of Microsoft 365 Copilot may be used in "
                  "Teams meetings organised by a licence holder, provided every participant is told at the "
                  "start of the meeting that they are in use. If any participant objects, they must be "
                  "switched off for that meeting."),
    ("P", "10.2", "Transcription and meeting summaries must not be used in:"),
    ("L", "(a) any meeting or call where an individual patient's care is discussed, including "
          "multidisciplinary team meetings and case reviews;"),
    ("L", "(b) child protection and adult support and protection meetings;"),
    ("L", "(c) disciplinary, grievance, capability, sickness absence and other formal employment meetings;"),
    ("L", "(d) the private session of the Board or any of its committees."),
    ("P", "10.3", "Meeting organisers must not admit, and must remove, any automated note-taker, recording "
                  "assistant or AI participant that is not part of an Approved Tool."),
    ("P", "10.4", "Whether transcription and meeting summaries may be used at meetings of the Area "
                  "Partnership Forum and other partnership or staff side meetings has not yet been agreed "
                  "with staff side. Organisers must seek the AIGG's view before enabling them at such "
                  "meetings."),
    ("P", "10.5", "Transcripts and meeting summaries are Board records. They must be kept and disposed of "
                  "in line with the Records Management Plan and may be disclosed under freedom of "
                  "information or subject access requests."),

    ("H", "11", "Images and creative content"),
    ("P", "11.1", "Images for publication, campaigns and public-facing material are produced by the "
                  "Communications and Engagement Team. Staff who need such images should ask that team "
                  "rather than generating their own."),
    ("P", "11.2", "Other staff may use the image creation feature of Microsoft 365 Copilot Chat only for "
                  "material that stays inside the Board, such as training slides and internal "
                  "presentations, provided the image is not presented as a photograph of a real place, "
                  "event or person."),
    ("P", "11.3", "Photographs or recordings of patients, staff or members of the public must not be "
                  "uploaded to any GenAI tool."),
    ("P", "11.4", "GenAI images must not be used in patient information leaflets or other clinical "
                  "information given to patients."),

    ("H", "12", "Buying and introducing AI"),
    ("P", "12.1", "Any software or service with GenAI features must be bought through the Digital and "
                  "Information procurement route, which includes a data protection impact assessment, an "
                  "information security assessment and consideration for the Scottish AI Register."),
    ("P", "12.2", "Requests under clause 5.4 are made on the AIGG request form, with a description of the "
                  "intended use, the information classes involved and the expected benefit. The AIGG "
                  "aims to respond within 30 working days. A new tool may be used only once it has been "
                  "added to clause 5.2."),
    ("P", "12.3", "Where a supplier adds GenAI features to software the Board already uses, those features "
                  "must not be used until the AIGG has assessed them. Staff who notice a new AI feature "
                  "should report it to the Digital and Information Service Desk."),
    ("P", "12.4", "Individual staff must not accept free trials, pilots or demonstration accounts for GenAI "
                  "products from suppliers."),

    ("H", "13", "Training"),
    ("P", "13.1", "Before using Microsoft 365 Copilot Chat, staff must complete the TURAS Learn module "
                  "\"Using Generative AI Safely in NHS Ardoch\"."),
    ("P", "13.2", "Staff allocated a Microsoft 365 Copilot licence must also attend a licence induction "
                  "session before the licence is activated."),
    ("P", "13.3", "Clinicians may use ScribeAssist only after completing the service's ScribeAssist training "
                  "and being signed off by their clinical lead."),

    ("H", "14", "Incidents"),
    ("P", "14.1", "If Class 3 or Class 4 information, or Reserved Business, has been entered into a tool "
                  "that is not permitted to receive it, the member of staff must tell their line manager "
                  "and record an incident on Datix within 24 hours, and contact the Information Governance "
                  "Team. They should not delete the conversation until the Information Governance Team "
                  "has advised."),
    ("P", "14.2", "Output that was inaccurate or inappropriate and has affected, or could have affected, a "
                  "patient's care must be reported on Datix as a clinical incident."),
    ("P", "14.3", "A breach of this policy may be dealt with under the Once for Scotland Workforce Conduct "
                  "Policy."),

    ("H", "15", "Matters under review"),
    ("P", "15.1", "The Board has not yet decided whether GenAI may be used at any stage of recruitment and "
                  "selection, including writing job descriptions and adverts, shortlisting and preparing "
                  "interview questions. Guidance is being developed by the Workforce Directorate with the "
                  "Area Partnership Forum. Until it is published, proposals to use GenAI in recruitment "
                  "must be referred to the AIGG."),
    ("P", "15.2", "The Board has not yet reached a position on using GenAI to translate information for "
                  "patients and the public into other languages, including Gaelic and British Sign Language "
                  "resources. Until it does, staff should continue to use the contracted interpretation and "
                  "translation service and refer any proposal to the AIGG."),
    ("P", "15.3", "Licence holders must not create their own Copilot agents, or use agents published by "
                  "others, until the AIGG has decided whether and how agents may be used."),
    ("P", "15.4", "The matters in clauses 2.4 and 10.4 also remain open. The AIGG will publish its decisions "
                  "on the staff intranet and this policy will be updated."),

    ("H", "16", "Contacts"),
    ("P", "16.1", "Information Governance Team (data protection, information classes, incidents): "
                  "ardoch.infogov@nhs.scot."),
    ("P", "16.2", "AIGG Secretariat (requests for new tools and uses, decisions on matters under review): "
                  "ardoch.aigg@nhs.scot."),
    ("P", "16.3", "Digital and Information Service Desk (access, Copilot licences, Ardoch Anywhere, new AI "
                  "features in existing software): extension 4400."),
    ("P", "16.4", "Clinical AI Safety Group, chaired by the Chief Clinical Information Officer (ScribeAssist "
                  "and clinical questions): ardoch.clinicalai@nhs.scot."),
    ("P", "16.5", "Communications and Engagement Team (images, publication and labelling): "
                  "ardoch.comms@nhs.scot."),

    ("H", "17", "Monitoring and review"),
    ("P", "17.1", "The Information Governance Team will monitor compliance through Datix reports, Copilot "
                  "usage reports and periodic audit. This policy will be reviewed at least once a year, or "
                  "sooner if legislation, national guidance or the Board's tools change."),

    ("AH", "Appendix A \u2013 Information classes: examples"),
    ("P", "A.1", "Class 1 (Open): published Board papers from the public session, the Board's website, "
                 "published annual reports, national guidance."),
    ("P", "A.2", "Class 2 (Board Internal): a draft service redesign paper, an internal standard operating "
                 "procedure, a ward's monthly activity figures with small numbers suppressed, a team's "
                 "training slides."),
    ("P", "A.3", "Class 3 (Personal): a complaint letter from a named member of the public, a staff "
                 "member's annual leave or overtime record, a list of staff names with phone numbers, a "
                 "reference request about an employee."),
    ("P", "A.4", "Class 4 (Clinical and Sensitive): a discharge letter, a referral, a staff member's fit "
                 "note or occupational health report, minutes of a child protection case conference, "
                 "notes on a young person seen by the school nursing service."),
]
