"""Build the WPTP staff AI FAQ as .docx and its .md original."""
from docx import Document
import re

TITLE = "Using AI at WPTP – Staff FAQ"
INTRO = "Digital and Data team, September 2026. This FAQ summarises the Generative AI Acceptable Use Policy and the AI Tools Register. Where they differ, the policy and the Register apply."
QA = [
 ("Which AI tools can I use?",
  ["Only the tools on the AI Tools Register, and only as each entry says. Microsoft 365 Copilot Chat is available to all staff with a WPTP account. Some tools, such as RouteWise Planner and ClearVoice Contact Transcribe, are restricted to named teams."]),
 ("What if the tool I want is not on the Register?",
  ["Do not use it for WPTP work yet. Fill in the AI Tool Request form on the intranet. The Digital and Data team and Information Governance assess it, and the Digital Governance Board decides. This usually takes four to six weeks."]),
 ("Can I use ChatGPT if I only paste in public information?",
  ["No. The free version of ChatGPT is prohibited on the Register for all WPTP work, even with public information. Use Copilot Chat with your work account instead."]),
 ("Can I use Copilot Chat on my own phone?",
  ["Only through the WPTP-managed Outlook or Teams apps or the remote desktop, signed in with your work account. Do not copy WPTP information into AI apps on your personal phone."]),
 ("Can I put customer details into Copilot Chat?",
  ["Only the minimum needed, and remove names, pass numbers and contact details first if you can. Never include medical evidence, information about children, or staff HR records."]),
 ("Can I use AI to help with a concessionary pass or penalty fare appeal case?",
  ["No. AI must not decide, assess or draft outcomes for pass eligibility or penalty fare appeals. You may use Copilot Chat to tidy the wording of a standard letter template that contains no customer information."]),
 ("Can I let an AI note-taker join my meeting?",
  ["No. AI note-takers such as Otter.ai are prohibited. If an external attendee's note-taker joins a meeting you chair, remove it. Use Teams transcription for WPTP meetings you organise, and tell attendees at the start."]),
 ("Can I use AI to write a disruption notice?",
  ["Yes, as a draft. A named member of the Travel Information team must check and approve it before it is published, and substantially AI-written content must carry the AI label."]),
 ("Can I make a poster with AI images?",
  ["The Communications and Marketing team can use Adobe Firefly for images that show no real person. Do not create or edit images of real passengers, drivers or staff. Other teams should ask Communications."]),
 ("Can I use AI to analyse consultation responses?",
  ["Not yet. The Digital Governance Board has not decided this. Ask the Board before you do it."]),
 ("I think I put the wrong information into an AI tool. What do I do?",
  ["Tell Information Governance straight away on extension 4410 or infogov@westpenninetransport.gov.uk. Do not try to delete it yourself first."]),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

doc = Document()
doc.add_heading(TITLE, level=0)
doc.add_paragraph(INTRO)
md = [f"# {TITLE}", "", INTRO, ""]
for q, paras in QA:
    doc.add_heading(q, level=1)
    md += [f"## {q}", ""]
    for p in paras:
        doc.add_paragraph(p)
        md += [p, ""]
doc.save("knowledge/wptp-ai-staff-faq.docx")
open("originals/wptp-ai-staff-faq.md", "w").write("\n".join(md))
for q, _ in QA:
    print(slug(q))
