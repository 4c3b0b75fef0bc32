# -*- coding: utf-8 -*-
TITLE = "Generative AI Acceptable Use Policy"
ORG = "Northern Valuation Tribunal Service"
PRE = [
 "Policy owner: Information Governance Lead. Approved by: Service Management Board, 14 October 2026. Version 2.1. Next review: October 2027.",
 "This page is the Service's policy on using generative artificial intelligence (AI) tools. Read it with the AI Tools Register and the staff FAQ.",
]
SECTIONS = [
("1", "Purpose and scope", None, [
 ("1.1", "This policy sets out how staff of the Northern Valuation Tribunal Service (the Service) may use generative AI tools in their work. It applies to clerks, listing officers, case officers, administrative and corporate staff, and to contractors, agency workers and volunteers working for the Service."),
 ("1.2", "Tribunal chairs and members are judicial office holders. Section 9 sets out the rules that apply to their own use of AI tools; the rest of this policy also applies to them when they use Service systems or Service information."),
 ("1.3", "This policy does not replace the Service's Information Security Policy, Records Management Policy, Welsh Language Scheme or the data protection legislation. Where they set a stricter rule, the stricter rule applies."),
]),
("2", "Roles and contacts", None, [
 ("2.1", "The Information Governance Lead (IG Lead) owns this policy, maintains the AI Tools Register and decides requests to use tools that are not on the register. Contact the IG Lead at ig@nvts.example.gov.uk."),
 ("2.2", "The Data Protection Officer advises on data protection impact assessments and data protection rights, and can be contacted at dpo@nvts.example.gov.uk."),
 ("2.3", "If personal information or any other information has been entered into an AI tool in breach of this policy, report it straight away, and within 24 hours at the latest, to the IG Lead using the Information Incident form on the intranet. Do not try to delete or recover the information yourself first."),
 ("2.4", "Questions about this policy should be sent to the IG Lead. Judicial office holders may also raise questions with the Clerk to the Tribunal."),
]),
("3", "The AI Tools Register", None, [
 ("3.1", "The AI Tools Register lists every AI tool the Service has assessed, with its status (approved, restricted or prohibited), the kinds of information it may be used with and its conditions of use. A tool on the register may be used for Service work only as its register entry says."),
 ("3.2", "A tool that is not on the register must not be used for Service work until the IG Lead has approved it. Ask for approval using the AI Tool Request form; approval is given in writing and the register is updated before the tool is used."),
 ("3.3", "A tool marked prohibited on the register must not be used for any Service work, on any device or account."),
 ("3.4", "New AI features added to software the Service already uses (for example an AI assistant added to a case management or video platform) count as new tools and need the IG Lead's approval before they are switched on or used."),
]),
("4", "Accounts and devices", None, [
 ("4.1", "Use AI tools for Service work only through the Service's own accounts and licences, signed in with your NVTS work account where the tool has a sign-in. Do not use a personal account or a personal paid subscription to any AI tool for Service work."),
 ("4.2", "Use AI tools for Service work only on Service-managed devices. Service information must not be entered into an AI tool on a personal phone, tablet or computer."),
 ("4.3", "Do not install browser extensions, plug-ins or apps that add AI features to other websites or software (for example writing assistants or meeting note-takers) on Service devices."),
]),
("5", "Information you may use", None, [
 ("5.1", "Before using an AI tool, decide what kind of information you will put into it: public (already published, such as published decisions, the published valuation list and council tax bands, and published guidance); internal (the Service's unpublished information that identifies nobody); personal; or special category information. The register says which kinds each tool may be used with."),
 ("5.2", "Public information may be used with any approved or restricted tool on the register, within that tool's conditions."),
 ("5.3", "Internal information, such as draft procedures, internal reports and non-personal statistics, may be used only with tools whose register entry allows internal information."),
 ("5.4", "Appellants' personal information, including names, addresses, appeal reference numbers, property references and contact details of appellants and their agents, may be used only with tools whose register entry allows personal information, and only as much as the task needs."),
 ("5.5", "Appellants' financial information, including rent, accounts, turnover and trading figures submitted as evidence in business rates appeals and information about income, debts or ability to pay in council tax liability appeals, must not be entered into any AI tool."),
 ("5.6", "Special category information, including information about an appellant's or anyone else's health, disability or severe mental impairment (for example in disability reduction or exemption appeals), and criminal offence information, must not be entered into any AI tool."),
 ("5.7", "Information about children, including the names, ages and circumstances of children in a household named in a liability appeal, must not be entered into any AI tool."),
 ("5.8", "Staff HR information, including sickness absence, performance, disciplinary and grievance records, must not be entered into any AI tool."),
 ("5.9", "Information supplied in confidence by a respondent or third party (for example rental evidence supplied by the valuation office that has not been disclosed), and commercial information such as tender submissions and contract prices, must not be entered into any AI tool other than one whose register entry allows internal information, and never into a tool marked for public information only."),
]),
("6", "Hearings, recordings and transcripts", None, [
 ("6.1", "Tribunal hearings, whether in person or by video, are recorded only by the Service's official hearing recording system."),
 ("6.2", "AI transcription, note-taking or recap tools, including Teams transcription and intelligent recap, must not be used in any tribunal hearing or in members' deliberations, whether in person or by video."),
 ("6.3", "Hearing recordings and transcripts must not be uploaded to or entered into any AI tool, including to summarise them."),
 ("6.4", "Teams transcription and intelligent recap may be used in internal Service meetings that are not hearings, provided everyone attending is told at the start and nobody objects, and the meeting does not discuss the details of an individual appeal."),
 ("6.5", "The Service has not yet decided whether an AI transcription tool may be used to produce a transcript of a hearing recording when a party asks for one (for example for a review application). Until the Service Management Board decides, refer every such request to the IG Lead."),
]),
("7", "Tribunal decisions and publication", None, [
 ("7.1", "Decisions on appeals are made by the tribunal members alone. AI must not be used to decide, recommend or predict the outcome of an appeal, to assess the evidence or the credibility of a witness, or to calculate a valuation or council tax band for a decision."),
 ("7.2", "AI must not be used to draft or write the reasons for a tribunal decision, or any summary of those reasons."),
 ("7.3", "Decisions that have not yet been issued to the parties, and members' draft decisions and notes, are confidential and must not be entered into any AI tool."),
 ("7.4", "Clerks may use the spelling and grammar checks built into Microsoft Word on decision documents. These checks are not generative AI for the purposes of this policy."),
 ("7.5", "Decisions are published on the Service's website after they have been issued to the parties. Published decisions are public information and may be used with approved tools, for example to find earlier decisions on a point or to prepare training material."),
 ("7.6", "The Service has not yet decided whether AI tools may be used to help anonymise or redact decisions before publication. Anyone who wants to do so must refer the question to the IG Lead, who will put it to the Service Management Board."),
]),
("8", "Other uses of AI", None, [
 ("8.1", "Approved tools may be used to draft and improve routine work such as letters, standard notices, hearing guidance for appellants, internal reports and presentations, within the information rules in section 5. You must read and check everything before it is used or sent."),
 ("8.2", "AI must not be used to make or recommend decisions about an individual, including listing and postponement requests, extensions of time, striking out an appeal, and decisions about staff."),
 ("8.3", "AI must not be used to give legal or procedural advice to appellants, agents or respondents, and AI output must not be relied on as a statement of valuation or council tax law without checking it against the legislation or published decisions."),
 ("8.4", "AI may be used to draft job adverts and role profiles from internal information. AI must not be used to shortlist, score or assess job applicants, or to analyse interview answers."),
 ("8.5", "AI must not be used to create, alter or generate images, video or audio of real, identifiable people, including members, staff, appellants and agents. Generic illustrative images may be created with a tool on the register that allows it, and must be labelled as AI-generated."),
 ("8.6", "Approved translation tools may be used to understand correspondence received in a language other than English, including Welsh, within the information rules in section 5."),
 ("8.6.1", "Correspondence, notices and decisions sent to a party in Welsh must be translated or checked by the Service's approved Welsh translation provider. Machine or AI translation must not be sent to a party in Welsh without that check."),
 ("8.6.2", "Free online translation services must not be used with anything other than public information."),
 ("8.7", "Content produced substantially with AI that the Service publishes, such as website pages, guidance for appellants or social media posts, must be checked by a manager before publication and labelled: \"This content was produced with the help of AI and checked by NVTS staff.\""),
 ("8.8", "AI must not be used to evaluate or score tenders or quotations. Approved tools may be used to draft a specification or other procurement documents from internal information."),
 ("8.9", "Staff in the Digital team may use code assistants on the register for Service software. Do not put personal information, passwords, keys or other secrets into a code assistant, and review all generated code before it is used."),
 ("8.10", "AI agents or automations that take actions without a person checking each one first, such as sending emails or letters to parties or updating the case management system, must not be used unless the IG Lead has approved them in writing."),
]),
("9", "Judicial office holders", None, [
 ("9.1", "Chairs and members may use the AI tools on the register with their NVTS accounts for general tasks, such as summarising published legislation, guidance and published decisions, and the other rules of this policy apply to them. Sections 7.1, 7.2 and 7.3 apply in full: AI must not be used in deliberation, in deciding an appeal or in writing the reasons."),
 ("9.2", "Members must not use AI tools on personal devices or through personal accounts for any tribunal work, including reading or preparing for an appeal."),
 ("9.3", "Appeal bundles and case papers must not be uploaded to or entered into any AI tool, except as the President of the Tribunal may permit under 9.4."),
 ("9.4", "The Service has not yet decided, with the President of the Tribunal, whether members may use Microsoft 365 Copilot Chat to prepare a chronology or index of an appeal bundle that contains no financial or special category information. Members who wish to do so must raise it with the IG Lead and wait for a decision."),
]),
("10", "Accuracy, records and breaches", None, [
 ("10.1", "You are responsible for anything you produce with AI. Check facts, figures, dates, legal references and quotations against the source before use."),
 ("10.2", "Where AI has been used to prepare a document sent outside the Service, note this on the relevant file."),
 ("10.3", "A breach of this policy by staff may be dealt with under the Service's disciplinary procedure. Concerns about a judicial office holder's use of AI are referred to the President of the Tribunal."),
 ("10.4", "The IG Lead reviews this policy and the register at least once a year, and sooner if the law or the tools change."),
]),
]
APPENDIX = ("Appendix A – Definitions", [
 ("A.1", "Generative AI means software that produces text, images, audio, code or other content in response to prompts, such as chatbots, writing assistants, transcription tools and image generators."),
 ("A.2", "Appellant means the person or organisation bringing an appeal to the tribunal, including a council taxpayer or ratepayer; their agent is anyone who represents them."),
 ("A.3", "Respondent means the listing officer, valuation officer or billing authority responding to an appeal."),
])

FAQ_TITLE = "Using AI at the NVTS: staff FAQ"
FAQ_INTRO = "Short answers to common questions. The Generative AI Acceptable Use Policy and the AI Tools Register are the rules; this FAQ explains them."
FAQ = [
 ("Which AI tool should I use first?", "Microsoft 365 Copilot Chat, signed in with your NVTS account on a Service laptop. It is on the register and can be used with public, internal and limited personal information (see the register for what you must never put into it)."),
 ("Can I use a tool that is not on the register?", "Not yet. Send an AI Tool Request form to the IG Lead. You can use the tool only after written approval and once it has been added to the register."),
 ("I accidentally pasted an appellant's details into the wrong tool. What now?", "Report it to the IG Lead straight away, and within 24 hours at the latest, using the Information Incident form on the intranet. Do not try to fix it yourself first."),
 ("Can I use AI to help write a decision?", "No. Members decide appeals and write their own reasons. AI must not be used to draft the reasons or to suggest an outcome. Clerks may still use Word's spelling and grammar checks on decision documents."),
 ("Can I use Copilot to summarise a hearing recording?", "No. Hearing recordings and transcripts must not go into any AI tool, and AI transcription must not be used in hearings."),
 ("Can I answer a Welsh letter with AI translation?", "You may use Microsoft Translator to understand a letter received in Welsh. A reply sent in Welsh must be translated or checked by our approved Welsh translation provider before it goes out."),
 ("Do the rules apply to tribunal members?", "Yes, when they use Service systems or Service information, and section 9 of the policy adds rules for members, including that they must not use personal devices or accounts for tribunal work."),
]
