"""The Microsoft Teams surface, on the Microsoft 365 Agents SDK: a thin app over the
platform-neutral Assistant (answers, audit, escalation, feedback), pure Adaptive Card builders,
and the notifier that delivers the governance outbox to Teams. `policybot teams` runs it."""
