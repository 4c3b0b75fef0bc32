"""After a switch: the governance store hears about it. Published rulings and open escalations
resting on a changed clause are flagged, recent (redacted) questions from the audit trail are
answered again and exactly those a hand-made policy change flips are reported, the diff goes into
the audit trail, and a reindex.notice is queued for the governance channel."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine.pipeline import Engine
from bot.governance import Governance
from conftest import write_knowledge
from index.build import build_index, versions_dir
from bot.reindex_followup import after_switch
from test_cli import make_env, run

IMG_INTERNAL = "Can I use an AI image generator to illustrate slides for an internal presentation?"
IMG_LEAFLET = "Can I use an image generator for a published leaflet?"
CHATGPT = "Can I use ChatGPT to draft a council report?"
COPILOT = "Can I use Copilot Chat to summarise an internal document?"
HEALTH = "Can I put health records into Copilot Chat?"
CHECK = "Do I need to check AI-generated content before sending it?"
CV = "My name is John Smith, my NI number is QQ123456C, can I use Copilot Chat to write my CV?"
CV_REDACTED = "My name is [name], my NI number is [NI number], can I use Copilot Chat to write my CV?"
PII = ("John Smith", "QQ123456C")


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def test_flags_drift_audit_and_notice(tmp_path, home, onnx_embed, pb_env):
    pb_env.setenv("POLICYBOT_SLACK_GOVERNANCE_CHANNEL", "C0GOV")
    pb_env.delenv("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", raising=False)
    pb_env.delenv("POLICYBOT_DATABASE_URL", raising=False)
    # the second pair model (session 13, bot/engine/data/pair_model_2) already holds the CV question
    # (a name and NI number) before the reindex; this test is about drift between index versions,
    # so it reads the questions without the pair models
    pb_env.setenv("POLICYBOT_PAIR_MODEL", "off")
    k = write_knowledge(tmp_path / "k")
    build_index(k, home, embed_model=onnx_embed)
    gov = Governance(home=home)
    try:
        eng = Engine.open(home, embed_model=onnx_embed)
        asked = {}
        for q in (IMG_INTERNAL, IMG_LEAFLET, CHATGPT, COPILOT, HEALTH, CHECK, CV):
            asked[q] = eng.answer(q)
            gov.record_answer(asked[q], platform="slack", user_id="U1")
        assert asked[CV].question == CV_REDACTED

        def publish(question, clauses):
            a = eng.answer(question)
            esc = gov.escalate(a, platform="slack", user_id="U2", conversation_ref={"channel": "C1"})
            return gov.answer(esc.id, "UGOV", "not_allowed", "No.", publish_ruling=True, clauses=clauses).ruling_id
        r1 = publish("Can I use Gemini to plan a team away day?", ["policy.md#2.2", "tools-register.csv#ChatGPT"])
        r2 = publish("Can I use Gemini to write a poem?", ["policy.md#4.1"])
        open_chatgpt = gov.escalate(asked[CHATGPT], platform="slack", user_id="U1", conversation_ref={"channel": "C1"})
        open_check = gov.escalate(asked[CHECK], platform="slack", user_id="U1", conversation_ref={"channel": "C1"})
        assert "tools-register.csv#ChatGPT" in open_chatgpt.answer_snapshot["citations"]
        assert not any(c.startswith("tools-register") for c in open_check.answer_snapshot["citations"])

        # the hand-made policy change: ChatGPT approved for internal work, Copilot Chat for personal data
        reg = k / "tools-register.csv"
        reg.write_text(reg.read_text()
                       .replace("ChatGPT,Chat GPT;OpenAI,prohibited,,Do not use for council work.",
                                "ChatGPT,Chat GPT;OpenAI,approved,public;internal,Use a council Enterprise account.")
                       .replace("approved,public;internal,Sign in", "approved,public;internal;personal,Sign in"))
        r = build_index(k, home, embed_model=onnx_embed)
        assert r.changed == ["tools-register.csv#ChatGPT", "tools-register.csv#Microsoft 365 Copilot Chat"]
        new = Engine.open(home, embed_model=onnx_embed)
        f = after_switch(home, r.diff, who="alice", governance=gov,
                         answer=lambda q, rulings: new.answer(q, rulings=rulings))
        assert f.errors == []

        assert f.rulings == [{"id": r1, "verdict": "not_allowed", "refs": {"tools-register.csv#ChatGPT": "changed"}}]
        assert r2 not in {x["id"] for x in f.rulings}
        assert [e["id"] for e in f.escalations] == [open_chatgpt.id]        # not the answered, nor open_check
        assert f.escalations[0]["refs"]["tools-register.csv#ChatGPT"] == "changed"

        assert f.drift_checked == 7
        flipped = {d["question"]: (d["old"]["verdict"], d["new"]["verdict"]) for d in f.drift if "verdict" in d["changed"]}
        assert flipped == {CHATGPT: ("not_allowed", "conditional"), CV_REDACTED: ("not_allowed", "conditional")}
        # the image questions keep their verdict but are now answered with ChatGPT first
        moved = {d["question"]: (d["old"]["first_citation"], d["new"]["first_citation"])
                 for d in f.drift if d["changed"] == ["first_citation"]}
        assert moved == {q: ("tools-register.csv#Microsoft 365 Copilot Chat", "tools-register.csv#ChatGPT")
                         for q in (IMG_INTERNAL, IMG_LEAFLET)}
        assert all(d["new"]["index_version"] == r.index_version for d in f.drift)

        ev = [e for e in gov.audit_events(kinds=["reindex"])][-1]
        assert ev.id == f.audit_event_id and ev.index_version == r.index_version and ev.user_key
        assert ev.detail["changed"] == r.changed and ev.detail["previous_version"] == r.previous_version
        assert [x["id"] for x in ev.detail["review_rulings"]] == [r1] and ev.detail["drift_checked"] == 7
        notices = [m for m in gov.outbox() if m.kind == "reindex.notice"]
        assert [(m.platform, m.target["channel"], m.payload["index_version"]) for m in notices] == [
            ("slack", "C0GOV", r.index_version)]
        assert [n["outbox_id"] for n in f.notices] == [notices[0].id]
        summary = notices[0].payload["summary"]
        assert f"Rulings to review: {r1} cites tools-register.csv#ChatGPT (changed)" in summary
        assert f"Open escalations answered with a changed clause: #{open_chatgpt.id}" in summary
        assert "Answers that change: 4 of 7 recent question(s)." in summary
        assert "Register: ChatGPT: status prohibited → approved, data none → public;internal" in summary
        stored = json.loads((versions_dir(home) / r.index_version / "followup.json").read_text())
        everything = json.dumps([stored, notices[0].payload, ev.detail], ensure_ascii=False)
        assert not any(p in everything for p in PII) and CV_REDACTED in everything
    finally:
        gov.close()

    # the CLI does the same after a rollback: the answers are back to what staff were told
    env = make_env(home, tmp_path / "xdg")
    env["POLICYBOT_SLACK_GOVERNANCE_CHANNEL"] = "C0GOV"
    p = run(["index", "--rollback"], env)
    assert p.returncode == 0, p.stderr
    assert f"review ruling {r1} cites tools-register.csv#ChatGPT (changed)" in p.stderr
    assert f"review escalation #{open_chatgpt.id} (open)" in p.stderr
    assert "Answer drift: 0 of 7 recent question(s) now answered differently" in p.stderr
    assert "Queued a reindex notice for the slack governance channel C0GOV." in p.stderr
    with Governance(home=home) as gov:
        notices = [m for m in gov.outbox() if m.kind == "reindex.notice"]
        assert len(notices) == 2 and notices[1].payload["action"] == "rollback"
        assert notices[1].payload["summary"].startswith(f"Policy index rolled back to version {r.previous_version}")
