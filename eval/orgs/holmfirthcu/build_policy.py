"""Builds the Holmfirth College of the Arts generative AI policy as an intranet HTML page
(knowledge/) and a same-text Markdown original (originals/)."""
import html, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "hca-generative-ai-policy"

TITLE = "Generative AI Use by Staff: Policy"
META = [
    "Owner: Digital Learning and Information Governance group (DLIG), chaired by the Director of Digital and Library Services",
    "Approved by: Executive Board, 14 October 2026. Version 1.1. Next review: September 2027.",
    "Related documents: Data Protection Policy; Information Classification Scheme; Lecture Capture Policy; Academic Integrity Regulations; Student AI Guidance.",
]

# Each section: (number, heading, [items]); item = ("p", "num", text) or ("ul", [lines])
S = []
def sec(num, head, *items):
    S.append((num, head, list(items)))

sec("1", "Purpose and scope",
    ("p", "1.1", "This policy sets out how staff of Holmfirth College of the Arts (the College) may use generative artificial intelligence (AI) in their work. It applies to all employees, visiting and associate lecturers, technicians, gallery staff, governors, and contractors or agency workers who carry out work for the College or use College systems."),
    ("p", "1.2", "Generative AI means any tool or feature that produces text, images, audio, music, video or code in response to a prompt. This includes chatbots such as ChatGPT, Gemini, Claude and Copilot, image and music generators, AI note-takers and meeting assistants, AI writing assistants, browser extensions, and AI features built into software the College already uses."),
    ("p", "1.3", "Students' use of AI in their own studies and assessed work is governed by the Academic Integrity Regulations and the Student AI Guidance, not by this policy."),
)
sec("2", "Roles and responsibilities",
    ("p", "2.1", "The Digital Learning and Information Governance group (DLIG) owns this policy, considers requests to use AI tools, and maintains the Register of Approved AI Uses on the Staff Hub. DLIG is chaired by the Director of Digital and Library Services and includes the Data Protection Officer, the Head of IT Services and a representative of the Academic Board."),
    ("p", "2.2", "The Data Protection Officer (DPO) advises on data protection impact assessments (DPIAs) and on any incident involving personal data. The DPO can be contacted at dpo@holmfirth-arts.ac.uk."),
    ("p", "2.3", "Heads of School and heads of professional services make sure staff in their areas know this policy and use only approved tools."),
    ("p", "2.4", "Every member of staff remains personally responsible for any work they produce with the help of AI, and for its accuracy."),
)
sec("3", "Approval before use",
    ("p", "3.1", "Staff must not use any generative AI tool or AI feature for College work until that use has been approved by DLIG through the AI request form on the Staff Hub. An approval covers a named tool, a stated purpose and the kinds of information described in the request; it does not extend to other tools, other purposes or more sensitive information."),
    ("p", "3.2", "Where a proposed use involves personal data, the request must include a data protection impact assessment (DPIA) completed with the Data Protection Officer. No personal data may be processed with the tool until DLIG has approved the request and the DPIA has been signed off."),
    ("p", "3.3", "The following uses are already approved and do not need a request:"),
    ("p", "3.3(a)", "Microsoft 365 Copilot Chat, signed in with your College account (showing the green \u201cProtected\u201d shield), for public information and internal information that identifies no one, such as drafting, summarising, brainstorming and rewording. It must not be used with personal data."),
    ("p", "3.3(b)", "Adobe Firefly, including Generative Fill and Generative Expand in Photoshop, used through the College Creative Cloud licence, to create illustrative images that show no real person. Photographs of real people and students' work must not be used as inputs."),
    ("p", "3.4", "All other tools and features are not approved until DLIG approves them. This includes the free or paid versions of ChatGPT, Gemini, Claude, Perplexity and Midjourney, Copilot used with a personal Microsoft account, the paid Microsoft 365 Copilot features inside Word, Outlook and Teams, AI note-takers such as Otter.ai and Fireflies, and AI features in Canva, Grammarly, Zoom and similar products."),
    ("p", "3.5", "College work must only be done with AI tools through your College account. Personal accounts must not be used for College work, even for a tool that is approved."),
    ("p", "3.6", "Approved tools may be used on a personal device only through the College sign-in with multi-factor authentication. College information must not be downloaded to, or stored on, a personal device as a result."),
    ("p", "3.7", "AI tools, subscriptions and systems with AI features must be bought through the Procurement team after DLIG approval. They must not be bought on a College purchasing card or claimed as expenses."),
)
sec("4", "Information you may and may not use",
    ("p", "4.1", "Information is classified under the Information Classification Scheme as public, internal or confidential; personal data may fall within any of these. The definitions in Appendix A apply."),
    ("p", "4.2", "Public information, such as published web pages, the prospectus, published course specifications and published reports, may be used with an approved tool."),
    ("p", "4.3", "Personal data must not be entered into any AI tool unless DLIG has approved that tool for that purpose with personal data following a DPIA. Personal data includes names together with any circumstances, student or staff ID numbers, email addresses, phone numbers, dates of birth, marks, and case or reference numbers."),
    ("p", "4.4", "The following must never be entered into any generative AI tool, including an approved one, and DLIG will not approve requests to do so:"),
    ("ul", ["(a) students' disability information, including Learning Support Plans and evidence of disability;",
            "(b) wellbeing, counselling and mental health records, and any other health information;",
            "(c) safeguarding records and concerns;",
            "(d) criminal convictions declared by applicants or students;",
            "(e) information about any applicant, student or visitor under the age of 18, including foundation year, summer school and Young Artists programme participants."]),
    ("p", "4.5", "Staff HR information, including recruitment records, sickness absence, grievances, disciplinary and capability cases, appraisals and pay, must not be entered into any AI tool."),
    ("p", "4.6", "Confidential information must not be entered into any AI tool, including Microsoft 365 Copilot Chat, unless DLIG has approved that specific use. Confidential information includes tender submissions and contract prices, governors' reserved business, unreleased examination papers and timed test questions, unpublished research data held under an agreement, and manuscripts or grant applications received for peer review."),
)
sec("5", "Students' work and intellectual property",
    ("p", "5.1", "Students own the copyright in their artworks, designs, portfolios, compositions, scripts, recordings and performances, and recordings of them are their personal data. Staff must not upload a student's work, or images or recordings of it, to any AI tool, including Microsoft 365 Copilot Chat and Adobe Firefly, unless the student has given written consent and DLIG has approved the use."),
    ("p", "5.2", "Staff must never use students' work, or the College's collection or archive, to train, fine-tune or build a style model for any AI tool."),
    ("p", "5.3", "Works by other artists, performers and rights holders must not be uploaded to an AI tool, or imitated by prompting for a named living artist's style, for College publications or teaching materials, unless the rights have been cleared with the Library's copyright adviser."),
)
sec("6", "Teaching, marking and assessment",
    ("p", "6.1", "Staff may use Microsoft 365 Copilot Chat to help prepare teaching materials, session plans, project and assessment briefs, marking rubrics and generic feedback guidance, provided no personal data or confidential information is entered and the output is checked before use."),
    ("p", "6.2", "Marking, grading, moderation and feedback on an individual student's work must be carried out by academic staff. AI must not be used to mark or grade student work, or to write feedback on a particular student's submission."),
    ("p", "6.3", "AI detection tools, including AI-writing indicators in similarity software, must not be used as evidence of academic misconduct, and staff must not upload student work to any AI detection service. Concerns about possible AI misuse by a student must be handled through the Academic Integrity Regulations."),
)
sec("7", "Admissions, auditions and decisions about people",
    ("p", "7.1", "AI must not be used to make, or to inform, decisions about individuals. This includes admissions offers, audition and portfolio review outcomes, scholarships and bursaries, progression, extenuating circumstances, fitness to study, and staff or student disciplinary matters."),
    ("p", "7.2", "Applicants' portfolios, audition recordings, personal statements and references must not be entered into any AI tool, whether to score, rank, shortlist or summarise them."),
    ("p", "7.3", "In staff recruitment, AI must not be used to screen, shortlist, score or interview candidates. Microsoft 365 Copilot Chat may be used to draft a job advert, job description or person specification that contains no personal data, which the recruiting manager must check."),
)
sec("8", "Images, voices and recordings of real people",
    ("p", "8.1", "Staff must not use AI to create, alter or imitate the image, likeness or voice of a real, identifiable person, including students, staff, performers, life models and public figures. This includes face swaps, voice cloning, AI headshots and editing photographs of people with generative tools."),
    ("p", "8.2", "Whether a person may consent to an AI-generated likeness or synthetic voice of themselves being made for a College production, exhibition or teaching purpose has not yet been decided. DLIG is considering this; until guidance is published, such requests must be referred to DLIG and must not go ahead."),
    ("p", "8.3", "Teaching sessions, tutorials, masterclasses and rehearsals may be recorded only through Panopto under the Lecture Capture Policy. AI note-takers, AI meeting summaries and AI transcription must not be used in teaching sessions, one-to-one tutorials, student support or disability appointments, or HR meetings."),
    ("p", "8.4", "AI transcription or summaries of other College meetings need DLIG approval, and everyone attending must be told in advance."),
)
sec("9", "Checking, labelling and publication",
    ("p", "9.1", "Staff must check AI output for accuracy, bias, invented references and copyright before using it, and must not rely on it without their own review."),
    ("p", "9.2", "AI-generated text or images used in material published outside the College, including the website, prospectus, social media, press releases and gallery interpretation, must be approved by the line manager and, for marketing material, by the Marketing and Communications team."),
    ("p", "9.3", "AI-generated images must carry the label \u201cImage created with generative AI\u201d wherever they are published or displayed, and must never be presented as photographs of the College, its people or events, or as the work of a student or artist."),
)
sec("10", "Other activities",
    ("p", "10.1", "AI must not be relied on for legal, immigration or visa advice, or for medical, clinical or mental health advice, to students or staff. Questions of that kind must be referred to the Governance and Legal Office, the International Student Compliance team or Student Wellbeing."),
    ("p", "10.2", "Microsoft 365 Copilot Chat may be used to translate public or internal text that contains no personal data. Translations to be published must be checked by a fluent speaker before publication. Correspondence with or about a named individual must not be translated with AI."),
    ("p", "10.3", "Microsoft 365 Copilot Chat may be used to explain, write or debug code for workshop, studio and IT tasks, provided no passwords, keys, credentials or personal data are entered. Code must be reviewed and tested before it is run on College systems. Dedicated coding assistants such as GitHub Copilot need DLIG approval."),
    ("p", "10.4", "AI agents, automations and workflows must not send messages, change records in the student records system, post to social media, or make payments or bookings on behalf of the College without a member of staff checking each action first."),
    ("p", "10.5", "Whether staff may submit music, artworks or performances made with generative AI as their own research outputs, including for the Research Excellence Framework, has not yet been decided. The Research Committee is preparing guidance; until then staff must raise any such case with the Research Office before submission."),
    ("p", "10.6", "Assistive technology supplied by the College to a member of staff as a reasonable adjustment, such as dictation or reading software, may be used as agreed through Occupational Health or the disability adjustment process, even where it includes AI features."),
)
sec("11", "Incidents and breaches",
    ("p", "11.1", "If personal data or confidential information has been entered into an AI tool that is not approved for it, report it at once, and in any case within 24 hours, to the Information Governance team using the data incident form on the Staff Hub or by emailing dataprotection@holmfirth-arts.ac.uk. Do not wait to see whether harm results."),
    ("p", "11.2", "Breaches of this policy may be dealt with under the College's disciplinary procedures."),
    ("p", "11.3", "Questions about this policy, and requests to use a tool, go to DLIG at digital.governance@holmfirth-arts.ac.uk or through the AI request form."),
)
sec("12", "Review",
    ("p", "12.1", "DLIG reviews this policy every year, or sooner if the law or the tools change. Changes are approved by the Executive Board."),
)
APPX = ("Appendix A \u2013 Definitions", [
    ("A.1", "Personal data: any information that identifies a living person, directly or indirectly, such as a name together with circumstances, an ID number, contact details or a photograph."),
    ("A.2", "Internal information: the College's own unpublished information that identifies no one, such as draft documents, internal procedures and non-personal figures."),
    ("A.3", "Confidential information: information whose disclosure could harm the College or others, as listed in clause 4.6 and in the Information Classification Scheme."),
    ("A.4", "Special category data: health, disability, ethnicity, religion or belief, sexual orientation, and criminal offence data."),
])


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def build_md():
    out = [f"# {TITLE}", ""]
    for m in META:
        out += [m, ""]
    for num, head, items in S:
        out += [f"## {num}. {head}", ""]
        for it in items:
            if it[0] == "p":
                out += [f"{it[1]} {it[2]}", ""]
            else:
                out += [f"- {x}" for x in it[1]] + [""]
    out += [f"## {APPX[0]}", ""]
    for n, t in APPX[1]:
        out += [f"{n} {t}", ""]
    return "\n".join(out)


def build_html():
    e = html.escape
    b = []
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">")
    b.append(f"<title>{e(TITLE)} | Staff Hub | Holmfirth College of the Arts</title>")
    b.append("<link rel=\"stylesheet\" href=\"/assets/staffhub.css\">\n</head>\n<body>")
    b.append("<header class=\"site-header\"><a href=\"/\" class=\"logo\">Holmfirth College of the Arts &ndash; Staff Hub</a>"
             "<nav aria-label=\"Main\"><ul><li><a href=\"/news\">News</a></li><li><a href=\"/policies\">Policies</a></li>"
             "<li><a href=\"/it\">IT &amp; Digital</a></li><li><a href=\"/hr\">People</a></li></ul></nav></header>")
    b.append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/policies\">Policies</a> &gt; Generative AI</nav>")
    b.append("<aside class=\"toc\"><nav aria-label=\"On this page\"><p><strong>On this page</strong></p><ul>")
    for num, head, _ in S:
        b.append(f"<li><a href=\"#section-{num}\">{num}. {e(head)}</a></li>")
    b.append("<li><a href=\"#appendix-a\">Appendix A</a></li></ul></nav></aside>")
    b.append("<main id=\"content\">\n<article class=\"policy\">")
    b.append(f"<h1>{e(TITLE)}</h1>")
    b.append("<div class=\"policy-meta\">")
    for m in META:
        b.append(f"<p>{e(m)}</p>")
    b.append("</div>")
    for num, head, items in S:
        b.append(f"<section>\n<h2 id=\"section-{num}\">{num}. {e(head)}</h2>")
        for it in items:
            if it[0] == "p":
                cid = "clause-" + slug(it[1])
                cls = " class=\"sub\"" if "(" in it[1] else ""
                b.append(f"<p id=\"{cid}\"{cls}><span class=\"clause-no\">{it[1]}</span> {e(it[2])}</p>")
            else:
                b.append("<ul class=\"lettered\" style=\"list-style:none\">")
                for x in it[1]:
                    b.append(f"<li>{e(x)}</li>")
                b.append("</ul>")
        b.append("</section>")
    b.append(f"<section>\n<h2 id=\"appendix-a\">{e(APPX[0])}</h2>")
    for n, t in APPX[1]:
        b.append(f"<p id=\"clause-{slug(n)}\"><span class=\"clause-no\">{n}</span> {e(t)}</p>")
    b.append("</section>\n</article>\n</main>")
    b.append("<footer class=\"site-footer\"><p>&copy; 2026 Holmfirth College of the Arts. Staff Hub is for College staff only. "
             "<a href=\"/accessibility\">Accessibility</a> | <a href=\"/privacy\">Privacy</a></p></footer>\n</body>\n</html>\n")
    return "\n".join(b)


def clause_ids():
    ids = []
    for num, head, items in S:
        ids.append(num)
        ids += [it[1] for it in items if it[0] == "p"]
    ids += [n for n, _ in APPX[1]]
    return ids


if __name__ == "__main__":
    with open(os.path.join(HERE, "knowledge", STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(build_html())
    with open(os.path.join(HERE, "originals", STEM + ".md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    with open(os.path.join(HERE, "clause_ids.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(clause_ids()) + "\n")
    with open(os.path.join(HERE, "knowledge", "sources.yaml"), "w", encoding="utf-8") as f:
        f.write(f"{STEM}.html:\n  title: \"Generative AI Use by Staff: Policy\"\n  owner: \"Digital Learning and Information Governance group\"\n"
                f"  version: \"1.1 (October 2026)\"\n  url: \"https://staffhub.holmfirth-arts.ac.uk/policies/generative-ai\"\n")
    print("ok", len(clause_ids()), "clauses")
