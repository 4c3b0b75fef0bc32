"""Write cases.jsonl for Wyrebank Learning Trust and check it against the originals."""
import json, pathlib, re

OUT = pathlib.Path(__file__).resolve().parent
P = "wyrebank-genai-policy.md#"
F = "staff-ai-faq.md#"
Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
NO = ["not_allowed"]
NU = ["not_allowed", "unsure"]
U = ["unsure"]
UN = ["unsure", "not_allowed"]
I = ["info"]
OOS = ["out_of_scope"]

def p(*ids): return [P + i for i in ids]
def f(*slugs): return [F + s for s in slugs]

CASES = [
 # ---- clear yeses
 ("can i use gemini on my school google account to plan a yr4 science unit on states of matter? just want a sequence of 6 lessons", Y, p("5.1", "4.1", "6.1") + f("which-ai-tool-am-i-allowed-to-use"), False),
 ("quick one - ok to get gemini (wyrebank login) to make 10 retrieval quiz qs on the romans for y3?", Y, p("5.1", "4.1"), False),
 ("I've got a reading comprehension text thats way too hard for some of my group, can gemini rewrite it at a lower reading age? its from a published book extract not about any child", Y, p("5.1", "6.1"), False),
 ("doing the autumn newsletter, can i get gemini to draft it? only dates for harvest festival, flu jabs and parents evening, no kids names", Y + ["conditional"], p("5.1", "6.1", "13.1", "12.3"), False),
 ("the new dfe attendance guidance is like 60 pages, can i have gemini summarise it for our staff briefing", Y, p("5.1", "3.4", "6.1"), False),
 ("need a sheets formula to work out % of the class who passed the phonics practice, sheet only has percentages per class no names. can gemini help?", Y, p("5.1", "6.6", "3.5"), False),
 ("assembly ideas on kindness for KS1 from gemini - fine?", Y, p("5.1"), False),
 ("can i use gemini to write success criteria and a marking rubric for y6 persuasive writing", Y, p("8.1", "5.1"), False),
 ("we're advertising a TA post, can gemini draft the job description and some interview questions? no candidates yet obviously", Y, p("6.5"), False),
 ("using the gemini side panel in google docs to tidy up our draft behaviour policy before it goes to governors - its not published yet. allowed?", Y, p("6.1", "3.5", "3.3", "4.1"), False),
 ("I made a Gem with all our y2 planning prompts, can I share it with my parallel class teacher (she's on wyrebank too)", Y, p("4.6"), False),
 ("is it ok to ask gemini how to adapt a maths worksheet for children with dyslexia in general? not about a specific child", Y, f("can-i-use-gemini-to-plan-lessons-for-pupils-with-send") + p("5.1"), False),
 ("im the clerk to the LGC - can i use gemini to write a short cover summary of the head's termly report? not the confidential part 2 stuff", Y, p("6.7"), False),
 ("gemini to help write a generic risk assessment template for a y5 trip to lancaster castle? no pupil details", Y, p("5.1", "6.1"), False),
 ("can i get gemini to make a clip art picture of a volcano for my geography working wall", C, p("10.3", "13.2"), False),
 # ---- conditional yeses
 ("can I paste a child's piece of writing into gemini to get ideas for feedback? I'd take the name off. it's a story about a dragon", ["conditional"], p("8.2", "6.2", "3.10"), False),
 ("reports are due friday!! i've written all my comments, can gemini just polish the wording a bit", ["conditional"], p("8.4") + f("can-gemini-help-me-write-my-end-of-year-reports"), False),
 ("working from home tonight on my own laptop - can i log into gemini with my wyrebank account to do some planning?", ["conditional"], p("4.5"), False),
 ("I've had a really angry email from mrs Jolene Pickersgill (jo.pickersgill82@gmail.com) about lunchtimes. can gemini help me get the tone of my reply right?", ["conditional", "not_allowed"], p("6.4"), False, ["Jolene Pickersgill", "jo.pickersgill82@gmail.com"]),
 ("can we switch on gemini notes in meet for our phase team curriculum meeting? we're only talking about the new history units", ["conditional"], p("11.1") + f("can-gemini-take-the-notes-at-our-staff-meeting"), False),
 ("got a lad in my class with some really tricky behaviour at carpet time, could I describe the situation to gemini for strategies if i just call him child X and leave out anything that would give away who he is", ["conditional"], p("6.2", "3.10", "5.2"), False),
 ("we've got a new TA starting monday, can she just start using gemini straight away for making resources?", ["conditional", "info"], p("15.1", "15.2"), False),
 ("gemini basically wrote the whole letter going to all parents about the new uniform supplier. anything i need to do before it goes out?", ["conditional", "info"], p("13.1", "12.3", "12.2"), False),
 ("can I show my class how gemini works on the smartboard in our online safety lesson? they won't touch it, i'll do the typing", C, p("9.2"), False),
 # ---- clear nos
 ("can i use chatgpt on my own account to write a letter home about sports day? no names in it", NO, p("4.4", "4.2") + f("can-i-use-chatgpt-copilot-or-claude-if-i-don-t-put-any-names-in"), False),
 ("i've got gemini on my personal gmail, it's the same gemini isn't it? fine for planning?", NO, p("4.3") + f("i-already-use-the-gemini-app-on-my-phone-is-that-the-same-thing"), False),
 ("I pay for gemini advanced myself and its much better than the school one, ok to use it for school stuff if I'm careful?", NO, p("4.3", "4.4"), False),
 ("can i use the gemini app on my android phone for quick school emails when i'm on duty", NO, p("4.5") + f("i-already-use-the-gemini-app-on-my-phone-is-that-the-same-thing"), False),
 ("my work account is locked out so can I just log into gemini with my personal google account on the trust laptop for today", NO, p("4.4", "4.3"), False),
 ("before the TAF meeting can I get gemini to summarise the concerns log for Kayden Ashworth (dob 14/03/2016)? I'd take his name out first", NO, p("6.3", "3.7") + f("can-i-use-gemini-for-ehcps-cpoms-entries-or-health-care-plans"), False, ["Kayden Ashworth", "14/03/2016"]),
 ("can gemini help me draft the outcomes section for an annual review of an education health and care plan? no name in it", NO, p("6.3", "3.7") + f("can-i-use-gemini-for-ehcps-cpoms-entries-or-health-care-plans"), False),
 ("could i upload the arbor export of my class reading ages and get gemini to put them into guided reading groups", NO, p("6.6"), False),
 ("for the reception welcome evening can we make an AI video of our head welcoming parents in her own voice? she's said yes", NO, p("10.2"), False),
 ("y6 leavers book - can i turn the class photo into a pixar-style cartoon with gemini? we have photo consent for all of them", NO, p("10.1", "10.2"), False),
 ("is it ok if my y6s use gemini in the ict suite for their topic research if I'm supervising them the whole time", NO, p("9.1", "9.4", "17.3") + f("can-i-let-my-class-use-gemini"), False),
 ("we've had 40 applications for the SBM job, can I get gemini to rank them and pick the top 5 to shortlist?", NO, p("7.1", "6.5"), False),
 ("I think a parent wrote a child's homework story with chatgpt, can I run it through one of those AI checker websites to see?", NO, p("7.3"), False),
 ("a TA in my class has had loads of time off since september, can gemini help me summarise the dates and what occupational health said for her stage 2 meeting with Shona Whittle", NO, p("6.5", "3.9"), False, ["Shona Whittle"]),
 ("can i use the 'summarise this email' gemini button in gmail on a long thread from a mum about her son's friendship problems and stuff going on at home", NO, p("6.4", "3.8"), False),
 ("a child told me something worrying this morning, can i use gemini to write my notes up properly before i put them on cpoms", NO, p("7.6", "6.3"), False),
 ("supply teacher in tomorrow - can i upload Maisie-Rae Cottam's individual healthcare plan so gemini makes a one page version for them", NO, p("6.3", "3.7"), False, ["Maisie-Rae Cottam"]),
 ("can gemini help me decide the KS2 writing teacher assessment judgements before moderation? I'd put in the pupils' writing without names", NO, p("7.4", "8.3"), False),
 ("is there a way to get gemini to write all my report comments from my assessment tracker? 30 kids is a lot", NO, p("8.5", "6.6") + f("can-gemini-help-me-write-my-end-of-year-reports"), False),
 ("office here - can i put the list of kids who get free dinners into gemini to mail merge the letters about the holiday food vouchers", NO, p("6.3", "3.7", "6.6"), False),
 ("trustees want a summary of the part 2 minutes on the central team restructure, can I use gemini for that", NO, p("6.7", "6.8"), False),
 ("parent asked to meet about her daughter's progress, can i turn on gemini note taking in the meet call so i don't have to write", NO, p("11.2"), False),
 ("can i use otter to transcribe my HR investigation interviews? it'd save hours", NO, p("11.3", "11.2"), False),
 # ---- other tools / AI in other products (approval route)
 ("our head says we can use magicschool ai in our school, can she sign that off herself?", NU, p("4.7", "14.1"), True),
 ("what about oak national's aila for lesson planning? it's free and govt backed so surely it's fine", NU, p("4.2", "14.1"), True),
 ("our school laptops have word with copilot in it, can i use copilot to rewrite my planning", NU, p("4.2", "14.1"), True),
 ("can i use twinkl's AI worksheet generator thing, we already pay for twinkl", NU, p("4.2", "14.1") + f("what-about-the-ai-features-in-canva-grammarly-or-other-apps-we-already-use"), True),
 ("is perplexity ok for researching the history topic? not putting any school info in", NU, p("4.2", "14.1"), True),
 ("canva magic write for the newsletter headings?", NU, f("what-about-the-ai-features-in-canva-grammarly-or-other-apps-we-already-use") + p("4.2", "14.1"), True),
 ("there's a chrome extension that summarises web pages with AI, can I install it on my school chromebook", NU, p("4.2", "14.1"), True),
 ("our IT technician wants to build a little chatbot for parents on the school website using the claude API, is that allowed?", NU, p("4.2", "14.1"), True),
 ("can i use grammarly's AI rewrite on my report comments", NU, f("what-about-the-ai-features-in-canva-grammarly-or-other-apps-we-already-use") + p("4.2", "14.1"), True),
 # ---- undecided / pending
 ("notebooklm with my wyrebank account to make a podcast summary of our curriculum docs - allowed?", UN, p("17.1") + f("is-notebooklm-allowed"), True),
 ("we've got a new family who only speak polish, can i use gemini to translate the welcome letter for them?", UN, p("17.2"), True),
 ("quick message to a parent at pick up who doesn't speak much english - can i just use google translate on my phone?", UN, p("17.2"), True),
 ("I'm at an EHCP review the LA is hosting on teams and they're using copilot to transcribe it. should I stay in the meeting or object?", U, p("17.4", "11.4"), True),
 ("our academy wants to start a y6 gemini pilot after christmas, we've got parent letters ready. can we go ahead?", UN, p("17.3", "9.4"), True),
 # ---- info
 ("who do i ask about getting a new AI app approved for our school?", I, p("14.2", "18.3") + f("who-do-i-ask-about-ai-at-work"), False),
 ("what counts as a 'sensitive record' in the AI policy?", I, p("3.7"), False),
 ("help - i accidentally pasted a child's name and address (Tyler-Jay Hodgson, 12 Marsh Lane, Preesall FY6 0NR) into gemini. what do i do now?", I, p("16.1", "16.2") + f("i-ve-put-a-child-s-details-into-gemini-by-mistake-what-should-i-do"), False, ["Tyler-Jay Hodgson", "FY6 0NR"]),
 ("do i have to put a label on things i made with AI?", I + ["conditional"], p("13.1", "13.2") + f("do-i-need-to-say-that-i-used-ai"), False),
 ("what does de-identified actually mean", I, p("3.10") + f("what-does-de-identified-mean-in-practice"), False),
 # ---- out of scope
 ("how do i book the trust minibus for the y5 trip?", OOS, [], False),
 ("whats the deadline for applying for access arrangements for the KS2 SATs?", OOS, [], False),
 ("can i claim mileage for driving between the two academies for cover?", OOS, [], False),
]


def clause_ids():
    ids = set()
    txt = (OUT / "originals" / "wyrebank-genai-policy.md").read_text()
    for line in txt.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m: ids.add("wyrebank-genai-policy.md#" + m.group(1))
        m = re.match(r"^(\d+\.\d+) ", line)
        if m: ids.add("wyrebank-genai-policy.md#" + m.group(1))
    txt = (OUT / "originals" / "staff-ai-faq.md").read_text()
    for line in txt.splitlines():
        if line.startswith("### "):
            ids.add("staff-ai-faq.md#" + re.sub(r"[^a-z0-9]+", "-", line[4:].lower()).strip("-"))
    return ids


if __name__ == "__main__":
    ids = clause_ids()
    lines = []
    for n, c in enumerate(CASES, 1):
        q, v, cl, esc = c[:4]
        obj = {"id": f"WBM{n:03d}", "question": q, "verdict": list(dict.fromkeys(v)),
               "clauses": list(dict.fromkeys(cl)), "escalate": esc}
        if len(c) > 4:
            obj["pii"] = c[4]
            for s in c[4]:
                assert s in q, (obj["id"], s)
        for r in obj["clauses"]:
            assert r in ids, (obj["id"], r)
        if "unsure" in obj["verdict"] and obj["verdict"] == ["unsure"]:
            assert esc
        lines.append(json.dumps(obj, ensure_ascii=False))
    (OUT / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-verify
    seen = set()
    from collections import Counter
    cnt = Counter()
    for l in (OUT / "cases.jsonl").read_text().splitlines():
        o = json.loads(l)
        assert o["id"] not in seen; seen.add(o["id"])
        cnt[o["verdict"][0]] += 1
    print(len(seen), "cases; by first verdict:", dict(cnt))
    print("pii cases:", sum(1 for l in lines if '"pii"' in l))
    print("escalate:", sum(1 for l in lines if '"escalate": true' in l))
