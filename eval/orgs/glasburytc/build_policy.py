#!/usr/bin/env python3
"""Build the Glasbury Town Council knowledge folder and originals.

The policy and FAQ are hand-written Markdown in src/. Markdown knowledge files are
copied unchanged into knowledge/ (what `policybot index` reads) and originals/
(identical copies for the scorer's quote checks). Prints word counts and the clause
ids each file yields under the contract's rules, for checking case citations.
"""
import re, shutil, pathlib, json
HERE = pathlib.Path(__file__).parent
FILES = ["glasbury-ai-policy.md", "glasbury-ai-faq.md"]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def clause_ids(text):
    ids, numbered = [], False
    for line in text.splitlines():
        m = re.match(r"^##+\s+(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            numbered = True; ids.append(m.group(1)); continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
        if m:
            ids.append(m.group(1)); continue
    if not numbered:
        ids = [slug(l.lstrip("#").strip()) for l in text.splitlines() if re.match(r"^##+\s", l)]
    return ids

def main():
    out = {}
    for d in ("knowledge", "originals"):
        (HERE / d).mkdir(exist_ok=True)
    for f in FILES:
        src = HERE / "src" / f
        shutil.copyfile(src, HERE / "knowledge" / f)
        shutil.copyfile(src, HERE / "originals" / f)
        text = src.read_text(encoding="utf-8")
        ids = clause_ids(text)
        assert len(ids) == len(set(ids)), f"duplicate ids in {f}"
        out[f] = ids
        print(f, len(text.split()), "words,", len(ids), "clauses")
    (HERE / "clause_ids.json").write_text(json.dumps(out, indent=1))

if __name__ == "__main__":
    main()
