"""Build knowledge/stourmouth-genai-policy.docx and originals/stourmouth-genai-policy.md."""
import os
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, FRONT, BODY

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "stourmouth-genai-policy"

def build_docx(path):
    d = Document()
    d.core_properties.title = TITLE
    d.core_properties.author = "Stourmouth City Council"
    d.add_paragraph(TITLE, style="Title")
    for kind, val in FRONT:
        if kind == "p":
            d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    for item in BODY:
        if item[0] in ("h", "ah"):
            d.add_heading(item[1], level=1)
        elif item[0] == "c":
            p = d.add_paragraph()
            r = p.add_run(item[1] + " ")
            r.bold = True
            p.add_run(item[2])
        elif item[0] == "l":
            p = d.add_paragraph(item[1])
            p.paragraph_format.left_indent = Pt(28)
    d.save(path)

def build_md(path):
    out = ["# " + TITLE, ""]
    for kind, val in FRONT:
        if kind == "p":
            out += [val, ""]
        else:
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    for item in BODY:
        if item[0] in ("h", "ah"):
            out += ["## " + item[1], ""]
        elif item[0] == "c":
            out += [f"{item[1]} {item[2]}", ""]
        else:
            out += [item[1], ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    ids = []
    for item in BODY:
        if item[0] == "h":
            ids.append(item[1].split(".")[0])
        elif item[0] == "c":
            ids.append(item[1])
    with open(os.path.join(HERE, "clause_ids.txt"), "w") as f:
        f.write("\n".join(ids) + "\n")
    print("built", len(ids), "clause ids")
