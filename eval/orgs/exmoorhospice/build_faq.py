"""Builds knowledge/ai-faq.html (intranet FAQ page, h2/h3 with ids) and originals/ai-faq.md."""
import re, html
TITLE = "Using AI at the hospice: your questions answered"
INTRO = "This page answers common questions from staff and volunteers about the Generative AI Acceptable Use Policy (IG-14). If the page and the policy ever differ, the policy applies. Last updated 24 November 2026 by the Information Governance Lead."
FAQ = [
 ("Which tools can I use?", "Only two AI tools are approved for hospice work.", [
  ("Can I use ChatGPT if I leave out all the names?", "No. ChatGPT is not approved for hospice work, whatever information you put in. The only approved tools are Microsoft 365 Copilot Chat signed in with your hospice account and, for clinical teams where it has been rolled out, the Tandem clinical note scribe."),
  ("How do I know Copilot Chat is the protected version?", "Go to copilot.microsoft.com or open Copilot in Edge and sign in with your hospice email address. A green shield marked \"Protected\" appears at the top of the chat. If you do not see it, you are not using the approved version and must not use it for hospice work."),
  ("What about the AI in Canva, Grammarly or our email marketing system?", "These AI features are not approved. You can keep using the rest of those products, but switch off or ignore their AI writing and image features for hospice work."),
  ("Can volunteers use Copilot Chat?", "Yes, if they have a hospice Microsoft account (many shop and reception volunteers do) and follow the policy. Volunteers without a hospice account must not use any AI tool for hospice work."),
 ]),
 ("Using AI safely", "Copilot Chat is for internal and published information only.", [
  ("Can I use Copilot Chat on my own phone?", "Yes, through a web browser signed in with your hospice account, with the green shield showing. Do not save or download anything from it onto your phone. Tandem must only ever be used on a hospice-issued device."),
  ("Can Copilot help me write a thank-you letter to a donor?", "Copilot Chat can help you write a general thank-you template. Do not put the donor's name, address, gift amount or any other details about them into Copilot; add those yourself afterwards in the supporter database."),
  ("Can I ask Copilot about a patient's symptoms if I don't give their name?", "No. Using AI for clinical advice or symptom management is not allowed, and a patient's condition is special category information that must never go into Copilot Chat. Speak to the nurse in charge or the on-call doctor."),
 ]),
 ("Getting help", "Who to contact.", [
  ("I think I put patient details into Copilot. What now?", "Tell the Information Governance Lead within 24 hours (ig@exmoorcoasthospice.org.uk) and log it on Datix. Do not delete the chat until the Information Governance Lead has seen it."),
  ("Who do I ask about getting a new AI tool approved?", "Log a request with the IT Service Desk (extension 2200). It goes to the Digital and Information Governance Group, which meets monthly. Do not try the tool with hospice information in the meantime."),
 ]),
]
def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
e = html.escape
body = []; md = [f"# {TITLE}", "", INTRO, ""]
for h2, intro, qs in FAQ:
    body.append(f'<section>\n<h2 id="{slug(h2)}">{e(h2)}</h2>\n<p>{e(intro)}</p>')
    md += [f"## {h2}", "", intro, ""]
    for q, a in qs:
        body.append(f'<h3 id="{slug(q)}">{e(q)}</h3>\n<p>{e(a)}</p>')
        md += [f"### {q}", "", a, ""]
    body.append('</section>')
page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{e(TITLE)} | HospiceNet</title></head>
<body>
<header><nav><a href="/">HospiceNet home</a> | <a href="/policies">Policies</a> | <a href="/it">IT and digital</a></nav></header>
<main id="content">
<h1>{e(TITLE)}</h1>
<p>{e(INTRO)}</p>
{chr(10).join(body)}
</main>
<footer><p>Exmoor and Coast Hospice intranet. For staff and volunteers only.</p></footer>
</body>
</html>
"""
open('knowledge/ai-faq.html', 'w').write(page)
open('originals/ai-faq.md', 'w').write("\n".join(md))
ids = [slug(h2) for h2,_,qs in FAQ] + [slug(q) for _,_,qs in FAQ for q,_ in qs]
print("\n".join(ids))
