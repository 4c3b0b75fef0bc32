"""Build knowledge/eskside-genai-policy.pdf (fpdf2) and originals/eskside-genai-policy.md."""
from fpdf import FPDF
from policy_text import TITLE, FRONT, S, APPX, A
import shutil, os
HERE = os.path.dirname(os.path.abspath(__file__))
stem = "eskside-genai-policy"

pdf = FPDF(format="A4")
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(20, 18, 20)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16)
pdf.multi_cell(0, 8, TITLE)
pdf.ln(3)
pdf.set_font("Helvetica", "", 9)
for f in FRONT:
    pdf.multi_cell(0, 5, f); pdf.ln(1)
pdf.ln(3)
for kind, n, t in S:
    if kind == "h":
        pdf.ln(3); pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, f"{n}. {t}"); pdf.ln(1)
    elif kind == "p":
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, f"{n} {t}"); pdf.ln(1.5)
    else:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_x(28); pdf.multi_cell(0, 5.5, t); pdf.ln(1)
pdf.ln(3); pdf.set_font("Helvetica", "B", 13)
pdf.multi_cell(0, 7, APPX); pdf.ln(1)
for n, t in A:
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, f"{n} {t}"); pdf.ln(1.5)
pdf.output(os.path.join(HERE, "knowledge", stem + ".pdf"))

md = [f"# {TITLE}", ""] + [x + "\n" for x in FRONT]
for kind, n, t in S:
    if kind == "h": md += [f"## {n}. {t}", ""]
    elif kind == "p": md += [f"{n} {t}", ""]
    else: md += [t, ""]
md += [f"## {APPX}", ""]
for n, t in A: md += [f"{n} {t}", ""]
open(os.path.join(HERE, "originals", stem + ".md"), "w").write("\n".join(md))
shutil.copy(os.path.join(HERE, "knowledge", "staff-ai-faq.md"), os.path.join(HERE, "originals", "staff-ai-faq.md"))
ids = [n for k, n, t in S if n] + [n for n, t in A]
ids = [f"{stem}.pdf#{i}" for i in ids]
open(os.path.join(HERE, "clause_ids.txt"), "w").write("\n".join(ids) + "\n")
