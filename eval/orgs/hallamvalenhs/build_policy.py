"""Build the Hallam Vale NHS FT generative AI policy (.docx + same-text .md) and the tools register CSV.

Run: /work/main/.venv/bin/python build_policy.py
"""
import csv
import shutil
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent
KN = OUT / "knowledge"
OR = OUT / "originals"
STEM = "hvft-generative-ai-policy"
REG = "hvft-ai-tools-register.csv"

TITLE = "Use of Generative Artificial Intelligence Policy"
FRONT = [
    "Hallam Vale NHS Foundation Trust",
    "Policy reference: IG-27. Version 2.1, approved by the Digital and Data Committee on 12 November 2026. Next review: November 2027.",
    "Policy owners: Chief Clinical Information Officer and Head of Information Governance (Data Protection Officer).",
    "This policy must be read with the Information Governance and Data Protection Policy (IG-01), the Records Management Policy (IG-05), the Procedure for Recording of Therapy Sessions for Supervision and Training (CL-44) and the Trust's AI Tools Register.",
]

# Each section: (number, heading, [paragraphs]); a paragraph is (kind, text)
# kind: "p" numbered clause text (number typed at start), "c" continuation/bullet, "h" unnumbered sub-heading
S = []

S.append(("1", "Introduction and purpose", [
    ("p", "1.1 Hallam Vale NHS Foundation Trust provides inpatient, crisis, community mental health, CAMHS, learning disability and NHS Talking Therapies services. The Trust wants colleagues to benefit from generative artificial intelligence (AI) where it saves time and improves care, and to do so safely, lawfully and in a way that keeps the trust of the people who use our services."),
    ("p", "1.2 This policy sets out which generative AI tools may be used for Trust business, what information may be put into them, what they must never be used for, and who decides on anything new."),
    ("p", "1.3 Generative AI can produce confident but wrong answers. Nothing in this policy reduces the professional accountability of registered practitioners, or of any member of staff, for the work they sign off."),
]))

S.append(("2", "Scope", [
    ("p", "2.1 This policy applies to everyone who carries out work for the Trust: employees, bank and agency workers, students and trainees on placement, volunteers, contractors, non-executive directors and governors when acting in that role."),
    ("p", "2.2 It applies to Trust business wherever it is done, on Trust equipment or on any personally owned phone, tablet or computer. Working from home or on a personal device does not change what is permitted."),
    ("p", "2.3 It covers stand-alone AI assistants and also generative AI functions built into other software, such as writing assistants in office products, summary features in video-conferencing or document readers, and AI features added by suppliers to the electronic patient record (ValeRecord). A generative AI function added to a product the Trust already uses is treated as a new tool under this policy."),
    ("p", "2.4 It does not cover validated clinical software or medical devices that use non-generative AI (for example ECG interpretation), which are governed by the Medical Devices Management Policy, nor what staff do in their private lives with their own accounts, provided no Trust information is involved."),
]))

S.append(("3", "Definitions", [
    ("p", "3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, including chat assistants, transcription and summarisation tools and image generators."),
    ("p", "3.2 Trust-assured tool means a tool listed on the AI Tools Register with a status of approved or restricted. The Register is maintained by Digital Services and forms part of this policy."),
    ("p", "3.3 Consumer AI means any AI product used on personal terms: a free or paid personal subscription, a personal login, a mobile app downloaded to a personal account, or a browser extension. A consumer version of a product is Consumer AI even when the same brand is also a Trust-assured tool."),
    ("p", "3.4 Confidential Patient Information (CPI) means any information about a patient, service user, carer or family member that identifies them, or could identify them when put together with other information. It includes their mental and physical health, care plans, risk information, legal status, medication, safeguarding concerns, contact details and NHS number, in any form including audio and images. Appendix A gives examples."),
    ("p", "3.5 Staff Personal Information means information about an identifiable member of staff, job applicant, student or volunteer, including recruitment, sickness absence, occupational health, appraisal, grievance, disciplinary and capability records."),
    ("p", "3.6 Restricted Corporate Information means unpublished Trust information whose early release could cause harm, including board and committee papers before publication, tender and contract pricing, draft incident investigation reports, organisational change proposals before formal consultation, and legal advice."),
    ("p", "3.7 Open Information means information that has been published or is intended for publication, and general operational information that identifies nobody and is not Restricted Corporate Information."),
    ("p", "3.8 CSIGG means the Clinical Safety and Information Governance Group, chaired by the Chief Clinical Information Officer, with the Caldicott Guardian, the Senior Information Risk Owner's deputy, the Clinical Safety Officer and the Head of Information Governance as members. CSIGG approves generative AI tools and uses for the Trust."),
    ("p", "3.9 Ambient Scribe Pathway means the services named in clause 8.3 in which the Trust's ambient voice tool may be used."),
]))

S.append(("4", "Principles", [
    ("p", "4.1 AI assists staff; it does not replace professional judgement. The person who uses an output owns it."),
    ("p", "4.2 Use the least information needed for the task. If a task can be done without CPI or Staff Personal Information, do it without."),
    ("p", "4.3 Be open with patients, carers and colleagues about where AI has been used, as set out in section 10."),
]))

S.append(("5", "Trust-assured tools and the AI Tools Register", [
    ("p", "5.1 Only Trust-assured tools may be used for Trust business, and only within the status, information types and conditions shown for them on the AI Tools Register."),
    ("h", "Microsoft Copilot products"),
    ("p", "5.2 Microsoft 365 Copilot Chat is available to all staff when signed in with a Trust Microsoft account (the green shield is shown). It may be used with Open Information, for example drafting and rewording, summarising published guidance, preparing training material and planning events. It must not be used with CPI, Staff Personal Information or Restricted Corporate Information."),
    ("p", "5.3 Microsoft 365 Copilot (the licensed version inside Outlook, Word, Excel, PowerPoint and Teams) is issued to named staff on a line manager's request once training under clause 14.1 is complete. Licence holders may use it with information they already have permission to see in the Trust's Microsoft 365 environment, including Staff Personal Information and Restricted Corporate Information where their role requires it. It must not be used to summarise, draft or analyse CPI, including patient information held in emails, Teams chats or spreadsheets, until CSIGG has completed its review of that use."),
    ("h", "Tools not on the Register"),
    ("p", "5.4 Any generative AI tool or function that is not on the Register must not be used for Trust business until CSIGG has approved it. CSIGG will not approve a tool without a data protection impact assessment (DPIA) signed off by the Head of Information Governance and, where the tool could influence care, clinical safety assurance: the manufacturer's DCB0129 evidence and a DCB0160 clinical risk assessment by the Trust's Clinical Safety Officer."),
    ("p", "5.5 Trying out an unapproved tool, even with invented or test data, counts as use. Evaluations and pilots must be registered with the Digital Innovation Team and agreed by the CSIGG chair before they start."),
    ("p", "5.6 Consumer AI must not be used for Trust business in any circumstances, including with Open Information and including on personal devices."),
    ("p", "5.7 Add-ons that read or rewrite the content of web pages, emails or documents, such as writing assistants, summarisers and meeting note-taking bots, must not be installed in Trust browsers or connected to Trust accounts unless they appear on the Register."),
    ("p", "5.8 Where a supplier switches on a generative AI feature in a product the Trust already uses, the Information Asset Owner must tell Digital Services, and staff must not use the feature until it has been added to the Register."),
    ("p", "5.9 Connecting Trust systems or data to an AI model through an application programming interface (API), building agents or automations, or using personal developer keys, is system development and needs CSIGG approval and a Digital Services architecture review."),
]))

S.append(("6", "Information you may and may not use", [
    ("p", "6.1 Open Information may be used with any Trust-assured tool, within its Register conditions."),
    ("p", "6.2 CPI must not be entered into, uploaded to, spoken to or recorded by any generative AI tool except a tool whose Register entry allows special category data, and then only in the services and for the purposes that entry states."),
    ("p", "6.3 Removing the name does not make information safe to use. A description that combines details such as age, ward or team, diagnosis, dates or an unusual event can identify someone in a service of our size and is CPI. Only data de-identified by the Performance and Analytics Team under the Trust Anonymisation Standard is treated as not identifying anyone."),
    ("p", "6.4 Staff Personal Information may only be used in licensed Microsoft 365 Copilot, by staff whose role gives them access to it, and never for the purposes in clause 7.5."),
    ("p", "6.5 Information shared with the Trust by another organisation, such as a local authority, the police, a school or a GP practice, must not be put into any generative AI tool unless the information sharing agreement expressly allows it."),
]))

S.append(("7", "Uses that are not permitted", [
    ("p", "7.1 Generative AI must not determine, or be the deciding factor in, any decision about a patient's diagnosis, risk assessment, treatment, medication, observation level, leave or discharge. Clinical judgement must be formed by the responsible clinician from the clinical record and direct assessment."),
    ("p", "7.2 Generative AI must not be used as a source of clinical reference. Medication doses, interactions and contraindications must be checked in the BNF, the Trust formulary or with Pharmacy, not by asking an AI assistant."),
    ("p", "7.3 Generative AI must not be used to draft, complete, summarise or amend any statutory documentation under the Mental Health Act 1983 or the Mental Capacity Act 2005. This includes medical recommendations, AMHP reports, section 17 leave authorisations, records of rights given under section 132, tribunal and hospital managers' hearing reports, and best interests records."),
    ("p", "7.4 Witness statements and reports for HM Coroner, the police or a court must be written by their author without generative AI."),
    ("p", "7.5 Generative AI must not be used to shortlist, score or rank job applicants, to assess an individual's performance, or to reach or draft the outcome of a disciplinary, grievance, capability or sickness absence process."),
    ("p", "7.6 Generative AI must not be used to monitor staff or patients covertly, or to profile individuals."),
    ("p", "7.7 Generative AI must not be used to produce content that imitates a real person's voice, appearance or writing in order to mislead, or to generate material that is discriminatory, offensive or political."),
]))

S.append(("8", "Recording, transcription and ambient voice technology", [
    ("p", "8.1 No clinical contact (appointment, assessment, home visit, ward review or telephone consultation) may be recorded, transcribed or summarised using any AI tool, phone app or meeting transcription feature, except with the ambient voice tool under clause 8.3."),
    ("p", "8.2 Psychological therapy sessions, including NHS Talking Therapies, psychotherapy, family therapy and CAMHS therapeutic work, must not be recorded, transcribed or summarised by any generative AI tool, even with the patient's consent. Recordings made for clinical supervision or training under procedure CL-44 must not be uploaded to, or played into, any AI tool."),
    ("p", "8.3 The Aurelia Ambient Scribe may be used only in the following Ambient Scribe Pathway services, by staff who have completed the training in clause 14.2:"),
    ("p", "8.3(a) adult community mental health team outpatient medical and non-medical prescriber reviews;"),
    ("p", "8.3(b) the Memory Assessment Service; and"),
    ("p", "8.3(c) annual physical health checks in the adult Learning Disability service."),
    ("p", "8.4 Before each use the clinician must tell the patient, and anyone with them, that the tool is being used and why, obtain the patient's verbal agreement and record it in ValeRecord. If the patient declines, or cannot understand the explanation, the tool must not be used. Declining must make no difference to the patient's care."),
    ("p", "8.5 Even within the Ambient Scribe Pathway, the tool must not be used with patients under 18, during any Mental Health Act or mental capacity assessment, and it must be paused if a safeguarding disclosure is made."),
    ("p", "8.6 The use of ambient voice technology in inpatient ward rounds and multidisciplinary team meetings is being piloted on Larch Ward only, under CSIGG oversight. No decision has been made about use on other wards or in other teams; requests must be referred to CSIGG."),
    ("p", "8.7 Teams transcription and intelligent recap may be used in corporate meetings where everyone present has been told at the start. They must not be used in any meeting where individual patients are discussed, such as clinical handovers, MDTs, safeguarding strategy meetings, case reviews or incident panels, nor in formal HR hearings or investigation interviews."),
]))

S.append(("9", "Human review and accountability", [
    ("p", "9.1 Every AI output must be read and checked by the member of staff using it, for accuracy, omissions, bias and tone, before it is relied on, filed or sent."),
    ("p", "9.2 A note drafted by the ambient voice tool becomes part of the health record only once the clinician has reviewed, corrected and validated it in ValeRecord. The clinician is accountable for its content exactly as if they had typed it. Unvalidated drafts are deleted automatically after 30 days."),
    ("p", "9.3 Facts, references, statistics and quotations produced by AI must be checked against an authoritative source before use."),
    ("p", "9.4 Patient information leaflets and other material for the public drafted with AI must be approved through the Patient Information Group in the usual way before publication."),
]))

S.append(("10", "Transparency and labelling", [
    ("p", "10.1 Documents published externally or given to patients, carers or partner organisations in which generative AI produced a substantial part of the content must carry the statement: \"Prepared with the help of AI and checked by [team name].\""),
    ("p", "10.2 A statement is not needed where AI was only used to check spelling, grammar or readability, or for internal emails and working notes."),
    ("p", "10.3 Board and committee papers must declare on the cover sheet whether generative AI was used in preparing them."),
    ("p", "10.4 Notes created with the ambient voice tool carry an automatic marker in ValeRecord. Staff must not remove or alter it."),
]))

S.append(("11", "Images, likeness and voice", [
    ("p", "11.1 AI image generation within a Trust-assured tool may be used for internal presentations, posters and staff communications, provided the image does not depict or resemble a real patient or member of staff."),
    ("p", "11.2 Photographs, video or audio of patients, carers or staff must not be uploaded to any generative AI tool, including to edit, enhance, caption or animate them."),
    ("p", "11.3 A synthetic voice or avatar based on a real member of staff may only be created with that person's written consent and the approval of the Head of Communications."),
    ("p", "11.4 AI-generated images must not be used to illustrate clinical conditions, symptoms, treatments or Trust premises in patient information."),
]))

S.append(("12", "Patients' and service users' own use of AI", [
    ("p", "12.1 Patients and carers are free to use AI tools themselves. Where a patient brings AI-generated information to an appointment, staff should discuss it respectfully; it must not be recorded in the clinical record as fact without clinical review."),
    ("p", "12.2 A patient or carer who wishes to record their own appointment on their own device, including with an AI note-taking app, should be supported in line with the Trust's guidance on patients recording consultations. Staff must not refuse solely because an AI app is being used, and must not ask for the patient's recording or transcript to be added to the record."),
    ("p", "12.3 Staff must not recommend, prescribe or set up any AI chatbot, companion app or AI therapy product for a patient as part of their care unless CSIGG has approved it as a digital therapy."),
    ("p", "12.4 Whether inpatients may use AI chatbots on their own devices or on the patient Wi-Fi, and whether any restrictions apply on particular wards, is under review by the Inpatient Digital Access Working Group. There is no Trust-wide position yet; ward managers must seek advice from CSIGG rather than set local rules."),
]))

S.append(("13", "Procurement and new tools", [
    ("p", "13.1 Any purchase, contract, renewal or free trial that includes generative AI must go through Procurement and the Digital Request process, declaring the AI element, before any commitment is made."),
    ("p", "13.2 Contracts must prevent the supplier from using Trust data to train or improve its models and must set out where data is stored and for how long."),
    ("p", "13.3 Suppliers must provide the Digital Technology Assessment Criteria (DTAC) evidence, DCB0129 clinical safety documentation where relevant, and confirmation of any medical device registration with the MHRA."),
    ("p", "13.4 Staff must not accept supplier offers of free pilots, or register for AI products with a Trust email address, without Procurement and CSIGG agreement."),
]))

S.append(("14", "Training", [
    ("p", "14.1 Before a Microsoft 365 Copilot licence is issued the member of staff must complete the \"Using AI Safely at Hallam Vale\" e-learning module on ESR."),
    ("p", "14.2 Users of the Aurelia Ambient Scribe must complete the service-specific training and be signed off as competent by their team's clinical lead."),
    ("p", "14.3 Annual data security awareness training includes the safe use of generative AI and is mandatory for all staff."),
]))

S.append(("15", "Incidents", [
    ("p", "15.1 If CPI, Staff Personal Information or Restricted Corporate Information has been entered into a tool that does not permit it, report it on the incident reporting system (InPhase) the same working day and tell the Information Governance Team. Do not delete the conversation until the Information Governance Team has advised."),
    ("p", "15.2 Where an inaccurate AI output has entered the health record or affected a patient's care, report it as a clinical incident and inform the Clinical Safety Officer."),
    ("p", "15.3 Suspected AI-generated phishing, fake voice messages or impersonation of colleagues must be reported to the Cyber Security Team straight away."),
]))

S.append(("16", "Matters not yet decided", [
    ("p", "16.1 CSIGG has not yet decided the following matters. Until it does, staff must not assume that any use connected with them is permitted, and must refer questions to CSIGG:"),
    ("p", "16.1(a) ambient voice technology on inpatient wards and in MDTs beyond the Larch Ward pilot (clause 8.6);"),
    ("p", "16.1(b) inpatients' own use of AI tools on wards (clause 12.4); and"),
    ("p", "16.1(c) the use of generative AI to transcribe, code or analyse qualitative research data, such as interview or focus group recordings, in studies with Health Research Authority approval. Research and Development must refer each study to CSIGG individually; there is no general position."),
    ("p", "16.2 The Trust's position on AI tools offered by NHS England or the Integrated Care Board for use across organisations will be set by CSIGG on a case by case basis."),
]))

S.append(("17", "Roles and contacts", [
    ("p", "17.1 CSIGG considers requests for new tools and uses, pilots and questions this policy does not answer. Contact the CSIGG secretariat at csigg@hallamvale.nhs.uk."),
    ("p", "17.2 The Information Governance Team (ig.team@hallamvale.nhs.uk) advises on data protection, DPIAs and information sharing agreements. The Caldicott Guardian advises on the use and sharing of CPI."),
    ("p", "17.3 The Clinical Safety Officer advises on clinical risk and DCB0160 assessments for tools that may affect care."),
    ("p", "17.4 The Digital Services Service Desk (extension 4400) handles Copilot licences, the AI Tools Register, Aurelia access and reports of new AI features in existing software."),
    ("p", "17.5 Line managers are responsible for making sure their teams know this policy and complete the training in section 14."),
]))

S.append(("18", "Compliance and review", [
    ("p", "18.1 Use of AI contrary to this policy may be dealt with under the Trust's disciplinary procedure and, for registered professionals, may be referred to their regulator."),
    ("p", "18.2 The Digital and Data Committee reviews this policy every twelve months, or sooner if national guidance or the law changes."),
]))

APPENDIX = ("Appendix A – Examples of Confidential Patient Information", [
    "A.1 A referral letter, discharge summary, care plan, risk assessment or clinic letter, even with the name removed.",
    "A.2 A description of a recent incident on a named ward or in a named team, such as a restraint, a self-harm incident or an absconsion, with dates.",
    "A.3 A list of people on a caseload, waiting list or Section 117 aftercare register, including appointment or visit lists.",
    "A.4 A voice recording, photograph or video of a patient, and a carer's account of a patient's behaviour at home.",
    "A.5 Anything about a child or young person known to CAMHS, including school reports and information from social workers.",
])


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(TITLE, level=0)
    for line in FRONT:
        doc.add_paragraph(line)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Version", "Date", "Summary of changes"
    for v, d, s in [("1.0", "June 2024", "First issue (interim guidance)"),
                    ("2.0", "March 2026", "Ambient voice, Copilot licences, recording rules"),
                    ("2.1", "November 2026", "Register updated; matters not yet decided added")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = v, d, s
    for num, heading, paras in S:
        doc.add_heading(f"{num}. {heading}", level=1)
        for kind, text in paras:
            if kind == "h":
                doc.add_heading(text, level=2)
            else:
                doc.add_paragraph(text)
    doc.add_heading(APPENDIX[0], level=1)
    for text in APPENDIX[1]:
        doc.add_paragraph(text)
    doc.save(path)


def build_md(path):
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    out += ["| Version | Date | Summary of changes |", "| --- | --- | --- |",
            "| 1.0 | June 2024 | First issue (interim guidance) |",
            "| 2.0 | March 2026 | Ambient voice, Copilot licences, recording rules |",
            "| 2.1 | November 2026 | Register updated; matters not yet decided added |", ""]
    for num, heading, paras in S:
        out += [f"## {num}. {heading}", ""]
        for kind, text in paras:
            if kind == "h":
                out += [f"### {text}", ""]
            else:
                out += [text, ""]
    out += [f"## {APPENDIX[0]}", ""]
    for text in APPENDIX[1]:
        out += [text, ""]
    path.write_text("\n".join(out), encoding="utf-8")


P = f"{STEM}.docx"
REGISTER = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;Bing Chat Enterprise;Microsoft Copilot", "approved", "public;internal",
     "Sign in with your Trust Microsoft account (green shield shown). Open Information only: no patient information, no Staff Personal Information, no Restricted Corporate Information. Check all outputs.",
     [f"{P}#5.2", f"{P}#6.1", f"{P}#9.1"]),
    ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Outlook;Copilot in Word;Copilot in Teams;Copilot in Excel", "restricted", "public;internal;personal",
     "Named licence holders only, after the Using AI Safely at Hallam Vale e-learning. May use Staff Personal Information and Restricted Corporate Information the user already has access to where their role requires it. Not for patient information (including patient emails, Teams chats and spreadsheets) until CSIGG review is complete. Not for recruitment, performance or HR outcome decisions.",
     [f"{P}#5.3", f"{P}#6.4", f"{P}#7.5", f"{P}#14.1"]),
    ("Aurelia Ambient Scribe", "Aurelia;ambient scribe;AI scribe;ambient voice technology;AVT", "restricted", "public;internal;personal;special_category",
     "Only in the Ambient Scribe Pathway services (adult CMHT outpatient prescriber reviews, Memory Assessment Service, adult Learning Disability annual health checks), by trained staff, with the patient's verbal agreement recorded in ValeRecord. Not with under-18s, not in Mental Health Act or capacity assessments, not in therapy sessions; pause for safeguarding disclosures. Clinician must validate the note.",
     [f"{P}#8.3", f"{P}#8.4", f"{P}#8.5", f"{P}#9.2", f"{P}#14.2"]),
    ("Teams transcription and intelligent recap", "Teams transcript;Teams recap;meeting transcription;Teams Premium recap", "restricted", "public;internal;personal",
     "Corporate meetings only, with everyone told at the start. Not in meetings where individual patients are discussed (handovers, MDTs, safeguarding, case reviews, incident panels) or in formal HR hearings and investigation interviews.",
     [f"{P}#8.7"]),
    ("DeepL Pro", "DeepL;DeepL Translate Pro;Trust DeepL", "restricted", "public;internal",
     "Trust subscription accessed through the Trust single sign-on only. Open Information only, e.g. translating published leaflets for review. Never for letters or messages to or about individual patients; use Vale Language Services for interpreting and translation for patients.",
     [f"{P}#5.1", f"{P}#6.2", f"{P}#9.4"]),
    ("Google Translate", "Google Translate app;translate.google.com", "restricted", "public",
     "Published information only, for example to understand a public web page. Must not be used to communicate with patients or carers or with any information about a person.",
     [f"{P}#6.2", f"{P}#5.1"]),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;ChatGPT app", "prohibited", "",
     "Consumer AI. Must not be used for Trust business, on any device, with any information.",
     [f"{P}#5.6", f"{P}#5.4"]),
    ("Google Gemini", "Gemini;Bard;Gemini app", "prohibited", "",
     "Consumer AI with personal Google accounts. Must not be used for Trust business.",
     [f"{P}#5.6", f"{P}#5.4"]),
    ("DeepSeek", "Deep Seek", "prohibited", "",
     "Must not be used for Trust business on any device.",
     [f"{P}#5.6", f"{P}#5.4"]),
    ("Otter.ai", "Otter;Otter assistant;OtterPilot", "prohibited", "",
     "Meeting note-taking bot. Must not be installed, connected to Trust accounts or admitted to Trust meetings.",
     [f"{P}#5.7", f"{P}#8.1"]),
]


def build_register(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        for tool, aliases, status, data, cond, cl in REGISTER:
            w.writerow([tool, aliases, status, data, cond, ";".join(cl)])


if __name__ == "__main__":
    build_docx(KN / f"{STEM}.docx")
    build_md(OR / f"{STEM}.md")
    build_register(KN / REG)
    shutil.copyfile(KN / REG, OR / REG)
    words = sum(len(t.split()) for _, h, ps in S for _, t in ps) + sum(len(t.split()) for t in APPENDIX[1])
    print("policy words (clauses):", words)
