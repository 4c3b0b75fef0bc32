"""Every id the Slack surface shares between the Block Kit builders, the listeners and the
manifest: action ids, view callback ids, the slash command."""
from __future__ import annotations

COMMAND = "/policy"

# answer message buttons
ACTION_ESCALATE = "policy_escalate"            # "Not sure? Ask the governance team"
ACTION_HELPFUL = "policy_feedback_helpful"
ACTION_NOT_HELPFUL = "policy_feedback_not_helpful"
ACTION_SHARE = "policy_share"                  # share a private /policy answer in the channel
ACTION_SUBSCRIBE = "policy_subscribe"          # "Tell me if this changes" (answers with an audit event)

# governance channel buttons
ACTION_CLAIM = "governance_claim"
ACTION_ANSWER = "governance_answer"
ACTION_DISMISS = "governance_dismiss"

# modals
VIEW_ANSWER = "governance_answer_modal"
VIEW_DISMISS = "governance_dismiss_modal"

# modal inputs (block id, action id)
INPUT_VERDICT = ("verdict", "verdict_select")
INPUT_TEXT = ("answer", "answer_text")
INPUT_PUBLISH = ("publish", "publish_ruling")
INPUT_REASON = ("reason", "reason_text")
