#!/usr/bin/env python3
"""Build Thornbury College's GenAI staff policy as an intranet HTML page (knowledge/)
and a same-stem Markdown copy with identical text and numbering (originals/)."""
import html, pathlib, re

OUT = pathlib.Path(__file__).resolve().parent
STEM = "genai-staff-policy"
TITLE = "Generative AI: Staff Use Policy"
META = [("Document owner", "Vice Principal (Curriculum and Quality)"),
        ("Approved by", "Senior Leadership Team, on behalf of the Corporation"),
        ("Version", "2.1"), ("Approved", "September 2025"), ("Next review", "July 2026")]
INTRO = ("This page is the College's policy on staff use of generative AI. If you are a learner, see the Learner AI Guidance on the learner portal instead.")

# (number, heading, [(clause number, text, [bullets])])
S = [
("1", "Purpose and scope", [
 ("1.1", "This policy sets out how staff at Thornbury College may use generative artificial intelligence (AI) in their work. It should be read alongside the Data Protection, Acceptable Use of IT, Safeguarding and Assessment and Malpractice policies.", []),
 ("1.2", "The policy applies to everyone who works for or on behalf of the College: permanent, fixed-term and sessional staff, agency workers, volunteers, governors, and subcontracted training providers delivering College provision. In this policy they are all called \"staff\".", []),
 ("1.3", "It covers all provision: 16-18 study programmes, apprenticeships, adult learning and higher education courses delivered with our partner universities.", []),
 ("1.4", "Learners' own use of AI in their studies is covered by the Learner AI Guidance, and by section 10 of this policy where it concerns assessment. This policy covers what staff do, including what staff ask or allow learners to do.", []),
]),
("2", "Definitions", [
 ("2.1", "Generative AI (an \"AI tool\") means software that produces text, images, audio, video or code in response to a prompt, for example ChatGPT, Gemini, Claude, Copilot, Canva Magic Write or Adobe Firefly. It includes AI features built into other software and AI that runs on a phone or laptop.", []),
 ("2.2", "Open Information means information the College has already published or that is written to be published, such as the prospectus, course pages, published policies, and awarding organisation specifications and past papers.", []),
 ("2.3", "College Confidential means the College's own unpublished information that does not identify any person, including draft strategies, budgets, tender and bid documents, unpublished self-assessment reports, internal procedures, and information shared with us in confidence by employers or partner universities.", []),
 ("2.4", "Learner Information means any information about an identifiable current, former or prospective learner or apprentice, including their name, learner number, contact details, attendance, progress, grades and their submitted work. Learner work counts as Learner Information even when the name has been removed, because it can usually be traced back to the learner.", []),
 ("2.5", "Sensitive Learner Information is the part of Learner Information that needs the highest level of protection: safeguarding and welfare records, health and medical information, Education, Health and Care Plans (EHCPs) and other records of special educational needs, information about a learner being looked after or care-experienced, criminal convictions, ethnicity, religion and sexuality, and bursary or hardship assessments.", []),
 ("2.6", "Staff Personal Information means information about an identifiable member of staff, job applicant, governor or contractor, including recruitment, absence, performance, grievance and disciplinary records.", []),
 ("2.7", "Protected Information is the term this policy uses for College Confidential, Learner Information, Sensitive Learner Information, Staff Personal Information and any other information that identifies a living person, such as parents and carers, employers' staff or members of the public.", []),
 ("2.8", "Protected Copilot means Microsoft 365 Copilot Chat when you are signed in with your Thornbury College account and the green shield symbol is shown in the chat window. It is the only licensed AI tool that may be used with Learner Information (see section 5).", []),
 ("2.9", "Assessment Material means any question paper, task, assignment brief, mark scheme, pre-release or case study material issued by an awarding organisation or end-point assessment organisation (EPAO) that has not yet been made public, and any internally set assessment that will count towards a qualification and has not yet been sat.", []),
 ("2.10", "The AI Steering Group is the group, chaired by the Vice Principal (Curriculum and Quality), that oversees this policy, approves new uses of AI and will decide the matters listed in section 17.", []),
]),
("3", "Our approach", [
 ("3.1", "The College encourages staff to use generative AI where it saves time, improves resources or supports learners.", []),
 ("3.2", "Staff may use any generative AI tool, including free versions and personal accounts, for College work, provided no Protected Information is entered into it. This general permission is subject to the rest of this policy, in particular sections 6, 9, 10 and 13.", []),
 ("3.3", "There is no list of approved tools for work that uses only Open Information or your own general knowledge. The Digital Learning Hub publishes tips and worked examples on the staff intranet, but a tool does not need to appear there for you to use it.", []),
 ("3.4", "Any use involving Protected Information is allowed only where this policy expressly allows it. At present the only such permission is Protected Copilot under section 5.", []),
 ("3.5", "You remain responsible for all work you produce with the help of AI, in the same way as for work produced any other way.", []),
]),
("4", "What information may be entered", [
 ("4.1", "Open Information, and general prompts that contain no information about the College or any person, may be entered into any AI tool.", []),
 ("4.2", "Protected Information must not be entered into, uploaded to or pasted into any AI tool other than Protected Copilot, and then only as section 5 allows. This includes typing it in, attaching documents, sharing screenshots or photographs, and connecting a tool to a mailbox, drive or College system.", []),
 ("4.3", "Removing names is not enough to make information safe to enter. Details of a learner in unusual circumstances, or of a small team, can still identify someone. If in doubt, treat it as Protected Information.", []),
 ("4.5", "Where a tool offers a setting that stops your conversations being used to train its models, you should switch it on.", []),
]),
("5", "Protected Copilot", [
 ("5.1", "Protected Copilot may be used with Learner Information, College Confidential and Staff Personal Information, provided all of the following conditions are met:", []),
 ("5.1(a)", "you are signed in with your Thornbury College account and the green shield is visible;", []),
 ("5.1(b)", "you are using a College-managed device or the College virtual desktop;", []),
 ("5.1(c)", "you have completed the AI Essentials module (see 15.1); and", []),
 ("5.1(d)", "you enter only the information needed for the task, and you check and take responsibility for the output.", []),
 ("5.2", "Sensitive Learner Information must not be entered into Protected Copilot, or any other AI tool, unless the Data Protection Officer and the Designated Safeguarding Lead have both approved that specific use in writing.", []),
 ("5.3", "The same conditions apply to Copilot inside Word, Outlook, Excel and PowerPoint where the College has licensed it for your role. Copilot in Teams meetings is covered by section 11.", []),
 ("5.4", "Copilot used with a personal Microsoft account, or the consumer Copilot app, is not Protected Copilot. The general rules in section 4 apply to it.", []),
 ("5.5", "Protected Copilot may help you draft, but it must not be used to make decisions about a learner's admission, progression, funding, withdrawal or disciplinary outcome. The decision and its reasons must be your own and recorded in the usual College system.", []),
]),
("6", "Uses that are not permitted", [
 ("6.1", "Whatever the tool, staff must not use generative AI to:", []),
 ("6.1(a)", "produce content that is discriminatory, sexual, harassing or otherwise in breach of the Staff Code of Conduct;", []),
 ("6.1(b)", "decide, or rank people for, recruitment shortlisting, redundancy selection or performance ratings (see also 17.4);", []),
 ("6.1(c)", "impersonate another person, or produce communications that appear to come from someone who has not approved them;", []),
 ("6.1(d)", "get round College web filtering, monitoring or security controls; or", []),
 ("6.1(e)", "write or alter any learner's work that will be submitted for assessment.", []),
 ("6.2", "Statements that must record a person's own knowledge, such as witness statements, lesson observation records and references, must be written by that person. AI may be used only to tidy the wording of a draft the author has written, within section 4.", []),
]),
("7", "Human review and accountability", [
 ("7.1", "AI output can be wrong, biased or invented. Anything produced with AI must be checked by a member of staff with enough knowledge of the subject before it is relied on, shared or published.", []),
 ("7.2", "Facts, figures, references, legislation and quotations produced by AI must be checked against an original source.", []),
 ("7.3", "Content for learners must be checked for accuracy and for suitability for the learners' age and needs before it is used.", []),
 ("7.4", "No decision that significantly affects a learner or a member of staff may be made by an AI tool. A named member of staff must make the decision and be able to explain it without reference to the AI tool.", []),
 ("7.5", "Code produced by AI must be reviewed and tested before it is run against any College system or data, and must not be deployed to a live College system without the approval of the Head of Information Services.", []),
]),
("8", "Transparency and labelling", [
 ("8.1", "Staff should be open with colleagues and managers about when they have used AI in their work.", []),
 ("8.2", "Any image, video or audio created or substantially altered with AI and used in College publications, marketing, social media or on the website must be labelled, for example \"Image created with AI\".", []),
 ("8.3", "Written documents do not need a label where AI was used only for drafting help, editing or summarising and a member of staff has reviewed and taken ownership of the final text. Papers for the Corporation (the governing body) and its committees must state on the cover sheet if AI was used to draft them.", []),
 ("8.4", "Where a chatbot or other automated system communicates directly with learners, parents, applicants or employers, it must tell them clearly that they are dealing with AI and how to reach a person.", []),
]),
("9", "Teaching, learning and learner-facing use", [
 ("9.1", "Teaching staff may use AI tools to plan lessons and to create teaching resources, quizzes, worked examples and differentiated materials, subject to sections 4 and 7.", []),
 ("9.2", "Teaching staff may demonstrate AI tools in lessons and may design activities in which learners use AI, provided the activity follows the Learner AI Guidance and does not require learners to enter Learner Information.", []),
 ("9.3", "Learners must not be required to create personal accounts with AI tools. Where an activity needs an account, learners should use Copilot Chat with their College learner account. Learners aged under 18 must not be directed to any tool whose terms of use do not allow their age group.", []),
 ("9.4", "Any AI tool, chatbot or custom assistant that learners will use directly without a member of staff present, including custom GPTs, Copilot agents and chatbots on the website or the VLE, must be approved by the AI Steering Group before it is made available.", []),
 ("9.5", "AI must not be used to give learners advice on safeguarding, mental health, careers decisions or financial support in place of the relevant College service. It may help draft general information on these topics, which must then be checked by that service.", []),
 ("9.6", "Staff may use AI to translate Open Information and College-produced learning materials for ESOL learners and learners with English as an additional language. Translations of safety-critical content, such as workshop health and safety rules, must be checked by a fluent speaker before use.", []),
]),
("10", "Assessment, malpractice and AI detection", [
 ("10.1", "All staff involved in regulated qualifications must follow the JCQ guidance AI Use in Assessments and the requirements of the relevant awarding organisation or EPAO, which take precedence over this policy where they are stricter.", []),
 ("10.2", "A learner who submits AI-generated content as their own work in an assessment that counts towards a qualification, or who does not acknowledge AI use where this is required, may have committed malpractice. Once the learner has signed the authentication declaration, suspected cases must be referred to the Exams Officer (or, for apprenticeships, the Apprenticeship Quality Lead) on the malpractice referral form and must not be dealt with informally.", []),
 ("10.3", "Assessment Material must not be entered into any AI tool, including Protected Copilot, until the awarding organisation has published it or the assessment window has closed.", []),
 ("10.4", "Published past papers, specifications and sample assessment materials are Open Information and may be used with any AI tool, for example to produce practice questions.", []),
 ("10.5", "Marks, grades and pass or fail decisions on work that counts towards a qualification, and end-point assessment gateway decisions, must be made by the assessor. AI must not be used to mark or grade such work, including as a first marker.", []),
 ("10.6", "Assessors may use Protected Copilot, under section 5, to help draft formative feedback on work that does not count towards a qualification. Learner work must not be uploaded to any other AI tool for feedback or marking. Whether AI may help draft feedback on work that does count towards a qualification is under review (see 17.3).", []),
 ("10.7", "AI detection tools, meaning software that claims to identify AI-written text, are not reliable enough to prove malpractice. A detection score must never be the only or main reason for a malpractice referral; concerns must rest on the assessor's knowledge of the learner's work, their drafts and a conversation with the learner.", []),
 ("10.8", "Staff must not upload learner work to online AI detection services, which are AI tools for the purposes of section 4. The College does not currently license any AI detection tool; the position on the Turnitin AI writing indicator is set out in 17.2.", []),
 ("10.9", "Staff must not use AI to produce or improve evidence for a learner, including adding to an apprentice's portfolio, and must not give learners AI-generated model answers for work that counts towards a qualification.", []),
]),
("11", "Meetings, recording and transcription", [
 ("11.1", "Teams transcription, recording and Copilot meeting summaries may be used in internal staff meetings, provided everyone attending is told at the start and no one objects.", []),
 ("11.2", "Third-party note-taking assistants, meaning any bot, app or device that joins, listens to or records a meeting to produce notes (for example Otter, Fireflies, Read.ai or voice recorder apps with AI summaries), must not be used in any College meeting, whether online or in person.", []),
 ("11.3", "No AI recording, transcription or summary may be used in any meeting where an individual learner's welfare, conduct, safeguarding, attendance or progress is discussed, or in disciplinary, grievance, capability, sickness absence or appeal meetings for staff.", []),
 ("11.4", "Lessons must not be recorded for AI transcription or summaries without the approval of the Head of Department, and learners must be told beforehand. Lesson recordings contain Learner Information and may only be processed with Protected Copilot or the built-in Teams features.", []),
 ("11.5", "Where an external organisation hosts a meeting and uses its own AI note-taker, staff may take part, but should share no more Protected Information than is needed and should ask for a copy of the notes if they will be relied on.", []),
]),
("12", "Images, voice and likeness", [
 ("12.1", "AI image generators may be used to create illustrations, diagrams and teaching visuals that do not show real, identifiable people.", []),
 ("12.2", "Photographs, video or voice recordings of learners, staff or visitors must not be uploaded to any AI tool, including to remove backgrounds, enhance or animate them. Protected Copilot is not an exception to this clause.", []),
 ("12.3", "Staff must not create, or ask a tool to create, any image, video or audio that imitates the face, body or voice of a real person, including digital avatars of staff, even with that person's consent, unless the Director of Marketing and the AI Steering Group have approved it in advance.", []),
 ("12.4", "AI-generated images used in marketing must not suggest facilities, learners or events that the College does not have, and must be labelled in line with 8.2.", []),
 ("12.5", "Any suspected AI-generated sexual or indecent image of a learner, however realistic, is a safeguarding matter and must be reported immediately to the Designated Safeguarding Lead. Staff must not view it further, copy it or forward it.", []),
]),
("13", "Devices, accounts, extensions and AI built into other software", [
 ("13.1", "You may use AI tools on a personal device or with a personal account for College work, within the limits of section 4. Protected Information must not be processed with AI on a personal device, and Protected Copilot must only be used on College-managed devices or the College virtual desktop.", []),
 ("13.2", "AI features built into software the College provides, such as Canva for Education, Adobe Express, Grammarly or the VLE, are AI tools for the purposes of this policy. They may be used with Open Information, but not with Protected Information unless this policy or a written approval under section 14 allows it.", []),
 ("13.3", "Browser extensions, add-ins and desktop assistants that read the pages, emails or documents you have open must not be installed on College-managed devices, because they can read Protected Information from College systems. Exceptions need the approval of the Head of Information Services.", []),
 ("13.4", "Staff must not connect any AI tool, through an API key, plug-in, connector or automation service, to College systems, including email, OneDrive, SharePoint, the MIS, the VLE or the e-portfolio, without approval under section 14.", []),
 ("13.5", "Using an AI provider's API or developer platform with your own account for College work is treated the same as using its chat product: Open Information only.", []),
]),
("14", "Buying, building and connecting AI tools", [
 ("14.1", "Any purchase or subscription for an AI tool paid for with College funds, including on a purchasing card or through expenses, must be approved by the Digital Learning Hub before it is made. Purchases over £5,000 also follow the Financial Regulations.", []),
 ("14.2", "Any proposal to use an AI tool with Protected Information, other than Protected Copilot under section 5, needs a Data Protection Impact Assessment (DPIA) completed with the Data Protection Officer and the approval of the AI Steering Group before any Protected Information is used.", []),
 ("14.3", "Suppliers of systems the College uses must tell the College before switching on new AI features that process College data. Staff who notice a new AI feature in a College system must tell the Digital Learning Hub and must not use it with Protected Information until it has been approved under 14.2.", []),
 ("14.4", "Staff who build their own AI-based tools, apps or chatbots for College use must register them with the Digital Learning Hub before others use them. Tools for learners are also subject to 9.4.", []),
]),
("15", "Training and support", [
 ("15.1", "Staff must complete the AI Essentials module on the staff development platform before using Protected Copilot with Protected Information, and refresh it every two years.", []),
 ("15.2", "The Digital Learning Hub runs drop-in sessions and publishes guides and prompt examples on the intranet.", []),
]),
("16", "Incidents and breaches", [
 ("16.1", "If Protected Information has been entered into an AI tool in breach of this policy, by you or by someone else, report it to the Data Protection Officer within 24 hours using the data breach form on the intranet. Deleting the conversation does not replace reporting.", []),
 ("16.3", "Breaches of this policy may be dealt with under the Staff Disciplinary Policy.", []),
]),
("17", "Matters under review", [
 ("17.1", "The matters below have not yet been decided. Until the AI Steering Group publishes a decision, staff must not assume that a use is permitted and should contact the Digital Learning Hub, who will refer the question to the Group.", []),
 ("17.2", "Turnitin AI writing indicator. The College has not decided whether the AI writing indicator in Turnitin will be switched on for higher education or any other courses, or how its results could be used.", []),
 ("17.3", "AI-assisted feedback on summative work. The College, its awarding organisations and partner universities have not agreed whether Protected Copilot may be used to help draft feedback on work that counts towards a qualification or degree.", []),
 ("17.4", "AI in staff recruitment. AI may be used to draft job adverts and person specifications from Open Information. Any other use of AI in recruitment, including help with shortlisting, interview questions, scoring or reference checks, needs the approval of the Director of People and the AI Steering Group, which has not yet considered any proposal.", []),
 ("17.5", "AI agents. The use of tools that act on your behalf, such as agents that send emails, book rooms, fill in forms or browse websites for you, has not been decided. They must not be given access to College accounts or systems in the meantime.", []),
]),
("18", "Review of this policy", [
 ("18.1", "This policy is owned by the Vice Principal (Curriculum and Quality) and reviewed each year by the AI Steering Group, or sooner if legislation, DfE or JCQ guidance changes.", []),
]),
]
APPENDIX = ("Appendix A – Contacts", [
 ("A.1", "Digital Learning Hub: general questions about using AI, trying new tools, purchases, drop-in sessions and training. Digital Learning Hub team in Teams, or extension 4410."),
 ("A.2", "Data Protection Officer: personal data, DPIAs and data breaches, including information entered into an AI tool by mistake. Data breach form on the intranet, or extension 4102."),
 ("A.3", "Designated Safeguarding Lead: any safeguarding concern, including AI-generated images of learners. Safeguarding referral system, or extension 4999 if urgent."),
 ("A.4", "Exams Officer: JCQ guidance, awarding organisation rules and malpractice referrals. Apprenticeship Quality Lead: end-point assessment and apprenticeship evidence."),
 ("A.5", "Head of Information Services: devices, browser extensions, connections to College systems and deploying code."),
 ("A.6", "HE Quality Manager: higher education courses and partner university regulations."),
 ("A.7", "AI Steering Group: proposals for new uses and the matters in section 17, through the Vice Principal (Curriculum and Quality)'s office."),
])

def md():
    L = [f"# {TITLE}", ""]
    for k, v in META:
        L.append(f"{k}: {v}  ")
    L += ["", INTRO, ""]
    for num, head, paras in S:
        L += [f"## {num}. {head}", ""]
        for cn, text, bullets in paras:
            L += [f"{cn} {text}", ""]
            for b in bullets:
                L.append(f"- {b}")
            if bullets:
                L.append("")
    L += [f"## {APPENDIX[0]}", ""]
    for cn, text in APPENDIX[1]:
        L += [f"{cn} {text}", ""]
    return "\n".join(L)

def h(x):
    return html.escape(x, quote=False)

def page():
    L = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
         f"<title>{h(TITLE)} | Thornbury College Staff Intranet</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<link rel="stylesheet" href="/assets/intranet.css">', "</head>", "<body>",
         '<header class="site-header">', '  <a class="logo" href="/">Thornbury College Staff Hub</a>',
         '  <nav aria-label="Main"><ul>', '    <li><a href="/news">News</a></li>',
         '    <li><a href="/policies">Policies</a></li>', '    <li><a href="/hr">People</a></li>',
         '    <li><a href="/it">IT &amp; Digital</a></li>', '    <li><a href="/safeguarding">Safeguarding</a></li>',
         "  </ul></nav>", "</header>",
         '<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; Generative AI</nav>',
         '<main id="content">', "<article>", f"<h1>{h(TITLE)}</h1>", '<table class="doc-control">']
    for k, v in META:
        L.append(f"  <tr><th>{h(k)}</th><td>{h(v)}</td></tr>")
    L += ["</table>", f"<p>{h(INTRO)}</p>"]
    for num, head, paras in S:
        L += [f'<section id="s{num}">', f"<h2>{num}. {h(head)}</h2>"]
        for cn, text, bullets in paras:
            anchor = re.sub(r"[^0-9a-z]+", "-", cn.lower()).strip("-")
            L.append(f'<p id="c{anchor}">{cn} {h(text)}</p>')
            if bullets:
                L.append("<ul>" + "".join(f"<li>{h(b)}</li>" for b in bullets) + "</ul>")
        L.append("</section>")
    L += ['<section id="appendix-a">', f"<h2>{h(APPENDIX[0])}</h2>"]
    for cn, text in APPENDIX[1]:
        L.append(f'<p id="c{cn.lower().replace(".", "-")}">{cn} {h(text)}</p>')
    L += ["</section>", "</article>", "</main>",
          '<footer class="site-footer"><p>Thornbury College Staff Hub. Page owner: Digital Learning Hub. '
          'Report a problem with this page through the IT Service Desk.</p>'
          '<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a></p></footer>',
          "</body>", "</html>", ""]
    return "\n".join(L)

if __name__ == "__main__":
    (OUT / "knowledge" / f"{STEM}.html").write_text(page(), encoding="utf-8")
    (OUT / "originals" / f"{STEM}.md").write_text(md(), encoding="utf-8")
    words = sum(len(t.split()) for _, hd, ps in S for _, t, _ in ps) + sum(len(t.split()) for _, t in APPENDIX[1])
    print("policy words (clauses):", words)
