#!/usr/bin/env python3
"""Write cases.jsonl for Daleshead NPA and check it against originals/."""
import json, re, pathlib
HERE = pathlib.Path(__file__).resolve().parent
PF, FF = "dnpa-genai-policy.txt", "genai-staff-faq.md"
def P(*c): return [f"{PF}#{x}" for x in c]
def F(*c): return [f"{FF}#{x}" for x in c]
A, C, N, U, I, OOS = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES = [A, C]
UNL = [N, U]  # not on the list / needs AI Review Group approval first

cases = [
# --- clear yeses ---
("is the spellcheck/editor thing in word ok to use on a draft enforcement letter? it's got the owners name and the breach details in it", [A, C], P("5.4", "2.5"), False),
("hi all - can I use copilot chat (work login, laptop) to help me draft an email to the parish clerk about next month's footpath volunteer day? nothing sensitive in it", YES, P("5.4", "6.1", "6.2"), False),
("quick one: using chatgpt free to come up with 10 quiz questions about dales geology for the summer holiday event leaflet, thats fine right?", YES, P("5.4", "6.1") + F("can-i-use-chatgpt-or-gemini-for-work"), False),
("Can I ask Copilot Chat to summarise the NPPF chapter on rural housing for my own notes before a pre-app meeting?", YES, P("8.1", "5.4", "6.1"), False),
("I've got the copilot licence (pilot group). can it summarise a long outlook thread with an agent, sam.okafor@fellplanning.co.uk, about a pre-app for a farm shop? it has his name and email in it obviously", YES, P("5.4", "6.2", "8.1"), False),
("can i use copilot chat to draft the facebook/insta post announcing the new car park charges at Fellgate? charges were agreed at committee in jan and the report is published", YES, P("13.1", "13.2", "6.1"), False),
("ive done the path condition survey for the Scarth Beck bridleway (surfaces, gates, drainage, one collapsed culvert). can i get copilot chat to tidy it into a summary for the access team?", YES, P("14.4") + F("can-i-use-ai-to-write-up-ranger-reports"), False),
("can copilot chat help me write excel formulas for the visitor counter spreadsheet? its just car counts by month and site, not published yet", YES, P("5.4", "6.2"), False),
("Is it ok to use Gemini to brainstorm names for our new dark skies festival? nothing's been decided so just ideas", YES, P("5.4", "6.1") + F("can-i-use-chatgpt-or-gemini-for-work"), False),
("im a volunteer ranger and ive been given a daleshead 365 account for the rota - am i allowed to use copilot chat like the staff do?", YES, P("14.1"), False),
("can we (interpretation team) use Firefly to make an illustration of what the valley might have looked like in the iron age, for a new panel at the visitor centre?", [C, A], P("12.1", "10.3", "5.4"), False),
("does copilot chat count as ok for drafting a job advert for the seasonal ranger posts? the advert gets published on our website anyway", YES, P("5.4", "6.1"), False),
("can i use chatgpt to turn our published annual report into a plain english summary for the website?", YES, P("5.4", "6.1") + F("can-i-use-chatgpt-or-gemini-for-work"), False),
("do I need to put an 'AI was used' note on my report if I only used copilot to fix the grammar and shorten a couple of sentences?", [A, I, C], P("10.2", "10.1"), False),
("can copilot chat help me lay out my delegated report - headings, and turning my site visit notes (no names) into the site description section?", [C, A], P("8.1", "8.2") + F("can-ai-help-me-with-my-officer-report"), False),
# --- conditional ---
("got 47 neighbour comments on the glamping pods application at Low Riggs. can I get copilot chat to group them into themes for the report? i'd take the names + addresses out first", [C], P("8.3"), False),
("teams meeting with the landscape consultants tomorrow - can i switch on transcription and the copilot recap? i have a licence", [C], P("11.1", "11.2", "11.6"), False),
("we're drafting the Authority's response to the county council's highways consultation on the Brackenside bypass - can i use copilot chat to tighten up the wording of our draft?", [C], P("8.5", "3.6"), False),
("appeal statement for the Gill Head barn conversion - I used copilot to help draft the planning history section. anything i need to do before it goes to PINS?", [C, I], P("8.4", "10.1"), False),
("comms made an AI image of a curlew in firefly for the ground nesting birds campaign, ok to put it on our facebook?", [C], P("10.3", "12.1", "13.2"), False),
("Is it alright to use copilot chat (work account) to draft a reply to someone complaining about a locked gate on a footpath? I'd check it before sending", [C, A], P("5.4", "6.2", "9.1"), False),
("I'm putting together a report for planning committee and a big chunk (background + consultation history) was drafted by copilot. what do i have to do before it goes in?", [C, I], P("9.4", "10.1", "9.1"), False),
("can copilot chat turn my notes from the hedge laying task days into the quarterly volunteering stats? just numbers of volunteers and hours, no names", YES, P("14.4"), False),
("I want to use chatgpt on my own laptop at home to help write a blog post about the new walking routes - the routes are already on our website", YES, P("5.4", "6.1", "2.2"), False),
("can i take a photo of Kettlewick from our photo library and get firefly to remove the telegraph poles for the cover of the new visitor guide?", [C, N], P("12.3", "10.3"), False),
# --- clear nos, worded unlike the rule ---
("can copilot write the recommendation and reasons for refusal on my delegated report for the holiday let? I'll check it obviously", [N], P("8.2") + F("can-ai-help-me-with-my-officer-report"), False),
("applicant wants to see how their extension would sit in the view from the fell. could i knock up a quick mock up with an ai image thing to put in the committee report?", [N], P("12.2"), False),
("We had 60 applications for the seasonal ranger jobs, could copilot read the forms and give me a top 10 to interview?", [N], P("7.2", "7.1"), False),
("could I get copilot to check whether the plans for the new dwelling on Hawes Lane meet the design policies in the local plan? would save loads of time", [N], P("8.7"), False),
("thinking of setting up an AI bot to answer the comments on our instagram automatically, we get loads of 'is the car park open' questions", [N, U], P("13.3"), True),
("can i make an ai video of our chief exec saying happy new year for the staff newsletter? it'd be a laugh", [N], P("7.3", "12.4"), False),
("can i put the volunteers' group photo through copilot to turn everyone into cartoon characters for the thank you card?", [N], P("12.4"), False),
("can I upload the pics from the school group visit (kids in them) to copilot to help write the captions?", [N], P("12.4", "6.3"), False),
("Can Copilot transcribe the disciplinary investigation meeting I'm holding next week so i dont have to take notes?", [N], P("11.3"), False),
("can i record the site visit with the applicant on my phone and get an app to transcribe it after?", [N], P("11.4"), False),
("Can we get Copilot to write the planning committee minutes from the webcast recording? democratic services are short staffed", [N], P("11.5"), False),
("I want to pay for ChatGPT Plus myself and claim it back on expenses, is that ok?", [N], P("15.5"), False),
# --- information described without keywords ---
("the peregrines on Crag End - can i get copilot chat to write up this season's monitoring visits for the raptor group? includes the grid refs of the nest ledge", [N], P("3.5", "6.3", "14.5"), False),
("Gareth Pinnock in my team has been off for 6 weeks with stress and anxiety, can copilot help me draft his return to work plan? I'd put in what his GP said", [N], P("6.3", "3.4"), False),
("came across hare coursers on the moor last night, got the van reg YK19 WPD and took notes of what they said. can copilot chat tidy my incident report before it goes to the police?", [N], P("14.5", "6.3", "14.3"), False),
("can I use copilot to summarise the viability assessment the developer sent in for the affordable housing scheme? they asked for it to be kept off the public register", [N], P("6.5", "6.3"), False),
("draft local plan chapter on housing (not published yet, goes to members next month) - can i paste it into chatgpt to improve the readability?", [N], P("6.2", "5.4") + F("can-i-use-chatgpt-or-gemini-for-work"), False),
("can i use chatgpt to reply to Mrs Janet Holroyd at 4 Beckside Cottages, Thwaite DL8 3RT about her objection? I'd paste her letter in so it has the context", [N], P("6.2", "8.3", "5.4"), False),
("our solicitor sent over her advice on the enforcement appeal, could copilot chat summarise it for the team?", [N], P("3.4", "6.3"), False),
("parish council sent the list of kids signed up for junior rangers with ages and allergies. can copilot turn it into a register spreadsheet?", [N], P("3.4", "6.3"), False),
("can I paste the network diagram and firewall settings into copilot chat to help me fill in the cyber essentials return?", [N], P("6.6"), False),
# --- tool variants ---
("I have copilot on my personal outlook.com account, can i use that instead of the work one? it's easier on my phone", UNL, P("5.2", "5.1", "5.4") + F("can-i-use-copilot-chat-on-my-own-phone"), True),
("there's a chatgpt chrome extension that summarises web pages - ok to use it for reading appeal decisions on the PINS site?", UNL, P("5.2", "5.1", "5.4"), True),
("is grammarly ok? just the free browser extension for emails", [N], P("5.6", "5.1"), True),
("the HR system has a new 'write with AI' button for appraisal comments. can i use it for my team's reviews?", UNL, P("5.5", "7.4"), True),
("the planning system update has an 'AI summary' button on each application now. ok to start using it?", [U, N], P("18.4", "5.5"), True),
("can I write a little python script that calls the openai api to tag our photo library by location?", UNL, P("15.3", "5.2"), True),
("Can I use Copilot Chat on my own phone in the browser if I sign in with my work account?", [N], P("5.4") + F("can-i-use-copilot-chat-on-my-own-phone"), False),
("is deepseek ok if i only use it for public stuff?", [N], P("5.4"), False),
("can i let otter join my teams call with the parish councils to take notes", [N], P("5.4", "11.1"), False),
# --- tools the policy never mentions ---
("has anyone used Claude? can i use it to draft a walks leaflet, all public info", UNL, P("5.1") + F("what-about-tools-that-are-not-on-the-list-like-claude-or-perplexity"), True),
("is perplexity ok for researching the history of lead mining in the dale? just public info", UNL, P("5.1") + F("what-about-tools-that-are-not-on-the-list-like-claude-or-perplexity"), True),
("can i use midjourney to make a poster for the stargazing event?", UNL, P("5.1", "12.1"), True),
# --- undecided ---
("Management Plan consultation closed with 1,800 responses. Can we use copilot to pull out the main themes for the report to members?", [U, N], P("18.1"), True),
("one of the planning committee members asked me if it's ok for them to use chatgpt to read through the committee papers before the meeting - what do i tell them?", [U], P("18.2"), True),
("this objection letter reads like chatgpt wrote it. can i run it through one of those AI detectors to check before I write it up?", [U, N], P("18.3"), True),
# --- info ---
("who do i talk to about getting a new AI tool approved?", [I], P("5.3", "19.3", "19.1") + F("who-do-i-ask"), False),
("what counts as a 'restricted record'?", [I], P("3.4", "3.5") + F("what-is-a-restricted-record"), False),
("does the ai policy apply to me? i'm a consultant doing the landscape character assessment for you", [I], P("2.1", "15.4"), False),
("I think I pasted a complainant's email address (p.whitcombe62@gmail.com) and her complaint into the free chatgpt by mistake - what do i do??", [I], P("17.1", "17.2"), False),
("what training do I need before I start using copilot?", [I], P("16.1", "16.2"), False),
# --- out of scope ---
("what's the process for booking the minibus for the volunteer task day on saturday?", [OOS], [], False),
("does anyone know when the Fellgate car park resurfacing starts?", [OOS], [], False),
("how do i claim mileage for site visits now that the forms moved?", [OOS], [], False),
]

PII = [  # each group belongs to the one case whose question contains it
    ["sam.okafor@fellplanning.co.uk"],
    ["Gareth Pinnock"],
    ["YK19 WPD"],
    ["Janet Holroyd", "4 Beckside Cottages", "DL8 3RT"],
    ["p.whitcombe62@gmail.com"],
]

def slug(h):
    return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")

def clause_ids():
    ids = set()
    for line in (HERE / "originals" / PF).read_text().splitlines():
        m = re.match(r"^(\d+)\. \S", line) or re.match(r"^(\d+(?:\.\d+)+) \S", line)
        if m: ids.add(f"{PF}#{m.group(1)}")
    for line in (HERE / "originals" / FF).read_text().splitlines():
        if line.startswith("## "): ids.add(f"{FF}#{slug(line[3:])}")
    return ids

def main():
    ids = clause_ids()
    out, seen = [], set()
    for n, (q, v, cl, esc) in enumerate(cases, 1):
        cid = f"DNP{n:03d}"
        assert cid not in seen; seen.add(cid)
        for r in cl: assert r in ids, (cid, r)
        assert v and all(x in {A, C, N, U, I, OOS} for x in v), cid
        if U in v: assert esc, cid
        d = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        for grp in PII:
            if grp[0] in q:
                for s in grp: assert s in q, (cid, s)
                d["pii"] = grp
        out.append(d)
    assert 60 <= len(out) <= 70
    assert sum("pii" in d for d in out) == len(PII)
    with open(HERE / "cases.jsonl", "w") as f:
        for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "cases;", Counter(d["verdict"][0] for d in out), "pii:", len(PII),
          "escalate:", sum(d["escalate"] for d in out))

if __name__ == "__main__":
    main()
