"""Builds the Forest of Dean Learning Trust GenAI policy intranet page (HTML),
its Markdown original, copies the staff FAQ, and writes clause_ids.txt."""
import html, re, shutil, pathlib
OUT = pathlib.Path(__file__).parent
TITLE = "Generative Artificial Intelligence (AI): Acceptable Use Policy for Staff"
META = [("Policy owner", "Trust Data Protection Officer"), ("Approved by", "Trust Board (Audit and Risk Committee)"),
        ("Version", "1.1"), ("Date approved", "22 September 2026"), ("Next review", "September 2027")]
INTRO = ("This policy applies to every school in the Forest of Dean Learning Trust and to the central Trust team. "
         "Printed copies may be out of date: always check this page.")
# (number, heading, [paragraphs]); paragraph strings starting with a number are numbered clauses,
# others are unnumbered paragraphs belonging to the clause above.
S = [
("1", "Purpose and scope", [
 "1.1 This policy sets out how staff of the Forest of Dean Learning Trust (the Trust) may use generative artificial intelligence (AI) tools in their work. Generative AI means software that produces text, images, audio, video or computer code in response to a prompt, for example chatbots, writing assistants and image generators.",
 "1.2 The policy applies to all employees, trustees, local governors, volunteers, trainee teachers and supply staff working in any of the Trust's nine primary schools, two secondary schools or the central Trust team, whenever they use a generative AI tool for school or Trust work, on any device and in any place.",
 "1.3 This policy does not cover how pupils use AI in their learning or in homework and coursework. Pupils' use of AI is covered by the Trust's Curriculum and Assessment Policy and, for qualifications, by the Joint Council for Qualifications (JCQ) rules.",
 "1.4 This policy should be read alongside the Trust's Data Protection Policy, Child Protection and Safeguarding Policy, Staff Code of Conduct, Online Safety Policy and ICT Acceptable Use Policy.",
]),
("2", "Roles and contacts", [
 "2.1 The Trust's Data Protection Officer (DPO), Mrs Helen Vaughan, decides which generative AI tools are approved, carries out or signs off the data protection impact assessment (DPIA) for each tool, and keeps the list of approved tools in section 4 up to date. Contact: dpo@fodlt.org.uk or 01594 862 400 (option 3).",
 "2.2 The Trust Director of IT and Digital, Mr Gareth Price, is responsible for setting up approved tools in the Trust's Google Workspace for Education, for switching AI features on or off in Trust systems, and for technical advice. Contact: itservicedesk@fodlt.org.uk.",
 "2.3 Each Headteacher is responsible for making sure staff in their school know and follow this policy. Each school's Data Protection Lead (usually the School Business Manager) is the first point of contact in school for questions about what information may be used.",
 "2.4 Any safeguarding concern must be reported to the school's Designated Safeguarding Lead (DSL) in the usual way, using CPOMS. Nothing in this policy changes the Child Protection and Safeguarding Policy.",
]),
("3", "Our approach: approval first", [
 "The Trust wants staff to benefit from generative AI, particularly to reduce workload, but pupils' information and the trust of families come first. For that reason the Trust only allows tools that have been checked and approved in advance.",
 "3.1 Staff must not use any generative AI tool for school or Trust work unless the DPO has approved it and it is listed in section 4 of this policy. This applies whether the tool is free or paid for, whether it is a website, an app or a browser extension, and whether it is a separate product or an AI feature built into other software.",
 "3.2 Staff may use an approved tool for the purposes and with the information allowed in section 4 and section 5, provided they follow the rest of this policy. Staff remain responsible for anything they produce with the help of AI.",
 "3.3 To ask for a tool that is not listed in section 4 to be approved, or for an approved tool to be used in a new way, staff must complete the AI Tool Request Form on the Staff Hub and send it to the DPO, with the agreement of their Headteacher or line manager. The DPO will assess the request, including a DPIA where needed, and aims to reply within 20 school days. Staff must not sign up to, trial or use the tool for school or Trust work while the request is being considered.",
 "3.4 Staff must not use personal accounts of any AI tool (for example a personal ChatGPT, Gemini or Copilot account) for school or Trust work, even where no personal information is involved. Approved tools must only be used through the staff member's Trust Google Workspace account (@fodlt.org.uk).",
 "3.5 Staff may use an approved tool on a personal device only through a web browser while signed in to their Trust Google Workspace account with 2-step verification switched on. Staff must not install AI apps on personal devices for school or Trust work, and must not save Trust information generated with AI on a personal device.",
]),
("4", "Approved tools", [
 "The following tools are approved by the DPO at the date of this policy. The list on this page is the current list; any tool not listed here is not approved.",
 "4.1 Gemini for Education (the Gemini app, and Gemini in Gmail, Docs, Sheets and Slides) used in the Trust's Google Workspace for Education account is approved for all staff who have completed the Trust's AI awareness training. It may be used with published information and with the Trust's own internal information that does not identify any pupil, parent, carer or member of staff, for example to plan lessons, create teaching resources and quizzes, draft newsletters and general letters, summarise published guidance, and draft policies and procedures. It must not be used with the information listed in section 5.1.",
 "4.2 Aila, the AI lesson assistant from Oak National Academy, is approved for teachers and teaching assistants for lesson planning and making teaching resources only. Staff must sign in with their @fodlt.org.uk email address. Staff must not enter any information about individual pupils or identifiable groups of pupils, and must not use Aila for assessment, marking, reports or communications with parents and carers.",
 "4.3 No other generative AI tool is approved. In particular ChatGPT (in any version), Microsoft Copilot, Claude, Meta AI, Snapchat My AI, DeepSeek and Perplexity are not approved, and nor are the AI features of other applications such as Canva Magic Studio, Grammarly and AI browser extensions. Staff who wish to use one of them must make a request under paragraph 3.3.",
 "4.4 AI features in the Trust's management information system (Arbor), safeguarding system (CPOMS) and finance system are switched off and must not be switched on, by anyone, without the written approval of the DPO.",
]),
("5", "Information and AI", [
 "5.1 Whatever the tool, including the approved tools in section 4, staff must never enter, upload or paste the following into a generative AI tool:",
 "(a) pupils' personal data, including names, dates of birth, unique pupil numbers (UPNs), addresses, photographs, attainment and assessment data, attendance and behaviour records, and pupils' work;",
 "(b) special educational needs and disabilities (SEND) information about any pupil, including education, health and care plans (EHCPs), support plans, diagnoses, and any medical or health information;",
 "(c) safeguarding and child protection information, including CPOMS records, notes of concerns or disclosures, referrals and information from other agencies;",
 "(d) staff HR information, including recruitment and application information, appraisal and performance, sickness absence, occupational health, pay, disciplinary and grievance matters;",
 "(e) personal information about parents, carers or other members of the public, including contact details, correspondence and complaints.",
 "5.2 Removing a name is not enough. In a small school a pupil, family or member of staff can often be identified from a few details (for example a year group, a medical condition and a recent event). Staff must not enter information about an individual person even without their name. Describing a class or group in general terms that identify no one (for example \"a mixed Year 5 class of 28 with a wide range of reading ages\") is acceptable in an approved tool.",
 "5.3 Commercially sensitive and confidential Trust information must not be entered into any generative AI tool. This includes unpublished budgets and financial forecasts, contracts, tender documents and suppliers' bids, trustee and local governing body papers marked confidential, and examination papers or tests before they have been sat.",
 "5.4 Published information and information written to be published (for example published policies, the curriculum, the school website, newsletters and DfE guidance) and the Trust's own internal information that identifies no one (for example draft schemes of work, internal procedures and meeting agendas) may be used in an approved tool.",
 "5.5 If you are not sure which kind of information you have, ask your school's Data Protection Lead or the DPO before you enter it.",
]),
("6", "Using AI outputs", [
 "6.1 Generative AI can produce content that is wrong, biased, out of date or unsuitable for children. Staff must check anything produced with AI for accuracy and suitability before using it with pupils or sharing it, and remain accountable for it.",
 "6.2 Staff must not upload copyright material, such as whole textbooks, commercial schemes of work or exam board resources, into an AI tool unless the licence allows it.",
 "6.3 Letters, emails and other communications to parents and carers that were drafted with AI must be read and checked in full by a member of staff, and approved in the school's usual way, before they are sent. AI must never send communications automatically.",
 "6.4 Images, audio or video generated by AI that are published on a school or Trust website, social media account, newsletter or display must be labelled \"AI-generated\". Text drafted with AI and checked by a member of staff does not need a label.",
 "6.5 Formulas, scripts (for example Google Apps Script) and other code produced with AI must be tested on sample data that contains no personal information before use. Any script that reads or changes records containing pupil or staff data must be reviewed and approved by the Director of IT and Digital before it is run.",
 "6.6 Staff must not use AI agents or any AI feature that takes actions on its own, such as sending emails, changing records, booking or buying, for school or Trust work.",
]),
("7", "Activities that are not permitted", [
 "Some uses of AI are not permitted in any tool, including approved tools, because of the risk to pupils, staff and families.",
 "7.1 AI must not be used to mark, grade or give feedback on pupils' assessed work, including tests, statutory assessments, teacher assessment judgements and coursework or non-examined assessment. Staff may use an approved tool to draft generic mark schemes, success criteria or model answers that contain no pupil work.",
 "7.2 AI must not be used to write pupil reports, EHCP contributions, SEND reviews or any other document about an individual pupil, and pupil data must never be used to produce them. Staff may use Gemini for Education to draft generic wording, such as a bank of sentence starters, that contains no pupil information; each report must be written by the member of staff.",
 "7.3 AI must not be used to make or inform decisions about individual pupils, parents or staff. This includes safeguarding decisions, suspensions and permanent exclusions, admissions, SEND provision, setting and grouping, attendance action, recruitment shortlisting and selection, appraisal, capability and disciplinary decisions.",
 "7.4 In recruitment, staff may use Gemini for Education to draft job adverts, job descriptions and person specifications. Application forms, CVs, references and interview notes must never be entered into an AI tool.",
 "7.5 Photographs, video or voice recordings of pupils must never be put into any AI tool. AI must not be used to create or edit images, video or audio of any real pupil, member of staff, parent or carer. Staff may use Gemini for Education to create images that do not depict real people for teaching resources and displays, labelled as set out in paragraph 6.4.",
 "7.6 AI note-taking, recording and transcription tools (for example Otter.ai, Fireflies, Copilot in Teams or a meeting bot) must not be used in any meeting, and must never be used in meetings with parents and carers, SEND reviews, safeguarding meetings or HR meetings. See paragraph 8.1 for Google Meet.",
 "7.7 AI must not be relied on for legal, HR, medical, first aid or safeguarding advice. Staff should seek such advice from the DPO, the Trust HR team, the DSL or the relevant professional.",
 "7.8 Staff may use Gemini for Education to translate general letters and information for families that contain no personal information. A translated letter must be checked by a member of staff, and where possible by a fluent speaker, before it is sent. Meetings with families about an individual child, including SEND and safeguarding meetings, must use a professional interpreter, not AI.",
]),
("8", "Points still under review", [
 "The DPO is reviewing the following points. Until a decision is published on this page they are not settled by this policy, and staff must contact the DPO before going ahead.",
 "8.1 The Trust has not yet decided whether the \"Take notes for me\" feature of Google Meet, which is part of the Trust's Google Workspace, may be used to take notes of internal staff meetings where no pupils, parents or personal matters are discussed. Staff who wish to use it should ask the DPO.",
 "8.2 The Trust has not yet decided whether trainee teachers from partner universities and agency supply staff may use AI tools provided by their university or agency to plan lessons they teach in Trust schools.",
]),
("9", "Mistakes, data breaches and concerns", [
 "9.1 If you enter personal data or any other information listed in paragraph 5.1 into an AI tool, by mistake or otherwise, tell your school's Data Protection Lead and the DPO (dpo@fodlt.org.uk) straight away, and on the same day at the latest, so the breach can be assessed under the Trust's Data Breach Procedure. Record what was entered and in which tool, and do not delete the conversation until the DPO tells you to.",
 "9.2 If you become aware of AI being used to create images or messages of pupils or staff, such as fake or sexualised images, report it to the DSL immediately. Do not copy, save or forward the material.",
 "9.3 A breach of this policy may be dealt with under the Trust's Disciplinary Policy.",
]),
("10", "Training and review", [
 "10.1 Staff must complete the Trust's AI awareness training module on the Staff Hub before they use Gemini for Education or Aila for school or Trust work. Headteachers keep a record of completion.",
 "10.2 The DPO and the Director of IT and Digital will review this policy at least once a year, and sooner if the law, DfE guidance or the tools change. Changes to the list of approved tools in section 4 are published on this page and announced in the staff bulletin.",
]),
]
NUM = re.compile(r"^(\d+\.\d+(?:\.\d+)?)\s")
def anchor(n): return "s" + n.replace(".", "-")
def build():
    h = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head><meta charset="utf-8">',
         f'<title>{html.escape(TITLE)} | Staff Hub | Forest of Dean Learning Trust</title>',
         '<link rel="stylesheet" href="/assets/staffhub.css"></head>', '<body>',
         '<header class="site-header"><a href="/" class="logo">Forest of Dean Learning Trust &ndash; Staff Hub</a>',
         '<nav><ul><li><a href="/">Home</a></li><li><a href="/policies/">Policies</a></li><li><a href="/hr/">HR</a></li><li><a href="/it/">IT help</a></li></ul></nav></header>',
         '<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/policies/">Policies</a> &gt; Generative AI</nav>',
         '<main id="main-content">', f'<h1>{html.escape(TITLE)}</h1>', '<table class="policy-meta">']
    md = [f"# {TITLE}", ""]
    for k, v in META:
        h.append(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>')
        md.append(f"- {k}: {v}")
    h.append('</table>'); h.append(f'<p class="intro">{html.escape(INTRO)}</p>')
    md += ["", INTRO, ""]
    ids = []
    for n, head, paras in S:
        ids.append(n)
        h.append(f'<section id="{anchor(n)}">'); h.append(f'<h2 id="{anchor(n)}-heading">{n}. {html.escape(head)}</h2>')
        md += [f"## {n}. {head}", ""]
        for p in paras:
            m = NUM.match(p)
            if m:
                ids.append(m.group(1))
                h.append(f'<p id="{anchor(m.group(1))}"><strong>{m.group(1)}</strong> {html.escape(p[len(m.group(0)):])}</p>')
            elif p.startswith("("):
                h.append(f'<p class="list-item">{html.escape(p)}</p>')
            else:
                h.append(f'<p>{html.escape(p)}</p>')
            md += [p, ""]
        h.append('</section>')
    h += ['</main>', '<footer class="site-footer"><p>&copy; Forest of Dean Learning Trust, a company limited by guarantee registered in England and Wales. <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>', '</body></html>']
    (OUT/"knowledge/fdlt-generative-ai-policy.html").write_text("\n".join(h) + "\n", encoding="utf-8")
    (OUT/"originals/fdlt-generative-ai-policy.md").write_text("\n".join(md), encoding="utf-8")
    # FAQ: authored in Markdown; copied as is
    shutil.copy(OUT/"knowledge/ai-staff-faq.md", OUT/"originals/ai-staff-faq.md")
    faq = (OUT/"knowledge/ai-staff-faq.md").read_text(encoding="utf-8")
    slugs = [re.sub(r"[^a-z0-9]+", "-", l[3:].lower()).strip("-") for l in faq.splitlines() if l.startswith("## ")]
    lines = ["# fdlt-generative-ai-policy.html"] + ids + ["", "# ai-staff-faq.md"] + slugs
    (OUT/"clause_ids.txt").write_text("\n".join(lines) + "\n")
if __name__ == "__main__":
    build()
