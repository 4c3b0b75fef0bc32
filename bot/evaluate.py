"""`policybot eval`: the project's scorer. Runs evaluation cases (docs/knowledge-format.md,
"Evaluation cases") through the engine in-process, loading the index once, and reports verdict
accuracy, citation hit@3, escalation accuracy (missed / needless), dangerous errors, PII leaks
and quote faithfulness, with the failures.

Quote faithfulness is checked against the indexed knowledge (each quote verbatim in the cited
clause's text), or with `sources` against original files: the quote, normalised (Markdown marks,
quote marks, dashes, whitespace), must be in the cited file's normalised text, and the cited
clause id must be one the file yields. A citation of a .docx/.pdf/.html/.htm file is checked
against a same-stem .md original when the sources folder has one; a register (.csv) row is
compared ignoring case and punctuation; governance rulings are not checked."""
from __future__ import annotations

import html
import json
import re
import time
import unicodedata
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


_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                        "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u00ad": "",
                        "\u200b": "", "\ufeff": "", "\u2026": "...", "`": ""})
_MD_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d{1,3}[.)]\s+(?=\S))")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def normalise_text(text: str) -> str:
    """Text compared for faithfulness: Markdown structure and emphasis gone, quote marks and
    dashes unified, a dash standing alone dropped, whitespace collapsed (case kept)."""
    lines = []
    for line in text.splitlines():
        if _TABLE_RULE.match(line):
            continue
        line = _MD_LINE.sub("", line)
        line = _MD_LINK.sub(r"\1", unicodedata.normalize("NFKC", html.unescape(line)).translate(_CHARS))
        lines.append(re.sub(r"(?<![0-9A-Za-z])_+|_+(?![0-9A-Za-z])", "", line.replace("*", "").replace("|", " ")))
    return " ".join(re.sub(r"(?<=\s)-{1,2}(?=\s)", " ", " ".join(" ".join(lines).split())).split())


def normalise_quote(quote: str) -> str:
    q = normalise_text(quote)
    for _ in range(2):
        q = q.strip()
        if len(q) >= 2 and q[0] == q[-1] and q[0] in "\"'":
            q = q[1:-1]
        q = re.sub(r"^(?:\.\.\.|\[\.\.\.\])\s*|\s*(?:\.\.\.|\[\.\.\.\])$", "", q)
    return q.strip()


def _loose(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_CHARS).casefold().replace("_", " ")
    return " ".join(re.sub(r"[\"'`;:,.|()\[\]{}*]+", " ", s).split())


class Sources:
    """Original files a citation is checked against (`--sources DIR`)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._docs: dict[str, tuple[str, set[str], bool] | None] = {}

    def _file(self, name: str) -> Path | None:
        stem, ext = Path(name).stem, Path(name).suffix.lower()
        if ext in CONVERTED and (self.folder / f"{stem}.md").is_file():
            return self.folder / f"{stem}.md"
        return self.folder / name if (self.folder / name).is_file() else None

    def doc(self, name: str) -> tuple[str, set[str], bool] | None:
        """(normalised text, clause ids, is a register) of the original of `name`, or None."""
        if name not in self._docs:
            path = self._file(name)
            if path is None:
                self._docs[name] = None
            elif path.suffix.lower() == ".csv":
                from index.register import read_register
                entries, _ = read_register(path)
                self._docs[name] = (_loose(path.read_text(encoding="utf-8", errors="replace")),
                                    {e.tool.casefold() for e in entries}, True)
            else:
                from index.ingest import parse_document
                try:
                    parsed = parse_document(path)
                    ids = {c.id.casefold() for c in parsed.clauses}
                except Exception:
                    ids = set()
                if path.suffix.lower() in (".md", ".markdown", ".txt"):
                    text = normalise_text(path.read_text(encoding="utf-8", errors="replace"))
                else:
                    text = normalise_text("\n".join(c.text for c in parsed.clauses))
                self._docs[name] = (text, ids, False)
        return self._docs[name]

    def check(self, citation: dict) -> tuple[bool, bool] | None:
        """(clause exists, quote faithful) for one citation; None when not checked (a ruling)."""
        if citation["source"] == "governance-rulings":
            return None
        d = self.doc(citation["source"])
        if d is None:
            return False, False
        text, ids, register = d
        exists = str(citation["clause"]).casefold() in ids
        if register:
            return exists, _loose(citation["quote"]) in text
        return exists, normalise_quote(citation["quote"]) in text


def evaluate(engine, cases: list[dict], sources: Path | None = None) -> dict:
    kb = engine.kb
    src = Sources(sources) if sources else None
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
            if src is not None:
                checked = src.check(c)
                if checked is None:
                    continue
                cited += 1
                unknown += not checked[0]
                faithful += checked[1]
                continue
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
        "escalation_missed": sum(r["want_escalate"] and not r["escalated"] for r in rows),
        "escalation_needless": sum(r["escalated"] and not r["want_escalate"] for r in rows),
        "dangerous_errors": sum(r["dangerous"] for r in rows),
        "pii_leaks": sum(bool(r["pii_leaked"]) for r in rows),
        "quote_faithfulness": round(faithful / cited, 4) if cited else None,
        "unknown_clause_citations": unknown,
        "faithfulness": {"quote_faithfulness": round(faithful / cited, 4) if cited else None,
                         "citations_checked": cited, "unknown_clause_citations": unknown,
                         "against": f"sources {sources}" if sources else "the indexed knowledge"},
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
    print(f"  escalation accuracy        {fmt(rep['escalation_accuracy'])}  "
          f"(missed {rep['escalation_missed']}, needless {rep['escalation_needless']})")
    print(f"  dangerous errors           {rep['dangerous_errors']}")
    print(f"  PII leaks                  {rep['pii_leaks']}")
    print(f"  quote faithfulness         {fmt(rep['quote_faithfulness'])}  "
          f"({rep['faithfulness']['citations_checked']} citations, against {rep['faithfulness']['against']})")
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


THRESHOLDS = {  # option -> (metric, kind)
    "min_verdict": ("verdict_accuracy", "min"), "min_hit3": ("citation_hit_at_3", "min"),
    "max_dangerous": ("dangerous_errors", "max"), "max_pii_leaks": ("pii_leaks", "max"),
    "min_faithful": ("quote_faithfulness", "min"),
}


def unmet(rep: dict, limits: dict) -> list[str]:
    """The thresholds (option name -> value, None = not set) the report does not meet."""
    out = []
    for opt, value in limits.items():
        if value is None:
            continue
        metric, kind = THRESHOLDS[opt]
        got = rep.get(metric)
        if got is None:
            continue
        if (kind == "min" and got < value) or (kind == "max" and got > value):
            out.append(f"{metric} {got} {'<' if kind == 'min' else '>'} {value}")
    return out
