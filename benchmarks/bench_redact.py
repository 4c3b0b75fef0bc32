"""Redaction speed (a script, not a test: tests never depend on wall-clock speed). Prints the
mean time per question over the Northvale questions of tests/test_redact.py; target < 2 ms."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.redact import redact  # noqa: E402
from test_redact import NORTHVALE_CLEAN, NORTHVALE_PII  # noqa: E402

TARGET_MS = 2.0


def main() -> int:
    questions = NORTHVALE_CLEAN + [q for _, q, _, _ in NORTHVALE_PII]
    for q in questions:
        redact(q)
    rounds = 20
    t0 = time.perf_counter()
    for _ in range(rounds):
        for q in questions:
            redact(q)
    mean = (time.perf_counter() - t0) / (rounds * len(questions)) * 1000
    print(f"redaction: mean {mean:.3f} ms per question over {len(questions)} questions "
          f"(target < {TARGET_MS} ms): {'ok' if mean < TARGET_MS else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
