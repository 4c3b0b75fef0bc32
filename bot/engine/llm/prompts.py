"""Versioned prompt templates (prompts/<name>.v<N>.txt): a system part, a line `=== user ===`,
then the user part; `$name` placeholders (string.Template)."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from string import Template

COMPOSE = "compose.v1"
JUDGE_UNSURE = "judge_unsure.v1"
SPLIT = "=== user ==="


def prompts_dir() -> Path:
    env = os.environ.get("POLICYBOT_PROMPTS_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3] / "prompts"
    if repo.is_dir():
        return repo
    return Path(sys.prefix) / "share" / "policybot" / "prompts"   # installed data-files


@functools.lru_cache(maxsize=16)
def _load(name: str, folder: str) -> tuple[str, str]:
    raw = (Path(folder) / f"{name}.txt").read_text(encoding="utf-8")
    system, sep, user = raw.partition(SPLIT)
    if not sep:
        raise ValueError(f"prompt {name}: no '{SPLIT}' line")
    return system.strip(), user.strip()


def render(name: str, **values: str) -> tuple[str, str]:
    """(system, user) messages of template `name` with `values` filled in."""
    system, user = _load(name, str(prompts_dir()))
    return system, Template(user).safe_substitute(**values)
