# Source text of the Cwm Arian National Park Authority GenAI policy (single source for HTML and MD).
TITLE = "Using Generative AI at Work: Staff Policy"
META = [
    ("Document reference", "IG-POL-014"),
    ("Version", "2.0"),
    ("Approved by", "Leadership Team, 14 January 2026"),
    ("Policy owner", "Head of Digital and Information Services"),
    ("Next review", "January 2027"),
]
INTRO = ("This policy replaces the interim guidance note on ChatGPT and similar tools issued in June 2024. "
         "A Welsh-language version is available from the Translation Service.")

SECTIONS = [
("1", "Purpose and approach", [
 ("1.1", "This policy sets out how staff of Cwm Arian National Park Authority (\u201cthe Authority\u201d) may use generative artificial intelligence in their work."),
 ("1.2", "The Authority\u2019s approach is permissive. Staff may use any generative AI tool for Authority work, provided they follow the information rules in section 5 and the activity rules in sections 6 to 11. The Authority does not keep a list of approved tools. It recommends Authority Copilot (see 3.3) for all work, and some information may only be used there."),
 ("1.3", "Generative AI can help with drafting, summarising, translation, coding and research, but it makes mistakes, can repeat bias and may keep what you type. Whoever uses it remains responsible for the result."),
 ("1.4", "This policy should be read with the Information Security Policy, the Data Protection Policy, the Records Management Policy, the Social Media Policy and the Authority\u2019s Welsh Language Standards compliance notice."),
]),
("2", "Scope", [
 ("2.1", "This policy applies to all employees, casual and seasonal staff, agency workers, Volunteer Rangers and other volunteers who handle Authority information, and contractors and consultants working on the Authority\u2019s behalf (together, \u201cstaff\u201d)."),
 ("2.2", "It applies whatever device is used, including personal phones, tablets and home computers, whenever the work is Authority work."),
 ("2.3", "It covers stand-alone AI tools, AI features built into other software (for example in word processors, photo editors, survey apps, video-conferencing and mapping software), browser extensions, and access to AI models through programming interfaces (APIs)."),
 ("2.4", "Members of the Authority (the councillors and Welsh Government appointees who sit on the Authority and its committees) are not covered by this policy. See 14.1."),
 ("2.5", "This policy does not apply to established tools that classify or check rather than generate, such as the species-recognition software used with camera traps or the spelling checker in Word, unless they produce new text, images, audio or video."),
]),
("3", "Definitions", [
 ("3.1", "Generative AI: software that creates text, images, audio, video or code in response to an instruction (a \u201cprompt\u201d). Examples include ChatGPT, Gemini, Claude, Microsoft Copilot, Perplexity, Midjourney and the AI features in Adobe and Canva products."),
 ("3.2", "Open tool: any generative AI tool used without an Authority contract and an Authority sign-in. This includes free and paid personal accounts, mobile apps, and AI features in websites or software the Authority has not procured. Treat anything entered into an open tool as if the supplier can read it and use it to train its models."),
 ("3.3", "Authority Copilot: Microsoft 365 Copilot Chat used while signed in with an Authority (@cwmarian.llyw.cymru) account, showing the green shield and the word \u201cProtected\u201d. It is provided under the Authority\u2019s Microsoft agreement, and what you enter is not used to train the underlying models. Copilot used with a personal Microsoft account, or the consumer Copilot app without an Authority sign-in, is an open tool."),
 ("3.4", "Trail Marker: the level given to information under the Authority\u2019s Information Handling Scheme, described in section 4. The Trail Marker is set by the most sensitive item in what you intend to enter, not by the document as a whole."),
 ("3.5", "Material output: AI-generated or AI-assisted content that will be published, sent outside the Authority, placed on a statutory or case file, or used to inform a decision about a person, an application, a grant or the Authority\u2019s land."),
 ("3.6", "Casework: the handling of planning applications, pre-application advice, planning enforcement, rights of way orders, byelaw enforcement and complaints."),
 ("3.7", "Sensitive site information: the location of anything that could be harmed if the location became known, including nesting sites of Schedule 1 birds, bat roosts, badger setts, pine marten dens, rare plant colonies and unrecorded archaeological finds, together with details of the Authority\u2019s own security arrangements."),
 ("3.8", "AI Steward: the officer in the Digital and Information Services team who leads on AI. The AI Steward advises on this policy, keeps the AI log (see 12.4) and passes requests to the Digital Risk Panel."),
 ("3.9", "Digital Risk Panel: the group chaired by the Senior Information Risk Owner that decides requests needing approval under this policy."),
]),
("4", "Information Trail Markers", [
 ("4.1", "The Information Handling Scheme grades information with the colours used on our waymarked trails. Before entering anything into a generative AI tool, decide its Trail Marker. If you are unsure, treat the information as the next level up."),
 ("4.2", "Green (open): information that has been published, or that has been approved for release and contains nothing that would be withheld. Examples: the National Park Management Plan, published planning decisions and committee reports, press releases once issued, visitor guides and walk descriptions, job adverts, website text, published research, and Welsh Government or UK Government guidance."),
 ("4.3", "Blue (internal): the Authority\u2019s own unpublished information that identifies no living person and would cause little harm if released. Examples: drafts of documents before they are approved for release (including draft and embargoed press releases), internal procedures, team plans, notes of meetings that name no one, budget working that is not commercially sensitive, visitor and car park figures not yet published, and training material."),
 ("4.4", "Red (restricted): information that identifies a living person, or that is commercially or legally sensitive. Examples: names, addresses, phone numbers or email addresses of members of the public, landowners, applicants or staff; planning and enforcement case files; complaint correspondence; appraisals, pay and other staff records not listed under Black; tender submissions and contract prices; and exempt (Part 2) committee papers."),
 ("4.5", "Black (highly restricted): information whose disclosure could seriously harm a person, the Authority or the natural and historic environment. Examples: information about anyone\u2019s physical or mental health, including reasons for sickness absence and occupational health reports; information about children and young people taking part in our education and Youth Ranger programmes; safeguarding concerns; information about crimes or alleged crimes, including wildlife crime reports and material shared with the police; ethnicity, religion, sexuality or trade union membership; disciplinary and grievance investigations; sensitive site information (3.7); and legally privileged advice."),
]),
("5", "Information rules", [
 ("5.1", "Green information may be entered into any generative AI tool, including open tools."),
 ("5.2", "Blue information may be entered into Authority Copilot only. It must not be entered into an open tool."),
 ("5.3", "Red information may be entered into Authority Copilot only, and only when all of the following apply:"),
 (None, "(a) the task cannot reasonably be done with the identifying or sensitive details taken out;"),
 (None, "(b) you enter no more than the task needs;"),
 (None, "(c) you are working on an Authority-managed device; and"),
 (None, "(d) you have completed the AI Essentials module (see 12.1)."),
 ("5.4", "Black information must not be entered into any generative AI tool, including Authority Copilot. This includes summaries, paraphrases and extracts as well as whole documents."),
 ("5.5", "Taking out names lowers the Trail Marker only if nobody could be identified from what remains. In the small communities of the National Park, a farm name, a job title or the description of an incident is often enough to identify someone; such information stays Red or Black."),
 ("5.6", "Uploading a file, photograph, screenshot or recording counts as entering its contents. Check everything it holds, including tracked changes, comments and hidden data such as the location stored in a photograph."),
 ("5.7", "Passwords, access keys, network diagrams and the configuration of Authority systems must not be entered into any generative AI tool."),
]),
("6", "Permitted and prohibited activities", [
 ("6.1", "Subject to section 5, staff may use generative AI to draft and improve text, summarise documents, generate ideas, plan events, write and check code and spreadsheet formulas, prepare presentations and training material, and research topics."),
 ("6.2", "Generative AI must not be used to make, or to recommend, the outcome of a planning application, an enforcement case, a grant application, a complaint or any matter about a person\u2019s employment. Once the responsible officer has reached their own view, generative AI may be used to improve the wording of the report, subject to section 5."),
 ("6.3", "Generative AI must not be used to sift, score, rank or shortlist job applicants, or to assess interview performance. It may be used to help draft job descriptions, adverts and interview questions."),
 ("6.4", "Replies to formal complaints, and to requests under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, may be drafted with Authority Copilot only, and the responsible officer must check every line before the reply is sent."),
 ("6.5", "Material that will be relied on as a record of fact, such as enforcement photographs, site plans, condition surveys and ecological survey records, must not be created or altered with generative AI."),
 ("6.6", "The Authority must treat the Welsh language no less favourably than English. Welsh or English text produced by machine translation in any AI tool must not be published or sent to the public until it has been checked by the Translation Service. Staff may use AI translation, subject to section 5, to understand a text for their own purposes without that check."),
]),
("7", "Human review and accuracy", [
 ("7.1", "You are responsible for anything you produce with generative AI as if you had written it yourself."),
 ("7.2", "All material output must be checked by the member of staff who produced it for accuracy, bias, tone and consistency with Authority policy before it is used. Facts, figures, legal references and citations must be verified against an original source."),
 ("7.3", "Material output that informs a decision, or that is published in the Authority\u2019s name, must also be reviewed by a second person, usually the line manager or approving officer, who must be told that AI was used."),
 ("7.4", "Generative AI must not be relied on for legal, ecological, or health and safety advice. It may help you find and read sources, but any risk assessment, ecological judgement or legal view must be made or approved by a competent person."),
]),
("8", "Transparency and labelling", [
 ("8.1", "Published material output that was substantially produced by generative AI must say so, for example: \u201cThis text was drafted with the help of AI and checked by Authority staff.\u201d Substantially means that AI wrote more than minor parts of the text."),
 ("8.2", "No label is needed for internal documents, for spelling, grammar or tone suggestions, or for summaries kept for your own use."),
 ("8.3", "AI-generated images, audio and video published by the Authority must always carry a label, whatever their size or prominence."),
 ("8.4", "If a member of the public asks whether AI was used in dealing with their matter, staff must answer truthfully."),
]),
("9", "Recordings, transcription and meeting assistants", [
 ("9.1", "Transcription and Copilot recaps in Microsoft Teams may be used in internal Authority meetings, provided everyone is told at the start. If anyone objects, they must be switched off."),
 ("9.2", "They must not be used in disciplinary, grievance, capability, sickness absence or occupational health meetings, or in any meeting where Black information will be discussed."),
 ("9.3", "Third-party note-takers must not be used in any meeting about Authority business, whoever hosts it. This means assistants that join a call as a participant, and apps that record on a phone or laptop and send the audio to an outside service to be transcribed or summarised."),
 ("9.4", "Whether Teams transcription or Copilot recaps may be used in meetings with people from outside the Authority (landowners, applicants, partner organisations or the public) has not been decided; the Digital Risk Panel is reviewing it. Until it decides, staff must ask the AI Steward before switching either on in such a meeting."),
 ("9.5", "Whether generative AI may be used to produce draft minutes of meetings of the Authority, the Planning Committee or other formal committees has not been decided. Any such use needs Digital Risk Panel approval."),
]),
("10", "Images, voice and likeness", [
 ("10.1", "Generative AI may be used to create illustrations, icons, mock-ups and design concepts, provided published images are labelled under 8.3."),
 ("10.2", "Images, video or audio of a real, identifiable person (including staff, volunteers and visitors) must not be created, edited or uploaded with generative AI unless that person has given written consent for that specific use. Images of children must never be used with generative AI."),
 ("10.3", "AI-generated or AI-altered images must not be presented as photographs of real places, wildlife or events in the National Park. The one exception is a clearly labelled artist\u2019s impression of a proposed development or change."),
 ("10.4", "Synthetic voices that copy a real person must not be created or used, with or without consent. A synthetic voice that is not based on a real person may be used, for example for audio trail guides or accessibility, if listeners are told that it is computer-generated."),
]),
("11", "Buying, building and connecting AI", [
 ("11.1", "Any generative AI product, subscription or service, and any other software in which AI is a main feature, must be bought through Procurement, with a Data Protection Impact Assessment and Digital Risk Panel approval before it is used with Blue or Red information. AI subscriptions must not be bought on Authority purchase cards or claimed back as expenses."),
 ("11.2", "Connecting a generative AI model to Authority systems or data, for example through an API, an automation, a plug-in, a connector or an agent that acts on your behalf, needs Digital Risk Panel approval first."),
 ("11.3", "Browser extensions and add-ins that use generative AI read the pages and documents you have open. They are open tools and may be installed on Authority devices only with the approval of the ICT Service Desk."),
 ("11.4", "AI features in software the Authority already licenses (for example Adobe Creative Cloud, ArcGIS or Zoom) are open tools, for Green information only, unless the AI Steward has confirmed in writing that the feature is covered by an Authority contract that stops the supplier using our information. Confirmed features are listed on the AI Steward\u2019s intranet page."),
 ("11.5", "Staff who write code, scripts or spreadsheet formulas may use any AI coding assistant, provided the code and prompts contain no Red or Black information, no credentials and no details of the Authority\u2019s network or security configuration."),
]),
("12", "Training and records", [
 ("12.1", "All staff should complete the AI Essentials module on Dysgu, the Authority\u2019s learning platform. It must be completed before Red information is used with Authority Copilot."),
 ("12.2", "Where generative AI has been used substantially for material output, note that on the file, for example in the document\u2019s version notes or on the case record."),
 ("12.3", "Prompts and outputs used in casework are Authority records. Keep them in line with the Records Management Policy; they may have to be disclosed under the Freedom of Information Act or the Environmental Information Regulations."),
 ("12.4", "The AI Steward keeps the AI log of approvals, confirmations and rulings made under this policy."),
]),
("13", "Incidents", [
 ("13.1", "Report it to the Information Governance team within 24 hours, using the Information Incident form, if Red or Black information has been entered into an open tool, if Black information has been entered into Authority Copilot, or if AI output containing a significant error has been published. Report it even if you have deleted it."),
 ("13.2", "Delete the conversation if the tool allows, but do not delay your report to do so."),
 ("13.3", "Suspected AI-enabled fraud, such as a cloned voice on the phone or a fake video asking for a payment or a password, must be reported to the ICT Service Desk at once."),
]),
("14", "Matters not yet decided", [
 ("14.1", "The use of generative AI by Members of the Authority in their Authority role is being considered by the Standards Committee and has not been decided. Questions from Members, or from staff supporting Members, go to the Monitoring Officer."),
 ("14.2", "Whether generative AI, including Authority Copilot, may be used to analyse or summarise responses to public consultations, including the Local Development Plan review, has not been decided. Until the Digital Risk Panel decides, any such use needs its approval."),
 ("14.3", "Meetings with people outside the Authority (9.4) and draft minutes of formal meetings (9.5) are also awaiting decisions."),
]),
("15", "Contacts and review", [
 ("15.1", "AI Steward (ai@cwmarian.llyw.cymru): questions about this policy, Trail Markers, confirmations under 11.4, and requests for the Digital Risk Panel."),
 ("15.2", "Information Governance team and Data Protection Officer (gwybodaeth@cwmarian.llyw.cymru): Data Protection Impact Assessments, incidents and personal data."),
 ("15.3", "ICT Service Desk (extension 2400): Authority Copilot access, browser extensions, add-ins and suspected fraud."),
 ("15.4", "Translation Service (cyfieithu@cwmarian.llyw.cymru): checking Welsh and English text."),
 ("15.5", "The Head of Digital and Information Services reviews this policy every twelve months, or sooner if the law or the tools change."),
]),
]
