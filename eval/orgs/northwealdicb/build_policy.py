"""Build knowledge/ (PDF policy + CSV register) and originals/ (.md of the PDF, copy of the CSV)."""
import csv, shutil
from fpdf import FPDF
from policy_text import TITLE, ITEMS

STEM = "nwicb-genai-acceptable-use-policy"
ORG = "NHS North Weald Integrated Care Board"

# ---------- Markdown original ----------
md = [f"# {TITLE}", ""]
for kind, text in ITEMS:
    if kind == "meta":
        md += [text, ""]
    elif kind == "h":
        md += [f"## {text}", ""]
    elif kind == "p":
        md += [text, ""]
open(f"originals/{STEM}.md", "w", encoding="utf-8").write("\n".join(md).rstrip() + "\n")

# ---------- PDF ----------
class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"{ORG} - IG-14 Generative AI Acceptable Use Policy v1.1 - Page {self.page_no()}", align="C")

pdf = Doc(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16)
pdf.multi_cell(0, 8, TITLE)
pdf.ln(3)
for kind, text in ITEMS:
    text.encode("latin-1")  # core font check
    if kind == "meta":
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text)
        pdf.ln(1)
    elif kind == "h":
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6, text)
        pdf.ln(1)
    elif kind == "p":
        pdf.set_font("Helvetica", "", 10)
        num, rest = text.split(" ", 1)
        indent = 8 if "(" in num else 0
        pdf.set_x(20 + indent)
        pdf.multi_cell(0, 5, text)
        pdf.ln(1.5)
pdf.output(f"knowledge/{STEM}.pdf")

# ---------- Register ----------
P = f"{STEM}.md"
def c(*ids): return ";".join(f"{P}#{i}" for i in ids)
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot with the green shield", "approved", "public;internal",
  "All staff. Sign in with your ICB account and check the Protected shield. Open and corporate information only: no person-identifiable information, confidential patient information, Sensitive Commissioning Information or Part 2 material. Check every output.", c("5.2", "6.1")),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint", "restricted", "public;internal;personal",
  "Licence holders in the pilot cohort only (Corporate Affairs and Governance, Communications and Engagement, Contracting and Procurement, PMO) after the Using AI Safely e-learning. Never confidential patient information or Part 2 material. Sensitive Commissioning Information only by the Contracting and Procurement team.", c("5.3", "6.4", "6.5", "13.2")),
 ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recap;intelligent recap;Copilot in Teams meetings", "restricted", "public;internal;personal",
  "ICB Teams meetings only. The chair announces it at the start and switches it off if anyone objects. Never in patient or service user case discussions (CHC, IFR, PHB panels, safeguarding, complaints reviews), HR casework meetings, Part 2 sessions or procurement evaluation and negotiation.", c("10.1", "10.2", "10.4")),
 ("ChatGPT", "Chat GPT;OpenAI ChatGPT;ChatGPT free", "restricted", "public",
  "Open (already public) information only. Nothing unpublished may be typed, pasted or uploaded. Check answers against a reliable source. The ChatGPT API and any custom GPTs are not covered by this entry.", c("5.5", "5.4", "8.2")),
 ("North Weald Insight Assistant", "Insight Assistant;SDE assistant;SDE AI", "restricted", "public;internal;personal;special_category",
  "Named Business Intelligence and Population Health Management analysts only, inside the Secure Data Environment, on a project with an approved DPIA. Pseudonymised data only; no attempt to re-identify anyone; small-number suppression before any output leaves the SDE.", c("5.6", "6.2", "6.3")),
 ("GitHub Copilot", "GitHub Copilot Enterprise;Copilot for code", "restricted", "public;internal",
  "Business Intelligence analysts with an ICB GitHub Enterprise licence only. Code and queries only: no data extracts, real values or credentials. Second-analyst review before results are used in published or Board reports.", c("5.7", "8.4", "6.8")),
 ("Canva Magic Studio", "Canva AI;Canva Magic Write;Magic Media;Canva", "restricted", "public",
  "Communications and Engagement team only, on the ICB Canva Teams account, with open information. No images of realistic people; label AI-generated content.", c("5.8", "7.4", "9.4")),
 ("Microsoft Copilot (personal)", "Copilot app;Copilot Pro;copilot.microsoft.com with a personal account;consumer Copilot", "prohibited", "",
  "Not approved for ICB business. Use Microsoft 365 Copilot Chat signed in with your ICB account instead.", c("5.4", "3.3")),
 ("DeepSeek", "DeepSeek Chat;DeepSeek R1", "prohibited", "", "Do not use on any device for ICB business.", c("4.1")),
 ("Third-party AI note-takers", "Otter.ai;Otter;Fireflies.ai;Fireflies;Read.ai;Fathom;meeting bots", "prohibited", "",
  "Prohibited in all ICB meetings. Remove any that join and tell the Information Governance team if they captured anything.", c("10.3")),
 ("Grammarly", "Grammarly GO;Grammarly extension", "prohibited", "",
  "The browser extension reads everything typed into web pages, including ICB systems. Do not install on ICB devices or use with ICB work.", c("5.4", "5.9")),
 ("AI browser extensions", "AI extensions;AI plug-ins;ChatGPT extension;AI sidebar extensions", "prohibited", "",
  "No AI browser extension or plug-in is approved.", c("5.4")),
 ("Ambient voice technology", "AVT;AI scribe;ambient scribe;Heidi;Heidi Health;Tortus;Accurx Scribe;Dragon Copilot", "prohibited", "",
  "Not approved for use by ICB staff. Whether ICB-employed clinicians may use a practice's AVT is undecided; until the AIAG decides, do not. Practices' own use is their responsibility.", c("11.1", "11.4", "15.4")),
]
with open(f"knowledge/nwicb-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(rows)
shutil.copy("knowledge/nwicb-ai-tools-register.csv", "originals/nwicb-ai-tools-register.csv")
print("built")
