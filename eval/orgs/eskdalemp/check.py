import json,re,collections
OUT="/work/private/orgs27/eskdalemp/"
def txt_clauses(path):
    ids={}; cur=None
    for line in open(path):
        m=re.match(r'^(\d+(?:\.\d+)*)\.?\s+(.*)',line)
        if m: cur=m.group(1); ids[cur]=m.group(2)
        elif cur: ids[cur]+=" "+line.strip()
    return ids
def md_clauses(path):
    ids={}; cur=None
    for line in open(path):
        if line.startswith("## "):
            cur=re.sub(r'[^a-z0-9]+','-',line[3:].strip().lower()).strip('-'); ids[cur]=""
        elif cur: ids[cur]+=" "+line.strip()
    return ids
cl={}
for k,v in txt_clauses(OUT+"originals/eskdale-ai-policy.txt").items(): cl["eskdale-ai-policy.txt#"+k]=v
for k,v in md_clauses(OUT+"originals/ai-at-eskdale-quick-answers.md").items(): cl["ai-at-eskdale-quick-answers.md#"+k]=v
open(OUT+"clause_ids.txt","w").write("\n".join(cl)+"\n")
V={"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cnt=collections.Counter(); ids=set(); ok=True
for n,line in enumerate(open(OUT+"cases.jsonl"),1):
    d=json.loads(line)
    assert set(d)<= {"id","question","verdict","clauses","escalate","pii"}, d
    assert d["id"] not in ids; ids.add(d["id"])
    assert d["verdict"] and set(d["verdict"])<=V, d
    assert len(d["clauses"])<=3
    for c in d["clauses"]:
        if c not in cl: print("MISSING",d["id"],c); ok=False
    for p in d.get("pii",[]):
        if p not in d["question"]: print("PII not in q",d["id"],p); ok=False
    if "unsure" in d["verdict"] and not d["escalate"]: print("unsure w/o escalate",d["id"])
    cnt[tuple(d["verdict"])]+=1
print(len(ids),"cases", "OK" if ok else "PROBLEMS")
for k,v in sorted(cnt.items()): print(v,k)
print(len(cl),"clauses")
