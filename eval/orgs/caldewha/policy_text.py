# Single source of the policy text, used by build_policy.py (docx + md original).
TITLE = "Caldew Valley Homes – Generative Artificial Intelligence (AI) Acceptable Use Policy"
PREAMBLE = [
    "Policy owner: Director of Digital and Data. Approved by: Executive Leadership Team on behalf of the Board.",
    "Version 1.3, issued February 2026. Next review: August 2026, or sooner if the Tools Register changes materially.",
    "Classification: Internal. This policy applies to all colleagues of Caldew Valley Homes Limited and its subsidiary Caldew Valley Repairs Limited.",
]
SECTIONS = [
 ("1", "Purpose and scope", [
  "1.1 Caldew Valley Homes (\"CVH\", \"we\") is a registered provider of social housing with around 6,400 homes across Carlisle, Eden and west Cumbria. This policy sets out how colleagues may use generative artificial intelligence (\"generative AI\") in the course of their work for CVH, so that we make use of its benefits while protecting our tenants, our colleagues and our reputation.",
  "1.2 This policy applies to all employees, board and committee members, agency workers, contractors and volunteers who carry out work for CVH (together \"colleagues\"), whether they work from a CVH office, a scheme, a tenant's home or remotely, and whether they use a CVH device or their own.",
  "1.3 This policy covers any use of generative AI for CVH business: stand-alone chat tools, AI features built into software we already use, browser extensions and plug-ins, mobile apps, and programming interfaces (APIs). It does not cover conventional automation, such as scheduled reports or rules in our housing management system, which are governed by the ICT Change Procedure.",
  "1.4 This policy should be read alongside the Data Protection Policy, the Information Security Policy, the Safeguarding Adults and Children Policy, the Complaints Policy, the Procurement Policy and the Code of Conduct.",
 ]),
 ("2", "Our approach", [
  "2.1 CVH supports the careful use of generative AI where it saves colleagues time on routine writing, summarising and research, so that more of their time can be spent with tenants.",
  "2.2 Only tools listed on the CVH AI Tools Register (\"the Register\") may be used for CVH business. A tool that is not on the Register is not approved, however widely it is used elsewhere, and must not be used until the Digital Assurance Group has added it to the Register.",
  "2.3 A Listed Tool may only be used with the kinds of information, and for the teams or purposes, shown against it on the Register. Where the Register and this policy differ, the stricter of the two applies.",
  "2.4 Colleagues remain fully responsible for anything they produce, send or decide with the help of generative AI. Using an AI tool is never a defence for an inaccurate, unfair or unlawful outcome.",
 ]),
 ("3", "Definitions", [
  "3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, for example chat assistants, writing aids, transcription and summary tools, and image generators.",
  "3.2 Listed Tool means a tool shown on the Register with a status of approved or restricted. A restricted Listed Tool may only be used by the teams, pilots or purposes named on the Register.",
  "3.3 The Caldew boundary means CVH's own Microsoft 365 environment, reached by signing in with a CVH account (an address ending @caldewvalley.org.uk). A tool used with a personal account, even the same product, is outside the Caldew boundary.",
  "3.4 Open Information means information that CVH has already published or that is written to be published, such as our website content, the tenant newsletter \"Valley Voice\", published policies and annual reports.",
  "3.5 Internal Information means CVH's own unpublished information that does not identify any individual, such as draft procedures, internal guidance, board paper drafts without personal details, and non-personal performance figures.",
  "3.6 Tenancy Record Information means any information that identifies a tenant, applicant, leaseholder, household member or former tenant, including names, addresses, contact details, tenancy and rent account references, rent arrears and payment history, repairs history and correspondence. Information about individual colleagues, including HR records, is treated in the same way.",
  "3.7 Protected Case Information means the most sensitive information we hold about people: safeguarding concerns and referrals; anti-social behaviour and hate incident case files; domestic abuse disclosures; Additional Support Needs markers and other vulnerability flags; information about a person's physical or mental health, disability or medication; information about children in a household; information about criminal offences or police involvement; and records of sickness absence, occupational health, disciplinary and grievance matters.",
  "3.8 Commercial-in-Confidence Material means information we hold in confidence for commercial reasons, including tender submissions, supplier pricing, bid evaluation scores, contract negotiations, and unpublished development, land or funding proposals.",
  "3.9 Significant Decision means any decision that affects a person's tenancy, housing application, rent account, access to a service, employment or legal position, including decisions to serve a notice, to refuse or grant an application, or to uphold or reject a complaint.",
  "3.10 The Digital Assurance Group (DAG) is the group, chaired by the Head of Information Governance, that maintains the Register, assesses new tools and answers questions about this policy.",
 ]),
 ("4", "The AI Tools Register", [
  "4.1 The Register is published on Valley Hub (the staff intranet) and is the only authoritative list of Listed Tools. It records each tool's status, the information it may be used with, and any conditions.",
  "4.2 Microsoft 365 Copilot Chat, used within the Caldew boundary, is available to every colleague and may be used with Open Information and Internal Information without further approval.",
  "4.3 Microsoft 365 Copilot (the licensed version that works inside Outlook, Word, Excel and Teams) is restricted to colleagues who have been issued a licence under the Copilot Pilot. Licensed colleagues may use it with Tenancy Record Information where that is necessary for their role, but never with Protected Case Information.",
  "4.4 The consumer version of ChatGPT may be used only with Open Information, must not be signed into with a CVH email address, and must have chat history and model training switched off. Paid personal subscriptions cannot be reclaimed as expenses.",
  "4.5 AI features that arrive in software we already use, such as a summary button in the housing management system, a supplier portal or a video-call product, are not approved just because the software is approved. Each feature must be assessed by the DAG and added to the Register before it is switched on or used.",
  "4.6 Browser extensions, plug-ins and add-ins that offer AI writing, summarising or meeting features must not be installed on CVH devices unless the extension itself is a Listed Tool.",
  "4.7 Colleagues may use Listed Tools on a personal phone or tablet only through the CVH Microsoft 365 apps enrolled through Company Portal. Using a Listed Tool through a personal account or an unmanaged app on a personal device is outside the Caldew boundary and is treated as using an unlisted tool.",
  "4.8 Any colleague may ask for a tool to be added to the Register by completing the AI Tool Request form on Valley Hub. Requests are assessed by the DAG, which will require a data protection impact assessment (DPIA) where the tool would handle Tenancy Record Information.",
 ]),
 ("5", "What information may be used", [
  "5.1 Open Information may be used with any Listed Tool, within the conditions shown on the Register.",
  "5.2 Internal Information may be used only with Listed Tools that keep it within the Caldew boundary or that the Register shows as approved for internal information.",
  "5.3 Tenancy Record Information may be used only with a Listed Tool whose Register entry allows personal information, only by colleagues authorised to see that information in their normal work, and only as much as the task needs.",
  "5.4 Protected Case Information must never be entered, pasted, uploaded, dictated or otherwise made available to any generative AI tool, whether or not it is a Listed Tool. This includes summarising a case file, asking a tool to suggest actions on a safeguarding concern, or drafting a letter that repeats details of a person's health or vulnerability.",
  "5.5 Removing names is not enough to make Tenancy Record Information or Protected Case Information safe to use. A description of a household, a scheme, a street or an incident can still identify people in our communities. Where colleagues wish to use a real case as an example, they must rewrite it as a fictional scenario that no reader could link to a real person before using any tool.",
  "5.6 Commercial-in-Confidence Material must not be entered into any generative AI tool while a procurement is live, that is, from the issue of tender documents until the end of the standstill period after contract award. Outside a live procurement it may be used only with Microsoft 365 Copilot Chat within the Caldew boundary and with the agreement of the Procurement Team.",
  "5.7 Passwords, system credentials, bank details and payment card data must never be entered into any generative AI tool.",
 ]),
 ("6", "Uses that are not permitted", [
  "6.1 No Significant Decision may be made by, or delegated to, a generative AI tool. A colleague with the proper authority must make the decision on the evidence, and must be able to explain it without reference to an AI output.",
  "6.2 Generative AI must not be used to assess, score, prioritise or rank tenants, applicants or households, including for arrears recovery action, allocations, tenancy enforcement or the triage of anti-social behaviour reports.",
  "6.3 Generative AI must not be used to sift, score, shortlist or compare applications for employment, or to assess colleagues' performance or conduct.",
  "6.4 Generative AI must not be used to evaluate, score or compare tender submissions or supplier bids, or to write the moderation record for a procurement.",
  "6.5 Colleagues must not use generative AI to produce content that pretends to come from a person who did not write it, to write anonymous or untraceable communications, or to produce material that is discriminatory, harassing or misleading.",
  "6.6 Colleagues must not use generative AI for legal advice on a live case, including possession proceedings, disrepair claims and injunctions; these matters must go to the Legal Services Team.",
 ]),
 ("7", "Human review and accuracy", [
  "7.1 Everything produced with generative AI is a first draft. Before it is sent, published, filed or relied on, the colleague must read it in full, check facts, figures, dates, names and references against the original source, and correct it.",
  "7.2 Colleagues must take particular care that AI output about legislation, rent setting, service charges, the Decent Homes Standard or damp and mould timescales reflects the current CVH procedure, as tools often give out-of-date or non-UK answers.",
  "7.3 Letters and emails to tenants drafted with AI must be written in plain English, in CVH's tone of voice, and must be checked by the sending colleague as if they had written every word themselves.",
 ]),
 ("8", "Transparency and labelling", [
  "8.1 Where content published to tenants or the public (on the website, in Valley Voice, in social media posts or in public reports) has been substantially produced by generative AI, it must carry the statement \"This content was prepared with the help of AI and checked by Caldew Valley Homes staff.\"",
  "8.2 Routine internal use, such as tidying an email, drafting an internal note or summarising a published document for one's own use, does not need to be labelled.",
  "8.3 Reports to the Board and its committees must state in the cover sheet whether generative AI was used to prepare the report and, if so, for what.",
  "8.4 If a tenant asks whether AI was used in a communication to them, colleagues must answer honestly.",
 ]),
 ("9", "Meetings, recording and transcription", [
  "9.1 AI transcription and meeting recap may only be used through Microsoft Teams within the Caldew boundary, and only for internal meetings in which every participant has been told at the start that the meeting is being transcribed.",
  "9.2 Transcription and recap must not be switched on in any meeting concerning safeguarding, anti-social behaviour case reviews, multi-agency meetings (including MARAC and MAPPA), disciplinary, grievance or sickness absence meetings, or any meeting where Protected Case Information is likely to be discussed.",
  "9.3 Third-party note-taking bots, including those that join a call as an extra participant, must not be used in CVH meetings and must be removed if they appear in a meeting CVH is hosting.",
  "9.4 The DAG has not yet decided whether AI transcription may be used at tenant-facing meetings and visits, such as tenancy sign-ups, tenancy sustainment visits and resident panel meetings. Until a decision is published on Valley Hub, colleagues who wish to do so must put their request to the DAG, and must not proceed in the meantime.",
 ]),
 ("10", "Images, voice and likeness", [
  "10.1 Generative AI images may be used for illustrations, icons and posters only through a Listed Tool whose Register entry permits image generation, and only by the teams named there.",
  "10.2 No generative tool may be used to create, alter or animate an image, voice or video that represents a real, identifiable person, including colleagues, tenants, board members or contractors, whether or not that person agrees.",
  "10.3 Photographs of tenants, their homes or their belongings, including photographs taken at repairs or damp and mould inspections, must not be uploaded to any generative AI tool.",
 ]),
 ("11", "Procurement and suppliers", [
  "11.1 Any new system, service or contract that includes generative AI, or a supplier's proposal to introduce AI into an existing service, must be referred to the DAG before the contract is signed or the feature is agreed.",
  "11.2 Contractors and suppliers working for CVH must not process Tenancy Record Information or Protected Case Information with generative AI unless CVH has agreed this in writing in their contract or data processing agreement.",
  "11.3 The use of predictive or generative AI to prioritise repairs, damp and mould reports or rent arrears cases is a matter reserved to the Board. Any such proposal requires a DPIA, an equality impact assessment and Board approval before any pilot begins.",
 ]),
 ("12", "Training and support", [
  "12.1 Every colleague must complete the \"Using AI safely at CVH\" e-learning module on Valley Learning before using any Listed Tool for CVH business, and must refresh it each year.",
  "12.2 Colleagues issued a Microsoft 365 Copilot licence must also attend the Copilot Pilot induction session.",
  "12.3 Each directorate has an AI Champion who can help colleagues with good prompts and safe practice. AI Champions do not approve tools or uses; that is for the DAG.",
 ]),
 ("13", "Incidents and breaches", [
  "13.1 If a colleague enters Tenancy Record Information, Protected Case Information or Commercial-in-Confidence Material into a tool not permitted for it, or realises that AI output containing personal data has been sent to the wrong person, they must report it through the Data Breach form on Valley Hub straight away, and in any case within 24 hours.",
  "13.2 Colleagues must not try to fix the problem themselves by deleting chat history or asking the tool to forget information, as this may remove evidence the Information Governance Team needs.",
  "13.3 Breaches of this policy may be dealt with under the Disciplinary Policy. Honest and prompt reporting of a mistake will be taken into account.",
 ]),
 ("14", "Matters under review", [
  "14.1 The DAG has not yet reached a view on whether generative AI may be used to prepare responses to complaints at stage 2 of the Complaints Policy or in casework with the Housing Ombudsman Service. Until a decision is made, any such use needs the written approval of the DAG and the Head of Customer Experience, case by case.",
  "14.2 A tenant-facing chatbot or virtual assistant for the CVH website and the MyCaldew tenant portal is under consideration. No AI tool may be placed in front of tenants, or used to reply to tenants automatically, until the Board has approved it.",
  "14.3 The use of generative AI to translate letters for tenants whose first language is not English is under review by the DAG with the Equality, Diversity and Inclusion Lead. Until guidance is issued, colleagues must continue to use the contracted interpreting and translation service.",
 ]),
 ("15", "Contacts and review", [
  "15.1 Questions about this policy, the Register, or whether a particular use is allowed should be sent to the Digital Assurance Group at dag@caldewvalley.org.uk.",
  "15.2 Data protection questions, DPIAs and data breaches are handled by the Information Governance Team, led by the Data Protection Officer, at dataprotection@caldewvalley.org.uk.",
  "15.3 Licences for Microsoft 365 Copilot and the installation of Listed Tools are requested through the ICT Service Desk.",
  "15.4 This policy is reviewed every six months by the Director of Digital and Data and the DAG. The Register may be updated between reviews and the version on Valley Hub always applies.",
 ]),
]
