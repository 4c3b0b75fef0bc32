"""Build Pennard Valley University Health Board's generative AI policy.

One source (POLICY below) produces:
  knowledge/pvuhb-generative-ai-policy.docx   (python-docx: Title, Heading 1 sections, typed clause numbers)
  originals/pvuhb-generative-ai-policy.md     (same text, same headings and numbering)
  knowledge/pvuhb-ai-tools-register.csv and an identical copy in originals/
  knowledge/sources.yaml

Run: /work/main/.venv/bin/python build_policy.py
"""
import csv
import io
import os
import re

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
OR = os.path.join(HERE, "originals")
STEM = "pvuhb-generative-ai-policy"
REG = "pvuhb-ai-tools-register.csv"

TITLE = "Use of Generative Artificial Intelligence Policy"

CONTROL = [
    ("Organisation", "Pennard Valley University Health Board / Bwrdd Iechyd Prifysgol Dyffryn Pennard"),
    ("Policy reference", "PVUHB-DIG-047"),
    ("Version", "1.3"),
    ("Approved by", "Digital Governance and Safety Group, 14 January 2026"),
    ("Policy owner", "Director of Digital and Informatics"),
    ("Review date", "January 2027"),
    ("Welsh language", "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh."),
]

# ("h", "N. Heading") | ("p", "N.N text") | ("b", bullet text, belongs to the clause above)
POLICY = [
    ("h", "1. Purpose"),
    ("p", "1.1 This policy sets out how staff of Pennard Valley University Health Board (\"the Board\") may use generative artificial intelligence (AI) in their work. It helps staff use these tools safely and lawfully, protecting patients, colleagues and public trust."),
    ("p", "1.2 The policy reflects UK data protection law, the common law duty of confidentiality, the Welsh Language Standards that apply to the Board, and Welsh Government guidance to NHS Wales on ambient voice technologies."),
    ("p", "1.3 Generative AI can save time, but it can also produce content that is wrong or invented, and it can pass information to organisations outside the Board."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to everyone who works for or on behalf of the Board: employees, bank and agency workers, honorary contract holders, students, volunteers and contractors (together, \"staff\")."),
    ("p", "2.2 It covers any use of generative AI for Board business, on any device, whether the tool is provided by the Board, free online, paid for personally, or built into other software."),
    ("p", "2.3 It does not cover AI that forms part of a regulated medical device procured and deployed through the Board's clinical governance processes, such as AI-assisted image reporting in radiology. Those systems are governed by their own standard operating procedures."),

    ("h", "3. Definitions"),
    ("p", "3.1 Generative AI: software that creates text, images, audio, video or code in response to an instruction (a \"prompt\")."),
    ("p", "3.2 Board-Approved AI Service: an AI tool or feature listed on the AI Tools Register with a status of approved or restricted, used through a Board account."),
    ("p", "3.3 Public AI Service: any generative AI tool available to the public that is not being used as a Board-Approved AI Service, including free versions and personal paid subscriptions of tools such as ChatGPT, Gemini and Claude, and free web translation services."),
    ("p", "3.4 Embedded AI Feature: a generative AI function built into software that is not itself an AI tool, such as a writing assistant in email software, AI tools in design or photo software, or an AI feature added by a supplier to a clinical or corporate system."),
    ("p", "3.5 Ambient Voice Technology (AVT): software that listens to a conversation, usually a clinical consultation, and produces a transcript, summary, clinical note or letter from it. AVT is sometimes called an AI scribe."),
    ("p", "3.6 Patient-identifiable information: any information from which a patient could be identified, alone or combined with other information. It includes names, NHS numbers, hospital case record numbers, dates of birth, addresses and postcodes, photographs, and descriptions of unusual conditions or circumstances."),
    ("p", "3.7 Accountable Reviewer: the member of staff who uses an AI tool, or signs off work AI contributed to, and is responsible for the accuracy of the final output."),
    ("p", "3.8 AI Assurance Panel: the panel, reporting to the Digital Governance and Safety Group (DGSG), that assesses requests to use new AI tools, features and uses."),
    ("p", "3.9 AI Tools Register: the Board's list of assessed AI tools, giving each tool's status and the information tiers it may be used with."),

    ("h", "4. Information classification"),
    ("p", "4.1 All Board information falls into one of four tiers. The tier of the information, not the convenience of the tool, decides which AI services may be used with it. Where information falls into more than one tier, the higher tier applies. If you are unsure of the tier, treat the information as the higher tier and ask the Information Governance Hub."),
    ("p", "4.2 Tier 1 – Open (Agored): information that the Board has published or has approved for publication, such as published policies, patient information leaflets, public Board papers and national guidance."),
    ("p", "4.3 Tier 2 – Board Use (Defnydd y Bwrdd): the Board's own unpublished information that does not identify any individual, such as drafts, internal procedures, service plans and aggregate figures from which no individual can be identified."),
    ("p", "4.4 Tier 3 – Protected (Gwarchodedig): information that identifies staff, members of the public or other individuals outside a health or care context, such as HR and recruitment records and staff contact details; and other sensitive information, such as commercial and tender material, legal advice, and information received in confidence from partners."),
    ("p", "4.5 Tier 4 – Clinical Confidential (Cyfrinachol Clinigol): patient-identifiable information about health or care; any information about an individual's physical or mental health, including occupational health records and staff sickness records that describe a condition; safeguarding information about children or adults; information about the health, care or welfare of children and young people; and other special category and criminal offence data."),
    ("p", "4.6 Pseudonymised information, where identifiers have been replaced by codes but the Board or another party holds the key, stays in the tier of the original information. Information is treated as anonymised only when the Information Governance Hub has agreed that individuals cannot reasonably be re-identified. Removing names alone is not enough."),

    ("h", "5. Approved tools and the AI Tools Register"),
    ("p", "5.1 Staff may use only Board-Approved AI Services with Tier 2, Tier 3 or Tier 4 information, and only with the tiers given for that service on the AI Tools Register."),
    ("p", "5.2 Microsoft 365 Copilot Chat, used while signed in with a Board NHS Wales account so that the protected (green shield) indicator is shown, is approved for Tier 1 and Tier 2 information. It must not be used with Tier 3 or Tier 4 information."),
    ("p", "5.3 Microsoft 365 Copilot, the licensed version that works inside Word, Outlook, Teams, Excel and PowerPoint, is restricted to staff who hold a Board licence. Licence holders may use it with Tier 1, Tier 2 and Tier 3 information that they are entitled to access for their role. They must not use it with Tier 4 information, and must not prompt it to summarise, draft from or analyse emails, chats or documents that contain Tier 4 information."),
    ("p", "5.4 Public AI Services may be used only with Tier 1 information, for example to summarise a published guideline, to generate ideas for a staff event, or to improve the wording of text that is already public. They must not be used with Tier 2, Tier 3 or Tier 4 information, and staff must not register for them with a Board email address."),
    ("p", "5.5 Public AI Services must not be used to inform the assessment, diagnosis, treatment or management of any patient, whether or not the patient can be identified from the prompt."),
    ("p", "5.6 DeepSeek, and any other service the AI Tools Register marks as prohibited, must not be used for Board business on any device and must not be installed on Board devices."),
    ("p", "5.7 Any AI tool, app, browser extension or Embedded AI Feature that is not listed on the AI Tools Register must not be used for Board business until the AI Assurance Panel has assessed it under section 14. A tool's absence from the register does not mean that it is permitted."),
    ("p", "5.8 Embedded AI Features are not approved merely because the software they sit in is approved. Where a supplier adds a new AI feature to a Board system, staff must not use it until it appears on the register."),
    ("p", "5.9 Board-Approved AI Services may be used on personal devices only through the Board's managed Microsoft apps on a device enrolled in the Board's mobile device management, and only with Tier 1 and Tier 2 information. They must not be accessed through a web browser on a personal computer. AVT may be used only on Board-issued devices."),
    ("p", "5.10 Staff must not connect any AI service to Board systems or data through application programming interfaces (APIs), plug-ins, connectors or agents, or build their own AI assistants or agents (including in Copilot Studio or as custom GPTs), without the approval of the AI Assurance Panel."),
    ("p", "5.11 GitHub Copilot is restricted to staff in the Digital and Informatics Directorate who develop software, using a Board-managed licence. Prompts and code given to it must not contain Tier 3 or Tier 4 information, passwords, keys or other credentials."),

    ("h", "6. Putting information into AI tools"),
    ("p", "6.1 Before entering anything into an AI tool, staff must identify the tier of the information and confirm on the AI Tools Register that the tool is permitted for that tier."),
    ("p", "6.2 Staff must not enter Tier 4 information into any AI service other than AVT used in accordance with section 9, or a system that the AI Assurance Panel has approved for that specific purpose."),
    ("p", "6.3 Taking a patient's name off a document does not change its tier. Letters, referrals, discharge summaries, incident reports and complaint responses about a patient's care remain Tier 4 unless the Information Governance Hub has confirmed that they are anonymised."),
    ("p", "6.4 Staff must use only the minimum information the task needs."),
    ("p", "6.5 Information received in confidence from a third party, such as a manuscript or grant application sent for peer review, a supplier's tender or an embargoed Welsh Government paper, must not be uploaded to any AI service, even one approved for Tier 3, unless the owner of the information has agreed."),

    ("h", "7. Prohibited uses"),
    ("p", "7.1 In addition to the limits in sections 5 and 6, generative AI must not be used:"),
    ("p", "7.1(a) to determine, or to rank or score people for, any individual's eligibility, priority or suitability, including clinical prioritisation, waiting list order, continuing healthcare decisions, recruitment shortlisting, performance ratings and disciplinary outcomes;"),
    ("p", "7.1(b) to generate content for entry into a patient's health record, other than through AVT under section 9;"),
    ("p", "7.1(c) to create, alter or enhance clinical photographs, medical images or any image that may be relied on as evidence;"),
    ("p", "7.1(d) to imitate the voice, face or likeness of a real, identifiable person, including colleagues, patients and public figures, whether or not that person consents;"),
    ("p", "7.1(e) to create material that is discriminatory, harassing, sexually explicit or misleading;"),
    ("p", "7.1(f) to monitor, or to analyse the behaviour, productivity or communications of, individual members of staff."),

    ("h", "8. Human review and accountability"),
    ("p", "8.1 Every output of a generative AI tool must be checked by an Accountable Reviewer before it is relied on, shared or published. The reviewer must check facts, references and any clinical content, and is accountable for the output as if they had written it."),
    ("p", "8.2 AI output must never be the sole basis of a decision about a patient's care, a member of staff or a member of the public."),
    ("p", "8.3 Where AI has contributed to correspondence that will go to a patient, a member of the public, a coroner, a regulator or a court, including responses to requests under the Freedom of Information Act 2000, the final version must be approved by the manager or clinician who would normally sign it off."),

    ("h", "9. Ambient voice technology in clinical settings"),
    ("p", "9.1 AVT may be used only in services that the DGSG has authorised (\"AVT-enabled services\", listed on the intranet AVT page), using the AVT product named on the AI Tools Register, on a Board-issued device, by clinicians who have completed the training in clause 15.3."),
    ("p", "9.2 Before AVT is started, the clinician must tell the patient, and anyone accompanying them, that AVT will be used, explain what it does, and offer the choice to decline. Declining must not affect the patient's care. The clinician must record in the notes that AVT was used or declined."),
    ("p", "9.3 The clinician must review, correct and approve every AVT-generated note or letter before it is saved to the patient record or sent. Unreviewed AVT output must never be filed or sent."),
    ("p", "9.4 AVT must not be used:"),
    ("p", "9.4(a) while a safeguarding concern is being discussed or disclosed; if such a concern arises during a consultation, the clinician must pause AVT;"),
    ("p", "9.4(b) in Mental Health Act assessments or tribunal hearings;"),
    ("p", "9.4(c) for telephone or video consultations, unless the AVT-enabled service has been specifically authorised for remote consultations;"),
    ("p", "9.4(d) to capture conversations that are not clinical consultations, including multidisciplinary team meetings, clinical supervision and HR meetings."),
    ("p", "9.5 Staff must not download, copy or keep AVT audio or transcripts outside the patient record."),
    ("p", "9.6 Services that are not AVT-enabled and wish to use AVT must apply to the AI Assurance Panel through the AVT Programme Lead. No other AI scribe, transcription tool or recording app, including apps on personal phones, may be used to record, transcribe or summarise patient consultations."),
    ("p", "9.7 Speech recognition for dictation, where the clinician speaks the text themselves (such as Dragon Medical One), is not AVT and may continue to be used."),

    ("h", "10. Recording, transcription and meetings"),
    ("p", "10.1 Microsoft Teams transcription and Copilot meeting recaps may be used for Board meetings where the chair has told participants at the start that transcription is on and what the transcript will be used for, and no participant has objected."),
    ("p", "10.2 Transcription and AI recaps must not be used in meetings where Tier 4 information is discussed, including multidisciplinary team meetings, case reviews and safeguarding meetings, or in formal HR meetings such as disciplinary, grievance, capability and sickness absence meetings."),
    ("p", "10.3 Third-party note-taking bots, such as Otter.ai, Fireflies.ai and Read.ai, and the AI companions of other video-conferencing platforms, must not be used in, or admitted to, any meeting hosted by the Board. Staff may take part in meetings hosted by other organisations that use their own AI note-taker, but must not disclose Tier 3 or Tier 4 information while it is running."),
    ("p", "10.4 Transcripts and recaps are Board records. The organiser must check them for accuracy and manage them under the Records Management Policy."),

    ("h", "11. Transparency, labelling and images"),
    ("p", "11.1 Content that has been substantially produced by generative AI and is published or sent to patients or the public must say so, using the Board's standard statement: \"Prepared with the help of AI and checked by Pennard Valley University Health Board staff.\" The Welsh version of the statement must be used on Welsh text."),
    ("p", "11.2 AI-generated or AI-altered images, video and audio must be labelled as such wherever they are used, inside or outside the Board."),
    ("p", "11.3 Clinical letters produced with AVT do not need the statement in clause 11.1, because the patient is told about AVT during the consultation and the clinician approves the letter."),
    ("p", "11.4 Reports to the Board and its committees must state on the cover report whether generative AI was used in preparing them."),
    ("p", "11.5 Board-Approved AI Services may be used to create illustrations for internal or public materials, provided the images do not depict real, identifiable people, are not made to look like photographs of real patients, staff or Board premises, and are labelled under clause 11.2."),

    ("h", "12. Welsh language"),
    ("p", "12.1 The Board must treat the Welsh language no less favourably than English. AI must not reduce the quality or availability of Welsh-language services."),
    ("p", "12.2 Staff may use machine translation within Board-Approved AI Services, including Microsoft Translator in Microsoft 365, to understand the gist of Tier 1 and Tier 2 text written in Welsh or English."),
    ("p", "12.3 Any Welsh-language text that will be published, displayed, or sent to patients or the public, including signage, leaflets, web pages and social media posts, must be translated or checked by the Board's Translation Unit (Uned Gyfieithu). Where AI produced a first draft, the Translation Unit must be told. AI translation must not be published without this check."),
    ("p", "12.4 Staff who are fluent Welsh speakers (Level 4 or 5 on the Board's Welsh language skills framework) may use Board-Approved AI Services to help draft internal Tier 2 communications in Welsh, such as emails to colleagues, and check them themselves."),
    ("p", "12.5 Free web translation services, such as Google Translate and the free version of DeepL, are Public AI Services and may be used only with Tier 1 information."),
    ("p", "12.6 Letters and other information for an individual patient must not be put through any machine translation service. The Translation Unit translates Tier 4 material into Welsh; for other languages staff must use the Board's contracted interpreting and translation service."),
    ("p", "12.7 Any AI system that interacts with the public, such as a chatbot, must provide an equivalent service in Welsh and be assessed against the Welsh Language Standards before approval."),

    ("h", "13. Research and innovation"),
    ("p", "13.1 Staff may use Board-Approved AI Services to support research with Tier 1 and Tier 2 information, such as summarising published literature, drafting protocol text and writing lay summaries. References produced by AI must be checked against the original source."),
    ("p", "13.2 Any research study that uses generative AI with participants' data, or that evaluates an AI tool, must be approved through the Research and Development (R&D) Office, with ethics approval and a data protection impact assessment, before any data is used."),
    ("p", "13.3 Staff must follow the rules of funders, journals and publishers on the use of AI. AI must not be listed as an author, and manuscripts and grant applications received for peer review must not be uploaded to any AI tool (see clause 6.5)."),
    ("p", "13.4 Innovation projects and pilots involving generative AI must be registered with the AI Assurance Panel before they start, including where they use a tool already on the register for a new purpose."),

    ("h", "14. Procurement and new tools"),
    ("p", "14.1 No generative AI product, service or feature may be bought, trialled, accepted free of charge or switched on for Board use without assessment by the AI Assurance Panel. This includes free trials and supplier pilots."),
    ("p", "14.2 Requests are made through the Cyswllt Digidol service desk using the AI Assurance Request form. The Panel may require a data protection impact assessment, a clinical safety assessment (DCB0129 and DCB0160), confirmation of medical device status, Welsh language and equality impact assessments, and confirmation of where data is stored."),
    ("p", "14.3 Suppliers must not use Board information to train or improve their AI models unless the contract expressly allows it."),

    ("h", "15. Training"),
    ("p", "15.1 All staff who use generative AI for Board business must complete the AI Foundations e-learning module on ESR before first use, and refresh it every two years."),
    ("p", "15.2 Microsoft 365 Copilot licences are issued only to staff who have completed AI Foundations and the Copilot module."),
    ("p", "15.3 Clinicians must complete the AVT e-learning module and three supervised clinics before using AVT on their own."),

    ("h", "16. Incidents and concerns"),
    ("p", "16.1 Staff must report an incident on the Once for Wales Concerns Management System within one working day where Tier 3 or Tier 4 information has been entered into a tool not approved for it, AI output has caused or nearly caused harm, a significant AVT error has reached the patient record, or a prohibited tool has been used."),
    ("p", "16.2 Where Tier 3 or Tier 4 information has been entered into a tool not approved for it, staff must also tell the Information Governance Hub on the same day. Staff must not delete the conversation or account until the Hub has advised."),
    ("p", "16.3 Incidents reported in good faith are handled as learning. Deliberate or repeated breaches may be dealt with under the Disciplinary Policy."),

    ("h", "17. Matters awaiting decision"),
    ("p", "17.1 The DGSG has not yet decided the matters below. Until a decision is published, staff must not assume that the use is allowed, and should refer their question to the DGSG through the AI Assurance Panel."),
    ("p", "17.2 AVT in Welsh-language consultations: the accuracy of AVT in consultations held wholly or partly in Welsh has not yet been evaluated, and the DGSG has not decided whether, or on what terms, AVT may be used in them."),
    ("p", "17.3 Analysis of research datasets: whether generative AI may be used to analyse research datasets, including anonymised or pseudonymised data held in a trusted research environment, is under review with the R&D Office."),
    ("p", "17.4 Recording by patients: the Board has not agreed a position on patients, relatives or carers using their own AI recording or summarising apps during consultations."),

    ("h", "18. Roles and contacts"),
    ("p", "18.1 The Director of Digital and Informatics owns this policy. The DGSG approves register changes and decides the matters in section 17."),
    ("p", "18.2 AI Assurance Panel: requests for new tools, uses and pilots, and questions the policy does not answer. Email ai.assurance.pvuhb@wales.nhs.uk."),
    ("p", "18.3 Information Governance Hub: information tiers, anonymisation, impact assessments and information incidents. Email ig.hub.pvuhb@wales.nhs.uk or call extension 4410."),
    ("p", "18.4 Caldicott Guardian (the Medical Director): use of patient information."),
    ("p", "18.5 AVT Programme Lead (Chief Clinical Information Officer's team): AVT-enabled services, training and requests from new services."),
    ("p", "18.6 Translation Unit (Uned Gyfieithu): Welsh translation and checking. Email cyfieithu.pvuhb@wales.nhs.uk."),
    ("p", "18.7 Research and Development Office: research using AI, and the review in clause 17.3."),
    ("p", "18.8 Cyswllt Digidol service desk: Copilot licences and AI Assurance Request forms. Call extension 5000."),

    ("h", "Appendix A – Related documents"),
    ("p", "A.1 Information Governance Policy; Records Management Policy; Welsh Language Policy; Research Governance Policy; Disciplinary Policy."),
    ("p", "A.2 Welsh Health Circular WHC/2025/026 on ambient voice technologies; the Welsh Language Commissioner's regulatory policy statement on AI and the Welsh language."),
]

REGISTER = [
    # tool, aliases, status, data_allowed, conditions, clauses
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;Microsoft Copilot;Bing Chat Enterprise;Copilot web", "approved", "public;internal",
     "Sign in with your Board NHS Wales account and check the protected (green shield) indicator. Tier 1 (Open) and Tier 2 (Board Use) information only; never Tier 3 or Tier 4. Check every output before use.",
     ["5.2", "6.1", "8.1"]),
    ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot in Excel;Copilot in PowerPoint", "restricted", "public;internal;personal",
     "Board licence holders only (AI Foundations and Copilot module completed). Tier 1 to Tier 3 information you are entitled to access for your role; never Tier 4, and never summarise emails, chats or documents that contain Tier 4. Meeting recaps only under section 10.",
     ["5.3", "10.1", "10.2", "15.2"]),
    ("LlaisNodyn AVT", "AVT;ambient voice technology;AI scribe;ambient scribe;LlaisNodyn", "restricted", "public;internal;personal;special_category",
     "AVT-enabled services only, on Board-issued devices, by trained clinicians. Tell the patient and offer the choice to decline; record use in the notes; review and approve every note or letter before filing or sending. Not for safeguarding disclosures, Mental Health Act assessments or hearings, remote consultations (unless authorised) or meetings.",
     ["9.1", "9.2", "9.3", "9.4", "9.5", "9.6"]),
    ("Dragon Medical One", "Dragon;Dragon dictation;speech recognition;voice recognition", "approved", "public;internal;personal;special_category",
     "Dictation only, where the clinician speaks the text themselves, under the clinical dictation procedure. Not an AI scribe.",
     ["9.7"]),
    ("Microsoft Translator (Microsoft 365)", "Translator;Translate in Outlook;Translate in Word;Microsoft Translator", "restricted", "public;internal",
     "To understand the gist of Tier 1 and Tier 2 text. Welsh text for publication or for patients and the public must be translated or checked by the Translation Unit. Never for letters to individual patients.",
     ["12.2", "12.3", "12.6"]),
    ("GitHub Copilot", "Copilot for code;GitHub Copilot Business", "restricted", "public;internal",
     "Digital and Informatics Directorate developers with a Board-managed licence only. No Tier 3 or Tier 4 information, passwords, keys or credentials in prompts or code.",
     ["5.11"]),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4;GPT-5", "restricted", "public",
     "Public AI Service: Tier 1 (Open) information only. Do not register with a Board email address. Never to inform the assessment, diagnosis, treatment or management of a patient.",
     ["5.4", "5.5"]),
    ("Google Gemini", "Gemini;Bard;Gemini app", "restricted", "public",
     "Public AI Service: Tier 1 (Open) information only. Do not register with a Board email address. Never to inform patient care.",
     ["5.4", "5.5"]),
    ("Claude", "Anthropic Claude;Claude.ai", "restricted", "public",
     "Public AI Service: Tier 1 (Open) information only. Do not register with a Board email address. Never to inform patient care.",
     ["5.4", "5.5"]),
    ("Google Translate", "Google translation", "restricted", "public",
     "Free web translation is a Public AI Service: Tier 1 (Open) information only. Never for letters or information for an individual patient.",
     ["12.5", "12.6"]),
    ("DeepL", "DeepL Translator;DeepL free", "restricted", "public",
     "Free version is a Public AI Service: Tier 1 (Open) information only. Never for letters or information for an individual patient.",
     ["12.5", "12.6"]),
    ("DeepSeek", "Deep Seek;DeepSeek chat", "prohibited", "",
     "Do not use for Board business on any device; do not install on Board devices.",
     ["5.6"]),
    ("Otter.ai", "Otter;Otter assistant", "prohibited", "",
     "Third-party note-taking bot: not to be used in or admitted to Board meetings.",
     ["10.3"]),
    ("Fireflies.ai", "Fireflies;Fred notetaker", "prohibited", "",
     "Third-party note-taking bot: not to be used in or admitted to Board meetings.",
     ["10.3"]),
    ("Read.ai", "Read AI", "prohibited", "",
     "Third-party note-taking bot: not to be used in or admitted to Board meetings.",
     ["10.3"]),
    ("Grammarly", "Grammarly extension;Grammarly Premium", "prohibited", "",
     "Browser extension and Embedded AI Feature not approved by the AI Assurance Panel; sends text to the supplier. Do not install or use for Board business.",
     ["5.7"]),
]


def md_text():
    out = [f"# {TITLE}", "", "| | |", "| --- | --- |"]
    for k, v in CONTROL:
        out.append(f"| {k} | {v} |")
    out.append("")
    for kind, text in POLICY:
        if kind == "h":
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_heading(TITLE, level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in CONTROL:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    doc.add_paragraph("")
    for kind, text in POLICY:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Pennard Valley University Health Board"
    doc.save(path)


def register_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    for tool, al, status, data, cond, cl in REGISTER:
        w.writerow([tool, al, status, data, cond, ";".join(f"{STEM}.docx#{c}" for c in cl)])
    return buf.getvalue()


def clause_ids():
    ids = []
    for kind, text in POLICY:
        if kind == "h":
            m = re.match(r"(\d+)\.\s", text)
            if m:
                ids.append(m.group(1))
        else:
            m = re.match(r"((?:\d+|[A-Z])(?:\.\d+)+(?:\([a-z]\))?)\s", text)
            assert m, text
            ids.append(m.group(1))
    assert len(ids) == len(set(ids)), "duplicate clause ids"
    return ids


def main():
    os.makedirs(KN, exist_ok=True)
    os.makedirs(OR, exist_ok=True)
    build_docx(os.path.join(KN, f"{STEM}.docx"))
    with open(os.path.join(OR, f"{STEM}.md"), "w", encoding="utf-8") as f:
        f.write(md_text())
    reg = register_csv()
    for d in (KN, OR):
        with open(os.path.join(d, REG), "w", encoding="utf-8") as f:
            f.write(reg)
    ids = set(clause_ids())
    for row in REGISTER:
        for c in row[5]:
            assert c in ids, c
    with open(os.path.join(KN, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write(
            f"{STEM}.docx:\n"
            f"  title: {TITLE}\n"
            "  owner: Director of Digital and Informatics\n"
            "  version: \"1.3 (January 2026)\"\n"
            "  url: https://intranet.pennardvalley.wales.nhs.uk/policies/PVUHB-DIG-047\n"
            f"{REG}:\n"
            "  title: AI Tools Register\n"
            "  owner: AI Assurance Panel\n"
            "  version: \"January 2026\"\n"
            "  url: https://intranet.pennardvalley.wales.nhs.uk/digital/ai-tools-register\n"
        )
    words = sum(len(t.split()) for _, t in POLICY)
    print("policy words:", words, "clauses:", len(ids))


if __name__ == "__main__":
    main()
