"""A bounded, thread-safe least-recently-used map with a time to live: the in-process memories
the chat surfaces keep (a thread's first question, recent answers, conversations welcomed).
Only redacted text goes in."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Generic, Hashable, TypeVar

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

    def add_once(self, key: Hashable) -> bool:
        """Mark `key`; True the first time only (while it is remembered)."""
        sentinel = object()
        return self.setdefault(key, sentinel) is sentinel  # type: ignore[arg-type]
