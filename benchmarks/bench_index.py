"""Index and search timings for one or more knowledge folders (a script, not a test).

    .venv/bin/python benchmarks/bench_index.py [FOLDER ...] [--queries N] [--chroma-url URL]

Default folders: the repo's knowledge/ (if it has files) and ../shared/eval/northvale/knowledge.
For each folder, in a temporary POLICYBOT home: full build (empty embedding cache, model already
loaded), incremental rebuild after editing one clause line in a copy of the folder (target:
incremental/full < 0.1), Searcher.open time, and warm search latency p50/p95 (target p50 < 30 ms).
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from index.build import build_index  # noqa: E402
from index.embeddings import get_embed_model  # noqa: E402
from index.search import Searcher  # noqa: E402

QUESTIONS = [
    "Can I use ChatGPT for work?",
    "Can I paste a resident's personal data into Copilot?",
    "Is Microsoft 365 Copilot Chat approved?",
    "Can I use AI to summarise a Teams meeting?",
    "Who approves a new AI tool?",
    "Can I put health records into an AI tool?",
    "Do I have to say that AI helped write a document?",
    "Can I use an AI image generator for a poster?",
    "Can I use GitHub Copilot to write code?",
    "What happens if I break the AI policy?",
    "Can I use Google Gemini with internal documents?",
    "Is it ok to use AI to translate a leaflet?",
    "Can I record a meeting with an AI note taker?",
    "Who is responsible for checking AI output?",
    "Can I use my personal ChatGPT account?",
    "What counts as special category data?",
    "Can AI make decisions about benefits claims?",
    "How do I report an AI data breach?",
    "Can I upload a spreadsheet of staff names to an AI tool?",
    "Does this policy apply to contractors?",
    "Can I use AI to draft a reply to a complaint?",
    "Is DeepSeek allowed?",
    "Can I use AI for safeguarding case notes?",
    "What training do I need before using Copilot?",
    "Can I use AI chatbots on the public website?",
]

CLAUSE_LINE = re.compile(r"^(\s*(?:#+\s*)?(?:[A-Z]\.)?\d+(?:\.\d+)+(?:\([a-z]\))?\.?\s+)(\S.*)$")


def default_folders() -> list[Path]:
    out = []
    own = REPO / "knowledge"
    if own.is_dir() and any(p.is_file() and not p.name.startswith(".") for p in own.iterdir()):
        out.append(own)
    northvale = REPO.parent / "shared" / "eval" / "northvale" / "knowledge"
    if northvale.is_dir():
        out.append(northvale)
    return out


def edit_one_clause(folder: Path) -> str | None:
    """Change the text of one numbered clause line in a .md/.txt file; returns a description, or
    None when nothing editable was found."""
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() in (".md", ".txt") and p.is_file():
            lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
            for i, line in enumerate(lines):
                m = CLAUSE_LINE.match(line.rstrip("\n"))
                if m and len(m.group(2)) > 20:
                    lines[i] = line.rstrip("\n") + " This sentence was added by the benchmark.\n"
                    p.write_text("".join(lines), encoding="utf-8")
                    return f"{p.name}: {m.group(1).strip()}"
    return None


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))]


def bench(folder: Path, embed, n_queries: int, chroma_url: str | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="pb-bench-") as tmp:
        tmp = Path(tmp)
        work = tmp / "knowledge"
        shutil.copytree(folder, work)
        home = tmp / "home"

        t = time.perf_counter()
        full = build_index(work, home, chroma_url=chroma_url, embed_model=embed, trigger="bench")
        full_s = time.perf_counter() - t

        edited = edit_one_clause(work)
        t = time.perf_counter()
        inc = build_index(work, home, chroma_url=chroma_url, embed_model=embed, trigger="bench")
        inc_s = time.perf_counter() - t

        t = time.perf_counter()
        s = Searcher.open(home, chroma_url=chroma_url, embed_model=embed)
        open_s = time.perf_counter() - t
        t = time.perf_counter()
        s.search(QUESTIONS[0])
        first_ms = (time.perf_counter() - t) * 1000

        derived = [" ".join(c.text.split()[:10]) for c in list(s.clauses.values())[::3] if c.text.strip()]
        queries = (QUESTIONS + derived) * 4
        queries = queries[:n_queries]
        lat = []
        for q in queries:
            t = time.perf_counter()
            s.search(q, k=8)
            lat.append((time.perf_counter() - t) * 1000)
        embed_lat = []
        for q in queries[:20]:
            t = time.perf_counter()
            s.embed_query(q)
            embed_lat.append((time.perf_counter() - t) * 1000)

    return {
        "folder": folder, "clauses": full.clauses, "documents": full.documents,
        "register": full.register, "full_s": full_s, "full_embedded": full.embedded,
        "inc_s": inc_s, "inc_embedded": inc.embedded, "inc_changed": len(inc.changed),
        "edited": edited, "ratio": inc_s / full_s if full_s else float("nan"),
        "open_s": open_s, "first_ms": first_ms, "n": len(lat),
        "p50": statistics.median(lat), "p95": pct(lat, 0.95), "embed_p50": statistics.median(embed_lat),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--chroma-url", default=None, help="use a Chroma server instead of the embedded store")
    ap.add_argument("--backend", default=None, help="onnx (default) or sentence-transformers")
    args = ap.parse_args(argv)
    folders = args.folders or default_folders()
    if not folders:
        print("no knowledge folder given and no default found", file=sys.stderr)
        return 2

    t = time.perf_counter()
    embed = get_embed_model(args.backend)
    embed.load()
    load_s = time.perf_counter() - t
    print(f"embedding model {embed.model_id}: loaded in {load_s:.2f} s")

    rows = [bench(f, embed, args.queries, args.chroma_url) for f in folders]
    print()
    head = (f"{'folder':<28} {'docs':>4} {'clauses':>7} {'full s':>7} {'incr s':>7} {'emb':>4} "
            f"{'ratio':>6} {'open s':>6} {'1st ms':>6} {'p50 ms':>6} {'p95 ms':>6} {'emb p50':>7}")
    print(head)
    print("-" * len(head))
    for r in rows:
        name = r["folder"].name if r["folder"].name != "knowledge" else \
            f"{r['folder'].parent.name}/knowledge"
        print(f"{name[:28]:<28} {r['documents']:>4} {r['clauses']:>7} {r['full_s']:>7.2f} "
              f"{r['inc_s']:>7.3f} {r['inc_embedded']:>4} {r['ratio']:>6.3f} {r['open_s']:>6.2f} "
              f"{r['first_ms']:>6.1f} {r['p50']:>6.1f} {r['p95']:>6.1f} {r['embed_p50']:>7.1f}")
    print()
    for r in rows:
        ok_ratio = "ok" if r["ratio"] < 0.1 else "MISSED"
        ok_p50 = "ok" if r["p50"] < 30 else "MISSED"
        print(f"{r['folder']}: edited {r['edited'] or 'nothing (no editable clause line)'}; "
              f"incremental/full {r['ratio']:.3f} (target < 0.1: {ok_ratio}); "
              f"warm p50 {r['p50']:.1f} ms over {r['n']} queries (target < 30 ms: {ok_p50})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
