"""Build knowledge/rvca-genai-acceptable-use-policy.pdf (fpdf2) and the matching
originals/rvca-genai-acceptable-use-policy.md from policy_text.py."""
import re
from pathlib import Path
from fpdf import FPDF
from policy_text import TITLE, SUBTITLE, META, VERSIONS, BODY

HERE = Path(__file__).parent
STEM = "rvca-genai-acceptable-use-policy"
(HERE / "knowledge").mkdir(exist_ok=True)
(HERE / "originals").mkdir(exist_ok=True)

lines = [l for l in BODY.strip().splitlines() if l.strip()]

# ---- PDF ----
pdf = FPDF(format="A4")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.set_title(SUBTITLE)
pdf.set_author(TITLE)
pdf.add_page()
pdf.set_font("Helvetica", "B", 18)
pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 14)
pdf.multi_cell(0, 8, SUBTITLE, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "", 10)
for k, v in META:
    pdf.multi_cell(0, 5.5, f"{k}: {v}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 10)
pdf.multi_cell(0, 6, "Version history", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
with pdf.table(col_widths=(18, 32, 120), text_align="LEFT") as table:
    for i, row in enumerate(VERSIONS):
        r = table.row()
        for cell in row:
            r.cell(cell)
pdf.ln(6)
for l in lines:
    if l.startswith("# "):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, l[2:], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    else:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.2, l, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
pdf.output(str(HERE / "knowledge" / f"{STEM}.pdf"))

# ---- originals markdown (same text, same numbering) ----
md = [f"# {SUBTITLE}", "", TITLE, ""]
for k, v in META:
    md += [f"{k}: {v}", ""]
md += ["Version history", ""]
md.append("| " + " | ".join(VERSIONS[0]) + " |")
md.append("| --- | --- | --- |")
for row in VERSIONS[1:]:
    md.append("| " + " | ".join(row) + " |")
md.append("")
for l in lines:
    if l.startswith("# "):
        md += [f"## {l[2:]}", ""]
    else:
        md += [l, ""]
(HERE / "originals" / f"{STEM}.md").write_text("\n".join(md))
print("words in body:", len(BODY.split()))
