"""Cards for the content owners' `status` and `reindex` commands."""
from __future__ import annotations

from bot.teams.cards.common import card, heading, plain, text


def _facts(pairs: list[tuple[str, str]]) -> dict:
    return {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in pairs]}


def build_status_card(manifest: dict | None) -> dict:
    """The index in use: version, when and how it was built, what it holds."""
    if manifest is None:
        return card([text("📚 No index yet. Send `reindex` to build one.")], fallback="No index yet.")
    counts = manifest.get("counts", {})
    facts = [("Version", manifest.get("index_version", "?")),
             ("Built", f"{manifest.get('created', '?')[:19].replace('T', ' ')} UTC ({manifest.get('trigger', '?')})"),
             ("Documents", str(counts.get("documents", len(manifest.get("documents", []))))),
             ("Clauses", str(counts.get("clauses", "?"))),
             ("Register rows", str(counts.get("register", "?"))),
             ("Problems", str(counts.get("problems", 0)))]
    body = [text("📚 Policy index status", size="Medium", weight="Bolder"), _facts(facts)]
    docs = manifest.get("documents", [])
    if docs:
        body.append(heading("Sources"))
        body += [plain(f"• {d.get('source')} ({d.get('clauses', 0)} clauses)") for d in docs]
    problems = manifest.get("problems", [])
    if problems:
        body.append(heading("Problems"))
        body += [plain(f"• {p.get('path')}: {p.get('reason')}") for p in problems]
    return card(body, fallback=f"Index {manifest.get('index_version', '?')}: {counts.get('clauses', '?')} clauses")


def build_reindex_card(result=None, error: str | None = None) -> dict:
    """The outcome of a reindex: an index.build.BuildResult, or the error that stopped it (the
    previous version then still serves)."""
    if error is not None:
        return card([text("⚠️ Reindex failed; the previous index still serves.", weight="Bolder",
                          color="Attention"), plain(error)], fallback=f"Reindex failed: {error}")
    summary = (f"{result.documents} document(s), {result.clauses} clause(s) ({result.register} register row(s)) "
               f"as version {result.index_version} in {result.seconds:.1f} s: {len(result.added)} added, "
               f"{len(result.changed)} changed, {len(result.removed)} removed.")
    body = [text("✅ Reindexed", size="Medium", weight="Bolder", color="Good"), plain(summary)]
    if result.problems:
        body.append(heading("Problems"))
        body += [plain(f"• {'skipped' if p.skipped else 'warning'}: {p}") for p in result.problems]
    return card(body, fallback="Reindexed " + summary)
