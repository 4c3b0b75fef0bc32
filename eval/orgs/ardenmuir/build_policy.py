#!/usr/bin/env python3
"""Build the University of Ardenmuir GenAI policy as a text PDF (knowledge/) and a
same-text Markdown original (originals/), from policy_source.txt.

Run with /work/main/.venv/bin/python build_policy.py
"""
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC = HERE / "policy_source.txt"
KNOW = HERE / "knowledge"
ORIG = HERE / "originals"
STEM = "ardenmuir-genai-policy"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

TITLE = "Policy on the Use of Generative Artificial Intelligence by Staff"
ORG = "University of Ardenmuir"
COVER_LINES = [
    ("Policy owner", "Chief Information Officer"),
    ("Approved by", "University Executive Group, on behalf of the University Court"),
    ("Version", "2.1"),
    ("Date approved", "14 January 2026"),
    ("Next review", "January 2027"),
    ("Contact", "Generative AI Governance Group (genai-governance@ardenmuir.ac.uk)"),
    ("Information class", "Open"),
]
HISTORY = [
    ("Version 1.0", "September 2023", "Interim staff guidance on ChatGPT and similar tools."),
    ("Version 2.0", "August 2024", "First full policy; Tools Register introduced; assessment categories."),
    ("Version 2.1", "January 2026", "Heron launched; rules on recording, personal devices, research data and matters under review added."),
]


def parse_source():
    blocks = [b.strip() for b in SRC.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    items = []
    for b in blocks:
        b = " ".join(b.split("\n"))
        if b.startswith("# "):
            items.append(("h", b[2:].strip()))
        else:
            items.append(("p", b))
    return items


class PolicyPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{ORG}  |  Generative AI Use Policy for Staff  |  Version 2.1", align="L")
        self.ln(3)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("DejaVu", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Information class: Open  |  Uncontrolled when printed", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(items, toc_pages):
    pdf = PolicyPDF(format="A4")
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.set_margins(27, 22, 27)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.set_title(TITLE)
    pdf.set_author(ORG)

    # cover
    pdf.add_page()
    pdf.ln(35)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 10, ORG.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DejaVu", "B", 22)
    pdf.multi_cell(0, 11, TITLE)
    pdf.ln(20)
    pdf.set_font("DejaVu", "", 11)
    for k, v in COVER_LINES:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(45, 8, k)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")

    # document control
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 9, "Document control", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(col_widths=(28, 32, 96), line_height=6.5) as t:
        r = t.row()
        for h in ("Version", "Date", "Summary of changes"):
            r.cell(h)
        for row in HISTORY:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 6.5, "This policy is published on the staff intranet together with the Tools Register. "
                   "Printed copies may be out of date; always check the intranet for the current version. "
                   "An accessible version of this document is available on request from Digital Services.")

    # contents
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 9, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    for kind, text in items:
        if kind != "h":
            continue
        m = re.match(r"^(\d+)\.\s+(.*)$", text)
        num, name = (m.group(1), m.group(2)) if m else ("", text)
        page = str(toc_pages.get(text, ""))
        pdf.cell(12, 7.5, num)
        pdf.cell(pdf.epw - 12 - 12, 7.5, name + " " + "." * 200 if False else name)
        pdf.cell(12, 7.5, page, align="R", new_x="LMARGIN", new_y="NEXT")

    # body
    pdf.add_page()
    pages = {}
    for kind, text in items:
        if kind == "h":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(4)
            pages[text] = pdf.page_no()
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.2)
    return pdf, pages


def build_md(items, toc_pages):
    out = [f"# {TITLE}", "", ORG, ""]
    for k, v in COVER_LINES:
        out.append(f"{k}: {v}  ")
    out += ["", "Document control", "", "| Version | Date | Summary of changes |", "| --- | --- | --- |"]
    for row in HISTORY:
        out.append("| " + " | ".join(row) + " |")
    out += ["", "This policy is published on the staff intranet together with the Tools Register. "
            "Printed copies may be out of date; always check the intranet for the current version. "
            "An accessible version of this document is available on request from Digital Services.", "",
            "Contents", "", "| Section | Title | Page |", "| --- | --- | --- |"]
    for kind, text in items:
        if kind == "h":
            m = re.match(r"^(\d+)\.\s+(.*)$", text)
            num, name = (m.group(1), m.group(2)) if m else ("", text)
            out.append(f"| {num} | {name} | {toc_pages.get(text, '')} |")
    out.append("")
    for kind, text in items:
        if kind == "h":
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    return "\n".join(out)


def main():
    items = parse_source()
    KNOW.mkdir(exist_ok=True)
    ORIG.mkdir(exist_ok=True)
    _, pages = build_pdf(items, {})
    pdf, pages2 = build_pdf(items, pages)
    assert pages == pages2, "page numbers moved between passes"
    pdf.output(str(KNOW / f"{STEM}.pdf"))
    (ORIG / f"{STEM}.md").write_text(build_md(items, pages), encoding="utf-8")
    words = sum(len(t.split()) for _, t in items)
    print(f"pages={pdf.pages_count} body_words={words}")


if __name__ == "__main__":
    main()
