#!/usr/bin/env python3
"""Write cases.jsonl for the Greyfriars Learning Trust evaluation set and check it
against the originals (every cited clause exists, ids unique, pii in question).

Run: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = "staff-ai-policy.md"
Q = "staff-ai-quick-guide.txt"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]  # policy requires approval first / under review


def p(*ids):
    return [f"{P}#{i}" for i in ids]


def q(*slugs):
    return [f"{Q}#{s}" for s in slugs]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses ----
    ("can i use chatgpt to come up with a starter activity on the water cycle for year 5? nothing about the kids in it obvs",
     YES, p("5.1", "6.1", "3.4") + q("which-ai-can-i-use", "the-one-rule-to-remember"), False, None),
    ("is it ok to use gemini on my school account to redraft our draft behaviour policy before it goes out to consultation",
     YES, p("5.2", "6.2", "3.5", "A.2") + q("which-ai-can-i-use"), False, None),
    ("want to use claude to knock up a 10 question quiz on the causes of ww1 for yr 9, thats fine yeah?",
     YES, p("5.1", "8.1", "6.1") + q("which-ai-can-i-use", "marking-reports-and-coursework"), False, None),
    ("can i get AI to write a mark scheme for a gcse lit essay question i wrote myself for a mock",
     YES, p("8.1", "5.1") + q("marking-reports-and-coursework"), False, None),
    ("estates team here - ok to use chatgpt to draft a generic risk assesment template for working at height? no names, no specific site",
     YES, p("5.1", "6.1", "3.4"), False, None),
    ("can i use gemini with my greyfriars login to turn the school improvement plan into a one page summary for the governors meeting",
     YES, p("5.2", "6.2", "3.5", "A.2") + q("which-ai-can-i-use"), False, None),
    ("ok to use an AI image generator to make a picture of a viking longship for my classroom display?",
     YES, p("14.3") + q("photos-and-images"), False, None),
    ("can i use ai to help me write practice questions off the AQA chemistry spec for yr11 revision",
     YES, p("9.5", "8.1"), False, None),
    ("does an email to parents i drafted with chatgpt (just a generic reminder about non uniform day) have to say it was written by AI?",
     ["allowed", "conditional", "info"], p("12.1", "12.2"), False, None),
    ("i want to show my year 4s chatgpt on the interactive whiteboard so they can see how it gets stuff wrong, allowed?",
     YES, p("10.1") + q("pupils-using-ai"), False, None),
    ("can we use the gemini take notes thing in google meet for our maths dept planning meeting",
     YES, p("13.2") + q("meetings-and-recordings"), False, None),
    ("HR here - can i use chatgpt to draft a job advert for a site manager? just the standard role stuff, no applicant info at all",
     YES, p("5.1", "6.1", "A.1"), False, None),
    ("is it ok to use chatgpt on my own phone at home in the evening to plan next weeks lessons",
     YES, p("2.2", "5.1", "6.1") + q("which-ai-can-i-use"), False, None),
    ("can i build a comment bank for ks3 science feedback with ai - generic stuff like 'show your working' 'label your axes'",
     YES, p("8.1") + q("marking-reports-and-coursework"), False, None),
    ("can i use the grammarly website (not the add on) to check the grammar in a newsletter piece about our new library",
     YES, p("5.3", "5.1"), False, None),
    ("we send the same letter about the paris trip to every family, can i use gemini to translate it into polish and romanian for our eal parents?",
     YES, p("5.1", "5.2", "6.1", "6.2"), False, None),
    ("exams officer: can i use gemini on my school account to draft the invigilator briefing for the summer series? no candidate names in it",
     YES, p("9.6", "6.2"), False, None),
    ("canva has that magic write thing now, can i use it to write captions for the school instagram using the event info we've already published",
     YES, p("5.3", "5.1", "6.1"), False, None),
    ("whats the position on perplexity? want to use it to research the history of our town for a local history unit",
     YES, p("5.1", "6.1") + q("which-ai-can-i-use"), False, None),
    ("can i use notebooklm on my school account to make a podcast style summary of KCSIE (the published dfe doc) for staff training",
     YES, p("5.1", "6.1", "3.4", "5.2"), False, None),
    # ---- conditional yeses ----
    ("I want to try gemini (school acct) for wording feedback on a kid's paragraph. if i take the name out and only paste that one paragraph is that ok?",
     ["conditional", "allowed"], p("8.2") + q("marking-reports-and-coursework"), False, None),
    ("can i use ai to write my year 6 report comments? thinking get it to give me a bank of phrases then i tweak them for each child",
     ["conditional", "allowed"], p("8.4") + q("marking-reports-and-coursework"), False, None),
    ("making the spring newsletter - can i use AI generated pics in it? anything i need to do",
     ["conditional", "allowed"], p("12.2", "14.3") + q("photos-and-images"), False, None),
    # ---- clear nos, worded unlike the rules ----
    ("can i take pics of my yr8s exercise books and ask chatgpt to mark them, would save me literally hours",
     NO, p("8.2", "6.3") + q("marking-reports-and-coursework", "what-never-goes-into-ai"), False, None),
    ("our DSL wants to paste the CPOMS chronology for Leo Brennan-Whyte into gemini to summarise it for the strategy meeting. its the school gemini so thats safe right?",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, ["Leo Brennan-Whyte"]),
    ("could i get AI to suggest which kids should go in top set using their test scores spreadsheet",
     NO, p("7.1", "6.3", "7.2"), False, None),
    ("can i run my year 11 history coursework through one of those AI checkers to see who used chatgpt",
     NO, p("9.2", "6.6") + q("marking-reports-and-coursework"), False, None),
    ("is it ok to use otter to transcribe my parents evening appointments so i remember what was said",
     NO, p("13.1", "13.2") + q("meetings-and-recordings"), False, None),
    ("we want to run the sports day photos through an AI app to sharpen them up before they go on the website, all the parents have consented to photos",
     NO, p("14.1") + q("photos-and-images"), False, None),
    ("thought it'd be fun to make an AI video of the head announcing christmas jumper day in his voice, he's totally fine with it",
     NO, p("14.2") + q("photos-and-images"), False, None),
    ("could i use AI to draft the letter to Mrs Kowalczyk about Amelia Kowalczyk's attendance? she's on 84%, address is 14 Friary Lane NR3 1TT",
     NO, p("6.3", "3.6", "A.3") + q("what-never-goes-into-ai"), False, ["Amelia Kowalczyk", "Mrs Kowalczyk", "14 Friary Lane", "NR3 1TT"]),
    ("can i install the chatgpt chrome extension on my school laptop so it summarises my emails",
     NO, p("5.5") + q("which-ai-can-i-use"), False, None),
    ("any problem using deepseek for lesson ideas? nothing personal going in",
     NO, p("5.6") + q("which-ai-can-i-use"), False, None),
    ("is it fine to upload the mock paper from the exam board secure site so gemini can make a mark scheme? the real exam isnt till summer",
     NO, p("9.5", "6.6", "3.7"), False, None),
    ("can i paste my class list into chatgpt to make random groups for a project",
     NO, p("6.3", "A.3", "3.6"), False, None),
    ("year 2 teacher - can my class use a kids AI story writing app on the ipads to write their own stories?",
     NO, p("10.1") + q("pupils-using-ai"), False, None),
    ("can i get my year 8s to make chatgpt accounts for their homework project",
     NO, p("10.3", "10.2") + q("pupils-using-ai"), False, None),
    ("want to feed the yr10 tracker data into an AI to predict who's at risk of not passing so we can target intervention",
     NO, p("7.2", "6.3", "7.1"), False, None),
    ("snow closure, head is in a meeting - can i send the closure message from her account that copilot drafted, she'll see it later",
     NO, p("7.3"), False, None),
    ("can i record my lessons and let an AI transcribe them to make revision notes for kids who were off",
     NO, p("13.3") + q("meetings-and-recordings"), False, None),
    ("i'm a SENCO, can i use AI to draft the outcomes section of an EHCP if i take out the child's name?",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, None),
    ("finance - can i put the staff payroll export into gemini to spot anything odd",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, None),
    ("can i use AI to rewrite a paragraph of a student's NEA to show them how to make it better?",
     NO, p("9.3", "9.2") + q("marking-reports-and-coursework"), False, None),
    ("exams officer again, can i put the access arrangements list into gemini to sort out the room plan",
     NO, p("9.6", "3.6", "6.3"), False, None),
    ("parent emailed from dawn.h.fletcher@gmail.com with a long complaint, can i paste her email into chatgpt to help me draft a calm reply",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, ["dawn.h.fletcher@gmail.com"]),
    # ---- tool variants ----
    ("i pay for gemini advanced on my own google account, can i use it for the draft SIP seeing as it's gemini anyway?",
     NO, p("5.2", "6.2"), False, None),
    ("arbor has just added an AI summary button for behaviour logs, can we start using it?",
     APPROVAL, p("5.4", "15.1"), True, None),
    ("one of our IT techs wants to write a python script that calls the openai api to auto generate starter questions from the curriculum, ok?",
     APPROVAL, p("5.7", "15.1"), True, None),
    ("can i use chatgpt on my personal iphone to tidy up the department's draft scheme of work",
     NO, p("6.2", "5.2", "5.1", "3.5"), False, None),
    ("is microsoft copilot ok for us in finance to use with the budget monitoring figures? it's in our 365 already",
     APPROVAL, p("18.3", "18"), True, None),
    ("our maths lead found an AI marking site where kids upload homework and get instant feedback, free trial for schools. can we try it with year 9?",
     APPROVAL, p("18.1", "8.5", "15.1", "18"), True, None),
    ("is it ok to use mistral le chat to tidy up the minutes of the trust finance committee (names taken out)?",
     NO, p("6.2", "3.5", "5.2"), False, None),
    ("a supplier has given us 30 days free on their AI lesson planning platform, we'd upload our schemes of work. ok to crack on?",
     APPROVAL, p("15.1", "15.4", "6.2"), True, None),
    # ---- information described without keywords ----
    ("one of my year 7s keeps falling asleep and told me things are bad at home, can i ask chatgpt how to word my note to the DSL? i'd describe what he said",
     NO, p("6.3", "3.6", "17.2") + q("what-never-goes-into-ai"), False, None),
    ("can i ask gemini for ideas to support a lad in my class with dyslexia and adhd, i'd just say 'a pupil', no name",
     NO, p("6.3", "3.6", "6.4") + q("what-never-goes-into-ai"), False, None),
    ("can i use chatgpt to help write a reference for Sarah Okafor who's leaving in july? i'd put in her strengths and her sickness record",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, ["Sarah Okafor"]),
    ("head wants me to get AI to draft the consultation doc for the staffing restructure, it hasn't been announced yet, no names in it. ok on school gemini?",
     APPROVAL, p("6.5"), True, None),
    ("estates: can i put the lockdown procedure and CCTV layout for the site into chatgpt to make it read better",
     APPROVAL, p("6.5"), True, None),
    ("i've got the year 9 reading test results, standardised scores next to initials - can gemini turn them into graphs",
     NO, p("6.4", "6.3", "3.8", "A.3"), False, None),
    ("can i use ai to help word the letter home for the boy with the nut allergy about next week's food tech lesson",
     NO, p("6.3", "3.6") + q("what-never-goes-into-ai"), False, None),
    # ---- undecided ----
    ("can our year 8s have gemini? the year 10s have it and it'd be ideal for a research project",
     APPROVAL, p("18.2", "10.2", "18"), True, None),
    ("if i make a set of resources with chatgpt can i sell them on TES?",
     ["unsure"], p("18.4", "18"), True, None),
    # ---- info ----
    ("who do i talk to about getting a new AI tool approved for our school",
     ["info"], p("15.2", "19.2", "19.1", "15.1") + q("who-to-ask"), False, None),
    ("what counts as 'internal school information'? is a draft scheme of work that?",
     ["info"], p("3.5", "A.2"), False, None),
    ("how do i get gemini switched on for my account? it's greyed out",
     ["info"], p("16.1", "19.6") + q("which-ai-can-i-use", "who-to-ask"), False, None),
    ("help i pasted Jayden Marsh's EHCP (DOB 14/03/2013) into chatgpt earlier by mistake, what do i do??",
     ["info", "not_allowed"], p("17.1", "17.2") + q("something-went-wrong"), False, ["Jayden Marsh", "14/03/2013"]),
    ("a year 10 has made a fake nude image of a classmate with some AI app, who do i tell",
     ["info", "not_allowed"], p("17.4", "10.5", "19.4") + q("something-went-wrong"), False, None),
    ("pretty sure one of my yr13s used ai in their EPQ, what should i do",
     ["info"], p("9.4", "19.5", "9.1") + q("marking-reports-and-coursework"), False, None),
    # ---- out of scope ----
    ("does anyone know when the spring term inset days are?", ["out_of_scope"], [], False, None),
    ("how do i book the minibus for the year 6 residential", ["out_of_scope"], [], False, None),
]

PREFIX = "r17b"


def policy_ids(md: str):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)*(?:\([a-z]\))?) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def guide_ids(txt: str):
    lines = txt.splitlines()
    ids = set()
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip():
            ids.add(slug(lines[i - 1]))
    return ids


def main():
    md = (HERE / "originals" / P).read_text(encoding="utf-8")
    txt = (HERE / "originals" / Q).read_text(encoding="utf-8")
    valid = {f"{P}#{i}" for i in policy_ids(md)} | {f"{Q}#{s}" for s in guide_ids(txt)}
    out = []
    for n, (question, verdict, clauses, esc, pii) in enumerate(CASES, 1):
        for c in clauses:
            assert c in valid, (n, c)
        case = {"id": f"{PREFIX}{n:03d}", "question": question, "verdict": verdict,
                "clauses": list(dict.fromkeys(clauses)), "escalate": esc}
        if pii:
            for s in pii:
                assert s in question, (n, s)
            case["pii"] = pii
        if "unsure" in verdict and verdict == ["unsure"]:
            assert esc
        out.append(case)
    path = HERE / "cases.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), encoding="utf-8")
    # re-read and verify
    ids = [json.loads(l)["id"] for l in path.read_text().splitlines()]
    assert len(ids) == len(set(ids))
    print(len(out), "cases")
    print(Counter("/".join(c["verdict"]) for c in out))
    print("pii cases:", sum(1 for c in out if "pii" in c), "escalate:", sum(c["escalate"] for c in out))
    print("valid refs:", len(valid))


if __name__ == "__main__":
    main()
