"""Build knowledge/genai-policy.html (intranet page as served) and originals/genai-policy.md
from policy_text.py; copy knowledge/staff-faq.md to originals/. Run with any Python 3."""
import html, shutil, pathlib
from policy_text import TITLE, META, INTRO, SECTIONS

OUT = pathlib.Path(__file__).parent
K, O = OUT / "knowledge", OUT / "originals"
K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
e = html.escape

# ---------- Markdown original ----------
md = [f"# {TITLE}", ""]
for k, v in META:
    md.append(f"{k}: {v}  ")
md += ["", INTRO, ""]
for num, head, paras in SECTIONS:
    md += [f"## {num}. {head}", ""]
    for cid, text in paras:
        md += [f"{cid} {text}" if cid else text, ""]
(O / "genai-policy.md").write_text("\n".join(md), encoding="utf-8")

# ---------- HTML as served by the intranet ----------
body = []
body.append(f'<h1 class="page-title">{e(TITLE)}</h1>')
body.append('<table class="doc-meta"><tbody>')
for k, v in META:
    body.append(f'<tr><th scope="row">{e(k)}</th><td>{e(v)}</td></tr>')
body.append('</tbody></table>')
body.append(f'<p class="lead">{e(INTRO)}</p>')
for num, head, paras in SECTIONS:
    body.append(f'<section class="policy-section" id="section-{num}">')
    body.append(f'<h2>{num}. {e(head)}</h2>')
    for cid, text in paras:
        if cid:
            body.append(f'<p class="clause" id="clause-{cid}">{cid} {e(text)}</p>')
        else:
            body.append(f'<p class="clause-item">{e(text)}</p>')
    body.append('</section>')
content = "\n".join(body)

page = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)} | Y Cwm – staff intranet | Cwm Arian National Park Authority</title>
<link rel="stylesheet" href="/static/css/ycwm.min.css?v=4.12.1">
<link rel="alternate" hreflang="cy" href="/cy/polisiau/deallusrwydd-artiffisial">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('consent','default',{{'analytics_storage':'denied'}});</script>
<script src="/static/js/vendor/jquery-3.7.1.min.js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"/"}},{{"@type":"ListItem","position":2,"name":"Policies and procedures","item":"/policies"}},{{"@type":"ListItem","position":3,"name":"Information and digital","item":"/policies/information-digital"}}]}}</script>
</head>
<body class="page-policy">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on Y Cwm">
  <p>We use essential cookies to make Y Cwm work. We would also like to set analytics cookies to understand how you use the intranet.</p>
  <button type="button" class="btn" data-cookie="accept">Accept analytics cookies</button>
  <button type="button" class="btn btn-secondary" data-cookie="reject">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/static/img/cwm-arian-logo.svg" alt="Cwm Arian National Park Authority – Y Cwm staff intranet"></a></div>
  <div class="lang-toggle"><a href="/cy/polisiau/deallusrwydd-artiffisial" lang="cy">Cymraeg</a></div>
  <form class="site-search" action="/search" role="search"><label for="q">Search Y Cwm</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="primary-nav" aria-label="Main menu">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/teams">Teams and directorates</a></li>
      <li class="active"><a href="/policies">Policies and procedures</a></li>
      <li><a href="/hr">HR and pay</a></li>
      <li><a href="/it">IT help</a></li>
      <li><a href="/health-safety">Health and safety</a></li>
      <li><a href="/rangers">Ranger Service</a></li>
      <li><a href="/directory">Staff directory</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/policies">Policies and procedures</a></li>
    <li><a href="/policies/information-digital">Information and digital</a></li>
    <li aria-current="page">Using Generative AI at Work</li>
  </ol>
</nav>
<div class="layout">
<aside class="sidebar" aria-label="In this section">
  <h2 class="sidebar-title">Information and digital</h2>
  <ul>
    <li><a href="/policies/information-security">Information Security Policy</a></li>
    <li><a href="/policies/data-protection">Data Protection Policy</a></li>
    <li><a href="/policies/information-handling-scheme">Information Handling Scheme (Trail Markers)</a></li>
    <li><a href="/policies/records-management">Records Management Policy</a></li>
    <li class="current"><a href="/policies/generative-ai">Using Generative AI at Work</a></li>
    <li><a href="/policies/generative-ai/faq">Generative AI: staff FAQ</a></li>
  </ul>
  <div class="page-tools"><a href="/policies/generative-ai/print" class="print-link">Print this page</a></div>
</aside>
<main id="main-content" class="content" role="main">
<article class="policy-document" data-docref="IG-POL-014">
{content}
</article>
<script>
  (function () {{
    var anchors = document.querySelectorAll('.policy-section h2');
    var toc = document.createElement('nav'); toc.className = 'on-this-page';
    anchors.forEach(function (h) {{ var a = document.createElement('a'); a.href = '#' + h.parentNode.id; a.textContent = h.textContent; toc.appendChild(a); }});
    document.querySelector('.sidebar').appendChild(toc);
  }})();
</script>
<div class="page-feedback">
  <h2>Was this page useful?</h2>
  <form action="/feedback" method="post"><button name="useful" value="yes">Yes</button> <button name="useful" value="no">No</button></form>
</div>
<p class="last-updated">Page last updated: 21 January 2026 by Digital and Information Services</p>
</main>
</div>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/privacy">Staff privacy notice</a></li>
    <li><a href="/it/report-a-problem">Report a problem with this page</a></li>
  </ul>
  <p>&copy; Cwm Arian National Park Authority / Awdurdod Parc Cenedlaethol Cwm Arian. Y Cwm is for Authority staff and volunteers only.</p>
</footer>
<script src="/static/js/ycwm.bundle.js?v=4.12.1" defer></script>
<script>document.querySelectorAll('[data-cookie]').forEach(function(b){{b.addEventListener('click',function(){{document.cookie='ycwm_consent='+b.dataset.cookie+';path=/;max-age=31536000';document.getElementById('cookie-banner').hidden=true;}});}});</script>
</body>
</html>
"""
(K / "genai-policy.html").write_text(page, encoding="utf-8")
shutil.copyfile(K / "staff-faq.md", O / "staff-faq.md")
words = sum(len(t.split()) for _, _, ps in SECTIONS for _, t in ps)
print("policy clause words:", words)
