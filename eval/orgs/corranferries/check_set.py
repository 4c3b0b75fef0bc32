import json, re, collections
from docx import Document
ids = set(open("clause_ids.txt").read().split())
md = open("originals/cifs-generative-ai-policy.md").read()
# clause ids present in md
for i in ids:
    pat = r"^## " + re.escape(i) + r"\. " if "." not in i else r"^" + re.escape(i) + r" "
    assert re.search(pat, md, re.M), i
# docx text equals md text paragraphs
dtext = [p.text for p in Document("knowledge/cifs-generative-ai-policy.docx").paragraphs if p.text.strip()]
mtext = [l.lstrip("# ").strip() for l in md.splitlines() if l.strip()]
assert dtext == mtext, "docx/md differ"
cnt = collections.Counter(); n = 0
for line in open("cases.jsonl"):
    c = json.loads(line); n += 1
    for r in c["clauses"]:
        f, cid = r.split("#"); assert f == "cifs-generative-ai-policy.md" and cid in ids, r
    for p in c.get("pii", []): assert p in c["question"], p
    assert c["escalate"] == (c["verdict"] == ["unsure"])
    assert c["verdict"] and set(c["verdict"]) <= {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    cnt[tuple(c["verdict"])] += 1
print(n, dict(cnt)); print("pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
