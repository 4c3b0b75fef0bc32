"""What the engine knows about one index version, prepared once: every clause split into
sentences, each sentence tagged (prohibition, condition, undecided) with its terms and vector,
term weights (IDF) over the clauses, and the tool catalogue."""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from bot.engine import lexicon as lx
from bot.engine.text import DATA_TERMS, GENERIC_TERMS, contains_phrase, normalise, sentences, terms
from bot.engine.data_classes import DataClasses, read_data_classes
from bot.engine.derived import derive_register
from bot.engine.abbreviations import build_table
from bot.engine.info_classes import InfoClasses, read_info_classes
from bot.engine.tool_classes import ToolClass, apply_tool_classes, read_tool_classes
from bot.engine.lists import _ITEM, is_lead_in, is_list_item, is_sub_clause  # noqa: F401 (used by other modules too)
from bot.engine.tools import WEAK_TOKENS, ToolCatalogue
from bot.engine.text import stem

WEAK_STEMS = frozenset(stem(w) for w in WEAK_TOKENS)
from index.models import Clause, RegisterEntry


def mapped_terms(text: str) -> list[str]:
    """Content terms with generic verb synonyms folded together ("sign up" ~ "register")."""
    return [lx.SYNONYMS.get(t, t) for t in terms(text)]


@dataclass(frozen=True)
class Sentence:
    ref: str
    text: str                     # verbatim sentence of the clause (or register conditions)
    terms: frozenset[str]
    core: frozenset[str]          # terms outside "other than ..."/"that is not ..." tails
    prohibitive: bool             # an unqualified "must not" / "never"
    qualified: bool               # carries until/unless/before/only if ...
    undecided: bool               # the policy says this is not yet decided
    register: bool                # from a register row's conditions
    subject: frozenset[str] = frozenset()   # prohibitions: terms before "must not" (who/what)
    object: frozenset[str] = frozenset()    # prohibitions: terms after it (the banned use)
    object_text: str = ""
    setting: bool = False                    # "must not be used in/at/for <occasion>"
    activity: frozenset[str] = frozenset()   # "must not be used to <verb>, <verb> or <verb>"
    lead: str = ""                           # a list item's lead-in ("... must not be used in:")
    extends: bool = False                    # spells out the rule before it ("This includes ...")
    needs_approval: bool = False             # "AI voice-overs need the Board's approval"
    products: frozenset[str] = frozenset()   # words written the way products are ("GPTZero")
    forbids: bool = False                    # any "must not" / "never", qualified or not

    @property
    def shown(self) -> str:
        """The sentence as it reads in the policy: a list item under its lead-in
        ("must not be used in: \u2026 (a) grievance hearings"). What answers quote and what the
        pair model reads, in training and in use."""
        return f"{self.lead} \u2026 {self.text}" if self.lead else self.text


@dataclass
class Knowledge:
    clauses: dict[str, Clause]
    register: list[RegisterEntry]
    catalogue: ToolCatalogue
    sentences: list[Sentence]
    vectors: np.ndarray           # one row per sentence, L2-normalised
    object_vectors: np.ndarray    # per sentence: its banned-use segment (zeros where none)
    by_ref: dict[str, list[int]]
    idf: dict[str, float]
    tool_terms: frozenset[str]    # words of tool names (never evidence of *what* is done)
    entry_by_ref: dict[str, RegisterEntry]
    clause_tools: dict[str, frozenset[str]]     # clause ref -> register rows its text names
    sentence_tools: list[frozenset[str]]        # per sentence: register rows it names (a list item: or its lead-in)
    tools_from_lead: frozenset[int] = frozenset()   # list items whose rows are named only in their lead-in
    entry_bans: dict[int, frozenset[str]] = field(default_factory=dict)  # sentence -> kinds a ban on entering
                                                                          # information into AI tools keeps out
    people_bans: frozenset[int] = frozenset()   # other bans whose banned use is on people's information
    data_classes: DataClasses = field(default_factory=DataClasses)   # records the policy puts in each kind
    info_classes: InfoClasses = field(default_factory=InfoClasses)   # the policy's own classification ("Class 3")
    tool_classes: list = field(default_factory=list)    # the policy's tiers of tools ("Managed tool", "Open tool")
    kind_bans: dict[str, tuple[str, ...]] = field(default_factory=dict)   # kind -> clauses that keep it out of tools
    class_bans: dict[str, int] = field(default_factory=dict)     # class name -> the sentence keeping it out of every tool
    class_ban_texts: dict[str, str] = field(default_factory=dict)  # class name -> that sentence's whole clause
    abbreviations: dict[str, str] = field(default_factory=dict)   # "MDT" -> "multidisciplinary team meeting"
    abbr_caps: frozenset[str] = frozenset()                        # those read only in capitals ("SEND")
    entry_words: dict[str, frozenset[str]] = field(default_factory=dict)       # row -> words of its names
    listed: frozenset[str] = frozenset()        # refs of rows the organisation lists (CSV, tools table,
                                                # corrections), as opposed to tools read from its prose
    entry_categories: dict[str, frozenset[str]] = field(default_factory=dict)  # row -> words of the kinds of tool
                                                                               # the policy counts it among

    def idf_of(self, term: str) -> float:
        return self.idf.get(term, self.max_idf)

    @property
    def max_idf(self) -> float:
        return max(self.idf.values(), default=1.0)


# a negation inside a relative clause ("illustrations that do not depict a real person", "voices,
# which do not imitate anyone,", "templates that contain no names may be drafted") describes what
# the sentence is about; it is not the sentence's own "must not"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whose)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)


def main_prohibition(core_text: str) -> re.Match | None:
    """The first prohibition of the sentence's own clause, passing over negations in relative
    clauses; None when it has none."""
    for m in lx.PROHIBITIVE.finditer(core_text):
        if not _RELATIVE_BEFORE.search(core_text[:m.start()]):
            return m
    return None


def _sentence(ref: str, text: str, register: bool) -> Sentence:
    core_text = lx.EXCEPTION_TAIL.sub(" ", text)
    any_ban = lx.PROHIBITIVE.search(core_text)
    m = main_prohibition(core_text)
    subject = object_text = ""
    passive = frozenset()
    um = lx.UNDECIDED.search(core_text)
    if um:       # an undecided point: what it leaves open is what a question must match
        object_text = _undecided_part(core_text, um)
    elif m:
        subject, object_text = core_text[:m.start()], core_text[m.end():]
        if m.group(0).lower().startswith("none"):
            # "X may be used with any tool, except A, B and C, none of which may be put into any AI
            # tool": the ban is about the excepted things
            subject = re.split(r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|but\s+not)\b", text, 1, flags=re.I)[-1]
            subject = re.split(r"\bnone\s+of\b", subject, 1, flags=re.I)[0]
            object_text = f"{object_text} ({subject.strip(' ,')})"
        lead = _CONTEXT_LEAD.match(subject)
        if lead:     # "In recruitment, generative AI must not ...": the occasion belongs to the use
            subject, object_text = subject[lead.end():], f"{object_text} ({lead.group(1)})"
        elif "," in subject and _INTRO.match(subject):   # "As well as the decisions in 9.2, AI must not ...": "AI"
            subject = subject.rsplit(",", 1)[1]
        pm = _PASSIVE.match(object_text)
        if pm:       # "A person's voice must never be cloned": the subject is what the ban protects
            object_text = f"{object_text} {subject}"
            passive = frozenset(mapped_terms(" ".join(w for w in re.findall(r"[a-z]+(?:ed|en)\b", pm.group(0), re.I))))
    setting, activity = _ban_shape(object_text)
    activity = activity | passive
    qualified = _qualified(text)
    return Sentence(
        ref=ref, text=text, terms=frozenset(mapped_terms(text)), core=frozenset(mapped_terms(core_text)),
        prohibitive=bool(m) and not qualified, forbids=bool(any_ban),
        qualified=qualified, undecided=bool(lx.UNDECIDED.search(text)),
        register=register, needs_approval=bool(lx.APPROVAL_NEEDED.search(text)), products=product_words(text),
        subject=frozenset(mapped_terms(subject)), object=frozenset(mapped_terms(object_text)),
        object_text=" ".join(object_text.split()), setting=setting, activity=activity,
    )


# "must not be entered into any AI tool until the ICB has published them": publication is no
# condition a person can meet for the material, it says which material the ban is about (unpublished);
# the ban stands for it, and other_information (decide) keeps it off published material
_UNTIL_PUBLISHED = re.compile(r"\b(?:until|unless)\s+(?:(?:the\s+)?[\w'-]+\s+(?:has|have)\s+published\s+(?:them|it)|"
                              r"(?:they|it|these|this)\s+(?:has|have|is|are)\s+(?:been\s+)?(?:formally\s+)?published|"
                              r"(?:it\s+is\s+|they\s+are\s+)?already\s+published)\b", re.I)


def _qualified(text: str) -> bool:
    """The sentence carries a condition (lexicon.QUALIFIED), other than publication."""
    return bool(lx.QUALIFIED.search(_UNTIL_PUBLISHED.sub(" ", text)))


_SETTING = re.compile(r"^\W*(?:be\s+)?(?:used|admitted|installed|switched\s+on|turned\s+on|run|operated)?\s*,?\s*"
                      r"(?:for\s+example\s+)?(?:in|at|for|during|with|where|within|on|outside|inside)\b", re.I)
_VERB_LIST = re.compile(r"\b(?:to|not)\s+([a-z]+)((?:\s*,\s*(?:or\s+|and\s+)?(?:to\s+)?[a-z]+|\s+(?:or|and)\s+(?:to\s+)?[a-z]+)*)", re.I)


_EXTENDS = re.compile(r"^(?:this|that|these|it|the\s+(?:ban|rule|prohibition))\s+(?:also\s+)?"
                      r"(?:includes?|covers?|means|applies\s+to|extends\s+to)\b|^(?:for\s+example|in\s+particular|"
                      r"examples?\s+(?:include|are))\b", re.I)


def product_words(text: str) -> frozenset[str]:
    """Words written the way products are (GPTZero, ZeroGPT, Copilot365): a capital or a digit
    inside the word."""
    return frozenset(stem(w.lower()) for w in re.findall(r"\b[A-Za-z][a-z]*(?:[A-Z][A-Za-z]*|\d+[A-Za-z]*)+\b", text)
                     if not w.isupper())


def _undecided_part(text: str, m: re.Match) -> str:
    """What a sentence leaves undecided: "... has not decided whether X" -> X; otherwise the part
    of the sentence (between ";" or ", and"/", but") that holds the undecided phrase ("It sets
    out what is permitted, and names the questions not yet settled" -> the second part)."""
    w = re.search(r"\b(?:whether|if|how|when)\b", text[m.start():], re.I)
    if w and w.start() <= 40:
        return text[m.start() + w.start():]
    bounds = [0] + [b.end() for b in re.finditer(r";|,\s+(?:and|but)\s+|\.\s", text)] + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if a <= m.start() < b:
            return text[a:b]
    return text


_INTRO = re.compile(r"^\s*(?:as\s+well\s+as|in\s+addition\s+to|apart\s+from|besides|like|unlike|when|where|if|"
                    r"whatever|whether|although|while|however|also|therefore|in\s+particular|for\s+example)\b", re.I)
_BACK_REFERENCE = re.compile(r"\b(?:on|about|over|whether\s+to\s+allow|to\s+allow|to\s+approve)\s+(?:them|it|these|those|this)"
                             r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|but|yet|until|meanwhile|so)\b)", re.I)
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:they|these|those|it|this|such\s+\w+|these\s+\w+|this\s+\w+)\s*$", re.I)
_CONTEXT_LEAD = re.compile(r"^\s*((?:in|during|for|when|at|within)\s+[^,]{3,60}),\s*", re.I)
_PASSIVE = re.compile(r"^\W*(?:ever\s+)?be\s+(?!used\b|admitted\b|installed\b)"
                      r"[a-z]+(?:ed|en)\b(?:\s+(?:or|and)\s+[a-z]+(?:ed|en)\b)?", re.I)


def _with_rule(lead: Sentence, s: Sentence, item: bool = False) -> Sentence:
    """A list item under a lead-in ("Transcription must not be used in:" + "(a) grievance
    hearings;") or a sentence that spells a rule out ("This includes recruitment shortlisting")
    carries that rule: prohibitive (or undecided) like the lead, its banned use being the lead's
    followed by its own words. Its text stays its own (quotes must be verbatim)."""
    own = _ITEM.sub("", s.text)
    object_text = " ".join(f"{lead.object_text.rstrip(' :.')} {lx.EXCEPTION_TAIL.sub(' ', own)}".split())
    setting, activity = _ban_shape(object_text)
    qualified = s.qualified or lead.qualified
    return replace(s, prohibitive=lead.prohibitive and not _qualified(s.text),
                   forbids=lead.forbids or s.forbids,
                   qualified=qualified, undecided=s.undecided or lead.undecided,
                   subject=lead.subject, object=frozenset(mapped_terms(object_text)), object_text=object_text,
                   setting=lead.setting or setting, activity=lead.activity | activity,
                   lead=lead.text if item or _ITEM.match(s.text) else "", extends=not (item or _ITEM.match(s.text)))


def _subject_of(s: Sentence) -> str:
    m = lx.PROHIBITIVE.search(lx.EXCEPTION_TAIL.sub(" ", s.text))
    return s.text[:m.start()] if m else ""


def attach_rules(sents: list[Sentence]) -> list[Sentence]:
    """One clause's sentences, with list items and "This includes ..." sentences given the rule
    they belong to (see _with_rule)."""
    out: list[Sentence] = []
    lead: Sentence | None = None       # a prohibition or undecided point that introduces a list
    prev: Sentence | None = None
    passed = 0                         # sentences between an undecided lead-in and its list
    for s in sents:
        if lead is not None and is_list_item(s.text):
            out.append(_with_rule(lead, s, item=True))
            continue
        if lead is not None and not out[-1].lead and (s.text.rstrip().endswith(":") or (
                lead.undecided and not s.prohibitive and passed < 2)):
            # "... has not decided the following matters. Until it does, ...:" + items;
            # "... has not reached a position on the matters below. This policy neither permits
            # nor forbids them. Staff who want to ... must first ask the DPO:" + items
            out.append(s)
            prev = s
            passed += 1
            continue
        lead, passed = None, 0
        if prev is not None and s.prohibitive and _PRONOUN_SUBJECT.match(_subject_of(s)):
            # "Unseen exam papers are Confidential. They must not be drafted with any AI tool."
            head = re.split(r"\b(?:is|are|was|were|can|could|may|might|must|will|would|should|has|have)\b", prev.text, 1)[0]
            words = frozenset(mapped_terms(head)) - DATA_TERMS
            if words:   # (the previous sentence's subject is this one's subject, and what the ban is about)
                s = replace(s, subject=s.subject | words, object=s.object | words,
                            object_text=f"{s.object_text} ({head.strip()})")
        if prev is not None and s.undecided and _BACK_REFERENCE.search(s.object_text):
            # "Meeting summaries and 'intelligent recap' features ... The Board has not yet decided
            # on them": what is left open is what the previous sentence names
            words = frozenset(mapped_terms(prev.text)) - DATA_TERMS
            s = replace(s, object=s.object | words, object_text=f"{s.object_text} ({prev.text.strip()})")
        if prev is not None and (prev.prohibitive or prev.undecided) and not s.prohibitive and _EXTENDS.match(s.text):
            s = _with_rule(prev, s)
        elif (s.prohibitive or s.undecided) and is_lead_in(s.text):
            lead = s
        out.append(s)
        prev = s
    return out


def _ban_shape(object_text: str) -> tuple[bool, frozenset[str]]:
    """Is a prohibition about an occasion ("in IFR panels") or an activity ("to score, rank or
    recommend")? For an activity, the verbs (and -ing nouns) that name it."""
    if not object_text:
        return False, frozenset()
    # "be used, with any tool, to: ..." / "be used, whatever the tool, for ...": an aside
    object_text = re.sub(r"^(\W*(?:be\s+)?used)\s*,[^,]{1,40},\s*", r"\1 ", object_text)
    if _SETTING.match(object_text):
        return True, frozenset()
    verbs: list[str] = []
    probe = "not " + object_text if not re.match(r"\W*(?:be|to)\b", object_text, re.I) else object_text
    for m in _VERB_LIST.finditer(probe):
        verbs.append(m.group(1))
        verbs += re.findall(r"[a-z]+", m.group(2).replace(" or ", " ").replace(" and ", " ").replace(" to ", " "), re.I)
    verbs += re.findall(r"\b([a-z]{4,}ing)\b", object_text, re.I)
    skip = {"be", "the", "or", "and", "to", "a", "an", "any", "use", "used", "make"}
    return False, frozenset(mapped_terms(" ".join(v for v in verbs if v.lower() not in skip)))


def clause_sentences(clause: Clause, entry: RegisterEntry | None) -> list[str]:
    """Quotable sentences: for a register row, its conditions (verbatim CSV cell text)."""
    if entry is not None:
        return sentences(entry.conditions) if entry.conditions else []
    return sentences(clause.text)


def merge_register(register: list[RegisterEntry], corrected: list[RegisterEntry]) -> list[RegisterEntry]:
    """The content owner's rows (policy-map.yaml) replace rows sharing a name or alias with them;
    the rest are added."""
    if not corrected:
        return list(register)
    names = {normalise(n) for e in corrected for n in (e.tool, *e.aliases)}
    kept = [e for e in register if not ({normalise(n) for n in (e.tool, *e.aliases)} & names)]
    return kept + list(corrected)


def build_knowledge(clauses: list[Clause], register: list[RegisterEntry], embed, cache_dir: Path | None = None,
                    corrected: list[RegisterEntry] = ()) -> Knowledge:
    """`embed(list[str]) -> np.ndarray` embeds sentences (cached in cache_dir when given).
    Without a register CSV, the tools the policy names in its text stand in for one; `corrected`
    (the content owner's tools) replace or add to either."""
    listed = frozenset(e.ref for e in [*register, *corrected])
    policy = [c for c in clauses if c.kind == "clause"]
    classes = read_info_classes(policy)
    tiers: list[ToolClass] = []
    if register:
        # (a tools table's cells name classes; a row read from prose already has its kinds: its
        # conditions are sentences, which may name classes the tool must not take)
        register = [_table_row_classes(e, classes) for e in register]
    else:
        register = derive_register(policy, everyday_words(policy), view=classes.view)
        tiers = read_tool_classes(policy, classes.view)       # "Managed tools", "Open tools"
        register = apply_tool_classes(register, tiers)
    register = merge_register(register, list(corrected))
    entry_by_ref = {e.ref: e for e in register}
    by_ref: dict[str, list[int]] = {}
    sents: list[Sentence] = []
    lead: tuple[Clause, Sentence] | None = None     # a clause ending "... are prohibited:"
    for c in clauses:
        own = [_sentence(c.ref, t, c.kind == "register") for t in clause_sentences(c, entry_by_ref.get(c.ref))]
        if lead is not None and own and is_sub_clause(c, lead[0]):
            own[0] = _with_rule(lead[1], own[0], item=True)   # 5.2(a) under "5.2 The following are prohibited:"
        elif lead is not None and not is_sub_clause(c, lead[0]):
            lead = None
        own = attach_rules(own)
        if own and (own[-1].prohibitive or own[-1].undecided) and is_lead_in(own[-1].text):
            lead = (c, own[-1])
        for s in own:
            by_ref.setdefault(c.ref, []).append(len(sents))
            sents.append(s)
    # term weights over clauses (documents = clauses, register rows included)
    df: Counter[str] = Counter()
    for c in clauses:
        df.update(set(mapped_terms(f"{c.heading} {c.text}")))
    n = max(len(clauses), 1)
    idf = {t: math.log(1 + n / f) for t, f in df.items()}
    tool_words = set()
    for name in [n for e in register for n in (e.tool, *e.aliases)] + lx.KNOWN_AI_PRODUCTS:
        tool_words.update(t for t in mapped_terms(name) if t not in WEAK_STEMS)
    sents = _propagate_undecided(sents, clauses)
    vectors = _embed_cached([s.text for s in sents], embed, cache_dir)
    with_object = [i for i, s in enumerate(sents) if s.object_text]
    object_vectors = np.zeros_like(vectors)
    if with_object:
        object_vectors[with_object] = _embed_cached([sents[i].object_text for i in with_object], embed, cache_dir)
    bans = _class_bans(sents, classes)
    abbreviations, abbr_caps = build_table([c.text for c in clauses if c.kind != "register"])
    ordinary = everyday_words([c for c in clauses if c.kind != "register"], register)
    catalogue = ToolCatalogue.build(register, ordinary)
    ordinary_stems = {stem(w) for w in ordinary}
    clause_tools = {c.ref: _named_rows(catalogue, f"{c.heading} {c.text}") for c in clauses if c.kind != "register"}
    # a list item is about the tools its lead-in names ("PlanSift must not be used for: ... (c) work of
    # any other service" is about PlanSift, not about every tool)
    own_tools = [frozenset() if s.register else _named_rows(catalogue, s.text) for s in sents]
    lead_tools = [frozenset() if own or not s.lead else _named_rows(catalogue, s.lead) for s, own in zip(sents, own_tools)]
    sentence_tools = [own or lead for own, lead in zip(own_tools, lead_tools)]
    entry_bans = {i: k for i, s in enumerate(sents) if (k := entry_ban_kinds(s)) is not None}
    return Knowledge(
        clauses={c.ref: c for c in clauses}, register=list(register), catalogue=catalogue,
        sentences=sents, vectors=vectors, object_vectors=object_vectors, by_ref=by_ref, idf=idf,
        tool_terms=frozenset(tool_words - GENERIC_TERMS - ordinary_stems), entry_by_ref=entry_by_ref,
        clause_tools=clause_tools, sentence_tools=sentence_tools, listed=listed,
        tools_from_lead=frozenset(i for i, t in enumerate(lead_tools) if t),
        entry_bans=entry_bans, people_bans=_people_bans(sents, entry_bans),
        data_classes=read_data_classes([classes.view(c.text) for c in policy], classes.example_phrases()),
        info_classes=classes, tool_classes=tiers, kind_bans=_kind_bans(sents, classes),
        class_bans=bans, class_ban_texts={name: " ".join(sents[j].text for j in by_ref.get(sents[i].ref, []))
                                          for name, i in bans.items()},
        abbreviations=abbreviations, abbr_caps=abbr_caps,
        entry_words={e.ref: frozenset(t for n in (e.tool, *e.aliases) for t in mapped_terms(n)) for e in register},
        entry_categories=_categories(sents, sentence_tools, entry_by_ref),
    )


_ENTERING = re.compile(r"\b(?:be\s+)?(?:enter|put|past|upload|typ|input|feed|fed|given|give|provid|submit|load|copied|copy)"
                      r"\w*\b[^.]{0,80}\b(?:into|to|with|in)\b", re.I)


def _table_row_classes(e: RegisterEntry, classes: InfoClasses) -> RegisterEntry:
    """A tools-table row (read at index time, before the policy's information classes are known)
    whose cells list classes by name ("Open, Trust-only, Named") takes those classes' kinds."""
    if not classes or e.status == "prohibited" or e.source.lower().endswith(".csv") or e.source == "policy-map.yaml":
        return e
    kinds = set()
    for cell in e.conditions.split("; "):
        kinds |= classes.cell_kinds(cell)
    if not kinds:
        return e
    top = max(lx.DATA_KIND_ORDER.index(k) for k in kinds)
    return replace(e, data_allowed=tuple(lx.DATA_KIND_ORDER[: top + 1]))


_EVERY_TOOL = re.compile(r"\b(?:any|every|all)\s+(?!other\b)(?:generative\s+)?(?:AI\s+|GenAI\s+)?"
                         r"(?:tools?|services?|apps?|products?|assistants?)\b|"
                         r"\b(?:into|with|in|to|by)\s+(?:a\s+)?(?:generative\s+)?(?:AI|GenAI)\b", re.I)


def _class_bans(sents: list[Sentence], classes: InfoClasses) -> dict[str, int]:
    """Per information class, the sentence that keeps it out of every tool ("Lender information
    must not be entered into any generative AI tool"): the class is what the sentence is about
    (named before the "must not") and the ban is on AI tools at large."""
    from bot.engine.derived import FORBIDS
    out: dict[str, int] = {}
    for i, s in enumerate(sents):
        if s.register or not s.forbids:
            continue
        m = FORBIDS.search(s.text)
        t = _EVERY_TOOL.search(s.text[m.end():]) if m is not None else None
        if t is None or re.match(r"\s*,?\s*(?:on|in|at|for|when|during|while|through|via|from|outside)\b",
                                 s.text[m.end() + t.end():], re.I):
            continue      # "... any AI tool on a personal device": a setting, not a ban on the class
        for c in classes:
            at = c.pattern.search(s.text[:m.start()])
            if at is not None and at.start() <= 40 and c.name not in out:
                out[c.name] = i
    return out


def entry_ban_kinds(s: Sentence) -> frozenset[str] | None:
    """What a ban on putting information into AI tools keeps out ("The electoral register ... must
    not be entered into any generative AI tool", "Photographs of tenants ... must not be uploaded"):
    the kinds of information it names (empty when it names none of the general kinds); None when
    the sentence bans something else (an activity, an occasion). A list item is read with its
    lead-in ("must not be entered into any AI tool:" ... "(b) pupils' medical records")."""
    from bot.engine.derived import FORBIDS, _kinds
    from bot.engine.entering import order_not_to_enter
    from bot.engine.understand import detect_data_kinds
    for text in filter(None, (s.text, s.lead)):
        m = FORBIDS.search(text)
        if m is not None and _ENTERING.search(text[m.end():]):
            what = text[:m.start()]            # "Pupils' records must not be entered into ..."
        elif (im := order_not_to_enter(text)) is not None:
            what = text[im.end():]             # "Never enter passwords, alarm or door codes ... into an AI tool"
        else:
            continue
        named = f"{what} {s.text if text is s.lead else ''}"
        return frozenset(_kinds(named)) | detect_data_kinds(named)
    return None


def _people_bans(sents: list[Sentence], entry_bans: dict[int, frozenset[str]]) -> frozenset[int]:
    """Bans, other than on entering information, whose banned use is on people's information
    ("correspondence with or about individual applicants must not be translated")."""
    from bot.engine.understand import detect_data_kinds
    return frozenset(i for i, s in enumerate(sents) if i not in entry_bans and s.object_text
                     and {"personal", "special_category"} & detect_data_kinds(s.object_text))


def _kind_bans(sents: list[Sentence], classes: InfoClasses) -> dict[str, tuple[str, ...]]:
    """Per data kind, the clauses with a sentence that keeps that kind out of AI tools ("Black
    information must not be entered into any generative AI tool"), read through the policy's own
    information classes: cited when a tool may not take the kind."""
    from bot.engine.derived import FORBIDS, _kinds
    out: dict[str, list[str]] = {}
    for s in sents:
        if s.register or not s.forbids:
            continue
        said = classes.view(s.text)
        m = FORBIDS.search(said)
        if m is None:
            continue
        if not _ENTERING.search(said[m.end():]):
            continue            # "must not share it in that meeting": not about putting it into a tool
        for k in _kinds(said[:m.start()]):          # the kind is what the sentence is about
            if s.ref not in out.setdefault(k, []):
                out[k].append(s.ref)
    return {k: tuple(v) for k, v in out.items()}


_CATEGORY_BEFORE = re.compile(r"([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3})\s*,?\s*(?:\(|such\s+as|like|including|"
                              r"e\.g\.|for\s+example|namely|\u2014|\u2013)\s*(?:the\s+)?(?:free\s+versions?\s+of\s+)?$", re.I)
_TOOL_NOUN = re.compile(r"\b(?:chat\s?bots?|tools?|apps?|applications?|assistants?|services?|products?|models?|"
                        r"generators?|platforms?|extensions?|bots?|software|systems?|takers?|scribes?)\b", re.I)


def _categories(sents: list[Sentence], sentence_tools: list[frozenset[str]],
                entry_by_ref: dict[str, RegisterEntry]) -> dict[str, frozenset[str]]:
    """The kinds of tool the policy counts each register row among: "Consumer chatbots — ChatGPT,
    Gemini ..." makes ChatGPT a consumer chatbot, so a rule about consumer chatbots is about it."""
    out: dict[str, set[str]] = {}
    for s, rows in zip(sents, sentence_tools):
        low = s.text.lower()
        firsts = [i for ref in rows if (e := entry_by_ref.get(ref)) is not None
                  for n in (e.tool, *e.aliases) if (i := low.find(n.lower())) > 0]
        if not firsts:
            continue
        m = _CATEGORY_BEFORE.search(s.text[:min(firsts)])
        if not m or not _TOOL_NOUN.search(m.group(1)):
            continue
        words = {t for t in mapped_terms(m.group(1)) if t not in GENERIC_TERMS and len(t) > 2}
        for ref in rows:                 # every tool of the list: "Consumer chatbots — ChatGPT, Gemini, ..."
            out.setdefault(ref, set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def _propagate_undecided(sents: list[Sentence], clauses: list[Clause]) -> list[Sentence]:
    """A clause that says its sub-clauses are undecided ("This version neither permits nor
    prohibits: 16.6.1 ..., 16.6.2 ...") makes every sentence of those sub-clauses undecided."""
    parents = {s.ref for s in sents if s.undecided and not s.register}
    if not parents:
        return sents
    children = set()
    for c in clauses:
        for p in parents:
            src, _, pid = p.partition("#")
            if c.source == src and (c.id.startswith(pid + ".") or c.id.startswith(pid + "(")):
                children.add(c.ref)
    return [replace(s, undecided=True, object_text=s.object_text or s.text,
                    object=s.object or s.core) if s.ref in children and not s.undecided else s for s in sents]


def everyday_words(clauses: list[Clause], register: list[RegisterEntry] = ()) -> frozenset[str]:
    """Words the policy writes in lower case at least twice as often as capitalised (mid-sentence,
    or anywhere in a register name): ordinary words, as opposed to product names ("Copilot",
    "Teams")."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for e in register:
        for name in (e.tool, *e.aliases):
            for w in re.findall(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]", name):
                if w[0].isupper():
                    upper[normalise(w)] += 1
    for c in clauses:
        for sent in sentences(c.text):
            for n, w in enumerate(re.findall(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]", sent)):
                key = normalise(w)
                if w.islower():
                    lower[key] += 1
                elif n > 0 and w[0].isupper():
                    upper[key] += 1
    return frozenset(w for w, n in lower.items() if n >= 2 * upper.get(w, 0))


def _named_rows(catalogue: ToolCatalogue, text: str) -> frozenset[str]:
    """Register rows a policy text names by full name or alias."""
    norm = normalise(text)
    rows = set()
    for phrase, idx in catalogue.phrases.items():
        if len(phrase) >= 4 and contains_phrase(norm, phrase):
            rows.update(catalogue.register[i].ref for i in idx)
    return frozenset(rows)


def _embed_cached(texts: list[str], embed, cache_dir: Path | None) -> np.ndarray:
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    key = hashlib.sha256(json.dumps(texts).encode("utf-8")).hexdigest()[:16]
    if cache_dir is not None:
        f = cache_dir / f"sentences-{key}.npy"
        if f.exists():
            try:
                arr = np.load(f)
                if arr.shape[0] == len(texts):
                    return arr
            except (OSError, ValueError):
                pass
    arr = np.asarray(embed(texts), dtype=np.float32)
    arr /= np.clip(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12, None)
    if cache_dir is not None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cache_dir / f".sentences-{key}.tmp.npy"
            np.save(tmp, arr)
            tmp.replace(cache_dir / f"sentences-{key}.npy")
        except OSError:
            pass
    return arr


def distinctive_terms(text: str, kb: Knowledge) -> frozenset[str]:
    """Terms that say what the question is about: not stop words, not generic AI-policy words,
    not tool names."""
    return frozenset(t for t in mapped_terms(text) if t not in GENERIC_TERMS and t not in kb.tool_terms
                     and len(t) > 1 and not t.isdigit())


def use_terms(qterms: frozenset[str]) -> frozenset[str]:
    """Terms that describe the use itself, not the kind of data (data is judged separately)."""
    return frozenset(t for t in qterms if t not in DATA_TERMS)
