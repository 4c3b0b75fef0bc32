"""Answer timings and memory over the Northvale evaluation set (a script, not a test).

    .venv/bin/python benchmarks/bench_answer.py [--knowledge DIR] [--questions FILE] [--repeat N]

Default knowledge: ../shared/eval/northvale/knowledge, questions: ../shared/eval/northvale/
northvale-questions.jsonl (paths relative to the repo root); skipped when missing. In a temporary
POLICYBOT_HOME: `policybot index` the folder, then report
- cold start to the first answer: a fresh `policybot ask --json "..."` subprocess (wall time), and
  in-process import + Engine.open + first answer;
- warm answer latency p50/p95/max over every question asked --repeat times in-process
  (targets: p50 <= 12 ms, p95 <= 30 ms; the ratio to each is printed);
- the batch `policybot ask --json -` process over all questions: wall time and peak RSS
  (the child's own ru_maxrss, from os.wait4).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NORTHVALE = REPO.parent / "shared" / "eval" / "northvale"
SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
TARGET_P50_MS, TARGET_P95_MS = 12.0, 30.0     # issue 13: in-process, warm, on the 2-core machine
DROP_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy",
            "POLICYBOT_CHROMA_URL", "POLICYBOT_EMBEDDING", "POLICYBOT_EMBEDDING_MODEL")


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))]


def load_questions(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            q = " ".join(json.loads(line)["question"].split())   # one line each for the batch
            if q:
                out.append(q)
    return out


def batch_rss(env: dict, questions: list[str], tmp: Path) -> tuple[float, int, list[dict], int]:
    """Run `policybot ask --json -` over the questions; (wall s, peak RSS KiB, answers, exit code).
    os.wait4 gives this child's own rusage, whatever other children the script ran."""
    qfile, ofile = tmp / "questions.txt", tmp / "answers.jsonl"
    qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
    with open(qfile, "rb") as fin, open(ofile, "wb") as fout:
        t = time.perf_counter()
        p = subprocess.Popen(PB + ["ask", "--json", "-"], stdin=fin, stdout=fout,
                             stderr=subprocess.DEVNULL, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
    answers = [json.loads(ln) for ln in ofile.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return wall, ru.ru_maxrss, answers, p.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--knowledge", type=Path, default=NORTHVALE / "knowledge")
    ap.add_argument("--questions", type=Path, default=NORTHVALE / "northvale-questions.jsonl")
    ap.add_argument("--repeat", type=int, default=3, help="times each question is asked warm")
    ap.add_argument("--cold-runs", type=int, default=3, help="fresh `policybot ask` processes")
    args = ap.parse_args(argv)
    if not args.knowledge.is_dir() or not args.questions.is_file():
        print(f"skipped: Northvale knowledge or questions not found ({args.knowledge}, {args.questions})")
        return 0
    questions = load_questions(args.questions)
    first_q = questions[0]

    with tempfile.TemporaryDirectory(prefix="pb-bench-answer-") as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        env = {k: v for k, v in os.environ.items() if k not in DROP_ENV}
        env.update(POLICYBOT_HOME=str(home), XDG_DATA_HOME=str(tmp / "xdg"))
        os.environ.update(POLICYBOT_HOME=str(home), XDG_DATA_HOME=str(tmp / "xdg"))
        for k in DROP_ENV:
            os.environ.pop(k, None)

        # ---- index (also prepares the engine's sentence vectors, as `policybot index` does)
        t = time.perf_counter()
        r = subprocess.run(PB + ["index", str(args.knowledge), "-q"], env=env, capture_output=True, text=True)
        index_s = time.perf_counter() - t
        if r.returncode != 0:
            print(f"policybot index exited {r.returncode}:\n{r.stderr}", file=sys.stderr)
            return 1
        summary_line = r.stderr.strip().splitlines()[-1]

        # ---- cold start: fresh processes
        cold = []
        for _ in range(args.cold_runs):
            t = time.perf_counter()
            r = subprocess.run(PB + ["ask", "--json", first_q], env=env, capture_output=True, text=True)
            cold.append(time.perf_counter() - t)
            if r.returncode != 0:
                print(f"policybot ask exited {r.returncode}:\n{r.stderr}", file=sys.stderr)
                return 1
        cold_answer = json.loads(r.stdout)

        # ---- cold start in-process
        t = time.perf_counter()
        sys.path.insert(0, str(REPO))
        from bot.engine.pipeline import Engine  # noqa: E402
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        engine = Engine.open(home)
        open_s = time.perf_counter() - t
        t = time.perf_counter()
        a = engine.answer(first_q)
        first_ms = (time.perf_counter() - t) * 1000

        # ---- warm latency
        lat = []
        for _ in range(args.repeat):
            for q in questions:
                t = time.perf_counter()
                engine.answer(q)
                lat.append((time.perf_counter() - t) * 1000)
        p50, p95, mx = statistics.median(lat), pct(lat, 0.95), max(lat)

        # ---- batch process: wall time and peak RSS
        batch_s, rss_kib, answers, batch_rc = batch_rss(env, questions, tmp)

    versions = {x.get("index_version") for x in answers}
    print(f"knowledge {args.knowledge} ({len(questions)} questions)")
    print(f"index: {summary_line}  [wall {index_s:.2f} s]")
    print()
    rows = [
        ("cold: `policybot ask --json` process", f"{cold[0]:.2f} s",
         f"median of {len(cold)}: {statistics.median(cold):.2f} s, min {min(cold):.2f} s"),
        ("cold in-process: import engine", f"{import_s:.2f} s", ""),
        ("cold in-process: Engine.open", f"{open_s:.2f} s", ""),
        ("cold in-process: first answer", f"{first_ms:.1f} ms", ""),
        (f"warm p50 ({len(lat)} answers)", f"{p50:.1f} ms",
         f"target < {TARGET_P50_MS:.0f} ms: ratio {p50 / TARGET_P50_MS:.2f} {'ok' if p50 < TARGET_P50_MS else 'MISSED'}"),
        ("warm p95", f"{p95:.1f} ms",
         f"target < {TARGET_P95_MS:.0f} ms: ratio {p95 / TARGET_P95_MS:.2f} {'ok' if p95 < TARGET_P95_MS else 'MISSED'}"),
        ("warm max", f"{mx:.1f} ms", ""),
        ("batch `policybot ask --json -` wall", f"{batch_s:.2f} s",
         f"{len(answers)}/{len(questions)} answers, exit {batch_rc}, "
         f"{len(versions)} index version(s), {batch_s / max(len(answers), 1) * 1000:.0f} ms/question incl. start-up"),
        ("batch peak RSS", f"{rss_kib / 1024:.0f} MiB", "ru_maxrss of that child (os.wait4)"),
    ]
    w = max(len(r[0]) for r in rows)
    print(f"{'measure':<{w}}  {'value':>10}  note")
    print("-" * (w + 14 + max(len(r[2]) for r in rows)))
    for name, val, note in rows:
        print(f"{name:<{w}}  {val:>10}  {note}".rstrip())
    print()
    print(f"first question: {first_q!r} -> {cold_answer['verdict']} "
          f"({', '.join(c['ref'] for c in cold_answer['citations'][:2]) or 'no citations'})")
    return 0 if batch_rc == 0 and len(answers) == len(questions) else 1


if __name__ == "__main__":
    sys.exit(main())
