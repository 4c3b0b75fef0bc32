"""Split a document's blocks into clauses, following section 1 of the knowledge contract.

Every format reader (markdown, text, Word, PDF, HTML) turns its file into `Block`s; this
module is the one place that knows what a clause is:

* a numbered heading (`7. Data`, `Section 7 – Data`, `7 Data`) is a clause holding the text up
  to its first numbered paragraph; a numbered paragraph (`7.3`, `7.3.1`, `7.3(a)`, `A.1`) is a
  clause; unnumbered paragraphs (bullets, bare `(a)` items) join the clause above;
* an appendix heading is not a clause; unnumbered sub-headings start no clause;
* text before the first numbered heading belongs to the document;
* a document with no numbered heading at all has one clause per heading, id = slug;
* the document title (an explicit title, or the single top-level heading) is not a clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Block, Clause, ParsedDocument

_NUM = r"\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?"
_SEP_AHEAD = r"(?=$|\s|[\u2013\u2014:.)-])"
HEAD_NUM = re.compile(rf"^(?:(?i:section|part|chapter|clause)\s+)?({_NUM})(?:\.(?!\d)|\))?{_SEP_AHEAD}")
HEAD_LETTER = re.compile(r"^([A-Z]\.\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)\.?(?=$|\s)")
HEAD_APPENDIX = re.compile(r"^(?i:appendix|annex|annexe|schedule)\s+(?:[A-Z]|\d{1,3})\b")
PARA_NUM = re.compile(r"^((?:\d{1,3}|[A-Z])\.\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))?)\.?(?=\s|$)")
PLAIN_SECTION = re.compile(r"^(?i:section)\s+(\d{1,3})\.?(?=$|\s|[\u2013\u2014:-])")
_LABEL_TAIL = re.compile(r"^[\s.:)\u2013\u2014-]+")
VERSION_LIKE = re.compile(r"^(?:0\.\d{1,3}|\d{1,3}\.0)$")


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
    first = next((n for n, m in enumerate(marks) if m.role == "head"), None)
    if first is None:
        return marks
    later = {m.cid for m in marks[first:] if m.role in ("head", "para")}
    return [m for n, m in enumerate(marks)
            if not (n < first and m.role == "para" and (m.cid in later or VERSION_LIKE.match(m.cid or "")))]


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

    for i, b in enumerate(blocks):
        if i == title_index:
            continue
        m = by_index.get(i)
        text = b.text.strip()
        if not text:
            continue
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
