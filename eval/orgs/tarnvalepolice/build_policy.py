"""Build the Tarn Vale Police GenAI policy as a text PDF (knowledge/) and its .md original (originals/).

Run with /work/main/.venv/bin/python build_policy.py
"""
import re
from pathlib import Path

from fpdf import FPDF

from policy_text import TITLE, META, BODY

HERE = Path(__file__).resolve().parent
STEM = "tvp-genai-policy"


class PolicyPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 6, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()}", align="C")


def build_pdf(path: Path) -> None:
    pdf = PolicyPDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(TITLE)
    pdf.set_author("Tarn Vale Police - Information Management Unit")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for line in META:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind in ("h", "app"):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("Helvetica", "", 10)
        elif kind == "p":
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "item":
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(str(path))


def build_md(path: Path) -> None:
    out = ["OFFICIAL", "", f"# {TITLE}", ""]
    for line in META:
        out += [line, ""]
    for kind, text in BODY:
        if kind in ("h", "app"):
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    path.write_text("\n".join(out), encoding="utf-8")


def word_count() -> int:
    words = 0
    for _, text in BODY:
        words += len(re.findall(r"\S+", text))
    return words


if __name__ == "__main__":
    build_pdf(HERE / "knowledge" / f"{STEM}.pdf")
    build_md(HERE / "originals" / f"{STEM}.md")
    print("words in body:", word_count())
