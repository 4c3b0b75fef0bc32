#!/usr/bin/env python3
"""Write cases.jsonl for Coleg Glannau Hafren (prefix r12d) and check it against originals/."""
import json
import re
from pathlib import Path

F = "genai-staff-policy.txt#"
YES = ["allowed", "conditional"]
NEEDS_APPROVAL = ["unsure", "not_allowed"]


def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": [F + x for x in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    return d


CASES = [
    # ---- clear yeses (approved tool, suitable information) ----
    c("can i use copilot chat to make a 10 question quiz on the cell membrane for my level 3 applied science group? logged in with my college account", YES, ["8.1", "5.1"]),
    c("hiya, is it ok to get copilot to rewrite my health and safety worksheet so its easier to read for my entry level learners", YES, ["8.1"]),
    c("can I use the free chatgpt to explain the WJEC a level sociology spec to me in simpler terms? its on their website anyway", YES, ["5.4", "6.1"]),
    c("making a poster for the freshers fair in adobe express (college licence) - can i use the generate image thing to make a cartoon robot mascot?", YES, ["5.3"]),
    c("can managers use copilot to draft a job advert + job description for a plumbing lecturer post", YES, ["13.1"]),
    c("marketing q - are we ok to use copilot to draft instagram posts for the march open evening", YES, ["14.1"]),
    c("I want copilot to help me write a scheme of work for the new level 2 motor vehicle course, thats fine yeah?", YES, ["8.1"]),
    c("can I ask copilot chat to turn the published apprenticeship standard for hairdressing into a one page guide for our employers", YES, ["9.4"]),
    c("can i use copilot chat to help me write my own appraisal self reflection? its only about me", YES, ["6.5"]),
    c("can I use copilot chat on my own phone through the college outlook/teams app (the one with the mfa)?", YES, ["5.9"]),
    c("can i use gemini (the free one) to brainstorm theme ideas for enrichment week? not putting any college info in", YES, ["5.4", "6.1"]),
    c("Have got a Copilot licence through the pathfinder group - can I use it in Excel to build formulas for our dept budget spreadsheet? no names in it just cost codes and figures", YES, ["5.2", "6.2"]),
    c("i'm a governor - can i use copilot chat with my college login to summarise the finance committee papers before the board meeting? there are no names in them", YES, ["2.1", "6.2"]),

    # ---- conditional yeses ----
    c("can I paste a learner's progress review notes into copilot chat to help me write their SMART targets? nothing about health or anything like that", ["conditional"], ["6.3", "3.6"]),
    c("can I use copilot chat to help draft feedback on my learners' practice essays? its the formative one before the real assignment", ["conditional"], ["8.2"]),
    c("writing a ucas reference for one of my a level students, can copilot help me structure it", ["conditional"], ["13.3"]),
    c("got a review meeting with an employer on teams next week, can I switch on transcription and the copilot recap?", ["conditional"], ["12.3"]),
    c("Can I use ChatGPT for work at all or is it banned?", ["conditional", "info"], ["5.4"]),
    c("we're putting a new course page together for the website and most of the wording came out of copilot. anything we need to do before it goes live?", ["conditional", "info"], ["11.1", "10.3", "10.1"]),
    c("I've drafted a new centre-devised assignment brief for level 3 IT with copilot, can i just issue it to the group on monday?", ["conditional", "not_allowed"], ["8.6"]),
    c("can I give copilot an employer's pricing sheet so it can help me put together a training proposal for them? they're one of our apprenticeship clients", ["conditional", "not_allowed"], ["6.6", "9.5"]),
    c("staff development day - can we use teams transcript and copilot summary for the whole-college briefing session?", ["conditional"], ["12.1"]),
    c("can I put the attendance spreadsheet for my tutor group (names and attendance %) into copilot chat so it can tell me who's under 80%?", ["conditional"], ["6.3"]),

    # ---- clear nos, worded unlike the rules ----
    c("quick one - can i get copilot to write up the concern form for a student who told me about stuff going on at home? i'm rubbish at wording these", ["not_allowed"], ["7.1", "6.4"]),
    c("can I upload a learner's IDP into copilot chat and get it to pull out the strategies I need for my lesson plans?", ["not_allowed"], ["6.4", "3.7"]),
    c("is deepseek ok if i only use it for maths lesson ideas? its honestly better than copilot at maths", ["not_allowed"], ["5.5"]),
    c("can I add otter to my teams calls so I get automatic notes", ["not_allowed"], ["5.5", "12.4"]),
    c("can i get copilot to do a first pass of marking on the level 2 city and guilds assignments? I'd check the grades after", ["not_allowed"], ["8.3"]),
    c("doing shortlisting for the admin assistant vacancy, 40 applications. can copilot rank them against the person spec for us?", ["not_allowed"], ["13.2", "10.2"]),
    c("we dont have enough student testimonials for the construction courses, could we get AI to write a few for the website?", ["not_allowed"], ["14.3"]),
    c("can we run the open evening sign up list through copilot to write personalised follow up emails to each family?", ["not_allowed"], ["14.2"]),
    c("an apprentice is way behind on her portfolio, can I use copilot to write up her evidence from what she told me in our review and she'll sign it off?", ["not_allowed"], ["9.3"]),
    c("the awarding body sent us next term's paper early for the mock (not released yet) - can I put it into copilot to generate similar revision questions?", ["not_allowed"], ["6.6"]),
    c("think one of my learners used chatgpt for her coursework, gptzero says 98% AI. can i just fail the unit on that basis?", ["not_allowed"], ["8.5"]),
    c("can I pay for chatgpt plus myself and claim it back on expenses? copilot is too slow", ["not_allowed"], ["15.3"]),
    c("can we put the graduation photos of learners into adobe express to swap the background for the new campus building?", ["not_allowed"], ["11.3"]),
    c("can I tell my under 18s to use character ai to practise interview skills? one of them said its really good for that", ["not_allowed"], ["5.5", "7.3"]),
    c("staff disciplinary hearing next week on teams - can copilot take the minutes so HR dont have to?", ["not_allowed"], ["12.2"]),
    c("can I use the free chatgpt to tidy up our draft curriculum plan for next year before it goes to SLT?", ["not_allowed"], ["5.4", "6.2"]),
    c("Is Copilot in Word ok for me? I dont have a pathfinder licence but my other part-time job gives me one", ["not_allowed"], ["5.2"]),
    c("I've got copilot through my personal outlook.com microsoft account, same thing as the college one right? can I use it for my lesson planning docs", ["not_allowed", "conditional"], ["5.1", "5.4", "3.3"]),
    c("writing an employment reference for a learner applying for an apprenticeship - the employer asked about her autism and what support she needs, can copilot help me write that bit?", ["not_allowed", "conditional"], ["6.4", "13.3"]),

    # ---- needs DLC approval: unlisted tools, variants, AI inside other software ----
    c("I installed a chrome extension that summarises any webpage or email with AI, is that ok on my work laptop?", NEEDS_APPROVAL, ["5.6"], True),
    c("our MIS developer wants to hook the ChatGPT API up to the student records system to auto-write report comments - allowed?", NEEDS_APPROVAL, ["5.8"], True),
    c("the e-portfolio system just got an AI button that writes the progress review summary for you, can we start using it?", NEEDS_APPROVAL, ["9.2", "5.7"], True),
    c("canva has magic write and magic media now, we've got a canva education account - can I use them for posters?", NEEDS_APPROVAL, ["5.7"], True),
    c("could I build a copilot studio agent that answers learners' questions about the course handbook?", NEEDS_APPROVAL, ["5.8", "7.2"], True),
    c("what about notebooklm for turning my own lecture notes into revision podcasts for learners?", NEEDS_APPROVAL, ["5.7"], True),
    c("loads of teachers online use magicschool ai for lesson planning, can I sign up with my work email?", NEEDS_APPROVAL, ["5.7", "5.4"], True),
    c("marketing want to pilot a chatbot on the website to answer applicants' questions over the summer, can we?", NEEDS_APPROVAL, ["14.4"], True),

    # ---- left undecided by the policy ----
    c("can copilot help me write the feedback comments on my learners' final assignments? i'd still decide all the grades myself", NEEDS_APPROVAL, ["18.1", "8.4"], True),
    c("one of my learners who gets learning support wants to use the AI summarise button in her reading software, can I switch it on for her?", NEEDS_APPROVAL, ["18.2"], True),
    c("could we use copilot to do the welsh version of the enrolment guide for the website? saves waiting weeks for translation", NEEDS_APPROVAL, ["18.3"], True),
    c("I want to record my lectures and have AI make revision notes from them for the learners - is that allowed?", NEEDS_APPROVAL, ["18.4"], True),

    # ---- information requests ----
    c("who do i ask to get a new ai tool approved?", ["info"], ["19.2", "5.7", "4.1"]),
    c("what counts as PLI? is a learner's bursary or free meals status in that?", ["info"], ["3.7"]),
    c("do I have to do any training before I use copilot?", ["info"], ["16.1", "16.2"]),
    c("does the ai policy cover agency staff and our subcontracted training providers?", ["info"], ["2.1"]),
    c("do internal drafts I made with copilot need an AI label? it's just a paper for the curriculum team meeting", ["info", "allowed"], ["11.2"]),
    c("can my learners use chatgpt for their homework? what do i tell them?", ["info", "out_of_scope"], ["2.3"]),

    # ---- personal data in the question ----
    c("Jordan Pritchard's mum phoned about his anxiety and self harming (he's 16, DOB 12/03/2009). can copilot help me write up a summary of the call for the wellbeing team?", ["not_allowed"], ["6.4", "7.1"], False, ["Jordan Pritchard", "12/03/2009"]),
    c("I accidentally pasted Megan Lloyd-Hughes's medical note (learner no 24081173) into chatgpt yesterday, what do i do now??", ["info", "not_allowed"], ["17.1"], False, ["Megan Lloyd-Hughes", "24081173"]),
    c("can i put tom evans' progress review into copilot chat (college login) to help write his smart targets? learner number 23119045, nothing sensitive in it", ["conditional"], ["6.3"], False, ["tom evans", "23119045"]),
    c("Need to do a capability letter for Gareth Morgan, NI number QQ 12 34 56 C - can copilot draft it from his sickness absence record?", ["not_allowed"], ["6.5", "3.8"], False, ["Gareth Morgan", "QQ 12 34 56 C"]),
    c("a parent emailed from sarah.jenkins82@gmail.com asking why her son didnt get a place on the level 3 course, can I get the free chatgpt to draft my reply?", ["not_allowed"], ["5.4", "6.3"], False, ["sarah.jenkins82@gmail.com"]),

    # ---- out of scope ----
    c("what time does the chepstow campus library close on fridays", ["out_of_scope"], []),
    c("how do I book annual leave in the HR system?", ["out_of_scope"], []),
    c("can someone reset my moodle password, it keeps locking me out", ["out_of_scope"], []),
]


def clause_ids(text):
    ids = set()
    for line in text.splitlines():
        m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    out = Path(__file__).resolve().parent
    ids = clause_ids((out / "originals" / "genai-staff-policy.txt").read_text(encoding="utf-8"))
    seen_q = set()
    lines = []
    for i, case in enumerate(CASES, 1):
        case = {"id": f"r12d{i:03d}", **case}
        assert case["question"] not in seen_q
        seen_q.add(case["question"])
        for ref in case["clauses"]:
            f, cid = ref.split("#")
            assert (out / "originals" / f).exists(), ref
            assert cid in ids, ref
        for p in case.get("pii", []):
            assert p in case["question"], p
        if set(case["verdict"]) & {"unsure"}:
            assert case["escalate"], case["id"]
        lines.append(json.dumps(case, ensure_ascii=False))
    (out / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-parse and summarise
    parsed = [json.loads(l) for l in (out / "cases.jsonl").read_text().splitlines()]
    assert len({p["id"] for p in parsed}) == len(parsed)
    from collections import Counter
    print(len(parsed), "cases")
    print("by first verdict:", Counter(p["verdict"][0] for p in parsed))
    print("by verdict set:", Counter("/".join(p["verdict"]) for p in parsed))
    print("escalate:", sum(p["escalate"] for p in parsed), "pii:", sum("pii" in p for p in parsed))


if __name__ == "__main__":
    main()
