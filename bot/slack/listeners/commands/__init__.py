"""Slash command listeners: COMMANDS maps each command to (ack function, lazy handler)."""
from __future__ import annotations

from slack_bolt import App

from bot.slack import ids
from bot.slack.listeners.commands.policy import ack_policy_command, handle_policy_command

COMMANDS = {ids.COMMAND: (ack_policy_command, handle_policy_command)}


def register(app: App) -> None:
    for name, (ack_fn, handler) in COMMANDS.items():
        app.command(name)(ack=ack_fn, lazy=[handler])
