"""The organisation's own classes of tools, read from its definitions.

Many policies sort tools into tiers and write their information rules per tier, not per product:
"A Managed tool is a generative AI tool that the Trust provides under a contract ... At the date
of this policy the Managed tools are Microsoft 365 Copilot Chat ..."; "An Open tool is every other
generative AI tool"; then "Trust-only information may be used only in a Managed tool. It must not
be typed into an Open tool", or a table whose columns are the tiers. Read once per index version
(pure functions):

- `read_tool_classes(clauses, view)` finds each tier the policy defines, whether it is the
  catch-all ("every other tool", "any tool that is not a Managed tool"), the products its
  definition names as members, and which kinds of information the policy lets into it (`view`
  writes the organisation's information classes as kinds, bot/engine/info_classes.py);
- `apply_tool_classes(register, classes, ...)` drops the tiers the prose reader took for products
  ("Open", "Managed"), gives a named member its tier's kinds and adds members the prose reader
  missed; the catch-all tier's kinds are what any tool the policy does not list may take
  (bot/engine/policy_model.py, the stance)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.engine import lexicon as lx
from bot.engine.derived import _entries, _kinds, _products, _Tool
from bot.engine.text import normalise, sentences
from index.models import RegisterEntry

KIND_ORDER = lx.DATA_KIND_ORDER
DATA = Path(__file__).resolve().parent / "data" / "tool_classes.yaml"


@lru_cache(maxsize=1)
def _hosts() -> frozenset[str]:
    return frozenset(normalise(h) for h in yaml.safe_load(DATA.read_text(encoding="utf-8")).get("hosts", []))
# "<Name> tool(s)/service(s)/environment" defined: "A Managed tool is", "Public Tool means",
# "Open AI Service means", "Force-Managed Environment means"
_HEAD = (r"(?i:tools?|services?|environments?|products?|platforms?|apps?|applications?|"
         r"assistants?|systems?)")
_DEF = re.compile(r"^\s*(?:(?:A|An|The)\s+)?[\"'\u201c\u2018]?(?P<name>(?:[A-Za-z][\w'\u2019-]*\s+){0,3}?(?:AI\s+|GenAI\s+)?"
                  + _HEAD + r")[\"'\u201d\u2019]?(?:\s+(?:is|are|means|refers\s+to)\b|\s*:)(?P<desc>.*)$")
_NAMED_IN = re.compile(r"\b(?:named|listed|set\s+out)\s+in\s+(?:paragraph|clause|section|table)?\s*([A-Z]?\d+(?:\.\d+)*)", re.I)
_TOOLISH = re.compile(r"\b(?:tool|tools|service|services|software|product|products|app|apps|application|"
                      r"chatbot|assistant|platform|system)\b", re.I)
# a catch-all tier: "every other AI tool", "any tool that is not ...", and the public's tools
# ("any generative AI tool that is available to the general public", "publicly available tools")
_CATCH_ALL = re.compile(r"\b(?:every|any|all)\s+other\b|\bany\s+(?:\w+\s+){0,3}(?:tool|service|app|product|software)s?\s+"
                        r"(?:that|which)\s+(?:is|are)\s+(?:not\b|(?:freely\s+)?available\s+to\s+(?:the\s+)?(?:general\s+)?public\b)|"
                        r"\banything\s+else\b|\ball\s+remaining\b|^\W*(?:an?\s+|any\s+)?publicly\s+available\b", re.I)
_NOT_NAME = frozenset("a an the any every all other such this that these those some many most few no only "
                      "generative ai genai approved prohibited new your our their".split())
_PERMIT = re.compile(r"\b(?:may|can)\s+(?:only\s+)?(?:be\s+)?(?:used|entered|put|pasted|uploaded|typed|shared|given)\b|"
                     r"\bmay\s+(?:only\s+)?use\b|\b(?:is|are)\s+(?:allowed|permitted)\b", re.I)
_FORBID = re.compile(r"\b(?:must|may|should|shall)\s+not\b|\bmust\s+never\b|\bnever\b|\bnot\s+(?:allowed|permitted)\b|"
                     r"\bcannot\b|\bno\b(?=\s+(?:\w+\s+){0,3}(?:tool|service)s?\b)", re.I)
_ANY_TOOL = re.compile(r"\bany\s+(?:generative\s+)?(?:AI\s+|GenAI\s+)?(?:tool|service|app|product)s?\b", re.I)
_PRONOUN = re.compile(r"^\s*(?:it|they|this|these|such\s+information)\b", re.I)


@dataclass
class ToolClass:
    name: str                      # "Managed tool"
    stem: str                      # "managed": the name without its head noun
    catch_all: bool                # "every other generative AI tool"
    ref: str
    definition: str
    members: list[str] = field(default_factory=list)
    listed_in: str | None = None   # "a tool named in paragraph 5.2": the clause whose tools are its members
    permitted: set[str] = field(default_factory=set)
    blocked: set[str] = field(default_factory=set)
    refs: list[str] = field(default_factory=list)   # clauses its rules were read from
    pattern: re.Pattern | None = field(default=None, repr=False)

    @property
    def kinds(self) -> tuple[str, ...]:
        top = max((KIND_ORDER.index(k) for k in self.permitted), default=-1)
        allowed = set(KIND_ORDER[: top + 1]) - self.blocked
        return tuple(k for k in KIND_ORDER if k in allowed)


def _class_pattern(name: str) -> re.Pattern:
    words = name.split()
    head = words[-1].rstrip("s")
    stem = r"[\s-]+".join(re.escape(w) for w in words[:-1])
    return re.compile(r"(?<![\w-])" + stem + r"[\s-]+" + re.escape(head) + r"s?\b", re.I)


def read_tool_classes(clauses, view=lambda s: s) -> list[ToolClass]:
    classes: dict[str, ToolClass] = {}
    for c in clauses:
        for line in c.text.split("\n"):
            m = _DEF.match(line)
            if not m:
                continue
            name = " ".join(m.group("name").split())
            words = name.split()
            desc = m.group("desc")
            if len(words) < 2 or words[0].lower() in _NOT_NAME:
                continue
            if not words[0][0].isupper() and not _CATCH_ALL.search(desc):
                continue      # "a public AI tool is any tool that is not ...": a lower-case tier only as the catch-all
            if not _TOOLISH.search(desc[:120]):
                continue
            key = normalise(name).rstrip("s")
            if key in classes:
                continue
            members = [p for p in dict.fromkeys(_products(desc) + _listed(desc))
                       if normalise(p) != normalise(name) and p.split()[0][:1].isupper()
                       and not re.search(re.escape(p) + r"\s+(?:used\s+)?(?:with|signed\s+in\s+with|through)\s+a\s+personal",
                                         desc, re.I)]
            named_in = _NAMED_IN.search(desc)
            classes[key] = ToolClass(name, " ".join(words[:-1]), bool(_CATCH_ALL.search(desc)), c.ref, line.strip(),
                                     members, named_in.group(1) if named_in else None, pattern=_class_pattern(name))
    if not classes:
        return []
    tiers = list(classes.values())
    names = {normalise(x) for t in tiers for x in (t.name, t.stem, t.name.rstrip("s"))}
    for t in tiers:       # "A Managed tool used while signed out ... is an Open tool": tiers are not members
        t.members = [m for m in t.members if normalise(m) not in names and not t.pattern.search(m)
                     and not any(o.pattern.search(m) for o in tiers)]
    for c in clauses:
        _read_rules(c, tiers, view)
        _read_table(c, tiers, view)
    return [t for t in tiers if t.permitted or t.blocked or t.members or t.listed_in]


_LIST_INTRO = re.compile(r"\b(?:tools|services|products)\s+(?:are|include)\b|\bsuch\s+as\b|\bfor\s+example\b|"
                         r"\bincluding\b|\(e\.g\.", re.I)
_ITEM_NAME = re.compile(r"^\s*(?:the\s+)?((?:[A-Z][\w.&'-]*|\d{3})(?:\s+(?:[A-Z][\w.&'-]*|\d{3}|in|for|with)){0,5})")


def _listed(desc: str) -> list[str]:
    """Products a definition lists ("At the date of this policy the Managed tools are Microsoft
    365 Copilot Chat and Quillmate"; "such as ChatGPT and Gemini"): each item's leading
    capitalised words."""
    out = []
    for m in _LIST_INTRO.finditer(desc):
        tail = re.split(r"[.)]\s|\.$", desc[m.end():])[0]
        for item in re.split(r"\s*(?:;|,|\band\b|\bor\b)\s*", tail):
            n = _ITEM_NAME.match(item)
            if n:
                name = re.sub(r"\s+(?:in|for|with)$", "", n.group(1)).strip()
                if name and name.split()[0].lower() not in _NOT_NAME and len(name) > 2 and normalise(name) not in _hosts():
                    out.append(name)
    return out


def _read_rules(c, tiers: list[ToolClass], view) -> None:
    """Sentences that let a kind of information into a tier, or keep it out."""
    last_kinds: set[str] = set()
    for s in sentences(c.text):
        said = view(s)
        for t in tiers:          # "are Public Tools" says nothing about public information
            said = t.pattern.sub("the tier", said)
        named = [(t, m.start()) for t in tiers for m in [t.pattern.search(s)] if m]
        subject_kinds = _kinds(said.split(" may ")[0].split(" must ")[0]) if not _PRONOUN.match(s) else set(last_kinds)
        if not named:
            any_tool = _ANY_TOOL.search(s)
            if any_tool and subject_kinds and _PERMIT.search(s) and not _FORBID.search(s):
                for t in tiers:          # "Open information may be used in any generative AI tool"
                    if t.catch_all:
                        t.permitted |= subject_kinds
                        t.refs.append(c.ref)
            last_kinds = subject_kinds or set()
            continue
        forbid, permit = _FORBID.search(s), _PERMIT.search(s)
        for t, at in named:
            if re.search(r"\bother\s+(?:\w+\s+)?$", s[:at], re.I):
                continue          # "any other Managed tool": the tier's members other than those just named
            if forbid and (not permit or forbid.start() < permit.start() or at > forbid.start() > permit.start()):
                # "must not upload files other than ones already published": the exception is no kind kept out
                kinds = subject_kinds or _kinds(_blank(view(lx.EXCEPTION_TAIL.sub(" ", s[forbid.end():])), tiers))
                if kinds:
                    t.blocked |= kinds
                    t.refs.append(c.ref)
            elif permit:
                # "Users may use any AI tool, including a General Tool, for work that involves Open
                # information only": the kinds after the tier when the subject names none
                kinds = (subject_kinds or _kinds(_blank(view(s[at:]), tiers))) if at > permit.start() \
                    else _kinds(_blank(view(s[permit.end():]), tiers)) or subject_kinds
                if kinds:
                    t.permitted |= kinds
                    t.refs.append(c.ref)
                    if re.search(r"\bonly\b", s[:at], re.I) and at > permit.start():
                        for other in tiers:       # "... may be used only in a Managed tool": not in the others
                            if other is not t and not other.pattern.search(s):
                                other.blocked |= kinds - other.permitted
        last_kinds = subject_kinds or last_kinds


def _blank(text: str, tiers: list[ToolClass]) -> str:
    for t in tiers:
        text = t.pattern.sub("the tier", text)
    return text


def _read_table(c, tiers: list[ToolClass], view) -> None:
    """A table whose columns are the tiers: "Information class | What it covers | Public Tool |
    Enterprise Tool", then a row per class with Yes / No / "Only ..." under each tier."""
    lines = [l for l in c.text.split("\n") if " | " in l]
    if not lines:
        return
    head = [x.strip() for x in lines[0].split("|")]
    cols = {j: t for j, cell in enumerate(head) for t in tiers if t.pattern.fullmatch(cell.strip())}
    if not cols:
        return
    for row in lines[1:]:
        cells = [x.strip() for x in row.split("|")]
        kinds = _kinds(view(cells[0])) or _kinds(view(" ; ".join(cells[: min(cols)])))
        if not kinds:
            continue
        kind = max(kinds, key=KIND_ORDER.index)
        for j, t in cols.items():
            if j >= len(cells):
                continue
            cell = cells[j].lower()
            if re.match(r"(?:yes|allowed|permitted|\u2713|\u2714)\b", cell) and "only" not in cell:
                t.permitted.add(kind)
            else:
                t.blocked.add(kind)       # "No", or "Only for an Approved Use Case": not without a step
            t.refs.append(c.ref)


def catch_all(classes: list[ToolClass]) -> ToolClass | None:
    return next((t for t in classes if t.catch_all), None)


def apply_tool_classes(register: list[RegisterEntry], classes: list[ToolClass]) -> list[RegisterEntry]:
    """The register read from prose, with the tiers it took for products removed, members given
    their tier's kinds, and members it missed added (see module docstring)."""
    if not classes:
        return register
    stems = {normalise(t.stem) for t in classes} | {normalise(t.name) for t in classes} | \
            {normalise(t.name).rstrip("s") for t in classes}
    out = [e for e in register if normalise(e.tool) not in stems]
    by_name = {normalise(n): k for k, e in enumerate(out) for n in (e.tool, *e.aliases)}
    for t in classes:
        if not t.kinds and not t.blocked:
            continue
        status = "restricted" if t.catch_all else "approved"
        if t.listed_in:
            continue        # "a tool named in paragraph 5.2": its tools' own clauses say what each may take
        for member in t.members:
            k = by_name.get(normalise(member))
            if k is None:     # "Microsoft 365 Copilot in Word" is Microsoft 365 Copilot, used in Word
                k = next((j for n, j in by_name.items() if normalise(member).startswith(n + " in ")), None)
            if k is not None:
                e = out[k]
                if e.status == "prohibited":
                    continue
                kinds = set(e.data_allowed) | set(t.kinds)
                kinds -= t.blocked - set(e.data_allowed)     # what its own clauses allow, the tier's rules do not take away
                out[k] = RegisterEntry(source=e.source, tool=e.tool, aliases=e.aliases, status=e.status,
                                       data_allowed=tuple(x for x in KIND_ORDER if x in kinds), conditions=e.conditions,
                                       clauses=tuple(dict.fromkeys([*e.clauses, t.ref])), row=e.row)
            elif t.kinds and not t.catch_all:     # the catch-all's examples are answered by the stance
                tool = _Tool(member, permitted=set(t.kinds), allowed=True, restricted=t.catch_all,
                             conditions=[t.definition], refs=list(dict.fromkeys([t.ref, *t.refs])))
                out.extend(_entries({member: tool}))       # with the product's usual other names
                by_name[normalise(member)] = len(out) - 1
    return out
