"""decide.not_until_confirmed: an escalation is `unsure` only where the policy leaves the point open
or the question can't be read; every other escalation is a "not until a person confirms it" (a
no, still escalated with its reason)."""
from bot.engine.decide import Decision, not_until_confirmed
from bot.engine.evidence import RuleMatch
from bot.engine.knowledge import Sentence
from bot.engine.models import Verdict


def _match(undecided: bool) -> RuleMatch:
    s = Sentence(ref="p.md#9.1", text="The use of AI agents has not yet been decided." if undecided
                 else "Staff must not use AI to make decisions about individuals.",
                 terms=frozenset(), core=frozenset(), prohibitive=not undecided, qualified=False,
                 undecided=undecided, register=False)
    return RuleMatch(0, s, 0.7, 0.7, frozenset(), 3.0)


def _unsure(reason: str, evidence=None) -> Decision:
    return Decision(Verdict.unsure, reason, evidence=evidence, escalate=True, escalation_reason="why")


def test_a_yes_the_engine_could_not_earn_is_a_no_until_confirmed():
    for reason in ("tool_variant", "data_suspected", "row_limit", "precondition_unmet", "ambiguous_tool",
                   "tool_not_on_register", "no_tool", "approval_needed", "complication"):
        d = not_until_confirmed(_unsure(reason))
        assert d.verdict == Verdict.not_allowed and d.escalate and d.escalation_reason == "why", reason
        assert "held" in d.notes
    # a rule that may apply and forbids: held too
    d = not_until_confirmed(_unsure("rule_may_apply", _match(undecided=False)))
    assert d.verdict == Verdict.not_allowed and d.escalate


def test_what_the_policy_leaves_open_stays_unsure():
    assert not_until_confirmed(_unsure("policy_undecided", _match(True))).verdict == Verdict.unsure
    assert not_until_confirmed(_unsure("rule_may_apply", _match(True))).verdict == Verdict.unsure
    assert not_until_confirmed(_unsure("language")).verdict == Verdict.unsure


def test_answers_that_are_not_escalated_unsure_pass_through():
    for d in (Decision(Verdict.conditional, "tool_permits"), Decision(Verdict.not_allowed, "use_prohibited"),
              Decision(Verdict.unsure, "odd", escalate=False)):
        assert not_until_confirmed(d) == d
