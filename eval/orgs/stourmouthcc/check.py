import json, re, sys
md = open("originals/stourmouth-genai-policy.md").read()
ids = set(open("clause_ids.txt").read().split())
# derive ids from the md independently
md_ids = set()
for line in md.splitlines():
    m = re.match(r"## (\d+)\. ", line)
    if m: md_ids.add(m.group(1))
    m = re.match(r"([A-Z]?\.?\d+(?:\.\d+)*) ", line)
    if m and not line.startswith("|"): md_ids.add(m.group(1))
print("ids in md vs list equal:", md_ids == ids, sorted(md_ids ^ ids))
from docx import Document
doc = "\n".join(p.text for p in Document("knowledge/stourmouth-genai-policy.docx").paragraphs)
norm = lambda t: " ".join(t.split())
ok = True
for line in md.splitlines():
    if line.startswith("|") or line.startswith("#") or not line.strip(): continue
    if norm(line) not in norm(doc): print("MD line not in docx:", line[:60]); ok = False
seen = set()
for n, line in enumerate(open("cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}, d
    assert d["id"] not in seen; seen.add(d["id"])
    assert d["id"] == "SMC%03d" % n
    for v in d["verdict"]: assert v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    assert 0 <= len(d["clauses"]) <= 3
    for c in d["clauses"]:
        f, cid = c.split("#")
        assert f == "stourmouth-genai-policy.md" and cid in ids, c
    for p in d.get("pii", []): assert p in d["question"], (d["id"], p)
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"]: assert d["escalate"]
print("cases ok", n, "docx text ok", ok)
