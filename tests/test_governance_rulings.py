"""Rulings: numbered R-1, R-2, ... never reused (even after withdrawal), exported and imported
in the contract's JSON Lines shape, and only active ones served as knowledge."""
from __future__ import annotations

import io
import json
import re

import pytest

from bot.governance import Governance, NotFoundError, TransitionError
from test_governance_support import clock, db_url, gov, make_answer  # noqa: F401

CONTRACT_KEYS = {"id", "question", "verdict", "answer", "clauses", "published", "withdrawn"}
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _publish(gov, question, verdict="not_allowed", answer="No.", clauses=None):
    esc = gov.escalate(make_answer(question), platform="slack", user_id="U0ASKER1",
                       conversation_ref={"channel": "D1"})
    return gov.answer(esc.id, "U0GOV1", verdict, answer, publish_ruling=True, clauses=clauses)


def test_publishing_creates_numbered_rulings(gov):
    e1 = _publish(gov, "Can I use Otter.ai in team meetings?", "not_allowed", "No: use Teams transcription.")
    e2 = _publish(gov, "Can I use DeepL for public leaflets?", "conditional", "Yes, with a fluent reviewer.",
                  clauses=["genai-usage-policy.md#5.1"])
    assert (e1.ruling_id, e2.ruling_id) == ("R-1", "R-2")
    r1, r2 = gov.rulings()
    assert (r1.id, r1.number, r1.verdict, r1.escalation_id) == ("R-1", 1, "not_allowed", e1.id)
    assert r1.question == "Can I use Otter.ai in team meetings?" and r1.answer == "No: use Teams transcription."
    assert r1.clauses == ["genai-usage-policy.md#6.2"]            # default: the bot's citations
    assert r2.clauses == ["genai-usage-policy.md#5.1"]
    relay = [m for m in gov.outbox(escalation_id=e2.id) if m.kind == "answer.relay"][0]
    assert relay.payload["ruling_ref"] == "governance-rulings#R-2"


def test_numbers_are_never_reused_after_withdrawal(gov):
    _publish(gov, "Question one about Otter.ai?")
    _publish(gov, "Question two about DeepL?")
    gov.withdraw_ruling("R-2", "U0GOV1")
    assert _publish(gov, "Question three about Grammarly?").ruling_id == "R-3"
    gov.withdraw_ruling("R-3", "U0GOV1")
    assert _publish(gov, "Question four about Canva?").ruling_id == "R-4"
    assert [r.id for r in gov.rulings()] == ["R-1", "R-4"]
    assert [r.id for r in gov.rulings(active_only=False)] == ["R-1", "R-2", "R-3", "R-4"]


def test_withdrawn_rulings_are_not_knowledge(gov, clock):
    _publish(gov, "Can I use Otter.ai in team meetings?", "not_allowed", "No: use Teams transcription.")
    _publish(gov, "Can I use DeepL for public leaflets?", "conditional", "Yes, with a fluent reviewer.")
    k = gov.rulings_as_knowledge()
    assert [d["ref"] for d in k] == ["governance-rulings#R-1", "governance-rulings#R-2"]
    assert k[0] == {"ref": "governance-rulings#R-1", "id": "R-1", "question": "Can I use Otter.ai in team meetings?",
                    "verdict": "not_allowed", "answer": "No: use Teams transcription.",
                    "clauses": ["genai-usage-policy.md#6.2"],
                    "text": "Can I use Otter.ai in team meetings?\nNo: use Teams transcription."}
    clock.advance(days=3)
    r = gov.withdraw_ruling("governance-rulings#R-1", "U0GOV2")
    assert r.withdrawn == clock() and r.withdrawn_by == gov.actor_ref("U0GOV2")
    assert [d["id"] for d in gov.rulings_as_knowledge()] == ["R-2"]
    with pytest.raises(TransitionError, match="already withdrawn"):
        gov.withdraw_ruling("R-1", "U0GOV2")
    with pytest.raises(NotFoundError):
        gov.withdraw_ruling("R-99", "U0GOV2")


def test_export_import_round_trip_in_the_contract_shape(gov, db_url, clock, tmp_path):
    _publish(gov, "Can I use Otter.ai in team meetings?", "not_allowed", "No: use Teams transcription.")
    _publish(gov, "Can I use DeepL for public leaflets?", "conditional", "Yes, with a fluent reviewer.")
    _publish(gov, "Can I use Canva's AI images in a newsletter?", "allowed", "Yes, say so in the credits.")
    gov.withdraw_ruling("R-2", "U0GOV1")
    path = tmp_path / "rulings.jsonl"
    assert gov.export_rulings_jsonl(path) == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    for rec in recs:
        assert set(rec) == CONTRACT_KEYS
        assert STAMP.match(rec["published"]) and (rec["withdrawn"] is None or STAMP.match(rec["withdrawn"]))
        assert isinstance(rec["clauses"], list)
    assert [r["id"] for r in recs] == ["R-1", "R-2", "R-3"]
    assert recs[1]["withdrawn"] is not None and recs[0]["withdrawn"] is None
    assert recs[0] == {"id": "R-1", "question": "Can I use Otter.ai in team meetings?", "verdict": "not_allowed",
                       "answer": "No: use Teams transcription.", "clauses": ["genai-usage-policy.md#6.2"],
                       "published": "2026-11-02T10:00:00Z", "withdrawn": None}

    # into another (empty) database: the same lines come back out
    other_url = db_url.replace("gov.sqlite3", "moved.sqlite3") if db_url.startswith("sqlite") else None
    target = gov if other_url is None else Governance(other_url, clock=clock)
    try:
        if other_url is None:          # Postgres: wipe and re-import into the same database
            with target.session() as s:
                from bot.governance.models import Ruling
                s.query(Ruling).delete()
        assert target.import_rulings_jsonl(path) == 3
        buf = io.StringIO()
        target.export_rulings_jsonl(buf)
        assert buf.getvalue().splitlines() == lines
        assert [d["id"] for d in target.rulings_as_knowledge()] == ["R-1", "R-3"]
        # the counter moved past the imported numbers
        assert _publish(target, "A new question about Copilot?").ruling_id == "R-4"
        # importing again updates in place (idempotent)
        assert target.import_rulings_jsonl(io.StringIO("\n".join(lines))) == 3
        assert len(target.rulings(active_only=False)) == 4
    finally:
        if target is not gov:
            target.close()


def test_import_redacts_and_validates(gov):
    line = {"id": "R-7", "question": "Can I paste QQ 12 34 56 C into Copilot?", "verdict": "not_allowed",
            "answer": "No. Ask jo.bloggs@example.org.", "clauses": [], "published": "2026-11-02T10:14:00Z",
            "withdrawn": None}
    assert gov.import_rulings_jsonl(io.StringIO(json.dumps(line))) == 1
    r = gov.get_ruling("R-7")
    assert r.question == "Can I paste [NI number] into Copilot?" and r.answer == "No. Ask [email]."
    bad = [dict(line, extra=1), dict(line, id="7"), dict(line, verdict="maybe"), dict(line, clauses="x"),
           dict(line, published="yesterday")]
    for b in bad:
        with pytest.raises(ValueError):
            gov.import_rulings_jsonl(io.StringIO(json.dumps(b)))
    with pytest.raises(ValueError, match="line 2: not JSON"):
        gov.import_rulings_jsonl(io.StringIO(json.dumps(line) + "\n{oops"))
    assert [r.id for r in gov.rulings(active_only=False)] == ["R-7"]
