"""Command line for the AI governance team: escalations, rulings, the audit trail, the report and
the database schema. Registered on the main ``policybot`` app in bot/cli.py.

Every command works on the governance database: POLICYBOT_DATABASE_URL (or --database-url), else
<POLICYBOT_HOME>/policybot.sqlite3. Heavy imports (SQLAlchemy, plotly) happen inside commands so
``policybot --help`` stays fast."""
from __future__ import annotations

import getpass
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer

HomeOpt = typer.Option(None, "--home", help="State folder (wins over POLICYBOT_HOME).")
DbOpt = typer.Option(None, "--database-url", envvar="POLICYBOT_DATABASE_URL",
                     help="SQLAlchemy database URL (env POLICYBOT_DATABASE_URL; default: "
                          "policybot.sqlite3 in the state folder).")
ActorOpt = typer.Option(None, "--actor", envvar="POLICYBOT_ACTOR",
                        help="Who is acting: your platform user id (env POLICYBOT_ACTOR; default cli:<login>).")
JsonOpt = typer.Option(False, "--json", help="Print JSON.")

escalations_app = typer.Typer(
    no_args_is_help=True, rich_markup_mode=None,
    help="Questions escalated to the AI governance team: list, show, claim, answer, dismiss. "
         "A case goes open -> claimed -> answered, or open/claimed -> dismissed.")
rulings_app = typer.Typer(
    no_args_is_help=True, rich_markup_mode=None,
    help="Published governance rulings (cited as governance-rulings#R-<n>): list, withdraw, export, import.")
audit_app = typer.Typer(
    no_args_is_help=True, rich_markup_mode=None,
    help="The audit trail (redacted questions, verdicts, pseudonymous user keys): export, purge.")
db_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                     help="The governance database schema (Alembic migrations).")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _actor(actor: Optional[str]) -> str:
    if actor and actor.strip():
        return actor.strip()
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


@contextmanager
def _gov(home: Optional[str], db_url: Optional[str]) -> Iterator:
    from bot.governance.service import ConflictError, Governance, NotFoundError, TransitionError
    try:
        gov = Governance(db_url or None, home=home)
    except Exception as e:   # a bad URL, an unreachable server
        from bot.redact import redact
        _err(f"error: cannot open the governance database: {redact(str(e)).text}")
        raise typer.Exit(1)
    try:
        yield gov
    except (TransitionError, ConflictError, NotFoundError) as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    except ValueError as e:
        _err(f"error: {e}")
        raise typer.Exit(2)
    finally:
        gov.close()


def _when(dt) -> str:
    from bot.governance.models import iso
    return iso(dt) or "-"


def _short(text: Optional[str], n: int = 80) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


# ------------------------------------------------------------------------------ escalations
@escalations_app.command("list")
def escalations_list(
    status: Optional[str] = typer.Option(None, "--status", help="open, claimed, answered or dismissed "
                                                                "(default: open and claimed)."),
    all_: bool = typer.Option(False, "--all", help="Every escalation, whatever its status."),
    as_json: bool = JsonOpt, home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt,
) -> None:
    """List escalations, oldest first (default: the ones waiting for the team)."""
    statuses = None if all_ else ([status] if status else ["open", "claimed"])
    if status and status not in ("open", "claimed", "answered", "dismissed"):
        _err("error: --status must be open, claimed, answered or dismissed")
        raise typer.Exit(2)
    with _gov(home, db_url) as gov:
        items = gov.list(statuses)
        if as_json:
            typer.echo(json.dumps([e.to_dict() for e in items], ensure_ascii=False, indent=1))
            return
        if not items:
            typer.echo("No escalations.")
            return
        typer.echo(f"{'id':>5}  {'status':<9}  {'raised':<20}  {'platform':<8}  {'bot said':<12}  question")
        for e in items:
            typer.echo(f"{e.id:>5}  {e.status:<9}  {_when(e.created_at):<20}  {e.platform:<8}  "
                       f"{(e.answer_snapshot or {}).get('verdict') or '-':<12}  {_short(e.question)}")


@escalations_app.command("show")
def escalations_show(esc_id: int = typer.Argument(..., metavar="ID", help="Escalation id."), as_json: bool = JsonOpt,
                     home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Show one escalation: the question, what the bot answered, who acted, and delivery status."""
    with _gov(home, db_url) as gov:
        e = gov.get(esc_id)
        msgs = gov.outbox(escalation_id=e.id)
        if as_json:
            d = e.to_dict()
            d["deliveries"] = [{"id": m.id, "kind": m.kind, "status": m.status, "attempts": m.attempts,
                                "last_error": m.last_error} for m in msgs]
            typer.echo(json.dumps(d, ensure_ascii=False, indent=1))
            return
        snap = e.answer_snapshot or {}
        lines = [f"Escalation {e.id}: {e.status} (version {e.version})",
                 f"Question:  {e.question}",
                 f"Raised:    {_when(e.created_at)} from {e.platform}"
                 f"{' (the asker asked for a person)' if e.requested_by_user else ''}",
                 f"Reason:    {e.reason or '-'}",
                 f"Bot said:  {snap.get('verdict') or '-'}: {snap.get('summary') or ''}",
                 f"Citations: {', '.join(snap.get('citations') or []) or '-'}",
                 f"Index:     {snap.get('index_version') or '-'}"]
        if e.claimed_by:
            lines.append(f"Claimed:   {_when(e.claimed_at)} by {_who(e.claimed_by)}")
        if e.status == "answered":
            lines += [f"Answered:  {_when(e.answered_at)} by {_who(e.answered_by)}",
                      f"Verdict:   {e.governance_verdict}", f"Answer:    {e.answer_text}",
                      f"Ruling:    {e.ruling_id or '-'}"]
        if e.status == "dismissed":
            lines += [f"Dismissed: {_when(e.dismissed_at)} by {_who(e.dismissed_by)}", f"Why:       {e.dismiss_reason or '-'}"]
        for m in msgs:
            lines.append(f"Delivery:  {m.kind} {m.status} after {m.attempts} attempt(s)"
                         f"{f' - {m.last_error}' if m.last_error else ''}")
        typer.echo("\n".join(lines))


def _who(actor: str | None) -> str | None:
    """A stored actor for display: a chat-platform user is kept only as a keyed hash ("uk:...")."""
    return "a governance team member" if actor and actor.startswith(("uk:", "sealed:")) else actor


@escalations_app.command("claim")
def escalations_claim(esc_id: int = typer.Argument(..., metavar="ID", help="Escalation id."), actor: Optional[str] = ActorOpt,
                      home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Claim an open escalation so that others know you are answering it (exit 1 if someone else
    claimed it first)."""
    with _gov(home, db_url) as gov:
        who = _actor(actor)
        e = gov.claim(esc_id, who)
        typer.echo(f"Escalation {e.id} claimed by {who}.")


@escalations_app.command("answer")
def escalations_answer(
    esc_id: int = typer.Argument(..., metavar="ID", help="Escalation id."),
    verdict: str = typer.Option(..., "--verdict", help="allowed, conditional, not_allowed, unsure, info or out_of_scope."),
    text: str = typer.Option(..., "--text", help='The answer for the asker ("-" reads it from stdin).'),
    publish: bool = typer.Option(False, "--publish", help="Also publish it as a ruling (governance-rulings#R-<n>) "
                                                          "that answers similar questions from now on."),
    clauses: Optional[list[str]] = typer.Option(None, "--clause", help="A clause the answer rests on, e.g. "
                                                "genai-usage-policy.docx#7.3 (repeatable; default: the bot's citations)."),
    actor: Optional[str] = ActorOpt, home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt,
) -> None:
    """Answer an open or claimed escalation. The answer goes back to the asker (and the governance
    channel message is updated) through the outbox. Personal data in the text is redacted."""
    if text == "-":
        text = sys.stdin.read()
    with _gov(home, db_url) as gov:
        e = gov.answer(esc_id, _actor(actor), verdict, text, publish_ruling=publish, clauses=clauses or None)
        typer.echo(f"Escalation {e.id} answered ({e.governance_verdict})"
                   f"{f'; published as ruling {e.ruling_id}' if e.ruling_id else ''}.")


@escalations_app.command("dismiss")
def escalations_dismiss(
    esc_id: int = typer.Argument(..., metavar="ID", help="Escalation id."),
    reason: str = typer.Option(..., "--reason", help="Why (e.g. duplicate of 12, not a policy question)."),
    notify: bool = typer.Option(True, "--notify/--no-notify", help="Tell the asker (default) or not."),
    actor: Optional[str] = ActorOpt, home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt,
) -> None:
    """Dismiss an open or claimed escalation."""
    with _gov(home, db_url) as gov:
        e = gov.dismiss(esc_id, _actor(actor), reason, notify_asker=notify)
        typer.echo(f"Escalation {e.id} dismissed.")


# ------------------------------------------------------------------------------ rulings
@rulings_app.command("list")
def rulings_list(all_: bool = typer.Option(False, "--all", help="Include withdrawn rulings."),
                 as_json: bool = typer.Option(False, "--json", help="Print JSON Lines (the contract's shape)."),
                 home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """List rulings (active ones unless --all)."""
    with _gov(home, db_url) as gov:
        rs = gov.rulings(active_only=not all_)
        if as_json:
            for r in rs:
                typer.echo(json.dumps(r.to_contract(), ensure_ascii=False))
            return
        if not rs:
            typer.echo("No rulings.")
            return
        for r in rs:
            state = f"withdrawn {_when(r.withdrawn)}" if r.withdrawn else f"published {_when(r.published)}"
            typer.echo(f"{r.id:<6} {r.verdict:<12} {state:<31} {_short(r.question, 70)}")


@rulings_app.command("withdraw")
def rulings_withdraw(ruling_id: str = typer.Argument(..., metavar="RULING", help="Ruling id, e.g. R-3."), actor: Optional[str] = ActorOpt,
                     home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Withdraw a ruling: it is never cited again (its number is not reused)."""
    with _gov(home, db_url) as gov:
        r = gov.withdraw_ruling(ruling_id, _actor(actor))
        typer.echo(f"Ruling {r.id} withdrawn.")


@rulings_app.command("export")
def rulings_export(out: Path = typer.Option(Path("-"), "--out", help="File to write (default: stdout)."),
                   home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Export every ruling (withdrawn too) as JSON Lines:
    {"id","question","verdict","answer","clauses","published","withdrawn"}."""
    with _gov(home, db_url) as gov:
        n = gov.export_rulings_jsonl(sys.stdout if str(out) == "-" else out)
        _err(f"Exported {n} ruling(s).")


@rulings_app.command("import")
def rulings_import(file: Path = typer.Argument(..., metavar="FILE", help="JSON Lines file from `policybot rulings export`."),
                   home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Import rulings (insert or update by id). Later rulings are numbered after the highest id imported."""
    if not file.is_file():
        _err(f"error: no such file: {file}")
        raise typer.Exit(2)
    with _gov(home, db_url) as gov:
        n = gov.import_rulings_jsonl(file)
        typer.echo(f"Imported {n} ruling(s).")


# ------------------------------------------------------------------------------ audit
@audit_app.command("export")
def audit_export(fmt: str = typer.Option("csv", "--format", help="csv or jsonl."),
                 out: Path = typer.Option(Path("-"), "--out", help="File to write (default: stdout)."),
                 home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Export the audit trail (one row per question/answer, feedback, escalation step, reindex,
    delivery). Users appear only as pseudonymous keys; questions are redacted."""
    if fmt not in ("csv", "jsonl"):
        _err("error: --format must be csv or jsonl")
        raise typer.Exit(2)
    with _gov(home, db_url) as gov:
        n = gov.export_audit(fmt, "-" if str(out) == "-" else out)
        _err(f"Exported {n} audit event(s).")


@audit_app.command("purge")
def audit_purge(older_than: Optional[int] = typer.Option(None, "--older-than", min=0, metavar="DAYS",
                                                         help="Retention in days (default "
                                                              "POLICYBOT_AUDIT_RETENTION_DAYS, else 365)."),
                yes: bool = typer.Option(False, "--yes", "-y", help="Delete without asking (scripts, cron)."),
                dry_run: bool = typer.Option(False, "--dry-run", help="Only say what would be deleted."),
                home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Delete audit events, delivered messages and closed escalations older than the retention
    period. Rulings are kept. Asks for confirmation when something would be deleted, unless
    --yes; --dry-run only counts."""
    import sys
    with _gov(home, db_url) as gov:
        would = gov.purge(older_than, dry_run=True)
        what = (f"{would['audit_events']} audit event(s), {would['outbox_messages']} delivered message(s) and "
                f"{would['escalations']} closed escalation(s) older than {would['days']} days")
        if dry_run:
            typer.echo(f"Would purge {what} (dry run: nothing deleted).")
            return
        if not yes and any(would[k] for k in ("audit_events", "outbox_messages", "escalations")):
            if not sys.stdin.isatty():
                _err(f"error: this would delete {what}: pass --yes to confirm (or --dry-run to look first)")
                raise typer.Exit(2)
            if not typer.confirm(f"Delete {what}?", default=False):
                _err("Nothing deleted.")
                raise typer.Exit(1)
        r = gov.purge(older_than)
        typer.echo(f"Purged {r['audit_events']} audit event(s), {r['outbox_messages']} delivered message(s) and "
                   f"{r['escalations']} closed escalation(s) older than {r['days']} days.")


# ------------------------------------------------------------------------------ report
def report_cmd(out: Path = typer.Option(Path("report.html"), "--out", help="HTML file to write."),
               days: int = typer.Option(30, "--days", min=1, help="How many days, up to today."),
               home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Write the governance report: one self-contained HTML page (opens offline) with questions
    per day by verdict, top tools, escalations and time to answer, not-helpful rate, most-cited
    clauses and the questions the policy did not cover."""
    from bot.extras import require
    require("report", "report")
    from bot.governance.report import build_report
    with _gov(home, db_url) as gov:
        path = build_report(gov, out, days=days)
        typer.echo(f"Wrote {path} ({path.stat().st_size // 1024} KB).")


# ------------------------------------------------------------------------------ db
@db_app.command("upgrade")
def db_upgrade(home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Create or migrate the governance database to the latest schema (safe to run again)."""
    from bot.governance import db as gdb
    from bot.redact import redact
    url = gdb.normalise_url(db_url or None, home)
    try:
        rev = gdb.upgrade(url)
    except Exception as e:
        _err(f"error: migration failed: {redact(str(e)).text}")
        raise typer.Exit(1)
    typer.echo(f"Database {url.render_as_string(hide_password=True)} is at revision {rev}.")


@db_app.command("current")
def db_current(home: Optional[str] = HomeOpt, db_url: Optional[str] = DbOpt) -> None:
    """Print the database's schema revision and the latest one."""
    from bot.governance import db as gdb
    engine = gdb.make_engine(db_url or None, home)
    try:
        typer.echo(f"current: {gdb.current_revision(engine) or '(empty)'}\nhead:    {gdb.head_revision()}")
    finally:
        engine.dispose()
