#!/usr/bin/env python3
"""Self-checks for the Thornleigh set: JSON lines, clause ids, quotes, pii."""
import json, re, html, collections, sys
sys.path.insert(0, ".")
import build_policy as bp

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def norm(s): return re.sub(r"\s+", " ", s).strip()

ids = {}
pol = open("originals/thornleigh-genai-policy.md").read()
for m in re.finditer(r"^## (\d+)\. ", pol, re.M): ids.setdefault("thornleigh-genai-policy.md", set()).add(m.group(1))
for m in re.finditer(r"^([0-9A-Z]+\.\d+) ", pol, re.M): ids["thornleigh-genai-policy.md"].add(m.group(1))
faq = open("originals/genai-staff-faq.md").read()
ids["genai-staff-faq.md"] = {slug(h) for h in re.findall(r"^## (.+)$", faq, re.M)}
assert open("knowledge/genai-staff-faq.md").read() == faq

# every clause text in md and in html (quote-worthy)
page = html.unescape(re.sub(r"<[^>]+>", " ", open("knowledge/thornleigh-genai-policy.html").read()))
npol, npage = norm(pol), norm(page)
for num, title, intro, cl in bp.S:
    for cn, text, items in cl:
        for t in [f"{cn} {text}"] + items:
            assert norm(t) in npol, t
            assert norm(t) in npage, t
declared = set(open("clause_ids.txt").read().split("genai-staff-faq.md:")[0].split()[3:])
assert declared == ids["thornleigh-genai-policy.md"], declared ^ ids["thornleigh-genai-policy.md"]

cnt = collections.Counter(); ok = True; seen = set()
for n, line in enumerate(open("cases.jsonl"), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert c["id"] == f"TDC{n:03d}" and c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in c["verdict"])
    assert ("unsure" in c["verdict"]) == c["escalate"], c["id"]
    for ref in c["clauses"]:
        f, cid = ref.split("#")
        if cid not in ids.get(f, ()): print("BAD REF", c["id"], ref); ok = False
    for s in c.get("pii", []):
        if s not in c["question"]: print("PII not in question", c["id"], s); ok = False
    if c["verdict"] != ["out_of_scope"] and not c["clauses"]: print("no clauses", c["id"])
    cnt[tuple(c["verdict"])] += 1
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, list(k))
print("cases", n, "pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l), "OK" if ok else "FAIL")
