import json,re,collections
from build_policy import clause_ids
ids={"wlrt-generative-ai-policy.md":set(clause_ids())}
faq=open("originals/ai-staff-faq.md").read()
ids["ai-staff-faq.md"]={re.sub(r"^-|-$","",re.sub(r"[^a-z0-9]+","-",h.lower())) for h in re.findall(r"^## (.+)$",faq,re.M)}
pol=open("originals/wlrt-generative-ai-policy.md").read()
for c in ids["wlrt-generative-ai-policy.md"]:
    assert re.search(r"^(## )?"+re.escape(c)+r"[. ]",pol,re.M), c
cnt=collections.Counter(); seen=set()
for line in open("cases.jsonl"):
    d=json.loads(line); assert d["id"] not in seen; seen.add(d["id"])
    for c in d["clauses"]:
        f,k=c.split("#"); assert k in ids[f],(d["id"],c)
    for s in d.get("pii",[]): assert s in d["question"],(d["id"],s)
    if d["escalate"]: assert set(d["verdict"])<= {"unsure","not_allowed"}
    cnt[tuple(d["verdict"])]+=1
print(cnt, len(seen))
open("clause_ids.txt","w").write("\n".join("wlrt-generative-ai-policy.md#"+c for c in clause_ids())+"\n"+"\n".join("ai-staff-faq.md#"+s for s in sorted(ids["ai-staff-faq.md"]))+"\n")
