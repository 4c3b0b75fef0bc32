"""Index builds: versions, manifest, embedding cache, diffs, deletion, pruning, failures."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from conftest import write_knowledge
from index import store
from index.build import (EmptyKnowledgeError, build_index, load_manifest, manifest_clauses,
                         manifest_register, read_current, versions_dir)
from index.home import resolve_home
from index.search import NoIndexError, Searcher, StaleIndexError
from index.store import StoreError


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def build(knowledge, home, onnx_embed, **kw):
    return build_index(knowledge, home, embed_model=onnx_embed, **kw)


def test_build_writes_version_manifest_and_collection(knowledge, home, onnx_embed):
    seen = []
    r = build(knowledge, home, onnx_embed, progress=lambda s, d, t: seen.append((s, d, t)),
              trigger="test")
    assert r.documents == 2 and r.register == 2
    assert r.clauses == 18            # policy: 5 headings + 9 numbered; FAQ 2; register 2
    assert r.embedded == r.clauses
    assert r.problems == []
    assert sorted(r.added)[:2] == ["faq.md#can-i-translate-a-leaflet-with-ai",
                                   "faq.md#can-i-use-ai-to-write-software-code"]
    assert r.changed == [] and r.removed == []
    assert ("embed", r.clauses, r.clauses) in seen and seen[-1][0] == "store"
    v = r.index_version
    assert len(v) == 25 and v[8] == "T" and v[15] == "Z" and v[16] == "-"
    assert read_current(home) == v

    man = load_manifest(home)
    assert man["index_version"] == v and man["trigger"] == "test"
    assert man["model_id"] == onnx_embed.model_id and man["dimension"] == 384
    assert man["folder"] == str(knowledge.resolve())
    assert man["counts"]["clauses"] == r.clauses and man["counts"]["embedded"] == r.clauses
    assert {d["source"] for d in man["documents"]} == {"policy.md", "faq.md", "tools-register.csv"}
    assert man["chroma"]["mode"] == "embedded" and man["chroma"]["collection"] == f"pb_{v}"
    clauses = {c.ref: c for c in manifest_clauses(man)}
    assert clauses["policy.md#3.2"].text.startswith("Special category data")
    assert clauses["policy.md#3.2"].heading_path == ("3. Data protection",)
    entries = manifest_register(man)
    assert [e.tool for e in entries] == ["Microsoft 365 Copilot Chat", "ChatGPT"]
    assert entries[0].aliases == ("Copilot Chat", "Bing Chat Enterprise")

    coll = store.get_collection(store.open_client(home), f"pb_{v}")
    assert coll.count() == r.clauses
    got = coll.get(ids=["policy.md#3.2"], include=["metadatas", "documents"])
    meta = got["metadatas"][0]
    assert meta["source"] == "policy.md" and meta["clause"] == "3.2" and meta["kind"] == "clause"
    assert meta["digest"] == clauses["policy.md#3.2"].digest and meta["url"] == ""
    assert got["documents"][0] == clauses["policy.md#3.2"].text


def test_rebuild_reembeds_only_the_changed_clause(knowledge, home, onnx_embed):
    first = build(knowledge, home, onnx_embed)
    same = build(knowledge, home, onnx_embed)
    assert same.embedded == 0 and same.added == same.changed == same.removed == []
    assert same.index_version != first.index_version

    policy = knowledge / "policy.md"
    policy.write_text(policy.read_text().replace(
        "5.1 Image generators may be used to illustrate internal presentations only, never in published material.",
        "5.1 Image generators may be used for posters and published leaflets if the design team approves the image."))
    r = build(knowledge, home, onnx_embed)
    assert r.embedded == 1
    assert r.changed == ["policy.md#5.1"] and r.added == [] and r.removed == []

    s = Searcher.open(home, embed_model=onnx_embed)
    hit = s.search("can I use an AI image generator for a poster or leaflet?", k=3)[0]
    assert hit.clause.ref == "policy.md#5.1"
    assert "design team approves" in hit.clause.text


def test_deleted_document_is_never_retrieved_again(knowledge, home, onnx_embed):
    build(knowledge, home, onnx_embed)
    s = Searcher.open(home, embed_model=onnx_embed)
    q = "translate a public leaflet with machine translation"
    assert s.search(q)[0].clause.ref == "faq.md#can-i-translate-a-leaflet-with-ai"

    (knowledge / "faq.md").unlink()
    r = build(knowledge, home, onnx_embed)
    assert sorted(r.removed) == ["faq.md#can-i-translate-a-leaflet-with-ai",
                                 "faq.md#can-i-use-ai-to-write-software-code"]
    assert r.embedded == 0
    s = Searcher.open(home, embed_model=onnx_embed)
    hits = s.search(q, k=50)
    assert hits and not any(h.clause.source == "faq.md" for h in hits)
    assert not any(ref.startswith("faq.md#") for ref in s.clauses)
    coll = store.get_collection(store.open_client(home), s.manifest["collection"])
    assert coll.get(where={"source": "faq.md"})["ids"] == []
    assert coll.count() == r.clauses


def test_old_versions_are_pruned_to_three(knowledge, home, onnx_embed):
    versions = []
    first = None
    for n in range(5):
        (knowledge / "policy.md").write_text((knowledge / "policy.md").read_text()
                                             + f"\n5.{n + 2} Extra clause number {n}.\n")
        versions.append(build(knowledge, home, onnx_embed).index_version)
        if first is None:
            first = Searcher.open(home, embed_model=onnx_embed)
            assert not first.is_stale()
    assert first.is_stale()
    with pytest.raises(StaleIndexError, match="open a new Searcher"):
        first.search("images")
    kept = sorted(p.name for p in versions_dir(home).iterdir())
    assert kept == sorted(versions[-3:])
    assert read_current(home) == versions[-1]
    names = {c.name for c in store.open_client(home).list_collections()}
    assert {f"pb_{v}" for v in versions[-3:]} <= names
    assert not {f"pb_{v}" for v in versions[:2]} & names


def test_zero_clause_folder_leaves_current_serving(knowledge, home, onnx_embed, tmp_path):
    good = build(knowledge, home, onnx_embed)
    empty = tmp_path / "empty"
    empty.mkdir()
    # a document with text always yields clauses (paragraph ids at worst), so: one without any
    (empty / "notes.md").write_text("\n   \n")
    with pytest.raises(EmptyKnowledgeError, match="no clauses"):
        build(empty, home, onnx_embed)
    assert read_current(home) == good.index_version
    assert [p.name for p in versions_dir(home).iterdir()] == [good.index_version]
    names = {c.name for c in store.open_client(home).list_collections()}
    assert names == {f"pb_{good.index_version}"}
    s = Searcher.open(home, embed_model=onnx_embed)
    assert s.index_version == good.index_version
    assert s.search("special category health records")[0].clause.ref == "policy.md#3.2"


def test_store_failure_before_switch_leaves_current_serving(knowledge, home, onnx_embed):
    good = build(knowledge, home, onnx_embed)
    (knowledge / "faq.md").unlink()
    with socket.socket() as sock:           # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        build(knowledge, home, onnx_embed, chroma_url=f"http://127.0.0.1:{port}")
    assert read_current(home) == good.index_version
    s = Searcher.open(home, embed_model=onnx_embed)
    assert "faq.md#can-i-translate-a-leaflet-with-ai" in s.clauses


def test_no_index_is_a_clear_error(home, onnx_embed):
    with pytest.raises(NoIndexError, match="no index in"):
        Searcher.open(home, embed_model=onnx_embed)


def test_policybot_home_isolation(knowledge, tmp_path, pb_env, onnx_embed):
    default = resolve_home(None)                         # platformdirs, under XDG_DATA_HOME here
    assert default == (tmp_path / "xdg-data" / "policybot").resolve() and default.is_dir()
    cli = tmp_path / "cli-home"
    assert resolve_home(str(cli)) == cli.resolve() and cli.is_dir()

    env_home = tmp_path / "env-home"
    pb_env.setenv("POLICYBOT_HOME", str(env_home))
    assert resolve_home(str(cli)) == cli.resolve()       # an explicit --home beats the env (issue 17)
    assert resolve_home(None) == env_home.resolve()      # without --home: POLICYBOT_HOME, as the contract says
    r = build_index(knowledge, resolve_home(None), embed_model=onnx_embed)
    assert read_current(env_home) == r.index_version
    assert read_current(cli) is None and read_current(default) is None
    assert not (cli / "versions").exists() and not (default / "versions").exists()


def test_manifest_is_plain_json(knowledge, home, onnx_embed):
    r = build(knowledge, home, onnx_embed)
    raw = json.loads((versions_dir(home) / r.index_version / "manifest.json").read_text())
    assert raw["clauses"][0].keys() >= {"source", "id", "heading", "text", "kind", "order"}
    assert (home / "CURRENT").read_text().strip() == r.index_version
    assert not list(home.glob(".CURRENT*"))            # no temp file left behind
