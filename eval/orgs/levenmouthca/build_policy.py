"""Builds the Levenmouth Citizens Advice AI policy as an intranet HTML page plus its .md original."""
import html, os, shutil
OUT = os.path.dirname(os.path.abspath(__file__))
TITLE = "Use of Artificial Intelligence (AI) Policy"
META = [("Version", "1.0"), ("Approved by", "Board of Trustees, 18 November 2026"),
        ("Policy owner", "Chief Officer"), ("Next review", "November 2027")]
# (kind, number, text): kind h = numbered heading, p = numbered paragraph, b = bullet under previous paragraph
S = [
("h","1","Purpose and scope"),
("p","1.1","This policy sets out how everyone who works or volunteers for Levenmouth Citizens Advice (\"the bureau\") may use artificial intelligence (AI) tools. It applies to paid staff, volunteer advisers, reception and admin volunteers, trustees, students on placement and contractors, whenever they are doing bureau work, on a bureau device or on their own device."),
("p","1.2","The policy covers generative AI: chatbots, writing assistants, summarising and translation tools, image, voice and video generators, transcription and note-taking tools, and AI features built into other software and websites."),
("p","1.3","The policy does not cover the ordinary features of our case management system (Caselink), spell-check, or your private use of AI that has nothing to do with the bureau."),
("h","2","Our approach"),
("p","2.1","People come to us at difficult moments and trust us with their money worries, housing, health and family lives. Our advice is free, confidential, independent and impartial. AI can save time on routine work, but it must never put a client's confidentiality at risk or take the place of a trained adviser's judgement."),
("p","2.2","We have therefore chosen one AI tool that everyone may use, with clear rules about what may go into it. Everything else is not allowed for bureau work. If you are not sure whether something is allowed, do not do it: ask first (see section 12)."),
("h","3","Definitions"),
("p","3.1","\"Bureau work\" means anything you do for Levenmouth Citizens Advice, paid or unpaid, including advice sessions, admin, fundraising, training and communications."),
("p","3.2","\"Bureau account\" means the Microsoft 365 account the bureau issues to you (ending @levenmouthca.org.uk). All paid staff and volunteer advisers are given one at induction."),
("p","3.3","\"Client information\" means any information about a client or about anyone connected with their enquiry (partners, children, landlords, employers, creditors), including names, addresses, phone numbers, email addresses, dates of birth, National Insurance numbers, Caselink case references, bank details, benefit and debt details, and copies of their letters and documents."),
("p","3.4","\"Sensitive information\" means information about anyone's physical or mental health or disability, ethnicity, religion, sexuality, immigration status, criminal convictions, domestic abuse, safeguarding concerns, and any information about a child."),
("h","4","The approved AI tool: Microsoft 365 Copilot Chat"),
("p","4.1","The only AI tool that may be used for bureau work is Microsoft 365 Copilot Chat, used while signed in with your bureau account. You can tell you are signed in correctly when you see the green shield and the word \"Protected\" at the top of the chat."),
("p","4.2","You may open Copilot Chat at m365copilot.com, in the Microsoft 365 app, in the Teams app or in the Edge sidebar, as long as you are signed in with your bureau account. If you do not see the green shield, stop and sign in again."),
("p","4.3","Within the rules in sections 6 to 9, you may use Copilot Chat for everyday work such as:"),
("b","","drafting and improving internal emails, notes, rotas and procedures that contain no client information;"),
("b","","summarising or explaining published information, such as guidance on GOV.UK, mygov.scot, Social Security Scotland or Fife Council's website, for your own understanding;"),
("b","","rewriting our own leaflets, web pages and social media posts in plain English;"),
("b","","drafting funding bids, funder reports and newsletters from figures that identify nobody;"),
("b","","creating training materials and role-play scenarios using made-up clients;"),
("b","","help with Excel formulas and spreadsheet layouts using made-up or non-personal data."),
("p","4.4","The bureau does not have licences for the paid Microsoft 365 Copilot. Copilot features built into Word, Excel, Outlook and Teams (for example \"Summarise this email\", Copilot in Word, or Teams meeting recap) are not part of this approval and must not be used."),
("p","4.5","Copilot Chat does not remember or learn from your chats under your bureau account, but your chats are kept in the bureau's Microsoft 365 system. Write nothing into it that you would not want a client to read."),
("h","5","AI tools that are not allowed"),
("p","5.1","Apart from Copilot Chat signed in with your bureau account, no AI tool may be used for bureau work. This applies whether the tool is free or paid, and whatever device you use."),
("p","5.2","Free and public AI chatbots are not allowed for bureau work. This includes ChatGPT, Google Gemini, Claude, DeepSeek, Perplexity, Meta AI and Grok."),
("p","5.3","Personal accounts of any AI tool are not allowed for bureau work, including Copilot signed in with a personal Microsoft account, Copilot used without signing in, and paid personal subscriptions such as ChatGPT Plus. Anyone who does not have a bureau account must not use AI for bureau work at all."),
("p","5.4","AI built into other apps and websites is not allowed for bureau work. This includes the generative features of Grammarly, Canva (Magic Studio), Adobe Acrobat AI Assistant and Firefly, Zoom AI Companion, Meta AI in WhatsApp, Gemini in Gmail, LinkedIn's AI writing tools, and the AI writing tools on phones (such as Apple Intelligence and Galaxy AI)."),
("p","5.5","Browser extensions and plug-ins that use AI must not be installed on bureau devices or used for bureau work."),
("p","5.6","AI note-takers and transcription tools must not be used to record, transcribe or summarise client interviews, phone calls, supervision sessions or any other meeting. This includes Otter.ai, Fireflies, Read.ai, Teams transcription and recap, and the transcription features of phone voice recorders. Take notes yourself and record them in Caselink in the usual way."),
("p","5.7","AI image, voice and video generators (for example DALL-E, Midjourney, Canva's image generator and voice-cloning tools) must not be used for bureau work."),
("p","5.8","If you think another AI tool would help the bureau, suggest it to the Digital and Data Lead. No other tool may be used until the Chief Officer has approved it in writing and this policy has been updated."),
("h","6","Client information and other information"),
("p","6.1","You must never put client information that could identify a client into any AI tool, including Copilot Chat. This means no names, addresses, phone numbers, email addresses, dates of birth, National Insurance numbers, Caselink case references or bank details, in any form."),
("p","6.2","Never upload, paste, photograph or copy into any AI tool a client's letters, emails, forms, bank statements, tenancy agreements, payslips or other documents, or anything exported from Caselink, even if you remove the name first."),
("p","6.3","You may ask Copilot Chat a general question prompted by a client's situation only if you describe it in general terms that could not identify anyone, for example \"how does the two-child limit work for Universal Credit?\". Leave out unusual details, exact dates and amounts and where the person lives. If in doubt, leave it out."),
("p","6.4","Sensitive information (see 3.4) about a client, a client's family, a colleague or a volunteer must not be put into any AI tool in any form, even when names have been removed."),
("p","6.5","Information about staff, volunteers and job or volunteer applicants, such as supervision notes, sickness records, disciplinary or grievance matters, references and application forms, must not be put into any AI tool."),
("p","6.6","The bureau's own unpublished information that identifies nobody, such as draft procedures, budgets, anonymised statistics, draft funding bids and funder reports, may be used in Copilot Chat signed in with your bureau account. Papers marked \"Confidential - Board\" must not be put into any AI tool."),
("p","6.7","Information that partners share with us under an information-sharing agreement or contract (for example from Fife Council, the DWP, Social Security Scotland or creditors) must not be put into any AI tool."),
("p","6.8","Published information, such as our own website content, published annual reports and public guidance, may be used in Copilot Chat."),
("h","7","Advice to clients"),
("p","7.1","AI must never give, decide or check the advice a client receives. All advice must come from a trained adviser using the Citizens Advice advice resources and our quality assurance process."),
("p","7.2","AI output is not a source of advice. If you use Copilot Chat to help you understand a general topic (see 4.3), you must check anything you rely on against the Citizens Advice advice resources or the official source before using it with a client. AI tools often mix up Scots law and the law in England and Wales."),
("p","7.3","AI must not be used to decide or recommend a client's eligibility for a benefit or grant, which debt solution suits them, whether they have a case at an employment tribunal, the priority or urgency of their case, or whether we take on their case. Use the approved benefits calculator and debt tools, not AI, for calculations."),
("p","7.4","AI must not be used to write letters, mandatory reconsideration requests, appeal submissions, complaints, debt offers or any other document for or about a named client."),
("p","7.5","If a client brings information they got from ChatGPT or another AI tool, treat it as the client's own research: check it against the advice resources and explain any differences to them. Do not put their AI conversation into Copilot Chat."),
("p","7.6","The bureau does not offer AI chatbots or AI-generated replies to clients. No one may set up an AI tool that answers clients' questions by web chat, email, phone or social media."),
("h","8","Checking, publishing and labelling AI content"),
("p","8.1","You are responsible for anything you produce with the help of AI. Check it for accuracy, tone and bias before you use it, and never present AI output as the bureau's advice."),
("p","8.2","Anything for publication (our website, social media, leaflets, press releases, published reports) that was drafted with substantial help from Copilot Chat must be checked and signed off by the Communications and Volunteer Coordinator before it is published."),
("p","8.3","Published content where AI drafted a substantial part must carry the line: \"Drafted with the help of AI and checked by Levenmouth Citizens Advice.\" Short social media posts and small edits such as spelling or plain-English rewording do not need the label."),
("p","8.4","You must never use AI to create or alter images, voices or videos of real people, including clients, staff, volunteers and partners."),
("h","9","Other uses of AI"),
("p","9.1","Recruitment: AI must not be used to sift, shortlist, score or assess applications from job or volunteer applicants, or to write references. You may use Copilot Chat to draft a job advert or role description that contains no personal information."),
("p","9.2","Decisions about people: AI must not be used to make or recommend any decision about a person, including a client, member of staff or volunteer (for example performance, discipline or allocation of work)."),
("p","9.3","Procurement: Copilot Chat may help you draft a specification or a request for quotes from non-personal information. AI must not be used to score or compare suppliers' quotes or tenders, or to decide who gets a contract. Suppliers' quotes and tenders are commercially confidential and must not be put into any AI tool."),
("p","9.4","Legal documents about the bureau: AI must not be used to interpret contracts, leases, grant agreements or employment law for the bureau. Ask the Chief Officer, who will take professional advice where needed."),
("p","9.5","Code and spreadsheets: you may ask Copilot Chat for help with formulas, macros or small scripts using made-up data. Nothing produced this way may be run against Caselink or any file holding client information without the Digital and Data Lead's approval."),
("p","9.6","Automated actions: AI must not be set up to take actions on its own, such as sending emails, replying to messages, updating Caselink or other records, or booking appointments. Copilot agents and automated flows using AI are not allowed."),
("h","10","Points not yet decided"),
("p","10.1","Translation for clients: we have not yet decided whether Copilot Chat may be used to translate letters, leaflets or messages for clients whose first language is not English, even with all client information removed. This is being discussed with Citizens Advice Scotland. Until a decision is published, ask the Digital and Data Lead about each case and continue to use the interpreting service."),
("p","10.2","Assistive technology: we have not yet decided how AI-based assistive tools (for example AI dictation, reading or writing support apps) may be used by staff and volunteers as a reasonable adjustment. Until a decision is published, speak to the Operations Manager, who will refer each request to the Chief Officer."),
("h","11","If something goes wrong"),
("p","11.1","If you have put client information or other personal information into any AI tool, or used a tool that is not allowed, tell your supervisor and the Data Protection Lead (the Operations Manager) straight away, and no later than the end of the working day, at dataprotection@levenmouthca.org.uk. Do not delete the conversation until the Data Protection Lead has seen it."),
("p","11.2","The Data Protection Lead will record the incident and decide with the Chief Officer whether it must be reported to the Information Commissioner's Office within 72 hours and to the people affected. Reporting a mistake quickly is always the right thing to do."),
("p","11.3","Not following this policy may lead to action under the disciplinary procedure for staff or a review of the volunteer agreement for volunteers."),
("h","12","Training, questions and review"),
("p","12.1","Everyone must complete the bureau's AI awareness module before using Copilot Chat for bureau work. Volunteers complete it as part of induction."),
("p","12.2","Questions about this policy go to the Digital and Data Lead, Ross Kinnear (digital@levenmouthca.org.uk), or your supervisor. Volunteers can also ask the Communications and Volunteer Coordinator."),
("p","12.3","This policy is owned by the Chief Officer, Elaine Methven, and approved by the Board of Trustees. It will be reviewed by November 2027, or sooner if the law, Citizens Advice Scotland guidance or the tools change."),
]

def slug(t):
    import re
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")

def md():
    L = [f"# {TITLE}", "", "Levenmouth Citizens Advice", ""]
    L += [f"{k}: {v}  " for k, v in META] + [""]
    prev = None
    for k, n, t in S:
        if prev == "b" and k != "b": L += [""]
        prev = k
        if k == "h": L += [f"## {n}. {t}", ""]
        elif k == "p": L += [f"{n} {t}", ""]
        else: L += [f"- {t}"] ; 
    out = "\n".join(L)
    out = out.replace(":\n\n- ", ":\n- ")
    # blank line after last bullet
    out = out.replace(";\n\n4.4", ";\n\n4.4")
    return out.rstrip() + "\n"

def page():
    body = []
    open_ul = False
    for k, n, t in S:
        if k != "b" and open_ul:
            body.append("        </ul>"); open_ul = False
        if k == "h":
            body.append(f'      <h2 id="section-{n}">{n}. {html.escape(t)}</h2>')
        elif k == "p":
            body.append(f'      <p id="para-{n.replace(".", "-")}"><span class="clause-no">{n}</span> {html.escape(t)}</p>')
        else:
            if not open_ul: body.append("        <ul>"); open_ul = True
            body.append(f"          <li>{html.escape(t)}</li>")
    if open_ul: body.append("        </ul>")
    toc = "\n".join(f'          <li><a href="#section-{n}">{n}. {html.escape(t)}</a></li>' for k, n, t in S if k == "h")
    meta = "\n".join(f"          <tr><th>{a}</th><td>{html.escape(b)}</td></tr>" for a, b in META)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{TITLE} | Levenmouth Citizens Advice intranet</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/intranet.css">
</head>
<body>
  <header class="site-header">
    <a class="skip-link" href="#main">Skip to main content</a>
    <div class="logo"><a href="/">Levenmouth Citizens Advice <span>Staff and volunteer intranet</span></a></div>
    <nav class="top-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/advice-resources/">Advice resources</a></li>
        <li><a href="/policies/" aria-current="page">Policies and procedures</a></li>
        <li><a href="/volunteers/">Volunteers</a></li>
        <li><a href="/it-help/">IT help</a></li>
        <li><a href="/contacts/">Who's who</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/policies/">Policies and procedures</a></li><li><a href="/policies/information-governance/">Information governance</a></li><li>Use of AI policy</li></ol>
  </nav>
  <div class="layout">
    <aside class="sidebar">
      <nav aria-label="On this page">
        <h2 class="sidebar-title">On this page</h2>
        <ol class="toc">
{toc}
        </ol>
      </nav>
      <div class="related">
        <h2 class="sidebar-title">Related</h2>
        <ul>
          <li><a href="/policies/confidentiality/">Confidentiality policy</a></li>
          <li><a href="/policies/data-protection/">Data protection policy</a></li>
          <li><a href="/volunteers/ai-quick-guide/">AI quick guide for volunteers</a></li>
        </ul>
      </div>
    </aside>
    <main id="main">
      <h1>{TITLE}</h1>
      <table class="doc-meta">
{meta}
      </table>
{chr(10).join(body)}
    </main>
  </div>
  <footer class="site-footer">
    <p>Levenmouth Citizens Advice is a registered Scottish charity (SC0XXXXX) and a member of the Citizens Advice network in Scotland. This intranet is for staff and volunteers only.</p>
    <p><a href="/accessibility/">Accessibility</a> | <a href="/it-help/report-a-problem/">Report a problem with this page</a></p>
  </footer>
</body>
</html>
"""

if __name__ == "__main__":
    for d in ("knowledge", "originals"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    stem = "levenmouth-ca-ai-policy"
    open(os.path.join(OUT, "knowledge", stem + ".html"), "w", encoding="utf-8").write(page())
    open(os.path.join(OUT, "originals", stem + ".md"), "w", encoding="utf-8").write(md())
    shutil.copy(os.path.join(OUT, "volunteer-ai-quick-guide.src.md"), os.path.join(OUT, "knowledge", "volunteer-ai-quick-guide.md"))
    shutil.copy(os.path.join(OUT, "volunteer-ai-quick-guide.src.md"), os.path.join(OUT, "originals", "volunteer-ai-quick-guide.md"))
    ids = [n for k, n, t in S if k != "b"]
    import re
    g = open(os.path.join(OUT, "volunteer-ai-quick-guide.src.md")).read()
    gs = [slug(m) for m in re.findall(r"^## (.+)$", g, re.M)]
    open(os.path.join(OUT, "clause_ids.txt"), "w").write(
        "# levenmouth-ca-ai-policy.html (original: levenmouth-ca-ai-policy.md)\n" + "\n".join(ids) +
        "\n# volunteer-ai-quick-guide.md (heading slugs)\n" + "\n".join(gs) + "\n")
    print(len(ids), "clauses")
