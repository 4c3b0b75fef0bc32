"""Build the Hartcliffe Constabulary GenAI policy as .docx (knowledge/) and .md (originals/).

Both files are generated from the single structure POLICY below, so the text and the
typed clause numbers are identical in the two. Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
STEM = "hartcliffe-genai-policy"

TITLE = "Use of Generative Artificial Intelligence (GenAI) – Force Policy"

META = [
    "Hartcliffe Constabulary",
    "Policy reference: HC/POL/IM/041",
    "Version: 1.3 (approved by the Data and AI Governance Board, February 2026)",
    "Policy owner: Director of Digital Services",
    "Protective marking: OFFICIAL – suitable for publication",
    "Next review: August 2026",
]

# ("h", text) numbered heading; ("p", text) numbered paragraph; ("b", text) bullet;
# ("a", text) appendix heading (not a clause).
POLICY = [
    ("h", "1. Purpose and status"),
    ("p", "1.1 This policy sets out how officers and staff of Hartcliffe Constabulary (\"the Force\") may use generative artificial intelligence in the course of their work. Its aim is to let colleagues benefit from these tools for everyday tasks while protecting the people we serve, the integrity of investigations and the Force's information."),
    ("p", "1.2 The policy supports the National Police Chiefs' Council Covenant for Using Artificial Intelligence in Policing and the Code of Ethics. It should be read with the Force Information Security Policy, the Data Protection Policy and the Government Security Classifications Policy as applied in the Force Information Handling Procedure."),
    ("p", "1.3 A failure to follow this policy may be dealt with under the Standards of Professional Behaviour for police officers and special constables, or under the Police Staff Conduct Procedure for police staff, PCSOs and volunteers."),
    ("p", "1.4 The policy is owned by the Director of Digital Services and governed by the Data and AI Governance Board (DAIGB), chaired by the Deputy Chief Constable."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to all police officers, special constables, police staff, police community support officers (PCSOs), Police Support Volunteers, contractors, agency workers and partner agency staff who have access to Force information or systems (together, \"users\")."),
    ("p", "2.2 It covers any use of generative AI in connection with Force business, on any device, whether Force-issued or personally owned, and whatever form the tool takes: a website, a mobile app, a feature built into other software, a browser extension, a meeting assistant, or a model reached through an application programming interface (API)."),
    ("p", "2.3 It does not cover AI systems that do not generate content, such as automatic number plate recognition, live or retrospective facial recognition, or analytical software used by specialist units; these are governed by their own authorities and procedures. Nor does it cover a user's use of AI in their private life where no Force information is involved."),
    ("p", "2.4 The same rules apply wherever the work is done. Working from home, on a personal phone or outside duty hours does not change what information may be entered into a tool."),

    ("h", "3. Definitions"),
    ("p", "3.1 \"Generative AI\" means software that produces new text, images, audio, video or computer code in response to a prompt, such as a chatbot, an image generator or a writing assistant."),
    ("p", "3.2 \"Force AI Workspace\" means Microsoft 365 Copilot Chat when the user is signed in with their Force account (@hartcliffe.police.uk) on a Force-managed device and the enterprise data protection shield is displayed. Copilot Chat used with a personal Microsoft account, or without the shield, is not the Force AI Workspace."),
    ("p", "3.3 \"Public-Domain Tool\" means any generative AI tool that is not the Force AI Workspace. This includes free and paid consumer services (for example ChatGPT, Gemini, Claude, Meta AI and Grok), AI features built into other software and websites, image and voice generators, browser extensions and mobile apps, whether used with a free, personal or paid account."),
    ("p", "3.4 \"Published Information\" means information that has already been lawfully made available to the public by the Force or another body: for example content on the Force website and social media channels, published policies and Freedom of Information disclosure log entries, legislation, published court judgments, College of Policing Authorised Professional Practice and published statistics. Information that is intended for publication but has not yet been published is not Published Information until it is published."),
    ("p", "3.5 \"Protected Material\" means any information that is not Published Information. It includes all information classified OFFICIAL that has not been published, everything marked OFFICIAL-SENSITIVE, and anything classified SECRET or TOP SECRET, whether or not a marking is shown on it."),
    ("p", "3.6 \"Operational Material\" means information about incidents, crimes, investigations, intelligence, custody, victims, witnesses, suspects, offenders and members of the public who contact or are contacted by the Force (including complainants and licence applicants), and information about an identifiable officer's or staff member's health, vetting, conduct, performance, grievance or welfare. For the purposes of this policy Operational Material is always treated as OFFICIAL-SENSITIVE, whatever marking it carries."),
    ("p", "3.7 \"Evidential Product\" means any document that is or may become evidence or part of a case file, including witness statements (MG11), pocket notebook and digital notebook entries, use of force statements, interview records, exhibit and continuity records and custody records."),
    ("p", "3.8 \"Human Reviewer\" means the user who entered the prompt. The Human Reviewer remains personally accountable for anything produced with generative AI that they use, share or rely on."),

    ("h", "4. Which tools may be used"),
    ("p", "4.1 Any Public-Domain Tool may be used for Force business, including free versions and personal accounts, provided that only Published Information, or no Force information at all, is entered into it and the rest of this policy is followed. The Force does not keep a list of approved Public-Domain Tools, and a tool does not need to be registered before it is used in this way."),
    ("p", "4.2 The Force AI Workspace is the only generative AI tool approved for Protected Material. It may be used with information classified OFFICIAL, subject to section 5. It must not be used with OFFICIAL-SENSITIVE information, Operational Material or anything classified SECRET or above."),
    ("p", "4.3 The Force AI Workspace may be used only on Force-managed laptops and desktops and on Force-issued smartphones. Users must not sign in to it from a personal device, including through a web browser, even where Force email is available on that device."),
    ("p", "4.4 Microsoft 365 Copilot features inside Word, Outlook, Excel, PowerPoint and Teams are licensed only to the Copilot Pilot Cohort named by Digital Services. Members of the Cohort may use them on the same terms as the Force AI Workspace. Other users must not buy, request from Microsoft or enable these features themselves."),
    ("p", "4.5 Users must not install AI software, apps, add-ins or browser extensions on Force devices. Requests for new software are made through the Service Desk and are subject to section 10."),
    ("p", "4.6 AI features in Force business systems, including the records management system, command and control, case preparation, duty management and HR systems, must not be switched on or used until the DAIGB has approved that feature for that system."),

    ("h", "5. What information may be entered"),
    ("p", "5.1 Before entering anything into a generative AI tool, users must ask whether it is Published Information. If it is, any tool may be used. If it is not, only the Force AI Workspace may be used, and only where the information is OFFICIAL and is not Operational Material."),
    ("p", "5.2 Only Published Information may be entered into a Public-Domain Tool. Removing names, anonymising, paraphrasing or summarising Protected Material does not turn it into Published Information: users must not describe an incident, investigation or person to a Public-Domain Tool even with identifying details taken out."),
    ("p", "5.3 The Force AI Workspace may be used with OFFICIAL internal material such as draft policies and procedures, internal emails and reports, management information that identifies no member of the public, training material, meeting notes, project documents and business cases. This material may include the names and work contact details of officers and staff acting in their work role."),
    ("p", "5.4 The following must not be entered into any generative AI tool, including the Force AI Workspace:"),
    ("p", "5.4(a) Operational Material, including anything taken from crime reports, incident logs, intelligence records, custody records, case files, body-worn video and recordings of 999 and 101 calls;"),
    ("p", "5.4(b) information about children and young people, adults at risk or safeguarding concerns, including referrals to or from partner agencies;"),
    ("p", "5.4(c) anything marked OFFICIAL-SENSITIVE, SECRET or TOP SECRET, and anything received from a partner agency with handling conditions attached;"),
    ("p", "5.4(d) information about tactics, covert methods, resourcing and deployment plans, the security of premises, or anything else whose disclosure could put a person at risk or undermine an operation;"),
    ("p", "5.4(e) information obtained from the Police National Computer, the Police National Database or any other national policing system;"),
    ("p", "5.4(f) passwords, access credentials, network details and system configurations."),
    ("p", "5.5 Where a user is not sure how information is classified, they must treat it as Protected Material and ask the information asset owner or the Information Assurance Unit before using it."),
    ("p", "5.6 Uploading a file, a screenshot or a photograph counts as entering the information it contains."),

    ("h", "6. Prohibited uses"),
    ("p", "6.1 Generative AI must not be used, in any tool, to:"),
    ("p", "6.1(a) make or recommend a charging decision, an out of court resolution or a decision to take no further action, or to write the rationale for such a decision;"),
    ("p", "6.1(b) write, draft, reword, translate or improve any Evidential Product, including an officer's own statement;"),
    ("p", "6.1(c) produce, evaluate or grade intelligence, including intelligence reports and assessments, or to analyse information in order to identify a suspect;"),
    ("p", "6.1(d) create, alter, enhance or age-progress an image of a real person's face, including composite images, stills from CCTV and photographs of suspects, missing people or colleagues;"),
    ("p", "6.1(e) write or send messages to the public on the Force's behalf during a critical incident, major incident or other live operational incident, including replies on Force social media accounts, web chat and holding statements;"),
    ("p", "6.1(f) assess the risk to or from an identified person, including domestic abuse risk assessments, missing person risk grading and threat to life assessments;"),
    ("p", "6.1(g) make or recommend decisions about individual officers or staff, including recruitment shortlisting, promotion, vetting, misconduct and performance outcomes;"),
    ("p", "6.1(h) carry out any part of the disclosure process for unused material, including reviewing material and preparing disclosure schedules;"),
    ("p", "6.1(i) imitate the voice, likeness or writing of a real person, including officers, staff and public figures."),
    ("p", "6.2 These prohibitions apply even where no Protected Material is entered into the tool."),
    ("p", "6.3 Paragraph 6.1(b) does not prevent trainers from using generative AI to create entirely fictitious example statements and scenarios for training, provided that no real case is used as a starting point and each document is marked \"TRAINING – FICTITIOUS\"."),

    ("h", "7. Human review and accountability"),
    ("p", "7.1 The Human Reviewer must check every output for accuracy, bias and completeness before relying on it or sharing it. Generative AI can invent facts, sources and quotations and can present them convincingly."),
    ("p", "7.2 Generative AI output must never be the sole basis for a decision that affects a member of the public or a colleague."),
    ("p", "7.3 Users may use generative AI to help them understand legislation, guidance and published procedures, for example while studying, but any legislation, case law or guidance it refers to must be checked against the original source before it is relied on."),
    ("p", "7.4 Staff in Digital Services may use Public-Domain Tools to help write, explain or debug computer code only where neither the prompt nor the code contains Protected Material, such as Force system names, network addresses, data structures or credentials. All such code must be reviewed under the normal change process before it is deployed."),

    ("h", "8. Transparency and labelling"),
    ("p", "8.1 Images, video and audio produced with generative AI and published by the Force must be approved by Corporate Communications before publication and must carry a visible label stating that they are AI-generated."),
    ("p", "8.2 Written content for publication that was drafted with generative AI and then reviewed and edited by the Human Reviewer does not need a public label, but the use of generative AI must be recorded on the Corporate Communications approval form. A translation of published material produced with generative AI must be checked by a fluent speaker before it is published."),
    ("p", "8.3 Where generative AI has produced a significant part of a paper submitted to the Chief Officer Group, the DAIGB or another decision-making board, the author must say so in the paper's document control section."),

    ("h", "9. Recording, transcription and meetings"),
    ("p", "9.1 Transcription in Microsoft Teams, and Copilot meeting recap for members of the Copilot Pilot Cohort, may be used in internal Force meetings where nothing above OFFICIAL is discussed, provided the chair tells attendees at the start of the meeting, anyone may ask for it to be switched off, and the transcript is kept only in the Force's Microsoft 365 environment."),
    ("p", "9.2 Transcription and recap must not be used in any meeting where Operational Material is discussed, such as shift briefings, daily management meetings, tasking and coordination meetings, case conferences, multi-agency risk assessment conferences, strategy meetings, misconduct hearings and grievance or welfare meetings."),
    ("p", "9.3 Third-party AI note-takers and meeting assistants, including bots that join online meetings and apps that record on a phone, must not be used in any Force meeting. Where a partner organisation's AI note-taker is present in a meeting at which Operational Material will be discussed, users must ask for it to be switched off or must not discuss that material."),
    ("p", "9.4 Generative AI must not be used to record, transcribe or summarise calls to the Force Contact Centre or control room, interviews, voicemails or any other conversation with a member of the public."),

    ("h", "10. Buying, trialling and building AI"),
    ("p", "10.1 Any proposal to buy, trial or build a generative AI capability, including switching on AI features in existing systems, connecting Force information to an AI model through an API, or building agents, custom GPTs or Copilot Studio agents, must be submitted to the AI Governance Lead. It needs a data protection impact assessment, a security assessment, an equality impact assessment and DAIGB approval before any Force information is used."),
    ("p", "10.2 Users must not accept a supplier's offer of a free trial or pilot of an AI product, or sign up to an AI service with a Force email address, without that approval."),
    ("p", "10.3 Subscriptions to Public-Domain Tools must not be bought with a Force purchasing card or claimed as expenses. A paid subscription does not change what information may be entered: a paid Public-Domain Tool is still a Public-Domain Tool."),

    ("h", "11. Images, voices and likeness"),
    ("p", "11.1 Generative AI may be used to create illustrative images, icons and diagrams that do not depict real people, for example for internal presentations and training material, in any tool, provided the prompt contains only Published Information."),
    ("p", "11.2 Images intended for publication are subject to paragraph 8.1. They must not show Force uniform, insignia, vehicles or the Force crest in a way that could be mistaken for a real photograph."),
    ("p", "11.3 Users must not generate images, video or audio that depict or imitate a real, identifiable person, and must not upload photographs or recordings of real people, including themselves, into any generative AI tool, for example to create avatars or professional headshots."),
    ("p", "11.4 Synthetic voices that are not based on a real person may be used to produce audio versions of Published Information for accessibility purposes, subject to paragraph 8.1."),

    ("h", "12. Matters not yet decided"),
    ("p", "12.1 The matters below have not been decided. Until the DAIGB publishes a decision, users must not assume that any of them is permitted, and questions about them should be sent to the AI Governance Lead, who will refer them to the DAIGB."),
    ("p", "12.2 Products that draft incident summaries or reports from body-worn video audio. The Force is taking part in a national evaluation, and no decision has been made on adoption. Outside the approved evaluation group they must not be used."),
    ("p", "12.3 Whether special constables and Police Support Volunteers will be given access to the Force AI Workspace. Licensing for these groups is under review."),
    ("p", "12.4 Real-time AI translation apps used to communicate with victims, witnesses, detained persons or other members of the public. Until a decision is made, officers should continue to use the Force's contracted interpreting service."),
    ("p", "12.5 Whether trained open source investigators may use generative AI to support open source research into identified people. The Open Source Research Procedure continues to apply in the meantime."),
    ("p", "12.6 AI coding assistants built into software development environments used by Digital Services."),

    ("h", "13. Training and support"),
    ("p", "13.1 Before being given access to the Force AI Workspace, users must complete the \"Using GenAI Safely\" e-learning module on Hartcliffe Learn, and must repeat it every year."),
    ("p", "13.2 No training is required before a Public-Domain Tool is used in line with paragraph 4.1, but the module is recommended for everyone."),
    ("p", "13.3 Each command and department has at least one AI Champion who can give practical advice. AI Champions cannot approve exceptions to this policy."),

    ("h", "14. Incidents and concerns"),
    ("p", "14.1 If Protected Material has been entered into a Public-Domain Tool, or Operational Material has been entered into any generative AI tool, the user must report it to the Information Assurance Unit as an information security incident immediately, and in any case within 24 hours, using the security incident form on the intranet."),
    ("p", "14.2 Users should delete the conversation where the tool allows it, but deleting it does not replace reporting and must not delay the report."),
    ("p", "14.3 Outputs that are discriminatory or offensive, or that show information the user would not expect to see, such as another person's documents in the Force AI Workspace, must be reported to the Service Desk and the AI Governance Lead."),
    ("p", "14.4 A user who believes a colleague is misusing generative AI should tell their line manager or the Professional Standards Department, or report it anonymously through the Integrity Line."),

    ("h", "15. Contacts and review"),
    ("p", "15.1 AI Governance Lead, Digital Services (ai.governance@hartcliffe.police.uk): questions about this policy, new tools and proposals, and the matters in section 12."),
    ("p", "15.2 Information Assurance Unit: how information is classified and handled, and information security incidents."),
    ("p", "15.3 Data Protection Officer: data protection impact assessments and questions about personal data."),
    ("p", "15.4 Corporate Communications: anything to be published, images, and Force social media."),
    ("p", "15.5 Service Desk: access to the Force AI Workspace, the Copilot Pilot Cohort and software requests."),
    ("p", "15.6 This policy will be reviewed by the DAIGB every six months, or sooner where the law, national guidance or the tools available change."),

    ("a", "Appendix A – Worked examples"),
    ("p", "A.1 Asking a Public-Domain Tool to summarise a published His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) report on the Force is permitted, because the report is Published Information."),
    ("p", "A.2 Asking the Force AI Workspace to tidy up a draft internal procedure for the property store is permitted, because the draft is OFFICIAL internal material."),
    ("p", "A.3 Pasting an incident log into the Force AI Workspace to write a handover note is not permitted, because the log is Operational Material."),
    ("p", "A.4 Asking any tool to improve the wording of your own statement is not permitted under paragraph 6.1(b), even if you type it out without names."),
]


def md_text():
    out = [f"# {TITLE}", ""]
    for line in META:
        out += [line, ""]
    for kind, text in POLICY:
        if kind in ("h", "a"):
            out += [f"## {text}", ""]
        elif kind == "b":
            out += [f"- {text}", ""]
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    for line in META:
        doc.add_paragraph(line)
    for kind, text in POLICY:
        if kind in ("h", "a"):
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Hartcliffe Constabulary – Digital Services"
    doc.save(path)


if __name__ == "__main__":
    build_docx(HERE / "knowledge" / f"{STEM}.docx")
    (HERE / "originals" / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    words = len(" ".join([TITLE] + META + [t for _, t in POLICY]).split())
    print("words:", words)
