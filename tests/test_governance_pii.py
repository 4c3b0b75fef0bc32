"""Personal data never reaches the governance database.

Questions, summaries, comments, answers, reasons, delivery errors and conversation references
full of personal data go through every API; then every column of every table is read back as
text (and, for SQLite, the raw bytes of the database file and its WAL) and none of the
personal data may appear."""
from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from bot.governance import DeliveryResult, OutboxWorker
from bot.governance.db import normalise_url
from test_governance_support import (T0, RecordingNotifier, all_text, clock, db_url, gov,  # noqa: F401
                                     make_answer)

PII = {
    "ni": "QQ 12 34 56 C",
    "ni_compact": "QQ123456C",
    "nhs": "943 476 5919",
    "email": "jo.bloggs@example.org",
    "phone": "07700 900123",
    "postcode": "SW1A 1AA",
    "dob": "12/03/1984",
    "name": "Jo Bloggs",
    "raw_user_id": "U0RAWUSER99",
}
Q = (f"Can I paste Mrs {PII['name']}'s case (NI {PII['ni']}, NHS number {PII['nhs']}, born on {PII['dob']}, "
     f"{PII['postcode']}, tel {PII['phone']}, {PII['email']}) into ChatGPT?")


def _needles() -> list[str]:
    out = set(PII.values())
    out |= {v.replace(" ", "") for v in PII.values()}           # 9434765919, 07700900123, SW1A1AA ...
    out.discard("JoBloggs")
    return sorted(out)


def test_no_personal_data_in_any_column(gov, db_url):
    uid = PII["raw_user_id"]
    conv = {"channel": "D0ASKER1", "thread_ts": "1762077600.000100",
            "user": {"id": "29:1abc", "name": PII["name"], "email": PII["email"]},
            "requester_email": PII["email"]}
    # an engine that forgot to redact: the raw question reaches every entry point
    a = make_answer(Q, verdict="unsure", tool="ChatGPT",
                    summary=f"Not settled for {PII['email']} ({PII['phone']}).")
    ev = gov.record_question(Q, platform="slack", user_id=uid)
    ev = gov.record_answer(a, platform="slack", user_id=uid, conversation=conv)
    gov.record_feedback(ev, False, f"Wrong! Call me on {PII['phone']} or {PII['email']}, NI {PII['ni_compact']}",
                        platform="slack", user_id=uid)
    esc = gov.escalate(a, platform="slack", user_id=uid, conversation_ref=conv,
                       reason=f"Asker {PII['name']} ({PII['nhs']}) wants a person")
    esc2 = gov.escalate_event(ev, platform="slack", user_id=uid)
    gov.claim(esc.id, "U0GOV1")
    gov.answer(esc.id, "U0GOV1", "not_allowed",
               f"No. Mrs {PII['name']} (DOB {PII['dob']}, {PII['postcode']}) must not be named in ChatGPT.",
               publish_ruling=True, clauses=["genai-usage-policy.md#3.1"])
    gov.dismiss(esc2.id, "U0GOV2", f"Duplicate; emailed {PII['email']}")
    gov.record_reindex("v-2", platform="slack", user_id=uid, detail={"note": f"by {PII['email']}"})
    gov.notify_reindex("slack", {"channel": "C0OWNERS"}, index_version="v-2",
                       summary=f"Reindexed on request of {PII['email']}")
    gov.import_rulings_jsonl(io.StringIO(
        '{"id": "R-9", "question": "Can I use Copilot for %s?", "verdict": "unsure", "answer": "Ask %s.", '
        '"clauses": [], "published": "2026-11-02T10:14:00Z", "withdrawn": null}' % (PII["nhs"], PII["phone"])))
    n = RecordingNotifier([DeliveryResult(ok=False, error=f"HTTP 500: user {PII['email']} {PII['ni']} not found"),
                           RuntimeError(f"boom for {PII['phone']}")])
    w = OutboxWorker(gov, {"slack": n}, "w")
    w.run_once(T0)
    w.run_once(T0 + timedelta(minutes=1))
    w.run_once(T0 + timedelta(minutes=2))

    # what the platforms were sent is clean too
    for m in n.calls:
        blob = repr((m.payload, m.target))
        assert not [p for p in _needles() if p in blob], blob

    values = all_text(db_url)
    tables = {t for t, _, _ in values}
    assert {"audit_events", "escalations", "outbox_messages", "rulings"} <= tables
    assert any("[NI number]" in v for _, _, v in values)         # the data was there, redacted
    leaks = [(t, c, v) for t, c, v in values for p in _needles() if p in v]
    assert not leaks, leaks

    if db_url.startswith("sqlite"):
        gov.close()
        path = Path(normalise_url(db_url).database)
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for p in _needles():
            assert p.encode() not in raw, p


def test_exports_carry_no_personal_data(gov, tmp_path):
    a = make_answer(Q, verdict="unsure", tool="ChatGPT")
    ev = gov.record_answer(a, platform="teams", user_id=PII["raw_user_id"])
    gov.record_feedback(ev, False, f"ring {PII['phone']}", platform="teams", user_id=PII["raw_user_id"])
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"audit.{fmt}"
        assert gov.export_audit(fmt, out) == 2
        text = out.read_text(encoding="utf-8")
        assert not [p for p in _needles() if p in text]
        assert "[NHS number]" in text


def test_teams_user_ids_are_only_stored_as_keyed_hashes(gov, db_url, tmp_path):
    """Issue 16: a Teams user's 29: id and aadObjectId, given both as the user and inside the
    conversation reference, never appear raw in any table, the database file or the export."""
    teams_id = "29:1RawTeamsUserIdXyZ0123456789abcdef"
    aad = "7f3c2b1a-0d9e-4c8b-a6f5-1e2d3c4b5a69"
    conv = {"activityId": "1762077600000", "channelId": "msteams", "serviceUrl": "https://smba.example/emea/",
            "user": {"id": teams_id, "aadObjectId": aad, "name": PII["name"]},
            "agent": {"id": "28:app-id", "name": "policybot"},
            "conversation": {"id": "a:1personalChatId", "conversationType": "personal", "tenantId": "tenant-1"},
            "from": {"id": teams_id, "aadObjectId": aad}}
    a = make_answer("Can I use Copilot Chat to draft a press release?", verdict="unsure", tool="ChatGPT")
    ev = gov.record_answer(a, platform="teams", user_id=aad, conversation=conv)
    gov.record_feedback(ev, False, "vague", platform="teams", user_id=aad)
    gov.record_question("can I use Otter?", platform="teams", user_id=teams_id)
    esc = gov.escalate(a, platform="teams", user_id=aad, conversation_ref=conv)
    gov.escalate_event(ev, platform="teams", user_id=aad)
    gov.subscribe(ev, platform="teams", user_id=aad, conversation_ref=conv)
    gov.answer(esc.id, "29:governance-member", "not_allowed", "No.")
    gov.enqueue_reply("teams", "a:1personalChatId", conv, {"text": "Allowed."})
    OutboxWorker(gov, {"teams": RecordingNotifier()}, "w").run_once(gov.now())

    needles = [teams_id, aad, teams_id.split(":", 1)[1], "29:governance-member"]
    values = all_text(db_url)
    assert any("uk:" in v for _, _, v in values)                   # the ids were there, as keyed hashes
    leaks = [(t, c, v) for t, c, v in values for p in needles if p in v]
    assert not leaks, leaks
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"audit.{fmt}"
        gov.export_audit(fmt, out)
        text = out.read_text(encoding="utf-8")
        assert not [p for p in needles if p in text], text
    # the reply still reaches the asker's conversation
    stored = gov.get(esc.id).conversation_ref
    assert stored["conversation"]["id"] == "a:1personalChatId" and stored["serviceUrl"].startswith("https://")
    assert stored["user"]["id"] == "uk:" + gov.user_key("teams", teams_id)
    if db_url.startswith("sqlite"):
        gov.close()
        path = Path(normalise_url(db_url).database)
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for p in needles:
            assert p.encode() not in raw, p


def test_slack_ids_are_never_stored_raw_yet_messages_still_reach_people(gov, db_url, tmp_path):
    """Issue 16: the same Slack user id as the asker (user field), as the conversation's channel and
    ``user`` (a slash command's private answer goes to the user id), a DM channel id, and a governance
    team member's id (claim / answer / dismiss / withdraw) never appear raw in any table, the database
    file or ``audit export``; the ids a delivery needs are sealed at rest and opened only to send."""
    from bot.governance.outbox import OutboxWorker

    uid, dm, member = "U0SLACKRAW7", "D0DMRAW42", "U0GOVRAW9"
    conv = {"channel": uid, "team": "T1", "via": "command", "user": uid}
    dm_conv = {"channel": dm, "thread_ts": "1762077600.000100", "user": uid}
    a = make_answer("Can I use Otter.ai to transcribe a staff meeting?", verdict="unsure", tool="Otter.ai")
    ev = gov.record_answer(a, platform="slack", user_id=uid, conversation=conv)
    ev2 = gov.record_answer(a, platform="slack", user_id=uid, conversation=dm_conv)
    gov.record_feedback(ev, False, "vague", platform="slack", user_id=uid)
    esc = gov.escalate(a, platform="slack", user_id=uid, conversation_ref=conv)
    esc2 = gov.escalate_event(ev2, platform="slack", user_id=uid)
    gov.subscribe(ev, platform="slack", user_id=uid, conversation_ref=conv)
    gov.subscribe(ev2, platform="slack", user_id=uid, conversation_ref=dm_conv)
    gov.enqueue_reply("slack", f"{dm}:", {"channel": dm, "thread_ts": None}, {"text": "Allowed."})
    gov.enqueue_reply("slack", f"{uid}:", {"channel": uid}, {"text": "Allowed."})
    gov.notify_reindex("slack", {"channel": "C0OWNERS", "user": uid, "ephemeral": True},
                       index_version="v-2", summary="done")
    gov.claim(esc.id, f"slack:{member}")
    gov.answer(esc.id, f"slack:{member}", "not_allowed", "No.", publish_ruling=True)
    gov.dismiss(esc2.id, f"<@{member}>", "Duplicate.")
    gov.withdraw_ruling("R-1", member)

    class DmNotifier(RecordingNotifier):   # replies with the channel it posted to, as Slack does
        def send(self, message):
            super().send(message)
            return self.DeliveryResult(ok=True, platform_ref={"channel": message.target.get("channel")
                                                              or "C0GOV", "ts": "1762077601.000200"})

    n = DmNotifier()
    w = OutboxWorker(gov, {"slack": n}, "w")
    while w.run_once(gov.now()):
        pass
    assert {m.kind for m in n.calls} >= {"answer.reply", "answer.relay", "reindex.notice", "escalation.update"}
    # what the platform was handed is the real id: the private answers still arrive
    sent = repr([(m.kind, m.target, m.payload) for m in n.calls])
    assert uid in sent and dm in sent and member in sent
    assert not [m for m in n.calls if "sealed:" in repr((m.target, m.payload))]

    needles = [uid, dm, member]
    values = all_text(db_url)
    assert any("sealed:" in v for _, _, v in values) and any("uk:" in v for _, _, v in values)
    leaks = [(t, c, v) for t, c, v in values for p in needles if p in v]
    assert not leaks, leaks
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"audit.{fmt}"
        gov.export_audit(fmt, out)
        assert not [p for p in needles if p in out.read_text(encoding="utf-8")]
    [e] = [x for x in gov.audit_events() if x.id == ev]
    assert e.detail["conversation"]["team"] == "T1"
    assert gov.unseal_ref(gov.get(esc.id).conversation_ref)["channel"] == uid
    if db_url.startswith("sqlite"):
        gov.close()
        path = Path(normalise_url(db_url).database)
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for p in needles:
            assert p.encode() not in raw, p


def test_sealed_ids_need_the_secret(gov):
    token = gov.seal("D0DMRAW42")
    assert token.startswith("sealed:v2:") and "D0DMRAW42" not in token and token != gov.seal("D0DMRAW42")
    assert gov.unseal(token) == "D0DMRAW42"
    from bot.governance.service import Governance
    other = Governance(gov.url, secret=b"another secret", auto_upgrade=False)
    try:
        assert other.unseal(token) == token          # wrong key: not opened
    finally:
        other.close()
    tampered = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    assert gov.unseal(tampered) == tampered
