import csv, shutil
P = "twfrs-genai-policy.md"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Copilot in Edge", "approved", "public;internal;personal",
  "Sign in with your @twfrs.gov.uk Service account only (green shield showing). Personal information only the minimum needed. No special category information, no SSRI, no OFFICIAL-SENSITIVE or commercially confidential information.", [f"{P}#3.1", f"{P}#4.3", f"{P}#3.4"]),
 ("Microsoft 365 Copilot", "Copilot for Microsoft 365;Copilot in Word;Copilot in Outlook;Copilot in Teams;M365 Copilot licence", "approved", "public;internal;personal",
  "Licensed users only (licences allocated by ICT). Service account and Service-managed devices only. No special category information, no SSRI, no OFFICIAL-SENSITIVE or commercially confidential information.", [f"{P}#3.1", f"{P}#4.3", f"{P}#5.1"]),
 ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recap;intelligent recap;Teams Premium;meeting notes", "approved", "public;internal;personal",
  "Teams meetings only. Tell everyone present and give them the chance to object before starting. Not for HR, occupational health, safeguarding, enforcement or legal meetings or private Fire Authority sessions.", [f"{P}#11.1", f"{P}#11.2"]),
 ("Protection Assist", "ProtectAssist;protection drafting tool;fire safety letters tool", "restricted", "public;internal;personal",
  "Authorised Protection officers only. Drafting the wording of fire safety letters and notices only. Must not decide or recommend enforcement action. Officer checks every notice before signing and serving.", [f"{P}#7.2", f"{P}#7.1", f"{P}#7.3"]),
 ("Control Room Transcribe", "Control Transcribe;CRT;call transcription", "restricted", "public;internal;personal;special_category",
  "Fire Control staff only. Quality assurance of call handling only, under the approved DPIA. Never used during a live call to decide mobilisation or caller advice.", [f"{P}#6.2", f"{P}#6.1"]),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot in VS Code", "restricted", "public;internal",
  "ICT developers only, with a Service GitHub organisation account. No credentials, connection strings or live data in prompts. Second developer review before deployment.", [f"{P}#13.3"]),
 ("Adobe Firefly", "Firefly;Adobe Express AI;Photoshop generative fill", "approved", "public;internal",
  "Illustrative images only. Must not depict or imitate real people or real incidents. Label as AI-generated when published.", [f"{P}#10.3", f"{P}#10.1"]),
 ("DeepL Pro", "DeepL;DeepL Translator", "restricted", "public;internal",
  "Service licence only. Translation of public or internal information; no personal information. Translations for publication must be checked by a fluent speaker or approved translation service.", [f"{P}#12.3", f"{P}#4.2"]),
 ("ChatGPT", "Chat GPT;OpenAI ChatGPT;ChatGPT Plus;GPT-4o", "prohibited", "",
  "Not approved for Service work, including personal free or paid accounts.", [f"{P}#3.3", f"{P}#3.4"]),
 ("DeepSeek", "DeepSeek Chat;DeepSeek app", "prohibited", "",
  "Must not be used on any device for Service work.", [f"{P}#3.3"]),
 ("Otter.ai", "Otter;Otter Assistant", "prohibited", "",
  "Third-party meeting bot; must not be admitted to Service meetings.", [f"{P}#11.3", f"{P}#3.3"]),
 ("Fireflies.ai", "Fireflies;Fred notetaker", "prohibited", "",
  "Third-party meeting bot; must not be admitted to Service meetings.", [f"{P}#11.3", f"{P}#3.3"]),
]
with open("knowledge/twfrs-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool","aliases","status","data_allowed","conditions","clauses"])
    for r in rows:
        w.writerow(list(r[:5]) + [";".join(r[5])])
shutil.copy("knowledge/twfrs-ai-tools-register.csv", "originals/twfrs-ai-tools-register.csv")
