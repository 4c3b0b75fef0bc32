"""Writes cases.jsonl for Fellgate College and checks it against originals/."""
import json, re, pathlib

HERE = pathlib.Path(__file__).parent
P = "fellgate-ai-policy.txt"
F = "staff-ai-faq.md"
AC = ["allowed", "conditional"]
C = ["conditional"]
NO = ["not_allowed"]
APPR = ["not_allowed", "unsure"]  # needs approval first
INFO = ["info"]
OOS = ["out_of_scope"]

def p(*ids): return [f"{P}#{i}" for i in ids]
def f(*slugs): return [f"{F}#{s}" for s in slugs]

CASES = [
 # --- clear / conditional yeses ---
 ("can i use gemini on my college account to plan out a scheme of work for y12 sociology? just topics and activities", AC, p("4.2(a)", "A.1") + f("which-ai-tools-can-i-use-right-now"), False),
 ("quick one - is copilot chat ok for summarising the new ofsted inspection handbook? its a public doc", AC, p("A.2", "4.2(b)"), False),
 ("want to use copilot to tidy up an email to my team about the car park changes after half term, no names in it. fine?", AC, p("A.3", "4.2(b)"), False),
 ("can i get gemini to write me an excel formula to work out average attendance % for each of my groups? its just group codes and percentages no names", AC, p("A.4", "4.2(a)"), False),
 ("I've got a cell biology worksheet and want 3 versions at different reading ages for my mixed ability group, can gemini do that for me", AC, p("A.5", "7.2"), False),
 ("is it ok to use gemini to knock up a practice quiz for level 2 plumbing theory", AC, p("6.5", "A.1", "4.2(a)"), False),
 ("can i make pics with gemini for my powerpoint on the industrial revolution, like a cartoon factory scene? no real people", AC, p("10.3") + f("can-i-use-ai-to-make-pictures-for-my-slides"), False),
 ("can I tell my a level english lit group to use gemini with their college logins to brainstorm essay ideas in class? its not coursework, just a discussion task", AC, p("4.6") + f("can-students-use-ai-in-my-lessons"), False),
 ("we need a job advert for a science lab technician, can i use copilot chat to draft it", AC, p("8.3", "4.2(b)"), False),
 ("I made a custom gem in gemini (college account) that knows my course spec and helps me plan lessons, its just for me. thats allowed right?", AC, p("4.4", "4.2(a)"), False),
 ("can i paste the published aqa spec and the past papers off their website into gemini to make revision questions?", AC, p("5.6", "6.5"), False),
 ("can i use the gemini thing in google docs to help rewrite the intro to my course handbook", AC, p("4.2(a)", "A.3"), False),
 ("gemini to draft a model answer for a mock exam question for my sixth formers? mocks dont count for anything", AC, p("6.5", "6.4"), False),
 ("does normal spellcheck in word count as AI under the new policy? am i still allowed to use it lol", ["allowed", "info"], p("2.4") + f("is-grammarly-or-the-ai-in-canva-allowed"), False),
 ("one of my learners uses a reading pen and speech to text that learning support set up for her. does the ai policy stop her using them in class?", ["allowed", "conditional", "info"], p("7.4", "2.4"), False),
 # conditional
 ("using gemini to draft feedback comments on my btec students' homework tasks (not assessed stuff) - is that ok if i check them all?", C + ["allowed"], p("6.4") + f("can-ai-help-me-mark"), False),
 ("can we use the teams transcription for our curriculum area meeting on thursday so nobody has to take minutes", C, p("9.1"), False),
 ("can i use gemini on my own laptop at home? id be in chrome signed into my fellgate account", C, p("4.8") + f("is-the-gemini-app-on-my-phone-ok"), False),
 ("Ive written a ucas reference myself and its way over the character limit. can gemini cut it down if i take the name out first?", C, p("8.1") + f("can-i-use-ai-to-write-a-ucas-reference"), False),
 ("can i put my tutor group list with names and their target grades into gemini to help me draft individual target setting messages? nothing about send or safeguarding in it", C, p("4.2(a)", "14.1"), False),
 # --- clear nos, worded unlike the rules ---
 ("can i ask chatgpt to make a revision quiz? there's nothing confidential in it at all", APPR, p("4.1") + f("can-i-use-chatgpt-if-i-don-t-put-anything-confidential-in"), True),
 ("can i copy the mark scheme for this summer's btec external set task into gemini so it can make a revision guide? it doesnt get released til june", NO, p("5.4", "3.8", "4.2(a)"), False),
 ("i want to paste the outcomes section of a student's EHCP into gemini to get ideas for classroom strategies, is that ok?", NO, p("5.2", "7.3", "3.6"), False),
 ("can i put my notes about what Kayleigh Robson in 13B told me this morning about things at home into copilot to write them up properly before i pass it on?", NO, p("7.1", "5.2"), False, ["Kayleigh Robson"]),
 ("can i get gemini to give each of my students' NEA drafts a provisional grade as a starting point? i'd still moderate them", NO, p("6.3", "6.2"), False),
 ("our team wants to run a few suspicious essays through gptzero, is that ok", NO, p("6.6") + f("what-should-i-do-if-i-think-a-student-has-used-ai-in-their-coursework"), False),
 ("can i use ai to write a ucas reference for one of my tutees? i'll read it through before sending", NO, p("8.1") + f("can-i-use-ai-to-write-a-ucas-reference"), False),
 ("a lecturer who left last year has asked me for a reference. can i get gemini to write it from his old appraisal notes", NO, p("8.2", "5.3"), False),
 ("hr asked me to sift 60 applications for the admin post, can copilot rank them against the person spec to save time?", NO, p("8.3"), False),
 ("can I put Gareth Liddle's sickness absence record into copilot to help me draft his return to work letter", NO, p("5.3", "4.2(b)"), False, ["Gareth Liddle"]),
 ("can i use otter to take notes when i meet a parent about their son's attendance next week", NO, p("9.2", "9.3"), False),
 ("can we use teams transcription in a disciplinary hearing so we dont need a notetaker", NO, p("9.3"), False),
 ("thinking of turning a photo from open day into a pixar style cartoon of the students with ai for the newsletter - cute idea or no?", NO, p("10.1") + f("can-i-use-ai-to-make-pictures-for-my-slides"), False),
 ("could we make an ai version of the principal's voice reading out the welcome message for new starters", NO, p("10.2"), False),
 ("marketing idea: use ai generated photos of happy students in the prospectus and just say its our campus. allowed?", NO, p("10.4", "11.1"), False),
 ("can i paste my class list with everyone's predicted grades into copilot chat to see who's at risk of not passing", NO, p("4.2(b)"), False),
 ("one of my students is really anxious in the evenings, could i point her to an ai chatbot to talk to when staff arent around?", NO, p("7.6"), False),
 ("we've got the confidential corporation paper on next years budget, can i give it to gemini to summarise before the meeting?", NO, p("5.5"), False),
 ("is it ok to put the wifi controller admin password into copilot so it can help me write the config", NO, p("5.7"), False),
 ("can gemini look at a student's bursary application and suggest if they should get it? i'd make the final call", NO, p("8.4", "5.2", "3.6"), False),
 ("can i use gemini to rewrite bits of a learner's coursework so it reads better before it goes off for moderation", NO, p("6.2"), False),
 ("Amira Hussain in my PE group has just been diagnosed with an eating disorder, can I explain her situation to gemini and ask how to adapt my sessions", NO, p("5.2", "3.6") + f("what-counts-as-protected-learner-information"), False, ["Amira Hussain"]),
 ("can i use gemini to work out breakfast club numbers from the list of students on free meals", NO, p("5.2", "3.6") + f("what-counts-as-protected-learner-information"), False),
 ("a parent sent a complaint from j.dobson1987@gmail.com about her daughter's placement, can i paste it into copilot chat to help me reply", NO, p("4.2(b)"), False, ["j.dobson1987@gmail.com"]),
 # --- tool variants ---
 ("can i use copilot on my personal outlook.com account for work stuff? the college one keeps logging me out", NO, p("4.3") + f("how-do-i-know-i-m-using-the-right-version-of-copilot"), False),
 ("theres a copilot button in word asking me to try it, can I use that to draft our self assessment report? I'm in the english dept", NO, p("4.3", "16.1") + f("how-do-i-know-i-m-using-the-right-version-of-copilot"), False),
 ("im in the finance team not business support, can i use m365 copilot in excel for the budget monitoring", NO, p("16.1", "4.3"), False),
 ("the gemini app on my personal phone is logged into my gmail, is that fine for drafting lesson ideas?", NO, p("4.3") + f("is-the-gemini-app-on-my-phone-ok"), False),
 ("is the chrome extension monica ai ok? it summarises web pages and my emails for me", APPR, p("4.5", "4.1"), True),
 ("I'm a bit techy - could i use the gemini api with my own key to build a little quiz generator for my class?", APPR, p("4.3", "4.6", "4.1"), True),
 ("canva has magic write now, can I use it to make posters for enrichment week?", APPR, p("4.7") + f("is-grammarly-or-the-ai-in-canva-allowed"), True),
 ("can i share a gem i made with my students so they can use it for revision at home", APPR, p("4.4", "4.6"), True),
 ("want my level 3 group to use magicschool's student chatbot in class, do i need to do anything first?", APPR, p("4.6", "7.5") + f("can-students-use-ai-in-my-lessons"), True),
 # --- tools the policy never mentions ---
 ("gamma.app makes slides really fast, can i use it for my lesson decks", APPR, p("4.1", "4.9"), True),
 ("anyone know if suno is allowed? want to make a jingle for the enrichment fair", APPR, p("4.1", "4.9"), True),
 ("there's a free trial of an AI timetabling tool, can i sign our department up with my work email?", APPR, p("13.1"), True),
 # --- undecided ---
 ("can i record my lessons and have ai transcribe them for my student with dyslexia who struggles to take notes", ["unsure", "not_allowed"], p("16.2", "9.4"), True),
 ("loads of parents at the skills campus only read polish or arabic, can I use gemini to translate the trip letter for them", ["unsure"], p("16.3"), True),
 ("could we set up an ai agent that automatically emails students who miss 3 lessons in a row", ["unsure", "not_allowed"], p("16.4"), True),
 # --- info ---
 ("who do i ask about getting a new ai tool approved and how long does it take", INFO, p("17.1", "4.9") + f("who-do-i-ask-about-getting-a-new-ai-tool-approved"), False),
 ("what counts as protected learner info? does attendance count", INFO, p("3.6", "3.5") + f("what-counts-as-protected-learner-information"), False),
 ("i accidentally pasted Jordan Pryce's medical notes into chatgpt yesterday, what do i do now", ["info", "not_allowed"], p("15.1") + f("i-put-something-in-an-ai-tool-that-i-shouldn-t-have-what-now"), False, ["Jordan Pryce"]),
 ("how do i tell if im on the protected version of copilot or not", INFO, p("4.2(b)") + f("how-do-i-know-i-m-using-the-right-version-of-copilot"), False),
 ("who do I tell if a student shows me a fake nude image of another student that was made with ai?", INFO, p("15.2", "17.3"), False),
 ("do i have to do some training before using gemini with student stuff?", ["info", "conditional"], p("14.1"), False),
 ("think one of my students' NEA was written by ai, what's the process?", INFO, p("6.7") + f("what-should-i-do-if-i-think-a-student-has-used-ai-in-their-coursework"), False),
 # --- out of scope ---
 ("does anyone know when the staff car park resurfacing is finishing?", OOS, [], False),
 ("how do i book a library room for parents evening", OOS, [], False),
 ("whats the process for claiming mileage for driving to the tyneside skills campus", OOS, [], False),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def clause_ids():
    ids = set()
    for line in (HERE / "originals" / P).read_text().splitlines():
        m = re.match(r"^([A-Z]\.\d+|\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
        if m:
            ids.add(f"{P}#{m.group(1)}")
    for line in (HERE / "originals" / F).read_text().splitlines():
        if line.startswith("## "):
            ids.add(f"{F}#{slug(line[3:])}")
    return ids

def main():
    ids = clause_ids()
    out, seen = [], set()
    for n, c in enumerate(CASES, 1):
        q, verdict, clauses, esc = c[:4]
        case = {"id": f"FGC{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if len(c) > 4:
            case["pii"] = c[4]
            assert all(s in q for s in c[4]), case
        for r in clauses:
            assert r in ids, (case["id"], r)
        assert q not in seen; seen.add(q)
        out.append(json.dumps(case, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(out) + "\n")
    from collections import Counter
    print(len(out), Counter(tuple(json.loads(l)["verdict"]) for l in out))

if __name__ == "__main__":
    main()
