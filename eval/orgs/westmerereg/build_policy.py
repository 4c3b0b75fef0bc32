"""Builds knowledge/westmere-ai-policy.docx and originals/westmere-ai-policy.md"""
import os
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, FRONT, POLICY
HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph(TITLE, style="Title")
for f in FRONT: doc.add_paragraph(f)
md = [f"# {TITLE}", ""] + [f + "\n" for f in FRONT]
for kind, num, text in POLICY:
    if kind == "h":
        doc.add_heading(f"{num}. {text}", level=1); md.append(f"## {num}. {text}\n")
    elif kind == "u":
        doc.add_heading(text, level=3); md.append(f"### {text}\n")
    else:
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(18 if "(" in num else 0)
        r = p.add_run(num + " "); r.bold = True; p.add_run(text)
        md.append(f"{num} {text}\n")
doc.save(os.path.join(HERE, "knowledge", "westmere-ai-policy.docx"))
open(os.path.join(HERE, "originals", "westmere-ai-policy.md"), "w").write("\n".join(md))
