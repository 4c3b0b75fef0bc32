#!/usr/bin/env python3
"""Write cases.jsonl for Glasbury Town Council (prefix r16a) and check it.

Each case: id, question (as staff/councillors type in Teams), acceptable verdicts,
acceptable citations (originals' file#clause), escalate, optional pii.
Checks: ids unique, every ref exists in originals (clause_ids.json from build_policy.py),
pii strings are substrings of the question.
"""
import json, pathlib
HERE = pathlib.Path(__file__).parent
P = "glasbury-ai-policy.md#"
F = "glasbury-ai-faq.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

def p(*ids): return [P + i for i in ids]
def f(*ids): return [F + i for i in ids]

CASES = [
# --- clear yeses (public / published information, any tool) ---
("hi all - can i use chatgpt to summarise the agenda pack for thursdays full council? it went up on the website yesterday", [A, C], p("11.2", "5.1", "4.1", "3.4"), False),
("is it ok to ask gemini to explain what the transparency code actually makes us publish? just for my own understanding, not putting any council stuff in", [A, C], p("4.1", "12.1"), False),
("can I use the council copilot to help draft the events plan for the summer fete? nothing personal in it, just timings and stall layout", [A, C], p("4.2", "5.2", "3.5"), False),
("quick one, i want claude to help me rewrite the allotment rules in plainer english - the current rules are already on our website", [A, C], p("4.1", "5.1", "3.4"), False),
("can i use copilot (work login, green shield thing showing) to turn the draft budget working papers into a short summary for F&GP members", [A, C], p("3.5", "4.2", "5.2", "3.3"), False),
("cemetery office here. want to use chatgpt to write a general explainer on what an 'exclusive right of burial' is for the website faq page. no names or records, just the general idea", [A, C], p("4.1", "5.1"), False),
("councillor here - can i use chatgpt on my own ipad to help me get my head round the published report on the car park before committee?", [A, C], p("4.9", "11.2", "4.1", "11.1"), False),
("can i use the council copilot on my personal laptop? just thru the browser with my glasbury login, not saving anything", [A, C], p("4.9", "3.3"), False),
("the spend over £500 csv is already published on the website - can i get chatgpt to make a chart of it for the annual town meeting?", [A, C], p("12.1", "5.1", "4.1"), False),
("is deepseek ok to use? only for brainstorming names for the new community garden", [A, C], p("4.1", "3.2"), False),
("what about perplexity for researching how other councils run their monthly markets? purely desk research", [A, C], p("4.1", "3.2"), False),
("canva has that magic write ai thing built in now - can i use it for the allotment open day flyer? just the public event details", [A, C], p("4.7", "4.1", "3.2"), False),
("can i use google still? it keeps showing ai overviews at the top now and i dont want to break the rules lol", [A, C], p("4.10"), False),
# --- conditional yeses ---
("i want to use chatgpt for work stuff on my personal free account, just public info. anything i need to do first?", [C, A, I], p("4.4", "4.1"), False),
("can copilot help me write the committee report on the skatepark resurfacing? its a draft, not published yet", [C, A], p("4.2", "7.3", "7.2", "5.2"), False),
("deputy clerk here, can i use copilot to transcribe the audio from mondays full council and draft the minutes from it? only the public part obvs", [C], p("9.2", "7.4", "9.3"), False),
("can i use ai to help answer the FOI asking how much we spent on the christmas lights?", [C], p("12.5", "4.2"), False),
("park improvements survey came back with about 300 anonymous free text comments, no names collected. can the work copilot group them into themes for me", [C, A], p("5.2", "4.2", "5.5"), False),
("cllr: a resident emailed me about fly tipping behind their garden. can i get chatgpt to help me write a reply if i leave out their name and address and anything about where they live?", [C], p("11.4", "5.5") + f("can-councillors-use-ai-for-ward-casework"), False),
("we want an ai-made illustration of the high street for the small business saturday facebook post, any rules?", [C, A], p("10.3", "8.3"), False),
("started monday!! can i start using the council copilot for the draft hub timetable straight away or is there something i need to do", [C, N], p("14.1"), False),
("if i use copilot to write the grounds maintenance report does anyone need to check it before it goes out with the agenda?", [C, I], p("7.3", "7.2"), False),
("can i put the unpublished spending data into copilot to spot anything odd before we publish it? there are a couple of individual sole traders named in it", [C], p("12.2", "5.6"), False),
("thinking of using ai to draft the press release about the new bins in the market square, it'll go to the local paper", [C, A], p("8.1", "7.2", "4.2", "4.1"), False),
# --- clear nos (rules worded unlike the question) ---
("can chatgpt score the community grant applications against our criteria? there are 14 of them and the panel sits next week", [N], p("6.1", "5.4(f)"), False),
("could the work copilot go through the allotment waiting list and tell me who should get the next free plot", [N], p("6.1", "5.4(c)"), False),
("rfo asked if copilot could just do the monthly bank rec if we give it the statements, would save hours", [N], p("6.2"), False),
("can i paste my notes from the part b bit of staffing committee into copilot to tidy them up? its the work copilot so should be fine?", [N], p("5.4(a)", "5.4(b)", "4.3", "5.3"), False),
("can i install otter on my laptop to take notes in the F&GP committee meeting? i'm rubbish at shorthand", [N], p("9.4"), False),
("want to make a fun video of the mayor dancing for the christmas lights switch on using one of those ai video apps, she says she's up for it!", [N], p("10.1"), False),
("can i upload the photos from the easter egg hunt to an ai tool to get rid of the background clutter? lots of little ones in them", [N], p("10.2", "5.4(g)"), False),
("can i ask chatgpt to knock out a few responses to our own town plan consultation to get the numbers up lol", [N], p("6.4"), False),
("someone's asked for a copy of all the info we hold on them - can copilot search our files and put it together for them?", [N], p("12.6"), False),
("can i ask chatgpt whether we can hold the meeting without being quorate under standing orders and just go with its answer? clerk's off", [N], p("6.3"), False),
("councillor - can i use the council copilot to write my leaflet for the may elections? it's good at this stuff", [N], p("6.6", "11.5"), False),
("the solicitor's advice on the cemetery boundary dispute has come in, can copilot summarise it for members", [N], p("5.4(h)", "5.3"), False),
("ok to use chatgpt to give the town council crest a more modern look for the new website?", [N], p("10.4"), False),
("can i put the draft precept report (not published yet) into the free chatgpt to check my maths?", [N], p("5.2", "4.1", "3.5"), False),
("the chap on the end plot at mill lane has been in hospital for weeks and the plot's overgrown, can i ask chatgpt to help me write to him about it", [N], p("5.5", "5.4(c)"), False),
("cllr here, clerk sent round a paper marked not for publication about the pavilion lease. can i get chatgpt on my phone to summarise it?", [N], p("11.3", "5.4(a)"), False),
("toddler group list has the names and which ones carry epipens - can copilot make me a nice register from it", [N], p("5.4(g)", "5.3", "4.3"), False),
# --- tool variants ---
("i've got chatgpt plus on my own card, can i use that for the draft hub business plan seeing as its the paid version", [N], p("13.2", "5.2", "4.2"), False),
("can i put the grammarly ai extension on my work laptop? it'd help with all the emails", [N, U], p("4.6"), True),
("the cemetery software update has an 'ai assistant' button now, can we switch it on?", [N], p("4.7", "13.4"), False),
("copilot app on my phone with my hotmail account - same as the council one right? can i use it for the draft newsletter before it's signed off", [N], p("3.3", "5.2"), False),
("i'd like to make a custom gpt loaded with our published policies so staff can ask it questions, is that ok", [N, U], p("4.8"), True),
("can i use the openai api to write a little script that sorts the hub's footfall numbers? no names in the data", [N, U], p("4.8"), True),
("can i sign up for claude with my glasbury-tc email so all my work stuff is in one place?", [N, U], p("4.5"), True),
("is zoom's ai companion ok for a call with a resident about their allotment boundary row? it does the summary for you", [N], p("9.4", "5.4(c)"), False),
("can i use notebooklm with the unpublished draft neighbourhood plan chapters to make an audio overview for the steering group", [N], p("5.2", "4.2", "3.5"), False),
# --- undecided / needs approval ---
("could we trial an ai chatbot on the website to answer questions about market days and hall hire? just a trial", [U, N], p("16.1"), True),
("heritage volunteers want to put the 1880s-1910s burial register into chatgpt to write up stories for the heritage trail, nobody in it is alive", [U, N], p("16.2"), True),
("for the printed glasbury bulletin, can we have an ai illustration on the cover this quarter?", [U, N], p("16.3"), True),
("can we pay for a copilot add-on for the allotment database so it can do the renewal letters automatically?", [N, U], p("13.3", "5.4(c)", "4.3", "6.5"), True),
("can i put chatgpt plus (£18 a month) on the council credit card?", [U, N], p("13.1"), True),
# --- information ---
("who do i talk to about getting on the ai awareness session?", [I], p("17.1", "14.1") + f("who-do-i-ask"), False),
("what counts as 'council working material'? is the draft events calendar that?", [I, A], p("3.5") + f("how-do-i-know-if-something-is-open-information-working-material-or-restricted"), False),
("what actually is the 'council copilot'? i've got copilot in edge at home", [I], p("3.3") + f("which-ai-tools-am-i-allowed-to-use"), False),
("if i used chatgpt on my personal account for a council report, could someone FOI those chats?", [I], p("12.3"), False),
("do i need to keep the copilot transcript of the meeting once the minutes are signed off?", [I], p("9.3"), False),
("do i need an ai disclaimer if i only used copilot to fix the spelling and grammar in the newsletter article?", [I, A], p("8.2"), False),
# --- out of scope ---
("what time does the cemetery office open on saturdays?", [O], [], False),
("how do i claim mileage for driving to the county association training day", [O], [], False),
("has full council set the precept for next year yet?", [O], [], False),
]

PII_CASES = [
("market traders list has names and mobiles e.g. Dave Hollins 07700 900417 pitch 12 - can i paste it into chatgpt to make the summer rota", [N], p("5.4(f)", "5.3"), False, ["Dave Hollins", "07700 900417"]),
("cllr: Mrs Jean Pardoe of 14 Orchard Rise, WM4 7QT keeps emailing me about the broken streetlight, can chatgpt write her a reply", [N], p("11.4", "5.4(e)") + f("can-councillors-use-ai-for-ward-casework"), False, ["Jean Pardoe", "14 Orchard Rise", "WM4 7QT"]),
("grave owner Keith Arnold (dob 03/05/1951) wants to transfer the burial right to his son, can copilot draft the transfer letter for me", [N], p("5.4(d)", "5.3", "4.3"), False, ["Keith Arnold", "03/05/1951"]),
("can copilot help me write up the grievance meeting notes for Sarah Whitcombe (sarah.whitcombe@glasbury-tc.gov.uk) from last week", [N], p("5.4(b)", "5.3", "4.3"), False, ["Sarah Whitcombe", "sarah.whitcombe@glasbury-tc.gov.uk"]),
("FOI in from tom.rendle84@gmail.com about the skatepark costs - can i paste the whole email into copilot to draft the reply?", [N, C], p("12.5"), False, ["tom.rendle84@gmail.com"]),
("i accidentally pasted a hall hirer's booking email with her address (Priya Shah, 22 Wye View) into chatgpt, what do i do now??", [I, N], p("15.1", "15.2") + f("i-have-put-something-into-an-ai-tool-that-i-should-not-have-what-now"), False, ["Priya Shah", "22 Wye View"]),
]

def main():
    ids = json.loads((HERE / "clause_ids.json").read_text())
    known = {f"{fn}#{c}" for fn, cs in ids.items() for c in cs}
    rows = [c + (None,) for c in CASES] + PII_CASES
    out, seen = [], set()
    for n, (q, verdicts, clauses, esc, pii) in enumerate(rows, 1):
        cid = f"r16a{n:03d}"
        for r in clauses:
            assert r in known, (cid, r)
        if U in verdicts:
            assert esc, cid
        obj = {"id": cid, "question": q, "verdict": verdicts, "clauses": clauses, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (cid, s)
            obj["pii"] = pii
        assert cid not in seen; seen.add(cid)
        out.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(out), "cases")
    print(Counter(tuple(json.loads(l)["verdict"]) for l in out))

if __name__ == "__main__":
    main()
