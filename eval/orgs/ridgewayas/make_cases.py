#!/usr/bin/env python3
"""Write cases.jsonl for the Ridgeway Ambulance Service set and check it.

Checks: every line parses, ids unique, every cited clause exists in originals/ (clause ids are
read from the typed numbers, following the contract's rules), pii strings are substrings of the
question, unsure cases escalate, 60-70 cases, at least 12 clear yeses.
"""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
DOC = "genai-acceptable-use-policy.txt"


def c(*ids):
    return [f"{DOC}#{i}" for i in ids]


A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES = [A, C]
NEEDS_APPROVAL = [N, U]

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses -------------------------------------------------------
    ("can i use copilot chat to tidy up the wording of the new station deep-clean SOP before it goes to the ops managers? no names or anything in it",
     YES, c("5.2", "6.6", "3.7"), False, None),
    ("is the knowledge assistant thing on the intranet ok to use for checking what our uniform and PPE policy actually says?",
     YES, c("5.4"), False, None),
    ("BI dev here - fine to use github copilot in vs code to help write unit tests for the rota dashboard? test data is all made up",
     YES, c("5.5"), False, None),
    ("can i ask copilot chat to explain the difference between a DPIA and a privacy notice? just for my own understanding, prepping for a course",
     YES, c("5.2", "6.7", "3.8"), False, None),
    ("want to make our paramedic job advert sound a bit less dry - it's already live on NHS Jobs. ok to stick it in the free chatgpt (not logged in with work stuff)?",
     YES, c("5.9", "6.7"), False, None),
    ("is it ok to get copilot to summarise NHS England's published urgent and emergency care plan into a one pager for our team brief",
     YES, c("5.2", "6.7", "3.8"), False, None),
    ("I've got the paid m365 copilot licence - can I get it to summarise the massive email chain about moving the fleet workshop? purely ops/estates stuff",
     YES, c("5.3", "6.6"), False, None),
    ("Can I use copilot to turn my bullet points into a first draft of the internal green plan newsletter for staff",
     YES, c("5.2", "6.6"), False, None),
    ("teaching session for student paramedics next week - can I get copilot to invent a few completely fictional patient scenarios (chest pain, fall etc) for them to work through?",
     YES, c("6.9"), False, None),
    ("I only used copilot to fix spelling and grammar in my board paper, do I have to put anything about AI on the cover sheet?",
     [A, I], c("9.2", "9.3"), False, None),
    ("OH sorted me a dictation/writing support tool as a reasonable adjustment (dyslexia), it's got an AI rewrite button. am i ok to use it for my work emails?",
     YES, c("5.7"), False, None),
    ("can copilot in excel help me build a formula for average on-scene times? the sheet only has the monthly totals per sector, no patient level rows. i have a licence",
     YES, c("5.3", "6.6", "3.7"), False, None),
    ("Need to email all staff about the new car park permit arrangements at HQ. Can I use copilot chat to write the first version?",
     YES, c("5.2", "6.6"), False, None),
    ("im a licensed copilot user in the resilience team - can it help me update the EOC business continuity plan? I work on it anyway",
     YES, c("6.5", "5.3"), False, None),
    # ---- conditional yeses ---------------------------------------------------
    ("comms team - can we knock up an illustration for the winter 'choose the right service' campaign in firefly? it'd go on social media",
     [C, A], c("5.6", "11.4", "9.1", "11.3"), False, None),
    ("dev team wants to try azure openai in the dev tenancy with dummy data only to see if it could work for the knowledge base - allowed?",
     [C, A], c("12.3"), False, None),
    ("we want to translate our published 'what happens when you call 999' leaflet into Polish - can copilot do it?",
     [C], c("10.7"), False, None),
    ("can I use copilot chat on my own phone? I've got the outlook and teams apps from the company portal and I'm signed in with my nhs account",
     [C, A], c("12.6"), False, None),
    ("EOC managers meeting tomorrow, can i turn on the copilot recap/transcript so nobody has to take minutes?",
     [C], c("10.1"), False, None),
    ("going to a partnership meeting the county council is hosting and they've got some AI notetaker bot in the teams call. am I allowed to still join?",
     [C], c("10.3"), False, None),
    ("on scene with a cardiac arrest, family only speak romanian and the interpreter line isn't connecting. can i use google translate on the work ipad to talk to them??",
     [C], c("10.6"), False, None),
    ("can i get copilot to check the plain english in a complaint response I've written myself? would strip the patient details out first",
     [C], c("7.7"), False, None),
    ("with my copilot licence, can i get it to summarise my team's training compliance spreadsheet (names + which mandatory modules are overdue) so i can chase people?",
     [C, A], c("5.3", "6.4"), False, None),
    ("I'm one of the enrolled crews at Kennet for the ePCR scribe. anything I need to do when using it on a job?",
     [C], c("5.8(a)", "7.3"), False, None),
    ("can i make some AI pictures of a generic paramedic (not a real person) for an internal training powerpoint? using copilot",
     [C, A], c("11.4", "11.3"), False, None),
    ("Could I use copilot to write the first draft of the press release for the new Didcot hub opening?",
     [C], c("8.3", "9.1", "5.2"), False, None),
    ("used copilot to draft the exec summary of my quality committee paper. anything i need to do before it goes in the pack?",
     [C, I], c("9.3", "8.1"), False, None),
    # ---- clear nos -----------------------------------------------------------
    ("quick one from EOC - when pathways gives a weird outcome can i just ask copilot what category the call should really be? as a sanity check",
     [N], c("7.2"), False, None),
    ("is it ok to paste my ePCR narrative into chatgpt to make it read better? i'd take out the name and nhs number first",
     [N], c("6.2", "3.4", "7.3", "5.9"), False, None),
    ("can I paste the write-up from the job at SN3 4RT (Margaret Holloway, dob 03/02/1941, fall with long lie) into chatgpt to tidy it up for the handover",
     [N], c("6.2", "3.4", "7.3"), False, ["SN3 4RT", "Margaret Holloway", "03/02/1941"]),
    ("can AI work out a paediatric paracetamol dose for me quickly on scene? faster than looking it up",
     [N], c("7.4"), False, None),
    ("recruiting 6 EMAs and we've had 240 applications. can copilot rank them against the person spec so we only read the top 30?",
     [N], c("7.5"), False, None),
    ("can copilot go through my team's absence and tell me if Darren Pike and Aisha Kaur are always off on mondays? want to have a word",
     [N], c("7.6", "6.4", "7.5"), False, ["Darren Pike", "Aisha Kaur"]),
    ("can i take a photo of a patient's rash on my phone and ask gemini what it could be",
     [N], c("11.1", "6.2", "7.4"), False, None),
    ("the CAD has a new 'summarise call' button since the last upgrade, can i use it on my calls? would save loads of typing",
     [N], c("5.8(b)", "12.2"), False, None),
    ("is otter ok for transcribing our station team huddles? it's free and it's just internal",
     [N], c("5.10", "10.3"), False, None),
    ("can I use deepseek to write a generic out of office template? no data going in at all",
     [N], c("5.10"), False, None),
    ("can i install one of those chrome extensions that summarises web pages with AI on my work laptop",
     [N], c("5.10"), False, None),
    ("111 clinician - the new CAS build has 'suggested advice' text that pops up. it's actually really good, can i read it out to callers?",
     [N], c("5.8(c)"), False, None),
    ("can we switch on teams transcription for the disciplinary hearing next week? the note taker is off sick",
     [N], c("10.2"), False, None),
    ("I pay for chatgpt plus myself. can i upload the major incident plan so it can make a summary for new managers? it's better than copilot",
     [N], c("6.5", "5.9", "3.6"), False, None),
    ("safeguarding referral for Chloe Brennan (14) - could copilot help me word it better? i'd leave her name out of it",
     [N], c("6.3"), False, ["Chloe Brennan"]),
    ("using claude to debug a SQL query - it's got the connection string and a sample of live incident rows in it, is that ok if i delete the chat after?",
     [N], c("5.5", "6.5", "6.2", "5.9"), False, None),
    ("can i put the bid scores from the PTS tender into copilot chat (the free one with the shield, no licence) to draft the evaluation summary?",
     [N], c("6.5", "5.2", "3.6"), False, None),
    ("can i record the conversation with my patient on my phone and use an app to write up my notes after the job? my handwriting is awful",
     [N], c("10.5", "6.2"), False, None),
    ("can I use chatgpt plus to draft our internal falls procedure? it's not patient info, just an unpublished draft",
     [N], c("5.9", "6.6"), False, None),
    ("can copilot chat help me write a message to the team about the awful RTC on the A420 on tuesday night where the young lad died? I won't name him",
     [N], c("3.4", "6.2", "5.2"), False, None),
    ("for Jim's leaving do can we use AI to make a video of the chief exec saying a personal goodbye to him in her voice? bit of fun",
     [N, C], c("11.2", "7.9"), False, None),
    ("can I use AI to write my statement for the coroner about a job I attended last month?",
     [N], c("7.7", "6.3"), False, None),
    # ---- needs approval / tools never mentioned -------------------------------
    ("I signed up to an AI slide maker (gamma) with my nhs.net email, that's fine as long as no patient data goes in right?",
     NEEDS_APPROVAL, c("7.8", "5.1", "12.1"), True, None),
    ("chatgpt enterprise is approved isn't it? my old trust had it",
     NEEDS_APPROVAL, c("5.9", "5.1", "12.4"), True, None),
    ("can I build a little copilot studio bot that answers station questions about vehicle kit checks?",
     NEEDS_APPROVAL, c("12.3"), True, None),
    ("I'd like to put a perplexity pro subscription for the team on my purchasing card, who signs that off?",
     NEEDS_APPROVAL + [I], c("12.4"), True, None),
    ("QI project idea: feed a month of 999 call recordings into an AI transcription tool to pull out common themes. ok?",
     NEEDS_APPROVAL, c("10.4", "12.5"), True, None),
    ("GPs round here all use Heidi for their notes - could our urgent care practitioners start using it on home visits?",
     NEEDS_APPROVAL, c("5.1", "12.1", "10.5"), True, None),
    ("can I use grammarly on my work laptop to check my emails? it has AI now",
     NEEDS_APPROVAL, c("5.1", "12.1"), True, None),
    ("GRS rostering got an update and now there's an 'AI assistant' button to fill shift gaps. can i use it?",
     NEEDS_APPROVAL, c("12.2", "12.1"), True, None),
    # ---- undecided in the policy ---------------------------------------------
    ("can i use copilot to help me write up a reflective piece for my HCPC CPD portfolio? there's no patient details in it",
     [U], c("15.2"), True, None),
    ("samsung galaxy AI keeps summarising my work emails in the notifications on my own phone (outlook's on it). is that allowed?",
     [U], c("15.4"), True, None),
    ("we'd like to use copilot with anonymised summaries of real 999 calls to write realistic training scripts for new call handlers. any issue?",
     [U, N], c("15.3", "10.4"), True, None),
    ("when do PTS crews get the ePCR scribe? can we just start using it on our transport runs, the tablets have it",
     [U, N], c("15.5", "5.8(a)"), True, None),
    ("I'm a unison rep - can I use copilot to help prepare for a member's grievance hearing?",
     [U, N], c("15.6"), True, None),
    # ---- info questions ------------------------------------------------------
    ("who do I ask about getting a new AI tool approved?",
     [I], c("16.1", "12.1"), False, None),
    ("what counts as patient confidential info in the AI policy? if there's no name is it still PCI?",
     [I], c("3.4"), False, None),
    ("what do they mean by sensitive operational information? would HART deployment stuff be in it?",
     [I], c("3.6"), False, None),
    ("help - I think I pasted a patient's NHS number 943 476 5919 into chatgpt by mistake earlier, what do I do now?",
     [I, N], c("14.1", "14.2"), False, ["943 476 5919"]),
    ("where's the genai e-learning and how often do I have to redo it?",
     [I], c("13.1"), False, None),
    # ---- out of scope --------------------------------------------------------
    ("how do i request annual leave over christmas in ESR?",
     [O], [], False, None),
    ("anyone know if the canteen at the Swindon hub is open at weekends?",
     [O], [], False, None),
    ("what's the process for reporting a defect on a PTS vehicle tail lift?",
     [O], [], False, None),
]


def clause_ids(path: Path) -> set:
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^((?:\d+(?:\.\d+)*(?:\([a-z]\))?)|[A-Z]\.\d+)\.?\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main() -> None:
    known = {f"{DOC}#{i}" for i in clause_ids(OUT / "originals" / DOC)}
    rows = []
    for n, (q, verdicts, clauses, esc, pii) in enumerate(CASES, 1):
        row = {"id": f"RWA{n:03d}", "question": q, "verdict": verdicts, "clauses": clauses, "escalate": esc}
        if pii:
            row["pii"] = pii
        rows.append(row)
    # checks
    assert 60 <= len(rows) <= 70, len(rows)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        for ref in r["clauses"]:
            assert ref in known, (r["id"], ref)
        for p in r.get("pii", []):
            assert p in r["question"], (r["id"], p)
        if U in r["verdict"] and r["verdict"] == [U]:
            assert r["escalate"], r["id"]
        assert set(r["verdict"]) <= {A, C, N, U, I, O}
    assert 3 <= sum(1 for r in rows if "pii" in r) <= 6
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read to prove every line parses
    back = [json.loads(x) for x in (OUT / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(rows)
    first = Counter(r["verdict"][0] for r in back)
    combos = Counter("/".join(r["verdict"]) for r in back)
    print(f"{len(back)} cases; first-listed verdicts: {dict(first)}")
    print("verdict sets:", dict(combos))
    print("escalate:", sum(r["escalate"] for r in back), " pii cases:", sum("pii" in r for r in back))


if __name__ == "__main__":
    main()
