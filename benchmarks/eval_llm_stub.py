"""The Northvale evaluation with the LLM composer on, against the loopback stub (issue 9), next to
the deterministic run (a script, not a test).

    .venv/bin/python benchmarks/eval_llm_stub.py [--mode good] [--knowledge DIR] [--questions FILE]

In a temporary POLICYBOT_HOME: `policybot index` the folder; answer every question with
`policybot ask --json -` twice, composer off and POLICYBOT_LLM=openai pointed at tests/llm_stub.py
in --mode (default good: the candidate answer echoed with a reworded summary); score both with
../shared/eval/score.py --answers ... --sources; print the two score lines and how many answers
the composer changed (summary, verdict, citations). Proxy variables are cleared: loopback only.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
NORTHVALE = EVAL / "northvale"
SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
sys.path.insert(0, str(REPO / "tests"))


def _env(home: Path, llm: dict | None) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy") and not k.startswith("POLICYBOT_LLM")}
    env["POLICYBOT_HOME"] = str(home)
    env.update(llm or {})
    return env


def _ask(questions: list[str], env: dict) -> tuple[list[dict], float]:
    t0 = time.perf_counter()
    out = subprocess.run(PB + ["ask", "--json", "-"], input="\n".join(questions) + "\n", env=env,
                         capture_output=True, text=True, cwd=REPO, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()], time.perf_counter() - t0


def _score(cases: Path, answers: list[dict], sources: Path, tmp: Path, name: str) -> dict:
    f = tmp / f"answers-{name}.jsonl"
    f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers), encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), "--cases", str(cases), "--answers", str(f),
                          "--sources", str(sources), "--json"], capture_output=True, text=True)
    return json.loads(out.stdout)


def _line(name: str, s: dict, secs: float) -> str:
    f = s.get("faithfulness") or {}
    return (f"{name:<14} verdict {s['verdict_correct']}/{s['n']} ({s['verdict_accuracy']:.3f})  "
            f"hit@3 {s['citation_hits']}/{s['citation_cases']} ({s['citation_hit_at_3']:.3f})  "
            f"escalation {s['escalation_correct']}/{s['n']}  dangerous {s['dangerous_errors']}  "
            f"pii_leaks {s['pii_leaks']}  malformed {s['malformed']}  "
            f"faithful {f.get('faithful')}/{f.get('citations_checked')}  unknown_clause {f.get('unknown_clause_citations')}  "
            f"({secs:.1f} s)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--knowledge", type=Path, default=NORTHVALE / "knowledge")
    ap.add_argument("--questions", type=Path, default=NORTHVALE / "northvale-questions.jsonl")
    ap.add_argument("--mode", default="good")
    args = ap.parse_args()
    if not args.knowledge.is_dir() or not args.questions.is_file():
        print("skipped: evaluation set not found", file=sys.stderr)
        return 0
    from llm_stub import LLMStub
    cases = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [c["question"].replace("\n", " ") for c in cases]
    with tempfile.TemporaryDirectory() as td, LLMStub(args.mode) as stub:
        tmp = Path(td)
        home = tmp / "home"
        subprocess.run(PB + ["index", str(args.knowledge)], env=_env(home, None), check=True,
                       capture_output=True, cwd=REPO)
        off, t_off = _ask(questions, _env(home, None))
        on, t_on = _ask(questions, _env(home, {"POLICYBOT_LLM": "openai", "POLICYBOT_LLM_ENDPOINT": stub.url,
                                               "POLICYBOT_LLM_MODEL": "stub", "POLICYBOT_LLM_API_KEY": "stub"}))
        s_off = _score(args.questions, off, args.knowledge, tmp, "off")
        s_on = _score(args.questions, on, args.knowledge, tmp, "on")
    print(_line("deterministic", s_off, t_off))
    print(_line(f"stub:{args.mode}", s_on, t_on))
    changed = sum(a["summary"] != b["summary"] for a, b in zip(off, on))
    verdicts = sum(a["verdict"] != b["verdict"] for a, b in zip(off, on))
    cites = sum([c["ref"] for c in a["citations"]] != [c["ref"] for c in b["citations"]] for a, b in zip(off, on))
    print(f"composer: {len(stub.requests)} LLM calls; answers changed: summary {changed}, verdict {verdicts}, "
          f"citation refs {cites} (of {len(cases)})")
    keys = ("verdict_correct", "citation_hits", "escalation_correct", "dangerous_errors", "pii_leaks", "malformed")
    worse = [k for k in keys if (s_on[k] < s_off[k]) == (k in keys[:3]) and s_on[k] != s_off[k]]
    print("regression: " + (", ".join(worse) if worse else "none"))
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
