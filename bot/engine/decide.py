"""Deciding a verdict from what the question says (tool, data, task) and what the policy says
(register row, prohibitions, undecided points). Returns a Decision: the verdict, why, and which
clauses carry it. No text composition and no I/O here."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from bot.engine import lexicon as lx
from bot.engine.entering import puts_material_in
from bot.engine.evidence import RuleMatch, rule_matches, specific_subject, tool_words
from bot.engine.knowledge import Knowledge, distinctive_terms, use_terms
from bot.engine.models import Verdict
from bot.engine.understand import Understanding, action_words, names_no_one, negated_parts, no_records
from index.models import RegisterEntry

REGISTER_BAN_SIM = 0.45
STRONG_BAN = 0.75            # a ban this clear answers even a question about an unregistered tool
CAUTION = {Verdict.allowed: 0, Verdict.conditional: 1, Verdict.unsure: 2, Verdict.not_allowed: 3}


@dataclass
class Decision:
    verdict: Verdict
    reason: str                                  # machine-readable reason code
    entry: RegisterEntry | None = None           # the register row the answer rests on
    evidence: RuleMatch | None = None             # the policy sentence the answer rests on
    blocked_kinds: tuple[str, ...] = ()          # data kinds the tool may not take
    escalate: bool = False
    escalation_reason: str | None = None
    alternatives: tuple[RegisterEntry, ...] = ()  # approved tools that could take this data
    notes: list[str] = field(default_factory=list)


def tool_verdict(entry: RegisterEntry, kinds: frozenset[str]) -> tuple[Verdict, tuple[str, ...]]:
    """Register status x data kinds."""
    if entry.status == "prohibited":
        return Verdict.not_allowed, ()
    blocked = tuple(k for k in lx.DATA_KIND_ORDER if k in kinds and k not in entry.data_allowed)
    if blocked:
        return Verdict.not_allowed, blocked
    if entry.status == "restricted" or entry.conditions or not kinds:
        return Verdict.conditional, ()
    return Verdict.allowed, ()


ALTERNATIVE_MIN_SIM = 0.35


def alternatives_for(kb: Knowledge, kinds: frozenset[str], exclude: RegisterEntry | None,
                     sims: np.ndarray) -> tuple[RegisterEntry, ...]:
    """Approved tools that may take this information and whose register entry is about the same
    kind of task as the question (a transcription tool for a recording question)."""
    need = set(kinds) or {"public"}

    def fit(e: RegisterEntry) -> float:
        idx = kb.by_ref.get(e.ref, [])
        return float(max((sims[i] for i in idx), default=0.0))
    out = [(fit(e), e) for e in kb.register
           if e.status == "approved" and need <= set(e.data_allowed) and e is not exclude]
    out = [(f, e) for f, e in out if f >= ALTERNATIVE_MIN_SIM]
    out.sort(key=lambda fe: -fe[0])
    return tuple(e for _, e in out[:2])


def approved_for(kb: Knowledge, kinds: frozenset[str], sims: np.ndarray) -> tuple[RegisterEntry, ...]:
    """Approved (not restricted) tools that may take every kind of information named, the ones
    whose register entry fits the task best first."""
    def fit(e: RegisterEntry) -> float:
        return float(max((sims[i] for i in kb.by_ref.get(e.ref, [])), default=0.0))
    def for_everyone(e: RegisterEntry) -> bool:
        return bool(re.search(r"\b(all staff|everyone|any member of staff|all employees)\b", e.conditions, re.I))
    ok = [e for e in kb.register if e.status == "approved" and set(kinds) <= set(e.data_allowed)]
    # tools available to everyone first, then the least privileged that suffices, then the best fit
    ok.sort(key=lambda e: (not for_everyone(e), len(e.data_allowed), -fit(e)))
    return tuple(ok[:2])


def _bears_on(m: RuleMatch, one_rare_word: bool = False) -> bool:
    """Does an undecided point (or an approval rule) settle the question? It shares the question's
    words and is close to it in meaning: two words in common by chance ("action log" vs
    "actions") are not enough, and one rare word counts only where allowed and not far off."""
    return ((len(m.shared) >= 2 and m.score >= 0.6 and m.sim >= 0.33)
            or (one_rare_word and m.weight >= 3.3 and m.score >= 0.5 and max(m.sim, m.obj_sim) >= 0.3)
            or (m.sim >= 0.55 and m.score >= 0.65))


def other_information(kb: Knowledge, i: int, u: Understanding) -> bool:
    """Sentence i keeps some information out of AI tools (`Knowledge.entry_bans`), and the
    question's material is not that information: published, invented or a blank template (no
    records at all), or (for a ban on people's information) holding no one's. Or sentence i bans an
    activity on people's information, and the question's material is published."""
    kept_out = kb.entry_bans.get(i)
    if kept_out is None:
        # an activity ban on people's information ("correspondence with or about individual
        # applicants must not be translated") is not about published material either
        return u.data_kinds == {"public"} and i in kb.people_bans
    if u.data_kinds == {"public"}:
        return True
    if no_records(u):
        return True       # "a standard template letter, no names": none of the records a ban keeps out
    sensitive = kept_out - {"internal", "public"}
    return bool(sensitive) and sensitive <= {"personal", "special_category"} and names_no_one(u)


def _use_prohibited(ban: RuleMatch, entries) -> Decision:
    """No, from a clause that forbids the use; escalated when the clause allows it with approval
    ("must not be started without the Board's approval"): governance is who can say yes."""
    approval = ban.sentence.needs_approval
    return Decision(Verdict.not_allowed, "use_prohibited", entry=entries[0] if len(entries) == 1 else None,
                    evidence=ban, alternatives=(), escalate=approval,
                    escalation_reason="The policy allows this only with approval, so the governance team "
                                      "has been asked." if approval else None)


def decide_permission(u: Understanding, kb: Knowledge, sims: np.ndarray, obj_sims: np.ndarray,
                      qterms: frozenset[str]) -> Decision:
    entries = u.tools.entries
    kinds = u.data_kinds

    # 1. a prohibited tool named outright
    prohibited = [e for e in entries if e.status == "prohibited"]
    named_prohibited = [e for e in u.tools.named if e.status == "prohibited"]
    if named_prohibited:
        prohibited = named_prohibited
    if prohibited and (u.tools.exact or named_prohibited or len(prohibited) == len(entries)):
        e = prohibited[0]
        return Decision(Verdict.not_allowed, "tool_prohibited", entry=e,
                        alternatives=alternatives_for(kb, kinds, e, sims))

    # the tool may not take this person's data: a "no" that no undecided point can reopen
    data_no = None
    if len(entries) == 1 and u.tools.exact:
        v, blocked = tool_verdict(entries[0], kinds)
        if v == Verdict.not_allowed and {"personal", "special_category"} & set(blocked):
            data_no = Decision(v, "data_not_allowed", entry=entries[0], blocked_kinds=blocked,
                               alternatives=alternatives_for(kb, kinds, entries[0], sims))

    # 2. what the policy says about this use, whatever the tool
    own = frozenset(e.ref for e in entries)
    # words the question says are absent ("nobody talks about individual patients in it") are not
    # what it is about: a rule shares nothing with it on them
    affirmed, absent = negated_parts(u.question)
    negated = distinctive_terms(absent, kb) - distinctive_terms(affirmed, kb) if absent else frozenset()
    uterms = use_terms(qterms - negated)
    undecided = [m for m in rule_matches(kb, sims, obj_sims, uterms, qterms, own, undecided=True)
                 if _bears_on(m, one_rare_word=True)]
    actions = action_words(u.question)
    own_words = tool_words(kb, own, distinctive=True)
    entering = puts_material_in(u.question)
    banned = [m for m in rule_matches(kb, sims, obj_sims, uterms, qterms, own, undecided=False)
              # the question puts material into the tool, and a ban on entering information names two of its words
              if (entering and m.index in kb.entry_bans and len(m.shared) >= 2 and m.score >= 0.5)
              or m.decisive(actions, bool(specific_subject(kb, m.sentence) & qterms),
                            bool(kb.sentence_tools[m.index] & own) or bool(specific_subject(kb, m.sentence) & own_words))]
    # a register row's own conditions are things to follow; only a close match is a "no"
    banned = [m for m in banned if not m.sentence.register or m.sim >= REGISTER_BAN_SIM]
    # a ban on putting some information into AI tools is about that information: not about
    # published material ("summarise the Electoral Commission's published guidance" is not "the
    # electoral register must not be entered"), nor, for a ban on people's information, about
    # material the asker says holds no one's ("a generic template, no names")
    banned = [m for m in banned if not other_information(kb, m.index, u)]
    top_u = undecided[0] if undecided else None
    top_b = banned[0] if banned else None
    if top_u and (top_b is None or top_u.score >= top_b.score - 0.05):
        if data_no is not None:
            return data_no
        return Decision(Verdict.unsure, "policy_undecided", entry=entries[0] if len(entries) == 1 else None,
                        evidence=top_u, escalate=True,
                        escalation_reason="The policy says this has not been decided yet.")
    # 3. a use the policy clearly forbids whatever the tool; then an AI tool the register does not
    # list: approval first, whatever the use
    if top_b and (not u.tools.unknown or top_b.score >= STRONG_BAN):
        return _use_prohibited(top_b, entries)
    if u.tools.unknown:
        return Decision(Verdict.unsure, "tool_not_on_register", escalate=True,
                        escalation_reason=f"{u.tools.unknown} is not on the AI tools register; "
                                          "using it needs approval first.")
    if top_b:
        return _use_prohibited(top_b, entries)
    # 4. a use the policy allows only with someone's approval ("AI voice-overs need the Board's approval")
    approval = [m for m in rule_matches(kb, sims, obj_sims, uterms, qterms, own, undecided=False, approval=True)
                if _bears_on(m)]
    if approval:
        return Decision(Verdict.unsure, "approval_needed", entry=entries[0] if len(entries) == 1 else None,
                        evidence=approval[0], escalate=True,
                        escalation_reason="The policy says this use needs approval before it goes ahead.")
    if not entries and lx.PRODUCT_MENTION.search(u.question):
        return Decision(Verdict.unsure, "tool_not_on_register", escalate=True,
                        escalation_reason="The question is about a tool or feature the AI tools register does "
                                          "not list; using it needs approval first.")
    if not entries:
        # "can I use AI to draft a job advert?": yes, with an approved tool that may take the
        # information (unnamed information counts as internal); otherwise a person decides
        need = frozenset(kinds) or frozenset({"internal"})
        usable = approved_for(kb, need, sims)
        if usable:
            return Decision(Verdict.conditional, "approved_tool_needed", alternatives=usable)
        reason = ("The question does not name a tool on the AI tools register, and no approved tool "
                  "may take this kind of information.")
        return Decision(Verdict.unsure, "no_tool", escalate=True, escalation_reason=reason)

    # 5. register status x data kinds, for every tool the question may mean
    results = [(e, *tool_verdict(e, kinds)) for e in entries]
    verdicts = {v for _, v, _ in results}
    if len(verdicts) == 1 or not u.tools.ambiguous:
        e, v, blocked = max(results, key=lambda r: CAUTION[r[1]])
    else:
        # an ambiguous name ("copilot"): answer for the best-placed tool, naming it in conditions
        yes = [r for r in results if r[1] in (Verdict.allowed, Verdict.conditional)]
        yes.sort(key=lambda r: (r[0].status != "approved", -len(r[0].data_allowed)))
        e, v, blocked = yes[0] if yes else max(results, key=lambda r: CAUTION[r[1]])
        if v == Verdict.allowed:
            v = Verdict.conditional
    if v == Verdict.not_allowed:
        return Decision(v, "data_not_allowed", entry=e, blocked_kinds=blocked,
                        alternatives=alternatives_for(kb, kinds, e, sims))
    d = Decision(v, "tool_permits", entry=e)
    if u.tools.ambiguous:
        d.notes.append("ambiguous_tool")
    # 6. a yes with a complication the policy does not spell out ("but she can't consent")
    if u.complication:
        return Decision(Verdict.unsure, "complication", entry=e, escalate=True,
                        escalation_reason="The question describes circumstances the policy's conditions "
                                          "may not cover; a person should decide.")
    if not kinds:
        d.notes.append("no_data_described")
    return d


# what keeps `unsure`: the policy itself leaves the point open, or the question can't be read
OPEN_REASONS = frozenset({"policy_undecided", "language"})


def not_until_confirmed(d: Decision) -> Decision:
    """An escalated answer is `unsure` only where the policy itself leaves the point open (an
    undecided point) or the question cannot be read. Every other escalation is the engine holding
    back a yes it could not earn, or a use the policy allows only after approval (a tool not on the
    register, a personal account, information no approved tool may take, a rule that may apply):
    the answer to act on is "no, not until a person confirms", so it is `not_allowed`, still
    escalated with the reason, and never a yes."""
    if d.verdict != Verdict.unsure or not d.escalate or d.reason in OPEN_REASONS:
        return d
    if d.evidence is not None and d.evidence.sentence.undecided:
        return d
    return replace(d, verdict=Verdict.not_allowed, notes=[*d.notes, "held"])
