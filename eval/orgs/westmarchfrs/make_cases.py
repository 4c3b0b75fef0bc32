#!/usr/bin/env python3
"""Writes cases.jsonl for the Westmarch FRS set and checks it against originals/.
Run after build_policy.py:  python make_cases.py"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = "wfrs-generative-ai-policy.md"
PREFIX = "r13d"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["unsure", "not_allowed"]
UNSURE = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]


def c(*ids):
    return [f"{P}#{i}" for i in ids]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses (allowed or conditional: the AI Passport precondition applies to all use)
    ("can i use copilot chat to tidy up the wording of my bit for the station newsletter about our charity car wash?",
     YES, c("6.2", "7.1(a)", "7.1"), False, None),
    ("is it ok to ask copilot to summarise the new NFCC guidance on high rise? its the public one off their website",
     YES, c("6.2", "7.1(a)", "7.1"), False, None),
    ("need an excel formula to work out average turnout times per appliance from my spreadsheet, its just call times and callsigns no names or addresses. can copilot help with that",
     YES, c("6.2", "7.1(b)", "7.1"), False, None),
    ("can i use the free chatgpt to explain how lithium ion batteries go into thermal runaway? just for my own understanding before i do a talk at a school",
     YES, c("6.2", "3.3", "6.3"), False, None),
    ("hi, can i get copilot to knock up a first draft of our new driving at work procedure? internal doc, nothing personal in it",
     YES, c("6.2", "7.1(b)", "7.1"), False, None),
    ("comms team here - ok to use firefly to make a background graphic for the bonfire night safety campaign? no people in it just fireworks",
     YES, c("6.2", "13.1"), False, None),
    ("can i use copilot in outlook to help write an email to my watch about the new rota pattern? it'll have their names in it obviously",
     YES, c("7.5", "6.2"), False, None),
    ("would it be alright to get copilot to come up with some quiz questions for the trainee firefighters session on BA entry control procedures",
     YES, c("6.2", "7.1(b)"), False, None),
    ("im in ict dev - fine to use github copilot to help refactor the kit check app code?",
     YES, c("6.2"), False, None),
    ("can copilot chat help me write a general script for crews doing home fire safety visits, like what to say about testing smoke alarms? no resident info at all",
     YES, c("8.5", "6.2"), False, None),
    ("can i ask copilot chat to rewrite the SSRI completion guidance notes in plain english? its the generic how-to-fill-in-the-form guidance, not any actual premises",
     YES, c("8.1", "6.2"), False, None),
    ("can I use copilot chat to make a picture for my internal training slides on manual handling",
     YES, c("13.1", "6.2"), False, None),
    ("want copilot to turn our yearly home fire safety visit totals per station into a chart for the prevention board. no names, all the numbers are in the hundreds",
     YES, c("7.4", "7.1(b)", "8.5"), False, None),
    ("is gemini ok for brainstorming ideas for a stall at the station open day?",
     YES, c("6.2", "3.3", "6.3"), False, None),
    ("our draft budget figures for next year havent gone to the authority yet - can i put them in copilot chat to make a summary table?",
     YES, c("7.1(b)", "6.2", "7.1"), False, None),
    ("can copilot summarise a massive email thread about the station refurb project for me? i've got the licensed copilot in outlook",
     YES, c("6.2", "7.1(b)"), False, None),
    ("can i use teams transcription and the copilot recap for our monthly station managers meeting? all internal stuff",
     ["conditional", "allowed"], c("12.1", "6.2"), False, None),
    # ---- conditional yeses
    ("going to use copilot to help draft a report to the fire authority audit committee on fleet replacement. anything i need to do?",
     ["conditional", "info"], c("11.5", "10.3"), False, None),
    ("can i use deepl to translate our home escape plan leaflet into arabic for the website",
     ["conditional"], c("11.4", "6.2"), False, None),
    ("we want to put out a summer wildfire safety post on socials where most of the text was written by copilot, is that ok or do we need sign off?",
     ["conditional"], c("11.1", "10.3"), False, None),
    ("can i use copilot chat on my own phone when im on call? would be handy for emails",
     ["conditional", "allowed"], c("6.9"), False, None),
    ("is copilot in the edge sidebar the same as copilot chat? can i use it to summarise intranet pages",
     ["conditional", "allowed", "info"], c("6.4", "6.2"), False, None),
    ("started yesterday as a control operator, can i just start using copilot chat for drafting emails or is there something i need to do first",
     ["conditional", "info"], c("5.1", "5.2", "5.3"), False, None),
    ("if i draft a letter to a business owner with copilot and check it myself, does it need an 'AI generated' label on it?",
     ["info", "conditional", "allowed"], c("11.3"), False, None),
    # ---- clear nos, phrased unlike the rule
    ("crew manager here, house fire yesterday and i need to write the cause section. can i put my scene notes into copilot and ask it what the most likely ignition source was",
     NO, c("8.2"), False, None),
    ("can copilot help me word the referral to childrens services about the kids at 27 Furnace Lane, WM7 2HB? just want it to sound professional",
     NO, c("8.3", "7.2"), False, ["27 Furnace Lane", "WM7 2HB"]),
    ("at a job last week there was a tanker with a hazchem placard - could we have just taken a photo and asked chatgpt what the chemical was and how to tackle it?",
     NO, c("8.6"), False, None),
    ("can i get chatgpt to score and rank the 60 applications for the on-call vacancies so i only have to read the top 20",
     NO, c("9.1"), False, None),
    ("control room q - can we run the 999 call recordings through an ai transcriber to speed up writing up the incident logs",
     NO, c("8.4", "12.4"), False, None),
    ("can copilot write up the prohibition notice for the takeaway with the padlocked fire exit? i'll check it over before it goes",
     NO, c("9.3"), False, None),
    ("thinking of using a face swap ai app to make a funny birthday video of our group manager for the station do, any issue?",
     NO, c("13.2", "6.6"), False, None),
    ("can i use ai to brighten and sharpen a few of the photos from the warehouse fire so the damage shows up better in the report",
     NO, c("13.3", "8.2"), False, None),
    ("can i paste the site risk info for the chemical works on the industrial estate into copilot to make a one page crew briefing",
     NO, c("8.1", "7.1(c)"), False, None),
    ("for the grievance hearing on thursday can we switch on the teams transcript and copilot recap so no one has to take notes",
     NO, c("12.2"), False, None),
    ("someone joined our partnership meeting with an otter.ai notetaker. is that allowed?",
     NO, c("12.3"), False, None),
    ("is it ok to use deepseek for brainstorming if i dont put anything sensitive in",
     NO, c("6.2"), False, None),
    ("comms idea - an ai generated image of a burnt out living room with a casualty for the christmas fairy lights campaign, looks more real than stock photos",
     NO, c("13.4", "13.2"), False, None),
    ("i haven't done the ai e-learning yet, can i use copilot for a quick draft today and do the module next week?",
     NO, c("5.3", "5.1"), False, None),
    ("can i sign up for chatgpt with my westmarchfire email so i can use it for work bits",
     NO, c("6.3"), False, None),
    ("can we put an ai chatbot on our facebook page to answer people asking about free smoke alarms? would save the team loads of time",
     APPROVAL, c("9.5"), True, None),
    # ---- tool variants
    ("i pay for chatgpt plus myself and turned off training - can i upload our draft station plan (not published yet) to get feedback on it?",
     NO, c("6.3", "6.2", "7.1(b)"), False, None),
    ("is the grammarly chrome extension ok to use on my work laptop for emails?",
     NO, c("6.5"), False, None),
    ("adobe acrobat has a new 'AI assistant' button - can i use it to summarise a 90 page building regs consultation pdf?",
     APPROVAL, c("6.7"), True, None),
    ("can i use the openai api in a python script on my work laptop to auto-categorise incident types in a spreadsheet? im in the performance team",
     APPROVAL, c("6.8", "14.2"), True, None),
    ("the copilot app on my personal iphone is signed into my hotmail. can i use it to draft replies about our internal restructure?",
     NO, c("6.4", "6.9"), False, None),
    ("can i build a custom GPT in chatgpt and load it with our SOPs so crews can ask it questions on the go",
     NO, c("6.3"), False, None),
    ("whatsapp has meta ai built in now - can our watch use it in the station group chat to sort out the cover list",
     APPROVAL, c("6.6", "6.7"), True, None),
    # ---- information described without keywords
    ("firefighter Dan Okafor told me he's just been diagnosed with type 1 diabetes - can copilot help me plan adjustments to his shift duties?",
     NO, c("7.1(c)", "7.5", "7.2"), False, ["Dan Okafor"]),
    ("did a visit to an older lady who lives on her own, on oxygen and still smokes - can i get copilot to write my visit notes up nicely for the referral to the council? she's Eileen Prosser, dob 03/02/1941",
     NO, c("8.5", "8.3", "7.2"), False, ["Eileen Prosser", "03/02/1941"]),
    ("we've got the three suppliers' bids for the new BA set contract - can copilot compare them and tell me which is best value",
     NO, c("7.1(c)", "7.2"), False, None),
    ("can i put the list of station door entry codes and the alarm setup into copilot to make a tidy table for the new admin?",
     NO, c("7.1(c)", "9.4"), False, None),
    ("writing up the learning from the debrief of the fatal fire on the estate in march - can copilot help me condense it?",
     NO, c("8.7", "7.3"), False, None),
    ("i've got ward level numbers of accidental dwelling fires, some wards only have 2 or 3. can copilot turn it into a chart for the community risk plan?",
     NO, c("7.4"), False, None),
    ("a resident rang to complain about the crew parking - can i give chatgpt his details (John Fairbairn, 07700 900461) and the complaint to draft a reply?",
     NO, c("7.2", "6.2", "7.1(c)"), False, ["John Fairbairn", "07700 900461"]),
    # ---- tools the policy never mentions
    ("can i use canva's magic design for the open day poster?",
     APPROVAL, c("6.6"), True, None),
    ("is perplexity ok for researching fire door regs? thinking of using it instead of google",
     APPROVAL, c("6.6"), True, None),
    ("can i use midjourney to make images for the recruitment campaign",
     APPROVAL, c("6.6", "13.1"), True, None),
    # ---- new use case needing a DPIA
    ("our team wants to start using copilot every month to summarise the complaints we get about fire safety inspections, they have the complainants names in. ok?",
     APPROVAL, c("5.4", "5.5", "7.2"), True, None),
    # ---- undecided / needs governance
    ("doing a home fire safety visit tomorrow with a resident who only speaks romanian, can i use google translate conversation mode on my phone to talk to her?",
     UNSURE, c("17.2"), True, None),
    ("can i build a copilot studio agent for the prevention team to answer questions about how we book safe and well visits?",
     APPROVAL, c("17.1"), True, None),
    ("can we use copilot recap for the fire authority's public resources committee next week?",
     UNSURE, c("17.3"), True, None),
    ("can copilot help me draft the response to an FOI request about how much we spent on fleet?",
     UNSURE, c("17.4"), True, None),
    ("someone suggested an ai voice generator for the voiceover on our new safety video - is that ok?",
     APPROVAL, c("13.5"), True, None),
    # ---- info
    ("who do i talk to about doing a DPIA for a new ai thing we want to try?",
     INFO, c("18.2", "5.5"), False, None),
    ("what counts as risk intelligence?",
     INFO, c("3.5"), False, None),
    ("help - i pasted a resident's name and address (Doreen Blackwood, 14 Tanner Row) into chatgpt by mistake. what do i do now?",
     INFO, c("16.1"), False, ["Doreen Blackwood", "14 Tanner Row"]),
    ("whats an AI passport and how do i get one",
     INFO, c("3.4", "5.3", "5.1"), False, None),
    # ---- out of scope
    ("how do i swap a shift with someone on the rota system?",
     OOS, [], False, None),
    ("when's the next BA refresher course at the training centre?",
     OOS, [], False, None),
    ("whats the process for claiming mileage for the community safety event last weekend",
     OOS, [], False, None),
]


def clause_ids(md_text):
    """Clause ids per the contract: numbered headings and paragraphs starting with a number."""
    ids = set()
    for line in md_text.splitlines():
        s = line.strip()
        if s.startswith("|"):
            continue  # table rows never start a clause
        m = re.match(r"^#{1,6}\s+(\d+)\.?\s", s)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?)\.?\s", s)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    orig = HERE / "originals" / P
    ids = clause_ids(orig.read_text(encoding="utf-8"))
    out = []
    seen = set()
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        cid = f"{PREFIX}{n:03d}"
        assert cid not in seen
        seen.add(cid)
        for ref in cl:
            f, _, cidn = ref.partition("#")
            assert (HERE / "originals" / f).exists(), ref
            assert cidn in ids, f"{cid}: missing clause {ref}"
        if "unsure" in v:
            assert esc, cid
        obj = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (cid, s)
            obj["pii"] = pii
        out.append(obj)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and check
    lines = (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(x) for x in lines]
    assert len({p["id"] for p in parsed}) == len(parsed)
    print(len(parsed), "cases")
    print("by verdict set:", Counter(tuple(p["verdict"]) for p in parsed))
    print("escalate:", sum(p["escalate"] for p in parsed), "pii cases:", sum("pii" in p for p in parsed))
    print("clause ids in policy:", len(ids))


if __name__ == "__main__":
    main()
