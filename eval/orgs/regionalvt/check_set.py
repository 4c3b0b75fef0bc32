import json, re, csv
ids=set(l.strip() for l in open("clause_ids.txt") if l.strip())
# clause texts from originals
def md_clauses(fn):
    out={}; cur=None
    for line in open("originals/"+fn, encoding="utf-8"):
        line=line.rstrip("\n")
        m=re.match(r"^## (\d+)\. (.*)$", line)
        if m: cur=m.group(1); out[cur]=""; continue
        m=re.match(r"^((?:\d+\.)+\d+|[A-Z]\.\d+) (.*)$", line)
        if m: cur=m.group(1); out[cur]=m.group(2); continue
        if line.startswith("## "):
            cur=re.sub(r"[^a-z0-9]+","-",line[3:].lower()).strip("-"); out[cur]=""; continue
        if cur and line.strip() and not line.startswith("#"): out[cur]+=" "+line
    return out
pol=md_clauses("nvts-ai-policy.md"); faq=md_clauses("ai-staff-faq.md")
found={"nvts-ai-policy.md#"+k for k in pol}|{"ai-staff-faq.md#"+k for k in faq}
found|={"ai-tools-register.csv#"+r["tool"] for r in csv.DictReader(open("originals/ai-tools-register.csv"))}
found={f for f in found if not f.startswith("ai-staff-faq.md#appendix")}
assert ids==found-{"nvts-ai-policy.md#appendix-a-definitions"}, (ids^found)
# register clause refs exist in knowledge html ids
for r in csv.DictReader(open("knowledge/ai-tools-register.csv")):
    for c in r["clauses"].split(";"):
        assert "nvts-ai-policy.md#"+c.split("#")[1] in ids, c
    assert set(filter(None,r["data_allowed"].split(";")))<= {"public","internal","personal","special_category"}
    assert r["status"] in ("approved","restricted","prohibited")
# html text matches md text
import html as H
ht=H.unescape(re.sub(r"<[^>]+>"," ",open("knowledge/nvts-ai-policy.html",encoding="utf-8").read()))
ht=" ".join(ht.split())
for k,v in pol.items():
    if v.strip(): assert " ".join(v.split()) in ht, k
from docx import Document
dt=" ".join(" ".join(p.text for p in Document("knowledge/ai-staff-faq.docx").paragraphs).split())
for k,v in faq.items():
    if v.strip(): assert " ".join(v.split()) in dt, k
n=0; ver={}
allowed_v={"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for i,l in enumerate(open("cases.jsonl"),1):
    d=json.loads(l); n+=1
    assert d["id"]=="RVT%03d"%i
    assert set(d["verdict"])<=allowed_v and d["verdict"]
    assert 0<=len(d["clauses"])<=3
    for c in d["clauses"]: assert c in ids, (d["id"],c)
    for p in d.get("pii",[]): assert p in d["question"], (d["id"],p)
    if "unsure" in d["verdict"] and all(v in("unsure","not_allowed") for v in d["verdict"]) and d["id"] not in(): pass
    if d["verdict"]==["unsure"]: assert d["escalate"], d["id"]
    ver[tuple(d["verdict"])]=ver.get(tuple(d["verdict"]),0)+1
print(n,"cases ok"); 
for k,v in sorted(ver.items()): print(v,k)
print("pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
print("escalate", [json.loads(l)["id"] for l in open("cases.jsonl") if json.loads(l)["escalate"]])
