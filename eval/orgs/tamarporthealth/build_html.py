"""Build the intranet page 'AI - quick answers' and its Markdown original."""
import os, re, html
OUT = os.path.dirname(os.path.abspath(__file__))
STEM = "ai-quick-answers"
TITLE = "AI - quick answers"
INTRO = "Short answers to the questions staff ask most about generative AI. The full rules are in the Generative AI Acceptable Use Policy (TEPHA-IG-014). If the policy and this page ever disagree, the policy wins."
PAGE = [
 ("h2", "Which AI tools can I use?", None),
 ("h3", "Can I use ChatGPT or Gemini for work?", [
   "No. The only AI tool you may use for Authority work is Microsoft 365 Copilot Chat, signed in with your Authority account. ChatGPT, Gemini, Claude, the free version of Copilot and any other AI app, website or extension are not allowed for work, even for information that is already public."]),
 ("h3", "How do I know I am in the right Copilot?", [
   "Open Copilot Chat from the Microsoft 365 app launcher or Edge while signed in with your @tamarporthealth.gov.uk account. Look for the green shield and the word \"Protected\" by the prompt box. No green shield means you are in the wrong version: close it and do not type any Authority information."]),
 ("h3", "Can I use AI on my own phone?", [
   "Not for work. Use Copilot Chat only on your Authority laptop, desktop or Authority mobile phone. Do not use personal phones, tablets or personal accounts for work with any AI tool."]),
 ("h2", "What can I put into Copilot Chat?", [
   "Published information and the Authority's own OFFICIAL information that does not identify anyone. Nothing marked OFFICIAL-SENSITIVE, no enforcement case files, no personal data and no health information."]),
 ("h3", "Can I paste in lab results for a consignment?", [
   "Not until the results have been formally released to the importer or published. After that you may use them, but only with the importer's, consignee's and any person's names taken out."]),
 ("h3", "What about crew names and health declarations?", [
   "No. Crew and passenger names, passport details and anything from a Maritime Declaration of Health must never go into Copilot Chat. Use roles such as \"the Master\" or \"crew member 1\" instead of names, and leave out health details altogether."]),
 ("h2", "Out at the docks", None),
 ("h3", "Can AI help me write a detention notice?", [
   "No. Detention notices, other statutory notices, Ship Sanitation Control Certificates and formal enforcement letters must be written using the Authority's approved templates, and the decision is always the authorised officer's own. Do not use AI for any part of an enforcement decision."]),
 ("h3", "A crew member asked me for health advice. Can Copilot help?", [
   "No. Do not use AI to give or check health advice. Refer the question to the ship's medical adviser, the UKHSA South West Health Protection Team or NHS 111, as the Port Health Plan says."]),
 ("h3", "Can I use Copilot to translate for a crew?", [
   "For general information only, such as how an inspection works, and a fluent speaker or our contracted translation service must check it before you hand it out. Never for notices, health advice or anything about an investigation."]),
 ("h2", "Something has gone wrong", None),
 ("h3", "I put something into an AI tool that I should not have. What do I do?", [
   "Tell the Information Governance Officer straight away (ig@tamarporthealth.gov.uk, extension 2047), and within 24 hours at the latest. Do not delete the conversation first. Reporting quickly is what matters: it helps us limit any harm."]),
 ("h3", "Who do I ask about a tool that is not listed here?", [
   "Ask Digital Services through the IT Service Desk (extension 2000) using the New Technology Request form. Do not try the tool out for work while you wait for a decision."]),
]
def slug(t): return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
h = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">', f"<title>{TITLE} | TEPHA intranet</title>", "</head>", "<body>",
     '<header class="site-header"><a href="/">TEPHA intranet</a> <nav><a href="/policies">Policies</a> | <a href="/it">IT and Digital</a> | <a href="/people">People</a></nav></header>',
     '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/it">IT and Digital</a> &gt; AI - quick answers</nav>',
     "<main>", f"<h1>{html.escape(TITLE)}</h1>", f"<p>{html.escape(INTRO)}</p>"]
md = [f"# {TITLE}", "", INTRO, ""]
for tag, head, paras in PAGE:
    h.append(f'<{tag} id="{slug(head)}">{html.escape(head)}</{tag}>')
    md += [("## " if tag == "h2" else "### ") + head, ""]
    for p in paras or []:
        h.append(f"<p>{html.escape(p)}</p>"); md += [p, ""]
h += ["</main>", '<footer><p>Page owner: Information Governance Officer. Last reviewed October 2026. OFFICIAL.</p></footer>', "</body>", "</html>"]
open(os.path.join(OUT, "knowledge", STEM + ".html"), "w").write("\n".join(h) + "\n")
open(os.path.join(OUT, "originals", STEM + ".md"), "w").write("\n".join(md))
print("ok")
