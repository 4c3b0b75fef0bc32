"""Builds the CRSO generative AI policy (HTML intranet page + markdown original),
copies the register and FAQ into knowledge/ and originals/."""
import html, os, shutil, re

OUT = os.path.dirname(os.path.abspath(__file__))
STEM = "canal-standards-genai-policy"
TITLE = "Generative AI Acceptable Use Policy"
META = [
    "Canal and River Standards Office (CRSO)",
    "Version 1.3 – approved by the Executive Committee, 12 November 2026",
    "Policy owner: Chief Information Officer. Next review: November 2027.",
]

# (number, heading, [items]); an item is a string starting with its clause number,
# or a list of lettered sub-items that belong to the clause above.
S = [
("1", "Purpose and scope", [
 "1.1 This policy sets out how staff of the Canal and River Standards Office (CRSO), members of the Board, members of the independent Appeals Panel, contractors, agency workers and secondees may use generative artificial intelligence (AI) tools in their work for CRSO.",
 "1.2 It applies to all CRSO work wherever it is done, on CRSO equipment or any other device, including when working from home.",
 "1.3 This policy covers the use of AI tools only. General IT use, records management, expenses, leave and other HR matters are covered by their own policies and are outside its scope.",
]),
("2", "Roles and responsibilities", [
 "2.1 The Chief Information Officer (CIO) owns this policy and the AI Tools Register (ai-tools-register.csv) and keeps both up to date.",
 "2.2 The Data Protection Officer (DPO) advises on data protection and must be consulted before any new use of personal data with an AI tool. The DPO can be contacted at dpo@crso.gov.uk.",
 "2.3 The AI Governance Group, chaired by the CIO with the DPO, the Head of Investigations and the Head of Statistics as members, decides questions that this policy does not settle. Staff raise such questions in the #ai-governance channel or by email to aigovernance@crso.gov.uk.",
 "2.4 Line managers must make sure that members of their team have completed the mandatory \"Using AI safely\" e-learning before they use any AI tool.",
]),
("3", "Approved tools and the AI Tools Register", [
 "3.1 Staff may use only the AI tools listed on the AI Tools Register, and only for the uses, kinds of information and conditions shown in that tool's entry.",
 "3.2 A tool marked \"restricted\" on the register may be used only by the teams, and only for the purposes, named in its entry.",
 "3.3 A tool marked \"prohibited\" must not be used for any CRSO work, on any device.",
 "3.4 Any AI tool that is not on the register must not be used for CRSO work until both the Chief Information Officer and the Data Protection Officer have approved it. This includes new AI features added to software we already use, browser extensions, plug-ins and mobile apps. Requests are made through the IT Service Desk using the \"New AI tool request\" form.",
 "3.5 Staff must sign in to approved tools with their CRSO account. Personal accounts, free consumer versions and personal subscriptions of any AI tool must not be used for CRSO work, even where the same product is on the register under a CRSO licence.",
 "3.6 CRSO information must not be entered into an AI app or website on a personal device. Staff working on a personal device may use approved tools only through the CRSO remote desktop.",
]),
("4", "Information you may use with AI tools", [
 "4.1 Public information, such as published reports, published statistics, guidance, legislation and material already on the CRSO website, may be used with any approved tool.",
 "4.2 Internal information, such as drafts, internal procedures, project papers and figures that identify nobody, may be used only with tools whose register entry allows \"internal\".",
 "4.3 Personal data must not be entered into any AI tool unless the tool's register entry allows \"personal\" and the use is covered by a data protection impact assessment approved by the DPO. Personal data includes:",
 ["(a) the names, addresses, contact details and circumstances of boaters, complainants, licence holders, applicants and witnesses;",
  "(b) boat names, registration and licence numbers, mooring locations and case references that can be linked to a person;",
  "(c) information about CRSO staff, Board members and Appeals Panel members."],
 "4.4 Special category and criminal offence data, including health information, information about prosecutions, cautions or convictions, and any information about children, must not be entered into any AI tool, except for the Investigations Team's use of CRSO Evidence Assistant under section 7.",
 "4.5 Staff HR information, including absence, health, grievance, disciplinary, performance and pay records, must not be entered into any AI tool.",
 "4.6 Commercially sensitive information, including tender submissions, quotes and the business plans, accounts and financial returns that licensed operators give CRSO in confidence, may be used only with tools whose register entry allows \"internal\", and never with a tool that is restricted to public information.",
 "4.7 Legally privileged advice, information marked OFFICIAL-SENSITIVE and Board papers that have not yet been published must not be entered into any AI tool.",
]),
("5", "Licensing, enforcement and appeal decisions", [
 "5.1 AI tools must not be used to make, recommend or score any decision on the grant, renewal, variation, suspension or revocation of a licence, on enforcement action or sanctions, or on an appeal.",
 "5.2 This includes using AI to assess an applicant's fitness or competence, to rank or triage applications, to draft the reasons for a decision, or to predict the outcome of an appeal.",
 "5.3 Staff may use approved tools for general work that supports these functions without touching any individual case, such as drafting template letters, summarising published legislation or guidance, or preparing training material, using public or internal information only.",
 "5.4 Members of the Appeals Panel must not use any AI tool in connection with an appeal they are hearing, including to summarise or search appeal bundles.",
]),
("6", "Complaints from boaters", [
 "6.1 Complainants' personal data and the content of individual complaints must not be entered into any AI tool.",
 "6.2 Staff may use approved tools to analyse themes across complaints only after the data has been anonymised in line with the CRSO Anonymisation Standard, so that no complainant, boat, navigation authority officer or other person can be identified.",
 "6.3 AI must not be used to decide whether a complaint is upheld or to draft the decision on a complaint.",
 "6.4 Staff may use an approved tool to improve the wording of a general template reply to complainants, provided that no personal details or details of a particular complaint are included. The case officer must check and complete the final letter.",
]),
("7", "Investigations and evidence", [
 "7.1 Investigation evidence, witness statements, interview records and incident reports must not be entered into any AI tool other than CRSO Evidence Assistant.",
 "7.2 CRSO Evidence Assistant is restricted to the Investigations Team. It may be used only to index, search and summarise evidence bundles held in the case management system, and the investigating officer must check every summary against the source material.",
 "7.3 AI must not be used to write or alter a witness statement, to assess a witness's credibility, or to reach findings of fact, cause or blame.",
 "7.4 AI-generated or AI-altered images, audio or video must never be used as evidence. Staff who suspect that material received as evidence has been generated or altered by AI must tell the Head of Investigations.",
]),
("8", "Official statistics", [
 "8.1 CRSO's official statistics are subject to pre-release access rules. Unpublished statistics, including draft tables, figures and commentary, must not be entered into any AI tool other than CRSO Stats Notebook AI.",
 "8.2 CRSO Stats Notebook AI is restricted to the Statistics Team. It may be used for coding, quality assurance and drafting commentary within the secure analytical environment.",
 "8.3 Staff outside the Statistics Team, including staff who are given pre-release access, must not enter pre-release statistics into any AI tool.",
 "8.4 Once published, statistics are public information and may be used with any approved tool.",
]),
("9", "Recording, transcription and meetings", [
 "9.1 Microsoft Teams Premium intelligent recap and transcription may be used in internal CRSO meetings, provided that everyone present is told at the start and any participant may ask for it to be switched off.",
 "9.2 Investigation interviews, including interviews under caution, must not be recorded, transcribed or summarised with AI tools. They are recorded only on the approved interview recording equipment.",
 "9.3 Board meetings and Appeals Panel hearings must not be recorded, transcribed or summarised with AI tools. The Board Secretary and the Panel Clerk keep the official minutes and records.",
 "9.4 AI note-taking assistants that join meetings as a participant, such as Otter.ai and Fireflies.ai, must not be used in any CRSO meeting, including meetings hosted by another organisation.",
]),
("10", "Images, voices and likenesses of real people", [
 "10.1 AI must not be used to create or alter an image, video or audio recording of a real, identifiable person, including colleagues, Board members, boaters and ministers, or to imitate or clone anyone's voice.",
 "10.2 Staff may use approved image tools to create illustrative images that show no real person, for presentations, training and publications, subject to section 12.",
 "10.3 Photographs that show identifiable people, or boat names or registration numbers, must not be uploaded to any AI tool.",
]),
("11", "Recruitment and managing staff", [
 "11.1 AI must not be used to sift, shortlist, score or rank job applicants, or to assess the performance, conduct or attendance of staff.",
 "11.2 Recruiting managers may use approved tools to draft job adverts, role profiles and interview questions from information that identifies nobody.",
]),
("12", "Accuracy, publication and labelling", [
 "12.1 You are responsible for anything you produce with the help of AI. You must check every fact, figure, reference and quotation against its source before you use or share it.",
 "12.2 Any document, web page, image or video published outside CRSO that has been wholly or substantially produced by AI must carry the statement: \"Parts of this content were produced with the help of AI and checked by CRSO staff.\"",
 "12.3 Press releases and public statements may be drafted with approved tools using public information, but must be cleared by the Head of Communications before release. Statements about an open investigation or enforcement case must not be drafted with AI.",
]),
("13", "Other activities", [
 "13.1 Legal advice. AI must not be used to produce legal advice or to interpret legislation for a particular case. Questions of law go to Legal Services. Staff may use approved tools to summarise published legislation for their general understanding.",
 "13.2 Boat safety advice. AI output must not be given to boaters, operators or examiners as technical safety advice, for example on gas, electrical or fuel installations, unless a qualified boat safety inspector has checked it.",
 "13.3 Translation. Approved translation tools may be used for public and internal information. A translation that will be published or sent to a member of the public must be checked by a fluent speaker or by CRSO's contracted translation service. Correspondence that contains personal data must not be translated with AI.",
 "13.4 Software code. Developers in the Digital Team may use GitHub Copilot under the conditions in the register. Prompts must not contain passwords, keys, other secrets or personal data, and all AI-assisted code must be reviewed by another developer before it is merged.",
 "13.5 Automated actions. AI tools and agents must not be set up to send emails or letters, update case records, or take any other action in CRSO systems without a person approving each action.",
 "13.6 Procurement. AI must not be used to evaluate or score tender submissions. Staff may use approved tools to draft specifications and market engagement notices from non-confidential information. Buying any product or service that includes AI must go through the Commercial Team and needs the approval in 3.4.",
]),
("14", "Points not yet decided", [
 "14.1 The AI Governance Group has not yet decided the following questions. Until it does, this policy neither permits nor forbids them, and staff who want to do any of these must refer the question to the AI Governance Group, which will decide each request individually:",
 ["(a) whether AI tools may be used to help draft responses to Freedom of Information and subject access requests;",
  "(b) whether synthetic (AI-generated) voices that do not imitate any real person may be used for narration in public boat safety videos."],
 "14.2 A public-facing AI chatbot on the CRSO website for boaters' questions is being considered as a separate project. No decision has been made, and any proposal must go to the AI Governance Group.",
]),
("15", "Incidents and breaches", [
 "15.1 If personal data or other information has been entered into an AI tool in breach of this policy, you must report it straight away to the Information Governance Team (infogov@crso.gov.uk, extension 4410) and tell your line manager. The DPO decides whether the Information Commissioner's Office must be told.",
 "15.2 Breaches of this policy may lead to action under the CRSO disciplinary procedure.",
]),
("16", "Training and review", [
 "16.1 All staff must complete the \"Using AI safely\" e-learning before using any AI tool, and refresh it every year.",
 "16.2 The CIO reviews this policy and the register at least every 12 months, and sooner if the law or the tools change.",
]),
]
APPX = ("Appendix A – Definitions", [
 "A.1 Generative AI means software that produces text, images, audio, video or code in response to a prompt, such as Microsoft 365 Copilot Chat or ChatGPT.",
 "A.2 Pre-release access means access to official statistics in their final form before publication, granted under the pre-release access rules to named people.",
 "A.3 Anonymised data means data from which no person can be identified by anyone, directly or indirectly, using any means reasonably likely to be used.",
])

def md():
    L = [f"# {TITLE}", ""] + [m + "  " for m in META] + [""]
    for num, head, items in S:
        L += [f"## {num}. {head}", ""]
        for it in items:
            if isinstance(it, list):
                L += it + [""]
            else:
                L += [it, ""]
    L += [f"## {APPX[0]}", ""]
    for it in APPX[1]:
        L += [it, ""]
    return "\n".join(L)

def page():
    e = html.escape
    b = []
    for num, head, items in S:
        slug = re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-")
        b.append(f'<section>\n<h2 id="section-{num}-{slug}">{num}. {e(head)}</h2>')
        for it in items:
            if isinstance(it, list):
                b.append('<ul class="lettered">' + "".join(f"\n  <li>{e(x)}</li>" for x in it) + "\n</ul>")
            else:
                cid = it.split(" ", 1)[0]
                b.append(f'<p id="clause-{cid.replace(".", "-")}">{e(it)}</p>')
        b.append("</section>")
    b.append(f'<section>\n<h2 id="appendix-a-definitions">{e(APPX[0])}</h2>')
    for it in APPX[1]:
        b.append(f'<p id="clause-{it.split(" ",1)[0].replace(".", "-")}">{e(it)}</p>')
    b.append("</section>")
    body = "\n".join(b)
    meta = "".join(f"<p class=\"meta\">{e(m)}</p>\n" for m in META)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(TITLE)} | CRSO Intranet</title>
<style>body{{font-family:Arial,sans-serif;max-width:60em;margin:auto}} ul.lettered{{list-style:none}} .meta{{color:#555}}</style>
</head>
<body>
<header class="site-header">
<nav aria-label="Main menu"><a href="/">The Towpath (CRSO intranet)</a> | <a href="/policies">Policies</a> | <a href="/it">IT and digital</a> | <a href="/people">People</a></nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">Home &gt; Policies &gt; Information and technology &gt; Generative AI</nav>
<main id="main-content">
<h1>{e(TITLE)}</h1>
{meta}{body}
</main>
<footer class="site-footer"><p>Canal and River Standards Office – internal use. Page owner: Chief Information Officer. Last reviewed 12 November 2026.</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    kn, orig = os.path.join(OUT, "knowledge"), os.path.join(OUT, "originals")
    with open(os.path.join(kn, STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(page())
    with open(os.path.join(orig, STEM + ".md"), "w", encoding="utf-8") as f:
        f.write(md())
    for name in ("ai-tools-register.csv", "staff-faq.md"):
        shutil.copy(os.path.join(OUT, "src", name), os.path.join(kn, name))
        shutil.copy(os.path.join(OUT, "src", name), os.path.join(orig, name))
    print("built")
