"""Builds brackenfield-ai-policy.html (knowledge) and its .md original from one source."""
import html, pathlib
HERE = pathlib.Path(__file__).parent
TITLE = "Use of Artificial Intelligence (AI) Tools Policy"
META = [("Document reference", "IG-017"), ("Version", "1.1"), ("Approved by", "Quality and Governance Committee"),
        ("Date approved", "14 October 2026"), ("Policy owner", "Information Governance Lead (Data Protection Officer)"),
        ("Next review", "October 2027")]
S = [
 ("1", "Purpose and scope", "", [
  ("1.1", "This policy sets out how artificial intelligence (AI) tools may and may not be used for Brackenfield Hospice work. It applies to all employees, bank staff, volunteers, trustees, students on placement, and contractors working for the hospice, whether they work on a hospice device or their own device, on site, in patients' homes or remotely.", []),
  ("1.2", "In this policy \"AI tool\" means any generative AI tool or AI feature that produces text, summaries, images, audio, video or suggestions, including chatbots, writing assistants, image generators, AI note-takers and transcription services, and AI features built into other software we use.", []),
  ("1.3", "\"Hospice work\" means anything you do for the hospice, paid or unpaid, including clinical care, hospice at home visits, day therapy, bereavement support, fundraising, retail, education and administration.", []),
 ]),
 ("2", "Roles and responsibilities", "", [
  ("2.1", "The Information Governance Lead (who is also the Data Protection Officer) owns this policy and answers questions about it. Contact: ig@brackenfieldhospice.org.uk or extension 2240.", []),
  ("2.2", "The Caldicott Guardian (the Medical Director) advises on any question about the use of patient information.", []),
  ("2.3", "The Digital Services Manager manages access to Microsoft 365 Copilot Chat and switches AI features in hospice systems on or off.", []),
  ("2.4", "Line managers and volunteer coordinators must make sure the people they manage have read this policy, and the volunteer FAQ where relevant.", []),
 ]),
 ("3", "The approved AI tool", "", [
  ("3.1", "The only AI tool that may be used for hospice work is Microsoft 365 Copilot Chat, used while signed in with your hospice Microsoft 365 account (your @brackenfieldhospice.org.uk account). When you are signed in correctly, a green shield and the word \"Protected\" appear in the chat window.", []),
  ("3.2", "Copilot Chat may be used only with material that identifies no patient, family member, carer, bereaved person, donor, supporter, volunteer or member of staff. Within that limit it may be used for everyday tasks such as drafting general letters and templates, rewording internal procedures, summarising published guidance, planning events and producing ideas.", []),
  ("3.3", "Copilot Chat must not be used through a personal Microsoft account or while signed out, because the protections in 3.1 then do not apply.", []),
  ("3.4", "You may use Copilot Chat on your own device only through a web browser while signed in with your hospice account. Do not save or download hospice material it produces to a personal device.", []),
  ("3.5", "You are responsible for checking everything Copilot Chat produces for accuracy, tone and bias before you use it. AI tools can produce confident but wrong answers.", []),
 ]),
 ("4", "Tools that are not allowed", "", [
  ("4.1", "Every other AI tool is not allowed for hospice work, whatever the information involved. This includes, but is not limited to:", [
    "(a) free or paid public chatbots such as ChatGPT, Google Gemini, Claude, Meta AI, DeepSeek and Perplexity;",
    "(b) any AI tool used with a personal account, including Copilot used with a personal Microsoft account;",
    "(c) the AI features in the fundraising database (DonorPoint), such as \"Smart Ask\" and the AI appeal writer;",
    "(d) any AI features in the clinical record system (SystmOne) or in other clinical systems;",
    "(e) AI note-takers and transcription tools, including Teams meeting recap and transcription, Otter.ai, Fireflies and ambient voice (AI scribe) tools;",
    "(f) AI image, video and voice generators, including the AI features in Canva, Adobe Firefly and Midjourney;",
    "(g) AI browser extensions, phone apps and writing add-ons (for example the generative features of Grammarly)."]),
  ("4.2", "These tools must not be used for hospice work even when the information is already public.", []),
  ("4.3", "If you think another AI tool would help your work, ask the Information Governance Lead. A new tool may be used only after a data protection impact assessment (DPIA) and after the Senior Leadership Team has added it to this policy. Free trials are not exempt.", []),
 ]),
 ("5", "Patient and family information", "", [
  ("5.1", "Do not put any information about a patient, a patient's family member or carer, or a bereaved person into any AI tool, including Copilot Chat. This includes names, NHS numbers, dates of birth, addresses, diagnoses, care plans, referral letters, photographs and notes of conversations.", []),
  ("5.2", "Removing a name does not make information anonymous. Details such as age, diagnosis, date of death, village or family circumstances can identify someone in our local community. If in doubt, treat the material as identifiable.", []),
  ("5.3", "Information about children and young people who use our services, including members of the children's bereavement groups, must never be entered into any AI tool.", []),
  ("5.4", "Entries in the patient record must be written by the member of staff responsible. AI must not be used to write, summarise or code entries in the patient record, or to draft discharge summaries, referral letters or letters to GPs about a patient.", []),
 ]),
 ("6", "Clinical and end-of-life care decisions", "", [
  ("6.1", "AI must not be used to make, recommend or advise on any clinical or end-of-life care decision, including symptom control, medicines and syringe driver doses, prognosis, advance care planning, DNACPR (do not attempt cardiopulmonary resuscitation) decisions, admission and discharge.", []),
  ("6.2", "AI must not be used to decide or advise on any decision about an individual, such as eligibility for a service, priority on a waiting list, or the level of bereavement support offered.", []),
  ("6.3", "Staff may use Copilot Chat to help them understand or summarise published guidance that is not about a particular patient (for example a NICE guideline for a teaching session), provided they check the summary against the original source. Such summaries must not be relied on for a decision about an individual patient.", []),
 ]),
 ("7", "Bereavement and emotional support", "", [
  ("7.1", "AI must not be used to write to or reply to a bereaved person about their own circumstances, or to write condolence or sympathy messages to a named family.", []),
  ("7.2", "Bereavement staff and volunteers may use Copilot Chat to draft general resources that identify nobody, such as a leaflet about grief or a plan for a group session, provided the Bereavement Services Lead reviews the content before it is used.", []),
  ("7.3", "Staff and volunteers must not suggest or give AI chatbots to patients, families or bereaved people as a source of support on behalf of the hospice.", []),
 ]),
 ("8", "Fundraising, donors and legacies", "", [
  ("8.1", "Do not put information about donors, supporters, lottery players, people who have left or pledged a legacy, or their families into any AI tool. This includes names, contact details, giving history, Gift Aid declarations, will details and legacy correspondence.", []),
  ("8.2", "The AI features in DonorPoint must stay switched off and must not be used, even on anonymised or test records.", []),
  ("8.3", "Copilot Chat may be used to draft general fundraising content, such as event descriptions, social media posts and appeal text, that names no real patient, family or supporter, provided the Fundraising Manager checks it before it is used.", []),
  ("8.4", "Patient, family and supporter stories are written by staff from the story the person has consented to share. AI must not be used to write, rewrite or \"improve\" a real person's story or their words.", []),
 ]),
 ("9", "Images, video and voice of real people", "", [
  ("9.1", "AI must not be used to create, edit or alter an image, video or voice recording of a real person, including patients, families, staff, volunteers and supporters. This includes removing or adding people in a photo, changing faces or backgrounds, and creating a likeness of someone.", []),
  ("9.2", "Images for hospice materials must come from the hospice's consented photo library or from licensed stock images. AI-generated images must not be used (see 4.1(f)).", []),
 ]),
 ("10", "Staff, volunteer and HR information", "", [
  ("10.1", "Do not put information about any member of staff, volunteer, trustee or job applicant into any AI tool. This includes supervision notes, sickness absence, grievance and disciplinary matters, DBS checks, appraisals, references and rotas with names.", []),
  ("10.2", "AI must not be used in recruitment or volunteer selection to sift, score, compare or summarise applications, CVs or interviews. Copilot Chat may be used to draft a job advert or role description that names no individual.", []),
 ]),
 ("11", "Meetings, recording and transcription", "", [
  ("11.1", "AI note-taking, transcription and meeting recap features must not be used in any hospice meeting, call or visit, including Teams meetings, multidisciplinary team meetings, handovers, supervision and bereavement sessions.", []),
  ("11.2", "Do not record conversations with patients, families or colleagues on any device in order to have them transcribed or summarised by AI.", []),
 ]),
 ("12", "Other activities", "", [
  ("12.1", "Translation: AI translation must not be used for letters or conversations with patients, families or bereaved people; book the hospice's contracted interpreting and translation service through the Patient Services Office. Copilot Chat may be used for a first draft translation of a general notice or leaflet that identifies nobody, provided a qualified translator checks it before it is used.", []),
  ("12.2", "Legal advice: AI must not be used to give or obtain legal advice, including on wills, legacies, Lasting Powers of Attorney, employment matters or contracts. Contact the Director of Finance and Resources, who instructs the hospice's solicitors.", []),
  ("12.3", "Confidential information: information marked \"Confidential\" or \"Board - Restricted\", supplier tenders and prices, the terms of our NHS contracts with the ICB, and security information (such as door codes and system passwords) must not be entered into any AI tool, including Copilot Chat.", []),
  ("12.4", "Buying software: any software, app or service with AI features must be approved by the Digital Services Manager and the Information Governance Lead before it is bought, renewed or trialled. Copilot Chat may be used to draft a specification that contains no confidential information, but not to assess suppliers' bids.", []),
  ("12.5", "Code and automation: AI must not be used to write code, macros or scripts for hospice systems, and no one may set up AI agents or automated flows that send messages, update records or take actions without a person doing it.", []),
 ]),
 ("13", "Publishing and accuracy", "", [
  ("13.1", "Anything drafted with Copilot Chat that will be published (on the website, social media, in leaflets, press releases or the newsletter) must be reviewed by the Communications Manager before publication.", []),
  ("13.2", "You remain accountable for content produced with AI help. Check facts, figures, names, dates and any health information against a reliable source.", []),
 ]),
 ("14", "Matters under review", "", [
  ("14.1", "The hospice has not yet decided whether published content drafted with AI help must be labelled as such. Until a decision is made, ask the Communications Manager and the Information Governance Lead before publishing; do not assume a label is or is not needed.", []),
  ("14.2", "The Education Team has not yet decided whether, or how, learners on the hospice's external courses (such as the palliative care course for care home staff) may use AI tools in their assessed work. Until a decision is made, tutors should refer such questions to the Head of Education.", []),
 ]),
 ("15", "Reporting incidents and breaches", "", [
  ("15.1", "If you have put information into an AI tool that this policy does not allow (a data slip), or an AI tool has been used in a way this policy does not allow, report it straight away to your line manager or volunteer coordinator and to the Information Governance Lead (ig@brackenfieldhospice.org.uk, extension 2240), and log it on Datix the same day. The hospice may have to report a breach to the Information Commissioner's Office within 72 hours.", []),
  ("15.2", "Breaches of this policy may be dealt with under the Disciplinary Policy for staff or the Volunteer Problem Solving Procedure for volunteers.", []),
 ]),
 ("16", "Review", "", [
  ("16.1", "The Information Governance Lead will review this policy every year, or sooner if the law, NHS guidance or the tools available change.", []),
 ]),
]
APPX = ("Appendix A - Definitions", [
  ("A.1", "Identifiable information: any information from which a person could be recognised, alone or with other details that are known locally, including information about people who have died."),
  ("A.2", "DPIA: data protection impact assessment, the assessment the Information Governance Lead carries out before any new system handling personal data is used."),
  ("A.3", "ICB: the NHS Integrated Care Board that funds part of the hospice's clinical services."),
])

def md():
    out = [f"# {TITLE}", "", "Brackenfield Hospice", ""]
    out += ["| | |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in META] + [""]
    for n, t, intro, cls in S:
        out += [f"## {n}. {t}", ""]
        for cn, txt, items in cls:
            out += [f"{cn} {txt}", ""]
            for it in items:
                out += [it, ""]
    out += [f"## {APPX[0]}", ""]
    for cn, txt in APPX[1]:
        out += [f"{cn} {txt}", ""]
    return "\n".join(out)

def page():
    e = html.escape
    b = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">',
         f'<title>{e(TITLE)} | StaffNet | Brackenfield Hospice</title>',
         '<link rel="stylesheet" href="/assets/staffnet.css"></head><body>',
         '<header class="site-header"><a href="/" class="logo">Brackenfield Hospice StaffNet</a>',
         '<nav><ul><li><a href="/">Home</a></li><li><a href="/policies/">Policies</a></li><li><a href="/people/">People</a></li><li><a href="/it-help/">IT help</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/policies/">Policies</a> &gt; <a href="/policies/information-governance/">Information governance</a></nav>',
         '<main id="content">', f'<h1>{e(TITLE)}</h1>', '<table class="doc-control">']
    b += [f'<tr><th>{e(k)}</th><td>{e(v)}</td></tr>' for k, v in META] + ['</table>']
    b.append('<nav class="toc"><h2 id="contents">Contents</h2><ul>' + "".join(f'<li><a href="#section-{n}">{n}. {e(t)}</a></li>' for n, t, _, _ in S) + '<li><a href="#appendix-a">Appendix A</a></li></ul></nav>')
    for n, t, intro, cls in S:
        b.append(f'<section><h2 id="section-{n}">{n}. {e(t)}</h2>')
        for cn, txt, items in cls:
            b.append(f'<p id="clause-{cn.replace(".", "-")}"><strong>{cn}</strong> {e(txt)}</p>')
            for it in items:
                b.append(f'<p class="sub-item">{e(it)}</p>')
        b.append('</section>')
    b.append(f'<section><h2 id="appendix-a">{e(APPX[0])}</h2>')
    for cn, txt in APPX[1]:
        b.append(f'<p id="clause-{cn.replace(".", "-")}"><strong>{cn}</strong> {e(txt)}</p>')
    b.append('</section></main>')
    b.append('<footer class="site-footer"><p>Brackenfield Hospice is a registered charity. Printed copies of this page are uncontrolled. Page owner: Information Governance. <a href="/accessibility/">Accessibility</a></p></footer></body></html>')
    return "\n".join(b)

(HERE / "knowledge" / "brackenfield-ai-policy.html").write_text(page(), encoding="utf-8")
(HERE / "originals" / "brackenfield-ai-policy.md").write_text(md(), encoding="utf-8")
print("ok")
