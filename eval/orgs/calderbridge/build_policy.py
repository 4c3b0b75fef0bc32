#!/usr/bin/env python3
"""Build the Calderbridge Museums Trust generative-AI policy as an intranet HTML page
(knowledge/genai-policy.html) and its same-text Markdown original (originals/genai-policy.md).

The policy text lives once, in SECTIONS below; both files are rendered from it so that
the clause numbering and wording are identical. Numbers are typed into the text (no <ol>).
"""
import html
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
TITLE = "Using Generative AI at Work: Staff Policy"

META = [
    ("Document reference", "CMT-IG-014"),
    ("Version", "2.0 (replaces Interim Guidance on AI Tools, v1.1, 2024)"),
    ("Approved by", "Executive Leadership Team, 3 February 2026"),
    ("Policy owner", "Head of Digital & Data"),
    ("Next review", "February 2027"),
]

INTRO = ("This page sets out the Trust's rules for using generative AI in your work. "
         "Please read it before you start using AI tools.")

# Each section: (number, heading, [items]); an item is a paragraph string, or a tuple
# ("ul", [bullets]) that belongs to the paragraph above, or ("h3", text) for an
# unnumbered sub-heading.
SECTIONS = [
    ("1", "Purpose and status", [
        "1.1 Calderbridge Museums Trust (\"the Trust\") wants colleagues to be able to use generative AI to save time and open up our collections, while protecting the people whose information we hold and the objects in our care.",
        "1.2 This policy sets out the rules that apply whenever generative AI is used for Trust work. It forms part of the Trust's Information Governance Framework. Breaches may be dealt with under the Disciplinary Procedure or the Volunteer Agreement.",
        "1.3 Unlike the interim guidance it replaces, this policy does not restrict you to a list of approved products. You may use any generative AI tool, free or paid, provided you follow the rules in section 5 on which kinds of information may be put into which kind of tool, and the other rules in this policy.",
    ]),
    ("2", "Scope", [
        "2.1 This policy applies to all employees of the Trust and of its trading subsidiary, Calderbridge Museums Enterprises Ltd, and to trustees, volunteers, freelancers, contractors and agency workers whenever they carry out work for the Trust.",
        "2.2 It covers any use of generative AI for Trust work, on any device, whether the tool is a website, an app, a browser extension or a feature built into other software (for example a \"rewrite\", \"summarise\" or \"magic\" button in an email, design or video-editing product).",
        "2.3 Spelling and grammar checkers that only mark possible errors for you to correct are not generative AI for the purposes of this policy. Features that rewrite, expand or generate text for you are.",
        "2.4 Your use of AI in your own time for your own purposes is outside this policy, but Trust information must never be put into any tool for a personal purpose.",
    ]),
    ("3", "Definitions", [
        "3.1 Generative AI means software that produces new text, images, audio, video, code or other content in response to a prompt or instruction. Examples include ChatGPT, Gemini, Microsoft Copilot and Midjourney.",
        "3.2 A Managed tool is a generative AI tool that the Trust provides under a contract agreed by Digital Services and that you are signed in to with your Trust account (an address ending @calderbridgemuseums.org.uk). At the date of this policy the Managed tools are Microsoft 365 Copilot Chat; Microsoft 365 Copilot in Word, Excel, PowerPoint, Outlook and Teams, for staff who hold a licence; and the generative features of Adobe Creative Cloud used under the Trust's Creative Cloud for Teams licence, including Adobe Firefly and Photoshop Generative Fill.",
        "3.3 An Open tool is every other generative AI tool. This includes free and paid consumer services, tools you are signed in to with a personal account, free trials, and individual subscriptions paid for by you or reimbursed through expenses, even where the product is called \"Plus\", \"Pro\", \"Team\" or \"Enterprise\". A Managed tool used while signed out, or signed in with a personal account, is an Open tool.",
        "3.4 Open information is information that the Trust has already published or has formally approved for publication, and that is not subject to a third-party rights restriction under 11.2. Examples are our website text, the annual report, label text on display and press releases once issued.",
        "3.5 Trust-only information is unpublished information belonging to the Trust that does not identify any living person. Examples are drafts, internal procedures, budgets and management accounts, exhibition plans before they are announced, board and committee papers, unpublished research, internal newsletters and the source code of Trust systems.",
        "3.6 Personal information is any information that identifies, or could identify, a living person: for example a name together with other details, contact details, visitor, member and donor records, complaint correspondence, staff and volunteer records, and photographs or recordings in which someone can be recognised.",
        "3.7 Restricted information is the most sensitive information the Trust holds. It means:",
        ("ul", [
            "special category data: health (including disability, sickness absence and occupational health), racial or ethnic origin, religious or philosophical belief, sexual orientation, trade union membership, and biometric or genetic data;",
            "information about criminal allegations, offences or convictions, including the results of DBS checks;",
            "any information about an identifiable child or young person under 18, including photographs taken at school sessions and family activities;",
            "safeguarding concerns and records;",
            "Security-marked information: building security arrangements, alarm and CCTV details, the locations of objects in store, and courier, transport and installation schedules for loans;",
            "valuations, and insurance or indemnity values, of objects; and",
            "legal advice, and documents prepared for legal proceedings.",
        ]),
        "3.8 The responsible officer for a piece of AI-assisted work is the member of staff who will sign it off, publish it or act on it. Where a volunteer or freelancer produces the work, the responsible officer is the member of staff who supervises them.",
        "3.9 The DDGG is the Digital and Data Governance Group, chaired by the Head of Digital & Data, which oversees this policy and gives the approvals it requires.",
        "3.10 Published output means anything that leaves the Trust or is put in front of the public: web and social media content, gallery and label text, audio guides, press material, publications, grant applications and reports to funders.",
    ]),
    ("4", "Which tools you may use", [
        "4.1 You may use any generative AI tool for Trust work, including Open tools, subject to the information rules in section 5 and the activity rules in section 6. You do not need permission to create an account with an Open tool, but you may only use it with Open information.",
        "4.2 The Trust's preferred tool is Microsoft 365 Copilot Chat, available to all staff. Sign in with your Trust account and check that the green shield symbol is showing before you enter anything other than Open information.",
        "4.3 Volunteers and freelancers who do not have a Trust account may use Open tools only.",
        "4.4 Before you use an Open tool for Trust work for the first time, check its settings and turn off any option that lets the provider use your conversations to train or improve its models, where the tool offers one.",
        "4.5 Tools that take actions for you, such as sending messages, changing files or making bookings without you confirming each step, must not be connected to your Trust account or to Trust systems without DDGG approval (see 12.3 and 16.4).",
    ]),
    ("5", "What information may go into which tool", [
        "5.1 The kind of information decides which tool you may use. Where a document or prompt mixes kinds of information, the most sensitive kind decides.",
        "5.2 Open information may be used in any generative AI tool, Open or Managed.",
        "5.3 Trust-only information may be used only in a Managed tool. It must not be typed, pasted or uploaded into an Open tool, and this includes summaries of it and extracts from it.",
        "5.4 Personal information may be used only in Microsoft 365 Copilot Chat or Microsoft 365 Copilot, signed in with your Trust account, and only where all of the following apply:",
        "5.4(a) you have completed the AI Essentials module (see 13.1);",
        "5.4(b) the task is part of your normal duties and you would be entitled to see the information anyway;",
        "5.4(c) you include no more personal information than the task needs, leaving out names and other identifiers wherever the task can be done without them; and",
        "5.4(d) the use is not excluded by section 6 or section 9.",
        "5.5 Personal information must not be put into any other Managed tool (including the generative features of Adobe Creative Cloud) or into any Open tool.",
        "5.6 Restricted information must not be put into any generative AI tool, including Microsoft 365 Copilot. This applies even if you take out names, where the person could still be recognised from the circumstances.",
        "5.7 Removing names does not turn Personal information into Trust-only information if a person could still be identified from what is left (for example a complaint about \"the duty manager at Harbour Street on bank holiday Saturday\"). Information that has been properly anonymised, so that nobody can be identified, is Trust-only information unless it has been published.",
        "5.8 Free-text comments from visitor surveys, consultations and feedback cards are Personal information unless the people who gave them were told the comments would be published, because people often include details that identify themselves or others.",
        "5.9 Information we receive from a partner, lender or funder under a confidentiality agreement is at least Trust-only information and must also be handled as the agreement requires. Where the agreement does not allow the information to be processed by third-party software or services, it must not be put into any generative AI tool.",
        "5.10 If you are not sure which kind of information you have, treat it as the more sensitive kind and ask the Information Governance team (see 17.2).",
    ]),
    ("6", "Activities that are not permitted", [
        "6.1 The rules in this section apply whatever the tool and whatever the information involved.",
        "6.2 Generative AI must not be used:",
        "6.2(a) to make, or to rank, score or recommend, any decision about an individual's recruitment, pay, performance, conduct, grievance or volunteer placement, or about a person's access to Trust services, concessions or grants;",
        "6.2(b) to write employment or volunteering references;",
        "6.2(c) to attribute, authenticate, date, value or assess the condition of an object, or to reach conclusions on provenance, including due diligence on proposed acquisitions and loans;",
        "6.2(d) to produce words presented as those of a named person, such as a quotation in a press release, unless that person has read and approved them before use;",
        "6.2(e) to reply to members of the public, including enquiries, reviews and social media comments, without a member of staff reading and approving each reply before it is sent;",
        "6.2(f) to create text, images or audio about human remains or about sacred or culturally restricted material without first consulting the Collections Ethics Panel; or",
        "6.2(g) to get around a security control, a paywall or a website's terms of use, or to scrape other organisations' websites.",
        "6.3 Rule 6.2(a) does not stop you using generative AI to help draft a job description, an advert or interview questions, provided no information about any applicant or candidate is used.",
    ]),
    ("7", "Checking and owning the output", [
        "7.1 Generative AI can produce content that is wrong, biased or invented, including made-up references, dates and object histories. The responsible officer is accountable for AI-assisted work as if they had written it themselves.",
        "7.2 Before any Published output containing AI-generated content is released, the responsible officer must check every factual statement against a reliable source. Dates, names, attributions and quotations must be checked against the collections record or the original source.",
        "7.3 AI translations that will form part of Published output, such as label text in another language, must be checked by a person fluent in that language before publication. A translation made only to help you understand something needs no check.",
        "7.4 Code written with the help of generative AI must be reviewed by a second developer before it is deployed to any Trust system or website.",
        "7.5 AI-assisted interpretation for children and families, and accessible formats such as Easy Read, must be reviewed by the Learning team or the Access Officer before use.",
    ]),
    ("8", "Transparency and labelling", [
        "8.1 Published output in which a substantial part of the content was generated by AI must say so, using the wording \"Created with the help of AI and checked by Trust staff\".",
        "8.2 Any image, audio or video created or substantially altered with generative AI must be labelled \"AI-generated\" wherever it is published, however small the AI contribution. Routine edits such as cropping, colour correction or removing dust spots do not need a label.",
        "8.3 Internal documents, emails and notes do not need a label, but you must tell colleagues if a document they are relying on was largely generated by AI.",
        "8.4 Grant applications and reports to funders must follow the funder's own rules on AI. Where the funder says nothing, the responsible officer decides whether to disclose AI use.",
        "8.5 Generative AI must not be named as an author or co-author of Trust publications or research articles. Acknowledge its use in the way the publisher requires.",
    ]),
    ("9", "Meetings, recording and transcription", [
        "9.1 Microsoft Teams recording, transcription and Copilot in Teams may be used in Trust meetings if everyone present is told at the start. If any attendee objects, the chair must switch them off.",
        "9.2 AI note-takers and meeting assistants from other providers, including bots that join a call as an attendee, must not be invited to, admitted to or used to record Trust meetings.",
        "9.3 Where an external organisation hosts a meeting and uses its own AI note-taker, you may take part, but you must ask for it to be switched off before any Trust-only, Personal or Restricted information is discussed.",
        ("h3", "Meetings that must never be recorded or transcribed"),
        "9.4 Recording, transcription and AI summaries must not be used in disciplinary, grievance, capability or sickness absence meetings; in safeguarding discussions; in occupational health referrals; in closed sessions of the Board of Trustees and its committees; or in meetings with the police or insurers about security incidents.",
        "9.5 Transcripts and AI meeting summaries are Trust records. The meeting organiser must check them for accuracy before circulating them and keep them in line with the Records Retention Schedule.",
        "9.6 Oral history interviews and other recordings in the collection are dealt with under 16.3, not this section.",
    ]),
    ("10", "Images, audio, video and likeness", [
        "10.1 Generative AI may be used to create illustrations, backgrounds, mock-ups and marketing artwork, subject to sections 5, 8 and 11.",
        "10.2 You must not create images, video, audio or voices that depict, imitate or could be taken for a real, identifiable living person without that person's written consent, recorded on the Marketing team's consent form.",
        "10.3 Imagined reconstructions of people, places or objects from the past may be created for interpretation only if they are labelled as imagined reconstructions and the curator responsible has approved them.",
        "10.4 Nothing may be created for Published output that is designed to look like, or could reasonably be mistaken for, an object in our collection or a genuine historical photograph, film, document or recording.",
        "10.5 A photograph or recording in which a person can be recognised is Personal information, or Restricted information if it shows a child, and may only be used with generative AI as section 5 allows. This means Generative Fill and similar features in Adobe Creative Cloud must not be used on such images.",
    ]),
    ("11", "Collections, copyright and rights", [
        "11.1 Collection images and data are often subject to rights held by others.",
        "11.2 Images of works still in copyright, images of objects on loan to us, and images or data supplied by picture libraries or other institutions must be treated as Trust-only information even if they appear on our website, because our licences do not allow us to pass them to third-party services.",
        "11.3 Photographs taken by the Trust of out-of-copyright objects that the Trust owns, once published on Collections Online, are Open information.",
        "11.4 You may use generative AI to help draft catalogue descriptions, label text and alt text from records you are entitled to see, subject to section 5. The curator or collections officer responsible must approve the final text, and any conclusion on attribution, date, provenance, condition or value must be reached by a person (6.2(c)).",
        "11.5 Do not ask a generative AI tool to produce work in the style of a named living artist or maker for Published output.",
        "11.6 Any request from a company, university or other organisation to use our collection images or data to train or test an AI model must be referred to the Head of Collections under 16.1.",
    ]),
    ("12", "Buying, building and connecting tools", [
        "12.1 You may pay for an individual subscription to an Open tool from a budget you control, with your line manager's agreement. The subscription remains an Open tool under 3.3 and may only be used with Open information.",
        "12.2 Any contract for a generative AI tool for a team or for the whole Trust, and any proposal to add a tool to the Managed tools, must go through Digital Services' technology review, and a Data Protection Impact Assessment where Personal information will be involved, before any commitment is made. Only the DDGG can decide that a tool becomes a Managed tool.",
        "12.3 Generative AI tools must not be connected to Trust systems, including the collections management system, the ticketing and supporter database, SharePoint and the Trust's websites, through plug-ins, connectors, API keys or browser extensions, without the written approval of Digital Services.",
        "12.4 Browser extensions and desktop apps with generative features may be installed on Trust devices only from the Trust's Company Portal.",
        "12.5 Any visitor-facing use of generative AI, such as a chatbot on our website, an AI guide in the galleries or an interactive that generates content for visitors, needs DDGG approval before any development starts.",
        "12.6 Developers may use AI coding assistants such as GitHub Copilot, but unless the assistant is a Managed tool it is an Open tool, and the source code of Trust systems is Trust-only information that must not be put into it.",
    ]),
    ("13", "Training", [
        "13.1 Everyone who uses generative AI for Trust work should complete the AI Essentials e-learning module on the Learning Zone. It must be completed before you use Personal information with Microsoft 365 Copilot under 5.4 and before you are given a Microsoft 365 Copilot licence.",
        "13.2 Managers must brief the volunteers and freelancers they supervise on sections 4, 5 and 6 before they use generative AI for Trust work.",
    ]),
    ("14", "Devices and accounts", [
        "14.1 You may use Open tools on a personal device for Trust work with Open information.",
        "14.2 You may use Microsoft 365 Copilot Chat on a personal phone, tablet or computer only through the Microsoft 365 app or website, signed in with your Trust account and multi-factor authentication, and only with Open or Trust-only information. Personal information must not be used with any generative AI tool on a personal device.",
        "14.3 If you create an account with an Open tool for Trust work, you may use your Trust email address as the username, but you must not reuse your Trust password. Signing up with a Trust email address does not make a tool a Managed tool.",
        "14.4 Microsoft 365 Copilot licences and Trust accounts are personal to you and must not be shared or lent.",
    ]),
    ("15", "When something goes wrong", [
        "15.1 If you put Trust-only, Personal or Restricted information into a tool that this policy does not allow, or you find that an AI tool has exposed such information, report it straight away, and in any case within 24 hours, using the Report an Information Incident form on the Hub, and tell your line manager.",
        "15.2 Where you can, delete the conversation and any uploaded files, but do not delay your report to do so.",
        "15.3 The Information Governance Manager decides whether an incident must be reported to the Information Commissioner's Office. Failing to report is treated more seriously than the original mistake.",
    ]),
    ("16", "Matters under review", [
        "16.1 The Board of Trustees has not yet decided whether the Trust will license, allow or block the use of its collection images, catalogue data and website content to train third-party AI models. Until it decides, staff must not agree to, refuse or negotiate any such request, and must refer it to the Head of Collections, who will put it to the DDGG.",
        "16.2 Whether generative AI may be used in research about current or prospective donors, including wealth screening and summarising published information about individuals, has not been decided and is waiting for a Data Protection Impact Assessment. No such use may take place until the DDGG has approved it.",
        "16.3 The DDGG has not yet decided whether Microsoft 365 Copilot, or any other AI service, may be used to transcribe, summarise or index oral history interviews and other recordings in the collection. Each proposal needs DDGG approval in advance.",
        "16.4 The use of Copilot agents and other AI agents that act on a user's behalf is under review. No agent may be created, or connected to Trust data, without DDGG approval.",
        "16.5 Whether AI-generated voices may be used in audio guides or for access purposes such as audio description is being considered with the Access Advisory Panel. Any proposal needs DDGG approval.",
    ]),
    ("17", "Contacts and review", [
        "17.1 Questions about this policy, and requests for DDGG approval, go to the AI governance mailbox, ai-governance@calderbridgemuseums.org.uk, or the Ask AI Governance channel in Teams.",
        "17.2 Questions about which kind of information you have, data protection and incidents go to the Information Governance Manager, who is also the Trust's Data Protection Officer, at infogov@calderbridgemuseums.org.uk.",
        "17.3 Questions about Managed tools, licences, installing software and connecting tools go to the Digital Services Service Desk on extension 4400.",
        "17.4 Questions about copyright, image rights and collections data go to the Rights and Reproductions Manager.",
        "17.5 This policy is owned by the Head of Digital & Data. The DDGG will review it at least every twelve months.",
    ]),
]


def md():
    out = [f"# {TITLE}", "", "| | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in META]
    out += ["", INTRO, ""]
    for num, head, items in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for it in items:
            if isinstance(it, tuple) and it[0] == "ul":
                out += [f"- {b}" for b in it[1]] + [""]
            elif isinstance(it, tuple) and it[0] == "h3":
                out += [f"### {it[1]}", ""]
            else:
                out += [it, ""]
    return "\n".join(out).rstrip() + "\n"


def e(s):
    return html.escape(s, quote=False)


def article_html():
    parts = [f"<h1>{e(TITLE)}</h1>", '<table class="doc-meta">']
    parts += [f"  <tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in META]
    parts += ["</table>", f"<p class=\"lead\">{e(INTRO)}</p>"]
    for num, head, items in SECTIONS:
        parts.append(f'<section id="s{num}">')
        parts.append(f"<h2>{num}. {e(head)}</h2>")
        for it in items:
            if isinstance(it, tuple) and it[0] == "ul":
                parts.append("<ul>")
                parts += [f"  <li>{e(b)}</li>" for b in it[1]]
                parts.append("</ul>")
            elif isinstance(it, tuple) and it[0] == "h3":
                parts.append(f"<h3>{e(it[1])}</h3>")
            else:
                parts.append(f"<p>{e(it)}</p>")
        parts.append("</section>")
    return "\n".join(parts)


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Using Generative AI at Work: Staff Policy | The Hub | Calderbridge Museums Trust</title>
<link rel="stylesheet" href="/assets/hub.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>The Hub uses essential cookies to keep you signed in and optional analytics cookies to help us improve the intranet.
  <a href="/help/cookies">Read about cookies on the Hub</a>.</p>
  <button type="button" id="cookies-accept">Accept analytics cookies</button>
  <button type="button" id="cookies-reject">Essential cookies only</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="brand"><a href="/"><img src="/assets/cmt-logo.svg" alt="Calderbridge Museums Trust"> The Hub</a></div>
  <form class="site-search" action="/search" role="search"><label for="q">Search the Hub</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="global-nav" aria-label="Main">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/people">People &amp; HR</a></li>
      <li><a href="/collections">Collections</a></li>
      <li><a href="/visitors">Visitor Experience</a></li>
      <li><a href="/policies" aria-current="true">Policies &amp; Procedures</a></li>
      <li><a href="/digital">Digital Services</a></li>
      <li><a href="/sites">Our Sites</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <a href="/">Home</a> &rsaquo; <a href="/policies">Policies &amp; Procedures</a> &rsaquo; <a href="/policies/information-governance">Information Governance</a> &rsaquo; Using Generative AI at Work
</nav>
<div class="layout">
<main id="main">
<article class="policy">
{article}
</article>
</main>
<aside class="related" aria-label="Related pages">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/policies/genai-faq">Generative AI: frequently asked questions</a></li>
    <li><a href="/policies/data-protection">Data Protection Policy</a></li>
    <li><a href="/policies/information-security">Information Security Policy</a></li>
    <li><a href="/collections/image-rights">Image Rights and Reproduction Policy</a></li>
    <li><a href="/forms/information-incident">Report an Information Incident</a></li>
  </ul>
  <h2>Was this page helpful?</h2>
  <p><a href="/feedback?page=genai-policy">Yes</a> | <a href="/feedback?page=genai-policy&amp;no=1">No</a></p>
</aside>
</div>
<footer class="site-footer">
  <p class="page-meta">Page owner: Head of Digital &amp; Data. Last updated 3 February 2026.</p>
  <ul>
    <li><a href="/help/accessibility">Accessibility statement</a></li>
    <li><a href="/help/cookies">Cookies</a></li>
    <li><a href="/help/contact">Contact the Hub team</a></li>
    <li><a href="/digital/service-desk">Digital Services Service Desk: ext. 4400</a></li>
  </ul>
  <p>&copy; Calderbridge Museums Trust. Registered charity no. 1187402. The Hub is for Trust staff, trustees and volunteers only.</p>
</footer>
</body>
</html>
"""


def main():
    (HERE / "knowledge").mkdir(exist_ok=True)
    (HERE / "originals").mkdir(exist_ok=True)
    (HERE / "originals" / "genai-policy.md").write_text(md(), encoding="utf-8")
    (HERE / "knowledge" / "genai-policy.html").write_text(
        PAGE.replace("{article}", article_html()), encoding="utf-8")
    words = sum(len(p.split()) for _, h, items in SECTIONS for p in
                ([h] + [x if isinstance(x, str) else " ".join(x[1]) if x[0] == "ul" else x[1] for x in items]))
    print("policy words:", words)


if __name__ == "__main__":
    main()
