#!/usr/bin/env python3
"""Build Aberlune University's GenAI intranet pages (knowledge/*.html) and their
Markdown twins (originals/*.md) from one source of truth, so the text and clause
numbering are identical in both."""
import html
from pathlib import Path

OUT = Path(__file__).resolve().parent
K = OUT / "knowledge"
O = OUT / "originals"

GUIDE = [
    ("h1", "Using generative AI at work: staff guidance"),
    ("meta", "Owner: AI Governance Group (chaired by the Pro Vice-Chancellor, Digital). Version 2.1, approved by the Digital Governance Board on 14 October 2026. Next review: April 2027. This page should be read alongside AI and your data, which sets out the University's information classes."),
    ("h2", "1. Purpose and scope"),
    ("p", "1.1 Aberlune University wants staff to make confident, safe use of generative AI in teaching, research and professional services. This page explains what is expected of you when you do."),
    ("p", "1.2 This guidance applies to everyone who works for or on behalf of the University: academic and professional services staff, postgraduate researchers when teaching or demonstrating, honorary and visiting staff, agency workers and contractors using University information."),
    ("p", "1.3 It covers any use of generative AI for University business, on any device and through any account, including AI features built into other software."),
    ("p", "1.4 Students' own use of AI in their studies is governed by the Academic Integrity Regulations and the guidance for each module, not by this page."),
    ("h2", "2. Definitions"),
    ("p", "2.1 Generative AI means software that produces new text, images, audio, video or code in response to a prompt, whether it is a stand-alone chatbot or a feature inside another product."),
    ("p", "2.2 A Contracted AI Service is a generative AI service that the University has a contract with, covering how our information is stored and used and confirming that it is not used to train the supplier's models. At the date of this version the Contracted AI Services are: Microsoft 365 Copilot Chat when you are signed in with your Aberlune account (you will see the green shield and \u201cProtected\u201d label), Microsoft 365 Copilot within Word, Outlook, Excel and Teams for staff who hold a licence, and Lune, the University's own AI assistant hosted by Digital Services. The current list is kept on the Digital Services AI page."),
    ("p", "2.3 An Open Tool is any generative AI tool or feature that is not a Contracted AI Service. This includes free and paid personal accounts of well-known chatbots, Copilot used with a personal Microsoft account, mobile apps, and AI features in websites and software where the University's contract does not cover the AI feature."),
    ("p", "2.4 Student Work means anything a student submits for assessment or feedback, including drafts, dissertations, portfolios, recordings of performances and examination scripts."),
    ("p", "2.5 A Decision about an Individual is any decision that affects a particular applicant, student or member of staff: admission, marks and progression, extenuating circumstances, academic misconduct outcomes, funding and bursaries, recruitment, promotion, discipline and appeals."),
    ("p", "2.6 Publish means to make content available outside the University, or to all staff or all students, in any medium."),
    ("h2", "3. Which tools you may use"),
    ("p", "3.1 You may use any generative AI tool you choose, including Open Tools, provided you only put into it the information its class allows (see section 4 and AI and your data) and you follow the rest of this guidance."),
    ("p", "3.2 You do not need permission to use a Contracted AI Service. Always sign in with your Aberlune account; Copilot used without signing in, or with a personal account, is an Open Tool."),
    ("p", "3.3 If you use an Open Tool, do not register with your Aberlune email address or reuse your University password, and switch off any setting that lets the supplier use your conversations to train its models where the tool offers one."),
    ("p", "3.4 An AI feature inside a product the University already licenses (for example a writing assistant inside a design or survey package) is a Contracted AI Service only if Digital Services has confirmed that the contract covers the AI feature. If you cannot find that confirmation on the Digital Services AI page, treat the feature as an Open Tool."),
    ("p", "3.5 Where the University has blocked a tool on its network on security grounds, as listed on the Digital Services AI page, you must not use it for University business on any device or network."),
    ("h2", "4. Information you may put into AI tools"),
    ("p", "4.1 What you may share depends on the class of the information, not on how useful the tool is. The four classes are explained in AI and your data."),
    ("p", "4.2 Public information may be used with any tool."),
    ("p", "4.3 Internal information may be used only with a Contracted AI Service."),
    ("p", "4.4 Confidential and Highly Confidential information must not be entered into, uploaded to or made available to any generative AI tool, including Contracted AI Services, except under one of the named exceptions in section 4 of AI and your data."),
    ("p", "4.5 Where a piece of work mixes classes, the highest class present decides what you may do with it."),
    ("h2", "5. Things you must not use AI for"),
    ("p", "5.1 Generative AI must not make, or be the deciding factor in, a Decision about an Individual. A person with the proper authority must make the decision and be able to explain it without reference to an AI output."),
    ("p", "5.2 You must not use AI to produce content that is intended to mislead, such as fabricated quotations, invented references, reviews or testimonials, or correspondence presented as written by someone who did not write it."),
    ("p", "5.3 You must not use AI to get round a University control, for example to defeat plagiarism checks, to bypass access permissions or to find information you are not authorised to see."),
    ("p", "5.4 You must not use AI to monitor, profile or rate individual colleagues or students, including analysing their emails, chat messages or activity logs to judge performance, sentiment or engagement."),
    ("p", "5.5 Do not rely on AI for legal, financial or clinical advice that the University will act on; such advice must come from the appropriate qualified office."),
    ("h2", "6. Checking what AI produces"),
    ("p", "6.1 You are responsible for anything you produce with the help of AI, as if you had written it yourself. Check facts, figures, references and quotations against a reliable source before you use them."),
    ("p", "6.2 Code produced with AI must be reviewed and tested by a competent person before it is run against University systems or data, and must not be deployed to a live service without the usual change approval."),
    ("p", "6.3 Watch for bias and for content that would breach the University's Dignity at Work and Study policy or the Welsh Language Standards, and correct it before use."),
    ("h2", "7. Being open about AI use"),
    ("p", "7.1 When you Publish content in which a substantial part of the text, an image, audio or video was generated by AI, say so in a short note, for example \u201cThis image was created with the help of generative AI\u201d. Light editing such as spelling, grammar and tone suggestions does not need a note."),
    ("p", "7.2 Internal drafts, notes and emails to colleagues that you have reviewed and taken ownership of do not need a label."),
    ("p", "7.3 Where AI has helped you write feedback to a student, the student must be told in the module's assessment information that AI-assisted feedback may be used, and the feedback must still be checked and owned by the marker."),
    ("p", "7.4 Chatbots or automated assistants that talk directly to applicants, students or the public must clearly state that the user is talking to AI and how to reach a person."),
    ("h2", "8. Teaching, learning and assessment"),
    ("p", "8.1 You may use AI to help plan teaching, draft lecture materials, produce practice questions, write model answers for formative exercises and create accessible versions of your own materials, subject to sections 4 and 6."),
    ("p", "8.2 Student Work is Confidential. It must not be pasted into, uploaded to or summarised by any generative AI tool, including Contracted AI Services. This applies to marking, moderation, feedback and to checking work for suspected AI use."),
    ("p", "8.3 Marks and grades must be determined by the markers and examiners. AI may be used to help write general feedback to a cohort from the marker's own notes, provided the notes contain no Student Work and no student can be identified."),
    ("p", "8.4 The outputs of AI-writing detectors are not evidence of academic misconduct on their own. Only the detection feature built into the University's approved similarity-checking service may be used, through the virtual learning environment; uploading Student Work to any other detector is not permitted."),
    ("p", "8.5 Unseen examination papers and their marking schemes are Confidential until the examination has been sat. Coursework briefs and formative quizzes that will be released to students are Internal while in draft and may be drafted with a Contracted AI Service."),
    ("p", "8.6 Module leaders must state in each assessment brief which category of AI use applies to students (not permitted, assistive, or integral), following the Academic Quality Handbook."),
    ("h2", "9. Research"),
    ("p", "9.1 Researchers may use AI in their work, for example for literature searching, coding, drafting and analysis, subject to this guidance, the terms of the funder and the publisher, and the University's Research Integrity Code."),
    ("p", "9.2 Unpublished research data, results and manuscripts are Internal unless they contain personal information or are subject to a confidentiality agreement, in which case they are Confidential. Data about identifiable research participants is Confidential, and Highly Confidential where it includes health or other special category information."),
    ("p", "9.3 Where a project will use AI with participant data, the use must be described in the ethics application and the data management plan and approved by the Research Ethics and Integrity Committee before it starts. Approval under this clause is the exception at section 4.3 of AI and your data."),
    ("p", "9.4 Manuscripts, grant proposals and other material you receive as a reviewer or panel member are confidential to the publisher or funder. You must not put them into any AI tool, and you must not use AI to write the review."),
    ("p", "9.5 Where AI has made a substantial contribution to a publication, thesis or grant application, acknowledge it in the way the publisher, funder or the Doctoral College requires. AI cannot be named as an author."),
    ("h2", "10. Admissions and student recruitment"),
    ("p", "10.1 No generative AI tool may be used to read, score, rank, summarise or compare individual applications, personal statements, references, portfolios or interview performance. Application files are Confidential, and Highly Confidential where they include criminal conviction, disability or health declarations."),
    ("p", "10.2 You must not use AI tools to judge whether an applicant's personal statement was written with AI. Concerns about the authenticity of an application are dealt with under the Admissions Policy."),
    ("p", "10.3 Admissions and recruitment teams may use a Contracted AI Service to draft template letters, web content, frequently asked questions and event materials, provided no individual applicant's information is used."),
    ("p", "10.4 Any chatbot answering enquiries from prospective students must be approved under section 13 and must follow clause 7.4."),
    ("h2", "11. Meetings, recording and transcription"),
    ("p", "11.1 Transcription and Copilot meeting summaries in Microsoft Teams may be used in University meetings under the exception at section 4.1 of AI and your data. The meeting organiser must tell participants at the start that transcription is on, and anyone may ask for it to be turned off."),
    ("p", "11.2 Transcription, recording and AI summaries must not be used in formal meetings about individuals: disciplinary, grievance, capability and sickness absence meetings, student misconduct and fitness to practise panels, appeals and complaints hearings, and support meetings about a student's health or wellbeing."),
    ("p", "11.3 Meeting assistants supplied by other companies that join a call as a participant, or record it from a phone or laptop, must not be admitted to or used in University meetings. If one appears in a meeting you organise, remove it."),
    ("p", "11.4 You may use a Contracted AI Service to summarise the transcript of a meeting that was transcribed in line with clause 11.1; the summary must be checked by the organiser before it is circulated."),
    ("h2", "12. Images, voices and likeness"),
    ("p", "12.1 You may create images, diagrams and illustrations with AI for teaching and internal use, subject to sections 4 and 7."),
    ("p", "12.2 You must not create or alter an image, voice or video so that it appears to show a real, identifiable person, including colleagues, students and public figures, unless that person has given written consent for that specific use. Cloning the voice of a member of staff, even with their consent, requires the approval of Marketing and Communications."),
    ("p", "12.3 AI-generated images must not be used in prospectuses, recruitment advertising or other marketing to depict the campus, facilities, students or staff as if they were real photographs."),
    ("p", "12.4 Do not upload photographs of students or staff to an AI tool to edit or enhance them unless the photograph is already Public and the person consented to its publication."),
    ("h2", "13. Buying or building AI tools"),
    ("p", "13.1 Any purchase of a generative AI product or subscription with University money, including by purchasing card or personal expense claim, must go through Procurement and the Digital Services AI assessment. Personal subscriptions to Open Tools will not be reimbursed."),
    ("p", "13.2 A tool can only become a Contracted AI Service once it has passed the Digital Services AI assessment, a data protection impact assessment where personal information is involved, and has a signed contract. Until then it is an Open Tool, even if a trial has been arranged with the supplier."),
    ("p", "13.3 Building your own AI application that sends University information to an external AI service through its programming interface counts as using that service. The information limits in section 4 apply, and a build that will process Internal or higher information must be approved by the AI Governance Group before it is used."),
    ("h2", "14. Training and support"),
    ("p", "14.1 All staff who use Lune must first complete the AI Essentials module on Dysgu, the staff learning platform. Completing it is recommended for everyone else."),
    ("p", "14.2 Schools and departments may run their own AI training, but it must be consistent with this guidance."),
    ("h2", "15. If something goes wrong"),
    ("p", "15.1 If Confidential or Highly Confidential information has been put into any AI tool, or Internal information into an Open Tool, report it to the Information Governance Office straight away and in any case within 24 hours, using the data incident form. Do not wait until you have tried to delete it."),
    ("p", "15.2 Report AI outputs that are harmful, discriminatory or that reveal information you should not have seen to the Digital Services Service Desk, and stop using the tool for that task until you receive advice."),
    ("h2", "16. Matters under review"),
    ("p", "16.1 The University has not yet agreed a position on AI agents that act on a member of staff's behalf without a person approving each step, such as sending email, accepting meeting invitations, changing records or making bookings. Until the Digital Governance Board decides, any proposed use must be referred to the AI Governance Group, which will decide case by case."),
    ("p", "16.2 Whether machine or AI translation may be used to produce Welsh-language text for publication without review by the Translation Unit is being considered with the Welsh Language Commissioner's guidance in mind. No decision has been taken; refer any such proposal to the Welsh Language Unit and the AI Governance Group."),
    ("p", "16.3 The use of AI to screen, sort or shortlist applications for staff vacancies is pending a data protection impact assessment by People Services. It may not start unless the AI Governance Group has approved it."),
    ("p", "16.4 Automated transcription of research interviews with participants is being reviewed by the Research Ethics and Integrity Committee. Until it issues guidance, each project must obtain the Committee's approval for the specific tool before recording begins."),
    ("h2", "17. Contacts and ownership"),
    ("p", "17.1 Questions about this guidance, and proposals that need approval, go to the AI Governance Group at ai-governance@aberlune.ac.uk."),
    ("p", "17.2 Questions about information classes, data protection impact assessments and incidents go to the Information Governance Office (Data Protection Officer) at infogov@aberlune.ac.uk."),
    ("p", "17.3 Research ethics questions go to the Research Ethics and Integrity Committee secretary; assessment questions go to Academic Quality; Welsh-language questions go to the Welsh Language Unit; purchasing questions go to Procurement."),
    ("p", "17.4 Technical questions, access to Lune and Copilot licences go to the Digital Services Service Desk."),
]

DATA = [
    ("h1", "AI and your data"),
    ("meta", "Part of the staff guidance on generative AI. Owner: Information Governance Office. Version 1.3, October 2026."),
    ("h2", "1. Why the class of information matters"),
    ("p", "1.1 Every piece of University information belongs to one of four classes. The class decides which AI tools, if any, it may go into. If you are not sure of the class, treat the information as belonging to the higher class until the information owner or the Information Governance Office confirms otherwise."),
    ("p", "1.2 Removing names does not by itself lower the class. Information from which a person could still be recognised, for example from a job title, a small cohort, a rare condition or a combination of details, keeps the class it had before."),
    ("h2", "2. The four classes"),
    ("p", "2.1 Public: information that has been published by the University or approved for publication, such as the website, published prospectuses, published policies, open-access publications, press releases and published timetables."),
    ("p", "2.2 Internal: University information that is not published but would cause little harm if disclosed, and that identifies nobody beyond staff names and work contact details. Examples are draft policies and procedures, most committee papers, project plans, internal guidance, module handbooks before release, anonymous aggregate figures and building maintenance schedules."),
    ("p", "2.3 Confidential: information that could harm people or the University if disclosed. This includes personal information about identifiable students, applicants, staff, alumni or research participants (for example marks, records, application files, HR case papers and contact lists), Student Work, unseen examination papers, commercially sensitive contracts and tender evaluations, unpublished financial forecasts, legal advice, and information received under a confidentiality agreement."),
    ("p", "2.4 Highly Confidential: information whose disclosure could cause serious harm or distress, including health, disability and occupational health information, reasonable adjustment plans, wellbeing and counselling records, safeguarding and Prevent concerns, criminal convictions, ethnicity, religion, sexual orientation and other special category information, security arrangements and plans of secure areas, and passwords or system credentials."),
    ("h2", "3. What may go where"),
    ("p", "3.1 Public information may be used with any AI tool, including Open Tools."),
    ("p", "3.2 Internal information may be used only with a Contracted AI Service."),
    ("p", "3.3 Confidential and Highly Confidential information must not be used with any AI tool, Contracted or Open, except as set out in section 4."),
    ("h2", "4. Named exceptions"),
    ("p", "4.1 Teams meetings: transcription and Copilot summaries in Microsoft Teams may capture Confidential information discussed in a University meeting, subject to clauses 11.1 and 11.2 of the staff guidance. This exception never covers the formal meetings listed in clause 11.2."),
    ("p", "4.2 Lecture capture: the automatic captioning service in the University's lecture capture system may be used on recorded teaching sessions, including where students speak."),
    ("p", "4.3 Approved research: a research project may use Confidential or Highly Confidential participant data with the AI tool named in its approved ethics application and data management plan, in the way those documents describe and for no other purpose."),
    ("p", "4.4 No other exception applies unless the Data Protection Officer and the AI Governance Group have both approved it in writing. Approval for one project or team does not extend to others."),
    ("h2", "5. Sharing less"),
    ("p", "5.1 Give AI tools only the information the task needs. Where you can do the task with invented examples or placeholders instead of real details, do so."),
    ("p", "5.2 Pseudonymised data, where names are replaced with codes but the key exists somewhere in the University, remains personal information and keeps its class."),
    ("h2", "6. Devices, accounts and add-ons"),
    ("p", "6.1 You may use Contracted AI Services on a personal device by signing in through a web browser with your Aberlune account. Do not save Confidential or Highly Confidential outputs to a personal device."),
    ("p", "6.2 Browser extensions, plug-ins and add-ins that give an external service sight of the pages, documents or mailbox you have open must not be installed on University-managed devices or connected to your University Microsoft 365 account, unless Digital Services has confirmed they are covered by a University contract."),
    ("p", "6.3 Do not connect an Open Tool to your University OneDrive, SharePoint, mailbox or calendar."),
    ("h2", "7. Keeping and disclosing AI content"),
    ("p", "7.1 Prompts and outputs held in Contracted AI Services are University records. They may have to be disclosed in response to a freedom of information request or a subject access request, so write prompts as you would an email."),
    ("p", "7.2 Where an AI output becomes part of a University decision or record, keep it with that record under the Records Retention Schedule."),
]


def md(doc):
    lines = []
    for kind, text in doc:
        if kind == "h1":
            lines += [f"# {text}", ""]
        elif kind == "meta":
            lines += [text, ""]
        elif kind == "h2":
            lines += [f"## {text}", ""]
        elif kind == "p":
            lines += [text, ""]
    return "\n".join(lines).rstrip() + "\n"


def page(doc, title, other_href, other_title):
    body = []
    for kind, text in doc:
        t = html.escape(text, quote=False)
        if kind == "h1":
            body.append(f"      <h1>{t}</h1>")
        elif kind == "meta":
            body.append(f'      <p class="page-meta">{t}</p>')
        elif kind == "h2":
            body.append(f"      <h2>{t}</h2>")
        elif kind == "p":
            body.append(f"      <p>{t}</p>")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | Staff Intranet | Aberlune University</title>
  <link rel="stylesheet" href="/assets/intranet.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Aberlune University | Prifysgol Aberlune</a>
    <nav class="top-nav">
      <ul>
        <li><a href="/news">Staff news</a></li>
        <li><a href="/services">Services A to Z</a></li>
        <li><a href="/digital">Digital Services</a></li>
        <li><a href="/cy">Cymraeg</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/digital">Digital Services</a> &gt; <a href="/digital/ai">Generative AI</a></nav>
  <main id="content">
    <article>
{chr(10).join(body)}
    </article>
  </main>
  <aside class="related">
    <h3>Related pages</h3>
    <ul>
      <li><a href="{other_href}">{html.escape(other_title)}</a></li>
      <li><a href="/digital/ai/contracted-services">Contracted AI Services list</a></li>
    </ul>
  </aside>
  <footer class="site-footer">
    <p>&copy; 2026 Aberlune University. Registered charity. Page last reviewed October 2026.</p>
    <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p>
  </footer>
</body>
</html>
"""


def main():
    files = [
        ("genai-staff-guidance", GUIDE, "Using generative AI at work", "ai-and-your-data.html", "AI and your data"),
        ("ai-and-your-data", DATA, "AI and your data", "genai-staff-guidance.html", "Using generative AI at work: staff guidance"),
    ]
    total = 0
    for stem, doc, title, oh, ot in files:
        (K / f"{stem}.html").write_text(page(doc, title, oh, ot), encoding="utf-8")
        (O / f"{stem}.md").write_text(md(doc), encoding="utf-8")
        total += sum(len(t.split()) for k, t in doc)
    print("words:", total)


if __name__ == "__main__":
    main()
