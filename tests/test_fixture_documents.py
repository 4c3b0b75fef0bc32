"""A corpus of documents shaped like the generative-AI policies and FAQ pages UK councils, NHS
bodies, universities, police forces and other public bodies really publish
(tests/fixtures/documents/, listed in the README): each parses to the clause ids a reader would
cite, tools tables become register rows, and no document with text yields zero clauses."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.clauses import split_clauses
from index.ingest import ingest_folder, parse_document
from index.models import Block, RegisterEntry
from index.tools_table import merge_registers

DOCS = Path(__file__).resolve().parent / "fixtures" / "documents"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
SCORER = SCORER if SCORER.is_file() else Path("/work/shared/eval/score.py")

# file -> (the structure recognised, the clause ids in document order)
EXPECTED: dict[str, tuple[str, list[str]]] = {
    "council-policy-typed-list.html": ("numbered", [
        "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2"]),
    "county-policy-list-numbering.html": ("numbered", [
        "1", "1.1", "1.2", "2", "2.1", "2.1(a)", "2.1(b)", "2.2", "3", "3.1", "3.4", "4", "4.1"]),
    "district-policy-bold-titles.html": ("numbered", ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "4"]),
    "university-faq-details.html": ("headings", [
        "tools", "which-ai-tools-can-i-use-for-university-work", "can-i-use-the-free-version-of-chatgpt",
        "data", "can-i-paste-student-records-into-copilot"]),
    "trust-faq-accordion.html": ("headings", [
        "can-i-use-copilot-chat-for-clinical-letters", "can-i-record-a-teams-meeting-with-ai-notes",
        "who-do-i-ask-about-a-new-ai-tool"]),
    "police-faq-definition-list.html": ("headings", [
        "can-i-use-an-ai-chatbot-to-write-a-witness-statement",
        "can-i-use-copilot-to-summarise-a-published-report",
        "can-i-enter-crime-reference-numbers-into-an-ai-tool"]),
    "university-numbered-paragraphs.html": ("numbered-paragraphs", ["1", "2", "3", "4", "5", "6", "7"]),
    "parish-news-paragraphs.html": ("paragraphs", ["p1", "p2", "p3"]),
    "agency-tools-table.html": ("numbered", ["1", "1.1", "2", "2.1", "2.2", "3", "3.1"]),
    "council-template-sections.md": ("numbered", ["1", "2", "3", "4", "5"]),
    "trust-policy-plain.txt": ("numbered", [
        "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "A.1", "A.2"]),
    "parks-autonumbered-sections.docx": ("numbered", ["1", "2", "3", "4"]),
    "fire-table-layout.docx": ("numbered", ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3"]),
    "courts-tools-table.docx": ("numbered", ["1", "1.1", "2", "2.1", "2.2", "3", "3.1"]),
    "police-sections.pdf": ("numbered", ["1", "2", "3", "4"]),
    "nhs-numbered.pdf": ("numbered", ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1"]),
    "university-tools-table.pdf": ("numbered", ["1", "1.1", "2", "2.1", "3", "3.1", "3.2", "4", "4.1"]),
}

# file -> [(tool, status, data_allowed, cited clause)]
TOOLS: dict[str, list[tuple[str, str, tuple[str, ...], str]]] = {
    "agency-tools-table.html": [
        ("Microsoft 365 Copilot Chat", "approved", ("public", "internal", "personal"), "2.1"),
        ("ChatGPT", "restricted", ("public",), "2.1"),
        ("DeepSeek", "prohibited", (), "2.1"),
        ("Otter.ai", "restricted", ("public",), "2.1"),        # "Pilot", "Check with IG": the cautious reading
    ],
    "council-template-sections.md": [
        ("Microsoft Copilot Chat", "restricted", ("public", "internal"), "4"),
        ("ChatGPT", "restricted", ("public",), "4"),
        ("Gemini", "prohibited", (), "4"),
    ],
    "courts-tools-table.docx": [
        ("Microsoft 365 Copilot Chat", "approved", ("public", "internal", "personal"), "2.1"),
        ("Grammarly", "restricted", ("public",), "2.1"),
        ("Free AI transcription apps", "prohibited", (), "2.1"),
    ],
    "university-tools-table.pdf": [
        ("Copilot Chat", "approved", ("public", "internal", "personal"), "3.1"),
        ("Claude", "restricted", ("public",), "3.1"),
        ("Character.ai", "prohibited", (), "3.1"),
    ],
}


def test_the_corpus_is_all_here():
    files = sorted(p.name for p in DOCS.iterdir() if p.suffix in (".html", ".md", ".txt", ".docx", ".pdf"))
    assert files == sorted(EXPECTED)
    assert len(files) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_parses_to_the_ids_a_reader_cites(name):
    structure, ids = EXPECTED[name]
    doc = parse_document(DOCS / name)
    assert [c.id for c in doc.clauses] == ids
    assert doc.structure == structure
    assert all(c.heading or c.text for c in doc.clauses)
    # a fallback says so in one warning line; a recognised structure needs none
    assert len(doc.warnings) == (1 if structure in ("paragraphs", "numbered-paragraphs") else 0)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_site_chrome_never_becomes_text(name):
    doc = parse_document(DOCS / name)
    everything = " ".join([doc.preamble] + [f"{c.heading} {c.text}" for c in doc.clauses])
    for chrome in ("cookie", "Skip to", "Bins and recycling", "On this page", "Related pages", "Accessibility",
                   "Was this page helpful", "Share this page", "Intranet home", "Contents", "Contact us",
                   "Home", "Related guidance", "Should we name the tool", "any free"):
        assert chrome not in everything, f"{chrome!r} read from {name}"


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_tools_tables_are_register_rows(name):
    doc = parse_document(DOCS / name)
    got = [(e.tool, e.status, e.data_allowed, e.clauses) for e in doc.register]
    assert got == [(t, s, d, (f"{name}#{c}",)) for t, s, d, c in TOOLS[name]]
    assert all(e.source == name for e in doc.register)


def test_accepted_text_only_and_text_boxes(tmp_path):
    doc = parse_document(DOCS / "parks-autonumbered-sections.docx")
    text = {c.id: c.text for c in doc.clauses}
    assert "You may use the approved AI assistant to draft visitor leaflets." in text["2"]
    assert "Do not let an AI note-taker" in text["2"]            # a sub-heading's text stays in the section
    assert "Remember: a ranger incident report is personal data." in text["3"]   # the text box


def test_a_wrapped_pdf_table_cell_stays_in_its_row():
    doc = parse_document(DOCS / "university-tools-table.pdf")
    claude = next(e for e in doc.register if e.tool == "Claude")
    assert claude.conditions == "Restricted; Public data only; No uploads of university files unless IS agree"
    # the version table above the policy is not a tools table and stays text of the document
    assert "Version" in doc.preamble


def test_a_bold_numbered_run_opening_a_paragraph_is_its_section_title():
    doc = parse_document(DOCS / "district-policy-bold-titles.html")
    four = doc.clauses[-1]
    assert (four.id, four.heading) == ("4", "Review")
    assert four.text == ("The Monitoring Officer reviews this policy every year.\n"
                         "Note: earlier guidance on chatbots is withdrawn.")


def test_typed_number_wins_over_the_list_marker():
    doc = parse_document(DOCS / "council-policy-typed-list.html")
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["3.3"].text.startswith("If you are unsure")   # item 4 of the outer list, typed 3.3
    assert by_id["1.1"].text.startswith("The purpose of this policy")


def test_markdown_and_text_fixtures_agree_with_the_external_scorer():
    if not SCORER.is_file():
        pytest.skip("shared scorer not present")
    for name in [n for n in EXPECTED if n.endswith((".md", ".txt"))]:
        out = subprocess.run([sys.executable, str(SCORER), "--list-clauses", str(DOCS / name)],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split("\n")[1].split() == EXPECTED[name][1], name


def test_folder_of_fixtures_never_skips_a_document_for_want_of_clauses():
    result = ingest_folder(DOCS)
    assert result.skipped == []
    assert {d.source for d in result.documents} == set(EXPECTED)
    assert all(d.clauses for d in result.documents)
    tools = {e.tool for e in result.register}
    assert {"DeepSeek", "Grammarly", "Gemini"} <= tools
    # the fallbacks are reported as warnings, not as skipped files
    warned = {p.path for p in result.problems if not p.skipped}
    assert {"university-numbered-paragraphs.html", "parish-news-paragraphs.html"} <= warned


@pytest.mark.parametrize("blocks, ids", [
    ([Block("title", "Note"), Block("para", "Just one line of guidance.")], ["p1"]),
    ([Block("title", "Only a title")], ["p1"]),
    ([Block("para", "Intro."), Block("para", "1. First rule."), Block("para", "(a) detail"),
      Block("para", "2. Second rule.")], ["1", "2"]),
    ([Block("para", "One."), Block("para", "(a) item"), Block("para", "A | B", table=True),
      Block("para", "Two.")], ["p1", "p2"]),
])
def test_fallbacks_never_leave_zero_clauses(blocks, ids):
    doc = split_clauses(blocks, "x.md")
    assert [c.id for c in doc.clauses] == ids
    assert len(doc.warnings) == 1


def test_bytes_decoded_wrongly_are_no_text_to_fall_back_on():
    # a half-synced file read as UTF-16: no words, so no clauses (the file is reported, and a
    # reindex that loses a document the serving version had is refused)
    garbage = b"\xff\xfe\x00 half-synced \x80\x81".decode("utf-16")
    doc = split_clauses([Block("para", garbage)], "faq.md")
    assert doc.clauses == [] and doc.structure == "none"


def test_csv_register_wins_over_a_tools_table_with_a_warning():
    csv_rows = [RegisterEntry("register.csv", "ChatGPT", ("OpenAI ChatGPT",), "approved", ("public", "internal"), "", (), 2)]
    table = [RegisterEntry("policy.docx", "ChatGPT", (), "restricted", ("public",), "", ("policy.docx#4.2",), 2),
             RegisterEntry("policy.docx", "Gemini", (), "prohibited", (), "", ("policy.docx#4.2",), 3)]
    merged, warnings = merge_registers(csv_rows, table)
    assert [(e.source, e.tool, e.status) for e in merged] == [
        ("register.csv", "ChatGPT", "approved"), ("policy.docx", "Gemini", "prohibited")]
    assert len(warnings) == 1
    where, text = warnings[0]
    assert where == "policy.docx#4.2" and "register.csv is used" in text and "ChatGPT" in text


def _env(home: Path, xdg: Path) -> dict[str, str]:
    drop = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy",
            "POLICYBOT_HOME", "POLICYBOT_CHROMA_URL")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(XDG_DATA_HOME=str(xdg), COLUMNS="200", NO_COLOR="1", POLICYBOT_HOME=str(home))
    return env


def _pb() -> list[str]:
    script = Path(sys.executable).parent / "policybot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def test_policybot_index_never_reports_zero_clauses_for_a_document_with_text(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name in ("parish-news-paragraphs.html", "university-numbered-paragraphs.html", "agency-tools-table.html"):
        shutil.copy(DOCS / name, folder / name)
    env = _env(tmp_path / "home", tmp_path / "xdg")
    r = subprocess.run(_pb() + ["index", str(folder)], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    m = re.search(r"Indexed (\d+) document\(s\), (\d+) clause\(s\) \((\d+) register row\(s\)\)", r.stderr)
    assert m and (int(m.group(1)), int(m.group(2)), int(m.group(3))) == (3, 3 + 7 + 7, 4), r.stderr
    assert "0 clauses" not in r.stderr and "no clauses found" not in r.stderr
    assert "each paragraph is a clause" in r.stderr
    # the summary before the list, and --json exactly the contract's list
    r = subprocess.run(_pb() + ["clauses", str(folder / "parish-news-paragraphs.html")], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "structure: paragraphs" in r.stdout and "warning:" in r.stdout
    r = subprocess.run(_pb() + ["clauses", "--json", str(folder / "agency-tools-table.html")], env=env,
                       capture_output=True, text=True, timeout=120)
    data = json.loads(r.stdout)
    assert all(set(c) == {"id", "heading", "text"} for c in data)
    assert [c["id"] for c in data] == EXPECTED["agency-tools-table.html"][1]


def test_an_open_all_control_is_not_a_question(tmp_path):
    page = tmp_path / "faq.html"
    page.write_text(
        "<html><body><main><h1>AI FAQ</h1>"
        '<button class="accordion__toggle-all" aria-expanded="false">Open all</button>'
        '<div class="accordion"><button aria-controls="a1" aria-expanded="false">Can I use Gemini?</button>'
        '<div id="a1" hidden><p>Only with public information.</p></div></div>'
        '<button class="govuk-accordion__show-all">Show all sections</button>'
        "</main></body></html>", encoding="utf-8")
    doc = parse_document(page)
    assert [(c.id, c.text) for c in doc.clauses] == [("can-i-use-gemini", "Only with public information.")]


def test_tool_names_with_brackets(tmp_path):
    page = tmp_path / "tools.md"
    page.write_text(
        "# Tools\n\n## 1. Tools\n\n| Tool | Status | Data |\n| --- | --- | --- |\n"
        "| Microsoft 365 Copilot Chat (Copilot Chat; M365 Copilot) | Approved | Internal |\n"
        "| Grammarly (College licence) | Restricted | Public |\n"
        "| Otter.ai (free) | Not approved | None |\n", encoding="utf-8")
    doc = parse_document(page)
    got = [(e.tool, e.aliases, e.status, e.data_allowed, e.conditions) for e in doc.register]
    assert got == [
        ("Microsoft 365 Copilot Chat", ("Copilot Chat", "M365 Copilot"), "approved", ("public", "internal"),
         "Approved; Internal"),
        ("Grammarly", (), "restricted", ("public",), "College licence; Restricted; Public"),
        ("Otter.ai", (), "prohibited", (), "free; Not approved; None"),
    ]
    assert all(e.clauses == ("tools.md#1",) for e in doc.register)


def test_a_folder_with_a_register_csv_and_a_tools_table(tmp_path):
    folder = tmp_path / "k"
    folder.mkdir()
    shutil.copy(DOCS / "council-template-sections.md", folder / "policy.md")
    (folder / "register.csv").write_text(
        "tool,aliases,status,data_allowed,conditions,clauses\n"
        "ChatGPT,OpenAI ChatGPT,approved,public;internal,Work account only,policy.md#4\n",
        encoding="utf-8")
    result = ingest_folder(folder)
    assert [(e.source, e.tool, e.status) for e in result.register] == [
        ("register.csv", "ChatGPT", "approved"),                 # the CSV wins
        ("policy.md", "Microsoft Copilot Chat", "restricted"),   # tools only the table lists are added
        ("policy.md", "Gemini", "prohibited")]
    assert all(e.clauses == ("policy.md#4",) for e in result.register)
    warnings = [str(p) for p in result.problems if not p.skipped]
    assert len(warnings) == 1 and warnings[0].startswith("policy.md#4: the tools table lists ChatGPT as restricted")
    # table rows are no clauses of their own: citations go to the clause holding the table
    assert not any(c.ref.startswith("policy.md#") and c.kind == "register" for c in result.clauses)
