"""Builds the CIFS generative AI policy as .docx (knowledge/) and .md (originals/)."""
import re
from docx import Document
from docx.shared import Pt

STEM = "cifs-generative-ai-policy"
TITLE = "Corran and Islands Ferry Services – Use of Generative Artificial Intelligence (AI) Policy"
PRE = [
    "Corran and Islands Ferry Services (CIFS) is a service of Linnhe and Isles Council.",
    "Version 1.0 – approved by the Head of Marine Services, November 2026. Policy owner: Ferry Service Manager. Next review: November 2027.",
]
# (heading, [paragraphs]) ; paragraphs are strings; "(a) ..." are bare lettered lines
S = [
("1. Introduction and purpose", [
"1.1 This policy explains how staff of Corran and Islands Ferry Services (CIFS) may use generative artificial intelligence (AI) tools in their work. Generative AI tools create text, images, audio or code in response to a prompt; examples include ChatGPT, Microsoft 365 Copilot Chat, Google Gemini, Claude and image generators.",
"1.2 CIFS wants staff to make good use of these tools to save time on everyday tasks, such as drafting letters and notices, summarising published guidance, preparing training material and writing spreadsheet formulas, while protecting passengers, crew and the safety of our vessels.",
"1.3 This policy sits alongside the council's Information Security Policy, Data Protection Policy and the CIFS Safety Management System (SMS). Where this policy and the SMS differ on a safety matter, the SMS applies.",
]),
("2. Scope", [
"2.1 This policy applies to everyone who works for CIFS: masters, crew, engineers, harbour and pier staff, booking office staff, managers, office staff, agency workers, relief crew and contractors working on our behalf.",
"2.2 It covers any use of a generative AI tool for CIFS work, whether on a council device or your own device, and whether the tool is a standalone app or website or an AI feature built into other software (for example AI writing assistants in email, design or booking software).",
"2.3 This policy does not cover navigation and engineering equipment fitted to our vessels (such as radar, ECDIS, autopilots or engine management systems). Their use is governed by the Safety Management System.",
]),
("3. Roles and responsibilities", [
"3.1 The Ferry Service Manager owns this policy and is responsible for keeping it up to date.",
"3.2 The Designated Person Ashore (DPA) is responsible for all matters affecting the safe operation of the vessels, including the rules in section 6 on safety-critical work.",
"3.3 The council's Data Protection Officer advises on personal data and must be told about any data incident (see section 11).",
"3.4 The CIFS AI Lead (the Service Improvement Officer) answers questions about this policy and refers anything this policy does not settle to the Ferry Service Manager. Contact: cifs-ai@linnhe-isles.gov.uk.",
"3.5 Every member of staff who uses an AI tool is responsible for what they put into it and for checking anything it produces before they use it.",
]),
("4. Which AI tools you may use", [
"4.1 You may use any generative AI tool for CIFS work. There is no approved list of tools and you do not need to ask permission before using a tool.",
"4.2 The tool you choose limits what information you may put into it. Section 5 sets out which information may go into which tool, and section 6 sets out the activities for which AI must not be used, whatever the tool.",
"4.3 Microsoft 365 Copilot Chat, signed in with your council (@linnhe-isles.gov.uk) account, is the only AI tool in which unpublished CIFS material may be used. Copilot Chat used with a personal Microsoft account, or without signing in, is treated like any other public AI tool.",
"4.4 You may use a personal account or the free version of any AI tool for CIFS work, but only with published information (clause 5.1).",
"4.5 You may use AI tools on your own phone, tablet or computer for CIFS work, but only with published information (clause 5.1).",
"4.6 The council has not yet decided whether Microsoft 365 Copilot Chat may be used with unpublished CIFS material on a personally owned phone or tablet, even when signed in with a council account. Until a decision is published, refer any such use to the CIFS AI Lead.",
"4.7 You must not set up an AI tool, agent or automation to take actions in CIFS or council systems on its own, such as sending emails or texts to passengers, changing or cancelling bookings, issuing tickets or posting to social media. A member of staff must review and approve each message or action before it happens.",
]),
("5. Information you may put into AI tools", [
"5.1 Published information may be used in any AI tool. This includes the published timetables and fares, notices on the CIFS website and social media, published council reports and committee papers, and published guidance from the Maritime and Coastguard Agency (MCA).",
"5.2 Unpublished CIFS material that does not identify any person may be used only in Microsoft 365 Copilot Chat signed in with your council account. This includes draft timetables and fare proposals before the council approves them, internal procedures, draft letters and notices, budget and carrying figures, and notes of internal meetings with names removed.",
"5.3 The following information must never be put into any AI tool, including Microsoft 365 Copilot Chat:",
"(a) passenger details, including names, addresses, phone numbers, email addresses, booking references, vehicle registrations, travel history and any information about a passenger's health, disability or assistance needs;",
"(b) concession card data, including card numbers, holder details, island residency and eligibility information;",
"(c) crew medical information, including ENG1 and ML5 medical certificates, fitness for duty, sickness absence and occupational health information;",
"(d) HR information about any member of staff, including recruitment applications, interview notes, performance, grievance and disciplinary matters, and pay or rota information about named individuals;",
"(e) incident and accident reports, near-miss reports and investigation material, including drafts and reports to the MAIB or the MCA;",
"(f) security information, including ship and port facility security plans, security levels, access codes, CCTV images and passenger or vehicle screening arrangements.",
"5.4 Information about children, such as school pupils travelling on school contracts or unaccompanied young passengers, is passenger information and must never be put into any AI tool.",
"5.5 Tenders, quotations and bids received from suppliers must not be put into any AI tool. Other unpublished commercial information, such as our own draft specifications or contract budgets, is unpublished CIFS material under clause 5.2.",
"5.6 Removing a name does not make information anonymous. In small island communities a person can often be identified from a date, a sailing, a vehicle or a description. If a person could be identified, treat the information as covered by clause 5.3. Totals and figures that cannot identify anyone, such as monthly carryings per route, are unpublished CIFS material under clause 5.2.",
"5.7 If you are not sure which kind of information you have, treat it as the more sensitive kind.",
]),
("6. Activities for which AI must not be used", [
"6.1 AI must not be used in navigation, voyage or passage planning, stability, loading or trim calculations, passage risk assessments, decisions on whether to sail in poor weather, or any other safety-critical decision. This includes using AI to check, review or sense-check such work. These matters are for the master and the DPA under the Safety Management System.",
"6.2 AI must not be used to write or complete crew certificates, training and drill records, familiarisation records, or entries in the official log book, deck log or engine room log.",
"6.3 AI must not be used to decide, or recommend a decision on, refunds, compensation, complaints or concession card eligibility. You may use AI to draft general template wording for refund and complaint letters, provided no passenger details are entered.",
"6.4 AI must not be used to shortlist, score or assess job applicants, or to assess the performance or conduct of staff. You may use AI to draft a job advert from a published job description.",
"6.5 AI must not be used to create or alter images, video or voice recordings of real, identifiable people, including crew, passengers, councillors and members of the public. You may use AI to create illustrative images that show no real person, for example a drawing of a ferry for a poster, subject to section 7.",
"6.6 AI must not be used as a source of legal advice, or of medical or first-aid advice about a passenger or member of staff. Legal questions go to the council's Legal Services; regulatory questions go to the DPA. You may use AI to summarise published MCA guidance for your own understanding, but you must check the summary against the original before acting on it.",
"6.7 AI must not be used to evaluate or score tenders. You may use Microsoft 365 Copilot Chat signed in with your council account to help draft specifications and other procurement documents before they are published.",
"6.8 AI note-takers and transcription bots (such as Otter.ai, Fireflies or Read.ai) must not be used in any meeting or call. Microsoft Teams' built-in transcription and Copilot meeting summaries may be used for internal CIFS meetings only if everyone attending is told at the start, and never in meetings or calls with passengers or in meetings about any of the matters in clause 5.3.",
]),
("7. Publishing AI content to passengers and the public", [
"7.1 Any text, image, audio or video that is wholly or substantially produced by AI and published to passengers or the public (on the website, social media, printed notices, leaflets or on-board screens) must be checked by a member of staff before publication and labelled: \"This content was created with the help of AI and checked by CIFS staff.\"",
"7.2 A label is not needed where AI has only been used to check spelling, grammar or layout.",
"7.3 Timetables and fares are set by the council. You may use AI to help reword or reformat published timetables and fares, but every time, date and price must be checked against the council-approved timetable or fare table before it is published.",
]),
("8. Gaelic and other translations", [
"8.1 You may use AI to produce draft translations, including into Gaelic, of material you are allowed to put into that tool under section 5.",
"8.2 Any Gaelic text produced with the help of AI must be checked by a fluent Gaelic speaker before it is published or sent to anyone outside CIFS, in line with the council's Gaelic Language Plan. The Gaelic Language Officer keeps a list of fluent speakers who can check text.",
"8.3 The council has not yet decided whether AI may be used to translate on-board safety announcements and safety notices into Gaelic or other languages. Until a decision is published, refer any such use to the CIFS AI Lead and the DPA.",
]),
("9. Code, spreadsheets and data analysis", [
"9.1 You may use AI to help write spreadsheet formulas, macros and small scripts for CIFS work. Do not paste booking, passenger or concession card data into the tool to do so; use made-up example data instead.",
"9.2 You must test and understand any code or formula before you use it, and it must not be connected to the booking system or any vessel system without the written approval of the council's ICT Service.",
]),
("10. Accuracy and accountability", [
"10.1 AI tools can produce wrong or invented information. You are responsible for checking facts, figures, dates and references in anything an AI tool produces before you use it.",
"10.2 AI output must never be the only basis of a decision about a person.",
]),
("11. Mistakes and data incidents", [
"11.1 If you put information into an AI tool that this policy says must not go into it, report it straight away, and in any case within 24 hours, to your line manager and to the council's Data Protection Officer at dataprotection@linnhe-isles.gov.uk or 01397 700 412. Deleting the chat history is not enough.",
"11.2 If the information was security information (clause 5.3(f)), also tell the Company Security Officer immediately.",
]),
("12. Training, review and questions", [
"12.1 Staff are encouraged to complete the council's \"Using AI Safely\" e-learning module on the staff learning portal.",
"12.2 Questions about this policy should go to the CIFS AI Lead at cifs-ai@linnhe-isles.gov.uk.",
"12.3 This policy will be reviewed every year, or sooner if the law, council policy or the tools change.",
]),
]
APP = ("Appendix A – Definitions", [
"A.1 Generative AI tool: any software that produces text, images, audio, video or code in response to a prompt, including AI features built into other products.",
"A.2 Published information: information CIFS or the council has already made public, or that is approved for publication, such as the published timetable and fare tables.",
"A.3 Unpublished CIFS material: the service's own information that has not been published and does not identify any person.",
"A.4 Council account: a Microsoft account ending @linnhe-isles.gov.uk issued by the council.",
"A.5 Safety-critical decision: any decision that could affect the safety of a vessel, its passengers or crew, including those listed in clause 6.1.",
])

def build():
    d = Document()
    d.core_properties.title = TITLE
    d.add_paragraph(TITLE, style="Title")
    for p in PRE:
        d.add_paragraph(p)
    md = [f"# {TITLE}", ""] + [p + "\n" for p in PRE]
    for h, paras in S + [APP]:
        d.add_heading(h, level=1)
        md.append(f"## {h}\n")
        for p in paras:
            if p.startswith("("):
                para = d.add_paragraph(p)
                para.paragraph_format.left_indent = Pt(28)
            else:
                d.add_paragraph(p)
            md.append(p + "\n")
    d.save(f"knowledge/{STEM}.docx")
    open(f"originals/{STEM}.md", "w").write("\n".join(md))
    ids = []
    for h, paras in S:
        ids.append(h.split(".")[0])
        ids += [re.match(r"([0-9]+\.[0-9]+)", p).group(1) for p in paras if not p.startswith("(")]
    ids += [p.split(" ")[0] for p in APP[1]]
    open("clause_ids.txt", "w").write("\n".join(ids) + "\n")
    open("knowledge/sources.yaml", "w").write(
        f'{STEM}.docx:\n  title: "Use of Generative Artificial Intelligence (AI) Policy"\n  owner: Ferry Service Manager\n  version: "1.0 (November 2026)"\n  url: "https://intranet.linnhe-isles.gov.uk/cifs/policies/generative-ai"\n')

if __name__ == "__main__":
    build()
