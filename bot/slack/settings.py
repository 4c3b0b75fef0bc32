"""Slack settings, read once from the environment (contract section 5 fixes the names).

| variable | meaning |
| --- | --- |
| SLACK_BOT_TOKEN | bot token (xoxb-...) |
| SLACK_SIGNING_SECRET | verifies every HTTP request (HTTP mode) |
| SLACK_APP_TOKEN | app-level token (xapp-...), Socket Mode only |
| POLICYBOT_SLACK_API_URL | base URL of the Slack Web API (default https://slack.com/api/) |
| POLICYBOT_SLACK_GOVERNANCE_CHANNEL | channel id where escalations go |
| POLICYBOT_SLACK_CONTENT_OWNERS | user ids allowed to /policy reindex and /policy status |
| POLICYBOT_SLACK_CONTENT_OWNER_GROUP | optional user group id whose members are content owners too |
| POLICYBOT_KNOWLEDGE | knowledge folder `/policy reindex` reads (default: the folder of the current index) |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Mapping

DEFAULT_API_URL = "https://slack.com/api/"


class SettingsError(ValueError):
    """A required setting is missing or malformed (the message names the variable)."""


def _ids(raw: str | None) -> frozenset[str]:
    return frozenset(p.strip() for p in (raw or "").replace(";", ",").split(",") if p.strip())


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""
    api_url: str = DEFAULT_API_URL
    governance_channel: str = ""
    content_owners: frozenset[str] = field(default_factory=frozenset)
    content_owner_group: str = ""
    knowledge_folder: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "SlackSettings":
        env = os.environ if env is None else env
        get = lambda k: (env.get(k) or "").strip()  # noqa: E731
        api_url = get("POLICYBOT_SLACK_API_URL") or DEFAULT_API_URL
        if not api_url.endswith("/"):
            api_url += "/"     # slack_sdk joins the method name onto the base URL
        return cls(bot_token=get("SLACK_BOT_TOKEN"), signing_secret=get("SLACK_SIGNING_SECRET"),
                   app_token=get("SLACK_APP_TOKEN"), api_url=api_url,
                   governance_channel=get("POLICYBOT_SLACK_GOVERNANCE_CHANNEL"),
                   content_owners=_ids(get("POLICYBOT_SLACK_CONTENT_OWNERS")),
                   content_owner_group=get("POLICYBOT_SLACK_CONTENT_OWNER_GROUP"),
                   knowledge_folder=get("POLICYBOT_KNOWLEDGE"))

    def check(self, *, socket_mode: bool) -> None:
        """Raise SettingsError naming every variable a run in this mode still needs."""
        missing = [] if self.bot_token else ["SLACK_BOT_TOKEN"]
        if socket_mode and not self.app_token:
            missing.append("SLACK_APP_TOKEN")
        if not socket_mode and not self.signing_secret:
            missing.append("SLACK_SIGNING_SECRET")
        if missing:
            mode = "Socket Mode" if socket_mode else "HTTP mode (--http)"
            raise SettingsError(f"{mode} needs {', '.join(missing)} (see the README's Slack section)")
        if socket_mode and not self.app_token.startswith("xapp-"):
            raise SettingsError("SLACK_APP_TOKEN must be an app-level token (xapp-...) for Socket Mode")
