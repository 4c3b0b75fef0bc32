"""Self-checks: JSON validity, clause ids exist in the .md original (parsed independently),
HTML and MD carry the same clause texts, pii strings occur in their questions."""
import json, re, html, collections
md = open("originals/hca-generative-ai-policy.md", encoding="utf-8").read()
ht = open("knowledge/hca-generative-ai-policy.html", encoding="utf-8").read()
ids = set(open("clause_ids.txt").read().split())
# independent parse of md
found = set()
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. ", line)
    if m: found.add(m.group(1))
    m = re.match(r"^((?:\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?)|[A-Z]\.\d+) ", line)
    if m: found.add(m.group(1))
assert found == ids, (found ^ ids)
# html text equals md text (paragraph level)
def norm(t): return re.sub(r"\s+", " ", t).strip()
htext = norm(html.unescape(re.sub(r"<[^>]+>", " ", re.search(r"<main.*?</main>", ht, re.S).group(0))))
for line in md.splitlines():
    t = line.lstrip("#- ").strip()
    if t and not t.startswith(("Owner", "Approved", "Related")):
        assert norm(t) in htext or norm(re.sub(r"^\d+\. ", "", t)) in htext, t
cnt = collections.Counter(); esc = []
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert d["id"] == f"HCU{n:03d}"
    assert d["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in d["verdict"])
    assert len(d["clauses"]) <= 3
    for c in d["clauses"]:
        f, cid = c.split("#"); assert f == "hca-generative-ai-policy.md" and cid in ids, c
    if "unsure" in d["verdict"]: assert d["escalate"]
    for p in d.get("pii", []): assert p in d["question"], p
    cnt[" / ".join(d["verdict"])] += 1
    if d["escalate"]: esc.append(d["id"])
print(n, "cases", dict(cnt)); print("escalate:", esc)
print("pii cases:", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
