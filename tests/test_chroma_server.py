"""Build and search through a real Chroma server (`chroma run`) on loopback."""
from __future__ import annotations

import pytest

from conftest import write_knowledge
from index import store
from index.build import build_index, read_current, versions_dir
from index.search import Searcher
from serve_support import chroma_server as start_chroma


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real `chroma run` on 127.0.0.1 for the module (started and stopped by serve_support)."""
    data = tmp_path_factory.mktemp("chroma-server")
    try:
        with start_chroma(data / "db") as url:
            yield url
    except RuntimeError as e:
        pytest.fail(str(e))


def test_build_and_search_through_chroma_server(chroma_server, tmp_path, pb_env, onnx_embed):
    knowledge = write_knowledge(tmp_path / "knowledge")
    home = tmp_path / "home"
    r = build_index(knowledge, home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert not (home / "chroma").exists()                 # nothing embedded locally
    man = versions_dir(home) / r.index_version / "manifest.json"
    assert chroma_server in man.read_text()

    s = Searcher.open(home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert s.chroma_location == chroma_server
    assert s.backend == "llama"                           # a Chroma server is searched through llama-index
    hit = s.search("Can I put safeguarding information or health records into an AI tool?")[0]
    assert hit.clause.ref == "policy.md#3.2" and hit.vector_score > 0.3

    # a document deleted from the folder disappears from the server too
    (knowledge / "faq.md").unlink()
    r2 = build_index(knowledge, home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert r2.embedded == 0 and len(r2.removed) == 2
    # no URL given: the searcher follows the manifest to the server
    s2 = Searcher.open(home, embed_model=onnx_embed)
    assert s2.chroma_location == chroma_server and s2.index_version == r2.index_version
    assert s2.backend == "llama"
    hits = s2.search("translate a public leaflet with machine translation", k=50)
    assert not any(h.clause.source == "faq.md" for h in hits)
    client = store.open_client(home, chroma_server)
    coll = store.get_collection(client, f"pb_{r2.index_version}")
    assert coll.get(where={"source": "faq.md"})["ids"] == [] and coll.count() == r2.clauses


def test_env_url_and_pruning_on_server(chroma_server, tmp_path, pb_env, onnx_embed):
    pb_env.setenv("POLICYBOT_CHROMA_URL", chroma_server)
    knowledge = write_knowledge(tmp_path / "knowledge", faq=False)
    home = tmp_path / "home"
    versions = []
    for n in range(4):
        (knowledge / "policy.md").write_text((knowledge / "policy.md").read_text() + f"\n5.{n + 2} Extra {n}.\n")
        versions.append(build_index(knowledge, home, embed_model=onnx_embed).index_version)
    assert read_current(home) == versions[-1]
    names = {c.name for c in store.open_client(home).list_collections()}
    assert f"pb_{versions[0]}" not in names
    assert {f"pb_{v}" for v in versions[1:]} <= names
    s = Searcher.open(home, embed_model=onnx_embed)
    assert s.search("Extra 3")[0].clause.ref == "policy.md#5.5"
