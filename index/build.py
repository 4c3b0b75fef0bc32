"""Build a new index version from a knowledge folder.

    reindex lock (refused when another build runs; stale locks taken over, see index/lock.py) ->
    ingest -> embedding cache lookup (sha256(model_id + embedding_text)) -> embed the misses ->
    new Chroma collection pb_<version> -> checks -> <home>/versions/<version>/ retrieval files
    (vectors + BM25 for llama-index-free queries, index/retrieval.py), diff.json and
    manifest.json -> atomic switch of <home>/CURRENT -> keep the newest POLICYBOT_KEEP_VERSIONS (3).

Checks before the switch (a failure raises CheckFailedError and the previous version serves on):
- collapse: the new build (from any folder, the serving version's or another path) has fewer
  than half of the serving version's document clauses (refused unless force=True);
- lost documents: a file the serving version indexed can no longer be read (refused unless
  force=True; delete the file to drop its clauses on purpose);
- register citations: a register row cites a clause the new build does not have (a warning,
  listed in the problems; the build goes ahead);
- smoke query: the new collection answers a query made with the query model, and finds a
  sample of its own clauses by their vectors.

Every version has its own collection holding only that version's clauses, so a deleted document
is never retrievable again, and anything failing before the switch leaves the previous version
serving.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np

from index import diff as diffs
from index import retrieval, store
from index.corrections import CORRECTIONS_FILE, corrections_digest
from index.home import CURRENT_FILE, VERSIONS_DIR, env_int, read_current, versions_dir  # noqa: F401 (re-exported)
from index.lock import LockHeld, ReindexLock, current_user
from index.models import Clause, Problem, RegisterEntry
from index.windows import clause_windows, window_ref

if TYPE_CHECKING:   # the readers (index.ingest, index/loaders) load only when a build runs
    from index.ingest import IngestResult

Progress = Callable[[str, int, int], None]

MANIFEST_FORMAT = 1
KEEP_VERSIONS = 3                     # default of POLICYBOT_KEEP_VERSIONS
ENV_KEEP_VERSIONS = "POLICYBOT_KEEP_VERSIONS"
ENV_SMOKE_QUERY = "POLICYBOT_SMOKE_QUERY"
SMOKE_QUERY = "Can staff use generative AI tools at work?"
COLLAPSE_RATIO = 0.5                  # refuse a build left with fewer than this share of clauses
SWITCH_LOG = "switches.jsonl"         # one line per switch of CURRENT (build or rollback)
CACHE_FILE = Path("cache") / "embeddings.sqlite3"
COLLECTION_PREFIX = "pb_"
_CHROMA_BATCH = 1000


class BuildError(RuntimeError):
    """The index could not be built; the previous version (if any) still serves."""


class EmptyKnowledgeError(BuildError):
    """The folder yielded no clauses at all."""


class BuildLockedError(BuildError, LockHeld):
    """Another live process is reindexing this home; `holder` says who (pid, host, started)."""


class CheckFailedError(BuildError):
    """A check before the switch failed; the serving version is untouched."""

    def __init__(self, message: str, check: str, details: dict | None = None):
        super().__init__(message)
        self.check = check
        self.details = details or {}


def keep_versions_setting() -> int:
    """POLICYBOT_KEEP_VERSIONS (at least 1), default 3."""
    return env_int(ENV_KEEP_VERSIONS, KEEP_VERSIONS, minimum=1)


@dataclass
class BuildResult:
    index_version: str
    documents: int                       # documents that yielded clauses
    clauses: int                         # everything indexed (document clauses + register rows)
    register: int                        # register rows
    added: list[str] = field(default_factory=list)     # refs new since the previous version
    changed: list[str] = field(default_factory=list)   # refs whose heading or text changed
    removed: list[str] = field(default_factory=list)   # refs gone since the previous version
    embedded: int = 0                    # texts actually embedded this run (cache misses)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    previous_version: str | None = None
    collection: str = ""
    model_id: str = ""
    files: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)    # versions deleted by this build
    diff: dict = field(default_factory=dict)           # index.diff.compute_diff (also diff.json)
    checks: dict = field(default_factory=dict)         # what the checks before the switch found
    notes: list[str] = field(default_factory=list)     # e.g. a stale lock taken over
    unchanged: bool = False    # if_changed=True and nothing changed: no new version was made

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


# --------------------------------------------------------------------------- manifests

def manifest_path(home: Path, version: str) -> Path:
    return versions_dir(home) / version / "manifest.json"


def load_manifest(home: Path, version: str | None = None) -> dict | None:
    """A version's manifest (default: CURRENT's), or None if there is none."""
    version = version or read_current(home)
    if not version:
        return None
    try:
        return json.loads(manifest_path(home, version).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


_CLAUSE_FIELDS = {f.name for f in fields(Clause)}
_ENTRY_FIELDS = {f.name for f in fields(RegisterEntry)}


def clause_from_record(rec: dict) -> Clause:
    d = {k: v for k, v in rec.items() if k in _CLAUSE_FIELDS}
    d["heading_path"] = tuple(d.get("heading_path") or ())
    return Clause(**d)


def entry_from_record(rec: dict) -> RegisterEntry:
    d = {k: v for k, v in rec.items() if k in _ENTRY_FIELDS}
    for k in ("aliases", "data_allowed", "clauses"):
        d[k] = tuple(d.get(k) or ())
    return RegisterEntry(**d)


def manifest_clauses(manifest: dict) -> list[Clause]:
    return [clause_from_record(r) for r in manifest.get("clauses", [])]


def manifest_digests(manifest: dict) -> dict[str, str]:
    """ref -> Clause.digest of a version's clauses."""
    if isinstance(manifest.get("digests"), dict):
        return dict(manifest["digests"])
    return {c.ref: c.digest for c in manifest_clauses(manifest)}


def manifest_register(manifest: dict) -> list[RegisterEntry]:
    return [entry_from_record(r) for r in manifest.get("register", [])]


# --------------------------------------------------------------------------- embedding cache

def embedding_digest(model_id: str, text: str) -> str:
    return hashlib.sha256(f"{model_id}\n{text}".encode("utf-8")).hexdigest()


class EmbeddingCache:
    """digest -> float32 vector, in SQLite under <home>/cache. Keys include the model id, so
    vectors of different models never mix."""

    def __init__(self, home: Path):
        self.path = Path(home) / CACHE_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS embeddings (digest TEXT PRIMARY KEY, "
                         "model_id TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL, "
                         "created TEXT NOT NULL)")
        self._db.commit()

    def get_many(self, digests: Iterable[str]) -> dict[str, np.ndarray]:
        digests = list(dict.fromkeys(digests))
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(digests), 500):
            chunk = digests[i:i + 500]
            q = "SELECT digest, dim, vector FROM embeddings WHERE digest IN (%s)" % ",".join("?" * len(chunk))
            for d, dim, blob in self._db.execute(q, chunk):
                v = np.frombuffer(blob, dtype=np.float32)
                if v.shape[0] == dim:
                    out[d] = v
        return out

    def put_many(self, model_id: str, items: dict[str, np.ndarray]) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._db.executemany(
            "INSERT OR REPLACE INTO embeddings (digest, model_id, dim, vector, created) VALUES (?,?,?,?,?)",
            [(d, model_id, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes(), now)
             for d, v in items.items()])
        self._db.commit()

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]

    def close(self) -> None:
        self._db.close()


# --------------------------------------------------------------------------- helpers

def _dedupe(clauses: list[Clause]) -> tuple[list[Clause], list[Problem]]:
    seen: set[str] = set()
    out, problems = [], []
    for c in clauses:
        if c.ref in seen:
            problems.append(Problem(c.source, f"clause id {c.id!r} appears more than once; only the "
                                    "first is indexed", skipped=False))
            continue
        seen.add(c.ref)
        out.append(c)
    return out, problems


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _new_version(home: Path, client, content_digest: str):
    """(version, collection name) not used yet in this home nor in the Chroma store."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = f"{stamp}-{content_digest[:8]}"
    for n in range(0, 1000):
        version = base if n == 0 else f"{base}-{n}"
        name = COLLECTION_PREFIX + version
        if (versions_dir(home) / version).exists():
            continue
        try:
            collection = store.create_collection(client, name)
        except Exception:
            if store.collection_exists(client, name):
                continue
            raise
        return version, collection
    raise BuildError("cannot find a free version name")  # pragma: no cover


def _documents_list(ing: IngestResult, clauses: list[Clause]) -> list[dict]:
    counts: dict[str, int] = {}
    for c in clauses:
        counts[c.source] = counts.get(c.source, 0) + 1
    docs = [{"source": d.source, "title": d.title, "kind": "document", "clauses": counts.get(d.source, 0)}
            for d in ing.documents]
    listed = {d.source for d in ing.documents}
    for src in dict.fromkeys(e.source for e in ing.register if e.source not in listed):   # not a tools table
        docs.append({"source": src, "title": "", "kind": "register", "clauses": counts.get(src, 0)})
    return docs


def _prune(home: Path, client, location: str, current: str, keep: int,
           replaced: str | None = None) -> list[str]:
    """Delete versions beyond the newest `keep` (never `current`, nor with keep >= 2 the version
    it `replaced`, which may be older after a rollback and still has answers in flight): their
    Chroma collections and their folders."""
    vdir = versions_dir(home)
    if not vdir.is_dir():
        return []
    entries = []
    for d in vdir.iterdir():
        if not d.is_dir():
            continue
        created = ""
        man = None
        try:
            man = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
            created = man.get("created", "")
        except (OSError, ValueError):
            pass
        entries.append((created, d.name, d, man))
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    kept = {current}
    if replaced and keep >= 2 and any(name == replaced and man is not None for _, name, _, man in entries):
        kept.add(replaced)
    for _, name, _, man in entries:
        if len(kept) >= keep:
            break
        if man is not None:
            kept.add(name)
    pruned = []
    for _, name, d, man in entries:
        if name in kept:
            continue
        coll = (man or {}).get("chroma", {}).get("collection") or COLLECTION_PREFIX + name
        loc = (man or {}).get("chroma", {}).get("location") or location
        if loc == location:
            store.delete_collection(client, coll)
        else:  # built against another store; delete there if it is reachable
            try:
                if loc.startswith(("http://", "https://")):
                    store.delete_collection(store.open_client(home, loc), coll)
                elif Path(loc).is_dir():
                    store.delete_collection(store.embedded_client(Path(loc)), coll)
            except Exception:
                pass
        shutil.rmtree(d, ignore_errors=True)
        pruned.append(name)
    # an embedded store belongs to this home alone: drop collections no version folder names
    # (left by a build that was killed between creating its collection and its manifest)
    if not location.startswith(("http://", "https://")):
        try:
            live = {COLLECTION_PREFIX + p.name for p in vdir.iterdir() if p.is_dir()}
            for c in client.list_collections():
                name = getattr(c, "name", str(c))
                if name.startswith(COLLECTION_PREFIX) and name not in live:
                    store.delete_collection(client, name)
        except Exception:
            pass
    return pruned


# --------------------------------------------------------------------------- switch

def content_digest(model_id: str, digests: Iterable[tuple[str, str]]) -> str:
    """One hash over the model and every clause's (ref, Clause.digest), in order."""
    h = hashlib.sha256(model_id.encode("utf-8"))
    for ref, d in digests:
        h.update(f"\n{ref}\t{d}".encode("utf-8"))
    return h.hexdigest()


def manifest_content_digest(manifest: dict) -> str:
    return manifest.get("content_digest") or content_digest(
        manifest.get("model_id", ""), manifest_digests(manifest).items())


def who_info(who: str | None = None) -> dict:
    import socket
    return {"user": who or current_user(), "host": socket.gethostname(), "pid": os.getpid()}


def switch_current(home: Path, version: str, *, action: str, previous: str | None,
                   trigger: str = "", who: str | None = None, **extra) -> dict:
    """Point CURRENT at `version` (atomic rename) and append the switch to <home>/switches.jsonl.
    Callers hold the reindex lock."""
    home = Path(home)
    _write_atomic(home / CURRENT_FILE, version + "\n")
    event = {"time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
             "action": action, "version": version, "previous": previous, "trigger": trigger,
             "who": who_info(who), **extra}
    try:
        with open(home / SWITCH_LOG, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    except OSError:   # the switch happened; the log is informational
        pass
    return event


def read_switches(home: Path, limit: int | None = None) -> list[dict]:
    """The switch log, oldest first (the last `limit` entries)."""
    try:
        lines = (Path(home) / SWITCH_LOG).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in lines[-limit:] if limit else lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


# --------------------------------------------------------------------------- checks

def _smoke(collection, embed_model, clauses: list[Clause], matrix: np.ndarray) -> dict:
    """The new collection answers a query made with the query model, and finds sample clauses by
    their own vectors (catches a collection that was filled wrongly or not at all)."""
    query = os.environ.get(ENV_SMOKE_QUERY, "").strip() or SMOKE_QUERY
    n = min(3, len(clauses))
    vec = list(embed_model.get_query_embedding(query))
    got = collection.query(query_embeddings=[vec], n_results=n, include=["documents"])
    ids = list(dict.fromkeys(window_ref(i) for i in (got.get("ids") or [[]])[0]))
    known = {c.ref for c in clauses}
    if not ids:
        raise CheckFailedError(f"smoke query {query!r} found nothing in the new version", "smoke")
    if not set(ids) <= known:
        raise CheckFailedError(f"smoke query returned clauses the build did not store: "
                               f"{sorted(set(ids) - known)[:3]}", "smoke")
    samples = sorted({0, len(clauses) // 2, len(clauses) - 1})
    got = collection.query(query_embeddings=[matrix[i].tolist() for i in samples], n_results=n,
                           include=["documents"])
    for i, docs in zip(samples, got.get("documents") or []):
        if _norm_text(clauses[i].text) not in {_norm_text(d) for d in docs or []}:
            raise CheckFailedError(f"the new version does not find {clauses[i].ref} by its own "
                                   "vector: the vector store looks damaged", "smoke")
    return {"query": query, "hits": ids}


def _window_vectors(home: Path, embed_model, model_id: str, clauses: list[Clause]
                    ) -> tuple[list[tuple[str, str, str]], np.ndarray]:
    """(window id, clause ref, text) of every long clause's sentence windows, and their vectors
    (through the embedding cache, so an unchanged clause's windows are not embedded again)."""
    windows = [(wid, c.ref, text) for c in clauses for wid, text in clause_windows(c)]
    if not windows:
        return [], np.zeros((0, 0), np.float32)
    digests = [embedding_digest(model_id, t) for _, _, t in windows]
    cache = EmbeddingCache(home)
    try:
        got = cache.get_many(digests)
        missing = list(dict.fromkeys(d for d in digests if d not in got))
        if missing:
            text_of = {d: t for d, (_, _, t) in zip(digests, windows)}
            if hasattr(embed_model, "embed_texts"):
                vecs = embed_model.embed_texts([text_of[d] for d in missing])
            else:
                vecs = embed_model.get_text_embedding_batch([text_of[d] for d in missing])
            fresh = {d: np.asarray(v, dtype=np.float32) for d, v in zip(missing, vecs)}
            cache.put_many(model_id, fresh)
            got.update(fresh)
    finally:
        cache.close()
    return windows, np.stack([got[d] for d in digests]).astype(np.float32)


def _norm_text(t: str | None) -> str:
    return " ".join((t or "").split())


def _checks(folder: Path, prev: dict | None, clauses: list[Clause], register: list[RegisterEntry],
            problems: list[Problem], force: bool) -> tuple[dict, list[Problem]]:
    """Checks that need no vectors. Returns (findings, warnings); raises CheckFailedError."""
    found: dict = {}
    warnings: list[Problem] = []

    refs = {c.ref for c in clauses}
    dangling = [{"register": e.source, "tool": e.tool, "ref": ref}
                for e in register for ref in e.clauses if ref not in refs]
    found["register_citations"] = {"checked": sum(len(e.clauses) for e in register), "dangling": dangling}
    for d in dangling:
        warnings.append(Problem(d["register"], f"row {d['tool']!r} cites {d['ref']}, which is not a "
                                "clause of this build (the citation is ignored)", skipped=False))

    same_folder = bool(prev) and prev.get("folder") == str(folder.resolve())
    found["same_folder"] = same_folder
    if not prev:            # the first build: nothing to compare
        return found, warnings

    # collapse: compared with the version in use whatever folder it was built from, so indexing
    # the wrong path (one lacking the policy) cannot silently replace the policy
    before = sum(1 for r in prev.get("clauses", []) if r.get("kind", "clause") == "clause")
    now = sum(1 for c in clauses if c.kind == "clause")
    found["collapse"] = {"before": before, "now": now, "ratio": COLLAPSE_RATIO, "forced": False}
    if before and now < before * COLLAPSE_RATIO:
        if not force:
            where = "" if same_folder else (f" (it was built from {prev.get('folder')}, this build reads "
                                             f"{folder.resolve()})")
            raise CheckFailedError(
                f"the new build has {now} document clause(s), fewer than half of the {before} the "
                f"serving version {prev.get('index_version')} has{where}: refusing to switch (fix the "
                "documents or the folder path, or use --force if the policy really shrank)", "collapse",
                found["collapse"])
        found["collapse"]["forced"] = True
    if not same_folder:     # lost documents: only the serving version's own folder can lose its files
        return found, warnings

    skipped = {Path(p.path).name: p.reason for p in problems if p.skipped}
    lost = [{"file": f, "reason": skipped[f]} for f in prev.get("files", []) if f in skipped]
    found["lost_documents"] = {"files": lost, "forced": False}
    if lost:
        if not force:
            names = "; ".join(f"{d['file']} ({d['reason']})" for d in lost[:5])
            raise CheckFailedError(
                f"file(s) the serving version {prev.get('index_version')} indexed cannot be read "
                f"now: {names}. Refusing to switch, so their clauses keep serving: fix the file, "
                "delete it to drop its clauses, or use --force", "lost_documents", found["lost_documents"])
        found["lost_documents"]["forced"] = True
    return found, warnings


# --------------------------------------------------------------------------- build

def build_index(folder: Path, home: Path, chroma_url: str | None = None, embed_model=None,
                progress: Progress | None = None, trigger: str = "cli",
                keep_versions: int | None = None, *, force: bool = False,
                if_changed: bool = False, who: str | None = None) -> BuildResult:
    """Index `folder` as a new version under `home` and make it current. See the module doc.

    `progress(stage, done, total)` is called with stage "ingest", "embed", "store" (an exception
    raised by it aborts the build there, like a crash: nothing is switched).
    `force` switches even when the collapse or lost-documents check fails. `if_changed` makes no
    new version when the clauses are exactly those of the serving version (result.unchanged).
    `who` names the person who asked (default: the OS user); `trigger` says what asked.

    Raises BuildLockedError at once when another live process is reindexing this home,
    EmptyKnowledgeError when the folder yields no clauses, CheckFailedError when a check fails,
    and BuildError / StoreError / EmbeddingError on other failures. In every case CURRENT is
    untouched: the previous version still serves.
    """
    t0 = time.perf_counter()
    folder = Path(folder).expanduser()
    home = Path(home)
    if not folder.is_dir():
        raise BuildError(f"knowledge folder not found: {folder}")
    home.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda stage, done, total: None)
    keep = max(1, keep_versions) if keep_versions else keep_versions_setting()

    with ReindexLock(home, purpose=f"build ({trigger})", error=BuildLockedError) as lock:
        notes = [lock.taken_over] if lock.taken_over else []
        from index.ingest import ingest_folder
        ing = ingest_folder(folder)
        clauses, dup_problems = _dedupe(ing.clauses)
        problems = list(ing.problems) + dup_problems
        say("ingest", len(ing.files), len(ing.files) + len(ing.skipped))
        if not clauses:
            detail = "; ".join(str(p) for p in problems[:5])
            raise EmptyKnowledgeError(
                f"no clauses found in {folder}: nothing to index, the current index is unchanged"
                + (f" ({detail})" if detail else ""))

        if embed_model is None:
            from index.embeddings import get_embed_model
            embed_model = get_embed_model()
        model_id = getattr(embed_model, "model_id", None) or embed_model.model_name
        family = getattr(embed_model, "model_family", "") or model_id

        previous = read_current(home)
        prev_manifest = load_manifest(home, previous) if previous else None
        new_digests = {c.ref: c.digest for c in clauses}     # Clause.digest is not cheap: once
        content = content_digest(model_id, [*new_digests.items(), *(
            [(CORRECTIONS_FILE, corrections_digest(ing.corrections))] if ing.corrections else [])])
        if if_changed and prev_manifest and manifest_content_digest(prev_manifest) == content:
            return BuildResult(
                index_version=previous, documents=len(ing.documents), clauses=len(clauses),
                register=len(ing.register), problems=problems, seconds=time.perf_counter() - t0,
                previous_version=previous, collection=prev_manifest.get("collection", ""),
                model_id=model_id, files=list(ing.files), notes=notes, unchanged=True)

        # checks that need no vectors, before any expensive work
        checks, warnings = _checks(folder, prev_manifest, clauses, ing.register, problems, force)
        problems += warnings

        # embeddings: cache hits + the misses, embedded once per distinct text
        texts = [c.embedding_text() for c in clauses]
        digests = [embedding_digest(model_id, t) for t in texts]
        cache = EmbeddingCache(home)
        try:
            cached = cache.get_many(digests)
            missing = list(dict.fromkeys(d for d in digests if d not in cached))
            if missing:
                text_of = dict(zip(digests, texts))
                say("embed", 0, len(missing))
                if hasattr(embed_model, "embed_texts"):
                    vecs = embed_model.embed_texts([text_of[d] for d in missing],
                                                   progress=lambda done, total: say("embed", done, total))
                else:  # any llama-index BaseEmbedding
                    vecs = np.asarray(embed_model.get_text_embedding_batch(
                        [text_of[d] for d in missing]), dtype=np.float32)
                    say("embed", len(missing), len(missing))
                fresh = {d: np.asarray(v, dtype=np.float32) for d, v in zip(missing, vecs)}
                cache.put_many(model_id, fresh)
                cached.update(fresh)
        finally:
            cache.close()
        matrix = np.stack([cached[d] for d in digests]).astype(np.float32)
        dim = int(matrix.shape[1])
        windows, window_matrix = _window_vectors(home, embed_model, model_id, clauses)

        # what changed since the serving version
        diff = diffs.compute_diff(
            manifest_clauses(prev_manifest) if prev_manifest else [], clauses,
            manifest_register(prev_manifest) if prev_manifest else [], ing.register,
            previous=previous)
        added = [r["ref"] for r in diff["added"]]
        changed = [r["ref"] for r in diff["changed"]]
        removed = [r["ref"] for r in diff["removed"]]

        client = store.open_client(home, chroma_url)
        location = store.chroma_location(home, chroma_url)
        version, collection = _new_version(home, client, content)
        diff["version"] = version
        vdir = versions_dir(home) / version
        try:
            ids = [c.ref for c in clauses]
            metas = [{"source": c.source, "clause": c.id, "kind": c.kind, "heading": c.heading,
                      "order": int(c.order), "digest": new_digests[c.ref], "url": c.url or ""}
                     for c in clauses]
            docs = [c.text for c in clauses]
            for i in range(0, len(ids), _CHROMA_BATCH):
                j = i + _CHROMA_BATCH
                collection.add(ids=ids[i:j], embeddings=matrix[i:j], documents=docs[i:j],
                               metadatas=metas[i:j])
                say("store", min(j, len(ids)), len(ids))
            # sentence windows of long clauses (index.windows): retrieval only, never cited
            for i in range(0, len(windows), _CHROMA_BATCH):
                part = windows[i:i + _CHROMA_BATCH]
                collection.add(ids=[w[0] for w in part], embeddings=window_matrix[i:i + _CHROMA_BATCH],
                               documents=[w[2] for w in part],
                               metadatas=[{"kind": "window", "ref": w[1]} for w in part])
            if collection.count() != len(ids) + len(windows):
                raise BuildError(f"Chroma holds {collection.count()} vectors, expected "
                                 f"{len(ids) + len(windows)}")

            checks["smoke"] = _smoke(collection, embed_model, clauses, matrix)

            who_ = who_info(who)
            manifest = {
                "format": MANIFEST_FORMAT,
                "index_version": version,
                "created": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
                "trigger": trigger,
                "who": who_,
                "folder": str(folder.resolve()),
                "model_id": model_id,
                "model_family": family,
                "dimension": dim,
                "chroma": {"mode": "server" if store.resolve_chroma_url(chroma_url) else "embedded",
                           "location": location, "collection": collection.name},
                "collection": collection.name,
                "previous_version": previous,
                "content_digest": content,
                "documents": _documents_list(ing, clauses),
                "files": list(ing.files),
                "counts": {"documents": len(ing.documents), "clauses": len(clauses),
                           "document_clauses": sum(1 for c in clauses if c.kind == "clause"),
                           "register": len(ing.register), "problems": len(problems),
                           "embedded": len(missing), "added": len(added), "changed": len(changed),
                           "removed": len(removed)},
                "checks": checks,
                "retrieval": {"format": retrieval.FORMAT,
                              "files": [retrieval.NPZ_FILE, retrieval.JSON_FILE]},
                "clauses": [asdict(c) for c in clauses],
                "digests": new_digests,                  # ref -> Clause.digest
                "register": [asdict(e) for e in ing.register],
                "corrections": ing.corrections,          # policy-map.yaml, validated
                "problems": [asdict(p) for p in problems],
            }
            vdir.mkdir(parents=True, exist_ok=False)
            # what a query needs without llama-index or Chroma (index/retrieval.py)
            retrieval.write_retrieval(vdir, ids, texts, matrix, windows, window_matrix, model_id=model_id)
            _write_atomic(vdir / diffs.DIFF_FILE, json.dumps(diff, ensure_ascii=False, indent=1))
            _write_atomic(vdir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        except BaseException:
            store.delete_collection(client, collection.name)
            shutil.rmtree(vdir, ignore_errors=True)
            raise
        # the switch: from here on the new version serves
        switch_current(home, version, action="build", previous=previous, trigger=trigger,
                       who=who_["user"])

        pruned = _prune(home, client, location, version, keep, replaced=previous)

    return BuildResult(
        index_version=version, documents=len(ing.documents), clauses=len(clauses),
        register=len(ing.register), added=added, changed=changed, removed=removed,
        embedded=len(missing), problems=problems, seconds=time.perf_counter() - t0,
        previous_version=previous, collection=collection.name, model_id=model_id,
        files=list(ing.files), pruned=pruned, diff=diff, checks=checks, notes=notes,
    )
