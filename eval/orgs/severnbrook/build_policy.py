"""Build the Trust's GenAI policy as a text PDF (knowledge/) and the same text as Markdown (originals/).

Source: policy_source.txt, one item per line:
  H <n>. <title>     numbered section heading
  S <title>          unnumbered sub-heading (context only)
  A <title>          appendix heading
  P <text>           paragraph (clause number typed at the start)
"""
from fpdf import FPDF
from fpdf.fonts import FontFace

TRUST = "Severnbrook Hospitals NHS Foundation Trust"
TITLE = "Use of Generative Artificial Intelligence Policy"
REF = "IG-POL-031"
VER = "2.1"
META = [
    ("Document reference", REF),
    ("Version", VER),
    ("Category", "Information Governance"),
    ("Approved by", "Information Governance and Data Security Committee"),
    ("Date approved", "12 March 2026"),
    ("Next review", "March 2027"),
    ("Policy owner", "Caldicott Guardian (chair, Clinical Safety and IG Group)"),
    ("Authors", "Head of Information Governance; Chief Clinical Information Officer"),
    ("Applies to", "All staff, contractors, students and volunteers"),
]
HISTORY = [
    ("Version", "Date", "Author", "Summary of changes"),
    ("1.0", "Sep 2024", "Head of IG", "First interim guidance on generative AI"),
    ("2.0", "Jun 2025", "Head of IG / CCIO", "Full policy; AI Tools Register; ambient voice section"),
    ("2.1", "Mar 2026", "Head of IG / CCIO", "Draft Assist pilot wards, RadAssist, matters under review"),
]

items = []
for line in open("policy_source.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if line:
        items.append((line[0], line[2:]))
sections = [t for k, t in items if k in "HA"]


def contents_rows(pages):
    rows = [("Section", "Title", "Page")]
    for t in sections:
        if t.startswith("Appendix"):
            rows.append(("App. A", t.split("–", 1)[1].strip(), str(pages.get(t, ""))))
        else:
            n, title = t.split(". ", 1)
            rows.append((n, title, str(pages.get(t, ""))))
    return rows


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{TRUST}  |  {TITLE}  |  {REF} v{VER}", align="C")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Uncontrolled when printed: check the intranet for the current version.   Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build(pages):
    pdf = Doc(format="A4")
    pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
    pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
    pdf.add_font("LS", "I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.set_title(TITLE)
    pdf.set_author(TRUST)
    # cover
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.set_text_color(0, 94, 184)
    pdf.cell(0, 8, TRUST, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(45)
    pdf.set_font("LS", "B", 24)
    pdf.multi_cell(0, 12, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(25)
    pdf.set_font("LS", "", 10)
    with pdf.table(col_widths=(45, 120), text_align="LEFT", first_row_as_headings=False, line_height=7) as t:
        for k, v in META:
            r = t.row(); r.cell(k, style=FontFace(emphasis="BOLD")); r.cell(v)
    pdf.ln(20)
    pdf.set_font("LS", "I", 9)
    pdf.multi_cell(0, 5, "Equality impact assessed: no adverse impact identified. This document is available in other formats on request from the Information Governance team.", align="C")
    # document control and contents
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.cell(0, 8, "Version control", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(18, 24, 35, 88), text_align="LEFT", line_height=6) as t:
        for row in HISTORY:
            r = t.row()
            for c in row: r.cell(c)
    pdf.ln(8)
    pdf.set_font("LS", "B", 13)
    pdf.cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(18, 130, 17), text_align=("LEFT", "LEFT", "RIGHT"), line_height=5.5) as t:
        for row in contents_rows(pages):
            r = t.row()
            for c in row: r.cell(c)
    # body
    pdf.add_page()
    found = {}
    for kind, text in items:
        if kind in "HA":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("LS", "B", 12.5)
            pdf.set_text_color(0, 48, 135)
            found[text] = pdf.page_no()
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "S":
            pdf.ln(1)
            pdf.set_font("LS", "I", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("LS", "", 10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
    return pdf, found


_, pages = build({})
pdf, pages2 = build(pages)
assert pages == pages2
pdf.output("knowledge/severnbrook-genai-policy.pdf")

# Markdown original: same text, same numbering and headings
md = [f"# {TITLE}", "", f"**{TRUST}**", ""]
md += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META]
md += ["", "Equality impact assessed: no adverse impact identified. This document is available in other formats on request from the Information Governance team.", ""]
md += ["**Version control**", ""]
md += ["| " + " | ".join(HISTORY[0]) + " |", "| --- | --- | --- | --- |"] + ["| " + " | ".join(r) + " |" for r in HISTORY[1:]]
md += ["", "**Contents**", ""]
cr = contents_rows(pages)
md += ["| " + " | ".join(cr[0]) + " |", "| --- | --- | --- |"] + ["| " + " | ".join(r) + " |" for r in cr[1:]]
md.append("")
for kind, text in items:
    if kind in "HA":
        md += [f"## {text}", ""]
    elif kind == "S":
        md += [f"### {text}", ""]
    else:
        md += [text, ""]
open("originals/severnbrook-genai-policy.md", "w", encoding="utf-8").write("\n".join(md))
print("pages:", pdf.page_no(), pages)
