"""Builds the staff FAQ as Word (knowledge/) and its Markdown original (originals/)."""
import docx
TITLE = "Using AI at Brightwater – Staff Questions and Answers"
INTRO = "Prepared by the Information Governance team, November 2026. This FAQ explains the Generative AI Acceptable Use Policy (version 2.1). Where they differ, the policy and the AI Tools Register take precedence."
QA = [
 ("How do I know which AI tools I can use?",
  ["Check the AI Tools Register on the Information Governance intranet page. Each tool is marked approved, restricted or prohibited, and its entry says what information you may use with it and any conditions.",
   "If a tool is not on the register, you cannot use it for Brightwater work until the Head of Information Governance has approved it. Ask using the New AI Tool Request form."]),
 ("Can I use Copilot Chat to help draft a letter to a complainant?",
  ["Yes. Microsoft 365 Copilot Chat, signed in with your Brightwater account, can help you draft routine letters such as acknowledgements and requests for information. Keep personal details to the minimum the letter needs and do not include any health, vulnerability or other special category information, or bank or card details.",
   "Check the draft against the case file before you send it, and save the final version to Resolve."]),
 ("Can AI help me write my decision?",
  ["No. AI must not decide or recommend the outcome of a complaint, and must not write, rewrite or summarise the findings and reasoning of a provisional or final decision. You may use the spelling and grammar checker built into Microsoft Word."]),
 ("Can I use Resolve Assist on a case that involves a vulnerable complainant?",
  ["Yes. Resolve Assist is the only tool approved for vulnerability and other special category information, and only inside Resolve. You may use it to summarise the file and build a chronology. It must not be used to decide whether someone is vulnerable or what support they get."]),
 ("Can I record and summarise a Teams call with a supplier or complainant?",
  ["Only if every external participant has been told and has agreed, and you record that agreement on the case file. Switch it off if anyone objects. For internal meetings, tell everyone at the start."]),
 ("Can I use AI on my own phone or laptop?",
  ["Only Microsoft 365 Copilot Chat, through the Microsoft 365 app on a personal phone enrolled in Intune. No other AI tool may be used for Brightwater work on a personal device, and you must never use a personal AI account for work."]),
 ("What do I do if I have put something into an AI tool that I should not have?",
  ["Report it to the Information Governance team within 24 hours using the IG incident form or information.governance@brightwater-ccs.org.uk, and tell your line manager. Do not try to delete it yourself first."]),
 ("Who decides the questions the policy does not answer?",
  ["The AI Governance Group, chaired by the Deputy Chief Ombudsman. Open questions at present include AI transcription at oral hearings and publishing AI-generated decision digests. Send these to the group through the Information Governance team."]),
]
d = docx.Document()
d.core_properties.title = TITLE
d.add_paragraph(TITLE, style="Title")
d.add_paragraph(INTRO)
md = [f"# {TITLE}", "", INTRO, ""]
for q, paras in QA:
    d.add_heading(q, level=1)
    md += [f"## {q}", ""]
    for p in paras:
        d.add_paragraph(p)
        md += [p, ""]
d.save("knowledge/brightwater-ai-faq.docx")
open("originals/brightwater-ai-faq.md", "w", encoding="utf-8").write("\n".join(md))
