"""Builds knowledge/exch-genai-policy.docx (Word automatic multilevel numbering) and originals/exch-genai-policy.md."""
import copy
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from policy_content import TITLE, FRONT, SECTIONS

doc = Document()
numbering = doc.part.numbering_part.element
ABS_ID, NUM_ID = 90, 90
absn = OxmlElement('w:abstractNum'); absn.set(qn('w:abstractNumId'), str(ABS_ID))
mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'multilevel'); absn.append(mlt)
for ilvl, fmt in ((0, '%1.'), (1, '%1.%2')):
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), str(ilvl))
    for tag, val in (('w:start', '1'), ('w:numFmt', 'decimal'), ('w:lvlText', fmt), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    ppr = OxmlElement('w:pPr'); ind = OxmlElement('w:ind')
    ind.set(qn('w:left'), str(567 if ilvl else 432)); ind.set(qn('w:hanging'), str(567 if ilvl else 432))
    ppr.append(ind); lvl.append(ppr); absn.append(lvl)
# abstractNum must precede num elements
first_num = numbering.find(qn('w:num'))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
num = OxmlElement('w:num'); num.set(qn('w:numId'), str(NUM_ID))
an = OxmlElement('w:abstractNumId'); an.set(qn('w:val'), str(ABS_ID)); num.append(an)
numbering.append(num)

def set_num(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(NUM_ID))
    numPr.append(il); numPr.append(ni); pPr.append(numPr)

doc.add_paragraph(TITLE, style='Title')
md = [f"# {TITLE}", ""]
for f in FRONT:
    doc.add_paragraph(f); md += [f, ""]
for si, (head, paras) in enumerate(SECTIONS, 1):
    h = doc.add_paragraph(head, style='Heading 1'); set_num(h, 0)
    md += [f"## {si}. {head}", ""]
    for pi, text in enumerate(paras, 1):
        p = doc.add_paragraph(text, style='List Number'); set_num(p, 1)
        md += [f"{si}.{pi} {text}", ""]
doc.core_properties.title = TITLE
doc.core_properties.author = "Information Governance Lead"
doc.save('knowledge/exch-genai-policy.docx')
open('originals/exch-genai-policy.md', 'w').write("\n".join(md))
print("ok")
