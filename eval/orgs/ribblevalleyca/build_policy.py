"""Build the intranet HTML policy page and its Markdown original."""
import html, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Generative AI Use Policy"
META = [("Policy owner", "Chief Officer (Helen Marsden)"),
        ("Information Governance Lead", "Tariq Bhatti, Operations Manager"),
        ("Approved by", "Board of Trustees, 14 October 2026"),
        ("Version", "1.1"), ("Next review", "October 2027")]
INTRO = ("This policy applies to everyone who works or volunteers for Citizens Advice Ribble Valley. "
         "Please read it before you use any artificial intelligence tool for our work.")
# Each section: (num, heading, intro text or None, [items]); item = (num, text, [bullets])
S = [
("1", "Purpose and scope", None, [
 ("1.1", "This policy sets out how Citizens Advice Ribble Valley (\"the charity\", \"we\") controls the use of generative artificial intelligence (AI) tools in our advice work and in every other part of our work.", []),
 ("1.2", "It applies to all paid staff, volunteers (including volunteer advisers, Research and Campaigns volunteers and reception volunteers), trustees, students on placement and contractors who do any work for the charity, wherever and on whatever device that work is done.", []),
 ("1.3", "This policy sits alongside the Citizens Advice network's information assurance standards, our Data Protection Policy, our Confidentiality Policy and our Acceptable Use of IT Policy. Where they overlap, the stricter rule applies.", []),
 ("1.4", "This policy does not cover AI features that our case recording system or other network systems provide to the whole Citizens Advice network under national agreements; those are governed by national guidance. Everything else is covered here.", []),
]),
("2", "What we mean by generative AI", None, [
 ("2.1", "Generative AI means any tool that produces text, images, audio, video or computer code in response to a prompt. Examples include ChatGPT, Microsoft Copilot, Google Gemini, Claude, Meta AI, Grammarly's generative features, Otter.ai and other note-taking or transcription assistants, AI image generators such as Midjourney and DALL·E, and AI features built into other apps (for example, in Canva, Zoom or WhatsApp).", []),
 ("2.2", "A tool counts as generative AI under this policy whether it is free or paid, used on a website, in an app, in a browser extension or inside another product.", []),
]),
("3", "Approval first", "Our approach is simple: nothing is allowed until it has been approved.", [
 ("3.1", "No generative AI tool may be used for advice work or for any other work of the charity until the Chief Officer and the Information Governance Lead have both approved it, in writing, for a stated purpose.", []),
 ("3.2", "An approval covers only the tool, the version or account type, and the purpose named in it. Using an approved tool for a different purpose needs a new approval.", []),
 ("3.3", "To ask for a tool or a new purpose to be approved, complete the AI Request Form on the intranet and send it to the Information Governance Lead. The request must say what the tool is, what you want to use it for, what information would go into it, and who would check the output. A data protection impact assessment may be needed before a decision is made.", []),
 ("3.4", "While a request is being considered, the tool must not be used for the charity's work, including on a trial or \"just to see\" basis.", []),
 ("3.5", "Approvals made so far are listed in section 4. If a tool or a use is not listed in section 4, it is not approved.", []),
 ("3.6", "Managers and supervisors cannot approve AI tools or uses themselves, even for their own team.", []),
]),
("4", "Approved tools and purposes", "The following approvals have been given by the Chief Officer and the Information Governance Lead.", [
 ("4.1", "Microsoft 365 Copilot Chat is approved when you are signed in with your charity Microsoft 365 work account (the green shield \"Protected\" symbol shows). It may be used only for the charity's internal documents and general work that contain no client information, for example: drafting or tidying internal procedures, rota notes, staff newsletters, internal training material, agendas and minutes of internal meetings, summarising published guidance, and drafting funding bid text from non-client figures.", []),
 ("4.2", "When using Copilot Chat under 4.1 you must not enter or upload client information of any kind (see section 5), and you must not enter personal information about staff or volunteers beyond names and job roles needed for the task.", []),
 ("4.3", "Copilot features inside Outlook, Teams, Word and other Microsoft 365 apps (\"Microsoft 365 Copilot\" with a paid licence) are not approved. This includes Copilot meeting recaps, Teams intelligent recap and Copilot summaries of email threads.", []),
 ("4.4", "Hemingway Editor (the desktop app, with its AI features switched off, and the website's readability checker) is approved only to check the readability and plain English of public leaflets, web content and social media posts that are intended for publication. It must not be used for letters, emails or any document about a client.", []),
 ("4.5", "No other generative AI tool is approved. In particular, ChatGPT, Google Gemini, Claude, Meta AI, DeepSeek, Grammarly, Otter.ai, Fireflies, and AI image generators are not approved for any of the charity's work.", []),
 ("4.6", "An approval may be withdrawn at any time. Withdrawals are announced in the staff bulletin and this page is updated.", []),
]),
("5", "Client information", "Our clients trust us with some of the most sensitive details of their lives. Client information never goes into an AI tool.", [
 ("5.1", "Client information of any kind must never be entered, pasted, uploaded, dictated or otherwise put into any generative AI tool, including the approved tools in section 4. This applies even if you remove the client's name.", []),
 ("5.2", "Client information includes, but is not limited to:", [
   "names, addresses, phone numbers, email addresses, dates of birth and National Insurance numbers;",
   "case notes, case records, case reference numbers and casebook extracts;",
   "debt details, financial statements, budgets, creditor letters and court papers;",
   "benefit claims, Universal Credit journals, PIP and ESA forms, mandatory reconsideration and appeal papers;",
   "immigration status and Home Office correspondence;",
   "health information, disability and medical evidence;",
   "disclosures of domestic abuse, safeguarding concerns and anything about a client's children;",
   "letters, emails, photos or documents a client has given us."]),
 ("5.3", "Anonymised or \"made up\" case studies based on a real client are treated as client information, because small details can identify a person in a community the size of ours.", []),
 ("5.4", "Entirely fictional scenarios written from scratch for training, with no link to any real client, are not client information.", []),
 ("5.5", "If a client asks whether we use AI with their information, advisers should tell them that we do not put client information into AI tools.", []),
]),
("6", "Other kinds of information", None, [
 ("6.1", "Staff and volunteer personal information (HR records, sickness absence, supervision notes, grievances, disciplinary matters, DBS results, references, payroll and contact details) must not be put into any generative AI tool.", []),
 ("6.2", "Information about funders, partners and suppliers that is commercially sensitive (contract prices, tender responses, funding negotiations, unpublished funder reports) must not be put into any generative AI tool.", []),
 ("6.3", "Confidential or unpublished information of the charity that does not identify anyone (draft internal procedures, draft plans, anonymous statistics, internal training) may be used with Microsoft 365 Copilot Chat under 4.1, but not with any other tool. Board papers marked confidential and information about restructuring or redundancies must not be put into any AI tool.", []),
 ("6.4", "Information that is already published (for example, GOV.UK guidance, Citizens Advice public advice pages, our own published leaflets and annual report) may be used with the approved tools for the purposes in section 4.", []),
 ("6.5", "If you are unsure what kind of information you hold, treat it as client information until the Information Governance Lead tells you otherwise.", []),
]),
("7", "Advice work", "These rules apply to all advice, casework and Help to Claim work, whether face to face, by phone, by webchat or by email.", [
 ("7.1", "AI must not be used to give advice to clients, to draft advice for clients, or to check advice that an adviser has given. Advice comes from trained advisers using Advisernet and our quality-assured resources.", []),
 ("7.2", "AI must not be used to work out benefit entitlement, better-off calculations, Universal Credit or housing costs amounts, or any other calculation a client may rely on. Use the approved benefits calculators and Advisernet.", []),
 ("7.3", "AI must not be used to identify, compare or recommend debt solutions (such as Debt Relief Orders, bankruptcy, IVAs or debt management plans), to prepare financial statements or to draft letters to creditors.", []),
 ("7.4", "Client interviews, appointments and phone calls must not be recorded, transcribed or summarised by any AI tool, including AI note-takers, phone or Teams transcription and voice-to-text features on personal phones.", []),
 ("7.5", "Letters, forms or messages from or to clients must not be translated by AI, including Google Translate, Microsoft Translator and translation features built into browsers or phones. Use our contracted interpreting and translation service or Language Line.", []),
 ("7.6", "AI must not be used to draft reports, letters, appeal submissions, mandatory reconsideration requests or statements for or about a client, even without the client's details.", []),
 ("7.7", "AI must not be used to make or support any decision about a client, such as prioritising cases, assessing eligibility for a service, assessing vulnerability or deciding on a referral.", []),
 ("7.8", "Advisers may use Microsoft 365 Copilot Chat under 4.1 to find or summarise published guidance for their own learning, but must check anything they use against Advisernet before relying on it, and must never treat it as advice.", []),
]),
("8", "Publications, communications and images", None, [
 ("8.1", "Text for public leaflets, web pages, social media and campaigns may be drafted with Microsoft 365 Copilot Chat under 4.1, provided no client information is used.", []),
 ("8.2", "Any public leaflet, web page or other public information about rights, benefits, debt, housing or any advice topic that was drafted with AI help must be checked and signed off by a qualified adviser (Advice Quality Lead or an adviser with a current Level 3 quality check) before publication.", []),
 ("8.3", "Published material that was substantially drafted with AI must carry the line \"Drafted with the help of AI and checked by our advice team\" in the footer or at the end of the post.", []),
 ("8.4", "AI must not be used to create images, audio or video of real people, including clients, staff, volunteers or local figures, and must not be used to alter photographs of real people. AI-generated images of any kind are not approved (see 4.5).", []),
 ("8.5", "Client stories used in campaigns or reports (including anonymised ones) must not be written, rewritten or edited with AI.", []),
]),
("9", "Other activities", None, [
 ("9.1", "Recruitment: AI must not be used to shortlist, score or assess applications from job applicants or volunteers, or to write interview notes. Job adverts and role descriptions may be drafted with Copilot Chat under 4.1.", []),
 ("9.2", "Performance and HR: AI must not be used to write or assess supervision notes, appraisals, performance or disciplinary matters about an individual.", []),
 ("9.3", "Procurement and funding: AI must not be used to score or evaluate supplier quotes, tenders or grant applications. Bid text drawn only from published or non-client internal figures may be drafted with Copilot Chat under 4.1 and must be checked by the bid lead.", []),
 ("9.4", "Internal meetings: internal meetings with no client discussion may be minuted by a person who then uses Copilot Chat to tidy the notes. AI recording or transcription of any meeting (including Teams transcription and recap) is not approved.", []),
 ("9.5", "Spreadsheets, macros and code: Copilot Chat may be used under 4.1 to help write spreadsheet formulas or simple macros for internal tasks, provided no real client or staff data is entered; test them on dummy data first and have a second person check them before they are used on live data.", []),
 ("9.6", "Automated actions: AI must not be set up to send emails, texts or messages, update case records or make bookings without a person reviewing each one. AI agents, auto-replies and chatbots facing clients or the public are not approved.", []),
 ("9.7", "Legal and professional advice to the charity: AI must not be relied on for legal, HR, tax or financial advice to the charity itself. Seek advice from our professional advisers through the Chief Officer.", []),
]),
("10", "Personal accounts and devices", None, [
 ("10.1", "Charity work must not be done with AI tools on personal accounts (for example, a personal ChatGPT, Gemini or Microsoft account), even if the tool is approved on the work account.", []),
 ("10.2", "Volunteers working from home on their own devices may use Microsoft 365 Copilot Chat only when signed in with the charity account issued to them, and only under 4.1.", []),
 ("10.3", "Voice assistants and AI features on personal phones (such as call screening, call summaries, voice notes transcription and smart replies) must not be used for any call, message or note about a client.", []),
]),
("11", "Points not yet decided", "Some questions have been raised that the Chief Officer and the Information Governance Lead have not yet decided. Until they are decided, ask before acting.", [
 ("11.1", "Whether clients may be allowed to use AI tools themselves, with an adviser's help, during an appointment (for example, to draft their own personal statement) has not yet been decided. Advisers must raise any such request with the Information Governance Lead before it happens.", []),
 ("11.2", "Whether AI accessibility tools used by a staff member or volunteer as a reasonable adjustment (for example, AI dictation or text-to-speech software) may be used with client information has not yet been decided. Until it is, any such request goes to the Information Governance Lead, who will decide case by case with the Chief Officer.", []),
 ("11.3", "Whether summaries of anonymous, aggregated Research and Campaigns data (for example, quarterly trend figures with no case details) may be analysed with Copilot Chat has not yet been decided. Do not do this until a decision is published.", []),
]),
("12", "Mistakes, incidents and who to contact", None, [
 ("12.1", "If client information or any other personal information has been put into an AI tool, even by accident, report it straight away to the Information Governance Lead (Tariq Bhatti) by email to ig@ribblevalleyca.org.uk or on 01200 400 812. Do not wait until you have tried to delete it. Volunteers should also tell their supervisor on the day.", []),
 ("12.2", "The Information Governance Lead will record the incident, decide with the Chief Officer whether it must be reported to the Information Commissioner's Office and to Citizens Advice, and tell the client where required.", []),
 ("12.3", "Questions about this policy, and requests for approval, go to the Information Governance Lead. Questions about the quality of advice go to the Advice Quality Lead (Joanne Pilling).", []),
 ("12.4", "Breaking this policy may lead to action under the disciplinary procedure for staff, or the volunteer problem-solving procedure for volunteers.", []),
]),
("13", "Review", None, [
 ("13.1", "This policy is reviewed every year by the Chief Officer and the Information Governance Lead, or sooner if the law, Citizens Advice network guidance or the tools change.", []),
]),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def build_html():
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
           f'<title>{TITLE} | Citizens Advice Ribble Valley Staff Intranet</title>',
           '<link rel="stylesheet" href="/assets/intranet.css">', '</head>', '<body>',
           '<header class="site-header"><a href="/" class="logo">Citizens Advice Ribble Valley &ndash; Staff and Volunteer Intranet</a>',
           '<nav aria-label="Main"><ul><li><a href="/news">News</a></li><li><a href="/policies" aria-current="page">Policies</a></li><li><a href="/advice-resources">Advice resources</a></li><li><a href="/rotas">Rotas</a></li><li><a href="/contacts">Contacts</a></li></ul></nav></header>',
           '<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/policies">Policies</a> &rsaquo; Information governance</nav>',
           '<main id="content">', f'<h1>{TITLE}</h1>', '<table class="doc-meta">']
    for k, v in META:
        out.append(f'<tr><th scope="row">{e(k)}</th><td>{e(v)}</td></tr>')
    out.append('</table>')
    out.append(f'<p class="lead">{e(INTRO)}</p>')
    out.append('<nav class="toc" aria-label="On this page"><p class="toc-title"><strong>On this page</strong></p><ul>')
    for num, head, _, _ in S:
        out.append(f'<li><a href="#section-{num}">{e(head)}</a></li>')
    out.append('</ul></nav>')
    for num, head, intro, items in S:
        out.append(f'<section><h2 id="section-{num}">{num}. {e(head)}</h2>')
        if intro:
            out.append(f'<p>{e(intro)}</p>')
        for n, text, bullets in items:
            out.append(f'<p id="clause-{n.replace(".", "-")}">{n} {e(text)}</p>')
            if bullets:
                out.append('<ul>' + ''.join(f'<li>{e(b)}</li>' for b in bullets) + '</ul>')
        out.append('</section>')
    out.append('</main>')
    out.append('<footer class="site-footer"><p>Citizens Advice Ribble Valley is an operating name of Ribble Valley Citizens Advice Bureau, a registered charity and company limited by guarantee. Page last updated 20 October 2026.</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>')
    out += ['</body>', '</html>']
    return "\n".join(out) + "\n"

def build_md():
    out = [f"# {TITLE}", "", "Citizens Advice Ribble Valley", ""]
    out += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META] + [""]
    out += [INTRO, ""]
    for num, head, intro, items in S:
        out += [f"## {num}. {head}", ""]
        if intro:
            out += [intro, ""]
        for n, text, bullets in items:
            out += [f"{n} {text}", ""]
            if bullets:
                out += [f"- {b}" for b in bullets] + [""]
    return "\n".join(out)

if __name__ == "__main__":
    stem = "rvca-generative-ai-policy"
    open(os.path.join(HERE, "knowledge", stem + ".html"), "w", encoding="utf-8").write(build_html())
    open(os.path.join(HERE, "originals", stem + ".md"), "w", encoding="utf-8").write(build_md())
    ids = []
    for num, head, intro, items in S:
        ids.append(num); ids += [n for n, _, _ in items]
    pass
