"""The llama-index-free query path (index/retrieval.py, Searcher backend "numpy") ranks exactly
as the llama-index path (ChromaVectorStore + BM25Retriever + QueryFusionRetriever) does: the
same refs in the same order with the same scores, on the bundled knowledge and on eval sets of
other organisations, and the engine gives the same answers either way. Also: an index version
built before the retrieval files existed still serves (through llama-index, which writes the
files for the next open), and a one-shot `policybot ask` imports neither llama-index nor
chromadb."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import write_knowledge
from index import retrieval
from index.build import build_index
from index.home import versions_dir
from index.search import Searcher

ROOT = Path(__file__).resolve().parents[1]
SETS = {   # name: (knowledge folder, cases with questions)
    "bundled": (ROOT / "knowledge", ROOT / "eval" / "council-questions.jsonl"),
    "police": (ROOT / "eval" / "orgs" / "police" / "knowledge", ROOT / "eval" / "orgs" / "police" / "cases.jsonl"),
    "agency": (ROOT / "eval" / "orgs" / "agency" / "knowledge", ROOT / "eval" / "orgs" / "agency" / "cases.jsonl"),
}
QUESTIONS_PER_SET = 30


def questions(cases: Path, n: int = QUESTIONS_PER_SET) -> list[str]:
    out = []
    for line in cases.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["question"])
    return out[:n]


@pytest.fixture(scope="module")
def homes(tmp_path_factory, onnx_embed):
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    out = {}
    for name, (knowledge, _) in SETS.items():
        home = tmp_path_factory.mktemp(f"fast-{name}")
        build_index(knowledge, home, embed_model=onnx_embed)
        out[name] = home
    yield out
    if saved is not None:
        os.environ["POLICYBOT_CHROMA_URL"] = saved


def _hits(s: Searcher, q: str, k: int):
    return [(h.ref, h.rank, h.score, h.vector_score, h.bm25_score) for h in s.search(q, k=k)]


def _assert_same(a, b, why=None):
    """Same refs in the same order, and the same scores (float32 round-off aside)."""
    assert [h[0] for h in a] == [h[0] for h in b], why
    for x, y in zip(a, b):
        assert x[1] == y[1]
        assert x[2] == pytest.approx(y[2], abs=1e-6)                       # fused score
        assert x[3] == pytest.approx(y[3], abs=1e-5)                       # cosine
        assert (x[4] is None) == (y[4] is None) and (x[4] or 0) == pytest.approx(y[4] or 0, rel=1e-6)


@pytest.mark.parametrize("name", list(SETS))
def test_numpy_path_ranks_exactly_as_llama_index(homes, onnx_embed, name):
    home = homes[name]
    fast = Searcher.open(home, embed_model=onnx_embed, backend="numpy")
    slow = Searcher.open(home, embed_model=onnx_embed, backend="llama")
    assert (fast.backend, slow.backend) == ("numpy", "llama")
    qs = questions(SETS[name][1])
    assert len(qs) == QUESTIONS_PER_SET
    for q in qs:
        for k in (3, 8, 25):
            _assert_same(_hits(fast, q, k), _hits(slow, q, k), (q, k))


def test_bm25_scores_are_bm25s_scores(homes):
    """The numpy BM25 gives bm25s's own scores and top-k order for the same corpus."""
    import bm25s
    import Stemmer

    home = homes["bundled"]
    vdir = versions_dir(home) / (home / "CURRENT").read_text().strip()
    data = retrieval.RetrievalData.load(vdir)
    from index.build import load_manifest, manifest_clauses
    from index.windows import clause_windows
    clauses = manifest_clauses(load_manifest(home))
    texts = [c.embedding_text() for c in clauses] + [t for c in clauses for _, t in clause_windows(c)]
    stemmer = Stemmer.Stemmer("english")
    bm = bm25s.BM25()
    bm.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)
    for q in questions(SETS["bundled"][1], 10) + ["", "the and of", "ChatGPT ChatGPT chatgpt"]:
        idx, scores = bm.retrieve(bm25s.tokenize(q, stemmer=stemmer, show_progress=False), k=40,
                                  show_progress=False)
        want = [(data.ids[int(i)], float(x)) for i, x in zip(idx[0], scores[0])]
        assert data.bm25_top(q, 40) == want, q


def test_engine_answers_are_the_same_either_way(homes, onnx_embed, monkeypatch):
    from bot.engine.pipeline import Engine

    home = homes["bundled"]
    monkeypatch.setenv("POLICYBOT_SEARCH", "numpy")
    fast = Engine.open(home, embed_model=onnx_embed)
    monkeypatch.setenv("POLICYBOT_SEARCH", "llama")
    slow = Engine.open(home, embed_model=onnx_embed)
    assert (fast.searcher.backend, slow.searcher.backend) == ("numpy", "llama")
    for q in questions(SETS["bundled"][1]):
        a, b = fast.answer(q).to_contract(), slow.answer(q).to_contract()
        a.pop("latency_ms", None), b.pop("latency_ms", None)
        assert a == b, q


def test_version_without_retrieval_files_still_serves_and_gets_them(tmp_path, onnx_embed, monkeypatch):
    monkeypatch.delenv("POLICYBOT_CHROMA_URL", raising=False)
    monkeypatch.delenv("POLICYBOT_SEARCH", raising=False)
    home = tmp_path / "home"
    r = build_index(write_knowledge(tmp_path / "k"), home, embed_model=onnx_embed)
    vdir = versions_dir(home) / r.index_version
    for f in retrieval.files(vdir):      # as an index built before the files existed
        f.unlink()
    old = Searcher.open(home, embed_model=onnx_embed)
    assert old.backend == "llama" and retrieval.exists(vdir)      # written for the next open
    new = Searcher.open(home, embed_model=onnx_embed)
    assert new.backend == "numpy"
    for q in ("personal data about residents", "image generator for published material", "passwords"):
        _assert_same(_hits(new, q, 8), _hits(old, q, 8), q)

    # damaged files: auto falls back to llama-index, an explicit numpy says what is wrong
    retrieval.files(vdir)[1].write_text("{not json", encoding="utf-8")
    assert Searcher.open(home, embed_model=onnx_embed).backend == "llama"
    from index.search import NoIndexError
    with pytest.raises(NoIndexError, match="retrieval files"):
        Searcher.open(home, embed_model=onnx_embed, backend="numpy")


def test_chroma_server_versions_search_through_llama_index(homes, onnx_embed, monkeypatch):
    """A manifest built against a Chroma server keeps the llama-index path (auto)."""
    home = homes["bundled"]
    manifest = json.loads((versions_dir(home) / (home / "CURRENT").read_text().strip() / "manifest.json").read_text())
    assert manifest["chroma"]["mode"] == "embedded"
    monkeypatch.setenv("POLICYBOT_SEARCH", "llama")
    assert Searcher.open(home, embed_model=onnx_embed).backend == "llama"
    monkeypatch.setenv("POLICYBOT_SEARCH", "auto")
    assert Searcher.open(home, embed_model=onnx_embed).backend == "numpy"


HEAVY = ("llama_index", "chromadb", "bm25s", "scipy", "sqlalchemy", "slack_bolt", "plotly", "torch",
         "microsoft_agents", "httpx")


def test_one_shot_ask_imports_no_heavy_library(tmp_path, onnx_embed):
    home = tmp_path / "home"
    build_index(write_knowledge(tmp_path / "k"), home, embed_model=onnx_embed)
    code = ("import atexit, sys\n"
            f"heavy = {HEAVY!r}\n"
            "atexit.register(lambda: sys.stderr.write('LOADED ' + json.dumps(sorted(m for m in heavy "
            "if m in sys.modules)) + '\\n'))\n"
            "import json\n"
            "sys.argv = ['policybot', 'ask', '--json', 'Can I use ChatGPT to draft a press release?']\n"
            "from bot.cli import main\nmain()\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    env.update(POLICYBOT_HOME=str(home), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["verdict"]
    loaded = json.loads(next(line for line in out.stderr.splitlines() if line.startswith("LOADED "))[7:])
    assert loaded == []
