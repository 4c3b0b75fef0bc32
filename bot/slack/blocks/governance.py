"""Governance channel message, its modals, and the answer relayed to the asker. Pure functions
of plain dicts (an outbox payload, or an escalation's fields): no Slack calls here."""
from __future__ import annotations

import json
import re

from bot.engine.models import VERDICT_WORDS, Verdict
from bot.slack import ids
from bot.slack.blocks.answer import VERDICT_ICONS
from bot.slack.blocks.limits import (MAX_INPUT_LENGTH, MAX_OPTION_TEXT, MAX_PRIVATE_METADATA,
                                     MAX_VIEW_TITLE, actions, button, clip, context, escape, fit_message,
                                     mrkdwn, plain, section)

# the verdicts the team can give, in the order the select offers them
TEAM_VERDICTS = [Verdict.allowed, Verdict.conditional, Verdict.not_allowed, Verdict.info,
                 Verdict.out_of_scope, Verdict.unsure]
_SLACK_USER = re.compile(r"^(?:slack:)?([UW][A-Z0-9]{2,})$")


def actor_id(user_id: str) -> str:
    """How a Slack user is named as a governance actor."""
    return f"slack:{user_id}"


def who(actor: str | None) -> str:
    """A governance actor for display: a Slack mention for a Slack user, else the text."""
    if not actor:
        return "someone"
    if actor.startswith(("uk:", "sealed:")):
        return "a governance team member"   # stored as a keyed hash: the id itself is not kept
    m = _SLACK_USER.match(actor.strip())
    return f"<@{m.group(1)}>" if m else escape(actor)


def words(verdict: str | None) -> str:
    try:
        return VERDICT_WORDS[Verdict(verdict)]
    except ValueError:
        return verdict or "?"


def icon(verdict: str | None) -> str:
    try:
        return VERDICT_ICONS[Verdict(verdict)]
    except ValueError:
        return ":grey_question:"


def _quote(text: str, limit: int = 2800) -> str:
    return "\n".join(">" + escape(line) for line in (clip(text or "", limit).splitlines() or [""]))


def build_escalation_text(esc: dict) -> str:
    status = esc.get("status") or "open"
    head = f"Escalation #{esc.get('escalation_id')}"
    if status == "answered":
        return f"{head} answered by the governance team: {words(esc.get('governance_verdict'))}"
    if status == "dismissed":
        return f"{head} dismissed"
    return clip(f"{head} ({escape(status)}): {escape(esc.get('question') or '')}", 2000)


def build_escalation_blocks(esc: dict) -> list[dict]:
    """The governance channel message for an escalation in any state.

    `esc` keys: escalation_id, status, question (redacted), verdict (the bot's), summary,
    citations (refs), reason, requested_by_user, claimed_by, answered_by, governance_verdict,
    answer_text, ruling_id, dismissed_by, dismiss_reason."""
    eid = str(esc.get("escalation_id"))
    status = esc.get("status") or "open"
    blocks = [section(f":rotating_light: *Question for the AI governance team* (#{escape(eid)})"),
              section(_quote(esc.get("question") or "")),
              section(clip(f"*policybot answered:* {icon(esc.get('verdict'))} {words(esc.get('verdict'))}"
                           f" — {escape(esc.get('summary') or '')}", 3000))]
    why = escape(esc.get("reason") or "")
    if esc.get("requested_by_user"):
        why = (why + " " if why else "") + "_(the person asked for a person to check)_"
    if why:
        blocks.append(section(clip(f"*Why it's here:* {why}", 3000)))
    refs = [escape(str(r)) for r in (esc.get("citations") or [])][:10]
    if refs:
        blocks.append(context(clip("Cited: " + ", ".join(f"`{r}`" for r in refs), 2000)))
    value = json.dumps({"esc": esc.get("escalation_id")}, separators=(",", ":"))
    if status == "open":
        blocks.append(actions(button("Claim", ids.ACTION_CLAIM, value),
                              button("Answer", ids.ACTION_ANSWER, value, style="primary"),
                              button("Dismiss", ids.ACTION_DISMISS, value, style="danger"),
                              block_id=f"escalation_{eid}"))
    elif status == "claimed":
        blocks.append(context(f":raising_hand: Claimed by {who(esc.get('claimed_by'))}"))
        blocks.append(actions(button("Answer", ids.ACTION_ANSWER, value, style="primary"),
                              button("Dismiss", ids.ACTION_DISMISS, value, style="danger"),
                              block_id=f"escalation_{eid}"))
    elif status == "answered":
        gv = esc.get("governance_verdict")
        blocks.append(section(clip(f":white_check_mark: *Answered by {who(esc.get('answered_by'))}:* "
                                   f"{icon(gv)} *{words(gv)}*\n{escape(esc.get('answer_text') or '')}", 3000)))
        if esc.get("ruling_id"):
            blocks.append(context(f"Published as ruling `governance-rulings#{escape(str(esc['ruling_id']))}`"))
    elif status == "dismissed":
        reason = esc.get("dismiss_reason")
        blocks.append(context(clip(f":wastebasket: Dismissed by {who(esc.get('dismissed_by'))}"
                                   + (f": {escape(reason)}" if reason else ""), 2000)))
    return fit_message(blocks)


def _metadata(**data) -> str:
    s = json.dumps(data, separators=(",", ":"))
    if len(s) > MAX_PRIVATE_METADATA:
        raise ValueError("private_metadata too long")
    return s


def build_answer_modal(esc: dict, *, channel: str | None = None, message_ts: str | None = None) -> dict:
    """The modal a governance team member answers in: verdict, answer text, publish as ruling."""
    vb, va = ids.INPUT_VERDICT
    tb, ta = ids.INPUT_TEXT
    pb, pa = ids.INPUT_PUBLISH
    options = [{"text": plain(f"{VERDICT_WORDS[v]}", MAX_OPTION_TEXT), "value": v.value} for v in TEAM_VERDICTS]
    blocks = [
        section(_quote(esc.get("question") or "")),
        context(clip(f"policybot answered: {words(esc.get('verdict'))} — {escape(esc.get('summary') or '')}", 2000)),
        {"type": "input", "block_id": vb, "label": plain("Verdict", 2000),
         "element": {"type": "static_select", "action_id": va, "options": options,
                     "placeholder": plain("Choose a verdict", 150)}},
        {"type": "input", "block_id": tb, "label": plain("Answer to send to the person", 2000),
         "element": {"type": "plain_text_input", "action_id": ta, "multiline": True,
                     "max_length": MAX_INPUT_LENGTH,
                     "placeholder": plain("What they may do, on what conditions, and which clause says so", 150)},
         "hint": plain("Don't include names or case details: the answer is sent as written.", 2000)},
        {"type": "input", "block_id": pb, "optional": True, "label": plain("Ruling", 2000),
         "element": {"type": "checkboxes", "action_id": pa,
                     "options": [{"text": plain("Publish as a ruling", MAX_OPTION_TEXT), "value": "publish",
                                  "description": plain("Future answers may cite it as governance-rulings#R-n", 150)}]}},
    ]
    return {"type": "modal", "callback_id": ids.VIEW_ANSWER,
            "private_metadata": _metadata(esc=esc.get("escalation_id"), channel=channel, ts=message_ts),
            "title": plain("Answer the question", MAX_VIEW_TITLE), "submit": plain("Send answer", MAX_VIEW_TITLE),
            "close": plain("Cancel", MAX_VIEW_TITLE), "blocks": blocks}


def build_dismiss_modal(esc: dict, *, channel: str | None = None, message_ts: str | None = None) -> dict:
    rb, ra = ids.INPUT_REASON
    return {"type": "modal", "callback_id": ids.VIEW_DISMISS,
            "private_metadata": _metadata(esc=esc.get("escalation_id"), channel=channel, ts=message_ts),
            "title": plain("Dismiss the question", MAX_VIEW_TITLE), "submit": plain("Dismiss", MAX_VIEW_TITLE),
            "close": plain("Cancel", MAX_VIEW_TITLE),
            "blocks": [section(_quote(esc.get("question") or "")),
                       {"type": "input", "block_id": rb, "label": plain("Reason (sent to the person)", 2000),
                        "element": {"type": "plain_text_input", "action_id": ra, "max_length": 500,
                                    "placeholder": plain("e.g. a duplicate of an answered question", 150)}}]}


def read_answer_submission(view: dict) -> tuple[str | None, str, bool]:
    """(verdict, text, publish) from an answer modal's submitted state."""
    values = (view.get("state") or {}).get("values") or {}
    vb, va = ids.INPUT_VERDICT
    tb, ta = ids.INPUT_TEXT
    pb, pa = ids.INPUT_PUBLISH
    sel = ((values.get(vb) or {}).get(va) or {}).get("selected_option") or {}
    text = ((values.get(tb) or {}).get(ta) or {}).get("value") or ""
    checked = ((values.get(pb) or {}).get(pa) or {}).get("selected_options") or []
    return sel.get("value"), text.strip(), any(o.get("value") == "publish" for o in checked)


def read_dismiss_submission(view: dict) -> str:
    values = (view.get("state") or {}).get("values") or {}
    rb, ra = ids.INPUT_REASON
    return (((values.get(rb) or {}).get(ra) or {}).get("value") or "").strip()


def build_relay(payload: dict) -> tuple[str, list[dict]]:
    """The governance team's answer (or dismissal), relayed into the asker's conversation."""
    question = payload.get("question") or ""
    if payload.get("status") == "dismissed":
        reason = payload.get("reason")
        text = ("The AI governance team looked at your question and closed it"
                + (f": {escape(reason)}" if reason else "."))
        return clip(text, 3000), [section(":busts_in_silhouette: *The AI governance team looked at your question*"),
                                  section(_quote(question, 1000)),
                                  section(clip("They closed it" + (f": {escape(reason)}" if reason else "."), 3000))]
    verdict = payload.get("verdict")
    vw = payload.get("verdict_words") or words(verdict)
    answer = payload.get("answer") or ""
    text = clip(f"The AI governance team answered your question: {escape(vw)}. {escape(answer)}", 3000)
    blocks = [section(":busts_in_silhouette: *The AI governance team answered your question*"),
              section(_quote(question, 1000)),
              section(f"{icon(verdict)} *{escape(vw)}*"),
              section(clip(escape(answer), 3000))]
    if payload.get("ruling_ref"):
        blocks.append(context(f"Published as ruling `{escape(payload['ruling_ref'])}`: future answers can cite it."))
    return text, blocks


def build_reindex_notice(payload: dict) -> tuple[str, list[dict]]:
    text = clip(escape(payload.get("summary") or f"The policy index is now version {payload.get('index_version')}."),
                3000)
    return text, [{"type": "section", "text": mrkdwn(":books: " + text)}]
