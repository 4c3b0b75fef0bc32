"""Optional LLM composer (issue 9): off by default.

This module only reads settings from the environment; it imports no LLM package. The client
(`bot.engine.llm.client`, llama-index LLM integrations) is imported only when the composer is
enabled and an answer is being composed. Guard rails live in `bot.engine.llm.guard` (pure
functions); `bot.engine.llm.composer` ties prompt, client and guard rails together.

Environment:
  POLICYBOT_LLM            off (default) | openai | azure | ollama
  POLICYBOT_LLM_ENDPOINT   base URL (openai: an OpenAI-compatible ".../v1"; azure: the resource
                           endpoint; ollama: default http://localhost:11434)
  POLICYBOT_LLM_MODEL      model name (azure: also the deployment unless AZURE_OPENAI_DEPLOYMENT)
  POLICYBOT_LLM_API_KEY    key (azure: else AZURE_OPENAI_API_KEY)
  AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT, AZURE_OPENAI_API_VERSION (azure only)
  POLICYBOT_LLM_TIMEOUT    seconds per call, default 8; on timeout the deterministic answer stands
"""
from __future__ import annotations

import os
from dataclasses import dataclass

PROVIDERS = ("openai", "azure", "ollama")
DEFAULT_TIMEOUT = 8.0
DEFAULT_AZURE_API_VERSION = "2024-10-21"


@dataclass(frozen=True)
class LLMSettings:
    provider: str = "off"
    endpoint: str | None = None
    model: str | None = None
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    azure_deployment: str | None = None
    azure_api_version: str = DEFAULT_AZURE_API_VERSION

    @property
    def enabled(self) -> bool:
        return self.provider in PROVIDERS

    def describe(self) -> str:
        """For logs: never the key."""
        return f"{self.provider} model={self.model} endpoint={self.endpoint} timeout={self.timeout}s"


def _timeout(raw: str | None) -> float:
    try:
        t = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return t if t > 0 else DEFAULT_TIMEOUT


def settings_from_env(env: dict | None = None) -> LLMSettings:
    env = os.environ if env is None else env
    provider = (env.get("POLICYBOT_LLM") or "off").strip().lower()
    if provider not in PROVIDERS:
        provider = "off"
    endpoint = env.get("POLICYBOT_LLM_ENDPOINT") or None
    key = env.get("POLICYBOT_LLM_API_KEY") or None
    model = env.get("POLICYBOT_LLM_MODEL") or None
    deployment = None
    if provider == "azure":
        endpoint = endpoint or env.get("AZURE_OPENAI_ENDPOINT") or None
        key = key or env.get("AZURE_OPENAI_API_KEY") or None
        deployment = env.get("AZURE_OPENAI_DEPLOYMENT") or model
    return LLMSettings(
        provider=provider, endpoint=endpoint, model=model, api_key=key,
        timeout=_timeout(env.get("POLICYBOT_LLM_TIMEOUT")), azure_deployment=deployment,
        azure_api_version=env.get("AZURE_OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION,
    )


def enabled() -> bool:
    """Cheap check made on every answer: is a composer configured?"""
    return (os.environ.get("POLICYBOT_LLM") or "off").strip().lower() in PROVIDERS
