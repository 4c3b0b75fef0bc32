"""Build knowledge/kdc-generative-ai-policy.docx and originals/kdc-generative-ai-policy.md
from policy_text.py (same text, same numbering). Run: /work/main/.venv/bin/python build_policy.py"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, META, VERSION_TABLE, META_AFTER, BLOCKS

HERE = Path(__file__).parent
STEM = "kdc-generative-ai-policy"

def build_docx():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.core_properties.title = TITLE
    d.core_properties.author = "Kilnworth District Council"
    d.add_paragraph(TITLE, style="Title")
    for m in META:
        d.add_paragraph(m)
    t = d.add_table(rows=len(VERSION_TABLE), cols=len(VERSION_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(VERSION_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    for m in META_AFTER:
        d.add_paragraph(m)
    for kind, text in BLOCKS:
        if kind in ("h1", "appendix"):
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    out = HERE / "knowledge" / f"{STEM}.docx"
    d.save(out)
    return out

def build_md():
    lines = [f"# {TITLE}", ""]
    for m in META:
        lines += [m, ""]
    hdr, *rows = VERSION_TABLE
    lines.append("| " + " | ".join(hdr) + " |")
    lines.append("|" + "---|" * len(hdr))
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    lines.append("")
    for m in META_AFTER:
        lines += [m, ""]
    for kind, text in BLOCKS:
        if kind in ("h1", "appendix"):
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        else:
            lines += [text, ""]
    out = HERE / "originals" / f"{STEM}.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out

def check(docx_path, md_path):
    import re
    paras = [p.text for p in Document(docx_path).paragraphs if p.text.strip()]
    lines = [re.sub(r"^#+\s*", "", l) for l in md_path.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("|")]
    assert paras == lines, "docx and md differ"
    print("docx and md text match:", len(paras), "paragraphs")

if __name__ == "__main__":
    dx, md = build_docx(), build_md()
    print(dx); print(md); check(dx, md)
