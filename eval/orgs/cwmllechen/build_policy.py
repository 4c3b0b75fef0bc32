# -*- coding: utf-8 -*-
"""Build knowledge/cwm-llechen-genai-policy.docx (Word automatic multilevel numbering)
and originals/cwm-llechen-genai-policy.md (same text, numbers typed).

Run with /work/main/.venv/bin/python build_policy.py
"""
import os
from copy import deepcopy

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from policy_text import POLICY, FRONT, TITLE, TITLE_CY, ORG, ORG_CY, numbered

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "cwm-llechen-genai-policy"
NUM_ID = 90
ABS_ID = 90


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def add_numbering(doc):
    """Add one multilevel list definition: '%1.' / '%1.%2' / '%1.%2.%3'."""
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", **{"w:abstractNumId": ABS_ID})
    absn.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    levels = [
        ("%1.", 0, 567),
        ("%1.%2", 0, 709),
        ("%1.%2.%3", 709, 851),
    ]
    for ilvl, (text, left, hanging) in enumerate(levels):
        lvl = _el("w:lvl", **{"w:ilvl": ilvl})
        lvl.append(_el("w:start", **{"w:val": 1}))
        lvl.append(_el("w:numFmt", **{"w:val": "decimal"}))
        if ilvl > 0:
            lvl.append(_el("w:lvlRestart", **{"w:val": ilvl}))
        lvl.append(_el("w:lvlText", **{"w:val": text}))
        lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", **{"w:left": left + hanging, "w:hanging": hanging}))
        lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must come before any num element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _el("w:num", **{"w:numId": NUM_ID})
    num.append(_el("w:abstractNumId", **{"w:val": ABS_ID}))
    numbering.append(num)


def set_num(paragraph, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": ilvl}))
    numpr.append(_el("w:numId", **{"w:val": NUM_ID}))
    # numPr goes after pStyle/keepNext etc.; inserting right after pStyle is schema-valid
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    add_numbering(doc)

    doc.add_paragraph(f"{ORG} / {ORG_CY}")
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(TITLE_CY)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in FRONT:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph("")

    for kind, num, text in numbered():
        if kind == "H":
            p = doc.add_paragraph(text, style="Heading 1")
            set_num(p, 0)
        elif kind == "C":
            p = doc.add_paragraph(text)
            set_num(p, 1)
        elif kind == "C2":
            p = doc.add_paragraph(text)
            set_num(p, 2)
        elif kind == "P":
            p = doc.add_paragraph(text)
            p.paragraph_format.left_indent = Cm(2.25)
        elif kind == "B":
            p = doc.add_paragraph(text, style="List Bullet")
        elif kind == "S":
            p = doc.add_paragraph(text, style="Heading 3")
        else:
            raise ValueError(kind)
    doc.save(path)


def build_md(path):
    out = [f"{ORG} / {ORG_CY}", "", f"# {TITLE}", "", TITLE_CY, "",
           "| | |", "| --- | --- |"]
    for k, v in FRONT:
        out.append(f"| {k} | {v} |")
    out.append("")
    for kind, num, text in numbered():
        if kind == "H":
            out += [f"## {num}. {text}", ""]
        elif kind in ("C", "C2"):
            out += [f"{num} {text}", ""]
        elif kind == "P":
            out += [text, ""]
        elif kind == "B":
            out += [f"- {text}", ""]
        elif kind == "S":
            out += [f"### {text}", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    words = sum(len(t.split()) for _, t in POLICY)
    print("built; policy body words:", words)
