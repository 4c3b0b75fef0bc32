"""Write cases.jsonl for the Eastmere Community Health NHS Trust evaluation set and verify it.

Run after build_policy.py: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
F = "eastmere-generative-ai-policy.md"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
ASK = ["not_allowed", "unsure"]      # needs approval first
OPEN = ["unsure"]                    # policy leaves it undecided


def r(*ids):
    return [f"{F}#{i}" for i in ids]


# (question, verdicts, clause ids, escalate, pii)
CASES = [
    # ---- clear yeses -------------------------------------------------------------
    ("can i use chatgpt to write a job advert for a band 5 community nurse post? just the advert text, nothing about anyone",
     YES, r("5.1", "5.2", "5.2(a)", "A.1"), False, None),
    ("is it ok to use gemini to make our falls prevention leaflet easier to read? its already published on the website",
     YES, r("5.1", "A.1", "3.5", "5.2(a)"), False, None),
    ("planning our team away day for the therapies lot, can i get claude to come up with an agenda and a few icebreakers",
     YES, r("5.1", "A.1", "5.2"), False, None),
    ("hi all - want to use copilot chat (the one with the green shield, signed in with nhsmail) to tidy up our draft lone working procedure. internal doc but nothing about patients or anyone's hr stuff. ok?",
     YES, r("6.1", "A.2"), False, None),
    ("can i ask chatgpt to explain how sglt2 inhibitors work? just so i understand it better, not for a specific patient",
     YES, r("8.2", "13.3", "A.1", "3.5"), False, None),
    ("doing my msc dissertation alongside work, can i use perplexity to help find and summarise published papers on frailty?",
     YES, r("13.3", "8.2", "5.1"), False, None),
    ("can i make a cartoon of hands being washed for an IPC poster using the ai image thing in canva",
     YES, r("11.1", "3.2", "9.3", "5.5"), False, None),
    ("I dictate my clinic letters with the speech recognition in the EPR - is that still allowed under the new ai policy?",
     YES, r("6.3"), False, None),
    ("can i use chatgpt on my own phone to draft an email to the team about the new parking arrangements at the hub",
     YES, r("5.3", "5.1", "2.2"), False, None),
    ("i pay for chatgpt plus myself. can i use it for work, like drafting a newsletter piece about the new cafe opening at the community hospital?",
     YES, r("5.6", "5.3", "5.1"), False, None),
    ("can ai help me reword an email i wrote to a supplier so it sounds less grumpy lol, nothing confidential in it",
     YES, r("9.2", "5.1", "3.5"), False, None),
    ("ok to use claude to write a completely made up patient scenario for a student nurse teaching session?",
     YES, r("3.5", "5.1", "A.1"), False, None),
    ("can i use grammarly's ai rewrite on my personal laptop when writing a blog post for the trust website about our volunteers week (no names)",
     YES, r("5.5", "3.2", "5.1", "5.3"), False, None),
    ("is notion ai ok for organising my own to-do list and my notes from a conference i went to? no patient stuff at all",
     YES, r("5.5", "3.2", "5.1"), False, None),
    ("I've got the normal copilot app on my personal iphone (not the nhsmail one) - can i use it to put together a generic presentation on hand hygiene?",
     YES, r("3.2", "5.3", "5.1"), False, None),
    ("is it ok to use mistral le chat to draft a generic blog post about international nurses day",
     YES, r("3.2", "5.1", "5.2"), False, None),
    # ---- conditional yeses ----------------------------------------------------------
    ("I'm on the copilot pilot and want it to summarise our teams meeting with the estates team about the boiler replacement. all internal, no patients. can i?",
     ["conditional", "allowed"], r("10.1", "6.2"), False, None),
    ("can we turn on teams transcription for our weekly ops huddle? nobody talks about individual patients in it",
     ["conditional"], r("10.1"), False, None),
    ("used chatgpt to draft most of a paper for the quality committee from published data. does it need to say that anywhere?",
     ["conditional", "info"], r("9.1", "9.2"), False, None),
    ("making an ai generated image of a smiling nurse for our recruitment poster, that fine?",
     ["conditional"], r("9.3", "11.1"), False, None),
    ("our team wants to get chatgpt to translate the generic 'how to contact the district nurses' leaflet into polish and romanian",
     ["conditional"], r("8.5"), False, None),
    ("digital services dev here - can i use chatgpt to help write a python script for the waiting list dashboard? no real data goes in",
     ["conditional"], r("8.4"), False, None),
    ("can i use chatgpt to write a general leaflet on looking after your legs after a leg ulcer heals, to give to patients?",
     ["conditional"], r("9.1", "8.1", "8.2", "5.1"), False, None),
    ("comms team asking - can we use ai to draft our social media posts for the trust accounts",
     ["conditional"], r("9.1", "5.1", "8.1"), False, None),
    ("its a free tool so do i need to do any training or anything before i start using chatgpt for work?",
     ["info", "conditional"], r("13.1", "5.2"), False, None),
    # ---- clear nos (rules worded unlike the question) -------------------------------
    ("can i paste a referral letter into chatgpt and ask it to pull out the key points for the caseload meeting",
     NO, r("5.2(a)", "3.4(a)", "A.3"), False, None),
    ("quick q, can i put Mrs Joan Pettifer's obs and meds list (dob 14/03/1941) into claude and ask if we should up her furosemide?",
     NO, r("7.1(a)", "3.7", "5.2(a)", "3.4(a)", "A.3"), False, ["Joan Pettifer", "14/03/1941"]),
    ("would it be ok to use an ai scribe app on my phone during home visits so i dont have to type my notes up after",
     NO, r("7.1(b)", "3.8", "10.4", "A.3"), False, None),
    ("my revalidation is due and i need 5 reflective accounts, can chatgpt write them for me from a few bullet points?",
     NO, r("7.1(e)"), False, None),
    ("we've had 40 applications for the band 6 post, can i get chatgpt to rank them so we know who to shortlist",
     NO, r("7.1(d)", "3.4(b)"), False, None),
    ("for the staff awards we want a short video where our chief exec's voice is done by ai reading out the winners. she's totally fine with it",
     NO, r("7.1(c)", "11.3"), False, None),
    ("could i upload a photo of a pressure sore to chatgpt to see what grade it thinks it is? no face in it",
     NO, r("11.2", "7.1(a)", "A.3"), False, None),
    ("we want to set something up that sends patients ai-written appointment reminders automatically, no one would need to check each one",
     NO, r("7.1(f)", "5.7"), False, None),
    ("can i use deepseek? its better at maths than chatgpt",
     NO, r("5.8"), False, None),
    ("chatgpt is blocked on the work wifi, can i just use a vpn or hotspot off my phone to get on it on my trust laptop",
     NO, r("7.1(g)", "5.8"), False, None),
    ("I've got the sickness absence record for someone in my team and want chatgpt to help write her return to work letter. ok if i take her name out first?",
     NO, r("3.4(b)", "3.6", "5.2(a)"), False, None),
    ("we're scoring the tender bids for the wheelchair service contract, can copilot chat help compare the bids",
     NO, r("3.4(c)", "6.1", "A.3"), False, None),
    ("can i invite otter to our call with the supplier tomorrow to take notes",
     NO, r("10.3"), False, None),
    ("want to use copilot to write up the notes of our MDT, would save so much time",
     NO, r("10.2"), False, None),
    ("is it fine to use chatgpt to tidy up the safeguarding strategy meeting minutes if i only use initials",
     NO, r("3.6", "10.2", "5.2(a)", "3.4(a)"), False, None),
    ("can i use teams transcription in a grievance hearing im chairing next week? would help with the write up",
     NO, r("10.2"), False, None),
    ("can i use chatgpt to help me work out which patients on my caseload to visit first tomorrow? i'd only put in first names and what's wrong with them",
     NO, r("7.1(a)", "3.7", "3.6", "5.2(a)"), False, None),
    ("can i use my personal chatgpt to summarise our draft project plan for the estates move? it's internal but there's nothing about patients in it",
     NO, r("A.2", "6.1", "3.5"), False, None),
    # ---- information described without keywords --------------------------------------
    ("a colleague is going through a rough divorce and it's really affecting her at work. can i get chatgpt to help me plan how to support her? i'd explain her situation to it",
     NO, r("3.4(b)", "5.2(a)"), False, None),
    ("i want chatgpt to help me write up the investigation into the fall on ward 2 before it goes to panel",
     NO, r("3.4(c)", "3.4(a)", "5.2(a)"), False, None),
    ("can claude help me draft a reply to a complaint from Sandra Okafor about her mum's pressure sores at home? her email is s.okafor77@gmail.com if that matters",
     NO, r("3.4(a)", "5.2(a)", "A.3"), False, ["Sandra Okafor", "s.okafor77@gmail.com"]),
    ("school nursing - can i get gemini to turn my notes from today's drop in about a 9 year old into a referral to childrens social care",
     NO, r("3.4(a)", "5.2(a)", "A.3"), False, None),
    ("can copilot chat help me write a capability letter for Darren Whitlow (staff no 448812) about his timekeeping?",
     NO, r("3.4(b)", "6.1", "A.3"), False, ["Darren Whitlow", "448812"]),
    ("pls can i put NHS number 943 476 5919 into chatgpt just so it formats the referral template properly",
     NO, r("5.2(a)", "3.4(a)"), False, ["943 476 5919"]),
    # ---- tool variants that need approval first --------------------------------------
    ("can i install the chatgpt chrome extension on my work laptop so it summarises web pages for me",
     ASK, r("5.4"), True, None),
    ("can we hook the team's shared mailbox up to chatgpt through the api so it drafts replies to gp queries",
     ASK, r("5.7", "5.2(a)"), True, None),
    ("i want to build a little copilot studio agent that answers staff questions about our rota policy, is that ok?",
     ASK, r("5.7"), True, None),
    ("our EPR supplier has just switched on an 'AI summary' button in the patient record. can we start using it?",
     ASK, r("12.2", "6.4"), True, None),
    ("a supplier's offered us a free 3 month trial of their ai scribe for the podiatry clinics, can we just try it?",
     ASK, r("12.3", "12.1", "7.1(b)"), True, None),
    ("could we buy a team chatgpt subscription on the purchasing card?",
     ASK, r("5.6", "12.1"), True, None),
    ("a friend at another trust uses an app called MedScribe Pro to write up her visit notes, can i use it too?",
     ASK, r("6.4", "12.1", "7.1(b)", "5.2(a)"), True, None),
    ("can I get a microsoft 365 copilot licence so it works in word and outlook? i'm not on the pilot",
     NO, r("6.2", "15.5"), False, None),
    # ---- points the policy leaves undecided ------------------------------------------
    ("one of my patients asked if they could use chatgpt to help manage their anxiety between sessions - can i recommend it?",
     OPEN, r("15.2", "15.1"), True, None),
    ("ive got an anonymised audit spreadsheet of about 300 wound care episodes (no names or nhs numbers). can i upload it to chatgpt to do the stats?",
     OPEN, r("15.3", "15.1"), True, None),
    ("comms want to make audio versions of our easy read leaflets using an ai voice, not based on anyone real. allowed?",
     OPEN, r("15.4", "15.1"), True, None),
    ("for a service evaluation can i put our de-identified caseload extract into copilot chat to look for trends",
     OPEN, r("15.3", "15.1"), True, None),
    # ---- information questions --------------------------------------------------------
    ("who do i tell if i think i accidentally pasted a patient's address into chatgpt?",
     ["info"], r("14.1", "17.1"), False, None),
    ("i think i pasted part of a care plan into gemini by mistake, should i delete the chat?",
     ["info", "not_allowed"], r("14.1"), False, None),
    ("what counts as 'protected information' in the ai policy?",
     ["info"], r("3.4", "3.4(a)", "3.4(b)", "3.4(c)"), False, None),
    ("who decides whether a new ai product can be used in the trust?",
     ["info"], r("4.4", "12.1", "17.2", "3.10"), False, None),
    ("what's the difference between anonymised and pseudonymised when it comes to using ai",
     ["info"], r("3.6"), False, None),
    ("who should i contact about ai scribes and clinical safety?",
     ["info"], r("17.4"), False, None),
    # ---- out of scope ------------------------------------------------------------------
    ("how do i book annual leave on ESR?", ["out_of_scope"], [], False, None),
    ("does anyone know if the pharmacy at eastmere community hospital is open on saturdays", ["out_of_scope"], [], False, None),
    ("what's the mileage rate for community staff this year?", ["out_of_scope"], [], False, None),
]


def clause_ids(md_path):
    ids = set()
    for line in md_path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?|[A-Z]\.\d+) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids(HERE / "originals" / F)
    out = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        case = {"id": f"ECH{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            case["pii"] = pii
        out.append(case)
    lines = [json.dumps(c, ensure_ascii=False) for c in out]
    (HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # verification
    seen = set()
    valid = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        assert set(c["verdict"]) <= valid, c
        for ref in c["clauses"]:
            f, cid = ref.split("#")
            assert f == F and cid in ids, ref
        for p in c.get("pii", []):
            assert p in c["question"], p
        if "unsure" in c["verdict"] and len(c["verdict"]) == 1:
            assert c["escalate"], c["id"]
    print("cases:", len(out), "| pii cases:", sum(1 for c in out if "pii" in c))
    print("by first verdict:", Counter(c["verdict"][0] for c in out))
    print("by verdict set:", Counter("/".join(c["verdict"]) for c in out))
    print("escalate:", sum(c["escalate"] for c in out))


if __name__ == "__main__":
    main()
