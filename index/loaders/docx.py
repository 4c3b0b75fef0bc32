"""Word (.docx) reader: the document body, in order, into blocks.

* paragraphs and tables are read from the body XML in document order (content controls,
  custom XML and tracked insertions are looked into; deletions, field codes and hidden text
  are not); text boxes follow the paragraph that anchors them;
* a `Title` paragraph is the document title; `Heading N` styles, and any style (localised,
  custom, or based on one of those) with an outline level, are headings of that level, unless
  the style only serves to number body text ("7.3 Staff must not ... .", or over 150 characters);
* automatic numbering is computed as Word displays it (see `word_numbering`) and put in front
  of the text: "7.3 Staff must ...", "7. Data protection"; bullets get no label;
* a short non-heading paragraph such as "7. Data protection" or "Section 7 – Data", or a
  whole-bold "7 Data protection", is a heading too (as in plain text), unless the document's
  heading styles already carry the section numbers, or it is more likely a numbered list step
  under heading styles (see `_promote_plain_headings`);
* a table row is one paragraph, "cell | cell | ..."; a one-column table (a box around text)
  is read as ordinary paragraphs; a policy laid out as a table whose first column holds the
  clause numbers (typed or automatic: "1" | "Purpose", "1.1" | "This policy ...") is read as the
  numbered headings and paragraphs it shows (see `_numbered_layout`);
* tables of contents are skipped.

Anything that is not a readable .docx raises LoaderError with a one-line reason.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from index.clauses import PARA_NUM, PLAIN_SECTION, heading_number
from index.loaders.errors import LoaderError
from index.loaders.word_numbering import NumberLabel, WordNumbering, w, w_int, w_on, w_val
from index.models import Block

NOT_DOCX = "not a valid Word .docx file (corrupt, or an old .doc renamed?)"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRICT_NS = b"purl.oclc.org/ooxml/wordprocessingml/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_RT_NUMBERING = _RT + "numbering"
_RT_STYLES = _RT + "styles"

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
_TOC_NAME = re.compile(r"^(toc\s*\d|toc heading|table of figures)", re.I)
_NUM_HEAD = re.compile(r"^\d{1,3}\.?\s+[A-Z][^.]{0,80}$")
_BOLD_NUM_HEAD = re.compile(r"^\d{1,3}\.?\s+\S.{0,96}$")
_TYPED_BULLET = re.compile(r"^[\u2022\u25aa\u25cf\u25e6\u2023\u2219\u00b7\uf0b7]\s*")

_CONTAINERS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo"), w("smartTag")}
_SKIP_IN_TEXT = {w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delText"),
                 w("delInstrText"), w("fldData"), w("footnoteReference"), w("endnoteReference"),
                 w("commentReference"), w("annotationRef"), w("sym"), w("object"), w("rt")}
_SPACE_TAGS = {w("tab"), w("br"), w("cr"), w("ptab")}


def load_docx(path: Path) -> list[Block]:
    root, part = _open(path)
    return _Reader(root, part).read()


# --------------------------------------------------------------------------- opening

_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _open(path: Path):
    """(document.xml root, its package part), or LoaderError saying what the file really is.

    Word templates and macro-enabled documents renamed to .docx are read too: same markup."""
    from docx.oxml import parse_xml     # python-docx; imported lazily like other readers' libraries
    from docx.package import Package

    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(_OLE_MAGIC):
        raise LoaderError(_ole_reason(path))
    if not zipfile.is_zipfile(path):
        raise LoaderError(NOT_DOCX)
    try:
        part = Package.open(str(path)).main_document_part
        if part.content_type not in _WORD_MAIN_TYPES:
            raise LoaderError(f"not a Word document (its content type is {part.content_type}); "
                              "save it as a Word Document (.docx)")
        root = part.element if hasattr(part, "element") else parse_xml(part.blob)
    except LoaderError:
        raise
    except Exception as e:   # zip, XML or package errors (PackageNotFoundError, KeyError, ...)
        raise LoaderError(_zip_reason(path)) from e
    if root.find(w("body")) is None:
        raise LoaderError(_zip_reason(path))
    return root, part


def _ole_reason(path: Path) -> str:
    raw = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in raw:
        return ("password-protected or encrypted Word file (a password or a sensitivity label); "
                "save an unprotected copy")
    if "WordDocument".encode("utf-16-le") in raw:
        return "an old Word 97-2003 .doc renamed to .docx; open it in Word and save as .docx"
    return NOT_DOCX


def _zip_reason(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                return "not a valid Word .docx file (a zip archive with no word/document.xml)"
            if _STRICT_NS in z.read("word/document.xml")[:4096]:
                return ("a Strict Open XML document, which is not supported; save it in Word as "
                        "'Word Document (*.docx)'")
    except Exception:
        pass
    return NOT_DOCX


# --------------------------------------------------------------------------- styles

def _on_attr(el: etree._Element, attr: str) -> bool:
    v = el.get(w(attr))
    return v is not None and v.lower() in ("1", "true", "on")


class _Styles:
    """Paragraph style facts, following `w:basedOn` chains."""

    def __init__(self, root: etree._Element | None):
        self._by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        if root is not None:
            for el in root.iter(w("style")):
                sid = el.get(w("styleId"))
                if sid is None:
                    continue
                self._by_id.setdefault(sid, el)
                if el.get(w("type")) == "paragraph" and _on_attr(el, "default"):
                    self.default_para = self.default_para or sid
        self._chains: dict[str, list[etree._Element]] = {}

    def chain(self, style_id: str | None) -> list[etree._Element]:
        sid = style_id or self.default_para
        if not sid:
            return []
        if sid not in self._chains:
            out, seen = [], set()
            cur = self._by_id.get(sid)
            while cur is not None and len(out) < 20:
                cid = cur.get(w("styleId"))
                if cid in seen:
                    break
                seen.add(cid)
                out.append(cur)
                cur = self._by_id.get(w_val(cur.find(w("basedOn"))) or "")
            self._chains[sid] = out
        return self._chains[sid]

    def ids(self, style_id: str | None) -> list[str]:
        return [s.get(w("styleId")) for s in self.chain(style_id)]

    @staticmethod
    def name(style: etree._Element) -> str:
        return " ".join((w_val(style.find(w("name"))) or "").split())

    def kind(self, style_id: str | None, direct_outline: int | None) -> tuple[str, int]:
        """("title" | "heading" | "para", level) for a paragraph of this style."""
        if direct_outline is not None and direct_outline < 9:
            return "heading", direct_outline + 1
        for st in self.chain(style_id):
            name = self.name(st)
            if name.lower() == "title":
                return "title", 0
            if name.lower() == "subtitle":
                return "para", 0
            m = _HEADING_NAME.match(name)
            if m:
                return "heading", int(m.group(1))
            ol = w_int(st.find(f"{w('pPr')}/{w('outlineLvl')}"))
            if ol is not None:
                return ("heading", ol + 1) if 0 <= ol < 9 else ("para", 0)
        return "para", 0

    def is_toc(self, style_id: str | None) -> bool:
        return any(_TOC_NAME.match(self.name(st)) for st in self.chain(style_id))

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a style chain gives its paragraphs; each from the nearest style."""
        num_id = ilvl = None
        for st in self.chain(style_id):
            pr = st.find(f"{w('pPr')}/{w('numPr')}")
            if pr is None:
                continue
            if num_id is None:
                num_id = w_val(pr.find(w("numId")))
            if ilvl is None:
                ilvl = w_int(pr.find(w("ilvl")))
        return num_id, ilvl

    def style_num_id(self, style_id: str) -> str | None:
        st = self._by_id.get(style_id)
        if st is None:
            return None
        return w_val(st.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}"))

    def bold(self, style_id: str | None) -> bool:
        for st in self.chain(style_id):
            b = st.find(f"{w('rPr')}/{w('b')}")
            if b is not None:
                return w_on(b)
        return False


# --------------------------------------------------------------------------- the reader

class _Reader:
    def __init__(self, root: etree._Element, part):
        self.body = root.find(w("body"))
        self.styles = _Styles(_related_root(part, _RT_STYLES))
        self.numbering = WordNumbering(_related_root(part, _RT_NUMBERING), self.styles.style_num_id)
        self.blocks: list[Block] = []
        # paragraphs that may be headings by their look: (block index, explicit look)
        self.candidates: list[tuple[int, bool]] = []

    def read(self) -> list[Block]:
        self._walk(self.body, numbered=True)
        self._promote_plain_headings()
        return self.blocks

    def _promote_plain_headings(self) -> None:
        """Make "7. Data protection" paragraphs headings, as plain text does, where they are
        the document's sections rather than a numbered list.

        Not when heading styles already carry the section numbers. Where heading styles exist
        (an FAQ), "1. Open Teams" is more likely a list step: only a bold or "Section 7" line,
        or one whose number its paragraphs continue ("7.1 ..."), is promoted there."""
        headings = [b for b in self.blocks if b.kind == "heading"]
        if any(heading_number(b.text) for b in headings):
            return
        styled = len(headings) > 1
        for n, (i, explicit) in enumerate(self.candidates):
            end = self.candidates[n + 1][0] if n + 1 < len(self.candidates) else len(self.blocks)
            if not styled or explicit or _continued(self.blocks[i].text, self.blocks[i + 1:end]):
                self.blocks[i] = Block("heading", self.blocks[i].text, level=2)

    # -- structure
    def _walk(self, parent: etree._Element, numbered: bool) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("p"):
                self._paragraph(child, numbered)
            elif tag == w("tbl"):
                self._table(child, numbered)
            elif tag == w("sdt"):
                if not _is_toc_sdt(child):
                    content = child.find(w("sdtContent"))
                    if content is not None:
                        self._walk(content, numbered)
            elif tag in _CONTAINERS:
                self._walk(child, numbered)

    def _paragraph(self, p: etree._Element, numbered: bool) -> None:
        style_id = w_val(p.find(f"{w('pPr')}/{w('pStyle')}"))
        if self.styles.is_toc(style_id) or _mark_deleted_and_empty(p):
            return
        boxes: list[etree._Element] = []
        text = self._text(p, boxes)
        label = self._label(p, style_id) if numbered else None
        text = _with_label(text, label)
        if text:
            outline = w_int(p.find(f"{w('pPr')}/{w('outlineLvl')}"))
            kind, level = self.styles.kind(style_id, outline)
            if kind == "title":
                self.blocks.append(Block("title", text))
            elif kind == "heading" and not _body_text_in_heading_style(text):
                self.blocks.append(Block("heading", text, level=level))
            else:
                look = None if label and label.bullet else self._heading_look(p, style_id, text)
                if look is not None:
                    self.candidates.append((len(self.blocks), look == "explicit"))
                self.blocks.append(Block("para", text))
        for box in boxes:
            self._walk(box, numbered=False)

    def _table(self, tbl: etree._Element, numbered: bool) -> None:
        rows = [tr for tr in _children(tbl, w("tr")) if not _row_deleted(tr)]
        cells = [list(_children(tr, w("tc"))) for tr in rows]
        if cells and all(len(r) <= 1 for r in cells):
            # a one-column table is a box around ordinary text: read it as paragraphs
            for r in cells:
                for tc in r:
                    self._walk(tc, numbered)
            return
        rows = [[self._cell_text(tc, numbered) for tc in r] for r in cells]
        layout = _numbered_layout(rows)
        for texts in rows:
            row = " | ".join(t for t in texts if t)
            if not row:
                continue
            if layout:
                # a policy laid out as a table ("3.1 | Staff must ..."): each row is the
                # paragraph (or heading) a reader sees, its number first
                num = next((t for t in texts if t), "")
                rest = " ".join(t for t in texts[texts.index(num) + 1:] if t)
                text = f"{num.rstrip('.')} {rest}".strip() if _CELL_NUM.match(num) else row.replace(" | ", " ")
                if _CELL_NUM.match(num) and "." not in num.rstrip(".") and len(rest) <= 100 \
                        and not rest.endswith("."):
                    self.blocks.append(Block("heading", text, level=2))
                else:
                    self.blocks.append(Block("para", text))
                continue
            self.blocks.append(Block("para", row, table=True, cells=tuple(texts)))

    def _cell_text(self, tc: etree._Element, numbered: bool) -> str:
        """A cell's paragraphs (with their numbers) and nested tables, as one line."""
        parts: list[str] = []
        for el in _descend_blocks(tc):
            if el.tag == w("tbl"):
                for tr in _children(el, w("tr")):
                    row = " | ".join(t for t in (self._cell_text(c, numbered)
                                                 for c in _children(tr, w("tc"))) if t)
                    if row:
                        parts.append(row)
                continue
            style_id = w_val(el.find(f"{w('pPr')}/{w('pStyle')}"))
            if _mark_deleted_and_empty(el):
                continue
            text = self._text(el, [])
            label = self._label(el, style_id) if numbered else None
            text = _with_label(text, label) or (label.text if label is not None and not label.bullet else "")
            if text:
                parts.append(text)
        return " ".join(parts)

    # -- numbering
    def _label(self, p: etree._Element, style_id: str | None) -> NumberLabel | None:
        pr = p.find(f"{w('pPr')}/{w('numPr')}")
        num_id = w_val(pr.find(w("numId"))) if pr is not None else None
        ilvl = w_int(pr.find(w("ilvl"))) if pr is not None else None
        style_num, style_ilvl = self.styles.num_pr(style_id)
        if num_id is None:
            num_id = style_num
        if not num_id or num_id == "0":
            return None
        if ilvl is None:
            ilvl = style_ilvl
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, self.styles.ids(style_id))
        return self.numbering.label(num_id, ilvl or 0)

    # -- headings by their look
    def _heading_look(self, p: etree._Element, style_id: str | None, text: str) -> str | None:
        """"explicit" for a bold numbered line or "Section 7 – ...", "number" for a short
        "7. Data protection", else None."""
        if len(text) > 100 or text.endswith("."):
            return None
        if PLAIN_SECTION.match(text):
            return "explicit"
        if _BOLD_NUM_HEAD.match(text) and self._whole_bold(p, style_id):
            return "explicit"
        return "number" if _NUM_HEAD.match(text) else None

    def _whole_bold(self, p: etree._Element, style_id: str | None) -> bool:
        para_bold = self.styles.bold(style_id)
        seen = False
        for r in p.iter(w("r")):
            if not any((t.text or "").strip() for t in r.iter(w("t"))):
                continue
            seen = True
            b = r.find(f"{w('rPr')}/{w('b')}")
            if b is not None:
                if not w_on(b):
                    return False
                continue
            rstyle = w_val(r.find(f"{w('rPr')}/{w('rStyle')}"))
            if rstyle and self.styles.bold(rstyle):
                continue
            if not para_bold:
                return False
        return seen

    # -- text
    def _text(self, p: etree._Element, boxes: list[etree._Element]) -> str:
        parts: list[str] = []
        _collect(p, parts, boxes)
        return " ".join("".join(parts).split())


_CELL_NUM = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[A-Z]\.\d{1,3}(?:\.\d{1,3})*)(?:\([a-z0-9]{1,4}\))?\.?$")
_VERSION_CELL = re.compile(r"^(?:v(?:ersion)?\s*)?(?:0\.\d{1,3}|\d{1,3}\.0)$", re.I)


def _numbered_layout(rows: list[list[str]]) -> bool:
    """Is this table a policy laid out in rows, its first column the clause numbers
    ("1" | "Purpose", "1.1" | "This policy ...")? At least two rows so numbered, at least one
    with a sub-number (1.1), the text beside them mostly sentences, and the numbers not a
    version history's (1.0, 0.2)."""
    firsts = [next((t for t in r if t), "") for r in rows]
    numbered = [(f, r) for f, r in zip(firsts, rows) if _CELL_NUM.match(f) and len(r) >= 2]
    if len(numbered) < 2 or len(numbered) < 0.6 * len([f for f in firsts if f]):
        return False
    if sum(1 for f, _ in numbered if _VERSION_CELL.match(f)) > len(numbered) / 2:
        return False
    if not any("." in f.rstrip(".") for f, _ in numbered):
        return False
    rests = [" ".join(t for t in r[r.index(f) + 1:] if t) for f, r in numbered]
    return sum(1 for t in rests if len(t) >= 40) >= len(rests) / 3


def _continued(heading: str, section: list[Block]) -> bool:
    """Does a paragraph in the section carry the heading's number on ("7.1" after "7.")?"""
    num = heading.split(".")[0].split()[0]
    for b in section:
        m = PARA_NUM.match(b.text)
        if m and m.group(1).split(".")[0] == num:
            return True
    return False


def _body_text_in_heading_style(text: str) -> bool:
    """A heading style used to number body text ("7.3 Staff must not ... ."): a paragraph."""
    return len(text) > 150 or (bool(PARA_NUM.match(text)) and text.endswith("."))


def _with_label(text: str, label: NumberLabel | None) -> str:
    """The paragraph text as Word shows it: its number in front, a bullet dropped."""
    if label is None:
        return text
    if label.bullet:
        return _TYPED_BULLET.sub("", text)
    return f"{label.text} {text}" if label.text and text else text


def _collect(el: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    """Visible text under `el`, in order; text-box contents go to `boxes` instead."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):      # comments, processing instructions
            continue
        if tag == w("t"):
            parts.append(child.text or "")
        elif tag in _SPACE_TAGS:
            parts.append(" ")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif tag in _SKIP_IN_TEXT or tag == w("softHyphen"):
            continue
        elif tag == w("r"):
            if not w_on(child.find(f"{w('rPr')}/{w('vanish')}")):
                _collect(child, parts, boxes)
        elif tag == w("txbxContent"):
            boxes.append(child)
        elif tag == f"{{{_MC_NS}}}AlternateContent":
            choice = child.find(f"{{{_MC_NS}}}Choice")   # the Fallback repeats the same text
            if choice is not None:
                _collect(choice, parts, boxes)
        elif tag == w("p"):              # a paragraph nested where text is read: keep apart
            parts.append(" ")
            _collect(child, parts, boxes)
        else:
            _collect(child, parts, boxes)


def _children(parent: etree._Element, tag: str):
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from _children(child, tag)


def _descend_blocks(parent: etree._Element):
    for child in parent:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None and not _is_toc_sdt(child):
                yield from _descend_blocks(content)
        elif child.tag in _CONTAINERS:
            yield from _descend_blocks(child)


def _is_toc_sdt(sdt: etree._Element) -> bool:
    gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
    return (w_val(gallery) or "").lower().startswith("table of contents")


def _mark_deleted_and_empty(p: etree._Element) -> bool:
    """A paragraph removed by a tracked deletion (its mark and all its text deleted)."""
    if p.find(f"{w('pPr')}/{w('rPr')}/{w('del')}") is None:
        return False
    return not any((t.text or "").strip() for t in p.iter(w("t")))


def _row_deleted(tr: etree._Element) -> bool:
    return tr.find(f"{w('trPr')}/{w('del')}") is not None


def _related_root(part, reltype: str) -> etree._Element | None:
    """The XML of a part the document part relates to (styles, numbering), if present."""
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None


__all__ = ["load_docx", "NOT_DOCX"]
