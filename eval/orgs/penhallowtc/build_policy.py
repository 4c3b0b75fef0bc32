"""Builds the Penhallow Town Council GenAI policy (.txt) and its identical original copy."""
import re, pathlib, shutil
OUT = pathlib.Path(__file__).resolve().parent
NAME = "penhallow-tc-ai-policy.txt"
TEXT = r"""PENHALLOW TOWN COUNCIL
Generative Artificial Intelligence (AI) Use Policy

Policy owner: Town Clerk (Proper Officer)
Version: 1.0
Adopted by Full Council: 12 March 2026 (Minute reference FC/25/141)
Next review: March 2027
Applies to: all staff and Members

1. Purpose, status and scope
1.1 Generative AI can help a small council save time on routine writing and administration. This policy sets out the only way in which such tools may be used for Council business and the safeguards that apply when they are.
1.2 This policy applies to every Officer and, in so far as they carry out Council business, to every Member. It applies wherever the work is done, including at home.
1.3 This policy applies to all Council Material, whether it is typed, spoken, photographed or recorded.
1.4 This policy sits alongside the Council's Data Protection Policy, Acceptable Use Policy, Social Media Policy, Code of Conduct and Standing Orders.
1.5 A breach of this policy by an Officer may be dealt with under the Council's Disciplinary Procedure. A suspected breach by a Member will be referred to the Monitoring Officer of Cornwall Council as a possible breach of the Code of Conduct.
1.6 It does not cover ordinary spell-check, predictive text, or a search engine used to look up published information, provided no Council Material is typed into an AI feature of those services.

2. Definitions
2.1 "AI tool" means any software, website, app, browser extension, plug-in, or feature built into other software that generates text, images, audio, video, code or summaries in response to prompts, or that transcribes, translates or analyses content using artificial intelligence.
2.2 "Authorised AI Service" means Microsoft 365 Copilot Chat used while signed in with a Council Account, as described in section 3. It is the only AI tool approved for Council business.
2.3 "Council Account" means a Microsoft 365 user account issued by the Council with an address ending @penhallow-tc.gov.uk. Accounts issued to Members for Council business are Council Accounts; a Member's personal or party email address is not.
2.4 "Council Material" means any information created, received or held by or on behalf of the Council, including correspondence, agendas, reports, minutes, registers, photographs, recordings and drafts.
2.5 "Officer" means any employee of the Council, including the Town Clerk, the Deputy Town Clerk, the Finance Officer, the Facilities and Events Officer, the Cemetery and Allotments Officer, the grounds maintenance team and seasonal market staff.
2.6 "Member" means an elected or co-opted councillor of Penhallow Town Council, including the Town Mayor.
2.7 "Routine Personal Information" means personal data of the kind the Council handles in ordinary administration, such as a person's name, address, email address, telephone number, allotment plot number, market pitch number, or the fact that they have contacted the Council, where none of it is Restricted Information.
2.8 "Restricted Information" means any of the following:
2.8(a) special category data and criminal offence data, including anything about a person's physical or mental health, disability, ethnicity, religion or sexuality, and any allegation that a person has committed an offence or anti-social behaviour;
2.8(b) information from which a child or young person under 18 could be identified, including photographs;
2.8(c) employment information about any Officer or job applicant, including applications and CVs, references, sickness absence, appraisal, grievance, disciplinary, capability and pay matters;
2.8(d) Exempt Business, as defined in 2.9;
2.8(e) the content of a formal complaint under the Council's Complaints Procedure, and any allegation about the conduct of a Member or Officer;
2.8(f) interment and memorial applications, records of exclusive rights of burial, and the names and contact details of bereaved families;
2.8(g) bank or payment card details, and the debts or arrears of any individual, including allotment rent arrears and market traders' arrears;
2.8(h) legal advice received by the Council, and tender prices or commercial information supplied to the Council in confidence.
2.9 "Exempt Business" means any agenda item, report, discussion or draft minute relating to business from which the press and public are, or are proposed to be, excluded under the Public Bodies (Admission to Meetings) Act 1960, until the Council resolves that it may be published.
2.10 "Proper Officer" means the Town Clerk or, in the Clerk's absence, the Deputy Town Clerk.
2.11 "P&R Committee" means the Policy and Resources Committee.

3. The Authorised AI Service
3.1 The Council permits one AI tool for Council business: Microsoft 365 Copilot Chat, used while signed in with a Council Account. Check that the green shield or "Protected" label is shown before typing anything; it confirms that enterprise data protection applies.
3.2 The Authorised AI Service may be opened at copilot.cloud.microsoft in a web browser, in the Microsoft 365 app, or in the Copilot Chat pane that appears in Outlook, Word, Excel, PowerPoint and Teams, provided in every case that the user is signed in with their Council Account.
3.3 Council-issued laptops, tablets and phones may be used to access the Authorised AI Service. A personally owned device may be used only through a web browser signed in with the Council Account, and only by a person who is already permitted to read Council email on that device under the Acceptable Use Policy.
3.4 Microsoft 365 Copilot, the paid add-on licence that allows Copilot to read a user's mailbox, files and Teams chats, has not been purchased by the Council and must not be trialled or activated. Free trial offers presented inside Microsoft software must be declined.
3.5 A file may be uploaded to the Authorised AI Service only where the whole of its contents could lawfully be typed into it under section 5.
3.6 The Deputy Town Clerk administers the Council's Microsoft 365 tenancy and is responsible for keeping the Authorised AI Service available and correctly configured.

4. Tools and features that are not permitted
4.1 Apart from the Authorised AI Service, no AI tool may be used for Council business or with Council Material. This applies whether the tool is free or paid and whether it is used on a Council or a personal device.
4.2 For the avoidance of doubt, the following are not permitted: ChatGPT (in any version, including paid plans and anything built on OpenAI's services), Google Gemini, Claude, Meta AI, DeepSeek, Perplexity, Grok, and the consumer version of Microsoft Copilot, including Copilot used with a personal Microsoft account or with no account at all.
4.3 Copilot Chat signed in with anything other than a Council Account is not the Authorised AI Service, even though it may look the same.
4.4 AI features built into other software or services must not be used with Council Material. Examples include the AI writing and image features in Canva, Grammarly's generative rewrites, Adobe Firefly and generative fill, Zoom AI Companion, AI assistants in accounting, hall booking or cemetery management software, and AI features in phone operating systems such as message summaries and photo "clean-up" tools. Where such a feature can be switched off, it should be.
4.5 Browser extensions, plug-ins and add-ins that send page content or documents to an AI service must not be installed on any Council device or added to any Council Account.
4.6 Members and Officers must not connect any AI tool to a Council Account, mailbox, calendar or shared drive, and must not grant any AI app permission to read Council email.

5. What information may be used
5.1 Published information, and information written in order to be published (for example an agenda for a public meeting, a newsletter article or a market day notice), may be used in the Authorised AI Service.
5.2 The Council's own unpublished information that identifies nobody, such as draft policies, budget working papers, procedures, risk assessments and event plans, may be used in the Authorised AI Service, except where it is Exempt Business or falls within 2.8(h).
5.3 Routine Personal Information may be used in the Authorised AI Service only where the task cannot sensibly be done without it, and then only the minimum needed. Wherever possible, names, addresses and contact details should be removed or replaced (for example with "Resident A" or "Plot 14") before the text is entered, and put back by hand afterwards.
5.4 Restricted Information must not be entered, pasted, uploaded, dictated or photographed into any AI tool, including the Authorised AI Service.
5.5 If you are unsure whether information is Restricted Information, treat it as Restricted Information and ask the Proper Officer.
5.6 Historic burial register entries more than 100 years old that the Council has already published on its heritage pages are published information for the purposes of 5.1.
5.7 Information passed to the Council by another body (for example Cornwall Council, the police or a community group) must be handled according to any conditions that body attached to it, and must not be entered into any AI tool if it would be Restricted Information had the Council created it.

6. Permitted uses
6.1 Subject to sections 5 and 9, the Authorised AI Service may be used for everyday tasks, including:
- drafting and improving letters, emails and notices;
- rewriting text in plain English or for a different audience;
- summarising published reports, consultation documents and legislation;
- producing first drafts of agendas for public business, reports and policies;
- drafting content for the Council's website, newsletter and social media accounts;
- planning events, markets and volunteer days;
- producing spreadsheet formulas and explaining how to use Microsoft 365 features;
- drafting job descriptions and advertisements, provided no information about an individual Officer or applicant is used.
6.2 Replies to residents. The Authorised AI Service may be used to help draft a reply to a routine enquiry or request for service from a resident (for example about market days, litter bins in the park, hall hire, or an overgrown hedge on Council land), in accordance with 5.3. It must not be used to draft the substance of any response to a formal complaint, although a generic acknowledgement template containing no details of any case may be drafted with it.
6.3 Allotments. The Authorised AI Service may be used for allotment newsletters, site rules, general notices to all tenants, and routine letters about plot offers or inspections, in accordance with 5.3. It must not be used in preparing a notice to quit, a breach of tenancy notice, or any correspondence about rent arrears.
6.4 Minutes. The Town Clerk or Deputy Town Clerk may use the Authorised AI Service to turn their own handwritten or typed notes of the public part of a meeting into draft minutes, provided that the minutes of any Exempt Business are written without AI and the draft is checked against the notes by the minute-taker before circulation. Draft minutes remain drafts until approved by the meeting under Standing Orders.
6.5 Community grants. The Authorised AI Service may be used to draft the Community Grants Scheme guidance, application forms, and the published report of awards. Applications may be summarised for a committee report only after the names, contact details and any Restricted Information about individuals have been removed.
6.6 Translation. The Authorised AI Service may be used to produce a first-draft translation of published or to-be-published material, including into Cornish (Kernewek). A translation must be checked by a competent speaker of the language before it is published.

7. Uses that are not permitted
7.1 No AI tool may be used to make, or to recommend, a decision about any person or organisation. In particular, AI must not be used to score, rank, shortlist or recommend community grant applications, allotment applications or waiting list positions, market pitch allocations, job applications, tenders, or the outcome of a complaint.
7.2 No AI tool may be used to draft or assist with any document in a disciplinary, grievance, capability, sickness absence or redundancy matter, or any employment reference, even where names have been removed.
7.3 AI must not be used to produce any statement presented as the view of a named person who has not seen and agreed it, including quotes attributed to the Town Mayor or a Member in press releases.
7.4 AI output must not be relied on as legal advice or as the authority for the Council's use of a statutory power. Where AI has been used in preparing text that refers to a legal point, the Proper Officer must verify that point against a reliable source before the text is used.
7.5 AI must not be used to monitor, profile or analyse the behaviour of Officers, Members or members of the public, including analysing comments on social media in order to identify individuals.
7.6 AI must not be used to create content that is party political or that would breach the Code of Recommended Practice on Local Authority Publicity.
7.7 Automated replies, chatbots or agents must not be set up to respond to residents on the Council's behalf (see also 16.3).

8. Councillors (Members)
8.1 Members who hold a Council Account may use the Authorised AI Service for Council business on the same terms as Officers.
8.2 Members must not use any other AI tool for Council business, including on a personal account or a personal device. Council business includes preparing for meetings, reading and commenting on committee papers, and dealing with correspondence received in their capacity as a Member.
8.3 Papers for Exempt Business circulated to Members are Restricted Information and must not be entered into any AI tool, including the Authorised AI Service.
8.4 A Member who receives correspondence from a resident about a local issue must handle it in accordance with section 5. Use of AI by a Member acting purely as a party representative is outside this policy, but the Council strongly discourages entering residents' personal information into any AI tool.
8.5 Members remain personally responsible under the Code of Conduct for anything they submit, say or publish, including motions, written questions and social media posts, whether or not AI helped to draft it.

9. Human review and accountability
9.1 The person who uses an AI tool is responsible for its output as if they had written it themselves.
9.2 All AI output must be read in full and checked for accuracy, tone, bias and completeness by the person using it before it is sent, published or relied upon. Facts, figures, names and legal references must be checked against the source.
9.3 Anything that will go before Full Council or a committee, be published on the Council website, or be issued to the press must also be approved by the Proper Officer, or an Officer authorised by the Proper Officer, in the usual way.
9.4 AI must not be used to create or amend entries in the burial register, the allotment register, the Council's accounting records or any other register the Council keeps by law.

10. Transparency and labelling
10.1 Text drafted with the help of the Authorised AI Service and then reviewed and edited under section 9 does not need to be labelled.
10.2 Images, audio or video created or altered with AI must be labelled "Created using AI" wherever they are published, including on social media, posters, noticeboards and the website.
10.3 A report to Full Council or a committee in which AI was used to summarise or analyse material (for example consultation responses) must say so in its background papers section, naming the tool and what it was used for.
10.4 If a resident asks whether AI was used in dealing with their correspondence, the Council will answer honestly.

11. Meetings, recording and transcription
11.1 No AI tool may be used to record, transcribe, summarise or take notes of a meeting of the Council, any committee, sub-committee or working group, or any meeting with residents, contractors or partner organisations. This includes Teams transcription and intelligent recap, Zoom AI Companion, Otter.ai, Fireflies and note-taking apps on personal phones.
11.2 Nothing in 11.1 prevents the press or members of the public from filming or recording the public part of a meeting as the law allows.
11.3 Whether transcription may be used for internal meetings attended only by Officers is not yet decided: see 16.1.
11.4 Recordings of telephone calls or voicemails from residents must not be transcribed or summarised using AI.

12. Images, voice and likeness
12.1 The Authorised AI Service may be used to create illustrative images for posters, social media and event publicity, provided the image does not depict, or appear to depict, a real and identifiable person, and it is labelled under 10.2.
12.2 No AI tool may be used to create, alter or enhance an image, video or voice recording of a real person, including Members, Officers, residents and volunteers, whether or not they consent.
12.3 Photographs taken at Council events, at the cemetery or on allotment sites that show people must not be uploaded to any AI tool.
12.4 AI must not be used to create an image that could be mistaken for a real photograph of Penhallow, the Town Hall, the cemetery or a local event, or to alter a real photograph of those places for publication, other than cropping and brightness adjustments made without AI.

13. Procurement and new tools
13.1 Before the Council buys, renews, trials or accepts free use of any software or service that includes an AI feature, the Proper Officer must complete a data protection impact assessment (DPIA) with the Council's Data Protection Officer, and the P&R Committee must approve it.
13.2 A free trial, a free tier or a "beta" feature counts as procurement for the purposes of 13.1.
13.3 Where existing software gains an AI feature through an update, that feature is treated as not permitted under 4.4 until it is approved under 13.1.
13.4 Any Member or Officer may propose a tool to the Proper Officer in writing, explaining what it would be used for and what information it would handle. The tool must not be used while the proposal is being considered.

14. Training
14.1 Before using the Authorised AI Service, every Officer and Member must complete the Council's short "Using Copilot Chat safely" briefing, delivered by the Deputy Town Clerk, and confirm in writing that they have read this policy.
14.2 New Officers complete the briefing as part of their induction; new Members complete it as part of Member induction after election or co-option.
14.3 Grounds staff and seasonal staff who do not hold a Council Account do not need to complete the briefing, but must not use any AI tool for Council work.

15. Incidents and breaches
15.1 If Restricted Information, or any other Council Material, is entered into an AI tool other than as this policy permits, the person concerned must tell the Proper Officer straight away and in any case within 24 hours. If the matter involves the Town Clerk, report it to the Deputy Town Clerk and the Chair of the P&R Committee.
15.2 Do not delete the conversation before reporting it.
15.3 The Proper Officer will record the incident in the Council's data breach log, take advice from the Data Protection Officer, and decide within 72 hours of the Council becoming aware of it whether the Information Commissioner's Office must be notified.
15.4 Inaccurate AI output that has been sent or published must be corrected promptly and reported to the Proper Officer.

16. Matters not yet decided
16.1 Transcription of internal officer meetings. The P&R Committee has asked the Proper Officer to report on whether Teams transcription may be used for internal meetings attended only by Officers. Until the Committee has decided, no internal meeting may be transcribed without the prior written approval of the Town Clerk.
16.2 Declaring AI help in Members' motions and questions. The Council has not decided whether Members must disclose that AI helped to draft a motion, amendment or written question to Council. It has been referred to the Standards and Governance Working Group; until it reports, ask the Proper Officer.
16.3 Website assistant. A proposal has been made for an AI assistant on the Council's website to answer questions about hall bookings, allotments and markets. No such assistant may be set up, trialled or demonstrated to the public unless Full Council approves it following a DPIA.
16.4 Copilot Chat agents and notebooks. It is not yet decided whether the features of the Authorised AI Service that let users create agents, notebooks or pages shared with others may be used. Until the P&R Committee decides, none may be created without the written approval of the Town Clerk.

17. Contacts, monitoring and review
17.1 The Town Clerk owns this policy and is the first point of contact for any question about it: clerk@penhallow-tc.gov.uk.
17.2 The Deputy Town Clerk deals with Council Accounts, access to the Authorised AI Service, devices and the training briefing: deputy.clerk@penhallow-tc.gov.uk.
17.3 The Council's Data Protection Officer is provided under contract by the Kernow Local Councils DPO Service and can be contacted through the Proper Officer.
17.4 The P&R Committee will review this policy every year and report to Full Council.

"""

def clause_ids(text):
    ids = []
    for line in text.splitlines():
        m = re.match(r"^(\d+(?:\.\d+)*(?:\([a-z]\))?|[A-Z]\.\d+)\.?\s", line)
        if m:
            ids.append(m.group(1))
    return ids

if __name__ == "__main__":
    (OUT / "knowledge" / NAME).write_text(TEXT, encoding="utf-8")
    shutil.copyfile(OUT / "knowledge" / NAME, OUT / "originals" / NAME)
    ids = clause_ids(TEXT)
    assert len(ids) == len(set(ids)), "duplicate clause ids"
    (OUT / "clause_ids.txt").write_text("\n".join(ids) + "\n")
    print("words:", len(TEXT.split()), "clauses:", len(ids))
