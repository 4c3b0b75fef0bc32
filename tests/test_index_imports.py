"""index/ is the reading and indexing library: it never imports the application (bot/), and its
modules import each other without circles (build -> diff, never back)."""
from __future__ import annotations

import ast
from pathlib import Path

INDEX = Path(__file__).resolve().parent.parent / "index"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def test_index_never_imports_bot():
    bad = {str(p.relative_to(INDEX.parent)): sorted(m for m in _imports(p) if m == "bot" or m.startswith("bot."))
           for p in INDEX.rglob("*.py")}
    assert {k: v for k, v in bad.items() if v} == {}


def test_no_import_circle_between_index_modules():
    graph: dict[str, set[str]] = {}
    for p in INDEX.rglob("*.py"):
        mod = ".".join(p.relative_to(INDEX.parent).with_suffix("").parts).removesuffix(".__init__")
        graph[mod] = {m for m in _imports(p) if m.startswith("index.")}
    for mod in graph:
        graph[mod] = {m for m in graph[mod] if m in graph and m != mod and m != "index"}

    def reach(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen
    circles = sorted(m for m in graph if m in reach(m))
    assert circles == []
