"""PDF reader (text PDFs): positioned lines -> blocks.

pypdf's text visitor gives text runs with their matrix, font and size; runs are grouped into
lines by baseline (upright text only). Then, in order:

* page furniture is dropped: lines that repeat (digits normalised, same size) among the top or
  bottom three lines, within 15% of the page edge, of at least half the pages (running title,
  "Page 3 of 12", "Version 2.0 – March 2026", "OFFICIAL"), and lone page numbers ("3", "- 3 -",
  "Page 3", "Page 3 of 12", "3/12", "iv") there; a table of contents too (dot-leader lines, and
  a "Contents" heading with the entries ending in a page number that follow it);
* headings: a line clearly larger than body text (>= 1.12x), or bold at body size, that does
  not end with a full stop (levels rank the sizes, larger first; bold body-size headings come
  last); a heading may wrap onto a second line of the same style; a "heading" whose next line
  of the same style continues it as a sentence is a bold/large paragraph instead. A short
  numbered section line ("7. Data protection", "Section 7 – Data protection") or appendix line
  starting a block is a level-2 heading even without font clues, unless its neighbour carries
  the next/previous number (then it is a numbered list item). The largest line on page 1, if
  unnumbered and clearly larger than every other line of the document, is the title;
* wrapped lines join into one paragraph, also across a page break (or a column); a new block
  starts at a numbered paragraph (`7.3`, `7.3.1`, `7.3(a)`, `A.1`), a bullet (glyph removed), a
  bare `(a)` or `1.` item, a heading, a change of font size, a vertical gap larger than 1.3x the
  normal line spacing, or after a short line ending a sentence;
* end-of-line hyphens: see `_join_hyphen` (removed only when the word was clearly broken).

Each block's anchor is `page=N`, the 1-based page where it starts.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from index.clauses import HEAD_APPENDIX, PARA_NUM, PLAIN_SECTION, heading_number
from index.loaders.errors import LoaderError
from index.models import Block

SCANNED = "no extractable text: a scanned PDF? Run OCR or provide the original document"

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_BULLET = re.compile(r"^[\u2022\u25aa\u25cf\u25e6\u25a0\u25a1\u2023\u2043\u2219\u00b7\uf0b7\uf0a7"
                     r"\uf076\uf0d8\uf0fc\u27a2\u2713\u2714]\s*(?=\S)|^[*o]\s+(?=\S)")
_DASH_BULLET = re.compile(r"^[-\u2013\u2014]\s+(?=\S)")
_LETTERED = re.compile(r"^\(?[a-z0-9]{1,4}\)\s+(?=\S)")
_ORDERED = re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")
_DOTTED_NUM = re.compile(r"^\d{1,3}\.\s")
_TXT_HEAD = re.compile(r"^(\d{1,3})\.?\s+([A-Z][^.]{0,80})$")
_PAGE_NUM = re.compile(r"^(?:page\s+)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?"
                       r"(?:\s*(?:of|/)\s*\d{1,4})?$|^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;][)\"'\u2019\u201d]?$")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# second halves of a hyphenated word that never stand alone as words
_SUFFIX = re.compile(r"^(?:tion|tions|sion|sions|ment|ments|ness|ing|ings|ed|ly|ity|ities|ance|ances|"
                     r"ence|ences|ible|able|ably|ous|ive|ives|ise|ize|ised|ized|ises|izes|ising|izing|"
                     r"ation|ations|ary|ory|ure|ures|ial|ical|ically|ful|less|ist|ists|ism|ant|ants|"
                     r"ent|ents|ic|ics|er|ers|est|al|ally|ate|ates|ated|ating)$")
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|\u2026+\s*\d{1,4}$|_{4,}\s*\d{1,4}$")
_CONTENTS = re.compile(r"^(?:table\s+of\s+)?contents$", re.IGNORECASE)
_ENDS_PAGE_NO = re.compile(r"\S\s+\d{1,4}$")
_EDGE_LINES = 3          # lines at the top/bottom of a page that may be page furniture
_EDGE_BAND = 0.15        # ... and only within this share of the page height


@dataclass
class _Line:
    page: int            # 0-based
    y: float             # baseline, user space (larger = higher)
    size: float          # dominant font size (points)
    bold: bool
    text: str = ""
    top: float = 0.0     # page box top / bottom, for the furniture band
    bottom: float = 0.0
    runs: list[tuple[str, float, bool]] = field(default_factory=list)
    xs: list[float | None] = field(default_factory=list)     # each run's x where known


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


def _is_bold(font: object, cache: dict[str, bool]) -> bool:
    """From the font's name ("ABCDEF+Arial-BoldMT"), weight or ForceBold flag."""
    if font is None:
        return False
    try:
        name = str(font.get("/BaseFont", ""))  # type: ignore[union-attr]
    except Exception:
        return False
    key = name or None           # a font without a name (Type3) is looked at every time
    if key is None or key not in cache:
        bold = bool(_BOLD_NAME.search(name.split("+")[-1]))
        try:
            desc = font.get("/FontDescriptor")  # type: ignore[union-attr]
            if desc is None and "/DescendantFonts" in font:  # type: ignore[operator]
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")  # type: ignore[index]
            if desc is not None:
                desc = desc.get_object()
                weight = float(desc.get("/FontWeight", 0) or 0)
                flags = int(desc.get("/Flags", 0) or 0)
                bold = bold or weight >= 600 or bool(flags & (1 << 18))
        except Exception:  # a malformed font dictionary only costs the bold hint
            pass
        if key is None:
            return bold
        cache[key] = bold
    return cache[key]


def _page_lines(page: object, pno: int, bold_cache: dict[str, bool]) -> list[_Line]:
    box = page.cropbox  # type: ignore[attr-defined]
    top, bottom = float(box.top), float(box.bottom)
    lines: list[_Line] = []
    state = {"open": False}     # whether lines[-1] may still grow

    def add(text: str, y: float | None, size: float, bold: bool, x: float | None = None) -> None:
        moved = y is not None and lines and abs(y - lines[-1].y) > 0.5 * max(size, lines[-1].size, 1.0)
        if not lines or not state["open"] or moved:
            if not text.strip():
                return
            if y is None:
                y = lines[-1].y - 1.2 * size if lines else top
            lines.append(_Line(pno, y, size, bold, top=top, bottom=bottom))
            state["open"] = True
        lines[-1].runs.append((text, size, bold))
        lines[-1].xs.append(x)

    def visitor(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        if not text:
            return
        m = _mult(tm, cm)
        size = abs(font_size) * math.hypot(m[2], m[3]) or abs(font_size)
        bold = _is_bold(font, bold_cache)
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                state["open"] = False       # pypdf saw a line break
            if part:
                add(part, m[5] if k == 0 else None, size, bold, m[4] if k == 0 else None)

    page.extract_text(visitor_text=visitor, orientations=(0,))  # type: ignore[attr-defined]
    for ln in lines:
        ln.text = _clean("".join(t for t, _, _ in ln.runs))
        weight: Counter = Counter()
        for t, s, b in ln.runs:
            weight[round(s * 2) / 2] += len(t.strip())
        if weight:
            ln.size = weight.most_common(1)[0][0]
        chars = sum(len(t.strip()) for t, _, _ in ln.runs)
        bold_chars = sum(len(t.strip()) for t, _, b in ln.runs if b)
        ln.bold = chars > 0 and bold_chars >= 0.9 * chars
    return [ln for ln in lines if ln.text]


def _clean(s: str) -> str:
    s = s.translate(_LIGATURES).replace("\u00a0", " ")
    s = "".join(ch for ch in s if ch >= " " or ch == "\t")
    return " ".join(s.split())


def _furniture_key(ln: _Line) -> tuple[str, float]:
    """Text with digits normalised ("Page 3 of 12" ~ "Page 4 of 12"), and the type size (so a
    running title in small type is not confused with the same words as the page-1 title).
    A line opening with a clause number ("2.1 ", "2. ") must repeat exactly: "2. Scope" is no
    "3. Scope", while "3 | Policy title" is a page number and a running title."""
    text = ln.text.lower()
    if not (PARA_NUM.match(ln.text) or _DOTTED_NUM.match(ln.text)):
        text = re.sub(r"\d+", "#", text)
    return text, round(ln.size)


def _edge_lines(page_lines: list[_Line], band: float) -> list[_Line]:
    """Top and bottom lines of a page (by position), within the page's edge bands."""
    if not page_lines:
        return []
    ordered = sorted(page_lines, key=lambda ln: -ln.y)
    height = max(ordered[0].top - ordered[0].bottom, 1.0)
    top = [ln for ln in ordered[:_EDGE_LINES] if ln.top - ln.y <= band * height]
    bottom = [ln for ln in ordered[-_EDGE_LINES:] if ln.y - ln.bottom <= band * height]
    return top + [ln for ln in bottom if ln not in top]


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    edges = [_edge_lines(p, _EDGE_BAND) for p in pages]
    counts: Counter = Counter()
    for e in edges:
        counts.update({_furniture_key(ln) for ln in e})
    n = len(pages)
    repeated = {k for k, c in counts.items() if n >= 2 and c >= 2 and c >= n / 2}
    out = []
    for p, e in zip(pages, edges):
        drop = {id(ln) for ln in e if _furniture_key(ln) in repeated or _PAGE_NUM.match(ln.text)}
        out.append([ln for ln in p if id(ln) not in drop])
    return out


def _drop_contents(lines: list[_Line]) -> list[_Line]:
    """A table of contents is not content: drop dot-leader lines ("1. Purpose ..... 3"), and a
    "Contents" heading with the entries ending in a page number that follow it."""
    out: list[_Line] = []
    in_toc = False
    for ln in lines:
        if _CONTENTS.match(ln.text):
            in_toc = True
            continue
        if _LEADER.search(ln.text):
            continue
        if in_toc and _ENDS_PAGE_NO.search(ln.text):
            continue
        in_toc = False
        out.append(ln)
    return out


def _join_hyphen(left: str, right: str, vocab: set[str], hyphenated: set[str]) -> str:
    """Join `left` (ending in '-') with the next line `right`.

    A hyphen at a line end is ambiguous: "decision-/making" is a real compound, "proce-/dures"
    a broken word. The hyphen is kept (words joined without a space) unless the word is clearly
    broken: the joined word appears elsewhere in the document unhyphenated (and the hyphenated
    form does not), or the second part is a bare suffix ("-tion", "-ment", "-ing"), or a part
    has no vowel. A second part starting with a capital or digit always keeps the hyphen.
    """
    m1 = re.search(r"([A-Za-z]+)[-\u2010]$", left)
    m2 = re.match(r"([A-Za-z]+)", right)
    if not m1 or not m2 or not right[:1].islower():
        return left + right
    a, b = m1.group(1), m2.group(1)
    joined, compound = (a + b).lower(), f"{a}-{b}".lower()
    broken = False
    if compound in hyphenated:
        broken = False
    elif joined in vocab:
        broken = True
    elif _SUFFIX.match(b.lower()) or not re.search(r"[aeiouy]", a.lower()) or not re.search(r"[aeiouy]", b.lower()):
        broken = True
    return (left[:-1] + right) if broken else left + right


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    compounds: set[str] = set()
    for ln in lines:
        body = ln.text[:-1] if ln.text.endswith("-") else ln.text
        for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", body):
            w = w.lower()
            (compounds if "-" in w else words).add(w)
    return words, compounds


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs recoverable oddities as warnings; a reader reports only what stops it."""
    log = logging.getLogger("pypdf")
    old = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(old)


def _open(path: Path):  # -> PdfReader
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    with open(path, "rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            raise LoaderError("not a PDF file (no %PDF header): is the extension right?")
    try:
        reader = PdfReader(path, strict=False)
    except (OSError, MemoryError):
        raise
    except Exception as e:
        msg = " ".join(str(e).split()) or e.__class__.__name__
        raise LoaderError(f"damaged PDF, cannot be read ({msg[:160]})") from e
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except DependencyError as e:
            raise LoaderError("encrypted PDF: it cannot be opened without a password or the "
                              "'cryptography' package; provide a copy without password protection") from e
        except (FileNotDecryptedError, PdfReadError, NotImplementedError) as e:
            raise LoaderError(f"encrypted PDF that cannot be opened ({e}); provide a copy "
                              "without password protection") from e
        if not ok:
            raise LoaderError("encrypted PDF: it needs a password to open; provide a copy "
                              "without password protection")
    return reader


def _extract(path: Path) -> list[list[_Line]]:
    reader = _open(path)
    try:
        pages = list(reader.pages)
    except Exception as e:
        msg = " ".join(str(e).split()) or e.__class__.__name__
        raise LoaderError(f"damaged PDF, cannot be read ({msg[:160]})") from e
    bold_cache: dict[str, bool] = {}
    out = []
    for pno, page in enumerate(pages):
        try:
            out.append(_page_lines(page, pno, bold_cache))
        except LoaderError:
            raise
        except Exception as e:
            msg = " ".join(str(e).split()) or e.__class__.__name__
            raise LoaderError(f"cannot read the text of page {pno + 1} ({msg[:160]})") from e
    return out


def load_pdf(path: Path) -> list[Block]:
    with _quiet_pypdf():
        pages = _extract(Path(path))
    if not any(pages):
        raise LoaderError(SCANNED)
    lines = _drop_contents([ln for p in _drop_furniture(pages) for ln in p])
    if not lines:
        raise LoaderError(SCANNED)
    return _blocks(lines)


# ---------------------------------------------------------------- lines -> blocks

@dataclass
class _Draft:
    kind: str            # heading | para
    page: int
    size: float
    bold: bool
    lines: list[_Line]
    numbered_head: bool = False
    cells: tuple[str, ...] | None = None     # a tools-table row

    @property
    def last(self) -> _Line:
        return self.lines[-1]


def _blocks(lines: list[_Line]) -> list[Block]:
    weight: Counter = Counter()
    for ln in lines:
        weight[ln.size] += len(ln.text)
    body = weight.most_common(1)[0][0]
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:])
            if a.page == b.page and abs(a.size - body) <= 0.5 and abs(b.size - body) <= 0.5
            and 0 < a.y - b.y < 3 * body]
    normal = _percentile(gaps, 0.2) if gaps else 1.2 * body
    gap_limit = max(normal * 1.3, normal + 2.0)
    body_lens = [len(ln.text) for ln in lines if abs(ln.size - body) <= 0.5]
    full_len = _percentile(body_lens, 0.9) if body_lens else 80
    vocab, hyphenated = _vocabulary(lines)
    body_chars = [(len(ln.text), ln.bold) for ln in lines if abs(ln.size - body) <= 0.5]
    bold_is_emphasis = sum(n for n, b in body_chars if b) <= 0.5 * sum(n for n, _ in body_chars)
    list_nums = [int(m.group(1)) if (m := _ORDERED.match(ln.text)) else None for ln in lines]

    def heading_style(ln: _Line, first: bool = True) -> bool:
        t = ln.text
        if t.endswith((".", ",", ";")) or (first and t[:1].islower()) or PARA_NUM.match(t) and len(t) > 80:
            return False
        if ln.size >= body * 1.12 + 0.2:
            return len(t) <= 200
        return bold_is_emphasis and ln.bold and ln.size >= body - 0.5 and len(t) <= 120

    def plain_heading(i: int) -> bool:
        """A numbered section line with no font clue, unless it is one item of a numbered list
        ("1. Open Teams" / "2. Select ...": its neighbour carries the next or previous number)."""
        t = lines[i].text
        if len(t) > min(100, max(0.75 * full_len, 40)) or t.endswith("."):
            return False
        if PLAIN_SECTION.match(t) or HEAD_APPENDIX.match(t):
            return True
        n = list_nums[i]
        if not _TXT_HEAD.match(t) or n is None:
            return False
        before = list_nums[i - 1] if i > 0 else None
        after = list_nums[i + 1] if i + 1 < len(lines) else None
        return before != n - 1 and after != n + 1

    def starts_item(t: str) -> bool:
        return bool(PARA_NUM.match(t) or _BULLET.match(t) or _LETTERED.match(t) or _ORDERED.match(t))

    def ended(prev: _Line) -> bool:
        """The previous line closes its paragraph: a short line ending a sentence."""
        return bool(_SENTENCE_END.search(prev.text)) and len(prev.text) < 0.75 * full_len

    rows = _table_rows(lines)
    drafts: list[_Draft] = []
    for i, ln in enumerate(lines):
        if i in rows:
            if rows[i] is not None:
                drafts.append(_Draft("para", ln.page, ln.size, ln.bold, [ln], cells=rows[i]))
            continue
        cur = drafts[-1] if drafts else None
        prev = cur.last if cur else None
        same_page = prev is not None and prev.page == ln.page
        gap = (prev.y - ln.y) if same_page else None
        if gap is not None and gap < 0:
            gap = None          # moved up the page: a new column, treated like a page break
        # may a heading-like or dash line start here (rather than continue a sentence)?
        at_boundary = (cur is None or cur.kind == "heading" or (gap is not None and gap > gap_limit)
                       or bool(_SENTENCE_END.search(prev.text)) or len(prev.text) < 0.75 * full_len)
        if (cur is not None and cur.kind == "heading" and not cur.numbered_head
                and abs(cur.size - ln.size) <= 0.5 and cur.bold == ln.bold and same_page
                and gap is not None and gap <= 1.8 * ln.size and heading_style(ln, first=False)
                and not starts_item(ln.text) and not _TXT_HEAD.match(ln.text)
                and not _SENTENCE_END.search(cur.last.text)):
            cur.lines.append(ln)            # a heading wrapped over two lines
            continue
        if heading_style(ln):
            drafts.append(_Draft("heading", ln.page, ln.size, ln.bold, [ln]))
            continue
        if at_boundary and plain_heading(i):
            drafts.append(_Draft("heading", ln.page, ln.size, ln.bold, [ln], numbered_head=True))
            continue
        t = ln.text
        new_item = starts_item(t) or (_DASH_BULLET.match(t) and (cur is None or at_boundary))
        if (new_item and PARA_NUM.match(t) and cur is not None and cur.kind == "para"
                and not _SENTENCE_END.search(prev.text) and len(prev.text) >= 0.75 * full_len
                and (gap is None or gap <= gap_limit)):
            new_item = False    # "... the training in" / "12.2. ...": a cross-reference wrapped to a line start
        same_style = cur is not None and abs(cur.size - ln.size) <= 0.5 and cur.bold == ln.bold
        if (cur is not None and cur.kind == "heading" and not cur.numbered_head and not new_item
                and same_page and gap is not None
                and (t[:1].islower() and gap <= gap_limit or same_style and gap <= 1.8 * ln.size)):
            cur.kind = "para"      # the heading-like line opened a paragraph (bold or large type)
            cur.lines.append(ln)
            continue
        continues = (cur is not None and cur.kind == "para" and not new_item
                     and abs(ln.size - cur.size) <= 1.0 and not ended(prev)
                     and (not same_page or gap is None or gap <= gap_limit))
        if continues:
            cur.lines.append(ln)
        else:
            drafts.append(_Draft("para", ln.page, ln.size, ln.bold, [ln]))

    for d in drafts:               # a "heading" that wrapped beyond heading length is a paragraph
        if d.kind == "heading" and not d.numbered_head:
            limit = 200 if d.size >= body * 1.12 + 0.2 else 120
            if sum(len(ln.text) + 1 for ln in d.lines) > limit:
                d.kind = "para"

    # heading levels: rank sizes (larger first), bold body-size headings after them
    title_i = _title_index(drafts, body)
    sizes = sorted({round(d.size) for i, d in enumerate(drafts)
                    if d.kind == "heading" and i != title_i and d.size >= body * 1.12 + 0.2}, reverse=True)
    base = 2 if title_i is not None else 1
    out: list[Block] = []
    for i, d in enumerate(drafts):
        if d.cells is not None:
            out.append(Block("para", " | ".join(c for c in d.cells if c), anchor=f"page={d.page + 1}",
                             table=True, cells=d.cells))
            continue
        text = _join_lines([ln.text for ln in d.lines], vocab, hyphenated)
        if d.kind == "para":
            text = _BULLET.sub("", text)
            if _DASH_BULLET.match(text) and not _PAGE_NUM.match(text):
                text = _DASH_BULLET.sub("", text)
        if not text:
            continue
        anchor = f"page={d.page + 1}"
        if i == title_i:
            out.append(Block("title", text, anchor=anchor))
        elif d.kind == "heading":
            if d.size >= body * 1.12 + 0.2 and round(d.size) in sizes:
                level = base + sizes.index(round(d.size))
            elif d.bold and not d.numbered_head:
                level = base + len(sizes)
            else:
                level = 2
            out.append(Block("heading", text, level=min(level, 6), anchor=anchor))
        else:
            out.append(Block("para", text, anchor=anchor))
    return out


def _head_cells(ln: _Line) -> list[tuple[float, str]]:
    """A line's runs that start at a known x, each the start of a cell (runs without an x
    continue the one before): (x, text)."""
    cells: list[list] = []
    for (t, _, _), x in zip(ln.runs, ln.xs):
        if x is not None or not cells:
            cells.append([x if x is not None else 0.0, t])
        else:
            cells[-1][1] += t
    return [(float(x), _clean(t)) for x, t in cells if _clean(t)]


def _table_rows(lines: list[_Line]) -> dict[int, tuple[str, ...] | None]:
    """Tools tables (index.tools_table): a line whose runs start under separate columns and
    whose words head a tools table, and the lines after it that start at those columns, in the
    same type size. Rows are put together in drawing order, so tables drawn row by row and
    those drawn cell by cell (each cell's wrapped lines, then the next cell) read the same: a
    line in the first column starts a new row after lines of other columns, after a line with
    several cells, or after a gap. Line index -> the row's cells (header included) at the
    row's first line, None for its other lines. Other tables stay text, as before."""
    from index.tools_table import is_tools_header

    out: dict[int, tuple[str, ...] | None] = {}
    i = 0
    while i < len(lines):
        head = lines[i]
        hcells = _head_cells(head)
        if len(hcells) < 2 or not is_tools_header(tuple(t for _, t in hcells)):
            i += 1
            continue
        cols = [x for x, _ in hcells]
        tol = 0.6 * head.size + 2.0

        def column(x: float) -> int:
            return max((n for n, c in enumerate(cols) if x >= c - tol), default=0)

        rows: list[tuple[int, list[str]]] = []     # (first line index, cells)
        prev_cols: set[int] = set()
        last0_y: float | None = None
        j = i + 1
        while j < len(lines):
            ln = lines[j]
            first = next((x for x in ln.xs if x is not None), None)
            if (ln.page != head.page or abs(ln.size - head.size) > 1.0 or first is None
                    or not any(abs(first - c) <= tol for c in cols) or PARA_NUM.match(ln.text)):
                break
            parts: dict[int, str] = {}
            k = column(first)
            for (t, _, _), x in zip(ln.runs, ln.xs):
                if x is not None:
                    k = column(x)
                parts[k] = parts.get(k, "") + t
            parts = {k: _clean(t) for k, t in parts.items() if _clean(t)}
            if not parts:
                j += 1
                continue
            starts_row = 0 in parts and (
                not rows or (prev_cols and 0 not in prev_cols) or len(parts) > 1 and len(prev_cols) > 1
                or last0_y is None or abs(last0_y - ln.y) > 1.8 * ln.size)
            if starts_row:
                rows.append((j, [""] * len(cols)))
            elif not rows:
                break
            for k, t in parts.items():
                cells = rows[-1][1]
                cells[k] = f"{cells[k]} {t}".strip()
            if 0 in parts:
                last0_y = ln.y
            prev_cols = set(parts)
            j += 1
        if rows:
            out[i] = tuple(t for _, t in hcells)
            for n in range(i + 1, j):
                out[n] = None
            for first_line, cells in rows:
                out[first_line] = tuple(cells)
        i = j if rows else i + 1
    return out


def _title_index(drafts: list[_Draft], body: float) -> int | None:
    """The largest heading on page 1, if clearly the title: unnumbered, clearly larger than
    body text and than every other line of the document."""
    first = [(i, d) for i, d in enumerate(drafts) if d.page == 0 and d.kind == "heading"
             and not d.numbered_head]
    if not first:
        return None
    i, cand = max(first, key=lambda x: x[1].size)
    if cand.size < body * 1.25:
        return None
    text = " ".join(ln.text for ln in cand.lines)
    if heading_number(text) or HEAD_APPENDIX.match(text):
        return None
    others = [d.size for j, d in enumerate(drafts) if j != i]
    if others and max(others) >= cand.size - 0.5:
        return None
    return i


def _join_lines(texts: list[str], vocab: set[str], hyphenated: set[str]) -> str:
    out = ""
    for t in texts:
        if not out:
            out = t
        elif out.endswith("\u00ad"):
            out = out[:-1] + t
        elif re.search(r"[A-Za-z][-\u2010]$", out):
            out = _join_hyphen(out, t, vocab, hyphenated)
        else:
            out = f"{out} {t}"
    return out.replace("\u00ad", "")
