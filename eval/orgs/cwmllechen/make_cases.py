# -*- coding: utf-8 -*-
"""Write cases.jsonl and check it against originals/cwm-llechen-genai-policy.md.

Run with /work/main/.venv/bin/python make_cases.py
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
F = "cwm-llechen-genai-policy.md"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs approval first / undecided: escalate
UNSURE = ["unsure", "not_allowed"]


def r(*ids):
    return [f"{F}#{i}" for i in ids]


# (question, verdicts, clause ids, escalate, pii)
CASES = [
    # ---- clear yeses ----
    ("can i use copilot chat to draft an email to my team about the new parking arrangements at the civic centre?",
     YES, r("5.2", "6.1.1", "5.1"), False, None),
    ("hiya - is it ok to get copilot to summarise the cabinet report on the replacement local development plan? its in the public part of the agenda, just want a 1 pager for my manager",
     YES, r("6.1.1", "5.2", "3.4"), False, None),
    ("can I use copilot to help write the job advert for a waste & recycling operative post",
     YES, r("7.2", "5.2", "6.1.1"), False, None),
    ("got an email from a resident written in welsh and my welsh is pretty basic (mynediad lol). can i use the translate button in outlook just to understand what they want?",
     YES, r("9.2", "6.1.3", "5.4"), False, None),
    ("is it ok to use copilot chat to knock up a cartoon of a bin lorry for the staff newsletter",
     YES, r("11.1"), False, None),
    ("I used copilot just to fix spelling and grammar in my report, do I need to put the AI statement thing on it?",
     YES + ["info"], r("8.3", "8.2"), False, None),
    ("can copilot explain what this massive nested excel formula in the budget monitoring workbook does? no names in it, just cost centres",
     YES, r("7.5", "6.1.1"), False, None),
    ("can we turn on teams transcription for our internal project board? everyone's staff",
     YES, r("10.1"), False, None),
    ("shwmae, can I use copilot chat to brainstorm ideas for the libraries summer reading challenge?",
     YES, r("5.2", "6.1.1"), False, None),
    ("mae gen i ddrafft o'r polisi newydd ar weithio hybrid (not published, no personal info) - can I ask copilot chat to tidy the structure and make it shorter?",
     YES, r("6.1.1", "3.4", "5.2"), False, None),
    ("does an internal briefing note need the 'prepared with the help of AI' label if copilot wrote about half of it? it's only going to my head of service",
     YES + ["info"], r("8.3", "8.2"), False, None),
    ("translator in outlook for an email from Dafydd ap Rhys (dafydd.aprhys@example.com) about his council tax account 40021987 - its in welsh and I just need to know what hes saying",
     YES, r("6.1.3", "9.2", "5.4"), False, ["Dafydd ap Rhys", "dafydd.aprhys@example.com", "40021987"]),
    ("I'm on the adult social care copilot pilot team - can I use copilot to summarise my own assessment notes like we were shown?",
     YES, r("6.2.1", "6.2"), False, None),

    # ---- conditional yeses ----
    ("we want copilot to write most of the text for the garden waste charges leaflet that goes to every household. anything I need to do before it goes out?",
     ["conditional"], r("8.2", "8.1", "9.3"), False, None),
    ("I'm a fluent welsh speaker (level 5 on the skills framework). can I use translator for a first go at the welsh version of our tenants newsletter and then check it myself before it goes out?",
     YES, r("9.3", "9.2", "6.1.3"), False, None),
    ("can I use an AI generated picture of a family on a swing for the consultation poster about the new play area in the park?",
     ["conditional"], r("11.3", "11.1"), False, None),
    ("dev here, can copilot write me a powershell script to clean up sharepoint permissions? the plan is to run it straight on the live tenant tonight",
     ["conditional", "not_allowed"], r("7.5"), False, None),
    ("can copilot in teams do a recap of our weekly team meeting? one person on the team isn't keen",
     ["conditional", "not_allowed"], r("10.1"), False, None),
    ("part of my scrutiny report was drafted by copilot, is that allowed and do I have to say anything?",
     ["conditional"], r("8.4", "8.1"), False, None),
    ("new starter here, can I use copilot chat straight away? havent done any of the training yet",
     ["conditional", "not_allowed"], r("14.1", "5.2"), False, None),
    ("I'm agency staff in revenues and benefits - does the ai policy cover me and can I use copilot chat for drafting standard letters (no names)?",
     ["conditional", "allowed"], r("2.1", "5.2", "6.1.1"), False, None),
    ("can copilot chat draft a bilingual press release for the new leisure centre opening? I'd send the welsh to the uned gymraeg to check",
     ["conditional"], r("9.3", "8.2", "5.2"), False, None),
    ("i've got a licensed copilot, can it draft a letter to Mr Gareth Llewelyn, 14 Heol y Nant, NP99 3LX about his rent arrears? he's one of my tenants",
     ["conditional", "allowed"], r("6.1.2", "5.3"), False, ["Gareth Llewelyn", "14 Heol y Nant", "NP99 3LX"]),
    ("I got a letter in Welsh from a resident - can I translate it, write my reply in english and run it through translator and send the welsh back?",
     ["conditional", "not_allowed"], r("9.4", "9.3"), False, None),

    # ---- clear nos, rules worded unlike the question ----
    ("can copilot look at a council tax reduction application and tell me if they qualify or not? would speed up the backlog massively",
     NO, r("7.1"), False, None),
    ("we had 40 applications for the admin assistant post - could I get copilot to score them against the person spec and give me a top 10?",
     NO, r("7.2"), False, None),
    ("doing a leaving video for our director, can I get an AI to make it sound like her saying 'diolch everyone'? she said she's fine with it",
     NO, r("11.2"), False, None),
    ("child protection conference tomorrow morning, can i just switch on teams transcription so I don't have to type up notes after?",
     NO, r("10.2"), False, None),
    ("can i paste the notes from a disciplinary investigation I'm doing into copilot to pull out the key points for the hearing pack",
     NO, r("7.2", "6.2", "6.1.1"), False, None),
    ("is it possible to use copilot to work out which tenants are most likely to fall into rent arrears next year so we can target support?",
     NO, r("7.3"), False, None),
    ("can i put the admin password for the depot router into copilot and ask it how to reset the config?",
     NO, r("6.5"), False, None),
    ("we've had three tender bids back for the highways maintenance contract, can copilot chat compare the pricing schedules for me",
     NO, r("6.2", "3.4", "6.1.1", "6.4"), False, None),
    ("can i use AI to brighten up and fix the photos from the youth club trip before they go on our facebook page",
     NO, r("11.4"), False, None),
    ("can I use google translate for the welsh on a temporary road closure sign? it's literally 4 words",
     NO, r("9.6", "9.3", "5.1"), False, None),
    ("thinking of recording calls with residents on my phone and getting an app to transcribe them, saves me writing notes - ok?",
     NO, r("10.4"), False, None),
    ("can we use copilot to go through the CCTV logs and staff door-entry data to spot who's taking long lunches?",
     NO, r("7.3"), False, None),

    # ---- tool variants ----
    ("can I use chatgpt on my own phone to draft a reply to a planning objection? I'd take the names out first",
     NO, r("5.1", "5.6", "5.8"), False, None),
    ("is copilot on my personal microsoft account ok if I only put public info in it? it's the same copilot right",
     NO, r("5.5", "5.1"), False, None),
    ("I installed the grammarly extension in edge on my work laptop, can I keep using it for my committee reports?",
     NO, r("5.6", "5.1"), False, None),
    ("adobe acrobat keeps popping up 'AI assistant' offering to summarise pdfs - can I use it on a published consultation document?",
     NO, r("5.6", "5.1", "12.2"), False, None),
    ("our housing management system supplier says there's a new AI feature that drafts letters to tenants, it's included in our licence - can we just switch it on?",
     APPROVAL, r("12.2", "12.1"), True, None),
    ("can I use the copilot app on my own iphone if I sign in with my council account?",
     NO, r("5.8"), False, None),
    ("we're a small dev team and want to call the azure openai API from our own app to categorise complaints coming in - ok to crack on?",
     APPROVAL, r("12.5"), True, None),
    ("can I build a copilot studio agent that answers staff questions about the annual leave policy?",
     APPROVAL, r("12.5"), True, None),
    ("I pay for claude pro myself, can i use it for council work as long as it's only published stuff?",
     NO, r("5.6", "5.1"), False, None),
    ("can I sign up to a free trial of an AI minute-taking tool with my work email just to test it out?",
     NO, r("12.4"), False, None),
    ("someone from a partner organisation brought an otter.ai bot into our teams meeting. is that allowed, what am i supposed to do?",
     NO + ["info"], r("10.3"), False, None),
    ("i use copilot in edge without signing in, is that fine for public stuff like looking up legislation?",
     NO, r("5.5"), False, None),

    # ---- information described without keywords ----
    ("can I paste in my notes about a young person's foster placement breaking down so copilot can write a summary for my team manager?",
     NO, r("6.2", "3.4"), False, None),
    ("I've got a spreadsheet of staff sickness absence with names and reasons, can licensed copilot draw some charts for the HR report",
     NO, r("6.2", "3.4", "7.2"), False, None),
    ("can copilot chat reword the part 2 report on the depot land sale before it goes to cabinet? it's the exempt one",
     NO, r("6.2", "3.4"), False, None),
    ("I've taken the names out of a case study about a family we supported but left in the village and the dad's rare condition - fine to put in copilot chat now?",
     NO, r("6.3", "6.2"), False, None),
    ("can copilot chat help me write back to a councillor about a resident's housing complaint? I'd need to put the resident's address in",
     NO, r("6.1.1", "6.1.2", "3.4"), False, None),
    ("we've had advice from counsel on the judicial review of the school reorganisation decision - can I get copilot to summarise it for the chief exec?",
     NO, r("6.2", "3.4"), False, None),
    ("can copilot chat summarise the OT assessment for Siân Morgan, DOB 03/02/1951, NHS no 943 476 5919? need it for the panel",
     NO, r("6.2", "6.1.1", "3.4"), False, ["Siân Morgan", "03/02/1951", "943 476 5919"]),

    # ---- tools the policy never mentions ----
    ("is perplexity ok for researching what other councils have done on 20mph zones?",
     APPROVAL, r("5.1", "5.7"), True, None),
    ("gamma.app makes slides really quickly, can I use it for a presentation to the community council forum?",
     APPROVAL, r("5.1", "5.7"), True, None),

    # ---- undecided / needs governance approval ----
    ("I'm a councillor (cynghorydd) for the north ward - can I use copilot chat to help draft replies to my casework emails?",
     UNSURE, r("13.2", "13.1"), True, None),
    ("democratic services q: can we use AI transcription of the planning committee webcast to get a first draft of the minutes?",
     UNSURE, r("13.3", "13.1"), True, None),
    ("for the public consultation evening in the leisure centre can we use live AI translated captions welsh/english instead of booking the cyfieithydd?",
     UNSURE, r("13.4", "13.1"), True, None),
    ("can we machine translate the bin collection updates on the website into welsh and publish them without sending each one to the uned? there's loads every week",
     UNSURE, r("13.5", "9.3", "13.1"), True, None),
    ("children's services here - the adult social care team has copilot for their assessments, can we just start using it the same way for ours?",
     APPROVAL, r("6.2.1", "6.2"), True, None),

    # ---- information questions ----
    ("who do i ask to get a copilot licence?",
     ["info"], r("16.4", "5.3"), False, None),
    ("what counts as tier 4? is a housing benefit claim tier 3 or 4",
     ["info"], r("3.4"), False, None),
    ("what's the digital gateway and how long does it take?",
     ["info"], r("3.7", "12.1"), False, None),
    ("oh no. I pasted mrs Eleri Prydderch's complaint with her mobile 07700 900461 into chatgpt yesterday before I knew about any of this. what do I do now?",
     ["info", "not_allowed"], r("15.1"), False, ["Eleri Prydderch", "07700 900461"]),
    ("who checks the welsh if copilot translated it? I've got no welsh at all",
     ["info"], r("9.3", "16.3"), False, None),

    # ---- out of scope ----
    ("how do I claim mileage for driving out to the depot in pontllechen",
     ["out_of_scope"], [], False, None),
    ("anyone know if the canteen at the civic centre is open on st david's day (dydd gŵyl dewi)?",
     ["out_of_scope"], [], False, None),
    ("what's the welsh for 'bulky waste collection' for my email signature?",
     ["out_of_scope", "info"], [], False, None),
]


def md_clause_ids(path):
    """Clause ids per the contract: numbered headings (trailing dot dropped) and paragraphs
    starting with a number."""
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^#{2,}\s+(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            ids.add(m.group(1)); continue
        m = re.match(r"^(\d+(?:\.\d+)+)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids_in_md = md_clause_ids(os.path.join(HERE, "originals", F))
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        row = {"id": f"r10b{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
        rows.append(row)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # checks
    lines = open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8").read().splitlines()
    parsed = [json.loads(l) for l in lines]
    assert len({p["id"] for p in parsed}) == len(parsed)
    valid = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for p in parsed:
        assert set(p["verdict"]) <= valid, p
        for ref in p["clauses"]:
            fn, cid = ref.split("#")
            assert fn == F and cid in ids_in_md, ref
        for s in p.get("pii", []):
            assert s in p["question"], s
        if "unsure" in p["verdict"] and len(p["verdict"]) == 1:
            assert p["escalate"]
    print("cases:", len(parsed), "pii cases:", sum(1 for p in parsed if "pii" in p))
    print("clause ids in md:", len(ids_in_md))
    print(Counter(" | ".join(p["verdict"]) for p in parsed))
    print("primary:", Counter(p["verdict"][0] for p in parsed))
    print("escalate:", sum(p["escalate"] for p in parsed))


if __name__ == "__main__":
    main()
