# Source text of the Harlow Vale ICB Generative AI policy.
# Each section: (number, heading, intro_paragraphs, [(clause_no, text, [lettered items])])

TITLE = "Harlow Vale Integrated Care Board"
SUBTITLE = "Policy for the Use of Generative Artificial Intelligence (AI)"
FRONT = [
    "Policy reference: IG-POL-014",
    "Version: 1.0 (approved by the Audit and Risk Committee, November 2026)",
    "Policy owner: Senior Information Risk Owner (Director of Corporate Affairs)",
    "Author: Head of Information Governance",
    "Applies to: all staff of Harlow Vale ICB",
    "Review date: November 2027",
]

SECTIONS = [
("1", "Introduction and purpose", [], [
 ("1.1", "Generative AI tools can help staff of Harlow Vale Integrated Care Board (the ICB) to draft, summarise and analyse information more quickly. They also bring risks to the confidentiality of patient and staff information, to the fairness of decisions about individuals and to public trust in the NHS.", []),
 ("1.2", "This policy sets out when and how ICB staff may use generative AI tools and features for ICB work, what information may be used with them, and the activities for which AI must not be used. It supports the ICB's Information Governance Framework, Data Protection Policy and Records Management Policy.", []),
 ("1.3", "The ICB's approach is approval first. Apart from the uses already approved in section 4, no generative AI tool or feature may be used for ICB work until an AI use request has been approved by the Information Governance team.", []),
]),
("2", "Scope", [], [
 ("2.1", "This policy applies to everyone who works for or on behalf of the ICB, including employees, bank and agency workers, contractors, secondees, students, volunteers and Board members, and to staff of the commissioning support unit when they work on ICB systems or information.", []),
 ("2.2", "It covers all generative AI tools and features used for ICB work, whether free or paid, on the web, installed as an app or browser extension, or built into software the ICB already uses.", []),
 ("2.3", "It does not cover AI products used by the providers the ICB commissions in the direct care of patients (for example AI in diagnostic imaging). Those are assured through the ICB's commissioning, clinical safety and contract processes.", []),
]),
("3", "Definitions", [], [
 ("3.1", "Generative AI means software that produces text, images, audio, video or code in response to a prompt, such as Microsoft 365 Copilot Chat, ChatGPT, Google Gemini, Claude, Perplexity and Midjourney, and AI features in other products, such as meeting summaries and writing assistants.", []),
 ("3.2", "Patient-identifiable information means any information from which a patient can be identified, directly or indirectly. It includes names, addresses, dates of birth, NHS numbers, CHC and IFR case references, and free text from clinical or care records, even when the name has been removed.", []),
 ("3.3", "Staff information means any information that identifies a member of staff or applicant, including HR records on sickness, grievance, disciplinary, capability, pay and recruitment.", []),
 ("3.4", "Confidential ICB information means unpublished information that the ICB would not release to the public, including commercially sensitive procurement and contract information, papers and minutes of the private (Part 2) session of the Board and its committees, legally privileged advice, and information marked OFFICIAL-SENSITIVE.", []),
 ("3.5", "An AI use request is the form on the Information Governance intranet pages that staff use to ask for approval of a generative AI tool, feature or use (see Appendix B).", []),
]),
("4", "Approval before use", [], [
 ("4.1", "Before using any generative AI tool or feature for ICB work, staff must submit an AI use request to the Information Governance (IG) team and have it approved in writing. This applies to free and paid tools, browser extensions and mobile apps, and to AI features switched on in software the ICB already uses.", []),
 ("4.2", "Microsoft 365 Copilot Chat, used while signed in with your nhs.net account, is already approved for all ICB staff for information that does not identify patients or staff. You do not need to submit an AI use request for this use. You must check that the green shield (enterprise data protection) is shown before you start.", []),
 ("4.3", "Where a proposed use involves personal data, a Data Protection Impact Assessment (DPIA) must be completed and signed off by the Data Protection Officer before the use is approved. Uses involving patient-identifiable information also need the agreement of the Caldicott Guardian.", []),
 ("4.4", "An approval covers only the tool, purpose and information described in the request. A new purpose, a new kind of information or a new tool needs a new request. Approved uses are recorded in the ICB AI Use Log held by the IG team.", []),
 ("4.5", "Public AI tools such as ChatGPT, Google Gemini, Claude, Perplexity, Meta AI and Grammarly have not been approved and must not be used for ICB work unless an AI use request for that tool and use has been approved.", []),
 ("4.6", "DeepSeek and other AI tools named in national NHS or government security advice must not be installed or used on any ICB device or for any ICB work. AI use requests for them will not be accepted.", []),
 ("4.7", "Microsoft 365 Copilot (the licensed version that works inside Word, Excel, Outlook and Teams) is available only to the staff in the ICB pilot group agreed by the AI Assurance Group. Staff outside the pilot group must not use it for ICB work and should use Copilot Chat instead.", []),
]),
("5", "Accounts and devices", [], [
 ("5.1", "Staff must not use a personal account or a personal subscription of any AI tool for ICB work. This includes Copilot or Copilot Chat signed in with a personal Microsoft account, and personal ChatGPT Plus or Gemini accounts, even if the staff member pays for them.", []),
 ("5.2", "Generative AI may be used for ICB work only on ICB-managed devices. Staff must not use AI tools for ICB work on personal phones, tablets or home computers, and must not copy ICB information to a personal device in order to use an AI tool.", []),
 ("5.3", "Staff must not sign in to AI tools with their nhs.net account other than those approved under section 4, and must not connect AI tools or plug-ins to ICB email, calendars, SharePoint or Teams unless that connection has been approved.", []),
]),
("6", "What information you may use", [], [
 ("6.1", "Information that is already published, or is written for publication, such as national guidance, published Board papers from the public session and the ICB's published strategies, may be used with Copilot Chat.", []),
 ("6.2", "Internal ICB information that does not identify any patient or member of staff, such as draft strategies, internal procedures, training material and aggregate figures, may be used with Copilot Chat, provided it is not confidential ICB information covered by paragraphs 6.7 to 6.9.", []),
 ("6.3", "Patient-identifiable information must not be entered into any generative AI tool, including Copilot Chat, unless that specific use has been approved under paragraphs 4.1 and 4.3 with a DPIA.", []),
 ("6.4", "Information about children and safeguarding information about any person must not be entered into any generative AI tool. No AI use request will be approved for this information.", []),
 ("6.5", "Staff information must not be entered into any generative AI tool, including Copilot Chat. This includes sickness absence details, grievances, disciplinary and capability cases, appraisals, pay and application forms.", []),
 ("6.6", "Removing names is not enough to make information non-identifying. Aggregate figures may be used with Copilot Chat only where small numbers have been suppressed in line with the ICB's statistical disclosure guidance, and free text from records must never be used.", []),
 ("6.6.1", "The ICB has not yet decided whether pseudonymised patient-level data (for example Secondary Uses Service extracts where the NHS number has been replaced with a pseudonym) may be used with Copilot Chat. The AI Assurance Group is considering this with the Caldicott Guardian. Until a position is published, staff must refer any such proposal to the IG team.", []),
 ("6.7", "Commercially sensitive information, including tender documents received from bidders, evaluation scores, pricing, contract values under negotiation and supplier financial information, must not be entered into any generative AI tool, including Copilot Chat.", []),
 ("6.8", "Papers, minutes and recordings of the private (Part 2) session of the Board or of any Board committee must not be entered into any generative AI tool, including Copilot Chat, until the ICB has published them.", []),
 ("6.9", "Legally privileged advice and information marked OFFICIAL-SENSITIVE must not be entered into any generative AI tool.", []),
]),
("7", "Decisions about individuals", [], [
 ("7.1", "Generative AI must not be used to make, recommend or inform any decision about an individual patient, member of staff or provider. Decisions must be made by people, using the ICB's agreed processes.", []),
 ("7.2", "Continuing healthcare. AI must not be used at any stage of NHS Continuing Healthcare (CHC) or funded nursing care eligibility decisions. This includes completing or checking the Checklist or the Decision Support Tool, summarising care records or assessments, drafting panel recommendations and drafting eligibility or appeal letters for individuals.", []),
 ("7.3", "Individual funding requests. AI must not be used to assess, score, summarise or recommend a decision on any individual funding request (IFR), or to draft the IFR panel's decision letters.", []),
 ("7.4", "Staff may use Copilot Chat to draft or improve general material about CHC and IFR processes, such as public information leaflets, process guides and training material, provided no individual's information is used and paragraph 9.4 is followed before publication.", []),
 ("7.5", "Recruitment. AI must not be used to shortlist, score, rank or assess job applicants, or to draft interview feedback about a named applicant. Copilot Chat may be used to draft job descriptions, adverts and interview questions that contain no personal information.", []),
]),
("8", "Clinical, medicines and legal advice", [], [
 ("8.1", "Generative AI must not be used to produce clinical or medicines advice for patients, carers or the public, or to answer clinical queries from patients.", []),
 ("8.2", "AI must not be used to produce prescribing advice, dosing information, formulary recommendations or medicines safety advice for clinicians, practices or pharmacies.", []),
 ("8.3", "The medicines optimisation team may use Copilot Chat to help draft the layout and plain-English wording of non-patient-specific material such as newsletters and guidance documents, provided every clinical statement is written or checked by a pharmacist against the BNF, NICE guidance and the local formulary before it is issued.", []),
 ("8.4", "Generative AI must not be relied on for legal advice. Staff who need legal advice must contact the Corporate Governance team, who will instruct the ICB's legal advisers.", []),
]),
("9", "Correspondence, complaints, FOI and publication", [], [
 ("9.1", "Complaints and MP letters. The content of complaints, MP letters and other correspondence that identifies a patient, complainant or member of staff must not be entered into any generative AI tool, including Copilot Chat. Staff may use Copilot Chat to improve standard paragraphs and templates that contain no personal information.", []),
 ("9.2", "Freedom of Information. AI must not be used to decide whether information is held, whether an exemption applies or whether information should be released. Copilot Chat may be used to help word a response that gives information the ICB has already decided to release, provided the requester's details are not entered and the FOI lead checks the response before it is sent.", []),
 ("9.3", "Translation. Copilot Chat may be used to understand the general meaning of published or non-identifying text in another language. Translations of patient information, consent materials or correspondence for publication or for sending to a patient must be produced or checked by a qualified translator through the ICB's translation and interpreting contract.", []),
 ("9.4", "Publication and labelling. Any content produced wholly or mainly with generative AI that the ICB publishes or sends outside the ICB, including website content, public reports, leaflets and public Board papers, must be checked for accuracy by the author, approved by their line manager and labelled with the statement: \"This content was produced with the help of AI and checked by Harlow Vale ICB staff.\"", []),
 ("9.5", "Staff remain responsible for everything they produce with the help of AI. Output must be checked for accuracy, bias and tone before it is used, and AI must never be named as the author of an ICB document.", []),
]),
("10", "Meetings, recording and transcription", [], [
 ("10.1", "The recording and transcription features built into Microsoft Teams may be used for internal ICB meetings that do not discuss identifiable patients or staff, provided the chair tells all attendees at the start, nobody objects, and the transcript is kept only as long as needed to produce the notes.", []),
 ("10.2", "AI recording, transcription or summarising must not be used in CHC or IFR panels, complaints meetings with patients or families, HR meetings such as grievance, disciplinary and sickness absence meetings, or the private session of the Board or its committees.", []),
 ("10.3", "Third-party AI notetakers and transcription apps, such as Otter.ai, Fireflies, Read.ai and Zoom AI Companion, have not been approved and must not be used or invited into meetings by ICB staff.", []),
 ("10.4", "The ICB has not yet decided whether ICB staff may take part in meetings hosted by partner organisations, such as local authorities or NHS trusts, where the host uses its own AI notetaker or transcription tool. The AI Assurance Group is considering this. Until a position is published, staff should raise each case with the IG team before the meeting.", []),
]),
("11", "Images, audio and the voices of real people", [], [
 ("11.1", "Generative AI must not be used to create, alter or imitate the image, likeness or voice of a real, identifiable person, including patients, staff, Board members and public figures. This applies even if the person has agreed.", []),
 ("11.2", "Photographs, video and audio recordings of patients or staff must not be uploaded to any generative AI tool, including for editing or enhancement.", []),
 ("11.3", "Copilot Chat may be used to create illustrative images that do not depict real people, for internal presentations and training. Before such an image is used in any external publication or campaign, the Communications and Engagement team must approve it and it must be labelled as AI-generated.", []),
]),
("12", "Procurement, contracts and emergency preparedness", [], [
 ("12.1", "AI must not be used to evaluate, score or moderate tender responses or bids, or to draft evaluation or moderation comments.", []),
 ("12.2", "Copilot Chat may be used to draft service specifications and market engagement material that contain no pricing, bidder information or other commercially sensitive information.", []),
 ("12.3", "Information about the contract management of named primary care providers, including contract performance concerns, breach and remedial notices and list cleansing, must not be entered into any generative AI tool.", []),
 ("12.4", "Where a supplier proposes to use AI in a service it provides to the ICB, or to switch on AI features in a system the ICB uses, the contract manager must submit an AI use request before the feature is used with ICB information.", []),
 ("12.5", "Emergency preparedness, resilience and response (EPRR). Copilot Chat may be used to draft exercise scenarios and training material based on published guidance. Incident response plans marked OFFICIAL-SENSITIVE, on-call contact lists and information from a live incident must not be entered into any generative AI tool.", []),
]),
("13", "Code, data analysis and automation", [], [
 ("13.1", "Copilot Chat may be used to help write, explain or correct spreadsheet formulas, SQL and other code, provided no patient-level data, passwords, connection strings or other credentials are entered.", []),
 ("13.2", "AI coding assistants that connect to ICB systems or code repositories, such as GitHub Copilot, need an approved AI use request before use.", []),
 ("13.3", "Generative AI must not be set up to take actions automatically, such as sending emails, updating records, approving payments or making changes in ICB systems, including through Copilot Studio agents or Power Automate flows, unless the AI Assurance Group has approved that use and a DPIA is in place.", []),
]),
("14", "Roles and responsibilities", [], [
 ("14.1", "The Senior Information Risk Owner (SIRO), the Director of Corporate Affairs, owns this policy and chairs the AI Assurance Group.", []),
 ("14.2", "The Caldicott Guardian, the Chief Nursing Officer, advises on any proposed use of patient-identifiable information.", []),
 ("14.3", "The Data Protection Officer signs off DPIAs and advises on data protection law.", []),
 ("14.4", "The Information Governance team, led by the Head of Information Governance, receives and decides AI use requests, keeps the AI Use Log and refers requests involving personal data or automated actions to the AI Assurance Group.", []),
 ("14.5", "Line managers make sure their staff have read this policy and support them to use approved tools safely.", []),
 ("14.6", "All staff must complete the ICB's Using AI Safely e-learning module before using Copilot Chat for ICB work, and must follow this policy.", []),
]),
("15", "Incidents and breaches", [], [
 ("15.1", "If you enter patient-identifiable information, staff information or confidential ICB information into an AI tool by mistake, or use a tool that is not approved, you must report it as an incident on the Datix incident reporting system within one working day and tell the IG team at hvicb.ig@nhs.net.", []),
 ("15.2", "Concerns that an AI tool has produced inaccurate, biased or harmful output that has been used in ICB work should also be reported to the IG team.", []),
 ("15.3", "Breaches of this policy may be dealt with under the ICB's Disciplinary Policy.", []),
]),
("16", "Monitoring and review", [], [
 ("16.1", "The AI Assurance Group will review this policy every year, or sooner if the law, national NHS guidance or the ICB's approved tools change.", []),
 ("16.2", "Questions about this policy should be sent to the IG team at hvicb.ig@nhs.net.", []),
]),
]

APPENDICES = [
("Appendix A – Approved tools and uses", [
 ("A.1", "Microsoft 365 Copilot Chat, signed in with an nhs.net account: approved for all staff, for public information and internal information that does not identify patients or staff (paragraphs 4.2, 6.1 and 6.2)."),
 ("A.2", "Microsoft 365 Copilot (licensed): approved for members of the pilot group only, with the same information rules as Copilot Chat (paragraph 4.7)."),
 ("A.3", "Microsoft Teams recording and transcription: approved for internal meetings under paragraph 10.1 only."),
 ("A.4", "Not approved: ChatGPT, Google Gemini, Claude, Perplexity, Meta AI, Grammarly, Midjourney, Otter.ai, Fireflies, Read.ai, Zoom AI Companion and GitHub Copilot. Prohibited with no requests accepted: DeepSeek."),
]),
("Appendix B – How to submit an AI use request", [
 ("B.1", "Complete the AI use request form on the Information Governance intranet pages. Describe the tool, the task, the information you want to use and who will check the output."),
 ("B.2", "The IG team will acknowledge the request within two working days and aim to decide it within ten working days. Requests involving personal data need a DPIA and are referred to the AI Assurance Group, which meets monthly."),
 ("B.3", "You must not start the use until you have written approval. For help, contact the IG team at hvicb.ig@nhs.net."),
]),
]
