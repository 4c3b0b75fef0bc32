"""Build the NHGA GenAI policy as .docx (knowledge/) and .md (originals/), and copy the register CSV."""
import shutil, os, re
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, META, ITEMS
HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "nhga-generative-ai-policy"
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph(TITLE, style="Title")
for m in META:
    doc.add_paragraph(m)
md = [f"# {TITLE}", ""] + [m + "\n" for m in META]
for kind, text in ITEMS:
    if kind in ("h", "app"):
        doc.add_paragraph(text, style="Heading 1"); md += [f"## {text}", ""]
    elif kind == "sub":
        doc.add_paragraph(text, style="Heading 2"); md += [f"### {text}", ""]
    elif kind == "b":
        doc.add_paragraph(text, style="List Bullet"); md += [f"- {text}", ""]
    else:
        doc.add_paragraph(text); md += [text, ""]
doc.save(os.path.join(HERE, "knowledge", STEM + ".docx"))
open(os.path.join(HERE, "originals", STEM + ".md"), "w").write("\n".join(md))
shutil.copy(os.path.join(HERE, "knowledge", "ai-tools-register.csv"), os.path.join(HERE, "originals", "ai-tools-register.csv"))
words = sum(len(t.split()) for _, t in ITEMS) + len(TITLE.split()) + sum(len(m.split()) for m in META)
print("words", words)
