#!/usr/bin/env python
"""Build knowledge/genai-acceptable-use-policy.pdf (fpdf2) and the matching
originals/genai-acceptable-use-policy.md from policy_text.py.

Run with /work/main/.venv/bin/python build_policy.py
"""
import os
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import policy_text as P  # noqa: E402

STEM = "genai-acceptable-use-policy"
FONT_DIR = "/usr/share/fonts/truetype/liberation"
NUM_W = 16  # width of the clause-number column (mm)


class PolicyPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{P.ORG} \u2013 Generative AI Acceptable Use Policy \u2013 {P.REF} "
                        f"version {P.VERSION}", align="L")
        self.ln(4)
        self.set_draw_color(0, 94, 184)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}   |   Uncontrolled when printed   |   "
                        f"Review date: February 2027", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path, toc_pages):
    pdf = PolicyPDF(format="A4")
    pdf.add_font("LS", "", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"))
    pdf.add_font("LS", "B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.set_title(P.TITLE)
    pdf.set_author(P.ORG)

    # ---- cover page
    pdf.add_page()
    pdf.set_fill_color(0, 94, 184)
    pdf.rect(0, 0, pdf.w, 40, style="F")
    pdf.set_xy(22, 14)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("LS", "B", 22)
    pdf.cell(0, 12, P.ORG)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 62)
    pdf.set_font("LS", "B", 20)
    pdf.multi_cell(0, 10, P.TITLE)
    pdf.ln(10)
    pdf.set_font("LS", "", 11)
    for k, v in P.COVER:
        pdf.set_font("LS", "B", 11)
        pdf.cell(62, 8, k)
        pdf.set_font("LS", "", 11)
        pdf.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("LS", "B", 11)
    pdf.cell(0, 7, "Version history", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(18, 32, 116), text_align="LEFT", line_height=5) as t:
        r = t.row()
        for h in ("Version", "Date", "Summary of changes"):
            r.cell(h)
        for row in P.HISTORY:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(8)
    pdf.set_font("LS", "I", 9.5)
    pdf.multi_cell(0, 5, P.GENERAL_NOTE)

    # ---- contents page
    pdf.add_page()
    pdf.set_font("LS", "B", 14)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LS", "", 11)
    for it in P.ITEMS:
        if it[0] == "H":
            label = f"{it[1]}. {it[2]}"
        elif it[0] == "AH":
            label = it[1]
        else:
            continue
        page = toc_pages.get(label, "")
        pdf.cell(150, 7, label)
        pdf.cell(0, 7, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # ---- body
    pdf.add_page()
    found = {}
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for it in P.ITEMS:
        kind = it[0]
        if kind in ("H", "AH"):
            label = f"{it[1]}. {it[2]}" if kind == "H" else it[1]
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(4)
            found[label] = pdf.page_no()
            pdf.set_font("LS", "B", 13)
            pdf.set_text_color(0, 94, 184)
            pdf.multi_cell(width, 7, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "P":
            num, text = it[1], it[2]
            pdf.set_font("LS", "", 10.5)
            y = pdf.get_y()
            if y > pdf.h - 35:
                pdf.add_page()
                y = pdf.get_y()
            ind = NUM_W + (6 if "(" in num else 0)
            pdf.set_x(pdf.l_margin + (6 if "(" in num else 0))
            pdf.cell(ind - (6 if "(" in num else 0), 5.4, num)
            pdf.set_xy(pdf.l_margin + ind, y)
            pdf.multi_cell(width - ind, 5.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "L":
            pdf.set_font("LS", "", 10.5)
            pdf.set_x(pdf.l_margin + NUM_W + 6)
            pdf.multi_cell(width - NUM_W - 6, 5.4, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "U":
            pdf.set_font("LS", "", 10.5)
            pdf.set_x(pdf.l_margin + NUM_W)
            pdf.multi_cell(width - NUM_W, 5.4, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)
    return found


def build_md(path, pages):
    out = [f"# {P.TITLE}", "", f"**{P.ORG}**", ""]
    for k, v in P.COVER:
        out.append(f"{k}: {v}  ")
    out += ["", "**Version history**", "", "| Version | Date | Summary of changes |", "| --- | --- | --- |"]
    for row in P.HISTORY:
        out.append("| " + " | ".join(row) + " |")
    out += ["", P.GENERAL_NOTE, "", "**Contents**", "", "| Section | Page |", "| --- | --- |"]
    for it in P.ITEMS:
        if it[0] == "H":
            out.append(f"| {it[1]}. {it[2]} | {pages.get(f'{it[1]}. {it[2]}', '')} |")
        elif it[0] == "AH":
            out.append(f"| {it[1]} | {pages.get(it[1], '')} |")
    out.append("")
    for it in P.ITEMS:
        kind = it[0]
        if kind == "H":
            out += [f"## {it[1]}. {it[2]}", ""]
        elif kind == "AH":
            out += [f"## {it[1]}", ""]
        elif kind == "P":
            out += [f"{it[1]} {it[2]}", ""]
        elif kind in ("L", "U"):
            out += [it[1], ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def main():
    pdf_path = os.path.join(HERE, "knowledge", STEM + ".pdf")
    md_path = os.path.join(HERE, "originals", STEM + ".md")
    pages = build_pdf(pdf_path, {})          # pass 1: find heading pages
    pages2 = build_pdf(pdf_path, pages)      # pass 2: contents with page numbers
    assert pages == pages2, (pages, pages2)
    build_md(md_path, pages)
    words = 0
    for it in P.ITEMS:
        words += len(" ".join(str(x) for x in it[1:]).split())
    print("policy body words:", words)
    print("wrote", pdf_path, md_path)


if __name__ == "__main__":
    main()
