"""Live reload: one long-lived answering process (get_engine per question, as the Slack and Teams
surfaces do) answers from the new version right after another process reindexes, every answer
comes from exactly one version (its citations and quotes are that version's), and a deleted clause
is never cited after the switch."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import write_knowledge
from index.build import build_index, load_manifest, manifest_clauses, read_current
from test_cli import make_env, run

ROOT = Path(__file__).resolve().parents[1]

ANSWERER = """
import json, sys
from pathlib import Path
from bot.engine.pipeline import get_engine
home, url = Path(sys.argv[1]), (sys.argv[2] if len(sys.argv) > 2 else None)
print("READY", flush=True)
for line in sys.stdin:
    q = line.strip()
    if not q:
        continue
    a = get_engine(home, url).answer(q)
    print(json.dumps({"q": q, "v": a.index_version, "verdict": a.verdict.value,
                      "cites": [[c.ref, c.quote] for c in a.citations]}), flush=True)
"""

IMAGES = "Can I use an AI image generator for slides in an internal presentation?"
HEALTH = "Can I paste health records into Copilot Chat?"


class Answerer:
    """A long-lived answering process, asked over stdin, answering in JSON Lines."""

    def __init__(self, home: Path, env: dict, chroma_url: str | None = None):
        args = [sys.executable, "-c", ANSWERER, str(home)] + ([chroma_url] if chroma_url else [])
        self.p = subprocess.Popen(args, env=env, cwd=ROOT, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._lock = threading.Lock()
        assert self.p.stdout.readline().strip() == "READY", self.p.stderr.read()

    def ask(self, q: str) -> dict:
        with self._lock:
            self.p.stdin.write(q + "\n")
            self.p.stdin.flush()
            line = self.p.stdout.readline()
        if not line:
            raise AssertionError(f"answerer died: {self.p.stderr.read()}")
        return json.loads(line)

    def close(self) -> None:
        try:
            self.p.stdin.close()
            self.p.wait(10)
        finally:
            if self.p.poll() is None:
                self.p.kill()
            self.p.stdout.close()
            self.p.stderr.close()


def assert_from_one_version(home: Path, a: dict) -> None:
    """Every citation of the answer is a clause of the answer's version, quoted from that
    version's text."""
    man = load_manifest(home, a["v"])
    assert man is not None, a
    text = {c.ref: " ".join(c.text.split()) for c in manifest_clauses(man)}
    for ref, quote in a["cites"]:
        assert ref in text, (a["v"], ref)
        assert " ".join(quote.split()) in text[ref], (a["v"], ref, quote)


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def test_running_answerer_switches_between_questions(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    v1 = build_index(k, home, embed_model=onnx_embed).index_version
    env = make_env(home, tmp_path / "xdg")
    bot = Answerer(home, env)
    try:
        a = bot.ask(IMAGES)
        assert a["v"] == v1 and "policy.md#5.1" in [r for r, _ in a["cites"]]
        assert_from_one_version(home, a)

        # another process deletes the images clause and rewrites 3.2
        policy = k / "policy.md"
        policy.write_text(policy.read_text()
                          .replace("5.1 Image generators may be used to illustrate internal presentations "
                                   "only, never in published material.\n", "")
                          .replace("must never be entered into any generative AI tool",
                                   "must never be entered into any generative AI tool, in any version"))
        p = run(["index", k], env)
        assert p.returncode == 0, p.stderr
        v2 = read_current(home)
        assert v2 != v1 and "policy.md#5.1" not in {c.ref for c in manifest_clauses(load_manifest(home, v2))}

        # the very next question is answered from the new version, without a restart
        a = bot.ask(IMAGES)
        assert a["v"] == v2 and bot.p.poll() is None
        assert not any(r == "policy.md#5.1" for r, _ in a["cites"])
        assert_from_one_version(home, a)

        # questions keep coming while a third process reindexes: every answer is from one
        # version, and after the switch only from the new one
        answers: list[tuple[float, dict]] = []
        stop = threading.Event()

        def load() -> None:
            while not stop.is_set():
                for q in (HEALTH, IMAGES):
                    sent = time.monotonic()          # asked after the switch => new version
                    answers.append((sent, bot.ask(q)))

        t = threading.Thread(target=load)
        t.start()
        try:
            policy.write_text(policy.read_text().replace("in any version", "under any circumstances"))
            p = run(["index", k], env)
            switched_at = time.monotonic()
        finally:
            time.sleep(0.3)
            stop.set()
            t.join(30)
        assert p.returncode == 0, p.stderr
        v3 = read_current(home)
        after = [a for ts, a in answers if ts > switched_at]
        assert len(answers) > 10 and after, len(answers)
        assert {a["v"] for _, a in answers} <= {v2, v3}
        assert all(a["v"] == v3 for a in after)
        for _, a in answers:
            assert_from_one_version(home, a)
            assert not any(r == "policy.md#5.1" for r, _ in a["cites"])
        health = [a for a in after if a["q"] == HEALTH]
        assert any("under any circumstances" in q for a in health for _, q in a["cites"]), health[:1]
    finally:
        bot.close()
