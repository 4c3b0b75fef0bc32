"""Askers who opted in ("Tell me if this changes") are told through the outbox when a reindex
changes their answer's verdict or first citation, once per change, in the conversation they asked
in, with the redacted question only. Real components: the Slack Bolt app on loopback against the
Slack API stub (signed interactivity payloads), the Teams app against the Bot Connector stub, a
real index and a real governance database in tmp."""
from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from slack_stub import SignedPoster, SlackStub, find_button
from teams_stub import card_action, card_text, message, post, running_bot, valid_card

from bot.slack import ids
from bot.slack.listeners.actions.subscribe_button import SUBSCRIBED
from bot.slack.server import build, serve_http
from bot.slack.settings import SlackSettings

SECRET = "test-signing-secret"
GOV_CHANNEL = "C0GOV0009"
OWNER = "U0OWNER09"
CHANNEL = "C0GENERAL"
ASKER, OTHER = "U0ASKER01", "U0ASKER02"
CHATGPT = "Can I use ChatGPT to draft a press release?"
COPILOT = "Can I use Copilot Chat to summarise an internal document?"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")
CHATGPT_PROHIBITED = "ChatGPT,Chat GPT;OpenAI,prohibited,,Do not use for council work."
CHATGPT_APPROVED = "ChatGPT,Chat GPT;OpenAI,approved,public;internal,Use a council Enterprise account."


def _approve_chatgpt(register: Path) -> None:
    """The hand-made policy change: ChatGPT approved for public and internal work."""
    text = register.read_text(encoding="utf-8")
    assert CHATGPT_PROHIBITED in text
    register.write_text(text.replace(CHATGPT_PROHIBITED, CHATGPT_APPROVED), encoding="utf-8")


@pytest.fixture(scope="module")
def slack(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("slack-optin")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_KNOWLEDGE",
                           "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL"):
        mp.delenv(v, raising=False)
    mp.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", GOV_CHANNEL)
    knowledge = write_knowledge(tmp / "knowledge")
    home = tmp / "home"
    build_index(knowledge, home, embed_model=onnx_embed)
    stub = SlackStub().start()
    gov = Governance(url=f"sqlite:///{tmp / 'gov.sqlite3'}", secret=b"test-secret")
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url,
                             governance_channel=GOV_CHANNEL, content_owners=frozenset({OWNER}))
    app, pump = build(settings, home=home, governance=gov)      # the pump is not started: the test runs it
    app.policybot.embed_model = onnx_embed
    app.policybot.assistant.engine()
    server = serve_http(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"
    yield SimpleNamespace(stub=stub, post=SignedPoster(url, SECRET), gov=gov, home=home, knowledge=knowledge,
                          worker=pump.worker)
    server.shutdown()
    server.server_close()
    stub.stop()
    gov.close()
    mp.undo()


def _mention(slack, text: str, ts: str, user: str):
    from slack_stub import BOT_USER_ID
    ev = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts, "channel": CHANNEL,
          "event_ts": ts}
    assert slack.post.event(ev)[0] == 200
    return slack.stub.wait_for("chat.postMessage", 1, channel=CHANNEL, thread_ts=ts, timeout=30)[-1]


def _reindex(slack, name: str):
    status, _, _ = slack.post.command("reindex", user=OWNER, response_url=slack.stub.response_url(name))
    assert status == 200
    done = slack.stub.wait_for(f"response_url:{name}", 2, timeout=120)[1]
    return slack.gov.audit_events(kinds=["reindex"])[-1], done


def _drain(worker) -> None:
    while worker.run_once():
        pass


def _changed_posts(slack, thread_ts: str) -> list:
    return [c for c in slack.stub.find("chat.postMessage", channel=CHANNEL, thread_ts=thread_ts)
            if c.args.get("text", "").startswith("The answer to your question")]


def test_slack_opt_in_is_told_once_in_the_thread_when_the_answer_changes(slack):
    flips = _mention(slack, CHATGPT, ts="1700300001.000100", user=ASKER)
    stays = _mention(slack, COPILOT, ts="1700300002.000100", user=OTHER)
    assert flips.args["text"].startswith("Not allowed") and "tools-register.csv#ChatGPT" in flips.args["text"]
    assert find_button(flips.args["blocks"], ids.ACTION_SUBSCRIBE)["text"]["text"] == "Tell me if this changes"

    for msg, user, ts in ((flips, ASKER, "1700300001.000200"), (flips, ASKER, "1700300001.000200"),   # double click
                          (stays, OTHER, "1700300002.000200")):
        assert slack.post.click(msg.args | {"ts": ts}, ids.ACTION_SUBSCRIBE, user=user, channel=CHANNEL)[0] == 200
    told = slack.stub.wait_for("chat.postEphemeral", 3, channel=CHANNEL, timeout=30)
    assert {c.args["text"] for c in told} == {SUBSCRIBED}
    assert sorted(c.args["user"] for c in told) == [ASKER, ASKER, OTHER]
    subs = slack.gov.subscriptions()
    assert len(subs) == 2                                            # idempotent per answer and user
    assert subs[0].conversation_ref == {"channel": CHANNEL, "thread_ts": "1700300001.000100"}
    assert subs[0].verdict == "not_allowed" and subs[0].first_ref == "tools-register.csv#ChatGPT"
    assert ASKER not in repr([(s.user_key, s.conversation_ref) for s in subs])
    _drain(slack.worker)                                             # nothing owed yet
    assert _changed_posts(slack, "1700300001.000100") == []

    _approve_chatgpt(slack.knowledge / "tools-register.csv")
    ev, _ = _reindex(slack, "reindex-1")
    assert ev.detail["subscribers_checked"] == 2 and ev.detail["subscribers_notified"] == 1
    queued = [m for m in slack.gov.outbox() if m.kind == "answer.changed"]
    assert len(queued) == 1 and queued[0].status == "pending"
    assert queued[0].idempotency_key == f"answer.changed:{subs[0].id}:{ev.index_version}"
    _drain(slack.worker)
    posts = _changed_posts(slack, "1700300001.000100")
    assert len(posts) == 1
    text = posts[0].args["text"]
    assert text.startswith(f"The answer to your question '{CHATGPT}' has changed after the policy was updated: "
                           "was Not allowed, now ")
    new_words = text.split("was Not allowed, now ", 1)[1]
    assert not new_words.startswith("Not allowed") and "Ask again for the details." in text
    assert "(tools-register.csv#ChatGPT)" in text
    assert _changed_posts(slack, "1700300002.000100") == []         # the unchanged answer: nothing
    assert [m.status for m in slack.gov.outbox() if m.kind == "answer.changed"] == ["sent"]
    sub = slack.gov.subscriptions()[0]
    assert sub.verdict != "not_allowed" and sub.index_version == ev.index_version and sub.last_notified_at

    ev2, _ = _reindex(slack, "reindex-2")                            # a reindex that changes nothing
    assert ev2.index_version != ev.index_version
    assert ev2.detail["subscribers_checked"] == 2 and ev2.detail["subscribers_notified"] == 0
    _drain(slack.worker)
    assert len(_changed_posts(slack, "1700300001.000100")) == 1
    assert _changed_posts(slack, "1700300002.000100") == []
    assert len([m for m in slack.gov.outbox() if m.kind == "answer.changed"]) == 1


def test_teams_subscribe_verb_and_the_notice_reaches_the_conversation(tmp_path_factory, onnx_embed):
    from bot.governance.outbox import OutboxWorker
    from bot.teams.cards.answer import SUBSCRIBED_NOTE, VERB_SUBSCRIBE
    from bot.teams.notifier import TeamsNotifier
    from index.build import build_index, load_manifest
    from bot.reindex_followup import after_switch
    with running_bot(tmp_path_factory.mktemp("teams-optin"), onnx_embed) as t:
        conv = "a:1optin"
        status, _ = post(t.url, message(t.stub, CHATGPT, conversation_id=conv))
        assert status == 202
        card = t.stub.calls[-1].card
        subscribe = [a for a in card["actions"] if a["verb"] == VERB_SUBSCRIBE]
        assert len(subscribe) == 1 and subscribe[0]["data"]["event_id"]
        status, body = post(t.url, card_action(t.stub, VERB_SUBSCRIBE, subscribe[0]["data"], conversation_id=conv))
        assert status == 200 and body["statusCode"] == 200
        updated = valid_card(body["value"])
        assert SUBSCRIBED_NOTE in card_text(updated)
        assert VERB_SUBSCRIBE not in [a["verb"] for a in updated.get("actions", [])]
        (sub,) = t.gov.subscriptions()
        assert sub.platform == "teams" and sub.conversation_ref["conversation"]["id"] == conv
        assert sub.verdict == "not_allowed"

        folder = Path(load_manifest(t.home)["folder"])
        _approve_chatgpt(folder / "tools-register.csv")
        r = build_index(folder, t.home, embed_model=onnx_embed)
        f = after_switch(t.home, r.diff, governance=t.gov,
                         answer=lambda q, rulings: t.bot.assistant.engine().answer(q, rulings=rulings or None))
        assert f.errors == [] and (f.subscribers_checked, f.subscribers_notified) == (1, 1)
        t.stub.reset()
        worker = OutboxWorker(t.gov, {"teams": TeamsNotifier(t.bot, loop=t.server.loop)}, worker_id="optin-test")
        while worker.run_once():
            pass
        sent = [c for c in t.stub.delivered(conversation_id=conv)
                if "has changed after the policy was updated" in (c.activity.get("text") or "")]
        assert len(sent) == 1
        assert sent[0].activity["text"].startswith(f"The answer to your question '{CHATGPT}' has changed")
        assert "was Not allowed, now " in sent[0].activity["text"]
        assert [m.status for m in t.gov.outbox() if m.kind == "answer.changed"] == ["sent"]
