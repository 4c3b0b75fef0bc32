"""Small in-process memories of the Slack surface (phase 1; they empty on restart, and every
button still works without them because it carries the redacted question):

- the first question of each thread, so a follow-up ("what about with personal data?") is
  answered in its context;
- recent answers by key, so a button (share, escalate) acts on the exact answer shown.

Only redacted text is kept. Both are bounded LRUs with a time to live."""
from __future__ import annotations

from typing import Any

from bot.lru import LRU


class ThreadMemory:
    """First question per (channel, thread) and recent answers per key."""

    def __init__(self, max_threads: int = 5000, max_answers: int = 2000):
        self.first_questions: LRU[str] = LRU(max_threads)
        self.answers: LRU[dict[str, Any]] = LRU(max_answers, ttl_seconds=2 * 24 * 3600)

    def first_question(self, channel: str, thread: str | None) -> str | None:
        return self.first_questions.get((channel, thread or "")) if channel else None

    def remember_first(self, channel: str, thread: str | None, question: str) -> str:
        """Keep `question` as the thread's first unless it already has one; returns the first."""
        return self.first_questions.setdefault((channel, thread or ""), question)

    def remember_answer(self, key: str, **entry: Any) -> None:
        self.answers.put(key, entry)

    def answer(self, key: str | None) -> dict[str, Any] | None:
        return self.answers.get(key) if key else None
