"""What a reindex changed: clauses added, changed (with a short text diff) and removed, and
register rows whose status or permitted data kinds changed.

Every build stores its diff against the version it replaced as versions/<version>/diff.json;
`load_diff(home, version)` reads it back, `render_diff` prints it.

A clause counts as changed when its heading or its text changed (whitespace ignored), not when
only its position or the document's metadata moved: what a reader of the clause would notice.
"""
from __future__ import annotations

import difflib
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from index.home import read_current, versions_dir
from index.models import Clause, RegisterEntry

DIFF_FILE = "diff.json"
DIFF_FORMAT = 1
MAX_DIFF_LINES = 12        # unified diff lines kept per changed clause
MAX_LINE = 240             # characters kept per diff line
EXCERPT = 160              # characters of an added/removed clause's text kept
REGISTER_FIELDS = ("status", "data_allowed")

_SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=\S)|\n+")


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _short(text: str, n: int) -> str:
    text = _norm(text)
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _lines(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s and s.strip()]


def text_diff(old: str, new: str) -> list[str]:
    """A short unified diff of two clause texts, one sentence per line, without headers:
    lines start with "-", "+" or " " (context)."""
    out = []
    for line in difflib.unified_diff(_lines(old), _lines(new), lineterm="", n=1):
        if line.startswith(("---", "+++", "@@")):
            continue
        out.append(line[:1] + _short(line[1:], MAX_LINE))
    if len(out) > MAX_DIFF_LINES:
        out = out[:MAX_DIFF_LINES] + [f" … {len(out) - MAX_DIFF_LINES} more line(s)"]
    return out


def word_diff(old: str, new: str, context: int = 5) -> str:
    """The changed words in place, `[-removed-]{+added+}`, long unchanged runs elided."""
    a, b = _norm(old).split(), _norm(new).split()
    parts: list[str] = []
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            run = a[i1:i2]
            first, last = n == 0, n == len(ops) - 1
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(run) > keep_head + keep_tail + 1:
                head, tail = run[:keep_head], run[len(run) - keep_tail:] if keep_tail else []
                parts.append(" ".join(head + ["…"] + tail))
            else:
                parts.append(" ".join(run))
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return _short(" ".join(p for p in parts if p), 600)


def _clause_row(c: Clause, text: bool = True) -> dict:
    row = {"ref": c.ref, "source": c.source, "clause": c.id, "heading": c.heading, "kind": c.kind}
    if text:
        row["text"] = _short(c.text, EXCERPT)
    return row


def compute_diff(old_clauses: Iterable[Clause], new_clauses: Iterable[Clause],
                 old_register: Iterable[RegisterEntry] = (), new_register: Iterable[RegisterEntry] = (),
                 *, version: str = "", previous: str | None = None) -> dict:
    """The diff from one version's clauses and register to another's (plain JSON-able dict)."""
    old = {c.ref: c for c in old_clauses}
    new = {c.ref: c for c in new_clauses}
    added = [_clause_row(c) for r, c in new.items() if r not in old]
    removed = [_clause_row(c) for r, c in old.items() if r not in new]
    changed = []
    for ref, c in new.items():
        o = old.get(ref)
        if o is None:
            continue
        text_changed = _norm(o.text) != _norm(c.text)
        heading_changed = _norm(o.heading) != _norm(c.heading)
        if not (text_changed or heading_changed or o.kind != c.kind):
            continue
        row = _clause_row(c, text=False)
        if heading_changed:
            row["old_heading"] = o.heading
        if text_changed:
            row["diff"] = text_diff(o.text, c.text)
            row["words"] = word_diff(o.text, c.text)
        changed.append(row)

    old_reg = {e.ref: e for e in old_register}
    new_reg = {e.ref: e for e in new_register}
    register = []
    for ref, e in new_reg.items():
        o = old_reg.get(ref)
        if o is None:
            register.append({"ref": ref, "tool": e.tool, "change": "added",
                             "status": [None, e.status], "data_allowed": [None, list(e.data_allowed)]})
            continue
        fields = [f for f in REGISTER_FIELDS if
                  (getattr(o, f) != getattr(e, f) if f == "status"
                   else sorted(getattr(o, f)) != sorted(getattr(e, f)))]
        if fields:
            register.append({"ref": ref, "tool": e.tool, "change": "changed", "fields": fields,
                             "status": [o.status, e.status],
                             "data_allowed": [list(o.data_allowed), list(e.data_allowed)]})
    for ref, o in old_reg.items():
        if ref not in new_reg:
            register.append({"ref": ref, "tool": o.tool, "change": "removed",
                             "status": [o.status, None], "data_allowed": [list(o.data_allowed), None]})

    key = lambda row: row["ref"]  # noqa: E731
    return {
        "format": DIFF_FORMAT,
        "version": version,
        "previous_version": previous,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "added": sorted(added, key=key),
        "changed": sorted(changed, key=key),
        "removed": sorted(removed, key=key),
        "register": sorted(register, key=key),
        "counts": {"added": len(added), "changed": len(changed), "removed": len(removed),
                   "register": len(register)},
    }


def is_empty(diff: dict | None) -> bool:
    return not diff or not any(diff.get(k) for k in ("added", "changed", "removed", "register"))


def affected_refs(diff: dict) -> set[str]:
    """Refs a reader of the old version may have relied on that are now different or gone."""
    return {r["ref"] for r in diff.get("changed", [])} | {r["ref"] for r in diff.get("removed", [])}


# --------------------------------------------------------------------------- storage

def diff_path(home: Path, version: str) -> Path:
    return versions_dir(home) / version / DIFF_FILE


def load_diff(home: Path, version: str | None = None) -> dict | None:
    """The stored diff of a version (default: the serving one) against the version it replaced;
    None when the version or its diff does not exist."""
    if version is None:
        version = read_current(Path(home))
        if not version:
            return None
    try:
        return json.loads(diff_path(home, version).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


# --------------------------------------------------------------------------- printing

def summary_line(diff: dict) -> str:
    c = diff.get("counts", {})
    s = f"{c.get('added', 0)} added, {c.get('changed', 0)} changed, {c.get('removed', 0)} removed"
    if c.get("register"):
        s += f"; {c['register']} register row(s) added, removed or with a new status or data kinds"
    return s


def _kinds(v) -> str:
    return "none" if v is None else (";".join(v) or "none")


def register_line(row: dict) -> str:
    tool = row["tool"]
    if row["change"] == "added":
        return f"{tool}: new row, {row['status'][1]} ({_kinds(row['data_allowed'][1])})"
    if row["change"] == "removed":
        return f"{tool}: row removed (was {row['status'][0]})"
    bits = []
    if "status" in row.get("fields", []):
        bits.append(f"status {row['status'][0]} → {row['status'][1]}")
    if "data_allowed" in row.get("fields", []):
        bits.append(f"data {_kinds(row['data_allowed'][0])} → {_kinds(row['data_allowed'][1])}")
    return f"{tool}: " + ", ".join(bits)


_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def _words_markup(words: str) -> str:
    """rich markup for a word diff: removed words struck out in red, added words in green."""
    from rich.markup import escape

    out, pos = [], 0
    for m in _MARK.finditer(words):
        out.append(escape(words[pos:m.start()]))
        if m.group(1) is not None:
            out.append(f"[red strike]{escape(m.group(1))}[/red strike]")
        else:
            out.append(f"[green]{escape(m.group(2))}[/green]")
        pos = m.end()
    out.append(escape(words[pos:]))
    return "".join(out)


def render_diff(diff: dict, console=None, limit: int = 15) -> None:
    """Print a diff concisely with rich: one line per clause, changed words highlighted."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(stderr=True)
    prev = diff.get("previous_version")
    head = f"Changes in {diff.get('version')}" + (f" since {prev}" if prev else "") + f": {summary_line(diff)}"
    console.print(f"[bold]{escape(head)}[/bold]", highlight=False)

    def more(rows: list, what: str) -> None:
        if len(rows) > limit:
            console.print(f"  … {len(rows) - limit} more {what} "
                          f"(policybot versions --diff {diff.get('version')})", highlight=False)

    for row in diff.get("added", [])[:limit]:
        console.print(f"  [green]+ {escape(row['ref'])}[/green]  {escape(row.get('heading') or '')}", highlight=False)
    more(diff.get("added", []), "added")
    for row in diff.get("changed", [])[:limit]:
        console.print(f"  [yellow]~ {escape(row['ref'])}[/yellow]  {escape(row.get('heading') or '')}", highlight=False)
        if row.get("old_heading") is not None:
            console.print(f"      heading: {escape(row['old_heading'])} → {escape(row.get('heading') or '')}",
                          highlight=False)
        if row.get("words"):
            plain = console.no_color or console.color_system is None
            console.print("      " + (escape(row["words"]) if plain else _words_markup(row["words"])),
                          highlight=False)
    more(diff.get("changed", []), "changed")
    for row in diff.get("removed", [])[:limit]:
        console.print(f"  [red]- {escape(row['ref'])}[/red]  {escape(row.get('heading') or '')}", highlight=False)
    more(diff.get("removed", []), "removed")
    for row in diff.get("register", [])[:limit]:
        console.print(f"  [magenta]register[/magenta] {escape(register_line(row))}", highlight=False)
    more(diff.get("register", []), "register rows")
