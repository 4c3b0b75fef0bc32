import json, re, csv, sys
from collections import Counter
O = "originals/"
def slug(h): return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
ids = {}
# policy md: numbered headings and paragraphs
pol = set()
for line in open(O+"hlat-ai-use-policy.md", encoding="utf-8"):
    m = re.match(r"^## (\d+)\. ", line) or re.match(r"^(\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?) ", line)
    if m: pol.add(m.group(1))
ids["hlat-ai-use-policy.md"] = pol
faq = set(slug(l[3:].strip()) for l in open(O+"hlat-ai-staff-faq.md", encoding="utf-8") if l.startswith("## "))
ids["hlat-ai-staff-faq.md"] = faq
reg = {r["tool"]: r for r in csv.DictReader(open(O+"hlat-ai-tools-register.csv", encoding="utf-8"))}
ids["hlat-ai-tools-register.csv"] = set(reg)
ok = True
for r in reg.values():
    for ref in r["clauses"].split(";"):
        f, c = ref.split("#")
        if c not in ids[f.replace(".docx", ".md")]: print("register bad ref", ref); ok = False
cnt = Counter(); seen = set(); yes = 0
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}, d
    assert d["id"] not in seen; seen.add(d["id"])
    assert d["id"] == f"HLA{n:03d}"
    assert 1 <= len(d["clauses"]) <= 3 or d["verdict"] == ["out_of_scope"], d["id"]
    for ref in d["clauses"]:
        f, c = ref.split("#")
        if c not in ids.get(f, set()): print("bad clause", d["id"], ref); ok = False
    for p in d.get("pii", []):
        if p not in d["question"]: print("pii not in q", d["id"], p); ok = False
    if set(d["verdict"]) & {"unsure"} and not d["escalate"]: print("unsure w/o escalate", d["id"])
    if set(d["verdict"]) <= {"allowed","conditional"}: yes += 1
    cnt[tuple(d["verdict"])] += 1
print("cases", len(seen), "plain-yes", yes, "pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, k)
print("policy clauses", len(pol), "faq", len(faq), "register", len(reg))
print("OK" if ok else "FAIL")
