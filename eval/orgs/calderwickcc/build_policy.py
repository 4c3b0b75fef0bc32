"""Build the Calderwick County Council GenAI policy (.docx + same-text .md) and the staff FAQ (.md).

Run with: /work/main/.venv/bin/python build_policy.py
"""
import pathlib, shutil
from docx import Document
from docx.shared import Pt

OUT = pathlib.Path(__file__).resolve().parent
KN, OR = OUT / "knowledge", OUT / "originals"
STEM = "genai-acceptable-use-policy"

C = []  # (kind, payload)
def title(t): C.append(("title", t))
def meta(t): C.append(("meta", t))
def h1(t): C.append(("h1", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def b(t): C.append(("bullet", t))
def table(rows): C.append(("table", rows))

title("Calderwick County Council – Generative AI Acceptable Use Policy")
meta("Version 2.1. Approved by the Corporate Information Governance Group on 14 January 2026. Policy owner: Head of Information Governance (Data Protection Officer). Next review: July 2026.")
meta("Classification of this document: PUBLIC.")

h1("1. Purpose and status")
p("1.1 This policy sets out how council staff may use generative artificial intelligence (generative AI) in the course of council work. It replaces the interim guidance issued in June 2023.")
p("1.2 The council's position is that generative AI can help staff to work well, and that staff may use any generative AI tool for council work, provided they follow the rules in this policy on what information goes into which kind of tool, what the tools may be used for, and how the results are checked.")
p("1.3 This policy should be read alongside the following, which continue to apply. Where this policy is silent, they govern:")
b("the Information Security Policy;")
b("the Information Classification and Handling Standard;")
b("the Data Protection Policy and the Records Management Policy;")
b("the Acceptable Use of ICT Policy and the Social Media Policy.")
p("1.4 Breaches of this policy may be dealt with under the Disciplinary Procedure.")

h1("2. Scope")
p("2.1 This policy applies to all employees, agency and interim workers, volunteers, students on placement, and contractors or consultants who handle council information (together, \"staff\"), wherever they work and whether they use a council device or a personal one.")
p("2.2 It covers any use of generative AI for council work, including AI features built into software the council already uses, tools reached through a web browser, desktop or mobile apps, browser extensions, and services used programmatically.")
p("2.3 It does not cover non-generative systems, such as automatic number plate recognition, which fall under the Data Ethics Framework, or private use of AI outside work involving no council information.")
p("2.4 Maintained schools have their own governing bodies and are not covered by this policy. The position of elected members is set out at 14.3.")

h1("3. Definitions")
p("3.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, for example chatbots, image generators, transcription-and-summary tools and coding assistants.")
p("3.2 Enterprise Tool means a generative AI tool that the council provides under a council contract and that staff sign in to with their council account (ending @calderwick.gov.uk). At the date of this policy the Enterprise Tools are Microsoft 365 Copilot Chat (signed in with a council account and showing the green shield \"protected\" label), Microsoft 365 Copilot in Word, Excel, PowerPoint, Outlook and Teams for staff with an assigned licence, and CalderAssist, the council's intranet assistant. ICT lists the current Enterprise Tools in the Digital Catalogue.")
p("3.3 Public Tool means any generative AI tool that is not an Enterprise Tool. This includes free and paid consumer services (for example ChatGPT, Gemini, Claude, Perplexity, Grok, DeepSeek or Meta AI), whatever kind of account is used, and an Enterprise Tool product signed in with a personal account (for example Copilot used with a personal Microsoft account).")
p("3.4 Embedded AI Feature means a generative AI function built into another product, such as a writing assistant in a design package, a summary button in a PDF reader or an AI companion in a video-calling service. An Embedded AI Feature is a Public Tool unless the Digital Catalogue records it as covered by a council contract, in which case it is an Enterprise Tool.")
p("3.5 Responsible Officer means the member of staff who uses generative AI output in council work. The Responsible Officer is accountable for that output as if they had written it themselves.")
p("3.6 Significant Decision means a decision that affects an individual's rights, entitlements, services, employment or liability to enforcement, including decisions on eligibility for care or support, school transport, grants, housing, benefits, recruitment and discipline.")
p("3.7 Meeting Capture means recording, transcribing or automatically summarising a meeting or conversation, whether in person, by telephone or online.")
p("3.8 Synthetic Likeness means an image, video or audio clip made or altered by generative AI that shows or sounds like a real, identifiable person.")
p("3.9 AI Project means any work that connects council systems or information to a generative AI model, builds a chatbot, agent or automated workflow, or uses a model through an application programming interface (API). This includes Copilot Studio agents, Power Automate flows with AI actions and scripts that call a model.")
p("3.10 AI Governance Board (AIGB) means the group chaired by the Senior Information Risk Owner (SIRO) which approves AI Projects and Approved Use Cases and decides questions that this policy does not settle.")
p("3.11 Approved Use Case means a specific use of generative AI with OFFICIAL-SENSITIVE – CARE information that the AIGB has approved after a Data Protection Impact Assessment (DPIA), and which is listed on the AIGB intranet page.")

h1("4. Principles")
p("4.1 Staff are encouraged to use generative AI for drafting, summarising, researching, planning and learning, within this policy.")
p("4.2 Generative AI output can be wrong, out of date, biased or invented, even when it sounds confident. It supports staff judgement and never replaces it.")
p("4.3 Staff must treat everything they type, paste or upload into a generative AI tool as a disclosure of that information to the tool's provider.")
p("4.4 If you are unsure which class information belongs to, treat it as belonging to the higher class.")

h1("5. Which tools may be used")
p("5.1 Staff may use any Enterprise Tool or Public Tool for council work, subject to the information rules in section 6 and the restrictions in section 7. There is no separate list of approved Public Tools.")
p("5.2 Enterprise Tools must be used signed in with the member of staff's own council account. Sharing an account or using another person's licence is not permitted.")
p("5.3 When using a Public Tool, staff must switch off any setting that lets the provider use conversations to train or improve its models, where the tool offers one, and must not connect the tool to council email, calendars, OneDrive, SharePoint or any other council system.")
p("5.4 Staff must not install browser extensions, add-ins, plug-ins or desktop applications that add generative AI features to a council device unless ICT has made them available through Company Portal. On a personal device staff may use Public Tools, and may use Enterprise Tools only through the council-managed Microsoft apps or a web browser.")
p("5.5 OFFICIAL-SENSITIVE information must not be downloaded to, stored on or uploaded from a personal device for use with any generative AI tool.")
p("5.6 Staff must not buy subscriptions to generative AI services for council work with a purchasing card, through expenses, or on a personal account and then claim the cost back. Paid services are bought only under section 11.")

h1("6. What information may go into which tool")
p("6.1 All council information belongs to one of four classes under the Information Classification and Handling Standard. Appendix A gives examples of each class.")
p("6.2 The table below shows which class of information may be entered into, uploaded to or made available to each kind of tool. \"Made available\" includes giving a tool access to a mailbox, folder, Teams chat or meeting.")
table([
    ["Information class", "What it covers", "Public Tool", "Enterprise Tool"],
    ["PUBLIC", "Information already published or approved for publication", "Yes", "Yes"],
    ["OFFICIAL", "Routine council business that is not published and identifies nobody: drafts, internal procedures, non-personal figures", "Yes, under 6.3", "Yes"],
    ["OFFICIAL-SENSITIVE", "Personal information about residents, staff or others; commercially sensitive, legally privileged or security information; committee reports and decisions before publication", "No", "Yes, under 6.4"],
    ["OFFICIAL-SENSITIVE – CARE", "Health, social care, safeguarding, children's and care leavers' records, criminal offence information and other special category personal data", "No", "Only for an Approved Use Case (6.5)"],
])
p("6.3 OFFICIAL information may be entered into a Public Tool only if:")
p("(a) it does not allow any person to be identified, directly or by combining details;")
p("(b) it does not reveal the council's network, security or building-access arrangements; and")
p("(c) supplier names and prices have been removed where they are not already public.")
p("6.4 OFFICIAL-SENSITIVE information may be used with an Enterprise Tool when all of the following apply:")
b("only the minimum information needed for the task is used;")
b("the member of staff already has a legitimate need to access that information;")
b("any output that is kept is saved in the proper records system (for example the case management system or the HR file), not left only in the tool;")
b("where the information is a whole dataset or covers more than 100 people, the Information Asset Owner has agreed in writing in advance.")
p("6.5 OFFICIAL-SENSITIVE – CARE information must not be entered into any generative AI tool, including an Enterprise Tool, except under an Approved Use Case and only in the way the Approved Use Case describes.")
p("6.6 Removing names does not on its own move information to a lower class. Information about a resident, pupil, service user or member of staff that could be linked back to them (for example through an address, a date, an unusual circumstance or a case number) keeps its class.")
p("6.7 Information received from partners (NHS bodies, the police, other councils, schools) keeps the class or marking the partner gave it, and any information sharing agreement may impose further limits. If a sharing agreement does not permit further processing, that information must not be used with any generative AI tool.")
p("6.8 Staff must not use generative AI to try to re-identify people from anonymised or pseudonymised data.")

h1("7. Prohibited and restricted uses")
p("7.1 No generative AI output may be the sole or principal basis of a Significant Decision. Where generative AI helped to prepare material used in a Significant Decision, the decision-maker must have read the underlying evidence themselves.")
p("7.2 Generative AI must not be used to form a judgement on the merit, suitability or eligibility of individuals or bids. This includes scoring, ranking, sifting or shortlisting job applicants, grant or funding applicants or service users, and evaluating or scoring tender submissions.")
p("7.3 Generative AI output must not be relied on as legal advice, and must not be used to draft legal documents, court statements or witness statements for any proceedings unless Legal Services has approved that use.")
p("7.4 Generative AI must not be used to produce material intended to affect support for a political party, candidate or elected member. During a pre-election period no AI-generated images or video may be published by the council without the approval of the Head of Communications.")
p("7.5 Generative AI must not be used to create content that is discriminatory, harassing, sexual or misleading, or to impersonate any person or organisation, including writing messages designed to appear to come from a colleague.")
p("7.6 Staff must not use generative AI to get around a council control, for example to bypass web filtering, to create passwords or credentials for council systems, or to write code that disables security features.")
h3("Code and technical work")
p("7.7 Code produced with generative AI may be used in council systems only after review by a second developer and testing under the Change Management Procedure. Secrets, credentials, connection strings and live data must never be included in a prompt to any tool.")
p("7.8 AI Projects need AIGB approval before work starts, whatever tool or information class is involved. Staff may try out the building features of Public Tools using PUBLIC information only, provided nothing they build is connected to council systems or offered to the public.")

h1("8. Checking outputs")
p("8.1 The Responsible Officer must check all generative AI output before using it for anything beyond their own notes, including facts, figures, names, dates, references, legal and policy citations and web links.")
p("8.2 Output must also be checked for bias, and for tone that would be inappropriate for its audience, particularly in communications with residents.")
p("8.3 Content for publication, statutory notices, committee reports and letters setting out a council decision must go through the normal sign-off route. Generative AI assistance does not shorten or replace that route.")
p("8.4 Machine translation may be used to understand incoming correspondence. Translated text that the council will publish or send must be checked by a fluent speaker before use, and translations of statutory notices or documents for legal proceedings must be obtained from the council's contracted translation service.")

h1("9. Transparency and labelling")
p("9.1 Content that the council publishes (on its website, on social media, in print or in consultation material) and that was substantially generated by generative AI must carry a statement that AI was used, for example \"Drafted with the help of AI and checked by Calderwick County Council\".")
p("9.2 Images, video and audio created or materially altered by generative AI must be labelled \"AI-generated\" wherever they are published or shown outside the council.")
p("9.3 A label is not needed for internal documents, for correspondence that an officer has reviewed and sends under their own name, or for use limited to spelling, grammar or formatting. Staff must answer honestly if a resident asks whether AI was used.")
p("9.4 Any chatbot or automated assistant that deals with the public must tell people that they are talking to AI and how to reach a person.")
p("9.5 Where generative AI contributed to a committee report or a formal decision record, the report or record must say so in its background papers section or equivalent.")

h1("10. Meeting Capture and likeness")
h3("Recordings and transcription")
p("10.1 Meeting Capture using Microsoft Teams transcription and Copilot under a council account is permitted for internal council meetings, provided that the organiser tells participants at the start, anyone may ask for it to be switched off, and the transcript and summary are checked before they are circulated.")
p("10.2 Meeting Capture must not be used in the following meetings unless every participant agrees in writing and, for HR meetings, the HR Business Partner has agreed:")
b("disciplinary, grievance, capability and sickness absence meetings;")
b("meetings with trade union representatives about individual cases;")
b("meetings where OFFICIAL-SENSITIVE – CARE information will be discussed, other than under an Approved Use Case.")
p("10.3 AI note-taking services that join a meeting as a participant or are added from outside the council's Microsoft 365 environment (for example Otter, Fireflies, Read.ai or the AI companion in another video-calling service) are Public Tools and must not be admitted to or used in any council meeting. Where an external organisation's meeting uses its own note-taker, staff must ask the host to switch it off before OFFICIAL-SENSITIVE matters are discussed, or must not discuss those matters.")
p("10.4 Staff must not record or transcribe telephone calls or conversations with residents using generative AI except through the Customer Contact Centre's telephony system under its published privacy notice.")
h3("Images, voice and likeness")
p("10.5 A Synthetic Likeness of a real person may be made only with that person's informed written consent, for a stated purpose, using an Enterprise Tool or a service bought under section 11, and it must be labelled under 9.2. A Synthetic Likeness of an elected member, a candidate for election, a child or a service user must not be made in any circumstances.")
p("10.6 Staff must not upload photographs or recordings of residents, service users, children or colleagues to any generative AI tool to edit, enhance or animate them, except to make a Synthetic Likeness permitted under 10.5. Images from the council's image library that show no identifiable person may be used with any tool.")

h1("11. Buying and switching on AI")
p("11.1 Any purchase, subscription, trial or free offer of a generative AI product or Embedded AI Feature for council work must go through ICT's Technology Request process, with an Information Governance review and, where personal information will be involved, a DPIA.")
p("11.2 Suppliers who will use generative AI with council information to deliver services must declare it during procurement, and the contract must cover it.")
p("11.3 Switching on a new generative AI feature in a system the council already uses (for example a case management system or the HR system) is a change to that system and needs the agreement of the system owner and Information Governance before it is switched on. If the system holds OFFICIAL-SENSITIVE – CARE information, the feature also needs an Approved Use Case.")

h1("12. Training and support")
p("12.1 Staff must complete the \"Generative AI Essentials\" module on Calderwick Learning Zone before using any Enterprise Tool with OFFICIAL-SENSITIVE information, and must refresh it every two years.")
p("12.2 Each directorate has at least one AI Champion, named on the AIGB intranet page, who can help colleagues with practical questions. AI Champions cannot approve exceptions to this policy.")
p("12.3 Managers must make sure their teams know this policy. A manager may not require a member of staff to use a Public Tool or to create an account with one.")

h1("13. Incidents and concerns")
p("13.1 If OFFICIAL-SENSITIVE or OFFICIAL-SENSITIVE – CARE information has been entered into a Public Tool, or into any tool against this policy, the member of staff must report it through the Report an Information Incident form on the intranet on the same working day, and should delete the conversation if the tool allows. Asking the tool to \"forget\" the information is not a substitute for reporting.")
p("13.2 Staff should also report output that appears discriminatory or harmful or that contains another person's personal information.")

h1("14. Matters under review")
p("14.1 Ambient voice tools, which listen to a conversation and draft case notes, are being piloted in Adult Social Care under an Approved Use Case. They must not be used in home visits, assessments or any other conversation outside that pilot until the AIGB has decided on wider use.")
p("14.2 The council has not yet decided whether generative AI may be used to analyse or summarise responses to public consultations and surveys. Until it has, each proposal must be referred to the AIGB before any responses are entered into any tool.")
p("14.3 The application of this policy to elected members is being considered by the Standards Committee. Whether members may use Enterprise Tools for ward casework is not yet settled; officers who support members should refer any such request to the AIGB.")
p("14.4 Copilot agents and other features that act on a user's behalf without each step being approved (for example sending emails, accepting meetings or changing files) are under review. Until the AIGB decides, these features must not be switched on.")
p("14.5 The council has not decided whether generative AI may be used to identify information for redaction or exemption when responding to Freedom of Information, Environmental Information Regulations or subject access requests. Until it has, any such use needs AIGB approval.")

h1("15. Contacts and review")
p("15.1 AI Governance Board, for questions this policy does not answer, AI Projects and Approved Use Cases: aigovernance@calderwick.gov.uk.")
p("15.2 Information Governance Team and Data Protection Officer, for information classes, DPIAs, information sharing agreements and incidents: infogov@calderwick.gov.uk or extension 4410.")
p("15.3 ICT Service Desk, for Enterprise Tool access, licences, Company Portal and the Digital Catalogue: through the ICT Service Portal.")
p("15.4 Communications Team, for labelling, published content and images: comms@calderwick.gov.uk. Legal Services: through the legal instruction form on the intranet.")
p("15.5 This policy will be reviewed every six months, or sooner if the law or the available tools change significantly.")

h1("Appendix A – Examples of information classes")
p("A.1 PUBLIC: published committee reports and minutes, pages on the council website, press releases once issued, published statistics, job adverts once live, and published policies including this one.")
p("A.2 OFFICIAL: draft policies and strategies with no personal information, internal procedures and process maps, team plans, training material, non-personal performance figures, and agendas for internal meetings.")
p("A.3 OFFICIAL-SENSITIVE: anything about a named or identifiable person (complaints, council tax, parking or licensing cases, correspondence with residents); staff matters such as appraisals, pay, disciplinary and grievance cases; job applications and interview notes; tender bids and evaluations; contract prices that are not published; legal advice; committee reports before publication and exempt (Part 2) papers; budget proposals before the Cabinet agenda is published; and network or security information.")
p("A.4 OFFICIAL-SENSITIVE – CARE: adult and children's social care records; safeguarding referrals and strategy meeting notes; Education, Health and Care Plans and other special educational needs records; information about children in care and care leavers; school attendance and exclusion records about individual pupils; occupational health reports and the reasons for a colleague's sickness absence; and information about a person's health, disability, ethnicity, religion, sexual orientation or criminal record, including youth justice records.")

# ---------------- emit .md -----------------
def md_text():
    out = []
    for kind, x in C:
        if kind == "title": out.append(f"# {x}\n")
        elif kind == "meta": out.append(f"{x}\n")
        elif kind == "h1": out.append(f"## {x}\n")
        elif kind == "h3": out.append(f"### {x}\n")
        elif kind == "p": out.append(f"{x}\n")
        elif kind == "bullet":
            if out and out[-1].startswith("- "):
                out[-1] = out[-1] + f"- {x}\n"
            else:
                out.append(f"- {x}\n")
        elif kind == "table":
            rows = x
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines) + "\n")
    return "\n".join(out)

def build_docx(path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for kind, x in C:
        if kind == "title": d.add_paragraph(x, style="Title")
        elif kind == "meta": d.add_paragraph(x)
        elif kind == "h1": d.add_heading(x, level=1)
        elif kind == "h3": d.add_heading(x, level=3)
        elif kind == "p": d.add_paragraph(x)
        elif kind == "bullet": d.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, r in enumerate(x):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs: run.bold = True
    d.core_properties.title = "Generative AI Acceptable Use Policy"
    d.core_properties.author = "Calderwick County Council – Information Governance"
    d.save(path)

FAQ = """# Generative AI – staff questions and answers

This page answers common questions about the Generative AI Acceptable Use Policy. If this page and the policy ever differ, the policy applies.

## Is there a list of approved AI tools?

No. You can use any generative AI tool for council work. What matters is the class of the information you put into it and whether the tool is a Public Tool or one of the council's Enterprise Tools (policy sections 5 and 6). The Enterprise Tools are listed in the Digital Catalogue on the ICT Service Portal.

## Can I use ChatGPT or another free AI tool?

Yes, as a Public Tool. Only PUBLIC information, or OFFICIAL information that identifies nobody and leaves out security details and unpublished supplier names and prices, may go into it. Switch off the setting that lets the provider train on your chats, and never connect it to your council email or files. Nothing OFFICIAL-SENSITIVE, and nothing about anyone's health, care or safeguarding, ever goes into a Public Tool.

## How do I know I am using Copilot Chat with my work account?

Sign in with your @calderwick.gov.uk account and look for the green shield and the word "protected" near the chat box. If you are signed in with a personal Microsoft account (for example an outlook.com or hotmail address), Copilot is a Public Tool and the Public Tool rules apply.

## Can Copilot be used with personal information?

Usually yes, if you are signed in with your council account, you have completed Generative AI Essentials, you use only what the task needs and you save anything you keep in the proper system. Large datasets need the Information Asset Owner's written agreement first. Health, social care, safeguarding and children's records are different: they cannot go into any AI tool, Copilot included, unless the AI Governance Board has approved that specific use.

## Do I have to say that I used AI?

For anything the council publishes that was substantially written by AI, yes: add the statement in section 9.1 of the policy, and label AI-generated images, video and audio. You do not need a label on internal documents or on emails and letters you have checked and send under your own name, but always be honest if someone asks.

## Someone has invited an AI note-taker to a meeting. What should I do?

Do not add AI note-takers such as Otter or Fireflies to council meetings. If another organisation's meeting has one, ask the host to switch it off before anything OFFICIAL-SENSITIVE is discussed, or leave those matters for another conversation.

## I have put something into an AI tool that I should not have. What now?

Report it on the Report an Information Incident form on the same working day and delete the conversation if you can. Reporting quickly matters more than anything else; the Information Governance Team will help you.

## Who can I ask?

Start with your directorate's AI Champion for practical help. Questions about information classes, DPIAs or incidents go to the Information Governance Team (infogov@calderwick.gov.uk). Anything the policy does not answer, new AI projects and approvals go to the AI Governance Board (aigovernance@calderwick.gov.uk).
"""

if __name__ == "__main__":
    build_docx(KN / f"{STEM}.docx")
    (OR / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    (KN / "genai-staff-faq.md").write_text(FAQ, encoding="utf-8")
    shutil.copyfile(KN / "genai-staff-faq.md", OR / "genai-staff-faq.md")
    (KN / "sources.yaml").write_text(
        f"{STEM}.docx:\n  title: Generative AI Acceptable Use Policy\n  owner: Head of Information Governance\n  version: \"2.1 (January 2026)\"\n"
        "genai-staff-faq.md:\n  title: Generative AI – staff questions and answers\n  owner: Information Governance Team\n  version: \"January 2026\"\n",
        encoding="utf-8")
    import re
    words = len(re.findall(r"\w+", md_text()))
    print("policy words:", words)
