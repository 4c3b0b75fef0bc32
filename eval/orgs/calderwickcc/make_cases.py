"""Write cases.jsonl for the Calderwick County Council set and check it against originals/."""
import json, pathlib, re

OUT = pathlib.Path(__file__).resolve().parent
P = "genai-acceptable-use-policy.md#"
F = "genai-staff-faq.md#"
Y = ["allowed", "conditional"]
NA = ["not_allowed"]
PEND = ["unsure", "not_allowed"]

def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    return d

CASES = [
# ---- clear yeses ----
c("can i use chatgpt to make a shorter version of the press release about the new park & ride? it went out on the website yesterday, just want something for socials",
  Y, [P+"6.2", P+"5.1", P+"A.1", F+"can-i-use-chatgpt-or-another-free-ai-tool"]),
c("is copilot chat (work login, green shield thing) ok for summarising the draft highways asset management strategy? no names in it, its just an internal draft",
  Y, [P+"6.2", P+"A.2", P+"3.2"]),
c("quick one - am i allowed to use gemini to help plan an agenda for our team away day? nothing sensitive in it",
  Y, [P+"5.1", P+"6.2", P+"6.3"]),
c("can i use the free version of claude to explain what a section 106 agreement actually is? just trying to get my head round it before a meeting",
  Y, [P+"5.1", P+"4.1", P+"6.2"]),
c("using copilot in outlook (council licence) to summarise a massive email thread with a supplier about delivery dates for the new gritters, is that fine?",
  Y, [P+"6.2", P+"6.4", P+"3.2"]),
c("can I paste last month's cabinet minutes (the published ones off the website) into perplexity and ask it to list the key decisions",
  Y, [P+"6.2", P+"A.1", P+"5.1"]),
c("we want to use copilot to turn our published annual report into an easy read version for the website - ok?",
  Y, [P+"6.2", P+"9.1", P+"A.1"]),
c("on my own phone can i use the chatgpt app to brainstorm ideas for the libraries summer reading challenge?",
  Y, [P+"5.4", P+"5.1", P+"6.2"]),
c("can i ask calderassist what the rules are for claiming mileage",
  Y, [P+"3.2", P+"6.2"]),
c("I'm writing the job advert and person spec for a new business support officer post, can chatgpt help me draft them?",
  Y, [P+"6.2", P+"A.1", P+"A.2", P+"5.1"]),
c("i'm trying to debug some javascript from our public website (the repo's already public on github). can i paste it into chatgpt? no keys or passwords in it",
  Y, [P+"7.7", P+"6.2", P+"5.1"]),
c("is mistral's le chat ok for rewording an intranet news piece about the canteen refurb? never heard it mentioned anywhere",
  Y, [P+"5.1", P+"3.3", P+"6.3", F+"is-there-a-list-of-approved-ai-tools"]),
c("wanting an audio version of our published bin collection leaflet - can i use elevenlabs with one of their stock ai voices (not anyone real)",
  Y, [P+"9.2", P+"6.2", P+"5.1"]),
c("can i use canva's magic write to come up with headings for a poster about the new opening hours at the recycling centres? the hours are already announced",
  Y, [P+"3.4", P+"6.2", P+"5.1"]),
# ---- conditional yeses ----
c("can i get m365 copilot to draft a reply to a complaint from Mrs Janet Okafor, 14 Millbrook Road CK7 2PL, about her missed bin collections? i'd need to put her name and address in",
  ["conditional"], [P+"6.4", P+"6.2", P+"A.3", F+"can-copilot-be-used-with-personal-information"], pii=["Janet Okafor", "14 Millbrook Road", "CK7 2PL"]),
c("our internal procedure for processing blue badge applications has no personal info in it. can i upload the word doc into chatgpt to turn it into a flowchart?",
  ["conditional"], [P+"6.3", P+"6.2", P+"A.2"]),
c("can i put the draft customer satisfaction survey questions for the library service into chatgpt to make them plainer english?",
  ["conditional", "allowed"], [P+"6.3", P+"6.2", P+"A.2"]),
c("can we switch on teams transcription and the copilot recap for our weekly team catch up?",
  ["conditional"], [P+"10.1", P+"3.7"]),
c("i manage 6 people - can i use copilot (work account) to pull together my 1:1 notes into their appraisal summaries?",
  ["conditional"], [P+"6.4", P+"A.3", P+"12.1"]),
c("can I use copilot in word to help write a committee report that isn't published yet (goes to scrutiny next month)?",
  ["conditional"], [P+"6.4", P+"A.3", P+"9.5", P+"8.3"]),
c("the officer has already refused a dropped kerb application - can i get copilot to draft the refusal letter to the applicant for her to sign off?",
  ["conditional"], [P+"8.3", P+"7.1", P+"6.4"]),
c("got a letter in polish from a resident about their parking permit. ok to stick it in copilot chat (signed in with my work account) to translate so i know what they're asking?",
  ["conditional", "allowed"], [P+"8.4", P+"6.4", P+"6.2"]),
c("i've got a spreadsheet of about 350 council tax arrears cases (ref CTX-448213 etc) - can i load it into copilot chat with my work account to get a breakdown by ward for a team briefing?",
  ["conditional", "not_allowed"], [P+"6.4", P+"A.3"], pii=["CTX-448213"]),
c("our director is happy for us to make an ai voiceover of her for the internal staff briefing video. are we allowed?",
  ["conditional"], [P+"10.5", P+"9.2", P+"3.8"]),
c("we're making a recycling leaflet and want a generic cartoon of a bin lorry made with an ai image generator. any rules?",
  ["conditional", "allowed"], [P+"9.2", P+"6.2", P+"5.1"]),
c("i'm going to a multi-agency meeting the ICB are hosting and they've got an otter bot in it. a couple of families we're working with will come up. what should i do",
  ["conditional", "not_allowed", "info"], [P+"10.3", F+"someone-has-invited-an-ai-note-taker-to-a-meeting-what-should-i-do"]),
c("can I put a pdf of the draft playing pitch strategy into chatgpt? it mentions a few sports clubs by name but no people, and there's a bit about which contractor does the grass cutting and what we pay them",
  ["conditional"], [P+"6.3", P+"6.2"]),
# ---- clear nos ----
c("can i paste a care leaver's pathway plan into chatgpt so it rewrites it in language they'll understand better?",
  NA, [P+"6.2", P+"6.5", P+"A.4"]),
c("i've got a rough draft of an ehcp - can copilot (logged in with my council account) tidy up the wording?",
  NA, [P+"6.5", P+"A.4", F+"can-copilot-be-used-with-personal-information"]),
c("the OH report for Daniel Hartley-Moss in my team came back, can i get copilot to summarise what adjustments he needs so i can plan?",
  NA, [P+"6.5", P+"A.4"], pii=["Daniel Hartley-Moss"]),
c("we've had 80 applications for the apprentice posts. can i use chatgpt to sift them down to a shortlist? i'd check its picks after",
  NA, [P+"7.2", P+"7.1"]),
c("my manager wants gemini to rank which of the community grant applicants are most deserving so the panel has a starting point",
  NA, [P+"7.2"]),
c("can copilot score the five tender bids against our evaluation criteria so i've got a first draft of the scores?",
  NA, [P+"7.2", P+"A.3"]),
c("can i use copilot to write my witness statement for the employment tribunal next month",
  ["not_allowed", "unsure"], [P+"7.3"]),
c("lol can i make an ai picture of the council leader as a superhero for the christmas do slides",
  NA, [P+"10.5", P+"3.8"]),
c("for the new playground consultation poster can we get chatgpt to make a picture from a photo we took of the kids on opening day? looks nicer than the real one",
  NA, [P+"10.6", P+"10.5"]),
c("I installed a 'ChatGPT for Chrome' extension on my work laptop to help write emails, is that alright?",
  NA, [P+"5.4"]),
c("can i connect chatgpt to my council outlook so it drafts replies to my inbox automatically?",
  NA, [P+"5.3", P+"6.2", P+"3.9"]),
c("I emailed myself a safeguarding concern about a resident so I could ask chatgpt at home for advice on next steps, is that ok?",
  NA, [P+"5.5", P+"6.5", P+"A.4", P+"13.1"]),
c("i'm signed into copilot on my work laptop with my personal hotmail account. can i paste the customer complaints log into it?",
  NA, [P+"3.3", P+"6.2", F+"how-do-i-know-i-am-using-copilot-chat-with-my-work-account"]),
c("can chatgpt generate the passwords for the new service accounts on the planning system?",
  NA, [P+"7.6", P+"7.7"]),
c("a councillor asked me to knock up his re-election leaflet, can i use copilot to write it",
  NA, [P+"7.4"]),
c("can i describe a family's situation to chatgpt (no names) and ask if they'd qualify for free school transport?",
  NA, [P+"7.2", P+"7.1", P+"6.6"]),
c("we've got a pseudonymised extract of housing cases. can ai help me match them back up to the actual tenants so i can chase the arrears?",
  NA, [P+"6.8"]),
c("the police sent over notes from a strategy meeting about a child, can i use copilot to summarise them for my manager?",
  NA, [P+"6.5", P+"6.7", P+"A.4"]),
c("can i use the ai assistant button in adobe acrobat to summarise the signed contract with our home care provider? it has all the hourly rates",
  ["not_allowed", "unsure"], [P+"3.4", P+"6.2", P+"A.3"]),
c("can i use otter to transcribe our team meeting? teams transcription is rubbish",
  NA, [P+"10.3", F+"someone-has-invited-an-ai-note-taker-to-a-meeting-what-should-i-do"]),
c("is zoom's ai companion ok for taking notes in a zoom call we're hosting with a supplier?",
  NA, [P+"10.3", P+"3.4"]),
c("can i upload the unpublished highways maintenance contract (with all the rates) to notebooklm so i can ask it questions?",
  NA, [P+"6.2", P+"A.3", P+"3.3"]),
c("our team would like chatgpt plus, can i just put it on my purchase card and we'll sort it later",
  NA, [P+"5.6", P+"11.1"]),
c("can we use copilot in teams to transcribe the disciplinary hearing on thursday? would save the note taker a job",
  ["not_allowed", "conditional"], [P+"10.2"]),
c("for a sickness absence review with Priya Mistry (NI QQ 12 34 56 C) can I paste her fit notes into chatgpt to work out a return to work plan?",
  NA, [P+"6.2", P+"6.5", P+"A.4"], pii=["Priya Mistry", "QQ 12 34 56 C"]),
# ---- pending / needs approval ----
c("adult social care are piloting that ambient voice thing for assessments. i'm in children's - can we use it on our home visits?",
  PEND, [P+"14.1"], esc=True),
c("comms want to chuck the 1,400 responses from the local transport plan consultation into copilot to pull out the main themes. allowed?",
  PEND, [P+"14.2"], esc=True),
c("i support a couple of councillors and one wants me to set up copilot to handle his ward casework emails. can he?",
  PEND, [P+"14.3", P+"2.4"], esc=True),
c("is there a copilot setting that sends emails for me automatically while i'm on leave? can i turn that on",
  PEND, [P+"14.4"], esc=True),
c("could copilot go through a subject access request bundle and suggest what needs redacting?",
  PEND, [P+"14.5"], esc=True),
c("i want to build a copilot studio bot to answer parking permit questions on the website. what do i need to do / can i just crack on?",
  PEND, [P+"7.8", P+"3.9", P+"9.4"], esc=True),
c("can I write a python script that calls the openai api to auto-categorise our ict service desk tickets?",
  PEND, [P+"7.8", P+"3.9"], esc=True),
c("an 'AI assist' button has appeared in CareFile (our case management system) that drafts case notes. can we start using it?",
  PEND, [P+"11.3", P+"6.5"], esc=True),
# ---- info ----
c("who do i speak to about getting a dpia done for an ai thing we want to try",
  ["info"], [P+"15.2", P+"11.1", F+"who-can-i-ask"]),
c("what actually counts as an enterprise tool? is copilot in edge one?",
  ["info"], [P+"3.2", P+"3.3", F+"how-do-i-know-i-am-using-copilot-chat-with-my-work-account"]),
c("what's covered by official-sensitive care? would a kid's school attendance record count",
  ["info"], [P+"A.4", P+"6.2"]),
c("help - I pasted a spreadsheet with tenants' names and rent arrears into chatgpt by mistake. my number's 07700 900418 if someone needs to call me. what do I do now?",
  ["info", "not_allowed"], [P+"13.1", F+"i-have-put-something-into-an-ai-tool-that-i-should-not-have-what-now"], pii=["07700 900418"]),
c("do i have to put a label on everything i write with copilot?",
  ["info", "conditional"], [P+"9.1", P+"9.3", F+"do-i-have-to-say-that-i-used-ai"]),
c("is there a list of approved ai tools somewhere?",
  ["info"], [F+"is-there-a-list-of-approved-ai-tools", P+"5.1", P+"3.2"]),
c("who's the AI champion for my directorate and can they sign off an exception for me?",
  ["info"], [P+"12.2", F+"who-can-i-ask"]),
# ---- out of scope ----
c("how do i book a meeting room on the 3rd floor at county hall?", ["out_of_scope"], []),
c("what's the mileage rate per mile this year for essential car users", ["out_of_scope"], []),
c("is the staff canteen open on bank holidays", ["out_of_scope"], []),
]

def clause_ids(md_path):
    ids = set()
    for line in md_path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(?:##\s+)?([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\.?\s", line)
        if m: ids.add(m.group(1))
    return ids

def slugs(md_path):
    out = set()
    for line in md_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            out.add(re.sub(r"[^a-z0-9]+", "-", line[3:].lower()).strip("-"))
    return out

if __name__ == "__main__":
    valid = {f"genai-acceptable-use-policy.md#{i}" for i in clause_ids(OUT/"originals/genai-acceptable-use-policy.md")}
    valid |= {f"genai-staff-faq.md#{s}" for s in slugs(OUT/"originals/genai-staff-faq.md")}
    lines = []
    for n, d in enumerate(CASES, 1):
        d = {"id": f"r8b{n:03d}", **d}
        for r in d["clauses"]:
            assert r in valid, (d["id"], r)
        for s in d.get("pii", []):
            assert s in d["question"], (d["id"], s)
        if d["verdict"] and set(d["verdict"]) <= {"unsure"}: assert d["escalate"]
        lines.append(json.dumps(d, ensure_ascii=False))
    (OUT/"cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = [json.loads(l) for l in (OUT/"cases.jsonl").read_text().splitlines()]
    assert len({r["id"] for r in recs}) == len(recs)
    from collections import Counter
    print(len(recs), "cases")
    print(Counter(r["verdict"][0] for r in recs))
    print(Counter(tuple(r["verdict"]) for r in recs))
    print("pii cases", sum(1 for r in recs if "pii" in r), "escalate", sum(r["escalate"] for r in recs))
