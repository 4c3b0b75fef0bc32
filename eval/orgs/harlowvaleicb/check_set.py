"""Self-checks for the HVI evaluation set."""
import json, re, collections, sys
from pypdf import PdfReader
from policy_text import SECTIONS, APPENDICES

MD = "originals/harlowvale-icb-generative-ai-policy.md"
TXT = "originals/hvicb-ai-quick-reference.txt"
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL", msg)

def slug(h): return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")

# clause ids of the policy (.md original)
md = open(MD, encoding="utf-8").read()
ids = []
for line in md.splitlines():
    m = re.match(r"## (\d+)\. ", line)
    if m: ids.append(m.group(1)); continue
    m = re.match(r"(\d+(?:\.\d+)+|[A-Z]\.\d+) ", line)
    if m: ids.append(m.group(1))
assert len(ids) == len(set(ids)), "duplicate ids"
# quick reference slugs (lines underlined with ---)
tl = open(TXT, encoding="utf-8").read().splitlines()
slugs = [slug(tl[i - 1]) for i in range(1, len(tl)) if re.fullmatch(r"-{3,}", tl[i]) and tl[i - 1].strip()]
known = {"harlowvale-icb-generative-ai-policy.md#" + i for i in ids} | {"hvicb-ai-quick-reference.txt#" + s for s in slugs}
with open("clause_ids.txt", "w") as f:
    f.write("# harlowvale-icb-generative-ai-policy.pdf (original: .md)\n" + "\n".join(ids) + "\n")
    f.write("# hvicb-ai-quick-reference.txt\n" + "\n".join(slugs) + "\n")

# every clause text of the PDF appears (whitespace normalised) in the .md, and in the PDF's text
norm = lambda t: re.sub(r"\s+", " ", t).strip()
pdf_text = norm(" ".join(p.extract_text() for p in PdfReader("knowledge/harlowvale-icb-generative-ai-policy.pdf").pages))
md_n = norm(md)
for _, _, _, cl in SECTIONS:
    for no, text, items in cl:
        for t in [f"{no} {text}"] + items:
            if norm(t) not in md_n: fail(f"md missing {no}")
            if norm(t) not in pdf_text: fail(f"pdf text differs {no}")
for _, cl in APPENDICES:
    for no, text in cl:
        if norm(f"{no} {text}") not in md_n or norm(f"{no} {text}") not in pdf_text: fail(f"appendix {no}")

VALID = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
cnt = collections.Counter(); yes = 0; pii = 0; seen = set()
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, d
    if d["id"] in seen: fail("dup id " + d["id"])
    seen.add(d["id"])
    if not d["verdict"] or set(d["verdict"]) - VALID: fail(d["id"] + " verdict")
    if not (0 <= len(d["clauses"]) <= 3): fail(d["id"] + " clause count")
    if d["verdict"] != ["out_of_scope"] and not d["clauses"]: fail(d["id"] + " no clauses")
    for c in d["clauses"]:
        if c not in known: fail(f"{d['id']} unknown clause {c}")
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"] and not d["escalate"]: fail(d["id"] + " unsure w/o escalate")
    if d["escalate"] and set(d["verdict"]) - {"unsure", "not_allowed"}: fail(d["id"] + " escalate with non-no verdict")
    for p in d.get("pii", []):
        if p not in d["question"]: fail(f"{d['id']} pii {p} not in question")
    pii += bool(d.get("pii"))
    cnt[tuple(d["verdict"])] += 1
    yes += set(d["verdict"]) <= {"allowed", "conditional"}
print("cases", len(seen), "yes-cases", yes, "pii cases", pii)
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(f"  {v:3d}  {list(k)}")
print("OK" if ok else "PROBLEMS"); sys.exit(0 if ok else 1)
