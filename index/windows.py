"""Sentence windows of long clauses, for retrieval only.

A whole-section clause ("4. Data protection" holding six paragraphs) is one citable unit, but
one vector for all of it blurs what each part says. So a long document clause is also stored
as overlapping windows of a few sentences: each is embedded and searched (vectors and BM25)
like a clause, and a hit on a window counts as a hit on its clause, which is what answers
cite (`policy.docx#4`, never a window). Windows are a function of the clause text alone, so
build and search derive the same ones, and an index built without them still works.
"""
from __future__ import annotations

import re

from index.models import Clause

WINDOW_MIN_CHARS = 600      # clauses longer than this get windows
WINDOW_SENTENCES = 3        # sentences per window
WINDOW_STRIDE = 2           # sentences between window starts (windows overlap by one)
WINDOW_SEP = "##w"          # window id = "<clause ref>##w<n>"

_SENTENCE_END = re.compile(r"(?<=[.!?;:])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9(])|\n+")


def split_sentences(text: str) -> list[str]:
    return [s for s in (" ".join(p.split()) for p in _SENTENCE_END.split(text or "")) if s]


def clause_windows(c: Clause) -> list[tuple[str, str]]:
    """(window id, text to embed) for a long document clause; [] otherwise."""
    if c.kind != "clause" or len(c.text) <= WINDOW_MIN_CHARS:
        return []
    sents = split_sentences(c.text)
    if len(sents) <= WINDOW_SENTENCES:
        return []
    head = " > ".join(h for h in c.heading_path if h) or c.heading
    out: list[tuple[str, str]] = []
    starts = list(range(0, len(sents) - WINDOW_SENTENCES + 1, WINDOW_STRIDE))
    if starts[-1] + WINDOW_SENTENCES < len(sents):
        starts.append(len(sents) - WINDOW_SENTENCES)
    for n, i in enumerate(starts, start=1):
        body = " ".join(sents[i:i + WINDOW_SENTENCES])
        out.append((f"{c.ref}{WINDOW_SEP}{n}", f"{head}\n{body}".strip()))
    return out


def window_ref(node_id: str) -> str:
    """The clause ref a window id belongs to (a clause ref is returned unchanged)."""
    return node_id.split(WINDOW_SEP, 1)[0]
