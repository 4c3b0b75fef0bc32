"""Handlers of the Teams app, one module per kind of activity, registered on an
AgentApplication by `register` (no decorators on globals)."""
from __future__ import annotations

import re

from microsoft_agents.hosting.core.app._routes import RouteRank

from bot.teams.handlers.card_actions import on_adaptive_card_action
from bot.teams.handlers.errors import on_error
from bot.teams.handlers.message import on_message
from bot.teams.handlers.welcome import on_installation_update, on_members_added


def _bind(handler, bot):
    """`handler(..., bot=bot)` under the handler's own name (the SDK logs route names)."""
    async def bound(*args):
        return await handler(*args, bot=bot)
    bound.__name__ = bound.__qualname__ = handler.__name__
    return bound


def register(app, bot) -> None:
    async def remember_service_url(context, _state) -> bool:
        if context.activity.service_url:
            bot.last_service_url = context.activity.service_url
        tenant = getattr(context.activity.conversation, "tenant_id", None)
        if tenant:
            bot.last_tenant_id = tenant
        return True

    app.before_turn(remember_service_url)
    app.conversation_update("membersAdded")(_bind(on_members_added, bot))
    app.installation_update()(_bind(on_installation_update, bot))
    app.adaptive_card.action_execute(re.compile(r".+"))(_bind(on_adaptive_card_action, bot))
    # the catch-all last: once invoke routes exist the SDK would otherwise try it first
    app.message(rank=RouteRank.LAST)(_bind(on_message, bot))
    app.error(_bind(on_error, bot))
