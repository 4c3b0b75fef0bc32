import json, re, csv, sys
ids = {}
md = open("originals/wcas-genai-policy.md").read().splitlines()
cur = None
for ln in md:
    m = re.match(r"^## (\d+)\. ", ln)
    if m: cur = m.group(1); ids["wcas-genai-policy.md#"+cur] = ""; continue
    m = re.match(r"^((?:\d+|[A-Z])\.\d+) ", ln)
    if m: cur = m.group(1); ids["wcas-genai-policy.md#"+cur] = ln; continue
    if ln.startswith("## Appendix"): cur = None; continue
    if cur and ln.strip(): ids["wcas-genai-policy.md#"+cur] += " " + ln
faq = open("originals/staff-faq-ai.txt").read().splitlines()
for i, ln in enumerate(faq[2:], 2):
    if re.fullmatch(r"-{3,}", ln):
        slug = re.sub(r"[^a-z0-9]+", "-", faq[i-1].lower()).strip("-")
        ids["staff-faq-ai.txt#"+slug] = faq[i-1]
for r in csv.DictReader(open("originals/ai-tools-register.csv")):
    ids["ai-tools-register.csv#"+r["tool"]] = r["conditions"]
    for c in r["clauses"].split(";"):
        c2 = c.replace(".docx", ".md")
        assert c2 in ids, ("register cites missing", c)
with open("clause_ids.txt", "w") as f:
    f.write("\n".join(ids) + "\n")
from collections import Counter
cnt = Counter(); ok = True; seen = set()
for n, line in enumerate(open("cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}
    assert d["id"] not in seen; seen.add(d["id"])
    for c in d["clauses"]:
        if c not in ids: print("MISSING", d["id"], c); ok = False
    for p in d.get("pii", []):
        if p not in d["question"]: print("PII not in q", d["id"], p); ok = False
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"] and not d["escalate"]: print("unsure w/o escalate", d["id"])
    assert 1 <= len(d["clauses"]) <= 3 or d["verdict"] == ["out_of_scope"]
    cnt["/".join(d["verdict"])] += 1
print(cnt, sum(cnt.values()), "ids", len(ids), "OK" if ok else "FAIL")
