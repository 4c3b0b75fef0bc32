"""Build knowledge/ai-policy.pdf from originals/ai-policy.md (the source of truth).

    /work/main/.venv/bin/python eval/orgs/community/build_pdf.py

fpdf2, core fonts only (Helvetica), so text is folded to Latin-1. Cover page with the
document-control and version-history tables, a contents page, running header and footer with
"Page N of M", bold typed section headings ("6. Approved tools"), justified numbered paragraphs
(x.y.z indented). Two passes: the first finds the page each section starts on for the contents.
"""
from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC = HERE / "originals" / "ai-policy.md"
OUT = HERE / "knowledge" / "ai-policy.pdf"

ORG = "Ashlowe and Brannock Community Health NHS Trust"
SHORT = "IG-POL-031 Generative AI Acceptable Use Policy - Version 1.2"

FOLD = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u2026": "...", "\u00a0": " ", "\u2022": "-"}


def latin1(s: str) -> str:
    s = "".join(FOLD.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def parse(md: str):
    lines = md.splitlines()
    title = lines[0].lstrip("# ").strip()
    tables, body, cur = [], [], None
    i = 1
    while i < len(lines) and not lines[i].startswith("## "):
        ln = lines[i].strip()
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip("|").split("|")]
            if not all(re.fullmatch(r"-+", c) for c in cells):
                if cur is None:
                    cur = []
                    tables.append(cur)
                cur.append(cells)
        else:
            cur = None
        i += 1
    for ln in lines[i:]:
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("## "):
            body.append(("h", ln[3:].strip()))
        else:
            body.append(("p", ln))
    return title, tables, body


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, latin1(ORG), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, latin1("OFFICIAL"), align="R")
        self.ln(5)
        self.cell(0, 4, latin1(SHORT), align="L")
        self.ln(5)
        self.set_draw_color(0, 94, 184)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, latin1("Uncontrolled when printed. Check the IG intranet page for the current version."),
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def table(pdf: Doc, rows, widths, header_fill=(0, 94, 184)):
    lh = 5.5
    for r, row in enumerate(rows):
        # height of the row = max lines in any cell
        heights = []
        for w, txt in zip(widths, row):
            pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
            n = len(pdf.multi_cell(w, lh, latin1(txt), dry_run=True, output="LINES"))
            heights.append(n * lh)
        h = max(heights)
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        y0, x = pdf.get_y(), pdf.l_margin
        for w, txt in zip(widths, row):
            if r == 0:
                pdf.set_fill_color(*header_fill)
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 9)
            else:
                pdf.set_fill_color(255, 255, 255)
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("Helvetica", "", 9)
            pdf.rect(x, y0, w, h, style="DF")
            pdf.set_xy(x, y0)
            pdf.multi_cell(w, lh, latin1(txt), border=0, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y0 + h)
    pdf.set_text_color(0, 0, 0)


def build(toc_pages: dict[str, int] | None):
    md = SRC.read_text(encoding="utf-8")
    title, tables, body = parse(md)
    pdf = Doc(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.set_title(latin1(title))
    pdf.set_author(latin1(ORG))

    # cover
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(0, 94, 184)
    pdf.cell(0, 7, latin1(ORG), align="R")
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 10, latin1("Generative Artificial Intelligence (AI) Acceptable Use Policy"), align="L")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, latin1("Policy reference IG-POL-031  |  Version 1.2"))
    pdf.ln(14)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Document control")
    pdf.ln(8)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    table(pdf, tables[0], [usable * 0.35, usable * 0.65])
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Version history")
    pdf.ln(8)
    table(pdf, tables[1], [usable * 0.11, usable * 0.18, usable * 0.27, usable * 0.44])

    # contents
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Contents")
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 10.5)
    for kind, text in body:
        if kind != "h":
            continue
        page = str((toc_pages or {}).get(text, 0))
        label = latin1(text)
        w_label = pdf.get_string_width(label)
        w_page = pdf.get_string_width(page)
        dots_w = usable - w_label - w_page - 4
        dots = "." * max(3, int(dots_w / pdf.get_string_width(".")))
        pdf.cell(w_label + 2, 7, label)
        pdf.cell(dots_w, 7, dots)
        pdf.cell(0, 7, page, align="R")
        pdf.ln(7)

    # body
    pages: dict[str, int] = {}
    pdf.add_page()
    for kind, text in body:
        if kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.set_text_color(0, 94, 184)
            pages[text] = pdf.page_no()
            pdf.multi_cell(0, 7, latin1(text), align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
            continue
        m = re.match(r"^([A-Z]?\d*(?:\.\d+)*)\s", text)
        num = m.group(1) if m else ""
        depth = num.count(".")
        indent = 9 if depth >= 2 else 0
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(usable - indent, 5.4, latin1(text), align="J")
        pdf.ln(2.2)
    return pdf, pages


def main():
    _, pages = build(None)
    pdf, pages2 = build(pages)
    assert pages == pages2, "contents changed the layout"
    OUT.parent.mkdir(exist_ok=True)
    pdf.output(str(OUT))
    print(f"wrote {OUT} ({pdf.pages_count} pages)")


if __name__ == "__main__":
    main()
