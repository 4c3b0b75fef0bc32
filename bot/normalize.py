"""Incoming text made plain, once, at the edge: before redaction and before understanding.

Hidden characters must not change what a question means or let personal data slip past the
redactor: "ot\u200bter" is "otter", full-width "ＯＴＴＥＲ" is "OTTER", and an NI number with a
zero-width space inside it is still an NI number. `normalize_text` does:

- Unicode NFKC (full-width and other compatibility forms to their plain letters and digits,
  ligatures split, non-breaking and other odd spaces to a space);
- removes invisible format characters: zero-width spaces and joiners, the byte order mark, soft
  hyphens, bidirectional embeddings/overrides/isolates and marks, tag characters, variation
  selectors (Unicode category Cf, plus variation selectors);
- removes control characters (C0, DEL, C1) except line breaks and tabs; tabs and other white
  space become a space, CR LF / CR / line and paragraph separators become a line break;
- folds Cyrillic and Greek letters that look like Latin ones inside a word that also has Latin
  letters ("ChatGРТ" with Cyrillic Р and Т): a word written wholly in another script is kept.

`MAX_QUESTION_CHARS` caps a question's length (after normalising); `TOO_LONG_MESSAGE` is what a
surface answers instead. The redactor (bot.redact.redact) calls `normalize_text` first, so every
path that redacts (the engine, the governance store, logs) sees normalised text.
"""
from __future__ import annotations

import os
import re
import unicodedata

MAX_QUESTION_CHARS = int(os.environ.get("POLICYBOT_MAX_QUESTION_CHARS") or 2000)
TOO_LONG_MESSAGE = ("Your question is too long for me ({n:,} characters; the limit is {limit:,}). "
                    "Please ask it in fewer words, without pasting documents or messages.")

# invisible characters that are not category Cf but still hide inside words
_EXTRA_INVISIBLE = "\u034f\u115f\u1160\u3164\uffa0\u180e" + "".join(chr(c) for c in range(0xFE00, 0xFE10))
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_FAST_OK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")   # ASCII text needs work only for these

# Cyrillic / Greek letters that look like Latin ones (lower and upper case)
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѡ": "w", "һ": "h",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Һ": "H",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
_CONF_TABLE = str.maketrans(_CONFUSABLES)
_CONF_CHARS = re.compile("[" + "".join(sorted(_CONFUSABLES)) + "]")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


def _drop(ch: str) -> bool:
    if ch in "\n\t ":
        return False
    if ch in _EXTRA_INVISIBLE:
        return True
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc", "Cs", "Co") or 0xE0100 <= ord(ch) <= 0xE01EF


def _fold_word(m: re.Match) -> str:
    w = m.group(0)
    if _CONF_CHARS.search(w) and _LATIN.search(w):
        return w.translate(_CONF_TABLE)
    return w


def normalize_text(text: str | None) -> str:
    """`text` with hidden characters removed and look-alike forms folded (see the module doc)."""
    if not text:
        return text or ""
    if text.isascii() and not _FAST_OK.search(text) and "\r" not in text:
        return text
    t = _LINE_BREAKS.sub("\n", text)
    t = unicodedata.normalize("NFKC", t)
    if not t.isascii():
        t = "".join(ch for ch in t if not _drop(ch))
        if _CONF_CHARS.search(t):
            t = _WORD.sub(_fold_word, t)
    else:
        t = _FAST_OK.sub("", t)
    return t.replace("\t", " ")


def too_long(question: str) -> bool:
    """Is this (normalised) question over MAX_QUESTION_CHARS?"""
    return len(question or "") > MAX_QUESTION_CHARS


def too_long_message(question: str) -> str:
    return TOO_LONG_MESSAGE.format(n=len(question or ""), limit=MAX_QUESTION_CHARS)
