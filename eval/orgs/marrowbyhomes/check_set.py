"""Self-checks: JSON validity, cited clause ids exist in originals, pii strings occur, docx text == md text."""
import json, re, sys
from pathlib import Path
from docx import Document
HERE = Path(__file__).parent
ok = True
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
# clause ids of the .md original
md = (HERE / "originals/marrowby-ai-policy.md").read_text()
ids = {}
cur = None
for line in md.splitlines():
    m = re.match(r"## (\d+)\. (.*)", line) or re.match(r"(\d+\.\d+|A\.\d+) (.*)", line)
    if m: cur = m.group(1); ids[cur] = m.group(2)
ids_md = set(ids)
# quick guide slugs
lines = (HERE / "originals/ai-quick-guide.txt").read_text().splitlines()
guide = {slug(lines[i]) for i in range(len(lines) - 1) if re.fullmatch(r"-{3,}", lines[i + 1])}
allids = {"marrowby-ai-policy.md#" + i for i in ids_md} | {"ai-quick-guide.txt#" + g for g in guide}
(HERE / "clause_ids.txt").write_text("\n".join(
    ["# marrowby-ai-policy.docx (originals/marrowby-ai-policy.md)"] + list(ids) +
    ["", "# ai-quick-guide.txt (headings as slugs; the ===-underlined title is not a clause)"] + sorted(guide)) + "\n")
# docx text equals md text
doc = Document(HERE / "knowledge/marrowby-ai-policy.docx")
dtexts = [p.text for p in doc.paragraphs if p.text.strip()]
mdtexts = [re.sub(r"^(#+ )?(\d+\.\d+ |A\.\d+ |\d+\. )?", "", l) for l in md.splitlines() if l.strip()]
if dtexts != mdtexts:
    ok = False
    for a, b in zip(dtexts, mdtexts):
        if a != b: print("DOCX/MD MISMATCH:", a[:60], "|", b[:60]); break
numbered = sum(1 for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None)
print("docx paragraphs with automatic numbering:", numbered, "; typed numbers in docx:", sum(1 for t in dtexts if re.match(r"\d+\.\d", t)))
n = 0; verdicts = {}
seen = set()
for ln, line in enumerate((HERE / "cases.jsonl").read_text().splitlines(), 1):
    c = json.loads(line); n += 1
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in c["verdict"])
    assert len(c["clauses"]) <= 3
    for r in c["clauses"]:
        if r not in allids: ok = False; print("MISSING CLAUSE", c["id"], r)
    for s in c.get("pii", []):
        if s not in c["question"]: ok = False; print("PII NOT IN QUESTION", c["id"], s)
    if "unsure" in c["verdict"] and not c["escalate"]: print("WARN unsure without escalate", c["id"])
    verdicts[tuple(c["verdict"])] = verdicts.get(tuple(c["verdict"]), 0) + 1
print(n, "cases"); [print(" ", k, v) for k, v in sorted(verdicts.items())]
print("pii cases:", sum(1 for l in (HERE/'cases.jsonl').read_text().splitlines() if '"pii"' in l))
print("OK" if ok else "PROBLEMS")
