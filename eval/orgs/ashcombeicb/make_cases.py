#!/usr/bin/env python3
"""Write cases.jsonl for r10a (Harrowdene and Ashcombe ICB) and check it against originals/."""
import csv, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
P = "ai-acceptable-use-policy.md#"
R = "ai-tools-register.csv#"
Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
U = ["unsure", "not_allowed"]   # needs approval / undecided: escalate
I = ["info"]
O = ["out_of_scope"]

def p(*ids): return [P + i for i in ids]

CASES = [
 # --- clear yeses ---
 ("can i use copilot chat to tidy up the wording of an email to my team about the office move? nothing sensitive in it", Y, p("5.3","10.4","6.3")+[R+"Microsoft 365 Copilot Chat"], False),
 ("is it ok to ask copilot to summarise the hypertension NICE guideline for a lunch and learn im running for the nurses", Y, p("8.2","6.2","5.3")+[R+"Microsoft 365 Copilot Chat"], False),
 ("can i use chatgpt (my own free acct) just to explain in plain english what an ICB actually does vs the old CCGs? for my own understanding, new starter", Y, p("6.9","6.2","3.5")+[R+"ChatGPT"], False),
 ("can I use the copilot image thing to make a cartoon of a generic gp waiting room for a slide deck? no real people", Y, p("13.1","11.4")+[R+"Microsoft Copilot image creation"], False),
 ("we'd like teams to transcribe our monthly finance directorate meeting and do the recap. is that allowed", Y, p("12.1","12.4")+[R+"Microsoft Teams transcription and intelligent recap"], False),
 ("can i use copilot to help me write up my appraisal prep? it's only about my own work and objectives", Y, p("14.4"), False),
 ("hi, writing a job advert for a band 6 commissioning manager - can copilot draft it for me", C, p("14.2"), False),
 ("our BI team want to use github copilot for the python that builds the A&E dashboard - code only, no data in the prompts", Y, p("15.5")+[R+"GitHub Copilot Business"], False),
 ("is it fine to paste the board papers that are already published on our website into gemini to get a quick summary", Y, p("6.2","6.9")+[R+"Google Gemini"], False),
 ("can i get copilot to turn my draft SOP for the IFR admin process into a flowchart? just the process steps, no patient stuff in it", Y, p("6.3","5.3")+[R+"Microsoft 365 Copilot Chat"], False),
 ("GP at a practice thats in the AVT programme, done the clarion training. can i use clarion for my telephone consults today? all adults", C, p("9.6","9.2","9.1")+[R+"Clarion Ambient Scribe"], False),
 ("can i make a copilot agent that just searches my own onedrive notes so i can find stuff quicker", Y, p("15.4"), False),
 ("clinician doing revalidation - ok to use copilot to sort out the grammar and structure of my reflections? theres no patient details in them", Y, p("14.5"), False),
 ("can i play around with chatgpt at home on my own laptop to learn prompting? not using any work stuff at all", Y+["info","out_of_scope"], p("16.3"), False),
 ("meds optimisation team: can we use copilot to draft the formulary update doc from the published NICE TAs and BNF?", C, p("8.6","10.3","6.2"), False),
 # --- conditional yeses ---
 ("can i translate our published flu jab leaflet into polish using copilot?", C, p("6.10","11.1","10.3"), False),
 ("comms here - we want copilot to write most of the new 'choose well this winter' webpage, anything we need to do?", C, p("11.1","10.1","10.3"), False),
 ("writing a paper for quality committee, used copilot to help with the trend analysis (aggregate data only). do i need to mention it anywhere", C+["info"], p("11.2"), False),
 ("can we have teams recap switched on for the meeting with the council about the joint estates strategy", C, p("12.1")+[R+"Microsoft Teams transcription and intelligent recap"], False),
 ("can i use copilot on my own iphone? outlook and teams are set up through intune/company portal", C, p("5.7"), False),
 ("can i use copilot to redraft the part 2 board paper on the financial recovery plan before it goes to the private session? im one of the authors", C, p("6.7","3.7")+[R+"Microsoft 365 Copilot Chat", R+"Microsoft 365 Copilot"], False),
 ("im on a home visit, can i run clarion on my own phone since the practice tablet is flat? we're in the programme", N, p("9.6","9.4"), False),
 # --- clear nos, rules phrased unlike the question ---
 ("can i paste a patient's referral letter into copilot to shorten it before it goes to the hospital?", N, p("8.4","6.4"), False),
 ("quick q what's the amoxicillin dose for a 4yo with otitis media - just asking chatgpt, no name or anything", N, p("8.1"), False),
 ("I've taken all the names out of the CHC assessment so it's fine to put into copilot to draft the panel summary, right?", N, p("3.9","6.4","7.1","3.6"), False),
 ("can i screenshot someone's SCR and ask copilot to list their meds for the med rec", N, p("6.5","6.4"), False),
 ("we've got 200 applications for the admin apprentice post, can copilot score them against the person spec and give me a shortlist", N, p("14.1","7.1"), False),
 ("can teams transcribe the CHC panel this afternoon? would save me doing the minutes", N, p("12.2"), False),
 ("a supplier rep joined our teams call with their otter assistant thing recording, is that ok to leave?", N, p("12.3")+[R+"Otter.ai"], False),
 ("can i put the evaluation scores for the community diagnostics tender into copilot to write up the moderation report? award isnt till next month", N, p("6.7"), False),
 ("lol can chatgpt just do my IG mandatory training quiz for me", N, p("7.4"), False),
 ("i have to give a statement for an inquest next month, can copilot draft it from my notes", N, p("7.5"), False),
 ("can i download deepseek on my work laptop to compare it against copilot", N, p("5.9")+[R+"DeepSeek"], False),
 ("can i install the grammarly extension in edge on my work laptop, my spelling is awful", N, p("5.5","5.9")+[R+"Grammarly"], False),
 ("can i run a photo of a patient's rash through gemini to see what it thinks it is", N, p("13.3","8.1"), False),
 ("could copilot design a new logo for the frailty team? we want something with the nhs logo in it", N, p("13.5"), False),
 ("locum gp - can i use the free heidi app on my phone to scribe consults at a practice that isnt in the clarion programme", N, p("9.4"), False),
 ("patient said she'd rather not have the AI listening but it's so much quicker for me - can i keep clarion running and just not save the note", N, p("9.3"), False),
 ("can i sign up for chatgpt with my nhs.net email so i can share chats with the team", N, p("6.9")+[R+"ChatGPT"], False),
 ("can copilot add a few more people into the photos from the community health fair so it looks busier for the annual report", N, p("13.4","7.2"), False),
 # --- tool variants ---
 ("we're thinking of buying chatgpt team licences for the transformation team out of our own budget, that ok?", U, p("5.4","15.1","18.6","15.3"), True),
 ("adobe acrobat has an 'AI assistant' button now - can i use it to summarise a contract pdf", U, p("5.6","5.2"), True),
 ("can i call the openai api from a python script to categorise our internal IT helpdesk tickets", U, p("5.8","5.2"), True),
 ("is copilot on my personal microsoft account (the free one on my home pc) ok for drafting our internal team newsletter", N, p("5.4","6.9","6.3","5.7")+[R+"Microsoft Copilot (personal account)"], False),
 ("emis have added an AI summary feature for patient records, our practice manager wants to turn it on - can we?", U, p("18.3","5.6"), True),
 # --- information described without keywords ---
 ("one of my team has been off with stress for 6 weeks, can copilot help me summarise her occupational health report for the return to work meeting", N, p("14.3","6.6"), False),
 ("i want to paste the notes from our looked after children health review meeting into copilot to pull out the actions", N, p("6.4","3.6"), False),
 ("can i put our draft commissioning intentions (not been out to consultation yet) into chatgpt to make them more readable", N, p("6.7","6.9","3.7")+[R+"ChatGPT"], False),
 ("got a spreadsheet of practice-level flu uptake, some cells are like 3 or 4 patients - ok to drop it into copilot?", N, p("3.9","6.4","6.8"), False),
 ("pseudonymised SUS extract, nhs numbers swapped for codes, can i use copilot chat to help analyse it", N, p("6.8","6.4"), False),
 ("manager here - can i ask copilot to summarise the investigation notes from a grievance so i can write the outcome letter", N, p("14.3","7.1"), False),
 # --- tools the policy never mentions ---
 ("is claude ok for drafting a business case? nothing confidential in it", U, p("5.2","5.1"), True),
 ("can i use perplexity to research other ICBs' virtual ward models", U, p("5.2","5.1"), True),
 ("canva has 'magic write' now - can i use it for the patient participation group newsletter", U, p("5.6","5.2"), True),
 # --- undecided points ---
 ("we're in the AVT programme - can i use clarion in my baby clinic / with under 16s?", U, p("18.2","9.5","18.1")+[R+"Clarion Ambient Scribe"], True),
 ("talking therapies practitioner - our service is on the avt programme, can we use the ambient scribe in therapy sessions?", U, p("18.2","9.5","18.1"), True),
 ("we've had 1,400 free-text responses to the urgent care engagement survey, can copilot theme them for us", U, p("18.5","18.1"), True),
 ("i'm dyslexic and use an AI reading/summary app on my own phone, can i use it for work documents as a reasonable adjustment?", U, p("18.4","14.6"), True),
 ("comms want to make an AI video of our chief exec's voice wishing staff happy christmas - allowed?", U, p("13.2"), True),
 # --- info ---
 ("who do i ask about getting a new AI tool approved?", I, p("19.1","5.2"), False),
 ("what counts as 'sensitive business information'?", I, p("3.7"), False),
 ("who is the caldicott guardian here", I, p("4.4","19.4"), False),
 ("do i have to do the AI e-learning before i get a copilot licence?", I, p("16.2","16.1"), False),
 # --- out of scope ---
 ("how do i claim mileage for visiting practices", O, [], False),
 ("when's the deadline for the Q3 finance return?", O, [], False),
]

PII_CASES = [
 ("patient Derek Hollins, NHS no 943 476 5919, dob 12/03/1951 - can i paste his discharge summary into copilot to draft the onward referral to community physio?", N, p("8.4","6.4","6.5"), False, ["Derek Hollins","943 476 5919","12/03/1951"]),
 ("help - i accidentally pasted a letter about a patient (Shauna Whitlock, HD7 4QP) into chatgpt. what do i do now", I+["not_allowed"], p("17.1"), False, ["Shauna Whitlock","HD7 4QP"]),
 ("complainant is Mr Gareth Pellow (gareth.pellow82@gmail.com), can i use copilot to go through his public facebook posts before we reply?", N, p("7.3"), False, ["Gareth Pellow","gareth.pellow82@gmail.com"]),
 ("my team member Priya Ramaswamy is going through a disciplinary process, can copilot draft the letter inviting her to the formal hearing?", N, p("14.3","7.1"), False, ["Priya Ramaswamy"]),
]

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\s", line)
        if m: ids.add(m.group(1))
    return ids

def main():
    orig = HERE / "originals"
    valid = {"ai-acceptable-use-policy.md#" + i for i in clause_ids((orig / "ai-acceptable-use-policy.md").read_text())}
    with open(orig / "ai-tools-register.csv", newline="") as f:
        valid |= {"ai-tools-register.csv#" + r["tool"] for r in csv.DictReader(f)}
    out = []
    allc = [c + (None,) for c in CASES] + list(PII_CASES)
    for n, (q, v, cl, esc, pii) in enumerate(allc, 1):
        if esc is None:
            esc = False
        d = {"id": f"r10a{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii: assert s in q, s
            d["pii"] = pii
        for ref in cl: assert ref in valid, ref
        for x in v: assert x in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"}
        if "unsure" in v and v[0] == "unsure": assert esc, q
        out.append(d)
    # order PII cases among the others deterministically: keep as appended
    with open(HERE / "cases.jsonl", "w") as f:
        for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    ids = [d["id"] for d in out]; assert len(ids) == len(set(ids))
    from collections import Counter
    print(len(out), "cases"); print(Counter(d["verdict"][0] for d in out)); print("escalate", sum(d["escalate"] for d in out), "pii", sum("pii" in d for d in out))

if __name__ == "__main__":
    main()
