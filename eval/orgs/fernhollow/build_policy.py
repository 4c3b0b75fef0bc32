"""Build Fernhollow Borough Council's GenAI policy as .docx (knowledge/) and .md (originals/).

Both files are generated from the single structure POLICY below, so their text and
clause numbering are identical. Clause numbers are typed into the paragraphs.
Run: /work/main/.venv/bin/python build_policy.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
STEM = "fhbc-ai-acceptable-use-policy"

TITLE = "Fernhollow Borough Council – Generative AI Acceptable Use Policy"

# (kind, text): meta = text before first heading; h = numbered heading; p = numbered
# paragraph; sub = bare lettered line (belongs to the clause above); ah = appendix heading.
POLICY = [
    ("meta", "Document reference: FBC-IG-027"),
    ("meta", "Version: 2.0 (January 2026). Approved by the Corporate Leadership Team on 14 January 2026."),
    ("meta", "Policy owner: Assistant Director – Digital and Customer Services, on behalf of the AI Review Board."),

    ("h", "1. Purpose"),
    ("p", "1.1 This policy sets out how people working for Fernhollow Borough Council may use generative artificial intelligence in the course of Council business. The Council wants staff to use these tools where they help, and this policy is meant to make that safe rather than to discourage it."),
    ("p", "1.2 The policy sits alongside the Council's Information Security, Data Protection and Records Management policies and the Officers' Code of Conduct, which apply where this policy is silent."),
    ("p", "1.3 Generative AI is changing quickly. This policy will be reviewed at least once a year."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to all employees of the Council, agency and interim workers, contractors, consultants, volunteers and apprentices who carry out work for or on behalf of the Council, referred to in this policy as users."),
    ("p", "2.2 It applies to any use of generative AI for Council business, whether on a Council device or a personal device, during or outside working hours, and whether the tool is paid for by the Council, free of charge, or paid for personally."),
    ("p", "2.3 It applies to generative AI functions built into other software (Embedded AI Features) as well as to stand-alone tools."),
    ("p", "2.4 Elected members are covered by this policy when they use Council-provided tools or Council systems. The position on members' use of their own tools for ward casework is set out in section 15."),
    ("p", "2.5 This policy does not cover conventional automation such as rules-based workflows and robotic process automation, or the standard spelling and grammar checking built into word processors and email, which may be used as normal."),

    ("h", "3. Definitions"),
    ("p", "3.1 In this policy the terms below have the meanings given. Examples of each information class are given in Appendix A."),
    ("p", "3.2 Generative AI means any software that produces new text, images, audio, video, computer code or data in response to instructions (prompts), including chat assistants, image and voice generators, transcription and summarising services, and coding assistants."),
    ("p", "3.3 General Tool means any generative AI tool that is not a Council Enterprise Tool. This includes free and paid public services (for example ChatGPT, Claude, Gemini, Perplexity, Meta AI, Grok and DeepSeek), their mobile apps and browser extensions, and any account a user has set up personally, whatever subscription level it is on."),
    ("p", "3.4 Council Enterprise Tool means one of the two tools the Council provides under contracts that keep prompts and outputs within the Council's control and exclude them from model training:"),
    ("sub", "(a) Microsoft 365 Copilot Chat, when signed in with a Council (@fernhollow.gov.uk) account so that the enterprise data protection shield is displayed; and"),
    ("sub", "(b) Fernhollow Assist, the Council's own assistant reached from The Fern, hosted in the Council's Azure tenancy."),
    ("p", "3.5 Embedded AI Feature means a generative AI function inside software the Council already uses for another purpose, for example the summarise button in a case management system, Adobe Acrobat's AI Assistant, Canva's Magic tools or Zoom's AI Companion."),
    ("p", "3.6 Accountable Officer means the officer who uses a generative AI tool, or who puts their name to a piece of work that was produced with the help of one."),
    ("p", "3.7 Decision Document means any document that records, recommends or communicates a decision of the Council, including Cabinet and committee reports, officer delegated decision records, planning and licensing decision notices, and letters telling a person the outcome of an application, assessment, complaint or enforcement matter."),
    ("p", "3.8 Use Case Approval means written approval given by the AI Review Board under section 12 for a specific, documented use of generative AI that this policy does not otherwise permit."),
    ("p", "3.9 Managed Device means a laptop, desktop, tablet or phone issued and managed by Digital Services, or a personal device that has been enrolled in the Council's device management service."),
    ("p", "3.10 Likeness means the face, body, voice or any other characteristic by which a real person can be recognised."),

    ("h", "4. Principles"),
    ("p", "4.1 Users remain responsible for anything they produce with generative AI, exactly as if they had written it themselves. That a tool produced something is never an explanation for an error."),
    ("p", "4.2 Generative AI output can be wrong, out of date, biased or simply invented while sounding confident."),
    ("p", "4.3 Use must be lawful, fair and consistent with the Council's public sector equality duty,."),

    ("h", "5. Information classes"),
    ("p", "5.1 Before entering anything into a generative AI tool, users must decide which of the Council's three information classes it belongs to. Where material mixes classes, the most restrictive class applies to all of it."),
    ("p", "5.2 Open information is information that the Council has already published or has approved for publication, or that has been lawfully published by someone else, and which identifies nobody beyond what is already public. Text a user writes from general knowledge, containing no unpublished Council detail, is also Open."),
    ("p", "5.3 Council Controlled information is the Council's unpublished working information. It includes draft documents, internal procedures, meeting notes, budgets and figures that have not been published, source code written for the Council, and ordinary personal data used for routine service delivery, such as the names, addresses, contact details, account numbers and case references of residents, customers, suppliers and colleagues."),
    ("p", "5.4 Council Sensitive information is information whose disclosure could cause serious harm or distress, or which the law treats as needing extra protection. It includes:"),
    ("sub", "(a) information about a person's physical or mental health, disability, ethnicity, religion, sexuality or trade union membership, and allegations or records of criminal behaviour;"),
    ("sub", "(b) information that identifies a child or young person, and safeguarding information about adults at risk;"),
    ("sub", "(c) employee relations casework, including disciplinary, grievance, capability, sickness absence, occupational health and redundancy selection records;"),
    ("sub", "(d) legal advice, material prepared for litigation, and exempt information under Schedule 12A of the Local Government Act 1972, including reports taken in the private part of a meeting (Part II or 'pink papers');"),
    ("sub", "(e) commercially confidential information, such as tender submissions and prices before a contract is awarded and the Council's negotiating position;"),
    ("sub", "(f) passwords, access keys, network diagrams, security settings and information about vulnerabilities in Council systems;"),
    ("sub", "(g) any bulk extract of personal data, meaning records about more than 50 people taken from a Council system."),
    ("p", "5.5 If a user is not sure which class applies, they must treat the information as Council Sensitive until their line manager or the Information Governance Team has advised otherwise."),
    ("p", "5.6 Taking names out does not by itself change the class of information. A case described in enough detail for the person to be recognised by someone who knows them is still personal data, and where it concerns any of the matters in 5.4 it is still Council Sensitive. Information becomes Open only once it has been anonymised so that no one could reasonably be identified, or aggregated into figures approved for release."),

    ("h", "6. Tools and information"),
    ("p", "6.1 Users may use any generative AI tool, including a General Tool on a free or personal account and on any device, for Council work that involves Open information only. No approval is needed for this, but sections 7 to 10 still apply."),
    ("p", "6.2 Council Controlled information may be entered only into a Council Enterprise Tool, and only on a Managed Device, unless a Use Case Approval says otherwise. It must never be entered into a General Tool, whatever the tool's privacy settings or the subscription the user holds."),
    ("p", "6.3 Council Sensitive information must not be entered into any generative AI tool, including the Council Enterprise Tools. The AI Review Board may grant a Use Case Approval for a defined service process to use a Council Enterprise Tool with Council Sensitive information; applications must come from a Head of Service, and individual users cannot seek approval for one-off use. Approved processes are listed on The Fern."),
    ("p", "6.4 When using a General Tool, users must not reuse their Council password, must switch off any setting that allows their conversations to be used to train the model where the tool offers one, and must not upload Council files other than ones that have already been published."),
    ("p", "6.5 Microsoft Copilot is a Council Enterprise Tool only when the user is signed in with their Council account and the enterprise data protection shield is displayed. Copilot used through a personal Microsoft account, the consumer Copilot app or Windows on a personal device is a General Tool."),
    ("p", "6.6 Embedded AI Features in software the Council has a contract for may be used with Open information. They may be used with Council Controlled information only after the Information Governance Team has confirmed in writing that the supplier's contract and data processing terms cover the feature; confirmed features are listed on The Fern. They must not be used with Council Sensitive information except under a Use Case Approval."),
    ("p", "6.7 Users must not install generative AI browser extensions, plug-ins, add-ins or desktop apps on a Managed Device, or connect a General Tool to a Council mailbox, calendar, OneDrive, SharePoint site or Teams account. Requests for such software are made through the Digital Services Service Desk and are decided under section 12."),
    ("p", "6.8 Developers may use General Tools for help with code only where the code and prompts contain no Council Controlled information, for example generic examples, error messages from published libraries or published open-source code. Council source code may be worked on with GitHub Copilot only under the Digital Services development licence, which holds a Use Case Approval for Council Controlled code. Credentials, keys and security settings must never be included in a prompt."),
    ("p", "6.9 Calling a generative AI model through an application programming interface (API), building a chatbot, automation or agent, or making a generative AI model available for other people to use is a new AI deployment. It needs a Use Case Approval and the procurement steps in section 12 before development starts, whatever information class is involved."),

    ("h", "7. Prohibited uses"),
    ("p", "7.1 The uses in this section are prohibited whatever the tool and whatever the information class. No manager can permit them and the AI Review Board will not grant a Use Case Approval for them."),
    ("p", "7.2 No generative AI output may be the sole or determining basis of a decision about an individual, including a decision on eligibility for a service, benefit, discount, relief or exemption, on a licence or permission, on a penalty or enforcement action, or on a person's recruitment, pay, conduct or employment. A suitably qualified officer must reach and own every such decision."),
    ("p", "7.3 Generative AI must not be used to sift, shortlist, score or rank job applicants, or to monitor, evaluate or profile the performance or behaviour of individual members of staff."),
    ("p", "7.4 Users must not create synthetic images, video or audio of a real person, including synthetic voices, or alter an image or recording of a real person so that it shows them looking, saying or doing something they did not. This applies to colleagues, councillors and residents alike, even if the person agrees."),
    ("p", "7.5 Generative AI must not be used to produce material that could be seen as promoting a political party, candidate or campaign, or that would breach the Code of Recommended Practice on Local Authority Publicity, including during a pre-election period."),
    ("p", "7.6 Generative AI must not be used to produce content intended to mislead, including fake reviews, testimonials or consultation responses and content presented as coming from another person or organisation."),
    ("p", "7.7 Generative AI must not be used to identify people from images, video or recordings, to read their emotions, or to infer characteristics such as age, ethnicity, sexuality or health from how they look or sound."),
    ("p", "7.8 Generative AI must not be used to get around a Council security control, web filter or data loss prevention warning."),

    ("h", "8. Human review and accountability"),
    ("p", "8.1 All generative AI output must be read and checked by the Accountable Officer before it is used for anything beyond the user's own thinking and notes. Facts, figures, names, dates, legal references and quotations must be checked against a reliable source."),
    ("p", "8.2 Where generative AI has helped to produce a Decision Document, the Accountable Officer must check every statement of fact against the source records, make sure the reasons given are their own, and record on the file that generative AI was used and for what."),
    ("p", "8.3 Any output that tells a resident what the law or a Council policy requires, must be checked before it is sent by an officer competent in that service area."),
    ("p", "8.4 Users must watch for biased or stereotyped content and must not use output that treats people less favourably because of a protected characteristic."),

    ("h", "9. Transparency and labelling"),
    ("p", "9.1 Where published material, or a letter or email sent to residents, has been substantially produced by generative AI, it must carry the statement: \"Parts of this document were drafted with the help of AI and checked by Council staff.\" Substantially produced means that text written by the AI makes up a significant part of the final version; it does not include correcting spelling, suggesting a headline or rewording a few sentences."),
    ("p", "9.2 AI-generated or AI-altered images, audio and video that are published or shown to the public must always be labelled as AI-generated, however small the alteration, except for routine cropping and exposure or colour correction."),
    ("p", "9.3 Any service through which residents deal directly with generative AI, such as a website chatbot or voice assistant, must tell them at the start that they are dealing with AI and how to reach a person."),
    ("p", "9.4 Internal documents produced with generative AI do not need a label, but users must say so if asked and must say so where a document will be relied on to make a decision."),

    ("h", "10. Images, likeness and creative content"),
    ("p", "10.1 Users may use generative AI to create illustrations, icons, diagrams, music and stock-style images for Council materials, provided they do not depict real identifiable people, present an invented scene as a real place or event, or use third-party brands, and are labelled under 9.2."),
    ("p", "10.2 Generated content must not imitate the style of a named living artist or reproduce copyright characters, logos or trademarks, and must not be used in the Council's logo or corporate branding without the agreement of the Communications team."),
    ("p", "10.3 An AI tool may be used to tidy a photograph of a real adult, for example by removing or blurring the background, only where the person has given written consent for the photograph to be used and the edit does not change their appearance, expression or what they are shown doing. Photographs of children must not be uploaded to any generative AI tool."),

    ("h", "11. Recording, transcription and meeting notes"),
    ("p", "11.1 The transcription, recap and intelligent notes features of the Council's Microsoft Teams may be used in internal Council meetings involving Open or Council Controlled information, provided everyone present is told at the start, the recording notice is displayed, and the feature is switched off if anyone objects."),
    ("p", "11.2 AI transcription, recap or summarising must not be used in formal HR meetings (disciplinary, grievance, capability, sickness review and appeal hearings), in safeguarding meetings, or in the private part of any Council, Cabinet or committee meeting."),
    ("p", "11.3 Third-party AI note-takers that join a meeting as a participant or record it through a phone or browser app, such as Otter.ai, Fireflies, Read.ai or tl;dv, must not be used in Council meetings. A meeting organiser who sees such a bot join must remove it."),
    ("p", "11.4 AI-generated notes and summaries are drafts. The chair or note-taker must check and correct them before they are circulated. Transcripts must be deleted within 30 days unless the Records Management Policy requires otherwise."),
    ("p", "11.5 The use of AI transcription and recap in meetings with residents, service users or external partners is covered by section 15."),

    ("h", "12. Procurement and Use Case Approval"),
    ("p", "12.1 Any purchase, subscription, licence or free trial of a generative AI product that is paid for by the Council or accepted on the Council's behalf, including adding AI modules to existing contracts, must go through the Procurement team and Digital Services. Generative AI subscriptions must not be bought on a Council purchasing card or claimed as expenses. Using a General Tool on a free tier for Open information under 6.1 is not a procurement."),
    ("p", "12.2 A Data Protection Impact Assessment must be completed with the Information Governance Team for any proposal that would use generative AI with personal data, before the AI Review Board considers it."),
    ("p", "12.3 Applications for a Use Case Approval are made on the form on The Fern. The AI Review Board meets monthly and decides complete applications at its next meeting."),
    ("p", "12.4 Contractors and suppliers who intend to use generative AI in delivering services to the Council must tell their contract manager in advance. Where they would use it with Council Controlled or Council Sensitive information, the contract manager must obtain a Use Case Approval first."),

    ("h", "13. Training"),
    ("p", "13.1 Every user must complete the AI Essentials e-learning module on Fern Learning before using a Council Enterprise Tool with Council Controlled information, and must repeat it every year. Access to Fernhollow Assist is switched on only once the module has been completed."),
    ("p", "13.2 Line managers must make sure their teams have completed the module."),

    ("h", "14. Incidents and breaches"),
    ("p", "14.1 If Council Controlled or Council Sensitive information has been entered into a tool in breach of this policy, the user must report it on the Information Incident Form on The Fern as soon as they realise, and in any case within 24 hours, even if the conversation has since been deleted."),
    ("p", "14.2 The user should note what was entered, into which tool and when, delete the conversation if the tool allows, and take no other action, such as contacting the provider, unless the Information Governance Team asks them to."),
    ("p", "14.3 Breaches of this policy may be dealt with under the Council's disciplinary procedure. Deliberately entering Council Sensitive information into a General Tool may amount to gross misconduct."),

    ("h", "15. Matters under review"),
    ("p", "15.1 The Council has not yet decided whether AI transcription, recap or summarising, in Teams or any other product, may be used in meetings attended by residents, service users or external partners. Until the AI Review Board sets a position, users must ask the Board before using such features in those meetings."),
    ("p", "15.2 The Council has not agreed whether material translated into other languages by generative AI may be published or sent to residents without being checked by a qualified translator. This is under review with the Equalities and Communications teams, and proposals should be referred to the AI Review Board."),
    ("p", "15.3 AI features that act on a user's behalf, such as sending emails, accepting or booking meetings, updating records or making purchases, are not covered by any current approval. Whether and how they may be used will be decided by the AI Review Board; until then they must not be switched on."),
    ("p", "15.4 The Standards Committee is considering whether, and how, this policy should apply to elected members' use of their own generative AI tools for ward casework. Until it reports, members should take advice from the Monitoring Officer."),

    ("h", "16. Roles and contacts"),
    ("p", "16.1 The AI Review Board owns this policy, grants Use Case Approvals and decides the matters in section 15. It is chaired by the Assistant Director – Digital and Customer Services. Contact: aireview@fernhollow.gov.uk."),
    ("p", "16.2 The Information Governance Team, which includes the Data Protection Officer, advises on information classes, Data Protection Impact Assessments, Embedded AI Feature confirmations and incidents: infogov@fernhollow.gov.uk, extension 4410."),
    ("p", "16.3 The Digital Services Service Desk handles access to the Council Enterprise Tools, software requests and technical faults, through the self-service portal or on extension 4000."),
    ("p", "16.4 The Communications team advises on labelling, AI-generated images and anything to be published."),
    ("p", "16.5 People Services advise on the use of AI in recruitment and employment matters."),

    ("ah", "Appendix A – Examples of information classes"),
    ("p", "A.1 Open: the adopted Local Plan, a press release after it has been issued, pages on the Council website, published committee reports and minutes, a job advert once it is live, and general questions such as asking for an explanation of a planning term."),
    ("p", "A.2 Council Controlled: a draft strategy or draft press release, an internal process map, an unpublished budget spreadsheet that names nobody, a resident's name and address in a routine enquiry about bins or council tax, staff contact lists, and Council source code."),
    ("p", "A.3 Council Sensitive: medical evidence supporting a housing application, a safeguarding referral, a neighbour complaint alleging drug dealing, an employee's sickness or grievance record, a Part II report on a land sale, tender bids before award, a server password, and an export of the council tax or benefits database."),
]


def build_docx(path: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    for kind, text in POLICY:
        if kind in ("h", "ah"):
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "sub":
            p = doc.add_paragraph(text)
            p.paragraph_format.left_indent = Pt(24)
        else:
            doc.add_paragraph(text)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Fernhollow Borough Council"
    doc.save(path)


def build_md(path: Path) -> None:
    out = [f"# {TITLE}", ""]
    for kind, text in POLICY:
        if kind in ("h", "ah"):
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    build_docx(HERE / "knowledge" / f"{STEM}.docx")
    build_md(HERE / "originals" / f"{STEM}.md")
    words = sum(len(t.split()) for _, t in POLICY) + len(TITLE.split())
    print("words:", words)
