"""Write the plain-text staff FAQ (knowledge/hch-ai-staff-faq.txt) and its identical original copy."""
from pathlib import Path
OUT = Path(__file__).resolve().parent
NAME = "hch-ai-staff-faq.txt"
TITLE = "AI at Hatherley: questions staff ask"
INTRO = ("Information Governance and Digital Services, Hatherley Community Health NHS Trust. "
         "This FAQ explains the Use of Artificial Intelligence (AI) Tools Policy (IG-017) in everyday terms. "
         "If the FAQ and the policy ever seem to disagree, the policy applies.")
QA = [
 ("Which AI tools am I allowed to use for work?",
  "Only Approved AI Tools. At the moment that means Microsoft 365 Copilot Chat, signed in with your nhs.net account on a Trust laptop or PC, "
  "for Green and Amber information (nothing that identifies a patient or a colleague). Paid Microsoft 365 Copilot is limited to the evaluation cohort, "
  "and the ambient scribe is limited to the named Pilot Clinics. Anything else needs CSIG Group approval before you use it, even for public information."),
 ("Is the Copilot in Windows or on my phone the same thing as Copilot Chat?",
  "Not necessarily. It only counts as the approved Copilot Chat when you are signed in with your nhs.net account and you can see the protected (work) indicator. "
  "The consumer Copilot app or Copilot signed in with a personal Microsoft account is not approved. Copilot Chat on your own phone or home computer is not approved either, "
  "even with your nhs.net login, while the personal devices review is under way."),
 ("What is the difference between Green, Amber and Red information?",
  "Green is already published or approved for publication. Amber is our own unpublished material that identifies nobody, such as a draft procedure or "
  "team figures where no number is below five. Red is anything that could identify a patient, carer, family member or member of staff, plus Restricted Papers "
  "such as tender documents, private Board papers and incident investigations. If in doubt, treat it as Red."),
 ("Can I take the name off and then put patient notes into Copilot?",
  "No. Taking out the name does not make notes anonymous, because dates of birth, postcodes, schools or a detailed story can still identify someone. "
  "Nothing from SystmOne may be pasted into any AI tool, with or without names."),
 ("How do I get a new AI tool approved?",
  "Complete an AI Use Request with your line manager and send it to the CSIG Group secretary (hatherleych.csig@nhs.net). "
  "The group usually meets monthly and will look at data protection, clinical safety (DCB0129 and DCB0160), DTAC and medical device questions. "
  "You cannot use the tool while you wait, and please do not accept free trials from suppliers."),
 ("Can I use the scribe on my visits or in my clinic?",
  "Only if you are on the named user list and working in a Pilot Clinic: podiatry at Hatherley Health Centre and Marlow Road Clinic, and adult MSK physiotherapy at Hatherley Health Centre. "
  "Home visits, health visiting, school nursing, mental health teams and telephone appointments are not part of the pilot, and the CSIG Group has not decided whether they will be."),
 ("Can Copilot write up our team meeting?",
  "For internal business meetings with no Red information, yes: Teams transcription and Copilot recap (if you have a licence) can be used if you tell everyone at the start. "
  "Not for MDTs, caseload reviews, supervision, HR meetings or private Board sessions."),
 ("I put patient details into ChatGPT by mistake. What now?",
  "Report it on Datix as an information governance incident the same working day and contact the Information Governance team. "
  "Do not delete the chat or your account until they have advised you."),
 ("Can I use AI to make pictures for a poster?",
  "Yes, with Copilot Chat's image creation, as long as your prompt has only Green or Amber information, the picture does not show or look like a real patient or colleague, "
  "it is labelled as AI-generated and Communications have approved it."),
 ("Who do I contact?",
  "Approvals and the approved tools list: CSIG Group secretary. Information classes and incidents: Information Governance team, extension 4410. "
  "Clinical safety: the Clinical Safety Officer. Copilot access and sign-in problems: Digital Services Service Desk, extension 4400."),
]
lines = [TITLE, "=" * len(TITLE), "", INTRO, ""]
for q, a in QA:
    lines += [q, "-" * len(q), "", a, ""]
text = "\n".join(lines)
for d in ("knowledge", "originals"):
    (OUT / d / NAME).write_text(text, encoding="utf-8")
print(len(text.split()), "words")
