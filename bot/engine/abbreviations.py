"""Abbreviations in questions, read with what they stand for.

"can we transcribe our MDT?" meets "must not be used in multidisciplinary team meetings" only if
the engine knows what an MDT is. The long forms come from a general list of abbreviations UK
public-sector staff use (data/abbreviations.yaml) and from the policy's own "long form (ABBR)"
pairs ("site-specific risk information (SSRI)"), read once per index version. Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.redact import is_english_word

DATA = Path(__file__).resolve().parent / "data" / "abbreviations.yaml"
_PAIR = re.compile(r"((?:[A-Za-z][\w'-]*[\s-]+){1,7}?[A-Za-z][\w'-]*)\s*\(\s*([A-Z][A-Za-z&]{1,7}?)(s?)\s*\)")
_SMALL = frozenset("a an and of the for in on to with or by at".split())


@lru_cache(maxsize=1)
def general() -> dict[str, str]:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (raw.get("abbreviations") or {}).items()}


def read_pairs(texts: list[str]) -> dict[str, str]:
    """The policy's own "long form (ABBR)" pairs, where the long form's initials spell the
    abbreviation ("Data Protection Impact Assessment (DPIA)")."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _PAIR.finditer(text):
            abbr = m.group(2)
            letters = [c for c in abbr.lower() if c.isalpha()]
            words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
            # the shortest tail of words, not starting with a small word, whose initials spell it
            # (small words skipped, or counted: "Freedom of Information (FOI)")
            want = "".join(letters)
            tails = [words[k:] for k in range(len(words) - 1, -1, -1) if words[k].lower() not in _SMALL]
            for count_small in (False, True):
                hit = next((t for t in tails if "".join(w[0].lower() for w in t
                                                        if count_small or w.lower() not in _SMALL) == want), None)
                if hit:
                    out.setdefault(abbr, " ".join(hit))
                    break
    return out


def build_table(texts: list[str]) -> tuple[dict[str, str], frozenset[str]]:
    """(abbreviation -> long form, the abbreviations that are also English words): the general
    list with the policy's own pairs added. Built once per index version."""
    # a general abbreviation is read only where the policy speaks of what it stands for ("MDT" is a
    # multidisciplinary team meeting in a health policy, not in a fire service's, where it is a
    # mobile data terminal): every longer word of its long form is in the policy
    policy_words = {w.rstrip("s") for w in re.findall(r"[a-z]{6,}", " ".join(texts).lower())}
    table = {k: v for k, v in general().items()
             if all(w.rstrip("s") in policy_words for w in re.findall(r"[a-z]{6,}", v.lower()))}
    table.update(read_pairs(texts))
    never = {str(w).lower() for w in (yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}).get("never", [])}
    table = {k: v for k, v in table.items() if k.lower() not in never}
    return table, frozenset(k for k in table if len(k) <= 2 or is_english_word(k) or is_english_word(k.rstrip("sS")))


def expand(question: str, table: dict[str, str], caps_only: frozenset[str] = frozenset()) -> str:
    """The question with each known abbreviation followed by its long form in brackets. In any
    case ("mdt") unless it is also an English word or has two letters ("SEND", "OH"): then only
    as written in capitals."""
    if not table:
        return question
    out, last = [], 0
    for m in re.finditer(r"\b[A-Za-z][A-Za-z&]{1,7}\b", question):
        word = m.group(0)
        key = word if word in table else next((k for k in table if k.lower() == word.lower()), None)
        if key is None or (key in caps_only and word != key and word != key.upper()):
            continue
        long = table[key]
        if not long or long.lower() in question.lower():
            continue
        out.append(question[last:m.end()] + f" ({long})")
        last = m.end()
    return "".join(out) + question[last:] if out else question
