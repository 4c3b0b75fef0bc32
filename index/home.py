"""Where all state lives (contract section 4): POLICYBOT_HOME if set, else --home, else the
per-user data folder."""
from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "POLICYBOT_HOME"
APP_NAME = "policybot"
CURRENT_FILE = "CURRENT"      # the serving version's id
VERSIONS_DIR = "versions"


def resolve_home(cli_home: str | os.PathLike | None = None) -> Path:
    """The state folder, created if missing: env POLICYBOT_HOME, else `cli_home` (the --home
    option), else platformdirs' user data dir for "policybot"."""
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        home = Path(env)
    elif cli_home:
        home = Path(cli_home)
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
