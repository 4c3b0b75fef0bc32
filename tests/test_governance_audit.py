"""The audit trail: events per answer, feedback, escalation step, reindex and delivery; CSV and
JSON Lines export; retention and purge."""
from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from bot.governance import NotFoundError, OutboxWorker
from bot.governance.service import AUDIT_COLUMNS
from test_governance_support import RecordingNotifier, clock, db_url, gov, make_answer  # noqa: F401


def test_answer_and_feedback_events(gov, clock):
    a = make_answer("Can I use Copilot Chat to draft a press release?", verdict="conditional",
                    tool="Microsoft 365 Copilot Chat", refs=("genai-usage-policy.md#4.1", "tools.csv#Copilot Chat"),
                    escalated=False)
    ev = gov.record_answer(a, platform="teams", user_id="29:1abc")
    clock.advance(minutes=1)
    fb = gov.record_feedback(ev, False, "=HYPERLINK(\"http://evil\") too vague", platform="teams", user_id="29:1abc")
    evs = {e.id: e for e in gov.audit_events()}
    e, f = evs[ev], evs[fb]
    assert (e.kind, e.verdict, e.tool, e.platform, e.index_version, e.escalated) == \
        ("answer", "conditional", "Microsoft 365 Copilot Chat", "teams", "v-test", False)
    assert e.refs == ["genai-usage-policy.md#4.1", "tools.csv#Copilot Chat"]
    assert e.question == "Can I use Copilot Chat to draft a press release?"
    assert (f.kind, f.helpful, f.ref_event_id, f.verdict, f.user_key) == ("feedback", False, ev, "conditional", e.user_key)
    assert f.time - e.time == timedelta(minutes=1)
    with pytest.raises(NotFoundError):
        gov.record_feedback("no-such-event", True, platform="teams", user_id="29:1abc")


def test_export_csv_and_jsonl(gov, tmp_path):
    ev = gov.record_answer(make_answer(), platform="slack", user_id="U1")
    gov.record_feedback(ev, False, "=1+1 wrong", platform="slack", user_id="U1")
    gov.record_reindex("v-9", platform="slack", user_id="U0OWNER", detail={"added": 3})
    rows = list(csv.DictReader(io.StringIO(_export(gov, "csv"))))
    assert list(rows[0]) == list(AUDIT_COLUMNS)
    assert [r["kind"] for r in rows] == ["answer", "feedback", "reindex"]
    assert rows[0]["time"].endswith("Z") and json.loads(rows[0]["refs"]) == ["genai-usage-policy.md#6.2"]
    assert rows[1]["comment"] == "'=1+1 wrong"              # spreadsheet formula neutralised
    recs = [json.loads(line) for line in _export(gov, "jsonl").splitlines()]
    assert [r["kind"] for r in recs] == ["answer", "feedback", "reindex"]
    assert set(recs[0]) == set(AUDIT_COLUMNS) and recs[1]["comment"] == "=1+1 wrong"
    assert recs[2]["detail"] == {"added": 3} and recs[2]["index_version"] == "v-9"
    out = tmp_path / "audit.csv"
    assert gov.export_audit("csv", out) == 3 and out.read_text(encoding="utf-8").count("\n") == 4
    with pytest.raises(ValueError):
        gov.export_audit("xml", io.StringIO())


def _export(gov, fmt):
    buf = io.StringIO()
    gov.export_audit(fmt, buf)
    return buf.getvalue()


def test_delivery_events(gov):
    gov.escalate(make_answer(), platform="slack", user_id="U1", conversation_ref={"channel": "D1"})
    OutboxWorker(gov, {"slack": RecordingNotifier()}, "w").run_once(gov.now())
    [d] = gov.audit_events(kinds=["delivery"])
    assert d.detail["status"] == "sent" and d.detail["kind"] == "escalation.post" and d.detail["attempts"] == 1


def test_purge_by_retention(gov, clock, monkeypatch):
    old = gov.record_answer(make_answer("old question about Otter.ai?"), platform="slack", user_id="U1")
    esc_old = gov.escalate(make_answer(), platform="slack", user_id="U1", conversation_ref={"channel": "D1"})
    OutboxWorker(gov, {"slack": RecordingNotifier()}, "w").run_once(gov.now())
    gov.answer(esc_old.id, "U0GOV1", "not_allowed", "No.", publish_ruling=True)
    OutboxWorker(gov, {"slack": RecordingNotifier()}, "w").run_once(gov.now())
    esc_open = gov.escalate(make_answer(), platform="slack", user_id="U1", conversation_ref={"channel": "D1"})
    clock.advance(days=400)
    new = gov.record_answer(make_answer("new question?"), platform="slack", user_id="U1")

    monkeypatch.setenv("POLICYBOT_AUDIT_RETENTION_DAYS", "500")
    assert gov.purge()["audit_events"] == 0                       # env retention: nothing is that old
    monkeypatch.delenv("POLICYBOT_AUDIT_RETENTION_DAYS")
    r = gov.purge()                                               # default 365 days
    assert r["days"] == 365 and r["audit_events"] >= 1 and r["escalations"] == 1
    ids = {e.id for e in gov.audit_events()}
    assert old not in ids and new in ids
    assert [e.id for e in gov.list()] == [esc_open.id]            # open cases are kept
    assert [m.status for m in gov.outbox()] == ["pending"]        # esc_open's post is still owed
    [ruling] = gov.rulings()                                      # rulings are knowledge: kept
    assert ruling.escalation_id is None
    clock.advance(seconds=1)
    assert gov.purge(0)["audit_events"] >= 1 and gov.audit_events() == []
    with pytest.raises(ValueError):
        gov.purge(-1)
