"""Shared pieces of the Adaptive Cards: the card envelope, text blocks and the verdict look."""
from __future__ import annotations

from bot.engine.models import VERDICT_WORDS, Verdict
from bot.render import STYLE as _TERMINAL_STYLE

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

# Adaptive Card colours (TextBlock.color) and container styles for each verdict; the icons are
# the terminal's, so every surface shows the same symbol for a verdict.
_COLOURS = {
    Verdict.allowed: ("good", "good"),
    Verdict.conditional: ("warning", "warning"),
    Verdict.not_allowed: ("attention", "attention"),
    Verdict.unsure: ("accent", "accent"),
    Verdict.info: ("accent", "emphasis"),
    Verdict.out_of_scope: ("default", "emphasis"),
}


def verdict_look(verdict: Verdict | str) -> tuple[str, str, str, str]:
    """(icon, words, text colour, container style) for a verdict."""
    v = Verdict(verdict)
    colour, style = _COLOURS[v]
    return _TERMINAL_STYLE[v][0].strip(), VERDICT_WORDS[v], colour, style


def card(body: list[dict], actions: list[dict] | None = None, *, fallback: str = "",
         refresh: dict | None = None) -> dict:
    c: dict = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        c["actions"] = actions
    if fallback:
        c["fallbackText"] = fallback
    if refresh:
        c["refresh"] = refresh
    return c


def text(value: str, **style) -> dict:
    return {"type": "TextBlock", "text": value, "wrap": True, **style}


def heading(value: str, **style) -> dict:
    return text(value, weight="Bolder", spacing="Medium", **style)


def plain(value: str, **run_style) -> dict:
    """Text that came from documents or people: a RichTextBlock, whose TextRuns are never read as
    markdown (a TextBlock would turn `*`, `_` or `[..](..)` in a clause into formatting or links)."""
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": value, **run_style}]}


def bullets(items: list[str]) -> list[dict]:
    return [plain(f"• {i}") for i in items]


def verdict_banner(verdict: Verdict | str, title: str | None = None) -> dict:
    """A coloured band with the verdict's icon and words."""
    icon, words, colour, style = verdict_look(verdict)
    return {"type": "Container", "style": style, "bleed": True, "items": [
        text(f"{icon} {title or words}", size="Large", weight="Bolder", color=colour)]}


def execute(title: str, verb: str, data: dict, **extra) -> dict:
    """An Action.Execute (universal action): Teams sends it to the bot as an
    `adaptiveCard/action` invoke with this verb and data (plus any inputs)."""
    return {"type": "Action.Execute", "title": title, "verb": verb, "data": data, **extra}
