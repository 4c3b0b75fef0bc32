"""Read a knowledge folder: documents into clauses, register CSVs into entries, sources.yaml
into per-file metadata. Pure with respect to the index: nothing here embeds or stores."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from index.clauses import split_clauses
from index.corrections import CORRECTIONS_FILE, read_corrections
from index.limits import Limits, check_document, precheck, within_time
from index.loaders import DOCUMENT_EXTENSIONS, REGISTER_EXTENSIONS, LoaderError, load_blocks
from index.models import Clause, ParsedDocument, Problem, RegisterEntry
from index.register import entry_clause, read_register
from index.tools_table import merge_registers, read_tools_tables

log = logging.getLogger("policybot.index")

SOURCES_FILE = "sources.yaml"
MAX_SOURCES_BYTES = 1024 * 1024
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
        if path.stat().st_size > MAX_SOURCES_BYTES:
            return {}, [Problem(path.name, f"larger than {MAX_SOURCES_BYTES // 1024:,} KB; metadata ignored",
                                skipped=False)]
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


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def scan_knowledge(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Documents and registers under the folder (recursively), hidden files skipped, sorted;
    and the symbolic links that were not followed. A link is never followed out of the folder:
    a linked file or directory whose target is outside it is skipped with a warning naming the
    link. A link to a file inside the folder is read; a link to a directory inside it is not
    followed (its files are read where they really are)."""
    exts = DOCUMENT_EXTENSIONS + REGISTER_EXTENSIONS
    folder = Path(folder)
    root = folder.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "~$")))
        for d in list(dirnames):
            p = here / d
            if p.is_symlink():
                dirnames.remove(d)
                if not _inside(p.resolve(), root):
                    problems.append(Problem(str(p), "a symbolic link to a folder outside the knowledge folder; "
                                            "not followed"))
        for name in filenames:
            if name.startswith((".", "~$")):
                continue
            p = here / name
            if p.suffix.lower() not in exts:
                continue
            if p.is_symlink():
                target = p.resolve()
                if not _inside(target, root):
                    problems.append(Problem(str(p), "a symbolic link to a file outside the knowledge folder; "
                                            "not followed"))
                    continue
            if p.is_file():
                files.append(p)
    for pr in problems:
        log.warning("%s", pr)
    return sorted(files), problems


def knowledge_files(folder: Path) -> list[Path]:
    """Documents and registers under the folder (recursively), hidden files and links out of
    the folder skipped, sorted."""
    return scan_knowledge(folder)[0]


def parse_document(path: Path, meta: dict | None = None, limits: Limits | None = None) -> ParsedDocument:
    """One document's clauses (LoaderError if it cannot be read, or is over a limit: see
    index/limits.py; nothing over a size limit is read), with the register rows of any tools
    table in it (`doc.register`, see index.tools_table)."""
    limits = limits or Limits.from_env()
    precheck(path, limits)

    def parse() -> ParsedDocument:
        blocks = load_blocks(path)
        return split_clauses(blocks, source=path.name, meta=meta or {})
    doc = within_time(parse, limits.file_seconds)
    check_document(doc, limits)
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
    limits = Limits.from_env()
    root = folder.resolve()
    chars = 0
    files, link_problems = scan_knowledge(folder)
    result.problems += link_problems
    for path in files:
        key = path.name.casefold()
        if key in names_seen:
            result.problems.append(Problem(str(path), f"same file name as {names_seen[key]}; "
                                           "clause refs use the file name, so this one is skipped"))
            continue
        names_seen[key] = path
        m = meta.get(key, {})
        try:
            if not _inside(path.resolve(), root):       # became a link out since the scan
                raise LoaderError("a symbolic link to a file outside the knowledge folder; not followed")
            if path.suffix.lower() in REGISTER_EXTENSIONS:
                precheck(path, limits)
                entries, probs = within_time(lambda: read_register(path), limits.file_seconds)
                if len(result.clauses) + len(entries) > limits.folder_clauses:
                    raise LoaderError(f"the folder holds over {limits.folder_clauses:,} clauses and register rows "
                                      "(POLICYBOT_MAX_FOLDER_CLAUSES); this register is not indexed")
                result.problems += probs
                start = len(result.register)
                result.register += entries
                result.clauses += [entry_clause(e, start + n, m) for n, e in enumerate(entries)]
            else:
                doc = parse_document(path, m, limits)
                result.problems += [Problem(path.name, w, skipped=False) for w in doc.warnings]
                n = sum(len(c.text or "") for c in doc.clauses)
                if chars + n > limits.folder_chars:
                    raise LoaderError(f"the folder's documents together are over {limits.folder_chars:,} characters "
                                      "(POLICYBOT_MAX_FOLDER_CHARS); this one is not indexed")
                if len(result.clauses) + len(doc.clauses) > limits.folder_clauses:
                    raise LoaderError(f"the folder holds over {limits.folder_clauses:,} clauses and register rows "
                                      "(POLICYBOT_MAX_FOLDER_CLAUSES); this one is not indexed")
                chars += n
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
