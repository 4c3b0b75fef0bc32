from docx import Document
from docx.shared import Pt
TITLE = "Using AI at work: staff questions and answers"
INTRO = ["Hallamshire Libraries and Archives Trust. Prepared by the Digital Lead, September 2026. This FAQ explains the Use of Artificial Intelligence (AI) Policy (version 1.1) and the AI Tools Register. Where this FAQ and the policy differ, the policy applies."]
QA = [
 ("Which AI tools can I use?", [
   "Check the AI Tools Register on the intranet. Microsoft 365 Copilot Chat, signed in with your Trust account, is approved for everyday work such as drafting emails, reports, event descriptions and display text. Other tools are restricted to particular teams, uses or kinds of information, and some are prohibited. The register row tells you what each tool may be used for."]),
 ("What if the tool I want is not on the register?", [
   "Do not use it for Trust work yet. Raise a \"New AI tool request\" through the IT service desk. The Digital Lead will look at the tool's security, data protection and licence terms and tell you whether it can be added to the register. This includes free tools, trial versions and new AI buttons appearing in software we already use."]),
 ("Can I use ChatGPT on my own phone for work?", [
   "Only for public information, such as researching ideas for an event or summarising a published report, and never signed in with your Trust email. Anything internal, personal or from the collections must stay in the Trust's own tools."]),
 ("Can I put a member's details into Copilot Chat to help answer a complaint?", [
   "You can use Copilot Chat to help you draft the reply, but take out the member's name, address, membership number and contact details first, and never include their borrowing or reading history. If the complaint mentions health, a disability or a safeguarding concern, do not enter that part at all."]),
 ("Can I use AI for Rhyme Time, the Summer Reading Challenge or other children's activities?", [
   "Yes, for planning: ideas, scripts, craft instructions, quizzes and publicity text. Never enter anything about an individual child, including names, ages, schools, photographs or booking lists."]),
 ("Can I use AI to transcribe or describe archive documents?", [
   "Archives and Local Studies staff may use Transkribus on open records, as the register allows. Closed records and depositors' material with restricted terms must never be uploaded to any AI tool. Everything AI produces must be checked against the original and marked AI-assisted in the catalogue."]),
 ("Can I make an AI image for a poster?", [
   "Yes, with an approved image tool (Adobe Firefly for the Marketing and Communications team, or Canva Magic Studio through the Trust account). Do not create images of real people or imitate a living illustrator's style, and label the published image \"Created with AI\". Images for products sold in the shop need the Head of Commercial Services' approval first."]),
 ("Can Copilot take the notes in my Teams meeting?", [
   "Yes, using Teams transcription and Microsoft 365 Copilot if you have a licence. Tell everyone at the start that the meeting is being transcribed and give them the chance to object. Do not let Otter or other outside note-takers join, and do not transcribe calls or conversations with members of the public."]),
 ("Can volunteers use Copilot for our transcription projects?", [
   "This has not been decided yet. Until the Trust publishes a decision, please refer any request from or about volunteers to the Digital Lead rather than giving them access."]),
 ("I think I put something I shouldn't into an AI tool. What do I do?", [
   "Tell the Data Protection Officer (dpo@hallamshire-lat.org.uk) and your line manager straight away, and within 24 hours at the latest. Say what you entered, into which tool and when. Don't delete anything first. Reporting quickly is always the right thing to do."]),
 ("Who can I ask about AI?", [
   "The Digital Lead (digital@hallamshire-lat.org.uk) for tools and the register; the Data Protection Officer (dpo@hallamshire-lat.org.uk) for personal information; the Head of Archives and Local Studies for collections, copyright and closed records."]),
]
def build(docx_path, md_path):
    d = Document()
    d.add_heading(TITLE, level=0)  # Word 'Title' style
    for p in INTRO:
        d.add_paragraph(p)
    md = [f"# {TITLE}", ""] + [p + "\n" for p in INTRO]
    for q, paras in QA:
        d.add_heading(q, level=1)
        md.append(f"## {q}\n")
        for p in paras:
            d.add_paragraph(p)
            md.append(p + "\n")
    d.core_properties.title = TITLE
    d.core_properties.author = "Digital Lead, Hallamshire Libraries and Archives Trust"
    d.save(docx_path)
    open(md_path, "w", encoding="utf-8").write("\n".join(md))
build("knowledge/hlat-ai-staff-faq.docx", "originals/hlat-ai-staff-faq.md")
