"""Optional extras: which command needs which `pip install 'policybot[EXTRA]'`, and one clear
line (exit 2) instead of a traceback when it is missing."""
from __future__ import annotations

import importlib.util
import sys

# extra -> modules it provides (checked without importing them)
EXTRAS: dict[str, tuple[str, ...]] = {
    "slack": ("slack_bolt", "slack_sdk"),
    "teams": ("microsoft_agents.hosting.aiohttp", "microsoft_agents.hosting.core", "aiohttp"),
    "report": ("plotly",),
    "serve": ("aiohttp", "prometheus_client"),
    "llm": ("llama_index.llms.openai_like",),
    "postgres": ("psycopg",),
}


def installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_extras(*extras: str) -> list[str]:
    return [e for e in extras if not all(installed(m) for m in EXTRAS[e])]


def require(command: str, *extras: str) -> None:
    """Exit 2 with one line naming the extra(s) to install when any is missing."""
    missing = missing_extras(*extras)
    if missing:
        names = " and ".join(f"`{e}`" for e in missing)
        print(f"error: `policybot {command}` needs the {names} extra{'s' if len(missing) > 1 else ''}: "
              f"pip install 'policybot[{','.join(missing)}]'", file=sys.stderr)
        raise SystemExit(2)
