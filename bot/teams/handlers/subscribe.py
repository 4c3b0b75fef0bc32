"""Action.Execute ``answer.subscribe`` on an answer card ("Tell me if this changes"): the person
opts in to hear, in this conversation, if a reindex changes the answer's verdict or first
citation (bot.reindex_followup queues an ``answer.changed`` outbox message). The card comes back with
a note in place of the button."""
from __future__ import annotations

import asyncio

from microsoft_agents.activity import AdaptiveCardInvokeResponse
from microsoft_agents.hosting.core.app.adaptive_card import factory

from bot.teams.cards import CARD_CONTENT_TYPE, AnswerCardState, build_answer_card
from bot.teams.translate import conversation_ref, user_id

PLATFORM = "teams"
CANNOT_FOLLOW = "Sorry, I can't follow this answer for changes (it is not in the audit trail)."


async def on_subscribe(context, data: dict, bot) -> AdaptiveCardInvokeResponse:
    answer, state = AnswerCardState.from_data(data)
    gov = bot.governance
    if gov is None or not state.event_id:
        return factory.message(CANNOT_FOLLOW)
    if not state.subscribed:
        try:
            await asyncio.to_thread(gov.subscribe, state.event_id, platform=PLATFORM,
                                    user_id=user_id(context.activity),
                                    conversation_ref=conversation_ref(context.activity))
        except LookupError:
            return factory.message(CANNOT_FOLLOW)
        state.subscribed = True
    return AdaptiveCardInvokeResponse(status_code=200, type=CARD_CONTENT_TYPE, value=build_answer_card(answer, state))
