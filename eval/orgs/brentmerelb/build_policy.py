"""Build the London Borough of Brentmere GenAI policy as .docx (knowledge/) and a same-text .md (originals/).

Run: /work/main/.venv/bin/python build_policy.py
The policy text lives in POLICY below; both outputs are generated from it, so the clause
numbering and wording are identical.  Items:
  ("title", text)          Word Title / '# ' in Markdown (not a clause)
  ("meta", [(k, v), ...])  document-control table before section 1 (document text, not a clause)
  ("p", text)              plain paragraph (typed clause number at the start where it has one)
  ("h1", text)             numbered section heading ('1. Purpose') or appendix heading
  ("h2", text)             unnumbered sub-heading (context only)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
STEM = "brentmere-genai-acceptable-use-policy"

POLICY = [
    ("title", "Generative Artificial Intelligence (AI) Acceptable Use Policy"),
    ("p", "London Borough of Brentmere"),
    ("meta", [
        ("Document owner", "Head of Information Governance and Data Protection Officer"),
        ("Approved by", "Information Governance Board, 14 January 2026"),
        ("Version", "2.1"),
        ("Next review", "July 2026"),
        ("Applies to", "All staff, agency workers, contractors and volunteers"),
        ("Protective marking", "OFFICIAL"),
    ]),

    ("h1", "1. Purpose and status"),
    ("p", "1.1 This policy sets out how the London Borough of Brentmere (\u201cthe council\u201d) expects its workforce to use generative artificial intelligence (AI) when carrying out council business. It supplements, and does not replace, the council\u2019s Information Security, Data Protection and Acceptable Use of ICT policies."),
    ("p", "1.2 The council wants staff to use AI where it helps residents and frees up time, safely and lawfully. The Information Governance Board will review this policy at least every six months."),
    ("p", "1.3 A breach of this policy may be dealt with under the council\u2019s Disciplinary Procedure or the terms of a contractor\u2019s engagement."),

    ("h1", "2. Scope"),
    ("p", "2.1 This policy applies to everyone who does work for the council or on its behalf: employees, casual and agency workers, apprentices, students on placement, volunteers, consultants and contractors (together \u201cusers\u201d)."),
    ("p", "2.2 It covers any use of an AI Service for council business, on any device, whether the AI Service is a standalone product, a feature inside other software, or reached through an app, a browser or a programming interface."),
    ("p", "2.3 It does not cover spelling and grammar checking, predictive text, accessibility features such as live captions, dictation and screen readers, or search engines used to find web pages; these may be used as normal. Where any of these features offers to write, rewrite or summarise content for the user, that feature is an AI Service and this policy applies to it."),
    ("p", "2.4 Elected members are not covered by this policy. Guidance for councillors is being prepared by the Monitoring Officer and has not yet been agreed. Until it is issued, questions about councillors\u2019 use of AI, including for ward casework, must be referred to Democratic Services and the Information Governance Team."),
    ("p", "2.5 Maintained schools set their own AI policies through their governing bodies and are not covered by this policy."),

    ("h1", "3. Definitions"),
    ("p", "3.1 \u201cAI Service\u201d means any software that generates text, images, audio, video, code or summaries in response to prompts or other input, including chatbots, meeting assistants, image generators and AI features built into other products."),
    ("p", "3.2 \u201cApproved AI Service\u201d means an AI Service named in section 5 and used in the way section 5 describes, or an AI Service that the Information Governance Board has approved in writing under section 11."),
    ("p", "3.3 \u201cCouncil account\u201d means the Microsoft account issued to a user by Brentmere Digital, ending @brentmere.gov.uk. A personal, home or free account is not a council account, even for a product of the same name."),
    ("p", "3.4 \u201cBrentmere Anywhere\u201d means the council\u2019s managed app and browser environment for reaching council systems from a device the council does not own."),
    ("p", "3.5 \u201cHuman Check\u201d means a review of AI output by a competent person, before the output is used, sent or relied on, to confirm that it is accurate, complete, fair and suitable for its audience (see section 8)."),
    ("p", "3.6 \u201cResponsible Officer\u201d means the member of staff who uses an AI Service, or asks for it to be used, and who remains accountable for the output as if they had written it themselves."),
    ("p", "3.7 \u201cCasework System\u201d means any council system of record for resident casework, such as the social care, revenues and benefits, housing and parking systems."),
    ("p", "3.8 \u201cAnonymised\u201d means that all names, addresses, dates of birth, reference numbers, photographs and any other details have been removed or changed so that no living person could be identified from the information, even by someone who knows the circumstances. Replacing a name with initials, or removing only the name and address, is not anonymisation."),
    ("p", "3.9 \u201cIGB\u201d means the Information Governance Board, chaired by the Senior Information Risk Owner (the Director of Corporate Resources), which approves AI Services and decides the matters this policy leaves open."),
    ("p", "3.10 \u201cAI Champion\u201d means a member of staff nominated by their directorate to support colleagues using Approved AI Services."),

    ("h1", "4. Brentmere Information Classes"),
    ("p", "All council information falls into one of four Brentmere Information Classes (BICs); where more than one applies, the highest counts. The class decides which AI Services, if any, may be used with it."),
    ("p", "4.1 BIC-1 Open: information that the council has published or that has been approved for publication, such as the council website, agreed press releases, published committee reports and published statistics, together with general information that is not about the council\u2019s business at all."),
    ("p", "4.2 BIC-2 Working: the council\u2019s own unpublished information that does not identify any living person, such as draft reports, internal procedures and guidance, project plans, non-personal performance and budget figures, and Anonymised case examples."),
    ("p", "4.3 BIC-3 Personal: information that identifies, or could identify, a living person and is not BIC-4. It includes residents\u2019 names with their contact details or circumstances, council tax accounts, penalty charge notice records, housing and tenancy records, registration records, library membership, details of complainants and requesters, photographs of people, and staff contact details, rotas and pay."),
    ("p", "4.4 BIC-4 Protected: the most sensitive information the council holds, namely:"),
    ("p", "4.4(a) social care records about adults or children, and any information about safeguarding, abuse or neglect;"),
    ("p", "4.4(b) information about a person\u2019s physical or mental health, disability, ethnicity, religion or belief, sexual orientation, gender identity or trade union membership, or about criminal allegations, offences and convictions;"),
    ("p", "4.4(c) records about an identifiable child, including education, health and care plans, school admissions and exclusions, and youth justice records;"),
    ("p", "4.4(d) employee relations casework, including disciplinary, grievance, capability and sickness absence records and occupational health reports;"),
    ("p", "4.4(e) information exempt from publication under Schedule 12A to the Local Government Act 1972 (the \u201cPart 2\u201d items of committee papers), legally privileged advice, and commercially sensitive information such as tender submissions, bid prices and negotiating positions; and"),
    ("p", "4.4(f) security information, including passwords, door and alarm codes, system configurations and details of the council\u2019s cyber defences."),
    ("p", "4.5 BIC-1 to BIC-3 information is handled at OFFICIAL under the Government Security Classifications; BIC-4 information is OFFICIAL-SENSITIVE. If you are not sure which class applies, treat the information as the higher class and ask your Information Asset Owner or the Information Governance Team."),

    ("h1", "5. Approved AI Services"),
    ("p", "The council has approved the three AI Services below, for the uses and information classes described. No other AI Service (for example ChatGPT or Google Gemini) may be used for council business until the IGB has approved it under section 11. This applies even to free services and even if no council information would be entered."),
    ("h2", "Microsoft 365 Copilot Chat"),
    ("p", "5.1 Microsoft 365 Copilot Chat is available to every user with a council account. It must be reached through the Microsoft 365 app, Microsoft Edge or Brentmere Anywhere while signed in with a council account, with the green shield showing. It may be used with BIC-1 and BIC-2 information only."),
    ("p", "5.2 Copilot Chat must not be used with BIC-3 or BIC-4 information, whether typed, pasted or in an uploaded file. BIC-3 information may be used once it has been Anonymised, because it is then BIC-2. Information drawn from BIC-4 records may be used only once it has been Anonymised and a team manager has checked and agreed that it has been."),
    ("p", "5.3 The consumer version of Copilot (used without signing in, or signed in with a personal Microsoft account, on the web or in the app) and Copilot in Microsoft 365 Personal or Family subscriptions are not Approved AI Services."),
    ("h2", "Microsoft 365 Copilot (licensed)"),
    ("p", "5.4 Microsoft 365 Copilot, the paid add-on inside Word, Excel, PowerPoint, Outlook and Teams, is assigned to named users at their Director\u2019s request. Licensed users may use it with BIC-1, BIC-2 and BIC-3 information that they are already entitled to access in the council\u2019s Microsoft 365 environment, for the purpose for which they hold that information."),
    ("p", "5.5 Microsoft 365 Copilot must not be used with BIC-4 information. It must not be asked to gather or summarise information about a named person from across mailboxes, chats and SharePoint, except for a subject access request or an investigation authorised in writing by the Information Governance Team."),
    ("p", "5.6 Licences must not be shared, and a licensed user must not run prompts for a colleague over information that the colleague is not entitled to see."),
    ("h2", "Magic Notes (social care recording)"),
    ("p", "5.7 Magic Notes is approved only for practitioners in Adult Social Care, Children\u2019s Social Care and the Early Help Service who have completed the Magic Notes training. It may be used to record, transcribe and summarise conversations with people who use services, their families and carers, and to draft case notes; in that use it may process BIC-3 and BIC-4 information. Logins must not be shared."),
    ("p", "5.8 Magic Notes may only be used on a council-issued phone, tablet or laptop, and only after the person being recorded has been told what the tool does and has agreed; their agreement must be noted in the Casework System. If the person declines, or cannot agree and nobody can lawfully agree for them, notes must be taken in the usual way."),
    ("p", "5.9 Magic Notes must not be used for mental capacity assessments, child protection conferences or strategy discussions, any meeting at which police officers are present, work for the Court of Protection or for care proceedings, or conversations with staff about their own employment."),
    ("p", "5.10 Notes and summaries produced by Magic Notes are drafts. The practitioner must complete a Human Check and correct any error before the note is saved to the Casework System. Audio recordings are deleted automatically after 30 days and must not be downloaded or kept elsewhere."),

    ("h1", "6. Handling information with AI Services"),
    ("p", "6.1 Before entering, pasting, uploading or connecting any information to an AI Service, the user must decide its Brentmere Information Class under section 4 and check that the Approved AI Service being used is permitted for that class."),
    ("p", "6.2 Screenshots, photographs of documents or screens, scanned letters, audio and attached files count as information in exactly the same way as typed text."),
    ("p", "6.3 Users must not enter details of a person into an AI Service in order to find out more about them, for example their online presence, address, associates or employment."),
    ("p", "6.4 Information received from partners such as NHS bodies, the police or housing associations may be used with an AI Service only if the information sharing agreement under which it was received allows it. Where the agreement says nothing about AI, the IGB must be asked before the information is used, even if the information is Anonymised."),
    ("p", "6.5 Council information must not be used to train or fine-tune an AI model, or loaded into a custom assistant, agent or knowledge base, except within a project approved by the IGB."),

    ("h1", "7. Uses that are not permitted"),
    ("p", "Whatever the AI Service and whatever the information class:"),
    ("p", "7.1 An AI Service must not make, or determine the outcome of, a decision that has a legal or similarly significant effect on a person. This includes decisions on care and support, housing allocation and banding, homelessness, council tax reduction, housing benefit and discretionary payments, penalty charge notice representations and appeals, and Blue Badge applications. The decision and the reasons for it must be those of the Responsible Officer."),
    ("p", "7.2 AI Services must not be used in selecting people for employment, promotion, redundancy or volunteering roles, including sifting, scoring, ranking or summarising applications, CVs or interview notes."),
    ("p", "7.3 AI Services must not be used to write or draft any part of a witness statement, social work evidence, expert report or other document to be filed with, or put before, a court or tribunal."),
    ("p", "7.4 AI Services must not be used to monitor, profile or assess the performance, conduct or wellbeing of individual members of staff, including by analysing their emails, chats, calendars or activity logs."),
    ("p", "7.5 AI Services must not be used to produce content intended to mislead, such as reviews, testimonials, consultation responses or social media posts that appear to come from residents or service users."),
    ("p", "7.6 AI output must not be relied on as legal advice to the council unless Legal Services has reviewed it."),

    ("h1", "8. Human Check and accountability"),
    ("p", "8.1 Every piece of AI output must have a Human Check before it is used, sent, published or relied on. The Responsible Officer is accountable for the output as if they had written it."),
    ("p", "8.2 Output for residents, partners, the public, Cabinet or a committee must be read in full by the Responsible Officer, and every fact, figure, legal reference and quotation checked against its source. Do not rely on an AI Service\u2019s own citations."),
    ("p", "8.3 Content for residents must also be checked for plain English and for bias, stereotypes or assumptions about any group of people."),
    ("p", "8.4 Where AI output is used in a Casework System record, the record must reflect the practitioner\u2019s own professional judgement, and the use of AI must be noted, using the \u201cAI-assisted\u201d flag where the system has one."),

    ("h1", "9. Being open about AI (transparency)"),
    ("p", "9.1 Where an AI Service generated a substantial part of material published or sent to residents, partners or the media, it must carry the statement \u201cPrepared with the help of AI and checked by London Borough of Brentmere staff\u201d."),
    ("p", "9.2 The statement in 9.1 is not needed for everyday correspondence where AI was used only to improve the spelling, grammar, tone or layout of text the user wrote."),
    ("p", "9.3 Images, audio and video created by AI must be labelled \u201cAI-generated\u201d wherever they are used, including in internal presentations and newsletters."),
    ("p", "9.4 The council does not use AI chatbots or virtual agents to talk with residents on its website, social media or telephone lines. Any proposal to introduce one needs IGB approval, a Data Protection Impact Assessment and a public notice before any work begins."),

    ("h1", "10. Recordings, transcription and likeness"),
    ("h2", "Meetings"),
    ("p", "10.1 Teams transcription and Copilot meeting summaries may be used in internal council meetings where the organiser has told everyone at the start and nobody has objected. The organiser must check the summary and share it only with the participants."),
    ("p", "10.2 Transcription and AI summaries must not be used in disciplinary, grievance, capability, sickness absence or appeal meetings, in supervision that discusses a practitioner\u2019s own health or personal circumstances, or in any other meeting where BIC-4 information will be discussed, except for Magic Notes used under 5.7 to 5.10."),
    ("p", "10.3 Whether Teams transcription and Copilot summaries may be used in meetings with residents, tenants, landlords, businesses or other external parties (apart from Magic Notes) has not been decided. Until the IGB decides, these features must not be switched on in such meetings without first asking the Information Governance Team."),
    ("p", "10.4 AI note-takers that join meetings on a user\u2019s behalf, and apps that record or transcribe on a personal phone, are AI Services that need IGB approval. Where an external participant brings an AI note-taker into a meeting the council hosts, the organiser must ask for it to be removed before any BIC-3 or BIC-4 information is discussed."),
    ("h2", "Images and likeness"),
    ("p", "10.5 Copilot Chat may be used to create illustrations, icons and diagrams for council materials, provided they are labelled under 9.3 and follow the council\u2019s brand guidelines. The council crest and logo must not be created, altered or reproduced using AI."),
    ("p", "10.6 Photographs or video of residents, service users, children or staff must not be uploaded to any AI Service, including to edit, enhance, animate or describe them."),
    ("p", "10.7 AI must not be used to create images, audio or video that depict a real, identifiable person or imitate their voice or likeness, including councillors and senior officers, even with their agreement. Photo-realistic images of real Brentmere places or events that could be mistaken for genuine photographs must not be generated."),

    ("h1", "11. Approval of new AI Services and procurement"),
    ("p", "11.1 Any AI Service not named in section 5 must be approved in writing by the IGB before it is used for council business. This includes free tools, free trials, pilots, proofs of concept and AI services offered by existing suppliers."),
    ("p", "11.2 AI features that a supplier adds to software the council already uses (for example in case management, HR, finance or library systems, or in products such as Adobe Acrobat or Zoom) are new AI Services. They must not be used until the IGB has approved them, and system owners must ask the supplier to keep such features switched off until then."),
    ("p", "11.3 Browser extensions, add-ins, plug-ins and connectors that add AI to any software, including to an Approved AI Service, need IGB approval."),
    ("p", "11.4 Using AI models through a programming interface (API), including Azure OpenAI Service, and AI coding assistants for developers, need IGB approval and a Data Protection Impact Assessment before development starts, even for a prototype using test data."),
    ("p", "11.5 To seek approval, the sponsoring manager sends an AI Request Form and AI Assurance Checklist to the Information Governance Team; any use involving BIC-3 or BIC-4 information also needs a Data Protection Impact Assessment. Buying a product with AI features must follow the Contract Procedure Rules and include the council\u2019s AI contract clauses, which stop suppliers training models on council data."),
    ("p", "11.6 The IGB publishes its decisions on BrentNet. An AI Service the IGB has refused must not be used."),
    ("p", "11.7 The IGB has not yet decided whether users may build their own agents in Microsoft Copilot Studio or with the agent-building feature of Copilot Chat. A pilot in the Revenues and Benefits service is being evaluated. Until the IGB decides, agents must not be built or shared outside that pilot."),

    ("h1", "12. Personal devices and accounts"),
    ("p", "12.1 Approved AI Services may be used on a device the council does not own only through Brentmere Anywhere, or through Microsoft 365 apps enrolled in the council\u2019s device management, signed in with a council account. Magic Notes may only be used on council-issued devices."),
    ("p", "12.2 Users must not use personal AI accounts, including paid personal subscriptions, for council business, even where the product is one that the council has approved for use with a council account."),
    ("p", "12.3 Users must not send, copy or photograph council information to a personal device or account to use it with an AI Service."),

    ("h1", "13. Training and support"),
    ("p", "13.1 Before using any Approved AI Service, users must complete the \u201cUsing AI Safely at Brentmere\u201d e-learning module on the Brentmere Learning Hub, and refresh it yearly."),
    ("p", "13.2 Microsoft 365 Copilot licences are assigned only to users who have also attended a Copilot Practitioner session."),
    ("p", "13.3 AI Champions can help with prompts and good practice, but cannot approve AI Services or decide which Brentmere Information Class applies to information."),
    ("p", "13.4 Users are encouraged to use Copilot Chat to learn, for example to have legislation, a technical term or a spreadsheet formula explained, provided only BIC-1 and BIC-2 information is entered."),

    ("h1", "14. Incidents and concerns"),
    ("p", "14.1 If BIC-3 or BIC-4 information has been entered into an AI Service that is not approved for that class, or an AI Service has shown a user information they should not see, the user must report a data incident on the BrentNet incident form at once and within 24 hours at most, and must not contact the AI provider themselves."),
    ("p", "14.2 Offensive, discriminatory or harmful output must be reported to the Brentmere Digital Service Desk."),

    ("h1", "15. Matters not yet decided"),
    ("p", "The IGB has not yet decided the matters below. Until it publishes a decision, the activity must not go ahead on the strength of this policy alone; refer questions to the Information Governance Team."),
    ("p", "15.1 Meetings with residents and other external parties: whether Teams transcription and Copilot summaries may be used (see 10.3)."),
    ("p", "15.2 Translation for residents: whether Approved AI Services may be used to translate letters, leaflets or web content into other languages for residents. Until the IGB decides, use the council\u2019s contracted translation and interpreting service."),
    ("p", "15.3 Consultation responses: whether public consultation responses, which often include personal information residents chose to give, may be analysed or summarised with Microsoft 365 Copilot or any other AI Service."),
    ("p", "15.4 Agents: whether users may build Copilot agents (see 11.7)."),
    ("p", "15.5 Elected members: guidance on councillors\u2019 use of AI (see 2.4)."),

    ("h1", "16. Contacts"),
    ("p", "16.1 Information Governance Team (including the Data Protection Officer): information classes, approvals, Data Protection Impact Assessments, data incidents and anything this policy does not settle; ig@brentmere.gov.uk, extension 4410."),
    ("p", "16.2 Brentmere Digital Service Desk: access, licences, Brentmere Anywhere and technical faults; extension 4000."),
    ("p", "16.3 Procurement and Commissioning: buying or trialling any product with AI features."),
    ("p", "16.4 Head of Communications: AI-generated images and published content."),
    ("p", "16.5 Magic Notes: the Principal Social Worker for Adults or for Children, and the Magic Notes lead in each team."),

    ("h1", "Appendix A \u2013 Worked examples"),
    ("p", "A.1 Allowed: Copilot Chat turning a published committee report into a plain-English summary for the website, with a Human Check and the 9.1 statement."),
    ("p", "A.2 Allowed: a licensed Microsoft 365 Copilot user having Copilot in Outlook summarise a long email exchange with a resident about a missed bin collection, to prepare a reply."),
    ("p", "A.3 Not allowed: asking any AI Service to sort housing register applications into bands (7.1)."),
]


def build_md() -> str:
    out = []
    for kind, val in POLICY:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "meta":
            out.append("| Document control | |\n| --- | --- |")
            out.extend(f"| {k} | {v} |" for k, v in val)
            out.append("")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        else:
            out.append(f"{val}\n")
    return "\n".join(out).rstrip() + "\n"


def build_docx(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.core_properties.title = "Generative AI Acceptable Use Policy"
    doc.core_properties.author = "London Borough of Brentmere \u2013 Information Governance"
    for kind, val in POLICY:
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "meta":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = "Document control"
            for k, v in val:
                r = t.add_row()
                r.cells[0].text = k
                r.cells[1].text = v
            doc.add_paragraph("")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        else:
            doc.add_paragraph(val)
    doc.save(path)


if __name__ == "__main__":
    md = build_md()
    (HERE / "originals" / f"{STEM}.md").write_text(md, encoding="utf-8")
    build_docx(HERE / "knowledge" / f"{STEM}.docx")
    words = sum(len(v.split()) if isinstance(v, str) else sum(len((a + " " + b).split()) for a, b in v) for _, v in POLICY)
    print("words:", words)
