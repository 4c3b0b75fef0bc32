"""Write cases.jsonl for the Carrock Fell MRT set."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
F = "cfmrt-ai-use-policy.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]

C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": "CMR%03d" % (len(C) + 1), "question": q, "verdict": verdict,
         "clauses": [F + c for c in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# ---- plain yes: ordinary permitted work
case("can i use copilot chat on my team login to tidy up the kit list for the new response vehicle? no names on it, just kit", YES, ["6.2", "A.1"])
case("hiya - doing the facebook post for the sponsored fell run in june. ok to get copilot (team account) to draft it? only using the stuff already on our website", YES, ["9.1", "9.4", "6.1"])
case("can i get copilot to knock up a 20 question quiz for nav training night? map symbols, bearings etc", YES, ["10.3", "A.1"])
case("for sunday's exercise I want copilot to invent a scenario - made up walker with a lower leg fracture below the crags, nothing from a real shout. is that ok?", YES, ["7.5", "10.3"])
case("training officer here. can i use the fellnav ai route suggestion to plan the night nav exercise on team ground next month?", YES, ["A.2", "10.4"])
case("writing the community foundation grant bid for a new stretcher, can copilot help me draft it using our budget figures? budget isn't published yet", YES, ["9.7", "6.9", "6.2"])
case("is it ok to ask copilot chat to compare the specs of two vacuum mattresses from the manufacturers websites before equipment meeting", YES, ["11.2", "6.1"])
case("need an excel formula for the vehicle mileage log (just dates + miles, no names) - can copilot write it for me?", YES, ["11.4", "6.2"])
case("can we use copilot to translate our published winter safety advice into polish for the website? there's lots of polish visitors at the campsite", YES, ["11.3", "6.1"])
case("am i allowed copilot chat on my own iphone if i sign in with my carrockmrt account? phone has face id", YES, ["5.2", "5.1"])
case("can copilot summarise our published annual report into a short piece for the supporters newsletter", YES, ["6.1", "9.1"])
case("fundraising leaflet needs a cartoon sheepdog mascot, no real people or dogs. ok to make it with copilot image creator on the team account?", YES, ["8.3", "9.3", "A.1"])
case("we're recruiting probationers in the spring - can i use copilot to draft the advert and the role description", YES, ["10.2"])
case("can copilot write a template thank-you letter for donors? I'd add the names and amounts myself in word afterwards", YES, ["6.6"])
case("press officer q: TL has approved the public summary of saturday's shout for release. can i use copilot to turn that summary into a press release", YES, ["9.2", "9.1"])
case("our base cleaning SOP is a wall of text, can i paste it into copilot chat (team acct) to rewrite in plain english", YES, ["6.2", "A.1"])
case("the stats officer has done call-out totals by month and incident type for the AGM. can i use copilot to help write the commentary on them", YES, ["6.8", "6.2"])
case("got three supplier quotes for the base roof repair, can i put them in copilot to compare them side by side? they're not public", YES, ["6.9", "6.2"])
case("want copilot to draft a hypothermia handout for the casualty care refresher, generic teaching material only", YES, ["10.3"])

# ---- tools, accounts and devices
case("can i use chatgpt (free version) to draft the newsletter? it's way better than copilot imo", NO, ["A.3", "4.2", "4.1"])
case("i pay for chatgpt plus myself, can i use that for team admin stuff like the training calendar", NO, ["A.3", "5.1", "4.2"])
case("can i use copilot on my personal microsoft account for the team's training plan? forgot my team password", NO, ["5.1", "A.3"])
case("gemini is built into my android phone - fine to use it for drafting team emails?", NO, ["A.3", "4.2"])
case("my old ipad has no passcode on it, can i still use copilot with my team login on it", NO, ["5.2"])
case("thinking of trialling an ai rota app for a month before asking the DPL - just to see if it's any good. ok?", NO, ["4.5", "4.3", "4.1"], escalate=True)
case("can i use perplexity to research the best thermal imaging cameras for the drone", ["not_allowed", "unsure"], ["4.2", "4.1", "4.3"], escalate=True)
case("is adobe firefly ok for making a christmas card picture? no people in it", ["not_allowed", "unsure"], ["4.2", "4.1", "4.3"], escalate=True)
case("can i use copilot in outlook to summarise the emails in the team secretary inbox? some have members' stuff in them", ["not_allowed", "unsure"], ["4.4", "6.5", "A.1"], escalate=True)
case("word has a copilot button now (the one inside word, not copilot chat). can i use it to redraft the kit maintenance SOP? team account", ["unsure", "not_allowed"], ["4.4", "A.1", "4.1"], escalate=True)

# ---- casualty, incident and police information
case("can i paste a casualty report form into copilot to tidy up the wording before it goes on the system", NO, ["6.3", "7.4", "A.1"])
case("if i take the name off the CRF first it's anonymous right? so ok to put in copilot to write up?", NO, ["6.3", "6.8"])
case("monthly report for the committee - can copilot summarise the incident logs from november for me", NO, ["6.4", "7.4", "6.8"])
case("police sent the missing person profile for tonight's search, can i get copilot to turn it into a description for the search teams", NO, ["6.4", "7.2"])
case("CRF for last night: casualty was Derek Hollins, dob 04/03/1961, NHS no 485 777 3456, fractured ankle. can copilot write up the narrative for me pls", NO, ["6.3", "7.4"], pii=["Derek Hollins", "04/03/1961", "485 777 3456"])
case("police ref CUM-20261129-0457, the misper's daughter gave us her number 07700 900482. ok to put the police notes into copilot to pull out a timeline?", NO, ["6.4"], pii=["CUM-20261129-0457", "07700 900482"])
case("the team whatsapp has all the chat from yesterday's shout, can i use meta ai in whatsapp to summarise it for the debrief", NO, ["5.3", "6.4", "8.5"])

# ---- live operations
case("on a live search at the mo - can i ask copilot on my phone to suggest where to look based on the last known position?", NO, ["7.2", "7.1"])
case("if we're unsure about calling the air ambulance can we ask an ai app whether the casualty meets criteria for a heli?", NO, ["7.1", "7.2", "7.3"])
case("can i use the fellnav ai route thing on a shout to find the quickest evac route to the road", NO, ["A.2", "10.4", "7.2"])
case("quick one - checking a morphine dose with chatgpt when the doc isn't answering, is that ok in an emergency", NO, ["7.3", "A.3", "7.1"])
case("casualty on the hill only speaks german, can i use an ai translation app to talk to him", NO, ["11.3", "7.2"])

# ---- images, video, recordings
case("training presentation - want to use a photo of a casualty from last year but blur the face with an ai tool first, ok?", NO, ["8.1", "6.3"])
case("can i use ai to remove an ex member from the team photo for the website", NO, ["8.2"])
case("can i put the drone footage from the search into an ai to pick out the key bits for the debrief", NO, ["8.4", "6.4"])
case("can we use otter.ai to record and transcribe the call-out debrief so nobody has to take notes", NO, ["8.5", "A.3"])
case("i'm doing a welfare chat with a member on teams, ok to turn on transcription so i have notes?", NO, ["8.5", "6.5"])
case("can we post the ai picture of the landrover in the snow on insta without saying it's ai? looks more real that way", NO, ["9.3"])
case("the drone's thermal software has ai person detection - can we switch it on for searches?", ["unsure"], ["13.2"], escalate=True)
case("could we try the drone ai person detection on a training day at least? no real misper involved", ["unsure"], ["13.2"], escalate=True)
case("can we turn on copilot meeting summaries or teams transcription for tuesday's trustee meeting? agenda is only the budget and the building project, no casualties or members", ["unsure"], ["13.1"], escalate=True)

# ---- members, recruitment, donors, social media, other activities
case("Jo Ashworth from hill party 2 told me she's off with PTSD after the last shout, can i ask copilot to write her a supportive message", NO, ["6.5", "10.1"], pii=["Jo Ashworth"])
case("can i put the training records into copilot to work out which probationers are ready for sign-off?", NO, ["10.1", "6.5"])
case("we've had 40 applications - can copilot summarise them and give me a shortlist", NO, ["10.2", "10.1"])
case("applicant Tom Birkett (19) failed the fitness assessment, can copilot write his feedback letter", NO, ["10.2", "10.1"], pii=["Tom Birkett"])
case("donor margaret.pyke@btinternet.com wants a gift aid letter, can I put her details into copilot to write it?", NO, ["6.6"], pii=["margaret.pyke@btinternet.com"])
case("can copilot go through the donor spreadsheet and tell us who to target for the legacy appeal", NO, ["9.6", "6.6"])
case("youth programme presentation evening - can copilot make certificates if i give it the young people's names", NO, ["6.7"])
case("can i draft the facebook post about today's rescue from the incident log using copilot? the TL hasn't done the release summary yet", NO, ["9.2", "6.4"])
case("could we set up an ai bot to auto reply to facebook messenger enquiries? we get loads about donations", NO, ["9.5"])
case("can i build a power automate flow with ai that updates the membership database automatically from emails", NO, ["11.5"])
case("police want my witness statement from the fatality - can copilot help me write it?", NO, ["11.1"])
case("a walker has complained about how we handled his rescue. can copilot draft our response", NO, ["11.1"])
case("can i just ask copilot which of the three radio quotes we should buy and go with that", NO, ["11.2", "6.9"])
case("the estate sent us the landowner agreement in confidence, can i get copilot to summarise the access terms", ["not_allowed", "conditional"], ["6.9"])

# ---- info
case("who do i tell if i accidentally pasted a casualty's name into copilot?", ["info"], ["12.1"])
case("who decides which ai tools we can use?", ["info"], ["3.1", "4.1"])
case("which ai tools are actually approved for team use?", ["info"], ["A.1", "A.3", "4.1"])
case("does a facebook post i drafted in copilot and then edited myself need an AI label?", ["info", "allowed", "conditional"], ["9.4", "9.3"])

# ---- out of scope
case("what's the process for claiming fuel expenses for driving to the base?", ["out_of_scope"], [])
case("how do i reset my carrockmrt email password", ["out_of_scope"], [])

with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(C))
