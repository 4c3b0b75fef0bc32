"""Build knowledge/ccfrs-generative-ai-policy.pdf (fpdf2) and originals/ccfrs-generative-ai-policy.md
from policy_text.py.  Run: /work/main/.venv/bin/python build_policy.py"""
import os
import shutil

from fpdf import FPDF
from fpdf.fonts import FontFace

from policy_text import DOC, ORG, ORG_CY, SHORT, TITLE, VERSION_NOTE, VERSION_ROWS

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "ccfrs-generative-ai-policy"
FONT_DIR = "/usr/share/fonts/truetype/liberation"


def toc_entries():
    out = []
    for e in DOC:
        if e[0] == "h":
            out.append((e[1], e[2]))
        elif e[0] == "app":
            out.append(("", e[1]))
    return out


def build_md():
    lines = [f"# {TITLE}", "", f"{ORG}", f"{ORG_CY}", "", "| | |", "| --- | --- |"]
    for k, v in VERSION_ROWS:
        lines.append(f"| {k} | {v} |")
    lines += ["", VERSION_NOTE, "", "Contents", "", "| Section | Title |", "| --- | --- |"]
    for num, title in toc_entries():
        lines.append(f"| {num} | {title} |")
    lines.append("")
    for e in DOC:
        kind = e[0]
        if kind == "h":
            lines += [f"## {e[1]}. {e[2]}", ""]
        elif kind == "app":
            lines += [f"## {e[1]}", ""]
        elif kind == "sub":
            lines += [f"### {e[1]}", ""]
        elif kind == "p":
            lines += [f"{e[1]} {e[2]}", ""]
        elif kind == "li":
            lines += [e[1], ""]
    return "\n".join(lines).rstrip() + "\n"


class PolicyPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Lib", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Lib", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{ORG} | {SHORT} v1.2 | OFFICIAL", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render(toc_pages):
    pdf = PolicyPDF(format="A4")
    pdf.add_font("Lib", "", f"{FONT_DIR}/LiberationSans-Regular.ttf")
    pdf.add_font("Lib", "B", f"{FONT_DIR}/LiberationSans-Bold.ttf")
    pdf.add_font("Lib", "I", f"{FONT_DIR}/LiberationSans-Italic.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 18, 22)
    pdf.set_title(TITLE)
    pdf.set_author(ORG)

    # title page
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Lib", "B", 12)
    pdf.cell(0, 7, ORG, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Lib", "I", 11)
    pdf.cell(0, 7, ORG_CY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_font("Lib", "B", 22)
    pdf.multi_cell(0, 11, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Lib", "", 10)
    with pdf.table(col_widths=(45, 100), first_row_as_headings=False, line_height=7) as table:
        for k, v in VERSION_ROWS:
            row = table.row()
            row.cell(k, style=FontFace(emphasis="BOLD"))
            row.cell(v)
    pdf.ln(8)
    pdf.set_font("Lib", "", 9.5)
    pdf.multi_cell(0, 5.5, VERSION_NOTE, new_x="LMARGIN", new_y="NEXT")

    # contents page
    pdf.add_page()
    pdf.set_font("Lib", "B", 15)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Lib", "", 10.5)
    with pdf.table(col_widths=(18, 110, 18), first_row_as_headings=True, line_height=6.5,
                   borders_layout="HORIZONTAL_LINES") as table:
        hdr = table.row()
        hdr.cell("Section")
        hdr.cell("Title")
        hdr.cell("Page")
        for num, title in toc_entries():
            row = table.row()
            row.cell(num)
            row.cell(title)
            row.cell(str(toc_pages.get(title, "")))

    # body
    pdf.add_page()
    pages = {}
    for e in DOC:
        kind = e[0]
        if kind in ("h", "app"):
            title = e[2] if kind == "h" else e[1]
            label = f"{e[1]}. {e[2]}" if kind == "h" else e[1]
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(4)
            pages[title] = pdf.page_no()
            pdf.set_font("Lib", "B", 13)
            pdf.multi_cell(0, 7, label, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sub":
            if pdf.get_y() > 260:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("Lib", "B", 10.5)
            pdf.multi_cell(0, 6, e[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("Lib", "", 10.5)
            pdf.multi_cell(0, 5.6, f"{e[1]} {e[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("Lib", "", 10.5)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.6, e[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return pdf, pages


def main():
    kdir = os.path.join(HERE, "knowledge")
    odir = os.path.join(HERE, "originals")
    os.makedirs(kdir, exist_ok=True)
    os.makedirs(odir, exist_ok=True)
    _, pages = render({})
    pdf, pages2 = render(pages)
    assert pages == pages2, (pages, pages2)
    pdf.output(os.path.join(kdir, f"{STEM}.pdf"))
    with open(os.path.join(odir, f"{STEM}.md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    # register: identical copy in originals
    shutil.copyfile(os.path.join(HERE, "knowledge", "ccfrs-ai-tools-register.csv"),
                    os.path.join(odir, "ccfrs-ai-tools-register.csv"))
    words = sum(len((e[2] if e[0] in ("h", "p") else e[1]).split()) for e in DOC)
    print("pages:", pdf.pages_count, "policy words:", words, "sections on pages:", pages)


if __name__ == "__main__":
    main()
