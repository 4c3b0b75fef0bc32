#!/usr/bin/env python3
"""Write cases.jsonl for the Glenmorven HSCP set and check it against originals/."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
POL = "glenmorven-hscp-genai-policy.md"
FAQ = "genai-staff-faq.txt"
PREFIX = "r13a"


def slug(h):
    return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")


def P(*ids):
    return [f"{POL}#{i}" for i in ids]


def F(*heads):
    return [f"{FAQ}#{slug(h)}" for h in heads]


YES = ["allowed", "conditional"]
NO = ["not_allowed"]
NO_U = ["not_allowed", "unsure"]
U_NO = ["unsure", "not_allowed"]

FAQ_TOOLS = "Which AI tools can I use for work?"
FAQ_CHATGPT = "Can I use ChatGPT, Gemini or Claude if I don't put any personal information in?"
FAQ_RIGHT = "How do I know I'm using the right Copilot?"
FAQ_WORD = "I can see Copilot in Word and Outlook. Can I use it?"
FAQ_PHONE = "Can I use Copilot Chat on my own phone?"
FAQ_WHAT = "What can I put into Copilot Chat?"
FAQ_NOTEWISE = "I'm not in the Notewise pilot. Can I use it, or something similar?"
FAQ_MINUTES = "Can AI write the minutes of our team meeting?"
FAQ_BOT = "Someone joined our meeting with an AI note-taker. What do I do?"
FAQ_EXT = "What about browser extensions and AI built into other software?"
FAQ_WRONG = "I've put something into the wrong tool. What now?"
FAQ_SAY = "Do I have to say that I used AI?"
FAQ_TRAIN = "Where do I find the training?"
FAQ_ASK = "Who do I ask?"

# (question, verdicts, clauses, escalate, pii)
C = [
    # ---- clear / conditional yeses ----
    ("can i use copilot chat to draft a first version of our new lone working procedure? its just our internal procedure, no names in it",
     YES, P("5.1", "3.6", "4.1", "8.1") + F(FAQ_WHAT), False, None),
    ("hiya, want to get copilot to summarise the published IJB strategic plan into 5 bullet points for my team huddle tomorrow. ok?",
     YES, P("5.1", "3.5", "A.1"), False, None),
    ("Can I ask copilot chat to help me write an excel formula to work out average waits from our spreadsheet? sheet has no patient details just dates and counts",
     YES, P("5.1", "3.6", "4.4"), False, None),
    ("is it ok to use copilot to reword a job advert for a band 5 district nurse post before it goes up on the jobs site",
     YES, P("5.1", "8.2", "3.5"), False, None),
    ("I want copilot to make a cartoon style picture of a kettle and some mugs for the staff kitchen poster about washing up lol. fine?",
     YES, P("10.1"), False, None),
    ("could i use copilot chat to plan a training session for new home carers on moving and handling, using a made up scenario about a 'Mr X' who isnt a real person",
     YES, P("5.4", "10.1"), False, None),
    ("need to turn our delayed discharge figures by locality into a chart and a bit of commentary for the SLT paper. all the numbers are well over 10 and there's no names. copilot ok for that?",
     YES, P("A.2", "3.6", "5.1"), False, None),
    ("can i use the copilot thing in the outlook side panel to tidy up an email to the team about the christmas cover arrangements? it just has people's names and shifts",
     YES, P("4.4", "3.7", "5.1") + F(FAQ_WORD), False, None),
    ("Is copilot chat fine for summarising the Care Inspectorate's published report on one of our care homes for the locality team?",
     YES, P("A.1", "5.1", "3.5"), False, None),
    ("im in the east locality adult sw team and did the notewise training last week. can i use it at a care review in an older lady's house if she says yes to it?",
     YES, P("9.3", "8.3", "9.1", "9.2", "4.1"), False, None),
    ("can i get copilot to explain part 6 of the adults with incapacity act in plain english? just for my own learning before a guardianship case",
     YES, P("7.4", "5.1", "3.5", "7.2"), False, None),
    ("can i upload our draft unpublished budget paper for 26/27 to copilot chat and ask it to find inconsistencies in the narrative?",
     YES, P("3.6", "A.2", "5.1"), False, None),
    ("can i use copilot on my own iphone? IT set up the teams app on it through intune and i log in with my nhs.scot account",
     YES, P("4.5") + F(FAQ_PHONE), False, None),
    ("I'm a student social worker on placement with the north team, uni says AI is fine for essays. am i allowed to use copilot chat at work? i have a council login",
     YES, P("12.3", "12.1", "2.1"), False, None),
    ("the DN team want to use copilot chat to write the text for a leaflet on preventing pressure ulcers, to be printed and handed to patients. any rules?",
     ["conditional", "allowed"], P("8.2", "7.2", "5.1", "7.3"), False, None),
    ("copilot on my work laptop in windows has the green shield and my glenmorven.gov.uk login - is that the same as copilot chat, can I use it for drafting?",
     YES, P("4.1", "4.3") + F(FAQ_RIGHT), False, None),
    ("teams has the transcribe button in meetings. can i switch transcription on for our locality planning meeting?",
     YES, P("9.6") + F(FAQ_MINUTES), False, None),
    ("thinking of using copilot to write a script for a pretend phone call from a 'service user' for a duty desk training exercise - all invented",
     YES, P("5.4"), False, None),
    ("Hi, I'm district nursing west (trained on notewise). CHI 0101405678, Mr Tam Brodie - can I use notewise at his discharge planning meeting next week? he and the ward staff are all fine with it",
     YES, P("9.3", "8.3", "9.2", "9.1"), False, ["0101405678", "Tam Brodie"]),

    # ---- nos, tool variants ----
    ("can i use chatgpt to rewrite our public newsletter? it's all getting published anyway so surely no data issue",
     NO, P("4.2", "3.4") + F(FAQ_CHATGPT), False, None),
    ("i pay for chatgpt plus myself and it's way better than copilot. ok to use it for drafting policy docs if i dont put any names in?",
     NO, P("4.2", "3.4") + F(FAQ_CHATGPT), False, None),
    ("went on copilot.microsoft.com on my home laptop without logging in and asked it about our draft team plan. is that ok to keep doing?",
     NO, P("4.3", "4.2") + F(FAQ_RIGHT), False, None),
    ("is the chatgpt app ok on my work ipad if i only use it for non-work stuff?",
     NO, P("4.2"), False, None),
    ("does github copilot count as approved since it's microsoft? want it for a wee python script for our rota data",
     NO, P("4.3", "4.2"), False, None),
    ("Can I use Copilot in Teams to do the meeting recap for our MDT on thursday?",
     NO, P("4.4", "9.6") + F(FAQ_WORD), False, None),
    ("the grammarly extension in chrome keeps offering AI rewrites when im typing up notes, is it ok to accept them?",
     NO, P("3.4", "4.2") + F(FAQ_EXT), False, None),
    ("would it be ok to run Otter on my laptop to transcribe the carers strategy working group? no individual clients discussed",
     NO, P("9.6", "4.2", "9.7"), False, None),
    ("can i record supervision with one of my team on notewise so i don't have to take notes?",
     NO, P("9.4") + F(FAQ_MINUTES), False, None),
    ("our children and families team would love notewise for writing up visits. a colleague in adults has it - can she lend us her login for a few weeks",
     NO, P("9.1", "9.4") + F(FAQ_NOTEWISE), False, None),
    ("can I use notewise in an ASP investigation interview? would save hours of writing up",
     NO, P("9.4", "6.2"), False, None),
    ("i'd like to make a training video with an AI avatar of our service manager, she's totally happy to do it",
     NO, P("10.2"), False, None),
    ("is it ok to forward the tender evaluation docs to my gmail and use gemini at home to summarise them? deadline is tight",
     NO, P("6.3(e)", "6.3", "5.5", "4.2"), False, None),

    # ---- nos, rules phrased unlike the question ----
    ("can copilot work out which of the people on our care at home waiting list should go first? I'd give it their needs scores without names",
     NO, P("6.1"), False, None),
    ("could we get copilot chat to score the applications for the team leader post against the person spec? there's 38 of them",
     NO, P("6.3(a)", "6.3", "A.3"), False, None),
    ("quick one - can i ask copilot what dose of lorazepam would be ok for a patient of mine who weighs about 48kg",
     NO, P("6.3(b)", "6.3", "5.2"), False, None),
    ("a family sent us photos of their mum's pressure sore, can copilot tell me what grade it is?",
     NO, P("10.2", "6.3(b)", "6.3"), False, None),
    ("can i get copilot to look at a client's facebook posts and tell me if he's still drinking",
     NO, P("6.3(c)", "6.3", "5.2"), False, None),
    ("copilot did me a summary of the new SG guidance on self-directed support. can i just send it straight to the team without reading it all, i'm swamped",
     NO, P("7.2", "7.1"), False, None),

    # ---- information described without keywords ----
    ("can i paste a client's chronology into copilot chat if i take out the name and DOB first? need help spotting themes",
     NO, P("5.3", "5.2") + F(FAQ_WHAT), False, None),
    ("want copilot to help write up my notes after a home visit to an older gent with dementia who lives on his own out at the end of the glen. i wouldnt use his name",
     NO, P("5.3", "5.2", "3.8"), False, None),
    ("got a letter from a woman unhappy about how her dad was discharged from ward 3. can copilot help draft the reply if i paste her letter in?",
     NO, P("5.2", "3.7", "3.8", "A.3"), False, None),
    ("hr have asked me to pull together the notes from a grievance hearing. copilot chat ok? it's all staff stuff, nothing to do with patients",
     NO, P("3.7", "5.2", "A.3"), False, None),
    ("trying to write the SCR for a CTO application, can copilot just tidy up my wording?",
     NO, P("3.8", "5.2", "A.4"), False, None),
    ("ok to put the minutes of a case conference about a 15 year old into copilot to shorten them for the core group?",
     NO, P("3.8", "5.2"), False, None),
    ("can i use copilot chat to help fill in the case file reading template for audit week? i'd be pasting in bits from the files",
     NO, P("A.4", "5.2", "3.8"), False, None),
    ("police scotland sent us a concern report, can i stick it in copilot to pull out the key points for the team?",
     NO, P("5.5", "5.2", "3.8"), False, None),
    ("Can I paste this into copilot to make it sound more professional: 'Re Agnes McLeod, DOB 14/03/1941, 12 Birchfield Road, Glenmorven GM4 7QT - daughter reports increasing confusion and missed meds'",
     NO, P("5.2", "3.8", "5.3"), False, ["Agnes McLeod", "14/03/1941", "12 Birchfield Road", "GM4 7QT"]),
    ("my colleague David Rennie (david.rennie@glenmorven.gov.uk, 07700 900461) is off with stress again, can copilot help me write his return to work plan?",
     NO, P("5.2", "3.7", "A.3", "6.3(a)"), False, ["David Rennie", "david.rennie@glenmorven.gov.uk", "07700 900461"]),
    ("is it ok to use copilot chat to draft a letter to Ms Priya Nair at 4 Loch View, GM2 3RS confirming her carer's assessment appointment",
     NO, P("5.2", "3.7", "A.3"), False, ["Priya Nair", "4 Loch View", "GM2 3RS"]),

    # ---- tools / features the policy never names, or that need approval ----
    ("what about perplexity for looking up published research on falls prevention? it's only public stuff",
     NO_U, P("4.2", "3.4", "11.1"), True, None),
    ("is deepseek allowed? someone in finance said its better at spreadsheets than copilot",
     NO_U, P("4.2", "3.4", "11.1"), True, None),
    ("canva has that magic write / text to image thing now - can I use it for the carers week poster?",
     NO_U, P("11.3", "3.4", "11.1") + F(FAQ_EXT), True, None),
    ("i've made a copilot agent that knows our carers assessment guidance - can i share it with the rest of the team?",
     NO_U, P("4.6"), True, None),
    ("our team want to build a wee bot in copilot studio to answer new starters' questions about our procedures. ok?",
     NO_U, P("4.6", "11.1"), True, None),

    # ---- left undecided by the policy ----
    ("can copilot translate our 'what is self-directed support' leaflet into polish for families? it's already published in english",
     U_NO, P("14.1"), True, None),
    ("could we use copilot chat to make an easy read version of the care at home charging policy?",
     U_NO, P("14.1"), True, None),
    ("i'm an MHO in the central CMHT which is in the notewise pilot. can i use notewise during an assessment for a short term detention certificate?",
     U_NO, P("14.2", "9.4"), True, None),
    ("I'm dyslexic and my access to work assessment recommended a writing tool that has AI rewriting built in. can i use it at work?",
     U_NO, P("14.3"), True, None),
    ("our R&D project wants to use AI to code the qualitative interviews we did with unpaid carers, is that allowed?",
     NO_U, P("14.4", "11.1"), True, None),

    # ---- information questions ----
    ("who do i speak to about getting notewise for our team?",
     ["info"], P("15.5", "9.2") + F(FAQ_NOTEWISE), False, None),
    ("what counts as 'partnership working information'?",
     ["info"], P("3.6", "A.2"), False, None),
    ("how do i report it if i accidentally pasted a service user's address into chatgpt?? panicking a bit",
     ["info"], P("13.1", "13.2") + F(FAQ_WRONG), False, None),
    ("where do i do the AI training? i'm council staff not nhs",
     ["info"], P("12.1") + F(FAQ_TRAIN), False, None),
    ("do I have to tell people when I've used copilot for something?",
     ["info", "conditional"], P("8.1", "8.2") + F(FAQ_SAY), False, None),
    ("an external consultant joined our locality meeting and their read.ai bot came in with them. what should i have done?",
     ["info", "not_allowed"], P("9.7") + F(FAQ_BOT), False, None),
    ("a GP practice in our locality asked if this policy means their receptionists can use copilot chat - does it cover them?",
     ["info", "out_of_scope"], P("2.3"), False, None),

    # ---- out of scope ----
    ("does anyone know how to book a pool car for a home visit in the north locality?",
     ["out_of_scope"], [], False, None),
    ("what's the mileage rate for council staff using their own car for visits?",
     ["out_of_scope"], [], False, None),
    ("can i use chatgpt at home to plan my holiday in portugal? nothing to do with work",
     ["out_of_scope", "allowed", "info"], P("2.4"), False, None),
]


def clause_ids():
    ids = set()
    for line in (HERE / "originals" / POL).read_text().splitlines():
        m = re.match(r"## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"((?:\d+\.\d+(?:\.\d+)?|[A-Z]\.\d+)(?:\([a-z]\))?) ", line)
        if m:
            ids.add(m.group(1))
    out = {f"{POL}#{i}" for i in ids}
    lines = (HERE / "originals" / FAQ).read_text().splitlines()
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip():
            out.add(f"{FAQ}#{slug(lines[i - 1])}")
    return out


if __name__ == "__main__":
    refs = clause_ids()
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(C, 1):
        row = {"id": f"{PREFIX}{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
            for s in pii:
                assert s in q, (n, s)
        for r in cl:
            assert r in refs, (n, r)
        assert set(v) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
        if "unsure" in v:
            assert esc, n
        rows.append(row)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    ids = [json.loads(l)["id"] for l in open(HERE / "cases.jsonl", encoding="utf-8")]
    assert len(ids) == len(set(ids))
    from collections import Counter
    print(len(rows), "cases")
    print(Counter("/".join(r["verdict"]) for r in rows))
    print("pii cases:", sum(1 for r in rows if "pii" in r), "escalate:", sum(r["escalate"] for r in rows))
    print(len(refs), "refs in originals")
