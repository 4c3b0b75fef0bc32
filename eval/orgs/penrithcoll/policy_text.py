# Policy content shared by the generators (section headings + numbered paragraphs).
TITLE = "Generative Artificial Intelligence (AI) Policy for Staff"
ORG = "Penrith and Eden College"
FRONT = [
    "Policy owner: Vice Principal (Curriculum and Quality), on behalf of the AI Steering Group",
    "Approved by: Quality and Standards Committee of the Corporation, 24 September 2026",
    "Version: 2.0 (September 2026). Next review: September 2027",
    "Related policies: Data Protection Policy; Safeguarding and Child Protection Policy; Assessment and Malpractice Policy; Bring Your Own Device Policy; Staff Code of Conduct; Learner AI and Academic Integrity Policy",
]
# Each section: (heading, [paragraphs]); a paragraph is a str or (str, [bullets])
SECTIONS = [
("Purpose", [
 "This policy sets out how staff of Penrith and Eden College (\"the College\") may use generative artificial intelligence (AI) tools when carrying out College work, and the safeguards that apply to learners' and colleagues' information.",
 "The College wants staff to benefit from generative AI to reduce workload and improve teaching resources, while protecting learners, meeting its duties under UK data protection law and Keeping Children Safe in Education, and maintaining the integrity of assessment.",
]),
("Scope", [
 "This policy applies to all staff, including permanent, fixed-term, sessional and agency staff, volunteers and governors, whenever they carry out College work, on any device and in any location.",
 "\"College work\" means any task carried out for the College, including teaching, training and assessment, learner support, administration, communications, work with apprenticeship employers and partners, the College farm and governance.",
 "Learners' own use of AI in their studies is covered by the Learner AI and Academic Integrity Policy and is not covered by this policy.",
]),
("Approved AI tools", [
 "Staff may use only Google Gemini through their college Google Workspace account and the TeachMate AI lesson-planning tool (for teaching staff only); no other AI tool may be used for college work.",
 "Google Gemini means the Gemini app and the Gemini features in Gmail, Docs, Sheets, Slides and Meet when the member of staff is signed in with their @penrith-eden.ac.uk Google Workspace account. The College's Workspace agreement means prompts and files are not used to train Google's models.",
 "TeachMate AI may be used only through the College-licensed account issued by the Digital Learning team. \"Teaching staff\" means lecturers, tutors, instructors, assessors and skills coaches whose role includes planning and delivering teaching, training or assessment.",
 ("Any other AI tool is not approved and must not be used for College work, whether free, paid for personally or offered as a trial. This includes, for example:", [
   "ChatGPT, Claude, Microsoft Copilot, Perplexity, DeepSeek and Meta AI;",
   "AI features in other apps, such as Canva Magic Studio, Grammarly's generative features and Snapchat My AI;",
   "AI meeting assistants and note-takers such as Otter.ai, Fireflies and Read.ai;",
   "AI detection tools and AI marking or feedback services.",
 ]),
 "Staff who would like a new tool to be considered must raise a request through the IT Service Desk for the AI Steering Group. A tool must not be used for College work while the request is being considered.",
]),
("Using Google Gemini", [
 "Staff may use Gemini for everyday College work that involves no learner personal data and no special category data, for example drafting and improving emails, letters, reports and policies, summarising published or internal documents, planning events, preparing presentations, generating ideas and researching topics.",
 "Staff must not enter learner personal data into Gemini. Learner personal data means any information about an identified or identifiable learner, applicant or apprentice, including names, initials, student numbers, Unique Learner Numbers, dates of birth, contact details, photographs, attendance, marks, grades, progress reviews, behaviour records and their work.",
 "Staff must not enter special category data about anyone into Gemini. This includes information about health, disability or special educational needs, ethnicity, religion, sexual orientation, trade union membership and criminal offences, and all safeguarding information.",
 "Personal data about staff, governors, employer contacts or members of the public that is not special category data may be used in Gemini only where it is necessary for the task and kept to the minimum needed, for example drafting a reply to an email from a named employer contact. Staff HR casework, including disciplinary, grievance, capability, sickness absence and performance review records, must not be entered into any AI tool.",
 "Information classified as \"Confidential\" under the College's Information Classification Scheme, including unpublished financial forecasts, restructuring proposals, legal advice, tender bids received from suppliers and confidential (Part 2) governors' business, must not be entered into any AI tool, including Gemini.",
 "Staff remain responsible for everything they produce with Gemini and must check its output for accuracy, bias and suitability before using or sharing it.",
]),
("Using TeachMate AI", [
 "Teaching staff may use TeachMate AI only to create lesson resources: lesson plans, schemes of work, worksheets, quizzes, presentations, differentiated activities, revision materials and model answers.",
 "No learner data of any kind may be entered into TeachMate AI. This includes names, initials, grades and work, and descriptions of an individual learner's needs, even where the learner is not named. Staff may describe the level and subject of a class in general terms, for example \"a Level 2 Animal Care group\".",
 "TeachMate AI must not be used for marking, feedback to learners, learner reports, references or any task other than creating lesson resources, even where the tool offers such features.",
 "Staff who are not teaching staff, including business support, student services and management staff without a teaching role, must not use TeachMate AI.",
 "Teaching staff must check resources created with TeachMate AI for accuracy and against the awarding body specification before using them with learners.",
]),
("Marking, feedback and assessment", [
 "AI tools must not be used to mark or grade assessed work, or to write feedback on assessed work. Assessed work means any work that counts towards a qualification, an apprenticeship end-point assessment or a grade recorded in the College's systems, including coursework, non-examined assessment, portfolio evidence and internal assessments.",
 "Learners' work, assessed or not, is learner personal data and must not be uploaded to or pasted into any AI tool.",
 "Teaching staff may use Gemini to write generic marking rubrics, success criteria, exemplar answers and banks of general feedback comments, provided no learner work or learner data is entered.",
 "The AI Steering Group has not yet decided whether Gemini may be used to suggest feedback on anonymised, non-assessed practice work. Until guidance is published this use is undecided; staff should refer any such proposal to the AI Steering Group and not do it meanwhile.",
]),
("Examinations and malpractice", [
 "Live or unreleased examination papers, confidential assessment materials from awarding organisations and assessment briefs that have not yet been issued to learners must never be entered into any AI tool.",
 "Staff who suspect that a learner has misused AI in assessed work must report it to the Exams Officer in line with the Assessment and Malpractice Policy. Staff must not upload learners' work to AI detection tools.",
 "Staff must not use AI tools to produce, complete or alter evidence for a learner's assessment. Doing so is maladministration and will be reported to the awarding organisation.",
 "Applications for access arrangements and the evidence supporting them contain special category data and must not be entered into any AI tool.",
]),
("Safeguarding, EHCPs and high-needs learners", [
 "Safeguarding information must never be entered into any AI tool. This includes concerns, disclosures, records held on CPOMS, referrals to children's social care, Prevent referrals and LADO matters.",
 "Education, Health and Care Plans (EHCPs), annual review paperwork, high-needs funding documents, one-page profiles and learning support plans must not be entered into any AI tool, even with names removed.",
 "Staff may use Gemini to produce general teaching strategies for a type of need, for example \"strategies to support learners with dyslexia in a practical workshop\", provided no information about an individual learner is included.",
 "Most of the College's learners are under 18. Information about them is children's data and must be treated with particular care.",
]),
("Apprenticeships and employers", [
 "Apprentices are learners. Their personal data, including progress reviews, off-the-job training records and evidence portfolios, must not be entered into Gemini or TeachMate AI.",
 "Information supplied by apprenticeship employers about their business, such as processes, prices, customer details, site plans and commercially sensitive documents, must not be entered into any AI tool.",
 "Staff may use Gemini to draft general materials for employers, such as newsletters and guidance on off-the-job training, using published information and the College's own non-confidential information.",
]),
("Recording, transcription and meetings", [
 "Gemini note-taking and transcription in Google Meet may be used for internal staff meetings that do not discuss individual learners, staff HR matters or safeguarding, provided all participants are told at the start of the meeting.",
 "Lessons, tutorials, and meetings with learners, parents or carers, or employers about a learner must not be recorded, transcribed or summarised with any AI tool.",
 "Third-party AI note-takers must not be used and must not be admitted to College meetings.",
 "The AI Steering Group has not yet decided whether Gemini note-taking may be used in meetings of the Corporation and its committees. Until the Clerk to the Corporation issues guidance, the matter is undecided and must be referred to the Clerk.",
]),
("Decisions, people and sensitive activities", [
 "AI tools must not be used to make, score or recommend decisions about individuals, including admissions, enrolment, course placement, bursary and hardship fund awards, disciplinary or exclusion decisions, and staff performance.",
 "In recruitment, staff may use Gemini to draft job adverts and generic interview questions from the published job description. Application forms and CVs must not be entered into any AI tool, and AI must not be used to shortlist, screen or score candidates.",
 "AI tools must not be used to write references for learners (including UCAS and employment references) or for current or former staff. Staff may use Gemini to draft a general reference template that contains no personal information.",
 "AI tools must not be used to create, edit or alter images, video or audio of real, identifiable people, including learners, staff and visitors, and photographs of learners must not be uploaded to any AI tool. Gemini may be used to generate illustrative images that do not depict real people.",
 "AI output must not be relied on as legal, medical, mental health or financial advice, and AI tools must not be used to give such advice to learners. AI must not be used to decide veterinary treatment or medicine doses for animals on the College farm.",
 "AI tools must not be set up to send messages, publish content, update records in College systems or take any other action automatically. A member of staff must review each output before it is used.",
 "In procurement, staff may use Gemini to draft specifications and invitations to tender using non-confidential information. Bids received from suppliers must not be entered into any AI tool, and AI must not be used to evaluate or score bids.",
]),
("Publication and labelling", [
 "Content substantially created with AI that is to be published externally, including on the College website, social media, prospectus and press releases, must be reviewed by the Marketing team before publication.",
 "Images generated by AI that are published or displayed must be labelled \"AI-generated image\". Text drafted with AI does not need a label if a member of staff has checked it and takes responsibility for it.",
 "AI-generated content must not be presented as the work or words of a learner, employer or other named person.",
 "Teaching resources created with AI that are shared with learners should carry the note \"Created with the help of AI\".",
]),
("Code, data and translation", [
 "Staff may use Gemini to help write, explain or debug code, scripts and spreadsheet formulas, provided no passwords, keys, credentials or personal data are included, and the code is reviewed and tested before it is used with College systems.",
 "Gemini in Sheets may be used to analyse aggregated data that identifies no individual, such as course-level retention and achievement rates. Learner-level or staff-level data sets must not be uploaded to any AI tool.",
 "Gemini may be used to translate or simplify general College information that contains no personal data, such as a letter to all parents about an open evening or an Easy Read version of a published guide.",
 "Communications about an individual learner, such as a letter to a parent about their child's attendance, must not be translated with AI; staff must use the College's contracted interpreting and translation service.",
]),
("Personal accounts and devices", [
 "Staff must use Gemini only when signed in with their College Google Workspace account. Personal accounts of any AI tool, including a personal Google account with Gemini, must not be used for College work.",
 "Staff may use Gemini through their College account on a personal device only where the device meets the Bring Your Own Device Policy (screen lock, supported and up-to-date operating system) and no College information is downloaded and stored on the device.",
]),
("Incidents and breaches", [
 "If personal data, special category data or confidential information is entered into an AI tool in breach of this policy, the member of staff must report it straight away, and in any case within 24 hours, to the Data Protection Officer at dpo@penrith-eden.ac.uk or on extension 2240.",
 "Where the information concerns safeguarding, the member of staff must also tell the Designated Safeguarding Lead on the same day.",
 "Breaches of this policy may be dealt with under the Staff Disciplinary Procedure.",
]),
("Roles, training and review", [
 "The AI Steering Group, chaired by the Vice Principal (Curriculum and Quality), owns this policy, decides requests for new tools and resolves points this policy leaves open.",
 "Questions about this policy should be sent to the Digital Learning team at ai@penrith-eden.ac.uk. Questions about data protection should be sent to the Data Protection Officer.",
 "All staff must complete the \"Using AI Safely at PEC\" module on the staff learning platform before using Gemini or TeachMate AI for College work.",
 "This policy is reviewed every year by the AI Steering Group and approved by the Quality and Standards Committee of the Corporation.",
]),
]
APPENDIX_TITLE = "Appendix A – Definitions"
APPENDIX = [
 ("A.1", "Generative AI: software that produces new text, images, audio, video or code in response to prompts."),
 ("A.2", "Learner: any person enrolled or applying to study at the College, including 16-19 learners, adult learners, apprentices and high-needs learners."),
 ("A.3", "Special category data: personal data about health, disability, ethnicity, religion or belief, sex life or sexual orientation, genetics, biometrics, trade union membership or political opinions, together with criminal offence data. For this policy, safeguarding information is treated in the same way."),
 ("A.4", "AI Steering Group: the group of senior leaders, the Data Protection Officer, the Designated Safeguarding Lead and the Digital Learning Manager that oversees AI use at the College."),
]
