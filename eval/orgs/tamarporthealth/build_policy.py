"""Build the PDF policy and its Markdown original."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fpdf import FPDF
from policy_text import TITLE, SUBTITLE, META, SECTIONS, APPENDIX

OUT = os.path.dirname(os.path.abspath(__file__))
STEM = "tepha-generative-ai-policy"

class PDF(FPDF):
    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN"); k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"TEPHA-IG-014 Generative AI Acceptable Use Policy v1.1 - OFFICIAL - Page {self.page_no()}", align="C")

pdf = PDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16); pdf.multi_cell(0, 8, TITLE); pdf.ln(1)
pdf.set_font("Helvetica", "B", 13); pdf.multi_cell(0, 7, SUBTITLE); pdf.ln(3)
pdf.set_font("Helvetica", "", 10)
for k, v in META:
    pdf.multi_cell(0, 5.5, f"{k}: {v}")
pdf.ln(4)
W = pdf.epw
for num, head, items in SECTIONS:
    pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, f"{num}. {head}"); pdf.ln(1)
    for cno, text, letters in items:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.2, f"{cno} {text}"); pdf.ln(1)
        for l in letters:
            pdf.set_x(28); pdf.multi_cell(W - 8, 5.2, l); pdf.ln(0.5)
    pdf.ln(2)
ah, aitems = APPENDIX
pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, ah); pdf.ln(1)
pdf.set_font("Helvetica", "", 10)
for cno, text in aitems:
    pdf.multi_cell(0, 5.2, f"{cno} {text}"); pdf.ln(1)
pdf.output(os.path.join(OUT, "knowledge", STEM + ".pdf"))

md = [f"# {TITLE}", "", f"**{SUBTITLE}**", ""]
md += [f"{k}: {v}  " for k, v in META] + [""]
for num, head, items in SECTIONS:
    md += [f"## {num}. {head}", ""]
    for cno, text, letters in items:
        md += [f"{cno} {text}", ""]
        for l in letters:
            md += [l, ""]
md += [f"## {ah}", ""]
for cno, text in aitems:
    md += [f"{cno} {text}", ""]
open(os.path.join(OUT, "originals", STEM + ".md"), "w").write("\n".join(md))
print("ok")
