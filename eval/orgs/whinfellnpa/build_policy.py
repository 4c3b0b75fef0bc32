"""Builds the Whinfell NPA generative AI policy (.docx) and its .md original, and copies the FAQ."""
import os, shutil
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "whinfell-genai-policy"
TITLE = "Use of Generative Artificial Intelligence Policy"

FRONT = [
    "Whinfell National Park Authority",
    "Version 1.1 – approved by Resources Committee, 14 October 2026",
    "Policy owner: Director of Corporate Services (Senior Information Risk Owner)",
    "Contact: AI Working Group, ai@whinfell-npa.gov.uk",
    "Next review: October 2027",
]

# ("h", "4. Heading") numbered heading; ("p", "4.1 text"); ("i", "(a) text"); ("u", "unnumbered para"); ("a", "Appendix A – ...")
BODY = [
("h", "1. Introduction and purpose"),
("p", "1.1 This policy explains how staff of Whinfell National Park Authority (\"the Authority\") may use generative artificial intelligence (AI) tools in their work, and the information and activities to which those tools must not be applied."),
("p", "1.2 The Authority takes an open approach. Generative AI can save time on routine drafting, research, summarising and coding, and staff are encouraged to use it where it helps them serve the park and its visitors, provided they follow the information rules in section 5 and the activity rules in section 6."),
("p", "1.3 This policy supports, and does not replace, the Authority's Data Protection Policy, ICT Acceptable Use Policy, Information Security Policy and Code of Conduct for Employees."),
("h", "2. Scope"),
("p", "2.1 This policy applies to all employees of the Authority, including rangers, estates and woodland staff and visitor centre staff, to agency workers and contractors working for the Authority, to volunteers when they act on the Authority's behalf, and to staff of Whinfell Trading Limited, the Authority's trading company."),
("p", "2.2 Members of the Authority must follow the information and activity rules in sections 5 and 6 when using generative AI for Authority business, including Planning Committee and Standards Committee business."),
("p", "2.3 The policy covers any tool that generates text, images, audio, video or code, whether a stand-alone service (for example ChatGPT, Gemini, Claude, Copilot, Midjourney) or an AI feature built into other software."),
("p", "2.4 It does not cover non-generative systems such as visitor counters, GIS analysis or the car park payment system, which are covered by the Information Security Policy."),
("h", "3. Roles and responsibilities"),
("p", "3.1 The Director of Corporate Services, as Senior Information Risk Owner, owns this policy."),
("p", "3.2 The AI Working Group (the Head of ICT, the Information Governance Officer, the Communications Manager and a representative of the Planning service) keeps this policy under review, answers questions about it and decides the points this policy leaves open. It can be contacted at ai@whinfell-npa.gov.uk or through the \"AI at Whinfell\" Teams channel."),
("p", "3.3 The Information Governance Officer is the Authority's Data Protection Officer and advises on how information should be classified under section 5."),
("p", "3.4 Line managers must make sure their teams know this policy and have completed the training in section 9."),
("p", "3.5 Everyone who uses generative AI is personally responsible for what they put into a tool and for any output they use in their work."),
("h", "4. Choosing and using tools"),
("p", "4.1 Staff may use any generative AI tool for Authority work. The Authority does not keep a list of approved tools, and staff do not need to ask permission before using a tool, provided they follow the information rules in section 5 and the activity rules in section 6."),
("p", "4.2 Microsoft 365 Copilot Chat, signed in with an Authority (@whinfell-npa.gov.uk) account, is the only generative AI tool in which internal information may be used. When signed in correctly it shows the green shield and the word \"Protected\". The Authority does not currently provide Microsoft 365 Copilot licences (Copilot inside Word, Outlook or Teams)."),
("p", "4.3 Staff may use free or paid personal accounts of public AI tools for Authority work, but only with published information (see 5.2). The Authority does not reimburse personal subscriptions."),
("p", "4.4 Staff may use AI tools on a personal device (for example their own phone or home computer) for Authority work only with published information. Internal information may be used in Copilot Chat only on an Authority-managed device."),
("p", "4.5 Staff must not connect an AI tool, browser extension, plug-in or add-in to their Authority email, calendar, OneDrive, SharePoint or Teams account, or give it access to Authority systems, without the written approval of the Head of ICT."),
("p", "4.6 Staff must not use their Authority email address to create an account with any AI service other than Microsoft 365 Copilot Chat."),
("p", "4.7 Any purchase of an AI product or subscription with Authority money, including by Whinfell Trading Limited, must go through the ICT service and the Authority's procurement rules and needs a data protection impact assessment approved by the Information Governance Officer before it is used."),
("h", "5. Information rules"),
("p", "5.1 For this policy, information falls into three groups: published information, internal information, and restricted information. Putting information into a tool includes typing or pasting it, uploading files, photographs or recordings, and sharing a screen or a link with the tool."),
("p", "5.2 Published information may be used in any generative AI tool, including public tools and personal accounts. Published information is information the Authority has already made public or that is otherwise lawfully in the public domain, such as the Local Plan and National Park Management Plan, published committee papers and minutes, website content, issued press releases and published leaflets and maps."),
("p", "5.3 Internal information may be used only in Microsoft 365 Copilot Chat signed in with an Authority account (see 4.2). Internal information is the Authority's own unpublished information that identifies no living person, such as drafts of documents before publication, internal procedures, draft committee reports before publication, budget working papers and non-personal figures."),
("p", "5.4 The following restricted information must not be put into any generative AI tool, including Microsoft 365 Copilot Chat:"),
("i", "(a) personal data: any information that identifies a living person, including names with circumstances, addresses, email addresses and phone numbers, planning applicants', agents' and objectors' details, complaints and correspondence from the public, volunteer records and staff HR records such as sickness, appraisal, grievance and disciplinary records;"),
("i", "(b) special category and criminal offence data, including health information, and any information about children and young people, such as school group lists, Junior Ranger records and safeguarding concerns;"),
("i", "(c) planning enforcement information, including complaints about suspected breaches of planning control, site visit notes, photographs taken on enforcement visits and enforcement case files, whether or not names have been removed;"),
("i", "(d) commercially sensitive information, including tender submissions and quotes, contract prices, supplier terms and margins of Whinfell Trading Limited, timber sale prices before sale, and land, property and lease negotiations;"),
("i", "(e) legal advice received by the Authority, and security information such as passwords, door and gate codes, CCTV footage and system configurations."),
("p", "5.5 Removing names does not by itself make information safe. In a small community a person can often be recognised from a farm name, a grid reference or the circumstances. Information that has been fully anonymised, so that no person can be identified from it or from other information likely to be available, is internal information and may be used in Copilot Chat."),
("p", "5.6 Information about Members and senior officers that the Authority itself publishes about their public role, such as names, roles and published registers of interests, counts as published information."),
("p", "5.7 If you are not sure which group information belongs to, treat it as the more restricted group and ask the Information Governance Officer."),
("h", "6. Activity rules"),
("u", "Planning"),
("p", "6.1 Generative AI must not be used to make, recommend or inform any decision on a planning application, appeal, prior approval, listed building consent or enforcement matter. This includes drafting or checking the assessment, recommendation or conditions of an officer report or delegated report, and summarising or weighing representations on an application."),
("p", "6.2 Planning staff may use AI to help them understand published national and local planning policy and guidance, and to draft general material that is not about a particular application, such as a guidance note for householders, using published or internal information under section 5."),
("p", "6.3 The Authority has not yet decided whether AI may be used to analyse responses to consultations on the Local Plan or the National Park Management Plan, even where personal details have been removed. Until the AI Working Group has decided, staff must refer any such proposal to the Group and must not go ahead in the meantime."),
("u", "Decisions about people"),
("p", "6.4 Generative AI must not be used to make or inform decisions about individuals, including grants, access permissions, complaints, performance, capability, grievance and disciplinary matters."),
("p", "6.5 Generative AI must not be used to screen, shortlist, score, rank or otherwise assess job applicants or volunteers, including applications for volunteer ranger roles, volunteer reviews and interview answers. Staff may use Copilot Chat to help draft a job description, advert or volunteer role profile that contains no personal data."),
("u", "Images, audio and video"),
("p", "6.6 AI must not be used to create photorealistic images or video of the National Park, its landscapes, wildlife, buildings or events that are presented as real photographs or footage, whether in publications, interpretation panels, the website, social media or products sold by Whinfell Trading Limited."),
("p", "6.7 AI must not be used to create images, video, audio or voices that depict or imitate a real, identifiable person, including staff, Members, volunteers and members of the public."),
("p", "6.8 Illustrations, diagrams and clearly stylised artwork made with AI may be used, provided they are labelled under 6.9 and no third-party images are uploaded to create them without the rights holder's permission."),
("u", "Publication and labelling"),
("p", "6.9 Any image, video or audio that has been generated or substantially altered by AI must be labelled \"AI-generated\" where it is published. Written content published by the Authority in which AI produced a substantial part of the text must carry the statement \"This content was drafted with the help of AI and checked by Authority staff\". Using AI only to check spelling and grammar or to reword your own text does not need a label."),
("p", "6.10 Everything produced with AI must be checked by a member of staff for accuracy, tone and bias before it is published or sent outside the Authority. Facts about the park, such as rights of way, species records, opening times and charges, must be checked against the Authority's own records."),
("u", "Meetings, recording and transcription"),
("p", "6.11 AI meeting assistants and note-taking bots, such as Otter, Fireflies, Read.ai, Zoom AI Companion or any bot that joins a call to record, transcribe or summarise it, must not be used in any meeting held for Authority business, whether internal or with partners, applicants or the public."),
("p", "6.12 AI must not be used to draft minutes of meetings of the Authority, its committees (including the Planning Committee and the Standards Committee) or their sub-committees, or to summarise their recordings or webcasts."),
("u", "Legal, safety and procurement"),
("p", "6.13 Generative AI must not be relied on for legal advice on Authority matters, or used to draft legal documents such as agreements, leases, notices, Tree Preservation Orders or byelaws. Staff may use it to help them understand published legislation and guidance, but must check with Legal Services before acting on it."),
("p", "6.14 Generative AI must not be used to write or approve risk assessments, safe systems of work, tree safety inspection outcomes, search and rescue or first-aid advice, or any other safety-critical decision."),
("p", "6.15 The Authority has not yet decided whether AI translation may be used for public safety information, such as water safety, fell safety or wildfire warnings on signs and published safety messages. Such requests must be referred to the AI Working Group."),
("p", "6.16 Staff may use AI to translate published information for their own understanding, or to translate other non-safety information for publication, provided the translation is checked by a fluent speaker before it is published."),
("p", "6.17 Generative AI must not be used to evaluate, score or compare tenders or quotes. Staff may use Copilot Chat to help draft a specification or invitation to quote from internal information."),
("u", "Code and automation"),
("p", "6.18 Staff may use AI to help write and explain code, scripts, spreadsheet formulas and GIS expressions. Code must not contain passwords, keys or personal data when it is put into a tool, and AI-written code must be reviewed and tested by a second person before it is run on Authority systems or live data."),
("p", "6.19 AI must not be allowed to take actions on the Authority's behalf without a person checking each action first, including sending emails, replying to the public, posting on social media, making bookings or payments and changing records. Automated workflows or agents that use AI need the written approval of the Head of ICT."),
("p", "6.20 No AI chatbot or assistant may be offered to the public on the Authority's website, social media or visitor centre screens without the approval of the Senior Information Risk Owner."),
("h", "7. Records and transparency"),
("p", "7.1 Prompts and outputs used for Authority work may be disclosable under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004. Where AI output forms part of an Authority record, keep it with that record."),
("p", "7.2 The Authority publishes a summary of the ways it uses AI on its website. Managers must tell the AI Working Group about any new regular use of AI by their team."),
("h", "8. Incidents and breaches"),
("p", "8.1 If restricted information, or internal information in a tool other than Copilot Chat, has been put into an AI tool, report it straight away, and in any case within 24 hours, to the Information Governance Officer (infogov@whinfell-npa.gov.uk, extension 2140) and to your line manager. Do not try to delete the information yourself first."),
("p", "8.2 Report AI output that is offensive, discriminatory or seriously misleading, or a suspected security problem with an AI tool, to the ICT Service Desk."),
("p", "8.3 A breach of this policy may be dealt with under the Authority's disciplinary procedure, and, for Members, may be referred to the Monitoring Officer under the Members' Code of Conduct."),
("h", "9. Training and support"),
("p", "9.1 Staff must complete the \"Using AI safely at Whinfell\" e-learning module on the learning portal before using generative AI for Authority work, and refresh it every two years."),
("p", "9.2 Questions about this policy should be sent to the AI Working Group. Questions about classifying information should go to the Information Governance Officer."),
("h", "10. Review"),
("p", "10.1 The AI Working Group will review this policy at least once a year, or sooner if the law or the tools available change. Changes are approved by the Resources Committee."),
("a", "Appendix A – Definitions"),
("p", "A.1 Generative AI: software that produces new text, images, audio, video or code in response to a prompt."),
("p", "A.2 Microsoft 365 Copilot Chat: Microsoft's AI chat service provided with the Authority's Microsoft 365 subscription, used at copilot.cloud.microsoft while signed in with an Authority account."),
("p", "A.3 Member: a person appointed to the Authority by a constituent council or by the Secretary of State."),
("p", "A.4 Restricted information: the information listed in 5.4."),
]

def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    d.add_heading(TITLE, level=0)
    for line in FRONT:
        d.add_paragraph(line)
    for kind, text in BODY:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "a":
            d.add_heading(text, level=1)
        elif kind == "u":
            d.add_heading(text, level=2)
        elif kind == "i":
            p = d.add_paragraph(text); p.paragraph_format.left_indent = Pt(28)
        else:
            d.add_paragraph(text)
    d.save(path)

def build_md(path):
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    for kind, text in BODY:
        if kind in ("h", "a"):
            out += [f"## {text}", ""]
        elif kind == "u":
            out += [f"### {text}", ""]
        else:
            out += [text, ""]
    open(path, "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    shutil.copy(os.path.join(HERE, "knowledge", "ai-staff-faq.txt"), os.path.join(HERE, "originals", "ai-staff-faq.txt"))
    print("built")
