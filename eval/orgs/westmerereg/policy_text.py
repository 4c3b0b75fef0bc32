# Policy content shared by build_policy.py (docx + md) and build_faq.py (html + md)
TITLE = "Generative AI Usage Policy"
FRONT = [
    "Westmere Registration and Coroner Support Service",
    "A shared service of Westmere County Council for the districts of Harrowdale and Lower Wend",
    "Version 1.1 | Approved by the Registration Service Management Board, 14 October 2026 | Next review: October 2027",
    "Policy owner: Superintendent Registrar and Service Manager (Gillian Mayhew). Information Governance Lead: Tomasz Brennan.",
]
# (level, number, text): level "h" = numbered heading, "p" = numbered paragraph, "u" = unnumbered paragraph
POLICY = [
 ("h","1","Purpose and scope"),
 ("p","1.1","This policy explains how staff of the Westmere Registration and Coroner Support Service (\"the Service\") may use generative artificial intelligence (AI) tools in their work. Generative AI means tools that produce text, images, audio or code in response to a prompt, for example ChatGPT, Microsoft 365 Copilot Chat, Google Gemini, Claude and image generators."),
 ("p","1.2","The policy applies to everyone who works for the Service: the Superintendent Registrar, registrars and deputy registrars, nationality checking and ceremony officers, the customer contact and bookings team, coroner's support officers and any agency staff, volunteers or contractors working for the Service."),
 ("p","1.3","The policy covers all Service work: registration of births, deaths, marriages and civil partnerships, citizenship ceremonies, the nationality checking service, ceremony bookings, certificate copies and the administrative support the Service gives to the coroner's office, including inquest scheduling and correspondence with bereaved families."),
 ("p","1.4","This policy sits alongside the Westmere County Council Information Security Policy, the Council's Data Protection Policy and the Registration Service Code of Practice. Where they differ, the stricter rule applies."),
 ("h","2","Using generative AI tools"),
 ("p","2.1","Staff may use any generative AI tool for Service work. The Service does not keep a list of approved tools and staff do not need permission before using a tool, as long as they follow the information rules in section 3 and the activity rules in section 4."),
 ("p","2.2","The rules in sections 3 and 4 apply whichever tool is used, including AI features built into other software (for example in Microsoft Word, Outlook, Teams, Adobe Acrobat, Canva or a web browser)."),
 ("p","2.3","Staff may use a personal account on an AI tool (for example a free ChatGPT or Gemini account) for Service work only with published information. Unpublished Service material must only be used in Microsoft 365 Copilot Chat signed in with a council account, as set out in 3.2."),
 ("p","2.4","Staff may use AI tools on a personal phone, tablet or computer for Service work only with published information. Unpublished Service material must not be entered into any AI tool on a personal device, even when signed in with a council account."),
 ("p","2.5","Staff are responsible for anything they produce with the help of AI. They must read and check AI output for accuracy, tone and bias before they use it, and must not rely on it for facts, dates, fees or legal requirements without checking the original source."),
 ("h","3","Information rules"),
 ("p","3.1","Published information may be used in any generative AI tool. Published information means information the Service or the Council has already made public, such as pages on the Council website, published fee tables, published leaflets and ceremony venue lists, and national guidance published by the General Register Office or the Home Office."),
 ("p","3.2","The Service's own unpublished material that does not identify any person (for example draft procedures, internal guidance, training material, draft leaflets before publication, rota templates without names, and non-personal management figures) may only be used in Microsoft 365 Copilot Chat signed in with a council account (shown by the green shield / \"Protected\" label). It must not be entered into any other AI tool, including Copilot signed in with a personal Microsoft account."),
 ("p","3.3","The following must not be entered into any AI tool at all, including Microsoft 365 Copilot Chat:"),
 ("p","3.3(a)","register entries, draft entries and certificates, including scans or photographs of certificates and information taken from the registration system (RON) or the certificate ordering system;"),
 ("p","3.3(b)","customer details, meaning any information about an identifiable customer: names, addresses, email addresses, phone numbers, dates of birth, booking references, payment details and the contents of customer emails or letters, including information about couples, informants, citizenship applicants and people using the nationality checking service;"),
 ("p","3.3(c)","coroner case information, including case references, referrals, medical and post-mortem reports, police reports, witness statements, inquest files and anything said about a death under investigation;"),
 ("p","3.3(d)","anything about bereaved families, including their names, contact details, their circumstances and correspondence with them;"),
 ("p","3.3(e)","anything about children, including births registered for children, re-registrations, adoptions, children's names and any information about a child's death."),
 ("p","3.4","Personal information about staff (for example absence, health, performance, grievance or disciplinary information, or a rota with staff names) must not be entered into any AI tool."),
 ("p","3.5","Removing names does not make the information in 3.3 safe to use. Because our districts are small and registration events are recorded in public indexes, a death, birth or ceremony can often be identified from its date, place or circumstances. Staff must not try to anonymise the information in 3.3 so that it can be entered into an AI tool."),
 ("p","3.6","Commercial information that the Service has not published, such as supplier quotes, tender responses, contract prices and venue licence fee negotiations, is unpublished Service material and may only be used in Microsoft 365 Copilot Chat signed in with a council account, as in 3.2."),
 ("p","3.7","If staff are unsure which kind of information they are dealing with, they must treat it as the more sensitive kind."),
 ("h","4","Activity rules"),
 ("u","","Registration, corrections and nationality evidence"),
 ("p","4.1","Generative AI must not be used in deciding or checking any registration, including whether a birth, death, marriage or civil partnership can be registered, what a register entry should say, or whether a notice of marriage or civil partnership may be accepted."),
 ("p","4.2","Generative AI must not be used in deciding or checking corrections to register entries, re-registrations or any application to correct a record."),
 ("p","4.3","Generative AI must not be used to assess, check or translate nationality, identity or immigration evidence, including passports, identity cards, foreign certificates and documents presented for the nationality checking service or for a notice of marriage or civil partnership. Foreign documents need a certified translation."),
 ("u","","Ceremonies and images"),
 ("p","4.4","Marriage, civil partnership, naming, renewal of vows and citizenship ceremony scripts must be produced only from the approved templates in the Service's ceremony library. Staff must not use generative AI to write, rewrite or personalise a ceremony script, including vows and the wording of readings added to a script."),
 ("p","4.5","Staff must not use generative AI to create or alter images of real couples, ceremony guests, citizenship candidates or other real people, for example for social media, the website or ceremony brochures. AI-generated illustrations that show no real person may be used for Service publicity, labelled as set out in 4.6."),
 ("u","","Publication and labelling"),
 ("p","4.6","Any content for the public that was drafted or substantially changed with generative AI (web pages, social media posts, leaflets, posters and translations) must be checked by a member of staff before it is published and must carry the statement: \"Parts of this content were produced with the help of AI and checked by Westmere Registration Service staff.\""),
 ("p","4.7","Generative AI may be used to translate published information (for example the ceremony booking leaflet or a web page about registering a death) into other languages. The translation must be checked by a fluent speaker or the council's translation provider before it is published and labelled as in 4.6."),
 ("u","","Meetings, recording and transcription"),
 ("p","4.8","AI note-takers, meeting bots, recording-based summaries and automatic transcription (including Microsoft Teams transcription and Copilot meeting recap, Otter.ai, Zoom AI Companion and similar tools) must not be used at any inquest-related meeting. This includes pre-inquest review hearings, meetings or calls with bereaved families, case discussions with the coroner or coroner's officers and inquest scheduling meetings about particular cases."),
 ("p","4.9","At other internal Service meetings, Microsoft Teams transcription and Copilot meeting recap may be used with a council account if everyone attending is told at the start. The information rules in section 3 apply to what is discussed and to the notes produced."),
 ("u","","Advice, people decisions, automation and code"),
 ("p","4.10","Generative AI must not be relied on for legal advice, including on marriage and civil partnership law, registration law, nationality law and coroner law. Staff must use the General Register Office handbook and guidance, the Superintendent Registrar or the Council's legal services."),
 ("p","4.11","Generative AI must not be used to make or recommend decisions about individual people, including recruitment shortlisting or scoring, performance assessments and decisions on customer complaints."),
 ("p","4.12","Generative AI must not be used to score or evaluate tenders or supplier bids."),
 ("p","4.13","Staff must not set up AI tools or agents to act on their behalf without a person checking each action first, for example to send emails or letters, make or change ceremony bookings, or update any Service system."),
 ("p","4.14","Staff may use generative AI to help write spreadsheet formulas, macros or small scripts for Service work, as long as no Service data is entered into the tool other than as allowed by section 3. Scripts must be tested on dummy data before they are used."),
 ("h","5","Undecided matters"),
 ("p","5.1","The Service has not yet decided whether material that belongs to the coroner rather than to the Service (for example the coroner's draft annual report or the coroner's own draft guidance for families, where no case is identified) counts as the Service's own unpublished material under 3.2. Until this is decided, staff must refer any such request to the Information Governance Lead and must not use AI with that material."),
 ("p","5.2","The Service has not yet decided whether live AI captioning or live AI translation may be used during ceremonies (for example for deaf guests or guests who do not speak English). Requests must be referred to the Superintendent Registrar, who will consult the Information Governance Lead."),
 ("h","6","Reporting incidents and getting help"),
 ("p","6.1","If information listed in 3.3 or 3.4 has been entered into an AI tool, or AI output has been sent or published in error, staff must tell their line manager and the Information Governance Lead (Tomasz Brennan, infogov.registration@westmere.gov.uk) straight away, and complete the Council's data incident form within 24 hours."),
 ("p","6.2","Questions about this policy should go to the Superintendent Registrar and Service Manager, or to the Information Governance Lead for questions about information."),
 ("p","6.3","This policy is owned by the Superintendent Registrar and Service Manager and will be reviewed every year, or sooner if the law or national guidance changes."),
]

FAQ_TITLE = "AI at work: staff FAQ"
FAQ_INTRO = "Quick answers for Registration and Coroner Support staff. The Generative AI Usage Policy (version 1.1) is the full rulebook; this page does not replace it. Last updated 20 October 2026."
FAQ = [
 ("Do I need permission to use an AI tool?", [
   "No. You can use any generative AI tool for Service work without asking first, and there is no approved list. What matters is what you put into it (section 3 of the policy) and what you use it for (section 4)."]),
 ("Which tool should I use for internal drafts?", [
   "Use Microsoft 365 Copilot Chat signed in with your council account (look for the green shield). It is the only tool you may use with unpublished Service material such as draft procedures, training notes or a draft leaflet that names nobody. Anything already published can go into any tool."]),
 ("Can I put a customer's details into Copilot if I remove the name?", [
   "No. Register entries, certificates, customer details, coroner case information and anything about bereaved families or children must not go into any AI tool, Copilot included. Taking the name out is not enough: in our districts a date and a place are often enough to identify someone."]),
 ("Can AI help me check a certificate or a passport?", [
   "No. AI must not be used in deciding or checking registrations or corrections, or to assess or translate nationality or identity evidence. Follow the GRO procedures and ask a senior registrar if you are unsure."]),
 ("Can I use AI to write a ceremony script?", [
   "No. Ceremony scripts come only from the approved templates in the ceremony library. You can't use AI to write or personalise a script, vows or readings, even if the couple asks you to."]),
 ("Can I use AI images on our social media?", [
   "You can use AI illustrations that show no real person, with the AI label. You must never create or edit images of real couples, guests or new citizens with AI."]),
 ("Can I use AI to take notes in meetings?", [
   "Not at anything to do with an inquest, including calls with families and pre-inquest review hearings. For ordinary team meetings you can use Teams transcription and Copilot recap with your council account if you tell everyone at the start."]),
 ("What do I do if I've put something into an AI tool by mistake?", [
   "Tell your line manager and Tomasz Brennan, Information Governance Lead (infogov.registration@westmere.gov.uk), straight away, and fill in the Council's data incident form within 24 hours."]),
 ("Who can I ask about this policy?", [
   "Ask the Superintendent Registrar and Service Manager, Gillian Mayhew. For questions about information and data, ask the Information Governance Lead."]),
]

import re
def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
