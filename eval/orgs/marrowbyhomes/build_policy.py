"""Build knowledge/marrowby-ai-policy.docx (Word automatic numbering) and originals/marrowby-ai-policy.md."""
import copy, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from policy_text import TITLE, FRONT, S

HERE = Path(__file__).parent
STEM = "marrowby-ai-policy"

def lvl(ilvl, fmt, text, left, hanging):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')

def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    main = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
                     + lvl(0, "decimal", "%1.", 432, 432) + lvl(1, "decimal", "%1.%2", 720, 720)
                     + lvl(2, "lowerLetter", "(%3)", 1440, 432) + '</w:abstractNum>')
    appx = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>'
                     + lvl(0, "decimal", "A.%1", 720, 720) + '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    for a in (main, appx):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for nid, aid in ((90, 90), (91, 91)):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))

def set_num(p, num_id, ilvl):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    # numPr must come after pStyle
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        pPr.remove(ps); pPr.insert(0, ps)

def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
    add_numbering(doc)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Information Governance, Marrowby Homes"
    doc.add_paragraph(TITLE, style="Title")
    for line in FRONT:
        doc.add_paragraph(line)
    md = [f"# {TITLE}", ""] + [l + "\n" for l in FRONT]
    sec = sub = app = 0
    for kind, text in S:
        if kind == "h1":
            sec += 1; sub = 0
            p = doc.add_paragraph(text, style="Heading 1"); set_num(p, 90, 0)
            md += [f"## {sec}. {text}", ""]
        elif kind == "p":
            sub += 1
            p = doc.add_paragraph(text); set_num(p, 90, 1)
            md += [f"{sec}.{sub} {text}", ""]
        elif kind == "h3":
            doc.add_paragraph(text, style="Heading 3")
            md += [f"### {text}", ""]
        elif kind == "apph":
            doc.add_paragraph(text, style="Heading 1")
            md += [f"## {text}", ""]
        elif kind == "app":
            app += 1
            p = doc.add_paragraph(text); set_num(p, 91, 0)
            md += [f"A.{app} {text}", ""]
    doc.save(HERE / "knowledge" / f"{STEM}.docx")
    (HERE / "originals" / f"{STEM}.md").write_text("\n".join(md).rstrip() + "\n", encoding="utf-8")
    shutil.copy(HERE / "knowledge" / "ai-quick-guide.txt", HERE / "originals" / "ai-quick-guide.txt")

if __name__ == "__main__":
    build()
