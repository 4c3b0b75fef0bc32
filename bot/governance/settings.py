"""Where the governance database is, as constants that import nothing (the CLI checks them on
every `ask` without loading SQLAlchemy)."""
from __future__ import annotations

ENV_DATABASE_URL = "POLICYBOT_DATABASE_URL"
SQLITE_FILE = "policybot.sqlite3"
