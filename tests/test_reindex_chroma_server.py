"""The reindex lifecycle against a real Chroma server (`chroma run` on loopback): build, switch and
rollback are seen by two answerers at once (one in this process, one a separate long-lived
process), and a version whose collection is gone from the server is not rolled back to."""
from __future__ import annotations

import pytest

from conftest import write_knowledge
from index import store
from index.build import build_index, read_current
from index.search import Searcher
from index.versions import VersionError, list_versions, rollback
from test_chroma_server import chroma_server  # noqa: F401  (module-scoped fixture: a real server)
from test_cli import make_env
from test_reindex_live import Answerer, assert_from_one_version

Q = "Can I translate a public leaflet with machine translation?"
FAQ_REF = "faq.md#can-i-translate-a-leaflet-with-ai"


def test_build_switch_and_rollback_seen_by_two_answerers(chroma_server, tmp_path, pb_env,  # noqa: F811
                                                          onnx_embed):
    k = write_knowledge(tmp_path / "k")
    home = tmp_path / "home"
    v1 = build_index(k, home, chroma_url=chroma_server, embed_model=onnx_embed).index_version
    assert not (home / "chroma").exists()
    here = Searcher.open(home, chroma_url=chroma_server, embed_model=onnx_embed)
    there = Answerer(home, make_env(home, tmp_path / "xdg"), chroma_url=chroma_server)
    try:
        a = there.ask(Q)
        assert a["v"] == v1 and FAQ_REF in [r for r, _ in a["cites"]]
        assert here.search(Q)[0].ref == FAQ_REF

        (k / "faq.md").unlink()
        v2 = build_index(k, home, chroma_url=chroma_server, embed_model=onnx_embed).index_version
        assert here.is_stale()
        here = Searcher.open(home, chroma_url=chroma_server, embed_model=onnx_embed)
        a = there.ask(Q)
        assert here.index_version == a["v"] == v2
        assert FAQ_REF not in [r for r, _ in a["cites"]]
        assert not any(h.clause.source == "faq.md" for h in here.search(Q, k=50))
        assert_from_one_version(home, a)

        r = rollback(home, chroma_url=chroma_server)
        assert r.version == v1 and read_current(home) == v1 and here.is_stale()
        here = Searcher.open(home, chroma_url=chroma_server, embed_model=onnx_embed)
        a = there.ask(Q)
        assert here.index_version == a["v"] == v1 and FAQ_REF in [r for r, _ in a["cites"]]
        assert here.search(Q)[0].ref == FAQ_REF

        # the collections live on the server; one deleted there cannot be rolled back to
        infos = list_versions(home, check=True, chroma_url=chroma_server)
        assert [(v.version, v.available, v.location) for v in infos] == [
            (v2, True, chroma_server), (v1, True, chroma_server)]
        store.delete_collection(store.open_client(home, chroma_server), f"pb_{v2}")
        with pytest.raises(VersionError, match=f"'pb_{v2}' is gone from {chroma_server}"):
            rollback(home, v2, chroma_url=chroma_server)
        assert read_current(home) == v1 and there.ask(Q)["v"] == v1
    finally:
        there.close()
