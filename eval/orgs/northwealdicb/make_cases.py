"""Write cases.jsonl for the NHS North Weald ICB set and check it against originals/."""
import csv, json, re

P = "nwicb-genai-acceptable-use-policy.md"
R = "nwicb-ai-tools-register.csv"
def p(*ids): return [f"{P}#{i}" for i in ids]
def r(*tools): return [f"{R}#{t}" for t in tools]
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; NU = ["not_allowed", "unsure"]
I = ["info"]; O = ["out_of_scope"]
CC, CL, CP, GH, INS, CAN = (r("Microsoft 365 Copilot Chat"), r("Microsoft 365 Copilot"), r("ChatGPT"), r("GitHub Copilot"),
                            r("North Weald Insight Assistant"), r("Canva Magic Studio"))
TEAMS = r("Microsoft Teams transcription and intelligent recap")
cases = [
 # clear / conditional yeses
 ("can i use copilot chat to help me reword the comms plan for the winter vaccination campaign? its just a draft nothing personal in it", Y, p("5.2")+CC, False),
 ("is it ok to ask copilot (the work one with the shield) to summarise the published NHS England planning guidance for me", Y, p("5.2")+CC, False),
 ("I want chatgpt to explain what the difference between a PCN and a GP practice is in plain english for a public FAQ. nothing internal, just general stuff", Y, p("5.5")+CP, False),
 ("cn i use copilot chat to brainstorm agenda items for our team away day", Y, p("5.2")+CC, False),
 ("I'm in comms and have a copilot licence - can I get Copilot in Word to tidy up a press release about the new urgent treatment centre thats going out tomorrow", Y, p("5.3")+CL, False),
 ("I'm in the BI team with a github copilot licence, can I use it to help write a SQL query joining two reference tables? just the schema, no actual data", Y, p("5.7")+GH, False),
 ("we want copilot to draft the minutes of last week's public (part 1) board meeting from the teams transcript - i'm in corporate affairs and have a licence. fine?", Y, p("10.5", "10.4")+CL, False),
 ("can teams intelligent recap be switched on for our weekly PMO project catch up? everyone's said they're fine with it", Y, p("10.1")+TEAMS, False),
 ("Copilot chat - summarise the ICB's own published annual report into 5 bullets for a staff briefing? ok?", Y, p("5.2")+CC, False),
 ("hi, BI analyst here on the frailty population health project (DPIA signed off) - can I use the insight assistant in the SDE on the pseudonymised linked dataset to help me segment cohorts?", Y, p("5.6", "6.2")+INS, False),
 ("writing the service spec for the community MSK procurement - can i draft it in copilot chat? no budget or prices in it, it'll be published with the tender", Y, p("12.5", "5.2")+CC, False),
 ("comms team: can I use canva magic write to come up with headline ideas for a poster on our (already published) pharmacy first campaign", Y, p("5.8")+CAN, False),
 ("can I ask copilot chat to turn my own rough notes on how we process invoices into a step by step procedure doc", Y, p("5.2", "3.5")+CC, False),
 ("is copilot chat ok for making a powerpoint outline from the published GP patient survey results for our practice engagement session", Y, p("11.5", "5.2")+CC, False),
 ("can i use chatgpt to create a plain english version of the board paper on the joint forward plan? it was published with the public board papers last month", Y, p("5.5", "3.4")+CP, False),
 ("can i use copilot chat on my own ipad if I'm signed in with my nhs.net work account?", Y, p("5.2", "2.2", "3.3")+CC, False),
 # conditional
 ("can i use teams transcription in a meeting I'm hosting with the community trust about the estates programme? they're external", C+["allowed"], p("10.1")+TEAMS, False),
 ("I'm drafting a reply to an MP about the consultation on closing the walk in centre. the constituent's name and address are on it but nothing about their health. I've got a copilot licence in corporate affairs, can I use it?", C+["allowed"], p("7.3", "5.3")+CL, False),
 ("Can I paste the practice level appointment numbers the practices send us under the data sharing agreement into copilot chat to make a chart? its aggregate, no patients", C, p("6.7", "11.5"), False),
 ("if I put a table of A&E attendances by electoral ward into copilot chat is that ok? some of the cells are like 3 or 4", ["not_allowed", "conditional"], p("6.3"), False),
 ("can we use AI to make an image for the website banner about the new neighbourhood health hub?", C+["not_allowed"], p("9.4", "5.8", "7.4")+CAN, False),
 ("I used copilot to write the first draft of our public engagement report, do I have to say so anywhere?", I+C, p("9.1", "9.2"), False),
 ("if i only use copilot to fix spelling and grammar in my paper do i still need the AI statement on it?", I+["allowed"], p("9.2"), False),
 ("do we have to mention on the cover sheet if AI helped with a committee paper?", I, p("9.3"), False),
 # clear nos, phrased unlike the rule
 ("could copilot write up the rationale for the CHC panel's decision on Mrs Doreen Haskins of 14 Mill Lane? would save hours on the decision letter", N, p("7.2", "6.2"), False, ["Doreen Haskins", "14 Mill Lane"]),
 ("IFR team - can I get copilot chat to summarise the clinical evidence the consultant sent in for a funding request? i'll take the name off first", N, p("6.2", "7.2", "3.7"), False),
 ("drafting a complaint response about a patient's discharge from hospital - can copilot (I have a licence) help me get the tone right?", N, p("7.3", "6.2"), False),
 ("can I put the part 2 board paper on the deficit recovery plan into copilot to make a summary for my director", N, p("6.5", "3.9")+CL, False),
 ("we got 4 bids in for the diabetes service tender, can copilot score them against the criteria just to give us a starting point?", NU, p("7.7", "12.4"), True),
 ("can I use AI to shortlist applicants for our band 6 analyst post? we got 140 applications lol", N, p("7.5"), False),
 ("could we make a short video of the chief exec giving the new year message using an AI avatar of her so she doesnt have to film it", N, p("7.4"), False),
 ("line manager here - want copilot chat to help me write up my notes from a sickness absence review meeting", N, p("6.6"), False),
 ("can I turn on transcription in tomorrow's CHC panel so I don't have to take notes", N, p("10.2(a)", "10.2")+TEAMS, False),
 ("me and a contracts colleague want to paste next year's proposed contract values for the acute trust into chatgpt to model a few scenarios", N, p("6.4", "5.5", "3.8")+CP, False),
 ("our safeguarding lead asked if we can record and transcribe the strategy meeting on teams", N, p("10.2(a)", "10.2")+TEAMS, False),
 ("can I ask copilot to write a patient leaflet on how to take blood thinners safely", N, p("7.6"), False),
 ("is it ok to get copilot to rank the GPs in each practice by their referral rates for the elective recovery paper", N, p("11.5"), False),
 ("HR advisor - can i ask chatgpt to help word a grievance outcome letter", N, p("6.6", "5.5")+CP, False),
 ("can i paste the firewall config into copilot chat so it can explain the rules to me", N, p("6.8"), False),
 ("pseudonymised data is fine in copilot chat isn't it? there are no names in it", N, p("3.7", "6.2"), False),
 # tool variants
 ("ive got chatgpt plus on my personal account - can i upload our draft operating plan to it, it's much better than copilot", N, p("5.5", "6.1")+CP, False),
 ("is the Copilot app on my own phone ok to use for work emails? I'm signed into it with my hotmail", N, p("5.4", "3.3")+r("Microsoft Copilot (personal)"), False),
 ("can I install the grammarly extension on my work laptop? spelling is not my strong point", N, p("5.4", "5.9")+r("Grammarly"), False),
 ("can I use otter to record my 1:1s with my team", N, p("10.3", "10.2(b)")+r("Third-party AI note-takers"), False),
 ("the adobe acrobat AI assistant keeps popping up, can I use it to summarise the contract PDF the supplier sent over", N, p("5.9", "6.4", "4.1"), True),
 ("can I call the OpenAI API from a python script to classify the free text consultation responses?", NU, p("5.4", "4.1", "12.1")+CP, True),
 ("supplier invited us to a zoom call, can I switch on zoom's AI companion summary?", NU, p("5.9", "4.1"), True),
 ("is the chatgpt chrome extension ok if I only ever use it for public stuff", N, p("5.4")+r("AI browser extensions"), False),
 ("I made a custom GPT that answers questions about our published policies. can I share it with the team?", NU, p("15.3", "15.1"), True),
 ("what about deepseek, someone said it's free and really good", N, r("DeepSeek")+p("4.1"), False),
 # tools the policy never mentions
 ("can I use Google Gemini to summarise a public NICE guideline", NU, p("4.1", "12.1"), True),
 ("claude is way better at writing than copilot. any chance I can use it for drafting the internal staff newsletter?", NU, p("4.1", "12.1"), True),
 ("perplexity for researching what other ICBs are doing on virtual wards - ok to use?", NU, p("4.1", "12.1"), True),
 # undecided / needs approval
 ("can we get copilot to translate our published urgent care leaflet into polish and romanian", NU, p("15.2", "15.1"), True),
 ("I'm a medicines optimisation pharmacist working 2 days a week at Riverside Surgery, they use heidi in consults, can I use it for my med reviews there?", NU, p("11.4", "15.4")+r("Ambient voice technology"), True),
 ("a practice manager asked if the ICB will pay for their AI scribe licences next year, what do I tell them", ["unsure", "info"], p("11.3", "15.4"), True),
 ("can I use copilot to draft the equality and health inequalities impact assessment for the stroke rehab service change", NU, p("15.5", "15.1"), True),
 ("could we build a copilot studio agent that answers practices' questions about the enhanced services specs?", NU, p("15.3", "9.5"), True),
 ("a GP practice asked me which AI scribe they should buy, tortus or accurx. what should i recommend?", ["not_allowed", "info"], p("11.2", "11.1"), False),
 # info
 ("who do I ask about getting a new AI tool added to the approved list", I, p("16.1", "12.1"), False),
 ("what counts as SCI? is a draft budget for a community service SCI?", I, p("3.8"), False),
 ("who is our caldicott guardian", I, p("16.3"), False),
 ("I accidentally pasted a spreadsheet with patient NHS numbers into copilot chat, incl one with NHS number 943 476 5919, what do I do now??", I, p("14.1"), False, ["943 476 5919"]),
 ("do I need to do any training before I start using copilot chat?", I, p("13.1", "13.2"), False),
 # more pii
 ("can I paste this email into copilot chat to help me reply? 'my dad Alan Brierley (DOB 03/04/1941) was refused CHC funding and we want to appeal' - from sarah.brierley@gmail.com", N, p("6.2", "7.3", "7.2"), False, ["Alan Brierley", "03/04/1941", "sarah.brierley@gmail.com"]),
 ("corp affairs licence holder: MP letter re constituent Mr Tariq Naseem, 07700 900418, about delays to his wife's cancer referral - can copilot draft the reply?", N, p("7.3", "6.2"), False, ["Tariq Naseem", "07700 900418"]),
 ("can I ask copilot to summarise the OH report for Kelly Marsh (staff no 40219873) before her return to work meeting", N, p("6.6"), False, ["Kelly Marsh", "40219873"]),
 # out of scope
 ("how do I claim mileage for visiting practices", O, [], False),
 ("whats the deadline for the staff survey this year", O, [], False),
 ("can someone reset my ESR password, locked out again", O, [], False),
]

# ---- valid refs from originals ----
valid = set()
for line in open(f"originals/{P}", encoding="utf-8"):
    m = re.match(r"## (\d+)\. ", line) or re.match(r"(\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?) ", line)
    if m: valid.add(f"{P}#{m.group(1)}")
for row in csv.DictReader(open(f"originals/{R}", encoding="utf-8")):
    valid.add(f"{R}#{row['tool']}")
    for ref in row["clauses"].split(";"):
        assert ref in valid, ref

with open("cases.jsonl", "w", encoding="utf-8") as f:
    for n, c in enumerate(cases, 1):
        q, v, cl, esc = c[:4]
        obj = {"id": f"NWI{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if len(c) > 4: obj["pii"] = c[4]
        for ref in cl: assert ref in valid, (n, ref)
        for s in obj.get("pii", []): assert s in q, (n, s)
        assert set(v) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
        if "unsure" in v and v != ["unsure", "info"] and "info" not in v: assert esc, n
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
ids = [json.loads(l)["id"] for l in open("cases.jsonl")]
assert len(ids) == len(set(ids))
from collections import Counter
print(len(ids), Counter(tuple(json.loads(l)["verdict"]) for l in open("cases.jsonl")))
