"""Builds knowledge/mul-genai-policy.pdf and originals/mul-genai-policy.md from one source."""
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).parent
TITLE = "Generative AI Acceptable Use Policy"
FRONT = [
    "Mid-Ulster Leisure Trust (registered charity NIC104512)",
    "Policy reference: MULT-IG-07 | Version 1.0 | Approved by the Board of Trustees, 18 November 2026 | Policy owner: Head of Corporate Services | Next review: November 2027",
]
# (kind, number, text) kind: H = section heading, P = numbered paragraph, L = lettered item (bare)
S = [
("H","1.","Purpose and scope"),
("P","1.1","This policy sets out how staff of Mid-Ulster Leisure Trust may use generative artificial intelligence (AI) tools in their work. It applies to all employees, including part-time and casual staff, as well as volunteers, agency workers and contractors working for the Trust at any of our leisure centres, pools, the Trust theatre or head office."),
("P","1.2","It covers any tool that creates text, images, audio, video or computer code in response to a prompt, whether accessed on a Trust computer, a Trust tablet, a personal phone or at home."),
("P","1.3","This policy does not cover the Trust's CCTV, access control, pool safety camera systems or the Legend booking system itself, which are covered by their own procedures."),
("H","2.","Our approach"),
("P","2.1","The Trust does not keep a list of approved AI tools. Staff may use any generative AI tool, free or paid, for Trust work, provided they follow the information rules in Section 4 and the activity rules in Section 5 every time."),
("P","2.2","You are responsible for anything you produce with an AI tool. Check all AI output for accuracy, tone and suitability before you use it, send it or publish it. AI tools can make things up."),
("P","2.3","AI must never replace the judgement of a qualified or competent person where the Trust requires one, for example a pool supervisor, a duty manager or a qualified fitness instructor."),
("H","3.","Accounts and devices"),
("P","3.1","Where possible, use Microsoft 365 Copilot Chat signed in with your Trust account, as it does not keep your prompts for training. Using Copilot Chat does not change the information rules in Section 4."),
("P","3.2","Staff may use personal accounts (for example a free ChatGPT or Gemini account) and personal devices for Trust work, but only with information that is allowed under paragraph 4.1."),
("P","3.3","Paid AI subscriptions for Trust work must be agreed in advance by your budget holder. The Trust will not refund subscriptions bought without that agreement."),
("P","3.4","You must not connect an AI tool to Trust email, calendars, shared drives, the Legend booking system, the box office system or the Trust's social media accounts, and you must not allow an AI tool to send messages, change bookings, post content or take any other action on the Trust's behalf automatically."),
("H","4.","Information rules"),
("P","4.1","Only the following information may be entered into, uploaded to or shared with any AI tool:"),
("L","(a)","public information: anything the Trust has already published or is meant for publication, such as timetables, prices, opening hours, published policies and the annual report; and"),
("L","(b)","non-confidential internal information that identifies nobody, such as generic training notes, blank templates, internal procedures that are not safety-critical and overall attendance figures."),
("P","4.2","No personal information about customers, members, children, course participants, theatre patrons or staff may be entered into any AI tool at all. This includes the Trust's own Microsoft 365 Copilot Chat. Removing a name is not enough if the person could still be identified from the details, for example an incident at a named centre on a given date."),
("P","4.3","The following must never be entered into any AI tool, in any form, even with names removed:"),
("L","(a)","membership records and any data exported from the Legend booking system or the box office system;"),
("L","(b)","swim-lesson registers, class lists, lesson progress records and assessment sheets;"),
("L","(c)","accident and incident reports, including RIDDOR reports, near-miss forms and first aid records;"),
("L","(d)","safeguarding concerns, referrals, notes and anything about a child protection or adult safeguarding matter; and"),
("L","(e)","health information, including PAR-Q forms, GP referral scheme records and disability or medical details."),
("P","4.4","Information about staff, such as rotas with names, sickness absence, appraisals, disciplinary or grievance matters, pay and references, is personal information and paragraph 4.2 applies."),
("P","4.5","Confidential Trust information must not be entered into any AI tool. This includes unpublished financial information and budgets, Board papers marked confidential, tender documents, supplier quotes and pricing, contract negotiations with the Council, and security information such as cash-handling procedures and alarm or safe codes."),
("P","4.6","If you are not sure whether information is confidential or could identify someone, treat it as if it does and do not enter it. Ask your line manager or the Data Protection Officer."),
("H","5.","Activity rules"),
("P","5.1","AI must not be used to write or change safety-critical documents unless the final version is checked and signed off by a competent person appointed by the Head of Operations before it is used. Safety-critical documents include:"),
("L","(a)","the Pool Safety Operating Procedures, including the Normal Operating Plan and the Emergency Action Plan;"),
("L","(b)","chemical dosing, water treatment and plant room procedures and COSHH assessments; and"),
("L","(c)","risk assessments, fire evacuation procedures and emergency action plans for any centre or the theatre."),
("P","5.2","AI must never be used to decide what to do in an emergency, to give first aid or medical advice, or to set water chemical levels."),
("P","5.3","Fitness instructors and swim teachers may use AI for ideas for general class plans, lesson plans and warm-ups. AI must not be used to write an individual exercise programme or advice for a named customer, or for anyone on the GP referral scheme or with a known health condition."),
("P","5.4","AI must not be used to create, edit or alter images, video or voices of real customers, members, children or staff, and photographs or video of customers or children must never be uploaded to an AI tool."),
("P","5.5","Any image, video or audio made wholly or partly with AI that the Trust publishes, including posters, leaflets, website pages, social media posts and theatre programmes, must carry the label \"Image created using AI\" (or \"Created using AI\" for video and audio). Text drafted with AI does not need a label if a member of staff has checked and edited it."),
("P","5.6","All marketing and publicity material made with AI must be approved by the Marketing Manager before it is published, in the same way as other material."),
("P","5.7","AI must not be used to make, or recommend, decisions about individual people. This includes membership suspensions and bans, refunds and complaints outcomes, staff discipline, grievances, performance ratings and who is offered shifts."),
("P","5.8","In recruitment, managers may use AI to draft job adverts, job descriptions and general interview questions. AI must not be used to sift, score, rank or shortlist applications, or to write notes or assessments of candidates."),
("P","5.9","Swim lessons, fitness classes, theatre workshops and any other session with customers must not be recorded, transcribed or summarised with an AI tool or an AI note-taker."),
("P","5.10","AI may be used to translate public information, such as signage, timetables and pool rules, into other languages. Translations must be checked by someone who speaks the language well before they are published where that is possible. Letters, emails or messages from or about customers must not be put into a translation tool."),
("P","5.11","AI must not be used for legal advice, to interpret contracts, leases or licensing conditions, or to draft responses to legal claims. Contact the Head of Corporate Services."),
("P","5.12","In procurement, AI may be used to research products and suppliers using public information. It must not be used to evaluate or score tenders or quotes, and tender submissions must not be entered into it (see paragraph 4.5)."),
("P","5.13","AI may be used to help write spreadsheet formulas, reports and simple scripts, provided no personal or confidential information is entered and the result is tested before it is relied on."),
("H","6.","Reporting and contacts"),
("P","6.1","If you enter personal, special category or confidential information into an AI tool by mistake, report it straight away, and within 24 hours at the latest, to the Data Protection Officer, Siobhan McKenna (dpo@midulsterleisure.org.uk, extension 2214), using the data breach form on StaffHub. Do not try to fix it yourself."),
("P","6.2","Safeguarding concerns must be reported to the Designated Safeguarding Officer at your centre in line with the Safeguarding Policy. Never use an AI tool to record, assess or write up a safeguarding concern."),
("P","6.3","Questions about this policy, or about a use that it does not cover, should be sent to the Digital and IT Lead, Conor Devlin (ai@midulsterleisure.org.uk), who will refer them to the AI Working Group where needed."),
("P","6.4","Line managers and centre managers are responsible for making sure their staff, including casual staff, know about this policy. Breaches of this policy may be dealt with under the Disciplinary Procedure."),
("H","7.","Matters under review"),
("P","7.1","The Trust has not yet decided whether AI transcription or note-taking tools, including Copilot in Teams meetings, may be used in internal staff meetings where no customers are present. The AI Working Group will report to the Senior Management Team by March 2027. Until a decision is published, refer any request to the Digital and IT Lead."),
("P","7.2","The Trust has not yet decided whether AI-generated scripts, music, set designs or artwork may be used in theatre productions, including work by visiting companies, because of questions about copyright and artists' contracts. Refer any proposal to the Theatre Manager and the Digital and IT Lead."),
("H","8.","Review"),
("P","8.1","This policy will be reviewed every year by the Head of Corporate Services, or sooner if the law, Council requirements or the tools change."),
("A","","Appendix A - Definitions"),
("P","A.1","Generative AI: software that creates new text, images, audio, video or code in response to instructions, for example ChatGPT, Microsoft 365 Copilot Chat, Google Gemini, Claude, Canva Magic Studio and Adobe Firefly."),
("P","A.2","Personal information: any information that identifies a living person or could be used to identify them, including names, contact details, membership numbers, photographs and booking histories."),
("P","A.3","Competent person: a member of staff appointed in writing by the Head of Operations as competent for the subject, for example a pool plant operator for water treatment procedures."),
]

def md():
    out = [f"# {TITLE}", ""] + [l + "\n" for l in FRONT]
    for kind, num, text in S:
        if kind == "H":
            out.append(f"## {num} {text}\n")
        elif kind == "A":
            out.append(f"## {text}\n")
        elif kind == "P":
            out.append(f"{num} {text}\n")
        else:
            out.append(f"{num} {text}\n")
    return "\n".join(out)

def pdf():
    p = FPDF(format="A4")
    p.set_margins(20, 20, 20)
    p.set_auto_page_break(True, 20)
    p.add_page()
    p.set_font("Helvetica", "B", 18)
    p.multi_cell(0, 10, TITLE, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for l in FRONT:
        p.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(4)
    for kind, num, text in S:
        if kind in "HA":
            p.ln(3)
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, f"{num} {text}".strip(), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif kind == "P":
            p.set_font("Helvetica", "", 10.5)
            p.multi_cell(0, 5.5, f"{num} {text}", new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        else:
            p.set_font("Helvetica", "", 10.5)
            p.set_x(30)
            p.multi_cell(0, 5.5, f"{num} {text}", new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
    p.output(str(HERE / "knowledge" / "mul-genai-policy.pdf"))

if __name__ == "__main__":
    (HERE / "originals" / "mul-genai-policy.md").write_text(md(), encoding="utf-8")
    pdf()
