"""Build the staff FAQ (Word, python-docx) and its markdown original."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

HERE = Path(__file__).parent
TITLE = "Using AI at Adopt Pennine: staff questions and answers"
INTRO = [
    "This FAQ explains the Adopt Pennine Generative AI Use Policy (version 1.0, November 2026) in plain words. "
    "Where this FAQ and the policy differ, the policy applies. Clause numbers refer to the policy.",
    "Last updated: 1 December 2026. Owner: Agency Manager.",
]
FAQ = [
    ("Can I use Copilot Chat for my work?",
     ["Yes. Microsoft 365 Copilot Chat, signed in with your @calderbrook.gov.uk account, is already approved for public information "
      "and for internal information that identifies nobody (policy clause 4.1). Good uses include drafting an event plan, "
      "tidying up a generic procedure, summarising published national guidance or planning a preparation group session.",
      "Look for the green shield before you type. Never put names, case details or anything about children, birth families "
      "or adopters into it (clauses 4.2, 6.3 and 6.4)."]),
    ("Can I use ChatGPT or another AI tool I use at home?",
     ["Not for agency work without approval. ChatGPT, Gemini, Claude, Perplexity, Meta AI and Grammarly's AI features are not approved "
      "(clause 4.3). You must ask the Agency Manager and Information Governance first and wait for written approval. "
      "Personal accounts must never be used for agency work (clause 5.1). DeepSeek must not be used at all (clause 4.4)."]),
    ("How do I ask for approval to use an AI tool?",
     ["Email the Agency Manager and infogov@calderbrook.gov.uk describing the tool and account, the task, and the kinds of information "
      "you would put into it (clause 3.3). If personal information is involved, Information Governance will work with you on a DPIA, "
      "which the Data Protection Officer must sign off before you start (clause 3.2). Approved uses are listed in the AI Approvals Log "
      "on the agency SharePoint site (clause 2.4)."]),
    ("If I take the names out, can I put case notes into Copilot Chat?",
     ["No. Adoption cases are easy to recognise from details such as ages, placement dates and family history, so case notes with the "
      "names removed are still treated as the information they came from (clause 6.5). Information about children and birth families "
      "must never go into any AI tool (clause 6.4)."]),
    ("Can AI help me write a Prospective Adopter Report or a matching report?",
     ["No. AI must not be used in assessment, family finding, matching or panel work, and requests to do so will not be approved "
      "(clauses 7.1 to 7.4). You can use Copilot Chat for generic materials with no case information, such as preparation group "
      "exercises or panel member training (clause 7.5)."]),
    ("Can I use AI for letterbox letters?",
     ["No. Staff must not use AI to draft, rewrite, check, translate or summarise letterbox letters or to screen them (clause 8.1). "
      "Generic guidance leaflets and blank templates can be drafted with Copilot Chat (clause 8.2). Whether we can suggest that "
      "families use AI to write their own letters has not been decided yet; refer those questions to the Agency Manager (clause 8.4)."]),
    ("Can I use Teams transcription or recap?",
     ["Only in internal agency meetings where no child, family, adopter or other individual case is discussed, and only if you tell "
      "everyone at the start (clause 10.2). Never in meetings, calls or visits with families or in panel (clause 10.1). "
      "Copilot in Teams and recap are not approved."]),
    ("Can I use AI to make images for our recruitment campaign?",
     ["Never edit or generate images of real children, adopters or birth relatives, and never upload their photographs (clause 11.1). "
      "Illustrative images that do not show a real person can be made with Copilot Chat for internal use; for anything published you "
      "need the Communications and Events Lead's approval and an AI-generated label (clause 11.3)."]),
    ("Can I use AI to translate something?",
     ["You can use Copilot Chat to translate general information that identifies nobody, such as an event flyer (clause 12.1), but a "
      "qualified translator or fluent speaker must check it before it is published (clause 12.4). Anything containing personal "
      "information goes to the council's translation service (clause 12.2), and in visits or calls you must book an interpreter "
      "(clause 12.3)."]),
    ("What do I do if I have put personal information into an AI tool?",
     ["Tell your line manager and the Information Governance team (infogov@calderbrook.gov.uk, 01632 960 417) the same working day "
      "and complete the council's information security incident form (clause 16.1). Do not delete the conversation until Information "
      "Governance have advised you (clause 16.2)."]),
    ("Who can I ask about this policy?",
     ["Your line manager first, then the Agency Manager (clause 17.2). Questions about data protection go to the Information "
      "Governance team."]),
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(TITLE, 0)
    for p in INTRO:
        doc.add_paragraph(p)
    for q, answers in FAQ:
        doc.add_heading(q, 1)
        for a in answers:
            doc.add_paragraph(a)
    doc.save(HERE / "knowledge" / "staff-ai-faq.docx")
    md = [f"# {TITLE}", ""]
    for p in INTRO:
        md += [p, ""]
    for q, answers in FAQ:
        md += [f"## {q}", ""]
        for a in answers:
            md += [a, ""]
    (HERE / "originals" / "staff-ai-faq.md").write_text("\n".join(md), encoding="utf-8")


if __name__ == "__main__":
    build()
