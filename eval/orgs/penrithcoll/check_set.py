"""Self-checks for the PNC evaluation set."""
import json, re, collections, html as H
from docx import Document
ids = set(open("clause_ids.txt").read().split())
VALID = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cases = [json.loads(l) for l in open("cases.jsonl")]
assert 60 <= len(cases) <= 70, len(cases)
seen=set(); cnt=collections.Counter(); yes=0
for i,c in enumerate(cases,1):
    assert c["id"]==f"PNC{i:03d}" and c["id"] not in seen; seen.add(c["id"])
    assert set(c)>= {"id","question","verdict","clauses","escalate"}
    assert c["verdict"] and set(c["verdict"])<=VALID, c
    assert len(c["clauses"])<=3
    for r in c["clauses"]: assert r in ids, (c["id"], r)
    if "unsure" in c["verdict"] and c["verdict"]==["unsure"]: assert c["escalate"]
    for p in c.get("pii",[]): assert p in c["question"], (c["id"],p)
    if set(c["verdict"])<= {"allowed","conditional"}: yes+=1
    cnt[tuple(c["verdict"])]+=1
assert yes>=12, yes
assert 3 <= sum(1 for c in cases if c.get("pii")) <= 6
# docx text vs md original
md = open("originals/pec-generative-ai-policy.md").read()
norm = lambda s: re.sub(r"\s+"," ",s).strip()
mdn = norm(md)
for p in Document("knowledge/pec-generative-ai-policy.docx").paragraphs:
    if p.text.strip(): assert norm(p.text) in mdn, p.text
# html text vs md original
page = open("knowledge/staff-ai-faqs.html").read()
main = re.search(r"<main.*?>(.*)</main>", page, re.S).group(1)
fmd = norm(open("originals/staff-ai-faqs.md").read())
for t in re.findall(r"<(?:h1|h2|p)[^>]*>(.*?)</(?:h1|h2|p)>", main):
    t = H.unescape(t)
    assert norm(t) in fmd, t
for m in re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', main):
    assert m[0]==re.sub(r"[^a-z0-9]+","-",H.unescape(m[1]).lower()).strip("-")
print("OK", len(cases), "cases; yes:", yes); [print(k, v) for k,v in sorted(cnt.items())]
print("escalate:", [c["id"] for c in cases if c["escalate"]])
