"""Write the Force AI Tools Register (contract CSV format) to knowledge/ and an identical copy to originals/."""
import csv
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "tvp-ai-tools-register.csv"
P = "tvp-genai-policy.pdf#"

ROWS = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;M365 Copilot Chat;Bing Chat Enterprise", "approved",
     "public;internal;personal",
     "All trained users. Force device or Force-managed Outlook/Teams app on a Force mobile, signed in with a Force account, enterprise data protection shield visible. OFFICIAL information only; personal data only where necessary and the minimum needed. No OFFICIAL-SENSITIVE information or Operational Material.",
     ["5.2", "6.3", "6.4", "6.5"]),
    ("Microsoft 365 Copilot", "Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot in Excel;M365 Copilot licence;Teams intelligent recap", "restricted",
     "public;internal;personal",
     "Pathfinder Cohort members only; licences allocated by Digital Services, never bought by users or departments. Meeting summaries only for internal OFFICIAL meetings with notice given at the start. No OFFICIAL-SENSITIVE information or Operational Material.",
     ["5.3", "10.1", "10.2", "6.5"]),
    ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4o", "restricted", "public",
     "Published Information only, for research, learning and drafting text with no other Force Information. Never with an account registered to a Force email address. Desktop app, custom GPTs and the OpenAI API are separate tools and are not approved.",
     ["5.4", "5.6", "12.2"]),
    ("Google Gemini", "Gemini;Bard;Gemini app", "restricted", "public",
     "Published Information only, for research, learning and drafting text with no other Force Information. Never with an account registered to a Force email address. Gemini inside Gmail or Google Workspace on personal accounts is not approved for Force Information.",
     ["5.4", "5.6", "12.1"]),
    ("BWV Narrative Assist", "BWV Drafting Pilot;body-worn video drafting;bodycam report writer", "restricted",
     "public;internal;personal;special_category",
     "BWV Drafting Pilot only: officers named on the pilot list in the Northern Response Hub, until 31 August 2026. Not for incidents involving domestic abuse, a sexual offence or a child. Every draft rewritten and confirmed by the officer in their own words.",
     ["10.6", "6.5", "16.3"]),
    ("Adobe Firefly", "Firefly;Adobe Express generative fill;Photoshop generative fill", "restricted", "public;internal",
     "Corporate Communications staff only, for illustrations, graphics and campaign artwork showing no real person. Label every output as AI-generated. No photographs, CCTV or custody images as input.",
     ["11.1", "11.2", "11.3", "9.2"]),
    ("GitHub Copilot Business", "GitHub Copilot;Copilot for code", "restricted", "public;internal",
     "Digital Services developers only, to write, test and review code. No live data, credentials or configuration of operational systems in prompts.",
     ["13.4"]),
    ("Microsoft Copilot (personal account)", "Copilot app;consumer Copilot;copilot.microsoft.com with a personal Microsoft account", "prohibited", "",
     "The consumer edition signed in with a personal Microsoft account is not the approved Copilot Chat and must not be used for Force business.",
     ["5.6", "12.1"]),
    ("DeepSeek", "DeepSeek Chat;DeepSeek R1", "prohibited", "",
     "Do not use on any device for Force business, whatever the information.",
     ["7.2"]),
    ("Grammarly", "Grammarly extension;Grammarly for Microsoft Office;GrammarlyGO", "prohibited", "",
     "Browser extension and Office add-in send page content to an external service; must not be installed on Force devices.",
     ["5.7"]),
    ("Otter.ai", "Otter;Fireflies.ai;Read.ai;AI note taker;meeting bot", "prohibited", "",
     "Third-party AI note-takers and meeting bots must not be used in any Force meeting.",
     ["10.4"]),
]

if __name__ == "__main__":
    k = HERE / "knowledge" / NAME
    with k.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        for tool, aliases, status, data, cond, cls in ROWS:
            w.writerow([tool, aliases, status, data, cond, ";".join(P + c for c in cls)])
    shutil.copyfile(k, HERE / "originals" / NAME)
    print(len(ROWS), "rows")
