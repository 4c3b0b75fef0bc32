"""Build knowledge/caldew-genai-policy.docx and originals/caldew-genai-policy.md from policy_text.py,
and copy the FAQ and register into originals/. Run: /work/main/.venv/bin/python build_policy.py"""
import shutil, pathlib
from docx import Document
from docx.shared import Pt
import policy_text as p

here = pathlib.Path(__file__).parent
kn, og = here / "knowledge", here / "originals"
kn.mkdir(exist_ok=True); og.mkdir(exist_ok=True)

doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph(p.TITLE, style="Title")
for line in p.PREAMBLE:
    doc.add_paragraph(line)
md = [f"# {p.TITLE}", ""] + [l + "\n" for l in p.PREAMBLE]
for num, title, paras in p.SECTIONS:
    doc.add_paragraph(f"{num}. {title}", style="Heading 1")
    md += [f"## {num}. {title}", ""]
    for para in paras:
        doc.add_paragraph(para)
        md += [para, ""]
doc.save(kn / "caldew-genai-policy.docx")
(og / "caldew-genai-policy.md").write_text("\n".join(md), encoding="utf-8")
for name in ["staff-ai-faq.txt", "ai-tools-register.csv"]:
    shutil.copyfile(kn / name, og / name)
print("built")
