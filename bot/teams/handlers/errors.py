"""The one error handler: log it, apologise without internals."""
from __future__ import annotations

import logging

from microsoft_agents.activity import ActivityTypes

log = logging.getLogger("policybot.teams")

SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


async def on_error(context, error: Exception, *, bot) -> None:
    log.error("Teams handler failed: %s", error.__class__.__name__, exc_info=error)
    if context.activity.type == ActivityTypes.message:
        try:
            await context.send_activity(SORRY)
        except Exception:   # the connector may be what failed
            log.warning("could not send the apology")
