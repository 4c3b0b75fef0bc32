"""Pure Adaptive Card (schema 1.5) builders: each returns a plain dict and sends nothing."""
from bot.teams.cards.answer import AnswerCardState, build_answer_card, answer_fallback_text
from bot.teams.cards.common import CARD_CONTENT_TYPE
from bot.teams.cards.escalation import build_escalation_card, build_relay_card, escalation_view
from bot.teams.cards.owners import build_reindex_card, build_reindex_notice_card, build_status_card
from bot.teams.cards.welcome import build_welcome_card

__all__ = ["CARD_CONTENT_TYPE", "AnswerCardState", "answer_fallback_text", "build_answer_card",
           "build_escalation_card", "build_reindex_card", "build_reindex_notice_card", "build_relay_card", "build_status_card",
           "build_welcome_card", "escalation_view"]
