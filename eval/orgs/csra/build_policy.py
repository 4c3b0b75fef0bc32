#!/usr/bin/env python3
"""Build the CSRA knowledge folder: a plain-text policy (one paragraph per line,
not hard-wrapped) and a tools register CSV; copy both unchanged into originals/."""
import csv, io, shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent
K, O = OUT / "knowledge", OUT / "originals"
POLICY = "genai-usage-policy.txt"
REG = "genai-tools-register.csv"

policy = """Credit Services Regulatory Authority
Generative Artificial Intelligence: Acceptable Use Policy for Staff
Document owner: Chief Operating Officer, on behalf of the Digital Assurance Board
Version 2.1, approved by the Digital Assurance Board on 14 January 2026. Next review: July 2026.
Classification: OFFICIAL. This policy is published on the Authority's intranet and may be released under the Freedom of Information Act 2000.

1. Purpose and status
1.1 This policy sets out how people who work for the Credit Services Regulatory Authority ("the Authority", "we") may use generative artificial intelligence in the course of their work. We want colleagues to use these tools where they help us regulate well and run the organisation efficiently, and to do so without putting at risk the information that consumers, firms and other public bodies entrust to us.
1.2 The policy sits alongside, and does not replace, the Information Handling Standard, the Acceptable Use of ICT Policy, the Data Protection Policy, the Records Management Policy and the Protected Disclosures Procedure. Where this policy is silent, those documents apply.
1.3 Generative AI is changing quickly. The Digital Assurance Board reviews this policy at least every six months and may change the Generative AI Tools Register at any time. Changes take effect when they are published on the AI page of the intranet.
1.4 A breach of this policy may be dealt with under the Disciplinary Policy. Disclosing Restricted Regulatory Information other than through a statutory gateway may also be a criminal offence under the restrictions on disclosure in the Authority's founding Act, whether or not an AI tool was involved.

2. Scope
2.1 This policy applies to all employees, members of the Board and its committees, secondees (including colleagues seconded to us from regulated firms), contractors, agency workers and consultants when they carry out Authority business, wherever they are working and whatever device they use.
2.2 It covers generative AI in every form in which it reaches us: stand-alone chat services, AI features built into software we already use (office, PDF, design, survey and video-conferencing software), browser extensions and add-ins, mobile apps and assistants, and access through programming interfaces (APIs) or developer tools.
2.3 This policy does not cover:
(a) conventional statistical and analytical models used in supervision and enforcement, which are governed by the Model Risk Framework;
(b) the personal use of AI by staff outside work, where no Authority information is involved;
(c) the use of AI by regulated firms, which is a matter for our Handbook of rules and guidance and not for this policy.

3. Definitions
3.1 "Generative AI" means software that produces new text, images, audio, video or computer code in response to a prompt, including chat assistants, image generators, transcription and summarisation features, and code assistants.
3.2 "The Register" means the Authority's Generative AI Tools Register (genai-tools-register.csv), maintained by the Digital Assurance Board. Each tool on it is marked approved, restricted (approved only for the uses, information and people stated) or prohibited.
3.3 "Assured Workspace" means the Authority's Microsoft 365 tenancy and the Azure services inside it, reached through an Authority account on an Authority-managed device or through Workspace Web.
3.4 "Restricted Regulatory Information" (RRI) means any information that is not public and that we obtained from or about a regulated firm in the course of our statutory functions. It includes regulatory returns, responses to information requirements, skilled person reports, supervisory correspondence and visit notes, firms' business plans, pricing and financial projections, and the contents of enforcement files.
3.5 "Embargoed Market Information" (EMI) means information whose early release could affect the price of a listed security or give anyone a market advantage. It includes unpublished enforcement outcomes and penalty amounts concerning a firm that is listed or part of a listed group, the findings of market studies, fee and price-cap decisions, and official statistics before their announced release time.
3.6 "Protected Disclosure Material" means any report made to us by a worker of a regulated firm under the whistleblowing provisions, and any information that could identify the person who made it.
3.7 "Casework" means enforcement investigations, authorisation and permission decisions, supervisory interventions, complaints about firms and contacts from individual consumers.
3.8 "AI-assisted output" means any text, image, audio, code or analysis produced wholly or partly by a generative AI tool.
3.9 "Responsible officer" means the member of staff who used the tool. The responsible officer is accountable for the AI-assisted output as if they had produced it themselves.
3.10 "Workspace Web" means the Authority's managed browser access to the Assured Workspace from a device the Authority does not own, protected by multi-factor sign-in.

4. Principles
4.1 AI supports the judgement of our people; it never replaces it. Every decision the Authority takes is taken by a person who has considered the evidence.
4.2 You must be able to explain, in plain terms, how any AI-assisted output you rely on was produced and what you checked.
4.3 Using AI is optional. Managers may encourage the use of registered tools but must not require any colleague to use them.
4.4 We use AI in a way that is lawful, fair and consistent with the Civil Service Code and our duties under the Equality Act 2010.

5. Which tools may be used
5.1 You may use a generative AI tool for Authority business only if it is listed on the Register as approved or restricted, and only with the information and for the purposes its entry allows. A tool that is not on the Register must not be used for Authority business until the Digital Assurance Board has assessed it and added it to the Register.
5.2 A tool is not on the Register because it is free, widely used, or used by another government department or regulator.
5.3 A registered tool must be reached through the Assured Workspace, or by the route its Register entry gives, using your Authority account. Personal, consumer, free-tier or family accounts are different services from the enterprise versions we have assessed, even where the name is the same, and must not be used for Authority business unless the Register entry expressly says so.
5.4 AI features that appear inside software we already use (for example a new assistant button in a PDF reader, a design package or a survey platform) are separate tools for the purposes of this policy. They must stay switched off, and must not be used, until the Register lists them.
5.5 Browser extensions, add-ins and plug-ins that send the content of web pages, emails or documents to an AI service must not be installed on Authority devices unless the Register lists them by name.
5.6 Connecting to a generative AI model through an API, software development kit, agent framework or automated workflow (including Power Automate flows that call an AI model) is a separate use and needs the approval of the Digital Assurance Board before anything is built, even where the interactive version of the same tool is approved.
5.7 On a device the Authority does not own, registered tools may be used only through Workspace Web. You must not download AI-assisted output that contains non-public information to such a device, and you must not use the device's own assistants, keyboard rewriting features or apps with Authority information.
5.8 To propose a new tool, complete the AI Tool Request form on the intranet. The Digital Assurance Board assesses requests with Information Security and the Data Protection Officer. While a request is pending the tool may be trialled only by the Data and Digital AI Lab, using synthetic information.

6. What information may be used
6.1 Public information may be used with any tool on the Register that is approved or restricted, within the conditions of its entry.
6.2 Internal information (the Authority's own unpublished information that identifies no person and no firm, such as draft procedures, non-personal management figures and internal plans) may be used only with tools whose Register entry allows internal information.
6.3 Personal data may be used only with tools whose Register entry allows personal data, only where it is needed for the task, and only as much of it as is needed. Where a task can be done with names and reference numbers removed, remove them first.
6.4 Information about a person's health, disability, mental capacity, bereavement or other circumstances that make them vulnerable, and any special category or criminal offence data, must not be entered into any generative AI tool.
6.5 Restricted Regulatory Information may be entered only into CSRA Assist and the licensed Microsoft 365 Copilot, within the Assured Workspace, and only by colleagues who already have access to the relevant file in the case management system because they work on it. It must never be entered into a tool outside the Assured Workspace.
6.6 Embargoed Market Information must not be entered into any generative AI tool, including tools inside the Assured Workspace, until it has been published. After its publication time it is public information.
6.7 Protected Disclosure Material must not be entered into any generative AI tool.
6.8 Information shared with us by other regulators and public bodies must be handled in line with the memorandum of understanding or conditions under which it was shared. Where these say nothing about AI, treat the information as Restricted Regulatory Information.
6.9 Information marked OFFICIAL-SENSITIVE must not be entered into a tool outside the Assured Workspace. Information classified SECRET or above must not be entered into any generative AI tool.
6.10 If you are not sure which class information belongs to, treat it as the more sensitive class and ask the Information Governance team before you go further.
6.11 Removing a firm's name does not change the class of information. Supervisory, enforcement and authorisation material about a firm remains Restricted Regulatory Information after names have been removed or replaced with labels.

7. Uses that are not permitted
7.1 Generative AI must not be used to:
(a) determine, score or propose the outcome of any regulatory decision, including the authorisation of a firm, the opening or closing of an investigation, or the level of a financial penalty;
(b) assess or rank individuals for recruitment, promotion, performance, attendance or conduct, including sifting job applications;
(c) produce content that could be mistaken for the genuine words of a real person;
(d) communicate with consumers or firms without a member of staff reading and sending each message;
(e) monitor the activity or productivity of colleagues.
7.2 The reasoning of a warning notice, decision notice or final notice, and any submission to a tribunal or court, must be written by the people responsible for it and not by a generative AI tool. Once the author has written such a document, tools inside the Assured Workspace may be used to check spelling, consistency and cross-references.
7.3 Do not use AI search features to look for or read material you have no business need to see. Microsoft 365 Copilot can find documents that your permissions reach but that belong to other teams' cases; browsing enforcement or supervisory files outside your own work in this way is a breach of the Information Handling Standard.
7.4 For requests under the Freedom of Information Act 2000 and subject access requests, registered tools inside the Assured Workspace may be used to locate and collate information we hold and to draft the covering response, which the Information Rights team must review. Generative AI must not be used to decide whether an exemption applies or to redact information for release.

8. Checking AI-assisted output
8.1 The responsible officer must check every AI-assisted output for accuracy, completeness, bias and tone before it is used, shared or relied on.
8.2 AI-assisted output used in casework, in published material, in Board or committee papers or in advice to ministers must also be reviewed by the approving manager, who must be told that AI was used.
8.3 Check every legal reference, rule citation, statistic and quotation against its source. Generative AI tools invent references that look real.
8.4 Where AI is used to code, group or summarise responses to a consultation, a person must read in full every response from a regulated firm, trade body or consumer organisation, together with a random sample of at least 10% of the other responses, and compare them with the AI-assisted analysis before it is used.

9. Being open about AI use
9.1 Tell your manager, and anyone you pass the work to, when a generative AI tool produced a substantial part of it.
9.2 Where generative AI has materially contributed to a document the Authority publishes (reports, consultation papers, summaries of consultation responses, guidance), the document must say so. Use of AI only for spelling, grammar or formatting does not need a statement.
9.3 An image created or substantially altered with AI that appears in any publication, presentation to an external audience or social media post must carry the caption "Image created using AI".
9.4 Letters and emails that you have drafted with the help of a registered tool and checked yourself do not need a label; you are their author.
9.5 Where a tool has a significant influence on decisions about members of the public or firms, the Digital Assurance Board will publish a record under the Algorithmic Transparency Recording Standard before the tool is used for that purpose.

10. Meetings, recording and transcription
10.1 AI transcription and meeting recap features on the Register may be used for internal Authority meetings, provided that everyone attending is told at the start and can object. If anyone objects, the feature must be switched off.
10.2 AI transcription, recording summaries and note-taking features must not be used in:
(a) meetings with regulated firms, including supervisory meetings and skilled person briefings;
(b) interviews in investigations, including compelled interviews and interviews under caution;
(c) any contact with a whistleblower;
(d) disciplinary, grievance, attendance and occupational health meetings.
10.3 Note-taking services that join a meeting as a participant (meeting bots) must not be admitted to any meeting the Authority hosts, and you must not bring one to a meeting hosted by someone else. If an external organiser's bot is present, do not discuss Restricted Regulatory Information or Embargoed Market Information, and tell the Information Governance team.
10.4 Transcripts and recaps are Authority records. The responsible officer must correct them before they are relied on and keep them in line with the Records Management Policy.
10.5 The use of AI transcription at external stakeholder events that are not casework (roundtables, webinars and consultation workshops) has not yet been decided; see section 15.

11. Images, voices and likeness
11.1 Images may be generated only with tools on the Register that allow it, and are to be used for illustrations, diagrams and backgrounds.
11.2 You must not use AI to create or alter an image, voice or video of a real person, whether a colleague, a Board member, a minister, a consumer or anyone at a firm, and this includes yourself. This applies to internal material, training and humour as well as to publications.
11.3 You must not use AI to create or alter the Authority's logo or the name, logo or branding of any firm.

12. Buying and building AI
12.1 Any purchase of software, services or consultancy that includes generative AI must be agreed by the Commercial team and the Digital Assurance Board before a contract is signed. Contracts must prevent the supplier from training models on our information and must set out where it is stored and when it is deleted.
12.2 Suppliers, contractors and consultants must tell us if they intend to use generative AI in work for the Authority, and must not process Authority information with generative AI without the written agreement of the Digital Assurance Board.
12.3 Tools built by or for the Authority need a data protection impact assessment, a security assessment and the approval of the Digital Assurance Board before they are used with real information.
12.4 Free trials and pilots offered by vendors must not be accepted without the approval of the Digital Assurance Board.

13. Training and support
13.1 Before you use any tool on the Register you must complete the "Using AI at the Authority" e-learning module, and repeat it each year.
13.2 Before you use CSRA Assist or the licensed Microsoft 365 Copilot with Restricted Regulatory Information you must also complete the "Handling RRI with AI" module.
13.3 Each directorate has AI Champions who can help with everyday questions about registered tools and good prompting.

14. Incidents
14.1 If information has been entered into a tool in a way this policy does not allow, report it on the Security Incident form straight away and no later than the end of the working day. Record what was entered and where, then delete the conversation if the tool allows it.
14.2 If the incident involves Embargoed Market Information, also tell the Market Disclosure Officer immediately by phone, who will decide whether an early announcement is needed.
14.3 Report to your AI Champion any AI-assisted output that was seriously wrong, biased or offensive and that affected work, so that the Digital Assurance Board can review the tool.

15. Matters not yet decided
15.1 The Authority has not decided whether the Whistleblowing Unit may in future use CSRA Assist to triage Protected Disclosure Material; a data protection impact assessment is in progress. Until the Board decides, paragraph 6.7 applies in full.
15.2 The Authority has not decided whether generative AI may be used to translate correspondence into or out of Welsh or any other language, including the question of whether machine translation meets our commitments under the Welsh Language Scheme. Until a decision is published, each proposed use must be referred to the Digital Assurance Board and must not go ahead without its approval.
15.3 The use of AI transcription and summaries at external stakeholder events that are not casework is under review. Until a decision is published, each proposed use must be approved in advance by the Digital Assurance Board.
15.4 The creation of AI agents that act on their own (for example agents that send emails, update records or answer other colleagues' questions, including agents built with Copilot Studio) has not been decided. No agents may be created or shared until the Digital Assurance Board publishes its position.
15.5 Whether secondees from regulated firms may be given Microsoft 365 Copilot licences has not been decided and is being considered with the Legal team.
15.6 The use of large language models to analyse regulatory returns across many firms is being piloted by the Data and Digital AI Lab and is not available for general use. Requests to join or extend the pilot go to the Digital Assurance Board.

16. Roles and contacts
16.1 The Digital Assurance Board, chaired by the Chief Operating Officer, owns this policy and the Register, decides requests for new tools and uses, and decides the matters in section 15. Contact it through the AI Governance mailbox.
16.2 The Information Governance team, which includes the Data Protection Officer, advises on information classes, data protection impact assessments and incidents.
16.3 The Information Security team advises on the security of tools, extensions and devices.
16.4 The Market Disclosure Officer in the General Counsel's Division advises on whether information is Embargoed Market Information and when it becomes public.
16.5 The Head of the Whistleblowing Unit advises on Protected Disclosure Material.
16.6 The Information Rights team advises on Freedom of Information and subject access requests.
16.7 The Commercial team advises on buying software and services that include AI.
16.8 AI Champions in each directorate give day-to-day help and pass questions on to the Digital Assurance Board.

Appendix A – Information classes at a glance
A.1 Public information: any approved or restricted tool on the Register, within its conditions.
A.2 Internal information: only tools whose Register entry allows internal information.
A.3 Personal data: only tools whose Register entry allows personal data, minimised; never health, vulnerability, special category or criminal offence data.
A.4 Restricted Regulatory Information: only CSRA Assist and the licensed Microsoft 365 Copilot, inside the Assured Workspace, on your own work.
A.5 Embargoed Market Information and Protected Disclosure Material: no generative AI tool at all.
"""

P = POLICY
rows = [
 ("Microsoft 365 Copilot Chat", "Copilot Chat;M365 Copilot Chat;Bing Chat Enterprise;Bing Chat;Copilot with enterprise data protection", "approved", "public;internal",
  "Available to all staff. Sign in with your Authority account in the Assured Workspace (the green shield must show). No personal data, Restricted Regulatory Information, Embargoed Market Information or Protected Disclosure Material.",
  f"{P}#5.3;{P}#6.2;{P}#6.5"),
 ("Microsoft 365 Copilot", "licensed Copilot;Copilot in Word;Copilot in Outlook;Copilot in Excel;Copilot in PowerPoint;M365 Copilot", "restricted", "public;internal;personal",
  "Licensed staff only. May be used with personal data and with Restricted Regulatory Information from your own work once the Handling RRI with AI module is complete. Never Embargoed Market Information, Protected Disclosure Material, health or vulnerability information. No agents.",
  f"{P}#6.3;{P}#6.5;{P}#13.2;{P}#15.4"),
 ("CSRA Assist", "Assist;the Authority chatbot;CSRA GPT", "approved", "public;internal;personal",
  "The Authority's own assistant, hosted in the Assured Workspace. May be used with Restricted Regulatory Information from your own work once the Handling RRI with AI module is complete. Never Embargoed Market Information, Protected Disclosure Material, health or vulnerability information.",
  f"{P}#6.5;{P}#6.4;{P}#6.6;{P}#6.7"),
 ("Teams intelligent recap", "Teams Premium recap;Teams transcription;meeting recap;Copilot in Teams meetings;Teams AI notes", "restricted", "internal;personal",
  "Internal Authority meetings only; tell everyone at the start and switch off if anyone objects. Never for meetings with firms, investigation interviews, whistleblowers or HR casework meetings.",
  f"{P}#10.1;{P}#10.2"),
 ("ResponseLens", "Response Lens;consultation analyser;consultation analysis tool", "restricted", "public;internal;personal",
  "Policy and Consultations team only, for responses to the Authority's own public consultations (including responses marked confidential). Human reading of responses as paragraph 8.4 requires and a statement in the published summary as paragraph 9.2 requires.",
  f"{P}#8.4;{P}#9.2"),
 ("GitHub Copilot Business", "GitHub Copilot;Copilot in VS Code;Copilot in Visual Studio Code", "restricted", "public;internal",
  "Data and Digital staff with a seat in the Authority's GitHub organisation only. Not in repositories that hold casework data, credentials or Restricted Regulatory Information. Personal or free GitHub Copilot plans must not be used.",
  f"{P}#5.3;{P}#6.2"),
 ("ChatGPT", "Chat GPT;OpenAI;ChatGPT free;GPT", "restricted", "public",
  "Public information only, for example researching or rewording material that is already published. Web browser only: no desktop or mobile app, browser extension, custom GPTs, connectors or API. Do not upload Authority files. Turn off 'Improve the model for everyone'. A personal free account may be used for this purpose only.",
  f"{P}#5.3;{P}#6.1"),
 ("Adobe Firefly", "Firefly;Photoshop generative fill;Adobe generative AI", "restricted", "public",
  "Communications team licence only. Illustrations, diagrams and backgrounds; no real people, no logos or firm branding. Caption published images 'Image created using AI'.",
  f"{P}#11.1;{P}#11.2;{P}#9.3"),
 ("Grammarly", "Grammarly extension;GrammarlyGO;Grammarly Premium", "prohibited", "",
  "Do not install or use. The extension reads everything typed in the browser, including case systems. Use the spelling and grammar tools in Word and Outlook instead.",
  f"{P}#5.5"),
 ("DeepSeek", "DeepSeek Chat;DeepSeek R1;DeepSeek app", "prohibited", "",
  "Must not be used for Authority business on any device.",
  f"{P}#5.1"),
 ("Otter.ai", "Otter;OtterPilot;Otter Assistant", "prohibited", "",
  "Meeting bot. Must not be admitted to or brought to any meeting.",
  f"{P}#10.3"),
 ("Microsoft Copilot (consumer)", "Copilot app;copilot.microsoft.com with a personal account;Copilot Pro;Windows Copilot personal", "prohibited", "",
  "The consumer Copilot signed in with a personal Microsoft account is not Microsoft 365 Copilot Chat and must not be used for Authority business.",
  f"{P}#5.3"),
]

def main():
    K.mkdir(exist_ok=True); O.mkdir(exist_ok=True)
    (K / POLICY).write_text(policy, encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["tool", "aliases", "status", "data_allowed", "conditions", "clauses"])
    w.writerows(rows)
    (K / REG).write_text(buf.getvalue(), encoding="utf-8")
    for f in (POLICY, REG):
        shutil.copyfile(K / f, O / f)
    print("words:", len(policy.split()), "register rows:", len(rows))

if __name__ == "__main__":
    main()
