"""Cards for the content owners' `status` and `reindex` commands."""
from __future__ import annotations

from bot.reindex_followup import followup_line

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


def _refs(label: str, refs: list[str], limit: int = 15) -> str:
    more = f" and {len(refs) - limit} more" if len(refs) > limit else ""
    return f"{label}: " + ", ".join(refs[:limit]) + more


def build_reindex_card(result=None, error: str | None = None, followup=None) -> dict:
    """The outcome of a reindex: an index.build.BuildResult and the bot.reindex_followup.FollowUp of
    the switch (flagged rulings / escalations, answer drift), or the error that stopped it (the
    previous version then still serves)."""
    if error is not None:
        return card([text("⚠️ Reindex failed; the previous index still serves.", weight="Bolder",
                          color="Attention"), plain(error)], fallback=f"Reindex failed: {error}")
    summary = (f"{result.documents} document(s), {result.clauses} clause(s) ({result.register} register row(s)) "
               f"as version {result.index_version} in {result.seconds:.1f} s: {len(result.added)} added, "
               f"{len(result.changed)} changed, {len(result.removed)} removed.")
    gov = followup_line(followup)
    body = [text("✅ Reindexed", size="Medium", weight="Bolder", color="Good"), plain(summary)]
    body += [plain(_refs(label, refs)) for label, refs in (("Added", result.added), ("Changed", result.changed),
                                                          ("Removed", result.removed)) if refs]
    body.append(plain(gov))
    drift = getattr(followup, "drift", None) or []
    if drift:
        body.append(heading("Answers that change"))
        body += [plain(f"• “{d['question'][:140]}”: {d['old']['verdict']} → {d['new']['verdict']} "
                       f"({d['old']['first_citation']} → {d['new']['first_citation']})") for d in drift[:8]]
    if result.problems:
        body.append(heading("Problems"))
        body += [plain(f"• {'skipped' if p.skipped else 'warning'}: {p}") for p in result.problems]
    return card(body, fallback="Reindexed " + summary + " " + gov)


def build_reindex_notice_card(payload: dict) -> dict:
    """The governance channel's notice of a switch (the `reindex.notice` outbox payload)."""
    summary = payload.get("summary") or f"The policy index is now version {payload.get('index_version')}."
    lines = summary.split("\n")
    body = [plain("📚 " + lines[0], weight="Bolder")]
    body += [plain(line) for line in lines[1:] if line.strip()]
    return card(body, fallback=summary)
