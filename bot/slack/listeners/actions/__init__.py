"""Block action listeners. LAZY maps action ids to handlers run after an immediate ack;
DIRECT to ack functions that must act within 3 s themselves (opening a modal)."""
from __future__ import annotations

from slack_bolt import App

from bot.slack import ids
from bot.slack.listeners.actions.answer_buttons import (handle_escalate_button, handle_feedback_button,
                                                        handle_share_button)
from bot.slack.listeners.actions.governance_buttons import (handle_claim_button, open_answer_modal,
                                                            open_dismiss_modal)
from bot.slack.listeners.actions.subscribe_button import handle_subscribe_button
from bot.slack.listeners.common import ack_now

LAZY = {
    ids.ACTION_ESCALATE: handle_escalate_button,
    ids.ACTION_HELPFUL: handle_feedback_button,
    ids.ACTION_NOT_HELPFUL: handle_feedback_button,
    ids.ACTION_SHARE: handle_share_button,
    ids.ACTION_SUBSCRIBE: handle_subscribe_button,
    ids.ACTION_CLAIM: handle_claim_button,
}
DIRECT = {
    ids.ACTION_ANSWER: open_answer_modal,
    ids.ACTION_DISMISS: open_dismiss_modal,
}


def register(app: App) -> None:
    for action_id, handler in LAZY.items():
        app.action(action_id)(ack=ack_now, lazy=[handler])
    for action_id, handler in DIRECT.items():
        app.action(action_id)(handler)


def action_ids() -> set[str]:
    return set(LAZY) | set(DIRECT)
