import json, re, os, sys, html
from pypdf import PdfReader
sys.path.insert(0, "."); from policy_text import SECTIONS, APPENDIX
def slug(t): return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
def norm(s): return re.sub(r"\s+", " ", s).strip()
ids = {}
pm = open("originals/tepha-generative-ai-policy.md").read()
pol = set()
for line in pm.splitlines():
    m = re.match(r"^## (\d+)\. ", line)
    if m: pol.add(m.group(1))
    m = re.match(r"^((?:\d+\.\d+)|(?:A\.\d+)) ", line)
    if m: pol.add(m.group(1))
ids["tepha-generative-ai-policy.md"] = pol
qa = set(slug(l.lstrip("#").strip()) for l in open("originals/ai-quick-answers.md").read().splitlines() if l.startswith("##"))
ids["ai-quick-answers.md"] = qa
with open("clause_ids.txt", "w") as f:
    for fn, s in ids.items():
        key = (lambda x: [int(t) if t.isdigit() else t for t in re.split(r"[.]", x)]) if fn.startswith("tepha") else None
        order = [l for l in (re.findall(r"^(?:## (\d+)\. |((?:\d+\.\d+|A\.\d+)) )", pm, re.M))] if fn.startswith("tepha") else None
        if order: lst = [a or b for a, b in order]
        else: lst = [slug(l.lstrip("#").strip()) for l in open("originals/ai-quick-answers.md").read().splitlines() if l.startswith("##")]
        for i in lst: f.write(f"{fn}#{i}\n")
# PDF text vs md: every clause text in the PDF
pdf = norm(" ".join(p.extract_text() for p in PdfReader("knowledge/tepha-generative-ai-policy.pdf").pages))
pdf = re.sub(r"TEPHA-IG-014 Generative AI Acceptable Use Policy v1\.1 - OFFICIAL - Page \d+", " ", pdf); pdf = norm(pdf)
mdn = norm(pm)
bad = 0
for num, head, items in SECTIONS:
    for cno, text, letters in items:
        for t in [f"{cno} {text}"] + letters:
            if norm(t) not in pdf: print("PDF missing:", t[:60]); bad += 1
            if norm(t) not in mdn: print("MD missing:", t[:60]); bad += 1
# HTML vs md
h = open("knowledge/ai-quick-answers.html").read(); hm = open("originals/ai-quick-answers.md").read()
for para in re.findall(r"<p>(.*?)</p>", h.split("<main>")[1].split("</main>")[0]):
    if html.unescape(para) not in hm: print("HTML para missing in md", para[:50]); bad += 1
for hid, txt in re.findall(r'<h[23] id="([^"]+)">(.*?)</h', h):
    if slug(html.unescape(txt)) != hid: print("id/slug mismatch", hid); bad += 1
seen = set(); n = 0
from collections import Counter; cnt = Counter()
for line in open("cases.jsonl"):
    d = json.loads(line); n += 1
    assert d["id"] not in seen; seen.add(d["id"])
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    assert d["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in d["verdict"])
    for c in d["clauses"]:
        fn, cid = c.split("#", 1)
        if cid not in ids.get(fn, ()): print("bad clause", d["id"], c); bad += 1
    if "unsure" in d["verdict"] and d["verdict"] == ["unsure"] and not d["escalate"]: print("unsure w/o escalate", d["id"]); bad += 1
    for s in d.get("pii", []):
        if s not in d["question"]: print("pii not in q", d["id"], s); bad += 1
    if d["verdict"] != ["out_of_scope"] and not d["clauses"]: print("no clauses", d["id"]); bad += 1
    cnt[tuple(d["verdict"])] += 1
print(n, "cases; problems:", bad)
for k, v in sorted(cnt.items(), key=lambda x: -x[1]): print(v, list(k))
print("pii cases:", sum(1 for l in open("cases.jsonl") if '"pii"' in l))
