"""Governance core: escalations, reliable delivery (outbox), rulings, audit trail and report.

Platform-neutral: the Slack and Teams surfaces call this API and only render and route.

    from bot.governance import Governance, OutboxWorker, DeliveryResult
    gov = Governance()                      # POLICYBOT_DATABASE_URL or <POLICYBOT_HOME>/policybot.sqlite3
    event_id = gov.record_answer(answer, platform="slack", user_id="U123", conversation={...})
    esc = gov.escalate(answer, platform="slack", user_id="U123", conversation_ref={...})
    gov.claim(esc.id, "U999"); gov.answer(esc.id, "U999", "not_allowed", "No, because ...", publish_ruling=True)
    OutboxWorker(gov, {"slack": slack_notifier}).run_once()
    gov.rulings_as_knowledge()              # active rulings, citable as governance-rulings#R-<n>
"""
from __future__ import annotations

_EXPORTS = {
    "Governance": "bot.governance.service",
    "GovernanceError": "bot.governance.service",
    "NotFoundError": "bot.governance.service",
    "TransitionError": "bot.governance.service",
    "ConflictError": "bot.governance.service",
    "OutboxWorker": "bot.governance.outbox",
    "OutboxItem": "bot.governance.outbox",
    "DeliveryResult": "bot.governance.outbox",
    "Notifier": "bot.governance.outbox",
    "build_report": "bot.governance.report",
    "upgrade": "bot.governance.db",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
