"""Progressive answers in Teams (issue 9 item 4): with the optional LLM composer on, in a personal
chat the engine's deterministic verdict goes out first as a streaming update (typing activity,
streaminfo entity streamType "streaming"), then the final, guarded answer card closes the stream
(message with streaminfo streamType "final" and the stream id). Real Agents SDK app on 127.0.0.1,
the loopback Bot Connector stub (tests/teams_stub.py) and the loopback OpenAI-compatible stub
(tests/llm_stub.py). With the composer off (or in a channel), typing then one card, as before."""
from __future__ import annotations

import os

import pytest

from llm_stub import LLMStub
from teams_stub import card_text, message, post, running_bot, valid_card

from bot.teams.cards import answer_fallback_text

pytest.importorskip("llama_index.llms.openai_like")

NOT_ALLOWED_Q = "Can I use ChatGPT for council work?"
PROXY_VARS = [v for v in os.environ if v.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")]


@pytest.fixture(scope="module")
def teams(tmp_path_factory, onnx_embed):
    saved = os.environ.pop("POLICYBOT_LLM", None)
    try:
        with LLMStub("good") as llm, running_bot(tmp_path_factory.mktemp("teams-stream"), onnx_embed) as env:
            env.llm = llm
            env.det = env.bot.assistant.engine().answer(NOT_ALLOWED_Q)     # composer off: deterministic
            yield env
    finally:
        if saved is not None:
            os.environ["POLICYBOT_LLM"] = saved


@pytest.fixture
def t(teams):
    teams.stub.reset()
    return teams


@pytest.fixture
def llm_on(teams, monkeypatch):
    for v in PROXY_VARS:
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setenv("POLICYBOT_LLM", "openai")
    monkeypatch.setenv("POLICYBOT_LLM_ENDPOINT", teams.llm.url)
    monkeypatch.setenv("POLICYBOT_LLM_MODEL", "stub-model")
    # generous: a loaded machine must not turn a good reply into a timeout (issue 17 item 7)
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "60")
    teams.llm.mode, teams.llm.delay = "good", 120.0
    teams.llm.release.clear()
    return teams.llm


def ask(t, text: str = NOT_ALLOWED_Q, **kw) -> list:
    status, _ = post(t.url, message(t.stub, text, **kw))
    assert status == 202
    return [c for c in t.stub.calls if c.status < 300]


def stream_info(activity: dict) -> dict | None:
    return next((e for e in activity.get("entities") or [] if e.get("type") == "streaminfo"), None)


def streamed(calls: list) -> tuple[dict, dict]:
    """(verdict-first streaming update, final message) of a progressive answer."""
    assert [c.activity.get("type") for c in calls] == ["typing", "typing", "message"]
    assert stream_info(calls[0].activity) is None                      # the plain typing indicator
    first, last = calls[1].activity, calls[2].activity
    info = stream_info(first)
    assert info["streamType"] == "streaming" and info["streamSequence"] == 1
    final = stream_info(last)
    assert final["streamType"] == "final" and final["streamId"] == calls[1].result["id"]
    return first, last


def test_good_composer_streams_the_deterministic_verdict_then_the_reworded_card(t, llm_on):
    first, last = streamed(ask(t))
    assert first["text"] == answer_fallback_text(t.det)
    assert first["text"].startswith(f"{t.det.verdict_words}:") and t.det.verdict_words == "Not allowed"
    card = valid_card(last["attachments"][0]["content"])
    assert "In short: no." in card_text(card)                          # the stub's rewording
    assert last["summary"].startswith("Not allowed: In short: no.")


def test_overconfident_flip_keeps_the_deterministic_verdict_in_the_final_card(t, llm_on):
    llm_on.mode = "overconfident_flip"
    first, last = streamed(ask(t))
    assert first["text"] == answer_fallback_text(t.det)
    assert last["summary"] == answer_fallback_text(t.det)             # guard rejected: deterministic
    assert "Yes, you can" not in card_text(valid_card(last["attachments"][0]["content"]))


def test_slow_composer_times_out_and_the_final_card_is_the_deterministic_answer(t, llm_on, monkeypatch):
    # event-based: the stub holds its reply until released, so only the timeout can end the wait
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "0.5")
    llm_on.mode = "slow"
    try:
        first, last = streamed(ask(t))
    finally:
        llm_on.release.set()
    assert first["text"] == last["summary"] == answer_fallback_text(t.det)


def test_channel_mention_is_not_streamed_even_with_the_composer_on(t, llm_on):
    calls = ask(t, conversation_id="19:chan@thread.tacv2", conversation_type="channel", mention=True)
    assert [c.activity.get("type") for c in calls] == ["typing", "message"]
    assert not any(stream_info(c.activity) for c in calls)
    assert calls[1].activity["summary"].startswith("Not allowed: In short: no.")


def test_composer_off_sends_typing_then_one_card_without_streaminfo(t, monkeypatch):
    monkeypatch.delenv("POLICYBOT_LLM", raising=False)
    seen = len(t.llm.requests)
    calls = ask(t)
    assert [c.activity.get("type") for c in calls] == ["typing", "message"]
    assert not any(stream_info(c.activity) for c in calls)
    assert calls[1].activity["summary"] == answer_fallback_text(t.det)
    assert len(t.llm.requests) == seen
