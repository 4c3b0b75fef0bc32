"""Build Eastmere Community Health NHS Trust's generative-AI policy.

One source (POLICY below) produces:
  knowledge/eastmere-generative-ai-policy.pdf   (fpdf2, text PDF, typed clause numbers)
  originals/eastmere-generative-ai-policy.md    (same text, same numbering, for quote checks)

Body text avoids numerals so that a wrapped PDF line never starts with something that
looks like a clause number; check_pdf() verifies that with pypdf.
Run: /work/main/.venv/bin/python build_policy.py
"""
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
STEM = "eastmere-generative-ai-policy"

TITLE = "Use of Generative Artificial Intelligence (AI) Policy"
FRONT = [
    ("Organisation", "Eastmere Community Health NHS Trust"),
    ("Policy reference", "IG-POL-031"),
    ("Version", "1.2"),
    ("Approved by", "Information Governance and Records Committee"),
    ("Date approved", "12 February 2026"),
    ("Review date", "February 2027"),
    ("Policy owner", "Senior Information Risk Owner (SIRO)"),
    ("Author", "Head of Information Governance and Data Protection Officer"),
    ("Applies to", "All staff, bank and agency workers, students, volunteers and contractors"),
]
FRONT_NOTE = ("This policy is uncontrolled when printed. Always check StaffNet for the current "
              "version.")

# Each section: (number, heading, [ (clause_id, text), ... ]) ; clause_id None = unnumbered text
POLICY = [
    ("1", "Introduction", [
        ("1.1", "Eastmere Community Health NHS Trust provides community nursing, therapies, "
                "children's services, community hospitals and mental health services across "
                "Eastmere and the surrounding districts. The Trust wants staff to use generative "
                "artificial intelligence (AI) with confidence, curiosity and care."),
        ("1.2", "This policy sets out how staff may use generative AI for Trust work, the "
                "information that may and may not be used with it, the uses that are not "
                "permitted under any circumstances, and how new AI products are brought into "
                "the Trust safely."),
        ("1.3", "This policy takes an enabling approach. Staff do not need permission to use a "
                "publicly available generative AI tool for everyday work, as long as they follow "
                "the rules on information in section five and do not undertake any of the "
                "Red-Line Uses in section seven."),
        ("1.4", "This policy does not govern AI software that is itself a medical device or is "
                "built for a particular clinical purpose. Those products follow the assurance "
                "process in section twelve and must be approved before use."),
    ]),
    ("2", "Scope", [
        ("2.1", "This policy applies to everyone who carries out work for or on behalf of the "
                "Trust: employees, bank and agency workers, students and learners on placement, "
                "volunteers, contractors, honorary contract holders and non-executive directors."),
        ("2.2", "It applies whenever Trust business is carried out, on any device and through "
                "any account, including personal phones, tablets and home computers and personal "
                "or free accounts with AI providers, and whether or not the work is done during "
                "working hours."),
        ("2.3", "This policy does not cover the private use of AI by staff in their own time for "
                "purposes unconnected with the Trust, provided no Trust information is used."),
        ("2.4", "This policy should be read alongside the Information Governance, Information "
                "Security, Records Management and Bring Your Own Device policies."),
    ]),
    ("3", "Definitions", [
        ("3.1", "Generative AI means software that produces new text, images, audio, video or "
                "computer code in response to a prompt, for example chatbots, writing "
                "assistants, image generators and transcription tools that summarise speech."),
        ("3.2", "Open AI Service means any generative AI tool that is available to the general "
                "public and has not been assured by the Trust, whether free or paid, and however "
                "it is reached: a website, a mobile app, a browser extension, a desktop program "
                "or an AI feature built into other software. Examples include ChatGPT, Google "
                "Gemini, Claude, Perplexity, the consumer version of Microsoft Copilot, and the AI "
                "features of Canva, Grammarly and Adobe products."),
        ("3.3", "Trust-Assured AI means a generative AI product that has completed the Trust's "
                "assurance process and is listed, together with the purposes and information it "
                "is approved for, on the Assured Products List published on StaffNet. The "
                "products assured at the date of this policy are described in section six."),
        ("3.4", "Protected Information means any of the following, in any form (typed, pasted, "
                "uploaded, dictated, photographed or screenshotted):"),
        ("3.4(a)", "patient-identifiable information: anything that could identify a patient, "
                   "service user, carer or relative, whether on its own or combined with other "
                   "information, including names, addresses, NHS numbers, dates of birth, "
                   "photographs, referral letters, care plans and free-text clinical notes, and "
                   "descriptions of an unusual condition or circumstance that a colleague or "
                   "neighbour could recognise;"),
        ("3.4(b)", "staff personal information: information about an identifiable member of "
                   "staff or job applicant beyond their name and work contact details, including "
                   "sickness absence, occupational health, wellbeing conversations, appraisals, "
                   "grievances, disciplinary and capability matters, pay and application forms;"),
        ("3.4(c)", "Trust Confidential information: unpublished information whose disclosure "
                   "could harm the Trust, its partners or suppliers, including commercially "
                   "sensitive material, tender submissions and evaluations, draft financial plans, "
                   "private board papers, legal advice, serious incident investigation reports "
                   "before publication, security details, passwords and system configuration, and "
                   "anything marked OFFICIAL-SENSITIVE."),
        ("3.5", "Safe Input means information that is not Protected Information, for example "
                "material already published by the Trust or others, general clinical or "
                "professional knowledge, fictional or invented scenarios, properly anonymised "
                "content, and the staff member's own writing on matters that are not "
                "confidential."),
        ("3.6", "Anonymised means that no one, including a colleague who knows the person, "
                "could reasonably work out who the information is about. Removing a name is "
                "not enough. Pseudonymised information, where a code, initials or a record "
                "number replaces the name, is still Protected Information."),
        ("3.7", "Clinical Judgement Use means using the output of an AI tool to make, or to "
                "materially influence, a decision about an individual patient's assessment, "
                "diagnosis, treatment, medication, care, triage, prioritisation, risk "
                "management or discharge."),
        ("3.8", "Ambient Voice Technology (AVT) means any tool that listens to, records or "
                "transcribes spoken conversation, in person, by telephone or online, and "
                "produces notes, summaries, letters or record entries from it. It includes AI "
                "scribes, meeting note-taker bots and transcription features in video calling "
                "and dictation apps."),
        ("3.9", "Responsible Person means the member of staff who uses an AI tool. The "
                "Responsible Person remains accountable for everything produced with the tool "
                "and for how it is used."),
        ("3.10", "DAAG means the Digital and AI Assurance Group, chaired by the Chief Clinical "
                 "Information Officer, with the SIRO, the Caldicott Guardian, the Data "
                 "Protection Officer, the Clinical Safety Officer and the Head of Digital "
                 "Services as members."),
    ]),
    ("4", "Roles and responsibilities", [
        ("4.1", "The Senior Information Risk Owner owns this policy."),
        ("4.2", "The Caldicott Guardian advises on any proposed use of AI involving confidential "
                "patient information and must be consulted before such use is approved."),
        ("4.3", "The Data Protection Officer advises on data protection impact assessments "
                "(DPIAs) for AI products and on personal data breaches involving AI."),
        ("4.4", "The DAAG maintains the Assured Products List, decides requests to use new AI "
                "products or new uses of existing ones, and publishes decisions on the matters "
                "listed in section fifteen."),
        ("4.5", "Line managers make sure their teams have completed the training in section "
                "thirteen and know how to raise concerns."),
        ("4.6", "All staff must follow this policy, act as the Responsible Person for their own "
                "use of AI, and ask before acting where they are unsure."),
    ]),
    ("5", "Using Open AI Services", [
        ("5.1", "Staff may use any Open AI Service for Trust work without asking for permission, "
                "provided every condition in paragraph five point two is met and the use is not "
                "a Red-Line Use under section seven."),
        ("5.2", "The conditions are:"),
        ("5.2(a)", "only Safe Input is put into the tool. Protected Information must never be "
                   "entered into an Open AI Service, in any form, even briefly or to test it;"),
        ("5.2(b)", "the Responsible Person checks the output in line with section eight before it "
                   "is relied on, shared or sent;"),
        ("5.2(c)", "where the service offers a setting that stops conversations being used to "
                   "train its models, that setting is switched on;"),
        ("5.2(d)", "the account is protected with a password that is not the staff member's "
                   "NHSmail or Trust network password."),
        ("5.3", "Personal devices and personal accounts. Staff may use an Open AI Service on a "
                "personal device or through a personal free or paid account for Trust work under "
                "the same conditions. Trust documents must not be downloaded, emailed or "
                "photographed onto a personal device in order to put them into an AI tool."),
        ("5.4", "Browser extensions, add-ins and plug-ins. AI extensions, add-ins and plug-ins "
                "(for example sidebar assistants, writing helpers or page summarisers) must not "
                "be installed on Trust devices or in Trust browsers, because they can read "
                "everything shown on screen, including clinical systems. A request to make an "
                "exception must be approved by the DAAG before installation."),
        ("5.5", "AI features inside other software. Where a product the Trust does not own, or a "
                "personal app, offers built-in generative AI features, those features are Open AI "
                "Services and the conditions in paragraph five point two apply. Where a supplier "
                "adds AI features to a system the Trust has contracted, paragraph twelve point "
                "two applies instead."),
        ("5.6", "Paying for AI. Trust budgets, purchasing cards and expense claims must not be "
                "used to buy AI subscriptions or credits except through the process in section "
                "twelve. A staff member's own paid subscription may be used for Trust work under "
                "the same conditions as a free one."),
        ("5.7", "Connecting and building. No Trust system, mailbox, shared drive, dataset or "
                "database may be connected to an AI model, whether through an application "
                "programming interface (API), a connector, an automation tool or an agent, and "
                "no one may build a chatbot, agent or automated workflow that uses AI for Trust "
                "work, without the prior approval of the DAAG."),
        ("5.8", "Blocked services. On national cyber security advice the Trust blocks certain AI "
                "services, currently including DeepSeek. Blocked services must not be used for "
                "Trust work on any device or network."),
    ]),
    ("6", "Trust-Assured AI", [
        ("6.1", "Microsoft Copilot Chat, when signed in with a Trust NHSmail account so that the "
                "green shield is shown, is Trust-Assured. It may be used with Safe Input and "
                "also with the Trust's internal, unpublished working documents, such as draft "
                "procedures, project plans and non-confidential meeting papers, including the "
                "names and work contact details of colleagues. It must not be used with "
                "patient-identifiable information, staff personal information or Trust "
                "Confidential information."),
        ("6.2", "Microsoft 365 Copilot, the paid version that works inside Word, Outlook, Excel "
                "and Teams, is available only to staff in the Copilot pilot cohort who have been "
                "given a licence by Digital Services. The same information rules as paragraph "
                "six point one apply. Licences are not issued on request while the pilot runs."),
        ("6.3", "The speech recognition dictation feature of the Trust's electronic patient "
                "record is Trust-Assured for clinicians dictating their own entries and letters "
                "directly into the record. The clinician must read and correct the text before "
                "saving it. It is not assured for recording conversations with patients."),
        ("6.4", "No other generative AI product is Trust-Assured unless it appears on the Assured "
                "Products List, which states the purposes and information each product may be "
                "used for."),
        ("6.5", "Being Trust-Assured does not make a Red-Line Use permitted, unless the Assured "
                "Products List entry expressly says so."),
    ]),
    ("7", "Red-Line Uses", [
        ("7.1", "The following uses are not permitted with any AI tool, on any device or account, "
                "whether Open AI Service or Trust-Assured AI, except where stated:"),
        ("7.1(a)", "any Clinical Judgement Use, unless the product is a registered medical device "
                   "that appears on the Assured Products List for that specific purpose;"),
        ("7.1(b)", "using Ambient Voice Technology during any contact with a patient, service "
                   "user or carer, including home visits, clinic appointments, therapy sessions, "
                   "telephone and video consultations, unless the product is Trust-Assured for "
                   "that purpose and the patient has been told. At the date of this policy no "
                   "AVT product is Trust-Assured for patient contacts;"),
        ("7.1(c)", "creating or altering an image, video or audio recording that shows or "
                   "imitates a real, identifiable person without that person's written consent, "
                   "and creating a synthetic copy of any real person's voice in all cases;"),
        ("7.1(d)", "using AI to shortlist, score or rank job applicants, or to decide or recommend "
                   "outcomes in appraisal, capability, disciplinary, grievance or redundancy "
                   "processes;"),
        ("7.1(e)", "producing a reflective account, reflective discussion record or other "
                   "evidence for professional revalidation or registration, or assessed academic "
                   "work, that is presented as the staff member's own when it has been written by "
                   "AI;"),
        ("7.1(f)", "generating messages to patients or the public that are sent automatically, "
                   "without a member of staff reading and approving each one;"),
        ("7.1(g)", "attempting to get round Trust web filtering, blocked services or device "
                   "controls in order to reach an AI service."),
    ]),
    ("8", "Checking outputs and human review", [
        ("8.1", "All AI output is a draft. The Responsible Person must read it in full and check "
                "facts, figures, names, dates, references and links against a reliable source "
                "before it is used. AI tools can invent convincing but false information."),
        ("8.2", "Staff may use AI to improve their general clinical or professional knowledge, "
                "for example to understand a condition or summarise published guidance for "
                "their own learning. Anything that will inform practice must be checked against "
                "the authoritative source, such as NICE guidance, the BNF or Trust clinical "
                "guidelines, and not against the AI output."),
        ("8.3", "Staff should check outputs for bias, stereotyping and language that patients "
                "and the public would find hard to understand."),
        ("8.4", "Computer code produced with AI may be used only by Digital Services staff, must "
                "not contain Protected Information, and must be peer reviewed and tested before "
                "it is deployed to any live system."),
        ("8.5", "AI translation must not be used to communicate with a patient about their care "
                "in place of a professional interpreter. Translated versions of general Trust "
                "information may be drafted with AI, but must be checked by the Trust's "
                "approved translation service before they are issued."),
    ]),
    ("9", "Transparency and labelling", [
        ("9.1", "Where AI has been used to produce a substantial part of a document that will be "
                "published, sent to patients or the public, or submitted to the Board or a "
                "committee, the document must say so, for example: This document was drafted "
                "with the help of AI and checked by the author."),
        ("9.2", "A label is not needed for routine internal emails, for spelling and grammar "
                "corrections, or for rewording text that the author wrote themselves."),
        ("9.3", "AI-generated images used in Trust materials must carry the words AI-generated "
                "image and must not be presented as photographs of real Trust patients, staff "
                "or premises. The NHS logo and the Trust's identity must not be generated or "
                "altered with AI."),
        ("9.4", "Prompts and outputs created for Trust business are Trust records. They may be "
                "disclosable under the Freedom of Information Act and in subject access "
                "requests, and must be kept in line with the Records Management Policy."),
    ]),
    ("10", "Recording, transcription and meeting notes", [
        ("10.1", "Microsoft Teams transcription and the Copilot meeting summary features may be "
                 "used for internal Trust business meetings, provided the chair tells everyone "
                 "at the start, nobody objects, and the chair checks the notes before they are "
                 "circulated."),
        ("10.2", "Transcription and AI summaries must not be used in meetings where individual "
                 "patients are discussed (including multidisciplinary team meetings, "
                 "safeguarding meetings and case reviews), in HR casework meetings or hearings, "
                 "or in confidential sessions of the Board or its committees."),
        ("10.3", "Third-party AI note-taker bots and recording apps (for example Otter, Fireflies "
                 "or Read.ai) must not be invited to, or allowed to join, any Trust meeting. The "
                 "chair should remove any that appear."),
        ("10.4", "Staff must not use a personal phone or device to record or transcribe any Trust "
                 "meeting, supervision session or conversation with a patient."),
    ]),
    ("11", "Images, voice and likeness", [
        ("11.1", "Staff may use Open AI Services to create generic illustrations, icons and "
                 "images for posters, presentations and training materials, provided they do "
                 "not depict a real person and they are labelled as paragraph nine point three "
                 "requires."),
        ("11.2", "Clinical photographs, including wound, skin and pressure area images, and any "
                 "photograph of a patient must never be uploaded to an AI tool, including to "
                 "enhance the picture or to help identify a condition."),
        ("11.3", "Photographs and recordings of staff and volunteers must not be altered or "
                 "animated with AI without the written consent of everyone shown, as paragraph "
                 "seven point one (c) sets out."),
    ]),
    ("12", "Procurement and new AI products", [
        ("12.1", "Before any AI product is bought, trialled, piloted or accepted free of charge "
                 "for use by a team, service or the Trust, or for any use involving Protected "
                 "Information, the requesting manager must complete the AI Request Form on "
                 "StaffNet. The product must have a completed DPIA, an assessment against the "
                 "Digital Technology Assessment Criteria (DTAC), clinical safety assessment "
                 "under the DCB standards where it has any clinical use, and DAAG approval, "
                 "before anyone uses it."),
        ("12.2", "Where a supplier adds generative AI features to a system the Trust already "
                 "uses, the feature must not be switched on until Digital Services and the DAAG "
                 "have assessed it. Staff who notice a new AI feature in a Trust system should "
                 "report it to the Digital Service Desk."),
        ("12.3", "Free trials, demonstrations and pilot offers made directly to clinicians or "
                 "teams by suppliers count as procurement and fall under paragraph twelve point "
                 "one."),
        ("12.4", "The Trust prefers AI products that are hosted in the UK, do not use Trust data "
                 "to train their models and meet NHS England guidance on ambient scribing."),
    ]),
    ("13", "Training and awareness", [
        ("13.1", "All staff must complete the AI Essentials e-learning module on the Electronic "
                 "Staff Record before using generative AI for Trust work, and repeat it every "
                 "two years."),
        ("13.2", "Staff given a Microsoft 365 Copilot licence must also attend the Copilot "
                 "induction session run by Digital Services."),
        ("13.3", "Staff may use Open AI Services to support their own study and development, "
                 "such as revision or understanding a topic, using Safe Input only. They must "
                 "also follow the rules of their university or professional body on AI use in "
                 "assessed work."),
    ]),
    ("14", "Incidents and breaches", [
        ("14.1", "If Protected Information has been put into an AI tool that is not approved for "
                 "it, even by accident, the staff member must report it on the Trust incident "
                 "reporting system the same working day and tell the Information Governance "
                 "Team. They should not delete the conversation until the Information "
                 "Governance Team has advised, as it may be needed to assess the breach."),
        ("14.2", "Where AI output that was wrong or harmful has reached a patient or affected "
                 "their care, this must be reported as a patient safety incident."),
        ("14.3", "Breaches of this policy may be dealt with under the Trust's Disciplinary Policy "
                 "and, for registered professionals, may be referred to the relevant regulator."),
    ]),
    ("15", "Matters not yet decided", [
        ("15.1", "The following matters are under review by the DAAG. The Trust has not yet "
                 "taken a position on them. Staff must not assume that they are either permitted "
                 "or forbidden, and must contact the DAAG secretariat before acting."),
        ("15.2", "Recommending AI to patients. Whether clinicians may recommend, signpost or help "
                 "patients and carers to use AI chatbots or AI-based apps for self-management, "
                 "mental health support or information about their condition."),
        ("15.3", "Anonymised patient-level datasets. Whether extracts of patient-level records "
                 "that have been anonymised, for example for clinical audit or service "
                 "evaluation, may be uploaded to an Open AI Service or to Copilot Chat for "
                 "analysis. Until the DAAG decides, paragraph three point five does not by itself "
                 "permit this."),
        ("15.4", "Synthetic voices for accessible information. Whether AI-generated voices that "
                 "are not copied from a real person may be used to produce audio versions of "
                 "Trust information, such as easy-read leaflets or website content."),
        ("15.5", "Wider Copilot licences. Whether Microsoft 365 Copilot will be offered beyond "
                 "the pilot cohort. A decision is expected after the pilot is evaluated."),
    ]),
    ("16", "Monitoring and review", [
        ("16.1", "Digital Services monitors access to AI services from Trust networks and devices. "
                 "This policy will be reviewed annually, or sooner if national guidance, the law "
                 "or the DAAG's decisions require it."),
    ]),
    ("17", "Contacts and further help", [
        ("17.1", "Questions about what information may be used with AI, DPIAs or breaches: "
                 "Information Governance Team, eastmere.infogov@nhs.net."),
        ("17.2", "Requests for new AI products or uses, questions about the Assured Products "
                 "List and the matters in section fifteen: DAAG secretariat, "
                 "eastmere.aiassurance@nhs.net."),
        ("17.3", "Technical problems, blocked services and Copilot access: Digital Service Desk, "
                 "through the StaffNet self-service portal."),
        ("17.4", "Questions about AI and clinical safety, including AVT: the Clinical Safety "
                 "Officer, through the DAAG secretariat."),
        ("17.5", "Questions about AI and confidential patient information: the Caldicott Guardian, "
                 "through the Information Governance Team."),
    ]),
]

APPENDIX = ("Appendix A - Quick guide for staff", [
    ("A.1", "Usually fine with any Open AI Service, using Safe Input only and checking the "
            "result: drafting a job advert, rewording a published leaflet in plainer English, "
            "planning a team away day, summarising published guidance for your own learning, "
            "and creating a generic illustration for a poster."),
    ("A.2", "Fine with Copilot Chat signed in with NHSmail, but not with an Open AI Service: "
            "summarising or restructuring an internal draft procedure or project plan that "
            "contains no patient, staff personal or confidential information."),
    ("A.3", "Never: pasting in referral letters, care plans, clinical notes or anything about a "
            "named or recognisable patient; sickness, grievance or disciplinary details about a "
            "colleague; tender or contract information; asking AI what treatment, dose or "
            "priority a patient should have; recording a visit or consultation with an AI "
            "scribe; uploading a wound photograph."),
    ("A.4", "Ask first (DAAG): any new product, plug-in, connector, API or automation; any "
            "supplier trial; anything listed in section fifteen."),
])


def md_text():
    out = [f"# {TITLE}", "", "**Eastmere Community Health NHS Trust**", ""]
    out.append("| | |")
    out.append("|---|---|")
    for k, v in FRONT:
        out.append(f"| {k} | {v} |")
    out += ["", FRONT_NOTE, ""]
    for num, head, clauses in POLICY:
        out += [f"## {num}. {head}", ""]
        for cid, text in clauses:
            out += [f"{cid} {text}", ""]
    head, clauses = APPENDIX
    out += [f"## {head}", ""]
    for cid, text in clauses:
        out += [f"{cid} {text}", ""]
    return "\n".join(out).rstrip() + "\n"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_title(TITLE)
    pdf.set_author("Eastmere Community Health NHS Trust")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Eastmere Community Health NHS Trust", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(18)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    for k, v in FRONT:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(50, 7, k, border=1)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, FRONT_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(cid, text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    for num, head, clauses in POLICY:
        heading(f"{num}. {head}")
        for cid, text in clauses:
            para(cid, text)
    head, clauses = APPENDIX
    heading(head)
    for cid, text in clauses:
        para(cid, text)
    pdf.output(str(path))


def all_ids():
    ids = set()
    for num, _, clauses in POLICY:
        ids.add(num)
        ids.update(c for c, _ in clauses)
    ids.update(c for c, _ in APPENDIX[1])
    return ids


def check_pdf(path):
    """Every extracted line that starts like a clause number must be a real clause start."""
    from pypdf import PdfReader
    starts = {f"{n}. {h}" for n, h, _ in POLICY}
    starts |= {f"{c} " for _, _, cl in POLICY for c, _ in cl}
    starts |= {f"{c} " for c, _ in APPENDIX[1]}
    bad = []
    pat = re.compile(r"^\s*(\d+(\.\d+)*\.?(\([a-z]\))?|[A-Z]\.\d+)(\s|$)")
    for page in PdfReader(str(path)).pages[1:]:
        for line in page.extract_text().splitlines():
            if pat.match(line) and not any(line.strip().startswith(s.strip()) for s in starts):
                bad.append(line)
    text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return bad, len(text.split())


if __name__ == "__main__":
    pdf_path = HERE / "knowledge" / f"{STEM}.pdf"
    md_path = HERE / "originals" / f"{STEM}.md"
    pdf_path.parent.mkdir(exist_ok=True)
    md_path.parent.mkdir(exist_ok=True)
    for _, _, clauses in POLICY:
        for _, t in clauses:
            assert not re.search(r"\d", t.replace("365", "")), t
            t.encode("latin-1")
    build_pdf(pdf_path)
    md_path.write_text(md_text(), encoding="utf-8")
    bad, words = check_pdf(pdf_path)
    print("pdf words:", words, "| md words:", len(md_text().split()))
    print("suspicious line starts:", bad or "none")
