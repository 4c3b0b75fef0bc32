"""Check cases.jsonl against originals/ (clause ids per the contract's rules) and knowledge/ docx text."""
import json, re, sys
from collections import Counter
from pathlib import Path
from docx import Document

HERE = Path(__file__).resolve().parent
NUM = re.compile(r"^((?:\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*)(?:\([a-z]\))?)\.?\s")
HEAD = re.compile(r"^#{2,}\s+(\d+)\.\s")

def clauses(md: str):
    ids = []
    for line in md.splitlines():
        m = HEAD.match(line)
        if m:
            ids.append(m.group(1)); continue
        if line.startswith("#") or line.startswith("|"):
            continue
        m = NUM.match(line)
        if m:
            ids.append(m.group(1))
    return ids

ok = True
refs = {}
for f in (HERE / "originals").glob("*.md"):
    ids = clauses(f.read_text(encoding="utf-8"))
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup: print("duplicate clause ids", f.name, dup); ok = False
    refs.update({f"{f.name}#{i}": True for i in ids})
print(len(refs), "clauses in originals")

# docx text == md text (paragraph sequence, ignoring markdown marks and the table)
for d in (HERE / "knowledge").glob("*.docx"):
    doc = Document(d)
    dp = [p.text.strip() for p in doc.paragraphs if p.text.strip()]
    md = (HERE / "originals" / (d.stem + ".md")).read_text(encoding="utf-8")
    mp = [re.sub(r"^#+\s*", "", l).strip() for l in md.splitlines() if l.strip() and not l.startswith("|")]
    if dp != mp:
        ok = False
        for a, b in zip(dp, mp):
            if a != b: print("DOCX/MD differ:", a[:60], "|", b[:60]); break
    else:
        print(d.name, "paragraphs match md:", len(dp))

ids = set(); verdicts = Counter()
for n, line in enumerate((HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    if c["id"] in ids: print("dup id", c["id"]); ok = False
    ids.add(c["id"])
    assert c["id"].startswith("r14a")
    assert all(v in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"} for v in c["verdict"])
    for r in c["clauses"]:
        if r not in refs: print("missing ref", c["id"], r); ok = False
    for s in c.get("pii", []):
        if s not in c["question"]: print("pii not in question", c["id"], s); ok = False
    if "unsure" in c["verdict"] and not c["escalate"]: print("unsure without escalate", c["id"])
    verdicts[tuple(c["verdict"])] += 1
print(len(ids), "cases")
for k, v in sorted(verdicts.items(), key=lambda x: -x[1]): print(f"  {v:3d} {list(k)}")
print("pii cases:", sum(1 for l in (HERE / "cases.jsonl").read_text().splitlines() if '"pii"' in l))
print("OK" if ok else "PROBLEMS"); sys.exit(0 if ok else 1)
