"""Self-checks: JSON lines, clause ids exist in the .md original, PDF text matches the .md, pii strings occur."""
import json, re, sys
import pypdf
md = open("originals/kelvinside-genai-policy.md", encoding="utf-8").read()
ids, text = [], {}
cur = None
for line in md.splitlines():
    m = re.match(r"^(?:## )?(\d+(?:\.\d+)*)\.?\s+(.*)$", line)
    if m:
        cur = m.group(1); ids.append(cur); text[cur] = m.group(2)
    elif cur and line.strip() and not line.startswith("#"):
        text[cur] += " " + line.strip()
assert len(ids) == len(set(ids)), "duplicate ids"
open("clause_ids.txt", "w").write("\n".join(ids) + "\n")
errs = 0
seen = set()
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, d
    assert d["id"] == f"KVC{n:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert d["verdict"] and set(d["verdict"]) <= {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
    assert len(d["clauses"]) <= 3
    if "unsure" == d["verdict"][0] and d["verdict"] == ["unsure"]: assert d["escalate"]
    for c in d["clauses"]:
        f, cid = c.split("#")
        if f != "kelvinside-genai-policy.md" or cid not in text:
            print("bad clause", d["id"], c); errs += 1
    for p in d.get("pii", []):
        if p not in d["question"]:
            print("pii not in question", d["id"], p); errs += 1
# PDF text vs md text (whitespace normalised)
pdf = " ".join(p.extract_text() for p in pypdf.PdfReader("knowledge/kelvinside-genai-policy.pdf").pages)
# running header/footer lines are page furniture, not clause text
pdf = re.sub(r"Page \d+( Kelvinside Conservatoire - Generative AI Use Policy for Staff - Version 1\.0)?", " ", pdf)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
pdfn = norm(pdf)
for cid, t in text.items():
    probe = norm(t)
    if probe not in pdfn:
        # allow for line-wrap hyphen-free joins
        print("clause text not found verbatim in PDF:", cid, probe[:60]); errs += 1
print(len(ids), "clauses;", n, "cases;", errs, "errors")
sys.exit(1 if errs else 0)
