"""Build the London Borough of Wexley GenAI policy: knowledge/*.docx and originals/*.md (same text)."""
from docx import Document
from docx.shared import Pt

DOC = "wexley-generative-ai-policy"
TITLE = "Generative AI Acceptable Use Policy"
META = [("Organisation", "London Borough of Wexley"), ("Version", "2.1"),
        ("Approved by", "Information Governance Board, 14 October 2025"),
        ("Policy owner", "Head of Information Governance (on behalf of the SIRO)"),
        ("Next review", "April 2026"), ("Classification", "OFFICIAL")]

# ("h", heading) numbered Heading 1; ("s", text) unnumbered Heading 2; ("p", text) paragraph
B = []
def h(t): B.append(("h", t))
def s(t): B.append(("s", t))
def p(t): B.append(("p", t))

h("1. Purpose and status")
p("1.1 This policy sets out how officers of the London Borough of Wexley (\"the Council\") may use generative artificial intelligence in the course of their work. It should be read alongside the Council's Information Security Policy and Data Protection Policy.")
p("1.2 The Council wants officers to use generative AI where it saves time and improves services for residents, provided it is done safely, lawfully and openly. Generative AI is an aid to an officer's work; it does not replace professional judgement.")
p("1.3 This policy was approved by the Information Governance Board on 14 October 2025. Because the technology and the Council's arrangements are changing quickly, it will be reviewed at least every six months.")
p("1.4 The tools that may be used, and what each may be used for, are listed on the intranet page \"AI tools: what you can use\" (the AI Tools Page). The AI Tools Page forms part of this policy.")

h("2. Scope")
p("2.1 This policy applies to all employees, agency and interim workers, contractors, consultants, apprentices and volunteers carrying out work for the Council (\"officers\"), whatever device they use and wherever they work.")
p("2.2 It applies to any generative AI tool, whether it is a standalone service, a feature built into other software, a browser extension, a mobile app, or a model reached through an application programming interface (API).")
p("2.3 Elected Members are covered by this policy when they use Council-provided equipment or accounts for Council business. Members' use of AI for their own ward casework is dealt with in clauses 12.9 and 16.3.")
p("2.4 This policy does not cover non-generative automation such as rules-based workflows. Nor does it cover an officer's private use of AI outside work, provided no Council information is involved.")

h("3. Definitions")
p("3.1 \"Generative AI\" means software that produces text, images, audio, video or code in response to a prompt, for example chatbots, writing assistants, image generators and meeting summarisers.")
p("3.2 \"Assured AI Tool\" means a tool listed in the table on the AI Tools Page, used through the route and for the purposes described there. A tool is an Assured AI Tool only for the purposes and information classes shown against it.")
p("3.3 \"Consumer AI Service\" means any generative AI service used under an individual's own account, or without an account, including free and personally paid subscriptions, that is not provided under a contract with the Council. The public versions of ChatGPT, Gemini, Claude, Copilot (with a personal Microsoft account) and Perplexity are Consumer AI Services.")
p("3.4 \"Wexley tenancy\" means the Council's Microsoft 365 environment, reached by signing in with a @wexley.gov.uk account. Prompts and responses in Copilot services used within the Wexley tenancy stay within the Council's contract with Microsoft and are not used to train models.")
p("3.5 The Council's information falls into the following classes.")
p("3.5(a) \"Open Information\" is information the Council has already published or which is written to be published, such as web pages, published committee papers, webcasts and press releases.")
p("3.5(b) \"Working Information\" is the Council's own unpublished information that does not identify any individual, such as draft procedures, internal figures, project plans and anonymised statistics.")
p("3.5(c) \"Resident Record Information\" is any information that identifies, or could be combined to identify, a living person, whether a resident, tenant, applicant, customer, constituent or member of staff. It includes names together with any circumstances, addresses, contact details, vehicle registration marks, council tax and benefit references, case numbers and staff HR records.")
p("3.5(d) \"Protected Case Information\" is Resident Record Information that also concerns health, disability, social care, safeguarding, children, ethnicity, religion, sexual life or orientation, immigration status, homelessness or housing need, or criminal allegations, offences or convictions. All social care case records and all information about children known to the Council's services are Protected Case Information.")
p("3.5(e) \"Restricted Council Business\" is unpublished information whose early or wider disclosure could harm the Council or others, whether or not it identifies anyone: exempt (Part 2) committee reports, legal advice, tender submissions and their evaluation, commercially sensitive negotiations, security arrangements, unannounced restructures and internal audit findings.")
p("3.6 \"Significant Decision\" means a decision that affects a person's rights, entitlements, liabilities or access to services, including housing allocations, homelessness decisions, care and support assessments, outcomes of penalty charge notice challenges, licensing determinations, grant awards and employment decisions.")
p("3.7 \"Synthetic Likeness\" means an AI-generated or AI-altered image, video or audio clip that depicts or imitates a real, identifiable person.")

h("4. Roles and governance")
p("4.1 The Information Governance Board (IGB), chaired by the Senior Information Risk Owner (SIRO), owns this policy, decides which tools are Assured AI Tools, and decides every matter this policy reserves for governance approval.")
p("4.2 The Data Protection Officer (DPO) advises on Data Protection Impact Assessments (DPIAs) and must be consulted before any new use of AI involving Resident Record Information or Protected Case Information.")
p("4.3 Digital Wexley, the Council's ICT service, configures and supports Assured AI Tools and carries out the technical assessment of proposed tools.")
p("4.4 Each officer is personally responsible for what they put into an AI tool and for any use they make of its output.")

h("5. Which tools may be used")
p("5.1 Officers may use only Assured AI Tools for Council work, and only for the purposes and information classes shown for that tool on the AI Tools Page.")
p("5.2 A tool, feature or service that is not listed in the table on the AI Tools Page must not be used for Council work until the IGB has approved it. Requests are made through the AI Tool Request form on the Digital Wexley portal.")
p("5.3 AI features built into software the Council already uses (for example an assistant added by a supplier to a case management system, or the AI functions of Adobe Acrobat, Zoom or Canva) are AI tools in their own right. Unless the feature itself is listed on the AI Tools Page it must not be used, even where the software it sits in is approved.")
p("5.4 Browser extensions, add-ins and plug-ins that provide AI functions, such as writing assistants, page summarisers and AI sidebars, must not be installed on Council devices or in browser profiles used for Council work.")
p("5.5 Officers must not register for, or sign in to, a Consumer AI Service with a @wexley.gov.uk email address, and must not upload Council documents or files to a Consumer AI Service.")
p("5.6 On a personal device, Copilot services within the Wexley tenancy may be used only through the Microsoft 365 apps on a device enrolled in Wexley Anywhere, the Council's mobile device management service. The Consumer AI Services named on the AI Tools Page may be used on a personal device for Open Information only.")
p("5.7 Tools listed as not permitted on the AI Tools Page must not be used for any Council purpose, with any information.")

h("6. What information may go into an AI tool")
p("6.1 Before entering anything into an AI tool, officers must decide which class the information belongs to (clause 3.5) and check that the tool is allowed that class on the AI Tools Page. Where information falls into more than one class, the most sensitive class applies.")
p("6.2 Open Information may be used with any Assured AI Tool.")
p("6.3 Working Information may be used only with Assured AI Tools within the Wexley tenancy, and never with a Consumer AI Service.")
p("6.4 Resident Record Information may be used only with the Assured AI Tools shown as allowing it, and only the minimum needed for the task. Where the task can be done with names, addresses and references taken out, they must be taken out.")
p("6.5 Protected Case Information must not be entered into any AI tool, except Magic Notes used by authorised social care practitioners under clause 12.3, or another tool the IGB has specifically approved for that information.")
p("6.6 Restricted Council Business must not be entered into any AI tool, including Copilot within the Wexley tenancy.")
p("6.7 Passwords, access credentials, encryption keys, payment card details and bank account details must never be entered into any AI tool.")
p("6.8 Anonymising information properly is harder than it looks. Taking out a name is not enough where an address, an unusual circumstance, a date or a case reference would still let someone work out who the person is. If in doubt, treat the information as Resident Record Information.")

h("7. Uses that are not permitted")
p("7.1 AI output must not be the sole or determining basis of a Significant Decision. AI may help an officer to organise information or to draft, but the decision and the reasons for it must be the officer's own.")
p("7.2 AI must not be used to score, rank, shortlist or profile individuals, including job applicants, tenants, claimants and contractors' staff, or to predict an individual's behaviour, risk or honesty, unless the IGB has approved that specific use following a DPIA and an Equality Impact Assessment.")
p("7.3 AI must not be used to create content intended to mislead, including fake reviews, posts presented as coming from residents, or material that imitates another organisation.")
p("7.4 AI must not be used to monitor the activity, productivity or communications of individual colleagues.")

h("8. Human review and accountability")
p("8.1 All AI output must be checked by a competent officer for accuracy, completeness, bias, tone and copyright before it is used, shared or relied on. AI tools can give confident, plausible and wrong answers, including invented legislation, case law and references.")
p("8.2 The officer who uses AI output is accountable for it as if they had written it themselves.")
p("8.3 Facts, figures, legal references and quotations produced by AI must be checked against an authoritative source before they appear in any report, letter or publication.")
p("8.4 Where AI has been used to prepare a document that supports a Significant Decision, the decision-maker must be told, and the case record must note that AI assistance was used.")
p("8.5 Code written with AI assistance must pass the normal Digital Wexley code review and must not be deployed to a live system without a second reviewer.")

h("9. Transparency and labelling")
p("9.1 The Council is open with residents about its use of AI. Content the Council publishes that has been substantially generated by AI, including images, must carry the statement: \"This content was created with the help of AI and checked by the London Borough of Wexley.\"")
p("9.2 Routine letters and emails drafted with AI help need not be labelled, provided the officer has checked and edited them and they are sent in the officer's name.")
p("9.3 Any chatbot or automated assistant that talks to residents must tell them clearly that they are dealing with an automated service and how to reach a person. Such a service needs IGB approval under clause 13.2.")
p("9.4 Committee and decision reports must say, in the background papers section, where AI was used to analyse consultation responses or other evidence.")

h("10. Recording, transcription and meeting assistants")
p("10.1 Transcription and intelligent recap in Microsoft Teams, including Copilot in Teams where licensed, may be used for internal Council meetings, provided all attendees are told at the start and anyone may ask for it to be switched off.")
p("10.2 Where residents, partner organisations or other external people attend, AI transcription, recording or summarising may be used only if each of them has been told in advance and has agreed. Their agreement must be noted in the meeting record.")
p("10.3 AI transcription, recording or summarising must not be used in grievance, disciplinary, capability, sickness absence or return-to-work meetings; in meetings with trade union representatives about individual cases; in whistleblowing meetings; in exempt (Part 2) committee items; or in discussions with legal advisers about litigation.")
p("10.4 Third-party AI notetakers and meeting bots must not be used by officers. If an external attendee brings one into a Council meeting, the chair must ask for it to be removed, and may remove it.")
p("10.5 Transcripts and AI-generated summaries are Council records. They must be checked and corrected, filed in the proper records system and kept only as long as the Records Retention Schedule allows. Teams transcripts that are not needed as a record must be deleted within 30 days.")
p("10.6 Public committee meetings webcast by the Council are Open Information once published, and may then be transcribed or summarised with Assured AI Tools.")

h("11. Images, voice and likeness")
p("11.1 Officers may use the image features of Microsoft 365 Copilot Chat to produce illustrations and icons for internal materials such as presentations and intranet posts. Images for external publication must be produced or approved by Communications and Marketing, who may use Adobe Firefly under the Council's Adobe licence.")
p("11.2 No AI tool may be used to create a Synthetic Likeness of any real person, including councillors, officers, residents and public figures, whether or not the person has agreed. This includes voiceovers in the voice of a real person and avatar presenters based on a real person.")
p("11.3 Photographs or recordings of residents, service users or children must not be uploaded to any AI tool to be edited, enhanced, captioned or analysed.")
p("11.4 AI-generated images must not be presented as photographs of real places or events, and must be labelled under clause 9.1 when published.")

h("12. Rules for particular services")
p("12.1 The rules in this section add to the rest of this policy; where they are stricter, they apply.")
s("Housing")
p("12.2 Housing officers may use Copilot Chat to draft standard letters, repair notices and general information for tenants and leaseholders, and to summarise published housing law and guidance. Housing register applications, homelessness assessments and decisions, medical priority evidence and anti-social behaviour investigation records are Protected Case Information and must not be entered into any AI tool.")
s("Social care")
p("12.3 Authorised practitioners in Adults' Social Care and Children's Social Care may use Magic Notes to record and summarise visits, assessments and meetings, provided that:")
p("(a) the person, or where appropriate a person with parental responsibility, has been told about the recording and has agreed, and the agreement is noted on the case record;")
p("(b) Magic Notes is used only on a Council-issued device;")
p("(c) the practitioner checks and corrects the summary and transfers it to the case management system within five working days; and")
p("(d) the recording is deleted from Magic Notes once the summary has been transferred.")
p("12.4 Magic Notes must not be used in strategy discussions under section 47 of the Children Act 1989, in joint interviews with the police, or where the person cannot understand and agree to the recording and nobody can lawfully agree on their behalf.")
s("Parking")
p("12.5 Parking Services may use Copilot Chat to draft template responses to common challenges and to summarise the Council's published parking policies. AI must not be used to decide, recommend or pre-sort the outcome of informal challenges, formal representations or appeals against penalty charge notices; each must be considered by an officer on its merits. Vehicle registration marks and photographs taken by civil enforcement officers are Resident Record Information.")
s("Licensing")
p("12.6 Licensing officers may use Assured AI Tools to draft licence conditions, public notices and committee reports from Open Information and Working Information. Representations from residents on licence applications are Resident Record Information and may be summarised with Copilot Chat within the Wexley tenancy, but a summary must never replace the full representations in the papers before a Licensing Sub-Committee. Applications for taxi and private hire driver licences and personal licences, including criminal record disclosures, are Protected Case Information.")
s("Elections")
p("12.7 Electoral Services may use Copilot Chat to draft general information for voters, such as how to register or apply for a postal vote, from published Electoral Commission guidance. The electoral register, absent vote records, nomination papers and any information taken from them must not be entered into any AI tool. During a pre-election period AI must not be used to produce any content about candidates, parties or referendum issues.")
s("Councillor casework")
p("12.8 Officers answering Members' Enquiries (matters raised by councillors on behalf of constituents) follow the same rules as for any other resident information: a constituent's details are Resident Record Information and their health or care circumstances are Protected Case Information. Officers may use Copilot Chat to draft a response, using only the minimum Resident Record Information needed.")
p("12.9 Councillors are data controllers for their own ward casework. Whether councillors may use AI tools, including the Council-provided Copilot Chat, for that casework has not been decided (clause 16.3).")

h("13. Buying, building and switching on AI")
p("13.1 Any purchase, trial, free pilot or renewal of software that includes generative AI must be approved by the IGB before a contract is signed or any Council information is used, whatever its value.")
p("13.2 Building or configuring AI solutions, including Copilot Studio agents, Power Automate or AI Builder flows that use generative AI, custom GPTs and applications that call an AI model through an API (for example Azure OpenAI or the OpenAI API), needs IGB approval, a DPIA screening and a named business owner before development starts. A proof of concept that uses only Open Information may be built in the Digital Wexley sandbox without prior approval, but it must be registered with Digital Wexley and must not be made available to residents.")
p("13.3 Suppliers and contractors who intend to use generative AI in delivering a service to the Council must declare it, and may use it with Council information only where their contract allows.")
p("13.4 New AI features switched on by a supplier in an existing Council system must be reported to Digital Wexley and must not be used until they have been assessed and listed (clause 5.3).")

h("14. Training")
p("14.1 Before using any Assured AI Tool within the Wexley tenancy, officers must complete the \"Using AI safely at Wexley\" e-learning module on the Learning Hub, and refresh it every year.")
p("14.2 Magic Notes users must also complete the supplier's training and the Social Care AI practice session. GitHub Copilot users must complete the secure coding module.")
p("14.3 Microsoft 365 Copilot licences are allocated only to officers who have completed the training in clause 14.1. Managers must make sure new starters complete it within their first month.")

h("15. Incidents and breaches")
p("15.1 If Resident Record Information, Protected Case Information or Restricted Council Business has gone into an AI tool that was not allowed to receive it, or AI output containing an error has been sent to a resident or published, the officer must report it straight away, and in any case within 24 hours, using the Information Incident form on the intranet or by calling the Information Governance team.")
p("15.2 Do not delete the conversation, chat history or account before reporting. The Information Governance team may need them to assess and contain the incident.")
p("15.3 Misuse of AI tools may be dealt with under the Council's disciplinary procedure.")

h("16. Matters awaiting decision")
p("16.1 The matters below have not yet been decided by the IGB. Until a decision is published on the AI Tools Page, officers must not go ahead with them and should raise any proposal through the AI Governance mailbox.")
p("16.2 Housing visits. A pilot of AI transcription for tenancy audits and home visits by housing officers is being evaluated. No decision has been made about its use outside the pilot teams named by the Director of Housing.")
p("16.3 Councillors' ward casework. The IGB and the Monitoring Officer are considering whether, and on what terms, councillors may use AI tools for ward casework. No position has been agreed.")
p("16.4 Microsoft 365 Copilot and Protected Case Information. Whether licensed Microsoft 365 Copilot may be used with Protected Case Information, for example to summarise case files already held in SharePoint, is undecided pending a DPIA.")
p("16.5 Translated letters. Whether AI translation may be used to produce letters to residents in community languages without checking by a qualified translator is under review. Until then, officers should use the Council's contracted interpreting and translation service.")

h("17. Contacts and review")
p("17.1 Questions about this policy, or about whether a tool or a use is allowed: the AI Governance mailbox, ai.governance@wexley.gov.uk, or the Ask AI Governance channel in Teams.")
p("17.2 Requests for a new tool or a new use: the AI Tool Request form on the Digital Wexley portal. The IGB meets monthly and considers requests received ten working days before each meeting.")
p("17.3 Data protection questions and DPIAs: the Data Protection Officer, dpo@wexley.gov.uk.")
p("17.4 Licences, technical problems and security concerns: the Digital Wexley Service Desk, extension 4400.")

B.append(("appx", "Appendix A – Examples"))
p("A.1 Asking Copilot Chat to summarise a published Cabinet report for a team briefing is permitted (Open Information).")
p("A.2 Asking ChatGPT to explain a published Act of Parliament in plain English is permitted (Open Information, Consumer AI Service named on the AI Tools Page).")
p("A.3 Pasting a resident's complaint email into ChatGPT is not permitted (Resident Record Information in a Consumer AI Service).")
p("A.4 Asking Copilot which housing applicant should be given priority is not permitted (clause 7.1).")


def build():
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("London Borough of Wexley", style="Subtitle")
    d.add_paragraph(TITLE, style="Title")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in META:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
    md = [f"London Borough of Wexley", "", f"# {TITLE}", "", "| | |", "|---|---|"]
    md += [f"| {k} | {v} |" for k, v in META] + [""]
    for kind, text in B:
        if kind in ("h", "appx"):
            d.add_heading(text, level=1); md += [f"## {text}", ""]
        elif kind == "s":
            d.add_heading(text, level=2); md += [f"### {text}", ""]
        else:
            d.add_paragraph(text); md += [text, ""]
    d.save(f"knowledge/{DOC}.docx")
    open(f"originals/{DOC}.md", "w").write("\n".join(md))
    words = sum(len(t.split()) for _, t in B)
    print("policy words:", words)

if __name__ == "__main__":
    build()
