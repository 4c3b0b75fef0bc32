"""Word automatic numbering: the labels Word displays in front of numbered paragraphs.

Real Word policies number their headings and paragraphs through `numbering.xml`, so "7.3" is
not in the paragraph's text. `WordNumbering` reads the definitions and, fed the numbered
paragraphs in document order, returns each one's label as Word shows it:

* `w:num` -> `w:abstractNumId`, following `w:numStyleLink` to the numbering style's list;
* `w:lvlOverride` with `w:startOverride` (a restart) and/or its own `w:lvl` (a changed level);
* per level `w:start`, `w:numFmt`, `w:lvlText` (`%1`..`%9`), `w:lvlRestart`, `w:isLgl`;
* counters belong to the abstract definition, so every `w:num` pointing at one abstractNum
  continues the same sequence; a `w:num` with a `w:startOverride` restarts that level the first
  time the num is used, and the sequence then carries on from there for every num;
* using a level resets the deeper levels (unless their `w:lvlRestart` says otherwise); a parent
  level never used yet shows its start minus one, as Word's "0.1" does.

Pure functions over lxml elements; no python-docx objects here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_LEVELS = 9


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


def w_val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def w_int(el: etree._Element | None, default: int | None = None) -> int | None:
    v = w_val(el)
    if v is None:
        return default
    try:
        return int(v)
    except ValueError:
        return default


def w_on(el: etree._Element | None) -> bool:
    """An on/off property (`<w:b/>`, `<w:isLgl w:val="0"/>`)."""
    return el is not None and (w_val(el) or "true").lower() not in ("0", "false", "off", "none")


# --------------------------------------------------------------------------- number formats

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """One level's number as Word writes it in `fmt` (a `w:numFmt` value)."""
    if fmt == "none" or fmt == "bullet":
        return ""
    if n <= 0 and fmt in ("lowerLetter", "upperLetter", "lowerRoman", "upperRoman"):
        return str(n)       # Word has no letter or numeral for 0; show the digit
    if fmt in ("lowerLetter", "upperLetter"):
        # a..z, then aa..zz, aaa..: Word repeats the letter rather than counting in base 26
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    return str(n)   # decimal and anything exotic (cardinalText, chicago, ...)


# --------------------------------------------------------------------------- definitions

@dataclass(frozen=True)
class Level:
    """One `w:lvl` of a list definition."""

    ilvl: int
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None      # w:lvlRestart (1-based level), None = default
    legal: bool = False             # w:isLgl
    pstyle: str | None = None       # paragraph style linked to this level

    @property
    def is_bullet(self) -> bool:
        return self.fmt == "bullet"

    @classmethod
    def parse(cls, el: etree._Element) -> Level:
        """A `w:lvl`. An omitted `w:start` counts from 1 (the standard says 0, but documents
        that omit it are hand-made and mean 1)."""
        lv = cls(ilvl=_ilvl(el))
        changes: dict = {}
        start = el.find(w("start"))
        if start is not None:
            changes["start"] = w_int(start, 1)
        fmt = el.find(w("numFmt"))
        if fmt is not None:
            changes["fmt"] = w_val(fmt) or "decimal"
        if el.find(w("lvlPicBulletId")) is not None:
            changes["fmt"] = "bullet"
        text = el.find(w("lvlText"))
        if text is not None:
            changes["text"] = w_val(text) or ""
        restart = el.find(w("lvlRestart"))
        if restart is not None:
            changes["restart"] = w_int(restart)
        legal = el.find(w("isLgl"))
        if legal is not None:
            changes["legal"] = w_on(legal)
        pstyle = el.find(w("pStyle"))
        if pstyle is not None:
            changes["pstyle"] = w_val(pstyle)
        return replace(lv, **changes)


def _ilvl(el: etree._Element, default: int = 0) -> int:
    try:
        v = int(el.get(w("ilvl"), default))
    except ValueError:
        v = default
    return min(max(v, 0), MAX_LEVELS - 1)


@dataclass(frozen=True)
class ListInstance:
    """A `w:num` resolved: its counter key (the abstractNum), effective levels, restarts."""

    num_id: str
    key: str
    levels: dict[int, Level]
    start_overrides: dict[int, int]


@dataclass(frozen=True)
class NumberLabel:
    """What Word shows before a numbered paragraph. `text` is "" for bullets and `none`."""

    text: str
    ilvl: int
    bullet: bool = False


@dataclass
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)
    pending: dict[int, int] = field(default_factory=dict)   # level -> restart value


# --------------------------------------------------------------------------- the engine

_PLACEHOLDER = re.compile(r"%([1-9])")


class WordNumbering:
    """Numbering definitions of one document plus the running counters.

    `style_num_id(style_id)` gives the `w:numId` a numbering style carries (for
    `w:numStyleLink`); call `label()` for every numbered paragraph in document order.
    """

    def __init__(self, numbering: etree._Element | None,
                 style_num_id: Callable[[str], str | None] = lambda _s: None):
        self._abstract: dict[str, etree._Element] = {}
        self._nums: dict[str, etree._Element] = {}
        if numbering is not None:
            for el in numbering.iter(w("abstractNum")):
                aid = el.get(w("abstractNumId"))
                if aid is not None:
                    self._abstract.setdefault(aid, el)
            for el in numbering.iter(w("num")):
                nid = el.get(w("numId"))
                if nid is not None:
                    self._nums.setdefault(nid, el)
        self._style_num_id = style_num_id
        self._instances: dict[str, ListInstance | None] = {}
        self._counters: dict[str, _Counters] = {}
        self._seen: set[str] = set()

    # -- definitions
    def instance(self, num_id: str | None) -> ListInstance | None:
        """The resolved `w:num`, or None (numId 0, or one the part does not define)."""
        if not num_id or num_id == "0":
            return None
        if num_id not in self._instances:
            self._instances[num_id] = self._resolve(num_id)
        return self._instances[num_id]

    def _resolve(self, num_id: str) -> ListInstance | None:
        num = self._nums.get(num_id)
        if num is None:
            return None
        abstract, link_nums = self._abstract_for(num, depth=0)
        if abstract is None:
            return None
        levels: dict[int, Level] = {}
        for el in abstract.findall(w("lvl")):
            lv = Level.parse(el)
            levels.setdefault(lv.ilvl, lv)
        starts: dict[int, int] = {}
        # overrides of a numbering style's own num apply first, then this num's
        for n in [*link_nums, num]:
            for ov in n.findall(w("lvlOverride")):
                ilvl = _ilvl(ov)
                lvl = ov.find(w("lvl"))
                if lvl is not None:   # a level defined anew "in place of" the abstract's
                    levels[ilvl] = replace(Level.parse(lvl), ilvl=ilvl)
                so = ov.find(w("startOverride"))
                if so is not None and n is num:
                    starts[ilvl] = w_int(so, 1)
        return ListInstance(num_id=num_id, key=abstract.get(w("abstractNumId")) or num_id,
                            levels=levels, start_overrides=starts)

    def _abstract_for(self, num: etree._Element, depth: int
                      ) -> tuple[etree._Element | None, list[etree._Element]]:
        """The abstractNum a num uses, following numStyleLink -> numbering style -> its num."""
        abstract = self._abstract.get(w_val(num.find(w("abstractNumId"))) or "")
        if abstract is None or depth > 5:
            return abstract, []
        link = w_val(abstract.find(w("numStyleLink")))
        if not link:
            return abstract, []
        linked_num = self._nums.get(self._style_num_id(link) or "")
        if linked_num is None or linked_num is num:
            return abstract, []
        target, chain = self._abstract_for(linked_num, depth + 1)
        if target is None:
            return abstract, []
        return target, [*chain, linked_num]

    def level_for_style(self, num_id: str | None, style_ids: list[str]) -> int | None:
        """The level whose `w:pStyle` links one of these styles (nearest first), if any."""
        inst = self.instance(num_id)
        if inst is None:
            return None
        for sid in style_ids:
            for lv in inst.levels.values():
                if lv.pstyle == sid:
                    return lv.ilvl
        return None

    # -- counting
    def label(self, num_id: str | None, ilvl: int) -> NumberLabel | None:
        """Advance the counters for one numbered paragraph and return its label.

        None when the paragraph is not really numbered (numId 0 or undefined, level missing).
        """
        inst = self.instance(num_id)
        if inst is None:
            return None
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        lv = inst.levels.get(ilvl)
        if lv is None:
            return None
        c = self._counters.setdefault(inst.key, _Counters())
        if inst.num_id not in self._seen:
            self._seen.add(inst.num_id)
            # a num with startOverride restarts its overridden levels where it is first used;
            # shallower levels keep counting (the sub-list restarts under its parent)
            for lvl, value in inst.start_overrides.items():
                if lvl >= ilvl:
                    c.values[lvl] = None
                    c.pending[lvl] = value
        if ilvl in c.pending:
            value = c.pending.pop(ilvl)
        elif c.values[ilvl] is None:
            value = lv.start
        else:
            value = c.values[ilvl] + 1
        c.values[ilvl] = value
        for deeper in range(ilvl + 1, MAX_LEVELS):
            if ilvl < _restart_threshold(inst.levels.get(deeper), deeper):
                c.values[deeper] = None
        if lv.is_bullet:
            return NumberLabel("", ilvl, bullet=True)
        return NumberLabel(self._render(inst, lv, c), ilvl)

    def _render(self, inst: ListInstance, lv: Level, c: _Counters) -> str:
        def sub(m: re.Match) -> str:
            ref = int(m.group(1)) - 1
            ref_lv = inst.levels.get(ref)
            value = c.values[ref]
            if value is None:   # a level not used yet: Word shows start - 1 ("0.1")
                value = max((ref_lv.start if ref_lv else 1) - 1, 0)
            fmt = ref_lv.fmt if ref_lv else "decimal"
            if lv.legal and ref < lv.ilvl and fmt not in ("none", "bullet"):
                fmt = "decimal"
            return format_number(value, fmt)

        return _PLACEHOLDER.sub(sub, lv.text).strip()


def _restart_threshold(level: Level | None, ilvl: int) -> int:
    """Using a level below this (0-based) index resets `ilvl`'s counter."""
    if level is None or level.restart is None:
        return ilvl
    # w:lvlRestart is 1-based; 0 = never restart; a value deeper than the level is ignored
    return min(level.restart, ilvl)
