"""Answer latency while the index is rebuilt in another process, and switch time (a script, not
a test).

    .venv/bin/python benchmarks/bench_reindex.py [--knowledge DIR] [--questions FILE]
                                                 [--baseline SECONDS] [--reindexes N]

Default knowledge: ../shared/eval/northvale/knowledge, questions: ../shared/eval/northvale/
northvale-questions.jsonl (paths relative to the repo root); skipped when missing.

In a temporary POLICYBOT_HOME: `policybot index` the folder (version v0). Then this process
answers the questions round and round, one at a time, each through
bot.engine.pipeline.get_engine(home) as the Slack and Teams bots do (so it follows the serving
version between two questions), while `policybot index` runs N times (default 2) in another
process over a copy of the folder with one clause (6.6) edited differently each time.
Reported:
- answer latency p50 / p95 / max before the first reindex and while a reindex runs;
- errors while answering (must be 0);
- per reindex: its wall time, and the switch time: from the moment CURRENT was written (the
  build's end, from the file's mtime) to the end of the first answer carrying the new
  index_version, and that first answer's own latency (it includes opening the new version);
- that every answer's index_version is one of the versions built.
Exit code 1 when an answer failed or carried an unknown version.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NORTHVALE = REPO.parent / "shared" / "eval" / "northvale"
SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
DROP_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy",
            "POLICYBOT_CHROMA_URL", "POLICYBOT_EMBEDDING", "POLICYBOT_EMBEDDING_MODEL", "POLICYBOT_DATABASE_URL",
            "POLICYBOT_SLACK_GOVERNANCE_CHANNEL", "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", "POLICYBOT_KNOWLEDGE")
POLICY = "northvale-ai-use-policy.md"
CLAUSE_OLD = "are retained under the ICB's records retention schedule"
CLAUSE_NEW = ("are retained for {n} months under the ICB's records retention schedule (edit {n} for the "
              "reindex benchmark)")


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))] if v else float("nan")


def load_questions(path: Path) -> list[str]:
    return [" ".join(json.loads(line)["question"].split())
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Answerer(threading.Thread):
    """Answers the questions round and round until stopped; records (start, end, version, error)."""

    def __init__(self, home: Path, questions: list[str]):
        super().__init__(name="answerer", daemon=True)
        self.home, self.questions = home, questions
        self.records: list[tuple[float, float, str | None, str | None]] = []   # wall start, wall end, version, error
        self.stop = threading.Event()

    def run(self) -> None:
        from bot.engine.pipeline import get_engine
        i = 0
        while not self.stop.is_set():
            q = self.questions[i % len(self.questions)]
            i += 1
            t0 = time.time()
            try:
                a = get_engine(self.home).answer(q)
                self.records.append((t0, time.time(), a.index_version, None))
            except Exception as e:
                self.records.append((t0, time.time(), None, f"{e.__class__.__name__}: {e}"))


def ms(records) -> list[float]:
    return [(r[1] - r[0]) * 1000 for r in records if not r[3]]


def current(home: Path) -> tuple[str | None, float | None]:
    """(serving version, mtime of CURRENT: when it was written)."""
    p = home / "CURRENT"
    try:
        return p.read_text(encoding="utf-8").strip() or None, p.stat().st_mtime
    except FileNotFoundError:
        return None, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--knowledge", type=Path, default=NORTHVALE / "knowledge")
    ap.add_argument("--questions", type=Path, default=NORTHVALE / "northvale-questions.jsonl")
    ap.add_argument("--baseline", type=float, default=10.0, help="seconds of answering before the first reindex")
    ap.add_argument("--reindexes", type=int, default=2)
    ap.add_argument("--pause", type=float, default=3.0, help="seconds of answering between / after reindexes")
    args = ap.parse_args()
    if not (args.knowledge / POLICY).is_file() or not args.questions.is_file():
        print(f"skipped: {args.knowledge} or {args.questions} not found")
        return 0
    questions = load_questions(args.questions)

    with tempfile.TemporaryDirectory(prefix="bench-reindex-") as tmp_s:
        tmp = Path(tmp_s)
        home = tmp / "home"
        env = {k: v for k, v in os.environ.items() if k not in DROP_ENV}
        env["POLICYBOT_HOME"] = str(home)
        os.environ.pop("POLICYBOT_CHROMA_URL", None)
        os.environ["POLICYBOT_HOME"] = str(home)
        t = time.perf_counter()
        subprocess.run(PB + ["index", "--quiet", str(args.knowledge)], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first_build = time.perf_counter() - t
        v0, _ = current(home)
        versions = [v0]

        copy = tmp / "knowledge-edited"
        shutil.copytree(args.knowledge, copy)
        original = (copy / POLICY).read_text(encoding="utf-8")
        if CLAUSE_OLD not in original:
            print(f"skipped: clause 6.6 text not found in {POLICY} (the edit would change nothing)")
            return 0

        from bot.engine.pipeline import get_engine
        get_engine(home).answer(questions[0])            # warm, as the bots do before serving
        answerer = Answerer(home, questions)
        answerer.start()
        time.sleep(args.baseline)

        runs = []   # (wall start, wall end, version, switched at, rc)
        for n in range(1, args.reindexes + 1):
            (copy / POLICY).write_text(original.replace(CLAUSE_OLD, CLAUSE_NEW.format(n=n)), encoding="utf-8")
            start = time.time()
            p = subprocess.run(PB + ["index", "--quiet", str(copy)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            end = time.time()
            v, switched = current(home)
            runs.append((start, end, v, switched, p.returncode, p.stderr.strip().splitlines()[-1:] if p.returncode else []))
            if p.returncode == 0 and v not in versions:
                versions.append(v)
            time.sleep(args.pause)
        answerer.stop.set()
        answerer.join(60)

    recs = answerer.records
    first_start = runs[0][0]
    during = [r for r in recs if any(s <= r[0] <= e for s, e, *_ in runs)]
    before = [r for r in recs if r[1] < first_start]
    errors = [r for r in recs if r[3]]
    unknown = [r for r in recs if r[3] is None and r[2] not in versions]

    print(f"Northvale: {len(questions)} questions; first build {first_build:.1f} s; {os.cpu_count()} CPU(s); "
          f"{len(recs)} answers in all")
    print(f"{'phase':<16}{'answers':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for label, rs in (("before reindex", before), ("during reindex", during)):
        lat = ms(rs)
        print(f"{label:<16}{len(lat):>8}{pct(lat, .5):>9.1f}{pct(lat, .95):>9.1f}{max(lat, default=float('nan')):>9.1f}")
    print(f"{'reindex':<8}{'rc':>3}{'wall s':>8}{'switch ms':>11}{'1st answer ms':>15}  version")
    ok_switch = True
    for i, (s, e, v, switched, rc, err) in enumerate(runs, 1):
        first_new = min((r for r in recs if r[2] == v and switched is not None and r[1] >= switched),
                        key=lambda r: r[1], default=None)
        ok = first_new is not None and rc == 0
        ok_switch &= ok
        sw = f"{(first_new[1] - switched) * 1000:.0f}" if ok else "-"
        took = f"{(first_new[1] - first_new[0]) * 1000:.0f}" if ok else "-"
        print(f"{i:<8}{rc:>3}{e - s:>8.1f}{sw:>11}{took:>15}  {v}" + (f"  {err}" if err else ""))
    by_version = {v: sum(1 for r in recs if r[2] == v) for v in versions}
    print(f"errors: {len(errors)}" + (f" (first: {errors[0][3]})" if errors else ""))
    print(f"index_version of every answer in {{{', '.join(versions)}}}: {'yes' if not unknown else 'NO'} "
          f"(answers per version: {', '.join(str(by_version[v]) for v in versions)})")
    return 1 if errors or unknown or not ok_switch or any(r[4] for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
