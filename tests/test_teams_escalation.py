"""The escalation loop on Teams, end to end on loopback: an unsettled question is posted
proactively to the governance channel (through the governance outbox and the Teams notifier),
the team answers with the card's Action.Execute form, the card is refreshed to show who
answered, and the answer is sent proactively to the asker's conversation. A Bot Connector that
answers 429 / 500 delays delivery without losing or duplicating it."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.governance.models import utcnow
from bot.governance.outbox import OutboxWorker
from bot.teams.cards.escalation import VERB_ANSWER, VERB_CLAIM, VERB_DISMISS, VERB_REFRESH
from bot.teams.notifier import TeamsNotifier, retry_after_seconds
from teams_stub import GOV_CHANNEL, card_action, message, post, running_bot, user, valid_card

REVIEWER = user("dddddddd-0000-0000-0000-00000000000d", "Gov Reviewer")
UNSETTLED = "Can I use Gemini to summarise a report?"


@pytest.fixture(scope="module")
def env(tmp_path_factory, onnx_embed):
    with running_bot(tmp_path_factory.mktemp("teams-escalation"), onnx_embed) as e:
        e.worker = OutboxWorker(e.gov, {"teams": TeamsNotifier(e.bot, loop=e.server.loop)}, worker_id="teams-test")
        yield e


@pytest.fixture
def t(env):
    env.stub.reset()
    return env


def text_of(card: dict) -> str:
    return json.dumps(card, ensure_ascii=False)


def ask_unsettled(t, conversation_id: str, question: str = UNSETTLED, **kw) -> int:
    """Ask a question the policy does not settle; returns its escalation id."""
    status, _ = post(t.url, message(t.stub, question, conversation_id=conversation_id, **kw))
    assert status == 202
    card = t.stub.calls[-1].card
    assert "Passed to the AI governance team" in text_of(card)
    return int(card["actions"][-1]["data"]["escalation_id"])


def governance_action(t, verb: str, data: dict, thread: str = f"{GOV_CHANNEL};messageid=1", sender=REVIEWER):
    status, body = post(t.url, card_action(t.stub, verb, data, conversation_id=thread, conversation_type="channel",
                                           sender=sender))
    assert status == 200 and body["statusCode"] == 200, body
    return valid_card(body["value"])


def outbox(t, esc_id: int) -> dict[str, object]:
    return {m.kind: m for m in t.gov.outbox(escalation_id=esc_id)}


def test_escalation_posted_answered_refreshed_and_relayed(t):
    asker_thread = "19:team-channel@thread.tacv2;messageid=1700000000042"
    esc_id = ask_unsettled(t, asker_thread, question=f"{UNSETTLED} It is about QQ123456C.",
                           conversation_type="channel", mention=True)
    t.stub.reset()

    # 1. the outbox posts the case to the governance channel, proactively, as a new thread
    assert t.worker.run_once() >= 1
    created = t.stub.wait_for(lambda c: c.kind == "create" and c.status == 201)
    assert len(created) == 1
    assert created[0].body["channelData"]["channel"]["id"] == GOV_CHANNEL and created[0].body["isGroup"] is True
    card = valid_card(created[0].card)
    shown = text_of(card)
    assert f"Escalated question #{esc_id}" in shown and "[NI number]" in shown and "QQ123456C" not in shown
    assert "Unsure" in shown and '"Input.ChoiceSet"' in shown and '"Input.Toggle"' in shown
    posted = outbox(t, esc_id)["escalation.post"]
    assert posted.status == "sent" and posted.platform_ref["activity_id"]

    # 2. a reviewer answers with the card's form: the card they pressed is replaced at once
    answered = governance_action(t, VERB_ANSWER, {"escalation_id": esc_id, "verdict": "not_allowed",
                                                  "answer_text": "No: Gemini is not approved for council work.",
                                                  "publish_ruling": "true"})
    assert "Answered by Gov Reviewer" in text_of(answered) and "R-1" in text_of(answered)
    esc = t.gov.get(esc_id)
    assert esc.status == "answered" and esc.governance_verdict == "not_allowed" and esc.ruling_id == "R-1"

    # 3. the outbox refreshes the channel card for everyone and tells the asker, in their thread
    t.stub.reset()
    t.worker.run_once()
    updates = t.stub.delivered("update")
    assert len(updates) == 1
    assert updates[0].conversation_id == posted.platform_ref["conversation_id"]
    assert updates[0].activity_id == posted.platform_ref["activity_id"]
    assert "Answered by Gov Reviewer" in text_of(valid_card(updates[0].card))
    relays = t.stub.delivered("send", conversation_id=asker_thread)
    assert len(relays) == 1
    relay = text_of(valid_card(relays[0].card))
    assert "answered your question" in relay and "Not allowed" in relay and "Gemini is not approved" in relay
    assert "governance-rulings#R-1" in relay
    assert {m.status for m in t.gov.outbox(escalation_id=esc_id)} == {"sent"}


def test_throttling_and_server_errors_delay_delivery_without_losing_or_repeating_it(t):
    # a question of its own: the first test published a ruling on UNSETTLED, which now answers it
    esc_id = ask_unsettled(t, "a:1retry-asker", question="Can I use Perplexity to find published research?")
    t.stub.reset()
    now = utcnow()

    t.stub.fail_next(1, status=429, retry_after=7)
    t.worker.run_once(now=now)
    post_msg = outbox(t, esc_id)["escalation.post"]
    assert [c.status for c in t.stub.calls] == [429] and post_msg.status == "pending"
    assert "429" in post_msg.last_error
    wait = (post_msg.next_attempt_at - now).total_seconds()
    assert 7 <= wait <= 8.5                                # the Retry-After hint was honoured
    assert t.worker.run_once(now=now + timedelta(seconds=3)) == 0     # not due yet

    t.stub.fail_next(1, status=500)
    t.worker.run_once(now=now + timedelta(seconds=9))
    assert [c.status for c in t.stub.calls] == [429, 500]
    assert outbox(t, esc_id)["escalation.post"].status == "pending"

    t.worker.run_once(now=now + timedelta(minutes=20))
    created = [c for c in t.stub.calls if c.kind == "create"]
    assert [c.status for c in created] == [429, 500, 201]
    post_msg = outbox(t, esc_id)["escalation.post"]
    assert post_msg.status == "sent" and post_msg.attempts == 3

    # the answer to the asker: throttled once, then delivered exactly once
    governance_action(t, VERB_ANSWER, {"escalation_id": esc_id, "verdict": "conditional",
                                       "answer_text": "Only with public information.", "publish_ruling": "false"})
    t.stub.reset()
    t.stub.fail_next(2, status=429, retry_after=1)
    later = utcnow()
    t.worker.run_once(now=later)
    assert [c.status for c in t.stub.calls] == [429]       # the platform paused: nothing more this round
    for minutes in (1, 2, 3):
        t.worker.run_once(now=later + timedelta(minutes=minutes))
    assert len(t.stub.delivered("send", conversation_id="a:1retry-asker")) == 1
    assert len(t.stub.delivered("update")) == 1
    assert {m.status for m in t.gov.outbox(escalation_id=esc_id)} == {"sent"}
    t.worker.run_once(now=later + timedelta(hours=1))
    assert len(t.stub.delivered("send", conversation_id="a:1retry-asker")) == 1


def test_claim_refresh_dismiss_and_the_errors_a_reviewer_can_meet(t):
    esc_id = ask_unsettled(t, "a:1dismiss-asker", question="Can I use DeepL to translate a leaflet?")
    t.worker.run_once()

    claimed = governance_action(t, VERB_CLAIM, {"escalation_id": esc_id})
    assert "Claimed by Gov Reviewer" in text_of(claimed)
    other = user("eeeeeeee-0000-0000-0000-00000000000e", "Other Reviewer")
    again = governance_action(t, VERB_CLAIM, {"escalation_id": esc_id}, sender=other)
    assert "already claimed" in text_of(again) and "Claimed by Gov Reviewer" in text_of(again)

    empty = governance_action(t, VERB_ANSWER, {"escalation_id": esc_id, "verdict": "", "answer_text": " "})
    assert "Choose a verdict and write the answer" in text_of(empty)
    assert t.gov.get(esc_id).status == "claimed"

    refreshed = governance_action(t, VERB_REFRESH, {"escalation_id": esc_id}, thread="a:1anyone")
    assert "Claimed by Gov Reviewer" in text_of(refreshed)

    dismissed = governance_action(t, VERB_DISMISS, {"escalation_id": esc_id, "dismiss_reason": "A duplicate of #1."})
    assert "Dismissed by Gov Reviewer" in text_of(dismissed) and "A duplicate of #1." in text_of(dismissed)
    late = governance_action(t, VERB_ANSWER, {"escalation_id": esc_id, "verdict": "allowed", "answer_text": "Yes"})
    assert "already dismissed" in text_of(late)

    t.stub.reset()
    t.worker.run_once()
    relays = t.stub.delivered("send", conversation_id="a:1dismiss-asker")
    assert len(relays) == 1 and "closed your question" in text_of(relays[0].card)
    assert "Dismissed by Gov Reviewer" in text_of(t.stub.delivered("update")[0].card)

    status, body = post(t.url, card_action(t.stub, VERB_REFRESH, {"escalation_id": 99999},
                                           conversation_id=f"{GOV_CHANNEL};messageid=1", conversation_type="channel"))
    assert body["statusCode"] == 404


def test_retry_after_header_forms():
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    assert 0 <= retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_the_server_drains_the_outbox_in_the_background(t):
    from bot.teams.server import build_web_app
    from teams_stub import BotServer
    with BotServer(build_web_app(t.bot, outbox_interval=0.1)) as server:
        status, _ = post(server.url, message(t.stub, "Can I use Grok to draft a briefing?", conversation_id="a:1background"))
        assert status == 202
        created = t.stub.wait_for(lambda c: c.kind == "create" and c.status == 201, timeout=15)
    # the reply to the asker carries the escalation's id; the background drain may post to the
    # governance channel before or after it, so find it by what it carries, not by position
    ids = [int(a["data"]["escalation_id"]) for c in t.stub.calls if c.kind in ("reply", "send") and c.card
           for a in c.card.get("actions", []) if "escalation_id" in (a.get("data") or {})]
    assert len(set(ids)) == 1, [(c.kind, c.status) for c in t.stub.calls]
    esc_id = ids[0]
    assert f"Escalated question #{esc_id}" in text_of(created[0].card)
    assert outbox(t, esc_id)["escalation.post"].status == "sent"


def test_reindex_notice_for_the_governance_channel_is_posted_there(t):
    """What governance.notify_reindex queues for POLICYBOT_TEAMS_GOVERNANCE_CHANNEL (target
    {"channel": id}) becomes a new thread of that channel, as escalation.post does; a notice for
    a stored conversation reference is still a line in that conversation."""
    from teams_stub import TENANT
    status, _ = post(t.url, message(t.stub, "status", conversation_id="a:1owner-chat"))    # Teams calls us once
    assert status == 202
    assert t.bot.last_service_url == t.stub.service_url and t.bot.last_tenant_id == TENANT
    summary = "Policy index switched to version v-bench-2 (was v-bench-1) by U1 via cli: 0 added, 1 changed, 0 removed.\n" \
              "Changed: policy.md#4.1"
    msg = t.gov.notify_reindex("teams", {"channel": GOV_CHANNEL}, index_version="v-bench-2", summary=summary)
    t.stub.reset()
    while t.worker.run_once():
        pass
    created = t.stub.wait_for(lambda c: c.kind == "create" and c.status == 201)
    assert len(created) == 1
    body = created[0].body
    assert body["channelData"]["channel"]["id"] == GOV_CHANNEL and body["isGroup"] is True
    assert body["channelData"]["tenant"]["id"] == TENANT
    card = valid_card(created[0].card)
    assert "switched to version v-bench-2" in text_of(card) and "Changed: policy.md#4.1" in text_of(card)
    sent = next(m for m in t.gov.outbox() if m.id == msg.id)
    assert sent.status == "sent" and sent.platform_ref["channel"] == GOV_CHANNEL and sent.platform_ref["activity_id"]

    ref = {"channelId": "msteams", "serviceUrl": t.stub.service_url, "conversation": {"id": "a:1owner-chat"},
           "bot": {"id": "28:bot"}}
    direct = t.gov.notify_reindex("teams", ref, index_version="v-bench-3", summary="Now version v-bench-3.")
    t.stub.reset()
    while t.worker.run_once():
        pass
    sends = t.stub.wait_for(lambda c: c.kind == "send" and c.status == 200)
    assert sends[0].conversation_id == "a:1owner-chat" and "v-bench-3" in sends[0].activity["text"]
    assert next(m for m in t.gov.outbox() if m.id == direct.id).status == "sent"
