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
         "with a verdict and the exact clauses it rests on. All state lives under POLICYBOT_HOME "
         "(or --home, or a per-user data folder).",
)

HomeOpt = typer.Option(None, "--home", help="State folder (ignored when POLICYBOT_HOME is set).")
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
    folder: Optional[Path] = typer.Argument(None, help="Knowledge folder (default: the bundled example knowledge/)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Index a knowledge folder (.md .txt .docx .pdf .html, register .csv, sources.yaml) as a new
    version. Only changed clauses are re-embedded. Exit 0: every file indexed; 1: some file
    skipped (named on stderr with the reason); 2: usage error."""
    from bot.paths import knowledge_dir
    folder = folder or knowledge_dir()
    if not folder.is_dir():
        _err(f"error: knowledge folder not found: {folder}")
        raise typer.Exit(2)
    result = _build(folder, _home(home), chroma_url, quiet)
    if result is None:
        raise typer.Exit(1)
    raise typer.Exit(1 if result.skipped else 0)


def _build(folder: Path, home: Path, chroma_url: Optional[str], quiet: bool, trigger: str = "cli"):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from index.build import BuildError, build_index
    console = Console(stderr=True)
    stages = {"ingest": "Reading files", "embed": "Embedding clauses", "store": "Storing vectors"}
    try:
        if quiet or not sys.stderr.isatty():
            result = build_index(folder, home, chroma_url=chroma_url, trigger=trigger)
        else:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          console=console, transient=True) as prog:
                tasks: dict[str, int] = {}

                def progress(stage: str, done: int, total: int) -> None:
                    if stage not in tasks:
                        tasks[stage] = prog.add_task(stages.get(stage, stage), total=max(total, 1))
                    prog.update(tasks[stage], completed=done, total=max(total, 1))
                result = build_index(folder, home, chroma_url=chroma_url, progress=progress, trigger=trigger)
    except (BuildError, RuntimeError, OSError) as e:
        _err(f"error: {e}")
        return None
    for p in result.problems:
        _err(f"{'skipped' if p.skipped else 'warning'}: {p}")
    _warm_engine(home, chroma_url)
    typer.echo(
        f"Indexed {result.documents} document(s), {result.clauses} clause(s) "
        f"({result.register} register row(s)) as version {result.index_version} in {result.seconds:.1f} s: "
        f"{len(result.added)} added, {len(result.changed)} changed, {len(result.removed)} removed, "
        f"{result.embedded} embedded.", err=True)
    return result


def _warm_engine(home: Path, chroma_url: Optional[str]) -> None:
    """Prepare the engine's sentence vectors now, so the first question is fast."""
    try:
        from bot.engine.pipeline import get_engine
        get_engine(home, chroma_url)
    except Exception as e:  # the index is built; answering will retry and report
        _err(f"warning: could not prepare the answer engine: {e}")


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
    console.print(f"{file.name}: {len(clauses)} clause(s)")
    for c in clauses:
        text = " ".join(c.text.split())
        console.print(f"[cyan]{c.id:>10}[/cyan]  [bold]{c.heading}[/bold]  {text[:110]}{'…' if len(text) > 110 else ''}",
                      highlight=False)


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
def _engine(home: Optional[str], chroma_url: Optional[str]):
    from bot.engine.pipeline import get_engine
    from bot.paths import knowledge_dir
    from index.build import read_current
    h = _home(home)
    if read_current(h) is None:
        folder = knowledge_dir()
        _err(f"No index in {h} yet: indexing the bundled example knowledge ({folder}) first.")
        if _build(folder, h, chroma_url, quiet=True, trigger="first-ask") is None:
            raise typer.Exit(1)
    return get_engine(h, chroma_url)


def _failed_answer(question: str, index_version: str):
    from bot.assistant import APOLOGY
    from bot.engine.models import Answer, Verdict
    from bot.redact import redact
    return Answer(question=redact(question).text, verdict=Verdict.unsure, summary=APOLOGY, escalated=True,
                  escalation_reason="internal error while answering", index_version=index_version)


@app.command("ask")
def ask_cmd(
    question: str = typer.Argument(..., help='The question, or "-" to read one question per line from stdin.'),
    as_json: bool = typer.Option(False, "--json", help="Print the contract's answer object (JSON Lines with -)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
) -> None:
    """Answer a question about the policy: verdict, conditions and the clauses it rests on.
    With "-", answers one question per line from stdin, one JSON object per line, loading the
    index and models once."""
    engine = _engine(home, chroma_url)
    if question == "-":
        out = sys.stdout
        for line in sys.stdin:
            q = line.strip()
            if not q:
                continue
            try:
                a = engine.answer(q)
            except Exception as e:  # one bad question must not stop a batch
                _err(f"error answering a question: {e.__class__.__name__}")
                a = _failed_answer(q, engine.index_version)
            if as_json:
                out.write(json.dumps(a.to_contract(), ensure_ascii=False) + "\n")
            else:
                from bot.render import render_answer
                render_answer(a)
            out.flush()
        return
    a = engine.answer(question)
    if as_json:
        typer.echo(json.dumps(a.to_contract(), ensure_ascii=False, indent=2))
    else:
        from bot.render import render_answer
        render_answer(a)


# ------------------------------------------------------------------------------------ eval
@app.command("eval")
def eval_cmd(
    cases: Path = typer.Argument(..., help="Evaluation cases (JSON Lines, contract section 3)."),
    home: Optional[str] = HomeOpt,
    chroma_url: Optional[str] = ChromaOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Run evaluation cases against the current index and print verdict accuracy, citation
    hit@3, escalation accuracy, dangerous errors, PII leaks and quote faithfulness, with the
    failures listed."""
    from bot.evaluate import evaluate, load_cases, print_report
    try:
        cs = load_cases(cases)
    except ValueError as e:
        _err(f"error: {e}")
        raise typer.Exit(2)
    engine = _engine(home, chroma_url)
    report = evaluate(engine, cs)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    raise typer.Exit(0 if report["dangerous_errors"] == 0 else 1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
