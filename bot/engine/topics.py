"""Topics: what a rule is about and what a question asks about, read by meaning, not shared words.

The taxonomy is data (bot/engine/data/topics.yaml): per topic a description, examples as policies
say it and as staff ask it, and a few terms. A text's closeness to a topic is its best cosine
against the topic's description and examples (MiniLM vectors, the same model as retrieval), and
a question term listed for the topic counts as a second signal. Built once per index version."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

DATA = Path(__file__).resolve().parent / "data" / "topics.yaml"


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str
    examples: tuple[str, ...]
    terms: tuple[str, ...]
    circumstance: bool = False     # rules on it usually limit when or how, rather than forbid
    baseline: bool = False         # everyday work: the closeness a topic must clearly beat


@lru_cache(maxsize=4)
def load_topics(path: Path = DATA) -> tuple[Topic, ...]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    out = []
    for t in raw.get("topics", []):
        out.append(Topic(id=t["id"], label=t.get("label", t["id"]), description=" ".join(t["description"].split()),
                         examples=tuple(t.get("policy", [])) + tuple(t.get("asks", [])),
                         terms=tuple(str(x).lower() for x in t.get("terms", [])),
                         circumstance=t.get("scope", "activity") == "circumstance",
                         baseline=t.get("scope") == "baseline"))
    ids = [t.id for t in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: topic ids must be unique")
    return tuple(out)


NEVER = re.compile(r"(?!)")


def phrase_alternation(phrases, longest_first: bool = False) -> str:
    """The alternation of a vocabulary list, for a larger pattern: spaces match any whitespace,
    a trailing * matches any ending; "(?!)" (nothing) for an empty list. `longest_first` for a
    pattern anchored after it ("... $"), where the longer phrase must be tried first."""
    items = [str(t) for t in phrases]
    if longest_first:
        items.sort(key=len, reverse=True)
    parts = [re.escape(t.lower().rstrip("*")).replace(r"\ ", r"\s+").replace(" ", r"\s+") + (r"\w*" if t.endswith("*") else "")
             for t in items]
    return "|".join(parts) if parts else "(?!)"


def phrase_pattern(phrases) -> re.Pattern:
    """One pattern for a vocabulary list: each phrase as whole words, case-insensitive, spaces
    matching any whitespace, a trailing * matching any ending. An empty list matches nothing."""
    if not list(phrases):
        return NEVER
    return re.compile(r"(?<![a-z0-9])(?:" + phrase_alternation(phrases) + r")(?![a-z0-9])", re.I)


class TopicModel:
    """Scores texts against the taxonomy. `embed(list[str]) -> np.ndarray` (rows L2-normalised or not)."""

    def __init__(self, embed, topics: tuple[Topic, ...] | None = None):
        self.topics = topics or load_topics()
        texts, owner = [], []
        for i, t in enumerate(self.topics):
            for s in (t.description, *t.examples):
                texts.append(s)
                owner.append(i)
        vecs = np.asarray(embed(texts), dtype=np.float32) if texts else np.zeros((0, 384), np.float32)
        vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)
        self._vecs = vecs
        self._owner = np.asarray(owner, dtype=np.int64)
        self._terms = [phrase_pattern(t.terms) for t in self.topics]

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def scores(self, vecs: np.ndarray) -> np.ndarray:
        """Per text (row of `vecs`), per topic: the best cosine over that topic's texts."""
        vecs = np.atleast_2d(np.asarray(vecs, dtype=np.float32))
        if not len(self.topics) or not vecs.size:
            return np.zeros((vecs.shape[0], len(self.topics)), dtype=np.float32)
        sims = vecs @ self._vecs.T                              # texts x examples
        out = np.full((vecs.shape[0], len(self.topics)), -1.0, dtype=np.float32)
        for j in range(len(self.topics)):
            out[:, j] = sims[:, self._owner == j].max(axis=1)
        return out

    def term_hits(self, text: str) -> np.ndarray:
        """Per topic: 1.0 when the text uses one of its terms, not negated ("nothing confidential")."""
        return np.asarray([1.0 if any(not negated_at(text, m.start()) for m in p.finditer(text)) else 0.0
                           for p in self._terms], dtype=np.float32)


def negated_at(text: str, start: int) -> bool:
    """Do the two words before `start` negate what follows ("nothing confidential", "no tenders")?"""
    from bot.engine.lexicon import NEGATORS
    before = re.split(r"[.;:!?,]", text[max(0, start - 30):start])[-1].split()[-2:]
    return bool(before and NEGATORS.search(" ".join(before)))
