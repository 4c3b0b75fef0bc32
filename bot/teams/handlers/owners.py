"""Content owners' commands: `status` (the index in use) and `reindex` (rebuild it from the
knowledge folder it was built from), limited to POLICYBOT_TEAMS_CONTENT_OWNERS."""
from __future__ import annotations

from bot.reindex_followup import after_chat_switch

import asyncio
import logging
from pathlib import Path

from bot.teams.activities import card_activity, typing_activity
from bot.teams.cards import build_reindex_card, build_status_card
from bot.teams.translate import user_id

log = logging.getLogger("policybot.teams")

OWNER_COMMANDS = ("reindex", "status")
NOT_OWNER = ("Only the policy's content owners can use `reindex` and `status`. Ask your AI governance "
             "team if you need the index rebuilt.")
BUSY = "A reindex is already running; I'll post its result when it finishes."


def reindex(assistant, trigger: str = "teams"):
    """Rebuild the index from the folder the current version was built from (the bundled
    example knowledge if there is none yet) and prepare the engine for it."""
    from bot.paths import knowledge_dir
    from index.build import build_index, load_manifest
    manifest = load_manifest(assistant.home)
    folder = Path(manifest["folder"]) if manifest and manifest.get("folder") else knowledge_dir()
    result = build_index(folder, assistant.home, chroma_url=assistant.chroma_url, trigger=trigger)
    assistant.engine()        # open the new version now, not on the next question
    return result


async def on_owner_command(context, command: str, *, bot) -> None:
    who = user_id(context.activity)
    if not bot.settings.is_content_owner(who):
        await context.send_activity(NOT_OWNER)
        return
    if command == "status":
        from index.build import load_manifest
        manifest = await asyncio.to_thread(load_manifest, bot.assistant.home)
        await context.send_activity(card_activity(build_status_card(manifest)))
        return
    if bot.reindex_lock.locked():
        await context.send_activity(BUSY)
        return
    async with bot.reindex_lock:
        await context.send_activity(typing_activity())
        try:
            result = await asyncio.to_thread(reindex, bot.assistant)
        except Exception as e:    # BuildError, EmptyKnowledgeError, store errors: the old version serves
            log.error("reindex from Teams failed: %s", e)
            await context.send_activity(card_activity(build_reindex_card(error=str(e))))
            return
        followup = await asyncio.to_thread(after_chat_switch, bot.assistant.home, result.diff, trigger="teams",
                                            who=who, chroma_url=bot.assistant.chroma_url, governance=bot.governance)
    await context.send_activity(card_activity(build_reindex_card(result, followup=followup)))


