"""Write knowledge/ai-tools-register.csv and an identical copy in originals/."""
import csv, shutil
from pathlib import Path

HERE = Path(__file__).parent
F = "genai-acceptable-use-policy.pdf"
def c(*ids): return ";".join(f"{F}#{i}" for i in ids)

ROWS = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Copilot with the green shield;Bing Chat Enterprise;work Copilot",
     "approved", "public;internal",
     "Sign in with your Force account and check the green shield is shown. Public Domain Information and Force Internal Information only; Personal Information only once fully anonymised. No Protected Material. On a personal device only through the Force-managed Microsoft 365 apps on an enrolled device. Check all output before use.",
     c("5.2", "6.2", "6.4", "14.1")),
    ("Microsoft 365 Copilot", "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint;paid Copilot",
     "restricted", "public;internal;personal",
     "Named licence holders only, after the e-learning and the Copilot practitioner workshop. May work with Personal Information already in the licence holder's own mailbox, OneDrive and Teams, for the purpose it was collected. Never with Protected Material. Use on personally owned devices not yet decided.",
     c("5.3", "6.2", "12.2", "14.1")),
    ("Microsoft Teams transcription and intelligent recap", "Teams recap;Teams transcription;Copilot in Teams meetings;meeting recap;Teams Premium",
     "restricted", "public;internal;personal",
     "Only in internal business meetings hosted in the Force's own Teams. Not in interviews with suspects, victims or witnesses; not in misconduct, grievance, capability or attendance meetings; not in tasking, MARAC, strategy discussions, Gold groups or any meeting discussing Protected Material. Tell participants at the start and switch off if anyone objects.",
     c("10.2", "10.1")),
    ("Microsoft Copilot (personal account)", "consumer Copilot;Copilot app;copilot.microsoft.com without signing in;Copilot with a personal Microsoft account;Bing Copilot",
     "prohibited", "",
     "Do not use for Force business on any device. Use Microsoft 365 Copilot Chat signed in with your Force account instead.",
     c("5.4", "5.7")),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4o;chatgpt.com",
     "restricted", "public",
     "Public Domain Information only, for research, explaining published material and ideas. Do not create an account with a Force email address and do not upload Force documents. Not on personally owned devices for Force business. Paid personal subscriptions are not reimbursed.",
     c("5.5", "3.3", "14.1", "11.3")),
    ("Google Gemini", "Gemini;Bard;Gemini app",
     "restricted", "public",
     "Public Domain Information only, for research, explaining published material and ideas. Do not create an account with a Force email address and do not upload Force documents. Not on personally owned devices for Force business.",
     c("5.5", "14.1")),
    ("Google NotebookLM", "NotebookLM;Notebook LM;Audio Overviews",
     "prohibited", "",
     "Do not use. Works by uploading documents to Google outside any Force contract.",
     c("5.7", "5.5")),
    ("DeepSeek", "Deep Seek;DeepSeek Chat;DeepSeek R1",
     "prohibited", "",
     "Do not install, access or use on any device for Force business. Information is stored and processed outside adequate data protection jurisdictions.",
     c("5.7")),
    ("Meta AI", "Meta AI in WhatsApp;WhatsApp AI;Meta AI in Facebook;Meta AI in Instagram",
     "prohibited", "",
     "Do not use for Force business, including in WhatsApp groups used for community engagement.",
     c("5.7")),
    ("Grammarly", "Grammarly extension;Grammarly for Edge;GrammarlyGO",
     "prohibited", "",
     "Do not install the browser extension or desktop app on Force devices: it reads everything typed into Force systems. Use the spelling and grammar tools in Microsoft 365.",
     c("5.7", "11.1")),
    ("GitHub Copilot", "Copilot in VS Code;GitHub Copilot Business",
     "restricted", "internal",
     "Digital Services developers only, in Force code repositories, under the Force's GitHub Copilot Business licence. No passwords, credentials, API keys, configuration or live data in prompts or code context.",
     c("5.8", "6.5")),
    ("Adobe Firefly", "Firefly;Adobe Express generative fill;Photoshop generative fill",
     "restricted", "public;internal",
     "Corporate Communications Department only, for illustrative images. No image of a real, identifiable person. Label all Synthetic Media as AI-generated. Never to alter images that are or may become evidence or intelligence.",
     c("5.8", "9.3", "10.3", "10.4")),
    ("CaseScribe", "Case Scribe;BWV draft account tool;body-worn video drafting pilot",
     "restricted", "public;internal;personal;special_category",
     "Pilot until 31 March 2027. Only officers posted to the Harbourside and Eastgate Local Policing Areas who have completed the CaseScribe pilot training. The officer must read, correct and adopt every part of the draft; never submitted as an MG11; mark as AI-assisted on the occurrence record. Other areas need a DAB decision.",
     c("8.5", "7.1")),
]

if __name__ == "__main__":
    out = HERE / "knowledge" / "ai-tools-register.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        w.writerows(ROWS)
    shutil.copyfile(out, HERE / "originals" / "ai-tools-register.csv")
    print(len(ROWS), "rows")
