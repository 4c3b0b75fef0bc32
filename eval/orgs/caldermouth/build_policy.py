#!/usr/bin/env python3
"""Writes the Caldermouth Harbour Commissioners GenAI policy (plain text) into
knowledge/ and an identical copy into originals/."""
from pathlib import Path

NAME = "caldermouth-harbour-ai-policy.txt"

POLICY = """CALDERMOUTH HARBOUR COMMISSIONERS

POLICY ON THE USE OF GENERATIVE ARTIFICIAL INTELLIGENCE (AI) BY STAFF

Version: 1.0
Adopted by the Board of Commissioners: 14 October 2026 (minute B/2026/118)
Policy owner: Clerk and Chief Executive
Next review: October 2027

1. PURPOSE

1.1 This policy sets out how staff of Caldermouth Harbour Commissioners ("the Commissioners") may use generative artificial intelligence (AI) tools in their work. We are a small trust port, and the aim is to allow sensible use of these tools for routine office work while protecting the information we hold about harbour users, our staff and the port itself.

1.2 Generative AI tools produce text, images, audio or other content in response to instructions. They can be wrong while sounding confident, can repeat bias, and may keep what is typed into them. This policy should be read alongside the Commissioners' Data Protection Policy, the IT and Email Acceptable Use Policy, the Records Retention Schedule and the Safety Management System kept under the Port Marine Safety Code.

2. SCOPE

2.1 This policy applies to all employees of the Commissioners, including seasonal and casual staff, harbour patrol crew and the harbour office team, and to agency workers and contractors while they are working for the Commissioners.

2.2 Commissioners (Board members) are asked to follow this policy whenever they carry out Commissioners' business. The Board has not yet decided whether the policy should extend to the volunteers who staff the Harbour Visitor Centre; see section 14.

2.3 The policy covers AI tools used on the Commissioners' computers and phones, on any personal device used for Commissioners' business, and AI features built into software or websites we already use.

2.4 The policy does not cover ordinary software that does not generate content, such as spell-checkers, the tide prediction software, the AIS vessel tracking display or the number plate recognition cameras at the Quay car park. Those systems are governed by their own procedures.

3. DEFINITIONS

3.1 "Generative AI tool" means any software or online service that produces new text, images, audio, video or computer code from a prompt, whether it stands alone (such as ChatGPT) or is built into another product.

3.2 "Approved Tool" means the tool named in clause 5.1, used in the way that clause describes.

3.3 "Port User Information" means any information about an identifiable berth holder, mooring licensee, boat owner, visiting yachtsman, commercial operator, tenant or member of the public. It includes names and addresses, vessel names linked to their owners, mooring waiting list entries, payment and arrears details, correspondence and complaints.

3.4 "Restricted Information" means any of the following:
(a) information about anyone's health, injuries or medical condition, including accident and incident reports and first aid records;
(b) staff employment matters, such as sickness absence, grievance, disciplinary, capability, appraisal and pay;
(c) information about children or adults at risk, including booking and consent forms for junior sailing and youth groups;
(d) information about suspected offences, enforcement action, prosecutions under the harbour byelaws, or matters passed to the police;
(e) business taken by the Board in closed session, and commercially confidential material such as tender submissions, lease negotiations and contract prices;
(f) security information, including the Port Facility Security Plan, access codes and CCTV footage.

3.5 "Public Information" means information the Commissioners have already published or that is written in order to be published, such as Notices to Mariners once issued, the schedule of harbour dues, approved minutes of the open part of Board meetings, and the content of our website.

3.6 "Internal Information" means the Commissioners' own unpublished working information that does not identify anyone, such as draft procedures, maintenance schedules, budgets and other non-personal figures.

3.7 "Personal Account" means any account with an AI service that was not issued by the Commissioners, including free accounts and accounts paid for by an individual.

3.8 "The Clerk" means the Clerk and Chief Executive or, when the Clerk is absent, the Harbour Master acting as deputy.

4. GENERAL PRINCIPLES

4.1 Staff remain responsible for all work they produce, whether or not an AI tool helped with it.

4.2 AI tools may be used for the Commissioners' business only in line with this policy. Where this policy does not deal with a situation, staff should ask the Clerk before going ahead. The Clerk will decide, and may refer the matter to the Board.

4.3 If you are not sure whether something is Port User Information or Restricted Information, treat it as if it is.

5. APPROVED TOOL AND OTHER TOOLS

5.1 The Commissioners' only Approved Tool is Microsoft 365 Copilot Chat, used while signed in with your Commissioners' work account (the account ending @caldermouthharbour.org.uk), so that the enterprise data protection in our Microsoft 365 licence applies.

5.2 Copilot Chat may be used with Public Information and Internal Information for everyday tasks, for example drafting letters, notices and web text, summarising long documents, suggesting ideas, checking spelling, grammar and tone, producing first drafts of internal procedures and writing spreadsheet formulas.

5.3 Port User Information may be entered into Copilot Chat only where it is needed for the task, and only as much of it as the task needs; for example, when drafting a reply to a berth holder's letter. Remove bank details, dates of birth and anything else that the task does not need before you paste.

5.4 Restricted Information must not be entered into any AI tool, including Copilot Chat.

5.5 Other generative AI tools, including ChatGPT, Google Gemini, Claude, the free consumer version of Microsoft Copilot, and any tool used through a Personal Account, may be used for the Commissioners' work only with the Clerk's prior written approval. An email from the Clerk is enough. The approval will state the tool, the purpose and the kinds of information that may be used with it, and the conditions in it must be followed.

5.6 Without that written approval, other tools must not be used for the Commissioners' work, even with Public Information.

5.7 The paid Microsoft 365 Copilot licence, which adds Copilot to Word, Excel, Outlook and Teams, has not been purchased and is not available to staff. Requests for it should be made to the Clerk.

5.8 AI features that appear inside software or services we already use (for example in Adobe Acrobat, Zoom, Canva, WhatsApp or the online moorings booking system) count as other tools under clause 5.5 and must not be switched on or used for the Commissioners' work without the Clerk's written approval.

5.9 Browser extensions, plug-ins and add-ins that use AI must not be installed on the Commissioners' computers.

5.10 Copilot Chat may be used on a personal phone or tablet only through the Microsoft 365 Copilot app or a web browser while signed in with your work account, and only with Public Information and Internal Information. Port User Information must not be handled in this way on a personal device.

6. PROHIBITED USES

6.1 No decision about an individual may be made by an AI tool, or rest on its output alone. This includes offering or withdrawing a mooring or berth, the order of the mooring waiting list, charging or waiving dues, shortlisting or selecting candidates for a job, and any enforcement action.

6.2 No output of an AI tool may be relied upon for the safety of navigation or of people in the harbour. Notices to Mariners, local warnings, pilotage and passage advice, tidal and depth information and risk assessments under the Safety Management System must be prepared by a competent person from source information. AI may be used only to check the spelling and layout of such documents after they have been written, using the Approved Tool.

6.3 AI tools must not be used to produce images, audio or video that show a real, identifiable person, or that could be taken for a real photograph or recording of the harbour or of an incident.

6.4 AI tools must not be used to draft the Commissioners' responses to consultations by other bodies, or any statement on a matter of public controversy, without the Clerk's approval.

6.5 AI tools must not be used to monitor, score or assess the work or behaviour of colleagues.

6.6 AI tools must not be used for anything unlawful, discriminatory or intended to mislead.

7. CHECKING WHAT AI PRODUCES

7.1 Everything produced with the help of AI must be read and checked by the member of staff before it is used or sent. Check facts, figures, dates, names, times and references against the original source.

7.2 Where AI has produced a substantial part of a report to the Board, a letter or return to a regulator (such as the Maritime and Coastguard Agency, the Marine Management Organisation or the Environment Agency) or anything to be published, a second member of staff must check it as well as the author.

7.3 AI tools must not be used as a source of legal advice or to interpret the Harbour Revision Orders, the harbour byelaws or other legislation. Such questions go to the Clerk, who may take advice from the Commissioners' solicitors.

8. BEING OPEN ABOUT AI USE

8.1 Where AI has produced a substantial part of a document that is published or sent outside the Commissioners, the author should record this on the file. The Board has not decided whether published documents should also carry a statement telling readers that AI was used. Until it does, the Clerk will decide case by case.

8.2 Images created with AI and used in publications, on the website or on social media must be labelled "AI-generated image".

8.3 If a harbour user or member of the public asks whether AI was used in dealing with their matter, staff must answer honestly.

9. MEETINGS, RECORDINGS AND TRANSCRIPTION

9.1 AI note-takers, transcription and meeting summary features (for example Teams transcription, Otter or Zoom AI Companion) must not be used at meetings of the Board or its committees. Minutes of those meetings are written by the Clerk. The Clerk may use Copilot Chat to tidy the Clerk's own draft notes of the open part of a meeting, provided clause 7.1 is followed.

9.2 Whether AI transcription may be used at internal staff meetings, such as the weekly operations meeting, has not yet been decided. Until the Board decides, it should not be switched on; ask the Clerk.

9.3 Recordings of VHF radio traffic, harbour office telephone calls and CCTV footage must not be put into any AI tool.

9.4 No conversation may be recorded for transcription by any tool without the knowledge of everyone taking part.

10. IMAGES, VOICES AND LIKENESS

10.1 Copilot Chat may be used to create illustrative images, such as artwork for a poster for the harbour open day, provided they show no real person and are labelled under clause 8.2.

10.2 Photographs in which people can be recognised, including staff, Commissioners and harbour users, must not be uploaded to any AI tool, whether to edit, enhance or describe them.

10.3 AI must not be used to imitate the voice, face or writing style of any real person.

11. BUYING AND INTRODUCING AI

11.1 No AI product, subscription, plug-in or add-on may be bought, whether on a Commissioners' payment card or by expense claim, without the Clerk's approval and compliance with the Financial Regulations.

11.2 When buying any software or service, staff must ask the supplier whether it includes generative AI features and tell the Clerk. Before any tool that will process Port User Information is introduced, including any connection built to an AI service's API, a data protection impact assessment must be completed with the Data Protection Lead.

12. TRAINING

12.1 Before using Copilot Chat for work, staff must attend the short AI awareness session run by the Clerk, or watch its recording, and sign to confirm that they have read this policy.

12.2 An awareness session for Commissioners will be offered each year after the annual meeting.

13. IF SOMETHING GOES WRONG

13.1 If Port User Information or Restricted Information has been put into an AI tool in a way this policy does not allow, or AI output containing a significant error has been sent out, tell the Clerk the same working day. Do not try to deal with it yourself only by deleting the conversation.

13.2 The Clerk, with the Data Protection Lead, will decide whether the matter is a personal data breach that must be reported to the Information Commissioner's Office within 72 hours.

13.3 Breaches of this policy may be dealt with under the Commissioners' disciplinary procedure.

14. MATTERS NOT YET DECIDED

14.1 The Board has not decided whether AI may be used to help analyse responses to public consultations run by the Commissioners, such as the consultations on harbour dues or the Inner Basin development. Until it does, AI must not be used for this; requests should go to the Clerk, who will put them to the Board.

14.2 The use of AI translation (including the translation features of Copilot Chat) in communicating with visiting crews who do not speak English is under consideration. The Board has not decided whether it is acceptable, particularly for safety messages. Until it decides, ask the Clerk each time.

14.3 Whether this policy applies to Harbour Visitor Centre volunteers, and which tools they may use, is still to be decided. Volunteers should speak to the Clerk before using any AI tool for the Commissioners' work.

14.4 This policy will be reviewed by the Board in October 2027, or earlier if the law, national guidance or the tools available change significantly.

15. CONTACTS

15.1 Questions about this policy, and requests for approval of other tools, go to the Clerk and Chief Executive, by email to clerk@caldermouthharbour.org.uk or by telephone on the harbour office number.

15.2 Data protection questions go to the Data Protection Lead, who is the Finance and Office Manager. The Commissioners' external Data Protection Officer service can be reached through the Data Protection Lead.

15.3 Installing software, account problems and device set-up go to the Commissioners' IT support provider, through the harbour office.

15.4 Safety of navigation matters go to the Harbour Master.
"""

def main():
    here = Path(__file__).resolve().parent
    for sub in ("knowledge", "originals"):
        d = here / sub
        d.mkdir(exist_ok=True)
        (d / NAME).write_text(POLICY, encoding="utf-8")
    print(len(POLICY.split()), "words")

if __name__ == "__main__":
    main()
