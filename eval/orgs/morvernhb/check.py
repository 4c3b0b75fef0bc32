"""Self-checks: writes clause_ids.txt, validates cases.jsonl against originals."""
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from policy_text import S
from faq_slugs import slugs
from docx import Document
ids = []
for n, h, ps in S:
    ids.append(n); ids += [p.split(" ", 1)[0] for p in ps if not p.startswith("(")]
assert len(ids) == len(set(ids)), "duplicate ids"
valid = {"morvern-genai-policy.md#" + i for i in ids} | {"mhb-ai-staff-faq.txt#" + s for s in slugs()}
open("clause_ids.txt", "w").write("# knowledge/morvern-genai-policy.docx (cited as originals/morvern-genai-policy.md)\n" + "\n".join("morvern-genai-policy.md#" + i for i in ids) + "\n# knowledge/mhb-ai-staff-faq.txt\n" + "\n".join("mhb-ai-staff-faq.txt#" + s for s in slugs()) + "\n")
md = open("originals/morvern-genai-policy.md").read()
# every clause line in md, and the docx has the same paragraphs
dtext = [p.text for p in Document("knowledge/morvern-genai-policy.docx").paragraphs]
for n, h, ps in S:
    assert f"## {n}. {h}" in md and f"{n}. {h}" in dtext
    for p in ps:
        assert p in md and p in dtext, p[:40]
assert open("knowledge/mhb-ai-staff-faq.txt").read() == open("originals/mhb-ai-staff-faq.txt").read()
V = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
cnt = collections.Counter(); seen = set(); nyes = 0
for ln, line in enumerate(open("cases.jsonl"), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert c["id"] == f"MHB{ln:03d}" and c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and set(c["verdict"]) <= V, c["id"]
    for r in c["clauses"]: assert r in valid, (c["id"], r)
    assert len(c["clauses"]) <= 3, c["id"]
    if "out_of_scope" not in c["verdict"]: assert c["clauses"], c["id"]
    if "unsure" in c["verdict"]: assert c["escalate"], c["id"]
    for s in c.get("pii", []): assert s in c["question"], (c["id"], s)
    cnt[" / ".join(c["verdict"]) + (" (escalate)" if c["escalate"] else "")] += 1
    nyes += set(c["verdict"]) <= {"allowed", "conditional"}
print(ln, "cases OK; plain yes:", nyes, "; pii cases:", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
for k, v in sorted(cnt.items()): print(f"{v:3d}  {k}")
