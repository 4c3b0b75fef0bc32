"""Write cases.jsonl for the Redwater Valley Combined Authority evaluation set."""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
F = "rvca-genai-acceptable-use-policy.md"
def c(*ids): return [f"{F}#{i}" for i in ids]
A = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
NU = ["not_allowed", "unsure"]

cases = [
 # ---- clear yeses ----
 ("can i use copilot chat to tidy up the wording of our internal project plan for the bus shelter refresh? im signed in with my work account, green shield showing", A, c("5.2", "6.1", "3.5"), False),
 ("is it ok to ask copilot to summarise the published local transport plan so i can brief a new starter", A, c("6.1", "3.4", "5.2"), False),
 ("transport modelling team here - can i use TransitSim Assist to set up model runs for the route 42 frequency options?", A, c("5.5", "15.2"), False),
 ("can transitsim be given the operator patronage + revenue data we got through the franchising data agreement? its for the network review model", A, c("6.5", "5.5"), False),
 ("we're webcasting the CA board next week, can we use clearcaption for the live captions", A, c("10.1", "5.6"), False),
 ("can i get copilot to draft an email to the procurement lead at the district council setting up a meeting? it'd have her name and work email in it", A, c("6.2", "5.2"), False),
 ("copilot question - can i ask it to write me an excel formula to work out average journey times in my own spreadsheet", A, c("8.3", "6.1"), False),
 ("can copilot knock up an illustrative picture of a bus at a stop for our internal slide deck? no actual people in it", A, c("11.1", "9.3"), False),
 ("can I use Copilot Chat to summarise the Adult Skills Fund prospectus we published last month, just so I can explain it to my team", A, c("13.2", "6.1"), False),
 ("is it ok to put the draft board report on the economic strategy refresh into copilot to shorten it? not published yet but theres no names or anything personal in it", A, c("6.1", "3.5"), False),
 ("can i use copilot chat on my own iphone? its enrolled in work anywhere and i'm in the m365 app with my rvca account", A, c("5.3", "5.2"), False),
 ("quick one, do i need to put an AI label on an internal email that copilot helped me write?", ["info", "allowed"], c("9.2", "9.1"), False),
 ("can i get copilot to explain in plain english what franchising under the bus services act actually means, for a briefing note", A, c("6.1", "3.4", "5.2"), False),
 ("just checking - is using copilot chat to fix spelling and grammar in my committee report ok", A, c("6.1", "9.1", "8.2"), False),
 # ---- conditional yeses ----
 ("mayor's office - can I use copilot to draft a first go at the mayor's speech for the skills summit, using the published skills strategy?", C, c("12.1", "12.2"), False),
 ("i'm deaf and have an agreed adjustment, can clearcaption captions be on in my own return to work meeting with HR?", C, c("10.4", "10.3"), False),
 ("want clearcaption to transcribe our team's weekly catch up, everyone's fine with it", C, c("10.2"), False),
 ("drafted most of the housing investment consultation document with copilot and we publish next week. anything i need to do first?", ["conditional", "info"], c("9.1", "8.2", "8.1"), False),
 ("can we use a copilot-generated image of a regenerated high street (no people) in the leaflet going to residents", C, c("11.1", "9.3"), False),
 ("can i use copilot to draft the mayor's social posts about the new bus fare cap", C, c("12.1", "12.2"), False),
 ("plan is clearcaption for the scrutiny committee then stick the transcript on the website straight after, ok?", ["conditional"], c("10.1"), False),
 ("copilot wrote me a VBA macro for the shared finance workbook the whole directorate uses, can i just drop it in", ["conditional", "not_allowed"], c("8.3"), False),
 ("we've used transitsim assist outputs in the franchising assessment board paper - does anything need signing off?", ["conditional", "info"], c("8.4", "8.2"), False),
 ("it's purdah now (notice of election is out), can i still use copilot to help draft the press release about the new bus timetable?", ["conditional", "not_allowed"], c("12.4", "3.10"), False),
 ("procurement - can copilot help me draft the spec and the ITT questions for bus stop cleaning before we publish? no budget figures in it", C, c("13.4"), False),
 # ---- clear nos worded unlike the rule ----
 ("can i paste the college's adult skills fund application into copilot so it gives me a quick summary before panel?", N, c("13.3", "6.4", "3.8"), False),
 ("can copilot help rank the 14 training providers' bids by score? i'd check it obviously", N, c("13.1"), False),
 ("christmas do idea: AI video of the mayor singing, purely internal and he'd find it hilarious. we ok to make it?", N, c("11.2", "3.9"), False),
 ("can i use copilot on my work laptop to tidy up leaflets for my mate's council election campaign? only on my lunch break", N, c("7.4"), False),
 ("can copilot compare the CVs for the project officer post and flag the top 5 for shortlisting", N, c("7.2"), False),
 ("election's been called for may. can we still use the AI-made animation of the new tram-train in the comms campaign?", N, c("12.3", "3.10"), False),
 ("can i upload the staff awards photo to copilot and make everyone look like superheroes for the newsletter", N, c("11.4"), False),
 ("can i feed individual passenger smartcard taps into transitsim if i strip the names out first", N, c("6.5", "6.6"), False),
 ("could copilot decide which learners qualify for fully funded level 3 courses from their postcode and income?", N, c("7.1"), False),
 ("the operator sent their revenue figures for the route 7 contract, can i get copilot chat to turn them into a chart for me", N, c("6.4", "3.8", "13.3"), False),
 ("someones shared a fake AI video of the mayor on facebook, should i reply on the authority account to say it's fake?", ["not_allowed", "info"], c("11.5"), False),
 ("if i split the housing developer's confidential appraisal into small chunks and paste them in separately into copilot that should be fine right?", N, c("7.5", "6.4"), False),
 # ---- information described without keywords ----
 ("can i use copilot to write up a summary of the occ health report for Priya Nandakumar in my team, she's been off with stress", N, c("6.3", "3.7"), False, ["Priya Nandakumar"]),
 ("policing & crime team - the force sent us details of a domestic incident that came up in a complaint to the mayor, can copilot help draft the reply letter?", N, c("6.3", "3.7", "12.5", "17.4"), False),
 ("doing an ASF monitoring visit write-up about the 16 and 17 year olds on the traineeship, can copilot turn my notes (names included) into the report", N, c("6.3", "3.7"), False),
 ("resident Mrs Janet Okafor of 14 Millbrook Close, RW4 7TX emailed the mayor about her neighbour and says it's affecting her mental health - can copilot draft a reply", N, c("12.5", "6.3", "3.7"), False, ["Janet Okafor", "14 Millbrook Close", "RW4 7TX"]),
 ("can copilot help me draft the outcome letter for the grievance investigation i've been doing", N, c("7.2", "3.7", "6.3"), False),
 ("the developer's viability appraisal for the northgate site came in, can copilot pull out the key numbers for my briefing", N, c("13.3", "6.4", "3.8"), False),
 ("passenger complaint CR-58213 about a named driver on the 06:15 X12 - if i take the names out can i paste it into copilot to help with the reply?", N, c("6.6", "6.2"), False, ["CR-58213"]),
 ("i'm in housing, can i use transitsim assist to model footfall for a regeneration scheme", NU, c("5.5", "5.7"), True),
 # ---- tool variants ----
 ("is chatgpt ok if i just use the free version for drafting a news release? nothing confidential, it's all public info", NU, c("5.1", "3.2"), True),
 ("can i use copilot on my personal outlook.com microsoft account at home to draft a board report intro? it's the same copilot really", N, c("5.3"), False),
 ("there's a copilot button in the word ribbon now, can i use that to rewrite my report", NU, c("5.4", "17.1"), True),
 ("is the grammarly browser extension ok for checking my emails to bus operators?", NU, c("5.1"), True),
 ("can i write a little python script that calls the openai api to categorise consultation responses", NU, c("14.3"), True),
 ("an external consultant brought otter.ai into our teams call about the skills bootcamp contract. is that ok or should i say something?", N, c("10.5"), False),
 ("adobe acrobat has started offering an AI assistant to summarise PDFs - can i use it on a published DfT guidance pdf", NU, c("14.4", "5.1"), True),
 ("could i use copilot studio to make a bot that answers staff HR policy questions", NU, c("14.3", "5.4"), True),
 ("can i sign up for a free trial of an AI bid-writing tool to help with our levelling up bid?", NU, c("14.1", "5.1"), True),
 # ---- tools the policy never mentions ----
 ("what about claude? can i use it for summarising published transport research papers", NU, c("5.1", "5.7"), True),
 ("is deepseek alright for translating a public bus timetable notice into polish", NU, c("5.1", "5.7"), True),
 ("can we use midjourney for the cover image of the mayor's annual report? just a skyline, no people", NU, c("5.1", "5.7"), True),
 # ---- undecided / needs approval ----
 ("can copilot help me draft the FOI response about bus franchising costs? it's all stuff we'd release anyway", ["unsure", "not_allowed"], c("17.2"), True),
 ("mayor's team want an AI version of the mayor's voice so his video message can go out in urdu and polish. can we get that done?", NU, c("17.5", "11.2"), True),
 ("one of the skills provider bids is very obviously chatgpt-written, can i mark it down for that?", ["unsure", "not_allowed"], c("17.3"), True),
 ("we're in policing and crime doing complaint reviews - are we allowed to use copilot chat on the review files yet?", NU, c("17.4", "6.3"), True),
 ("when are we getting the full microsoft 365 copilot licence? my manager says we're nearly there so can i start using it now", ["unsure", "not_allowed"], c("17.1", "5.4"), True),
 ("we've had a subject access request from Darren Whitlock (ex-employee), can copilot help find and redact his emails", ["unsure", "not_allowed"], c("17.2", "6.3"), True, ["Darren Whitlock"]),
 # ---- info ----
 ("who do i talk to about getting a new AI tool approved or bought?", ["info"], c("18.1", "5.7", "14.1"), False),
 ("what counts as 'commercial in confidence' in the AI policy? does a grant application count?", ["info"], c("3.8", "13.3"), False),
 ("what's this 'sensitive period' in the ai policy, when does it start?", ["info"], c("3.10"), False),
 ("i accidentally pasted a spreadsheet with learners' names into copilot. where do i report it, and should i delete the chat?", ["info"], c("16.1", "16.2"), False),
 ("is there training i have to do before i start using copilot chat?", ["info"], c("15.1"), False),
 # ---- out of scope ----
 ("how do i claim mileage for my site visit to the northgate regeneration site?", ["out_of_scope"], [], False),
 ("what time does the combined authority board start on thursday and is there parking?", ["out_of_scope"], [], False),
]

out = []
for i, row in enumerate(cases, 1):
    q, v, cl, esc = row[:4]
    d = {"id": f"r16c{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if len(row) > 4:
        d["pii"] = row[4]
    out.append(d)
(HERE / "cases.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out))

# ---- verification ----
md = (HERE / "originals" / F).read_text()
ids = set()
for line in md.splitlines():
    m = re.match(r"^(?:##\s+)?(\d+(?:\.\d+)*)\.?\s", line)
    if m and (line.startswith("## ") or re.match(r"^\d+\.\d+", line)):
        ids.add(m.group(1))
seen = set()
for line in (HERE / "cases.jsonl").read_text().splitlines():
    d = json.loads(line)
    assert d["id"] not in seen, d["id"]; seen.add(d["id"])
    assert set(d) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}
    for r in d["clauses"]:
        f, cid = r.split("#")
        assert f == F and cid in ids, r
    for p in d.get("pii", []):
        assert p in d["question"], (d["id"], p)
    if set(d["verdict"]) <= {"unsure"}: assert d["escalate"]
from collections import Counter
print(len(out), "cases")
print(Counter(tuple(d["verdict"]) for d in out))
print(Counter(d["verdict"][0] for d in out))
print("pii cases", sum(1 for d in out if "pii" in d), "escalate", sum(d["escalate"] for d in out))
