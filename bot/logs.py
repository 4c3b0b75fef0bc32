"""Logging for the long-running commands (slack, teams, serve): third-party libraries stay at
WARNING, so their INFO/DEBUG chatter (Alembic's migration lines, bm25s's index building, the
Agents SDK's connection dump, HTTP clients) never reaches the log."""
from __future__ import annotations

import logging

NOISY = ("alembic", "bm25s", "microsoft_agents", "msal", "httpx", "httpcore", "chromadb", "urllib3",
         "aiohttp.access", "watchfiles", "slack_bolt", "slack_sdk", "openai", "llama_index")


class ThirdPartyFilter(logging.Filter):
    """Drops third-party records below WARNING, whatever level the library set on its logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not any(
            record.name == n or record.name.startswith(n + ".") for n in NOISY)


def quiet_third_party() -> None:
    """Third-party loggers at WARNING, and a filter on the root logger's handlers, so a library
    that sets its own logger to DEBUG later (bm25s does, on import) is still kept quiet."""
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    for h in logging.getLogger().handlers:
        if not any(isinstance(f, ThirdPartyFilter) for f in h.filters):
            h.addFilter(ThirdPartyFilter())
