"""Write cases.jsonl for the Wealdmoor Constabulary set and check it against originals/.

Run: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "wealdmoor-genai-policy.md"
PREFIX = "r10c"

YES = ["allowed", "conditional"]
COND = ["conditional"]
NO = ["not_allowed"]
APPROVAL = ["unsure", "not_allowed"]
UNSURE = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]


def c(*ids):
    return [f"{DOC}#{i}" for i in ids]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear / conditional yeses
    ("can i use chatgpt to help me with a spreadsheet formula? no real data, just want to know how to do a vlookup across two tabs",
     YES, c("6.3", "5.1", "6.2"), False, None),
    ("is it ok to use copilot chat (work login, green shield thing) to draft an email to my team about the new shift pattern",
     YES, c("6.4", "5.2(a)", "5.2", "6.2"), False, None),
    ("quick one - can i ask gemini to explain s76 criminal justice and immigration act in plain english? just for my own understanding before a course",
     YES, c("6.3", "9.2", "5.1"), False, None),
    ("our press release about the burglary crackdown went out yesterday. can i paste it into chatgpt to get a shorter version for instagram?",
     YES, c("3.4", "6.3", "10.1", "6.2"), False, None),
    ("got an m365 copilot licence now. can i get it to summarise the huge email thread in outlook about the estates move to the new HQ",
     YES, c("5.2(b)", "5.2", "6.4", "6.2"), False, None),
    ("going on leave tomorrow - can i use wealdmoor assist to summarise the crime reports on my caseload for the handover to the DC picking them up",
     YES, c("7.1", "6.5", "5.2(c)"), False, None),
    ("can i get copilot in teams to transcribe our weekly team meeting so i dont have to take minutes",
     COND, c("11.1"), False, None),
    ("im a dev in digital policing, can i use github copilot for the powershell scripts im writing for the user account clean up",
     YES, c("5.2(d)", "5.2"), False, None),
    ("want to make a quiz for the probationers on the stop and search APP, using copilot chat on my work laptop, no real jobs in it. ok?",
     YES, c("6.4", "5.2(a)", "6.2"), False, None),
    ("Analyst here. Can I use Wealdmoor Assist to pull out common themes across a batch of intel reports on county lines? None of it is source stuff",
     YES, c("7.6", "6.5"), False, None),
    ("custody sgt - is it alright to use wealdmoor assist to summarise the custody records for handover at the end of the late turn?",
     YES, c("7.5", "6.5"), False, None),
    ("OST trainer. we get the quarterly use of force figures with no names or collar numbers. can i run them through wealdmoor assist to spot trends for next year's training?",
     YES, c("7.3"), False, None),
    ("i need to send a victim an update on their burglary, can m365 copilot draft the letter? it's got their name and the crime ref in it",
     COND, c("6.5", "9.3", "5.2(b)"), False, None),
    ("can i make an ai picture of a generic police car with copilot chat for my powerpoint on the new fleet booking process",
     COND, c("12.3", "10.2"), False, None),
    ("the adobe acrobat AI assistant keeps popping up. can i use it to summarise the published HMICFRS inspection report on us, its 60 pages",
     YES, c("5.4", "6.3", "3.4"), False, None),
    ("is deepseek ok to use for anything at all?",
     COND, c("5.1", "6.3", "3.3"), False, None),
    ("can i use free chatgpt to write the facebook post about the A31 road closure? the details are already on our website",
     YES, c("6.3", "3.4", "10.1"), False, None),
    ("need to write an interview plan for a suspect interview next week, can i give wealdmoor assist the case papers to help structure it",
     COND, c("6.5", "7.9"), False, None),
    ("corp comms: for the winter burglary campaign can we create an ai image of a dark house with a shadowy figure at the window? no real people or addresses",
     COND, c("12.3", "10.2", "10.1"), False, None),
    ("one of my team, Priya Chandran, is coming back after 6 weeks off with stress. can wealdmoor assist help me word her return to work plan?",
     COND, c("6.5", "3.6"), False, ["Priya Chandran"]),
    ("the hospital sent a spreadsheet of patients who went missing from the mental health ward last month so we can review the repeat ones. can i use m365 copilot to sort it?",
     COND, c("6.8", "6.5"), False, None),
    ("eastern BCU response here - are we ok to use the DEMS transcription on our body cam footage?",
     COND, c("16.1", "7.4"), False, None),
    # ---- clear nos, worded unlike the question
    ("can i get copilot to tidy up the grammar in a witness statement before the witness signs it? its a bit of a mess",
     NO, c("7.2"), False, None),
    ("writing my MG11 for the pursuit last night, could wealdmoor assist make it sound more professional",
     NO, c("7.2", "3.8"), False, None),
    ("can i use chatgpt to put my use of force form into better english, im rubbish at writing",
     NO, c("7.3", "6.3"), False, None),
    ("can i upload bwv footage to chatgpt to get a transcript? would save me hours",
     NO, c("7.4", "6.3", "3.6"), False, None),
    ("before we go through the door on Darren Kellaway tomorrow can i ask chatgpt what it knows about him and his associates?",
     NO, c("7.7"), False, ["Darren Kellaway"]),
    ("disclosure officer on a big fraud job. could wealdmoor assist go through the unused and flag anything that might undermine the prosecution?",
     NO, c("7.8"), False, None),
    ("vetting unit - can we use wealdmoor assist to summarise an applicant's financial checks before the panel",
     NO, c("6.6", "7.10"), False, None),
    ("can i get wealdmoor assist to tell me if ive got enough grounds to stop search someone based on whats in the briefing",
     NO, c("8.1"), False, None),
    ("can i use an ai app to make the cctv still of our shoplifter sharper before it goes on facebook for the appeal",
     NO, c("12.2", "12.1"), False, None),
    ("sarge's leaving do next week, thought i'd use chatgpt to turn his photo into a cartoon superhero for the card. that ok?",
     NO, c("12.4"), False, None),
    ("can i install the grammarly extension in chrome/edge on my work laptop",
     NO, c("5.4"), False, None),
    ("can otter join my teams call with the council's community safety team? we'll be going through a few prolific offenders",
     NO, c("11.3"), False, None),
    ("doing a voluntary interview tomorrow, can i use copilot to transcribe it so i dont have to write it all up",
     NO, c("11.2"), False, None),
    ("PSD investigator - can I put the misconduct investigation file into wealdmoor assist for a summary for the appropriate authority?",
     NO, c("6.6"), False, None),
    ("on the fence whether to charge or NFA a common assault. if i put the case summary into wealdmoor assist can it tell me which way to go",
     NO, c("8.1", "7.5"), False, None),
    ("i swapped the names in an incident log for A, B and C. can i paste it into chatgpt now to summarise it?",
     NO, c("6.7", "6.3"), False, None),
    ("can i put the DASH answers into copilot chat to get a second opinion on whether it's medium or high risk",
     NO, c("8.1", "6.5"), False, None),
    ("i'm on the byod scheme. can i use copilot chat in outlook on my own phone to summarise an email with the victim's details in it",
     NO, c("5.6"), False, None),
    ("can i use the copilot app signed in with my hotmail account to help write up my pocket notebook entries",
     NO, c("7.2", "5.3", "3.8"), False, None),
    ("could we use ai to work out which estates have residents most likely to reoffend, breaking it down by ethnicity",
     NO, c("8.1"), False, None),
    ("can chatgpt tell from the interview transcript whether the suspect was lying?",
     NO, c("8.1"), False, None),
    ("is it fine to sign up for chatgpt with my police email so i can keep work chats separate",
     NO, c("5.7"), False, None),
    ("can i use the free chatgpt to polish the chief's speech for the police and crime panel next month? it hasn't been released yet",
     NO, c("6.4", "3.4", "6.3"), False, None),
    ("the school sent through a referral about a year 9 who disclosed stuff going on at home. can i use chatgpt to help write up the strategy discussion notes",
     NO, c("6.3", "3.6", "6.5"), False, None),
    ("can i use copilot chat to help write the grievance outcome letter for PC Liam Ostrowski?",
     NO, c("6.5", "3.6"), False, ["Liam Ostrowski"]),
    ("can i paste crime report WM/24/118734 (victim Sandra Pike, dob 14/03/1961) into copilot chat so it can write her victim letter",
     NO, c("6.5", "6.2"), False, ["WM/24/118734", "Sandra Pike", "14/03/1961"]),
    ("we've got a misconduct hearing next month, can we turn on teams transcription/recap to do the record",
     NO, c("11.2"), False, None),
    ("can wealdmoor assist write my intel submission from my notes from the stop? then i just submit it",
     NO, c("7.6"), False, None),
    ("can i use copilot chat on my own laptop at home if im logged in with my work account in the browser? want to finish the draft continuous improvement report",
     NO, c("5.6", "3.2", "6.4"), False, None),
    ("i pay for chatgpt plus myself for work stuff, can i claim it back on expenses",
     NO, c("13.2"), False, None),
    ("can i use m365 copilot to translate the messages off a seized phone, they're in romanian",
     NO, c("16.2"), False, None),
    # ---- needs approval / not decided
    ("could i build a copilot agent in copilot studio that answers questions from our force policies?",
     APPROVAL, c("5.8"), True, None),
    ("can we hook wealdmoor assist up to niche via the api so it auto summarises new crime reports each morning",
     APPROVAL, c("5.8"), True, None),
    ("niche has a new AI summary button since the upgrade, can i switch it on for our team",
     APPROVAL, c("13.1", "5.4"), True, None),
    ("a vendor has offered us a free trial of their AI case review tool 'CaseScribe' - can we load some closed cases into it to see what it's like",
     APPROVAL, c("13.1"), True, None),
    ("our team wants a few chatgpt team licences, can i just buy them on my purchasing card",
     APPROVAL, c("13.2", "13.1"), True, None),
    ("can i use wealdmoor assist to translate a victim update letter into polish? the victim's english isn't great",
     ["unsure", "not_allowed"], c("16.2"), True, None),
    ("can wealdmoor assist draft the MG5 case summary for a shoplifting file to the CPS?",
     APPROVAL, c("16.3"), True, None),
    ("west BCU here - heard eastern are using the DEMS AI to transcribe body cam. can we use it too?",
     APPROVAL, c("16.1", "7.4"), True, None),
    # ---- info
    ("who do i talk to about getting an m365 copilot licence?",
     INFO, c("5.5", "18.2"), False, None),
    ("what counts as excluded material?",
     INFO, c("6.6", "3.7"), False, None),
    ("i accidentally pasted part of a crime report into chatgpt earlier today, what do i do now??",
     INFO, c("15.1", "15.2"), False, None),
    ("whats the difference between OFFICIAL and OFFICIAL-SENSITIVE when it comes to using AI?",
     INFO, c("6.2", "3.6", "3.5", "6.5"), False, None),
    ("do i need to put an AI label on an internal briefing note i drafted with copilot chat?",
     INFO + ["allowed"], c("10.4"), False, None),
    # ---- out of scope
    ("how do i book a rest day in lieu on the duties system",
     OOS, [], False, None),
    ("anyone know if the canteen at HQ is open on the bank holiday?",
     OOS, [], False, None),
    ("does this policy stop me using chatgpt at home to plan my kid's birthday party lol",
     OOS + ["info", "allowed"], c("2.4"), False, None),
]


def clause_ids(md_text):
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?|[A-Z]\.\d+) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids((HERE / "originals" / DOC).read_text(encoding="utf-8"))
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        row = {"id": f"{PREFIX}{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
        rows.append(row)
    # checks
    seen = set()
    for r in rows:
        assert r["id"] not in seen
        seen.add(r["id"])
        for ref in r["clauses"]:
            f, cid = ref.split("#")
            assert f == DOC and cid in ids, ref
        for s in r.get("pii", []):
            assert s in r["question"], s
        if "unsure" in r["verdict"] and set(r["verdict"]) <= {"unsure", "not_allowed"} and "unsure" == r["verdict"][0]:
            assert r["escalate"], r["id"]
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "cases")
    print(Counter("/".join(r["verdict"]) for r in rows))
    print("pii cases", sum(1 for r in rows if "pii" in r), "escalate", sum(r["escalate"] for r in rows))


if __name__ == "__main__":
    main()
