"""Self-checks: JSON validity, cited clauses exist, pii strings in questions, md matches PDF text."""
import json, re, collections
from pathlib import Path
import pypdf
HERE = Path(__file__).parent
ids = set(open(HERE/"clause_ids.txt").read().split())
md = (HERE/"originals/lvw-ai-acceptable-use-policy.md").read_text()
# clause ids defined in md
md_ids = set()
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. ", line) or re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*) ", line) 
    if m: md_ids.add(m.group(1))
md_ids |= {l.split()[0] for l in md.splitlines() if re.match(r"^[A-Z]\.\d+ ", l)}
assert ids <= md_ids, ids - md_ids
# md text vs pdf text (whitespace normalised)
norm = lambda t: re.sub(r"\s+", " ", t).strip()
raw = "\n".join(p.extract_text() for p in pypdf.PdfReader(HERE/"knowledge/lvw-ai-acceptable-use-policy.pdf").pages)
raw = re.sub(r"Page \d+\s+Lowther Valley Water - AI Acceptable Use Policy \(IG-POL-014 v1.1\) - OFFICIAL|Page \d+$", " ", raw, flags=re.M)  # running header/footer
pdf = norm(raw)
for line in md.splitlines():
    t = norm(line.lstrip("# "))
    if t and not t.startswith("Appendix"):
        assert t in pdf, t[:80]
cnt = collections.Counter(); n = 0; seen = set()
for ln, line in enumerate(open(HERE/"cases.jsonl"), 1):
    d = json.loads(line); n += 1
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}
    assert d["id"] == f"LVW{ln:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert d["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in d["verdict"])
    for c in d["clauses"]:
        f, cid = c.split("#")
        assert f == "lvw-ai-acceptable-use-policy.md" and cid in ids, c
    assert 0 <= len(d["clauses"]) <= 3
    if "unsure" in d["verdict"]: assert d["escalate"]
    if d["verdict"] == ["out_of_scope"]: assert d["clauses"] == []
    for p in d.get("pii", []): assert p in d["question"], p
    cnt[" / ".join(d["verdict"]) + (" (escalate)" if d["escalate"] else "")] += 1
print(n, "cases OK"); [print(f"{v:5d}  {k}") for k, v in sorted(cnt.items(), key=lambda x: -x[1])]
print("plain yes:", sum(v for k, v in cnt.items() if k.split(" (")[0] in ("allowed / conditional","conditional","conditional / allowed")))
print("pii cases:", sum(1 for l in open(HERE/"cases.jsonl") if '"pii"' in l))
