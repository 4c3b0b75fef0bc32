"""HTML reader: pages written into tmp_path, read back through the real pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import parse_document
from index.loaders import LoaderError, load_blocks
from index.loaders.html import load_html
from index.models import Block

CHROME = """
<a class="govuk-skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner"><h2>Cookies on the intranet</h2><p>We use cookies to collect information.</p>
  <button>Accept analytics cookies</button></div>
<header class="site-header"><a href="/">Northvale Council intranet</a>
  <nav><ul><li><a href="/hr">HR and pay</a></li><li><a href="/it">IT help</a></li></ul></nav></header>
<div class="govuk-breadcrumbs"><ol><li>Home</li><li>Policies</li></ol></div>
<form role="search"><label>Search the intranet</label><input name="q"></form>
"""
FOOTER = """
<aside><h2>Related content</h2><p>Records management policy</p></aside>
<footer><p>Crown copyright. Contact the web team.</p></footer>
<script>var tracking = "analytics-snippet";</script>
<style>.hidden-style-text { color: red }</style>
<noscript>Please enable JavaScript</noscript>
"""
CHROME_WORDS = ("Skip to main content", "Cookies", "cookies", "Northvale Council intranet", "HR and pay",
                "IT help", "Home", "Search the intranet", "Related content", "Crown copyright",
                "analytics-snippet", "hidden-style-text", "enable JavaScript", "Hidden draft")


def _write(tmp_path: Path, name: str, body: str, head: str = '<meta charset="utf-8">') -> Path:
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html lang=\"en\"><head>{head}<title>Page - Intranet</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return path


POLICY = CHROME + """
<main id="main">
  <h1>Generative AI usage policy</h1>
  <p>Version 2.0, owned by Information Governance.</p>
  <section id="data">
    <h2>7. Data</h2>
    <p>Read this section before using any tool.</p>
    <p>7.1 Staff must not enter personal data into a public AI tool.</p>
    <p id="c7-2">7.2 Approved tools may be used with internal data &amp; public data:</p>
    <ul>
      <li>Copilot Chat, signed in with a work account
        <ul><li>only with internal or public data</li></ul>
      </li>
      <li>Copilot in Teams</li>
    </ul>
    <table>
      <tr><th>Tool</th><th>Status</th></tr>
      <tr><td>Copilot Chat</td><td>approved</td></tr>
      <tr><td>ChatGPT (free)</td><td>prohibited</td></tr>
    </table>
  </section>
  <h2 id="s8">8. Monitoring</h2>
  <p>8.1 Use of AI tools is   logged.<br>Logs are kept for a year.</p>
  <div hidden><p>Hidden draft text</p></div>
  <p aria-hidden="true">Hidden draft icon</p>
</main>
""" + FOOTER

FAQ = CHROME + """
<div class="layout">
  <article>
    <header><h1>AI tools: frequently asked questions</h1><p>Updated March 2026</p></header>
    <h2 id="teams">Can I use Copilot in Teams meetings?</h2>
    <p>Yes, for internal meetings, if everyone is told Copilot is on.</p>
    <h2><a id="wrong"></a>What if a tool gives me wrong information?</h2>
    <p>Do not use it.</p>
    Report it to the governance mailbox.
    <h2>Who do I ask?</h2>
    <dl><dt>Data questions</dt><dd>The data protection officer.</dd></dl>
    <details id="more"><summary>Can I use ChatGPT?</summary><p>No, it is not approved.</p>
      Use <b>Copilot Chat</b> instead.</details>
  </article>
  <article><p>Short teaser</p></article>
</div>
""" + FOOTER


def test_page_chrome_is_dropped(tmp_path: Path) -> None:
    for name, body in (("policy.html", POLICY), ("faq.html", FAQ)):
        blocks = load_html(_write(tmp_path, name, body))
        assert blocks
        for b in blocks:
            for word in CHROME_WORDS:
                assert word not in b.text, (name, word, b)


def test_numbered_page_blocks_and_clauses(tmp_path: Path) -> None:
    path = _write(tmp_path, "genai-policy.html", POLICY)
    blocks = load_html(path)
    assert blocks[:4] == [
        Block("heading", "Generative AI usage policy", level=1, anchor=None),
        Block("para", "Version 2.0, owned by Information Governance.", anchor=None),
        Block("heading", "7. Data", level=2, anchor="data"),
        Block("para", "Read this section before using any tool.", anchor="data"),
    ]
    texts = [b.text for b in blocks]
    # nested list: each item once, the parent without the child's text
    assert "Copilot Chat, signed in with a work account" in texts
    assert "only with internal or public data" in texts
    assert texts.count("Copilot in Teams") == 1
    assert "7.2 Approved tools may be used with internal data & public data:" in texts
    assert "8.1 Use of AI tools is logged. Logs are kept for a year." in texts

    doc = parse_document(path)
    assert doc.title == "Generative AI usage policy"
    assert doc.preamble == "Version 2.0, owned by Information Governance."
    assert [c.id for c in doc.clauses] == ["7", "7.1", "7.2", "8", "8.1"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["7"].heading == "Data"
    assert by_id["7"].text == "Read this section before using any tool."
    assert by_id["7.2"].text.split("\n") == [
        "Approved tools may be used with internal data & public data:",
        "Copilot Chat, signed in with a work account", "only with internal or public data",
        "Copilot in Teams", "Tool | Status", "Copilot Chat | approved", "ChatGPT (free) | prohibited"]
    assert by_id["7"].anchor == "data" and by_id["7.1"].anchor == "data"
    assert by_id["7.2"].anchor == "c7-2"
    assert by_id["8"].anchor == "s8" and by_id["8.1"].anchor == "s8"


def test_faq_page_gives_slug_clauses_and_anchors(tmp_path: Path) -> None:
    path = _write(tmp_path, "ai-faq.html", FAQ)
    doc = parse_document(path)
    assert doc.title == "AI tools: frequently asked questions"     # the single <h1>, not a clause
    assert doc.preamble == "Updated March 2026"
    assert [c.id for c in doc.clauses] == [
        "can-i-use-copilot-in-teams-meetings", "what-if-a-tool-gives-me-wrong-information",
        "who-do-i-ask", "can-i-use-chatgpt"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["can-i-use-copilot-in-teams-meetings"].anchor == "teams"
    assert by_id["what-if-a-tool-gives-me-wrong-information"].anchor == "wrong"
    assert by_id["what-if-a-tool-gives-me-wrong-information"].text == (
        "Do not use it.\nReport it to the governance mailbox.")          # bare text in the container
    assert by_id["who-do-i-ask"].text == "Data questions\nThe data protection officer."
    assert by_id["can-i-use-chatgpt"].text == "No, it is not approved.\nUse Copilot Chat instead."
    assert by_id["can-i-use-chatgpt"].anchor == "more"
    assert "Short teaser" not in "\n".join(c.text for c in doc.clauses)   # the other article

    blocks = load_html(path)
    summary = next(b for b in blocks if b.text == "Can I use ChatGPT?")
    assert summary.kind == "heading" and summary.level == 3           # one below the <h2> above


def test_title_element_used_when_there_is_no_h1(tmp_path: Path) -> None:
    path = _write(tmp_path, "faq.htm", "<main><h2>Can I use Copilot?</h2><p>Yes.</p></main>")
    doc = parse_document(path)
    assert doc.title == "Page - Intranet"
    assert [c.id for c in doc.clauses] == ["can-i-use-copilot"]


def test_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                     "</head><body><h2>Caf\u00e9 rules \u2013 staff</h2><p>Don\u2019t paste data.</p>"
                     "</body></html>".encode("cp1252"))
    blocks = load_html(path)
    assert blocks == [Block("heading", "Caf\u00e9 rules \u2013 staff", level=2),
                      Block("para", "Don\u2019t paste data.")]


def test_undecodable_page_is_a_loader_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 \xff\xfe</p></body></html>')
    with pytest.raises(LoaderError, match="cannot decode"):
        load_blocks(path)
    path.write_bytes(b'<html><head><meta charset="klingon-8"></head><body><p>x</p></body></html>')
    with pytest.raises(LoaderError, match="klingon-8"):
        load_blocks(path)


def test_page_wide_form_and_layout_table_keep_content(tmp_path: Path) -> None:
    body = """<form id="aspnetForm"><table><tr><td><nav>Menu</nav></td>
      <td><h1>AI guidance</h1><h2>Using Copilot</h2><p>Only with a work account.</p></td></tr></table></form>"""
    doc = parse_document(_write(tmp_path, "sharepoint.aspx.html", body))
    assert doc.title == "AI guidance"
    assert [(c.id, c.text) for c in doc.clauses] == [("using-copilot", "Only with a work account.")]


def test_accordion_questions_and_closed_panels_are_kept(tmp_path: Path) -> None:
    body = """<main><h1>AI FAQ</h1>
      <h2 class="accordion-header"><button class="accordion-button">Is Gemini approved?</button></h2>
      <div class="accordion-collapse" hidden="until-found"><p>No, not for work data.</p></div>
      <h2><button>Who approves new tools?</button></h2>
      <div class="collapse"><p>The AI governance board.</p><button>Print this answer</button></div>
    </main>"""
    doc = parse_document(_write(tmp_path, "accordion.html", body))
    assert [(c.id, c.text) for c in doc.clauses] == [
        ("is-gemini-approved", "No, not for work data."),
        ("who-approves-new-tools", "The AI governance board.")]


def test_latin1_label_reads_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(b'<html><head><meta charset="ISO-8859-1"></head><body><p>Don\x92t \x96 ever.</p></body></html>')
    assert load_html(path) == [Block("para", "Don\u2019t \u2013 ever.")]


def test_page_furniture_inside_main_but_outside_the_article_is_dropped(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(f"""<html><body>{CHROME}<main>
<article class="policy"><h1>AI use policy</h1>
<h2>1. Purpose</h2><p>1.1 This policy covers every member of staff who uses AI tools at work.</p>
<h2>Appendix A - Definitions</h2><p>A.1 Register: the AI tools register kept by the panel.</p></article>
<p class="page-info">Page owner: Information Assurance team. Last reviewed 12 February 2026.</p>
</main>{FOOTER}</body></html>""", encoding="utf-8")
    doc = parse_document(page)
    assert [c.id for c in doc.clauses] == ["1", "1.1", "A.1"]
    assert doc.clauses[-1].text == "Register: the AI tools register kept by the panel."
