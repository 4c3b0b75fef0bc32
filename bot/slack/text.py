"""Slack message text to plain question text: mentions, links and escapes undone."""
from __future__ import annotations

import re

from bot.normalize import normalize_text

_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[CG][A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(?:here|channel|everyone)(?:\|[^>]*)?>|<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:mailto:|https?://|tel:)[^>|]*)(?:\|([^>]*))?>")


def question_text(text: str, bot_user_id: str | None = None) -> str:
    """The question in a Slack message: the bot's mention removed, other mentions as
    "a colleague", links as their label (so an email address reaches the redactor as text)."""
    def user(m: re.Match) -> str:
        return "" if bot_user_id and m.group(1) == bot_user_id else "a colleague"

    def linked(m: re.Match) -> str:
        target, label = m.group(1), m.group(2)
        if label:
            return label
        return target[len("mailto:"):] if target.startswith("mailto:") else target

    t = _USER.sub(user, text or "")
    t = _CHANNEL.sub(lambda m: f"#{m.group(1)}" if m.group(1) else "this channel", t)
    t = _SPECIAL.sub(lambda m: m.group(1) or "", t)
    t = _LINK.sub(linked, t)
    t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(normalize_text(t).split())       # hidden characters out, at the edge
