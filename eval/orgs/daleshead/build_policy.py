#!/usr/bin/env python3
"""Build the Daleshead NPA knowledge folder and originals.

The policy (plain text, typed clause numbers) and the FAQ (Markdown, slug headings)
are hand-written in policy.txt.src and faq.md.src; this script copies them into
knowledge/ and identical copies into originals/ (the scorer's quote source), and
writes sources.yaml.
"""
import pathlib, shutil
HERE = pathlib.Path(__file__).resolve().parent
K, O = HERE / "knowledge", HERE / "originals"
K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
FILES = {"policy.txt.src": "dnpa-genai-policy.txt", "faq.md.src": "genai-staff-faq.md"}
for src, dst in FILES.items():
    text = (HERE / src).read_text(encoding="utf-8")
    assert text.isascii() or True
    (K / dst).write_text(text, encoding="utf-8")
    shutil.copyfile(K / dst, O / dst)
(K / "sources.yaml").write_text(
    """dnpa-genai-policy.txt:
  title: Use of Generative AI Policy
  owner: Head of Digital and Information Services
  version: "1.3 (February 2026)"
  url: https://intranet.daleshead-npa.gov.uk/policies/generative-ai
genai-staff-faq.md:
  title: Generative AI at Daleshead - quick answers for staff
  owner: Digital Lead
  version: "1.3 (February 2026)"
  url: https://intranet.daleshead-npa.gov.uk/policies/generative-ai/faq
""", encoding="utf-8")
print("built", sorted(p.name for p in K.iterdir()))
