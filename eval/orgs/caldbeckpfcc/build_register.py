import csv
P = "cpfcc-ai-usage-policy.md"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;M365 Copilot Chat;Bing Chat Enterprise", "approved", "public;internal;personal",
  "All staff. Sign in with your work account (green shield shown). Minimum personal information only. Not for special category information, victims' information, complaint review files, children's information, HR casework or unpublished police or fire operational information.",
  f"{P}#3.1;{P}#5.3;{P}#5.9"),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot in Word;Copilot in Outlook;Copilot licence;Copilot for Microsoft 365", "restricted", "public;internal;personal;special_category",
  "Complaint Reviews Team only (licensed users). For summarising complaint review files and building chronologies under the complaint reviews DPIA. Not for deciding the outcome of a review or drafting the reasons. No victims' services information.",
  f"{P}#3.4;{P}#5.6;{P}#6.2"),
 ("Microsoft Teams transcription and recap", "Teams transcription;Teams transcript;Teams recap;intelligent recap;meeting transcription", "restricted", "public;internal;personal",
  "Internal Office meetings only. Tell everyone at the start and switch off if asked. Not for calls with victims, complainants or the public, or private sessions of the Police and Crime Panel. Delete transcripts after 30 days unless needed as a record.",
  f"{P}#6.9;{P}#6.10;{P}#6.11"),
 ("Adobe Firefly", "Firefly;Adobe Express generative fill;Adobe AI images", "restricted", "public",
  "Communications Team only. Generic illustrative images showing no real person. Label every published image \"Created with AI\". Not during a pre-election period for content about the Commissioner or Deputy.",
  f"{P}#6.7;{P}#6.8;{P}#8.3"),
 ("DeepL", "Deepl translator;DeepL Translate", "restricted", "public",
  "Translation of published or ready-to-publish Office material only (leaflets, web pages). Translations must be checked by a qualified translator before publication. Use for individual correspondence with the public has not been decided: refer it to the Chief Executive and Monitoring Officer (policy 6.14).",
  f"{P}#5.1;{P}#6.14"),
 ("ChatGPT", "Chat GPT;OpenAI;GPT", "restricted", "public",
  "Public information only. Office devices only, used without signing in or with an Office account; never with a personal account. Do not enter any internal, personal or commercial information.",
  f"{P}#4.2;{P}#5.1"),
 ("Otter.ai", "Otter;Otter AI", "prohibited", "", "Do not use. AI note-taking bots are not permitted.", f"{P}#6.12"),
 ("Fireflies.ai", "Fireflies;Fred notetaker", "prohibited", "", "Do not use. AI note-taking bots are not permitted.", f"{P}#6.12"),
 ("DeepSeek", "Deep Seek", "prohibited", "", "Do not use on any device or account.", f"{P}#3.3"),
 ("ElevenLabs", "Eleven Labs;AI voice cloning", "prohibited", "", "Do not use. Voice generation and cloning are not permitted.", f"{P}#3.3;{P}#6.7"),
 ("Grammarly", "Grammarly AI;GrammarlyGO", "prohibited", "", "Do not install or use. Browser extensions send text outside the Office.", f"{P}#3.3;{P}#4.4"),
]
with open("knowledge/cpfcc-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(rows)
