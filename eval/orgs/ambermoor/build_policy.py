"""Build the Ambermoor knowledge files and originals.
knowledge/genai-acceptable-use-policy.html  (intranet page)
knowledge/genai-staff-faq.txt               (plain-text FAQ, headings underlined with ---)
originals/genai-acceptable-use-policy.md    (same text and clause numbering as the HTML)
originals/genai-staff-faq.txt               (identical copy)
"""
import html, os, shutil
from policy_text import TITLE, PREAMBLE, SECTIONS
import faq_text

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge"); O = os.path.join(HERE, "originals")
os.makedirs(K, exist_ok=True); os.makedirs(O, exist_ok=True)
e = html.escape

def build_html():
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(TITLE)} | AmberNet</title>", "</head>", "<body>",
           '<header class="site-header"><a href="/">AmberNet</a> | Ambermoor University Hospitals NHS Foundation Trust staff intranet'
           '<form role="search"><input type="search" placeholder="Search AmberNet"></form></header>',
           '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/policies">Policies and procedures</a> &gt; <a href="/policies/ig">Information governance</a></nav>',
           "<main>", f"<h1>{e(TITLE)}</h1>"]
    for p in PREAMBLE:
        out.append(f'<p class="doc-meta">{e(p)}</p>')
    for num, head, items in SECTIONS:
        out.append(f'<h2 id="s{num}">{num}. {e(head)}</h2>')
        for cid, text in items:
            if cid == "H3":
                out.append(f"<h3>{e(text)}</h3>")
            else:
                out.append(f"<p>{cid} {e(text)}</p>")
    out += ["</main>",
            '<aside class="related"><h2>Related pages</h2><ul><li><a href="/it/copilot">Getting started with Copilot Chat</a></li>'
            '<li><a href="/ig">Information Governance team</a></li></ul></aside>',
            '<footer>&copy; Ambermoor University Hospitals NHS Foundation Trust. Page owner: Information Governance. '
            'If you print this page, check AmberNet for the latest version.</footer>',
            "</body>", "</html>", ""]
    with open(os.path.join(K, "genai-acceptable-use-policy.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

def build_md():
    out = [f"# {TITLE}", ""]
    for p in PREAMBLE:
        out += [p, ""]
    for num, head, items in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for cid, text in items:
            out += ([f"### {text}", ""] if cid == "H3" else [f"{cid} {text}", ""])
    with open(os.path.join(O, "genai-acceptable-use-policy.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

def build_faq():
    t = faq_text.TITLE
    out = [t, "=" * len(t), "", faq_text.INTRO, ""]
    for q, a in faq_text.QA:
        out += [q, "-" * len(q), "", a, ""]
    p = os.path.join(K, "genai-staff-faq.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    shutil.copyfile(p, os.path.join(O, "genai-staff-faq.txt"))

if __name__ == "__main__":
    build_html(); build_md(); build_faq()
    import re
    words = sum(len(re.findall(r"\S+", t)) for _, _, it in SECTIONS for _, t in it)
    print("policy words (clauses):", words)
