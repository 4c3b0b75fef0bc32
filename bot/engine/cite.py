"""Citations: which clauses an answer cites, the verbatim sentence quoted from each, and the
check that every citation is valid before an answer leaves the engine."""
from __future__ import annotations

import re
from typing import Callable, Iterable

import numpy as np

from bot.engine.evidence import best_sentence, clause_relevance
from bot.engine.knowledge import Knowledge, Sentence
from bot.engine.models import Citation
from bot.engine.text import normalise

MAX_CITATIONS = 5
NUMBERED_ID = re.compile(r"^(?:\d|[A-Z]\.\d)")


def make_citation(kb: Knowledge, ref: str, sims: np.ndarray, qterms: frozenset[str],
                  prefer: Callable[[Sentence], bool] | None = None, sentence: Sentence | None = None,
                  score: float | None = None) -> Citation | None:
    clause = kb.clauses.get(ref)
    if clause is None:
        return None
    s = sentence or best_sentence(kb, sims, ref, prefer, qterms)
    if s is None:
        return None
    return Citation(
        ref=clause.ref, source=clause.source, clause=clause.id, heading=clause.heading,
        quote=s.text, url=clause.url,
        score=round(float(score if score is not None else clause_relevance(kb, sims, ref)), 3),
    )


def assemble(kb: Knowledge, sims: np.ndarray, qterms: frozenset[str], refs: Iterable[str],
             prefer: Callable[[Sentence], bool] | None = None,
             first: Sentence | None = None) -> list[Citation]:
    """Citations for refs in order (duplicates and unquotable clauses dropped)."""
    out: list[Citation] = []
    seen: set[str] = set()
    for n, ref in enumerate(refs):
        if ref in seen or len(out) >= MAX_CITATIONS:
            continue
        seen.add(ref)
        sentence = first if (n == 0 and first is not None and first.ref == ref) else None
        c = make_citation(kb, ref, sims, qterms, prefer, sentence)
        if c is not None:
            out.append(c)
    return out


def support_scores(citations: list[Citation]) -> list[Citation]:
    """Citations come best first (by what the answer rests on); make `score` say the same, never
    higher than the citation before it."""
    ceiling = 1.0
    for c in citations:
        c.score = round(min(c.score, ceiling), 3)
        ceiling = c.score
    return citations


def _norm(s: str) -> str:
    return " ".join(s.split())


def validate(kb: Knowledge, citations: list[Citation], extra: dict[str, str] | None = None) -> list[Citation]:
    """Keep only citations whose clause exists and whose quote is a verbatim part of it.
    `extra` maps other citable refs (governance rulings) to their text."""
    good = []
    for c in citations:
        clause = kb.clauses.get(c.ref)
        text = clause.text if clause is not None else (extra or {}).get(c.ref)
        if text is None or not c.quote.strip():
            continue
        if _norm(c.quote) not in _norm(text):
            continue
        good.append(c)
    return good


def rank_by_relevance(kb: Knowledge, sims: np.ndarray, refs: Iterable[str], qterms: frozenset[str],
                      boost: Callable[[Sentence], float] | None = None) -> list[str]:
    """Order clauses by their best sentence: meaning (cosine) plus shared rare words, with a
    small prior for the order they came in (retrieval rank)."""
    refs = list(dict.fromkeys(refs))
    n = max(len(refs), 1)

    def key(pos_ref: tuple[int, str]) -> float:
        pos, ref = pos_ref
        best = 0.0
        for i in kb.by_ref.get(ref, []):
            s = kb.sentences[i]
            v = float(sims[i]) + 0.06 * sum(kb.idf_of(t) for t in qterms & s.terms)
            if boost is not None:
                v += boost(s)
            best = max(best, v)
        clause = kb.clauses.get(ref)
        guidance = clause is not None and clause.kind == "clause" and not NUMBERED_ID.match(clause.id)
        # the policy's own numbered clauses outrank guidance pages (FAQs) saying the same thing
        return best + 0.08 * (1 - pos / n) - (0.05 if guidance else 0.0)
    return [r for _, r in sorted(enumerate(refs), key=key, reverse=True)]


def mentions_kind(kb: Knowledge, ref: str, kind_words: list[str]) -> bool:
    text = normalise(kb.info_classes.view(" ".join(kb.sentences[i].text for i in kb.by_ref.get(ref, []))))
    return any(w in text for w in kind_words)
