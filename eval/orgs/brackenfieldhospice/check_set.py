import json, re, pathlib
H = pathlib.Path(__file__).parent
def md_clauses(text):
    cl, cur = {}, None
    for line in text.split("\n"):
        m = re.match(r"## (\d+)\. ", line) or re.match(r"## Appendix", line)
        if line.startswith("## "):
            cur = m.group(1) if m and m.groups() and m.group(1) else None
            if cur: cl[cur] = ""
            continue
        m = re.match(r"((?:\d+|[A-Z])\.\d+) ", line)
        if m: cur = m.group(1); cl[cur] = line[len(cur)+1:]; continue
        if cur and line.strip(): cl[cur] += " " + line.strip()
    return cl
def txt_clauses(text):
    lines = text.split("\n"); cl, cur = {}, None
    for i, l in enumerate(lines):
        if i + 1 < len(lines) and re.fullmatch(r"-{3,}", lines[i+1]):
            cur = re.sub(r"[^a-z0-9]+", "-", l.lower()).strip("-"); cl[cur] = ""; continue
        if re.fullmatch(r"[-=]{3,}", l): continue
        if cur and l.strip(): cl[cur] += " " + l.strip()
    return cl
C = {"brackenfield-ai-policy.md": md_clauses((H/"originals/brackenfield-ai-policy.md").read_text()),
     "volunteer-ai-faq.txt": txt_clauses((H/"originals/volunteer-ai-faq.txt").read_text())}
# html text matches md text
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s): super().__init__(); s.t=[]
    def handle_data(s, d): s.t.append(d)
p = P(); p.feed((H/"knowledge/brackenfield-ai-policy.html").read_text()); ht = re.sub(r"\s+", " ", "".join(p.t))
for cid, txt in C["brackenfield-ai-policy.md"].items():
    for piece in re.split(r"\s(?=\([a-g]\) )", txt.strip()):
        if piece and piece not in ht: print("HTML MISSING", cid, piece[:60])
ids = [f"{k}#{c}" for k, v in C.items() for c in v]
(H/"clause_ids.txt").write_text("\n".join(ids) + "\n")
from collections import Counter
vc, n, errs = Counter(), 0, 0
seen=set()
for line in open(H/"cases.jsonl"):
    d = json.loads(line); n += 1
    assert d["id"] not in seen; seen.add(d["id"])
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}
    vc[tuple(d["verdict"])] += 1
    for c in d["clauses"]:
        if c not in ids: print("BAD CLAUSE", d["id"], c); errs += 1
    for s in d.get("pii", []):
        if s not in d["question"]: print("PII NOT IN Q", d["id"], s); errs += 1
    if "unsure" in d["verdict"] and not d["escalate"]: print("unsure w/o escalate", d["id"])
    if len(d["question"]) > 2000: print("too long", d["id"])
print(n, "cases", errs, "errors"); [print(k, v) for k, v in sorted(vc.items())]
print(len(ids), "clause ids")
