from docx import Document
TITLE = "Using AI at Work – Staff Frequently Asked Questions"
INTRO = "Tynemouth and Wear Fire and Rescue Service. Issued by ICT and Information Governance, November 2026. These answers summarise the Generative AI Acceptable Use Policy (ICT-POL-021) and the Approved AI Tools Register. If an answer here and the policy differ, the policy applies."
QA = [
 ("Which AI tools can I use?",
  "Only the tools on the Approved AI Tools Register, and only in the way the Register entry says (policy paragraph 3.1). For most staff that means Microsoft 365 Copilot Chat, signed in with your @twfrs.gov.uk account. Some tools, such as Protection Assist and Control Room Transcribe, are restricted to particular teams."),
 ("What if the tool I want is not on the Register?",
  "You must not use it for Service work until both the Head of ICT and the Information Governance Manager have approved it in writing (policy paragraph 3.2). Raise a New AI Tool Request form on the ICT Service Desk. This applies to free trials, browser extensions and phone apps too."),
 ("Can I use my own ChatGPT account if I leave out names?",
  "No. ChatGPT is prohibited on the Register, and personal accounts must never be used for Service work, even for approved tools (policy paragraphs 3.3 and 3.4)."),
 ("Can I use Copilot on my own phone?",
  "Only through the Service-managed Microsoft apps enrolled under the Bring Your Own Device scheme (policy paragraph 3.5). Do not type Service information into AI apps on a personal device outside the BYOD scheme."),
 ("Can I put incident details into Copilot to help write a debrief?",
  "Yes, in Microsoft 365 Copilot Chat or Microsoft 365 Copilot, once you have removed the names, addresses and other details of the people involved (policy paragraph 5.1). Never include Site-Specific Risk Information (SSRI) or premises security details (policy paragraph 5.2)."),
 ("Can I use AI to help write home fire safety visit notes?",
  "No. Home Fire Safety Visit records, partner referrals and Safe and Well information must not be entered into any AI tool (policy paragraph 8.1). You can use approved tools for general prevention leaflets and posts (policy paragraph 8.4)."),
 ("Can I make a picture of a crew for a recruitment poster with AI?",
  "Not of real, identifiable people. AI must not create or alter images, video or audio of real people, including firefighters and casualties (policy paragraph 10.1). You may use Adobe Firefly for illustrative images of people who do not exist, labelled as AI-generated when published (policy paragraph 10.3)."),
 ("Can I record and transcribe a Teams meeting?",
  "Yes, using the Teams transcription and recap features, after telling everyone present and giving them the chance to object (policy paragraph 11.1). Not for HR, occupational health, safeguarding, enforcement or legal meetings (policy paragraph 11.2). Third-party note-taker bots are not allowed (policy paragraph 11.3)."),
 ("Do I have to say when I have used AI?",
  "Yes, for content substantially produced by AI that is published externally. Corporate Communications must review it and it must carry a statement that AI helped produce it (policy paragraph 12.2)."),
 ("Who do I tell if I have put something into an AI tool by mistake?",
  "Report it straight away, and within 24 hours at the latest, to the Information Governance Manager at information.governance@twfrs.gov.uk, and log a data incident on the ICT Service Desk (policy paragraph 14.1). Reporting quickly helps us limit any harm."),
 ("Is there training I need to do first?",
  "Yes. Complete the \"Using AI Safely\" e-learning module on the Learning Hub before using any AI tool for Service work (policy paragraph 2.3)."),
 ("Who do I ask if my question is not answered here?",
  "Contact the ICT Service Desk or email ai.governance@twfrs.gov.uk (policy paragraph 15.3)."),
]
d = Document()
d.core_properties.title = TITLE
d.add_heading(TITLE, level=0)
d.add_paragraph(INTRO)
md = [f"# {TITLE}", "", INTRO, ""]
for q, a in QA:
    d.add_heading(q, level=2)
    d.add_paragraph(a)
    md += [f"## {q}", "", a, ""]
d.save("knowledge/twfrs-ai-staff-faq.docx")
open("originals/twfrs-ai-staff-faq.md", "w", encoding="utf-8").write("\n".join(md))
