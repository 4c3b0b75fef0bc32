"""`policybot serve` as a real process on loopback: Slack (HTTP) and Teams (anonymous) in one
process with /healthz, /readyz and /metrics; JSON log lines without personal data; SIGTERM while
an answer is in flight lets it finish (the reply is still posted) and exits 0; a configuration
error exits 2 naming the variable."""
from __future__ import annotations

import json
import signal
import subprocess
import time

import pytest

from conftest import write_knowledge
from serve_support import PB, HoldingSlackStub, base_env, free_port, http_get, stop_process, wait_http
from slack_stub import BOT_USER_ID, SignedPoster
from teams_stub import TeamsConnectorStub, message, post

SECRET = "process-signing-secret"


@pytest.fixture(scope="module")
def setup(tmp_path_factory, onnx_embed):
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("serve-process")
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    with HoldingSlackStub() as slack, TeamsConnectorStub() as teams:
        env = base_env(POLICYBOT_HOME=str(home), XDG_DATA_HOME=str(tmp / "xdg"), SLACK_BOT_TOKEN="xoxb-proc",
                       SLACK_SIGNING_SECRET=SECRET, POLICYBOT_SLACK_API_URL=slack.api_url,
                       POLICYBOT_SLACK_GOVERNANCE_CHANNEL="C0GOVPROC", POLICYBOT_TEAMS_ANONYMOUS="1",
                       POLICYBOT_AUDIT_SECRET="proc-test", POLICYBOT_OUTBOX_INTERVAL="0.5")
        yield slack, teams, env, tmp


def test_serve_process_endpoints_logs_and_graceful_shutdown(setup):
    slack, teams, env, tmp = setup
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(PB + ["serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_http(base + "/healthz", proc, timeout=90)
        wait_http(base + "/readyz", proc, timeout=30)
        ready = json.loads(http_get(base + "/readyz")[1])
        assert ready["ready"] and ready["database"] == "ok" and ready["index"]

        # Teams and Slack answered by the same process
        status, _ = post(base + "/api/messages", message(teams, "Can I use ChatGPT for council work?"))
        assert status in (200, 202)
        teams.wait_for(lambda c: c.card is not None)
        poster = SignedPoster(base + "/slack/events", SECRET)
        ev = {"type": "app_mention", "user": "U0PROC01", "ts": "1700600001.000100", "channel": "C0PROC01",
              "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release for jane.doe@example.org?"}
        assert poster.event(ev)[0] == 200
        slack.wait_for("chat.postMessage", channel="C0PROC01", timeout=20)
        metrics = http_get(base + "/metrics")[1]
        assert 'policybot_questions_total{surface="slack",verdict="not_allowed"} 1.0' in metrics
        assert 'policybot_questions_total{surface="teams"' in metrics
        assert "policybot_answer_seconds_bucket" in metrics and "policybot_index_info{" in metrics

        # SIGTERM while an answer is in flight: its reply is still posted, then a clean exit
        slack.hold_next("chat.postMessage", 1.5, channel="C0PROC02")
        ev2 = {"type": "app_mention", "user": "U0PROC02", "ts": "1700600002.000100", "channel": "C0PROC02",
               "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
        assert poster.event(ev2)[0] == 200
        time.sleep(0.3)
        t0 = time.monotonic()
        code, err = stop_process(proc, signal.SIGTERM, timeout=30)
    finally:
        if proc.poll() is None:
            code, err = stop_process(proc, signal.SIGKILL)
    assert code == 0, err[-2000:]
    assert slack.find("chat.postMessage", channel="C0PROC02"), "the in-flight answer was dropped"
    assert time.monotonic() - t0 < 30
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    assert all({"time", "level", "logger", "message"} <= set(r) for r in lines)
    assert any(r["message"].startswith("policybot serving on http://127.0.0.1:") for r in lines)
    assert any(r["message"] == "stopped" for r in lines)
    assert "jane.doe" not in err and "example.org" not in err


def test_configuration_errors_exit_2(setup):
    _, _, env, tmp = setup
    r = subprocess.run(PB + ["serve", "--port", str(free_port())], env=env | {"POLICYBOT_WATCH_DIR": str(tmp / "nope")},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "POLICYBOT_WATCH_DIR" in r.stderr
    env2 = {k: v for k, v in env.items() if k != "SLACK_SIGNING_SECRET"}
    r = subprocess.run(PB + ["serve", "--port", str(free_port())], env=env2, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "SLACK_SIGNING_SECRET" in r.stderr


def test_socket_mode_and_teams_in_one_process(setup):
    """SLACK_APP_TOKEN without a signing secret: Slack over Socket Mode (the stub refuses the
    connection, which is logged and retried) while Teams keeps answering on the same process."""
    slack, teams, env, tmp = setup
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in env.items() if k != "SLACK_SIGNING_SECRET"} | {"SLACK_APP_TOKEN": "xapp-proc"}
    proc = subprocess.Popen(PB + ["serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_http(base + "/readyz", proc, timeout=90)
        call = slack.wait_for("apps.connections.open", timeout=20)[-1]
        assert "xapp-proc" in call.args.get("_auth", "") + call.args.get("token", "")
        assert http_get(base + "/slack/events")[0] in (404, 405)          # no HTTP endpoint in Socket Mode
        status, _ = post(base + "/api/messages", message(teams, "Can I use ChatGPT for council work?",
                                                           conversation_id="a:1socket-mode"))
        assert status in (200, 202)
        teams.wait_for(lambda c: c.conversation_id == "a:1socket-mode" and c.card is not None)
    finally:
        code, err = stop_process(proc, signal.SIGTERM, timeout=30)
    assert code == 0, err[-2000:]
    assert "Socket Mode connection failed" in err
