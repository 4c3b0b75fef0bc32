import json, re, html, sys
from html.parser import HTMLParser
BASE = "/work/private/orgs36/ribblevalleyca/"
ok = True
def fail(m):
    global ok; ok = False; print("FAIL", m)
# clause ids from md original
md = open(BASE + "originals/rvca-generative-ai-policy.md").read()
ids = {}
cur = None
for line in md.split("\n"):
    m = re.match(r"## (\d+)\. (.*)", line)
    if m: cur = m.group(1); ids[cur] = ""; continue
    m = re.match(r"(\d+\.\d+) (.*)", line)
    if m: cur = m.group(1); ids[cur] = m.group(2); continue
    if cur and line.strip(): ids[cur] += " " + line
faq = open(BASE + "originals/ai-faq-for-staff-and-volunteers.txt").read().split("\n")
slugs = {}
for i, l in enumerate(faq):
    if i > 1 and re.fullmatch(r"-{3,}", l):
        slugs[re.sub(r"[^a-z0-9]+", "-", faq[i-1].lower()).strip("-")] = 1
valid = {"rvca-generative-ai-policy.md#" + k for k in ids} | {"ai-faq-for-staff-and-volunteers.txt#" + k for k in slugs}
# html text check: every md clause line appears in html text
class T(HTMLParser):
    def __init__(s): super().__init__(); s.t = []; s.inmain = False
    def handle_starttag(s, tag, a):
        if tag == "main": s.inmain = True
    def handle_endtag(s, tag):
        if tag == "main": s.inmain = False
    def handle_data(s, d):
        if s.inmain: s.t.append(d)
t = T(); t.feed(open(BASE + "knowledge/rvca-generative-ai-policy.html").read())
htext = re.sub(r"\s+", " ", " ".join(t.t))
for line in md.split("\n"):
    l = re.sub(r"^(## |- )", "", line).strip()
    if l and not l.startswith("|") and not l.startswith("# ") and re.sub(r"\s+", " ", l) not in htext:
        fail("md line not in html: " + l[:60])
seen = set(); counts = {}
for n, line in enumerate(open(BASE + "cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    if d["id"] in seen: fail("dup id " + d["id"])
    seen.add(d["id"])
    for c in d["clauses"]:
        if c not in valid: fail(f"{d['id']} bad clause {c}")
    for v in d["verdict"]:
        if v not in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}: fail("verdict " + v)
    for s in d.get("pii", []):
        if s not in d["question"]: fail(f"{d['id']} pii {s}")
    if d["verdict"] == ["unsure"] and not d["escalate"]: fail(d["id"] + " unsure w/o escalate")
    counts[tuple(d["verdict"])] = counts.get(tuple(d["verdict"]), 0) + 1
print(len(seen), "cases"); [print(k, v) for k, v in counts.items()]
print(len(ids), "policy clauses,", len(slugs), "faq clauses")
print("OK" if ok else "PROBLEMS")
