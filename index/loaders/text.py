"""Markdown and plain-text reader: lines -> blocks.

Headings are `#` lines or a line underlined with `===`/`---`; in plain text a short line such as
`7. Data protection` is a heading too, and in markdown a whole-bold `**7. Data protection**`.
Consecutive lines join into one paragraph unless a line starts something new (a numbered
paragraph, a bullet, a list item, a table row, a bare `(a)` item)."""
from __future__ import annotations

import re
from pathlib import Path

from index.clauses import PARA_NUM
from index.loaders.errors import LoaderError
from index.models import Block

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+\u2022\u25aa\u25cf]\s+(?=\S)")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_LETTERED = re.compile(r"^\s*\(?[a-z0-9]{1,4}\)\s+(?=\S)")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TXT_HEAD = re.compile(r"^(\d{1,3})\.?\s+([A-Z][^.]{0,80})$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_EDGE_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_+|_+(?![0-9A-Za-z])")


def read_text_file(path: Path) -> str:
    """Decode a text file, or raise LoaderError naming the problem."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise LoaderError(f"unreadable UTF-16 text ({e.reason})") from e
    if b"\x00" in raw[:4096]:
        raise LoaderError("binary data, not text (is the extension right?)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise LoaderError(f"not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start}); "
                          "save it as UTF-8") from e


def clean_inline(s: str) -> str:
    """Remove markdown inline markup: links, escapes, emphasis, code ticks."""
    s = _MD_LINK.sub(r"\1", s)
    s = s.replace("**", "").replace("__", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", s)
    s = _MD_ESCAPE.sub(r"\1", s)
    s = _EDGE_UNDERSCORE.sub("", s)
    return " ".join(s.split())


def _setext(lines: list[str]) -> dict[int, int]:
    """Line index -> heading level for lines underlined with === (1) or --- (2)."""
    out = {}
    for i in range(len(lines) - 1):
        under, line = lines[i + 1].strip(), lines[i].strip()
        if len(under) >= 3 and set(under) in ({"="}, {"-"}) and line \
                and not line.startswith(("#", "|", "-", "*", ">")) and not _TABLE_SEP.match(lines[i]):
            out[i] = 1 if under[0] == "=" else 2
    return out


def text_to_blocks(text: str, plain: bool = False) -> list[Block]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    setext = _setext(lines)
    skip: set[int] = {i + 1 for i in setext}
    blocks: list[Block] = []
    para: list[str] = []
    in_code = False

    def flush() -> None:
        if para:
            blocks.append(Block("para", " ".join(para)))
            para.clear()

    for i, raw in enumerate(lines):
        if i in skip:
            flush()
            continue
        line = raw.rstrip()
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            continue
        if not line.strip():
            flush()
            continue
        if in_code:
            para.append(line.strip())
            continue
        if i in setext:
            flush()
            blocks.append(Block("heading", clean_inline(line.strip()), level=setext[i]))
            continue
        m = _ATX.match(line)
        if m:
            flush()
            blocks.append(Block("heading", clean_inline(m.group(2)), level=len(m.group(1))))
            continue
        s = re.sub(r"^\s*>\s?", "", line).strip()
        if s.startswith("|"):
            flush()
            if not _TABLE_SEP.match(s):
                cells = [clean_inline(c) for c in s.strip("|").split("|")]
                blocks.append(Block("para", " | ".join(c for c in cells if c), table=True, cells=tuple(cells)))
            continue
        bold_whole = s.startswith("**") and s.endswith("**") and len(s) > 4
        probe = clean_inline(s)
        if (plain or bold_whole) and _TXT_HEAD.match(probe):
            flush()
            blocks.append(Block("heading", probe, level=2))
            continue
        starts_new = False
        if _BULLET.match(s):
            s = _BULLET.sub("", s)
            starts_new = True
        elif not plain and _ORDERED.match(s) and not PARA_NUM.match(s):
            s = _ORDERED.sub("", s)
            starts_new = True
        probe = clean_inline(s)
        if starts_new or PARA_NUM.match(probe) or _LETTERED.match(probe) or plain and _ORDERED.match(probe):
            flush()
        para.append(probe)
    flush()
    return [b for b in blocks if b.text]


def load_markdown(path: Path) -> list[Block]:
    return text_to_blocks(read_text_file(path), plain=False)


def load_plain_text(path: Path) -> list[Block]:
    return text_to_blocks(read_text_file(path), plain=True)
