"""Build knowledge/*.pdf and originals/*.md for Harlow Vale ICB; copy the quick reference."""
import os, re, shutil
from fpdf import FPDF
from policy_text import TITLE, SUBTITLE, FRONT, SECTIONS, APPENDICES

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "harlowvale-icb-generative-ai-policy"
FONT = "/usr/share/fonts/truetype/dejavu/"


def nb(t):
    # keep cross-references such as "paragraph 9.4" on one line so no wrapped line starts with a number
    return re.sub(r" (?=\d)", "\u00a0", t)


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_title(SUBTITLE)
    pdf.set_author("Harlow Vale Integrated Care Board")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    for line in FRONT:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for num, head, _intro, clauses in SECTIONS:
        pdf.set_font("DejaVu", "B", 12)
        pdf.ln(2)
        pdf.multi_cell(0, 7, f"{num}. {head}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for cno, text, items in clauses:
            pdf.multi_cell(0, 5.5, f"{cno} " + nb(text), new_x="LMARGIN", new_y="NEXT")
            for it in items:
                pdf.set_x(30)
                pdf.multi_cell(0, 5.5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    for head, clauses in APPENDICES:
        pdf.set_font("DejaVu", "B", 12)
        pdf.ln(3)
        pdf.multi_cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for cno, text in clauses:
            pdf.multi_cell(0, 5.5, f"{cno} " + nb(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


def build_md(path):
    out = [f"# {TITLE}", "", f"**{SUBTITLE}**", ""]
    out += [l + "  " for l in FRONT]
    out.append("")
    for num, head, _intro, clauses in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for cno, text, items in clauses:
            out += [f"{cno} {text}", ""]
            for it in items:
                out += [it, ""]
    for head, clauses in APPENDICES:
        out += [f"## {head}", ""]
        for cno, text in clauses:
            out += [f"{cno} {text}", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build_pdf(os.path.join(HERE, "knowledge", STEM + ".pdf"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    qr = "hvicb-ai-quick-reference.txt"
    shutil.copy(os.path.join(HERE, qr), os.path.join(HERE, "knowledge", qr))
    shutil.copy(os.path.join(HERE, qr), os.path.join(HERE, "originals", qr))
