"""Build the North Level Fens IDB AI Use Policy as a text PDF (fpdf2) and its .md original."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).parent
STEM = "nlfidb-ai-use-policy"

TITLE = "Artificial Intelligence (AI) Use Policy"
FRONT = [
    "North Level Fens Internal Drainage Board",
    "Document reference: NLF/GOV/014",
    "Version: 1.0 | Adopted by the Board: 14 October 2026 | Next review: October 2027",
    "Policy owner: Clerk to the Board | Contact: clerk@northlevelfens-idb.org.uk",
]

# (kind, id, text): kind 'h' = numbered section heading, 'c' = clause, 'l' = bare lettered line,
# 'ah' = appendix heading (not a clause)
S = []
def h(i, t): S.append(("h", i, t))
def c(i, t): S.append(("c", i, t))
def l(t): S.append(("l", None, t))
def ah(t): S.append(("ah", None, t))

h("1", "Introduction and purpose")
c("1.1", "The North Level Fens Internal Drainage Board (\"the Board\") manages water levels and flood risk across its drainage district. It maintains watercourses and pumping stations, determines applications for land drainage consent, enforces its byelaws, and raises drainage rates and special levies.")
c("1.2", "Artificial intelligence (AI) tools, including generative AI tools that produce text, images or audio, can help the Board's small team work more efficiently. They also bring risks to personal data, to commercially sensitive information, to the accuracy of the Board's decisions and to the safe operation of its assets.")
c("1.3", "This policy sets out how AI tools may be used for Board work. The Board's approach is approval first: an AI tool may only be used once it has been approved, and only for the uses and information for which it has been approved.")

h("2", "Scope")
c("2.1", "This policy applies to all employees of the Board, including office staff, engineers and operatives, to agency and temporary workers, and to Board Members when they carry out Board business.")
c("2.2", "It covers any AI tool used for Board work, whether it is a stand-alone service (such as a chatbot), an AI feature built into software the Board already uses, a browser extension or a mobile app.")
c("2.3", "This policy does not cover the fixed control logic of the Board's pumping station telemetry and control systems, which is governed by the Operations Manual. It does not cover the personal use of AI tools by staff or Board Members outside Board work, provided no Board information is used.")

h("3", "Definitions")
c("3.1", "\"AI tool\" means any software or service that uses artificial intelligence to generate, summarise, translate, transcribe, classify or analyse content, or to take actions, in response to a user's instructions.")
c("3.2", "\"Approved tool\" means an AI tool listed in Appendix A, used in the way Appendix A describes.")
c("3.3", "\"Board account\" means the Microsoft 365 account issued by the Board to an employee or Board Member (an address ending @northlevelfens-idb.org.uk).")
c("3.4", "\"Personal data\" means any information relating to an identifiable living person, including ratepayers, landowners, occupiers, riparian owners, consent applicants, complainants, members of the public, contractors' staff, employees and Board Members. Names, addresses, telephone numbers, email addresses, rating account numbers, land parcel references linked to an owner, and consent or enforcement case references are personal data.")
c("3.5", "\"Special category and criminal offence data\" means information about a person's health, racial or ethnic origin, religion, sexual life or orientation, trade union membership, biometric or genetic data, and information about offences or alleged offences, including suspected breaches of the Board's byelaws and prosecutions.")
c("3.6", "\"Commercially sensitive information\" means tenders, quotations, prices, rates, bids and evaluation information received from contractors and suppliers, and the Board's own budget estimates for a procurement, before the contract has been awarded and the award published.")
c("3.7", "\"Confidential information\" means information that is not published and is not intended for publication, including reports taken in the private part of a Board or committee meeting, legal advice, insurance claims, and security information about pumping stations and other assets (such as access codes, site security arrangements and telemetry network details).")
c("3.8", "\"Safety-critical work\" means the operation, control and maintenance of pumping stations, sluices, weirs and other water level control structures, flood incident response, and any work covered by a permit to work, risk assessment or method statement.")
c("3.9", "\"DPIA\" means a data protection impact assessment carried out under the UK General Data Protection Regulation with the advice of the Data Protection Officer.")

h("4", "Approval of AI tools")
c("4.1", "No AI tool may be used for Board work unless the Clerk has approved it in writing after a DPIA has been completed. This applies even where the tool is free, where it is already installed on a device, or where only public information would be used.")
c("4.2", "The AI tools approved at the date of this policy, the information each may be used with and the uses for which each is approved are listed in Appendix A. An approved tool may only be used within those limits.")
c("4.3", "Any AI tool that is not listed in Appendix A is not approved. This includes, for example, ChatGPT, Google Gemini, Claude, Meta AI, DeepSeek, Grok, Perplexity, AI writing assistants such as Grammarly, AI note-takers and transcription apps such as Otter.ai, and AI image generators such as Midjourney.")
c("4.4", "Staff or Board Members who would like to use an AI tool that is not approved, or to use an approved tool for a purpose or with information not covered by Appendix A, must apply to the Clerk using the procedure in Appendix B. The tool must not be used for Board work, including on a trial basis, until the Clerk's written approval has been given.")
c("4.5", "Where a supplier adds an AI feature to software the Board already uses (for example in the rating system, the finance system or Microsoft 365), that feature is not approved until the Clerk has confirmed it. Staff must not switch on or use such a feature until then, and should tell the Clerk when they notice one.")
c("4.6", "The Clerk keeps the list of approved tools in Appendix A up to date and will tell staff and Board Members when a tool is approved, restricted or withdrawn.")

h("5", "Accounts and devices")
c("5.1", "Approved tools must only be used while signed in with a Board account. Microsoft 365 Copilot Chat must show that enterprise data protection applies (the shield symbol) before any Board information is entered.")
c("5.2", "Personal accounts must not be used for Board work. This includes personal Microsoft accounts, Copilot Pro or other personal subscriptions, and any personal account with an AI tool, whether free or paid.")
c("5.3", "Employees must use approved tools on Board-issued computers, tablets or mobile phones only.")
c("5.4", "Board Members may use Microsoft 365 Copilot Chat on their own devices, signed in with their Board account through a web browser, but only with public information and with Board papers that have already been published. They must not use it on their own devices with any other information.")

h("6", "Information you may use")
c("6.1", "Public information, such as published Board and committee papers, the Board's website, published byelaws and policies, published legislation and guidance, may be used with any approved tool, within the uses listed for that tool in Appendix A.")
c("6.2", "Internal information that identifies no living person, such as draft reports, internal procedures, maintenance programmes and non-personal figures, may be used with Microsoft 365 Copilot Chat signed in with a Board account. It must not be used with any other tool unless Appendix A allows it.")
c("6.3", "Personal data of ratepayers, landowners, occupiers, riparian owners, consent applicants, complainants, members of the public, contractors' staff, employees or Board Members must not be entered into any AI tool, except in FenGIS Assist as Appendix A allows. Remove names, addresses, contact details, rating account numbers and case references before using Copilot Chat, and do not use information that would still identify a person.")
c("6.4", "Special category and criminal offence data must never be entered into any AI tool. This includes details of suspected byelaw breaches, enforcement investigations and prosecutions, and any health information about employees, Board Members or members of the public.")
c("6.5", "Employment information, including recruitment applications, sickness and absence records, disciplinary and grievance matters, appraisals and pay details of named individuals, must never be entered into any AI tool.")
c("6.6", "Information about children, including the names, photographs or details of pupils taking part in school visits to pumping stations or other education activities, must never be entered into any AI tool.")
c("6.7", "Commercially sensitive information must never be entered into any AI tool.")
c("6.8", "Confidential information must never be entered into any AI tool.")
c("6.9", "If you are not sure how information should be classified, treat it as the more sensitive kind and ask your line manager or the Clerk before using it.")

h("7", "Rules for particular activities")
c("7.1", "Approved tools may be used to help draft, summarise, reword or proofread letters, reports, Board papers, newsletters and web content, using only the information the tool is approved for. The person who uses the tool remains responsible for the content and must check it before it is used.")
c("7.2", "AI tools must not be used to make, recommend or score decisions about individual people or properties. This includes decisions on applications for land drainage consent, byelaw enforcement and enforcement notices, prosecutions, drainage rate and special levy assessments, appeals, complaints and requests for payment arrangements.")
c("7.3", "Microsoft 365 Copilot Chat may be used to draft standard letter templates, guidance notes and application forms for the consents, enforcement and rating processes, provided they contain no personal data and a responsible officer approves them before use.")
c("7.4", "AI tools must not be used for safety-critical work. They must not be used to decide or advise on pump start and stop levels, sluice or weir settings, flood incident actions, or the content of permits to work, risk assessments and method statements, and no AI output may be relied on for any of these.")
c("7.5", "AI tools must not be connected to, or used to send commands to, pumping station telemetry, control (SCADA) systems or any other operational system.")
c("7.6", "AI tools must not be used to take actions automatically on the Board's behalf, such as sending emails or letters, issuing notices, making payments or changing records. AI agents and automated workflows are not approved.")
c("7.7", "AI tools must not be used to evaluate, score or compare tenders or quotations, or to draft tender evaluation reports. Microsoft 365 Copilot Chat may be used to help draft specifications and invitations to tender before they are issued, provided they contain no commercially sensitive information and the Finance and Procurement Officer reviews them.")
c("7.8", "AI tools must not be used to shortlist, score or assess job applicants or to write interview questions about a named applicant. Microsoft 365 Copilot Chat may be used to help draft job adverts and job descriptions that contain no personal data.")
c("7.9", "AI tools must not be used to obtain legal advice or to interpret the Land Drainage Act 1991, the Board's byelaws or any agreement in relation to a particular case or dispute. Questions of that kind must be referred to the Clerk, who will seek advice from the Board's solicitors where needed.")
c("7.10", "AI tools must not be used to record, transcribe or summarise meetings or telephone calls. This includes Board and committee meetings, site meetings with landowners, and internal staff meetings. Copilot in Teams meetings, Teams intelligent recap and AI note-taking apps are not approved.")
c("7.11", "Microsoft 365 Copilot Chat may be used to translate public information, such as a notice about watercourse works or a safety message for seasonal farm workers, into another language. The translation must be checked by a fluent speaker or a professional translation service before it is published. Correspondence that contains personal data must not be translated using an AI tool.")
c("7.12", "AI-generated images must not depict real, identifiable people, and must not be presented as photographs of the Board's assets, watercourses or flood events. Microsoft 365 Copilot Chat may be used to create illustrative graphics, such as icons or diagrams, for newsletters and presentations, provided they are labelled as AI-generated.")
c("7.13", "Content published by the Board, including website pages, newsletters, press releases and social media posts, that has been substantially drafted with an AI tool must be reviewed by the Clerk or the Deputy Clerk before publication and must carry the statement \"This content was produced with the help of AI and checked by Board staff\". A report to the Board or a committee that has been substantially drafted with an AI tool must say so in its background section.")
c("7.14", "Microsoft 365 Copilot Chat may be used to help write spreadsheet formulas, macros and simple scripts, provided no personal data, commercially sensitive information or confidential information is entered, and the code is tested on sample data before it is used. Code for the telemetry and control systems or the rating system must not be written with an AI tool.")
c("7.15", "The Board has not yet decided whether Microsoft 365 Copilot Chat may be used to summarise planning applications received from district councils for consultation, which are published but contain applicants' names and addresses. Until the Board decides, staff must refer each such request to the Clerk.")
c("7.16", "The Board has not yet decided whether contractors and consultants engaged by the Board may use their own AI tools when preparing work for the Board, such as survey reports, design calculations and asset condition assessments. Until the Board decides, any such proposal must be referred to the Clerk, who will consider it case by case.")

h("8", "Accuracy, responsibility and records")
c("8.1", "AI tools can produce information that is wrong, out of date or invented. You must check facts, figures, references to legislation and any other factual content produced by an AI tool against a reliable source before you use it.")
c("8.2", "You remain accountable for any work you produce with the help of an AI tool, in the same way as for any other work.")
c("8.3", "Prompts and outputs created for Board work may be held by the Board and may be disclosable under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004. Write prompts in a professional manner.")
c("8.4", "Before using Microsoft 365 Copilot Chat for Board work, employees and Board Members must complete the Board's AI awareness training module and confirm they have read this policy.")

h("9", "Data breaches and reporting concerns")
c("9.1", "If personal data, commercially sensitive information or confidential information has been entered into an AI tool in breach of this policy, or into any tool that is not approved, you must report it immediately, and in any case within 24 hours, to the Data Protection Officer at dpo@northlevelfens-idb.org.uk or on 01354 660 214, and tell your line manager.")
c("9.2", "Do not try to delete the information or the conversation before you have reported it, unless the Data Protection Officer tells you to.")
c("9.3", "Concerns about the use of AI tools by colleagues, contractors or Board Members may be raised with the Clerk, or under the Board's Whistleblowing Policy.")
c("9.4", "A breach of this policy by an employee may be dealt with under the Board's Disciplinary Procedure. A breach by a Board Member may be dealt with under the Members' Code of Conduct.")

h("10", "Roles and responsibilities")
c("10.1", "The Clerk to the Board owns this policy, approves or refuses AI tools, and decides questions about how this policy applies. The Deputy Clerk acts for the Clerk in their absence.")
c("10.2", "The Data Protection Officer, provided under the Fens Drainage Boards shared services agreement, advises on and signs off DPIAs and handles data breach reports.")
c("10.3", "The Operations Manager is responsible for making sure that AI tools are not used in safety-critical work or with operational systems.")
c("10.4", "Line managers must make sure their teams have completed the AI awareness training and understand this policy.")

h("11", "Review")
c("11.1", "This policy will be reviewed by the Clerk every year, or sooner if the law, national guidance or the Board's systems change. Changes will be reported to the Audit and Governance Committee.")

ah("Appendix A - Approved AI tools")
c("A.1", "Microsoft 365 Copilot Chat, used in a web browser, the Edge sidebar or the Microsoft 365 Copilot app while signed in with a Board account, with enterprise data protection shown. Approved for use with public information and internal information that identifies no living person, for:")
l("(a) drafting, summarising, rewording and proofreading documents, letters and web content;")
l("(b) researching published information, such as legislation, national guidance and published reports;")
l("(c) translating public information, as set out in paragraph 7.11;")
l("(d) helping with spreadsheet formulas, macros and simple scripts, as set out in paragraph 7.14;")
l("(e) creating illustrative graphics, as set out in paragraph 7.12.")
c("A.2", "Microsoft 365 Copilot Chat is not approved for use with personal data, special category or criminal offence data, employment information, information about children, commercially sensitive information or confidential information.")
c("A.3", "FenGIS Assist, the AI search and summary feature of the Board's FenGIS mapping system. Approved for employees who have a FenGIS login, to search and summarise the asset, watercourse, maintenance and land parcel records already held in FenGIS, including the names and addresses of landowners and occupiers linked to land parcels, for the Board's drainage, maintenance and rating functions.")
c("A.4", "FenGIS Assist must not be used to make or recommend consent, enforcement or rating decisions (paragraph 7.2), and information from FenGIS must not be copied from it into any other AI tool. Data may not be uploaded into FenGIS for the purpose of using FenGIS Assist.")
c("A.5", "The following are not approved: the paid Microsoft 365 Copilot licence in Word, Excel, Outlook and Teams (the Board does not hold it), Copilot in Teams meetings and intelligent recap, and every tool listed in paragraph 4.3.")

ah("Appendix B - Requesting approval of an AI tool")
c("B.1", "To ask for an AI tool to be approved, or for an approved tool to be used for a new purpose or with other information, complete the AI Tool Request Form on the staff intranet. Say what the tool is, who supplies it, what you want to use it for, what information would be used, and who would use it.")
c("B.2", "Send the completed form to the Clerk at clerk@northlevelfens-idb.org.uk. The Clerk will ask the Data Protection Officer to carry out a DPIA where one is needed.")
c("B.3", "The Clerk aims to give a decision within 20 working days of receiving a complete form. The decision, and any conditions, will be given in writing, and approved tools will be added to Appendix A.")
c("B.4", "The tool must not be used for Board work while the request is being considered.")


def md():
    out = [f"# {TITLE}", ""]
    out += [f"{x}  " for x in FRONT[:-1]] + [FRONT[-1], ""]
    for kind, i, t in S:
        if kind == "h":
            out += [f"## {i}. {t}", ""]
        elif kind == "ah":
            out += [f"## {t}", ""]
        elif kind == "c":
            out += [f"{i} {t}", ""]
        else:
            out += [t, ""]
    return "\n".join(out).rstrip() + "\n"


class PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"North Level Fens IDB - AI Use Policy v1.0 - Page {self.page_no()} of {{nb}}", align="C")


def pdf():
    p = PDF(format="A4")
    p.set_title(TITLE)
    p.set_author("North Level Fens Internal Drainage Board")
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(True, 18)
    p.alias_nb_pages()
    p.add_page()
    p.set_font("Helvetica", "B", 18)
    p.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("Helvetica", "", 10)
    for x in FRONT:
        p.multi_cell(0, 5.5, x, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for kind, i, t in S:
        if kind in ("h", "ah"):
            p.ln(3)
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, f"{i}. {t}" if kind == "h" else t, new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif kind == "c":
            p.set_font("Helvetica", "", 10.5)
            y = p.get_y()
            p.set_font("Helvetica", "B", 10.5)
            p.cell(14, 5.5, i)
            p.set_font("Helvetica", "", 10.5)
            p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
            p.ln(1.5)
        else:
            p.set_x(34)
            p.set_font("Helvetica", "", 10.5)
            p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
            p.ln(0.5)
    p.output(str(OUT / "knowledge" / f"{STEM}.pdf"))


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    (OUT / "originals" / f"{STEM}.md").write_text(md(), encoding="utf-8")
    pdf()
    ids = []
    for kind, i, t in S:
        if kind in ("h", "c"):
            ids.append(i)
    (OUT / "clause_ids.txt").write_text("\n".join(ids) + "\n")
    print(len(ids), "clauses")
