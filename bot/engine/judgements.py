"""A question that asks the AI tool itself for a judgement, and the policy's rules about judgements.

"Can copilot tell me whether the mould counts as an emergency hazard?", "use chatgpt to predict which
of my year 11s will fail", "which of the three quotes we should buy": the tool is asked to decide,
rank, score or say which, who or whether. Policies restrict this in their own words ("must not make
or inform decisions about individuals", "must not be used to score or compare quotes"). Where the
policy has such a rule, the gate does not let the tool's approval alone answer yes
(bot/engine/gate.py). The shapes and the rule words are data: data/judgements.yaml. Pure."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from bot.engine.topics import phrase_alternation, phrase_pattern

DATA = Path(__file__).resolve().parent / "data" / "judgements.yaml"


@lru_cache(maxsize=2)
def _patterns(path: Path = DATA) -> tuple[re.Pattern, re.Pattern]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    alt = lambda xs: phrase_alternation(xs, longest_first=True)   # noqa: E731
    asks = (rf"\b(?:{alt(raw['ask'])})\s+(?:[\w'-]+\s+){{0,3}}?(?:to\s+)?(?:{alt(raw['decide'])})\b"
            rf"|\b(?:{alt(raw['tell'])})\s+(?:for\s+(?:me|us)\s+)?(?:{alt(raw['which'])})\b"
            rf"|\bask\s+(?:[\w'-]+\s+){{1,2}}?(?:{alt(raw['ask_which'])})\b"
            rf"|\b(?:{alt(raw['which'])})\s+(?:[\w'-]+\s+){{0,5}}?(?:{alt(raw['should'])})\b")
    phrases = phrase_pattern(raw.get("phrases", []))
    question = re.compile(rf"{asks}|{phrases.pattern}", re.I)
    return question, phrase_pattern(raw.get("rule_words", []))


def asks_for_judgement(question: str) -> str | None:
    """The words by which the question asks the tool for a judgement, or None."""
    m = _patterns()[0].search(question)
    return m.group(0) if m else None


def is_judgement_rule(sentence) -> bool:
    """A rule (forbids or needs approval, not an undecided point) about judgements."""
    return not sentence.undecided and bool(_patterns()[1].search(sentence.text))


def judgement_rule(kb, rule_index: np.ndarray, pair: np.ndarray, applies) -> int | None:
    """The policy's rule about judgements closest to the question (sentence index), among the gate's
    rules (`rule_index`, with `pair` their closeness to the question) that apply to the question's
    tools (`applies(i)`); None when the policy has none."""
    best = None
    for r in np.argsort(-pair, kind="stable"):
        i = int(rule_index[r])
        s = kb.sentences[i]
        if is_judgement_rule(s) and applies(i):
            best = i
            break
    return best
