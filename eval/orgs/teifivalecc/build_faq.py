import html, re
TITLE = "Generative AI at work: staff questions and answers"
INTRO = "These answers summarise the Council's Generative AI Usage Policy (version 2.1) and the AI Tools Register. Where they differ, the policy wins."
QA = [
 ("Which AI tools can I use?",
  ["Only the tools on the AI Tools Register, and only in the way each tool's entry says (policy paragraphs 3.2 and 3.3). Microsoft 365 Copilot Chat is available to everyone when signed in with a Council account."]),
 ("What if the tool I want is not on the Register?",
  ["Do not use it for Council business until the Digital Governance Board has approved it. Ask for it through the AI Tool Request form on the ICT Service Desk portal (policy paragraph 3.3). This includes new AI features that appear in software we already use."]),
 ("Can I use my own ChatGPT Plus account or my phone?",
  ["No. Personal accounts, including paid personal subscriptions, must not be used for Council business, even for public information (policy paragraph 4.2). Council information must not go into AI tools on a personal device unless it is enrolled under the Bring Your Own Device Policy and you are using Council apps (paragraph 4.3)."]),
 ("Can I put residents' details into Copilot?",
  ["Only into Microsoft 365 Copilot (the licensed version), with a lawful basis and only the minimum needed (policy paragraph 5.4). Never put personal data into Copilot Chat, ChatGPT or Gemini. Health, social care and safeguarding information, and anything about an identifiable child, must not go into any AI tool (paragraphs 5.5 and 5.6)."]),
 ("Can AI translate our Welsh documents?",
  ["AI translation must not replace the Translation Unit for anything that will be published, sent to the public, or is required under the Welsh Language Standards or by law (policy paragraph 7.17). You may use Microsoft Translator to help you understand a letter or email you have received, or for internal working notes (paragraph 7.18). Send everything for publication to the Translation Unit (Uned Gyfieithu) as usual."]),
 ("Can I record or transcribe a meeting with AI?",
  ["Teams transcription and Copilot recaps are allowed in internal Council meetings if you tell everyone at the start and nobody objects (policy paragraph 7.13). They must not be used in meetings with residents or service users, HR meetings, safeguarding meetings or exempt committee business (paragraph 7.14). Remove Otter, Fireflies and Read.ai bots from any meeting you host (paragraph 7.15)."]),
 ("Do I need to label content made with AI?",
  ["Yes, if it is published or sent to the public and AI substantially produced it: use the statement in policy paragraph 6.2. Reports to Cabinet and committees must say where AI was used (paragraph 6.3). Internal drafts do not need a label."]),
 ("Can I make pictures for a poster with AI?",
  ["The Communications and Marketing team can create illustrative images of people who do not exist with Adobe Firefly (policy paragraph 7.5 and the Register). Nobody may create or edit images, video or voices of real people with AI, or upload photos of real people to an AI tool (paragraph 7.4)."]),
 ("Can AI help with recruitment?",
  ["AI can help draft a job advert or job description, which HR must check (policy paragraph 7.7). It must never be used to shortlist, score or assess applicants or to analyse CVs (paragraph 7.6)."]),
 ("I have put personal data into the wrong tool. What should I do?",
  ["Report it straight away, and within 24 hours at most, to your line manager and to the Information Governance Team, using the Data Breach Report form on the intranet or infogov@teifivale.gov.uk (policy paragraph 8.2). Reporting quickly helps us limit any harm."]),
 ("Is there any training?",
  ["Yes. Complete the AI Essentials module on Dysgu. It is required before you are given a Microsoft 365 Copilot licence (policy paragraph 9.1)."]),
 ("Who do I ask if I am not sure?",
  ["Contact the Digital Governance Board at digitalgovernance@teifivale.gov.uk (policy paragraph 12.1)."]),
]
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
parts = []
for q, ps in QA:
    parts.append(f'      <section class="faq-item">\n        <h2 id="{slug(q)}">{html.escape(q)}</h2>\n' + "".join(f"        <p>{html.escape(p)}</p>\n" for p in ps) + "      </section>\n")
page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(TITLE)} | The Hub – Teifi Vale County Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Hub – Teifi Vale County Council intranet</a>
    <nav aria-label="Main"><ul><li><a href="/news">News</a></li><li><a href="/hr">HR and pay</a></li><li><a href="/ict">ICT</a></li><li><a href="/cy/ai-cwestiynau">Cymraeg</a></li></ul></nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/ict">ICT</a> &gt; Generative AI FAQ</nav>
  <main id="content">
    <article>
      <h1>{html.escape(TITLE)}</h1>
      <p class="lede">{html.escape(INTRO)}</p>
{''.join(parts)}    </article>
  </main>
  <footer class="site-footer"><p>Page owner: Digital Governance Board. Last reviewed November 2026.</p><p><a href="/accessibility">Accessibility</a> | <a href="/cy/ai-cwestiynau">Darllenwch y dudalen hon yn Gymraeg</a></p></footer>
</body>
</html>
"""
open("knowledge/tvcc-ai-staff-faq.html", "w", encoding="utf-8").write(page)
md = f"# {TITLE}\n\n{INTRO}\n\n" + "".join(f"## {q}\n\n" + "".join(p + "\n\n" for p in ps) for q, ps in QA)
open("originals/tvcc-ai-staff-faq.md", "w", encoding="utf-8").write(md)
print("\n".join(slug(q) for q,_ in QA))
