import csv
P = "brightwater-genai-policy.md"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;M365 Copilot Chat;Bing Chat Enterprise", "approved", "public;internal;personal",
  "Sign in with your Brightwater account (green shield showing). Personal information only as much as the task needs. Supplier evidence and unpublished drafts allowed. No vulnerability, health or other special category information; no bank, card or NI numbers. May be used on an Intune-enrolled personal phone.",
  f"{P}#3.5;{P}#4.3;{P}#4.7"),
 ("Microsoft 365 Copilot", "Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in Teams;M365 Copilot licence", "restricted", "public;internal;personal",
  "Licensed staff only, signed in with a Brightwater account. Same information rules as Copilot Chat. Teams transcription and recap only as section 7 allows. Must not generate wording for decision reasoning.",
  f"{P}#4.9;{P}#7.3;{P}#5.3"),
 ("Resolve Assist", "Resolve AI;case summary tool;Resolve summariser", "restricted", "public;internal;personal;special_category",
  "Inside the Resolve casework system only. For case summaries, chronologies and issue lists. Output must be checked against the case file. Must not be used to decide or recommend outcomes or write decision reasoning.",
  f"{P}#5.1;{P}#4.5;{P}#5.2"),
 ("Brightwater Contact transcription", "Contact transcription;call transcription;telephony transcription", "restricted", "personal;special_category",
  "Enquiries team calls recorded in Brightwater Contact only. Transcripts and summaries stay in Contact and Resolve.",
  f"{P}#7.1;{P}#7.2"),
 ("Microsoft Translator", "Translator;Bing Translator;Translate in Outlook", "restricted", "public;internal;personal",
  "Brightwater account only. To understand the gist of incoming correspondence. Output must not be sent to complainants unless checked by the contracted translation service. No special category information.",
  f"{P}#8.2;{P}#8.1"),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot for code", "restricted", "public;internal",
  "Digital team only, on Brightwater repositories with the Brightwater organisation licence. No live case data, database extracts or secrets. Second-developer review before merge.",
  f"{P}#12.1;{P}#12.2"),
 ("Adobe Firefly", "Firefly;Adobe AI images", "restricted", "public",
  "Communications team only, through the Brightwater Adobe licence. Illustrative images only; no real people; label published images.",
  f"{P}#9.4;{P}#9.5"),
 ("ChatGPT", "Chat GPT;OpenAI;ChatGPT Plus;GPT-4o", "prohibited", "",
  "Do not use for Brightwater work in any version, on any device.",
  f"{P}#3.3"),
 ("Google Gemini", "Gemini;Bard", "prohibited", "", "Do not use for Brightwater work.", f"{P}#3.3"),
 ("DeepSeek", "Deep Seek", "prohibited", "", "Do not use for Brightwater work.", f"{P}#3.3"),
 ("Otter.ai", "Otter;Otter transcription", "prohibited", "", "Do not use. Call recordings must not be uploaded to any transcription tool other than Brightwater Contact.", f"{P}#3.3;{P}#7.2"),
 ("Google Translate", "Google translation", "prohibited", "", "Do not use. Use Microsoft Translator or the contracted translation service.", f"{P}#3.3;{P}#8.1"),
 ("Grammarly", "Grammarly extension;GrammarlyGO", "prohibited", "", "Do not use, including the browser extension. Use the Microsoft Word editor.", f"{P}#3.3;{P}#5.3"),
]
with open("knowledge/brightwater-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(rows)
