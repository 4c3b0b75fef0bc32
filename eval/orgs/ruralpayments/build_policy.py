"""Build the RPIA generative-AI policy as .docx (knowledge) and the same text as .md (originals),
and copy the quick guide into both folders.

Run: /work/main/.venv/bin/python build_policy.py
"""
from pathlib import Path
import shutil

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
ORIG = HERE / "originals"
STEM = "rpia-generative-ai-policy"

TITLE = "Use of Generative Artificial Intelligence: Staff Policy"
FRONT = [
    "Rural Payments and Inspections Agency",
    "An executive agency of the Department for Rural Affairs and Land Management",
    "Document reference: RPIA-IMP-017. Classification of this document: OFFICIAL.",
]
VERSION_TABLE = [
    ["Version", "Date", "Change", "Approved by"],
    ["1.0", "March 2025", "First issue (interim guidance)", "Executive Committee"],
    ["2.0", "February 2026", "Tools table added; claimant correspondence rules", "AI Governance Board"],
    ["2.1", "October 2026", "Inspection imagery, FieldLens, matters under review", "AI Governance Board"],
]
FRONT_AFTER = [
    "Policy owner: Chief Digital and Information Officer (CDIO). Next review: April 2027.",
]

TOOLS_TABLE = [
    ["Tool", "Status", "What you may use it for", "Information allowed"],
    ["Microsoft 365 Copilot Chat (Agency tenancy, signed in with an @rpia.gov.uk account)", "Approved",
     "Drafting and summarising text, explaining published guidance, web research, spreadsheet formulas, ideas.",
     "OFFICIAL and published information. No OFFICIAL-SENSITIVE information of any caveat."],
    ["Microsoft 365 Copilot (licensed, in Word, Outlook, Excel, PowerPoint and Teams)", "Limited: licence holders only",
     "As for Copilot Chat, plus documents and email in the Office apps and Teams meeting recaps (section 9).",
     "OFFICIAL; OFFICIAL-SENSITIVE COMMERCIAL; CLAIMANT DATA only as allowed by clause 6.3. No PERSONNEL or INVESTIGATIONS information."],
    ["Agency Assist (the Agency's intranet assistant, built on Azure OpenAI in the Agency cloud)", "Approved",
     "Questions about scheme rules, the Operational Manual and internal procedures; drafting replies and notes.",
     "OFFICIAL and CLAIMANT DATA (subject to clause 4.5). No PERSONNEL or INVESTIGATIONS information."],
    ["GitHub Copilot Business (Agency organisation)", "Limited: Digital and Data developers only",
     "Code completion, code explanation and review in Agency repositories.",
     "Source code and synthetic test data. No live claimant data, passwords, keys or other secrets."],
    ["Azure OpenAI Service on the Agency Data Platform (API access)", "Limited: Digital and Data team, approved projects only",
     "Building and testing services approved by the AI Governance Board (section 13).",
     "As set out in the project's approved DPIA; synthetic data only until then."],
    ["DeepL Pro (Agency subscription)", "Limited: Customer Contact Centre and Welsh Language Unit only",
     "Translating correspondence and drafts, subject to clause 8.5.",
     "OFFICIAL and CLAIMANT DATA (subject to clause 4.5)."],
    ["Adobe Firefly (Agency Creative Cloud licence)", "Limited: Communications team only",
     "Illustrative images for Agency publications, subject to clauses 10.5 and 12.1.",
     "Published information only."],
    ["FieldLens (image analysis module of the Inspect app)", "Limited: Inspectorate only",
     "Suggesting land-cover classes and possible ineligible features from inspection photographs and drone imagery, subject to section 10.",
     "Inspection imagery collected under the inspection programme."],
    ["ChatGPT, Google Gemini, Claude, Meta AI, Grok and DeepSeek (any version or account)", "Not permitted", "Must not be used for Agency business.", "None."],
    ["Otter.ai, Fireflies.ai, Read.ai and other meeting note-taking bots", "Not permitted", "Must not be used for Agency business.", "None."],
]

# ("h", heading) numbered Heading 1; ("p", text) numbered paragraph; ("b", text) bullet;
# ("tools",) the tools table; ("ah", heading) appendix heading
BODY = [
    ("h", "1. Purpose and status"),
    ("p", "1.1 This policy sets out when and how people working for the Rural Payments and Inspections Agency (the Agency) may use generative artificial intelligence (AI) for Agency business. It applies the Department's guidance on generative AI, the Government Security Classifications Policy and UK data protection law to the Agency's work of paying, checking and inspecting farm support claims and recovering money owed."),
    ("p", "1.2 The Agency wants staff to use approved tools with confidence. This policy is mandatory. A breach of it may be dealt with under the Agency's Conduct and Discipline Procedure and, where information has been put at risk, as a security incident."),
    ("p", "1.3 A short quick guide for staff accompanies this policy. Where the quick guide and this policy differ, this policy prevails."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to all Agency employees, secondees, contractors, agency workers and suppliers' staff who handle Agency information (together, users)."),
    ("p", "2.2 It applies to any use of generative AI in connection with Agency business, whether the tool is reached from an Agency device or a personal device, and whether the AI is a standalone tool or a feature built into other software."),
    ("p", "2.3 It does not cover the rules-based automated processing in the Claims Processing System or the inspection risk-selection model, which are governed by the Agency's Automated Processing Standard (see clause 11.2)."),

    ("h", "3. Definitions"),
    ("p", "3.1 Generative AI tool means software that produces text, images, audio, video or code in response to a prompt, including chat assistants, image generators, transcription services and AI features built into other products."),
    ("p", "3.2 A listed tool is a tool shown in Table 1 (clause 5.3) with the status Approved or Limited, used in the form described there. Any other generative AI tool, or a listed tool used in a form not described in Table 1, is an unlisted tool."),
    ("p", "3.3 The Agency tenancy is the Agency's Microsoft 365 environment, reached by signing in with an @rpia.gov.uk account."),
    ("p", "3.4 A claimant is any farmer, land manager, business, landowner or tenant who applies for, receives or has received a payment or grant from the Agency, or whose land or holding is inspected by the Agency, and includes their agents and representatives."),
    ("p", "3.5 Case material means any record relating to an individual claim, inspection, penalty, recovery, review or appeal, including Single Business Identifiers (SBIs), claim and case references, County Parish Holding (CPH) numbers, land parcel references linked to a business, bank details, inspection reports and photographs, and correspondence with the claimant."),
    ("p", "3.6 A claim determination is any decision that affects a claimant's eligibility, the amount paid, a reduction, penalty or sanction, a recovery of money, the outcome of a review, or the selection of a business for inspection."),
    ("p", "3.7 The Responsible Officer is the member of staff who uses an AI output in Agency business. They are accountable for that output as if they had written it themselves."),
    ("p", "3.8 The AI Governance Board (AIGB) is the board chaired by the CDIO which approves tools, uses and exceptions under this policy."),

    ("h", "4. Information and security classifications"),
    ("p", "4.1 All Agency information is classified under the Government Security Classifications Policy. Most Agency information is OFFICIAL. Information needing extra care is marked OFFICIAL-SENSITIVE with one of the handling caveats in clause 4.2."),
    ("p", "4.2 The Agency uses the following handling caveats:"),
    ("p", "4.2(a) OFFICIAL-SENSITIVE COMMERCIAL: supplier prices, bids and tender evaluations, contract negotiations, and unannounced payment rates, payment dates or scheme budgets that could move markets or give any party an advantage."),
    ("p", "4.2(b) OFFICIAL-SENSITIVE CLAIMANT DATA (CLAIMANT DATA): all case material and any other information about an identifiable claimant, including information about a holding or business that can be linked to its owner."),
    ("p", "4.2(c) OFFICIAL-SENSITIVE PERSONNEL: information about individual members of staff or job applicants, including recruitment, performance, attendance, sickness, grievance and disciplinary records."),
    ("p", "4.2(d) OFFICIAL-SENSITIVE INVESTIGATIONS: suspected irregularities and fraud, counter-fraud referrals, enforcement and prosecution files, and information received from or shared with the police and other enforcement bodies."),
    ("p", "4.3 Information already published by the Agency or the Department (for example scheme guidance on GOV.UK) is published information and may be used in any listed tool. Unpublished information without a caveat is OFFICIAL."),
    ("p", "4.4 The Information allowed column of Table 1 states the most sensitive information that may be entered into each tool. Entering includes typing, pasting, uploading or attaching files and images, dictating, sharing a screen with an AI feature, and giving a tool access to a mailbox, drive, site or folder."),
    ("p", "4.5 Information about a person's physical or mental health, a person's ethnicity, religion or sexual life, information about children, and information about criminal offences or alleged offences must not be entered into any generative AI tool, whatever its status in Table 1, unless a Data Protection Impact Assessment (DPIA) approved by the AIGB covers that exact use. This includes medical evidence, doctors' letters and accounts of illness or injury given in support of a force majeure or exceptional circumstances request."),
    ("p", "4.6 Removing a claimant's name does not remove the CLAIMANT DATA caveat. An SBI, claim reference, CPH number, land parcel reference, holding name or address, or payment amount linked to any of these is enough to identify a business and the people behind it. Only information from which all such details have been removed, so that no claimant can be identified, may be treated as OFFICIAL."),
    ("p", "4.7 Information classified SECRET or TOP SECRET must never be used with any generative AI tool."),

    ("h", "5. Tools staff may use"),
    ("p", "5.1 Only listed tools may be used for Agency business. An unlisted tool must not be used for Agency work in any form, including free versions, trials, personal or family accounts, mobile apps and browser versions, until the AIGB has approved it under section 13."),
    ("p", "5.2 A tool is listed only in the form described in Table 1. The same product reached in another way is an unlisted tool: for example, Microsoft Copilot signed in with a personal Microsoft account is not Copilot Chat in the Agency tenancy."),
    ("p", "5.3 Table 1 lists the tools the Agency has assessed. Approved means any user may use the tool for the purposes shown with information up to the level shown. Limited means the tool may be used only by the staff named, for the purposes shown and with the information shown. Not permitted means the tool must not be used for Agency business."),
    ("tools",),
    ("p", "5.4 Copilot Chat is the Agency's default tool for everyday tasks. Before entering any information, check that you are signed in with your @rpia.gov.uk account and that the green Protected shield is shown."),
    ("p", "5.5 AI features built into other software are unlisted tools unless Table 1 names them, even where the Agency already uses the software for other purposes. Examples include AI assistants in PDF readers, video-conferencing platforms and design tools. Such features must not be used for Agency business; if one cannot be switched off, report it to the IT Service Desk."),
    ("p", "5.6 Browser extensions, add-ins and plug-ins that provide AI features must not be installed on Agency devices or in Agency browsers."),
    ("p", "5.7 Listed tools may be used on a personal device only through the Agency's managed Microsoft 365 apps installed under the Bring Your Own Device scheme. Signing in to a listed tool through a web browser on a personal device, or using any AI assistant built into a personal phone or computer, for Agency business is not permitted."),
    ("p", "5.8 Entering information above the level shown for a tool in Table 1 is treated in the same way as using an unlisted tool."),

    ("h", "6. Using AI well: the Responsible Officer"),
    ("p", "6.1 Staff are encouraged to use listed tools for everyday work, including drafting and improving emails, documents and presentations; summarising published guidance, reports and long documents; preparing outlines and briefing notes; working with spreadsheets and non-personal figures; producing first drafts of training and communications material; and generating ideas."),
    ("p", "6.2 The Responsible Officer must read every output in full, check facts, figures, scheme rules and legal references against their source, and correct it before it is used. AI output is never an authoritative statement of scheme rules: the published scheme guidance and the Operational Manual are."),
    ("p", "6.3 Staff whose role gives them access to case material may enter CLAIMANT DATA into licensed Microsoft 365 Copilot only to draft correspondence under section 8 and to summarise the case history of a case they are handling, and never the information described in clause 4.5."),

    ("h", "7. Prohibited uses"),
    ("p", "7.1 Whatever the tool, users must not use generative AI to:"),
    ("p", "7.1(a) create, alter, enhance or retouch anything that may be relied on as evidence, including inspection photographs, drone imagery, field measurements, maps, signatures, dates, times and location data;"),
    ("p", "7.1(b) judge the honesty, credibility or likelihood of wrongdoing of an individual claimant, or score, rank or profile identifiable claimants or businesses, other than through a model approved under section 11;"),
    ("p", "7.1(c) assess, rank or monitor individual people for employment purposes, including sifting or scoring job applications, interview answers or performance;"),
    ("p", "7.1(d) imitate a real person's voice, face, handwriting or signature, or produce content that appears to come from a named official who did not write it;"),
    ("p", "7.1(e) draft witness statements, prosecution files or submissions to a court or tribunal;"),
    ("p", "7.1(f) get around a security control, for example by moving Agency information to a personal account, email address or device so that it can be used with an unlisted tool."),

    ("h", "8. Correspondence with claimants"),
    ("p", "8.1 Listed tools may be used to help draft letters, emails and web chat replies to claimants, within the information limits of Table 1."),
    ("p", "8.2 A member of staff must read, check and approve every message before it is sent. No message drafted by AI may be sent to a claimant automatically or without that approval."),
    ("p", "8.3 Letters that notify a claim determination must be produced from the approved templates in the Correspondence Library. AI may be used only to improve the plain English of general explanatory wording. It must not be used to write the decision, the amounts, the reasons for the decision or the review and appeal rights."),
    ("p", "8.4 Staff do not need to tell a claimant that AI helped to draft a letter or email that a member of staff has checked and approved; the Agency's privacy notice explains how we use AI. Where a claimant deals directly with an AI system, for example a chatbot, they must be told that they are doing so."),
    ("p", "8.5 A machine translation that will be sent or published must be checked before use: translations into Welsh for a claimant by a fluent Welsh speaker, and any Welsh-language publication by the Welsh Language Unit. Staff may use DeepL Pro to understand correspondence they receive without further checks."),

    ("h", "9. Meetings, recording and transcription"),
    ("p", "9.1 Teams transcription and Copilot meeting recap in the Agency tenancy may be used for internal Agency meetings, provided that the organiser tells attendees at the start and switches the feature off if any attendee asks."),
    ("p", "9.2 Meetings and calls with claimants, their agents or representatives, including inspection opening and closing meetings, review meetings and appeal hearings, must not be recorded, transcribed or summarised by AI."),
    ("p", "9.3 Meetings in which PERSONNEL or INVESTIGATIONS information is discussed, such as attendance and sickness reviews, grievance and disciplinary hearings and counter-fraud case conferences, must not be transcribed or summarised by AI."),
    ("p", "9.4 Users must not add note-taking bots or unlisted AI features to any meeting. Where another organisation's AI note-taker is present in a meeting hosted by that organisation, Agency staff must not share OFFICIAL-SENSITIVE information in the meeting and should tell the chair."),
    ("p", "9.5 Transcripts and recaps are Agency records. The organiser must check them for accuracy before circulating them."),

    ("h", "10. Inspection imagery, drone imagery and likeness"),
    ("p", "10.1 Inspection photographs, geotagged images and imagery from uncrewed aircraft (drones) or satellites collected for an inspection are case material and carry the CLAIMANT DATA caveat."),
    ("p", "10.2 Inspectors may use FieldLens to suggest land-cover classes. A FieldLens suggestion is not a finding. The inspector must verify every suggestion against the source imagery or on the ground and record the finding in their own words."),
    ("p", "10.3 Inspection and drone imagery must not be uploaded to any generative AI tool other than FieldLens, including Copilot, whether for description, enhancement or measurement."),
    ("p", "10.4 Imagery in which people or vehicle registration plates can be seen is personal data. Drone imagery must not be used to identify or track individuals."),
    ("p", "10.5 Users must not generate images, video or audio that depict a real, identifiable person, or that present a real farm, holding or place as it is not. The Communications team may create illustrative images with Adobe Firefly for Agency publications; such images must be labelled under clause 12.1."),

    ("h", "11. Automated decisions about claims, penalties and recoveries"),
    ("p", "11.1 No claim determination may be made by generative AI. Generative AI must not be used to decide, recommend or write the reasons for eligibility, payment amounts, reductions, penalties, sanctions, recoveries or the selection of a business for inspection."),
    ("p", "11.2 Rules-based automated processing in the Claims Processing System and the inspection risk-selection model are governed by the Automated Processing Standard, which provides the safeguards required by UK GDPR for decisions based solely on automated processing. No one may add a generative AI step to those processes without AIGB approval."),
    ("p", "11.3 Staff may use listed tools to help them understand published scheme rules and the Operational Manual. The decision-maker's reasons recorded on the case must be written by the decision-maker."),
    ("p", "11.4 Generative AI must not be used to assess the merits of a request for review or an appeal, or to draft its outcome."),
    ("p", "11.5 In recoveries, amounts and repayment schedules must come from the finance system. Generative AI must not be used to decide whether a debt is written off, waived or referred for enforcement, or to set the terms of a repayment plan."),

    ("h", "12. Transparency, labelling and records"),
    ("p", "12.1 Images, video and audio made with AI and published by the Agency must be labelled \u201cCreated using AI\u201d. Text published externally that was substantially generated by AI must be approved by the Communications team. Text that staff have rewritten and checked need not be labelled."),
    ("p", "12.2 Where a paper to the Executive Committee, a submission to ministers or a briefing for the Department was substantially drafted with AI, the cover note must say so."),
    ("p", "12.3 Responses to Freedom of Information requests and Parliamentary Questions may be drafted with a listed tool using OFFICIAL or published information only. The clearing official must be told that AI was used."),
    ("p", "12.4 Prompts and outputs that inform a decision or are used in Agency business are Agency records. They must be saved in the Agency's records system and may be disclosed in response to an information request."),

    ("h", "13. New tools, procurement and development"),
    ("p", "13.1 To add a tool to Table 1, to use a listed tool for a new purpose, or to use it with more sensitive information, submit an AI Use Request on the intranet. The AIGB decides each request after a DPIA screening, a security assessment and the agreement of the Information Asset Owner."),
    ("p", "13.2 No product, service or contract that includes generative AI may be bought or accepted without the approval of the Commercial team and the AIGB. This includes purchases on a Government Procurement Card, free trials and AI features added by a supplier to an existing service."),
    ("p", "13.3 A team may pilot an unlisted tool only with the written approval of the AIGB, using synthetic or published information only."),
    ("p", "13.4 Services built on the Azure OpenAI Service must follow the Agency Secure Development Standard and use synthetic data until the Data Protection Officer has signed off the DPIA. Only the Digital and Data team may hold API access."),
    ("p", "13.5 Downloading or running AI models on Agency devices or infrastructure, including open-weight models run locally, requires the prior approval of the AIGB."),

    ("h", "14. Training and responsibilities"),
    ("p", "14.1 Before using any listed tool, users must complete the \u201cUsing AI safely at RPIA\u201d module on the Learning Hub and repeat it every year. Microsoft 365 Copilot licences are allocated by the Digital Workplace team only to staff who have completed the module and whose line manager supports the request."),
    ("p", "14.2 Assistive technology provided through a workplace adjustment may continue to be used. Where it includes generative AI features, those features may be used for Agency business only once the Workplace Adjustments Team and the AIGB have agreed it for the individual."),

    ("h", "15. Matters under review"),
    ("p", "15.1 The AIGB has not yet decided the following. Until it does, they are not permitted and questions about them should be sent to the AI Governance team:"),
    ("p", "15.1(a) the AI reply-suggestion feature in the Customer Contact Centre platform, which is being piloted by one team and will be reviewed in early 2027;"),
    ("p", "15.1(b) the use of AI to measure hedges, walls, ditches and other landscape features automatically from drone or satellite imagery;"),
    ("p", "15.1(c) whether licensed Microsoft 365 Copilot may be given access to shared mailboxes and to team sites that hold case material (the Copilot data access review);"),
    ("p", "15.1(d) AI agents, meaning tools that act on a user's behalf (for example by sending emails, moving files or updating records), including agents built with Copilot Studio."),
    ("p", "15.2 The AIGB is also considering whether a personal Copilot licence may be used with OFFICIAL-SENSITIVE PERSONNEL information by HR Business Partners. No decision has been made."),

    ("h", "16. Incidents"),
    ("p", "16.1 If you enter information into a tool that is not permitted, or information above the level allowed for a tool, report it at once on the Security Incident form and tell your line manager. Where the tool allows, delete the conversation after you have reported it."),
    ("p", "16.2 Report to the AI Governance team any AI output that is offensive, biased or discriminatory, or that appears to contain someone else's information."),

    ("h", "17. Contacts and review"),
    ("p", "17.1 Questions about this policy, and requests for advice on a use it does not cover: the AI Governance team, ai.governance@rpia.gov.uk, or the Ask AI Governance channel in Teams."),
    ("p", "17.2 Data protection and DPIAs: the Data Protection Officer, dpo@rpia.gov.uk."),
    ("p", "17.3 Security classifications and handling caveats: the Agency Security Adviser through the Security Hub intranet page."),
    ("p", "17.4 Copilot licences, sign-in problems and AI features that cannot be switched off: the IT Service Desk."),
    ("p", "17.5 This policy is reviewed by the AIGB every six months."),
]


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join("---" for _ in rows[0]) + " |"]
    for r in rows[1:]:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def build_md():
    parts = ["# " + TITLE, ""]
    parts += [p + "\n" for p in FRONT]
    parts += [md_table(VERSION_TABLE), ""]
    parts += [p + "\n" for p in FRONT_AFTER]
    for item in BODY:
        kind = item[0]
        if kind == "h":
            parts += ["## " + item[1], ""]
        elif kind == "p":
            parts += [item[1], ""]
        elif kind == "tools":
            parts += ["Table 1: Generative AI tools", "", md_table(TOOLS_TABLE), ""]
    return "\n".join(parts).rstrip() + "\n"


def add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "RPIA Chief Digital and Information Officer"
    doc.add_paragraph(TITLE, style="Title")
    for p in FRONT:
        doc.add_paragraph(p)
    add_table(doc, VERSION_TABLE)
    for p in FRONT_AFTER:
        doc.add_paragraph(p)
    for item in BODY:
        kind = item[0]
        if kind == "h":
            doc.add_paragraph(item[1], style="Heading 1")
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "tools":
            doc.add_paragraph("Table 1: Generative AI tools")
            add_table(doc, TOOLS_TABLE)
    doc.save(path)


def main():
    KNOW.mkdir(exist_ok=True)
    ORIG.mkdir(exist_ok=True)
    build_docx(KNOW / f"{STEM}.docx")
    md = build_md()
    (ORIG / f"{STEM}.md").write_text(md, encoding="utf-8")
    guide = HERE / "src" / "ai-quick-guide.md"
    shutil.copyfile(guide, KNOW / "ai-quick-guide.md")
    shutil.copyfile(guide, ORIG / "ai-quick-guide.md")
    words = len(md.split())
    print(f"policy words (md): {words}")


if __name__ == "__main__":
    main()
