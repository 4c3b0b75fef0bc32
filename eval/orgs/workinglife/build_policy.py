"""Writes the NMWL knowledge folder (policy .md + quick guide .txt + sources.yaml) and originals/."""
import pathlib, re, shutil
OUT = pathlib.Path(__file__).resolve().parent
K, O = OUT / "knowledge", OUT / "originals"
POLICY = (OUT / "src" / "genai-policy.md").read_text(encoding="utf-8")
GUIDE = (OUT / "src" / "ai-quick-guide.txt").read_text(encoding="utf-8")
SOURCES = """genai-policy.md:
  title: Generative AI Use Policy
  owner: Digital Governance Group
  version: "2.1 (January 2026)"
  url: https://intranet.nmwl.org.uk/policies/generative-ai
ai-quick-guide.txt:
  title: Using AI at the Museum - quick guide
  owner: Digital Governance Group
  version: "2.1 (January 2026)"
  url: https://intranet.nmwl.org.uk/policies/generative-ai/quick-guide
"""
K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
(K / "genai-policy.md").write_text(POLICY, encoding="utf-8")
(K / "ai-quick-guide.txt").write_text(GUIDE, encoding="utf-8")
(K / "sources.yaml").write_text(SOURCES, encoding="utf-8")
for f in ("genai-policy.md", "ai-quick-guide.txt"):
    shutil.copyfile(K / f, O / f)
print("policy words:", len(re.findall(r"\S+", POLICY)), "guide words:", len(re.findall(r"\S+", GUIDE)))
