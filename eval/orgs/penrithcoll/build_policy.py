"""Builds knowledge/pec-generative-ai-policy.docx (Word automatic numbering) and
knowledge/staff-ai-faqs.html, plus same-stem .md originals and clause_ids.txt."""
import copy, html, re, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from policy_text import *
from faq_text import *

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge"); O = os.path.join(HERE, "originals")

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    ab = OxmlElement("w:abstractNum"); ab.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); ab.append(mlt)
    for ilvl, text, indent in [(0, "%1.", 0), (1, "%1.%2", 0)]:
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in [("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text), ("w:lvlJc", "left")]:
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "720"); ind.set(qn("w:hanging"), "720"); ppr.append(ind); lvl.append(ppr)
        ab.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90"); num.append(an)
    numbering.append(num)

def set_num(p, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    i = OxmlElement("w:ilvl"); i.set(qn("w:val"), str(ilvl))
    n = OxmlElement("w:numId"); n.set(qn("w:val"), "90")
    numpr.append(i); numpr.append(n); ppr.insert(0, numpr) if False else ppr.append(numpr)

def build_docx():
    doc = Document()
    add_numbering(doc)
    doc.add_paragraph(ORG, style="Subtitle")
    doc.add_paragraph(TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for line in FRONT:
        k, v = line.split(": ", 1)
        r = t.add_row().cells; r[0].text = k; r[1].text = v
    md = [f"# {TITLE}", "", ORG, ""] + [f"- {l}" for l in FRONT] + [""]
    ids = []
    for si, (head, paras) in enumerate(SECTIONS, 1):
        h = doc.add_paragraph(head, style="Heading 1"); set_num(h, 0)
        md += [f"## {si}. {head}", ""]; ids.append(str(si))
        for pi, para in enumerate(paras, 1):
            text, bullets = (para, []) if isinstance(para, str) else para
            p = doc.add_paragraph(text, style="Normal"); set_num(p, 1)
            md += [f"{si}.{pi} {text}", ""]; ids.append(f"{si}.{pi}")
            for b in bullets:
                doc.add_paragraph(b, style="List Bullet")
                md.append(f"- {b}")
            if bullets: md.append("")
    doc.add_paragraph(APPENDIX_TITLE, style="Heading 1")
    md += [f"## {APPENDIX_TITLE}", ""]
    for cid, text in APPENDIX:
        doc.add_paragraph(f"{cid} {text}"); md += [f"{cid} {text}", ""]; ids.append(cid)
    doc.save(os.path.join(K, "pec-generative-ai-policy.docx"))
    open(os.path.join(O, "pec-generative-ai-policy.md"), "w").write("\n".join(md))
    return ["pec-generative-ai-policy.md#" + i for i in ids]

def build_html():
    e = html.escape
    body = [f"<h1>{e(FAQ_TITLE)}</h1>", f"<p>{e(FAQ_INTRO)}</p>"]
    md = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]; ids = []
    for q, answers in FAQS:
        s = slug(q); ids.append(s)
        body.append(f'<section class="faq-item">\n<h2 id="{s}">{e(q)}</h2>')
        body += [f"<p>{e(a)}</p>" for a in answers]
        body.append("</section>")
        md += [f"## {q}", ""] + [a + "\n" for a in answers]
    md += ["Page owner: Digital Learning team. Last updated 1 October 2026.", ""]
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{e(FAQ_TITLE)} | PEC Staff Intranet</title>
<link rel="stylesheet" href="/assets/intranet.css"></head>
<body>
<header class="site-header"><a href="/" class="logo">Penrith and Eden College &ndash; Staff Intranet</a>
<nav><ul><li><a href="/hr">HR</a></li><li><a href="/it">IT &amp; Digital</a></li><li><a href="/policies">Policies</a></li><li><a href="/safeguarding">Safeguarding</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/it">IT &amp; Digital</a> &rsaquo; AI FAQs</nav>
<main id="content">
{chr(10).join(body)}
<p class="updated">Page owner: Digital Learning team. Last updated 1 October 2026.</p>
</main>
<footer class="site-footer"><p>&copy; Penrith and Eden College. Internal use only. <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
    open(os.path.join(K, "staff-ai-faqs.html"), "w").write(page)
    open(os.path.join(O, "staff-ai-faqs.md"), "w").write("\n".join(md))
    return ["staff-ai-faqs.md#" + i for i in ids]

if __name__ == "__main__":
    ids = build_docx() + build_html()
    open(os.path.join(HERE, "clause_ids.txt"), "w").write("\n".join(ids) + "\n")
    open(os.path.join(K, "sources.yaml"), "w").write(
        'pec-generative-ai-policy.docx:\n  title: "Generative AI Policy for Staff"\n  owner: "Vice Principal (Curriculum and Quality)"\n  version: "2.0 (September 2026)"\n  url: "https://intranet.penrith-eden.ac.uk/policies/generative-ai"\n'
        'staff-ai-faqs.html:\n  title: "AI at PEC: staff FAQs"\n  owner: "Digital Learning team"\n  version: "October 2026"\n  url: "https://intranet.penrith-eden.ac.uk/it/ai-faqs"\n')
    print(len(ids), "clauses")
