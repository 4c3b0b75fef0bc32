"""Build Lunebeck Homes' knowledge folder and originals.

knowledge/genai-use-policy.html  intranet page (nav, cookie banner, breadcrumbs, footer)
knowledge/copilot-quick-start.md  Copilot Chat quick start guide (hand-written, copied)
knowledge/sources.yaml            per-file metadata
originals/genai-use-policy.md     same text and numbering as the HTML page
originals/copilot-quick-start.md  identical copy
"""
import html, os, shutil
from policy_text import TITLE, META, BLOCKS

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge"); O = os.path.join(HERE, "originals")
os.makedirs(K, exist_ok=True); os.makedirs(O, exist_ok=True)
e = lambda s: html.escape(s, quote=False)

def build_md():
    out = [f"# {TITLE}", ""]
    for m in META:
        out += [m, ""]
    for kind, text in BLOCKS:
        if kind == "h2":
            out += [f"## {text}", ""]
        elif kind == "h3":
            out += [f"### {text}", ""]
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"

def build_html():
    body = []
    in_list = False
    for kind, text in BLOCKS:
        if kind != "item" and in_list:
            body.append("      </ul>"); in_list = False
        if kind == "h2":
            num = text.split(".")[0]
            body.append(f'      <h2 id="s{num}">{e(text)}</h2>')
        elif kind == "h3":
            body.append(f"      <h3>{e(text)}</h3>")
        elif kind == "item":
            if not in_list:
                body.append('      <ul class="clause-items">'); in_list = True
            body.append(f"        <li>{e(text)}</li>")
        else:
            body.append(f"      <p>{e(text)}</p>")
    if in_list:
        body.append("      </ul>")
    toc = "\n".join(f'          <li><a href="#s{t.split(".")[0]}">{e(t)}</a></li>'
                    for k, t in BLOCKS if k == "h2")
    meta = "\n".join(f"        <li>{e(m)}</li>" for m in META)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{e(TITLE)} | The Hub - Lunebeck Homes intranet</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/hub.css">
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
    <p>We use essential cookies to make The Hub work, and analytics cookies to understand how pages are used. You can accept or reject analytics cookies.</p>
    <button type="button" id="cookie-accept">Accept analytics cookies</button>
    <button type="button" id="cookie-reject">Reject analytics cookies</button>
    <a href="/help/cookies">Cookie settings</a>
  </div>
  <header class="site-header">
    <a class="skip-link" href="#main">Skip to main content</a>
    <a class="logo" href="/">Lunebeck Homes <span>The Hub</span></a>
    <form class="site-search" action="/search" role="search"><label for="q">Search The Hub</label><input id="q" name="q" type="search"><button>Search</button></form>
    <nav class="primary-nav" aria-label="Main menu">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/teams">Teams and directorates</a></li>
        <li><a href="/policies" aria-current="page">Policies and procedures</a></li>
        <li><a href="/hr">HR and wellbeing</a></li>
        <li><a href="/ict">ICT and digital</a></li>
        <li><a href="/ai">AI at Lunebeck</a></li>
        <li><a href="/people">People finder</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/policies">Policies and procedures</a></li>
      <li><a href="/policies/information-governance">Information governance</a></li>
      <li>{e(TITLE)}</li>
    </ol>
  </nav>
  <div class="page">
    <aside class="page-contents" aria-label="On this page">
      <nav>
        <p class="visually-hidden">On this page</p>
        <ul>
{toc}
        </ul>
        <p><a href="/ai/copilot-quick-start">Copilot Chat quick start</a></p>
        <p><a href="/policies/information-governance/genai-use-policy.pdf">Download a printable version</a></p>
      </nav>
    </aside>
    <main id="main">
      <article class="policy">
      <h1>{e(TITLE)}</h1>
      <ul class="policy-meta">
{meta}
      </ul>
{chr(10).join(body)}
      </article>
    </main>
  </div>
  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/help/accessibility">Accessibility statement</a></li>
        <li><a href="/help/cookies">Cookies</a></li>
        <li><a href="/help/privacy">Colleague privacy notice</a></li>
        <li><a href="/ict/service-desk">ICT Service Desk</a></li>
        <li><a href="/feedback">Feedback on this page</a></li>
      </ul>
    </nav>
    <p>Lunebeck Homes is a registered society (Reg. no. 31877R) and a registered provider of social housing (RSH reg. no. L4862). Page owner: Information Governance. Last reviewed 3 February 2026.</p>
    <p>&copy; 2026 Lunebeck Homes. Internal use only.</p>
  </footer>
  <script src="/assets/cookie-banner.js"></script>
</body>
</html>
"""

SOURCES = """genai-use-policy.html:
  title: Generative AI Use Policy
  owner: Director of Customer & Digital
  version: "2.1 (February 2026)"
  url: https://thehub.lunebeck.org.uk/policies/information-governance/genai-use-policy
copilot-quick-start.md:
  title: Copilot Chat quick start
  owner: Information Governance and the AI Champions network
  version: "1.3 (February 2026)"
  url: https://thehub.lunebeck.org.uk/ai/copilot-quick-start
"""

if __name__ == "__main__":
    with open(os.path.join(K, "genai-use-policy.html"), "w", encoding="utf-8") as f:
        f.write(build_html())
    with open(os.path.join(O, "genai-use-policy.md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    with open(os.path.join(K, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write(SOURCES)
    shutil.copyfile(os.path.join(HERE, "copilot-quick-start.src.md"), os.path.join(K, "copilot-quick-start.md"))
    shutil.copyfile(os.path.join(HERE, "copilot-quick-start.src.md"), os.path.join(O, "copilot-quick-start.md"))
    md = build_md()
    print("policy words:", len(md.split()))
