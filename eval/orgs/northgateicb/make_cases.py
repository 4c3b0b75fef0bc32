"""Write cases.jsonl for NHS Northgate ICB (prefix r17d) and check it against originals/.

Run with /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "northgate-icb-genai-policy.md#"
D = "genai-dos-and-donts.md#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
HOLD = ["not_allowed", "unsure"]      # needs DDGG approval first
OPEN = ["unsure", "not_allowed"]      # the policy leaves it undecided

C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    c = {"id": f"r17d{len(C) + 1:03d}", "question": q, "verdict": verdict,
         "clauses": clauses, "escalate": escalate}
    if pii:
        c["pii"] = pii
    C.append(c)


# ---- clear yeses -------------------------------------------------------------
case("can i use copilot chat to tidy up the wording of an email to the team about the office move? im signed in with my nhs.net",
     YES, [P + "5.2", P + "5.4", P + "5.1", D + "do"])
case("is it ok to ask copilot to write me an excel formula to work out variance against budget on our prescribing spend tracker",
     YES, [P + "5.2", P + "5.1"])
case("meds optimisation q - can we use copilot chat to summarise the new NICE lipid guideline and compare it against our formulary? it's all published stuff",
     YES, [P + "7.3", P + "5.2", P + "8.2"])
case("drafting the service spec for the new community MSK service, can copilot help me write the first draft",
     YES, [P + "7.4", P + "5.2"])
case("can i use chatgpt on my own phone just to explain what the provider selection regime is in plain english? not putting any of our stuff in it",
     YES, [P + "5.2", P + "5.7", P + "6.2", D + "using-ai-on-your-phone-or-at-home"])
case("last months board pack is up on the website now - ok to paste a few of the papers into chatgpt to get a summary for my team?",
     YES, [P + "8.4", P + "6.2", P + "A.1", P + "5.2"])
case("BI team here, can i use github copilot to help write and debug a SQL query against the SUS tables? just the code and table names, no actual data",
     YES, [P + "5.2"])
case("can i use copilot to help write a generic CHC template letter explaining how the process works? no patient details in it at all",
     YES, [P + "7.2"])
case("need copilot chat to help me pull together an exec summary of the draft financial recovery plan, its not been published yet but i work on it",
     YES, [P + "6.7", P + "3.7", P + "5.2", P + "A.3"])
case("comms team - can we use firefly to make a cartoon style illustration of a pharmacy counter for the winter campaign leaflet",
     YES, [P + "5.2", P + "11.1", P + "9.3"])
case("can i get copilot to write a job description and person spec for a band 6 commissioning manager post",
     YES, [P + "6.6", P + "5.2"])
case("want a nice image of a lighthouse for my team away day slides (internal only), can copilot make one",
     YES, [P + "11.1"])
case("is it alright to use copilot to improve the plain english in our standard complaints acknowledgement paragraphs? just the template wording, no case details",
     YES, [P + "8.3"])
case("i've got anonymised monthly A&E attendance counts by locality with small numbers suppressed - can copilot spot trends and draft some commentary",
     YES, [P + "6.5", P + "5.2"])
case("writing my section of the urgent care strategy paper for board next month, can i use copilot to help draft it",
     YES, [P + "8.4", P + "9.2", P + "5.2"])
case("on my personal iphone - can i use the chatgpt app to reword a paragraph from our published annual report for the practice newsletter",
     YES, [P + "5.7", P + "6.2", P + "5.2", D + "using-ai-on-your-phone-or-at-home"])

# ---- conditional yeses -------------------------------------------------------
case("can i turn on teams transcription for our weekly finance team catch up",
     ["conditional"], [P + "10.1", P + "5.2"])
case("we'd like ai transcription of the public part of the board meeting to help with the minutes, is that allowed?",
     ["conditional"], [P + "10.3"])
case("my manager is sorting me an m365 copilot licence, anything i need to do first?",
     ["conditional", "info"], [P + "13.1", P + "5.2"])
case("i used copilot to write most of a briefing note for the primary care commissioning committee, do i have to say that somewhere",
     ["conditional", "info"], [P + "9.2", P + "9.1"])
case("can i use copilot to draft a reply to a member of the public asking a general question about our GP access plans? i wont put their name or any of their details in, and ill check it before it goes",
     YES, [P + "9.4", P + "8.1"])

# ---- clear nos (rules worded unlike the question) -----------------------------
case("can i paste the DST notes from yesterdays assessment into copilot and ask it which domains look high or severe",
     NO, [P + "7.2", P + "6.4", P + "6.3"])
case("weve got 40 tender responses for the diabetes service, could AI do a first pass score so the panel has a starting point??",
     NO, [P + "7.4"])
case("a lady rang pals asking if she can take ibuprofen with her new blood pressure tablets, can i ask copilot and just pass on what it says",
     NO, [P + "7.3"])
case("can i upload the complaint letter to copilot so it pulls out the key issues for my investigation plan",
     NO, [P + "8.3", P + "6.4"])
case("quick one - can i use chatgpt to draft the private session board paper on the hospital merger",
     NO, [P + "8.4", P + "6.7", P + "6.2"])
case("could we use ai to go through the teams activity data and flag which staff are least productive",
     NO, [P + "7.5"])
case("i've typed up my notes from a sickness absence meeting with one of my team, can copilot turn them into the formal outcome letter",
     NO, [P + "6.6", P + "3.8"])
case("provider rep always brings otter to the contract review meetings, is it ok to let it in",
     NO, [P + "10.4", P + "5.2"])
case("is deepseek ok for summarising public NICE docs? its free and loads quicker than copilot",
     NO, [P + "5.2"])
case("can i take a photo of the whiteboard from the CHC panel and get chatgpt to type it up",
     NO, [P + "6.4", P + "6.2", P + "6.3", P + "11.3"])
case("can i just email the draft financial plan to my gmail so i can work on it with chatgpt plus at home",
     NO, [P + "7.6", P + "6.7", P + "5.7", P + "6.2"])
case("can we leave copilot recap running in the IFR panel so we dont need a minute taker",
     NO, [P + "10.2"])
case("new IFR request in, can i ask copilot whether it meets the exceptionality criteria so i can write up the recommendation",
     NO, [P + "7.1", P + "3.9", P + "6.4"])
case("want chatgpt to reword a section of the tender evaluation notes so it reads better before moderation",
     NO, [P + "6.2", P + "6.7", P + "7.4", P + "3.7", P + "A.3"])
case("can i paste the trust's quality concerns report (not published yet) into gemini for a quick summary",
     NO, [P + "6.7", P + "3.7", P + "6.2"])
case("vpn keeps dropping, can i paste the config file and the admin login into copilot so it can troubleshoot",
     NO, [P + "6.9"])
case("for the tissue viability training deck can i get ai to generate a realistic photo of a patient's leg ulcer",
     NO, [P + "11.4"])
case("copilot in edge keeps asking me to sign in, can i just use my personal microsoft account? only summarising our internal team procedure",
     NO, [P + "5.4", P + "6.2", P + "3.4"])
case("any problem with the grammarly chrome extension for writing emails?",
     HOLD, [P + "5.5", P + "5.3", P + "12.1"], escalate=True)
case("could we buy chatgpt team licences out of our budget and use them for drafting reports",
     HOLD, [P + "5.3", P + "12.1", P + "12.3", P + "5.2"], escalate=True)
case("our case management system supplier just switched on an 'AI summary' button in the CHC system, can we start using it",
     HOLD, [P + "5.3", P + "12.1"], escalate=True)
case("can i build a copilot studio agent that answers staff questions about our HR policies",
     HOLD, [P + "5.6", P + "12.1"], escalate=True)
case("i want to call the openai api from a python script to tidy up the list of published GP practice names, ok?",
     HOLD, [P + "5.6", P + "12.1"], escalate=True)
case("can i download the team plan to my personal laptop and use copilot chat on it there",
     NO, [P + "5.7"])
case("contracts team - is github copilot ok for us to write VBA macros for our contract tracker",
     HOLD, [P + "5.2", P + "12.1", P + "5.1"], escalate=True)

# ---- tools the policy never mentions ------------------------------------------
case("anyone know if perplexity is ok to use for researching published evidence on virtual wards?",
     HOLD, [P + "5.3", P + "5.1", P + "12.1"], escalate=True)
case("can we use canva's AI image thing to make a poster for staff wellbeing week",
     HOLD, [P + "5.3", P + "11.1", P + "12.1"], escalate=True)
case("theres a free trial of an AI tool that reads contracts, can i sign up and test it on the GP contract variations",
     HOLD, [P + "12.3", P + "5.3", P + "12.1"], escalate=True)
case("is it ok to use notebooklm to make a podcast style summary of the published joint forward plan?",
     HOLD, [P + "5.3", P + "5.1"], escalate=True)

# ---- information described without keywords ---------------------------------
case("can i get copilot to summarise the nursing notes from Arthur Pennington's care home review (dob 14/03/1941) before panel on thursday",
     NO, [P + "7.2", P + "6.3", P + "6.4"], pii=["Arthur Pennington", "14/03/1941"])
case("i've taken all the names out of the safeguarding referral, can i put it in copilot to draft a chronology",
     NO, [P + "6.4", P + "6.3"])
case("one of my team has told me about her cancer diagnosis and i need to write a reasonable adjustments plan - could copilot draft it if i describe her situation",
     NO, [P + "6.6", P + "3.8"])
case("got an email from jane.doherty@outlook.com about how long her son's been waiting for an autism assessment, can copilot draft the reply",
     NO, [P + "8.3", P + "6.3", P + "6.4"], pii=["jane.doherty@outlook.com"])
case("nhs no 943 476 5919 - can i paste this patients CHC checklist into copilot to check nothing's missing",
     NO, [P + "7.2", P + "6.3"], pii=["943 476 5919"])
case("complainant Mrs Gloria Fenwick (07700 900431) wants a call back, can chatgpt draft a script of what to say about her late husbands care",
     NO, [P + "8.3", P + "6.2", P + "6.3"], pii=["Gloria Fenwick", "07700 900431"])
case("Priya Raman in my team has raised a grievance, can i get copilot to summarise her statement for HR",
     NO, [P + "6.6", P + "3.8"], pii=["Priya Raman"])
case("we've got a SUS extract with pseudo IDs instead of names, can i load it into copilot to find frequent attenders",
     HOLD, [P + "6.5", P + "3.6", P + "6.3"], escalate=True)

# ---- points the policy leaves open -------------------------------------------
case("engagement team - we had about 2,300 free text responses to the stroke services consultation, can copilot theme them for us",
     OPEN, [P + "15.1"], escalate=True)
case("our CHC nurses want to try an ambient scribe like heidi during assessments to save typing, are we allowed",
     OPEN, [P + "15.2"], escalate=True)
case("can i use copilot to turn the patient leaflet on the new diabetes pathway into easy read",
     OPEN, [P + "15.3"], escalate=True)
case("im a non exec - can i use copilot on my own ipad to summarise the board pack before the meeting",
     OPEN, [P + "15.4"], escalate=True)

# ---- information questions ---------------------------------------------------
case("who do i ask about getting a new ai tool approved?",
     ["info"], [P + "12.1", P + "16.1", P + "16.2", P + "4.4", D + "still-not-sure"])
case("what counts as 'restricted business information'?",
     ["info"], [P + "3.7", P + "A.3"])
case("i think i accidentally pasted a patient's details into chatgpt earlier, what do i do now",
     ["info"], [P + "14.1", P + "14.2", D + "do"])
case("who's our caldicott guardian and when do i need them for AI stuff",
     ["info"], [P + "4.2", P + "16.3"])
case("a gp practice in our patch wants to use an AI scribe in consultations - does that need our DDGG to approve it?",
     ["info", "out_of_scope"], [P + "2.3", P + "12.4"])

# ---- out of scope ------------------------------------------------------------
case("how do i book annual leave in ESR", ["out_of_scope"], [])
case("whats the mileage rate for CHC nurses doing home visits?", ["out_of_scope"], [])


# ---- checks --------------------------------------------------------------
def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def clause_ids(path: Path):
    ids = set()
    numbered = re.compile(r"^(?:#+\s*)?((?:\d+(?:\.\d+)*|[A-Z]\.\d+)(?:\([a-z]\))?)\.?\s")
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        m = numbered.match(line)
        if m:
            ids.add(m.group(1))
    if not ids:
        for line in text.splitlines():
            if line.startswith("## ") or line.startswith("### "):
                ids.add(slug(line.lstrip("#")))
    return ids


def main():
    ids = {f.name: clause_ids(f) for f in (OUT / "originals").glob("*.md")}
    seen = set()
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for c in C:
            assert c["id"] not in seen
            seen.add(c["id"])
            for ref in c["clauses"]:
                f, cid = ref.split("#")
                assert cid in ids[f], ref
            for s in c.get("pii", []):
                assert s in c["question"], s
            if "unsure" in c["verdict"]:
                assert c["escalate"], c["id"]
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    for line in (OUT / "cases.jsonl").read_text().splitlines():
        json.loads(line)
    print("cases:", len(C))
    print(Counter(tuple(c["verdict"]) for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii:", sum("pii" in c for c in C))
    print("dos ids:", sorted(ids["genai-dos-and-donts.md"]))


if __name__ == "__main__":
    main()
