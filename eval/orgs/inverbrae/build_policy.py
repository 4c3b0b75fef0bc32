"""Build knowledge/inverbrae-genai-acceptable-use-policy.pdf (fpdf2) and originals/*.md."""
import os, sys
from fpdf import FPDF
from fpdf.fonts import FontFace
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from policy_text import *

OUT = os.path.dirname(os.path.abspath(__file__))
STEM = "inverbrae-genai-acceptable-use-policy"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_title(TITLE)
    pdf.set_author("Inverbrae Council")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for line in PREAMBLE:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for num, heading, clauses in SECTIONS:
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, f"{num}. {heading}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for cid, text in clauses:
            pdf.multi_cell(0, 5, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            if cid == TABLE_AFTER:
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, 5, TABLE_CAPTION, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("Helvetica", "", 8)
                with pdf.table(col_widths=(40, 40, 22, 68), text_align="LEFT",
                               headings_style=FontFace(emphasis="BOLD"), line_height=4, repeat_headings=0) as t:
                    for row in [TABLE_HEADER] + TABLE_ROWS:
                        r = t.row()
                        for cell in row:
                            r.cell(cell)
                pdf.set_font("Helvetica", "", 10)
                pdf.ln(2)
    pdf.output(path)


def build_md(path):
    out = [f"# {TITLE}", ""]
    for line in PREAMBLE:
        out += [line, ""]
    for num, heading, clauses in SECTIONS:
        out += [f"## {num}. {heading}", ""]
        for cid, text in clauses:
            out += [f"{cid} {text}", ""]
            if cid == TABLE_AFTER:
                out += [TABLE_CAPTION, ""]
                out.append("| " + " | ".join(TABLE_HEADER) + " |")
                out.append("|" + "---|" * len(TABLE_HEADER))
                for row in TABLE_ROWS:
                    out.append("| " + " | ".join(row) + " |")
                out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build_pdf(os.path.join(OUT, "knowledge", STEM + ".pdf"))
    build_md(os.path.join(OUT, "originals", STEM + ".md"))
    print("built")
