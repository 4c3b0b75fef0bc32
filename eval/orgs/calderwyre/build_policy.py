"""Builds knowledge/ai-policy.docx and originals/ai-policy.md from one source text.

Run with: /work/main/.venv/bin/python build_policy.py
The register CSV (ai-tools-register.csv) is copied unchanged to knowledge/ and originals/.
"""
import os
import shutil

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = "Calderbrook and Wyre Ambulance Service NHS Trust: Use of Generative Artificial Intelligence Policy"
VERSION = [
    ("Document reference", "IG-POL-031"),
    ("Version", "1.2"),
    ("Approved by", "Information Governance and Digital Assurance Committee"),
    ("Date approved", "14 October 2026"),
    ("Next review", "October 2027, or sooner if national guidance changes"),
    ("Policy owner", "Senior Information Risk Owner (Director of Digital and Informatics)"),
    ("Applies to", "All staff, volunteers, bank workers, students and contractors"),
]

H, P, I, T = "h", "p", "i", "t"
BODY = [
    (H, "1. Introduction"),
    (P, "1.1 This policy sets out how people working for Calderbrook and Wyre Ambulance Service NHS Trust (the trust) may use generative artificial intelligence (generative AI) in their work. It covers chat assistants, writing aids, transcription and note-taking features, image tools and anything built on large language models."),
    (P, "1.2 The trust wants staff to benefit from these tools where they save time on routine work such as drafting, summarising and planning, so that more time is spent on patients and on each other. It also recognises that the tools can be wrong, can leak information and can be misused, and that the trust is accountable for what its staff produce."),
    (P, "1.3 The policy sits alongside the Information Governance Policy, the Information Security Policy, the Records Management Policy, the Social Media Policy and the Disciplinary Policy. Where this policy is silent, those policies still apply."),
    (P, "1.4 The list of tools the trust has assessed, and the conditions attached to each, is kept in the AI Tools Register (ai-tools-register.csv), which forms part of this policy."),

    (H, "2. Scope"),
    (P, "2.1 This policy applies to everyone who does work for the trust: employed staff in every directorate (A&E operations, the Emergency Operations Centre (EOC), NHS 111 and the Clinical Assessment Hub, Patient Transport Service (PTS), fleet and estates, corporate services), bank workers, volunteers including community first responders, students on placement, and contractors."),
    (P, "2.2 It applies whenever trust business is done, on trust devices and on personal devices, at work and away from work."),
    (P, "2.3 It does not cover AI that forms part of a medical device or clinical system procured and assured through the trust's clinical safety process (for example ECG interpretation on defibrillators). Those are governed by the Medical Devices Policy and the clinical safety standards DCB0129 and DCB0160."),
    (P, "2.4 It does not cover staff's private use of AI in their own time for their own purposes, provided no trust information is used."),

    (H, "3. Definitions"),
    (P, "3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt."),
    (P, "3.2 An approved tool is a tool listed in the register with the status approved. A restricted tool may be used only for the purposes, by the staff and with the data set out in its register entry. A prohibited tool must not be used for trust business."),
    (P, "3.3 Patient-identifiable information means any information from which a patient, caller or member of the public could be identified, alone or with other information the reader may have. It includes names, addresses, dates of birth, NHS numbers, CAD incident numbers, ePCR content, call recordings and descriptions of an incident that are specific enough to point to a person."),
    (P, "3.4 An agent is a generative AI tool set up to carry out tasks with some independence, such as reading a mailbox, updating a list or system, or sending messages on someone's behalf."),
    (P, "3.5 A browser extension is an add-on or plug-in installed in a web browser or an Office application."),
    (P, "3.6 Ambient voice technology means software that listens to a conversation between a clinician and a patient and drafts a clinical note from it."),

    (H, "4. Roles and responsibilities"),
    (P, "4.1 The Senior Information Risk Owner (SIRO) owns this policy and the risks arising from generative AI."),
    (P, "4.2 The Caldicott Guardian advises on any proposed use of patient information and must agree any new use of a tool with patient-identifiable information."),
    (P, "4.3 The AI Assurance Group (AIAG), chaired by the Chief Clinical Information Officer, reviews requests for new tools and new uses, maintains the register, and records the points this policy has not yet settled (section 11)."),
    (P, "4.4 The Digital Design Authority (DDA) approves anything that is built, configured or connected, including agents, integrations and use of the trust's Azure OpenAI service."),
    (P, "4.5 Managers must make sure their teams know this policy and that no unapproved tool is used in their area."),
    (P, "4.6 Every member of staff is responsible for checking that a tool and a use are allowed before starting, and for everything they produce with AI help."),

    (H, "5. Approved tools and the register"),
    (P, "5.1 The register is the authoritative list of tools. A tool's status, the kinds of information it may be used with and its conditions are those in the register at the time of use."),
    (P, "5.2 Microsoft 365 Copilot Chat is available to all staff. It must be used only while signed in with a trust (NHSmail) account so that the protected work mode is shown. It may be used with public and internal information only."),
    (P, "5.3 Microsoft 365 Copilot, which works inside Word, Outlook, Excel and Teams, is licensed to named staff only. Licences are issued once the Copilot e-learning module has been completed. Sharing a licensed session with an unlicensed colleague is not permitted."),
    (P, "5.4 Teams intelligent recap and transcription may be used in routine team and project meetings. The chair must announce it at the start and must switch it off if any attendee asks. It must not be used in the meetings listed in the register entry or in section 8.6. Recaps must be checked by the chair before they are circulated."),
    (P, "5.5 The approval of one product does not approve other products or versions from the same supplier. In particular:"),
    (I, "(a) the consumer Microsoft Copilot app, or Copilot used with a personal Microsoft account, is not Microsoft 365 Copilot Chat and must not be used for trust business;"),
    (I, "(b) the free, personal or paid individual versions of any AI product are not approved even where the trust has approved an enterprise version;"),
    (I, "(c) personal accounts must never be used for trust business, even for tasks involving only public information."),
    (P, "5.6 A tool that is not on the register must not be used for trust business until it has been approved under section 10. This includes free trials, demonstration accounts and tools offered by suppliers or partner organisations."),
    (P, "5.7 Suppliers increasingly add AI features to systems the trust already uses (for example rostering, fleet management or HR systems). A new AI feature in an existing system is not approved simply because the system is. System owners must tell the AIAG before such a feature is switched on, and staff must not use it until the AIAG has confirmed it may be used."),

    (H, "6. Clinical use"),
    (P, "6.1 Generative AI must not be used to make, inform or check any clinical decision. This includes call categorisation, triage, assessment, diagnosis, treatment, medicines and doses, decisions to convey or not convey, referral and discharge. Clinical decisions are made by clinicians using approved clinical systems and guidelines."),
    (P, "6.2 Staff must not use generative AI to provide clinical, triage or self-care advice to patients, callers, carers or other health professionals, whether directly or by passing on what a tool has produced."),
    (P, "6.3 Patient-identifiable information must not be entered, pasted, uploaded or dictated into any generative AI tool except one that the register allows to be used with special category information, and then only within that tool's conditions. At the date of this policy the only such tool is the ambient voice pilot described at 6.5."),
    (P, "6.4 Removing a patient's name does not make a record anonymous. Incident numbers, times, locations, ages and the circumstances of an incident can identify a person, particularly in local communities and where an incident has been in the news. Information about a patient must be treated as identifiable unless the Information Governance team has confirmed it is anonymised."),
    (P, "6.5 The Auralis ambient voice technology pilot runs in the Clinical Assessment Hub for remote consultations and with enrolled crews at Bramford and Kelsey Cross ambulance stations. Only clinicians who are enrolled in the pilot and have completed its training may use it. The patient must be told that it is in use and may decline. The clinician must read and correct the draft before it is saved to the electronic patient care record (ePCR) and remains the author of the record."),
    (P, "6.6 The ambient voice pilot must not be used:"),
    (I, "(a) on 999 call handling in the EOC or on NHS 111 call handling;"),
    (I, "(b) during a cardiac arrest, a major incident or any situation where attention to the tool would distract from care;"),
    (I, "(c) to prepare safeguarding referrals, which must be written by the clinician;"),
    (I, "(d) by any crew or at any location not named at 6.5."),
    (P, "6.7 Education staff may use Copilot Chat to draft teaching materials, quizzes and simulated scenarios, provided no real patient, call or incident is used or recognisable and the material is checked by a qualified educator. The CallSim Trainer may be used by the EOC Education team with synthetic scenarios only."),

    (H, "7. Data protection and information security"),
    (P, "7.1 Information is classed as public, internal, personal or special category, as set out in the Information Governance Policy. Each tool may be used only with the classes listed for it in the register."),
    (P, "7.2 Special category information includes health information about patients and staff, ethnicity, religion, sexuality, criminal offence information and safeguarding information. It must not be used with any tool that is not approved for it."),
    (P, "7.3 Copilot Chat may be used with public and internal information such as published guidance, draft procedures, rota templates with no names, and non-personal performance figures. It must not be given names, contact details, staff numbers or any other information that identifies a person."),
    (P, "7.4 Microsoft 365 Copilot may be used with personal information about staff or business contacts that is already held in the trust's Microsoft 365 environment, where the task needs it and the user is entitled to see it. It must not be used with patient clinical information or with staff health or occupational health information."),
    (P, "7.5 The following must not be entered into any generative AI tool:"),
    (I, "(a) passwords, access codes, keys and system configuration details;"),
    (I, "(b) information about security vulnerabilities, network design or the resilience arrangements of the EOC and computer-aided dispatch (CAD) system;"),
    (I, "(c) intelligence or information shared by the police, fire and rescue services or other partners under an information sharing agreement, unless that agreement allows it;"),
    (I, "(d) legally privileged information."),
    (P, "7.6 Any new use of personal information with a generative AI tool, including within an approved tool, requires a data protection impact assessment (DPIA) agreed by the Data Protection Officer before it starts."),
    (P, "7.7 If you enter information that should not have been entered, stop, do not try to delete it in the tool, and report it as an information governance incident as described at 12.3."),

    (H, "8. Activities not permitted with any tool"),
    (P, "8.1 The rules in this section apply to every tool, including approved and restricted tools, and whatever the information involved."),
    (P, "8.2 Generative AI must not be used to make, recommend or score decisions about individual people. This includes:"),
    (I, "(a) shortlisting, assessing or scoring job applicants and interview answers;"),
    (I, "(b) decisions or recommendations on performance, capability, sickness absence, disciplinary or grievance matters;"),
    (I, "(c) findings or outcomes of complaints and patient safety investigations;"),
    (I, "(d) eligibility for Patient Transport Service journeys or any other service a person is assessed for."),
    (P, "8.3 Generative AI must not be used to create, alter or imitate the image, video or voice of a real person, living or dead. This applies to staff, patients and members of the public, applies even where the person has agreed, and includes training material, recruitment campaigns and social media. Illustrative images of people who do not exist may be produced by the communications team in Canva Magic Studio and must be labelled as AI-generated."),
    (P, "8.4 Generative AI must not be used to obtain, prepare or check legal advice, to interpret legislation for a particular case, or to draft statements for coroners' inquests, claims, employment tribunals or other legal proceedings. Staff should contact Legal Services."),
    (P, "8.5 Generative AI must not be used to evaluate, score, compare or moderate tenders, quotations or supplier responses at any stage of a procurement. Staff may use Copilot Chat to help draft a specification from internal information, but evaluation must be carried out by the evaluation panel without AI assistance."),
    (P, "8.6 Conversations must not be recorded, transcribed or summarised by any AI tool without the knowledge of everyone taking part. AI transcription or recap must never be used in disciplinary, grievance, capability or sickness absence meetings, Freedom to Speak Up conversations, safeguarding meetings or patient safety incident investigation interviews."),
    (P, "8.7 Generative AI must not be used to monitor or profile individual members of staff, for example by analysing their emails, Teams messages, vehicle telematics or call-handling recordings to judge their behaviour or performance."),

    (H, "9. Accuracy, transparency and accountability"),
    (P, "9.1 Generative AI output can be confidently wrong. You must check anything produced with AI help for accuracy, bias and tone before you use it, and you are accountable for it as if you had written it yourself."),
    (P, "9.2 Content produced with substantial AI help and sent to patients or the public, including letters, complaint responses and Freedom of Information responses, must be reviewed and approved by the responsible manager under the usual sign-off arrangements."),
    (P, "9.3 Images, audio or video generated by AI and published by the trust must be labelled as AI-generated. Written content published by the trust does not need to be labelled, but the author must be able to explain how it was produced."),
    (P, "9.4 Generative AI output must not be presented as a source of fact in reports to the Board, regulators or commissioners without the facts being checked against the original source."),

    (H, "10. Approval of new tools, agents and extensions"),
    (P, "10.1 Anyone wishing to use a tool that is not on the register, or to use a listed tool for a purpose or with information its entry does not allow, must submit an AI tool request through the IT Service Desk. The AIAG will assess it, including a DPIA, a supplier assurance check against the Digital Technology Assessment Criteria (DTAC) and, where there is any clinical purpose, a clinical safety assessment under DCB0160."),
    (P, "10.2 Until the AIAG has approved the request and the register has been updated, the tool or use must not go ahead. Pilots, proofs of concept and \"just trying it out\" are not exempt."),
    (P, "10.3 Agents require DDA approval before they are built or used. Staff may create an agent in Copilot Chat for their own use only where it draws solely on public information or internal information they already have access to and takes no action outside the chat. Sharing an agent with others, connecting it to a mailbox or system, or allowing it to send, update or book anything requires DDA approval."),
    (P, "10.4 Browser extensions and Office add-ins with AI features must not be installed without approval through the IT Service Desk. This includes writing assistants, page summarisers, meeting note-takers and translation add-ins. The trust's standard browser blocks most extensions; finding a way around this is a breach of the Information Security Policy."),
    (P, "10.5 Anything built on a large language model's application programming interface (API), including scripts, reports, Power Automate flows and spreadsheets that call a model, must use the trust's Azure OpenAI service and must be approved by the DDA. Personal API keys and the public APIs of AI suppliers must not be used for trust work."),
    (P, "10.6 Research projects that use generative AI, including with anonymised data, must also have Research and Development approval and, where required, Health Research Authority approval."),

    (H, "11. Matters under review"),
    (P, "11.1 The points in this section have not yet been decided. Until the AIAG publishes a decision, staff should raise any question about them with the AIAG and must not treat this policy as allowing or forbidding the activity. Any decision will be added to the register or to this policy."),
    (P, "11.2 AI code assistants (such as GitHub Copilot) for the Business Intelligence and development teams are being assessed. No decision has been made on whether they may be used or under what conditions."),
    (P, "11.3 Whether AI translation apps may be used on scene or in the Clinical Assessment Hub to communicate with a patient when the commissioned interpreting service cannot be reached in time has not been decided. The clinical and information governance risks are being reviewed with the Patient Experience team."),
    (P, "11.4 Whether the ambient voice pilot will be extended to further stations, to NHS 111 or to the Patient Transport Service will be decided when the pilot evaluation reports in 2027."),
    (P, "11.5 The status of Copilot-generated meeting recaps and summaries as records under the Records Management Policy, including how long they must be kept and whether they are disclosable, is under review with the Records Manager."),
    (P, "11.6 The trust has not yet decided whether staff-side representatives may use trust-provided AI tools for trade union business."),

    (H, "12. Training, incidents and breaches"),
    (P, "12.1 All staff should complete the \"Using AI safely at CWAS\" e-learning module. Staff who hold a Microsoft 365 Copilot licence or take part in the ambient voice pilot must complete the training for that tool before using it."),
    (P, "12.2 Managers should discuss this policy with their teams and raise questions through the AIAG contacts in section 13."),
    (P, "12.3 Any incident involving generative AI, including entering information into a tool that is not allowed to receive it, output that has caused or nearly caused harm, or a tool behaving unexpectedly, must be reported on the trust's incident reporting system within 24 hours and to the Information Governance team."),
    (P, "12.4 A breach of this policy may be dealt with under the Disciplinary Policy. Deliberate or repeated use of prohibited tools with patient information may be treated as gross misconduct and may be reported to the Information Commissioner's Office and to professional regulators."),

    (H, "13. Contacts and review"),
    (P, "13.1 Questions about this policy, the register or a proposed use should be sent to the contacts below."),
    (T, [("Topic", "Contact", "How to reach them"),
         ("Whether a tool or use is allowed; AI tool requests", "AI Assurance Group", "AI tool request form on the IT Service Desk portal; aiag@cwas.nhs.uk"),
         ("Patient information, DPIAs, incidents", "Information Governance team and Data Protection Officer", "ig.team@cwas.nhs.uk; extension 4410"),
         ("Agents, integrations, Azure OpenAI", "Digital Design Authority", "dda@cwas.nhs.uk"),
         ("Ambient voice pilot", "Chief Clinical Information Officer's office", "avt.pilot@cwas.nhs.uk"),
         ("Legal advice", "Legal Services", "legal.services@cwas.nhs.uk; extension 4120"),
         ("Use of patient information (ethical and confidentiality questions)", "Caldicott Guardian", "caldicott@cwas.nhs.uk")]),
    (P, "13.2 This policy will be reviewed every twelve months by the SIRO, and sooner if national guidance, legislation or the trust's tools change. The register may be updated by the AIAG between reviews."),
]


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in VERSION:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = k, v
    doc.add_paragraph("")
    for kind, content in BODY:
        if kind == H:
            doc.add_paragraph(content, style="Heading 1")
        elif kind == P:
            doc.add_paragraph(content)
        elif kind == I:
            para = doc.add_paragraph(content)
            para.paragraph_format.left_indent = Pt(28)
        elif kind == T:
            t = doc.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for n, row in enumerate(content):
                cells = t.add_row().cells
                for c, val in zip(cells, row):
                    c.text = val
                    if n == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(path)


def build_md(path):
    out = [f"# {TITLE}", "", "| Field | Detail |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in VERSION]
    out.append("")
    for kind, content in BODY:
        if kind == H:
            out += [f"## {content}", ""]
        elif kind in (P, I):
            out += [content, ""]
        elif kind == T:
            out.append("| " + " | ".join(content[0]) + " |")
            out.append("|" + " --- |" * len(content[0]))
            out += ["| " + " | ".join(r) + " |" for r in content[1:]]
            out.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", "ai-policy.docx"))
    build_md(os.path.join(HERE, "originals", "ai-policy.md"))
    for sub in ("knowledge", "originals"):
        shutil.copyfile(os.path.join(HERE, "ai-tools-register.csv"),
                        os.path.join(HERE, sub, "ai-tools-register.csv"))
    words = sum(len(str(c).split()) for k, c in BODY if k != T) + len(TITLE.split())
    print("words (approx):", words)
