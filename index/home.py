"""Where all state lives (contract section 4): the per-user data folder unless POLICYBOT_HOME is
set. An explicit --home on the command line (or a home passed in code) wins over POLICYBOT_HOME:
what someone types for one command beats what their shell exports for every command. Without
--home the contract's order holds (POLICYBOT_HOME, else the per-user folder)."""
from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "POLICYBOT_HOME"
APP_NAME = "policybot"
CURRENT_FILE = "CURRENT"      # the serving version's id
VERSIONS_DIR = "versions"


def resolve_home(cli_home: str | os.PathLike | None = None) -> Path:
    """The state folder, created if missing: `cli_home` (the --home option), else env
    POLICYBOT_HOME, else platformdirs' user data dir for "policybot"."""
    env = os.environ.get(ENV_HOME, "").strip()
    if cli_home:
        home = Path(cli_home)
    elif env:
        home = Path(env)
    else:
        from platformdirs import user_data_dir
        home = Path(user_data_dir(APP_NAME, appauthor=False))
    home = home.expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def env_int(name: str, default: int, minimum: int = 0) -> int:
    """An integer setting from the environment, at least `minimum`; `default` when unset or not
    a number."""
    try:
        return max(minimum, int(os.environ.get(name, "") or default))
    except ValueError:
        return default


def versions_dir(home: Path) -> Path:
    return Path(home) / VERSIONS_DIR


def read_current(home: Path) -> str | None:
    """The serving index version, or None when the home has no index yet."""
    p = Path(home) / CURRENT_FILE
    try:
        v = p.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return v or None
