"""Build Wyrebank Learning Trust knowledge (intranet HTML) and originals (.md).

Policy and FAQ text live here once; both the HTML pages and the .md originals are
generated from the same data so the clause numbering and wording match exactly.
"""
import html
import pathlib

OUT = pathlib.Path(__file__).resolve().parent
KN = OUT / "knowledge"
OR = OUT / "originals"

POLICY_TITLE = "Generative Artificial Intelligence (AI) Policy for Staff, Governors and Volunteers"
POLICY_META = [
    ("Policy owner", "Chief Operating Officer"),
    ("Approved by", "Wyrebank Learning Trust Board, 8 July 2026"),
    ("Version", "1.1"),
    ("Applies to", "All Trust academies and the central team"),
    ("Next review", "July 2027"),
]

# (number, title, [(clause id, text, [bullets])])
POLICY = [
 ("1", "Purpose and status", [
  ("1.1", "This policy sets out how people working for or on behalf of Wyrebank Learning Trust (\u201cthe Trust\u201d) may use generative artificial intelligence in their work. It supports, and should be read alongside, the Trust\u2019s Data Protection Policy, Child Protection and Safeguarding Policy, Acceptable Use of ICT Policy and Staff Code of Conduct.", []),
  ("1.2", "The Trust recognises that generative AI can help to reduce workload and free up time for teaching, but it cannot replace the professional judgement of teachers and support staff or the relationships at the heart of our schools. Our approach follows the Department for Education\u2019s position on generative AI in education and Keeping Children Safe in Education.", []),
  ("1.3", "This policy is mandatory. A breach may be dealt with under the Trust\u2019s Disciplinary Policy and, where personal data is involved, will be handled as a data protection incident.", []),
 ]),
 ("2", "Scope", [
  ("2.1", "This policy applies to everyone who carries out Trust Business, including staff in our academies and central team, supply and agency staff, trainee teachers on placement, volunteers, contractors, trustees and members of local governing committees.", []),
  ("2.2", "It applies wherever the work is done, including at home, and on any device, whether it is supplied by the Trust or personally owned.", []),
  ("2.3", "It covers generative AI, meaning tools that create new text, images, audio, video or code in response to a prompt. Long-established features that do not create new content, such as spelling and grammar checking, predictive text, ordinary web search results and email spam filtering, are outside its scope.", []),
  ("2.4", "Use of AI by pupils in school is covered in section 9. Pupils\u2019 use of AI at home for homework is addressed in the Trust\u2019s Homework and Assessment Guidance and is not covered here.", []),
 ]),
 ("3", "Definitions", [
  ("3.1", "\u201cTrust Business\u201d means any activity carried out as an employee, trustee, governor, volunteer or contractor of the Trust, including planning, teaching, assessment, administration, communication with families and governance.", []),
  ("3.2", "\u201cTrust Workspace account\u201d means the Google Workspace for Education account issued by the Trust, with an address ending @wyrebank.org.uk. An account on any other domain, including a personal Gmail account, is a \u201cpersonal account\u201d.", []),
  ("3.3", "\u201cGemini for Education\u201d means Google\u2019s Gemini service as provided under the Trust\u2019s Google Workspace for Education agreement, reached through the Gemini app in a web browser or through the Gemini side panel in Gmail, Docs, Sheets, Slides and Drive, while signed in to a Trust Workspace account.", []),
  ("3.4", "\u201cOpen Material\u201d means information that has been published or is written to be published, such as the national curriculum, the Trust\u2019s published policies, DfE and Ofsted publications, and newsletter text that names no pupil.", []),
  ("3.5", "\u201cTrust Internal\u201d means the Trust\u2019s unpublished information that identifies no individual, for example draft policies, schemes of work, internal procedures and whole-school, class or cohort figures.", []),
  ("3.6", "\u201cProtected Pupil Information\u201d means any information from which an individual pupil could be identified, whether directly (for example a name, date of birth, unique pupil number or photograph) or indirectly (for example a class, year group and unusual circumstance that together single a child out). It includes pupils\u2019 work that carries their name or describes their own life.", []),
  ("3.7", "\u201cSensitive Records\u201d means the most sensitive information held about children and families:", [
     "anything recorded on CPOMS, or otherwise concerning safeguarding, child protection or early help;",
     "special educational needs and disability information, including education, health and care plans (EHCPs), SEN support plans, provision maps that name pupils and reports from external professionals;",
     "medical and health information;",
     "looked-after or previously looked-after status, young carer status, family court proceedings or police involvement;",
     "free school meals and pupil premium eligibility."]),
  ("3.8", "\u201cFamily Information\u201d means information about parents, carers and other family members, including contact details, correspondence, complaints and family circumstances.", []),
  ("3.9", "\u201cStaff Personal Information\u201d means information about an identifiable employee, job applicant, volunteer, trustee or governor, including recruitment, appraisal, pay, sickness absence, occupational health, capability, grievance and disciplinary matters.", []),
  ("3.10", "\u201cDe-identified\u201d means prepared so that no pupil, family member or colleague can be identified by anyone reading it: names, initials, dates, pupil numbers, addresses and any detail that would single someone out have been removed or replaced with neutral labels such as \u201cPupil A\u201d.", []),
  ("3.11", "\u201cAI Oversight Group\u201d means the group established by the Trust Board to govern the Trust\u2019s use of AI. It is chaired by the Chief Operating Officer and includes the Data Protection Officer, the Trust Digital Lead, the Trust Safeguarding Lead and a serving headteacher.", []),
  ("3.12", "\u201cAI Output\u201d means any text, image, audio, summary or other content produced by a generative AI tool.", []),
 ]),
 ("4", "The approved tool", [
  ("4.1", "Gemini for Education is the only generative AI tool approved for Trust Business. It may be used only while signed in to a Trust Workspace account. Under the Trust\u2019s agreement with Google, prompts and uploaded files are not used to train Google\u2019s models and are not reviewed by people outside the Trust.", []),
  ("4.2", "No other generative AI product may be used for Trust Business. This applies equally to free and paid services; to websites, desktop and mobile apps, browser extensions and add-ons; to assistants and \u201cmagic\u201d or \u201csmart\u201d writing, image and summarising features built into other software, including software the Trust already licenses; and to any service reached through an application programming interface (API) or embedded in another website.", []),
  ("4.3", "Gemini used with a personal account, and Gemini Advanced or Google One AI subscriptions bought personally, are not Gemini for Education and must not be used for Trust Business, even though they carry the same name.", []),
  ("4.4", "Personal accounts on any AI service must never be used for Trust Business, and Trust information must never be copied into them. This cannot be approved as an exception.", []),
  ("4.5", "Gemini for Education may be used on a personally owned computer or tablet only in a web browser signed in to the Trust Workspace account, on a device that meets the Acceptable Use of ICT Policy (an up-to-date operating system, a screen lock and no shared login). The Gemini mobile app, and the Gemini assistant that replaces Google Assistant on Android phones, must not be used for Trust Business on personal phones. Protected Pupil Information must not be entered on a personally owned device at all.", []),
  ("4.6", "Staff may create Gems (saved custom instructions) within Gemini for Education and share them with colleagues who hold Trust Workspace accounts. Gems must not contain Protected Pupil Information, Sensitive Records, Family Information or Staff Personal Information, and must not be shared outside the Trust.", []),
  ("4.7", "Headteachers cannot approve other AI tools for use in their academy. Requests for any other tool follow section 14.", []),
 ]),
 ("5", "Permitted uses", [
  ("5.1", "Subject to the rest of this policy, Gemini for Education may be used for Trust Business with Open Material and Trust Internal information. Uses the Trust encourages include:", [
     "planning lessons, sequences of learning and retrieval quizzes;",
     "adapting texts for different reading ages and producing simplified instructions;",
     "generating ideas for assemblies, displays, trips and enrichment activities;",
     "drafting and improving emails, newsletters, letters home and policies that name no individual;",
     "summarising published guidance, such as DfE or Ofsted publications;",
     "help with spreadsheet formulas and templates that hold no personal data."]),
  ("5.2", "Gemini for Education may also be used with De-identified information about pupils, under the conditions in sections 6 and 8.", []),
  ("5.3", "Being permitted to use Gemini for Education for a task does not mean it is always the right tool. Staff should consider whether the task would be done better, or more safely, without AI.", []),
 ]),
 ("6", "Information that may and may not be entered", [
  ("6.1", "Open Material and Trust Internal information may be entered into Gemini for Education.", []),
  ("6.2", "Protected Pupil Information must be De-identified before it is entered into Gemini for Education, and only the minimum necessary should be entered. Identifiable pupil information must never be entered, even into Gemini for Education.", []),
  ("6.3", "Sensitive Records must not be entered into any AI tool, including Gemini for Education, whether or not they have been De-identified. This includes copying, uploading, summarising or describing content from CPOMS, child protection files, EHCPs, EHC needs assessment paperwork, annual review documents, individual healthcare plans and reports from external professionals.", []),
  ("6.4", "Family Information must not be entered. Staff may ask Gemini for Education for help with the tone or structure of their own reply to a parent or carer only if the draft has been De-identified and contains no detail of the family\u2019s circumstances.", []),
  ("6.5", "Staff Personal Information must not be entered. Generic HR documents, such as a template job description or a bank of interview questions for a role, may be drafted with Gemini for Education provided they contain no information about an actual applicant or employee.", []),
  ("6.6", "Exports and reports from the management information system (Arbor), assessment trackers, attendance reports, class lists, seating plans and any other spreadsheet containing pupils\u2019 names must not be uploaded or pasted into Gemini for Education, even to analyse or format them. Aggregate figures that name nobody, such as whole-class percentages, are Trust Internal.", []),
  ("6.7", "Papers for the Trust Board, its committees or a local governing committee that are marked confidential or listed as confidential (Part 2) business must not be entered. Other governance papers may be entered as Trust Internal information by their author or by the clerk, for example to draft a summary or cover paper.", []),
  ("6.8", "Commercially sensitive information must not be entered. This includes bids received during a tender, legal advice, unpublished budgets and staffing restructure proposals, passwords and bank details.", []),
  ("6.9", "If you are not sure which category information falls into, treat it as the more sensitive category and ask the Data Protection Officer.", []),
 ]),
 ("7", "Prohibited uses", [
  ("7.1", "AI Output must not be used as the basis of any decision about an individual, including admissions, suspensions and permanent exclusions, identification of special educational needs, allocation of support, recruitment shortlisting, appraisal outcomes, pay and capability. These decisions are made by people, on the evidence.", []),
  ("7.2", "Generative AI must not be used to observe, monitor, rank or profile staff or pupils, or to analyse their behaviour, emotions or performance.", []),
  ("7.3", "Pupils\u2019 work must not be put through any service that claims to detect whether content was written by AI, and such services must not be relied on as evidence of malpractice.", []),
  ("7.4", "AI must not be used to produce material for statutory assessments (the phonics screening check, the multiplication tables check and the key stage 1 and key stage 2 tests), or to inform teacher assessment judgements submitted to the Standards and Testing Agency.", []),
  ("7.5", "AI must not be used to create content that is discriminatory, sexual, violent, deceptive or otherwise inappropriate, or to pass off AI Output as a real person\u2019s own words without their knowledge.", []),
  ("7.6", "AI must not be used to write or rewrite safeguarding records, referrals to children\u2019s social care, or statements for any legal or disciplinary process.", []),
 ]),
 ("8", "Marking, feedback and reports to parents", [
  ("8.1", "Gemini for Education may be used to create marking criteria, success criteria, exemplar answers, model texts and feedback banks from Open Material and Trust Internal information.", []),
  ("8.2", "A sample of a pupil\u2019s work may be entered to help draft feedback only where it has been De-identified, the work does not describe the pupil\u2019s personal or family life, and the teacher reviews every suggestion. The teacher remains responsible for the mark or judgement given; AI Output must not be the final mark.", []),
  ("8.3", "Work produced by pupils for statutory assessment or moderation must not be entered.", []),
  ("8.4", "Gemini for Education may help a teacher improve the wording of end-of-year or interim report comments that the teacher has written, provided each comment is De-identified before it is entered and contains no Sensitive Records information. The completed report must be checked and signed off by the teacher and the headteacher as usual.", []),
  ("8.5", "Report comments must not be generated by AI from assessment data, MIS exports or lists of pupils.", []),
 ]),
 ("9", "Pupils and generative AI", [
  ("9.1", "Gemini for Education and all other generative AI tools are switched off for pupil accounts in all Trust academies. Pupils must not be given access to any generative AI tool in school, including through a member of staff\u2019s login or device.", []),
  ("9.2", "Teachers may demonstrate Gemini for Education to a class on the interactive display to teach about AI and online safety, provided the prompts have been planned in advance, no Protected Pupil Information is entered, and pupils do not operate the tool themselves.", []),
  ("9.3", "AI Output may be included in resources given to pupils once a teacher has checked it for accuracy and suitability for the age group.", []),
  ("9.4", "A proposal for supervised pupil use of Gemini for Education in Years 5 and 6 is under consideration (see 17.3). Until a decision is made, 9.1 applies.", []),
 ]),
 ("10", "Images, voice and likeness", [
  ("10.1", "Photographs, video or audio recordings of pupils must not be entered into or edited with any AI tool, including Gemini for Education, whatever consent the Trust holds for the use of pupils\u2019 images.", []),
  ("10.2", "AI must not be used to create or alter an image, video, voice or other likeness of any real person, including pupils, staff, parents, governors and public figures, even with their consent.", []),
  ("10.3", "Gemini for Education may be used to generate illustrations, clip art and diagrams for teaching resources and displays, provided they do not depict or resemble a real, identifiable person and they are labelled in line with section 13.", []),
  ("10.4", "Photographs of staff or visitors must not be uploaded to any AI tool, including to improve a profile picture or an image for the website.", []),
 ]),
 ("11", "Meetings, recording and transcription", [
  ("11.1", "The note-taking and transcription features of Gemini in Google Meet may be used only for internal Trust meetings in which no individual pupil, family or member of staff is discussed, and only where the chair tells all attendees at the start and nobody objects.", []),
  ("11.2", "They must not be used in meetings with parents or carers, annual reviews, team around the family or other multi-agency meetings, child protection conferences, HR meetings of any kind, or confidential (Part 2) governance business.", []),
  ("11.3", "Third-party note-takers, meeting bots and transcription apps, including those built into Zoom and Microsoft Teams and standalone apps, must not be used by Trust staff. Recording a lesson or a conversation in order to have it transcribed or analysed by AI is not permitted.", []),
  ("11.4", "Where a meeting hosted by another organisation (for example the local authority or an NHS service) uses that organisation\u2019s own AI note-taker, see 17.4.", []),
 ]),
 ("12", "Human review and accountability", [
  ("12.1", "The member of staff who uses AI Output is responsible for it as if they had written it themselves. Generative AI can produce content that is inaccurate, out of date, biased or invented.", []),
  ("12.2", "All AI Output must be read and checked by the member of staff before it is used, and facts, figures, references and quotations must be checked against a reliable source.", []),
  ("12.3", "AI Output that will be published on an academy or Trust website, or sent to all families, must also be checked by a second member of staff before it goes out.", []),
 ]),
 ("13", "Transparency and labelling", [
  ("13.1", "Where a document, resource or image that is published or sent outside the Trust has been produced mainly by AI, it must carry a short statement such as \u201cProduced with the help of AI and checked by Trust staff\u201d. Light use to correct spelling, improve tone or shorten text does not need a statement.", []),
  ("13.2", "AI-generated images used in displays, newsletters, social media or on a website must always be labelled as AI-generated.", []),
  ("13.3", "The Trust describes its use of Gemini for Education in its privacy notices for pupils, parents and staff. Staff must not tell families that AI has not been used where it has.", []),
 ]),
 ("14", "New tools and procurement", [
  ("14.1", "Any AI tool other than Gemini for Education, including a free tool, a trial, or an AI feature being switched on in software the Trust already uses, may be used only after a Data Protection Impact Assessment has been completed and the AI Oversight Group has approved it.", []),
  ("14.2", "Requests are made on the New Technology Request form on the Trust intranet, which goes to the Trust Digital Lead. The request should describe the purpose, the information involved and the supplier.", []),
  ("14.3", "Academies must not buy, subscribe to or sign up for AI products, including with a school purchasing card or with personal money reclaimed through expenses.", []),
  ("14.4", "Newly approved tools will be announced in the Trust staff bulletin and added to this policy; until then they remain unapproved.", []),
 ]),
 ("15", "Training", [
  ("15.1", "Before using Gemini for Education for Trust Business, staff must complete the Trust\u2019s \u201cAI Essentials\u201d course on the online CPD platform and be up to date with annual data protection training.", []),
  ("15.2", "Headteachers must make sure new staff complete the course as part of induction, and keep a record of completion.", []),
  ("15.3", "The Trust Digital Lead publishes short guidance and example prompts on the staff intranet.", []),
 ]),
 ("16", "Incidents and concerns", [
  ("16.1", "If Protected Pupil Information, Sensitive Records, Family Information or Staff Personal Information is entered into any AI tool in breach of this policy, or any Trust information is entered into a tool that is not approved, the member of staff must report it to the Data Protection Officer using the data breach form straight away, and in any case within 24 hours.", []),
  ("16.2", "If the information concerns safeguarding, the Designated Safeguarding Lead must also be told the same day.", []),
  ("16.3", "AI Output that is harmful or inappropriate or raises a safeguarding concern, including output seen by pupils during a demonstration, must be reported to the Designated Safeguarding Lead and logged in line with the Child Protection and Safeguarding Policy.", []),
  ("16.4", "Staff who suspect that a colleague or pupil is misusing AI should raise it with their headteacher or with the Trust Digital Lead.", []),
 ]),
 ("17", "Matters awaiting decision", [
  ("17.1", "NotebookLM. Google offers NotebookLM to Workspace for Education customers. The AI Oversight Group has not yet decided whether it will be enabled for staff. It is currently switched off and must not be used, including through a personal account, until a decision is announced.", []),
  ("17.2", "Translation for families. The Trust has not decided whether Gemini for Education, or machine translation more generally, may be used to translate letters and messages for families who speak languages other than English. This awaits a decision by the AI Oversight Group following advice from the Data Protection Officer. Until then, staff should use the Trust\u2019s contracted interpreting and translation service.", []),
  ("17.3", "Pupil use pilot. Supervised use of Gemini for Education by pupils in Years 5 and 6 requires approval by the Trust Board on the recommendation of the AI Oversight Group. No academy may start a pilot before that approval is given.", []),
  ("17.4", "AI note-takers in meetings hosted by other organisations. The Trust\u2019s position on meetings hosted by partner agencies that use their own AI note-taking or transcription tools has not been settled. Staff who meet this situation should raise it with the Data Protection Officer, before the meeting where possible, and the case will be considered by the AI Oversight Group.", []),
 ]),
 ("18", "Roles, contacts and review", [
  ("18.1", "The Trust Board approves this policy. The AI Oversight Group oversees how it operates and decides on new tools and on the matters in section 17.", []),
  ("18.2", "Headteachers are responsible for making sure staff in their academy know about this policy and have completed the training in section 15.", []),
  ("18.3", "Questions about this policy or about Gemini for Education go to the Trust Digital Lead at digital@wyrebank.org.uk.", []),
  ("18.4", "Data protection questions and incidents go to the Trust Data Protection Officer at dpo@wyrebank.org.uk. Safeguarding concerns go to your academy\u2019s Designated Safeguarding Lead.", []),
  ("18.5", "This policy is reviewed every year, or sooner if national guidance or the Trust\u2019s tools change.", []),
 ]),
]

FAQ_TITLE = "Using AI at work: staff FAQ"
FAQ_INTRO = ("These answers explain how the Trust\u2019s Generative AI Policy works day to day. "
             "Where this page and the policy differ, the policy applies. Last updated September 2026.")
FAQ = [
 ("Which AI tool am I allowed to use?", [
  "Only Gemini for Education, and only when you are signed in with your Trust Workspace account (the one ending @wyrebank.org.uk). To check, look at the account picture in the top right corner of Gemini: it should show your Trust address. Nothing else is approved for Trust work."]),
 ("I already use the Gemini app on my phone. Is that the same thing?", [
  "No. The app on your own phone, and Gemini in a personal Gmail account, use Google\u2019s consumer terms, where conversations can be kept and reviewed. Don\u2019t use them for anything to do with school. On your own laptop or tablet you can use Gemini for Education in a web browser signed in to your Trust account, but never with pupil information."]),
 ("Can I use ChatGPT, Copilot or Claude if I don't put any names in?", [
  "No. Removing names does not make another tool acceptable: the only approved tool is Gemini for Education. If you think another tool would help your school, ask for it to be assessed using the New Technology Request form."]),
 ("What about the AI features in Canva, Grammarly or other apps we already use?", [
  "AI features built into other products count as separate AI tools, so they are not approved, even if the Trust pays for the product. You can keep using the non-AI parts of software in the usual way. Switching on an AI feature needs approval from the AI Oversight Group first."]),
 ("What does De-identified mean in practice?", [
  "Before you paste anything about a pupil, take out the name, initials, date of birth, UPN, address and anything that would let a colleague work out who it is, for example \u201cthe only twins in Year 2\u201d. Use labels such as Pupil A. If you cannot make it anonymous without losing the point, don\u2019t use AI for it."]),
 ("Can Gemini help me write my end-of-year reports?", [
  "Yes, it can help you polish comments you have written yourself, one at a time and without the child\u2019s name. It must not write reports for you from your tracker or from Arbor, and nothing about SEND, health or safeguarding should go in. You and your headteacher still sign off the report."]),
 ("Can I use Gemini for EHCPs, CPOMS entries or health care plans?", [
  "No. These are Sensitive Records and must never be entered into any AI tool, even with names removed. This includes asking Gemini to summarise, reword or tidy them."]),
 ("Can I use Gemini to plan lessons for pupils with SEND?", [
  "Yes, for general strategies. You can ask, for example, how to adapt a worksheet for pupils with dyslexia or how to chunk instructions for pupils with working memory difficulties, because that is not information about a particular child. Do not enter anything from a particular child\u2019s plan, assessment or records, even without their name."]),
 ("Can I let my class use Gemini?", [
  "No. Gemini is switched off for pupil accounts and pupils must not use any AI tool in school, including on your device. You can demonstrate it on the board as part of an AI or online safety lesson, with planned prompts and no pupil information. A Year 5 and 6 pilot is being considered but has not been approved."]),
 ("I've put a child's details into Gemini by mistake. What should I do?", [
  "Report it to the Data Protection Officer straight away using the data breach form, and within 24 hours at the latest. If it was safeguarding information, tell your DSL the same day. Reporting quickly is what matters; you will not get into trouble for owning up to a genuine mistake."]),
 ("Can Gemini take the notes at our staff meeting?", [
  "Only for internal meetings where no individual pupil, family or colleague is discussed, such as a curriculum planning meeting, and only if the chair tells everyone at the start and nobody objects. Never in meetings with parents, reviews, multi-agency or HR meetings. Other note-taking apps and bots are not allowed."]),
 ("Do I need to say that I used AI?", [
  "If something going outside the Trust, such as a newsletter or web page, was mainly written by AI, add a short line such as \u201cProduced with the help of AI and checked by Trust staff\u201d. AI-generated images always need a label. You don\u2019t need a label for light editing like fixing spelling or tone."]),
 ("Is NotebookLM allowed?", [
  "Not yet. The AI Oversight Group has not decided whether to switch it on for staff, so please don\u2019t use it in any account until the decision is announced in the staff bulletin."]),
 ("Who do I ask about AI at work?", [
  "For anything about the policy, Gemini for Education or requesting a new tool, contact the Trust Digital Lead at digital@wyrebank.org.uk. For data protection questions, contact the Data Protection Officer at dpo@wyrebank.org.uk. For safeguarding, speak to your DSL."]),
]

NAV = """<header class="site-header"><a class="logo" href="/">Wyrebank Learning Trust &ndash; Staff Hub</a></header>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/policies/">Policies</a></li><li><a href="/hr/">HR</a></li><li><a href="/it/">IT and Digital</a></li><li><a href="/safeguarding/">Safeguarding</a></li></ul></nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/policies/">Policies</a></li><li>{crumb}</li></ol></nav>"""
FOOT = """<footer class="site-footer"><p>Wyrebank Learning Trust is a charitable company limited by guarantee registered in England and Wales. Staff Hub is for Trust staff only.</p><p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a></p></footer>"""

e = html.escape


def policy_html():
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(POLICY_TITLE)} | Wyrebank Learning Trust Staff Hub</title>", "</head>", "<body>",
           NAV.format(crumb="Generative AI Policy"), '<main id="content">', f"<h1>{e(POLICY_TITLE)}</h1>",
           '<table class="doc-control">']
    for k, v in POLICY_META:
        out.append(f"<tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>")
    out.append("</table>")
    for num, title, clauses in POLICY:
        out.append(f'<h2 id="s{num}">{num}. {e(title)}</h2>')
        for cid, text, bullets in clauses:
            out.append(f'<p id="c{cid.replace(".", "-")}">{cid} {e(text)}</p>')
            if bullets:
                out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in bullets) + "</ul>")
    out += ["</main>", FOOT, "</body>", "</html>"]
    return "\n".join(out) + "\n"


def policy_md():
    out = [f"# {POLICY_TITLE}", ""]
    out += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in POLICY_META] + [""]
    for num, title, clauses in POLICY:
        out += [f"## {num}. {title}", ""]
        for cid, text, bullets in clauses:
            out += [f"{cid} {text}", ""]
            if bullets:
                out += [f"- {b}" for b in bullets] + [""]
    return "\n".join(out)


def slug(s):
    import re
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def faq_html():
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(FAQ_TITLE)} | Wyrebank Learning Trust Staff Hub</title>", "</head>", "<body>",
           NAV.format(crumb="AI staff FAQ"), '<main id="content">', f"<h1>{e(FAQ_TITLE)}</h1>",
           f"<p>{e(FAQ_INTRO)}</p>"]
    for q, paras in FAQ:
        out.append(f'<h3 id="{slug(q)}">{e(q)}</h3>')
        out += [f"<p>{e(p)}</p>" for p in paras]
    out += ["</main>", FOOT, "</body>", "</html>"]
    return "\n".join(out) + "\n"


def faq_md():
    out = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]
    for q, paras in FAQ:
        out += [f"### {q}", ""]
        for p in paras:
            out += [p, ""]
    return "\n".join(out)


if __name__ == "__main__":
    KN.mkdir(exist_ok=True); OR.mkdir(exist_ok=True)
    (KN / "wyrebank-genai-policy.html").write_text(policy_html(), encoding="utf-8")
    (OR / "wyrebank-genai-policy.md").write_text(policy_md(), encoding="utf-8")
    (KN / "staff-ai-faq.html").write_text(faq_html(), encoding="utf-8")
    (OR / "staff-ai-faq.md").write_text(faq_md(), encoding="utf-8")
    words = sum(len(t.split()) + sum(len(b.split()) for b in bl) for _, ti, cl in POLICY for _, t, bl in cl)
    print("policy words (clauses):", words)
    for q, _ in FAQ:
        print(slug(q))
