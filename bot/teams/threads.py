"""Per-conversation memory: the question a follow-up refers to, and whether the welcome has been
sent. In-process and bounded (least recently used entries are forgotten); phase 1 keeps no
conversation state anywhere else."""
from __future__ import annotations

import threading
from collections import OrderedDict


class _LRU:
    def __init__(self, size: int):
        self._size = size
        self._items: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: str, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def add_once(self, key: str) -> bool:
        """Mark `key`; True the first time only."""
        with self._lock:
            if key in self._items:
                return False
            self._items[key] = True
            while len(self._items) > self._size:
                self._items.popitem(last=False)
            return True


class ThreadStore:
    """The question that started each conversation's current topic (already redacted): in a
    channel thread the thread's first question, in a chat the latest question that was not itself
    a follow-up."""

    def __init__(self, size: int = 5000):
        self._first = _LRU(size)
        self._welcomed = _LRU(size)

    def first_question(self, conversation_id: str) -> str | None:
        return self._first.get(conversation_id)

    def remember(self, conversation_id: str, question: str) -> None:
        self._first.put(conversation_id, question)

    def welcome_once(self, conversation_id: str) -> bool:
        """True if this conversation has not been welcomed yet (Teams announces an install both
        as installationUpdate and as membersAdded; only one welcome goes out)."""
        return self._welcomed.add_once(conversation_id)
