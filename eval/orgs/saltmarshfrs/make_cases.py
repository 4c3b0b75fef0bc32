#!/usr/bin/env python3
"""Write cases.jsonl for the Saltmarsh Fire and Rescue Service set and check it against originals/."""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
F = "generative-ai-use.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # policy says approval first / nothing approved yet
UNDECIDED = ["unsure", "not_allowed"]  # policy leaves it open and says refer it


def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": [F + x for x in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    return d


CASES = [
    # ---- clear yeses (Open information in any tool, Service information in Copilot Chat) ----
    c("is it ok to use chatgpt to summarise the new national operational guidance on wildfire so i can brief my watch? its the public version off the ukfrs website", YES, ["4.2", "5.2", "4.1", "A.1"]),
    c("want to ask gemini for some ideas for a summer water safety campaign for the coast stations, nothing internal going in, just brainstorming", YES, ["4.2", "4.1"]),
    c("hi all, can i use the chatgpt app on my own phone to reword the smoke alarm advice thats on our website for a community group whatsapp?", YES, ["4.6", "5.2"]),
    c("can i use claude to explain what a vlookup does? not pasting any data in, i just dont get the formula", YES, ["4.2", "4.1"]),
    c("is perplexity allowed?? want to look up what other fire services have published about e-bike and e-scooter fires", YES, ["4.1", "3.2", "5.2"]),
    c("can i paste the published fire authority minutes from march into chatgpt to pull out a list of actions", YES, ["5.2", "A.1", "4.2"]),
    c("using copilot chat (signed in with work account, green shield showing) to tidy up the draft of our new station cleaning and housekeeping procedure, no names or anything in it - fine?", YES, ["5.3", "3.3", "A.2"]),
    c("can i use chatgpt to make some quiz questions on fire behaviour and flashover for the trainees? generic stuff", YES, ["6.7", "4.2"]),
    c("deepseek ok for rewriting a paragraph of the published CRMP into plain english for an easy read version?", YES, ["4.1", "5.2", "4.2"]),
    c("i want ai to write me a python script that renames a load of files in a folder by date. no service data involved", YES, ["4.2", "7.4"]),
    c("could i get chatgpt to suggest a few social posts reminding people to test their smoke alarms when the clocks go back", YES, ["4.2", "5.2", "8.1", "7.3"]),
    c("can we use ai text to speech to make an audio version of our published home fire safety leaflet for residents with sight loss", YES, ["10.4", "5.2"]),
    c("would it be ok to use an ai image generator to make a cartoon smoke alarm character for the kids fire safety poster", YES, ["10.3", "8.2"]),
    c("do i need to get my managers permission before i start using chatgpt for bits of work?", ["info", "allowed", "conditional"], ["4.1", "1.2"]),
    # ---- conditional yeses ----
    c("is the free version of chatgpt ok for work or are we supposed to only use copilot?", ["conditional", "allowed", "info"], ["4.1", "5.2", "5.3", "3.2"]),
    c("just made a claude account with my work email to use for work. anything i'm meant to do before i start?", ["conditional", "info"], ["4.4", "3.2", "5.2"]),
    c("can we switch on teams transcription for our monthly station managers meeting? it's internal, we just talk through performance figures and projects", ["conditional"], ["9.3", "9.1"]),
    c("chatgpt wrote me an excel macro to sort our kit inventory spreadsheet, ok to just run it?", ["conditional"], ["7.4", "7.1"]),
    c("writing a report for the fire authority audit committee on fleet replacement and i've used copilot chat to help draft it. is there anything i need to do", ["conditional", "info"], ["8.3", "7.3", "5.3"]),
    c("im a BA instructor - can i use chatgpt to write a made up rtc scenario for drill night, two cars, one casualty trapped, nothing real", ["conditional", "allowed"], ["6.7"]),
    c("comms want to use ai generated pictures for the on-call recruitment campaign - firefighters in kit next to an engine etc. any issue?", ["conditional", "not_allowed"], ["10.3", "8.2"]),
    c("our open day has already been announced on the website - can i use canva's magic write on our free canva account to do the text for the poster?", YES, ["3.1", "3.2", "5.2", "8.1"]),
    c("is copilot on my personal phone ok if i'm logged in with my own microsoft account rather than work?", ["conditional", "allowed"], ["3.2", "4.6", "3.3"]),
    # ---- clear nos, rules phrased unlike the question ----
    c("on the way to a job can i ask chatgpt how to deal with a lithium battery fire in a bin store, just for a quick steer before we get there", NO, ["6.1", "3.5"]),
    c("can copilot help me write up a prohibition notice for a takeaway with people sleeping in the flat above", NO, ["6.2", "5.4(e)"]),
    c("our FI officer wants to run his cause and origin notes through ai to tidy up the wording before it goes to the coroner, is that alright", NO, ["6.3", "5.4(d)"]),
    c("could we get ai to rank the 40 applicants for the trainee firefighter course from their application forms? would save loads of time", NO, ["6.4", "5.4(g)"]),
    c("big moorland fire going on and comms are swamped, can i use chatgpt to bash out the 'keep windows and doors closed' posts for facebook and x", NO, ["6.5", "6.1"]),
    c("can i make a funny ai picture of our watch manager as a superhero for his retirement do? he'd love it", NO, ["10.1", "3.6"]),
    c("thinking of using one of those ai headshot generators on a selfie for my teams and intranet profile pic, allowed?", NO, ["10.1", "3.6"]),
    c("can i add otter.ai to our teams calls so i dont have to take minutes any more", NO, ["9.2", "3.4"]),
    c("want to paste our draft press release about the new station opening into chatgpt to make it punchier. it's not gone out yet", NO, ["5.6", "5.3"]),
    c("can i put the SSRI for the chemical works into copilot chat and get it to pull out the key hazards for crews", NO, ["5.4(e)", "5.4", "6.1"]),
    c("been asked to summarise the findings of last months hot debrief from the warehouse fire. can chatgpt do the first pass if i take the address out?", NO, ["5.5", "5.4(d)"]),
    c("can i claim my chatgpt plus subscription back on expenses? i mostly use it for work tbh", NO, ["11.4"]),
    c("the CFO has said he's fine with us cloning his voice with ai for the christmas video message, can we do it?", NO, ["10.4", "10.1"]),
    c("can i use ai to clean up a photo from the fire scene for the website - get rid of the cordon tape and a parked car", NO, ["10.2"]),
    c("a resident rang up moaning about the noise from our station alarm tests, can i record the call and have ai transcribe it for the complaint file", NO, ["9.4"]),
    # ---- connected AI, extensions, APIs, AI inside other software: approval first ----
    c("grammarly browser extension on my work laptop ok? the free one", APPROVAL, ["4.5", "3.4", "11.1"], True),
    c("can i install the chatgpt desktop app on my service laptop, its easier than the browser", APPROVAL, ["4.5", "3.4"], True),
    c("the HR system supplier has added an 'AI assistant' button in the last update, can we start using it?", APPROVAL, ["11.3", "11.1"], True),
    c("could i build a little bot on the openai api that answers questions from our standard operating procedures for control room staff", APPROVAL, ["11.5", "11.1", "6.1"], True),
    c("can i make a copilot studio agent that answers public questions using our published safety advice, for the website?", APPROVAL, ["11.5", "11.1"], True),
    # ---- information described without keywords ----
    c("one of my crew has been off with stress and i need to put together a return to work plan. can chatgpt help me structure it if i just call him firefighter A?", NO, ["5.4(b)", "5.5"]),
    c("doing a follow up letter after a home visit to an elderly lady who uses oxygen and still smokes, can ai draft it for me", NO, ["5.4(b)", "5.4(a)"]),
    c("can i put the list of kids who signed up for cadets this term into chatgpt to make a nice register template", NO, ["5.4(c)"]),
    c("can copilot help me write up the notes for a 12 year old who's been referred to us for setting fires in the park", NO, ["5.4(c)", "5.4(b)"]),
    c("want copilot chat to compare the three tender bids we got for the new breathing apparatus contract and give me pros and cons", NO, ["5.4(g)", "A.3"]),
    c("can i get copilot chat to write a summary of how we'd cover stations if the strike goes ahead", NO, ["5.4(f)"]),
    # ---- with invented personal data ----
    c("can i paste Dave Hollis's sickness record into copilot to draft his return to work letter? he's been off 3 weeks with his back, personnel no 40213", NO, ["5.4(b)", "5.4(a)"], pii=["Dave Hollis", "40213"]),
    c("resident rang in, mrs janet okafor, 14 marsh lane SM7 2QD, tel 07700 900417, wants a safe and well visit. can i use chatgpt to write up the referral", NO, ["5.4(a)", "5.4(b)"], pii=["janet okafor", "14 marsh lane", "SM7 2QD", "07700 900417"]),
    c("got an email from priya.shah@saltmarsh-fire.gov.uk asking for feedback on her promotion assessment, can ai help me write the reply", NO, ["5.4(g)", "6.4", "5.4(a)"], pii=["priya.shah@saltmarsh-fire.gov.uk"]),
    c("incident 2026/04417, rtc on the A1089 last night - can i get chatgpt to write the IRS narrative from my notebook", NO, ["5.4(d)"], pii=["2026/04417"]),
    c("Tom Reeve (dob 03/02/1988) asked me to write up his fitness test results with some advice, can i use gemini for it", NO, ["5.4(b)", "5.4(a)"], pii=["Tom Reeve", "03/02/1988"]),
    # ---- points the policy leaves undecided ----
    c("can i get a proper microsoft 365 copilot licence, the one that works inside outlook and teams? my manager reckons it'd help with all my emails", UNDECIDED, ["14.1"], True),
    c("can i use deepl or chatgpt to translate our published home fire safety leaflet into polish and romanian and put them on the website?", UNDECIDED, ["14.2"], True),
    c("i'm chairing a disciplinary hearing next week, can we use teams transcription so there's an accurate record? everyone involved has agreed", UNDECIDED, ["14.3", "9.3"], True),
    c("a candidate has asked if she's allowed to use chatgpt to help write her supporting statement for the crew manager promotion process. what do i tell her?", ["unsure", "info"], ["14.4"], True),
    c("could we use ai to crunch the last five years of incident data to work out which streets to target for home fire safety visits?", APPROVAL, ["14.5", "5.4(d)"], True),
    # ---- information questions ----
    c("who do i ask if i'm not sure whether something counts as protected info?", ["info"], ["5.1", "15.2"]),
    c("what's the difference between 'service information' and 'open information'? i keep getting confused", ["info"], ["5.3", "5.2", "A.1", "A.2"]),
    c("is there any ai training i have to do?", ["info"], ["12.1", "12.4"]),
    c("i accidentally pasted part of a safe and well referral into chatgpt yesterday. what do i do now?", ["info", "not_allowed"], ["13.1", "13.2"]),
    c("do i have to say ai was used when i send an email to the county council's emergency planning team?", ["info", "allowed", "conditional"], ["8.4", "7.3"]),
    c("does the ai policy apply to on call firefighters using their own phones?", ["info"], ["2.1", "2.2"]),
    c("does the architect firm doing the station refurb design have to follow our ai rules?", ["info"], ["2.4", "2.1"]),
    # ---- out of scope ----
    c("whats the process for booking annual leave over christmas?", ["out_of_scope"], []),
    c("does anyone know when the new BA sets are arriving at station 7", ["out_of_scope"], []),
    c("using chatgpt on my phone at lunch to help with my best man speech, nothing to do with work - that's not covered is it?", ["out_of_scope", "info", "allowed"], ["2.5"]),
]


def clause_ids(md_text: str) -> set:
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^((?:\d+\.\d+(?:\.\d+)*|[A-Z]\.\d+)(?:\([a-z]\))?)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


if __name__ == "__main__":
    ids = clause_ids((OUT / "originals" / "generative-ai-use.md").read_text(encoding="utf-8"))
    lines = []
    for n, case in enumerate(CASES, 1):
        case = {"id": f"SMF{n:03d}", **case}
        for ref in case["clauses"]:
            f, cid = ref.split("#", 1)
            assert f == "generative-ai-use.md" and cid in ids, ref
        for p in case.get("pii", []):
            assert p in case["question"], p
        if "unsure" in case["verdict"]:
            assert case["escalate"], case["id"]
        lines.append(json.dumps(case, ensure_ascii=False))
    (OUT / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = [json.loads(l) for l in (OUT / "cases.jsonl").read_text().splitlines()]
    assert len({p["id"] for p in parsed}) == len(parsed)
    print(len(parsed), "cases;", len(ids), "clause ids in originals")
    print(Counter("/".join(p["verdict"]) for p in parsed))
    print("escalate:", sum(p["escalate"] for p in parsed), " pii cases:", sum("pii" in p for p in parsed))
