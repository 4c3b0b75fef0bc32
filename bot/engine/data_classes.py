"""The organisation's own classes of information, read from its policy.

Policies say which of their records are which kind: "Children's social care records are special
category data in every case. This includes ... foster carer and adopter assessments"; "Trading
Standards investigation files and intelligence records are criminal offence data"; "Highways
defect reports are internal information". Those phrases tell the engine what a question's data
is when the general vocabulary (bot/engine/lexicon.py) does not know the organisation's records.
Pure functions; built once per index version."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.engine.text import STOPWORDS, sentences, terms

# kind phrases a definition ends in, most sensitive first
KIND_PHRASES: tuple[tuple[str, re.Pattern], ...] = (
    ("special_category", re.compile(r"\bspecial[\s-]+category(?:\s+(?:personal\s+)?(?:data|information))?|"
                                    r"\bpatient[\s-]+identifiable(?:\s+(?:data|information))?|"
                                    r"\bcriminal\s+offence\s+data|\bsensitive\s+personal\s+data", re.I)),
    ("personal", re.compile(r"\bpersonal\s+(?:data|information)\b", re.I)),
    ("internal", re.compile(r"\binternal\s+(?:information|data|material)\b", re.I)),
)
# (public classes are not read: they could only make a question look less sensitive)
# "<records> are / count as / are treated as <kind>"
_DEF_VERB = re.compile(r"\b(?:is|are)\s+(?:always\s+|also\s+|all\s+|usually\s+)?(?:treated\s+as|classed\s+as|"
                       r"classified\s+as|considered(?:\s+to\s+be)?|regarded\s+as)?|\bcounts?\s+as\b|"
                       r"\b(?:will|must|should)\s+be\s+(?:treated|classed|handled)\s+as\b", re.I)
# "<kind> includes / means / such as <records>"
_KIND_LIST = re.compile(r"^\W*(?:,\s*)?(?:which\s+)?(?:includes?|including|means|covers?|such\s+as|for\s+example|e\.g\.)\b", re.I)
_THIS_INCLUDES = re.compile(r"^(?:this|these|that|it|they)\s+(?:also\s+)?(?:includes?|covers?|means)\b|"
                            r"^(?:examples?\s+(?:include|are)|for\s+example)\b", re.I)
# what may stand between the verb and the kind: "are (always) (treated as) (a|the) <kind>"
_LINK = re.compile(r"\s*(?:(?:a|an|the|always|also|all|still|usually|treated\s+as|classed\s+as|counted\s+as|"
                   r"in\s+every\s+case|by\s+default)\s*,?\s*)*", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b", re.I)
# words that name a container, not what is in it ("records", "files"): they alone match nothing
CONTAINERS = frozenset(terms("""data information record records file files document documents detail details
    material materials anything everything something relating related case cases kind kinds type types
    copy copies version versions other any all every each such including include includes example examples
    item items content contents thing things note notes"""))
MIN_SINGLE_IDF = 3.0
# what a question says it does not contain, up to the next punctuation
_NEGATED_SPAN = re.compile(r"\b(?:no|without|nothing|none|excluding|not\s+(?:any|including|even))\b[^,.;:()!?]*", re.I)     # a one-word class ("referrals") must be a rare word in the policy


@dataclass
class DataClasses:
    """Phrases (as term sets) the policy puts in each kind of information."""
    phrases: list[tuple[frozenset[str], str, str]] = field(default_factory=list)   # (terms, kind, text)

    def kinds(self, question: str, idf: dict[str, float] | None = None) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.matches(question, idf))

    def matches(self, question: str, idf: dict[str, float] | None = None) -> list[tuple[str, str]]:
        """(kind, phrase) for each class the question names: two words of a longer phrase, or a
        one-word class ("referrals", "hoarding") written as such (not "smoke" for "smoking")."""
        question = _NEGATED_SPAN.sub(" ", question)      # "no names or NHS numbers" names neither
        rare_idf = _rare_idf(idf)
        q = set(terms(question))
        words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z'-]+", question)}
        out = []
        for t, kind, text in self.phrases:
            if len(t) >= 2:
                shared = t & q
                if len(shared) < 2:
                    continue
                if len(shared) >= max(2, min(len(t), _n_words(text)) - 1) and (
                        idf is None or any(idf.get(w, 0.0) >= rare_idf for w in shared)):
                    out.append((kind, text))     # not on common words alone ("staff member" of "a staff member's fit note")
                continue
            token = next(iter(t))
            word = _single_word(text, token)
            rare = idf is None or idf.get(token, 0.0) >= rare_idf
            if len(word) >= 5 and word in words and rare:
                out.append((kind, text))
        return out


_RARE: dict[int, float] = {}


def _rare_idf(idf: dict[str, float] | None) -> float:
    """"Rare in the policy": a short policy has no word as rare as a long one's (cached per policy)."""
    if not idf:
        return MIN_SINGLE_IDF
    key = id(idf)
    if key not in _RARE:
        _RARE[key] = min(MIN_SINGLE_IDF, 0.8 * max(idf.values()))
    return _RARE[key]


@lru_cache(maxsize=8192)
def _n_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z][A-Za-z']*", text) if _phrase_terms(w))


@lru_cache(maxsize=8192)
def _single_word(text: str, token: str) -> str:
    return next((w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text) if terms(w) == [token]), "")


def _split(text: str) -> list[str]:
    text = re.sub(r"\([^)]*\)", " ", text)
    parts = re.split(r"[,;:]|\band\b|\bor\b|\bas\s+well\s+as\b|\bwhether\b|\bwhich\b|\bthat\b", text, flags=re.I)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _phrase_terms(p: str) -> frozenset[str]:
    return frozenset(t for t in terms(p) if t not in CONTAINERS and t not in STOPWORDS and len(t) > 2)


def read_data_classes(texts: list[str], extra: list[tuple[frozenset[str], str, str]] = ()) -> DataClasses:
    """Read definitions from clause texts (see module docstring); `extra`: phrases read elsewhere
    (what the policy's own information classes cover, bot/engine/info_classes.py)."""
    dc = DataClasses(list(extra))

    def add(chunk: str, kind: str) -> None:
        for p in _split(chunk):
            t = _phrase_terms(p)
            if 1 <= len(t) <= 5:
                dc.phrases.append((t, kind, p))

    for text in texts:
        last_kind: str | None = None
        for s in sentences(text):
            # the kind named first ("is Personal information, or Restricted information if ...")
            found = min(((kind, m) for kind, rx in KIND_PHRASES if (m := rx.search(s))),
                        key=lambda km: km[1].start(), default=None)
            if found is None:
                if last_kind and _THIS_INCLUDES.match(s):
                    add(_THIS_INCLUDES.sub(" ", s), last_kind)
                last_kind = None
                continue
            kind, m = found
            last_kind = None
            before, after = s[:m.start()], s[m.end():]
            if m.start() <= 60 and re.match(r"^[\w\s,'-]*$", before) and re.match(
                    r"^[\w\s,'-]*\b(?:must|may|should|shall|is|are|can|cannot)\b", after):
                last_kind = kind       # "Special category data must not be entered ... This includes <records>"
            verbs = list(_DEF_VERB.finditer(before))
            if verbs and _LINK.fullmatch(before[verbs[-1].end():]) and not _NEGATED.search(before[verbs[-1].start():]):
                add(before[:verbs[-1].start()], kind)          # "<records> are <kind>"
                last_kind = kind
            lst = _KIND_LIST.match(after)
            if lst and not _NEGATED.search(before[-30:]):
                listed = re.split(r"\b(?:must|may|should|shall|will|can|cannot|is|are|was|were)\b", after[lst.end():])[0]
                add(listed, kind)                             # "<kind>, such as <records>"
                last_kind = kind
    return dc
