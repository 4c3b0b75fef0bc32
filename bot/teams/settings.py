"""Teams settings, read once from the environment (contract section 5), and their mapping onto
the Microsoft 365 Agents SDK's connection settings."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Mapping

ENV_APP_ID = "POLICYBOT_TEAMS_APP_ID"
ENV_APP_PASSWORD = "POLICYBOT_TEAMS_APP_PASSWORD"
ENV_TENANT_ID = "POLICYBOT_TEAMS_TENANT_ID"
ENV_ANONYMOUS = "POLICYBOT_TEAMS_ANONYMOUS"
ENV_GOVERNANCE_CHANNEL = "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL"
ENV_CONTENT_OWNERS = "POLICYBOT_TEAMS_CONTENT_OWNERS"
# optional: authenticate to Entra ID with a certificate (a .pfx/.pem file with the private key)
# instead of the client secret
ENV_CERTIFICATE = "POLICYBOT_TEAMS_CERTIFICATE"
# optional: the Bot Connector service URL used for a governance channel that has not spoken to
# the bot yet (Teams gives every incoming activity its serviceUrl; the last one seen is used)
ENV_SERVICE_URL = "POLICYBOT_TEAMS_SERVICE_URL"

SERVICE_CONNECTION = "SERVICE_CONNECTION"


class SettingsError(ValueError):
    """The Teams settings cannot work (named in the message)."""


def _csv(value: str | None) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in (value or "").split(",") if v.strip())


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str = ""
    app_password: str = field(default="", repr=False)
    tenant_id: str = ""
    anonymous: bool = False
    governance_channel: str = ""
    content_owners: frozenset[str] = frozenset()   # AAD object ids, lower case
    certificate: str = ""
    service_url: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "TeamsSettings":
        env = os.environ if env is None else env
        return cls(
            app_id=env.get(ENV_APP_ID, "").strip(),
            app_password=env.get(ENV_APP_PASSWORD, ""),
            tenant_id=env.get(ENV_TENANT_ID, "").strip(),
            anonymous=env.get(ENV_ANONYMOUS, "").strip().lower() in ("1", "true", "yes"),
            governance_channel=env.get(ENV_GOVERNANCE_CHANNEL, "").strip(),
            content_owners=_csv(env.get(ENV_CONTENT_OWNERS)),
            certificate=env.get(ENV_CERTIFICATE, "").strip(),
            service_url=env.get(ENV_SERVICE_URL, "").strip(),
        )

    def check(self) -> None:
        """Raise SettingsError when authenticated mode lacks its credentials."""
        if self.anonymous:
            return
        missing = [name for name, value in ((ENV_APP_ID, self.app_id), (ENV_TENANT_ID, self.tenant_id))
                   if not value]
        if not (self.app_password or self.certificate):
            missing.append(f"{ENV_APP_PASSWORD} (or {ENV_CERTIFICATE})")
        if missing:
            raise SettingsError(
                "Teams needs the Azure bot registration: set " + ", ".join(missing)
                + f" (or {ENV_ANONYMOUS}=1 for local testing with the Agents Playground only).")

    def is_content_owner(self, aad_object_id: str | None) -> bool:
        return bool(aad_object_id) and aad_object_id.strip().lower() in self.content_owners

    # ---------------------------------------------------------------- Agents SDK mapping
    def auth_configuration(self):
        """The SDK's AgentAuthConfiguration for the service connection (also what the JWT
        middleware validates incoming tokens against)."""
        from microsoft_agents.hosting.core import AgentAuthConfiguration
        from microsoft_agents.hosting.core.authorization.auth_types import AuthTypes
        credential = ({"auth_type": AuthTypes.certificate, "cert_pfx_file": self.certificate}
                      if self.certificate else
                      {"auth_type": AuthTypes.client_secret, "client_secret": self.app_password or None})
        return AgentAuthConfiguration(client_id=self.app_id or None, tenant_id=self.tenant_id or None,
                                      connection_name=SERVICE_CONNECTION,
                                      anonymous_allowed=self.anonymous, **credential)

    def connection_manager(self):
        """MSAL when a registration is configured; otherwise (anonymous mode) a connection
        manager whose tokens are empty, for the Agents Playground and loopback tests."""
        config = self.auth_configuration()
        if self.app_id and (self.app_password or self.certificate):
            from microsoft_agents.authentication.msal import MsalConnectionManager
            return MsalConnectionManager(connections_configurations={SERVICE_CONNECTION: config})
        if not self.anonymous:
            self.check()
        from microsoft_agents.hosting.core import AnonymousTokenProvider, ConnectionManager
        return ConnectionManager(lambda _config: AnonymousTokenProvider(),
                                 connections_configurations={SERVICE_CONNECTION: config})

    def uses_credentials(self) -> bool:
        """Whether outgoing calls are authenticated with the registration (else anonymous)."""
        return bool(self.app_id and (self.app_password or self.certificate))
