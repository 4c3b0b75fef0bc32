"""Build the Moorland and Dales FRS knowledge folder and originals.

The policy (.txt) and FAQ (.md) are hand-written in src/; this script copies
them unchanged into knowledge/ (what a content owner drops in the folder) and
originals/ (identical copies for the scorer's quote checks), and writes
sources.yaml into knowledge/.
"""
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
FILES = ["mdfrs-generative-ai-policy.txt", "ai-at-work-faq.md"]

SOURCES_YAML = """\
mdfrs-generative-ai-policy.txt:
  title: Use of Generative Artificial Intelligence Policy (ICT-POL-014)
  owner: Information Governance Manager
  version: "2.0 (October 2026)"
ai-at-work-faq.md:
  title: "Using AI at work: questions from staff"
  owner: Information Governance
  version: "November 2026"
"""

def main():
    for sub in ("knowledge", "originals"):
        (HERE / sub).mkdir(exist_ok=True)
        for f in FILES:
            shutil.copyfile(SRC / f, HERE / sub / f)
    (HERE / "knowledge" / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")

if __name__ == "__main__":
    main()
