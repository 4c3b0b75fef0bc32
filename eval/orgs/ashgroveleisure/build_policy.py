"""Builds knowledge/ashgrove-ai-policy.pdf (fpdf2) and originals/ashgrove-ai-policy.md from policy_text.py."""
import os
from fpdf import FPDF
from policy_text import TITLE, FRONT, SECTIONS, APPENDIX_TITLE, APPENDIX_INTRO, APPENDIX

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", size=8)
        self.cell(0, 8, f"Ashgrove Leisure Trust - AI Tools Policy v1.1 - Page {self.page_no()}", align="C")

def pdf():
    d = Doc(format="A4")
    d.add_font("dv", "", FONT)
    d.add_font("dv", "B", FONTB)
    d.set_margins(20, 18, 20)
    d.set_auto_page_break(True, 18)
    d.set_title(TITLE); d.set_author("Ashgrove Leisure Trust")
    d.add_page()
    d.set_font("dv", "B", 17)
    d.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(2)
    d.set_font("dv", "", 10)
    for line in FRONT:
        d.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)
    for num, head, clauses in SECTIONS:
        d.set_font("dv", "B", 13)
        d.ln(2)
        d.multi_cell(0, 7, f"{num}. {head}", new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(1)
        d.set_font("dv", "", 10)
        for cid, text in clauses:
            d.multi_cell(0, 5.2, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT", align="L")
            d.ln(1.5)
    d.add_page()
    d.set_font("dv", "B", 13)
    d.multi_cell(0, 7, APPENDIX_TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_font("dv", "", 10)
    d.ln(1)
    d.multi_cell(0, 5.2, APPENDIX_INTRO, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(1.5)
    for cid, text in APPENDIX:
        d.multi_cell(0, 5.2, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(1.5)
    d.output(os.path.join(HERE, "knowledge", "ashgrove-ai-policy.pdf"))

def md():
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    for num, head, clauses in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for cid, text in clauses:
            out += [f"{cid} {text}", ""]
    out += [f"## {APPENDIX_TITLE}", "", APPENDIX_INTRO, ""]
    for cid, text in APPENDIX:
        out += [f"{cid} {text}", ""]
    with open(os.path.join(HERE, "originals", "ashgrove-ai-policy.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    ids = [n for n, _, cl in SECTIONS for n in [n] + [c for c, _ in cl]] + [c for c, _ in APPENDIX]
    with open(os.path.join(HERE, "clause_ids.txt"), "w") as f:
        f.write("\n".join(ids) + "\n")

if __name__ == "__main__":
    pdf(); md()
