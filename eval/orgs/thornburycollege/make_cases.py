#!/usr/bin/env python3
"""Write cases.jsonl for Thornbury College and check it against originals/."""
import json, pathlib, re

OUT = pathlib.Path(__file__).resolve().parent
F = "genai-staff-policy.md#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
U = ["unsure", "not_allowed"]   # needs approval / undecided
I = ["info"]
O = ["out_of_scope"]

def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": [F + x for x in cl], "escalate": esc}
    if pii:
        d["pii"] = pii
    return d

CASES = [
# ---- clear yeses (general permission, open information) ----
c("hi all, new here so sorry if this is obvious - can i use chatgpt (just the free one) to make a lesson plan on photosynthesis for my level 2 applied science group? my old college blocked it completely so not sure what the rules are here", Y, ["3.2", "9.1", "4.1"]),
c("is it ok to use gemini to write some practice quiz questions from the aqa past papers that are on their website", Y, ["10.4", "3.2", "4.1"]),
c("anyone know if we can use claude to help rewrite the course page for level 3 plumbing? it goes on the public website anyway", Y, ["3.2", "4.1", "8.3", "2.2"]),
c("want to use an ai image generator to make some cartoony pics of the water cycle for my slides, that ok?", Y, ["12.1", "9.1"]),
c("does a tool have to be on some approved list before i can use it for making worksheets? found one called magicschool that looks good", ["allowed", "conditional", "info"], ["3.3", "3.2"]),
c("thinking of showing my class how chatgpt answers an exam-style question live on the board and then we pick holes in it together. allowed?", Y, ["9.2", "3.2"]),
c("using perplexity on my own phone to research the history of the suffragettes for a citizenship lesson, is that fine", Y, ["13.1", "3.2"]),
c("can i get copilot to summarise the dfe's published 16-19 funding guidance for me, its like 60 pages", Y, ["4.1", "2.2", "3.2"]),
c("can i use ai to draft the advert for the maths lecturer job? just working from the job description thats already on the careers page", Y, ["17.4", "4.1"]),
c("im writing a blog post for the college website about our open evening, ok to run it through grammarly's ai rewrite thing?", Y, ["13.2", "2.2", "8.3"]),
c("can chatgpt write me a python script that makes random seating plans? no names, it just shuffles numbers 1-24", Y, ["3.2", "7.5", "4.1"]),
c("can i use deepseek to put together a reading list on victorian literature for my a level group", Y, ["3.2", "4.1"]),
c("took a photo of the whiteboard at the end of today's lesson (just my notes, nobody in the shot) - can i give it to chatgpt to turn into a revision handout?", Y, ["4.1", "9.1", "3.2"]),
c("can i use the openai api with my own key to batch generate quiz questions from the published btec spec? bit of a side project", Y, ["13.5", "10.4"]),
# ---- conditional yeses ----
c("can i put my tutor group's attendance list into copilot to spot patterns? signed in with my college account on my work laptop, green shield is there", C, ["5.1", "5.1(a)", "5.1(b)"]),
c("can i use copilot chat to help me draft formative feedback on my level 1 learners' practice essays? these are just practice, not the real assessment", C, ["10.6", "5.1"]),
c("can teams do the transcript and copilot recap for our english dept meeting on thursday? all staff, internal", C, ["11.1"]),
c("thinking of an activity where my adult learners use an ai chatbot to critique a cv template. do they need to sign up for chatgpt?", ["conditional", "info"], ["9.3", "9.2"]),
c("can i get copilot to help draft my paper for the corporation's quality committee? it has unpublished achievement figures in it. college login, work pc", C, ["5.1", "8.3", "2.3"]),
c("i want to translate our workshop health and safety rules into polish for esol learners using deepl or chatgpt, ok?", ["conditional", "allowed"], ["9.6"]),
c("can i use canva's ai to make a background graphic for the open evening poster, no people in it", ["conditional", "allowed"], ["8.2", "12.1", "13.2"]),
c("i have the copilot licence in word, can i use it to draft a learner's progress review from my notes? on my college laptop", C, ["5.3", "5.1"]),
c("copilot (college account) to write a short case study about one of our apprentices for the website? she's happy for us to do it", C, ["5.1", "8.3"]),
c("the awarding body runs the standardisation meeting on their zoom and they've got an ai notetaker on, am i ok to join", ["conditional", "allowed"], ["11.5"]),
c("can i record my lesson on teams and have copilot make a summary for the learners who were off sick", C, ["11.4"]),
# ---- clear nos, rules phrased unlike the question ----
c("can i use otter to take notes in my 1-2-1 with a student about their attendance? saves me writing it up", N, ["11.2", "11.3"]),
c("hr meeting tomorrow with someone in my team about their sickness absence, can i record it on teams and let copilot summarise", N, ["11.3"]),
c("could chatgpt mark my btec unit 4 assigments? would save me a whole weekend", N, ["10.5", "4.2", "10.6"]),
c("can i paste next weeks city & guilds exam paper into chat gpt to make some last minute revision cards", N, ["10.3"]),
c("want to run photos from our trip to the natural history museum through canva's background remover before they go in the newsletter, the learners are in them", N, ["12.2"]),
c("could chatgpt rank the applicants for the admin assistant post for us? theres 40 of them", N, ["6.1(b)", "17.4"]),
c("my apprentice is really struggling, can i use chatgpt to write up some evidence for his portfolio that he can then tweak", N, ["10.9", "6.1(e)"]),
c("can i run a student's essay through gptzero to see if it was written by ai", N, ["10.8", "4.2"]),
c("turnitin says one of my learner's assignments is 87% ai. is that enough to report it as malpractice?", ["not_allowed", "info"], ["10.7"]),
c("learner handed in an assignment that's obviously chatgpt and already signed the declaration, can i just quietly ask him to redo it instead of doing paperwork?", N, ["10.2"]),
c("can i tell my 16 year olds to make accounts on character.ai for a creative writing task", N, ["9.3"]),
c("we want to put some ai generated pictures of a shiny 'future campus' with a rooftop garden in the prospectus, we dont actually have one yet", N, ["12.4"]),
# ---- tool variants ----
c("does copilot on my personal outlook.com account count as the protected one? want to put my learners' progress grades into it", N, ["5.4", "4.2"]),
c("can i use copilot on my home ipad if im signed in with my college account? want to write learner reports from the sofa", ["not_allowed", "conditional"], ["5.1(b)", "13.1"]),
c("is it ok to install the chatgpt chrome extension on my college laptop so it can summarise my emails", U, ["13.3"], True),
c("can i hook up zapier and chatgpt to my college outlook so it auto drafts replies to enquiries", U, ["13.4", "14.2"], True),
c("the vle has a new ai button that writes feedback on submissions, can i start using it on my group's work?", U, ["14.3", "13.2", "14.2"], True),
c("i'd like to buy a chatgpt plus subscription on my purchasing card for the department, is that ok", U, ["14.1"], True),
# ---- information described without keywords ----
c("one of my 17 yr olds has a plan from the council because of his autism and dyslexia. can copilot turn the targets into classroom strategies if i paste them in? college login", U, ["5.2", "2.5"], True),
c("can i ask chatgpt to help me word a letter to a learner whose application for help with travel costs was refused? i'd put in her circumstances", N, ["4.2", "2.5", "2.7"]),
c("our draft self assessment report for ofsted is a bit waffly, can i put it through claude to tighten the wording", N, ["2.3", "4.2"]),
c("an employer shared their new product plans with me so i can write a project brief for my apprentices - ok to feed them into chatgpt to make the brief?", N, ["2.3", "4.2"]),
c("i've taken the names off my class's essays, can i paste them into chatgpt to get ideas for marking", N, ["2.4", "4.3", "10.6"]),
c("need to write up a cause for concern after a student told me something worrying at home, can copilot (college account) help turn my notes into the form?", U, ["5.2", "2.5"], True),
# ---- tools the policy never mentions, with protected information ----
c("can i upload my learners' submitted assignments to notebooklm to find common errors across the group", N, ["4.2", "10.6", "2.4"]),
# ---- undecided / pending governance ----
c("can copilot help me draft feedback on my hnd learners' final assessed assignments? they count towards the award", U, ["17.3", "10.6"], True),
c("can i switch on teh ai writing indicator in turnitin for my foundation degree module", U, ["17.2", "10.8"], True),
c("could i let chatgpt's agent mode log into the room booking system and book my rooms for next term", U, ["17.5"], True),
c("can i use ai to help score the interview answers for the new lab technician role? we'd still make the final call", U, ["17.4", "6.1(b)"], True),
c("we want a chatbot on the vle that answers learners' questions about their course overnight, can we set one up?", U, ["9.4"], True),
c("can we make a welcome video where an ai avatar of the principal talks? she's fine with it, we'd use heygen", U, ["12.3"], True),
# ---- personal data in the question ----
c("want to use chatgpt to write a ucas reference for Chloe Marsh (dob 14/03/2007), i'd give it her grades and attendance", N, ["4.2", "6.2", "2.4"], pii=["Chloe Marsh", "14/03/2007"]),
c("can chatgpt help me reply to a complaint from Mrs Okafor (07700 900123) about her son's placement? i'd paste her email in", N, ["4.2", "2.7"], pii=["Mrs Okafor", "07700 900123"]),
c("Dan Whitfield in my team has been off 4 times this term with migraines, can i get chatgpt to write his return to work notes?", N, ["2.6", "4.2", "11.3"], pii=["Dan Whitfield"]),
c("i accidentally pasted a learner's email address (jkowalski@mailbox.example) into gemini, who do i tell?", ["info"], ["16.1", "A.2"], pii=["jkowalski@mailbox.example"]),
c("can copilot (college account, work laptop) tell me if Aisha Rahman, learner no TC2210487, is at risk of dropping out from her attendance? i'd decide on withdrawal from that", ["not_allowed", "conditional"], ["5.5", "7.4"], pii=["Aisha Rahman", "TC2210487"]),
# ---- info questions ----
c("what counts as 'college confidential' for the ai rules?", I, ["2.3"]),
c("who actually decides on new ai uses, is there a committee or something?", I, ["2.10", "17.1", "A.7"]),
c("do i have to put a label on an image i made with ai for the college instagram?", ["info", "conditional"], ["8.2"]),
c("whats the ai essentials module and do i need to do it", I, ["15.1", "5.1(c)"]),
c("who do i ask about whether my exam board allows learners to use ai in the coursework", I, ["10.1", "A.4"]),
c("a learner just showed me a fake nude picture of another student someone made with an ai app. what am i supposed to do?", ["info", "not_allowed"], ["12.5", "A.3"]),
# ---- out of scope ----
c("does anyone know when the staff car park resurfacing is finished", O, []),
c("how do i book annual leave in the new hr portal?", O, []),
]

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1)); continue
        m = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)?(?:\([a-z]\))?) ", line)
        if m:
            ids.add(m.group(1))
    return ids

if __name__ == "__main__":
    ids = clause_ids((OUT / "originals/genai-staff-policy.md").read_text(encoding="utf-8"))
    lines = []
    for n, case in enumerate(CASES, 1):
        case = {"id": f"r13c{n:03d}", **case}
        for ref in case["clauses"]:
            assert ref.split("#", 1)[1] in ids, ref
        for p in case.get("pii", []):
            assert p in case["question"], p
        if case["escalate"]:
            assert set(case["verdict"]) & {"unsure", "not_allowed"}
        lines.append(json.dumps(case, ensure_ascii=False))
    (OUT / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "cases")
