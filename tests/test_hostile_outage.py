"""Platform outages must not drop the asker's reply (issue 15, item 2). Real apps on 127.0.0.1,
loopback stubs of the Slack Web API and the Bot Connector, a real governance store (SQLite in
tmp) whose outbox carries the replies:

- Slack: chat.postMessage answers 429 (Retry-After), 500, 500 ... then recovers: the reply is
  delivered exactly once, not before the Retry-After; a restart of the app during the outage
  loses nothing and keeps the thread's replies in order.
- Teams: the Bot Connector answers 500s: the reply is delivered once when it recovers, also
  across a restart."""
from __future__ import annotations

import itertools
import threading
import time
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub
from teams_stub import BotServer, TeamsConnectorStub, message, post

SECRET = "test-signing-secret"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")
FAST_RETRIES = {"base_delay": 0.2, "max_delay": 1.0}      # the outbox's backoff, shortened for tests
_ts = itertools.count(1)


@pytest.fixture(scope="module")
def world(tmp_path_factory, onnx_embed):
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("hostile-outage")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL",
                           "POLICYBOT_AUDIT_SECRET"):
        mp.delenv(v, raising=False)
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    yield SimpleNamespace(tmp=tmp, home=home, db=f"sqlite:///{tmp / 'gov.sqlite3'}")
    mp.undo()


# --------------------------------------------------------------------------- Slack
class SlackProcess:
    """One run of the Slack app (HTTP on 127.0.0.1, its outbox pump), as `policybot slack --http`."""

    def __init__(self, world, stub: SlackStub) -> None:
        from bot.governance.service import Governance
        from bot.slack.server import build, serve_http
        from bot.slack.settings import SlackSettings
        self.gov = Governance(url=world.db, secret=b"test-secret")
        settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url)
        self.app, self.pump = build(settings, home=world.home, governance=self.gov, pump_interval=0.1)
        for k, v in FAST_RETRIES.items():
            setattr(self.pump.worker.policy, k, v)
        self.pump.start()
        self.app.policybot.assistant.engine()
        self.server = serve_http(self.app, "127.0.0.1", 0)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.post = SignedPoster(f"http://127.0.0.1:{self.server.server_port}/slack/events", SECRET)

    def mention(self, text: str, channel: str, thread_ts: str | None = None) -> str:
        ts = f"1700500{next(_ts):03d}.000100"
        ev = {"type": "app_mention", "user": "U0ASKER02", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
              "channel": channel, "event_ts": ts, **({"thread_ts": thread_ts} if thread_ts else {})}
        assert self.post.event(ev)[0] == 200
        return ts

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.pump.stop()
        self.gov.close()


def _replies(gov, status: str | None = None):
    return [m for m in gov.outbox(status) if m.kind == "answer.reply"]


def _wait(predicate, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_slack_reply_survives_429_and_500s_and_is_delivered_once(world):
    with SlackStub() as stub:
        app = SlackProcess(world, stub)
        try:
            stub.fail_next(1, status=429, retry_after=1, method="chat.postMessage")
            stub.fail_next(3, status=500, method="chat.postMessage")
            ts = app.mention("Can I use ChatGPT to draft a press release?", channel="C0OUTAGE1")
            posted = stub.wait_for("chat.postMessage", 1, timeout=60, channel="C0OUTAGE1", thread_ts=ts)
            assert posted[0].args["text"].startswith("Not allowed"), posted[0].args["text"]
            tries = [c for c in stub.calls if c.method == "chat.postMessage" and c.args.get("thread_ts") == ts]
            assert [c.status for c in tries] == [429, 500, 500, 500, 200]
            assert tries[1].at - tries[0].at >= 0.9                 # Retry-After: 1 honoured
            time.sleep(1.0)                                          # a second delivery would show by now
            assert len(stub.find("chat.postMessage", channel="C0OUTAGE1", thread_ts=ts)) == 1
            assert all(m.status == "sent" for m in _replies(app.gov))
        finally:
            app.stop()


def test_slack_replies_owed_during_an_outage_survive_a_restart_in_order(world):
    with SlackStub() as stub:
        first = SlackProcess(world, stub)
        try:
            stub.fail_next(10_000, status=500, method="chat.postMessage")     # Slack is down
            ts = first.mention("Can I use Copilot Chat to summarise an internal report?", channel="C0OUTAGE2")
            _wait(lambda: any(m.attempts >= 1 for m in _replies(first.gov, "pending")), what="a failed reply")
            first.mention("what about with personal data?", channel="C0OUTAGE2", thread_ts=ts)
            _wait(lambda: len(_replies(first.gov, "pending")) >= 2, what="the follow-up's reply queued")
            assert not stub.find("chat.postMessage", channel="C0OUTAGE2")
        finally:
            first.stop()                   # the process goes away with both replies owed
        stub.reset()                       # ... and Slack recovers
        second = SlackProcess(world, stub)
        try:
            posted = stub.wait_for("chat.postMessage", 2, timeout=60, channel="C0OUTAGE2", thread_ts=ts)
            texts = [c.args["text"] for c in posted]
            assert texts[0].startswith("Allowed with conditions") and texts[1].startswith("Not allowed"), texts
            time.sleep(1.0)
            assert len(stub.find("chat.postMessage", channel="C0OUTAGE2", thread_ts=ts)) == 2
            assert not _replies(second.gov, "pending")
        finally:
            second.stop()


# --------------------------------------------------------------------------- Teams
class TeamsProcess:
    """One run of the Teams app (aiohttp on 127.0.0.1 with its outbox worker), as `policybot teams`."""

    def __init__(self, world) -> None:
        from bot.assistant import Assistant
        from bot.governance.service import Governance
        from bot.teams.app import create_app
        from bot.teams.server import build_web_app
        from bot.teams.settings import TeamsSettings
        self.gov = Governance(world.db, home=world.home, secret=b"test-secret")
        bot = create_app(Assistant(home=world.home, governance=self.gov), TeamsSettings(anonymous=True))
        self.server = BotServer(build_web_app(bot, outbox_interval=0.1, outbox_options=FAST_RETRIES)).start()
        self.url = self.server.url

    def stop(self) -> None:
        self.server.stop()
        self.gov.close()


def _cards(stub: TeamsConnectorStub, conversation: str):
    return [c for c in stub.delivered(conversation_id=conversation) if c.card]


def test_teams_reply_survives_an_outage_and_a_restart(world):
    with TeamsConnectorStub() as stub:
        first = TeamsProcess(world)
        conv = "a:1outage-teams"
        try:
            stub.fail_next(10_000, status=500)                       # the Bot Connector is down
            act = message(stub, "Can I use ChatGPT to draft a press release?", conversation_id=conv)
            assert post(first.url, act)[0] in (200, 202)
            _wait(lambda: any(m.attempts >= 2 for m in _replies(first.gov, "pending")), what="failed retries")
            assert not _cards(stub, conv)
        finally:
            first.stop()
        stub.reset()
        second = TeamsProcess(world)
        try:
            stub.wait_for(lambda c: c.status < 300 and c.conversation_id == conv and c.card is not None, timeout=60)
            time.sleep(1.0)
            cards = _cards(stub, conv)
            assert len(cards) == 1, [(c.kind, c.status) for c in stub.calls]
            assert "Not allowed" in str(cards[0].card)
            assert not _replies(second.gov, "pending")
        finally:
            second.stop()


def test_teams_reply_recovers_from_429_and_500_once(world):
    with TeamsConnectorStub() as stub:
        app = TeamsProcess(world)
        conv = "a:1flaky-teams"
        try:
            stub.fail_next(1, status=429, retry_after=1)     # the typing indicator
            stub.fail_next(1, status=429, retry_after=1)     # the answer, in the turn
            stub.fail_next(2, status=500)                    # the worker's first retries
            act = message(stub, "Can I use ChatGPT to draft a press release?", conversation_id=conv)
            assert post(app.url, act)[0] in (200, 202)
            stub.wait_for(lambda c: c.status < 300 and c.conversation_id == conv and c.card is not None, timeout=60)
            time.sleep(1.0)
            assert len(_cards(stub, conv)) == 1
        finally:
            app.stop()
