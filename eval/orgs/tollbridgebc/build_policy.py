"""Build Tollbridge MBC GenAI policy (.docx + originals .md) and the intranet FAQ (.html + .md)."""
import os, re, html
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(OUT, "knowledge"); O = os.path.join(OUT, "originals")
os.makedirs(K, exist_ok=True); os.makedirs(O, exist_ok=True)

TITLE = "Generative Artificial Intelligence Acceptable Use Policy"
META = [
    "Tollbridge Metropolitan Borough Council",
    "Document owner: Head of Information Governance and Data Protection Officer",
    "Approved by: Digital Assurance Board, 14 January 2026",
    "Version: 2.1 | Next review: July 2026 | Classification: OFFICIAL",
]
# (kind, text): h = numbered heading, p = paragraph, b = bullet, sub = unnumbered sub-heading, app = appendix heading
P = [
("h", "1. Introduction and purpose"),
("p", "1.1 Tollbridge Metropolitan Borough Council (\"the Council\") recognises that generative artificial intelligence can help officers draft, summarise and analyse information more quickly. This policy sets out which generative AI tools may be used for Council business, what information may be put into them and the safeguards that apply."),
("p", "1.2 The Council has taken a deliberately cautious approach. Only the tools named in section 5 are authorised. Every other tool is not authorised for Council business, however popular it is elsewhere or however harmless the task appears."),
("p", "1.3 This policy must be read alongside the Information Security Policy, the Data Protection Policy, the Acceptable Use of ICT Policy, the Records Management Policy and the Employee Code of Conduct. It will be reviewed at least every six months."),
("h", "2. Scope"),
("p", "2.1 This policy applies to all employees of the Council, including those on fixed-term and casual contracts, agency workers, apprentices, students on placement and volunteers, and to contractors and consultants who handle Council Information (together, \"users\")."),
("p", "2.2 It applies whenever Council business is carried out, whether on a Council device, on a personal device or from home, and whether the AI is a standalone website or app or a feature built into other software."),
("p", "2.3 Elected Members are covered by this policy when they use Council-provided equipment or accounts for Council business."),
("p", "2.4 This policy does not govern what users do in their private lives where no Council Information is involved and no Council business is done. It does not cover staff employed by maintained schools, who follow the policy adopted by their governing body."),
("h", "3. Definitions"),
("p", "3.1 \"Generative AI\" means software that produces new text, images, audio, video or computer code in response to an instruction or question (a \"prompt\")."),
("p", "3.2 \"Authorised AI Tool\" means a generative AI tool named in section 5, used in the way section 5 describes. No other tool is an Authorised AI Tool."),
("p", "3.3 \"Embedded AI Feature\" means a generative AI capability built into software that the Council or a user already has for another purpose, for example a \"summarise\", \"rewrite\" or \"ask AI\" button in a PDF reader, video-conferencing product, design package, writing assistant, case management system or web browser."),
("p", "3.4 \"Consumer Account\" means any account for an AI tool that the user has set up themselves, whether free or paid for, including an account opened with a Council email address, and includes using any AI tool without signing in."),
("p", "3.5 \"Open Information\" means information the Council has already published or that is written to be published, such as approved committee reports, published policies and strategies, and press releases once released."),
("p", "3.6 \"Internal Information\" means the Council's own unpublished information that does not identify any living person, such as draft strategies, internal procedures, budget working papers and anonymised statistics."),
("p", "3.7 \"Personal Information\" means information relating to an identified or identifiable living individual, including residents, service users, councillors, employees and job applicants. A case or account reference, an address or a combination of details from which someone could work out who a person is counts as Personal Information even where no name is given."),
("p", "3.8 \"Protected Case Information\" means any of the following:"),
("p", "(a) information held in or taken from a children's social care or adult social care record, including assessments, care and support plans, chronologies and case notes;"),
("p", "(b) information about a safeguarding concern, referral or enquiry about a child or an adult at risk;"),
("p", "(c) information about a person's physical or mental health, disability, ethnicity, religion or belief, sex life or sexual orientation, or trade union membership;"),
("p", "(d) information about criminal allegations, offences or convictions, including the results of Disclosure and Barring Service checks;"),
("p", "(e) information about any child known to Council services, such as a child in care, a care leaver or a child with an education, health and care plan."),
("p", "3.9 \"DWP Data\" means information the Council receives from the Department for Work and Pensions, including through Searchlight, the Customer Information System and the Housing Benefit Matching Service."),
("p", "3.10 \"Digital Assurance Board\" (\"the DAB\") means the board, chaired by the Senior Information Risk Owner, that approves any new technology which processes Council Information."),
("p", "3.11 \"Member Enquiry\" means an enquiry made by a councillor to an officer on behalf of a constituent and logged in the Members' Enquiry system."),
("p", "3.12 \"Heightened Sensitivity Period\" means the pre-election period before any local, combined authority mayoral, parliamentary or police and crime commissioner election or referendum, as notified to staff by the Returning Officer."),
("h", "4. Principles"),
("p", "4.1 Users remain accountable for any work they produce with the help of AI."),
("p", "4.2 AI output can be wrong, out of date, biased or simply invented. Users must check facts, figures, legal references and quotations against a reliable source before relying on them."),
("p", "4.3 Nothing that would be improper without AI becomes acceptable because AI is used."),
("h", "5. Authorised AI Tools"),
("p", "5.1 Only two generative AI tools are authorised for Council business: Microsoft 365 Copilot Chat (\"Copilot Chat\"), used while signed in with a Council (@tollbridge.gov.uk) account; and PlanSift, the planning application summarising tool supplied by Northbeam Civic Software and procured for the Development Management service, used as described in section 7."),
("p", "5.2 Any other generative AI tool, app, website, browser extension, plug-in, add-in or Embedded AI Feature is not authorised for Council business and must not be used for it. This includes, but is not limited to, ChatGPT, Google Gemini, Claude, Perplexity, DeepSeek, Grok, Meta AI and the consumer versions of Microsoft Copilot."),
("p", "5.3 A tool used through a Consumer Account is not an Authorised AI Tool. In particular, the Copilot app or website used with a personal Microsoft account, or without signing in, must not be used for Council business."),
("p", "5.4 Copilot Chat can be opened from the Microsoft 365 app, from Microsoft Edge, from the Copilot icon in Teams and Outlook, and from the side pane in Word, Excel and PowerPoint. Each of these is the same Authorised AI Tool, provided the user is signed in with their Council account and the green shield (enterprise data protection) symbol is shown. If the shield is not shown, the user must stop and contact the IT Service Desk."),
("p", "5.5 Features that need a paid Microsoft 365 Copilot licence, such as Copilot drafting inside Word documents, Copilot analysis in Excel and Copilot meeting recaps in Teams, are not part of the Council's Authorised AI Tools, and the Council has not bought these licences for general use. Users must not create, publish or use Copilot agents, including agents built in Copilot Studio, without DAB approval."),
("p", "5.6 Embedded AI Features in other software must be left switched off and unused unless the DAB has approved them. Where a supplier switches on a new AI feature in a system the Council uses, the system owner must tell the Information Governance Team before anyone uses it."),
("p", "5.7 Developers and analysts must not call generative AI models through an application programming interface (API), including Azure OpenAI Service, or build generative AI into Council systems or automated workflows, except as part of a project approved by the DAB."),
("p", "5.8 A user who wants to use any tool not authorised by this section must submit a New Technology Request to the DAB through the IT Service Desk portal and must not begin using it until written approval is given. Free trials and \"pilot\" offers from suppliers are treated in the same way."),
("p", "5.9 Copilot Chat may be used on a personal device only through the Microsoft 365 Copilot or Teams app on a device enrolled in the Council's Bring Your Own Device scheme and signed in with the Council account. It must not be used through a web browser on a personal device that is not enrolled."),
("h", "6. What information may be used with Copilot Chat"),
("p", "6.1 With a Council account, Copilot Chat keeps prompts and files within the Council's Microsoft 365 environment, but its use is still subject to the limits below."),
("p", "6.2 Open Information and Internal Information may be used in Copilot Chat for any legitimate Council purpose, subject to sections 8, 9 and 10."),
("p", "6.3 Personal Information may be used in Copilot Chat only where all of the following apply:"),
("p", "6.3(a) the task cannot reasonably be done with anonymised information;"),
("p", "6.3(b) only the minimum Personal Information needed for the task is included;"),
("p", "6.3(c) the information is not Protected Case Information, DWP Data or information covered by paragraphs 6.6 to 6.9; and"),
("p", "6.3(d) the user checks the output and it is not used, alone, to make a decision about the individual."),
("p", "6.4 Protected Case Information must not be entered into, uploaded to or referred to in Copilot Chat, whether it is typed, pasted, dictated, or contained in an uploaded file or a linked document. This applies in children's social care, adult social care, early help, youth justice and SEND services, and in any other service that holds such information."),
("p", "6.5 DWP Data must not be processed by any generative AI tool, including Copilot Chat. This is a condition of the Council's Memorandum of Understanding with the Department for Work and Pensions."),
("p", "6.6 Records from the revenues and benefits system, including council tax and business rates account details, arrears and recovery history, and housing benefit and council tax reduction claims, must not be entered into Copilot Chat. Revenues and benefits staff may use Copilot Chat with Open Information and Internal Information, for example to draft standard letter templates or to summarise published guidance."),
("p", "6.7 The electoral register (full or open version), absent vote records, and nomination and candidate papers must not be entered into any generative AI tool. Electoral Services staff may use Copilot Chat with Open Information, such as published Electoral Commission guidance."),
("p", "6.8 Information marked OFFICIAL-SENSITIVE, legal advice from Legal Services or counsel, information about a live procurement, commercially confidential information supplied by a third party, and reports containing exempt information under Schedule 12A of the Local Government Act 1972 must not be entered into Copilot Chat."),
("p", "6.9 Housing Options officers may use Copilot Chat to draft general letters and to summarise published legislation and the Homelessness Code of Guidance, but must not enter the circumstances of any person who has approached the Council for housing help."),
("p", "6.10 Copilot Chat must not be used to search for, gather or combine information about an individual, such as a resident, complainant, tenant or member of staff, for example by asking it to find out about a named person online."),
("h", "7. PlanSift (Development Management)"),
("p", "7.1 PlanSift may be used only by officers of the Development Management service (case officers, planning support and the validation team) who have completed the PlanSift training described in paragraph 15.2."),
("p", "7.2 PlanSift may be used to summarise documents submitted with a planning application, to group and summarise representations received from neighbours, consultees and the public on an application, and to draft the summary of representations in a delegated or committee report."),
("p", "7.3 Representations often contain Personal Information and PlanSift is approved to process it. Officers must not add any Personal Information to PlanSift beyond what is already on the application file."),
("p", "7.4 PlanSift must not be used for:"),
("p", "7.4(a) planning enforcement complaints or investigations;"),
("p", "7.4(b) pre-application advice requests where the applicant has asked for confidentiality;"),
("p", "7.4(c) work of any other service, including Building Control, Licensing, Highways and Local Land Charges;"),
("p", "7.4(d) recommending or making a decision on an application."),
("p", "7.5 The case officer must check every PlanSift summary against the original documents before it is used, and no summary may be published on the Planning Public Access website without that check. The officer's report must state that representations were summarised with the help of AI software and checked by the case officer."),
("p", "7.6 Whether PlanSift may be used to summarise responses to Local Plan and other planning policy consultations is under consideration by the DAB. Until it decides, PlanSift must not be used for planning policy consultations and such requests should be referred to the Information Governance Team."),
("h", "8. Prohibited uses"),
("p", "8.1 Whatever tool is used, users must not use generative AI to:"),
("p", "8.1(a) make, or be the only basis for, a decision with a legal or similarly significant effect on a person, including decisions about benefit entitlement, council tax discounts and reductions, homelessness duties and housing register banding, licence applications, planning applications, eligibility for care and support, and employment;"),
("p", "8.1(b) assess, score, rank or shortlist job applicants, tender submissions or grant applications;"),
("p", "8.1(c) impersonate a person or the Council, or leave a member of the public believing they are dealing with a person when they are not;"),
("p", "8.1(d) produce content that is discriminatory, defamatory, harassing or sexually explicit, or otherwise contrary to the Code of Conduct;"),
("p", "8.1(e) get round security controls, web filtering or monitoring, including by switching to a personal device or Consumer Account;"),
("p", "8.1(f) send replies to residents by email, webchat or social media that the user has not read and approved."),
("p", "8.2 Users must not upload to any AI tool material the Council does not have the right to use in that way, such as Ordnance Survey mapping supplied under the Public Sector Geospatial Agreement, subscription datasets or third-party copyright reports, unless the licence allows it."),
("h", "9. Human review and specific services"),
("p", "9.1 All AI-assisted output must be read and checked by the user before it is used, in proportion to how it will be used."),
("p", "9.2 Output that will be published, sent outside the Council, placed on a case file or presented to Members must be checked by the officer responsible for it before it is released, and by their manager where the service's usual sign-off requires it."),
("p", "9.3 Copilot Chat must not be relied on for legal advice or for applying legislation to an individual case. Such questions must go to Legal Services."),
("p", "9.4 Copilot Chat may be used to help draft a reply to a Member Enquiry, provided that no Protected Case Information is entered, paragraph 6.3 is followed for any Personal Information, and the reply is checked and sent by the responsible officer in their own name."),
("p", "9.5 For requests under the Freedom of Information Act 2000, the Environmental Information Regulations 2004 and subject access requests under data protection law, Copilot Chat may be used to draft the covering text of a response and to summarise Open Information. It must not be used to decide whether an exemption or exception applies, to carry out a public interest test, or to locate or redact information in material to be disclosed."),
("p", "9.6 Prompts and responses in Copilot Chat are Council records. They are kept in line with the Retention Schedule and may themselves have to be disclosed in response to an information request."),
("h", "10. Transparency and labelling"),
("p", "10.1 Content that is published or sent to residents, partners or Members and that has been substantially drafted by generative AI must carry the statement: \"Parts of this document were drafted with the help of AI and checked by a Council officer.\" Content is substantially drafted by AI where AI wrote a significant part of the final text."),
("p", "10.2 The statement is not needed for internal working documents, or where AI was used only to check spelling, grammar or tone or to summarise material for the user's own understanding."),
("p", "10.3 Any AI-generated or AI-altered image, audio or video that the Council publishes must be identified as such in its caption, alternative text or credits."),
("h", "11. Recording, transcription and note-taking"),
("p", "11.1 The transcription and live captions built into Microsoft Teams may be used for internal Council meetings, provided all participants are told at the start of the meeting and are able to object. The transcript is a Council record."),
("p", "11.2 A Teams transcript of an internal meeting may be uploaded to Copilot Chat to produce draft notes or actions, subject to section 6. A transcript of a meeting at which Protected Case Information was discussed must not be uploaded."),
("p", "11.3 Third-party AI note-taking and meeting assistant tools, such as Otter, Fireflies, Read.ai, Zoom AI Companion and similar tools that join or listen to meetings, must not be used in Council meetings, and a meeting organiser who finds one present must remove it."),
("p", "11.4 Conversations with residents, service users, families and carers, including home visits, telephone calls, assessments and case conferences, must not be recorded, transcribed or summarised by any AI tool."),
("p", "11.5 The Council is assessing an AI note-taking product for social work practitioners in Children's and Adults' Services, subject to a data protection impact assessment, an equality impact assessment and a decision of the DAB. No such product is authorised in the meantime and no team may run its own trial."),
("p", "11.6 The formal minutes of Council, Cabinet and committee meetings are prepared by Democratic Services and must not be produced with generative AI."),
("h", "12. Images, likeness and voice"),
("p", "12.1 The image generation in Copilot Chat may be used to create illustrative images for internal presentations, intranet pages and training material."),
("p", "12.2 AI-generated images intended for the Council's website, social media, leaflets or other external use must be approved by the Communications and Marketing Team before use and labelled in line with paragraph 10.3."),
("p", "12.3 Users must not use AI to create, alter or animate an image, video or voice that depicts or imitates a real, identifiable person, including staff, councillors, residents and public figures, even with that person's consent. The Council's logo and coat of arms must not be altered with AI."),
("p", "12.4 During a Heightened Sensitivity Period the Council will not publish any AI-generated or AI-altered image, audio or video."),
("p", "12.5 Photographs or video of residents, service users, children or the inside of people's homes must not be uploaded to any AI tool, including Copilot Chat."),
("h", "13. Procurement, contracts and suppliers"),
("p", "13.1 Any purchase, renewal or free trial of software or services that includes generative AI needs DAB approval and a completed data protection impact assessment before a contract is awarded or the trial starts."),
("p", "13.2 Contractors, consultants and partner organisations must not use generative AI on Council Information unless their contract expressly allows it or the DAB has given written approval."),
("h", "14. Matters not yet decided"),
("p", "14.1 The matters in this section are still under consideration. Until a decision is published on the intranet, users must not settle them by their own judgement; proposals and questions must be sent to the Information Governance Team, who will refer them to the DAB."),
("p", "14.2 No decision has yet been made on whether councillors may use Copilot Chat through their Council accounts with constituents' Personal Information for ward casework. The Member Development Steering Group and the Monitoring Officer are considering this."),
("p", "14.3 The Council has not decided whether generative AI may be used to translate letters, leaflets or other communications for residents whose first language is not English. The Equality and Inclusion Team is reviewing the risks with the contracted translation and interpreting service."),
("p", "14.4 Requests to use AI-enabled assistive technology (for example dictation, reading or writing support with generative features) as a reasonable adjustment are considered case by case by Occupational Health and the Information Governance Team. No general approval has been given."),
("h", "15. Training"),
("p", "15.1 Before using Copilot Chat for Council work, users must complete the \"Using AI Safely at Tollbridge\" e-learning module on iLearn, and must refresh it every year."),
("p", "15.2 PlanSift users must also complete the supplier's training, arranged by the Development Management Manager."),
("h", "16. Incidents and breaches"),
("p", "16.1 If Personal Information, Protected Case Information, DWP Data or other confidential information is entered into a tool that is not an Authorised AI Tool, or into Copilot Chat contrary to section 6, the user must report it straight away, and in any case within 24 hours, using the Report an Information Incident form on the intranet. The user must not delete the conversation or the account until the Information Governance Team advises, as it may be needed to assess the incident."),
("p", "16.2 Inaccurate or harmful AI output that has already been sent or published must be reported to the user's line manager and corrected as soon as possible."),
("p", "16.3 Breaches of this policy may be dealt with under the Disciplinary Procedure."),
("h", "17. Roles and contacts"),
("p", "17.1 The Information Governance Team (information.governance@tollbridge.gov.uk) advises on what information may be used, data protection impact assessments and incidents, and receives the questions referred under section 14."),
("p", "17.2 The Digital Assurance Board considers New Technology Requests, which are submitted through the IT Service Desk portal. Its secretariat is digital.assurance@tollbridge.gov.uk."),
("p", "17.3 The IT Service Desk (extension 4400) helps with access to Copilot Chat, signing in and the enterprise data protection shield."),
("p", "17.4 The Communications and Marketing Team approves AI-generated images and content for external publication."),
("p", "17.5 The Development Management Manager is the business owner of PlanSift."),
("p", "17.6 The Senior Information Risk Owner (the Director of Resources) owns this policy."),
]

def build_docx():
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(TITLE, style="Title")
    t = d.add_table(rows=0, cols=1)
    for m in META:
        t.add_row().cells[0].text = m
    for kind, text in P:
        if kind in ("h", "app"):
            d.add_heading(text, level=1)
        elif kind == "sub":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            para = d.add_paragraph(text)
            if text.startswith("("):
                para.paragraph_format.left_indent = Pt(24)
    d.save(os.path.join(K, "genai-acceptable-use-policy.docx"))

def build_md():
    lines = [f"# {TITLE}", ""]
    for m in META:
        lines += [m, ""]
    for kind, text in P:
        if kind in ("h", "app"):
            lines += [f"## {text}", ""]
        elif kind == "sub":
            lines += [f"### {text}", ""]
        elif kind == "b":
            lines += [f"- {text}", ""]
        else:
            lines += [text, ""]
    open(os.path.join(O, "genai-acceptable-use-policy.md"), "w").write("\n".join(lines))

FAQ_TITLE = "Generative AI at Tollbridge: staff questions answered"
FAQ_INTRO = "This page answers the questions staff ask most often about the Generative Artificial Intelligence Acceptable Use Policy. If the page and the policy ever differ, the policy applies. Last updated February 2026 by the Information Governance Team."
FAQ = [
("Can I use ChatGPT if I don't put anything personal into it?",
 ["No. The only AI tools you may use for Council work are Copilot Chat, signed in with your Council account, and PlanSift for Development Management officers. ChatGPT, Gemini, Claude and other public tools are not authorised for Council work, even for tasks that involve only published information, and even if you pay for your own account."]),
("How do I know I am using the right Copilot?",
 ["Open Copilot Chat from the Microsoft 365 app, Edge, Teams or Outlook while signed in with your @tollbridge.gov.uk account and look for the green shield at the top of the chat. If there is no shield, or you are signed in with a personal Microsoft account, you are using the consumer version, which you must not use for Council work. Ring the IT Service Desk on extension 4400 if the shield does not appear."]),
("Can I use Copilot Chat on my own phone?",
 ["Only through the Microsoft 365 Copilot or Teams app on a phone enrolled in the Bring Your Own Device scheme through Company Portal, signed in with your Council account. You cannot use it through the browser on a personal phone or laptop that is not enrolled."]),
("What about Grammarly, Canva, or the AI button in Adobe Acrobat?",
 ["These are AI features built into other products. They stay switched off for Council work unless the Digital Assurance Board has approved them, and none has been approved so far. The ordinary spelling and grammar checker in Word and Outlook is fine."]),
("What counts as Protected Case Information?",
 ["Anything from a social care record for a child or adult, safeguarding information, details of someone's health, disability, ethnicity, religion or sexuality, criminal records and DBS results, and information about any child known to our services, such as children in care and care leavers. It must never go into Copilot Chat. If you are not sure, treat it as protected and ask the Information Governance Team."]),
("Can I use Copilot Chat to help answer a councillor's enquiry?",
 ["Yes, you can use it to help draft a reply to a Member Enquiry, as long as you leave out Protected Case Information, include only the personal details you really need, check the reply and send it yourself in your own name."]),
("Do I have to say I used AI?",
 ["If AI wrote a significant part of something that is published or goes to residents, partners or councillors, add the statement set out in the policy: \"Parts of this document were drafted with the help of AI and checked by a Council officer.\" You do not need it for internal working documents or for spelling and grammar checks. AI images that we publish must always be labelled."]),
("I've put something into an AI tool that I shouldn't have. What now?",
 ["Report it straight away, and within 24 hours at the latest, using the Report an Information Incident form on the intranet. Do not delete the conversation or the account until the Information Governance Team tells you to. Reporting quickly is what matters; nobody will be criticised for owning up."]),
("Who can use PlanSift?",
 ["Development Management case officers, planning support and the validation team, once they have completed the supplier's training. It is for summarising planning application documents and representations. It is not for enforcement, for other services such as Building Control or Licensing, or for deciding applications."]),
("We'd like to try a new AI tool. Who do we ask?",
 ["Submit a New Technology Request through the IT Service Desk portal. The Digital Assurance Board will look at it, and you will usually need a data protection impact assessment. Do not start using the tool, or accept a supplier's free trial, until you have written approval."]),
("Can I use AI to take notes at a home visit or on a call with a resident?",
 ["No. Conversations with residents, service users, families and carers must not be recorded, transcribed or summarised by any AI tool. The Council is assessing a note-taking product for social workers, but nothing has been approved yet and teams must not run their own trials."]),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def build_faq():
    body = []
    for q, ans in FAQ:
        body.append(f'      <h3 id="{slug(q)}">{html.escape(q, quote=False)}</h3>')
        for a in ans:
            body.append(f"      <p>{html.escape(a, quote=False)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Generative AI FAQ | The Bridge - Tollbridge Council intranet</title>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Bridge</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/hr">HR and pay</a></li>
        <li><a href="/it">IT and digital</a></li>
        <li><a href="/policies">Policies</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/it">IT and digital</a> &gt; Generative AI FAQ</nav>
  <main id="content">
    <article>
      <h1>{html.escape(FAQ_TITLE)}</h1>
      <p>{html.escape(FAQ_INTRO, quote=False)}</p>
{chr(10).join(body)}
    </article>
  </main>
  <footer class="site-footer">
    <p>Tollbridge Metropolitan Borough Council. Page owner: Information Governance Team. Report a problem with this page.</p>
  </footer>
</body>
</html>
"""
    open(os.path.join(K, "ai-staff-faq.html"), "w").write(page)
    md = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]
    for q, ans in FAQ:
        md += [f"### {q}", ""]
        for a in ans:
            md += [a, ""]
    open(os.path.join(O, "ai-staff-faq.md"), "w").write("\n".join(md))

if __name__ == "__main__":
    build_docx(); build_md(); build_faq()
    words = sum(len(t.split()) for _, t in P) + len(TITLE.split())
    print("policy words:", words)
    print("faq slugs:"); [print(" ", slug(q)) for q, _ in FAQ]
