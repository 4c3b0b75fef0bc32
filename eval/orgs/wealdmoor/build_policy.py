"""Build Wealdmoor Constabulary's generative AI policy as a text PDF (knowledge/)
and the same text as Markdown (originals/), from one source below.

Run: /work/main/.venv/bin/python build_policy.py
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
STEM = "wealdmoor-genai-policy"

TITLE = "Use of Generative Artificial Intelligence Policy"

FRONT = [
    "Wealdmoor Constabulary",
    "Force Policy - Information Management and Digital Policing",
]

CONTROL = [
    ("Policy reference", "POL-IM-047"),
    ("Version", "1.3"),
    ("Policy owner", "Head of Information Management"),
    ("Portfolio lead", "Assistant Chief Constable, Corporate Services"),
    ("Approved by", "Chief Officer Group, 14 January 2026"),
    ("Next review", "January 2027"),
    ("Protective marking", "OFFICIAL"),
    ("Suitable for publication", "Yes - Force publication scheme"),
]

HISTORY = [
    ("1.0", "June 2024", "First issue, Microsoft 365 Copilot Chat only."),
    ("1.1", "February 2025", "Wealdmoor Assist added as a Force-approved tool."),
    ("1.2", "July 2025", "Recording and transcription rules; BYOD exception."),
    ("1.3", "January 2026", "Classification matrix; body-worn video pilot; matters not yet decided."),
]

FRONT_NOTE = (
    "An equality impact assessment and a data protection impact assessment have been completed "
    "for this policy and are held by the Information Management Unit. Officers and staff who "
    "need this document in another format should contact the Policy Unit."
)

# Body: ("h", num, heading) | ("p", num, text) | ("item", text) | ("table", header, rows)
# | ("app", heading) | ("sub", text)
B = []


def h(num, text):
    B.append(("h", num, text))


def p(num, text):
    B.append(("p", num, text))


def item(text):
    B.append(("item", text))


h("1", "Policy statement and purpose")
p("1.1", "Wealdmoor Constabulary (the Force) recognises that generative artificial intelligence can reduce the time officers and staff spend on administration. This policy sets out how generative AI may be used for Force business while keeping information secure and preserving the integrity of the criminal justice process.")
p("1.2", "The Force does not limit which generative AI tools officers and staff may use. It limits what "
  "information may be put into them. The rules in this policy are therefore written in terms of the "
  "Government Security Classifications and the two tiers of tool defined in section 3: Force-approved "
  "tools and public AI tools.")
p("1.3", "Generative AI is an aid to professional judgement, never a substitute for it. Everyone who uses "
  "it remains personally accountable for what they produce.")

h("2", "Scope")
p("2.1", "This policy applies to all police officers, special constables, police staff, police community "
  "support officers, volunteers, contractors and agency workers who handle Force information "
  "(together, officers and staff).")
p("2.2", "It applies to the use of generative AI for Force business on any device and at any location, "
  "including Force-issued laptops and mobile devices and personally owned devices.")
p("2.3", "It does not cover technologies that do not generate content, such as automatic number plate "
  "recognition, facial recognition or the automated redaction tools in the Digital Evidence Management "
  "System (DEMS).")
p("2.4", "The use of generative AI in an individual's private life, on matters unconnected with the Force, "
  "is outside the scope of this policy, although the Standards of Professional Behaviour continue to apply.")

h("3", "Definitions")
p("3.1", "Generative AI means software that produces new text, images, audio, video or computer code in "
  "response to a prompt. It includes chatbots, writing assistants, image generators and automated "
  "transcription, recap and summarisation features.")
p("3.2", "A Force-approved tool is a tool named in paragraph 5.2, used through a Force account on a "
  "Force-managed device, except as allowed by paragraph 5.6. Only the versions described in 5.2 are "
  "Force-approved.")
p("3.3", "A public AI tool is any generative AI tool that is not a Force-approved tool. This includes free, "
  "personal and paid consumer versions of products whose enterprise version is Force-approved, AI "
  "features built into other websites, apps and software, and browser extensions.")
p("3.4", "Publishable information is information that the Force has already published or that has been "
  "formally approved for release, such as an issued press release, the Force website or published crime statistics. It remains OFFICIAL but carries no handling "
  "restrictions.")
p("3.5", "OFFICIAL is the classification for the great majority of Force business under the Government "
  "Security Classifications. Examples are internal procedures, draft policies and reports that have not "
  "been released, training material, performance figures that identify nobody, and routine "
  "administrative correspondence.")
p("3.6", "OFFICIAL-SENSITIVE means OFFICIAL information that would cause harm if lost or disclosed, to "
  "which the Force applies additional handling controls. In this Force the following are "
  "OFFICIAL-SENSITIVE by default, whether or not they carry a marking: crime reports and incident logs; "
  "the details of victims, witnesses and suspects; statements and case files; custody records; "
  "body-worn video and other digital evidence; intelligence reports; safeguarding and public protection "
  "referrals; information about any person's health; and the personnel, grievance, attendance and "
  "occupational health records of officers and staff.")
p("3.7", "Excluded material means the categories of information listed in paragraph 6.6, which must never "
  "be entered into any generative AI tool.")
p("3.8", "An evidential product is any document or record that is, or may become, evidence or unused "
  "material in criminal proceedings, including statements, pocket notebook entries, interview records, "
  "exhibits, use-of-force records and disclosure schedules.")
p("3.9", "An AI-assisted product is any document, image, message or other output created wholly or partly "
  "using generative AI.")
p("3.10", "The AI Assurance Board is the Force governance body, chaired by the Assistant Chief Constable "
  "(Corporate Services), that approves new AI tools and uses and decides the matters this policy leaves "
  "open.")

h("4", "Roles and responsibilities")
p("4.1", "The Chief Officer Group approves this policy.")
p("4.2", "The AI Assurance Board approves additions to the Force-approved tools, new uses and pilots, and "
  "publishes its rulings on the AI pages of the Force intranet.")
p("4.3", "The Information Management Unit, which includes the Data Protection Officer, advises on "
  "classification and data protection and completes data protection impact assessments (DPIAs).")
p("4.4", "The Information Security Officer assesses the security of AI tools and manages information "
  "security incidents.")
p("4.5", "Each user is responsible for classifying the information they enter into a tool, for checking "
  "what the tool produces, and for complying with this policy.")

h("5", "Generative AI tools")
p("5.1", "Officers and staff may use any generative AI tool for Force business, provided that the "
  "information they enter complies with section 6 and the use is not restricted by sections 7 to 12.")
p("5.2", "The following are Force-approved tools:")
p("5.2(a)", "Microsoft 365 Copilot Chat, when signed in with a Force account so that the enterprise "
  "data protection shield is displayed, in the Edge browser or the Microsoft 365 app on a Force device.")
p("5.2(b)", "Microsoft 365 Copilot, the licensed version that works inside Word, Outlook, Excel, PowerPoint "
  "and Teams, for officers and staff to whom a licence has been assigned.")
p("5.2(c)", "Wealdmoor Assist, the Force's own assistant, hosted within the Force's secure cloud tenancy "
  "and available from the Force intranet.")
p("5.2(d)", "GitHub Copilot Business, for Digital Policing developers only, and only for source code and "
  "configuration, never for data held in Force systems.")
p("5.3", "A tool is Force-approved only in the version and configuration described in 5.2. Signing in to "
  "Copilot with a personal Microsoft account, using the consumer Copilot app, or using ChatGPT, Gemini, "
  "Claude, Meta AI or any similar service, whether free or paid, is use of a public AI tool.")
p("5.4", "AI features built into other products, including Grammarly, Adobe Acrobat AI Assistant, Zoom AI "
  "Companion, Canva and the AI features of supplier systems, are public AI tools unless they are named "
  "in 5.2. Browser extensions and add-ins that provide AI features must not be installed on Force "
  "devices.")
p("5.5", "Microsoft 365 Copilot licences are allocated by Digital Policing according to business need. "
  "Apply through the Digital Policing Service Desk with your line manager's support. Completing the "
  "training in paragraph 14.1 is a condition of a licence.")
p("5.6", "Force-approved tools may be used only on Force-managed devices. The single exception is "
  "Microsoft 365 Copilot Chat inside the Force-managed Outlook and Teams apps on a personal phone "
  "enrolled in the Force bring-your-own-device (BYOD) scheme, which may be used for OFFICIAL "
  "information but not for OFFICIAL-SENSITIVE information. On any other personal device every AI tool "
  "is a public AI tool.")
p("5.7", "When using a public AI tool, officers and staff must not register or sign in with a Force email "
  "address, or describe themselves as police officers or Force staff in prompts. Chat history and model training should be switched off where the "
  "tool allows it.")
p("5.8", "Officers and staff must not connect a Force system or dataset to an AI model through an "
  "application programming interface (API), build automations or agents that act on Force systems, or "
  "create custom assistants (such as Copilot agents or custom GPTs) that draw on Force information, "
  "without the prior approval of the AI Assurance Board.")

h("6", "Information: what may go into which tool")
p("6.1", "Before entering any information into a generative AI tool, the user must decide its "
  "classification. Where material contains information at more than one level, the highest level "
  "applies to all of it. If in doubt, treat it as the higher classification.")
p("6.2", "The table below shows which classification of information may be entered into each tier of "
  "tool.")
B.append(("table", ["Information", "Public AI tools", "Copilot Chat", "Microsoft 365 Copilot",
                    "Wealdmoor Assist"],
          [["Publishable information", "Yes", "Yes", "Yes", "Yes"],
           ["OFFICIAL (not publishable)", "No", "Yes", "Yes", "Yes"],
           ["OFFICIAL-SENSITIVE", "No", "No", "Yes", "Yes"],
           ["Excluded material", "No", "No", "No", "No"]]))
p("6.3", "Public AI tools may be used only with publishable information, or with prompts that contain no "
  "Force information at all, such as general questions, help with a spreadsheet formula using invented "
  "data, or an explanation of legislation.")
p("6.4", "OFFICIAL information that is not publishable may be entered only into Force-approved tools.")
p("6.5", "OFFICIAL-SENSITIVE information may be entered only into Microsoft 365 Copilot or Wealdmoor "
  "Assist, and only by a user with a business need to see that information in the system where it is "
  "held. A Force-approved tool must not be used to bring together information the user would not "
  "otherwise be entitled to see.")
p("6.6", "Excluded material must not be entered into, uploaded to or made accessible to any generative AI "
  "tool, including Force-approved tools. Excluded material is:")
item("(a) information marked SECRET or TOP SECRET;")
item("(b) information about covert human intelligence sources, undercover deployments, covert tactics "
     "and techniques, and surveillance authorisations;")
item("(c) interception material and the product of equipment interference;")
item("(d) counter-terrorism and Special Branch material;")
item("(e) vetting information, including applications, vetting interviews, financial checks and vetting "
     "decisions;")
item("(f) sensitive unused material, including anything that is or may become the subject of a public "
     "interest immunity application;")
item("(g) information about live professional standards and anti-corruption investigations.")
p("6.7", "Removing or replacing names does not make OFFICIAL-SENSITIVE information OFFICIAL or publishable "
  "unless the result can no longer be linked to any person, investigation or location. Describing or "
  "paraphrasing a real incident in a prompt is still entering Force information.")
p("6.8", "Information received from partner agencies, such as health bodies, schools or local authorities, may be entered into a Force-approved tool only where the information sharing agreement or the originating organisation permits it. If you are unsure, ask the Information Management Unit first.")

h("7", "Operational policing")
p("7.1", "Wealdmoor Assist may be used to summarise crime reports, incident logs and investigation records "
  "for briefings, handovers and supervisory reviews. A summary must not be entered into the crime "
  "recording system as the record of the investigation, and generative AI must not be used to decide "
  "or recommend whether an incident is recorded as a crime or how it is classified.")
p("7.2", "The account of a victim, witness or suspect must be recorded in that person's own words. "
  "Generative AI must not be used to draft, rephrase, shorten, correct or tidy a statement, a first "
  "account or a pocket notebook entry, including an officer's or staff member's own witness statement.")
p("7.3", "The account on a use-of-force form, and any statement justifying a use of force, must be the "
  "officer's own recollection and must not be written or expanded with generative AI. Staff who review "
  "use of force for learning and training may use Wealdmoor Assist to analyse aggregated use-of-force "
  "data that identifies no officer or subject. The review of an individual incident must be carried out "
  "by a person.")
p("7.4", "Footage, stills and audio from body-worn video, custody CCTV, in-car cameras, and digital "
  "evidence submitted by the public must not be uploaded to any generative AI tool, and must not be "
  "transcribed, summarised or enhanced with generative AI, except within the pilot described in "
  "paragraph 16.1.")
p("7.5", "Custody sergeants may use Wealdmoor Assist to summarise custody records for handover between "
  "shifts. Generative AI must not be used to carry out or inform the detainee risk assessment, or any "
  "decision on detention, charge, bail or release, or a review of detention.")
p("7.6", "Analysts and intelligence officers may use Wealdmoor Assist to summarise intelligence reports or "
  "identify themes across them, provided the reports are not Excluded material. Output from a tool "
  "must not be submitted as an intelligence report, and source, intelligence and handling evaluations "
  "must be assigned by a person.")
p("7.7", "Entering the name, address, vehicle, telephone number, online username or image of any person of policing interest into a public AI tool discloses the Force's interest in that person and is not permitted. Open-source research about individuals must follow the Open Source Research Policy.")
p("7.8", "Disclosure officers must examine material themselves and personally make the relevance and "
  "disclosure decisions required by the Criminal Procedure and Investigations Act 1996 and its Code of "
  "Practice. Generative AI must not be used to decide whether material is relevant, whether it might "
  "undermine the prosecution case or assist the defence, or to describe items on disclosure schedules.")
p("7.9", "An AI-assisted product relating to an investigation, including a summary produced under 7.1 or "
  "7.6 or an interview plan, is potentially relevant material. The user must keep it with the prompt "
  "used, record it on the investigation file under the Force CPIA procedure, and tell the disclosure "
  "officer.")
p("7.10", "Vetting officers must not use generative AI to research applicants, assess vetting information "
  "or draft vetting decisions.")

h("8", "Prohibited uses")
p("8.1", "Whatever the tool and whatever the classification of the information, generative AI must not "
  "be used:")
item("(a) as the sole or main basis for a decision affecting a person's rights, liberty or safety, "
     "including arrest, stop and search, use of force, risk grading such as THRIVE or DASH, "
     "safeguarding, charging, bail, recruitment, promotion, misconduct or vetting outcomes;")
item("(b) to predict whether an individual will offend or become a victim, or to profile people by "
     "ethnicity, religion, sexuality or any other protected characteristic;")
item("(c) to judge the emotions, truthfulness or credibility of any person, including from interviews "
     "or recordings;")
item("(d) to produce material that could be mistaken for genuine evidence;")
item("(e) to impersonate a real person, including in online engagement or communication with suspects;")
item("(f) to create content that is discriminatory or offensive, or that could bring the Force into "
     "disrepute.")
p("8.2", "Generative AI must not be used to answer or triage 999 calls, 101 calls, online reports or "
  "webchat with the public unless the service has been approved by the AI Assurance Board.")

h("9", "Human review and accountability")
p("9.1", "Every AI-assisted product must be checked by the user for accuracy, completeness, bias and tone "
  "before it is used.")
p("9.2", "Any reference to legislation, case law, policy or statistics in an AI-assisted product must be "
  "checked against an authoritative source, such as legislation.gov.uk, College of Policing Authorised "
  "Professional Practice or Force policy, before it is relied on.")
p("9.3", "The person who uses a tool is the author of its output. Letters and emails to victims, "
  "complainants or their representatives that are AI-assisted must be read in full and approved by "
  "the sender before they are sent.")
p("9.4", "Users must be able to explain how they reached any decision that an AI-assisted product "
  "supported.")

h("10", "Transparency and labelling")
p("10.1", "Content the Force publishes, including web pages, social media posts and press releases, that has been wholly or substantially generated with AI must carry the statement: \"Produced with the help of AI and checked by Wealdmoor Constabulary.\"")
p("10.2", "AI-generated images and video must always be labelled as AI-generated, wherever they are used, "
  "including in internal presentations and training material.")
p("10.3", "Where generative AI has been used in preparing any document supplied to the Crown Prosecution "
  "Service, this must be stated in the case file information provided to the prosecutor.")
p("10.4", "Internal documents and routine correspondence do not need an AI label, provided the author has "
  "reviewed them under section 9.")

h("11", "Recording, transcription and meeting notes")
p("11.1", "Transcription and intelligent recap in Microsoft Teams, which form part of Microsoft 365 "
  "Copilot, may be used for internal Force meetings, provided the organiser tells participants at the "
  "start that the meeting will be transcribed. If any participant objects, transcription must be "
  "stopped.")
p("11.2", "AI transcription, recap or note-taking must not be used in: interviews under caution and "
  "voluntary interviews; interviews with, or first accounts from, victims and witnesses, including "
  "Achieving Best Evidence interviews; misconduct meetings and hearings; grievance and attendance "
  "meetings; vetting interviews; meetings with covert sources; and MARAC and MAPPA meetings.")
p("11.3", "Third-party AI note-takers that join meetings, such as Otter.ai, Fireflies and Read.ai, are "
  "public AI tools. They must not be used in, or admitted to, any meeting where information other than "
  "publishable information is discussed, and organisers must remove any such attendee from Force "
  "meetings.")

h("12", "Images, audio and likeness")
p("12.1", "Generative AI must not be used to create, alter, enhance, age-progress or animate an image, "
  "video or voice of a real, identifiable person, including suspects, missing people, victims, officers "
  "and staff.")
p("12.2", "Facial composites must be produced only by trained operators using the Force's accredited "
  "composite system. Generative AI must not be used to create or improve a composite, or to sharpen or "
  "clean up a CCTV image for a media appeal.")
p("12.3", "Officers and staff may use a Force-approved tool to create images that show no real person and "
  "no identifiable real place, for internal presentations and training, labelled under 10.2. Images for "
  "external publication must be commissioned through Corporate Communications, which may create such "
  "images for campaigns, labelled under 10.2.")
p("12.4", "Photographs of colleagues or members of the public must not be uploaded to any AI tool to create "
  "avatars, cartoons, caricatures or similar, including for social events.")

h("13", "Procurement and new tools")
p("13.1", "Any purchase, subscription, free trial or pilot of a generative AI product for Force use, and "
  "switching on generative AI features in an existing supplier system, requires a DPIA, a security "
  "assessment and the approval of the AI Assurance Board before any Force information is used. "
  "Requests are made through Digital Policing using the New AI Use form.")
p("13.2", "AI products must not be bought on a Force purchasing card, except as approved under 13.1. The "
  "Force does not reimburse personal subscriptions to AI tools.")

h("14", "Training")
p("14.1", "Officers and staff must complete the Using Generative AI Safely e-learning module before using "
  "Microsoft 365 Copilot or Wealdmoor Assist, and must repeat it every two years.")

h("15", "Incidents and misuse")
p("15.1", "If information has been entered into a tool in breach of section 6, for example "
  "OFFICIAL-SENSITIVE information into a public AI tool, or Excluded material into any tool, the user "
  "must report it immediately, and in any case within 24 hours, using the Information Security Incident "
  "form on the intranet, and must tell their supervisor.")
p("15.2", "Do not delete the conversation or the account until the Information Security Officer advises.")
p("15.3", "The Data Protection Officer will decide whether the Information Commissioner's Office must be "
  "notified.")
p("15.4", "Misuse of generative AI, or a failure to report it, may be dealt with under the Police (Conduct) Regulations 2020 or the police staff disciplinary procedure.")

h("16", "Matters not yet decided")
p("16.1", "DEMS includes a feature that transcribes and summarises body-worn video. It is being piloted by "
  "the Eastern Basic Command Unit, under a DPIA approved for the pilot only, until June 2026. No "
  "decision has been made on its use elsewhere in the Force; the AI Assurance Board will decide after "
  "evaluating the pilot, and any other unit wishing to use it must apply to the Board.")
p("16.2", "The Force has not decided whether generative AI may be used to translate letters, leaflets or "
  "messages for victims, witnesses or members of the public who do not speak English. Such requests "
  "must be referred to the AI Assurance Board. Translation of evidence, and interpreting in interviews, "
  "must continue to use the Force's contracted interpreting and translation services.")
p("16.3", "Whether Wealdmoor Assist may be used to draft case summaries or other parts of a prosecution "
  "file for the Crown Prosecution Service is under discussion with the CPS and has not been decided. "
  "Until the AI Assurance Board issues a ruling, each proposed use needs its approval.")

h("17", "Monitoring and review")
p("17.1", "The Information Management Unit monitors compliance and reports to the AI Assurance Board each "
  "quarter. This policy is reviewed every year, or sooner if the Force-approved tools change.")

h("18", "Contacts")
p("18.1", "Classification, personal data and DPIAs: Information Management Unit, "
  "information.management@wealdmoor.police.uk.")
p("18.2", "Copilot licences, access to Wealdmoor Assist and technical problems: Digital Policing Service "
  "Desk, extension 4400.")
p("18.3", "Security incidents and the security of a particular tool: Information Security Officer, through "
  "the Digital Policing Service Desk.")
p("18.4", "Approval of new tools and uses, and the matters in section 16: AI Assurance Board secretariat, "
  "ai.assurance@wealdmoor.police.uk.")
p("18.5", "Disclosure and the CPIA: the Force Disclosure Champion in the Criminal Justice Department.")
p("18.6", "Images, publicity and labelling of published content: Corporate Communications.")
p("18.7", "Vetting: the Force Vetting Unit, Professional Standards Department.")



# ---------------------------------------------------------------- Markdown
def to_md():
    out = [f"# {TITLE}", ""]
    out += FRONT + [""]
    out += ["| Document control | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in CONTROL] + [""]
    out += ["| Version | Date | Change |", "| --- | --- | --- |"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in HISTORY] + [""]
    out += [FRONT_NOTE, ""]
    for blk in B:
        kind = blk[0]
        if kind == "h":
            out += [f"## {blk[1]}. {blk[2]}", ""]
        elif kind == "app":
            out += [f"## {blk[1]}", ""]
        elif kind == "p":
            out += [f"{blk[1]} {blk[2]}", ""]
        elif kind == "item":
            out += [blk[1], ""]
        elif kind == "table":
            hdr, rows = blk[1], blk[2]
            out += ["| " + " | ".join(hdr) + " |", "|" + " --- |" * len(hdr)]
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- PDF
FONT_DIR = "/usr/share/fonts/truetype/liberation"


class PolicyPDF(FPDF):
    def header(self):
        self.set_font("Sans", "B", 10)
        self.cell(0, 6, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "", 8)
        self.cell(0, 5, "Wealdmoor Constabulary - Use of Generative AI Policy (POL-IM-047 v1.3)",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "B", 10)
        self.cell(0, 5, "OFFICIAL", align="C")


def to_pdf(path):
    pdf = PolicyPDF(format="A4")
    pdf.add_font("Sans", "", f"{FONT_DIR}/LiberationSans-Regular.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/LiberationSans-Bold.ttf")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_title(TITLE)
    pdf.set_author("Wealdmoor Constabulary")
    LH = 6.2
    # cover page
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(0, 11, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "", 13)
    for line in FRONT:
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(55, 105), text_align="LEFT", first_row_as_headings=True,
                   line_height=7) as t:
        r = t.row()
        r.cell("Document control")
        r.cell("")
        for k, v in CONTROL:
            r = t.row()
            r.cell(k)
            r.cell(v)
    # document control page
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 8, "Version history", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(20, 35, 105), text_align="LEFT", line_height=7) as t:
        r = t.row()
        for c in ("Version", "Date", "Change"):
            r.cell(c)
        for row in HISTORY:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(8)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, LH, FRONT_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for blk in B:
        kind = blk[0]
        if kind in ("h", "app"):
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("Sans", "B", 13)
            text = f"{blk[1]}. {blk[2]}" if kind == "h" else blk[1]
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(0, LH, f"{blk[1]} {blk[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "item":
            pdf.set_font("Sans", "", 11)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(pdf.epw - 8, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            hdr, rows = blk[1], blk[2]
            pdf.set_font("Sans", "", 9.5)
            with pdf.table(col_widths=(40, 28, 30, 32, 30), text_align="CENTER", line_height=6,
                           headings_style=FontFace(emphasis="BOLD")) as t:
                r = t.row()
                for c in hdr:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    md = to_md()
    (HERE / "originals" / f"{STEM}.md").write_text(md, encoding="utf-8")
    pages = to_pdf(HERE / "knowledge" / f"{STEM}.pdf")
    words = len(md.replace("|", " ").split())
    print(f"pages={pages} words~{words}")
