"""Hybrid retrieval over the serving index version: Chroma vectors (llama-index ChromaVectorStore)
and BM25 over the manifest's clauses, fused with reciprocal rank fusion (QueryFusionRetriever).

Everything expensive happens once in `Searcher.open`: the manifest, the embedding model, the
Chroma collection, the BM25 index, the retrievers and an in-memory matrix of the stored vectors.
A warm `search()` embeds the query once and runs both retrievers.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from index import store
from index.build import load_manifest, manifest_clauses, manifest_register, read_current
from index.models import Clause, RegisterEntry
from index.windows import clause_windows, window_ref

RRF_K = 60.0          # QueryFusionRetriever's reciprocal-rank constant
MIN_DEPTH = 20        # candidates taken from each retriever before fusion


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
        self._windows: list[tuple[str, str, str]] = []
        self._win_rows: dict[str, list[int]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, home: Path, chroma_url: str | None = None, embed_model=None) -> "Searcher":
        """Load the CURRENT version of `home`. Raises NoIndexError when there is none."""
        home = Path(home)
        version = read_current(home)
        if not version:
            raise NoIndexError(f"no index in {home}: run `policybot index FOLDER` first "
                               "(or set POLICYBOT_HOME to the home that has one)")
        manifest = load_manifest(home, version)
        if manifest is None:
            raise NoIndexError(f"index version {version} in {home} has no manifest: "
                               "run `policybot index FOLDER` again")

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
        client = store.open_client(home, url)
        name = chroma.get("collection") or manifest.get("collection")
        try:
            collection = store.get_collection(client, name)
        except Exception as e:
            raise NoIndexError(f"index version {version} is recorded in {home} but its vector "
                               f"collection {name!r} is missing from {store.chroma_location(home, url)}: "
                               "run `policybot index FOLDER` again") from e

        self = cls()
        self.home = home
        self.manifest = manifest
        self.index_version = version
        self.clauses = {c.ref: c for c in manifest_clauses(manifest)}
        self.register = manifest_register(manifest)
        self.embed_model = embed_model
        self.chroma_location = store.chroma_location(home, url)
        self._collection = collection
        self._n = len(self.clauses)
        if not self._n:
            raise NoIndexError(f"index version {version} in {home} holds no clauses")

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
        if hasattr(embed_model, "load"):      # load the model now, not on the first question
            embed_model.load()
        return self

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

        vector_store = ChromaVectorStore(chroma_collection=self._collection)
        index = VectorStoreIndex.from_vector_store(vector_store, embed_model=self.embed_model)
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
        from llama_index.core.schema import QueryBundle

        query = (query or "").strip()
        if not query or k <= 0:
            return []
        vec = self.embed_query(query) if vec is None else [float(x) for x in vec]
        depth = min(self._n, max(MIN_DEPTH, k))
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
