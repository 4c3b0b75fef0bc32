#!/usr/bin/env python3
"""Build Avonlea University's GenAI staff policy as a text PDF (fpdf2) plus an
identical-text Markdown original, and the AI tools register CSV.
Run with /work/main/.venv/bin/python build_policy.py"""
import csv, os, shutil
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge"); OR = os.path.join(HERE, "originals")
STEM = "avonlea-genai-staff-policy"
PDF = STEM + ".pdf"
REG = "avonlea-ai-tools-register.csv"

TITLE = "Avonlea University: Policy on the Use of Generative AI by Staff"
FRONT = [
    "Policy owner: Chief Information Officer, Digital Services",
    "Approved by: University Executive Board, January 2026",
    "Version: 2.0 (replaces the interim guidance of spring 2024)",
    "Next review: January 2027, or sooner if the law or the tools change",
    "Classification of this document: Open",
]

# (heading or None, [(clause_id, text, [bullets])...])
S = []
def sec(num, title, intro=None):
    S.append(("H", f"{num}. {title}", intro)); 
def cl(cid, text, bullets=None):
    S.append(("C", cid, text, bullets or []))
def app(title):
    S.append(("A", title, None))

sec(1, "Purpose")
cl("1.1", "This policy explains how staff of Avonlea University may use generative artificial intelligence (GenAI) in their work. It is intended to help colleagues use these tools confidently and safely, while protecting the people whose information we hold, the integrity of our teaching and research, and the University's reputation.")
cl("1.2", "The University supports the responsible use of GenAI. Using GenAI is, however, optional: no member of staff will be required to use a GenAI tool in their role, and colleagues who prefer not to do so will not be disadvantaged.")
cl("1.3", "This policy must be read with the Information Classification Scheme, the Data Protection Policy, the Information Security Policy, the Code of Good Research Practice and the Academic Integrity Regulations. Where another University policy is stricter on a particular point, the stricter rule applies.")

sec(2, "Scope")
cl("2.1", "This policy applies to everyone who carries out work for the University: professional services staff, academic and research staff, honorary and visiting staff, contractors and agency workers, and postgraduate research students when they are employed to teach or demonstrate.")
cl("2.2", "It covers any use of GenAI for University business, on any device, whether University-managed or personally owned. It covers standalone tools and also GenAI features built into other software, such as office applications, video-conferencing, design software, web browsers, mobile phones and business systems.")
cl("2.3", "This policy does not set the rules for how students may use GenAI in their own studies or assessments; those are set by the Academic Integrity Regulations and by each module's assessment brief. It does apply whenever staff use GenAI on student work or student information (section 11).")
cl("2.4", "Analytics and predictive models that do not generate content, such as the student engagement dashboard, are governed by the Data Ethics Framework rather than this policy. Staff's private use of GenAI outside work is not covered, unless University information is involved.")

sec(3, "Definitions")
cl("3.1", "Generative AI (GenAI) means software that produces new text, images, audio, video or code in response to a prompt, including chat assistants, writing aids, image generators, transcription and summary tools, and code assistants.")
cl("3.2", "An Assessed Tool is a GenAI tool that the Digital Assurance Panel has assessed and listed on the AI Tools Register with a status of approved or restricted.")
cl("3.3", "A Consumer AI service is any GenAI service used through a personal or free account, or without signing in with Avonlea credentials. Paid personal plans and subscriptions are Consumer AI services too, whatever the provider says about not training on your data.")
cl("3.4", "Lantern is the University's own GenAI platform. It gives access to several models under the University's contract, keeps prompts and files within the University's UK-hosted environment, and does not allow them to be used to train models.")
cl("3.5", "A Contained deployment is a model that runs entirely on University-managed infrastructure, such as the Kestrel research computing service or a server managed by Digital Services, with no prompts, files or outputs sent to any outside provider. A model running on a personal laptop or home computer is not a Contained deployment.")
cl("3.6", "A Decision of Consequence is any decision that affects a person's rights, opportunities, status or entitlements. It includes admissions offers, marks and progression, academic misconduct outcomes, recruitment, promotion and probation, disciplinary, grievance and capability matters, fitness to practise, hardship funding and visa sponsorship.")
cl("3.7", "An AI Steward is the colleague nominated in each Faculty and Professional Services directorate to advise staff on this policy and to refer questions to the Digital Assurance Panel.")
cl("3.8", "The Digital Assurance Panel (DAP) is the group, chaired by the Chief Information Security Officer, with members from Information Governance, Legal Services, Research Integrity, Procurement and Education, that assesses GenAI tools and decides requests under this policy.")
cl("3.9", "An agentic feature is a GenAI feature that carries out actions on a person's behalf in other systems, such as sending messages, changing records, booking or buying things, rather than only producing content for a person to review.")

sec(4, "Information classification and GenAI")
cl("4.1", "All University information is classified under the Avonlea Information Classification Scheme into four levels: Open, Campus, Protected and Sealed. Appendix A summarises what each level covers. The level of the information, not the convenience of the tool, decides which tool may be used.")
cl("4.2", "Open information may be used with any Assessed Tool, including the Consumer AI services that the Register lists for Open information.")
cl("4.3", "Campus information may be used only with Assessed Tools accessed through your Avonlea account, or in a Contained deployment. It must never be entered into a Consumer AI service.")
cl("4.4", "Protected information may be used only with Lantern, with Microsoft 365 Copilot Chat or Microsoft 365 Copilot while signed in with your Avonlea account, or in a Contained deployment, and only where the use is necessary for your task, you are already entitled to see the information, and you include no more of it than the task needs. Pseudonymise it where you practically can.")
cl("4.5", "Sealed information must not be entered into, uploaded to or made reachable by any GenAI tool, including Lantern and Copilot. The only exception is a Contained deployment approved in writing by DAP for a named research project (clause 9.4).")
cl("4.6", "If you are unsure of the level, treat the information as the higher level and ask the information owner or the Information Governance Office.")
cl("4.7", "Removing names does not by itself make information Open or Campus. Information about a small group, or with details that let someone be recognised, such as a rare job title or the date of a particular incident, keeps its Protected or Sealed level.")
cl("4.8", "Microsoft 365 Copilot can draw on any file, email or chat that you can open. Information owners must make sure that sites and folders holding Sealed information are restricted to the people who need them, and staff should report any folder they can see but should not to the IT Service Desk.")

sec(5, "Tools")
cl("5.1", "The AI Tools Register, published on the staff intranet with this policy, lists each Assessed Tool, its status (approved, restricted or prohibited), the information levels it may be used with, and its conditions. The Register forms part of this policy.")
cl("5.2", "Lantern is the University's preferred GenAI tool and should be your first choice for University work.")
cl("5.3", "Microsoft 365 Copilot Chat is available to all staff at no cost. It is an Assessed Tool only while you are signed in with your Avonlea account, shown by the shield symbol. The same service used signed out, or signed in with a personal Microsoft account, is a Consumer AI service.")
cl("5.4", "Microsoft 365 Copilot licences, which add Copilot to Word, Excel, PowerPoint, Outlook and Teams, are allocated by Digital Services on a business case from the head of department, once the member of staff has completed the AI Essentials module.")
cl("5.5", "Consumer AI services that the Register lists, such as ChatGPT, Gemini or Claude used with a personal account, may be used with Open information only. A paid personal plan is treated in exactly the same way as a free one.")
cl("5.6", "A GenAI tool, plug-in, add-in or app that is not on the Register must not be used for University business until DAP has assessed it. Request an assessment through the New AI Tool Request form on the IT Self-Service portal. The same applies to GenAI features newly added to software the University already uses: such features stay switched off, and must not be used, until the Register lists them.")
cl("5.7", "Browser extensions that read, summarise or rewrite the web pages and documents you are working on must not be installed on University-managed devices, and must not be used with University systems on any device, unless the Register lists them.")
cl("5.8", "Programmatic access to commercial models must go through the Lantern API gateway. Staff must not open API accounts with model providers for University work, or pay for API usage from University budgets or research grants, without DAP approval.")
cl("5.9", "A tool listed on the Register as prohibited must not be used for any University business, whatever the information involved.")
cl("5.10", "Assessed Tools may be used on a personally owned device only through a browser or app signed in with your Avonlea account and multi-factor authentication. Do not save outputs that contain Protected information to the device's own storage.")

sec(6, "Acceptable uses")
cl("6.1", "Within the limits in sections 4 and 5, GenAI may be used for everyday work, for example:", [
    "drafting and editing emails, reports, web copy and briefing notes;",
    "summarising documents you are entitled to read;",
    "generating ideas, outlines and first drafts;",
    "preparing teaching materials, slides, formative quizzes and exemplar texts;",
    "translating text and producing plain-English versions;",
    "writing, explaining and debugging code;",
    "analysing data sets that identify nobody;",
    "producing accessibility alternatives such as alt text, captions and transcripts.",
])
cl("6.2", "Staff may use Consumer AI services listed on the Register to learn about GenAI and explore what it can do, provided that no University information above Open is used.")
cl("6.3", "Using GenAI to check the spelling, grammar, clarity or tone of your own writing is permitted in any Assessed Tool that suits the level of the information.")

sec(7, "Prohibited uses")
cl("7.1", "GenAI must not be used to make or recommend a Decision of Consequence, or to score, rank, filter or shortlist people, including applicants for study or employment. This does not prevent using GenAI to draft job descriptions, adverts or interview questions.")
cl("7.2", "GenAI must not be used to produce content intended to deceive, to impersonate another person, or to harass, demean or discriminate.")
cl("7.3", "Material received in confidence for review must not be entered into any GenAI tool, including Lantern, unless the body that sent it has expressly allowed this. This covers manuscripts sent by journals, funding applications, promotion and REF output assessments, and external examiners' material.")
cl("7.4", "Licensed content obtained through the Library, such as e-journal articles, e-books, databases and purchased data sets, must not be uploaded to a GenAI tool unless the Library's Copyright and Licensing team has confirmed that the licence allows it.")
cl("7.5", "GenAI must not be used to write or refine summative examination papers or their model answers. Examination papers that have not yet been sat are Sealed information.")
cl("7.6", "Staff must not submit student work to AI-detection services or to any Consumer AI service. The only AI-writing indicator that may be used is the one built into Turnitin (clause 11.3).")
cl("7.7", "Passwords, API keys, private keys, access tokens and security configuration must never be entered into any GenAI tool.")
cl("7.8", "GenAI must not be used to monitor or profile colleagues or students, for example by analysing their messages, activity or wellbeing, other than through systems approved for that purpose under the Data Ethics Framework.")

sec(8, "Human review and accountability")
cl("8.1", "You are responsible for anything you produce with GenAI as if you had written it yourself. Check it for accuracy, invented references, bias, tone and copyright before you use it.")
cl("8.2", "Content for students, applicants, the public or external partners that has been substantially generated by GenAI must be reviewed and approved by the person who would normally sign it off.")
cl("8.3", "Code produced with GenAI must be reviewed and tested before it is deployed to a live University system, following the Digital Services change process.")
cl("8.4", "Do not rely on GenAI for statements about law, regulation, immigration rules, tax or finance without checking them against an authoritative source.")

sec(9, "Research")
cl("9.1", "Researchers must follow this policy together with the requirements of their funders, publishers, partners and ethics committee. Where those are stricter, the stricter requirement applies.")
cl("9.2", "Any use of GenAI to process research participant data must be described in the ethics application and the participant information sheet, and approved by the relevant ethics committee before it starts.")
cl("9.3", "Unpublished research findings, and data received under a confidentiality or data sharing agreement, are at least Protected and may be used only as clause 4.4 allows, unless the agreement sets a stricter rule.")
cl("9.4", "Identifiable participant data at the Sealed level may be processed with GenAI only in a Contained deployment approved in writing by DAP for the named project, and only with ethics approval.")
cl("9.5", "Declare the use of GenAI in publications and outputs in line with the publisher's or funder's guidance. A GenAI tool must never be listed as an author.")

sec(10, "Transparency and labelling")
cl("10.1", "Where content for students, applicants, the public or external partners has been substantially generated by GenAI, say so with a short statement, for example: This content was drafted with the help of AI and checked by the Admissions team. A statement is not needed where GenAI has only corrected spelling, grammar or formatting, or suggested minor rewording.")
cl("10.2", "A chatbot or automated reply service used by students, applicants or the public must state clearly that it is automated and must offer a route to a person. Any such service requires DAP approval before it is launched.")
cl("10.3", "Images, video and audio generated by GenAI and used in University communications must be labelled as AI-generated in the caption or credits.")
cl("10.4", "Authors of papers for the University's committees must state on the cover sheet whether GenAI was used to draft or summarise the paper.")

sec(11, "Teaching and student work")
cl("11.1", "Staff may use Lantern or Microsoft 365 Copilot Chat to prepare teaching materials, including lecture notes, slides, formative quizzes and exemplar answers, subject to clause 7.4 on licensed content.")
cl("11.2", "Student submissions and marks are Protected information. GenAI must not be used to assign marks or grades to student work, even as a provisional first pass that a marker later checks.")
cl("11.3", "Staff may consult the AI-writing indicator built into Turnitin, but it must never be the sole basis for an allegation of academic misconduct. Follow the Academic Integrity Regulations.")
cl("11.4", "Whether staff may use GenAI to help draft written feedback on students' assessed work has not yet been decided (clause 15.1).")
cl("11.5", "Staff may use Lantern or Microsoft 365 Copilot Chat to draft references and letters of support for students and colleagues, provided that no Sealed information, such as health, disability or extenuating circumstances, is included in the prompt.")

sec(12, "Recording, transcription and meeting assistants")
cl("12.1", "Teams transcription and Copilot meeting recap may be used for University meetings, provided that the chair tells participants at the start that the meeting is being transcribed, gives them the chance to object, and keeps the transcript and recap only as long as the records retention schedule allows.")
cl("12.2", "Transcription and AI recap must not be used in meetings where Sealed information is discussed, including disciplinary, grievance and capability hearings, occupational health meetings, student fitness to practise and misconduct panels, and safeguarding or student wellbeing case conferences. The only exception is where a participant needs a transcript as a reasonable adjustment and HR Casework or Student Casework has agreed in advance; the transcript must then be kept only in the case file.")
cl("12.3", "Third-party meeting assistants and note-taking bots must not be used in, or admitted to, University meetings. Chairs should remove any that join. If you attend an external meeting where the host uses one, you may take part but must not share Protected or Sealed information in it.")
cl("12.4", "Automatic captions in the University's lecture capture service (Panopto) are approved. The recording of teaching sessions is governed by the Lecture Capture Policy.")
cl("12.5", "Do not use call recording, transcription or AI summary features on a mobile phone, whether personally owned or University-issued, for calls with students, applicants or members of the public.")

sec(13, "Images, voice and likeness")
cl("13.1", "Do not use GenAI to create or alter an image, video or voice recording that depicts or imitates a real, identifiable person, whether staff, student, alumnus or visitor, without their written consent, and never in a way that misrepresents what they said or did.")
cl("13.2", "Publications for student recruitment and marketing must use genuine photographs and film when they show Avonlea's people and places. GenAI images may be used only for illustrative or abstract purposes, and must be labelled (clause 10.3).")
cl("13.3", "Adobe Firefly, used through the University's Creative Cloud licence, is the University's approved image generator. Other image generators may be used only as the Register allows.")
cl("13.4", "The use of synthetic avatars or cloned voices of members of staff, including staff using their own likeness, is under review (clause 15.3).")

sec(14, "Procurement and development")
cl("14.1", "Any purchase, free trial, renewal or pilot of software with GenAI features needs a DAP assessment before University information is used in it, and a data protection impact assessment where personal data is involved. This includes free tools whose terms are accepted by clicking through.")
cl("14.2", "Personal subscriptions to GenAI services will not be reimbursed through expenses and must not be bought with a University purchasing card.")
cl("14.3", "Building a GenAI-based service, such as a chatbot or an automated workflow, for students, staff or the public requires DAP approval and a data protection impact assessment before it processes real information.")

sec(15, "Matters under review")
cl("15.1", "Feedback on assessed work. The University has not yet reached a position on whether staff may use GenAI to help draft written feedback on students' assessed work. The Education Committee is considering the question. Until it decides, staff should not assume that this is either permitted or prohibited, and should ask their AI Steward, who will refer the question to DAP.")
cl("15.2", "Agentic features. DAP has not yet decided whether agentic features, such as Copilot agents, agent modes in chat assistants and AI browsers, may be used with University accounts or systems. Pending that decision they must not be enabled or used for University business; individual requests may be made to DAP.")
cl("15.3", "Avatars and voice cloning. The University has no settled position on synthetic avatars or cloned voices of staff for teaching, outreach or communications. Each proposal must be approved by DAP in advance.")
cl("15.4", "Sealed information in Lantern. DAP is assessing whether a secure Lantern workspace could in future take Sealed information. Until that assessment concludes, clause 4.5 applies in full.")

sec(16, "Training")
cl("16.1", "All staff are encouraged to complete the AI Essentials module on Avonlea Learn, a short online course on using GenAI safely.")
cl("16.2", "AI Essentials must be completed before a Microsoft 365 Copilot licence or a Lantern API key is issued.")
cl("16.3", "AI Stewards run regular drop-in clinics, and Digital Services publishes prompt guides for common tasks on the staff intranet.")

sec(17, "Incidents")
cl("17.1", "If Protected or Sealed information has been entered into a tool that this policy does not allow for it, or a GenAI tool has disclosed information it should not, report it straight away, and in any case within one working day, to the Information Governance Office using the Report a Data Incident form. Do not delete the conversation until the Information Governance Office has advised you, as it may be needed to assess the incident.")
cl("17.2", "Report harmful, biased or seriously inaccurate output that has affected, or could affect, other people to your AI Steward.")
cl("17.3", "A breach of this policy may be dealt with under the relevant disciplinary procedure.")

sec(18, "Contacts and governance")
cl("18.1", "For questions about whether a tool or a use is allowed, ask your AI Steward first. If they cannot answer, contact the Digital Assurance Panel at dap@avonlea.ac.uk.")
cl("18.2", "For questions about information classification, personal data or data protection impact assessments, contact the Information Governance Office at infogov@avonlea.ac.uk, or the Data Protection Officer.")
cl("18.3", "For copyright and licensed content, contact the Library's Copyright and Licensing team. For research ethics and publication practice, contact the Research Integrity Office. For access, licences and technical problems, contact the IT Service Desk.")
cl("18.4", "The Chief Information Officer owns this policy. DAP reviews it every year and updates the Register whenever a tool is assessed.")

app("Appendix A – Avonlea Information Classification Scheme (summary)")
cl("A.1", "Open: information that has been published or approved for publication, such as the prospectus, published research, public web pages, published committee minutes and press releases.")
cl("A.2", "Campus: the University's own unpublished information that identifies nobody, such as draft documents, internal procedures, timetables, room lists, non-personal management figures and draft budgets.")
cl("A.3", "Protected: information that identifies a living person, and information whose disclosure would harm the University or a partner. Examples are student records, submissions and marks, staff contact details and training records, applicant details, unpublished research findings and commercially sensitive contracts.")
cl("A.4", "Sealed: the most sensitive information. It includes health, disability and wellbeing information; ethnicity, religion and sexual orientation; criminal records and DBS checks; safeguarding records; information about children under eighteen taking part in University activities such as outreach and summer schools; disciplinary, grievance, capability, occupational health and fitness to practise case files; examination papers and model answers that have not yet been sat; legally privileged advice; identifiable research participant data that an ethics approval designates as Sealed; and matters the University Secretary has designated as Sealed, such as an unannounced merger or major restructuring.")


def wc():
    n = len(TITLE.split()) + sum(len(x.split()) for x in FRONT)
    for it in S:
        if it[0] in "HA": n += len(it[1].split())
        else: n += len(it[2].split()) + sum(len(b.split()) for b in it[3])
    return n

def build_md():
    out = [f"# {TITLE}", ""] + [l + "  " for l in FRONT] + [""]
    for it in S:
        if it[0] == "H": out += [f"## {it[1]}", ""]
        elif it[0] == "A": out += [f"## {it[1]}", ""]
        else:
            out += [f"{it[1]} {it[2]}", ""]
            for b in it[3]: out.append(f"- {b}")
            if it[3]: out.append("")
    return "\n".join(out).rstrip() + "\n"

def build_pdf(path):
    pdf = FPDF(format="A4"); pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 20)
    d = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DV", "", d + "DejaVuSans.ttf"); pdf.add_font("DV", "B", d + "DejaVuSans-Bold.ttf")
    pdf.set_title(TITLE); pdf.set_author("Avonlea University, Digital Services")
    pdf.add_page()
    pdf.set_font("DV", "B", 16); pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("DV", "", 10)
    for l in FRONT: pdf.multi_cell(0, 5.5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for it in S:
        if it[0] in "HA":
            pdf.ln(2); pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 7, it[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5.2, f"{it[1]} {it[2]}", new_x="LMARGIN", new_y="NEXT")
            for b in it[3]:
                pdf.set_x(28); pdf.multi_cell(0, 5.2, f"- {b}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)

P = PDF  # register cites the knowledge file
REGISTER = [
 ("Lantern", "Avonlea Lantern;Lantern AI;lantern.avonlea.ac.uk;the uni AI platform", "approved", "public;internal;personal",
  "The University's preferred tool. Sign in with your Avonlea account. Open, Campus and Protected information only (Protected only where necessary and minimised); never Sealed information.",
  [f"{P}#3.4", f"{P}#4.4", f"{P}#5.2"]),
 ("Lantern API gateway", "Lantern API;Avonlea AI API;Lantern API key", "restricted", "public;internal;personal",
  "For scripts and services that call models programmatically. API key issued only after AI Essentials is completed. Same information limits as Lantern. A service for students, staff or the public also needs DAP approval before it processes real information.",
  [f"{P}#5.8", f"{P}#16.2", f"{P}#14.3"]),
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot web;M365 Copilot Chat;Microsoft Copilot with work account", "approved", "public;internal;personal",
  "Only while signed in with your Avonlea account (shield symbol shown). Signed out, or with a personal Microsoft account, it is a Consumer AI service: Open information only. Never Sealed information.",
  [f"{P}#5.3", f"{P}#4.4"]),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot in Excel;Copilot licence;Teams intelligent recap", "restricted", "public;internal;personal",
  "Licence allocated by Digital Services on a head of department's business case after AI Essentials. Teams transcription and meeting recap only as clauses 12.1 and 12.2 allow. Never Sealed information. Copilot agents are not enabled.",
  [f"{P}#5.4", f"{P}#12.1", f"{P}#12.2", f"{P}#15.2"]),
 ("Microsoft Copilot (personal account)", "Copilot app;consumer Copilot;Copilot Pro;Copilot signed out", "restricted", "public",
  "Consumer AI service. Open information only.",
  [f"{P}#3.3", f"{P}#5.3", f"{P}#5.5"]),
 ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;ChatGPT free;GPT-4o;ChatGPT Team (personal purchase)", "restricted", "public",
  "Personal accounts, free or paid: Open information only. Subscriptions are not reimbursed. Agent mode must not be used for University business.",
  [f"{P}#5.5", f"{P}#14.2", f"{P}#15.2"]),
 ("Google Gemini", "Gemini;Bard;Gemini app;Gemini in Gmail (personal)", "restricted", "public",
  "Personal Google accounts: Open information only.",
  [f"{P}#5.5", f"{P}#4.2"]),
 ("Claude", "Anthropic Claude;Claude.ai", "restricted", "public",
  "Personal accounts: Open information only.",
  [f"{P}#5.5", f"{P}#4.2"]),
 ("GitHub Copilot", "Copilot for code;GitHub Copilot Business;Copilot in VS Code", "restricted", "public;internal",
  "Only through the University's GitHub organisation licence, requested from Digital Services. For code and technical documentation; no personal data or live data samples, and never passwords, keys or tokens. Generated code must be reviewed and tested before deployment.",
  [f"{P}#7.7", f"{P}#8.3", f"{P}#5.1"]),
 ("Adobe Firefly", "Firefly;Photoshop generative fill;Adobe Express AI", "approved", "public;internal",
  "Through the University's Creative Cloud licence only. No images of real, identifiable people without written consent. Label AI-generated images in University communications.",
  [f"{P}#13.3", f"{P}#13.1", f"{P}#10.3"]),
 ("Midjourney", "MJ;Midjourney bot", "restricted", "public",
  "Open prompts only. No images depicting real people. Not for images presented as Avonlea's people or places. Label AI-generated images.",
  [f"{P}#13.2", f"{P}#13.3", f"{P}#5.5"]),
 ("Panopto automatic captions", "Panopto captions;lecture capture captions;auto captions", "approved", "public;internal;personal",
  "Check captions for accuracy before publishing a recording. Recording of teaching follows the Lecture Capture Policy.",
  [f"{P}#12.4"]),
 ("Turnitin AI writing indicator", "Turnitin AI detection;Turnitin AI score;AI similarity Turnitin", "restricted", "public;internal;personal",
  "May be consulted as one indicator only; never the sole basis for an academic misconduct allegation.",
  [f"{P}#11.3", f"{P}#7.6"]),
 ("Otter.ai", "Otter;OtterPilot", "prohibited", "",
  "Third-party meeting assistant. Must not be used in or admitted to University meetings.",
  [f"{P}#12.3", f"{P}#5.9"]),
 ("Fireflies.ai", "Fireflies;Fred notetaker", "prohibited", "",
  "Third-party meeting assistant. Must not be used in or admitted to University meetings.",
  [f"{P}#12.3", f"{P}#5.9"]),
 ("Read.ai", "Read AI;Read meeting notes", "prohibited", "",
  "Third-party meeting assistant. Must not be used in or admitted to University meetings.",
  [f"{P}#12.3", f"{P}#5.9"]),
 ("Zoom AI Companion", "Zoom AI;Zoom meeting summary", "prohibited", "",
  "Switched off on the University's Zoom licence. Use Teams transcription under clause 12.1 instead.",
  [f"{P}#12.3", f"{P}#5.6"]),
 ("DeepSeek", "DeepSeek chat;DeepSeek R1;DeepSeek app", "prohibited", "",
  "Must not be used for any University business on any device, whatever the information.",
  [f"{P}#5.9"]),
 ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly browser add-on", "prohibited", "",
  "AI writing browser extension: must not be installed on University-managed devices or used with University systems.",
  [f"{P}#5.7", f"{P}#5.9"]),
 ("GPTZero", "ZeroGPT;AI detector;Copyleaks AI detector;AI checker", "prohibited", "",
  "AI-detection services must not be used on student work. Use only the Turnitin indicator.",
  [f"{P}#7.6", f"{P}#5.9"]),
]

def build_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        for t, a, s, d, c, cls in REGISTER:
            w.writerow([t, a, s, d, c, ";".join(cls)])

if __name__ == "__main__":
    build_pdf(os.path.join(KN, PDF))
    with open(os.path.join(OR, STEM + ".md"), "w", encoding="utf-8") as f: f.write(build_md())
    build_csv(os.path.join(KN, REG)); shutil.copyfile(os.path.join(KN, REG), os.path.join(OR, REG))
    print("words:", wc())
