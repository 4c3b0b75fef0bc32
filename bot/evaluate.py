"""`policybot eval`: run evaluation cases (contract section 3) through the engine in-process and
report the same metrics as the shared scorer (verdict accuracy, citation hit@3, escalation,
dangerous errors, PII leaks, quote faithfulness), with the failures."""
from __future__ import annotations

import json
import time
from pathlib import Path

VERDICTS = ("allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope")
NO = {"not_allowed", "unsure"}
YES = {"allowed", "conditional"}


def load_cases(path: Path) -> list[dict]:
    cases = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from e
        v = c.get("verdict")
        v = [v] if isinstance(v, str) else v
        if not c.get("id") or not c.get("question") or not v or any(x not in VERDICTS for x in v):
            raise ValueError(f"{path}:{n}: a case needs id, question and verdict (one of {', '.join(VERDICTS)})")
        cases.append({"id": c["id"], "question": c["question"], "verdict": v, "clauses": c.get("clauses", []),
                      "escalate": bool(c.get("escalate", False)), "pii": c.get("pii", [])})
    if not cases:
        raise ValueError(f"{path}: no cases")
    return cases


CONVERTED = (".docx", ".pdf", ".html", ".htm")


def _ref(r: str) -> str:
    """A ref compared as the shared scorer does: case and spacing ignored, and a .docx/.pdf/.html
    file standing for its same-stem .md original (evaluation cases cite the original)."""
    f, _, c = " ".join(r.split()).partition("#")
    f = f.strip()
    for ext in CONVERTED:
        if f.casefold().endswith(ext):
            f = f[: -len(ext)] + ".md"
    return (f + "#" + c.strip()).casefold()


def _squash(s: str) -> str:
    return "".join(s.split()).casefold()


def evaluate(engine, cases: list[dict]) -> dict:
    kb = engine.kb
    rows, t0 = [], time.perf_counter()
    cited = faithful = unknown = 0
    for case in cases:
        a = engine.answer(case["question"])
        obj = a.to_contract()
        top3 = [c["ref"] for c in obj["citations"][:3]]
        want = {_ref(x) for x in case["clauses"]}
        hay = _squash(json.dumps(obj, ensure_ascii=False))
        r = {
            "id": case["id"], "expected": case["verdict"], "got": obj["verdict"],
            "verdict_ok": obj["verdict"] in case["verdict"],
            "cite_hit": (any(_ref(x) in want for x in top3) if want else None),
            "escalation_ok": obj["escalated"] == case["escalate"],
            "dangerous": set(case["verdict"]) <= NO and obj["verdict"] in YES,
            "pii_leaked": [p for p in case["pii"] if _squash(p) in hay],
            "top3": top3, "want": case["clauses"], "escalated": obj["escalated"], "want_escalate": case["escalate"],
        }
        for c in obj["citations"]:
            cited += 1
            clause = kb.clauses.get(c["ref"])
            if clause is None:
                unknown += 1
            elif " ".join(c["quote"].split()) in " ".join(clause.text.split()):
                faithful += 1
        rows.append(r)
    n = len(rows)
    cite_rows = [r for r in rows if r["cite_hit"] is not None]
    return {
        "n": n,
        "verdict_accuracy": round(sum(r["verdict_ok"] for r in rows) / n, 4),
        "citation_hit_at_3": round(sum(bool(r["cite_hit"]) for r in cite_rows) / len(cite_rows), 4) if cite_rows else None,
        "escalation_accuracy": round(sum(r["escalation_ok"] for r in rows) / n, 4),
        "dangerous_errors": sum(r["dangerous"] for r in rows),
        "pii_leaks": sum(bool(r["pii_leaked"]) for r in rows),
        "quote_faithfulness": round(faithful / cited, 4) if cited else None,
        "unknown_clause_citations": unknown,
        "seconds_per_question": round((time.perf_counter() - t0) / n, 4),
        "failures": [r for r in rows if not r["verdict_ok"] or r["cite_hit"] is False or not r["escalation_ok"]
                     or r["pii_leaked"] or r["dangerous"]],
    }


def print_report(rep: dict) -> None:
    def fmt(x):
        return "n/a" if x is None else f"{x:.3f}"
    print("Policybot evaluation")
    print(f"  cases                      {rep['n']}")
    print(f"  verdict accuracy           {fmt(rep['verdict_accuracy'])}")
    print(f"  citation hit@3             {fmt(rep['citation_hit_at_3'])}")
    print(f"  escalation accuracy        {fmt(rep['escalation_accuracy'])}")
    print(f"  dangerous errors           {rep['dangerous_errors']}")
    print(f"  PII leaks                  {rep['pii_leaks']}")
    print(f"  quote faithfulness         {fmt(rep['quote_faithfulness'])}")
    print(f"  citations to unknown clause {rep['unknown_clause_citations']}")
    print(f"  seconds per question       {rep['seconds_per_question']:.4f}")
    if rep["failures"]:
        print(f"\nFailed cases ({len(rep['failures'])})")
        for f in rep["failures"]:
            probs = []
            if not f["verdict_ok"]:
                probs.append(f"verdict expected {'/'.join(f['expected'])} got {f['got']}")
            if f["dangerous"]:
                probs.append("DANGEROUS")
            if f["cite_hit"] is False:
                probs.append(f"citations got {'; '.join(f['top3']) or '(none)'}")
            if not f["escalation_ok"]:
                probs.append(f"escalated {str(f['escalated']).lower()} expected {str(f['want_escalate']).lower()}")
            if f["pii_leaked"]:
                probs.append("PII leaked")
            print(f"  {f['id']}: " + " | ".join(probs))
