# Builds knowledge/ and originals/ for the NVTS set.
import csv, html, io, os, re, shutil
from policy_text import *
from docx import Document

K = "knowledge"; O = "originals"
os.makedirs(K, exist_ok=True); os.makedirs(O, exist_ok=True)
P = "nvts-ai-policy.html"

# ---------- HTML intranet page ----------
h = []
h.append('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>%s | NVTS intranet</title>\n</head>\n<body>' % html.escape(TITLE))
h.append('<header class="site-header"><a href="/">NVTS Staff Intranet</a> <nav><ul><li><a href="/policies">Policies</a></li><li><a href="/hr">HR</a></li><li><a href="/it">IT help</a></li></ul></nav></header>')
h.append('<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; Information governance</nav>')
h.append('<main id="content">\n<article>')
h.append('<h1>%s</h1>' % html.escape(TITLE))
for p in PRE:
    h.append('<p class="meta">%s</p>' % html.escape(p))
for num, head, _, paras in SECTIONS:
    h.append('<section>\n<h2 id="section-%s">%s. %s</h2>' % (num, num, html.escape(head)))
    for cid, text in paras:
        h.append('<p id="clause-%s">%s %s</p>' % (cid.replace('.', '-'), cid, html.escape(text)))
    h.append('</section>')
h.append('<section>\n<h2 id="appendix-a">%s</h2>' % html.escape(APPENDIX[0]))
for cid, text in APPENDIX[1]:
    h.append('<p id="clause-%s">%s %s</p>' % (cid.replace('.', '-'), cid, html.escape(text)))
h.append('</section>\n</article>\n</main>')
h.append('<footer><p>Northern Valuation Tribunal Service &middot; Staff intranet &middot; <a href="/accessibility">Accessibility</a> &middot; Page owner: Information Governance</p></footer>\n</body>\n</html>\n')
open(os.path.join(K, P), "w", encoding="utf-8").write("\n".join(h))

# ---------- its Markdown original ----------
m = ["# " + TITLE, ""] + [x + "\n" for x in PRE]
for num, head, _, paras in SECTIONS:
    m.append("## %s. %s\n" % (num, head))
    for cid, text in paras:
        m.append("%s %s\n" % (cid, text))
m.append("## %s\n" % APPENDIX[0])
for cid, text in APPENDIX[1]:
    m.append("%s %s\n" % (cid, text))
open(os.path.join(O, "nvts-ai-policy.md"), "w", encoding="utf-8").write("\n".join(m))

# ---------- Word FAQ ----------
d = Document()
d.add_heading(FAQ_TITLE, level=0)
d.add_paragraph(FAQ_INTRO)
fm = ["# " + FAQ_TITLE, "", FAQ_INTRO, ""]
for q, a in FAQ:
    d.add_heading(q, level=1)
    d.add_paragraph(a)
    fm += ["## " + q, "", a, ""]
d.core_properties.title = FAQ_TITLE
d.core_properties.author = "NVTS Information Governance"
d.save(os.path.join(K, "ai-staff-faq.docx"))
open(os.path.join(O, "ai-staff-faq.md"), "w", encoding="utf-8").write("\n".join(fm))

# ---------- register ----------
R = "nvts-ai-policy.html#"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot;Microsoft Copilot", "approved", "public;internal;personal",
  "Sign in with your NVTS work account on a Service-managed device. Personal information of appellants and agents only as much as the task needs. Never enter appellants' financial information, special category information, children's information, staff HR records, hearing recordings or transcripts, appeal bundles, or decisions not yet issued.",
  R+"3.1;"+R+"5.4;"+R+"5.5"),
 ("Microsoft 365 Copilot in Word and Outlook", "Copilot in Word;Copilot in Outlook;M365 Copilot licence;Copilot for Microsoft 365", "restricted", "public;internal;personal",
  "Licensed staff only (clerks' team leaders, corporate services and the Digital team). Same information limits as Copilot Chat. Must not be used to draft or edit the reasons for a tribunal decision.",
  R+"3.1;"+R+"7.2;"+R+"8.1"),
 ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recap;intelligent recap;Copilot in Teams meetings;Teams meeting notes", "restricted", "public;internal",
  "Internal Service meetings only, with everyone told at the start and nobody objecting. Never in tribunal hearings (in person or video) or members' deliberations. No discussion of individual appeals.",
  R+"6.2;"+R+"6.4"),
 ("Microsoft Translator", "Translator in Word;Translator in Outlook;Microsoft Translate", "restricted", "public;internal;personal",
  "Within Microsoft 365 signed in with your NVTS account. To understand incoming correspondence, including Welsh. Anything sent to a party in Welsh must be translated or checked by the approved Welsh translation provider.",
  R+"8.6;"+R+"8.6.1"),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot for code", "restricted", "public;internal",
  "Digital team only, on Service code repositories with the Service's business licence. No personal information, passwords, keys or secrets. Review all generated code.",
  R+"8.9"),
 ("Adobe Firefly", "Firefly;Adobe AI images", "restricted", "public",
  "Communications team only, through the Service's Adobe licence. Generic illustrative images only; never images of real, identifiable people. Label every image as AI-generated.",
  R+"8.5"),
 ("ChatGPT", "Chat GPT;OpenAI ChatGPT;ChatGPT free", "restricted", "public",
  "Public information only, without signing in or uploading files. Do not use a personal account or personal paid subscription.",
  R+"4.1;"+R+"5.2"),
 ("Google Translate", "Google Translator", "restricted", "public",
  "Public information only. Do not paste correspondence, names or case details.",
  R+"8.6.2"),
 ("Otter.ai", "Otter;Otter AI", "prohibited", "", "Do not use for any Service work.", R+"3.3;"+R+"6.2"),
 ("Fireflies.ai", "Fireflies;Fireflies notetaker", "prohibited", "", "Do not use for any Service work.", R+"3.3;"+R+"6.2"),
 ("DeepSeek", "Deep Seek;DeepSeek chat", "prohibited", "", "Do not use for any Service work.", R+"3.3"),
 ("Grammarly", "Grammarly extension;Grammarly Premium", "prohibited", "", "Do not install or use; browser extensions that add AI are not allowed.", R+"3.3;"+R+"4.3"),
]
with open(os.path.join(K, "ai-tools-register.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["tool","aliases","status","data_allowed","conditions","clauses"]); w.writerows(rows)
shutil.copy(os.path.join(K, "ai-tools-register.csv"), os.path.join(O, "ai-tools-register.csv"))

# sources.yaml
open(os.path.join(K, "sources.yaml"), "w").write('''nvts-ai-policy.html:
  title: Generative AI Acceptable Use Policy
  owner: Information Governance Lead
  version: "2.1 (October 2026)"
  url: "https://intranet.nvts.example.gov.uk/policies/generative-ai"
ai-staff-faq.docx:
  title: "Using AI at the NVTS: staff FAQ"
  owner: Information Governance Lead
  version: "1.0 (November 2026)"
  url: "https://intranet.nvts.example.gov.uk/policies/generative-ai/faq"
ai-tools-register.csv:
  title: AI Tools Register
  owner: Information Governance Lead
  version: "November 2026"
  url: "https://intranet.nvts.example.gov.uk/policies/generative-ai/register"
''')

# clause ids
ids = [n for n,_,_,_ in SECTIONS for n in [n]]
out = []
for num, head, _, paras in SECTIONS:
    out.append("nvts-ai-policy.md#"+num)
    out += ["nvts-ai-policy.md#"+c for c,_ in paras]
out += ["nvts-ai-policy.md#"+c for c,_ in APPENDIX[1]]
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
out += ["ai-staff-faq.md#"+slug(q) for q,_ in FAQ]
out += ["ai-tools-register.csv#"+r[0] for r in rows]
open("clause_ids.txt", "w").write("\n".join(out)+"\n")
print(len(out), "ids")
