"""A yes that must be earned.

Every permission answer passes through `earn_yes` after the decision. `allowed` or `conditional`
stands only when all of these hold; otherwise the answer becomes `unsure`, escalated, with the
reason (XACML's permit-only-when-nothing-else-applies, in the order below):

1. the question is in a language the engine reads (English);
2. the tool resolves to one permitting item: a name several rows share does not pick the most
   permissive row, and a variant of a listed product (a personal account, a build on its API, an
   extension, a personal device) that its row does not mention is not that row;
3. a listed row's own exclusions ("switched off when using the case system") do not bear on the
   question, the question does not say a step required before use (training, a DPIA) is
   missing (restrictions.yaml, preconditions.yaml), and, for a tool restricted to some people or
   uses, it does not describe the asker in words the tool's entry does not use ("im in physics"
   for a tool licensed to marketing);
4. every kind of information the question may involve is permitted for it, including kinds
   described without their keywords ("off with stress" is health information), and it names no
   class the policy keeps out of every tool, by name, by two words of what the class lists, or by
   a rare word and closeness in meaning ("our supplier costs and margins" for a class listing
   "supplier terms and margins");
5. no rule that forbids, needs approval or is undecided can apply: the question and the rule (or
   one of the things it lists) share a topic of bot/engine/data/topics.yaml, and the rule is not
   about another tool. On a circumstance topic a ban with a condition is a condition to follow;
6. the pair models (bot/engine/pair_model.py) do not read one of the four closest unconditional
   rules as settling the question as a no (either of the two shipped models; not asked about
   published material);
7. the question does not ask the tool for a judgement (to decide, rank, score, or say which, who
   or whether) where the policy has a rule about judgements (bot/engine/judgements.py).

Pure: the GateContext is built once per index version (rule topics), the check per question."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
import yaml

from bot.engine import lexicon as lx
from bot.engine.decide import Decision, other_information, tool_verdict
from bot.engine.evidence import RuleMatch, applies_to
from bot.engine.judgements import asks_for_judgement, judgement_rule
from bot.engine.knowledge import Knowledge
from bot.engine.models import Verdict
from bot.engine.topics import TopicModel, load_topics, phrase_pattern
from bot.engine.understand import names_no_one, no_records

DATA = Path(__file__).resolve().parent / "data"
YES = (Verdict.allowed, Verdict.conditional)

# A question is on a topic when its closeness to the topic is at least Q_TOPIC (or it uses one of
# the topic's terms and is at least Q_TERM close); a rule is on a topic at R_TOPIC. A rule bears on
# the question when they share a topic and the question is at least PAIR_SIM close to the rule.
Q_TOPIC = 0.50
Q_TERM = 0.35
R_TOPIC = 0.50
PAIR_SIM = 0.30
CIRCUMSTANCE = 0.10          # a circumstance topic (topics.yaml `scope`) needs this much more closeness
CIRCUMSTANCE_TERM = 0.20     # ... or, on its terms, this much more
Q_MARGIN = 0.10              # ... and the question must be this much closer to it than to everyday work
Q_TERM_MARGIN = 0.0          # ... or, on its terms, at least as close
# Clearly on the same topic (question STRONG_MARGIN above everyday work, rule at STRONG_RULE), the
# wording may differ more: the pair needs only STRONG_PAIR_SIM.
STRONG_MARGIN = 0.20
STRONG_RULE = 0.60
STRONG_PAIR_SIM = 0.15
# The question uses one of the topic's terms and the rule is at least this close to the topic.
TERM_RULE = 0.70
# A register row's own limit ("switched off when using clinical systems") bears on the question
# when they share a word this rare across the policy (idf), or are this close.
ROW_RARE = 3.0
ROW_SIM = 0.55
# A kind of information is suspected at KIND_SIM (or a listed term and KIND_TERM).
KIND_SIM = 0.55
KIND_TERM = 0.25


@dataclass(frozen=True)
class Variant:
    id: str
    label: str
    says: re.Pattern
    covered_by: tuple[str, ...]
    covered_by_way: tuple[str, ...] = ()
    any_tool: bool = False       # regulated on its own even where any tool may be used


@lru_cache(maxsize=2)
def load_variants(path: Path = DATA / "variants.yaml") -> tuple[Variant, ...]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return tuple(Variant(v["id"], v.get("label", v["id"]), phrase_pattern(v["says"]),
                         tuple(str(x).lower() for x in v.get("covered_by", [])),
                         tuple(str(x).lower() for x in v.get("covered_by_way", [])), bool(v.get("any_tool")))
                 for v in raw.get("variants", []))


@lru_cache(maxsize=2)
def restriction_cues(path: Path = DATA / "restrictions.yaml") -> tuple[str, ...]:
    return tuple(str(c).lower() for c in (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("cues", []))


@lru_cache(maxsize=2)
def _asker_cues(path: Path = DATA / "restrictions.yaml") -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """(how a question describes its asker, words that end the description, words after "not" that
    name no group: restrictions.yaml)."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    words = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    return phrase_pattern(raw.get("asker", [])), words("asker_stop"), words("not_role_stop")


def _fits(word: str, known: set[str]) -> bool:
    """A stem of the asker's description fits one of the row's: "dev" fits "developers", "comms"
    fits "communications"."""
    return word in known or any(k.startswith(word) or (len(k) >= 4 and word.startswith(k)) for k in known)


_ASKER_FILLER = frozenset("the a an my our this that team teams service services department dept unit ward "
                          "group staff member members officer officers person people new".split())
_PLACE_WORDS = frozenset("in at on of from for".split())


def asker_words(question: str) -> list[frozenset[str]]:
    """How the question describes the asker, one set of stems per description: "im in physics not
    marcomms" -> {physics}; "i'm a module leader" -> {modul, leader}; none when it says nothing."""
    from bot.engine.text import stem
    cue, stop, _ = _asker_cues()
    out = []
    for m in cue.finditer(question):
        words = []
        for w in re.findall(r"[a-z0-9][a-z0-9'&-]*|[,.;:?!()\-]", question[m.end():m.end() + 60].lower()):
            if not re.match(r"[a-z0-9]", w) or w in stop or len(words) >= 6:
                break
            words.append(w)
        got = frozenset(stem(w) for w in words if w not in _ASKER_FILLER and w not in _PLACE_WORDS and len(w) > 2)
        if got:
            out.append(got)
    return out


# "im in the commissioning team (not comms)", "i'm not in comms": the group the asker says they are not in
_NOT_ROLE = re.compile(r"(?:\(|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+)not\s+(?:in\s+|part\s+of\s+|on\s+|from\s+|with\s+|a\s+|an\s+)?"
                       r"(?:the\s+)?([a-z][a-z&'-]{2,})", re.I)


def asker_outside(kb: Knowledge, entry, question: str) -> str | None:
    """For a tool the policy restricts (to a team, a service, a pilot, a role), the question's
    description of the asker when no word of it is in what the policy says about the tool; None
    when the question does not describe the asker or the description fits."""
    from bot.engine.text import stem
    if entry is None or entry.status != "restricted":
        return None
    # "im in the commissioning team (not comms)": the asker says they are not in the group the row names
    row = {stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'&-]*", (entry.conditions or "").lower())}
    not_a_group = _asker_cues()[2]
    for m in _NOT_ROLE.finditer(question):
        said = m.group(1).lower()
        if said not in not_a_group and _fits(stem(said), row):
            return f"not {said}"
    described = asker_words(question)
    if not described:
        return None
    said = " ".join([entry.tool, *entry.aliases, entry.conditions or ""] +
                    [kb.clauses[r].text for r in entry.clauses if r in kb.clauses])
    known = {stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'&-]*", said.lower())}
    for words in described:
        if not any(_fits(w, known) for w in words):
            return " ".join(sorted(words))
    return None


def row_limit(kb: Knowledge, entry, question_terms: frozenset[str], sims: np.ndarray) -> tuple[str, int | None] | None:
    """The condition of the row (CSV cell or tools-table cell) that limits where or how the tool
    is used and bears on the question: it shares a rare word with it, or (as a sentence of the
    index) is close to it. Returns (that condition, its sentence index or None)."""
    from bot.engine.knowledge import mapped_terms
    from bot.engine.text import sentences
    cues = restriction_cues()
    own = {kb.sentences[i].text: i for i in kb.by_ref.get(entry.ref, [])}
    for text in sentences(entry.conditions or ""):
        low = text.lower()
        if not any(c in low for c in cues):
            continue
        i = own.get(text)
        rare = {t for t in question_terms & frozenset(mapped_terms(text)) if kb.idf_of(t) >= min(ROW_RARE, kb.max_idf)}
        if rare or (i is not None and sims.size and float(sims[i]) >= ROW_SIM):
            return text, i
    return None


@lru_cache(maxsize=2)
def _preconditions(path: Path = DATA / "preconditions.yaml") -> tuple[re.Pattern, ...]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return (phrase_pattern(raw.get("steps", [])), phrase_pattern(raw.get("unmet", [])),
            phrase_pattern(raw.get("unreviewed", [])), phrase_pattern(raw.get("objected", [])),
            phrase_pattern(raw.get("scope", [])), _outside_pattern(raw.get("outside", [])))


def _outside_pattern(words: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(w) if not w.startswith("n'") else r"\w+" + re.escape(w) for w in words)
    return re.compile(r"(?:\b|(?<=\w))(?:" + alts + r")\b", re.I)


def outside_scope(question: str) -> bool:
    """A negation within six words before a pilot or licence word in the same sentence ("i don't
    think OOH is on the pilot list", "i don't have a licence yet"), or right after it ("the pilot
    isn't running here")."""
    *_, scope, outside = _preconditions()
    for part in re.split(r"[.;!?]", question):
        for m in scope.finditer(part):
            before = " ".join(part[:m.start()].split()[-7:])
            after = " ".join(part[m.end():].split()[:2])
            if outside.search(before) or re.match(r"\s*(?:is|are|does|do|has)?\s*(?:not|n't|isn't|aren't|isnt|arent)\b",
                                                     after, re.I):
                return True
    return False


def precondition_unmet(question: str) -> str | None:
    """What the question says is missing that the policy requires before use, as a sentence for
    the person asked, or None: a step (training, a DPIA) not done; the output going out without a
    person checking it; someone the use involves who objected or was not told; the asker outside
    the tool's pilot or licence."""
    steps, unmet, unreviewed, objected, *_ = _preconditions()
    if (steps.search(question) and unmet.search(question)) or unreviewed.search(question):
        return ("The question says a step the policy requires before use (such as its training or a person "
                "checking the output) is not done or has lapsed; a person should check.")
    if objected.search(question):
        return ("The question says someone involved has objected or has not been told, and the policy may "
                "require their agreement or notice; a person should check.")
    if outside_scope(question):
        return ("The question says you or your service may be outside the tool's pilot or licence; a person "
                "should check.")
    return None


@lru_cache(maxsize=2)
def english_words(path: Path = DATA / "english_words.txt") -> frozenset[str]:
    return frozenset(w.strip().lower() for w in Path(path).read_text(encoding="utf-8").split() if w.strip())


@lru_cache(maxsize=2)
def other_language_words(path: Path = DATA / "other_language_words.txt") -> frozenset[str]:
    lines = (ln.split("#", 1)[0] for ln in Path(path).read_text(encoding="utf-8").splitlines())
    return frozenset(w.lower() for ln in lines for w in ln.split())


def reads_english(text: str) -> bool:
    """Too short to tell, or uses the common words of English ("i" and "a" are Welsh words too),
    and no more of the common words of Welsh or Gaelic (a product name and "chat" in a Welsh
    question are not English enough)."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower()) if w not in ("i", "a")]
    if len(words) < 4:
        return True
    english = sum(w in english_words() for w in words)
    other = sum(w in other_language_words() for w in words)
    if other >= 2 and other > english:
        return False
    return english >= max(1, round(0.12 * len(words)))


@dataclass
class GateContext:
    """What the gate needs from one index version: the rules that can stop a yes, with topics."""
    topics: TopicModel
    kinds: TopicModel
    rule_index: np.ndarray          # sentence indices of rules (forbid / needs approval / undecided)
    rule_topics: np.ndarray         # rules x topics: closeness
    decisive: set = field(default_factory=set)   # rule rows the content owner confirmed as bans
    part_vecs: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), np.float32))
    part_rule: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))   # part -> rule row
    # what each class kept out of every tool lists ("supplier terms", "margins of X Trading"),
    # one phrase per row, with its vector: a question names the class by meaning (class_ban_by_meaning)
    class_phrases: tuple = ()               # (class name, its kind, phrase, terms)
    class_vecs: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), np.float32))

    def pair_sims(self, sims: np.ndarray, qvecs: np.ndarray) -> np.ndarray:
        """Per rule row: its closeness to the question, the best of the whole sentence and of its
        parts (a rule listing several things is as close as its closest item)."""
        out = np.asarray([float(sims[i]) if sims.size else 0.0 for i in self.rule_index], dtype=np.float32)
        if len(self.part_rule):
            ps = (self.part_vecs @ np.atleast_2d(qvecs).T).max(axis=1)
            np.maximum.at(out, self.part_rule, ps)
        return out

    def add_rule(self, i: int, topic: str, forbid: bool) -> None:
        """A rule the content owner states (policy-map.yaml): sentence i is on `topic` for certain."""
        j = self.topics.ids.index(topic)
        rows = np.flatnonzero(self.rule_index == i)
        if rows.size:
            r = int(rows[0])
        else:
            self.rule_index = np.append(self.rule_index, i)
            self.rule_topics = np.vstack([self.rule_topics, np.zeros((1, self.rule_topics.shape[1]), np.float32)])
            r = len(self.rule_index) - 1
        self.rule_topics[r, j] = 1.0
        if forbid:
            self.decisive.add(r)

    @property
    def decisive_sentences(self) -> set[int]:
        return {int(self.rule_index[r]) for r in self.decisive}

    @property
    def base(self) -> int:
        return next(j for j, t in enumerate(self.topics.topics) if t.baseline)

    @classmethod
    def build(cls, kb: Knowledge, embed) -> "GateContext":
        topics = TopicModel(embed, load_topics())
        kinds = TopicModel(embed, load_topics(DATA / "data_kinds.yaml"))
        idx = [i for i, s in enumerate(kb.sentences) if is_rule(s)]
        rule_index = np.asarray(idx, dtype=np.int64)
        if idx:
            scores = topics.scores(kb.vectors[rule_index])
            obj = kb.object_vectors[rule_index]
            has_obj = np.linalg.norm(obj, axis=1) > 0
            if has_obj.any():
                scores[has_obj] = np.maximum(scores[has_obj], topics.scores(obj[has_obj]))
            # a rule that lists several things ("commercially confidential or legally privileged,
            # such as tender bids, advice from Legal Services, ...") is about each of them
            parts = [(r, t) for r, i in enumerate(idx) for t in rule_parts(kb.sentences[i].text)]
            pv = np.zeros((0, kb.vectors.shape[1]), np.float32)
            if parts:
                pv = np.asarray(embed([t for _, t in parts]), dtype=np.float32)
                pv /= np.clip(np.linalg.norm(pv, axis=1, keepdims=True), 1e-12, None)
                ps = topics.scores(pv)
                for k, (r, _) in enumerate(parts):
                    scores[r] = np.maximum(scores[r], ps[k])
            return cls(topics=topics, kinds=kinds, rule_index=rule_index, rule_topics=scores, part_vecs=pv,
                       part_rule=np.asarray([r for r, _ in parts], dtype=np.int64), **_class_phrases(kb, embed))
        scores = np.zeros((0, len(topics.topics)), dtype=np.float32)
        return cls(topics=topics, kinds=kinds, rule_index=rule_index, rule_topics=scores, **_class_phrases(kb, embed))


def _class_phrases(kb: Knowledge, embed) -> dict:
    """The phrases of what each class kept out of every AI tool lists, with their vectors."""
    from bot.engine.data_classes import _phrase_terms, _split
    bans = getattr(kb, "class_bans", None) or {}
    rows = [(c.name, c.kind, p, _phrase_terms(p)) for c in kb.info_classes.classes if c.name in bans
            for ex in c.examples for p in _split(ex) if 2 <= len(p.split()) <= 14]
    rows = [r for r in rows if r[3]]
    if not rows:
        return {}
    vecs = np.asarray(embed([p for _, _, p, _ in rows]), dtype=np.float32)
    vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)
    return {"class_phrases": tuple(rows), "class_vecs": vecs}


# A question names a class by meaning when it shares rare words with one of the things the class
# lists and is close to it: two words and CLASS_PHRASE_SIM ("supplier costs and margins" ~ "supplier
# terms and margins"), one word and CLASS_WORD_SIM ("who gets free dinners" ~ "free school meals").
CLASS_PHRASE_SIM = 0.42
CLASS_WORD_SIM = 0.48


def class_ban_by_meaning(kb: Knowledge, ctx: "GateContext", qvecs: np.ndarray, u, entry=None) -> tuple[int, str] | None:
    """(ban sentence, class name) when the question describes one of the things a class kept out
    of every tool lists: a rare word in common and close in meaning. Not for published material,
    nor where a listed row takes the class's kind (as class_ban)."""
    from bot.engine.knowledge import distinctive_terms
    if not ctx.class_phrases or qvecs is None or u.data_kinds == {"public"} or no_records(u):
        return None
    q = set(distinctive_terms(u.question, kb))
    sims = (ctx.class_vecs @ np.atleast_2d(qvecs).T).max(axis=1)
    rare = min(3.0, kb.max_idf)
    no_ones = names_no_one(u)
    best = None
    for k, (name, kind, _, terms_) in enumerate(ctx.class_phrases):
        shared = sum(kb.idf_of(t) >= rare for t in terms_ & q)
        if not shared or float(sims[k]) < (CLASS_PHRASE_SIM if shared >= 2 else CLASS_WORD_SIM):
            continue
        if no_ones and kind in ("personal", "special_category"):
            continue      # "a general explainer on exclusive rights of burial": the topic, not anyone's records
        if best is None or sims[k] > sims[best]:
            best = k
    if best is None:
        return None
    name, kind = ctx.class_phrases[best][:2]
    if entry is not None and kind in entry.data_allowed and kind != "internal" and entry.ref in kb.listed:
        return None
    return kb.class_bans[name], name


_PART_SPLIT = re.compile(r"\s*(?:[,;:()]|\bsuch as\b|\bincluding\b|\bfor example\b|\be\.g\.|\bor\b|\band\b)\s*", re.I)


def rule_parts(text: str) -> list[str]:
    """The parts of a rule that lists several things, each with the rule's verb phrase in front
    ("must not enter" + "advice from Legal Services"); none for a rule that lists nothing."""
    pieces = [p for p in _PART_SPLIT.split(text) if p and len(p.split()) >= 2]
    if len(pieces) < 3:
        return []
    head = " ".join(pieces[0].split()[:8])
    return [f"{head} {p}" for p in pieces[1:12]]


def is_rule(s) -> bool:
    """A sentence that can stop a yes: a prohibition (also one with a condition: "must not enter
    tender bids before a contract is awarded"), a use that needs approval, an undecided point (a
    register row's own conditions are the row's conditions, handled with the row)."""
    return not s.register and (s.prohibitive or s.forbids or s.needs_approval or s.undecided)


@dataclass(frozen=True)
class QuestionSignals:
    topic_scores: np.ndarray        # per topic
    topic_terms: np.ndarray         # per topic, 1.0 where a term matched
    kind_scores: np.ndarray
    kind_terms: np.ndarray

    def topics(self, ctx: GateContext) -> list[int]:
        s, t = self.topic_scores, self.topic_terms
        base = s[ctx.base]
        # by meaning: clearly closer to the topic than to everyday work; by one of its terms: at
        # least as close to it as to everyday work (the term says what the meaning blurs)
        return [j for j, tp in enumerate(ctx.topics.topics) if not tp.baseline
                and ((s[j] - base >= Q_MARGIN and s[j] >= Q_TOPIC + (CIRCUMSTANCE if tp.circumstance else 0.0))
                     or (t[j] and s[j] - base >= Q_TERM_MARGIN
                         and s[j] >= Q_TERM + (CIRCUMSTANCE_TERM if tp.circumstance else 0.0)))]

    def kinds(self, ctx: GateContext) -> set[str]:
        s, t = self.kind_scores, self.kind_terms
        return {ctx.kinds.topics[j].id for j in range(len(s)) if s[j] >= KIND_SIM or (t[j] and s[j] >= KIND_TERM)}


def signals(ctx: GateContext, qvecs: np.ndarray, text: str, topics: tuple[str, ...] = ()) -> QuestionSignals:
    """The question's closeness to each topic and kind (best over its vectors: whole question and
    the question without AI words); `topics` are certain (the organisation's own terms for them)."""
    from bot.redact import without_placeholders
    plain = without_placeholders(text)
    scores = ctx.topics.scores(qvecs).max(axis=0)
    terms = ctx.topics.term_hits(plain)
    for t in topics:
        scores[ctx.topics.ids.index(t)] = 1.0
        terms[ctx.topics.ids.index(t)] = 1.0
    return QuestionSignals(scores, terms, ctx.kinds.scores(qvecs).max(axis=0), ctx.kinds.term_hits(plain))


@lru_cache(maxsize=2)
def edition_cues(path: Path = DATA / "editions.yaml") -> re.Pattern:
    return phrase_pattern((yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("other_edition", []))


def meant_row(question: str, entries) -> "RegisterEntry | None":
    """The row a short name shared by several rows means, when the question says nothing that
    points elsewhere: rows whose own name adds a word the question does not have ("GitHub
    Copilot", "Copilot in Teams" for "copilot") are not meant; of the rest, the approved row with
    the narrowest permissions (the edition everyone has, not a licensed or piloted one). None when
    the question names an edition ("my copilot licence", "copilot in outlook") or no row is left.
    A row the question names by one of its own names or aliases is the only candidate besides
    others it names so."""
    from bot.engine.text import normalise
    from bot.engine.tools import WEAK_TOKENS
    if edition_cues().search(question):
        return None
    said = set(normalise(question).split())
    q = normalise(question)
    named = [e for e in entries if any(re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", q)
                                       for n in map(normalise, (e.tool, *e.aliases)) if n)]
    if named:           # a name or alias of its own ("quill"): only the rows it names
        entries = named

    def words(e) -> set[str]:
        name = normalise(re.sub(r"\(.*?\)", " ", e.tool)) or normalise(e.tool)
        return {t for t in name.split() if len(t) >= 3 and t not in WEAK_TOKENS and not t.isdigit()}
    common = set.intersection(*(words(e) for e in entries))
    specific = [e for e in entries if words(e) - common and words(e) - common <= said]
    plain = specific or [e for e in entries if not (words(e) - common - said)]
    approved = [e for e in plain if e.status == "approved"]
    if not approved:
        return None
    return min(approved, key=lambda e: (len(e.data_allowed), entries.index(e)))


def _variant(question: str, entry) -> Variant | None:
    """A way of reaching the product that its register row does not cover. A `covered_by` word in
    the row covers every question of the variant; a `covered_by_way` word ("outlook", "teams")
    names one particular way and covers only a question that names it: a row mentioning the
    Copilot app in Teams does not cover Copilot in Outlook."""
    named = " ".join([entry.tool, *entry.aliases])
    row = " ".join([named, *_permitting(entry.conditions, question, named)]).lower()
    for v in load_variants():
        said = " ".join(m.group(0).lower() for m in v.says.finditer(question))
        if not said:
            continue
        if not (any(w in row for w in v.covered_by) or any(w in row and w in said for w in v.covered_by_way)):
            return v
    return None


_NEGATING = re.compile(r"\b(?:not|never|no|nor|cannot|can't|mustn't|prohibited|banned|forbidden)\b", re.I)


def _permitting(conditions: str, question: str = "", tool: str = "") -> list[str]:
    """The row's sentences that permit or describe use: one saying a way is not allowed ("personal
    or consumer versions are not allowed") mentions that way without covering it, and so does one
    that limits use to named ways ("may be used only on Force-managed laptops and on Force-issued
    smartphones" does not cover a home iPad)."""
    from bot.engine.text import sentences
    return [t for t in sentences(conditions or "") if not _NEGATING.search(t)
            and not (_ONLY.search(t) and not (_OWN_WAY.search(t) and _names_the_way(t, question, tool)))]


def _names_the_way(sentence: str, question: str, tool: str = "") -> bool:
    """"... on a personal phone only through the Teams app enrolled under ...": the question
    names the way the sentence allows (a word of it after "only through/via/in/on/into"), other
    than the tool's own name ("only into Copilot Chat signed in with your work account")."""
    from bot.engine.text import stem
    m = _ONLY.search(sentence)
    own = {stem(w) for w in re.findall(r"[a-z0-9]+", tool.lower())}
    way = {stem(w) for w in re.findall(r"[a-z0-9]+", sentence[m.end():m.end() + 160].lower())
           if len(w) > 2 and w not in _WAY_STOP} - own
    asked = {stem(w) for w in re.findall(r"[a-z0-9]+", question.lower())}
    return bool(way & asked)


_WAY_STOP = frozenset("the and for with that this their your our its are was any all may must not only "
                      "device devices phone phones tablet tablets personal personally owned own use used "
                      "staff work account accounts signed sign".split())


_OWN_WAY = re.compile(r"\b(?:personal(?:ly)?|own|private|home|byod)\b", re.I)   # "... on personal devices only through ..."
_ONLY = re.compile(r"\bonly\s+(?:on|in|into|through|via|from|with\s+(?:a|an|the)?\s*(?:work|managed|force|council|trust))\b", re.I)


def _unsure(d: Decision, reason: str, message: str, evidence: RuleMatch | None = None) -> Decision:
    return replace(d, verdict=Verdict.unsure, reason=reason, evidence=evidence or d.evidence, escalate=True,
                   escalation_reason=message, blocked_kinds=(), notes=[*d.notes, "yes_not_earned"])


def earn_yes(d: Decision, u, kb: Knowledge, ctx: GateContext | None, sig: QuestionSignals | None,
             sims: np.ndarray, qvecs: np.ndarray | None = None) -> Decision:
    """`d` if it is not a yes or the yes is earned; otherwise an escalated `unsure` saying why."""
    if d.verdict not in YES:
        return d
    q = u.question
    # 1. language
    if not reads_english(q):
        return _unsure(d, "language", "The question is not in English, which I can't read reliably; "
                                      "a person should answer it.")
    # 2. the tool: one permitting row
    entries = list(u.tools.entries)
    if len(entries) > 1:
        worst = [e for e in entries if tool_verdict(e, u.data_kinds)[0] not in YES]
        meant = meant_row(q, entries) if worst else None
        if meant is not None:
            v, blocked = tool_verdict(meant, u.data_kinds)
            if v not in YES:
                return replace(d, verdict=v, reason="data_not_allowed", entry=meant, blocked_kinds=blocked,
                               escalate=False, escalation_reason=None, alternatives=())
            d = replace(d, entry=meant, verdict=v if d.verdict != Verdict.conditional else d.verdict)
            entries, worst = [meant], []
        if worst:
            names = ", ".join(e.tool for e in entries)
            return _unsure(d, "ambiguous_tool", f"The name fits several tools with different rules ({names}); "
                                                "a person should confirm which one and whether it may be used.")
    for e in ([d.entry] if d.entry is not None else []):
        v = _variant(q, e)
        if v is not None:
            return _unsure(d, "tool_variant", f"{e.tool} is listed, but the question is about {v.label}, "
                                              "which its entry does not cover.")
    outside = asker_outside(kb, d.entry, q)
    if outside is not None:
        return _unsure(d, "asker_outside", f"{d.entry.tool} is restricted to some people or uses, and the question "
                                           "describes you in words its entry does not use; a person should check "
                                           "that you are within it.")
    if d.entry is None and d.reason == "any_tool_permits":     # the stance: "any tool, within the rules"
        said = (d.evidence.sentence.text if d.evidence is not None else "").lower()
        v = next((v for v in load_variants() if v.any_tool and v.says.search(q)
                  and not any(w in said for w in v.covered_by)), None)
        if v is not None:
            return _unsure(d, "tool_variant", f"The policy lets staff use AI tools it does not list, but the question "
                                              f"is about {v.label}, which policies regulate on its own; a person "
                                              "should check.")
    if d.entry is None:          # "yes, with an approved tool": not for a tool someone else runs
        v = next((v for v in load_variants() if v.id == "someone_elses_tool" and v.says.search(q)), None)
        if v is not None:
            return _unsure(d, "tool_variant", f"The question is about {v.label}, which the policy's approved "
                                              "tools do not cover; a person should check.")
    if d.entry is not None and d.entry.ref in kb.listed:     # a listed row's own exclusions
        from bot.engine.knowledge import distinctive_terms, use_terms
        from bot.engine.understand import without_tool_names
        hit = row_limit(kb, d.entry, use_terms(distinctive_terms(without_tool_names(q, u.tools), kb)), sims)
        if hit is not None:
            text, i = hit
            ev = RuleMatch(i, kb.sentences[i], float(sims[i]) if sims.size else 0.0, 0.0, frozenset(), 0.0) \
                if i is not None else None
            return _unsure(d, "row_limit", f"{d.entry.tool}'s entry in the tools list limits where or how it is "
                                           f"used (\u201c{text}\u201d), which may cover this; a person should check.",
                           evidence=ev)
    missing = precondition_unmet(q)
    if missing:
        return _unsure(d, "precondition_unmet", missing)
    # information of a class the policy keeps out of every tool ("Lender information must not be
    # entered into any generative AI tool"), named or described by what its definition lists
    ban = class_ban(kb, q, u, d.entry)
    if ban is None and ctx is not None:
        ban = class_ban_by_meaning(kb, ctx, qvecs, u, d.entry)
    if ban is not None:
        i, cls = ban
        s = kb.sentences[i]
        ev = RuleMatch(i, s, float(sims[i]) if sims.size else 0.0, 0.0, frozenset(), 0.0)
        if s.qualified or _EXCEPT.search(s.text):     # "... except under an Approved Use Case": a person decides
            return _unsure(d, "rule_may_apply", f"The policy keeps {cls} out of AI tools with exceptions "
                                                f"({s.ref}); a person should check.", evidence=ev)
        return replace(d, verdict=Verdict.not_allowed, reason="use_prohibited", evidence=ev, escalate=False,
                       escalation_reason=None, blocked_kinds=(), alternatives=(), notes=[*d.notes, "class_ban"])
    if ctx is None or sig is None:
        return d
    # 3. information the tool may not take, described without its keywords
    allowed = set(d.entry.data_allowed) if d.entry is not None else \
        set.intersection(*(set(e.data_allowed) for e in d.alternatives)) if d.alternatives else set()
    suspected = sig.kinds(ctx) - set(u.data_kinds)
    if u.data_kinds == {"public"}:
        suspected = set()      # published material: its topic is not its data
    elif names_no_one(u):
        suspected -= {"personal", "special_category"}     # "a blank handover template": its topic, not data
    missing = [k for k in lx.DATA_KIND_ORDER if k in suspected and k not in allowed]
    if missing:
        words = " and ".join(lx.DATA_KIND_WORDS[k] for k in missing)
        return _unsure(d, "data_suspected", f"The question may involve {words} information, which "
                                            f"{d.entry.tool if d.entry else 'the approved tools'} may not take; "
                                            "a person should check.")
    # how close each rule is to the question (question variants and the rule's lead-in counted):
    # read once, by step 4 and by step 5
    pair = ctx.pair_sims(sims, qvecs) if qvecs is not None else None
    # 4. a rule that forbids, needs approval or is undecided, on the same topic
    hit = bearing_rule(kb, ctx, sig, sims, frozenset(e.ref for e in entries), pair)
    if hit is not None:
        i, topic = hit
        s = kb.sentences[i]
        if i in ctx.decisive_sentences:     # a ban the content owner confirmed: no
            ev = RuleMatch(i, s, float(sims[i]), float(sims[i]), frozenset(), 0.0)
            return replace(d, verdict=Verdict.not_allowed, reason="use_prohibited", evidence=ev, escalate=False,
                           escalation_reason=None, notes=[*d.notes, "confirmed_rule"])
        kind = "leaves undecided" if s.undecided else "needs approval for" if s.needs_approval else "restricts"
        ev = RuleMatch(i, s, float(sims[i]), float(sims[i]), frozenset(), 0.0)
        if s.prohibitive and not (s.undecided or s.needs_approval or topic.circumstance) and u.data_kinds != {"public"}:
            # an unqualified ban on what the question is about: the answer is the ban, and a
            # person is asked in case the question is an exception the rule did not foresee
            return replace(d, verdict=Verdict.not_allowed, reason="use_prohibited", evidence=ev, escalate=True,
                           escalation_reason=f"The policy forbids {topic.label} ({s.ref}); the governance team has "
                                             "been asked in case your case is an exception.",
                           blocked_kinds=(), alternatives=(), notes=[*d.notes, "topic_ban"])
        return _unsure(d, "rule_may_apply", f"The policy {kind} {topic.label} ({s.ref}), which may cover this; "
                                            "a person should check before you go ahead.", evidence=ev)
    # 5. a rule that, read together with the question, settles it (the pair model)
    # (not on published material: its topic is not its data, and no rule read this way has settled
    # a question about published material as a no in the evaluation sets: 15 of 15 were wrong noes)
    hit = pair_rule(kb, ctx, q, pair, u) if u.data_kinds != {"public"} else None
    if hit is not None:
        s = kb.sentences[hit]
        ev = RuleMatch(hit, s, float(sims[hit]), float(sims[hit]), frozenset(), 0.0)
        text = s.text if len(s.text) <= 160 else s.text[:157].rstrip() + "…"
        return _unsure(d, "rule_may_apply", f"A rule of the policy may cover this (\u201c{text}\u201d, {s.ref}); "
                                            "a person should check before you go ahead.", evidence=ev)
    # 6. the tool asked for a judgement ("tell me whether", "rank", "which quote we should buy") where
    # the policy has a rule about judgements ("must not make or inform decisions"): a person decides
    asked = asks_for_judgement(q)
    if asked is not None and pair is not None:
        tools = frozenset(e.ref for e in entries)
        i = judgement_rule(kb, ctx.rule_index, pair, lambda i: applies_to(kb, i, tools))
        if i is not None:
            s = kb.sentences[i]
            ev = RuleMatch(i, s, float(sims[i]), float(sims[i]), frozenset(), 0.0)
            return _unsure(d, "judgement_asked", f"The question asks the tool for a judgement (\u201c{asked}\u201d), "
                                                 f"and the policy restricts AI judgements ({s.ref}); a person should "
                                                 "decide.", evidence=ev)
    return d


def pair_rule(kb: Knowledge, ctx: GateContext, q: str, pair: np.ndarray | None, u=None) -> int | None:
    """The rule (sentence index) among the few closest to the question (`pair`: each rule's
    similarity, `GateContext.pair_sims`) that the pair model reads as settling it as a no or leaving
    it open (`bot/engine/pair_model.py`: either shipped model); None when none does or no model is
    shipped."""
    from bot.engine import pair_model
    if pair is None or not len(ctx.rule_index) or not pair_model.shipped():
        return None
    top = pair_model.reads()
    order = np.argsort(-pair, kind="stable")
    # a rule with a condition ("must not ... unless", "until ...") is a condition to follow, not a
    # stop; a lead-in ("... must not be used in:") says nothing until its items do (they are rules):
    # the closest `top` of the others are read
    idx = list(islice((i for i in (int(ctx.rule_index[r]) for r in order)
                       if not (kb.sentences[i].qualified and not kb.sentences[i].undecided)
                       and not kb.sentences[i].text.rstrip().endswith(":")
                       and not (u is not None and other_information(kb, i, u))), top))
    if not idx:
        return None
    p = pair_model.settles(q, [kb.sentences[i].shown for i in idx])
    best = int(np.argmax(p))
    return idx[best] if float(p[best]) >= 1.0 else None


_EXCEPT = re.compile(r"\b(?:other\s+than|except|unless|apart\s+from|besides|save\s+for)\b", re.I)


def class_ban(kb: Knowledge, q: str, u, entry=None) -> tuple[int, str] | None:
    """(ban sentence, class name) when the question involves a class the policy keeps out of every
    tool; published material is no class's, and a listed row that takes the class's kind is the
    policy's own exception ("ScribeAssist may be used with Class 4 information")."""
    bans = getattr(kb, "class_bans", None)
    if not bans or u.data_kinds == {"public"} or no_records(u):
        return None
    more = {name: [text] for name, text in kb.class_ban_texts.items()}
    for c in kb.info_classes.named_in(q, kb.idf, more, min_terms=2):
        if c.name not in bans:
            continue
        if entry is not None and c.kind in entry.data_allowed and c.kind != "internal" and entry.ref in kb.listed:
            continue
        return bans[c.name], c.name
    return None


def bearing_rule(kb: Knowledge, ctx: GateContext, sig: QuestionSignals, sims: np.ndarray,
                 tools: frozenset[str], pair: np.ndarray | None = None):
    """The closest rule that shares a topic with the question and applies to its tools, with that
    topic; None when there is none. `pair`: each rule's similarity to the question
    (`GateContext.pair_sims`); without it, the sentence similarities `sims`."""
    qt = sig.topics(ctx)
    if not qt or not len(ctx.rule_index):
        return None
    if pair is None:
        pair = np.asarray([sims[i] for i in ctx.rule_index])
    best = None
    for r, i in enumerate(ctx.rule_index):
        sim = float(pair[r])
        s = kb.sentences[int(i)]
        conditional_ban = s.forbids and not (s.prohibitive or s.needs_approval or s.undecided)
        # on a circumstance topic (publication, recording, ...) a ban with a condition ("must not
        # publish AI images unless they are labelled") is a condition to follow, not a stop
        shared = [j for j in qt if ctx.rule_topics[r, j] >= R_TOPIC
                  and not (conditional_ban and ctx.topics.topics[j].circumstance)]
        base = sig.topic_scores[ctx.base]
        # close enough in wording; or clearly on the same topic (the wording may differ more); or
        # the question names the topic in its own terms ("unpublished") and the rule is plainly
        # about it (a one-word topic in a long question leaves the sentences far apart)
        shared = [j for j in shared if sim >= PAIR_SIM or (
            sim >= STRONG_PAIR_SIM and ctx.rule_topics[r, j] >= STRONG_RULE and sig.topic_scores[j] - base >= STRONG_MARGIN)
            or (sig.topic_terms[j] and ctx.rule_topics[r, j] >= TERM_RULE)]
        if not shared or not applies_to(kb, int(i), tools):
            continue
        if best is None or sim > best[0]:
            j = max(shared, key=lambda j: ctx.rule_topics[r, j] + sig.topic_scores[j])
            best = (sim, int(i), ctx.topics.topics[j])
    return (best[1], best[2]) if best else None
