"""Build the Carrock Fell MRT AI use policy as a text PDF (fpdf2) and its Markdown original."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "cfmrt-ai-use-policy"
TITLE = "Carrock Fell Mountain Rescue Team - Artificial Intelligence (AI) Use Policy"
FRONT = [
    "Registered charity no. 1187432. Policy reference: CFMRT-POL-017.",
    "Version 1.0, approved by the Trustees on 14 October 2026. Owner: Data Protection Lead. Next review: October 2027.",
    "This policy applies to every member of the team. If you are not sure whether a use of AI is allowed, ask before you use it.",
]

# (kind, number, text). kind: "h" numbered heading, "c" clause, "l" bare lettered line, "ah" appendix heading
DOC = [
    ("h", "1.", "Purpose and scope"),
    ("c", "1.1", "This policy sets out how members of Carrock Fell Mountain Rescue Team (CFMRT, \"the team\") may use artificial intelligence (AI) tools, including generative AI, when doing team business."),
    ("c", "1.2", "It applies to all team members: operational members, probationers, support members, trustees, the Team Doctor, and volunteers helping with fundraising, as well as anyone else using a team account."),
    ("c", "1.3", "Team business includes call-outs and searches, casualty care, incident records, training, fundraising, equipment, vehicle and base management, administration, communications and social media."),
    ("c", "1.4", "This policy does not cover ordinary software features that do not generate content, such as spell-check, the radio system's automatic location reporting or the standard map display in the mapping app. It does not cover other team procedures (kit issue, vehicle driving, expenses, call-out rotas), which are dealt with by the relevant officer."),
    ("h", "2.", "Definitions"),
    ("c", "2.1", "\"AI tool\" means any software that uses AI to generate or transform text, images, audio, video, code or recommendations. This includes chatbots such as ChatGPT, Gemini, Claude and Copilot, image generators, AI transcription and translation services, and AI features built into other apps."),
    ("c", "2.2", "\"Approved tool\" means an AI tool listed in Appendix A, used through the account and within the limits stated there."),
    ("c", "2.3", "\"Casualty information\" means any information about a person the team has searched for, rescued or treated, including casualty report forms, clinical observations, drugs given, photographs, and details of next of kin. Casualty information is health data and is special category personal data."),
    ("c", "2.4", "\"Incident log\" means the record of a call-out held in the team's incident management system, including the police incident reference, grid references, the timeline, radio messages and the names of those involved."),
    ("c", "2.5", "\"Police information\" means information passed to the team by the police or the ambulance service in connection with a call-out or search, including missing person profiles, photographs and police risk assessments."),
    ("c", "2.6", "\"Member information\" means personal information about team members and applicants, including contact details, availability, training and competency records, medical declarations, DBS checks, and any welfare, grievance or disciplinary matter."),
    ("c", "2.7", "\"Donor information\" means personal information about donors, supporters and fundraisers, including names, addresses, email addresses, bank details, Gift Aid declarations and donation history."),
    ("c", "2.8", "\"Team account\" means an account issued by the team on its carrockmrt.org.uk Microsoft 365 tenancy. A \"personal account\" is any other account, including a free or paid personal subscription."),
    ("c", "2.9", "\"DPIA\" means a data protection impact assessment carried out under section 4."),
    ("c", "2.10", "\"Data Protection Lead\" means the trustee appointed by the Trustees to lead on data protection (currently the Team Secretary)."),
    ("h", "3.", "Roles and responsibilities"),
    ("c", "3.1", "The Team Leader and the Data Protection Lead jointly decide whether an AI tool is approved, and keep Appendix A up to date."),
    ("c", "3.2", "The Team Doctor advises on any use of AI that touches casualty care, clinical training or clinical records."),
    ("c", "3.3", "Every member who uses an AI tool is responsible for what they put into it and for checking what comes out of it before it is used."),
    ("c", "3.4", "Questions about this policy go to the Data Protection Lead at dataprotection@carrockmrt.org.uk."),
    ("h", "4.", "Approval of AI tools"),
    ("c", "4.1", "No AI tool may be used for team business unless it has been approved by both the Team Leader and the Data Protection Lead after a DPIA, and is listed in Appendix A."),
    ("c", "4.2", "A tool that is not listed in Appendix A is not approved, even if it is free, widely used or already on your phone. This includes ChatGPT, Google Gemini, Claude, Meta AI, Grammarly's generative features and the AI features in Canva, unless Appendix A says otherwise."),
    ("c", "4.3", "To ask for a tool to be approved, email the Data Protection Lead saying what the tool is, what you want to use it for and what information would go into it. Do not use the tool while the request is being considered."),
    ("c", "4.4", "An approval covers only the uses, account and information listed in Appendix A. Any other use of an approved tool needs a new approval."),
    ("c", "4.5", "Trials and pilots of AI tools count as team business and need approval first."),
    ("h", "5.", "Accounts and devices"),
    ("c", "5.1", "Approved tools must only be used through a team account. Personal accounts must not be used for team business, even for a tool that is approved."),
    ("c", "5.2", "Members may use an approved tool on their own phone, tablet or computer, provided they sign in with their team account and the device is protected by a PIN, password or biometric lock."),
    ("c", "5.3", "Team information must not be copied into an AI tool on a personal account, or into the AI features of personal messaging apps (for example Meta AI in WhatsApp)."),
    ("c", "5.4", "Members' use of AI in their private lives is not covered by this policy, provided no team information is used."),
    ("h", "6.", "Information and AI tools"),
    ("c", "6.1", "Published information, such as the content of our website, annual report, published call-out summaries and public safety advice, may be used with any approved tool."),
    ("c", "6.2", "Internal team information that identifies no person, such as draft training plans, kit lists, vehicle and base maintenance schedules, standard operating procedures, committee papers without personal details and anonymised call-out statistics, may be used with Microsoft 365 Copilot Chat through a team account."),
    ("c", "6.3", "Casualty information must not be entered into any AI tool. This includes casualty report forms, clinical notes, drug records, photographs of casualties and details of next of kin, whether or not names have been removed."),
    ("c", "6.4", "Incident logs and police information must not be entered into any AI tool. This includes the police incident reference, missing person profiles and police risk assessments."),
    ("c", "6.5", "Member information must not be entered into any AI tool. A member's name and team role in an otherwise non-personal document (for example \"Training Officer: A. Member\") is not member information for this purpose."),
    ("c", "6.6", "Donor information must not be entered into any AI tool. Thank-you letters and appeals may be drafted with Copilot Chat as templates, with names and personal details added afterwards outside the AI tool."),
    ("c", "6.7", "Information about anyone under 18, including young casualties and young people on the team's Youth Programme, must not be entered into any AI tool."),
    ("c", "6.8", "Removing names does not make casualty information or an incident log safe to use: a location, a date and an injury can be enough to identify someone. Call-out statistics count as anonymised only when they have been prepared by the Statistics Officer as totals (for example call-outs by month or by type of incident)."),
    ("c", "6.9", "Supplier quotes, draft grant applications, budgets and other unpublished financial or commercial information of the team are internal information under 6.2. Information given to the team in confidence by another organisation, such as a landowner agreement, a partner's contract or confidential guidance from Mountain Rescue England and Wales, must not be entered into any AI tool without that organisation's written agreement."),
    ("c", "6.10", "If you are not sure what kind of information you have, treat it as the more sensitive kind and ask the Data Protection Lead before using it."),
    ("h", "7.", "Call-outs, search and casualty care"),
    ("c", "7.1", "AI must not make, recommend or direct any operational decision. Operational decisions are made by the Team Leader, the Incident Controller, the Team Doctor and casualty carers, following the team's procedures. They include:"),
    ("l", "(a)", "search planning, search area allocation and the deployment of search teams, dogs and drones;"),
    ("l", "(b)", "casualty assessment, treatment and the choice of evacuation route;"),
    ("l", "(c)", "requests for helicopter support (air ambulance or Coastguard helicopter) and for other teams; and"),
    ("l", "(d)", "the decision to stand down or suspend a search."),
    ("c", "7.2", "No AI tool may be used during a live call-out or search. This includes using AI to summarise radio traffic, suggest search areas, work out routes, or draft messages to police or ambulance control. This clause does not settle the drone person-detection question, which is under review (see 13.2)."),
    ("c", "7.3", "AI tools must not be used for clinical advice, diagnosis or drug doses, whether on a call-out, in training or when writing up a casualty report form. Clinical questions go to the Team Doctor or are answered from the team's casualty care guidelines."),
    ("c", "7.4", "After a call-out, incident reports, casualty report forms and debrief notes must be written without AI."),
    ("c", "7.5", "Copilot Chat may be used to create fictional training scenarios and exercise plans, provided they are not based on the details of a real casualty or incident."),
    ("h", "8.", "Images, video, audio and recordings"),
    ("c", "8.1", "Photographs and video of casualties must never be put into an AI tool, including to edit, crop, blur or enhance them."),
    ("c", "8.2", "AI tools must not be used to create or alter images, video or audio of real, identifiable people, including team members, casualties, donors and members of the public, for example to remove someone from a photograph, change a face or create a likeness."),
    ("c", "8.3", "Images that show no real person (for example an illustration for a training poster or a fundraising leaflet) may be created with the image creation feature of Copilot Chat through a team account, and must be labelled under 9.3 if they are published."),
    ("c", "8.4", "Drone footage, helmet-camera footage and radio recordings from call-outs and searches are part of the incident record and must not be put into any AI tool."),
    ("c", "8.5", "AI transcription, recording or note-taking tools (including Otter.ai and the Copilot and transcription features of Teams and Zoom) must not be used for call-out debriefs, welfare conversations or any meeting where casualties, incidents or individual members are discussed."),
    ("h", "9.", "Communications, social media and fundraising"),
    ("c", "9.1", "Members may use Copilot Chat through a team account to draft social media posts, press releases, newsletter articles, website text and fundraising appeals, using only published information or internal information that identifies no person."),
    ("c", "9.2", "A post or press release about a call-out may be drafted with Copilot Chat only from the public call-out summary approved for release by the Team Leader, never from the incident log, casualty information or police information."),
    ("c", "9.3", "Any image, video or audio created or substantially altered by AI that the team publishes must be labelled \"Created with AI\" in the post or caption."),
    ("c", "9.4", "Text drafted with AI must be checked for accuracy by a member and approved by the Press Officer before it is published. It does not need an AI label if a member has checked and edited it."),
    ("c", "9.5", "AI must not be used to reply automatically to messages, comments or enquiries on the team's social media accounts, website or email, or to publish posts without a member approving each one."),
    ("c", "9.6", "AI must not be used to select, profile, score or target donors, or to analyse donor information."),
    ("c", "9.7", "Grant and funding applications may be drafted with Copilot Chat using internal information under 6.2. The member submitting the application must check every fact and figure and follow any rules the funder sets about the use of AI."),
    ("h", "10.", "Members, recruitment and training"),
    ("c", "10.1", "AI must not be used to make or inform decisions about individual members or applicants, including selection of new members, assessments, sign-off of competencies, operational status, discipline and welfare."),
    ("c", "10.2", "Copilot Chat may be used to draft recruitment adverts, role descriptions and information for applicants, using no personal information. It must not be used to read, summarise, score or shortlist applications or to write interview feedback about a named person."),
    ("c", "10.3", "Copilot Chat may be used to prepare training materials, quizzes and presentations. Casualty care training material produced with AI must be checked by the Team Doctor or a casualty care trainer before it is used."),
    ("c", "10.4", "The AI route suggestion in the FellNav mapping app may be used only as Appendix A allows: for planning training exercises, never on a live call-out."),
    ("h", "11.", "Other uses"),
    ("c", "11.1", "AI must not be used to obtain legal advice, or to write or draft witness statements for the police, statements for a coroner, responses to complaints or insurance claims. These must be written by the member concerned, with advice from the Team Leader or the team's solicitor where needed."),
    ("c", "11.2", "Copilot Chat may be used to compare published product information (for example the specifications of stretchers, radios or vehicles) and to draft equipment specifications. Purchasing decisions are made by the Equipment Officer and the Treasurer, not by AI."),
    ("c", "11.3", "Copilot Chat may be used to translate published or non-personal material, such as public safety messages. A translation must be checked by someone who speaks the language before it is published. AI must not be used to translate for a casualty or during a call-out."),
    ("c", "11.4", "Copilot Chat may be used to help write spreadsheet formulas, macros and website code, provided no personal information or passwords are included and the code is tested before it is used on team systems."),
    ("c", "11.5", "AI agents and automations that act on team systems (for example sending emails, changing records in the incident management system or the membership database, or making payments) without a member approving each action must not be used."),
    ("c", "11.6", "AI output can be wrong, out of date or made up. Members must check the facts, figures, names and references in anything produced with AI before they rely on it or share it."),
    ("h", "12.", "Reporting problems"),
    ("c", "12.1", "If personal information has been put into an AI tool in breach of this policy, or you think it may have been, report it to the Data Protection Lead straight away by email to dataprotection@carrockmrt.org.uk or by phone on 017687 40219, and in any case within 24 hours. Do not try to fix it yourself first."),
    ("c", "12.2", "If the information came from the police or the ambulance service, the Team Leader will tell the police liaison officer, and the Data Protection Lead will decide whether the incident must be reported to the Information Commissioner's Office."),
    ("c", "12.3", "Breaches of this policy may be dealt with under the team's Code of Conduct."),
    ("h", "13.", "Matters under review"),
    ("c", "13.1", "The Trustees have not yet decided whether Copilot meeting summaries or Teams transcription may be used for committee and trustee meetings where no casualty, incident or individual member is discussed. Until a decision is published, each request must be referred to the Team Leader and the Data Protection Lead."),
    ("c", "13.2", "The team is discussing with Cumbria Police whether the AI-assisted person detection in the team drone's thermal camera software may be used during searches or training. No decision has been made, and each proposed use must be referred to the Team Leader and the Data Protection Lead."),
    ("h", "14.", "Review"),
    ("c", "14.1", "This policy will be reviewed every year by the Data Protection Lead, or sooner if the law, Mountain Rescue England and Wales guidance or our agreements with the police change."),
    ("ah", "", "Appendix A - Approved AI tools"),
    ("c", "A.1", "Microsoft 365 Copilot Chat, through a team account only (signed in with your carrockmrt.org.uk account, showing the enterprise data protection shield). Approved for published information and internal information that identifies no person (6.1 and 6.2), including image creation for pictures that show no real person (8.3). Not approved for casualty, incident, police, member, donor or children's information."),
    ("c", "A.2", "FellNav mapping app, AI route suggestion feature, through the team's FellNav licence. Approved only for planning training exercises on team ground. It must never be used on a live call-out or search, or to plan a route for a real casualty. The standard FellNav map and location features are not AI tools under this policy."),
    ("c", "A.3", "No other AI tool is approved. The following have been considered and are not approved for team business: ChatGPT (all versions, including paid plans), Google Gemini, Otter.ai, Meta AI and the Copilot app on a personal Microsoft account."),
]


def build_md():
    lines = ["# " + TITLE, ""]
    for f in FRONT:
        lines += [f, ""]
    for kind, num, text in DOC:
        if kind == "h":
            lines += ["## " + num + " " + text, ""]
        elif kind == "ah":
            lines += ["## " + text, ""]
        elif kind == "c":
            lines += [num + " " + text, ""]
        elif kind == "l":
            lines += [num + " " + text, ""]
    with open(os.path.join(HERE, "originals", STEM + ".md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DejaVu", "", fd + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", fd + "DejaVuSans-Bold.ttf")
    pdf.set_title(TITLE)
    pdf.set_author("Carrock Fell Mountain Rescue Team")
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(w, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    for f in FRONT:
        pdf.multi_cell(w, 5.5, f, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    for kind, num, text in DOC:
        if kind in ("h", "ah"):
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(w, 7, (num + " " + text) if num else text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("DejaVu", "", 10)
        elif kind == "c":
            pdf.multi_cell(w, 5.5, num + " " + text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "l":
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(w - 8, 5.5, num + " " + text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.output(os.path.join(HERE, "knowledge", STEM + ".pdf"))


def clause_ids():
    ids = []
    for kind, num, _ in DOC:
        if kind in ("h", "c"):
            ids.append(num.rstrip("."))
    with open(os.path.join(HERE, "clause_ids.txt"), "w") as fh:
        fh.write("\n".join(STEM + ".pdf#" + i for i in ids) + "\n")


if __name__ == "__main__":
    build_md()
    build_pdf()
    clause_ids()
    print("ok")
