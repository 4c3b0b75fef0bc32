"""Engine.open keeps what it builds (knowledge, gate, compiled model) beside the index version,
keyed by the version, the embedding model and the code: a later open loads it and answers
exactly the same; a damaged file or other code builds again."""
from __future__ import annotations

import pytest

from bot.engine import pipeline
from bot.engine.pipeline import Engine
from conftest import write_knowledge
from index.build import build_index

QUESTIONS = [
    "Can I use ChatGPT to draft a press release?",
    "Can I put a resident's health records into an AI tool?",
    "Is Microsoft 365 Copilot Chat approved?",
    "Can I use an image generator for the newsletter?",
    "what is the weather tomorrow",
]


def _answers(engine):
    out = []
    for q in QUESTIONS:
        a = engine.answer(q).to_contract()
        a.pop("latency_ms", None)
        out.append(a)
    return out


@pytest.fixture
def home(tmp_path, onnx_embed, monkeypatch):
    monkeypatch.delenv("POLICYBOT_CHROMA_URL", raising=False)
    h = tmp_path / "home"
    build_index(write_knowledge(tmp_path / "k"), h, embed_model=onnx_embed)
    return h


def _built_files(home):
    return sorted(home.glob("versions/*/engine-*.pickle"))


def test_second_open_loads_the_built_engine_and_answers_the_same(home, onnx_embed, monkeypatch):
    first = Engine.open(home, embed_model=onnx_embed)
    files = _built_files(home)
    assert len(files) == 1
    want = _answers(first)

    def no_build(*a, **k):
        raise AssertionError("built again although the cache is valid")
    monkeypatch.setattr(Engine, "_build", staticmethod(no_build))
    again = Engine.open(home, embed_model=onnx_embed)
    assert _answers(again) == want
    assert (home / "versions" / again.index_version / "policy-model.json").is_file()


def test_damaged_or_stale_cache_builds_again(home, onnx_embed, monkeypatch):
    want = _answers(Engine.open(home, embed_model=onnx_embed))
    [f] = _built_files(home)
    f.write_bytes(b"not a pickle")
    assert _answers(Engine.open(home, embed_model=onnx_embed)) == want
    [f2] = _built_files(home)
    assert f2 == f and f2.read_bytes() != b"not a pickle"        # rewritten

    monkeypatch.setattr(pipeline, "_code_fingerprint", lambda: "other code")
    assert _answers(Engine.open(home, embed_model=onnx_embed)) == want
    [f3] = _built_files(home)
    assert f3 != f                                                 # a new key; the old file is gone
