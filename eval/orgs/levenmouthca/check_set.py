import json, re, html, collections
VALID = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
def slug(t): return re.sub(r"[^a-z0-9]+","-",t.lower()).strip("-")
clauses = {}
pol = open("originals/levenmouth-ca-ai-policy.md").read()
cur=None
for line in pol.splitlines():
    m = re.match(r"^## (\d+)\. (.+)$", line) or re.match(r"^(\d+\.\d+) (.+)$", line)
    if m: cur="levenmouth-ca-ai-policy.md#"+m.group(1); clauses[cur]=m.group(2); continue
    if cur and line.strip(): clauses[cur]+=" "+line
gd = open("originals/volunteer-ai-quick-guide.md").read()
cur=None
for line in gd.splitlines():
    m = re.match(r"^## (.+)$", line)
    if m: cur="volunteer-ai-quick-guide.md#"+slug(m.group(1)); clauses[cur]=""; continue
    if cur and line.strip(): clauses[cur]+=" "+line
# html text == md text
h = open("knowledge/levenmouth-ca-ai-policy.html").read()
for m in re.finditer(r'<span class="clause-no">([\d.]+)</span> (.*?)</p>', h):
    t = html.unescape(m.group(2))
    assert t in clauses["levenmouth-ca-ai-policy.md#"+m.group(1)], m.group(1)
assert open("knowledge/volunteer-ai-quick-guide.md").read()==gd
ok=True; cnt=collections.Counter(); n=0
for i,line in enumerate(open("cases.jsonl")):
    d=json.loads(line); n+=1
    assert d["id"]=="LCA%03d"%(i+1)
    assert set(d["verdict"])<=VALID and d["verdict"], d["id"]
    for c in d["clauses"]:
        if c not in clauses: print("missing clause", d["id"], c); ok=False
    for p in d.get("pii",[]):
        if p not in d["question"]: print("pii not in q", d["id"], p); ok=False
    if d["escalate"] and d["verdict"]!=["unsure"]: print("escalate w/o unsure", d["id"])
    if d["verdict"]==["unsure"] and not d["escalate"]: print("unsure w/o escalate", d["id"]); ok=False
    cnt[tuple(d["verdict"])]+=1
print(n, "cases", "OK" if ok else "PROBLEMS"); 
for k,v in sorted(cnt.items(), key=lambda x:-x[1]): print(v, k)
print(sum(1 for l in open("cases.jsonl") if "pii" in json.loads(l)), "pii cases")
