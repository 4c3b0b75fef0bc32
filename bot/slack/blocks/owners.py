"""Content-owner replies: /policy status, reindex started / finished, the polite refusal."""
from __future__ import annotations

from bot.reindex_followup import followup_line

from bot.slack.blocks.limits import clip, context, escape, section

REFUSAL = ("Sorry, only the policy's content owners can do that. If you think you should be one, "
           "ask the AI governance team. You can still ask me any question about the policy.")
HELP = ("Ask me a question about using AI at work: `/policy can I use ChatGPT to draft a press release?`\n"
        "Content owners can also use `/policy status` and `/policy reindex`.")
MAX_REFS_LISTED = 15


def build_status_blocks(manifest: dict | None, home: str) -> tuple[str, list[dict]]:
    if not manifest:
        text = "There is no policy index yet. A content owner can build one with `/policy reindex`."
        return text, [section(text)]
    counts = manifest.get("counts", {})
    lines = [f"*Index version* `{manifest.get('index_version', '?')}`",
             f"*Documents* {counts.get('documents', '?')} · *clauses* {counts.get('clauses', '?')}"
             f" · *register rows* {counts.get('register', 0)}",
             f"*Last reindex* {manifest.get('created', '?')} ({escape(str(manifest.get('trigger', '?')))})",
             f"*Knowledge folder* `{escape(str(manifest.get('folder', '?')))}`"]
    text = escape(f"Policy index {manifest.get('index_version', '?')}: {counts.get('documents', '?')} documents, "
                  f"{counts.get('clauses', '?')} clauses, last reindex {manifest.get('created', '?')}")
    return text, [section("\n".join(lines))]


def _refs(label: str, refs: list[str]) -> str:
    if not refs:
        return ""
    shown = ", ".join(f"`{escape(r)}`" for r in refs[:MAX_REFS_LISTED])
    more = f" and {len(refs) - MAX_REFS_LISTED} more" if len(refs) > MAX_REFS_LISTED else ""
    return clip(f"*{label}:* {shown}{more}", 1000)


def build_reindex_started(folder: str) -> str:
    return f"Reindexing `{escape(folder)}`… I'll post the result here when it's done."


def build_reindex_summary(result, followup=None) -> tuple[str, list[dict]]:
    """`result` is an index.build.BuildResult, `followup` the bot.reindex_followup.FollowUp of the
    switch (flagged rulings / escalations, answer drift)."""
    gov = followup_line(followup)
    text = (f"Reindex finished: version {result.index_version}, {result.documents} documents, "
            f"{result.clauses} clauses: {len(result.added)} added, {len(result.changed)} changed, "
            f"{len(result.removed)} removed ({result.seconds:.1f} s). {gov}")
    text = escape(text)
    lines = [":white_check_mark: " + text]
    lines += [x for x in (_refs("Added", result.added), _refs("Changed", result.changed),
                          _refs("Removed", result.removed)) if x]
    blocks = [section(clip("\n".join(lines), 3000))]
    drift = getattr(followup, "drift", None) or []
    if drift:
        blocks.append(section(clip("*Answers that change:*\n" + "\n".join(
            f"\u2022 \u201c{escape(d['question'][:140])}\u201d: {d['old']['verdict']} \u2192 {d['new']['verdict']}"
            f" (`{escape(str(d['old']['first_citation']))}` \u2192 `{escape(str(d['new']['first_citation']))}`)"
            for d in drift[:8]), 3000)))
    skipped = [p for p in result.problems if p.skipped]
    if skipped:
        blocks.append(context(clip("Skipped: " + "; ".join(escape(str(p)) for p in skipped[:10]), 2000)))
    return text, blocks


def build_reindex_failed(error: str) -> str:
    return f":warning: Reindex failed, the previous index is still in use: {escape(clip(error, 500))}"


def build_reindex_busy() -> str:
    return "A reindex is already running; I'll post its result when it's done."
