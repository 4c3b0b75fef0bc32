"""Build the Harbourfield District Council knowledge folder and originals.

Writes:
  knowledge/hdc-genai-acceptable-use-policy.pdf   (fpdf2, text PDF with typed clause numbers)
  knowledge/hdc-ai-tools-register.csv             (contract register format)
  knowledge/genai-quick-guide.md                  (unnumbered Markdown quick guide)
  originals/hdc-genai-acceptable-use-policy.md    (same text and numbering as the PDF)
  originals/hdc-ai-tools-register.csv, originals/genai-quick-guide.md (identical copies)

Run with /work/main/.venv/bin/python build_policy.py
"""
import csv
import io
import os
import shutil

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
OR = os.path.join(HERE, "originals")
STEM = "hdc-genai-acceptable-use-policy"
PDF_NAME = STEM + ".pdf"

TITLE = "Generative Artificial Intelligence (GenAI) Acceptable Use Policy"
META = [
    "Harbourfield District Council",
    "Version 1.3 - approved by the Information Governance Board on 14 January 2026",
    "Policy owner: Senior Information Risk Owner (Director of Corporate Resources)",
    "Maintained by: Information Governance Team | Next review: January 2027 | Classification: OPEN",
]

# ("h", "N. Heading") numbered section heading; ("p", "N.N text") numbered paragraph;
# ("app", "Appendix A - ...") appendix heading.
BODY = [
    ("h", "1. Introduction and purpose"),
    ("p", "1.1 This policy sets the rules for how employees and others working for Harbourfield District Council (\"the Council\") may use generative artificial intelligence (GenAI) in the course of Council business. It is issued under the Council's Information Governance Framework and should be read with the Information Security Policy, the Data Protection Policy, the Records Management Policy and the Communications Protocol."),
    ("p", "1.2 The Council wants officers to use GenAI where it genuinely helps them to serve the residents, businesses and visitors of the district, while protecting the information the Council holds and the trust the public places in it."),
    ("p", "1.3 GenAI changes quickly. This policy will be reviewed at least once a year, and sooner where the Information Governance Board (IGB) decides. Where this policy and the AI Tools Register differ on the conditions for a tool, the more restrictive requirement applies."),

    ("h", "2. Scope"),
    ("p", "2.1 This policy applies to all employees, agency and temporary workers, contractors, consultants, volunteers and apprentices who use GenAI for Council purposes, referred to in this policy as \"users\"."),
    ("p", "2.2 It applies wherever the work is done and on whatever equipment, including Council-managed laptops and phones and any personal device used for Council business."),
    ("p", "2.3 It covers stand-alone GenAI services, GenAI features built into other software (including office, design and line-of-business applications), browser extensions and plug-ins, and software that staff or suppliers build on top of a GenAI model."),
    ("p", "2.4 Elected members are encouraged to follow this policy when they use Council systems. The position on members' own use of GenAI for ward work is dealt with in section 15."),
    ("p", "2.5 This policy does not cover conventional automation, such as scheduled reports, macros or rules-based workflows, that does not generate new content. That remains governed by the ICT Change Procedure."),

    ("h", "3. Definitions"),
    ("p", "3.1 Generative AI (GenAI) means software that produces new text, images, audio, video or computer code in response to a prompt, for example chat assistants, writing aids, image generators, and transcription and summarisation tools."),
    ("p", "3.2 AI Tools Register (\"the Register\") means the list of GenAI tools kept by the Information Governance Team and approved by the IGB. For each tool it records a status (approved, restricted or prohibited), the classes of information the tool may be used with, and the conditions of use."),
    ("p", "3.3 Corporate AI Tool means a tool on the Register with approved or restricted status, used through the user's Harbourfield Microsoft 365 account or another account issued by ICT Services."),
    ("p", "3.4 Consumer AI Tool means any GenAI service used through a personal account, a free sign-up, or with no sign-in at all, whether or not the same product is also available to the Council under contract."),
    ("p", "3.5 Open Information means information that the Council has already published or is preparing for publication and that contains nothing that would be withheld, for example published committee reports, web pages, leaflets and press releases."),
    ("p", "3.6 Internal Information means the Council's own unpublished working material that does not identify any living person, such as draft procedures, service plans, non-personal statistics and internal briefings."),
    ("p", "3.7 Casework Information means any information from which a living individual can be identified, including residents, claimants, applicants, licence holders, electors, complainants, tenants and members of staff. It includes names linked to circumstances, addresses, contact details, council tax and benefit reference numbers, and employment records."),
    ("p", "3.8 Sensitive Casework Information means Casework Information about health or disability, ethnicity, religion, sex life or sexual orientation, criminal allegations, offences or convictions, or safeguarding concerns, and any information about a child. For this policy, information about financial hardship and debt held in benefits and council tax files is also treated as Sensitive Casework Information."),
    ("p", "3.9 Restricted Council Business means unpublished information whose disclosure could harm the Council or others even though it identifies nobody. It includes reports exempt from publication under Schedule 12A of the Local Government Act 1972 (known internally as \"Part II papers\"), legal advice, tender and contract evaluation material, draft budget proposals before they are published, and the details of planned enforcement action or investigations."),
    ("p", "3.10 Responsible Officer means the named user who prompts a GenAI tool and who remains accountable for anything produced with it."),

    ("h", "4. Principles"),
    ("p", "4.1 GenAI supports officers; it does not replace their professional judgement. Users remain accountable for the accuracy, fairness and lawfulness of their work whether or not GenAI was used."),
    ("p", "4.2 Users must use GenAI in a way that is consistent with the Council's equality duties, including the Public Sector Equality Duty, and must be alert to bias in what it produces."),
    ("p", "4.3 Users should consider the environmental cost of GenAI and should not use it where a simple search or an existing template would do the job."),

    ("h", "5. Approved tools and the AI Tools Register"),
    ("p", "5.1 Users may only use GenAI tools for Council business in accordance with the Register. The Register is published on the intranet and forms part of this policy."),
    ("p", "5.2 Microsoft 365 Copilot Chat, used while signed in with a Harbourfield account and showing the green shield (enterprise data protection), is the Council's default GenAI tool. It is available to all users who have completed the training in section 13."),
    ("p", "5.3 Microsoft 365 Copilot, the licensed version that works inside Word, Excel, Outlook and Teams and can draw on the user's own mailbox and files, is allocated by the IGB on the basis of a business case. Licence holders may use it with Casework Information in the course of their own duties, subject to section 6."),
    ("p", "5.4 A tool with restricted status may only be used by the teams, and for the purposes, stated in its Register entry."),
    ("p", "5.5 Consumer AI Tools may be used only where the Register expressly allows it, and then only with Open Information. Users must not sign up to a Consumer AI Tool with their Harbourfield email address."),
    ("p", "5.6 Any GenAI tool or feature that is not listed on the Register must not be used for Council business until the IGB has approved it. This includes new AI features that a supplier switches on in software the Council already uses. Requests are made on the AI Tool Request form to the Information Governance Team, who will complete an initial screening within ten working days and put the request to the IGB."),
    ("p", "5.7 Users must not install browser extensions, add-ins or mobile apps that add GenAI features to Council devices or accounts unless that extension or app is itself listed on the Register."),
    ("p", "5.8 Tools with prohibited status must not be used for any Council purpose, on any device, with any information."),

    ("h", "6. Information you may use"),
    ("p", "6.1 Before entering anything into a GenAI tool, the user must decide which class of information it is (section 3) and check that the Register allows that class for that tool. Where information of different classes is mixed, the most sensitive class applies."),
    ("p", "6.2 Open Information may be used with any tool that is approved or restricted on the Register, within that tool's conditions."),
    ("p", "6.3 Internal Information may be used with Corporate AI Tools only. It must never be entered into a Consumer AI Tool."),
    ("p", "6.4 Casework Information may be used only with Microsoft 365 Copilot (licensed) and with restricted tools whose Register entry allows it, by officers whose role already gives them access to that information, and only to the minimum extent the task needs. Where the task can be done without identifying the person, users must remove names, addresses and reference numbers first."),
    ("p", "6.5 Sensitive Casework Information must not be entered into any GenAI tool, except a tool whose Register entry expressly permits it for a named pilot under a Data Protection Impact Assessment (DPIA) approved by the Data Protection Officer."),
    ("p", "6.6 Restricted Council Business may only be used with Microsoft 365 Copilot (licensed), by officers who are already authorised to see it. Part II papers must not be entered into Copilot Chat or any other tool."),
    ("p", "6.7 Removing names does not by itself turn Casework Information into Internal Information. Where a person could still be recognised from the remaining details (for example an unusual circumstance in a small community), the information must be treated as Casework Information or Sensitive Casework Information."),
    ("p", "6.8 On a personal device, Council information of any class other than Open Information may only be entered into the GenAI features of the Council's managed Microsoft 365 apps (Outlook, Teams, Word and Copilot signed in with a Harbourfield account). The personal-account versions of the same apps are Consumer AI Tools."),
    ("p", "6.9 Users must not upload material to a GenAI tool where the Council does not hold the right to do so, such as third-party reports supplied in confidence or purchased datasets whose licence forbids it."),

    ("h", "7. Prohibited uses"),
    ("p", "7.1 Whatever the tool, users must not use GenAI:"),
    ("p", "7.1(a) as the sole or determining basis for a decision that affects a person's entitlement, liability, licence, registration or legal position, including benefit assessments, council tax reductions, licensing determinations, homelessness decisions and planning decisions;"),
    ("p", "7.1(b) to shortlist, score or rank job applicants, or to assess, monitor or profile the performance, attendance or conduct of an individual member of staff;"),
    ("p", "7.1(c) for any function of the Returning Officer or the Electoral Registration Officer that involves electors' details, nomination papers, postal vote identifiers, or the verification and count;"),
    ("p", "7.1(d) to produce content that is meant to mislead, that impersonates another person or organisation, or that could be mistaken for an official communication of another body;"),
    ("p", "7.1(e) to generate or hold passwords, access keys or security settings, or to probe the Council's systems for weaknesses without written authority from the ICT Security Manager."),
    ("p", "7.2 Users must not use GenAI to write, or to change the substance of, a statement of evidence, a witness statement, or any other document to be relied on in court, tribunal or planning appeal proceedings. GenAI may be used only to check the spelling and layout of such documents, and only in Microsoft 365 Copilot (licensed)."),
    ("p", "7.3 Users must not buy a GenAI subscription on a purchasing card or claim one back through expenses. GenAI tools are obtained only through ICT Services."),
    ("p", "7.4 Council accounts must not be used with any GenAI tool for personal, non-Council purposes."),

    ("h", "8. Human review and accountability"),
    ("p", "8.1 Every output must be read and checked by the Responsible Officer before it is used, sent or relied on. The Responsible Officer must check facts, figures, names, dates and any reference to legislation, case law or Council policy against an authoritative source, because GenAI tools can invent material that is convincing but false."),
    ("p", "8.2 Outputs that will go to a resident, a business, a partner organisation or a committee must also be checked for tone, plain English and accessibility."),
    ("p", "8.3 Letters, notices and decisions issued under statutory powers (for example abatement notices, licence conditions, benefit decision letters and planning decision notices) may be drafted with a Corporate AI Tool, but each must be checked line by line and signed off by an officer with delegated authority before it is issued."),
    ("p", "8.4 Computer code produced with GenAI must be reviewed by a second developer before it is deployed."),

    ("h", "9. Transparency and labelling"),
    ("p", "9.1 Where content has been substantially produced by GenAI and is published or sent outside the Council, it must carry the statement \"Prepared with the help of AI and checked by Harbourfield District Council.\" Content is substantially produced by GenAI where GenAI wrote most of the text, or generated an image, audio or video."),
    ("p", "9.2 No label is needed where GenAI has only been used to correct spelling or grammar, to format a document, or to suggest alternative wording for text the user wrote."),
    ("p", "9.3 If a resident asks whether AI was used in handling their case, users must answer honestly, and may refer the question to the Information Governance Team."),
    ("p", "9.4 Where an output informed advice or a decision, users must keep enough of a record (for example a note on the case file or the saved Copilot conversation) to show how GenAI was used. Prompts and outputs are Council records and may have to be disclosed under the Freedom of Information Act 2000 or the UK GDPR."),

    ("h", "10. Meetings, recording and transcription"),
    ("p", "10.1 Teams transcription and Copilot in Teams may be used to produce notes of internal Council meetings, provided the organiser tells all participants at the start and stops the transcription if any participant objects."),
    ("p", "10.2 Transcription and AI meeting summaries must not be used in meetings about an individual employee's employment, including disciplinary, grievance, capability, sickness absence and return-to-work meetings, or in occupational health discussions."),
    ("p", "10.3 Meetings with residents or their representatives about their own case may be transcribed only with a tool whose Register entry allows it, and only with the person's consent recorded on the case file."),
    ("p", "10.4 Transcription must not be used during the exempt part of any committee, sub-committee or panel meeting. Minutes of formal meetings remain the responsibility of Democratic Services and must not be produced by GenAI alone."),
    ("p", "10.5 Third-party AI note-taking bots and meeting assistants (for example Otter, Fireflies or Read.ai) must not be invited to Council meetings. If an external organisation brings one to a meeting, the organiser should ask for it to be removed; if it is not removed, Restricted Council Business and Casework Information must not be discussed."),

    ("h", "11. Images, audio, video and likeness"),
    ("p", "11.1 Generated images, audio or video for Council publications may only be produced with a tool whose Register entry allows that purpose, and must be labelled in line with section 9."),
    ("p", "11.2 Users must not use GenAI to create, alter or clone the face, body or voice of a real, identifiable person, including colleagues, residents, councillors and public figures."),
    ("p", "11.3 As an exception to 11.2, the Communications Team may create a synthetic likeness or voice of a member of staff for internal training material where that person has given written consent and the Head of Communications has approved it. This exception never applies to elected members or election candidates."),
    ("p", "11.4 Photographs of residents, including images taken during inspections or enforcement visits, must not be uploaded to GenAI tools."),
    ("p", "11.5 Generated images must not be used to depict real places in a way that could be mistaken for a photograph of actual conditions, for example in planning, regeneration or flood-risk material."),

    ("h", "12. Developing, building and procuring AI"),
    ("p", "12.1 Any purchase of software or services that include GenAI, and any renewal that adds GenAI features, must go through Procurement and ICT Services and be screened by the Information Governance Team. A DPIA is required wherever Casework Information is involved."),
    ("p", "12.2 Building a tool, chatbot, agent or automation on a GenAI model, including through model APIs (for example Azure OpenAI or the OpenAI API), Copilot Studio or Power Automate AI actions, requires IGB approval before any development with Council data begins."),
    ("p", "12.3 Contracts must prohibit the supplier from using Council data to train or improve its models, and must state where the data is processed and stored."),
    ("p", "12.4 AI features added to the Council's line-of-business systems (such as the planning, revenues and benefits, licensing and environmental health case management systems) must remain switched off until the IGB has approved them."),

    ("h", "13. Training and support"),
    ("p", "13.1 Before using any Corporate AI Tool, users must complete the \"Using AI Safely at Harbourfield\" e-learning module on the Learning Hub, and repeat it every twelve months."),
    ("p", "13.2 Holders of a Microsoft 365 Copilot licence must also attend the Copilot Essentials workshop within four weeks of the licence being issued."),
    ("p", "13.3 Each directorate has at least one AI Champion, who can help colleagues with prompts and good practice. AI Champions cannot approve tools or exceptions to this policy."),

    ("h", "14. Incidents and breaches"),
    ("p", "14.1 If a user enters information into a GenAI tool that this policy does not allow, or notices that an output contains personal data it should not, they must report it to the Information Governance Team within 24 hours using the Data Incident form. They should not delete the conversation before speaking to the Information Governance Team unless asked to."),
    ("p", "14.2 Users must also report outputs that are offensive or discriminatory, or that appear to reveal another organisation's data."),
    ("p", "14.3 Breaches of this policy may be dealt with under the Council's Disciplinary Procedure. Using a prohibited tool, or entering Sensitive Casework Information into a tool that does not allow it, may be treated as gross misconduct."),

    ("h", "15. Matters under review"),
    ("p", "15.1 The IGB has not yet decided whether, or how, GenAI may be used to summarise, categorise or analyse representations made on planning applications, Local Plan consultations or licensing applications. Until it has, users must not set up such use themselves and must refer any proposal to the IGB."),
    ("p", "15.2 The use of GenAI to translate letters, forms or notices for residents who do not read English is under review with the Equality and Inclusion Lead. No decision has been made; individual requests must be referred to the Information Governance Team."),
    ("p", "15.3 Members' own use of GenAI for ward casework, including on personal devices, is to be considered by the Standards Committee alongside the Members' ICT Protocol. Until then this policy neither permits nor prohibits members' use of their personal accounts, and questions should be referred to the Monitoring Officer."),
    ("p", "15.4 The Council has not decided whether autonomous \"agent\" features that act on a user's behalf (for example sending emails or updating records without a person confirming each step) may be used. Such features must not be enabled while the IGB considers them."),

    ("h", "16. Contacts and review"),
    ("p", "16.1 Information Governance Team (questions about this policy and the Register, tool requests and incidents): infogov@harbourfield.gov.uk, extension 4210."),
    ("p", "16.2 Data Protection Officer (DPIAs and data protection advice): dpo@harbourfield.gov.uk."),
    ("p", "16.3 ICT Service Desk (access, licences and installing approved tools): extension 4400 or the self-service portal."),
    ("p", "16.4 Head of Communications (labelling, published content, images and likeness): through the Communications Team mailbox."),
    ("p", "16.5 Monitoring Officer (questions about elected members and the Standards Committee): through Legal and Democratic Services."),
    ("p", "16.6 This policy is owned by the Senior Information Risk Owner and maintained by the Information Governance Team on behalf of the IGB. The next scheduled review is in January 2027."),

    ("app", "Appendix A - Worked examples"),
    ("p", "A.1 A licensing officer asks Copilot Chat to turn the published statement of licensing policy into a plain-English summary for the website. This is Open Information in an approved tool and is permitted; the summary must carry the label in 9.1 when it is published."),
    ("p", "A.2 A benefits assessor wants Copilot Chat to check a claimant's income and decide whether the claim succeeds. The claim file is Sensitive Casework Information (3.8) and a decision cannot rest on GenAI (7.1(a)), so this is not permitted."),
    ("p", "A.3 An environmental health officer uses ChatGPT on a personal account to draft a general article on food hygiene at summer events, working only from published guidance. This is permitted under 5.5 and the Register, provided no Internal Information is entered."),
    ("p", "A.4 A planning officer is offered an AI \"summarise comments\" button in the planning case management system. The feature must stay switched off (12.4) and the use itself is under review (15.1)."),
]


def write_md(path):
    out = ["# " + TITLE, ""]
    for m in META:
        out += [m, ""]
    for kind, text in BODY:
        if kind in ("h", "app"):
            out += ["## " + text, ""]
        else:
            out += [text, ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_pdf(path):
    font_dir = "/usr/share/fonts/truetype/dejavu"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(font_dir, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(font_dir, "DejaVuSans-Bold.ttf"))
    pdf.set_title(TITLE)
    pdf.set_author("Harbourfield District Council")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    for m in META:
        pdf.multi_cell(0, 5.5, m, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind in ("h", "app"):
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


REG_FILE = "hdc-ai-tools-register.csv"
P = PDF_NAME + "#"
REGISTER = [
    ("Microsoft 365 Copilot Chat",
     "Copilot Chat;Copilot;M365 Copilot Chat;Bing Chat Enterprise;Copilot with the green shield",
     "approved", "public;internal",
     "Sign in with your Harbourfield account and check the green shield is showing. Complete the Using AI Safely at Harbourfield module first. Open and Internal Information only: no Casework Information, no Sensitive Casework Information and no Part II papers or other Restricted Council Business.",
     [P + "5.2", P + "6.3", P + "6.6", P + "13.1"]),
    ("Microsoft 365 Copilot",
     "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot for Microsoft 365",
     "restricted", "public;internal;personal",
     "Licence holders only (licences allocated by the IGB on a business case). Attend the Copilot Essentials workshop. Casework Information only within your own duties and only the minimum needed. Restricted Council Business only if you are authorised to see it. No Sensitive Casework Information. Meetings: follow section 10.",
     [P + "5.3", P + "6.4", P + "6.6", P + "10.1", P + "13.2"]),
    ("Magic Notes",
     "Beam Magic Notes;Magic Notes by Beam",
     "restricted", "public;internal;personal;special_category",
     "Pilot in the Housing Options team and the Benefits Visiting Team only, under DPIA HDC-DPIA-2025-14. Record the resident's consent on the case file before each recording. Check every summary before it is saved to the case record. Not available to other teams.",
     [P + "5.4", P + "6.5", P + "10.3"]),
    ("ChatGPT",
     "Chat GPT;OpenAI ChatGPT;ChatGPT Plus;GPT",
     "restricted", "public",
     "Consumer AI Tool: Open Information only (already published or written for publication). Do not sign up with a Harbourfield email address. Do not upload Council documents other than published ones. Switch off the setting that lets OpenAI use your chats to improve its models. Must not be bought on a purchasing card or expenses.",
     [P + "5.5", P + "6.3", P + "7.3"]),
    ("Grammarly Business",
     "Grammarly;Grammarly extension;GrammarlyGO",
     "restricted", "public;internal",
     "Council-licensed Grammarly Business accounts installed by ICT Services only. The free or personal Grammarly app and browser extension must not be used on Council devices or accounts. Generative features (GrammarlyGO) stay switched off. No Casework Information.",
     [P + "5.7", P + "6.3"]),
    ("Adobe Firefly",
     "Firefly;Photoshop Generative Fill;Adobe Express generative AI",
     "restricted", "public",
     "Communications Team only, through the Council's Adobe licence, for images in Council publications. No real, identifiable people and no photographs of residents. No realistic images of real places. Label generated images.",
     [P + "11.1", P + "11.2", P + "11.5", P + "9.1"]),
    ("GitHub Copilot",
     "GitHub Copilot Business;Copilot for code",
     "restricted", "public;internal",
     "Digital and ICT development team only, on a Council GitHub Copilot Business seat. Use test or dummy data, never live Casework Information. No passwords or keys in prompts. Every change reviewed by a second developer before deployment.",
     [P + "8.4", P + "7.1(e)", P + "5.4"]),
    ("DeepSeek",
     "DeepSeek Chat;DeepSeek R1",
     "prohibited", "",
     "Do not use for any Council purpose, on any device, with any information.",
     [P + "5.8"]),
    ("Otter.ai",
     "Otter;OtterPilot;Otter Assistant",
     "prohibited", "",
     "Third-party AI note-takers must not be invited to Council meetings or used for Council business.",
     [P + "10.5", P + "5.8"]),
]


def write_register(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    for tool, aliases, status, data, cond, cl in REGISTER:
        w.writerow([tool, aliases, status, data, cond, ";".join(cl)])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


QUICK_GUIDE = """# Using AI at work: quick guide

Harbourfield District Council - for all staff. This is a summary of the Generative AI Acceptable Use Policy (version 1.3). If this guide and the policy differ, the policy wins.

## Which tools can I use?

Use Microsoft 365 Copilot Chat, signed in with your Harbourfield account (look for the green shield). If you have a Microsoft 365 Copilot licence you can also use Copilot inside Word, Outlook, Excel and Teams. Some tools are only for certain teams (for example Magic Notes, Adobe Firefly and GitHub Copilot): check the AI Tools Register. ChatGPT on your own account is only for information that is already public. DeepSeek and Otter are banned. Anything else, including AI buttons that suddenly appear in software we already use, needs the Information Governance Board's approval before you use it.

## What information can I put in?

Public material: fine in any tool on the Register. Internal drafts and figures that name nobody: Copilot Chat or licensed Copilot, never ChatGPT or another personal account. Anything about a named resident, claimant, applicant or colleague: only licensed Microsoft 365 Copilot, and only what you need. Health, convictions, safeguarding, children, and benefit or council tax debt and hardship: not in any AI tool (except the Magic Notes pilot). Part II papers, legal advice, tender scores and draft budgets: licensed Copilot only.

## Never do this

Do not let AI decide a claim, a licence, a planning application or anything else about a person. Do not use it to shortlist job applicants or to monitor a colleague. Keep it away from electoral registration, nominations and the count. Do not make fake images or voices of real people. Do not buy AI subscriptions on a purchasing card or expenses.

## Meetings and transcription

Teams transcription and Copilot in Teams are fine for internal meetings if you tell everyone at the start and stop if anyone objects. Never in HR meetings about an individual (disciplinary, grievance, sickness, return to work) or in the exempt part of a committee. No Otter, Fireflies or other note-taking bots.

## Check it, own it, label it

You are responsible for anything AI helps you write. Check every fact, figure and legal reference. If AI wrote most of something that goes outside the Council, add: "Prepared with the help of AI and checked by Harbourfield District Council." No label is needed for spelling and grammar fixes.

## Something went wrong?

If you put something into an AI tool that you should not have, tell the Information Governance Team within 24 hours using the Data Incident form (infogov@harbourfield.gov.uk, extension 4210). Do not delete the conversation first.

## Not sure? Ask first

Ask your directorate's AI Champion for tips, but only the Information Governance Board can approve a new tool. Tool requests, questions about this guide and incidents go to the Information Governance Team. Data protection questions go to the Data Protection Officer (dpo@harbourfield.gov.uk).
"""


def main():
    os.makedirs(KN, exist_ok=True)
    os.makedirs(OR, exist_ok=True)
    write_pdf(os.path.join(KN, PDF_NAME))
    write_md(os.path.join(OR, STEM + ".md"))
    write_register(os.path.join(KN, REG_FILE))
    shutil.copyfile(os.path.join(KN, REG_FILE), os.path.join(OR, REG_FILE))
    with open(os.path.join(KN, "genai-quick-guide.md"), "w", encoding="utf-8") as f:
        f.write(QUICK_GUIDE)
    shutil.copyfile(os.path.join(KN, "genai-quick-guide.md"), os.path.join(OR, "genai-quick-guide.md"))
    words = sum(len(t.split()) for _, t in BODY) + len(TITLE.split()) + sum(len(m.split()) for m in META)
    print("policy words:", words)


if __name__ == "__main__":
    main()
