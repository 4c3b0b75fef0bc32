"""The embedding backends: shape, normalisation, semantics, and int8 ONNX == fp32 torch."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from index.embeddings import (MINILM_FAMILY, EmbeddingError, OnnxMiniLMEmbedding,
                              SentenceTransformerEmbedding, get_embed_model)

TEXTS = [
    "Staff must not enter personal data about residents into a generative AI tool.",
    "Never paste people's personal details into a chatbot.",
    "The library opens at nine on Saturdays.",
    "Can I use Copilot to summarise a Teams meeting?",
    "2.1 Staff may use Microsoft 365 Copilot Chat when signed in with their council account.",
    "",
    "Special category data, such as health records, must never be entered into AI tools. " * 40,
]


def cos(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_onnx_shape_and_normalised(onnx_embed):
    vecs = onnx_embed.embed_texts(TEXTS)
    assert vecs.shape == (len(TEXTS), 384)
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    q = onnx_embed.get_query_embedding("is ChatGPT allowed?")
    assert len(q) == 384 and abs(np.linalg.norm(q) - 1.0) < 1e-5


def test_onnx_similar_sentences_are_closer(onnx_embed):
    a, b, c = (onnx_embed.get_text_embedding(t) for t in TEXTS[:3])
    paraphrase = onnx_embed.get_query_embedding("Do not put residents' personal information into AI tools.")
    assert cos(a, paraphrase) > 0.7          # measured 0.84
    assert cos(a, b) > cos(a, c) + 0.2       # measured 0.36 vs 0.00
    assert cos(a, c) < 0.2


def test_onnx_batching_and_padding_do_not_change_vectors(onnx_embed):
    batch = onnx_embed.embed_texts(TEXTS, batch_size=3)
    for text, row in zip(TEXTS, batch):
        single = onnx_embed.get_text_embedding(text)
        assert cos(single, row) > 0.9999
    # llama-index's batch interface gives the same
    li = onnx_embed.get_text_embedding_batch(TEXTS[:3])
    assert cos(li[0], batch[0]) > 0.9999


def test_onnx_progress_and_model_ids(onnx_embed):
    seen = []
    onnx_embed.embed_texts(TEXTS, batch_size=2, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(TEXTS), len(TEXTS)) and len(seen) == 4
    assert onnx_embed.model_id == f"{MINILM_FAMILY}:onnx-int8"
    assert onnx_embed.model_family == MINILM_FAMILY
    assert OnnxMiniLMEmbedding().model_id == onnx_embed.model_id   # stable


def test_factory_reads_environment(monkeypatch):
    monkeypatch.delenv("POLICYBOT_EMBEDDING", raising=False)
    monkeypatch.delenv("POLICYBOT_EMBEDDING_MODEL", raising=False)
    assert isinstance(get_embed_model(), OnnxMiniLMEmbedding)
    monkeypatch.setenv("POLICYBOT_EMBEDDING", "sentence-transformers")
    st = get_embed_model()          # constructing does not load torch
    assert isinstance(st, SentenceTransformerEmbedding)
    assert st.model_family == MINILM_FAMILY and st.model_id != OnnxMiniLMEmbedding().model_id
    assert isinstance(get_embed_model("onnx"), OnnxMiniLMEmbedding)   # argument beats env
    monkeypatch.setenv("POLICYBOT_EMBEDDING", "word2vec")
    with pytest.raises(EmbeddingError, match="onnx, sentence-transformers"):
        get_embed_model()


def test_sentence_transformers_missing_gives_install_hint(monkeypatch):
    # simulate an install without the optional extra
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(EmbeddingError, match=r"pip install policybot\[sentence-transformers\]"):
        get_embed_model("sentence-transformers")


def test_unknown_model_paths_are_clear_errors(tmp_path):
    with pytest.raises(EmbeddingError, match="no .onnx file"):
        OnnxMiniLMEmbedding(model_path=tmp_path)
    with pytest.raises(EmbeddingError, match="not found"):
        get_embed_model("sentence-transformers", str(tmp_path / "nope"))


@pytest.mark.slow
def test_onnx_and_sentence_transformers_agree(onnx_embed):
    """An index built with one backend can be queried with the other."""
    st = SentenceTransformerEmbedding()
    a = onnx_embed.embed_texts(TEXTS)
    b = st.embed_texts(TEXTS)
    assert b.shape == a.shape
    sims = (a * b).sum(axis=1)
    assert sims.min() >= 0.99, sims
    assert float(np.mean(sims)) >= 0.998
    q1 = onnx_embed.get_query_embedding("Can I use ChatGPT?")
    q2 = st.get_query_embedding("Can I use ChatGPT?")
    assert cos(q1, q2) >= 0.99


def test_onnxruntime_telemetry_is_off_before_onnxruntime_loads():
    """onnxruntime's Linux wheel phones home (1DS) unless ORT_DISABLE_TELEMETRY is set before it
    is imported; importing our embedding or store module must set it."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    for module in ("index.embeddings", "index.store"):
        out = subprocess.run(
            [sys.executable, "-c", f"import sys, os, {module}; "
             "print(os.environ.get('ORT_DISABLE_TELEMETRY'), 'onnxruntime' in sys.modules)"],
            capture_output=True, text=True, env=env, check=True)
        assert out.stdout.split() == ["1", "False"], (module, out.stdout, out.stderr)
