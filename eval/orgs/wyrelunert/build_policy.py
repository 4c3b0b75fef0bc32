"""Builds knowledge/wlrt-generative-ai-policy.pdf (fpdf2) and originals/wlrt-generative-ai-policy.md."""
from fpdf import FPDF
from policy_text import TITLE, FRONT, SECTIONS, APPENDIX

STEM = "wlrt-generative-ai-policy"

class PDF(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"Wyre and Lune Rivers Trust - Generative AI Use Policy v1.0 - page {self.page_no()}", align="C")

def build_pdf():
    pdf = PDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 18)
    pdf.set_title(TITLE); pdf.set_author("Wyre and Lune Rivers Trust")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16); pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for line in FRONT:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for num, head, items in SECTIONS:
        pdf.set_font("Helvetica", "B", 13); pdf.ln(2)
        pdf.multi_cell(0, 7, f"{num}. {head}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)
        for no, text, letters in items:
            if no == num:
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.5, f"{no} {text}", new_x="LMARGIN", new_y="NEXT")
            for l in letters:
                pdf.set_x(28); pdf.multi_cell(0, 5.5, l, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.set_font("Helvetica", "B", 13); pdf.ln(2)
    pdf.multi_cell(0, 7, APPENDIX[0], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1); pdf.set_font("Helvetica", "", 10)
    for no, text in APPENDIX[1]:
        pdf.multi_cell(0, 5.5, f"{no} {text}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.output(f"knowledge/{STEM}.pdf")

def build_md():
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    for num, head, items in SECTIONS:
        out += [f"## {num}. {head}", ""]
        for no, text, letters in items:
            out.append(text if no == num else f"{no} {text}")
            out.append("")
            for l in letters:
                out += [l, ""]
    out += [f"## {APPENDIX[0]}", ""]
    for no, text in APPENDIX[1]:
        out += [f"{no} {text}", ""]
    open(f"originals/{STEM}.md", "w").write("\n".join(out))

def clause_ids():
    ids = []
    for num, head, items in SECTIONS:
        ids.append(num)
        ids += [no for no, _, _ in items if no != num]
    ids += [no for no, _ in APPENDIX[1]]
    return ids

if __name__ == "__main__":
    build_pdf(); build_md()
    print(len(clause_ids()), "clauses")
