"""`policybot serve` in-process: one aiohttp loop hosting Slack (HTTP, signed, against the Web API
stub) and Teams (anonymous, against the connector stub) with /healthz, /readyz (ready, and 503 with
reasons), /metrics (counters, histogram and gauges move after questions), Slack retries and
re-sent Teams activities de-duplicated through the database, and the configuration rules."""
from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import urllib.error
import urllib.request
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub
from teams_stub import TeamsConnectorStub, message, post

pytestmark = pytest.mark.filterwarnings("ignore::aiohttp.web_exceptions.NotAppKeyWarning")

SECRET = "serve-signing-secret"
GOV = "C0GOVSERVE"
PROXY = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")


def get(url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=15) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def metric(text: str, name: str, **labels) -> float:
    """The value of one sample of the exposition text (0 when absent)."""
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        m = re.match(r"([a-zA-Z_:]+)(\{(.*)\})? (\S+)$", line)
        if not m or m.group(1) != name:
            continue
        got = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3) or ""))
        if all(got.get(k) == v for k, v in labels.items()):
            return float(m.group(4))
    return 0.0


@pytest.fixture(scope="module")
def served(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from bot.serve import ServeConfig, Service, serve_async
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("serve")
    mp = pytest.MonkeyPatch()
    for v in PROXY + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_WATCH_DIR",
                      "SLACK_APP_TOKEN", "POLICYBOT_TEAMS_APP_ID", "POLICYBOT_SLACK_MODE"):
        mp.delenv(v, raising=False)
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    slack = SlackStub().start()
    teams = TeamsConnectorStub().start()
    mp.setenv("SLACK_BOT_TOKEN", "xoxb-serve")
    mp.setenv("SLACK_SIGNING_SECRET", SECRET)
    mp.setenv("POLICYBOT_SLACK_API_URL", slack.api_url)
    mp.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", GOV)
    mp.setenv("POLICYBOT_TEAMS_ANONYMOUS", "1")
    gov = Governance(url=f"sqlite:///{tmp / 'gov.sqlite3'}", secret=b"serve-test")
    config = ServeConfig.from_env()
    assert config.slack_mode == "http" and config.teams
    svc = Service.build(home, None, config, governance=gov)
    ready = threading.Event()
    box = SimpleNamespace(port=None, loop=None, stop=None)

    def run() -> None:
        async def main():
            box.loop, box.stop = asyncio.get_running_loop(), asyncio.Event()

            def up(port):
                box.port = port
                ready.set()
            await serve_async(svc, "127.0.0.1", 0, box.stop, on_ready=up)
        asyncio.run(main())
    t = threading.Thread(target=run, daemon=True)
    t.start()
    assert ready.wait(60), "serve did not come up"
    base = f"http://127.0.0.1:{box.port}"
    yield SimpleNamespace(svc=svc, base=base, slack=slack, teams=teams, gov=gov, home=home,
                          poster=SignedPoster(base + "/slack/events", SECRET))
    box.loop.call_soon_threadsafe(box.stop.set)
    t.join(30)
    slack.stop()
    teams.stop()
    mp.undo()


def test_healthz(served):
    status, body = get(served.base + "/healthz")
    assert status == 200 and json.loads(body) == {"ok": True}


def test_readyz_ready_and_not_ready(served):
    from sqlalchemy import create_engine
    status, body = get(served.base + "/readyz")
    data = json.loads(body)
    assert status == 200 and data["ready"] and data["database"] == "ok" and data["reasons"] == []
    from index.build import read_current
    assert data["index"] == read_current(served.home)

    real = served.gov.engine
    served.gov.engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none",
                                      connect_args={"connect_timeout": 2})
    try:
        status, body = get(served.base + "/readyz")
    finally:
        served.gov.engine.dispose()
        served.gov.engine = real
    data = json.loads(body)
    assert status == 503 and not data["ready"] and data["database"] == "error"
    assert any(r.startswith("database unreachable") for r in data["reasons"])

    served.svc.draining = True
    try:
        status, body = get(served.base + "/readyz")
    finally:
        served.svc.draining = False
    assert status == 503 and "shutting down" in json.loads(body)["reasons"]
    assert get(served.base + "/readyz")[0] == 200


def test_readiness_without_an_index(tmp_path):
    from bot.serve import ServeConfig, Service
    svc = Service(home=tmp_path / "empty", chroma_url=None, config=ServeConfig())
    ok, checks = svc.readiness()
    assert not ok and checks["index"] == "missing" and "no index version is serving" in checks["reasons"]


def test_metrics_move_after_questions(served):
    status, before = get(served.base + "/metrics")
    assert status == 200
    assert metric(before, "policybot_index_info", version=served.svc._ready_version or "") in (0.0, 1.0)
    n_slack = metric(before, "policybot_questions_total", surface="slack", verdict="not_allowed")
    h_slack = metric(before, "policybot_answer_seconds_count", surface="slack")
    open_before = metric(before, "policybot_escalations_open")

    ev = {"type": "app_mention", "user": "U0SERVE01", "ts": "1700400001.000100", "channel": "C0SERVE01",
          "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
    assert served.poster.event(ev)[0] == 200
    reply = served.slack.wait_for("chat.postMessage", channel="C0SERVE01", thread_ts="1700400001.000100")[-1]
    assert reply.args["text"].startswith("Not allowed")
    # an escalated question (a tool the register does not know) opens an escalation
    ev2 = {"type": "message", "channel_type": "im", "channel": "D0SERVE02", "user": "U0SERVE02",
           "text": "Can I use Gemini to summarise a complaint?", "ts": "1700400002.000100",
           "event_ts": "1700400002.000100"}
    assert served.poster.event(ev2)[0] == 200
    served.slack.wait_for("chat.postMessage", channel="D0SERVE02")
    status, resp = post(served.base + "/api/messages", message(served.teams, "Can I use ChatGPT for council work?"))
    assert status in (200, 202)
    served.teams.wait_for(lambda c: c.kind in ("reply", "send") and c.card is not None)

    deadline = time.monotonic() + 10
    while True:
        after = get(served.base + "/metrics")[1]
        if metric(after, "policybot_questions_total", surface="teams") or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    # the press release (a prohibited tool) and the complaint (a tool not on the register: no until approved)
    assert metric(after, "policybot_questions_total", surface="slack", verdict="not_allowed") == n_slack + 2
    assert metric(after, "policybot_answer_seconds_count", surface="slack") == h_slack + 2
    assert metric(after, "policybot_answer_seconds_bucket", surface="slack", le="+Inf") == h_slack + 2
    assert sum(metric(after, "policybot_questions_total", surface="teams", verdict=v)
               for v in ("allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope")) >= 1
    assert metric(after, "policybot_escalations_open") >= open_before + 1
    assert "policybot_outbox_backlog" in after
    from index.build import read_current
    assert metric(after, "policybot_index_info", version=read_current(served.home)) == 1.0


def test_slack_retry_of_the_same_event_is_answered_once(served):
    ev = {"type": "app_mention", "user": "U0SERVE03", "ts": "1700400003.000100", "channel": "C0SERVE03",
          "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
    body = json.dumps({"token": "legacy", "team_id": "T0TEAM01", "api_app_id": "A0POLICY", "type": "event_callback",
                       "event": ev, "event_id": "Ev0SERVERETRY", "event_time": int(time.time())})
    before = metric(get(served.base + "/metrics")[1], "policybot_duplicate_events_total", surface="slack")
    # a forged (unsigned) copy is refused and does not block the genuine event
    assert served.poster.post(body, "application/json", sign=False)[0] == 401
    assert served.poster.post(body, "application/json")[0] == 200
    assert served.poster.post(body, "application/json", headers={"X-Slack-Retry-Num": "1",
                                                                 "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    served.slack.wait_for("chat.postMessage", channel="C0SERVE03")
    time.sleep(1.0)
    assert len(served.slack.find("chat.postMessage", channel="C0SERVE03")) == 1
    after = metric(get(served.base + "/metrics")[1], "policybot_duplicate_events_total", surface="slack")
    assert after == before + 1


def test_teams_resent_activity_is_answered_once(served):
    act = message(served.teams, "Can I use ChatGPT for council work?", conversation_id="a:1serve-dedup")
    assert post(served.base + "/api/messages", act)[0] in (200, 202)
    assert post(served.base + "/api/messages", act)[0] == 200
    served.teams.wait_for(lambda c: c.conversation_id == "a:1serve-dedup" and c.card is not None)
    time.sleep(1.0)
    answers = [c for c in served.teams.calls if c.conversation_id == "a:1serve-dedup" and c.card is not None]
    assert len(answers) == 1


def test_dedup_claims_once_and_releases(tmp_path):
    from bot.dedup import EventDedup
    from bot.governance.service import Governance
    with Governance(url=f"sqlite:///{tmp_path / 'd.sqlite3'}", secret=b"x") as gov:
        d = EventDedup(gov)
        assert d.claim("slack", "Ev1") and not d.claim("slack", "Ev1") and d.claim("teams", "Ev1")
        d.release("slack", "Ev1")
        assert d.claim("slack", "Ev1")
        from datetime import timedelta
        from bot.governance.models import utcnow
        assert d.purge(now=utcnow() + timedelta(days=2)) == 2


def test_config_from_env(tmp_path):
    from bot.serve import ConfigError, ServeConfig
    c = ServeConfig.from_env({})
    assert c.slack_mode is None and not c.teams and c.watch_dir is None
    assert ServeConfig.from_env({"SLACK_BOT_TOKEN": "x", "SLACK_APP_TOKEN": "y"}).slack_mode == "socket"
    assert ServeConfig.from_env({"SLACK_BOT_TOKEN": "x", "SLACK_APP_TOKEN": "y",
                                 "SLACK_SIGNING_SECRET": "z"}).slack_mode == "http"
    assert ServeConfig.from_env({"SLACK_BOT_TOKEN": "x", "SLACK_APP_TOKEN": "y", "SLACK_SIGNING_SECRET": "z",
                                 "POLICYBOT_SLACK_MODE": "socket"}).slack_mode == "socket"
    assert ServeConfig.from_env({"POLICYBOT_TEAMS_APP_ID": "a"}).teams
    assert ServeConfig.from_env({"POLICYBOT_WATCH_DIR": str(tmp_path)}).watch_dir == tmp_path
    for bad in ({"SLACK_BOT_TOKEN": "x"}, {"POLICYBOT_WATCH_DIR": str(tmp_path / "nope")},
                {"POLICYBOT_OUTBOX_LEASE_SECONDS": "soon"}, {"POLICYBOT_SLACK_MODE": "carrier-pigeon"}):
        with pytest.raises(ConfigError):
            ServeConfig.from_env(bad)


def test_json_log_lines_are_redacted():
    import io
    import logging
    from bot.serve import setup_logging
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    buf = io.StringIO()
    try:
        setup_logging({}, stream=buf)
        logging.getLogger("policybot.test").info("question from jane.doe@example.org about QQ 12 34 56 C",
                                                 extra={"surface": "slack"})
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved[0]:
            root.addHandler(h)
        root.setLevel(saved[1])
    line = json.loads(buf.getvalue().strip().splitlines()[-1])
    assert line["level"] == "info" and line["logger"] == "policybot.test" and line["surface"] == "slack"
    assert "jane.doe" not in line["message"] and "12 34 56" not in line["message"]
