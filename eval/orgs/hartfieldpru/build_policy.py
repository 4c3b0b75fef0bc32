"""Builds the Hartfield PRU GenAI policy intranet page (.html) and its .md original."""
import html, os, shutil
OUT = os.path.dirname(os.path.abspath(__file__))
TITLE = "Use of Generative AI Policy for Staff"
PRE = [
 "Hartfield Pupil Referral Unit (a Hartfield County Council maintained PRU)",
 "Version 1.1, approved by the Management Committee on 14 October 2026. Next review: September 2027. Policy owner: Headteacher.",
]
S = [
("1", "Purpose and scope", None, [
 ("1.1", "This policy sets out how staff at Hartfield Pupil Referral Unit may and may not use generative artificial intelligence (AI) tools in their work. Generative AI tools produce text, images, audio or other content in response to a prompt."),
 ("1.2", "It applies to everyone who does work for the PRU: teachers, teaching assistants, the SENCo, the designated safeguarding lead (DSL) and deputies, the family liaison officer, office and site staff, supply staff, volunteers, members of the management committee, and staff of alternative provision (AP) partners when they handle Hartfield pupils' information."),
 ("1.3", "It applies on any device, in school, at home or at an AP site. It should be read with the PRU's Data Protection Policy, Child Protection and Safeguarding Policy, Online Safety Policy and Staff Code of Conduct."),
]),
("2", "Which AI tools may be used", None, [
 ("2.1", "Only two AI tools may be used for PRU work: (a) Microsoft 365 Copilot Chat, signed in with your Hartfield County Council (LA) account; and (b) PlanWell, the curriculum planning assistant provided by the LA for lesson planning."),
 ("2.2", "Copilot Chat may be used for general work that involves no personal information about pupils, parents, carers or staff, for example drafting general letters, newsletters and templates, summarising published guidance, planning events, and writing internal documents and procedures. You must be signed in with your LA account (the green shield is shown). Copilot Chat must not be used with a personal Microsoft account."),
 ("2.3", "PlanWell may be used for lesson planning only: lesson plans, schemes of work, teaching resources, quizzes and general ideas for adapting lessons. It must not be used for any other purpose, and you must not enter pupils' names or any information about an individual pupil into it."),
 ("2.4", "Every other AI tool is not allowed for PRU work. This includes free or paid chatbots such as ChatGPT, Gemini, Claude, DeepSeek, Meta AI and Snapchat My AI; Copilot used with a personal account; AI marking and feedback tools; AI detection tools; image, video and voice generators; and AI note-takers and transcription tools such as Otter, Fireflies or meeting 'recap' features."),
 ("2.5", "AI features built into other software (for example in Canva, Grammarly, the MIS, CPOMS or a browser) count as AI tools and must not be used for PRU work unless the tool is listed in 2.1."),
 ("2.6", "You must not use a personal account for PRU work with any AI tool, including a personal ChatGPT or Microsoft account. On a personal device you may use Copilot Chat only through the LA's Microsoft 365 web portal, signed in with your LA account, and you must not save or download PRU work to the device."),
 ("2.7", "To ask for another AI tool to be approved, complete the AI tool request form and send it to the Headteacher, who will consult the LA Schools Digital team and the LA Schools Data Protection Officer (DPO). A tool must not be used until approval is confirmed in writing. A tool being free, widely used or used by other schools does not make it approved."),
]),
("3", "Information and AI tools", None, [
 ("3.1", "You must not enter personal information about pupils, parents, carers or staff into any AI tool, including Copilot Chat and PlanWell. This includes names, initials with other details, dates of birth, addresses, phone numbers, email addresses, unique pupil numbers (UPNs), photographs and any description that would let someone work out who the person is."),
 ("3.2", "Special category and sensitive information about pupils must never be entered into any AI tool, even if you have removed names. This includes SEND information and support plans, Education, Health and Care Plans (EHCPs), health and medical information, behaviour logs, exclusion and suspension records, safeguarding and child protection records (including CPOMS entries), social care information and youth justice information."),
 ("3.3", "Staff HR information (sickness absence, performance management, capability, grievance, disciplinary matters and references) must never be entered into any AI tool."),
 ("3.4", "Confidential PRU information that identifies no one, such as unpublished budgets, draft commissioning arrangements with AP partners and draft management committee papers, may be used in Copilot Chat signed in with your LA account, but in no other AI tool."),
 ("3.5", "Published information and general information that identifies no one (for example published DfE guidance, the PRU's published policies, the curriculum, and term dates) may be used in Copilot Chat."),
 ("3.6", "You may use clearly invented examples in Copilot Chat, for example a fictional scenario for staff training. An invented example must not be a real pupil or family with the details changed."),
]),
("4", "Using AI in your work", None, [
 ("4.1", "AI must not be used to make, recommend or inform decisions about individual pupils. This includes admissions and placements, reintegration to mainstream school, exclusions and suspensions, behaviour sanctions, SEND provision, safeguarding referrals and risk assessments. These decisions are made by people, following the PRU's procedures."),
 ("4.2", "AI must not be used to write or draft reports to parents and carers, end-of-term or annual reports, EHCP or annual review contributions, or any comments about an individual pupil. You may use Copilot Chat to create a blank report template or a general bank of phrases that contains no information about any pupil."),
 ("4.3", "Pupils' work must not be entered into any AI tool, and AI must not be used to mark pupils' work or write feedback on it. AI detection tools must not be used to decide whether a pupil has used AI; raise any concern about a pupil's work with the Head of Teaching and Learning."),
 ("4.4", "You must not upload photographs or video of pupils to any AI tool, or use AI to create, edit or alter an image, video or voice recording of a pupil, parent or any other real person."),
 ("4.5", "AI must not be used to shortlist, score or assess job applicants, to prepare interview questions about a named candidate, or to write or check references. Copilot Chat may be used to draft a job advert or person specification from information that identifies no one; the recruiting manager must check it before it is published."),
 ("4.6", "AI note-takers, transcription and meeting recap features must not be used in any meeting about pupils, families or staff, including team around the child (TAC), child in need, PEP and annual review meetings, reintegration and exclusion meetings, and management committee meetings."),
 ("4.7", "You may use Copilot Chat to translate or simplify a general letter or notice for parents that contains no personal information, such as a newsletter or a term dates letter. Where possible ask a fluent speaker to check a translation before it is sent. Letters or messages about an individual pupil must not be translated with any AI tool; use the LA's interpreting and translation service."),
 ("4.8", "AI must not be used to obtain legal, safeguarding, medical or clinical advice about a pupil or family. Take safeguarding concerns to the DSL, health questions to the school nurse, and legal questions to the LA's legal services."),
 ("4.9", "You are responsible for anything you produce with AI. Check it for accuracy, bias and tone before you use it. Content made with AI that will be published (for example on the website, in the newsletter or on social media) must be approved by a member of the senior leadership team before publication. AI-generated work must never be presented as the work of a pupil."),
 ("4.10", "AI must not be used to write macros, scripts or code that connect to the MIS, CPOMS, email or other PRU systems, and no AI tool, agent or automation may be set up to take actions on its own, such as sending emails, updating records or contacting families."),
 ("4.11", "AI must not be used to evaluate, score or compare quotes or tenders from AP providers or other suppliers. Copilot Chat may be used to draft a general service specification from information that identifies no one."),
 ("4.12", "Staff must not create accounts for pupils on AI tools or ask pupils to use AI tools for their learning. Pupils' own use of technology is covered by the Online Safety Policy."),
]),
("5", "Alternative provision partners, the management committee and other agencies", None, [
 ("5.1", "AP partners must follow this policy whenever they handle Hartfield pupils' information, and must not enter it into their own organisation's AI tools, whatever their own policy allows."),
 ("5.2", "Management committee members must use their LA accounts for committee business. Committee papers that identify no one may be used in Copilot Chat; papers about individual pupils, exclusions or staff must not be entered into any AI tool."),
 ("5.3", "Information shared with the PRU by children's social care, the youth justice service, the police or health services must not be entered into any AI tool."),
]),
("6", "Reporting problems and getting help", None, [
 ("6.1", "If personal or sensitive information has been entered into an AI tool, or a tool not listed in 2.1 has been used for PRU work, tell the School Business Manager, Dawn Pickering (data protection lead), the same working day at dataprotection@hartfield-pru.sch.uk. She will inform the LA Schools DPO. If safeguarding information is involved, also tell the DSL, Sam Whitlock (Deputy Headteacher), straight away."),
 ("6.2", "Questions about this policy should go to the Headteacher, Ruth Calloway. Requests to approve a tool follow 2.7."),
 ("6.3", "Failure to follow this policy may be dealt with under the Staff Code of Conduct and the disciplinary procedure."),
]),
("7", "Points still under review", None, [
 ("7.1", "The LA is piloting Microsoft 365 Copilot inside Word, Excel, PowerPoint and Outlook (the paid licence that works with your own files and emails). The PRU has not yet decided whether staff may use it. It is not covered by 2.1; ask the Headteacher before using it."),
 ("7.2", "The PRU has not yet decided whether whole-centre figures drawn from pupil records, such as attendance, exclusion or SEND percentages with no names, may be entered into Copilot Chat, for example to help draft a management committee report. A decision is awaited from the LA Schools DPO; until then ask the School Business Manager."),
]),
]
APPX = ("Appendix A – Definitions", [
 ("A.1", "PRU work means any task done for or on behalf of Hartfield Pupil Referral Unit, whether paid or voluntary and wherever it is done."),
 ("A.2", "Personal information means any information that identifies, or could identify, a living person, including pupils, parents, carers and staff."),
 ("A.3", "An LA account means the Microsoft 365 account issued to you by Hartfield County Council, ending @hartfield-pru.sch.uk."),
])

def md():
    out = [f"# {TITLE}", ""] + [p + "\n" for p in PRE]
    for num, head, intro, cl in S:
        out.append(f"## {num}. {head}\n")
        for cid, text in cl:
            out.append(f"{cid} {text}\n")
    out.append(f"## {APPX[0]}\n")
    for cid, text in APPX[1]:
        out.append(f"{cid} {text}\n")
    return "\n".join(out)

def page():
    e = html.escape
    b = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">',
         f'<title>{e(TITLE)} | Hartfield PRU Staff Intranet</title></head><body>',
         '<header><nav><a href="/">Staff intranet home</a> | <a href="/policies">Policies</a> | <a href="/safeguarding">Safeguarding</a></nav></header>',
         '<main id="content">', f'<h1>{e(TITLE)}</h1>']
    b += [f'<p class="meta">{e(p)}</p>' for p in PRE]
    for num, head, intro, cl in S:
        b.append(f'<section><h2 id="section-{num}">{num}. {e(head)}</h2>')
        for cid, text in cl:
            b.append(f'<p id="clause-{cid.replace(".", "-")}">{cid} {e(text)}</p>')
        b.append('</section>')
    b.append(f'<section><h2 id="appendix-a">{e(APPX[0])}</h2>')
    for cid, text in APPX[1]:
        b.append(f'<p id="clause-{cid.replace(".", "-")}">{cid} {e(text)}</p>')
    b.append('</section></main>')
    b.append('<footer><p>Hartfield Pupil Referral Unit staff intranet. Printed copies are uncontrolled.</p></footer></body></html>')
    return "\n".join(b)

if __name__ == "__main__":
    stem = "hartfield-pru-genai-policy"
    open(os.path.join(OUT, "knowledge", stem + ".html"), "w", encoding="utf-8").write(page())
    open(os.path.join(OUT, "originals", stem + ".md"), "w", encoding="utf-8").write(md())
    shutil.copy(os.path.join(OUT, "knowledge", "ai-quick-guide-for-staff.md"), os.path.join(OUT, "originals", "ai-quick-guide-for-staff.md"))
    ids = []
    for num, _, _, cl in S:
        ids.append(num); ids += [c for c, _ in cl]
    ids += [c for c, _ in APPX[1]]
    with open(os.path.join(OUT, "clause_ids.txt"), "w") as f:
        f.write(f"# {stem}.html (original: {stem}.md)\n" + "\n".join(ids) + "\n")
        f.write("\n# ai-quick-guide-for-staff.md (headings without numbers: slugs)\n")
        f.write("\n".join(["the-only-two-ai-tools-you-can-use", "never-put-into-any-ai-tool", "things-ai-must-never-do-here", "something-gone-wrong", "not-sure"]) + "\n")
