"""Build the Hatherley Community Health NHS Trust AI policy as a text PDF (fpdf2)
plus its same-text Markdown original. Run: python build_policy.py"""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parent
STEM = "hch-ai-use-policy"

TITLE = "Use of Artificial Intelligence (AI) Tools Policy"
FRONT = [
    "Hatherley Community Health NHS Trust",
    "Policy reference: IG-017. Version: 1.1 (interim). Status: approved.",
    "Approved by: Clinical Safety and Information Governance Group, on behalf of the Quality and Safety Committee.",
    "Policy owner: Senior Information Risk Owner (Director of Finance and Digital).",
    "Clinical lead: Chief Clinical Information Officer. Review date: twelve months from approval, or earlier if national guidance changes.",
    "This policy must be read alongside the Information Governance and Data Protection Policy, the Clinical Photography Policy, the Records Management Policy, the Safeguarding Children and Adults Policy and the Medical Devices Management Policy.",
]

S = []  # (number, heading, [(clause id, text)])

S.append(("1", "Purpose", [
    ("1.1", "This policy sets out how staff of Hatherley Community Health NHS Trust (the Trust) may and may not use artificial intelligence tools, and in particular generative AI, in the course of their work."),
    ("1.2", "Generative AI can save time on routine writing and summarising, but it can also produce confident, wrong answers, and anything typed into it may leave the Trust's control. Our patients trust us with some of the most private information about their lives, often in their own homes. The Trust's position is therefore one of approval first: we will adopt AI tools where they are shown to be safe, lawful and useful, and not before."),
]))

S.append(("2", "Scope", [
    ("2.1", "This policy applies to everyone who works for or on behalf of the Trust, including permanent and fixed-term staff, bank and agency workers, students on placement, volunteers, contractors and staff holding honorary contracts."),
    ("2.2", "It applies whenever Trust Information is involved, whatever device, account or location is used: a Trust laptop, a personal phone, a home computer, or a patient's home."),
    ("2.3", "It covers stand-alone AI services, AI functions built into other software, browser extensions and plug-ins, mobile apps, and any use of an AI model through a programming interface (API)."),
    ("2.4", "It does not cover what staff do with AI in their private lives where no Trust Information and no Trust work is involved. It also does not cover the Trust's existing digital dictation service or ordinary spell checking, which are not generative AI."),
    ("2.5", "Research studies that use AI are governed by the Research Governance Policy and require Research and Development approval as well as approval under this policy."),
]))

S.append(("3", "Roles and responsibilities", [
    ("3.1", "The Clinical Safety and Information Governance Group (the CSIG Group) decides which AI tools are approved, for which purposes and with which classes of information. It reports to the Quality and Safety Committee. Only the CSIG Group can grant an approval, and only in writing."),
    ("3.2", "The Clinical Safety Officer is a registered clinician trained in clinical risk management who assesses and signs off the clinical safety of any digital system that may affect patient care, in line with DCB0160."),
    ("3.3", "The Caldicott Guardian (the Medical Director) advises on the use of confidential patient information. The Data Protection Officer advises on data protection law and leads on Data Protection Impact Assessments (DPIAs)."),
    ("3.4", "Line managers must make sure their teams know this policy, have completed the required training and do not use unapproved tools."),
    ("3.5", "Every member of staff is personally responsible for how they use AI tools and for any output they choose to rely on."),
]))

S.append(("4", "The approval-first principle", [
    ("4.1", "No AI tool may be used with Trust Information, or to carry out Trust work, until the CSIG Group has approved it. A tool approved in this way is an Approved AI Tool. The Approved AI Tools at the date of this policy are listed in section 5; the current list is kept on the Digital Services intranet page."),
    ("4.2", "This applies even where the only information involved is Green Information. Drafting a public poster in an unapproved chatbot is a breach of this policy, even though the poster will be published."),
    ("4.3", "The principle applies equally to free versions, paid personal subscriptions, trials, browser extensions, mobile apps and AI Features in software the Trust already uses. An AI Feature that appears in a product after an update is not approved merely because the product is."),
    ("4.4", "A member of staff who wants to use a tool that is not approved, or to use an Approved AI Tool for a purpose or class of information it is not approved for, must submit an AI Use Request through their line manager to the CSIG Group secretary. The tool must not be used while the request is being considered. The CSIG Group normally meets monthly."),
    ("4.5", "A request will be assessed against the evidence in section 12. Approval may be limited to named teams, named staff, named sites or a fixed period, and may be withdrawn at any time."),
]))

S.append(("5", "Approved AI Tools", [
    ("5.1", "Microsoft 365 Copilot Chat is approved for use with Green Information and Amber Information only, when the user is signed in with their nhs.net account and the protected (work) indicator is shown. Examples of suitable use are drafting and improving non-clinical letters and emails that identify nobody, summarising published guidance, planning a team away day, and creating training slides from Trust procedures."),
    ("5.2", "Copilot Chat must not be used with Red Information of any kind, including a single patient's initials and circumstances. The protections attached to the nhs.net account keep prompts within the NHS Microsoft environment, but they do not make the tool suitable for confidential patient or staff information."),
    ("5.3", "Copilot Chat accessed with a personal Microsoft account, the consumer Copilot app, or Copilot in Windows or Edge when signed in with a personal account, is not an Approved AI Tool."),
    ("5.4", "Copilot Chat may be used only on a Trust-managed device. Its use on personal devices, including through a web browser signed in with an nhs.net account, is not approved pending the review described in paragraph 15.3."),
    ("5.5", "Microsoft 365 Copilot (the paid licence that works inside Word, Outlook, Excel and Teams) is issued only to members of the Copilot evaluation cohort nominated by Digital Services. Licence holders must apply the same information rules as for Copilot Chat. Staff may not buy or request their own licence outside the cohort process."),
    ("5.6", "The ambient voice scribe supplied under the Trust's ambient voice technology pilot (the Scribe Pilot) is approved only in the Pilot Clinics and only on the conditions set out in Appendix B. Within those conditions it may process Red Information."),
    ("5.7", "All other AI tools are unapproved. For the avoidance of doubt this includes ChatGPT, Gemini, Claude, Perplexity, DeepSeek, Meta AI, Grammarly's generative features, Otter.ai and other AI note-takers, AI features in Zoom, Canva and Adobe Acrobat, and AI functions offered by suppliers of clinical systems, until the CSIG Group approves them."),
]))

S.append(("6", "What information may be used", [
    ("6.1", "The Trust classifies information for the purposes of this policy into three classes: Green, Amber and Red. If you are not sure which class something is, treat it as Red."),
    ("6.2", "Green Information is information the Trust has already published or has approved for publication, such as the Trust website, public Board papers, published patient leaflets and national guidance."),
    ("6.3", "Amber Information is the Trust's own unpublished information that identifies no living person: draft policies and procedures, service specifications, internal guidance, meeting agendas, and activity or performance figures aggregated so that no count is below five."),
    ("6.4", "Red Information is any information from which a patient, service user, carer, family member or member of staff could be identified, together with Restricted Papers. It includes everything held in SystmOne or any other clinical record system, referral letters, caseload lists, visit schedules and addresses, safeguarding information, children's records (including school nursing and health visiting records), sexual health records, and personnel, payroll, sickness, occupational health and employee relations information about staff."),
    ("6.5", "Restricted Papers are Trust documents that identify nobody but must not leave the Trust's control: papers for private Board sessions, tender and contract documents, commercially sensitive supplier pricing, draft statements for regulators or the coroner, legal advice, and incident investigation material. Restricted Papers are Red Information."),
    ("6.6", "Removing a name does not turn Red Information into Amber. A record that still contains an NHS number, date of birth, postcode, school, rare condition or a detailed account of someone's circumstances can still identify them. Staff must not try to anonymise Red Information themselves so that it can be put into an AI tool. Only data sets anonymised by the Information Governance team count as Amber Information."),
    ("6.7", "Text, screenshots or reports must not be copied or exported from SystmOne, or any other clinical record system, into any AI tool, including Copilot Chat."),
    ("6.8", "Before uploading a document to Copilot Chat, check the whole file for Red Information, including comments, tracked changes, speaker notes, hidden sheets and embedded tables."),
]))

S.append(("7", "Prohibited uses", [
    ("7.1", "AI tools must not be used to make, recommend or inform a clinical decision about an individual patient. This includes diagnosis, triage and the prioritisation of referrals, choice of treatment, wound dressing or medication, dose calculation, and clinical risk assessments such as falls, pressure ulcer, nutrition or suicide risk assessments. This applies whether or not the patient is named in the prompt."),
    ("7.2", "AI tools must not be used at any stage of safeguarding work: deciding whether a concern meets a threshold, writing or summarising a referral, chronology or report, or preparing for strategy meetings or child protection conferences."),
    ("7.3", "AI tools must not be used to make or inform decisions about individual members of staff, including shortlisting or scoring job applicants, appraisal ratings, sickness absence management, capability, disciplinary or grievance matters, or writing references."),
    ("7.4", "AI tools must not be used to draft responses to formal complaints, statements for inquests, evidence for patient safety incident investigations, or any material for courts, tribunals or regulators."),
    ("7.5", "AI tools must not be used to answer patients, carers or the public automatically, for example as a chatbot on a website, a text message service or an automatic email reply, unless the CSIG Group has approved that specific service."),
    ("7.6", "AI tools must not be used to build automated workflows, agents or code that connect to Trust systems or data (for example Copilot Studio agents, Power Automate flows using AI, or scripts calling an AI API) without approval from Digital Services and the CSIG Group. Staff must not use personal API keys or developer accounts for Trust work."),
    ("7.7", "AI tools must not be used to get around Trust security controls, monitoring or information governance rules."),
]))

S.append(("8", "Human review and accountability", [
    ("8.1", "The person who uses an AI tool is accountable for the output. Staff must check all output for accuracy, completeness, bias, invented references and tone before using it, and must be prepared to explain and defend it as their own work."),
    ("8.2", "Any Green or Amber material with clinical content produced with AI help, such as a draft patient leaflet or a training handout, must be checked by a registered clinician competent in that field before use. Patient information must also go through the Patient Information Group in the usual way."),
    ("8.3", "AI output must never be recorded as the source of clinical advice, and must not be cited as an authority in clinical records, reports or Board papers."),
]))

S.append(("9", "Transparency and labelling", [
    ("9.1", "Where a document that will be published, or presented to the Board, a committee or an external partner, contains a substantial amount of AI-generated content, it must say so, for example: Parts of this document were drafted with Microsoft Copilot Chat and checked by the author. Substantial means more than a few sentences kept largely unchanged."),
    ("9.2", "Routine internal emails, personal notes and working drafts do not need a label, provided the author has checked them under paragraph 8.1."),
    ("9.3", "Any image, audio or video created with AI that is used in Trust communications must be labelled as AI-generated and approved by the Communications team before use."),
    ("9.4", "Patients must be told when the Scribe Pilot is in use, as set out in Appendix B."),
]))

S.append(("10", "Recording, transcription and meetings", [
    ("10.1", "No AI tool may be used to record, transcribe or summarise a contact with a patient, carer or family, whether in clinic, in the patient's home, at school or by telephone or video, except within the Scribe Pilot in a Pilot Clinic."),
    ("10.2", "Teams transcription and, for licence holders, Copilot meeting recap may be used for internal business meetings in which no Red Information is discussed, provided attendees are told at the start and anyone may ask for it to be switched off."),
    ("10.3", "They must not be used in meetings where Red Information is discussed, including multidisciplinary team meetings, caseload and case reviews, clinical or safeguarding supervision, HR meetings of any kind, and private Board or committee sessions."),
    ("10.4", "Third-party AI note-takers (for example Otter.ai, Fireflies or Read.ai) must not be added to any Trust meeting, and the organiser must remove one if it joins. Where an external organisation's meeting uses its own AI note-taker, Trust staff must not share Red Information in that meeting and should ask the chair to turn it off."),
]))

S.append(("11", "Images, photographs and likeness", [
    ("11.1", "Clinical photographs, including wound, pressure ulcer, skin and foot photographs, are Red Information. They must be taken and stored only with the Trust's clinical photography app linked to SystmOne, in line with the Clinical Photography Policy."),
    ("11.2", "Clinical photographs must not be uploaded to any AI tool, including Copilot Chat, for any purpose, for example to measure a wound, to check for signs of infection or to grade a pressure ulcer."),
    ("11.3", "The image creation feature within Copilot Chat may be used to produce illustrations for posters, presentations and training materials, provided the prompt contains only Green or Amber Information, the image does not depict or resemble a real patient or colleague, and paragraph 9.3 is followed."),
    ("11.4", "Staff must not use AI to create, alter or animate an image, voice or video of a real person, including colleagues, for example to produce headshots, avatars or a cloned voice, without that person's written consent and approval from the CSIG Group."),
]))

S.append(("12", "Procurement, clinical safety and new tools", [
    ("12.1", "Any AI tool, or AI function in an existing product, must be obtained only through Digital Services and the Procurement team. Staff must not buy AI subscriptions on a purchasing card or claim them on expenses, and must decline free trials or pilot offers made by suppliers to individual teams, referring the supplier to Digital Services."),
    ("12.2", "Where a tool could affect patient care, the supplier must provide a clinical safety case and hazard log that meet DCB0129, and the Trust must complete its own clinical risk management under DCB0160, signed off by the Clinical Safety Officer, before the tool is used with patients."),
    ("12.3", "Each request will also need, as appropriate, a DPIA, a Digital Technology Assessment Criteria (DTAC) assessment, confirmation of any UK medical device registration with the MHRA, the supplier's Data Security and Protection Toolkit status, and an equality impact assessment."),
    ("12.4", "Suppliers of systems the Trust already uses, including the clinical record system, are increasingly adding AI Features. These must stay switched off until the CSIG Group has approved them, and staff must not switch them on or accept supplier invitations to preview them."),
]))

S.append(("13", "Training", [
    ("13.1", "Before first using Copilot Chat, staff must complete the Using AI Safely e-learning module on ESR. Managers can check completion on their team compliance report."),
    ("13.2", "Staff taking part in the Scribe Pilot must also complete the pilot's training session and be added to the named user list before they use the scribe."),
]))

S.append(("14", "Incidents and breaches", [
    ("14.1", "If Red Information is put into an AI tool other than within the Scribe Pilot, or into an unapproved tool in any form, report it on Datix as an information governance incident the same working day and tell the Information Governance team. Do not try to delete the conversation or account yourself before the Information Governance team has advised you."),
    ("14.2", "If a scribe draft contains a clinically significant error, such as a wrong medicine, dose, side or allergy, correct the record, report it on Datix as a clinical incident and inform the Scribe Pilot lead and the Clinical Safety Officer."),
    ("14.3", "Breaches of this policy may be dealt with under the Trust's disciplinary procedures and, for registered professionals, may need to be considered against professional standards."),
    ("14.4", "Staff who are worried about the way AI is being used in their team can raise this with their manager, the Information Governance team or a Freedom to Speak Up Guardian."),
]))

S.append(("15", "Matters not yet decided", [
    ("15.1", "The CSIG Group has not yet decided whether the Scribe Pilot will be extended beyond the Pilot Clinics, in particular to home visits by district nurses and health visitors, to community mental health teams and to telephone consultations. No extension may be assumed; any proposal must go to the CSIG Group."),
    ("15.2", "The use of AI to translate material for, or communicate with, patients and families whose first language is not English has not been decided. Any proposed use, including translation of published leaflets, must be referred to the CSIG Group for approval. In the meantime staff must use the Trust's contracted interpreting and translation service."),
    ("15.3", "Whether Copilot Chat may be used on personal devices enrolled in the Trust's mobile device management is under review by Digital Services and the CSIG Group."),
    ("15.4", "The Trust has not yet settled its position on staff using AI tools for professional development work, such as NMC or HCPC revalidation reflective accounts, apprenticeship and university assignments, and CPD portfolios. Staff should seek advice from the Education team and must in any case not include Red Information."),
    ("15.5", "The CSIG Group is evaluating an AI wound assessment product for the tissue viability and district nursing services. No decision has been made and paragraph 11.2 continues to apply."),
]))

S.append(("16", "Contacts and further help", [
    ("16.1", "AI Use Requests and questions about which tools are approved: CSIG Group secretary, hatherleych.csig@nhs.net."),
    ("16.2", "Information classes, DPIAs and data incidents: Information Governance team, hatherleych.infogov@nhs.net, extension 4410."),
    ("16.3", "Clinical safety, DCB0129 and DCB0160 questions and scribe errors: Clinical Safety Officer, hatherleych.clinicalsafety@nhs.net."),
    ("16.4", "Copilot access, licences, device and sign-in problems: Digital Services Service Desk, extension 4400 or the self-service portal."),
    ("16.5", "Scribe Pilot enquiries: the Scribe Pilot lead in the Chief Clinical Information Officer's office."),
]))

APPX = []
APPX.append(("Appendix A - Definitions", [
    ("A.1", "AI Feature: a generative AI function built into software that is not itself marketed as an AI tool, such as a summarise button in a PDF reader, a writing assistant in a design tool or meeting notes in a video-calling service."),
    ("A.2", "Approved AI Tool: a tool the CSIG Group has approved in writing, for the purposes and information classes stated in that approval."),
    ("A.3", "Generative AI: AI that produces new text, images, audio, video or code in response to a prompt."),
    ("A.4", "Pilot Clinic: a clinic listed in paragraph B.1."),
    ("A.5", "Trust Information: any information created, received or held by the Trust in the course of its work, whether published or not."),
    ("A.6", "Trust-managed device: a laptop, desktop, tablet or phone issued by the Trust and managed by Digital Services. A personal device is any other device, even if it is used to read Trust email."),
]))
APPX.append(("Appendix B - Scribe Pilot conditions", [
    ("B.1", "The Pilot Clinics are the podiatry clinics at Hatherley Health Centre and Marlow Road Clinic, and the adult musculoskeletal physiotherapy clinics at Hatherley Health Centre."),
    ("B.2", "The scribe may only be used by clinicians on the named user list, on a Trust-managed device, for face-to-face appointments in a Pilot Clinic room."),
    ("B.3", "Before the consultation starts, the clinician must tell the patient that the scribe is in use, explain what it does and that they can say no without any effect on their care, and record the patient's decision. If the patient declines, or a carer or interpreter present declines, the scribe must be switched off."),
    ("B.4", "The scribe must not be used with patients under 16, or if a safeguarding concern arises during the appointment; in that case it must be stopped at once."),
    ("B.5", "The clinician must read and correct the whole draft note before it is saved to SystmOne, and remains responsible for the record. A draft note must never be filed unread. The scribe must not be used to draft referral or discharge letters unless the CSIG Group has approved it."),
]))


def body_md():
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    for num, head, clauses in S:
        out += [f"## {num}. {head}", ""]
        for cid, text in clauses:
            out += [f"{cid} {text}", ""]
    for head, clauses in APPX:
        out += [f"## {head}", ""]
        for cid, text in clauses:
            out += [f"{cid} {text}", ""]
    return "\n".join(out)


def nb(text):
    # keep numbers attached to the preceding word so no wrapped PDF line starts with a number
    import re
    return re.sub(r" (?=\d)", "\u00a0", text)


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_title(TITLE)
    pdf.set_author("Hatherley Community Health NHS Trust")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, TITLE)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for line in FRONT:
        pdf.multi_cell(0, 5.5, nb(line))
        pdf.ln(1.5)
    for num, head, clauses in S:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, f"{num}. {head}")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)
        for cid, text in clauses:
            pdf.multi_cell(0, 5.5, f"{cid} " + nb(text))
            pdf.ln(1.5)
    for head, clauses in APPX:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, head)
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)
        for cid, text in clauses:
            pdf.multi_cell(0, 5.5, f"{cid} " + nb(text))
            pdf.ln(1.5)
    pdf.output(str(path))


if __name__ == "__main__":
    md = body_md()
    md.encode("latin-1")  # core PDF fonts: latin-1 only
    (OUT / "originals" / f"{STEM}.md").write_text(md + "\n", encoding="utf-8")
    build_pdf(OUT / "knowledge" / f"{STEM}.pdf")
    words = sum(len(t.split()) for _, _, cl in S for _, t in cl) + sum(len(t.split()) for _, cl in APPX for _, t in cl)
    print("words in clauses:", words, "total md words:", len(md.split()))
