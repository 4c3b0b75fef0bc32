"""Where the bundled folders are, in a checkout or an installed copy."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def _first(*candidates: Path) -> Path:
    for c in candidates:
        if c.is_dir() and any(c.iterdir()):
            return c
    return candidates[0]


def knowledge_dir() -> Path:
    """The bundled example knowledge folder (POLICYBOT_KNOWLEDGE overrides)."""
    env = os.environ.get("POLICYBOT_KNOWLEDGE")
    if env:
        return Path(env)
    return bundled_knowledge_dir()


def bundled_knowledge_dir() -> Path:
    """The bundled example knowledge folder itself (a fictional council), whatever
    POLICYBOT_KNOWLEDGE says: what `index --example` indexes and what answers are flagged by."""
    return _first(_REPO / "knowledge", Path(sys.prefix) / "share" / "policybot" / "knowledge")


def prompts_dir() -> Path:
    return _first(_REPO / "prompts", Path(sys.prefix) / "share" / "policybot" / "prompts")
