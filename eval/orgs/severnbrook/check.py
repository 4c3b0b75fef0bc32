"""Checks: JSON lines parse, ids unique, cited refs exist in originals, pii substrings, register refs valid."""
import json, re, csv, collections
md = open("originals/severnbrook-genai-policy.md", encoding="utf-8").read()
ids = set()
started = False
for line in md.splitlines():
    m = re.match(r"^##\s+(\d+)\.\s", line)
    if m: ids.add(m.group(1)); started = True; continue
    m = re.match(r"^(\d+\.\d+(?:\.\d+)?|[A-Z]\.\d+)\s", line)
    if m and started: ids.add(m.group(1))
tools = {r["tool"] for r in csv.DictReader(open("originals/ai-tools-register.csv", encoding="utf-8"))}
for r in csv.DictReader(open("knowledge/ai-tools-register.csv", encoding="utf-8")):
    for ref in r["clauses"].split(";"):
        fn, cid = ref.split("#"); assert fn == "severnbrook-genai-policy.pdf" and cid in ids, ref
seen = set(); cnt = collections.Counter(); npii = 0; nesc = 0
for line in open("cases.jsonl", encoding="utf-8"):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["id"].startswith("r12b")
    for ref in c["clauses"]:
        fn, cid = ref.split("#")
        if fn == "severnbrook-genai-policy.md": assert cid in ids, (c["id"], ref)
        elif fn == "ai-tools-register.csv": assert cid in tools, (c["id"], ref)
        else: raise AssertionError(ref)
    for p in c.get("pii", []):
        assert p in c["question"], (c["id"], p)
    npii += bool(c.get("pii"))
    nesc += c["escalate"]
    if "unsure" in c["verdict"] and c["verdict"] == ["unsure"]: assert c["escalate"]
    cnt[tuple(c["verdict"])] += 1
print(len(seen), "cases; pii cases", npii, "; escalate", nesc)
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, k)
prim = collections.Counter(json.loads(l)["verdict"][0] for l in open("cases.jsonl"))
print("first-listed verdict:", dict(prim))
print("with allowed acceptable:", sum(1 for l in open("cases.jsonl") if "allowed" in json.loads(l)["verdict"]))
print(len(ids), "clause ids")
def nhs_ok(s):
    d=[int(x) for x in s.replace(" ","")]; t=11-sum(d[i]*(10-i) for i in range(9))%11; t=0 if t==11 else t
    return t!=10 and t==d[9]
print("NHS no valid:", nhs_ok("943 476 5919"))
