"""policybot command line: index a knowledge folder, check how a document parses, search it,
ask questions (one, or many as JSON Lines) and score an evaluation set."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="policybot: answers staff questions about the organisation's generative-AI usage policy, "
         "with a verdict and the exact clauses it rests on. All state lives under --home if given, "
         "else POLICYBOT_HOME, else a per-user data folder.",
)

HomeOpt = typer.Option(None, "--home", help="State folder (wins over POLICYBOT_HOME).")
ChromaOpt = typer.Option(None, "--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000 "
                                                    "(default: embedded Chroma in the state folder; env POLICYBOT_CHROMA_URL).")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _home(home: Optional[str]) -> Path:
    from index.home import resolve_home
    return resolve_home(home)


# ------------------------------------------------------------------------------------ index
@app.command("index")
def index_cmd(
    folder: Optional[Path] = typer.Argument(None, help="Knowledge folder (default: the folder the version in use was "
                                                       "built from). With --rollback: the version to serve again."),
    example: bool = typer.Option(False, "--example", help="Index the bundled example knowledge (a fictional "
                                                          "council's policy), to try policybot out."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    force: bool = typer.Option(False, "--force", help="Switch even when the clause count collapsed or a file the "
                                                      "serving version indexed cannot be read."),
    rollback: bool = typer.Option(False, "--rollback", help="`index --rollback [VERSION]`: serve an earlier version "
                                                            "again (default: the one before the serving one)."),
    watch: bool = typer.Option(False, "--watch", help="`index --watch DIR`: reindex whenever files in DIR change "
                                                      "(debounced); Ctrl-C or SIGTERM stops."),
    debounce: float = typer.Option(2.0, "--debounce", help="With --watch: seconds of quiet before reindexing."),
) -> None:
    """Index a knowledge folder (.md .txt .docx .pdf .html, register .csv, sources.yaml) as a new
    version, switched to only when the build and its checks pass; prints what changed. Only
    changed clauses are re-embedded. Exit 0: every file indexed; 1: some file skipped (named on
    stderr with the reason), a check failed or another reindex is running (the serving version
    is unchanged); 2: usage error."""
    if rollback and watch:
        _err("error: --rollback and --watch cannot be combined")
        raise typer.Exit(2)
    if rollback:
        if example:
            _err("error: --rollback and --example cannot be combined")
            raise typer.Exit(2)
        raise typer.Exit(_rollback(_home(home), str(folder) if folder else None, chroma_url))
    folder = _index_folder(folder, example, home)
    if folder.exists() and not folder.is_dir():
        _err(f"error: not a folder: {folder} (policybot index takes the knowledge folder that holds your "
             "documents; `policybot clauses FILE` shows how one file splits into clauses)")
        raise typer.Exit(2)
    if not folder.is_dir():
        _err(f"error: knowledge folder not found: {folder}")
        raise typer.Exit(2)
    if watch:
        raise typer.Exit(_watch(folder, _home(home), chroma_url, debounce))
    result = _build(folder, _home(home), chroma_url, quiet, force=force)
    if result is None:
        raise typer.Exit(1)
    raise typer.Exit(1 if result.skipped else 0)


def _index_folder(folder: Optional[Path], example: bool, home: Optional[str]) -> Path:
    """The folder `policybot index` reads: the one given; the bundled example with --example; else
    the folder the version in use was built from (said on stderr). Exit 2 when there is none: the
    bundled example is never indexed unless asked for."""
    from bot.paths import bundled_knowledge_dir
    if example:
        if folder is not None:
            _err("error: give a knowledge folder or --example, not both")
            raise typer.Exit(2)
        return bundled_knowledge_dir()
    if folder is not None:
        return folder
    from index.build import load_manifest
    h = _home(home)
    manifest = load_manifest(h) or {}
    if manifest.get("folder"):
        _err(f"Reindexing {manifest['folder']}, the folder version {manifest.get('index_version', '?')} "
             "(the one in use) was built from.")
        return Path(manifest["folder"])
    _err(f"error: no knowledge folder given, and {h} has no index yet to take one from: run "
         "`policybot index FOLDER` with your organisation's knowledge folder "
         "(or `policybot index --example` to try the bundled example)")
    raise typer.Exit(2)


def _rollback(home: Path, version: Optional[str], chroma_url: Optional[str]) -> int:
    from index.build import BuildError
    from index.diff import is_empty, render_diff
    from index.versions import rollback
    try:
        r = rollback(home, version, chroma_url=chroma_url)
    except BuildError as e:
        _err(f"error: {e}")
        return 1
    _warm_engine(home, chroma_url)
    _err(f"Rolled back: version {r.version} serves again (was {r.previous_version}).")
    if not is_empty(r.diff):
        render_diff(r.diff)
    _followup(home, r.diff, "rollback", "cli", chroma_url)
    return 0


def _followup(home: Path, diff: dict, action: str, trigger: str, chroma_url: Optional[str], console=None) -> None:
    """After a switch: rulings / escalations to review, answer drift, the audit event and the
    governance channel notice (bot/reindex_followup.py); never fails the command."""
    from bot.reindex_followup import after_switch, render_followup
    from index.lock import current_user
    try:
        f = after_switch(home, diff, action=action, trigger=trigger, who=current_user(), chroma_url=chroma_url)
    except Exception as e:
        _err(f"warning: could not report the switch to governance: {e}")
        return
    render_followup(f, console)


def _watch(folder: Path, home: Path, chroma_url: Optional[str], debounce: float) -> int:
    import logging

    from index.watch import watch_folder
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    wlog = logging.getLogger("policybot.index.watch")
    wlog.addHandler(handler)
    wlog.setLevel(logging.INFO)

    def after(ev) -> None:
        if ev.result is not None and not ev.result.unchanged:
            _warm_engine(home, chroma_url)
            _followup(home, ev.result.diff, "build", "watch", chroma_url)
    watch_folder(folder, home, chroma_url, debounce=debounce, on_event=after)
    return 0


def _build(folder: Path, home: Path, chroma_url: Optional[str], quiet: bool, trigger: str = "cli",
           force: bool = False):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from index.build import BuildError, build_index
    from index.diff import is_empty, render_diff
    console = Console(stderr=True)
    stages = {"ingest": "Reading files", "embed": "Embedding clauses", "store": "Storing vectors"}
    try:
        if quiet or not sys.stderr.isatty():
            result = build_index(folder, home, chroma_url=chroma_url, trigger=trigger, force=force)
        else:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          console=console, transient=True) as prog:
                tasks: dict[str, int] = {}

                def progress(stage: str, done: int, total: int) -> None:
                    if stage not in tasks:
                        tasks[stage] = prog.add_task(stages.get(stage, stage), total=max(total, 1))
                    prog.update(tasks[stage], completed=done, total=max(total, 1))
                result = build_index(folder, home, chroma_url=chroma_url, progress=progress, trigger=trigger,
                                     force=force)
    except (BuildError, RuntimeError, OSError) as e:
        _err(f"error: {e}")
        return None
    for note in result.notes:
        _err(f"note: {note}")
    for p in result.problems:
        _err(f"{'skipped' if p.skipped else 'warning'}: {p}")
    engine = _warm_engine(home, chroma_url)
    typer.echo(
        f"Indexed {result.documents} document(s), {result.clauses} clause(s) "
        f"({result.register} register row(s)) as version {result.index_version} in {result.seconds:.1f} s: "
        f"{len(result.added)} added, {len(result.changed)} changed, {len(result.removed)} removed, "
        f"{result.embedded} embedded.", err=True)
    if result.previous_version and not is_empty(result.diff):
        render_diff(result.diff, console)
    _model_changes(home, result, engine, console)
    _followup(home, result.diff, "build", trigger, chroma_url, console)
    return result


def _warm_engine(home: Path, chroma_url: Optional[str]):
    """Prepare the engine's sentence vectors and compiled policy model now, so the first question
    is fast."""
    try:
        from bot.engine.pipeline import get_engine
        return get_engine(home, chroma_url)
    except Exception as e:  # the index is built; answering will retry and report
        _err(f"warning: could not prepare the answer engine: {e}")
        return None


def _model_changes(home: Path, result, engine, console) -> None:
    """After a reindex: what changed in the compiled policy model, and problems in policy-map.yaml."""
    if engine is None or getattr(engine, "model", None) is None:
        return
    from bot.engine.policy_model import MODEL_FILE, model_diff
    from index.build import versions_dir
    for p in engine.model.problems:
        _err(f"warning: {p}")
    old = None
    if result.previous_version and result.previous_version != result.index_version:
        f = versions_dir(home) / result.previous_version / MODEL_FILE
        try:
            old = json.loads(f.read_text(encoding="utf-8")) if f.exists() else None
        except (OSError, ValueError):
            old = None
    lines = model_diff(old, engine.model.to_json())
    if lines:
        console.print("[bold]Policy model changes[/bold] (policybot rules shows the whole model):")
        for line in lines:
            console.print(f"  {line}", highlight=False)


# ------------------------------------------------------------------------------------ versions
@app.command("versions")
def versions_cmd(
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
    as_json: bool = typer.Option(False, "--json", help="Print JSON (a list of versions, or the diff with --diff)."),
    diff: Optional[str] = typer.Option(None, "--diff", metavar="VERSION",
                                       help="Show what VERSION changed against the version it replaced "
                                            "(an id, a unique prefix of one, or `current`)."),
) -> None:
    """The index versions kept in the state folder, newest first: id, when, documents, clauses,
    changes, who/what triggered it, and which one serves (*). `policybot index --rollback
    [VERSION]` serves an earlier one again."""
    from index.build import BuildError, read_current
    from index.versions import list_versions, resolve_version
    h = _home(home)
    if diff is not None:
        from index.diff import load_diff, render_diff
        try:
            v = read_current(h) if diff == "current" else resolve_version(h, diff)
        except BuildError as e:
            _err(f"error: {e}")
            raise typer.Exit(1)
        d = load_diff(h, v) if v else None
        if d is None:
            _err(f"error: no stored diff for version {v or diff}")
            raise typer.Exit(1)
        if as_json:
            typer.echo(json.dumps(d, ensure_ascii=False, indent=1))
        else:
            from rich.console import Console
            render_diff(d, Console(), limit=1000)
        return
    infos = list_versions(h, check=True, chroma_url=chroma_url)
    if as_json:
        typer.echo(json.dumps([v.to_json() for v in infos], ensure_ascii=False, indent=1))
        return
    if not infos:
        _err(f"No index versions in {h}: run `policybot index FOLDER`.")
        raise typer.Exit(1)
    typer.echo(f"  {'version':<25}  {'created (UTC)':<16}  {'docs':>4}  {'clauses':>7}  {'changes':<12}  "
               f"{'trigger':<10}  {'who':<16}  vectors")
    for v in infos:
        c = v.counts
        changes = f"+{c.get('added', 0)} ~{c.get('changed', 0)} -{c.get('removed', 0)}"
        typer.echo(f"{'*' if v.current else ' '} {v.version:<25}  {v.created[:16].replace('T', ' '):<16}  "
                   f"{v.documents:>4}  {v.clauses:>7}  {changes:<12}  {v.trigger:<10}  {v.who:<16}  "
                   f"{ {True: 'ok', False: 'missing', None: '?'}[v.available]}")


# ------------------------------------------------------------------------------------ clauses
@app.command("clauses")
def clauses_cmd(
    file: Path = typer.Argument(..., help="A policy document (.md .txt .docx .pdf .html) or register .csv."),
    as_json: bool = typer.Option(False, "--json", help='Print a JSON list of {"id", "heading", "text"} in document order.'),
) -> None:
    """Show the clauses one document yields, with their ids: how a content owner checks that a
    document parses as expected."""
    from index.ingest import parse_document
    from index.loaders import LoaderError
    from index.register import entry_clause, read_register
    if not file.is_file():
        _err(f"error: no such file: {file}")
        raise typer.Exit(2)
    doc = None
    try:
        if file.suffix.lower() == ".csv":
            entries, problems = read_register(file)
            clauses = [entry_clause(e, n, {}) for n, e in enumerate(entries)]
            title = ""
        else:
            doc = parse_document(file)
            clauses, problems, title = doc.clauses, [], doc.title
    except LoaderError as e:
        _err(f"error: {file.name}: {e}")
        raise typer.Exit(1)
    for p in problems:
        _err(f"warning: {p}")
    if as_json:
        typer.echo(json.dumps([c.to_public() for c in clauses], ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    console = Console()
    if title:
        console.print(f"[bold]{title}[/bold]")
    console.print(f"{file.name}: {len(clauses)} clause(s)", highlight=False)
    if doc is not None:      # a short summary of what was recognised, before the list
        from index.clauses import STRUCTURES
        console.print(f"  structure: {STRUCTURES.get(doc.structure, doc.structure)}", highlight=False)
        if doc.register:
            where = sorted({r for e in doc.register for r in e.clauses})
            console.print(f"  tools table: {len(doc.register)} register row(s), cited as {', '.join(where)}",
                          highlight=False)
            for e in doc.register:
                console.print(f"    {e.tool}: {e.status} ({'; '.join(e.data_allowed) or 'no data'})", highlight=False)
        for w in doc.warnings:
            console.print(f"  warning: {w}", highlight=False, markup=False)
    for c in clauses:
        text = " ".join(c.text.split())
        console.print(f"[cyan]{c.id:>10}[/cyan]  [bold]{c.heading}[/bold]  {text[:110]}{'…' if len(text) > 110 else ''}",
                      highlight=False)


# ------------------------------------------------------------------------------------ rules
@app.command("rules")
def rules_cmd(
    home: Optional[str] = typer.Option(None, "--home", help="State folder (default: POLICYBOT_HOME or the per-user folder)."),
    chroma_url: Optional[str] = typer.Option(None, "--chroma-url", envvar="POLICYBOT_CHROMA_URL", help="Chroma server URL."),
    as_json: bool = typer.Option(False, "--json", help="Print the compiled policy model as JSON."),
) -> None:
    """Show what the bot believes the policy says: the stance on tools it does not list, each
    tool, the activity rules by topic, undecided points, preconditions and the organisation's own
    terms, each with its clause and whether the content owner confirmed or corrected it
    (policy-map.yaml) or the engine read it alone."""
    from index.build import read_current
    h = _home(home)
    if read_current(h) is None:
        _err(f"error: no index in {h}: run `policybot index FOLDER` first")
        raise typer.Exit(2)
    from bot.engine.pipeline import get_engine
    model = get_engine(h, chroma_url).model
    if as_json:
        typer.echo(json.dumps(model.to_json(), ensure_ascii=False, indent=1))
        return
    from bot.render import print_model
    print_model(model)


# ------------------------------------------------------------------------------------ search
@app.command("search")
def search_cmd(
    text: str = typer.Argument(..., help="What to look for."),
    k: int = typer.Option(5, "-k", help="How many clauses."),
    as_json: bool = typer.Option(False, "--json"),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Top clauses for a text (hybrid vector + BM25 retrieval), with scores."""
    from index.search import NoIndexError, Searcher
    try:
        s = Searcher.open(_home(home), chroma_url=chroma_url)
    except NoIndexError as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    hits = s.search(text, k=k)
    if as_json:
        typer.echo(json.dumps([{"ref": h.clause.ref, "heading": h.clause.heading, "score": round(h.score, 4),
                                "vector_score": h.vector_score, "bm25_score": h.bm25_score,
                                "text": h.clause.text} for h in hits], ensure_ascii=False, indent=1))
        return
    for h in hits:
        text1 = " ".join(h.clause.text.split())
        typer.echo(f"{h.score:5.3f}  {h.clause.ref}  [{h.clause.heading}]  {text1[:100]}")


# ------------------------------------------------------------------------------------ ask
EXAMPLE_NOTE = ("note: these answers come from the bundled example knowledge (a fictional council's policy), "
                "not your organisation's: run `policybot index FOLDER` with your own knowledge folder.")


def _serves_example(h: Path) -> bool:
    """Was the version in use built from the bundled example knowledge?"""
    from bot.paths import bundled_knowledge_dir
    from index.build import load_manifest
    folder = (load_manifest(h) or {}).get("folder")
    try:
        return bool(folder) and Path(folder).resolve() == bundled_knowledge_dir().resolve()
    except OSError:
        return False


def _engine(home: Optional[str], chroma_url: Optional[str], example_ok: bool = True):
    """The answer engine of the version in use. On an empty home `ask` (example_ok) indexes the
    bundled example first, saying so; every command answering from the example says so on stderr.
    Other commands exit 2 on an empty home."""
    from bot.engine.pipeline import get_engine
    from bot.paths import bundled_knowledge_dir
    from index.build import read_current
    h = _home(home)
    if read_current(h) is None:
        if not example_ok:
            _err(f"error: no index in {h}: run `policybot index FOLDER` first "
                 "(or `policybot index --example` to try the bundled example)")
            raise typer.Exit(2)
        folder = bundled_knowledge_dir()
        _err(f"No index in {h} yet: indexing the bundled example knowledge ({folder}) first, to try "
             "policybot out. For your organisation's policy run `policybot index FOLDER`.")
        if _build(folder, h, chroma_url, quiet=True, trigger="first-ask") is None:
            raise typer.Exit(1)
    if _serves_example(h):
        _err(EXAMPLE_NOTE)
    return get_engine(h, chroma_url)


def _current_engine(home: Optional[str], chroma_url: Optional[str], engine):
    """The engine for the version serving now (the same object while CURRENT is unchanged)."""
    from bot.engine.pipeline import get_engine
    try:
        return get_engine(_home(home), chroma_url)
    except Exception:
        return engine


def _rulings(home: Optional[str]) -> list[dict] | None:
    """Active governance rulings, when this state folder has a governance database."""
    import os
    from bot.governance.settings import ENV_DATABASE_URL, SQLITE_FILE
    if not os.environ.get(ENV_DATABASE_URL) and not (_home(home) / SQLITE_FILE).exists():
        return None
    try:
        from bot.governance.service import Governance
        with Governance(home=_home(home)) as gov:
            return gov.rulings_as_knowledge()
    except Exception as e:
        _err(f"warning: governance rulings not available: {e}")
        return None


def _failed_answer(question: str, index_version: str):
    from bot.assistant import APOLOGY
    from bot.engine.models import Answer, Verdict
    from bot.redact import redact
    return Answer(question=redact(question).text, verdict=Verdict.unsure, summary=APOLOGY, escalated=True,
                  escalation_reason="internal error while answering", index_version=index_version)


def _gov_configured(home: Optional[str]) -> bool:
    """Is a governance database configured for this state folder (POLICYBOT_DATABASE_URL, or the
    SQLite file the bots create in it)?"""
    import os
    from bot.governance.settings import ENV_DATABASE_URL, SQLITE_FILE
    return bool(os.environ.get(ENV_DATABASE_URL, "").strip()) or (_home(home) / SQLITE_FILE).exists()


CLI_NOT_SENT = ("In Slack or Teams this would go to the AI governance team; from the command line nothing "
                "was sent (no governance database is configured).")
BATCH_NOT_SENT = ("In Slack or Teams this would go to the AI governance team; answers to a batch on the "
                  "command line are not sent.")


def _honest_escalation(a, home: Optional[str], record: bool):
    """The CLI never claims an escalation that did not happen. With `record` and a governance
    database, an escalated answer is recorded as an escalation from the CLI user (the team sees it
    in `policybot escalations list`); otherwise the summary says plainly that in chat it would be
    escalated. `escalated` keeps the contract's meaning (has been, or would be, sent)."""
    if not a.escalated:
        return a
    from bot.assistant import APOLOGY
    from bot.engine.compose import ESCALATED
    told = None
    if record and _gov_configured(home):
        try:
            from bot.governance.service import Governance
            from index.lock import current_user
            with Governance(home=_home(home)) as gov:
                user = current_user()
                event = gov.record_answer(a, platform="cli", user_id=user)
                esc = gov.escalate(a, platform="cli", user_id=user, conversation_ref={}, audit_event_id=event)
            told = (f"I've recorded it for the AI governance team as escalation {esc.id} "
                    "(`policybot escalations list`).")
        except Exception as e:
            _err(f"warning: could not record the escalation: {e.__class__.__name__}")
    if told is None:
        told = CLI_NOT_SENT if record else BATCH_NOT_SENT
    summary = a.summary
    for claim in (ESCALATED, APOLOGY.split(". ", 1)[-1]):
        summary = summary.replace(claim, told) if claim in summary else summary
    if told not in summary:
        summary = f"{summary} {told}".strip()
    return a.model_copy(update={"summary": summary})


def _batch_line(line: str) -> tuple[object, str | None, str | None]:
    """(id, question, problem) of one stdin line: a plain-text question, or a JSON object
    {"id": ..., "question": ...} (contract section 2)."""
    text = line.strip()
    if not text:
        return None, None, "empty line: no question to answer"
    if text.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            return None, None, "not a JSON object: a line starting with { must be {\"id\": ..., \"question\": ...}"
        if not isinstance(obj, dict):
            return None, None, "not a JSON object"
        qid, q = obj.get("id"), obj.get("question")
        if not isinstance(q, str) or not q.strip():
            return qid, None, "the object has no \"question\" text"
        return qid, q.strip(), None
    return None, text, None


def _bad_line_answer(problem: str, index_version: str) -> dict:
    """The contract's answer object (every key present) for a line with no question, plus `error`."""
    from bot.engine.models import Answer, Verdict
    a = Answer(question="", verdict=Verdict.out_of_scope, index_version=index_version,
               summary=f"There was no question on this line ({problem}), so there is nothing to answer.")
    return {**a.to_contract(), "error": problem}


@app.command("ask")
def ask_cmd(
    question: str = typer.Argument(..., help='The question, or "-" to read one question per line from stdin '
                                             '(plain text, or JSON {"id": ..., "question": ...} whose id is echoed).'),
    as_json: bool = typer.Option(False, "--json", help="Print the contract's answer object (JSON Lines with -)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Answer a question about the policy: verdict, conditions and the clauses it rests on.
    With "-", answers one question per line from stdin, one JSON object per line, loading the
    index and models once; every input line gets exactly one answer line (a blank or unreadable
    line gets an out_of_scope answer with an `error` field), and a JSON line's `id` is echoed. A
    question over POLICYBOT_MAX_QUESTION_CHARS (2,000) characters is answered with a one-line
    message saying so."""
    from index.embeddings import preload_in_background
    preload_in_background()           # the ONNX session loads while the engine's modules import
    from bot.assistant import too_long_answer
    engine = _engine(home, chroma_url)
    rulings = _rulings(home)
    if question == "-":
        out = sys.stdout
        for line in sys.stdin:
            qid, q, problem = _batch_line(line)
            if problem is not None:
                obj = _bad_line_answer(problem, engine.index_version)
                if qid is not None:
                    obj["id"] = qid
                if as_json:
                    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
                else:
                    _err(f"skipped a line: {problem}")
                out.flush()
                continue
            try:
                # the engine of the serving version: a reindex in between is picked up here
                engine = _current_engine(home, chroma_url, engine)
                a = too_long_answer(q, engine.index_version) or engine.answer(q, rulings=rulings)
            except Exception as e:  # one bad question must not stop a batch
                _err(f"error answering a question: {e.__class__.__name__}")
                a = _failed_answer(q, engine.index_version)
            a = _honest_escalation(a, home, record=False)
            if as_json:
                obj = a.to_contract()
                if qid is not None:
                    obj["id"] = qid
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                from bot.render import render_answer
                render_answer(a)
            out.flush()
        return
    a = too_long_answer(question, engine.index_version) or _honest_escalation(
        engine.answer(question, rulings=rulings), home, record=True)
    if as_json:
        typer.echo(json.dumps(a.to_contract(), ensure_ascii=False, indent=2))
    else:
        from bot.render import render_answer
        render_answer(a)


# ------------------------------------------------------------------------------------ eval
@app.command("eval")
def eval_cmd(
    cases: Path = typer.Argument(..., help="Evaluation cases (JSON Lines; see docs/knowledge-format.md)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    sources: Optional[Path] = typer.Option(None, "--sources", help="Check quote faithfulness against the original "
                                                                   "files in this folder (default: the indexed knowledge)."),
    min_verdict: Optional[float] = typer.Option(None, "--min-verdict", help="Exit 1 below this verdict accuracy."),
    min_hit3: Optional[float] = typer.Option(None, "--min-hit3", help="Exit 1 below this citation hit@3."),
    max_dangerous: int = typer.Option(0, "--max-dangerous", help="Exit 1 above this many dangerous errors."),
    max_pii_leaks: Optional[int] = typer.Option(None, "--max-pii-leaks", help="Exit 1 above this many PII leaks."),
    min_faithful: Optional[float] = typer.Option(None, "--min-faithful", help="Exit 1 below this quote faithfulness."),
) -> None:
    """Score evaluation cases against the current index (the project's scorer): verdict
    accuracy, citation hit@3, escalation accuracy, dangerous errors, PII leaks and quote
    faithfulness (against the indexed knowledge, or the originals in --sources), with the
    failures listed. Exit 0; 1 when a threshold is not met (by default: any dangerous error);
    2 on a usage error."""
    from bot.evaluate import evaluate, load_cases, print_report, unmet
    try:
        cs = load_cases(cases)
    except (ValueError, OSError) as e:
        _err(f"error: {e}")
        raise typer.Exit(2)
    if sources is not None and not sources.is_dir():
        _err(f"error: --sources: not a folder: {sources}")
        raise typer.Exit(2)
    engine = _engine(home, chroma_url, example_ok=False)
    report = evaluate(engine, cs, sources=sources)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    failed = unmet(report, {"min_verdict": min_verdict, "min_hit3": min_hit3, "max_dangerous": max_dangerous,
                            "max_pii_leaks": max_pii_leaks, "min_faithful": min_faithful})
    for f in failed:
        _err(f"threshold not met: {f}")
    raise typer.Exit(1 if failed else 0)


# ------------------------------------------------------------------------------------ governance
from bot import cli_governance as _gov_cli  # noqa: E402  (escalations, rulings, audit, report, db)
app.add_typer(_gov_cli.escalations_app, name="escalations")
app.add_typer(_gov_cli.rulings_app, name="rulings")
app.add_typer(_gov_cli.audit_app, name="audit")
app.add_typer(_gov_cli.db_app, name="db")
app.command("report")(_gov_cli.report_cmd)


# ------------------------------------------------------------------------------------ slack
@app.command("slack")
def slack_cmd(
    http: bool = typer.Option(False, "--http", help="Serve the Events API over HTTP instead of Socket Mode."),
    host: str = typer.Option("127.0.0.1", "--host", help="Bind address for --http."),
    port: int = typer.Option(3000, "--port", help="Port for --http."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Run the Slack app: Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN) by default, or with
    --http the Events API at http://HOST:PORT/slack/events (SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET). See the README's Slack section."""
    from bot.extras import require
    require("slack", "slack")
    from bot.slack.server import run
    raise typer.Exit(run(http=http, host=host, port=port, home=_home(home), chroma_url=chroma_url))


# ------------------------------------------------------------------------------------ teams
@app.command("teams")
def teams_cmd(
    action: Optional[str] = typer.Argument(None, help='Leave out to serve the bot; "package" builds the Teams app zip.'),
    host: str = typer.Option("127.0.0.1", "--host", help="Bind address."),
    port: int = typer.Option(3978, "--port", help="Port; the endpoint is http://HOST:PORT/api/messages."),
    out: Path = typer.Option(Path("policybot-teams.zip"), "--out", help="package: the zip to write."),
    values: list[str] = typer.Option([], "--set", help="package: NAME=VALUE for a manifest placeholder "
                                                       "(ORG_NAME, ORG_URL, ...); repeatable."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Run the Microsoft Teams bot (Microsoft 365 Agents SDK) at http://HOST:PORT/api/messages,
    configured by POLICYBOT_TEAMS_APP_ID, _APP_PASSWORD, _TENANT_ID (or POLICYBOT_TEAMS_ANONYMOUS=1
    for local testing only); or `package` the app for upload. See the README's Teams section."""
    if action not in (None, "package"):
        _err(f"error: unknown action {action!r} (expected nothing, or package)")
        raise typer.Exit(2)
    if action == "package":
        from bot.teams.package import run_package
        raise typer.Exit(run_package(out, values))
    from bot.extras import require
    require("teams", "teams")
    from bot.teams.server import run
    raise typer.Exit(run(host=host, port=port, home=_home(home), chroma_url=chroma_url))


# ------------------------------------------------------------------------------------ serve
@app.command("serve")
def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Bind address."),
    port: int = typer.Option(8080, "--port", help="Port (Slack at /slack/events, Teams at /api/messages)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Run everything enabled in one process: Slack (HTTP or Socket Mode), Teams, the governance
    outbox worker and the index watcher (POLICYBOT_WATCH_DIR), with /healthz, /readyz and
    /metrics. SIGTERM shuts down gracefully. See deploy/OPERATIONS.md."""
    from bot.extras import require
    require("serve", "serve")
    from bot.serve import ConfigError, ServeConfig, run
    try:
        config = ServeConfig.from_env()
    except ConfigError:
        config = None               # run() reports it
    if config is not None:          # only the surfaces configured need their extras
        require("serve", *(["slack"] if config.slack_mode else []), *(["teams"] if config.teams else []))
    raise typer.Exit(run(host=host, port=port, home=_home(home), chroma_url=chroma_url))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
