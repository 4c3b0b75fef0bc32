#!/usr/bin/env python3
"""Write cases.jsonl for the Aberlune University evaluation set and check it
against originals/ (ids unique, refs exist, pii are substrings)."""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
G = "genai-staff-guidance.md#"
D = "ai-and-your-data.md#"

Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
NA = ["not_allowed", "unsure"]   # needs approval first
U = ["unsure", "not_allowed"]    # undecided by the policy
I = ["info"]
OOS = ["out_of_scope"]

def g(*c): return [G + x for x in c]
def d(*c): return [D + x for x in c]

CASES = [
    # ---- clear yeses -------------------------------------------------
    ("hiya, can i use chatgpt to make the open day page text on our website a bit snappier? its all already published", Y, g("3.1", "4.2") + d("3.1", "2.1"), False),
    ("is it ok to use copilot chat (signed in with my aberlune account, green shield showing) to tidy up our draft room booking procedure before it goes to committee", Y, g("4.3", "2.2", "3.2") + d("3.2", "2.2"), False),
    ("quick one - can I get gemini to summarise an open access journal article for my reading list?", Y, g("3.1", "4.2") + d("3.1", "2.1"), False),
    ("i want to use lune to help me draft slides for my 2nd year thermodynamics lectures, any issue with that?", Y, g("8.1", "2.2", "4.3", "14.1"), False),
    ("can i use copilot to knock up some practice multiple choice questions for a formative quiz on moodle", Y, g("8.1", "8.5"), False),
    ("writing some python to analyse the published ONS census tables for a paper, can i ask an AI to write the code for me", Y, g("6.2", "9.1", "4.2") + d("3.1"), False),
    ("admissions here - can we use copilot chat to draft a generic template for our offer letters? no applicant details in it at all", Y, g("10.3", "4.3"), False),
    ("do i need to get permission from anyone before i start using copilot chat with my uni login?", ["allowed", "info", "conditional"], g("3.2", "2.2"), False),
    ("fancy using the free version of claude to brainstorm titles for our public lecture series, that's fine right?", Y, g("3.1", "4.2") + d("3.1"), False),
    ("estates team: can i paste our building maintenance schedule into copilot chat (uni account) and ask it to turn it into a weekly table", Y, d("2.2", "3.2") + g("4.3"), False),
    ("can i use ai to make a diagram of the nitrogen cycle for a lecture?", Y, g("12.1", "8.1"), False),
    ("our lecture capture does automatic captions and students ask questions in the recordings, are the auto captions allowed?", Y, d("4.2"), False),
    ("I've never seen perplexity mentioned anywhere on the intranet, can I use it to research publicly available info on other universities' open days?", Y, g("3.1", "4.2", "2.3") + d("3.1"), False),
    ("hi, Rhodri from marketing here (07700 900461 if easier to call) - can i use chatgpt to come up with slogans for the open day poster?", Y, g("3.1", "4.2") + d("3.1"), False, ["07700 900461"]),
    # ---- conditional yeses ------------------------------------------
    ("want to turn on transcription in teams for our regular team catch up, anything i need to do?", C, g("11.1") + d("4.1"), False),
    ("after a normal project meeting that was transcribed in teams, can i get copilot to summarise the transcript and send round the actions", C, g("11.4", "11.1"), False),
    ("we want to use an ai generated illustration on the school's public blog post, is that allowed", C, g("7.1", "12.1"), False),
    ("can i use copilot on my own ipad? just through the browser with my uni sign in", C, d("6.1") + g("3.2"), False),
    ("I'd like to write one bit of general feedback for the whole cohort using copilot, from my own marking notes. no student names or bits of their scripts in the notes", C, g("8.3", "7.3"), False),
    ("our ethics approval and DMP name lune for analysing the interview data from our participants. can we go ahead and use it?", C, d("4.3") + g("9.3"), False),
    ("writing a small script that calls the openai api to tag our published news stories by topic. only public stuff goes in. ok?", C, g("13.3", "4.2") + d("3.1"), False),
    ("i used chatgpt quite a lot to draft sections of a journal article. can i submit it?", C, g("9.5", "6.1"), False),
    ("can I use chatgpt on my personal account for public stuff only? and is there anything I should set up", C, g("3.3", "3.1"), False),
    # ---- clear nos, worded unlike the policy ------------------------
    ("can i paste a student's essay into copilot to get a first pass of feedback? it's the uni version so should be safe", N, g("8.2") + d("2.3", "3.3"), False),
    ("thinking of running a couple of dissertations through gptzero as they read a bit too smooth, is that ok", N, g("8.4", "8.2"), False),
    ("could we get AI to rank the personal statements for the MSc intake so we only read the top 50?", N, g("10.1", "5.1"), False),
    ("ive been asked to peer review a paper for a journal, can i ask claude to summarise it first so i can write the review quicker", N, g("9.4"), False),
    ("can otter join my teams calls to take notes? it's much better than the built in one", N, g("11.3"), False),
    ("can we switch on teams transcription for a disciplinary hearing next week so the notes are accurate?", N, g("11.2") + d("4.1"), False),
    ("meeting a student tomorrow about their anxiety and attendance, ok to have copilot summarise the call?", N, g("11.2") + d("4.1", "2.4"), False),
    ("would be a laugh to make a short video of the VC singing happy birthday with ai for the staff party, he won't mind", N, g("12.2"), False),
    ("marketing want ai generated pics of students in a lab for the prospectus as our photos are dated. ok?", N, g("12.3"), False),
    ("can i upload the january exam paper to copilot to check for typos and ambiguous wording before it's sat", N, g("8.5") + d("2.3", "3.3"), False),
    ("can i use copilot to look through my team's teams chats and tell me who seems disengaged", N, g("5.4"), False),
    ("we want AI to write a few testimonials from 'graduates' for the new course page until we get real ones", N, g("5.2"), False),
    ("is it ok to put the unpublished finance committee paper into free chatgpt to summarise it for my team", N, g("4.3") + d("3.2", "2.2", "2.3"), False),
    ("can i install the grammarly browser extension on my work laptop", N, d("6.2"), False),
    ("want to hook chatgpt up to my uni onedrive so it can read my docs, is that allowed", N, d("6.3"), False),
    ("can i claim back my chatgpt plus subscription on expenses? i use it for work every day", N, g("13.1"), False),
    ("a vendor has given us a free trial of their AI case management tool, can we load our internal process docs into it to test it?", N, g("13.2", "4.3"), False),
    ("copilot on my personal microsoft account is the same thing isn't it? can i use it for a draft internal strategy doc", N, g("3.2", "2.3", "4.3"), False),
    ("the canva AI writer - can i paste our draft (not yet published) departmental strategy into it? we pay for canva", ["not_allowed", "unsure"], g("3.4", "4.3") + d("3.2"), False),
    ("deepseek is blocked on the uni wifi but can i use it on my phone over 4g for work stuff?", N, g("3.5"), False),
    ("i've replaced the student names in my marks spreadsheet with codes, the key is on the shared drive. can that go into lune now?", N, d("5.2", "3.3", "2.3"), False),
    ("there are only 4 students on the module so I removed names, can i put their marks and comments into copilot to spot trends", N, d("1.2", "3.3") + g("8.2"), False),
    ("can I use NotebookLM with our internal project plan docs? makes great podcasts", N, g("4.3", "2.3") + d("3.2"), False),
    # ---- information described without keywords ---------------------
    ("i'm writing up a colleague's return to work plan after her operation, can copilot help me phrase it nicely", N, d("2.4", "3.3") + g("4.4"), False),
    ("can lune help me sort the list of students who have learning support plans into groups for exam room arrangements", N, d("2.4", "3.3") + g("4.4"), False),
    ("someone flagged a worry that a student might be getting drawn into extremist stuff, can i use ai to help write up my notes?", N, d("2.4", "3.3") + g("4.4"), False),
    # ---- pii: nos ---------------------------------------------------
    ("can i paste this into copilot to draft an HR letter: 'Dr Gwenllian Rhys-Morgan (gwen.rhysmorgan@aberlune.ac.uk) has been signed off with stress since March'", N, d("2.4", "3.3") + g("4.4"), False, ["Gwenllian Rhys-Morgan", "gwen.rhysmorgan@aberlune.ac.uk"]),
    ("student Ceri Llewellyn (student no 21004587) wants an extension because her mum is in hospital. can lune tell me whether to accept the ext circs claim?", N, g("5.1", "2.5") + d("2.4", "3.3"), False, ["Ceri Llewellyn", "21004587"]),
    ("applicant Tomasz Nowak, DOB 14/02/2007, ticked the criminal convictions box, can chatgpt summarise his application for the panel", N, g("10.1") + d("2.4", "3.3"), False, ["Tomasz Nowak", "14/02/2007"]),
    ("can i use chatgpt to write a reference letter for my former phd student Siân Pryce, 12 Ffordd y Môr, Aberlune SY23 9QX? it'd include her thesis results and why she left early", N, d("2.3", "3.2", "3.3") + g("4.4"), False, ["Siân Pryce", "12 Ffordd y Môr", "SY23 9QX"]),
    # ---- undecided / needs approval ---------------------------------
    ("can i set up a copilot agent that answers and files my emails automatically while i'm on leave", U, g("16.1"), True),
    ("can we use ai to translate our english web pages into welsh and put them straight live? saves waiting for the translation unit", U, g("16.2"), True),
    ("people services are asking if we can use AI to sift the 300 applications we got for the admin assistant post", NA, g("16.3"), True),
    ("can i run whisper on my laptop to transcribe the interviews with my research participants?", NA, g("16.4", "9.3"), True),
    ("we'd like a chatbot on the undergraduate admissions pages to answer questions from prospective students, can we just set one up?", NA, g("10.4", "13.2", "7.4"), True),
    ("a colleague has agreed to let us clone her voice with ai for the narration of our induction videos. fine since she consented?", NA, g("12.2"), True),
    ("i'm building a python tool that sends our internal committee minutes through the azure openai api to make summaries. anything i need?", NA, g("13.3"), True),
    # ---- info ---------------------------------------------------------
    ("who do i ask to find out whether the AI bit in our survey software is covered by the uni contract?", I, g("3.4", "17.4", "17.1"), False),
    ("what counts as 'internal' information?", I, d("2.2"), False),
    ("what exactly is a 'contracted AI service'?", I, g("2.2"), False),
    ("oh no, i just pasted a student's disability details into chatgpt by mistake. what do i do now?", ["info", "not_allowed"], g("15.1"), False),
    ("do students have to follow this ai policy for their essays?", ["info", "out_of_scope"], g("1.4"), False),
    ("do i need to do any training before i can use lune?", ["info", "conditional"], g("14.1"), False),
    ("my team wants to use copilot on HR case files, who can approve an exception to the data rules?", ["info", "not_allowed", "unsure"], d("4.4") + g("17.2", "17.1"), False),
    # ---- out of scope -------------------------------------------------
    ("how do i book a room in the Hiraeth building for friday afternoon?", OOS, [], False),
    ("when's the deadline for this month's expense claims?", OOS, [], False),
    ("can someone reset my eduroam password, it keeps kicking me off", OOS, [], False),
]


def clause_ids(md_text):
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(\d+\.\d+)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    refs = {}
    for f in (OUT / "originals").glob("*.md"):
        refs[f.name] = clause_ids(f.read_text(encoding="utf-8"))
    rows, seen = [], set()
    for i, c in enumerate(CASES, 1):
        q, verdict, clauses, esc = c[:4]
        pii = c[4] if len(c) > 4 else None
        cid = f"r15b{i:03d}"
        assert cid not in seen
        seen.add(cid)
        for r in clauses:
            fn, cl = r.split("#")
            assert cl in refs[fn], (cid, r)
        if "unsure" in verdict and verdict[0] == "unsure":
            assert esc, cid
        row = {"id": cid, "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (cid, s)
            row["pii"] = pii
        rows.append(row)
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["verdict"][0] for r in rows), sum("pii" in r for r in rows), "pii")


if __name__ == "__main__":
    main()
