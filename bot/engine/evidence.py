"""Finding the policy sentences that bear on a question: prohibitions of a use, questions the
policy leaves undecided, conditions that apply. Pure functions over a Knowledge and vectors."""
from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Callable, Iterable

import numpy as np

from bot.engine import lexicon as lx
from bot.engine.knowledge import Knowledge, Sentence
from bot.engine.text import stem

# A sentence bears on a question when they share words that say what is being done (weighted
# by rarity across the policy) and their meanings are close. Both thresholds are deliberately
# moderate: a prohibition that fires wrongly gives a wrong "no", one that never fires could
# give a wrong "yes", and the latter is the error we never accept.
MIN_SIM = 0.15
MIN_WEIGHT = 2.2
MIN_SCORE = 0.45
WEIGHT_FACTOR = 0.06
ILLUSTRATIVE = re.compile(r"\b(any|all|including|such as|for example|e\.g\.|whatever|every|other)\b", re.I)


@dataclass(frozen=True)
class Evidence:
    index: int
    sentence: Sentence
    sim: float
    shared: frozenset[str]
    weight: float

    @property
    def score(self) -> float:
        return self.sim + WEIGHT_FACTOR * self.weight

    @property
    def ref(self) -> str:
        return self.sentence.ref


def sentence_sims(kb: Knowledge, qvec: np.ndarray) -> np.ndarray:
    if kb.vectors.shape[0] == 0:
        return np.zeros(0, dtype=np.float32)
    return kb.vectors @ qvec


def match(kb: Knowledge, sims: np.ndarray, qterms: frozenset[str], keep: Callable[[Sentence], bool],
          refs: Iterable[str] | None = None, min_sim: float = MIN_SIM, min_weight: float = MIN_WEIGHT,
          min_score: float = MIN_SCORE, applies: Callable[[int], bool] | None = None) -> list[Evidence]:
    """Sentences passing `keep` that share distinctive terms with the question, best first."""
    if refs is not None:
        idx = [i for r in dict.fromkeys(refs) for i in kb.by_ref.get(r, [])]
    else:
        idx = range(len(kb.sentences))
    out = []
    for i in idx:
        s = kb.sentences[i]
        if not keep(s) or (applies is not None and not applies(i)):
            continue
        shared = qterms & s.core
        if not shared:
            continue
        w = sum(kb.idf_of(t) for t in shared)
        sim = float(sims[i])
        ev = Evidence(i, s, sim, frozenset(shared), w)
        if sim >= min_sim and w >= min_weight and ev.score >= min_score:
            out.append(ev)
    out.sort(key=lambda e: -e.score)
    return out


def best_sentence(kb: Knowledge, sims: np.ndarray, ref: str, prefer: Callable[[Sentence], bool] | None = None,
                  qterms: frozenset[str] = frozenset()) -> Sentence | None:
    """The sentence of a clause that best carries what the question asks about."""
    best, best_score = None, -1e9
    for i in kb.by_ref.get(ref, []):
        s = kb.sentences[i]
        score = float(sims[i]) + 0.04 * sum(kb.idf_of(t) for t in qterms & s.terms)
        if prefer is not None and prefer(s):
            score += 0.15
        if len(s.text) < 25:
            score -= 0.1
        if score > best_score:
            best, best_score = s, score
    return best


def clause_relevance(kb: Knowledge, sims: np.ndarray, ref: str) -> float:
    idx = kb.by_ref.get(ref, [])
    return float(max((sims[i] for i in idx), default=0.0))


def applies_to(kb: Knowledge, i: int, tools: frozenset[str]) -> bool:
    """Does sentence i bear on a question about `tools` (register refs; empty = no tool named)?
    A rule that names other tools (in the sentence, or failing that in its clause) applies to
    those tools only, unless it is worded to cover tools generally ("any", "including", ...)."""
    s = kb.sentences[i]
    if s.register:
        return s.ref in tools
    named = kb.sentence_tools[i] or kb.clause_tools.get(s.ref, frozenset())
    if not named or named & tools:
        return True
    if s.prohibitive and specific_subject(kb, s) & tool_words(kb, tools, distinctive=True):
        return True   # "Transcription and meeting recap must not ...": about Teams transcription too
    # "General-purpose tools, including Copilot Chat, must not ...": the names are examples
    said = s.lead if i in kb.tools_from_lead else s.text    # tools named in the lead-in: its examples too
    m = lx.PROHIBITIVE.search(said)
    head = said[:m.start()] if m else said
    return bool(ILLUSTRATIVE.search(head))


GENERIC_ACTIONS = frozenset(stem(w) for w in """write draft create make produce generate summarise summarize
help prepare edit check review send get give take use put do work find read draw tidy improve""".split())
GENERIC_SUBJECT = frozenset(["genai", "ai", "generat", "artifici", "intellig", "tool", "staff", "user", "member", "employe", "offic", "output",
                             "content", "gener", "person", "peopl", "anyon", "nobodi", "council", "organis"])


@dataclass(frozen=True)
class RuleMatch:
    """A prohibition (or an undecided point) set against a question."""
    index: int
    sentence: Sentence
    sim: float            # question vs whole sentence
    obj_sim: float        # question vs the banned-use segment
    shared: frozenset[str]
    weight: float
    rarest_common: float = 0.0   # the smallest weight among the shared words
    names_product: bool = False  # a shared word is a product the rule names ("such as GPTZero")

    @property
    def ref(self) -> str:
        return self.sentence.ref

    @property
    def score(self) -> float:
        return max(self.sim, self.obj_sim) + WEIGHT_FACTOR * self.weight

    def decisive(self, actions: frozenset[str], subject_matched: bool = False, own_tool: bool = False) -> bool:
        """Strong enough to answer "no" on. An activity ban needs the question to do that
        activity (and more than a generic verb like "write"); an occasion ban needs the occasion
        (two shared words, e.g. "IFR panel") or one word with close meaning; a ban on a named
        activity ("Machine translation must not ...") that the question is about needs two
        shared words; many shared words carry it alone."""
        s, n = self.sentence, len(self.shared)
        if s.extends:
            # "This includes recruitment shortlisting, housing benefit, ...": the examples name
            # areas as well as activities; only the activity done in the question is a "no"
            done = self.shared & s.activity & actions
            return bool(done - GENERIC_ACTIONS) and self.score >= 0.5
        if self.names_product and self.score >= 0.5:
            return True   # "must not upload student work to any other AI detection tool, such as GPTZero"
        if n >= 3 and self.score >= 0.8:
            return True
        if subject_matched and n >= 2 and self.score >= 0.5:
            return True
        if own_tool and self.weight >= 3.2 and self.score >= 0.5:
            return True   # a rule naming the very tool asked about, on a rare shared word
        if n >= 2 and self.rarest_common >= 2.5 and self.weight >= 6.0 and min(self.sim, self.obj_sim) >= 0.38:
            return True   # two rare words of the banned use, and close in meaning ("safe distances")
        if s.setting:
            # the occasion named in the question, or one rare name of it ("MARAC") in the list
            return ((n >= 2 and self.score >= 0.55) or (self.sim >= 0.4 and self.obj_sim >= 0.4 and self.score >= 0.6)
                    or (self.rarest_common >= 4.0 and self.score >= 0.5 and _whole_words(s.text, self.shared)))
        done = self.shared & s.activity & actions
        # the same everyday verbs ("read", "summarise") alone are no match: the ban's object must
        # share a word too ("summarise individual applications" vs "summarise a journal article")
        if done and (done - GENERIC_ACTIONS or (n >= 2 and self.shared - GENERIC_ACTIONS)):
            return self.score >= 0.45
        return False


def _whole_words(text: str, wanted: frozenset[str]) -> bool:
    """Every wanted term stands as a word of its own in the text ("MARAC"), not as part of a
    hyphenated one ("multi-agency" is no "agency")."""
    own = {stem(w.lower()) for w in re.findall(r"(?<![\w-])[A-Za-z][A-Za-z']*(?![\w-])", text)}
    return wanted <= own


def specific_subject(kb: Knowledge, s: Sentence) -> frozenset[str]:
    return frozenset(t for t in s.subject if t not in GENERIC_SUBJECT and t not in kb.tool_terms and len(t) > 2)


def subject_fits(kb: Knowledge, s: Sentence, qterms_all: frozenset[str], tools: frozenset[str], i: int) -> bool:
    """A rule whose subject is specific ("Machine translation must not ...", "Image generators
    may not ...") bears only on questions about that subject."""
    specific = specific_subject(kb, s)
    if not specific:
        return True
    if specific & qterms_all:
        return True
    if kb.sentence_tools[i] & tools:
        return True
    # "Transcription must not be used in ..." bears on a question about "Teams transcription"
    return bool(specific & tool_words(kb, tools))


def tool_words(kb: Knowledge, tools: frozenset[str], distinctive: bool = False) -> frozenset[str]:
    """The terms of the names and aliases of the register rows asked about, and of the kinds of
    tool the policy counts them among; with `distinctive`, only terms no other row's names have
    ("transcription" for Teams transcription, not "teams", which Copilot in Teams has too)."""
    out: set[str] = set()
    for ref in tools:
        out |= kb.entry_words.get(ref, frozenset())
        out |= kb.entry_categories.get(ref, frozenset())     # "consumer chatbots" for ChatGPT
    if distinctive:
        for ref, words in kb.entry_words.items():
            if ref not in tools:
                out -= words
    return frozenset(out)


def rule_matches(kb: Knowledge, sims: np.ndarray, obj_sims: np.ndarray, qterms: frozenset[str],
                 qterms_all: frozenset[str], tools: frozenset[str], undecided: bool,
                 approval: bool = False) -> list[RuleMatch]:
    """Prohibitions (or, with `undecided`, undecided points; with `approval`, uses the policy
    says need approval first) that share words with the question and bear on its tools."""
    out = []
    for i, s in enumerate(kb.sentences):
        if approval:
            if not s.needs_approval or s.undecided or s.prohibitive or s.register:
                continue
            shared = qterms & s.core           # the use needing approval may be the subject
        elif undecided:
            if not s.undecided:
                continue
            shared = qterms & (s.object or s.core)    # the undecided part of the sentence
        else:
            if not s.prohibitive or s.undecided:
                continue
            shared = qterms & s.object
        if not shared or not applies_to(kb, i, tools) or not subject_fits(kb, s, qterms_all, tools, i):
            continue
        ws = [kb.idf_of(t) for t in shared]
        out.append(RuleMatch(i, s, float(sims[i]), float(obj_sims[i]), frozenset(shared), sum(ws), min(ws),
                             bool(shared & s.products)))
    out.sort(key=lambda r: -r.score)
    return out
