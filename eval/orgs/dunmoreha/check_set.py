"""Self-checks for the Dunmore Homes Alliance set (does not use policybot)."""
import json, re, collections, pathlib
root = pathlib.Path(__file__).parent
ids = []
pol = (root / "originals/dunmore-genai-policy.txt").read_text()
for line in pol.splitlines():
    m = re.match(r"^(\d+(?:\.\d+)*|[A-Z]\.\d+)\.?\s+\S", line)
    if m:
        ids.append("dunmore-genai-policy.txt#" + m.group(1))
faq = (root / "originals/dunmore-ai-staff-faq.md").read_text()
for line in faq.splitlines():
    if line.startswith("## "):
        slug = re.sub(r"[^a-z0-9]+", "-", line[3:].lower()).strip("-")
        ids.append("dunmore-ai-staff-faq.md#" + slug)
assert len(ids) == len(set(ids)), "duplicate clause ids"
(root / "clause_ids.txt").write_text("\n".join(ids) + "\n")
known = set(ids)
# knowledge and originals identical
for f in ["dunmore-genai-policy.txt", "dunmore-ai-staff-faq.md"]:
    assert (root / "knowledge" / f).read_bytes() == (root / "originals" / f).read_bytes(), f
cnt = collections.Counter(); seen = set(); errs = 0; esc = []
for n, line in enumerate((root / "cases.jsonl").read_text().splitlines(), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    assert c["id"] == f"DHA{n:03d}" and c["id"] not in seen; seen.add(c["id"])
    assert c["verdict"] and set(c["verdict"]) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    assert len(c["clauses"]) <= 3
    for ref in c["clauses"]:
        if ref not in known:
            print("UNKNOWN", c["id"], ref); errs += 1
    for p in c.get("pii", []):
        if p not in c["question"]:
            print("PII missing", c["id"], p); errs += 1
    if "unsure" in c["verdict"] and not c["escalate"]:
        print("unsure without escalate", c["id"]); errs += 1
    if c["verdict"] == ["out_of_scope"]:
        assert c["clauses"] == []
    cnt[" / ".join(c["verdict"])] += 1
    if c["escalate"]: esc.append(c["id"])
print(len(seen), "cases;", len(ids), "clause ids;", errs, "errors")
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(f"{v:3d}  {k}")
print("escalate:", esc)
print("pii cases:", sum(1 for l in open(root / "cases.jsonl") if '"pii"' in l))
