"""Build Marshford District Council's intranet HTML pages (knowledge/) and their .md twins (originals/).
Content is held once here; both renderings come from the same data so text and numbering match."""
import html, os, re
OUT = os.path.dirname(os.path.abspath(__file__))

POLICY_TITLE = "Generative AI Acceptable Use Policy"
POLICY_PRE = [
    "Marshford District Council | ICT & Digital Services | Version 1.3 | Approved by the Digital Board, 14 January 2026 | Next review: July 2026",
    "Owner: Head of Digital and Customer Services. This page is the council's policy. The 'AI: your questions answered' page explains it in plain words, but where the two differ, this policy applies.",
]
# (heading, [paragraphs]) ; paragraphs start with their typed number. "- " lines are bullets of the clause above.
POLICY = [
("1. Purpose", [
"1.1 Marshford District Council wants its staff to use generative AI where it helps them serve residents, businesses and visitors better and faster. This policy sets out how that can be done safely, lawfully and in a way that keeps the trust of the people of the district.",
"1.2 The council's approach is permissive about tools and strict about information. Staff may use any generative AI tool for council work, provided they follow the information rules in section 5, the activity rules in sections 6 to 10 and the list of barred tools at paragraph 5.9.",
"1.3 This policy sits alongside the Information Security Policy, the Data Protection Policy, the Records Management Policy, the Social Media Policy and the Employee Code of Conduct. Nothing in this policy relaxes any of those.",
]),
("2. Scope", [
"2.1 This policy applies to all employees of the council, agency and interim workers, apprentices, volunteers, contractors and consultants working on the council's behalf, referred to in this policy as 'staff'.",
"2.2 It applies to council work wherever and however it is done: on council-issued laptops and phones, on personal devices, at home, in the office or on site.",
"2.3 It covers stand-alone generative AI services (chat assistants, image generators and the like), generative features built into other software (for example word processors, design tools, PDF readers, video-conferencing tools, browsers and line-of-business systems), browser extensions and mobile apps, and access to AI models through programming interfaces.",
"2.4 Elected members are not covered by this policy when acting as councillors. Their use of generative AI is dealt with at paragraph 14.1.",
"2.5 This policy does not cover conventional automation that does not generate content, such as spell-checking, rules-based workflows, or search within council systems.",
]),
("3. Principles", [
"3.1 A named member of staff is always responsible for anything produced with generative AI, exactly as if they had written it themselves. The tool is never the author of record.",
"3.2 Generative AI can produce confident, fluent and wrong answers, invent sources and reflect bias in the material it was trained on. Staff must treat every output as a first draft.",
"3.3 We are open with residents about where and how we use AI (section 8).",
"3.4 Decisions about people are made by people (section 6).",
]),
("4. Classes of information", [
"4.1 For the purposes of this policy all council information falls into one of four classes. If information fits more than one class, treat it as the higher class. If you are not sure which class applies, treat it as the higher class and ask the Information Governance Team.",
"4.2 Open information is information the council has already published, or that is written to be published and contains nothing that would not be published, for example a press release, a web page, a published committee report, a public consultation document or an adopted policy.",
"4.3 Council Internal information is the council's own unpublished information that does not identify any living person, for example draft reports, internal procedures, project plans, anonymised or aggregated figures, and training materials.",
"4.4 Restricted information is:",
"- anything that identifies a living person, including a resident, a business owner or sole trader, a member of staff, a job applicant or a councillor, when linked to their circumstances (names with addresses, account or case references, contact details, photographs, council tax or benefit details, complaint correspondence, employee records and the like);",
"- commercially sensitive information, including tender submissions, supplier pricing, and the council's negotiating position;",
"- information that is exempt from publication, including reports or appendices marked 'Not for publication' under Schedule 12A of the Local Government Act 1972 ('Part 2' or 'pink papers'); and",
"- legally privileged material and anything relating to current or likely legal proceedings.",
"4.5 Highly Restricted information is Restricted information that is also: about a person's physical or mental health, disability or care needs; about racial or ethnic origin, religion or belief, sex life or sexual orientation, trade union membership, or biometric or genetic data; about actual or alleged criminal offences; about safeguarding of a child or an adult at risk; or about any individual child. It also includes information about the investigation of fraud and all information held for the purposes of counter-terrorism or the council's emergency planning for critical sites.",
"4.6 Removing names alone does not make information Council Internal. Information stays Restricted or Highly Restricted if a person could still be identified from it, for example by a combination of street name, age and circumstances, or because the case is well known locally.",
]),
("5. Which information may go into which tool", [
"5.1 Open information may be used with any generative AI tool, including free services and personal accounts, except the barred tools in paragraph 5.9.",
"5.2 Council Internal information may be used only with Council Copilot. It must not be entered into, uploaded to, or pasted into any other generative AI tool, including a paid or 'business' version of a public service bought by an individual or a team.",
"5.3 Council Copilot means Microsoft 365 Copilot Chat used while signed in with your @marshford.gov.uk account, showing the green shield or 'Protected' label. The same service accessed with a personal Microsoft account, or without the protection label, is a public AI tool and not Council Copilot.",
"5.4 Restricted information must not be entered into any generative AI tool, including Council Copilot, except an Assured System, and then only within the purpose the system is assured for.",
"5.5 Highly Restricted information must not be entered into any generative AI tool. No system is currently assured for Highly Restricted information.",
"5.6 An Assured System is a council system with a generative AI feature for which a data protection impact assessment has been completed and signed off by the Data Protection Officer, and which the Digital Board has approved for named purposes. The current Assured Systems are:",
"5.6(a) the 'Case Summary' feature in the Housing Options case management system, for summarising a housing applicant's own case file within that system, by Housing Options officers only; and",
"5.6(b) transcription and intelligent recap in Microsoft Teams meetings organised from a council account, subject to section 10.",
"5.7 Generative AI features built into other software (for example writing assistants, design tools, PDF readers, note apps and browser sidebars) are public AI tools unless they are Council Copilot or an Assured System. Such features can read everything in the document, page or window they work on, so they must be switched off or not used when the content is anything other than Open information.",
"5.8 On personal devices, staff may use public AI tools with Open information only. Council Internal information may be used on a personal device only through Council Copilot in the council's managed Microsoft apps (the Outlook, Teams or Microsoft 365 Copilot app enrolled through the Company Portal).",
"5.9 The following tools must not be used for any council work, with any class of information, on any device: DeepSeek in any form (including its app, website and models hosted by others); Grok; and any meeting assistant that joins a call as its own participant, such as Otter, Fireflies or Read.ai. ICT & Digital may add to this list and will publish any addition on this page.",
"5.10 Browser extensions and add-ins that read, capture or rewrite the contents of web pages, emails or documents must not be installed on council devices unless ICT & Digital has packaged them through the Company Portal.",
"5.11 Staff must not connect generative AI models to council systems or data through programming interfaces, API keys, automation flows, custom GPTs, agents or similar, except as an AI project approved by the Digital Board under section 11.",
]),
("6. Decisions about people", [
"6.1 Generative AI must not be used to make, recommend, score or rank any Determination. A Determination is any decision that affects an individual's or a business's entitlement, liability, access to a service, or exposure to enforcement, including decisions on council tax, business rates, benefits and reductions, housing allocation and homelessness duties, grants, fines and penalty notices, complaints and appeals.",
"6.2 Generative AI may be used to help with the work around a Determination only where the information rules in section 5 are met, for example to draft a template letter from Open or Council Internal information. The officer must not use it to weigh the evidence, decide the outcome, or write the reasons for the outcome.",
"6.3 Planning, building control, licensing and environmental health: generative AI must not be used to assess an application, representation or complaint, to draft the officer's assessment or recommendation, or to draft conditions or reasons for refusal. It may be used to research and summarise published legislation, national guidance and the council's adopted policies.",
"6.4 Recruitment and people management: generative AI must not be used to sift, shortlist, score or compare applicants, to analyse interview answers, or to assess the performance, conduct, attendance or wellbeing of a member of staff. It may be used in Council Copilot to draft job adverts, job descriptions, interview questions and general guidance for managers that do not refer to an individual.",
"6.5 Legal matters: generative AI is not a source of legal advice. Staff must not rely on AI output to interpret legislation for a decision, draft contract terms, assess the council's legal risk or prepare for proceedings. Legal questions go to Legal Services.",
]),
("7. Checking and accountability", [
"7.1 Every output that is used for council business must be read and checked by the responsible officer before it is used, sent or relied on. Checking means verifying facts, figures, names, dates, legal references and links against an authoritative source, not re-reading for style.",
"7.2 Citations, case law, statistics and quotations produced by a generative AI tool must be traced to the original source before they are repeated. If the source cannot be found, the material must be removed.",
"7.3 Computer code, spreadsheet formulae and scripts produced by generative AI must be tested before use and, where they will run against council systems, reviewed by ICT & Digital.",
"7.4 Staff should check outputs for bias, stereotyping and language that would not meet the council's equality duties, particularly in anything that describes communities or groups.",
]),
("8. Being open about AI use", [
"8.1 Any material published by the council, or sent to residents, businesses, partners or the media, in which a substantial part of the content was produced by generative AI must carry the statement: 'Parts of this content were produced with the help of AI and checked by Marshford District Council staff.' Minor help with wording, spelling or tone does not need a statement.",
"8.2 All images, video and audio produced or materially altered by generative AI must be labelled 'AI-generated' wherever they are shown, whether published or used internally.",
"8.3 Reports to Cabinet, committees and Council that used generative AI in their preparation beyond minor wording help must say so in the report's 'Background papers' section, naming the tool.",
"8.4 No chatbot, virtual assistant or other generative AI service may be made available to the public on the council's behalf, including on the website, social media or phone lines, without Digital Board approval.",
"8.5 Staff must not present AI-generated text as the personal words of a named officer or councillor, for example in a letter or quote for the press, unless that person has read and approved it.",
]),
("9. Images, voices and likenesses", [
"9.1 Generative AI may be used to create illustrations, icons and graphics for council materials, labelled in line with paragraph 8.2, provided the prompt uses only Open information.",
"9.2 Staff must not create, edit or enhance any image, video or audio that shows or imitates a real, identifiable person (a synthetic likeness), including staff, councillors, residents and public figures, whether or not the person consents. This includes face-swapping, de-ageing, and cloning or imitating a voice.",
"9.3 Staff must not use generative AI to produce images that could be taken for a photograph of a real place, event or incident in the district, such as a flood, a development site or a council service in action.",
"9.4 Photographs of residents, staff or members of the public (for example from events, site visits or CCTV) are Restricted information and must not be uploaded to any generative AI tool, including to remove backgrounds or improve quality.",
]),
("10. Meetings, recordings and transcription", [
"10.1 Teams transcription and intelligent recap may be used in council Teams meetings where the organiser has told all participants at the start, and any participant may ask for it to be turned off. If anyone objects, it must be stopped.",
"10.2 Transcription and recap must not be used in: disciplinary, grievance, capability, sickness absence or other formal HR meetings; meetings with a resident or their representative about their own case; meetings where Highly Restricted information will be discussed, including safeguarding strategy meetings; or meetings held in private session under Schedule 12A.",
"10.3 Staff must not record telephone calls, site visits or face-to-face conversations in order to transcribe or summarise them with generative AI, except through an Assured System.",
"10.4 Meetings of the council, Cabinet and committees held in public are Open information once the webcast is published. Staff may use any generative AI tool (except barred tools) to transcribe or summarise the published webcast. The formal minutes remain the responsibility of Democratic Services and must not be generated by AI.",
"10.5 Transcripts and recaps are council records. They must be checked for accuracy before they are relied on and are subject to the Freedom of Information Act, subject access requests and the council's retention schedule.",
]),
("11. Buying, trialling and building AI", [
"11.1 Any new generative AI tool, feature or service that the council would pay for, sign up to with a council email address, or switch on in an existing council system is an AI project. It must be raised with ICT & Digital and Procurement, have a data protection impact assessment where it will touch Restricted information, and be approved by the Digital Board before use.",
"11.2 Staff must not accept a supplier's terms and conditions on the council's behalf, including 'click-through' terms for free trials, and must not buy AI subscriptions on a purchasing card or claim them through expenses.",
"11.3 Where an existing supplier adds a generative AI feature to a system the council already uses, the feature must stay switched off until it has been through paragraph 11.1. System owners must tell ICT & Digital when they become aware of such a feature.",
"11.4 Contracts for services in which a supplier may use generative AI with council information must include the council's standard AI clauses, available from Procurement.",
]),
("12. Training and support", [
"12.1 Before using Council Copilot, staff must complete the 'AI Essentials' module on the Marshford Learning Zone. Completion is refreshed every year.",
"12.2 Managers are responsible for making sure their teams understand this policy and for agreeing which tasks in their service are suitable for generative AI.",
"12.3 Each directorate has at least one AI Champion who can help colleagues with prompts and good practice. AI Champions cannot approve exceptions to this policy.",
]),
("13. When things go wrong", [
"13.1 If Restricted or Highly Restricted information has been put into a tool that this policy does not allow, or Council Internal information has been put into a public AI tool, it is a data incident. Report it straight away, and in any case within 24 hours, using the 'Report It' form on the intranet, or by contacting the Information Governance Team.",
"13.2 Do not try to deal with it yourself first, for example by deleting the conversation or the account. Take a note or screenshot of what was entered, into which tool, and when.",
"13.3 Staff should also report outputs that are offensive, discriminatory or harmful, and any tool that behaves unexpectedly, to the ICT Service Desk.",
"13.4 Breaches of this policy may be dealt with under the council's disciplinary procedure. Honest, prompt reporting of a mistake will be taken into account.",
]),
("14. Matters not yet decided", [
"14.1 Councillors' use of generative AI in ward casework and correspondence with constituents has not yet been decided. The Member Development Panel is considering it. Until it reports, officers must not set up AI tools for councillors or process councillors' casework with generative AI on their behalf, and questions should be referred to Democratic Services.",
"14.2 Whether generative AI may be used to translate letters, leaflets or web content for residents into other languages, or into Easy Read, has not been decided. Until the Digital Board decides, each proposed use must be referred to the Digital Board through the Information Governance Team; the council's contracted translation service remains available.",
"14.3 The council is piloting licensed Microsoft 365 Copilot (the version that can work across your mailbox, OneDrive and Teams) with a small group of staff. Whether it may be used with Restricted information has not been decided and depends on the outcome of the pilot's data protection impact assessment. Pilot users must treat it as Council Copilot in the meantime. Staff outside the pilot cannot request a licence until the Digital Board has decided on wider rollout.",
"14.4 AI agents that take actions on a user's behalf, such as sending emails, booking, submitting forms or changing records, may not be used until the Digital Board has agreed how they will be governed. Each proposal must go to the Digital Board.",
"14.5 Use of generative AI in electoral registration and elections work is on hold pending guidance from the Electoral Commission. Electoral Services staff should seek the Returning Officer's agreement for any proposed use.",
]),
("15. Contacts and review", [
"15.1 Questions about information classes, data protection and incidents: Information Governance Team, ig@marshford.gov.uk, extension 4410. The Data Protection Officer can be reached through the same address.",
"15.2 Questions about tools, devices, extensions and Council Copilot access: ICT Service Desk, ext. 4000 or the Service Desk portal.",
"15.3 Proposals for AI projects, exceptions to this policy and anything this policy says needs approval: the Digital Board, through the Head of Digital and Customer Services (digitalboard@marshford.gov.uk). The Digital Board meets monthly.",
"15.4 This policy will be reviewed at least every six months by the Digital Board.",
]),
("Appendix A – Definitions", [
"A.1 Generative AI: software that produces new text, images, audio, video or code in response to a prompt, including large language models and image generators.",
"A.2 Public AI tool: any generative AI tool other than Council Copilot or an Assured System, whether free or paid, and whether used through a personal or a work login.",
"A.3 Council Copilot: as defined at paragraph 5.3.",
"A.4 Assured System: as defined at paragraph 5.6.",
"A.5 Determination: as defined at paragraph 6.1.",
"A.6 Synthetic likeness: an image, video or audio clip produced or altered by AI that shows or imitates a real, identifiable person.",
"A.7 Responsible officer: the member of staff who uses the AI output, or who signs off the document or communication it forms part of.",
"A.8 Digital Board: the officer board chaired by the Director of Corporate Services that governs the council's digital and data work, including approval of AI projects.",
]),
]

FAQ_TITLE = "AI: your questions answered"
FAQ_PRE = ["A plain-English guide to the Generative AI Acceptable Use Policy for Marshford District Council staff. Maintained by ICT & Digital Services. Last updated January 2026. If this page and the policy disagree, the policy applies."]
# (level, heading, [paragraphs])
FAQ = [
(2, "Getting started", ["The basics of using AI at Marshford."]),
(3, "Which AI tools am I allowed to use?", [
"Any tool you like, with three exceptions: DeepSeek, Grok and meeting bots that join your call (like Otter or Fireflies) are barred. What matters is the information you put in. Public stuff can go in anything. Anything unpublished needs Council Copilot. Anything about a person goes nowhere except an Assured System (policy sections 4 and 5)."]),
(3, "What is Council Copilot and how do I get it?", [
"Council Copilot is Microsoft 365 Copilot Chat when you are signed in with your @marshford.gov.uk account and can see the green shield. Everyone with a council Microsoft account has it once they have completed the AI Essentials module on the Learning Zone. It is not the same as the paid Microsoft 365 Copilot licence, which is only in a small pilot at the moment (policy 14.3)."]),
(3, "Do I need to do any training?", [
"Yes. Complete 'AI Essentials' on the Marshford Learning Zone before you start using Council Copilot, and refresh it every year (policy 12.1)."]),
(2, "Information", ["Working out what you can put into a tool."]),
(3, "How do I know which class my information is in?", [
"Ask yourself: is it already published? That is Open. Is it ours, unpublished, but about no one in particular? That is Council Internal. Does it identify someone, or is it commercially sensitive, confidential or legal? That is Restricted. Is it also about health, care, crime, safeguarding or a child? That is Highly Restricted. If in doubt, go up a class and ask Information Governance (policy 4.1)."]),
(3, "If I take the names out, can I use it?", [
"Not necessarily. In a district our size, people can often be recognised from a street, an age and a situation. If someone could still work out who it is, it is still Restricted (policy 4.6)."]),
(3, "Can I use AI on my own phone or home computer?", [
"For public information, yes, with any tool that is not barred. For anything unpublished, only through Council Copilot in the council's managed apps from the Company Portal (policy 5.8)."]),
(3, "What about AI that is built into other apps?", [
"Writing assistants, PDF 'AI assistants', design tools and browser sidebars count as public AI tools. They can read the whole document you have open, so only use them on public material (policy 5.7)."]),
(2, "Meetings", ["Transcription, recaps and recordings."]),
(3, "Can I turn on transcription or recap in Teams?", [
"Usually yes, in council Teams meetings, as long as you tell everyone at the start and stop if anyone objects. Not in formal HR meetings, meetings with a resident about their own case, safeguarding or other highly sensitive meetings, or private (Part 2) sessions (policy 10.1 and 10.2)."]),
(3, "Can I use an AI note-taker app?", [
"Not one that joins the meeting as its own participant, like Otter, Fireflies or Read.ai. These are barred (policy 5.9). Use Teams transcription instead, within the rules above."]),
(2, "Publishing and images", ["Being open about AI."]),
(3, "Do I have to say when I have used AI?", [
"If a substantial part of something you publish or send out was written by AI, add the standard statement. AI images must always be labelled 'AI-generated'. Committee reports name the tool in Background papers (policy section 8)."]),
(3, "Can I make AI pictures for posters and social media?", [
"Yes, for illustrations and graphics, labelled as AI-generated. Not pictures of real people, and nothing that could pass as a real photo of somewhere in the district (policy section 9)."]),
(2, "Help and problems", ["Who to contact."]),
(3, "I put something into the wrong tool. What now?", [
"Report it using the Report It form, straight away and within 24 hours. Do not delete the chat first. You will not be in trouble for reporting honestly (policy section 13)."]),
(3, "Who do I ask about a new AI tool or an idea for an AI project?", [
"Anything you would pay for, sign up to with your work email, or switch on in a council system goes to ICT & Digital and Procurement and then the Digital Board (policy 11.1 and 15.3). For questions about information, contact Information Governance (ig@marshford.gov.uk)."]),
(3, "What has not been decided yet?", [
"Councillors' use of AI, AI translation for residents, wider rollout of the paid Microsoft 365 Copilot, AI agents that take actions for you, and AI in elections work. These are all listed in section 14 of the policy. If your question touches one of these, ask the Digital Board."]),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

CSS = "body{font-family:Arial,sans-serif;max-width:60em;margin:auto} nav,header,footer{color:#555}"

def page(title, pre, body_html):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} | Marshford District Council intranet</title><style>{CSS}</style></head>
<body>
<header><p>MarshNet - the Marshford District Council intranet</p></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/policies">Policies</a></li><li><a href="/ict">ICT &amp; Digital</a></li></ul></nav>
<main>
<h1>{html.escape(title)}</h1>
{''.join(f'<p class="meta">{html.escape(p)}</p>' + chr(10) for p in pre)}{body_html}</main>
<footer><p>&copy; Marshford District Council. Report a problem with this page to the ICT Service Desk.</p></footer>
</body>
</html>
"""

def render_paras(paras):
    h, md, ul = [], [], False
    for p in paras:
        if p.startswith("- "):
            if not ul: h.append("<ul>"); ul = True
            h.append(f"<li>{html.escape(p[2:])}</li>"); md.append(p)
        else:
            if ul: h.append("</ul>"); ul = False
            h.append(f"<p>{html.escape(p)}</p>"); md.append(p)
    if ul: h.append("</ul>")
    return h, md

def build():
    # policy
    hb, mb = [], [f"# {POLICY_TITLE}", ""] + [p + "\n" for p in POLICY_PRE]
    for head, paras in POLICY:
        hb.append(f"<h2>{html.escape(head)}</h2>"); mb.append(f"## {head}\n")
        h, m = render_paras(paras); hb += h
        prev_bullet = False
        for line in m:
            if line.startswith("- "): mb.append(line); prev_bullet = True
            else:
                if prev_bullet: mb.append("")
                mb.append(line + "\n"); prev_bullet = False
        if prev_bullet: mb.append("")
    open(f"{OUT}/knowledge/genai-acceptable-use-policy.html", "w").write(page(POLICY_TITLE, POLICY_PRE, "\n".join(hb) + "\n"))
    open(f"{OUT}/originals/genai-acceptable-use-policy.md", "w").write("\n".join(mb).rstrip() + "\n")
    # faq
    hb, mb = [], [f"# {FAQ_TITLE}", ""] + [p + "\n" for p in FAQ_PRE]
    for lvl, head, paras in FAQ:
        hb.append(f"<h{lvl}>{html.escape(head)}</h{lvl}>"); mb.append("#" * lvl + f" {head}\n")
        h, m = render_paras(paras); hb += h; mb += [x + "\n" for x in m]
    open(f"{OUT}/knowledge/ai-your-questions-answered.html", "w").write(page(FAQ_TITLE, FAQ_PRE, "\n".join(hb) + "\n"))
    open(f"{OUT}/originals/ai-your-questions-answered.md", "w").write("\n".join(mb).rstrip() + "\n")
    open(f"{OUT}/knowledge/sources.yaml", "w").write(
        "genai-acceptable-use-policy.html:\n  title: Generative AI Acceptable Use Policy\n  owner: Head of Digital and Customer Services\n  version: \"1.3 (January 2026)\"\n  url: https://marshnet.marshford.gov.uk/policies/generative-ai\n"
        "ai-your-questions-answered.html:\n  title: \"AI: your questions answered\"\n  owner: ICT & Digital Services\n  version: \"January 2026\"\n  url: https://marshnet.marshford.gov.uk/ict/ai-faq\n")

def clause_ids():
    ids = set()
    for head, paras in POLICY:
        m = re.match(r"(\d+)\.", head)
        if m: ids.add("genai-acceptable-use-policy.md#" + m.group(1))
        for p in paras:
            m = re.match(r"(\d+\.\d+(?:\([a-z]\))?|[A-Z]\.\d+) ", p)
            if m: ids.add("genai-acceptable-use-policy.md#" + m.group(1))
    for lvl, head, paras in FAQ:
        ids.add("ai-your-questions-answered.md#" + slug(head))
    return ids

if __name__ == "__main__":
    build()
    words = sum(len(p.split()) for _, ps in POLICY for p in ps)
    print("policy words", words, "faq words", sum(len(p.split()) for *_, ps in FAQ for p in ps))
