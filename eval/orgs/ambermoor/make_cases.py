"""Write cases.jsonl for the Ambermoor set and verify it against originals/."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
P = "genai-acceptable-use-policy.md#"
F = "genai-staff-faq.txt#"
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
FQ_SHIELD = F + slug("What is the green shield and why does it matter?")
FQ_PHONE = F + slug("Can I use Copilot Chat on my own phone?")
FQ_CHATGPT = F + slug("I use ChatGPT at home all the time. Can I use it for work if I leave out patient details?")
FQ_M365 = F + slug("Is Copilot Chat the same as Microsoft 365 Copilot?")
FQ_LARK = F + slug("Which departments have Larkspur and how do I get it?")
FQ_OTTER = F + slug("A bot called Otter joined my Teams meeting. What should I do?")
FQ_CPD = F + slug("Can I use AI to help with my CPD, revalidation or university coursework?")
FQ_ANON = F + slug("Does anonymised just mean taking the name off?")
FQ_TRANS = F + slug("Can I use Copilot Chat to translate for a patient?")
FQ_CODE = F + slug("Can I use AI to write code or spreadsheet formulas?")
FQ_OOPS = F + slug("What should I do if I put patient information into the wrong tool by mistake?")
FQ_WHO = F + slug("Who do I ask if my question is not answered here?")

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs approval first / tool not sanctioned and never mentioned
OPEN = ["unsure", "not_allowed"]       # policy leaves undecided
C = []
def add(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# ---- clear yeses (Copilot Chat with open / internal information) ----
add("can i use copilot chat to rewrite the ward newsletter so it sounds less stiff? nothing confidential in it, just the usual staff news and the new parking rules", YES, [P+"6.1", P+"5.5", P+"5.2", P+"3.7"])
add("is it ok to get copilot to summarise the new NICE guideline on sepsis so i can use it for a teaching session", YES, [P+"6.1", P+"3.8", P+"5.5", P+"8.2"])
add("hi all, want to use copilot chat (logged in w my nhs.net) to draft an agenda for our band 6 away day. ok?", YES, [P+"6.1", P+"5.5", P+"5.2", P+"3.7"])
add("can copilot help me write a job description for a band 4 ward clerk post", YES, [P+"6.3"])
add("could i ask copilot chat to come up with some interview questions for the HCA vacancy? generic ones, not about any candidate", YES, [P+"6.3"])
add("need an excel formula that counts how many long days each grade is doing on the rota - can copilot write it for me? i won't upload the rota itself", YES, [P+"7.2", FQ_CODE])
add("can i upload our draft hand hygiene SOP to copilot and ask it to tidy up the wording? it's just the procedure, no names", YES, [P+"6.1", P+"6.6", P+"3.7"])
add("is copilot in the teams app ok to use or do i have to use the website version? same nhsmail login", YES + ["info"], [P+"5.3", P+"5.2"])
add("making a poster for staff wellbeing week, can i get copilot to generate a cartoon coffee cup and some plants for it", YES, [P+"11.1", P+"9.3"])
add("doing slides for my deteriorating patient teaching for the new HCAs, can copilot chat help write them? generic NEWS2 stuff, no real cases", YES, [P+"6.1", P+"5.5", P+"8.1"])
add("ED consultant, i'm a named larkspur user - fine to use it in majors for a normal face to face consult with a 45 yr old who's happy for me to?", YES, [P+"5.8", P+"5.9", P+"5.9(b)", P+"5.7"])
add("the figures from our published annual report - can i paste them into copilot to help me write a plain english summary for the website", YES, [P+"6.1", P+"3.8", P+"9.1"])
add("got an FOI asking how many agency nurses we used last year. can copilot help draft the reply? figures are totals only, i won't put the requester's details in", YES, [P+"6.1", P+"6.3", P+"3.7"])
add("can copilot summarise the teams transcript from our estates capital planning meeting? no patients or staff cases were discussed, we told everyone transcription was on", YES, [P+"10.4", P+"10.3"])
add("quick one - is it ok to use copilot chat to check an email to the division for spelling and tone", YES, [P+"6.1", P+"3.7", P+"9.2"])
add("can i ask copilot chat general stuff like explain what a p-value and a confidence interval are for my audit write up", YES, [P+"6.1", P+"5.5", P+"3.8"])

# ---- conditional yeses ----
add("using the copilot app on my own iphone, signed into nhsmail - is that allowed?", ["conditional", "allowed"], [FQ_PHONE, P+"5.2", P+"5.3"])
add("teams transcription for our monthly governance meeting - is that ok? we only go through audit results, no individual patients or staff", ["conditional", "allowed"], [P+"10.3"])
add("can i put our audit data into copilot to help write up the results - 200 pts, no names or hospital numbers, no dates, ages in 10 yr bands", ["conditional", "allowed"], [P+"6.5", FQ_ANON])
add("we need a new patient leaflet about fasting before surgery, can copilot draft it for us?", ["conditional", "allowed"], [P+"9.4", P+"9.1", P+"7.1(b)"])
add("can copilot help me structure my revalidation reflection if i keep the patient details out of it", ["conditional", "allowed"], [FQ_CPD, P+"6.2", P+"6.5"])
add("comms asked for a picture for the trust instagram post about volunteers week - can i just make one in copilot?", ["conditional", "not_allowed"], [P+"11.4", P+"9.3", P+"11.1"])

# ---- clear nos: sanctioned tools misused / rules worded unlike the question ----
add("can i use chatgpt to tidy up the discharge letter for Mrs Edna Pilkington (NHS no 943 476 5919) if i take her name off first", NO, [P+"5.11", P+"6.2", P+"5.1", FQ_CHATGPT], pii=["Edna Pilkington", "943 476 5919"])
add("i pay for chatgpt plus myself so the data is private right? can i use it to write my business case, no patient data in it", NO, [P+"5.11", P+"5.1", FQ_CHATGPT])
add("grammarly keeps popping up with AI rewrites in my outlook - fine to leave it on for work emails?", NO, [P+"5.12", P+"5.1"])
add("can i use the copilot button on my home laptop (signed in with my hotmail) to draft an email about the rota", NO, [P+"5.4", P+"5.2", FQ_PHONE])
add("can copilot work out the gentamicin dose for my patient if i give it the weight and creatinine", NO, [P+"7.1(a)", P+"6.2"])
add("if i paste in the xray report can copilot tell me whether the fracture needs an ortho referral", NO, [P+"7.1(a)", P+"6.2", P+"11.2"])
add("thinking of uploading my team's sickness absence spreadsheet to copilot to spot patterns - who's off most mondays etc", NO, [P+"6.3", P+"7.1(f)", P+"3.5"])
add("14 applications for the band 7 post. can i get copilot to score them against the person spec to speed up shortlisting", NO, [P+"7.1(c)", P+"6.3"])
add("can copilot summarise the part 2 board papers for my exec before tuesday's meeting", NO, [P+"6.4", P+"3.6"])
add("the draft investigation report for the incident on ward 7 is 40 pages, can copilot give me a one page summary before it goes for sign off", NO, [P+"3.6", P+"6.4"])
add("otter keeps joining our team meetings from one of the consultants' calendars - is that ok if it's only admin stuff we talk about", NO, [P+"10.2", FQ_OTTER, P+"5.11"])
add("we run our MDT on teams - can we switch on transcription so the notes write themselves?", NO, [P+"10.3"])
add("can i record my ward round on my phone and use an app to write up the notes afterwards", NO, [P+"10.5", P+"10.1", P+"6.2"])
add("can i put larkspur on my own ipad so i can use it when the trust one is flat?", NO, [P+"5.9(a)", FQ_PHONE])
add("fracture clinic - can i use larkspur with a 13 year old and her mum if they both agree?", NO, [P+"5.9(e)"])
add("can copilot make my staff directory headshot look more professional", NO, [P+"11.3", P+"11.2"])
add("could we make a video of the chief exec's voice reading the christmas message with an ai voice generator? she's too busy to record it", NO, [P+"7.1(d)", P+"11.3"])
add("can i paste a wound photo into copilot and get it to describe the wound for the notes", NO, [P+"11.2", P+"6.2", P+"7.1(a)"])
add("complaint in from Mr Dennis Okafor, 22 Brackenfield Road AM4 7QX, about his late wife's care. can i paste it into copilot to draft the response", NO, [P+"6.2", P+"6.3", P+"3.4"], pii=["Dennis Okafor", "22 Brackenfield Road", "AM4 7QX"])
add("we've pseudonymised the dataset (study IDs, we keep the linkage key in the team drive) - ok to load into copilot chat now?", NO, [P+"3.4", P+"6.2", P+"6.5", FQ_ANON])
add("ward manager here - can copilot help me write the outcome letter for Karen Whitlock's stage 2 capability meeting? i'd need to put her details in", NO, [P+"6.3", P+"7.1(c)", P+"3.5"], pii=["Karen Whitlock"])
add("pt on the ward only speaks tigrinya, can i just use copilot voice on my phone (mob 07700 900417 if you want to call me) to translate what she's saying at the bedside", NO, [FQ_TRANS, P+"6.2", P+"10.5"], pii=["07700 900417"])
add("can i buy a claude pro subscription on my p-card for the team? we'd only use it for non-patient stuff", NO, [P+"12.4", P+"5.11"])
add("can copilot write the summary of bidder scores for the catering tender before we award it", NO, [P+"3.6", P+"6.4"])
add("is it ok to screenshot a bit of the EPR into copilot if i crop out the name and MRN?", NO, [P+"6.2", P+"3.4"])
add("AMU reg - done the larkspur e-learning but my clinical lead hasn't signed off my supervised session yet. can i start using it on my own?", NO, [P+"14.2", P+"3.10", P+"5.8"])
add("can i file the larkspur note straight into the EPR without reading it? clinic is massively overrunning", NO, [P+"5.9(d)"])

# ---- needs approval / tools and variants the policy does not sanction by name ----
add("dermatology reg here - can we use larkspur in derm clinic? apparently it works great in ED", APPROVAL, [P+"5.8", P+"12.1"], esc=True)
add("has anyone tried notebooklm? want to load our published trust strategy docs into it and make a podcast for staff", APPROVAL, [P+"5.1", P+"12.1"], esc=True)
add("paeds outpatients want to trial heidi as an ambient scribe - the company has offered it free for 3 months", APPROVAL, [P+"12.1", P+"5.8", P+"5.1"], esc=True)
add("is perplexity ok for finding research papers for journal club? no patient info going in", APPROVAL, [P+"5.1", P+"12.1"], esc=True)
add("our rostering supplier demoed an AI feature that writes the rota automatically, they can switch it on next week - can we start using it?", APPROVAL, [P+"5.12", P+"12.1"], esc=True)
add("i want to build a copilot studio agent that answers staff questions about trust policies. ok to start building it in a test environment?", APPROVAL, [P+"12.3"], esc=True)
add("can i get copilot to write a python script that pulls bed numbers from the EPR reporting database every night and run it from my desktop? don't really want to bother IT with a change request", APPROVAL, [P+"7.1(e)", P+"7.2", FQ_CODE], esc=True)

# ---- left undecided by the policy ----
add("i'm a named larkspur user in diabetes - can i use it for my telephone follow up clinic?", OPEN, [P+"13.1"], esc=True)
add("we're running a joint study with the university (HRA approved) - can we use gen ai to help code the interview transcripts?", OPEN, [P+"13.2"], esc=True)
add("can we switch on copilot intelligent recap in teams for our divisional meetings? we're not part of the corporate services pilot", OPEN, [P+"10.6", P+"13.3"], esc=True)
add("one of the supporting statements for our band 5 post has obviously been written by chatgpt. am i allowed to score it down for that?", ["unsure"], [P+"13.4"], esc=True)

# ---- information questions ----
add("who do i talk to about getting larkspur in our department?", ["info"], [P+"16.4", FQ_LARK, P+"5.8"])
add("what counts as 'restricted trust information'? seen it in the AI policy", ["info"], [P+"3.6"])
add("think i pasted a patient's NHS number and DOB 14/03/1958 into chatgpt yesterday by accident. what do i do now?", ["info", "not_allowed"], [P+"15.1", P+"15.2", FQ_OOPS], pii=["14/03/1958"])
add("what's the green shield thing everyone keeps mentioning with copilot?", ["info"], [FQ_SHIELD, P+"5.2"])
add("is taking the patient's name off enough to count as anonymised?", ["info", "not_allowed"], [P+"6.5", FQ_ANON, P+"3.4"])
add("what training do i need to do before using copilot chat?", ["info"], [P+"14.1"])

# ---- out of scope ----
add("how do i book annual leave on healthroster over christmas? the system keeps saying no", ["out_of_scope"], [])
add("does anyone know if level 2 of the staff multi storey is closed this weekend", ["out_of_scope"], [])
add("what's the nhs pension contribution rate for a band 6 this year?", ["out_of_scope"], [])

# ---------------- write + verify ----------------
def md_clauses(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"##\s+(\d+)\.\s", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"((?:\d+\.)+\d+(?:\([a-z]\))?)\s", line)
        if m: ids.add(m.group(1))
    return ids
def txt_clauses(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return {slug(lines[i-1]) for i in range(1, len(lines)) if re.fullmatch(r"-{3,}", lines[i])}

valid = {"genai-acceptable-use-policy.md": md_clauses(os.path.join(HERE, "originals/genai-acceptable-use-policy.md")),
         "genai-staff-faq.txt": txt_clauses(os.path.join(HERE, "originals/genai-staff-faq.txt"))}
VERDICTS = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(C, 1):
        c = {"id": f"AUH{i:03d}", **c}
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
# verify
ids = set(); from collections import Counter; cnt = Counter()
for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    assert c["id"] not in ids; ids.add(c["id"])
    assert set(c["verdict"]) <= VERDICTS and c["verdict"], c
    for r in c["clauses"]:
        fn, cid = r.split("#", 1)
        assert cid in valid[fn], (c["id"], r)
    for s in c.get("pii", []):
        assert s in c["question"], (c["id"], s)
    if "unsure" in c["verdict"] and c["verdict"][0] == "unsure": assert c["escalate"]
    cnt[c["verdict"][0]] += 1
print(len(ids), "cases; by first verdict:", dict(cnt))
print("pii cases:", sum(1 for l in open(os.path.join(HERE, "cases.jsonl")) if '"pii"' in l))
print("clauses in md:", len(valid["genai-acceptable-use-policy.md"]), "faq slugs:", sorted(valid["genai-staff-faq.txt"]))
