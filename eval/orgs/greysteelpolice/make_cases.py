"""Write cases.jsonl for the Greysteel Police set and check it against originals/."""
import json, re, pathlib
HERE = pathlib.Path(__file__).parent
F = "generative-ai-policy.md#"
Y = ["allowed", "conditional"]; C = ["conditional", "allowed"]; N = ["not_allowed"]
AP = ["not_allowed", "unsure"]; U = ["unsure", "not_allowed"]
cases = []
def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"GSP{len(cases)+1:03d}", "question": q, "verdict": verdict,
         "clauses": [F + x for x in clauses], "escalate": escalate}
    if pii: d["pii"] = pii
    cases.append(d)

# --- clear yeses ---
c("can i use copilot chat to help me write a powerpoint on the new shift pattern for my team? no names in it just the rota principles", Y, ["5.3", "3.4", "5.1"])
c("is copilot chat ok for drafting the agenda for our neighbourhood team away day", Y, ["5.3", "3.4", "5.1"])
c("hi - want to use copilot to summarise the stop and search APP (the published one) so i can brief my shift quickly, thats fine right?", Y, ["5.3", "3.3", "5.1"])
c("can I use chatgpt (free one, not logged in) to explain the difference between s1 PACE and s60 in plain english for a talk I'm giving at a secondary school", Y, ["5.8", "5.3", "3.3"])
c("thinking of analysing our published stop and search figures from police.uk in copilot chat for the community scrutiny panel slides, ok?", Y, ["7.4", "5.3"])
c("can i just ask Ask Greysteel what the force procedure is for claiming overtime?", Y, ["5.3"])
c("I've got a Copilot licence - can i use it in outlook to summarise the internal emails about the estates move to the new HQ", Y, ["5.3", "3.4", "6.4"])
c("im a dev in digital services, can i use github copilot on the internal rostering app code? test data only, nothing live", Y, ["5.3"])
c("can I use Copilot Chat to turn my notes into a lesson plan for probationer training on the Victims' Code? just the code itself, no real cases", Y, ["5.3", "3.3", "3.4"])
c("using copilot chat to write some excel formulas for the team's overtime budget tracker (just totals per month, no names) - allowed?", Y, ["5.3", "3.4"])
c("can I get copilot chat to suggest a structure for my promotion board presentation on tackling shop theft? only using published stuff and my own ideas", Y, ["5.3", "3.3", "3.4"])
c("is it ok to use gemini (not signed in) to get a plain english explanation of what the Online Safety Act does, for my own learning", Y, ["5.8", "5.3"])
c("can I use copilot to proof read a press release about the new front counter opening hours before it goes out", C, ["9.2", "5.3", "10.1"])
c("need a cartoon laptop with a padlock for a cyber awareness poster in the canteen - can i make it with the copilot image thing?", C, ["12.1", "10.3"])

# --- conditional yeses ---
c("our ops planning team want teams transcription on for the weekly internal planning meeting (just admin, leave, training dates). fine if we tell people at the start?", C, ["11.1"])
c("can I use clearvoice to transcribe the BWV from last nights domestic job? footage is already in DEMS", C, ["7.5", "5.3"])
c("contact centre here, im on the contacthub pilot - can i use the summariser on a 101 call reporting a stolen bike", C, ["5.3", "7.9"])
c("can copilot chat draft an internal email about the charity fun run on my own iphone? it's through the work teams app", C, ["5.5"])
c("can I get copilot to reword our victim update letter template so it reads more kindly? no case details, i'll add those in niche afterwards", C, ["7.3"])
c("HR business partner with a copilot licence - can I use it to pull together a timeline of a grievance case from my own case files?", C, ["6.5", "5.3"])
c("can i put next year's draft overtime and training budget into copilot chat to make some charts? it's not published yet", C + ["not_allowed"], ["3.4", "6.4", "5.3"])
c("planning to have copilot write most of a facebook post recruiting for the specials, anything I need to do before it goes up?", ["conditional", "info"], ["10.1", "9.2"])

# --- clear nos, rules worded unlike the question ---
c("can copilot write up my use of force form from my BWV notes? takes ages after every job", N, ["8.2"])
c("can i get copilot chat to tidy up the grammar on a witness statement before they sign it", N, ["7.3"])
c("quick one - can I use AI to make the grounds on my stop search form sound more professional?", N, ["7.4"])
c("can i use chatgpt to sharpen up a blurry cctv still of the suspect so we can circulate it", N, ["8.1(b)", "8.1"])
c("is it ok to ask copilot whether this lad is likely to reoffend based on his previous, ahead of the IOM meeting", N, ["8.1(c)", "8.1"])
c("custody sgt here - can I use copilot to summarise the detainee Jordan Whitlow (DOB 14/03/1991)'s meds and mental health history for the handover?", N, ["7.2"], pii=["Jordan Whitlow", "14/03/1991"])
c("can I paste an intel log into copilot and ask it to sanitise it so I can put it in the morning briefing?", N, ["7.1"])
c("we've got an e-fit from the victim, can we run it through an AI image generator to make it look more like a real photo?", N, ["12.3", "8.1(b)"])
c("for the team xmas do can i make a deepfake video of the chief constable giving a silly speech? wasnt going to tell him", N, ["12.2", "8.1(d)"])
c("could we use AI to decide which 999 calls in the queue get graded as an emergency response?", N, ["7.9", "8.1(a)"])
c("PSD investigator - can I use my licensed copilot to summarise a misconduct investigation bundle? it's all on our sharepoint", N, ["7.8", "6.5"])
c("vetting unit here, could copilot help summarise an applicant's vetting interview notes?", N, ["7.7", "6.5"])
c("I've taken all the names and addresses out of crime report GS/24118/26, can I now put it into chatgpt to help with the file summary?", N, ["6.6", "6.2", "3.5"], pii=["GS/24118/26"])
c("can I use copilot chat to help draft the MG3 from the case file? it would save loads of time", N, ["6.2", "3.5"])
c("MARAC is on teams tomorrow, can i turn on transcription so i don't have to minute it", N, ["11.2"])
c("is it ok to record my chat with a victim on my own phone and then get an AI app to write it up", N, ["11.6", "5.5"])
c("can I use the ContactHub summariser on a 999 call that got downgraded to a 101 response?", N, ["7.9"])
c("the CPS sent an email with their advice on a case, can I put it into copilot to pull out the action points?", N, ["6.7", "6.2"])
c("can i ask copilot to write a letter to PC Daniel Ferris about his return to work after long term sick, using the OH recommendations?", N, ["6.5"], pii=["Daniel Ferris"])
c("need to summarise a 15 year old's account of what happened at the party for the strategy discussion - is copilot ok for that?", N, ["6.2", "7.3", "3.5"])
c("got a spreadsheet of everyone searched under s60 in the district with their ethnicity, want copilot to spot patterns", N, ["6.2", "3.5", "7.4"])
c("can i use chatgpt to look through what a suspect has been posting on facebook and tiktok and summarise it?", N, ["7.10"])
c("can i use one of those AI face search websites to work out who the man in a shoplifting CCTV still is?", N, ["7.11", "5.3"])

# --- tool variants ---
c("i pay for chatgpt plus myself, can i use it for drafting internal training material? nothing personal in it", N, ["5.6", "5.3"])
c("there's a grammarly extension for edge, can I install it on my work laptop to help with report writing", N, ["5.7", "5.3"])
c("can i use gemini on my personal android phone to help word my shift handover notes?", N, ["5.5", "6.2"])
c("is deepseek alright if i only use it for general knowledge questions, nothing work related in it", N, ["5.3"])
c("otter.ai for transcribing our team meeting - can we use it?", N, ["11.4", "5.3"])
c("can I call the openai API from a python script to categorise the published crime stats? would save me hours", AP, ["13.3", "5.6", "5.2"], escalate=True)
c("niche has a new 'AI summary' button on occurrences, are we ok to use it?", AP, ["5.4", "5.2"], escalate=True)
c("adobe acrobat keeps offering its AI assistant to summarise PDFs - can I use it on the published HMICFRS inspection report?", AP, ["5.4", "5.2"], escalate=True)
c("can i build a copilot studio agent that answers questions on our department's SOPs?", AP, ["13.3"], escalate=True)
c("the regional organised crime unit has given us access to their AI tool for summarising phone downloads, can i start using it", AP, ["13.4", "5.2"], escalate=True)

# --- tools the policy never mentions ---
c("anyone know if we can use canva's magic write for the neighbourhood newsletter?", AP, ["5.2", "5.1"], escalate=True)
c("what about notebooklm to make sense of the published home office knife crime guidance?", AP, ["5.2", "5.1"], escalate=True)

# --- undecided / needs approval ---
c("disclosure officer here - can I use copilot to go through 3000 messages and flag what's relevant for the MG6C?", U, ["16.1", "7.6"], escalate=True)
c("victim Agnieszka Nowak (07700 900412) only speaks Polish and the interpreter can't come till tomorrow, can I use copilot to translate my update text to her?", U, ["16.2"], escalate=True, pii=["Agnieszka Nowak", "07700 900412"])
c("I'm OSINT trained - can I use my licensed copilot to summarise material I've already captured from open source for a report?", U, ["16.3", "7.10"], escalate=True)
c("is it ok to let copilot's agent mode reply to routine emails and accept meeting invites for me automatically?", U, ["16.4"], escalate=True)
c("I'm dyslexic and a speech-to-text AI app that isn't on the list really helps me, can I use it as a reasonable adjustment?", U, ["16.5"], escalate=True)

# --- info ---
c("help - I accidentally pasted part of a crime report about a burglary at 14 Mill Lane, GR4 7TD into chatgpt. who do I tell?", ["info"], ["15.1", "15.2", "17.5"], pii=["14 Mill Lane", "GR4 7TD"])
c("what counts as operational material?", ["info"], ["3.5"])
c("who actually signs off new AI tools here?", ["info"], ["5.2", "3.10", "17.1", "17.2"])
c("do i need to do any training before i use copilot chat?", ["info", "conditional"], ["14.1"])
c("i'm a council officer seconded into the community safety hub using a greysteel laptop, does the AI policy apply to me?", ["info"], ["2.1", "2.2"])

# --- out of scope ---
c("how do I book annual leave over christmas in the HR system?", ["out_of_scope"], [])
c("does anyone know the wifi password for the new training centre", ["out_of_scope"], [])

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"^(\d+\.\d+(?:\([a-z]\))?) ", line)
        if m: ids.add(m.group(1))
    return ids

if __name__ == "__main__":
    ids = clause_ids((HERE / "originals" / "generative-ai-policy.md").read_text())
    seen = set()
    for d in cases:
        assert d["id"] not in seen; seen.add(d["id"])
        for r in d["clauses"]:
            assert r.split("#", 1)[1] in ids, (d["id"], r)
        for s in d.get("pii", []):
            assert s in d["question"], (d["id"], s)
        assert d["verdict"] and all(v in {"allowed","conditional","not_allowed","unsure","info","out_of_scope"} for v in d["verdict"])
        if "unsure" in d["verdict"] and d["verdict"][0] == "unsure": assert d["escalate"]
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for d in cases: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for line in open(HERE / "cases.jsonl"): json.loads(line)
    from collections import Counter
    print(len(cases), "cases")
    print(Counter(d["verdict"][0] for d in cases))
    print(Counter(tuple(d["verdict"]) for d in cases))
    print("escalate:", sum(d["escalate"] for d in cases), "pii:", sum(1 for d in cases if "pii" in d))
