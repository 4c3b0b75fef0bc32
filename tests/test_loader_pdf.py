"""PDF reader: real PDFs written with fpdf2 into tmp_path, read back through the real pipeline."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from fpdf import FPDF

from index.ingest import parse_document
from index.loaders import LoaderError, load_blocks
from index.loaders.pdf import load_pdf
from index.models import Block

BODY = 11
LEAD = 6          # mm between wrapped lines
HEADER = "Generative AI Usage Policy \u2013 OFFICIAL"


class _Doc(FPDF):
    """An A4 document with a running header (not on page 1), a footer with the version and
    "Page N of M" on one line, and a lone page number under it."""

    def __init__(self, furniture: bool = True) -> None:
        super().__init__()
        self.core_fonts_encoding = "windows-1252"
        self.furniture = furniture
        self.alias_nb_pages()
        self.set_auto_page_break(False)

    def header(self) -> None:
        if self.furniture and self.page_no() > 1:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 6, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

    def footer(self) -> None:
        if not self.furniture:
            return
        self.set_y(-18)
        self.set_font("Helvetica", "", 9)
        self.cell(90, 5, "Version 2.0 \u2013 March 2026")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_y(-11)
        self.cell(0, 5, str(self.page_no()), align="C")

    # writing helpers: one call per visual line, so tests control wrapping and page breaks
    def title_line(self, text: str, size: int = 22) -> None:
        self.set_font("Helvetica", "B", size)
        self.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def heading(self, *lines: str, size: int = 14, bold: bool = True) -> None:
        self.ln(3)
        self.set_font("Helvetica", "B" if bold else "", size)
        for line in lines:      # a wrapped heading: lines 1.25 x the type size apart
            self.cell(0, 9 if len(lines) == 1 else size * 1.25 * 25.4 / 72, line,
                      new_x="LMARGIN", new_y="NEXT")

    def para(self, *lines: str) -> None:
        self.set_font("Helvetica", "", BODY)
        for line in lines:
            self.cell(0, LEAD, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def lines(self, *lines: str) -> None:
        """Lines of a paragraph that is not finished yet (no paragraph gap after them)."""
        self.set_font("Helvetica", "", BODY)
        for line in lines:
            self.cell(0, LEAD, line, new_x="LMARGIN", new_y="NEXT")


def _policy_pdf(path: Path) -> Path:
    pdf = _Doc()
    pdf.add_page()
    pdf.title_line("Generative AI Usage Policy")
    pdf.para("Owner: Information Governance. Approved by the Senior Leadership Team.")
    pdf.heading("Contents")
    pdf.para("1. Purpose . . . . . . . . . . . . 1", "2. Data protection 2", "Appendix A \u2013 Definitions 3")
    pdf.heading("1. Purpose")
    pdf.para("1.1 This policy explains how staff may use generative AI tools in their work, which tools",
             "are approved and what information may be entered into them. It supports good decision-",
             "making and replaces earlier proce-",
             "dures for the use of cloud services.")
    pdf.para("1.2 All staff must read this policy and follow the procedures it sets out.")
    pdf.add_page()
    pdf.heading("2. Data protection", size=BODY, bold=False)       # no font clue at all
    pdf.lines("2.1 Staff must not enter personal data into a generative AI tool unless the tool is",
              "approved for personal data in the register, and then only the minimum needed for the")
    pdf.add_page()                                                  # the paragraph goes on
    pdf.lines("task; every output must be checked by a person before it is used or shared with",
              "anyone outside the team.")
    pdf.ln(4)
    pdf.para("2.1.1 Special category data must never be entered into any generative AI tool.")
    pdf.heading("Appendix A \u2013 Definitions")
    pdf.para("A.1 Generative AI means software that produces text, images or code from a prompt.")
    pdf.output(str(path))
    return path


def _faq_pdf(path: Path) -> Path:
    pdf = _Doc(furniture=False)
    pdf.add_page()
    pdf.title_line("AI tools: frequently asked questions", size=20)
    pdf.para("Answers to the questions staff ask most often.")
    pdf.heading("Can I use Copilot in Teams meetings?", size=13)
    pdf.para("Yes, for internal meetings, if everyone present is told that Copilot is on. To turn it on:")
    pdf.lines("1. Open the meeting in Teams", "2. Select Copilot")      # a numbered list, not sections
    pdf.ln(4)
    pdf.heading("What should I do if a generative AI tool gives me wrong or", "misleading information?",
                size=13)
    pdf.para("Do not use the output. Report it to the AI governance mailbox.")
    pdf.set_font("Helvetica", "", BODY)
    pdf.cell(0, LEAD, "\u2022 Say which tool you used.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, LEAD, "\u2022 Keep a copy of the prompt.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.heading("Getting help", size=BODY)                         # bold at body size
    pdf.set_font("Helvetica", "B", BODY)                             # a bold paragraph, not a heading
    pdf.cell(0, LEAD, "Never paste personal data into a public AI tool, even when it looks",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, LEAD, "anonymised.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("Contact the information governance team.")
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------- numbered policy

def test_numbered_policy_blocks_and_clause_ids(tmp_path: Path) -> None:
    path = _policy_pdf(tmp_path / "genai-policy.pdf")
    blocks = load_pdf(path)
    assert blocks[0].kind == "title" and blocks[0].text == "Generative AI Usage Policy"
    heads = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert ("2. Data protection", 2) in heads            # numbered line without font clues
    assert any(t == "1. Purpose" for t, _ in heads)
    assert all(b.anchor and b.anchor.startswith("page=") for b in blocks)

    doc = parse_document(path)
    assert doc.title == "Generative AI Usage Policy"
    assert [c.id for c in doc.clauses] == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "A.1"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["1"].heading == "Purpose"                  # not the contents entry
    assert by_id["2"].heading == "Data protection"
    assert by_id["A.1"].heading == "Appendix A \u2013 Definitions"
    assert by_id["1.1"].anchor == "page=1"
    assert by_id["2.1"].anchor == "page=2"
    assert by_id["A.1"].anchor == "page=3"


def test_page_furniture_never_reaches_clauses(tmp_path: Path) -> None:
    doc = parse_document(_policy_pdf(tmp_path / "genai-policy.pdf"))
    texts = [c.text for c in doc.clauses] + [c.heading for c in doc.clauses] + [doc.preamble]
    for text in texts:
        assert "OFFICIAL" not in text
        assert "Version 2.0" not in text
        assert "Page " not in text
        assert not text.rstrip().endswith((" 1", " 2", " 3"))
    assert doc.preamble == "Owner: Information Governance. Approved by the Senior Leadership Team."


def test_paragraph_wrapped_across_lines_and_a_page_break_is_one_clause(tmp_path: Path) -> None:
    by_id = {c.id: c for c in parse_document(_policy_pdf(tmp_path / "p.pdf")).clauses}
    assert by_id["2.1"].text == (
        "Staff must not enter personal data into a generative AI tool unless the tool is approved "
        "for personal data in the register, and then only the minimum needed for the task; every "
        "output must be checked by a person before it is used or shared with anyone outside the team.")
    assert by_id["2.1.1"].text == "Special category data must never be entered into any generative AI tool."


def test_end_of_line_hyphens(tmp_path: Path) -> None:
    by_id = {c.id: c for c in parse_document(_policy_pdf(tmp_path / "p.pdf")).clauses}
    text = by_id["1.1"].text
    assert "decision-making" in text             # a compound keeps its hyphen
    assert "earlier procedures for" in text      # a broken word is rejoined ("procedures" occurs elsewhere)
    assert text.endswith("for the use of cloud services.")


def test_section_headings_without_font_clues_on_a_single_page(tmp_path: Path) -> None:
    pdf = _Doc(furniture=False)
    pdf.add_page()
    pdf.para("Acceptable use of AI tools")
    pdf.para("Section 1 \u2013 Scope")
    pdf.para("1.1 This standard applies to every member of staff and every contractor.")
    pdf.para("Section 2 \u2013 Use of tools")
    pdf.para("2.1 Only tools on the register may be used.")
    pdf.para("2.1(a) Copilot Chat may be used with internal data.")
    pdf.para("(a) a bare item stays with the clause above")
    pdf.set_y(-25)
    pdf.para("Page 1 of 1")
    pdf.para("- 1 -")
    path = tmp_path / "standard.pdf"
    pdf.output(str(path))
    heads = [(b.text, b.level) for b in load_pdf(path) if b.kind == "heading"]
    assert heads == [("Section 1 \u2013 Scope", 2), ("Section 2 \u2013 Use of tools", 2)]
    doc = parse_document(path)
    assert [c.id for c in doc.clauses] == ["1", "1.1", "2", "2.1", "2.1(a)"]
    assert doc.clauses[-1].text == "Copilot Chat may be used with internal data.\n(a) a bare item stays with the clause above"
    assert doc.preamble == "Acceptable use of AI tools"


# ---------------------------------------------------------------- FAQ without numbers

def test_faq_pdf_headings_become_slug_clauses(tmp_path: Path) -> None:
    path = _faq_pdf(tmp_path / "ai-faq.pdf")
    blocks = load_pdf(path)
    assert blocks[0] == Block("title", "AI tools: frequently asked questions", anchor="page=1")
    heads = [b for b in blocks if b.kind == "heading"]
    assert [h.text for h in heads] == [
        "Can I use Copilot in Teams meetings?",
        "What should I do if a generative AI tool gives me wrong or misleading information?",
        "Getting help",
    ]
    assert heads[0].level < heads[2].level      # larger type ranks higher than bold body text

    doc = parse_document(path)
    assert doc.title == "AI tools: frequently asked questions"
    assert doc.preamble == "Answers to the questions staff ask most often."
    assert [c.id for c in doc.clauses] == [
        "can-i-use-copilot-in-teams-meetings",
        "what-should-i-do-if-a-generative-ai-tool-gives-me-wrong-or-misleading-information",
        "getting-help",
    ]
    assert doc.clauses[0].text.split("\n") == [
        "Yes, for internal meetings, if everyone present is told that Copilot is on. To turn it on:",
        "1. Open the meeting in Teams", "2. Select Copilot"]
    assert doc.clauses[2].text.split("\n") == [
        "Never paste personal data into a public AI tool, even when it looks anonymised.",
        "Contact the information governance team."]
    second = doc.clauses[1]
    assert second.text.split("\n") == ["Do not use the output. Report it to the AI governance mailbox.",
                                       "Say which tool you used.", "Keep a copy of the prompt."]


# ---------------------------------------------------------------- unreadable files

def test_pdf_without_text_is_reported_as_scanned(tmp_path: Path) -> None:
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 170, 250, style="F")       # an "image" of a page, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(LoaderError) as e:
        load_blocks(path)
    assert str(e.value) == "no extractable text: a scanned PDF? Run OCR or provide the original document"


def test_random_bytes_give_a_one_line_loader_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(LoaderError) as e:
        load_blocks(path)
    assert "\n" not in str(e.value) and str(e.value)


def test_truncated_pdf_gives_a_loader_error_or_what_survives(tmp_path: Path) -> None:
    good = _policy_pdf(tmp_path / "good.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(good[: len(good) // 3])
    try:
        blocks = load_blocks(path)
    except LoaderError as e:
        assert "\n" not in str(e)
    else:
        assert all(b.anchor for b in blocks)


def test_password_protected_pdf_says_password(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "1.1 Secret text.")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(LoaderError, match="password"):
        load_blocks(path)


def test_twenty_pages_read_quickly(tmp_path: Path) -> None:
    pdf = _Doc()
    pdf.add_page()
    pdf.title_line("Generative AI Usage Policy")
    for section in range(1, 21):
        if section > 1:
            pdf.add_page()
        pdf.heading(f"{section}. Section {section}")
        for n in range(1, 9):
            pdf.para(f"{section}.{n} Staff must follow the rules in this paragraph when they use a generative",
                     "AI tool for work, and must record which tool they used and for what purpose in",
                     "the team log kept for that purpose.")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    doc = parse_document(path)      # speed is benchmarks' business, not a test's (issue 17 item 7)
    assert len(doc.clauses) == 20 * 9
    assert all("Page" not in c.text for c in doc.clauses)


def test_version_history_on_the_title_page_is_not_a_clause(tmp_path: Path) -> None:
    # a version table read from a PDF has no table markers: "1.0 July 2024 ..." looks numbered
    pdf = _Doc()
    pdf.add_page()
    pdf.title_line("AI Usage Policy")
    pdf.heading("Version history", size=12)
    pdf.para("1.0 July 2024 First issue approved by the Executive Board")
    pdf.para("1.1 February 2025 Register added after the annual review")
    pdf.para("1.2 March 2026 Meeting transcription rules updated")
    pdf.heading("1. Purpose and status")
    pdf.para("1.1 This policy sets out how staff may use generative AI tools.")
    pdf.para("1.2 It applies to everyone who works for the service.")
    pdf.heading("2. Data")
    pdf.para("2.1 Personal data must not be entered into a public AI tool.")
    pdf.output(str(tmp_path / "p.pdf"))
    doc = parse_document(tmp_path / "p.pdf")
    assert [c.id for c in doc.clauses] == ["1", "1.1", "1.2", "2", "2.1"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["1.1"].text.startswith("This policy sets out") and by_id["1.1"].heading == "Purpose and status"
    assert "February 2025" not in " ".join(c.text for c in doc.clauses)


def test_a_version_table_read_as_headings_is_not_a_clause(tmp_path: Path) -> None:
    # a cover-page table whose cells the reader takes for headings ("1.0", "2.0", "2.1" on lines
    # of their own, larger than body text): the numbering restarts at section 1, so they are front matter
    pdf = _Doc()
    pdf.add_page()
    pdf.title_line("AI Usage Policy")
    pdf.heading("Document control", size=12)
    for version, when in (("1.0", "September 2023"), ("2.0", "August 2024"), ("2.1", "January 2026")):
        pdf.heading("Version", size=12)
        pdf.heading(version, size=12)
        pdf.para(when)
    pdf.add_page()
    pdf.heading("1. Purpose")
    pdf.para("1.1 This policy sets out how staff may use generative AI tools.")
    pdf.heading("2. Scope")
    pdf.para("2.1 It applies to everyone who works for the university.")
    pdf.output(str(tmp_path / "v.pdf"))
    doc = parse_document(tmp_path / "v.pdf")
    assert [c.id for c in doc.clauses] == ["1", "1.1", "2", "2.1"]
    assert {c.id: c for c in doc.clauses}["2.1"].text.startswith("It applies to everyone")


def test_a_cross_reference_wrapped_to_the_start_of_a_line_is_not_a_clause(tmp_path: Path) -> None:
    pdf = _Doc(furniture=False)
    pdf.add_page()
    pdf.title_line("AI Standard")
    pdf.heading("5. Approved tools")
    pdf.para("5.1 Copilot Chat may be used by staff with internal information once they have read this standard",
             "and have completed the short online course on safe prompting that is described in the section on",
             "training in detail, and only while signed in with a council account on a council device.")
    pdf.para("5.2 Licensed Microsoft 365 Copilot may be used by the staff named in the licence list who have",
             "completed the training described in section twelve of this standard and the refresher course in",
             "12.2. Managers must keep the licence list up to date and remove leavers from it promptly.")
    pdf.heading("12. Training")
    pdf.para("12.1 All staff must complete the e-learning module before using any generative AI tool.")
    pdf.para("12.2 Licence holders must also attend the live Copilot Essentials session within three months.")
    pdf.output(str(tmp_path / "s.pdf"))
    doc = parse_document(tmp_path / "s.pdf")
    assert [c.id for c in doc.clauses] == ["5", "5.1", "5.2", "12", "12.1", "12.2"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["5.2"].text.endswith("remove leavers from it promptly.")
    assert by_id["12.2"].text.startswith("Licence holders") and by_id["12.2"].heading == "Training"
