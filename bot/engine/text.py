"""Small text utilities shared by the engine: sentences, terms, stems. Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache

import Stemmer  # PyStemmer, installed with llama-index-retrievers-bm25 (bm25s)

_STEMMER = Stemmer.Stemmer("english")

# abbreviations that end with a dot but do not end a sentence
_ABBREV = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|no|nos|para|paras|approx|incl|fig|dr|mr|mrs|ms|st|ltd|co)\.$", re.I)
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019]*(?:[.\-][A-Za-z0-9]+)*|\d+(?:\.\d+)*")

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each few for from further had hadn't has hasn't have haven't having he her here hers herself him
himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most
mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
shan't she should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was
wasn't we we'd we'll we're we've were weren't what what's when where which while who whom why with
won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
ok okay pls please thanks thank hi hello hey im ive id dont cant wont isnt its whats theyre thats
whether also just really actually bit bits thing things stuff get got getting go going want wanted need needs
yet even ever
like would could might may must shall will can use used using uses allowed allow able already
""".split())

# words that say nothing about *what* a question is about (they appear in every AI-policy question)
GENERIC_TERMS = frozenset(_STEMMER.stemWords("""
ai genai generative artificial intelligence tool tools app apps staff work information data policy
help helps helping make makes made ask asked put putting paste pasting upload uploading enter
team teams our your his her their one new someone anyone people person thing way time
""".split()))


# words about the *kind of information*, judged by the data-kind rules, not as the use itself
DATA_TERMS = frozenset(_STEMMER.stemWords("""
publish published public internal personal patient patients data document documents email emails
file files information info confidential sensitive identifiable identifiers special category
unpublished already detail details
""".split()))


def sentences(text: str) -> list[str]:
    """Split clause text into sentences (lines first: list items are their own sentences)."""
    out: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        start = 0
        for m in _SENT_END.finditer(line):
            piece = line[start:m.start()].rstrip()
            if _ABBREV.search(piece) or re.search(r"\b[A-Z]\.$", piece):
                continue
            if piece:
                out.append(piece)
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out


def words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def terms(text: str) -> list[str]:
    """Content terms (stemmed, stop words removed), in order, duplicates kept."""
    out = []
    for w in words(text):
        w = w.strip("'")
        if len(w) < 2 or w in STOPWORDS or w.endswith("'s") and w[:-2] in STOPWORDS:
            continue
        if w.endswith("'s"):
            w = w[:-2]
        out.append(stem(w))
        if "-" in w:     # "photo-realistic" also says "realistic", "note-taker" also "note", "log-ins" "logins"
            out += [stem(p) for p in w.split("-") if len(p) > 2 and p not in STOPWORDS]
            out.append(stem(w.replace("-", "")))
    return out


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: for phrase matching."""
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"[^a-z0-9'+#]+", " ", t)
    return " ".join(t.split())


def contains_phrase(haystack_norm: str, phrase_norm: str) -> bool:
    """Whole-word phrase containment on normalised strings."""
    if not phrase_norm:
        return False
    return f" {phrase_norm} " in f" {haystack_norm} "
