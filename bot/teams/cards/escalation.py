"""Cards of the escalation loop: the case posted to the governance channel (with the answer
form, refreshed as the case moves on) and the governance team's reply sent to the asker."""
from __future__ import annotations

from typing import Any

from bot.engine.models import VERDICT_WORDS, Verdict
from bot.teams.cards.common import card, execute, heading, plain, text, verdict_banner, verdict_look

VERB_CLAIM = "escalation.claim"
VERB_ANSWER = "escalation.answer"
VERB_DISMISS = "escalation.dismiss"
VERB_REFRESH = "escalation.refresh"
ESCALATION_VERBS = (VERB_CLAIM, VERB_ANSWER, VERB_DISMISS, VERB_REFRESH)

# input ids of the answer form (they come back in the Action.Execute data)
INPUT_VERDICT = "verdict"
INPUT_TEXT = "answer_text"
INPUT_PUBLISH = "publish_ruling"
INPUT_DISMISS_REASON = "dismiss_reason"


def escalation_view(esc: Any) -> dict[str, Any]:
    """What the cards show of an escalation, from a governance ``Escalation`` (or the
    ``escalation.post`` payload, which has the same facts about a new case)."""
    if isinstance(esc, dict):
        return {"id": esc.get("escalation_id"), "status": esc.get("status") or "open",
                "question": esc.get("question") or "", "bot_verdict": esc.get("verdict"),
                "summary": esc.get("summary") or "", "citations": list(esc.get("citations") or []),
                "reason": esc.get("reason"), "requested_by_user": bool(esc.get("requested_by_user"))}
    snap = esc.answer_snapshot or {}
    return {"id": esc.id, "status": esc.status, "question": esc.question, "bot_verdict": snap.get("verdict"),
            "summary": snap.get("summary") or "", "citations": list(snap.get("citations") or []),
            "reason": esc.reason, "requested_by_user": esc.requested_by_user, "claimed_by": esc.claimed_by,
            "answered_by": esc.answered_by, "verdict": esc.governance_verdict, "answer": esc.answer_text,
            "ruling_id": esc.ruling_id, "dismissed_by": esc.dismissed_by, "dismiss_reason": esc.dismiss_reason}


def _verdict_words(v: str | None) -> str:
    try:
        return VERDICT_WORDS[Verdict(v)]
    except ValueError:
        return v or "?"


def _by(actor: str | None) -> str | None:
    """A stored actor for display: a keyed hash (a chat-platform id is never kept) names no one."""
    return "a governance team member" if actor and actor.startswith(("uk:", "sealed:")) else actor


def _status_line(v: dict) -> dict:
    status = v["status"]
    v = {**v, **{k: _by(v.get(k)) for k in ("answered_by", "dismissed_by", "claimed_by")}}
    if status == "answered":
        return text(f"✅ Answered by {v.get('answered_by') or 'the governance team'}", weight="Bolder", color="Good")
    if status == "dismissed":
        return text(f"🚫 Dismissed by {v.get('dismissed_by') or 'the governance team'}", weight="Bolder")
    if status == "claimed":
        return text(f"✋ Claimed by {v.get('claimed_by') or 'someone'}: they are answering it", weight="Bolder",
                    color="Warning")
    return text("🟠 Open: waiting for an answer", weight="Bolder", color="Attention")


def _form(v: dict) -> tuple[list[dict], list[dict]]:
    data = {"escalation_id": v["id"]}
    choices = [{"title": f"{verdict_look(x)[0]} {VERDICT_WORDS[x]}", "value": x.value} for x in Verdict]
    body = [heading("Your answer"),
            {"type": "Input.ChoiceSet", "id": INPUT_VERDICT, "label": "Verdict", "style": "compact",
             "placeholder": "Choose the verdict", "choices": choices},
            {"type": "Input.Text", "id": INPUT_TEXT, "label": "Answer to send to the person", "isMultiline": True,
             "maxLength": 3000, "placeholder": "What they may do, under which conditions, and why"},
            {"type": "Input.Toggle", "id": INPUT_PUBLISH, "title": "Publish as a ruling (future answers cite it)",
             "value": "false", "valueOn": "true", "valueOff": "false"}]
    dismiss = {"type": "AdaptiveCard", "body": [
        {"type": "Input.Text", "id": INPUT_DISMISS_REASON, "label": "Why is it dismissed?",
         "placeholder": "e.g. a duplicate of another case, or not about AI use"}],
        "actions": [execute("Dismiss the case", VERB_DISMISS, data)]}
    actions = [execute("Send answer", VERB_ANSWER, data, style="positive")]
    if v["status"] == "open":
        actions.append(execute("Claim", VERB_CLAIM, data))
    actions.append({"type": "Action.ShowCard", "title": "Dismiss…", "card": dismiss})
    return body, actions


def build_escalation_card(esc: Any, *, error: str | None = None) -> dict:
    """The case in the governance channel. Open or claimed: the answer form (verdict, answer
    text, publish-as-ruling toggle) submitted with Action.Execute. Answered or dismissed: who
    did it and what was said. ``error``: a problem with the last action, shown on top."""
    v = escalation_view(esc)
    body: list[dict] = []
    if error:
        body.append(text(f"⚠️ {error}", color="Attention", weight="Bolder"))
    body += [text(f"🙋 Escalated question #{v['id']}", size="Large", weight="Bolder"), _status_line(v),
             heading("Question (personal data removed)"), plain(v["question"] or "(no question text)")]
    if v.get("bot_verdict"):
        icon, words, colour, _ = verdict_look(v["bot_verdict"])
        body += [heading("policybot's answer"), text(f"{icon} {words}", color=colour, weight="Bolder"),
                 plain(v["summary"])]
        if v["citations"]:
            body.append(plain("Clauses: " + ", ".join(v["citations"]), isSubtle=True))
    why = v.get("reason") or ""
    if v.get("requested_by_user"):
        why = (why + " " if why else "") + "(The person asked for a person to check the answer.)"
    if why:
        body += [heading("Why it is here"), plain(why)]

    actions: list[dict] = []
    if v["status"] in ("open", "claimed"):
        form, actions = _form(v)
        body += form
    elif v["status"] == "answered":
        body += [heading("The team's answer"), verdict_banner(v.get("verdict") or "unsure"), plain(v.get("answer") or "")]
        if v.get("ruling_id"):
            body.append(text(f"📌 Published as ruling {v['ruling_id']}: answers now cite "
                             f"governance-rulings#{v['ruling_id']}.", isSubtle=True))
    elif v["status"] == "dismissed" and v.get("dismiss_reason"):
        body += [heading("Reason"), plain(v["dismiss_reason"])]
    refresh = {"action": execute("Refresh", VERB_REFRESH, {"escalation_id": v["id"]})}
    return card(body, actions, refresh=refresh,
                fallback=f"Escalated question #{v['id']} ({v['status']}): {v['question']}")


def build_relay_card(payload: dict) -> dict:
    """The governance team's reply, sent to the person who asked (an ``answer.relay`` payload)."""
    question = payload.get("question") or ""
    if payload.get("status") == "dismissed":
        reason = payload.get("reason") or "No reason was given."
        body = [text("🙋 The AI governance team closed your question", size="Medium", weight="Bolder"),
                plain(f"“{question}”", italic=True), plain(reason)]
        return card(body, fallback=f"The AI governance team closed your question: {reason}")
    verdict = payload.get("verdict") or "unsure"
    body = [text("🙋 The AI governance team answered your question", size="Medium", weight="Bolder"),
            plain(f"“{question}”", italic=True), verdict_banner(verdict), plain(payload.get("answer") or "")]
    if payload.get("ruling_ref"):
        body.append(text(f"📌 This is now a published ruling ({payload['ruling_ref']}).", isSubtle=True))
    return card(body, fallback=f"The AI governance team answered: {_verdict_words(verdict)}. "
                               f"{payload.get('answer') or ''}")
