# Source text of the Redwater Valley Combined Authority GenAI policy.
# Lines: "# N. Heading" = numbered section heading; "N.M text" = numbered clause;
# "- text" = bullet belonging to the clause above; other lines = plain paragraph.

TITLE = "Redwater Valley Combined Authority"
SUBTITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
META = [
    ("Document owner", "Head of Digital Services"),
    ("Approved by", "Digital and Data Governance Group, on behalf of the Chief Executive"),
    ("Applies to", "All staff, the Mayor's Office, the Policing and Crime Team, agency workers, secondees and contractors"),
    ("Classification", "Open - may be published"),
]
VERSIONS = [
    ("Version", "Date", "Summary of change"),
    ("0.3", "June 2025", "Consultation draft shared with Leadership Team and trade unions"),
    ("1.0", "September 2025", "First approved version"),
    ("1.1", "October 2026", "ClearCaption added as a Permitted Tool; pre-election section rewritten; matters not yet decided updated"),
]

BODY = r"""
# 1. Purpose
1.1 This policy sets out how people working for Redwater Valley Combined Authority ("the Authority") may use generative artificial intelligence when carrying out Authority business. It is intended to let colleagues benefit from these tools while protecting residents, learners, passengers, partners and the reputation of the Mayor and the Authority.
1.2 The Authority handles a wide range of information: bus franchising and network data, Adult Skills Fund allocations, housing and regeneration investment proposals, economic strategy, and the Mayor's policing and crime responsibilities. Some of this information is commercially sensitive or relates to vulnerable people, and much of our work is politically visible. This policy should be read alongside the Information Security Policy, the Data Protection Policy, the Social Media Policy and the Officer Code of Conduct.
1.3 Generative AI changes quickly. This policy will be reviewed at least once a year and sooner where the law, national guidance or the tools themselves change.

# 2. Scope
2.1 This policy applies to all employees of the Authority, staff of the Mayor's Office, the Policing and Crime Team, agency workers, secondees, volunteers, consultants and contractors who have access to Authority systems or information (together, "staff").
2.2 It applies to any use of generative AI for Authority business, whether on an Authority-issued device or on any other device, and whether inside or outside working hours.
2.3 The Mayor and Portfolio Leads are not employees and are governed by the Members' Code of Conduct, but they are asked to follow this policy and their support staff must do so.
2.4 This policy covers generative AI only. Other automated systems, such as real-time bus arrival prediction, traffic signal optimisation or automatic number plate recognition operated by partners, are governed by the Information Security Policy and their own data protection impact assessments.

# 3. Definitions
3.1 Generative AI means software that produces new text, images, audio, video, code or other content in response to a prompt, including chatbots, writing assistants, image generators, voice tools and AI features built into other products.
3.2 A Permitted Tool is one of the three tools named in section 5, used in the way section 5 describes. Nothing else is a Permitted Tool, whatever its name or however it is reached.
3.3 The Accountable Officer is the member of staff who asks a Permitted Tool to produce content, or who uses that content in their work. The Accountable Officer remains fully responsible for the content as if they had written it themselves.
3.4 Open Information is information the Authority has already published or that has been approved for publication, such as Board papers in the public part of the agenda, published strategies and press releases.
3.5 Authority Internal Information is the Authority's own unpublished information that does not identify any individual, for example draft reports, internal procedures, project plans and non-personal performance figures.
3.6 Personal Information is any information from which a living person can be identified, directly or indirectly, including names alongside circumstances, addresses, contact details, learner or passenger records, smartcard journey histories, case references, photographs and staff records.
3.7 Protected Information is the most sensitive category. It includes health and disability information, ethnicity, religion, sexual orientation, trade union membership, information about criminal offences or allegations, victims and witnesses, anything received from Redwater Valley Police or other criminal justice partners, safeguarding concerns, information about anyone under 18 or about care leavers, and staff case files (discipline, grievance, sickness absence and capability).
3.8 Commercial-in-Confidence Information means any tender, bid, quotation, funding or grant application, business case, pricing, financial model or business plan provided to the Authority by a third party, any data supplied by a bus operator, and the Authority's own evaluation notes, negotiation positions and pre-award correspondence.
3.9 Synthetic Likeness means any image, video or audio made or altered using generative AI that shows, imitates or could reasonably be taken to be a real, identifiable person, including their face, body or voice.
3.10 The Sensitive Period means the period from the publication of the notice of a mayoral, local or Police and Crime-related election (or referendum) in any part of the Authority's area until the close of poll.
3.11 DDGG means the Digital and Data Governance Group, chaired by the Head of Digital Services, with the Data Protection Officer, the Monitoring Officer, the Head of Commercial and the Head of Communications as members.
3.12 A Funding Decision is any decision, recommendation or assessment that determines whether an organisation or person receives money from the Authority, how much, or on what terms, including Adult Skills Fund allocations, Housing Investment Fund loans, Brownfield and regeneration grants, bus service support payments and business support grants.

# 4. Key principles
4.1 Use a Permitted Tool only where it helps you do your job better and where a reasonable resident would think its use appropriate.
4.2 People make decisions; tools do not. Generative AI may help you prepare, but every judgement, recommendation and decision belongs to a named officer.
4.3 Put into a tool only the information this policy allows for that tool. If you are not sure which category information falls into, treat it as the more sensitive category and ask.
4.4 Be honest about where AI has been used, as described in section 9.

# 5. Tools you may use
5.1 Only the three tools named in this section may be used for Authority business. No other generative AI tool, website, app, plug-in or feature may be used for Authority business, including with Open Information, unless the DDGG has approved it and this policy has been updated.
5.2 Microsoft Copilot Chat may be used by all staff, provided they sign in with their Authority Microsoft 365 account and the green shield showing enterprise data protection is visible. It can be reached through the Microsoft 365 app, the Edge browser sidebar or Microsoft Teams on an Authority-managed device.
5.3 Copilot Chat may also be used on a personal phone or tablet only through the Microsoft 365 app on a device enrolled in the Authority's Work Anywhere scheme, signed in with the Authority account. Copilot used through a personal Microsoft account, the consumer Copilot app, or any other sign-in is not a Permitted Tool.
5.4 The paid Microsoft 365 Copilot licence, which works inside Word, Excel, Outlook, PowerPoint and Teams meetings, and Copilot Studio agents are not part of Copilot Chat and are not Permitted Tools (see section 17).
5.5 TransitSim Assist is the modelling assistant built into the Authority's strategic transport model. It may be used only by members of the Transport Modelling and Analytics Team who have completed the supplier's training, on the Authority-hosted instance, to set up model runs, explain outputs and draft technical notes.
5.6 ClearCaption is the Authority's live captioning and transcription service. It may be used by any member of staff to caption and transcribe meetings and webcasts in line with section 10, and by colleagues with an agreed workplace adjustment as described in paragraph 10.4.
5.7 Other staff who would benefit from TransitSim Assist or who need a generative AI tool not named here must ask the DDGG through the AI Request form on Valley Hub. Until approval is given and published the answer is no.

# 6. What information may go in
6.1 Copilot Chat may be used with Open Information and Authority Internal Information.
6.2 Copilot Chat may be used with Personal Information only where it is limited to the names, job titles and work contact details of colleagues or of staff at partner organisations, as needed for routine business such as drafting an email or a meeting note. It must not be used with Personal Information about residents, learners, passengers, applicants, complainants or job candidates.
6.3 Protected Information must not be entered into, uploaded to, or made available to any generative AI tool, including the Permitted Tools. The only exception is live captioning under paragraph 10.4.
6.4 Commercial-in-Confidence Information must not be entered into Copilot Chat or ClearCaption.
6.5 TransitSim Assist may be used with bus operator patronage, revenue and timetable data supplied under the Bus Franchising Data Agreement, and with aggregated and anonymised journey data. It must not be used with smartcard, ticketing or account records that relate to individual passengers, even where names have been removed.
6.6 Removing names does not on its own make information anonymous. Where a person could still be recognised from the circumstances described, for example a small named college, a single housing scheme, or a complaint about a specific bus journey, the information remains Personal Information.
6.7 Do not upload whole mailboxes, shared drives or Teams channels, and do not paste in content you would not be allowed to share with every colleague in the Authority.

# 7. Things you must not do
7.1 Staff must not use generative AI to make, or to be the main basis for, any decision that has a legal or similarly significant effect on a person, including decisions about eligibility for funded training, concessionary travel, housing support, employment or complaints.
7.2 Staff must not use generative AI in recruitment, selection, performance management or disciplinary processes. This includes screening, summarising or comparing applications, drafting interview scores, and writing references or investigation findings.
7.3 Staff must not use generative AI to produce legal advice, or to interpret legislation, contracts or the Authority's constitution for a decision, without that output being checked by Legal Services before it is relied on.
7.4 Staff must not use Authority systems, accounts or Permitted Tools to prepare material for any political party, candidate or electoral campaign, at any time.
7.5 Staff must not attempt to get round the controls on a Permitted Tool, for example by splitting sensitive material into smaller pieces, by copying it into a personal account, or by asking a tool to act as a different product.
7.6 Staff must not generate content that is discriminatory, harassing, sexually explicit or intended to mislead, or content that infringes another person's copyright or trade marks.

# 8. Checking and owning the output
8.1 Generative AI can be confidently wrong. The Accountable Officer must check all output for accuracy, bias, tone and completeness before it is used, and must verify every fact, figure, quotation and reference against a reliable source.
8.2 Output that will be published, sent outside the Authority or put before the Combined Authority Board, a committee, the Overview and Scrutiny Committee or the Police and Crime Panel must also be reviewed by the officer's line manager or the report's sponsoring director before it is issued.
8.3 Code, formulas and macros produced by Copilot Chat may be used for personal productivity, such as a spreadsheet formula, but must not be deployed into any Authority system or shared service without review and testing by Digital Services.
8.4 TransitSim Assist outputs that inform a business case, a franchising assessment or a Board decision must be reproduced through a standard model run and signed off by the Transport Modelling Manager.

# 9. Being open about AI use
9.1 Any document, report or published page that has been substantially drafted using a Permitted Tool must carry the statement: "Parts of this document were drafted with the help of generative AI and have been checked by the author." Substantially means that the tool produced a significant part of the wording or analysis, not that it suggested corrections to spelling or grammar.
9.2 Everyday internal communications, such as emails, notes and Teams messages, do not need to be labelled.
9.3 Any image, video or audio produced with generative AI that is used outside the Authority must be clearly labelled as AI-generated on or next to the content.
9.4 Where a member of the public asks whether AI was used to prepare a response to them, staff must answer honestly.

# 10. Meetings, recording and captions
10.1 ClearCaption may be used to provide live captions and a transcript for meetings held in public, including the Combined Authority Board, committees and public webcasts. The transcript must not be published until the Democratic Services officer for the meeting has checked it against the recording.
10.2 ClearCaption may be used in internal meetings where every participant has been told at the start of the meeting that captions and a transcript are being produced, and no one objects. The transcript must be saved only to the meeting's Teams channel or SharePoint site and deleted after 90 days unless it forms part of the formal record.
10.3 ClearCaption must not be used to record or transcribe exempt or confidential items of any meeting, meetings where Commercial-in-Confidence Information is discussed, or meetings concerning an individual's employment, health, complaint or casework.
10.4 Where a colleague has an agreed workplace adjustment, ClearCaption live captions may be used in any meeting they attend, including meetings under paragraph 10.3, provided the transcript function is switched off so that no text is stored.
10.5 AI note-taking assistants that join meetings as a participant or through a plug-in are not Permitted Tools. If an external attendee brings one to a meeting where anything other than Open Information will be discussed, the chair must ask for it to be removed, and pause the meeting until it is.

# 11. Images, audio, video and likeness
11.1 Copilot Chat may be used to create illustrative images for internal presentations and for external material, provided the images do not show real people, follow the Authority's brand guidelines, and are labelled under paragraph 9.3.
11.2 Staff must not create, commission or share a Synthetic Likeness of the Mayor, any Portfolio Lead, any councillor of a constituent council, any Member of Parliament, any candidate for election, or any police officer, whether or not the person has agreed and whether or not it is intended as a joke.
11.3 A Synthetic Likeness of any other person, including a member of staff, may only be created with that person's written consent and the prior approval of the Head of Communications.
11.4 Photographs of real people must not be uploaded to a generative AI tool to be edited, aged, restyled or combined with other images.
11.5 If you become aware of a Synthetic Likeness or fake recording of the Mayor or an Authority officer circulating online, do not share or comment on it. Report it straight away to the Communications Team duty officer and treat it as an incident under section 16.

# 12. The Mayor, elected members and the pre-election period
12.1 Copilot Chat may be used to help draft speeches, articles, letters and social media posts for the Mayor using Open Information and Authority Internal Information. Every item issued in the Mayor's name must be approved by the Mayor's Chief of Staff, or a deputy the Chief of Staff nominates, before it is used.
12.2 Nothing drafted by a Permitted Tool may be presented as the personal words of the Mayor or a Portfolio Lead unless they have seen and agreed it.
12.3 During the Sensitive Period no AI-generated image, video or audio may be used in any Authority publicity, on any channel, for any purpose.
12.4 During the Sensitive Period any text drafted with a Permitted Tool that is intended for publication, or for release to the media, must be cleared by the Monitoring Officer as well as the Head of Communications before release.
12.5 Correspondence to the Mayor from residents (casework) is Personal Information and, where it touches on health, policing or children, Protected Information. It must be handled under section 6.

# 13. Funding decisions, procurement and bids
13.1 No generative AI tool may be used to score, rank, shortlist, moderate or recommend for or against any application in a Funding Decision or any tender in a procurement, or to write the reasons for such a decision.
13.2 Officers may use Copilot Chat to summarise published funding prospectuses, published guidance and published legislation, and to check the clarity and structure of their own draft assessment template before it contains any details of a particular applicant.
13.3 Applications, tenders, clarification responses, due diligence material and monitoring returns received from providers, developers, bus operators or suppliers are Commercial-in-Confidence Information and are covered by paragraph 6.4, whether or not they are marked as confidential.
13.4 Officers may use Copilot Chat to draft the Authority's own procurement documents, such as a specification or the questions in an invitation to tender, before publication, provided no budget figures, pre-market negotiation positions or supplier-specific information are included.

# 14. Buying or building AI
14.1 Any purchase, free trial, pilot or renewal of software or a service that includes generative AI, or where a supplier will use generative AI on Authority information, must be referred to the DDGG for an AI assurance check before any order is placed or contract signed. Free and trial tools are included.
14.2 Contracts for services where a supplier will process Authority information must include the Authority's standard AI clauses, which require the supplier to declare any use of generative AI and to obtain consent before using it on Authority information.
14.3 Building, scripting or connecting to any generative AI model, including through an application programming interface, Azure OpenAI, Copilot Studio or an automation tool, is development of a new tool and requires DDGG approval and a data protection impact assessment before any work begins.
14.4 Where AI features appear in software the Authority already uses, such as a new assistant in a PDF reader, video conferencing, design or survey software, they are not Permitted Tools until the DDGG has approved them. Digital Services will switch such features off where it can; where it cannot, staff must not use them.

# 15. Training and access
15.1 Staff must complete the AI Essentials e-learning module on Valley Hub before using Copilot Chat, and repeat it every year.
15.2 Members of the Transport Modelling and Analytics Team must complete the supplier's TransitSim Assist training and be added to the access list by the Transport Modelling Manager.
15.3 Managers are responsible for making sure their teams understand this policy and for raising questions with the DDGG.

# 16. Incidents and breaches
16.1 If information has been put into a tool in breach of this policy, or a Permitted Tool has produced output that has been published or relied on and is wrong, harmful or offensive, report it through the Information Incident form on Valley Hub within one working day of becoming aware of it.
16.2 Do not try to fix a data breach yourself by deleting chats or files before reporting it, as this can remove evidence the Data Protection Officer needs.
16.3 Breaches of this policy may be dealt with under the Disciplinary Procedure or, for contractors, under the relevant contract.

# 17. Matters not yet decided
17.1 Whether the paid Microsoft 365 Copilot licence will be made available, and to whom, has not yet been decided. A small pilot group named by the DDGG is testing it under separate terms; nobody else may use it until a decision is published.
17.2 The Authority has not yet decided whether, or how, generative AI may be used to help prepare responses to Freedom of Information requests, Environmental Information Regulations requests or subject access requests. Until the Information Governance Board decides, staff must refer any such proposal to the Data Protection Officer before using a Permitted Tool for this work.
17.3 The Authority has not decided how it will treat applications, bids and tenders that the applicant has written with generative AI. Evaluators must not mark a submission up or down, or reject it, because they suspect AI was used, and must refer any concern to the Head of Commercial.
17.4 Whether the Policing and Crime Team may use Copilot Chat with police complaint review files is awaiting a data protection impact assessment and agreement with the Chief Constable. Until then paragraph 6.3 applies.
17.5 Requests to translate the Mayor's recorded messages into other languages using the Mayor's synthetic voice have been received. These are not permitted under paragraph 11.2 and will be considered by the DDGG and the Monitoring Officer; no such work may be commissioned before a decision is published.

# 18. Contacts and review
18.1 Questions about this policy, the Permitted Tools or the AI Request form: the AI Lead in Digital Services, ai@redwatervalley-ca.gov.uk.
18.2 Questions about personal data, data protection impact assessments and incidents: the Data Protection Officer, dpo@redwatervalley-ca.gov.uk.
18.3 Questions about the Mayor's communications, images and the Sensitive Period: the Head of Communications, with the Monitoring Officer for election matters.
18.4 Questions about buying software, tenders and bids: the Head of Commercial.
18.5 Questions about TransitSim Assist: the Transport Modelling Manager.
18.6 This policy will be reviewed by the DDGG by October 2027.
"""
