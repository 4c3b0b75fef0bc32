"""A tools register read from the policy text, for organisations that publish none.

Many policies name their tools in prose: "Copilot Chat may be used with public and internal
information"; "public tools such as ChatGPT and Gemini may be used only with public information";
"the prohibited tools are DeepSeek and Otter.ai". Each sentence naming a tool is read for what it
permits or forbids, and with which kinds of information; the result is one RegisterEntry per tool,
whose `clauses` are the clauses it was read from (cited in answers instead of a register row)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from bot.engine import lexicon as lx
from bot.engine.lists import is_lead_in, is_list_item, is_sub_clause
from bot.engine.text import normalise, sentences
from index.models import Clause, RegisterEntry

VARIANTS = Path(__file__).parent / "data" / "variants.yaml"

PERMITS = re.compile(r"""\b(
    may\s+(?:only\s+)?(?:be\s+)?(?:used?|install\w*|admitted) | can\s+(?:only\s+)?(?:be\s+)?used? | may\s+use | can\s+use |
    (?:is|are)\s+(?:now\s+)?(?:approved|allowed|permitted|available|fine|ok|okay|the\s+approved) | approved\s+for |
    (?:staff|you|users)\s+should\s+use | is\s+provided | are\s+provided | (?:is|are)\s+(?:only\s+)?for\b |
    # the organisation providing tools: "The Trust provides two generative AI tools: (a) Copilot Chat ..."
    (?:\bwe|\bthe\s+(?:(?-i:[A-Z][\w'-]*)\s+){0,2}(?:(?-i:[A-Z][\w'-]*)|council|trust|authority|board|service|university|college|
       organisation|organization|company|force|practice|partnership|charity|school|academy))\s+
       (?:provides?|offers?|supplies|makes\s+available|has\s+licensed|licenses|gives\s+(?:staff|you|all\s+staff)\s+access\s+to)
)\b""", re.I | re.X)
FORBIDS = re.compile(r"""\b(
    prohibited | banned | blocked | not\s+(?:approved|permitted|allowed) | must\s+not | must\s+never | may\s+not |
    (?:do|does|will)\s+not\s+(?:allow|permit|approve|support) |
    shall\s+not | do\s+not\s+use | never\s+use | cannot\s+be\s+used | are\s+not\s+to\s+be\s+used | off[\s-]limits |
    nothing\s+else\s+(?:is|may\s+be|can\s+be)\s+(?:allowed|permitted|approved|used) |
    no\s+other\s+(?:[\w-]+\s+){0,3}(?:is|are|may\s+be|can\s+be)\s+(?:allowed|permitted|approved|used)
)\b""", re.I | re.X)
RESTRICTS = re.compile(r"\b(only\s+(?:by|for|within|in|to)|pilot|restricted|named\s+staff|licen[cs]ed\s+users?|with\s+an\s+approved\s+business\s+case)\b", re.I)
TOOL_NOUN = re.compile(r"\b((?:[A-Z][\w.&'-]*\s+){0,2}[A-Z][\w.&'-]+)\s+(?:ambient\s+|AI\s+)?(?:scribe|assistant|chatbot|note[- ]?taker|tool|app|platform|bot)\b")
_INFO = r"(?:\s*,?\s*(?:and|or)?\s*\w+){0,4}?\s+(?:information|data|material|content|documents?)"
KIND_WORDS = [
    ("special_category", re.compile(r"special\s+category|patient[-\s]identifiable|patient\s+(?:information|data)|health\s+(?:information|data|records)|sensitive\s+personal|confidential\s+patient", re.I)),
    ("personal", re.compile(r"\bpersonal" + _INFO + r"|personally\s+identifiable|information\s+about\s+(?:individuals|people|residents|staff)|"
                            r"identif(?:y|ies)\s+(?:people|individuals|a\s+person|anyone|living\s+people|customers|residents)", re.I)),
    ("internal", re.compile(r"\binternal" + _INFO + r"|\binternal\b|unpublished|not\s+(?:yet\s+)?(?:been\s+)?published|official\s+information", re.I)),
    ("public", re.compile(r"(?<!of\sthe\s)(?<!to\sthe\s)\bpublic(?:ly\s+available)?" + _INFO + r"|already\s+(?:been\s+)?(?:published|public)|published\s+information|"
                          r"(?:is|are)\s+(?:already\s+)?(?:public|publicly\s+available)\b|in\s+the\s+public\s+domain", re.I)),
]
# what organisations call themselves: a capitalised one before "tool(s)" names a category of tools
# ("Trust tools"), not a product: data/organisation_words.txt
ORG_NOUNS = frozenset(w.lower() for line in (Path(__file__).resolve().parent / "data" / "organisation_words.txt")
                      .read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#") for w in line.split())
SUBJECT_NAME = re.compile(r"^\s*(?:The\s+)?((?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)(?:\s*\([^()]{2,80}\))?\s+(?:may|must|can|should|is|are|will)\b")
GENERIC_CAPS = frozenset("""staff you users managers line the this that these those any all each every council board
group team policy appendix section clause information governance assurance ai genai generative public internal
personal it they we officers employees members councillors contractors suppliers output outputs content prompts
responses a an such where when if before after under no nothing everyone anyone tools tool apps
services systems features products licences licenses accounts versions
clerk chair chairman chairwoman director manager officer dpo siro guardian headteacher principal secretary
treasurer commissioners trustees governors""".split())
NOT_A_TOOL = frozenset("the this that these any all each every staff council board group team policy appendix section clause "
                       "information governance assurance ai genai generative public internal personal "
                       # people and roles the policy names as approvers, never tools ("the Clerk may approve")
                       "clerk chair chairman chairwoman director manager managers officer dpo siro guardian head "
                       "headteacher principal chief executive secretary treasurer commissioners trustees governors".split())


# a negation that qualifies the information itself ("contains no personal data", "does not
# identify people"), not a prohibition of the use ("must not be used with personal data")
_NEGATION = re.compile(r"(?:\b(?:no|without|excluding|except|nor|none\s+of)\b(?:\s+[\w'-]+){0,3}|"
                       r"\b(?:does|do|doesn't|don't|must|should|will|can|may)\s+not(?:\s+(?:contain|include|involve|hold|have|relate\s+to))?"
                       r"(?:\s+(?:any|the))?)\s*$", re.I)


def _kinds(text: str) -> set[str]:
    """Kinds of information a text names, except those it names only to exclude them."""
    return _kinds_split(text)[0]


def _kinds_split(text: str) -> tuple[set[str], set[str]]:
    """(kinds named, kinds excluded): "OFFICIAL information that does not identify people" names
    internal and excludes personal; "provided the code contains no personal data" excludes it."""
    named: set[str] = set()
    excluded: set[str] = set()
    for k, rx in KIND_WORDS:
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            before = re.split(r"[,;:()]|\band\b|\bor\b", before)[-1] if k != "personal" or "identif" not in m.group(0).lower() \
                else before
            (excluded if _NEGATION.search(before) else named).add(k)
    return named - excluded, excluded


def _upto(kinds: set[str]) -> set[str]:
    """Allowing a kind allows every less sensitive kind."""
    order = lx.DATA_KIND_ORDER
    top = max((order.index(k) for k in kinds), default=-1)
    return set(order[: top + 1])


@dataclass
class _Tool:
    name: str
    permitted: set[str] = field(default_factory=set)
    blocked: set[str] = field(default_factory=set)
    blocked_unless_permitted: set[str] = field(default_factory=set)   # blocked with a condition or for one way
    prohibited: bool = False
    variant_banned: bool = False     # only a way of reaching it is banned (a personal account ...)
    allowed: bool = False
    restricted: bool = False
    conditions: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


# the policy's own name for a product: "Council Copilot means Microsoft 365 Copilot Chat used while
# signed in with ...", "'the Sanctioned Tool' is Copilot Chat"
_OWN_NAME = re.compile(r"^\W*(?:the\s+)?[\"'\u201c\u2018]?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})[\"'\u201d\u2019]?"
                       r"\s+(?:means|is|refers\s+to|is\s+the\s+name\s+for)\s+(?P<rest>.{0,80})", re.I)


def own_names(clauses: list[Clause]) -> dict[str, str]:
    """{the policy's own name for a product (normalised): the product}: a capitalised name
    defined as a known product in the first words of its definition."""
    out: dict[str, str] = {}
    for c in clauses:
        for sent in sentences(c.text):
            m = _OWN_NAME.match(sent)
            if not m or not m.group("name")[0].isupper():
                continue
            name = m.group("name")
            if not all(w[0].isupper() for w in name.split()) or \
                    all(w.lower() in NOT_A_TOOL | GENERIC_CAPS for w in name.split()):
                continue        # ("The Council is ...", "Staff means ...", "everything else is")
            rest = re.sub(r"^(?:the|a|an|our|your|its|their)\s+", "", m.group("rest"), flags=re.I)
            known = _products(" ".join(rest.split()[:5]), {})
            known = [k for k in known if normalise(k) in _KNOWN_NORM() and normalise(rest).startswith(normalise(k))]
            if known and normalise(name) not in _KNOWN_NORM() and normalise(name) != normalise(known[0]):
                out.setdefault(normalise(name), known[0])
    return out


@lru_cache(maxsize=1)
def _KNOWN_NORM() -> frozenset[str]:
    return frozenset(normalise(p) for p in lx.KNOWN_AI_PRODUCTS + lx.KNOWN_AI_FEATURES)


def _products(sentence: str, own: dict[str, str] | None = None) -> list[str]:
    """Tool names in a sentence: known products (longest first), the policy's own names for them
    (`own`, as the product) and "<Name> scribe/assistant/tool"."""
    norm = normalise(sentence)
    found: list[tuple[int, int, str]] = []
    for p in sorted(lx.KNOWN_AI_PRODUCTS + lx.KNOWN_AI_FEATURES, key=len, reverse=True):
        n = normalise(p)
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", norm):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), p))
    for alias, product in (own or {}).items():
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])", norm):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), product))
    names = list(dict.fromkeys(p for _, _, p in sorted(found)))
    cands = [m.group(1) for m in TOOL_NOUN.finditer(sentence)]
    m = SUBJECT_NAME.match(sentence)
    if m and not m.group(1).isupper():      # "A DPIA must ...": an acronym subject is no tool
        cands.append(m.group(1))
    for cand in cands:
        words = cand.split()
        while words and words[0].lower() in NOT_A_TOOL | {"a", "an"}:
            words = words[1:]
        if not words or any(w.lower() in GENERIC_CAPS for w in words):
            continue
        if len(words) == 1 and words[0].lower() in ORG_NOUNS:
            continue        # "Trust tools", "Authority tools": the organisation's own tools, a category
        cand = " ".join(words)
        if normalise(cand) not in {normalise(x) for x in names} and not any(normalise(cand) in normalise(x) for x in names):
            names.append(cand)
    return names


def _key(name: str) -> str:
    drop = {"microsoft", "google", "openai", "anthropic", "meta", "365", "m365", "the"}
    return " ".join(t for t in normalise(name).split() if t not in drop) or normalise(name)


def derive_register(clauses: list[Clause], ordinary: frozenset[str] = frozenset(),
                    view: Callable[[str], str] = lambda s: s) -> list[RegisterEntry]:
    """`ordinary`: words the policy writes in lower case (see knowledge.everyday_words); `view`
    writes the policy's own information classes as kinds ("Class 2 information" -> internal
    information, bot/engine/info_classes.py) where kinds are read."""
    tools: dict[str, _Tool] = {}
    names_of = own_names(clauses)      # the policy's own names for products
    lead: tuple[Clause, str] | None = None      # "5.2 The following tools are prohibited:"
    for c in clauses:
        if c.kind != "clause":
            continue
        last_named: list[str] = []
        own = _with_items(sentences(c.text))
        if lead is not None and own and is_sub_clause(c, lead[0]):
            own[0] = (f"{lead[1]} {_ITEM.sub('', own[0][0])}", True)    # 5.2(a) DeepSeek ...
        elif lead is not None and not is_sub_clause(c, lead[0]):
            lead = None
        if own and is_lead_in(own[-1][0]) and not own[-1][1]:
            lead = (c, own[-1][0])
        for sent, is_list in own:
            if lx.UNDECIDED.search(sent):
                last_named = []
                continue
            # each part of a sentence ("X is fine for ...; Y is off limits") speaks for its own tools
            head, colon, _ = sent.partition(":")
            if colon and FORBIDS.search(head) and not PERMITS.search(head):
                is_list = True    # "The following are not permitted: DeepSeek; Otter.ai; ..." is one ban
            for s in ([sent] if is_list else re.split(r";\s*|:\s+(?=[A-Z])", sent)):
                named = _products(s, names_of)
                pronoun = re.search(r"\b(?:it|they|this\s+tool|these\s+tools)\s+(?:may|must|can|should|is|are|will)\b", s, re.I)
                if not named and pronoun:
                    named = last_named
                if not named:
                    continue
                last_named = named
                _read(s, sent, named, c.ref, tools, view)
    # (the policy's own names are not made aliases: their words - "council", "force", "workspace" -
    # would make a question using them in passing about the product)
    return _entries(tools, ordinary)


_ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,4}\)|\(?\d{1,2}\)|[-\u2022*\u2013])\s+", re.I)


def _with_items(sents: list[str]) -> list[tuple[str, bool]]:
    """A lead-in ending in ":" read together with the list items under it ("Copilot Chat must
    not be used with: - personal data ...; - customer identifiers ..."), as (text, is_list)."""
    out: list[tuple[str, bool]] = []
    for s in sents:
        if out and is_list_item(s) and (out[-1][1] or is_lead_in(out[-1][0])):
            out[-1] = (f"{out[-1][0]} {_ITEM.sub('', s)}", True)
        else:
            out.append((s, False))
    return out


_ALIAS_PAREN = r"\s*\((?:also\s+)?(?:known\s+as\s+|called\s+|or\s+)?([^()]{2,80})\)"


def _given_aliases(s: str, name: str) -> list[str]:
    """Other names the text gives a tool: "Case Notes Assistant (also known as CNA or "the
    notes bot")", "Microsoft Teams Premium (Teams Premium)"."""
    m = re.search(re.escape(name) + _ALIAS_PAREN, s, re.I)
    if not m:
        return []
    out = []
    for part in re.split(r"\s*(?:,|\bor\b|\band\b|;)\s*", m.group(1)):
        part = part.strip(" '\"\u2018\u2019\u201c\u201d")
        if part.lower().startswith("the "):
            part = part[4:]
        if 2 <= len(part) <= 40 and not re.search(r"\b(?:see|paragraph|section|clause|page)\b|\d\.\d", part, re.I):
            out.append(part)
    return out


def _read(s: str, sentence: str, named: list[str], ref: str, tools: dict[str, "_Tool"],
          view: Callable[[str], str] = lambda s: s) -> None:
    """What one sentence part says about the tools it names."""
    forbid = FORBIDS.search(s)
    permit = PERMITS.search(s)
    kinds, excluded = _kinds_split(view(s))
    for name in named:
        t = tools.setdefault(_key(name), _Tool(name))
        if len(name) > len(t.name):
            t.name = name
        if ref not in t.refs:
            t.refs.append(ref)
        t.aliases += [a for a in _given_aliases(s, name) if a not in t.aliases]
        at = s.lower().find(name.lower())
        if not forbid and at >= 0 and _BAN_ACTIVE.search(s[:at]):
            _ban(t, s, at)                      # "the Trust blocks certain AI services, including X"
            continue
        if forbid and (not permit or forbid.start() < permit.start()):
            obj_kinds = _kinds(view(lx.EXCEPTION_TAIL.sub(" ", s[forbid.end():])))
            if obj_kinds and (lx.QUALIFIED.search(s) or _ways()[0].search(s)):
                # "must not be used with ... confidential information unless that use has been
                # approved", "do not use internal information in any AI tool on a personal device":
                # a condition, which does not take back a kind the policy permits the tool outright
                t.blocked_unless_permitted |= obj_kinds
                t.conditions.append(sentence)
            elif obj_kinds:
                t.blocked |= obj_kinds          # "must not be used with personal information"
                t.conditions.append(sentence)
            elif _prohibits(s, name):
                _ban(t, s, at, sentence)
            else:
                t.conditions.append(sentence)  # "must not share their licence": a condition
        elif permit and not re.search(r"\bwhether\b", s[:permit.start()], re.I):
            # ("whether staff may use X" is a question the policy asks, not a permission)
            t.allowed = True
            t.permitted |= kinds
            t.blocked |= excluded
            if re.search(r"\bonly\b", s, re.I) and kinds and not _ways()[0].search(s):
                # ("Board Members may use X on their own devices ... but only with public
                # information" limits that way of reaching X, not X: a condition, kept below)
                t.permitted = kinds | (t.permitted & kinds)
            if RESTRICTS.search(s):
                t.restricted = True
            t.conditions.append(sentence)


@lru_cache(maxsize=1)
def _ways() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a way of reaching a product, named in policy text; a contrast right before a name; people
    a ban is limited to)."""
    from bot.engine.topics import phrase_alternation
    raw = (yaml.safe_load(VARIANTS.read_text(encoding="utf-8")) or {})
    w = raw.get("ways_in_policy_text", {})
    alt = lambda xs: phrase_alternation(xs, longest_first=True)
    way = re.compile(rf"\b(?:(?:{alt(w.get('qualifiers', []))})(?:\s+(?:or\s+)?[\w'-]+){{0,3}}?\s+(?:{alt(w.get('nouns', []))})"
                     rf"|{alt(w.get('phrases', []))})\b", re.I)
    contrast = re.compile(rf"\b(?:{alt(raw.get('contrasts', []))})\s+(?:the\s+|an?\s+)?$", re.I)
    return way, contrast, re.compile(rf"\b(?:{alt(raw.get('people_outside', []))})\b", re.I)


def _ban(t: "_Tool", s: str, at: int, sentence: str = "") -> None:
    """A sentence part that bans the tool: the tool itself, or only a way of reaching it (a
    personal account, a free version) or something the sentence says is not the tool. The latter
    two ban the tool only where the policy allows it nowhere (`_entries`). A ban on some people
    only ("staff outside the pilot") restricts the tool to the others."""
    way, contrast, outside = _ways()
    if at >= 0 and outside.search(s[:at]):
        t.allowed = t.restricted = True      # "staff outside the pilot group must not use X"
        t.conditions.append(sentence or s)
    elif (at >= 0 and contrast.search(s[:at])) or way.search(s):
        t.variant_banned = True
    else:
        t.prohibited = True


_BAN_WORD = re.compile(
    r"\b(?:(?:is|are|were|was|has\s+been|have\s+been|remains?)\s+(?:now\s+|also\s+)?"
    r"(?:prohibited|banned|blocked|not\s+(?:approved|permitted|allowed))|off[\s-]limits|"
    r"(?:must|may|shall)\s+(?:not|never)\s+be\s+(?:used|installed|admitted)"
    r"(?=\s*(?:[.;]|$|for\s+(?:\w+\s+)?(?:business|work|purposes)|in\s+any\s+circumstances|at\s+all|"
    r"on\s+(?:\w+\s+)?devices|and\s+must\s+not\s+be\s+installed)))", re.I)
_BAN_LIST = re.compile(r"\b(?:prohibited|banned|blocked)\s*(?:tools?|apps?|services?|products?)?\s*(?:are|include|:|such\s+as|e\.g\.)", re.I)
# the organisation as the one who bans: "the Trust blocks certain AI services, currently including X"
_BAN_ACTIVE = re.compile(r"\b(?:blocks|bans|prohibits|forbids|(?:has|have)\s+(?:blocked|banned|prohibited))\b[^.;:]{0,60}?"
                         r"(?:\bincluding|\bsuch\s+as|\be\.g\.|\bnamely|:)[^.;:]{0,80}$", re.I)
_BAN_USE = re.compile(r"\b(?:must\s+not|do\s+not|never|may\s+not|shall\s+not)\s+(?:use|install|admit|allow|permit)\b"
                      r"(?:\s+(?:the\s+)?(?:use\s+of\s+)?(?:any\s+)?)?", re.I)


def _prohibits(s: str, name: str) -> bool:
    """Does this sentence part forbid the named tool itself (not just mention it near a ban)?
    "X, Y and Z were prohibited", "the prohibited tools are X and Y", "X must not be used for
    council business", "do not use X"."""
    norm_s, n = s.lower(), name.lower()
    at = norm_s.find(n)
    if at < 0:
        return False
    after = s[at + len(name):]
    m = _BAN_WORD.search(after)
    if m and m.start() <= 90:
        return True
    before = s[:at]
    if _BAN_LIST.search(before) or _BAN_ACTIVE.search(before):
        return True
    head, colon, _ = before.rpartition(":")
    if colon and FORBIDS.search(head) and not PERMITS.search(head):
        return True      # "The following must not be used for work: DeepSeek and ..."
    u = _BAN_USE.search(before)
    if u and re.match(r"\s*,?\s*(?:in|at|for|with|when|during|on|where|while|to|unless|until|if|before|outside)\b"
                      r"(?!\s+any\s+(?:form|way|circumstances?|version|case|purpose)s?\b)", after, re.I):
        return False    # "Do not use the Copilot recap in MDTs ...": a limit on its use, not a ban of the tool
    return bool(u and at - u.end() <= 25)


def _numbered(ref: str) -> bool:
    return bool(re.match(r"(?:\d|[A-Z]\.\d)", ref.partition("#")[2]))


def _entries(tools: dict[str, "_Tool"], ordinary: frozenset[str] = frozenset()) -> list[RegisterEntry]:
    out: list[RegisterEntry] = []
    known = _KNOWN_NORM()
    for t in tools.values():
        if t.variant_banned and not t.allowed:
            t.prohibited = True     # the policy allows no way of reaching it
        if not (t.prohibited or t.allowed):
            continue
        if " " not in t.name.strip() and t.name.lower() in ordinary and normalise(t.name) not in known:
            continue        # "Consumer chatbots must ...": a word the policy uses in lower case is no product
        # where the text both allows and forbids a tool, the caution wins
        status = "prohibited" if t.prohibited else ("restricted" if t.restricted else "approved")
        blocked = t.blocked | (t.blocked_unless_permitted - t.permitted)
        allowed = _upto(t.permitted) - blocked if status != "prohibited" else set()
        if status != "prohibited" and not t.permitted:
            # named as usable for a task ("to write code") without naming the information: the
            # organisation's own non-personal material, never personal data
            allowed = {"public", "internal"} - blocked
        t.refs.sort(key=lambda r: not _numbered(r))    # the policy's numbered clauses before FAQ answers
        source = t.refs[0].split("#", 1)[0]
        names = [*lx.PRODUCT_ALIASES.get(normalise(t.name), []), *lx.PRODUCT_ALIASES.get(_key(t.name), [])]
        if len(_key(t.name).split()) >= 2:
            names.append(_key(t.name))          # "Microsoft 365 Copilot Chat" is also "copilot chat"
        bare = re.sub(r"\.(?:ai|com|io|app)$", "", t.name, flags=re.I)
        if bare != t.name and len(bare) >= 5:     # not "Read" (Read.ai): an everyday word
            names.append(bare)                  # "Otter.ai" is also "Otter"
        names += t.aliases
        aliases = tuple(dict.fromkeys(a for a in names if normalise(a) != normalise(t.name)))
        out.append(RegisterEntry(
            source=source, tool=t.name, aliases=aliases, status=status,  # type: ignore[arg-type]
            data_allowed=tuple(k for k in lx.DATA_KIND_ORDER if k in allowed),
            conditions=" ".join(dict.fromkeys(t.conditions)), clauses=tuple(t.refs),
        ))
    return out
