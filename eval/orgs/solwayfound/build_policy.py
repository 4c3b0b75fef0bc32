"""Build the Solway Coast Community Foundation GenAI policy (.docx) and its .md original."""
import shutil
from docx import Document
from docx.shared import Pt

STEM = "scf-generative-ai-policy"
TITLE = "Solway Coast Community Foundation – Generative AI Use Policy"
FRONT = [
    "Version 1.0 – approved by the Board of Trustees, 18 November 2026",
    "Policy owner: Head of Finance and Operations (Data Protection Lead)",
    "Applies to: all staff, trustees, volunteers, panel members and contractors",
]
# (number, heading, [ (para_number, text, [lettered items]) ])
S = [
("1", "Purpose", [
 ("1.1", "This policy sets out how staff and volunteers of Solway Coast Community Foundation (\"the Foundation\") may use generative artificial intelligence (AI) tools in their work for the Foundation.", []),
 ("1.2", "The Foundation wants staff to use generative AI where it saves time and improves our work for the communities of Dumfries and Galloway. Whoever uses an AI tool remains responsible for what they produce with it.", []),
]),
("2", "Scope", [
 ("2.1", "This policy applies to all staff, trustees, volunteers, grant panel members and contractors when they carry out Foundation business, on any device.", []),
 ("2.2", "It covers generative AI tools of every kind, including:", ["chatbots and writing assistants such as ChatGPT, Gemini, Claude and Microsoft Copilot;", "image, audio and video generators;", "transcription and meeting note tools;", "AI features built into other software, such as email, word processing or design packages."]),
 ("2.3", "It does not cover ordinary spelling and grammar checking, or the standard reports produced by our grants management system (GrantBase).", []),
]),
("3", "Definitions", [
 ("3.1", "Foundation-provided AI tool means Microsoft 365 Copilot Chat used while signed in with your Foundation work account (the green shield or \"Protected\" label is shown). No other AI tool is provided by the Foundation.", []),
 ("3.2", "Personal information means any information that identifies a living person, including applicants, donors, beneficiaries, volunteers and staff: for example names, contact details, addresses, grant application reference numbers, bank details and a donor's giving history.", []),
 ("3.3", "Limited personal data means only the following, about people acting for an organisation or in their dealings with the Foundation:", ["the name, role and work contact details of a contact person for a community group, grantee, supplier or partner;", "the name of a donor and the name of the fund they hold with us;", "the content of routine correspondence with those people about grants, funds or events."]),
 ("3.3.1", "Limited personal data never includes home addresses, bank details, dates of birth, identification numbers, anyone's personal financial circumstances, HR records, special category data or children's information.", []),
 ("3.4", "Special category data means information about a person's health or disability, ethnic origin, religion or belief, sexual orientation, political opinions or trade union membership, and information about criminal convictions or allegations and safeguarding concerns.", []),
 ("3.5", "Children's information means any information about a person under 18, including youth bursary applications and the parent or carer details given with them.", []),
 ("3.6", "Internal information means the Foundation's own unpublished information that identifies no person: for example drafts, procedures, budgets, plans and grant criteria before they are published.", []),
 ("3.7", "Confidential information is internal information that would harm the Foundation, donors or partners if disclosed, including unpublished grant decisions and panel papers, donor fund balances and giving intentions, board papers marked confidential, investment information and the commercial terms of contracts and supplier quotations.", []),
 ("3.8", "Public information means information already published by the Foundation or by others, or written to be published.", []),
]),
("4", "Which AI tools may be used", [
 ("4.1", "Staff may use any generative AI tool for Foundation work, including free public tools such as ChatGPT, Gemini and Claude, provided they follow the information rules in section 5 and the activity rules in section 6. No approval is needed to use a free tool.", []),
 ("4.2", "The Foundation provides one AI tool: Microsoft 365 Copilot Chat, signed in with your Foundation work account. It is the only tool that may be used with confidential information or limited personal data.", []),
 ("4.3", "Any tool not provided by the Foundation, including ChatGPT, Gemini, Claude, Grammarly, Otter.ai, Canva's AI features and Copilot used with a personal Microsoft account, may be used only with public information and internal information that is not confidential.", []),
 ("4.4", "Personal accounts and subscriptions do not count as Foundation-provided. Using a tool you pay for yourself, or Copilot with a personal Microsoft account, is using a tool not provided by the Foundation.", []),
 ("4.5", "Copilot Chat may be used on a personal device only through a web browser while signed in with your Foundation work account. Do not download or save AI output containing personal information to a personal device.", []),
 ("4.6", "Staff must not buy, subscribe to or claim expenses for a paid AI tool or a paid AI add-on, including the full Microsoft 365 Copilot licence, without the written approval of the Head of Finance and Operations through the Foundation's procurement procedure.", []),
 ("4.7", "Browser extensions, plug-ins and AI apps that connect to Foundation email, SharePoint or GrantBase must not be installed or connected without approval from our IT provider, Nithsdale IT.", []),
]),
("5", "Information rules", [
 ("5.1", "Before entering or uploading anything into an AI tool, decide what kind of information it is using section 3. If a document mixes kinds, the most sensitive kind decides.", []),
 ("5.2", "Public information may be used in any AI tool.", []),
 ("5.3", "Microsoft 365 Copilot Chat signed in with your work account may be used with internal information, including confidential information, and with limited personal data.", []),
 ("5.4", "No personal information about applicants, donors, beneficiaries, volunteers or staff may be entered into an AI tool that is not provided by the Foundation, not even a name.", []),
 ("5.5", "Special category data and children's information must not be entered into any AI tool, including Copilot Chat.", []),
 ("5.6", "Other personal information that is not limited personal data (for example home addresses, bank details, dates of birth, anyone's financial circumstances, and HR, grievance or disciplinary information about staff or volunteers) must not be entered into any AI tool.", []),
 ("5.7", "Removing a name is not always enough. In small communities a person can often be identified from their circumstances; if they could be, treat the text as personal information.", []),
 ("5.8", "Grant application forms contain bank details, equality monitoring answers and details of beneficiaries, so they must not be uploaded whole into any AI tool. Sections that hold only internal information or limited personal data may be used in Copilot Chat.", []),
]),
("6", "Activity rules", [
 ("6.1", "AI must not be used to score, rank, shortlist, recommend or decide grant applications, youth bursary applications or donor-advised fund grant recommendations. Assessment and decisions are made by staff, panels and trustees.", []),
 ("6.2", "AI may be used for grant round administration that does not assess applicants, such as drafting guidance notes, FAQs, criteria wording and template letters, and summarising published research.", []),
 ("6.3", "Any communication to a donor drafted with AI help (thank-you letters, fund statements, impact reports, appeals) must be checked and approved by a member of staff before it is sent. Donor names and fund details may be used only in Copilot Chat.", []),
 ("6.4", "AI must not be used to create or alter images, video or audio of real beneficiaries, grantees, donors, volunteers or staff, or images that could be mistaken for real people at a real Foundation-funded project. Generic illustrations, icons and backgrounds may be generated and must be labelled under 6.10.", []),
 ("6.5", "AI may be used to draft job descriptions, role profiles and adverts for staff and volunteer roles. It must not be used to screen, score or shortlist candidates, and CVs and application forms must not be entered into any AI tool.", []),
 ("6.6", "AI output must not be relied on as legal, tax (including Gift Aid), charity law or investment advice. Such questions go to the Head of Finance and Operations, who will obtain professional advice.", []),
 ("6.7", "AI recording, transcription and meeting summaries, including Teams transcription with Copilot, may be used only in internal Foundation meetings where everyone has been told beforehand and no-one objects.", ["They must not be used in grant panel meetings, bursary interviews, HR meetings (supervision, absence, grievance or disciplinary), or meetings with applicants, donors or beneficiaries.", "Third-party note takers such as Otter.ai, Fireflies or Read.ai must not be used in any Foundation meeting."]),
 ("6.8", "AI may be used to translate text. Any translation that will be published or sent to applicants, grantees, donors or the public must be checked by a fluent speaker of the language before it is used. Translating personal information follows section 5.", []),
 ("6.9", "You must check AI output for accuracy, including facts, figures, names and references, before you use or share it. AI can produce convincing text that is wrong.", []),
 ("6.10", "Published content that is wholly or mainly generated by AI (images, reports, web or social media content) must carry the label \"Created with the help of AI\". Text that AI has only helped to proofread or edit needs no label.", []),
 ("6.11", "AI may help write spreadsheet formulas, macros and scripts for Foundation work using made-up or non-personal sample data. The person using the code must test it and understand what it does before using it with real data, and it must not be connected to GrantBase without Nithsdale IT's approval.", []),
 ("6.12", "AI agents or automations that send emails, make payments, change records in GrantBase or publish content without a person approving each action must not be used.", []),
 ("6.13", "Volunteers who do not have a Foundation work account may use AI tools for their Foundation volunteering only with public information.", []),
]),
("7", "Matters still being decided", [
 ("7.1", "The Foundation has not yet decided whether AI may be used to prepare summaries of grant applications for panel members, where the summary does not score or recommend. The Grants Committee will decide in 2027. Until then, staff who want to do this must ask the AI Working Group first.", []),
 ("7.2", "The Foundation has not yet decided whether AI may be used for prospect research into potential donors, even using publicly available information about them. Until a decision is made, refer any proposal to the AI Working Group.", []),
]),
("8", "Reporting incidents", [
 ("8.1", "If personal information has been entered into an AI tool against this policy, report it at once, and within 24 hours at the latest, to the Data Protection Lead at dataprotection@solwaycf.org.uk or on 01387 555 210. Do not try to delete or fix it yourself first.", []),
 ("8.2", "If AI-generated content that is wrong, offensive or misleading has been published or sent, tell your line manager and the Communications Manager straight away.", []),
]),
("9", "Roles and contacts", [
 ("9.1", "The policy owner is the Head of Finance and Operations, Fiona Maxwell, who is also the Foundation's Data Protection Lead.", []),
 ("9.2", "The AI Working Group answers questions about tools and uses this policy does not cover, and about the matters in section 7: ai@solwaycf.org.uk.", []),
 ("9.3", "Nithsdale IT (helpdesk 01387 555 300) supports Copilot Chat sign-in and access.", []),
 ("9.4", "Staff should complete the 30-minute \"Using AI safely\" module on the learning hub before using AI tools for Foundation work.", []),
]),
("10", "Breaches of this policy", [
 ("10.1", "Breaches of this policy may be dealt with under the staff disciplinary procedure or the volunteer problem-solving procedure.", []),
]),
("11", "Review", [
 ("11.1", "The Audit and Risk Committee reviews this policy every year. Next review: November 2027.", []),
]),
]

def build_docx(path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(TITLE, style="Title")
    t = d.add_table(rows=len(FRONT), cols=1); t.style = "Table Grid"
    for i, f in enumerate(FRONT):
        t.cell(i, 0).text = f
    for num, head, paras in S:
        d.add_heading(f"{num} {head}", level=1)
        for pn, text, items in paras:
            d.add_paragraph(f"{pn} {text}")
            for j, it in enumerate(items):
                p = d.add_paragraph(f"({'abcdefgh'[j]}) {it}")
                p.paragraph_format.left_indent = Pt(28)
    d.save(path)

def build_md(path):
    out = [f"# {TITLE}", ""]
    for f in FRONT:
        out += [f, ""]
    for num, head, paras in S:
        out += [f"## {num} {head}", ""]
        for pn, text, items in paras:
            out += [f"{pn} {text}", ""]
            for j, it in enumerate(items):
                out += [f"({'abcdefgh'[j]}) {it}", ""]
    open(path, "w").write("\n".join(out))

def clause_ids():
    ids = []
    for num, head, paras in S:
        ids.append(num); ids += [p[0] for p in paras]
    return ids

if __name__ == "__main__":
    build_docx(f"knowledge/{STEM}.docx")
    build_md(f"originals/{STEM}.md")
    ids = [f"{STEM}.docx#{i}" for i in clause_ids()]
    open("clause_ids.txt", "w").write("\n".join(ids) + "\n")
