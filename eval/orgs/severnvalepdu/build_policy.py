"""Build knowledge/svpdu-generative-ai-policy.pdf (fpdf2) and originals/svpdu-generative-ai-policy.md from policy_text.T."""
from pathlib import Path
from fpdf import FPDF
from policy_text import T

OUT = Path(__file__).parent
STEM = "svpdu-generative-ai-policy"

pdf = FPDF(format="A4")
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(20, 18, 20)
pdf.set_title("Severn Vale PDU - Generative AI Use Policy")
pdf.set_author("Severn Vale Probation Delivery Unit")
pdf.add_page()
md = []
for kind, text in T:
    if kind == "title":
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        md += [f"# {text}", ""]
    elif kind == "meta":
        pdf.set_font("Helvetica", "I", 9)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        md += [text, ""]
    elif kind in ("h", "app"):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        md += [f"## {text}", ""]
    else:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        md += [text, ""]
(OUT / "knowledge").mkdir(exist_ok=True)
(OUT / "originals").mkdir(exist_ok=True)
pdf.output(str(OUT / "knowledge" / f"{STEM}.pdf"))
(OUT / "originals" / f"{STEM}.md").write_text("\n".join(md), encoding="utf-8")
print("built")
