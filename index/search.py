"""Hybrid retrieval over the serving index version: vectors and BM25 over the manifest's clauses
(and the sentence windows of long clauses), fused with reciprocal rank fusion.

Two ways to run the same ranking:

- `numpy` (the default for the embedded store): the vectors and the bm25s index the build saved
  beside the manifest (index/retrieval.py), searched with numpy: exact cosine, bm25s's scoring
  and top-k, and QueryFusionRetriever's reciprocal-rank fusion (k = 60) redone here in a few
  lines. Neither llama-index nor chromadb is imported, so a one-shot `policybot ask` starts in
  about a second.
- `llama`: llama-index's ChromaVectorStore retriever and BM25Retriever fused by
  QueryFusionRetriever. Used with a Chroma server (`chroma_url` / POLICYBOT_CHROMA_URL, or an
  index built against one), for an index version built before the retrieval files existed (it
  writes them then, so the next open is fast), and when POLICYBOT_SEARCH=llama.

tests/test_search_fast.py checks that both return the same ranked refs. Everything expensive
happens once in `Searcher.open`; a warm `search()` embeds the query once (or reuses the
caller's vector) and runs both retrievers.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from index import retrieval, store
from index.build import load_manifest, manifest_clauses, manifest_register, read_current
from index.home import versions_dir
from index.models import Clause, RegisterEntry
from index.windows import clause_windows, window_ref

log = logging.getLogger("policybot.search")

RRF_K = 60.0          # QueryFusionRetriever's reciprocal-rank constant
MIN_DEPTH = 20        # candidates taken from each retriever before fusion
ENV_SEARCH = "POLICYBOT_SEARCH"      # auto (default) | numpy | llama
BACKENDS = ("auto", "numpy", "llama")


class NoIndexError(RuntimeError):
    """There is no usable index in this home."""


class StaleIndexError(NoIndexError):
    """The version this searcher serves has been pruned by later builds: open a new Searcher."""


class IndexModelMismatch(RuntimeError):
    """The index was built with an embedding model whose vectors the query model cannot match."""


@dataclass(frozen=True)
class SearchHit:
    clause: Clause
    score: float                 # fused (RRF) score scaled to 0..1: 1 = ranked first by both
    vector_score: float | None   # cosine similarity of query and clause vectors
    bm25_score: float | None     # raw BM25 score, None when BM25 did not retrieve it
    rank: int                    # 1-based

    @property
    def ref(self) -> str:
        return self.clause.ref


def _llama_offline():
    """No LLM anywhere. (Settings.llm = None would do too, but it prints a line to stdout, which
    would corrupt `ask --json` output; a MockLLM instance is the same thing, silently.)"""
    from llama_index.core import Settings
    from llama_index.core.llms.mock import MockLLM

    llm = MockLLM()
    Settings.llm = llm
    return llm


def _canonical_retriever_class():
    from llama_index.core.retrievers import BaseRetriever

    class CanonicalRetriever(BaseRetriever):
        """Maps an inner retriever's nodes onto one canonical node per clause (so RRF, which
        keys on node hashes, sees the same node from both retrievers), drops non-positive scores
        and remembers the raw scores of the last call."""

        def __init__(self, inner, nodes: dict[str, Any], drop_zero: bool = False):
            self._inner = inner
            self._nodes = nodes
            self._drop_zero = drop_zero
            self.last_scores: dict[str, float] = {}
            super().__init__()

        def _retrieve(self, query_bundle):
            from llama_index.core.schema import NodeWithScore

            out, scores = [], {}
            for nws in self._inner.retrieve(query_bundle):
                ref = window_ref(nws.node.node_id)     # a sentence window stands for its clause
                node = self._nodes.get(ref)
                score = float(nws.score or 0.0)
                if node is None or (self._drop_zero and score <= 0.0) or ref in scores:
                    continue
                scores[ref] = score
                out.append(NodeWithScore(node=node, score=score))
            self.last_scores = scores
            return out

    return CanonicalRetriever


class Searcher:
    def __init__(self) -> None:  # use Searcher.open()
        self.home: Path = Path()
        self.manifest: dict = {}
        self.index_version: str = ""
        self.clauses: dict[str, Clause] = {}
        self.register: list[RegisterEntry] = []
        self.embed_model = None
        self.chroma_location: str = ""
        self._vdir: Path = Path()
        self._data: retrieval.RetrievalData | None = None
        self._collection = None
        self._windows: list[tuple[str, str, str]] = []
        self._win_rows: dict[str, list[int]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, home: Path, chroma_url: str | None = None, embed_model=None,
             backend: str | None = None) -> "Searcher":
        """Load the CURRENT version of `home`. Raises NoIndexError when there is none.

        `backend` (else POLICYBOT_SEARCH, default `auto`): `numpy` searches the retrieval files
        beside the manifest, `llama` llama-index over Chroma; `auto` takes `numpy` unless a Chroma
        server is in use or the version has no retrieval files (then `llama`, which writes them)."""
        home = Path(home)
        version = read_current(home)
        if not version:
            raise NoIndexError(f"no index in {home}: run `policybot index FOLDER` first "
                               "(or set POLICYBOT_HOME to the home that has one)")
        manifest = load_manifest(home, version)
        if manifest is None:
            raise NoIndexError(f"index version {version} in {home} has no manifest: "
                               "run `policybot index FOLDER` again")
        choice = (backend or os.environ.get(ENV_SEARCH) or "auto").strip().lower()
        if choice not in BACKENDS:
            raise ValueError(f"unknown search backend {choice!r} (set {ENV_SEARCH} to one of: "
                             + ", ".join(BACKENDS) + ")")

        if embed_model is None:
            from index.embeddings import get_embed_model
            embed_model = get_embed_model()
        want = manifest.get("model_family") or manifest.get("model_id")
        have = getattr(embed_model, "model_family", "") or getattr(embed_model, "model_id", "")
        if want and have and want != have:
            raise IndexModelMismatch(
                f"index {version} was built with embedding model {manifest.get('model_id')!r}; "
                f"the query model is {getattr(embed_model, 'model_id', have)!r}. Use the same "
                "model family (POLICYBOT_EMBEDDING / POLICYBOT_EMBEDDING_MODEL) or reindex.")

        # Chroma: explicit URL, else POLICYBOT_CHROMA_URL, else where the version was built
        url = store.resolve_chroma_url(chroma_url)
        chroma = manifest.get("chroma", {})
        if not url and chroma.get("mode") == "server":
            url = chroma.get("location")

        self = cls()
        self.home = home
        self.manifest = manifest
        self.index_version = version
        self.clauses = {c.ref: c for c in manifest_clauses(manifest)}
        self.register = manifest_register(manifest)
        self.embed_model = embed_model
        self.chroma_location = store.chroma_location(home, url)
        self._vdir = versions_dir(home) / version
        self._n = len(self.clauses)
        if not self._n:
            raise NoIndexError(f"index version {version} in {home} holds no clauses")

        data = None
        if choice == "numpy" or (choice == "auto" and not url):
            data = self._load_retrieval(quiet=choice == "auto")
        if data is not None:
            self._open_numpy(data)
        else:
            self._open_llama(url)
            if choice == "numpy":      # the llama path has written the files if it could
                data = self._load_retrieval(quiet=False)
                if data is None:
                    raise NoIndexError(f"index version {version} in {home} has no retrieval files "
                                       f"({retrieval.JSON_FILE}) and they could not be written: "
                                       "run `policybot index FOLDER` again")
                self._open_numpy(data)
        if hasattr(embed_model, "load"):      # load the model now, not on the first question
            embed_model.load()
        return self

    @property
    def backend(self) -> str:
        """`numpy` or `llama`: how this searcher runs its retrievers."""
        return "numpy" if self._data is not None else "llama"

    def _load_retrieval(self, quiet: bool) -> "retrieval.RetrievalData | None":
        if not retrieval.exists(self._vdir):
            return None
        try:
            data = retrieval.RetrievalData.load(self._vdir)
        except retrieval.RetrievalDataError as e:
            if not quiet:
                raise NoIndexError(str(e)) from e
            log.warning("%s; searching through llama-index and Chroma instead", e)
            return None
        if data.refs != list(self.clauses):
            msg = (f"the retrieval files of index version {self.index_version} do not match its "
                   "manifest")
            if not quiet:
                raise NoIndexError(msg + ": run `policybot index FOLDER` again")
            log.warning("%s; searching through llama-index and Chroma instead", msg)
            return None
        return data

    def _open_numpy(self, data: "retrieval.RetrievalData") -> None:
        """Vectors and BM25 from the retrieval files: no llama-index, no Chroma."""
        self._data = data
        n = len(data.refs)
        self._refs = list(data.refs)
        self._row = {r: i for i, r in enumerate(self._refs)}
        self._matrix = data.unit[:n]
        self._windows = [(wid, data.window_ref[wid], "") for wid in data.ids[n:]]
        self._win_matrix = data.unit[n:] if self._windows else np.zeros((0, 0), np.float32)
        self._win_rows = {}
        for i, (_, ref, _) in enumerate(self._windows):
            self._win_rows.setdefault(ref, []).append(i)
        self._depth = min(self._n, MIN_DEPTH)

    def _open_llama(self, url: str | None) -> None:
        """The Chroma collection, its stored vectors and llama-index's retrievers; writes the
        retrieval files when the version lacks them (an index built before they existed)."""
        client = store.open_client(self.home, url)
        chroma = self.manifest.get("chroma", {})
        name = chroma.get("collection") or self.manifest.get("collection")
        try:
            collection = store.get_collection(client, name)
        except Exception as e:
            raise NoIndexError(f"index version {self.index_version} is recorded in {self.home} but its "
                               f"vector collection {name!r} is missing from {self.chroma_location}: "
                               "run `policybot index FOLDER` again") from e
        self._collection = collection

        # stored vectors, once, for exact cosine similarities
        got = collection.get(include=["embeddings"])
        row = {ref: i for i, ref in enumerate(got["ids"])}
        emb = np.asarray(got["embeddings"], dtype=np.float32)
        self._refs = [r for r in self.clauses if r in row]
        self._row = {r: i for i, r in enumerate(self._refs)}
        self._matrix = emb[[row[r] for r in self._refs]] if self._refs else np.zeros((0, 0), np.float32)
        norms = np.linalg.norm(self._matrix, axis=1, keepdims=True)
        self._matrix = self._matrix / np.clip(norms, 1e-12, None)
        # sentence windows of long clauses (index.windows) stored by the build, when present
        self._windows = [(wid, c.ref, text) for c in self.clauses.values()
                         for wid, text in clause_windows(c) if wid in row]
        self._win_matrix = emb[[row[w] for w, _, _ in self._windows]] if self._windows \
            else np.zeros((0, 0), np.float32)
        if self._windows:
            self._win_matrix = self._win_matrix / np.clip(
                np.linalg.norm(self._win_matrix, axis=1, keepdims=True), 1e-12, None)
        self._win_rows: dict[str, list[int]] = {}
        for i, (_, ref, _) in enumerate(self._windows):
            self._win_rows.setdefault(ref, []).append(i)

        self._build_retrievers()
        if not retrieval.exists(self._vdir) and len(self._refs) == self._n:
            try:   # an index built before the retrieval files: write them for the next open
                retrieval.write_retrieval(
                    self._vdir, self._refs, [c.embedding_text() for c in self.clauses.values()],
                    emb[[row[r] for r in self._refs]], self._windows,
                    emb[[row[w] for w, _, _ in self._windows]] if self._windows else np.zeros((0, 0)),
                    model_id=str(self.manifest.get("model_id", "")))
            except Exception as e:     # a read-only state folder: search on, slower to open
                log.info("could not write the retrieval files of %s: %s", self.index_version, e)

    def _build_retrievers(self) -> None:
        from llama_index.core import VectorStoreIndex
        from llama_index.core.retrievers import QueryFusionRetriever
        from llama_index.core.schema import TextNode
        from llama_index.retrievers.bm25 import BM25Retriever
        from llama_index.vector_stores.chroma import ChromaVectorStore

        llm = _llama_offline()
        # the ref in metadata keeps node hashes (RRF's key) distinct for clauses with equal text;
        # it is excluded from what BM25 tokenises
        nodes = {ref: TextNode(id_=ref, text=c.embedding_text(), metadata={"ref": ref},
                               excluded_embed_metadata_keys=["ref"],
                               excluded_llm_metadata_keys=["ref"])
                 for ref, c in self.clauses.items()}
        self._nodes = nodes
        self._depth = min(self._n, MIN_DEPTH)
        windows = [TextNode(id_=wid, text=text, metadata={"ref": ref}, excluded_embed_metadata_keys=["ref"],
                            excluded_llm_metadata_keys=["ref"]) for wid, ref, text in self._windows]

        from index.embeddings import as_llama_embedding

        vector_store = ChromaVectorStore(chroma_collection=self._collection)
        index = VectorStoreIndex.from_vector_store(vector_store, embed_model=as_llama_embedding(self.embed_model))
        vector = index.as_retriever(similarity_top_k=self._inner_depth(self._depth))
        bm25 = BM25Retriever(nodes=list(nodes.values()) + windows,
                             similarity_top_k=self._inner_depth(self._depth), language="en")
        Canonical = _canonical_retriever_class()
        self._vector = Canonical(vector, nodes)
        self._bm25 = Canonical(bm25, nodes, drop_zero=True)
        self._vector_inner, self._bm25_inner = vector, bm25
        self._fusion = QueryFusionRetriever(
            [self._vector, self._bm25], llm=llm, mode="reciprocal_rerank",
            similarity_top_k=self._depth, num_queries=1, use_async=False)

    def _inner_depth(self, depth: int) -> int:
        """Candidates to take from a retriever so that `depth` distinct clauses remain once
        windows are folded into their clauses."""
        return depth + min(len(self._windows), 3 * depth)

    # ------------------------------------------------------------------ queries
    def embed_query(self, text: str) -> list[float]:
        return list(self.embed_model.get_query_embedding(text))

    def similarities(self, query_vec: Sequence[float], refs: Sequence[str]) -> dict[str, float]:
        """Cosine similarity of `query_vec` with the stored vectors of `refs` (unknown refs are
        left out)."""
        q = np.asarray(query_vec, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-12)
        idx = [(r, self._row[r]) for r in refs if r in self._row]
        if not idx:
            return {}
        sims = self._matrix[[i for _, i in idx]] @ q
        out = {r: float(s) for (r, _), s in zip(idx, sims)}
        for r in out:             # a long clause: its best sentence window counts too
            rows = self._win_rows.get(r)
            if rows:
                out[r] = max(out[r], float(np.max(self._win_matrix[rows] @ q)))
        return out

    def search(self, query: str, k: int = 8, vec: Sequence[float] | None = None) -> list[SearchHit]:
        """The k best clauses for `query`, best first. `vec`: the query's vector when the caller
        has it already (the engine encodes each question once)."""
        query = (query or "").strip()
        if not query or k <= 0:
            return []
        vec = self.embed_query(query) if vec is None else [float(x) for x in vec]
        depth = min(self._n, max(MIN_DEPTH, k))
        if self._data is not None:
            if not self._vdir.is_dir() and self.is_stale():
                raise StaleIndexError(f"index version {self.index_version} was replaced by "
                                      f"{read_current(self.home)} and pruned: open a new Searcher")
            refs, rrf, bm25_scores = self._fuse_numpy(query, vec, depth)
        else:
            refs, rrf, bm25_scores = self._fuse_llama(query, vec, depth)
        return self._rank(refs, rrf, bm25_scores, vec, k)

    def _fuse_numpy(self, query: str, vec: Sequence[float], depth: int
                    ) -> tuple[list[str], dict[str, float], dict[str, float]]:
        """What `_fuse_llama` computes, from the retrieval files: each retriever's hits folded
        onto their clauses (CanonicalRetriever), then QueryFusionRetriever's reciprocal-rank
        fusion, its order and its cut at 2 x depth included."""
        data = self._data
        inner = self._inner_depth(depth)

        def canonical(hits, drop_zero: bool) -> list[tuple[str, float]]:
            out, seen = [], set()
            for rid, score in hits:
                ref = window_ref(rid)
                if ref not in self.clauses or (drop_zero and score <= 0.0) or ref in seen:
                    continue
                seen.add(ref)
                out.append((ref, score))
            return out

        vector = canonical(data.vector_top(vec, inner), drop_zero=False)
        bm25 = canonical(data.bm25_top(query, inner), drop_zero=True)
        fused: dict[str, float] = {}
        for hits in (vector, bm25):
            for rank, (ref, _) in enumerate(sorted(hits, key=lambda h: h[1], reverse=True)):
                fused[ref] = fused.get(ref, 0.0) + 1.0 / (rank + RRF_K)
        order = sorted(fused.items(), key=lambda x: x[1], reverse=True)[:2 * depth]
        return [r for r, _ in order], dict(order), dict(bm25)

    def _fuse_llama(self, query: str, vec: list[float], depth: int
                    ) -> tuple[list[str], dict[str, float], dict[str, float]]:
        from llama_index.core.schema import QueryBundle

        with self._lock:
            if depth != self._depth:
                self._depth = depth
                self._vector_inner.similarity_top_k = self._inner_depth(depth)
                self._bm25_inner.similarity_top_k = self._inner_depth(depth)
            self._fusion.similarity_top_k = 2 * depth    # all candidates; we cut after tie-breaks
            try:
                fused = self._fusion.retrieve(QueryBundle(query_str=query, embedding=vec))
            except Exception as e:
                if self.is_stale() and not store.collection_exists_in(self._collection):
                    raise StaleIndexError(
                        f"index version {self.index_version} was replaced by "
                        f"{read_current(self.home)} and pruned: open a new Searcher") from e
                raise
            bm25_scores = dict(self._bm25.last_scores)
        refs = [n.node.node_id for n in fused]
        rrf = {ref: float(n.score or 0.0) for ref, n in zip(refs, fused)}
        return refs, rrf, bm25_scores

    def _rank(self, refs: list[str], rrf: dict[str, float], bm25_scores: dict[str, float],
              vec: Sequence[float], k: int) -> list[SearchHit]:
        cos = self.similarities(vec, refs)
        # RRF ties are common (rank 1 + rank 2 either way round); break them by relative score
        # fusion: min-max-scaled cosine plus BM25 scaled by its best score
        lo, hi = (min(cos.values()), max(cos.values())) if cos else (0.0, 1.0)
        top_bm25 = max(bm25_scores.values(), default=0.0) or 1.0

        def tiebreak(ref: str) -> float:
            v = (cos.get(ref, lo) - lo) / (hi - lo) if hi > lo else 0.0
            return v + bm25_scores.get(ref, 0.0) / top_bm25

        order = sorted(refs, key=lambda r: (-round(rrf[r], 12), -tiebreak(r)))[:k]
        best = 2.0 / RRF_K   # ranked first by both retrievers
        return [SearchHit(clause=self.clauses[ref],
                          score=round(min(1.0, rrf[ref] / best), 6),
                          vector_score=cos.get(ref),
                          bm25_score=bm25_scores.get(ref),
                          rank=rank)
                for rank, ref in enumerate(order, start=1)]

    def is_stale(self) -> bool:
        """True when CURRENT in the home names another version than the one served (a rebuild
        happened): callers that live long (the bot) should then open a new Searcher. Cheap: one
        small file read."""
        return read_current(self.home) != self.index_version

    @property
    def model_id(self) -> str:
        return str(self.manifest.get("model_id", ""))
