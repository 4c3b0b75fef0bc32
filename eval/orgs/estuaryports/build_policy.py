"""Copies the hand-written knowledge files to originals/ and checks them against the contract.

The two .txt files in knowledge/ were written by hand (plain text, no generator); this script
copies them unchanged to originals/ (the scorer's quote-check sources), derives the clause ids the
contract's rules give each file, and validates cases.jsonl against them.
"""
import json, re, shutil, pathlib, collections
BASE = pathlib.Path(__file__).parent
K, O = BASE / "knowledge", BASE / "originals"
O.mkdir(exist_ok=True)

def numbered_ids(text):
    ids = []
    for line in text.splitlines():
        m = re.match(r"^(\d+(?:\.\d+)*)(\(\w\))?\.?\s", line)
        if m:
            ids.append((m.group(1) + (m.group(2) or "")).rstrip("."))
    return ids

def slug_ids(text):
    lines = text.splitlines()
    ids = []
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip():
            ids.append(re.sub(r"[^a-z0-9]+", "-", lines[i - 1].lower()).strip("-"))
    return ids

clauses = {}
for f in sorted(K.iterdir()):
    shutil.copyfile(f, O / f.name)
    text = f.read_text(encoding="utf-8")
    ids = numbered_ids(text) or slug_ids(text)
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    assert not dup, (f.name, dup)
    clauses[f.name] = set(ids)
    print(f"{f.name}: {len(text.split())} words, {len(ids)} clauses")

ids, counts = set(), collections.Counter()
for n, line in enumerate(open(BASE / "cases.jsonl"), 1):
    c = json.loads(line)
    assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
    assert c["id"].startswith("EPA") and c["id"] not in ids, c["id"]
    ids.add(c["id"])
    assert c["verdict"] and set(c["verdict"]) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for ref in c["clauses"]:
        fn, cl = ref.split("#", 1)
        assert cl in clauses.get(fn, ()), (c["id"], ref)
    for s in c.get("pii", []):
        assert s in c["question"], (c["id"], s)
    if "unsure" in c["verdict"]:
        assert c["escalate"], c["id"]
    counts["/".join(c["verdict"])] += 1
print(len(ids), "cases OK")
for k, v in sorted(counts.items()):
    print(f"  {k}: {v}")
print("pii cases:", sum(1 for l in open(BASE / "cases.jsonl") if '"pii"' in l))
