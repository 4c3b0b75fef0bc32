"""The Teams bot end to end on loopback: the real Agents SDK aiohttp app on 127.0.0.1 receives
Teams activities at /api/messages; their serviceUrl points at a stub Bot Connector
(tests/teams_stub.py) that records the replies. Anonymous mode, except for the
authentication tests."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from bot.teams.app import create_app
from bot.teams.cards.answer import VERB_ESCALATE, VERB_FEEDBACK, VERB_SUBSCRIBE
from bot.teams.handlers.message import EMPTY
from bot.teams.handlers.owners import NOT_OWNER
from bot.teams.server import build_web_app
from bot.teams.settings import SettingsError, TeamsSettings
from index.build import read_current
from teams_stub import (BOT_ID, GOV_CHANNEL, BotServer, activity, card_action, card_text, message, post, running_bot,
                        user, valid_card)

OWNER = "aaaaaaaa-0000-0000-0000-00000000000a"


@pytest.fixture(scope="module")
def teams(tmp_path_factory, onnx_embed):
    with running_bot(tmp_path_factory.mktemp("teams-app"), onnx_embed, content_owners=frozenset({OWNER})) as env:
        yield env


@pytest.fixture
def t(teams):
    teams.stub.reset()
    return teams


def ask(t, text: str, **kw):
    act = message(t.stub, text, **kw)
    status, _ = post(t.url, act)
    assert status == 202
    return act


def answer_of(card: dict) -> dict:
    """The answer object the card's actions carry."""
    return card["actions"][-1]["data"]["answer"]


# ------------------------------------------------------------------------------ asking
def test_personal_message_gets_typing_then_an_answer_card(t):
    act = ask(t, "Can I use ChatGPT to draft a press release?")
    calls = t.stub.calls
    assert [c.activity.get("type") for c in calls] == ["typing", "message"]
    assert all(c.kind == "reply" and c.conversation_id == "a:1personal-chat" and c.activity_id == act["id"]
               for c in calls)
    reply = calls[1].activity
    card = valid_card(calls[1].card)
    assert reply["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    text = card_text(card)
    assert "Not allowed" in text and "tools-register.csv#ChatGPT" in text
    assert "Not allowed" in card["fallbackText"] and "tools-register.csv#ChatGPT" in card["fallbackText"]
    assert reply["summary"].startswith("Not allowed:") and "tools-register.csv#ChatGPT" in reply["summary"]
    # marked AI-generated (the entity Teams shows as the "AI generated" label)
    assert {"type": "https://schema.org/Message", "@type": "Message", "@context": "https://schema.org",
            "additionalType": ["AIGeneratedContent"]}.items() <= reply["entities"][0].items()
    answers = t.gov.audit_events(kinds=["answer"])
    assert answers[-1].verdict == "not_allowed" and answers[-1].platform == "teams"


@pytest.mark.parametrize("conversation_type, conversation_id", [
    ("channel", "19:team-channel@thread.tacv2;messageid=1700000000001"),
    ("groupChat", "19:group-chat-1@thread.v2")])
def test_mention_in_channel_or_group_chat_is_answered_in_the_thread(t, conversation_type, conversation_id):
    act = ask(t, "Can I use Copilot Chat to summarise an internal report?", conversation_id=conversation_id,
              conversation_type=conversation_type, mention=True)
    replies = [c for c in t.stub.calls if c.activity.get("type") == "message"]
    assert len(replies) == 1
    assert replies[0].kind == "reply" and replies[0].conversation_id == conversation_id
    assert replies[0].activity_id == act["id"]
    answered = answer_of(replies[0].card)
    assert answered["question"] == "Can I use Copilot Chat to summarise an internal report?"   # no <at>…</at>
    assert answered["verdict"] == "conditional"


def test_follow_up_is_answered_in_the_context_of_the_conversations_first_question(t):
    ask(t, "Can I use Copilot Chat to summarise an internal report?", conversation_id="a:1follow-up")
    ask(t, "what about residents' personal data?", conversation_id="a:1follow-up")
    in_context = answer_of(t.stub.calls[-1].card)
    ask(t, "what about residents' personal data?", conversation_id="a:1no-context")
    alone = answer_of(t.stub.calls[-1].card)
    assert in_context["verdict"] == "not_allowed" and in_context["tool"] == "Microsoft 365 Copilot Chat"
    assert "policy.md#3.1" in [c["ref"] for c in in_context["citations"]]
    assert alone["tool"] is None and alone["verdict"] != "not_allowed"


def test_bare_mention_asks_for_a_question(t):
    ask(t, "", conversation_id="19:x@thread.tacv2;messageid=5", conversation_type="channel", mention=True)
    assert [c.activity.get("text") for c in t.stub.calls] == [EMPTY]


# ------------------------------------------------------------------------------ welcome
def test_welcome_once_on_install(t):
    install = activity(t.stub, "installationUpdate", conversation_id="a:1new-user", action="add")
    assert post(t.url, install)[0] == 202
    joined = activity(t.stub, "conversationUpdate", conversation_id="a:1new-user",
                      membersAdded=[{"id": BOT_ID}])
    assert post(t.url, joined)[0] == 202
    assert len(t.stub.calls) == 1                    # Teams sends both on install: one welcome
    card = valid_card(t.stub.calls[0].card)
    assert "Hello" in card_text(card)
    assert [a["data"]["msteams"]["type"] for a in card["actions"]] == ["imBack"] * len(card["actions"])

    team = "19:general@thread.tacv2"
    someone = activity(t.stub, "conversationUpdate", conversation_id=team, conversation_type="channel",
                       membersAdded=[{"id": "29:new-colleague"}])
    assert post(t.url, someone)[0] == 202
    assert len(t.stub.calls) == 1                    # a colleague joining the team: no welcome
    added = activity(t.stub, "conversationUpdate", conversation_id=team, conversation_type="channel",
                     membersAdded=[{"id": BOT_ID}])
    assert post(t.url, added)[0] == 202
    assert "Mention me" in card_text(t.stub.calls[-1].card) and t.stub.calls[-1].conversation_id == team


# ------------------------------------------------------------------------------ card actions
def test_feedback_updates_the_card_in_place(t):
    ask(t, "Can I use Copilot Chat to summarise an internal report?", conversation_id="a:1feedback")
    card = t.stub.calls[-1].card
    not_helpful = [a for a in card["actions"] if a["verb"] == VERB_FEEDBACK and a["data"]["helpful"] is False][0]
    t.stub.reset()
    status, body = post(t.url, card_action(t.stub, VERB_FEEDBACK, not_helpful["data"], conversation_id="a:1feedback"))
    assert status == 200 and body["statusCode"] == 200
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    updated = valid_card(body["value"])
    assert "Thanks, you said this answer was not helpful." in card_text(updated)
    assert [a["verb"] for a in updated["actions"]] == [VERB_ESCALATE, VERB_SUBSCRIBE]
    assert t.stub.calls == []                        # the invoke response replaces the card
    feedback = t.gov.audit_events(kinds=["feedback"])[-1]
    assert feedback.helpful is False and feedback.ref_event_id == not_helpful["data"]["event_id"]


def test_ask_the_governance_team_escalates_the_redacted_question(t):
    ask(t, "Can I use Copilot Chat to summarise an internal report?", conversation_id="a:1escalate")
    card = t.stub.calls[-1].card
    escalate = [a for a in card["actions"] if a["verb"] == VERB_ESCALATE][0]
    data = json.loads(json.dumps(escalate["data"]))
    # a client can send anything back: personal data in it must not reach the governance channel
    data["answer"]["question"] += " It is about QQ 12 34 56 C."
    status, body = post(t.url, card_action(t.stub, VERB_ESCALATE, data, conversation_id="a:1escalate"))
    assert status == 200 and body["statusCode"] == 200
    updated = valid_card(body["value"])
    assert "You asked the AI governance team" in card_text(updated)
    assert VERB_ESCALATE not in [a["verb"] for a in updated.get("actions", [])]
    esc = t.gov.list()[-1]
    assert esc.requested_by_user and esc.platform == "teams"
    assert "QQ" not in esc.question and "[NI number]" in esc.question
    assert esc.conversation_ref["conversation"]["id"] == "a:1escalate"
    assert esc.conversation_ref["serviceUrl"] == t.stub.service_url
    post_msg = [m for m in t.gov.outbox(escalation_id=esc.id) if m.kind == "escalation.post"]
    assert len(post_msg) == 1 and post_msg[0].status == "pending"


def test_unknown_or_malformed_card_actions_are_refused(t):
    status, body = post(t.url, card_action(t.stub, "answer.nonsense", {}))
    assert status == 200 and body["statusCode"] == 400
    status, body = post(t.url, card_action(t.stub, VERB_FEEDBACK, {"answer": {"verdict": "maybe"}, "helpful": True}))
    assert body["statusCode"] == 400
    status, body = post(t.url, card_action(t.stub, "escalation.claim", {"escalation_id": 1},
                                           conversation_id="a:1not-the-governance-channel"))
    assert body["statusCode"] == 403
    assert t.stub.calls == []


# ------------------------------------------------------------------------------ content owners
def test_content_owner_commands_are_limited_to_the_configured_ids(t):
    ask(t, "status")
    ask(t, "reindex", sender=user("bbbbbbbb-0000-0000-0000-00000000000b", "Not An Owner"))
    assert [c.activity.get("text") for c in t.stub.calls] == [NOT_OWNER, NOT_OWNER]

    t.stub.reset()
    before = read_current(t.home)
    owner = user(OWNER, "Olive Owner")
    ask(t, "status", sender=owner)
    facts = {f["title"]: f["value"] for f in valid_card(t.stub.calls[-1].card)["body"][1]["facts"]}
    assert facts["Version"] == before and facts["Documents"] == "2"

    ask(t, "reindex", sender=owner, conversation_id="19:content@thread.tacv2;messageid=9",
        conversation_type="channel", mention=True)
    assert t.stub.calls[-2].activity["type"] == "typing"
    done = valid_card(t.stub.calls[-1].card)
    assert "Reindexed" in card_text(done)
    after = read_current(t.home)
    assert after != before and after in card_text(done)
    assert t.gov.audit_events(kinds=["reindex"])[-1].index_version == after
    assert [e.index_version for e in t.gov.audit_events(kinds=["reindex"])].count(after) == 1   # not twice
    assert "Governance: 0 ruling(s) to review" in card_text(done)
    ask(t, "Can I use ChatGPT to draft a press release?")          # the new version answers
    assert answer_of(t.stub.calls[-1].card)["index_version"] == after


def test_reindex_flags_rulings_reports_drift_and_the_notice_reaches_the_governance_channel(t):
    """The chat-triggered reindex gets the CLI's follow-up (flags, drift, one audit event, the
    `reindex.notice`), and the Teams notifier posts that notice, queued for
    {"channel": POLICYBOT_TEAMS_GOVERNANCE_CHANNEL}, as a new thread of the governance channel."""
    from bot.governance.outbox import OutboxWorker
    from bot.teams.notifier import TeamsNotifier
    from index.build import load_manifest
    question = "Can I use ChatGPT to draft a press release?"
    ask(t, question)
    assert answer_of(t.stub.calls[-1].card)["verdict"] == "not_allowed"
    engine = t.bot.assistant.engine()
    esc = t.gov.escalate(engine.answer("Can I use Gemini to plan a team away day?"), platform="teams",
                         user_id="eeeeeeee-0000-0000-0000-00000000000e", conversation_ref={})
    ruling = t.gov.answer(esc.id, "gov-reviewer", "not_allowed", "No.", publish_ruling=True,
                          clauses=["tools-register.csv#ChatGPT"]).ruling_id
    reindexes = len(t.gov.audit_events(kinds=["reindex"]))
    reg = Path(load_manifest(t.home)["folder"]) / "tools-register.csv"
    reg.write_text(reg.read_text(encoding="utf-8").replace(
        "ChatGPT,Chat GPT;OpenAI,prohibited,,Do not use for council work.",
        "ChatGPT,Chat GPT;OpenAI,approved,public;internal,Use a council Enterprise account."), encoding="utf-8")

    t.stub.reset()
    ask(t, "reindex", sender=user(OWNER, "Olive Owner"))
    after = read_current(t.home)
    shown = card_text(valid_card(t.stub.calls[-1].card))
    assert "0 added, 1 changed, 0 removed" in shown and "tools-register.csv#ChatGPT" in shown
    assert f"1 ruling(s) to review ({ruling})" in shown and "recent answer(s) drifted" in shown
    assert question in shown and "not_allowed \u2192" in shown

    events = t.gov.audit_events(kinds=["reindex"])
    assert len(events) == reindexes + 1                              # recorded once, by the follow-up
    ev = events[-1]
    assert ev.index_version == after and ev.platform == "teams" and ev.user_key and OWNER not in json.dumps(ev.detail)
    assert [r["id"] for r in ev.detail["review_rulings"]] == [ruling]
    assert question in {d["question"] for d in ev.detail["drift"]}
    notices = [m for m in t.gov.outbox() if m.kind == "reindex.notice" and m.payload["index_version"] == after]
    assert [(m.platform, m.target["channel"], m.status) for m in notices] == [("teams", GOV_CHANNEL, "pending")]

    t.stub.reset()
    worker = OutboxWorker(t.gov, {"teams": TeamsNotifier(t.bot, loop=t.server.loop)}, worker_id="teams-app-test")
    while worker.run_once():
        pass
    posts = [c for c in t.stub.delivered("create") if f"switched to version {after}" in card_text(c.card)]
    assert len(posts) == 1
    post_ = posts[0]
    assert post_.body["channelData"]["channel"]["id"] == GOV_CHANNEL and post_.body["isGroup"] is True
    notice = card_text(valid_card(post_.card))
    assert f"by {OWNER} via teams" in notice and ruling in notice and "tools-register.csv#ChatGPT" in notice
    sent = next(m for m in t.gov.outbox() if m.id == notices[0].id)
    assert sent.status == "sent" and sent.platform_ref["channel"] == GOV_CHANNEL and sent.platform_ref["activity_id"]


# ------------------------------------------------------------------------------ authentication
def test_a_bad_bearer_token_is_refused_even_in_anonymous_mode(t):
    status, body = post(t.url, message(t.stub, "hello"), authorization="Bearer not.a.token")
    assert status == 401
    assert t.stub.calls == []


@pytest.fixture(scope="module")
def authenticated(teams):
    """The same app with an Azure bot registration configured (no anonymous access)."""
    settings = TeamsSettings(app_id=str(uuid.uuid4()), app_password="not-a-real-secret",
                             tenant_id=str(uuid.uuid4()), governance_channel=GOV_CHANNEL)
    bot = create_app(teams.bot.assistant, settings)
    with BotServer(build_web_app(bot, outbox_interval=None)) as server:
        yield server


def test_authenticated_mode_rejects_requests_without_a_valid_token(t, authenticated):
    assert post(authenticated.url, message(t.stub, "hello"))[0] == 401
    assert post(authenticated.url, message(t.stub, "hello"), authorization="Bearer eyJ0eXAi.eyJhdWQi.c2ln")[0] == 401
    assert post(authenticated.url, message(t.stub, "hello"), authorization="Basic dXNlcjpwdw==")[0] == 401
    assert t.stub.calls == []
    import urllib.request
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(authenticated.url.replace("/api/messages", "/healthz"), timeout=10) as resp:
        assert resp.status == 200


def test_settings_map_the_environment_onto_the_sdk_connection():
    env = {"POLICYBOT_TEAMS_APP_ID": "app-1", "POLICYBOT_TEAMS_APP_PASSWORD": "s3cret",
           "POLICYBOT_TEAMS_TENANT_ID": "tenant-1", "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL": GOV_CHANNEL,
           "POLICYBOT_TEAMS_CONTENT_OWNERS": f" {OWNER.upper()} , cccccccc-0000-0000-0000-00000000000c"}
    s = TeamsSettings.from_env(env)
    assert not s.anonymous and s.is_content_owner(OWNER) and not s.is_content_owner("x")
    assert "s3cret" not in repr(s)
    config = s.auth_configuration()
    assert (config.CLIENT_ID, config.TENANT_ID, config.CLIENT_SECRET, config.ANONYMOUS_ALLOWED) == \
        ("app-1", "tenant-1", "s3cret", False)
    assert type(s.connection_manager()).__name__ == "MsalConnectionManager"
    cert = TeamsSettings.from_env({**env, "POLICYBOT_TEAMS_APP_PASSWORD": "", "POLICYBOT_TEAMS_CERTIFICATE": "/k.pfx"})
    assert cert.auth_configuration().CERT_PFX_FILE == "/k.pfx"
    with pytest.raises(SettingsError, match="POLICYBOT_TEAMS_APP_ID"):
        TeamsSettings.from_env({}).check()
    TeamsSettings.from_env({"POLICYBOT_TEAMS_ANONYMOUS": "1"}).check()
    assert TeamsSettings.from_env({"POLICYBOT_TEAMS_ANONYMOUS": "1"}).auth_configuration().ANONYMOUS_ALLOWED


def test_question_text_drops_the_bots_mention_and_markup():
    from microsoft_agents.activity import Activity

    from bot.teams.translate import base_conversation_id, question_text
    act = Activity(type="message", recipient={"id": BOT_ID, "name": "policybot"},
                   text="<at>policybot</at>&nbsp;Can <b>I</b> tell <at>Sam Jones</at> to use Copilot?<p></p>")
    assert question_text(act) == "Can I tell Sam Jones to use Copilot?"
    assert base_conversation_id("19:abc@thread.tacv2;messageid=17") == "19:abc@thread.tacv2"
