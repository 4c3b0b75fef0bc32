import json, re, collections
md = open("originals/nlfidb-ai-use-policy.md").read()
ids = set(open("clause_ids.txt").read().split())
# parse md into clauses as the contract describes
cl = {}; cur = None
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. ", line) or re.match(r"^([0-9]+\.[0-9]+|[A-Z]\.[0-9]+) ", line)
    if m: cur = m.group(1); cl[cur] = line; continue
    if line.startswith("## Appendix"): cur = None; continue
    if cur and line.strip(): cl[cur] += " " + line
assert set(cl) == ids, (set(cl) ^ ids)
cnt = collections.Counter(); seen = set(); n = 0
for ln in open("cases.jsonl"):
    d = json.loads(ln); n += 1
    assert d["id"] not in seen; seen.add(d["id"])
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}
    for c in d["clauses"]:
        f, i = c.split("#"); assert f == "nlfidb-ai-use-policy.md" and i in ids, c
    for p in d.get("pii", []): assert p in d["question"], p
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"]: assert d["escalate"]
    assert 1 <= len(d["clauses"]) <= 3 or d["verdict"] == ["out_of_scope"]
    cnt[" / ".join(d["verdict"])] += 1
print(n, "cases OK"); [print(f"  {v}: {k}") for k, v in cnt.most_common()]
# PDF text contains each clause text (whitespace normalised, footers removed)
import pypdf
t = " ".join(pg.extract_text() for pg in pypdf.PdfReader("knowledge/nlfidb-ai-use-policy.pdf").pages)
t = re.sub(r"North Level Fens IDB - AI Use Policy v1.0 - Page \d+ of \d+", " ", t)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
t = norm(t)
miss = [k for k, v in cl.items() if norm(re.sub(r"^## ", "", v).replace(f"{k}. ", f"{k}. ", 1)) not in t]
print("clauses not found verbatim in PDF text:", miss)
