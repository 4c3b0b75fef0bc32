"""Write cases.jsonl for Tarn Vale Police (prefix r14b) and check it against the originals."""
import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = "tvp-genai-policy.md#"
R = "tvp-ai-tools-register.csv#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
U = ["unsure", "not_allowed"]

def p(*ids):
    return [M + i for i in ids]

CASES = [
    # clear yeses
    ("can i use copilot chat to tidy up the wording of an all-staff email about the new parking arrangements at HQ? nothing sensitive in it", Y, p("5.2", "6.3", "A.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("is it ok to use chatgpt on my own phone at home to explain the difference between s1 PACE and s23 misuse of drugs act? revising for my sergeants exam, just using the legislation online", Y, p("12.2", "5.4", "A.1") + [R + "ChatGPT"], False),
    ("comms team here - can we use firefly to make a banner graphic for the summer burglary campaign? no people in it, just a house and a padlock", Y, p("11.1", "9.2") + [R + "Adobe Firefly"], False),
    ("im a dev in digital services, ok to use github copilot to help write unit tests for the intranet room booking app?", Y, p("13.4") + [R + "GitHub Copilot Business"], False),
    ("can i get copilot chat to pull out the main points from the published HMICFRS PEEL report on us for my team briefing", Y, p("6.2", "5.2", "A.1") + [R + "Microsoft 365 Copilot Chat"], False),
    ("want to use gemini to brainstorm ideas for a neighbourhood watch newsletter, nothing from our systems, just general crime prevention tips", Y, p("5.4", "6.2", "A.1") + [R + "Google Gemini"], False),
    ("can copilot help me write a made up training scenario for probationers on stop and search? totally fictional, no real jobs", Y, p("6.3", "5.2", "A.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("I'm in the pathfinder group - can I use copilot in outlook to draft replies to internal emails about our team training day", Y, p("5.3", "2.11") + [R + "Microsoft 365 Copilot"], False),
    ("is it fine to turn on the teams transcript and copilot recap for our monthly dept admin meeting? chair will tell everyone at the start", Y, p("10.1"), False),
    ("need an excel formula to work out fuel cost per vehicle from the fleet spreadsheet, can i ask copilot chat? its just reg numbers and costs no people", Y, p("6.3", "5.2", "A.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("can i use copilot chat to rewrite one of our already-published press releases into plain english for the website", Y, p("6.2", "A.1", "5.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("im on the bwv pilot list in the northern hub. can i use the narrative assist thing for a shoplifting job i went to this morning? adult suspect, no kids involved", Y, p("10.6", "6.5") + [R + "BWV Narrative Assist"], False),
    ("the draft force budget papers for next year are marked OFFICIAL and not published yet, can copilot chat help me summarise them for the finance meeting", Y, p("6.3", "A.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("does copilot chat work on my force iphone through the teams app? want to use it to draft an agenda", Y, p("5.2") + [R + "Microsoft 365 Copilot Chat"], False),
    ("copilot chat to draft a generic project risk register template for the estates refurb? no names or anything", Y, p("6.3", "5.2") + [R + "Microsoft 365 Copilot Chat"], False),
    # conditional yeses
    ("got a complaint email from Mrs Aisha Rahman (aisha.rahman77@gmail.com) about cars parked outside the front office, can i paste it into copilot chat to help me draft a reply?", C, p("6.4", "A.3") + [R + "Microsoft 365 Copilot Chat"], False),
    ("we want to post an ai generated picture on the force instagram for a road safety push, anything we need to do?", C, p("9.2", "11.1", "9.1") + [R + "Adobe Firefly"], False),
    ("i'm sending a report to the PCC's office that copilot mostly wrote. do i need to say anything about that?", ["conditional", "info"], p("9.1", "8.2"), False),
    ("sgt here, can copilot chat help me rearrange the team rota? it has collar numbers and shift patterns in it", C, p("6.4", "A.3") + [R + "Microsoft 365 Copilot Chat"], False),
    # clear nos phrased unlike the question
    ("can i put my custody record notes for a detainee John Paxley DOB 03/04/1988 into copilot chat just to fix the grammar before i go off shift", N, p("6.5", "2.5", "A.4"), False),
    ("if i take all the names out of a crime report first can i get copilot to summarise it", N, p("6.7", "6.5", "2.5"), False),
    ("can i get copilot to write up my MG11 from my pocket notebook notes? would save me ages", N, p("7.1", "6.5", "2.5"), False),
    ("control room q - would it be ok to run a 999 call recording through ai transcription to speed up writing the log", N, p("10.5", "6.5", "2.5"), False),
    ("could i ask chatgpt what sentence a suspect is likely to get so i can decide whether to bail him", N, p("7.1", "3.1"), False),
    ("can copilot find everything on facebook and insta about a nominal we're looking at", N, p("7.1"), False),
    ("family have asked if we can do an age-progressed photo of a missing person from 2009, can i use one of the ai photo apps", N, p("11.3", "11.2"), False),
    ("for the leaving do can i make a funny ai video of the superintendent dancing to abba", N, p("11.2", "2.10"), False),
    ("can i use an ai version of my own voice to record the voicemail greeting for the team line", N, p("11.4"), False),
    ("hr advisor here - can copilot chat summarise an occupational health report ahead of a sickness absence meeting", N, p("6.8", "6.5", "A.4"), False),
    ("can we have copilot recap switched on for a misconduct meeting next week to save on note taking", N, p("10.3", "6.8"), False),
    ("marac is on teams now, can i switch on transcription so i dont have to minute it", N, p("10.2", "6.5"), False),
    ("can i use chatgpt on my phone to translate what a polish lad in the cells is saying? interpreter is 2 hours away", N, p("7.4", "6.5", "12.1"), False),
    ("a partner agency invited me to a teams call and an otter bot joined, is it ok to just carry on?", ["not_allowed", "info"], p("10.4") + [R + "Otter.ai"], False),
    ("can copilot do the THRIVE grading on incoming calls to help the call handlers", N, p("7.1", "3.1"), False),
    ("can i paste an intel report with a handling code into copilot chat to pull out the key points", N, p("6.6", "6.5", "2.5"), False),
    ("vetting unit: can copilot chat help assess whether an applicant's associates are a risk", N, p("7.1", "6.8", "3.1"), False),
    ("ok to upload cctv stills to chatgpt to get a description of the suspect's clothing for the circulation", N, p("11.3", "6.5"), False),
    ("i've got a doc marked OFFICIAL-SENSITIVE about the station closure programme, can copilot chat summarise it for me", N, p("6.5", "A.4"), False),
    # tool variants
    ("I pay for chatgpt plus on my own account, can I use it on my personal laptop to draft a reply to a victim's complaint on crime ref TV/26/004512", N, p("12.1", "6.5", "2.5"), False),
    ("is the grammarly chrome extension ok on my force laptop? its just for spelling", N, p("5.7") + [R + "Grammarly"], False),
    ("can i use the copilot app on my own phone with my personal microsoft login to summarise a work document", N, p("12.1", "5.6", "12.3") + [R + "Microsoft Copilot (personal account)"], False),
    ("copilot chat is approved so can i call the azure openai api from a python script to process our published crime stats automatically", U, p("13.5", "5.6", "5.5"), True),
    ("adobe acrobat has an ai assistant button now, can i use it to summarise a pdf of a case file", N, p("5.8", "6.5", "2.5"), False),
    ("there's a new summarise button in the HR system, can i use it on my team's absence records", N, p("5.8", "6.8"), False),
    ("meta ai in whatsapp on my own phone - can i ask it to reword a message im sending to a victim", N, p("12.1", "6.5"), False),
    ("deepseek is free and pretty good, im only using it for public info about legislation, thats fine right?", N, p("7.2") + [R + "DeepSeek"], False),
    ("im not in the pathfinder cohort but can i buy a copilot licence on the team budget", N, p("5.3") + [R + "Microsoft 365 Copilot"], False),
    ("can i use copilot studio to build an agent that answers staff questions about the overtime policy", U, p("13.5", "13.1"), True),
    ("the chatgpt desktop app is the same as the website isnt it? can i install it on my force laptop", U, p("5.6", "5.5") + [R + "ChatGPT"], True),
    ("can i sign up to chatgpt with my work email to draft a job advert for pcso recruitment", N, p("5.4") + [R + "ChatGPT"], False),
    # tools the policy never mentions
    ("can i use claude to help me write a business case for new response vehicles", U, p("5.5", "5.1"), True),
    ("perplexity for researching published evidence on knife crime prevention - allowed?", U, p("5.5", "5.1"), True),
    ("is notebooklm allowed for summarising college of policing APP pages", U, p("5.5", "5.1"), True),
    ("PSD here - a vendor is offering a free trial of an AI tool that analyses complaint letters, can we try it with some real complaints?", U, p("13.1", "6.8", "5.5"), True),
    # undecided
    ("can i get copilot to draft the MG5 case summary for the CPS file", U, p("16.2", "16.1", "6.5"), True),
    ("we're response in the southern hub, can we start using the bwv drafting tool too?", U, p("16.3", "10.6", "16.1"), True),
    ("can we use ai to translate our crime prevention leaflet into urdu and polish for a community event", U, p("16.4", "16.1"), True),
    ("special constable here with no force laptop, can I log into copilot chat on my home pc through the remote portal?", U, p("16.5", "16.1"), True),
    ("can our whole team get m365 copilot licences now? we're not in the pathfinder but would really benefit", U, p("16.6", "5.3", "16.1"), True),
    ("im on the bwv pilot list, can i use it for the domestic i attended last night", N, p("10.6", "6.5"), False),
    # information described without keywords
    ("can copilot chat tidy up a referral we're sending to children's services about a kid at an address we attended", N, p("6.5", "2.5", "A.4"), False),
    ("can copilot help me write a welfare letter to PC Dan Whitmore who's off with stress, it mentions what his GP said", N, p("6.8", "6.5"), False),
    # info
    ("who do i ask about getting a new ai tool approved?", ["info"], p("13.1", "17.4", "5.5"), False),
    ("what counts as operational material?", ["info"], p("2.5"), False),
    ("think i pasted a victim's address, 14 Larch Close TV3 8QP, into chatgpt by mistake. what do i do now", ["info", "not_allowed"], p("15.1", "15.2"), False),
    ("what training do i need to do before i can use copilot chat", ["info"], p("14.1", "5.2"), False),
    # out of scope
    ("how do i book annual leave over christmas on the duty system", ["out_of_scope"], [], False),
    ("printer on the 2nd floor at Tarnford station is jammed again, who sorts that", ["out_of_scope"], [], False),
    ("whats the policy on wearing a poppy on uniform", ["out_of_scope"], [], False),
]

PII = {
    "Mrs Aisha Rahman": ["Aisha Rahman", "aisha.rahman77@gmail.com"],
    "John Paxley": ["John Paxley", "03/04/1988"],
    "TV/26/004512": ["TV/26/004512"],
    "Dan Whitmore": ["Dan Whitmore"],
    "14 Larch Close": ["14 Larch Close", "TV3 8QP"],
}


def clause_ids(md: str) -> set:
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?|[A-Z]\.\d+) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    md = (HERE / "originals" / "tvp-genai-policy.md").read_text(encoding="utf-8")
    ids = clause_ids(md)
    with (HERE / "originals" / "tvp-ai-tools-register.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    tools = {r["tool"] for r in rows}
    for r in rows:  # register refs point at the pdf's clauses
        for ref in r["clauses"].split(";"):
            assert ref.split("#")[1] in ids, ref
    out = []
    for n, (q, verdict, clauses, esc) in enumerate(CASES, 1):
        case = {"id": f"r14b{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        for key, vals in PII.items():
            if key in q:
                case["pii"] = vals
        for ref in clauses:
            f, c = ref.split("#", 1)
            if f == "tvp-genai-policy.md":
                assert c in ids, ref
            else:
                assert c in tools, ref
        for s in case.get("pii", []):
            assert s in q, s
        if "unsure" in verdict:
            assert esc, case["id"]
        out.append(case)
    assert len({c["id"] for c in out}) == len(out)
    with (HERE / "cases.jsonl").open("w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "cases")
    print(Counter(c["verdict"][0] if len(c["verdict"]) == 1 else "/".join(c["verdict"]) for c in out))
    print("pii cases", sum("pii" in c for c in out), "escalate", sum(c["escalate"] for c in out))


if __name__ == "__main__":
    main()
