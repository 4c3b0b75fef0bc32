"""Build Cairnlea Homes' generative AI policy as a text PDF (knowledge/) and the
same text as Markdown (originals/) for the scorer's quote checks.

Run with /work/main/.venv/bin/python build_policy.py  (needs fpdf2).
Text is kept to plain ASCII so the PDF core font renders it and extraction is clean.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent
STEM = "cairnlea-genai-policy"
TITLE = "Cairnlea Homes - Generative AI Use Policy"

FRONT = [
    "Policy owner: Head of Digital and Information",
    "Approved by: Audit and Risk Committee, 18 February 2026",
    "Version: 1.1 (February 2026)",
    "Next review: February 2027",
    "Applies to: all staff, Board and committee members, agency workers, volunteers and contractors",
]

TABLE_HEAD = ["Tool", "Status", "What information", "Conditions"]
TABLE = [
    ["Microsoft Copilot Chat (signed in with your Work Account)", "Approved",
     "Open Information, Cairnlea Internal and Person-Level Information (only as much as the task needs). Never Protected Case Material.",
     "Sign in with your Work Account and check the green shield shows. Complete the e-learning in section 13 first."],
    ["Microsoft Copilot, licensed version (in Word, Outlook, Excel, PowerPoint and Teams)", "Restricted",
     "As for Copilot Chat.",
     "Only for staff issued a licence after the Copilot in Practice session. Meeting features only as set out in section 10."],
    ["Teams transcription and Intelligent Recap", "Restricted",
     "Internal Cairnlea meetings only.",
     "See section 10. Never for meetings with tenants or HR meetings about an individual."],
    ["Microsoft Editor (spelling and grammar in Word and Outlook)", "Approved",
     "Any information you may hold in Word or Outlook on your Work Account.",
     "No conditions beyond normal use of Microsoft Office."],
    ["ChatGPT (free or paid individual account, website or official app)", "Restricted",
     "Open Information only.",
     "Turn off model training in Data Controls. Do not upload Cairnlea files unless already published. Do not sign up with your Cairnlea email address."],
    ["Adobe Firefly (through Cairnlea's Adobe Express licence)", "Restricted",
     "Open Information only.",
     "Images only, by Communications and staff they have trained. No real people (section 11). Label in line with 9.2."],
    ["Grammarly (any version, including the browser extension)", "Not permitted", "None.",
     "Reads everything typed in the browser, including in HomeLedger."],
    ["DeepSeek (any version)", "Not permitted", "None.", "Do not install or use."],
    ["Meeting note-taker bots (Otter.ai, Fireflies.ai, Read.ai and similar)", "Not permitted", "None.",
     "Must not be used or admitted to Cairnlea meetings (see 10.5)."],
    ["HomeLedger Assist (AI features in the housing management system)", "Pending decision", "None until AIRG decides.",
     "Must stay switched off. See 15.1."],
]

# (kind, text): kind is "h" numbered heading, "p" numbered paragraph, "i" unnumbered item, "table"
BODY = [
    ("h", "1. Purpose"),
    ("p", "1.1 Cairnlea Homes is a registered social landlord and charity providing around three thousand homes across Ayrshire and Renfrewshire. This policy sets out how staff may use generative artificial intelligence (AI) in their work while protecting our tenants, our colleagues and our reputation."),
    ("p", "1.2 Generative AI can be wrong, biased or out of date, and anything typed into it may leave our control. Staff remain responsible for everything they produce with its help."),
    ("p", "1.3 This policy sits alongside our Data Protection, Information Security and Records Management policies and the Code of Conduct. Where they overlap, the stricter requirement applies."),

    ("h", "2. Who and what this policy covers"),
    ("p", "2.1 This policy applies to all employees, Board and committee members, agency and temporary workers, volunteers, and contractors or consultants who use Cairnlea systems or handle Cairnlea information (together called \"staff\" in this policy)."),
    ("p", "2.2 It covers any use of a generative AI tool for Cairnlea work, whether on a Cairnlea device or a personal device, in the office, at home, in a tenant's home or anywhere else."),
    ("p", "2.3 On a personal phone, tablet or computer, Microsoft Copilot Chat and the licensed Microsoft Copilot may be used only through the Microsoft apps enrolled in Cairnlea's device management (the Work profile). Any other AI app on a personal device may be used for Cairnlea work only within its row in the Tools Table and only with Open Information."),
    ("p", "2.4 This policy does not cover software that uses AI in the background without producing content for you, such as email spam filtering, virus protection or the route planning in the repairs scheduling system."),
    ("p", "2.5 Own learning: staff may use any generative AI tool, including tools that are not in the Tools Table, to build their own skills and understanding, provided they enter no information that came from their work at Cairnlea and do not use what the tool produces in Cairnlea work. This may be in their own time or in learning time agreed with their manager."),

    ("h", "3. Definitions"),
    ("p", "3.1 \"Generative AI\" means software that produces text, images, audio, video or code in response to prompts or other input, including chatbots, writing assistants, image generators, and transcription and summarising features."),
    ("p", "3.2 \"Tools Table\" means the table at 5.2, which lists the generative AI tools Cairnlea has assessed and what each may be used for."),
    ("p", "3.3 \"Work Account\" means your Cairnlea Microsoft account, ending @cairnlea.org.uk."),
    ("p", "3.4 \"Open Information\" means information that has already been published, by Cairnlea or by others such as the Scottish Government, or that Cairnlea has approved for publication, such as our website, published policies and leaflets, and Board papers marked for publication."),
    ("p", "3.5 \"Cairnlea Internal\" means unpublished Cairnlea information that does not identify any individual, for example draft procedures, budgets and financial forecasts, tender specifications, internal reports and anonymous performance figures."),
    ("p", "3.6 \"Person-Level Information\" means any information from which a living person can be identified, directly or with other information we hold. It includes names, addresses, phone numbers, email addresses, dates of birth, National Insurance numbers, tenancy and case references, rent account and arrears details, repairs history, and information about colleagues."),
    ("p", "3.7 \"Protected Case Material\" means Person-Level Information of a more sensitive kind: health and disability information (including occupational therapy assessments and medical evidence for adaptations or medical priority), anti-social behaviour and neighbour dispute case files, information about domestic abuse, adult support and protection or child protection concerns, criminal allegations or convictions, tenancy sustainment and support plans, any information about children, and colleagues' absence, disciplinary, grievance or occupational health records."),
    ("p", "3.8 \"Sensitive Tenancy Decision\" means a decision that affects a person's home or their access to housing or our services, including allocations and suspensions from the housing list, raising court action for rent arrears or recovery of possession, converting a tenancy to a short Scottish secure tenancy, approving or refusing an adaptation, anti-social behaviour enforcement action, and the outcome of a stage 2 complaint."),
    ("p", "3.9 \"AIRG\" means the AI Review Group, chaired by the Head of Digital and Information, with the Data Protection Officer, the Director of Housing Services and the Head of People."),
    ("p", "3.10 \"AI Output\" means anything a generative AI tool produces, including text, summaries, transcripts, translations, images and code."),

    ("h", "4. Responsibilities"),
    ("p", "4.1 Staff are accountable for any AI Output they use, send, publish or rely on, as if they had written it themselves."),
    ("p", "4.2 Managers must not ask staff to use tools outside the Tools Table."),
    ("p", "4.3 AIRG maintains the Tools Table, decides requests for new tools and new uses, and publishes its decisions on the AI page of the intranet (The Hub)."),
    ("p", "4.4 The Data Protection Officer advises on data protection impact assessments (DPIAs) and AI-related incidents."),

    ("h", "5. Tools we allow"),
    ("p", "5.1 Only tools listed in the Tools Table may be used for Cairnlea work, and only with the information and on the conditions shown in their row. A tool that is not in the Tools Table must not be used for Cairnlea work until AIRG has assessed it and added it to the table (see section 12). This applies however useful, popular or free the tool is. The only exception is own learning under 2.5."),
    ("p", "5.2 The Tools Table below sets out each tool's status. \"Restricted\" means only for the information and on the conditions shown; \"Pending decision\" means AIRG has not yet decided and the tool must not be used meanwhile."),
    ("table", None),
    ("p", "5.3 A row covers a tool only in the form it describes. The same product used through a different account, licence, app, browser extension or programming interface (API) is a separate tool for this policy and is not covered unless the table says so. For example, Copilot used with a personal Microsoft account is not Microsoft Copilot Chat on your Work Account."),
    ("p", "5.4 AI features built into other software, such as an \"AI assistant\" or \"summarise\" button in a supplier's system, Zoom, Adobe Acrobat, Canva or a contractor's app, are separate tools. They must be left switched off and must not be used with Cairnlea information unless they appear in the Tools Table."),
    ("p", "5.5 Browser extensions and add-ins that read, complete or rewrite what you type must not be installed on Cairnlea devices, or in any browser signed in to your Work Account, unless they are in the Tools Table."),
    ("p", "5.6 Where a row allows a class of information, less sensitive classes are also allowed and more sensitive classes are not. The classes, from least to most sensitive, are Open Information, Cairnlea Internal, Person-Level Information and Protected Case Material."),

    ("h", "6. What information may be used"),
    ("p", "6.1 Before entering anything into an AI tool, decide which class of information it is (section 3) and check the Tools Table. If material mixes classes, treat all of it as the most sensitive class it contains."),
    ("p", "6.2 Open Information may be used in any tool in the Tools Table whose status is Approved or Restricted, subject to that row's conditions."),
    ("p", "6.3 Cairnlea Internal information may be used only in Microsoft Copilot Chat or the licensed Microsoft Copilot, signed in with your Work Account."),
    ("p", "6.4 Person-Level Information may be used only in Microsoft Copilot Chat or the licensed Microsoft Copilot, signed in with your Work Account, and only as much of it as the task needs. Where the task can be done without names, addresses or references, replace them with placeholders such as \"Tenant A\" or \"[address]\"."),
    ("p", "6.5 Staff must not paste, upload or connect to any AI tool a report, export or list from HomeLedger, the rent accounting system or the repairs system that covers more than one household. Information about a single case may be used within 6.4."),
    ("p", "6.6 Protected Case Material must not be entered into any generative AI tool, including Copilot. This applies even when names have been removed, if the person could still be recognised from the circumstances, for example from a described incident, a rare condition, a small scheme or a named street. Microsoft Editor and the dictation described in 10.6 are not treated as generative AI tools for this rule."),
    ("p", "6.7 Staff may describe a situation in general terms that could apply to many households and identifies nobody (for example \"a tenant who uses a wheelchair and lives in a second-floor flat\") to get general drafting help from Microsoft Copilot Chat, provided no detail is taken from a real case file."),
    ("p", "6.8 Information that other organisations have shared with us in confidence, such as police information under an information-sharing protocol, social work information from a local authority or a bidder's commercially confidential pricing, must not be entered into any AI tool unless the organisation that shared it has agreed in writing."),
    ("p", "6.9 Passwords, system access details, bank account details and payment card data must never be entered into any AI tool."),

    ("h", "7. Uses that are not permitted"),
    ("p", "7.1 Whatever the tool and whatever the information, generative AI must not be used to:"),
    ("i", "(a) produce any analysis, figure or recommendation that forms the basis of a Sensitive Tenancy Decision (see 8.3);"),
    ("i", "(b) rank, score, profile or predict the behaviour of tenants, applicants or colleagues, for example to identify which households are likely to fall into arrears or to cause nuisance;"),
    ("i", "(c) screen, sift, shortlist, score or rank job applicants, or to assess candidates' interview answers;"),
    ("i", "(d) write, complete or alter evidence, witness statements or records for a court, tribunal, the Scottish Housing Regulator or the Scottish Public Services Ombudsman;"),
    ("i", "(e) pretend to be a member of staff, tenant or any other person, or produce messages that appear to come from someone who has not approved them;"),
    ("i", "(f) communicate with tenants or the public without a member of staff in between, such as an automated chat, email reply or text message service, unless AIRG has approved that service."),
    ("p", "7.2 AI must not be used to monitor colleagues. Staff must not use Copilot to search, summarise or report on a colleague's mailbox, Teams chats, calendar or files, even where they have been given access to them for another purpose such as cover during leave."),

    ("h", "8. Human review and decisions"),
    ("p", "8.1 A person must check every AI Output for accuracy, tone, fairness and fit with Cairnlea policy before it is sent, published, filed or relied on. The person who checks it takes responsibility for it."),
    ("p", "8.2 Facts, figures, legislation and references in AI Output must be checked against a reliable source. AI tools often give English housing law rather than Scottish law, for example by referring to Section 21 notices, which do not apply in Scotland."),
    ("p", "8.3 Sensitive Tenancy Decisions must be made by an authorised officer on the evidence held on file. AI may be used to improve the wording of a letter that communicates a decision already made, within the information rules in section 6, but not to analyse a case, weigh evidence or suggest an outcome."),
    ("p", "8.4 Letters and emails to tenants drafted with AI must be read in full by the sender before they go. A template drafted with AI must be approved by the team leader before it is used for a mailing to many tenants."),

    ("h", "9. Being open about AI, and records"),
    ("p", "9.1 Staff do not need to label routine correspondence or internal documents drafted with AI help, as long as they have reviewed the content and take responsibility for it under 8.1."),
    ("p", "9.2 Material Cairnlea publishes, including the website, social media and the Cairnlea Courier tenant newsletter, that is wholly or mostly created by AI, and every AI-generated image, must carry the statement \"Created with the help of AI and checked by Cairnlea Homes\"."),
    ("p", "9.3 If a tenant or member of the public asks whether AI was used in something we sent them, staff must answer honestly."),
    ("p", "9.4 Where AI has been used to analyse information or draft a substantial part of a report to the Board or a committee, the report's cover sheet must say so."),
    ("p", "9.5 Prompts and AI Output used in Cairnlea business are Cairnlea information. They may have to be released under the Freedom of Information (Scotland) Act 2002 or in response to a subject access request, and must be kept or deleted in line with the Records Retention Schedule. Save anything that forms part of a case to the case record."),

    ("h", "10. Recording, transcription and meeting tools"),
    ("p", "10.1 Teams transcription and Intelligent Recap may be used in internal Cairnlea meetings, as long as the organiser tells everyone at the start that transcription is on and nobody objects. If anyone objects it must be switched off."),
    ("p", "10.2 Transcription, recording and AI recap must not be used in: meetings or calls with tenants, applicants or their representatives; anti-social behaviour, tenancy or arrears interviews; case conferences and multi-agency meetings about a household; and any HR meeting about an individual, including absence, disciplinary, grievance, capability and appeal meetings."),
    ("p", "10.3 Board and committee meetings are minuted by Governance Services. The minute-taker may use a Teams recap as an aide-memoire only, and must delete it once the minutes are approved. A recap is never the formal minute."),
    ("p", "10.4 Staff must not use any app or device to record, transcribe or summarise a conversation with a tenant, including during a home visit or a phone call."),
    ("p", "10.5 Third-party note-takers that join a meeting as a participant (for example Otter.ai, Fireflies.ai or Read.ai) must not be used or admitted to a Cairnlea meeting. If one is present in an external meeting, ask the host to remove it before Cairnlea Internal or Person-Level Information is discussed, or leave the meeting."),
    ("p", "10.6 Staff may dictate their own notes into Word or Outlook using Microsoft's built-in dictation on their Work Account, for any information that may be held in Microsoft 365, including Protected Case Material, because dictation only types what you say."),

    ("h", "11. Images, voices and likeness"),
    ("p", "11.1 AI-generated images may be used for illustrations, posters and social media, created in Adobe Firefly and labelled in line with 9.2."),
    ("p", "11.2 No AI tool may be used to create, edit or alter an image, video or audio recording that shows, or could be taken to show, a real person, including tenants, colleagues, Board members and contractors, or to imitate a real person's voice."),
    ("p", "11.3 Photographs taken inside tenants' homes must not be uploaded to any AI tool. AI must not be used to assess the cause, severity or priority of damp, mould, disrepair or any safety hazard; that assessment is for a qualified surveyor or repairs officer."),
    ("p", "11.4 AI-generated images must not be presented as photographs of real Cairnlea homes, developments, events or people."),

    ("h", "12. Buying, building and requesting AI"),
    ("p", "12.1 Any request to add a tool to the Tools Table, or to use a listed tool for information or purposes its row does not allow, must be made to AIRG using the AI Request Form on The Hub. A DPIA will normally be needed where Person-Level Information is involved."),
    ("p", "12.2 Every procurement of software or services, including upgrades and renewals, must declare whether the product includes generative AI features. Procurement will refer such products to AIRG before a contract is awarded."),
    ("p", "12.3 Building anything that uses generative AI, including Copilot Studio agents, Power Automate flows that call AI, custom GPTs and scripts that call an AI service through its API, needs AIRG approval before it is built with, or given access to, any Cairnlea information."),
    ("p", "12.4 Contractors and suppliers who handle Cairnlea information must not use generative AI on it unless their contract allows it or Cairnlea has agreed in writing."),

    ("h", "13. Training and support"),
    ("p", "13.1 All staff must complete the \"Using AI safely at Cairnlea\" e-learning module on iLearn before using any tool in the Tools Table for Cairnlea work, and must refresh it every year."),
    ("p", "13.2 A licence for the licensed Microsoft Copilot is issued only after the member of staff has completed the Copilot in Practice session run by the Digital team."),
    ("p", "13.3 Each team has a Copilot Champion who can help colleagues with prompts and good practice."),

    ("h", "14. Incidents and mistakes"),
    ("p", "14.1 If you have entered information into an AI tool that this policy does not allow, for example Person-Level Information into ChatGPT or Protected Case Material into Copilot, report it straight away, and in any case on the same working day, to the Digital Service Desk and the Data Protection Officer. Do not simply delete the chat and say nothing."),
    ("p", "14.2 Also report AI Output that was seriously wrong, offensive or biased and has been sent to a tenant or relied on."),
    ("p", "14.3 The Data Protection Officer decides whether an incident must be reported to the Information Commissioner's Office, which must be done within 72 hours, and the Director of Corporate Services decides whether it is a notifiable event for the Scottish Housing Regulator."),
    ("p", "14.4 A breach of this policy may lead to action under the Disciplinary Policy; staff who report their own mistakes promptly will be treated fairly."),

    ("h", "15. Matters not yet decided"),
    ("p", "15.1 HomeLedger Assist: the supplier of our housing management system has added AI features that summarise case notes and draft letters. A DPIA is under way and AIRG has not yet decided whether the features may be used, or with which information. Until it decides, they must stay switched off, and questions should go to AIRG."),
    ("p", "15.2 Translation: AIRG has not yet decided whether generative AI may be used to translate letters or documents for tenants whose first language is not English, or to translate what tenants send to us. Until it decides, each such use must be referred to AIRG first. The contracted interpreting and translation service remains available."),
    ("p", "15.3 Reasonable adjustments: there is no general position yet on AI tools used as a reasonable adjustment, such as a dyslexia support or speech-to-text app that is not in the Tools Table. HR and AIRG will consider each request individually; until a request is agreed the tool must not be used with Cairnlea information."),
    ("p", "15.4 Tenant survey analysis: whether Copilot may be used to analyse free-text comments from tenant satisfaction surveys and consultations, which may contain Person-Level Information and Protected Case Material, has been referred to AIRG and is not yet decided."),
    ("p", "15.5 Tenant-facing assistant: the Board has asked for options for an AI assistant on our website and tenant portal. No decision has been made, and no such service may be set up or trialled in the meantime."),

    ("h", "16. Contacts and review"),
    ("p", "16.1 Questions about this policy or the Tools Table, and requests for new tools or uses: the AI Review Group, ai@cairnlea.org.uk, or your team's Copilot Champion."),
    ("p", "16.2 Data protection, DPIAs and AI-related incidents: the Data Protection Officer, dpo@cairnlea.org.uk."),
    ("p", "16.3 Access, licences and technical problems: the Digital Service Desk, extension 2200 or the self-service portal on The Hub."),
    ("p", "16.4 This policy is reviewed every year. AIRG may update the Tools Table between reviews; the version on The Hub is the one that applies."),
]


def build_md() -> str:
    lines = [f"# {TITLE}", ""]
    lines += [f"{x}  " for x in FRONT[:-1]] + [FRONT[-1], ""]
    for kind, text in BODY:
        if kind == "h":
            lines += [f"## {text}", ""]
        elif kind == "table":
            lines.append("| " + " | ".join(TABLE_HEAD) + " |")
            lines.append("| " + " | ".join("---" for _ in TABLE_HEAD) + " |")
            for row in TABLE:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        else:
            lines += [text, ""]
    return "\n".join(lines)


class PolicyPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"Cairnlea Homes - Generative AI Use Policy v1.1 - page {self.page_no()}", align="C")


def build_pdf(path: Path) -> None:
    pdf = PolicyPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Cairnlea Homes")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=10)
    for x in FRONT:
        pdf.multi_cell(0, 5.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("Helvetica", size=8.5)
            with pdf.table(col_widths=(28, 14, 28, 40), line_height=4.3,
                           headings_style=FontFace(emphasis="BOLD"), text_align="LEFT") as t:
                r = t.row()
                for h in TABLE_HEAD:
                    r.cell(h)
                for row in TABLE:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", size=10.5)
            indent = 6 if kind == "i" else 0
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
    pdf.output(str(path))


if __name__ == "__main__":
    md = build_md()
    (OUT / "originals" / f"{STEM}.md").write_text(md, encoding="utf-8")
    build_pdf(OUT / "knowledge" / f"{STEM}.pdf")
    words = len(md.split())
    print("written; words in md:", words)
