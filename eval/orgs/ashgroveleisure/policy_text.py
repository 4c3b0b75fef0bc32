# Single source of the policy text, used for the PDF and the .md original.
TITLE = "Use of Artificial Intelligence (AI) Tools Policy"
FRONT = [
    "Ashgrove Leisure Trust (registered charity no. 1187342)",
    "Version 1.1 - approved by the Finance, Audit and Risk Committee, 14 October 2026",
    "Policy owner: Head of Digital. Next review: October 2027.",
]
SECTIONS = [
("1", "Purpose and scope", [
("1.1", "This policy sets out how employees, casual workers, volunteers, contractors and trustees of Ashgrove Leisure Trust (\"the Trust\") may use artificial intelligence (AI) tools, including generative AI, for Trust work."),
("1.2", "It applies at every Trust site, including our leisure centres, swimming pools, gyms, Ashgrove Playhouse theatre and cafes, and to the sports development programmes we deliver for Ashgrove District Council."),
("1.3", "It applies whenever Trust information is involved, on any device and in any location, including when working from home."),
("1.4", "This policy does not replace the Trust's Data Protection Policy, Safeguarding Policy, Health and Safety Policy, Recruitment Policy or IT Acceptable Use Policy. You must follow those as well."),
("1.5", "Questions about this policy should be sent to the Head of Digital at digital@ashgroveleisure.org.uk."),
]),
("2", "Definitions", [
("2.1", "AI tool means any software that uses artificial intelligence to generate, summarise, translate, transcribe, analyse or edit text, images, audio, video or code, whether it is a separate product (for example a chatbot) or a feature inside other software."),
("2.2", "Approved tool means an AI tool listed in Appendix A, used only for the uses and the kinds of information stated for it there."),
("2.3", "Trust account means a Microsoft 365 account ending @ashgroveleisure.org.uk issued by the Trust. Personal account means any other account, including a free or paid account you set up yourself."),
("2.4", "Published information means information the Trust has already made public or has approved for publication, such as timetables, prices on our website and press releases."),
("2.5", "Internal information means the Trust's unpublished information that does not identify any person, for example draft procedures, internal reports and non-personal figures."),
("2.6", "Confidential Trust information means unpublished commercial or sensitive information, including budgets, unannounced prices, contract and management fee discussions with Ashgrove District Council, tender bids, Board papers and legal matters."),
("2.7", "Personal information means any information that identifies a living person, directly or indirectly, such as members' names and contact details, booking histories, membership numbers, customer complaints and staff details."),
("2.8", "Health information means information about a person's physical or mental health, including health commitment statements and pre-exercise questionnaires (PAR-Q), GP-referral (Exercise on Referral) forms and notes, accident and incident reports, medical conditions and disability information."),
("2.9", "Children's information means any information about a person under 18, including swimming lesson participants' names, ages, stages and progress records, parents' and carers' details, and photographs or video of children."),
("2.10", "HR information means information about employees, casual workers, volunteers or job applicants, including applications, CVs, interview notes, rotas linked to named people, sickness, disciplinary and performance records."),
]),
("3", "Approval first", [
("3.1", "No AI tool may be used for Trust work until the Head of Digital has approved it after a data protection impact assessment (DPIA). The tools approved so far, and what each may be used for, are listed in Appendix A."),
("3.2", "Any AI tool that is not listed in Appendix A is not approved, even if it is free, widely used or recommended by a supplier. Until it has been approved you must not use it for Trust work, including for a trial or a one-off task."),
("3.3", "To ask for a new tool, or a new use of an approved tool, complete the AI Tool Request form on StaffHub. The Head of Digital will decide with the Data Protection Officer once the DPIA is complete."),
("3.4", "An approved tool may only be used for the uses and the kinds of information stated for it in Appendix A. Any other use needs a new approval under clause 3.3."),
("3.5", "New AI features that appear in software the Trust already uses (for example an \"AI assistant\" button added by a supplier update) count as new AI tools. Do not use them until they are added to Appendix A."),
("3.6", "Before using any approved tool you must complete the \"Using AI safely\" e-learning module on StaffHub."),
]),
("4", "Accounts and devices", [
("4.1", "Approved tools must only be used while signed in with your Trust account."),
("4.2", "You must not use a personal account or personal subscription to any AI tool for Trust work, even if the Trust has approved the business version of the same tool."),
("4.3", "You may use Microsoft 365 Copilot Chat on a personal phone, tablet or home computer only through the Microsoft 365 app or web portal, signed in with your Trust account. You must not save or download Trust information or AI outputs about Trust work to a personal device."),
("4.4", "You must not install AI apps, plug-ins or browser extensions on Trust devices, or connect AI tools to Trust systems, unless the Head of Digital has approved them."),
]),
("5", "What information you may use", [
("5.1", "Published information may be used with any approved tool, within that tool's approved uses."),
("5.2", "Internal information and confidential Trust information may only be used with a tool that Appendix A approves for that kind of information. Confidential Trust information is subject to the extra limits in clause 17.2."),
("5.3", "You must not enter personal information into any AI tool unless Appendix A expressly approves that tool for personal information, and then only for the stated use."),
("5.4", "Health information must never be entered into any AI tool. This includes PAR-Q and health commitment forms, GP-referral forms, instructors' notes about medical conditions, injury and accident reports, and information about a member's disability."),
("5.5", "Children's information must never be entered into any AI tool."),
("5.6", "HR information must never be entered into any AI tool, except meeting transcripts created under clause 14.1."),
("5.7", "Payment card details, bank details, passwords and access codes must never be entered into any AI tool."),
("5.8", "Removing a name does not make information anonymous if the person could still be identified, for example from a rare condition, a small class or a description such as \"the lifeguard who fell at Riverside last week\". If you are not sure, treat the information as personal information."),
]),
("6", "Checking AI output", [
("6.1", "You are responsible for anything you produce with the help of an AI tool. Check all output for accuracy, bias, tone and copyright before you use or share it."),
("6.2", "AI tools can produce confident but wrong answers. Do not rely on AI output as the only source of any fact, figure, rule or legal or health statement."),
]),
("7", "Health, fitness and GP-referral information", [
("7.1", "AI tools must not be used to assess a member's health questionnaire, decide whether anyone is fit to take part in an activity, or recommend changes to exercise because of a person's medical condition."),
("7.2", "Exercise on Referral instructors must not use AI tools to design programmes for individual referred clients, or to write reports or letters to GPs or other referrers."),
("7.3", "Staff may use Microsoft 365 Copilot Chat to draft general materials that identify no one, such as a leaflet on the benefits of being active or a template plan for a general low-impact class. A qualified instructor must review the material before it is used."),
("7.4", "AI tools must not be used to give medical, injury, nutrition or clinical advice to members or customers."),
]),
("8", "Children and swimming lessons", [
("8.1", "AI tools must not be used to assess a child's swimming ability, decide whether a child moves up a stage or receives a badge, write progress reports about named children, or write to parents or carers about an individual child."),
("8.2", "Swimming teachers and coaches may use Microsoft 365 Copilot Chat to draft general lesson plans, games and activity ideas for a stage or age group, provided no child is identified and a qualified swimming teacher reviews the plan before it is used."),
("8.3", "Safeguarding concerns must never be recorded, summarised or discussed with any AI tool. Follow the Safeguarding Policy and report concerns to the Designated Safeguarding Lead."),
]),
("9", "Images, video and audio of real people", [
("9.1", "You must not upload photographs, video or audio recordings of real people, including members, customers, children, staff and performers, into any AI tool. This includes using AI to edit, enhance, crop, remove backgrounds from or caption them."),
("9.2", "You must not use AI tools to create or alter images, video or audio that show, or imitate the face or voice of, a real identifiable person."),
("9.3", "CCTV footage and images from body-worn or entrance cameras must never be put into any AI tool."),
("9.4", "Illustrative images that do not show real people may be created only with a tool Appendix A approves for image generation, and must be labelled under clause 12.2 when published."),
]),
("10", "Safety-critical work", [
("10.1", "AI tools must not be used to write, change or make decisions about safety-critical arrangements. These include the Pool Safety Operating Procedures (Normal Operating Procedure and Emergency Action Plan), lifeguard rotas, lifeguard positions and supervision ratios, pool chemical handling and dosing, COSHH assessments, plant room procedures, risk assessments, fire evacuation plans and first aid arrangements."),
("10.2", "AI output must not be relied on for any decision that affects the safety of people, such as water quality readings, bather loads, or whether to open or close a pool."),
("10.3", "You may use Microsoft 365 Copilot Chat to make the wording of a safety notice or poster clearer, provided the text has already been approved by the Duty Manager or the Health and Safety Manager, the meaning is not changed, and they approve the final wording before it is displayed."),
]),
("11", "Recruitment and employment", [
("11.1", "AI tools must not be used to screen, shortlist, score, rank or reject job applicants, including casual staff, lifeguards and swimming teachers, or to make or recommend decisions about anyone's pay, hours, discipline or performance."),
("11.2", "Microsoft 365 Copilot Chat may be used to draft job adverts, role profiles and general interview questions from information that identifies no one. The hiring manager must check the draft for accuracy and inclusive language and follow the Recruitment Policy."),
("11.3", "Application forms, CVs, references, interview notes and right-to-work documents must never be entered into any AI tool."),
("11.4", "The Trust has not yet decided whether job applicants may use AI tools to help complete application forms or online assessments, or what to do if they have. Until a decision is published, refer any question about this to the HR Manager."),
]),
("12", "Marketing, communications and labelling", [
("12.1", "Microsoft 365 Copilot Chat may be used to draft marketing copy, social media posts, website text, newsletters and show descriptions for the Playhouse, using published or internal information only. A member of the Marketing team must review the content before it is published."),
("12.2", "Published images, video and audio that were wholly or mainly generated by AI must be labelled \"Created with the help of AI\". Text that staff wrote and then checked or reworded with AI does not need a label."),
("12.3", "You must not use AI to write reviews, testimonials or quotes and present them as coming from real members, customers or audiences."),
("12.4", "You must not use AI to target or personalise marketing to individual members using their personal information, such as attendance records, age or health information."),
("12.5", "The Trust has not yet decided whether synthetic AI voices (voices that do not imitate a real person) may be used for voiceovers in adverts, videos or public announcements. Until a decision is published, ask the Head of Digital before any such use."),
]),
("13", "Decisions about people and automated actions", [
("13.1", "AI tools must not be used to make or recommend decisions about individual people, such as membership applications, concession eligibility, refunds, suspensions or bans, or the outcome of complaints."),
("13.2", "Staff may use Microsoft 365 Copilot Chat to draft general template letters and replies that identify no one. Replies to an individual customer or member must not be drafted by entering their details or their message into an AI tool."),
("13.3", "No AI chatbot or virtual assistant may be used to answer customers on the Trust's website, app, social media or phone lines unless it has been approved under section 3 and by the Chief Executive."),
("13.4", "AI tools must not be allowed to act automatically in Trust systems, for example sending emails, making or cancelling bookings, changing prices or issuing refunds, without a person checking and approving each action."),
]),
("14", "Meetings, recording and transcription", [
("14.1", "Teams Premium intelligent recap and transcription may be used only in internal meetings of Trust staff, and only if everyone attending is told at the start that the meeting will be transcribed and nobody objects."),
("14.2", "AI recap and transcription must not be used in disciplinary, grievance, sickness absence or return-to-work meetings, safeguarding discussions, or meetings about an individual member or customer."),
("14.3", "The Trust has not yet decided whether AI recap and transcription may be used in meetings with Ashgrove District Council officers or other partner organisations. Until a decision is published, ask the Head of Digital before each such meeting."),
("14.4", "Third-party AI note-takers and meeting bots (for example Otter.ai, Fireflies or Read.ai) are not approved and must not be used in or invited to any Trust meeting."),
]),
("15", "Translation and accessibility", [
("15.1", "Microsoft 365 Copilot Chat may be used to translate published or internal information, such as timetables, leaflets and signage, into other languages. A fluent speaker must check any translated pool rules or safety information before it is displayed."),
("15.2", "You must not use AI tools to translate messages to or from an individual member or customer if they contain personal information."),
("15.3", "If you need an assistive AI tool as a reasonable adjustment, speak to your manager and HR. The tool must still be approved under section 3 before you use it for Trust work."),
]),
("16", "Spreadsheets, automation and code", [
("16.1", "Microsoft 365 Copilot Chat may be used to help write spreadsheet formulas, Power Automate flows and small scripts, using made-up or non-personal example data. Anything that will run against live Trust systems must be tested and checked by the IT team first."),
("16.2", "You must not paste passwords, API keys, system settings or any extract from the membership, booking or till systems into an AI tool."),
]),
("17", "Legal, contracts and procurement", [
("17.1", "AI tools must not be used to obtain legal advice or to interpret contracts, leases, licences (including premises and performance licences) or the management agreement with Ashgrove District Council. Refer legal questions to the Company Secretary."),
("17.2", "AI tools must not be used to evaluate or score supplier quotes or tenders, and suppliers' bids and pricing must never be entered into any AI tool."),
("17.3", "Microsoft 365 Copilot Chat may be used to draft a specification or invitation to quote from information that is not confidential. The Finance Manager must review it before it is issued."),
("17.4", "Microsoft 365 Copilot Chat may be used to help draft funding applications, for example to Sport England or arts funders, using published and internal information. You must also follow the funder's own rules on the use of AI."),
]),
("18", "Mistakes, incidents and concerns", [
("18.1", "If personal, health, children's or HR information, or confidential Trust information, is entered into an AI tool by mistake, or any Trust information is entered into a tool that is not approved, report it straight away, and within 24 hours at the latest, to the Data Protection Officer at dpo@ashgroveleisure.org.uk and tell your line manager. Do not delete the conversation until the Data Protection Officer has advised you."),
("18.2", "Report AI output that is offensive, harmful or could affect anyone's safety to the Head of Digital."),
("18.3", "Breaking this policy may lead to action under the Trust's Disciplinary Procedure."),
]),
("19", "Roles, training and review", [
("19.1", "The Head of Digital owns this policy, maintains Appendix A and decides on tool requests. The Data Protection Officer advises on DPIAs and data incidents. The Finance, Audit and Risk Committee of the Board oversees the policy."),
("19.2", "This policy is reviewed every year. The Head of Digital may update Appendix A at any time when a tool is approved or withdrawn; the current version is on StaffHub."),
]),
]
APPENDIX_TITLE = "Appendix A - Approved AI tools"
APPENDIX_INTRO = "Only the tools and uses in this appendix are approved. Everything else needs approval under section 3."
APPENDIX = [
("A.1", "Microsoft 365 Copilot Chat (signed in with a Trust account, showing the green shield \"protected\" symbol). Approved for published information, internal information and confidential Trust information, subject to clause 17.2. Not approved for personal, health, children's or HR information. May be used to generate illustrative images that do not show real people."),
("A.2", "Teams Premium intelligent recap and transcription. Approved only for internal meetings of Trust staff, under clauses 14.1 and 14.2."),
("A.3", "LeisureHub booking system - Smart Timetable (AI features). Approved for timetable planning only: proposing class, activity and pool programme timetables (for example lane swimming and public sessions) from total attendance figures. Not approved for staff or lifeguard rotas, messages to members, pricing, or any feature that profiles or predicts the behaviour of individual members (such as \"members at risk of leaving\")."),
("A.4", "Canva (Trust team account). Approved as a design tool only. Its AI features (including Magic Studio, Magic Write, Magic Media and background remover) are not approved."),
("A.5", "The following are not approved for Trust work: ChatGPT, Google Gemini, Claude, Meta AI, DeepSeek, Microsoft 365 Copilot inside Word, Excel, Outlook and Teams (the paid licence, which is being assessed in a pilot), Grammarly's AI features, Midjourney, Otter.ai and GitHub Copilot."),
]
