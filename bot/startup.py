"""What the long-running commands (serve, slack, teams) do about an empty state folder: index the
folder the operator configured (POLICYBOT_KNOWLEDGE, e.g. the compose file's /knowledge), never
the bundled example. No optional extra is imported here."""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("policybot.startup")


def index_configured_knowledge(home: Path, chroma_url: str | None, trigger: str) -> bool:
    """On an empty home, index POLICYBOT_KNOWLEDGE when it is set. True when a build ran."""
    from index.build import build_index, read_current
    folder = os.environ.get("POLICYBOT_KNOWLEDGE", "").strip()
    if read_current(home) is not None or not folder:
        return False
    log.warning("no index in %s yet: indexing POLICYBOT_KNOWLEDGE=%s first", home, folder)
    build_index(Path(folder), home, chroma_url=chroma_url, trigger=trigger)
    return True
