import json, re, csv, collections
P="originals/canal-standards-genai-policy.md"
ids=set()
txt=open(P).read()
for line in txt.splitlines():
    m=re.match(r"^(?:## )?([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\.? ", line)
    if m: ids.add(m.group(1))
faq=open("originals/staff-faq.md").read()
slugs={re.sub(r"[^a-z0-9]+","-",l[3:].lower()).strip("-") for l in faq.splitlines() if l.startswith("## ")}
tools={r["tool"] for r in csv.DictReader(open("originals/ai-tools-register.csv"))}
valid={"canal-standards-genai-policy.md#"+i for i in ids}|{"staff-faq.md#"+s for s in slugs}|{"ai-tools-register.csv#"+t for t in tools}
# register clause refs exist (html stem = md stem)
for r in csv.DictReader(open("knowledge/ai-tools-register.csv")):
    assert set(r)=={"tool","aliases","status","data_allowed","conditions","clauses"}
    for c in r["clauses"].split(";"):
        f,i=c.split("#"); assert f=="canal-standards-genai-policy.html" and i in ids, c
    assert (r["status"]=="prohibited")==(r["data_allowed"]==""), r["tool"]
cnt=collections.Counter(); esc=[]; seen=set()
V={"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for n,l in enumerate(open("cases.jsonl"),1):
    d=json.loads(l); assert d["id"]==f"CRS{n:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert set(d["verdict"])<=V and d["verdict"]
    assert len(d["clauses"])<=3 and (d["clauses"] or d["verdict"]==["out_of_scope"])
    for c in d["clauses"]: assert c in valid, (d["id"],c)
    for p in d.get("pii",[]): assert p in d["question"], (d["id"],p)
    if "unsure" in d["verdict"]: assert d["escalate"], d["id"]
    cnt[tuple(d["verdict"])]+=1
    if d["escalate"]: esc.append(d["id"])
print(n,"cases"); [print(" ",k,v) for k,v in cnt.items()]
print("escalate:",esc); print("pii cases:",sum(1 for l in open("cases.jsonl") if '"pii"' in l))
yes=sum(v for k,v in cnt.items() if set(k)<= {"allowed","conditional"}); print("plain yes:",yes)
open("clause_ids.txt","w").write("\n".join(sorted(valid,key=lambda s:(s.split('#')[0],[(0,int(x),"") if x.isdigit() else (1,0,x) for x in re.split(r'[.#]',s.split('#')[1])])))+"\n")
# html text equals md text per clause
import html as H
h=open("knowledge/canal-standards-genai-policy.html").read()
for line in txt.splitlines():
    if re.match(r"^[0-9A-Z]",line) or line.startswith("("):
        assert H.escape(line.strip()) in h, line[:60]
print("html/md text consistent; ids:",len(ids))
