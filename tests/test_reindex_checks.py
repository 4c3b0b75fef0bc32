"""Checks before the switch, and failures halfway: whatever goes wrong, the serving version and
its answers stay exactly as they were; rollback restores the previous answers; versions are
pruned to POLICYBOT_KEEP_VERSIONS and a version whose collection is gone is not rolled back to."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine.pipeline import Engine
from conftest import write_knowledge
from index import store
from index.build import CheckFailedError, build_index, read_current, versions_dir
from index.lock import LOCK_FILE
from index.search import Searcher
from index.versions import VersionError, list_versions, rollback

QUESTIONS = ["Can I use an AI image generator for a published leaflet?",
             "Can I put health records into ChatGPT?",
             "How do I translate a leaflet with AI?"]


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def answers(home, embed) -> list[tuple]:
    eng = Engine.open(home, embed_model=embed)
    out = []
    for q in QUESTIONS:
        a = eng.answer(q)
        out.append((a.index_version, a.verdict.value, tuple(c.ref for c in a.citations),
                    tuple(c.quote for c in a.citations)))
    return out


def state(home) -> tuple:
    names = sorted(c.name for c in store.open_client(home).list_collections())
    return read_current(home), sorted(p.name for p in versions_dir(home).iterdir()), names


@pytest.mark.parametrize("stage", ["ingest", "embed", "store"])
def test_build_failing_halfway_leaves_answers_unchanged(tmp_path, home, onnx_embed, stage):
    k = write_knowledge(tmp_path / "k")
    build_index(k, home, embed_model=onnx_embed)
    before, before_state = answers(home, onnx_embed), state(home)
    policy = k / "policy.md"
    policy.write_text(policy.read_text().replace("never in published material", f"and on posters ({stage})"))
    (k / "faq.md").unlink()

    def crash(s, done, total):
        if s == stage:
            raise RuntimeError(f"simulated crash at {s}")
    with pytest.raises(RuntimeError, match="simulated crash"):
        build_index(k, home, embed_model=onnx_embed, progress=crash)
    assert state(home) == before_state               # no new version, no leftover collection
    assert not (home / LOCK_FILE).exists()           # the lock was released
    assert answers(home, onnx_embed) == before


def test_collapse_is_refused_unless_forced(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    good = build_index(k, home, embed_model=onnx_embed)
    before_state = state(home)
    (k / "policy.md").write_text("# Policy\n\n## 1. Purpose\n\n1.1 Short now.\n")
    with pytest.raises(CheckFailedError, match=r"4 document clause\(s\), fewer than half of the 16") as e:
        build_index(k, home, embed_model=onnx_embed)
    assert e.value.check == "collapse"
    assert state(home) == before_state
    s = Searcher.open(home, embed_model=onnx_embed)
    assert s.index_version == good.index_version and "policy.md#5.1" in s.clauses

    r = build_index(k, home, embed_model=onnx_embed, force=True)
    assert read_current(home) == r.index_version and r.checks["collapse"]["forced"] is True
    assert "policy.md#5.1" in r.removed

    # another folder path is compared with the version in use too (issue 17 item 2): indexing a
    # path that lacks the policy is refused, naming both folders, and the policy keeps serving
    serving = state(home)
    other = tmp_path / "other"
    other.mkdir()
    (other / "tools-register.csv").write_text((k / "tools-register.csv").read_text())
    with pytest.raises(CheckFailedError, match=r"0 document clause\(s\), fewer than half .* built from "
                                               + re.escape(str(k.resolve()))) as e2:
        build_index(other, home, embed_model=onnx_embed)
    assert e2.value.check == "collapse" and state(home) == serving
    (other / "p.md").write_text("# P\n\n## 1. One\n\n1.1 Only clause.\n")
    r2 = build_index(other, home, embed_model=onnx_embed, force=True)
    assert read_current(home) == r2.index_version and r2.checks["same_folder"] is False


def test_unreadable_indexed_file_keeps_serving_new_bad_file_is_skipped(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    good = build_index(k, home, embed_model=onnx_embed)
    before = answers(home, onnx_embed)
    (k / "faq.md").write_bytes(b"\xff\xfe\x00garbage \x80\x81")          # not UTF-8 any more
    with pytest.raises(CheckFailedError, match=r"faq\.md .*fix the file, delete it") as e:
        build_index(k, home, embed_model=onnx_embed)
    assert e.value.check == "lost_documents"
    assert read_current(home) == good.index_version and answers(home, onnx_embed) == before

    (k / "faq.md").write_text("# FAQ\n\n## Is this fixed?\n\nYes.\n")
    (k / "broken.docx").write_bytes(b"not a zip file")       # a new bad file: skipped, named
    r = build_index(k, home, embed_model=onnx_embed)
    assert read_current(home) == r.index_version
    assert [Path(p.path).name for p in r.skipped] == ["broken.docx"]
    assert r.checks["smoke"]["hits"]


def test_rollback_restores_previous_answers_and_refuses_missing_collection(tmp_path, home, onnx_embed,
                                                                          monkeypatch):
    monkeypatch.setenv("POLICYBOT_KEEP_VERSIONS", "2")
    k = write_knowledge(tmp_path / "k")
    v1 = build_index(k, home, embed_model=onnx_embed).index_version
    first = answers(home, onnx_embed)
    (k / "faq.md").unlink()
    policy = k / "policy.md"
    policy.write_text(policy.read_text().replace(
        "Special category data, such as health records or safeguarding information, must never be entered",
        "Health records may be entered only into tools the register approves for special category data and never"))
    v2 = build_index(k, home, embed_model=onnx_embed).index_version
    second = answers(home, onnx_embed)
    assert second != first and all(a[0] == v2 for a in second)
    assert not any("faq.md#" in r for a in second for r in a[2])

    r = rollback(home)                                  # default: the version before the serving one
    assert (r.version, r.previous_version) == (v1, v2) and read_current(home) == v1
    assert [x["ref"] for x in r.diff["added"]] == ["faq.md#can-i-translate-a-leaflet-with-ai",
                                                   "faq.md#can-i-use-ai-to-write-software-code"]
    assert answers(home, onnx_embed) == first           # the previous answers, word for word
    with pytest.raises(VersionError, match="no version older"):
        rollback(home)
    rollback(home, v2[:20])                             # forward again, by a unique prefix
    assert read_current(home) == v2 and answers(home, onnx_embed) == second

    # keep 2: a third build prunes v1
    policy.write_text(policy.read_text() + "\n5.2 Extra.\n")
    v3 = build_index(k, home, embed_model=onnx_embed).index_version
    assert [v.version for v in list_versions(home)] == [v3, v2]
    with pytest.raises(VersionError, match="no version"):
        rollback(home, v1)
    # after a rollback, the next build keeps the version it replaced (answers may be in flight)
    assert rollback(home).version == v2
    policy.write_text(policy.read_text() + "\n5.3 Another.\n")
    v4 = build_index(k, home, embed_model=onnx_embed).index_version
    assert [v.version for v in list_versions(home)] == [v4, v2]
    # a version whose vector collection is gone is refused, CURRENT untouched
    store.delete_collection(store.open_client(home), f"pb_{v2}")
    assert [v.available for v in list_versions(home, check=True)] == [True, False]
    with pytest.raises(VersionError, match=f"its vector collection 'pb_{v2}' is gone"):
        rollback(home)
    assert read_current(home) == v4
