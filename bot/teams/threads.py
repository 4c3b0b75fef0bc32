"""Per-conversation memory: the question a follow-up refers to, and whether the welcome has been
sent. In-process and bounded (least recently used entries are forgotten); phase 1 keeps no
conversation state anywhere else."""
from __future__ import annotations

from bot.lru import LRU


class ThreadStore:
    """The question that started each conversation's current topic (already redacted): in a
    channel thread the thread's first question, in a chat the latest question that was not itself
    a follow-up."""

    def __init__(self, size: int = 5000):
        self._first: LRU[str] = LRU(size)
        self._welcomed: LRU[object] = LRU(size)

    def first_question(self, conversation_id: str) -> str | None:
        return self._first.get(conversation_id)

    def remember(self, conversation_id: str, question: str) -> None:
        self._first.put(conversation_id, question)

    def welcome_once(self, conversation_id: str) -> bool:
        """True if this conversation has not been welcomed yet (Teams announces an install both
        as installationUpdate and as membersAdded; only one welcome goes out)."""
        return self._welcomed.add_once(conversation_id)
