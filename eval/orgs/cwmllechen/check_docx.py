# -*- coding: utf-8 -*-
"""Re-read the .docx, reproduce Word's automatic numbers from numPr, and compare with the .md."""
import os, re
from docx import Document
from docx.oxml.ns import qn
HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document(os.path.join(HERE, "knowledge", "cwm-llechen-genai-policy.docx"))
counters = [0, 0, 0]
lines = []
for p in doc.paragraphs:
    numpr = p._p.pPr.find(qn("w:numPr")) if p._p.pPr is not None else None
    txt = p.text
    if numpr is not None and numpr.find(qn("w:numId")).get(qn("w:val")) == "90":
        lvl = int(numpr.find(qn("w:ilvl")).get(qn("w:val")))
        counters[lvl] += 1
        for k in range(lvl + 1, 3): counters[k] = 0
        num = ".".join(str(c) for c in counters[:lvl + 1])
        lines.append(f"## {num}. {txt}" if lvl == 0 else f"{num} {txt}")
    elif p.style.name == "Heading 3":
        lines.append(f"### {txt}")
    elif txt.strip():
        lines.append(txt)
md = [l for l in open(os.path.join(HERE, "originals", "cwm-llechen-genai-policy.md"), encoding="utf-8").read().splitlines()
      if l.strip() and not l.startswith("|") and not l.startswith("# ")]
body_md = md[md.index("## 1. Purpose"):]
body_dx = lines[lines.index("## 1. Purpose"):]
assert body_md == body_dx, [(a, b) for a, b in zip(body_md, body_dx) if a != b][:3]
print("docx and md bodies match:", len(body_md), "lines")
