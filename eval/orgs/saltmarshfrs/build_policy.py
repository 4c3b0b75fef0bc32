#!/usr/bin/env python3
"""Build the Saltmarsh Fire and Rescue Service generative AI policy as an intranet HTML page
(knowledge/generative-ai-use.html) and the same text as Markdown (originals/generative-ai-use.md).

Both files come from the single structure below, so the clause text and numbering are identical.
Clauses carry typed numbers ("5.4(a) ..."); in the HTML they sit in <ol> lists, as many council
intranet pages do, and the typed number is the clause id.
"""
import html
from pathlib import Path

OUT = Path(__file__).resolve().parent
STEM = "generative-ai-use"
TITLE = "Generative AI Use Policy"

META = [
    ("Policy reference", "SFRS-ICT-POL-014"),
    ("Version", "1.3"),
    ("Approved by", "Strategic Leadership Team, 14 July 2026"),
    ("Effective from", "1 September 2026"),
    ("Policy owner", "Head of ICT and Digital (AI Lead)"),
    ("Next review", "July 2027"),
]
INTRO = ("This page is the Service's policy on using generative artificial intelligence at work. "
         "It applies to everyone who works for or with Saltmarsh Fire and Rescue Service. "
         "If you print this page, check the intranet for the current version before relying on it.")

# Each section: (heading, [items]); an item is ("p", text), ("ul", [texts]) or ("h3", text).
S = []

S.append(("1. Purpose", [
    ("p", "1.1 This policy sets out how everyone who works for or with Saltmarsh Fire and Rescue Service (\"the Service\") may use generative artificial intelligence (AI) in their work."),
    ("p", "1.2 The Service wants staff to use generative AI where it saves time and improves the quality of our work. We do not ask staff to seek permission before using a tool for everyday tasks. What matters is the information you put into a tool and what you do with what comes out."),
    ("p", "1.3 This policy supports, and does not replace, the Information Security Policy, the Data Protection Policy, the Information Handling Scheme, the Code of Conduct and the Social Media Policy."),
]))

S.append(("2. Scope", [
    ("p", "2.1 This policy applies to all employees of the Service, including wholetime and on-call firefighters, Fire Control staff and support staff, to members of Saltmarsh Fire Authority when acting on Service business, and to volunteers, agency workers, contractors and consultants. In this policy they are all called \"staff\"."),
    ("p", "2.2 It applies whenever generative AI is used for Service business, on any device, including Service laptops, station computers, mobile data terminals and personal phones, tablets and home computers."),
    ("p", "2.3 It does not cover AI that does not generate content, such as the analytical features of the mobilising system or email spam filtering. These are managed through the ICT change process."),
    ("p", "2.4 Suppliers and contractors who handle Service information must not use generative AI on it unless their contract with the Service expressly allows it. Contract managers are responsible for checking this."),
    ("p", "2.5 Personal use of AI in your own time that has nothing to do with the Service is not covered by this policy, although the Code of Conduct still applies to anything you publish about the Service."),
]))

S.append(("3. Definitions", [
    ("p", "3.1 Generative AI means software that produces text, images, audio, video or computer code in response to a prompt, for example ChatGPT, Claude, Gemini, Microsoft Copilot, Perplexity or Midjourney. It includes AI features built into other products, such as \"write for me\", \"summarise\" or \"magic\" buttons."),
    ("p", "3.2 A Public AI tool is any generative AI tool that the Service does not provide under a contract, whether it is free or paid for and whether you sign in with a personal or a Service email address. This includes consumer versions of Copilot, mobile apps, and AI features in websites and apps that you use with your own account."),
    ("p", "3.3 Service-managed AI means generative AI that the Service provides and that you access with your Service account. At the date of this policy it means Microsoft 365 Copilot Chat when you are signed in with your Service account and the green shield (\"protected\") symbol is shown, and the transcription and live captions built into Microsoft Teams."),
    ("p", "3.4 Connected AI means any AI tool, add-in, browser extension, plug-in, desktop app, meeting bot, agent or API connection that is installed on a Service device or that can read, join or act within Service systems, such as email, calendars, Teams, SharePoint, the Service's code repositories or the premises risk database."),
    ("p", "3.5 An Operational decision is any decision taken at, during, or in direct preparation for an operational incident, including mobilising, incident command, tactical planning, hazard and risk assessment, casualty care and the decision to close an incident."),
    ("p", "3.6 A Synthetic likeness is an image, video, voice or other content generated or altered by AI that shows, imitates or could reasonably be taken for a real, identifiable person."),
    ("p", "3.7 The AI Lead is the Head of ICT and Digital, who owns this policy. The Information Governance Manager is the Service's Data Protection Officer."),
    ("p", "3.8 The Digital and Data Board is the Service's governance group for technology and data decisions, chaired by the Deputy Chief Fire Officer."),
]))

S.append(("4. Using generative AI", [
    ("p", "4.1 Staff may use any generative AI tool, including free Public AI tools, for Service work, provided they follow the information rules in section 5, the restrictions in sections 6, 9 and 10 and the checking rules in section 7. You do not need to ask permission to use a tool in this way."),
    ("p", "4.2 Examples of everyday uses that are permitted within those rules include:"),
    ("ul", [
        "drafting and improving emails, letters, social media posts and reports from Open information;",
        "summarising published documents such as National Operational Guidance, legislation, government consultations or published Fire Authority papers;",
        "brainstorming ideas for community safety campaigns and events;",
        "producing first drafts of presentations, training quizzes and newsletters;",
        "explaining spreadsheet formulas, or writing macros and scripts that contain no Service information;",
        "rewriting text in plain English or in an accessible format.",
    ]),
    ("p", "4.3 You remain responsible for everything you produce with AI, exactly as if you had written it yourself."),
    ("p", "4.4 Where a tool has a setting that stops your conversations being used to train its model, you must switch that setting on before using the tool for Service work."),
    ("p", "4.5 Connected AI must not be installed on Service devices or connected to Service systems unless ICT has approved it through the Software Request process (see section 11). This includes browser extensions, desktop apps and Office add-ins, even where the tool itself is free."),
    ("p", "4.6 You may use Public AI tools on a personal device for Service work, but only with Open information. Service information may only be used in Service-managed AI (see 5.3)."),
]))

S.append(("5. What information may go into AI tools", [
    ("p", "5.1 The Service's Information Handling Scheme places all Service information in one of three classes: Open, Service and Protected. If you are unsure which class something belongs to, treat it as the higher class and ask the Information Governance team. Examples of each class are given in Appendix A."),
    ("p", "5.2 Open information is information the Service has already published or has approved for publication, such as issued press releases, published safety advice, the published Community Risk Management Plan and Fire Authority papers released for publication. Open information may be used in any generative AI tool, including Public AI tools."),
    ("p", "5.3 Service information is the Service's own unpublished information that does not identify any person, premises or incident and is not Protected information. It may be used in Service-managed AI only, and never in a Public AI tool."),
    ("p", "5.4 Protected information must not be entered, pasted, uploaded, dictated or photographed into any generative AI tool, including Service-managed AI, except as allowed by 9.3. Protected information is:"),
    ("p", "5.4(a) information about an identifiable living person, including staff, applicants, residents, patients, casualties and witnesses: names, addresses, phone numbers, photographs, personnel or payroll numbers and any description that would let someone work out who they are;"),
    ("p", "5.4(b) information about a person's health, disability, fitness, welfare, medication, ethnicity, religion, sexuality or criminal history, including information gathered on Safe and Well visits and occupational health records;"),
    ("p", "5.4(c) anything about children and young people in the Service's care or programmes, including Fire Cadets, school visits and the Firesetter Intervention Scheme;"),
    ("p", "5.4(d) incident information: incident logs, Incident Recording System returns, Fire Control recordings, incident photographs and footage, debrief records and fire investigation material;"),
    ("p", "5.4(e) premises risk information: Site-Specific Risk Information (SSRI), fire safety audit and inspection records, enforcement files, and building plans supplied by owners;"),
    ("p", "5.4(f) operational plans: mobilising arrangements, resilience and business continuity plans, industrial action contingency plans, multi-agency and COMAH plans, and anything marked OFFICIAL-SENSITIVE;"),
    ("p", "5.4(g) unpublished information that is commercially confidential or legally privileged, or that concerns disciplinary, grievance, recruitment or promotion matters."),
    ("p", "5.5 Removing names does not turn Protected information into Service information. Information stays Protected if the person, premises or incident could still be recognised, for example from a date, a location, an unusual condition or local knowledge."),
    ("p", "5.6 A draft that will be published later, such as a draft press release, web page or consultation document, is Service information until it has been approved for publication, unless it contains Protected information."),
    ("p", "5.7 Do not upload whole documents, spreadsheets, emails or screenshots to an AI tool unless you have checked every part of them against these rules, including hidden sheets, comments, tracked changes and attachments."),
]))

S.append(("6. Activities where AI must not be used", [
    ("p", "6.1 Generative AI must not be used to make, inform or check an Operational decision, whether or not any Protected information is entered. Crews and officers must rely on National Operational Guidance, Service operational procedures, the operational risk information on the mobile data terminal, Chemdata and specialist advisers."),
    ("p", "6.2 Generative AI must not be used to write, decide or quality-assure statutory notices or decisions under the Regulatory Reform (Fire Safety) Order 2005, including enforcement, prohibition and alterations notices, or the outcome of a fire safety audit."),
    ("p", "6.3 Generative AI must not be used to establish the origin or cause of a fire, or to write or contribute to fire investigation reports or statements that may be used by a coroner, the police or a court."),
    ("p", "6.4 Generative AI must not be used to shortlist, score, rank or assess applicants, candidates for promotion or members of staff in appraisal, capability or disciplinary processes, or as the basis of any decision about an individual."),
    ("p", "6.5 During a live incident, warning and informing messages to the public, including social media posts and website updates, must be written by people without the help of generative AI."),
    ("p", "6.6 Generative AI must not be used to produce content that is discriminatory, harassing or sexually explicit, or that would bring the Service into disrepute, or to get around security controls or monitoring."),
    ("p", "6.7 Generative AI may be used to prepare training and exercise material, including fictional incident scenarios, provided the material contains no Protected information, is checked by a qualified instructor before it is used, and does not contradict National Operational Guidance. Scenarios based on real incidents or real premises are Protected information and must not be put into AI tools."),
]))

S.append(("7. Checking what AI produces", [
    ("p", "7.1 AI tools can produce content that is wrong, out of date, biased or simply invented, while sounding confident. Every piece of AI output must be read and checked by the person using it before it is relied on, sent or published."),
    ("p", "7.2 Facts, figures, legal references, quotations and sources produced by AI must be checked against the original. AI must never be relied on for fire engineering, legal or medical advice."),
    ("p", "7.3 Anything that will be published, sent to a partner organisation or put before the Fire Authority must also be reviewed by the manager who would normally approve it, and that manager must be told that AI was used."),
    ("p", "7.4 Code, formulas and macros produced by AI must be tested on a copy before they are used. Scripts that change Service systems, databases or shared data, rather than your own documents and spreadsheets, must be agreed with ICT before they are run."),
]))

S.append(("8. Being open about AI use", [
    ("p", "8.1 Content published by the Service, such as web pages, social media posts, leaflets, videos and consultation material, that was wholly or substantially produced by generative AI must carry the statement: \"This content was created with the help of AI and checked by Saltmarsh Fire and Rescue Service.\" Corporate Communications can advise on where to place it."),
    ("p", "8.2 AI-generated images and video used in any Service material must be labelled as AI-generated wherever they appear, however small the use."),
    ("p", "8.3 Reports to the Fire Authority and its committees must state in the report's author box whether generative AI was used in preparing the report."),
    ("p", "8.4 You do not need to label emails, letters or internal documents that you drafted with AI help, or text where AI has only corrected spelling, grammar or tone, provided you have checked the content and taken ownership of it under section 7. If a recipient asks whether AI was used, tell them honestly."),
    ("p", "8.5 You must not present AI-generated work as your own in assessed training, qualifications or promotion processes where the rules of that process do not allow it."),
]))

S.append(("9. Recording, transcription and meetings", [
    ("h3", "Meetings we host"),
    ("p", "9.1 AI must not be used to record, transcribe or summarise a meeting or call unless everyone taking part has been told beforehand and nobody has objected. If anyone objects, recording and transcription must stay switched off for the whole meeting."),
    ("p", "9.2 Third-party AI note-takers and meeting bots, for example those that join a Teams or Zoom call as a participant, are Connected AI and must not be used in Service meetings."),
    ("p", "9.3 For internal Service meetings held on Microsoft Teams, the transcription and live captions built into Teams may be used, subject to 9.1. This is the only case in which Service-managed AI may process Protected information. Transcripts must be kept in the meeting's Teams channel, deleted after 90 days unless they are needed as a record, and checked for accuracy before being used as minutes."),
    ("h3", "Calls and other organisations' meetings"),
    ("p", "9.4 Calls with members of the public, including emergency calls to Fire Control, must not be recorded, transcribed or analysed with generative AI. Fire Control's existing call recording system is not affected by this policy."),
    ("p", "9.5 Meetings hosted by partner organisations follow the host's rules. Do not add your own AI recording or transcription to them."),
]))

S.append(("10. Images, video, voices and likeness", [
    ("p", "10.1 Staff must not create a Synthetic likeness of any real person, whether a colleague, a member of the public, a partner or a public figure, and whether or not that person agrees. This includes your own likeness where the result is for Service use, such as a profile photo, an avatar or a video presenter."),
    ("p", "10.2 AI must not be used to alter photographs or footage of real incidents, premises, people or Service activities, apart from basic adjustments (cropping, brightness, and blurring faces or number plates) made with standard editing tools."),
    ("p", "10.3 AI-generated illustrations that show no real person may be used in Service material, including prevention campaigns, provided they are labelled under 8.2, do not show Service uniform, vehicles or livery in a way that could be taken for a real photograph, and are approved by Corporate Communications before publication."),
    ("p", "10.4 Voice cloning, and AI voices that imitate a real person, are not permitted. Computer-generated voices that do not imitate anyone (text-to-speech) may be used, for example to make accessible audio versions of Open information."),
]))

S.append(("11. Buying and connecting AI tools", [
    ("p", "11.1 Any AI product or service that the Service would pay for, that needs a contract or acceptance of terms on behalf of the Service, or that would be Connected AI, must be approved by the Digital and Data Board before it is bought or used. The Board will require a Data Protection Impact Assessment (DPIA) and an ICT security assessment."),
    ("p", "11.2 Requests are made with the Software Request form on the intranet. Procurement will advise on the route to market."),
    ("p", "11.3 New AI features added to software the Service already uses, for example an AI assistant added to the HR system or to the premises risk database, must not be switched on or used until ICT has confirmed that the Digital and Data Board has approved them."),
    ("p", "11.4 Purchasing cards must not be used to buy AI subscriptions or credits, and the Service will not reimburse personal AI subscriptions through expenses."),
    ("p", "11.5 Building tools on AI platforms through their developer interfaces (APIs), and creating custom agents, assistants or bots, including Copilot Studio agents, is Connected AI and needs approval under 11.1."),
]))

S.append(("12. Training and support", [
    ("p", "12.1 All staff must complete the \"AI Essentials\" module on the Saltmarsh Learning Hub before using Service-managed AI, and repeat it every two years."),
    ("p", "12.2 Line managers must make sure their teams have completed the module."),
    ("p", "12.3 The AI Lead runs a monthly drop-in session on Teams and publishes tips and worked examples on the AI at Saltmarsh intranet page."),
    ("p", "12.4 You do not have to complete the module before using Public AI tools with Open information, but it is strongly recommended."),
]))

S.append(("13. When something goes wrong", [
    ("p", "13.1 If Service information or Protected information has been put into a tool where this policy does not allow it, you must report it as an information incident straight away, and in any case within 24 hours, using the Report an Information Incident form on the intranet, and tell your line manager."),
    ("p", "13.2 Where you can, delete the conversation and any uploaded files from the tool, and note what you deleted. Asking the tool to \"forget\" the information is not a substitute for reporting it."),
    ("p", "13.3 If AI-generated content that is wrong, offensive or misleading has been published or sent out, tell your manager and Corporate Communications at once so that it can be corrected."),
    ("p", "13.4 Concerns that someone else is misusing AI can be raised with your line manager or the AI Lead, or under the Whistleblowing Policy."),
    ("p", "13.5 Breaches of this policy may be dealt with under the Code of Conduct and the disciplinary procedure."),
]))

S.append(("14. Matters not yet decided", [
    ("p", "14.1 The Service is piloting Microsoft 365 Copilot, the licensed version that works inside Outlook, Word, Teams and SharePoint, with a small group of staff. The Digital and Data Board has not yet decided whether licences will be made available more widely, or on what terms. Requests for a licence should be sent to the AI Lead and will be held until that decision is made."),
    ("p", "14.2 The Service has not yet decided whether material translated into other languages by AI may be published, for example translated safety leaflets, without being checked by a qualified translator. Corporate Communications and the Equality, Diversity and Inclusion team are preparing a recommendation. Until the Digital and Data Board decides, any proposal to publish AI-translated material must be referred to the AI Lead."),
    ("p", "14.3 The use of AI transcription or summaries in formal HR hearings (disciplinary, grievance, capability and appeal hearings) is being discussed with the representative bodies and no position has been agreed. Managers must refer any request to People Services, who will seek a decision from the Digital and Data Board."),
    ("p", "14.4 The Service has not yet agreed a position on applicants' and candidates' own use of AI in application forms, promotion written exercises or assessment centres. People Services will publish guidance; until then, questions should be sent to People Services."),
    ("p", "14.5 Any proposal to use AI to analyse incident data, Safe and Well data or other Protected information in bulk, for example to target prevention activity, needs the approval of the Digital and Data Board following a DPIA. No such use has been approved."),
]))

S.append(("15. Contacts and review", [
    ("p", "15.1 AI Lead (Head of ICT and Digital): questions about this policy and the AI at Saltmarsh intranet page, ai@saltmarsh-fire.gov.uk."),
    ("p", "15.2 Information Governance team, including the Data Protection Officer: which class information belongs to, DPIAs and information incidents, infogov@saltmarsh-fire.gov.uk."),
    ("p", "15.3 ICT Service Desk: Software Requests, extensions, add-ins and Copilot Chat sign-in problems, extension 4400."),
    ("p", "15.4 Corporate Communications: labelling, AI images and anything to be published, comms@saltmarsh-fire.gov.uk."),
    ("p", "15.5 People Services: recruitment, promotion and HR hearings, and access to the AI Essentials module."),
    ("p", "15.6 Operational Policy team: training and exercise material and its fit with National Operational Guidance."),
    ("p", "15.7 The AI Lead will review this policy at least once a year, and sooner if the law, national guidance or the Service's tools change."),
]))

APPENDIX = ("Appendix A \u2013 Examples of each information class", [
    ("p", "A.1 Open information: issued press releases, published safety leaflets and web pages, the published Community Risk Management Plan, job adverts once published, Fire Authority agendas, reports and minutes released for publication, statistics published on the Service website, National Operational Guidance and legislation."),
    ("p", "A.2 Service information: draft policies and procedures that are not operational plans, internal newsletters and briefings, training material that is not about real incidents or premises, station routines, budget working papers that name nobody, drafts of documents that will later be published, and anonymised totals approved for internal use by the Data and Performance team."),
    ("p", "A.3 Protected information: staff rotas with names, sickness absence and fitness test records, Safe and Well referrals, Incident Recording System returns, incident photographs, SSRI, fire safety audit records, complaint correspondence, grievance papers, interview notes, Fire Cadet registers, suppliers' tender bids, legal advice and anything marked OFFICIAL-SENSITIVE."),
    ("p", "A.4 Where information falls into more than one class, the higher class applies."),
])


def md() -> str:
    out = [f"# {TITLE}", ""]
    out += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META] + [""]
    out += [INTRO, ""]
    for heading, items in S + [APPENDIX]:
        out += [f"## {heading}", ""]
        for kind, val in items:
            if kind == "p":
                out += [val, ""]
            elif kind == "h3":
                out += [f"### {val}", ""]
            elif kind == "ul":
                out += [f"- {t}" for t in val] + [""]
    return "\n".join(out).rstrip() + "\n"


def h(t: str) -> str:
    return html.escape(t, quote=False)


def page() -> str:
    o = []
    o.append('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')
    o.append(f'<title>{h(TITLE)} | Firewire - Saltmarsh Fire and Rescue Service intranet</title>')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<link rel="stylesheet" href="/assets/firewire.css">\n</head>\n<body>')
    o.append('<a class="skip-link" href="#main">Skip to main content</a>')
    o.append('<header class="site-header">\n  <div class="logo">Firewire <span>Saltmarsh Fire and Rescue Service</span></div>')
    o.append('  <nav class="primary-nav" aria-label="Main menu">\n    <ul>\n      <li><a href="/">Home</a></li>\n      <li><a href="/news">News</a></li>\n      <li><a href="/policies">Policies and procedures</a></li>\n      <li><a href="/stations">Stations and teams</a></li>\n      <li><a href="/learning-hub">Saltmarsh Learning Hub</a></li>\n      <li><a href="/ict">ICT help</a></li>\n    </ul>\n  </nav>\n</header>')
    o.append('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/policies">Policies and procedures</a></li><li><a href="/policies/ict">ICT and information</a></li><li>Generative AI Use Policy</li></ol></nav>')
    o.append('<main id="main" class="policy-page">\n<article>')
    o.append(f'<h1>{h(TITLE)}</h1>')
    o.append('<table class="doc-control">\n<tbody>')
    for k, v in META:
        o.append(f'<tr><th scope="row">{h(k)}</th><td>{h(v)}</td></tr>')
    o.append('</tbody>\n</table>')
    o.append(f'<p class="lead">{h(INTRO)}</p>')
    for heading, items in S + [APPENDIX]:
        slug = heading.split(" ")[0].rstrip(".") if heading[0].isdigit() else "appendix-a"
        o.append(f'<section id="s{slug}">\n<h2>{h(heading)}</h2>')
        in_ol = False
        for kind, val in items:
            if kind == "p":
                if not in_ol:
                    o.append('<ol class="clauses">')
                    in_ol = True
                o.append(f'  <li>{h(val)}</li>')
            else:
                if in_ol and kind == "h3":
                    o.append('</ol>')
                    in_ol = False
                if kind == "h3":
                    o.append(f'<h3>{h(val)}</h3>')
                elif kind == "ul":
                    # bullet list belongs to the clause above: nest it inside the last <li>
                    last = o.pop()
                    assert last.endswith('</li>')
                    inner = "\n".join(f'      <li>{h(t)}</li>' for t in val)
                    o.append(last[:-5] + f'\n    <ul>\n{inner}\n    </ul>\n  </li>')
        if in_ol:
            o.append('</ol>')
        o.append('</section>')
    o.append('</article>\n</main>')
    o.append('<aside class="related" aria-label="Related pages">\n  <h2>Related pages</h2>\n  <ul>\n    <li><a href="/policies/ict/information-security">Information Security Policy</a></li>\n    <li><a href="/policies/ict/information-handling-scheme">Information Handling Scheme</a></li>\n    <li><a href="/ict/ai-at-saltmarsh">AI at Saltmarsh</a></li>\n    <li><a href="/forms/information-incident">Report an Information Incident</a></li>\n  </ul>\n</aside>')
    o.append('<footer class="site-footer">\n  <p>Page owner: ICT and Digital. Last reviewed 14 July 2026.</p>\n  <p>&copy; Saltmarsh Fire and Rescue Service. For internal use.</p>\n</footer>\n</body>\n</html>')
    return "\n".join(o) + "\n"


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    (OUT / "knowledge" / f"{STEM}.html").write_text(page(), encoding="utf-8")
    (OUT / "originals" / f"{STEM}.md").write_text(md(), encoding="utf-8")
    words = sum(len(v.split()) if isinstance(v, str) else sum(len(t.split()) for t in v)
                for _, items in S + [APPENDIX] for _, v in items)
    print("clause text words:", words)
