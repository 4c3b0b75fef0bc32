"""Builds the Wolds and Coast Ambulance Service GenAI knowledge folder and originals."""
import csv, shutil, pathlib
from docx import Document
from docx.shared import Pt

OUT = pathlib.Path(__file__).parent
K, O = OUT / "knowledge", OUT / "originals"
STEM = "wcas-genai-policy"
TITLE = "Generative AI Acceptable Use Policy"
FRONT = [
    "Wolds and Coast Ambulance Service NHS Trust",
    "Policy reference: IG-027. Version 1.1, approved by the Clinical Safety and Information Governance Group on 14 October 2026. Policy owner: Head of Information Governance and Data Protection Officer. Next review: October 2027.",
]
# (heading, [paragraphs]) ; paragraph strings start with their typed number, or are bare lettered/unnumbered lines
S = [
("1. Purpose and scope", [
"1.1 This policy sets out how staff of Wolds and Coast Ambulance Service NHS Trust (the Trust) may use generative artificial intelligence (GenAI) tools, such as chatbots, writing assistants, transcription tools and image generators, in their work.",
"1.2 It applies to all employees, bank staff, volunteers, community first responders, students on placement and contractors who use Trust information or Trust systems, in the Emergency Operations Centre (EOC), NHS 111, A&E operations, Patient Transport Services, fleet, estates and corporate teams.",
"1.3 This policy does not cover AI built into regulated medical devices (for example ECG interpretation on defibrillators), which is governed by the Medical Devices Management Policy, or non-AI software.",
]),
("2. Roles and contacts", [
"2.1 The Clinical Safety and Information Governance Group (CSIGG) owns this policy and the AI Tools Register. It decides requests to approve new AI tools and questions this policy does not settle. It is chaired by the Chief Clinical Information Officer and meets monthly.",
"2.2 The Information Governance (IG) team, led by the Data Protection Officer, advises on data protection and Data Protection Impact Assessments (DPIAs). Contact: ig.team@wcas.nhs.uk or extension 4410.",
"2.3 Questions about this policy, or about whether a use is allowed, go to the AI governance mailbox, ai.governance@wcas.nhs.uk, which is monitored by the CSIGG secretariat.",
"2.4 Managers must make sure their teams know this policy and complete the \"Using AI safely\" module on the Trust's learning platform before using any AI tool for work.",
]),
("3. The AI Tools Register", [
"3.1 The AI Tools Register lists every GenAI tool assessed by CSIGG, its status (approved, restricted or prohibited), the kinds of information it may be used with, who may use it, and its conditions. The Register governs: a tool on the Register may be used only as its entry says.",
"3.2 A tool that is not on the Register must not be used for Trust work until CSIGG has approved it. Requests are made with the AI Tool Request form on the Hub, with a DPIA screening completed with the IG team. This includes free trials, browser extensions and apps that a supplier offers at no cost.",
"3.3 A restricted tool may be used only by the teams named in its Register entry and only for the purpose stated. Staff outside those teams must not use it, or ask a colleague in the team to run work through it for them.",
"3.4 A prohibited tool must not be used for any Trust work, on any device or account, even with public information.",
"3.5 New AI features switched on inside software the Trust already uses (for example an AI assistant added to a supplier's system) count as new tools and need CSIGG approval before they are used.",
]),
("4. Accounts and devices", [
"4.1 Approved tools must be used only while signed in with your Trust (NHSmail) account, on a Trust-managed device.",
"4.2 Staff must not use personal accounts of any AI tool, free or paid, for Trust work, and must not forward Trust information to a personal account in order to use AI on it.",
"4.3 Microsoft 365 Copilot Chat may be used on a personal smartphone or tablet only through the Trust's managed Microsoft apps on a device enrolled in the Trust's mobile device management scheme. Personal or special category information must not be entered into any AI tool from a personal device.",
"4.4 Mobile data terminals in vehicles and the ePR tablets carried by crews must not be used to access any GenAI tool.",
]),
("5. Information you may use with AI tools", [
"5.1 Public information (already published, or written to be published) may be used with any tool whose Register entry allows public information.",
"5.2 Internal information (the Trust's own unpublished information that identifies no person, such as draft procedures, non-personal performance figures and internal reports) may be used only with tools whose Register entry allows internal information.",
"5.3 Personal information about a patient, caller, member of staff or anyone else must not be entered into an AI tool unless its Register entry allows personal information, and then only within the limits of that entry.",
"5.4 Patient-identifiable information and other special category information must be used only in a tool whose Register entry allows special category information, by the team named there, for the purpose named there. This includes:",
"(a) patient records, ePR entries, clinical notes and handover information;",
"(b) 999 and NHS 111 call recordings and call transcripts;",
"(c) information about a person's health, ethnicity, religion or sexuality, and criminal offence information.",
"5.5 Removing a patient's name does not make information anonymous. An incident number, NHS number, address, postcode, or the date and time of a call can identify a patient and must be treated as patient-identifiable.",
"5.6 Safeguarding referrals and information about children and young people must not be entered into any GenAI tool, including restricted tools, other than the ePR Insight Summariser when used by the Clinical Audit team for an approved audit.",
"5.7 HR casework, including sickness absence reasons, occupational health information, grievances, disciplinary and capability matters, must not be entered into any GenAI tool.",
"5.8 Commercially sensitive information, such as supplier pricing, tender bids and contract negotiations, may be used only in Microsoft 365 Copilot Chat and must not be entered into any tool during a live procurement evaluation (see 6.8).",
"5.9 Information marked OFFICIAL-SENSITIVE, including major incident and business continuity plans, site and vehicle security arrangements, cyber security information and details of live investigations, must not be entered into any GenAI tool.",
]),
("6. Rules for particular activities", [
"6.1 GenAI must not be used in clinical triage, call prioritisation, dispatch decisions, or decisions about a patient's treatment, referral or conveyance. These decisions are made by clinicians and call handlers using the Trust's approved clinical decision support systems and JRCALC guidance.",
"6.2 GenAI must not be used to give clinical advice to 999 or NHS 111 callers, to patients, or to members of the public, or to write clinical advice that will be given to them.",
"6.3 GenAI must not be used to write, add to or change entries in a patient's clinical record.",
"6.4 GenAI must not be used to make, recommend or inform decisions in disciplinary, capability, grievance or fitness-to-practise matters, including referrals to the Health and Care Professions Council (HCPC), or in decisions about an individual's pay, promotion or performance rating.",
"6.5 In recruitment, staff may use Microsoft 365 Copilot Chat to draft job adverts, job descriptions and interview questions. GenAI must not be used to shortlist, score or assess applications, interviews or candidates.",
"6.6 GenAI must not be used to create or alter images, video or audio depicting real patients, staff, crews or members of the public, or to create realistic images of real incidents. Illustrative images that show no real person may be created with an approved tool for internal materials and must be labelled as AI-generated.",
"6.7 Meetings, supervisions and phone calls must not be recorded, transcribed or summarised with an AI note-taker unless the tool is approved for that use on the Register. AI meeting note-taker apps and bots are prohibited.",
"6.8 Microsoft 365 Copilot Chat may be used to help draft procurement specifications and tender questions. GenAI must not be used to evaluate, score or compare supplier bids, and bid documents must not be entered into any AI tool.",
"6.9 AI translation must not be used to communicate with patients or callers about their care; staff must use the Trust's contracted interpreting service. Non-clinical public information translated with AI must be checked by a qualified translator before it is published.",
"6.10 Any text, image or other content drafted with GenAI that will be published (on the Trust website or social media, in a press release, or in a patient or public leaflet) must be approved by the Communications team before publication, and must be labelled as AI-assisted where AI produced a substantial part of it.",
"6.11 Developers in Digital Services may use an approved code assistant as its Register entry says. Code produced with AI must be reviewed by a second developer before it is deployed, and credentials, live data and patient information must never be entered into a code assistant.",
"6.12 AI tools or agents must not be set up to take actions automatically, such as sending emails or messages, changing records, or booking or cancelling resources, without a person approving each action.",
"6.13 Staff are responsible for any work they produce with AI. They must check AI output for accuracy, bias and completeness before relying on it or sharing it.",
]),
("7. Matters not yet decided", [
"7.1 CSIGG has not yet decided whether the transcription and recap features built into Microsoft Teams may be used for internal Trust meetings. Until it decides, staff who wish to use them must ask CSIGG through the AI governance mailbox first.",
"7.2 CSIGG has not yet decided whether staff may use GenAI to help write reflective practice or CPD portfolio entries for professional registration. Until it decides, staff should seek advice from the AI governance mailbox.",
]),
("8. Reporting incidents", [
"8.1 If personal or special category information has been entered into a tool not approved for it, or AI output has been shared that contains such information, report it on Datix straight away and email the IG team at ig.team@wcas.nhs.uk within 24 hours.",
"8.2 If AI output may have affected patient care or clinical safety, report it on Datix as a clinical incident and inform the Clinical Safety Officer.",
"8.3 Staff can also raise concerns about AI use with the Freedom to Speak Up Guardian.",
]),
("9. Compliance", [
"9.1 Breaching this policy may lead to action under the Trust's Disciplinary Policy, and may have to be reported to the Information Commissioner's Office.",
]),
("10. Review", [
"10.1 This policy and the AI Tools Register are reviewed at least once a year, and sooner if the law, national NHS guidance or the tools available change.",
]),
]
APPX = ("Appendix A - Definitions", [
"A.1 Generative AI (GenAI) means software that produces text, images, audio, video or code in response to prompts.",
"A.2 Patient-identifiable information means any information from which a patient or caller could be identified, alone or with other information.",
"A.3 Trust-managed device means a computer, phone or tablet supplied and managed by Digital Services.",
])

def build_docx():
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading(TITLE, 0)
    for f in FRONT: d.add_paragraph(f)
    for h, paras in S + [APPX]:
        d.add_heading(h, 1)
        for p in paras:
            para = d.add_paragraph(p)
            if p.startswith("("):
                para.paragraph_format.left_indent = Pt(24)
    d.save(K / f"{STEM}.docx")

def build_md():
    lines = [f"# {TITLE}", ""] + [x for f in FRONT for x in (f, "")]
    for h, paras in S + [APPX]:
        lines += [f"## {h}", ""]
        for p in paras: lines += [p, ""]
    (O / f"{STEM}.md").write_text("\n".join(lines), encoding="utf-8")

P = "wcas-genai-policy.docx#"
REG = [
("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Copilot;Bing Chat Enterprise;Microsoft Copilot", "approved", "public;internal;personal",
 "All staff. Sign in with your Trust (NHSmail) account and check the green shield is shown. Personal information is limited to staff names, job titles and work contact details (for example drafting an email or meeting invitation); no patient information, no HR casework. Commercially sensitive information allowed except during a live procurement evaluation.",
 P+"5.3;"+P+"4.1;"+P+"5.8"),
("ePR Insight Summariser", "ePR summariser;ePR Insight;patient record summariser", "restricted", "internal;personal;special_category",
 "Clinical Audit team only, for audits approved by the Clinical Audit and Effectiveness Group. Read-only access to ePR records; summaries must be checked by a clinician in the team. Must not be used for the care of individual patients.",
 P+"5.4;"+P+"3.3;"+P+"6.3"),
("CallScribe QA", "CallScribe;call transcription tool;EOC transcription", "restricted", "internal;personal;special_category",
 "EOC Quality and Clinical Assurance team only, to transcribe and summarise recorded 999 and NHS 111 calls for retrospective quality audit. Not to be used on live calls or for triage or dispatch.",
 P+"5.4;"+P+"6.1;"+P+"3.3"),
("RotaFlow Optimiser", "RotaFlow;rota optimiser;rostering AI", "restricted", "internal;personal",
 "Rostering team only. May use staff names, contracted hours, skills, base station and approved leave. No sickness absence reasons or health information. Every rota must be checked and approved by a rostering manager before publication.",
 P+"3.3;"+P+"5.7;"+P+"6.12"),
("GitHub Copilot Business", "GitHub Copilot;Copilot for code;code assistant", "restricted", "public;internal",
 "Digital Services developers only, through the Trust's organisation licence. No credentials, live data or patient information. AI-produced code must be reviewed by a second developer before deployment.",
 P+"6.11;"+P+"3.3"),
("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4o", "prohibited", "",
 "Do not use for any Trust work, including the free and paid personal versions.", P+"3.4;"+P+"4.2"),
("Google Gemini", "Gemini;Bard;Google Bard", "prohibited", "", "Do not use for any Trust work.", P+"3.4"),
("DeepSeek", "Deep Seek", "prohibited", "", "Do not use for any Trust work or on any Trust device.", P+"3.4"),
("Claude", "Anthropic Claude;Claude.ai", "prohibited", "", "Free and personal versions must not be used for any Trust work.", P+"3.4;"+P+"4.2"),
("Otter.ai", "Otter;Fireflies;Read.ai;AI meeting note-taker;AI notetaker", "prohibited", "",
 "AI meeting note-takers must not be used in any Trust meeting, supervision or call, and must not be invited into Teams meetings.", P+"6.7;"+P+"3.4"),
]

def build_csv():
    with open(K / "ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["tool","aliases","status","data_allowed","conditions","clauses"])
        for r in REG: w.writerow(r)
    shutil.copy(K / "ai-tools-register.csv", O / "ai-tools-register.csv")

if __name__ == "__main__":
    build_docx(); build_md(); build_csv()
    shutil.copy(OUT / "staff-faq-ai.txt", K / "staff-faq-ai.txt")
    shutil.copy(OUT / "staff-faq-ai.txt", O / "staff-faq-ai.txt")
