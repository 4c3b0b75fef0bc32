#!/usr/bin/env python
"""Write cases.jsonl for the NHS Ardoch set (prefix r8a) and check it against originals/."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
F = "genai-acceptable-use-policy.md"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
NO_OR_UNSURE = ["not_allowed", "unsure"]
UNSURE = ["unsure", "not_allowed"]


def c(*ids):
    return [f"{F}#{i}" for i in ids]


CASES = [
    # ---- clear yeses
    ("can i use copilot chat to tidy up the wording of an email to my team about the new rota system? no names in it",
     YES, c("5.2(a)", "3.6(b)", "5.2"), False),
    ("is copilot chat ok for summarising the scottish government's published waiting times guidance? it's on their website anyway",
     YES, c("5.2(a)", "3.6(a)", "A.1"), False),
    ("hi, can I get Copilot Chat to draft an SOP for our ward's linen management? just internal procedure stuff",
     YES, c("5.2(a)", "3.6(b)", "A.2"), False),
    ("can copilot chat help me write an excel formula for working out average length of stay? i'll just describe the columns, not paste any data in",
     YES, c("5.2(a)", "8.4"), False),
    ("is it fine to ask copilot chat to explain what the data protection act says about subject access requests? general question, no case details",
     YES, c("5.2(a)", "3.6(a)"), False),
    ("working from home on my own laptop but logged into ardoch anywhere - can i use copilot chat in there to draft a newsletter piece about our team's fundraiser?",
     YES, c("3.4", "5.2(a)", "5.3"), False),
    ("can i use copilot chat to fix spelling and grammar in a report that's going on the website? and do i need to put an AI statement on it",
     YES, c("9.1", "5.2(a)"), False),
    ("I want to paste our ward's monthly activity numbers into copilot chat and get it to make a chart. the small counts are already suppressed",
     YES, c("3.6(b)", "A.2", "5.2(a)", "6.3"), False),
    ("the copilot button in the edge sidebar on my work laptop - is that the approved one? it shows the protected shield thing when im signed in with my nhs.scot account. want to use it to draft a meeting agenda",
     YES, c("5.2(a)", "3.3", "3.4"), False),
    ("can copilot chat help draft the equality impact assessment for our new service? it'd use the published census ethnicity stats for the area",
     YES, c("3.6(a)", "5.2(a)", "A.1"), False),
    ("a student nurse on placement with us wants to use copilot chat to help plan a teaching session on falls prevention, is she allowed?",
     YES, c("2.1", "5.2(a)", "13.1"), False),
    ("can i use copilot chat to write a python script that tidies up a spreadsheet of appointment slot counts (no patient details)? then i'd run it against the live PAS",
     ["conditional"], c("8.4", "7.6", "5.2(a)"), False),

    # ---- conditional yeses
    ("I've got a copilot licence - can I use it in outlook to summarise a long email thread with HR about a staff member's annual leave dispute? I'm their line manager",
     YES, c("5.2(b)", "3.6(c)", "A.3"), False),
    ("can i use copilot in word to help restructure a draft paper for the private session of the board? i have a licence",
     ["conditional", "allowed"], c("6.4", "5.2(b)", "3.7", "9.2"), False),
    ("we're in the scribeassist pilot in the diabetes clinic. ok to use it in my clinic this afternoon? the patients will obviously be talking about their conditions",
     ["conditional"], c("5.2(c)", "9.3", "8.3"), False),
    ("comms team here - can i use firefly to make a background graphic of a generic hospital corridor for the winter vaccine campaign poster?",
     ["conditional", "allowed"], c("5.2(d)", "9.4", "11.1"), False),
    ("want to make a picture of a cartoon hand being washed for my team's infection control training slides - copilot chat ok for that?",
     ["conditional", "allowed"], c("11.2", "5.2(a)"), False),
    ("im a licence holder, can copilot transcribe and summarise our weekly estates project meeting in teams? all staff, nothing about patients",
     ["conditional"], c("10.1", "10.2"), False),
    ("can i upload a pdf of a journal article i got through the knowledge network into copilot chat and ask it for a summary for our journal club?",
     ["conditional", "unsure"], c("6.6"), False),
    ("we get delayed discharge figures from the council under our info sharing agreement, no names. can i put them into copilot chat to look for trends",
     ["conditional", "unsure"], c("6.7", "4.3"), False),
    ("Do I need to say on my board paper cover sheet that I used Copilot to draft bits of it?",
     ["info", "conditional"], c("9.2"), False),
    ("i'm drafting a reply to a complaint from a Mr Hamish Drummond, 14 Kirkton Road, Crieff PH7 3AB, about the car park barrier damaging his car. can i use my licensed copilot in word to draft the response letter?",
     ["conditional", "allowed"], c("5.2(b)", "3.6(c)", "9.1", "A.3"), False,
     ["Hamish Drummond", "14 Kirkton Road", "PH7 3AB"]),

    # ---- clear nos, phrased unlike the rule
    ("can i make a funny ai picture of my manager as a superhero for her retirement card? she's said she doesn't mind",
     NO, c("7.3", "3.8"), False),
    ("can copilot tell me which of my band 5s are answering the fewest emails? just trying to get a handle on workload",
     NO, c("7.4"), False),
    ("i need to get my NMC revalidation reflective accounts done, can i get copilot chat to write them up from my bullet points",
     NO, c("7.5"), False),
    ("ward sister here, can i paste a patient's discharge letter into copilot chat to turn it into plain english for the family",
     NO, c("6.2", "3.6(d)", "5.2(a)"), False),
    ("i have a licensed copilot - can i ask it to summarise a staff member's occupational health report before her absence meeting?",
     NO, c("5.2(b)", "6.2", "3.6(d)", "A.4"), False),
    ("could i upload a photo of a patient's leg ulcer to copilot to see what it thinks it is? just for a second opinion",
     NO, c("7.2", "11.3", "6.2"), False),
    ("can we switch on teams transcription and the copilot recap for our MDT on thursday? would save the coordinator loads of time",
     NO, c("10.2", "10"), False),
    ("can i ask copilot chat to help work out why our firewall rules keep blocking the lab analyser? i'd paste in the config",
     NO, c("6.5"), False),
    ("can i get copilot to write a reply to a patient's letter and send it as if it came from the chief exec? she'll never have time to do them all",
     NO, c("7.7"), False),
    ("I've got the three bidders' tender submissions for the catering contract, can I attach them to copilot chat and ask it to compare them?",
     NO, c("6.4", "3.7", "5.2(a)"), False),
    ("can i use copilot chat to type up the minutes of yesterday's child protection case conference from my handwritten notes?",
     NO, c("6.2", "3.6(d)", "A.4"), False),
    ("putting together handover notes on the kids we see at the school nursing drop-in, copilot chat can tidy them up right? first names only",
     NO, c("3.6(d)", "6.3", "6.2", "A.4"), False),
    ("i'm a manager with a copilot licence. one of my team is back after surgery, can i use copilot to pull together her phased return plan from her fit note and our emails?",
     NO, c("3.6(d)", "5.2(b)", "A.4", "6.2"), False),
    ("someone's passed me a list of staff who are union members for the ballot, can copilot chat sort it by department for me",
     NO, c("3.6(d)", "5.2(a)", "6.2"), False),
    ("can i get copilot chat to summarise a police statement about a patient who assaulted one of our A&E nurses? need it for the incident review",
     NO, c("3.6(d)", "6.2", "6.7"), False),
    ("i want to use scribeassist to record my 1:1s with my team so i don't need to take notes, it's already on my work ipad",
     NO, c("5.2(c)", "3.9"), False),
    ("one of my patients in the scribeassist clinic said she didn't want it on. can i just leave it running and delete her bit afterwards?",
     NO, c("9.3"), False),
    ("can i ask copilot chat to draft a dietetics referral for jean mcallister dob 03/04/1958 chi 0304581234, she's got poorly controlled diabetes",
     NO, c("6.2", "3.6(d)", "5.2(a)"), False,
     ["jean mcallister", "03/04/1958", "0304581234"]),
    ("need copilot to summarise the notes from the absence meeting with Craig Paterson (staff no 448812), he's been off with work-related stress",
     NO, c("3.6(d)", "6.2", "5.2(b)", "A.4"), False,
     ["Craig Paterson", "448812"]),
    ("can I put our volunteer list (names and emails like moira.shaw@btinternet.com) into copilot chat to set up a mail merge? I don't have a licence",
     NO, c("5.2(a)", "3.6(c)", "A.3"), False,
     ["moira.shaw@btinternet.com"]),

    # ---- tool variants
    ("can i use copilot on my personal microsoft account at home to draft a leaflet about our clinic opening times? it's basically the same as copilot chat",
     NO, c("5.3"), False),
    ("i've got the copilot app on my own iphone and i'm signed in with my nhs.scot account. is that ok for drafting emails on the go?",
     NO, c("5.3", "5.2(a)"), False),
    ("is the chatgpt browser extension ok if i only use it on public webpages?",
     NO_OR_UNSURE, c("5.1", "5.4"), True),
    ("i pay for chatgpt plus myself - can i use it for work stuff that's public info only?",
     NO_OR_UNSURE, c("5.1", "5.4"), True),
    ("our dev team wants to call the azure openai api to build a discharge summary helper hooked into the clinical portal - what's the process / can we just crack on?",
     NO_OR_UNSURE, c("7.6", "5.4", "12.2"), True),
    ("zoom just added an 'ai companion' to the version we use with the university, can i turn it on for our research meetings?",
     NO_OR_UNSURE, c("12.3", "5.1", "10.3"), True),
    ("adobe acrobat keeps offering to summarise pdfs with its AI assistant. ok to use it on a published SIGN guideline?",
     NO_OR_UNSURE, c("5.1", "12.3"), True),
    ("grammarly's new ai rewrite thing - can i use it on my work emails?",
     NO_OR_UNSURE, c("5.1", "5.4"), True),
    ("our team has a whatsapp group and someone added an AI bot that summarises the chat. we mostly talk about shift swaps but sometimes patients come up - is that ok?",
     NO, c("5.1", "6.2"), True),
    ("a supplier has offered us a free 3 month trial of their AI triage tool for the service. can i sign us up?",
     NO_OR_UNSURE, c("12.4", "12.1", "5.4"), True),
    ("i'm in the health improvement team - can i get access to firefly to make images for our stop smoking leaflet?",
     NO_OR_UNSURE, c("5.2(d)", "11.1", "5.4", "11.4"), True),
    ("is it ok to use scribeassist on my out of hours shifts? i don't think OOH is on the pilot list",
     NO_OR_UNSURE, c("5.2(c)", "5.4"), True),
    ("can I make a copilot agent that answers questions from our team's procedures sharepoint site? i have a licence",
     UNSURE, c("15.3", "7.6"), True),

    # ---- undecided
    ("can i use copilot chat to write a job advert for a band 3 admin post? nothing confidential in it",
     UNSURE, c("15.1"), True),
    ("could copilot come up with interview questions for the ward manager post we're recruiting to",
     UNSURE, c("15.1"), True),
    ("Can I get Copilot to score the candidates' applications so we can decide who to interview?",
     UNSURE, c("15.1", "7.1"), True),
    ("we'd like copilot to transcribe the area partnership forum meetings, the staff side secretary keeps asking for quicker minutes",
     UNSURE, c("10.4", "15.4"), True),
    ("i work at a gp practice in the board area - does your AI policy apply to us when we log into the clinical portal?",
     ["unsure", "info"], c("2.4", "15.4"), True),
    ("can we use copilot chat to translate our clinic opening hours poster into gaelic? it's already on the website in english",
     UNSURE, c("15.2"), True),

    # ---- info
    ("who do i contact to get a new ai tool approved?",
     ["info"], c("16.2", "12.2", "5.4"), False),
    ("what counts as reserved business?",
     ["info"], c("3.7"), False),
    ("i think i accidentally pasted a patient's referral letter into copilot chat this morning, what do i do now",
     ["info", "not_allowed"], c("14.1"), False),
    ("how do i get a copilot licence?",
     ["info"], c("5.2(b)", "16.3"), False),
    ("what training do i need to do before using copilot chat",
     ["info"], c("13.1"), False),

    # ---- out of scope
    ("how do i book annual leave on eESS?", ["out_of_scope"], [], False),
    ("whats the wifi password for the staff network in the west wing", ["out_of_scope"], [], False),
    ("does anyone know if the canteen at ardoch royal does gluten free soup on fridays", ["out_of_scope"], [], False),
]


def clause_ids(md_path):
    ids = set()
    for line in open(md_path, encoding="utf-8"):
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)*(?:\([a-z]\))?) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids(os.path.join(HERE, "originals", F))
    out = []
    for n, case in enumerate(CASES, 1):
        q, verdict, clauses, esc = case[:4]
        pii = case[4] if len(case) > 4 else None
        for ref in clauses:
            assert ref.split("#", 1)[1] in ids, ref
        if "unsure" in verdict and verdict[0] == "unsure":
            assert esc, q
        obj = {"id": f"r8a{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, s
            obj["pii"] = pii
        out.append(obj)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "cases;", len(ids), "clause ids in originals")


if __name__ == "__main__":
    main()
