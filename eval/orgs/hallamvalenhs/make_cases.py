"""Write cases.jsonl for the Hallam Vale NHS FT set and check it against originals/.

Run: /work/main/.venv/bin/python make_cases.py
"""
import csv
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "hvft-generative-ai-policy.md#"
R = "hvft-ai-tools-register.csv#"
CHAT, M365, AUR, TEAMS, DEEPL, GT = (R + t for t in (
    "Microsoft 365 Copilot Chat", "Microsoft 365 Copilot", "Aurelia Ambient Scribe",
    "Teams transcription and intelligent recap", "DeepL Pro", "Google Translate"))
GPT, GEM, OTTER = R + "ChatGPT", R + "Google Gemini", R + "Otter.ai"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure", "not_allowed"]

C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": clauses, "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# ---- clear / conditional yeses
case("can i use copilot chat to reword our team newsletter before it goes out? nothing about patients in it, just the bake sale and the new car parking arrangements", YES, [P + "5.2", CHAT, P + "6.1"])
case("hiya is it ok to get copilot to summarise the new NICE guideline on psychosis for our team huddle", YES, [P + "5.2", CHAT, P + "9.3"])
case("I need to make a training quiz on the Mental Capacity Act principles for new HCAs, can copilot chat write the questions for me?", YES, [P + "5.2", CHAT])
case("can i use copilot to help plan teh agenda for our team away day", YES, [P + "5.2", CHAT])
case("using copilot in word (i do have a licence) to tidy up the draft business case for extra band 5s for our service - it hasnt gone to board yet so its not public. ok?", YES, [P + "5.3", M365, P + "3.6"])
case("can i use copilot to draft a poster for world mental health day and make a picture for it with the image thing", YES, [P + "11.1", P + "5.2", CHAT])
case("patient brought in a printout from chatgpt about her meds and wants to go through it with me. am i allowed to discuss it with her?", YES, [P + "12.1"])
case("a carer wants to record my appointment with his dad on his own phone with some AI notes app. do i have to say no??", YES + ["info"], [P + "12.2"])
case("I'm a consultant in the west CMHT doing outpatient med reviews, can i start using aurelia in my clinic?", YES, [P + "8.3(a)", P + "8.3", P + "8.4", AUR, P + "14.2"])
case("memory clinic nurse here - patient has agreed to the ambient scribe for her assessment appointment and I've done the training. can we go ahead", YES, [P + "8.3(b)", P + "8.3", P + "8.4", AUR])
case("can I turn on teams transcription for the estates and facilities monthly meeting? will tell everyone at the start", YES, [P + "8.7", TEAMS])
case("is copilot ok for writing excel formulas for our bed occupancy spreadsheet? its just numbers per ward per month, no patient details", YES, [P + "5.2", P + "3.7", CHAT])
case("can i use DeepL to translate our published crisis line leaflet into polish? someone from the language team will check it", YES, [DEEPL, P + "9.4", P + "6.1"])
case("quick one - is it ok to use copilot to check spelling and grammar on an email to the estates team about a broken window", YES, [P + "5.2", P + "10.2", CHAT])
case("is it ok to use copilot chat to turn our published LD service leaflet into an easy read version? will get it checked before it goes out", YES, [P + "5.2", P + "9.4", CHAT])
case("can i use copilot chat on my own laptop at home if im signed in with my trust account? only for writing up our team's induction checklist", YES, [P + "2.2", P + "5.2", CHAT])
case("HR advisor here, got a copilot licence. can it summarise a long outlook thread about a staff member's flexible working request so i can brief the manager?", YES, [P + "6.4", P + "5.3", M365])
case("i'm the investigating manager (have a copilot licence) - can it summarise the grievance emails from Priya Sandhu (priya.sandhu@hallamvale.nhs.uk) so I can plan my interview questions?", YES, [P + "6.4", P + "5.3", M365, P + "7.5"], pii=["Priya Sandhu", "priya.sandhu@hallamvale.nhs.uk"])
case("can licensed copilot help me pull together the papers for the private board meeting next month", YES, [P + "5.3", M365, P + "10.3"])
case("comms want an AI avatar of our chief exec to introduce the staff awards video. is that allowed?", ["conditional"], [P + "11.3"])
case("used copilot chat to help write the patient leaflet for our new clozapine clinic - does it need some sort of AI label on it?", ["info", "conditional"], [P + "10.1", P + "9.4"])

# ---- clear nos, rules worded unlike the question
case("what's the max dose of quetiapine for an older adult? quicker to ask copilot than dig out the BNF lol", NO, [P + "7.2"])
case("can copilot help me decide whether to step a patient down from level 3 obs to general obs? i'd give it a summary of the last 24h", NO, [P + "7.1", P + "6.2"])
case("doing a section 2 med rec tonight, could i get copilot to tidy up the wording of the grounds bit", NO, [P + "7.3"])
case("tribunal report due friday, can i get AI to pull together the background history section from the notes?", NO, [P + "7.3", P + "6.2"])
case("the coroner has asked me for a statement about a patient who died on the ward. can i use copilot to get the structure and wording right", NO, [P + "7.4"])
case("we've had 140 applications for the band 6 post, can copilot sort them into a shortlist for the panel", NO, [P + "7.5", M365])
case("can i use AI to help write the outcome letter for a disciplinary hearing i chaired last week", NO, [P + "7.5"])
case("talking therapies PWP here - my client is happy for me to use the ambient scribe so i can concentrate on the session. ok to do?", NO, [P + "8.2", AUR])
case("I record sessions for supervision (with consent, on the encrypted recorder). can I run the recording through copilot to get a transcript to take to supervision?", NO, [P + "8.2"])
case("can I use aurelia in my CAMHS outpatient clinic? its med reviews just like the adult teams do", NO, [P + "8.5", P + "8.3", AUR])
case("can we use the recap thing in teams for our weekly ward MDT? would save the ward clerk hours", NO, [P + "8.7", TEAMS])
case("our CMHT consultant wants to use the scribe while he does a mental health act assessment at the patient's home - is that covered?", NO, [P + "8.5", AUR])
case("LD nurse doing annual health checks - the gentleman I'm seeing today, Darren Pike (dob 14/03/1987), doesn't really understand what the recording is but his mum has said yes. can I still use the scribe?", NO, [P + "8.4", AUR], pii=["Darren Pike", "14/03/1987"])
case("want to use copilot to make a photo of a patient's leg wound clearer before sending it to tissue viability", NO, [P + "11.2", P + "6.2"])
case("can i get AI to generate a picture showing what a depot injection looks like for our patient info leaflet?", NO, [P + "11.4"])
case("can i use copilot chat to write a referral to the eating disorders service for Janet Okafor (NHS no 485 777 3456)? i'll take her name off before pasting", NO, [P + "6.3", P + "5.2", P + "6.2", CHAT], pii=["Janet Okafor", "485 777 3456"])
case("the police have sent us an intel summary about Liam Hendry, 14 Wharf Lane S6 2XY - can copilot summarise it for the risk meeting?", NO, [P + "6.5", P + "6.2"], pii=["Liam Hendry", "14 Wharf Lane", "S6 2XY"])
case("can I paste the rough timeline of the restraint on Birch ward last tuesday night into copilot to help structure the review? I won't put any names in", NO, [P + "6.3", P + "A.2", P + "3.4"])
case("i have an m365 copilot licence - can i ask it to summarise all the emails about my caseload so I can catch up after annual leave", NO, [P + "5.3", M365, P + "6.2"])
case("manager wants me to use AI to go through the team's sickness records and flag who's close to hitting a trigger point", NO, [P + "7.5", P + "7.6"])
case("the school sent over a report on one of our CAMHS young people, can I put it through copilot to pull out the key points?", NO, [P + "6.5", P + "A.5", P + "6.2"])

# ---- tool variants
case("can i use chatgpt on my own phone to write a generic job advert? there's nothing about patients in it", NO, [P + "5.6", GPT])
case("I pay for ChatGPT Plus myself, is it ok to use it for work emails about the rota?", NO, [P + "5.6", P + "3.3", GPT])
case("can I use the copilot app on my personal iphone, logged in with my personal microsoft account, to draft stuff for work?", NO, [P + "3.3", P + "5.6"])
case("is gemini ok if im only useing it to brainstorm ideas for our away day?", NO, [P + "5.6", GEM])
case("an otter bot keeps trying to join our teams calls with an external partner, can I let it in?", NO, [OTTER, P + "5.7"])
case("can i use google translate on my phone to talk to a patient on the ward who speaks farsi, just until the interpreter turns up", NO, [GT, P + "6.2"])
case("can i use deepl to translate a letter to a patient's family into urdu", NO, [DEEPL, P + "6.2"])
case("is the grammarly chrome extension ok to put on my work laptop?", APPROVAL, [P + "5.7", P + "5.4"], True)
case("adobe acrobat has started showing an 'AI assistant' button on PDFs, can i use it to summarise a long national policy document", APPROVAL, [P + "5.8", P + "2.3", P + "5.4"], True)
case("ValeRecord got an update and now there's a 'summarise notes' AI button. can we use it on the ward?", APPROVAL, [P + "5.8", P + "2.3", P + "6.2"], True)
case("I've got some credit on the openai api, thinking of writing a little script to summarise our non-clinical project meeting notes. fine?", APPROVAL, [P + "5.9", P + "5.4"], True)

# ---- tools the policy never mentions
case("anyone know if we can use Claude for writing project plans? it seems better than copilot tbh", APPROVAL, [P + "5.4", P + "5.1"], True)
case("our service manager wants the home treatment team to trial Heidi for clinic notes - what do we need to do?", APPROVAL + ["info"], [P + "5.4", P + "5.5", P + "13.1", P + "8.1"], True)
case("could I test perplexity with made-up patient scenarios to see if it'd be useful for the team?", APPROVAL, [P + "5.5", P + "5.4"], True)
case("can i suggest my client tries Wysa between sessions? she's struggling at night", APPROVAL, [P + "12.3"], True)
case("a supplier has offered us a free 3 month pilot of their AI rostering tool, can i just sign up with my work email?", APPROVAL, [P + "13.4", P + "13.1"], True)

# ---- points the policy leaves undecided
case("we're on Oak ward and want to use the ambient scribe in ward rounds like Larch are doing. can we?", UNSURE, [P + "8.6", P + "16.1(a)", P + "16.1"], True)
case("patient on our acute ward wants to use chatgpt on the patient wifi to help write his appeal to the tribunal. do we need to stop him?", ["unsure"], [P + "12.4", P + "16.1(b)", P + "16.1"], True)
case("I'm doing a qualitative study (HRA approved) with 20 interview recordings - can I use an AI tool to transcribe them and code the themes?", UNSURE, [P + "16.1(c)", P + "16.1"], True)
case("the ICB is rolling out an AI tool for discharge summaries across the system, are we allowed to use it?", UNSURE, [P + "16.2", P + "5.4"], True)

# ---- information questions
case("who do i speak to about getting a copilot licence?", ["info"], [P + "17.4", P + "5.3", P + "14.1"])
case("what counts as 'restricted corporate information'?", ["info"], [P + "3.6"])
case("i think i pasted Kelly Marsh's risk assessment (DOB 02/09/2001) into chatgpt yesterday by mistake, what do i do now?", ["info", "not_allowed"], [P + "15.1"], pii=["Kelly Marsh", "02/09/2001"])
case("who actually approves new AI tools here?", ["info"], [P + "3.8", P + "17.1", P + "5.4"])
case("does the ambient scribe note need cheking before it goes into the record or does it just file itself", ["info"], [P + "9.2"])

# ---- out of scope
case("does anyone know when the staff car park barrier is getting fixed?", ["out_of_scope"], [])
case("how do i book annual leave on healthroster", ["out_of_scope"], [])
case("what's the process for claiming mileage for home visits", ["out_of_scope"], [])


def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z]\))?)\s", line)
        if m and not line.startswith("#"):
            ids.add(m.group(1))
    return ids


def check():
    ids = clause_ids((OUT / "originals/hvft-generative-ai-policy.md").read_text())
    with open(OUT / "originals/hvft-ai-tools-register.csv") as f:
        tools = {r["tool"] for r in csv.DictReader(f)}
    seen = set()
    for line in (OUT / "cases.jsonl").read_text().splitlines():
        c = json.loads(line)
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        for ref in c["clauses"]:
            f, cl = ref.split("#", 1)
            if f.endswith(".md"):
                assert cl in ids, (c["id"], ref)
            else:
                assert cl in tools, (c["id"], ref)
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"] and set(c["verdict"]) <= {"unsure", "not_allowed"}:
            assert c["escalate"], c["id"]
    # register clause refs exist
    with open(OUT / "originals/hvft-ai-tools-register.csv") as f:
        for r in csv.DictReader(f):
            for ref in r["clauses"].split(";"):
                assert ref.split("#")[1] in ids, ref
    return len(seen)


if __name__ == "__main__":
    with open(OUT / "cases.jsonl", "w") as f:
        for i, c in enumerate(C, 1):
            f.write(json.dumps({"id": f"r16b{i:03d}", **c}, ensure_ascii=False) + "\n")
    n = check()
    from collections import Counter
    print(n, "cases")
    print(Counter("/".join(c["verdict"]) for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii:", sum(1 for c in C if c.get("pii")))
