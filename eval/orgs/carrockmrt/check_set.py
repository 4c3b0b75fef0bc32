"""Self-checks: JSON validity, clause ids exist in the .md original, pii in questions, md/pdf text agree."""
import json, re, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
md = open(os.path.join(HERE, "originals/cfmrt-ai-use-policy.md"), encoding="utf-8").read()
ids = set()
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. ", line)
    if m: ids.add(m.group(1))
    m = re.match(r"^((?:\d+|A)\.\d+) ", line)
    if m: ids.add(m.group(1))
listed = {l.split("#", 1)[1] for l in open(os.path.join(HERE, "clause_ids.txt")).read().split()}
assert ids == listed, (ids ^ listed)
errs = 0; seen = set(); cnt = collections.Counter()
for n, line in enumerate(open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    assert c["id"] == "CMR%03d" % n and c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and set(c["verdict"]) <= {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    assert isinstance(c["escalate"], bool)
    if "unsure" in c["verdict"] and len(c["verdict"]) == 1: assert c["escalate"], c["id"]
    assert len(c["clauses"]) <= 3
    for ref in c["clauses"]:
        f, cid = ref.split("#")
        if f != "cfmrt-ai-use-policy.md" or cid not in ids:
            print("BAD REF", c["id"], ref); errs += 1
    for p in c.get("pii", []):
        if p not in c["question"]: print("PII missing", c["id"], p); errs += 1
    cnt[tuple(c["verdict"])] += 1
# pdf text vs md text (whitespace-normalised)
import pypdf
pdf = " ".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(HERE, "knowledge/cfmrt-ai-use-policy.pdf")).pages)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
pdfn = norm(pdf)
for line in md.splitlines():
    t = norm(line.lstrip("#").strip())
    if t and t not in pdfn: print("NOT IN PDF:", t[:80]); errs += 1
print(len(seen), "cases;", len(ids), "clause ids;", "errors:", errs)
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, list(k))
print("yes-cases:", sum(v for k, v in cnt.items() if set(k) <= {"allowed","conditional"}))
print("escalate:", [json.loads(l)["id"] for l in open(os.path.join(HERE, "cases.jsonl")) if json.loads(l)["escalate"]])
