import json, re, collections
md = open("originals/ashgrove-ai-policy.md").read()
ids = set(open("clause_ids.txt").read().split())
# clause texts from md
texts = {}; cur = None
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. (.*)", line)
    if m: cur = m.group(1); texts[cur] = ""; continue
    if line.startswith("## Appendix"): cur = None; continue
    m = re.match(r"^((?:\d+|A)\.\d+) (.*)", line)
    if m: cur = m.group(1); texts[cur] = m.group(2); continue
    if cur and line.strip(): texts[cur] += " " + line
assert set(texts) == ids, (set(texts) ^ ids)
cnt = collections.Counter(); n = 0; seen = set()
for ln in open("cases.jsonl"):
    c = json.loads(ln); n += 1
    assert c["id"] not in seen; seen.add(c["id"])
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}
    for r in c["clauses"]:
        f, cid = r.split("#"); assert f == "ashgrove-ai-policy.md" and cid in ids, r
    for p in c.get("pii", []): assert p in c["question"], (c["id"], p)
    if "unsure" in c["verdict"] and c["verdict"] == ["unsure"]: assert c["escalate"]
    assert len(c["question"]) < 2000 and 1 <= len(c["clauses"]) <= 3 or not c["clauses"]
    cnt[tuple(c["verdict"])] += 1
print(n, "cases"); [print(k, v) for k, v in cnt.items()]
print("pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
print("escalate", [json.loads(l)["id"] for l in open("cases.jsonl") if json.loads(l)["escalate"]])
# PDF text matches md clause texts
from pypdf import PdfReader
pdf = " ".join(p.extract_text() for p in PdfReader("knowledge/ashgrove-ai-policy.pdf").pages)
norm = lambda s: re.sub(r"\s+", " ", s)
pdfn = norm(pdf)
miss = [k for k, t in texts.items() if t and norm(t)[:60] not in pdfn]
print("clauses whose start not found in pdf text:", miss)
# no wrapped PDF line may start with something that looks like a clause number
bad = []
for p in PdfReader("knowledge/ashgrove-ai-policy.pdf").pages:
    for l in p.extract_text().splitlines():
        m = re.match(r"^((?:\d+|A)\.\d+|\d+\.)\s", l)
        if m and m.group(1).rstrip(".") not in ids: bad.append(l)
print("suspicious wrapped lines:", bad)
