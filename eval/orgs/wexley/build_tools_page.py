"""Write the intranet page 'AI tools: what you can use' (hand-written HTML) and its Markdown original."""
TITLE = "AI tools: what you can use"
INTRO = ("This page is the AI Tools Page referred to in the Generative AI Acceptable Use Policy. "
         "It lists the AI tools you can use for Council work, what you can use each one for and what "
         "information you can put into it. It is kept up to date by Information Governance. Last updated 3 November 2025.")
SECTIONS = []  # (heading, [paragraphs or ('ul', items) or ('table', rows)])
SECTIONS.append(("Before you use any tool", [
    "Complete the \"Using AI safely at Wexley\" module on the Learning Hub before you use Copilot.",
    "Work out which class your information is in: Open Information, Working Information, Resident Record Information, Protected Case Information or Restricted Council Business. Restricted Council Business must not go into any AI tool.",
    "Check everything the tool gives you before you use it. You are responsible for it.",
]))
HEAD = ["Tool", "What you can use it for", "Information allowed", "Conditions"]
ROWS = [
 ["Microsoft 365 Copilot Chat (Copilot Chat, the Copilot app, signed in with your @wexley.gov.uk account)",
  "Drafting, rewriting and summarising text; research; ideas; spreadsheet formulas; illustrations for internal materials",
  "Open Information, Working Information, Resident Record Information (the minimum needed)",
  "Sign in with your Wexley account and check the green shield is showing. No Protected Case Information. Policy sections 6 and 8."],
 ["Microsoft 365 Copilot (licensed, in Word, Excel, PowerPoint, Outlook and Teams)",
  "As Copilot Chat, plus working with your own files, email and Teams chats",
  "Open Information, Working Information, Resident Record Information (the minimum needed)",
  "Licensed officers only. Use with Protected Case Information has not been decided (policy clause 16.4). Meeting rules in policy section 10."],
 ["Teams transcription and intelligent recap",
  "Notes and actions from Teams meetings",
  "What is discussed in the meeting",
  "Internal meetings: tell everyone at the start. External attendees must agree in advance. Never in the meetings listed in policy clause 10.3."],
 ["Magic Notes",
  "Recording and summarising social care visits, assessments and meetings",
  "Open Information, Working Information, Resident Record Information, Protected Case Information",
  "Authorised Adults' and Children's Social Care practitioners only, on a Council-issued device, with the person's agreement. Policy clauses 12.3 and 12.4."],
 ["GitHub Copilot Business (Council GitHub organisation)",
  "Writing, explaining and testing code",
  "Open Information, Working Information (code and documentation only)",
  "Digital Wexley developers with a Council licence. No personal data, passwords or keys in prompts or code. Code review under policy clause 8.5."],
 ["Adobe Firefly (Council Adobe licence)",
  "Illustrative images for Council publications",
  "Open Information",
  "Communications and Marketing only. No real people. Label published images (policy clauses 9.1 and 11)."],
 ["ChatGPT, Google Gemini and Claude (public versions, free or personally paid)",
  "General research on public topics; explaining published legislation and guidance; help with wording of text that is already public or written to be published",
  "Open Information only",
  "Do not sign up or sign in with your Council email address. Do not upload files. Nothing unpublished about the Council and nothing about any person."],
 ["Microsoft Translator (in Edge and Microsoft 365)",
  "Understanding incoming letters, emails and web pages in other languages; translating Open Information",
  "Open Information, Working Information, Resident Record Information (incoming correspondence only)",
  "Translating letters to residents has not been decided (policy clause 16.5): use the contracted translation service."],
]
NOTPERMITTED = [
 "DeepSeek, in any form: website, app or API.",
 "AI notetakers and meeting bots such as Otter.ai, Fireflies.ai, Read.ai and tl;dv.",
 "AI browser extensions and add-ins, including writing assistants such as the Grammarly extension.",
 "Face-swap, avatar and voice-cloning apps.",
]
SECTIONS.append(("Approved tools", [("table", ROWS)]))
SECTIONS.append(("Tools you must not use", ["Do not use these for any Council work, with any information:", ("ul", NOTPERMITTED)]))
SECTIONS.append(("Tool not listed here?", [
    "If a tool is not in the table above, it is not approved. Do not use it for Council work until the Information Governance Board has approved it. This includes AI features inside other software, such as Zoom AI Companion, Canva Magic Studio, Adobe Acrobat AI Assistant and AI assistants added to our case management systems.",
    "Ask for a tool to be considered using the AI Tool Request form on the Digital Wexley portal. The Board meets monthly.",
]))
SECTIONS.append(("Who to ask", [
    "Whether a tool or a use is allowed: ai.governance@wexley.gov.uk or the Ask AI Governance channel in Teams.",
    "Something has gone wrong, such as personal information put into the wrong tool: report it within 24 hours with the Information Incident form.",
    "Licences and technical help: Digital Wexley Service Desk, extension 4400.",
]))

def esc(t): return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html():
    o = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(TITLE)} | Wexley Intranet</title>', '</head>', '<body>',
         '<header class="site-header"><a href="/">Wexley Intranet</a>',
         '<nav><ul><li><a href="/news">News</a></li><li><a href="/hr">HR and pay</a></li><li><a href="/it">Digital Wexley</a></li><li><a href="/policies">Policies</a></li></ul></nav>',
         '</header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/it">Digital Wexley</a> &gt; AI tools</nav>',
         '<main id="content">', f'<h1>{esc(TITLE)}</h1>', f'<p>{esc(INTRO)}</p>']
    for hd, body in SECTIONS:
        o.append(f'<h2>{esc(hd)}</h2>')
        for b in body:
            if isinstance(b, str):
                o.append(f'<p>{esc(b)}</p>')
            elif b[0] == "ul":
                o.append('<ul>' + ''.join(f'<li>{esc(i)}</li>' for i in b[1]) + '</ul>')
            else:
                o.append('<table class="tools">')
                o.append('<thead><tr>' + ''.join(f'<th scope="col">{esc(c)}</th>' for c in HEAD) + '</tr></thead>')
                o.append('<tbody>')
                for r in b[1]:
                    o.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>')
                o.append('</tbody></table>')
    o += ['</main>', '<footer class="site-footer"><p>Page owner: Information Governance. London Borough of Wexley, Civic Centre.</p>',
          '<p><a href="/accessibility">Accessibility</a> | <a href="/feedback">Report a problem with this page</a></p></footer>',
          '</body>', '</html>']
    return "\n".join(o) + "\n"

def md():
    o = [f"# {TITLE}", "", INTRO, ""]
    for hd, body in SECTIONS:
        o += [f"## {hd}", ""]
        for b in body:
            if isinstance(b, str):
                o += [b, ""]
            elif b[0] == "ul":
                o += [f"- {i}" for i in b[1]] + [""]
            else:
                o.append("| " + " | ".join(HEAD) + " |")
                o.append("|" + "---|" * len(HEAD))
                o += ["| " + " | ".join(r) + " |" for r in b[1]] + [""]
    return "\n".join(o)

if __name__ == "__main__":
    open("knowledge/ai-tools-what-you-can-use.html", "w").write(html())
    open("originals/ai-tools-what-you-can-use.md", "w").write(md())
    print("ok")
