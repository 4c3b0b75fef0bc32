# Source text of the Wyvern Hill University GenAI staff policy.
# Each entry: (kind, text). kinds: title, h (numbered heading), p (paragraph),
# item (bare lettered line, belongs to clause above), sub (unnumbered sub-heading),
# apph (appendix heading), bullet.

TITLE = "Generative Artificial Intelligence: Staff Use Policy"

META = [
    ("Document owner", "Chief Information Officer, on behalf of the Digital Governance Group"),
    ("Approved by", "University Executive Board"),
    ("Version", "1.3"),
    ("Date approved", "14 January 2026"),
    ("Next review", "January 2027, or sooner if the law or the AI Tools Register changes"),
    ("Applies to", "All staff and others acting on University business"),
    ("Related documents", "Information Classification Scheme; Data Protection Policy; Research Integrity Code; "
                          "Assessment Regulations; Information Security Policy; AI Tools Register"),
]

BODY = [
    ("h", "1. Purpose"),
    ("p", "1.1 Wyvern Hill University wants its staff to benefit from generative artificial intelligence where it "
          "genuinely helps them teach, research and run the University, and to do so in a way that protects our "
          "students, applicants, research participants, partners and colleagues."),
    ("p", "1.2 This policy sets out which generative AI tools may be used for University business, what information "
          "may be given to them, the activities for which they must not be used, and what staff must do to check, "
          "label and record their use. It should be read with the AI Tools Register, which forms part of it."),
    ("p", "1.3 Using generative AI is optional. No member of staff is required to use a generative AI tool, and "
          "choosing not to use one will never count against anyone."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to everyone who carries out University business: employees, hourly-paid and "
          "sessional lecturers, postgraduate researchers when they are employed to teach or demonstrate, honorary and "
          "visiting staff, agency workers and contractors."),
    ("p", "2.2 It does not govern how students may use generative AI in their own studies or assessed work. That is "
          "set by the Assessment Regulations, the Academic Integrity Procedure and the assessment brief for each "
          "module; questions about it should go to the module leader or Academic Quality and Standards."),
    ("p", "2.3 A generative AI feature built into other software (for example an assistant added to a PDF reader, a "
          "video-conferencing platform, a design package or a writing aid) is a generative AI tool in its own right. "
          "It is covered by this policy even where the University already licenses the host software, and it may "
          "only be used if that feature appears on the AI Tools Register."),
    ("p", "2.4 The policy applies wherever the work is done and on whatever device, including personal phones, "
          "tablets and home computers used for University business."),

    ("h", "3. Principles"),
    ("p", "3.1 You remain responsible for anything you produce, send or decide with the help of generative AI, "
          "exactly as if you had written it yourself."),
    ("p", "3.2 Generative AI output can be wrong, out of date, biased or invented, including references, quotations "
          "and legal or statistical statements. Treat it as a first draft from an unreliable colleague."),
    ("p", "3.3 Information put into a tool may be stored, reviewed by the supplier or used to train future models "
          "unless the University has a contract that prevents it. The rules in section 5 exist for that reason."),

    ("h", "4. Tools and the AI Tools Register"),
    ("p", "4.1 The Digital Governance Group (DGG) maintains the AI Tools Register. For each tool it records whether "
          "the tool is approved, restricted or prohibited, the highest classification of information the tool may "
          "receive (its \"information ceiling\"), and any conditions of use."),
    ("p", "4.2 Only tools listed on the Register may be used for University business, and only within the status, "
          "information ceiling and conditions recorded there. A tool, model or AI feature that is not on "
          "the Register must not be used for University business until the Digital Governance Group has approved "
          "it and added it to the Register. This includes new AI features switched on by a supplier in software the "
          "University already uses. Requests are made as described in section 14."),
    ("p", "4.3 A Supported Tool is covered only when you are signed in with your University account "
          "(@wyvernhill.ac.uk) through the service IT Services provides. The same product used through a personal, "
          "free or privately paid account is an Open Tool and may receive Open information only."),
    ("p", "4.4 Browser extensions, add-ins and plug-ins that bring generative AI into a browser, mail client or "
          "office application must not be installed on University devices unless IT Services has deployed them "
          "centrally."),
    ("p", "4.5 Building or connecting anything of your own to a generative AI model, including calling a model "
          "through an API, writing scripts or automations that send University information to a model, or deploying "
          "a chatbot for students or the public, requires the prior approval of the Digital Governance Group and, "
          "where personal data is involved, a data protection impact assessment."),
    ("p", "4.6 A tool marked prohibited on the Register must not be installed on, or accessed from, University "
          "devices or networks, and must not be used for University business on any device."),

    ("h", "5. What information may be used"),
    ("p", "5.1 All University information falls into one of the four levels of the Information Classification "
          "Scheme: Open, Internal, Restricted and Highly Restricted (defined in Appendix A). You must never give a "
          "tool information above its information ceiling on the Register."),
    ("p", "5.2 Supported Tools may be used with Open and Internal information for everyday work such as drafting, "
          "summarising, rewording, planning and analysis, subject to the rest of this policy."),
    ("p", "5.3 Open Tools may receive Open information only. Information becomes Open on the date the University "
          "publishes it, not before: drafts, embargoed announcements, unpublished results, committee papers and "
          "figures that have not been released are Internal or higher even if they will be published later."),
    ("p", "5.4 Restricted information may be entered only into Microsoft 365 Copilot Chat, Microsoft 365 Copilot and "
          "Wyvern Assist, and only the minimum needed for the task. Sections 6 to 9 set out activities where even "
          "these tools must not be used."),
    ("p", "5.5 Highly Restricted information must not be entered into any generative AI tool, with one exception: "
          "research data in Wyvern Assist under the conditions in clause 7.3."),
    ("p", "5.6 Removing names does not make information anonymous. Information that could still identify someone, "
          "when combined with other details you or others hold (a job title, a small cohort, a date, an unusual "
          "circumstance), keeps its original classification."),
    ("p", "5.7 Content obtained through the Library's subscriptions, such as journal articles, e-books and databases, "
          "must not be uploaded to any generative AI tool unless the Library's licence register records that the "
          "licence permits it. Openly licensed material may be used in line with its licence."),
    ("p", "5.8 Information that the University holds under a confidentiality or non-disclosure agreement, or under "
          "a research or commercial contract, must not be entered into any generative AI tool unless the agreement "
          "expressly permits it and Research and Enterprise Contracts has confirmed this in writing."),

    ("h", "6. Teaching, assessment and student records"),
    ("p", "6.1 Staff may use Supported Tools to prepare teaching: lesson plans, reading lists, worked examples, "
          "case studies, quiz and practice questions, and accessible versions of their own materials."),
    ("p", "6.2 Candidate Material must not be entered into any generative AI tool, including Supported Tools, for "
          "the purpose of deciding or proposing a mark, grade, classification or progression outcome. Academic "
          "judgement on assessed work is exercised by people."),
    ("p", "6.3 Staff may use Microsoft 365 Copilot Chat or Wyvern Assist to improve the wording, tone or clarity of "
          "feedback they have written themselves, provided that:"),
    ("item", "(a) the student's name, student number and any other identifier are removed first;"),
    ("item", "(b) no more of the student's work is included than a short quotation needed to make sense of the comment; and"),
    ("item", "(c) the marker reads and approves the final wording before it is released."),
    ("p", "6.4 Candidate Material must not be uploaded to any external service that claims to detect AI-written "
          "text. The output of the AI writing indicator in the University's similarity checking service is not, on "
          "its own, evidence of academic misconduct."),
    ("p", "6.5 Extracts from the student record system are Restricted and may be used only in Wyvern Assist. "
          "Information about a student's health, disability, learning support plan or reasonable adjustments, "
          "mitigating circumstances, fitness to practise, or disciplinary or safeguarding matters is Highly "
          "Restricted."),
    ("p", "6.6 Generative AI must not be used to prepare, summarise or evaluate cases for extenuating or mitigating "
          "circumstances panels, academic appeals, complaints, or fitness to practise and student conduct "
          "proceedings."),
    ("p", "6.7 Staff may design learning activities in which students use Microsoft 365 Copilot Chat under their "
          "University account. Staff must not require students to create accounts with, or pay for, any other "
          "generative AI tool."),

    ("h", "7. Research"),
    ("p", "7.1 Use of generative AI in research must comply with the Research Integrity Code and with the rules of "
          "funders, publishers and partners. Significant use must be described in the methods or acknowledgements "
          "of the output."),
    ("p", "7.2 Your own unpublished research, including drafts, ideas and grant proposals, is Internal information "
          "and may be used with Supported Tools whose ceiling allows it, but not with Open Tools."),
    ("p", "7.3 Data about research participants may be used with a generative AI tool only where all of the "
          "following apply:"),
    ("item", "(a) the project's ethics approval and participant information sheet cover that use;"),
    ("item", "(b) the tool is Wyvern Assist; and"),
    ("item", "(c) the project is registered with the Research Data Service, which will confirm the storage and retention arrangements."),
    ("p", "7.4 Material received in confidence for the purpose of review, including manuscripts sent by journals, "
          "funding applications sent by research councils and charities, and outputs circulated for internal "
          "research assessment, must not be entered into any generative AI tool."),
    ("p", "7.5 Staff may use Supported Tools to help draft their own funding applications, lay summaries and "
          "papers, but must check the funder's or publisher's rules, which may be stricter than this policy. A "
          "generative AI tool cannot be named as an author."),

    ("h", "8. Admissions, recruitment, references and staff matters"),
    ("p", "8.1 Applicant Information must not be entered into any generative AI tool, and generative AI must not be "
          "used to screen, shortlist, score or rank applicants for study or employment, or to recommend an offer or "
          "a rejection."),
    ("p", "8.2 Staff writing a reference for a student or colleague may use Microsoft 365 Copilot Chat to help "
          "structure it or improve its wording, provided that a placeholder is used instead of the person's name, "
          "no Highly Restricted information is included, and the referee checks every statement and takes "
          "personal responsibility for the reference they sign."),
    ("p", "8.3 Information from employee relations casework, including grievance, disciplinary, capability, "
          "sickness absence and occupational health matters, must not be entered into any generative AI tool."),
    ("p", "8.4 Supported Tools may be used to draft job descriptions, adverts and interview questions, which must "
          "then be checked against the University's recruitment and equality guidance."),

    ("h", "9. Meetings, recording and transcription"),
    ("p", "9.1 Transcription and Copilot meeting summaries in Microsoft Teams may be used in University meetings "
          "where the chair announces this at the start and any participant may ask for them to be switched off. "
          "They must not be used in meetings about an individual, such as HR hearings, student conduct or fitness "
          "to practise hearings, mitigating circumstances panels and boards of examiners."),
    ("p", "9.2 Third-party note-taking assistants that join meetings as a participant must not be used for "
          "University meetings. If one joins a meeting you are chairing, remove it."),
    ("p", "9.3 Recordings of research interviews, focus groups and other participant data may be transcribed with "
          "a generative AI tool only where clause 7.3 is met."),
    ("p", "9.4 AI-generated transcripts and summaries are University records. They can be disclosed in response to "
          "freedom of information and subject access requests and must be kept or deleted in line with the "
          "records retention schedule."),

    ("h", "10. Images, audio, video and likeness"),
    ("p", "10.1 Supported Tools may be used to create illustrations, diagrams and icons for teaching materials, "
          "internal presentations and internal communications."),
    ("p", "10.2 No one may use generative AI to create or alter an image, voice recording or video so that it "
          "depicts or imitates a real, identifiable person without that person's prior written consent. Consent "
          "cannot be given on behalf of someone else."),
    ("p", "10.3 Marketing, recruitment and prospectus material that shows the University's campus, buildings, "
          "facilities, students or staff must use genuine photography and footage, not generated or substantially "
          "altered images."),

    ("h", "11. Code and software development"),
    ("p", "11.1 GitHub Copilot may be used through the University's GitHub Enterprise organisation for University "
          "software, research software and teaching code."),
    ("p", "11.2 Secrets, including passwords, API keys, tokens, private keys and connection strings, and extracts "
          "of live system data must never be entered into any generative AI tool."),
    ("p", "11.3 Code produced with generative AI must be read, understood, tested and checked for licence "
          "obligations by the developer, and reviewed in the usual way, before it is deployed to any University "
          "system that holds Restricted or Highly Restricted information."),
    ("p", "11.4 Source code that the University holds under a commercial licence or research contract is governed "
          "by clause 5.8."),

    ("h", "12. Translation"),
    ("p", "12.1 DeepL Pro, through the University's team licence, and Microsoft 365 Copilot Chat may be used to "
          "translate Open and Internal material."),
    ("p", "12.2 A machine translation that will be published, or sent as the University's official communication "
          "to a student, applicant or external body, must be checked by a competent speaker of the target language "
          "before it is used. Welsh-language material must also meet the University's Welsh language standards."),
    ("p", "12.3 Free online translation websites and apps, such as Google Translate and the free DeepL website, may be "
          "used as Open Tools with Open information only. This clause is the Digital Governance Group's approval for "
          "that use."),

    ("h", "13. Human review, transparency and labelling"),
    ("p", "13.1 Every output must be checked by a person with the knowledge to judge it before it is relied on, sent "
          "or published. Check facts, figures, names and references against their sources."),
    ("p", "13.2 Generative AI must not be the basis of any decision that has a legal or similarly significant effect "
          "on a student, applicant, research participant or member of staff."),
    ("p", "13.3 Where generative AI has produced a substantial part of content that is published or sent to "
          "students or external audiences, the content must carry a short statement such as \"Prepared with the "
          "help of generative AI and checked by [role]\". A statement is not needed for spelling, grammar or "
          "formatting help, or for internal drafts."),
    ("p", "13.4 Any chatbot or automated service that converses with students, applicants or the public must make "
          "clear, at the start, that the person is dealing with AI and how to reach a member of staff."),

    ("h", "14. Procurement and new tools"),
    ("p", "14.1 Any purchase, trial, pilot, free offer or supplier proposal that includes generative AI "
          "functionality must be assessed by the Digital Governance Group, with Procurement, Information Security "
          "and the Information Governance Office, before it is used with University information."),
    ("p", "14.2 Staff must not sign up to a generative AI product, free trial or team plan with a University email "
          "address, or accept a supplier's terms on the University's behalf, without that approval."),
    ("p", "14.3 Suppliers must declare where they use generative AI to process University information, and "
          "contracts must prevent University information being used to train the supplier's models."),
    ("p", "14.4 To ask for a tool to be approved, submit the \"AI tool request\" form on the IT Service Desk portal. "
          "The Digital Governance Group considers requests at its monthly meeting and records its decisions on the "
          "Register."),

    ("h", "15. Training"),
    ("p", "15.1 Before using Microsoft 365 Copilot or Wyvern Assist, staff must complete the \"Using AI Safely at "
          "Wyvern Hill\" module on the staff learning portal, and repeat it every two years."),
    ("p", "15.2 Line managers are responsible for making sure their teams know this policy and have completed the "
          "training that applies to them."),

    ("h", "16. Incidents and breaches"),
    ("p", "16.1 If information has been entered into a tool above its information ceiling, or into a tool not on "
          "the Register, report it to the Information Governance Office (infogov@wyvernhill.ac.uk) straight away "
          "and within 24 hours at the latest. Deleting the conversation is not enough on its own and does not "
          "replace reporting."),
    ("p", "16.2 Report generated content that has been published or sent in error, or suspicious AI-generated "
          "messages such as voice or video impersonating a colleague, to the IT Service Desk as a security "
          "incident."),
    ("p", "16.3 A breach of this policy may be dealt with under the relevant disciplinary procedure and may lead to "
          "access to tools being withdrawn."),

    ("h", "17. Matters under review"),
    ("p", "17.1 The University has not yet reached a position on AI agents that act on a member of staff's behalf "
          "without a person approving each step, such as agents that send emails, reply to enquiries, book or "
          "change records, or complete online forms. The Digital Governance Group is reviewing this and will "
          "publish guidance. Until then, questions should be referred to the Digital Governance Group."),
    ("p", "17.2 Whether generative AI may draft first-round feedback on formative, non-credit-bearing work is being "
          "considered by the Education Committee. Until it reports, any such use is a pilot and needs the approval "
          "of both the Education Committee and the Digital Governance Group."),
    ("p", "17.3 No position has yet been taken on synthetic presenters, avatars or cloned voices in teaching and "
          "public content, including a member of staff's own voice or likeness. Refer any proposal to the Digital "
          "Governance Group."),
    ("p", "17.4 Running open-weight models on University equipment, including the Wyvern high performance computing "
          "cluster, is under review by Research Computing and the Digital Governance Group. Which information "
          "classifications such models may process has not been decided."),

    ("h", "18. Contacts and review"),
    ("p", "18.1 Digital Governance Group (dgg@wyvernhill.ac.uk): the AI Tools Register, tool requests, and "
          "questions this policy does not answer."),
    ("p", "18.2 Information Governance Office and Data Protection Officer (infogov@wyvernhill.ac.uk): data "
          "protection, data protection impact assessments and incident reports."),
    ("p", "18.3 Research Data Service and the Research Ethics Office: research data, project registration and "
          "ethics approval."),
    ("p", "18.4 Academic Quality and Standards: assessment, feedback and student use of generative AI."),
    ("p", "18.5 This policy is reviewed annually by the Digital Governance Group. The Register may be updated at "
          "any time and the current version always applies."),

    ("apph", "Appendix A – Definitions"),
    ("p", "A.1 Generative AI: software that produces text, images, audio, video or code in response to a prompt, "
          "including chat assistants, writing aids, image generators, coding assistants and meeting assistants."),
    ("p", "A.2 Supported Tool: a tool the University provides under contract (Microsoft 365 Copilot Chat, Microsoft 365 "
          "Copilot, Wyvern Assist, GitHub Copilot and DeepL Pro), used through the University account and service that "
          "IT Services provides."),
    ("p", "A.3 Open Tool: a tool on the Register that the University does not provide under contract, a Supported Tool "
          "used through a personal, free or privately paid account, and the free translation services in clause 12.3. "
          "Being an Open Tool does not make a product that is missing from the Register usable: see clause 4.2."),
    ("p", "A.4 Candidate Material: anything a student produces for assessment, whether formative or summative, "
          "including drafts, examination scripts, coursework, dissertations, theses, portfolios, recordings of "
          "performances and presentations."),
    ("p", "A.5 Applicant Information: information provided by or about a person applying to study or work at the "
          "University, including application forms, personal statements, predicted grades, references, CVs and "
          "interview notes."),
    ("p", "A.6 Open information: information that the University has published or that is already lawfully in "
          "the public domain."),
    ("p", "A.7 Internal information: the University's unpublished information that identifies no individual, such "
          "as draft papers, procedures, plans, budgets and non-personal statistics."),
    ("p", "A.8 Restricted information: information that identifies a living person, including names, contact "
          "details, student or staff numbers and records about them, and commercially confidential information."),
    ("p", "A.9 Highly Restricted information: health and disability information, information about ethnicity, "
          "religion, sexual orientation, criminal allegations or offences, safeguarding concerns, information about "
          "children under 18, identifiable research participant data, and security-sensitive or export-controlled "
          "research."),
    ("p", "A.10 University business: any activity carried out as part of, or on behalf of, the University's "
          "teaching, research, administration or enterprise."),
]
