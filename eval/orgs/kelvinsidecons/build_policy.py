"""Build knowledge/kelvinside-genai-policy.pdf (fpdf2 text PDF) and originals/kelvinside-genai-policy.md."""
import os, re
from fpdf import FPDF
from policy_text import TITLE, META, S

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "kelvinside-genai-policy"

def build_md():
    out = [f"# {TITLE}", ""]
    for m in META:
        out += [m, ""]
    for kind, t in S:
        if kind == "h":
            out += [f"## {t}", ""]
        else:
            out += [t, ""]
    with open(os.path.join(HERE, "originals", STEM + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

class PDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Kelvinside Conservatoire - Generative AI Use Policy for Staff - Version 1.0", align="R")
            self.ln(8)
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")

def build_pdf():
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title(TITLE)
    pdf.set_author("Kelvinside Conservatoire")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for m in META:
        pdf.multi_cell(0, 5.5, m, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, t in S:
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "i":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(28)
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(os.path.join(HERE, "knowledge", STEM + ".pdf"))

if __name__ == "__main__":
    build_md(); build_pdf()
