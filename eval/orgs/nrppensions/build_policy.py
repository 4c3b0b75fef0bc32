"""Build the NRPP generative AI policy: PDF for knowledge/, identical-text .md for originals/.

Source text: policy_text.md (Markdown: '# ' title, '## ' numbered section headings,
paragraphs beginning with their clause number). Run with /work/main/.venv/bin/python.
"""
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).parent
STEM = "nrpp-generative-ai-policy"
src = (HERE / "policy_text.md").read_text(encoding="utf-8")
assert all(ord(c) < 256 for c in src), "core PDF fonts need latin-1 text"

(HERE / "originals").mkdir(exist_ok=True)
(HERE / "knowledge").mkdir(exist_ok=True)
(HERE / "originals" / f"{STEM}.md").write_text(src, encoding="utf-8")


class PolicyPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110)
        self.cell(0, 6, f"NRPP Generative AI Acceptable Use Policy v1.1 - OFFICIAL - page {self.page_no()}", align="C")
        self.set_text_color(0)


pdf = PolicyPDF(format="A4")
pdf.set_title("Generative Artificial Intelligence (AI) Acceptable Use Policy")
pdf.set_author("Northern Regional Pensions Partnership")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()

for block in src.split("\n\n"):
    block = block.strip()
    if not block:
        continue
    if block.startswith("# "):
        pdf.set_font("Helvetica", "B", 17)
        pdf.multi_cell(0, 8, block[2:], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif block.startswith("## "):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12.5)
        pdf.multi_cell(0, 7, block[3:], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    else:
        pdf.set_font("Helvetica", "", 10.5)
        for line in block.split("\n"):
            indent = 8 if line.startswith("(") else 0
            if indent:
                pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.4, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)

pdf.output(str(HERE / "knowledge" / f"{STEM}.pdf"))
print("wrote", STEM)
