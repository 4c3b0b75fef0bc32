"""`policybot index --watch DIR` as a real process: builds at start, reindexes after a file edit
(debounced), survives a bad file (the previous version keeps serving), and stops on SIGTERM."""
from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import write_knowledge
from index.build import read_current
from index.diff import load_diff
from index.watch import relevant
from test_cli import PB, make_env

ROOT = Path(__file__).resolve().parents[1]


def wait_for(cond, what: str, log: Path, timeout: float = 40.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = cond()
        if v:
            return v
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}; watcher log:\n{log.read_text(errors='replace')[-3000:]}")


def test_relevant_files(tmp_path):
    assert relevant(str(tmp_path / "policy.docx"), tmp_path)
    assert relevant(str(tmp_path / "sub" / "register.csv"), tmp_path)
    assert relevant(str(tmp_path / "sources.yaml"), tmp_path)
    assert not relevant(str(tmp_path / "~$policy.docx"), tmp_path)
    assert not relevant(str(tmp_path / ".policy.md.swp"), tmp_path)
    assert not relevant(str(tmp_path / "notes.xlsx"), tmp_path)
    assert not relevant("/elsewhere/policy.md", tmp_path)


def test_watch_reindexes_on_edit_survives_bad_file_and_stops(tmp_path, pb_env):
    k = write_knowledge(tmp_path / "k")
    home = tmp_path / "home"
    log = tmp_path / "watch.log"
    env = make_env(home, tmp_path / "xdg")
    with open(log, "w") as fh:
        proc = subprocess.Popen(PB + ["index", "--watch", str(k), "--debounce", "0.5"], env=env, cwd=ROOT,
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        v1 = wait_for(lambda: read_current(home), "the first build", log)
        wait_for(lambda: "watching" in log.read_text(), "the watcher to start", log)
        time.sleep(0.5)

        policy = k / "policy.md"
        policy.write_text(policy.read_text().replace("never in published material",
                                                     "and in published leaflets with approval"))
        v2 = wait_for(lambda: (read_current(home) or v1) != v1 and read_current(home), "a reindex", log)
        assert [c["ref"] for c in load_diff(home, v2)["changed"]] == ["policy.md#5.1"]
        wait_for(lambda: f"reindexed as version {v2}" in log.read_text(), "the result in the log", log)

        # a bad file: a document the serving version indexed becomes unreadable
        (k / "faq.md").write_bytes(b"\xff\xfe\x00 half-synced \x80\x81")
        wait_for(lambda: "reindex failed, the serving version is unchanged" in log.read_text(),
                 "the failed reindex", log)
        assert "faq.md" in log.read_text() and read_current(home) == v2 and proc.poll() is None

        # fixed: the next change builds again
        (k / "faq.md").write_text("# FAQ\n\n## Can I use AI to write software code?\n\nOnly approved assistants.\n")
        v3 = wait_for(lambda: read_current(home) not in (v1, v2) and read_current(home), "a reindex after the fix", log)
        d = load_diff(home, v3)
        assert [c["ref"] for c in d["changed"]] == ["faq.md#can-i-use-ai-to-write-software-code"]
        assert [c["ref"] for c in d["removed"]] == ["faq.md#can-i-translate-a-leaflet-with-ai"]

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
        assert "stopped watching" in log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
