"""Builds knowledge/morvern-genai-policy.docx and originals/morvern-genai-policy.md from policy_text.py."""
import os, shutil
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, ORG, VERSION, S
HERE = os.path.dirname(os.path.abspath(__file__))
K, O = os.path.join(HERE, "knowledge"), os.path.join(HERE, "originals")
STEM = "morvern-genai-policy"

doc = Document()
doc.add_paragraph(ORG)
doc.add_heading(TITLE, level=0)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in VERSION:
    r = t.add_row().cells; r[0].text = a; r[1].text = b
md = [f"# {TITLE}", "", ORG, ""] + [f"| {a} | {b} |" if i else f"| {a} | {b} |\n| --- | --- |" for i, (a, b) in enumerate(VERSION)] + [""]
for num, head, paras in S:
    doc.add_heading(f"{num}. {head}", level=1)
    md += [f"## {num}. {head}", ""]
    for p in paras:
        if p.startswith("("):
            para = doc.add_paragraph(p); para.paragraph_format.left_indent = Pt(28)
        else:
            doc.add_paragraph(p)
        md += [p, ""]
doc.save(os.path.join(K, STEM + ".docx"))
open(os.path.join(O, STEM + ".md"), "w").write("\n".join(md))
shutil.copy(os.path.join(K, "mhb-ai-staff-faq.txt"), os.path.join(O, "mhb-ai-staff-faq.txt"))
ids = []
for num, head, paras in S:
    ids.append(num)
    ids += [p.split(" ", 1)[0] for p in paras if not p.startswith("(")]
pass  # clause_ids.txt is written by check.py
print("ok", len(ids))
