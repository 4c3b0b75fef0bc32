# Content of the Brackenholt Learning Trust generative AI policy, shared by the HTML and Markdown renderers.
TITLE = "Generative AI: Staff Use Policy"

META = [
    ("Policy owner", "Director of Digital Learning (Trust AI Lead)"),
    ("Approved by", "Audit and Risk Committee of the Board of Trustees, 12 March 2026"),
    ("Version", "2.1"),
    ("Applies to", "All academies and the central team"),
    ("Next review", "March 2027"),
]

INTRO = ("This page is the current, approved version of the policy. "
         "A short staff FAQ sits alongside it on StaffNet.")

B = []  # blocks: (kind, payload)
def h2(t): B.append(("h2", t))
def h3(t): B.append(("h3", t))
def p(t): B.append(("p", t))
def ul(*items): B.append(("ul", list(items)))
def table(head, rows): B.append(("table", (head, rows)))

h2("1. Purpose and scope")
p("1.1 This policy sets out how staff of Brackenholt Learning Trust (\"the Trust\") may use generative artificial intelligence (AI) in their work. It applies to every academy in the Trust and to the central team, and to anyone working on the Trust's behalf, including supply staff, trainee teachers on placement, volunteers, contractors, trustees and members of local governing bodies whenever they handle Trust information.")
p("1.2 The policy applies whenever Trust information is involved or the output will be used in Trust work, whatever device or account is used.")
p("1.3 This policy covers use by staff. Pupils' use of AI is covered by the Pupil Acceptable Use Agreement and each academy's Examinations Policy.")
p("1.4 This policy sits alongside the Trust's Data Protection, Child Protection and Safeguarding, and Online Safety policies and the Staff Code of Conduct. Where they overlap, the stricter requirement applies.")

h2("2. Our approach")
p("2.1 The Trust wants staff to benefit from generative AI, particularly where it reduces workload. Staff may use any generative AI tool in their work, provided they follow the information rules in section 4 and the rest of this policy. No permission is needed to use a tool with Open information.")
p("2.2 Whether a use is permitted depends first on the class of information involved, not on the name of the tool. The tools named in section 5 may be used with more sensitive classes of information.")
p("2.3 Generative AI does not replace professional judgement. The member of staff who uses an AI tool remains accountable for the accuracy, fairness and appropriateness of anything they produce with it.")

h2("3. Definitions")
p("3.1 Generative AI tool: any software that produces text, images, audio, video or code in response to a prompt. It includes chatbots (such as ChatGPT, Claude, Gemini and Copilot), image and music generators, AI features built into other software, browser extensions, and applications built on a provider's API.")
p("3.2 Open tool: any generative AI tool that is not a Trust-provided tool or an Assured tool, whether it is free or paid for, and whether it is used with a personal or a work email address.")
p("3.3 Trust-provided tool: a tool that the Trust licenses and manages, used while signed in with a Trust account (an @brackenholt.org.uk account). The Trust-provided tools are listed in 5.2. The same product on a personal account is an Open tool.")
p("3.4 Assured tool: a tool that has been through a data protection impact assessment (DPIA) and has been approved by the AI Steering Group for a specific purpose and group of users only. The Assured tools are listed in 5.2.")
p("3.5 Classes of information: the four classes defined in section 4: Open, Trust-only, Named and Protected.")
p("3.6 Secure assessment material: question papers, mark schemes, pre-release material and tasks for any examination or assessment that has not yet been sat or released to candidates. This includes confidential material from awarding bodies and the Trust's own common assessments before they are sat.")
p("3.7 Pupil likeness: a photograph, video, voice recording or other image or recording of a pupil, or anything that could be taken to depict a particular pupil.")
p("3.8 Human check: review of AI output in full by a member of staff able to judge it, before it is used or shared (see section 7).")
p("3.9 AI Steering Group: the Trust group chaired by the Director of Digital Learning, with the Data Protection Officer (DPO), the Trust Safeguarding Lead, the Head of IT Services and a headteacher representative. It approves tools and decides matters reserved to it.")
p("3.10 Data Protection Lead (DPL): the named member of staff in each academy who is the first point of contact for data protection matters.")

h2("4. Classes of information")
p("4.1 Before using any generative AI tool, staff must decide which class the information they intend to put into it belongs to. This includes anything typed, pasted or uploaded. Where information falls into more than one class, the highest class applies. Examples of each class are given in Appendix A.")
p("4.2 Open information is information the Trust has published or intends to publish, and information already in the public domain. Open information may be used with any generative AI tool.")
p("4.3 Trust-only information is the Trust's own unpublished information that does not identify any individual, such as draft policies, schemes of work, internal procedures, and budget or performance figures that cannot be linked to a person. Trust-only information may be used:")
p("4.3(a) in a Trust-provided tool or an Assured tool; or")
p("4.3(b) in an Open tool, but only where the setting that allows the provider to use your conversations to train or improve its models has been switched off (or the provider's terms state that inputs are not used for training), and the information is not commercially sensitive (see 4.9).")
p("4.4 Named information is any information that identifies, or could be used to identify, a living person (a pupil, parent or carer, member of staff, governor, trustee or job applicant), together with anything about them. It includes a name or initials with any circumstances, a unique pupil number (UPN) or candidate number, contact details, photographs, and pupils' work that carries their name. Named information may be entered only into a Trust-provided tool, or into an Assured tool approved for that information, and only as much of it as the task needs. It must never be entered into an Open tool.")
p("4.5 Removing a name does not by itself make information anonymous. In a school community a pupil can often be recognised from a year group or an unusual circumstance. Information about a person must be treated as Named unless nobody could reasonably tell who it is about.")
p("4.6 Protected information is Named information that is especially sensitive: safeguarding and child protection records and concerns; special educational needs and disability (SEND) records, including EHC plans, SEN support plans and professional reports; health and medical information; information about looked-after and previously looked-after children; free school meals and pupil premium eligibility; suspension and exclusion records; information about ethnicity, religion, sexuality or gender identity; criminal records and DBS information; and staff sickness, occupational health, grievance, disciplinary and capability records. Protected information must not be entered into any generative AI tool other than an Assured tool approved for that specific information and purpose. Trust-provided tools are not approved for Protected information.")
p("4.7 Pupils' own writing can contain Protected information the task did not ask for, such as a family situation or a health condition. Staff must read pupils' work before putting it into any tool, and must treat it according to the highest class of information it contains.")
p("4.8 Secure assessment material must not be entered into any generative AI tool, including Trust-provided tools, until the assessment has been sat and the material released.")
p("4.9 Commercially sensitive information (for example tender submissions, prices quoted by suppliers, contract negotiations and legal advice given to the Trust) is to be handled as Named information for the purposes of this policy.")

h2("5. Tools")
p("5.1 Open tools may be used with Open information and, under 4.3(b), with Trust-only information. Staff need no permission to use an Open tool, but must not accept terms on the Trust's behalf, pay for a tool with Trust funds, or set up accounts for pupils (see section 11).")
p("5.2 The following tools have been assessed by the Trust and carry the extra permissions shown. Any tool not in this table is an Open tool.")
table(["Tool", "Type", "Classes of information allowed", "Conditions"], [
    ["Microsoft 365 Copilot Chat", "Trust-provided", "Open, Trust-only, Named", "Only while signed in with a Trust account; see 5.3."],
    ["Gemini in the Trust's Google Workspace for Education", "Trust-provided", "Open, Trust-only, Named", "Signed in with a Trust Google account."],
    ["Microsoft Teams transcription and Copilot meeting recap", "Trust-provided", "Open, Trust-only, Named", "Internal Trust meetings only; see section 8."],
    ["ClassLoop Feedback", "Assured", "Open, Trust-only, Named (pupils' written work)", "Formative feedback on classwork and homework; pupils identified by first name and class only; not for qualification work (see 9.2)."],
    ["Turnitin, including its AI writing indicator", "Assured", "Named (pupils' submitted work)", "Secondary academies only; see 9.4."],
    ["Draft Assist in Provision Plus", "Assured", "Protected (SEND records only)", "SENCOs only, for drafting SEN support plans and review summaries."],
])
p("5.3 Microsoft 365 Copilot Chat is the Trust's main general-purpose AI assistant. It counts as a Trust-provided tool only while you are signed in with your Trust account and the enterprise data protection shield is shown. On a personal device it must be used through the Trust's sign-in with multi-factor authentication, and outputs containing Named information must not be saved to the device.")
p("5.4 AI features built into software the Trust already licenses (for example the MIS, the learning platform, office or design software) are not Trust-provided tools unless they are listed in 5.2. Until they are listed they are Open tools, even where the software itself is approved to hold Named or Protected information.")
p("5.5 Browser extensions and add-ins that add AI features must not be installed on Trust devices or Trust browser profiles without the approval of IT Services, because they can read Named information in the MIS and email.")
p("5.6 Assistants that staff build or configure themselves (for example custom GPTs, Gems, or scripts and apps using a provider's API) are Open tools unless they run inside a Trust-provided tool. They must not be made available to pupils or parents without the approval of the AI Steering Group.")
p("5.7 Staff may propose a tool for assessment as a Trust-provided or Assured tool by contacting the AI Lead (see section 15). The approval process is in section 11.")

h2("6. Prohibited uses")
p("6.1 Whatever the tool and whatever the information, staff must not use generative AI:")
p("6.1(a) to make, or to be the deciding factor in, a decision about an individual pupil, parent or member of staff, including admissions, exclusions, SEND provision, grades, setting, recruitment and shortlisting, and disciplinary outcomes;")
p("6.1(b) to write, rewrite or summarise a safeguarding record, chronology, referral or child protection concern;")
p("6.1(c) to produce content that is discriminatory, sexual, violent or otherwise unsuitable for a school setting, or photorealistic images of children;")
p("6.1(d) to monitor, profile or predict the behaviour, attainment, attendance or wellbeing of individual pupils or staff, other than through an Assured tool approved for that purpose;")
p("6.1(e) to impersonate another person, or to write in the name of a colleague, parent or pupil without their knowledge and agreement;")
p("6.1(f) to complete training, assessments or qualifications that the member of staff is expected to complete personally, such as safeguarding training, unless the course states that AI use is permitted.")
p("6.2 Pupils' work, even with names removed, must not be entered into any tool that may use it to train or improve its models.")

h2("7. Human check, marking and reports")
p("7.1 All AI output must have a human check before it is used in teaching, sent to anyone or placed on a record. If you cannot spot an error in the subject, do not rely on the output.")
p("7.2 AI-generated teaching materials must be checked for accuracy, age-appropriateness and bias, and must not reproduce copyright material beyond the Trust's licences.")
p("7.3 AI may be used to help draft feedback comments, suggest marks for low-stakes work that is not recorded, or produce model answers, provided the teacher reviews every mark and comment before it reaches the pupil. Marks that are recorded in the MIS, reported to parents or used for statutory teacher assessment must be awarded by the teacher; generative AI must not be used to award them.")
p("7.4 Staff may use a generative AI tool to help draft comments for reports to parents. Drafting must be done either in a Trust-provided tool, or in any tool without names or other Named information (for example using a placeholder such as [Pupil] that is replaced afterwards outside the tool). Every comment must be checked and personalised by a teacher who knows the pupil, and must contain nothing about the pupil that the teacher cannot stand behind. Protected information, such as a pupil's special educational need or medical condition, must not be included in any prompt.")
p("7.5 Letters and emails drafted with AI assistance remain the responsibility of the sender, who must check them as if they had written them personally.")

h2("8. Recording, transcription and meeting tools")
p("8.1 Microsoft Teams transcription and Copilot meeting recap may be used in internal Trust meetings (such as department meetings), provided everyone present is told at the start that the meeting is being transcribed, and the transcript is deleted within 30 days unless it forms part of the formal minutes.")
p("8.2 Transcription and AI summaries must not be used in any meeting about safeguarding or child protection, an individual pupil's SEND provision (including EHC plan annual reviews), or a member of staff's disciplinary, grievance, capability or sickness absence matters, or in any other meeting where Protected information is likely to be discussed.")
p("8.3 AI note-taking services that join a meeting as an attendee or record through a phone app (for example Otter, Fireflies or Read.ai) must not be used for any Trust meeting. If one joins a Trust meeting, the organiser should remove it.")
p("8.4 Recording lessons so that an AI tool can analyse teaching, questioning or pupil talk requires the prior approval of the AI Steering Group.")
p("8.5 The Trust has not yet decided whether transcription or AI summaries may be used in other meetings with parents and carers or with external agencies; see 14.1.")

h2("9. Examinations, coursework and assessed work")
p("9.1 Staff must follow JCQ's instructions and guidance on AI use in assessments and their academy's Examinations Policy. For qualifications that JCQ governs, JCQ's requirements take precedence over this policy.")
p("9.2 Staff must not use generative AI to produce, complete, improve or add to any work that a candidate will submit for a qualification (non-examination assessment, coursework or portfolio evidence), and must not give candidates AI-generated feedback on such work beyond the feedback the awarding body permits.")
p("9.3 A member of staff who suspects that a candidate's submitted work includes unacknowledged AI-generated content must not sign the authentication declaration for it, and must report the concern to the academy's Examinations Officer and the head of centre, who will deal with it under the malpractice procedure.")
p("9.4 AI detection results, including Turnitin's AI writing indicator, are an indication only and must never be the sole basis of an allegation of malpractice. Pupils' work must not be uploaded to any detection service other than Turnitin in the secondary academies.")
p("9.5 Staff may use AI to create practice questions and revision material in the style of an awarding body from published specifications, specimen papers and past papers, which are Open information. Secure assessment material is covered by 4.8.")

h2("10. Images, pupil likeness and synthetic media")
p("10.1 No pupil likeness may be supplied to, or edited by, a generative AI tool, including Trust-provided tools, for any purpose. This includes turning photographs into cartoons or avatars, \"future self\" images for leavers' events, and removing backgrounds or animating photographs with AI features.")
p("10.2 Staff must not create images, video or audio that depict, or could be taken to depict, a real pupil, parent or carer. Synthetic likenesses of members of staff, including avatars and voice clones, are covered by 14.2.")
p("10.3 AI-generated images of fictional people, places and objects may be used in teaching resources and Trust publications, subject to 6.1(c), 7.2 and the labelling rule in 12.1.")

h2("11. Approval, procurement and pupil-facing use")
p("11.1 Any tool that is to process Named or Protected information, be paid for with Trust or academy funds, or be used by pupils must be approved before use. Requests go to the AI Lead; the AI Steering Group decides after a DPIA. Free tools are not exempt.")
p("11.2 Headteachers and budget holders must not buy or subscribe to AI tools outside the Trust's procurement process, including individual subscriptions claimed back through expenses.")
p("11.3 Staff must not ask or require pupils to create accounts on, or log in to, generative AI tools. Staff may demonstrate a generative AI tool to a class from their own screen using Open information only, and must check what the tool produces before it is displayed.")

h2("12. Transparency and labelling")
p("12.1 AI-generated images, audio and video used in any published material, including the website, newsletters, social media and displays, must be labelled \"AI-generated\" close to the content.")
p("12.2 Routine written material (emails, letters, lesson resources and reports) drafted with AI assistance and given a human check does not need a label. Resources uploaded to the Trust's shared curriculum bank that were substantially generated by AI must be tagged \"AI-assisted\".")
p("12.3 Any chatbot or automated assistant that parents, pupils or the public can interact with must state clearly that it is automated, and needs the approval of the AI Steering Group under 11.1.")

h2("13. Training, incidents and compliance")
p("13.1 Before using a Trust-provided tool with Named information, staff must complete the Trust's AI Essentials module on the CPD platform, and must complete the refresher each academic year.")
p("13.2 Anyone who enters Named or Protected information into a tool not allowed for it, or Secure assessment material into any tool, must report it to their academy's DPL (or to the DPO for central staff) straight away and in any case within 24 hours, as a data incident under the Data Protection Policy. Do not delete the conversation until the DPL has advised.")
p("13.3 If AI use raises a safeguarding concern (for example a disclosure noticed in a pupil's work), staff must follow the Child Protection and Safeguarding Policy and tell the Designated Safeguarding Lead without delay.")

h2("14. Matters under review")
p("14.1 Meetings with parents and external agencies. The Trust has not yet decided whether Teams transcription, Copilot meeting recap or other AI summaries may be used in meetings with parents and carers (including virtual parents' evenings) or with external agencies, other than the meetings excluded by 8.2. Until it decides there is no general permission, and any proposal must be referred to the AI Lead.")
p("14.2 Synthetic likeness of staff. Whether members of staff may create an AI avatar or voice clone of themselves, for example to narrate revision or CPD videos, is undecided. Contact the AI Lead before creating one.")
p("14.3 Analysis of pupil data. Using Trust-provided tools to analyse class or cohort attainment, attendance or behaviour data exported from the MIS is awaiting a DPIA. Until the AI Steering Group has approved it, each proposed use needs the prior approval of the DPO.")
p("14.4 Copilot agents and the full Microsoft 365 Copilot licence. Agent features that act on a user's behalf in mailboxes, calendars or files (such as sending replies automatically) are being piloted by the central team only. Wider use will be decided at the end of the pilot; staff outside the pilot must not enable them.")

h2("15. Contacts and review")
p("15.1 The AI Lead (Director of Digital Learning) answers questions about this policy, receives requests to assess tools: ai.lead@brackenholt.org.uk.")
p("15.2 The Data Protection Officer handles DPIAs and data incidents (reported through your academy's DPL): dpo@brackenholt.org.uk.")
p("15.3 Safeguarding concerns go to your academy's Designated Safeguarding Lead; examination and coursework questions to your academy's Examinations Officer.")
p("15.4 IT Services deals with sign-in to Trust-provided tools and requests to install extensions or add-ins.")
p("15.5 The AI Steering Group reviews this policy each year or sooner if guidance changes. Changes are approved by the Audit and Risk Committee.")

h2("Appendix A – Classes of information: examples")
p("A.1 Open: the academy and Trust websites; published policies and Ofsted reports; the national curriculum; awarding body specifications, specimen papers, and past papers and mark schemes once released; newsletters and letters sent to all families; published job adverts.")
p("A.2 Trust-only: draft policies and improvement plans; schemes of work, lesson plans and resources the Trust has not published; internal procedures that name nobody; unpublished budget figures; whole-academy statistics that cannot be linked to any individual.")
p("A.3 Named: class lists and seating plans; marks, reading ages and target grades alongside names; emails to and from parents; references and job applications; incident and behaviour logs that identify pupils; answer scripts with candidate numbers; photographs of pupils or staff.")
p("A.4 Protected: EHC plans, annual review paperwork and educational psychologist reports; safeguarding logs and CPOMS entries; individual healthcare plans, allergy and medication lists; free school meals and pupil premium lists; personal education plans for looked-after children; suspension and exclusion records; staff fit notes, occupational health reports and disciplinary notes.")
p("A.5 Secure assessment material: live examination papers held by the exams office; confidential pre-release material; Trust common assessments and mock papers written by staff before they are sat.")
