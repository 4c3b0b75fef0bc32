"""From a Teams activity to the core's terms: the question text, who asked, where to reply."""
from __future__ import annotations

import html
import re

from bot.normalize import normalize_text

_AT = re.compile(r"<at[^>]*>(.*?)</at>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def question_text(activity) -> str:
    """The message text without the bot's @mention and without markup: `<at>policybot</at> can
    I use Copilot?` -> `can I use Copilot?`. (The SDK removes the mention it has an entity for;
    this catches the rest.) Other people's mentions keep their name."""
    bot = (getattr(activity.recipient, "name", None) or "").strip().lower()

    def mention(m: re.Match) -> str:
        name = html.unescape(_TAG.sub("", m.group(1))).strip()
        return "" if name.lower() == bot else name

    text = _AT.sub(mention, activity.text or "")
    text = html.unescape(_TAG.sub(" ", text)).replace("\xa0", " ")
    return " ".join(normalize_text(text).split())      # hidden characters out, at the edge


def user_id(activity) -> str:
    """The person's AAD object id (what content owners are configured by), else the channel id."""
    who = activity.from_property
    if who is None:
        return ""
    return (who.aad_object_id or who.id or "").strip()


def user_name(activity) -> str:
    who = activity.from_property
    return (getattr(who, "name", None) or "someone") if who else "someone"


def conversation_ref(activity) -> dict:
    """A JSON-able conversation reference: what the core stores to reply later (proactively)."""
    return activity.get_conversation_reference().model_dump(mode="json", by_alias=True, exclude_none=True)


def thread_key(activity) -> str:
    """The conversation (for a channel, the thread: Teams puts `;messageid=` in its id)."""
    return activity.conversation.id if activity.conversation else ""


def base_conversation_id(conversation_id: str) -> str:
    """A channel thread's channel: `19:abc@thread.tacv2;messageid=17` -> `19:abc@thread.tacv2`."""
    return conversation_id.split(";", 1)[0]


def in_channel(activity) -> bool:
    return bool(activity.conversation and activity.conversation.conversation_type == "channel")
