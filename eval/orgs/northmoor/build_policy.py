"""Build knowledge/nmca-genai-acceptable-use-policy.docx and its same-stem Markdown original
from policy_text.py (one source, so the two always carry the same text and numbering)."""
import re
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from policy_text import TITLE, SUBTITLE, DOC_CONTROL, REVISIONS, BODY

HERE = Path(__file__).parent
STEM = "nmca-genai-acceptable-use-policy"


def contents_rows():
    rows = []
    for kind, text in BODY:
        if kind != "h1":
            continue
        m = re.match(r"(\d+)\.\s+(.*)", text)
        if m:
            rows.append((m.group(1), m.group(2)))
        else:
            m = re.match(r"(Appendix [A-Z]) – (.*)", text)
            rows.append((m.group(1), m.group(2)))
    return rows


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Northmoor Combined Authority – Information Governance"
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    p = doc.add_paragraph()
    p.add_run("Contents").bold = True
    table(doc, ["Section", "Title"], contents_rows(), widths=[3, 13])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    table(doc, ["Item", "Detail"], DOC_CONTROL, widths=[4, 12])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Revision history").bold = True
    table(doc, ["Version", "Date", "Author / approver", "Summary of changes"], REVISIONS,
          widths=[1.8, 2.6, 4, 7.6])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "b":
            para = doc.add_paragraph(text)
            para.paragraph_format.left_indent = Cm(1.2)
        else:
            para = doc.add_paragraph(text)
            if re.match(r"\d+\.\d+\([a-z]\)", text):
                para.paragraph_format.left_indent = Cm(1.2)
            para.paragraph_format.space_after = Pt(6)
    doc.save(path)


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def build_md(path):
    parts = [f"# {TITLE}", "", SUBTITLE, "", "**Contents**", "",
             md_table(["Section", "Title"], contents_rows()), "",
             "**Document control**", "", md_table(["Item", "Detail"], DOC_CONTROL), "",
             "**Revision history**", "",
             md_table(["Version", "Date", "Author / approver", "Summary of changes"], REVISIONS), ""]
    for kind, text in BODY:
        if kind == "h1":
            parts += [f"## {text}", ""]
        elif kind == "h2":
            parts += [f"### {text}", ""]
        else:
            parts += [text, ""]
    path.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    (HERE / "knowledge").mkdir(exist_ok=True)
    (HERE / "originals").mkdir(exist_ok=True)
    build_docx(HERE / "knowledge" / f"{STEM}.docx")
    build_md(HERE / "originals" / f"{STEM}.md")
    words = sum(len(t.split()) for _, t in BODY)
    print("body words:", words)
