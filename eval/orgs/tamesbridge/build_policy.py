#!/usr/bin/env python3
"""Build Tamesbridge Council's two intranet pages (knowledge/*.html) and their
same-stem Markdown originals (originals/*.md) from one source of text.

Run: python build_policy.py   (no third-party packages needed)
"""
import html
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
POLICY_STEM = "genai-acceptable-use-policy"
QA_STEM = "ai-staff-questions"

POLICY_TITLE = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
POLICY_META = [
    "London Borough of Tamesbridge – Digital and Customer Services",
    "Version 2.1. Approved by the AI Board, September 2026. Next review due March 2027.",
    "Policy owner: Head of Digital Strategy. Classification: OFFICIAL.",
]

# Each section: (number, heading, [ (clause id or None, text) | ("###", subheading) ])
SECTIONS = [
    ("1", "Purpose", [
        ("1.1", "This policy sets out how officers of the London Borough of Tamesbridge (“the Council”) may use generative artificial intelligence in the course of council business. It supports the Information Security Policy, the Data Protection Policy, the Acceptable Use of ICT Policy and the Officers’ Code of Conduct, and should be read alongside them."),
        ("1.2", "The Council’s approach is deliberately narrow. Generative AI can save time on everyday drafting and summarising, but the Council remains accountable for every decision it makes and every word it publishes. The Council has therefore approved one tool, on the terms set out below, and asks that any wider use is considered properly before it begins."),
        ("1.3", "Because this technology changes quickly, the AI Board will review this policy at least every six months, and sooner where legislation, national guidance or the Council’s systems change."),
    ]),
    ("2", "Scope", [
        ("2.1", "This policy applies to all employees, agency and interim workers, contractors, consultants, volunteers and students on placement who carry out work for the Council. In this policy they are all called “officers”."),
        ("2.2", "It applies whenever council business is being done or council information is involved, whatever the device, location or time of day, including on personal devices and outside normal working hours."),
        ("2.3", "Elected Members are covered by the Members’ ICT Protocol rather than by this policy. The position on Members’ use of generative AI is set out in 15.1(a)."),
        ("2.4", "Officers’ use of generative AI in their private lives, on their own devices and accounts, is not governed by this policy, provided that no council information is used and the use is not connected with council business."),
        ("2.5", "Maintained schools set their own policies through their governing bodies and are not covered by this policy, except where school staff use a Tamesbridge Council account."),
        ("2.6", "Artificial intelligence systems that do not generate content, such as predictive analytics or automatic number-plate recognition, are assessed through the Council’s Data Protection Impact Assessment (DPIA) process and are outside this policy, although the AI Board keeps oversight of them."),
    ]),
    ("3", "Definitions", [
        ("3.1", "“Generative AI” means any software that produces text, images, audio, video, code or other content in response to a prompt, whether it is a stand-alone service or a feature built into another product."),
        ("3.2", "“Approved tool” means Microsoft 365 Copilot Chat used while signed in with a Tamesbridge Council account (an address ending @tamesbridge.gov.uk), shown by the green shield and the words “enterprise data protection” at the top of the chat window. No other generative AI tool is an approved tool."),
        ("3.3", "“Prompt” means anything an officer gives a generative AI tool to work on, including typed or pasted text, uploaded files, images and voice input."),
        ("3.4", "“Public information” means information the Council has already published or that has been approved for publication."),
        ("3.5", "“Council business information” means information held by the Council that is not public and does not identify any living person, such as draft reports, internal procedures, project plans, budget working papers and aggregated or statistical figures. Most council business information is classified OFFICIAL."),
        ("3.6", "“Resident-identifiable information” means any information from which a resident, service user, customer, tenant, leaseholder, business owner or member of their family could be identified, directly or indirectly, by anyone who knows the circumstances. It includes names, addresses, postcodes, dates of birth, telephone numbers, email addresses, National Insurance numbers, NHS numbers, council tax and housing account numbers, case references, photographs, and descriptions of a person’s circumstances detailed enough to single them out."),
        ("3.7", "“Sensitive case information” means resident-identifiable information about health or disability, adult social care, children’s services, special educational needs, safeguarding, domestic abuse, homelessness, immigration status, ethnicity, religion, sex life or sexual orientation, or criminal allegations, offences or proceedings."),
        ("3.8", "“Colleague employment information” means information about an identifiable officer’s recruitment, attendance, sickness, health, pay, performance, grievance, disciplinary or capability matters."),
        ("3.9", "“OFFICIAL-SENSITIVE” means information marked OFFICIAL-SENSITIVE under the Council’s Information Classification and Handling Standard, or which would be so marked if the standard were applied. It includes commercially sensitive procurement material such as tender submissions and evaluations, legal advice, reports and appendices exempt from publication under Schedule 12A of the Local Government Act 1972, and information about the security of the Council’s buildings and systems."),
        ("3.10", "“De-identified” means information from which every detail listed in 3.6 has been removed or generalised, so that no person can reasonably be identified from it, including by someone who knows the case."),
        ("3.11", "“The AI Board” means the officer board, chaired by the Director of Digital and Customer Services, that approves and oversees the Council’s use of artificial intelligence. Its members include the Data Protection Officer, the Senior Information Risk Owner (SIRO), the Head of ICT Security, the Head of Procurement and a representative of Legal Services."),
        ("3.12", "“Business case” means a request to the AI Board made under section 12."),
    ]),
    ("4", "Principles", [
        ("4.1", "Officers remain responsible for their work. Generative AI is a drafting and thinking aid; it does not take responsibility for accuracy, fairness or any decision of the Council."),
        ("4.2", "Generative AI must be used lawfully, fairly and in a way that is consistent with the Council’s equality duties. Officers should be alert to bias in outputs, particularly in content about groups who share a protected characteristic."),
        ("4.3", "Where an officer is unsure whether a use is permitted, they should not go ahead, and should ask their manager or the AI Board."),
    ]),
    ("5", "Approved tools", [
        ("5.1", "Microsoft 365 Copilot Chat, signed in with a Tamesbridge Council account, is the only generative AI tool approved for council business. It may be reached through the Microsoft 365 Copilot app, the Copilot icon in Teams and Outlook, and the Microsoft Edge sidebar, provided the officer is signed in with their council account."),
        ("5.2", "Copilot Chat may be used on council-managed laptops and desktops. On a personal smartphone or tablet it may be used only through the Microsoft apps enrolled in the Tamesbridge Work Profile managed by ICT. It must not be used through a web browser on a personal device, or on any shared, public-access or kiosk computer."),
        ("5.3", "The consumer version of Microsoft Copilot, reached with a personal Microsoft account (such as an outlook.com or hotmail.com address) or without signing in, is not an approved tool, even though it carries the same name."),
        ("5.4", "Publicly available generative AI services used through personal, free or individually paid-for accounts, including ChatGPT, Google Gemini, Claude, Perplexity, Meta AI, Grok and DeepSeek, must not be used for council business or with council information of any kind. The AI Board will not accept business cases for the consumer versions of these services."),
        ("5.5", "Browser extensions, plug-ins, Office add-ins and mobile keyboards that add generative AI features, such as writing assistants and page summarisers, must not be installed on council devices or connected to council Microsoft 365 accounts."),
        ("5.6", "Any other generative AI tool may be used only after the AI Board has approved a business case under section 12. This includes generative features built into software the Council already uses (for example Adobe Acrobat, Canva, Zoom or a case management system), enterprise or business versions of public services, and tools offered free of charge by suppliers or partners. Until approval is given the tool must not be used, and where a feature can be switched off it must be left off."),
        ("5.7", "Microsoft 365 Copilot with a paid licence (the version that works inside Word, Excel, PowerPoint, Outlook and Teams meetings and can search an officer’s mailbox and files) is being piloted by a limited group of officers named by the AI Board. Officers outside the pilot group must not request, buy or use these licences. Pilot participants must follow the pilot terms of use as well as this policy."),
        ("5.8", "Building agents, connectors or automated flows with Copilot Studio, AI Builder or similar products, and calling language models through programming interfaces (such as Azure OpenAI Service or the OpenAI API), is development work. It needs AI Board approval of a business case before any work starts, including work in test or sandbox environments."),
    ]),
    ("6", "What information may be used", [
        ("6.1", "Officers may use Copilot Chat with public information and council business information without further approval, subject to the rest of this policy."),
        ("6.2", "The names, job titles and work contact details of officers, and of staff of partner organisations acting in their work roles, may be included where the task needs them, for example when drafting an email or tidying up notes of an internal meeting."),
        ("###", "Casework and residents"),
        ("6.3", "Resident-identifiable information must not be included in a prompt. Where an officer wants Copilot Chat’s help with a letter, report or other piece of casework about a resident, the material must be de-identified first, and the officer adds the personal details back afterwards outside Copilot Chat."),
        ("6.4", "Sensitive case information must not be included in a prompt in any form, even when it has been de-identified. Detailed accounts of a person’s health, care or family circumstances can identify them without a name, particularly within one borough."),
        ("6.5", "Colleague employment information must not be included in a prompt. Managers may use Copilot Chat to draft general templates, such as a generic return-to-work checklist, provided no individual is described."),
        ("6.6", "OFFICIAL-SENSITIVE information must not be included in a prompt unless the SIRO has given written approval for that specific use, recorded in the Information Governance approvals log."),
        ("6.7", "Information received from another organisation under an information-sharing agreement or in confidence, for example from the police, the NHS or another council, must be treated as OFFICIAL-SENSITIVE for the purposes of this policy, whatever marking it carries."),
        ("6.8", "Before uploading a document, officers must check any comments, tracked changes and embedded content, which are included in the prompt and must also meet this section."),
    ]),
    ("7", "Prohibited uses", [
        ("7.1", "Generative AI must not be the sole or principal basis for any determination about an individual, including eligibility for or entitlement to a service, benefit, grant, discount, housing allocation, penalty or enforcement action. Officers may use Copilot Chat to help explain or word a decision they have made themselves, subject to section 6."),
        ("7.2", "Generative AI must not be used at any stage of assessing, scoring, sifting, shortlisting or ranking candidates for employment, or in assessing an officer’s performance or conduct."),
        ("7.3", "Generative AI must not be used to create, alter or imitate the image, likeness or voice of a real, identifiable person, including colleagues, Members and residents, whether or not that person agrees."),
        ("7.4", "Generative AI must not be used to produce material that is party-political, that promotes a candidate or political party, or that could breach the Code of Recommended Practice on Local Authority Publicity."),
        ("7.5", "Generative AI must not be used as a source of legal advice, or to prepare material that will be presented as the Council’s legal position, unless Legal Services has reviewed and approved it."),
        ("7.6", "Generative AI must not be used to monitor, profile or draw inferences about individual officers or residents, or to create content intended to deceive, harass or discriminate."),
        ("7.7", "Officers must not try to get round the safeguards built into Copilot Chat or any other system, including by rewording a request to avoid a content filter."),
    ]),
    ("8", "Checking and accountability", [
        ("8.1", "Every output must be read and checked by the officer before it is used, including facts, figures, names, dates, references to legislation and any sources the tool cites, which may not exist."),
        ("8.2", "Outputs that will be sent to residents, partners or Members, or published, must go through the normal sign-off for that kind of document. The officer who signs it off is responsible for the content, whatever part AI played in producing it."),
        ("8.3", "Code and scripts produced with Copilot Chat may be deployed to council systems, or run against council data, only after review by a second competent officer and the Council’s standard security testing."),
        ("8.4", "Copilot Chat must not replace the professional judgement that an officer’s role requires, such as whether a building is safe, whether an adult or child is at risk, or whether an application meets a statutory test."),
    ]),
    ("9", "Transparency, labelling and records", [
        ("9.1", "Where generative AI has produced a substantial part of any text that is published or sent outside the Council, the document must carry the statement: “Parts of this document were drafted with the help of AI and checked by a Tamesbridge Council officer.”"),
        ("9.2", "No statement is needed where generative AI has only been used to correct spelling and grammar, adjust tone or reformat an officer’s own text."),
        ("9.3", "Images, illustrations and audio produced by generative AI must always be labelled as AI-generated wherever they are used, internally or externally."),
        ("9.4", "No chatbot, virtual assistant or automated reply that uses generative AI to answer residents directly may be introduced without AI Board approval under section 12. Any approved service must tell residents that they are dealing with AI and how to reach a person."),
        ("9.5", "Copilot Chat is not a records system. Where a prompt or output informs a council decision, the officer must save a copy to the relevant case or project file. Such records may be disclosed under the Freedom of Information Act 2000."),
    ]),
    ("10", "Meetings, recording and transcription", [
        ("10.1", "Third-party AI note-takers and meeting assistants, such as Otter.ai, Fireflies, Read.ai or Fathom, must not be invited to or used in any meeting held on council business. Where an external organisation’s meeting uses one, officers should ask for it to be removed and, if OFFICIAL-SENSITIVE or resident-identifiable information is to be discussed, should not take part until it has been."),
        ("10.2", "The transcription built into Microsoft Teams may be used in line with the Council’s Meeting Recording Procedure, which requires all attendees to be told at the start of the meeting and given the chance to object."),
        ("10.3", "An officer may paste a Teams transcript, or their own notes, of an internal meeting into Copilot Chat to produce a summary or list of actions, provided attendees were told at the start of the meeting that this would happen and the material contains no resident-identifiable information, sensitive case information, colleague employment information or OFFICIAL-SENSITIVE information."),
        ("10.4", "Generative AI, including recording apps with AI features on council or personal phones, must not be used to record, transcribe or summarise conversations with residents, including home visits, interviews, assessments and telephone calls."),
    ]),
    ("11", "Images, likeness and design", [
        ("11.1", "Officers may use the image generation in Copilot Chat to create illustrations, icons and mock-ups for internal use, such as presentations and intranet posts, subject to 7.3 and 9.3."),
        ("11.2", "AI-generated images intended for external use, including social media, leaflets, posters and the Council’s website, must be agreed with the Communications Team before they are used."),
        ("11.3", "Generative AI must not be used to create or alter the Council’s coat of arms, logo or other brand marks, or to produce images that could be mistaken for photographs of real places, people or events in the borough."),
    ]),
    ("12", "Business cases and procurement", [
        ("12.1", "A business case to the AI Board is made by a Head of Service using the form on the AI at Tamesbridge intranet page. It must describe the purpose, the information involved, the supplier’s terms on data use and storage, the outcome of DPIA screening, the costs and how the Council would stop using the tool. The AI Board meets monthly and may approve, refuse, or approve a time-limited trial with conditions."),
        ("12.2", "No contract, purchase, free trial, pilot or proof of concept involving a generative AI product may begin until the AI Board has approved it. Procurement will not raise a purchase order for such a product without the AI Board’s reference number."),
        ("12.3", "When the supplier of a system the Council already uses adds generative AI features, the system owner must tell the AI Board and keep those features switched off until the Board has assessed them."),
        ("12.4", "Approved business cases are listed on the AI at Tamesbridge intranet page. An approval applies only to the team, purpose and information described in it."),
    ]),
    ("13", "Training and access", [
        ("13.1", "Before using Copilot Chat, officers must complete the “Using AI Safely at Tamesbridge” e-learning module on the Learning Hub, and must repeat it every twelve months."),
        ("13.2", "Managers must make sure their team members have completed the module before they use Copilot Chat. ICT may withdraw Copilot Chat access from accounts where the module has not been completed."),
        ("13.3", "The Digital Strategy team runs monthly drop-in sessions and publishes example prompts on the AI at Tamesbridge intranet page."),
    ]),
    ("14", "Incidents and breaches", [
        ("14.1", "If resident-identifiable information, sensitive case information, colleague employment information or OFFICIAL-SENSITIVE information has been entered into any generative AI tool in breach of this policy, or any council information has been entered into a tool that is not an approved tool, the officer must report it straight away, and in any case within 24 hours, using the “Report an information incident” form on the intranet, and tell their manager. Officers must not try to deal with it by deleting the conversation on their own."),
        ("14.2", "Outputs that are offensive, harmful or appear to reveal other people’s information should be reported to the ICT Service Desk."),
        ("14.3", "A breach of this policy may be dealt with under the Council’s Disciplinary Procedure. Honest mistakes reported promptly will be treated as learning opportunities."),
    ]),
    ("15", "Matters not yet decided", [
        ("15.1", "The Council has not yet reached a position on the matters below, which are under consideration by the AI Board. Officers who need to act in these areas must raise the matter with the AI Board first, and must not assume that the use is either permitted or prohibited."),
        ("15.1(a)", "Whether elected Members who hold Tamesbridge Council accounts may use Copilot Chat, and on what terms. A joint review with the Monitoring Officer is under way."),
        ("15.1(b)", "Whether generative AI may be used to prepare draft minutes or decision notices of formal meetings of the Council, the Cabinet and committees. Democratic Services is reviewing this with Legal Services."),
        ("15.1(c)", "Whether generative AI may be used to translate letters, leaflets and web content for residents into other languages or into Easy Read, and what quality checks would apply."),
        ("15.1(d)", "How generative AI tools recommended for an officer as a workplace adjustment, or through an Access to Work assessment, should be assessed and approved."),
        ("15.2", "How long Copilot Chat conversation history should be kept is being considered with Records Management. Until a decision is made, 9.5 applies."),
    ]),
    ("16", "Contacts and ownership", [
        ("16.1", "The AI Board: business cases, questions about tools not covered by this policy and the matters in section 15. Email aiboard@tamesbridge.gov.uk or use the form on the AI at Tamesbridge intranet page."),
        ("16.2", "The Information Governance Team and the Data Protection Officer: questions about what information may be used, DPIAs and information incidents. Email information.governance@tamesbridge.gov.uk."),
        ("16.3", "The ICT Service Desk (extension 4000): access to Copilot Chat, the Tamesbridge Work Profile and technical problems."),
        ("16.4", "The Communications Team: AI-generated images and content for external audiences."),
        ("16.5", "This policy is owned by the Head of Digital Strategy and approved by the AI Board. Suggestions for improving it are welcome at aiboard@tamesbridge.gov.uk."),
    ]),
]

QA_TITLE = "Generative AI at Tamesbridge: your questions answered"
QA_INTRO = [
    "This page answers the questions the Digital Strategy team is asked most often about using generative AI at work. It summarises the Generative AI Acceptable Use Policy, which takes precedence if anything here appears to differ. Paragraph numbers in brackets refer to the policy.",
]
QA = [
    ("Which AI tools can I use for work?", [
        "Only Microsoft 365 Copilot Chat, signed in with your Tamesbridge Council account (policy 5.1). Every other generative AI tool, including AI features built into other software, needs a business case approved by the AI Board before anyone uses it (policy 5.6).",
    ]),
    ("How do I know I am using the right Copilot?", [
        "Look for the green shield and the words “enterprise data protection” at the top of the chat, and check that your @tamesbridge.gov.uk account is shown. Copilot used with a personal Microsoft account, or without signing in, is the consumer version and is not allowed (policy 3.2 and 5.3).",
    ]),
    ("Is ChatGPT OK if I don’t put in anything personal?", [
        "No. ChatGPT, Gemini, Claude, Perplexity, Meta AI, Grok, DeepSeek and similar public services must not be used for council work through personal, free or paid-for accounts, even with published information. The AI Board does not accept business cases for the consumer versions (policy 5.4).",
    ]),
    ("Can I use Copilot Chat on my own phone or home computer?", [
        "On your own phone or tablet, yes, but only through the Microsoft apps in the Tamesbridge Work Profile set up by ICT. Not through a web browser on a personal device, and never on a shared or public computer (policy 5.2).",
    ]),
    ("What is the difference between Copilot Chat and Microsoft 365 Copilot?", [
        "Copilot Chat is available to everyone with a council account. Microsoft 365 Copilot is a paid licence that works inside Word, Excel, Outlook and Teams meetings; it is being piloted by a small group named by the AI Board, and nobody else should request or buy a licence (policy 5.7).",
    ]),
    ("Can I use Copilot Chat to help with casework?", [
        "Only with material that has been de-identified: take out names, addresses, dates of birth, reference numbers and any detail that would let someone who knows the case recognise the person, and add them back afterwards outside Copilot (policy 6.3). Anything about a person’s health, care, children’s services, safeguarding, homelessness or criminal matters must not go in at all, even with the names removed (policy 6.4).",
    ]),
    ("Can Copilot write up my Teams meeting?", [
        "For internal meetings you can paste the Teams transcript or your own notes into Copilot Chat to get a summary or action list, as long as you told attendees at the start and nothing in it is about residents, colleagues’ employment matters or OFFICIAL-SENSITIVE business (policy 10.3). External AI note-takers such as Otter.ai must not join council meetings (policy 10.1), and AI must never be used to record or transcribe conversations with residents (policy 10.4).",
    ]),
    ("Do I have to say when I have used AI?", [
        "If AI drafted a substantial part of something that is published or sent outside the Council, add the standard statement set out in policy 9.1. You do not need it for spelling, grammar or tone changes to your own writing (policy 9.2). AI-generated images and audio must always be labelled (policy 9.3).",
    ]),
    ("Our supplier has added AI to a system we already use. Can we switch it on?", [
        "Not yet. The system owner must tell the AI Board and keep the features switched off until the Board has assessed them (policy 12.3). Free trials and pilots also need the Board’s approval first (policy 12.2).",
    ]),
    ("How do I ask for a new AI tool?", [
        "Ask your Head of Service to submit a business case to the AI Board using the form on the AI at Tamesbridge intranet page, or email aiboard@tamesbridge.gov.uk. The Board meets monthly (policy 12.1 and 16.1).",
    ]),
    ("I have put something into an AI tool that I shouldn’t have. What now?", [
        "Report it straight away, and within 24 hours, using the “Report an information incident” form on the intranet, and tell your manager. Don’t just delete the conversation and hope for the best. Honest mistakes reported quickly are treated as a chance to learn (policy 14.1 and 14.3).",
    ]),
    ("Do I need training before I start?", [
        "Yes. Complete the “Using AI Safely at Tamesbridge” module on the Learning Hub before you use Copilot Chat, and repeat it every year (policy 13.1).",
    ]),
    ("What hasn’t been decided yet?", [
        "Members’ use of Copilot Chat, AI-drafted minutes of formal meetings, AI translation and Easy Read versions for residents, and AI tools recommended as workplace adjustments are all still with the AI Board. If your work touches one of these, contact the Board before you do anything (policy 15.1).",
    ]),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def page(title, body_html, crumbs):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | The Bridge – Tamesbridge Council intranet</title>
<link rel="stylesheet" href="/assets/bridge.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Bridge</a>
  <nav aria-label="Main menu">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/hr">HR and pay</a></li>
      <li><a href="/digital">Digital</a></li>
      <li><a href="/policies">Policies</a></li>
      <li><a href="/directory">Staff directory</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search The Bridge"></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">{crumbs}</nav>
<main id="content">
{body_html}
</main>
<footer class="site-footer">
  <p>London Borough of Tamesbridge – internal use only. Page owner: Digital Strategy team.</p>
  <p><a href="/accessibility">Accessibility</a> | <a href="/contact-ict">Contact ICT</a></p>
</footer>
</body>
</html>
"""


def build_policy():
    h, m = [], []
    h.append(f"<h1>{html.escape(POLICY_TITLE)}</h1>")
    m.append(f"# {POLICY_TITLE}\n")
    for line in POLICY_META:
        h.append(f'<p class="doc-meta">{html.escape(line)}</p>')
        m.append(line + "\n")
    ids = []
    for num, head, paras in SECTIONS:
        h.append(f'<h2 id="section-{num}">{num}. {html.escape(head)}</h2>')
        m.append(f"## {num}. {head}\n")
        ids.append(num)
        for cid, text in paras:
            if cid == "###":
                h.append(f"<h3>{html.escape(text)}</h3>")
                m.append(f"### {text}\n")
                continue
            h.append(f'<p id="clause-{slug(cid)}">{cid} {html.escape(text)}</p>')
            m.append(f"{cid} {text}\n")
            ids.append(cid)
    crumbs = '<a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; <a href="/digital/ai">AI at Tamesbridge</a>'
    (OUT / "knowledge" / f"{POLICY_STEM}.html").write_text(page(POLICY_TITLE, "\n".join(h), crumbs), encoding="utf-8")
    (OUT / "originals" / f"{POLICY_STEM}.md").write_text("\n".join(m), encoding="utf-8")
    return ids


def build_qa():
    h, m = [f"<h1>{html.escape(QA_TITLE)}</h1>"], [f"# {QA_TITLE}\n"]
    for p in QA_INTRO:
        h.append(f"<p>{html.escape(p)}</p>")
        m.append(p + "\n")
    ids = []
    for q, paras in QA:
        h.append(f"<h2>{html.escape(q)}</h2>")
        m.append(f"## {q}\n")
        ids.append(slug(q))
        for p in paras:
            h.append(f"<p>{html.escape(p)}</p>")
            m.append(p + "\n")
    h.append('<p class="updated">Last updated September 2026. Questions not answered here: aiboard@tamesbridge.gov.uk.</p>')
    m.append("Last updated September 2026. Questions not answered here: aiboard@tamesbridge.gov.uk.\n")
    crumbs = '<a href="/">Home</a> &gt; <a href="/digital">Digital</a> &gt; <a href="/digital/ai">AI at Tamesbridge</a>'
    (OUT / "knowledge" / f"{QA_STEM}.html").write_text(page(QA_TITLE, "\n".join(h), crumbs), encoding="utf-8")
    (OUT / "originals" / f"{QA_STEM}.md").write_text("\n".join(m), encoding="utf-8")
    return ids


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    refs = [f"{POLICY_STEM}.md#{i}" for i in build_policy()] + [f"{QA_STEM}.md#{i}" for i in build_qa()]
    (OUT / "clause_refs.json").write_text(json.dumps(refs, indent=1), encoding="utf-8")
    words = sum(len(t.split()) for _, hd, ps in SECTIONS for c, t in ps) + sum(len(hd.split()) for _, hd, _ in SECTIONS)
    print(f"policy words ~{words}; {len(refs)} refs")
