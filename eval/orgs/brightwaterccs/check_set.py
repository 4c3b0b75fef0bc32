"""Self-checks for the Brightwater evaluation set."""
import csv, json, re, collections, docx
ids = {}
pol = "brightwater-genai-policy.md"
for line in open(f"originals/{pol}", encoding="utf-8"):
    m = re.match(r"^## (\d+)\. ", line) or re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)?(?:\([a-z]\))?) ", line)
    if m: ids[f"{pol}#{m.group(1)}"] = line.strip()
slug = lambda h: re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
faq = "brightwater-ai-faq.md"
for line in open(f"originals/{faq}", encoding="utf-8"):
    if line.startswith("## "): ids[f"{faq}#{slug(line[3:].strip())}"] = line.strip()
reg = "brightwater-ai-tools-register.csv"
rows = list(csv.DictReader(open(f"originals/{reg}", encoding="utf-8")))
assert list(rows[0].keys()) == ["tool","aliases","status","data_allowed","conditions","clauses"]
for r in rows:
    ids[f"{reg}#{r['tool']}"] = r["status"]
    assert r["status"] in ("approved","restricted","prohibited")
    assert (r["status"] == "prohibited") == (r["data_allowed"] == ""), r["tool"]
    for k in r["data_allowed"].split(";") if r["data_allowed"] else []:
        assert k in ("public","internal","personal","special_category"), k
    for cl in r["clauses"].split(";"):
        assert cl in ids, ("register cites missing", cl)
# docx vs md: same headings and paragraph text
d = docx.Document("knowledge/brightwater-ai-faq.docx")
dtext = [p.text for p in d.paragraphs if p.text.strip()]
mtext = [re.sub(r"^#+ ", "", l) for l in open(f"originals/{faq}", encoding="utf-8").read().split("\n") if l.strip()]
assert dtext == mtext, "docx and md differ"
assert d.paragraphs[0].style.name == "Title"
# knowledge copies identical
for f in (pol, reg):
    assert open(f"knowledge/{f}").read() == open(f"originals/{f}").read()
ok = True; seen = set(); verdicts = collections.Counter()
valid = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    c = json.loads(line)
    assert set(c) <= {"id","question","verdict","clauses","escalate","pii"}, c["id"]
    assert c["id"] not in seen; seen.add(c["id"])
    assert c["id"] == f"BCC{n:03d}"
    assert c["verdict"] and set(c["verdict"]) <= valid, c["id"]
    assert isinstance(c["escalate"], bool)
    if "unsure" in c["verdict"]: assert c["escalate"], c["id"]
    for cl in c["clauses"]:
        if cl not in ids: print("MISSING", c["id"], cl); ok = False
    if c["verdict"] not in (["out_of_scope"],) and not c["clauses"] and c["verdict"] != ["unsure"]:
        print("no clauses", c["id"])
    for p in c.get("pii", []):
        assert p.lower() in c["question"].lower(), (c["id"], p)
    verdicts[" / ".join(c["verdict"]) + (" (escalate)" if c["escalate"] else "")] += 1
print("cases", len(seen), "ok" if ok else "ERRORS")
for k, v in sorted(verdicts.items()): print(f"  {k}: {v}")
print("pii cases", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
with open("clause_ids.txt", "w") as f:
    f.write("\n".join(ids) + "\n")
print("clause ids", len(ids))
