"""The organisation's own information classes, read from its definitions.

Many policies write their rules in their own classification rather than the contract's kinds:
"Class 1 (Open): information that has been published ..."; "Trust-only information is unpublished
information ... that does not identify any living person"; a table row "OFFICIAL-SENSITIVE |
Personal information about residents ..."; "Protected Material means any of the following: ...
information about the physical or mental health ...". Then "Copilot Chat may be used with Class 1
and Class 2 information only" and "Restricted information must not be put into any tool" say which
tool takes what only once the classes are known.

Compiled once per index version (pure functions):
- `read_info_classes(clauses)` finds each definition of a class that the policy goes on to use,
  and maps it onto the most sensitive contract kind its definition names (words in
  data/info_classes.yaml);
- `InfoClasses.view(text)` writes a policy sentence with each class name replaced by its kind
  ("Class 1 and Class 2 information" -> "public information and internal information
  information"), for the readers of which tool takes what (never for quoting);
- `InfoClasses.kinds(question)` gives the kinds of the classes a question names ("it's
  OFFICIAL-SENSITIVE", "a class 3 spreadsheet")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from bot.engine.text import sentences
from bot.redact import is_english_word

DATA = Path(__file__).resolve().parent / "data" / "info_classes.yaml"
KIND_ORDER = ("public", "internal", "personal", "special_category")
KIND_PHRASE = {"public": "public information", "internal": "internal information",
               "personal": "personal information", "special_category": "special category data"}
MIN_USES = 1          # sentences, besides its definitions, that use the class name


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _phrase_rx(phrases: list[str]) -> re.Pattern:
    parts = []
    for p in sorted(phrases, key=len, reverse=True):
        star = p.endswith("*")
        body = r"\s+".join(re.escape(w) for w in p.rstrip("*").split())
        parts.append(body + (r"\w*" if star else r"(?![\w])"))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.I)


class _Vocab(NamedTuple):
    kinds: dict[str, re.Pattern]    # kind -> the words a definition uses for it
    excluded: re.Pattern            # what a definition says the information is not, to the next stop
    nouns: str                      # alternation: "information|data|material|..."
    numbered: str                   # alternation: "class|level|tier|..."
    not_names: frozenset[str]
    question_nouns: str             # alternation: "info|information|doc|..."
    identifies_nobody: re.Pattern   # a definition that says so is at most internal


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    d = _data()
    return _Vocab(kinds={k: _phrase_rx(d["kinds"][k]) for k in KIND_ORDER},
                  excluded=re.compile(_phrase_rx(d["excluded"]).pattern + r"[^,;:.()\n]*", re.I),
                  nouns="|".join(map(re.escape, d["nouns"])),
                  numbered="|".join(map(re.escape, d["numbered"])),
                  not_names=frozenset(w.lower() for w in d["not_names"]),
                  question_nouns="|".join(map(re.escape, d["question_nouns"])),
                  identifies_nobody=_phrase_rx(d.get("identifies_nobody", [])))


@dataclass(frozen=True)
class InfoClass:
    name: str                 # as the policy writes it: "Class 3", "OFFICIAL-SENSITIVE", "Trust-only information"
    kind: str                 # the contract kind it maps onto
    ref: str                  # the clause that defines it
    definition: str           # the defining text (a line of that clause)
    distinctive: bool         # a name no everyday phrase shares ("Class 3", "Trust-only"): matched alone
    examples: tuple[str, ...] = ()     # what its definitions say it covers ("clinical letters, referrals")
    pattern: re.Pattern = field(compare=False, repr=False, default=None)           # the name, in policy text
    question_pattern: re.Pattern = field(compare=False, repr=False, default=None)  # the name meant as a class


CELL_CHARS = 200       # longer than this, a "cell" is a sentence of prose


@dataclass
class InfoClasses:
    classes: list[InfoClass] = field(default_factory=list)
    _phrases: dict = field(default_factory=dict, repr=False, compare=False)   # named_in's phrases per class

    def __bool__(self) -> bool:
        return bool(self.classes)

    def __iter__(self):
        return iter(self.classes)

    def view(self, text: str) -> str:
        """`text` with every class it names written as its kind (for reading, not quoting)."""
        if not self.classes:
            return text
        for c in self.classes:              # longest names first (see read_info_classes)
            text = c.pattern.sub(KIND_PHRASE[c.kind], text)
        return text

    def kinds(self, question: str) -> frozenset[str]:
        """Kinds of the classes a question names. A name that is also an everyday word
        ("official", "restricted", "open") counts only before a word for information."""
        return frozenset(c.kind for c in self.classes if c.question_pattern.search(question))

    def cell_kinds(self, text: str) -> set[str]:
        """Kinds a tools-table cell lists by class name, with or without its noun ("Open,
        Trust-only, Named" where the classes are "Open information", "Named information" ...)."""
        names: dict[str, str] = {}
        for c in self.classes:
            names[" ".join(re.findall(r"[a-z0-9]+", c.name.lower()))] = c.kind
            stem = re.sub(r"\s+(?i:" + _vocab().nouns + r")$", "", c.name)
            names[" ".join(re.findall(r"[a-z0-9]+", stem.lower()))] = c.kind
        out = set()
        # a table cell may say more than one thing ("Open and Service Internal information. No
        # Protected Service Data."); a long text is prose, where only a whole item that is a name counts
        parts = re.split(r"(?<=[a-z])\.\s+", re.sub(r"\([^()]*\)", " ", text)) if len(text) <= CELL_CHARS \
            else [re.sub(r"\([^()]*\)", " ", text)]
        for part in parts:
            if re.match(r"\s*(?:no|not|never|none|except|but not)\b", part, re.I):
                continue        # "Open and Service Internal information. No Protected Service Data."
            for item in re.split(r"[;,/.]|\band\b|\bor\b" if len(text) <= CELL_CHARS else r"[;,/]|\band\b|\bor\b", part):
                key = " ".join(re.findall(r"[a-z0-9]+", item.lower()))
                key = re.sub(r"\s+only$", "", key)         # "Open information only"
                if key in names:
                    out.add(names[key])
        return out

    def named_in(self, question: str, idf: dict[str, float] | None = None,
                 more: dict[str, list[str]] | None = None, min_terms: int = 1) -> list[InfoClass]:
        """The classes a question names, by name or by what their definitions (and `more`
        texts per class name, e.g. the clause that bans it) list ("the patrons list from the
        supporter database" names "Supporter records")."""
        from bot.engine.data_classes import DataClasses, _phrase_terms, _split
        out = []
        cache = self._phrases
        for c in self.classes:
            if c.question_pattern.search(question):
                out.append(c)
                continue
            key = (c.name, min_terms, tuple((more or {}).get(c.name, [])))
            if key not in cache:
                texts = list(c.examples) + list(key[2])
                cache[key] = DataClasses([(t, c.kind, p) for x in texts for p in _split(x)
                                          if min_terms <= len(t := _phrase_terms(p)) <= 5])
            if cache[key].matches(question, idf):
                out.append(c)
        return out

    def example_phrases(self) -> list[tuple[frozenset[str], str, str]]:
        """(terms, kind, phrase) for what each class's definitions list ("clinical letters",
        "referrals"), in the shape of bot/engine/data_classes.DataClasses.phrases. Public classes
        are left out: they could only make a question look less sensitive."""
        from bot.engine.data_classes import _phrase_terms, _split
        out = []
        for c in self.classes:
            if c.kind == "public":
                continue
            for ex in c.examples:
                for p in _split(ex):
                    t = _phrase_terms(p)
                    if 1 <= len(t) <= 5:
                        out.append((t, c.kind, p))
        return out


def kind_of(definition: str, name: str = "") -> str | None:
    """The kind a definition gives its class: the most sensitive kind its first sentence names
    outside what it excludes ("... that does not identify any living person"), or, when the first
    sentence names none ("Restricted information means:"), the most sensitive kind the whole
    definition names; None if it names none."""
    v = _vocab()
    kinds, excluded = v.kinds, v.excluded
    first = sentences(definition)[:1]
    for n, text in enumerate(([f"{name} {first[0]}"] if first else []) + [f"{name} {definition}"]):
        internal = bool(kinds["internal"].search(text))      # its cues include "not published"
        nobody = n == 0 and first and _identifies_nobody(text, v)
        text = excluded.sub(" ", text)
        found = [k for k in KIND_ORDER if (internal if k == "internal" else kinds[k].search(text))]
        if nobody:          # "... information that identifies nobody": not personal, whatever it lists
            found = [k for k in found if k in ("public", "internal")] or ["internal"]
        if found:
            return found[-1]
    return None


def _identifies_nobody(sentence: str, v: _Vocab) -> bool:
    """The defining sentence says its information identifies nobody, before it names anything
    personal and not as an exception ("personal information, except information that does not
    identify anyone" is personal)."""
    m = v.identifies_nobody.search(sentence)
    if not m:
        return False
    before = sentence[:m.start()]
    if re.search(r"\b(?:except|excluding|other\s+than|but\s+not|not\s+include|apart\s+from)\b", before, re.I):
        return False
    return not (v.kinds["personal"].search(before) or v.kinds["special_category"].search(before))


@lru_cache(maxsize=1)
def _name_rx() -> re.Pattern:
    nouns, numbered = _vocab().nouns, _vocab().numbered
    caps = r"[A-Z]{3,}(?:[-\u2010\u2011 ][A-Z]{3,})*(?:\s*[-\u2013\u2014]\s*[A-Z]{3,})?"
    num = r"(?i:" + numbered + r")\s+[0-9]{1,2}[A-Za-z]?(?![\w.])|(?i:" + numbered + r")\s+[A-D](?![\w.])"
    titled = r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*\s+){1,3}(?i:" + nouns + r")\b"
    return re.compile(r"(?P<name>" + num + "|" + caps + "|" + titled + ")")


_DEF_AFTER = re.compile(r"[\"'\u201d\u2019]?\s*(?:\((?P<alias>[^()]{1,40})\))?[\"'\u201d\u2019]?\s*(?:(?P<colon>[:|\u2013\u2014]|\s-\s)|"
                        r"(?P<verb>is|are|means|covers|refers\s+to|describes|comprises|includes)\b(?P<vcolon>\s*:)?)", re.I)
_LINE_START = re.compile(r"^\s*(?:(?:[A-Z]\.)?\d+(?:\.\d+)*[.)]?\s+|\(?[a-z]{1,3}\)\s+|[-\u2022*]\s+)?[\"'\u201c\u2018]?")


def _definitions(line: str):
    """(name, definition) when a line starts by defining a class."""
    v = _vocab()
    nouns, not_names = v.nouns, v.not_names
    start = _LINE_START.match(line).end()
    m = _name_rx().match(line, start)
    if not m:
        # "Green (open): information that has been published ...", "Open: information already published":
        # a capitalised word or two, only where the line goes on to say what information it is
        m = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=\s*(?:\([^()]{1,30}\))?\s*[:\u2013\u2014]\s*"
                       r"(?:(?:the|any|all|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?i:" + nouns + r")\b)").match(line, start)
        if not m:
            return None
    name = m.group("name").strip()
    if name.split()[0].lower() in not_names:
        return None
    after = _DEF_AFTER.match(line, m.end())
    if not after:
        return None
    desc = line[after.end():]
    if after.group("colon") is None and after.group("vcolon") is None and not re.match(r"\s*(?:(?:the|all|any|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:" + nouns +
                                                     r"|examples?|things?|anything)\b|\s*(?:the\s+)?(?:most|least)\b",
                                                     desc, re.I) \
            and not (_ends_in_noun(name) and re.match(r"(?:means|covers|comprises|includes)$", after.group("verb") or "", re.I)):
        # ("Commercial-in-Confidence Information means any tender, bid, ...": a class named as
        # information, defined by what it covers)
        return None     # "Class 2 is the level most teams use": not a definition of information
    alias = after.group("alias")
    alias = alias if alias and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", alias.strip()) else None
    return name, alias, desc     # "Restricted Case Information (RCI)": RCI is a name too


def _later_definition(line: str):
    """A definition that opens a later sentence of the line and introduces a list ("Protected
    information must not be entered into any tool. Protected information is:")."""
    if not line.rstrip().endswith(":"):
        return None
    parts = sentences(line)
    if len(parts) < 2:
        return None
    return _definitions(parts[-1])


def _sub_clause_texts(clauses: list, i: int) -> list[str]:
    """The texts of the sub-clauses right after clause i ("5.4(a)", "5.4(b)", ... or "5.4.1" under
    "5.4"), in order: a definition ending in a colon lists its items there."""
    ref = clauses[i].ref
    out = []
    for c in clauses[i + 1:]:
        if not (c.ref.startswith(ref + "(") or c.ref.startswith(ref + ".")):
            break
        out.append(" ".join(c.text.split()))
    return out


_REFERS = re.compile(r"\b(?:listed|set\s+out|defined|described|given|specified)\s+(?:in|at|under)\s+"
                     r"(?:section|paragraph|clause|para\.?)?\s*(\d+(?:\.\d+)*)\b", re.I)


def _referred_clause_texts(clauses: list, ref: str, desc: str) -> list[str]:
    """A definition that points at another clause ("Restricted information: the information
    listed in 5.4") takes that clause's text and its sub-clauses (the same document) as its own."""
    m = _REFERS.search(desc)
    if m is None:
        return []
    doc = ref.split("#", 1)[0]
    target = f"{doc}#{m.group(1)}"
    for i, c in enumerate(clauses):
        if c.ref == target:
            return [" ".join(c.text.split()), *_sub_clause_texts(clauses, i)]
    return []


def _ends_in_noun(name: str) -> bool:
    return bool(re.search(r"\b(?i:" + _vocab().nouns + r")$", name))


def _distinctive(name: str) -> bool:
    """A name no everyday phrase shares: with a digit or a dash ("Class 3", "Trust-only"), an
    acronym that is no English word ("RCI", not "OFFICIAL"), or numbered ("Tier B")."""
    return bool(re.search(r"\d|-|\u2013|\u2014", name)
                or re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", name) and not is_english_word(name)
                or re.match(r"(?i:" + _vocab().numbered + r")\s", name))


def _pattern(name: str) -> re.Pattern:
    """The name however it is typed: any case, hyphens or dashes or spaces between its words."""
    words = re.findall(r"[A-Za-z0-9'\u2019]+", name)
    sep = r"[\s\-\u2010\u2011\u2013\u2014]*"
    return re.compile(r"(?<![\w-])" + sep.join(re.escape(w) for w in words) + r"(?![\w]|-\w)", re.I)


def read_info_classes(clauses) -> InfoClasses:
    """The information classes the policy defines and uses (see module docstring). `clauses`:
    objects with `ref` and `text` (index.models.Clause)."""
    defs: dict[str, list[tuple[str, str]]] = {}       # name -> [(ref, definition)]
    seen_name: dict[str, str] = {}
    given: set[str] = set()         # acronyms given in brackets after a class's name ("(RCI)")
    lines_by_ref = []
    clauses = list(clauses)
    for ci, c in enumerate(clauses):
        lines = c.text.split("\n")
        for k, line in enumerate(lines):
            lines_by_ref.append((c.ref, line))
            got = _definitions(line)
            if got is None:
                got = _later_definition(line)
                if got is None:
                    continue
            name, alias, desc = got
            if line.rstrip().endswith(":"):
                under = lines[k + 1:] or _sub_clause_texts(clauses, ci)
                desc = " ".join([desc, *under])     # "... It means:" and the list under it
            desc = " ".join([desc, *_referred_clause_texts(clauses, c.ref, desc)])
            if alias:
                given.add(alias.lower())
            for n in (name, alias):
                if n:
                    seen_name.setdefault(n.lower(), n)
                    defs.setdefault(n.lower(), []).append((c.ref, line, desc))
    out: list[InfoClass] = []
    all_text = "\n".join(l for _, l in lines_by_ref)
    for key, ds in defs.items():
        name = seen_name[key]
        kind = next((k for k in (kind_of(d, name) for _, _, d in ds) if k), None)
        # the first definition that names a kind decides ("Class 1 (Open): ... published"); one that
        # names none may still be a part of another class ("OFFICIAL-SENSITIVE is OFFICIAL information
        # that could cause harm"): resolved below, or dropped
        pat = _pattern(name)
        uses = len(pat.findall(all_text)) - len(ds)
        if uses < MIN_USES:
            continue           # a term the policy defines but never writes a rule with
        numbered = re.match(r"(?i:" + _vocab().numbered + r")\s", name)
        if not (_ends_in_noun(name) or key in given or numbered or (_distinctive(name) and " " not in name) or
                re.search(pat.pattern + r"\s+(?i:" + _vocab().nouns + r")\b", all_text)):
            continue           # "NOTE: ...": a capitalised word never written as a class of information
        ref, line, _ = ds[0]
        alone = _distinctive(name) or _ends_in_noun(name)
        qpat = pat if alone else re.compile(pat.pattern + r"\s*(?:" + _vocab().question_nouns + r")\b", re.I)
        if not alone:     # an everyday word: as the policy writes it, and not naming a kind of tool ("Public Tool")
            pat = re.compile(pat.pattern + r"(?!\s+(?i:tools?|services?|apps?|products?|versions?|accounts?|"
                             r"sector|body|bodies|domain)\b)")
        out.append(InfoClass(name, kind, ref, line.strip(), alone, tuple(d for _, _, d in ds), pat, qpat))
    # a class whose definition names no kind but which the policy keeps out of every AI tool
    # ("Lender information: loan agreements, facility reports ..."; "Lender information must not be
    # entered into any generative AI tool") is at least the organisation's own unpublished information
    for k, c in enumerate(out):
        if c.kind is None and re.search(c.pattern.pattern + r"[^.]{0,40}\b(?:must|may|should|shall)\s+(?:not|never)\b"
                                        r"[^.]{0,80}\b(?:any|every|all)\s+(?:generative\s+)?(?:AI\s+|GenAI\s+)?(?:tool|service)",
                                        all_text, re.I):
            out[k] = InfoClass(c.name, "internal", c.ref, c.definition, c.distinctive, c.examples, c.pattern,
                               c.question_pattern)
    mapped = [c for c in out if c.kind]
    for k, c in enumerate(out):
        if c.kind is None:
            first = (sentences(c.examples[0]) or [""])[0] if c.examples else ""
            parents = [p for p in mapped if p.pattern.search(first)]
            if parents:
                top = max(KIND_ORDER.index(p.kind) for p in parents)
                out[k] = InfoClass(c.name, KIND_ORDER[top], c.ref, c.definition, c.distinctive, c.examples,
                                   c.pattern, c.question_pattern)
    out = _above_their_parent([c for c in out if c.kind])
    out.sort(key=lambda c: len(c.name), reverse=True)
    return InfoClasses(out)


def _above_their_parent(classes: list[InfoClass]) -> list[InfoClass]:
    """A class defined as the more sensitive part of another ("OFFICIAL-SENSITIVE is OFFICIAL
    information that could cause harm if lost"; "Restricted Trust Information is Trust Internal
    information whose disclosure could cause ... harm") sits one kind above it (at most personal:
    special category needs its own words), so a rule that keeps it out of a tool does not also
    keep out its parent, and a question naming it is not read as routine."""
    harm = _phrase_rx(_data().get("more_sensitive", []))
    by_name = {c.name.lower(): c for c in classes}
    out = []
    for c in classes:
        desc = c.definition[c.pattern.search(c.definition).end():] if c.pattern.search(c.definition) else c.definition
        first = (sentences(desc) or [desc])[0]
        # (a class the definition says it is not is no parent: "... and is not Restricted Pool
        # Information"; a class that identifies nobody is not made personal)
        parents = [p for n, p in by_name.items() if p is not c and (m := p.pattern.search(first))
                   and not re.search(r"\b(?:not|nor|other\s+than|except|excluding)\s+(?:\w+\s+){0,2}$", first[:m.start()], re.I)]
        if parents and harm.search(first) and not _identifies_nobody(f"{c.name} {first}", _vocab()):
            top = max(KIND_ORDER.index(p.kind) for p in parents)
            bumped = KIND_ORDER[min(top + 1, KIND_ORDER.index("personal"))]
            if KIND_ORDER.index(bumped) > KIND_ORDER.index(c.kind):
                c = InfoClass(c.name, bumped, c.ref, c.definition, c.distinctive, c.examples, c.pattern,
                              c.question_pattern)
        out.append(c)
    # a caveat written onto a class's name ("OFFICIAL-SENSITIVE COMMERCIAL") is at least that class
    final = []
    for c in out:
        within = [p for p in out if p is not c and len(p.name) < len(c.name) and p.pattern.search(c.name)]
        top = max([KIND_ORDER.index(c.kind)] + [KIND_ORDER.index(p.kind) for p in within])
        if top > KIND_ORDER.index(c.kind):
            c = InfoClass(c.name, KIND_ORDER[top], c.ref, c.definition, c.distinctive, c.examples, c.pattern,
                          c.question_pattern)
        final.append(c)
    return final
