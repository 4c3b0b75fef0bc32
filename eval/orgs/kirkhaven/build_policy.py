#!/usr/bin/env python3
"""Build Kirkhaven Council's knowledge folder and originals from the hand-written
plain-text sources in src/. Both knowledge files are .txt, so the originals are
identical copies (the scorer's quote checks compare against them)."""
import pathlib, shutil

OUT = pathlib.Path(__file__).resolve().parent
SRC = OUT / "src"
FILES = ["kirkhaven-generative-ai-policy.txt", "kirkhaven-ai-staff-faq.txt"]

SOURCES_YAML = """kirkhaven-generative-ai-policy.txt:
  title: Generative Artificial Intelligence Acceptable Use Policy
  owner: Head of Digital and Customer Services
  version: "1.2 (November 2026)"
kirkhaven-ai-staff-faq.txt:
  title: "Generative AI at Kirkhaven: questions from staff"
  owner: AI Lead Officer (Information Governance Manager)
  version: "November 2026"
"""

def main():
    for sub in ("knowledge", "originals"):
        (OUT / sub).mkdir(exist_ok=True)
    for name in FILES:
        text = (SRC / name).read_text(encoding="utf-8")
        for sub in ("knowledge", "originals"):
            (OUT / sub / name).write_text(text, encoding="utf-8")
    (OUT / "knowledge" / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    print("built", FILES)

if __name__ == "__main__":
    main()
