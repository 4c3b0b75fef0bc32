"""View submission listeners: VIEWS maps callback ids to (ack function, lazy handler)."""
from __future__ import annotations

from slack_bolt import App

from bot.slack import ids
from bot.slack.listeners.views.governance_modals import (ack_answer_submission, ack_dismiss_submission,
                                                         handle_answer_submission, handle_dismiss_submission)

VIEWS = {
    ids.VIEW_ANSWER: (ack_answer_submission, handle_answer_submission),
    ids.VIEW_DISMISS: (ack_dismiss_submission, handle_dismiss_submission),
}


def register(app: App) -> None:
    for callback_id, (ack_fn, handler) in VIEWS.items():
        app.view(callback_id)(ack=ack_fn, lazy=[handler])
