"""Guard rails applied to everything the LLM returns, before it can reach an answer (issue 9 item 3).

Pure functions: no I/O, no LLM package. Any violation raises `Rejected`; the caller then keeps
the deterministic answer.

- Output must be one JSON object of the expected shape (malformed -> rejected).
- It may cite only clauses that retrieval returned (`candidates`), and every quote is re-checked
  as verbatim (`bot.engine.cite.validate`); a quotation inside the summary must be verbatim too.
- The verdict may move only towards caution: allowed -> conditional -> unsure / not_allowed.
  `not_allowed`, `info` and `out_of_scope` never change. An `unsure` may become definite only
  when the LLM says the question is settled, cites a retrieved clause whose verbatim quote states
  a rule, and its confidence is at least HIGH_CONFIDENCE (the case stays escalated, for the
  governance team to confirm).
- Conditions can only be added, never dropped. Summary and conditions must carry no personal data.
- Every sentence the LLM writes (summary and added conditions) is checked against the verdict
  (`grants`): under `not_allowed` or `unsure` no sentence may grant the use ("yes", "you can use
  it", "go ahead", "feel free to", "that's fine to do", "you're allowed to" ...), wherever it
  stands in the summary; under `conditional` no sentence may drop the conditions ("no
  conditions", "without restriction"). A permission for something else (asking the governance
  team, another tool "instead") is not a grant; negated forms ("I can't say yes") are not either.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pydantic import BaseModel, Field, ValidationError

from bot.engine import lexicon as lx
from bot.engine.cite import MAX_CITATIONS, support_scores, validate
from bot.engine.models import Answer, Citation, Verdict
from bot.redact import redact

HIGH_CONFIDENCE = 0.85
MAX_SUMMARY = 700
MAX_CONDITION = 400
MAX_CONDITIONS = 6
MIN_QUOTED = 15            # a quotation in the summary this long must be verbatim
RULE_WORDS = re.compile(
    r"\b(must|may|should|shall|can|cannot|can't|never|not|only|allowed|permitted|prohibited|"
    r"approved|required|forbidden|banned)\b", re.I)
PROHIBITS = re.compile(
    r"\b(must not|may not|should not|shall not|cannot|can't|can not|never|not (?:be )?(?:permitted|allowed|used)|"
    r"prohibited|forbidden|banned|not approved)\b", re.I)
PERMITS = re.compile(
    r"\b(may (?:be )?used?|can (?:be )?used?|(?:is|are) (?:allowed|permitted)|approved for|may [a-z]+)\b", re.I)
YES_START = re.compile(r"^\W*(yes\b|you (?:can|may)(?!\s*not\b|'t|n't)\b|that's fine|it is allowed\b|allowed\b)", re.I)
# sentence-level grants of permission, by phrasing class (see `grants`)
_MODAL_YES = r"(?:can|may|could|are (?:able|allowed|permitted|free) to)"
_ACT = (r"(?:use|go|proceed|do|try|share|paste|upload|enter|put|input|run|start|continue|carry on|"
        r"keep using|install|sign up|rely)")
GRANTS: tuple[tuple[str, re.Pattern], ...] = (
    ("yes", re.compile(r"\b(?:yes|yep|yeah|sure|absolutely|of course|certainly)\b", re.I)),
    ("you can", re.compile(r"\byou(?:'re|\s+are)?\s+" + _MODAL_YES + r"(?!\s*(?:not|never|only)\b|n't|'t)"
                           r"(?:\s+(?:still|now|just|safely|freely|definitely|certainly|happily|go\s+ahead\s+and))*\s+"
                           + _ACT + r"\b", re.I)),
    ("go ahead", re.compile(r"\b(?:go ahead|good to go|feel free|free to use|no problem|no issue|nothing "
                            r"(?:stopping|to stop|prevents|preventing) you|you're clear to|you are clear to|"
                            r"green light|carry on)\b", re.I)),
    ("fine", re.compile(r"\b(?:it|that|this|which|doing (?:so|that|this))(?:'s|\s+is|\s+would be|\s+will be)\s+"
                        r"(?:perfectly\s+|absolutely\s+|totally\s+|completely\s+|quite\s+)?"
                        r"(?:fine|ok|okay|acceptable|alright|all right|allowed|permitted|approved)\b", re.I)),
)
UNCONDITIONAL = re.compile(r"\b(?:unconditional(?:ly)?|no conditions?|without (?:any )?(?:conditions?|restrictions?|"
                           r"limits?)|no restrictions?|however you (?:like|want)|anything you (?:like|want))\b", re.I)
NEGATION_BEFORE = re.compile(r"(?:\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno\b|\bnor\b|\bwithout\b|\bunless\b)"
                             r"[\s,]*(?:[\w'\u2019]+[\s,]+){0,3}$", re.I)
ELSEWHERE = re.compile(r"\b(?:instead|alternative(?:ly)?|rather)\b", re.I)
ASKING = re.compile(r"\b(?:ask|contact|request|apply|raise|email|speak|talk|check with|escalate)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]{%d,})[\u201d\"]" % MIN_QUOTED)

# how cautious a verdict is; a verdict may move to an equal or higher rank only (see `verdict_move_ok`)
CAUTION = {Verdict.allowed: 0, Verdict.conditional: 1, Verdict.unsure: 2, Verdict.not_allowed: 2}
DEFINITE = (Verdict.allowed, Verdict.conditional, Verdict.not_allowed)


class Rejected(Exception):
    """The LLM output broke a guard rail; the message names the rule, never the output."""


@dataclass(frozen=True)
class Candidate:
    """A clause retrieval returned for this question: citable by the LLM."""
    ref: str
    source: str
    clause: str
    heading: str
    text: str
    url: str | None = None


class _Cite(BaseModel):
    ref: str
    quote: str


class Reply(BaseModel):
    verdict: Verdict
    summary: str
    conditions: list[str] = Field(default_factory=list)
    citations: list[_Cite] = Field(default_factory=list)
    confidence: float = 0.0
    settled: bool | None = None


def _norm(s: str) -> str:
    return " ".join(s.split())


def parse_reply(raw: str) -> Reply:
    """The JSON object in the reply (a ```json fence around it is tolerated), validated."""
    text = (raw or "").strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.S)
    if fence:
        text = fence.group(1)
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as e:
        raise Rejected("malformed output: not JSON") from e
    if not isinstance(data, dict):
        raise Rejected("malformed output: not a JSON object")
    try:
        return Reply.model_validate(data)
    except ValidationError as e:
        raise Rejected(f"malformed output: {e.error_count()} schema error(s)") from e


def verdict_move_ok(old: Verdict, new: Verdict, unsure_settled: bool = False) -> bool:
    """May the verdict go from `old` to `new`? Only towards caution; `unsure` becomes definite
    only when `unsure_settled` (the high bar, checked by the caller)."""
    if new == old:
        return True
    if old == Verdict.unsure:
        return unsure_settled and new in DEFINITE
    if old in (Verdict.allowed, Verdict.conditional):
        return new in CAUTION and CAUTION[new] > CAUTION[old]
    return False            # not_allowed, info, out_of_scope stay as they are


def _prohibits(text: str) -> bool:
    return bool(PROHIBITS.search(text) or lx.PROHIBITIVE.search(text))


def undecided(text: str) -> bool:
    """The policy says the point is not (yet) decided (the engine's own wording test)."""
    return bool(lx.UNDECIDED.search(text))


def states_rule(verdict: Verdict, quotes: list[str]) -> bool:
    """Does the first quote state the rule `verdict` rests on? No quote may say the point is
    undecided; a yes needs a permission ("may be used", "is allowed") and no prohibition in any
    quote; a no needs a prohibition."""
    if not quotes or not RULE_WORDS.search(quotes[0]) or any(undecided(q) for q in quotes):
        return False
    if verdict == Verdict.not_allowed:
        return _prohibits(quotes[0])
    if verdict in (Verdict.allowed, Verdict.conditional):
        return bool(PERMITS.search(quotes[0])) and not any(_prohibits(q) for q in quotes)
    return False


def may_settle(det: Answer, reply: Reply, cits: list[Citation], candidates: dict[str, Candidate]) -> bool:
    """The high bar for an `unsure` to become definite: the LLM says it is settled with confidence
    >= HIGH_CONFIDENCE, cites a retrieved clause whose verbatim quote states the rule, and neither
    the clauses it cites nor the ones the engine's `unsure` rests on say the point is undecided."""
    if det.verdict != Verdict.unsure or reply.verdict not in DEFINITE or not reply.settled:
        return False
    if reply.confidence < HIGH_CONFIDENCE or not cits:
        return False
    if any(undecided(c.quote) for c in det.citations):
        return False
    if any(undecided(candidates[c.ref].text) for c in cits if c.ref in candidates):
        return False
    return states_rule(reply.verdict, [c.quote for c in cits])


def _has_pii(text: str) -> bool:
    return redact(text).changed


def check_citations(reply: Reply, kb, candidates: dict[str, Candidate], extra: dict[str, str]) -> list[Citation]:
    cits: list[Citation] = []
    seen: set[str] = set()
    for c in reply.citations:
        cand = candidates.get(c.ref)
        if cand is None:
            raise Rejected("cites a clause retrieval did not return")
        if c.ref in seen:
            continue
        seen.add(c.ref)
        cits.append(Citation(ref=cand.ref, source=cand.source, clause=cand.clause, heading=cand.heading,
                             quote=_norm(c.quote), url=cand.url, score=0.0))
    kept = validate(kb, cits, extra=extra)
    if len(kept) != len(cits):
        raise Rejected("a quote is not verbatim in the cited clause")
    return cits


def check_text(reply: Reply, candidates: dict[str, Candidate], known: list[str] = ()) -> None:
    """Summary and the LLM's new conditions (those not in `known`, the engine's own)."""
    summ = reply.summary.strip()
    if not summ or len(summ) > MAX_SUMMARY:
        raise Rejected("summary empty or too long")
    seen = {_norm(c) for c in known}
    added = [c for c in reply.conditions if _norm(c) not in seen]
    if len(added) > MAX_CONDITIONS or any(len(c) > MAX_CONDITION or not c.strip() for c in added):
        raise Rejected("conditions malformed")
    texts = [_norm(c.text) for c in candidates.values()]
    for q in QUOTED.findall(summ):
        if not any(_norm(q).strip(" .,;:") in t for t in texts):
            raise Rejected("summary quotes text that is in no retrieved clause")
    if _has_pii(summ) or any(_has_pii(c) for c in added):
        raise Rejected("summary or conditions carry personal data")


def sentences(text: str) -> list[str]:
    return [x.strip() for x in SENTENCE_END.split(text or "") if x.strip()]


def grants(sentence: str, tool: str | None = None) -> str | None:
    """The phrasing class in which `sentence` grants permission ("yes", "you can", "go ahead",
    "fine"), or None. Negated forms (a negation up to three words before) are not grants; nor is a
    permission for something else: asking or contacting someone, or another tool "instead" (when
    the sentence does not name `tool`)."""
    for cls, rx in GRANTS:
        for m in rx.finditer(sentence):
            if NEGATION_BEFORE.search(sentence[: m.start()]):
                continue
            if cls == "you can" and ASKING.search(sentence[m.end():m.end() + 40]) and not re.search(
                    r"\b(?:use|paste|upload|enter|share)\b", sentence[m.end():m.end() + 25], re.I):
                continue
            if ELSEWHERE.search(sentence) and not (tool and tool.casefold() in sentence.casefold()):
                continue
            return cls
    return None


def check_grants(verdict: Verdict, texts: list[str], tool: str | None = None) -> None:
    """Every sentence the LLM wrote against the (final) verdict; Rejected names the phrasing class."""
    for text in texts:
        for sent in sentences(text):
            if verdict in (Verdict.not_allowed, Verdict.unsure):
                cls = grants(sent, tool)
                if cls:
                    raise Rejected(f"a sentence grants what the verdict {verdict.value} does not ({cls!r})")
            elif verdict == Verdict.conditional and UNCONDITIONAL.search(sent) and not NEGATION_BEFORE.search(
                    sent[: UNCONDITIONAL.search(sent).start()]):
                raise Rejected("a sentence drops the conditions of a conditional answer")


def apply(det: Answer, raw: str, kb, candidates: dict[str, Candidate], extra: dict[str, str] | None = None) -> Answer:
    """The answer improved by the LLM's reply `raw`, or Rejected. `det` is the deterministic answer."""
    extra = extra or {}
    reply = parse_reply(raw)
    cits = check_citations(reply, kb, candidates, extra)
    check_text(reply, candidates, det.conditions)
    new = reply.verdict
    settled = may_settle(det, reply, cits, candidates)
    if not verdict_move_ok(det.verdict, new, settled):
        raise Rejected(f"verdict may not move from {det.verdict.value} to {new.value}")
    if new in (Verdict.not_allowed, Verdict.unsure) and YES_START.search(reply.summary):
        raise Rejected("summary says yes to a no")
    added = [c for c in reply.conditions if _norm(c) not in {_norm(x) for x in det.conditions}]
    check_grants(new, [reply.summary] + added, det.tool)

    # conditions: the engine's all stay; the LLM's are added when new
    conditions = list(det.conditions)
    for c in reply.conditions:
        if _norm(c) not in {_norm(x) for x in conditions} and len(conditions) < len(det.conditions) + MAX_CONDITIONS:
            conditions.append(_norm(c))
    det_scores = {c.ref: c.score for c in det.citations}
    top = det.citations[0].score if det.citations else 0.0
    for c in cits:                  # a clause the engine did not cite: ranked by position only
        c.score = det_scores.get(c.ref, top)
    if new == det.verdict:          # reworded: what the engine rests on stays first
        merged = list(det.citations) + [c for c in cits if c.ref not in det_scores]
    else:                           # moved: the clauses the new verdict rests on come first
        merged = cits + [c for c in det.citations if c.ref not in {x.ref for x in cits}]
    update: dict = dict(summary=reply.summary.strip(), conditions=conditions,
                        citations=support_scores([c.model_copy() for c in merged[:MAX_CITATIONS]]))
    if new != det.verdict:
        update["verdict"] = new
        if new == Verdict.unsure:
            update.update(escalated=True, confidence=min(det.confidence, 0.35),
                          escalation_reason="The policy does not clearly settle this (composer review).")
        elif det.verdict == Verdict.unsure:
            update.update(escalated=True, confidence=round(min(reply.confidence, 0.75), 2),
                          escalation_reason=f"Answered from {cits[0].ref}; sent to the governance team to confirm.")
        else:
            update["confidence"] = det.confidence
    return det.model_copy(update=update)
