import json, re, sys
from pypdf import PdfReader
md = open("originals/kirkmoor-jbcb-ai-policy.md").read()
ids = set(open("clause_ids.txt").read().split())
# clauses from md: "## N. head" and "N.N text" / "A.N text"
found = {}
for line in md.splitlines():
    m = re.match(r"## (\d+)\. ", line) or re.match(r"(\d+\.\d+|A\.\d+) ", line)
    if m: found[m.group(1)] = line
assert set(found) == ids, set(found) ^ ids
norm = lambda s: re.sub(r"\s+", " ", s).strip()
pdf = norm(" ".join(p.extract_text() for p in PdfReader("knowledge/kirkmoor-jbcb-ai-policy.pdf").pages))
bad = [k for k, v in found.items() if norm(v.lstrip("# ")) not in pdf]
print("clauses missing from pdf text:", bad)
n = 0; verdicts = {}
for ln, line in enumerate(open("cases.jsonl"), 1):
    d = json.loads(line); n += 1
    assert d["id"] == f"KJB{ln:03d}"
    for c in d["clauses"]:
        f, cid = c.split("#"); assert f == "kirkmoor-jbcb-ai-policy.md" and cid in ids, c
    for p in d.get("pii", []): assert p in d["question"], p
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"]: assert d["escalate"]
    assert 1 <= len(d["clauses"]) <= 3 or d["verdict"] == ["out_of_scope"]
    verdicts[tuple(d["verdict"])] = verdicts.get(tuple(d["verdict"]), 0) + 1
print(n, "cases OK"); [print(k, v) for k, v in sorted(verdicts.items())]
