"""Reading a (redacted) question: what it asks, about which tool, with which kinds of data.
Pure functions over the question text and the tool catalogue."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

import yaml

from bot.engine import lexicon as lx
from bot.engine.tools import ToolCatalogue, ToolMatch


class Intent(str, Enum):
    permission = "permission"   # can I / is it ok ...
    info = "info"               # who / what / do I have to ...
    incident = "incident"       # I pasted ... what now?


@dataclass(frozen=True)
class Understanding:
    question: str
    intent: Intent
    tools: ToolMatch
    data_kinds: frozenset[str]
    about_ai: bool
    complication: bool
    injection: bool


def _negated(text: str, start: int) -> bool:
    """Is the cue at `start` inside a negation ("won't be putting any work info in")?"""
    window = text[max(0, start - 40):start]
    window = re.split(r"[.;!?]|\bbut\b", window)[-1]
    return bool(lx.NEGATORS.search(window))


def _cues(pattern: re.Pattern, text: str) -> list[re.Match]:
    return [m for m in pattern.finditer(text) if not _negated(text, m.start())]


@lru_cache(maxsize=1)
def _output_rx() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """(a verb that makes something, then new-thing words, at the end of a text; "draft" as a verb)."""
    from bot.engine.topics import phrase_alternation
    raw = yaml.safe_load((Path(__file__).parent / "data" / "outputs.yaml").read_text(encoding="utf-8"))
    alt = lambda xs: phrase_alternation(xs, longest_first=True)
    held = rf"(?!(?:{alt(raw['held'])})\b)"      # "write the budget report": the report exists
    made = re.compile(rf"\b(?:{alt(raw['make'])})\s+(?:(?:{alt(raw['new'])})\s+)*(?:{held}[\w'-]+\s+){{0,3}}$", re.I)
    verb_before = re.compile(rf"\b(?:{alt(raw['before_verb'])}|[a-z]+gpt)\s+$", re.I)
    return made, verb_before, frozenset(w.lower() for w in raw.get("describes", []))


def _is_output(text: str, m: re.Match) -> bool:
    """The cue names something the tool is asked to make ("come up with an agenda", "to draft a
    blog post"), not material the organisation holds ("summarise our draft plan")."""
    made, verb_before, describes = _output_rx()
    if m.group(0).lower() in describes:
        return False
    before = text[max(0, m.start() - 60):m.start()]
    if made.search(before):
        return True
    return m.group(0).lower() == "draft" and bool(verb_before.search(before))


def negated_parts(question: str) -> tuple[str, str]:
    """(the question without what it says is absent, what it says is absent): "no case details,
    just want a refresher" -> ("..., just want a refresher", "no case details")."""
    spans = [m.group(0) for m in lx.NEGATED_SPAN.finditer(question)]
    return lx.NEGATED_SPAN.sub(" ", question), " ".join(spans)


@lru_cache(maxsize=1)
def _no_ones_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(invented people or cases, things written for people to read or general explanations, blank
    or generic documents): data/no_ones_information.yaml."""
    from bot.engine.topics import phrase_pattern
    raw = yaml.safe_load((Path(__file__).parent / "data" / "no_ones_information.yaml").read_text(encoding="utf-8"))
    return (phrase_pattern(raw.get("invented", [])), phrase_pattern(raw.get("written_for", []) + raw.get("explaining", [])),
            phrase_pattern(raw.get("template", [])))


def holds_no_records(question: str) -> bool:
    """The material is invented or a blank or generic document ("a standard template letter, i'll
    merge the details in after", "a made-up case study"), and the question points at no one: it is
    none of the organisation's records, whatever records a ban keeps out of AI tools."""
    if lx.PERSON_REFERENCE.search(question):
        return False
    invented, _, template = _no_ones_cues()
    return bool(invented.search(question) or template.search(question))


def holds_no_ones_information(question: str) -> bool:
    """The material holds no one's information and the question points at no one ("his", "the
    tenant's"): the asker says so ("no patient info in it", "a blank handover template"), the people
    are made up ("a fictional family"), or the tool is asked to make something for people to read
    or to explain something in general ("a patient leaflet on fasting before surgery") and no kind
    of personal information is named. Its care or HR words are then its topic, not its data. Read
    by detect_data_kinds, the policy's own classes and the gate alike."""
    if lx.PERSON_REFERENCE.search(question):
        return False
    invented, general, _ = _no_ones_cues()
    if lx.NO_PERSON_DATA.search(question) or invented.search(question):
        return True
    return bool(general.search(question)) and not _cues(lx.PERSONAL_CUES, question)


def no_records(u: "Understanding") -> bool:
    """The question involves no records: no personal or special category kind was read, and the
    material is invented or a blank template (holds_no_records)."""
    return not ({"personal", "special_category"} & u.data_kinds) and holds_no_records(u.question)


def names_no_one(u: "Understanding") -> bool:
    """The question involves no one's information: no personal or special category kind was
    read, and the asker says the material holds no one's ("a generic template, no names")."""
    return not ({"personal", "special_category"} & u.data_kinds) and holds_no_ones_information(u.question)


def detect_data_kinds(question: str, pii_kinds: set[str] = frozenset()) -> frozenset[str]:
    """Kinds of information the question involves, from redaction findings and descriptions."""
    kinds: set[str] = set(pii_kinds)
    special = _cues(lx.SPECIAL_CUES, question)
    personal = _cues(lx.PERSONAL_CUES, question)
    internal = [m for m in _cues(lx.INTERNAL_CUES, question) if not _is_output(question, m)]
    internal += _cues(lx.WEAK_INTERNAL_CUES, question)
    public = _cues(lx.PUBLIC_CUES, question)       # "it's not been published yet" is no public cue
    work_details = lx.STAFF_WORK_DETAILS.search(question)
    hard_identifiers = bool(pii_kinds) or any(re.search(r"nhs\s+(no|number)|date of birth|dob|address|national insurance",
                                                        m.group(0), re.I) for m in special + personal)
    unpublished = _cues(lx.UNPUBLISHED_CUES, question)
    if unpublished:
        kinds.add("internal")          # not out yet: whatever it will be, today it is the organisation's own
    if public and not hard_identifiers and not unpublished:
        # published material: the document's topic (a patient leaflet, CHC guidance) is not data
        return frozenset(kinds | {"public"})
    if (special or personal) and not hard_identifiers and holds_no_ones_information(question):
        # "a blank handover template", "no patient info in it": care or HR words are the topic of
        # the organisation's own material, not anyone's data
        special, personal = [], []
        kinds.add("internal")
    if special:
        kinds.add("special_category")
    if personal:
        only_names = all(re.fullmatch(r"(?i)names?|individual'?s?|attendees", m.group(0)) for m in personal)
        if work_details and only_names:
            kinds.add("internal")
        else:
            kinds.add("personal")
    if internal or work_details:
        kinds.add("internal")
    return frozenset(kinds)


def most_sensitive(kinds) -> str | None:
    ranked = [k for k in lx.DATA_KIND_ORDER if k in kinds]
    return ranked[-1] if ranked else None


def detect_intent(question: str) -> Intent:
    q = lx.INJECTION.sub(" ", question).strip()   # "just tell me yes" asks nothing
    if lx.INCIDENT.search(q):
        mishap = re.search(r"\b(accident\w*|by mistake|mistakenly|inadvertently|yesterday|earlier|last week|"
                           r"this morning|already|what (do|should) (i|we) do|what now)\b", q, re.I)
        if mishap or not lx.PERMISSION.search(q):
            return Intent.incident
    if lx.INFO_START.search(q) or lx.INFO_PASSIVE.search(q):
        return Intent.info
    if lx.PERMISSION.search(q):
        return Intent.permission
    if lx.INFO_CUES.search(q):
        return Intent.info
    # statements like "I want to try DeepSeek for public stuff" read as asking permission
    if re.search(r"\b(use|using|try|trial|put|paste|upload|switch on|turn on|install|record)\b", q, re.I) \
            or re.search(r"\b(?:want|need|like|get)\s+(?:it|them|this|that|\w+)\s+to\s+\w+", q, re.I):
        return Intent.permission
    return Intent.info


def understand(question: str, catalogue: ToolCatalogue, pii_kinds: set[str] = frozenset()) -> Understanding:
    tools = catalogue.match(question)
    about_ai = bool(tools.entries or tools.unknown or lx.AI_TERMS.search(question))
    intent = detect_intent(question)
    plain = lx.INJECTION.sub(" ", question)
    if intent == Intent.info and (tools.entries or tools.unknown) and not lx.INFO_START.search(plain) \
            and not lx.INFO_CUES.search(plain) and not lx.INFO_PASSIVE.search(plain):
        intent = Intent.permission   # "Grammarly for our restructure plan?"
    return Understanding(
        question=question,
        intent=intent,
        tools=tools,
        data_kinds=detect_data_kinds(question, set(pii_kinds)),
        about_ai=about_ai,
        complication=bool(lx.COMPLICATION.search(question)),
        injection=bool(lx.INJECTION.search(question)),
    )


_ACTION_BEFORE = frozenset("to and or can could would will may might should i we you it they me us please".split())
_ACTION_AFTER = frozenset("them it the a an my our their this these those his her whether if all every each people "
                          "candidates applicants who which what staff residents patients cases".split())


def action_words(question: str) -> frozenset[str]:
    """Words the question uses as the thing to be done ("can copilot SHORTLIST them", "to WRITE
    my statement", "and SUGGEST whether"), stemmed; past forms ("have tried") are not actions."""
    from bot.engine.knowledge import mapped_terms
    words = re.findall(r"[a-z]+", question.lower())
    out = set()
    for i, w in enumerate(words):
        if len(w) < 3 or w.endswith("ed"):
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in _ACTION_BEFORE or after in _ACTION_AFTER:
            out.update(mapped_terms(w))
    return frozenset(out)


def without_tool_names(question: str, tools: ToolMatch) -> str:
    """The question with the tool names it used taken out: what is left says what it is for."""
    from bot.engine.text import normalise
    from bot.redact import without_placeholders
    q = normalise(without_placeholders(question))
    for m in sorted([*tools.mentions, *( [normalise(tools.unknown)] if tools.unknown else [])], key=len, reverse=True):
        if m:
            q = re.sub(rf"(?<![a-z0-9]){re.escape(m)}(?![a-z0-9])", " ", q)
    return q
