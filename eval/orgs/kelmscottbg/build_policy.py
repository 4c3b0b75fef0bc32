#!/usr/bin/env python3
"""Build the Kelmscott Botanic Gardens Trust GenAI policy as an intranet HTML page
(knowledge/) and its same-text Markdown original (originals/)."""
import html
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, "knowledge")
ORIG = os.path.join(HERE, "originals")
STEM = "kelmscott-genai-policy"

TITLE = "Using Generative AI at Kelmscott: Staff and Volunteer Policy"
PREAMBLE = [
    "Policy owner: Head of Digital and Information. Approved by the Finance and Resources Committee of the Board of Trustees. Version 2.0, November 2026. Next review: November 2027.",
    "This page is for everyone who works or volunteers for Kelmscott Botanic Gardens Trust. If you only read one thing, read sections 4 and 5.",
]

# (number, heading, [ (clause number or None, text, [lettered items]) ])
SECTIONS = [
    ("1", "Purpose and scope", [
        ("1.1", "This policy explains how staff, volunteers, contractors and trustees of Kelmscott Botanic Gardens Trust (\"the Trust\") may use generative artificial intelligence (AI) tools in their work for the Trust. Generative AI means tools that produce text, images, audio, video or code in response to a prompt, such as ChatGPT, Microsoft 365 Copilot Chat, Gemini, Claude, Midjourney, DeepL Write and the AI features built into apps such as Canva or Google Lens.", []),
        ("1.2", "It applies to all Trust work wherever it is done and on any device, including work done by volunteers for the Friends of Kelmscott and by contractors working on Trust information.", []),
        ("1.3", "This policy sits alongside the Trust's Data Protection Policy, Information Security Policy, Safeguarding Policy, Plant Health and Biosecurity Procedures and Collections Management Policy. Where they set a stricter rule, the stricter rule applies.", []),
    ]),
    ("2", "Our approach", [
        ("2.1", "The Trust wants you to use generative AI where it helps. You may use any generative AI tool for Trust work without asking permission first, as long as you follow the information rules in section 4 and the activity rules in section 5. There is no approved-tools list.", []),
        ("2.2", "You remain responsible for anything you produce with AI. AI tools make mistakes, invent facts and references, and can reflect bias. Check every output for accuracy before you use it or share it, and do not present AI output as your own expert judgement.", []),
        ("2.3", "You may use a personal account (for example a free or paid ChatGPT account you set up yourself) or a personal device for Trust work, but only with published information as defined in 3.1. Internal information must never be put into a personal account.", []),
        ("2.4", "You may use Microsoft 365 Copilot Chat signed in with your Trust account on a personal phone, tablet or computer, through the Microsoft 365 app or a web browser. The same information rules apply as on a Trust device.", []),
    ]),
    ("3", "Types of information", [
        ("3.1", "Published information is information the Trust has already made public or that has been approved for publication: our website, guidebooks, signage and interpretation, press releases, published annual reports, published research papers and datasets, and public data from other organisations (for example GBIF records or published floras).", []),
        ("3.2", "Internal information is the Trust's own unpublished information that does not identify anyone and is not restricted information: for example draft documents and plans, internal procedures, project plans, board and committee papers without personal details, budgets and non-sensitive figures such as total visitor numbers.", []),
        ("3.3", "Restricted information is:", [
            "(a) personal data about visitors, Friends members, donors, volunteers, staff, trustees, contractors or anyone else, including names with circumstances, contact details, bank details, photographs and recordings of identifiable people;",
            "(b) any information about children and young people, including school and family booking details, pupil lists, photographs of pupils and information about their needs;",
            "(c) health information, accessibility and allergy information, accident and incident reports, and safeguarding records;",
            "(d) HR information, including recruitment applications, sickness absence, appraisals, grievances, disciplinary matters and pay;",
            "(e) unpublished research data and results, including seed bank viability and germination data, and the collection or field locations of rare, threatened or protected species;",
            "(f) commercial information, including supplier prices, contract terms and tender bids for the café, shop, horticultural supplies or any other supplier.",
        ]),
        ("3.4", "If you are not sure which type of information you have, treat it as the more protected type.", []),
    ]),
    ("4", "Information rules", [
        ("4.1", "Published information may be used in any generative AI tool.", []),
        ("4.2", "Internal information may be entered only into Microsoft 365 Copilot Chat signed in with your Trust (@kelmscottbg.org.uk) account, which shows the green \"Protected\" shield. Do not put internal information into any other AI tool, including ChatGPT, Gemini, Claude, DeepL, Copilot signed in with a personal Microsoft account, or AI features in apps not provided by the Trust.", []),
        ("4.3", "Restricted information must not be entered into any generative AI tool, including Microsoft 365 Copilot Chat signed in with your Trust account. This includes typing or pasting it, uploading documents, spreadsheets, photographs or recordings that contain it, and letting an AI tool read a mailbox, folder or database that holds it.", []),
        ("4.4", "Information from which every personal detail has been removed, so that no one can be identified directly or indirectly, counts as internal information. Replacing a name with initials or a job title is not enough when the person could still be recognised. This does not apply to rare species locations, unpublished research data or commercial information, which stay restricted.", []),
        ("4.5", "Never enter passwords, alarm or door codes, or system access keys into an AI tool.", []),
    ]),
    ("5", "Activity rules", [
        ("5.1", "Plant identification and plant health. You must not use an AI-generated identification of a plant, pest or disease, or let AI make any plant health or biosecurity decision (such as quarantine, treatment, destruction, movement of material, or a report to the Animal and Plant Health Agency), unless a Trust botanist or a member of the Plant Health and Biosecurity team has checked and confirmed it. This includes identification apps such as Google Lens, PlantNet and Seek and answers you give to visitors.", []),
        ("5.2", "Collection records and labels. Generative AI must not be used to write, complete or change scientific records in the collection database (IrisBG) or the herbarium catalogue, including determinations, accession and provenance records, or to write the scientific plant labels produced from them. These records are written and checked by curatorial staff.", []),
        ("5.3", "Recruitment and volunteer selection. Generative AI must not be used in recruiting staff or selecting volunteers, including sifting, scoring, ranking or summarising applications, writing interview questions about a named candidate, or choosing who is offered a role. You may use AI to help draft a job advert or volunteer role description, following section 4.", []),
        ("5.4", "Decisions about people. Generative AI must not be used to make, or recommend, a decision about an individual, such as on performance, conduct, membership, refunds, complaints or access to a service.", []),
        ("5.5", "Images, audio and video. You must not create or publish realistic AI-generated images or video that could be taken as real photographs of our plants, gardens, glasshouses, collections or events, and you must not use AI to create or alter images of real, identifiable people. Clearly illustrative or stylised images (for example cartoons, diagrams or patterns) may be used if labelled under 5.6.", []),
        ("5.6", "Publication and labelling. Anything the Trust publishes (website, social media, interpretation, learning resources, press material, shop products) that contains images, audio or video made with generative AI, or text mainly written by generative AI, must be reviewed by a member of staff before publication and labelled \"Created with the help of AI\". Spelling and grammar suggestions do not need a label.", []),
        ("5.7", "Meetings, recording and transcription. AI note-takers, transcription and meeting summaries must not be used in meetings of the Board of Trustees or its committees, or in any HR meeting (including recruitment interviews, appraisals, supervisions, sickness absence, grievance, disciplinary and investigation meetings). In other internal meetings you may use the transcription and Copilot features of Microsoft Teams under your Trust account, provided you tell everyone at the start and stop if anyone objects. Other AI note-taking tools, such as Otter or Fireflies, must not be used in Trust meetings.", []),
        ("5.8", "Professional advice. Generative AI must not be used as a source of legal, regulatory, tax (including Gift Aid), health and safety, first aid or medical advice, including advice on whether a plant is poisonous. Take advice from the relevant Trust lead or a qualified professional.", []),
        ("5.9", "Code and automation. You may use AI to help write code, scripts, spreadsheet formulas and database queries, provided no restricted information is entered and the code is reviewed and tested before it is used on Trust systems. You must not set up an AI tool or agent to act on the Trust's behalf (sending emails, posting on social media, changing records or making payments) without a person checking and approving each action.", []),
        ("5.10", "Translation. You may use AI to translate published or internal information, following section 4. Translations that will be published must be checked by a fluent speaker or labelled under 5.6 as machine translated. Do not use AI to translate correspondence or documents that contain restricted information.", []),
    ]),
    ("6", "Buying and connecting AI tools", [
        ("6.1", "You do not need permission to use a free AI tool within the rules above.", []),
        ("6.2", "Buying an AI tool, subscription or add-on with Trust money (including by card or expenses claim) needs the prior approval of the AI Governance Group.", []),
        ("6.3", "Connecting an AI tool, plug-in or app to Trust systems (Microsoft 365, the supporter database, the ticketing and retail systems or IrisBG), or accepting a supplier's terms for one on behalf of the Trust, needs the prior approval of the AI Governance Group.", []),
    ]),
    ("7", "Matters under review", [
        ("7.1", "The use of AI tools by children, pupils and families during Trust learning sessions, family activities and garden trails (for example inviting children to use an AI plant identification app) has not yet been decided. The Head of Learning will bring a proposal to the AI Governance Group. Until then, ask the AI Governance Group about any such use.", []),
        ("7.2", "Whether the Trust will offer visitors an AI chatbot or AI voice assistant (for example on the website, in the ticketing system or as part of the audio guide), or whether AI-cloned voices of real people may be used in audio guides and videos, has not yet been decided. Until a decision is made, refer any such proposal to the AI Governance Group.", []),
    ]),
    ("8", "Help, incidents and review", [
        ("8.1", "The AI Governance Group (the Head of Digital and Information as chair, the Data Protection Lead, the Head of Science and the Head of Learning) owns this policy. Ask questions in the #ai-help channel on Teams or email ai@kelmscottbg.org.uk.", []),
        ("8.2", "If restricted information has been entered into an AI tool, or AI output has been published or acted on in error, report it the same working day to the Data Protection Lead at dataprotection@kelmscottbg.org.uk or on extension 2240. If rare species locations or plant health information are involved, also tell the Head of Science.", []),
        ("8.3", "Breaches of this policy may be dealt with under the staff disciplinary procedure or the volunteer problem-solving procedure.", []),
        ("8.4", "The AI Governance Group reviews this policy every year, or sooner if the law or our tools change.", []),
    ]),
]


def slug(s):
    import re
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def build_html():
    e = html.escape
    out = []
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">")
    out.append(f"<title>{e(TITLE)} | Kelmscott Intranet</title>")
    out.append("<style>body{font-family:Arial,sans-serif;margin:0;color:#1d2b1f}header,footer{background:#2f5d3a;color:#fff;padding:12px 24px}nav a{color:#fff;margin-right:16px}main{max-width:820px;margin:24px auto;padding:0 24px}h2{border-bottom:2px solid #9cc69b;padding-bottom:4px}.meta{font-size:90%;color:#555}ul.items{list-style:none;padding-left:24px}</style>")
    out.append("</head>\n<body>")
    out.append("<header><strong>Kelmscott Botanic Gardens Trust</strong> &middot; Staff and Volunteer Intranet"
               "<nav><a href=\"/\">Home</a><a href=\"/policies\">Policies</a><a href=\"/people\">People</a><a href=\"/it\">IT help</a></nav></header>")
    out.append("<main id=\"content\">")
    out.append(f"<h1>{e(TITLE)}</h1>")
    for p in PREAMBLE:
        out.append(f"<p class=\"meta\">{e(p)}</p>")
    for num, head, clauses in SECTIONS:
        out.append(f"<section id=\"section-{num}\">")
        out.append(f"<h2 id=\"s{num}\">{num}. {e(head)}</h2>")
        for cnum, text, items in clauses:
            out.append(f"<p id=\"c{cnum.replace('.', '-')}\">{cnum} {e(text)}</p>")
            if items:
                out.append("<ul class=\"items\">")
                for it in items:
                    out.append(f"<li>{e(it)}</li>")
                out.append("</ul>")
        out.append("</section>")
    out.append("</main>")
    out.append("<footer>Page owner: Digital and Information team &middot; Last updated 14 November 2026 &middot; "
               "<a href=\"/accessibility\">Accessibility</a></footer>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def build_md():
    out = [f"# {TITLE}", ""]
    for p in PREAMBLE:
        out += [p, ""]
    for num, head, clauses in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for cnum, text, items in clauses:
            out += [f"{cnum} {text}", ""]
            for it in items:
                out += [it, ""]
    return "\n".join(out)


def clause_ids():
    ids = []
    for num, _h, clauses in SECTIONS:
        ids.append(num)
        ids += [c[0] for c in clauses]
    return ids


if __name__ == "__main__":
    os.makedirs(KNOW, exist_ok=True)
    os.makedirs(ORIG, exist_ok=True)
    with open(os.path.join(KNOW, STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(build_html())
    with open(os.path.join(ORIG, STEM + ".md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    shutil.copy(os.path.join(HERE, "kelmscott-ai-staff-faq.txt"), os.path.join(KNOW, "kelmscott-ai-staff-faq.txt"))
    shutil.copy(os.path.join(HERE, "kelmscott-ai-staff-faq.txt"), os.path.join(ORIG, "kelmscott-ai-staff-faq.txt"))
    ids = [f"{STEM}.md#{i}" for i in clause_ids()]
    faq = open(os.path.join(HERE, "kelmscott-ai-staff-faq.txt"), encoding="utf-8").read().splitlines()
    for i, line in enumerate(faq[2:], start=2):
        if line and set(line) == {"-"} and i > 0:
            ids.append("kelmscott-ai-staff-faq.txt#" + slug(faq[i - 1]))
    with open(os.path.join(HERE, "clause_ids.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(ids) + "\n")
    print("\n".join(ids))
