"""Write knowledge/ccfrs-ai-tools-register.csv (contract register header)."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
P = "ccfrs-generative-ai-policy.pdf#"

ROWS = [
    ("Microsoft 365 Copilot Chat", "Copilot Chat;Copilot;Bing Chat Enterprise;Microsoft Copilot", "approved", "public;internal",
     "Open and Internal information only. Sign in with your Service account and check the green shield is shown. No Personal or Protected information. Image generation may be used for generic images, labelled under 10.3.",
     [P + "5.2", P + "6.2", P + "4.3"]),
    ("Microsoft 365 Copilot", "M365 Copilot;Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Teams meeting recap", "restricted", "public;internal;personal",
     "Licensed users only, after AI Essentials and the Copilot practical session. Personal information only where you are already authorised to access it and only the minimum needed. Never Protected information. Meeting features only as section 11 allows. Not for decisions about individuals.",
     [P + "5.3", P + "6.3", P + "11.1", P + "14.2"]),
    ("Microsoft Translator", "Translator;Bing Translator;Microsoft Translator app", "restricted", "public;internal",
     "For understanding text and producing draft translations. Any Welsh-language text for publication must be checked by the Welsh Language Unit before use. Emergency exception for communicating with a person at an incident under 9.10.",
     [P + "9.10", P + "16.6", P + "2.4"]),
    ("Adobe Firefly", "Firefly;Adobe generative fill;Photoshop generative fill", "restricted", "public",
     "Corporate Communications and Training only, through the Service's Adobe licence. Generic images for campaigns and training; images of real people only with consent and approval under 12.2; no real premises, appliances or incident scenes; label every image under 10.3.",
     [P + "12.1", P + "12.2", P + "12.3", P + "10.3"]),
    ("GitHub Copilot", "Copilot for code;GitHub Copilot Business", "restricted", "public;internal",
     "Digital Services developers only, through the Service's GitHub organisation. No passwords, keys or Personal information in prompts or code; all code reviewed before release.",
     [P + "5.1", P + "8.1"]),
    ("Grammarly", "Grammarly Business;Grammarly extension", "restricted", "public;internal",
     "Only through a Service-provided Grammarly Business licence. Free or personal Grammarly accounts and the personal browser extension must not be used for Service work.",
     [P + "5.7", P + "5.5"]),
    ("ChatGPT", "Chat GPT;OpenAI;GPT-4;ChatGPT Plus", "restricted", "public",
     "Consumer AI service: Open information only. Do not register with a Service email address and do not upload unpublished Service documents. Turn off chat history and model training where possible.",
     [P + "5.4", P + "A.3"]),
    ("Google Gemini", "Gemini;Bard;Google AI", "restricted", "public",
     "Consumer AI service: Open information only. Do not register with a Service email address and do not upload unpublished Service documents.",
     [P + "5.4", P + "A.3"]),
    ("Third-party AI notetakers", "Otter.ai;Otter;Fireflies;Read AI;Fathom;tl;dv;AI meeting bots", "prohibited", "",
     "Do not use or invite into Service meetings. Ask for an external participant's notetaker to be removed.",
     [P + "11.3", P + "5.6"]),
    ("DeepSeek", "Deep Seek", "prohibited", "",
     "Do not use on any device for Service business.",
     [P + "5.6"]),
    ("ElevenLabs", "Eleven Labs;AI voice cloning;voice generator", "prohibited", "",
     "Do not use. Staff voices must not be cloned or synthesised.",
     [P + "12.4", P + "5.6"]),
]


def main():
    path = os.path.join(HERE, "knowledge", "ccfrs-ai-tools-register.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
        for tool, aliases, status, data, cond, clauses in ROWS:
            w.writerow([tool, aliases, status, data, cond, ";".join(clauses)])
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
