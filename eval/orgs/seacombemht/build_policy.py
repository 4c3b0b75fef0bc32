"""Build the Seacombe MHT knowledge folder and originals.

Policy text is hand-written in src/seacombe-genai-policy.md; this script copies it,
writes the tools register CSV (contract register format) and sources.yaml.
"""
import csv, shutil
from pathlib import Path

HERE = Path(__file__).parent
K, O = HERE / "knowledge", HERE / "originals"
K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
P = "seacombe-genai-policy.md"

def refs(*ids):
    return ";".join(f"{P}#{i}" for i in ids)

ROWS = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot with the green shield",
     "approved", "public;internal",
     "Sign in with your NHSmail account and check the green shield is shown. Green and Amber information only; never Red information (nothing about service users, carers, HR casework or commercially sensitive material). Complete the e-learning first. Check all output.",
     refs("5.2", "6.2", "6.3", "13.1")),
    ("Microsoft 365 Copilot", "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in Teams;Copilot Pro licence",
     "restricted", "public;internal;personal",
     "Named licence holders only, after the Copilot licence module. May work with your Trust mailbox and files including routine personal information such as colleagues' names and contact details. Must not be used to draft, summarise or analyse clinical information about service users, HR casework, occupational health or Freedom to Speak Up material.",
     refs("5.3", "6.2", "13.1")),
    ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recording;intelligent recap;Teams recap;Copilot meeting notes",
     "restricted", "public;internal",
     "Corporate and business meetings only (project boards, team briefings, training sessions); tell all attendees at the start and let them object. Not for clinical contacts, MDTs, ward rounds, supervision, HR or employee relations, Freedom to Speak Up, or any meeting discussing Red information.",
     refs("10.4", "10.1")),
    ("Northlight Scribe", "ambient scribe;AI scribe;AVT;ambient voice technology;Northlight",
     "restricted", "public;internal;personal;special_category",
     "Pilot only (October 2026 to February 2027): clinicians in the Older Adults CMHT (West) and the Memory Assessment Service who have completed pilot training, on Trust devices. Service user told and agrees at the start of each contact, agreement recorded. Not where the person lacks capacity to agree, not for Mental Health Act assessments, safeguarding disclosures or anyone under 18. Clinician reads and corrects the whole note before saving.",
     refs("10.2", "10.3", "10.3(a)", "10.3(b)", "10.3(c)", "10.3(d)", "8.3")),
    ("Dragon Medical One", "Dragon;Dragon dictation;speech recognition dictation",
     "approved", "public;internal;personal;special_category",
     "Trust-supplied speech recognition for dictating letters; not generative AI. Use as now under the Records Management Policy.",
     refs("10.7")),
    ("GitHub Copilot", "Copilot for code;GitHub Copilot Business",
     "restricted", "public;internal",
     "Digital Services developers only, on the Trust business licence, within approved projects. No live or Red data, no passwords or secrets. A second developer reviews generated code before deployment.",
     refs("5.7", "8.5", "6.7")),
    ("Microsoft Designer", "Designer;Image Creator;Copilot image generation",
     "restricted", "public;internal",
     "Through Copilot Chat signed in with NHSmail. Illustrative images only, labelled as AI-generated; no likeness of real service users or colleagues, no photos of real people as input.",
     refs("11.3", "9.2", "11.1")),
    ("Canva Magic Studio", "Canva AI;Magic Write;Canva text to image;Magic Media",
     "restricted", "public",
     "Communications team's Trust Canva account only. Green information only; images labelled as AI-generated; never upload photos of service users, carers or visitors.",
     refs("11.3", "9.2", "11.1", "5.8")),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free;ChatGPT Plus;GPT-4o",
     "restricted", "public",
     "Open Tool. Green information only, on a Trust-managed device through a web browser, never signed in with an NHSmail address or Trust password. The ChatGPT desktop app and browser extensions are not permitted. ChatGPT Team/Enterprise is not procured.",
     refs("5.4", "5.6", "6.2", "3.3")),
    ("Google Gemini", "Gemini;Bard;Gemini app",
     "restricted", "public",
     "Open Tool. Green information only, on a Trust-managed device through a web browser, never signed in with Trust credentials.",
     refs("5.4", "6.2", "3.3")),
    ("Microsoft Copilot (personal account)", "Copilot with personal Microsoft account;Copilot app personal;consumer Copilot;Copilot with hotmail or outlook.com",
     "restricted", "public",
     "Open Tool: Copilot signed in with a personal Microsoft account is not Copilot Chat. Green information only, Trust-managed device, web browser.",
     refs("3.3", "5.4", "6.2")),
    ("Google Translate", "Google translation;machine translation",
     "restricted", "public",
     "Green information only. Never for letters, messages or conversations with service users or carers; use the Trust's contracted interpreting and translation service.",
     refs("7.8", "5.4")),
    ("Otter.ai", "Otter;Otter AI;Otter notetaker",
     "prohibited", "", "Third-party AI note-taker: do not use or admit to Trust meetings.", refs("10.5", "5.9")),
    ("Fireflies.ai", "Fireflies;Fireflies notetaker",
     "prohibited", "", "Third-party AI note-taker: do not use or admit to Trust meetings.", refs("10.5", "5.9")),
    ("DeepSeek", "Deep Seek;DeepSeek chat",
     "prohibited", "", "Do not use for Trust work in any circumstances: data processed outside approved countries.", refs("5.9", "12.2")),
    ("Meta AI", "WhatsApp AI;Meta AI in WhatsApp;Instagram AI;Facebook AI",
     "prohibited", "", "Do not use for Trust work in any circumstances.", refs("5.9")),
    ("Adobe Acrobat AI Assistant", "Acrobat AI Assistant;Adobe AI Assistant;Acrobat AI",
     "prohibited", "", "Not assessed; disabled by Digital Services. Do not use until the Panel has assessed it.", refs("5.8", "5.9")),
]

with open(K / "ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(ROWS)

shutil.copyfile(HERE / "src" / P, K / P)
(K / "sources.yaml").write_text(
    f"""{P}:
  title: Use of Generative Artificial Intelligence (AI) Policy (IG-19)
  owner: Senior Information Risk Owner (Chief Digital Officer)
  version: "1.1 (September 2026)"
  url: https://intranet.seacombe.nhs.uk/policies/ig-19-generative-ai
ai-tools-register.csv:
  title: Trust AI Tools Register
  owner: AI Assurance Panel
  version: "September 2026"
  url: https://intranet.seacombe.nhs.uk/digital/ai-tools-register
""", encoding="utf-8")
for name in (P, "ai-tools-register.csv"):
    shutil.copyfile(K / name, O / name)
print("built", sorted(p.name for p in K.iterdir()))
