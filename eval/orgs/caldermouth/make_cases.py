#!/usr/bin/env python3
"""Writes cases.jsonl for the Caldermouth Harbour Commissioners set and checks it."""
import json, re
from collections import Counter
from pathlib import Path

F = "caldermouth-harbour-ai-policy.txt"
def r(*ids): return [f"{F}#{i}" for i in ids]

A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

cases = [
# ---- clear yeses (approved tool, public/internal information)
("hiya, can i use copilot chat (signed in with my harbour account) to tidy up the wording of the open day notice before it goes on the website?", [A, C], r("5.2", "5.1"), False),
("need to summarise the 80 page ports good governance guidance pdf for the board away day, its published on gov.uk. ok to chuck it in copilot chat?", [A, C], r("5.2", "3.5"), False),
("quick one - can copilot write me an excel formula to work out visitor berth dues by length and nights? no names in the sheet just the dues table", [A, C], r("5.2", "3.6"), False),
("is it ok to ask copilot chat for ideas for the harbour festival this summer, like stalls and activities", [A, C], r("5.2"), False),
("can i get copilot to check the spelling and tone of an email to the pontoon contractor about the maintenance schedule? nothing personal in it", [A, C], r("5.2", "3.6"), False),
("Can I use Copilot Chat to rewrite the visitor moorings page on our website so it's easier to read", [A, C], r("5.2", "3.5"), False),
("the approved minutes from the september board meeting (open part) are already on the website - can i use copilot to make a short summary for the newsletter", [A, C], r("5.2", "3.5", "7.2"), False),
("we're drafting the job ad for seasonal patrol crew, can copilot chat help me write it?", [A, C], r("5.2", "3.5"), False),
("new starter here - can I ask copilot chat to explain what a trust port is and how harbour dues are usually set, just for my own understanding?", [A, C], r("5.2"), False),
("I want a first draft of a procedure for the fuel berth opening and closing checks. ok to use copilot chat for that?", [A, C], r("5.2", "7.1"), False),
("Ive written the notice to mariners about the channel buoy myself from the survey. Can I run it thru copilot chat just to fix spelling and layout?", [A, C], r("6.2"), False),
("can i use copilot on my own phone to draft a facebook post about the harbour walk on saturday? im signed into the microsoft 365 copilot app with my work account", [A, C], r("5.10"), False),
("is copilot chat actually allowed for work stuff or do we need permission first?", [A, C, I], r("5.1", "5.2", "12.1"), False),

# ---- conditional yeses
("berth holder has written in complaining about the gate code on D pontoon not working. can i paste his letter into copilot chat to help draft a reply?", [C], r("5.3"), False),
("Need to write to Mr Gareth Pennock at 4 Quay Row about his mooring fees being 3 months behind (£412). can I use copilot chat to draft it?", [C], r("5.3", "3.3"), False, ["Gareth Pennock", "4 Quay Row"]),
("im doing the quarterly report to the board and copilot drafted most of the narrative section. anything i need to do before it goes in the pack?", [C, I], r("7.2", "7.1"), False),
("as clerk i took rough notes of the open part of last nights board meeting. can i get copilot chat to tidy them into draft minutes?", [C], r("9.1"), False),
("want to make a poster for the open day with an AI picture of boats in the harbour at sunset, no people. can copilot do that and can it go on the website?", [C, A], r("10.1", "8.2"), False),
("the clerk emailed me ok'ing chatgpt for drafting the newsletter using public stuff only. so I'm fine to go ahead yeah?", [C, A], r("5.5"), False),
("our agency admin temp wants to use copilot chat for typing up the dues leaflet, does the policy apply to her and can she?", [C, A], r("2.1", "5.2", "12.1"), False),

# ---- clear nos, rules phrased unlike the question
("A chap slipped on the slipway on Sunday and broke his wrist, can I get Copilot to write up the incident report from my notes?", [N], r("5.4", "3.4"), False),
("can copilot help me summarise Dave's sickness absence record for his return to work meeting", [N], r("5.4", "3.4"), False),
("we've got 60 people on the mooring waiting list - can I get AI to sort them into priority order for the next vacant swinging moorings?", [N], r("6.1"), False),
("can I get copilot chat to write the notice to mariners for the dredging works next month? saves me a job", [N], r("6.2"), False),
("Pilot asked for a quick passage plan for a visiting coaster coming in on tomorrows tide. could copilot knock one up?", [N], r("6.2"), False),
("Can I install the Grammarly extension in Chrome on my work laptop? It uses AI I think", [N], r("5.9", "5.8"), False),
("can we use Otter to record and transcribe the board meeting so the clerk doesnt have to take minutes?", [N], r("9.1"), False),
("thinking of turning on teams transcription and the copilot recap for the harbour committee meeting on thursday. ok?", [N], r("9.1"), False),
("someone broke into cars in the quay car park overnight, can I put the CCTV clip into an AI tool to get a description of the guy for the police?", [N], r("9.3", "3.4"), False),
("I have a photo of the patrol crew for the newsletter but it's a bit dark - can i use an AI app to enhance it?", [N], r("10.2"), False),
("we've had four tenders in for the dredging contract, can copilot chat compare them and score them for me?", [N], r("5.4", "3.4"), False),
("clerk asked me to prep a summary of the closed session papers about the boatyard lease renegotiation. can I use copilot chat to summarise them?", [N], r("5.4", "3.4"), False),
("we're prosecuting an owner under the byelaws for mooring without permission - can i use copilot to draft the case summary", [N], r("5.4", "3.4"), False),
("can I use copilot to draft a disciplinary outcome letter for one of the seasonal staff", [N], r("5.4", "3.4"), False),
("for junior sailing week i have the kids booking forms with their allergies and parents consent. can copilot put them into a nice table for the instructors?", [N], r("5.4", "3.4"), False),
("would be fun to have an AI version of the harbour master's voice for the out of hours phone message. can we do that?", [N], r("10.3", "6.3"), False),
("Does the byelaw let us remove an abandoned boat after 28 days? going to ask copilot to read the byelaws and tell me", [N], r("7.3"), False),
("manager wants to know how quickly each of us in the office answers emails, can we get copilot to analyse our sent items and score us?", [N], r("6.5"), False),
("can copilot chat help me update the port facility security plan? its due for review", [N], r("5.4", "3.4"), False),
("Can I use Copilot Chat on my own iPad to draft letters to berth holders about their mooring renewals? I'm signed in with my work account", [N], r("5.10"), False),
("want an AI picture showing a dramatic rescue in the harbour for our lifeboat day post, made to look like a real photo", [N], r("6.3"), False),

# ---- tools needing the Clerk's written approval / tools not named
("can I use my free chatgpt account to write a blurb about the harbour history for the website? its all public info", [N, U], r("5.5", "5.6"), True),
("I've got gemini on my phone, can I use it to draft the visitor centre opening hours notice?", [N, U], r("5.5", "5.6"), True),
("can I use deepseek to help write the tender specification for the new workboat", [N, U], r("5.5", "5.6"), True),
("perplexity is great for research, can i use it to look up other ports' harbour dues?", [N, U], r("5.5", "5.6"), True),
("copilot.microsoft.com on my personal microsoft login - thats the same as copilot chat right? can i use it for work emails", [N, U], r("5.5", "5.1"), True),
("Adobe Acrobat has an AI assistant button now - can I use it to summarise the engineers survey report pdf?", [N, U], r("5.8", "5.5"), True),
("can i use canva's magic write to do the text for the regatta flyer", [N, U], r("5.8", "5.5"), True),
("Zoom's AI Companion could take notes on our call with the pontoon supplier. ok to switch it on?", [N, U], r("5.8", "9.4"), True),
("whatsapp has meta AI now - can i use it in the berth holders whatsapp group to answer questions about dues", [N, U], r("5.8", "5.5"), True),
("can we get Copilot in Word and Outlook? the full microsoft 365 copilot one", [N, U, I], r("5.7"), True),
("I could connect the moorings spreadsheet to the OpenAI API with a little script so it drafts renewal letters automatically - any problem with that?", [N, U], r("11.2", "5.5"), True),
("thinking of putting chatgpt plus on the harbour office card, its only £20 a month. fine?", [N, U], r("11.1", "5.5"), True),
("can i write the commissioners' response to the county council's local plan consultation with copilot chat?", [N, U], r("6.4"), True),

# ---- points the policy leaves undecided
("do we need to put a line on the annual report saying AI was used to help write it?", [U, I], r("8.1"), True),
("can we turn on AI transcription for the weekly ops meeting? just staff, nothing to do with the board", [U, N], r("9.2"), True),
("we've had 300 responses to the harbour dues consultation. can copilot chat help me pull out the main themes?", [U, N], r("14.1"), True),
("a polish fishing crew came in last night, nobody speaks much english. can I use copilot's translate to tell them where to berth and about the channel closure?", [U, N], r("14.2"), True),
("I volunteer at the visitor centre - am I allowed to use chatgpt to help write the leaflet about the lighthouse?", [U, N], r("14.3", "2.2"), True),

# ---- information questions
("who do I ask about data protection if I'm not sure whether something can go into copilot?", [I], r("15.2", "13.2"), False),
("what counts as restricted information under the AI policy?", [I], r("3.4"), False),
("who can approve me using a different AI tool and how do I ask?", [I], r("15.1", "5.5"), False),
("oops - I pasted a berth holder's email into chatgpt earlier, including her phone number 07700 900418. what am I supposed to do now?", [I, N], r("13.1", "13.2"), False, ["07700 900418"]),
("do I need to do any training before I start using copilot chat?", [I], r("12.1"), False),

# ---- with personal data in the question
("Can I paste Mrs Janet Tregarthen's email (j.tregarthen@example.com) into copilot to help reply about her cancelled mooring? she mentions she's been in hospital with a heart problem", [N], r("5.4", "3.4"), False, ["Janet Tregarthen", "j.tregarthen@example.com"]),
("lad from the sea cadets, Kieran Moss (DOB 03/05/2011), was caught jumping off the north pier. can copilot write the letter to his parents?", [N], r("5.4", "3.4"), False, ["Kieran Moss", "03/05/2011"]),

# ---- out of scope
("what time is high water at the harbour mouth tomorrow?", [O], [], False),
("how do I book annual leave for the august bank holiday?", [O], [], False),
("is the fuel berth open on sunday afternoons in winter", [O], [], False),
]

# ---- clause parser following the contract's numbered-text rules (for checking only)
def clause_ids(text):
    ids = set()
    for line in text.splitlines():
        m = re.match(r"^(\d+(?:\.\d+)*)(\.?)(?:\s|$)", line)
        if m:
            ids.add(m.group(1))
    return ids

def main():
    here = Path(__file__).resolve().parent
    orig = (here / "originals" / F).read_text(encoding="utf-8")
    assert orig == (here / "knowledge" / F).read_text(encoding="utf-8")
    ids = clause_ids(orig)
    out, seen = [], set()
    for n, c in enumerate(cases, 1):
        q, verdict, clauses, esc = c[:4]
        pii = c[4] if len(c) > 4 else None
        obj = {"id": f"r8d{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if pii:
            for p in pii:
                assert p in q, (n, p)
            obj["pii"] = pii
        for ref in clauses:
            f, cid = ref.split("#")
            assert f == F and cid in ids, ref
        assert obj["id"] not in seen
        seen.add(obj["id"])
        if U in verdict and len(verdict) == 1:
            assert esc
        out.append(json.dumps(obj, ensure_ascii=False))
    (here / "cases.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    for line in (here / "cases.jsonl").read_text().splitlines():
        json.loads(line)
    print(len(out), "cases")
    print(Counter("/".join(json.loads(l)["verdict"]) for l in out))
    print("pii cases:", sum(1 for l in out if "pii" in json.loads(l)))
    print("escalate:", sum(1 for l in out if json.loads(l)["escalate"]))

if __name__ == "__main__":
    main()
