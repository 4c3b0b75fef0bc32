"""Write the AI Tools Register CSV (knowledge/ and an identical copy in originals/)."""
import csv, io, pathlib, shutil
HERE = pathlib.Path(__file__).parent
P = "genai-acceptable-use-policy.html#"
def refs(*ids): return ";".join(P + i for i in ids)
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot with enterprise data protection;Copilot in Edge (work account)", "approved", "public;internal",
  "Available to all colleagues. Sign in with your nhs.net or Trust Microsoft account and check the enterprise data protection shield is shown. Open and Trust Internal information only: no Identifiable information, no CCI and no Restricted Trust Information. Complete the Using AI Safely e-learning first and check every output.",
  refs("5.2", "6.3", "8.1", "14.1")),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot for Microsoft 365;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in Teams;Teams intelligent recap", "restricted", "public;internal;personal",
  "Named licence holders only, for administrative work with information already held in your own Trust mailbox, OneDrive, Teams and SharePoint. Restricted Trust Information only where you already have access through normal permissions. Never CCI, including employment case information. Meeting transcription and recap only when everyone has been told beforehand and nobody objects, and never in clinical meetings, ward rounds, MDTs or case discussions, safeguarding meetings, clinical supervision or reflective practice, formal employment hearings or investigation interviews, or Freedom to Speak Up conversations. Do not create agents.",
  refs("5.3", "6.3", "10.1", "10.3", "10.4", "16.1")),
 ("Microsoft Copilot (personal account)", "Copilot Pro;Copilot app with a personal Microsoft account;copilot.microsoft.com without work sign-in;Microsoft Copilot consumer", "restricted", "public",
  "A personal or consumer Microsoft account is not covered by the Copilot Chat entry. Open information only; no Trust documents.",
  refs("5.7", "12.2")),
 ("Tandem Clinical Scribe", "Tandem;Tandem AVT;AI scribe;ambient scribe;ambient voice technology", "restricted", "public;internal;personal;special_category",
  "Only for clinicians who have completed Tandem training and been signed off by their digital champion, in these services: Community Nursing, Memory Assessment Service, Adult Community Mental Health Team outpatient appointments, and MSK Physiotherapy. Tell the service user beforehand; they may decline. Review, correct and approve every draft before it is saved to Harbour. Not to be used in Mental Health Act assessments, Mental Health Tribunal or hospital managers' hearings, seclusion or long-term segregation reviews, or any appointment with a child under 16. Do not download or keep audio or transcripts outside Tandem and Harbour.",
  refs("10.5", "10.6", "10.7", "14.3")),
 ("ChatGPT", "Chat GPT;OpenAI ChatGPT;ChatGPT Plus;ChatGPT free", "restricted", "public",
  "Open information only. Do not sign up with a Trust or nhs.net email address, do not upload Trust documents, and switch off chat history and model training. The OpenAI API, ChatGPT Team or Enterprise and custom GPTs are not covered by this entry.",
  refs("5.4", "12.2", "12.5")),
 ("Google Gemini", "Gemini;Bard;Gemini app", "restricted", "public",
  "Open information only. Do not sign up with a Trust or nhs.net email address, do not upload Trust documents, and switch off activity history. Gemini inside Gmail or Google Workspace is not covered by this entry.",
  refs("5.4", "12.2")),
 ("DeepSeek", "DeepSeek Chat;DeepSeek app", "prohibited", "",
  "Must not be used for any Trust business, on any device.",
  refs("5.5")),
 ("Otter.ai", "Otter;OtterPilot;Fireflies;Fireflies.ai;Read.ai;AI notetaker bots", "prohibited", "",
  "Third-party note-takers that join a meeting as a participant must not be used, whoever organises the meeting.",
  refs("10.2", "5.5")),
 ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly Premium", "prohibited", "",
  "AI writing extension that reads text typed into any page, including Harbour. Must not be installed on Trust devices or in Trust Microsoft 365. Use the Microsoft 365 editor or Copilot Chat instead.",
  refs("12.3", "5.5")),
 ("DeepL Translator", "DeepL;DeepL Write", "restricted", "public",
  "Open information only, for example to understand a published document. Never use it to translate letters, care plans or other correspondence to or about service users; use the Trust's contracted interpreting and translation service.",
  refs("5.4", "6.2")),
 ("Adobe Firefly", "Firefly;Photoshop generative fill;Adobe Express generative AI", "restricted", "public;internal",
  "Communications team and nominated design leads only, through the Trust's Adobe enterprise licence. Illustrations, icons and stock-style images; label every AI image; no likeness of a real person without their written consent and Communications approval; never upload photographs of service users. Adobe Acrobat AI Assistant is not covered by this entry.",
  refs("11.1", "11.2", "11.3", "9.4", "12.4")),
 ("GitHub Copilot", "GitHub Copilot Business;Copilot in VS Code", "restricted", "public;internal",
  "Informatics developers with a Trust-issued GitHub Copilot Business seat only. Never put real patient or staff data in prompts, code or test data; use synthetic data in the development environment. A second developer must review and test AI-assisted code before deployment. Personal GitHub Copilot subscriptions are not covered.",
  refs("8.4", "13.4", "12.2")),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
w.writerows(rows)
(HERE / "knowledge" / "ai-tools-register.csv").write_text(buf.getvalue(), encoding="utf-8")
shutil.copyfile(HERE / "knowledge" / "ai-tools-register.csv", HERE / "originals" / "ai-tools-register.csv")
print(len(rows), "rows")
