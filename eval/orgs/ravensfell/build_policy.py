"""Build the Ravensfell and Tarnside Fire and Rescue Authority GenAI policy.

Writes knowledge/rtfrs-generative-ai-policy.docx (python-docx, typed clause numbers,
Heading styles, List Bullet paragraphs, version table on page 1) and
originals/rtfrs-generative-ai-policy.md with the same text and numbering.
Run: /work/main/.venv/bin/python build_policy.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent
STEM = "rtfrs-generative-ai-policy"

TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"

FRONT = [
    ("p", "Ravensfell and Tarnside Fire and Rescue Authority"),
    ("p", "Policy reference: IG-POL-014. Policy owner: Head of ICT and Digital Services. "
          "Classification: OFFICIAL. Next review: March 2027."),
    ("table", [
        ["Version", "Date", "Author", "Summary of changes", "Approved by"],
        ["0.4", "October 2025", "Information Governance Officer", "Consultation draft", "For consultation with representative bodies"],
        ["1.0", "December 2025", "Head of ICT and Digital Services", "First issue", "Strategic Leadership Board, 9 December 2025"],
        ["1.1", "March 2026", "Head of ICT and Digital Services",
         "Adobe Firefly added; personal device rules clarified; section 15 updated",
         "AI Assurance Group, 12 March 2026"],
    ]),
    ("p", "An Equality Impact Assessment and a Data Protection Impact Assessment have been completed "
          "for this policy and are available from the Information Governance Officer."),
]

BODY = [
    ("h1", "1. Introduction and purpose"),
    ("p", "1.1 Ravensfell and Tarnside Fire and Rescue Service (\"the Service\") recognises that generative "
          "AI can help our people save time on written and administrative work, so that more time can be "
          "spent on prevention, protection and response."),
    ("p", "1.2 This policy sets out which AI tools may be used for Service business, what information may "
          "be put into them, what they must never be used for, and what you must do before relying on "
          "anything they produce."),
    ("p", "1.3 The policy supports, and does not replace, the Service's Information Security Policy, Data "
          "Protection Policy, Records Management Policy and Code of Conduct."),
    ("p", "1.4 Because this technology is changing quickly, the AI Assurance Group may issue interim "
          "decisions between reviews. Those decisions are published on the intranet AI page and carry the "
          "same weight as this policy."),

    ("h1", "2. Scope"),
    ("p", "2.1 This policy applies to all employees of the Authority, whether wholetime, on-call, Fire "
          "Control or support staff, and to agency workers, contractors, volunteers and students on "
          "placement who have access to Service information or systems."),
    ("p", "2.2 It applies whenever AI is used for Service business, on any device and in any location, "
          "including at home and on a personal phone or computer."),
    ("p", "2.3 It covers text, image, audio and video generation, transcription and summarisation, and AI "
          "features built into other software."),
    ("p", "2.4 Elected Members appointed to the Fire Authority are not covered by this version; see 15.2."),
    ("p", "2.5 Analytical and predictive tools that do not generate content (for example the risk "
          "modelling used for the Community Risk Management Plan) are governed by the Data Quality and "
          "Analytics Standard, not by this policy."),

    ("h1", "3. Definitions"),
    ("p", "3.1 AI tool: any software or online service that generates text, images, audio, video or code "
          "in response to a prompt, or that transcribes or summarises speech or documents. It includes "
          "chatbots, assistants, browser extensions, phone apps, meeting note-takers and AI features "
          "inside other software."),
    ("p", "3.2 Approved AI tool: a tool named in section 5, used in the way section 5 describes. A tool is "
          "only approved when accessed by the route given for it."),
    ("p", "3.3 Service account: the Microsoft 365 account issued to you by the Service, ending "
          "@rtfrs.gov.uk. A personal Microsoft, Google or Apple account is never a Service account."),
    ("p", "3.4 Managed device: a laptop, desktop, tablet or phone issued by the Service, or a personal "
          "phone or tablet on which the Service's Microsoft apps have been enrolled through Company "
          "Portal."),
    ("p", "3.5 Open information: information the Service has already published or that is written to be "
          "published, such as community safety leaflets, published reports, job adverts and information "
          "on our website."),
    ("p", "3.6 Service-internal information: unpublished information belonging to the Service that does "
          "not identify any living person, such as draft procedures, training material, station "
          "rotas without names, budget working papers and performance figures."),
    ("p", "3.7 Personal information: information from which a living person can be identified, including "
          "names together with other details, addresses, phone numbers, email addresses, employee "
          "numbers, incident numbers linked to a person, and staff records."),
    ("p", "3.8 Sensitive casework information: personal information about a person's physical or mental "
          "health, disability, medication, alcohol or drug use, ethnicity, religion, sexuality or "
          "criminal offences, and any information about safeguarding concerns or about children and "
          "young people. It includes Safe and Well visit records, safeguarding referrals, occupational "
          "health and fitness records, fire investigation material relating to suspected deliberate "
          "fires, and records from the Firesetter Intervention and Cadet schemes."),
    ("p", "3.9 Protectively marked information: any information marked OFFICIAL-SENSITIVE or higher, "
          "including site-specific risk information for COMAH and other high-risk sites, security "
          "arrangements for Service premises, and national resilience and counter-terrorism plans."),
    ("p", "3.10 Anonymised information: information processed in line with the Service's Anonymisation "
          "Standard so that no individual can be identified, either directly or by combining it with "
          "other information the reader is likely to have."),
    ("p", "3.11 Responsible user: the member of staff who uses an AI tool and who is accountable for the "
          "output and for how it is used."),
    ("p", "3.12 AI Assurance Group (AIAG): the group chaired by the Director of Corporate Services that "
          "approves AI tools and use cases, records decisions and reviews this policy."),

    ("h1", "4. Principles"),
    ("p", "4.1 AI supports the judgement of our people; it never replaces it. Responsibility for any "
          "decision stays with a named member of staff."),
    ("p", "4.2 We use AI in a way that is lawful, fair, transparent to the public and proportionate to "
          "the risk."),
    ("p", "4.3 We put only the minimum information needed into any AI tool, and never more sensitive "
          "information than the tool is approved for."),
    ("p", "4.4 If you are unsure whether something is allowed, do not go ahead: ask the Information "
          "Governance Officer or the AIAG first (section 16)."),

    ("h1", "5. Approved AI tools"),
    ("p", "5.1 The Service has approved three AI tools. They are described in 5.2 to 5.4, together with "
          "how each must be accessed and the information it may be used with."),
    ("h2", "Microsoft 365 Copilot Chat"),
    ("p", "5.2 Microsoft 365 Copilot Chat is available to all staff. It must be accessed through the Edge "
          "browser, the Microsoft 365 app or Teams, signed in with your Service account, so that the "
          "green shield (enterprise data protection) is shown. It may be used with open information and "
          "Service-internal information only."),
    ("h2", "Microsoft 365 Copilot"),
    ("p", "5.3 Microsoft 365 Copilot (the licensed version that works inside Word, Excel, PowerPoint, "
          "Outlook and Teams) may be used only by staff who have been allocated a licence under 13.2, on "
          "a managed device, signed in with their Service account. It may be used with open, "
          "Service-internal and personal information, provided the personal information is already held "
          "in the Service's Microsoft 365 environment and is needed for the task. It must not be used "
          "with sensitive casework information or protectively marked information."),
    ("h2", "Adobe Firefly"),
    ("p", "5.4 Adobe Firefly may be used only by members of the Corporate Communications team, through "
          "the Service's Adobe Creative Cloud enterprise licence, to create or edit illustrations and "
          "graphics. It may be used with open information only, and is subject to section 11."),
    ("p", "5.5 No other AI tool may be used for Service business. For the avoidance of doubt, this "
          "includes:"),
    ("bullet", "ChatGPT, Gemini, Claude, Perplexity, DeepSeek, Meta AI, Grok and similar services, whether "
               "free or paid, and whether or not you sign up with a Service email address;"),
    ("bullet", "any version of Copilot used with a personal Microsoft account, including the consumer "
               "Copilot app and Copilot in Windows when you are not signed in with your Service account;"),
    ("bullet", "browser extensions, plug-ins and writing assistants such as Grammarly;"),
    ("bullet", "AI meeting note-takers and transcription apps (see section 10);"),
    ("bullet", "access to AI models through an API or developer platform (see 15.3)."),
    ("p", "5.6 An AI feature built into software the Service already uses is not approved just because the "
          "software is. Features such as Adobe Acrobat AI Assistant, Zoom AI Companion or AI summaries in "
          "suppliers' case management systems must stay switched off unless the AIAG has approved them. "
          "This does not affect ordinary spell-check, grammar-check and predictive text."),
    ("p", "5.7 To propose a new tool or a new use of an approved tool, submit an AI Use Case Request "
          "through the Digital Services Desk. The tool must not be used, trialled or signed up to until "
          "the AIAG has approved it."),
    ("p", "5.8 On a personal phone or tablet, approved tools may be used only through the Service's "
          "Microsoft apps enrolled through Company Portal. They must not be used through a web browser "
          "on a personal device, or on a personal home computer, even when signed in with a Service "
          "account."),

    ("h1", "6. Information you may put into AI tools"),
    ("p", "6.1 Before you type, paste or upload anything, decide which category in section 3 it falls into "
          "and check that the tool is approved for that category under section 5. If material mixes "
          "categories, treat all of it as the most sensitive category it contains."),
    ("p", "6.2 Sensitive casework information must not be entered into any AI tool, including Microsoft 365 "
          "Copilot. Asking the tool to find, summarise or draft from documents that contain such "
          "information counts as entering it."),
    ("p", "6.3 Protectively marked information must not be entered into any AI tool."),
    ("p", "6.4 Anonymised information is treated as Service-internal information. Removing names alone "
          "does not make information anonymised; if in doubt, ask the Information Governance Officer."),
    ("p", "6.5 Information given to the Service in confidence by another organisation, such as tender "
          "submissions, information shared by partner agencies, or fire risk assessments and other "
          "documents supplied by businesses during an audit, must not be entered into any AI tool without "
          "the written agreement of the Information Governance Officer."),
    ("p", "6.6 Unpublished reports to the Fire Authority may be worked on in Copilot Chat or Microsoft "
          "365 Copilot as Service-internal information, except exempt reports (Part 2 items), which are "
          "treated as protectively marked information."),

    ("h1", "7. Prohibited uses"),
    ("p", "7.1 No AI tool is a source of operational information. AI must not be used to decide or "
          "advise on tactics, hazardous materials, building construction or any other matter at an "
          "incident. Crews must use the mobile data terminal, Chemdata and other approved operational "
          "information sources."),
    ("p", "7.2 Notices and letters issued under the Regulatory Reform (Fire Safety) Order 2005, including "
          "enforcement, prohibition and alterations notices and notifications of deficiencies, must be "
          "prepared without the assistance of any AI tool."),
    ("p", "7.3 AI must not be used to shortlist, score, rank or assess applicants in recruitment or "
          "promotion processes. Approved tools may be used to draft job adverts, role profiles and "
          "interview questions, which must be reviewed by the recruiting manager."),
    ("p", "7.4 AI must not be used to prepare, summarise or analyse material in formal people "
          "processes, including discipline, grievance, capability, attendance management, dignity at "
          "work and any investigation into the conduct of an employee."),
    ("p", "7.5 AI must not be used to make, or to recommend, a decision that has a legal or similarly "
          "significant effect on an individual, such as eligibility for a service, a referral, or an "
          "enforcement outcome."),
    ("p", "7.6 No AI tool may be connected to the mobilising system, and recordings of emergency calls "
          "and Fire Control radio traffic must not be processed by any AI tool."),
    ("p", "7.7 AI must not be used to create content that is misleading, discriminatory, offensive or "
          "political, to impersonate another person or organisation, or to get around a security "
          "control."),
    ("p", "7.8 Code, scripts, macros and formulas produced with AI may be used in your own spreadsheets "
          "and documents, but must not be deployed to a Service system or shared for use by others "
          "until it has been reviewed by Digital Services."),

    ("h1", "8. Human review and accountability"),
    ("p", "8.1 The responsible user must read and check everything an AI tool produces before it is "
          "used, sent or relied on: facts, figures, names, references, legal points and tone. AI tools "
          "can invent sources and make confident mistakes."),
    ("p", "8.2 The responsible user must check outputs for bias and for language that could "
          "disadvantage people with protected characteristics."),
    ("p", "8.3 Content produced with the help of AI that will go to the Fire Authority or one of its "
          "committees must be approved by the sponsoring Director, who must be told that AI was used."),
    ("p", "8.4 Prompts and outputs used for Service business are Service records. They may be "
          "disclosable under the Freedom of Information Act 2000 and data protection law, and must be "
          "kept or deleted in line with the Records Retention Schedule."),

    ("h1", "9. Transparency and labelling"),
    ("p", "9.1 Where an AI tool has generated a substantial part of any content that the Service "
          "publishes or sends to the public, the content must carry the statement \"Produced with the "
          "help of AI and checked by Ravensfell and Tarnside Fire and Rescue Service\"."),
    ("p", "9.2 No statement is needed where AI has only been used to check spelling and grammar, adjust "
          "tone, shorten text or reformat it."),
    ("p", "9.3 Every AI-generated or AI-edited image that is published must be labelled as such, however "
          "small the AI contribution."),
    ("p", "9.4 Translations of public safety material produced with AI must be checked by a fluent "
          "speaker or the Service's contracted translation provider before publication, and labelled "
          "under 9.1."),
    ("p", "9.5 The Service publishes a list of its approved AI tools and use cases on its website and "
          "updates it after each AIAG meeting."),

    ("h1", "10. Recording, transcription and meeting notes"),
    ("p", "10.1 Teams transcription and Copilot in Teams meetings may be used by licensed staff in "
          "internal Service meetings held in Teams, provided that the organiser tells attendees at the "
          "start of the meeting. If any attendee objects, transcription and Copilot must be switched "
          "off."),
    ("p", "10.2 Transcription and Copilot must not be used in:"),
    ("bullet", "meetings with members of the public, businesses or service users;"),
    ("bullet", "meetings under 7.4, including hearings, investigation interviews and welfare meetings "
               "about an individual;"),
    ("bullet", "multi-agency safeguarding, case review or partnership tasking meetings;"),
    ("bullet", "any meeting at which protectively marked information is discussed."),
    ("p", "10.3 AI note-takers other than Copilot in Teams must not be admitted to, or used in, Service "
          "meetings. Where a meeting hosted by another organisation uses its own AI note-taker, you may "
          "attend, but you must not share personal or sensitive casework information in that meeting."),
    ("p", "10.4 Recording a meeting or conversation on a personal phone in order to transcribe or "
          "summarise it with AI is not permitted."),
    ("p", "10.5 AI transcripts and meeting summaries are drafts. The organiser must check them before "
          "circulation. Teams recordings and transcripts are deleted automatically after 60 days unless "
          "saved as a record under the Records Retention Schedule."),

    ("h1", "11. Images, audio, video and likeness"),
    ("p", "11.1 Only Adobe Firefly, used under 5.4, may be used to generate or edit images. No approved "
          "tool may be used to generate audio or video."),
    ("p", "11.2 AI must not be used to create or alter the image, voice or likeness of a real, "
          "identifiable person, including a member of staff, even with that person's consent."),
    ("p", "11.3 AI must not be used to create images that could be taken for real incident photography, "
          "or that show an identifiable building, vehicle or location."),
    ("p", "11.4 Photographs and video of members of the public, including incident and fire "
          "investigation images, must not be uploaded to any AI tool, including for editing, cropping or "
          "background removal."),
    ("p", "11.5 The Service's crest, livery and uniform may appear in AI-generated imagery only with the "
          "approval of the Head of Corporate Communications."),

    ("h1", "12. Procurement and new systems"),
    ("p", "12.1 Any software, service or contract that includes AI functionality must be approved by the "
          "AIAG, with a completed Data Protection Impact Assessment, before it is bought, renewed with "
          "new AI features, or trialled."),
    ("p", "12.2 Free trials, freemium accounts, pilots and supplier demonstrations that use Service "
          "information are treated as procurement for the purposes of 12.1."),
    ("p", "12.3 Building agents, custom assistants or automations using Copilot Studio, SharePoint agents "
          "or Power Automate AI features requires the approval of the AIAG before any work starts."),
    ("p", "12.4 Suppliers must tell the Service if they intend to use AI in delivering a contract, and "
          "must not put Service information into an AI tool without the Service's written agreement."),

    ("h1", "13. Training and licences"),
    ("p", "13.1 Before using any approved AI tool you must complete the \"Using AI Safely\" e-learning "
          "module on the Learning Hub. The module must be refreshed every 12 months."),
    ("p", "13.2 Microsoft 365 Copilot licences are allocated by Digital Services on a business case "
          "approved by the head of department. Licence holders must also attend a Copilot Essentials "
          "workshop within three months."),
    ("p", "13.3 Line managers must ensure their teams have completed the training and understand this "
          "policy."),

    ("h1", "14. Incidents and breaches"),
    ("p", "14.1 If personal, sensitive casework or protectively marked information has been entered into "
          "a tool that is not approved for it, or an AI output containing errors has been published or "
          "sent, report it as an information security incident within 24 hours using the Information "
          "Security Incident form on the intranet. Out of hours, call the Digital Services Desk on "
          "extension 4400."),
    ("p", "14.2 Do not delete the conversation or output before reporting it, unless the Information "
          "Governance Officer tells you to."),
    ("p", "14.3 Misuse of AI tools or a breach of this policy may be dealt with under the Discipline "
          "Procedure."),

    ("h1", "15. Matters under review"),
    ("p", "15.1 The use of AI to analyse drone footage, thermal imaging or fire investigation images has "
          "not been decided. It is being considered by the AIAG with the Fire Investigation team, and no "
          "such use may take place until a decision is recorded."),
    ("p", "15.2 Whether, and on what terms, Elected Members of the Fire Authority may use AI tools for "
          "Authority business is being considered by the Monitoring Officer. Until then, Members should "
          "ask the Monitoring Officer for advice."),
    ("p", "15.3 The Service has not decided whether Digital Services may build tools using the Azure "
          "OpenAI Service or other model APIs. Until the AIAG records a decision, no API or developer "
          "access to AI models may be used."),
    ("p", "15.4 The use of AI to draft minutes of Fire Authority and committee meetings is under review "
          "by the Monitoring Officer and is not permitted until a decision is recorded."),
    ("p", "15.5 The AI features offered in the new Prevention and Protection Case System remain switched "
          "off while a Data Protection Impact Assessment is completed. No decision has yet been taken on "
          "whether any of them will be enabled."),

    ("h1", "16. Roles, responsibilities and contacts"),
    ("p", "16.1 AI Assurance Group: approves tools and use cases, records decisions and keeps this policy "
          "under review. Contact: ai.assurance@rtfrs.gov.uk."),
    ("p", "16.2 Information Governance Officer (the Service's Data Protection Officer): advises on what "
          "information may be used, Data Protection Impact Assessments and incidents. Contact: "
          "information.governance@rtfrs.gov.uk."),
    ("p", "16.3 Digital Services Desk: access to approved tools, Copilot licences, Company Portal "
          "enrolment and AI Use Case Requests. Extension 4400 or the Digital Services portal."),
    ("p", "16.4 Senior Information Risk Owner (the Director of Corporate Services): owns the information "
          "risk from AI use and decides on incidents that need to be reported to the Information "
          "Commissioner."),
    ("p", "16.5 Line managers: make sure their teams follow this policy and raise questions they cannot "
          "answer with the AIAG."),

    ("h1", "17. Monitoring and review"),
    ("p", "17.1 Digital Services monitors the use of AI tools on Service systems and networks, and may "
          "block tools that are not approved."),
    ("p", "17.2 This policy will be reviewed at least every 12 months, or sooner if legislation, national "
          "guidance or the Service's tools change."),

    ("appendix", "Appendix A – Related documents"),
    ("p", "A.1 Information Security Policy (IG-POL-002)."),
    ("p", "A.2 Data Protection Policy and Anonymisation Standard (IG-POL-005)."),
    ("p", "A.3 Records Management Policy and Records Retention Schedule (IG-POL-007)."),
    ("p", "A.4 Code of Conduct and Discipline Procedure (HR-POL-001)."),
]


def build_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    for kind, val in FRONT:
        if kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    # page break after the title page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, val in BODY:
        if kind == "h1" or kind == "appendix":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullet":
            doc.add_paragraph(val, style="List Bullet")
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Ravensfell and Tarnside Fire and Rescue Service"
    doc.save(path)


def build_md(path: Path) -> None:
    lines = [f"# {TITLE}", ""]
    for kind, val in FRONT:
        if kind == "p":
            lines += [val, ""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
    for kind, val in BODY:
        if kind in ("h1", "appendix"):
            lines += [f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "bullet":
            lines.append(f"- {val}")
    # blank line after bullet runs
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if l.startswith("- ") and i + 1 < len(lines) and not lines[i + 1].startswith("- ") and lines[i + 1] != "":
            out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def word_count() -> int:
    text = [v for k, v in FRONT if k == "p"] + [v for k, v in BODY]
    return sum(len(t.split()) for t in text)


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    build_docx(OUT / "knowledge" / f"{STEM}.docx")
    build_md(OUT / "originals" / f"{STEM}.md")
    print("words:", word_count())
