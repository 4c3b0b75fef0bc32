"""Read a knowledge folder: documents into clauses, register CSVs into entries, sources.yaml
into per-file metadata. Pure with respect to the index: nothing here embeds or stores."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from index.clauses import split_clauses
from index.corrections import CORRECTIONS_FILE, read_corrections
from index.loaders import DOCUMENT_EXTENSIONS, REGISTER_EXTENSIONS, LoaderError, load_blocks
from index.models import Clause, ParsedDocument, Problem, RegisterEntry
from index.register import entry_clause, read_register
from index.tools_table import merge_registers, read_tools_tables

SOURCES_FILE = "sources.yaml"
_META_KEYS = ("title", "owner", "version", "url")


@dataclass
class IngestResult:
    folder: Path
    documents: list[ParsedDocument] = field(default_factory=list)
    register: list[RegisterEntry] = field(default_factory=list)   # CSV rows, then tools-table rows
    clauses: list[Clause] = field(default_factory=list)      # document clauses + register rows
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)           # files read successfully
    corrections: dict = field(default_factory=dict)          # policy-map.yaml, validated (index/corrections.py)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


def read_sources_yaml(path: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Per-file metadata. Accepts a mapping `file name -> {title, owner, version, url}`, or a
    list (top level, or under `sources:`/`files:`/`documents:`) of mappings with a `file` key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        reason = " ".join(str(e).split())[:200]
        return {}, [Problem(path.name, f"not valid YAML ({reason}); metadata ignored", skipped=False)]
    if isinstance(data, dict):
        for key in ("sources", "files", "documents"):
            if isinstance(data.get(key), (list, dict)):
                data = data[key]
                break
    out: dict[str, dict] = {}
    if isinstance(data, dict):
        items = [(k, v) for k, v in data.items()]
    elif isinstance(data, list):
        items = []
        for v in data:
            if isinstance(v, dict):
                name = v.get("file") or v.get("path") or v.get("name") or v.get("filename")
                if name:
                    items.append((name, v))
    else:
        items = []
    for name, v in items:
        if isinstance(v, dict):
            out[Path(str(name)).name.casefold()] = {k: v[k] for k in _META_KEYS if v.get(k) is not None}
    return out, []


def knowledge_files(folder: Path) -> list[Path]:
    """Documents and registers under the folder (recursively), hidden files skipped, sorted."""
    exts = DOCUMENT_EXTENSIONS + REGISTER_EXTENSIONS
    files = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith((".", "~$")) for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in exts:
            files.append(p)
    return files


def parse_document(path: Path, meta: dict | None = None) -> ParsedDocument:
    """One document's clauses (LoaderError if it cannot be read), with the register rows of
    any tools table in it (`doc.register`, see index.tools_table)."""
    blocks = load_blocks(path)
    doc = split_clauses(blocks, source=path.name, meta=meta or {})
    doc.register, warnings = read_tools_tables(doc)
    doc.warnings += warnings
    return doc


def ingest_folder(folder: Path) -> IngestResult:
    folder = Path(folder)
    result = IngestResult(folder=folder)
    meta: dict[str, dict] = {}
    sources = folder / SOURCES_FILE
    if sources.is_file():
        meta, probs = read_sources_yaml(sources)
        result.problems += probs
    names_seen: dict[str, Path] = {}
    table_rows: list[RegisterEntry] = []
    for path in knowledge_files(folder):
        key = path.name.casefold()
        if key in names_seen:
            result.problems.append(Problem(str(path), f"same file name as {names_seen[key]}; "
                                           "clause refs use the file name, so this one is skipped"))
            continue
        names_seen[key] = path
        m = meta.get(key, {})
        try:
            if path.suffix.lower() in REGISTER_EXTENSIONS:
                entries, probs = read_register(path)
                result.problems += probs
                start = len(result.register)
                result.register += entries
                result.clauses += [entry_clause(e, start + n, m) for n, e in enumerate(entries)]
            else:
                doc = parse_document(path, m)
                result.problems += [Problem(path.name, w, skipped=False) for w in doc.warnings]
                if not doc.clauses:
                    result.problems.append(Problem(str(path), "no clauses found (no headings or "
                                                   "numbered paragraphs); indexed as nothing", skipped=True))
                    continue
                result.documents.append(doc)
                result.clauses += doc.clauses
                table_rows += doc.register
        except LoaderError as e:
            result.problems.append(Problem(str(path), str(e)))
            continue
        except OSError as e:
            result.problems.append(Problem(str(path), f"cannot open: {e.strerror or e}"))
            continue
        result.files.append(path.name)
    result.register = _resolve_register_refs(result.register, result.clauses)
    if table_rows:
        # a tools table inside a document is the organisation's register too; a CSV wins
        result.register, warnings = merge_registers(result.register, table_rows)
        result.problems += [Problem(where, text, skipped=False) for where, text in warnings]
    fixes = folder / CORRECTIONS_FILE
    if fixes.is_file():
        result.corrections, probs = read_corrections(fixes, {c.ref for c in result.clauses})
        result.problems += probs
        result.files.append(fixes.name)
    return result


def _resolve_register_refs(register: list[RegisterEntry], clauses: list[Clause]) -> list[RegisterEntry]:
    """A register row citing `policy.md#4.2` where the folder holds `policy.html` (a register
    written against the source of a converted document) cites `policy.html#4.2`: the one clause
    with that id in the one document with that stem. Anything else is left for the build's
    dangling-citation warning."""
    refs = {c.ref for c in clauses if c.kind == "clause"}
    by_stem: dict[tuple[str, str], set[str]] = {}
    for r in refs:
        f, _, cid = r.partition("#")
        by_stem.setdefault((Path(f).stem.lower(), cid), set()).add(r)

    def fix(ref: str) -> str:
        if ref in refs:
            return ref
        f, _, cid = ref.partition("#")
        found = by_stem.get((Path(f).stem.lower(), cid), set())
        return next(iter(found)) if len(found) == 1 else ref
    return [replace(e, clauses=tuple(fix(r) for r in e.clauses)) for e in register]
