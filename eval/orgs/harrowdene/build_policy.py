"""Build the intranet HTML page and the originals .md from policy_source.md.

policy_source.md is the single source of text; the HTML article carries exactly
the same headings, clause numbers and paragraph text, wrapped in intranet chrome.
"""
import html, pathlib, re, shutil

HERE = pathlib.Path(__file__).parent
SRC = HERE / "policy_source.md"
STEM = "genai-acceptable-use-policy"

lines = SRC.read_text(encoding="utf-8").splitlines()
body = []
table_rows = []
for line in lines:
    if not line.strip():
        continue
    e = html.escape(line, quote=False)
    if line.startswith("# "):
        body.append(f"<h1>{html.escape(line[2:], quote=False)}</h1>")
    elif line.startswith("## "):
        text = html.escape(line[3:], quote=False)
        m = re.match(r"(\d+)\.", line[3:])
        anchor = f"s{m.group(1)}" if m else "appendix-a"
        body.append(f'<h2 id="{anchor}">{text}</h2>')
    elif line.startswith("|"):
        cells = [c.strip() for c in line.strip("|").split("|")]
        if all(set(c) <= set("- ") for c in cells) or not any(cells):
            continue
        table_rows.append(cells)
        if len(table_rows) == 6:  # end of the document-control table
            rows = "\n".join(
                f"<tr><th scope=\"row\">{html.escape(a)}</th><td>{html.escape(b)}</td></tr>"
                for a, b in table_rows)
            body.append(f'<table class="doc-control">\n<caption>Document control</caption>\n{rows}\n</table>')
    else:
        m = re.match(r"([A-Z]?\.?\d+(?:\.\d+)*) ", line)
        pid = f' id="c{m.group(1)}"' if m else ""
        body.append(f"<p{pid}>{e}</p>")

article = "\n".join(body)
page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Generative AI Acceptable Use Policy | The Hub | Harrowdene Health and Care NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/hub.css">
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <div class="brand"><img src="/assets/nhs-logo.svg" alt="NHS"> Harrowdene Health and Care NHS Foundation Trust</div>
  <div class="site-name">The Hub &ndash; staff intranet</div>
  <form class="search" action="/search" role="search"><label for="q">Search The Hub</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<nav class="main-nav" aria-label="Main">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/policies">Policies and procedures</a></li>
    <li><a href="/digital">Digital and Informatics</a></li>
    <li><a href="/people">People and wellbeing</a></li>
    <li><a href="/directory">Staff directory</a></li>
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &rsaquo; <a href="/policies">Policies and procedures</a> &rsaquo; <a href="/policies/information-governance">Information governance</a> &rsaquo; Generative AI Acceptable Use Policy
</nav>
<div class="layout">
<main id="content">
<article class="policy">
{article}
</article>
<div class="page-meta">Page owner: Digital and Informatics. Last reviewed 9 September 2026.</div>
</main>
<aside class="related" aria-label="Related content">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/digital/ai-tools-register">AI Tools Register</a></li>
    <li><a href="/digital/copilot">Getting started with Copilot Chat</a></li>
    <li><a href="/policies/information-governance/ig-policy">Information Governance and Data Protection Policy</a></li>
    <li><a href="/forms/ai-assurance-request">AI Assurance Request form</a></li>
    <li><a href="/safereport">Report an incident on SafeReport</a></li>
  </ul>
  <h2>Need help?</h2>
  <p>Call the Digital Service Desk or raise a ticket on the portal.</p>
</aside>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/feedback">Give feedback on this page</a></li>
  </ul>
  <p>&copy; Harrowdene Health and Care NHS Foundation Trust. Printed copies of policies are uncontrolled; always check The Hub for the current version.</p>
</footer>
</body>
</html>
"""
(HERE / "knowledge" / f"{STEM}.html").write_text(page, encoding="utf-8")
shutil.copyfile(SRC, HERE / "originals" / f"{STEM}.md")
print("wrote", STEM)
