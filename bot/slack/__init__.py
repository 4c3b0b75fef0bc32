"""The Slack surface: a Bolt app (events, the /policy command, buttons, modals) over the
platform-neutral Assistant, a Notifier for the governance outbox, and the HTTP / Socket Mode
runners. `create_app(assistant, settings)` builds the app; `policybot slack` runs it."""
