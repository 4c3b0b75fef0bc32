"""Self-checks for the Adopt Pennine evaluation set (own parser, following the contract)."""
import json, re, collections
from pathlib import Path
from docx import Document
HERE = Path(__file__).parent
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
NUM = re.compile(r"^(\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s")
def clauses_md(path):
    ids = collections.OrderedDict(); cur = None; numbered = False
    lines = path.read_text(encoding="utf-8").splitlines()
    numbered = any(re.match(r"^#{2,}\s+\d+\.", l) for l in lines)
    for l in lines:
        m = re.match(r"^(#+)\s+(.*)$", l)
        if m:
            if len(m.group(1)) == 1: cur = None; continue
            h = m.group(2)
            if numbered:
                mm = re.match(r"^(\d+)\.\s", h)
                if mm: cur = mm.group(1); ids[cur] = h + "\n"
                continue
            cur = slug(h); ids[cur] = ""; continue
        mm = NUM.match(l) if numbered else None
        if mm: cur = mm.group(1); ids[cur] = l + "\n"; continue
        if cur: ids[cur] += l + "\n"
    return ids
docs = {p.name: clauses_md(p) for p in (HERE / "originals").glob("*.md")}
allids = {f"{n}#{c}" for n, d in docs.items() for c in d}
errs = []
# docx text equals md original text
d = Document(HERE / "knowledge" / "staff-ai-faq.docx")
dtext = [p.text for p in d.paragraphs if p.text.strip()]
mtext = [re.sub(r"^#+\s+", "", l) for l in (HERE / "originals" / "staff-ai-faq.md").read_text().splitlines() if l.strip()]
if dtext != mtext: errs.append("docx text differs from its md original")
# knowledge md identical to original
if (HERE/"knowledge/adopt-pennine-ai-policy.md").read_bytes() != (HERE/"originals/adopt-pennine-ai-policy.md").read_bytes(): errs.append("policy md differs")
cnt = collections.Counter(); esc = []; ids = set()
for i, line in enumerate((HERE / "cases.jsonl").read_text().splitlines(), 1):
    c = json.loads(line)
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}, c["id"]
    if c["id"] in ids: errs.append("dup " + c["id"])
    ids.add(c["id"])
    if c["id"] != f"APR{i:03d}": errs.append("id order " + c["id"])
    for r in c["clauses"]:
        if r not in allids: errs.append(f"{c['id']}: unknown clause {r}")
    if len(c["clauses"]) > 3: errs.append(f"{c['id']}: >3 clauses")
    for s in c.get("pii", []):
        if s not in c["question"]: errs.append(f"{c['id']}: pii {s!r} not in question")
    if "unsure" in c["verdict"] and not c["escalate"]: errs.append(f"{c['id']}: unsure without escalate")
    cnt[tuple(c["verdict"])] += 1
    if c["escalate"]: esc.append(c["id"])
with open(HERE / "clause_ids.txt", "w") as f:
    for n, dd in sorted(docs.items()):
        for cid in dd: f.write(f"{n}#{cid}\n")
print("clauses:", {n: len(v) for n, v in docs.items()})
for k, v in cnt.most_common(): print(v, list(k))
print("escalate:", esc)
print("pii cases:", sum(1 for l in (HERE/'cases.jsonl').read_text().splitlines() if '"pii"' in l))
print("ERRORS:", errs or "none")
