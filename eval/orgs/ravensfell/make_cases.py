"""Write cases.jsonl for the r7a organisation (Ravensfell and Tarnside FRS) and check it.

Run after build_policy.py: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
F = "rtfrs-generative-ai-policy.md"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure", "not_allowed"]
INFO = ["info"]
OOS = ["out_of_scope"]


def c(*ids):
    return [f"{F}#{i}" for i in ids]


CASES = [
    # ---- clear yeses (approved tool, right information) ----
    ("can i use copilot chat to tidy up the wording on our station open day poster? its going on the station facebook page", YES, c("5.2", "3.5", "9.2"), False),
    ("is it ok to ask copilot chat to summarise the NFCC's published guidance on lithium ion battery fires so i can brief my watch", YES, c("5.2", "3.5"), False),
    ("need an excel formula to work out average attendance times per station from an export (no names, just times and station codes) - can copilot chat do that for me", YES, c("5.2", "7.8", "3.6"), False),
    ("can i get copilot to help rewrite our draft driving at work procedure in plain english? its just the procedure, no names in it", YES, c("5.2", "3.6"), False),
    ("hi, recruitment team here - can we use copilot chat to draft the advert and role profile for the new on-call support officer post?", YES, c("7.3", "5.2"), False),
    ("want to knock up a 20 question quiz for the trainee course from the published fire safety guidance doc. copilot chat ok for that?", YES, c("5.2", "3.5"), False),
    ("I've got an M365 Copilot licence - can I ask it in outlook to summarise a really long email chain about the fleet replacement programme? it's got colleagues names in it but nothing personal really", YES, c("5.3"), False),
    ("can copilot chat brainstorm some ideas for our water safety week campaign? we're a bit stuck for ideas", YES, c("5.2", "3.5"), False),
    ("we're in the comms team, can i use firefly through our adobe licence to make a cartoon smoke alarm graphic for the new leaflet", YES, c("5.4", "11.1", "9.3"), False),
    ("team meeting on teams tomorrow, just us in the prevention team (all service staff). can I turn on copilot to do the notes? i have a licence", YES, c("10.1", "10.5"), False),
    ("can i use copilot chat to translate our home fire safety leaflet into polish? lots of polish speaking families in tarnside", YES, c("9.4", "5.2"), False),
    ("drafting a report for the fire authority audit committee on fleet costs - it's a normal public report, not part 2. ok to use copilot chat to help write it?", YES, c("6.6", "8.3", "5.2"), False),
    ("can I use Copilot in Word to turn my bullet points into a first draft of the station plan for next year? I'm one of the licence holders", YES, c("5.3"), False),
    ("i've got anonymised incident stats - kitchen fires per month by district, no addresses or names. can I paste them into copilot chat to spot any trends?", YES, c("6.4", "5.2", "3.10"), False),
    ("does copilot chat work on my work iphone through the teams app? want to draft emails when im out on audits", YES, c("5.2", "3.4", "5.8"), False),
    ("can i use copilot chat to write a vba macro for my own overtime tracking spreadsheet, just for me", YES, c("7.8", "5.2"), False),
    ("is the normal spell check and grammar thing in word counted as AI? can i still use it on letters to residents", ["allowed", "conditional", "info"], c("5.6"), False),

    # ---- conditional yeses ----
    ("can I use copilot on my personal phone? the teams and outlook apps are set up through company portal", ["conditional", "allowed"], c("5.8", "3.4"), False),
    ("we want to put a blog post on the website that copilot chat mostly wrote about chimney fires, anything i need to do first?", ["conditional", "allowed"], c("9.1", "8.1"), False),
    ("can copilot write interview questions for the watch manager promotion interviews? I'd check them obviously", ["conditional", "allowed"], c("7.3"), False),
    ("the council's emergency planning lot use otter in their LRF meetings, am I still ok to go to the meeting?", ["conditional", "allowed"], c("10.3"), False),
    ("I have a copilot licence, can I use it to draft a reply to a resident's complaint using the details from her email in my inbox? It's Mrs Harjit Kaur, 14 Mill Lane, LA9 4QT, complaining about the noise from the drill yard", ["conditional", "allowed"], c("5.3"), False, ["Harjit Kaur", "14 Mill Lane", "LA9 4QT"]),

    # ---- clear nos, rules worded unlike the question ----
    ("can i get chatgpt to write up my prohibition notice for the takeaway on the high street? blocked escape route, need it out today", NO, c("7.2", "5.5"), False),
    ("after the audit at the care home i need to send a notification of deficiencies letter, can copilot chat draft it from my audit notes?", NO, c("7.2"), False),
    ("we had 240 applications for the wholetime firefighter campaign!! can copilot go through them and give me the top 50 to invite to the fitness test", NO, c("7.3"), False),
    ("im investigating a bullying complaint between two crew managers, could copilot summarise the witness statements for me? got a licence", NO, c("7.4"), False),
    ("can i use copilot to summarise my notes from a return to work meeting after someone's been off sick for 3 weeks", NO, c("7.4", "6.2", "3.8"), False),
    ("at a job last night we had an unmarked drum with a UN number on it. could crews just ask copilot on the MDT what it is next time? way quicker than chemdata", NO, c("7.1"), False),
    ("fire control here: could we run the 999 call recordings through copilot to get transcripts for the QA reviews?", NO, c("7.6"), False),
    ("can i paste my safe and well visit notes into copilot to write up the referral to adult social care? its the licensed one not the free one", NO, c("6.2", "3.8", "5.3"), False),
    ("can we get AI to make a short video of the chief fire officer doing the new year message? she's said she's happy for us to do it", NO, c("11.2", "11.1"), False),
    ("can i use firefly to make a realistic picture of a house on fire on a street in tarnside for the winter campaign", NO, c("11.3"), False),
    ("I want to remove the background from a photo of a family we fitted smoke alarms for - can i use one of those ai background remover sites", NO, c("11.4", "5.5"), False),
    ("can I copy the SSRI for the refinery (it's a COMAH site) into copilot chat to make a shorter crew briefing sheet", NO, c("6.3", "3.9"), False),
    ("there's a part 2 report going to the authority about the station merger - can copilot chat summarise it for my team?", NO, c("6.6", "6.3"), False),
    ("could copilot look at the case and give me a recommendation on whether the lad should be referred onto the firesetter scheme", NO, c("7.5", "6.2", "3.8"), False),
    ("can i put my watch's fitness test results and medical info into copilot and get it to flag who's likely to fail next time", NO, c("6.2", "3.8"), False),
    ("can I use copilot to write something funny about the mayor for our station's facebook page before the elections", NO, c("7.7"), False),

    # ---- tool variants ----
    ("is chatgpt plus ok if i pay for it myself and only put public stuff in?", NO, c("5.5"), False),
    ("can i use the copilot app on my home laptop signed into my own microsoft account to write the station newsletter", NO, c("5.5", "5.8"), False),
    ("anyone know if the grammarly browser extension is ok for work emails?", NO, c("5.5"), False),
    ("can I use copilot chat on my personal laptop in chrome if I log in with my rtfrs account?", NO, c("5.8"), False),
    ("I'm hosting a zoom call with a supplier next week, can i switch on zoom's ai companion to do the summary", NO, c("5.6", "10.3"), False),
    ("gemini is built into my personal gmail now, can i use it to draft a reply about a community event we're running", NO, c("5.5"), False),
    ("acrobat has an ai assistant button now, can i use it to summarise a pdf of published home office guidance?", APPROVAL, c("5.6", "5.7"), True),
    ("could digital services hook the azure openai api up to build a chatbot for the website? we have azure already", UNSURE, c("15.3"), True),
    ("can I use copilot studio to build a little agent that answers questions about our PPE procedures for crews", APPROVAL, c("12.3"), True),
    ("our fire safety software supplier has given us a free trial of their AI report writer, can we test it with some real audit data?", APPROVAL, c("12.2", "12.1", "5.7"), True),

    # ---- information described without keywords ----
    ("can licensed copilot summarise the email thread about Darren Whitlow's chemo and his phased return so i can plan cover on the rota?", NO, c("6.2", "3.8", "7.4"), False, ["Darren Whitlow"]),
    ("one of our cadets (she's 14) wrote a lovely thank you letter, can i ask copilot chat to turn it into a newsletter article?", NO, c("3.8", "6.2"), False),
    ("got a statement from the neighbour about the shed fire we think was started deliberately - can copilot tidy it up before it goes to the police", NO, c("3.8", "6.2"), False),
    ("can I ask copilot chat to write a thank you letter to Alan Pryce (07700 900123) who helped our crew at the RTC on the A590? I'd paste his details in", NO, c("5.2", "3.7"), False, ["Alan Pryce", "07700 900123"]),
    ("can copilot chat help me reply to a resident (john.fenwick@outlook.com) about his complaint? I'd paste in his email", NO, c("5.2", "3.7"), False, ["john.fenwick@outlook.com"]),
    ("a building owner sent us their fire risk assessment during the audit, can copilot chat check it and list the gaps for me?", APPROVAL, c("6.5"), True),
    ("got tender bids from three suppliers for the new breathing apparatus, can copilot compare them and tell me which is best value", APPROVAL, c("6.5"), True),

    # ---- points left undecided ----
    ("can we use ai to go through the drone footage from the moorland fire and map the burnt area?", UNSURE, c("15.1"), True),
    ("I'm one of the councillors on the fire authority, am i allowed to use copilot chat to summarise my committee papers?", UNSURE, c("15.2", "2.4"), True),
    ("democratic services - can copilot draft the minutes for next week's fire authority meeting from the webcast?", UNSURE, c("15.4"), True),
    ("the new PPCS has an AI summary button that's greyed out - can we get it switched on for the protection team?", UNSURE, c("15.5"), True),

    # ---- tools the policy never names ----
    ("can i use notebooklm to make a podcast style summary of our published annual report for staff?", APPROVAL, c("5.5", "5.7"), True),
    ("canva's magic write for a recruitment poster - ok to use?", APPROVAL, c("5.5", "5.7"), True),
    ("can I use otter on my phone to record myself talking through an audit and transcribe it after?", NO, c("5.5", "10.3", "10.4"), False),

    # ---- information questions ----
    ("who do i ask to get a copilot licence?", INFO, c("13.2", "16.3"), False),
    ("what counts as 'sensitive casework information'? my manager keeps saying it", INFO, c("3.8"), False),
    ("help - I accidentally pasted a list of names and addresses from the safe and well visit list into chatgpt. what do I do now?", INFO, c("14.1", "14.2"), False),
    ("do I need to put the AI label on a press release if I only used copilot to fix the grammar?", ["info", "allowed"], c("9.2", "9.1"), False),
    ("which AI tools are we actually allowed to use at work?", INFO, c("5.1", "5.5", "5.2"), False),
    ("what training do i need to do before i can use copilot chat", INFO, c("13.1"), False),

    # ---- out of scope ----
    ("whats the process for booking annual leave over christmas on the rota system", OOS, [], False),
    ("how do i claim mileage for driving my own car to the training centre", OOS, [], False),
]


def clause_ids(md_text):
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^(?:##\s+)?(\d+(?:\.\d+)*|[A-Z]\.\d+)\.?\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    md = (OUT / "originals" / F).read_text(encoding="utf-8")
    ids = clause_ids(md)
    rows = []
    for n, case in enumerate(CASES, 1):
        q, verdict, clauses, esc = case[:4]
        row = {"id": f"r7a{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if len(case) > 4:
            row["pii"] = case[4]
            for s in row["pii"]:
                assert s in q, (row["id"], s)
        for ref in clauses:
            assert ref.split("#", 1)[1] in ids, (row["id"], ref)
        if "unsure" in verdict and set(verdict) <= {"unsure", "not_allowed"}:
            assert esc, row["id"]
        rows.append(row)
    assert len({r["id"] for r in rows}) == len(rows)
    assert 60 <= len(rows) <= 70, len(rows)
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and summarise
    counts = {}
    for line in (OUT / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        key = "/".join(r["verdict"])
        counts[key] = counts.get(key, 0) + 1
    print(len(rows), "cases;", sum(1 for r in rows if "pii" in r), "with pii;",
          sum(r["escalate"] for r in rows), "escalate")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
