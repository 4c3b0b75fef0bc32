"""Build knowledge/<stem>.docx and originals/<stem>.md from policy_text.py.

Run with /work/main/.venv/bin/python (python-docx). The .docx uses a Word Title, Heading 1
section headings with typed numbers ("7. Which information ..."), Normal paragraphs with typed
clause numbers ("7.2 Working ..."), List Bullet paragraphs and a definitions table (inside
clause 3.1). The .md carries exactly the same text and numbering.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from policy_text import BLOCKS, STEM

OUT = Path(__file__).resolve().parent


def build_docx(path: Path) -> None:
    doc = Document()
    doc.core_properties.title = "Generative AI Acceptable Use Policy"
    doc.core_properties.author = "Wealdmoor County Council, Digital Services"
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_paragraph(content, style="Title")
        elif kind == "meta":
            doc.add_paragraph(content)
        elif kind in ("h", "appx"):
            doc.add_paragraph(content, style="Heading 1")
        elif kind == "sub":
            doc.add_paragraph(content, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "b":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            table = doc.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)


def build_md(path: Path) -> None:
    lines = []
    for kind, content in BLOCKS:
        if kind == "title":
            lines += [f"# {content}", ""]
        elif kind == "meta":
            lines += [content, ""]
        elif kind in ("h", "appx"):
            lines += [f"## {content}", ""]
        elif kind == "sub":
            lines += [f"### {content}", ""]
        elif kind == "p":
            lines += [content, ""]
        elif kind == "b":
            lines += [f"- {content}", ""]
        elif kind == "table":
            head, *rows = content
            lines.append("| " + " | ".join(head) + " |")
            lines.append("| " + " | ".join("---" for _ in head) + " |")
            for row in rows:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    build_docx(OUT / "knowledge" / f"{STEM}.docx")
    build_md(OUT / "originals" / f"{STEM}.md")
    words = sum(len(" ".join(r).split()) for k, c in BLOCKS if k == "table" for r in c)
    words += sum(len(c.split()) for k, c in BLOCKS if k != "table")
    print("words:", words)
