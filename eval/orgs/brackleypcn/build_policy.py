"""Builds the Brackley and District PCN AI policy as an intranet HTML page (knowledge/)
and its same-text Markdown original (originals/). Also copies the quick guide."""
import html, re, shutil, pathlib

OUT = pathlib.Path(__file__).parent
STEM = "brackley-pcn-ai-policy"
TITLE = "Use of Artificial Intelligence (AI) Tools Policy"

META = [
    ("Document owner", "PCN Manager, on behalf of the PCN Clinical Directors"),
    ("Approved by", "PCN Board (Digital and Information Governance Group)"),
    ("Version", "1.3"),
    ("Date approved", "14 October 2026"),
    ("Next review", "October 2027"),
]

# (number, heading, intro, [(clause, text, [lettered items])])
S = [
 ("1", "Purpose and scope", "", [
  ("1.1", "This policy explains which artificial intelligence (AI) tools may be used for Brackley and District Primary Care Network (PCN) work, and the rules that apply when they are used.", []),
  ("1.2", "It applies to everyone working for or on behalf of the PCN, including the PCN Manager, the Clinical Directors, additional roles staff (clinical pharmacists, pharmacy technicians, social prescribing link workers, care coordinators, first contact physiotherapists and paramedics), enhanced access hub staff, locums, students, and staff of the six member practices when they do PCN work.", []),
  ("1.3", "The six member practices are Brackley Market Square Surgery, Hinton Lane Practice, Evenley Road Medical Centre, Croughton and Aynho Surgery, Syresham Surgery and Turweston Road Health Centre.", []),
  ("1.4", "Ordinary spell check, grammar check and predictive text in Outlook, Word or the clinical system are not AI tools for the purposes of this policy.", []),
  ("1.5", "This policy should be read alongside the PCN Information Governance and Confidentiality Policy, the Data Security and Protection Toolkit (DSPT) requirements, the PCN Safeguarding Policy and the member practices' own policies.", []),
 ]),
 ("2", "Definitions", "", [
  ("2.1", "AI tool means any software that generates text, images, audio, video, summaries or suggestions using artificial intelligence, including chatbots, ambient voice (\"scribe\") tools, AI note-takers, image generators and AI features built into other software.", []),
  ("2.2", "Patient-identifiable information means any information from which a patient could be identified, directly or indirectly. This includes names, addresses, postcodes, dates of birth, NHS numbers, telephone numbers, email addresses, photographs, and free-text details (for example an unusual condition, a named care home or a small village) that could identify someone when put together.", []),
  ("2.3", "Special category information includes information about a person's physical or mental health, safeguarding, ethnicity, religion, sexuality and criminal offences. Almost all patient information held by the PCN is special category information.", []),
  ("2.4", "Staff personal information means information about an identifiable member of staff, including sickness absence, occupational health, grievance, disciplinary, capability, performance, appraisal and pay records.", []),
  ("2.5", "Commercially sensitive information means unpublished information about contracts, tenders, supplier quotes, prices, bids, funding negotiations and legal advice.", []),
 ]),
 ("3", "Approved AI tools", "", [
  ("3.1", "Only two AI tools may be used for PCN work: Microsoft 365 Copilot Chat signed in with your NHSmail account, and the Accurx Scribe ambient voice tool in the practices that have switched it on. No other AI tool is allowed.", []),
  ("3.2", "\"No other AI tool\" includes, for example, ChatGPT, Google Gemini, Claude, Perplexity, DeepSeek, Meta AI, Grammarly's generative AI features, AI image generators, AI meeting note-takers (such as Otter, Fireflies or the transcription features of Zoom) and other ambient voice or scribe tools such as Heidi or Tortus. It applies whether the tool is free or paid for, and whether it is used on a PCN, practice or personal device.", []),
  ("3.3", "Copilot Chat is only approved when you are signed in with your NHSmail account and the green shield (\"protected\") symbol is shown. The consumer version of Copilot signed in with a personal Microsoft account, or used without signing in, is not approved.", []),
  ("3.4", "The paid Microsoft 365 Copilot licence (Copilot inside Word, Outlook and Teams, with access to your mailbox and files), Copilot in Teams meetings and Copilot Studio agents are not approved for PCN use.", []),
  ("3.5", "New AI features added to software the PCN already uses (for example AI features in EMIS Web, SystmOne, Docman or in Accurx other than Scribe) count as new AI tools and must not be used until they have been approved under paragraph 3.6.", []),
  ("3.6", "To ask for a new AI tool or feature to be approved, email the PCN Manager with what you want to use it for. The request will be considered by the PCN Digital and Information Governance Group and will need a Data Protection Impact Assessment (DPIA) and, for anything used in patient care, a clinical safety assessment (DCB0160). You must not use the tool until you have written approval.", []),
 ]),
 ("4", "Microsoft 365 Copilot Chat", "", [
  ("4.1", "You may use Copilot Chat for everyday PCN work that does not involve patient-identifiable information, for example drafting emails and letters, writing agendas and minutes templates, summarising published guidance (such as NICE guidance or the Network Contract DES specification), creating training materials, planning rotas from non-personal information and writing spreadsheet formulas.", []),
  ("4.2", "You must not enter patient-identifiable information into Copilot Chat. This includes typing or pasting from the clinical record, uploading letters, discharge summaries or screenshots, and describing a patient in a way that could identify them. Removing the name alone does not make information anonymous.", []),
  ("4.3", "You may use anonymised or aggregated patient information in Copilot Chat only if all of the following apply:", [
   "(a) every identifier listed in paragraph 2.2 has been removed;",
   "(b) no group in the information has fewer than ten patients in it; and",
   "(c) the information is not about safeguarding (see section 7)."]),
  ("4.4", "Internal PCN information that identifies nobody, such as draft procedures, board papers, anonymised activity figures and service plans, may be used in Copilot Chat.", []),
  ("4.5", "Staff names and work contact details may be used in Copilot Chat where they appear in ordinary work documents such as rotas, meeting notes and contact lists. Other staff personal information must not be used (see section 8).", []),
  ("4.6", "You are responsible for anything you produce with Copilot Chat. Check it for accuracy, bias and tone before you use or send it. Copilot Chat can be wrong, out of date or make things up.", []),
 ]),
 ("5", "Accurx Scribe (ambient voice technology)", "", [
  ("5.1", "Accurx Scribe may only be used in practices and services that have switched it on. At the date of this version it is switched on at Brackley Market Square Surgery, Hinton Lane Practice and the enhanced access hub. The current list is kept by the PCN Manager.", []),
  ("5.2", "Accurx Scribe may only be used when all of the following conditions are met:", [
   "(a) it is used only in consultations with patients (face to face, telephone or video), and not for meetings, multidisciplinary team meetings, supervision, interviews or any other conversation;",
   "(b) the patient has agreed to it at the start of the consultation and this is recorded in the notes; if the patient says no, or changes their mind, it must be switched off;",
   "(c) the clinician reads, corrects and approves the note before it is saved to the patient record, and remains responsible for its content;",
   "(d) the patient is aged 16 or over; and",
   "(e) the consultation is not about a safeguarding concern. If a safeguarding concern comes up during a consultation, Scribe must be stopped."]),
  ("5.3", "Only clinicians who have completed the Accurx Scribe training module and been added to the user list by their practice may use Scribe. It must only be used on practice or PCN managed devices.", []),
  ("5.4", "Audio and transcripts must not be downloaded, copied or kept anywhere other than within Accurx and the patient record.", []),
 ]),
 ("6", "Clinical decisions and prescribing", "", [
  ("6.1", "AI tools must not be used to make or suggest a diagnosis, a treatment or a clinical decision about an individual patient. Clinical decisions are made by the responsible clinician.", []),
  ("6.2", "AI tools must not be used to carry out or write up structured medication reviews, to check interactions or doses for a particular patient, to generate prescriptions or to decide on prescribing. Use the BNF, the Specialist Pharmacy Service and the practice's clinical decision support instead.", []),
  ("6.3", "AI tools must not be used to triage, prioritise or sort patient requests, including online consultation requests and care home requests.", []),
  ("6.4", "Copilot Chat may be used to summarise or explain published clinical guidance for your own learning, and to draft general patient information (for example a leaflet about a clinic), provided no patient-identifiable information is used and a clinician checks the clinical content before it is used (see paragraph 9.1).", []),
 ]),
 ("7", "Safeguarding", "", [
  ("7.1", "Information about a safeguarding concern, referral, child protection plan, looked-after child or adult safeguarding enquiry must not be entered into any AI tool, even if it has been anonymised.", []),
  ("7.2", "Information about an identifiable child or young person under 18 must not be entered into Copilot Chat or any other AI tool, except that Accurx Scribe may be used in consultations with patients aged 16 or 17 in line with paragraph 5.2. Accurx Scribe must not be used with patients under 16 (see paragraph 5.2(d)).", []),
 ]),
 ("8", "Staff, HR and recruitment", "", [
  ("8.1", "Staff personal information (see paragraph 2.4) must not be entered into any AI tool. This includes sickness absence, return to work notes, grievances, disciplinary or capability matters, appraisal and supervision notes, and pay.", []),
  ("8.2", "Copilot Chat may be used to draft job descriptions, person specifications, job adverts and interview questions.", []),
  ("8.3", "AI tools must not be used to shortlist, score, rank or compare job applicants, to read or summarise CVs or application forms, or to write feedback about named candidates.", []),
  ("8.4", "AI tools must not be used to make, or recommend, decisions about individual members of staff.", []),
  ("8.5", "Meetings, supervision, appraisals, interviews and training sessions must not be recorded, transcribed or summarised with an AI tool.", []),
 ]),
 ("9", "Communications, images and publication", "", [
  ("9.1", "Anything drafted with Copilot Chat for patients or the public (practice or PCN websites, social media posts, leaflets, posters and the patient participation group (PPG) newsletter) must be checked by a named member of staff before it is published, and any clinical content must also be checked by a clinician.", []),
  ("9.2", "You do not need to label text that was drafted with Copilot Chat and then checked and edited by staff. Any image created with AI that is published must carry the words \"Image created using AI\".", []),
  ("9.3", "You may use Copilot Chat to create illustrative images that do not show real people, such as a poster graphic for a flu clinic, provided they are labelled in line with paragraph 9.2.", []),
  ("9.4", "AI tools must not be used to create, edit or alter images, video or voice recordings of real people, including patients, staff and PPG members, and photographs of patients (including clinical photographs such as wound or skin images) must never be uploaded to any AI tool.", []),
  ("9.5", "Copilot Chat may be used to translate general information that is not about a particular patient, such as opening hours or a clinic poster, provided a fluent speaker checks the translation before it is published where possible. Information for an individual patient's care must be translated through the PCN's contracted interpreting and translation service.", []),
 ]),
 ("10", "Complaints", "", [
  ("10.1", "Complaint letters, emails and the details of a complaint must not be entered into Copilot Chat, because they contain personal and usually health information about the complainant and the patient.", []),
  ("10.2", "Copilot Chat may be used to draft a general template for complaint acknowledgements and responses, or to summarise the published NHS complaints regulations, provided no details of any actual complaint are used.", []),
  ("10.3", "Anonymised complaint themes and numbers, for example for the annual complaints report, may be used in Copilot Chat if they meet paragraph 4.3.", []),
 ]),
 ("11", "Procurement, contracts and confidential business information", "", [
  ("11.1", "Commercially sensitive information (see paragraph 2.5) must not be entered into any AI tool. This includes supplier quotes, tender responses, draft contract terms, prices given in confidence and legal advice received by the PCN.", []),
  ("11.2", "AI tools must not be used to evaluate, score or compare supplier bids or tender responses.", []),
  ("11.3", "Published information, such as a published tender notice, a published service specification or the Network Contract DES, may be used in Copilot Chat.", []),
  ("11.4", "AI tools must not be relied on for legal advice. Contact the PCN Manager, who will seek advice from the Local Medical Committee or the PCN's solicitors.", []),
 ]),
 ("12", "Accounts, devices and automation", "", [
  ("12.1", "You must never use a personal account for any AI tool for PCN work. Copilot Chat must only be used signed in with your NHSmail account.", []),
  ("12.2", "You may use Copilot Chat on your own phone, tablet or computer only through a web browser or the Microsoft 365 app signed in with your NHSmail account, on a device protected by a PIN or password. The rules in this policy about information apply in the same way.", []),
  ("12.3", "AI tools must not be set up to take actions automatically, such as sending messages to patients, booking or cancelling appointments, or changing records, without a person checking each action first.", []),
  ("12.4", "Copilot Chat may be used to help write spreadsheet formulas, simple macros or clinical system search criteria, provided no patient data is entered and the result is tested before it is used. Searches used to call or recall patients must also be checked by the practice data quality lead.", []),
 ]),
 ("13", "Points not yet decided", "The PCN Digital and Information Governance Group has not yet reached a decision on the points below. If your question is about one of them, do not assume the answer either way: ask the PCN Manager, who will refer it to the Group.", [
  ("13.1", "Whether Accurx Scribe may be used on care home ward rounds for a resident who does not have the mental capacity to agree to it, including where a relative or an attorney is present, has not been decided.", []),
  ("13.2", "Whether Accurx Scribe may be used in consultations held through an interpreter, or in a language other than English, is being reviewed by the PCN Clinical Safety Officer and has not been decided.", []),
 ]),
 ("14", "Mistakes, incidents and contacts", "", [
  ("14.1", "If you have entered patient-identifiable information, staff personal information or commercially sensitive information into an AI tool, or used an AI tool that is not approved, tell your line manager and the PCN Information Governance Lead straight away, and record it as an incident on the practice incident log within 24 hours. Do not try to hide or delete it.", []),
  ("14.2", "The PCN Information Governance Lead is Dr Priya Raman (Clinical Director), brackleypcn.ig@nhs.net. The PCN Manager is Tom Ashworth, brackleypcn.manager@nhs.net. The PCN's Data Protection Officer service is provided by the ICB and can be contacted at nnicb.dpo@nhs.net.", []),
  ("14.3", "Breaking this policy may lead to action under the relevant disciplinary policy, and serious data breaches may be reported to the Information Commissioner's Office.", []),
 ]),
 ("15", "Training and review", "", [
  ("15.1", "Everyone must complete the PCN's AI awareness e-learning module before using Copilot Chat for PCN work. It is available on the PCN training hub.", []),
  ("15.2", "This policy is reviewed every year by the PCN Digital and Information Governance Group, or sooner if national guidance changes.", []),
 ]),
]


def cid(n):
    return "c" + re.sub(r"[^0-9a-z]+", "-", n.lower()).strip("-")


def build_html():
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(TITLE)} | Brackley and District PCN Staff Intranet</title>",
             '<link rel="stylesheet" href="/assets/intranet.css">', "</head>", "<body>",
             '<header class="site-header"><a class="logo" href="/">Brackley and District PCN</a>',
             '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/policies/">Policies</a></li>'
             '<li><a href="/training/">Training hub</a></li><li><a href="/contacts/">Contacts</a></li></ul></nav></header>',
             '<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/policies/">Policies</a> &gt; Information governance</nav>',
             "<main id=\"content\">", f"<h1>{e(TITLE)}</h1>",
             '<table class="doc-control"><caption>Document control</caption>']
    for k, v in META:
        parts.append(f"<tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>")
    parts.append("</table>")
    for num, head, intro, clauses in S:
        parts.append(f'<section aria-labelledby="section-{num}">')
        parts.append(f'<h2 id="section-{num}">{num}. {e(head)}</h2>')
        if intro:
            parts.append(f"<p>{e(intro)}</p>")
        for c, text, items in clauses:
            parts.append(f'<p id="{cid(c)}">{c} {e(text)}</p>')
            if items:
                parts.append('<ul class="lettered">')
                for it in items:
                    parts.append(f"<li>{e(it)}</li>")
                parts.append("</ul>")
        parts.append("</section>")
    parts.append("</main>")
    parts.append('<footer class="site-footer"><p>Brackley and District Primary Care Network. '
                 'Printed copies may be out of date: always check the intranet.</p>'
                 '<p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy notice</a></p></footer>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def build_md():
    out = [f"# {TITLE}", ""]
    for k, v in META:
        out.append(f"{k}: {v}  ")
    out.append("")
    for num, head, intro, clauses in S:
        out += [f"## {num}. {head}", ""]
        if intro:
            out += [intro, ""]
        for c, text, items in clauses:
            out += [f"{c} {text}", ""]
            for it in items:
                out += [it, ""]
    return "\n".join(out)


def clause_ids():
    ids = []
    for num, head, intro, clauses in S:
        ids.append((num, head))
        for c, text, items in clauses:
            ids.append((c, text + " " + " ".join(items)))
    return ids


if __name__ == "__main__":
    (OUT / "knowledge").mkdir(exist_ok=True)
    (OUT / "originals").mkdir(exist_ok=True)
    (OUT / "knowledge" / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    (OUT / "originals" / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    shutil.copy(OUT / "ai-quick-guide.txt", OUT / "knowledge" / "ai-quick-guide.txt")
    shutil.copy(OUT / "ai-quick-guide.txt", OUT / "originals" / "ai-quick-guide.txt")
    print("built")
