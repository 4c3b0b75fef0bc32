"""Action.Execute (universal actions, invoke `adaptiveCard/action`): feedback, "ask the
governance team" and "tell me if this changes" (bot.teams.handlers.subscribe) on answer cards; claim / answer / dismiss / refresh on escalation cards in the
governance channel. Each returns the card to show in place of the one that was pressed."""
from __future__ import annotations

import asyncio
import logging

from microsoft_agents.activity import AdaptiveCardInvokeResponse
from microsoft_agents.hosting.core.app.adaptive_card import factory

from bot.engine.models import Verdict
from bot.redact import redact
from bot.teams.cards import CARD_CONTENT_TYPE, AnswerCardState, build_answer_card, build_escalation_card
from bot.teams.cards.answer import VERB_ESCALATE, VERB_FEEDBACK, VERB_SUBSCRIBE
from bot.teams.cards.escalation import (ESCALATION_VERBS, INPUT_DISMISS_REASON, INPUT_PUBLISH, INPUT_TEXT,
                                        INPUT_VERDICT, VERB_ANSWER, VERB_CLAIM, VERB_DISMISS, VERB_REFRESH)
from bot.teams.handlers.subscribe import on_subscribe
from bot.teams.translate import base_conversation_id, conversation_ref, thread_key, user_id, user_name

log = logging.getLogger("policybot.teams")

NO_GOVERNANCE = "The AI governance team is not connected to this bot yet, so I can't pass this on."
NOT_GOVERNANCE_CHANNEL = "Escalations can only be answered from the AI governance channel."


def card_response(card: dict) -> AdaptiveCardInvokeResponse:
    """Replace the pressed card with `card` (for everyone who sees the message)."""
    return AdaptiveCardInvokeResponse(status_code=200, type=CARD_CONTENT_TYPE, value=card)


# ------------------------------------------------------------------------- answer cards
async def _feedback(context, data: dict, bot) -> AdaptiveCardInvokeResponse:
    answer, state = AnswerCardState.from_data(data)
    helpful = data.get("helpful")
    if not isinstance(helpful, bool):
        return factory.bad_request("helpful must be true or false")
    if state.event_id:
        await asyncio.to_thread(bot.assistant.feedback, state.event_id, helpful, platform="teams",
                                user_id=user_id(context.activity))
    state.feedback = helpful
    return card_response(build_answer_card(answer, state))


async def _escalate(context, data: dict, bot) -> AdaptiveCardInvokeResponse:
    answer, state = AnswerCardState.from_data(data)
    if not state.escalation_id:
        # the card's data came back from a client: redact again before it goes anywhere
        answer = answer.model_copy(update={"question": redact(answer.question).text})
        esc_id = await asyncio.to_thread(bot.assistant.escalate, answer, platform="teams",
                                         user_id=user_id(context.activity),
                                         conversation_ref=conversation_ref(context.activity))
        if esc_id is None:
            return factory.message(NO_GOVERNANCE)
        state.escalation_id, state.requested = esc_id, True
    return card_response(build_answer_card(answer, state))


# --------------------------------------------------------------------- escalation cards
def _escalation_move(governance, verb: str, esc_id: int, actor: str, data: dict):
    """Run the governance call for `verb`; returns the escalation as it now is."""
    from bot.governance.service import GovernanceError
    try:
        if verb == VERB_CLAIM:
            return governance.claim(esc_id, actor), None
        if verb == VERB_ANSWER:
            verdict = str(data.get(INPUT_VERDICT) or "")
            text = str(data.get(INPUT_TEXT) or "").strip()
            if verdict not in {v.value for v in Verdict} or not text:
                return governance.get(esc_id), "Choose a verdict and write the answer before sending it."
            publish = str(data.get(INPUT_PUBLISH, "false")).lower() == "true"
            return governance.answer(esc_id, actor, verdict, text, publish_ruling=publish), None
        if verb == VERB_DISMISS:
            reason = str(data.get(INPUT_DISMISS_REASON) or "").strip() or "Dismissed by the AI governance team."
            return governance.dismiss(esc_id, actor, reason), None
        return governance.get(esc_id), None          # VERB_REFRESH
    except GovernanceError as e:                      # already answered, someone else was faster, ...
        return governance.get(esc_id), str(e)


async def _escalation(context, verb: str, data: dict, bot) -> AdaptiveCardInvokeResponse:
    governance = bot.governance
    if governance is None:
        return factory.message(NO_GOVERNANCE)
    channel = bot.settings.governance_channel
    if verb != VERB_REFRESH and channel and base_conversation_id(thread_key(context.activity)) != channel:
        return factory.error(403, NOT_GOVERNANCE_CHANNEL, "Forbidden")
    try:
        esc_id = int(data.get("escalation_id"))
    except (TypeError, ValueError):
        return factory.bad_request("escalation_id is missing")
    from bot.governance.service import NotFoundError
    try:
        esc, problem = await asyncio.to_thread(_escalation_move, governance, verb, esc_id,
                                               user_name(context.activity), data)
    except NotFoundError:
        return factory.error(404, f"There is no escalation #{esc_id}.", "NotFound")
    return card_response(build_escalation_card(esc, error=problem))


_ANSWER_VERBS = {VERB_FEEDBACK: _feedback, VERB_ESCALATE: _escalate, VERB_SUBSCRIBE: on_subscribe}


async def on_adaptive_card_action(context, _state, data, *, bot) -> AdaptiveCardInvokeResponse:
    verb = ((context.activity.value or {}).get("action") or {}).get("verb") or ""
    data = data if isinstance(data, dict) else {}
    try:
        if verb in _ANSWER_VERBS:
            return await _ANSWER_VERBS[verb](context, data, bot)
        if verb in ESCALATION_VERBS:
            return await _escalation(context, verb, data, bot)
        return factory.bad_request(f"unknown action {verb!r}")
    except ValueError as e:            # malformed card data
        return factory.bad_request(str(e))
    except Exception:
        log.exception("card action %s failed", verb)
        return factory.internal_error("Sorry, something went wrong on my side. Please try again.")
