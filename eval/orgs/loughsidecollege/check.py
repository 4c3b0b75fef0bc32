import json,re,csv
ids=set()
md=open("originals/loughside-genai-policy.md").read()
for line in md.splitlines():
    m=re.match(r'^(?:## )?(\d+(?:\.\d+)*|[A-Z]\.\d+)\.?\s',line)
    if m: ids.add("loughside-genai-policy.md#"+m.group(1))
txt=open("originals/loughside-staff-ai-faq.txt").read().splitlines()
for i,l in enumerate(txt[1:],1):
    if re.fullmatch(r'-{3,}',l.strip()) and i>=1:
        ids.add("loughside-staff-ai-faq.txt#"+re.sub(r'[^a-z0-9]+','-',txt[i-1].lower()).strip('-'))
for r in csv.DictReader(open("originals/loughside-ai-tools-register.csv")):
    ids.add("loughside-ai-tools-register.csv#"+r["tool"])
    assert r["status"] in ("approved","restricted","prohibited")
    for c in r["clauses"].split(";"): assert c in ids or c.startswith("loughside-genai-policy.md#"), c
    for c in r["clauses"].split(";"): assert c in ids, ("register cites missing",c)
    for k in filter(None,r["data_allowed"].split(";")): assert k in ("public","internal","personal","special_category")
open("clause_ids.txt","w").write("\n".join(sorted(ids,key=lambda x:(x.split('#')[0],[(0,int(p),"") if p.isdigit() else (1,0,p) for p in re.split(r'[.#]',x.split('#')[1])])))+"\n")
from collections import Counter
cnt=Counter(); n=0
for line in open("cases.jsonl"):
    d=json.loads(line); n+=1
    for c in d["clauses"]: assert c in ids,(d["id"],c)
    for p in d.get("pii",[]): assert p in d["question"],(d["id"],p)
    assert 1<=len(d["clauses"])<=3 or d["verdict"]==["out_of_scope"], d["id"]
    if d["escalate"]: assert "unsure" in d["verdict"],d["id"]
    cnt[tuple(d["verdict"])]+=1
print(n,len(ids)); [print(k,v) for k,v in cnt.items()]
print(sum(1 for l in open("cases.jsonl") if "pii" in json.loads(l)),"pii cases")
