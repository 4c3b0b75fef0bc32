"""HTML reader (intranet pages): main content -> blocks.

* Decoding: a byte-order mark, else the charset the file declares (`<meta charset>` or the
  http-equiv Content-Type), else UTF-8; bytes that do not decode are a LoaderError.
* Main content: the `<main>` / `[role=main]` element, else the `<article>` with most text, else
  `<body>`. Page chrome is removed first: script, style, noscript, template, nav, header, footer,
  aside, form, landmark roles navigation/banner/contentinfo/search, `hidden`, `aria-hidden=true`,
  `display:none`, and breadcrumb / cookie-banner / skip-link containers (class or id). Kept
  all the same: a `<header>` inside `<main>`/`<article>` (the article's own heading area, often
  holding its `<h1>`), a `<form>` holding headings (ASP.NET/SharePoint wrap whole pages in one),
  a `<button>` inside a heading or summary (accordion questions) and `hidden="until-found"`
  (closed accordion panels, meant to be found).
* Blocks: h1..h6 -> heading (level n); p, li, dt, dd, blockquote, pre, figcaption, caption and
  text lying directly in a div/section -> para; a table row -> one para "cell | cell". A nested
  list's items are blocks of their own (the parent item keeps only its own text). A
  `<details>`'s `<summary>` is a heading one level below the heading above it.
* Anchors: a heading's own id, else the id/name of an `<a>` inside it or just before it, else
  the id of an enclosing element whose first heading it is; other blocks take their own id or
  the anchor of the heading above them.
* If the content has no `<h1>`, the page's `<title>` becomes the document title.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Iterator

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from index.clauses import PARA_NUM, heading_number
from index.loaders.errors import LoaderError
from index.models import Block

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "iframe", "object", "embed", "svg", "canvas", "button", "select", "textarea", "dialog")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search"}
_CHROME = re.compile(r"breadcrumb|cookie|skip-?link|on-?this-?page|in-?this-?section|page-?contents|"
                     r"table-?of-?contents|\btoc\b|related|share-?(?:this|page|links)|feedback|"
                     r"back-?to-?top|site-?(?:header|footer|nav)|(?:^|\s)(?:page-?)?footer(?:[-_]\w+)?(?:\s|$)|mega-?menu|social",
                     re.IGNORECASE)
# headings of boxes that are page furniture, not policy: the heading and the lists under it go
_CHROME_TITLE = re.compile(r"^(?:on this page|contents|page contents|table of contents|in this section|"
                           r"related (?:links|pages|content|information|documents|guidance)|useful links|"
                           r"see also|share this page|was this page (?:helpful|useful)\??|"
                           r"help us improve (?:this page|gov\.uk)|cookies? on .*)$", re.IGNORECASE)
_ACCORDION = re.compile(r"accordion|collaps|toggle|expand|disclosure", re.IGNORECASE)
_TOGGLE_ALL = re.compile(r"\b(?:open|close|show|hide|expand|collapse|toggle)\s+all\b", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TEXT_BLOCKS = {"p", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "address"}
_BLOCK_TAGS = _TEXT_BLOCKS | set(_HEADINGS) | {
    "div", "section", "article", "main", "aside", "nav", "header", "footer", "ul", "ol", "dl",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "details", "summary", "figure", "hr",
    "form", "fieldset", "legend", "hgroup", "menu", "center", "body", "html", "search"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
                           rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# as browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as windows-1252
_AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii"}


def read_html_file(path: Path) -> str:
    """Decode an HTML file by its BOM or declared charset (UTF-8 if none), else LoaderError."""
    raw = path.read_bytes()
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _decode(raw, enc, "its byte-order mark")
    if b"\x00" in raw[:4096]:
        raise LoaderError("binary data, not HTML (is the extension right?)")
    m = _META_CHARSET.search(raw[:8192])
    if m:
        label = (m.group(1) or m.group(2)).decode("ascii", "replace")
        try:
            enc = codecs.lookup(label).name
        except LookupError:
            raise LoaderError(f"unknown character set {label!r} declared in the page") from None
        if enc in _AS_WINDOWS_1252:
            enc = "cp1252"
        if enc in ("utf-16", "utf-16-le", "utf-16-be"):   # a page without a BOM cannot be UTF-16
            enc = "utf-8"
        return _decode(raw, enc, f"its declared charset {label}")
    return _decode(raw, "utf-8", "UTF-8 (no charset declared)")


def _decode(raw: bytes, enc: str, how: str) -> str:
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as e:
        raise LoaderError(f"cannot decode the page as {how} (byte 0x{raw[e.start]:02x} at offset "
                          f"{e.start}); declare the right <meta charset> or save it as UTF-8") from e


def _norm(s: str) -> str:
    return " ".join(s.split())


def _is_accordion_button(tag: Tag) -> bool:
    """A button that opens one panel (its question): it names the panel (aria-controls) or
    sits in an accordion by its class; never an "Open all" / "Show all sections" control."""
    attrs = tag.attrs or {}
    cls = attrs.get("class") or []
    names = " ".join(cls if isinstance(cls, list) else [str(cls)])
    text = _norm(tag.get_text())
    if not text or _TOGGLE_ALL.search(text) or _TOGGLE_ALL.search(names.replace("-", " ").replace("_", " ")):
        return False
    return bool(str(attrs.get("aria-controls", "")).strip()) or bool(_ACCORDION.search(names))


def _is_chrome(tag: Tag, keep: frozenset[str] = frozenset()) -> bool:
    attrs = tag.attrs or {}
    if keep and str(attrs.get("id", "")) in keep:
        return False            # an accordion panel (closed, so hidden): its answer is content
    if "hidden" in attrs and str(attrs["hidden"]).lower() != "until-found":   # until-found: a
        return True                                                             # closed accordion
    if str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if str(attrs.get("role", "")).lower() in _DROP_ROLES:
        return True
    if tag.name == "header" and tag.find_parent(("main", "article")):
        return False            # the article's own header (often holding its <h1>)
    if tag.name == "form" and tag.find(["main", "article", *_HEADINGS]) is not None:
        return False            # a page-wide form (ASP.NET / SharePoint) holds the content itself
    if tag.name == "button" and tag.find_parent([*_HEADINGS, "summary"]) is not None:
        return False            # an accordion's question: <h2><button>Can I ...?</button></h2>
    if tag.name == "button" and _is_accordion_button(tag):
        return False            # an accordion's question standing alone: a heading of its panel
    if tag.name in _DROP_TAGS:
        return True
    if tag.name in _HEADINGS or tag.name in ("html", "body", "main", "article"):
        return False
    cls = attrs.get("class") or []
    names = (" ".join(cls if isinstance(cls, list) else [str(cls)]) + " " + str(attrs.get("id", ""))
             + " " + str(attrs.get("aria-label", "")).replace(" ", "-"))
    if _CHROME.search(names):
        return True
    if tag.name == "a" and _norm(tag.get_text()).lower().startswith("skip to "):
        return True
    return False


def _strip_chrome(root: Tag) -> None:
    # panels that accordion buttons open (aria-controls) are content even while hidden
    keep = frozenset(str(b["aria-controls"]).split()[0] for b in _tags(root, ("button", "a"))
                     if b.get("aria-controls") and str(b["aria-controls"]).split())
    stack = [root]
    while stack:
        for child in list(stack.pop().children):
            if isinstance(child, Tag):
                if _is_chrome(child, keep):
                    child.decompose()
                else:
                    stack.append(child)
    for h in [h for h in _tags(root, _HEADINGS) if _CHROME_TITLE.match(_norm(h.get_text()))]:
        _drop_chrome_box(h)
    for lst in [t for t in _tags(root, ("ul", "ol")) if _is_link_list(t)]:
        if lst.parent is not None:
            lst.decompose()


def _drop_chrome_box(h: Tag) -> None:
    """An "On this page" / "Related links" heading and what follows it up to the next heading;
    then its box, when nothing else is left in it."""
    if h.parent is None:
        return
    parent = h.parent
    for sib in list(h.find_next_siblings()):
        if sib.name in _HEADINGS or _first(sib, _HEADINGS) is not None:
            break
        sib.decompose()
    h.decompose()
    while parent is not None and parent.name not in ("body", "html", "main", "article") \
            and not _norm(parent.get_text()):
        up = parent.parent
        parent.decompose()
        parent = up


def _is_link_list(tag: Tag) -> bool:
    """A list of in-page links only (a table of contents): every item is one `#...` link."""
    items = [li for li in tag.children if isinstance(li, Tag) and li.name == "li"]
    if len(items) < 2:
        return False
    for li in items:
        links = list(_tags(li, "a"))
        if not links or any(not str(a.get("href", "")).startswith("#") for a in links):
            return False
        if _norm(li.get_text()) != _norm(" ".join(a.get_text() for a in links)):
            return False
    return True


def _text_len(tag: Tag) -> int:
    return len(_norm(tag.get_text(" ")))


def _content_root(soup: BeautifulSoup) -> Tag:
    mains = soup.find_all("main") + soup.find_all(attrs={"role": "main"})
    mains = [m for m in mains if _text_len(m) > 0]
    if mains:
        main = max(mains, key=_text_len)
        # a page whose <main> wraps one article plus page furniture ("Page owner: ... Last
        # reviewed ...") is that article, when the article holds nearly all of the text
        inner = [a for a in main.find_all("article") if _text_len(a) > 0]
        if len(inner) == 1 and _text_len(inner[0]) >= 0.6 * _text_len(main):
            return inner[0]
        return main
    articles = [a for a in soup.find_all("article") if _text_len(a) > 0]
    if articles:
        return max(articles, key=_text_len)
    return soup.body or soup


def _inline_text(tag: Tag, skip_blocks: bool = True) -> str:
    """The element's text, whitespace normalised; with skip_blocks, without nested block
    elements (they are blocks of their own). `<br>` and block boundaries count as a space."""
    return _norm(_raw_text(tag, skip_blocks))


def _raw_text(tag: Tag, skip_blocks: bool) -> str:
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):
                    parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append(" ")
                elif child.name in _BLOCK_TAGS and skip_blocks:
                    continue
                else:
                    if child.name in _BLOCK_TAGS:
                        parts.append(" ")
                    walk(child)
                    if child.name in _BLOCK_TAGS:
                        parts.append(" ")

    walk(tag)
    return "".join(parts)


def _tags(tag: Tag, names: tuple[str, ...] | set[str] | str) -> Iterator[Tag]:
    """Descendant elements with one of these names, in document order (bs4's find_all costs
    much more per call)."""
    names = {names} if isinstance(names, str) else names
    return (d for d in tag.descendants if isinstance(d, Tag) and d.name in names)


def _first(tag: Tag, names: tuple[str, ...] | set[str] | str) -> Tag | None:
    return next(_tags(tag, names), None)


def _has_block(tag: Tag) -> bool:
    return any(isinstance(d, Tag) and d.name in _BLOCK_TAGS for d in tag.descendants)


class _Walker:
    def __init__(self, root: Tag) -> None:
        self.root = root
        self.blocks: list[Block] = []
        self.anchor: str | None = None     # anchor of the nearest heading above
        self.level = 1                     # level of the nearest heading above
        self.hlevel = 1                    # level of the nearest h1..h6 above (accordions nest under it)
        self.list_ids: list[str] = []      # ids of the ordered-list items we are inside
        # headings the page marks up as such (h2..h6, details/summary): with them, bold lines
        # and list items are not taken for section titles unless clearly so
        self.subheadings = any(True for _ in _tags(root, ("h2", "h3", "h4", "h5", "h6", "summary")))
        self.candidates: list[tuple[int, bool]] = []   # (block index, explicit) numbered-title lines

    # -- anchors
    def _heading_anchor(self, h: Tag) -> str | None:
        if h.get("id"):
            return str(h["id"])
        for a in _tags(h, "a"):
            if a.get("id") or a.get("name"):
                return str(a.get("id") or a.get("name"))
        prev = h.find_previous_sibling()
        if prev is not None and prev.name == "a" and not _norm(prev.get_text()) \
                and (prev.get("id") or prev.get("name")):
            return str(prev.get("id") or prev.get("name"))
        node = h.parent
        while isinstance(node, Tag) and node is not self.root and node.name not in ("body", "html"):
            if node.get("id"):
                first = _first(node, _HEADINGS)
                return str(node["id"]) if first is h else None
            node = node.parent
        return None

    def _own_anchor(self, tag: Tag) -> str | None:
        return str(tag["id"]) if tag.get("id") else self.anchor

    # -- output
    def heading(self, text: str, level: int, anchor: str | None) -> None:
        if text:
            self.blocks.append(Block("heading", text, level=level, anchor=anchor))
        self.anchor, self.level = anchor, level

    def title_line(self, text: str, anchor: str | None, bold: bool) -> bool:
        """A paragraph or list item that is a section title by its look: a numbered short line
        ("1. Introduction", "2.Use") is a candidate (decided in `promote`); a whole-bold short
        unnumbered line is a heading where the page has no marked-up sub-headings. True when
        the line was taken as (a candidate) heading."""
        if len(text) > 120 or text.endswith((".", ",", ";")) or not text:
            return False
        if _NUM_TITLE.match(text) or (bold and heading_number(text) and not PARA_NUM.match(text)):
            self.candidates.append((len(self.blocks), bold))
            self.blocks.append(Block("para", text, anchor=anchor))
            return True
        if bold and not self.subheadings and not PARA_NUM.match(text) and not heading_number(text) \
                and len(text) <= 100:
            self.blocks.append(Block("heading", text, level=min(self.hlevel + 1, 6), anchor=anchor))
            self.anchor = anchor
            return True
        return False

    def promote(self) -> None:
        """Numbered title lines become headings, as Word's reader does: not when headings
        already carry section numbers; where the page has sub-headings, only a bold line or one
        whose number the paragraphs under it continue ("3." then "3.1")."""
        if any(b.kind == "heading" and heading_number(b.text) for b in self.blocks):
            return
        for n, (i, explicit) in enumerate(self.candidates):
            end = self.candidates[n + 1][0] if n + 1 < len(self.candidates) else len(self.blocks)
            b = self.blocks[i]
            if not self.subheadings or explicit or _continues(b.text, self.blocks[i + 1:end]):
                self.blocks[i] = Block("heading", b.text, level=2, anchor=b.anchor)

    def para(self, text: str, anchor: str | None, table: bool = False, cells: tuple[str, ...] = ()) -> None:
        if text:
            self.blocks.append(Block("para", text, anchor=anchor, table=table, cells=cells))

    # -- traversal
    def walk(self, node: Tag, skip: Tag | None = None) -> None:
        run: list[str] = []          # inline text lying directly in a container

        def flush() -> None:
            text = _norm("".join(run))
            run.clear()
            self.para(text, self.anchor)

        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):
                    run.append(str(child))
                continue
            if not isinstance(child, Tag) or child is skip:
                continue
            name = child.name
            if name == "br":
                run.append(" ")
                continue
            if name == "button":           # an accordion's question: the heading of its panel
                flush()
                ctl = str(child.get("aria-controls") or "").split()
                self.heading(_inline_text(child, skip_blocks=False), min(self.hlevel + 1, 6),
                             ctl[0] if ctl else self._own_anchor(child))
                continue
            if name not in _BLOCK_TAGS and not _has_block(child):
                run.append(_raw_text(child, skip_blocks=False))
                continue
            flush()
            if name in _BLOCK_TAGS:
                self.element(child)
            else:                      # an inline element wrapping blocks: treat as a container
                self.walk(child)
        flush()

    def nested_blocks(self, node: Tag) -> None:
        """The block elements inside a text block (whose own text is already out)."""
        for child in node.children:
            if isinstance(child, Tag):
                if child.name in _BLOCK_TAGS:
                    self.element(child)
                elif _has_block(child):
                    self.nested_blocks(child)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name in _HEADINGS:
            self.heading(_inline_text(tag, skip_blocks=False), int(name[1]), self._heading_anchor(tag))
            self.hlevel = int(name[1])
        elif name == "ol":
            self.ordered_list(tag)
        elif name == "dt" and (_inline_text(tag).endswith("?") or not self.subheadings):
            # a definition list of questions (or a page with no other headings): each term heads
            # the answer under it
            self.heading(_inline_text(tag), min(self.hlevel + 1, 6), self._own_anchor(tag))
            self.nested_blocks(tag)
        elif name == "p" and self.title_line(_inline_text(tag), self._own_anchor(tag), _whole_bold(tag)):
            self.nested_blocks(tag)
        elif name == "p" and (lead := _bold_lead(tag)) and heading_number(lead) \
                and self.title_line(lead, self._own_anchor(tag), True):
            # "<p><strong>4. Review</strong> This policy is reviewed ...": a numbered title run
            # and the section's first paragraph in one element
            self.para(_inline_text(tag)[len(lead):].strip(), self._own_anchor(tag))
            self.nested_blocks(tag)
        elif name == "table":
            self.table(tag)
        elif name == "details":
            self.details(tag)
        elif name == "summary":
            self.para(_inline_text(tag, skip_blocks=False), self._own_anchor(tag))
        elif name in _TEXT_BLOCKS:
            if name == "pre":
                self.para(_norm(tag.get_text()), self._own_anchor(tag))
                return
            self.para(_inline_text(tag), self._own_anchor(tag))
            self.nested_blocks(tag)           # nested lists, paragraphs inside items
        elif name == "hr":
            return
        else:                                  # div, section, lists, figure, ...
            self.walk(tag)

    def ordered_list(self, ol: Tag) -> None:
        """An <ol>: each item's number as the browser shows it (start, reversed, value, type),
        nested under the item holding the list (3, 3.1, 3.1(a)); a number typed in the item's
        text wins. The item's text gets its number in front, as Word's automatic numbering."""
        items = [li for li in ol.children if isinstance(li, Tag) and li.name == "li"]
        kind = str(ol.get("type") or "1")
        reverse = ol.has_attr("reversed")
        try:
            n = int(str(ol.get("start")))
        except (TypeError, ValueError):
            n = len(items) if reverse else 1
        parent = self.list_ids[-1] if self.list_ids else None
        for child in ol.children:
            if not isinstance(child, Tag):
                continue
            if child.name != "li":
                self.element(child) if child.name in _BLOCK_TAGS else self.walk(child)
                continue
            try:
                n = int(str(child.get("value")))
            except (TypeError, ValueError):
                pass
            own = _inline_text(child)
            typed = heading_number(own)
            if typed:
                cid, text = typed, own
            else:
                mark = _list_mark(n, kind)
                if parent is None:
                    cid, label = mark, (f"{mark}." if kind == "1" else f"({mark})")
                elif kind == "1":
                    cid = label = f"{parent}.{mark}"
                else:
                    cid = label = f"{parent}({mark})"
                text = f"{label} {own}" if own else ""
            anchor = self._own_anchor(child)
            if text and not (parent is None and self.title_line(text, anchor, _whole_bold(child))):
                self.para(text, anchor)
            self.list_ids.append(cid)
            self.nested_blocks(child)
            self.list_ids.pop()
            n = n - 1 if reverse else n + 1

    def table(self, table: Tag) -> None:
        if _first(table, _HEADINGS) is not None:   # a layout table: its cells are page regions
            self.walk(table)
            return
        for el in _tags(table, ("caption", "tr")):
            if el.find_parent("table") is not table:
                continue                          # a nested table's rows belong to its cell
            if el.name == "caption":
                self.para(_inline_text(el, skip_blocks=False), self._own_anchor(el))
                continue
            cells = [_inline_text(c, skip_blocks=False) for c in el.children
                     if isinstance(c, Tag) and c.name in ("td", "th")]
            text = " | ".join(c for c in cells if c)
            self.para(text, self._own_anchor(el), table=True, cells=tuple(cells))

    def details(self, details: Tag) -> None:
        summary = _first(details, "summary")
        outer_anchor, outer_level = self.anchor, self.level
        if summary is not None:
            anchor = (str(details["id"]) if details.get("id") else
                      str(summary["id"]) if summary.get("id") else self._heading_anchor(summary)
                      or outer_anchor)
            self.heading(_inline_text(summary, skip_blocks=False), min(outer_level + 1, 6), anchor)
        self.walk(details, skip=summary)
        # headings inside the details stay local to it
        self.anchor, self.level = outer_anchor, outer_level


_NUM_TITLE = re.compile(r"^(?:(?i:section)\s+)?\d{1,3}(?:\.(?=\s|[A-Z])|\s)\s*[A-Z][^.]{0,100}$")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _list_mark(n: int, kind: str) -> str:
    """An ordered list's marker for item n as a browser draws it (without the dot)."""
    if kind in ("a", "A") and n >= 1:
        out = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            out = chr(ord("a") + r) + out
        return out.upper() if kind == "A" else out
    if kind in ("i", "I") and 1 <= n < 4000:
        out = ""
        for v, r in _ROMAN:
            while n >= v:
                out += r
                n -= v
        return out.upper() if kind == "I" else out
    return str(n)


def _whole_bold(tag: Tag) -> bool:
    """Is all of the element's own text (nested blocks aside) inside <strong>/<b>?"""
    plain, bold = [], []

    def walk(node: Tag, inside: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString) and str(child).strip():
                    (bold if inside else plain).append(str(child))
            elif isinstance(child, Tag) and child.name not in _BLOCK_TAGS:
                walk(child, inside or child.name in ("strong", "b") or
                     "font-weight:bold" in str(child.get("style", "")).replace(" ", "").lower())
    walk(tag, False)
    return bool(bold) and not plain


def _bold_lead(tag: Tag) -> str | None:
    """The text of a <strong>/<b> run that opens the element and is followed by more text
    (a run title), or None."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not str(c).strip())), None)
    if not isinstance(first, Tag) or first.name not in ("strong", "b"):
        return None
    lead = _inline_text(first, skip_blocks=False)
    whole = _inline_text(tag)
    if not lead or not whole.startswith(lead) or len(whole) <= len(lead) + 1 or len(lead) > 100:
        return None
    return lead


def _continues(heading: str, section: list[Block]) -> bool:
    """Does a paragraph under a numbered title carry its number on ("3.1" after "3.")?"""
    num = heading_number(heading)
    if not num:
        return False
    return any((m := PARA_NUM.match(b.text)) and m.group(1).split(".")[0] == num.split(".")[0]
               for b in section)


def html_to_blocks(html: str) -> list[Block]:
    soup = BeautifulSoup(html, "lxml")
    head_title = soup.head.find("title") if soup.head else None
    page_title = _norm(head_title.get_text()) if head_title else ""
    _strip_chrome(soup)
    root = _content_root(soup)
    walker = _Walker(root)
    walker.walk(root)
    walker.promote()
    blocks = walker.blocks
    if page_title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("title", page_title))
    return blocks


def load_html(path: Path) -> list[Block]:
    text = read_html_file(path)
    try:
        return html_to_blocks(text)
    except RecursionError:
        raise LoaderError("elements nested too deeply to read (hundreds of levels: broken markup?)") from None
