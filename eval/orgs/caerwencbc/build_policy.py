#!/usr/bin/env python3
"""Build Caerwen CBC's GenAI policy as an intranet HTML page (knowledge/) and the
same text as Markdown (originals/), plus copy the plain-text quick reference.

Run: python build_policy.py   (from this folder)
"""
import html
import shutil
from pathlib import Path

HERE = Path(__file__).parent
KN = HERE / "knowledge"
OR = HERE / "originals"
STEM = "caerwen-genai-policy"

TITLE = "Generative AI Acceptable Use Policy / Polisi Defnydd Derbyniol AI Cynhyrchiol"
META = [
    "Owner: Head of Digital and Customer Services, on behalf of the AI Governance Board (Bwrdd Llywodraethu AI)",
    "Version 1.3, approved by the Corporate Management Team on 3 November 2026. Next review: May 2027.",
    "This page is also available in Welsh. Mae'r dudalen hon ar gael yn Gymraeg hefyd.",
]

TOOLS_HEADER = ["Tool", "Status", "Who may use it", "Information allowed", "Notes"]
TOOLS = [
    ["Microsoft 365 Copilot Chat (signed in with your @caerwen.gov.wales account, green shield showing)",
     "Approved", "All staff and elected members with a Council account",
     "Agored / Open; Mewnol / Internal; Cyfrinachol / Confidential",
     "Never Personal – Special. Available in Edge, Teams and the Microsoft 365 app."],
    ["Microsoft 365 Copilot (licensed, in Word, Excel, PowerPoint, Outlook and Teams)",
     "Limited", "Staff who have been issued a Copilot licence by Digital Services",
     "Agored / Open; Mewnol / Internal; Cyfrinachol / Confidential",
     "Personal – Special only where clause 6.3 is met. Meeting features are subject to section 10."],
    ["CofNod Assist (social care recording assistant)",
     "Limited", "Registered practitioners in Adult Services and Children's Services who have completed CofNod training",
     "Up to Personal – Special, for the practitioner's own visits, assessments and reviews",
     "Subject to section 9. Not for use outside the social care case recording system."],
    ["Microsoft Translator (in Word, Outlook and Edge, Council account)",
     "Limited", "All staff",
     "Agored / Open; Mewnol / Internal",
     "Public-facing Welsh text must be checked under clause 8.3."],
    ["Adobe Firefly and Canva Magic Studio (Council Creative Cloud and Canva Teams accounts only)",
     "Limited", "Communications and Marketing team; Leisure and Culture marketing officers",
     "Agored / Open only",
     "Images must follow section 11 and be labelled under clause 12.2."],
    ["GitHub Copilot (Council enterprise organisation)",
     "Limited", "Digital Services developers",
     "Mewnol / Internal code and documentation",
     "No live data, keys or passwords. Code is reviewed before release (clause 7.8)."],
    ["ChatGPT, Gemini, Claude, Perplexity, Meta AI, Grok and other open-web AI",
     "Not permitted", "No one, for Council work", "None",
     "Includes free, paid and personal accounts and their mobile apps."],
    ["DeepSeek (website, app or API)", "Not permitted", "No one", "None",
     "Must not be installed on any Council device."],
    ["Otter.ai, Fireflies, Read.ai and other meeting note-taker bots", "Not permitted", "No one", "None",
     "Must be removed from Council meetings (clause 10.3)."],
]

# Each section: (number, heading, [items]); an item is a string (a paragraph that
# begins with its clause number), ("ul", [...]) for a bullet list belonging to the
# clause above, or ("table", None) for Table 1.
SECTIONS = [
    ("1", "Purpose", [
        "1.1 This policy explains how the Council's workforce may use generative artificial intelligence (AI) safely, lawfully and fairly in the course of Council business. The Council wants staff to benefit from these tools, and this policy sets out the conditions that make that possible.",
        "1.2 This policy must be read alongside the Information Security Policy, the Data Protection Policy, the Records Management Policy, the Bring Your Own Device Procedure and the Council's Welsh Language Standards compliance notice. Where they conflict, the stricter requirement applies.",
        "1.3 Generative AI is developing quickly. The AI Governance Board reviews this policy at least every six months and may update Table 1 between reviews. The version on the intranet is the only current version.",
    ]),
    ("2", "Scope", [
        "2.1 This policy applies to all employees, agency and casual workers, contractors, volunteers and students on placement, and to elected members when they act on Council business.",
        "2.2 It applies whatever device is used, whether Council-managed or personally owned, and whether the AI is a standalone service or a feature built into other software.",
        "2.3 Staff employed in schools follow this policy only where the school's governing body has adopted it. Central education services (including Additional Learning Needs, admissions and inclusion) are always covered.",
        "2.4 This policy does not govern what staff do with AI in their own time on matters unconnected with the Council, provided no Council information is used.",
    ]),
    ("3", "Definitions", [
        "3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, for example chatbots, writing assistants, image generators and transcription services that summarise.",
        "3.2 Corporate AI tool (Offeryn AI Corfforaethol) means a tool listed in Table 1 with the status Approved or Limited, used through a Council account.",
        "3.3 Open-web AI means any generative AI service reached through a public website, app or personal account under which the Council has no contract, whether free or paid for personally.",
        "3.4 Embedded AI means a generative feature inside software the Council already uses, such as a summarise button in a case management system or an assistant added to a PDF reader.",
        "3.5 Responsible officer means the member of staff who uses an AI tool and who remains accountable for anything produced with it, as if they had written it themselves.",
        "3.6 Human check (Gwiriad Dynol) means the review described in clause 12.1, carried out before AI output is relied on, sent or published.",
        "3.7 Public-facing text means anything that residents, service users, partners, the press or the public will see, including letters, emails to residents, web pages, forms, signage and social media posts.",
        "3.8 Likeness means a person's face, image, voice or any other feature by which they can be recognised.",
    ]),
    ("4", "Information labels", [
        "4.1 All Council information carries one of the four labels below. The label decides which tools in Table 1 may receive it. If you are unsure which label applies, use the higher label and ask Information Governance.",
        "4.2 Agored / Open: information that has been published or approved for publication, such as published committee reports, web pages, press releases and public registers.",
        "4.3 Mewnol / Internal: unpublished Council information that does not identify anyone, such as drafts, internal procedures, team plans and budget figures that are not about individuals.",
        "4.4 Cyfrinachol / Confidential: information that identifies a living person (for example a name with circumstances, contact details, a case or account reference, or a staff HR record), and commercially sensitive, legally privileged or exempt information, including reports excluded from the public part of a meeting under Schedule 12A of the Local Government Act 1972.",
        "4.5 Personal – Special (Personol – Arbennig): information about a person's physical or mental health, social care, disability, safeguarding, criminal allegations or offences, ethnicity, religion, sexuality or trade union membership, and any record about a child or young person who receives a Council service, including pupil, Additional Learning Needs and looked-after children records.",
        "4.6 Removing names does not by itself lower a label. Details such as a street, a rare condition or a small community can identify a person. Information may be treated as Mewnol / Internal only after it has been anonymised following the Council's Anonymisation Procedure.",
    ]),
    ("5", "Which tools may be used", [
        "5.1 Only corporate AI tools may be used for Council work. A tool that is not listed in Table 1 must not be used for Council work until the AI Governance Board has added it, however useful it appears and whatever it costs.",
        "5.2 Table 1 – Corporate AI tools (Offer AI Corfforaethol). The status Limited means the tool may be used only by the people and with the information shown.",
        ("table", None),
        "5.3 A tool marked Not permitted must not be used for Council work on any device, including for tasks that involve no Council information.",
        "5.4 A corporate AI tool is only a corporate AI tool when it is used through a Council account. The same product used through a personal account, a home Microsoft account or a consumer app is open-web AI and is not permitted.",
        "5.5 Browser extensions, add-ins and plug-ins that add generative features are separate tools. They must not be installed on Council devices or added to Council accounts unless they are listed in Table 1.",
        "5.6 Holding a licence for a product does not in itself authorise any generative feature that the supplier adds to it. Embedded AI in any system other than those listed in Table 1 must stay switched off, and must not be used, until Digital Services has assessed it and the Board has listed it.",
        "5.7 Corporate AI tools may be used on a personally owned device only through the Council's managed apps installed under the Bring Your Own Device Procedure, and only with Agored / Open and Mewnol / Internal information.",
        "5.8 Building on a tool is a project, not ordinary use. Connecting to an AI service through its API, creating Copilot agents or custom assistants, or setting up an automated workflow that uses AI requires approval from the AI Governance Board under section 13 before any work starts.",
        "5.9 To ask for a tool to be added, complete the AI Tool Request form on the intranet. Digital Services, Information Governance and the Welsh Language Unit assess each request and the Board decides.",
    ]),
    ("6", "What information may be entered", [
        "6.1 A corporate AI tool may only receive information whose label is shown for it in the Information allowed column of Table 1.",
        "6.2 Passwords, access keys, payment card details and residents' bank details must never be entered into any AI tool.",
        "6.3 Personal – Special information may be entered only into a tool that Table 1 allows for it, for your role, and only where a Data Protection Impact Assessment for that service and that use has been approved by the Data Protection Officer. No such assessment covers Microsoft 365 Copilot Chat.",
        "6.4 Information about a child or young person who receives a Council service is Personal – Special, however routine it seems. This includes names of pupils with their circumstances, attendance, exclusion and Additional Learning Needs details.",
        "6.5 Information shared with the Council in confidence by a partner organisation, such as the police, the health board or another local authority, must not be entered into any AI tool unless the sharing agreement allows it.",
        "6.6 Do not upload material the Council does not own, such as subscription publications, purchased standards or consultants' reports, unless the licence allows it.",
    ]),
    ("7", "Uses that are and are not acceptable", [
        "7.1 Provided the tool and the information label are allowed, corporate AI tools may be used for everyday work such as:",
        ("ul", [
            "drafting and improving emails, letters, reports and briefings;",
            "summarising long documents and published guidance;",
            "turning technical text into plain English or Easy Read drafts;",
            "generating ideas, agendas, project plans and first drafts of procedures;",
            "writing spreadsheet formulas and explaining data that identifies nobody.",
        ]),
        "7.2 No decision that has a legal or similarly significant effect on a person may be made solely or mainly by a generative AI tool. This covers, for example, housing allocation banding, Council Tax Reduction, school admissions, Additional Learning Needs decisions, eligibility for care and support, and enforcement action. The decision-maker must consider the evidence themselves.",
        "7.3 Generative AI must not be used to shortlist, score, rank or screen job applicants, or to assess candidates' interview answers. Recruiting managers may use corporate AI tools to draft job descriptions and adverts.",
        "7.4 AI tools must not be used to monitor, profile or assess individual members of staff, including analysing their emails, chats, calendars, keystrokes, attendance or contributions to meetings, or judging their sentiment or productivity.",
        "7.5 AI output must not be presented as the work of a named person who did not write or approve it, and AI must not be used to produce consultation responses, reviews, petitions or evidence that appear to come from residents.",
        "7.6 AI must not be used to produce material that could be seen as party political, or in support of any candidate, on Council systems or in Council time. During a pre-election period, communications drafted with AI follow the same restrictions as any other Council publicity.",
        "7.7 No AI assistant may answer residents directly, on the website, by phone, by email or on social media, unless the Board has approved that service as a project under section 13.",
        "7.8 Code produced with AI must be reviewed by a second developer and pass the Council's security testing before it is used with live systems. AI must not be used to get around any security control.",
    ]),
    ("8", "Welsh language", [
        "8.1 The Council's duties under the Welsh Language Standards apply to anything produced with AI. Welsh must be treated no less favourably than English, and AI must not be used in a way that lowers the quality or availability of Welsh-language services.",
        "8.2 Machine translation, including Microsoft Translator and the translation features of Copilot, may be used to understand the gist of correspondence or documents and for internal working drafts, within the information labels in Table 1.",
        "8.3 Any Welsh text produced or translated by a machine or AI tool that will be public-facing must be checked and approved by the Translation Unit (Uned Gyfieithu) or by a translator on the Council's approved translation framework before it is published or sent. A check by a colleague who speaks Welsh but is not a translator does not meet this requirement.",
        "8.4 Where a document must be bilingual, the Welsh version must be ready at the same time and be of the same standard as the English version. Do not publish an English AI-assisted version first on the grounds that the Welsh version is still being checked.",
        "8.5 Correspondence received in Welsh must be answered in Welsh. If it contains Cyfrinachol / Confidential or Personal – Special information, it may be machine-translated only with a tool allowed for that label, or sent to the Translation Unit.",
    ]),
    ("9", "Social care, education and children", [
        "9.1 CofNod Assist may be used by registered practitioners to produce a draft record of a visit, assessment or review. The analysis, the professional judgement about risk and need, and the outcome of any assessment under the Social Services and Well-being (Wales) Act 2014 must be the practitioner's own work. CofNod Assist must not be asked to write them.",
        "9.2 Before CofNod Assist is used, the practitioner must explain it to the person, and to their carer or advocate where appropriate, and record their agreement. If the person objects, or cannot understand and no one can agree on their behalf, it must not be used.",
        "9.3 CofNod Assist must not be used in child protection strategy discussions, section 47 enquiries, joint visits with the police, or any meeting connected to court proceedings.",
        "9.4 Every record drafted with CofNod Assist must be read, corrected and approved by the practitioner before it is saved to the case recording system, and within the recording timescales in the service's practice standards.",
        "9.5 Photographs, video or voice recordings of children who receive Council services, and pupils' work that identifies them, must not be uploaded to any AI tool.",
        "9.6 Education staff may use corporate AI tools with Agored / Open and Mewnol / Internal information to prepare training materials, newsletters to schools and general guidance.",
    ]),
    ("10", "Recording, transcription and meeting notes", [
        "10.1 Transcription and Copilot meeting features in Microsoft Teams may be used in internal Council meetings, provided the organiser tells attendees at the start and switches them off if anyone asks.",
        "10.2 In meetings with residents, service users or external organisations, transcription and AI recaps may be used only with the agreement of everyone present, recorded in the notes. They must not be used where Personal – Special information about a service user will be discussed, except through CofNod Assist under section 9.",
        "10.3 Third-party note-taker bots must not be admitted to Council meetings. If one joins with an external attendee, the organiser must remove it or end the meeting.",
        "10.4 AI transcripts, recaps and notes are Council records. They must be checked by the chair or note-taker before circulation, stored in the right place, and may be disclosed under freedom of information or subject access requests.",
        "10.5 The minutes of formal Council, Cabinet and committee meetings are prepared by Democratic Services. An AI transcript may be used as an aid, but the minutes must be written and checked by Democratic Services staff.",
    ]),
    ("11", "Images, audio, video and likeness", [
        "11.1 AI-generated images may be used in internal presentations when produced with a corporate AI tool. Images for public-facing use may be produced only by the teams listed for Adobe Firefly and Canva Magic Studio in Table 1.",
        "11.2 No one may create or alter an image, voice or video of the likeness of a real, identifiable person, whether a member of staff, an elected member or a resident, without that person's written consent. The likeness of a child must never be created or altered.",
        "11.3 Realistic AI images of proposed developments, altered real places or events must not be presented as photographs. They must be marked as illustrations.",
        "11.4 Cloning or imitating anyone's voice with AI is not permitted.",
    ]),
    ("12", "Human checks and transparency", [
        "12.1 The responsible officer must carry out a human check before AI output is relied on, sent or published: read all of it, check facts, figures, names, dates, references and any legal points against their source, and correct any bias, tone or inaccuracy.",
        "12.2 Public-facing content that has been substantially produced by AI, including images, must carry the statement: \"Crëwyd y cynnwys hwn gyda chymorth AI a'i wirio gan staff y Cyngor. This content was produced with the help of AI and checked by Council staff.\"",
        "12.3 The statement in clause 12.2 is not required for spelling and grammar corrections, for internal drafts, or for a letter or email to an individual that the responsible officer has checked and signed.",
        "12.4 Any service that uses AI in a way that affects the public must be recorded in the Council's AI register, which follows the Algorithmic Transparency Recording Standard. The AI Governance Board keeps the register.",
        "12.5 If a resident asks whether AI was used in dealing with their matter, staff must answer honestly.",
    ]),
    ("13", "Buying, building and piloting AI", [
        "13.1 Any purchase, renewal, free trial or free tier of software or a service that includes generative AI must go through Digital Services and Corporate Procurement. A Data Protection Impact Assessment, a security assessment and a Welsh language impact assessment are required, and the supplier must not use Council information to train its models.",
        "13.2 Contractors and suppliers who use AI on Council information must tell the Council and follow this policy. The contract manager is responsible for checking this.",
        "13.3 The AI Governance Board may approve time-limited pilots with a named sponsor, a Data Protection Impact Assessment and an evaluation plan. Pilot tools are listed in Table 1 for the period of the pilot only.",
    ]),
    ("14", "Training", [
        "14.1 Everyone must complete the AI Hanfodion (AI Essentials) e-learning module on Caerwen Learn before first using any corporate AI tool, and refresh it every year.",
        "14.2 Limited tools may require further training, as shown in Table 1. Managers must make sure their staff have completed it before access is requested.",
    ]),
    ("15", "Incidents and breaches", [
        "15.1 If Cyfrinachol / Confidential or Personal – Special information is entered into a tool that is not allowed for it, report it through the information security incident form on the Service Desk portal straight away, and in any case within 24 hours. Do not wait to see whether harm follows.",
        "15.2 Report AI output that is offensive, discriminatory or seriously wrong, and any suspected deepfake or AI-generated scam aimed at the Council, to the Cyber Security team.",
        "15.3 Breaches of this policy may be dealt with under the Disciplinary Procedure or, for elected members, under the Members' Code of Conduct.",
    ]),
    ("16", "Matters not yet decided", [
        "16.1 The Council has not decided whether synthetic or AI-generated voices, in Welsh or English, may be used in telephone lines, recorded announcements or videos. The Welsh Language Unit is discussing this with the Welsh Language Commissioner. Until a decision is published, any proposal must be referred to the AI Governance Board.",
        "16.2 The Council has not decided whether transcription or AI recaps may be used in formal employment hearings, such as disciplinary, grievance, capability and appeal hearings. Each case must be referred to the AI Governance Board through the Head of People.",
        "16.3 The use of AI to help draft Individual Development Plans for learners with Additional Learning Needs is being evaluated in a pilot. No decision has been made on wider use; requests must be referred to the AI Governance Board.",
        "16.4 Whether elected members may use Microsoft 365 Copilot for constituent casework is under review with the Monitoring Officer. Until guidance is issued, members should contact Democratic Services before doing so.",
    ]),
    ("17", "Contacts", [
        "17.1 AI Governance Board: ai-governance@caerwen.gov.wales, for tool requests, pilots, projects and the matters in section 16.",
        "17.2 Information Governance and the Data Protection Officer: dpo@caerwen.gov.wales, for information labels, Data Protection Impact Assessments and anonymisation.",
        "17.3 Translation Unit (Uned Gyfieithu): cyfieithu@caerwen.gov.wales, for checks under clause 8.3. The Welsh Language Unit advises on the Standards.",
        "17.4 Digital Services Service Desk: extension 4400 or the Service Desk portal, for licences, access and incidents.",
        "17.5 Head of People: for questions about recruitment, staff monitoring and employment hearings.",
    ]),
]


def md_table():
    def row(cells):
        return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
    lines = [row(TOOLS_HEADER), "| " + " | ".join("---" for _ in TOOLS_HEADER) + " |"]
    lines += [row(r) for r in TOOLS]
    return "\n".join(lines)


def build_md():
    out = [f"# {TITLE}", ""]
    for m in META:
        out += [m, ""]
    for num, head, items in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for it in items:
            if isinstance(it, str):
                out += [it, ""]
            elif it[0] == "ul":
                out += [f"- {x}" for x in it[1]] + [""]
            else:
                out += [md_table(), ""]
    return "\n".join(out).rstrip() + "\n"


def build_html():
    e = html.escape
    body = []
    for num, head, items in SECTIONS:
        body.append(f'<section id="s{num}">')
        body.append(f"<h2>{num}. {e(head)}</h2>")
        for it in items:
            if isinstance(it, str):
                cid = it.split(" ", 1)[0]
                body.append(f'<p id="c{cid}">{e(it)}</p>')
            elif it[0] == "ul":
                body.append("<ul>")
                body += [f"  <li>{e(x)}</li>" for x in it[1]]
                body.append("</ul>")
            else:
                body.append('<table class="tools-table">')
                body.append("  <caption>Table 1 – Corporate AI tools</caption>")
                body.append("  <thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in TOOLS_HEADER) + "</tr></thead>")
                body.append("  <tbody>")
                for r in TOOLS:
                    body.append("    <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
                body.append("  </tbody>")
                body.append("</table>")
        body.append("</section>")
    meta = "\n".join(f'<p class="doc-meta">{e(m)}</p>' for m in META)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Generative AI Acceptable Use Policy | Y Fewnrwyd / The Intranet | Caerwen County Borough Council</title>
<link rel="stylesheet" href="/assets/intranet.css">
</head>
<body>
<header class="site-header">
  <a class="skip-link" href="#content">Skip to content / Neidio i'r cynnwys</a>
  <div class="brand">Cyngor Bwrdeistref Sirol Caerwen | Caerwen County Borough Council</div>
  <nav aria-label="Main">
    <ul>
      <li><a href="/">Home / Hafan</a></li>
      <li><a href="/policies/">Policies and procedures</a></li>
      <li><a href="/digital/">Digital Services</a></li>
      <li><a href="/cymraeg/">Cymraeg</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">Home &gt; Policies and procedures &gt; Information and digital &gt; Generative AI</nav>
<main id="content">
<article>
<h1>{e(TITLE)}</h1>
{meta}
{chr(10).join(body)}
</article>
</main>
<footer class="site-footer">
  <p>Page owner: Digital Services. Problems with this page? Contact the Service Desk on extension 4400.</p>
  <p>&copy; Cyngor Bwrdeistref Sirol Caerwen County Borough Council</p>
</footer>
</body>
</html>
"""


def main():
    KN.mkdir(exist_ok=True)
    OR.mkdir(exist_ok=True)
    (KN / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    md = build_md()
    (OR / f"{STEM}.md").write_text(md, encoding="utf-8")
    shutil.copyfile(HERE / "src" / "ai-quick-reference.txt", KN / "ai-quick-reference.txt")
    shutil.copyfile(HERE / "src" / "ai-quick-reference.txt", OR / "ai-quick-reference.txt")
    words = len(md.split())
    print(f"policy words (md): {words}")


if __name__ == "__main__":
    main()
