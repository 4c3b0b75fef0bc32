"""Small in-process memories of the Slack surface (phase 1; they empty on restart, and every
button still works without them because it carries the redacted question):

- the first question of each thread, so a follow-up ("what about with personal data?") is
  answered in its context;
- recent answers by key, so a button (share, escalate) acts on the exact answer shown.

Only redacted text is kept. Both are bounded LRUs with a time to live."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Generic, Hashable, TypeVar

V = TypeVar("V")


class LRU(Generic[V]):
    def __init__(self, max_items: int = 5000, ttl_seconds: float = 7 * 24 * 3600):
        self._items: OrderedDict[Hashable, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()
        self.max_items = max_items
        self.ttl = ttl_seconds

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if time.monotonic() - item[0] > self.ttl:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)

    def setdefault(self, key: Hashable, value: V) -> V:
        """The stored value, or `value` stored and returned when there is none."""
        with self._lock:
            item = self._items.get(key)
            if item is not None and time.monotonic() - item[0] <= self.ttl:
                self._items.move_to_end(key)
                return item[1]
            self._items[key] = (time.monotonic(), value)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
            return value

    def __len__(self) -> int:
        return len(self._items)


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
