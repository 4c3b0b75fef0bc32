"""Text of the NHS Northgate ICB generative AI policy (single source for the PDF and its .md original).

Blocks: ("title", text) ("meta", [(label, value)]) ("subhead", text) ("table", header, rows)
("h", "5. Approved tools") ("p", "5.1 ...") ("bullets", [..]).
Numbers inside running text are spelt out where a line wrap could put them at the start of a line.
"""

TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
ORG = "NHS Northgate Integrated Care Board"

META = [
    ("Document reference", "NICB-IG-014"),
    ("Version", "v1.2"),
    ("Status", "Approved"),
    ("Approved by", "Audit and Risk Committee, September 2026"),
    ("Effective from", "October 2026"),
    ("Next review", "September 2027"),
    ("Policy owner", "Head of Information Governance and Data Protection Officer"),
    ("Executive lead", "Chief Finance Officer and Senior Information Risk Owner (SIRO)"),
    ("Audience", "All ICB colleagues"),
]

VERSION_HEADER = ("Version", "Date", "Author", "Summary of changes")
VERSIONS = [
    ("v0.4", "January 2026", "IG team", "Consultation draft"),
    ("v1.0", "March 2026", "Head of IG", "Approved by the Audit and Risk Committee"),
    ("v1.1", "June 2026", "Head of IG", "GitHub Copilot added to Table 1"),
    ("v1.2", "September 2026", "DDGG", "Sections 10 and 15 revised"),
]

TOOL_HEADER = ("Tool", "Status", "Approved uses", "Data permitted")
TOOLS = [
    ("Microsoft Copilot Chat (signed in with NHS.net account)", "Approved",
     "Drafting, summarising and rewording documents and emails; research on published guidance; spreadsheet formulas",
     "Published; internal; restricted business information. No person-level information."),
    ("Microsoft 365 Copilot (licensed, in Word, Outlook, Teams, Excel and PowerPoint)", "Limited: licensed users who have completed training",
     "As for Copilot Chat, across the user's own ICB files and email",
     "As for Copilot Chat, plus colleagues' names and contact details incidental to the task. No PID; no HR casework."),
    ("Teams transcription and intelligent recap", "Limited",
     "Internal ICB meetings under section 10",
     "As for the meeting, subject to clause 10.2"),
    ("GitHub Copilot (ICB Enterprise licence)", "Limited: Business Intelligence and Analytics team only, on ICB devices",
     "Writing, explaining and testing SQL, Python and R code",
     "Code and table structures only. No patient-level or pseudonymised data."),
    ("Adobe Firefly (ICB Creative Cloud licence)", "Limited: Communications and Engagement team only",
     "Illustrative images for ICB publications, labelled under clause 9.3",
     "Published information only. No images of real people."),
    ("ChatGPT, Google Gemini and Claude (free or personal accounts)", "Limited",
     "General questions and rewording text that is already published",
     "Published information only."),
    ("DeepSeek, and any AI service whose data is stored or processed in a country without UK data adequacy", "Prohibited",
     "None", "None"),
    ("Third-party AI meeting assistants and note-takers (for example Otter.ai, Fireflies.ai, Read.ai)", "Prohibited",
     "None", "None"),
]

BODY = [
    ("h", "1. Purpose"),
    ("p", "1.1 NHS Northgate Integrated Care Board (\"the ICB\") commissions health services, manages NHS Continuing Healthcare, medicines optimisation and primary care contracts, and handles complaints and PALS enquiries. Generative AI can help with drafting, summarising and rewording, but it brings risks for patient confidentiality, fair commissioning and public trust."),
    ("p", "1.2 This policy sets out which generative AI tools ICB colleagues may use, with what information and for what, and how output must be checked and declared. It sits alongside the ICB's Information Governance, Records Management and Complaints policies."),
    ("p", "1.3 A one-page summary, \"Generative AI: dos and don'ts\", is published alongside this policy on the ICB intranet. Where the summary and this policy differ, this policy applies."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to everyone who works for or on behalf of the ICB (\"ICB colleagues\"): employees, bank and agency workers, secondees, students, contractors and consultants, Board members including non-executive members, and anyone holding an ICB NHSmail or network account."),
    ("p", "2.2 It covers any use of a generative AI tool for ICB business, on an ICB or a personal device, whether the AI is a standalone service or a feature built into other software (for example an assistant inside a word processor, a web browser, a survey tool or a supplier's case management system)."),
    ("p", "2.3 It does not cover AI products used by GP practices, NHS trusts or other providers to deliver care; those organisations are responsible for their own governance. Where the ICB commissions or funds such a product, section 12 applies."),

    ("h", "3. Definitions"),
    ("p", "3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, including chat assistants, image generators and transcription tools."),
    ("p", "3.2 Approved tool means a tool listed in Table 1 (clause 5.2) with the status Approved or Limited, used only in the way and with the information that Table 1 allows."),
    ("p", "3.3 ICB tenant means the ICB's Microsoft 365 environment, reached by signing in with an NHS.net account."),
    ("p", "3.4 Public AI service means any generative AI tool used through a personal, free or consumer account, or otherwise outside an ICB contract, where the provider may keep, read or reuse what is entered. A tool that is otherwise approved becomes a public AI service when it is used with a personal account."),
    ("p", "3.5 Patient identifiable data (PID) means any information from which a patient, service user, carer or family member could be identified, including NHS numbers, names, addresses, dates of birth, and detailed circumstances that would identify someone to a person who knows them. PID about health or care is special category data."),
    ("p", "3.6 Pseudonymised data means person-level data in which identifiers have been replaced with a code. It remains personal data under UK GDPR and is treated as PID in this policy. Anonymised data means aggregated data from which no individual can be identified, with small numbers suppressed in line with the ICB's disclosure control rules."),
    ("p", "3.7 Restricted business information means the ICB's own unpublished information whose early release could harm the ICB, a provider or the public interest, including procurement documents and bids, contract values, unpublished provider performance concerns, legal advice, financial plans before publication, and Board and committee papers before they are published."),
    ("p", "3.8 Person-level information means any information about an identifiable living person, whether a patient, member of the public, complainant or ICB colleague. It includes PID and staff information such as HR casework, sickness records and job applications."),
    ("p", "3.9 Significant decision means a decision that determines a person's eligibility for, or access to, NHS-funded care or funding (including NHS Continuing Healthcare (CHC) eligibility, individual funding requests and personal health budgets), or a decision about awarding, extending or ending a contract with a provider."),
    ("p", "3.10 DDGG means the ICB's Digital and Data Governance Group, which reports to the Audit and Risk Committee."),

    ("h", "4. Roles and responsibilities"),
    ("p", "4.1 The Senior Information Risk Owner (SIRO) is accountable for information risk arising from generative AI."),
    ("p", "4.2 The Caldicott Guardian (the Chief Medical Officer) must agree any use of PID or pseudonymised data with AI before the DDGG approves it."),
    ("p", "4.3 The Data Protection Officer advises on data protection impact assessments (DPIAs) and on whether a proposed use is lawful."),
    ("p", "4.4 The DDGG decides which tools are approved, maintains Table 1, considers requests under section 12 and decides the matters listed in section 15."),
    ("p", "4.5 Every ICB colleague remains personally responsible for the work they produce with AI and for the information they put into it."),

    ("h", "5. Approved tools"),
    ("p", "5.1 Only the tools in Table 1 may be used for ICB business, and only for the uses and information shown against them."),
    ("p", "5.2 Table 1 lists the generative AI tools the DDGG has considered and their status."),
    ("table", TOOL_HEADER, TOOLS),
    ("p", "5.3 A tool that is not listed in Table 1 must not be used for ICB business until the DDGG has approved it under section 12. This includes AI features that a supplier switches on in software the ICB already uses; such features stay switched off, or unused, until the DDGG has considered them."),
    ("p", "5.4 Microsoft Copilot Chat counts as an approved tool only when you are signed in with your NHS.net account and the green shield is shown. Used with a personal Microsoft account it is a public AI service and clause 6.2 applies."),
    ("p", "5.5 Browser extensions, add-ins, plug-ins and mobile apps that add AI features are separate tools, even when they use the same underlying model as an approved tool, and need DDGG approval before use."),
    ("p", "5.6 Connecting to an AI model through an API, building custom assistants (for example custom GPTs or Copilot Studio agents) or connecting AI to ICB systems or datasets is development work and needs a DPIA and DDGG approval before any ICB information is used."),
    ("p", "5.7 On a personal device, colleagues may use Copilot Chat only through the ICB's managed NHSmail app, and may otherwise use the public AI services in Table 1 for published information only. ICB documents must not be downloaded onto a personal device in order to use them with AI."),

    ("h", "6. Information you may use"),
    ("p", "6.1 Before entering anything into an AI tool, decide what kind of information it is: published, internal, restricted business information, person-level information or PID. A mix counts as its most sensitive part."),
    ("p", "6.2 Public AI services may only be given information that is already published, or is written for publication and approved for release. Do not upload ICB documents, emails or spreadsheets to them."),
    ("p", "6.3 Patient identifiable data must not be entered into any generative AI tool, including the approved tools in Table 1. The only exception is a specific use that the DDGG has approved after a DPIA, with the Caldicott Guardian's agreement and a confirmed legal basis (for example direct care, explicit consent, or support under Section 251 of the NHS Act 2006)."),
    ("p", "6.4 Removing names does not make case information safe. CHC assessments and care records, individual funding request files, complaint files, safeguarding information and incident reports are treated as PID even when names and NHS numbers have been taken out, because the circumstances they describe can identify a person."),
    ("p", "6.5 Pseudonymised data may be used with AI only as part of a use approved under clause 6.3. Anonymised, aggregated data with small numbers suppressed may be used in the tools approved for internal information."),
    ("p", "6.6 Information about ICB colleagues' employment, health, performance, conduct, grievances or recruitment must not be entered into any generative AI tool. Job descriptions, person specifications and other HR documents about roles rather than people may be used as internal information."),
    ("p", "6.7 Restricted business information may be used only in Microsoft Copilot Chat or Microsoft 365 Copilot within the ICB tenant, and only by colleagues entitled to see it."),
    ("p", "6.8 Information received from other organisations under a data sharing agreement (for example provider activity data or national datasets) may be used with AI only if that agreement allows it. If the agreement is silent, ask the IG team first."),
    ("p", "6.9 Never enter passwords, access codes, network or security details, or information marked OFFICIAL-SENSITIVE by another government body into any generative AI tool."),

    ("h", "7. Prohibited uses"),
    ("p", "7.1 Generative AI must not make, or be the deciding basis for, a Significant decision. A person with the right delegated authority must make every such decision on the evidence, and must be able to explain it without reference to AI output."),
    ("p", "7.2 In NHS Continuing Healthcare, AI must not be used to score or draft any domain of the Decision Support Tool, to write an eligibility recommendation, to summarise assessment evidence or care records, or to draft a decision letter to an individual. Generic template letters and process guides with no person-level information may be drafted with an approved tool."),
    ("p", "7.3 Generative AI must not be used to produce clinical advice, prescribing or medication recommendations for an individual patient, or answers to clinical questions from patients or the public. Medicines optimisation colleagues may use approved tools to summarise or compare published guidance, formularies and evidence, provided every point used is checked against the original source."),
    ("p", "7.4 Generative AI must not be used to evaluate, score, rank or moderate tender responses, provider bids or provider selection decisions under the Provider Selection Regime, nor to recommend which provider should be awarded a contract. Bids and supplier submissions must not be uploaded to any AI tool. Approved tools may help draft service specifications and market engagement notices."),
    ("p", "7.5 Generative AI must not be used to monitor, profile or assess the performance or behaviour of individual colleagues, patients or members of the public."),
    ("p", "7.6 Generative AI must not be used to create misleading content, or to get around any ICB control, for example by forwarding ICB information to a personal account."),

    ("h", "8. Human review and accountability"),
    ("p", "8.1 All AI output is a draft. The colleague who uses it must check it for accuracy, bias and tone before it is shared, and is accountable for it as if they had written it."),
    ("p", "8.2 AI tools can invent facts, figures, references and guidance numbers. Any statistic, legal point, NICE reference or quotation taken from AI output must be checked against the original source."),
    ("p", "8.3 Complaint and PALS responses: the substance of a response, including findings, explanations and any apology, must be written by the investigating officer. Copilot Chat may be used to improve the plain English or structure of standard paragraphs and templates that contain no details of the complaint. No part of a complaint, the complaint file or correspondence with the complainant may be entered into any AI tool, and every response is signed off under the Complaints Policy."),
    ("p", "8.4 Board and committee papers: authors may use Copilot Chat or Microsoft 365 Copilot to draft and summarise papers. Until a paper has been published on the ICB website it is restricted business information and must not be put into a public AI service. Papers for meetings held in private remain restricted business information after the meeting. The executive sponsor must confirm that the paper has been checked under clause 8.1 before it is submitted."),

    ("h", "9. Transparency and labelling"),
    ("p", "9.1 Be open about AI use. Where generative AI has produced a substantial part of a document's content (more than correcting spelling, grammar or wording), the document must say so, for example: \"Parts of this document were drafted with generative AI and checked by [role].\""),
    ("p", "9.2 The cover sheet of every Board and committee paper must state whether generative AI was used in preparing it and for what."),
    ("p", "9.3 AI-generated or AI-altered images, audio and video used in any ICB publication, presentation or social media post must be labelled as AI-generated."),
    ("p", "9.4 Letters and emails to patients, families, complainants or the public that have been drafted with AI must be reviewed and sent by a named colleague. They do not need an AI statement when AI was used only for spelling, grammar or readability."),

    ("h", "10. Recording, transcription and meeting summaries"),
    ("p", "10.1 Teams transcription and Copilot meeting recap may be used in internal ICB meetings, provided the organiser tells attendees at the start, anyone may ask for it to be switched off, and the transcript and recap are kept in the ICB tenant and deleted after thirty days unless they form part of the record."),
    ("p", "10.2 Transcription, recording-based summaries and AI note-taking must not be used in meetings where an individual patient, complainant or colleague is discussed, including CHC and individual funding request panels, safeguarding and complaint case reviews, and HR meetings such as grievance, disciplinary or sickness absence meetings."),
    ("p", "10.3 The Board Secretary may agree to AI transcription of Board and committee meetings held in public to support minute-taking. Sessions held in private must not be transcribed by AI."),
    ("p", "10.4 Third-party AI meeting assistants and bots must not be invited into, or allowed to join, ICB meetings, and the meeting organiser must remove any that join. Colleagues must not record calls or meetings on a personal device for AI transcription."),

    ("h", "11. Images, voice and likeness"),
    ("p", "11.1 Only the Communications and Engagement team may use AI to create images, audio or video for external publication, using the tools in Table 1. Other colleagues may use Copilot Chat or Microsoft 365 Copilot image generation for internal presentations only."),
    ("p", "11.2 No one may use AI to create or alter an image, video or voice recording that shows or imitates a real, identifiable person, including colleagues, Board members, patients and public figures, except with that person's written consent and the approval of the Head of Communications."),
    ("p", "11.3 Photographs or recordings of patients, carers or colleagues must not be uploaded to any generative AI tool."),
    ("p", "11.4 AI must not be used to create images that could be mistaken for real clinical photographs or for real people using NHS services, or to reproduce or alter the NHS identity or logo."),

    ("h", "12. New tools, procurement and development"),
    ("p", "12.1 Anyone who wants to use a generative AI tool or feature that is not in Table 1, or to use an approved tool in a new way or with more sensitive information, must send a request to the DDGG through the IG team. Use must not start until the DDGG has approved it."),
    ("p", "12.2 The DDGG will consider a DPIA, the supplier's Data Security and Protection Toolkit (DSPT) status, the Digital Technology Assessment Criteria (DTAC), where data is stored, whether the supplier trains its models on ICB data, and clinical safety (DCB0129 and DCB0160) where relevant."),
    ("p", "12.3 Colleagues must not accept a supplier's terms and conditions, start a free trial or sign up for a \"free\" AI product on behalf of the ICB. Free tools go through the same approval as paid ones, and paid tools must also follow the ICB's procurement rules."),
    ("p", "12.4 When commissioning services, commissioners must ask providers whether AI will be used in delivering the service and make sure the contract requires DSPT compliance, a DPIA and clinical safety case by the provider, and notice of material changes. Approving a provider's own clinical AI is a matter for that provider's governance, not the DDGG."),
    ("p", "12.5 Pilots of new AI tools must be approved by the DDGG and limited in time and scope."),

    ("h", "13. Training"),
    ("p", "13.1 Colleagues must complete the ICB's \"Using Generative AI Safely\" e-learning before a Microsoft 365 Copilot or GitHub Copilot licence is issued. It is recommended for all Copilot Chat users."),
    ("p", "13.2 Colleagues must keep their annual Data Security Awareness training up to date to use any AI tool for ICB business."),

    ("h", "14. Incidents"),
    ("p", "14.1 If person-level information or restricted business information has been entered into a tool in breach of this policy, report it on the ICB's incident reporting system (Datix) straight away and inform the IG team the same day."),
    ("p", "14.2 Do not try to fix the problem alone. Do not delete the conversation or the account until the IG team has advised."),
    ("p", "14.3 The IG team will assess the incident using the DSPT incident reporting tool and will report it to the Information Commissioner's Office within seventy-two hours where the reporting threshold is met."),
    ("p", "14.4 AI output that was wrong or harmful and reached a patient, provider or member of the public must also be reported as an incident."),
    ("p", "14.5 Breaching this policy may lead to action under the ICB's Disciplinary Policy."),

    ("h", "15. Matters under review"),
    ("p", "15.1 The DDGG has not yet decided whether generative AI may be used to analyse responses to public consultations and engagement exercises, including free-text comments from patients and residents. Until it decides, each proposal must be referred to the DDGG."),
    ("p", "15.2 The ICB has not decided whether ambient voice technology (AI scribes that listen to a conversation and produce notes) may be used by ICB colleagues in CHC assessments, PALS telephone calls or other conversations with patients and families. No general permission or prohibition applies yet, and any proposal must be referred to the DDGG."),
    ("p", "15.3 Whether generative AI may be used to translate letters and information for patients into other languages or into Easy Read is under review with the Caldicott Guardian and the Patient Experience team. Refer any such request to the DDGG."),
    ("p", "15.4 Whether non-executive Board members may use Microsoft 365 Copilot or Copilot Chat on their own devices to read and summarise Board papers is being considered by the Board Secretary and the SIRO, and will be decided by the DDGG."),

    ("h", "16. Contacts"),
    ("p", "16.1 Information Governance team and Data Protection Officer: questions about this policy, DPIAs, incidents and requests to the DDGG. Email nicb.infogov@nhs.net."),
    ("p", "16.2 DDGG secretariat: run by the IG team. The group meets monthly."),
    ("p", "16.3 Caldicott Guardian: contact through the IG team for any question about using patient information."),
    ("p", "16.4 Digital Service Desk: Copilot licences, sign-in problems and blocked websites."),
    ("p", "16.5 Board Secretary: Board papers and meeting transcription. Communications and Engagement team: images and public content. Procurement team: buying or trialling AI products."),

    ("h", "17. Monitoring and review"),
    ("p", "17.1 The IG team monitors AI use through Microsoft Purview audit logs and web filtering, and reports to the DDGG quarterly."),
    ("p", "17.2 This policy will be reviewed annually, or sooner if national guidance or the law changes."),

    ("appendix", "Appendix A - Examples of information types"),
    ("p", "A.1 Published information: NICE guidance, the ICB's published Board papers and annual report, national policy documents and the ICB's public website."),
    ("p", "A.2 Internal information: draft internal procedures, team plans, and anonymised aggregated activity figures."),
    ("p", "A.3 Restricted business information: a draft Board paper on a service reconfiguration, a provider's contract value or performance notice, tender evaluation notes, the financial recovery plan before publication, and legal advice."),
    ("p", "A.4 Person-level information and PID: a CHC checklist, an individual funding request, a complaint letter, a PALS email, a staff sickness record and a candidate's job application."),
]
