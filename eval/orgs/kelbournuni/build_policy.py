"""Build the University of Kelbourn knowledge folder and originals from src/.

Both knowledge files are Markdown, so originals/ holds identical copies.
Also writes sources.yaml and prints word counts and the clause ids found.
"""
import re, shutil, pathlib
HERE = pathlib.Path(__file__).parent
SRC, KN, OR = HERE / "src", HERE / "knowledge", HERE / "originals"
FILES = ["kelbourn-genai-policy.md", "genai-staff-faq.md"]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def clause_ids(path):
    """Clause ids per the contract: numbered headings/paragraphs, else heading slugs."""
    text = path.read_text(encoding="utf-8")
    ids, numbered = [], False
    for line in text.splitlines():
        m = re.match(r"^#{2,6}\s+(\d+)\.?\s", line)
        if m:
            ids.append(m.group(1)); numbered = True; continue
        m = re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
        if m and re.match(r"^(\d+\.\d+|[A-Z]\.\d+)", m.group(1)):
            ids.append(m.group(1)); numbered = True
    if not numbered:
        ids = [slug(l.lstrip("#").strip()) for l in text.splitlines() if re.match(r"^#{2,6}\s", l)]
    return ids

if __name__ == "__main__":
    for d in (KN, OR):
        d.mkdir(exist_ok=True)
    for f in FILES:
        shutil.copyfile(SRC / f, KN / f)
        shutil.copyfile(SRC / f, OR / f)
        words = len(re.findall(r"\w+", (SRC / f).read_text()))
        print(f, words, "words")
        print("  ", " ".join(clause_ids(SRC / f)))
    (KN / "sources.yaml").write_text(
        "kelbourn-genai-policy.md:\n"
        "  title: Use of Generative AI by Staff - Policy\n"
        "  owner: Chief Information Officer (AI Governance Group)\n"
        '  version: "2.0 (October 2026)"\n'
        "  url: https://staff.kelbourn.ac.uk/policies/generative-ai\n"
        "genai-staff-faq.md:\n"
        "  title: Generative AI at Kelbourn - questions from staff\n"
        "  owner: AI Governance Group\n"
        '  version: "October 2026"\n'
        "  url: https://staff.kelbourn.ac.uk/ai/faq\n", encoding="utf-8")
