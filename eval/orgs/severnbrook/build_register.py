"""Write the AI Tools Register (contract register format) to knowledge/ and originals/."""
import csv, shutil
P = "severnbrook-genai-policy.pdf#"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;Bing Chat Enterprise;Copilot with enterprise data protection;free Copilot", "approved", "public;internal",
  "Sign in with your Trust nhs.net account and check the green protected shield is shown. Open Information and Corporate Information only: no CPI, RWI or Reserved Information.", [P+"5.4", P+"13.6"]),
 ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Teams meeting recap", "restricted", "public;internal;personal",
  "Licensed named users only, after training. May be used with RWI the user is already entitled to see. Never CPI or Occupational Health Information. Meeting recap only for internal meetings where attendees are told and no patients are discussed.", [P+"5.5", P+"9.6", P+"13.3"]),
 ("NoteWell Ambient", "NoteWell;ambient scribe;AVT;ambient voice technology", "restricted", "public;internal;personal;special_category",
  "Outpatient clinics on the AVT Clinic List only, Trust-managed devices, trained clinicians, patient told and may object; clinician reviews the draft before filing in Meridian. Not on wards, ED, theatres, home visits, phone consultations or with interpreters.", [P+"9.1", P+"9.2", P+"9.4", P+"A.1"]),
 ("Meridian Draft Assist", "Draft Assist;Meridian AI discharge summary;EPR discharge assistant", "restricted", "public;internal;personal;special_category",
  "Discharge letters on adult pilot wards only (Wards 4, 5, 7, 9 and the Acute Medical Unit at Severnbrook General Hospital). Discharging clinician checks every section, including pharmacy-reconciled medicines, before signing. Not for children's wards, neonatal unit or maternity.", [P+"8.4", P+"8.5"]),
 ("RadAssist", "RadAssist reporting aid;radiology AI assistant", "restricted", "public;internal;personal;special_category",
  "Consultant radiologists and reporting radiographers only, as a prompt while reporting. Draft findings are never sent or filed until verified and authorised by the reporter.", [P+"8.6"]),
 ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free;ChatGPT Plus", "restricted", "public",
  "Open Information only, on Trust devices, never signed in with an nhs.net address. The desktop app, mobile app, browser extensions, custom GPTs and the API are not approved.", [P+"5.3", P+"5.6"]),
 ("Google Gemini", "Gemini;Bard;Google AI", "restricted", "public",
  "Open Information only, on Trust devices, never signed in with an nhs.net address. Gemini in personal Gmail or Google Workspace and the Gemini app are not approved.", [P+"5.3", P+"5.6"]),
 ("Canva Magic Studio", "Canva;Canva AI;Magic Media", "restricted", "public;internal",
  "Trust Canva team account only, for posters, presentations and training images. No patient or staff photographs; images must not depict a real person and must be captioned AI-generated image.", [P+"10.3", P+"12.3"]),
 ("GitHub Copilot", "Copilot for developers;GitHub Copilot Business", "restricted", "internal",
  "Digital Services developers only, Trust business licence. No patient data, production data, passwords or keys in prompts or code context.", [P+"5.2", P+"6.2"]),
 ("DeepSeek", "Deep Seek;DeepSeek chat", "prohibited", "",
  "Do not install or use for Trust business on any device.", [P+"5.7"]),
 ("Otter.ai", "Otter;Fireflies;Fireflies.ai;Read.ai;AI meeting bot;AI note taker", "prohibited", "",
  "Must not be invited to or admitted to any Trust meeting. Hosts must remove such participants.", [P+"5.7", P+"9.7"]),
 ("Grammarly", "Grammarly extension;GrammarlyGO", "prohibited", "",
  "Browser extension reads page content, including Meridian and email. Do not install on Trust devices or use with Trust information.", [P+"5.7", P+"7.4"]),
]
def write(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        for tool, al, st, da, cond, cl in rows:
            w.writerow([tool, al, st, da, cond, ";".join(cl)])
write("knowledge/ai-tools-register.csv")
shutil.copyfile("knowledge/ai-tools-register.csv", "originals/ai-tools-register.csv")
print(len(rows), "rows")
