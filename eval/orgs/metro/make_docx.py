#!/usr/bin/env python3
"""Build knowledge/ai-acceptable-use-policy.docx and originals/ai-acceptable-use-policy.md
from one source of text, so the two always say the same thing.

The Word file: Title paragraph, a version table, Heading 1 sections numbered by Word's automatic
numbering (a decimal "%1." abstractNum in numbering.xml applied with w:numPr, so no number is
typed), unnumbered Heading 2 sub-headings, Normal paragraphs with no numbers, List Bullet items.
The markdown original writes the section numbers as `## N. Heading`.

    /work/main/.venv/bin/python make_docx.py
"""
import copy
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "ai-acceptable-use-policy"

TITLE = "Generative Artificial Intelligence: Acceptable Use Policy for Staff"
SUBTITLE = "Ravensmoor Metropolitan Borough Council"

VERSION_TABLE = [
    ("Document", "Generative AI Acceptable Use Policy for Staff"),
    ("Version", "1.2"),
    ("Status", "Approved"),
    ("Owner", "Head of Information Governance (Data Protection Officer)"),
    ("Approved by", "Corporate Information Governance Group"),
    ("Date approved", "14 September 2026"),
    ("Next review", "March 2027"),
    ("Classification", "OFFICIAL"),
    ("Changes in this version", "Copilot Chat confirmed as the only approved tool; matters still under review updated"),
]

# (kind, text): h1 = numbered section heading, h2 = unnumbered sub-heading, p = paragraph, b = bullet
BODY = [
    ("h1", "Introduction and purpose"),
    ("p", "Generative artificial intelligence (generative AI) tools can write, summarise and rework text, answer questions in everyday language and produce pictures from a short written instruction. Used carefully, they can save time on routine writing and help colleagues explain things more clearly to residents. Used carelessly, they can leak information, give confident answers that are wrong, and treat people unfairly."),
    ("p", "This policy sets out how Ravensmoor Metropolitan Borough Council (\"the council\") expects its staff to use generative AI. It explains which tool is approved, what information may and may not be put into it, which activities are never acceptable, and what to do when something goes wrong. It sits alongside the council's Information Security Policy, Data Protection Policy, Acceptable Use of ICT Policy, Records Management Policy and the Code of Conduct for Employees, and does not replace any of them."),
    ("p", "The technology is changing quickly. The council will review this policy at least every six months and will publish any changes on the staff intranet, RavenNet. The version on RavenNet is always the current one; printed copies may be out of date."),

    ("h1", "Who and what this policy covers"),
    ("p", "This policy applies to everyone who does work for the council: permanent and temporary employees, apprentices, agency and interim workers, consultants and contractors working on council systems, and volunteers. In this policy they are all called \"staff\"."),
    ("p", "It applies whenever you are doing council work, wherever you are and whatever device you are using, including a personal phone, tablet or home computer."),
    ("p", "It covers generative AI in every form: websites and apps, browser extensions and plug-ins, and AI features that appear inside other software or online services."),
    ("p", "Elected members (councillors) are not covered by this policy. Guidance for members is being prepared separately by Democratic Services (see section 13). Schools maintained by the council set their own policies for their staff and pupils, and this policy does not apply to school-based staff."),
    ("p", "This policy is about generative AI only. Other systems that use automated rules or predictive analytics, such as the data-matching tools used by Revenues and Benefits, are governed by their own data protection impact assessments and are outside the scope of this document."),

    ("h1", "Key terms"),
    ("p", "In this policy:"),
    ("b", "Generative AI means software that creates new text, images, audio, video or computer code in response to an instruction. ChatGPT, Gemini, Claude and Microsoft Copilot are examples."),
    ("b", "A prompt is the question, instruction or material, including any uploaded file, that you give to a generative AI tool. The output is whatever the tool produces in response."),
    ("b", "Personal information is any information about a living person who can be identified from it, either on its own or together with other information the reader might have. A name is not needed for someone to be identifiable: an address, a case reference, a job title in a small team or an unusual set of circumstances can be enough."),
    ("b", "Sensitive personal information is personal information about someone's physical or mental health, disability, care and support needs, safeguarding concerns, racial or ethnic origin, religion or belief, sex life or sexual orientation, trade union membership, genetic or biometric data, or criminal allegations, offences and convictions. In this policy, all information about children who are known to council services is treated as sensitive personal information."),
    ("b", "Your council account is the Microsoft account you sign in with using your @ravensmoor.gov.uk address."),

    ("h1", "The approved tool"),
    ("p", "Microsoft 365 Copilot Chat is the only generative AI tool the council has approved for council work, and only when you are signed in to it with your council account. When you are signed in correctly, Copilot Chat shows a green shield and the word \"Protected\" at the top of the screen. This means your prompts and its outputs stay within the council's Microsoft 365 environment and are not used to train Microsoft's AI models."),
    ("p", "You can open Copilot Chat from the Microsoft 365 app launcher, from the Microsoft 365 Copilot app, or from the Copilot icon in the Microsoft Edge sidebar on a council laptop. These are all the same approved tool, provided the green shield is showing."),
    ("p", "No other generative AI tool may be used for council business. This applies whether the tool is free or paid for, whether you use it on a council device or your own, and whether or not it asks you to sign in. It includes, for example:"),
    ("b", "chatbots and assistants such as ChatGPT, Google Gemini, Claude, Perplexity, Meta AI, DeepSeek and Grok, and the consumer version of Microsoft Copilot used with a personal Microsoft account or without signing in;"),
    ("b", "writing, grammar and translation tools that use generative AI, such as Grammarly, DeepL, QuillBot and Wordtune;"),
    ("b", "AI meeting assistants and transcription services, such as Otter.ai, Fireflies and Fathom, or any bot that joins a call to take notes;"),
    ("b", "image, video and voice generators, such as Midjourney, DALL-E, Adobe Firefly, Canva's Magic Studio, Synthesia and ElevenLabs;"),
    ("b", "browser extensions and phone apps with AI features, and AI features that have been added to other software or websites."),
    ("p", "The paid Microsoft 365 Copilot licence, which adds Copilot inside Word, Excel, PowerPoint, Outlook and Teams meetings, is not part of this approval. The council has not bought that licence for general use, and staff must not buy, expense or switch it on themselves."),
    ("h2", "Devices and connections"),
    ("p", "Only use Copilot Chat on a council-managed device, or on a personal device that has been enrolled through the council's Company Portal app as the Acceptable Use of ICT Policy requires. Do not use it on shared or public computers, such as those in libraries."),
    ("p", "Do not connect Copilot Chat, or any other AI tool, to council mailboxes, shared drives, SharePoint sites or other systems, and do not install plug-ins or connectors, unless the Digital team has set this up."),
    ("p", "Treat a Copilot Chat conversation as you would an email: keep prompts focused on the task and do not share a conversation with anyone who would not be entitled to see the information in it."),
    ("h2", "Asking for another tool"),
    ("p", "If you think a different tool would help your service, ask your manager to raise a request through the IT Service Desk. The request will be assessed by the Digital team and the Information Governance team and decided by the Corporate Information Governance Group. You must not use the tool, even for a trial or with made-up information, unless and until the group has approved it in writing. Approved additions will be announced on RavenNet and this section will be updated."),
    ("h2", "AI features in other software"),
    ("p", "Suppliers are adding generative AI features to products the council already uses, such as case management systems, the customer contact platform and design software. A feature like this is not approved just because the product is. Do not switch on or use a generative AI feature in any product other than Copilot Chat until the Corporate Information Governance Group has approved it. If a feature appears that you have not seen before, report it to the IT Service Desk."),

    ("h1", "What information you can put into Copilot Chat"),
    ("p", "Even in Copilot Chat, what you put in matters. Apply the rules below every time you write a prompt or upload a file. The same rules apply to text you copy from emails, Teams chats, spreadsheets or council systems."),
    ("h2", "Information you may use"),
    ("p", "You may use information that has already been published, such as committee reports, pages on the council's website, legislation and national guidance."),
    ("p", "You may use the council's own unpublished information where it does not identify any person, for example draft reports and strategies, internal procedures, project plans, anonymised or aggregated figures, and your own notes of a meeting once names and other identifying details have been taken out."),
    ("h2", "Information you must not use"),
    ("p", "You must not enter personal information about residents, tenants, service users, customers, staff, job applicants, councillors or anyone else into Copilot Chat. This includes a name linked to any detail about the person, addresses, email addresses, phone numbers, dates of birth, National Insurance numbers, NHS numbers, council tax and case reference numbers, vehicle registrations and photographs. It also includes documents that contain personal information, such as case notes, emails and letters from residents, complaint files, HR records and spreadsheets with names in them."),
    ("p", "You must never enter sensitive personal information into Copilot Chat, even with names and references removed. Details of a person's health, care needs, safeguarding concerns or offending can identify them in a local community even when no name is given, and the harm if they are exposed is serious."),
    ("p", "You must not enter information that is commercially confidential or legally privileged, such as tender bids and prices before a contract is awarded, advice from Legal Services, information about current legal proceedings or investigations, or anything marked OFFICIAL-SENSITIVE. Never enter passwords, system access details or information about the council's security arrangements."),
    ("h2", "Taking out personal details"),
    ("p", "If you want help with a piece of work that involves a person, you may describe the situation in general terms, provided you have removed everything that could identify them. Replace names with labels such as \"Resident A\", leave out addresses, dates and reference numbers, and check that the person could not be recognised from what is left. This does not apply to sensitive personal information, which must not be used in any form. If you are not sure whether something identifies a person, treat it as personal information and leave it out."),

    ("h1", "What Copilot Chat can be used for"),
    ("p", "Within the information rules in section 5 and the limits in section 7, you are encouraged to use Copilot Chat to help with everyday work, for example to:"),
    ("b", "draft or improve emails, letters, briefing notes and reports, working from your own notes;"),
    ("b", "summarise published documents, long reports and national guidance;"),
    ("b", "rewrite text in plain English or easy read, shorten it, or change its tone for a different audience;"),
    ("b", "produce first drafts of web content, newsletters, frequently asked questions and public notices, to be checked and signed off in the usual way;"),
    ("b", "plan projects, structure presentations, prepare agendas and generate ideas;"),
    ("b", "create training materials, quizzes and example scenarios that use made-up people;"),
    ("b", "get help with spreadsheet formulas, data-cleaning steps or short pieces of code, using dummy or non-personal data;"),
    ("b", "draft job descriptions and job adverts (see section 10)."),
    ("h2", "Translation"),
    ("p", "You may use Copilot Chat to produce a first translation of general information that is not about any individual, for example a leaflet about bin collections, into another language. A translation that will be given to residents or published must be checked by a fluent speaker or by the council's contracted translation service before it is used. Do not use Copilot Chat to translate a letter, email or call from a resident about their own circumstances, because that would mean entering personal information."),
    ("p", "Whatever you use Copilot Chat for, the work remains yours. Section 8 explains the checks you must carry out before you use any output."),

    ("h1", "Activities that are not permitted"),
    ("p", "Some uses are not allowed in any tool, including Copilot Chat, whatever information is involved."),
    ("h2", "Decisions about people"),
    ("p", "Generative AI must not be used to make, or to recommend, a decision about an individual person or household. This covers, among other things, housing allocations and homelessness, council tax support and discretionary payments, social care and support, education and travel assistance, licensing and enforcement, grants, and any employment matter. You must not ask an AI tool to assess, score, rank, prioritise or compare people or their applications, or to suggest what outcome they should receive. Decisions must be made by the officer with the authority to make them, using the council's own systems and procedures."),
    ("h2", "Images, voices and likenesses of real people"),
    ("p", "You must not use AI to create, alter or imitate the face, body, voice or likeness of any real person, including colleagues, councillors, residents and public figures. You must not produce realistic pictures, audio or video that could be mistaken for a real event, person or place (sometimes called \"deepfakes\"), even as a joke or for internal use only."),
    ("h2", "Other uses that are not allowed"),
    ("p", "You must not use generative AI for:"),
    ("b", "sending output to a resident, partner or member of the public without a member of staff reading, checking and approving it first;"),
    ("b", "setting up a chatbot, automatic reply or any other way for AI to respond directly to the public;"),
    ("b", "legal, financial or other professional advice that you rely on without checking it with a qualified colleague, or as the basis of a formal statement, evidence or witness statement;"),
    ("b", "recording or transcribing a meeting or phone call, or letting an AI tool join a meeting;"),
    ("b", "producing material for party political purposes, or material that could be seen as political during a pre-election period;"),
    ("b", "monitoring or judging the performance, conduct or behaviour of colleagues;"),
    ("b", "creating content that is discriminatory, offensive, harassing or misleading, or trying to get round the safety controls built into a tool."),

    ("h1", "Checking output and staying accountable"),
    ("p", "Generative AI predicts plausible words; it does not know whether they are true. It can invent facts, figures, quotations, legal references and sources, it can leave out important points, and it can repeat bias found in the material it learned from. You are responsible for anything you produce with its help, exactly as if you had written it yourself."),
    ("p", "Before you use any output you must read all of it, check facts, figures, references to legislation and sources against a reliable original, and make sure it is consistent with council policy and the law. Do not cite a source the tool has given you unless you have found and read it yourself."),
    ("p", "Check output for bias and for wording that could disadvantage people with protected characteristics under the Equality Act 2010. If the output will inform a change to a service or a policy, consider it in the equality impact assessment in the usual way."),
    ("p", "Respect copyright. Do not paste in substantial material that belongs to someone else, such as a paid-for report or another organisation's unpublished documents, and do not present output as original creative work without checking that it does not reproduce someone else's material."),
    ("p", "Do not let the tool do your thinking for you. It can help you draft and organise, but professional judgement, and the responsibility that comes with it, stays with you and your manager."),

    ("h1", "Being open about AI use"),
    ("p", "The council wants residents to be able to trust what it tells them. You must be open about the use of AI where it has made a significant contribution to something that is published or sent outside the council."),
    ("p", "Where a document, web page, letter or report that will be published or sent outside the council has been substantially drafted with Copilot Chat, include this statement at the end: \"Parts of this document were drafted with the help of AI and have been checked by council staff.\" You do not need to label routine emails, internal drafts, or text where AI only corrected spelling or suggested small changes of wording."),
    ("p", "Reports to cabinet, committees and scrutiny panels must say in their background section if AI was used to draft or analyse any part of the report."),
    ("p", "If a resident or councillor asks whether AI was used in dealing with their matter, answer honestly. If you are unsure how to answer, ask the Information Governance team."),
    ("p", "Prompts and outputs are council information. They may have to be disclosed in response to a Freedom of Information request or a subject access request, and where an output has informed a piece of work it should be saved to the relevant file in line with the Records Management Policy. Do not use AI to write anything you would not be comfortable seeing disclosed."),

    ("h1", "Recruitment and managing staff"),
    ("p", "Managers and HR staff may use Copilot Chat to draft job descriptions, person specifications, job adverts, interview questions and induction material, provided no personal information is entered."),
    ("p", "AI must not be used at any stage of assessing candidates. Do not enter application forms, CVs, covering letters, test answers or interview notes into any AI tool, and do not use AI to shortlist, score, rank or write feedback on candidates."),
    ("p", "The same applies to existing staff. Do not use AI to write or assess appraisals, probation reviews, sickness absence or capability records, disciplinary or grievance papers, or references about a named person. You may use Copilot Chat to draft a blank template or general guidance for managers."),
    ("p", "The council has not yet set a position on job applicants using AI to help write their applications or prepare for assessments. Recruiting managers must not reject or mark down an application because they suspect AI was used; refer any concern to your HR Business Partner."),

    ("h1", "Reporting problems and incidents"),
    ("p", "Report it straight away if any of the following happens: you or a colleague have entered personal, sensitive or confidential information into any AI tool, including Copilot Chat; an AI tool that is not approved has been used for council work; you used Copilot without being signed in with your council account; or AI output containing errors has been sent to a resident or published."),
    ("p", "Report incidents involving personal information to the Information Governance team using the data breach form on RavenNet, or by calling the Information Governance helpline on 0161 496 0732, as soon as you notice and in any case on the same working day. The council may have to notify the Information Commissioner's Office within 72 hours, so do not wait. Do not try to deal with it yourself by deleting the conversation and saying nothing."),
    ("p", "Report other concerns, such as a tool producing offensive or clearly wrong output or an AI feature appearing in a system without warning, to the IT Service Desk."),
    ("p", "For general questions about this policy, email aigovernance@ravensmoor.gov.uk. Staff who report an incident promptly and honestly will be supported; the aim is to limit harm and learn from what happened."),

    ("h1", "Training and support"),
    ("p", "Before you use Copilot Chat for council work you must complete the \"Using AI Safely at Ravensmoor\" e-learning module on the council's learning platform, Ravensmoor Learns. The module takes about 40 minutes. You must complete a shorter refresher every year."),
    ("p", "Managers must make sure their staff have completed the module before they use Copilot Chat, and should talk about safe use in one-to-ones and team meetings."),
    ("p", "Each directorate has Digital Champions who can show colleagues how to write good prompts and how to check outputs. Their names are listed on the AI page of RavenNet."),
    ("p", "Staff who do not use a computer as part of their job, or who need the training in another format, should ask their manager or the Learning and Development team."),

    ("h1", "Matters still under review"),
    ("p", "The council has not yet decided the following matters. Until a decision is published on RavenNet, staff must not assume that any of these activities is permitted, and should send their question to the AI governance mailbox so that it can be considered by the Corporate Information Governance Group."),
    ("b", "Whether councillors may use Copilot Chat, or any other AI tool, for ward casework and council business. Democratic Services is preparing separate guidance for members."),
    ("b", "Whether AI-generated pictures and illustrations that do not show real people may be used in published council material, such as leaflets, posters, social media posts and the website."),
    ("b", "How long Copilot Chat conversation history should be kept, and whether it must be exported into the council's records systems."),
    ("b", "Whether staff who use assistive technology with built-in AI features, such as dictation, reading or note-taking software, as a reasonable adjustment may use those features for council work. In the meantime requests will be considered individually with HR and Occupational Health."),
    ("b", "What the council expects of suppliers, consultants and partner organisations that use AI in work they do for the council, including what they must tell the council."),
    ("b", "Whether staff may use AI tools for assignments on professional qualifications the council is paying for, where the work involves no council information."),

    ("h1", "Breaches, monitoring and review"),
    ("p", "Failure to follow this policy may be dealt with under the council's Disciplinary Procedure and, for contractors and agency workers, may lead to the end of their assignment. Deliberately entering sensitive personal information into an unapproved AI tool is likely to be treated as gross misconduct."),
    ("p", "The council monitors the use of its network and devices in line with the Acceptable Use of ICT Policy and blocks access to some AI websites from council devices. A site that is not blocked is not approved for that reason."),
    ("p", "This policy is owned by the Head of Information Governance and approved by the Corporate Information Governance Group. It will be reviewed at least every six months, or sooner if the law, national guidance or the council's technology changes."),
]

NUM_ID = "90"
ABSTRACT_ID = "90"


def add_heading_numbering(doc):
    """A decimal single-level list ("%1.") in numbering.xml, for the Heading 1 sections."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), ABSTRACT_ID)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "567")
    ind.set(qn("w:hanging"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), NUM_ID)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), ABSTRACT_ID)
    num.append(ref)
    numbering.append(num)


def number_paragraph(par):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), NUM_ID)
    numpr.append(ilvl)
    numpr.append(numid)
    # numPr goes after pStyle inside pPr
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    add_heading_numbering(doc)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in VERSION_TABLE:
        row = table.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph("")
    for kind, text in BODY:
        if kind == "h1":
            number_paragraph(doc.add_paragraph(text, style="Heading 1"))
        elif kind == "h2":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    section.footer.paragraphs[0].text = "Ravensmoor MBC - Generative AI Acceptable Use Policy v1.2"
    doc.save(path)


def build_md(path):
    out = [f"# {TITLE}", "", SUBTITLE, "", "| | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in VERSION_TABLE]
    out.append("")
    n = 0
    prev = None
    for kind, text in BODY:
        if kind == "h1":
            n += 1
            out += ["", f"## {n}. {text}", ""]
        elif kind == "h2":
            out += ["", f"### {text}", ""]
        elif kind == "b":
            out.append(f"- {text}")
        else:
            if prev == "b":
                out.append("")
            out += [text, ""]
        prev = kind
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.strip() + "\n")


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    words = sum(len(t.split()) for _, t in BODY)
    print("sections:", sum(1 for k, _ in BODY if k == "h1"), "words in body:", words)
