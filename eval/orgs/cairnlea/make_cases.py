"""Write cases.jsonl for the Cairnlea Homes evaluation set and check it against originals/.

Run: python3 make_cases.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
F = "cairnlea-genai-policy.md"
YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
NEEDS = ["not_allowed", "unsure"]   # needs approval / tool not in the Tools Table
OPEN = ["unsure", "not_allowed"]    # point the policy leaves undecided
INFO = ["info"]
OOS = ["out_of_scope"]


def r(*ids):
    return [f"{F}#{i}" for i in ids]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # --- clear / conditional yeses ---
    ("can i use copilot chat to tidy up the wording of our new estate walkabout leaflet before it goes on the website?", YES, r("6.2", "6.3", "5.2"), False, None),
    ("is it ok to use chatgpt to summarise the scottish social housing charter for a team briefing? its all public stuff anyway", COND, r("6.2", "5.2"), False, None),
    ("Hi - I'm rewriting our void management procedure (internal only, not published yet). Can I get Copilot to help with a first draft?", YES, r("6.3", "5.2"), False, None),
    ("can copilot chat help me rewrite my letter to Graeme Lusk about his arrears? tenancy ref CH/08817, balance is 612.40. just want it to sound less harsh", COND, r("6.4", "8.4", "5.2"), False, ["Graeme Lusk", "CH/08817"]),
    ("quick one - spellcheck/grammar suggestions in outlook on an email about an asb complaint, that's fine right?", YES, r("5.2", "6.6"), False, None),
    ("after home visits can i dictate my notes straight into word instead of typing them? some of it is about the tenants health", YES, r("10.6"), False, None),
    ("we'd like teams to transcribe our weekly housing team huddle so people who miss it can catch up. only staff in it", COND, r("10.1", "5.2"), False, None),
    ("comms here - can we make a cartoon style illustration of a recycling bin with adobe firefly for the next courier?", COND, r("11.1", "9.2", "5.2"), False, None),
    ("im doing an online course on prompt writing in my own time and want to practise with claude. nothing from work goes in it. is that allowed?", YES, r("2.5"), False, None),
    ("can i ask copilot chat to explain the difference between a scottish secure tenancy and a short sst? just for my own understanding, no tenant details", YES, r("6.2", "5.2", "8.2"), False, None),
    ("I've got the licensed copilot in excel - can it help me build formulas for our repairs performance spreadsheet? its just job counts and completion times, no names or addresses", YES, r("6.3", "5.2"), False, None),
    ("can i use copilot chat to draft a standard template letter asking tenants to give access for the annual gas safety check", COND, r("6.3", "8.4", "5.2"), False, None),
    ("for a training session I want copilot to write up a made-up scenario about a tenant who uses a wheelchair and needs a ground floor flat. not a real case. ok?", COND, r("6.7"), False, None),
    ("minute taker for the audit and risk committee here, can i use the teams recap to help me write up the minutes?", COND, r("10.3", "10.1"), False, None),
    ("can i use chatgpt on my own phone to rewrite a facebook post about the community garden opening? the post has already been signed off for publishing", COND, r("2.3", "6.2", "5.2"), False, None),
    ("is copilot chat ok on my personal iphone if i go through the work profile / intune outlook app?", YES, r("2.3", "5.2"), False, None),
    ("we pay for chatgpt plus myself - can i use it on the work laptop to turn our published rent consultation leaflet into plainer english?", COND, r("5.2", "6.2"), False, None),
    ("I have a copilot licence - can copilot in outlook summarise a really long email chain with a tenant about their ongoing kitchen repair?", COND, r("6.4", "5.2"), False, None),
    # --- clear nos, rules phrased unlike the question ---
    ("could chatgpt work out which of our tenants are most likely to go into arrears next year if i give it payment patterns? would help us target early intervention", NO, r("7.1", "6.5"), False, None),
    ("HR asked if I can use copilot to go through the 80 applications for the housing officer post and pick the top 10 for interview", NO, r("7.1"), False, None),
    ("can i paste the OT assessment for Mr Duncan Fairlie (14 Birkhill Court, KA7 2QP) into copilot to get a summary of the adaptations recommended", NO, r("6.6", "3.7"), False, ["Duncan Fairlie", "14 Birkhill Court", "KA7 2QP"]),
    ("can i upload a photo of the black mould in a tenants bathroom to chatgpt and ask how serious it is / what kind it is?", NO, r("11.3"), False, None),
    ("tenant has asked me to record our visit on my phone with one of those AI notes apps so nobody can dispute what was said later. can i?", NO, r("10.4"), False, None),
    ("can we have teams transcribe the disciplinary hearing next week so the notes are accurate?", NO, r("10.2"), False, None),
    ("got a big asb case - can copilot go through the diary sheets and incident logs and tell me if we've got enough to go for an interdict?", NO, r("8.3", "7.1", "6.6"), False, None),
    ("for the annual report video could we have an AI version of the chief exec's voice read out the summary? she's too busy to record it", NO, r("11.2"), False, None),
    ("my manager is off on leave and I've got delegate access to her inbox. can I get copilot to summarise what she's been saying about the restructure?", NO, r("7.2"), False, None),
    ("can i export this month's arrears list from homeledger and have copilot group everyone by how much they owe?", NO, r("6.5"), False, None),
    ("could copilot write my witness statement for the recovery of possession hearing at the sheriff court? i'd check it over obviously", NO, r("7.1"), False, None),
    ("police sent over some information about a tenant under the info sharing protocol, can i ask copilot to pull out the key points for the case file", NO, r("6.8", "6.6"), False, None),
    ("can i put my homeledger login into chatgpt so it can help me write a macro that logs in and pulls reports", NO, r("6.9", "5.2"), False, None),
    ("can i install grammarly on my work laptop to check my emails? loads of people use it", NO, r("5.2", "5.5"), False, None),
    ("deepseek is way faster than copilot, can i use it for drafting the newsletter? it's only public stuff", NO, r("5.2"), False, None),
    ("could chatgpt draft our response to the SPSO about a stage 2 complaint? I'd add the details after", NO, r("7.1", "6.4", "5.2"), False, None),
    ("someone in a partner meeting had an otter bot taking notes. is it ok if it joins our own teams call next week, it was really handy", NO, r("10.5", "5.2"), False, None),
    ("could we set up an ai chatbot on the tenant portal to answer repairs questions out of hours? even just as a trial", NO, r("15.5", "7.1"), False, None),
    ("can i use copilot to decide whether to approve a stairlift adaptation request, based on the info on file?", NO, r("8.3", "7.1", "6.6"), False, None),
    ("the tenants federation meets on zoom - can i turn on the zoom ai companion so it does a summary of the meeting for us?", NO, r("10.2", "5.4"), True, None),
    # --- tool variants ---
    ("is copilot on my own hotmail microsoft account ok for work stuff? it's the same copilot isn't it", NEEDS, r("5.3", "5.1"), True, None),
    ("is there a chatgpt extension for edge i could use on my work laptop to summarise webpages when i'm researching?", NEEDS, r("5.5", "5.3", "5.1"), True, None),
    ("I'm writing a python script that calls the openai api to sort repair descriptions from homeledger into categories. fine if it stays internal?", NEEDS, r("12.3", "5.3"), True, None),
    ("adobe acrobat has an AI assistant button now, can I use it to summarise one of the tender submissions we got in?", NEEDS, r("5.4", "6.8", "5.1"), True, None),
    ("can i use the chatgpt app on my own phone to help draft a reply to a tenant's email about their neighbour? i'd take the name out", NO, r("5.2", "6.4", "2.3", "6.6"), False, None),
    ("our repairs contractor wants to start using an AI app to write up job notes from inside tenants' homes. are they allowed?", NEEDS, r("12.4"), True, None),
    # --- information described without keywords ---
    ("tenant told me about her husband's drinking and that the police have been out a few times. can copilot help me write up the case note properly? it's Aileen McBride, ref CH/11342", NO, r("6.6", "3.7"), False, ["Aileen McBride", "CH/11342"]),
    ("I'm writing a return to work summary for Fiona Baird in my team after her operation - could copilot draft it from my notes?", NO, r("6.6", "3.7"), False, ["Fiona Baird"]),
    ("can copilot summarise the notes from a family's support plan? there are 3 kids and mum is really struggling, I need a short version for the team", NO, r("6.6", "3.7"), False, None),
    ("we've got the draft planned maintenance budget for next year (not approved by the board yet) - can i get chatgpt to turn it into a summary table?", NO, r("6.3", "5.2"), False, None),
    ("the sealed bids for the kitchen replacement contract are in. could copilot compare the prices and tell me who's cheapest overall?", NO, r("6.8"), False, None),
    ("medical priority application came in with a letter from the gp, can copilot help me summarise it for the allocations panel?", NO, r("6.6", "3.7", "8.3"), False, None),
    # --- points left undecided ---
    ("homeledger has a new 'summarise case' button since the update last week. can I use it?", OPEN, r("15.1", "5.2"), True, None),
    ("tenant Agnieszka Nowak only really reads polish - can i use copilot to translate the gas safety letter for her?", OPEN, r("15.2"), True, ["Agnieszka Nowak"]),
    ("a tenant emailed us in arabic about a leak, is it ok to run it through copilot just so i understand what they're saying?", OPEN, r("15.2"), True, None),
    ("I'm dyslexic and use a text-to-speech AI app at home that really helps. could i use it at work as a reasonable adjustment?", OPEN, r("15.3"), True, None),
    ("can i paste the free text comments from the tenant satisfaction survey into copilot to pull out the main themes? there's about 600", OPEN, r("15.4"), True, None),
    ("we got hundreds of written responses to the rent increase consultation. any issue with copilot analysing them for the board report?", OPEN, r("15.4"), True, None),
    # --- tools the policy never mentions ---
    ("can I use google gemini to draft a press release about the new build at Kilbirnie?", NEEDS, r("5.1"), True, None),
    ("perplexity is great for research, ok to use it to look up scottish housing regulator guidance for a board paper?", NEEDS, r("5.1"), True, None),
    ("can i use canva's magic write to help with text for the tenants newsletter layout", NEEDS, r("5.4", "5.1"), True, None),
    ("Is Claude ok for drafting internal policy docs? it writes better than copilot imo", NEEDS, r("5.1"), True, None),
    # --- information questions ---
    ("who do i ask if i want a new ai tool added to the approved list?", INFO, r("12.1", "16.1", "4.3"), False, None),
    ("what counts as 'protected case material'?", INFO, r("3.7"), False, None),
    ("i think i pasted a tenant's phone number into chatgpt by mistake earlier, what do i do now", INFO, r("14.1"), False, None),
    ("do we have to say anywhere if an image in the newsletter was made with AI?", ["info", "conditional"], r("9.2", "11.1"), False, None),
    ("how do i get a copilot licence so it works inside word?", INFO, r("13.2", "16.3"), False, None),
    # --- out of scope ---
    ("what's the process for booking annual leave over christmas and new year?", OOS, [], False, None),
    ("anyone know when the boiler servicing contract is up for renewal?", OOS, [], False, None),
    ("how do i reset my homeledger password, it's locked me out again", OOS, [], False, None),
]


def clause_ids(md: str) -> set:
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)*)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    md = (OUT / "originals" / F).read_text(encoding="utf-8")
    ids = clause_ids(md)
    rows = []
    for n, (q, v, c, esc, pii) in enumerate(CASES, 1):
        row = {"id": f"CHA{n:03d}", "question": q, "verdict": v, "clauses": c, "escalate": esc}
        if pii:
            row["pii"] = pii
        for ref in c:
            f, cid = ref.split("#")
            assert f == F and cid in ids, (row["id"], ref)
        for p in pii or []:
            assert p in q, (row["id"], p)
        if "unsure" in v:
            assert esc, row["id"]
        rows.append(row)
    assert len({x["id"] for x in rows}) == len(rows)
    assert 60 <= len(rows) <= 70, len(rows)
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "cases")
    print(Counter(tuple(x["verdict"]) for x in rows))
    print("pii cases:", sum(1 for x in rows if "pii" in x), "escalate:", sum(x["escalate"] for x in rows))


if __name__ == "__main__":
    main()
