"""Index versions of a home: list them, and roll back (or forward) to one of them.

A version is a folder <home>/versions/<id>/ (manifest.json, diff.json) plus its Chroma
collection; <home>/CURRENT names the serving one. Builds keep the newest POLICYBOT_KEEP_VERSIONS
(default 3), so the versions before the serving one are there to roll back to.

A rollback switches CURRENT atomically under the reindex lock (so it is refused while a build
runs), only to a version whose manifest and vector collection still exist, and is recorded in
<home>/switches.jsonl. Running bots pick it up before their next question, like a build.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from index import diff as diffs
from index import store
from index.build import (BuildError, BuildLockedError, load_manifest, manifest_clauses,
                         manifest_register, read_current, read_switches, switch_current,
                         versions_dir)
from index.lock import ReindexLock


class VersionError(BuildError):
    """No such version, or it cannot be served (its collection is gone)."""


@dataclass
class VersionInfo:
    version: str
    created: str
    documents: int
    clauses: int
    register: int
    trigger: str
    who: str
    folder: str
    previous_version: str | None
    current: bool
    collection: str
    location: str
    counts: dict = field(default_factory=dict)
    available: bool | None = None     # the collection exists (None: not checked / unreachable)

    def to_json(self) -> dict:
        return asdict(self)


def _info(home: Path, name: str, man: dict, current: str | None) -> VersionInfo:
    counts = man.get("counts", {})
    who = man.get("who") or {}
    who_s = who.get("user", "") + (f"@{who['host']}" if who.get("host") else "") if isinstance(who, dict) else str(who)
    chroma = man.get("chroma", {})
    return VersionInfo(
        version=name, created=man.get("created", ""),
        documents=int(counts.get("documents", 0)), clauses=int(counts.get("clauses", 0)),
        register=int(counts.get("register", 0)), trigger=man.get("trigger", ""), who=who_s,
        folder=man.get("folder", ""), previous_version=man.get("previous_version"),
        current=name == current, collection=chroma.get("collection") or man.get("collection", ""),
        location=chroma.get("location", ""),
        counts={k: counts.get(k, 0) for k in ("added", "changed", "removed", "embedded", "problems")})


def list_versions(home: Path, check: bool = False, chroma_url: str | None = None) -> list[VersionInfo]:
    """The versions of a home, newest first. check=True also asks the vector store whether each
    version's collection still exists (`available`)."""
    home = Path(home)
    current = read_current(home)
    out = []
    vdir = versions_dir(home)
    if not vdir.is_dir():
        return out
    for d in vdir.iterdir():
        if not d.is_dir():
            continue
        try:
            man = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue            # a build that died before its manifest: not a version
        out.append(_info(home, d.name, man, current))
    out.sort(key=lambda v: (v.created, v.version), reverse=True)
    if check:
        for v in out:
            v.available = collection_available(home, v, chroma_url)
    return out


def _client_for(home: Path, location: str, chroma_url: str | None):
    """The store a Searcher would open for the version (explicit URL or env, else the server the
    version was built on, else the home's embedded store)."""
    url = store.resolve_chroma_url(chroma_url)
    if not url and location.startswith(("http://", "https://")):
        url = location
    return store.open_client(home, url)


def collection_available(home: Path, v: VersionInfo, chroma_url: str | None = None) -> bool | None:
    """Whether the version's vector collection exists; None when the store cannot be reached."""
    try:
        client = _client_for(home, v.location, chroma_url)
    except Exception:
        return None
    return store.collection_exists(client, v.collection)


def resolve_version(home: Path, version: str) -> str:
    """A full version id from an id or a unique prefix of one."""
    names = [v.version for v in list_versions(home)]
    if version in names:
        return version
    hits = [n for n in names if n.startswith(version)]
    if len(hits) == 1:
        return hits[0]
    have = ", ".join(names) or "none"
    if hits:
        raise VersionError(f"{version!r} matches several versions: {', '.join(hits)}")
    raise VersionError(f"no version {version!r} in {home} (versions kept: {have})")


@dataclass
class RollbackResult:
    version: str                 # now serving
    previous_version: str | None
    diff: dict                   # from the version that served to the one now serving
    event: dict


def rollback(home: Path, version: str | None = None, chroma_url: str | None = None,
             who: str | None = None, trigger: str = "cli") -> RollbackResult:
    """Serve `version` again (default: the newest version older than the serving one).

    Refused (VersionError) when the version does not exist, is already serving, or its vector
    collection is gone; refused (BuildLockedError) while a build or another rollback runs."""
    home = Path(home)
    with ReindexLock(home, purpose=f"rollback ({trigger})", error=BuildLockedError):
        current = read_current(home)
        infos = list_versions(home)
        by_name = {v.version: v for v in infos}
        if version is None:
            cur = by_name.get(current)
            older = [v for v in infos if cur is None or (v.created, v.version) < (cur.created, cur.version)]
            older = [v for v in older if v.version != current]
            if not older:
                raise VersionError(f"no version older than {current or 'nothing'} to roll back to in "
                                   f"{home} (versions kept: {', '.join(by_name) or 'none'})")
            target = older[0]
        else:
            target = by_name[resolve_version(home, version)]
        if target.version == current:
            raise VersionError(f"version {target.version} is already serving")
        ok = collection_available(home, target, chroma_url)
        if ok is None:
            raise VersionError(f"cannot reach the vector store of version {target.version} "
                               f"({target.location}): not rolling back")
        if not ok:
            raise VersionError(f"version {target.version} cannot be served: its vector collection "
                               f"{target.collection!r} is gone from {target.location}. Roll back to "
                               "another version or reindex")
        old_man = load_manifest(home, current) if current else None
        new_man = load_manifest(home, target.version) or {}
        diff = diffs.compute_diff(
            manifest_clauses(old_man) if old_man else [], manifest_clauses(new_man),
            manifest_register(old_man) if old_man else [], manifest_register(new_man),
            version=target.version, previous=current)
        event = switch_current(home, target.version, action="rollback", previous=current,
                               trigger=trigger, who=who)
    return RollbackResult(version=target.version, previous_version=current, diff=diff, event=event)


def history(home: Path, limit: int = 10) -> list[dict]:
    """The last switches of CURRENT (builds and rollbacks), oldest first."""
    return read_switches(home, limit)
