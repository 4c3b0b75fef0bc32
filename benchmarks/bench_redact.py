"""Redaction timings per question over a redaction stress set (a script, not a test).

    .venv/bin/python benchmarks/bench_redact.py [--cases FILE] [--repeat N] [--target-ms 3]

Default cases: eval/redaction/stress-1.jsonl (falls back to eval/council-questions.jsonl when the
stress set is not there). Every question is redacted once to warm up, then --repeat times; the
report gives p50 / p95 / max per question (the median of the repeats of each question, so a
scheduler hiccup on a shared machine does not count), the import time of bot.redact, and whether
p50 meets the target (issue 16: p50 <= 3 ms, leaving room for a name-recognition layer).
Exit status 1 when p50 misses the target.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_CASES = REPO / "eval" / "redaction" / "stress-1.jsonl"
FALLBACK_CASES = REPO / "eval" / "council-questions.jsonl"


def load_questions(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                out.append(line)
                continue
            out.append(obj["question"] if isinstance(obj, dict) else str(obj))
    return out


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--target-ms", type=float, default=3.0)
    a = ap.parse_args()
    cases = a.cases or (DEFAULT_CASES if DEFAULT_CASES.exists() else FALLBACK_CASES)
    if not cases.exists():
        print(f"no cases at {cases}", file=sys.stderr)
        return 2
    questions = load_questions(cases)

    t0 = time.perf_counter()
    from bot.redact import redact
    import_ms = (time.perf_counter() - t0) * 1000

    for q in questions:
        redact(q)
    per_question = []
    for q in questions:
        runs = []
        for _ in range(max(1, a.repeat)):
            t = time.perf_counter()
            redact(q)
            runs.append((time.perf_counter() - t) * 1000)
        per_question.append(statistics.median(runs))

    p50, p95, worst = pct(per_question, 50), pct(per_question, 95), max(per_question)
    ok = p50 <= a.target_ms
    print(f"cases: {cases} ({len(questions)} questions, {a.repeat} repeats each)")
    print(f"import bot.redact: {import_ms:.0f} ms")
    print(f"redact per question: p50 {p50:.3f} ms, p95 {p95:.3f} ms, max {worst:.3f} ms, "
          f"mean {statistics.fmean(per_question):.3f} ms")
    print(f"target p50 <= {a.target_ms:g} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
