"""Approved-tools register CSV (contract section 1): read rows, validate, make them citable."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from index.loaders.errors import LoaderError
from index.loaders.text import read_text_file
from index.models import Clause, Problem, RegisterEntry

COLUMNS = ("tool", "aliases", "status", "data_allowed", "conditions", "clauses")
STATUSES = ("approved", "restricted", "prohibited")
DATA_KINDS = ("public", "internal", "personal", "special_category")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split(";") if p.strip())


def read_register(path: Path) -> tuple[list[RegisterEntry], list[Problem]]:
    """Rows of a register CSV, plus one Problem per bad row. LoaderError if the file as a whole
    is not a register (unreadable, or the header is not the contract's six columns)."""
    text = read_text_file(path)
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise LoaderError("empty CSV file")
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise LoaderError("not a tools register: header must have the columns "
                          + ",".join(COLUMNS) + " (missing: " + ", ".join(missing) + ")")
    idx = {c: header.index(c) for c in COLUMNS}
    entries: list[RegisterEntry] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cell = {c: (row[i].strip() if i < len(row) else "") for c, i in idx.items()}
        where = f"{path.name} row {n}"
        if not cell["tool"]:
            problems.append(Problem(where, "no tool name; row skipped", skipped=False))
            continue
        status = cell["status"].lower()
        if status not in STATUSES:
            problems.append(Problem(where, f"status {cell['status']!r} is not one of "
                                    + ", ".join(STATUSES) + "; row skipped", skipped=False))
            continue
        kinds = tuple(k.lower() for k in _split(cell["data_allowed"]))
        bad = [k for k in kinds if k not in DATA_KINDS]
        if bad:
            problems.append(Problem(where, f"unknown data kind(s) {', '.join(bad)}; ignored", skipped=False))
            kinds = tuple(k for k in kinds if k in DATA_KINDS)
        tool = " ".join(cell["tool"].split())
        if tool.casefold() in seen:
            problems.append(Problem(where, f"duplicate tool {tool!r}; row skipped", skipped=False))
            continue
        seen.add(tool.casefold())
        entries.append(RegisterEntry(
            source=path.name, tool=tool, aliases=_split(cell["aliases"]), status=status,  # type: ignore[arg-type]
            data_allowed=kinds, conditions=" ".join(cell["conditions"].split()),
            clauses=_split(cell["clauses"]), row=n,
        ))
    return entries, problems


def entry_text(e: RegisterEntry) -> str:
    """The citable text of a register row; every cell appears verbatim."""
    parts = [f"{e.tool}."]
    if e.aliases:
        parts.append("Also known as: " + "; ".join(e.aliases) + ".")
    parts.append(f"Status: {e.status}.")
    parts.append("Information it may be used with: " + ("; ".join(e.data_allowed) or "none") + ".")
    if e.conditions:
        parts.append("Conditions: " + e.conditions)
    if e.clauses:
        parts.append("Governing clauses: " + "; ".join(e.clauses) + ".")
    return " ".join(parts)


def entry_clause(e: RegisterEntry, order: int, meta: dict) -> Clause:
    return Clause(
        source=e.source, id=e.tool, heading=e.tool, text=entry_text(e), kind="register",
        heading_path=(str(meta.get("title") or "AI tools register"), e.tool),
        section=str(meta.get("title") or "AI tools register"), order=order,
        doc_title=str(meta.get("title") or ""), doc_owner=str(meta.get("owner") or ""),
        doc_version=str(meta.get("version") or ""), doc_url=meta.get("url") or None,
    )
