"""The Teams app: an Agents SDK AgentApplication with policybot's handlers, built by a factory
(nothing is created at import time)."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import AgentApplication, MemoryStorage, TurnContext, TurnState
from microsoft_agents.hosting.core.security import OutboundHostValidator

from bot.teams.settings import TeamsSettings
from bot.teams.threads import ThreadStore

log = logging.getLogger("policybot.teams")


@dataclass
class TeamsBot:
    """Everything the server, the handlers and the notifier share."""
    app: AgentApplication
    adapter: CloudAdapter
    assistant: object                       # bot.assistant.Assistant
    settings: TeamsSettings
    threads: ThreadStore = field(default_factory=ThreadStore)
    reindex_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_service_url: str = ""              # the Bot Connector URL Teams last called us from
    last_tenant_id: str = ""                # and the tenant of that conversation

    @property
    def governance(self):
        return getattr(self.assistant, "governance", None)

    def auth_configuration(self):
        return self.settings.auth_configuration()


def create_app(assistant, settings: TeamsSettings, connection_manager=None) -> TeamsBot:
    """The AgentApplication and its CloudAdapter over one connection manager (by default the
    one `settings` maps to: MSAL for a registration, anonymous for local testing)."""
    from bot.teams.handlers import register

    connections = connection_manager or settings.connection_manager()
    app = AgentApplication[TurnState](storage=MemoryStorage(), connection_manager=connections,
                                      start_typing_timer=False, remove_recipient_mention=True)
    # With a registration, only activities whose serviceUrl is a Microsoft (Teams / Bot
    # Framework) host over https are accepted; anonymous mode talks to local emulators.
    validator = None if settings.anonymous else OutboundHostValidator(enabled=True)
    adapter = CloudAdapter(connection_manager=connections, host_validator=validator)
    bot = TeamsBot(app=app, adapter=adapter, assistant=assistant, settings=settings)

    async def on_turn_error(context: TurnContext, error: Exception) -> None:
        # the SDK's default sends the exception text to the user; never show internals
        log.error("Teams turn failed: %s", error.__class__.__name__, exc_info=error)
    adapter.on_turn_error = on_turn_error

    register(app, bot)
    return bot
