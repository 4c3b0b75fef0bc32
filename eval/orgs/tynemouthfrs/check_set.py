"""Self-checks: JSON validity, clause ids exist in originals, pii in questions, docx text matches .md."""
import json, re, csv, collections, sys
from docx import Document
def slug(s): return re.sub(r"[^a-z0-9]+","-",s.lower()).strip("-")
ids = {}
# policy md
pol = "twfrs-genai-policy.md"; pids = []
for line in open("originals/"+pol, encoding="utf-8"):
    m = re.match(r"^## (\d+)\. ", line) or re.match(r"^(\d+\.\d+|[A-Z]\.\d+) ", line)
    if m: pids.append(m.group(1))
assert len(pids)==len(set(pids)), "duplicate ids"
ids[pol] = set(pids)
faq = "twfrs-ai-staff-faq.md"
ids[faq] = {slug(l[3:]) for l in open("originals/"+faq, encoding="utf-8") if l.startswith("## ")}
reg = "twfrs-ai-tools-register.csv"
rows = list(csv.DictReader(open("originals/"+reg, encoding="utf-8")))
ids[reg] = {r["tool"] for r in rows}
for r in rows:
    for c in r["clauses"].split(";"):
        f, i = c.split("#"); assert i in ids[f], c
    assert r["status"] in ("approved","restricted","prohibited")
    assert (r["data_allowed"]=="") == (r["status"]=="prohibited"), r["tool"]
# docx text equals md text
d = Document("knowledge/twfrs-ai-staff-faq.docx")
dt = [p.text for p in d.paragraphs if p.text.strip()]
mt = [re.sub(r"^#+ ","",l) for l in open("originals/"+faq, encoding="utf-8").read().split("\n") if l.strip()]
assert dt == mt, "docx/md mismatch"
cnt = collections.Counter(); esc = []; n = 0
allowed_v = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for ln, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    c = json.loads(line); n += 1
    assert c["id"] == f"TFR{ln:03d}"
    assert set(c["verdict"]) <= allowed_v and c["verdict"]
    assert 0 <= len(c["clauses"]) <= 3
    if "out_of_scope" not in c["verdict"]: assert c["clauses"], c["id"]
    for ref in c["clauses"]:
        f, i = ref.split("#", 1); assert i in ids[f], (c["id"], ref)
    for p in c.get("pii", []): assert p in c["question"], (c["id"], p)
    if "unsure" in c["verdict"] and c["verdict"]==["unsure"]: assert c["escalate"]
    cnt[" / ".join(c["verdict"])] += 1
    if c["escalate"]: esc.append(c["id"])
print("cases", n); print(dict(cnt)); print("escalate", esc)
print("pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
open("clause_ids.txt","w").write("\n".join([f"{pol}#{i}" for i in pids] + [f"{faq}#{i}" for i in sorted(ids[faq])] + [f"{reg}#{t}" for t in sorted(ids[reg])]) + "\n")
print("OK")
