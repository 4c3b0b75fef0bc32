#!/usr/bin/env python3
"""Build knowledge/genai-use-policy.docx and originals/genai-use-policy.md from one text.

The Word file: a Title, a subtitle line, a version table, then Heading 1 paragraphs whose
section numbers are typed ("4. Approved tools") and Normal paragraphs whose clause numbers are
typed ("4.1 Only ..."); lettered items are separate Normal paragraphs starting "(a)".
The markdown original: `# Title`, the version table, `## 4. Approved tools`, `4.1 ...`.

    /work/main/.venv/bin/python make_docx.py
"""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "genai-use-policy"

TITLE = "Generative Artificial Intelligence Use Policy"
SUBTITLE = "Office of the Police, Fire and Crime Commissioner for Calderwick"

VERSION_TABLE = [
    ("Document reference", "OPFCC-IG-014"),
    ("Version", "2.0"),
    ("Status", "Approved"),
    ("Policy owner", "Head of Governance and Information (Data Protection Officer)"),
    ("Approved by", "Senior Leadership Team"),
    ("Date approved", "2 November 2026"),
    ("Next review", "May 2027"),
    ("Protective marking", "OFFICIAL"),
    ("Changes in this version", "Teams live transcription added as a second approved tool; section 13 (matters not yet decided) added"),
]

# ("h", "N. Heading") numbered section heading; ("p", "N.M text") numbered paragraph;
# ("i", "(a) text") lettered item belonging to the paragraph above.
BODY = [
    ("h", "1. Purpose and status"),
    ("p", "1.1 The Office of the Police, Fire and Crime Commissioner for Calderwick (\"the Office\") supports the elected Commissioner in setting the police and crime plan and the fire and rescue plan, in holding the Chief Constable and the Chief Fire Officer to account, in commissioning support services for people affected by crime, and in handling complaint reviews and correspondence from the public. This policy explains how people working for the Office may and may not use generative artificial intelligence (AI) in that work."),
    ("p", "1.2 Generative AI can speed up drafting, summarising and reorganising written material. It can also produce content that is wrong, biased or simply invented, and information given to it may be stored or reused outside the Office's control. Much of what the Office holds concerns victims of crime and people who have complained about the police or fire service, and a mistake with that information could cause real harm and damage public confidence in the Commissioner."),
    ("p", "1.3 This policy is mandatory. Read it alongside the Office's Information Security Policy, Data Protection Policy, Records Management and Retention Schedule and the Staff Code of Conduct. Where this policy is stricter than any of those documents on a matter involving generative AI, this policy applies."),
    ("p", "1.4 A breach of this policy may lead to action under the Office's disciplinary procedure or, for contractors and agency workers, to the end of their engagement with the Office."),

    ("h", "2. Definitions"),
    ("p", "2.1 \"Generative AI\" means any software that produces text, images, audio, video or computer code in response to an instruction, whether it is a stand-alone website or app or a feature built into other software. ChatGPT, Gemini, Claude, Microsoft Copilot, Perplexity and image generators such as Midjourney are examples."),
    ("p", "2.2 A \"prompt\" is anything you type, paste, upload, dictate or otherwise share with a generative AI tool, including attached documents and screenshots. An \"output\" is anything the tool produces in return."),
    ("p", "2.3 Your \"work account\" is the Microsoft account issued to you by the Office, with an address ending @calderwick-pfcc.gov.uk."),
    ("p", "2.4 \"Personal data\" means information about a living person who can be identified from it, on its own or together with other information, such as a name together with details about that person, a home address, a telephone number, an email address, a date of birth or a case or complaint reference number."),
    ("p", "2.5 \"Special category and criminal offence data\" means personal data about a person's physical or mental health, racial or ethnic origin, religious or philosophical beliefs, political opinions, trade union membership, sex life or sexual orientation, or genetic or biometric data, and any information about criminal allegations, offences, proceedings or convictions, including information about a person as the victim of, or a witness to, a crime. Personal data about children who are in contact with the Office or with services it commissions is treated in the same way."),
    ("p", "2.6 \"Form LD7\" means the record completed by the Calderwick Victim Care Hub when it first speaks to a person who has been affected by crime. It sets out, largely in that person's own words, what happened to them, how it has affected them, including their health and any support needs, and the help they have asked for. Every Form LD7, and every extract, copy or summary of one, is special category and criminal offence data for the purposes of this policy."),
    ("p", "2.7 The \"Governance and Information Team\" is the team led by the Head of Governance and Information, who is also the Office's Data Protection Officer. It can be contacted at governance@calderwick-pfcc.gov.uk."),

    ("h", "3. Scope"),
    ("p", "3.1 This policy applies to everyone who works for the Office: employees, police officers and police staff seconded to the Office, agency and interim workers, contractors and consultants, and volunteers (including independent custody visitors and members of the Office's scrutiny panels) when they act on the Office's behalf. In this policy they are all called \"staff\"."),
    ("p", "3.2 It applies to all Office work, wherever it is done and whatever device is used."),
    ("p", "3.3 Calderwick Constabulary and Calderwick Fire and Rescue Service have their own policies on artificial intelligence. Staff seconded from either organisation follow this policy while they are working for the Office."),
    ("p", "3.4 This policy covers generative AI only. Ordinary spelling and grammar checking that does not write new text, spam filtering and the search function of the Office's own systems are not covered. How far this policy applies to the Commissioner and the Deputy Commissioner themselves is dealt with in section 13."),

    ("h", "4. Approved tools"),
    ("p", "4.1 Only two generative AI tools are approved for Office work:"),
    ("i", "(a) Microsoft 365 Copilot Chat, used in the Microsoft 365 app, in the Edge browser or in Teams while you are signed in with your work account and the shield symbol showing that enterprise data protection is on is displayed; and"),
    ("i", "(b) the live transcription feature of Microsoft Teams, used in meetings organised from a work account and only in the way section 6 allows."),
    ("p", "4.2 No other generative AI tool may be used for any Office work. This covers free, trial and paid versions of every other product. It also covers the free or consumer versions of the two approved products and any personal account for them: for example Copilot used on copilot.microsoft.com or in the Copilot phone app while signed in with a personal Microsoft account, or the free personal edition of Teams. The only question about other tools that remains open concerns assistive software used as a reasonable adjustment (see 13.6)."),
    ("p", "4.3 The rule in 4.2 includes AI features built into other software and services, such as writing assistants, browser extensions, note-taking bots that join online meetings, and AI features in design, survey and social media tools, even where the Office uses the rest of that software. Grammarly, Otter.ai, DeepL, the AI features of Canva and Zoom AI Companion are examples of tools that are not approved."),
    ("p", "4.4 The separately licensed Microsoft 365 Copilot, which works inside Word, Excel, Outlook and PowerPoint, is not one of the approved tools and the Office has not bought it. Having access to Copilot Chat does not mean that other Copilot products are approved."),
    ("p", "4.5 No manager or team can give permission to use any other tool, and this policy contains no exception process. The list in 4.1 changes only when the Senior Leadership Team approves a new version of this policy. Staff who think another tool would be useful may send a suggestion to the Governance and Information Team, but must not use the tool while the suggestion is being considered."),

    ("h", "5. Information you may put into the approved tools"),
    ("p", "5.1 You may use Copilot Chat with public information and with the Office's own internal information, such as draft reports, briefing notes, internal procedures, unpublished meeting papers and performance figures that do not identify anyone."),
    ("p", "5.2 You may use Copilot Chat with personal data where the task needs it, provided that:"),
    ("i", "(a) you include only the personal data the task actually requires, and leave out names, addresses and contact details wherever the task can be done without them;"),
    ("i", "(b) the task is not one that section 7 rules out; and"),
    ("i", "(c) any output you rely on is saved to the correct record in the Office's systems and not left only in the chat history."),
    ("p", "5.3 Special category and criminal offence data must never be put into any generative AI tool, including Copilot Chat. This applies even after names have been removed, because the details of an offence or of someone's health can often identify them."),
    ("p", "5.4 A Form LD7, or any part, extract, photograph or summary of one, must never be put into any generative AI tool."),
    ("p", "5.5 Information marked OFFICIAL-SENSITIVE, and information received from Calderwick Constabulary or Calderwick Fire and Rescue Service under an information-sharing agreement, must not be put into any generative AI tool."),
    ("p", "5.6 Passwords, access codes and technical details of the Office's IT systems and security arrangements must not be put into any generative AI tool."),
    ("p", "5.7 These limits apply in the same way to anything said in a meeting that is being transcribed. Section 6 sets out the additional rules for transcription."),

    ("h", "6. Meeting transcription in Teams"),
    ("p", "6.1 Live transcription may be switched on only in meetings where everyone taking part is a member of Office staff, or is a member of staff of Calderwick Constabulary or Calderwick Fire and Rescue Service attending for routine business with the Office."),
    ("p", "6.2 Before transcription starts, the meeting organiser must tell everyone present that the meeting will be transcribed and why. If anyone objects, transcription must not be used."),
    ("p", "6.3 Transcription must never be used in a meeting in which a victim, witness, complainant or any other member of the public takes part, or in which an individual's case, complaint or Form LD7 is to be discussed."),
    ("p", "6.4 Transcription must never be used in grievance, disciplinary, capability or sickness absence meetings, or in any other confidential meeting about a member of staff."),
    ("p", "6.5 A transcript is not an official minute. The organiser must check it before relying on it, correct or remove anything that is wrong, and delete it within 30 days unless it has been saved to the record in line with the Retention Schedule."),
    ("p", "6.6 Only the live transcription feature is approved. Intelligent recap, Copilot in Teams meetings, AI-generated meeting notes and any third-party note-taking bot are not approved (see 4.3). A recording or transcript of a meeting must not be given to any tool other than Copilot Chat, and may be given to Copilot Chat only within the limits of section 5."),

    ("h", "7. Activities not permitted with any tool"),
    ("p", "7.1 The rules in this section apply to every generative AI tool, including the two approved tools, whatever kind of information is involved."),
    ("p", "7.2 Generative AI must not be used to make, recommend or score any decision about an individual, such as whether someone is eligible for a commissioned service, whether a grant is awarded to a person, or how a request from a member of the public is resolved. Once a member of staff has made a decision, Copilot Chat may help with the wording of the letter that explains it, within the limits of section 5."),
    ("p", "7.3 Generative AI must not be used in recruitment or in managing staff: not to shortlist, rank, score or assess candidates, not to write references, and not to assess any member of staff's performance, conduct, attendance or suitability for promotion."),
    ("p", "7.4 Generative AI must not be used in any part of a complaint review, in the handling of a complaint about the Chief Constable or the Chief Fire Officer, or in any misconduct or disciplinary investigation. This includes summarising the file, analysing what the parties have said and drafting the outcome."),
    ("p", "7.5 Generative AI must never be used to write, rewrite, summarise, translate or tidy up a witness statement, any item of evidence, or any document that may be relied on in court, tribunal, inquest or misconduct proceedings."),
    ("p", "7.6 Generative AI must not be used to create or alter images, video, audio or voices that show or sound like a real person, including the Commissioner, staff, police officers, firefighters, victims and members of the public."),
    ("p", "7.7 Generative AI must not be used to create or alter the Office's logo, the Commissioner's signature, or the badges, insignia, vehicles or uniforms of the police or fire service."),
    ("p", "7.8 Generative AI must not be used to obtain, draft or check legal advice, or to interpret legislation, contracts or the Office's legal duties for the purpose of a decision. Legal questions go to the Office's Monitoring Officer, who will obtain advice where needed."),
    ("p", "7.9 Generative AI must not be used in safeguarding work, including deciding whether a concern exists, writing a safeguarding referral, or assessing the risk to a child or an adult at risk."),
    ("p", "7.10 Generative AI must not be used to evaluate, score or compare tenders, bids or grant applications, including applications to the Community Safety Fund, and no supplier's commercially confidential information may be put into it."),
    ("p", "7.11 Generative AI must not be used to produce material for any election campaign or party political purpose, including material about the Commissioner's candidacy or the Commissioner's political party."),
    ("p", "7.12 Generative AI must not be used to monitor, profile or research individuals, for example by looking up or analysing the social media activity of complainants, correspondents, campaigners or staff."),

    ("h", "8. Checking and owning what AI produces"),
    ("p", "8.1 You are responsible for anything you produce with the help of generative AI, exactly as if you had written it yourself."),
    ("p", "8.2 Check every fact, figure, quotation and reference in an output against a reliable source before you use it. Generative AI tools can invent statistics, reports and even legislation."),
    ("p", "8.3 Check outputs for bias, stereotyping and wording that could cause offence, particularly about victims, communities and people with protected characteristics."),
    ("p", "8.4 Do not use generative AI to reproduce copyright material in full, and do not present its output as the work of another person or organisation."),
    ("p", "8.5 Do not rely on generative AI to tell members of the public about their rights, police powers or how a crime will be dealt with. Such information must come from a checked source."),

    ("h", "9. Transparency"),
    ("p", "9.1 If generative AI has produced a substantial part of a letter, email, report or other document that is sent outside the Office, the document must say so, using the standard statement published on the intranet: \"Parts of this document were drafted with the help of an AI tool and checked by a member of staff.\""),
    ("p", "9.2 Content drafted with generative AI that is to be published, including website pages, social media posts, press releases, reports to the Police and Crime Panel and the annual report, must:"),
    ("i", "(a) be checked in full by its author against section 8;"),
    ("i", "(b) be approved by the Head of Communications before it is published; and"),
    ("i", "(c) carry the statement in 9.1."),
    ("p", "9.3 Prompts and outputs held in Office accounts may have to be disclosed under the Freedom of Information Act 2000 or in response to a subject access request. Write prompts on the assumption that they may one day be read by the person they are about or by the public."),
    ("p", "9.4 The Office publishes on its website a short statement of the generative AI tools it uses and what it uses them for, and updates it whenever this policy changes."),

    ("h", "10. Devices and accounts"),
    ("p", "10.1 The approved tools may be used only on laptops, desktops and phones issued and managed by the Office. They must not be used on a personal phone, tablet or computer, even when signed in with your work account."),
    ("p", "10.2 You must not use a personal account on any AI service for Office work, and you must not send Office information to a personal email account or device in order to use it with an AI tool."),
    ("p", "10.3 Do not share your work account or allow anyone else to use Copilot Chat through your sign-in."),

    ("h", "11. Training and support"),
    ("p", "11.1 Before you use Copilot Chat or switch on transcription for the first time, you must complete the \"Using AI Safely\" e-learning module on the Office's learning hub. Access to Copilot Chat is enabled once the module is completed."),
    ("p", "11.2 The module must be repeated every 12 months. Access may be withdrawn from anyone whose training has lapsed."),
    ("p", "11.3 Managers must make sure their team members have completed the training and understand this policy before they use the approved tools."),
    ("p", "11.4 Questions about how this policy applies to a particular task should be sent to the Governance and Information Team. The Office's Digital Lead runs drop-in sessions on writing effective prompts."),

    ("h", "12. Incidents and breaches"),
    ("p", "12.1 If you have put information into a generative AI tool in breach of this policy, used a tool that is not approved, or received an output that reveals someone else's information, report it to the Governance and Information Team at once, and in any case within 24 hours, using the Information Incident form on the intranet."),
    ("p", "12.2 Where special category and criminal offence data or a Form LD7 is involved, you must also telephone your manager and the Data Protection Officer immediately."),
    ("p", "12.3 Do not delete chat histories, transcripts or files connected with an incident until the Governance and Information Team tells you that you may."),
    ("p", "12.4 Reporting quickly limits the harm. The Office will not take disciplinary action against anyone solely because they reported their own honest mistake promptly."),

    ("h", "13. Matters not yet decided"),
    ("p", "13.1 The Senior Leadership Team has not yet reached a decision on the matters listed in this section, and this policy does not currently answer them. Anyone who wants to use generative AI in one of these ways should first put the question to the Governance and Information Team, which will refer it to the Senior Leadership Team for a ruling."),
    ("p", "13.2 Whether Copilot Chat may be used to translate letters, leaflets or web content for members of the public into other languages, or to produce Easy Read versions of documents."),
    ("p", "13.3 Whether Teams live transcription may be used in meetings with commissioned service providers, local authorities, community groups or other partners who are not covered by 6.1."),
    ("p", "13.4 Whether Copilot Chat may be used to analyse free-text responses to public consultations and surveys, such as the annual consultation on the police precept."),
    ("p", "13.5 Whether Copilot Chat may be used to write or correct spreadsheet formulas, macros, scripts or automated workflows that will run on the Office's systems."),
    ("p", "13.6 Whether a member of staff with a disability may use assistive software that includes generative AI features, such as dictation or reading support, as a reasonable adjustment."),
    ("p", "13.7 Whether, and to what extent, this policy applies to the Commissioner and the Deputy Commissioner in their own use of AI tools."),
]


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in VERSION_TABLE:
        cells = table.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    for kind, text in BODY:
        if kind == "h":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "i":
            p = doc.add_paragraph(text)
            p.paragraph_format.left_indent = Pt(28)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Governance and Information Team"
    doc.save(path)


def build_md(path):
    out = [f"# {TITLE}", "", SUBTITLE, "", "| | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in VERSION_TABLE]
    out.append("")
    for kind, text in BODY:
        if kind == "h":
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    words = sum(len(t.split()) for _, t in BODY)
    print("body words:", words)
