#!/usr/bin/env python3
"""Score policybot's personal-data redaction against a cases file (JSON Lines).

Each case: {"id": ..., "question": ..., "pii": [exact substrings], "class": ...}.
The questions are sent to the bot as plain text, one per line, on standard input of --run
(e.g. "policybot ask --json -"), which must print one JSON answer object per input line, in order.

  leak          a pii string, compared ignoring case and whitespace, found anywhere in the answer
                (any key or value of the answer object, or its raw line), not glued to a letter or
                digit at either end (so the name 'Leon' is not found in 'available only'),
                a bare possessive s allowed ('john smiths sick note')
  clean altered a case without pii whose answer `question` differs from the input after
                collapsing whitespace

Standard library only. Exit status: 0, or 1 with --fail when anything leaked or a clean question
was altered or an answer is missing, 2 on a usage or run error.
"""
import argparse, json, re, subprocess, sys, unicodedata
from collections import defaultdict


def die(msg):
    print(msg, file=sys.stderr)
    sys.exit(2)


def fold(s):
    return unicodedata.normalize("NFC", s).casefold()


def pii_pattern(p):
    """p as a regex ignoring case and whitespace (optional between any two characters), not
    glued to a letter or digit at either end: 'Leon' is not found in 'available only'."""
    chars = [c for c in fold(p) if not c.isspace()]
    if not chars:
        return None
    pat = r"\s*".join(re.escape(c) for c in chars)
    if chars[0].isalnum():
        pat = r"(?<![^\W_])" + pat
    if chars[-1].isalnum():
        pat += r"s?(?![^\W_])"  # a possessive s typed without apostrophe: "john smiths"
    return re.compile(pat)


def strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif obj is not None:
        yield str(obj)


def load_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in ((n, l) for n, l in enumerate(f, 1) if l.strip()):
            c = json.loads(line)
            q = c.get("question")
            if not isinstance(q, str) or "\n" in q or "\r" in q:
                die(f"{path}:{n}: question must be a single-line string")
            c.setdefault("pii", [])
            c.setdefault("class", "clean" if not c["pii"] else "unclassified")
            cases.append(c)
    return cases


def run_bot(cmd, questions, timeout):
    p = subprocess.run(cmd, shell=True, input="".join(q + "\n" for q in questions),
                       capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-2000:])
        print(f"warning: --run exited with status {p.returncode}", file=sys.stderr)
    return [l for l in p.stdout.splitlines() if l.strip()]


def score(cases, lines):
    by_class = defaultdict(lambda: {"cases": 0, "leaked": 0, "strings": 0, "strings_leaked": 0})
    leaks, altered, errors = [], [], []
    for i, c in enumerate(cases):
        raw = lines[i] if i < len(lines) else None
        try:
            ans = json.loads(raw) if raw is not None else None
        except json.JSONDecodeError:
            ans = None
        if not isinstance(ans, dict):
            errors.append({"id": c["id"], "error": "missing answer" if raw is None else "answer is not a JSON object",
                           "line": raw})
        hay = fold(" ".join(strings(ans)) + " \n " + (raw or ""))
        st = by_class[c["class"]]
        st["cases"] += 1
        st["strings"] += len(c["pii"])
        got = [p for p in c["pii"] if pii_pattern(p) and pii_pattern(p).search(hay)]
        if got:
            st["leaked"] += 1
            st["strings_leaked"] += len(got)
            leaks.append({"id": c["id"], "class": c["class"], "leaked": got,
                          "answer_question": ans.get("question") if isinstance(ans, dict) else None})
        if not c["pii"] and isinstance(ans, dict) and " ".join(str(ans.get("question", "")).split()) != " ".join(c["question"].split()):
            altered.append({"id": c["id"], "class": c["class"], "question": c["question"],
                            "answer_question": ans.get("question")})
    pii_cases = [c for c in cases if c["pii"]]
    return {
        "cases": len(cases), "answers": len(lines),
        "pii_cases": len(pii_cases), "clean_cases": len(cases) - len(pii_cases),
        "leaks": {"cases": len(leaks), "strings": sum(len(l["leaked"]) for l in leaks),
                  "of_strings": sum(len(c["pii"]) for c in pii_cases), "items": leaks},
        "clean_altered": {"cases": len(altered), "items": altered},
        "by_class": {k: by_class[k] for k in sorted(by_class)},
        "errors": errors, "complete": not errors and len(lines) == len(cases),
    }


def report(s):
    print(f"cases: {s['cases']} ({s['pii_cases']} with personal data, {s['clean_cases']} clean); "
          f"answers: {s['answers']}; missing/unparseable: {len(s['errors'])}")
    L, A = s["leaks"], s["clean_altered"]
    print(f"leaks: {L['cases']} of {s['pii_cases']} cases ({L['strings']} of {L['of_strings']} pii strings)")
    print(f"clean altered: {A['cases']} of {s['clean_cases']} clean cases")
    print(f"\n{'class':32} {'cases':>6} {'leaked':>7} {'strings leaked':>15}")
    for k, v in s["by_class"].items():
        sl = f"{v['strings_leaked']}/{v['strings']}" if v["strings"] else "-"
        print(f"{k:32} {v['cases']:>6} {v['leaked'] if v['strings'] else '-':>7} {sl:>15}")
    if L["items"]:
        print("\nleaking cases:")
        for l in L["items"]:
            print(f"  {l['id']} [{l['class']}] leaked {l['leaked']!r}  -> question: {l['answer_question']!r}")
    if A["items"]:
        print("\nclean questions altered:")
        for a in A["items"]:
            print(f"  {a['id']} [{a['class']}]\n    asked:    {a['question']!r}\n    answered: {a['answer_question']!r}")
    if s["errors"]:
        print(f"\nerrors ({len(s['errors'])}; the counts above are not a valid measure):")
        for e in s["errors"][:20]:
            print(f"  {e['id']}: {e['error']}" + (f": {e['line'][:200]!r}" if e["line"] else ""))
        if len(s["errors"]) > 20:
            print(f"  ... and {len(s['errors']) - 20} more")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", required=True, help="cases file (JSON Lines)")
    ap.add_argument("--run", required=True, help='bot command reading questions on stdin, e.g. "policybot ask --json -"')
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ap.add_argument("--fail", action="store_true", help="exit 1 when anything leaked, was altered or is missing")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds to wait for the bot (default 3600)")
    a = ap.parse_args()
    cases = load_cases(a.cases)
    try: lines = run_bot(a.run, [c["question"] for c in cases], a.timeout)
    except subprocess.TimeoutExpired: die(f"--run did not finish within {a.timeout}s")
    if len(lines) != len(cases):
        print(f"warning: {len(cases)} questions sent, {len(lines)} answer lines received", file=sys.stderr)
    s = score(cases, lines)
    print(json.dumps(s, ensure_ascii=False, indent=1)) if a.json else report(s)
    bad = s["leaks"]["cases"] or s["clean_altered"]["cases"] or s["errors"]
    sys.exit(1 if a.fail and bad else 0)


if __name__ == "__main__":
    main()
