#!/usr/bin/env python3
"""Build Calderbrook University's GenAI staff policy as an intranet HTML page
(knowledge/) and a same-stem Markdown copy (originals/), plus copy the FAQ."""
import html, pathlib, shutil

OUT = pathlib.Path(__file__).resolve().parent
STEM = "generative-ai-staff-policy"
TITLE = "Using Generative AI in University Work: Staff Policy"

META = [
    ("Policy owner", "Chief Information Officer, on behalf of University Executive Board"),
    ("Approved by", "University Executive Board, 14 January 2026"),
    ("Version", "2.1"),
    ("Next review", "January 2027"),
    ("Applies to", "All staff, honorary staff, contractors and agency workers"),
]

INTRO = ("This policy tells you how you may use generative AI in your work for Calderbrook University. "
         "It replaces the interim guidance issued in September 2024. Read it with the Information "
         "Classification Standard, the Data Protection Policy and the Research Data Management Policy.")

# Each section: (number, title, [items]); item = ("p", id, text) or ("ul", [bullets]) or ("note", text)
S = []
S.append(("1", "Purpose and scope", [
 ("p", "1.1", "Calderbrook University wants staff to make good use of generative AI. You may use any generative AI tool for University work, provided you follow the information rules in this policy, stay accountable for what you produce, and respect the specific restrictions in sections 8 to 12."),
 ("p", "1.2", "This policy applies to all staff, honorary and visiting staff, postgraduate researchers when they teach or work for the University, contractors and agency workers (together, \"staff\"), whenever they use generative AI for University business, on any device and from any location."),
 ("p", "1.3", "It covers University business of every kind: teaching and assessment, research, admissions, professional services, human resources, communications and publishing."),
 ("p", "1.4", "It does not set the rules for students' own use of generative AI in their studies and assessed work. Those are set by the Academic Integrity Regulations and by each module's assessment brief. Questions about them go to the Academic Registry."),
 ("p", "1.5", "AI systems that are not generative (for example the timetabling optimiser, spam filtering or the library's search ranking) are outside this policy and are governed by the normal software approval process."),
]))
S.append(("2", "Definitions", [
 ("p", "2.1", "Generative AI means any system that produces new text, images, audio, video, code or data in response to a prompt or other input. It includes chat assistants, AI features built into other software, transcription and summarising services, image generators and code assistants."),
 ("p", "2.2", "A University-licensed AI service is a generative AI service that the University provides under a contract that keeps University information inside the University's own tenancy, does not allow the supplier to use it to train models, and has passed a data protection impact assessment. Only the services listed in clause 5.2 are University-licensed AI services."),
 ("p", "2.3", "An external AI service is every other generative AI service, whether free or paid, and whoever pays for it. A personal subscription, a trial, a team plan bought by a department without approval, or the same product used while signed in with a personal account is an external AI service."),
 ("p", "2.4", "The Accountable Author is the member of staff who uses generative AI to produce or change something and who remains responsible for its accuracy, fairness and use. Using AI never transfers that responsibility to the tool, the supplier or IT Services."),
 ("p", "2.5", "A Consequential Decision is any decision that affects an individual's rights, opportunities or obligations, including admission, progression, marks and classifications, academic misconduct findings, appointment, promotion, pay, discipline, and the award of funding or scholarships."),
 ("p", "2.6", "The AI Assurance Panel is the group, chaired by the Chief Information Officer with the Data Protection Officer, the Research Integrity Lead and a Pro-Vice-Chancellor (Education), that approves uses of generative AI that this policy reserves to it and decides matters the policy leaves open."),
 ("p", "2.7", "Information Asset Owner means the senior member of staff responsible for a body of University information, such as the Academic Registrar for student records or the Director of People for staff records."),
]))
S.append(("3", "Principles", [
 ("p", "3.1", "Classify before you paste. Work out the classification of the information (section 4) before you put it into any AI service, and use only a service that clause 6 allows for that classification."),
 ("p", "3.2", "You are the Accountable Author. Check anything AI produces for accuracy, bias, tone and copyright before you rely on it, send it or publish it."),
 ("p", "3.3", "People decide about people. AI may support, but must never make, a Consequential Decision (section 7)."),
 ("p", "3.4", "Be open about it. Tell people when AI has made a material contribution to what they receive from you (section 10)."),
]))
S.append(("4", "Information classification", [
 ("p", "4.1", "The University's Information Classification Standard has four levels. They apply to AI exactly as they apply to email, file sharing and printing. If information could fall into two levels, treat it as the higher one."),
 ("p", "4.2", "Public: information that has been published by the University or approved for publication. Examples: the prospectus and course pages, published research papers and datasets, approved press releases, published committee minutes, public job adverts, material on the University website."),
 ("p", "4.3", "Internal: the University's own unpublished information that does not identify any living person and would cause little harm if disclosed. Examples: internal procedures and guidance, draft web copy and newsletters before sign-off, module handbooks, room bookings and timetables without student names, anonymised or aggregate figures, slides for a staff briefing."),
 ("p", "4.4", "Confidential: personal data about students, applicants, staff or other individuals, and University information whose disclosure could cause harm or breach an obligation. Examples: student records, marks, progression and attendance data, anything a student submits for assessment, applications and personal statements, staff contact lists and routine HR records, unpublished research data and findings, draft grant proposals, examination papers before they are sat, contracts, tenders and budget papers, reserved committee business, and anything shared with the University in confidence."),
 ("p", "4.5", "Highly Restricted: information whose disclosure could cause serious harm to a person or to the University. Examples: health and disability information (including Occupational Health and Disability Service records and Reasonable Adjustment Plans), mitigating circumstances evidence, safeguarding and Report + Support cases, information about racial or ethnic origin, religion, sexual orientation or trade union membership, criminal records and DBS checks, disciplinary, grievance and fitness to practise cases, identifiable data from research participants, export-controlled research, passwords, keys and other security credentials, and bank details."),
 ("p", "4.6", "Information you have anonymised properly, so that no one could reasonably identify a person from it or from it combined with other information the recipient may have, takes the classification it would have without the personal data. Removing names alone is not anonymisation."),
]))
S.append(("5", "AI services you may use", [
 ("p", "5.1", "You may use any generative AI service, University-licensed or external, for University work, subject to the information rules in section 6 and the restrictions in sections 7 to 12. There is no list of banned tools; what you may put into a tool depends on whether it is University-licensed."),
 ("p", "5.2", "The University-licensed AI services are:"),
 ("ul", [
   "Microsoft 365 Copilot Chat, when you are signed in with your @calderbrook.ac.uk account and the green shield is shown (available to all staff);",
   "Microsoft 365 Copilot in Word, Excel, PowerPoint, Outlook and Teams, for staff who have been given a licence;",
   "CalderChat, the University's private chat assistant at calderchat.calderbrook.ac.uk;",
   "Transcription and intelligent recap in Microsoft Teams meetings under the University's Teams Premium licence;",
   "GitHub Copilot Business, through the University's GitHub organisation;",
   "Adobe Firefly and the generative features in Adobe Creative Cloud, through the University's enterprise licence."]),
 ("p", "5.3", "A University-licensed AI service is only licensed when you use it through your University account. The consumer version of the same product (for example Copilot on a personal Microsoft account, or Firefly on a personal Adobe ID) is an external AI service."),
 ("p", "5.4", "AI features built into other software the University uses (for example the virtual learning environment, the student records system, Zoom, Canva or Grammarly) are external AI services unless they appear in clause 5.2. Switching on such a feature for a University system or a department's account needs approval from IT Services under section 12."),
 ("p", "5.5", "Browser extensions and desktop apps that read the content of the page or document you are working on count as external AI services. Turn them off, or use a browser profile without them, when you are working in systems that hold Confidential or Highly Restricted information, such as the student records system, the HR and payroll system and the research ethics system."),
 ("p", "5.6", "You may use University-licensed AI services on a personal device through a web browser, signed in with your University account and multi-factor authentication. Do not save outputs containing Confidential or Highly Restricted information to a personal device."),
]))
S.append(("6", "What information may go into which service", [
 ("p", "6.1", "Public information may be used with any generative AI service."),
 ("p", "6.2", "Internal information may be used with University-licensed AI services. It may be used with an external AI service only where you have turned off the provider's use of your content for model training (or the provider's terms exclude it), and you have checked that the content identifies no living person."),
 ("p", "6.3", "Confidential information may be used only with University-licensed AI services, and only where your use is part of your normal duties and you are already entitled to see that information. Use the minimum needed for the task."),
 ("p", "6.4", "Confidential information must never be put into an external AI service, whatever its privacy settings and whatever you pay for it."),
 ("p", "6.5", "Highly Restricted information must not be put into any generative AI service, including University-licensed ones, unless the AI Assurance Panel has approved that specific use after a data protection impact assessment. An approval covers only the use, service and data described in it."),
 ("p", "6.6", "Do not use generative AI to combine or match datasets in order to find out more about an individual than any one source shows."),
]))
S.append(("7", "Prohibited uses", [
 ("p", "7.1", "Generative AI must not make, or be the deciding factor in, a Consequential Decision. An AI output may inform a member of staff who then decides, but it must not be the basis of a decision that the member of staff has not independently checked."),
 ("p", "7.2", "Generative AI must not be used to screen, sift, rank, score or shortlist applicants for study or for employment, or to assess personal statements, references, interview performance or application forms. This applies even where the candidates' details are removed."),
 ("p", "7.3", "You must not use generative AI to create content intended to deceive, including false reviews, fabricated quotations, impersonation of a real person, or content presented as coming from someone who did not write or approve it."),
 ("p", "7.4", "You must not use generative AI to monitor, profile or evaluate the performance, productivity or behaviour of individual staff or students, except through systems approved by the AI Assurance Panel."),
 ("p", "7.5", "You must not attempt to bypass a service's safety controls or the University's technical controls, and must not use generative AI to produce material that is unlawful, discriminatory, harassing or sexually explicit."),
]))
S.append(("8", "Teaching, marking and assessment", [
 ("p", "8.1", "You may use generative AI to help design teaching: drafting learning outcomes, lesson plans, reading lists, case studies, practice questions and formative quizzes. Check every output, including any references it gives."),
 ("p", "8.2", "Marks and grades must be decided by the examiners. Generative AI must not be used to produce, suggest or moderate a mark or grade for any piece of student work."),
 ("p", "8.3", "Student work submitted for assessment is Confidential and belongs to the student. It must not be put into an external AI service for any purpose."),
 ("p", "8.4", "Student work must not be put through any service that claims to detect whether text was written by AI. Such services are unreliable and must not be used as evidence of academic misconduct. Concerns about unauthorised AI use by a student are handled under the Academic Integrity Regulations."),
 ("p", "8.5", "Drafting examination or assessment papers with a University-licensed AI service is allowed. Unsat examination papers are Confidential and must not be put into an external AI service."),
 ("p", "8.6", "Whether generative AI may be used to draft written feedback on individual students' work has not yet been decided; see clause 14.1."),
]))
S.append(("9", "Research", [
 ("p", "9.1", "Researchers may use generative AI in their research, including for literature searching, coding, analysis and drafting, in line with this policy, their funder's terms, their ethics approval and the Research Data Management Policy."),
 ("p", "9.2", "Unpublished research data, findings and manuscripts are Confidential. Where a data management plan or a data sharing agreement sets stricter conditions, those conditions apply and take precedence over this policy."),
 ("p", "9.3", "Identifiable data about research participants is Highly Restricted. It may be processed with generative AI only where the participant information and consent, the ethics approval and the AI Assurance Panel all cover that processing (clause 6.5). Use the University's Trusted Research Environment where a project needs AI on such data."),
 ("p", "9.4", "Manuscripts, grant applications and other material you receive in confidence in order to review or assess it (for a journal, a funder, a conference or an internal panel) must not be put into any generative AI service, including University-licensed ones, unless the body that sent it to you explicitly allows this in writing."),
 ("p", "9.5", "Generative AI may not be named as an author. Disclose how you used it in line with the publisher's or funder's requirements and record it in your methods where it affected the research."),
 ("p", "9.6", "Do not put research subject to export control or National Security and Investment Act restrictions into any generative AI service without clearance from the Research Integrity Office."),
]))
S.append(("10", "Transparency, labelling and publishing", [
 ("p", "10.1", "Where generative AI has made a material contribution to content that the University publishes or sends to people outside the University, the Accountable Author must have reviewed it, and it must carry the statement \"Prepared with the help of AI and checked by University staff\" or a similar statement agreed with Communications."),
 ("p", "10.2", "A material contribution means AI generated a substantial part of the text, image, audio or video. Using AI to correct spelling and grammar, suggest headings or reformat your own writing is not a material contribution and needs no statement."),
 ("p", "10.3", "Content for the University website, press releases and official social media accounts must be approved by Communications before publication, whether or not AI was used. Official University statements, including statements on sensitive issues, must not be generated by AI."),
 ("p", "10.4", "When you reply to students, applicants or members of the public, you may use AI to help draft the reply, but you must read and take responsibility for every reply before it is sent. Automated replies generated by AI and sent without a member of staff reading them need approval from the AI Assurance Panel."),
 ("p", "10.5", "Publishing AI-generated content does not remove the need to respect copyright and licences. Do not ask an AI service to reproduce or imitate identifiable copyright works, and do not upload third-party material you are not licensed to use."),
]))
S.append(("11", "Recording, transcription and likeness", [
 ("p", "11.1", "Meeting organisers may switch on Teams transcription and intelligent recap (clause 5.2) for University meetings. Tell participants at the start, and turn it off if anyone objects."),
 ("p", "11.2", "Third-party note-taking assistants that join meetings as a participant or record them from outside (for example Otter, Fireflies or Read.ai) must not be used in University meetings, and organisers should remove any that join."),
 ("p", "11.3", "AI transcription and summarising must not be used in meetings that deal with Highly Restricted matters, including disciplinary, grievance and appeal hearings, fitness to practise and occupational health meetings, safeguarding cases and mitigating circumstances panels."),
 ("p", "11.4", "Lecture recordings and their automatic captions are covered by the Lecture Capture Policy and are not affected by this policy."),
 ("p", "11.5", "You must not use generative AI to create or alter an image, video, voice or other likeness of a real, identifiable person (including staff, students, alumni and visitors) unless that person has given written consent for the specific use."),
 ("p", "11.6", "Images, video and audio created with generative AI and used in University publications, marketing or recruitment must be labelled under clause 10.1 and must not be presented as a record of a real event, place or person."),
]))
S.append(("12", "Buying, building and connecting AI", [
 ("p", "12.1", "Any generative AI product, subscription or add-on bought with University funds, including on a purchasing card, by expenses claim or through a research grant, must first be approved through the IT Services Software Request process. Subscriptions bought personally are not reimbursed."),
 ("p", "12.2", "Approval of a purchase does not make a service University-licensed. A service becomes University-licensed only when it is added to clause 5.2 after a data protection impact assessment."),
 ("p", "12.3", "Building anything that connects a generative AI model to University systems or data, including custom agents, Copilot Studio agents, API integrations, automated workflows and chatbots for students or the public, needs approval from the AI Assurance Panel before development begins."),
 ("p", "12.4", "Staff may experiment with AI models through an API or run open models on a University-managed computer, provided only Public information, or Internal information under clause 6.2, is used and no University system is connected."),
]))
S.append(("13", "Training, incidents and compliance", [
 ("p", "13.1", "Complete the \"AI at Calderbrook\" module on the Learning Hub before you use generative AI with Internal or Confidential information. Staff are given a Microsoft 365 Copilot licence only after completing it."),
 ("p", "13.2", "If Confidential or Highly Restricted information has been put into a service this policy does not allow, or an AI output has disclosed information it should not have, report it through the Information Security Incident form within 24 hours. Do not try to fix it quietly."),
 ("p", "13.3", "Staff who report a mistake promptly will be supported. Deliberate or repeated breaches of this policy may be dealt with under the relevant disciplinary procedure."),
]))
S.append(("14", "Matters not yet decided", [
 ("p", "14.1", "AI-drafted feedback on student work. Education Committee has not decided whether staff may use generative AI to draft written feedback on individual students' work, including from the marker's own notes. A pilot is running in the School of Education and Social Sciences. Outside the pilot, staff must not do this until the Committee decides; requests to join the pilot go to the AI Assurance Panel."),
 ("p", "14.2", "Transcribing research interviews. The University has not yet decided which AI services may transcribe or summarise recorded research interviews and focus groups. Until it does, each project that wishes to do so needs approval from the AI Assurance Panel in addition to ethics approval."),
 ("p", "14.3", "Synthetic presenters and voices. The use of AI-generated avatars or synthetic voices, including avatars or voice clones of consenting staff, in teaching or promotional videos is under review. Each proposed use needs approval from the AI Assurance Panel."),
 ("p", "14.4", "Copilot and shared casework. Whether Microsoft 365 Copilot may be given access to shared mailboxes and SharePoint sites that hold student casework (for example Student Support or Complaints) is undecided. Until it is, these sites remain excluded from Copilot and staff must not ask for them to be added."),
]))
S.append(("15", "Contacts and review", [
 ("p", "15.1", "Questions about this policy, and requests for approval, go to the AI Assurance Panel at ai-assurance@calderbrook.ac.uk."),
 ("p", "15.2", "Questions about information classification or data protection go to the Information Governance team and Data Protection Officer at infogov@calderbrook.ac.uk."),
 ("p", "15.3", "Questions about research data, export control or using AI in research go to the Research Integrity Office at research.integrity@calderbrook.ac.uk."),
 ("p", "15.4", "Licences, software requests and technical help are handled by the IT Service Desk on extension 4000 or through the IT Self-Service portal."),
 ("p", "15.5", "This policy is reviewed every year, and sooner when the law, the University's licences or the technology change materially."),
]))

def md_text():
    out = [f"# {TITLE}", ""]
    for k, v in META:
        out.append(f"- {k}: {v}")
    out += ["", INTRO, ""]
    for num, title, items in S:
        out += [f"## {num}. {title}", ""]
        for it in items:
            if it[0] == "p":
                out += [f"{it[1]} {it[2]}", ""]
            elif it[0] == "ul":
                out += [f"- {b}" for b in it[1]] + [""]
    return "\n".join(out).rstrip() + "\n"

def e(s):
    return html.escape(s, quote=False)

def html_text():
    nav = """<header class="site-header">
  <div class="brand"><a href="/">Calderbrook University StaffNet</a></div>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search StaffNet"><button>Search</button></form>
  <nav class="top-nav" aria-label="Main">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/it">IT Services</a></li>
      <li><a href="/people">People &amp; HR</a></li>
      <li><a href="/research">Research</a></li>
      <li><a href="/policies">Policies A&ndash;Z</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &rsaquo; <a href="/policies">Policies</a> &rsaquo; <a href="/policies/digital">Digital and IT</a> &rsaquo; Generative AI staff policy
</nav>
<aside class="sidebar" aria-label="In this section">
  <h2>Digital and IT policies</h2>
  <ul>
    <li><a href="/policies/digital/acceptable-use">Acceptable Use Policy</a></li>
    <li><a href="/policies/digital/classification">Information Classification Standard</a></li>
    <li><a href="/policies/digital/genai">Generative AI staff policy</a></li>
    <li><a href="/policies/digital/genai-faq">Generative AI: staff FAQ</a></li>
    <li><a href="/policies/digital/lecture-capture">Lecture Capture Policy</a></li>
  </ul>
</aside>
"""
    body = [f"<h1>{e(TITLE)}</h1>", '<table class="policy-meta">']
    for k, v in META:
        body.append(f"  <tr><th>{e(k)}</th><td>{e(v)}</td></tr>")
    body.append("</table>")
    body.append(f"<p class=\"lead\">{e(INTRO)}</p>")
    for num, title, items in S:
        body.append(f'<section id="s{num}">')
        body.append(f"<h2>{num}. {e(title)}</h2>")
        for it in items:
            if it[0] == "p":
                body.append(f'<p id="c{it[1]}">{it[1]} {e(it[2])}</p>')
            elif it[0] == "ul":
                body.append("<ul>")
                body += [f"  <li>{e(b)}</li>" for b in it[1]]
                body.append("</ul>")
        body.append("</section>")
    footer = """<footer class="site-footer">
  <p>Calderbrook University, Mill Lane, Calderbrook, West Yorkshire. Registered charity (exempt).</p>
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/it/help">IT Service Desk: ext. 4000</a></li>
  </ul>
  <p>Page owner: Digital Governance Office. Last reviewed January 2026.</p>
</footer>"""
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(TITLE)} | Calderbrook StaffNet</title>\n"
            "<link rel=\"stylesheet\" href=\"/assets/staffnet.css\">\n</head>\n<body>\n"
            + nav + "<main id=\"content\">\n<article class=\"policy\">\n" + "\n".join(body)
            + "\n</article>\n</main>\n" + footer + "\n</body>\n</html>\n")

if __name__ == "__main__":
    (OUT / "knowledge" / f"{STEM}.html").write_text(html_text(), encoding="utf-8")
    (OUT / "originals" / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    faq = OUT / "src" / "genai-staff-faq.md"
    shutil.copyfile(faq, OUT / "knowledge" / "genai-staff-faq.md")
    shutil.copyfile(faq, OUT / "originals" / "genai-staff-faq.md")
    import re
    words = len(re.findall(r"\w+", md_text()))
    print("policy words:", words)
