"""Hybrid search over a built index: right clause first, score fields, latency, model checks."""
from __future__ import annotations

import os

import numpy as np
import pytest

from conftest import write_knowledge
from index import store
from index.build import build_index
from index.embeddings import OnnxMiniLMEmbedding, SentenceTransformerEmbedding
from index.models import Clause, RegisterEntry
from index.search import IndexModelMismatch, Searcher, SearchHit

QUERIES = [
    ("Can I put a resident's health records or safeguarding information into an AI tool?", "policy.md#3.2"),
    ("Do I need to check AI-generated content for accuracy before publishing it?", "policy.md#4.1"),
    ("Must a public document say that AI helped write it?", "policy.md#4.2"),
    ("Can I use an image generator for pictures in published material?", "policy.md#5.1"),
    ("Is it ok to paste passwords into a coding assistant?", "faq.md#can-i-use-ai-to-write-software-code"),
    ("Bing Chat Enterprise", "tools-register.csv#Microsoft 365 Copilot Chat"),
    ("Who does this policy apply to? contractors and volunteers", "policy.md#1.2"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory, onnx_embed):
    root = tmp_path_factory.mktemp("search")
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    knowledge = write_knowledge(root / "knowledge")
    home = root / "home"
    result = build_index(knowledge, home, embed_model=onnx_embed)
    yield home, result
    if saved is not None:
        os.environ["POLICYBOT_CHROMA_URL"] = saved


@pytest.fixture(scope="module")
def searcher(built, onnx_embed) -> Searcher:
    return Searcher.open(built[0], embed_model=onnx_embed)


@pytest.mark.parametrize("query,ref", QUERIES)
def test_top_hit_is_the_right_clause(searcher, query, ref):
    hits = searcher.search(query, k=5)
    assert hits[0].clause.ref == ref, [h.clause.ref for h in hits]


def test_hit_fields(searcher, built):
    hits = searcher.search("personal data about residents", k=6)
    assert len(hits) == 6
    assert all(isinstance(h, SearchHit) and isinstance(h.clause, Clause) for h in hits)
    assert [h.rank for h in hits] == [1, 2, 3, 4, 5, 6]
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(0.0 <= s <= 1.0 for s in scores)
    assert hits[0].clause.ref == "policy.md#3.1" and hits[0].score > 0.9
    assert hits[0].bm25_score and hits[0].bm25_score > 0
    assert len({h.clause.ref for h in hits}) == 6          # RRF merged both retrievers' nodes
    # vector_score is the cosine of the query and the stored clause vector
    q = searcher.embed_query("personal data about residents")
    sims = searcher.similarities(q, [h.clause.ref for h in hits] + ["nope.md#1"])
    assert "nope.md#1" not in sims
    for h in hits:
        assert h.vector_score == pytest.approx(sims[h.clause.ref], abs=1e-5)
    coll = store.get_collection(store.open_client(built[0]), searcher.manifest["collection"])
    stored = coll.get(ids=["policy.md#3.1"], include=["embeddings"])["embeddings"][0]
    direct = np.asarray(q) @ np.asarray(stored)
    assert sims["policy.md#3.1"] == pytest.approx(float(direct), abs=1e-4)


def test_open_loads_manifest_objects(searcher, built):
    home, result = built
    assert searcher.index_version == result.index_version
    assert len(searcher.clauses) == result.clauses
    assert all(isinstance(c, Clause) for c in searcher.clauses.values())
    assert searcher.clauses["policy.md#2.2"].heading == "2. Approved tools" or \
        searcher.clauses["policy.md#2.2"].heading.endswith("Approved tools")
    assert [type(e) for e in searcher.register] == [RegisterEntry, RegisterEntry]
    assert searcher.register[1].status == "prohibited"
    assert searcher.manifest["index_version"] == result.index_version


def test_k_and_empty_queries(searcher):
    assert searcher.search("") == [] and searcher.search("   ") == []
    assert len(searcher.search("AI", k=1)) == 1
    many = searcher.search("AI tools", k=100)
    assert len(many) <= len(searcher.clauses)
    assert len(searcher.search("AI tools", k=3)) == 3     # depth changes do not stick wrongly


def test_index_from_other_family_is_refused(built, tmp_path):
    other = tmp_path / "bge-small"
    other.mkdir()
    (other / "model.onnx").symlink_to(OnnxMiniLMEmbedding()._model_file)
    with pytest.raises(IndexModelMismatch, match="reindex"):
        Searcher.open(built[0], embed_model=OnnxMiniLMEmbedding(model_path=other))


@pytest.mark.slow
def test_index_built_with_onnx_answers_sentence_transformers_queries(built):
    s = Searcher.open(built[0], embed_model=SentenceTransformerEmbedding())
    for query, ref in QUERIES[:4]:
        assert s.search(query, k=3)[0].clause.ref == ref
