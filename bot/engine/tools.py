"""Which tool a question is about: register rows by name, alias, shared words or misspelling,
and AI products the register does not list. Built once per index version; matching is pure."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bot.engine.lexicon import (CALLED_PRODUCT, DESCRIBED_PRODUCT, KNOWN_AI_FEATURES, KNOWN_AI_PRODUCTS, PRODUCT_ALIASES,
                                UNNAMED_AI_FEATURE)
from bot.engine.text import contains_phrase, normalise, stem
from index.models import RegisterEntry

# words that appear in product names but identify nothing on their own
WEAK_TOKENS = frozenset("""
ai the a an app apps tool tools chat free version pro plus premium account personal with in for of on
and or by to my your our work business enterprise edition microsoft google meta adobe amazon openai
online web browser extension assistant assistants bot bots other any generic new basic standard
note notes read green clear shield meeting meetings recap summary team chat scribe taker takers maker
image images video voice write writer writing studio design designer office home mobile desktop
plan plans pilot service services system systems data notebook search engine model models live
""".split())
_DETERMINERS = frozenset("a an the my our their this these those it them his her some all every".split())
BRAND_TOKENS = frozenset("microsoft google meta adobe amazon openai anthropic apple zoom".split())
_POSSESSIVE = re.compile(r"(\w)['\u2019]s\b")


@lru_cache(maxsize=4096)
def _whole(phrase: str) -> re.Pattern:
    """The phrase as whole words (not inside a longer word or number)."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")


@dataclass(frozen=True)
class ToolMatch:
    """The outcome of reading tool names in a question."""
    entries: tuple[RegisterEntry, ...] = ()   # register rows it may be about (more than one = ambiguous)
    exact: bool = False                       # named by a full name or alias (not just shared words)
    unknown: str | None = None                # an AI product or feature the register does not list
    mentions: tuple[str, ...] = ()            # the words that matched, for explanations
    named: tuple[RegisterEntry, ...] = ()     # rows the question names by a word only they have

    @property
    def entry(self) -> RegisterEntry | None:
        return self.entries[0] if self.entries else None

    @property
    def ambiguous(self) -> bool:
        return len(self.entries) > 1


@dataclass
class ToolCatalogue:
    register: list[RegisterEntry]
    phrases: dict[str, list[int]] = field(default_factory=dict)    # normalised name/alias -> rows
    token_rows: dict[str, set[int]] = field(default_factory=dict)  # distinctive token -> rows
    token_weight: dict[str, float] = field(default_factory=dict)
    known: list[str] = field(default_factory=list)                 # normalised known product names
    display: dict[str, str] = field(default_factory=dict)          # normalised -> the product's own spelling
    ordinary: frozenset[str] = frozenset()                         # everyday words ("care", "translation")
    ordinary_stems: frozenset[str] = frozenset()

    @classmethod
    def build(cls, register: list[RegisterEntry], ordinary: frozenset[str] = frozenset()) -> "ToolCatalogue":
        cat = cls(register=list(register), ordinary=frozenset(ordinary),
                  ordinary_stems=frozenset(stem(w) for w in ordinary))
        rows_with: dict[str, set[int]] = defaultdict(set)
        for i, e in enumerate(register):
            for name in (e.tool, *e.aliases):
                n = normalise(re.sub(r"\(.*?\)", " ", name)) or normalise(name)
                for variant in {n, normalise(name)}:
                    if variant:
                        cat.phrases.setdefault(variant, [])
                        if i not in cat.phrases[variant]:
                            cat.phrases[variant].append(i)
                for tok in normalise(name).split():
                    if len(tok) >= 3 and tok not in WEAK_TOKENS and not tok.isdigit():
                        rows_with[tok].add(i)
        n_rows = max(len(register), 1)
        for tok, rows in rows_with.items():
            cat.token_rows[tok] = rows
            cat.token_weight[tok] = math.log(1 + n_rows / len(rows))
        registered = set(cat.phrases)
        # another name of a registered product ("bard" for a "Gemini" row) names that row; any
        # other well-known product or feature ("Copilot in Outlook" where only Copilot Chat is
        # registered) is a tool the register does not list
        alias_of = {normalise(a): normalise(p) for p, names in PRODUCT_ALIASES.items() for a in names}
        # features of products staff already have count as unlisted only against a published
        # register; a policy without one may describe them without naming them ("the
        # transcription feature built into Teams")
        published = any(e.source.lower().endswith(".csv") for e in register)
        for p in [*KNOWN_AI_PRODUCTS, *(KNOWN_AI_FEATURES if published else [])]:
            n = normalise(p)
            if not n or n in registered:
                continue
            canon = alias_of.get(n)
            if canon and canon in registered:
                cat.phrases[n] = list(cat.phrases[canon])
            elif n not in cat.known:
                cat.known.append(n)
                cat.display[n] = p          # "DeepL", "NotebookLM": never re-cased from the question
        cat.known.sort(key=len, reverse=True)
        return cat

    # -- matching ---------------------------------------------------------------------------
    def _on_register(self, phrase: str) -> bool:
        """A product name counts as registered when a register name/alias contains all its
        distinctive words (e.g. "microsoft copilot" vs "microsoft copilot chat")."""
        return any(contains_phrase(name, phrase) for name in self.phrases)

    def match(self, question: str) -> ToolMatch:
        # a possessive names the product too: "zoom's ai companion" is Zoom AI Companion
        q = _POSSESSIVE.sub(r"\1", normalise(question))
        # 1. full names and aliases, longest first, non-overlapping
        hits: list[tuple[int, int, str, list[int]]] = []
        for phrase, rows in self.phrases.items():
            if phrase in q:         # a substring test first: most names are not in the question
                for m in _whole(phrase).finditer(q):
                    hits.append((m.start(), m.end(), phrase, rows))
        known_hits = []
        for phrase in self.known:
            if phrase in q:
                for m in _whole(phrase).finditer(q):
                    known_hits.append((m.start(), m.end(), phrase))
        # an unregistered product named more fully than any register alias wins its span
        unknown = None
        for s, e, phrase in sorted(known_hits, key=lambda h: h[0] - h[1]):
            covered = any(hs <= s and e <= he and (he - hs) >= (e - s) for hs, he, _, _ in hits)
            if not covered and not self._on_register(phrase):
                unknown = self.display.get(phrase, phrase)
                hits = [h for h in hits if not (s <= h[0] and h[1] <= e)]
                break
        chosen: list[tuple[int, int, str, list[int]]] = []
        for h in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
            if all(h[1] <= c[0] or h[0] >= c[1] for c in chosen):
                chosen.append(h)
        if chosen:
            rows: list[int] = []
            for h in sorted(chosen):
                for r in h[3]:
                    if r not in rows:
                        rows.append(r)
            return ToolMatch(tuple(self.register[r] for r in rows), True, unknown,
                             tuple(h[2] for h in sorted(chosen)))
        # 2. shared distinctive words ("copilot", "transcription"), with misspellings
        scores: dict[int, float] = defaultdict(float)
        mentions = []
        # A product word ("copilot", "firefly") can name a row on its own; an everyday word the
        # policy itself uses in lower case ("transcription", "care") only adds to a product word.
        product: dict[int, float] = defaultdict(float)
        everyday: dict[int, float] = defaultdict(float)
        verbish: dict[int, float] = defaultdict(float)   # "can copilot TRANSLATE a ..." is a verb
        words = q.split()
        for pos, tok in enumerate(words):
            if len(tok) < 3 or tok in WEAK_TOKENS or tok in words[:pos]:
                continue
            matched = self.token_rows.get(tok)
            key = tok
            if matched is None and len(tok) >= 5 and not unknown and stem(tok) not in self.ordinary_stems:
                # a misspelling ("grammerly"), not another form of an everyday word ("translate")
                best = max(((fuzz.ratio(tok, t), t) for t in self.token_rows
                            if abs(len(t) - len(tok)) <= 2 and t not in self.ordinary and stem(t) != stem(tok)),
                           default=(0, ""))
                if best[0] >= 85:
                    matched, key = self.token_rows[best[1]], best[1]
            if matched:
                mentions.append(key)
                w = self.token_weight[key] * (0.3 if key in BRAND_TOKENS else 1.0)
                nxt = words[pos + 1] if pos + 1 < len(words) else ""
                bucket = (everyday if key in self.ordinary else
                          verbish if nxt in _DETERMINERS else product)
                for r in matched:
                    bucket[r] += w
        if not product:
            product = verbish
        scores = {r: w + 0.5 * everyday.get(r, 0.0) for r, w in product.items()}
        if scores and not unknown:
            top = max(scores.values())
            rows = [r for r, s in sorted(scores.items(), key=lambda kv: -kv[1]) if s >= top - 1e-9]
            unique = [next(iter(self.token_rows[m])) for m in mentions
                      if len(self.token_rows.get(m, ())) == 1 and m not in self.ordinary]
            named = tuple(self.register[r] for r in dict.fromkeys(unique) if r in product)
            for e in named:
                if self.register.index(e) not in rows:
                    rows.append(self.register.index(e))
            if top >= 0.3:
                return ToolMatch(tuple(self.register[r] for r in rows), False, None, tuple(mentions), named)
        # 3. an unnamed AI feature or "an app called X"
        if unknown is None:
            m = CALLED_PRODUCT.search(question)
            if m and not self._on_register(normalise(m.group(1))):
                unknown = m.group(1)
            elif UNNAMED_AI_FEATURE.search(question):
                unknown = "an AI feature not on the register"
            elif DESCRIBED_PRODUCT.search(question):
                unknown = "the AI tool you describe"
        return ToolMatch((), False, unknown, tuple(mentions))
