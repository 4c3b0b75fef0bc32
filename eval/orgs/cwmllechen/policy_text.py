# -*- coding: utf-8 -*-
"""The policy text, shared by build_policy.py (docx + md) and make_cases.py (checks).

Each item is (kind, text):
  H  numbered section heading (Word Heading 1, automatic level-0 number "1.")
  C  numbered clause (automatic level-1 number "1.1")
  C2 nested clause (automatic level-2 number "1.1.1")
  P  unnumbered paragraph (belongs to the clause above)
  B  bullet (belongs to the clause above)
  S  unnumbered sub-heading (Heading 3; context only)
"""

ORG = "Cwm Llechen County Borough Council"
ORG_CY = "Cyngor Bwrdeistref Sirol Cwm Llechen"
TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
TITLE_CY = "Polisi Defnydd Derbyniol Deallusrwydd Artiffisial (AI) Cynhyrchiol"

FRONT = [
    ("Document owner", "Head of Digital and Customer Services"),
    ("Approved by", "Corporate Management Team, on behalf of the Cabinet Member for Corporate Services"),
    ("Version", "2.0 (January 2026)"),
    ("Next review", "January 2027"),
    ("Classification", "Tier 1 – Published"),
    ("Welsh version", "Mae'r ddogfen hon ar gael yn Gymraeg / This document is available in Welsh"),
]

POLICY = [
    ("H", "Purpose"),
    ("C", "This policy sets out how employees of the Council, and others who work on its behalf, may use generative artificial intelligence in the course of Council business. Its aim is to let services benefit from these tools without putting residents' information, the Council's reputation or its statutory duties at risk."),
    ("C", "The policy must be read alongside the Information Security Policy, the Data Protection Policy, the Records Management Policy, the Social Media Policy, the Code of Conduct for Employees and the Council's Welsh Language Standards Compliance Notice issued under section 44 of the Welsh Language (Wales) Measure 2011."),
    ("C", "Generative AI is changing quickly. The AI Governance Group will review this policy at least once a year, and sooner where the law, national guidance or the tools available to the Council change."),

    ("H", "Scope"),
    ("C", "This policy applies to all employees of the Council, agency and temporary workers, contractors, consultants, volunteers and students on placement who use Council information or Council systems (in this policy, \"users\")."),
    ("C", "It applies however a tool is reached (on a Council-managed device, a personally owned device or through a web browser) and whether the AI capability is the main purpose of the software or a feature built into other software."),
    ("C", "Schools maintained by the Council are not covered by this policy. Each governing body adopts its own policy on the use of AI by school staff and pupils, and school staff should ask their headteacher. Staff of the central Education Directorate are covered."),
    ("C", "This policy deals with generative AI. Other automated or algorithmic systems, such as predictive risk models, are governed by the Data Protection Policy and need a Data Protection Impact Assessment before use; they are not dealt with in detail here."),

    ("H", "Definitions"),
    ("C", "\"Generative AI\" means software that produces new text, images, audio, video, computer code or translations in response to an instruction (a \"prompt\"). It includes chat assistants, AI features built into other software, and machine translation engines."),
    ("C", "\"Approved AI Tool\" means a tool named in section 5, used in the way described there. No other tool is an Approved AI Tool, however its supplier describes it."),
    ("C", "\"Council Account\" means the Microsoft 365 account issued to a user by the Council, ending @cwmllechen.gov.wales, signed in on a Council-managed device."),
    ("C", "The Council's Information Classification Scheme places the information it holds in four tiers. For this policy:"),
    ("P", "(a) \"Tier 1 – Published\" means information the Council has already published or has approved for publication, such as committee reports in the public part of an agenda, web pages and press releases."),
    ("P", "(b) \"Tier 2 – Internal\" means the Council's own unpublished information that does not identify any living person, such as draft policies, internal procedures, project plans and non-personal statistics."),
    ("P", "(c) \"Tier 3 – Person-Level\" means any information from which a living individual could be identified, including a name together with circumstances, an address, contact details, a case or reference number, a council tax or housing rent account number, and employee records."),
    ("P", "(d) \"Tier 4 – Sensitive Casework\" means Person-Level information about physical or mental health, disability, social care, safeguarding, children and young people known to Council services, criminal allegations or offences, ethnicity, religion, sexuality or trade union membership; and, whether or not it identifies anyone, information subject to legal professional privilege, exempt information under Schedule 12A to the Local Government Act 1972, and commercially sensitive procurement information such as tender submissions."),
    ("C", "\"Substantive Output\" means content produced by generative AI that is used, with or without editing, as a significant part of something the Council publishes, sends to a resident, partner or supplier, or relies on in making a decision."),
    ("C", "\"Responsible Officer\" means the user who uses an AI tool for a piece of work. The Responsible Officer remains accountable for any output they use."),
    ("C", "\"Digital Gateway\" means the Council's assessment process for new technology, run by Digital Services. It consists of a security review, a Data Protection Impact Assessment (DPIA), a Welsh Language Impact Assessment and an Equality Impact Assessment, and normally takes between four and eight weeks."),
    ("C", "\"AI Governance Group\" (Grŵp Llywodraethu AI) means the officer group chaired by the Senior Information Risk Owner that approves AI tools and Approved Use Cases and decides questions this policy leaves open."),
    ("C", "\"Welsh Language Services Unit\" (Uned Gwasanaethau Cymraeg) means the Council's in-house translation and Welsh language compliance team."),

    ("H", "Principles"),
    ("C", "AI may assist officers but does not replace their professional judgement. The Responsible Officer is accountable for anything produced with the help of AI."),
    ("C", "Users must treat AI output as a draft that may be wrong, out of date, biased or invented, and must check facts, figures, references and any statement of law against a reliable source before relying on it."),
    ("C", "Use of AI must be consistent with the Council's duties under the Equality Act 2010, the Well-being of Future Generations (Wales) Act 2015 and the Welsh Language Standards, and must not result in the Welsh language being treated less favourably than English."),

    ("H", "Approved AI Tools"),
    ("C", "Only the tools named in this section may be used for Council business. No other generative AI tool, service, app, plug-in or browser extension may be used for Council work, whether it is free or paid for, and whether it is reached on a Council device or a personal one."),
    ("S", "Assistants"),
    ("C", "Microsoft 365 Copilot Chat, when signed in with a Council Account (shown by the shield symbol and the word \"Protected\" at the top of the chat). Any user who has completed the training in section 14 may use it."),
    ("C", "Microsoft 365 Copilot, the licensed version that works inside Word, Excel, PowerPoint, Outlook and Teams, by users to whom Digital Services has allocated a licence, and only once that licence has been activated."),
    ("S", "Translation"),
    ("C", "Microsoft Translator as built into the Council's Microsoft 365 applications (Word, Outlook and Teams), for translation between Welsh and English and between English and other languages."),
    ("C", "A tool with one of these names is not an Approved AI Tool when it is used outside the Council's Microsoft 365 environment. In particular, Copilot signed in with a personal Microsoft account, the consumer Copilot app, and Copilot used without signing in are not approved."),
    ("C", "Examples of tools that are not approved include, but are not limited to, ChatGPT (all versions and plans), Google Gemini, Claude, DeepSeek, Meta AI, the generative features of Grammarly, AI note-takers that join meetings, and the AI assistants now built into products such as Adobe Acrobat, Zoom and Canva. A tool that is missing from this list is not thereby permitted."),
    ("C", "A user who believes another tool would benefit their service must apply through the Digital Gateway (section 12). A tool must not be used while an application for it is being considered."),
    ("C", "Approved AI Tools may be used only on Council-managed devices. Whether Copilot may be used through the Council's managed Outlook and Teams apps on personally owned phones is being considered as part of the mobile device review. Until that review has concluded and this policy has been updated, such use is not permitted."),

    ("H", "Information that may be used with AI"),
    ("C", "The information that may be entered into, uploaded to, or made available to an Approved AI Tool is limited as follows."),
    ("C2", "Microsoft 365 Copilot Chat: Tier 1 and Tier 2 information only."),
    ("C2", "Microsoft 365 Copilot (licensed): Tier 1, Tier 2 and Tier 3 information, provided the user is already entitled to see that information in their role."),
    ("C2", "Microsoft Translator: Tier 1, Tier 2 and Tier 3 information."),
    ("C", "Tier 4 – Sensitive Casework must not be entered into, or processed by, any AI tool except within an Approved Use Case."),
    ("C2", "An \"Approved Use Case\" is a specific, documented use that the AI Governance Group has authorised in writing following a DPIA. Approved Use Cases are listed on the AI pages of the staff intranet, Y Cwm. At the date of this version there is one: the Adult Social Care assessment-summary pilot, in which members of the pilot team may use Microsoft 365 Copilot to summarise their own assessment notes. Any other team wishing to use AI with Tier 4 information must obtain its own Approved Use Case."),
    ("C", "Where a document holds information of more than one tier, the highest tier applies to the whole document. Taking out names does not by itself make information Tier 1 or Tier 2: details such as a street, an unusual medical condition or a family's circumstances can still identify a person."),
    ("C", "Users must not upload or paste material owned by another organisation, such as a supplier's proposal or a consultant's report, unless the Council has the right to use it in that way."),
    ("C", "Passwords, access codes, payment card details and bank account details must never be entered into any AI tool."),

    ("H", "Prohibited uses"),
    ("C", "No AI tool may be used to make, or to produce the reasoning for, a determination of any individual's eligibility for or entitlement to a service, grant, benefit, discount, exemption, allocation or sanction. Officers must reach such determinations themselves."),
    ("C", "AI must not be used in any part of a recruitment selection, probation, performance, disciplinary, grievance, capability or attendance process concerning an identifiable employee or applicant, including scoring or ranking applications and summarising evidence about an individual. Drafting a generic job description or job advertisement is not affected by this clause."),
    ("C", "AI must not be used to monitor, profile, or predict the behaviour or circumstances of residents or employees."),
    ("C", "AI must not be used to produce content that is discriminatory, harassing or misleading, that could bring the Council into disrepute, or to get round the Council's security controls."),
    ("C", "Users may use an Approved AI Tool to explain or draft computer code, scripts, spreadsheet formulas and database queries using Tier 1 and Tier 2 information. Code produced with AI must not be run against, or deployed into, a live Council system until a second developer has reviewed it under the Change Management Procedure."),

    ("H", "Human review and transparency"),
    ("C", "Every Substantive Output must be read and checked in full by the Responsible Officer before it is used, and the Responsible Officer must be able to explain and justify it."),
    ("C", "Where a Substantive Output is published by the Council, it must carry the statement \"Paratowyd y cynnwys hwn gyda chymorth AI a'i wirio gan swyddog / This content was prepared with the help of AI and checked by an officer\", in both languages."),
    ("C", "No statement is needed for internal working documents, or where AI was used only to correct spelling, grammar or layout, or to summarise the user's own notes for their own use."),
    ("C", "Where AI has contributed Substantive Output to a report to Council, Cabinet or a committee, the report author must say so in the report's list of background papers, and the report must go through the usual legal and financial sign-off."),
    ("C", "Prompts and outputs relied on in Council business are records. They may be disclosable under the Freedom of Information Act 2000 or in response to a subject access request, and must be kept with the relevant record in line with the Records Management Policy."),

    ("H", "Welsh language"),
    ("C", "The Council must not treat the Welsh language less favourably than English. AI must not be used in a way that makes the Welsh version of any material later, less complete or of lower quality than the English version."),
    ("C", "Any user may use machine translation through an Approved AI Tool to understand the gist of correspondence or documents received in Welsh or in English, and bilingual staff may use it to help them draft text."),
    ("C", "Welsh text produced or translated with AI must not be published, sent to a member of the public, or used on signage until it has been checked and approved by the Welsh Language Services Unit or by an officer assessed at level 4 or 5 on the Council's Welsh Language Skills Framework (Fframwaith Sgiliau Iaith)."),
    ("C", "Correspondence received in Welsh must be answered in Welsh. Where machine translation is used to prepare the reply, clause 9.3 applies."),
    ("C", "Machine-translated text must not be sent to the Welsh Language Services Unit as if it were an original for translation. Where a user has used machine translation, they must say so when they ask the Unit to check it."),
    ("C", "Translation for Council work must not be carried out with any tool that is not an Approved AI Tool, including free translation websites and apps."),
    ("C", "The Welsh names of Council services, teams, places and job titles must be taken from the Council's approved bilingual glossary (Geirfa'r Cyngor), not from AI output."),

    ("H", "Recording, transcription and meetings"),
    ("C", "Teams transcription and Microsoft 365 Copilot in Teams may be used in internal Council meetings, provided that everyone present is told at the start that the meeting will be transcribed and that AI will be used, and that the feature is switched off if any participant asks."),
    ("C", "Transcription and AI meeting summaries must not be used in:"),
    ("P", "(a) formal HR meetings, including investigation, disciplinary, grievance, capability and sickness absence meetings;"),
    ("P", "(b) child protection conferences, strategy discussions, core group meetings and any other safeguarding or care planning meeting;"),
    ("P", "(c) meetings with residents, service users or their families or representatives;"),
    ("P", "(d) any meeting at which Tier 4 information will be discussed."),
    ("C", "AI note-taking services that join a meeting as a participant, such as Otter, Fireflies and Read.ai, are not Approved AI Tools. If one joins a Council meeting, including one admitted by an external guest, the organiser must remove it."),
    ("C", "Users must not record or transcribe telephone calls with residents by means of AI, including the recording or transcription features of a personal phone."),
    ("C", "An AI summary of a meeting is a draft. The formal minutes or notes must be checked and agreed by the chair or organiser in the usual way."),

    ("H", "Images, audio, video and likeness"),
    ("C", "Microsoft 365 Copilot Chat, signed in with a Council Account, may be used to create illustrative images, icons and diagrams for internal or external use, provided they follow the Council's brand guidelines and, when published, clause 8.2."),
    ("C", "AI must not be used to create or alter any image, video or audio so that it depicts or sounds like a real, identifiable person, including colleagues and elected members, and must not be used to imitate a person's voice, whether or not that person consents."),
    ("C", "AI-generated images must not be presented as photographs of real people, places or events. A realistic AI-generated image used in consultation or planning material must be clearly labelled as an illustration."),
    ("C", "Photographs or video of residents, staff or children must not be uploaded to any AI tool for editing, enhancement or any other purpose."),

    ("H", "Procurement and AI in other software"),
    ("C", "No contract for a product or service whose main purpose, or one of whose significant features, is generative AI may be awarded, renewed or extended without Digital Gateway approval."),
    ("C", "Where a supplier adds, or offers to switch on, an AI feature in software the Council already uses (for example a case management, housing, revenues or HR system), that feature must stay switched off until it has been approved through the Digital Gateway. Service managers must tell Digital Services as soon as a supplier gives notice of such a change."),
    ("C", "Procurement officers must include the Council's standard AI clauses in any contract under which a supplier may use AI to deliver services to the Council, including translation and transcription services."),
    ("C", "A free trial or free tier of an AI product counts as procurement for the purposes of this section. Users must not sign up for one with a Council email address or use one for Council work."),
    ("C", "Access to AI models through an application programming interface (API), including Azure OpenAI Service, and the building of agents or bots with Copilot Studio or any similar platform, needs Digital Gateway approval and the sign-off of the AI Governance Group for each use case."),

    ("H", "Matters not yet decided"),
    ("C", "The Council has not yet decided the matters listed in this section. Until a decision is made and published, users must not go ahead with any of them without the written agreement of the AI Governance Group, and questions about them should be referred to the Group."),
    ("C", "Elected members: whether, and on what terms, councillors may use Approved AI Tools for ward casework and members' correspondence is to be decided by the Democratic Services Committee on the advice of the Monitoring Officer."),
    ("C", "Formal meetings: whether AI transcription may be used to prepare draft minutes of meetings of the Council, the Cabinet and committees that are webcast is under consideration by the Monitoring Officer."),
    ("C", "Live translation: whether AI-generated live translated captions or interpretation may be used at meetings with the public, or in place of the Council's simultaneous interpretation service, is being assessed by the Welsh Language Services Unit against the Welsh Language Standards."),
    ("C", "Website translation: a pilot is testing whether routine, low-risk web content, such as waste collection updates, may be machine translated into Welsh and published without a check under clause 9.3. No decision has been made, and clause 9.3 continues to apply to all content outside the pilot."),

    ("H", "Training"),
    ("C", "Before using any Approved AI Tool, users must complete the \"AI Hanfodion / AI Essentials\" e-learning module on the Council's learning platform, Dysgu, and must repeat it every two years."),
    ("C", "Users allocated a Microsoft 365 Copilot licence must also attend a Copilot induction session run by Digital Services before the licence is activated."),
    ("C", "Managers must make sure that their staff have completed the training and use AI in line with this policy."),

    ("H", "Incidents and breaches"),
    ("C", "A user who enters information into an AI tool in breach of section 6, or uses a tool that is not an Approved AI Tool for Council work, must report it to the Information Governance Team as an information security incident at once and in any event within 24 hours, using the incident form on Y Cwm. The user must not delete the conversation or account until the Information Governance Team advises."),
    ("C", "AI output that has been published or sent and is found to be inaccurate, offensive or biased must be reported to the user's manager and corrected without delay."),
    ("C", "A breach of this policy may be dealt with under the Council's Disciplinary Procedure or, for contractors and agency workers, under the terms of their contract."),

    ("H", "Contacts"),
    ("C", "AI Governance Group (ai@cwmllechen.gov.wales): approval of new tools and Approved Use Cases, and any question this policy does not answer."),
    ("C", "Information Governance Team and the Data Protection Officer (gwybodaeth@cwmllechen.gov.wales): data protection, DPIAs and reporting incidents."),
    ("C", "Welsh Language Services Unit (cymraeg@cwmllechen.gov.wales): translation requests, checking machine-translated text, and the Welsh Language Standards."),
    ("C", "Digital Services, through the IT Service Desk on Y Cwm: Copilot licences, access problems and Digital Gateway applications."),
    ("C", "Corporate Procurement Team: buying, renewing or trialling any product that includes AI."),
]


def numbered(policy=POLICY):
    """Yield (kind, number, text) with numbers as a reader sees them (no trailing dot)."""
    s = c = c2 = 0
    for kind, text in policy:
        if kind == "H":
            s += 1; c = 0; c2 = 0
            yield kind, f"{s}", text
        elif kind == "C":
            c += 1; c2 = 0
            yield kind, f"{s}.{c}", text
        elif kind == "C2":
            c2 += 1
            yield kind, f"{s}.{c}.{c2}", text
        else:
            yield kind, None, text
