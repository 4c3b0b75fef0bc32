#!/usr/bin/env python3
"""Write Ridgeway Ambulance Service NHS Trust's GenAI policy as a plain-text file.

The policy is a single .txt file with typed clause numbers (headings `1. Introduction ...`,
paragraphs `1.1 ...`, lettered items `5.8(a) ...`, appendix paragraphs `A.1 ...`).
One paragraph per line (no hard wrapping), so that no continuation line can start with a
number and be mistaken for a clause. The same bytes go to knowledge/ and originals/.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent
NAME = "genai-acceptable-use-policy.txt"

POLICY = """\
Ridgeway Ambulance Service NHS Trust: Generative AI (GenAI) Acceptable Use Policy
=================================================================================

Document reference: IG-POL-027
Version: 1.2 (approved February 2026)
Approved by: Information Governance and Digital Assurance Committee
Policy owner: Chief Clinical Information Officer (CCIO)
Lead author: Head of Information Governance and Data Protection Officer
Review date: February 2027
Applies to: all Trust staff, volunteers, bank and agency workers, students on placement and contractors

Printed copies are uncontrolled: check the intranet policy library for the current version.

1. Introduction and purpose
1.1 Ridgeway Ambulance Service NHS Trust ("the Trust") provides 999 emergency ambulance, NHS 111 and non-emergency patient transport services (PTS). The Trust wants colleagues to use generative AI where it helps, safely and lawfully.
1.2 This policy sets out which GenAI tools may be used, what information may go into them, what uses are not permitted, and how outputs are checked, labelled and recorded.
1.3 Our patients' trust depends on confidentiality and on decisions about their care being made by trained people. Nothing in this policy changes that.

2. Scope
2.1 This policy applies to everyone working for or on behalf of the Trust, including bank and agency staff, volunteers and community first responders, students and contractors.
2.2 It applies to any use of GenAI for Trust business, on a Trust or personal device, in working time or not, free or paid for.
2.3 It covers standalone tools, generative features built into other software (for example Microsoft 365, the computer-aided dispatch (CAD) system or the electronic patient care record (ePCR)), browser extensions, mobile apps, and AI models reached through application programming interfaces (APIs).
2.4 It does not cover established clinical decision support that contains no generative AI, such as the NHS Pathways triage system.
2.5 Purely private use of GenAI is not covered, but Trust information must never be put into such tools.

3. Definitions
3.1 Generative AI (GenAI) means software that produces new text, images, audio, video or code in response to a prompt or input, such as a chatbot, writing assistant, transcription and summary feature or image generator.
3.2 Approved Tool means a GenAI tool or feature named in 5.2 to 5.7, used for the purposes and with the account described there. Any tool or feature not named in section 5 is an Unapproved Tool.
3.3 Trust Account means a sign-in issued or managed by the Trust, such as your NHSmail-linked Microsoft 365 account. An account you create yourself on an external service is not a Trust Account, even if registered with your Trust email address.
3.4 Patient Confidential Information (PCI) means any information about a patient, caller or their family that the Trust holds or obtains, in any form. It includes call audio and notes, ePCR entries, incident addresses and times, photographs, and clinical or social details. Information is still PCI without a name or NHS number if someone with local knowledge could work out who it concerns, for example a described incident on a named road on a given day.
3.5 Staff Personal Information means information about an identifiable member of staff, volunteer or job applicant, including HR, occupational health, sickness absence, rota, training, disciplinary and grievance records.
3.6 Sensitive Operational Information (SOI) means unpublished information whose disclosure could harm the Trust's ability to respond or operate, including major incident and business continuity plans, Hazardous Area Response Team (HART) deployment details, site security and cyber security details, and commercially confidential information such as tender submissions, bid evaluations and contract prices.
3.7 Trust Business Information means the Trust's own unpublished information that is not PCI, Staff Personal Information or SOI: for example draft procedures, meeting notes without personal details, and aggregated, non-identifiable performance figures.
3.8 Open Information means information already published by the Trust or another public body, or written to be published.
3.9 Clinical Use means any use that could inform the assessment, triage, prioritisation, dispatch, treatment, conveyance, referral or advice given to a patient or caller.
3.10 Accountable Reviewer means the person who uses a GenAI output for Trust work and must check it under section 8.
3.11 AI Assurance Group (AIAG) means the group chaired by the CCIO, with the Caldicott Guardian, Data Protection Officer, Clinical Safety Officer and Head of Digital Services, that approves GenAI tools and uses and decides the matters in section 15.

4. Principles and responsibilities
4.1 GenAI supports your work; it does not replace your professional judgement. You remain responsible for anything you produce with it.
4.2 Only Approved Tools, and the public tools allowed by 5.9, may be used for Trust work, and only with the categories of information allowed for each tool in sections 5 and 6.
4.3 Line managers make sure their teams know this policy and complete the training in section 13.

5. Approved tools
5.1 Only the tools in this section may be used for Trust work, each only for the purposes and with the account shown. A tool that is not named in this section is an Unapproved Tool and must not be used for Trust work unless and until the AIAG approves it under section 12.
5.2 Microsoft 365 Copilot Chat. Account: Trust Account only, with the enterprise data protection shield showing. Purposes: drafting, summarising, rewording, explaining and brainstorming for general business tasks. Information: Open Information and Trust Business Information only; no PCI, no Staff Personal Information and no SOI.
5.3 Microsoft 365 Copilot (licensed). Account: Trust Account with a Copilot licence, issued by Digital Services on a line manager's request once 13.2 is met. Purposes: as 5.2, plus working with your documents, emails, chats and meetings in Word, Outlook, Teams, Excel and PowerPoint. Information: as 5.2, plus Staff Personal Information and SOI where you already have a business need to see it (see 6.4 and 6.5). Licensed Copilot must not be used with PCI and must not be used for the purposes in 7.5 and 7.6.
5.4 Ridgeway Knowledge Assistant. Account: Trust Account, through the intranet. Purposes: finding and explaining Trust policies, procedures and published clinical guidelines. Information: no PCI or Staff Personal Information. Check the linked source document before acting; never use it in place of clinical guidelines during a patient contact.
5.5 GitHub Copilot Business. Account: the Trust's GitHub organisation licence, for Digital Services and Business Intelligence developers only. Purposes: code suggestions, code explanations and writing tests. Information: source code and synthetic test data only. Never put live data extracts, credentials, connection strings or SOI into prompts.
5.6 Adobe Firefly (Trust Creative Cloud licence). Account: Communications and Engagement team licences only. Purposes: illustrative images and graphics for Trust communications, subject to section 11.
5.7 Assistive technology. Dictation, reading and writing support tools with generative features may be used where provided through a workplace adjustment agreed with Occupational Health and Digital Services, with the information recorded on the staff member's adjustment passport.
5.8 Generative features in clinical and call-handling systems. These features of systems the Trust already uses are under evaluation and not approved for general use.
5.8(a) ePCR Scribe, an ambient voice feature of the ePCR, drafts the clinical narrative from the conversation on scene. It is being piloted by named crews at Kennet and Wantage ambulance stations. Only staff enrolled in the pilot may switch it on, only while the pilot runs, and only under the pilot protocol, which requires the crew to tell the patient it is in use and to stop it if the patient objects.
5.8(b) CAD Call Summary is a feature of the computer-aided dispatch system that generates a summary of a 999 call for the dispatcher. It has been switched off and must not be enabled or used until the AIAG and the Clinical Safety Officer have approved it.
5.8(c) Suggested Advice is a feature of the 111 clinical assessment service software that drafts worsening-care advice for clinicians to read to callers. It is being evaluated in a non-live test environment only and must not be used on live calls.
5.9 The public versions of ChatGPT, Google Gemini, Claude and Microsoft Copilot (consumer version, personal account or not signed in) are not Approved Tools, but may be used for tasks involving Open Information only, such as rewording an already-published job advert or learning about a general topic. You must not sign in to them with Trust credentials. A personal paid subscription (for example ChatGPT Plus) does not change this. The Trust has bought no business, enterprise or team version of them.
5.10 The following must not be used for any Trust purpose, on any device: DeepSeek; AI meeting assistants and note-taking bots that join or record meetings (such as Otter.ai, Fireflies and Read.ai); GenAI browser extensions and plug-ins; and AI companion or character apps.

6. Information you may use
6.1 What may go into a tool depends on the tool (section 5) and the information category (section 3). Where more than one category applies, the stricter rule applies.
6.2 PCI must not be entered, uploaded, pasted, spoken, dictated or photographed into any GenAI tool, except by enrolled staff within the evaluation arrangements in 5.8(a). Removing the name or NHS number does not make information safe to use: see 3.4.
6.3 Information about children and young people, safeguarding concerns, mental health crises, and matters of interest to the police or the coroner must never be used with any GenAI tool. Where such a matter arises during an ePCR Scribe encounter, the scribe must be paused as the pilot protocol describes.
6.4 Staff Personal Information may be used only in Microsoft 365 Copilot (licensed) under 5.3, and only where you already have a business need to see it. Occupational health and sickness absence details must not be used in any GenAI tool.
6.5 SOI may be used only in Microsoft 365 Copilot (licensed) under 5.3, by staff who already have a business need to see it. Passwords, access codes and security configuration must not be put into any GenAI tool.
6.6 Trust Business Information may be used with Microsoft 365 Copilot Chat, Microsoft 365 Copilot (licensed) and the Ridgeway Knowledge Assistant.
6.7 Open Information may be used with any tool named in 5.2 to 5.7 and with the public tools allowed by 5.9.
6.8 Information from partner organisations (hospitals, police, local authorities) about individuals is treated as PCI or personal data.
6.9 Making synthetic (made-up) examples with an Approved Tool is encouraged for teaching, training and testing, provided they are not based on, and could not be recognised as, a real patient, caller or incident.

7. Prohibited uses
7.1 Whatever the tool or information, GenAI must not be used for the purposes in this section.
7.2 No GenAI output may form any part of the decision on a caller's disposition, call category, response priority or the resource allocated.
7.3 GenAI must not be used to create or alter entries in a clinical record, except the ePCR Scribe within its pilot under 5.8(a), where the clinician must read, correct and confirm the draft narrative before it is saved and remains responsible for it.
7.4 GenAI must not be used to generate clinical advice, drug doses, differential diagnoses or treatment recommendations for a patient or caller. Use JRCALC, NHS Pathways and Trust clinical guidelines.
7.5 GenAI must not be used to screen, sift, score, rank or shortlist job applicants, or to decide or recommend outcomes in disciplinary, grievance, capability, sickness absence or appraisal processes.
7.6 GenAI must not be used to monitor, profile or assess the conduct, attendance or performance of an identifiable member of staff.
7.7 GenAI must not be used to draft the substance of responses to complaints, patient safety incident investigations, statements for a coroner or court, legal claims, or Freedom of Information and subject access responses. You may use Microsoft 365 Copilot Chat or Copilot (licensed) to check the plain English of a draft you have written yourself, once everything that is PCI under 3.4 has been taken out.
7.8 Trust credentials (your Trust email address and password) must not be used to register for, or sign in to, any GenAI service that section 5 does not name as using a Trust Account.
7.9 GenAI must not be used to create content that is misleading, discriminatory, offensive or harassing, to impersonate any person or organisation, or to get around Trust security controls.

8. Human review and accountability
8.1 Every GenAI output used for Trust work must be read and checked by its Accountable Reviewer before it is used, sent or published. GenAI can be confidently wrong.
8.2 The Accountable Reviewer must check facts, figures, names, dates, references and tone against Trust policy and clinical guidelines.
8.3 Output going to a patient, the public, the media, a partner organisation, a regulator or the Board must also be checked by a second person of appropriate seniority before release, unless it is a routine reply your line manager has agreed does not need this.
8.4 Do not present GenAI output as your own independent professional opinion, for example in a witness statement or a colleague's reference.
8.5 Record significant GenAI use (tool, purpose, who checked it) with the work, for example in a document's version notes. Routine help such as rewording an email need not be recorded.

9. Transparency and labelling
9.1 Material the Trust publishes or sends to the public in which GenAI produced a substantial part of the text, images, audio or video must carry the statement: "Parts of this were produced with the help of AI and checked by Ridgeway Ambulance Service NHS Trust staff."
9.2 The statement is not needed where GenAI was used only for spelling, grammar or formatting, or to suggest alternative wording that you then rewrote yourself.
9.3 Internal documents and emails need no statement, but Board and committee papers must say on their cover sheet if GenAI was used to draft or summarise any part.

10. Recording, transcription and translation
10.1 Microsoft Teams transcription, meeting recap and Copilot meeting summaries may be used for internal Trust meetings, provided the organiser tells attendees at the start, transcription is switched off if any attendee asks, and the organiser checks the summary before it is circulated.
10.2 Transcription and AI meeting summaries must not be used in meetings discussing individual patients (such as case reviews, serious incident panels and safeguarding meetings), or in formal HR meetings such as disciplinary, grievance, capability and appeal hearings.
10.3 If an external organisation hosting a meeting uses an AI note-taker, you may attend, but must not discuss PCI, Staff Personal Information or SOI while it runs, and should tell the host the Trust has not agreed to its use. Trust staff must never add such a tool to a meeting themselves (see 5.10).
10.4 999 and 111 call recordings, radio traffic and body-worn video footage must not be transcribed, summarised or analysed with GenAI. Any proposal to use such recordings with GenAI for quality improvement, audit or training must be approved by the AIAG first.
10.5 Conversations with patients must not be recorded on a personal device, or in any app, for transcription or write-up, except by enrolled staff using the ePCR Scribe under 5.8(a).
10.6 For patients and callers who do not speak English, use the Trust's contracted telephone interpreting service. Machine translation and AI translation apps must not be used for clinical communication, except that where there is an immediate risk to life and the interpreting service cannot be reached, a clinician may use a translation app on a Trust-issued device for essential communication only, and must record this in the ePCR.
10.7 Open Information (for example a published leaflet) may be translated with Microsoft 365 Copilot Chat or Copilot (licensed), but the translation must be checked by a qualified translator before it is published.

11. Images, voice and likeness
11.1 Photographs or video of patients, injuries, incident scenes or vehicles at a scene must never be uploaded to a GenAI tool.
11.2 GenAI must not be used to create or alter an image, video or voice recording so that it appears to show or sound like a real, identifiable person, living or dead, unless that person has given written consent and the Head of Communications has approved it.
11.3 Generated images must not show Trust uniforms, vehicles, logos or clinical procedures in a way that could be taken as a real photograph of the Trust's work, unless they carry the statement in 9.1.
11.4 Images for external communications are produced with Adobe Firefly by the Communications and Engagement team (5.6). Other staff needing an illustrative image for an internal presentation may generate one with Microsoft 365 Copilot Chat or Copilot (licensed), provided it does not depict a real person and is not published externally.

12. New tools, procurement and development
12.1 Any new GenAI tool, any new use of PCI with GenAI, and any generative feature added to an existing system must be approved by the AIAG before it is used. Requests use the GenAI request form on the Digital Services portal and need a data protection impact assessment (DPIA) and, for any Clinical Use, a DCB0160 clinical safety assessment signed off by the Clinical Safety Officer.
12.2 Suppliers sometimes add AI features in routine updates. If a new AI feature appears in a system you use (for example a "summarise" or "draft reply" button), report it to the Digital Service Desk and do not use it until Digital Services confirm it is approved.
12.3 Building your own GenAI tools, agents or automations (including Copilot Studio agents, Power Automate flows that call an AI model, and anything using a model through an API) counts as a new tool and needs AIAG approval. Digital Services developers may experiment in the isolated development tenancy using Open Information and synthetic data only.
12.4 Buying or renewing any GenAI product or subscription, including on a purchasing card or within a wider contract, needs Procurement and AIAG approval. Personal subscriptions will not be reimbursed.
12.5 Research, audit and service evaluation projects that involve GenAI need the approval of the Research and Development team as well as the AIAG.
12.6 Approved Tools may be used on a personal device only through the Trust-managed Microsoft 365 apps (enrolled in Intune) and when signed in with a Trust Account. All of section 6 applies in the same way as on a Trust device.

13. Training
13.1 Everyone must complete the "Using GenAI Safely" e-learning module on ESR before using any tool in section 5 for Trust work, and must repeat it every two years.
13.2 A Microsoft 365 Copilot licence, a GitHub Copilot seat or an Adobe Firefly licence is issued only after the e-learning and a short role-specific briefing from Digital Services.

14. Incidents and breaches
14.1 If PCI, Staff Personal Information or SOI has gone into a tool where it should not, or a GenAI output has caused or nearly caused harm, report it on Datix straight away and tell your line manager. For an information breach, also email the Information Governance team the same day.
14.2 Do not delete the conversation or the account unless the Information Governance team tell you to: they may need the record.
14.3 Breaches may be dealt with under the Disciplinary Policy; prompt, honest reporting of a mistake will be taken into account.

15. Matters under review
15.1 The matters below are undecided. Until the AIAG publishes a decision, do not assume any of them is permitted: ask the AIAG.
15.2 Reflective practice and revalidation. The Trust has not decided whether registered professionals may use GenAI to help write reflective accounts for their professional portfolio, HCPC CPD audit or NMC revalidation.
15.3 Training scenarios from real calls. Whether anonymised summaries of real 999 or 111 calls may be used with GenAI to build training scenarios for call handlers is under review by the Caldicott Guardian. Synthetic scenarios under 6.9 remain permitted.
15.4 AI features on personal phones. Whether built-in AI features on personal smartphones (such as notification, message or email summaries) may stay switched on when Trust email or Teams is installed on that phone has not been decided.
15.5 Extending the ePCR Scribe. Whether the ePCR Scribe will be extended beyond the pilot stations, to patient transport crews or to 111 clinicians will be decided by the AIAG after the pilot evaluation report, due in autumn 2026.
15.6 Staff representatives. The use of GenAI by trade union representatives when preparing for casework on behalf of members is being discussed with the Joint Partnership Forum and has not been agreed.

16. Contacts
16.1 AI Assurance Group (new tools and uses, and anything this policy does not answer): ai.assurance@ridgewayas.nhs.uk.
16.2 Information Governance team and Data Protection Officer (personal data, DPIAs, breaches): ig@ridgewayas.nhs.uk.
16.3 Caldicott Guardian (use of patient information): through the Information Governance team.
16.4 Clinical Safety Officer (clinical safety of digital systems, ePCR Scribe pilot): clinical.safety@ridgewayas.nhs.uk.
16.5 Digital Service Desk (licences, access, new AI features in systems): extension 4400 or the Digital Services portal.
16.6 Communications and Engagement team (images, publications, labelling): comms@ridgewayas.nhs.uk.

Appendix A – Related documents
A.1 Trust documents: Information Governance and Data Protection Policy; Information Security Policy; Acceptable Use of IT Policy; Clinical Safety Management Procedure; Disciplinary Policy.
"""


def main() -> None:
    for sub in ("knowledge", "originals"):
        d = OUT / sub
        d.mkdir(parents=True, exist_ok=True)
        (d / NAME).write_text(POLICY, encoding="utf-8")
    words = len(POLICY.split())
    print(f"wrote {NAME} ({words} words) to knowledge/ and originals/")


if __name__ == "__main__":
    main()
