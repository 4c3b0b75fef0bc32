"""Check cases.jsonl against the originals: JSON, unique ids, refs exist, pii in question; docx text == md text."""
import csv, json, re, sys
from collections import Counter
from pathlib import Path
HERE = Path(__file__).parent
ids = {}
for f in sorted((HERE / "originals").iterdir(), key=lambda f: f.suffix != ".md"):
    if f.suffix == ".md":
        s = set()
        for line in f.read_text().splitlines():
            m = re.match(r"^## (?:(\d+)\.\s|Appendix)", line)
            if m and m.group(1): s.add(m.group(1))
            m = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?|[A-Z]\.\d+)\s", line)
            if m: s.add(m.group(1))
        ids[f.name] = s
    elif f.suffix == ".csv":
        ids[f.name] = {row["tool"] for row in csv.DictReader(open(f))}
        for row in csv.DictReader(open(f)):
            for ref in row["clauses"].split(";"):
                fn, cid = ref.split("#"); assert cid in ids[fn.replace(".docx", ".md")] if fn.endswith(".docx") else True, ref
bad = 0; seen = set(); cnt = Counter()
for n, line in enumerate(open(HERE / "cases.jsonl"), 1):
    c = json.loads(line)
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}, c
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["id"].startswith("r17a")
    assert isinstance(c["escalate"], bool)
    for v in c["verdict"]: assert v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    if "unsure" in c["verdict"] and len(c["verdict"]) == 1: assert c["escalate"]
    for ref in c["clauses"]:
        fn, cid = ref.split("#", 1)
        if cid not in ids.get(fn, set()): print("BAD REF", c["id"], ref); bad += 1
    for s in c.get("pii", []):
        assert s in c["question"], (c["id"], s)
    cnt[tuple(c["verdict"])] += 1
# docx vs md
from docx import Document
d = Document(HERE / "knowledge" / "ashby-vale-genai-policy.docx")
dt = [p.text.strip() for p in d.paragraphs if p.text.strip()]
mt = [re.sub(r"^#+ ", "", l.strip()) for l in (HERE/"originals"/"ashby-vale-genai-policy.md").read_text().splitlines() if l.strip()]
assert dt == mt, "docx/md differ"
print(len(seen), "cases ok, bad refs:", bad)
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, k)
