"""What a query needs, saved beside a version's manifest, so that answering a question loads
neither llama-index nor Chroma (a one-shot `policybot ask` starts in about a second instead of
3 to 4).

The build (index/build.py, still llama-index + Chroma) writes two files into
`versions/<v>/`:

- `retrieval.npz`: the stored vectors (clauses in manifest order, then the sentence windows of
  long clauses, exactly the rows of the version's Chroma collection) and the BM25 index as
  bm25s builds it for llama-index's `BM25Retriever` (the CSC score matrix: data, indices,
  indptr);
- `retrieval.json`: the row ids, the window -> clause map, the BM25 vocabulary, stopwords and
  token pattern, and the versions of the libraries that made them.

`RetrievalData` loads them (numpy + PyStemmer only) and answers the two retrievers' questions:
`vector_top` (exact cosine, what Chroma's collection returns for a query vector) and `bm25_top`
(bm25s's own arithmetic: its tokenizer, the same float32 sums in the same order and its numpy
top-k selection). `index.search.Searcher` fuses them as QueryFusionRetriever does; a test
checks the ranked refs against the llama-index path (tests/test_search_fast.py).

bm25s itself is imported only to build the index (`write_retrieval`): importing it pulls in
scipy, a third of a second per process.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

FORMAT = 1
NPZ_FILE = "retrieval.npz"
JSON_FILE = "retrieval.json"
TOKEN_PATTERN = r"(?u)\b\w\w+\b"     # BM25Retriever's default token pattern
LANGUAGE = "en"                      # BM25Retriever(language="en") as index.search builds it
STEMMER = "english"                  # BM25Retriever's default PyStemmer stemmer


class RetrievalDataError(RuntimeError):
    """The retrieval files are missing, unreadable or do not match the manifest."""


def files(version_dir: Path) -> tuple[Path, Path]:
    d = Path(version_dir)
    return d / NPZ_FILE, d / JSON_FILE


def exists(version_dir: Path) -> bool:
    return all(p.is_file() for p in files(version_dir))


def _bm25_corpus_index(texts: Sequence[str]):
    """bm25s state for `texts`, built exactly as llama-index's BM25Retriever builds it."""
    import bm25s
    import Stemmer
    from bm25s.tokenization import _infer_stopwords

    stemmer = Stemmer.Stemmer(STEMMER)
    tokens = bm25s.tokenize(list(texts), stopwords=LANGUAGE, stemmer=stemmer,
                            token_pattern=TOKEN_PATTERN, show_progress=False)
    bm25 = bm25s.BM25()
    bm25.index(tokens, show_progress=False)
    # the query side of BM25Retriever tokenises with bm25s.tokenize's default stopwords ("english")
    return bm25, list(_infer_stopwords("english")), bm25s.__version__


def write_retrieval(version_dir: Path, refs: Sequence[str], texts: Sequence[str], matrix: np.ndarray,
                    windows: Sequence[tuple[str, str, str]], window_matrix: np.ndarray,
                    model_id: str = "") -> None:
    """Write `retrieval.npz` and `retrieval.json` into `version_dir`.

    refs/texts/matrix: the clauses in manifest order, their BM25 text (Clause.embedding_text())
    and vectors; windows: (window id, clause ref, text) with `window_matrix` their vectors. The
    BM25 corpus is clauses then windows, as index.search gives it to BM25Retriever."""
    version_dir = Path(version_dir)
    refs, texts = list(refs), list(texts)
    windows = list(windows)
    if len(refs) != len(texts) or len(refs) != len(matrix):
        raise RetrievalDataError("refs, texts and vectors differ in length")
    vectors = np.asarray(matrix, dtype=np.float32)
    if windows:
        vectors = np.concatenate([vectors, np.asarray(window_matrix, dtype=np.float32)], axis=0)
    bm25, stopwords, bm25s_version = _bm25_corpus_index(texts + [t for _, _, t in windows])
    scores = bm25.scores
    npz, js = files(version_dir)
    meta = {
        "format": FORMAT,
        "model_id": model_id,
        "refs": refs,
        "windows": [[wid, ref] for wid, ref, _ in windows],
        "dimension": int(vectors.shape[1]) if vectors.size else 0,
        "bm25": {"vocab": bm25.vocab_dict, "num_docs": int(scores["num_docs"]),
                 "stopwords": stopwords, "token_pattern": TOKEN_PATTERN, "stemmer": STEMMER,
                 "lower": True, "k1": bm25.k1, "b": bm25.b, "method": bm25.method,
                 "dtype": str(bm25.dtype), "bm25s": bm25s_version},
    }
    if getattr(bm25, "nonoccurrence_array", None) is not None:
        raise RetrievalDataError(f"bm25s method {bm25.method!r} is not supported")
    tmp_npz = npz.with_name(f".{npz.name}.{os.getpid()}.tmp.npz")
    tmp_js = js.with_name(f".{js.name}.{os.getpid()}.tmp")
    try:
        with open(tmp_npz, "wb") as fh:
            np.savez(fh, vectors=vectors, bm25_data=np.asarray(scores["data"]),
                     bm25_indices=np.asarray(scores["indices"]), bm25_indptr=np.asarray(scores["indptr"]))
        tmp_js.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp_npz, npz)      # the json last: it is what says the pair is complete
        os.replace(tmp_js, js)
    finally:
        for t in (tmp_npz, tmp_js):
            t.unlink(missing_ok=True)


def _topk_numpy(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """bm25s.selection._topk_numpy(sorted=True), step for step (its tie order included)."""
    part = np.argpartition(scores, -k)
    part = part.take(indices=range(-k, 0))
    part_scores = np.take(scores, part)
    order = np.flip(np.argsort(part_scores))
    return part_scores[order], part[order]


@dataclass
class RetrievalData:
    ids: list[str]                    # row ids: clause refs, then window ids
    refs: list[str]                   # clause refs (manifest order): the first len(refs) rows
    window_ref: dict[str, str]        # window id -> clause ref
    vectors: np.ndarray               # (rows, dim) float32, as stored (not normalised)
    unit: np.ndarray                  # the same rows L2-normalised
    bm25_data: np.ndarray
    bm25_indices: np.ndarray
    bm25_indptr: np.ndarray
    bm25_vocab: dict[str, int]
    bm25_num_docs: int
    stopwords: frozenset
    token_pattern: str
    dtype: np.dtype
    model_id: str = ""

    @classmethod
    def load(cls, version_dir: Path) -> "RetrievalData":
        npz, js = files(version_dir)
        try:
            meta = json.loads(js.read_text(encoding="utf-8"))
            with np.load(npz, allow_pickle=False) as z:
                arrays = {k: z[k] for k in ("vectors", "bm25_data", "bm25_indices", "bm25_indptr")}
        except (OSError, ValueError, KeyError) as e:
            raise RetrievalDataError(f"cannot read the retrieval files in {version_dir}: {e}") from e
        if meta.get("format") != FORMAT:
            raise RetrievalDataError(f"retrieval files of format {meta.get('format')!r}, expected {FORMAT}")
        bm = meta["bm25"]
        refs = list(meta["refs"])
        windows = [tuple(w) for w in meta.get("windows", [])]
        ids = refs + [w for w, _ in windows]
        vectors = arrays["vectors"].astype(np.float32, copy=False)
        if vectors.shape[0] != len(ids) or int(bm["num_docs"]) != len(ids):
            raise RetrievalDataError(f"retrieval files in {version_dir} hold {vectors.shape[0]} vectors "
                                     f"for {len(ids)} ids")
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) if vectors.size else np.ones((0, 1), np.float32)
        return cls(ids=ids, refs=refs, window_ref={w: r for w, r in windows}, vectors=vectors,
                   unit=vectors / np.clip(norms, 1e-12, None),
                   bm25_data=arrays["bm25_data"], bm25_indices=arrays["bm25_indices"],
                   bm25_indptr=arrays["bm25_indptr"], bm25_vocab=dict(bm["vocab"]),
                   bm25_num_docs=int(bm["num_docs"]), stopwords=frozenset(bm["stopwords"]),
                   token_pattern=bm.get("token_pattern", TOKEN_PATTERN),
                   dtype=np.dtype(bm.get("dtype", "float32")), model_id=meta.get("model_id", ""))

    # ------------------------------------------------------------------ vectors
    def vector_top(self, query_vec: Sequence[float], k: int) -> list[tuple[str, float]]:
        """The k rows nearest `query_vec` by cosine, best first: (row id, cosine)."""
        if not self.ids or k <= 0:
            return []
        q = np.asarray(query_vec, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-12)
        sims = self.unit @ q
        k = min(k, len(sims))
        order = np.argsort(-sims, kind="stable")[:k]
        return [(self.ids[i], float(sims[i])) for i in order]

    # ------------------------------------------------------------------ BM25
    _stemmer = None

    def query_tokens(self, query: str) -> list[str]:
        """bm25s.tokenize(query, stemmer=..., token_pattern=...) as BM25Retriever calls it, turned
        back into strings as bm25s.BM25.retrieve does: lower-cased, split by the token pattern,
        stopwords dropped, stemmed; order and repeats kept."""
        if RetrievalData._stemmer is None:
            import Stemmer
            RetrievalData._stemmer = Stemmer.Stemmer(STEMMER)
        words = [w for w in re.findall(self.token_pattern, query.lower()) if w not in self.stopwords]
        if not words:
            return []
        unique = list(dict.fromkeys(words))
        stem_of = dict(zip(unique, RetrievalData._stemmer.stemWords(unique)))
        return [stem_of[w] for w in words]

    def bm25_scores(self, query: str) -> np.ndarray:
        """Every row's BM25 score for `query` (bm25s.BM25.get_scores: the same float32 sums)."""
        scores = np.zeros(self.bm25_num_docs, dtype=self.dtype)
        ids = [self.bm25_vocab[t] for t in self.query_tokens(query) if t in self.bm25_vocab]
        if not ids:
            return scores
        token_ids = np.asarray(ids, dtype=np.int32)
        starts, ends = self.bm25_indptr[token_ids], self.bm25_indptr[token_ids + 1]
        for s, e in zip(starts, ends):
            np.add.at(scores, self.bm25_indices[s:e], self.bm25_data[s:e])
        return scores

    def bm25_top(self, query: str, k: int) -> list[tuple[str, float]]:
        """bm25s.BM25.retrieve(k) for one query: the k best rows, best first (zeros included,
        as bm25s returns them): (row id, score)."""
        if not self.ids or k <= 0:
            return []
        k = min(k, self.bm25_num_docs)
        scores, idx = _topk_numpy(self.bm25_scores(query), k)
        return [(self.ids[int(i)], float(s)) for i, s in zip(idx, scores)]
