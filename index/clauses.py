"""Split a document's blocks into clauses, following section 1 of the knowledge contract.

Every format reader (markdown, text, Word, PDF, HTML) turns its file into `Block`s; this
module is the one place that knows what a clause is:

* a numbered heading (`7. Data`, `Section 7 – Data`, `7 Data`) is a clause holding the text up
  to its first numbered paragraph; a numbered paragraph (`7.3`, `7.3.1`, `7.3(a)`, `A.1`) is a
  clause; unnumbered paragraphs (bullets, bare `(a)` items) join the clause above;
* an appendix heading is not a clause; unnumbered sub-headings start no clause;
* text before the first numbered heading belongs to the document;
* a document with no numbered heading at all has one clause per heading, id = slug;
* the document title (an explicit title, or the single top-level heading) is not a clause;
* a document with text always yields clauses (contract section 1). Where neither numbered
  headings nor headings are found: single-level numbered paragraphs ("1. ...", "2. ...", at
  least two, counting up) are the clauses, ids `1`, `2`; failing that every paragraph is one,
  ids `p1`, `p2`, ... in document order (a table row or a bare `(a)` item joins the paragraph
  above). Either fallback adds one warning line to the document. Text without words (fewer
  than two space-separated words: bytes decoded wrongly) yields none.

`ParsedDocument.structure` says which reading was used (`STRUCTURES`), and the document's
tables are kept (`ParsedDocument.tables`) with the clause that holds each, for tools tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Block, Clause, DocTable, ParsedDocument

_NUM = r"\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?"
_SEP_AHEAD = r"(?=$|\s|[\u2013\u2014:.)-])"
# a typed number may run into its text: "1.Introduction", "1.1.The purpose ..." (no space after
# the number's own trailing dot, then a capital letter) is clause 1 / 1.1 all the same
_GLUED = r"(?<=\.)(?=[A-Z\u201c\"'(])"
HEAD_NUM = re.compile(rf"^(?:(?i:section|part|chapter|clause)\s+)?({_NUM})(?:\.(?!\d)|\))?(?:{_SEP_AHEAD}|{_GLUED})")
HEAD_LETTER = re.compile(r"^([A-Z]\.\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)\.?(?=$|\s)")
HEAD_APPENDIX = re.compile(r"^(?i:appendix|annex|annexe|schedule)\s+(?:[A-Z]|\d{1,3})\b")
PARA_NUM = re.compile(r"^((?:\d{1,3}|[A-Z])\.\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)(?:\.?(?=\s|$)|\.(?=[A-Z\u201c\"'(]))")
# a single-level numbered paragraph ("5. The use of approved tools ..."): a clause only where a
# document has no other structure (see split_clauses)
SINGLE_NUM = re.compile(r"^(\d{1,3})[.)](?=\s*\S)")
PLAIN_SECTION = re.compile(r"^(?i:section)\s+(\d{1,3})\.?(?=$|\s|[\u2013\u2014:-])")
_LABEL_TAIL = re.compile(r"^[\s.:)\u2013\u2014-]+")
VERSION_LIKE = re.compile(r"^(?:0\.\d{1,3}|\d{1,3}\.0)$")
_BARE_ITEM = re.compile(r"^\(?[a-z0-9]{1,4}\)\s")


def _words(text: str) -> int:
    """How many word-like tokens the text has (2..25 characters, at least two letters)."""
    return sum(1 for t in text.split() if len(t) <= 25 and sum(ch.isalpha() for ch in t) >= 2)


STRUCTURES = {
    "numbered": "numbered clauses",
    "headings": "headings (slug ids)",
    "numbered-paragraphs": "numbered paragraphs (no headings)",
    "paragraphs": "paragraphs (ids p1, p2, ...)",
    "none": "no text",
}


def slugify(text: str) -> str:
    """`Can I use Copilot in Teams meetings?` -> `can-i-use-copilot-in-teams-meetings`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def heading_number(text: str) -> str | None:
    """The clause id a heading carries (`7`, `7.3`, `A.1`), or None."""
    m = HEAD_LETTER.match(text) or HEAD_NUM.match(text)
    return m.group(1) if m else None


def strip_label(text: str, label_end: int) -> str:
    return _LABEL_TAIL.sub("", text[label_end:]).strip()


@dataclass(frozen=True)
class _Mark:
    index: int
    role: str          # head | para | slug | appx | sub | title
    cid: str | None
    title: str         # heading text without its number
    body: str          # block text without its number (paragraphs)


def _classify(i: int, b: Block) -> _Mark | None:
    text = b.text.strip()
    if b.kind == "title":
        return _Mark(i, "title", None, text, "")
    if b.table:
        return None
    if b.kind == "heading":
        if HEAD_APPENDIX.match(text):
            return _Mark(i, "appx", None, text, "")
        m = HEAD_LETTER.match(text) or HEAD_NUM.match(text)
        if m:
            return _Mark(i, "head", m.group(1), strip_label(text, m.end(1)), "")
        return _Mark(i, "slug", slugify(text) or None, text, "")
    m = PARA_NUM.match(text)
    if m:
        return _Mark(i, "para", m.group(1), "", strip_label(text, m.end(1)))
    if len(text) <= 100:
        if HEAD_APPENDIX.match(text) and not text.endswith("."):
            return _Mark(i, "appx", None, text, "")
        m = PLAIN_SECTION.match(text)
        if m:
            return _Mark(i, "head", m.group(1), strip_label(text, m.end(1)), "")
    return None


def _drop_title_page_numbers(marks: list[_Mark]) -> list[_Mark]:
    """A "numbered paragraph" before the first numbered heading is kept as a clause (it is
    unusual, but it is numbered) unless it is title-page material: a version number ("1.0",
    "0.3") or an id the document itself uses again later (a version table read from a PDF,
    "1.1 February 2025 ...", ahead of the real 1.1)."""
    marks = _drop_before_restart(marks)
    first = next((n for n, m in enumerate(marks) if m.role == "head"), None)
    if first is None:
        return marks
    later = {m.cid for m in marks[first:] if m.role in ("head", "para")}
    return [m for n, m in enumerate(marks)
            if not (n < first and m.role == "para" and (m.cid in later or VERSION_LIKE.match(m.cid or "")))]


def _top(cid: str | None) -> int | None:
    m = re.match(r"(\d+)(?:\.|$)", cid or "")
    return int(m.group(1)) if m else None


def _drop_before_restart(marks: list[_Mark]) -> list[_Mark]:
    """Numbers in front matter that the document's own numbering then restarts after: a version
    table a PDF reader gives as "1.0", "2.0", "2.1" lines ahead of section 1. Where the first
    section numbered 1 follows numbered marks whose section numbers are higher or version-like,
    those that are headings, version-like or used again later are no clauses (their text stays in
    the preamble)."""
    numbered = [(n, m) for n, m in enumerate(marks) if m.role in ("head", "para") and _top(m.cid) is not None]
    restart = next((n for k, (n, m) in enumerate(numbered) if _top(m.cid) == 1 and m.role == "head" and any(
        _top(o.cid) > 1 or VERSION_LIKE.match(o.cid or "") for _, o in numbered[:k])), None)
    if restart is None:
        return marks
    before = [m for n, m in numbered if n < restart]
    if len(before) > 6 or not any(VERSION_LIKE.match(m.cid or "") for m in before):
        return marks        # a real run of clauses, not a version table
    later = {m.cid for n, m in numbered if n >= restart}
    return [m for n, m in enumerate(marks) if not (n < restart and _top(m.cid) is not None and (
        m.role == "head" or m.cid in later or VERSION_LIKE.match(m.cid or "")))]


def split_clauses(blocks: list[Block], source: str, meta: dict | None = None) -> ParsedDocument:
    """Turn a document's blocks into its clauses (see module docstring)."""
    meta = meta or {}
    marks = _drop_title_page_numbers([m for i, b in enumerate(blocks) if (m := _classify(i, b)) is not None])
    by_index = {m.index: m for m in marks}
    numbered = any(m.role == "head" for m in marks)

    titles = [m for m in marks if m.role == "title"]
    title_index: int | None = titles[0].index if titles else None
    if not titles:
        tops = [m for m in marks if m.role == "slug" and blocks[m.index].level == 1]
        if len(tops) == 1:
            title_index = tops[0].index
    title = blocks[title_index].text.strip() if title_index is not None else ""

    doc = ParsedDocument(source=source, title=meta.get("title") or title)
    preamble: list[str] = []
    clauses: dict[str, dict] = {}   # id -> accumulating record
    order: list[str] = []
    current: dict | None = None
    section_title = ""              # nearest numbered heading's (or appendix's) title
    path: list[tuple[int, str]] = []  # (level, heading text) stack for context
    seen_first_head = False

    def start(cid: str, heading: str, body: str, i: int) -> dict:
        nonlocal current
        if cid in clauses:           # repeated id: the contract keeps one clause; extend it
            current = clauses[cid]
            if body:
                current["lines"].append(body)
            return current
        rec = {"id": cid, "heading": heading, "lines": [body] if body else [], "order": len(order),
               "section": section_title, "path": tuple(t for _, t in path), "anchor": blocks[i].anchor}
        clauses[cid] = rec
        order.append(cid)
        current = rec
        return rec

    def push_path(level: int, text: str) -> None:
        lvl = level or 9
        while path and path[-1][0] >= lvl:
            path.pop()
        path.append((lvl, text))

    tables: list[DocTable] = []
    last_table_row = -2
    for i, b in enumerate(blocks):
        if i == title_index:
            continue
        m = by_index.get(i)
        text = b.text.strip()
        if not text:
            continue
        if b.table:
            holder = current["id"] if current is not None else None
            row = b.cells or tuple(c.strip() for c in text.split(" | "))
            if last_table_row == i - 1 and tables and tables[-1].clause == holder:
                tables[-1].rows.append(row)
            else:
                tables.append(DocTable(rows=[row], clause=holder))
            last_table_row = i
        if m is None or m.role == "title":
            (current["lines"] if current is not None else preamble).append(text)
            continue
        if m.role == "head" and numbered:
            seen_first_head = True
            section_title = m.title
            push_path(b.level or 1, text)
            start(m.cid, m.title, "", i)
        elif m.role == "para":
            heading = section_title or (path[-1][1] if path else "")
            start(m.cid, heading, m.body, i)
        elif m.role == "appx":
            section_title = text
            push_path(b.level or 1, text)
            current = None   # an appendix heading is not a clause; its intro text is context
        elif m.role == "slug":
            if numbered:
                # an unnumbered sub-heading: context for the numbered paragraphs under it
                push_path(b.level or 2, text)
                if not seen_first_head:
                    current = None
                continue
            if m.cid is None:
                (current["lines"] if current is not None else preamble).append(text)
                continue
            section_title = text
            push_path(b.level or 1, text)
            start(m.cid, text, "", i)

    structure = "numbered" if numbered else "headings"
    if not order:
        structure = _fallback(blocks, title_index, clauses, order, doc)
        if structure != "none":
            preamble = [] if structure == "paragraphs" else preamble[:_preamble_len(blocks, title_index)]
            tables = doc.tables
    doc.structure = structure
    doc.tables = tables
    for n, cid in enumerate(order):
        rec = clauses[cid]
        doc.clauses.append(Clause(
            source=source, id=cid, heading=rec["heading"], text="\n".join(rec["lines"]).strip(),
            heading_path=rec["path"], section=rec["section"], order=n, anchor=rec["anchor"],
            doc_title=doc.title, doc_owner=str(meta.get("owner") or ""),
            doc_version=str(meta.get("version") or ""), doc_url=meta.get("url") or None,
        ))
    doc.preamble = "\n".join(preamble).strip()
    return doc


def _body(blocks: list[Block], title_index: int | None) -> list[tuple[int, Block]]:
    return [(i, b) for i, b in enumerate(blocks)
            if i != title_index and b.kind != "title" and b.text.strip()]


def _preamble_len(blocks: list[Block], title_index: int | None) -> int:
    """Numbered-paragraph fallback: how many body blocks stand before the first clause."""
    n = 0
    for _, b in _body(blocks, title_index):
        if not b.table and SINGLE_NUM.match(b.text.strip()):
            break
        n += 1
    return n


def _fallback(blocks: list[Block], title_index: int | None, clauses: dict[str, dict],
              order: list[str], doc: ParsedDocument) -> str:
    """No numbered heading and no heading: single-level numbered paragraphs, else paragraphs
    (see the module docstring). Fills `clauses`/`order` and `doc.tables`; returns the
    structure used."""
    body = _body(blocks, title_index)
    if not body and title_index is not None:      # a title and nothing else: still the text
        body = [(title_index, blocks[title_index])]
    if not body or _words(" ".join(b.text for _, b in body)) < 2:
        return "none"        # no words to speak of: mis-decoded bytes, not a document's text
    numbers = [int(m.group(1)) for _, b in body if not b.table and (m := SINGLE_NUM.match(b.text.strip()))]
    counting = len(numbers) >= 2 and all(b > a for a, b in zip(numbers, numbers[1:]))

    def add(cid: str, heading: str, line: str, b: Block) -> None:
        clauses[cid] = {"id": cid, "heading": heading, "lines": [line] if line else [], "order": len(order),
                        "section": heading, "path": (heading,) if heading else (), "anchor": b.anchor}
        order.append(cid)

    head = doc.title
    cur: str | None = None
    prev_row = -2

    def table_row(i: int, b: Block) -> None:
        nonlocal prev_row
        row = b.cells or tuple(c.strip() for c in b.text.strip().split(" | "))
        if prev_row == i - 1 and doc.tables:
            doc.tables[-1].rows.append(row)
        else:
            doc.tables.append(DocTable(rows=[row], clause=cur))
        prev_row = i

    if counting:
        for i, b in body:
            text = b.text.strip()
            if b.table:
                table_row(i, b)
            m = None if b.table else SINGLE_NUM.match(text)
            if m and m.group(1) not in clauses:
                cur = m.group(1)
                add(cur, head, strip_label(text, m.end(1)), b)
            elif cur is not None:
                clauses[cur]["lines"].append(text)
        doc.warnings.append("no headings found: each numbered paragraph (1., 2., ...) is a clause, "
                            "cited by its number")
        return "numbered-paragraphs"
    for i, b in body:
        text = b.text.strip()
        joins = b.table or _BARE_ITEM.match(text)
        if cur is None or not joins:
            cur = f"p{len(order) + 1}"
            add(cur, head, text, b)
        else:
            clauses[cur]["lines"].append(text)
        if b.table:
            table_row(i, b)
    doc.warnings.append("no numbered clauses or headings found: each paragraph is a clause "
                        f"(ids p1..p{len(order)})")
    return "paragraphs"

