"""Index every organisation under eval/orgs into a throwaway home and score its cases. With the
external scorer beside the repository (`../shared/eval/score.py`, when it exists) the answers
come through `policybot ask --json -` exactly as an external evaluation gets them; otherwise
`policybot eval CASES --sources originals` scores them (the repository stands alone). Prints one
summary row per organisation."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"
BIN = Path(sys.executable).parent
POLICYBOT = str(BIN / "policybot") if (BIN / "policybot").exists() else "policybot"


def score(org: Path, env: dict) -> dict:
    if SCORER.exists():
        cmd = [sys.executable, str(SCORER), "--cases", str(org / "cases.jsonl"), "--run",
               f"{POLICYBOT} ask --json -", "--sources", str(org / "originals"), "--json"]
    else:
        cmd = [POLICYBOT, "eval", str(org / "cases.jsonl"), "--sources", str(org / "originals"), "--json",
               "--max-dangerous", str(10 ** 6)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> int:
    print("scorer:", SCORER if SCORER.exists() else "policybot eval (no ../shared/eval/score.py)")
    print(f"{'organisation':<10} {'verdict':>8} {'hit@3':>6} {'escal.':>7} {'danger':>7} {'pii':>4} {'faithful':>9}")
    for org in sorted(p for p in HERE.iterdir() if (p / "cases.jsonl").exists()):
        home = tempfile.mkdtemp(prefix=f"policybot-eval-{org.name}-")
        env = dict(os.environ, POLICYBOT_HOME=home)
        try:
            subprocess.run([POLICYBOT, "index", str(org / "knowledge")], env=env, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            s = score(org, env)
        finally:
            shutil.rmtree(home, ignore_errors=True)
        m = s
        print(f"{org.name:<10} {m['verdict_accuracy']:>8.3f} {m['citation_hit_at_3']:>6.3f} "
              f"{m['escalation_accuracy']:>7.3f} {m['dangerous_errors']:>7} {m['pii_leaks']:>4} "
              f"{m['faithfulness']['quote_faithfulness']:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
