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
