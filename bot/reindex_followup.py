"""After a switch of the serving version (a build or a rollback): tell governance what changed.

`after_switch` does, against the governance store (bot.governance, POLICYBOT_DATABASE_URL or the
home's SQLite file):
1. review flags: active rulings that cite a changed or removed clause, and open (or claimed)
   escalations whose bot answer cited one;
2. answer drift: the recent questions of the audit trail (already redacted; the newest answer
   event per distinct question, last POLICYBOT_DRIFT_DAYS days, at most POLICYBOT_DRIFT_LIMIT)
   are answered again by the new version, with the active rulings, and those whose verdict or
   first citation differs from the recorded answer are reported;
   Askers who opted in ("Tell me if this changes": Governance.subscribe) have their question
   answered again too; those whose verdict or first citation changed since they were last told
   get an `answer.changed` outbox message in their conversation (notify_subscribers);
3. one `reindex` audit event with the diff (refs), the flags and the drift;
4. a `reindex.notice` outbox message to each platform's governance channel that is configured
   (POLICYBOT_SLACK_GOVERNANCE_CHANNEL, POLICYBOT_TEAMS_GOVERNANCE_CHANNEL).
The result is also written to versions/<version>/followup.json. Nothing here can undo or block
the switch: failures are returned as `errors`. A home with no governance database and no
governance channel configured is left alone (`skipped`).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from index.diff import register_line
from index.home import env_int

ENV_DRIFT_DAYS = "POLICYBOT_DRIFT_DAYS"
ENV_DRIFT_LIMIT = "POLICYBOT_DRIFT_LIMIT"
DRIFT_DAYS = 30
DRIFT_LIMIT = 200
PLATFORMS = ("slack", "teams")
FOLLOWUP_FILE = "followup.json"
MAX_REFS = 50                  # refs per list kept in the audit event / notice


@dataclass
class FollowUp:
    version: str
    previous_version: str | None
    action: str                                           # "build" | "rollback"
    rulings: list[dict] = field(default_factory=list)     # {"id", "refs": {ref: "changed"|"removed"}}
    escalations: list[dict] = field(default_factory=list) # {"id", "status", "question", "refs": {...}}
    drift: list[dict] = field(default_factory=list)       # questions whose verdict / first citation changed
    drift_checked: int = 0
    subscribers_checked: int = 0     # opted-in askers ("tell me if this answer changes") re-answered
    subscribers_notified: int = 0    # ... of whom were told (an answer.changed outbox message)
    audit_event_id: str | None = None
    notices: list[dict] = field(default_factory=list)     # {"platform", "channel", "outbox_id"}
    summary: str = ""
    errors: list[str] = field(default_factory=list)
    skipped: bool = False       # no governance store or channel in use: nothing was done

    def to_json(self) -> dict:
        return asdict(self)


def _changes(diff: dict) -> dict[str, str]:
    out = {r["ref"]: "changed" for r in diff.get("changed", [])}
    out.update({r["ref"]: "removed" for r in diff.get("removed", [])})
    return out


def review_flags(gov, diff: dict) -> tuple[list[dict], list[dict]]:
    """(rulings, escalations) that rest on a clause the switch changed or removed."""
    changes = _changes(diff)
    if not changes:
        return [], []
    rulings = []
    for r in gov.rulings(active_only=True):
        hit = {c: changes[c] for c in (r.clauses or []) if c in changes}
        if hit:
            rulings.append({"id": r.id, "verdict": r.verdict, "refs": hit})
    escalations = []
    for e in gov.list(status=("open", "claimed")):
        cited = (e.answer_snapshot or {}).get("citations") or []
        hit = {c: changes[c] for c in cited if c in changes}
        if hit:
            escalations.append({"id": e.id, "status": e.status, "question": e.question, "refs": hit})
    return rulings, escalations


def recent_questions(gov, days: int, limit: int) -> list:
    """The newest answer event per distinct (redacted) question, newest last."""
    since = gov.now() - timedelta(days=days)
    latest: dict[str, object] = {}
    for ev in gov.audit_events(since=since, kinds=["answer"]):
        q = " ".join((ev.question or "").split())
        if q:
            latest.pop(q, None)
            latest[q] = ev                    # keeps insertion order = newest last
    events = list(latest.values())
    return events[-limit:] if limit else []


def answer_drift(gov, answer: Callable, *, days: int | None = None, limit: int | None = None) -> tuple[list[dict], int]:
    """Re-answer recent audit questions with `answer(question, rulings)`; (drifted, checked)."""
    days = env_int(ENV_DRIFT_DAYS, DRIFT_DAYS) if days is None else days
    limit = env_int(ENV_DRIFT_LIMIT, DRIFT_LIMIT) if limit is None else limit
    events = recent_questions(gov, days, limit)
    if not events:
        return [], 0
    rulings = gov.rulings_as_knowledge()
    drift = []
    from bot.redact import redact
    for ev in events:
        # stored redacted, perhaps by an older redactor: redact again with the current one before
        # the question is re-answered, reported or sent anywhere
        question = redact(ev.question or "").text
        a = answer(question, rulings)
        verdict = getattr(a.verdict, "value", a.verdict)
        first = a.citations[0].ref if a.citations else None
        old_first = (ev.refs or [None])[0]
        changed = [k for k, same in (("verdict", verdict == ev.verdict), ("first_citation", first == old_first))
                   if not same]
        if changed:
            drift.append({"event_id": ev.id, "question": question, "changed": changed,
                          "old": {"verdict": ev.verdict, "first_citation": old_first,
                                  "index_version": ev.index_version},
                          "new": {"verdict": verdict, "first_citation": first,
                                  "index_version": a.index_version}})
    return drift, len(events)


def notify_subscribers(gov, answer: Callable) -> tuple[int, int]:
    """Re-answer every subscribed question with `answer(question, rulings)` and, for those whose
    verdict or first citation changed since the subscriber was last told, queue an
    `answer.changed` message to their conversation (Governance.notify_answer_changed, which also
    moves the subscription's snapshot). Returns (checked, notified)."""
    subs = gov.subscriptions()
    if not subs:
        return 0, 0
    rulings = gov.rulings_as_knowledge()
    answers: dict[str, object] = {}
    notified = 0
    from bot.redact import redact
    for sub in subs:
        q = redact(sub.question or "").text   # the current redactor, as for every re-answer
        if not q.strip():
            continue
        if q not in answers:
            answers[q] = answer(q, rulings)
        a = answers[q]
        verdict = getattr(a.verdict, "value", a.verdict)
        first = a.citations[0].ref if a.citations else None
        if verdict == sub.verdict and first == sub.first_ref:
            continue
        if gov.notify_answer_changed(sub.id, verdict=verdict, first_ref=first,
                                     index_version=a.index_version or "") is not None:
            notified += 1
    return len(subs), notified


def _default_answer(home: Path, chroma_url: str | None):
    from bot.engine.pipeline import get_engine

    def answer(question: str, rulings: list[dict]):
        return get_engine(home, chroma_url).answer(question, rulings=rulings or None)
    return answer


def _refs(rows: list[dict]) -> list[str]:
    return [r["ref"] for r in rows[:MAX_REFS]]


def compose_summary(f: FollowUp, diff: dict, trigger: str, who: str | None) -> str:
    verb = "rolled back to" if f.action == "rollback" else "switched to"
    c = diff.get("counts", {})
    by = f" by {who}" if who else ""
    lines = [f"Policy index {verb} version {f.version}" + (f" (was {f.previous_version})" if f.previous_version else "")
             + f"{by} via {trigger}: {c.get('added', 0)} added, {c.get('changed', 0)} changed, "
               f"{c.get('removed', 0)} removed."]
    for label, key in (("Changed", "changed"), ("Removed", "removed"), ("Added", "added")):
        refs = [r["ref"] for r in diff.get(key, [])]
        if refs:
            lines.append(f"{label}: " + ", ".join(refs[:12]) + (f" and {len(refs) - 12} more" if len(refs) > 12 else ""))
    for row in diff.get("register", [])[:8]:
        lines.append("Register: " + register_line(row))
    if f.rulings:
        lines.append("Rulings to review: " + "; ".join(
            f"{r['id']} cites " + ", ".join(f"{ref} ({how})" for ref, how in r["refs"].items())
            for r in f.rulings[:10]))
    if f.escalations:
        lines.append("Open escalations answered with a changed clause: " + "; ".join(
            f"#{e['id']} ({', '.join(e['refs'])})" for e in f.escalations[:10]))
    if f.drift_checked:
        lines.append(f"Answers that change: {len(f.drift)} of {f.drift_checked} recent question(s).")
        for d in f.drift[:5]:
            lines.append(f"- \u201c{d['question'][:140]}\u201d: {d['old']['verdict']} \u2192 {d['new']['verdict']}"
                         f" ({d['old']['first_citation']} \u2192 {d['new']['first_citation']})")
    if f.subscribers_notified:
        lines.append(f"Askers who opted in told their answer changed: {f.subscribers_notified} of "
                     f"{f.subscribers_checked}.")
    text = "\n".join(lines)
    return text if len(text) <= 2800 else text[:2799] + "…"


def governance_in_use(home: Path) -> bool:
    """A governance store exists (POLICYBOT_DATABASE_URL, or the home's SQLite file) or a
    governance channel is configured. Without any, a plain CLI home (an evaluation, the demo)
    gets no governance database created by a reindex."""
    from bot.governance.settings import ENV_DATABASE_URL, SQLITE_FILE
    if os.environ.get(ENV_DATABASE_URL, "").strip() or (Path(home) / SQLITE_FILE).exists():
        return True
    return any(os.environ.get(f"POLICYBOT_{p.upper()}_GOVERNANCE_CHANNEL", "").strip() for p in PLATFORMS)


def after_switch(home: Path, diff: dict, *, action: str = "build", trigger: str = "cli",
                 who: str | None = None, chroma_url: str | None = None, governance=None,
                 answer: Callable | None = None, drift: bool = True) -> FollowUp:
    """Flags, drift, audit event and governance notices for a switch described by `diff` (its
    `version` serves now, `previous_version` served before). See the module doc."""
    home = Path(home)
    f = FollowUp(version=diff.get("version", ""), previous_version=diff.get("previous_version"), action=action)
    own = governance is None
    if own and not governance_in_use(home):
        f.skipped = True
        return f
    try:
        if own:
            from bot.governance import Governance
            governance = Governance(home=home)
    except Exception as e:
        f.errors.append(f"governance store unavailable: {e}")
        return f
    gov = governance
    try:
        try:
            f.rulings, f.escalations = review_flags(gov, diff)
        except Exception as e:
            f.errors.append(f"review flags: {e}")
        if drift:
            answer = answer or _default_answer(home, chroma_url)
            try:
                f.drift, f.drift_checked = answer_drift(gov, answer)
            except Exception as e:
                f.errors.append(f"answer drift: {e}")
            try:
                f.subscribers_checked, f.subscribers_notified = notify_subscribers(gov, answer)
            except Exception as e:
                f.errors.append(f"answer subscriptions: {e}")
        f.summary = compose_summary(f, diff, trigger, who)
        detail = {"action": action, "trigger": trigger, "previous_version": f.previous_version,
                  "counts": diff.get("counts", {}), "added": _refs(diff.get("added", [])),
                  "changed": _refs(diff.get("changed", [])), "removed": _refs(diff.get("removed", [])),
                  "register": [register_line(r) for r in diff.get("register", [])[:MAX_REFS]],
                  "review_rulings": f.rulings, "review_escalations": f.escalations,
                  "drift": f.drift[:MAX_REFS], "drift_checked": f.drift_checked,
                  "subscribers_checked": f.subscribers_checked, "subscribers_notified": f.subscribers_notified}
        try:
            f.audit_event_id = gov.record_reindex(f.version, platform=trigger if trigger in PLATFORMS else "cli",
                                                  user_id=who, detail=detail)
        except Exception as e:
            f.errors.append(f"audit: {e}")
        from bot.governance.service import governance_target
        stamp = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        for platform in PLATFORMS:
            target = governance_target(platform)
            if not target.get("channel"):
                continue
            payload = {"index_version": f.version, "previous_version": f.previous_version, "action": action,
                       "summary": f.summary, "counts": diff.get("counts", {}),
                       "changed": _refs(diff.get("changed", [])), "removed": _refs(diff.get("removed", [])),
                       "review_rulings": [r["id"] for r in f.rulings],
                       "review_escalations": [e["id"] for e in f.escalations],
                       "drift": len(f.drift), "drift_checked": f.drift_checked}
            try:
                msg = gov.enqueue("reindex.notice", platform, target, payload,
                                  f"reindex.notice:{platform}:{f.version}:{action}:{stamp}")
                f.notices.append({"platform": platform, "channel": target["channel"], "outbox_id": msg.id})
            except Exception as e:
                f.errors.append(f"outbox ({platform}): {e}")
    finally:
        if own:
            gov.close()
    try:
        p = home / "versions" / f.version / FOLLOWUP_FILE
        if p.parent.is_dir():
            p.write_text(json.dumps(f.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as e:
        f.errors.append(f"writing {FOLLOWUP_FILE}: {e}")
    return f


def after_chat_switch(home: Path, diff: dict, *, trigger: str, who: str, chroma_url: str | None = None,
                      governance=None) -> "FollowUp | None":
    """after_switch for a reindex started from a chat surface: never fails the reindex (None and
    a logged error instead)."""
    import logging
    log = logging.getLogger("policybot.reindex_followup")
    try:
        f = after_switch(home, diff, action="build", trigger=trigger, who=who, chroma_url=chroma_url,
                         governance=governance)
    except Exception:
        log.exception("reporting the reindex to governance failed")
        return None
    for e in f.errors:
        log.warning("reindex follow-up: %s", e)
    return f


def followup_line(f: "FollowUp | None") -> str:
    """What the switch did to governance, in one line (for chat replies)."""
    if f is None:
        return "I could not report this reindex to the governance team (see the server log)."
    if f.skipped:
        return "No governance store is in use: nothing flagged, no drift check."
    parts = [f"{len(f.rulings)} ruling(s) to review" + (f" ({', '.join(r['id'] for r in f.rulings[:10])})"
                                                        if f.rulings else ""),
             f"{len(f.escalations)} open escalation(s) to review" + (
                 f" ({', '.join('#' + str(e['id']) for e in f.escalations[:10])})" if f.escalations else ""),
             f"{len(f.drift)} of {f.drift_checked} recent answer(s) drifted"]
    line = "Governance: " + "; ".join(parts) + "."
    if f.notices:
        line += " The governance channel has been told."
    if f.errors:
        line += f" ({len(f.errors)} problem(s) reporting it: see the server log.)"
    return line


def render_followup(f: FollowUp, console=None) -> None:
    """Print the flags, the drift and where the notice went (concise)."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(stderr=True)
    for r in f.rulings:
        refs = ", ".join(f"{ref} ({how})" for ref, how in r["refs"].items())
        console.print(f"[yellow]review[/yellow] ruling {escape(r['id'])} cites {escape(refs)}", highlight=False)
    for e in f.escalations:
        console.print(f"[yellow]review[/yellow] escalation #{e['id']} ({e['status']}) was answered with "
                      f"{escape(', '.join(f'{k} ({v})' for k, v in e['refs'].items()))}", highlight=False)
    if f.drift_checked:
        console.print(f"Answer drift: {len(f.drift)} of {f.drift_checked} recent question(s) now answered "
                      "differently", highlight=False)
        for d in f.drift[:20]:
            console.print(f"  \u201c{escape(d['question'][:120])}\u201d: {d['old']['verdict']} \u2192 "
                          f"{d['new']['verdict']}; first citation {escape(str(d['old']['first_citation']))} "
                          f"\u2192 {escape(str(d['new']['first_citation']))}", highlight=False)
    if f.subscribers_notified:
        console.print(f"Queued {f.subscribers_notified} 'your answer changed' notice(s) for askers who opted in "
                      f"({f.subscribers_checked} subscription(s) checked).", highlight=False)
    for n in f.notices:
        console.print(f"Queued a reindex notice for the {n['platform']} governance channel {escape(str(n['channel']))}.",
                      highlight=False)
    for e in f.errors:
        console.print(f"warning: {escape(e)}", highlight=False)
