#!/usr/bin/env python3
"""Self-checks for the KBG evaluation set."""
import json, re, html, collections, os
ids = set(open("clause_ids.txt").read().split())
VALID = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cases = [json.loads(l) for l in open("cases.jsonl", encoding="utf-8")]
seen = set(); cnt = collections.Counter(); errs = 0
for c in cases:
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}, c["id"]
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and set(c["verdict"]) <= VALID, c["id"]
    assert 0 <= len(c["clauses"]) <= 3, c["id"]
    if c["verdict"] != ["out_of_scope"]:
        assert c["clauses"], c["id"]
    for r in c["clauses"]:
        if r not in ids:
            print("MISSING", c["id"], r); errs += 1
    if "unsure" in c["verdict"]:
        assert c["escalate"], c["id"]
    for p in c.get("pii", []):
        assert p.lower() in c["question"].lower(), (c["id"], p)
    cnt[tuple(c["verdict"])] += 1
# html text vs md text
h = open("knowledge/kelmscott-genai-policy.html", encoding="utf-8").read()
main = h[h.index("<main"):h.index("</main>")]
parts = [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in re.findall(r"<(?:h1|h2|p|li)[^>]*>(.*?)</(?:h1|h2|p|li)>", main, re.S)]
md = open("originals/kelmscott-genai-policy.md", encoding="utf-8").read()
mdnorm = " ".join(re.sub(r"(?m)^#+ ", "", md).split())
for t in parts:
    if " ".join(t.split()) not in mdnorm:
        print("HTML TEXT NOT IN MD:", t[:80]); errs += 1
# every clause id appears as a line start in md
for i in ids:
    f, cid = i.split("#")
    if f.endswith(".md"):
        if not re.search(r"^(## )?" + re.escape(cid) + r"[ .]", md, re.M):
            print("NO CLAUSE LINE", i); errs += 1
assert open("knowledge/kelmscott-ai-staff-faq.txt").read() == open("originals/kelmscott-ai-staff-faq.txt").read()
yes = sum(1 for c in cases if set(c["verdict"]) <= {"allowed","conditional"} and c["verdict"])
print(len(cases), "cases; plain-yes:", yes, "; escalate:", [c["id"] for c in cases if c["escalate"]],
      "; pii:", [c["id"] for c in cases if c.get("pii")])
for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
    print(v, list(k))
print("errors:", errs)
