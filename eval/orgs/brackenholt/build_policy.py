"""Build knowledge/generative-ai-staff-policy.html (as served by StaffNet) and originals/generative-ai-staff-policy.md
from policy_text.py, and copy the FAQ markdown to both folders."""
import html, shutil, pathlib
import policy_text as t

OUT = pathlib.Path(__file__).parent
K, O = OUT / "knowledge", OUT / "originals"
K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
e = html.escape

# ---------- Markdown original ----------
md = [f"# {t.TITLE}", ""]
for k, v in t.META:
    md.append(f"**{k}:** {v}  ")
md += ["", t.INTRO, ""]
for kind, x in t.B:
    if kind == "h2":
        md += [f"## {x}", ""]
    elif kind == "h3":
        md += [f"### {x}", ""]
    elif kind == "p":
        md += [x, ""]
    elif kind == "ul":
        md += [f"- {i}" for i in x] + [""]
    elif kind == "table":
        head, rows = x
        md.append("| " + " | ".join(head) + " |")
        md.append("|" + "---|" * len(head))
        md += ["| " + " | ".join(r) + " |" for r in rows]
        md.append("")
(O / "generative-ai-staff-policy.md").write_text("\n".join(md), encoding="utf-8")

# ---------- HTML as served ----------
body = []
for kind, x in t.B:
    if kind == "h2":
        sid = "section-" + x.split(".")[0].split(" ")[0].lower().replace("appendix", "appendix-a")
        body.append(f'        <h2 id="{sid}">{e(x)}</h2>')
    elif kind == "h3":
        body.append(f"        <h3>{e(x)}</h3>")
    elif kind == "p":
        body.append(f"        <p>{e(x)}</p>")
    elif kind == "ul":
        body.append("        <ul>\n" + "\n".join(f"          <li>{e(i)}</li>" for i in x) + "\n        </ul>")
    elif kind == "table":
        head, rows = x
        th = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
        trs = "\n".join("            <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
        body.append(f'        <div class="table-wrap">\n          <table class="sn-table">\n            <caption class="visually-hidden">Assessed tools and their permissions</caption>\n            <thead><tr>{th}</tr></thead>\n            <tbody>\n{trs}\n            </tbody>\n          </table>\n        </div>')
meta = "\n".join(f"            <tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in t.META)
toc = "\n".join(
    f'            <li><a href="#section-{x.split(".")[0].split(" ")[0].lower().replace("appendix", "appendix-a")}">{e(x)}</a></li>'
    for kind, x in t.B if kind == "h2")

page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t.TITLE)} | StaffNet | Brackenholt Learning Trust</title>
  <meta name="description" content="How staff across Brackenholt Learning Trust may use generative AI tools, by class of information.">
  <link rel="stylesheet" href="/assets/css/staffnet.min.css?v=4.12.0">
  <link rel="icon" href="/assets/img/favicon.ico">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('consent', 'default', {{'analytics_storage': 'denied'}});</script>
  <script async src="/assets/js/analytics-loader.js"></script>
</head>
<body class="sn-body page-policy">
  <a class="skip-link" href="#main-content">Skip to main content</a>

  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on StaffNet">
    <h2 class="cookie-banner__heading">Cookies on StaffNet</h2>
    <p>We use some essential cookies to make StaffNet work. We would also like to use analytics cookies so we can understand how you use the intranet and make improvements.</p>
    <button type="button" class="btn" data-cookie="accept">Accept analytics cookies</button>
    <button type="button" class="btn btn--secondary" data-cookie="reject">Reject analytics cookies</button>
    <a href="/help/cookies">View cookies</a>
  </div>

  <header class="sn-header" role="banner">
    <div class="sn-header__inner">
      <a class="sn-header__logo" href="/"><img src="/assets/img/blt-logo.svg" alt="Brackenholt Learning Trust StaffNet"></a>
      <form class="sn-search" action="/search" method="get" role="search">
        <label for="q" class="visually-hidden">Search StaffNet</label>
        <input id="q" name="q" type="search" placeholder="Search StaffNet">
        <button type="submit">Search</button>
      </form>
      <a class="sn-header__account" href="/account">My account</a>
    </div>
    <nav class="sn-nav" aria-label="Main menu">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/our-academies">Our academies</a></li>
        <li><a href="/teaching-and-learning">Teaching and learning</a></li>
        <li><a href="/hr">HR and wellbeing</a></li>
        <li><a href="/it-services">IT Services</a></li>
        <li><a href="/policies" aria-current="true">Policies</a></li>
        <li><a href="/contacts">Contacts</a></li>
      </ul>
    </nav>
  </header>

  <div class="sn-breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">StaffNet</a></li>
      <li><a href="/policies">Policies</a></li>
      <li><a href="/policies/digital">Digital and data</a></li>
      <li aria-current="page">{e(t.TITLE)}</li>
    </ol>
  </div>

  <div class="sn-layout">
    <aside class="sn-sidebar" aria-label="On this page">
      <p class="sn-sidebar__title">On this page</p>
      <ul class="sn-toc">
{toc}
      </ul>
    </aside>

    <main id="main-content" class="sn-main" role="main">
      <article class="policy">
        <h1>{e(t.TITLE)}</h1>
        <table class="policy-meta">
          <tbody>
{meta}
          </tbody>
        </table>
        <p class="lead">{e(t.INTRO)}</p>
{chr(10).join(body)}
      </article>
    </main>
  </div>

  <section class="sn-feedback" aria-label="Page feedback">
    <p>Was this page useful? <a href="/feedback?page=genai-policy&amp;v=yes">Yes</a> <a href="/feedback?page=genai-policy&amp;v=no">No</a></p>
    <p class="sn-updated">Page last updated: 13 March 2026 by Digital Learning Team</p>
  </section>

  <footer class="sn-footer" role="contentinfo">
    <div class="sn-footer__cols">
      <div>
        <h2 class="sn-footer__heading">Support</h2>
        <ul>
          <li><a href="/it-services/service-desk">IT service desk</a></li>
          <li><a href="/hr/employee-assistance">Employee assistance programme</a></li>
          <li><a href="/safeguarding/report-a-concern">Report a safeguarding concern</a></li>
        </ul>
      </div>
      <div>
        <h2 class="sn-footer__heading">About StaffNet</h2>
        <ul>
          <li><a href="/help/accessibility">Accessibility statement</a></li>
          <li><a href="/help/cookies">Cookies</a></li>
          <li><a href="/help/privacy">Staff privacy notice</a></li>
        </ul>
      </div>
    </div>
    <p class="sn-footer__legal">&copy; 2026 Brackenholt Learning Trust. A charitable company limited by guarantee, registered in England and Wales.</p>
  </footer>

  <script src="/assets/js/jquery-3.7.1.min.js"></script>
  <script src="/assets/js/staffnet.bundle.js?v=4.12.0"></script>
  <script>
    document.querySelectorAll('[data-cookie]').forEach(function (b) {{
      b.addEventListener('click', function () {{
        document.cookie = 'sn_consent=' + b.dataset.cookie + ';path=/;max-age=31536000';
        document.getElementById('cookie-banner').hidden = true;
      }});
    }});
  </script>
</body>
</html>
"""
(K / "generative-ai-staff-policy.html").write_text(page, encoding="utf-8")

# ---------- FAQ: identical copy in both folders ----------
shutil.copyfile(OUT / "staff-ai-faq.src.md", K / "staff-ai-faq.md")
shutil.copyfile(OUT / "staff-ai-faq.src.md", O / "staff-ai-faq.md")

(K / "sources.yaml").write_text("""generative-ai-staff-policy.html:
  title: Generative AI - Staff Use Policy
  owner: Director of Digital Learning
  version: "2.1 (March 2026)"
  url: https://staffnet.brackenholt.org.uk/policies/digital/generative-ai-staff-policy
staff-ai-faq.md:
  title: Generative AI - staff FAQ
  owner: Digital Learning Team
  version: "March 2026"
  url: https://staffnet.brackenholt.org.uk/teaching-and-learning/ai/faq
""", encoding="utf-8")
print("built")
