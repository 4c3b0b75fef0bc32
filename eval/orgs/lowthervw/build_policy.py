"""Build the LVW AI acceptable use policy as a text PDF (fpdf2) and its Markdown original."""
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).parent
STEM = "lvw-ai-acceptable-use-policy"

TITLE = "Artificial Intelligence (AI) Acceptable Use Policy"
FRONT = [
    "Lowther Valley Water Ltd",
    "Document reference: IG-POL-014   Version: 1.1   Classification: OFFICIAL",
    "Approved by: Audit and Risk Committee of the Board, 12 November 2026",
    "Policy owner: Head of Information Governance and Data Protection Officer",
    "Senior Information Risk Owner (SIRO): Director of Asset Operations",
]

# (kind, number, text); kind: h = numbered heading, p = numbered paragraph, i = bare lettered item,
# ah = appendix heading
S = [
("h","1","Purpose and scope"),
("p","1.1","This policy sets out how artificial intelligence (AI) tools may be used for Lowther Valley Water (LVW) work. It protects our customers, our staff and the water and sewerage assets we operate on behalf of the councils that own us."),
("p","1.2","It applies to all employees, agency workers, apprentices, contractors and consultants who work with LVW information or on LVW systems, and to members of the Board."),
("p","1.3","A breach of this policy may be dealt with under the Disciplinary Policy or, for contractors, under the terms of their contract."),
("h","2","Definitions"),
("p","2.1","\"AI tool\" means any software that uses artificial intelligence to generate or analyse text, images, audio, video or code, including AI features built into other software such as writing assistants, meeting recap and transcription features, design tools and AI search."),
("p","2.2","\"Customer personal data\" means information about an identifiable customer or member of the public, including names, addresses, telephone numbers, email addresses, account numbers, payment and debt history, and meter readings or consumption linked to a property."),
("p","2.3","\"Priority Services Register (PSR) data\" means information held about customers on the Priority Services Register and any other information about a customer's vulnerability, health, disability or personal circumstances. PSR data is treated as special category data."),
("p","2.4","\"Security-sensitive infrastructure information\" means information about LVW's treatment works, reservoirs, pumping stations, networks and control systems that could help someone harm them, as described in 8.2."),
("p","2.5","\"Network data\" means flow, pressure, acoustic logger and district metered area (DMA) data from the distribution network that does not identify any customer or property."),
("h","3","Approved AI tools"),
("p","3.1","Only Microsoft 365 Copilot Chat (signed in with your LVW account) and the LeakSense AI analytics in the network operations centre may be used for LVW work; no other AI tool or AI feature is allowed."),
("p","3.2","This means that public and consumer AI tools such as ChatGPT, Google Gemini, Claude, DeepSeek, Perplexity and Grok, AI image, voice and video generators, AI note-takers such as Otter.ai and Fireflies, and AI features built into other software must not be used for LVW work, whether free or paid for."),
("p","3.3","Copilot Chat is the chat service at copilot.cloud.microsoft and in the Teams and Edge sidebars, showing the green shield when you are signed in with your LVW account. Copilot features inside Word, Excel, Outlook and Teams meetings (including Intelligent Recap) are separate products and are not approved."),
("p","3.4","To ask for another AI tool or AI feature to be approved, raise an \"AI tool request\" with the IT Service Desk. The AI Governance Group assesses each request, including a data protection impact assessment and a security review. A tool must not be used, even for a trial or pilot, until the Group has approved it in writing."),
("h","4","Using Microsoft 365 Copilot Chat"),
("p","4.1","Copilot Chat may be used for everyday work with public and internal information, for example drafting and improving emails, letters and reports, summarising documents, brainstorming ideas, explaining technical subjects, and preparing training material and presentations."),
("p","4.2","You must sign in with your LVW account (@lowthervalleywater.co.uk) and check that the green shield is shown. Do not use Copilot or any other AI tool with a personal Microsoft account or other personal account for LVW work."),
("p","4.3","Copilot Chat may only be used on LVW-issued devices or through the LVW virtual desktop. Do not use it for LVW work on a personal phone, tablet or home computer."),
("p","4.4","You must not enter any of the following into Copilot Chat, whether typed, pasted or uploaded as a file or image:"),
("i","(a)","customer personal data;"),
("i","(b)","PSR data or any other information about a customer's vulnerability;"),
("i","(c)","security-sensitive infrastructure information;"),
("i","(d)","staff or job applicant personal data, including HR case records, sickness absence, disciplinary, grievance and recruitment records;"),
("i","(e)","tenders, bids, pricing and other information received from suppliers or contractors in confidence."),
("p","4.5","Published information and internal LVW information that identifies no one may be used, for example draft policies and procedures, project plans, unpublished but non-sensitive figures, and anonymised or aggregated statistics. Colleagues' names and work contact details in ordinary business correspondence are acceptable."),
("p","4.6","You are responsible for everything you use from Copilot Chat. It can be wrong or out of date: check facts, figures, references and calculations before you rely on or share any output."),
("h","5","LeakSense AI analytics"),
("p","5.1","LeakSense may be used only by network operations centre (NOC) staff and leakage analysts who have been authorised by the Head of Network Operations."),
("p","5.2","Only network data may be loaded into or analysed in LeakSense. Customer personal data, PSR data, contact centre records and billing data must not be loaded into LeakSense or matched with its outputs inside the tool."),
("p","5.3","LeakSense alerts and suggested leak locations are advisory. A trained network technician must review each alert before crews are dispatched or any valve is operated. LeakSense must not be configured to operate valves, pumps or any other asset automatically."),
("p","5.4","Staff outside the NOC who need leakage information should ask the NOC for it. They must not be given LeakSense access."),
("h","6","Customer data and vulnerable customers"),
("p","6.1","Customer personal data must not be entered into any AI tool, including Copilot Chat, for any purpose."),
("p","6.2","PSR data and other information about a customer's vulnerability, such as medical dependency on water, disability, mental health, bereavement or financial hardship, must not be entered into any AI tool, including to draft a letter or summarise a call or case note."),
("p","6.3","Copilot Chat may be used to draft generic customer letter templates, call scripts and FAQs that contain no customer's details. Customer details are added afterwards in the customer system, outside any AI tool, and the template must be approved by the team manager before use."),
("p","6.4","AI tools must not be used to identify, profile or categorise customers as vulnerable, or to decide eligibility for the Priority Services Register, social tariffs or the WaterSure scheme."),
("p","6.5","No AI chatbot or virtual assistant is approved to communicate with customers by web chat, telephone, email, text message or social media. AI must not be used to reply to customers automatically."),
("h","7","Billing, debt recovery and decisions about people"),
("p","7.1","AI tools must not be used to make or recommend decisions about individual customers, including debt recovery action, payment arrangements, referral to a debt collection agency, court action, write-offs, leakage allowances and billing adjustments."),
("p","7.2","AI tools must not be used to make or support decisions about individual staff or job applicants, including shortlisting, scoring, performance, discipline, promotion and redundancy."),
("p","7.3","Copilot Chat may be used to improve the wording of standard billing and debt recovery letter templates, provided 6.3 is followed and the Income Management Manager signs off the template."),
("p","7.4","Undecided: the use of AI tools to analyse anonymised or aggregated arrears and debt data to design collection strategies has not yet been decided. The AI Governance Group is considering it. Until it issues a ruling, such proposals must be referred to the Group and must not go ahead."),
("h","8","Critical national infrastructure and security information"),
("p","8.1","LVW's water treatment works, reservoirs, pumping stations, sewage treatment works and control systems are critical national infrastructure. Security-sensitive infrastructure information must not be entered into any AI tool. The only exception is network data analysed in LeakSense under section 5."),
("p","8.2","Security-sensitive infrastructure information includes site plans and layout drawings, photographs showing site security measures, SCADA, telemetry and control system configurations, PLC code, network and system diagrams, IP addresses, passwords and access codes, security and vulnerability assessments, chemical storage and dosing details, and emergency plans marked OFFICIAL-SENSITIVE."),
("p","8.3","AI tools must not be used to write, review or debug code or configurations for operational technology, including SCADA, PLC and telemetry systems."),
("p","8.4","Copilot Chat may be used to draft code for corporate IT work, such as spreadsheet formulas, Excel macros, Power BI queries and analysis scripts, provided no passwords, system addresses or information listed in 4.4 are entered, and the code is reviewed and tested before it is used on live systems."),
("p","8.5","No AI tool may be connected to, or allowed to act on, any LVW system on its own, for example to send emails, change records, approve payments or operate assets."),
("p","8.6","For emergency planning, Copilot Chat may be used to draft exercise scenarios, training material and public-facing incident communications such as boil water notice templates, provided they contain no security-sensitive infrastructure information. Emergency plans marked OFFICIAL-SENSITIVE must not be entered into any AI tool."),
("h","9","Regulatory returns, published information and publication"),
("p","9.1","Published information, such as the annual report, published performance data, the Water Resources Management Plan and drinking water quality reports, may be used freely with Copilot Chat."),
("p","9.2","Copilot Chat may help draft the narrative commentary in returns to Ofwat, the Drinking Water Inspectorate and the Environment Agency. All figures must come from LVW's assured data systems. AI-assisted text must be checked by the data owner and go through the normal assurance and sign-off process."),
("p","9.3","Unpublished regulatory material, including draft returns, business plan drafts and draft Board papers, is internal information and may be used with Copilot Chat unless it contains information listed in 4.4."),
("p","9.4","AI tools must not be used to generate, estimate or fill gaps in any figure reported to a regulator."),
("p","9.5","Content produced with the help of AI that is published externally, including web pages, press releases, customer leaflets and reports, must be checked by a person and approved by the Communications team before publication. AI-generated images, audio and video must be labelled \"Created using AI\" wherever they are used."),
("p","9.6","Copilot Chat may be used to create illustrations, icons and diagrams that do not depict real people, for internal use and, with Communications approval under 9.5, for external use."),
("h","10","Procurement and contractors"),
("p","10.1","Copilot Chat may be used to draft specifications, tender questions and evaluation criteria from information that is not confidential."),
("p","10.2","Bids, tender submissions, supplier pricing and other commercially confidential information received from suppliers or contractors must not be entered into any AI tool. AI must not be used to evaluate, score or compare bids."),
("p","10.3","Suppliers who intend to use AI in delivering services to LVW must declare it during procurement. Procurement and the AI Governance Group will decide whether it is acceptable and set conditions in the contract."),
("p","10.4","Undecided: whether contractors on capital projects may use their own AI tools with LVW design information that is not security-sensitive (for example general arrangement drawings for a scheme already in the public planning file) has not been decided. Until the AI Governance Group rules, each request must be referred to the Group and must not go ahead."),
("h","11","Images and voices of real people, and recordings"),
("p","11.1","AI must not be used to create, alter or imitate the image, likeness or voice of any real person, including staff, Board members, customers and members of the public. This includes avatars, voice cloning and deepfakes, even where the person agrees."),
("p","11.2","Calls to the customer service centre are recorded by the telephony system for quality and training purposes. Call recordings, transcripts and call notes must not be put into any AI tool, and AI must not be used to transcribe, summarise or analyse customer calls."),
("p","11.3","AI meeting assistants, note-takers and recap features must not be used in any LVW meeting. Board and committee meetings must never be recorded or transcribed with AI."),
("p","11.4","Photographs or video of identifiable people must not be uploaded into any AI tool."),
("h","12","Translation and accessibility"),
("p","12.1","Copilot Chat may be used to translate or simplify general information, such as published leaflets and web content, into other languages or easy read. Translated text that will be issued to customers must be checked by a qualified translator or fluent speaker before use."),
("p","12.2","Letters, emails and other correspondence from or to a customer must not be put into any AI tool for translation. Use the contracted translation service."),
("h","13","Legal, public health and professional advice"),
("p","13.1","AI tools must not be relied on for legal advice or for advice on drinking water safety or public health. Legal questions go to Legal Services. Water quality and health questions go to the Water Quality Scientist on duty under the drinking water incident procedure."),
("p","13.2","Copilot Chat may be used to summarise published legislation, regulations or guidance for background understanding, provided the summary is checked against the source and is not presented as advice."),
("h","14","Recruitment and HR"),
("p","14.1","Copilot Chat may be used to draft job adverts, job descriptions and interview questions that contain no personal data."),
("p","14.2","CVs, application forms, interview notes, references and HR case records must not be entered into any AI tool, and AI must not be used to shortlist or assess candidates or employees."),
("h","15","Personal accounts and personal devices"),
("p","15.1","Personal AI accounts and subscriptions must not be used for LVW work, even where the information is already public."),
("p","15.2","AI tools must not be used for LVW work on personal devices. Copilot Chat is available on LVW devices and the LVW virtual desktop only (see 4.3)."),
("h","16","Reporting incidents"),
("p","16.1","If information has been entered into an AI tool in breach of this policy, or AI output may have caused an error, report it straight away and within 24 hours to the Information Governance team at infogov@lowthervalleywater.co.uk or through the IT Service Desk on extension 4400. The Data Protection Officer will decide whether it must be reported to the Information Commissioner's Office."),
("p","16.2","If security-sensitive infrastructure information may have been entered into an AI tool, also report it at once to Cyber Security Operations on 01768 940 222 (24 hours). They will decide whether it is a reportable incident under the NIS Regulations."),
("p","16.3","Do not try to delete or hide what happened before reporting it."),
("h","17","Governance, training and review"),
("p","17.1","The AI Governance Group, chaired by the SIRO, approves AI tools and uses, answers questions this policy does not settle and publishes its rulings on the intranet. Its members include the Data Protection Officer, the Head of IT and Cyber Security, the Head of Customer Services and the Head of Regulation."),
("p","17.2","If this policy does not answer your question, ask your line manager and then the AI Governance Group at ai.governance@lowthervalleywater.co.uk before using AI for the task."),
("p","17.3","All staff must complete the \"Using AI safely at LVW\" e-learning module before using Copilot Chat, and every year after that."),
("p","17.4","This policy is owned by the Head of Information Governance and is reviewed every year by the AI Governance Group, or sooner if law, regulation or technology changes. The next review is due in November 2027."),
("ah","","Appendix A - Contacts"),
("p","A.1","Information Governance team and Data Protection Officer: infogov@lowthervalleywater.co.uk."),
("p","A.2","IT Service Desk (AI tool requests and access): extension 4400."),
("p","A.3","Cyber Security Operations (24 hours): 01768 940 222."),
("p","A.4","AI Governance Group: ai.governance@lowthervalleywater.co.uk."),
]


def build_md():
    out = [f"# {TITLE}", ""]
    for line in FRONT:
        out += [line, ""]
    for kind, num, text in S:
        if kind == "h":
            out += [f"## {num}. {text}", ""]
        elif kind == "ah":
            out += [f"## {text}", ""]
        elif kind == "p":
            out += [f"{num} {text}", ""]
        else:
            out += [f"{num} {text}", ""]
    (HERE / "originals" / f"{STEM}.md").write_text("\n".join(out), encoding="utf-8")


class PDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, "Lowther Valley Water - AI Acceptable Use Policy (IG-POL-014 v1.1) - OFFICIAL", align="R")
            self.ln(8)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, f"Page {self.page_no()}", align="C")


def build_pdf():
    pdf = PDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Lowther Valley Water Ltd")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for line in FRONT:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, num, text in S:
        if kind in ("h", "ah"):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, f"{num}. {text}" if kind == "h" else text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.2, f"{num} {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(0, 5.2, f"{num} {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.output(str(HERE / "knowledge" / f"{STEM}.pdf"))


def clause_ids():
    ids = [num for kind, num, _ in S if kind in ("h", "p")]
    (HERE / "clause_ids.txt").write_text("\n".join(ids) + "\n")


if __name__ == "__main__":
    build_md(); build_pdf(); clause_ids()
