"""Write the AI Tools Register CSV (knowledge/ai-tools-register.csv) in the contract's columns."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = "nhga-generative-ai-policy.docx#"
def c(*ids): return ";".join(P + i for i in ids)
ROWS = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;Microsoft Copilot;Bing Chat Enterprise;Copilot in Edge", "approved", "public;internal",
  "Available to all users who have completed the Using AI at NHGA training. Sign in with your @nhga.org.uk account and check the green shield is shown. Open Material and internal information only: no Applicant Data, other personal data or Protected Material. Agency devices or the Agency managed browser profile only.",
  c("5.3", "6.3", "6.5")),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint;Copilot in Teams", "restricted", "public;internal;personal",
  "Pilot group only (named pilot users in Grants Operations, Corporate Services and Communications). Applicant Data only for the administrative tasks in clause 7.1. Never Protected Material. Must not be used for scoring, ratings, recommendations or decisions.",
  c("5.2", "6.4", "7.1", "7.2", "13.2")),
 ("Microsoft Teams transcription and intelligent recap", "Teams transcription;Teams recap;intelligent recap;Teams Premium;meeting notes in Teams", "restricted", "public;internal;personal",
  "Internal Teams meetings in the Agency tenancy only. Tell everyone at the start (external attendees in the invitation); anyone may ask for it to be turned off. Never in Assessment Panel, Grants Committee or Board meetings, meetings with applicants about their applications, or HR meetings about an individual. Organiser corrects the transcript and deletes it within 30 days unless needed as a record.",
  c("11.1", "11.2", "11.3", "11.5")),
 ("NHGA Assist", "Assist;Grants Assist;GMS assistant;the grants assistant", "restricted", "public;internal;personal",
  "Grants Operations staff and grants officers only, inside the Grants Management System. For summarising correspondence, checking that required documents have been supplied and drafting requests for further information. No scores, ratings, recommendations or financial viability assessments. No Protected Material. Drafting Grants Committee case summaries is not approved (clause 14.2).",
  c("A.2", "7.1", "7.2", "7.5", "14.2")),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot for code;Copilot in VS Code", "restricted", "public;internal",
  "Digital and Data developers only, through the Agency's GitHub organisation licence. No personal data, production data, passwords or keys in prompts. Generated code must be reviewed before it is merged.",
  c("5.7", "6.3")),
 ("Azure OpenAI Service", "Azure OpenAI;Azure AI Foundry;OpenAI API", "restricted", "public;internal",
  "Digital and Data team only, within the Agency's Azure subscription, to build services that have their own entry on the Register. Personal API keys or developer accounts must not be used.",
  c("5.7", "12.1")),
 ("ChatGPT", "Chat GPT;OpenAI ChatGPT;ChatGPT Plus;ChatGPT free;GPT-4o;GPT", "restricted", "public",
  "Open Material only, in a web browser. Do not enter any internal information, drafts, Applicant Data or other personal data. The desktop and mobile apps, browser extensions and custom GPTs are not approved.",
  c("5.4", "6.2")),
 ("Microsoft Translator", "Translator;Translate in Word;Translate in Outlook;Bing Translator", "restricted", "public;internal",
  "The Agency tenancy version in Word and Outlook only. For understanding material in Welsh or other languages, or preparing a working draft for Welsh Language Services. Translations must not be published or sent to applicants until checked by Welsh Language Services or a qualified translator.",
  c("10.6", "10.7")),
 ("Adobe Firefly", "Firefly;Generative Fill;Photoshop generative fill;Adobe Express generative AI", "restricted", "public",
  "Communications team only, through the Agency's Adobe licence. Illustrative images only, labelled as AI-generated. Never create or alter the likeness of a real person; never alter photographs of heritage sites or funded projects; never upload photographs of identifiable people or images supplied by applicants or grantees.",
  c("10.2", "10.3", "10.4", "10.5", "9.2")),
 ("Adobe Acrobat AI Assistant", "Acrobat AI Assistant;AI Assistant in Acrobat;Adobe Reader AI", "prohibited", "",
  "Built-in AI feature, switched off. Do not switch it on or use it.", c("5.5")),
 ("Otter.ai", "Otter;OtterPilot;Otter assistant", "prohibited", "",
  "Third-party note-taking bot. Do not use and do not admit it to Agency meetings.", c("11.4", "5.1")),
 ("Fireflies.ai", "Fireflies;Fred notetaker", "prohibited", "",
  "Third-party note-taking bot. Do not use and do not admit it to Agency meetings.", c("11.4", "5.1")),
 ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly app", "prohibited", "",
  "Reads everything typed in the browser and sends it outside the Agency. Do not install or use on Agency work.", c("5.4", "5.1")),
 ("DeepSeek", "DeepSeek Chat;DeepSeek app", "prohibited", "",
  "Do not use for any Agency work on any device.", c("5.1")),
]
with open(os.path.join(HERE, "knowledge", "ai-tools-register.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"]); w.writerows(ROWS)
print(len(ROWS), "rows")
