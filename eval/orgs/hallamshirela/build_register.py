import csv
P = "hlat-ai-use-policy.md#"
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise", "approved", "public;internal;personal",
  "Sign in with your Trust account (green shield shown). Personal information only the minimum needed and with identifiers removed wherever possible; no special category information, no reading histories, no children's information, no closed archive records.", [P+"3.2", P+"5.4", P+"5.5"]),
 ("Microsoft 365 Copilot", "M365 Copilot licence;Copilot in Word;Copilot in Outlook;Copilot in Teams;Teams Premium", "restricted", "public;internal;personal",
  "Licensed staff only, Trust account. May summarise Teams meetings and draft documents from Trust files. Meeting transcription only when everyone has been told at the start and can object. No special category information; not for recruitment, HR cases or decisions about people.", [P+"10.6", P+"5.4", P+"10.1"]),
 ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free", "restricted", "public",
  "Public information only (published material, general research, ideas for events). Do not sign in with your Trust email. No internal, personal or collection material that is in copyright.", [P+"4.2", P+"5.2"]),
 ("Google Gemini", "Gemini;Bard", "restricted", "public",
  "Public information only. Do not sign in with your Trust email or link it to Trust files.", [P+"4.2", P+"5.2"]),
 ("Adobe Firefly", "Firefly;Adobe Express AI", "restricted", "public",
  "Marketing and Communications team only, through the Trust's Adobe licence. Generic images for posters and social media; no images or likeness of real people; label published images 'Created with AI'; not for shop products without Head of Commercial Services approval.", [P+"9.1", P+"12.2", P+"8.4"]),
 ("Canva Magic Studio", "Canva AI;Magic Write;Magic Media;Canva", "restricted", "public;internal",
  "Trust Canva for Teams account only. Posters, leaflets and social media drafts. Do not upload photographs of identifiable people; label AI-generated images 'Created with AI'.", [P+"9.2", P+"12.2"]),
 ("Transkribus", "HTR;handwritten text recognition", "restricted", "public;internal",
  "Archives and Local Studies staff only, Trust organisational account. Open archive records and local studies material only; never closed records or depositors' material with restricted terms; output checked by archive staff and marked AI-assisted in the catalogue.", [P+"7.3", P+"7.1", P+"7.4"]),
 ("DeepL Pro", "DeepL;DeepL Translate", "restricted", "public;internal",
  "Trust DeepL Pro account. Translation of leaflets, signs, web pages and internal documents that identify nobody. Translations for publication checked by a fluent speaker.", [P+"10.8", P+"5.3"]),
 ("GitHub Copilot", "Copilot for code;GH Copilot", "restricted", "public;internal",
  "Digital team only, Trust GitHub Business seat. No credentials, API keys or member data in prompts or code; second-person review before anything goes live.", [P+"10.10"]),
 ("Otter.ai", "Otter;Otter assistant;OtterPilot", "prohibited", "",
  "Do not use, and do not admit Otter or any other third-party AI note-taker to Trust meetings.", [P+"10.6", P+"3.4"]),
 ("DeepSeek", "Deep Seek", "prohibited", "", "Do not use for any Trust work on any device.", [P+"3.4"]),
 ("Grammarly", "Grammarly browser extension;GrammarlyGO", "prohibited", "", "Do not install or use; the browser extension reads everything typed, including member records.", [P+"3.4", P+"4.3"]),
 ("Face-swap and photo animation apps", "Reface;MyHeritage Deep Nostalgia;Deep Nostalgia;FaceApp", "prohibited", "", "Do not use for any Trust work or on any Trust or collection image.", [P+"9.1", P+"9.4"]),
]
with open("knowledge/hlat-ai-tools-register.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["tool","aliases","status","data_allowed","conditions","clauses"])
    for r in rows:
        w.writerow(list(r[:5]) + [";".join(r[5])])
