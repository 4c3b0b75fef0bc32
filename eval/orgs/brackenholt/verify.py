"""Checks: JSON lines parse, ids unique, refs exist in originals (clause-id rules of the contract), pii substrings, counts."""
import json, re, pathlib, collections
OUT = pathlib.Path(__file__).parent
def slug(h): return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
def clauses(path):
    ids = set(); lines = path.read_text(encoding="utf-8").splitlines()
    numbered = any(re.match(r"^#{2,}\s+\d+\.?\s", l) for l in lines)
    for l in lines:
        m = re.match(r"^(#+)\s+(.*)$", l)
        if m:
            level, h = len(m.group(1)), m.group(2).strip()
            if level == 1: continue
            if numbered:
                n = re.match(r"^(\d+(?:\.\d+)*)\.?\s", h)
                if n: ids.add(n.group(1))
            else:
                ids.add(slug(h))
            continue
        n = re.match(r"^((?:\d+(?:\.\d+)+|[A-Z]\.\d+)(?:\([a-z]\))?)\.?\s", l)
        if numbered and n: ids.add(n.group(1))
    return ids
refs = {}
for f in (OUT / "originals").iterdir():
    refs[f.name] = clauses(f)
cases = [json.loads(l) for l in (OUT / "cases.jsonl").read_text().splitlines()]
ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids))
V = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
bad = 0
for c in cases:
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert c["verdict"] and set(c["verdict"]) <= V, c
    assert c["id"].startswith("r10d")
    if "unsure" in c["verdict"]: assert c["escalate"], c["id"]
    for r in c["clauses"]:
        fn, cid = r.split("#")
        if cid not in refs.get(fn, ()): print("MISSING", c["id"], r); bad += 1
    for s in c.get("pii", []):
        assert s in c["question"], (c["id"], s)
print("cases", len(cases), "bad refs", bad)
print(collections.Counter(c["verdict"][0] for c in cases))
print(collections.Counter(tuple(c["verdict"]) for c in cases))
print("escalate", sum(c["escalate"] for c in cases), "pii", sum(1 for c in cases if c.get("pii")))
print(sorted(refs["staff-ai-faq.md"]))
# knowledge/originals FAQ identical
assert (OUT/"knowledge/staff-ai-faq.md").read_bytes() == (OUT/"originals/staff-ai-faq.md").read_bytes()
