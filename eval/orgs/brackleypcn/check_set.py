"""Self-checks for the BPC set: JSON lines, ids, verdicts, clause ids, pii, HTML vs Markdown text."""
import json, re, html, pathlib, collections
OUT = pathlib.Path(__file__).parent
VALID = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def md_clauses(text):
    ids, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^## (\d+)\. (.*)", line)
        m2 = re.match(r"^(\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?) (.*)", line)
        if m: cur = m.group(1); ids[cur] = m.group(2)
        elif m2: cur = m2.group(1); ids[cur] = m2.group(2)
        elif cur and line.strip(): ids[cur] += " " + line.strip()
    return ids

def txt_clauses(text):
    lines = text.splitlines(); ids = {}; cur = None
    for i, l in enumerate(lines):
        if i + 1 < len(lines) and re.fullmatch(r"-{3,}", lines[i + 1].strip()) and l.strip():
            cur = slug(l); ids[cur] = ""; continue
        if re.fullmatch(r"[-=]{3,}", l.strip()): continue
        if cur and l.strip(): ids[cur] += " " + l.strip()
    return ids

clauses = {}
for f in (OUT / "originals").iterdir():
    t = f.read_text(encoding="utf-8")
    cl = md_clauses(t) if f.suffix == ".md" else txt_clauses(t)
    for k, v in cl.items(): clauses[f"{f.name}#{k}"] = v

# HTML vs md
h = (OUT / "knowledge" / "brackley-pcn-ai-policy.html").read_text()
main = h.split("<main")[1].split(">", 1)[1].split("</main>")[0]
txt = html.unescape(re.sub(r"<[^>]+>", "\n", main))
hl = [l.strip() for l in txt.splitlines() if l.strip()]
md = (OUT / "originals" / "brackley-pcn-ai-policy.md").read_text()
ml = [l.strip().rstrip() for l in md.splitlines() if l.strip()]
ml = [re.sub(r"^#+ ", "", l) for l in ml]
ml = [l for l in ml if not re.match(r"^(Document owner|Approved by|Version|Date approved|Next review):", l)]
hl = [l for l in hl if l not in ("Document control",) and not any(l == k or l == v for k, v in [
    ("Document owner", "PCN Manager, on behalf of the PCN Clinical Directors"), ("Approved by", "PCN Board (Digital and Information Governance Group)"),
    ("Version", "1.3"), ("Date approved", "14 October 2026"), ("Next review", "October 2027")])]
assert hl == ml, [(a, b) for a, b in zip(hl, ml) if a != b][:3]
print("html text == md text:", len(hl), "lines")

errs = []; seen = set(); cnt = collections.Counter(); esc = []
for n, line in enumerate(open(OUT / "cases.jsonl"), 1):
    d = json.loads(line)
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, d
    assert d["id"] == f"BPC{n:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert d["verdict"] and set(d["verdict"]) <= VALID, d["id"]
    assert isinstance(d["escalate"], bool)
    if "unsure" in d["verdict"] and len(d["verdict"]) == 1: assert d["escalate"], d["id"]
    if d["escalate"]: assert d["verdict"] == ["unsure"], d["id"]; esc.append(d["id"])
    assert len(d["clauses"]) <= 3
    if "out_of_scope" not in d["verdict"]: assert d["clauses"], d["id"]
    for c in d["clauses"]:
        if c not in clauses: errs.append((d["id"], c))
    for p in d.get("pii", []):
        assert p in d["question"], (d["id"], p)
    cnt[tuple(d["verdict"])] += 1
print("cases", n, "errors", errs)
for k, v in sorted(cnt.items()): print(v, k)
print("escalate:", esc)
print("pii cases:", sum(1 for l in open(OUT / "cases.jsonl") if '"pii"' in l))
yes = sum(v for k, v in cnt.items() if set(k) <= {"allowed", "conditional"})
print("plain yes:", yes)
(OUT / "clause_ids.txt").write_text("\n".join(clauses) + "\n")
