"""Build Holmbrook MBC's generative-AI policy as a PDF (knowledge/) and the same text as
Markdown (originals/), plus the tools register CSV (copied identically to originals/).

Run with /work/main/.venv/bin/python (fpdf2). Text is kept to plain ASCII so the PDF's core
font needs no embedding and the extracted text matches the Markdown word for word.
"""
import csv
import shutil
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent
KN = OUT / "knowledge"
OR = OUT / "originals"
STEM = "holmbrook-genai-policy"
REG = "holmbrook-ai-tools-register.csv"
P = STEM + ".pdf"

TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
FRONT = [
    "Holmbrook Metropolitan Borough Council",
    "Document owner: Senior Information Risk Owner (SIRO), Legal and Governance Directorate",
    "Approved by: Digital Assurance Board, 14 October 2026",
    "Version: 2.1 (October 2026). Next review: April 2027",
    "Classification: OFFICIAL - published on The Hub and holmbrook.gov.uk",
]

SECTIONS = [
    ("1", "Introduction and purpose", [
        ("1.1", "Holmbrook Metropolitan Borough Council wants its staff to use generative AI where it "
                "helps us deliver better services to residents, and to do so safely, lawfully and in "
                "a way residents would expect of their council. This policy sets out the rules for "
                "using generative AI tools when carrying out council business."),
        ("1.2", "This policy sits alongside, and does not replace, the council's Information Security "
                "Policy, Data Protection Policy, Records Management Policy, ICT Acceptable Use Policy "
                "and Employee Code of Conduct. Where this policy is silent, those policies apply."),
        ("1.3", "Generative AI is changing quickly. The council will update this policy and the AI "
                "Tools Register as tools are assessed, and staff should always check the current "
                "version on The Hub rather than relying on a printed or downloaded copy."),
    ]),
    ("2", "Who and what this policy covers", [
        ("2.1", "This policy applies to all council employees, agency and interim workers, "
                "contractors, consultants, students on placement and volunteers (together, 'staff') "
                "whenever they use generative AI for council business, whatever device or account "
                "they use."),
        ("2.2", "It covers stand-alone AI tools, AI features built into software the council already "
                "uses, browser extensions and plug-ins, mobile apps, and anything built by or for the "
                "council on top of an AI model."),
        ("2.3", "Staff in maintained schools and academies are employed under their own school's "
                "policies. This policy applies to the council's Schools Support Service, School "
                "Admissions and Education Inclusion teams when they handle school or pupil "
                "information on the council's behalf."),
        ("2.4", "Elected Members are covered by the Members' ICT Protocol, not by this policy, except "
                "as set out in clause 15.1 on ward casework."),
        ("2.5", "Your use of AI in your private life is not covered, provided no council information "
                "is involved and council devices or accounts are not used."),
    ]),
    ("3", "Definitions", [
        ("3.1", "Generative AI means software that produces new text, images, audio, video or code in "
                "response to a prompt, for example chatbots, writing assistants, image generators "
                "and transcription or summarising tools."),
        ("3.2", "AI Tools Register means the council's list of AI tools and their status (approved, "
                "restricted or prohibited), published on The Hub. A tool is an Approved AI Tool only "
                "if it appears on the Register as approved or restricted, and then only for the "
                "information classes and conditions the Register gives."),
        ("3.3", "Council Tenancy means the council's own Microsoft 365 environment, reached by signing "
                "in with a holmbrook.gov.uk account, in which data stays under the council's contract "
                "with Microsoft and is not used to train AI models."),
        ("3.4", "Unmanaged AI Service means any AI tool used outside the Council Tenancy or outside a "
                "council contract, including free and personal versions of tools and any tool you "
                "sign in to with a personal email address."),
        ("3.5", "OPEN information means information the council has already published or which is "
                "written for publication and cleared for release, such as web pages, published "
                "committee reports and public consultation documents."),
        ("3.6", "COUNCIL INTERNAL information means the council's unpublished working information that "
                "does not identify any individual, such as draft documents, internal procedures, "
                "non-personal performance figures and team plans."),
        ("3.7", "PERSONAL information means any information from which a living person can be "
                "identified, on its own or with other information, including names, addresses, "
                "contact details, council tax and housing account numbers, case references, photos "
                "and staff HR records."),
        ("3.8", "PROTECTED CARE information means the most sensitive personal information the council "
                "holds: adults' and children's social care records, safeguarding concerns and "
                "referrals, health and disability information, special educational needs records, "
                "information about a person's ethnicity, religion or sexual orientation, and "
                "information about criminal allegations, offences or convictions."),
        ("3.9", "RESTRICTED COMMERCIAL information means tender submissions and evaluation material "
                "before contract award, legally privileged advice, information in reports that are "
                "exempt from publication under Schedule 12A of the Local Government Act 1972, and "
                "unpublished budget or savings proposals."),
        ("3.10", "Human Check means a review of AI output by a member of staff who understands the "
                 "subject well enough to spot errors, omissions and bias, before the output is relied "
                 "on, sent or published."),
        ("3.11", "AI Use Request means the council's form on The Hub for asking to use an AI tool, "
                 "feature or purpose that the Register or this policy does not already permit. "
                 "Requests are screened by Information Governance and Digital Services and decided by "
                 "the Digital Assurance Board."),
        ("3.12", "Digital Assurance Board (DAB) means the officer board chaired by the SIRO that "
                 "approves AI tools, AI Use Requests and exceptions to this policy."),
    ]),
    ("4", "Principles", [
        ("4.1", "You remain responsible for anything you produce with the help of AI, exactly as if "
                "you had written it yourself."),
        ("4.2", "AI supports professional judgement; it never replaces it. Decisions about residents "
                "and staff are made by people."),
        ("4.3", "Use the least sensitive information that will do the job. If a task can be done "
                "with OPEN or COUNCIL INTERNAL information, do not add PERSONAL information."),
        ("4.4", "If you are not sure whether a use is allowed, stop and ask before you use the tool, "
                "not afterwards (see section 16)."),
    ]),
    ("5", "Which AI tools you may use", [
        ("5.1", "The AI Tools Register is the council's authoritative list of AI tools. Only Approved "
                "AI Tools may be used for council business, and only within the information classes "
                "and conditions shown against them."),
        ("5.2", "Microsoft 365 Copilot Chat is available to all staff with a holmbrook.gov.uk account "
                "and is the council's default general-purpose AI assistant. It may be used for "
                "everyday tasks such as drafting and improving emails, letters and reports, "
                "summarising documents, brainstorming, planning and explaining legislation or "
                "guidance, using OPEN and COUNCIL INTERNAL information. You must be signed in with "
                "your council account; check that the protected (shield) symbol is shown."),
        ("5.3", "Any AI tool, feature or service that is not on the Register must not be used for "
                "council business until it has been approved through an AI Use Request. This includes "
                "free trials, tools recommended by suppliers or partners, and tools a colleague in "
                "another organisation uses."),
        ("5.4", "Where a supplier adds a new AI feature to software the council already uses (for "
                "example an AI assistant inside a case management system, PDF reader, survey tool "
                "or video-conferencing platform), the feature must not be switched on or used until "
                "it has been assessed through an AI Use Request, even though the software itself is "
                "approved."),
        ("5.5", "Browser extensions, add-ins, plug-ins and mobile apps that use AI (including "
                "writing and grammar assistants that read what you type) may only be installed if "
                "the Register lists that extension or app by name."),
        ("5.6", "Where the Register lists a tool as restricted to OPEN information, that applies "
                "whether you use the free version or a paid personal subscription. A personal "
                "subscription does not make a tool an Approved AI Tool for any other information "
                "class, and you must not register for such tools with your council email address or "
                "claim the cost back as an expense."),
        ("5.7", "You may use Approved AI Tools on a personal smartphone or tablet only through the "
                "council's managed apps (Holmbrook Anywhere). Council information must not be put "
                "into AI apps on a personal device outside Holmbrook Anywhere."),
        ("5.8", "Connecting to an AI model through an API, building scripts or automations that call "
                "an AI service (including Power Automate AI Builder), or deploying an AI model of your "
                "own requires an approved AI Use Request and a completed Data Protection Impact "
                "Assessment screening before any council information is used. GitHub Copilot is "
                "approved for Digital Services developers as set out in the Register."),
        ("5.9", "Tools the Register lists as prohibited must not be used for council business on any "
                "device, and Digital Services will block them on the council network."),
    ]),
    ("6", "Information you must not enter", [
        ("6.1", "Only OPEN information may be entered into, uploaded to or spoken into an Unmanaged AI "
                "Service or any tool the Register restricts to OPEN information. Copying a document "
                "into a prompt, uploading a file and attaching a screenshot all count as entering it."),
        ("6.2", "PROTECTED CARE information must not be entered into any AI tool, except a tool the "
                "Register marks for that purpose, used by the staff and under the conditions the "
                "Register sets. At present the only such tool is Magic Notes, for enrolled social "
                "care practitioners."),
        ("6.3", "PERSONAL information must not be entered into Microsoft 365 Copilot Chat."),
        ("6.4", "PERSONAL information may be used with the licensed Microsoft 365 Copilot inside the "
                "Council Tenancy where this is necessary for your work, limited to the minimum "
                "needed, and for the same purpose for which the council holds the information."),
        ("6.5", "RESTRICTED COMMERCIAL information must not be entered into any AI tool, other than "
                "exempt committee material and unpublished budget proposals used with the licensed "
                "Microsoft 365 Copilot by staff who already have access to them. Tender submissions "
                "before award and legally privileged advice must not be put into any AI tool."),
        ("6.6", "Passwords, access tokens, API keys, network details and security configurations must "
                "never be entered into any AI tool."),
        ("6.7", "Removing names does not by itself make information safe. Details of a case, an "
                "address, an unusual circumstance or a small team can identify someone in a borough "
                "like ours, and information that could identify a person must be treated as PERSONAL "
                "or PROTECTED CARE information."),
        ("6.8", "Information shared with the council by partners (for example the police, the NHS or "
                "another council) under an information sharing agreement may only be used with AI "
                "where the agreement allows it. If the agreement does not say, ask Information "
                "Governance first."),
    ]),
    ("7", "Uses that are not permitted", [
        ("7.1", "AI output must not be the sole or main basis for determining any person's "
                "entitlement to a service, benefit, discount, exemption, grant, licence or housing "
                "priority, or for any enforcement action or sanction."),
        ("7.2", "The analysis, professional judgement and conclusions in statutory assessments, plans "
                "and reviews (including Care Act assessments, child and family assessments, EHC "
                "plans and best interests decisions) must be written by the responsible practitioner, "
                "not generated by AI."),
        ("7.3", "AI must not be used to sift, score, rank or shortlist job applicants, or to assess "
                "candidates' answers or interview performance."),
        ("7.4", "AI must not be used to monitor, profile or evaluate the conduct or performance of "
                "individual employees, including by having it review a colleague's emails, chats or "
                "documents."),
        ("7.5", "AI must not be used to produce content that is designed to mislead, including "
                "invented consultation responses, reviews or testimonials, or messages presented as "
                "coming from a named person who has not written or approved them."),
        ("7.6", "Responses to the Local Government and Social Care Ombudsman, legal pleadings and "
                "witness statements must not be drafted using AI."),
    ]),
    ("8", "Checking AI output", [
        ("8.1", "All AI output must have a Human Check before it is relied on, sent to anyone "
                "outside your team or published. AI tools can produce text that is confident and "
                "wrong, including invented facts, figures, quotations and legal references."),
        ("8.2", "Check any legislation, case law, guidance or figures that AI output cites against the "
                "original source. Do not cite a source you have not seen."),
        ("8.3", "Look for bias and for language that could disadvantage people with protected "
                "characteristics, and consider whether the output is accessible and in plain English."),
        ("8.4", "Using AI to check spelling and grammar, improve the tone or readability of your own "
                "text, or produce a first draft you then rewrite is encouraged where it uses an "
                "Approved AI Tool and the information rules in section 6 are followed."),
    ]),
    ("9", "Being open about AI use", [
        ("9.1", "Where AI has generated a substantial part of any material the council publishes or "
                "sends to residents, businesses or partners, the material must carry the statement "
                "'Parts of this document were produced with the help of AI and checked by Holmbrook "
                "Council staff.' No statement is needed where AI was only used for spelling, grammar, "
                "formatting or minor rewording."),
        ("9.2", "Report authors must state in the report where AI has been used to draft substantial "
                "parts of a report to Cabinet, a committee or a statutory panel."),
        ("9.3", "Any AI chatbot or assistant that residents interact with must tell them they are "
                "talking to an AI and how to reach a person. Resident-facing chatbots may only be "
                "introduced with Digital Assurance Board approval."),
        ("9.4", "Where AI has been used to help produce a record that will be kept on a case file, "
                "note on the record that AI assistance was used and who checked it."),
    ]),
    ("10", "Recording, transcription and meeting notes", [
        ("10.1", "Licensed Microsoft 365 Copilot may be used to transcribe and summarise internal "
                 "Teams meetings, provided that the organiser tells everyone at the start that "
                 "transcription is on, anyone may ask for it to be turned off, and the transcript "
                 "and summary are checked before being shared."),
        ("10.2", "Transcription and AI summaries must not be used in meetings about an individual "
                 "employee's employment (including grievance, disciplinary, capability and sickness "
                 "absence meetings), meetings where legal advice is given, or the private part of "
                 "any committee meeting."),
        ("10.3", "AI note-taking in conversations with residents or service users is permitted only "
                 "with a tool the Register marks for that purpose, used by enrolled practitioners, "
                 "with the person's informed agreement recorded on the case file, and with the "
                 "practitioner reviewing and correcting the note before it is saved to the case "
                 "record."),
        ("10.4", "Third-party AI note-taker bots that join meetings to record or summarise them are "
                 "prohibited. If an external organisation brings one to a meeting with the council, "
                 "ask for it to be removed; if it is not, do not discuss PERSONAL, PROTECTED CARE or "
                 "RESTRICTED COMMERCIAL information in that meeting."),
        ("10.5", "Live captions in Teams, which are not saved, may be used in any meeting to support "
                 "accessibility, and the automatic subtitles on the council's public meeting webcasts "
                 "may continue to be used."),
        ("10.6", "Transcripts and AI summaries are council records. Keep them only as long as the "
                 "Records Retention Schedule allows; Teams transcripts are deleted automatically "
                 "after 60 days unless saved to a case or project file."),
    ]),
    ("11", "Images, audio, video and likeness", [
        ("11.1", "AI may be used to create illustrations, icons and graphics for presentations, "
                 "internal materials and publications, using an Approved AI Tool. Images for "
                 "external campaigns are produced by the Communications and Design Team."),
        ("11.2", "You must not use AI to create or alter an image, voice or video of a real, "
                 "identifiable person (including staff, councillors and residents) without their "
                 "written consent and the approval of the Head of Communications. AI must never be "
                 "used to create or alter images of real children."),
        ("11.3", "Photographs and recordings of residents, tenants, service users or their homes are "
                 "PERSONAL information and must not be uploaded to any AI tool for editing, "
                 "enhancement or description."),
        ("11.4", "AI-generated images of places, buildings or developments must not be presented as "
                 "photographs of real events or conditions. Visualisations of proposed schemes must "
                 "be labelled as illustrative."),
        ("11.5", "Do not upload other people's copyrighted images, logos or branding to AI tools, and "
                 "do not ask AI to imitate a named living artist's style."),
    ]),
    ("12", "Buying, building and piloting AI", [
        ("12.1", "Any procurement of software or services that include generative AI, including "
                 "renewals where the supplier has added AI features, must go through the Procurement "
                 "Hub and requires an approved AI Use Request, a Data Protection Impact Assessment "
                 "screening and Digital Assurance Board sign-off before contract award."),
        ("12.2", "Suppliers and contractors processing council information must tell the council if "
                 "they use AI in delivering the service, and must not use council information to "
                 "train AI models. Contract managers must check this at contract review."),
        ("12.3", "There is no exemption for free, low-value or trial tools: they need an AI Use "
                 "Request like any other."),
        ("12.4", "Pilots and proofs of concept need Digital Assurance Board approval, must be time "
                 "limited, and must use OPEN, COUNCIL INTERNAL or synthetic test information unless "
                 "the Board agrees otherwise."),
        ("12.5", "Staff may build a Copilot agent in the Council Tenancy for use within their own "
                 "team, provided it only draws on OPEN and COUNCIL INTERNAL information held in "
                 "council SharePoint sites, it is registered with Digital Services before use, and "
                 "it is not shared outside the council. Any agent that uses PERSONAL information or "
                 "is offered to residents needs an approved AI Use Request."),
    ]),
    ("13", "Training", [
        ("13.1", "Everyone must complete the 'AI Essentials' e-learning module on the Holmbrook "
                 "Learning Hub before using any Approved AI Tool for council business, and refresh it "
                 "every year."),
        ("13.2", "Licences for Microsoft 365 Copilot are issued only to staff who have completed "
                 "'Copilot in Practice' training and whose manager has agreed a business need."),
        ("13.3", "Managers must make sure their teams have completed the required training and "
                 "understand this policy. AI Champions in each directorate offer drop-in support."),
    ]),
    ("14", "When something goes wrong", [
        ("14.1", "If you have entered information into an AI tool that this policy does not allow, "
                 "report it straight away, and within 24 hours at the latest, as an information "
                 "incident using the Information Governance incident form on The Hub. Delete the "
                 "conversation if you can, but do not wait to do so before reporting."),
        ("14.2", "Report AI output that is offensive, discriminatory or seriously wrong, and any AI "
                 "tool behaving unexpectedly, to the Digital Services Service Desk."),
        ("14.3", "Breaches of this policy may be dealt with under the council's Disciplinary "
                 "Procedure. Reporting a mistake promptly will be taken into account."),
    ]),
    ("15", "Matters not yet decided", [
        ("15.1", "Whether elected Members may use council-provided AI tools for ward casework "
                 "involving residents' PERSONAL information has not yet been decided and is being "
                 "considered in the review of the Members' ICT Protocol. Until it is decided, "
                 "officers supporting Members must refer any such request to the Digital Assurance "
                 "Board."),
        ("15.2", "The use of AI note-taking where the person may lack capacity to agree to it, and in "
                 "child protection conferences, strategy meetings and other multi-agency "
                 "safeguarding meetings, is under review. Until the Digital Assurance Board decides, "
                 "these uses are not covered by clause 10.3 and need the Board's approval."),
        ("15.3", "Whether AI translation may be used for letters, notices and other material sent to "
                 "residents in another language, without a check by a qualified translator, has not "
                 "been decided. Until it is, refer such requests to the Digital Assurance Board; AI "
                 "translation may be used to understand an incoming message in another language "
                 "provided the message contains only OPEN or COUNCIL INTERNAL information."),
        ("15.4", "A pilot of Microsoft 365 Copilot with PROTECTED CARE information in the adults' "
                 "social care case management system is being evaluated. Outside that pilot, "
                 "clause 6.2 applies in full."),
    ]),
    ("16", "Roles, contacts and getting help", [
        ("16.1", "The Senior Information Risk Owner (SIRO) owns this policy and chairs the Digital "
                 "Assurance Board."),
        ("16.2", "For questions about what information may be used, data protection impact "
                 "assessments and incidents, contact the Information Governance Team and Data "
                 "Protection Officer at infogov@holmbrook.gov.uk."),
        ("16.3", "For access to Approved AI Tools, Copilot licences, blocked sites and technical "
                 "problems, contact the Digital Services Service Desk on extension 4400 or through "
                 "The Hub."),
        ("16.4", "To ask to use a tool, feature or purpose that is not already permitted, submit an "
                 "AI Use Request on The Hub. Urgent service-critical requests can be raised with the "
                 "DAB secretary at dab@holmbrook.gov.uk."),
        ("16.5", "For labelling published material and AI images, contact the Communications and "
                 "Design Team. For buying AI, contact the Procurement Hub. For training, contact "
                 "Organisational Development through the Holmbrook Learning Hub."),
    ]),
    ("17", "Review", [
        ("17.1", "This policy and the AI Tools Register are reviewed at least every six months by "
                 "the Digital Assurance Board, and sooner if the law, national guidance or the tools "
                 "change."),
    ]),
]

REGISTER = [
    ("Microsoft 365 Copilot Chat",
     "Copilot Chat;Copilot;Microsoft Copilot;Bing Chat Enterprise;Copilot with the shield",
     "approved", "public;internal",
     "Sign in with your holmbrook.gov.uk account and check the shield symbol. OPEN and COUNCIL "
     "INTERNAL information only; no PERSONAL or PROTECTED CARE information. Human Check before use.",
     f"{P}#5.2;{P}#6.3;{P}#8.1"),
    ("Microsoft 365 Copilot",
     "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Teams Intelligent Recap",
     "restricted", "public;internal;personal",
     "Licensed staff only, after 'Copilot in Practice' training. PERSONAL information only inside "
     "the Council Tenancy, minimum necessary. No PROTECTED CARE information outside the DAB pilot. "
     "Meeting transcription only as section 10 allows.",
     f"{P}#6.4;{P}#10.1;{P}#13.2;{P}#15.4"),
    ("Magic Notes",
     "Beam Magic Notes;Magic Notes app",
     "restricted", "public;internal;personal;special_category",
     "Adults' and children's social care practitioners enrolled by the Principal Social Worker, on "
     "a council-managed device. Person's informed agreement recorded on the case file; practitioner "
     "reviews and corrects every note before it is saved. Not for child protection conferences, "
     "strategy meetings or where the person may lack capacity (clause 15.2).",
     f"{P}#6.2;{P}#10.3;{P}#15.2"),
    ("ChatGPT",
     "Chat GPT;OpenAI;ChatGPT Plus;GPT",
     "restricted", "public",
     "OPEN information only, free or personal versions alike. Do not sign up with your council "
     "email address. Turn off use of your chats for model training. Human Check before use.",
     f"{P}#5.6;{P}#6.1"),
    ("Google Gemini",
     "Gemini;Bard;Gemini app",
     "restricted", "public",
     "OPEN information only. Do not sign in with a council address. Human Check before use.",
     f"{P}#5.6;{P}#6.1"),
    ("GitHub Copilot",
     "Copilot for code;GitHub Copilot Business",
     "restricted", "public;internal",
     "Digital Services developers only, through the council's GitHub Enterprise organisation. No "
     "credentials, production data or PERSONAL information in prompts; code reviewed before merge.",
     f"{P}#5.8;{P}#6.6"),
    ("Adobe Firefly",
     "Firefly;Photoshop generative fill;Adobe Express AI",
     "restricted", "public",
     "Communications and Design Team only, through the council's Creative Cloud licence. No "
     "likeness of real people; label published material.",
     f"{P}#11.1;{P}#11.2;{P}#9.1"),
    ("DeepSeek",
     "DeepSeek Chat;DeepSeek app",
     "prohibited", "",
     "Must not be used for council business on any device.",
     f"{P}#5.9"),
    ("AI meeting note-taker bots",
     "Otter.ai;Otter;Fireflies;Fireflies.ai;Read.ai;Fathom",
     "prohibited", "",
     "Must not be used in, or invited to, any council meeting.",
     f"{P}#10.4"),
]


def markdown():
    lines = [f"# {TITLE}", ""]
    for f in FRONT:
        lines += [f, ""]
    for num, head, paras in SECTIONS:
        lines += [f"## {num}. {head}", ""]
        for cid, text in paras:
            lines += [f"{cid} {text}", ""]
    return "\n".join(lines)


def pdf():
    doc = FPDF(format="A4")
    doc.set_auto_page_break(True, margin=18)
    doc.set_margins(20, 18, 20)
    doc.set_title(TITLE)
    doc.set_author("Holmbrook Metropolitan Borough Council")
    doc.add_page()
    doc.set_font("Helvetica", "B", 17)
    doc.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_font("Helvetica", "", 10)
    for f in FRONT:
        doc.multi_cell(0, 5.5, f, new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    for num, head, paras in SECTIONS:
        doc.ln(3)
        doc.set_font("Helvetica", "B", 12.5)
        doc.multi_cell(0, 7, f"{num}. {head}", new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)
        doc.set_font("Helvetica", "", 10)
        for cid, text in paras:
            doc.multi_cell(0, 5.2, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT")
            doc.ln(1.8)
    doc.output(str(KN / P))


def check_pdf():
    """Every extracted PDF line that starts with a number must be a real heading or clause."""
    import re
    from pypdf import PdfReader
    ids = {n for n, _, _ in SECTIONS} | {c for _, _, ps in SECTIONS for c, _ in ps}
    text = "\n".join(pg.extract_text() for pg in PdfReader(str(KN / P)).pages)
    for line in text.splitlines():
        m = re.match(r"^\s*(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            assert m.group(1) in ids, f"stray number at line start: {line!r}"
    norm = lambda t: " ".join(t.split())
    for _, _, ps in SECTIONS:
        for c, t in ps:
            assert norm(f"{c} {t}") in norm(text), f"text of {c} not found verbatim in PDF"


def register():
    for d in (KN, OR):
        with open(d / REG, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
            w.writerows(REGISTER)


if __name__ == "__main__":
    KN.mkdir(exist_ok=True)
    OR.mkdir(exist_ok=True)
    md = markdown()
    for t in [md]:
        assert all(ord(c) < 128 for c in t), "keep ASCII"
    (OR / f"{STEM}.md").write_text(md, encoding="utf-8")
    pdf()
    register()
    (KN / "sources.yaml").write_text(
        f"{P}:\n  title: Generative AI Acceptable Use Policy\n  owner: Senior Information Risk Owner\n"
        f"  version: \"2.1 (October 2026)\"\n  url: https://hub.holmbrook.gov.uk/policies/generative-ai\n"
        f"{REG}:\n  title: AI Tools Register\n  owner: Digital Assurance Board\n"
        f"  version: \"October 2026\"\n  url: https://hub.holmbrook.gov.uk/policies/ai-tools-register\n",
        encoding="utf-8")
    check_pdf()
    words = sum(len(t.split()) for _, h, ps in SECTIONS for _, t in ps) + sum(len(f.split()) for f in FRONT)
    print("policy words:", words)
