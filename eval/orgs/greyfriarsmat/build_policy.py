#!/usr/bin/env python3
"""Build the Greyfriars Learning Trust staff AI policy as an intranet HTML page
(knowledge/) and a same-stem Markdown original (originals/) with identical text
and clause numbering. Also copies the plain-text quick guide into originals/.

Run: /work/main/.venv/bin/python build_policy.py
"""
import html
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
OR = HERE / "originals"
STEM = "staff-ai-policy"

TITLE = "Staff Use of Generative AI Policy"
META = [
    ("Policy owner", "Chief Operating Officer"),
    ("Approved by", "Trust Board, 23 September 2026"),
    ("Version", "1.1"),
    ("Applies to", "All academies in Greyfriars Learning Trust and the Trust central team"),
    ("Next review", "September 2027"),
]

# Each section: (number, heading, intro text or None, [clauses])
# Each clause: (id, text, [bullet lines])
SECTIONS = [
    ("1", "Purpose and status", None, [
        ("1.1", "This policy sets out how people who work for Greyfriars Learning Trust (\"the Trust\") may use generative artificial intelligence in their work. It applies in all nine of our academies and in the Trust central team.", []),
        ("1.2", "We want staff to benefit from AI where it genuinely saves time or improves teaching, without putting pupils, families or colleagues at risk. The policy is deliberately simple: what you may put into an AI tool depends on the information, not on the tool.", []),
        ("1.3", "This policy sits alongside the Trust's Data Protection Policy, Child Protection and Safeguarding Policy, Exams Policy, Staff Code of Conduct and Acceptable Use of IT Policy. Where this policy says nothing about a situation, those policies still apply.", []),
        ("1.4", "A breach of this policy may be dealt with under the Trust's disciplinary procedure. A breach that is reported promptly will be treated as a learning opportunity wherever possible (see Section 17).", []),
    ]),
    ("2", "Scope", None, [
        ("2.1", "This policy applies to everyone who does work for the Trust: teachers, teaching assistants, support and administrative staff, the central team (HR, finance, estates, IT), supply and agency staff, trainee teachers on placement, volunteers, and local governors and trustees when acting in those roles.", []),
        ("2.2", "It covers any use of generative AI for Trust work, whether on a Trust device or a personal device, in school or at home, and whether the tool is free or paid for.", []),
        ("2.3", "It does not cover what staff do in their private lives where no Trust information is involved.", []),
        ("2.4", "Pupils' own use of AI is covered in Section 10 and in the pupil acceptable use agreement for each phase.", []),
    ]),
    ("3", "Definitions", "In this policy:", [
        ("3.1", "\"Generative AI\" means any software that produces text, images, audio, video or code in response to an instruction or prompt. It includes chatbots such as ChatGPT, Claude, Copilot and Gemini, image and video generators, and AI features built into other software.", []),
        ("3.2", "\"Trust Workspace account\" means the Google Workspace for Education account issued by the Trust, with an address ending @greyfriars.org.uk.", []),
        ("3.3", "\"The Trust AI tool\" means Gemini for Education used while signed in with a Trust Workspace account, under the Trust's education licence. It includes the Gemini app and the Gemini features inside Google Docs, Gmail, Sheets, Slides and Meet. It is the only generative AI tool the Trust has licensed.", []),
        ("3.4", "\"Open information\" means information that identifies no pupil, parent, carer or member of staff, either directly or when put together with other details, and that is not confidential. Published policies, curriculum content, generic lesson ideas and made-up examples are open information.", []),
        ("3.5", "\"Internal school information\" means the Trust's or a school's own unpublished information that identifies no one, such as draft policies, schemes of work, school improvement plans, non-personal budget figures and minutes with names removed.", []),
        ("3.6", "\"Protected information\" means any of the following:", [
            "pupils' personal data, including names, work that can be traced to them, attainment, assessment and attendance records, and behaviour records;",
            "information about special educational needs and disabilities (SEND), including education, health and care plans (EHCPs), SEN support plans and access arrangements;",
            "safeguarding and child protection information, including anything recorded or that would be recorded on CPOMS;",
            "health and medical information about anyone;",
            "staff personnel information, including recruitment, performance, sickness absence, grievance, disciplinary and pay records;",
            "the personal details of parents and carers.",
        ]),
        ("3.7", "\"Restricted assessment material\" means examination papers and mark schemes before their release, live non-examination assessment (NEA) tasks, and candidates' coursework and NEA submissions.", []),
        ("3.8", "Information is \"identifiable\" if a colleague, a parent or the person themselves could reasonably work out who it is about, even without a name (for example \"the only Year 6 girl in the school who uses a wheelchair\").", []),
        ("3.9", "\"AI Champion\" means the member of staff named by each headteacher as the school's first point of contact on AI. The \"Digital Governance Group\" (DGG) is the Trust group described in 19.1.", []),
    ]),
    ("4", "Principles", None, [
        ("4.1", "AI supports professional judgement; it never replaces it. Staff remain responsible for anything they produce or send with AI help.", []),
        ("4.2", "Pupil welfare and the protection of personal data come before convenience or saving time.", []),
        ("4.3", "Use the least information needed. If a task can be done with open information, do it that way.", []),
    ]),
    ("5", "Which tools staff may use", None, [
        ("5.1", "Staff may use any generally available generative AI tool for Trust work, including free tools and tools on personal accounts, provided that they put nothing into it except open information. This is the \"open information rule\".", []),
        ("5.2", "The Trust AI tool is the only AI tool that staff may use with internal school information. Staff must be signed in with their Trust Workspace account. The same product used with a personal Google account, or a paid personal Gemini subscription, is not the Trust AI tool and the open information rule applies to it.", []),
        ("5.3", "AI features built into other software (for example Canva's AI features, Grammarly, Copilot in a personal or home Microsoft 365 subscription, or AI in a phone's photo or keyboard apps) count as separate AI tools and the open information rule applies to them.", []),
        ("5.4", "Where an AI feature appears in a system that holds protected information, such as the management information system (Arbor), CPOMS, the SEND case management system or the HR and payroll system, staff must not switch it on or use it until the DGG has approved it under Section 15.", []),
        ("5.5", "Browser extensions, add-ons and plug-ins that can read the content of web pages, email or documents (for example AI summarisers and AI writing assistants) must not be installed on Trust devices or in any browser profile signed in to a Trust Workspace account. Such software can read protected information without the user choosing to share it.", []),
        ("5.6", "DeepSeek, and AI \"companion\" or character chat apps, must not be used for Trust work of any kind, even with open information.", []),
        ("5.7", "Building or running software that connects to an AI model through its developer interface (API), including scripts, spreadsheet add-ons and custom chatbots, counts as introducing a new tool and needs DGG approval under Section 15, whatever information it will handle.", []),
        ("5.8", "The Trust will not reimburse personal subscriptions to AI tools. Paid AI products for Trust work are bought only through Section 15.", []),
    ]),
    ("6", "What information may go into AI tools", None, [
        ("6.1", "Open information may be used in any AI tool permitted by Section 5.", []),
        ("6.2", "Internal school information may be used only in the Trust AI tool.", []),
        ("6.3", "Protected information must not be entered, uploaded, pasted, dictated or photographed into any generative AI tool, including the Trust AI tool. SEND and safeguarding information must never be used with AI in any form, whether or not names have been removed.", []),
        ("6.4", "Removing a name is not always enough. Before using any material that began as a pupil's, parent's or colleague's information, staff must remove names, initials, dates of birth, addresses, photographs and any other detail that would make the person identifiable (see 3.8). If the material cannot be made unidentifiable, it is protected information and 6.3 applies.", []),
        ("6.5", "Some information identifies nobody but would harm the Trust if it were released, for example bids and tenders, legal advice, proposals for restructuring or redundancies that have not been announced, building security arrangements, and correspondence from Ofsted or the DfE marked confidential. This is not internal school information for the purposes of this policy. It must not be put into any AI tool, including the Trust AI tool, unless the Chief Executive or Chief Operating Officer has approved it in writing for that task.", []),
        ("6.6", "Restricted assessment material must not be entered into any AI tool (see Section 9).", []),
        ("6.7", "When using any tool other than the Trust AI tool, staff should turn off any setting that lets the provider use their conversations to train its models, where the tool offers one.", []),
    ]),
    ("7", "Prohibited uses", None, [
        ("7.1", "Generative AI must not make, or be the main basis of, any decision about an individual pupil or member of staff. This includes suspensions and exclusions, sanctions, admissions, setting and grouping, SEND provision, recruitment shortlisting, capability and pay progression.", []),
        ("7.2", "Staff must not use AI to monitor, profile or predict the behaviour, attainment, attendance or wellbeing of identifiable pupils or staff.", []),
        ("7.3", "Staff must not send AI-generated messages that appear to come from a named colleague who has not seen and approved them.", []),
        ("7.4", "Staff must not use AI to create content that is discriminatory, sexual, violent or otherwise unsuitable for a school setting, or to get round the Trust's web filtering and monitoring.", []),
    ]),
    ("8", "Marking, feedback and reports", None, [
        ("8.1", "Staff may use AI to help design mark schemes, success criteria, model answers, quizzes and banks of generic feedback comments, using open information or, in the Trust AI tool, internal school information.", []),
        ("8.2", "A pupil's work is that pupil's personal data. Staff must not enter pupils' work into any AI tool to mark it, grade it or write feedback on it. The only exception is that a short extract (no more than a paragraph) from which the name and every identifying detail has been removed may be used in the Trust AI tool to try out the wording of feedback. Photographs or scans of pupils' exercise books count as pupils' work.", []),
        ("8.3", "Marks and grades must be decided by the teacher. A mark suggested by AI must not be recorded as a pupil's mark.", []),
        ("8.4", "For reports to parents, staff may use AI to improve the wording of a generic comment or to build a bank of phrases, but must not enter any pupil's name, attainment data, targets, behaviour or personal circumstances. Each report comment must be personalised and checked by the teacher responsible. Reports must not be generated in bulk from pupil data.", []),
        ("8.5", "Whether AI feedback platforms, where pupils submit work and receive feedback directly from an AI, may be used is not yet decided (see 18.1).", []),
    ]),
    ("9", "Examinations, coursework and JCQ requirements", None, [
        ("9.1", "The Trust follows the Joint Council for Qualifications (JCQ) guidance on AI use in assessments. A candidate's misuse of AI in work submitted for a qualification is malpractice, and so is a member of staff's failure to deal with it properly.", []),
        ("9.2", "Staff must not enter candidates' coursework or NEA into any AI tool, including the Trust AI tool, for any purpose, including checking it for AI use.", []),
        ("9.3", "Staff must not use AI to write, improve or give feedback on any part of a candidate's submission beyond what the awarding body allows teachers to do themselves.", []),
        ("9.4", "A result from an AI detection tool is not, on its own, evidence of malpractice. Staff who suspect AI misuse in assessed work must raise it with the school's Exams Officer, who will follow the JCQ procedure. Staff must not sign an authentication declaration for that work until the matter has been resolved.", []),
        ("9.5", "Staff may use AI to write their own practice questions and revision material from a published specification. Secure materials, including papers from awarding bodies' secure sites that are not yet public, must not be entered into AI tools.", []),
        ("9.6", "Exams Officers may use the Trust AI tool with internal school information for exam administration, for example drafting invigilator briefings or a room plan without candidate names. Candidate lists, access arrangements and special consideration requests are protected information.", []),
    ]),
    ("10", "Pupils' use of AI", None, [
        ("10.1", "Pupils in our primary academies (Reception to Year 6) must not use generative AI tools themselves. Teachers may demonstrate an AI tool to a class from the teacher's own device, using open information.", []),
        ("10.2", "In our secondary academies, pupils may use AI for learning only where their teacher has set a task that allows it. Gemini for Education is enabled for pupil accounts in Years 10 to 13 only.", []),
        ("10.3", "Staff must not ask or require pupils to sign up to any AI tool with a personal account, or to use any tool below the provider's minimum age.", []),
        ("10.4", "Pupils must acknowledge AI use in homework and classwork in the way their teacher directs. For work towards a qualification, the JCQ rules in Section 9 apply.", []),
        ("10.5", "A pupil using AI to create images, audio or messages about another pupil or a member of staff is a behaviour and safeguarding matter, and must be reported to the DSL at once (see 17.4).", []),
    ]),
    ("11", "Checking AI output", None, [
        ("11.1", "Staff must check all AI output for accuracy, bias and suitability before they use it, and must not pass on AI output that they have not read in full.", []),
        ("11.2", "AI output used in teaching materials must be checked for factual errors and for age-appropriateness before it is shown to pupils.", []),
        ("11.3", "Where an AI summary or analysis is used to inform a decision, the member of staff must check it against the original source.", []),
    ]),
    ("12", "Being open about AI use", None, [
        ("12.1", "Routine internal uses, such as drafting an email, planning a lesson or tidying up meeting notes, do not need to be labelled as AI-assisted.", []),
        ("12.2", "AI-generated images, audio or video published by the Trust or a school, or sent to parents, must be labelled \"Created with AI\". Text published or sent to parents need not be labelled, provided a named member of staff has reviewed it and takes responsibility for it.", []),
        ("12.3", "Staff must answer honestly if a pupil, parent or colleague asks whether AI was used in something they produced.", []),
        ("12.4", "Any chatbot or assistant that answers questions from parents, pupils or job applicants on the Trust's behalf needs DGG approval under Section 15 and must make clear to users that they are talking to AI.", []),
    ]),
    ("13", "Recording, transcription and meetings", None, [
        ("13.1", "AI note-taking, transcription and meeting summary tools must not be used in any meeting where individual pupils, parents or staff are discussed. This includes safeguarding and child protection meetings, SEND and EHCP reviews, parents' evenings, HR meetings and suspension or exclusion panels.", []),
        ("13.2", "In other meetings, such as department planning or central team project meetings, the Gemini note-taking feature in Google Meet may be used with Trust Workspace accounts, provided everyone present is told at the start and nobody objects. Third-party note-taking bots (for example Otter, Fireflies or Read.ai) must not be admitted to any Trust meeting.", []),
        ("13.3", "Recordings of lessons, or of pupils' voices, must not be put into any AI tool, including for transcription.", []),
        ("13.4", "Staff may use speech-to-text dictation to draft open information.", []),
    ]),
    ("14", "Images, photographs and likeness", None, [
        ("14.1", "Photographs and video of pupils must not be uploaded to any AI tool for any purpose, including editing, enhancement, captioning or animation, whatever consent the school holds for photography.", []),
        ("14.2", "Staff must not use AI to create images, audio or video that show or imitate a real pupil, parent or member of staff, including voice cloning and avatars.", []),
        ("14.3", "Staff may use AI image generators to produce illustrations for lessons, displays and newsletters, provided no real person is shown, the output is checked for suitability and 12.2 is followed where it is published.", []),
    ]),
    ("15", "Introducing new AI tools", None, [
        ("15.1", "Any AI tool that will process internal school information or protected information, that pupils will use, that the Trust will pay for, or that will connect to Trust systems must be approved by the DGG before use. This includes free trials offered by education suppliers.", []),
        ("15.2", "Requests are made through the school's AI Champion using the AI tool request form. A data protection impact assessment (DPIA) must be completed with the Trust Data Protection Officer before the DGG considers the request.", []),
        ("15.3", "The DGG will not approve a tool that uses Trust data to train its models, or that stores data outside the UK without safeguards the DPO accepts.", []),
        ("15.4", "Until a tool is approved it may be used only under the open information rule in 5.1, and never by pupils.", []),
    ]),
    ("16", "Training", None, [
        ("16.1", "All staff must complete the Trust's \"Safe Use of AI\" online module before using the Trust AI tool. Gemini is switched on for a staff account once the module has been completed.", []),
        ("16.2", "AI Champions receive further training and run a drop-in session each term.", []),
        ("16.3", "The module is refreshed each September as part of the annual data protection and safeguarding update.", []),
    ]),
    ("17", "When something goes wrong", None, [
        ("17.1", "If protected information, internal school information or restricted assessment material has been put into an AI tool in breach of this policy, the member of staff must report it the same working day to the school's data protection lead and the Trust DPO. Do not wait to see whether harm results, and do not try to fix it yourself by deleting the conversation and saying nothing.", []),
        ("17.2", "Where the information concerns safeguarding, the school's Designated Safeguarding Lead (DSL) must also be told immediately.", []),
        ("17.3", "Where AI output has led to an error that has reached pupils, parents or the public, for example wrong information in a letter home, the member of staff must tell their headteacher or line manager.", []),
        ("17.4", "Fake or manipulated images, audio or video of pupils or staff, however they come to light, are a safeguarding matter and must be reported to the DSL at once. Staff must not forward or save copies.", []),
    ]),
    ("18", "Matters under review", "The following points have not yet been decided. Staff who want to do any of these things should ask their AI Champion, who will refer the question to the DGG. The DGG will publish its decisions on the AI intranet page.", [
        ("18.1", "AI feedback platforms. The Trust has not decided whether platforms on which pupils submit work and receive feedback directly from an AI may be used, even where the supplier offers a data processing agreement. A small pilot is being evaluated.", []),
        ("18.2", "Younger pupils. Whether Gemini for Education will be enabled for pupils in Years 7 to 9 has not been decided.", []),
        ("18.3", "Microsoft 365 Copilot. The central finance team works in Microsoft 365 for the finance system. Whether Microsoft 365 Copilot, signed in with those work accounts, may be used with internal school information is under review. Until the DGG decides, it is treated like any other tool under 5.1.", []),
        ("18.4", "Ownership of AI-assisted resources. The Trust has not settled who owns teaching resources that staff create with AI help, or whether staff may share or sell them outside the Trust. This will be decided in the review of the Intellectual Property Policy.", []),
    ]),
    ("19", "Roles and contacts", None, [
        ("19.1", "The Digital Governance Group (DGG) is chaired by the Chief Operating Officer and includes the Director of IT and Data, the Data Protection Officer, the Trust Safeguarding Lead and the Director of Education. It approves AI tools, decides matters under review and owns this policy. Contact: aigovernance@greyfriars.org.uk.", []),
        ("19.2", "Your school's AI Champion is the first point of contact for any question about this policy.", []),
        ("19.3", "The Trust Data Protection Officer handles DPIAs, data protection questions and breaches: dpo@greyfriars.org.uk.", []),
        ("19.4", "Your school's DSL handles safeguarding concerns, including anything under 17.2 and 17.4.", []),
        ("19.5", "Your school's Exams Officer handles questions about coursework, NEA and JCQ requirements.", []),
        ("19.6", "The Trust IT Service Desk switches on Gemini after training, blocks tools and extensions, and answers questions about account settings: itservicedesk@greyfriars.org.uk.", []),
    ]),
    ("20", "Review", None, [
        ("20.1", "The DGG reviews this policy every year, or sooner if DfE guidance, JCQ requirements or the law change.", []),
    ]),
]

APPENDIX_TITLE = "Appendix A – Examples of each kind of information"
APPENDIX = [
    ("A.1", "Open information: a published Ofsted report; the national curriculum; a blank worksheet; a made-up pupil answer written to show a common mistake; the school's published term dates; a job advert once it is live."),
    ("A.2", "Internal school information: a draft behaviour policy before consultation; a scheme of work; the school improvement plan; a department's non-personal budget; an anonymised summary of staff survey results with no comments that could identify anyone."),
    ("A.3", "Protected information: a class list; a seating plan with notes; a pupil's reading age; a free school meals list; a note that a parent is going through a divorce; a referral to early help; a teaching assistant's return-to-work form; interview notes on candidates; a letter to a named family about attendance."),
]


def build_md() -> str:
    out = [f"# {TITLE}", "", "Greyfriars Learning Trust", ""]
    for k, v in META:
        out.append(f"{k}: {v}  ")
    out.append("")
    for num, head, intro, clauses in SECTIONS:
        out.append(f"## {num}. {head}")
        out.append("")
        if intro:
            out.append(intro)
            out.append("")
        for cid, text, bullets in clauses:
            out.append(f"{cid} {text}")
            out.append("")
            for b in bullets:
                out.append(f"- {b}")
            if bullets:
                out.append("")
    out.append(f"## {APPENDIX_TITLE}")
    out.append("")
    for cid, text in APPENDIX:
        out.append(f"{cid} {text}")
        out.append("")
    return "\n".join(out)


def e(s: str) -> str:
    return html.escape(s, quote=False)


def build_html() -> str:
    h = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(TITLE)} | Greyfriars Learning Trust staff intranet</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "</head>",
        "<body>",
        '<header class="site-header">',
        '  <a class="logo" href="/">Greyfriars Learning Trust &ndash; Staff Hub</a>',
        '  <nav aria-label="Main"><ul>',
        '    <li><a href="/news/">News</a></li>',
        '    <li><a href="/policies/">Policies</a></li>',
        '    <li><a href="/hr/">HR and payroll</a></li>',
        '    <li><a href="/it/">IT help</a></li>',
        "  </ul></nav>",
        "</header>",
        '<nav class="breadcrumb" aria-label="Breadcrumb">Home &gt; Policies &gt; Digital and data &gt; Generative AI</nav>',
        "<main id=\"content\">",
        f"<h1>{e(TITLE)}</h1>",
        "<table class=\"doc-control\">",
    ]
    for k, v in META:
        h.append(f"  <tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>")
    h.append("</table>")
    for num, head, intro, clauses in SECTIONS:
        h.append(f'<h2 id="s{num}">{num}. {e(head)}</h2>')
        if intro:
            h.append(f"<p>{e(intro)}</p>")
        for cid, text, bullets in clauses:
            h.append(f'<p id="c{cid}">{cid} {e(text)}</p>')
            if bullets:
                h.append("<ul>")
                for b in bullets:
                    h.append(f"  <li>{e(b)}</li>")
                h.append("</ul>")
    h.append(f'<h2 id="appendix-a">{e(APPENDIX_TITLE)}</h2>')
    for cid, text in APPENDIX:
        h.append(f'<p id="c{cid}">{cid} {e(text)}</p>')
    h += [
        "</main>",
        '<footer class="site-footer">',
        "  <p>Greyfriars Learning Trust is a charitable company limited by guarantee. This page is for staff only.</p>",
        '  <p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Staff privacy notice</a></p>',
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(h)


def main():
    KN.mkdir(exist_ok=True)
    OR.mkdir(exist_ok=True)
    (KN / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    md = build_md()
    (OR / f"{STEM}.md").write_text(md, encoding="utf-8")
    # the quick guide is hand-written plain text; originals hold an identical copy
    shutil.copyfile(KN / "staff-ai-quick-guide.txt", OR / "staff-ai-quick-guide.txt")
    words = sum(len(t.split()) for _, h_, i, cl in SECTIONS for t in [h_, i or ""] + [c[1] + " " + " ".join(c[2]) for c in cl])
    words += sum(len(t.split()) for _, t in APPENDIX)
    print(f"policy words (approx): {words}")


if __name__ == "__main__":
    main()
