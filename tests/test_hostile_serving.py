"""Replays, huge bodies and malformed bodies against the real servers on 127.0.0.1 (issue 15,
item 6): `policybot slack --http` (bot/slack/server.py) answers a replayed event (identical, or
Slack's retry with X-Slack-Retry-Num) once, refuses a body over its cap with 413 from the
Content-Length alone, and answers a malformed or non-UTF-8 body with 400 (401 unsigned), never a
500; `policybot teams` (bot/teams/server.py) answers a repeated activity once."""
from __future__ import annotations

import json
import socket
import threading
import time
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub
from teams_stub import message, post, running_bot

from bot.slack.server import build, serve_http

SECRET = "test-signing-secret"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")


def _start(app):
    server = serve_http(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/slack/events"


@pytest.fixture(scope="module")
def slack(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from bot.slack.settings import SlackSettings
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("hostile-serving")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL"):
        mp.delenv(v, raising=False)
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    stub = SlackStub().start()
    gov = Governance(url=f"sqlite:///{tmp / 'gov.sqlite3'}", secret=b"test-secret")
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url)
    apps, servers, urls = {}, [], {}
    for name, g in (("with-db", gov), ("no-db", None)):     # dedup through the database, and in memory
        app, _ = build(settings, home=home, governance=g)
        app.policybot.assistant.engine()
        server, url = _start(app)
        apps[name], urls[name] = app, url
        servers.append(server)
    yield SimpleNamespace(stub=stub, urls=urls, gov=gov, post={n: SignedPoster(u, SECRET) for n, u in urls.items()})
    for s in servers:
        s.shutdown()
        s.server_close()
    stub.stop()
    gov.close()
    mp.undo()


def _event_body(event_id: str, ts: str, channel: str) -> str:
    ev = {"type": "app_mention", "user": "U0ASKER06", "text": f"<@{BOT_USER_ID}> Can I use ChatGPT for a press release?",
          "ts": ts, "channel": channel, "event_ts": ts}
    return json.dumps({"token": "legacy", "team_id": "T0TEAM01", "api_app_id": "A0POLICY", "type": "event_callback",
                       "event": ev, "event_id": event_id, "event_time": int(time.time()),
                       "authorizations": [{"team_id": "T0TEAM01", "user_id": BOT_USER_ID, "is_bot": True}]})


@pytest.mark.parametrize("which", ["with-db", "no-db"])
def test_a_replayed_slack_event_is_answered_once(slack, which):
    channel, ts = f"C0REPLAY{which[:2].upper()}", "1700400001.000100"
    body = _event_body(f"EvReplay{which}", ts, channel)
    poster = slack.post[which]
    assert poster.post(body, "application/json")[0] == 200
    assert poster.post(body, "application/json")[0] == 200                   # identical replay
    assert poster.post(body, "application/json", headers={"X-Slack-Retry-Num": "1",
                                                            "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    slack.stub.wait_for("chat.postMessage", 1, timeout=30, channel=channel, thread_ts=ts)
    time.sleep(1.5)                     # time for a wrongly handled replay to show up
    assert len(slack.stub.find("chat.postMessage", channel=channel, thread_ts=ts)) == 1
    # a different event is still answered
    other = _event_body(f"EvOther{which}", "1700400002.000100", channel)
    assert poster.post(other, "application/json")[0] == 200
    slack.stub.wait_for("chat.postMessage", 1, timeout=30, channel=channel, thread_ts="1700400002.000100")


def test_a_forged_event_does_not_block_the_genuine_one(slack):
    channel, ts = "C0FORGED1", "1700400003.000100"
    body = _event_body("EvForgedFirst", ts, channel)
    assert SignedPoster(slack.urls["with-db"], "wrong-secret").post(body, "application/json")[0] == 401
    assert slack.post["with-db"].post(body, "application/json")[0] == 200
    slack.stub.wait_for("chat.postMessage", 1, timeout=30, channel=channel, thread_ts=ts)


def _raw_request(url: str, head: str, body: bytes = b"", timeout: float = 30) -> tuple[int, bytes]:
    """Send raw bytes (headers, then `body`) and read the status line and what follows."""
    host, port = url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(head.encode("latin-1") + body)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return int(data.split(b" ", 2)[1]), data


def test_a_huge_body_is_refused_with_413_before_it_is_read(slack):
    """Content-Length says 200 MB and only the headers are sent: the answer comes without the
    server waiting for (or reading) the body."""
    head = ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {200 * 1024 * 1024}\r\nX-Slack-Request-Timestamp: {int(time.time())}\r\n"
            "X-Slack-Signature: v0=00\r\n\r\n")
    status, _ = _raw_request(slack.urls["no-db"], head, b"{" + b" " * 1000)
    assert status == 413


@pytest.mark.parametrize("content_type, body", [
    ("application/json", b'{"type": "event_callback", "event": {'),                  # malformed JSON
    ("application/json", b'{"type": "event_callback", "x": "\xff\xfe\xfa"}'),        # not UTF-8
    ("application/json", b"[1, 2, 3]"),                                               # JSON, not an object
    ("application/x-www-form-urlencoded", b"payload=%7Bnot-json"),                    # malformed interaction
])
def test_malformed_bodies_get_400_signed_and_401_unsigned_never_500(slack, content_type, body):
    poster = slack.post["with-db"]
    for signed in (True, False):
        headers = {"Content-Type": content_type}
        if signed:
            ts = str(int(time.time()))
            import hashlib
            import hmac
            sig = hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
            headers.update({"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}"})
        head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()) + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        status, raw = _raw_request(poster.url, head, body)
        assert status == (400 if signed else 401), (signed, raw[:300])
        assert b"Traceback" not in raw


# --------------------------------------------------------------------------- Teams
@pytest.fixture(scope="module")
def teams(tmp_path_factory, onnx_embed):
    with running_bot(tmp_path_factory.mktemp("hostile-teams"), onnx_embed) as env:
        yield env


def test_a_repeated_teams_activity_is_answered_once(teams):
    teams.stub.reset()
    act = message(teams.stub, "Can I use ChatGPT to draft a press release?", conversation_id="a:1replayed")
    for _ in range(3):
        assert post(teams.url, act)[0] in (200, 202)
    time.sleep(1.5)                     # time for a wrongly handled repeat to show up
    answers = [c for c in teams.stub.calls if c.activity.get("type") == "message" and c.card]
    assert len(answers) == 1, [c.activity.get("type") for c in teams.stub.calls]
    second = message(teams.stub, "Can I use ChatGPT to draft a press release?", conversation_id="a:1replayed")
    assert post(teams.url, second)[0] == 202
    assert len([c for c in teams.stub.calls if c.activity.get("type") == "message" and c.card]) == 2


@pytest.mark.parametrize("body", [b'{"type": "message", ', b'{"type":"message","text":"\xff\xfe"}', b"[1, 2]",
                                  b'"x"', b"{}", b'{"type": "message", "from": 5}'])
def test_a_teams_body_that_is_not_an_activity_gets_400_never_500(teams, body):
    head = ("POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")
    status, raw = _raw_request(teams.url, head, body)
    assert status == 400, raw[:300]


def test_socket_mode_handles_a_redelivered_event_once(tmp_path, onnx_embed, monkeypatch):
    """Socket Mode: the same envelope's event (same event_id) dispatched again to the real Bolt app
    is acknowledged and not answered twice."""
    from slack_bolt.request import BoltRequest

    from bot.slack.settings import SlackSettings
    from index.build import build_index
    for v in PROXY_VARS:
        monkeypatch.delenv(v, raising=False)
    home = tmp_path / "home"
    build_index(write_knowledge(tmp_path / "k"), home, embed_model=onnx_embed)
    with SlackStub() as stub:
        app, _ = build(SlackSettings(bot_token="xoxb-test", app_token="xapp-test", api_url=stub.api_url),
                       home=home, socket_mode=True)
        body = json.loads(_event_body("EvSocket1", "1700400009.000100", "C0SOCKET1"))
        for _ in range(3):
            resp = app.dispatch(BoltRequest(body=body, mode="socket_mode"))
            assert resp.status == 200
        stub.wait_for("chat.postMessage", 1, timeout=30, channel="C0SOCKET1")
        time.sleep(1.5)
        assert len(stub.find("chat.postMessage", channel="C0SOCKET1")) == 1
