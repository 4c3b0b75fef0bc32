#!/usr/bin/env python3
"""Build the Glenmorven HSCP generative-AI policy (.docx + same-text .md original)
and the staff FAQ (.txt, copied unchanged into originals/).

Run with /work/main/.venv/bin/python (python-docx needed)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
OR = HERE / "originals"
STEM = "glenmorven-hscp-genai-policy"

TITLE = "Glenmorven Health and Social Care Partnership: Use of Generative Artificial Intelligence - Staff Policy"

META = [
    ("Policy reference", "GHSCP/IG/014"),
    ("Version", "1.1"),
    ("Approved by", "Partnership Senior Leadership Team, on behalf of Glenmorven Integration Joint Board, NHS Glenmorven and Glenmorven Council"),
    ("Date approved", "3 February 2026"),
    ("Review date", "February 2027"),
    ("Policy owner", "Head of Digital and Information Governance, Glenmorven HSCP"),
    ("Applies to", "All staff working in Glenmorven Health and Social Care Partnership services, whatever their employer"),
]

# (kind, text): h = numbered heading, p = paragraph, b = bullet, ah = appendix heading
BODY = [
    ("h", "1. Introduction and purpose"),
    ("p", "1.1 Glenmorven Health and Social Care Partnership (\"the Partnership\") brings together staff employed by NHS Glenmorven and Glenmorven Council to deliver the health and social care services delegated to Glenmorven Integration Joint Board. This policy sets out when and how Partnership staff may use generative artificial intelligence (AI) in the course of their work."),
    ("p", "1.2 The Partnership's position is deliberately narrow. At the date of this policy only two products have been assured for Partnership work, and they are named in section 4. Everything else is out of bounds for Partnership work until it has been through the assurance route in section 11."),
    ("p", "1.3 This policy supplements, and does not replace, the information governance and acceptable use policies of NHS Glenmorven and Glenmorven Council, the Caldicott principles and the codes of practice of the professional regulators."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to everyone who works for or on behalf of the Partnership, whatever their employer: NHS Glenmorven and Glenmorven Council employees working in delegated services, bank and sessional staff, agency workers, students on placement, volunteers, and contractors with access to Partnership systems or information."),
    ("p", "2.2 It applies to any use of generative AI in connection with Partnership work, whether on a Partnership device or a personal one, and whether or not the product is free."),
    ("p", "2.3 Independent contractors (including GP practices, community pharmacies, dental and optometry practices) and commissioned third sector and independent care providers follow their own policies. Where they use Partnership systems or information under an agreement with the Partnership, that agreement sets the rules."),
    ("p", "2.4 This policy does not govern what you do with AI in your private life, provided no Partnership information is involved and you do not present the output as Partnership work."),
    ("p", "2.5 This policy covers generative AI only. Clinical decision-support software and medical devices that include AI are outside its scope and are governed by NHS Glenmorven's clinical safety arrangements."),

    ("h", "3. Definitions"),
    ("p", "3.1 Generative AI means software that produces new text, summaries, images, audio, video or computer code in response to a prompt or a recording."),
    ("p", "3.2 Approved Product means one of the two products named in 4.1, used in the way section 4 describes. No other product, version or feature is an Approved Product."),
    ("p", "3.3 Partnership Account means the work account issued to you by NHS Glenmorven (an nhs.scot account) or by Glenmorven Council (a glenmorven.gov.uk account). Personal Microsoft, Google or Apple accounts are not Partnership Accounts."),
    ("p", "3.4 Unassured AI means any generative AI that is not an Approved Product. It includes free and paid consumer chatbots, the same products when signed in with a personal account, mobile apps, browser extensions and add-ins, AI features inside other software, and AI note-takers that join online meetings."),
    ("p", "3.5 Open Information means information that has been published by the Partnership or its partner bodies, or is intended for publication and cleared for it, and other information already in the public domain."),
    ("p", "3.6 Partnership Working Information means the Partnership's own unpublished information that does not identify any living person: draft policies and procedures, internal guidance, service plans, budget and performance figures, and aggregated data prepared to the standard in Appendix A."),
    ("p", "3.7 Protected Information means any information from which a living person could be identified, directly or from the circumstances described. This covers service users, patients, unpaid carers, family members and members of the public, and staff where the information concerns their employment (for example absence, grievance, disciplinary, capability or occupational health matters). Names, job titles and work contact details of staff and partner officers used in ordinary business correspondence are not Protected Information for the purposes of this policy."),
    ("p", "3.8 Highly Protected Information means Protected Information about a person's physical or mental health, their care and support or their social circumstances, and anything held in, or destined for, a health or social care record. It includes all Adult Support and Protection, child protection and Children's Hearings material, Mental Health Officer reports, criminal justice social work reports, adoption and fostering records, and information about a person's ethnicity, religion, sexuality or offending."),
    ("p", "3.9 Consequential Output means Generated Material that is used in, or to inform, a decision about a person; that is added to a health or social care record; or that is released outside the Partnership, including to the public, a court, a Children's Hearing or a regulator."),
    ("p", "3.10 Generated Material means anything produced in whole or in part by generative AI."),
    ("p", "3.11 AI Oversight Group (AIOG) means the Partnership group, chaired by the Chief Officer's nominee, that assures AI products, decides questions this policy leaves open and keeps the Partnership AI register."),
    ("p", "3.12 Pilot Cohort means the teams and named practitioners enrolled by the AIOG in the Notewise Care pilot, as listed in 9.2 and on the pilot page of the Partnership intranet."),

    ("h", "4. Approved Products"),
    ("p", "4.1 Two products are approved for Partnership work:"),
    ("p", "(a) Microsoft 365 Copilot Chat, wherever it is offered to you (in Microsoft Edge, the Microsoft 365 app, Teams or Windows) while you are signed in with your Partnership Account and the green shield is showing to confirm enterprise data protection (\"Copilot Chat\"); and"),
    ("p", "(b) Notewise Care, the ambient recording and note-drafting application supplied to the Pilot Cohort on Partnership-issued devices (\"Notewise\"), used only as section 9 describes."),
    ("p", "4.2 All other generative AI is Unassured AI and must not be used for Partnership work, with any Partnership information, or on a Partnership device. This applies even where the information is Open Information and even where the task seems trivial."),
    ("p", "4.3 Copilot used without signing in, signed in with a personal account, or without the green shield is Unassured AI. So are the consumer Copilot mobile app signed in with a personal account, and GitHub Copilot."),
    ("p", "4.4 Copilot Chat appearing in the side pane of Word, Excel, PowerPoint or Outlook for your Partnership Account is part of Copilot Chat and may be used on the same terms. Features that need a Microsoft 365 Copilot licence are not Approved Products, and no licences have been issued: these include Copilot in Teams meetings, intelligent recap, and Copilot working across your mailbox, calendar, chats or OneDrive."),
    ("p", "4.5 Copilot Chat may be used on a personal smartphone or tablet only through the Microsoft 365 or Teams app enrolled in the Partnership's mobile device management, signed in with your Partnership Account. Notewise must only be used on a Partnership-issued device."),
    ("p", "4.6 Staff must not create, publish or share Copilot agents, connect Copilot Chat to other systems or data sources, or use features that act on your behalf, unless the AIOG has approved the agent or feature in writing. This includes agents built with Copilot Studio."),

    ("h", "5. What information may be used"),
    ("p", "5.1 Copilot Chat may be used with Open Information and Partnership Working Information."),
    ("p", "5.2 Protected Information and Highly Protected Information must not be entered into Copilot Chat, whether typed, pasted, dictated, uploaded in a file, or included in a screenshot or photograph."),
    ("p", "5.3 Removing names does not make case material safe. A case summary, chronology, assessment, referral, letter or set of notes about an individual remains Highly Protected Information after names, dates of birth and CHI numbers are removed, because people can be recognised from their circumstances, particularly in our smaller communities. Staff must not edit individual case material in an attempt to make it suitable for Copilot Chat."),
    ("p", "5.4 Staff may use Copilot Chat to write about an invented or composite scenario, for example for training material, provided it is not based on a recognisable real case."),
    ("p", "5.5 Documents marked OFFICIAL-SENSITIVE, commercially confidential tender material, legal advice, and information shared with the Partnership in confidence by another body (for example Police Scotland or the Scottish Children's Reporter Administration) must not be entered into Copilot Chat, even where no person is identified."),
    ("p", "5.6 Notewise may process Highly Protected Information, but only within the Pilot Cohort and in the circumstances allowed by section 9."),
    ("p", "5.7 If you are unsure which category information falls into, treat it as the higher category and ask your line manager or the Information Governance team before going further."),

    ("h", "6. Prohibited uses"),
    ("p", "6.1 Generated Material must not be the basis on which a decision about a person is taken. In particular, no AI product may be used to decide, score or recommend whether a person is eligible for a service, the level or cost of a care package, or a person's priority on a waiting list."),
    ("p", "6.2 No AI product may be used to assess risk to or from an individual, including inquiries and risk assessments under the Adult Support and Protection (Scotland) Act 2007, child protection risk assessments, and assessments for detention or compulsory measures under mental health legislation."),
    ("p", "6.3 Staff must not use any AI product to:"),
    ("p", "6.3(a) shortlist, score or rank job applicants, or assess a member of staff's performance, attendance or conduct;"),
    ("p", "6.3(b) generate or interpret clinical information about an individual, such as medication doses, possible diagnoses, or the assessment of a wound or skin condition from a photograph;"),
    ("p", "6.3(c) monitor or profile staff, service users or members of the public, including by analysing their messages or social media;"),
    ("p", "6.3(d) create material that is discriminatory, misleading or offensive, or that could bring the Partnership into disrepute;"),
    ("p", "6.3(e) get round Partnership security controls, for example by sending Partnership information to a personal email account or device in order to use it with Unassured AI."),
    ("p", "6.4 Staff must not use AI to produce or alter photographs, recordings or documents that may be relied on as evidence in court, Children's Hearing, Mental Health Tribunal or disciplinary proceedings."),

    ("h", "7. Human review and professional accountability"),
    ("p", "7.1 You are responsible for anything you produce with AI, as if you had written it yourself. Professional registration duties (for example with the SSSC or NMC) apply in full."),
    ("p", "7.2 Every piece of Generated Material must be read and checked for accuracy, completeness, tone and bias by the person using it before it is relied on or shared. AI products can produce confident statements that are wrong, including invented references, legislation and case law."),
    ("p", "7.3 Consequential Output must also be checked against the source material by a person with the professional competence to judge it. A note drafted by Notewise must be read in full, corrected and approved by the practitioner who carried out the contact before it is saved to the record; a note must never be saved without that approval."),
    ("p", "7.4 Do not rely on Copilot Chat as a source of legal, clinical or social work advice. Check statutory duties, guidance and case law against the original source or with the relevant professional lead."),

    ("h", "8. Transparency and labelling"),
    ("p", "8.1 Internal working drafts produced with Copilot Chat, for example a first draft of an email, briefing or procedure that you then revise, do not need to be labelled."),
    ("p", "8.2 Generated Material released outside the Partnership in substantially the form the AI produced it (for example a public information leaflet, web text, a survey summary or a report to the Integration Joint Board), and any image generated by AI, must carry the statement \"Prepared with the assistance of AI and checked by Glenmorven HSCP staff\" or an equivalent note agreed with the Communications team."),
    ("p", "8.3 Before Notewise is used in a contact, the practitioner must explain to the person, and to any carer or family member present, that an AI tool will record the conversation to help write the note, and must record their agreement. If the person declines, Notewise must not be used. If the practitioner considers that the person cannot understand the explanation, Notewise must not be used unless a guardian or attorney with relevant powers under the Adults with Incapacity (Scotland) Act 2000 agrees on their behalf."),
    ("p", "8.4 A record produced with Notewise must show that Notewise was used, by keeping the standard footer the application adds. The footer must not be removed."),

    ("h", "9. Recording, transcription and the Notewise pilot"),
    ("p", "9.1 Only members of the Pilot Cohort who have completed the Notewise training may use Notewise. Logins must not be shared or lent."),
    ("p", "9.2 At the date of this policy the Pilot Cohort is: the Adult Social Work locality teams (North and East), the Community Mental Health Team (Glenmorven Central) and the District Nursing team (West). The AIOG may add teams; additions are published on the intranet pilot page."),
    ("p", "9.3 Notewise may be used for planned contacts with adults: assessments and reviews of care and support, home visits, clinic appointments, and multi-agency meetings about a person's care where every participant has agreed."),
    ("p", "9.4 Notewise must not be used:"),
    ("b", "in any inquiry, interview, visit or case conference held under the Adult Support and Protection (Scotland) Act 2007;"),
    ("b", "in any contact with or about a child under 16, including child protection and Children's Hearings work;"),
    ("b", "during a Mental Health Officer assessment, unless and until a decision under 14.2 allows it;"),
    ("b", "for telephone calls, unless the call is made through the Notewise application itself;"),
    ("b", "to record meetings between staff only, such as supervision, team meetings, or HR meetings."),
    ("p", "9.5 Audio is deleted automatically once the practitioner approves the note, and in any event after 14 days. The transcript is not part of the record and must not be copied into it; only the approved note is saved."),
    ("p", "9.6 Outside the Notewise pilot, staff must not use any AI product to record, transcribe or summarise meetings, calls or conversations. Microsoft Teams' standard live captions and transcription, which produce a verbatim transcript rather than an AI-written summary, are not treated as generative AI under this policy and may be used in line with the partner bodies' meeting recording guidance."),
    ("p", "9.7 Where an external participant brings an AI note-taker or meeting assistant (for example Otter, Fireflies or Read.ai) into a Partnership meeting, the chair must ask for it to be removed before any Protected Information is discussed. If it is not removed, the item should be deferred or the meeting rescheduled."),

    ("h", "10. Images, voice and likeness"),
    ("p", "10.1 Copilot Chat may be used to create illustrations, icons and diagrams for internal presentations, training material and posters, provided the prompt contains no Protected Information and the image does not depict a real, identifiable person."),
    ("p", "10.2 Staff must not upload photographs of patients, service users, carers, staff or their homes into any AI product, and must not use AI to generate, alter or imitate the face, body or voice of a real person (including digital avatars of staff for training videos), whether or not the person consents."),
    ("p", "10.3 AI-generated images intended for public-facing material, including social media, the Partnership website, leaflets and recruitment campaigns, must be approved by the Partnership Communications team before publication and labelled under 8.2."),
    ("p", "10.4 AI voice generation and voice-cloning tools are Unassured AI."),

    ("h", "11. Procurement and introducing new AI"),
    ("p", "11.1 Anyone who wants to use a generative AI product that is not an Approved Product, or to use an Approved Product in a way this policy does not cover, must submit an AI Assurance Request to the AIOG. The product must not be used, trialled or demonstrated with Partnership information until the AIOG has approved it."),
    ("p", "11.2 The AIOG will require, as appropriate: a Data Protection Impact Assessment agreed by the Data Protection Officers of NHS Glenmorven and Glenmorven Council; an information security assessment; a clinical safety or professional practice assessment; an equality impact assessment; and an entry in the Partnership AI register."),
    ("p", "11.3 This also applies to AI features added to software the Partnership already uses, for example a case management system, Adobe Acrobat, Zoom, Canva or a survey platform, and to free trials offered by suppliers. The presence of an AI feature in licensed software does not mean it is approved; such features must stay switched off until the AIOG has approved them."),
    ("p", "11.4 Procurement of any product with generative AI functionality must follow the procurement rules of the body buying it, and contracts must prohibit the supplier from using Partnership information to train its models."),

    ("h", "12. Training"),
    ("p", "12.1 Before using Copilot Chat for Partnership work, staff must complete the \"Using AI Safely\" e-learning module, on TURAS Learn for NHS Glenmorven employees or on GlenLearn for Glenmorven Council employees, and must refresh it every two years."),
    ("p", "12.2 Notewise users must also complete the supplier's training and the Partnership's pilot induction."),
    ("p", "12.3 Students on placement may use Copilot Chat for Partnership work only if they have been issued a Partnership Account and have completed the module in 12.1. A university's or college's guidance on AI applies to the student's academic work, not to Partnership information. Line managers and practice educators must confirm the required training has been completed before use."),

    ("h", "13. Incidents"),
    ("p", "13.1 If Protected Information or Highly Protected Information has been entered into Unassured AI, or into Copilot Chat contrary to section 5, tell your line manager immediately and report it as an information governance incident on the same working day, using Datix (NHS Glenmorven employees) or the Council's information security incident form (Glenmorven Council employees)."),
    ("p", "13.2 Do not try to put things right yourself by contacting the AI provider, deleting accounts or asking the AI to forget the information. The Information Governance team will advise, and will decide whether the incident must be reported to the Information Commissioner's Office within 72 hours."),
    ("p", "13.3 Report inaccurate Generated Material that reached a record, a service user or a decision in the same way, and tell the AIOG."),
    ("p", "13.4 Failure to follow this policy may be dealt with under the relevant employer's disciplinary procedure and may also be referred to a professional regulator."),

    ("h", "14. Matters not yet decided"),
    ("p", "14.1 Translation. Whether Copilot Chat may be used to translate Open Information or Partnership Working Information into other languages, or into Easy Read, for issue to the public or to service users has not been decided. This policy takes no general position; each proposal must be referred to the AIOG."),
    ("p", "14.2 Mental Health Officer assessments. Whether Notewise may be used by Mental Health Officers in the Pilot Cohort during assessments under the Mental Health (Care and Treatment) (Scotland) Act 2003, or in preparing social circumstances reports, is under discussion with the Chief Social Work Officer and the Mental Welfare Commission for Scotland. No decision has been made; any proposed use must be raised with the AIOG."),
    ("p", "14.3 Assistive technology. How this policy applies to AI-based assistive software provided to a member of staff as a reasonable adjustment (for example dictation, reading or writing support tools with generative features) has not been settled. Such requests should be made to the AIOG, supported by the member of staff's manager and Occupational Health, and will be considered case by case."),
    ("p", "14.4 Research. Use of generative AI to analyse data in research projects, including qualitative interview data, needs the approval of the AIOG in addition to NHS Glenmorven Research and Development and ethics approval. The AIOG has not yet set standard conditions for research use."),

    ("h", "15. Roles and contacts"),
    ("p", "15.1 The Chief Officer of Glenmorven Integration Joint Board is accountable for this policy. The AIOG, which includes both Data Protection Officers and the Caldicott Guardian, maintains it."),
    ("p", "15.2 Whether a particular use is allowed, and AI Assurance Requests: the AIOG, at ai.oversight@glenmorvenhscp.org.uk."),
    ("p", "15.3 Information categories, Data Protection Impact Assessments and incidents: the Information Governance team of your employer."),
    ("p", "15.4 Access to Copilot Chat, the green shield, sign-in problems and device enrolment: the Digital Services Service Desk."),
    ("p", "15.5 The Notewise pilot, including requests for a team to join it: your team's pilot champion, or the Notewise pilot lead in the Partnership Transformation team."),
    ("p", "15.6 Professional practice questions: the Chief Social Work Officer for social work and social care, or the Chief Nurse and Associate Medical Director for health services."),

    ("h", "16. Review"),
    ("p", "16.1 This policy will be reviewed within twelve months, or sooner if the AIOG approves a new product, the Notewise pilot concludes, or national guidance changes."),

    ("ah", "Appendix A - Information categories in practice"),
    ("p", "A.1 Open Information: the published Integration Joint Board Strategic Plan and board papers, published Care Inspectorate and Healthcare Improvement Scotland reports, NHS inform pages, legislation and national guidance."),
    ("p", "A.2 Partnership Working Information: a draft procedure, unpublished budget papers, an internal service redesign proposal, and aggregated service figures where no count is below 5 and no person could be picked out."),
    ("p", "A.3 Protected Information: a member of staff's sickness absence record, grievance or disciplinary papers, a complaint letter from a named member of the public, a list of carers' names and addresses, and job applications."),
    ("p", "A.4 Highly Protected Information: case notes, an Adult Support and Protection referral, a Mental Health Officer's social circumstances report, a child's plan, a criminal justice social work report, a GP letter, a hospital discharge summary, and worksheets completed with the Partnership's case file reading template (based on the former Social Work Inspection Agency (SWIA) model) during case file audits."),
]


FAQ_TITLE = "Glenmorven HSCP - Generative AI: staff questions and answers"
FAQ_INTRO = ("This page answers the questions the AI Oversight Group is asked most often. It explains the "
             "Partnership's Use of Generative Artificial Intelligence Staff Policy (GHSCP/IG/014). If anything "
             "here differs from the policy, the policy applies. Last updated February 2026.")
FAQ = [
    ("Which AI tools can I use for work?",
     "Two, and only two. Microsoft 365 Copilot Chat, when you are signed in with your nhs.scot or "
     "glenmorven.gov.uk account and the green shield is showing. And Notewise Care, but only if your team is "
     "in the Notewise pilot and you have done the training. Nothing else is approved for Partnership work (policy 4.1 and 4.2)."),
    ("Can I use ChatGPT, Gemini or Claude if I don't put any personal information in?",
     "No. These are Unassured AI. The rule is about the tool, not only the information: you must not use "
     "them for Partnership work at all, even for published material or something that seems harmless, and "
     "you must not install or use them on a Partnership device (policy 4.2). The same applies to paid "
     "personal subscriptions."),
    ("How do I know I'm using the right Copilot?",
     "Look for the green shield near the top of the Copilot window. It shows that enterprise data protection "
     "is on and that you are signed in with your Partnership Account. If there is no shield, or you are "
     "signed in with a personal Microsoft account, or not signed in at all, it is not Copilot Chat for our "
     "purposes and you must not use it for work. If the shield is missing on a work device, contact the "
     "Digital Services Service Desk."),
    ("I can see Copilot in Word and Outlook. Can I use it?",
     "The Copilot Chat side pane in Word, Excel, PowerPoint and Outlook is fine, on the same terms as "
     "Copilot Chat anywhere else. The Partnership has not bought Microsoft 365 Copilot licences, so features "
     "that need one, such as Copilot in Teams meetings, intelligent recap and Copilot searching your "
     "mailbox, are not approved (policy 4.4)."),
    ("Can I use Copilot Chat on my own phone?",
     "Only through the Microsoft 365 or Teams app set up through the Partnership's mobile device management "
     "and signed in with your work account. Not through a browser on your own phone, and not through the "
     "consumer Copilot app (policy 4.5)."),
    ("What can I put into Copilot Chat?",
     "Published information and the Partnership's own unpublished information that does not identify anyone: "
     "drafts, procedures, plans, budget papers, figures. Never anything about an identifiable service user, "
     "patient, carer or member of the public, or about a colleague's employment. Taking the name out of "
     "case material does not make it safe (policy 5.1 to 5.3)."),
    ("I'm not in the Notewise pilot. Can I use it, or something similar?",
     "No. Only the teams in the Pilot Cohort can use Notewise, and you must not borrow a colleague's login. "
     "Other recording or note-taking apps, including free ones on your phone, are Unassured AI. If your "
     "team would like to join the pilot, speak to the Notewise pilot lead in the Transformation team (policy 9.1 and 15.5)."),
    ("Can AI write the minutes of our team meeting?",
     "No. Outside the Notewise pilot no AI product may be used to record, transcribe or summarise meetings, "
     "and Notewise itself is not for staff-only meetings. You may switch on the standard Teams transcript "
     "where meeting guidance allows, and write the minutes yourself. Do not paste a transcript into "
     "Copilot Chat if it contains Protected Information (policy 9.4 and 9.6)."),
    ("Someone joined our meeting with an AI note-taker. What do I do?",
     "If you are chairing, ask for it to be removed before anything about a person is discussed. If it stays, "
     "defer the item or reschedule (policy 9.7)."),
    ("What about browser extensions and AI built into other software?",
     "Browser extensions and add-ins with AI, such as Grammarly's AI writing features, are Unassured AI and "
     "must not be used for Partnership work. AI features that appear in software we already use, such as "
     "Canva, Adobe Acrobat or Zoom, must stay switched off until the AI Oversight Group has approved them; "
     "if you think one would help, submit an AI Assurance Request (policy 11.1 and 11.3)."),
    ("I've put something into the wrong tool. What now?",
     "Tell your line manager straight away and report it as an information governance incident the same "
     "working day: Datix for NHS Glenmorven staff, the information security incident form for Council staff. "
     "Do not contact the AI company or delete anything yourself (policy 13.1 and 13.2)."),
    ("Do I have to say that I used AI?",
     "Not for your own internal drafts. Yes for anything that goes outside the Partnership largely as the AI "
     "wrote it, and for any AI-generated image: use the standard statement in policy 8.2. Notewise notes "
     "keep their footer."),
    ("Where do I find the training?",
     "\"Using AI Safely\" is on TURAS Learn for NHS Glenmorven staff and on GlenLearn for Council staff. "
     "Complete it before you use Copilot Chat for work and refresh it every two years (policy 12.1)."),
    ("Who do I ask?",
     "The AI Oversight Group (ai.oversight@glenmorvenhscp.org.uk) for whether something is allowed, and for "
     "new tools. Your Information Governance team for data questions and incidents. The Service Desk for "
     "access and sign-in problems (policy section 15)."),
]


def md_text():
    out = [f"# {TITLE}", ""]
    for k, v in META:
        out.append(f"{k}: {v}")
        out.append("")
    for kind, text in BODY:
        if kind in ("h", "ah"):
            out += [f"## {text}", ""]
        elif kind == "p":
            out += [text, ""]
        elif kind == "b":
            out += [f"- {text}", ""]
    return "\n".join(out).rstrip() + "\n"


def build_docx(path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(TITLE, style="Title")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in META:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("")
    for kind, text in BODY:
        if kind in ("h", "ah"):
            d.add_heading(text, level=1)
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
    d.core_properties.title = TITLE
    d.core_properties.author = "Glenmorven HSCP Digital and Information Governance"
    d.save(path)


def faq_text():
    out = [FAQ_TITLE, "=" * len(FAQ_TITLE), "", FAQ_INTRO, ""]
    for q, a in FAQ:
        out += [q, "-" * len(q), "", a, ""]
    return "\n".join(out).rstrip() + "\n"


SOURCES = f"""{STEM}.docx:
  title: Use of Generative Artificial Intelligence - Staff Policy
  owner: Head of Digital and Information Governance, Glenmorven HSCP
  version: "1.1 (February 2026)"
  url: https://intranet.glenmorvenhscp.org.uk/policies/ig014-generative-ai
genai-staff-faq.txt:
  title: Generative AI - staff questions and answers
  owner: AI Oversight Group, Glenmorven HSCP
  version: "February 2026"
  url: https://intranet.glenmorvenhscp.org.uk/ai/faq
"""


if __name__ == "__main__":
    KN.mkdir(exist_ok=True)
    OR.mkdir(exist_ok=True)
    build_docx(KN / f"{STEM}.docx")
    (OR / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    faq = faq_text()
    (KN / "genai-staff-faq.txt").write_text(faq, encoding="utf-8")
    (OR / "genai-staff-faq.txt").write_text(faq, encoding="utf-8")
    (KN / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    words = len(" ".join(t for _, t in BODY).split()) + len(TITLE.split())
    print("policy words:", words, "faq words:", len(faq.split()))
