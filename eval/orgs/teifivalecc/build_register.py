import csv
P = "tvcc-generative-ai-policy.md"
def c(*ids): return ";".join(f"{P}#{i}" for i in ids)
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot web;Copilot in Edge", "approved", "public;internal",
  "Sign in with your Council account (look for the green shield). Public and internal information only; no personal data, special category data or children's information.", c("3.2","4.1","5.3")),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot in Word;Copilot in Outlook;Copilot in Teams;Copilot licence", "restricted", "public;internal;personal",
  "Licensed users only, after completing AI Essentials on Dysgu. Personal data only with a lawful basis and the minimum needed; never special category data, children's information or documents marked OFFICIAL-SENSITIVE. May be used with commercially sensitive documents held in the Council tenancy.", c("5.4","5.7","9.1")),
 ("Microsoft Teams transcription and recap", "Teams transcription;Teams recap;intelligent recap;Teams Premium", "restricted", "public;internal",
  "Internal Council meetings only. Tell every participant at the start; stop if anyone objects. Never in meetings with residents or service users, HR meetings, safeguarding meetings or exempt committee business.", c("7.13","7.14")),
 ("Microsoft Translator", "Translator;Bing Translator;Translate in Outlook;Word translate", "restricted", "public;internal;personal",
  "Through the Council account only. For understanding incoming correspondence and internal working text. Must not replace the Translation Unit for published, public-facing or statutory Welsh text. No special category data or children's information.", c("7.17","7.18")),
 ("Adobe Firefly", "Firefly;Photoshop generative fill;Adobe Express AI", "restricted", "public",
  "Communications and Marketing team only, under the Council Creative Cloud licence. Illustrative images of people who do not exist only; never upload or create images of real people. Label AI-generated images when published.", c("7.4","7.5")),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot for code", "restricted", "public;internal",
  "ICT and digital development staff only, through the Council's business licence. No passwords, keys, connection strings or personal data in prompts. Code reviewed by a second developer before live deployment.", c("7.19")),
 ("ChatGPT", "Chat GPT;OpenAI;GPT-4o", "restricted", "public",
  "Public information only. Register with your Council email address; never a personal account or personal subscription. No internal, personal or special category information.", c("5.4","4.2")),
 ("Google Gemini", "Gemini;Bard", "restricted", "public",
  "Public information only. Register with your Council email address; never a personal Google account. No internal, personal or special category information.", c("5.4","4.2")),
 ("DeepSeek", "Deep Seek", "prohibited", "", "Do not use for Council business on any device.", c("3.4")),
 ("Otter.ai", "Otter", "prohibited", "", "AI note-taking assistant: must not join or record Council meetings.", c("7.15","3.5")),
 ("Fireflies.ai", "Fireflies;Fred", "prohibited", "", "AI note-taking assistant: must not join or record Council meetings.", c("7.15","3.5")),
 ("Read.ai", "Read AI", "prohibited", "", "AI note-taking assistant: must not join or record Council meetings.", c("7.15","3.5")),
 ("Grammarly", "Grammarly Premium;GrammarlyGO", "prohibited", "", "Browser extension that sends text outside the Council; do not install or use on Council devices or with Council information.", c("3.4","3.5")),
 ("Meta AI", "WhatsApp AI;Instagram AI", "prohibited", "", "Do not use for Council business.", c("3.4")),
]
with open("knowledge/tvcc-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool","aliases","status","data_allowed","conditions","clauses"])
    w.writerows(rows)
