"""Plain-English wording of an answer: the summary sentence(s) and the conditions list."""
from __future__ import annotations

from bot.engine import lexicon as lx
from bot.engine.decide import Decision
from bot.engine.models import Verdict
from bot.engine.text import sentences

OUT_OF_SCOPE = ("That doesn't look like a question about using AI, so the AI usage policy doesn't "
                "cover it. Try the intranet, your manager or the IT/HR service desk.")
ESCALATED = "I've passed it to the AI governance team, who will reply to you."


def kinds_phrase(kinds) -> str:
    words = [lx.DATA_KIND_WORDS[k] for k in lx.DATA_KIND_ORDER if k in kinds]
    if not words:
        return "no"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _alts(d: Decision) -> str:
    if not d.alternatives:
        return ""
    names = [e.tool for e in d.alternatives]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f" For this you could use {listed} instead, within its conditions."


def summary(d: Decision, kinds, tool_mention: str | None, quote: str | None) -> str:
    e = d.entry
    if d.reason == "tool_prohibited" and e:
        return f"No. {e.tool} is prohibited by the policy, so it must not be used for work." + _alts(d)
    if d.reason == "data_not_allowed" and e:
        return (f"No. {e.tool} may be used only with {kinds_phrase(e.data_allowed)} information, and this "
                f"involves {kinds_phrase(d.blocked_kinds)} information." + _alts(d))
    if d.reason == "use_prohibited":
        return "No. The policy does not allow this use" + (f", whatever the tool: \u201c{quote}\u201d" if quote else ".")
    if d.reason == "policy_undecided":
        return "The policy has not settled this yet, so I can't give you a yes or no. " + ESCALATED
    if d.reason == "approval_needed":
        return ("Not without approval: the policy says this use needs to be approved first"
                + (f" (\u201c{quote}\u201d)" if quote else "") + ". " + ESCALATED)
    if d.reason == "tool_not_on_register":
        name = tool_mention or "This tool"
        if name.startswith("an AI feature"):
            name = "This AI feature"
        return (f"{name[:1].upper() + name[1:]} is not on the approved AI tools register, so it must not be "
                "used for work unless it has been approved. " + ESCALATED)
    if d.reason == "approved_tool_needed":
        names = [e.tool for e in d.alternatives]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        return (f"Yes, if you use an approved tool that may take this information, such as {listed}, "
                "and follow its conditions.")
    if d.reason == "no_tool":
        return (f"Not until a person confirms it. No tool on the approved AI tools register may take "
                f"{kinds_phrase(kinds)} information like this, and the policy doesn't settle it otherwise. "
                + ESCALATED)
    if d.reason == "tool_not_listed":
        name = tool_mention or "This tool"
        return (f"No. The policy allows only the AI tools it names, and {name} is not one of them"
                + (f": \u201c{quote}\u201d" if quote else "."))
    if d.reason == "data_not_allowed_any_tool":
        return (f"No. The policy lets you use AI tools it does not list only with information it allows for any "
                f"tool, and this involves {kinds_phrase(d.blocked_kinds)} information"
                + (f": \u201c{quote}\u201d" if quote else "."))
    if d.reason == "any_tool_permits":
        return ("Yes, within the policy's rules on information: it lets staff use AI tools it does not list "
                "only with the kinds of information it allows" + (f" (\u201c{quote}\u201d)." if quote else "."))
    held = "Not until a person confirms it. " if "held" in d.notes else ""
    if "yes_not_earned" in d.notes:
        return (held or "I can't give you a yes on this. ") + f"{d.escalation_reason} " + ESCALATED
    if d.reason == "complication" and e:
        return (f"{held}{e.tool} is approved for this kind of work, but your situation may not meet the conditions "
                "the policy sets, so I can't confirm it. " + ESCALATED)
    if e and d.verdict == Verdict.allowed:
        return f"Yes. {e.tool} is approved for {kinds_phrase(e.data_allowed)} information."
    if e and d.verdict == Verdict.conditional:
        status = "a restricted tool" if e.status == "restricted" else "approved"
        return (f"Yes, if you follow the conditions below. {e.tool} is {status} for "
                f"{kinds_phrase(e.data_allowed)} information.")
    return "Here is what the policy says."


def tool_conditions(d: Decision, extra: list[str]) -> list[str]:
    out: list[str] = []
    e = d.entry
    if d.verdict in (Verdict.allowed, Verdict.conditional) and e:
        if "ambiguous_tool" in d.notes:
            out.append(f"This answer is about {e.tool}; other tools with a similar name have different rules.")
        if "no_data_described" in d.notes:
            out.append(f"Use it only with {kinds_phrase(e.data_allowed)} information.")
        out += sentences(e.conditions)
    elif d.reason == "approved_tool_needed" and d.alternatives:
        first = d.alternatives[0]
        out.append("Use a tool the AI tools register approves for this information: "
                   + ", ".join(e.tool for e in d.alternatives) + ".")
        out += [f"{first.tool}: {c}" for c in sentences(first.conditions)[:3]]
    out += [x for x in extra if x not in out]
    return out[:8]
