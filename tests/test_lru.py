"""bot.lru: the bounded memory both chat surfaces keep."""
from __future__ import annotations

import bot.lru as lru_mod
from bot.lru import LRU


def test_least_recently_used_is_forgotten_first():
    m: LRU[str] = LRU(max_items=2)
    m.put("a", "1")
    m.put("b", "2")
    assert m.get("a") == "1"          # a is now the most recent
    m.put("c", "3")
    assert m.get("b") is None and m.get("a") == "1" and m.get("c") == "3"


def test_setdefault_keeps_the_first_value_and_add_once_is_true_once():
    m: LRU[str] = LRU()
    assert m.setdefault("t", "first") == "first"
    assert m.setdefault("t", "second") == "first"
    assert m.add_once("w") is True and m.add_once("w") is False


def test_entries_expire(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(lru_mod.time, "monotonic", lambda: now[0])
    m: LRU[str] = LRU(ttl_seconds=10)
    m.put("k", "v")
    now[0] += 11
    assert m.get("k") is None and len(m) == 0
