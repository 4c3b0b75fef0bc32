"""Write cases.jsonl for the Harrowdene set and check it against the originals."""
import csv, json, pathlib, re
HERE = pathlib.Path(__file__).parent
PREFIX = "r8c"
POL = "genai-acceptable-use-policy.md"
REG = "ai-tools-register.csv"
def p(*ids): return [f"{POL}#{i}" for i in ids]
def r(*tools): return [f"{REG}#{t}" for t in tools]
Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
NU = ["not_allowed", "unsure"]
U = ["unsure", "not_allowed"]
I = ["info"]
O = ["out_of_scope"]
CC = "Microsoft 365 Copilot Chat"; MC = "Microsoft 365 Copilot"

cases = [
 # --- clear / conditional yeses
 ("can i use copilot chat to tidy up the wording of our teams draft annual leave procedure? no names in it, just the process", Y, p("5.2","4.3")+r(CC), False),
 ("is it ok to ask copilot chat to explain the new NICE guideline on self-harm in plain english? just for my own understanding", Y, p("6.6","5.2")+r(CC), False),
 ("want to use copilot chat to make some practice quiz questions for my preceptorship revision, thats fine right?", Y, p("14.4","5.2")+r(CC), False),
 ("hi comms here - can we use chatgpt to come up with headline ideas for a press release about the new crisis cafe? its already been announced on the website", C, p("5.4","4.2")+r("ChatGPT"), False),
 ("I've got an m365 copilot licence. can I get it to summarise a massive email thread in my own inbox about rota swaps? it has staff names in it but nothing clinical", C, p("5.3")+r(MC), False),
 ("Is Teams intelligent recap ok for our monthly estates & facilities team meeting? everyone knows its on and nobody minds", C, p("10.3","10.1")+r(MC), False),
 ("can copilot help me write a job advert for a band 3 admin post in our team", Y, p("16.3","5.2")+r(CC), False),
 ("district nurse here (community nursing), I've done the tandem training and my digital champion signed me off. can I use it on home visits with adult patients?", C, p("10.5")+r("Tandem Clinical Scribe"), False),
 ("can I use gemini to brainstorm theme ideas for the staff wellbeing newsletter? nothing internal going in, just general ideas", C, p("5.4")+r("Google Gemini"), False),
 ("does copilot chat work for turning our published annual report into a powerpoint outline for a community event", Y, p("5.2","4.2")+r(CC), False),
 ("we're informatics devs with github copilot business seats - ok to use it on the internal rota app codebase? we only use synthetic test data", C, p("13.4","8.4")+r("GitHub Copilot"), False),
 ("comms team q: can we use adobe firefly (through our enterprise licence) to make an abstract illustration for the dementia awareness week poster?", C, p("11.1","9.4")+r("Adobe Firefly"), False),
 ("can I use copilot chat in the outlook app on my own phone? its the intune one signed in with my nhs.net account. just drafting an agenda for a non clinical meeting", Y, p("12.1","5.2")+r(CC), False),
 ("can i ask chatgpt to explain what the mental capacity act says about best interests decisions? general learning only, no patient stuff", C, p("5.4","6.6")+r("ChatGPT"), False),
 ("I have the full M365 copilot licence and access to the tender evaluation workbook on our sharepoint - can copilot summarise the scoring for me?", C, p("6.3","5.3")+r(MC), False),
 ("we're meeting the council commissioners on teams about contract performance, can i turn on copilot transcription? they're external", C, p("10.1","10.3")+r(MC), False),
 ("used copilot chat to draft most of a new patient leaflet on sleep hygiene, we're about to print it. anything we need to do first?", ["conditional","info"], p("9.2","8.3","8.1"), False),
 ("is it alright to use copilot chat just to check spelling and grammar on my own training slides? do i have to say AI was used?", ["allowed","conditional","info"], p("9.3","5.2"), False),
 # --- clear nos, phrased unlike the rule
 ("could I paste my patient's progress notes from harbour into copilot chat to help write the discharge summary? no name, just initials", N, p("6.4","4.7","6.2","7.6")+r(CC), False),
 ("quick one - can I ask chatgpt what dose of lithium to start someone on? consultant's not about", N, p("7.1","5.4")+r("ChatGPT"), False),
 ("my manager wants us to get copilot to rank the band 6s on their appraisal scores to help decide who goes in the restructure. is that allowed??", N, p("7.2"), False),
 ("can i run my team's teams chats through copilot to see who seems stressed or disengaged? it's for their wellbeing honestly", N, p("7.3"), False),
 ("we're short of patient quotes for the CQC evidence pack, can we get AI to write some feedback comments in the style our patients usually use", N, p("7.4"), False),
 ("idea for the service: a chatgpt powered bot on our website answering service users questions about managing anxiety out of hours. can we just set it up?", NU, p("7.5","13.1"), True),
 ("is it ok to have tandem running during a mental health act assessment so I can focus on the person?", N, p("10.6")+r("Tandem Clinical Scribe"), False),
 ("can we use the AI scribe in CAMHS appointments? most of our young people are 13-15", N, p("10.6")+r("Tandem Clinical Scribe"), False),
 ("can copilot transcribe our weekly MDT where we go through the caseload? would save so much time on minutes", N, p("10.4")+r(MC), False),
 ("I do my team's clinical supervision over teams - can I switch on the recap so I don't have to write it up?", N, p("10.4")+r(MC), False),
 ("HR advisor here, can copilot draft the outcome letter for a disciplinary hearing from my notes of the hearing?", N, p("4.5","6.2","5.3","7.2")+r(MC), False),
 ("can I use copilot chat to summarise the part 2 board papers for my director? she's short on time", N, p("6.3","4.6","5.2")+r(CC), False),
 ("we want to make an AI video of the chief exec wishing everyone happy christmas for the staff awards, just for a laugh", ["not_allowed","conditional"], p("11.2","9.4"), False),
 ("wound on my patient's leg looks infected, can i upload a photo to chatgpt and see what it thinks?", N, p("11.3","7.1")+r("ChatGPT"), False),
 ("supplier meeting next week, they use otter to take notes and it's their invite. is that ok from our side?", N, p("10.2")+r("Otter.ai"), False),
 ("got a letter from the council's children's services about a family we're working with - can I put it in copilot chat to pull out the actions for us?", N, p("6.5","6.2","4.5")+r(CC), False),
 ("we did the team away day and I want copilot to record & summarise it next time but one person said they weren't comfortable. can i still use it?", N, p("10.1")+r(MC), False),
 ("I'm a memory clinic nurse - can I save a copy of a tandem transcript to my onedrive for my CPD reflection?", N, p("10.7")+r("Tandem Clinical Scribe"), False),
 # --- tool variants
 ("is it ok to use chatgpt on my own phone to draft a reply to a complaint from a service user's daughter? I'd change the names", N, p("5.4","12.2","4.7")+r("ChatGPT"), False),
 ("can I install the grammarly extension in edge on my work laptop? my writing is awful", N, p("12.3")+r("Grammarly"), False),
 ("our team wants to call the openai API from a little python script to categorise the staff survey free text comments, is that ok?", NU, p("12.5","5.6","13.1"), True),
 ("canva has that magic write thing now and we already use canva for posters - can we just use it?", NU, p("12.4","5.6"), True),
 ("i pay for copilot pro on my personal microsoft account, its better than copilot chat. can I use it for drafting trust policy docs?", N, p("12.2","5.7")+r("Microsoft Copilot (personal account)"), False),
 ("going to run llama locally on my trust laptop with ollama so nothing leaves the machine - ok to use it on referral data if i strip the names?", NU, p("12.5","4.7","13.1"), True),
 ("acrobat's AI assistant keeps popping up when I open pdfs, can I use it to summarise a published NHS England report?", NU, p("12.4"), True),
 ("can i use deepseek for public stuff only? it's way faster than copilot", N, p("5.5")+r("DeepSeek"), False),
 ("can we get chatgpt team for the department on the purchasing card? its only about £25 a month each", NU, p("13.2","13.1"), True),
 ("can I use gemini in my personal gmail to draft a work email to a GP about one of our patients?", N, p("5.4","6.2","12.2")+r("Google Gemini"), False),
 ("deepl is brilliant - can I use it to translate a follow-up letter to a patient into polish?", N, p("6.2")+r("DeepL Translator"), False),
 # --- information described without keywords
 ("can copilot chat help me write up notes from a return to work meeting with one of my team? she's been off with stress", N, p("4.5","6.2")+r(CC), False),
 ("I've got a spreadsheet of our team caseload with postcodes and dates of birth exported from harbour, can m365 copilot in excel make some charts from it?", N, p("6.4","4.5","5.3")+r(MC), False),
 # --- PII
 ("can I put Mrs Janet Okafor's care plan (NHS no 943 476 5919) into copilot chat so it can simplify the language for her?", N, p("6.2","6.4","4.5")+r(CC), False, ["Janet Okafor","943 476 5919"]),
 ("my colleague Priya Shah (priya.shah@harrowdene.nhs.uk) has passed me her grievance letter, can i use copilot chat to help me draft the response", N, p("4.5","6.2")+r(CC), False, ["Priya Shah","priya.shah@harrowdene.nhs.uk"]),
 ("memory clinic: Tom Reilly, DOB 14/03/1951, said at the start he didn't want the scribe on. can I leave tandem listening anyway and only use what it produces for the GP letter, not the notes?", N, p("10.5","10.1")+r("Tandem Clinical Scribe"), False, ["Tom Reilly","14/03/1951"]),
 ("complaint from a carer, Mr Alan Briggs, 12 Fenwick Road WS4 7QT, tel 07700 900417 - can chatgpt help me write the reply?", N, p("5.4","4.4")+r("ChatGPT"), False, ["Alan Briggs","12 Fenwick Road","WS4 7QT","07700 900417"]),
 # --- tools the policy never mentions
 ("is claude ok for drafting an internal comms plan? no personal info in it", U, p("5.6"), True),
 ("anyone know if perplexity is ok for a literature search for my audit project?", U, p("5.6"), True),
 # --- matters left undecided / needing approval
 ("one of my service users asked whether it's ok to use one of those AI therapist chat apps between sessions. can I recommend one?", U, p("16.2"), True),
 ("can I build a copilot agent that knows all our team's procedures and share it with the team?", U, p("16.1")+r(MC), True),
 ("could copilot help me come up with interview questions for a band 7 psychologist post?", ["unsure"], p("16.3"), True),
 ("we've had 80 applications for a band 4 post - can I use copilot to shortlist them?", NU, p("16.3","7.2"), True),
 ("I'm a student nurse on placement, can I use my uni's copilot account to write up reflections about my placement?", U, p("16.4"), True),
 ("we'd like an AI avatar to present the new mandatory training e-learning, is that ok?", U, p("11.4"), True),
 ("records manager asking: how long are we keeping tandem transcripts for?", ["unsure","info"], p("10.7"), True),
 # --- info
 ("who do I ask about getting a copilot licence?", I, p("17.4","14.2"), False),
 ("what counts as CCI? is a staff member's sickness absence record included?", I, p("4.5"), False),
 ("I accidentally pasted a service user's risk assessment into chatgpt. what do i do now?", ["info","not_allowed"], p("15.1","15.2"), False),
 ("who decides whether a new AI tool can be used and how do I ask for one?", I, p("13.1","3.1","17.1"), False),
 # --- out of scope
 ("how do I book annual leave on ESR?", O, [], False),
 ("does anyone know when the staff car park at the main site reopens", O, [], False),
]

out = []
for n, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    d = {"id": f"{PREFIX}{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if len(c) > 4:
        d["pii"] = c[4]
    out.append(d)
(HERE / "cases.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")

# ---- checks
ids = set()
text = (HERE / "originals" / POL).read_text(encoding="utf-8")
for line in text.splitlines():
    m = re.match(r"## (\d+)\. ", line)
    if m: ids.add(m.group(1))
    m = re.match(r"((?:\d+|[A-Z])(?:\.\d+)+) ", line)
    if m: ids.add(m.group(1))
with open(HERE / "originals" / REG, encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
tools = {row["tool"] for row in rows}
for row in rows:
    for ref in row["clauses"].split(";"):
        assert ref.split("#")[1] in ids, ref
seen = set()
for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines():
    d = json.loads(line)
    assert d["id"] not in seen; seen.add(d["id"])
    for ref in d["clauses"]:
        f, cid = ref.split("#", 1)
        assert (f == POL and cid in ids) or (f == REG and cid in tools), ref
    for s in d.get("pii", []):
        assert s in d["question"], s
    if "unsure" in d["verdict"] and len(d["verdict"]) == 1: assert d["escalate"]
from collections import Counter
print(len(out), "cases;", len(ids), "clause ids;", Counter(d["verdict"][0] for d in out))
print("pii cases", sum(1 for d in out if "pii" in d), "escalate", sum(d["escalate"] for d in out))
