"""Builds the staff AI FAQ intranet page (HTML) and its markdown original."""
import re, html
TITLE = "Using AI at work: staff questions and answers"
INTRO = "This page answers common questions about the Office's Generative AI Acceptable Use Policy (the policy) and the AI Tools Register. If this page and the policy differ, the policy applies. Last updated 20 November 2026 by Business Services."
QA = [
 ("Which AI tools can I use at work?",
  ["Microsoft 365 Copilot Chat is approved for all staff when you sign in with your work account. Other tools are restricted to particular teams or uses, and some are prohibited. Check the AI Tools Register on this intranet before you start (policy paragraph 3.1)."]),
 ("The tool I want is not on the register. Can I just try it?",
  ["No. A tool that is not on the Register must not be used for Office business until the Chief Executive and Monitoring Officer has approved it in writing (policy 3.2). Send an AI tool request form to Business Services. This includes free trials and new AI features switched on in software we already use (policy 3.5 and 9.1)."]),
 ("Can I use my own ChatGPT or Gemini account?",
  ["No. Personal accounts, including paid subscriptions, must not be used for Office business, even with published information (policy 4.2). ChatGPT may be used on an Office device without signing in, for public information only, as its Register entry says."]),
 ("Can I use Copilot Chat on my own phone?",
  ["Yes, but only through the Office's managed apps signed in with your work account. Do not copy Office information into any other app on your phone (policy 4.3)."]),
 ("Can I put victims' details into Copilot to help with a referral or a letter?",
  ["No. Information about victims of crime, including referrals to and records from the victims' services we commission, must not be entered into any AI tool (policy 5.5). You can use Copilot Chat to improve a blank template letter that contains no personal details."]),
 ("Can the Complaint Reviews Team use Copilot on review files?",
  ["Yes. Licensed members of the Complaint Reviews Team may use Microsoft 365 Copilot to summarise a review file and build a chronology (policy 5.6). The reviewer must read the whole file and write the outcome and the reasons themselves; AI must not decide or draft them (policy 6.2). Other teams must not put complaint review information into any AI tool."]),
 ("Can I use AI to help assess grant applications?",
  ["You must not use AI to score, rank, shortlist or recommend Community Safety Fund applications or victims' services bids (policy 6.3). You can use approved tools to draft the published guidance for applicants, and standard letters with no personal information."]),
 ("What changes in the pre-election period?",
  ["Do not use AI to produce publicity, speeches, social media posts or images about the Commissioner, the Deputy Commissioner, their record or their plans (policy 7.1). Anything else for communications made with AI help must be approved by the Chief Executive and Monitoring Officer before it is published (policy 7.2)."]),
 ("Can we make an AI image or video of the Commissioner?",
  ["No. AI must not be used to create or alter images, video or audio showing the Commissioner, the Deputy Commissioner or any other real person, or to imitate their voice (policy 6.7). The Communications Team may create generic images showing no real person with Adobe Firefly, labelled \"Created with AI\" (policy 6.8 and 8.3)."]),
 ("Can I use Teams transcription or recap in my meeting?",
  ["For internal Office meetings, yes, if you tell everyone at the start and switch it off if anyone asks (policy 6.9). Not for calls with victims, complainants or the public (policy 6.10), and never in a private session of the Police and Crime Panel (policy 6.11). Whether it can be used at the Commissioner's public accountability meetings with the Chief Constable and Chief Fire Officer has not yet been decided (policy 6.13). Ask the Chief Executive first."]),
 ("Can custody visitors use AI to write up their visit reports?",
  ["Independent custody visitors are covered by the policy when they act for the Office (policy 1.2). Visit reports contain information about detainees, which is criminal offence and often health information, so it must not be entered into AI tools without a Register entry and DPIA that allow it (policy 5.4). There is no such entry, so do not use AI for visit reports."]),
 ("I have put something into the wrong tool. What should I do?",
  ["Tell your line manager and the Data Protection Officer (dpo@caldbecksolway-pfcc.gov.uk) straight away, and within 24 hours at the latest. Do not try to delete it yourself first (policy 11.1)."]),
 ("Do I have to label things I have written with AI?",
  ["Written content does not need a label if a named officer has checked and approved it before publication (policy 8.4). AI images, video and audio must always be labelled \"Created with AI\" (policy 8.3). Panel reports, decision notices and complaint responses must say in their version notes that AI was used (policy 8.2)."]),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def build_html():
    parts = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
             f"<title>{html.escape(TITLE)} | OPFCC intranet</title>", "</head>", "<body>",
             '<header class="site-header"><a href="/">OPFCC Staff Intranet</a> <nav><a href="/policies">Policies</a> | <a href="/it">IT and systems</a> | <a href="/hr">HR</a></nav></header>',
             '<main id="content">', f"<h1>{html.escape(TITLE)}</h1>", f"<p>{html.escape(INTRO)}</p>"]
    for q, paras in QA:
        parts.append(f'<h2 id="{slug(q)}">{html.escape(q)}</h2>')
        for p in paras:
            parts.append(f"<p>{html.escape(p)}</p>")
    parts += ["</main>", '<footer class="site-footer"><p>Office of the Caldbeck and Solway Police, Fire and Crime Commissioner. OFFICIAL.</p></footer>', "</body>", "</html>"]
    return "\n".join(parts) + "\n"

def build_md():
    out = [f"# {TITLE}", "", INTRO, ""]
    for q, paras in QA:
        out += [f"## {q}", ""] + [p + "\n" for p in paras]
    return "\n".join(out)

if __name__ == "__main__":
    open("knowledge/cpfcc-ai-staff-faq.html", "w", encoding="utf-8").write(build_html())
    open("originals/cpfcc-ai-staff-faq.md", "w", encoding="utf-8").write(build_md())
    for q, _ in QA:
        print(slug(q))
