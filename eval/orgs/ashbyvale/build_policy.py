"""Build the Ashby Vale DC GenAI policy (.docx) and its .md original from policy_text.md,
and write the AI tools register CSV (identical copy in originals/)."""
import csv, re, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
STEM = "ashby-vale-genai-policy"
text = (HERE / "policy_text.md").read_text(encoding="utf-8")

# originals: same text, same numbering
(HERE / "originals" / f"{STEM}.md").write_text(text, encoding="utf-8")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
for line in text.splitlines():
    s = line.strip()
    if not s:
        continue
    if s.startswith("# "):
        doc.add_paragraph(s[2:], style="Title")
    elif s.startswith("## "):
        doc.add_heading(s[3:], level=1)
    elif re.match(r"^\([a-z]\) ", s):
        p = doc.add_paragraph(s)
        p.paragraph_format.left_indent = Cm(1.25)
    else:
        doc.add_paragraph(s)
doc.core_properties.title = "Generative Artificial Intelligence (AI) Acceptable Use Policy"
doc.core_properties.author = "Ashby Vale District Council - ICT and Digital"
doc.save(HERE / "knowledge" / f"{STEM}.docx")

P = f"{STEM}.docx"
rows = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot web chat;the green shield Copilot",
     "approved", "public;internal;personal",
     "Sign in with your Council account (check the shield icon). Ashby Restricted information only the minimum needed, names removed where possible. Never Ashby Sensitive information unless a DPO-approved DPIA covers the use. Council device or managed remote desktop for anything above Ashby Open. Complete the Using AI Safely module first.",
     f"{P}#5.2;{P}#5.4;{P}#4.7;{P}#13.1"),
    ("Microsoft 365 Copilot", "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot in Excel;Teams meeting recap",
     "restricted", "public;internal;personal",
     "Licensed users only (manager-confirmed business need plus training). Same information rules as Copilot Chat. Meeting recap and transcription only in internal meetings after telling attendees; never in the meetings listed in 10.2. Not for Members' ward casework until the IGG decides.",
     f"{P}#13.2;{P}#10.1;{P}#10.2;{P}#5.4;{P}#15.4"),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free;ChatGPT Plus",
     "restricted", "public",
     "Open AI Service: Ashby Open (published) information only. Account registered with your Council email address, never a personal account; switch off model training in settings. Do not upload unpublished Council documents.",
     f"{P}#5.3;{P}#4.8;{P}#A.3"),
    ("Google Gemini", "Gemini;Bard;Google Bard",
     "restricted", "public",
     "Open AI Service: Ashby Open (published) information only. Account registered with your Council email address, never a personal account; switch off model training where possible.",
     f"{P}#5.3;{P}#4.8;{P}#A.3"),
    ("Adobe Firefly", "Firefly;Photoshop generative fill;Adobe Express AI",
     "restricted", "public",
     "Communications Team licence only, or with their agreement. Illustrations for internal material and leisure and campaign publicity. No images of identifiable real people. Synthetic Depictions of real places in the district only with Head of Planning and Regeneration approval and a clear label.",
     f"{P}#11.1;{P}#11.2;{P}#11.3"),
    ("DeepSeek", "Deep Seek;DeepSeek chat;DeepSeek app",
     "prohibited", "", "Do not use on any device for Council business.", f"{P}#4.2"),
    ("Otter.ai", "Otter;Fireflies;Fireflies.ai;Read.ai;AI note taker bots;meeting bots",
     "prohibited", "", "Third-party AI note-taking bots must not be invited to or admitted into Council meetings.",
     f"{P}#10.3;{P}#4.5"),
    ("Grammarly", "Grammarly extension;Grammarly GO;Grammarly app",
     "prohibited", "", "Browser extension and desktop app read everything typed, including case systems. Do not install on Council devices or connect to Council accounts.",
     f"{P}#4.5"),
]
for folder in ("knowledge", "originals"):
    with open(HERE / folder / "ashby-vale-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        w.writerows(rows)
print("built", len(text.split()), "words;", len(rows), "register rows")
