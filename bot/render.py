"""Readable terminal rendering of an answer (the CLI surface)."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape

from bot.engine.models import Answer, Verdict

STYLE = {
    Verdict.allowed: ("✅", "bold green"),
    Verdict.conditional: ("☑️ ", "bold yellow"),
    Verdict.not_allowed: ("⛔", "bold red"),
    Verdict.unsure: ("❓", "bold magenta"),
    Verdict.info: ("ℹ️ ", "bold cyan"),
    Verdict.out_of_scope: ("↪️ ", "bold white"),
}


def render_answer(a: Answer, console: Console | None = None) -> None:
    # not a terminal (a pipe, a file, a log): no wrapping, so links and refs stay whole
    console = console or Console(soft_wrap=not sys.stdout.isatty())
    icon, style = STYLE[a.verdict]
    console.print(f"{icon} [{style}]{a.verdict_words}[/{style}]  [dim](confidence {a.confidence:.2f})[/dim]")
    console.print(escape(a.summary))
    if a.conditions:
        console.print("\n[bold]Conditions[/bold]")
        for c in a.conditions:
            console.print(f"  • {escape(c)}")
    if a.citations:
        console.print("\n[bold]From the policy[/bold]")
        for c in a.citations:
            link = f"  [dim]{escape(c.url)}[/dim]" if c.url else ""
            console.print(f"  [cyan]{escape(c.ref)}[/cyan] [dim]{escape(c.heading)}[/dim]{link}")
            console.print(f"    “{escape(c.quote)}”")
    if a.escalated:
        console.print(f"\n[magenta]For the AI governance team[/magenta]: {escape(a.escalation_reason or '')}")
    console.print(f"[dim]index {a.index_version}[/dim]")


def print_model(model, console: Console | None = None) -> None:
    """The compiled policy model as tables (`policybot rules`)."""
    from rich.table import Table
    console = console or Console()
    mark = {"confirmed": "[green]confirmed[/green]", "corrected": "[yellow]corrected[/yellow]", "read": "[dim]read[/dim]"}

    def src(item) -> str:
        return f"{escape(item.ref or 'default')}  {mark.get(item.review, item.review)} [dim]{item.source} {item.confidence:.2f}[/dim]"
    st = model.stance
    console.print(f"[bold]Tools the policy does not list[/bold]: {escape(st.effect.replace('_', ' '))}"
                  + (f" (with {', '.join(st.data_allowed)} information)" if st.data_allowed else ""))
    console.print(f"  {src(st.item)}")
    if st.item.quote:
        console.print(f"  “{escape(st.item.quote)}”")
    t = Table(title="Tools", title_justify="left", show_lines=False)
    for col in ("tool", "status", "information", "from"):
        t.add_column(col)
    for tool in model.tools:
        t.add_row(escape(tool.name), tool.status, ", ".join(tool.data_allowed) or "none", src(tool.item))
    console.print(t)
    for title, rules in (("Activity rules", [r for r in model.rules if r.effect != "undecided"]),
                         ("Undecided", model.undecided)):
        t = Table(title=title, title_justify="left")
        for col in ("effect", "topic", "quote", "from"):
            t.add_column(col)
        for r in rules:
            t.add_row(r.effect.replace("_", " "), escape(r.label), escape(r.item.quote[:90]), src(r.item))
        console.print(t)
    if model.preconditions:
        console.print("[bold]Preconditions on any use[/bold]")
        for p in model.preconditions:
            console.print(f"  {src(p)}  “{escape(p.quote[:100])}”")
    if model.glossary:
        console.print("[bold]The organisation's own terms[/bold]")
        for g in model.glossary:
            console.print(f"  {escape(g.term)} → {escape(g.means)}  {src(g.item)}")
    for p in model.problems:
        console.print(f"[red]problem[/red]: {escape(p)}")
