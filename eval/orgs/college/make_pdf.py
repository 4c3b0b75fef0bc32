"""Build knowledge/ai-policy.pdf from originals/ai-policy.md (fpdf2, core Helvetica font).

    /work/main/.venv/bin/python make_pdf.py

The markdown original is the source of truth; the PDF carries the same text: a cover page
(title and the two version tables), then the numbered sections with a running header and
footer, and Table 1 (the register of tools) as a ruled table inside clause 4.2.
"""
import os
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "originals", "ai-policy.md")
OUT = os.path.join(HERE, "knowledge", "ai-policy.pdf")

REPL = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u2026": "...", "\u00a0": " "}


def latin1(s):
    for a, b in REPL.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def parse_blocks(text):
    """Blocks: ('title', s) ('subtitle', s) ('table', rows) ('h2', s) ('h3', s) ('para', s) ('item', s)."""
    blocks, table = [], None
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not s:
            continue
        if s.startswith("# "):
            blocks.append(("title", s[2:]))
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("### "):
            blocks.append(("h3", s[4:]))
        elif s.startswith("**") and s.endswith("**"):
            blocks.append(("subtitle", s.strip("*")))
        elif re.match(r"\([a-z]\) ", s):
            blocks.append(("item", s))
        else:
            blocks.append(("para", s))
    return blocks


class PolicyPDF(FPDF):
    running = "Fellwick and Dunmore College - Generative AI Policy for Staff - Version 2.1"

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running, align="L")
        self.cell(0, 5, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Ref FDC-DS-014  |  Uncontrolled when printed", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def main():
    with open(SRC, encoding="utf-8") as fh:
        blocks = parse_blocks(latin1(fh.read()))
    pdf = PolicyPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Generative Artificial Intelligence (AI) Policy for Staff")
    pdf.set_author("Fellwick and Dunmore College")
    pdf.add_page()
    body_started = False
    tables_on_cover = 0
    for kind, val in blocks:
        if not body_started and kind == "h2":
            body_started = True
            pdf.add_page()
        if kind == "title":
            pdf.ln(40)
            pdf.set_font("Helvetica", "B", 24)
            pdf.multi_cell(0, 11, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "", 16)
            pdf.multi_cell(0, 8, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(18)
        elif kind == "table":
            rows = [[c.replace("**", "") for c in r] for r in val]
            ncol = len(rows[0])
            if not body_started:
                tables_on_cover += 1
                widths = (55, 111) if ncol == 2 else (22, 34, 110)
                size = 10
            else:
                widths = (40, 22, 38, 66)
                size = 8.5
            pdf.set_font("Helvetica", "", size)
            heading = FontFace(emphasis="BOLD", fill_color=(215, 225, 235))
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.5,
                           headings_style=heading, padding=1.5, width=sum(widths)) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(8 if not body_started else 5)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h3":
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            m = re.match(r"((?:\d+|[A-Z])\.\d+) (.*)", val)
            pdf.set_font("Helvetica", "", 10.5)
            if m:
                num, rest = m.groups()
                y = pdf.get_y()
                if y > pdf.h - 32:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(13, 5.6, num)
                pdf.set_xy(pdf.l_margin + 13, y)
                pdf.multi_cell(0, 5.6, rest, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif kind == "item":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + 13)
            pdf.multi_cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
    pdf.output(OUT)
    print(OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    main()
