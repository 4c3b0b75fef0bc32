import json, re, collections
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = {}
for line in open("originals/mul-genai-policy.md"):
    m = re.match(r"^(?:## )?([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\.? ", line)
    if m: ids["mul-genai-policy.md#" + m.group(1)] = line
for line in open("originals/mul-ai-staff-faq.md"):
    if line.startswith("## "): ids["mul-ai-staff-faq.md#" + slug(line[3:])] = line
open("clause_ids.txt","w").write("\n".join(ids) + "\n")
cnt = collections.Counter(); esc = []
for n, line in enumerate(open("cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}, d
    for c in d["clauses"]: assert c in ids, (d["id"], c)
    assert 0 <= len(d["clauses"]) <= 4
    for s in d.get("pii", []): assert s in d["question"], (d["id"], s)
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"]: assert d["escalate"]
    cnt[tuple(d["verdict"])] += 1
    if d["escalate"]: esc.append(d["id"])
print(len(ids), "clauses"); print(cnt); print("escalate", esc)
# PDF text contains each md clause text
from pypdf import PdfReader
pdf = " ".join(p.extract_text() for p in PdfReader("knowledge/mul-genai-policy.pdf").pages)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
pdfn = norm(pdf)
bad = [l for l in open("originals/mul-genai-policy.md") if l.strip() and not l.startswith("#") and norm(l) not in pdfn]
print("md lines not found in pdf text:", len(bad)); [print(" ", b[:90]) for b in bad[:5]]
