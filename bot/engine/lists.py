"""How policies write lists: a sentence that introduces a list ("... must not be used in:"),
the items under it, and numbered sub-clauses (5.2(a) under 5.2). Shared by the sentence tagging
(knowledge.py) and the register read from text (derived.py)."""
from __future__ import annotations

import re

from index.models import Clause

_ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,4}\)|\(?\d{1,2}\)|[a-z]\.|[-\u2022*\u2013])\s+", re.I)


def is_lead_in(text: str) -> bool:
    """A sentence that introduces a list: "... must not be used in:", "... for any of the following.",
    "... has not yet reached a position on the matters below."."""
    t = text.rstrip()
    return t.endswith((":", "\u2014", " -")) or bool(
        re.search(r"\b(?:the|as)\s+follows?(?:ing)?(?:\s+[\w-]+){0,2}\s*[.:]?$", t, re.I)) or bool(
        re.search(r"\b(?:listed|set\s+out|described|matters|points|uses|things|items)\s+below\s*[.:]?$", t, re.I))


def is_list_item(text: str) -> bool:
    """A line under a lead-in that reads as one of its items: a marker ("(a)", "-", "1)"), or,
    where the document's bullets carry no text (Word list styles), a line that starts in lower
    case or ends the way list items do (";", "; or", "; and")."""
    t = text.strip()
    return bool(_ITEM.match(t) or (t[:1].islower()) or re.search(r";\s*(?:or|and)?$", t))


def is_sub_clause(c: Clause, parent: Clause) -> bool:
    """5.2(a) and 5.2.1 are sub-clauses of 5.2 (same document)."""
    return c.source == parent.source and c.kind == parent.kind and (
        c.id.startswith(parent.id + "(") or c.id.startswith(parent.id + "."))
