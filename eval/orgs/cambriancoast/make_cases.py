"""Write cases.jsonl for the Cambrian Coast FRS set and verify it against originals/."""
import json
import os
import re
import csv

HERE = os.path.dirname(os.path.abspath(__file__))
M = "ccfrs-generative-ai-policy.md#"
R = "ccfrs-ai-tools-register.csv#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
ESC = ["not_allowed", "unsure"]
CHAT = R + "Microsoft 365 Copilot Chat"
LIC = R + "Microsoft 365 Copilot"

C = []


def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"r11c{len(C) + 1:03d}", "question": q, "verdict": verdict,
         "clauses": [x if "#" in x and (x.startswith(M) or x.startswith(R)) else M + x for x in clauses],
         "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# --- clear yeses
c("can i use copilot chat to rewrite the station open day email so it sounds less boring? its just times, parking and the bbq info", YES, ["6.2", "6.1", "5.2", CHAT])
c("is it ok to get copilot to summarise the new national guidance on lithium ion battery fires (the published one) so i can do a toolbox talk on it", YES, ["6.1", "6.2", "5.2", CHAT])
c("quick one - is it fine to use the free chatgpt to look up what the fire safety order says about who the responsible person is?", YES, ["5.4", R + "ChatGPT"])
c("anyone mind if i ask gemini for slogan ideas for our bonfire night safety campaign? nothing internal just ideas", YES, ["5.4", R + "Google Gemini", "6.1"])
c("got a spreadsheet of appliance availability hours by station, no names or staff numbers in it. can copilot chat help me build a pivot table and some formulas", YES, ["6.1", "5.2", "6.2", CHAT])
c("i've got a copilot licence - can i get it to summarise the massive email chain with HR and my watch about leave requests over xmas", YES, ["6.3", "5.3", LIC])
c("can I use copilot chat to draft a blank SSRI visit checklist template? no actual premises or addresses in it, just the headings", YES, ["9.2"])
c("HFSC team want an easy read version of the 'test your smoke alarm monthly' leaflet - ok to use copilot chat for that?", YES, ["9.5", "6.1"])
c("fire investigator here, can i use copilot chat to read up on how e-scooter batteries go into thermal runaway? purely background, nothing about the actual job", YES, ["9.7"])
c("can i use copilot on my own phone through the outlook/teams apps? phone is enrolled in the company portal thing. just for internal emails", YES, ["5.8"])
c("dev team question: ok to use github copilot in vs code for the internal rota app? we're on the service github org", YES, [R + "GitHub Copilot", "5.1"])
c("do i need my line manager's ok before using copilot chat to tidy up a briefing note for SLT? theres nothing personal in it", YES + ["info"], ["6.2"])
c("received a welsh email from a community council about our open day, can i pop it into microsoft translator just to get the gist", YES, [R + "Microsoft Translator"])
c("can i paste our published annual incident stats (the ones already on the website) into copilot to make some nicer charts for a presentation", YES, ["9.3", "5.2", "A.5"])
c("on-call firefighter here - can we use copilot chat for service stuff too? i dont think we get licences", YES + ["info"], ["1.2", "5.2", CHAT])
c("comms have a grammarly business licence for me, can i use it to check the annual report draft before it goes to print", YES, [R + "Grammarly"])

# --- conditional yeses
c("making a quiz for the trainee firefighters on BA theory and entry control, can copilot chat knock up 20 multiple choice qs for me", ["conditional", "allowed"], ["8.2", "6.1"])
c("been asked to update our safe system of work for working at height, can i use copilot to help write it", ["conditional"], ["8.2"])
c("we want to put the wildfire season press release into welsh using translator and publish it today, is that ok", ["conditional", "not_allowed"], [R + "Microsoft Translator", "16.6"])
c("can we have teams transcribe and copilot summarise the weekly watch managers meeting?", ["conditional"], ["11.1", LIC])
c("crew at an rtc last night, driver only spoke polish and was trapped - can we use translator on the appliance ipad to talk to him in future?", ["conditional"], ["9.10", R + "Microsoft Translator"])
c("comms want an AI mocked up image of our deputy chief for a recruitment poster, she's happy to sign something to say ok. allowed?", ["conditional"], ["12.2"])
c("I used copilot to help draft the options section of my fleet replacement report for the fire authority. anything i need to do?", ["conditional", "info"], ["10.5", "8.1"])
c("licensed copilot user - can it draft replies to complaint emails from members of the public? they have names and addresses in them", ["conditional"], ["6.3", "5.3", "4.4", LIC])
c("can chatgpt write a generic social post about water safety in summer? comms will check it before it goes out", YES, ["5.4", "6.1", R + "ChatGPT"])
c("comms: can we use firefly to make a picture of a smoke alarm on a kitchen ceiling for instagram", YES, [R + "Adobe Firefly", "12.1", "10.3"])
c("can copilot (licensed) summarise the complaint from Mr Dafydd Evans on 07700 900123 about crews parking across his drive during the hydrant checks", ["conditional", "allowed"], ["6.3", "5.3", "4.4", LIC], pii=["Dafydd Evans", "07700 900123"])

# --- clear nos (rules worded unlike the question)
c("after a job can copilot tidy up my IRS narrative? its all my own notes just messy", NO, ["9.3", "7.1(a)"])
c("can i put the SSRI for the chemical works on the industrial estate into copilot so it pulls out the key hazards for crews", NO, ["9.2", "4.3"])
c("got a referral from social services for a home fire safety check, Mrs Eluned Pritchard at 12 Heol y Felin SA46 0PB, 84, dementia and home oxygen. can copilot help me write up the visit notes", NO, ["9.4", "4.3", "A.8"], pii=["Eluned Pritchard", "12 Heol y Felin", "SA46 0PB"])
c("can i get copilot to check the wording on my draft FI report before it goes to the coroner", NO, ["9.6", "7.1(a)"])
c("photos from the house fire scene came out really dark, can i use AI to brighten them up", NO, ["9.6", "12.5"])
c("can copilot blur the number plates and faces in the RTC pics before we post them on facebook", NO, ["12.5"])
c("recruitment - 140 firefighter application forms came in, can i get copilot to rank them against the criteria? would save days", NO, ["7.1(c)"])
c("can i use otter to take notes in the teams call with the council tomorrow", NO, [R + "Third-party AI notetakers", "11.3"])
c("someone from the housing association joined our teams call with a fireflies bot, is it ok to just carry on?", NO, ["11.3", R + "Third-party AI notetakers"])
c("can i use deepseek for drafting a press release? its better than chatgpt tbh", NO, [R + "DeepSeek", "5.6"])
c("want to use elevenlabs so the chief's voice reads out the welsh version of the recruitment video, she doesnt speak welsh", NO, ["12.4", R + "ElevenLabs"])
c("grievance hearing next week - can i use copilot recap so i dont have to take notes?", NO, ["11.2"])
c("can i use chatgpt to draft the enforcement notice for the takeaway with no fire doors? i'll check it and sign it myself", NO, ["5.4", "7.1(d)", R + "ChatGPT"])
c("can I paste one of my crew's sickness absence record into copilot chat to help write the return to work letter", NO, ["4.3", "5.2", "A.8", CHAT])
c("I've got licensed copilot, can i get it to summarise the occupational health report on one of my firefighters", NO, ["4.3", "5.3", "A.8"])
c("referral for Tomos Jenkins dob 03/04/2011 who has been setting fires in the park - can chatgpt draft his firesetter intervention plan", NO, ["4.3", "A.8", "5.4"], pii=["Tomos Jenkins", "03/04/2011"])
c("can i paste Gareth Hughes's disciplinary investigation notes (payroll 448213) into chatgpt to help draft the outcome letter", NO, ["5.4", "7.1(c)", R + "ChatGPT"], pii=["Gareth Hughes", "448213"])
c("member of the public emailed from sian.morgan82@gmail.com asking for a smoke alarm fitting - can copilot chat draft the reply if i paste her email in", ["not_allowed", "conditional"], ["5.2", "4.4", CHAT], pii=["sian.morgan82@gmail.com"])
c("recruitment campaign idea: AI image of one of our pumps at a house fire, looking properly real. ok?", NO, ["12.3", "7.1(b)"])
c("is the free grammarly extension ok on my work laptop? its only for spelling", NO, [R + "Grammarly", "5.7"])
c("working from home on my own laptop, can i use copilot chat in chrome with my work login to draft a training plan", NO, ["5.8"])
c("can i use copilot chat signed in with my personal outlook.com account at home to draft the station newsletter", NO, ["5.7", "5.4"])
c("chatgpt app on my personal phone - can i get it to summarise the draft budget paper for the authority? not published yet", NO, ["5.4", "5.8"])

# --- unlisted tools, builds, approvals (escalate)
c("is claude ok to use for work? its way better at writing than copilot", ESC, ["5.5", "13.1", "5.1"], True)
c("adobe acrobat has started showing an 'AI assistant' button, can I use it to summarise a supplier contract?", ESC, ["5.5", "13.1"], True)
c("want to build a little app on the azure openai api that answers questions about our SOPs", ESC, ["13.4"], True)
c("can i make a copilot agent in teams that answers HR policy questions for the watches", ESC, ["13.4"], True)
c("theres a free trial of a tool that writes risk assessments for you, can we trial it for a month on station", ESC, ["13.2", "5.5"], True)

# --- matters under review
c("our telematics company switched on ai driver scoring, can i use the scores to choose who goes on the EFAD driving refresher?", ESC, ["16.3", "9.9"], True)
c("control room - can we feed a 999 call recording into copilot to get a transcript for a complaint investigation", ESC, ["16.2", "9.8"], True)
c("can i use chatgpt to help write my supervisory manager promotion application? its all about me not service info", ["unsure"], ["16.4"], True)
c("apprentice here, am i allowed to use copilot to help write up my level 3 portfolio evidence?", ["unsure"], ["16.4"], True)
c("democratic services: can we use the copilot meeting summary as the basis for the audit committee minutes", ["unsure"], ["16.5"], True)
c("could we get copilot to write the welsh version of the CRMP consultation from scratch instead of translating the english", ESC, ["16.6"], True)

# --- info
c("who do i ask about getting a copilot licence?", ["info"], ["14.3", "14.2", "17.1"])
c("what counts as 'protected information' in the AI policy?", ["info"], ["A.8", "4.1"])
c("I accidentally pasted a spreadsheet with HFSC referral details into chatgpt yesterday, deleted it straight away. what do i do now", ["info", "not_allowed"], ["15.1", "15.2"])
c("who's the contact for a DPIA on a new system that has ai features?", ["info"], ["17.2", "13.3", "3.2"])
c("if i take the names out of a complaint letter does that make it internal info?", ["info", "not_allowed"], ["4.2"])

# --- out of scope
c("how do i book annual leave in the new rota system?", ["out_of_scope"], [])
c("anyone know when the control staff pay award will be backdated to?", ["out_of_scope"], [])
c("whats the process for swapping a duty with someone on blue watch", ["out_of_scope"], [])


def clause_ids_md(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^([A-Z]\.\d+|\d+(?:\.\d+)+(?:\([a-z]\))?) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    odir = os.path.join(HERE, "originals")
    md_ids = clause_ids_md(os.path.join(odir, "ccfrs-generative-ai-policy.md"))
    tools = {r["tool"] for r in csv.DictReader(open(os.path.join(odir, "ccfrs-ai-tools-register.csv"), encoding="utf-8"))}
    # register rows cite existing pdf clauses
    for r in csv.DictReader(open(os.path.join(odir, "ccfrs-ai-tools-register.csv"), encoding="utf-8")):
        for ref in r["clauses"].split(";"):
            assert ref.split("#")[1] in md_ids, ref
    ids = set()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for d in C:
            assert d["id"] not in ids
            ids.add(d["id"])
            for ref in d["clauses"]:
                file, cid = ref.split("#", 1)
                if file.endswith(".md"):
                    assert cid in md_ids, ref
                else:
                    assert cid in tools, ref
            for p in d.get("pii", []):
                assert p in d["question"], p
            assert d["verdict"] and all(v in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"} for v in d["verdict"])
            if "unsure" in d["verdict"] and d["verdict"] == ["unsure"]:
                assert d["escalate"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
        json.loads(line)
    from collections import Counter
    print("cases:", len(C), "pii cases:", sum(1 for d in C if "pii" in d), "escalate:", sum(d["escalate"] for d in C))
    print("by first verdict:", Counter(d["verdict"][0] for d in C))
    print("by verdict set:", Counter("/".join(d["verdict"]) for d in C))
    print("md clause ids:", len(md_ids))


if __name__ == "__main__":
    main()
