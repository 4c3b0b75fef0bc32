"""The governance team's commands on the real `policybot` Typer app (in process, on a real
database): escalations list/show/claim/answer/dismiss, rulings list/withdraw/export/import, audit
export/purge, report, and their help texts."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.governance import Governance
from test_governance_support import clock, db_url, make_answer  # noqa: F401

runner = CliRunner()


@pytest.fixture
def seeded(db_url, clock):
    g = Governance(db_url, clock=clock)
    conv = {"channel": "D0ASKER1", "thread_ts": "1762077600.000100"}
    e1 = g.escalate(make_answer("Can I use Otter.ai to transcribe a staff meeting?"), platform="slack",
                    user_id="U1", conversation_ref=conv)
    e2 = g.escalate(make_answer("Can I use Gamma to make slides?"), platform="teams", user_id="29:x",
                    conversation_ref={"conversation": {"id": "a:1"}})
    g.record_answer(make_answer(), platform="slack", user_id="U1")
    g.close()
    return db_url, e1.id, e2.id


def pb(db, *args, input=None):
    r = runner.invoke(app, [*args, "--database-url", db], input=input, env={"POLICYBOT_ACTOR": "U0GOV1"})
    return r


def test_escalation_commands(seeded):
    db, e1, e2 = seeded
    r = pb(db, "escalations", "list")
    assert r.exit_code == 0, r.output
    assert "Otter.ai" in r.output and "Gamma" in r.output and "open" in r.output
    r = pb(db, "escalations", "claim", str(e1))
    assert r.exit_code == 0 and f"Escalation {e1} claimed by U0GOV1." in r.output
    r = runner.invoke(app, ["escalations", "claim", str(e1), "--actor", "U0GOV2", "--database-url", db])
    assert r.exit_code == 1 and "already claimed (by a governance team member)" in r.output
    r = pb(db, "escalations", "answer", str(e1), "--verdict", "not_allowed", "--text", "-", "--publish",
           "--clause", "genai-usage-policy.md#6.2", input="No: use Teams transcription.\n")
    assert r.exit_code == 0, r.output
    assert "answered (not_allowed); published as ruling R-1" in r.output
    r = pb(db, "escalations", "answer", str(e1), "--verdict", "allowed", "--text", "again")
    assert r.exit_code == 1 and "cannot be answered again" in r.output
    r = pb(db, "escalations", "answer", str(e2), "--verdict", "perhaps", "--text", "x")
    assert r.exit_code == 2 and "verdict must be one of" in r.output
    r = pb(db, "escalations", "dismiss", str(e2), "--reason", "Not a policy question.")
    assert r.exit_code == 0
    r = pb(db, "escalations", "list")
    assert r.output.strip() == "No escalations."
    r = pb(db, "escalations", "list", "--all", "--json")
    assert [(d["id"], d["status"]) for d in json.loads(r.output)] == [(e1, "answered"), (e2, "dismissed")]
    r = pb(db, "escalations", "show", str(e1))
    assert r.exit_code == 0
    for s in ("answered", "Claimed:", "by a governance team member", "No: use Teams transcription.", "R-1",
              "Delivery:  escalation.post pending"):
        assert s in r.output, r.output
    r = pb(db, "escalations", "show", "999")
    assert r.exit_code == 1 and "no escalation 999" in r.output


def test_ruling_commands(seeded, tmp_path):
    db, e1, e2 = seeded
    pb(db, "escalations", "answer", str(e1), "--verdict", "not_allowed", "--text", "No.", "--publish")
    pb(db, "escalations", "answer", str(e2), "--verdict", "conditional", "--text", "Yes if...", "--publish")
    r = pb(db, "rulings", "list")
    assert r.exit_code == 0 and "R-1" in r.output and "R-2" in r.output
    assert pb(db, "rulings", "withdraw", "R-1").exit_code == 0
    assert "R-1" not in pb(db, "rulings", "list").output
    assert "withdrawn" in pb(db, "rulings", "list", "--all").output
    out = tmp_path / "r.jsonl"
    r = pb(db, "rulings", "export", "--out", str(out))
    assert r.exit_code == 0
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [x["id"] for x in recs] == ["R-1", "R-2"] and recs[0]["withdrawn"]
    assert pb(db, "rulings", "import", str(out)).output.strip() == "Imported 2 ruling(s)."
    assert pb(db, "rulings", "import", str(tmp_path / "missing.jsonl")).exit_code == 2
    assert pb(db, "rulings", "withdraw", "R-1").exit_code == 1


def test_audit_and_report_commands(seeded, tmp_path):
    db, _, _ = seeded
    out = tmp_path / "a.jsonl"
    r = pb(db, "audit", "export", "--format", "jsonl", "--out", str(out))
    assert r.exit_code == 0
    kinds = [json.loads(line)["kind"] for line in out.read_text().splitlines()]
    assert kinds.count("escalation") == 2 and kinds.count("answer") == 1
    r = pb(db, "audit", "export")
    assert r.exit_code == 0 and r.stdout.startswith("id,time,kind,") and "Exported 3" in r.stderr
    assert pb(db, "audit", "export", "--format", "xml").exit_code == 2
    r = pb(db, "audit", "purge", "--older-than", "400")
    assert r.exit_code == 0 and "Purged 0 audit event(s)" in r.output
    html = tmp_path / "report.html"
    r = pb(db, "report", "--out", str(html), "--days", "7")
    assert r.exit_code == 0 and html.is_file() and "Questions the policy did not cover" in html.read_text()


@pytest.mark.parametrize("args,words", [
    (["escalations", "--help"], ["list", "show", "claim", "answer", "dismiss", "open -> claimed -> answered"]),
    (["escalations", "answer", "--help"], ["--verdict", "--text", "--publish", "--clause", "--actor"]),
    (["rulings", "--help"], ["list", "withdraw", "export", "import", "governance-rulings#R-<n>"]),
    (["audit", "--help"], ["export", "purge"]),
    (["audit", "purge", "--help"], ["--older-than", "POLICYBOT_AUDIT_RETENTION_DAYS"]),
    (["report", "--help"], ["--out", "--days", "self-contained"]),
    (["db", "--help"], ["upgrade", "current"]),
])
def test_help_texts(args, words):
    r = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert r.exit_code == 0
    for w in words:
        assert w in r.output, (w, r.output)


def test_audit_purge_asks_first_has_dry_run_and_yes(seeded):
    """Issue 17 item 11: `audit purge --older-than 0` would delete everything: without --yes it is
    refused when nobody can be asked (no terminal), --dry-run only counts, --yes deletes."""
    db, _, _ = seeded
    dry = pb(db, "audit", "purge", "--older-than", "0", "--dry-run")
    assert dry.exit_code == 0 and "Would purge 3 audit event(s)" in dry.output and "nothing deleted" in dry.output
    refused = pb(db, "audit", "purge", "--older-than", "0")
    assert refused.exit_code == 2 and "--yes" in refused.output and "3 audit event(s)" in refused.output
    assert "Would purge 3 audit event(s)" in pb(db, "audit", "purge", "--older-than", "0", "--dry-run").output
    done = pb(db, "audit", "purge", "--older-than", "0", "--yes")
    assert done.exit_code == 0 and "Purged 3 audit event(s)" in done.output
    assert "Would purge 0 audit event(s)" in pb(db, "audit", "purge", "--older-than", "0", "--dry-run").output
