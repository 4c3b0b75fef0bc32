#!/usr/bin/env python3
"""Write cases.jsonl for the Northfell Ambulance Service set and verify it:
every line parses, ids unique, every cited ref exists in originals/, pii strings
are substrings of their question."""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "use-of-generative-ai-policy.md#"
Q = "ai-quick-reference.txt#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs AIGG approval first
UNSURE = ["unsure"]


def p(*ids):
    return [P + i for i in ids]


def q(*slugs):
    return [Q + s for s in slugs]


C = []


def add(question, verdict, clauses, escalate=False, pii=None):
    c = {"id": f"r14d{len(C) + 1:03d}", "question": question, "verdict": verdict,
         "clauses": clauses, "escalate": escalate}
    if pii:
        c["pii"] = pii
    C.append(c)


# ---- clear yeses (Green/Amber in a listed tool) ----
add("hi all, can i use copilot chat to turn our published winter pressures press release into an easy read version?",
    YES, p("5.2", "2.3") + q("tools-you-can-use"))
add("quick one - is it ok to get copilot to draft the agenda for our station managers meeting next week", YES, p("5.2", "2.4"))
add("can I use copilot chat to brainstorm ideas for our staff wellbeing week in the EOC? nothing sensitive just ideas", YES, p("5.2", "5.1"))
add("I've got a copilot licence now. can I use it in Word to tidy up the wording of our draft SOP for vehicle deep cleaning before it goes to fleet group?",
    YES, p("5.2", "2.4"))
add("need help with an excel formula for our monthly cat 2 response times by locality (just the totals, no patient stuff). ok to use copilot in excel for that?",
    YES, p("6.4", "5.2", "2.4"))
add("im a dev in digital services - can i use github copilot to help write unit tests for the rota app? only made up test data",
    YES, p("5.2", "8.4"))
add("comms team here, can we run our published 'know when to call 999' poster text through deepl to get a polish version",
    YES, p("5.2") + q("tools-you-can-use"))
add("can copilot chat explain the main changes in the latest published resus council guidelines in plain english for me? it's for my own learning",
    YES, p("5.2", "2.3"))
add("recruiting a band 3 EMA, can i use copilot to help write the job advert and tidy the job description?", YES, p("14.2", "5.2"))
add("can I ask copilot in outlook to draft a reply to the tyre supplier chasing up a late delivery", YES, p("5.2", "2.4"))
add("is copilot chat ok for summarising the board papers the neighbouring trust published on their website? want a quick comparison",
    YES, p("2.3", "5.2"))
add("writing an intranet blog about my charity fell run, can copilot check spelling and grammar before i send it to comms?", YES, p("5.2", "2.3"))
add("using copilot to help draft an FOI response about how many vehicles are in our fleet - the answer goes on the disclosure log anyway. that fine?",
    YES, p("2.3", "5.2", "8.1"))
add("can i use copilot chat to turn the minutes of our last team meeting into a list of actions? no patient or HR stuff in them",
    YES, p("2.4", "5.2"))
add("we've got a draft board paper on the station reconfiguration that isn't public yet (not marked official-sensitive). can copilot chat summarise it for my team brief?",
    YES, p("2.4", "5.2"))

# ---- conditional yeses ----
add("we want copilot to do the recap of our monthly fleet team meeting in teams, is that allowed?", ["conditional"], p("10.2", "10.1"))
add("i'm in the carenote pilot at ashgill - can i use it on a job tonight and then move the draft into the epcr?",
    ["conditional"], p("5.2", "10.6", "8.5", "6.2"))
add("can we use copilot to help draft a new patient info leaflet explaining what happens when you ring 111?", ["conditional"], p("8.3", "9.1", "5.2"))
add("comms: we'd like to make an illustration of a heart for the CPR awareness campaign with firefly, anything we need to do?",
    ["conditional"], p("11.1", "9.2", "5.2"))
add("our team drafted a web page about hear and treat mostly with copilot. do we have to say that on the page when it goes live?",
    ["conditional", "info"], p("9.1") + q("before-you-publish"))
add("IG have signed off a clinical audit summary as properly anonymised (just aggregate %s, no patient level rows). can I put it into copilot chat to build a slide deck?",
    ["conditional", "allowed"], p("6.3", "6.4", "5.2"))
add("github copilot wrote a fair chunk of the new integration code, ok to push it to live this afternoon?", ["conditional"], p("8.4"))
add("used copilot to write a facebook post promoting our recruitment open day, can it go out as is?", ["conditional"], p("9.1", "8.1"))

# ---- clear nos, rules phrased unlike the question ----
add("on a call where the caller isn't sure if the patient is breathing properly - could i have copilot open to suggest what category to give it?",
    NO, p("7.1") + q("never-use-ai-to"))
add("can copilot look at the list of bank staff and work out fairly who should get the overtime shifts this month", NO, p("7.2"))
add("im writing my statement for the coroners inquest next month, can copilot help make it sound more professional?", NO, p("7.3") + q("never-use-ai-to"))
add("there's a free website that uses AI to turn PDFs into word docs, can i use it to edit our business continuity plan?", NO, p("7.4", "2.6", "5.1"))
add("someone commented on our facebook post moaning the ambulance took 3 hours for their nan Edna Robson (DOB 04/02/1938), can i get copilot to write a nice reply",
    NO, p("7.5", "6.2"), pii=["Edna Robson", "04/02/1938"])
add("can i paste a safeguarding referral i've written into copilot chat to make it more concise before it goes to the council?", NO, p("6.2", "2.5", "5.3"))
add("I manage a paramedic who's been off long term, can copilot summarise the notes from our welfare meetings so i can prep for the next one",
    NO, p("2.5", "6.2", "5.3"))
add("we're evaluating tenders for the new uniform contract, can i put the bidders' submissions and our scores into copilot to help write the evaluation report?",
    NO, p("2.5", "6.2"))
add("can copilot chat summarise the major incident plan into a one pager for the new starter induction pack?", NO, p("2.6", "2.5", "6.2"))
add("can i upload a 111 call recording into copilot to get a transcript for a complaint investigation? caller was on 07700 900412",
    NO, p("10.5", "6.2"), pii=["07700 900412"])
add("ok to ask copilot to describe a photo i took of a patient's leg wound so i can write it up better?", NO, p("11.4", "6.2"))
add("for our induction video could we make an AI version of the chief exec's voice reading the welcome script? she's said she's fine with it",
    NO, p("11.2"))
add("i'm not in comms but can i make a picture in copilot chat for our station newsletter?", NO, p("11.1", "5.2"))
add("comms want a realistic AI image of a crashed car with one of our ambulances at the scene for a road safety campaign, ok?", NO, p("11.3"))
add("can i use deepl to translate a letter to a patient's family who only speak polish?", NO, p("5.2") + q("tools-you-can-use"))
add("could we use carenote in the EOC to write up our clinical validation calls?", NO, p("10.6", "5.2"))
add("HR case hearing next week, can we have copilot do the teams transcript so i don't need a notetaker?", NO, p("10.3"))
add("patient safety incident review meeting on teams tomorrow - ok to switch on the copilot recap?", NO, p("10.3"))
add("a guy from the council joined our teams call with some ai notetaker thing (read.ai i think). is that ok or do i need to do something?",
    NO, p("10.4") + q("meetings-and-recordings"))
add("if i take the names and NHS numbers out of 20 incident reports (leaving the times and locations in) can i put them into copilot chat to find common themes?",
    NO, p("6.3", "6.2"))
add("can i put the epcr for Mrs Joan Pettigrew, NHS no 485 777 3456, into copilot chat so it writes the letter to her GP?",
    NO, p("6.2", "2.5", "5.3"), pii=["Joan Pettigrew", "485 777 3456"])
add("can copilot help me write the grievance outcome letter for Darren Whitlock (darren.whitlock@northfell.nhs.uk) in my team?",
    NO, p("2.5", "6.2", "7.2"), pii=["Darren Whitlock", "darren.whitlock@northfell.nhs.uk"])
add("for the SI review, can copilot build a timeline from the CAD log for incident CAD-250917-0412 at 14 Brackenfold Road, NF4 2QP?",
    NO, p("6.2", "2.5", "2.6"), pii=["CAD-250917-0412", "14 Brackenfold Road", "NF4 2QP"])

# ---- tool variants ----
add("can i use my own copilot (signed in with my hotmail) on my home pc to draft a report for work? it's only a draft", NO, p("5.4"))
add("i pay for chatgpt plus myself, is that ok for drafting work emails as long as there's nothing confidential in them?", NO, p("5.4", "5.1") + q("the-one-rule"))
add("is the grammarly browser extension allowed on my trust laptop?", NO, p("5.4"))
add("BI team here: could we call the azure openai api from a python script to categorise the free text comments in the staff survey?",
    APPROVAL, p("5.8", "12.1"), escalate=True)
add("adobe acrobat now has an 'AI assistant' button - can i use it to summarise a long NHSE pdf? the doc is public", APPROVAL, p("5.5", "12.1"), escalate=True)
add("the rostering system update has added an 'AI shift suggestions' feature, can we start using it for the EOC rota?", APPROVAL, p("5.5", "12.1", "7.2"), escalate=True)
add("can i use the microsoft copilot app on my own iphone if im signed in with my nhs account?", ["unsure", "not_allowed"], p("14.3", "5.6") + q("not-decided-yet"), escalate=True)
add("i'd like to build a copilot studio agent that answers questions from our 111 SOP library - can i just go ahead?", APPROVAL, p("5.7"), escalate=True)
add("student paramedic on placement here, can i use gemini through my uni account to help write up reflections on the jobs i've been to?",
    NO, p("5.4", "1.2", "6.2"))

# ---- tools the policy never mentions ----
add("is notion ai ok for organising my project notes for the new station build? no patient data at all", APPROVAL, p("5.1", "12.1"), escalate=True)
add("can i use canva's magic write to make a poster for the staff awards night?", APPROVAL, p("5.1", "12.1", "11.1"), escalate=True)
add("a supplier has offered us a free 3 month trial of their AI scheduling tool for patient transport bookings, can we just try it?",
    APPROVAL, p("12.1", "12.3"), escalate=True)

# ---- undecided / needs approval ----
add("we're recruiting 20 call handlers and have 300 applications. can copilot shortlist them against the person spec?", UNSURE, p("14.2", "14.1") + q("not-decided-yet"), escalate=True)
add("training school are looking at AI generated caller voices to make practice 999 calls for new EMAs - is that allowed?", UNSURE, p("14.4", "14.1") + q("not-decided-yet"), escalate=True)
add("trust secretary's office: can we use the copilot recap from the board meeting as the basis for the formal minutes?", UNSURE, p("14.5", "14.1") + q("not-decided-yet"), escalate=True)
add("we want to use copilot to analyse a spreadsheet of anonymised epcr data for a service evaluation of falls - ok?", APPROVAL, p("6.6"), escalate=True)

# ---- info ----
add("who do i talk to about getting a new ai tool approved?", ["info"], p("12.2", "16.1") + q("who-to-ask"))
add("what counts as 'amber information' in the ai policy?", ["info"], p("2.4") + q("traffic-lights"))
add("what's OSI? the ai policy keeps mentioning it", ["info"], p("2.6", "2.5"))
add("oops i pasted a patient's address into chatgpt by accident yesterday, what do i need to do now?", ["info"], p("15.2", "15.1") + q("something-went-wrong"))
add("what training do i need to do before i can get a copilot licence?", ["info"], p("13.1", "13.2"))

# ---- out of scope ----
add("does anyone know how to book annual leave on GRS? the page keeps timing out", ["out_of_scope"], [])
add("when's the next ILS refresher at kelderby station?", ["out_of_scope"], [])
add("what's the mileage rate for using my own car to get to a different station for overtime?", ["out_of_scope"], [])


def clause_ids_md(path):
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def slugs_txt(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    out = set()
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip():
            out.add(re.sub(r"[^a-z0-9]+", "-", lines[i - 1].lower()).strip("-"))
    return out


def main():
    refs = {P[:-1]: clause_ids_md(OUT / "originals" / P[:-1]),
            Q[:-1]: slugs_txt(OUT / "originals" / Q[:-1])}
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    ids = set()
    for line in (OUT / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        for r in c["clauses"]:
            fn, cid = r.split("#", 1)
            assert cid in refs[fn], (c["id"], r)
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"]:
            assert c["escalate"], c["id"]
    print("cases:", len(C))
    print("by first verdict:", Counter(c["verdict"][0] for c in C))
    print("by verdict set:", Counter("/".join(c["verdict"]) for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii cases:", sum(1 for c in C if "pii" in c))
    print("quick-ref slugs:", sorted(refs[Q[:-1]]))


if __name__ == "__main__":
    main()
