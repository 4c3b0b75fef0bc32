import json, re, csv, sys
from collections import Counter
O="originals/"
def md_clauses(path):
    cl={}; cur=None; numbered=False
    lines=open(path,encoding="utf-8").read().split("\n")
    for ln in lines:
        m=re.match(r"^#{2,}\s+(\d+)\.\s",ln) 
        if m: cur=m.group(1); cl[cur]=ln; numbered=True; continue
        m=re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*)\s",ln)
        if numbered and m and re.match(r"^(\d+\.\d+|[A-Z]\.\d+)$",m.group(1)): cur=m.group(1); cl[cur]=ln; continue
        if ln.startswith("## Appendix"): cur=None; continue
        if ln.startswith("## ") and not numbered:
            cur=re.sub(r"[^a-z0-9]+","-",ln[3:].lower()).strip("-"); cl[cur]=""; continue
        if cur and not ln.startswith("#"): cl[cur]+=" "+ln
    return cl
docs={"tvcc-generative-ai-policy.md":md_clauses(O+"tvcc-generative-ai-policy.md"),
      "tvcc-ai-staff-faq.md":md_clauses(O+"tvcc-ai-staff-faq.md")}
reg={r["tool"]:r for r in csv.DictReader(open(O+"tvcc-ai-tools-register.csv",encoding="utf-8"))}
ids=[]
for d,c in docs.items(): ids+= [f"{d}#{k}" for k in c]
ids+=[f"tvcc-ai-tools-register.csv#{t}" for t in reg]
open("clause_ids.txt","w").write("\n".join(ids)+"\n")
ok=True
for r in reg.values():
    for c in r["clauses"].split(";"):
        d,k=c.split("#"); 
        if k not in docs[d]: print("register bad cite",c); ok=False
seen=set(); cnt=Counter()
for i,line in enumerate(open("cases.jsonl",encoding="utf-8"),1):
    c=json.loads(line)
    assert set(c)<= {"id","question","verdict","clauses","escalate","pii"}, c
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in c["verdict"])
    if "unsure" in c["verdict"]: assert c["escalate"], c["id"]
    for ref in c["clauses"]:
        if ref not in ids: print("missing",c["id"],ref); ok=False
    assert len(c["clauses"])<=3, c["id"]
    if c["verdict"]!=["out_of_scope"]: assert c["clauses"], c["id"]
    for p in c.get("pii",[]):
        if p not in c["question"]: print("pii not in q",c["id"],p); ok=False
    cnt[tuple(c["verdict"])]+=1
for k,v in cnt.items(): print(v,list(k))
print("escalate:",[json.loads(l)["id"] for l in open("cases.jsonl") if json.loads(l)["escalate"]])
print("OK" if ok else "PROBLEMS", len(seen))

# HTML FAQ vs its .md original: same headings and same paragraph text
from html.parser import HTMLParser
class H(HTMLParser):
    def __init__(s): super().__init__(); s.items=[]; s.tag=None; s.inmain=False
    def handle_starttag(s,t,a):
        if t=="main": s.inmain=True
        if s.inmain and t in("h1","h2","p"): s.tag=t; s.items.append([t,""])
    def handle_endtag(s,t):
        if t==s.tag: s.tag=None
        if t=="main": s.inmain=False
    def handle_data(s,d):
        if s.tag: s.items[-1][1]+=d
h=H(); h.feed(open("knowledge/tvcc-ai-staff-faq.html",encoding="utf-8").read())
md=[l for l in open(O+"tvcc-ai-staff-faq.md",encoding="utf-8").read().split("\n") if l.strip()]
htm=[("# " if t=="h1" else "## " if t=="h2" else "")+x for t,x in h.items]
print("faq html==md:", md==htm)
