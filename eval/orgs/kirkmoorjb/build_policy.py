"""Builds knowledge/kirkmoor-jbcb-ai-policy.pdf (fpdf2) and originals/kirkmoor-jbcb-ai-policy.md from one structure."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "kirkmoor-jbcb-ai-policy"
TITLE = "Use of Artificial Intelligence (AI) Tools Policy"
FRONT = [
    "Kirkmoor Joint Burial and Crematorium Board",
    "A joint committee of Kirkmoor Borough Council and Eskdale District Council",
    "Version 1.0 - approved by the Board on 12 November 2026. Policy owner: Bereavement Services Manager. Lead authority for data protection: Kirkmoor Borough Council.",
]
S = [
 ("1", "Purpose and scope", None, [
  ("1.1", "This policy sets out how employees of the Kirkmoor Joint Burial and Crematorium Board (the Board) may use artificial intelligence (AI) tools, including generative AI, in their work. It covers Thornbeck Cemetery, Kirkmoor Road Cemetery, High Ings Cemetery, Kirkmoor Crematorium and its chapel, and the Bereavement Services Office."),
  ("1.2", "This policy applies to all employees, agency and casual workers, volunteers and Board members when they carry out Board work, whether at a Board site, at a council office or working remotely."),
  ("1.3", "The Board deals with people at the most difficult time of their lives. Its records, including the statutory burial and cremation registers, are permanent. The Board's approach is therefore approval first: an AI tool may only be used where it has been approved in advance, and only in the way it has been approved."),
 ]),
 ("2", "Definitions", "In this policy:", [
  ("2.1", "\"AI tool\" means any software, website, app or feature that uses artificial intelligence to generate, summarise, transcribe, translate or analyse text, images, audio or video, or to take actions, including chatbots, assistants, note-takers, image generators and AI features added to existing software."),
  ("2.2", "\"Approved tool\" means an AI tool listed in Appendix A, used only for the purposes and information stated there."),
  ("2.3", "\"Board account\" means a work account issued to you by Kirkmoor Borough Council or Eskdale District Council for Board work. A personal account is any other account, including a free or paid account you hold yourself."),
  ("2.4", "\"DPIA\" means a data protection impact assessment: the assessment of the risks to people's information that must be completed, with the advice of the Data Protection Officer, before a new tool or new use of information is approved."),
  ("2.5", "\"Bereaved family information\" means any information about an applicant for a burial or cremation, a grave owner, a next of kin or any other family member or mourner, including names, addresses, contact details and what they have told us."),
  ("2.6", "\"Deceased person information\" means any information about a person who has died that the Board holds, including entries in the registers, application forms, medical certificates and forms, and details of their funeral."),
  ("2.7", "\"Register information\" means entries in the burial registers, the cremation register, the register of graves and the register of exclusive rights of burial, whether kept on paper, on scanned images or in the cemetery management system."),
  ("2.8", "\"Special category information\" means information about a person's health (including cause of death and the cremation medical forms), religion or belief, ethnicity, sexual life or criminal offences, and any information about a child, including stillborn babies and infant burials."),
  ("2.9", "\"Commercially confidential information\" means funeral director account information (balances, invoices, credit arrangements and disputes), quotations and tender bids received, tender evaluations, contract prices, and proposals for fees and charges before they are published."),
 ]),
 ("3", "Approval of AI tools", None, [
  ("3.1", "No AI tool may be used for Board work until the Bereavement Services Manager has approved it following a DPIA. This applies to free tools, trials and tools offered by suppliers or funeral directors."),
  ("3.2", "The approved tools are listed in Appendix A. Each may be used only for the purposes and with the kinds of information stated there. Any tool not listed in Appendix A as approved must not be used for Board work."),
  ("3.3", "To ask for a tool or a new use to be approved, complete the AI tool request form and send it to the Bereavement Services Manager, who will arrange the DPIA with the Data Protection Officer of Kirkmoor Borough Council. The tool must not be used while the request is being considered."),
  ("3.4", "An AI feature that is added to software the Board already uses (for example the cemetery management system, the chapel webcasting system, the funeral director booking portal or Microsoft 365) is not approved because the software is approved. It must be approved separately under 3.1 before it is switched on or used."),
  ("3.5", "You must not use a personal account of any AI tool for Board work. You must not use AI tools for Board work on a personal phone, tablet or computer, even if you are signed in with a Board account."),
 ]),
 ("4", "Information you may use with AI tools", None, [
  ("4.1", "Published information, such as the published fees and charges, the cemetery regulations, leaflets and website pages, may be used with an approved tool within the limits in Appendix A."),
  ("4.2", "Internal information that does not identify any person, such as draft procedures, grounds maintenance schedules, generic template letters and non-personal statistics, may be used only with Microsoft 365 Copilot Chat signed in with a Board account (Appendix A, A.1). You must check the result before you use it."),
  ("4.3", "Personal information, including bereaved family information, deceased person information, the names and contact details of funeral director staff and employees' HR information, must not be entered into any AI tool, except where Appendix A expressly allows it."),
  ("4.4", "Special category information must not be entered into any AI tool. This includes cause of death, the cremation medical forms and medical referee notes, information about a person's religion or belief, and information about children. It applies even where names have been removed."),
  ("4.5", "The Board treats deceased person information in the same way as the personal information of living people, because it is held alongside, and often identifies, the bereaved family. Removing a name does not make register or funeral details anonymous."),
  ("4.6", "Commercially confidential information must not be entered into any AI tool."),
 ]),
 ("5", "Registers, grave records and exclusive rights of burial", None, [
  ("5.1", "AI tools must not be used to make, alter, check or correct any entry in the burial registers, the cremation register, the register of graves or the register of exclusive rights of burial. Entries must be made and checked by a member of staff."),
  ("5.2", "AI tools must not be used to search, extract, transcribe or index register information, including to answer enquiries from families, funeral directors or family historians about where a person is buried or when a cremation took place, except as decided under 12.1."),
  ("5.3", "Decisions on the sale of graves, the grant, transfer or renewal of exclusive rights of burial, reopening a grave and permission for an exhumation application must be made by staff. AI tools must not be used to make or recommend these decisions."),
 ]),
 ("6", "Bereaved families, funerals, webcasts and recordings", None, [
  ("6.1", "Webcasts and recordings of funeral services are personal information and often reveal a family's religion or belief. They must not be uploaded to, shared with or processed by any AI tool, except the webcasting transcription feature in Appendix A, A.2."),
  ("6.2", "The webcasting transcription feature may be used only for a service where the applicant has agreed in writing by ticking the transcript box on the webcast booking form. Agreement given by phone or in person is not enough. The transcript must be given only to the applicant and must not be used for any other purpose, including training the supplier's AI."),
  ("6.3", "AI tools must not be used to edit funeral recordings, or to produce summaries, highlights, clips or tributes from them."),
  ("6.4", "You may use Copilot Chat to help draft generic template letters, leaflets and guidance for families that contain no personal information. Letters to an individual family must be written by a member of staff, and no details of the family or the deceased may be entered into an AI tool to draft them."),
  ("6.5", "AI chatbots or assistants must not be used to reply to bereaved families or funeral directors directly, whether on the website, by email, by text message or by phone."),
 ]),
 ("7", "Memorials, inscriptions and images", None, [
  ("7.1", "Memorial permit applications must be assessed by staff against the Board's Memorial Regulations. AI tools must not be used to decide, or to recommend, whether a memorial permit is approved or refused."),
  ("7.2", "Proposed memorial inscriptions identify the deceased and must not be entered into any AI tool, including to check spelling, wording or a translation. Inscriptions in a language other than English must be checked through the Board's approved translation service."),
  ("7.3", "AI tools must not be used to create or alter images of real people, whether living or deceased, or of an identifiable grave or memorial, including mock-ups of a proposed memorial on a real grave."),
  ("7.4", "Copilot Chat may be used to create generic illustrations for Board leaflets, presentations and web pages, provided the image shows no real person, grave or memorial and is labelled under 10.2."),
 ]),
 ("8", "Crematorium operation and emissions", None, [
  ("8.1", "AI tools must not be used to operate, control, programme or adjust the cremators, the mercury abatement plant or any connected control or monitoring system, or to suggest settings for them."),
  ("8.2", "AI tools must not be used to analyse, interpret or summarise emissions monitoring data, to prepare or amend returns or reports to the regulator under the crematorium's environmental permit, or to decide what to do in response to an alarm, breakdown or emissions exceedance."),
  ("8.3", "Risk assessments, method statements, safe systems of work and operating procedures for the cremators, grave excavation and shoring, and memorial safety testing must not be prepared or amended using AI tools."),
 ]),
 ("9", "Employment and recruitment", None, [
  ("9.1", "AI tools must not be used to sift, shortlist, score or assess job applicants, or to make or recommend any decision about an individual employee, such as discipline, sickness absence, capability or performance."),
  ("9.2", "Copilot Chat may be used to help draft job descriptions, job adverts and interview questions, provided no personal information is entered and the Board's HR adviser checks the final version."),
 ]),
 ("10", "Using AI outputs responsibly", None, [
  ("10.1", "You are responsible for anything you produce with the help of an AI tool. You must check it for accuracy, tone and bias before it is used, and must not use it if you cannot check it."),
  ("10.2", "Any text or image produced mainly by an AI tool that is published by the Board (on the website, on social media, in leaflets or on notice boards) must be approved by the Bereavement Services Manager before publication and must carry the statement \"Prepared with the help of AI\"."),
  ("10.3", "AI tools must not be used to obtain legal advice, for example on exclusive rights, ownership disputes, exhumation, the burial and cremation regulations or the Board's powers. Legal questions must be referred to the Clerk to the Board."),
  ("10.4", "Copilot Chat may be used to help write spreadsheet formulas or simple macros, provided no real Board data is entered into it and the result is tested on sample data before it is used. AI tools must not be used to write or change code, scripts or queries for the cemetery management system, the webcasting system or the cremator control systems."),
  ("10.5", "AI tools, agents or features must not be allowed to take actions automatically on the Board's behalf, such as sending emails or messages, making or changing bookings, updating records or making payments."),
  ("10.6", "AI recording, transcription or note-taking of meetings, including Microsoft Teams transcription and intelligent recap, Copilot in Teams meetings and third-party note-takers, is not approved. This does not affect the webcasting transcription feature in Appendix A, A.2."),
  ("10.7", "Copilot Chat may be used to translate published information or generic material containing no personal information, such as a leaflet about cremation services, into another language. A fluent speaker must check the translation before it is published. Correspondence with an individual family must not be translated with an AI tool."),
  ("10.8", "AI tools must not be used to evaluate or score tenders or quotations or to make or recommend procurement decisions. Copilot Chat may be used to help draft a specification or other procurement document that contains no commercially confidential information."),
 ]),
 ("11", "Reporting incidents and getting advice", None, [
  ("11.1", "If information that this policy does not allow has been entered into an AI tool, or an AI tool has been used without approval, you must report it straight away, and in any case within 24 hours, to the Bereavement Services Manager and to the Data Protection Officer of Kirkmoor Borough Council (dataprotection@kirkmoor.gov.uk). Do not try to fix it yourself."),
  ("11.2", "Questions about this policy should be sent to the Bereavement Services Manager. Questions about data protection should be sent to the Data Protection Officer of Kirkmoor Borough Council."),
  ("11.3", "Breaching this policy may lead to action under the disciplinary procedure of your employing council."),
 ]),
 ("12", "Matters not yet decided", "The Board has not yet reached a decision on the following points. Until it does, no answer should be assumed either way and each request must be referred to the Bereavement Services Manager, who will put it to the Board.", [
  ("12.1", "Whether AI tools may be used to transcribe or index historic burial registers (entries more than 100 years old) from the scanned images, including for the family history project with the Kirkmoor Family History Society."),
  ("12.2", "Whether photographs of a deceased person that have been restored, colourised or enhanced with AI, whether by the family or anyone else, may be shown in a webcast tribute or on the chapel screens, or used on a photo-plaque memorial."),
 ]),
 ("13", "Review", None, [
  ("13.1", "This policy will be reviewed by the Bereavement Services Manager every year, or sooner if the law, national guidance or the approved tools change. The next review is due by November 2027."),
 ]),
]
APPX = ("Appendix A - Approved AI tools", "The table below is the Board's list of approved AI tools. Any tool not listed as approved must not be used for Board work (3.2).", [
  ("A.1", "Microsoft 365 Copilot Chat (the free Copilot Chat included with Microsoft 365, with web grounding, used only when signed in with a Board account and showing the green shield). Status: approved. May be used with: published information and internal information that does not identify any person, including generic images under 7.4. Must not be used with: personal information, deceased person information, register information, special category information or commercially confidential information. The consumer Microsoft Copilot app or website used with a personal Microsoft account is not approved."),
  ("A.2", "Transcription and captioning feature of the ChapelStream webcasting system. Status: restricted. May be used with: the audio of a funeral service webcast from the chapel, only where the applicant has agreed in writing on the webcast booking form (6.2). Conditions: the transcript is given only to the applicant and is deleted from the system after 28 days; it must not be used for any other purpose."),
  ("A.3", "Not approved: ChatGPT, Google Gemini, Claude, Meta AI, DeepSeek, Perplexity, Grammarly, Otter.ai and other AI note-takers, Microsoft Teams transcription and intelligent recap, Microsoft 365 Copilot in Word, Excel, Outlook and Teams (licensed features), AI image generators such as Midjourney and Adobe Firefly, and AI features of the cemetery management system and the funeral director booking portal. These must not be used for Board work."),
])

def md():
    out = [f"# {TITLE}", ""] + [l + "\n" for l in FRONT]
    for num, head, intro, cls in S:
        out.append(f"## {num}. {head}\n")
        if intro: out.append(intro + "\n")
        for cid, text in cls:
            out.append(f"{cid} {text}\n")
    h, intro, cls = APPX
    out.append(f"## {h}\n")
    out.append(intro + "\n")
    for cid, text in cls:
        out.append(f"{cid} {text}\n")
    return "\n".join(out)

def pdf(path):
    p = FPDF(format="A4")
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(True, 18)
    p.set_title(TITLE); p.set_author("Kirkmoor Joint Burial and Crematorium Board")
    p.add_page()
    p.set_font("Helvetica", "B", 18)
    p.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("Helvetica", "", 10)
    for l in FRONT:
        p.multi_cell(0, 5.5, l, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    def section(h, intro, cls):
        p.ln(3)
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        p.set_font("Helvetica", "", 10.5)
        if intro:
            p.multi_cell(0, 5.5, intro, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
        for cid, text in cls:
            p.multi_cell(0, 5.5, f"{cid} {text}", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
    for num, head, intro, cls in S:
        section(f"{num}. {head}", intro, cls)
    p.add_page()
    section(*APPX)
    p.output(path)

if __name__ == "__main__":
    pdf(os.path.join(HERE, "knowledge", STEM + ".pdf"))
    open(os.path.join(HERE, "originals", STEM + ".md"), "w").write(md())
    ids = [n for n, *_ in S for n in [n]]
    ids = []
    for num, head, intro, cls in S:
        ids.append(num); ids += [c for c, _ in cls]
    ids += [c for c, _ in APPX[2]]
    open(os.path.join(HERE, "clause_ids.txt"), "w").write("\n".join(ids) + "\n")
    print(len(ids), "clauses")
