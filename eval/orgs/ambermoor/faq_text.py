TITLE = "Generative AI at Ambermoor: staff questions and answers"
INTRO = """This page answers the questions Digital Services and the Information Governance team are asked most often about AI tools. It does not replace the Generative Artificial Intelligence (GenAI) Acceptable Use Policy (IG-POL-041), which is the document that applies if anything here seems to differ. Last updated: February 2026."""
QA = [
("What is the green shield and why does it matter?",
"""When you sign in to Copilot Chat with your NHSmail (@nhs.net) account, a small green shield appears next to the chat box with the word "Protected". It means Microsoft's enterprise data protection applies: your prompts and files stay within the NHS tenant and are not used to train the AI.

If you cannot see the shield, you are not using the Trust-sanctioned version. Stop, sign out of any personal Microsoft account, and sign back in with NHSmail. If the shield still does not appear, call the Service Desk on extension 4400."""),
("Can I use Copilot Chat on my own phone?",
"""Yes. You can use the Microsoft 365 Copilot app or Microsoft Edge on your own phone or tablet, as long as you sign in with your NHSmail account, the green shield is showing, and you accept the Trust's mobile app protection when prompted (you will be asked to set a PIN). The same rules apply as on a Trust computer: no patient information, no colleague personal information and nothing confidential.

This does not apply to Larkspur, which may only ever be used on a Trust-managed device. Do not use the Copilot built into your personal Windows laptop or phone if it is signed in with a personal account."""),
("I use ChatGPT at home all the time. Can I use it for work if I leave out patient details?",
"""No. ChatGPT (free, Plus, Team or Enterprise) is not a Sanctioned AI Service, and the policy does not allow it for any Trust work, even where the information is harmless. The same goes for Gemini, Claude, DeepSeek and other chatbots. Use Copilot Chat instead: it can do most of the same things and your work stays protected.

What you do in your own time for your own purposes is up to you, as long as no Trust information is involved."""),
("Is Copilot Chat the same as Microsoft 365 Copilot?",
"""No. Copilot Chat is the free chat service every colleague can use with NHSmail. Microsoft 365 Copilot is a paid licence that works inside Word, Outlook, Excel and Teams and can read your mailbox and files. Only the Corporate Services pilot group has those licences at the moment, and a decision on wider roll-out has not been made. Please do not ask your manager to buy a licence."""),
("Which departments have Larkspur and how do I get it?",
"""Larkspur Ambient Assist is live in the Emergency Department at Ambermoor General Hospital, the Acute Medical Unit, Diabetes and Endocrinology outpatients and the Fracture Clinic. Clinicians in those areas can ask their departmental clinical lead to be enrolled; you will need to complete the Larkspur training package and a supervised session before you can use it on your own.

Departments that would like Larkspur should contact the Chief Clinical Information Officer's office. Any new department needs approval from the AI Assurance Panel first."""),
("A bot called Otter joined my Teams meeting. What should I do?",
"""Remove it from the meeting straight away (open Participants, select the bot and choose Remove) and report it on AIRS. Note-taking bots such as Otter.ai, Fireflies.ai and Read.ai are not permitted in any Trust meeting, even if the meeting is about something routine. They often join because someone linked the app to their calendar, so if the bot belongs to a colleague, let them know so they can disconnect it."""),
("Can I use AI to help with my CPD, revalidation or university coursework?",
"""For general learning, yes: Copilot Chat is a good way to get a topic explained or to plan a piece of reflective writing. Keep patients and colleagues out of it. A reflection about a real case must not include anything that could identify the patient, and remember that removing the name is not enough on its own.

How you use AI in assessed coursework is a matter for your university or course provider, not the Trust."""),
("Does anonymised just mean taking the name off?",
"""No. Data is only anonymised when nobody, including the Trust, could work out who it is about. A hospital number, date of birth, postcode, exact admission date, a rare condition or a small group (fewer than ten people) can all identify someone. Pseudonymised data, where the Trust keeps a key that links study IDs back to patients, is still treated as patient information. If you are not sure, ask the Information Governance team before you enter anything."""),
("Can I use Copilot Chat to translate for a patient?",
"""Not for anything about an individual patient. Do not type, paste or speak a patient's words or letters into Copilot Chat or any other AI translation tool. Use the Trust's interpreting and translation service, which can be booked through the intranet, including for urgent face-to-face and telephone interpreting.

You may use Copilot Chat to get the gist of general, non-identifiable material, but any translated material that will be given to patients must come from the translation service."""),
("Can I use AI to write code or spreadsheet formulas?",
"""Copilot Chat is fine for writing spreadsheet formulas and simple macros for documents you own, provided you test the result and do not upload spreadsheets containing patient or staff details. Anything that will run against a Trust system or database, including reports from the EPR, must go through Digital Services change control first."""),
("What should I do if I put patient information into the wrong tool by mistake?",
"""Tell your line manager and report it on AIRS within 24 hours, then contact the Information Governance team on extension 4120. Do not delete the chat or close the account until Information Governance has advised you, because they may need the details to assess the breach. Reporting promptly is always the right thing to do."""),
("Who do I ask if my question is not answered here?",
"""For questions about what information you can use, contact the Information Governance team (ambermoor.infogov@nhs.net). For access or technical problems, call the Service Desk on extension 4400. To request a new AI tool or to ask about anything the policy says is still under review, email the AI Assurance Panel at ambermoor.aiassurance@nhs.net."""),
]
