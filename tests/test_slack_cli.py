"""`policybot slack` as a real process: `--http --port N` serves http://127.0.0.1:N/slack/events
(401 without a valid signature, a signed mention answered in its thread through the Web API
stub), settings errors exit 2 naming the variable, and Socket Mode reaches apps.connections.open
with the app token."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import write_knowledge
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub

_SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
SECRET = "cli-signing-secret"
DROP = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy", "POLICYBOT_HOME",
        "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN", "POLICYBOT_SLACK_API_URL")


@pytest.fixture(scope="module")
def setup(tmp_path_factory, onnx_embed):
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("slack-cli")
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    with SlackStub() as stub:
        env = {k: v for k, v in os.environ.items() if k not in DROP}
        env.update(POLICYBOT_HOME=str(home), XDG_DATA_HOME=str(tmp / "xdg"), SLACK_BOT_TOKEN="xoxb-cli",
                   POLICYBOT_SLACK_API_URL=stub.api_url, POLICYBOT_SLACK_GOVERNANCE_CHANNEL="C0GOVCLI",
                   POLICYBOT_AUDIT_SECRET="cli-test")
        yield stub, env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_http_mode_serves_signed_requests_on_loopback(setup):
    stub, env = setup
    port = free_port()
    proc = subprocess.Popen(PB + ["slack", "--http", "--port", str(port)], env=env | {"SLACK_SIGNING_SECRET": SECRET},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.communicate()[1]
            try:
                if opener.open(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200:
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.1)
        with socket.socket() as s:   # bound to loopback only
            s.settimeout(1)
            assert s.connect_ex((_outside_address(), port)) != 0
        poster = SignedPoster(f"http://127.0.0.1:{port}/slack/events", SECRET)
        assert poster.post('{"type":"event_callback"}', "application/json", sign=False)[0] == 401
        ev = {"type": "app_mention", "user": "U0CLI0001", "ts": "1700300001.000100", "channel": "C0CLI0001",
              "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
        status, _, took = poster.event(ev)
        assert status == 200 and took < 3
        reply = stub.wait_for("chat.postMessage", channel="C0CLI0001", thread_ts="1700300001.000100")[-1]
        assert reply.args["text"].startswith("Not allowed") and "tools-register.csv#ChatGPT" in reply.args["text"]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/slack/events" in err


def _outside_address() -> str:
    """A non-loopback address of this machine (or a harmless stand-in when there is none)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))            # TEST-NET: nothing is sent
            addr = s.getsockname()[0]
            return addr if not addr.startswith("127.") else "192.0.2.1"
    except OSError:
        return "192.0.2.1"


@pytest.mark.parametrize("args,extra,missing", [
    (["--http"], {}, "SLACK_SIGNING_SECRET"),
    ([], {}, "SLACK_APP_TOKEN"),
    ([], {"SLACK_APP_TOKEN": "xoxb-wrong-kind"}, "xapp-"),
])
def test_missing_settings_exit_2_naming_the_variable(setup, args, extra, missing):
    _, env = setup
    r = subprocess.run(PB + ["slack", *args], env=env | extra, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and missing in r.stderr, r.stderr


def test_socket_mode_opens_a_connection_with_the_app_token(setup):
    stub, env = setup
    r = subprocess.run(PB + ["slack"], env=env | {"SLACK_APP_TOKEN": "xapp-1-A0-1-cli"}, capture_output=True,
                       text=True, timeout=90)
    opened = stub.find("apps.connections.open")
    assert opened and "xapp-1-A0-1-cli" in opened[-1].args.get("_auth", "")
    assert r.returncode == 1 and "not_allowed_token_type" in r.stderr     # the stub refuses the connection
