"""Build the Kestrelvale FRS knowledge folder and the scorer's originals.

Run with /work/main/.venv/bin/python (python-docx needed).
  policy_source.txt -> knowledge/kfrs-generative-ai-policy.docx + originals/kfrs-generative-ai-policy.md
  FAQ (below)       -> knowledge/ai-staff-faq.html               + originals/ai-staff-faq.md
  REGISTER (below)  -> knowledge/ai-tools-register.csv           + originals/ai-tools-register.csv (identical)
  sources.yaml      -> knowledge/sources.yaml
"""
import csv
import html
import io
import re
import shutil
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
OR = HERE / "originals"
KN.mkdir(exist_ok=True)
OR.mkdir(exist_ok=True)

POLICY = "kfrs-generative-ai-policy"
FAQ = "ai-staff-faq"
REG = "ai-tools-register.csv"


def load_source():
    items = []
    for line in (HERE / "policy_source.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        kind, _, text = line.partition(": ")
        items.append((kind, text))
    return items


def build_policy():
    items = load_source()
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    md = []
    vrows = []

    def flush_table():
        if not vrows:
            return
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        md.append("| | |")
        md.append("| --- | --- |")
        for k, v in vrows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
            md.append(f"| {k} | {v} |")
        md.append("")
        vrows.clear()

    for kind, text in items:
        if kind != "V":
            flush_table()
        if kind == "T":
            doc.add_paragraph(text, style="Title")
            md += [f"# {text}", ""]
        elif kind == "M":
            doc.add_paragraph(text)
            md += [text, ""]
        elif kind == "V":
            vrows.append(text.split("|", 1))
        elif kind == "H" or kind == "A":
            doc.add_heading(text, level=1)
            md += [f"## {text}", ""]
        elif kind == "S":
            doc.add_heading(text, level=2)
            md += [f"### {text}", ""]
        elif kind == "P":
            doc.add_paragraph(text)
            md += [text, ""]
        elif kind == "B":
            doc.add_paragraph(text, style="List Bullet")
            md += [f"- {text}", ""]
        else:
            raise ValueError(kind)
    flush_table()
    doc.core_properties.title = "Generative Artificial Intelligence (AI) Use Policy"
    doc.core_properties.author = "Kestrelvale Fire and Rescue Service - ICT and Digital"
    doc.save(KN / f"{POLICY}.docx")
    (OR / f"{POLICY}.md").write_text("\n".join(md).rstrip() + "\n", encoding="utf-8")
    words = sum(len(t.split()) for k, t in items)
    print("policy words:", words)


FAQ_TITLE = "Using AI at work: staff questions and answers"
FAQ_INTRO = ("This page answers the questions colleagues ask most often about generative AI. "
             "It summarises the Generative AI Use Policy (ICT-POL-027) and the AI Tools Register; "
             "where they differ from this page, the policy and the Register apply.")
FAQ_ITEMS = [
    ("Which AI tool should I use day to day?",
     ["Use Microsoft 365 Copilot Chat, signed in with your Kestrelvale account. It is available to "
      "everyone through Edge, Teams and the Microsoft 365 app, and it is the only tool you may use "
      "with unpublished Service information or information about people (keep personal details to "
      "the minimum the task needs).",
      "Whatever tool you use, you are responsible for checking what it produces before you use it."]),
    ("How do I know I am using the work version of Copilot?",
     ["Look for the green shield symbol next to the chat box and check that your Kestrelvale account "
      "is shown at the top right. If there is no green shield, you are using the consumer version, "
      "which counts as Public AI: use it with published information only."]),
    ("Can I use ChatGPT or Gemini on my own phone for work?",
     ["Only for information that is already published or is general knowledge, such as asking how a "
      "spreadsheet function works or getting ideas for a generic safety campaign. Never paste in "
      "drafts, internal figures or anything about a person, even with temporary chat switched on. "
      "Do not sign up with your work email address, and do not claim a subscription on expenses."]),
    ("What counts as Protected Information?",
     ["Protected Information is our most sensitive class. It includes anything about someone's "
      "health or sickness absence, occupational health reports, safeguarding concerns about children "
      "or adults, anything collected on a Safe and Well visit, fire investigation material where a "
      "crime is suspected, disciplinary, grievance and capability cases, and information about "
      "ethnicity, religion, sexual orientation or union membership.",
      "Protected Information must not go into any AI tool, including Copilot Chat. If you are unsure "
      "which class something is in, treat it as the more sensitive one and ask Information Governance."]),
    ("Can Copilot take notes in my one-to-ones?",
     ["Routine one-to-ones about work are internal business meetings, so Teams transcription and "
      "recap may be used if you tell your colleague at the start and they do not object. Stop the "
      "transcript if the conversation turns to health, welfare or personal circumstances, and never "
      "use it for absence, capability, disciplinary or grievance meetings."]),
    ("I have put something into an AI tool that I should not have. What now?",
     ["Do not panic and do not delete the chat. Report it straight away using the Information "
      "Incident form on the intranet (within 24 hours at the latest). Information Governance will "
      "tell you what to do next."]),
    ("How do I get a Microsoft 365 Copilot licence?",
     ["Complete the Using AI Safely module on KestrelLearn and book onto a Copilot Essentials "
      "session. Your line manager then asks the AI Lead for a licence, explaining the business need. "
      "Licences are personal to you and cannot be shared."]),
    ("Who do I ask about a new AI tool?",
     ["Contact the AI Lead in ICT and Digital (ailead@kestrelvale-fire.gov.uk). They will send you the "
      "AI Assurance Questionnaire, assess the tool and, where needed, take it to the Digital Assurance "
      "Board. Do not start a free trial or pilot before the tool has been approved."]),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def build_faq():
    h = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
         f'<title>{html.escape(FAQ_TITLE)} | KestrelNet</title>', '</head>', '<body>',
         '<header class="site-header"><a href="/">KestrelNet</a> <span>Kestrelvale Fire and Rescue Service intranet</span></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/ict">ICT and Digital</a> &gt; <a href="/ict/ai">Using AI</a></nav>',
         '<main id="content">', f'<h1>{html.escape(FAQ_TITLE)}</h1>',
         f'<p>{html.escape(FAQ_INTRO)}</p>']
    md = [f"# {FAQ_TITLE}", "", FAQ_INTRO, ""]
    for q, paras in FAQ_ITEMS:
        h.append(f'<h2 id="{slug(q)}">{html.escape(q)}</h2>')
        md += [f"## {q}", ""]
        for p in paras:
            h.append(f"<p>{html.escape(p)}</p>")
            md += [p, ""]
    h += ['<p class="updated">Page owner: AI Lead, ICT and Digital. Last reviewed November 2025.</p>',
          '</main>',
          '<footer><p>&copy; Kestrelvale Fire and Rescue Service. Report a problem with this page.</p></footer>',
          '</body>', '</html>']
    md += ["Page owner: AI Lead, ICT and Digital. Last reviewed November 2025."]
    (KN / f"{FAQ}.html").write_text("\n".join(h) + "\n", encoding="utf-8")
    (OR / f"{FAQ}.md").write_text("\n".join(md).rstrip() + "\n", encoding="utf-8")


P = f"{POLICY}.docx#"
REGISTER = [
    ("Microsoft 365 Copilot Chat",
     "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot with the green shield;work Copilot",
     "approved", "public;internal;personal",
     "Sign in with your Service account (green shield showing). Personal Information kept to the minimum needed. Never Protected Information. Check all output before use.",
     [P + "5.2", P + "6.3", P + "6.4", P + "8.1"]),
    ("Microsoft 365 Copilot",
     "Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint;Copilot in Teams;Copilot licence",
     "restricted", "public;internal;personal",
     "Named licence holders only, after Using AI Safely and Copilot Essentials training. Licences are not transferable. Never Protected Information.",
     [P + "5.3", P + "13.2", P + "6.3"]),
    ("Microsoft Teams transcription and intelligent recap",
     "Teams transcript;Teams transcription;intelligent recap;Teams Premium recap;meeting recap",
     "restricted", "public;internal;personal",
     "Internal business meetings only. Chair announces transcription at the start and allows objections. Not for disciplinary, grievance, capability, absence, welfare or occupational health meetings, or meetings with the public.",
     [P + "10.1", P + "10.2", P + "10.6"]),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4o", "restricted", "public",
     "Open Information only, whatever settings are used. Do not register with a Service email address or expense a subscription.",
     [P + "5.5", P + "5.6"]),
    ("Google Gemini", "Gemini;Bard;Gemini app", "restricted", "public",
     "Open Information only. Do not register with a Service email address or expense a subscription.",
     [P + "5.5", P + "5.6"]),
    ("Claude", "Anthropic Claude;Claude.ai", "restricted", "public",
     "Open Information only. Do not register with a Service email address or expense a subscription.",
     [P + "5.5", P + "5.6"]),
    ("Microsoft Copilot (consumer)",
     "Copilot with a personal Microsoft account;copilot.microsoft.com without the green shield;Copilot Pro",
     "restricted", "public",
     "Counts as Public AI. Open Information only.",
     [P + "3.3", P + "5.5"]),
    ("Adobe Firefly", "Firefly;Adobe Express generative features;Photoshop generative fill",
     "restricted", "public",
     "Corporate Communications team only. Open Information only. No real or identifiable people; nothing that could pass as a real incident photograph. Label outputs as AI-generated.",
     [P + "11.4", P + "11.2", P + "11.3", P + "9.3"]),
    ("DeepSeek", "Deep Seek;DeepSeek app", "prohibited", "",
     "Do not install, access or use for Service business on any device.", [P + "5.7"]),
    ("AI meeting note-takers", "Otter.ai;Otter;Fireflies;Fireflies.ai;Read.ai;meeting bots",
     "prohibited", "",
     "Must not be used in Service meetings; the chair removes any such bot, including one brought by an external attendee.",
     [P + "10.3"]),
    ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly for Chrome", "prohibited", "",
     "Browser extensions and add-ins that send text to an AI service are not permitted on Service devices or accounts. Use Microsoft Editor instead.",
     [P + "5.9"]),
]


def build_register():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    for tool, aliases, status, data, cond, clauses in REGISTER:
        w.writerow([tool, aliases, status, data, cond, ";".join(clauses)])
    (KN / REG).write_text(buf.getvalue(), encoding="utf-8")
    shutil.copyfile(KN / REG, OR / REG)


SOURCES = f"""{POLICY}.docx:
  title: Generative Artificial Intelligence (AI) Use Policy
  owner: Head of ICT and Digital
  version: "1.3 (October 2025)"
  url: https://kestrelnet.kestrelvale-fire.gov.uk/policies/ict-pol-027-generative-ai
{FAQ}.html:
  title: "Using AI at work: staff questions and answers"
  owner: AI Lead, ICT and Digital
  version: "November 2025"
  url: https://kestrelnet.kestrelvale-fire.gov.uk/ict/ai/faq
{REG}:
  title: AI Tools Register
  owner: AI Lead, ICT and Digital
  version: "2025-11"
  url: https://kestrelnet.kestrelvale-fire.gov.uk/ict/ai/register
"""

if __name__ == "__main__":
    build_policy()
    build_faq()
    build_register()
    (KN / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    print(sorted(p.name for p in KN.iterdir()), sorted(p.name for p in OR.iterdir()))
