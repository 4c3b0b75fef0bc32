import json, re, pathlib
OUT = pathlib.Path(__file__).parent
ids = {}
cur = None
for line in open(OUT/"clause_ids.txt"):
    line=line.strip()
    if line.startswith("# "): cur=line[2:]; continue
    if line: ids.setdefault(cur,set()).add(line)
fmap = {"fdlt-generative-ai-policy.md": ids["fdlt-generative-ai-policy.html"], "ai-staff-faq.md": ids["ai-staff-faq.md"]}
# ids must be derivable from originals
pol = (OUT/"originals/fdlt-generative-ai-policy.md").read_text()
for cid in fmap["fdlt-generative-ai-policy.md"]:
    pat = rf"^## {re.escape(cid)}\. " if "." not in cid else rf"^{re.escape(cid)} "
    assert re.search(pat, pol, re.M), cid
html = (OUT/"knowledge/fdlt-generative-ai-policy.html").read_text()
for cid in fmap["fdlt-generative-ai-policy.md"]:
    assert (f"<strong>{cid}</strong>" in html) or (f">{cid}. " in html), cid
n=0; from collections import Counter; vc=Counter(); seen=set()
for i,line in enumerate(open(OUT/"cases.jsonl"),1):
    d=json.loads(line); n+=1
    assert d["id"]==f"FDM{i:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert set(d)-{"pii"}=={"id","question","verdict","clauses","escalate"}
    assert d["verdict"] and set(d["verdict"])<= {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    assert len(d["clauses"])<=3
    for c in d["clauses"]:
        f,cid=c.split("#"); assert cid in fmap[f], c
    for p in d.get("pii",[]): assert p in d["question"], p
    if "unsure" in d["verdict"]: assert d["escalate"], d["id"]
    vc[tuple(d["verdict"])]+=1
print(n, "cases OK"); [print(k,v) for k,v in vc.items()]
print("pii cases", sum(1 for l in open(OUT/"cases.jsonl") if '"pii"' in l))
