#!/usr/bin/env python3
"""Write Coleg Glannau Hafren's GenAI staff policy as plain text (one paragraph per line)
into knowledge/ and an identical copy into originals/."""
from pathlib import Path

NAME = "genai-staff-policy.txt"

POLICY = """\
Coleg Glannau Hafren (Severnside College)
Generative Artificial Intelligence: Policy for Staff
Policy owner: Head of Digital Learning. Approved by: Senior Leadership Team, 14 January 2026. Version 2.1. Next review: January 2027.
This policy is available in Welsh. Mae'r polisi hwn ar gael yn Gymraeg.
1. Purpose
1.1 Coleg Glannau Hafren ("the College") wants staff to use generative artificial intelligence where it saves time and improves teaching, learning and the service we give learners, apprentices and employers. This policy sets out which tools may be used, what information may be put into them and where the College draws the line.
1.2 The policy supports, and does not replace, the College's Data Protection Policy, Safeguarding and Prevent Policy, Assessment and Malpractice Procedure, Acceptable Use of IT Policy and Staff Code of Conduct. Where this policy and one of those documents appear to disagree, the stricter requirement applies.
1.3 The College follows Welsh Government and Medr guidance on generative AI in post-16 education, the Information Commissioner's guidance on AI and data protection, and the requirements of the awarding bodies whose qualifications we offer.
2. Scope
2.1 This policy applies to everyone who works for or on behalf of the College: permanent, fixed-term, sessional and agency staff, governors acting in their College role, volunteers, contractors, and subcontracted training providers delivering provision for the College.
2.2 It covers any use of generative AI for College work, whatever the device (College-owned or personal), whatever the location, and whether the AI is a separate service or a feature built into software the College or the member of staff already uses.
2.3 Learners' own use of AI in their studies is governed by the Learner AI Code and the Assessment and Malpractice Procedure, not by this policy. Staff advising learners should refer to those documents.
2.4 This policy does not cover established non-generative features such as spelling and grammar checkers, predictive text, spam filtering, search engines used in the ordinary way, or reports produced by the College's management information system.
3. Definitions
3.1 Generative AI means software that produces new text, images, audio, video or computer code in response to a prompt, such as chat assistants, image generators and voice generators.
3.2 An Approved Tool is one of the tools named as approved in section 5, used in the way described there.
3.3 A Consumer AI Service is any generative AI service used through a personal account, a free account, or without signing in with a College account, whether on the web, as a mobile app or as a desktop program.
3.4 Open Information is information the College has already published or has written for publication, such as the prospectus, course pages, published policies and public exam specifications.
3.5 College-only Information is the College's unpublished information that does not identify any person, for example draft schemes of work, internal procedures, committee papers without names, budget figures and curriculum plans.
3.6 Learner Record Data is any information about an identifiable learner, apprentice, applicant or enquirer, including names, learner numbers, contact details, attendance, progress reviews, individual learning plans, apprenticeship training plans, marks and references. A learner may be identifiable even when their name is removed, for example in a small class or from a description of their circumstances.
3.7 Protected Learner Information (PLI) is the most sensitive Learner Record Data: anything about a learner's safeguarding, health, disability, additional learning needs or Additional Learning Support (ALS), mental health and wellbeing, care-experienced or young carer status, criminal convictions, ethnicity, religion, sexuality, gender identity or family or financial hardship (including bursary and Financial Contingency Fund applications).
3.8 Staff Personal Data is information about an identifiable member of staff, job applicant or former employee, including sickness records, occupational health reports, disciplinary, grievance or capability matters, performance reviews, pay and recruitment records.
3.9 Assessed Work is any learner work submitted for internal or external assessment that counts towards a qualification or an apprenticeship end-point assessment, including coursework, non-examination assessment, portfolio evidence and assignments.
3.10 The Digital Learning Committee (DLC) is the College committee, chaired by the Vice Principal (Curriculum and Quality), that approves generative AI tools and decides the questions this policy reserves for it.
4. Roles and responsibilities
4.1 The Digital Learning Committee approves or refuses requests to use generative AI tools, keeps this policy under review and publishes its decisions on the staff intranet.
4.2 The Head of Digital Learning owns this policy, advises staff on its application and arranges training.
4.3 The Data Protection Officer advises on data protection, carries out or approves Data Protection Impact Assessments (DPIAs) and handles data incidents.
4.4 The Designated Safeguarding Lead (DSL) advises on any use of AI that touches learner safety or wellbeing.
4.5 Line managers make sure their teams know this policy and complete the training in section 16.
4.6 Every member of staff is responsible for the content they produce with generative AI and for following this policy.
5. Approved and prohibited tools
5.1 Microsoft 365 Copilot Chat is approved for all staff when signed in with a College Microsoft 365 account, so that the green shield symbol is shown and prompts are covered by the College's enterprise data protection. It must not be used through a personal Microsoft account.
5.2 Microsoft 365 Copilot, the licensed version that works inside Word, Outlook, Excel, PowerPoint and Teams, is approved only for staff who have been issued a licence through the College's Copilot Pathfinder group. Staff without a College-issued licence must not buy one themselves or use a licence from another organisation for College work.
5.3 Adobe Express under the College's education licence, including its generative image and text features, is approved for producing teaching resources, posters and marketing material, subject to section 11. It may be used with Open Information and College-only Information only.
5.4 Consumer AI Services, such as the free or personal versions of ChatGPT, Gemini, Claude or Perplexity, may be used for College work only with Open Information, for example to generate general ideas or to explain a published specification. They must never be given College-only Information, Learner Record Data, PLI or Staff Personal Data, and staff must not sign up to them with a College email address.
5.5 The following are prohibited for any College work, on any device:
(a) DeepSeek, in any form, including its website, mobile app and any service built on it;
(b) AI meeting note-takers and meeting bots that join calls as a participant, such as Otter.ai, Fireflies.ai and Read.ai;
(c) face-swap, voice-cloning and "deepfake" apps;
(d) AI companion and role-play chat apps, such as Character.AI and Replika, which staff must also not recommend to learners.
5.6 Browser extensions, add-ins and plug-ins that read web pages, emails or documents in order to rewrite, summarise or answer questions about them must not be installed on College devices or connected to College accounts unless the DLC has approved them.
5.7 Any generative AI tool not approved in this section, including generative features newly switched on in software the College already uses (for example the e-portfolio system, the virtual learning environment or a design package), must not be used for College work until the DLC has approved it. Requests are made through the "AI Tool Request" form on the IT Service Desk portal.
5.8 Staff must not connect College systems or data to a generative AI model through an API, build custom assistants or agents (including Copilot Studio agents and custom GPTs), or run downloaded AI models on College equipment, without the approval of the DLC and a completed DPIA.
5.9 Approved Tools may be used on a personal phone, tablet or computer only through the College's managed Microsoft apps with multi-factor authentication. All the rules in this policy apply in the same way on personal devices.
6. What information may be used
6.1 Open Information may be used with any Approved Tool and with Consumer AI Services.
6.2 College-only Information may be used with Approved Tools only.
6.3 Learner Record Data may be entered only into Microsoft 365 Copilot Chat or a College-licensed Microsoft 365 Copilot, only where it is needed for a task that is part of the staff member's role, and only as much as the task requires. Staff should use a learner's initials or learner number in place of the full name wherever they can.
6.4 No generative AI tool, approved or not, may be given Protected Learner Information. This applies to typing it, pasting it, uploading a document or image that contains it, and asking a tool to summarise a meeting, email thread or file in which it appears.
6.5 Staff Personal Data must not be entered into any generative AI tool, except that a member of staff may use an Approved Tool with information about themselves.
6.6 The following must never be entered into any generative AI tool: confidential assessment materials from an awarding body, including live or unreleased exam papers, controlled assessment tasks and mark schemes not yet published; passwords and system credentials; and information an employer or partner has given the College in confidence unless that organisation has agreed in writing.
6.7 Uploading, attaching, dictating or sharing a screen with a generative AI tool counts as entering information into it.
6.8 Removing names does not make Learner Record Data or Staff Personal Data into College-only Information if the person could still be recognised from the rest of the text.
7. Safeguarding and learner wellbeing
7.1 Generative AI must not be used to record, summarise, analyse, draft or assess safeguarding or Prevent concerns, referrals, chronologies or entries in the College's safeguarding recording system. These are written by staff in their own words.
7.2 Staff must not set up or offer any generative AI chatbot, character or assistant that learners interact with directly unless the DLC and the DSL have both approved it.
7.3 Staff must not direct learners aged under 18 to any generative AI service that is not listed as suitable in the Learner AI Code.
7.4 Where a member of staff believes a learner has been harmed through AI, for example by fake sexual images, impersonation or bullying content, they must report it to the DSL straight away under the Safeguarding and Prevent Policy, in addition to any report under section 17.
8. Teaching, learning and assessment
8.1 Staff may use Approved Tools to plan lessons, write schemes of work, create worksheets, quizzes, case studies and revision materials, adapt resources to different reading levels, and produce examples and model answers for teaching. No further permission is needed, but section 10 applies.
8.2 Staff may use Microsoft 365 Copilot Chat to help draft feedback on practice and formative work that is not Assessed Work, provided the learner's name and any PLI are removed first.
8.3 Generative AI must not be used to mark Assessed Work, to decide or moderate a grade, or to make a judgement about whether an assessment criterion has been met. Staff must follow the Joint Council for Qualifications (JCQ) guidance on AI use in assessments and the requirements of the relevant awarding body, including WJEC, Pearson and City & Guilds.
8.4 Whether Approved Tools may be used to help draft written feedback on Assessed Work, without deciding the mark, has not been decided. See section 18.
8.5 The result of an AI-detection tool, including the AI indicator in the College's plagiarism software, must never on its own be the basis for an allegation of malpractice. Concerns that a learner has misused AI in Assessed Work are referred to the Quality Nominee under the Assessment and Malpractice Procedure. Learner work must not be pasted into free online AI detectors.
8.6 Centre-devised assignment briefs and assessment tasks drafted with generative AI must go through the College's internal verification process before they are issued, and may only be drafted this way where the awarding body permits it.
9. Apprenticeships and employers
9.1 Apprenticeship training plans, progress reviews, off-the-job training records, and employer feedback about an apprentice are Learner Record Data.
9.2 Generative features in the e-portfolio system or other apprenticeship platforms are not approved unless the DLC has approved them under 5.7.
9.3 Generative AI must not be used to write or complete evidence on behalf of an apprentice, to write witness testimonies or employer statements, or to write up records of professional discussions or observations used for assessment.
9.4 Staff may use Approved Tools to draft general information for employers, such as guides to the apprenticeship programme, recruitment adverts for apprentice vacancies written with the employer, and summaries of published apprenticeship standards.
9.5 An employer's commercial information, such as pricing, processes and customer details, is treated as information given in confidence under 6.6.
10. Human review and accountability
10.1 Generative AI can produce material that is wrong, out of date, biased or copied from someone else's work. Staff must read and check everything a tool produces before it is used, sent or published, and remain fully responsible for it.
10.2 Generative AI must not be used to make or recommend a decision about an individual, including decisions on admissions and course offers, bursaries and learner support funds, eligibility for ALS, learner disciplinary matters, and staff recruitment, promotion, discipline or dismissal.
10.3 Information for prospective learners about courses, fees, entry requirements, funding and progression must be checked against the College's course information database before publication.
11. Transparency, labelling, images and likeness
11.1 Any document, web page, video or image published outside the College or issued to learners whose content was mainly produced by generative AI must carry the note "Created with the help of AI and checked by College staff", or an equivalent in Welsh.
11.2 Internal working drafts, emails and meeting papers do not need to be labelled, but staff should say that AI was used if asked.
11.3 Staff must not use generative AI to create or alter an image, video or audio recording so that it shows, or sounds like, a real person, whether a learner, member of staff, governor, employer or member of the public. Photographs and videos of real learners and staff must not be uploaded to generative image tools, including to change their background.
11.4 AI-generated images used in marketing or publicity must not be presented as real learners, real staff, real employers or the College's real buildings and facilities.
12. Recording, transcription and meetings
12.1 Transcription and Copilot meeting summaries in Microsoft Teams may be used for internal College meetings if every participant is told at the start, in the invitation or aloud, and no participant objects. If anyone objects, transcription must be switched off.
12.2 Transcription and AI summaries must not be used in any meeting about an individual's safeguarding, health, ALS or additional learning needs, learner discipline, or a staff disciplinary, grievance, capability, sickness absence or occupational health matter, or in recruitment interviews.
12.3 Meetings with external participants, including employers and parents or carers, may be transcribed only with the express agreement of the external participants, recorded in the meeting notes.
12.4 Meeting bots prohibited under 5.5(b) must not be used, and where an external participant's note-taking bot joins a College meeting the chair should ask for it to be removed.
13. Staff, HR and recruitment
13.1 Managers and People Services staff may use Approved Tools to draft job descriptions, job adverts, interview questions, induction materials and general HR guidance, as long as no Staff Personal Data is included.
13.2 Generative AI must not be used to screen, score, rank, summarise or shortlist job applications, CVs or interview performance, or to write notes of interviews. The College's safer recruitment procedures require these to be done by the panel.
13.3 Staff may use Microsoft 365 Copilot Chat to help structure a reference for a learner, such as a UCAS or employment reference, provided no PLI is included and the finished reference is checked and signed off by the referee. References for current or former staff must be written without generative AI.
14. Marketing and prospective learners
14.1 The Marketing and Admissions teams may use Approved Tools to draft prospectus copy, web pages, social media posts, open evening materials and school-liaison presentations, subject to sections 10 and 11.
14.2 Lists or records of applicants, enquirers or open evening attendees must not be given to any generative AI tool to profile, segment, score or write personalised messages to them.
14.3 Testimonials, quotes and case studies must come from real learners who have given consent. Generative AI must not be used to invent or embellish them.
14.4 A chatbot or virtual assistant on the College website or social media channels that answers prospective learners' questions requires DLC approval and a DPIA before any pilot begins.
15. Procurement
15.1 Any purchase, subscription, free trial or pilot of software with generative AI features must go through the IT Services and Procurement teams and be approved by the DLC, with a DPIA where personal data is involved.
15.2 Staff must not accept a supplier's online terms and conditions for a generative AI service on behalf of the College.
15.3 Staff must not pay for a generative AI subscription themselves and claim the cost back as an expense.
16. Training
16.1 Staff must complete the "AI Essentials" module on the staff learning platform before they are issued a Microsoft 365 Copilot licence.
16.2 All other staff are strongly encouraged to complete "AI Essentials" before using Microsoft 365 Copilot Chat for College work, and the module is part of induction for new staff.
17. Incidents and breaches
17.1 If information has been entered into a generative AI tool in breach of this policy, for example PLI entered into any tool or College-only Information entered into a Consumer AI Service, the member of staff must report it to the Data Protection Officer through the data incident form within 24 hours of noticing. Staff must not try to deal with it on their own by deleting the conversation.
17.2 If inaccurate, offensive or harmful AI-generated content has been published or sent to learners, staff must tell their line manager and the Head of Digital Learning so that it can be corrected.
17.3 A breach of this policy may be dealt with under the Staff Disciplinary Procedure.
18. Matters under review
18.1 The DLC, with the Quality Nominee, is considering whether Approved Tools may be used to help draft written feedback on Assessed Work, in the light of JCQ and awarding body guidance. No position has yet been taken. Until the DLC decides, staff must not do this without the DLC's approval for the specific course.
18.2 Generative features in assistive technology used by learners who receive ALS, such as AI summarising, rewriting and reading tools, are under review by the DLC, the ALS team and the Data Protection Officer. Until a decision is published, staff must not enable or recommend such features without approval from the DLC.
18.3 The use of generative AI to translate documents into or out of Welsh for publication, or for documents covered by the Welsh Language Standards, awaits a decision by the Welsh Language Steering Group. Until then, such translations are requested from the College's Translation Unit.
18.4 Recording lessons so that AI can produce transcripts, summaries or revision notes for learners has not yet been considered by the DLC. Staff who wish to do this must seek DLC approval first.
19. Contacts
19.1 Questions about this policy: the Head of Digital Learning, digitallearning@glannauhafren.ac.uk.
19.2 Requests to approve a new tool or feature: the Digital Learning Committee, through the "AI Tool Request" form on the IT Service Desk portal.
19.3 Data protection questions, DPIAs and data incidents: the Data Protection Officer, dpo@glannauhafren.ac.uk.
19.4 Safeguarding concerns: the Designated Safeguarding Lead, through the safeguarding team or the safeguarding recording system.
19.5 Assessment, malpractice and awarding body questions: the Quality Nominee, via the Exams and Awarding Office.
19.6 Recruitment and staff matters: People Services.
19.7 Welsh language and translation: the Translation Unit.
"""


def main():
    out = Path(__file__).resolve().parent
    for sub in ("knowledge", "originals"):
        (out / sub).mkdir(exist_ok=True)
        (out / sub / NAME).write_text(POLICY, encoding="utf-8")
    print(len(POLICY.split()), "words")


if __name__ == "__main__":
    main()
