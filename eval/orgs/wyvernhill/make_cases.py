"""Write cases.jsonl for Wyvern Hill University and check it against originals/."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
M = "genai-staff-policy.md#"; R = "ai-tools-register.csv#"
def m(*ids): return [M + i for i in ids]
def r(*tools): return [R + t for t in tools]
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

cases = [
# ---- clear yeses
("can i use copilot chat to tidy up the wording of a committee paper about the new timetabling process? its internal, no names in it", [A, C], r("Microsoft 365 Copilot Chat") + m("5.2"), False),
("is copilot chat ok for brainstorming ideas for a first year seminar on climate policy", [A, C], m("6.1", "5.2") + r("Microsoft 365 Copilot Chat"), False),
("want to use chatgpt to summarise the govt white paper on HE funding that came out last week - thats fine right? its all published", [A, C], r("ChatGPT") + m("5.3", "A.6"), False),
("using gemini to explain mixed effects models to me for my own understanding, no data involved at all", [A, C], r("Google Gemini") + m("5.3"), False),
("can github copilot help write unit tests for our dept's python package? using the uni github enterprise org", [A, C], r("GitHub Copilot") + m("11.1"), False),
("hi, quick one - can I get copilot to generate some multiple choice practice questions from my own lecture slides?", [A, C], m("6.1") + r("Microsoft 365 Copilot Chat"), False),
("ok to make a cartoon image of a chemistry lab with copilot for an internal training slide deck?", [A, C], m("10.1") + r("Microsoft 365 Copilot Chat"), False),
("drafting a job advert + job description for a research assistant post, can I use copilot chat for a first draft", [A, C], m("8.4") + r("Microsoft 365 Copilot Chat"), False),
("can wyvern assist summarise the minutes from last months school management meeting? internal only, no HR items", [A, C], r("Wyvern Assist") + m("5.2"), False),
("i want copilot to help me draft the lay summary for my leverhulme application, its my own unpublished idea", [A, C], m("7.5", "7.2") + r("Microsoft 365 Copilot Chat"), False),
("rewriting our public library opening hours webpage in plain english - can I paste it into chatgpt?", [A, C], r("ChatGPT") + m("5.3"), False),
("need an excel formula to split module codes into dept and level, can i ask copilot? theres no student data in the sheet", [A, C], r("Microsoft 365 Copilot Chat") + m("5.2"), False),
("is it fine to use deepl pro (the uni licence) to translate the published open day programme into french for a partner school", [A, C], r("DeepL Pro") + m("12.1", "12.2"), False),
# ---- conditional yeses
("writing a reference for one of my phd students who's applying for postdocs, can copilot help me polish the wording?", [C], m("8.2"), False),
("I've written feedback comments on 30 essays, can I run my own comments through copilot chat to make them sound a bit kinder? will strip names", [C], m("6.3"), False),
("project board meeting on teams next week - ok to switch on transcription and the copilot recap?", [C], m("9.1") + r("Microsoft 365 Copilot"), False),
("got a licence in the m365 copilot pilot, can I use it in outlook to summarise long email threads with colleagues", [C, A], r("Microsoft 365 Copilot") + m("5.4", "15.1"), False),
("we machine translated a page of the staff handbook into welsh with deepl, can we just publish it?", [C], m("12.2") + r("DeepL Pro"), False),
("code copilot wrote for me is going into the finance system next week, is that ok", [C], m("11.3"), False),
("can I put my interview transcripts from my study into wyvern assist to help with thematic coding? theyre pseudonymised", [C], m("7.3", "5.6", "9.3") + r("Wyvern Assist"), False),
("can i use AI to transcribe my research focus group recordings", [C, N], m("9.3", "7.3"), False),
("can i use google translate on text thats already on our public website, for a leaflet in polish", [C, A], m("12.3", "12.2"), False),
("i'm on my own phone at home - is it ok to use copilot chat if I log in with my uni account", [C, A], m("2.4", "4.3") + r("Microsoft 365 Copilot Chat"), False),
("can I get my students to use an AI tool in a seminar activity next week", [C, I], m("6.7"), False),
("we're putting some copilot-drafted text in the student newsletter, anything I need to do", [C, I], m("13.3", "13.1"), False),
# ---- clear nos, worded unlike the rule
("can i get chatgpt to mark my 2nd year essays against the rubric? would save me days", [N], m("6.2"), False),
("could i paste our press release about the new research results into chatgpt to make it punchier? goes out next tuesday", [N], m("5.3") + r("ChatGPT"), False),
("im reviewing a manuscript for a journal, can copilot give me a quick summary of it so I can write my review faster", [N], m("7.4"), False),
("could we use copilot to rank the 200 MSc applicants by how strong their personal statements are", [N], m("8.1"), False),
("can I drop my team's sickness absence records into copilot to spot patterns", [N], m("8.3"), False),
("otter joined my teams call automatically and the notes are really good, can I keep using it?", [N], r("Otter.ai") + m("9.2"), False),
("deepseek is much better for coding, ok to use it on my own laptop for uni work?", [N], r("DeepSeek") + m("4.6"), False),
("for the staff newsletter can we make a short video of the VC wishing everyone happy new year with an ai voice, as a bit of fun? he doesn't know yet", [N], m("10.2"), False),
("marketing want an ai generated photo of students in the new library for the prospectus because the building isn't finished, ok?", [N], m("10.3"), False),
("can i paste my connection string and api key into copilot so it can work out why the db connection keeps failing", [N], m("11.2"), False),
("can i upload a pdf of an elsevier article i got through the library to chatgpt to summarise it", [N, C], m("5.7"), False),
("is it ok to run a student's dissertation through gptzero to check if they used ai", [N], m("6.4"), False),
("I'm on the mitigating circs panel, can copilot summarise the claims before the meeting so it goes quicker", [N], m("6.6", "6.5"), False),
("using my own chatgpt plus to draft a letter to a student about their upcoming fitness to practise hearing", [N], m("5.3", "6.6", "4.3") + r("ChatGPT"), False),
("can we turn on teams copilot to take the notes at a disciplinary hearing", [N], m("9.1", "8.3"), False),
# ---- tool variants
("there's a chatgpt browser extension that summarises any web page, can I install it on my uni laptop", [N], m("4.4"), False),
("i pay for gemini advanced personally, can I use it for our draft 5 year estates strategy?", [N], m("4.3", "5.3") + r("Google Gemini"), False),
("we want to call the openai api from a python script to categorise the free-text answers in our student survey", [N, U], m("4.5"), True),
("adobe acrobat has an ai assistant button now, can i use it to summarise a committee paper pdf", [N, U], m("2.3", "4.2"), True),
("ok to use zoom ai companion for the summary of a call with our external partners?", [N, U], m("2.3", "4.2"), True),
("can i sign up for the chatgpt team free trial with my wyvernhill email so our dept can try it", [N, U], m("14.2", "14.1"), True),
# ---- information described without keywords
("can copilot chat help me write up a support summary for a student with autism and anxiety who needs extra time in exams", [N], m("6.5", "5.5", "A.9"), False),
("a student told me in a tutorial their partner has been hurting them. can copilot help me summarise my notes to pass on", [N], m("5.5", "6.5", "A.9"), False),
("can chatgpt build some charts from our unpublished Q3 financial forecasts", [N], m("5.3") + r("ChatGPT"), False),
("we have commercially confidential data from an industry partner under an NDA, can I analyse it in wyvern assist", [N, C], m("5.8"), False),
("got a spreadsheet of year 10 pupils' names and schools from the summer school, can copilot sort them into groups", [N], m("5.5", "A.9"), False),
("exam board spreadsheet with student numbers and module marks, can copilot chat do the averages and flag borderlines", [N], m("6.5", "6.2"), False),
# ---- tools the policy never mentions
("is perplexity ok for literature searching?", [U, N], m("4.2"), True),
("grammarly for proofreading my emails - allowed?", [U, N], m("4.2", "2.3"), True),
("can I use claude to help draft a conference abstract", [U, N], m("4.2"), True),
# ---- undecided / pending
("can i set up a copilot agent that automatically replies to routine student emails in our shared inbox", [U], m("17.1"), True),
("i'd like to clone my own voice with an ai tool to narrate my online lecture videos, is that allowed", [U], m("17.3"), True),
("can i run llama on the hpc cluster with my project's research data", [U], m("17.4"), True),
("can wyvern assist draft feedback on the formative quiz answers for my 300 first years", [U, N], m("17.2"), True),
# ---- info
("who do i ask about getting a new ai tool approved?", [I], m("14.4", "18.1"), False),
("what counts as candidate material?", [I], m("A.4"), False),
("do i need to do any training before i get access to wyvern assist", [I], m("15.1"), False),
("can students use chatgpt in their coursework?", [I, O], m("2.2"), False),
# ---- out of scope
("how do I book a room in the library for a viva?", [O], [], False),
("what's the deadline for submitting expenses claims this month", [O], [], False),
# ---- with personal data
("i accidentally pasted an email from jamie.okafor@student.wyvernhill.ac.uk with his home address 14 Marlowe Road BS7 4QD into chatgpt, what do i do now", [I, N], m("16.1"), False, ["jamie.okafor@student.wyvernhill.ac.uk", "14 Marlowe Road", "BS7 4QD"]),
("can i paste Priya Raman's (student no 21045873) appeal letter about her depression into copilot to summarise it for the panel", [N], m("6.6", "6.5", "5.5"), False, ["Priya Raman", "21045873"]),
("writing a ref for Tomasz Nowak, dob 03/05/1999, can copilot help polish it", [C], m("8.2"), False, ["Tomasz Nowak", "03/05/1999"]),
("my team member Gareth Pryce (07700 900412) has had 3 sickness absences, can chatgpt draft the stage 1 letter for me", [N], m("8.3"), False, ["Gareth Pryce", "07700 900412"]),
]

# ---- checks
def md_clause_ids(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        mm = re.match(r"^## (\d+)\. ", line)
        if mm: ids.add(mm.group(1)); continue
        mm = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)*)\s", line)
        if mm: ids.add(mm.group(1))
    return ids
ids = md_clause_ids(os.path.join(HERE, "originals", "genai-staff-policy.md"))
import csv
tools = {row["tool"] for row in csv.DictReader(open(os.path.join(HERE, "originals", "ai-tools-register.csv"), encoding="utf-8"))}
for row in csv.DictReader(open(os.path.join(HERE, "originals", "ai-tools-register.csv"), encoding="utf-8")):
    for ref in row["clauses"].split(";"):
        assert ref.split("#")[1] in ids, ref
out = []
for n, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]; pii = c[4] if len(c) > 4 else None
    for ref in cl:
        f, cid = ref.split("#", 1)
        assert (cid in ids) if f == "genai-staff-policy.md" else (cid in tools), ref
    if U in v: assert esc, q
    d = {"id": f"WHU{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii:
        for s in pii: assert s in q, s
        d["pii"] = pii
    out.append(d)
with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(out), "cases;", "clause ids:", len(ids))
print(Counter("/".join(d["verdict"]) for d in out))
print("escalate:", sum(d["escalate"] for d in out), "pii:", sum("pii" in d for d in out))
