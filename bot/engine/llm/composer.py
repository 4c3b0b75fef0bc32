"""The composer: after the engine's deterministic answer, ask the LLM to word it better (or, for an
`unsure`, whether the retrieved clauses settle it), then keep only what passes the guard rails.
Any failure (no package, endpoint down, timeout, malformed or unsafe output) keeps the
deterministic answer and logs why, redacted."""
from __future__ import annotations

import functools
import json
import logging
import time

from bot.engine.llm import LLMSettings, settings_from_env
from bot.engine.llm import guard, prompts
from bot.engine.models import Answer, Verdict
from bot.redact import redact

log = logging.getLogger("policybot.llm")

MAX_CANDIDATES = 10
MAX_CLAUSE_CHARS = 1500
SKIP = (Verdict.out_of_scope,)


@functools.lru_cache(maxsize=4)
def _llm(s: LLMSettings):
    from bot.engine.llm.client import build_llm
    return build_llm(s)


def _safe(msg: str) -> str:
    return redact(" ".join(str(msg).split())).text[:300]


def candidates_for(engine, det: Answer, q: str, rulings: list[dict] | None) -> tuple[dict[str, guard.Candidate], dict[str, str]]:
    """The clauses retrieval returned for this answer: the ones the engine cites, then the
    searcher's top hits for the question. Also the ruling texts (citable as `extra`)."""
    kb = engine.kb
    extra = {r["ref"]: r["text"] for r in rulings or [] if "ref" in r and "text" in r}
    refs = [c.ref for c in det.citations]
    try:
        refs += engine._hits(q, k=8)
    except Exception as e:  # retrieval trouble must not stop the answer
        log.warning("composer: retrieval for candidates failed (%s)", e.__class__.__name__)
    out: dict[str, guard.Candidate] = {}
    by_ref = {c.ref: c for c in det.citations}
    for ref in dict.fromkeys(refs):
        if len(out) >= MAX_CANDIDATES:
            break
        cl = kb.clauses.get(ref)
        if cl is not None:
            out[ref] = guard.Candidate(ref=ref, source=cl.source, clause=cl.id, heading=cl.heading,
                                       text=cl.text, url=cl.url)
        elif ref in extra and ref in by_ref:
            c = by_ref[ref]
            out[ref] = guard.Candidate(ref=ref, source=c.source, clause=c.clause, heading=c.heading,
                                       text=extra[ref], url=c.url)
    return out, extra


def _clauses_block(cands: dict[str, guard.Candidate]) -> str:
    parts = []
    for c in cands.values():
        text = " ".join(c.text.split())
        if len(text) > MAX_CLAUSE_CHARS:
            text = text[:MAX_CLAUSE_CHARS] + " ..."
        parts.append(f"[{c.ref}] ({c.heading})\n{text}")
    return "\n\n".join(parts)


def _candidate_json(det: Answer) -> str:
    return json.dumps({
        "verdict": det.verdict.value, "summary": det.summary, "conditions": det.conditions,
        "citations": [{"ref": c.ref, "quote": c.quote} for c in det.citations],
        "tool": det.tool, "data_kinds": det.data_kinds, "confidence": det.confidence,
    }, ensure_ascii=False)


def compose_answer(engine, det: Answer, q: str, rulings: list[dict] | None = None,
                   settings: LLMSettings | None = None) -> Answer:
    """The deterministic answer `det` for the (already redacted) question `q`, improved by the
    LLM where the guard rails allow; else `det` unchanged."""
    s = settings or settings_from_env()
    if not s.enabled or det.verdict in SKIP:
        return det
    t0 = time.perf_counter()
    try:
        cands, extra = candidates_for(engine, det, q, rulings)
        if not cands:
            return det
        name = prompts.JUDGE_UNSURE if det.verdict == Verdict.unsure else prompts.COMPOSE
        # the question was redacted by the engine; redact again so nothing personal can slip out
        system, user = prompts.render(name, question=redact(q).text, clauses=_clauses_block(cands),
                                      candidate=_candidate_json(det))
        from bot.engine.llm.client import chat_json
        raw = chat_json(_llm(s), system, user, s.timeout)
        out = guard.apply(det, raw, engine.kb, cands, extra)
        log.info("composer (%s) accepted in %.0f ms: %s -> %s", name, (time.perf_counter() - t0) * 1000,
                 det.verdict.value, out.verdict.value)
        return out
    except guard.Rejected as e:
        log.warning("composer output rejected, deterministic answer kept: %s", _safe(e))
    except Exception as e:  # timeouts, connection errors, missing packages, anything
        log.warning("composer failed (%s: %s), deterministic answer kept", e.__class__.__name__, _safe(e))
    return det
