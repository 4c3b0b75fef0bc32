"""The answer message: verdict line with an icon, summary, conditions, citations as quotes with
the clause ref linked to its source, and the buttons (ask the governance team, helpful / not
helpful, and for a private /policy answer, share in the channel). Pure functions of the Answer."""
from __future__ import annotations

from bot.engine.models import Answer, Verdict
from bot.slack import ids
from bot.slack.blocks.limits import (MAX_FALLBACK_TEXT, MAX_SECTION_TEXT, actions, button, clip,
                                     context, encode_value, escape, fit_message, link, section,
                                     sections)

VERDICT_ICONS = {
    Verdict.allowed: ":white_check_mark:",
    Verdict.conditional: ":large_yellow_circle:",
    Verdict.not_allowed: ":no_entry:",
    Verdict.unsure: ":grey_question:",
    Verdict.info: ":information_source:",
    Verdict.out_of_scope: ":speech_balloon:",
}
MAX_CITATIONS = 5
MAX_CONDITION_SECTIONS = 3   # conditions beyond ~9,000 characters are cut
QUOTE_CHARS = 600            # a quote longer than this is cut; the link opens the whole clause
ESCALATED_NOTE = "I've passed this to the AI governance team; their answer will be posted here."
ESCALATED_NOTE_PRIVATE = "I've passed this to the AI governance team; I'll send you their answer in a direct message."
NO_ESCALATION_NOTE = "The AI governance team can settle this: ask them in their channel."


def verdict_line(answer: Answer) -> str:
    return f"{VERDICT_ICONS[answer.verdict]} *{answer.verdict_words}*"


def build_answer_text(answer: Answer) -> str:
    """The notification fallback (`text`): the verdict in words, the summary and the first
    citation's ref, e.g. "Not allowed: No. ChatGPT is prohibited ... (tools-register.csv#ChatGPT)".
    Knowledge and questions are escaped (&, <, >) as in the blocks: `text` is mrkdwn too."""
    ref = f" ({escape(answer.citations[0].ref)})" if answer.citations else ""
    return f"{answer.verdict_words}: " + clip(escape(answer.summary), MAX_FALLBACK_TEXT - 200 - len(ref)) + ref


def _quote(text: str) -> str:
    body = clip(" ".join((text or "").split()), QUOTE_CHARS)
    return "\n".join(">" + escape(line) for line in body.splitlines() or [""])


def citation_block(c) -> dict:
    heading = f" — {escape(c.heading)}" if c.heading else ""
    ref = f"*{link(c.url, c.ref)}*"
    return section(clip(f"{ref}{heading}\n{_quote(c.quote)}", MAX_SECTION_TEXT))


def answer_value(key: str, event_id: str | None, question: str) -> str:
    """What the buttons carry: the answer's key in the answer cache, its audit event id and the
    redacted question (so a button still works after a restart has emptied the cache)."""
    return encode_value({"k": key, "e": event_id or "", "q": question}, shrink="q")


def build_answer_blocks(answer: Answer, *, key: str, event_id: str | None = None,
                        escalation_id: str | None = None, share: bool = False,
                        escalation_available: bool = True, shared_by: str | None = None) -> list[dict]:
    """Blocks for one answer. `share` adds the "Share in channel" button (private /policy
    answers); `escalation_id` (or an escalated answer) replaces the "ask the governance team"
    button with a note; `shared_by` (a user id) notes who shared it."""
    blocks: list[dict] = [section(verdict_line(answer)), section(escape(answer.summary))]
    if answer.conditions:
        conds = sections(["*Conditions*"] + [f"• {escape(c)}" for c in answer.conditions])
        if len(conds) > MAX_CONDITION_SECTIONS:
            conds = conds[:MAX_CONDITION_SECTIONS] + [context("_More conditions not shown: ask about them "
                                                              "one by one, or read the cited clauses._")]
        blocks += conds
    notes = []
    if answer.escalated or escalation_id:
        if escalation_id or escalation_available:
            notes.append(ESCALATED_NOTE_PRIVATE if share else ESCALATED_NOTE)
        else:
            notes.append(NO_ESCALATION_NOTE)
    if shared_by:
        notes.append(f"Shared by <@{shared_by}>")
    cites = [citation_block(c) for c in answer.citations[:MAX_CITATIONS]]
    if len(answer.citations) > MAX_CITATIONS:
        more = [c.ref for c in answer.citations[MAX_CITATIONS:]]
        cites.append(context(clip(f"Also cited ({len(more)} more): " + ", ".join(escape(r) for r in more), 2000)))
    value = answer_value(key, event_id, answer.question)
    buttons = []
    if not (answer.escalated or escalation_id) and escalation_available:
        buttons.append(button("Not sure? Ask the governance team", ids.ACTION_ESCALATE, value))
    buttons += [button(":thumbsup: Helpful", ids.ACTION_HELPFUL, value),
                button(":thumbsdown: Not helpful", ids.ACTION_NOT_HELPFUL, value)]
    if event_id:
        buttons.append(button("Tell me if this changes", ids.ACTION_SUBSCRIBE, value))
    if share:
        buttons.append(button("Share in channel", ids.ACTION_SHARE, value, style="primary"))
    tail = ([context(*notes)] if notes else []) + [actions(*buttons, block_id="answer_actions")]
    return fit_message(blocks + cites + tail, keep_last=len(tail),
                       note="_{n} more not shown: ask about a specific clause to see it._")


CHECKING_NOTE = "_Checking the wording against the quoted policy…_"


def build_verdict_first(answer: Answer) -> tuple[str, list[dict]]:
    """(text, blocks) of the message shown first while the optional LLM composer words the
    answer: the deterministic verdict and summary, no buttons. It is replaced (chat.update) by
    the final answer."""
    return build_answer_text(answer), [section(verdict_line(answer)), section(escape(answer.summary)),
                                       context(CHECKING_NOTE)]


def build_apology_text() -> str:
    return ("Sorry, something went wrong while I was checking the policy. Please try again in a "
            "minute; if it keeps happening, ask the AI governance team.")
