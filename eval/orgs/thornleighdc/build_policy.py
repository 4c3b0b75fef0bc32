#!/usr/bin/env python3
"""Builds Thornleigh District Council's generative AI policy as an intranet HTML page
(knowledge/thornleigh-genai-policy.html) and its text original (originals/thornleigh-genai-policy.md)
from one source, so the two hold the same words and numbering."""
import html, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Generative AI Acceptable Use Policy"
META = [("Document owner", "Head of ICT and Digital"),
        ("Approved by", "Corporate Leadership Team, 4 November 2026"),
        ("Version", "1.1"),
        ("Next review", "November 2027"),
        ("Classification", "OFFICIAL")]

# (number, title, intro, [(clause number, text, [lettered items])])
S = [
("1", "Purpose", "", [
 ("1.1", "This policy sets out how employees of Thornleigh District Council may use generative artificial intelligence (AI) tools in their work. Generative AI tools produce text, images, audio, code or other content in response to a prompt. Examples include ChatGPT, Google Gemini, Claude, Microsoft Copilot, Perplexity, DeepL and image generators such as Midjourney.", []),
 ("1.2", "The Council wants staff to use these tools to save time and improve the quality of their work, while protecting residents' information, keeping our decisions lawful and fair, and maintaining public trust.", []),
]),
("2", "Scope", "", [
 ("2.1", "This policy applies to all Council employees, agency and temporary workers, volunteers and contractors working on the Council's behalf, whether they are using a Council device or a personal device.", []),
 ("2.2", "It does not apply to staff of Thornleigh Leisure Trust, which runs the district's leisure centres under contract and has its own policies. Council officers who manage the leisure contract are covered by this policy.", []),
 ("2.3", "Whether this policy applies to elected members when they use AI tools for their ward and casework activity has not yet been decided. The Standards Committee is considering the question. Until a decision is published, members and officers supporting members should seek advice from the Monitoring Officer and must not assume either that this policy applies or that it does not.", []),
 ("2.4", "AI features built into specialist line-of-business systems procured by the Council (for example the revenues and benefits system or the planning back-office system) are governed by the ICT Procurement and Change Policy and the system's data protection impact assessment, not by this policy.", []),
]),
("3", "Definitions", "", [
 ("3.1", "Public information means information the Council has already published or that is written to be published, such as website content, published committee reports, press releases and public notices.", []),
 ("3.2", "Internal information means the Council's own unpublished information that does not identify any living person, for example draft reports before publication, internal procedures, project plans, non-personal statistics and budget working papers.", []),
 ("3.3", "Personal data means any information that identifies, or could identify, a living person, including names together with their circumstances, addresses, email addresses, telephone numbers, National Insurance numbers, dates of birth, and case, account or reference numbers.", []),
 ("3.4", "Special category data means information about a person's health, ethnicity, religion, sexual orientation, trade union membership, or criminal offences, and safeguarding records.", []),
 ("3.5", "Restricted information means the kinds of information listed in paragraph 5.4. Restricted information must not be entered into any AI tool.", []),
]),
("4", "Which AI tools you may use", "", [
 ("4.1", "You may use any generally available generative AI tool for Council work without asking for permission, provided you follow the information rules in section 5 and the activity rules in section 6. There is no list of approved tools and you do not need to register your use.", []),
 ("4.2", "Free tools, and tools used through a personal account (for example the free versions of ChatGPT, Gemini, Claude, Perplexity or Canva's AI features), may be used with public information only.", []),
 ("4.3", "Microsoft 365 Copilot Chat, used while signed in with your Council (@thornleigh.gov.uk) account so that the green shield or 'Protected' label is shown, is the only AI tool in which you may use internal information. If you cannot see the shield, treat the session as a free tool under 4.2.", []),
 ("4.4", "Do not buy subscriptions to AI tools with a Council purchasing card or claim them as expenses. A paid personal subscription is still a personal-account tool under 4.2.", []),
 ("4.5", "On a personal device (your own phone, tablet or home computer) you may use AI tools with public information only. Do not use internal information in any AI tool on a personal device, including Copilot Chat.", []),
 ("4.6", "Do not sign up to AI tools using your Council email address and password combination, and never give an AI tool your Council password. Single sign-on to Microsoft 365 Copilot Chat is the exception.", []),
]),
("5", "Information rules", "Before you type, paste or upload anything into an AI tool, decide what kind of information it is.", [
 ("5.1", "Public information may be used in any AI tool.", []),
 ("5.2", "Internal information may be used only in Microsoft 365 Copilot Chat signed in with your Council account (4.3).", []),
 ("5.3", "If you are unsure what kind of information you have, treat it as the more sensitive kind.", []),
 ("5.4", "The following restricted information must not be entered into any AI tool, including Microsoft 365 Copilot Chat:", [
   "(a) personal data about residents, customers, applicants, councillors, staff or anyone else;",
   "(b) special category data and information about criminal offences;",
   "(c) information about children, including pupils, young people named in complaints and children in households we deal with;",
   "(d) housing benefit, council tax reduction, council tax and business rates records, including account numbers, even without names;",
   "(e) enforcement and investigation files, including environmental health, food safety, licensing, planning enforcement, anti-social behaviour and fraud files;",
   "(f) commercially sensitive procurement information, including tenders, bids, quotes, pricing, evaluation notes and contract negotiations before award;",
   "(g) staff HR records, including sickness, disciplinary, grievance, capability and payroll information;",
   "(h) exempt or confidential committee reports and other information the Council has marked OFFICIAL-SENSITIVE, and legal advice from Legal Services."]),
 ("5.5", "Removing names is not enough to make information safe. If a person could still be identified, for example from an address, a case or account number, a rare circumstance or small numbers, the information is still personal data. Information that has been properly aggregated or anonymised so that nobody can be identified may be treated as internal information.", []),
 ("5.6", "Information that is on a public register or the planning portal, such as a planning application, a licence application or comments from neighbours, still contains personal data. Do not enter the names, addresses or comments of applicants or objectors into any AI tool, even though they have been published.", []),
 ("5.7", "Do not upload whole documents, spreadsheets, email threads or screenshots to an AI tool unless you have checked everything in them against this section.", []),
]),
("6", "Activity rules", "These rules apply whichever tool you use and whatever information is involved.", [
 ("6.1", "You are responsible for anything you produce with AI. Check it for accuracy, bias, tone and copyright before you use it, and do not present AI output as fact without checking it against a reliable source.", []),
 ("6.2", "Do not use AI to make, recommend or assess a decision about an individual. This includes housing benefit and council tax reduction claims, council tax and business rates liability and relief, licensing applications and reviews, planning and building control decisions, enforcement action, and complaints about a named person. A named officer must reach and record every such decision.", []),
 ("6.3", "Recruitment: do not use AI to shortlist, score, rank or screen job applicants or to assess interview answers. You may use Copilot Chat to help draft a job advert, job description or interview questions, provided no personal data is involved.", []),
 ("6.4", "Procurement: do not use AI to evaluate, score or compare tenders, bids or quotes. You may use Copilot Chat to help draft a specification or tender questions from internal information before the procurement is published.", []),
 ("6.5", "Do not use AI to create or alter images, video or audio that show, imitate or could be mistaken for a real person, including staff, councillors, residents and public figures. This includes cloning anyone's voice, even with their consent. Generic illustrations that do not depict a real person are allowed.", []),
 ("6.6", "Publication and labelling: text, images, audio or video produced wholly or mainly by AI must be checked by the officer responsible and labelled before it is published on the Council's website or social media, or in a press release, leaflet, consultation document or committee report. Use the label: \"This content was created with the help of AI and checked by Thornleigh District Council.\" AI used only to check spelling and grammar or to reword a few sentences does not need a label.", []),
 ("6.7", "Recording and transcription: AI note-takers, transcription and meeting-summary tools (including Teams Copilot recap, Otter, Fireflies and similar bots) must not be used in:", [
   "(a) licensing hearings and licensing sub-committee meetings;",
   "(b) HR meetings, including disciplinary, grievance, capability, sickness absence and investigation meetings;",
   "(c) any meeting or call with a resident or customer about their own case."]),
 ("6.8", "The Council has not yet decided whether Copilot recap and transcription in Microsoft Teams may be used for other internal meetings. The AI Governance Group is reviewing this. Until it publishes a decision, ask the AI Governance Group before using AI transcription or meeting summaries in any other meeting.", []),
 ("6.9", "Legal advice: do not use AI to produce legal advice or to interpret legislation for a decision, a notice or a reply to a resident or business. Refer legal questions to Legal Services. You may use AI for general background reading on published law, but you must not rely on it.", []),
 ("6.10", "Translation: you may use AI translation for public information, and for internal information in Copilot Chat. Do not put correspondence from or to a resident that contains personal data into an AI translation tool; use the Council's contracted interpreting and translation service. A translation that will be published must be checked by a fluent speaker or the translation service first.", []),
 ("6.11", "Code and automation: you may use AI to help write code, scripts, spreadsheet formulas and Power Automate flows. Do not paste Council data, passwords, API keys or system configuration into a free tool, and test and review any code before it is used with Council systems. Code that will run on a live Council system must go through the ICT change process.", []),
 ("6.12", "Automated actions: do not allow an AI tool or AI agent to send emails or messages, post on social media, make payments or change records in Council systems on its own. Do not connect AI agents, plug-ins or connectors to Council mailboxes, calendars, OneDrive or SharePoint. A person must check and carry out every action.", []),
 ("6.13", "Elections: all material for electors, candidates, agents and polling station staff (including registration and poll card wording, notices, guidance and training) must be taken only from the Electoral Commission's published guidance and templates. Do not use AI to write or adapt electoral material, or to answer electors' questions about registration or voting.", []),
 ("6.14", "Do not use AI to produce content that is discriminatory, misleading, political or that could bring the Council into disrepute, and follow the Council's pre-election period guidance.", []),
]),
("7", "Roles and responsibilities", "", [
 ("7.1", "The AI Governance Group, chaired by the Head of ICT and Digital with the Data Protection Officer and the Monitoring Officer, owns this policy, answers questions about it and decides the points it leaves open. Contact: aigovernance@thornleigh.gov.uk.", []),
 ("7.2", "The Data Protection Officer, within the Information Governance Team, advises on personal data and data protection impact assessments.", []),
 ("7.3", "Managers must make sure their teams have read this policy and complete the AI awareness e-learning module on the learning portal within three months of starting or of this policy being published.", []),
]),
("8", "Incidents and breaches", "", [
 ("8.1", "If you enter restricted information into an AI tool, or internal information into a tool other than Copilot Chat, report it at once to the Information Governance Team on infogov@thornleigh.gov.uk or extension 4417, and tell your manager. Do this even if you have deleted the conversation. The team will treat it as a data incident under the Data Breach Procedure.", []),
 ("8.2", "Report AI output that is harmful, offensive or seriously wrong, if it has been used or published, to your manager and the AI Governance Group.", []),
 ("8.3", "Breaching this policy may lead to action under the Council's Disciplinary Procedure.", []),
]),
("9", "Review", "", [
 ("9.1", "The AI Governance Group will review this policy at least once a year and whenever the law, national guidance or the tools available change significantly.", []),
]),
]
APPX = ("Appendix A – Related policies", [
 ("A.1", "Information Security Policy and Acceptable Use of ICT Policy."),
 ("A.2", "Data Protection Policy and Data Breach Procedure."),
 ("A.3", "Social Media Policy, Remote Working Policy and the pre-election period guidance."),
])

def md():
    out = [f"# {TITLE}", "", "Thornleigh District Council", ""]
    out += [f"{k}: {v}  " for k, v in META] + [""]
    for num, title, intro, clauses in S:
        out += [f"## {num}. {title}", ""]
        if intro: out += [intro, ""]
        for cn, text, items in clauses:
            out += [f"{cn} {text}", ""]
            for it in items: out += [it, ""]
    out += [f"## {APPX[0]}", ""]
    for cn, t in APPX[1]: out += [f"{cn} {t}", ""]
    return "\n".join(out)

def h(s): return html.escape(s, quote=False)

def page():
    toc = "\n".join(f'        <li><a href="#section-{n}">{h(t)}</a></li>' for n, t, _, _ in S)
    body = []
    for num, title, intro, clauses in S:
        body.append(f'      <h2 id="section-{num}">{num}. {h(title)}</h2>')
        if intro: body.append(f"      <p>{h(intro)}</p>")
        for cn, text, items in clauses:
            cid = "para-" + cn.replace(".", "-")
            body.append(f'      <p id="{cid}"><strong>{cn}</strong> {h(text)}</p>')
            if items:
                body.append('      <ul class="lettered">')
                body += [f"        <li>{h(it)}</li>" for it in items]
                body.append("      </ul>")
    body.append(f'      <h2 id="appendix-a">{h(APPX[0])}</h2>')
    for cn, t in APPX[1]:
        body.append(f'      <p id="para-{cn.replace(".", "-")}"><strong>{cn}</strong> {h(t)}</p>')
    meta = "\n".join(f"          <tr><th scope=\"row\">{h(k)}</th><td>{h(v)}</td></tr>" for k, v in META)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{TITLE} | The Loop – Thornleigh District Council intranet</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/theloop.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/tdc-logo.svg" alt="Thornleigh District Council"> The Loop</a>
    <nav class="top-nav" aria-label="Main">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/hr">HR and pay</a></li>
        <li><a href="/ict">ICT and digital</a></li>
        <li><a href="/policies">Policies A–Z</a></li>
        <li><a href="/directory">Staff directory</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search The Loop"></form>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/ict">ICT and digital</a> › <a href="/ict/ai">Using AI at work</a> › Policy
  </nav>
  <main id="main-content">
    <article class="policy">
      <h1>{TITLE}</h1>
      <table class="doc-control">
        <tbody>
{meta}
        </tbody>
      </table>
      <nav class="on-this-page" aria-label="On this page">
        <ul>
{toc}
        </ul>
      </nav>
{chr(10).join(body)}
    </article>
  </main>
  <aside class="related">
    <h2>Related pages</h2>
    <ul><li><a href="/ict/ai/faq">Generative AI: staff FAQ</a></li><li><a href="/ig/data-breach">Report a data breach</a></li></ul>
  </aside>
  <footer class="site-footer">
    <p>© Thornleigh District Council. The Loop is for Council staff only. Page last reviewed 4 November 2026.</p>
    <p><a href="/accessibility">Accessibility</a> | <a href="/ict/servicedesk">ICT Service Desk</a></p>
  </footer>
</body>
</html>
"""

if __name__ == "__main__":
    with open(os.path.join(HERE, "knowledge", "thornleigh-genai-policy.html"), "w") as f: f.write(page())
    with open(os.path.join(HERE, "originals", "thornleigh-genai-policy.md"), "w") as f: f.write(md())
    shutil.copy(os.path.join(HERE, "knowledge", "genai-staff-faq.md"), os.path.join(HERE, "originals", "genai-staff-faq.md"))
    with open(os.path.join(HERE, "clause_ids.txt"), "w") as f:
        ids = []
        for num, _, _, cl in S:
            ids.append(num); ids += [c[0] for c in cl]
        ids += [c[0] for c in APPX[1]]
        f.write("thornleigh-genai-policy.html / .md:\n" + "\n".join(ids) + "\n")
        import re
        faq = open(os.path.join(HERE, "knowledge", "genai-staff-faq.md")).read()
        slugs = [re.sub(r"[^a-z0-9]+", "-", q.lower()).strip("-") for q in re.findall(r"^## (.+)$", faq, re.M)]
        f.write("\ngenai-staff-faq.md:\n" + "\n".join(slugs) + "\n")
    print("built")
