"""Cold start of `policybot ask` (a script, not a test): the wall time of a whole process, from
exec to the printed answer, run several times against an index of the bundled example, with p50
against the 1.5 s target; then what the time goes on, each part measured in a fresh process.

    python benchmarks/bench_cold.py [--runs 7] [--home DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.5
QUESTION = "Can I use ChatGPT to draft a press release?"
BIN = Path(sys.executable).parent
PB = [str(BIN / "policybot")] if (BIN / "policybot").exists() else [sys.executable, "-m", "bot.cli"]

# each part in a fresh interpreter: (label, code run after `import time; t0 = time.perf_counter()`)
PARTS = [
    ("python + bot.cli (typer)", "import bot.cli"),
    ("import llama_index.core", "import llama_index.core"),
    ("import chromadb", "import chromadb"),
    ("import onnxruntime + tokenizers", "import onnxruntime, tokenizers"),
    ("engine imports (bot.engine.pipeline)", "import bot.engine.pipeline"),
    ("Engine.open (imports + model + Chroma + BM25)",
     "from pathlib import Path; from bot.engine.pipeline import Engine; Engine.open(Path(HOME))"),
]


def env_for(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(POLICYBOT_HOME=str(home), PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    return env


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--home", type=Path, help="a home with an index (default: the bundled example in a temp home)")
    args = ap.parse_args()
    tmp = None
    home = args.home
    if home is None:
        tmp = Path(tempfile.mkdtemp(prefix="policybot-cold-"))
        home = tmp / "home"
        subprocess.run(PB + ["index", "--example", "--quiet"], env=env_for(home), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        env = env_for(home)
        subprocess.run(PB + ["ask", "--json", QUESTION], env=env, check=True, capture_output=True)  # OS file cache
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(PB + ["ask", "--json", QUESTION], env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
        p50 = statistics.median(times)
        print(f"policybot ask (process start to answer), {args.runs} runs: p50 {p50:.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}); target {TARGET} s: {'ok' if p50 <= TARGET else 'OVER'}")
        print("what it takes (each in a fresh process):")
        for label, code in PARTS:
            prog = (f"HOME = {str(home)!r}\nimport time\nt0 = time.perf_counter()\n{code}\n"
                    "print(f'{time.perf_counter() - t0:.2f}')")
            out = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True)
            value = out.stdout.strip().splitlines()[-1] if out.returncode == 0 and out.stdout.strip() else "error"
            print(f"  {label:<48} {value} s")
        try:
            load = os.getloadavg()[0]
            print(f"(load average {load:.1f} on {os.cpu_count()} cores: timings vary with it)")
        except OSError:
            pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
