"""Build Greysteel Police's generative AI policy as an intranet HTML page (knowledge/)
and a same-stem Markdown copy with identical text and numbering (originals/)."""
import html, pathlib

HERE = pathlib.Path(__file__).parent
STEM = "generative-ai-policy"
TITLE = "Generative AI Policy"
META = [
    ("Policy owner", "Senior Information Risk Owner (Deputy Chief Constable)"),
    ("Author", "Head of Digital Services (Force AI Lead)"),
    ("Version", "2.1, approved by the Information Assurance Board on 14 October 2026"),
    ("Protective marking", "OFFICIAL"),
    ("Next review", "April 2027"),
]

TABLE_HEAD = ["Tool", "Status", "Information allowed", "Conditions"]
TABLE = [
    ["Microsoft 365 Copilot Chat (Force Tenancy)", "Approved",
     "Open Material; Corporate Material; People Material limited to colleagues' names, roles and work contact details",
     "Sign in with your force account and check the green shield is shown. Not for Operational Material or anything marked OFFICIAL-SENSITIVE. Web search may be used with Open Material only."],
    ["Microsoft 365 Copilot (licensed, in Word, Outlook, Teams, Excel and PowerPoint)", "Restricted",
     "As Copilot Chat, plus OFFICIAL-SENSITIVE Corporate Material and People Material in the user's own mailbox and files (clause 6.5)",
     "Licence holders only; licences are allocated by Digital Services on a business case. Not for Operational Material. Meeting features are subject to section 11."],
    ["Ask Greysteel (force knowledge assistant)", "Approved",
     "Open Material; Corporate Material",
     "Answers questions on force policies and procedures. Check answers against the source document before relying on them."],
    ["ClearVoice Transcribe (within the Digital Evidence Management System)", "Restricted",
     "Operational Material: body-worn video, interview recordings and other digital evidence held in DEMS",
     "Used only inside DEMS by users who have completed ClearVoice training. A transcript is unverified until checked against the recording (clause 7.5)."],
    ["ContactHub Call Summariser", "Restricted (Authorised Pilot)",
     "Operational Material from 101 non-emergency calls and online reports only",
     "Force Contact Centre pilot users only, until 31 March 2027. Never for 999 calls. The call handler must read and correct every summary before it is saved."],
    ["GitHub Copilot (Digital Services licence)", "Restricted",
     "Corporate Material (source code and configuration)",
     "Digital Services developers only. No live data, credentials or Operational Material in prompts, code or test data."],
    ["Public AI chatbots: ChatGPT, Google Gemini, Claude, Microsoft Copilot (consumer version) and Perplexity", "Restricted",
     "Open Material only",
     "Do not sign in with a force email address. Never for a task involving a case, a person or unpublished force information. No paid or personal subscriptions for force business (clauses 5.6 and 5.8)."],
    ["DeepSeek, Manus and any app named on the national policing blocked-applications notice", "Prohibited",
     "None", "Do not install or use for force business."],
    ["AI meeting assistants and note-takers (for example Otter.ai, Fireflies, Read.ai)", "Prohibited",
     "None", "Must not join, record or transcribe any meeting attended in a force capacity (clause 11.4)."],
    ["AI writing and grammar browser extensions (for example Grammarly, Wordtune)", "Prohibited",
     "None", "Must not be installed on force devices or browsers (clause 5.7)."],
    ["Public face-search and image-matching services (for example PimEyes)", "Prohibited",
     "None", "Never to be used to identify or trace a person (clause 7.11)."],
]

# Each section: (number, title, [ (clause id, text) | ("TABLE", None) ])
S = []
def sec(num, title, *paras):
    S.append((num, title, list(paras)))

sec("1", "Purpose and status",
 ("1.1", "This policy sets out how officers and staff of Greysteel Police may use generative artificial intelligence (AI) in their work. It supports the Code of Ethics and the NPCC Covenant for Using AI in Policing, and sits alongside the Force Information Security Policy."),
 ("1.2", "Generative AI can save time, but it can produce convincing text that is wrong and can move force information outside our control. The force's position is that generative AI may be used only in the ways this policy allows."),
 ("1.3", "This policy is mandatory. A breach may be dealt with under the Police (Conduct) Regulations 2020 or the police staff misconduct procedure."))

sec("2", "Scope",
 ("2.1", "This policy applies to all police officers, police staff, special constables and police support volunteers, and to contractors, agency workers and partner staff who use force systems or handle force information (together, \"users\")."),
 ("2.2", "It applies whenever force information is involved or a user is acting in a force capacity, on any device and whether on or off duty."),
 ("2.3", "It covers generative AI: tools that create text, summaries, transcripts, translations, images, audio, video or computer code in response to a prompt, including generative features built into other software."),
 ("2.4", "It does not cover live or retrospective facial recognition, ANPR or other analytical systems that the force operates under their own authorities. Those are governed by the Biometrics and Surveillance Technology Policy (see also clause 7.11)."))

sec("3", "Definitions",
 ("3.1", "Approved AI Tool means a tool listed in the table at clause 5.3 with the status Approved or Restricted, used within the conditions given there."),
 ("3.2", "Force Tenancy means Greysteel Police's Microsoft 365 environment, reached by signing in with a force (@greysteel.police.uk) account."),
 ("3.3", "Open Material means information published by the force or otherwise lawfully in the public domain, such as press releases, published statistics, legislation and Authorised Professional Practice."),
 ("3.4", "Corporate Material means unpublished information about how the force is run that does not identify any member of the public: for example draft procedures, training products, internal communications, budgets, and performance figures that cannot be linked to an individual. It is usually classified OFFICIAL; some of it, such as draft budgets and estates plans, may be marked OFFICIAL-SENSITIVE."),
 ("3.5", "Operational Material means any information created or obtained for a policing purpose, including crime and incident reports, intelligence, custody records, call recordings and logs, statements, body-worn video, CCTV, stop and search records and case files, and anything derived from them. Operational Material is treated as OFFICIAL-SENSITIVE unless it carries a higher marking, and it remains Operational Material when names or other identifiers have been removed."),
 ("3.6", "People Material means information about identifiable officers, staff, volunteers or applicants, including HR, attendance, occupational health, grievance, vetting and professional standards records."),
 ("3.7", "Protected Person means a victim, a witness, a child under 18 or an adult at risk, in any role."),
 ("3.8", "Authorised Pilot means a time-limited trial of a tool approved by the Information Assurance Board, with named users and an end date."),
 ("3.9", "Synthetic Likeness means an image, video, voice or avatar that is generated or altered by AI so that it resembles a real, identifiable person."),
 ("3.10", "Information Assurance Board (IAB) means the force board, chaired by the Senior Information Risk Owner, that approves new tools, new uses and pilots under this policy."))

sec("4", "Principles",
 ("4.1", "A named person is always accountable for anything produced with AI. AI output is a draft, never a decision."),
 ("4.2", "Users must apply the Government Security Classifications (OFFICIAL, OFFICIAL-SENSITIVE and SECRET). The classification of information does not change because it is put into, or comes out of, an AI tool."),
 ("4.3", "AI must be used in a way that is lawful, proportionate and fair, and that would stand up to scrutiny by a court, the Independent Office for Police Conduct (IOPC) or the public."))

sec("5", "Approved AI tools",
 ("5.1", "Users may use only the tools in the table at clause 5.3, only for the information and under the conditions given in that table."),
 ("5.2", "Any tool or AI feature not in the table must not be used for force business until the Information Assurance Board has approved it. This includes free versions, free trials, mobile apps and tools offered by partner agencies. Requests are made through the AI Use Request form on the Digital Services portal."),
 ("5.3", "Register of AI tools. The table below is the force's register of generative AI tools. It is maintained by the Force AI Lead and changes only after an IAB decision."),
 ("TABLE", None),
 ("5.4", "Where a supplier adds a generative AI feature to software the force already uses (for example an \"AI assist\" or \"summarise\" button in a records, rostering, case-building or document system), the feature is treated as a new tool under clause 5.2. It must not be switched on or used until the IAB has approved it."),
 ("5.5", "Users must not use any AI tool on a personal (non-force) device for force business, except Microsoft 365 Copilot Chat reached through the force-managed Teams or Outlook apps with a force account, which may be used for Open Material and Corporate Material only."),
 ("5.6", "A tool is approved only in the version and account named in the table. Using the same product through a personal account, a personal or paid subscription, or a different build (for example ChatGPT Plus, Copilot Pro or a developer API key) is not an approved use."),
 ("5.7", "Browser extensions, plug-ins and add-ins that use AI to read, rewrite or summarise what is on screen must not be installed on force devices."),
 ("5.8", "Public AI chatbots (the public chatbots row of the table) may be used for Open Material only: for example to explain a general concept or summarise published guidance. Users must not paste in, upload or describe any force information that has not been published."))

sec("6", "What information may be used",
 ("6.1", "Before using an AI tool, users must decide what kind of information the task involves (Open, Corporate, Operational or People Material) and its classification, and check that the table at clause 5.3 allows that information for that tool."),
 ("6.2", "Operational Material must not be entered into, uploaded to or described to any AI tool, except ClearVoice Transcribe and the ContactHub Call Summariser within the limits in the table."),
 ("6.3", "Information classified SECRET or above must never be used with any AI tool."),
 ("6.4", "OFFICIAL-SENSITIVE information must not be used with any tool other than Microsoft 365 Copilot (licensed), ClearVoice Transcribe or the ContactHub Call Summariser, within their limits."),
 ("6.5", "People Material beyond colleagues' names, roles and work contact details may be used only in Microsoft 365 Copilot (licensed), and only by staff whose role already gives them access to it, such as HR business partners working on their own case files. Occupational health, vetting and professional standards records must not be used with any AI tool."),
 ("6.6", "Removing names, collar numbers, dates or addresses does not make Operational Material or People Material safe to use: the combination of details in a policing matter often identifies the people involved. Users must not \"anonymise and paste\"."),
 ("6.7", "Information received from partners (for example the CPS, local authorities, health bodies or other forces) may be used only as the information sharing agreement allows. No current sharing agreement permits its use with AI tools."))

sec("7", "Policing functions",
 ("7.1", "Intelligence. Intelligence reports, intelligence logs, covert human intelligence source (CHIS) material and any material graded under the national intelligence model must not be used with any AI tool. AI must not be used to develop, evaluate or sanitise intelligence."),
 ("7.2", "Custody. Custody records, detained person risk assessments and information about a detainee's health, medication or welfare must not be used with any AI tool. AI output must never inform a custody officer's decisions on detention, charge, bail or risk."),
 ("7.3", "Victims and witnesses. A witness statement must record the witness's account in their own words. AI must not be used to draft, expand, reword or tidy a statement, a victim personal statement or the summary of an achieving best evidence (ABE) interview. Letters to victims under the Victims' Code may be drafted with Copilot Chat as a template only, with case details added by the user afterwards in the records system."),
 ("7.4", "Stop and search. The grounds for a search must be the officer's own and recorded in their own words. AI must not be used to write, suggest or improve the grounds recorded on a stop and search record. Published stop and search data (Open Material) may be analysed with Copilot Chat, for example for community scrutiny panel presentations."),
 ("7.5", "Body-worn video and recorded interviews. Body-worn video and recorded interviews may be transcribed only with ClearVoice Transcribe inside the Digital Evidence Management System. A ClearVoice transcript is an unverified aid until the user has checked it against the whole recording and marked it verified. Footage must never be downloaded to put into another tool."),
 ("7.6", "Disclosure. Prompts, outputs and AI-produced summaries created during an investigation may be relevant material under the Criminal Procedure and Investigations Act 1996 (CPIA). They must be retained and recorded in line with the CPIA Code of Practice, and the disclosure officer must be told that AI was used. See also clause 16.1."),
 ("7.7", "Vetting. Vetting applications, vetting interviews and vetting decisions must not be used with any AI tool, and AI must not be used to research vetting subjects."),
 ("7.8", "Professional standards. Complaints, conduct matters, misconduct investigations and hearing papers, and anything relating to an investigation by the Professional Standards Department or the IOPC, must not be used with any AI tool."),
 ("7.9", "Emergency and non-emergency contact. AI must not be used to grade calls, assess THRIVE risk or decide on deployment for any 999 or 101 contact. The ContactHub Call Summariser may be used only for 101 calls and online reports, as set out in the table; it must not be used on a 999 call, including one that is later downgraded."),
 ("7.10", "Open-source research. Research on social media and other open sources about an identifiable person produces Operational Material and must be carried out only by staff trained to the appropriate open-source level, using force research equipment. Public AI tools must not be used to search for, collate or summarise information about an identifiable person. The use of Approved AI Tools to support authorised open-source work is under review (clause 16.3)."),
 ("7.11", "Identifying people from images. No AI tool may be used to identify, or suggest the identity of, a person from an image or video. Facial recognition searches are requested only through the Biometrics and Surveillance Technology Policy."))

sec("8", "Prohibited uses",
 ("8.1", "Whatever the tool or the information involved, users must not use AI:"),
 ("8.1(a)", "as the sole or main basis of a decision affecting a member of the public, a detainee or a colleague, including charging, bail, risk assessments, safeguarding referrals, deployment, recruitment, promotion and misconduct outcomes;"),
 ("8.1(b)", "to create, alter or enhance any material that is or may become evidence, including sharpening CCTV stills or cleaning up audio;"),
 ("8.1(c)", "to predict whether an individual will offend, reoffend or become a victim;"),
 ("8.1(d)", "to produce content that could be mistaken for a real communication from a person or body who did not write it;"),
 ("8.1(e)", "to generate material that is discriminatory, offensive, sexually explicit or politically partisan;"),
 ("8.1(f)", "to get round force security controls, web filtering or monitoring."),
 ("8.2", "AI must not be used to write pocket notebook entries, duty statements or use of force forms. These must be in the officer's own words."))

sec("9", "Human review",
 ("9.1", "Users must read and check all AI output before using it, and correct it where needed. This includes facts, names, dates, figures, legislation, case law and references."),
 ("9.2", "Content that will be published, sent outside the force, or put before a court, the CPS, the Police and Crime Commissioner or a coroner must be approved by a supervisor or manager who has been told that AI was used."),
 ("9.3", "Users must not rely on AI output as legal advice. Legal questions go to Force Legal Services."))

sec("10", "Transparency and labelling",
 ("10.1", "Content that is published or sent to the public and has been substantially produced by AI (more than spelling, grammar or formatting changes) must carry a statement that AI was used, in the wording provided by Corporate Communications."),
 ("10.2", "Internal drafts, emails and briefing notes do not need a label, but users must say that AI was used if asked, and must record it where clause 7.6 applies."),
 ("10.3", "AI-generated or AI-altered images, audio and video must always be labelled, whether used internally or externally."),
 ("10.4", "Where AI has been used in preparing any document submitted to the CPS or a court, this must be recorded on the case file."))

sec("11", "Recording, transcription and meetings",
 ("11.1", "Teams transcription and Copilot meeting recap may be used in internal meetings at OFFICIAL where the organiser tells attendees at the start and any attendee may ask for them to be switched off."),
 ("11.2", "They must not be used in meetings that discuss Operational Material, People Material about named individuals, or anything at OFFICIAL-SENSITIVE or above. This includes Gold, Silver and tactical meetings, case conferences, MARAC and other multi-agency safeguarding meetings, and HR or misconduct meetings."),
 ("11.3", "Meetings with members of the public, community groups or partner organisations may be transcribed only when every participant has agreed in advance and the meeting deals with no Operational Material."),
 ("11.4", "Third-party AI note-takers and meeting assistants must not be invited to, or allowed to join, any meeting a user hosts or attends in a force capacity. If one joins a meeting hosted by another organisation, the user must raise it with the host and leave if it is not removed before force information is discussed."),
 ("11.5", "Interviews under caution and ABE interviews are recorded and transcribed only on the force's approved interview recording systems and ClearVoice Transcribe."),
 ("11.6", "Users must not record calls or conversations on a personal device in order to transcribe or summarise them with AI."))

sec("12", "Images, voice and likeness",
 ("12.1", "Users may create illustrative images with the image feature of Microsoft 365 Copilot Chat for internal presentations, training and posters, provided the images do not show real people, force insignia or locations linked to an incident, and are labelled under clause 10.3."),
 ("12.2", "A Synthetic Likeness of a real person, including a colleague, must not be created unless that person has given written consent and Corporate Communications has approved the use. A Synthetic Likeness of a suspect, victim, witness or anyone else connected to an investigation must never be created."),
 ("12.3", "AI must not be used to produce or improve facial composites (e-fits), artist's impressions or age-progressed images of any person."),
 ("12.4", "Images for external use, including social media, that show the force crest, uniform or vehicles must be approved by Corporate Communications before AI is used to create or alter them."),
 ("12.5", "AI-generated voices, including cloned voices and synthetic voiceovers, must not be used in any force content."))

sec("13", "Procurement and development",
 ("13.1", "Any purchase, renewal or free offer of software or services that includes generative AI must be referred to Digital Services and approved by the IAB before a contract is signed or a trial begins. A data protection impact assessment (DPIA) is required in every case."),
 ("13.2", "Contract managers must ask suppliers to declare any AI features, planned or existing, and tell Digital Services about them."),
 ("13.3", "Users must not build their own AI tools, agents or automations (for example Copilot Studio agents, AI flows in Power Automate, or scripts that call an AI API) without IAB approval. Copilot Studio agents built by Digital Services and listed on the intranet may be used as part of Copilot Chat."),
 ("13.4", "Tools offered through regional or national collaborations (for example a regional organised crime unit or a national policing programme) are not approved for Greysteel users until the IAB has accepted them."))

sec("14", "Training",
 ("14.1", "All users must complete the Using Generative AI Safely e-learning module before using any Approved AI Tool, and refresh it every year."),
 ("14.2", "Users given a Microsoft 365 Copilot licence, ClearVoice Transcribe access or a place on an Authorised Pilot must also complete the training for that tool."),
 ("14.3", "Supervisors must make sure their teams know this policy."))

sec("15", "Incidents and breaches",
 ("15.1", "If a user puts information into an AI tool that this policy does not allow (for example Operational Material into a public chatbot), they must report it as an information security incident through the Security Incident reporting form as soon as they realise, and within the same tour of duty or working day."),
 ("15.2", "Users must not delete chats or accounts before reporting, as this may remove information the Information Security Team needs."),
 ("15.3", "Users must also report AI output that is seriously wrong, biased or offensive when it has been used, or nearly used, in force business."))

sec("16", "Matters under review",
 ("16.1", "The force has not yet decided whether AI may be used to review material for disclosure, to identify relevant or sensitive material, or to draft disclosure schedules. Until a decision is published, any proposal must go to the IAB and no such use may begin."),
 ("16.2", "The force has not decided whether AI translation may be used when communicating with victims, witnesses, suspects or detainees who do not speak English. Until it does, the contracted interpreting and translation services must be used, and any request for an exception is referred to the IAB case by case."),
 ("16.3", "Whether Approved AI Tools may support authorised open-source research (for example summarising material already captured by a trained researcher) is under review by the IAB with the Digital Investigations Unit. No position has been agreed."),
 ("16.4", "The force has not decided whether AI features that act on a user's behalf, such as agents that send emails, accept meetings or update records without each action being confirmed, may be used. They must not be enabled until the IAB decides."),
 ("16.5", "Requests to use an AI tool that is not in the table as a reasonable adjustment (for example speech-to-text or reading support for a user with dyslexia) are considered individually by the IAB with Occupational Health. There is no general approval."))

sec("17", "Roles and contacts",
 ("17.1", "The Senior Information Risk Owner (the Deputy Chief Constable) owns this policy and chairs the IAB."),
 ("17.2", "The Head of Digital Services is the Force AI Lead, responsible for the register at clause 5.3 and for the AI Use Request process."),
 ("17.3", "The Data Protection Officer advises on DPIAs and personal data, and must be consulted on any request that involves personal data."),
 ("17.4", "The Force Disclosure Champion advises on clauses 7.6 and 16.1."),
 ("17.5", "General questions go to the AI Governance mailbox (ai.governance@greysteel.police.uk). Security incidents go to the Information Security Team through the Security Incident reporting form, or to the Service Desk on extension 4400 out of hours."))

sec("18", "Review",
 ("18.1", "This policy is reviewed every six months, or sooner if the law, national guidance or the tools available change. The Force AI Lead may update the table at clause 5.3 between reviews once the IAB has made a decision."))

def esc(t): return html.escape(t, quote=False)

def build_html():
    o = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
         f'<title>{TITLE} | Greysteel Police Intranet</title>', '</head>', '<body>',
         '<header class="site-header"><a href="/">Greysteel Police Intranet</a>',
         '<nav><ul><li><a href="/policies">Policies</a></li><li><a href="/digital">Digital Services</a></li><li><a href="/people">People</a></li><li><a href="/search">Search</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; Information management</nav>',
         '<main id="content">', f'<h1>{TITLE}</h1>', '<table class="doc-control">']
    for k, v in META:
        o.append(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>')
    o.append('</table>')
    for num, title, paras in S:
        o.append(f'<h2 id="s{num}">{num}. {esc(title)}</h2>')
        for cid, text in paras:
            if cid == "TABLE":
                o.append('<table class="ai-register">')
                o.append('<thead><tr>' + ''.join(f'<th scope="col">{esc(h)}</th>' for h in TABLE_HEAD) + '</tr></thead>')
                o.append('<tbody>')
                for row in TABLE:
                    o.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in row) + '</tr>')
                o.append('</tbody></table>')
            else:
                o.append(f'<p id="c{cid}">{cid} {esc(text)}</p>')
    o += ['</main>', '<footer class="site-footer"><p>Greysteel Police &middot; OFFICIAL &middot; Page owner: Digital Services &middot; <a href="/accessibility">Accessibility</a></p></footer>',
          '</body>', '</html>']
    return "\n".join(o) + "\n"

def build_md():
    o = [f"# {TITLE}", ""]
    for k, v in META:
        o += [f"{k}: {v}", ""]
    for num, title, paras in S:
        o += [f"## {num}. {title}", ""]
        for cid, text in paras:
            if cid == "TABLE":
                o.append("| " + " | ".join(TABLE_HEAD) + " |")
                o.append("|" + "---|" * len(TABLE_HEAD))
                for row in TABLE:
                    o.append("| " + " | ".join(row) + " |")
                o.append("")
            else:
                o += [f"{cid} {text}", ""]
    return "\n".join(o)

def words():
    n = sum(len(t.split()) for _, _, ps in S for c, t in ps if t) + sum(len(t.split()) for _, t, _ in S)
    n += sum(len(c.split()) for r in TABLE for c in r)
    return n

if __name__ == "__main__":
    (HERE / "knowledge" / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    (HERE / "originals" / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    print("words:", words())
    print("clauses:", len([c for _, _, ps in S for c, _ in ps if c != "TABLE"]) + len(S))
