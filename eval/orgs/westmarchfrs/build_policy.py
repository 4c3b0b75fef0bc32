#!/usr/bin/env python3
"""Writes the Westmarch FRS generative AI policy (Markdown, with the approved-tools
table inside clause 6.2) into knowledge/ and an identical copy into originals/.
Also writes knowledge/sources.yaml. Run: python build_policy.py"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "wfrs-generative-ai-policy.md"

POLICY = """\
# Westmarch Fire and Rescue Service – Generative Artificial Intelligence Acceptable Use Policy

| Document reference | WFRS-ICT-POL-019 |
| --- | --- |
| Version | 1.3 |
| Owner | Director of Corporate Services (Senior Information Risk Owner) |
| Approved by | Digital Ethics and Assurance Board, 14 January 2026 |
| Review date | July 2026 |
| Protective marking | OFFICIAL |

## 1. Purpose

1.1 This policy sets out how staff of Westmarch Fire and Rescue Service ("the Service") may use generative artificial intelligence (AI) tools in their work, and the limits that apply.

1.2 The Service wants staff to use generative AI where it saves time and improves the quality of our work, while protecting the public we serve, our staff, and the operational information on which firefighter safety depends.

1.3 This policy should be read with the Information Security Policy, the Data Protection Policy, the Safeguarding Policy, the Acceptable Use of ICT Policy and the Code of Conduct. Where they conflict, the stricter rule applies.

## 2. Scope

2.1 This policy applies to all employees of the Service, whether wholetime, on-call, control, support or fixed-term staff, and to volunteers, agency workers, contractors and consultants who carry out work for the Service (together "staff").

2.2 It covers any use of a generative AI tool in connection with Service work, whether on a Service device or a personal device, during or outside working hours.

2.3 It does not cover non-generative systems that the Service already operates under their own governance, such as the mobilising system's automatic vehicle location or the community risk modelling software, except where a supplier adds a generative AI feature to them (see 6.7).

## 3. Definitions

3.1 **Generative AI** means software that produces text, images, audio, video or code in response to a prompt, such as a chatbot or an image generator.

3.2 **Sanctioned AI tool** means a tool listed in Table 1 at 6.2, used in the way and with the information shown there.

3.3 **Consumer AI** means a generative AI tool used through a free or personal account that the Service does not manage, including paid personal subscriptions.

3.4 **AI Passport** means the record that a member of staff has completed the Service's generative AI e-learning module and has told their line manager, as required by section 5.

3.5 **Risk Intelligence** means site-specific risk information (SSRI) and any other information held to protect firefighters at a particular premises or location, including premises risk records, tactical plans, hazardous materials inventories, floor plans and the information shown on appliance mobile data terminals. Risk Intelligence is marked OFFICIAL-SENSITIVE.

3.6 **Vulnerable Occupier Information** means information gathered about residents during home fire safety visits (Safe and Well visits) or from partner referrals, such as health, mobility, medication, oxygen use, smoking, alcohol or drug use, hoarding, and living circumstances.

3.7 **Protected Service Data** has the meaning given in 7.1(c).

3.8 **DEAB** means the Digital Ethics and Assurance Board, the Service's governance body for AI (see 18.1).

3.9 **New use case** has the meaning given in 5.4.

## 4. Principles

4.1 A person, not a tool, is accountable for every piece of work the Service produces. Generative AI may assist staff; it does not make decisions.

4.2 Staff must use generative AI lawfully, fairly and in line with the Service's values and the Core Code of Ethics for Fire and Rescue Services.

4.3 Where staff are unsure whether a use is permitted, they should not proceed until they have asked the Information Governance Team or DEAB.

## 5. Before you start

5.1 Before using any generative AI tool for Service work for the first time, staff must complete the e-learning module "Generative AI: Safe Use at Westmarch" on WestmarchLearn.

5.2 Staff must also tell their line manager, before first use, which tool they intend to use and for what kind of work. On-call staff should tell their station-based line manager.

5.3 Completion of the module and the line manager's confirmation together form the member of staff's AI Passport, which is recorded on WestmarchLearn. No member of staff may use any generative AI tool for Service work, including the sanctioned AI tools, without a current AI Passport.

5.4 A new use case is any use of a generative AI tool for a purpose not described in the "What it may be used for" column of Table 1, any use that involves personal information about members of the public, and any use a team intends to build into a routine business process.

5.5 Every new use case requires a Data Protection Impact Assessment (DPIA) completed with the Information Governance Team before it starts. The Information Governance Team will decide whether a screening assessment is enough or a full DPIA is needed, and will record the outcome in the AI Use Case Log.

5.6 Individual staff do not need a DPIA to use a sanctioned AI tool in a way already described in Table 1.

## 6. Approved tools

6.1 Staff may use only the tools and versions described in this section. Access to Microsoft tools must always be through your Westmarch account.

6.2 The sanctioned AI tools, what each may be used for and the information each may be used with are set out in Table 1.

Table 1 – Sanctioned AI tools

| Tool | What it may be used for | Information allowed |
| --- | --- | --- |
| Microsoft 365 Copilot Chat (signed in with your Westmarch account; shows the green shield) | Drafting and rewriting text, summarising Service documents, research, brainstorming, plain-English rewrites, spreadsheet formulas, images for internal presentations (13.1) | Open and Service Internal information. No Protected Service Data. |
| Microsoft 365 Copilot (licensed users; in Word, Outlook, Excel, PowerPoint and Teams) | As for Copilot Chat, plus working on documents and email in your own Microsoft 365 account, and Teams meeting recaps under section 12 | Open and Service Internal information, and staff names and work contact details for routine administration (7.5). No other Protected Service Data. |
| ChatGPT, Google Gemini and Claude (Consumer AI only) | General research, learning and ideas where nothing about the Service's work is entered beyond what is already public | Open information only. |
| Adobe Firefly (Service Creative Cloud licence; Corporate Communications only) | Illustrations and backgrounds for safety campaigns and internal publications | Open information only. No likeness of real people (section 13). |
| DeepL Pro (Service subscription) | Translating community safety material that is published or approved for publication | Open information only, subject to 11.4. |
| GitHub Copilot (Business licence; ICT Development team only) | Suggesting, explaining and testing code for Service applications | Service Internal source code. No passwords, keys, live data or network details. |
| DeepSeek (any version, including apps and websites built on it) | Prohibited | None. |

6.3 Consumer AI must not be registered or signed into with a Service email address, must not be given Service documents or files, and must not be used to build custom assistants (such as GPTs, Gems or Projects) that contain Service material. Where the tool allows it, chat history and model training should be switched off. Paying for a personal subscription does not change what information may be used.

6.4 Microsoft Copilot used with a personal Microsoft account, including the Copilot app on a personal phone signed in with a personal account, is Consumer AI and not Copilot Chat. Copilot in the Microsoft Edge sidebar is Copilot Chat only when it shows you are signed in with your Westmarch account.

6.5 Browser extensions, plug-ins and add-ins that add generative AI features, such as writing assistants, grammar tools and meeting assistants, must not be installed on Service devices or used with Service information unless they are listed in Table 1.

6.6 Any generative AI tool that is not listed in Table 1, including image and video generators, design tools, search assistants, transcription services and mobile apps, must not be used for Service work until DEAB has approved it. Requests are made through the ICT Service Desk using the "AI tool request" form.

6.7 Where a supplier adds a generative AI feature to software the Service already uses (for example an "AI assistant" in a PDF reader, video-conferencing software, the premises risk system or the HR system), that feature is not approved simply because the software is. It must not be used until ICT has confirmed that it has been assessed and it has been added to Table 1.

6.8 Direct access to AI models through an application programming interface (API), including the Azure OpenAI Service and the OpenAI API, is restricted to the ICT Development team working on projects approved under section 14.

6.9 On a personal device, information other than Open information may be used only with Copilot Chat or Microsoft 365 Copilot accessed through the Service-managed (Intune) Microsoft 365 apps, signed in with your Westmarch account.

## 7. What information may be used

7.1 For the purposes of this policy, Service information falls into three categories:

7.1(a) **Open information** is information already published by the Service or approved for publication.

7.1(b) **Service Internal information** is the Service's unpublished information that identifies no person and is not marked OFFICIAL-SENSITIVE, such as draft procedures, training material, non-personal statistics, budget drafts and project plans.

7.1(c) **Protected Service Data** is personal information about members of the public; staff sickness, welfare, occupational health, disciplinary, grievance and performance information; any special category or criminal offence information; anything marked OFFICIAL-SENSITIVE; Risk Intelligence; Vulnerable Occupier Information; fire investigation material; control room records; security information about Service premises and systems, such as door codes, alarm details, passwords and network information; and commercially confidential information, including tenders and suppliers' bids.

7.2 Protected Service Data must not be entered into any generative AI tool, uploaded to one, or made available to one, unless a use case recorded in the AI Use Case Log after a DPIA specifically allows it.

7.3 Removing names does not make information anonymous. If a person or household could be identified from an address, a date, an incident or unusual circumstances (for example "the fatal fire on the estate last spring"), the information is Protected Service Data.

7.4 Statistics broken down by station area, ward or smaller area are Protected Service Data where any figure relates to fewer than five people or households. Totals above that threshold are Service Internal information.

7.5 In Microsoft 365 Copilot, staff names and work contact details may be used for routine administration such as rotas, meeting arrangements and team emails. This does not extend to any other staff information listed in 7.1(c).

7.6 If you are not sure which category information falls into, treat it as Protected Service Data and ask the Information Governance Team.

## 8. Operational and sensitive information

8.1 Risk Intelligence must not be entered into any generative AI tool, including Microsoft 365 Copilot. Generic templates for collecting SSRI, and guidance on completing them that does not relate to a particular premises, are Service Internal information.

8.2 Fire investigation material, including scene notes, photographs, witness accounts, sample records and draft origin-and-cause conclusions, must not be entered into any generative AI tool. Generative AI must not be used to form, test or rank hypotheses about the origin or cause of a fire, because fire investigation findings may be disclosed to coroners, the police and the courts.

8.3 Information about a concern that a child or adult may be at risk of abuse or neglect, including referrals to local authority children's or adult social care, notes of safeguarding discussions and records of the Service's Designated Safeguarding Officers, must not be entered into any generative AI tool. This applies even where you only want help with wording. Copilot Chat may be used to explain the Service's published safeguarding procedure or to write training scenarios using invented details.

8.4 Recordings, transcripts and logs of emergency calls, and data from the mobilising system, must not be entered into any generative AI tool. Generative AI must not be used by control staff during call handling or mobilising.

8.5 Vulnerable Occupier Information must not be entered into any generative AI tool, including when writing up a visit, a referral or a follow-up letter. Copilot Chat may be used to draft generic visit scripts, leaflets and template letters that contain no resident's details. Live spoken translation during a visit is dealt with in 17.2.

8.6 Generative AI must not be used to inform operational decisions at an incident, including identifying hazardous materials, assessing structural stability or choosing firefighting tactics. Crews must use Service operational information, the chemical data systems on the appliance and the Hazardous Materials Adviser.

8.7 Debrief and operational assurance reports that record general learning and identify no person or property are Service Internal information. Debriefs of incidents involving a fatality or serious injury are Protected Service Data in every case.

## 9. Prohibited uses

9.1 Generative AI must not make, or be the main basis for, any decision about an individual, including shortlisting, scoring or ranking job applicants, promotion and development assessments, discipline, attendance management, and decisions about which households receive a service.

9.2 Generative AI must not be used to produce content that claims to come from, or imitates, a real person or the Service without authority.

9.3 Generative AI must not be used to draft enforcement notices, prohibition notices, alterations notices or other statutory notices under the Regulatory Reform (Fire Safety) Order 2005, or witness statements. These must be written by the authorised inspecting officer or the witness.

9.4 Generative AI must not be used to bypass security controls, to write or test code intended to do so, or to handle passwords or security configuration.

9.5 Generative AI must not be used to answer members of the public automatically, for example through a chatbot on the Service website or social media channels, without DEAB approval.

## 10. Human review and accountability

10.1 Staff are responsible for everything they produce with generative AI as if they had written it themselves.

10.2 Staff must check AI output for accuracy before using it, including facts, figures, references to legislation and guidance, and names. Generative AI tools can produce confident but wrong answers.

10.3 Where AI-assisted content is sent outside the Service, published, or presented to the Fire Authority or its committees, the manager who approves it must be told that generative AI was used.

10.4 Generative AI output must not be the only source for technical fire safety advice given to a responsible person, a business or a member of the public.

## 11. Transparency and labelling

11.1 Content for the Service website, social media, press releases or public consultations in which generative AI produced a substantial part must be approved by Corporate Communications before it is published.

11.2 Images, video and audio that are wholly or partly generated or altered by AI must carry the label "Created with AI" wherever they are published or shown outside the Service.

11.3 Routine emails, letters and internal documents do not need a label where AI only helped with drafting and the author has reviewed them, but staff must say that AI was used if asked.

11.4 Translations produced with DeepL Pro must carry the statement "This translation was produced with the help of machine translation." Translations of safety-critical material, such as escape plans and smoke alarm instructions, must be checked by a fluent speaker before publication.

11.5 Reports to the Fire Authority and its committees that were drafted with generative AI must say so in the report's "Background papers" section.

## 12. Recording, transcription and meetings

12.1 Teams transcription and Microsoft 365 Copilot meeting recaps may be used in internal Service meetings where the organiser tells everyone at the start that they are being used and stops them if any attendee asks.

12.2 Transcription and AI recaps must not be used in formal HR meetings (investigations, disciplinary, grievance, capability and absence reviews), occupational health or welfare conversations, safeguarding discussions, fire investigation interviews, or meetings with external partners unless every organisation present has agreed in advance.

12.3 Third-party note-takers and meeting bots, such as Otter.ai, Fireflies, Read.ai and Zoom AI Companion, must not be used for Service meetings. Organisers must remove such a bot from a Service meeting if one joins.

12.4 Recordings of members of the public, including calls to the non-emergency line and conversations during visits, must not be transcribed or summarised with generative AI.

12.5 Transcripts and recaps are Service records. The organiser must check them for accuracy and keep them in line with the Records Retention Schedule.

## 13. Images, video, voice and likeness

13.1 Copilot Chat may be used to create images for internal presentations and training material. Images for publication may be created only by Corporate Communications using Adobe Firefly.

13.2 Staff must not create or alter images, video or audio that show or imitate a real, identifiable person, whether a colleague, a member of the public or a public figure. The only exception is a member of staff who has given written consent for a specific Corporate Communications project approved by the Head of Corporate Communications.

13.3 Photographs and footage from incidents, including helmet and body-worn camera footage, must not be edited, enhanced or altered with generative AI.

13.4 Generative AI must not be used to create realistic images of fires, casualties or emergency incidents for publication.

13.5 The use of synthetic or cloned voices in any Service content requires DEAB approval for each project.

## 14. Buying and building AI

14.1 Any software that includes generative AI, including free, freemium and trial products and AI add-ons to existing contracts, must be obtained through Procurement and ICT, with the AI Supplier Assurance Questionnaire and a DPIA. Staff must not accept a supplier's online terms on behalf of the Service.

14.2 Applications that call AI models through an API, automations using AI Builder, and agents built in Copilot Studio by the ICT Development team require DEAB approval and a DPIA before development starts.

## 15. Training and support

15.1 The e-learning module in 5.1 must be renewed every 12 months. An AI Passport lapses if it is not renewed.

15.2 Microsoft 365 Copilot licence holders must attend a "Copilot Essentials" session before their licence is activated.

15.3 Each directorate has AI Champions who can help colleagues with good practice. They cannot approve tools or use cases.

## 16. Incidents and breaches

16.1 If Protected Service Data has been entered into a tool or used in a way this policy does not allow, staff must tell their line manager and report it on the Information Security Incident form on the intranet straight away, and in any case within 24 hours. Do not delete the conversation until the Information Governance Team has advised.

16.2 Suspected AI-generated phishing, or fake audio or video that imitates Service leaders, must be reported to the ICT Service Desk.

16.3 Breaches of this policy may be dealt with under the Code of Conduct and the Disciplinary Procedure.

## 17. Matters not yet decided

17.1 The Service has not yet decided whether staff outside the ICT Development team may build Copilot Studio agents. A trial in the Prevention directorate is being evaluated and DEAB will publish its decision. Requests in the meantime should be sent to DEAB.

17.2 The Service has not yet reached a position on the use of live spoken translation apps during home fire safety visits with residents who do not speak English. Prevention and the Information Governance Team are reviewing this. The existing telephone interpreting service remains available, and individual queries should be sent to DEAB.

17.3 Whether transcription or Microsoft 365 Copilot recaps may be used at public meetings of the Fire Authority and its committees has been referred to the Monitoring Officer and has not been decided.

17.4 The use of generative AI to help prepare responses to Freedom of Information requests and subject access requests has not been decided. The Information Governance Team is preparing guidance.

## 18. Roles and contacts

18.1 DEAB is chaired by the Director of Corporate Services as Senior Information Risk Owner. It approves new tools and new use cases, decides the matters in section 17 and publishes rulings. Contact: deab@westmarchfire.gov.uk.

18.2 The Information Governance Team, which includes the Data Protection Officer, handles DPIAs, questions about information categories and information security incidents. Contact: ig@westmarchfire.gov.uk or extension 4410.

18.3 The ICT Service Desk handles access, Microsoft 365 Copilot licences, AI tool requests and questions about extensions and add-ins. Contact: extension 4000 or the Service Desk portal.

18.4 Corporate Communications handles publication, labelling and image requests. Contact: comms@westmarchfire.gov.uk.

## 19. Review

19.1 DEAB will review this policy every six months, and sooner if the law, national guidance or the tools change. Table 1 may be updated by DEAB between reviews; the version on the intranet is the current one.
"""

SOURCES = """\
wfrs-generative-ai-policy.md:
  title: Generative AI Acceptable Use Policy
  owner: Director of Corporate Services (SIRO)
  version: "1.3 (January 2026)"
  url: https://intranet.westmarchfire.gov.uk/policies/generative-ai
"""


def main():
    (HERE / "knowledge").mkdir(exist_ok=True)
    (HERE / "originals").mkdir(exist_ok=True)
    (HERE / "knowledge" / NAME).write_text(POLICY, encoding="utf-8")
    (HERE / "originals" / NAME).write_text(POLICY, encoding="utf-8")
    (HERE / "knowledge" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    words = len(POLICY.split())
    print(f"wrote {NAME}: {words} words")


if __name__ == "__main__":
    main()
