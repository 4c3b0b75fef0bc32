"""Write cases.jsonl for Harbourfield District Council and verify it against originals/.

Run with /work/main/.venv/bin/python make_cases.py (after build_policy.py).
"""
import csv
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13b"
P = "hdc-genai-acceptable-use-policy.md#"
R = "hdc-ai-tools-register.csv#"
Q = "genai-quick-guide.md#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]  # needs IGB approval first

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses ----
    ("hi all - can i use copilot chat to turn our bin collection leaflet (its already on the website) into plain english for an easy read version?",
     YES, [P + "5.2", P + "6.2", P + "A.1", R + "Microsoft 365 Copilot Chat"], False, None),
    ("is it ok to ask copilot to summarise the new govt consultation on licensing fees? its about 80 pages and obviously public",
     YES, [P + "6.2", P + "5.2", R + "Microsoft 365 Copilot Chat"], False, None),
    ("want to brainstorm slogans for our summer litter pick campaign, nothing confidential at all - can i just use chatgpt on my own account for that",
     YES, [R + "ChatGPT", P + "5.5", P + "A.3", P + "6.2"], False, None),
    ("can copilot write me a first draft of a job advert for a senior environmental health officer? i'll check it obv before it goes to HR",
     YES, [P + "6.3", P + "5.2", P + "8.1", R + "Microsoft 365 Copilot Chat"], False, None),
    ("excel help pls - can i ask copilot chat to write a formula for our fly tipping stats sheet? its just numbers by ward and month, no names",
     YES, [P + "6.3", R + "Microsoft 365 Copilot Chat", P + "3.6"], False, None),
    ("got an m365 copilot licence last month (done the essentials workshop) - can i get it to summarise this weeks emails in my inbox? mostly internal project stuff",
     YES, [R + "Microsoft 365 Copilot", P + "5.3", P + "6.3"], False, None),
    ("can copilot chat explain what section 80 of the environmental protection act actually means in simple terms? just for my own understanding",
     YES, [P + "6.2", P + "8.1", P + "5.2", R + "Microsoft 365 Copilot Chat"], False, None),
    ("we've got grammarly business through ICT now, am i ok to run my draft service plan for next year through it?",
     YES, [R + "Grammarly Business", P + "6.3"], False, None),
    ("digital team q: can i use github copilot to help write a python script that cleans up our address gazetteer import? only using dummy test data",
     YES, [R + "GitHub Copilot", P + "8.4", P + "5.4"], False, None),
    ("running our team meeting on teams tomorrow, ok to switch on transcription and copilot to pull out the actions? just the team, nothing HR related",
     YES, [P + "10.1", Q + "meetings-and-transcription"], False, None),
    ("comms team here - can we use firefly to make a cartoony illustration of a generic park for the parks consultation poster",
     YES, [R + "Adobe Firefly", P + "11.1", P + "9.1"], False, None),
    ("can i get copilot chat to draft a new internal procedure for logging stray dog reports? starting from scratch, no case details",
     YES, [P + "6.3", P + "5.2", R + "Microsoft 365 Copilot Chat"], False, None),
    ("I'm in housing options and on the magic notes pilot. resident has agreed to being recorded - fine to use it for today's home visit assessment?",
     YES, [R + "Magic Notes", P + "10.3", P + "6.5"], False, None),
    ("using copilot in outlook (i have the licence) to draft a reply to a council tax payer confirming we've updated their address - thats ok right?",
     YES, [R + "Microsoft 365 Copilot", P + "6.4", P + "5.3"], False, None),
    ("can i ask copilot chat for some ideas for our team away day agenda",
     YES, [P + "5.2", R + "Microsoft 365 Copilot Chat", P + "6.3"], False, None),
    # ---- conditional yeses ----
    ("can i use copilot chat to draft the wording of an abatement notice for barking dog cases? i'd fill in the address etc myself afterwards",
     ["conditional", "allowed"], [P + "8.3", P + "6.3"], False, None),
    ("licensed copilot user - can i use it to help me draft the part ii report on the depot land disposal? i'm the report author so i have access to it all",
     ["conditional", "allowed"], [P + "6.6", R + "Microsoft 365 Copilot", P + "3.9"], False, None),
    ("i'm on my personal phone but signed into teams with my harbourfield account - can i use copilot in there to summarise an internal chat thread about the rota?",
     ["conditional", "allowed"], [P + "6.8", R + "Microsoft 365 Copilot Chat", P + "2.2"], False, None),
    ("would it be ok to make an AI voiceover of my own voice for our internal fire safety training video? happy to consent in writing",
     ["conditional"], [P + "11.3", P + "11.2"], False, None),
    ("can i use m365 copilot to draft a letter to Mr David Pryce, 14 Gullane Road, HF3 7QT about his noise complaint against his neighbour? i'm the case officer and have the licence",
     ["conditional", "allowed"], [R + "Microsoft 365 Copilot", P + "6.4", P + "5.3"], False,
     ["David Pryce", "14 Gullane Road", "HF3 7QT"]),
    # ---- clear nos, rule worded unlike the question ----
    ("could copilot work out whether a housing benefit claimant qualifies from their payslips and bank statements? would save us loads of time",
     NO, [P + "7.1(a)", P + "A.2", P + "6.5", P + "3.8"], False, None),
    ("we've had 140 applications for the admin post, could chatgpt or copilot rank the CVs so the panel only reads the top 20?",
     NO, [P + "7.1(b)", Q + "never-do-this"], False, None),
    ("electoral services - can copilot check the nomination papers for errors before the close of nominations? we're swamped",
     NO, [P + "7.1(c)", Q + "never-do-this"], False, None),
    ("could we use AI to make a short video of the council leader announcing the new recycling scheme? she's too busy to film it herself",
     NO, [P + "11.2", P + "11.3"], False, None),
    ("enforcement team want copilot to tidy up a witness statement and make it more persuasive before the prosecution file goes to legal, ok?",
     NO, [P + "7.2"], False, None),
    ("can i put my team's absence records into copilot to spot who keeps taking mondays off",
     NO, [P + "7.1(b)", P + "6.5", P + "3.8"], False, None),
    ("is it fine to get chatgpt plus on my purchasing card? its only about 20 quid a month and i'd only use it for public stuff",
     NO, [P + "7.3", R + "ChatGPT"], False, None),
    ("can we use an AI generated picture of the high street flooded for the flood risk leaflet? looks more dramatic than our own photos",
     NO, [P + "11.5", R + "Adobe Firefly"], False, None),
    ("someone said i could ask chatgpt to come up with a strong password for the team shared mailbox - is that ok?",
     NO, [P + "7.1(e)"], False, None),
    ("deepseek is way quicker than copilot, can i use it on my own laptop just for drafting public web page text?",
     NO, [R + "DeepSeek", P + "5.8"], False, None),
    ("can i add otter to my teams calls with contractors so i don't have to take notes",
     NO, [R + "Otter.ai", P + "10.5"], False, None),
    ("can copilot do the notes for a return to work meeting i'm having with one of my team on thursday? would save me typing them up",
     NO, [P + "10.2", Q + "meetings-and-transcription"], False, None),
    ("licensing sub-committee goes into exempt session at the end, can we just leave the teams transcription running for that bit?",
     NO, [P + "10.4"], False, None),
    ("photos from yesterday's HMO inspection show the tenants in a couple of them, can i get copilot to describe the hazards from the pics?",
     NO, [P + "11.4"], False, None),
    # ---- tool variants ----
    ("can i put the draft budget savings options (not published yet) into chatgpt to make it read better? i'd use my personal login not my work one",
     NO, [P + "6.3", P + "6.6", R + "ChatGPT", P + "5.5"], False, None),
    ("there's a chrome extension that summarises any web page with AI, can i install it on my work laptop?",
     APPROVAL, [P + "5.7", P + "5.6"], True, None),
    ("i use the free grammarly browser extension at home, can i put it on my council laptop as well",
     NO, [R + "Grammarly Business", P + "5.7"], False, None),
    ("can i use the copilot app on my own iphone, signed in with my personal microsoft account, to draft a reply to a planning agent about their client's application?",
     NO, [P + "6.8", P + "3.4", P + "6.4", P + "6.3"], False, None),
    ("we want a little chatbot on the website for bin day questions built on the azure openai api - can the digital team just crack on and build it?",
     APPROVAL, [P + "12.2"], True, None),
    ("acrobat has an AI assistant button now, can i use it to summarise the consultant's report on the leisure centre?",
     APPROVAL, [P + "5.6", Q + "which-tools-can-i-use"], True, None),
    ("our revs and bens system upgrade came with an 'AI assist' option that summarises claim notes. can we turn it on?",
     APPROVAL, [P + "12.4", P + "5.6"], True, None),
    ("can i use gemini instead of copilot? i just prefer it tbh",
     APPROVAL, [P + "5.6", Q + "which-tools-can-i-use"], True, None),
    ("is perplexity ok for researching how other councils do HMO licensing? public info only",
     APPROVAL, [P + "5.6", Q + "which-tools-can-i-use"], True, None),
    ("one of our developers wants to use claude code for the new room booking system, is that ok?",
     APPROVAL, [P + "5.6", P + "12.2"], True, None),
    ("i'm in environmental health - can we borrow the housing team's magic notes for our food premises interviews?",
     NO, [R + "Magic Notes", P + "5.4"], False, None),
    # ---- information described without keywords ----
    ("had a tough home visit - the tenant was clearly struggling mentally and drinking heavily. can i put my visit notes into copilot chat to tidy them up before they go on the system?",
     NO, [P + "6.5", P + "3.8", R + "Microsoft 365 Copilot Chat"], False, None),
    ("i have an m365 copilot licence - can i use it to summarise the file on a taxi licence applicant with unspent convictions for the sub-committee report?",
     NO, [P + "6.5", P + "3.8", R + "Microsoft 365 Copilot"], False, None),
    ("can copilot chat help me rewrite the cabinet report for next week that's going in the private bit of the agenda?",
     NO, [P + "6.6", P + "3.9", R + "Microsoft 365 Copilot Chat"], False, None),
    ("i'm on the restructure project - can i paste the proposed structure with the names of people at risk into copilot chat to make an org chart?",
     NO, [P + "6.4", P + "3.7", R + "Microsoft 365 Copilot Chat"], False, None),
    ("holiday activity programme - can i put the sign up list (names, ages, allergies) into copilot to sort everyone into groups?",
     NO, [P + "6.5", P + "3.8"], False, None),
    ("if i take the names out of a benefit overpayment case can i then put it in chatgpt? it's a bit of an unusual one (there are only 3 houseboats in the district)",
     NO, [P + "6.7", P + "6.3", P + "5.5", R + "ChatGPT"], False, None),
    ("can i upload the tender scores for the grounds maintenance contract into copilot chat to write the evaluation summary?",
     NO, [P + "6.6", P + "3.9", R + "Microsoft 365 Copilot Chat"], False, None),
    ("we bought a market data report from a consultancy, the licence says it can't be shared - can i upload it to copilot to pull out the key figures?",
     NO, [P + "6.9"], False, None),
    ("quick one - can i paste this into copilot chat: 'Priya Sandhu, DOB 03/09/1987, claim ref HB/448213, says she is pregnant and fleeing domestic abuse' to help draft a referral?",
     NO, [P + "6.5", P + "3.8", R + "Microsoft 365 Copilot Chat"], False,
     ["Priya Sandhu", "03/09/1987", "HB/448213"]),
    # ---- undecided / pending ----
    ("planning policy here - we've had 2,300 responses to the local plan reg 18 consultation, can we use copilot to group them by theme?",
     ["unsure", "not_allowed"], [P + "15.1"], True, None),
    ("licensing: can we get AI to summarise the objections to a premises licence application for the sub-committee pack?",
     ["unsure", "not_allowed"], [P + "15.1"], True, None),
    ("can i use copilot chat to translate our standard missed bin collection letter (template, no names) into polish for residents?",
     ["unsure"], [P + "15.2"], True, None),
    ("i'm a ward councillor - can i use chatgpt on my own phone to help answer residents' emails about their problems?",
     ["unsure"], [P + "15.3", P + "2.4"], True, None),
    ("copilot has a new agent thing that can send the follow up emails after meetings automatically - can i switch that on?",
     ["unsure", "not_allowed"], [P + "15.4"], True, None),
    # ---- info ----
    ("who do i ask about getting a new AI tool approved?",
     ["info"], [P + "5.6", P + "16.1", Q + "not-sure-ask-first"], False, None),
    ("what counts as 'sensitive casework information'? does someone's council tax debt count?",
     ["info"], [P + "3.8"], False, None),
    ("ugh i pasted a claimant's details into chatgpt by accident - Mrs Janet Okafor, NI number QQ 12 34 56 C, she's on HB. what do i do now??",
     ["info"], [P + "14.1", Q + "something-went-wrong"], False,
     ["Janet Okafor", "QQ 12 34 56 C"]),
    ("do i need an AI disclaimer on a letter to a resident if copilot only fixed my spelling and grammar?",
     ["info", "allowed"], [P + "9.2", Q + "check-it-own-it-label-it"], False, None),
    ("what training do i have to do before i can use copilot chat?",
     ["info"], [P + "13.1", P + "5.2"], False, None),
    ("what does an AI champion actually do - can they sign off a new tool for my team?",
     ["info"], [P + "13.3", Q + "not-sure-ask-first"], False, None),
    ("what wording are we supposed to use when we label something AI helped write?",
     ["info"], [P + "9.1", Q + "check-it-own-it-label-it"], False, None),
    ("my colleague tom.barker@harbourfield.gov.uk says he uses otter on all his calls - is that actually allowed?",
     NO, [R + "Otter.ai", P + "10.5"], False, ["tom.barker@harbourfield.gov.uk"]),
    # ---- out of scope ----
    ("does anyone know if car park permit renewals are done online now?", ["out_of_scope"], [], False, None),
    ("what's the mileage rate for using my own car for food inspections?", ["out_of_scope"], [], False, None),
    ("how do i book a meeting room at the civic centre for next tuesday", ["out_of_scope"], [], False, None),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def valid_refs():
    refs = set()
    md = open(os.path.join(HERE, "originals", "hdc-genai-acceptable-use-policy.md"), encoding="utf-8").read()
    for line in md.splitlines():
        m = re.match(r"^(?:## )?((?:\d+|[A-Z])(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
        if m and not line.startswith("# "):
            refs.add("hdc-genai-acceptable-use-policy.md#" + m.group(1))
    qg = open(os.path.join(HERE, "originals", "genai-quick-guide.md"), encoding="utf-8").read()
    for line in qg.splitlines():
        if line.startswith("## "):
            refs.add("genai-quick-guide.md#" + slug(line[3:]))
    with open(os.path.join(HERE, "originals", "hdc-ai-tools-register.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            refs.add("hdc-ai-tools-register.csv#" + row["tool"])
            for c in row["clauses"].split(";"):
                assert c.replace(".pdf#", ".md#") in refs, c
    return refs


def main():
    refs = valid_refs()
    lines = []
    for i, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        case = {"id": f"{PREFIX}{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            case["pii"] = pii
        lines.append(json.dumps(case, ensure_ascii=False))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # verify
    ids = set()
    counts = Counter()
    npii = 0
    for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
        for v in c["verdict"]:
            assert v in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}, v
        for r in c["clauses"]:
            assert r in refs, (c["id"], r)
        if "unsure" in c["verdict"] and c["verdict"] == ["unsure"]:
            assert c["escalate"], c["id"]
        for p in c.get("pii", []):
            assert p in c["question"], (c["id"], p)
        if c.get("pii"):
            npii += 1
        counts["/".join(c["verdict"])] += 1
    print(len(ids), "cases;", npii, "with pii;", sum(1 for l in lines if '"escalate": true' in l), "escalate")
    for k, n in sorted(counts.items()):
        print(f"  {k}: {n}")


if __name__ == "__main__":
    main()
