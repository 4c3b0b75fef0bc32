"""Build the Wyvern Hill University knowledge folder and originals.

knowledge/genai-staff-policy.docx  (python-docx; Title, version table, Heading 1 with typed numbers,
                                    paragraphs with typed clause numbers)
knowledge/ai-tools-register.csv    (contract register format)
originals/genai-staff-policy.md    (same text, same numbering)
originals/ai-tools-register.csv    (identical copy)
"""
import csv, io, os, shutil
from docx import Document
from docx.shared import Pt
from policy_text import TITLE, META, BODY

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge"); OR = os.path.join(HERE, "originals")
os.makedirs(KN, exist_ok=True); os.makedirs(OR, exist_ok=True)
POLICY = "genai-staff-policy.docx"

# ---- docx
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph("Wyvern Hill University", style="Title")
doc.add_paragraph(TITLE, style="Subtitle")
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for k, v in META:
    r = t.add_row().cells; r[0].text = k; r[1].text = v
doc.add_paragraph("")
for kind, text in BODY:
    if kind in ("h", "apph"):
        doc.add_heading(text, level=1)
    elif kind == "item":
        p = doc.add_paragraph(text); p.paragraph_format.left_indent = Pt(24)
    else:
        doc.add_paragraph(text)
doc.save(os.path.join(KN, POLICY))

# ---- md original
lines = ["# Wyvern Hill University", "", TITLE, ""]
lines += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META] + [""]
for kind, text in BODY:
    if kind in ("h", "apph"):
        lines += [f"## {text}", ""]
    else:
        lines += [text, ""]
with open(os.path.join(OR, "genai-staff-policy.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines))

# ---- register
P = POLICY
rows = [
    dict(tool="Microsoft 365 Copilot Chat", aliases="Copilot Chat;Copilot;Bing Chat Enterprise;Copilot in Edge",
         status="approved", data_allowed="public;internal;personal",
         conditions="Sign in with your @wyvernhill.ac.uk account and check the enterprise data protection shield is shown. "
                    "Restricted information only where needed and minimised. No Highly Restricted information. "
                    "Not for marking or grading Candidate Material, Applicant Information or HR casework.",
         clauses=f"{P}#4.3;{P}#5.2;{P}#5.4;{P}#5.5;{P}#6.2;{P}#8.1;{P}#8.3"),
    dict(tool="Microsoft 365 Copilot", aliases="M365 Copilot;Copilot in Word;Copilot in Outlook;Copilot in Teams;Teams Copilot",
         status="restricted", data_allowed="public;internal;personal",
         conditions="Licensed staff only (allocated by IT Services). Complete the Using AI Safely at Wyvern Hill module first. "
                    "Teams transcription and recaps only as set out in clause 9.1. No Highly Restricted information.",
         clauses=f"{P}#5.4;{P}#9.1;{P}#15.1"),
    dict(tool="Wyvern Assist", aliases="WyAssist;the University AI assistant;Wyvern AI",
         status="restricted", data_allowed="public;internal;personal;special_category",
         conditions="University-hosted assistant. Complete the Using AI Safely at Wyvern Hill module first. "
                    "Student record extracts permitted (minimum needed). Highly Restricted information only for research data "
                    "meeting clause 7.3 (ethics approval, registered with the Research Data Service).",
         clauses=f"{P}#5.4;{P}#5.5;{P}#6.5;{P}#7.3;{P}#15.1"),
    dict(tool="ChatGPT", aliases="Chat GPT;OpenAI;ChatGPT Plus;GPT",
         status="restricted", data_allowed="public",
         conditions="No University licence: treated as an Open Tool. Open (already published) information only. "
                    "Do not sign up with a University email address.",
         clauses=f"{P}#4.3;{P}#5.3;{P}#14.2"),
    dict(tool="Google Gemini", aliases="Gemini;Bard;Gemini Advanced",
         status="restricted", data_allowed="public",
         conditions="No University licence: treated as an Open Tool. Open (already published) information only.",
         clauses=f"{P}#4.3;{P}#5.3"),
    dict(tool="GitHub Copilot", aliases="Copilot for code;GH Copilot",
         status="restricted", data_allowed="public;internal",
         conditions="Only through the University's GitHub Enterprise organisation. Never include secrets or live data. "
                    "Review and test generated code before deployment.",
         clauses=f"{P}#11.1;{P}#11.2;{P}#11.3"),
    dict(tool="DeepL Pro", aliases="DeepL;DeepL Translator",
         status="restricted", data_allowed="public;internal",
         conditions="Through the University team licence only; the free DeepL website is an Open Tool. "
                    "Translations for publication or official communications must be checked by a competent speaker.",
         clauses=f"{P}#12.1;{P}#12.2;{P}#12.3"),
    dict(tool="Otter.ai", aliases="Otter;OtterPilot;Fireflies;Read.ai",
         status="prohibited", data_allowed="",
         conditions="Third-party meeting note-takers must not be used for University meetings. Remove them if they join.",
         clauses=f"{P}#9.2;{P}#4.6"),
    dict(tool="DeepSeek", aliases="Deepseek Chat;DeepSeek R1",
         status="prohibited", data_allowed="",
         conditions="Must not be installed or accessed on University devices or networks or used for University business.",
         clauses=f"{P}#4.6"),
]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["tool", "aliases", "status", "data_allowed", "conditions", "clauses"], lineterminator="\n")
w.writeheader(); w.writerows(rows)
for d in (KN, OR):
    with open(os.path.join(d, "ai-tools-register.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
print("built")
