"""Build knowledge/ and originals/ for NHS Northgate ICB.

Run with /work/main/.venv/bin/python build_policy.py
- knowledge/northgate-icb-genai-policy.pdf  (fpdf2, text PDF, Table 1 inside clause 5.2)
- originals/northgate-icb-genai-policy.md   (same text, same numbering)
- knowledge/genai-dos-and-donts.md + identical copy in originals/
Then extracts the PDF text with pypdf and checks that every line that looks like a clause
number is a real clause start (no wrapped line begins with a number).
"""
import re
import shutil
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from policy_text import BODY, META, ORG, TITLE, TOOL_HEADER, VERSION_HEADER, VERSIONS

OUT = Path(__file__).resolve().parent
KN = OUT / "knowledge"
OR = OUT / "originals"
STEM = "northgate-icb-genai-policy"


def build_pdf(path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_title(TITLE)
    pdf.set_author(ORG)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(w, 6, ORG, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(w, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for label, value in META:
        pdf.multi_cell(w, 5.5, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(w, 6, "Version history", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(16, 30, 26, 98), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD")) as t:
        r = t.row()
        for c in VERSION_HEADER:
            r.cell(c)
        for row in VERSIONS:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.add_page()
    for block in BODY:
        kind = block[0]
        if kind in ("h", "appendix"):
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(w, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "table":
            _, header, rows = block
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(w, 5.5, "Table 1: Generative AI tools and their status", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("Helvetica", "", 8.5)
            with pdf.table(col_widths=(42, 30, 50, 48), text_align="LEFT", line_height=4.3,
                           headings_style=FontFace(emphasis="BOLD")) as t:
                r = t.row()
                for c in header:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.output(str(path))


def build_md(path: Path) -> None:
    out = [f"# {TITLE}", "", ORG, ""]
    for label, value in META:
        out.append(f"{label}: {value}  ")
    out += ["", "**Version history**", "",
            "| " + " | ".join(VERSION_HEADER) + " |",
            "| " + " | ".join("---" for _ in VERSION_HEADER) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in VERSIONS]
    out.append("")
    for block in BODY:
        kind = block[0]
        if kind == "h":
            out += [f"## {block[1]}", ""]
        elif kind == "appendix":
            out += [f"## {block[1]}", ""]
        elif kind == "p":
            out += [block[1], ""]
        elif kind == "table":
            _, header, rows = block
            out += ["Table 1: Generative AI tools and their status", "",
                    "| " + " | ".join(header) + " |",
                    "| " + " | ".join("---" for _ in header) + " |"]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


DOS = """# Generative AI: dos and don'ts

A quick guide for NHS Northgate ICB colleagues. It summarises the Generative AI Acceptable Use Policy (NICB-IG-014). Where this page and the policy differ, the policy applies.

## Do

- Use Microsoft Copilot Chat signed in with your NHS.net account (look for the green shield). It is fine for drafting, summarising and rewording your own work, including unpublished drafts.
- Treat everything AI produces as a first draft. Check facts, figures, NICE references and quotations against the source before you use them.
- Say when AI has written a substantial part of a document, and complete the AI question on the Board and committee paper cover sheet.
- Tell people at the start of a Teams meeting if transcription or Copilot recap is on, and switch it off if anyone asks.
- Ask the IG team before you try a new AI tool, browser extension, app or AI feature in other software.
- Report it on Datix straight away if you have put something into an AI tool that you should not have, and leave the chat in place until IG advise.

## Don't

- Don't put patient information into any AI tool, even with the names and NHS numbers taken out.
- Don't paste complaints, PALS enquiries, CHC paperwork, individual funding requests or anything about a colleague's HR case into AI.
- Don't use AI to decide, score or recommend anything about a person's care, funding or CHC eligibility, or about which provider gets a contract.
- Don't upload unpublished Board papers, bids, contract values or financial plans to ChatGPT, Gemini, Claude or any other public AI service.
- Don't let AI note-taking bots such as Otter.ai or Fireflies into ICB meetings.
- Don't create pictures, videos or voices of real people.

## Using AI on your phone or at home

- Copilot Chat through the managed NHSmail app can be used for the same work as on your ICB laptop.
- On your own phone or computer, ChatGPT, Gemini and Claude can be used for published information only. Never download ICB documents to a personal device to use them with AI.

## Still not sure?

Email the IG team at nicb.infogov@nhs.net. Requests for new tools go to the Digital and Data Governance Group (DDGG), which meets monthly. Some questions, such as AI scribes in CHC assessments and AI analysis of consultation responses, are still being decided by the DDGG, so ask before you start.
"""


CLAUSE_LINE = re.compile(r"^\s*((?:\d+(?:\.\d+)*|[A-Z]\.\d+)(?:\([a-z]\))?)\.?(?=\s|[A-Z])")


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    Path("/tmp/northgateicb-pdf-extract.txt").write_text(text, encoding="utf-8")
    expected = []
    for block in BODY:
        if block[0] in ("h", "p"):
            m = CLAUSE_LINE.match(block[1])
            expected.append(m.group(1))
    seen = []
    for line in text.splitlines():
        m = CLAUSE_LINE.match(line)
        if m:
            seen.append(m.group(1))
    bad = [s for s in seen if s not in expected]
    missing = [e for e in expected if e not in seen]
    print("clauses expected", len(expected), "seen", len(seen))
    print("unexpected number-led lines:", bad)
    print("missing clause starts:", missing)
    words = len(re.findall(r"[A-Za-z0-9']+", text))
    print("pdf words:", words)


def main() -> None:
    KN.mkdir(exist_ok=True)
    OR.mkdir(exist_ok=True)
    build_pdf(KN / f"{STEM}.pdf")
    build_md(OR / f"{STEM}.md")
    (KN / "genai-dos-and-donts.md").write_text(DOS, encoding="utf-8")
    shutil.copyfile(KN / "genai-dos-and-donts.md", OR / "genai-dos-and-donts.md")
    check_pdf(KN / f"{STEM}.pdf")


if __name__ == "__main__":
    main()
