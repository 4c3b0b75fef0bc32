# Source text of the Kelvinside Conservatoire GenAI policy (shared by the PDF and the .md original).
TITLE = "Kelvinside Conservatoire - Generative Artificial Intelligence (AI) Use Policy for Staff"
META = [
    "Document owner: Information Governance Officer",
    "Approved by: Senior Leadership Team, 18 November 2026",
    "Version: 1.0 (November 2026)",
    "Next review: November 2027",
    "Applies to: all staff, visiting tutors, contractors and volunteers",
]
S = []  # (kind, text): h = numbered heading, c = numbered clause, i = lettered item, u = unnumbered para
def h(t): S.append(("h", t))
def c(t): S.append(("c", t))
def i(t): S.append(("i", t))
def u(t): S.append(("u", t))

h("1. Purpose and scope")
c("1.1 This policy sets out how staff of Kelvinside Conservatoire (\"the Conservatoire\") may use generative artificial intelligence (AI) tools in the course of their work. Its aim is to let staff benefit from these tools while protecting our students, applicants, pupils, audiences, staff and the Conservatoire's information and creative work.")
c("1.2 This policy applies to all staff, including permanent, fixed-term and hourly-paid staff, visiting tutors, accompanists, freelance production and technical staff, contractors and volunteers working on behalf of the Conservatoire.")
c("1.3 This policy does not cover students' use of AI in their own learning, coursework or assessments. That is covered by the Academic Integrity Policy and the Student Guidance on AI issued by Academic Registry.")
c("1.4 This policy should be read with the Data Protection Policy, the Information Security Policy, the Intellectual Property Policy, the Recording and Filming Policy and the Safeguarding (Children and Protected Adults) Policy.")

h("2. Definitions")
c("2.1 A generative AI tool is any software that produces text, images, audio, music, video or code in response to prompts or instructions. This includes chatbots (for example ChatGPT, Gemini, Claude and Copilot), AI features built into other software (for example meeting transcription and recap, notation and audio-editing software, design and writing assistants), browser extensions and mobile apps.")
c("2.2 Personal data is any information that identifies a living person, directly or indirectly. This includes names with circumstances, contact details, student and applicant numbers, audition and assessment results, ticket bookings and donor records.")
c("2.3 Special category and sensitive information means, for this policy, information about a person's health, disability, reasonable adjustments, mental health, wellbeing or counselling contact, Personal Learning and Support Plans (PLSPs), ethnicity, religion or sexuality, safeguarding concerns, and criminal convictions or PVG scheme disclosures.")
c("2.4 Confidential information means the Conservatoire's unpublished information, including audition panel and examination board deliberations, unreleased examination papers, unpublished research, season programmes before they are announced, and commercially sensitive information such as tender bids, contracts, artist fees, venue hire rates and sponsorship terms.")
c("2.5 Public information means information the Conservatoire has already published, or has approved for publication, and information already in the public domain.")
c("2.6 Internal information means the Conservatoire's own unpublished information that identifies no person and is not confidential information, for example draft procedures, room and rehearsal plans without names, and non-personal figures.")

h("3. Roles and responsibilities")
c("3.1 Every member of staff remains responsible for any work they produce with the help of AI, including its accuracy, and for following this policy.")
c("3.2 The Information Governance Officer (IGO) receives notifications of proposed AI use, approves or refuses them, and keeps the Register of Approved AI Uses. The IGO can be contacted at infogov@kelvinside-cons.ac.uk.")
c("3.3 The Data Protection Officer (DPO) advises on Data Protection Impact Assessments (DPIAs) and handles personal data breaches.")
c("3.4 The Head of Digital Services assesses the security of AI tools before the IGO approves them and manages software on Conservatoire devices.")
c("3.5 The AI Working Group, chaired by the Deputy Principal, reviews this policy and decides the matters listed in section 10.")

h("4. Approval before use")
c("4.1 Before you use any generative AI tool for Conservatoire work, you must notify the Information Governance Officer and have the use approved. This applies to free and paid tools, trials, AI features newly switched on in software the Conservatoire already uses, and tools you pay for yourself. The only exception is the use of Microsoft 365 Copilot Chat described in section 5.")
c("4.2 To notify the IGO, complete the AI Use Request form on the staff intranet (StaffNet > Information Governance > AI). The request must describe:")
i("(a) the tool, and whether it is a free, paid or trial version;")
i("(b) what you want to use it for, and who will use it;")
i("(c) the kinds of information that will be entered into it; and")
i("(d) how the output will be checked before it is relied on.")
c("4.3 Where a proposed use involves personal data, a Data Protection Impact Assessment (DPIA) must be completed with the Data Protection Officer, and the use approved by the IGO, before any personal data is entered into the tool.")
c("4.4 An approval covers only the tool, purpose and kinds of information described in the request. Using the tool for a new purpose, or with a different kind of information, needs a new request.")
c("4.5 The IGO publishes the Register of Approved AI Uses on StaffNet. If a use is not on the Register, it is not approved.")
c("4.6 While a request is being considered you must not use the tool for Conservatoire work, including to try it out with Conservatoire information.")
c("4.7 Use of AI tools in your private life, with no Conservatoire information, is not covered by this policy.")

h("5. Microsoft 365 Copilot Chat")
c("5.1 Microsoft 365 Copilot Chat, used while signed in with your Conservatoire account under the Conservatoire licence (shown by the green shield \"Protected\" icon), is approved for all staff for use with public information and internal information that contains no personal data. You do not need to submit a request for these uses.")
c("5.2 Examples of approved uses of Copilot Chat include drafting and rewording internal emails and documents, summarising published reports, drafting programme notes from published sources, drafting internal procedures and risk assessment templates, planning rehearsal and room schedules without names, and help with spreadsheet formulas for non-personal figures.")
c("5.3 Copilot Chat must not be used with personal data, special category and sensitive information, or confidential information unless that specific use has been approved under section 4 and is permitted by section 7.")
c("5.4 Copilot Chat used with a personal Microsoft account, the consumer Copilot app, or any other Copilot product (including Microsoft 365 Copilot in Word, Outlook and Teams) is not covered by paragraph 5.1 and needs approval under section 4.")

h("6. Accounts and devices")
c("6.1 Approved uses must be carried out with your Conservatoire account. You must not use personal accounts on AI tools (for example a personal ChatGPT, Gemini or Claude account) for Conservatoire work, even if you pay for the account yourself.")
c("6.2 You may use Copilot Chat under paragraph 5.1 on a personal device only through a web browser while signed in with your Conservatoire account. Conservatoire information must not be entered into AI apps installed on personal devices.")
c("6.3 You must not install AI browser extensions, plug-ins, meeting assistants or note-taking bots on Conservatoire devices or add them to Conservatoire meetings without the approval of the Head of Digital Services and the IGO.")
c("6.4 You must not connect an AI tool to Conservatoire systems, or give it access to them, including email, OneDrive, SharePoint, the student record system, the applications and auditions portal and the box office ticketing system.")

h("7. Information rules")
c("7.1 Even in an approved use, enter only the information the approval covers, and only as much as the task needs.")
c("7.2 Personal data of students, applicants, staff, visiting tutors, audience members, donors or anyone else must not be entered into any generative AI tool unless the specific use has been approved with a DPIA under paragraph 4.3. Removing names is not enough where a person could still be identified, for example in a small class, by their role or by a distinctive instrument or part.")
c("7.3 Special category and sensitive information (paragraph 2.3), including disability and wellbeing information, reasonable adjustments, PLSPs, counselling notes, safeguarding concerns and PVG disclosures, must not be entered into any generative AI tool. No approval can be given for this under this policy.")
c("7.4 Personal data of children and young people under 18, including pupils on the widening-access programme (Junior Conservatoire, Kelvinside Pathways and school workshops), must not be entered into any generative AI tool. This includes names, schools, photographs, recordings, application details and notes from workshops.")
c("7.5 Information about individual members of staff or job applicants, including recruitment, performance, absence, grievance, disciplinary and pay information, must not be entered into any generative AI tool.")
c("7.6 Visa and immigration information about any student, applicant or member of staff, including passport details, Confirmation of Acceptance for Studies (CAS) numbers, eVisa and share codes, immigration status and sponsorship attendance records, must not be entered into any generative AI tool. The International Office may use Copilot Chat under paragraph 5.1 to draft general guidance from published UK Visas and Immigration guidance, provided it refers to no individual.")
c("7.7 Confidential information (paragraph 2.4) must not be entered into any generative AI tool unless the approval for that use expressly covers it. Commercially sensitive information, such as tender bids, artist fees, venue hire rates and sponsorship terms, must never be entered into a tool that has not been approved for that purpose.")
c("7.8 Public information may be used with Copilot Chat under paragraph 5.1 and in any approved use.")
c("7.9 Research data and information about research participants may be entered into a generative AI tool only where the use has both Research Ethics Committee approval and approval under section 4, including a DPIA where participants can be identified.")

h("8. Activity rules")
c("8.1 Auditions and assessment. Generative AI must not be used to mark, grade, rank, shortlist, select or reject applicants at audition or students in assessment, or to write feedback or reports that form part of an audition or assessment decision. These judgements are made by the audition panel and examiners.")
c("8.2 Other decisions about individuals. Generative AI must not be used to make or recommend decisions about individuals, including scholarships, bursaries, progression, fitness to practise, discipline, complaints, appeals and places on the widening-access programme.")
c("8.3 Staff recruitment. Generative AI must not be used to screen, score or shortlist job applications or to assess interview candidates. You may use Copilot Chat under paragraph 5.1 to draft a job advert or person specification, provided it contains no personal data.")
c("8.4 Recordings, likeness and voices. You must not upload audio or video recordings of performances, rehearsals, lessons, classes or auditions to any generative AI tool. You must not use generative AI to create, clone, alter or imitate the voice, image, likeness or performance of any real person, including students, staff, guest artists and alumni, for any purpose, even with their consent.")
c("8.5 Archive and Special Collections. Material from the Conservatoire Archive and Special Collections that is not public information must not be entered into a generative AI tool. The use of AI tools to restore or enhance historic recordings is a matter under review (paragraph 10.2).")
c("8.6 Copyright in scores, scripts and creative work. You must not enter copyright scores, parts, scripts, libretti, choreographic notation, lyrics or commercial recordings into a generative AI tool unless the work is in the public domain or the Conservatoire holds a licence that permits it. You must not enter students' or staff members' own compositions, scripts or choreography without the creator's written permission and an approved use.")
c("8.7 Publication and labelling. Any text, image, audio or video made with generative AI that the Conservatoire publishes (on the website, in programmes, in marketing or on social media) must be checked by a member of staff for accuracy, bias and rights before publication, and labelled: \"This content was created with the help of AI.\" AI-generated images for marketing also need the approval of the Head of Marketing and Communications.")
c("8.8 Professional advice. Generative AI must not be relied on for legal, immigration, medical, or health and safety advice. Immigration advice to students must be given only by the International Office's qualified advisers.")
c("8.9 Meetings, recording and transcription. AI transcription, recap and note-taking tools must not be used in any meeting where personal data is discussed, including student support, wellbeing, disciplinary, HR, audition panel and examination board meetings. The use of Copilot recap and transcription in other internal meetings is a matter under review (paragraph 10.3).")
c("8.10 Translation. You may use Copilot Chat under paragraph 5.1 to translate public or internal information that contains no personal data, such as a published concert notice or audition information for international applicants. A fluent speaker must check any translation before it is published or sent. Correspondence with or about individual applicants or students must not be translated with a generative AI tool.")
c("8.11 Code. AI coding assistants may be used only where approved under section 4. Never enter passwords, keys, personal data or live data from Conservatoire systems into a coding assistant, and have any AI-assisted code reviewed by a second developer before it is deployed.")
c("8.12 Automated actions. Generative AI must not send emails or messages, post to social media, change records, issue tickets or refunds, or take any other action on the Conservatoire's behalf without a member of staff checking and approving each action before it happens.")
c("8.13 Teaching and learning materials. Teaching staff may use Copilot Chat under paragraph 5.1 to prepare lesson plans, practice exercises, reading lists and other teaching materials from public and internal information, subject to paragraph 8.6.")

h("9. Accuracy and transparency")
c("9.1 Generative AI can produce content that is wrong, biased or made up. Check all output before you rely on it, and check facts, names, dates and references against a reliable source.")
c("9.2 If generative AI has substantially helped to produce a document sent outside the Conservatoire, say so in the document or covering message.")

h("10. Matters under review")
c("10.1 The AI Working Group has not yet decided the matters below. Until it publishes a decision, the IGO will not approve individual uses in these areas; refer any question about them to the IGO, who will put it to the AI Working Group.")
c("10.2 Whether AI tools may be used to restore, clean up, separate or enhance historic recordings held in the Conservatoire Archive and Special Collections.")
c("10.3 Whether Copilot recap and transcription may be used in internal meetings where no personal data is discussed.")
c("10.4 Whether music, sound design, images or choreography generated by AI may be used in the Conservatoire's public performances and productions.")

h("11. Incidents and breaches")
c("11.1 If personal data or confidential information has been entered into a generative AI tool in breach of this policy, or AI output has been published or sent in breach of it, report it at once, and in any case within 24 hours, to the Data Protection Officer at dataprotection@kelvinside-cons.ac.uk, and tell your line manager.")
c("11.2 Do not try to deal with an incident yourself, for example by only deleting the chat history. The DPO will advise on what to do.")
c("11.3 A breach of this policy may be dealt with under the relevant disciplinary procedure or contract terms.")

h("12. Contacts and review")
c("12.1 Questions about this policy and AI Use Requests go to the Information Governance Officer, Morag Sinclair, at infogov@kelvinside-cons.ac.uk or on extension 4417.")
c("12.2 The AI Working Group will review this policy every year, and sooner if the law, guidance or the tools available change. The next review is due in November 2027.")
