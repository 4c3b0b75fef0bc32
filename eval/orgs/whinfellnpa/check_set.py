"""Self-checks: JSON validity, clause ids exist in originals, pii in questions, docx text == md text."""
import json, re, sys, collections
from docx import Document
errs = []
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def md_clauses(path):
    ids = {}; cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^## (\d+)\. (.*)", line)
        if m: cur = m.group(1); ids[cur] = line; continue
        if line.startswith("## Appendix"): cur = None; continue
        m = re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*)\s", line)
        if m and not line.startswith("#"):
            cur = m.group(1); ids[cur] = line; continue
        if cur and line.strip(): ids[cur] += " " + line
    return ids

def txt_clauses(path):
    lines = open(path, encoding="utf-8").read().split("\n"); ids = {}; cur = None
    for i, l in enumerate(lines):
        if i + 1 < len(lines) and re.fullmatch(r"-{3,}", lines[i+1]) and l.strip():
            cur = slug(l); ids[cur] = ""; continue
        if re.fullmatch(r"[-=]{3,}", l): continue
        if cur and l.strip(): ids[cur] += " " + l
    return ids

cl = {"whinfell-genai-policy.md": md_clauses("originals/whinfell-genai-policy.md"),
      "ai-staff-faq.txt": txt_clauses("originals/ai-staff-faq.txt")}
open("clause_ids.txt", "w").write("\n".join(f"{f}#{k}" for f, d in cl.items() for k in d) + "\n")

# docx vs md text
doc = [p.text for p in Document("knowledge/whinfell-genai-policy.docx").paragraphs if p.text.strip()]
md = [re.sub(r"^#+ ", "", l) for l in open("originals/whinfell-genai-policy.md", encoding="utf-8").read().split("\n") if l.strip()]
if doc != md: errs.append("docx text differs from md")

ids = set(); verdicts = collections.Counter(); yes = 0; pii = 0
ALLOWED = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
for n, line in enumerate(open("cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, d
    if d["id"] in ids: errs.append("dup id " + d["id"])
    ids.add(d["id"])
    if not set(d["verdict"]) <= ALLOWED or not d["verdict"]: errs.append("bad verdict " + d["id"])
    if "unsure" in d["verdict"] and not d["escalate"]: errs.append("unsure w/o escalate " + d["id"])
    if not (1 <= len(d["clauses"]) <= 3) and d["verdict"] != ["out_of_scope"]: errs.append("clause count " + d["id"])
    for c in d["clauses"]:
        f, k = c.split("#")
        if k not in cl.get(f, {}): errs.append(f"{d['id']} cites missing {c}")
    for p in d.get("pii", []):
        if p not in d["question"]: errs.append(f"{d['id']} pii not in q: {p}")
    if d.get("pii"): pii += 1
    if set(d["verdict"]) <= {"allowed", "conditional"}: yes += 1
    verdicts[tuple(d["verdict"])] += 1
print("cases", len(ids), "plain-yes", yes, "with pii", pii)
for v, k in verdicts.most_common(): print(" ", "/".join(v), k)
print("clauses", sum(len(d) for d in cl.values()))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
