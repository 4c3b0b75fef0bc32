"""Word reader: blocks and clause ids from .docx files built with python-docx in tmp_path.

Numbering definitions are written into the template's numbering part as Word writes them
(abstractNum + num, lvlOverride, numStyleLink), so the labels come from our numbering engine,
never from the paragraph text."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from index.ingest import ingest_folder, parse_document
from index.loaders import LoaderError, load_blocks
from index.loaders.docx import load_docx
from index.loaders.word_numbering import format_number
from index.models import Block

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --------------------------------------------------------------------------- builders

def lvl_xml(ilvl: int, fmt: str = "decimal", text: str = "", start: int = 1,
            extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{extra}<w:lvlText w:val="{text}"/></w:lvl>')


def add_abstract(doc, aid: int, levels: list[str], head: str = "") -> None:
    """An abstractNum with these `lvl_xml` levels; placed before the w:num elements."""
    el = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">'
                   f'<w:multiLevelType w:val="multilevel"/>{head}{"".join(levels)}</w:abstractNum>')
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id: int, aid: int, overrides: str = "") -> None:
    doc.part.numbering_part.element.append(parse_xml(
        f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'))


def start_override(ilvl: int, value: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'


def set_num_pr(pPr, num_id: int | None, ilvl: int | None) -> None:
    numPr = pPr.get_or_add_numPr()
    if ilvl is not None:
        numPr.get_or_add_ilvl().val = ilvl
    if num_id is not None:
        numPr.get_or_add_numId().val = num_id


def numbered(doc, text: str, num_id: int | None, ilvl: int | None = None, style=None):
    p = doc.add_paragraph(text, style=style)
    set_num_pr(p._p.get_or_add_pPr(), num_id, ilvl)
    return p


def link_style(doc, style_name: str, num_id: int, ilvl: int | None = None) -> None:
    """Give a paragraph style numbering, as Word's 'link level to style' does."""
    set_num_pr(doc.styles[style_name].element.get_or_add_pPr(), num_id, ilvl)


def policy_numbering(doc, levels: list[str]) -> None:
    """abstractNum 20 with `levels`; num 20 (linked to Heading 1 through the level's pStyle and
    the style's numId) and num 21 (for body paragraphs) both point at it."""
    add_abstract(doc, 20, levels)
    add_num(doc, 20, 20)
    add_num(doc, 21, 20)
    link_style(doc, "Heading 1", 20)


def save(doc, tmp_path: Path, name: str = "policy.docx") -> Path:
    path = tmp_path / name
    doc.save(str(path))
    return path


def ids(path: Path) -> list[str]:
    return [c.id for c in parse_document(path).clauses]


def texts(path: Path) -> list[str]:
    return [b.text for b in load_docx(path)]


H1 = lvl_xml(0, "decimal", "%1.", extra='<w:pStyle w:val="Heading1"/>')
L2 = lvl_xml(1, "decimal", "%1.%2")
L3 = lvl_xml(2, "decimal", "%1.%2.%3")


# --------------------------------------------------------------------------- headings, typed numbers

def test_heading_styles_and_typed_numbers(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Example Council Generative AI Policy", style="Title")
    doc.add_paragraph("For all staff", style="Subtitle")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), v in {(0, 0): "Version", (0, 1): "1.0", (1, 0): "Owner", (1, 1): ""}.items():
        table.cell(r, c).text = v
    doc.add_paragraph("This introduction belongs to the document.")
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 This policy explains how staff may use AI tools.")
    doc.add_heading("Section 2 \u2013 Scope", level=1)
    doc.add_paragraph("Text directly under the section heading.")
    doc.add_paragraph("2.1 It applies to all staff.")
    doc.add_heading("Code assistants", level=2)
    doc.add_paragraph("2.2 Code assistants need approval.")
    path = save(doc, tmp_path)

    blocks = load_docx(path)
    assert blocks[0] == Block("title", "Example Council Generative AI Policy")
    assert blocks[1] == Block("para", "For all staff")
    assert blocks[2] == Block("para", "Version | 1.0", table=True)      # empty cell skipped
    assert blocks[3] == Block("para", "Owner", table=True)
    assert Block("heading", "1. Purpose", level=1) in blocks
    assert Block("heading", "Code assistants", level=2) in blocks

    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["1", "1.1", "2", "2.1", "2.2"]
    c = {c.id: c for c in parsed.clauses}
    assert parsed.title == "Example Council Generative AI Policy"
    assert "belongs to the document" in parsed.preamble and "Version | 1.0" in parsed.preamble
    assert c["1.1"].text == "This policy explains how staff may use AI tools."
    assert c["2"].heading == "Scope" and c["2"].text == "Text directly under the section heading."
    assert c["2.2"].heading_path[-1] == "Code assistants"


def test_localised_and_custom_heading_styles_use_the_outline_level(tmp_path):
    doc = docx.Document()
    german = doc.styles.add_style("\u00dcberschrift 1", WD_STYLE_TYPE.PARAGRAPH)
    german.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    custom = doc.styles.add_style("Policy Section", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = german                        # outline level inherited via basedOn
    sub = doc.styles.add_style("Policy Sub", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = doc.styles["Heading 2"]
    doc.add_paragraph("1. Zweck", style=german)
    doc.add_paragraph("2. Data protection", style=custom)
    doc.add_paragraph("Public chatbots", style=sub)
    doc.add_paragraph("2.1 Do not paste personal data.")
    path = save(doc, tmp_path)
    assert load_docx(path) == [Block("heading", "1. Zweck", level=1),
                               Block("heading", "2. Data protection", level=1),
                               Block("heading", "Public chatbots", level=2),
                               Block("para", "2.1 Do not paste personal data.")]
    assert ids(path) == ["1", "2", "2.1"]


def test_heading_styles_used_to_number_body_text_give_paragraphs(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, lvl_xml(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>')])
    link_style(doc, "Heading 2", 20, 1)
    doc.add_heading("Data protection", level=1)
    doc.add_heading("Use of generative AI", level=2)              # a real numbered sub-heading
    doc.add_paragraph("Staff should read this section carefully.")
    doc.add_heading("Staff must not paste personal data into public tools.", level=2)
    path = save(doc, tmp_path)
    assert load_docx(path) == [
        Block("heading", "1. Data protection", level=1),
        Block("heading", "1.1 Use of generative AI", level=2),
        Block("para", "Staff should read this section carefully."),
        Block("para", "1.2 Staff must not paste personal data into public tools."),
    ]
    c = {c.id: c for c in parse_document(path).clauses}
    assert list(c) == ["1", "1.1", "1.2"]
    assert c["1.2"].text == "Staff must not paste personal data into public tools."


def test_plain_and_bold_numbered_paragraphs_are_headings(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Northvale AI guidance")
    doc.add_paragraph("1. Purpose")
    doc.add_paragraph("1.1 This guidance explains things.")
    bold = doc.add_paragraph()
    bold.add_run("2 Use of A.I. tools").bold = True     # a full stop inside: only bold makes it
    doc.add_paragraph("2.1 Use approved tools only.")
    doc.add_paragraph("Section 3 \u2013 Data")
    doc.add_paragraph("3.1 No personal data.")
    doc.add_paragraph("4. This is a sentence, not a heading.")
    path = save(doc, tmp_path)
    blocks = load_docx(path)
    assert Block("heading", "1. Purpose", level=2) in blocks
    assert Block("heading", "2 Use of A.I. tools", level=2) in blocks
    assert Block("heading", "Section 3 \u2013 Data", level=2) in blocks
    assert Block("para", "4. This is a sentence, not a heading.") in blocks
    assert ids(path) == ["1", "1.1", "2", "2.1", "3", "3.1"]


def test_simple_numbered_list_under_numbered_heading_styles_stays_a_list(tmp_path):
    doc = docx.Document()
    doc.add_heading("1. Getting approval", level=1)
    doc.add_paragraph("1.1 Before using a new tool:")
    doc.add_paragraph("Ask your manager", style="List Number")     # Word shows "1. Ask ..."
    doc.add_paragraph("Check the register", style="List Number")
    doc.add_paragraph("1.2 Record the decision.")
    path = save(doc, tmp_path)
    assert texts(path)[2:4] == ["1. Ask your manager", "2. Check the register"]
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["1", "1.1", "1.2"]
    assert "2. Check the register" in parsed.clauses[1].text


def test_numbered_steps_in_an_faq_do_not_become_sections(tmp_path):
    doc = docx.Document()
    doc.add_heading("Copilot FAQ", level=1)
    doc.add_heading("How do I turn on Copilot in Teams?", level=2)
    doc.add_paragraph("Open Teams", style="List Number")
    doc.add_paragraph("Choose Copilot", style="List Number")
    doc.add_heading("Who approves new tools?", level=2)
    doc.add_paragraph("The AI governance group.")
    path = save(doc, tmp_path, "faq.docx")
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["how-do-i-turn-on-copilot-in-teams",
                                              "who-approves-new-tools"]
    assert parsed.clauses[0].text == "1. Open Teams\n2. Choose Copilot"


def test_typed_sections_under_unnumbered_heading_styles(tmp_path):
    doc = docx.Document()
    doc.add_heading("Generative AI policy", level=1)
    doc.add_heading("About this document", level=2)
    doc.add_paragraph("1. Purpose")                               # continued by 1.1: a section
    doc.add_paragraph("1.1 This policy explains things.")
    doc.add_paragraph("Section 2 \u2013 Scope")                  # explicit look
    doc.add_paragraph("It applies to all staff.")
    path = save(doc, tmp_path)
    assert ids(path) == ["1", "1.1", "2"]


# --------------------------------------------------------------------------- automatic numbering

def test_automatic_multilevel_numbering_on_headings_and_paragraphs(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, L2, L3])
    doc.add_paragraph("Example Council AI Policy", style="Title")
    doc.add_paragraph("Issued by the Information Governance team.")
    doc.add_heading("Purpose", level=1)                       # numbered through its style
    numbered(doc, "This policy explains how staff may use AI tools.", 21, 1)
    numbered(doc, "It applies to everyone who works for the council.", 21, 1)
    numbered(doc, "That includes contractors and volunteers.", 21, 2)
    doc.add_heading("Data protection", level=1)
    numbered(doc, "Staff must not paste personal data into public AI tools.", 21, 1)
    path = save(doc, tmp_path)

    assert texts(path) == [
        "Example Council AI Policy",
        "Issued by the Information Governance team.",
        "1. Purpose",
        "1.1 This policy explains how staff may use AI tools.",
        "1.2 It applies to everyone who works for the council.",
        "1.2.1 That includes contractors and volunteers.",
        "2. Data protection",
        "2.1 Staff must not paste personal data into public AI tools.",
    ]
    assert load_docx(path)[2] == Block("heading", "1. Purpose", level=1)
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["1", "1.1", "1.2", "1.2.1", "2", "2.1"]
    c = {c.id: c for c in parsed.clauses}
    assert c["2.1"].heading == "Data protection"
    assert c["2.1"].text == "Staff must not paste personal data into public AI tools."
    assert "Issued by" in parsed.preamble


def test_nums_sharing_an_abstract_continue_and_start_override_restarts(tmp_path):
    doc = docx.Document()
    add_abstract(doc, 40, [lvl_xml(0, "decimal", "%1."), lvl_xml(1, "decimal", "%1.%2")])
    add_num(doc, 40, 40)
    add_num(doc, 41, 40)                                   # no override: continues 40's count
    add_num(doc, 42, 40, start_override(0, 7))             # restarts level 0 at 7
    add_num(doc, 43, 40, start_override(0, 1))             # restarts at 1
    add_num(doc, 44, 40, start_override(1, 5))             # restarts the sub-level at 5
    for text, num, ilvl in [("one", 40, 0), ("two", 40, 0), ("three", 41, 0),
                            ("seven", 42, 0), ("seven one", 42, 1), ("eight", 40, 0),
                            ("nine", 42, 0), ("restarted", 43, 0), ("sub five", 44, 1),
                            ("sub six", 40, 1), ("two again", 41, 0)]:
        numbered(doc, text, num, ilvl)
    path = save(doc, tmp_path)
    assert texts(path) == ["1. one", "2. two", "3. three", "7. seven", "7.1 seven one",
                           "8. eight", "9. nine", "1. restarted", "1.5 sub five", "1.6 sub six",
                           "2. two again"]


def test_start_override_on_a_heading_list_carries_into_body_paragraphs(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, L2])
    add_num(doc, 24, 20, start_override(0, 5))
    h = doc.add_heading("Scope", level=1)
    set_num_pr(h._p.get_or_add_pPr(), 24, 0)                 # direct numPr beats the style's
    numbered(doc, "It applies to all staff.", 21, 1)
    doc.add_heading("Data", level=1)
    numbered(doc, "No personal data.", 21, 1)
    path = save(doc, tmp_path)
    assert texts(path) == ["5. Scope", "5.1 It applies to all staff.", "6. Data",
                           "6.1 No personal data."]
    assert ids(path) == ["5", "5.1", "6", "6.1"]


def test_bare_lettered_items_join_the_clause_above(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [lvl_xml(0, "decimal", "%1.", start=7,
                                   extra='<w:pStyle w:val="Heading1"/>'),
                           L2, lvl_xml(2, "lowerLetter", "(%3)")])
    doc.add_heading("Data protection", level=1)
    numbered(doc, "Staff must not paste personal data into:", 21, 1)
    numbered(doc, "public chatbots;", 21, 2)
    numbered(doc, "browser extensions.", 21, 2)
    numbered(doc, "Report any breach.", 21, 1)
    path = save(doc, tmp_path)
    assert texts(path) == ["7. Data protection", "7.1 Staff must not paste personal data into:",
                           "(a) public chatbots;", "(b) browser extensions.",
                           "7.2 Report any breach."]
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["7", "7.1", "7.2"]
    assert parsed.clauses[1].text == ("Staff must not paste personal data into:\n"
                                      "(a) public chatbots;\n(b) browser extensions.")


def test_lettered_items_with_their_own_number_are_clauses(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [lvl_xml(0, "decimal", "%1.", start=7,
                                   extra='<w:pStyle w:val="Heading1"/>'),
                           L2, lvl_xml(2, "lowerLetter", "%1.%2(%3)")])
    doc.add_heading("Data protection", level=1)
    for _ in range(3):
        numbered(doc, "A rule.", 21, 1)
    numbered(doc, "Public chatbots need approval.", 21, 2)
    numbered(doc, "So do browser extensions.", 21, 2)
    path = save(doc, tmp_path)
    assert texts(path)[-2:] == ["7.3(a) Public chatbots need approval.",
                                "7.3(b) So do browser extensions."]
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["7", "7.1", "7.2", "7.3", "7.3(a)", "7.3(b)"]
    assert parsed.clauses[4].text == "Public chatbots need approval."


def test_appendix_with_typed_letter_numbers_and_bullets(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, L2])
    doc.add_heading("Tools", level=1)
    numbered(doc, "Only these tools may be used:", 21, 1)
    doc.add_paragraph("Microsoft 365 Copilot Chat", style="List Bullet")
    b = doc.add_paragraph("\u2022 GitHub Copilot")          # typed bullet char on a bullet list
    set_num_pr(b._p.get_or_add_pPr(), 1, 0)
    numbered(doc, "Anything else needs approval.", 21, 1)
    appendix = doc.add_heading("Appendix A \u2013 Definitions", level=1)
    set_num_pr(appendix._p.get_or_add_pPr(), 0, None)         # numId 0: numbering switched off
    doc.add_paragraph("A.1 Public information: already published.")
    doc.add_paragraph("A.2 Internal information: unpublished.")
    path = save(doc, tmp_path)
    assert texts(path) == ["1. Tools", "1.1 Only these tools may be used:",
                           "Microsoft 365 Copilot Chat", "GitHub Copilot",
                           "1.2 Anything else needs approval.", "Appendix A \u2013 Definitions",
                           "A.1 Public information: already published.",
                           "A.2 Internal information: unpublished."]
    parsed = parse_document(path)
    assert [c.id for c in parsed.clauses] == ["1", "1.1", "1.2", "A.1", "A.2"]
    c = {c.id: c for c in parsed.clauses}
    assert c["1.1"].text == "Only these tools may be used:\nMicrosoft 365 Copilot Chat\nGitHub Copilot"
    assert c["A.1"].heading.startswith("Appendix A")


def test_num_style_link_lvl_override_legal_and_lvl_restart(tmp_path):
    doc = docx.Document()
    # a list style: abstract 70 only links to numbering style "PolicyList", whose num 71 uses
    # abstract 71, where the levels really are
    add_abstract(doc, 70, [], head='<w:numStyleLink w:val="PolicyList"/>')
    add_abstract(doc, 71, [lvl_xml(0, "upperRoman", "%1."),
                           lvl_xml(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
                           lvl_xml(2, "decimal", "%3)", extra='<w:lvlRestart w:val="0"/>')],
                 head='<w:styleLink w:val="PolicyList"/>')
    add_num(doc, 70, 70)
    add_num(doc, 71, 71)
    add_num(doc, 72, 71, '<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1">'
                         '<w:lvlText w:val="%1-%2"/></w:lvl></w:lvlOverride>')
    style = doc.styles.add_style("PolicyList", WD_STYLE_TYPE.PARAGRAPH)   # retyped below
    style.element.set(qn("w:type"), "numbering")
    set_num_pr(style.element.get_or_add_pPr(), 71, None)
    for text, num, ilvl in [("Purpose", 70, 0), ("legal number", 70, 1), ("never restarts", 70, 2),
                            ("Scope", 70, 0), ("override text", 72, 1), ("still counting", 70, 2)]:
        numbered(doc, text, num, ilvl)
    path = save(doc, tmp_path)
    assert texts(path) == ["I. Purpose", "1.1 legal number", "1) never restarts", "II. Scope",
                           "II-1 override text", "2) still counting"]


def test_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(3, "upperLetter") == "C"
    assert format_number(14, "lowerRoman") == "xiv" and format_number(1999, "upperRoman") == "MCMXCIX"
    assert format_number(5, "decimalZero") == "05" and format_number(12, "decimalZero") == "12"
    assert format_number(3, "none") == "" and format_number(3, "bullet") == ""
    assert format_number(22, "ordinal") == "22nd" and format_number(13, "ordinal") == "13th"


def test_parent_level_not_used_yet_shows_zero_like_word(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, L2])
    numbered(doc, "Before any heading.", 21, 1)
    path = save(doc, tmp_path)
    assert texts(path) == ["0.1 Before any heading."]


# --------------------------------------------------------------------------- FAQ, tables, text

@pytest.mark.parametrize("title_style", ["Title", "Heading 1"])
def test_unnumbered_headings_give_slug_ids(tmp_path, title_style):
    doc = docx.Document()
    doc.add_paragraph("AI at Northvale: frequently asked questions", style=title_style)
    doc.add_paragraph("Answers from the Digital team.")
    doc.add_heading("Can I use Copilot in Teams meetings?", level=2)
    doc.add_paragraph("Yes, if everyone is told at the start.")
    doc.add_heading("Who approves new tools?", level=2)
    doc.add_paragraph("The AI governance group.")
    parsed = parse_document(save(doc, tmp_path, "faq.docx"))
    assert [c.id for c in parsed.clauses] == ["can-i-use-copilot-in-teams-meetings",
                                              "who-approves-new-tools"]
    assert parsed.title == "AI at Northvale: frequently asked questions"
    assert parsed.clauses[0].text == "Yes, if everyone is told at the start."
    assert parsed.preamble == "Answers from the Digital team."


def test_table_text_belongs_to_the_clause_it_sits_in(tmp_path):
    doc = docx.Document()
    doc.add_heading("1. Tools", level=1)
    doc.add_paragraph("1.1 The approved tools are:")
    table = doc.add_table(rows=3, cols=3)
    rows = [("Tool", "Status", "Data"), ("Copilot Chat", "approved", "internal"),
            ("ChatGPT (free)", "prohibited", "")]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    table.cell(2, 2).paragraphs[0].add_run("none").bold = True
    doc.add_paragraph("1.2 Ask before using anything else.")
    box = doc.add_table(rows=1, cols=1)                       # a one-cell box: plain paragraphs
    box.cell(0, 0).text = "1.3 Boxed clause."
    box.cell(0, 0).add_paragraph("It continues here.")
    path = save(doc, tmp_path)
    assert texts(path) == ["1. Tools", "1.1 The approved tools are:", "Tool | Status | Data",
                           "Copilot Chat | approved | internal", "ChatGPT (free) | prohibited | none",
                           "1.2 Ask before using anything else.", "1.3 Boxed clause.",
                           "It continues here."]
    c = {c.id: c for c in parse_document(path).clauses}
    assert c["1.1"].text == ("The approved tools are:\nTool | Status | Data\n"
                             "Copilot Chat | approved | internal\nChatGPT (free) | prohibited | none")
    assert c["1.2"].text == "Ask before using anything else."
    assert c["1.3"].text == "Boxed clause.\nIt continues here."


def test_numbered_paragraphs_in_table_cells_keep_their_numbers(tmp_path):
    doc = docx.Document()
    policy_numbering(doc, [H1, L2])
    doc.add_heading("Roles", level=1)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Manager"
    set_num_pr(table.cell(0, 1).paragraphs[0]._p.get_or_add_pPr(), 21, 1)
    table.cell(0, 1).paragraphs[0].add_run("Approves use of new tools.")
    numbered(doc, "Staff follow this policy.", 21, 1)
    path = save(doc, tmp_path)
    assert texts(path) == ["1. Roles", "Manager | 1.1 Approves use of new tools.",
                           "1.2 Staff follow this policy."]


RUN = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'


def test_text_includes_links_insertions_and_controls_but_not_deletions_or_field_codes(tmp_path):
    doc = docx.Document()
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W}><w:t xml:space="preserve">7.3  Staff \u2018must\u2019 read </w:t></w:r>'))
    for xml in [
        f'<w:hyperlink {W}>{RUN.format("the guidance")}</w:hyperlink>',
        f'<w:ins {W} w:id="1" w:author="a">{RUN.format(" on the")}</w:ins>',
        f'<w:del {W} w:id="2" w:author="a"><w:r><w:delText>NOT THIS</w:delText></w:r></w:del>',
        f'<w:smartTag {W} w:element="place">{RUN.format(" intranet")}</w:smartTag>',
        f'<w:sdt {W}><w:sdtContent>{RUN.format(" page")}</w:sdtContent></w:sdt>',
        f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W}><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W}><w:t>4</w:t></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>',
        f'<w:r {W}><w:tab/><w:t>before</w:t><w:br/><w:t>after</w:t></w:r>',
        f'<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>',
        f'<w:r {W}><w:t xml:space="preserve">\u00a0 \u201cquoted\u201d\t end.</w:t></w:r>',
    ]:
        p._p.append(parse_xml(xml))
    path = save(doc, tmp_path)
    assert texts(path) == ["7.3 Staff \u2018must\u2019 read the guidance on the intranet page4 "
                           "before after \u201cquoted\u201d end."]


def test_table_of_contents_is_skipped(tmp_path):
    doc = docx.Document()
    toc = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        '</w:docPartObj></w:sdtPr><w:sdtContent>'
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>1. Purpose</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>')
    doc.element.body.insert(0, toc)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 Text.")
    path = save(doc, tmp_path)
    assert texts(path) == ["1. Purpose", "1.1 Text."]


# --------------------------------------------------------------------------- unreadable files

def _one_line_loader_error(path: Path) -> str:
    with pytest.raises(LoaderError) as err:
        load_blocks(path)
    msg = str(err.value)
    assert msg and "\n" not in msg and "Traceback" not in msg
    return msg


def test_corrupt_and_non_word_files_raise_a_one_line_loader_error(tmp_path):
    random_bytes = tmp_path / "random.docx"
    random_bytes.write_bytes(bytes(range(256)) * 20)
    assert "not a valid Word .docx file" in _one_line_loader_error(random_bytes)

    empty_zip = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("hello.txt", "not word")
    assert "not a valid Word .docx file" in _one_line_loader_error(empty_zip)

    good = save(docx.Document(), tmp_path, "good.docx")
    broken_xml = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    assert "not a valid Word .docx file" in _one_line_loader_error(broken_xml)

    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:2000])
    assert "not a valid Word .docx file" in _one_line_loader_error(truncated)

    spreadsheet = _with_content_type(
        good, tmp_path / "sheet.docx",
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    assert "not a Word document (its content type is" in _one_line_loader_error(spreadsheet)

    # OLE compound files: the directory names streams in UTF-16
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    old_doc = tmp_path / "old.docx"
    old_doc.write_bytes(ole + "WordDocument".encode("utf-16-le") + b"\x00" * 512)
    assert "old Word 97-2003 .doc" in _one_line_loader_error(old_doc)
    encrypted = tmp_path / "locked.docx"
    encrypted.write_bytes(ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
                          + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    assert "password-protected" in _one_line_loader_error(encrypted)


def _with_content_type(src_path: Path, dst_path: Path, main_type: bytes) -> Path:
    """A copy of a .docx whose main part declares another content type."""
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(dst_path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument."
                                    b"wordprocessingml.document.main+xml", main_type)
            dst.writestr(item, data)
    return dst_path


def test_templates_and_macro_enabled_documents_renamed_to_docx_are_read(tmp_path):
    doc = docx.Document()
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 Text.")
    good = save(doc, tmp_path, "good.docx")
    for name, ctype in [
        ("template.docx",
         b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
        ("macros.docx", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
    ]:
        assert ids(_with_content_type(good, tmp_path / name, ctype)) == ["1", "1.1"]


def test_a_bad_docx_is_skipped_with_its_reason_during_ingest(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    doc = docx.Document()
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("1.1 Text.")
    save(doc, tmp_path, "policy.docx")
    result = ingest_folder(tmp_path)
    assert result.files == ["policy.docx"]
    assert [p.reason for p in result.skipped] == [
        "not a valid Word .docx file (corrupt, or an old .doc renamed?)"]
