"""Putting material into an AI tool: the question that does it, and the policy's order not to.
Vocabulary: data/entering.yaml. Pure."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.engine.topics import phrase_alternation

DATA = Path(__file__).resolve().parent / "data" / "entering.yaml"


@lru_cache(maxsize=2)
def _patterns(path: Path = DATA) -> tuple[re.Pattern, re.Pattern]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    alt = phrase_alternation
    question = re.compile(rf"\b(?:{alt(raw['verbs'])})\b[^.?!]{{0,80}}?\binto\b|"
                          rf"\b(?:{alt(raw['in_verbs'])})\b[^.?!]{{0,80}}?\b(?:in|to)\b", re.I)
    order = re.compile(rf"\b(?:{alt(raw['order'])})\s+(?:{alt(raw['order_verbs'])})\b"
                       rf"(?=[^.;]{{0,160}}\b(?:into|in|to)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){{0,3}}?(?:{alt(raw['tools'])})\b)", re.I)
    return question, order


def puts_material_in(question: str) -> bool:
    """"can i put the door code for the store into copilot", "paste it in copilot chat"."""
    return bool(_patterns()[0].search(question))


def order_not_to_enter(text: str) -> re.Match | None:
    """The order not to put something into AI tools in a policy sentence ("Never enter passwords
    ... into an AI tool"): the match ends where what it keeps out begins."""
    return _patterns()[1].search(text)
