"""Build knowledge/genai-acceptable-use-policy.pdf (fpdf2) and originals/genai-acceptable-use-policy.md
from policy_text.py. Run with /work/main/.venv/bin/python build_policy.py"""
from pathlib import Path
from fpdf import FPDF
import policy_text as P

HERE = Path(__file__).parent
STEM = "genai-acceptable-use-policy"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FONTB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"


class PolicyPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{P.CLASS}    |    {P.ORG}    |    GenAI Acceptable Use Policy ({P.REF.split(': ')[1]}, {P.VERSION})",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}    |    Uncontrolled when printed    |    {P.CLASS}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(toc_pages):
    pdf = PolicyPDF(format="A4")
    pdf.add_font("LS", "", FONT)
    pdf.add_font("LS", "B", FONTB)
    pdf.add_font("LS", "I", FONTI)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    # cover
    pdf.add_page()
    pdf.set_font("LS", "B", 10)
    pdf.cell(0, 6, P.CLASS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(35)
    pdf.set_font("LS", "B", 22)
    pdf.multi_cell(0, 10, P.ORG, align="C")
    pdf.ln(8)
    pdf.set_font("LS", "B", 17)
    pdf.multi_cell(0, 9, P.TITLE, align="C")
    pdf.ln(6)
    pdf.set_font("LS", "", 12)
    pdf.multi_cell(0, 7, f"{P.REF}\n{P.VERSION}", align="C")
    pdf.ln(18)
    pdf.set_font("LS", "", 10)
    with pdf.table(col_widths=(45, 121), text_align="LEFT", line_height=6) as t:
        for k, v in P.DOC_CONTROL:
            r = t.row()
            r.cell(k)
            r.cell(v)
    # contents
    pdf.add_page()
    pdf.set_font("LS", "B", 15)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("LS", "", 11)
    entries = [(f"{n}. {t}", n) for n, t, _ in P.SECTIONS] + [(P.APPENDIX_TITLE, "A")]
    for label, key in entries:
        page = str(toc_pages.get(key, ""))
        w = pdf.w - pdf.l_margin - pdf.r_margin
        lw = pdf.get_string_width(label)
        pw = pdf.get_string_width(page)
        dots = "." * max(3, int((w - lw - pw - 4) / pdf.get_string_width(".")))
        pdf.cell(lw + 1, 7, label)
        pdf.cell(w - lw - pw - 2, 7, dots)
        pdf.cell(pw + 1, 7, page, align="R", new_x="LMARGIN", new_y="NEXT")
    # body
    pages = {}
    pdf.add_page()

    def heading(text, key):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pages[key] = pdf.page_no()
        pdf.ln(3)
        pdf.set_font("LS", "B", 13)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def clause(cid, text):
        pdf.set_font("LS", "", 10.5)
        lines = text.split("\n")
        pdf.multi_cell(0, 5.4, f"{cid} {lines[0]}", new_x="LMARGIN", new_y="NEXT")
        for ln in lines[1:]:
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)

    for n, title, clauses in P.SECTIONS:
        heading(f"{n}. {title}", n)
        for cid, text in clauses:
            clause(cid, text)
    heading(P.APPENDIX_TITLE, "A")
    for cid, text in P.APPENDIX:
        clause(cid, text)
    return pdf, pages


def build_md():
    out = [f"# {P.TITLE}", "", f"**{P.ORG}**", "", f"{P.REF}  ", f"{P.VERSION}  ", f"Classification: {P.CLASS}", "",
           "| Document control | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in P.DOC_CONTROL]
    out += ["", "**Contents**", "", "| Section |", "| --- |"]
    out += [f"| {n}. {t} |" for n, t, _ in P.SECTIONS] + [f"| {P.APPENDIX_TITLE} |", ""]
    for n, title, clauses in P.SECTIONS:
        out += [f"## {n}. {title}", ""]
        for cid, text in clauses:
            lines = text.split("\n")
            out += [f"{cid} {lines[0]}", ""]
            for ln in lines[1:]:
                out += [ln, ""]
    out += [f"## {P.APPENDIX_TITLE}", ""]
    for cid, text in P.APPENDIX:
        out += [f"{cid} {text}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    _, pages = build_pdf({})
    pdf, pages2 = build_pdf(pages)
    assert pages == pages2, (pages, pages2)
    pdf.output(str(HERE / "knowledge" / f"{STEM}.pdf"))
    (HERE / "originals" / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    print("pages:", pages)
