"""Welcome message with example questions when the app is installed or the bot is added."""
from __future__ import annotations

from bot.teams.activities import card_activity
from bot.teams.cards import build_welcome_card
from bot.teams.translate import base_conversation_id, in_channel, thread_key


async def _welcome(context, bot) -> None:
    if bot.threads.welcome_once(base_conversation_id(thread_key(context.activity))):
        await context.send_activity(card_activity(build_welcome_card(in_channel=in_channel(context.activity))))


async def on_members_added(context, _state, *, bot) -> None:
    """conversationUpdate/membersAdded: welcome when the bot itself is among the new members
    (installed in a chat or team), not every time someone joins a team."""
    me = context.activity.recipient.id if context.activity.recipient else None
    if any(m.id == me for m in context.activity.members_added or []):
        await _welcome(context, bot)


async def on_installation_update(context, _state, *, bot) -> None:
    """installationUpdate with action "add" (Teams sends it with membersAdded on install; the
    welcome goes out once either way)."""
    if (context.activity.action or "").lower() == "add":
        await _welcome(context, bot)
