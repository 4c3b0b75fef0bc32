"""Self-checks for the CPF evaluation set."""
import json, re, csv, collections, os
ids = {}
def md_clauses(path, numbered=True):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if numbered and m: out.append(m.group(1)); continue
        m = re.match(r"^((?:\d+\.)+\d+|[A-Z]\.\d+)\s", line)
        if numbered and m: out.append(m.group(1)); continue
        m = re.match(r"^##\s+(.*)$", line)
        if not numbered and m:
            out.append(re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-"))
    return out
pol = md_clauses("originals/cpfcc-ai-usage-policy.md")
faq = md_clauses("originals/cpfcc-ai-staff-faq.md", numbered=False)
reg = [r["tool"] for r in csv.DictReader(open("originals/cpfcc-ai-tools-register.csv", encoding="utf-8"))]
valid = {f"cpfcc-ai-usage-policy.md#{c}" for c in pol} | {f"cpfcc-ai-staff-faq.md#{c}" for c in faq} | {f"cpfcc-ai-tools-register.csv#{t}" for t in reg}
assert len(pol) == len(set(pol)), "duplicate policy clause ids"
# register clause refs must exist
for r in csv.DictReader(open("originals/cpfcc-ai-tools-register.csv", encoding="utf-8")):
    assert set(r.keys()) == {"tool","aliases","status","data_allowed","conditions","clauses"}
    assert r["status"] in ("approved","restricted","prohibited")
    assert (r["data_allowed"] == "") == (r["status"] == "prohibited"), r["tool"]
    for ref in r["clauses"].split(";"):
        assert ref in valid, ("register", ref)
# knowledge == originals for copied files
for f in ("cpfcc-ai-usage-policy.md", "cpfcc-ai-tools-register.csv"):
    assert open("knowledge/"+f,"rb").read() == open("originals/"+f,"rb").read(), f
# html text present in the md original
import html as H
page = open("knowledge/cpfcc-ai-staff-faq.html", encoding="utf-8").read()
main = re.search(r"<main[^>]*>(.*)</main>", page, re.S).group(1)
mdtext = " ".join(open("originals/cpfcc-ai-staff-faq.md", encoding="utf-8").read().split())
for m in re.finditer(r"<(h1|h2|p)[^>]*>(.*?)</\1>", main, re.S):
    t = " ".join(H.unescape(re.sub("<[^>]+>", "", m.group(2))).split())
    assert t in mdtext, t
# cases
verdicts = {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
cnt = collections.Counter(); esc = []; seen = set()
for n, line in enumerate(open("cases.jsonl", encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) <= {"id","question","verdict","clauses","escalate","pii"}, d["id"]
    assert d["id"] == f"CPF{n:03d}" and d["id"] not in seen; seen.add(d["id"])
    assert d["verdict"] and set(d["verdict"]) <= verdicts, d["id"]
    assert len(d["clauses"]) <= 3
    if d["verdict"] != ["out_of_scope"]: assert d["clauses"], d["id"]
    for c in d["clauses"]: assert c in valid, (d["id"], c)
    if "unsure" in d["verdict"] and set(d["verdict"]) <= {"unsure"}: assert d["escalate"], d["id"]
    for p in d.get("pii", []): assert p in d["question"], (d["id"], p)
    cnt[tuple(d["verdict"])] += 1
    if d["escalate"]: esc.append(d["id"])
print("cases:", n); [print(" ", k, v) for k, v in sorted(cnt.items())]
print("escalate:", esc)
print("policy clauses:", len(pol), "faq:", len(faq), "register:", len(reg))
with open("clause_ids.txt", "w") as f:
    for c in pol: f.write(f"cpfcc-ai-usage-policy.md#{c}\n")
    for c in reg: f.write(f"cpfcc-ai-tools-register.csv#{c}\n")
    for c in faq: f.write(f"cpfcc-ai-staff-faq.md#{c}\n")
print("OK")
