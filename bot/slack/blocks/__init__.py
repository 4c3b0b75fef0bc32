"""Pure Block Kit builders: plain dicts in, blocks (and fallback texts) out; no Slack calls."""
from bot.slack.blocks.answer import build_answer_blocks, build_answer_text, build_apology_text
from bot.slack.blocks.assistant import build_suggested_prompts
from bot.slack.blocks.governance import (build_answer_modal, build_dismiss_modal, build_escalation_blocks,
                                         build_escalation_text, build_relay, build_reindex_notice)
from bot.slack.blocks.owners import build_reindex_summary, build_status_blocks

__all__ = ["build_answer_blocks", "build_answer_text", "build_apology_text", "build_suggested_prompts",
           "build_answer_modal", "build_dismiss_modal", "build_escalation_blocks", "build_escalation_text",
           "build_relay", "build_reindex_notice", "build_reindex_summary", "build_status_blocks"]
