"""Build the Tay and Forth Regional Transport Partnership generative AI policy.

One source structure (POLICY below) is written twice:
  knowledge/tfrtp-generative-ai-policy.docx  (python-docx; clause numbers typed as text)
  originals/tfrtp-generative-ai-policy.md    (same text, same headings and numbering)
Run: nice -n 10 /work/main/.venv/bin/python build_policy.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
STEM = "tfrtp-generative-ai-policy"

TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"

META = [
    ("Organisation", "Tay and Forth Regional Transport Partnership (TayForth)"),
    ("Document owner", "Head of Corporate Services"),
    ("Approved by", "Partnership Board, 12 March 2026 (Item 9)"),
    ("Version", "1.1"),
    ("Next review", "March 2027, or sooner if legislation or Board policy changes"),
]

# kinds: h = numbered section heading, p = numbered/plain paragraph, b = bullet,
#        sub = unnumbered sub-heading, app = appendix heading
POLICY = [
    ("h", "1. Purpose and scope"),
    ("p", "1.1 This policy sets out how staff and members of the Tay and Forth Regional Transport Partnership (\"the Partnership\" or \"TayForth\") may use generative artificial intelligence (AI) tools when carrying out Partnership business. It is intended to let colleagues make good use of these tools while protecting passengers, applicants, suppliers and the Partnership itself."),
    ("p", "1.2 The policy applies to all employees, secondees, agency workers, students on placement, and to consultants and contractors who work on Partnership business using Partnership information. It also applies to the councillor members and non-councillor members of the Partnership Board when they are acting on Partnership business."),
    ("p", "1.3 Councillor members who use devices or tools provided by their own council must also follow that council's policy. Where the two policies differ, the stricter requirement applies."),
    ("p", "1.4 The policy applies whatever device is used (Partnership laptop, Partnership mobile phone or a personal device), wherever the work is done, and whether or not it is done within normal working hours."),
    ("p", "1.5 This policy covers generative AI only. Other automated systems, such as the prediction engine behind the real-time passenger information displays or the fare calculation rules in the ticketing back office, are governed by the ICT Security Policy and the relevant system owners."),
    ("p", "1.6 This policy sits alongside, and does not replace, the Partnership's Data Protection Policy, Information Security Policy, Records Management Plan, Social Media Policy, Code of Conduct for Employees and Contract Standing Orders."),

    ("h", "2. Our approach"),
    ("p", "2.1 The Partnership takes an open approach. Any generative AI tool may be used for Partnership work, provided the information rules in section 5 and the activity rules in sections 6 to 11 are followed, and the tool is not one of the excluded services listed at 4.6."),
    ("p", "2.2 Generative AI is an assistant, not a decision-maker. The officer who uses it remains fully accountable for the work produced, exactly as if they had produced it without AI."),
    ("p", "2.3 Good uses include drafting and restructuring text, summarising long published documents, producing first drafts of plain-English explanations for passengers, suggesting ideas for campaigns, explaining spreadsheet formulas, and checking spelling and tone."),
    ("p", "2.4 Where a matter is not settled by this policy, staff should not assume that use is permitted. Ask the Digital and Information Governance Group through the AI mailbox (see section 15) before going ahead."),

    ("h", "3. Roles and responsibilities"),
    ("p", "3.1 The Digital and Information Governance Group (DIGG), chaired by the Head of Corporate Services, owns this policy, decides requests for approval made under it, and reports to the Audit and Governance Committee."),
    ("p", "3.2 The Data Protection Officer advises on data protection impact assessments (DPIAs), lawful basis and transparency notices for any use of AI involving personal data."),
    ("p", "3.3 Line managers make sure their teams know this policy and have completed the training at 12.1."),
    ("p", "3.4 Every user is responsible for the information they put into a tool and for checking what comes out of it."),

    ("h", "4. Tools"),
    ("p", "4.1 Partnership Copilot is the Partnership's preferred generative AI tool and should be the first choice for any task involving Partnership information. It is protected by the Partnership's Microsoft 365 agreement: prompts and responses are not used to train the underlying models and stay within the Partnership's tenancy."),
    ("p", "4.2 Partnership Copilot is only Partnership Copilot when you are signed in with your @tayforth-rtp.gov.uk account and the shield symbol is shown. Copilot used while signed in with a personal Microsoft account, or without signing in, is an Open Tool."),
    ("p", "4.3 All other generative AI services are Open Tools. This includes free and paid consumer services such as ChatGPT, Gemini, Claude and Perplexity, whether used through a website, a mobile app or a personal account, and whether the subscription is paid for by you or free."),
    ("p", "4.4 AI features built into other software or websites (for example AI assistants inside PDF readers, design tools, video-conferencing products or writing aids) are Open Tools unless the feature is provided under a Partnership contract and listed in the ICT Service Catalogue."),
    ("p", "4.5 Browser add-ons and desktop utilities that can read the content of pages, documents or the screen in order to send it to an AI service must not be installed on Partnership devices or used in a browser profile signed in to Partnership systems."),
    ("sub", "Excluded services"),
    ("p", "4.6 The following services must not be used for any Partnership purpose, on any device, whatever information is involved:"),
    ("p", "4.6(a) DeepSeek, in any form, including its website, mobile app and any version hosted by a third party;"),
    ("p", "4.6(b) Grok, including when used within the X (formerly Twitter) platform;"),
    ("p", "4.6(c) any service whose main purpose is to create realistic images, video or voice of real people (so-called face-swap or voice-cloning services)."),
    ("p", "4.7 Connecting to a generative AI model programmatically (through an API, a developer account, a low-code connector or a script) to build a tool, automate a process or process Partnership records requires prior approval from the DIGG and, where personal data is involved, a DPIA."),

    ("h", "5. What information may be used, and where"),
    ("p", "5.1 For this policy, Partnership information falls into four classes:"),
    ("p", "5.1(a) Open information: information that is already published, or is being prepared for publication and contains nothing that would be withheld, such as published timetables, Board papers in the public part of the agenda, and the adopted Regional Transport Strategy;"),
    ("p", "5.1(b) Internal information: the Partnership's own unpublished information that does not identify any person, such as draft reports, internal procedures, budget working papers and aggregated patronage figures;"),
    ("p", "5.1(c) Protected information: personal data about any living person (passengers, applicants, members of the public who contact us, staff, Board members, drivers), and information that is commercially sensitive or legally privileged, including tender submissions, bid prices, evaluation notes, legal advice and items taken in private by the Board;"),
    ("p", "5.1(d) Special information: information about anyone's health or disability, including the medical and eligibility evidence supplied with Tayforth Card applications; information about children and young people; safeguarding concerns; information about criminal offences or allegations; ethnicity, religion and sexual orientation; and security information about Partnership sites, including CCTV images."),
    ("p", "5.2 Open information may be used with any permitted generative AI tool, including Open Tools."),
    ("p", "5.3 Internal information may be used only in Partnership Copilot. It must not be entered into, uploaded to, or pasted into an Open Tool."),
    ("p", "5.4 Protected information may be used only in Partnership Copilot and only where all of the following apply:"),
    ("p", "5.4(a) the task is part of your normal duties and the information is used for the purpose for which it was collected;"),
    ("p", "5.4(b) you use no more of the information than the task needs; and"),
    ("p", "5.4(c) anything produced that needs to be kept is saved to the correct file in SharePoint or the case management system, not left only in the Copilot chat history."),
    ("p", "5.5 Special information must not be entered into any generative AI tool, including Partnership Copilot."),
    ("p", "5.6 Taking out a name does not change the class of information. A complaint or application that still contains a date, a route, a stop, a description of someone's circumstances or a reference number can identify the person and remains Protected or Special information."),
    ("p", "5.7 If you are unsure which class information belongs to, treat it as the higher class and ask the Information Governance Officer."),

    ("h", "6. Applications, grants and decisions about people"),
    ("p", "6.1 No output of a generative AI tool may form any part of the assessment, scoring, ranking or recommendation on an application to the Tayforth Card scheme, the Community Transport Grant Scheme or the Travel Assistance Fund, or on an appeal or review of any such decision."),
    ("p", "6.2 Generative AI may be used to prepare material around those schemes, for example drafting scheme guidance, standard letter templates or frequently asked questions, provided no Protected or Special information is used outside the limits of section 5."),
    ("p", "6.3 An applicant's own use of AI in preparing an application is not a reason to reject it or mark it down. Applications are judged on their content against the published criteria."),
    ("p", "6.4 Generative AI must not be used to sift, shortlist or score job applications, to assess an employee's performance, or to draft findings or outcomes in disciplinary, grievance or capability matters."),

    ("h", "7. Procurement, tenders and contracts"),
    ("p", "7.1 Generative AI must not be used in the evaluation of tenders or quotations, including those for supported local bus services, school and community transport contracts and consultancy commissions. This covers scoring, moderation, summarising submissions for evaluators, and drafting the reasons recorded for scores."),
    ("p", "7.2 Partnership Copilot may be used to help draft specifications, invitations to tender and clarification questions from Internal information, provided the Procurement Lead reviews the final documents before issue."),
    ("p", "7.3 Any purchase, subscription, licence or free trial of a product whose main function or a significant feature is generative AI, including one paid for on a purchasing card or accepted with a click-through agreement, requires DIGG approval and DPIA screening before any contract is entered into. Individual staff must not accept AI service terms on behalf of the Partnership."),
    ("p", "7.4 Consultants and contractors who propose to use generative AI in delivering work for the Partnership must say so before the work begins and must follow section 5 for any Partnership information they hold."),

    ("h", "8. Checking what AI produces"),
    ("p", "8.1 Everything produced with generative AI must be read and checked by the officer using it before it is relied on, sent or published. Generative AI can produce confident statements that are wrong."),
    ("p", "8.2 Particular care is needed with figures, dates, timetable and fare information, references to legislation (for example the Transport (Scotland) Acts 2001 and 2019) and anything presented as a quotation. These must be checked against the original source."),
    ("p", "8.3 Generative AI must not be relied on as a source of legal, financial or procurement advice. Seek advice from the appropriate officer."),
    ("p", "8.4 Formulas, macros and scripts suggested by generative AI may be used in your own work once you have tested them and understand what they do. They must not be added to any Partnership system or shared service without review by ICT."),

    ("h", "9. Publication, labelling and Board papers"),
    ("p", "9.1 Where text, images, audio or video published by the Partnership (on the website, social media, in consultation material, press releases or printed publicity) has been wholly or mainly produced by generative AI, it must carry the statement: \"Produced with the help of AI and checked by TayForth staff.\""),
    ("p", "9.2 A statement is not needed where AI has only been used to check spelling or grammar, to adjust tone, or to suggest alternative wording for text written by a member of staff."),
    ("p", "9.3 The author of a report to the Partnership Board or one of its committees must record in the report's \"Implications\" section whether generative AI was used to prepare substantive content. Recommendations to the Board must be written by the report author."),
    ("p", "9.4 Reports and appendices for items to be taken in private are Protected information and may be used only in Partnership Copilot, in line with 5.4."),
    ("p", "9.5 No chatbot or automated assistant that answers members of the public on the Partnership's behalf may be put into service without DIGG approval. Any such service must make clear to users that they are dealing with AI."),
    ("p", "9.6 Responses to public consultations, including consultation on the Regional Transport Strategy, may be analysed with Partnership Copilot where they are Protected information, provided any responses containing Special information are removed first and the officer checks a sample of responses against the themes produced."),

    ("h", "10. Meetings, recording and transcription"),
    ("p", "10.1 The transcription and meeting summary features of Partnership Copilot in Microsoft Teams may be used for internal Partnership meetings, provided everyone attending is told at the start and anyone may ask for them to be switched off."),
    ("p", "10.2 Tools that join a meeting as a participant in order to record, transcribe or summarise it, other than the Teams features described in 10.1, must not be admitted to Partnership meetings. If an external attendee brings one, the chair should ask for it to be removed."),
    ("p", "10.3 AI transcription must not be used for calls or meetings with passengers, applicants or members of the public in which Special information is likely to be discussed, such as Tayforth Card eligibility calls or meetings of the Accessibility Forum."),
    ("p", "10.4 Recordings of meetings of the Partnership Board and its committees are the responsibility of the Secretary to the Board. Whether AI-generated transcripts may be used to help prepare draft minutes of those meetings has not yet been decided and is with the Audit and Governance Committee. Until a decision is published, do not use AI transcription or summarisation on Board or committee recordings."),

    ("h", "11. Images, video, voice and likeness"),
    ("p", "11.1 Generative AI may be used to create illustrative images and graphics, for example for active travel campaign posters or social media, provided they do not show a real, identifiable person and are labelled in line with 9.1 when published."),
    ("p", "11.2 Generative AI must not be used to create, alter or animate an image, video or voice recording of a real, identifiable person, including colleagues, Board members, drivers and passengers, unless that person has given written consent and the Communications Manager has approved the use."),
    ("p", "11.3 AI-generated visualisations of proposed schemes, such as a new bus interchange or an active travel route, may be used in engagement material only if each image is clearly marked \"AI illustration – not a design drawing\" and the project manager has approved it."),
    ("p", "11.4 Photographs and CCTV images taken at Partnership sites or on vehicles must not be uploaded to any generative AI tool where people, vehicle registration plates or security arrangements can be seen."),

    ("h", "12. Training and support"),
    ("p", "12.1 Staff should complete the \"AI Essentials for TayForth\" module on iLearn within three months of this policy being approved or of starting with the Partnership."),
    ("p", "12.2 Experimenting with generative AI in your own time and on your own device for personal learning is not covered by this policy, as long as no Partnership information other than Open information is used."),
    ("p", "12.3 A network of AI Champions, one in each team, can help colleagues with prompts and good practice. The list of Champions is on the intranet."),

    ("h", "13. Mistakes and incidents"),
    ("p", "13.1 If Internal, Protected or Special information has been entered into a tool in breach of section 5, or content produced with AI containing a significant error has been sent or published, report it straight away, and in any case within 24 hours, through the Information Incident form on the ICT Service Desk portal."),
    ("p", "13.2 Where possible, delete the conversation from the tool's history and do not share it further. Do not try to contact the AI provider yourself."),
    ("p", "13.3 The Data Protection Officer will decide whether the incident must be reported to the Information Commissioner's Office. Staff who report promptly will be supported; failing to report may be treated as a conduct matter."),

    ("h", "14. Matters still under consideration"),
    ("p", "14.1 The following matters have not yet been decided. Until the DIGG publishes a decision, do not go ahead; send the request to the AI mailbox so that it can be considered."),
    ("p", "14.2 Agents and automations: the use of AI features that carry out actions without a person approving each step, such as sending email, updating records, booking or making changes in systems, including agents built with Copilot Studio."),
    ("p", "14.3 Translation for publication: whether generative AI may be used to translate material for publication into Gaelic or other languages, which is being considered as part of the review of the Partnership's Gaelic Language Plan. In the meantime translations for publication are commissioned through the contracted translation service."),
    ("p", "14.4 Synthetic voices: the use of AI-generated voices for audio announcements at bus stations and interchanges, on the travel information line, or in video content."),
    ("p", "14.5 AI-generated transcripts of Board and committee meetings (see 10.4)."),

    ("h", "15. Contacts, review and breaches of this policy"),
    ("p", "15.1 Questions about this policy, and requests for approval under it, go to the Digital and Information Governance Group through the AI mailbox: ai@tayforth-rtp.gov.uk."),
    ("p", "15.2 Other contacts:"),
    ("b", "the Data Protection Officer (dpo@tayforth-rtp.gov.uk) for DPIAs and questions about personal data;"),
    ("b", "the Information Governance Officer for information classes and incidents;"),
    ("b", "the ICT Service Desk for installing software and for access to Partnership Copilot;"),
    ("b", "the Communications Manager for images, labelling and publication;"),
    ("b", "the Procurement Lead for buying AI products and for tenders;"),
    ("b", "the Secretary to the Board for Board and committee papers and meetings."),
    ("p", "15.3 Breaches of this policy may be dealt with under the Partnership's disciplinary procedure or, for Board members, the Councillors' Code of Conduct or the Code of Conduct for Members of Devolved Public Bodies."),
    ("p", "15.4 The DIGG will review this policy at least once a year and will publish decisions on matters listed in section 14 on the intranet."),

    ("app", "Appendix A – Definitions"),
    ("p", "A.1 Generative AI: software that produces new text, images, audio, video or code in response to instructions (prompts), usually built on a large language model or image model."),
    ("p", "A.2 Partnership Copilot: Microsoft 365 Copilot Chat (and the Copilot features in Teams, Word, Outlook and other Microsoft 365 apps where licensed), used while signed in with a Partnership account."),
    ("p", "A.3 Open Tool: any generative AI tool or feature that is not Partnership Copilot, whatever the price, account type or device."),
    ("p", "A.4 Tayforth Card: the Partnership's regional concessionary travel card, which gives discounted or free travel on participating services to eligible residents, and its companion entitlement."),
    ("p", "A.5 Community Transport Grant Scheme: the Partnership's annual grant programme for community transport operators and voluntary groups."),
    ("p", "A.6 Travel Assistance Fund: discretionary payments to help individuals with transport costs to reach employment, training or health appointments."),
    ("p", "A.7 DIGG: the Digital and Information Governance Group described at 3.1."),
]


def build_md() -> str:
    out = [f"# {TITLE}", ""]
    out += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META] + [""]
    for kind, text in POLICY:
        if kind in ("h", "app"):
            out += [f"## {text}", ""]
        elif kind == "sub":
            out += [f"### {text}", ""]
        elif kind == "b":
            out += [f"- {text}"]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def build_docx(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in META:
        cells = table.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    for kind, text in POLICY:
        if kind in ("h", "app"):
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "sub":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph(text)
            head = text.split(" ", 1)[0]
            if "(" in head:
                p.paragraph_format.left_indent = Cm(1.0)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Tay and Forth Regional Transport Partnership"
    doc.save(path)


def main() -> None:
    (HERE / "knowledge").mkdir(exist_ok=True)
    (HERE / "originals").mkdir(exist_ok=True)
    build_docx(HERE / "knowledge" / f"{STEM}.docx")
    md = build_md()
    (HERE / "originals" / f"{STEM}.md").write_text(md, encoding="utf-8")
    words = sum(len(t.split()) for _, t in POLICY)
    print("words in policy body:", words)


if __name__ == "__main__":
    main()
