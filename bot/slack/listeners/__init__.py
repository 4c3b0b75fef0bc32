"""Listeners, registered by kind (events, commands, actions, views). Each kind's package maps
Slack ids to `handle_*` functions in a table; `register_listeners` wires them all, and the
manifest test reads the same tables."""
from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, views


def register_listeners(app: App, services) -> None:
    """`services` (bot.slack.services.SlackServices) reaches every listener as the `services`
    argument, lazy listeners included."""

    def attach_services(context, next):
        context["services"] = services
        next()

    app.use(attach_services)
    events.register(app)
    commands.register(app)
    actions.register(app)
    views.register(app)
