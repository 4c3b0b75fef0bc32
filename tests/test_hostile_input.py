"""Hostile input (issue 15, items 1, 5 and 7), through the real Bolt app over HTTP on 127.0.0.1,
the loopback Slack stub, a real index and a real governance store (SQLite in tmp):

- hidden characters (zero-width, full-width letters, look-alike letters) inside a tool name give
  the verdict of the plain name; personal data with a zero-width space inside is still redacted
  in the reply, the governance post, the database and the audit export;
- knowledge or questions holding Slack markup (<!channel>, <http://x|y>, <script>) reach Slack
  escaped in the top-level `text` of every message, not only in the blocks;
- an over-long question gets the one-line "too long" message, not an answer; control characters
  are removed before the question is understood."""
from __future__ import annotations

import io
import itertools
import json
import re
import threading
from types import SimpleNamespace

import pytest

from conftest import POLICY_MD, REGISTER_CSV, write_knowledge
from slack_stub import BOT_USER_ID, SignedPoster, SlackStub
from test_governance_support import all_text

from bot.normalize import MAX_QUESTION_CHARS, normalize_text
from bot.slack.server import build, serve_http
from bot.slack.settings import SlackSettings

SECRET = "test-signing-secret"
GOV_CHANNEL = "C0GOV0015"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")
ZW = "\u200b"
HOSTILE_TOOL = "Spark <!channel> <http://x|y> <script>"
HOSTILE_REGISTER = REGISTER_CSV + (
    "Otter.ai,Otter;OtterPilot,prohibited,,Must not be used for council work.,policy.md#2.2\n"
    f'"{HOSTILE_TOOL}",Spark,approved,public,"Public information only.",policy.md#2.1\n')
HOSTILE_CLAUSE = ("\n## 6. Markup\n\n6.1 Staff must never paste <script> tags, <!channel> alerts or <http://x|y> "
                  "links into an AI tool.\n")
_ts = itertools.count(1)


@pytest.fixture(scope="module")
def slack(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("hostile-input")
    mp = pytest.MonkeyPatch()
    for v in PROXY_VARS + ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_KNOWLEDGE"):
        mp.delenv(v, raising=False)
    mp.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", GOV_CHANNEL)
    knowledge = write_knowledge(tmp / "knowledge")
    (knowledge / "tools-register.csv").write_text(HOSTILE_REGISTER, encoding="utf-8")
    (knowledge / "policy.md").write_text(POLICY_MD + HOSTILE_CLAUSE, encoding="utf-8")
    home = tmp / "home"
    build_index(knowledge, home, embed_model=onnx_embed)
    stub = SlackStub().start()
    db_url = f"sqlite:///{tmp / 'gov.sqlite3'}"
    gov = Governance(url=db_url, secret=b"test-secret")
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=stub.api_url,
                             governance_channel=GOV_CHANNEL)
    app, pump = build(settings, home=home, governance=gov, pump_interval=0.1)
    pump.start()
    app.policybot.assistant.engine()
    server = serve_http(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"
    yield SimpleNamespace(stub=stub, post=SignedPoster(url, SECRET), gov=gov, db_url=db_url, app=app)
    server.shutdown()
    server.server_close()
    pump.stop()
    stub.stop()
    gov.close()
    mp.undo()


def ask(slack, text: str, channel: str = "C0HOSTILE"):
    """@mention the bot with `text`; the reply posted in the mention's thread."""
    ts = f"1700300{next(_ts):03d}.000100"
    ev = {"type": "app_mention", "user": "U0ASKER15", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
          "channel": channel, "event_ts": ts}
    status, body, _ = slack.post.event(ev)
    assert status == 200, (status, body)
    return slack.stub.wait_for("chat.postMessage", 1, timeout=30, channel=channel, thread_ts=ts)[-1]


def verdict_of(msg) -> str:
    return msg.args["text"].split(":", 1)[0]


# --------------------------------------------------------------------------- 1. hidden characters
@pytest.mark.parametrize("hidden", [f"ot{ZW}ter", "ＯＴＴＥＲ", "Ot\u200dter", "\u202eOtter\u202c", "Оtter"])
def test_hidden_characters_in_a_tool_name_give_the_plain_names_verdict(slack, hidden):
    plain = ask(slack, "Can I use Otter to transcribe an internal meeting?")
    hostile = ask(slack, f"Can I use {hidden} to transcribe an internal meeting?")
    assert verdict_of(plain) == "Not allowed"
    assert verdict_of(hostile) == verdict_of(plain), hostile.args["text"]
    assert "Otter.ai" in hostile.args["text"]


def test_the_engine_sees_normalised_text():
    assert normalize_text(f"ot{ZW}ter") == "otter"
    assert normalize_text("ＣｈａｔＧＰＴ") == "ChatGPT"
    assert normalize_text("ChatGРТ") == "ChatGPT"            # Cyrillic Р and Т inside a Latin word
    assert normalize_text("Привет") == "Привет"              # a word wholly in another script is kept
    assert normalize_text("a\x00b\x1bc\x7fd\tz\r\ne") == "abcd z\ne"
    assert normalize_text("\u2066left\u2069 \ufeffright\u00ad") == "left right"


PII = {"ni": f"QQ 12{ZW}34 56 C", "phone": f"07700{ZW}900123", "email": f"jo.bloggs{ZW}@example.org"}


def _needles() -> list[str]:
    out = set()
    for v in PII.values():
        clean = v.replace(ZW, "")
        out |= {v, clean, clean.replace(" ", "")}
    out |= {"34 56", "900123", "bloggs"}
    return sorted(out)


def _assert_clean(where: str, text: str) -> None:
    for n in _needles():
        assert n not in text, f"{n!r} reached {where}"


def test_personal_data_with_hidden_characters_is_redacted_everywhere(slack):
    q = (f"Can I paste a case with NI {PII['ni']}, tel {PII['phone']} and email {PII['email']} "
         f"into Gemini to summarise it?")
    before = len(slack.stub.find("chat.postMessage", channel=GOV_CHANNEL))
    reply = ask(slack, q)
    _assert_clean("the reply", json.dumps(reply.args, ensure_ascii=False))
    gov_post = slack.stub.wait_for("chat.postMessage", before + 1, timeout=30, channel=GOV_CHANNEL)[-1]
    posted = json.dumps(gov_post.args, ensure_ascii=False)
    assert "[NI number]" in posted and "[phone]" in posted and "[email]" in posted, posted
    _assert_clean("the governance post", posted)
    db = "\n".join(v for _, _, v in all_text(slack.db_url))
    assert "[NI number]" in db
    _assert_clean("the database", db)
    for fmt in ("csv", "jsonl"):
        out = io.StringIO()
        slack.gov.export_audit(fmt, out)
        _assert_clean(f"the {fmt} audit export", out.getvalue())


# --------------------------------------------------------------------------- 5. Slack escaping
_RAW_MARKUP = re.compile(r"<!channel>|<http://x\|y>|<script>")


def test_knowledge_markup_reaches_slack_escaped_in_text_and_blocks(slack):
    msg = ask(slack, "Can I use Spark to draft a public press release?")
    text = msg.args["text"]
    assert "Spark" in text and "&lt;!channel&gt;" in text, text
    assert not _RAW_MARKUP.search(text), text
    assert not _RAW_MARKUP.search(json.dumps(msg.args["blocks"])), msg.args["blocks"]


def test_policy_text_markup_reaches_slack_escaped_in_text(slack):
    msg = ask(slack, "What does the policy say about pasting script tags and channel alerts into an AI tool?")
    text = msg.args["text"]
    assert "policy.md#6.1" in text and "&lt;script&gt;" in text and "&lt;!channel&gt;" in text, text
    assert not _RAW_MARKUP.search(text), text
    assert not _RAW_MARKUP.search(json.dumps(msg.args["blocks"]))


def test_teams_text_is_normalised_at_the_edge():
    from microsoft_agents.activity import Activity, ChannelAccount

    from bot.teams.translate import question_text
    act = Activity(type="message", text=f"<at>policybot</at> Can I use ot{ZW}ter or ＯＴＴＥＲ?\x00",
                   recipient=ChannelAccount(id="28:bot", name="policybot"))
    assert question_text(act) == "Can I use otter or OTTER?"


def test_question_markup_reaches_the_governance_channel_escaped(slack):
    before = len(slack.stub.find("chat.postMessage", channel=GOV_CHANNEL))
    # Slack sends a user's literal "<" and ">" as &lt; &gt;: the app must escape them again
    ask(slack, "Can I use Gemini to check &lt;script&gt; and &lt;!channel&gt; snippets for work?")
    post = slack.stub.wait_for("chat.postMessage", before + 1, timeout=30, channel=GOV_CHANNEL)[-1]
    assert "&lt;script&gt;" in post.args["text"], post.args["text"]
    assert not _RAW_MARKUP.search(post.args["text"]), post.args["text"]
    assert not _RAW_MARKUP.search(json.dumps(post.args["blocks"]))


def test_relayed_team_answer_is_escaped_in_text():
    from bot.slack.blocks.governance import build_escalation_text, build_relay, build_reindex_notice
    text, _ = build_relay({"question": "q", "verdict": "allowed", "answer": "Yes <!channel> <http://x|y>"})
    assert not _RAW_MARKUP.search(text) and "&lt;!channel&gt;" in text
    text, _ = build_relay({"status": "dismissed", "question": "q", "reason": "dup <script>"})
    assert not _RAW_MARKUP.search(text)
    assert not _RAW_MARKUP.search(build_escalation_text({"escalation_id": 1, "question": "<!channel>"}))
    text, _ = build_reindex_notice({"summary": "Clause <http://x|y> changed"})
    assert not _RAW_MARKUP.search(text)


# --------------------------------------------------------------------------- 7. cap and clean
def test_an_over_long_question_gets_the_too_long_message_not_an_answer(slack):
    q = "Can I use ChatGPT to draft a press release? " + "Please consider this. " * 200
    assert len(q) > MAX_QUESTION_CHARS
    msg = ask(slack, q)
    assert "too long" in msg.args["text"] and f"{MAX_QUESTION_CHARS:,}" in msg.args["text"], msg.args["text"]
    assert "tools-register.csv#ChatGPT" not in msg.args["text"]


def test_control_characters_are_removed_before_understanding(slack):
    msg = ask(slack, "Can I use Ch\x00at\x1bG\x7fPT to draft a press release?")
    assert verdict_of(msg) == "Not allowed" and "tools-register.csv#ChatGPT" in msg.args["text"], msg.args["text"]


def test_cli_ask_caps_the_question(tmp_path, onnx_embed, monkeypatch):
    import subprocess
    import sys
    from index.build import build_index
    home = tmp_path / "home"
    build_index(write_knowledge(tmp_path / "k"), home, embed_model=onnx_embed)
    env = {k: v for k, v in __import__("os").environ.items() if k not in PROXY_VARS}
    env["POLICYBOT_HOME"] = str(home)
    long_q = "is grammarly ok? " * 200
    lines = "Can I use ChatGPT to draft a press release?\n" + long_q + "\n"
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "-"], input=lines, text=True,
                         capture_output=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    first, second = [json.loads(x) for x in out.stdout.splitlines()]
    assert first["verdict"] == "not_allowed"
    assert "too long" in second["summary"] and second["citations"] == [] and "grammarly" not in second["question"]


def test_python_api_caps_the_question(slack, monkeypatch):
    from bot import answer
    monkeypatch.setenv("POLICYBOT_HOME", str(slack.app.policybot.assistant.home))
    a = answer("Can I use ChatGPT? " * 200)
    assert a.verdict.value == "out_of_scope" and "too long" in a.summary and a.citations == []
    assert a.index_version
