"""Progressive answers in Slack (issue 9 item 4): with the optional LLM composer on, the engine's
deterministic verdict is posted first (chat.postMessage) and then replaced (chat.update of that
message) by the final, guarded answer. Real Bolt app over HTTP on 127.0.0.1, the loopback Slack
Web API stub (tests/slack_stub.py) and the loopback OpenAI-compatible stub (tests/llm_stub.py).
With the composer off, exactly one chat.postMessage and no chat.update, as before."""
from __future__ import annotations

import os
import threading
import time
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from llm_stub import LLMStub
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub

from bot.slack import ids
from bot.slack.blocks.answer import build_answer_text
from bot.slack.server import build, serve_http
from bot.slack.settings import SlackSettings

pytest.importorskip("llama_index.llms.openai_like")

SECRET = "test-signing-secret"
NOT_ALLOWED_Q = "Can I use ChatGPT for council work?"
PROXY_VARS = [v for v in os.environ if v.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")]
_ts = iter(range(100, 10_000))


@pytest.fixture(scope="module")
def slack(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("slack-stream")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ["POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_LLM"]:
        mp.delenv(v, raising=False)
    home = tmp / "home"
    build_index(write_knowledge(tmp / "knowledge"), home, embed_model=onnx_embed)
    stub = SlackStub().start()
    llm = LLMStub("good").start()
    gov = Governance(url=f"sqlite:///{tmp / 'gov.sqlite3'}", secret=b"test-secret")
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url)
    app, _pump = build(settings, home=home, governance=gov, pump_interval=0.1)
    engine = app.policybot.assistant.engine()
    server = serve_http(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"
    det = engine.answer(NOT_ALLOWED_Q)                 # composer off: the deterministic answer
    yield SimpleNamespace(stub=stub, llm=llm, post=SignedPoster(url, SECRET), engine=engine, det=det)
    server.shutdown()
    server.server_close()
    llm.stop()
    stub.stop()
    gov.close()
    mp.undo()


@pytest.fixture
def llm_on(slack, monkeypatch):
    monkeypatch.setenv("POLICYBOT_LLM", "openai")
    monkeypatch.setenv("POLICYBOT_LLM_ENDPOINT", slack.llm.url)
    monkeypatch.setenv("POLICYBOT_LLM_MODEL", "stub-model")
    # generous: a loaded machine must not turn a good reply into a timeout (issue 17 item 7)
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "60")
    slack.llm.mode, slack.llm.delay = "good", 120.0
    slack.llm.release.clear()
    return slack.llm


def mention(slack, text: str, channel: str):
    ts = f"1700200{next(_ts):04d}.000100"
    ev = {"type": "app_mention", "user": "U0ASKER01", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
          "channel": channel, "event_ts": ts}
    status, body, took = slack.post.event(ev)
    assert status == 200 and took < 3, (status, body, took)
    return ts


def calls_in(slack, channel: str) -> list:
    return [c for c in slack.stub.calls if c.status == 200 and c.args.get("channel") == channel
            and c.method.startswith("chat.")]


def progressive(slack, channel: str, text: str = NOT_ALLOWED_Q):
    """Ask in `channel`; return (first call, last call) once the verdict-first message was updated."""
    ts = mention(slack, text, channel)
    update = slack.stub.wait_for("chat.update", 1, timeout=20, channel=channel)[-1]
    first, *_, last = calls_in(slack, channel)
    assert first.method == "chat.postMessage" and first.args["thread_ts"] == ts
    assert last is update and update.args["ts"] == first.result["ts"]     # the same message, replaced
    assert len(slack.stub.find("chat.postMessage", channel=channel)) == 1
    return first, last


def buttons(blocks: list[dict]) -> list[str]:
    return [e["action_id"] for b in blocks if b.get("type") == "actions" for e in b["elements"]]


def test_good_composer_shows_the_deterministic_verdict_first_then_the_reworded_answer(slack, llm_on):
    first, last = progressive(slack, "C0STREAM1")
    det_words = slack.det.verdict_words
    assert first.args["text"] == build_answer_text(slack.det)
    assert first.args["text"].startswith(f"{det_words}:") and det_words == "Not allowed"
    assert det_words in first.args["blocks"][0]["text"]["text"]
    assert not buttons(first.args["blocks"])                                # no buttons until final
    assert last.args["text"].startswith("Not allowed: In short: no.")      # the stub's rewording
    assert ids.ACTION_HELPFUL in buttons(last.args["blocks"])


def test_overconfident_flip_keeps_the_deterministic_verdict_in_the_final_message(slack, llm_on):
    llm_on.mode = "overconfident_flip"
    first, last = progressive(slack, "C0STREAM2")
    assert first.args["text"] == build_answer_text(slack.det)
    assert last.args["text"] == build_answer_text(slack.det)               # guard rejected: deterministic
    assert "Yes, you can" not in str(last.args["blocks"])
    assert last.args["blocks"][0]["text"]["text"].endswith("*Not allowed*")


def test_slow_composer_times_out_and_the_final_message_is_the_deterministic_answer(slack, llm_on, monkeypatch):
    # event-based: the stub holds its reply until released, so only the timeout can end the wait
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "0.5")
    llm_on.mode = "slow"
    try:
        first, last = progressive(slack, "C0STREAM3")
    finally:
        llm_on.release.set()
    assert first.args["text"] == last.args["text"] == build_answer_text(slack.det)
    assert ids.ACTION_HELPFUL in buttons(last.args["blocks"])


def test_composer_off_posts_one_answer_and_makes_no_streaming_calls(slack, monkeypatch):
    monkeypatch.delenv("POLICYBOT_LLM", raising=False)
    seen = len(slack.llm.requests)
    channel = "C0STREAM4"
    mention(slack, NOT_ALLOWED_Q, channel)
    slack.stub.wait_for("chat.postMessage", 1, channel=channel)
    time.sleep(0.5)                                  # anything after the answer would have arrived by now
    assert [c.method for c in calls_in(slack, channel)] == ["chat.postMessage"]
    assert not {"chat.startStream", "chat.appendStream", "chat.stopStream"} & set(slack.stub.methods())
    assert calls_in(slack, channel)[0].args["text"] == build_answer_text(slack.det)
    assert len(slack.llm.requests) == seen


def test_when_the_verdict_message_cannot_be_updated_the_final_answer_is_posted(slack, llm_on):
    channel = "C0STREAM5"
    slack.stub.error_next("chat.update", "cant_update_message", n=2)
    mention(slack, NOT_ALLOWED_Q, channel)
    posts = slack.stub.wait_for("chat.postMessage", 2, timeout=20, channel=channel)
    assert posts[0].args["text"] == build_answer_text(slack.det)                   # verdict first
    assert posts[-1].args["text"].startswith("Not allowed: In short: no.")        # then the final answer
    assert ids.ACTION_HELPFUL in buttons(posts[-1].args["blocks"])
