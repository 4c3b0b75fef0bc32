"""Kilnworth District Council GenAI policy: the single source text.

Blocks: ("title", text) | ("meta", text) | ("table", rows) | ("h1", text) |
("h2", text) [unnumbered sub-heading] | ("p", text) | ("item", text) [bare (a) line].
"""

TITLE = "Use of Generative Artificial Intelligence Policy"

META = [
    "Kilnworth District Council",
    "Classification: OPEN",
]

VERSION_TABLE = [
    ["Version", "Date", "Author", "Summary of changes"],
    ["1.0", "June 2024", "Head of Digital and Customer Services", "First policy, Copilot Chat only"],
    ["1.2", "March 2025", "Information Governance Manager", "Notewise added for Revenues and Benefits and Housing Needs"],
    ["1.3", "January 2026", "Head of Digital and Customer Services", "Meetings, images and matters under review updated; approved by Corporate Leadership Team 14 January 2026"],
]

META_AFTER = [
    "Policy owner: Head of Digital and Customer Services. Approved by: Corporate Leadership Team. Next review: July 2026.",
]

B = []
def h1(t): B.append(("h1", t))
def h2(t): B.append(("h2", t))
def p(t): B.append(("p", t))
def item(t): B.append(("item", t))

h1("1. Introduction and purpose")
p("1.1 Kilnworth District Council (\u201cthe Council\u201d) wants its staff to use generative artificial intelligence where it helps them serve residents, and to do so safely, lawfully and in a way that keeps the public\u2019s trust.")
p("1.2 This policy sets out which generative AI tools may be used for Council work, what information may be put into them, what they must not be used for, and who to ask when the answer is not clear.")
p("1.3 Generative AI is changing quickly and this policy will change with it. It will be reviewed at least every six months, and sooner where the law, national guidance or the Council\u2019s technology changes. The current version is always the one published on Kilnet, the Council\u2019s intranet.")
p("1.4 This policy should be read alongside the Council\u2019s Information Security Policy, Data Protection Policy and Code of Conduct for Employees.")

h1("2. Scope")
p("2.1 This policy applies to all employees of the Council, agency and temporary workers, apprentices, volunteers, and contractors and consultants who carry out work on the Council\u2019s behalf or who have access to Council information (together, \u201cusers\u201d).")
p("2.2 It applies whenever Council work is done, whether on a Council-issued device or a personal device, and whether in a Council building, at home or elsewhere.")
p("2.3 It covers generative AI used as a standalone service and generative AI features built into other software, apps, websites, browsers and devices.")
p("2.4 Elected Members of the Council are not covered by this policy. The position for Members is set out in paragraph 15.1.")
p("2.5 This policy does not cover automated systems that do not generate content, such as rules-based workflows or email spam filtering.")

h1("3. Definitions")
p("3.1 Generative AI (\u201cAI\u201d in this policy) means software that produces text, images, audio, video, code or other content in response to a prompt or a recording. It includes chatbots, image generators, AI transcription services and AI features inside other products.")
p("3.2 Approved Tool means a generative AI tool named in paragraph 4.2. No other tool is an Approved Tool, whatever its name, licence or cost.")
p("3.3 Council Account means the user\u2019s @kilnworth.gov.uk Microsoft 365 account, signed in through the Council\u2019s single sign-on.")
p("3.4 OPEN information is information the Council has already published or which has been written in order to be published, such as web pages, published committee reports, press releases and public notices.")
p("3.5 INTERNAL information is the Council\u2019s own unpublished information that does not identify any living person, such as draft strategies, internal procedures, service plans, budget working that is not yet public, and anonymous statistics.")
p("3.6 A Resident Record is any information that identifies, or could be used with other information to identify, a resident, customer, tenant, claimant, applicant, business owner or other member of the public. It includes names with addresses, case and account references, council tax and benefit details, complaint details and correspondence.")
p("3.7 People Data is any information about an identifiable employee, worker, job applicant or volunteer that is held for employment purposes, including recruitment, sickness absence, grievance, disciplinary, capability, pay and appraisal information.")
p("3.8 Sensitive Casework is any Resident Record or People Data that reveals a person\u2019s physical or mental health, disability, racial or ethnic origin, religion or belief, sexual orientation, trade union membership, or criminal allegations, offences or convictions, together with any information about safeguarding or about a child.")
p("3.9 Restricted Business means: items of Council, Cabinet or committee business that are exempt from publication under Schedule 12A to the Local Government Act 1972 (often called \u201cPart 2\u201d items or \u201cpink papers\u201d); legal advice and other legally privileged material; bids, quotations and prices received in a procurement that has not concluded; and any information given to the Council on condition that it is kept confidential.")
p("3.10 Digital Likeness means an image, video, animation or synthetic voice that depicts or imitates a real, identifiable person.")
p("3.11 Human Checker means the person responsible for reviewing AI output before it is used, as described in section 8.")
p("3.12 The Digital Assurance Board (\u201cDAB\u201d) is the officer group, chaired by the Senior Information Risk Owner, that approves new technology and data protection impact assessments and decides exceptions to this policy.")

h1("4. Approved tools")
p("4.1 The Council allows generative AI to be used only through tools that it has assessed, contracted for and configured to protect Council information.")
p("4.2 The Approved Tools are Microsoft 365 Copilot Chat, used in a web browser, in the Microsoft 365 app or in Microsoft Teams while signed in with a Council Account so that the green shield \u201cProtected\u201d symbol is shown; and Notewise, the conversation transcription and summarising service licensed to the Revenues and Benefits and Housing Needs services, used only by licensed users for the purpose described in section 9. No other generative AI tool, service, app, browser extension, plug-in or built-in feature may be used for Council work, whether it is free or paid for, and whether it is reached on a Council device or a personal one.")
p("4.3 Copilot Chat signed in with a personal Microsoft account, the consumer Copilot app supplied with Windows or with a phone, and any personal or free subscription to an AI service are not Approved Tools, even where they carry the same or a similar name.")
p("4.4 Copilot Chat may be used on a personal smartphone or tablet only through the Microsoft 365 or Teams app installed under the Council\u2019s mobile device management arrangements and signed in with a Council Account. It must not be used through a browser or browser profile on a personal computer.")
p("4.5 Where software the Council already uses gains a generative AI feature, for example through a supplier update, that feature is not an Approved Tool and must not be used until it has been approved under section 12, even if the supplier has switched it on by default. Users who notice such a feature should tell the ICT Service Desk.")
p("4.6 Users must not build, connect to or use AI models through application programming interfaces (APIs), developer platforms or code libraries for Council work, except as part of a project approved by the DAB.")
p("4.7 Using a tool other than an Approved Tool for Council work is a breach of this policy and may be dealt with under the Council\u2019s disciplinary procedure.")
p("4.8 This policy does not restrict what users do in their own time for their own purposes, provided no Council information and no Council device is involved.")

h1("5. Using Copilot Chat")
p("5.1 Subject to the rest of this policy, users are encouraged to use Copilot Chat for everyday work such as drafting and improving emails, letters and reports; summarising long documents; producing first drafts of web pages, newsletters and social media posts; explaining legislation, guidance or technical terms; generating ideas and agenda items; rewriting text in plain English; and creating spreadsheet formulas and document templates.")
p("5.2 Copilot Chat may search the public web to answer a prompt. Answers drawn from the web must be treated as unverified until checked against the original source.")
p("5.3 Copilot Chat may be given documents stored in the Council\u2019s OneDrive or SharePoint, provided the document holds only information that section 6 allows.")
p("5.4 Copilot Chat may be used to translate OPEN or INTERNAL text, such as a leaflet or a standard letter template, into another language, provided the translation is checked by a fluent speaker before it is sent or published. It must not be used to translate statutory notices, legal documents or enforcement correspondence.")

h1("6. What information may be used")
p("6.1 Users may enter OPEN and INTERNAL information into Copilot Chat.")
p("6.2 Users must not enter Resident Records, People Data or Sensitive Casework into Copilot Chat. Before using Copilot Chat with any text taken from a case, users must remove names, addresses, dates of birth, reference numbers and any other detail that could identify the person; text may be used only if what is left is INTERNAL information. Text that would still reveal Sensitive Casework about someone who could be recognised must not be used at all.")
p("6.3 The names, job titles and work contact details of Council staff, councillors and officers of partner organisations, used in their work capacity (for example in drafting a meeting note, an email or a project plan), may be entered into Copilot Chat. This does not extend to People Data.")
p("6.4 Restricted Business must not be entered into any Approved Tool until it has been published or the restriction has ended.")
p("6.5 Passwords, access codes, security settings, network and system configuration, and information about the Council\u2019s cyber defences must never be entered into any Approved Tool.")
p("6.6 Information received from another organisation, such as a government department, the police or the county council, may be entered into Copilot Chat only if it is OPEN or INTERNAL information under this policy and the organisation that supplied it has not limited its further use.")
p("6.7 Notewise may process Resident Records and Sensitive Casework only within the limits set out in section 9.")
p("6.8 Users who are not sure which kind of information they hold should treat it as the more sensitive kind and ask the Information Governance Team before going further.")

h1("7. Prohibited uses")
p("7.1 AI output must not be the basis, on its own, of any decision that affects a person\u2019s rights, entitlements, liabilities or access to services. This includes decisions on housing benefit and council tax reduction, housing register applications and banding, homelessness duties, licences, planning and enforcement, penalty notices and debt recovery.")
p("7.2 AI must not be used to rank, score, sift or shortlist applicants for jobs, grants, funding or housing, or to evaluate tenders and quotations.")
p("7.3 AI must not be used to produce content that is intended to mislead, that impersonates a real person or organisation, or that could reasonably be taken as an official communication from someone who has not approved it.")
p("7.4 AI must not be used to monitor, profile or assess the performance, conduct or wellbeing of individual members of staff.")
p("7.5 AI must not be used to write or alter scripts, macros, queries or code that will run on Council systems or process Council data unless the ICT Development Team has reviewed and approved the code before it is run. Spreadsheet formulas produced under paragraph 5.1 are not code for this purpose.")
p("7.6 AI must not be used to create material for party-political purposes, or material that could breach the Code of Recommended Practice on Local Authority Publicity, particularly during a pre-election period.")
p("7.7 AI must not be used to produce legal documents, statutory notices or contracts unless the final text is written or approved by Legal Services.")

h1("8. Human review and accountability")
p("8.1 Every piece of AI output used for Council work must be reviewed by a Human Checker before it is used, sent or published. The Human Checker is the user who prompted the tool unless their manager names someone else.")
p("8.2 The Human Checker must make sure the output is accurate, complete, up to date, free from bias and discriminatory language and consistent with Council policy, and must check any facts, figures, references and legal citations against the original source.")
p("8.3 The user who uses AI output remains responsible for it as if they had written it themselves.")
p("8.4 AI output must not be sent to residents or published automatically. A person must read and approve each message or item before it goes out.")
p("8.5 Copilot Chat can give answers that sound convincing but are wrong. It must not be relied upon as a source of legal, financial or professional advice.")

h1("9. Recording, transcription and meeting notes")
p("9.1 AI note-taking bots and AI transcription or summarising services other than Notewise, including tools that join a video call as an extra participant and phone apps that record and summarise conversations, must not be used in any meeting or conversation about Council business.")
p("9.2 Where an external organisation hosting a meeting uses an AI note-taker, users should ask at the start whether it can be switched off. If it stays on, users must not share Restricted Business, Resident Records or Sensitive Casework in that meeting, and should tell the Information Governance Team afterwards.")
p("9.3 The recording and transcription functions built into Microsoft Teams may be used for internal meetings in line with the Council\u2019s Teams Recording Guidance, provided everyone present is told at the start. A Teams transcript may then be summarised in Copilot Chat only if the meeting contained no Resident Records, People Data, Sensitive Casework or Restricted Business.")
h2("Notewise")
p("9.4 Notewise may be used only by staff in the Revenues and Benefits and Housing Needs services who hold a Notewise licence, to record, transcribe and summarise interviews and telephone calls with residents about their claim, application or housing situation.")
p("9.5 At the start of each Notewise session the user must tell the resident that the conversation will be recorded and summarised by an AI tool and why, and must offer to take notes by hand instead. If the resident does not agree, Notewise must not be used.")
p("9.6 Notewise must not be used for any conversation with or about a child under 18, for any conversation in which a safeguarding concern is raised, or for interviews under caution. If a safeguarding concern is raised during a session, the user must stop the recording.")
p("9.7 The Notewise summary must be checked and corrected by the user before it is saved to the case management system. Audio and transcripts are deleted automatically after 30 days; the checked summary is the record.")
h2("Formal meetings")
p("9.8 AI must not be used to prepare the minutes or decision notices of meetings of the Council, Cabinet, committees or sub-committees.")

h1("10. Transparency and labelling")
p("10.1 The Council is open about its use of AI. If asked, users must not claim or suggest that content produced with AI was written entirely by a person.")
p("10.2 Any document published by the Council, and any report to the Council, Cabinet or a committee, in which a substantial part of the text was generated by AI must include the statement: \u201cParts of this document were drafted using AI and checked by Council officers.\u201d")
p("10.3 Routine correspondence, emails and internal documents drafted with Copilot Chat and checked under section 8 do not need to carry a statement.")
p("10.4 Any AI-generated image, audio or video used by the Council, internally or externally, must be labelled as AI-generated wherever it is shown.")
p("10.5 Prompts and outputs created for Council work are Council records. They may have to be disclosed under the Freedom of Information Act 2000 or data protection law, and must be kept or deleted in line with the Records Retention Schedule. Outputs that are used must be saved in the normal place, not left only in the tool\u2019s history.")

h1("11. Images, audio and likeness")
p("11.1 Copilot Chat may be used to create illustrations, icons and diagrams for internal presentations, training material and intranet pages.")
p("11.2 AI-generated images for external publications, the Council\u2019s website or its social media accounts must be approved by the Communications Team before use.")
p("11.3 Users must not create a Digital Likeness of any real person, including colleagues, councillors and residents, whether or not that person agrees, and must not upload photographs of people to an Approved Tool to be edited or animated.")
p("11.4 AI must not be used to create realistic images of places, events or developments in the district, such as a proposed building, a fly-tipping scene or a flood, that could be mistaken for a photograph, except for planning and regeneration visualisations commissioned through the Communications Team and labelled under paragraph 10.4.")
p("11.5 Synthetic voices must not be used in Council telephone systems, videos or announcements without the approval of the DAB.")

h1("12. Buying and introducing AI")
p("12.1 Any proposal to buy, trial, develop or switch on a product or feature that uses generative AI must be referred to the DAB before any commitment is made, and must have a data protection impact assessment approved by the Data Protection Officer.")
p("12.2 Users must not accept free trials, pilot offers or early access to AI features from suppliers for Council work.")
p("12.3 Contractors and consultants must tell the Council in advance if they intend to use generative AI in work for the Council, and must not put Council information into any AI tool without the Council\u2019s written agreement.")
p("12.4 Requests to add a tool to paragraph 4.2 are made through the AI request form on Kilnet and decided by the DAB. Until a request is approved, the tool must not be used.")

h1("13. Training")
p("13.1 Before using Copilot Chat, users must complete the \u201cAI at Kilnworth\u201d e-learning module on the Learning Hub, and must repeat it every 12 months.")
p("13.2 Notewise users must also complete the Notewise user training given by the Revenues and Benefits Systems Team before their licence is activated.")
p("13.3 Managers are responsible for making sure their staff have completed the training and understand this policy.")

h1("14. Incidents and breaches")
p("14.1 If Council information has been entered into a tool that is not an Approved Tool, or into an Approved Tool in breach of section 6, the user must report it to the Information Governance Team as an information security incident straight away, and in any case within 24 hours, using the incident form on Kilnet.")
p("14.2 Users must also report AI output that is offensive or discriminatory or that appears to reveal someone else\u2019s information, and any suspected AI-generated phishing or impersonation of the Council.")
p("14.3 Users should not delete evidence, contact the supplier or try to put things right themselves before reporting, other than to stop any further sharing.")

h1("15. Matters under review")
p("15.1 The use of AI by elected Members in their role as councillors, including casework for residents, is not yet covered by any Council policy. A Members\u2019 protocol is being prepared by Democratic Services for the Standards Committee. Until it is agreed, questions about Members\u2019 use of AI should be referred to the Monitoring Officer.")
p("15.2 The Council has not decided whether AI may be used to help analyse responses to public consultations or representations on planning applications. Any proposal to do so must be referred to the DAB, which will decide each case until a position is agreed.")
p("15.3 Some assistive technology used as a reasonable adjustment, such as dictation, reading and writing support software, now includes generative AI features. The Council has not yet decided how this policy applies to such software. Users affected should raise their circumstances with HR, and the DAB will consider each case.")
p("15.4 Microsoft 365 Copilot, the licensed version that can work across a user\u2019s email, calendar, Teams chats and files, is being piloted by a small group in ICT and the Policy Team. No decision has been taken on wider roll-out, or on whether it may be used with Resident Records. Licences are not available outside the pilot.")
p("15.5 The Council has not yet decided whether users may create Copilot agents, including agents that draw on SharePoint sites. Requests should be sent to the AI Governance mailbox for the DAB to consider.")

h1("16. Contacts")
p("16.1 Questions about this policy, or about whether a particular use is allowed: the AI Governance mailbox, aigovernance@kilnworth.gov.uk.")
p("16.2 Data protection, information classification and incident reporting: the Information Governance Team, infogov@kilnworth.gov.uk, who can also put users in touch with the Data Protection Officer.")
p("16.3 Access to Copilot Chat, Council Accounts and technical problems: the ICT Service Desk on extension 4400 or through the self-service portal on Kilnet.")
p("16.4 Notewise licences and training: the Revenues and Benefits Systems Team.")
p("16.5 AI-generated images, labelling and publication: the Communications Team.")
p("16.6 Members\u2019 use of AI: the Monitoring Officer.")

B.append(("appendix", "Appendix A \u2013 Quick examples"))
p("A.1 Allowed: asking Copilot Chat to turn a published committee report into a plain-English summary for the website.")
p("A.2 Allowed with care: asking Copilot Chat to draft a reply to a complaint from a description of the issue with the resident\u2019s name, address and reference removed, then checking the draft before sending it.")
p("A.3 Not allowed: pasting a housing applicant\u2019s medical evidence into Copilot Chat to summarise it.")
p("A.4 Not allowed: using a free AI website to improve the wording of a Part 2 report.")
p("A.5 Not allowed: asking any AI tool which job applicants should be invited to interview.")

BLOCKS = B
