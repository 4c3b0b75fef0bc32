"""Slack's Block Kit limits and the helpers that keep any text inside them.

https://docs.slack.dev/reference/block-kit/ : a message holds at most 50 blocks, a modal 100; a
section's text at most 3,000 characters, a field 2,000; a header 150; plain-text button labels
75; a button value 2,000; a context block 10 elements; an actions block 25 elements; a modal
title, submit and close label 24; a select option's text 75 and value 150; private_metadata
3,000. Message `text` (the notification fallback) is cut at 40,000 by Slack; we keep it short.
"""
from __future__ import annotations

import json
import re

MAX_MESSAGE_BLOCKS = 50
MAX_MODAL_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_VIEW_TITLE = 24
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_PRIVATE_METADATA = 3000
MAX_INPUT_LENGTH = 3000
MAX_FALLBACK_TEXT = 3000
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending with … when cut (on a word if one is near)."""
    text = text or ""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def escape(text: str) -> str:
    """Slack's three control characters escaped for mrkdwn (&, <, >)."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link <url|label>, or the bare label when there is no usable URL."""
    label = escape(label).replace("|", "¦")
    if not url or not re.match(r"^(https?|mailto):", url, re.I):
        return label
    safe = url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
    return f"<{safe}|{label}>"


def plain(text: str, limit: int, emoji: bool = True) -> dict:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": emoji}


def mrkdwn(text: str, limit: int = MAX_SECTION_TEXT) -> dict:
    return {"type": "mrkdwn", "text": clip(text, limit) or " "}


def section(text: str) -> dict:
    return {"type": "section", "text": mrkdwn(text)}


def sections(lines: list[str], limit: int = MAX_SECTION_TEXT) -> list[dict]:
    """Lines packed into as few sections as fit `limit` characters each (a long line is clipped)."""
    out: list[str] = []
    cur = ""
    for line in lines:
        line = clip(line, limit)
        if cur and len(cur) + 1 + len(line) > limit:
            out.append(cur)
            cur = line
        else:
            cur = f"{cur}\n{line}" if cur else line
    if cur:
        out.append(cur)
    return [section(t) for t in out]


def context(*texts: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(t) for t in texts[:MAX_CONTEXT_ELEMENTS] if t]}


def button(text: str, action_id: str, value: str = "", style: str | None = None, url: str | None = None) -> dict:
    b = {"type": "button", "text": plain(text, MAX_BUTTON_TEXT), "action_id": action_id}
    if value:
        if len(value) > MAX_BUTTON_VALUE:
            raise ValueError(f"button value over {MAX_BUTTON_VALUE} characters")
        b["value"] = value
    if style in ("primary", "danger"):
        b["style"] = style
    if url:
        b["url"] = url
    return b


def actions(*elements: dict, block_id: str | None = None) -> dict:
    a = {"type": "actions", "elements": list(elements)[:MAX_ACTIONS_ELEMENTS]}
    if block_id:
        a["block_id"] = block_id
    return a


def encode_value(data: dict, shrink: str | None = None, limit: int = MAX_BUTTON_VALUE) -> str:
    """Compact JSON for a button value; the string field `shrink` is cut until the whole fits."""
    data = dict(data)
    s = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(s) > limit and shrink and isinstance(data.get(shrink), str):
        over = len(s) - limit
        data[shrink] = clip(data[shrink], max(len(data[shrink]) - over - 8, 0))
        s = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    while len(s) > limit and shrink and data.get(shrink):   # JSON escapes can grow a string
        data[shrink] = data[shrink][: len(data[shrink]) // 2] + ELLIPSIS
        s = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(s) > limit:
        raise ValueError("button value does not fit")
    return s


def decode_value(value: str | None) -> dict:
    try:
        d = json.loads(value or "{}")
        return d if isinstance(d, dict) else {}
    except ValueError:
        return {}


def fit_message(blocks: list[dict], keep_last: int = 0, limit: int = MAX_MESSAGE_BLOCKS,
                note: str = "_{n} more not shown; ask me about a clause to see it._") -> list[dict]:
    """At most `limit` blocks: the last `keep_last` (e.g. the buttons) always stay, and a context
    line says how many were left out."""
    if len(blocks) <= limit:
        return blocks
    tail = blocks[len(blocks) - keep_last:] if keep_last else []
    head = blocks[: len(blocks) - keep_last] if keep_last else list(blocks)
    room = limit - len(tail) - 1
    dropped = len(head) - room
    return head[:room] + [context(note.format(n=dropped))] + tail
