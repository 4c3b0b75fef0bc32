"""Event listeners. EVENTS maps each Bolt event name to its handler and to the event it needs
in the manifest's bot_events; ASSISTANT does the same for the assistant pane."""
from __future__ import annotations

from slack_bolt import App, Assistant

from bot.slack.listeners.common import ack_now
from bot.slack.listeners.events.app_mention import handle_app_mention
from bot.slack.listeners.events.assistant_thread import (handle_assistant_thread_context_changed,
                                                         handle_assistant_thread_started,
                                                         handle_assistant_user_message)
from bot.slack.listeners.events.message import handle_direct_message

# Bolt event -> (handler, manifest bot event)
EVENTS = {
    "app_mention": (handle_app_mention, "app_mention"),
    "message": (handle_direct_message, "message.im"),
}
# assistant pane: Bolt Assistant hook -> (handler, manifest bot event)
ASSISTANT = {
    "thread_started": (handle_assistant_thread_started, "assistant_thread_started"),
    "thread_context_changed": (handle_assistant_thread_context_changed, "assistant_thread_context_changed"),
    "user_message": (handle_assistant_user_message, "message.im"),
}


def register(app: App) -> None:
    assistant = Assistant()
    for hook, (handler, _) in ASSISTANT.items():
        getattr(assistant, hook)(lazy=[handler])(ack_now)
    app.assistant(assistant)
    for name, (handler, _) in EVENTS.items():
        app.event(name)(ack=ack_now, lazy=[handler])


def manifest_events() -> set[str]:
    return {ev for _, ev in EVENTS.values()} | {ev for _, ev in ASSISTANT.values()}
