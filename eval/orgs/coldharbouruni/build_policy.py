"""Build knowledge/ (HTML policy page + tools register CSV) and originals/ (same-stem .md, identical CSV)."""
import csv, html, io, re, shutil, os
from policy_text import TITLE, PREAMBLE, BODY

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge"); O = os.path.join(HERE, "originals")
STEM = "genai-staff-policy"
P = STEM + ".html"

REGISTER = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;Bing Chat Enterprise;Microsoft Copilot;M365 Copilot Chat", "approved", "public;internal;personal",
  "Sign in with your University account so enterprise data protection (the shield) applies. Not for Sensitive information (health, disability, safeguarding and other special category data). Review all output before use.", f"{P}#5.2;{P}#6.3"),
 ("Microsoft 365 Copilot", "Copilot for Microsoft 365;M365 Copilot;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint;Copilot in Teams", "restricted", "public;internal;personal",
  "Copilot Early Adopter Programme licence holders only; complete the Using AI Safely at Coldharbour module first. Not for Sensitive information. Teams meeting transcription and recap only under section 11.", f"{P}#5.3;{P}#14.2;{P}#11.1"),
 ("Coldharbour AI Workspace", "CHAI;AI Workspace;Coldharbour AI", "approved", "public;internal;personal",
  "University-hosted platform. Sensitive information only in a CHAI project space with an approved DPIA registered with the DAB. API access and custom assistants are permitted only within CHAI.", f"{P}#5.4;{P}#13.2"),
 ("ChatGPT (free or personal account)", "ChatGPT;Chat GPT;OpenAI;ChatGPT Plus;ChatGPT free", "restricted", "public",
  "Open (published) information only. Do not sign up with your University email address. Not for Unpublished Research, Assessment Material or any personal information.", f"{P}#5.5;{P}#7.1;{P}#7.5"),
 ("GitHub Copilot", "Copilot for code;GitHub Copilot Business", "restricted", "public;internal",
  "Only through the University's GitHub Enterprise organisation seat requested via the IT Service Desk. Code and technical documentation only; no personal data, passwords, keys or tokens. Review and test all code.", f"{P}#6.5;{P}#9.4"),
 ("Adobe Firefly", "Firefly;Adobe generative fill;Photoshop generative fill", "restricted", "public;internal",
  "Marketing and Communications team only, through the University's Adobe enterprise licence, for marketing and external communications images. No images of identifiable people without consent.", f"{P}#12.2;{P}#12.4"),
 ("Elicit", "Elicit AI;elicit.com", "restricted", "public",
  "Literature searching and summarising published research only. Do not upload Library-licensed full texts, Unpublished Research or manuscripts under review.", f"{P}#6.6;{P}#7.3"),
 ("Turnitin AI writing indicator", "Turnitin AI detection;AI detector;Turnitin", "restricted", "internal;personal",
  "Academic Integrity Officers only. The indicator is not evidence of misconduct on its own.", f"{P}#7.8;{P}#7.6"),
 ("Synthesia", "Synthesia AI video;AI avatar video", "restricted", "public;internal",
  "Digital Education Unit only, for teaching videos. Avatars of real people only with written consent and DAB approval; never of students. Label as AI-generated.", f"{P}#12.3"),
 ("Otter.ai", "Otter;Otter Assistant", "prohibited", "", "Do not use. Third-party meeting bots must not join University meetings or connect to University calendars.", f"{P}#11.3;{P}#8.5"),
 ("Fireflies.ai", "Fireflies;Fred (Fireflies notetaker)", "prohibited", "", "Do not use. Third-party meeting bots must not join University meetings or connect to University calendars.", f"{P}#11.3;{P}#8.5"),
 ("Read.ai", "Read AI", "prohibited", "", "Do not use. Third-party meeting bots must not join University meetings.", f"{P}#11.3;{P}#8.5"),
 ("Zoom AI Companion", "Zoom AI;Zoom meeting summary", "prohibited", "", "Disabled on the University Zoom account. Do not enable it or use it through a personal Zoom account for University meetings.", f"{P}#5.7;{P}#8.5"),
 ("Grammarly", "Grammarly browser extension;GrammarlyGO;Grammarly AI", "prohibited", "", "Do not install the extension or desktop app on University devices or connect it to University accounts.", f"{P}#5.8;{P}#8.5"),
 ("DeepSeek", "Deep Seek;DeepSeek chat", "prohibited", "", "Do not use for any University purpose on any device.", f"{P}#8.5"),
]

def clause_html(text):
    return html.escape(text, quote=False)

def build_html():
    out = ["<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{html.escape(TITLE)} | Coldharbour University Staff Intranet</title>", "</head>", "<body>",
           "<header class=\"site-header\"><nav><a href=\"/\">StaffNet home</a> | <a href=\"/policies\">Policies</a> | <a href=\"/it\">IT Services</a> | <a href=\"/help\">Help</a></nav></header>",
           "<main id=\"content\">", f"<h1>{html.escape(TITLE)}</h1>"]
    for p in PREAMBLE:
        out.append(f"<p class=\"doc-meta\">{clause_html(p)}</p>")
    for kind, val in BODY:
        if kind == "h2":
            out.append(f"<h2>{clause_html(val)}</h2>")
        elif kind == "h3":
            out.append(f"<h3>{clause_html(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{clause_html(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{clause_html(i)}</li>" for i in val) + "</ul>")
    out += ["</main>", "<footer><p>Coldharbour University, Coldharbour Lane campus. Accessibility statement | Privacy notice | Contact IT Service Desk</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out)

def build_md():
    out = [f"# {TITLE}", ""]
    for p in PREAMBLE:
        out += [p, ""]
    for kind, val in BODY:
        if kind == "h2":
            out += [f"## {val}", ""]
        elif kind == "h3":
            out += [f"### {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
    return "\n".join(out)

def build_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    for r in REGISTER:
        w.writerow(r)
    return buf.getvalue()

if __name__ == "__main__":
    os.makedirs(K, exist_ok=True); os.makedirs(O, exist_ok=True)
    open(os.path.join(K, P), "w", encoding="utf-8").write(build_html())
    open(os.path.join(O, STEM + ".md"), "w", encoding="utf-8").write(build_md())
    open(os.path.join(K, "ai-tools-register.csv"), "w", encoding="utf-8").write(build_csv())
    shutil.copyfile(os.path.join(K, "ai-tools-register.csv"), os.path.join(O, "ai-tools-register.csv"))
    open(os.path.join(K, "sources.yaml"), "w", encoding="utf-8").write(
        f"{P}:\n  title: {TITLE}\n  owner: Chief Digital Officer (Digital Assurance Board)\n  version: \"2.1 (February 2026)\"\n  url: https://staffnet.coldharbour.ac.uk/policies/generative-ai\n"
        "ai-tools-register.csv:\n  title: AI Tools Register\n  owner: Digital Assurance Board\n  version: \"2026 Q1\"\n  url: https://staffnet.coldharbour.ac.uk/it/ai-tools-register\n")
    words = len(re.findall(r"\w+", build_md()))
    print("policy words:", words)
