"""Escalations: every legal transition, the illegal ones, concurrent claims decided by the
database, the outbox written in the same transaction, restart, "ask a person", audit events."""
from __future__ import annotations

import os
import stat
import threading

import pytest
from sqlalchemy import select

from bot.governance import ConflictError, Governance, NotFoundError, TransitionError
from bot.governance.models import AuditEvent, Escalation
from test_governance_support import (SLACK_CHANNEL, TEAMS_CHANNEL, Clock, clock, db_url, gov,  # noqa: F401
                                     make_answer)

CONV = {"channel": "D0ASKER1", "thread_ts": "1762077600.000100"}


def _esc(gov, **kw):
    return gov.escalate(make_answer(**kw), platform="slack", user_id="U0ASKER1", conversation_ref=CONV)


def _keys(gov, esc_id):
    return [(m.kind, m.idempotency_key) for m in gov.outbox(escalation_id=esc_id)]


def test_escalate_creates_case_and_post_in_one_go(gov):
    esc = _esc(gov)
    assert esc.status == "open" and esc.version == 1 and esc.platform == "slack"
    assert esc.question == "Can I use Otter.ai to transcribe a staff meeting?"
    assert esc.answer_snapshot["verdict"] == "unsure"
    assert esc.answer_snapshot["citations"] == ["genai-usage-policy.md#6.2"]
    assert esc.answer_snapshot["index_version"] == "v-test"
    assert esc.answer_snapshot["summary"] == "The policy does not settle this."
    assert esc.reason == "The policy does not settle this."
    # the DM channel is kept only sealed (issue 16): opened for delivery, never stored raw
    assert gov.unseal_ref(esc.conversation_ref) == CONV and "D0ASKER1" not in repr(esc.conversation_ref)
    assert esc.user_key and esc.user_key != "U0ASKER1" and len(esc.user_key) == 64
    [post] = gov.outbox(escalation_id=esc.id)
    assert post.kind == "escalation.post" and post.idempotency_key == f"escalation.post:{esc.id}"
    assert post.status == "pending" and post.target["channel"] == SLACK_CHANNEL
    assert post.payload["question"] == esc.question and post.payload["escalation_id"] == esc.id
    assert post.payload["citations"] == ["genai-usage-policy.md#6.2"]


def test_teams_escalation_goes_to_the_teams_channel(gov):
    ref = {"conversation": {"id": "a:1xyz"}, "serviceUrl": "https://smba.example.test/uk/",
           "user": {"id": "29:1abc", "name": "Jo Bloggs", "aadObjectId": "0000-1111"}, "bot": {"id": "28:bot"}}
    esc = gov.escalate(make_answer(), platform="teams", user_id="29:1abc", conversation_ref=ref)
    [post] = gov.outbox(escalation_id=esc.id)
    assert post.platform == "teams" and post.target["channel"] == TEAMS_CHANNEL
    # the conversation's ids kept for the reply, the person's name dropped and their own ids
    # replaced by the keyed hash (issue 16: no raw chat-platform user ids in the database)
    assert esc.conversation_ref["user"] == {"id": "uk:" + gov.user_key("teams", "29:1abc"),
                                            "aadObjectId": "uk:" + gov.user_key("teams", "0000-1111")}
    assert esc.conversation_ref["conversation"] == {"id": "a:1xyz"}
    assert esc.conversation_ref["serviceUrl"] == "https://smba.example.test/uk/"


def test_escalation_and_outbox_are_one_transaction(gov):
    """If the outbox row cannot be written, no escalation is left behind either."""
    with pytest.raises(Exception):
        gov.escalate(make_answer(), platform="slack", user_id="U1", conversation_ref={"bad": object()})
    assert gov.list() == [] and gov.outbox() == []


def test_open_claimed_answered(gov, clock):
    esc = _esc(gov)
    clock.advance(minutes=5)
    esc = gov.claim(esc.id, "U0GOV1")
    assert (esc.status, esc.claimed_by, esc.version) == ("claimed", gov.actor_ref("U0GOV1"), 2)
    assert esc.claimed_by.startswith("uk:")   # a team member's Slack id only as a keyed hash
    assert esc.claimed_at == clock()
    clock.advance(hours=2)
    esc = gov.answer(esc.id, "U0GOV1", "not_allowed", "No: Otter.ai is not approved. Use Teams transcription.")
    assert (esc.status, esc.answered_by, esc.governance_verdict, esc.version) == \
        ("answered", gov.actor_ref("U0GOV1"), "not_allowed", 3)
    assert esc.answered_at == clock() and esc.ruling_id is None and not esc.publish_ruling
    assert sorted(_keys(gov, esc.id)) == sorted([
        ("escalation.post", f"escalation.post:{esc.id}"),
        ("escalation.update", f"escalation.update:{esc.id}:claimed"),
        ("escalation.update", f"escalation.update:{esc.id}:answered"),
        ("answer.relay", f"answer.relay:{esc.id}")])
    relay = [m for m in gov.outbox(escalation_id=esc.id) if m.kind == "answer.relay"][0]
    assert gov.unseal_ref(relay.target) == CONV and "D0ASKER1" not in repr(relay.target)
    assert relay.payload["verdict"] == "not_allowed"
    assert relay.payload["answer"].startswith("No: Otter.ai is not approved")
    updates = [m for m in gov.outbox(escalation_id=esc.id) if m.kind == "escalation.update"]
    post = [m for m in gov.outbox(escalation_id=esc.id) if m.kind == "escalation.post"][0]
    assert all(u.depends_on_id == post.id and u.target["channel"] == SLACK_CHANNEL for u in updates)


def test_open_answered_directly(gov):
    esc = gov.answer(_esc(gov).id, "U0GOV2", "conditional", "Yes, with the meeting chair's agreement.")
    assert esc.status == "answered" and esc.claimed_by is None and esc.version == 2


@pytest.mark.parametrize("claim_first", [False, True])
def test_dismissed_from_open_or_claimed(gov, claim_first):
    esc = _esc(gov)
    if claim_first:
        gov.claim(esc.id, "U0GOV1")
    esc = gov.dismiss(esc.id, "U0GOV1", "Duplicate of an earlier question.")
    assert esc.status == "dismissed" and esc.dismissed_by == gov.actor_ref("U0GOV1")
    assert esc.dismiss_reason == "Duplicate of an earlier question."
    relay = [m for m in gov.outbox(escalation_id=esc.id) if m.kind == "answer.relay"]
    assert len(relay) == 1 and relay[0].payload["status"] == "dismissed"


def test_dismiss_without_telling_the_asker(gov):
    esc = gov.dismiss(_esc(gov).id, "U0GOV1", "Test message.", notify_asker=False)
    assert [m.kind for m in gov.outbox(escalation_id=esc.id)] == ["escalation.post", "escalation.update"]


ILLEGAL = [
    # (how to get there, the illegal move)
    ("answered", "answer"), ("answered", "claim"), ("answered", "dismiss"),
    ("dismissed", "answer"), ("dismissed", "claim"), ("dismissed", "dismiss"),
    ("claimed", "claim_other"),
]


@pytest.mark.parametrize("state,move", ILLEGAL)
def test_illegal_transitions(gov, state, move):
    esc = _esc(gov)
    if state == "answered":
        gov.answer(esc.id, "U0GOV1", "allowed", "Yes.")
    elif state == "dismissed":
        gov.dismiss(esc.id, "U0GOV1", "Not a policy question.")
    else:
        gov.claim(esc.id, "U0GOV1")
    before = gov.get(esc.id)
    n_out = len(gov.outbox())
    with pytest.raises(TransitionError) as ei:
        if move == "answer":
            gov.answer(esc.id, "U0GOV2", "allowed", "Yes again.")
        elif move in ("claim", "claim_other"):
            gov.claim(esc.id, "U0GOV2")
        else:
            gov.dismiss(esc.id, "U0GOV2", "again")
    assert f"escalation {esc.id} is already {state}" in str(ei.value)
    after = gov.get(esc.id)
    assert (after.status, after.version, after.answer_text) == (before.status, before.version, before.answer_text)
    assert len(gov.outbox()) == n_out


def test_answering_twice_names_the_problem(gov):
    esc = _esc(gov)
    gov.answer(esc.id, "U0GOV1", "allowed", "Yes.")
    with pytest.raises(TransitionError, match=r"already answered \(by you\): it cannot be answered again"):
        gov.answer(esc.id, "U0GOV1", "allowed", "Yes.")


def test_same_actor_claiming_again_is_a_no_op(gov):
    esc = _esc(gov)
    gov.claim(esc.id, "U0GOV1")
    again = gov.claim(esc.id, "U0GOV1")
    assert again.status == "claimed" and again.version == 2


def test_bad_input(gov):
    esc = _esc(gov)
    with pytest.raises(ValueError, match="verdict must be one of"):
        gov.answer(esc.id, "U0GOV1", "maybe", "Hmm.")
    with pytest.raises(ValueError, match="empty"):
        gov.answer(esc.id, "U0GOV1", "allowed", "  ")
    with pytest.raises(NotFoundError):
        gov.claim(esc.id + 100, "U0GOV1")
    assert gov.get(esc.id).status == "open"


def test_stale_version_is_rejected_by_the_database_check(gov):
    esc = _esc(gov)
    loaded_version = esc.version          # a governance UI loaded the case...
    gov.claim(esc.id, "U0GOV2")           # ...someone else claimed it meanwhile
    with pytest.raises(ConflictError, match="changed since you loaded it"):
        gov.answer(esc.id, "U0GOV1", "allowed", "Yes.", expected_version=loaded_version)
    assert gov.get(esc.id).status == "claimed"


def test_concurrent_claims_exactly_one_wins(db_url, clock):
    """Two Governance objects (two engines, two connection pools) claim the same cases at the
    same moment from two threads: for each case exactly one claim succeeds."""
    a, b = Governance(db_url, clock=clock), Governance(db_url, clock=clock)
    try:
        ids = [_esc(a).id for _ in range(6)]
        for esc_id in ids:
            barrier = threading.Barrier(2)
            results: dict[str, object] = {}

            def claim(g, actor):
                barrier.wait()
                try:
                    results[actor] = g.claim(esc_id, actor)
                except TransitionError as e:
                    results[actor] = e

            ts = [threading.Thread(target=claim, args=(a, "U0GOV_A")), threading.Thread(target=claim, args=(b, "U0GOV_B"))]
            [t.start() for t in ts]
            [t.join(30) for t in ts]
            winners = [k for k, v in results.items() if isinstance(v, Escalation)]
            losers = [k for k, v in results.items() if isinstance(v, TransitionError)]
            assert len(winners) == 1 and len(losers) == 1, results
            final = a.get(esc_id)
            assert final.status == "claimed" and final.claimed_by == winners[0] and final.version == 2
            updates = [m for m in a.outbox(escalation_id=esc_id) if m.kind == "escalation.update"]
            assert len(updates) == 1 and updates[0].payload["actor"] == winners[0]
            with a.session() as s:
                evs = s.scalars(select(AuditEvent).where(AuditEvent.escalation_id == esc_id,
                                                         AuditEvent.kind == "escalation")).all()
                assert sorted(e.detail["to"] for e in evs) == ["claimed", "open"]
    finally:
        a.close()
        b.close()


def test_restart_loses_nothing(db_url, clock):
    g = Governance(db_url, clock=clock)
    esc = _esc(g)
    g.claim(esc.id, "U0GOV1")
    g.close()
    g2 = Governance(db_url, clock=clock)
    try:
        again = g2.get(esc.id)
        assert again.status == "claimed" and again.claimed_by == g2.actor_ref("U0GOV1")
        assert [m.kind for m in g2.outbox(escalation_id=esc.id)] == ["escalation.post", "escalation.update"]
        g2.answer(esc.id, "U0GOV1", "allowed", "Yes.")
        assert g2.get(esc.id).status == "answered"
    finally:
        g2.close()


def test_ask_a_person_from_a_recorded_answer(gov):
    a = make_answer("Can I use Copilot Chat to summarise a public consultation?", verdict="conditional",
                    tool="Microsoft 365 Copilot Chat", refs=("genai-usage-policy.md#4.1",), escalated=False)
    ev = gov.record_answer(a, platform="slack", user_id="U0ASKER1", conversation=CONV)
    esc = gov.escalate_event(ev, platform="slack", user_id="U0ASKER1")
    assert esc.requested_by_user and esc.reason == "The asker asked for a person."
    assert gov.unseal_ref(esc.conversation_ref) == CONV and esc.answer_snapshot["verdict"] == "conditional"
    assert esc.audit_event_id == ev
    again = gov.escalate_event(ev, platform="slack", user_id="U0ASKER1")   # double click
    assert again.id == esc.id and len(gov.list()) == 1
    assert len([m for m in gov.outbox() if m.kind == "escalation.post"]) == 1
    with pytest.raises(NotFoundError):
        gov.escalate_event("nope", platform="slack", user_id="U0ASKER1")


def test_list_filters_by_status(gov):
    e1, e2, e3 = _esc(gov), _esc(gov), _esc(gov)
    gov.claim(e2.id, "U0GOV1")
    gov.dismiss(e3.id, "U0GOV1", "dup")
    assert [e.id for e in gov.list("open")] == [e1.id]
    assert [e.id for e in gov.list(["open", "claimed"])] == [e1.id, e2.id]
    assert [e.id for e in gov.list()] == [e1.id, e2.id, e3.id]


def test_audit_trail_of_a_case(gov):
    esc = _esc(gov)
    gov.claim(esc.id, "U0GOV1")
    gov.answer(esc.id, "U0GOV1", "not_allowed", "No.", publish_ruling=True)
    with gov.session() as s:
        evs = s.scalars(select(AuditEvent).where(AuditEvent.escalation_id == esc.id).order_by(AuditEvent.time)).all()
        steps = [(e.kind, e.detail.get("from"), e.detail.get("to")) for e in evs if e.kind == "escalation"]
        assert steps == [("escalation", None, "open"), ("escalation", "open", "claimed"),
                         ("escalation", "claimed", "answered")]
        assert [e.detail["action"] for e in evs if e.kind == "ruling"] == ["published"]
        actor_keys = {e.user_key for e in evs if e.kind == "escalation" and e.detail["to"] != "open"}
        assert len(actor_keys) == 1 and "U0GOV1" not in actor_keys


def test_user_key_is_a_keyed_hash_with_a_private_secret(gov, db_url, clock, monkeypatch):
    k1 = gov.user_key("slack", "U0ASKER1")
    assert k1 == gov.user_key("slack", "U0ASKER1") and k1 != gov.user_key("teams", "U0ASKER1")
    assert len(k1) == 64 and "U0ASKER1" not in k1
    secret = os.path.join(os.environ["POLICYBOT_HOME"], "audit-secret.key")
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    g2 = Governance(db_url, clock=clock)              # same secret file: same key
    assert g2.user_key("slack", "U0ASKER1") == k1
    g2.close()
    monkeypatch.setenv("POLICYBOT_AUDIT_SECRET", "another-secret")
    g3 = Governance(db_url, clock=clock)
    assert g3.user_key("slack", "U0ASKER1") != k1
    g3.close()
