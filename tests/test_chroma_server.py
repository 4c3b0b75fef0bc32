"""Build and search through a real Chroma server (`chroma run`) on loopback."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import write_knowledge
from index import store
from index.build import build_index, read_current, versions_dir
from index.search import Searcher

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_binary() -> str:
    local = Path(sys.executable).parent / "chroma"
    found = str(local) if local.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command (from the chromadb wheel) is not installed")
    return found


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    env["ANONYMIZED_TELEMETRY"] = "False"
    log = open(data / "server.log", "wb")
    proc = subprocess.Popen([_chroma_binary(), "run", "--host", "127.0.0.1", "--port", str(port),
                             "--path", str(data / "db")], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + 30
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}: "
                            + (data / "server.log").read_text(errors="replace")[-2000:])
            try:
                with opener.open(f"{url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma run did not answer within 30 s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_build_and_search_through_chroma_server(chroma_server, tmp_path, pb_env, onnx_embed):
    knowledge = write_knowledge(tmp_path / "knowledge")
    home = tmp_path / "home"
    r = build_index(knowledge, home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert not (home / "chroma").exists()                 # nothing embedded locally
    man = versions_dir(home) / r.index_version / "manifest.json"
    assert chroma_server in man.read_text()

    s = Searcher.open(home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert s.chroma_location == chroma_server
    hit = s.search("Can I put safeguarding information or health records into an AI tool?")[0]
    assert hit.clause.ref == "policy.md#3.2" and hit.vector_score > 0.3

    # a document deleted from the folder disappears from the server too
    (knowledge / "faq.md").unlink()
    r2 = build_index(knowledge, home, chroma_url=chroma_server, embed_model=onnx_embed)
    assert r2.embedded == 0 and len(r2.removed) == 2
    # no URL given: the searcher follows the manifest to the server
    s2 = Searcher.open(home, embed_model=onnx_embed)
    assert s2.chroma_location == chroma_server and s2.index_version == r2.index_version
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
