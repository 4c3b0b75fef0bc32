"""Time and peak memory of indexing a folder that holds one hostile file (a script, not a test).

    .venv/bin/python benchmarks/bench_hostile_files.py [--keep]

For each hostile file (a .docx zip bomb inflating to 209 MB, a sparse 1 GB file, a 50 MB .txt,
a 7.9 MB single-paragraph .md, a .docx with 3,000 entries, a 600-page PDF, a .docx holding 45 MB
of XML) it builds a small
knowledge folder plus that file and runs, each in a fresh process:

- ingest only (index.ingest.ingest_folder): seconds and peak RSS; target: skipped, < 10 s;
- the whole `policybot index` in a temporary POLICYBOT_HOME: exit code, seconds, peak RSS;
  target: exit 1 naming the file, peak < 1 GB.

Peak RSS is the child's ru_maxrss (os.wait4). The generators are the tests' own
(tests/test_hostile_files.py), at the sizes the issue reported.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from conftest import write_knowledge  # noqa: E402
from test_hostile_files import (_docx_with_body, long_paragraph_md, many_entries_docx, many_pages_pdf, sparse_file,  # noqa: E402
                                zip_bomb_docx)

ONE_GB_KB = 1024 * 1024


def big_txt(path: Path, mb: int = 50) -> Path:
    line = ("Staff must check every output before it is used. " * 20 + "\n").encode()
    with open(path, "wb") as fh:
        for _ in range(mb * 1024 * 1024 // len(line)):
            fh.write(line)
    return path


CASES = [
    ("zip bomb .docx (209 MB unzipped)", "bomb.docx", lambda p: zip_bomb_docx(p, 209)),
    ("sparse 1 GB .txt", "huge.txt", sparse_file),
    ("50 MB .txt", "big.txt", big_txt),
    ("7.9 MB single-paragraph .md", "long.md", lambda p: long_paragraph_md(p, int(7.9 * 1024 * 1024))),
    (".docx with 3,000 entries", "entries.docx", many_entries_docx),
    ("600-page PDF", "pages.pdf", many_pages_pdf),
    (".docx with 45 MB of XML", "bloated.docx", lambda p: _docx_with_body(p, 850_000, "1.1 Staff must check.")),
]


def run(cmd: list[str], env: dict) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak RSS in KB, stderr) of one child process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, time.perf_counter() - t0, usage.ru_maxrss, err


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    root = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    print(f"{'file':34} {'ingest s':>9} {'ingest MB':>10} {'index rc':>9} {'index s':>8} {'index MB':>9}  verdict")
    worst = 0
    try:
        for label, name, make in CASES:
            folder = write_knowledge(root / name / "knowledge")
            make(folder / name)
            ingest = [sys.executable, "-c",
                      "import sys; from index.ingest import ingest_folder; r = ingest_folder(sys.argv[1]); "
                      "[print(p, file=sys.stderr) for p in r.problems]", str(folder)]
            _, is_, irss, ierr = run(ingest, env)
            env_i = dict(env, POLICYBOT_HOME=str(root / name / "home"))
            rc, s, rss, err = run([sys.executable, "-m", "bot.cli", "index", str(folder)], env_i)
            skipped = name in ierr and rc == 1 and name in err
            ok = skipped and is_ < 10 and rss < ONE_GB_KB and irss < ONE_GB_KB
            worst = max(worst, rss)
            reason = next((ln for ln in err.splitlines() if name in ln), "").strip()
            print(f"{label:34} {is_:9.2f} {irss / 1024:10.0f} {rc:9d} {s:8.2f} {rss / 1024:9.0f}  "
                  f"{'ok' if ok else 'FAIL'}  {reason[:110]}")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"peak memory of any index run: {worst / 1024:.0f} MB (target < 1024 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
