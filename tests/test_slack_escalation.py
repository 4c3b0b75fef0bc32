"""Escalation through the governance outbox, end to end over loopback: an escalated question ->
the governance channel message (redacted question, the bot's answer and reason, Claim / Answer /
Dismiss) -> Claim -> Answer modal (views.open) -> view_submission -> Governance.answer -> the
answer relayed into the asker's thread and the governance message updated to show who answered.
The outbox is drained by explicit OutboxWorker rounds (with a moving clock) so retries are
deterministic: 429 + Retry-After then 500 -> delivered later, exactly once. The SlackNotifier's
error mapping is checked against the stub too."""
from __future__ import annotations

import json
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from slack_stub import SignedPoster, SlackStub, find_button

from bot.slack import ids
from bot.slack.server import build, serve_http
from bot.slack.settings import SlackSettings

SECRET = "escalation-secret"
GOV = "C0GOV0002"
TEAM_MEMBER = "U0GOVTEAM"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")


@pytest.fixture(scope="module")
def env(tmp_path_factory, onnx_embed):
    from bot.governance.models import utcnow
    from bot.governance.service import Governance
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("slack-escalation")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL"):
        mp.delenv(v, raising=False)
    mp.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", GOV)
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    stub = SlackStub().start()
    clock = SimpleNamespace(now=utcnow())
    gov = Governance(url=f"sqlite:///{tmp / 'gov.sqlite3'}", secret=b"test-secret", clock=lambda: clock.now)
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url,
                             governance_channel=GOV)
    app, pump = build(settings, home=home, governance=gov)     # pump not started: rounds run by the tests
    server = serve_http(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"

    def run(advance: float = 0.0) -> int:
        """One outbox round at the test clock, moved on by `advance` seconds first."""
        clock.now = clock.now + timedelta(seconds=advance)
        return pump.worker.run_once(now=clock.now)

    yield SimpleNamespace(stub=stub, post=SignedPoster(url, SECRET), gov=gov, worker=pump.worker, run=run,
                          clock=clock)
    server.shutdown()
    server.server_close()
    stub.stop()
    gov.close()
    mp.undo()


def ask_in_dm(env, text: str, ts: str, channel: str = "D0ASKER09"):
    seen = len(env.stub.find("chat.postMessage", channel=channel))
    ev = {"type": "message", "channel_type": "im", "channel": channel, "user": "U0ASKER09", "text": text,
          "ts": ts, "event_ts": ts}
    assert env.post.event(ev)[0] == 200
    reply = env.stub.wait_for("chat.postMessage", seen + 1, channel=channel)[-1]
    esc = [e for e in env.gov.list() if e.conversation_ref.get("thread_ts") == ts]
    assert len(esc) == 1, "the question was not escalated"
    return reply, esc[0]


def gov_message(env, esc_id: int):
    posts = [c for c in env.stub.find("chat.postMessage", channel=GOV)
             if f"(#{esc_id})" in json.dumps(c.args["blocks"])]
    assert len(posts) == 1, f"{len(posts)} governance messages for escalation {esc_id}"
    return posts[0]


def test_escalate_claim_answer_relays_to_the_asker_and_updates_the_governance_message(env):
    reply, esc = ask_in_dm(env, "Can I use Gemini to summarise a complaint from Jane Smith of SW1A 1AA?",
                           ts="1700200001.000100")
    assert reply.args["text"].startswith("Not allowed")
    assert env.run() >= 1
    post = gov_message(env, esc.id)
    dumped = json.dumps(post.args)
    assert "Jane Smith" not in dumped and "SW1A 1AA" not in dumped and "[postcode]" in dumped
    assert "policybot answered:" in dumped and "Not allowed" in dumped and "Why it's here" in dumped
    gov_ts = env.gov.outbox(escalation_id=esc.id)[0].platform_ref["ts"]
    posted = post.args | {"ts": gov_ts}

    # Claim -> the message shows who claimed it
    assert env.post.click(posted, ids.ACTION_CLAIM, user=TEAM_MEMBER, channel=GOV)[0] == 200
    _wait(lambda: env.gov.get(esc.id).status == "claimed")
    env.run()
    claimed = env.stub.wait_for("chat.update", channel=GOV, ts=gov_ts)[-1]
    assert f"Claimed by <@{TEAM_MEMBER}>" in json.dumps(claimed.args["blocks"])
    assert find_button(claimed.args["blocks"], ids.ACTION_CLAIM) is None

    # Answer -> a modal -> an invalid submission is refused in the ack, a valid one goes through
    assert env.post.click(claimed.args | {"ts": gov_ts}, ids.ACTION_ANSWER, user=TEAM_MEMBER, channel=GOV)[0] == 200
    modal = env.stub.wait_for("views.open")[-1].args["view"]
    assert modal["callback_id"] == ids.VIEW_ANSWER and len(modal["title"]["text"]) <= 24
    status, body, _ = env.post.submit(modal, TEAM_MEMBER, {})
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    values = {"verdict": {"verdict_select": {"type": "static_select", "selected_option": {"value": "conditional"}}},
              "answer": {"answer_text": {"type": "plain_text_input",
                                         "value": "Yes, if the complaint is anonymised first (policy.md#3.1)."}},
              "publish": {"publish_ruling": {"type": "checkboxes", "selected_options": [{"value": "publish"}]}}}
    status, body, took = env.post.submit(modal, TEAM_MEMBER, values)
    assert status == 200 and body == "" and took < 3
    _wait(lambda: env.gov.get(esc.id).status == "answered")
    assert env.run() >= 2

    relay = env.stub.wait_for("chat.postMessage", channel="D0ASKER09", thread_ts="1700200001.000100")[-1]
    assert "Allowed with conditions" in relay.args["text"] and "anonymised" in relay.args["text"]
    assert "governance-rulings#R-1" in json.dumps(relay.args["blocks"])
    final = env.stub.wait_for("chat.update", 2, channel=GOV, ts=gov_ts)[-1]
    assert f"Answered by <@{TEAM_MEMBER}>" in json.dumps(final.args["blocks"])
    assert find_button(final.args["blocks"], ids.ACTION_ANSWER) is None
    e = env.gov.get(esc.id)
    # the team member's Slack id is kept only as a keyed hash; the card above still mentions them
    assert e.answered_by == env.gov.actor_ref(f"slack:{TEAM_MEMBER}") and TEAM_MEMBER not in e.answered_by
    assert e.ruling_id == "R-1" and e.publish_ruling

    # a click on a stale copy of the message (buttons still shown) opens nothing for a closed case
    opened = len(env.stub.find("views.open"))
    env.post.click(posted, ids.ACTION_DISMISS, user=TEAM_MEMBER, channel=GOV)
    env.stub.wait_for("chat.postEphemeral", user=TEAM_MEMBER, channel=GOV)
    assert len(env.stub.find("views.open")) == opened


def test_dismiss_tells_the_asker(env):
    _, esc = ask_in_dm(env, "Can I use Gemini to write a poem for the staff newsletter?", ts="1700200002.000100")
    env.run()
    post = gov_message(env, esc.id)
    gov_ts = env.gov.outbox(escalation_id=esc.id)[0].platform_ref["ts"]
    env.post.click(post.args | {"ts": gov_ts}, ids.ACTION_DISMISS, user=TEAM_MEMBER, channel=GOV)
    _wait(lambda: opened_modal(env, ids.VIEW_DISMISS) is not None)
    modal = opened_modal(env, ids.VIEW_DISMISS)
    env.post.submit(modal, TEAM_MEMBER, {"reason": {"reason_text": {"type": "plain_text_input",
                                                                     "value": "Not a work use."}}})
    _wait(lambda: env.gov.get(esc.id).status == "dismissed")
    env.run()
    relay = env.stub.wait_for("chat.postMessage", channel="D0ASKER09", thread_ts="1700200002.000100")[-1]
    assert "closed it: Not a work use." in relay.args["text"]
    update = env.stub.wait_for("chat.update", channel=GOV, ts=gov_ts)[-1]
    assert f"Dismissed by <@{TEAM_MEMBER}>" in json.dumps(update.args["blocks"])


def test_governance_buttons_outside_the_governance_channel_are_refused(env):
    esc = env.gov.list()[0]
    env.post.click({"blocks": [{"type": "actions", "elements": [
        {"type": "button", "action_id": ids.ACTION_CLAIM, "value": json.dumps({"esc": esc.id})}]}]},
        ids.ACTION_CLAIM, user="U0INTRUDER", channel="C0RANDOM1")
    note = env.stub.wait_for("chat.postEphemeral", user="U0INTRUDER")[-1]
    assert "governance channel" in note.args["text"]


def test_rate_limited_then_server_error_is_delivered_later_exactly_once(env):
    _, esc = ask_in_dm(env, "Can I use Claude to draft a tender specification?", ts="1700200003.000100")
    env.stub.fail_next(1, status=429, retry_after=7, method="chat.postMessage")
    env.stub.fail_next(1, status=500, method="chat.postMessage")
    assert env.run() == 1                               # 429
    msg = env.gov.outbox(escalation_id=esc.id)[0]
    assert msg.status == "pending" and "rate limited" in msg.last_error
    assert 7 <= (msg.next_attempt_at - env.clock.now).total_seconds() <= 8
    assert env.run(advance=3) == 0                      # Retry-After honoured: not due yet
    assert env.run(advance=5) == 1                      # 500
    msg = env.gov.outbox(escalation_id=esc.id)[0]
    assert msg.status == "pending" and "500" in msg.last_error
    assert env.run(advance=400) == 1                    # delivered
    for _ in range(3):
        env.run(advance=3600)
    msg = env.gov.outbox(escalation_id=esc.id)[0]
    assert msg.status == "sent" and msg.attempts == 3
    gov_message(env, esc.id)                            # exactly one successful post
    failed = [c for c in env.stub.calls if c.method == "chat.postMessage" and c.status != 200]
    assert [c.status for c in failed][-2:] == [429, 500]


@pytest.mark.parametrize("error,permanent", [("channel_not_found", True), ("invalid_auth", True),
                                             ("not_in_channel", True), ("internal_error", False)])
def test_notifier_maps_slack_errors(env, error, permanent):
    from bot.governance.outbox import OutboxItem
    from bot.slack.app import make_client
    from bot.slack.notifier import SlackNotifier
    notifier = SlackNotifier(make_client(SlackSettings(bot_token="xoxb-test", api_url=env.stub.api_url),
                                         rate_limit_retries=0))
    item = OutboxItem(id=1, kind="answer.relay", platform="slack", target={"channel": "D0X", "thread_ts": "1.2"},
                      payload={"status": "answered", "verdict": "allowed", "answer": "Yes.", "question": "q"},
                      idempotency_key="k", attempts=1)
    env.stub.error_next("chat.postMessage", error)
    r = notifier.send(item)
    assert not r.ok and r.permanent is permanent and error in r.error
    env.stub.fail_next(1, status=429, retry_after=12, method="chat.postMessage")
    r = notifier.send(item)
    assert not r.ok and r.retry_after == 12 and not r.permanent
    env.stub.fail_next(1, status=503, method="chat.postMessage")
    r = notifier.send(item)
    assert not r.ok and r.retry_after is None and not r.permanent
    r = notifier.send(item)
    assert r.ok and r.platform_ref["channel"] == "D0X"


def opened_modal(env, callback_id: str) -> dict | None:
    views = [c.args["view"] for c in env.stub.find("views.open") if c.args["view"]["callback_id"] == callback_id]
    return views[-1] if views else None


def _wait(pred, timeout: float = 10.0) -> bool:
    import time
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.02)
    raise AssertionError("condition not met in time")
