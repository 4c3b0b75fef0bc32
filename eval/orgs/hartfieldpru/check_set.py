"""Self-checks: JSON validity, case ids, cited clauses exist in originals, pii in questions, HTML text == .md text."""
import json, re, os, html, collections
from html.parser import HTMLParser
OUT = os.path.dirname(os.path.abspath(__file__))
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def clauses_md(path):
    ids = {}; cur = None
    numbered = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^##\s+(\d+)\.\s+(.*)", line)
        if m: numbered = True; cur = m.group(1); ids[cur] = ""; continue
        if re.match(r"^##\s+Appendix", line): cur = None; continue
        m = re.match(r"^##\s+(.*)", line)
        if m and not numbered: cur = slug(m.group(1)); ids[cur] = ""; continue
        m = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)*)\s+(.*)", line)
        if m and numbered: cur = m.group(1); ids[cur] = m.group(2); continue
        if cur and line.strip(): ids[cur] += " " + line
    return ids
orig = {f: clauses_md(os.path.join(OUT, "originals", f)) for f in os.listdir(os.path.join(OUT, "originals")) if f.endswith(".md")}
errs = 0; ids = []; cnt = collections.Counter(); esc = []
for n, line in enumerate(open(os.path.join(OUT, "cases.jsonl")), 1):
    d = json.loads(line); ids.append(d["id"])
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, d
    assert d["id"] == f"HPR{n:03d}"
    assert set(d["verdict"]) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    cnt[tuple(d["verdict"])] += 1
    if d["escalate"]: esc.append(d["id"])
    assert 0 <= len(d["clauses"]) <= 3
    if d["verdict"] != ["out_of_scope"]: assert d["clauses"], d["id"]
    for c in d["clauses"]:
        f, cid = c.split("#")
        if f not in orig or cid not in orig[f]: print("MISSING", d["id"], c); errs += 1
    for p in d.get("pii", []):
        if p not in d["question"]: print("PII not in question", d["id"], p); errs += 1
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"] and not d["escalate"]: print("unsure w/o escalate", d["id"]); errs += 1
assert len(ids) == len(set(ids))
# HTML text matches the .md original clause by clause
class P(HTMLParser):
    def __init__(s): super().__init__(); s.inmain = False; s.buf = []; s.tag = None; s.out = []
    def handle_starttag(s, t, a):
        if t == "main": s.inmain = True
        if s.inmain and t in ("p", "h1", "h2"): s.tag = t; s.buf = []
    def handle_endtag(s, t):
        if t == "main": s.inmain = False
        if s.inmain and t == s.tag: s.out.append("".join(s.buf).strip()); s.tag = None
    def handle_data(s, d):
        if s.tag: s.buf.append(d)
p = P(); p.feed(open(os.path.join(OUT, "knowledge", "hartfield-pru-genai-policy.html"), encoding="utf-8").read())
md = [re.sub(r"^#+\s+", "", l.strip()) for l in open(os.path.join(OUT, "originals", "hartfield-pru-genai-policy.md"), encoding="utf-8") if l.strip()]
if p.out != md: print("HTML/MD text differ"); errs += 1
a = open(os.path.join(OUT, "knowledge", "ai-quick-guide-for-staff.md")).read(); b = open(os.path.join(OUT, "originals", "ai-quick-guide-for-staff.md")).read()
if a != b: print("guide copy differs"); errs += 1
print("cases:", len(ids), dict(cnt)); print("escalate:", esc); print("errors:", errs)
