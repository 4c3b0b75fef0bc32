import json, re, collections
from pypdf import PdfReader
base = "/work/private/orgs34/esksidedc/"
def slug(h): return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
ids = {}
pol = open(base + "originals/eskside-genai-policy.md").read()
pid = set(re.findall(r"^(?:## )?([0-9]+(?:\.[0-9]+)*|A\.[0-9]+)[. ]", pol, re.M))
ids["eskside-genai-policy.md"] = pid
faq = open(base + "originals/staff-ai-faq.md").read()
ids["staff-ai-faq.md"] = {slug(h) for h in re.findall(r"^## (.+)$", faq, re.M)}
# clause ids file agrees with md
cl = {l.split("#")[1] for l in open(base + "clause_ids.txt").read().split()}
assert pid <= cl, (cl ^ pid)
# pdf text contains every clause start
pdftext = "\n".join(pg.extract_text() for pg in PdfReader(base + "knowledge/eskside-genai-policy.pdf").pages)
for i in pid:
    assert re.search(r"(^|\n)" + re.escape(i) + r"[. ]", pdftext), i
n = 0; cnt = collections.Counter(); seen = set()
for line in open(base + "cases.jsonl"):
    d = json.loads(line); n += 1
    assert d["id"] not in seen; seen.add(d["id"])
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in d["verdict"])
    assert 0 <= len(d["clauses"]) <= 5
    for c in d["clauses"]:
        f, i = c.split("#"); assert i in ids[f], c
    for s in d.get("pii", []): assert s in d["question"], s
    if "unsure" in d["verdict"]: assert d["escalate"]
    cnt[tuple(d["verdict"])] += 1
print(n, "cases OK"); [print(k, v) for k, v in cnt.items()]
print("pii cases", sum(1 for l in open(base+"cases.jsonl") if '"pii"' in l))
