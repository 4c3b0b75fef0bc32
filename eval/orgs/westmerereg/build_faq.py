"""Builds knowledge/westmere-ai-faq.html (intranet page) and originals/westmere-ai-faq.md"""
import os, html
from policy_text import FAQ_TITLE, FAQ_INTRO, FAQ, slug
HERE = os.path.dirname(os.path.abspath(__file__))
e = html.escape
parts = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{e(FAQ_TITLE)} | Westmere Staff Intranet</title></head><body>",
 '<header><nav><a href="/">Westmere Staff Intranet</a> &gt; <a href="/services/registration">Registration and Coroner Support</a> &gt; AI FAQ</nav></header>',
 "<main>", f"<h1>{e(FAQ_TITLE)}</h1>", f"<p>{e(FAQ_INTRO)}</p>"]
md = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]
for q, ans in FAQ:
    parts.append(f'<h2 id="{slug(q)}">{e(q)}</h2>'); md += [f"## {q}", ""]
    for a in ans: parts.append(f"<p>{e(a)}</p>"); md += [a, ""]
parts += ["</main>", "<footer><p>Westmere County Council &copy; 2026. Page owner: Registration Service Manager.</p></footer>", "</body></html>"]
open(os.path.join(HERE, "knowledge", "westmere-ai-faq.html"), "w").write("\n".join(parts))
open(os.path.join(HERE, "originals", "westmere-ai-faq.md"), "w").write("\n".join(md))
