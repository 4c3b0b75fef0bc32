"""Build the staff FAQ (Word) and its markdown original."""
from docx import Document
from docx.shared import Pt

TITLE = "Generative AI at Tarrant: Staff FAQ"
INTRO = ("Digital Services and the Digital Ethics Panel, December 2026. These answers summarise the "
         "Generative AI Acceptable Use Policy (Staff); where they differ, the policy wins.")
QA = [
 ("Which AI tools can I use for my work?",
  ["Check the AI Tools Register. You may use a listed tool only as its entry allows (policy 4.1). "
   "For most staff, Microsoft 365 Copilot Chat signed in with your University account is the everyday choice and can be used with Public, Internal and Personal information."]),
 ("What if the tool I want is not on the register?",
  ["Do not use it for University work yet. Any tool not on the register, including new AI features, plug-ins and browser extensions, "
   "needs Digital Ethics Panel approval first (policy 4.2). Submit the AI tool request form on the Digital Services portal."]),
 ("Can I use my own ChatGPT or Gemini account?",
  ["Only with Public information, such as published web pages or your own generic questions (policy 4.5). "
   "Never paste in Internal or Personal information, student work or anything commercially sensitive."]),
 ("Can I put student work into Copilot to help write feedback?",
  ["Yes, in Microsoft 365 Copilot Chat signed in with your University account, as student work is Personal information (policy 6.2). "
   "You must review and edit the feedback and take responsibility for it (policy 6.3). AI must not give or suggest the mark unless your module is in the Tarrant Marking Assistant scheme (policy 6.4)."]),
 ("A detector says an essay is 90% AI. Can I report it as misconduct?",
  ["No. A detector score is not evidence and is not on its own grounds for an allegation, and you must not upload student work to detectors (policy 6.5). "
   "Follow the Academic Integrity Regulations and talk to your Academic Conduct Officer."]),
 ("Can I use AI with my research interview data?",
  ["Only in Tarrant Secure Research AI, and only where your ethics approval and consent forms cover AI processing (policy 7.1 and 7.2). "
   "If your approval was granted before 1 September 2026 and does not mention AI, contact the Digital Ethics Panel; no position has been taken yet (policy 7.4)."]),
 ("Can I use AI to record or summarise a Teams meeting?",
  ["Yes, with Microsoft 365 Copilot or Teams Premium, if you tell everyone at the start and they may object (policy 13.2). "
   "Not for meetings about individual people's cases (policy 13.3), and never with Otter.ai or other note-taking bots (policy 13.4)."]),
 ("Can I make AI images for a poster or web page?",
  ["Marketing and Communications staff may use Adobe Firefly; label AI-generated images (policy 12.3). "
   "Do not create images or voices of real, identifiable people without their written consent (policy 12.1)."]),
 ("Who do I tell if I have put personal data into the wrong tool?",
  ["Report it to the Information Governance team at dataprotection@tarrant.ac.uk or extension 4410 as soon as possible and within 24 hours (policy 17.1)."]),
 ("Who can answer a question the policy does not cover?",
  ["The Digital Ethics Panel, digitalethics@tarrant.ac.uk (policy 2.4). For export-controlled research ask the Export Control Officer (policy 9.2)."]),
]

def build_docx(path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(TITLE, level=0)
    d.add_paragraph(INTRO)
    for q, paras in QA:
        d.add_heading(q, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(path)

def build_md(path):
    out = [f"# {TITLE}", "", INTRO, ""]
    for q, paras in QA:
        out += [f"## {q}", ""]
        for p in paras:
            out += [p, ""]
    open(path, "w").write("\n".join(out))

if __name__ == "__main__":
    build_docx("knowledge/staff-ai-faq.docx")
    build_md("originals/staff-ai-faq.md")
