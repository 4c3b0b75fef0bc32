#!/usr/bin/env python3
"""Build the Northfell Ambulance Service GenAI policy as an intranet HTML page
(knowledge/use-of-generative-ai-policy.html) and its same-text Markdown original
(originals/use-of-generative-ai-policy.md), plus the plain-text quick reference
(knowledge/ and originals/ identical copies) and sources.yaml.

Single source of truth: the SECTIONS structure below. Items:
  ("p", text)            paragraph (clause paragraphs start with their typed number)
  ("ul", [items])        bullet list (belongs to the clause above)
  ("table", head, rows)  table (belongs to the clause above)
  ("h3", text)           unnumbered sub-heading (context only, starts no clause)
Inline **bold** marks defined terms.
"""
import html
import re
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent
STEM = "use-of-generative-ai-policy"
TITLE = "Use of Generative Artificial Intelligence (AI) Tools Policy"

DOC_CONTROL = [
    ("Document reference", "IG-POL-031"),
    ("Version", "1.1 (January 2026)"),
    ("Approved by", "Information Governance and Digital Committee, 14 January 2026"),
    ("Policy owner", "Chief Digital Information Officer"),
    ("Review date", "January 2027"),
    ("Applies to", "All staff, volunteers, learners and contractors"),
]

TABLE_HEAD = ["Tool", "Who may use it", "Permitted for", "Information you may use", "Conditions"]
TABLE_ROWS = [
    ["Microsoft 365 Copilot Chat (signed in with your @northfell.nhs.uk account, showing the green shield)",
     "All staff with a Trust account",
     "Drafting, rewording, summarising, proofreading, explaining, research and ideas",
     "Green and Amber",
     "Never Red Information. Use only while signed in with your Trust account. Output must be checked (section 8)."],
    ["Microsoft 365 Copilot (licensed, in Word, Excel, PowerPoint, Outlook and Teams)",
     "Staff allocated a licence by Digital Services",
     "As for Copilot Chat, plus working with your own Trust files, mailbox and calendar; Teams transcription and recap under section 10",
     "Green and Amber",
     "Never Red Information, even where it sits in your mailbox or OneDrive (see 5.3). AI Essentials training first."],
    ["CareNote Ambient (ambient voice technology pilot)",
     "Clinicians in the AVT pilot cohort at Kelderby and Ashgill stations",
     "Producing a draft record of a face-to-face patient contact for transfer to the ePCR",
     "Green, Amber and Red (only the patient contact being recorded)",
     "Trust-issued pilot tablet only. Tell the patient and stop if they object. Review and correct the whole draft before transfer (8.5). See 10.6."],
    ["DeepL Pro (Trust team licence)",
     "Communications team and Patient Experience team",
     "Translating public information, leaflets and campaign material into other languages",
     "Green only",
     "Translation must be checked by a qualified translator before publication. Not for letters, messages or conversations with individual patients or families: use the LanguageLine interpreting service."],
    ["Adobe Firefly (within the Trust's Adobe Creative Cloud for teams licence)",
     "Communications team only",
     "Creating illustrations, backgrounds and graphic elements",
     "Green only",
     "Section 11 applies. Label every AI-generated image (9.2)."],
    ["GitHub Copilot Business (Trust organisation account)",
     "Developers in Digital Services and Business Intelligence",
     "Code suggestions, code explanation and writing tests",
     "Green and Amber (source code and configuration that identify nobody)",
     "No Red Information, no real patient or staff records as test data, no passwords or keys. Second-developer review before deployment (8.4)."],
]

SECTIONS = [
    ("1", "Purpose and scope", [
        ("p", "1.1 This policy sets out how staff of Northfell Ambulance Service NHS Trust (\"the Trust\") may use generative artificial intelligence (AI) tools in the course of their work, and the safeguards that apply. It supports our commitment to safe patient care, to the confidentiality of the people who contact us, and to using new technology where it genuinely helps."),
        ("p", "1.2 The policy applies to everyone who carries out work for the Trust, including employees on permanent, fixed-term and bank contracts, volunteers and community first responders, students and learners on placement, agency workers, and contractors and suppliers' staff working under Trust direction. In this policy they are all called \"staff\"."),
        ("p", "1.3 It applies to Trust work wherever and however it is done: in the Emergency Operations Centre (EOC), in the NHS 111 contact centre, on vehicles, at stations, at home, and on any device."),
        ("p", "1.4 The policy covers generative AI: tools that produce text, images, audio, video or computer code in response to a prompt, including such features built into other software. It does not cover established clinical and operational decision-support systems already governed through the Trust's clinical safety process, such as NHS Pathways, the computer-aided dispatch (CAD) system and the electronic patient care record (ePCR), except where a generative AI feature is added to them (see 5.5)."),
        ("p", "1.5 What staff do with AI in their private lives is outside this policy, unless Trust information is involved."),
    ]),
    ("2", "Definitions", [
        ("p", "2.1 **AI tool** means any software, website, app, plug-in, browser extension or feature that uses generative AI, whether it stands alone or is built into another product."),
        ("p", "2.2 **Permitted AI Tools Table** means the table in clause 5.2 of this policy. It is the Trust's complete list of AI tools approved for Trust work."),
        ("p", "2.3 **Green Information** means information that has been published by the Trust or another public body, or that is being written in order to be published."),
        ("p", "2.4 **Amber Information** means the Trust's own unpublished information that does not identify any patient or caller and is not Red Information. It includes drafts, internal procedures, non-personal performance figures, meeting papers and board papers not yet published, and the names, job titles and work contact details of staff as they appear in ordinary business documents."),
        ("p", "2.5 **Red Information** means any of the following:"),
        ("p", "(a) information about a patient, caller or service user from which they could be identified, including 999 and NHS 111 call records and recordings, CAD incident records, ePCRs, clinical photographs and handover notes;"),
        ("p", "(b) safeguarding referrals and any information about children or adults at risk;"),
        ("p", "(c) staff case information: sickness absence, occupational health, welfare, disciplinary, grievance, capability, Freedom to Speak Up and employment tribunal matters;"),
        ("p", "(d) information marked OFFICIAL-SENSITIVE, and commercial-in-confidence procurement material such as bids and tender evaluations; and"),
        ("p", "(e) Operationally Sensitive Information."),
        ("p", "2.6 **Operationally Sensitive Information (OSI)** means information which, if disclosed, could affect the Trust's ability to respond to emergencies or put staff or the public at risk, for example live incident details, vehicle and resource locations, major incident and business continuity plans, station security arrangements such as door codes, and radio or system access details."),
        ("p", "2.7 **Trust-managed device** means a laptop, desktop, tablet or phone issued and managed by the Trust's Digital Services directorate."),
        ("p", "2.8 **Output Owner** means the member of staff who uses, sends or relies on anything an AI tool has produced. The Output Owner is accountable for it as if they had written it themselves."),
        ("p", "2.9 **AIGG** means the AI Governance Group, chaired by the Chief Digital Information Officer, with the Caldicott Guardian, the Senior Information Risk Owner (SIRO), the Data Protection Officer, the Clinical Safety Officer and staff-side representatives as members."),
        ("p", "2.10 **AVT** means ambient voice technology, which listens to a conversation and produces a draft written record of it."),
    ]),
    ("3", "Principles", [
        ("p", "3.1 We use AI to give staff time back for patients and for each other, never to replace professional judgement."),
        ("p", "3.2 Patients and callers trust us with information at the worst moments of their lives. Their information stays inside systems the Trust controls."),
        ("p", "3.3 A person is always accountable. AI output is a draft until a member of staff has checked it and accepted responsibility for it as its Output Owner."),
        ("p", "3.4 Where we are unsure whether a use is safe, we stop and ask before we act."),
    ]),
    ("4", "Roles and responsibilities", [
        ("p", "4.1 The AIGG maintains the Permitted AI Tools Table, decides requests for new tools and new uses, and keeps the matters listed in section 14 under review. It reports to the Information Governance and Digital Committee."),
        ("p", "4.2 The Caldicott Guardian advises on any proposed use of patient information, and the Clinical Safety Officer on any use that could affect patient care."),
        ("p", "4.3 Line managers make sure their teams have read this policy and completed the training in section 13 before using a permitted tool."),
        ("p", "4.4 All staff must follow this policy, use only permitted tools and report concerns. A breach of this policy may be dealt with under the Trust's Disciplinary Policy."),
    ]),
    ("5", "Permitted AI tools", [
        ("p", "5.1 The Trust takes an approved-list approach. Only the AI tools in the Permitted AI Tools Table may be used for Trust work, and only by the staff, for the purposes and with the information that the Table allows. Every other AI tool is prohibited for Trust work."),
        ("p", "5.2 Permitted AI Tools Table (Table version 4, January 2026). The \"Information you may use\" column uses the Green, Amber and Red classes defined in section 2."),
        ("table", TABLE_HEAD, TABLE_ROWS),
        ("p", "5.3 Where the Table says \"Green and Amber\", the tool must never be used with Red Information, even where that information is already held in your mailbox, OneDrive or a Teams chat that the tool can see."),
        ("p", "5.4 The personal, free or consumer version of any AI service is prohibited for Trust work and will not be approved, even where the Trust licenses a work version of the same product. This includes, for example, ChatGPT (free, Plus or any personal plan), Google Gemini, Claude, Meta AI, DeepSeek and Perplexity, Copilot signed in with a personal Microsoft account, AI note-takers such as Otter.ai and Fireflies, and AI writing browser extensions such as Grammarly's generative features."),
        ("p", "5.5 AI features that suppliers add to software the Trust already uses (for example a \"summarise\" or \"draft with AI\" button in a web conferencing, PDF, rostering or HR system) are not permitted until they have been assessed under section 12 and added to the Table. A listed product's entry covers only that product: for example, the entry for Adobe Firefly does not cover the AI Assistant in Adobe Acrobat."),
        ("p", "5.6 Permitted tools may be used on Trust-managed devices, or through the Trust's secure remote access service. Use on staff-owned devices is dealt with in 14.3."),
        ("p", "5.7 Building agents, bots or automated workflows with a permitted tool (for example a Copilot Studio agent, or connecting Copilot to a team's SharePoint library) requires the prior approval of the AIGG, whatever information is involved."),
        ("p", "5.8 Access to an AI model through an application programming interface (API), developer platform or cloud AI service (for example Azure OpenAI or Azure AI Foundry) counts as a separate tool and requires AIGG approval under section 12, even where the same model sits behind a permitted tool."),
    ]),
    ("6", "What information you may use", [
        ("p", "6.1 The information you may put into a permitted tool, whether typed, pasted, uploaded, dictated or shown as a screenshot or photograph, is set by the \"Information you may use\" column of the Table."),
        ("p", "6.2 Red Information must not be entered into any AI tool, except into CareNote Ambient within the terms of its entry in the Table."),
        ("p", "6.3 Removing a name, NHS number or address does not by itself stop patient information being Red. An incident can identify a patient from its date, time, location or circumstances, particularly where it has been reported in the media. Patient information counts as Amber only where it has been anonymised in line with the Trust's Anonymisation and Pseudonymisation Procedure and signed off by the Information Governance team. Pseudonymised information remains Red."),
        ("p", "6.4 Aggregated figures that cannot identify anyone, for example response times by locality or call volumes by hour, are Amber Information."),
        ("p", "6.5 If you are unsure how information should be classified, treat it as Red and ask the Information Governance team."),
        ("p", "6.6 Any use of AI to analyse patient-level data for clinical audit, service evaluation or research, even in anonymised form, requires the prior approval of the AIGG and the Caldicott Guardian and, for research, of the Research and Development Lead."),
    ]),
    ("7", "Prohibited uses", [
        ("p", "7.1 No AI tool may be used to determine, or to recommend to the person determining, a call's response category, a dispatch priority, a clinical disposition, or the care or treatment of any patient. Clinical decisions are made by clinicians using approved clinical systems, guidance and protocols."),
        ("p", "7.2 No AI tool may be used to reach, score or justify a decision about an individual member of staff, such as the outcome of a disciplinary, grievance, capability or sickness absence process, a performance rating, the allocation of overtime or selection for redundancy."),
        ("p", "7.3 AI must not be used to write or rewrite any part of a witness statement, a statement or report for HM Coroner, a statement to the police, or evidence to a regulator or court. Such documents must be in the author's own words."),
        ("p", "7.4 Trust documents must not be uploaded to any online service to convert, compress, merge, transcribe or translate them unless that service is listed in the Table."),
        ("p", "7.5 AI must not be used to write replies to members of the public about an individual incident, complaint or experience of care, whether by letter, email or social media, because such replies always involve Red Information."),
        ("p", "7.6 AI must not be used to create content that is discriminatory or misleading, that infringes copyright, or that could bring the Trust into disrepute, nor to get around Trust security controls or web filtering."),
    ]),
    ("8", "Human review and accuracy", [
        ("p", "8.1 All AI output must be checked by its Output Owner for accuracy, bias, tone and completeness before it is used, sent or published. AI tools can produce confident, plausible text that is wrong."),
        ("p", "8.2 References, statistics, quotations and statements of law or policy produced by AI must be checked against the original source."),
        ("p", "8.3 Any content containing clinical advice or clinical information for patients, the public or staff (for example patient information leaflets, clinical bulletins or training material) must be reviewed by a registered clinician and approved through the Clinical Guidelines Group before use."),
        ("p", "8.4 Code produced with GitHub Copilot must be reviewed by a second developer before it is deployed, and must pass the Trust's standard security testing."),
        ("p", "8.5 A CareNote Ambient draft is not the clinical record. The clinician must read and correct the whole draft before it is transferred to the ePCR, and remains accountable for the record."),
    ]),
    ("9", "Transparency and labelling", [
        ("p", "9.1 Anything the Trust publishes that has been created substantially with AI, including website text, reports and social media posts, must carry the statement: \"This content was produced with the help of AI and checked by Northfell Ambulance Service staff.\""),
        ("p", "9.2 AI-generated images, video and audio must always be labelled as AI-generated wherever they are shown, publicly or internally."),
        ("p", "9.3 Routine internal documents and emails drafted with a permitted tool do not need to be labelled, but the Output Owner must be able to say how AI was used if asked."),
        ("p", "9.4 Patients must be told when AVT is used in their care, and the Trust's privacy notice describes its use."),
    ]),
    ("10", "Recording, transcription and meetings", [
        ("p", "10.1 Only the transcription and recap features of Microsoft Teams and Microsoft 365 Copilot may be used to transcribe or summarise Trust meetings."),
        ("p", "10.2 Transcription or recap may be used for internal Trust meetings where the chair tells everyone at the start, and stops it if any participant objects. The chair must check the recap before it is circulated."),
        ("p", "10.3 Transcription and recap must not be used in meetings where Red Information will be discussed, including patient safety incident reviews, safeguarding strategy meetings, HR case hearings and investigations, and occupational health or welfare conversations."),
        ("p", "10.4 Third-party AI note-takers and meeting bots must not be used in, or admitted to, Trust meetings. If an external attendee's note-taker joins, the chair must remove it or end the meeting."),
        ("p", "10.5 Recordings of 999 and NHS 111 calls, radio traffic and body-worn camera footage must not be uploaded to, played into or transcribed by any AI tool."),
        ("h3", "Ambient voice technology"),
        ("p", "10.6 CareNote Ambient may be used only by clinicians in the AVT pilot cohort, on the Trust-issued pilot tablet, for face-to-face patient contacts. It must not be used for telephone or video consultations, in the EOC or NHS 111, or where the patient (or, where the patient lacks capacity, the person with them) objects."),
    ]),
    ("11", "Images, voice and likeness", [
        ("p", "11.1 AI-generated images, video and audio may be produced only by the Communications team, using Adobe Firefly."),
        ("p", "11.2 AI must not be used to create or alter an image, video or voice recording of a real, identifiable person, including patients, staff and volunteers, or to imitate their voice or likeness, even with their agreement."),
        ("p", "11.3 AI-generated images must not show Trust uniform, vehicle livery, the NHS identity or an emergency scene in a way that could be taken for a photograph of a real event."),
        ("p", "11.4 Photographs of patients or of incident scenes must not be uploaded to any AI tool, including to describe, enhance or crop them."),
    ]),
    ("12", "New tools, new uses and procurement", [
        ("p", "12.1 A tool that is not in the Table may be used for Trust work only after the AIGG has approved it and the Table has been updated. This applies to free tools, free trials and pilots as well as to purchases."),
        ("p", "12.2 To request a new tool or a new use, complete the AI Tool Request form on the Digital Services portal. The AIGG will arrange a Data Protection Impact Assessment, a Digital Technology Assessment Criteria (DTAC) review and, where the tool could affect patient care, a clinical safety assessment under DCB0129 and DCB0160."),
        ("p", "12.3 Managers must not sign up to, buy, or accept from a supplier any product with AI features without checking with the AIGG first. Contracts must require suppliers to declare any AI they use to process Trust information."),
        ("p", "12.4 Proposals from partner organisations (for example the integrated care board, councils or hospital trusts) to share an AI tool with the Trust go through the same process."),
    ]),
    ("13", "Training", [
        ("p", "13.1 Before using any permitted tool, staff must complete the \"AI Essentials\" e-learning module on ESR (about 40 minutes), and refresh it every year."),
        ("p", "13.2 Microsoft 365 Copilot licences and GitHub Copilot seats are allocated only to staff who have completed AI Essentials and whose line manager has requested the licence through the Digital Services portal."),
        ("p", "13.3 CareNote Ambient users must also complete the pilot's face-to-face training session before first use."),
        ("p", "13.4 AI Champions in each directorate offer informal help and practical tips. A list of AI Champions is on the AI intranet hub."),
    ]),
    ("14", "Matters awaiting decision", [
        ("p", "14.1 The Trust has not yet decided the matters below, and this policy does not settle them. They will be decided by the AIGG, and staff with a proposal or question about any of them should contact the AIGG."),
        ("p", "14.2 Recruitment and selection: whether AI may be used to screen, summarise, shortlist or score job applications, or to assess interview or assessment-centre performance, is under discussion with staff-side representatives. Drafting job descriptions and adverts with a permitted tool, using Green or Amber Information, is not affected and is permitted."),
        ("p", "14.3 Staff-owned devices: whether Microsoft 365 Copilot Chat may be used through the Trust's managed apps on staff-owned phones and tablets is awaiting a decision by the SIRO."),
        ("p", "14.4 Simulated calls for training: whether AI-generated synthetic caller voices and scenarios may be used to train EOC and NHS 111 call handlers is being considered as a proof of concept. Section 11 does not decide this question."),
        ("p", "14.5 Formal minutes: whether Copilot recaps may be used as the basis for the formal minutes of the Trust Board and its committees is being considered by the Trust Secretary with the AIGG."),
    ]),
    ("15", "Incidents and breaches", [
        ("p", "15.1 Report any of the following as an incident on Datix within 24 hours: Red Information entered into an AI tool other than as this policy allows; use of a prohibited tool for Trust work; or AI output that was wrong and was relied on, or nearly relied on, in a way that affected or could have affected a patient, a member of staff or the Trust."),
        ("p", "15.2 If you have entered Red Information into an AI tool by mistake, phone the Information Governance team straight away, delete the conversation if the tool lets you, and do not try to retrieve or remove the information in any other way. The Information Governance team will decide whether the Information Commissioner's Office must be told."),
        ("p", "15.3 Staff who report their own mistakes promptly will be supported, in line with the Trust's just and learning culture."),
    ]),
    ("16", "Contacts and review", [
        ("p", "16.1 Questions about this policy, requests for new tools and the matters in section 14: AI Governance Group, aigovernance@northfell.nhs.uk."),
        ("p", "16.2 Information classification, anonymisation and breaches: Information Governance team, ig.team@northfell.nhs.uk, extension 4410."),
        ("p", "16.3 Clinical safety questions: the Clinical Safety Officer, through clinical.safety@northfell.nhs.uk."),
        ("p", "16.4 Licences, access and technical problems: Digital Services Service Desk, extension 4000, or the Digital Services portal."),
        ("p", "16.5 Publication, images and labelling: Communications team, comms@northfell.nhs.uk."),
        ("p", "16.6 This policy will be reviewed by January 2027, or sooner if national guidance or the law changes. The AIGG may update the Table between reviews; the current version is always the one on this page."),
    ]),
]


def md_inline(t):
    return t


def html_inline(t):
    t = html.escape(t, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)


def build_md():
    out = [f"# {TITLE}", "", "Northfell Ambulance Service NHS Trust", "",
           "| Document control | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in DOC_CONTROL]
    out.append("")
    for num, title, items in SECTIONS:
        out += [f"## {num}. {title}", ""]
        for it in items:
            if it[0] == "p":
                out += [it[1], ""]
            elif it[0] == "h3":
                out += [f"### {it[1]}", ""]
            elif it[0] == "ul":
                out += [f"- {x}" for x in it[1]] + [""]
            elif it[0] == "table":
                head, rows = it[1], it[2]
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + " --- |" * len(head))
                for r in rows:
                    out.append("| " + " | ".join(r) + " |")
                out.append("")
    return "\n".join(out)


def build_html():
    h = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
         f"<title>{html.escape(TITLE)} | Northfell Ambulance Service intranet</title>",
         '<link rel="stylesheet" href="/assets/nfas-intranet.css">', "</head>", "<body>",
         '<header class="site-header">',
         '  <a class="logo" href="/">Northfell Ambulance Service NHS Trust - Staff Intranet</a>',
         '  <nav aria-label="Main"><ul>',
         '    <li><a href="/news/">News</a></li>', '    <li><a href="/policies/">Policies</a></li>',
         '    <li><a href="/digital/">Digital Services</a></li>', '    <li><a href="/ai-hub/">AI hub</a></li>',
         '    <li><a href="/contacts/">Contacts</a></li>', "  </ul></nav>",
         '  <nav aria-label="Breadcrumb" class="breadcrumb">Home &gt; Policies &gt; Information governance &gt; Use of generative AI</nav>',
         "</header>", '<main id="content">', "<article>", f"<h1>{html.escape(TITLE)}</h1>",
         "<p>Northfell Ambulance Service NHS Trust</p>",
         '<table class="doc-control">', "<caption>Document control</caption>"]
    for k, v in DOC_CONTROL:
        h.append(f"<tr><th scope=\"row\">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>")
    h.append("</table>")
    for num, title, items in SECTIONS:
        h.append(f'<h2 id="section-{num}">{num}. {html.escape(title)}</h2>')
        for it in items:
            if it[0] == "p":
                m = re.match(r"(\d+\.\d+)\s", it[1])
                idattr = f' id="clause-{m.group(1)}"' if m else ""
                h.append(f"<p{idattr}>{html_inline(it[1])}</p>")
            elif it[0] == "h3":
                h.append(f"<h3>{html.escape(it[1])}</h3>")
            elif it[0] == "ul":
                h.append("<ul>" + "".join(f"<li>{html_inline(x)}</li>" for x in it[1]) + "</ul>")
            elif it[0] == "table":
                head, rows = it[1], it[2]
                h.append('<table class="permitted-tools">')
                h.append("<thead><tr>" + "".join(f'<th scope="col">{html.escape(c)}</th>' for c in head) + "</tr></thead>")
                h.append("<tbody>")
                for r in rows:
                    h.append("<tr>" + "".join(f"<td>{html_inline(c)}</td>" for c in r) + "</tr>")
                h.append("</tbody></table>")
    h += ["</article>", "</main>", '<footer class="site-footer">',
          "  <p>Page owner: AI Governance Group. Last reviewed January 2026.</p>",
          '  <p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | <a href="/feedback/">Give feedback on this page</a></p>',
          "</footer>", "</body>", "</html>", ""]
    return "\n".join(h)


def main():
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    (OUT / "knowledge" / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    (OUT / "originals" / f"{STEM}.md").write_text(build_md() + "\n", encoding="utf-8")
    qr = OUT / "quick_reference_source.txt"
    shutil.copyfile(qr, OUT / "knowledge" / "ai-quick-reference.txt")
    shutil.copyfile(qr, OUT / "originals" / "ai-quick-reference.txt")
    (OUT / "knowledge" / "sources.yaml").write_text(
        f"{STEM}.html:\n"
        f"  title: {TITLE}\n"
        "  owner: Chief Digital Information Officer (AI Governance Group)\n"
        '  version: "1.1 (January 2026)"\n'
        "  url: https://intranet.northfell.nhs.uk/policies/information-governance/use-of-generative-ai\n"
        "ai-quick-reference.txt:\n"
        "  title: AI quick reference card\n"
        "  owner: AI Governance Group\n"
        '  version: "January 2026"\n'
        "  url: https://intranet.northfell.nhs.uk/ai-hub/quick-reference\n",
        encoding="utf-8")
    words = len(re.sub(r"[|#*-]", " ", build_md()).split())
    print("policy words (md):", words)


if __name__ == "__main__":
    main()
