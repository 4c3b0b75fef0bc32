#!/usr/bin/env python3
"""Build Pendlemoor Borough Council's AI intranet pages.

Writes, from the single text source below:
  knowledge/generative-ai-policy.html   (intranet policy page, numbered clauses typed in the text)
  knowledge/ai-dos-and-donts.html       (intranet FAQ page, question headings, no numbers)
  knowledge/sources.yaml                (titles, owners, versions, intranet URLs)
  originals/generative-ai-policy.md     (same text, same headings and clause numbers)
  originals/ai-dos-and-donts.md         (same text, same question headings)
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
OR = os.path.join(HERE, "originals")

POLICY_TITLE = "Generative AI Acceptable Use Policy"
POLICY_META = [
    ("Document owner", "Head of Digital and ICT"),
    ("Approved by", "Digital Governance Board"),
    ("Version", "2.1"),
    ("Date approved", "10 March 2026"),
    ("Next review", "September 2026"),
    ("Applies to", "All officers (see section 1)"),
]
POLICY_INTRO = (
    "This page is the council's policy on using generative artificial intelligence at work. "
    "For a quick summary, see the AI do's and don'ts page."
)

# Each section: (number, heading, [ (clause number, text, [bullets]) ... ])
# number None => appendix heading (not a clause).
POLICY = [
    ("1", "Purpose and scope", [
        ("1.1", "This policy sets out how officers of Pendlemoor Borough Council may use generative artificial intelligence (AI) when carrying out council business. It sits alongside the Information Security Policy, the Data Protection Policy, the Records Management Policy and the Officers' Code of Conduct, and does not replace any of them.", []),
        ("1.2", "It applies to all employees, agency and temporary workers, apprentices, volunteers, and contractors or consultants working on council business, whether they are using a council device or any other device, and whether they are in the office, at home or out on site. In this policy they are all called \"officers\".", []),
        ("1.3", "It covers generative AI wherever it appears: standalone chat tools and websites, browser extensions, mobile apps, features built into other software, and services reached through an application programming interface (API).", []),
        ("1.4", "This policy does not govern what officers do with AI in their private lives, provided that no council information is involved and the use is not on behalf of the council.", []),
        ("1.5", "Elected members are not officers. Whether, and how, this policy should apply to councillors when they handle ward casework has not yet been decided; the Monitoring Officer is preparing proposals for the Standards Committee. Until a decision is made, officers supporting members should refer any question about members' use of AI to Democratic Services and must not advise members that a use is permitted.", []),
        ("1.6", "Generative AI is changing quickly. This policy will be reviewed every six months, and sooner if the Digital Governance Board decides it is necessary.", []),
    ]),
    ("2", "Definitions", [
        ("2.1", "Generative AI means software that produces new text, images, audio, video or computer code in response to an instruction (a \"prompt\"), for example by drafting, summarising, rewriting or translating.", []),
        ("2.2", "Council Copilot means Microsoft 365 Copilot Chat used while signed in with a council (@pendlemoor.gov.uk) account, with the green \"Protected\" shield showing beside the chat box. Copilot Chat reached through Microsoft Edge, Teams, Outlook or the Microsoft 365 Copilot app counts as Council Copilot only while both of these conditions are met.", []),
        ("2.3", "Open AI tool means any generative AI tool, app, extension or feature that is not named in section 4 as approved. This includes the free and paid personal versions of tools whose business versions the council uses: Copilot used with a personal Microsoft account is an open AI tool.", []),
        ("2.4", "Resident information means any information about an identifiable resident, tenant, claimant, applicant, business owner, complainant or other member of the public. It includes names, addresses, contact details, council tax and benefit account numbers, case and application references, and any other detail from which the person could be worked out.", []),
        ("2.5", "Sensitive casework means resident information or information about staff that concerns physical or mental health, disability, the safeguarding of children or adults, domestic abuse, the circumstances of homelessness, immigration status, criminal allegations or convictions, fraud investigations, debt recovery action, ethnicity, religion or sexuality.", []),
        ("2.6", "Restricted material means information the council has not published and would not release without redaction. It includes: reports and appendices exempt from publication under Schedule 12A to the Local Government Act 1972; tender submissions and commercial terms during a procurement; legal advice and material prepared for litigation; security and ICT configuration details; and anything protectively marked OFFICIAL-SENSITIVE.", []),
        ("2.7", "Staff records means information about an individual officer's employment, such as recruitment and selection, sickness absence, occupational health, performance, capability, grievance, disciplinary and pay matters.", []),
        ("2.8", "Material AI contribution means that generative AI has produced a substantial part of the wording, analysis or images of a piece of work, rather than only correcting spelling, grammar or tone.", []),
        ("2.9", "Responsible officer means the officer who uses AI output in their work. The responsible officer is accountable for that output as if they had written it themselves.", []),
        ("2.10", "Digital Governance Board (\"the Board\") means the officer group chaired by the Head of Digital and ICT, with the Data Protection Officer and the Senior Information Risk Owner among its members, which approves AI tools and uses of AI.", []),
    ]),
    ("3", "Principles", [
        ("3.1", "AI supports officers; it does not replace their professional judgement or their accountability for their work.", []),
        ("3.2", "Officers must use AI lawfully and fairly, in line with UK GDPR, the Data Protection Act 2018 and the Equality Act 2010, and must watch for bias in what AI produces.", []),
        ("3.3", "Officers must be open about their use of AI with colleagues and residents, as set out in section 8.", []),
        ("3.4", "If in doubt, don't. Pause and ask before putting any information into an AI tool.", []),
    ]),
    ("4", "Approved tools", [
        ("4.1", "The only generative AI tools that may be used for council work are Council Copilot, which any officer who has completed the training in section 11 may use, and Validata, the planning application checking service, which only the Planning Validation Team may use and only to check newly received planning applications against the national and local validation requirements. No other generative AI tool, app, extension or feature may be used for council work, whether it is free or paid for, and whether or not it is used on a council device.", []),
        ("4.2", "Council Copilot is provided under the council's Microsoft 365 agreement. Prompts and responses stay within the council's Microsoft environment and are not used to train Microsoft's models. Council Copilot does not read your mailbox, OneDrive or Teams chats; it only works with what you type or upload into the conversation.", []),
        ("4.3", "The licensed Microsoft 365 Copilot product, which works across Outlook, Word, Teams and officers' own files, is being piloted by a small group in Revenues and Benefits and in Customer Services. Pilot users are told by the ICT Service Desk and given separate guidance. Licences will not be issued outside the pilot unless the Board approves, and no decision on wider roll-out has been made.", []),
        ("4.4", "Validata is a restricted service. It may be given the application forms, plans and supporting documents submitted with a planning application. It must not be given enforcement complaints, pre-application advice requests or consultee responses. Its checklist is a prompt for the validation officer, not a decision: an application is made valid or invalid only by the officer.", []),
        ("4.5", "AI features that arrive in software the council already uses (for example in Adobe Acrobat, Zoom, Canva, the council's case-management systems or Windows itself) are not approved just because they are there. They must be left switched off, or not used, unless the Board has approved that feature and the approval is recorded on the Digital intranet pages.", []),
        ("4.6", "Officers who think another tool would help their service may ask the Board to consider it using the New Technology Request form. Until the Board has approved a tool, it is an open AI tool.", []),
    ]),
    ("5", "What information may go into AI tools", [
        ("5.1", "Council Copilot may be used with information that is already published, and with internal council information that does not identify anyone, for example draft policies, procedure notes, performance figures and spreadsheets without personal details.", []),
        ("5.2", "Officers' own names, and the names, job titles and work contact details of colleagues and of people in partner organisations and suppliers, may be included where they appear in routine business documents such as meeting notes, emails and project plans.", []),
        ("5.3", "Resident information must not be entered into Council Copilot.", []),
        ("5.4", "An officer may describe a situation in general terms, for example \"a tenant in rent arrears who has asked for a payment plan\", provided that nothing could identify the person. Remove names, addresses, reference numbers and dates of birth, and leave out unusual details that would let someone who knows the area recognise them.", []),
        ("5.5", "Sensitive casework, staff records and restricted material must not be entered into any AI tool, in any form, including Council Copilot and including in a described or anonymised form.", []),
        ("5.6", "A document may be uploaded to Council Copilot only if every part of it meets this section. A document with personal details in an appendix, in tracked changes or in comments does not.", []),
        ("5.7", "No council information of any kind, including information that is already public, may be entered into an open AI tool.", []),
        ("5.8", "Validata may receive the personal data contained in planning applications, under the data processing agreement the council has with its supplier, but nothing else.", []),
    ]),
    ("6", "Acceptable uses", [
        ("6.1", "Officers who have completed the training may use Council Copilot, within the limits in section 5 and subject to the checks in section 7, to:", [
            "draft and improve letters, emails, reports, briefings and web content;",
            "summarise published documents, legislation, guidance and consultation papers;",
            "produce first drafts of procedures, templates, FAQs and training material;",
            "suggest ideas, headings, agendas and plans;",
            "explain, check or write spreadsheet formulas and simple scripts that contain no council data;",
            "rewrite text in plain English, in an easy read style or at a lower reading age;",
            "create illustrative images within section 10.",
        ]),
        ("6.2", "These uses need no further permission from a manager or the Board.", []),
    ]),
    ("7", "Human review and decisions", [
        ("7.1", "The responsible officer must read and check all AI output before it is used, sent, published or relied on, including every fact, figure, name, date, legal reference and link.", []),
        ("7.2", "AI output must not be the basis, or the deciding factor, of any determination about an individual's entitlement, liability, eligibility, priority or enforcement outcome. This includes housing register banding, housing benefit and council tax reduction awards, planning and licensing determinations, and penalties.", []),
        ("7.3", "Statutory notices, enforcement notices, formal legal documents, and the reasoning and recommendation in delegated and committee reports must be written by an officer; AI must not draft them.", []),
        ("7.4", "AI must not be used to assess, score, sift or rank job applicants, or to monitor or evaluate the conduct, attendance or performance of any individual officer.", []),
        ("7.5", "AI-generated text must not be sent to a resident, business or partner automatically; a person must review and send it.", []),
        ("7.6", "Officers must not present AI output as professional or legal advice, and must check any interpretation of legislation with the original source or with Legal Services before relying on it.", []),
    ]),
    ("8", "Transparency and labelling", [
        ("8.1", "Where a document that is published or sent to residents contains a material AI contribution, it must carry the statement: \"Parts of this document were drafted with the help of AI and checked by Pendlemoor Borough Council.\"", []),
        ("8.2", "No statement is needed where AI has only corrected spelling, grammar or tone, or has suggested wording that an officer has then rewritten.", []),
        ("8.3", "Internal documents with a material AI contribution should say so in a footnote or in the document properties, so that readers can judge them.", []),
        ("8.4", "Officers must answer honestly if a resident or colleague asks whether AI was used.", []),
    ]),
    ("9", "Recording, transcription and meeting notes", [
        ("9.1", "Microsoft Teams' own transcription may be switched on in internal council meetings, provided that the organiser tells attendees at the start and no attendee objects. The transcript is a council record and is deleted after 30 days unless it is needed for longer.", []),
        ("9.2", "AI note-takers and meeting assistants that join as a separate participant or run on a device (for example Otter, Fireflies, Read.ai or a phone app) are open AI tools and must not be used. If one joins a Teams meeting on behalf of an external attendee, the organiser should ask for it to be removed, and may remove it.", []),
        ("9.3", "Meetings and calls with residents about their own circumstances, and meetings about staff records (such as grievance, disciplinary, sickness absence or capability meetings), must not be transcribed or recorded using AI, and recordings of them must not be put into any AI tool.", []),
        ("9.4", "A transcript of an internal meeting may be pasted into Council Copilot to produce a summary or list of actions, provided the transcript contains nothing excluded by section 5.", []),
        ("9.5", "The council has not yet decided whether AI transcription or summarising may be used for formal meetings held in public or for quasi-judicial hearings, such as Planning Committee, Licensing Sub-Committee hearings and housing review panels. Democratic Services is reviewing the legal and records implications. Until the Board issues guidance, officers must not assume it is permitted and should ask Democratic Services.", []),
    ]),
    ("10", "Images, voices and likeness", [
        ("10.1", "Council Copilot may be used to create illustrative images, icons and diagrams for internal presentations and training material.", []),
        ("10.2", "AI-generated images may be used in published material only with the agreement of the Communications Team, and must be labelled under section 8.", []),
        ("10.3", "Officers must not use AI to create or alter images, audio or video that depict or imitate a real, identifiable person, including colleagues, councillors and residents, or to reproduce any person's voice, even with that person's consent.", []),
        ("10.4", "Photographs and recordings gathered as evidence (for example of fly-tipping, noise nuisance, housing conditions or planning breaches) must be kept exactly as captured. They must not be edited, enhanced or described to an AI tool.", []),
    ]),
    ("11", "Training and access", [
        ("11.1", "Before using Council Copilot, officers must complete the \"Using AI Safely\" e-learning module on Pendlemoor Learn, and must repeat it every 12 months. Managers must make sure their team members have completed it.", []),
        ("11.2", "Validata users must also complete the supplier's training, arranged by the Development Management Manager.", []),
        ("11.3", "Council Copilot may be used on a personal device only through the council's Teams or Edge apps enrolled in the council's mobile device management and signed in with a council account. Copilot reached in any other way on a personal device is an open AI tool.", []),
    ]),
    ("12", "Procurement, suppliers and new AI projects", [
        ("12.1", "Any purchase, trial, free pilot or renewal of software that includes generative AI, and any proposal to switch on an AI feature in an existing system, requires the Board's approval and a data protection impact assessment (DPIA) signed off by the Data Protection Officer before it goes ahead. Where the Board asks for one, an algorithmic transparency record must also be published.", []),
        ("12.2", "Building AI solutions is development work and needs the Board's approval before any build, or any test with council data, begins. This includes Copilot Studio agents, custom GPTs, Power Automate or AI Builder flows that call an AI model, and scripts or applications that send data to an AI service through an API.", []),
        ("12.3", "Contractors and suppliers must not use generative AI on council information without the council's written agreement. Contracts let after this policy was approved must require suppliers to declare their use of AI.", []),
    ]),
    ("13", "Matters awaiting decision", [
        ("13.1", "Some uses of AI have been raised with the Board but not yet decided. Besides councillors' use (paragraph 1.5), the licensed Microsoft 365 Copilot product (paragraph 4.3) and formal meetings and hearings (paragraph 9.5), these are set out below. Until the Board decides a matter in this section, officers must not treat it as permitted and should raise any need with the Board.", []),
        ("13.2", "Translation. The council has not decided whether AI may be used to translate letters, leaflets or other documents for residents whose first language is not English. The Equalities Officer and Customer Services are assessing the accuracy risks. In the meantime, translation requests should go through the council's contracted interpreting and translation service.", []),
        ("13.3", "Consultation responses. Free-text responses to public consultations often contain personal details. Whether Council Copilot may be used to group or summarise responses once they have been redacted is awaiting a Board decision, together with the DPIA the Data Protection Officer has asked for.", []),
    ]),
    ("14", "Incidents and breaches", [
        ("14.1", "If resident information, sensitive casework, staff records or restricted material has been entered into any AI tool, or an open AI tool has been used for council work, the officer must report it to the Information Governance Team as a data incident straight away, and in any case within 24 hours, using the data incident form on the intranet.", []),
        ("14.2", "Do not delete the conversation or the account history until the Information Governance Team has advised, as it may be needed to assess the incident.", []),
        ("14.3", "Officers should also report AI output that is offensive or discriminatory, or that seems to reveal another organisation's or another person's information.", []),
        ("14.4", "Breaches of this policy may be dealt with under the council's Disciplinary Procedure.", []),
    ]),
    ("15", "Contacts", [
        ("15.1", "Whether a tool or a use of AI is allowed, and New Technology Requests: the Digital Governance Board, at digitalgovernance@pendlemoor.gov.uk or in the \"Ask Digital Governance\" Teams channel.", []),
        ("15.2", "Data protection, DPIAs and data incidents: the Information Governance Team and Data Protection Officer, at infogov@pendlemoor.gov.uk.", []),
        ("15.3", "Signing in, the green shield and access on personal devices: the ICT Service Desk, extension 4400.", []),
        ("15.4", "Publishing AI-assisted content and AI-generated images: the Communications Team.", []),
        ("15.5", "Councillors' use of AI and formal meetings: Democratic Services.", []),
        ("15.6", "Validata: the Development Management Manager.", []),
    ]),
    (None, "Appendix A – Related documents", [
        ("A.1", "Information Security Policy.", []),
        ("A.2", "Data Protection Policy and Data Incident Procedure.", []),
        ("A.3", "Records Management Policy and Retention Schedule.", []),
        ("A.4", "Officers' Code of Conduct and Disciplinary Procedure.", []),
    ]),
]

FAQ_TITLE = "AI do's and don'ts"
FAQ_INTRO = (
    "Quick answers for staff. The Generative AI Acceptable Use Policy is the full version; "
    "where this page and the policy differ, the policy applies."
)
# (question heading, [paragraphs], [bullets])
FAQ = [
    ("Which AI tools am I allowed to use for work?", [
        "Council Copilot: that is Microsoft 365 Copilot Chat, signed in with your council account. If you're in the Planning Validation Team you can also use Validata for checking new planning applications. That's the whole list. Anything else is off limits for council work until the Digital Governance Board approves it.",
    ], []),
    ("How do I know I'm in Council Copilot?", [
        "Look for the green \"Protected\" shield next to the chat box and check that your @pendlemoor.gov.uk account is the one signed in. No shield means you're not protected: close it and sign in again, or call the ICT Service Desk on 4400.",
    ], []),
    ("Can I use ChatGPT if I don't put anything personal in it?", [
        "No. ChatGPT, Google Gemini, Claude, Meta AI, Grok and DeepSeek are open AI tools, and nothing from the council goes into them, even information that's already on our website. That applies to free accounts, paid personal subscriptions and apps on your phone alike.",
    ], []),
    ("Can I use Copilot on my own phone or laptop?", [
        "Only through the council's Teams or Edge apps set up under our mobile device management, signed in with your council account. The consumer Copilot app, or Copilot signed in with a personal Microsoft account, doesn't count.",
    ], []),
    ("What about AI that comes built into other software?", [
        "Leave it off. AI assistants in Adobe Acrobat, Zoom, Canva and our case-management systems, and AI writing tools such as Grammarly, aren't approved just because they've appeared. The ordinary spelling and grammar checker in Word and Outlook isn't generative AI and you can carry on using it.",
    ], []),
    ("Can I ask for help with a case if I take the name out?", [
        "Sometimes. You can describe the situation in general terms once names, addresses, reference numbers and anything distinctive are gone. But never for anything involving health, safeguarding, domestic abuse, homelessness circumstances, fraud or other sensitive casework, and never for HR matters about a colleague: those stay out of AI altogether, anonymised or not.",
    ], []),
    ("Do I have to tell people I used AI?", [
        "If AI wrote a substantial part of something that is published or goes to residents, yes: add the standard statement from the policy. If it only tidied your spelling or grammar, no.",
    ], []),
    ("Can AI take the notes in my meeting?", [
        "Teams' own transcription is fine for internal meetings if you tell people at the start and nobody objects, and you can paste the transcript into Council Copilot for a summary. Don't use Otter, Fireflies or other note-taker bots, and don't transcribe meetings with residents about their circumstances or HR meetings.",
    ], []),
    ("Can I use AI for recruitment?", [
        "You can use Council Copilot to help write a job advert or a job description. You must not use AI to sift, score or shortlist applicants.",
    ], []),
    ("I've put something into an AI tool that I shouldn't have. What now?", [
        "Report it to Information Governance as a data incident straight away, using the data incident form on the intranet, and within 24 hours at the latest. Don't delete the chat until they tell you to.",
    ], []),
    ("Who do I ask?", [
        "Questions about tools and uses go to the Digital Governance Board (digitalgovernance@pendlemoor.gov.uk or the \"Ask Digital Governance\" Teams channel). Data protection questions go to infogov@pendlemoor.gov.uk.",
    ], []),
]

URLS = {
    "generative-ai-policy.html": "https://intranet.pendlemoor.gov.uk/policies/generative-ai",
    "ai-dos-and-donts.html": "https://intranet.pendlemoor.gov.uk/digital/ai-dos-and-donts",
}


def e(s):
    return html.escape(s, quote=False)


def page(title, main_html, url):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(title)} | The Moor – Pendlemoor Borough Council intranet</title>
<link rel="canonical" href="{url}">
</head>
<body>
<header class="site-header">
  <a class="logo" href="https://intranet.pendlemoor.gov.uk/">The Moor</a>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search The Moor"></form>
</header>
<nav class="global-nav" aria-label="Main">
  <ul>
    <li><a href="/news">News</a></li>
    <li><a href="/hr">HR and pay</a></li>
    <li><a href="/digital">Digital and ICT</a></li>
    <li><a href="/policies">Policies</a></li>
    <li><a href="/directory">Staff directory</a></li>
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/digital">Digital and ICT</a> &gt; {e(title)}</nav>
<main id="content">
{main_html}
</main>
<footer class="site-footer">
  <p>Pendlemoor Borough Council, Town Hall, Market Street, Pendlemoor. Internal use only.</p>
  <p><a href="/feedback">Give feedback on this page</a> | <a href="/accessibility">Accessibility</a></p>
</footer>
</body>
</html>
"""


def build_policy():
    h = [f"<h1>{e(POLICY_TITLE)}</h1>", "<table class=\"doc-control\">"]
    for k, v in POLICY_META:
        h.append(f"  <tr><th>{e(k)}</th><td>{e(v)}</td></tr>")
    h.append("</table>")
    h.append(f"<p class=\"intro\">{e(POLICY_INTRO)}</p>")
    m = [f"# {POLICY_TITLE}", ""]
    for k, v in POLICY_META:
        m.append(f"{k}: {v}  ")
    m += ["", POLICY_INTRO, ""]
    for num, head, items in POLICY:
        ht = f"{num}. {head}" if num else head
        h.append(f"<h2>{e(ht)}</h2>")
        m += [f"## {ht}", ""]
        for cid, text, bullets in items:
            h.append(f"<p>{cid} {e(text)}</p>")
            m += [f"{cid} {text}", ""]
            if bullets:
                h.append("<ul>")
                for b in bullets:
                    h.append(f"  <li>{e(b)}</li>")
                    m.append(f"- {b}")
                h.append("</ul>")
                m.append("")
    name = "generative-ai-policy.html"
    with open(os.path.join(KN, name), "w", encoding="utf-8") as f:
        f.write(page(POLICY_TITLE, "\n".join(h), URLS[name]))
    with open(os.path.join(OR, "generative-ai-policy.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(m).rstrip() + "\n")


def build_faq():
    h = [f"<h1>{e(FAQ_TITLE)}</h1>", f"<p class=\"intro\">{e(FAQ_INTRO)}</p>"]
    m = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]
    for q, paras, bullets in FAQ:
        h.append(f"<h2>{e(q)}</h2>")
        m += [f"## {q}", ""]
        for p in paras:
            h.append(f"<p>{e(p)}</p>")
            m += [p, ""]
    name = "ai-dos-and-donts.html"
    with open(os.path.join(KN, name), "w", encoding="utf-8") as f:
        f.write(page(FAQ_TITLE, "\n".join(h), URLS[name]))
    with open(os.path.join(OR, "ai-dos-and-donts.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(m).rstrip() + "\n")


def build_sources():
    y = f"""generative-ai-policy.html:
  title: {POLICY_TITLE}
  owner: Head of Digital and ICT
  version: "2.1 (March 2026)"
  url: {URLS['generative-ai-policy.html']}
ai-dos-and-donts.html:
  title: "AI do's and don'ts"
  owner: Digital Governance Board
  version: "March 2026"
  url: {URLS['ai-dos-and-donts.html']}
"""
    with open(os.path.join(KN, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write(y)


if __name__ == "__main__":
    os.makedirs(KN, exist_ok=True)
    os.makedirs(OR, exist_ok=True)
    build_policy()
    build_faq()
    build_sources()
    print("built")
