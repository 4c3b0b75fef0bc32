#!/usr/bin/env python3
"""Write cases.jsonl for the Calderbrook University set (prefix r11d) and check it."""
import json, pathlib, re
OUT = pathlib.Path(__file__).resolve().parent
P = "generative-ai-staff-policy.md#"
F = "genai-staff-faq.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

cases = []
def c(q, verdict, clauses, esc=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
    if pii: d["pii"] = pii
    cases.append(d)

# ---- clear yeses ----
c("is it ok to ask chatgpt to explain a published paper im reading? just for my own understanding, nothing pasted except the abstract", [A], [P+"6.1", P+"5.1", P+"9.1", F+"which-ai-tools-am-i-allowed-to-use"])
c("can i use copilot chat (the green shield one) to summarise the action points from our team meeting? no names in the notes just actions", [A], [P+"6.2", P+"5.2", P+"4.3"])
c("am i allowed to use gemini to brainstorm ideas for a 2nd year seminar on climate policy", [A, C], [P+"8.1", P+"6.1", P+"5.1", F+"which-ai-tools-am-i-allowed-to-use"])
c("Can I use GitHub Copilot through the uni github org when writing code for my research project?", [A, C], [P+"5.2", P+"9.1", P+"6.3"])
c("quick q - i use copilot in word to fix grammar and spelling in my own reports. do i need to stick an AI label on them?", [A, I], [P+"10.2", F+"do-i-need-to-say-that-i-used-ai"])
c("is it fine to draft the questions for next may's exam paper in calderchat", [A, C], [P+"8.5", P+"6.3"])
c("can I use perplexity to dig up published stats on UK HE participation rates for a briefing", [A], [P+"6.1", P+"5.1", F+"which-ai-tools-am-i-allowed-to-use"])
c("can I use copilot chat on my personal ipad from home if i log in with my uni account + the authenticator", [A, C], [P+"5.6", F+"can-i-use-copilot-on-my-own-phone-or-home-laptop"])
c("I want to use Firefly (through the uni adobe licence) to make a background texture for slides for an internal staff briefing. ok?", [A, C], [P+"5.2", P+"6.2"])
c("want to use deepseek to help me learn regex for my own skills, not pasting in anything from work. is that against policy?", [A], [P+"5.1", P+"6.1", F+"which-ai-tools-am-i-allowed-to-use"])
c("I've got a M365 Copilot licence - can I use Copilot in Excel to analyse our department's NSS results? the published ones off the website", [A], [P+"6.1", P+"5.2"])
c("are researchers actually allowed to use AI tools for literature searching and coding qualitative themes from published papers?", [A, C], [P+"9.1", P+"6.1"])
c("can i play around with the openai api on my uni-managed laptop? only public data, not hooked up to any uni system, just testing", [A, C], [P+"12.4"])

# ---- conditional yeses ----
c("student emailed asking about their resit deadline - can i paste their email into calderchat and get it to draft a reply? I'm their personal tutor", [C, A], [P+"6.3", P+"10.4", F+"what-is-the-difference-between-calderchat-and-copilot-chat"])
c("can the free chatgpt be used to tidy up our internal procedures doc? no names or anything in it", [C], [P+"6.2", F+"which-ai-tools-am-i-allowed-to-use"])
c("is grammarly ok to use on my emails? most of them are to students about their marks tbh", [C, N], [P+"5.4", P+"6.4", P+"6.2", P+"4.4"])
c("planning to use midjourney for some images for the open day social media posts, anything i need to do?", [C], [P+"11.6", P+"10.1", P+"10.3", P+"6.1"])
c("can i get copilot to draft the press release about our new research centre launch", [C], [P+"10.3", P+"10.1", P+"6.2"])
c("we want to use AI to translate the published international student welcome guide into mandarin. ok?", [C, A], [P+"10.1", P+"6.1", P+"10.2"])
c("I have anonymised aggregate results from our module evaluation survey (just percentages per question, no comments). can they go into chatgpt to write a summary?", [C, A], [P+"6.2", P+"4.6", P+"4.3"])
c("can i use the chatgpt app on my own phone for work stuff", [C], [P+"6.1", P+"6.2", P+"2.3", F+"which-ai-tools-am-i-allowed-to-use"])
c("can I ask chatgpt to help me write the job advert for a lab technician post? it's going on jobs.ac.uk anyway", [C, A], [P+"10.1", P+"6.1", P+"7.2"])
c("we want to switch on teams transcription and recap for our weekly team meeting", [C, A], [P+"11.1", F+"can-i-record-a-meeting-and-get-an-ai-summary"])
c("can i use canva's magic write to do the text for a poster about our internal staff wellbeing week", [C, A], [P+"5.4", P+"6.2"])

# ---- clear nos (worded unlike the rules) ----
c("can i get chatgpt to give me a rough grade for each essay so i can sanity check my own marking", [N], [P+"8.2", P+"8.3"])
c("we've got 200 applications for the RA post - can copilot sort them into a top 10 for us to look at?", [N], [P+"7.2", P+"7.1"])
c("thinking of putting the UCAS personal statements through calderchat to pull out which applicants look strongest for interview, names removed first", [N], [P+"7.2"])
c("i'm reviewing a grant application for UKRI this week, can i get copilot chat to summarise it? it's the secure uni one", [N], [P+"9.4"])
c("can i invite otter to my project meeting with our external partners so i don't have to take notes", [N], [P+"11.2", F+"can-i-record-a-meeting-and-get-an-ai-summary"])
c("can we use teams recap in tomorrow's grievance hearing so the note taker has a summary?", [N], [P+"11.3", F+"can-i-record-a-meeting-and-get-an-ai-summary"])
c("can i paste a student's essay into chatgpt and ask if it was written by ai?", [N], [P+"8.4", P+"8.3", F+"can-i-run-a-student-s-essay-through-an-ai-checker"])
c("our dept bought a chatgpt team plan last year, can i put our draft grant bid in there for feedback?", [N], [P+"6.4", P+"2.3", P+"4.4"])
c("can copilot write the university's statement responding to the protest on campus yesterday? comms are swamped", [N], [P+"10.3"])
c("could we use ai to write a few student testimonials for the new course page? we don't have any real ones yet", [N], [P+"7.3"])
c("can i generate a realistic photo of students working in the new engineering lab (not built yet) for the prospectus, so it looks like a real photo", [N], [P+"11.6", P+"7.3"])
c("Can I put next month's unseen exam paper into chatgpt to check the wording is clear", [N], [P+"8.5", P+"6.4"])
c("our collaborators at another uni sent their unpublished results under an NDA - can i ask chatgpt to summarise them for our paper", [N], [P+"6.4", P+"9.2", P+"4.4"])
c("I'm signed into copilot with my personal hotmail account, can I paste the module marks spreadsheet in to get averages?", [N], [P+"5.3", P+"6.4"])
c("i use the merlin chrome extension all the time, is it fine to leave it running when i'm working in the student records system?", [N], [P+"5.5"])
c("zoom has an AI companion summary thing - can i use it for my supervision meetings with my phd students? we talk about their unpublished chapters", [N], [P+"5.4", P+"6.4", P+"4.4"])
c("I pay for chatgpt plus myself so it's private - fine to use it for drafting letters to applicants with their details in?", [N], [P+"6.4", P+"2.3", F+"i-pay-for-chatgpt-plus-myself-does-that-make-it-ok-for-work-information"])
c("can i claim my chatgpt plus subscription back on expenses since i use it for work", [N], [P+"12.1", F+"i-pay-for-chatgpt-plus-myself-does-that-make-it-ok-for-work-information"])

# ---- information described without keywords / Highly Restricted ----
c("can i paste the notes from my meeting with a student about her anxiety and the extension she needs into copilot chat to write up a summary", [N, U], [P+"6.5", P+"4.5"], True)
c("one of my team has been off a lot, can calderchat help draft the letter inviting him to a formal absence meeting if i paste in his sickness dates and reasons", [N, U], [P+"6.5", P+"4.5"], True)
c("we run a summer school for year 10 pupils - can i put their registration forms (medical info, emergency contacts) into copilot to build the register?", [N, U], [P+"6.5", P+"4.5"], True)
c("can i ask chatgpt to reword the outcome letter from last week's fitness to practise panel? i'll keep the student's name out", [N], [P+"6.5", P+"4.5", P+"4.6", F+"can-i-use-ai-with-highly-restricted-information-if-i-remove-the-names"])
c("need to debug a script - is it ok to paste the database connection string (includes the password) into chatgpt?", [N], [P+"6.5", P+"4.5"])

# ---- approval needed / undecided ----
c("can i use copilot to turn my marking notes into proper feedback paragraphs for each student? saves me hours", [U, N], [P+"14.1", P+"8.6", F+"can-i-use-ai-to-help-write-feedback-for-my-students"], True)
c("I've got recorded interviews with our study participants (identifiable). can calderchat transcribe and summarise them?", [U, N], [P+"14.2", P+"9.3"], True)
c("could we make an AI avatar of me (I'm happy to consent) to present the intro videos for my online module?", [U, N], [P+"14.3", P+"11.5"], True)
c("can IT give copilot access to the student support shared mailbox so it can summarise the cases each week", [U, N], [P+"14.4"], True)
c("i want to build a copilot studio bot that answers student queries using our school's sharepoint", [U, N], [P+"12.3", F+"i-want-to-build-a-chatbot-or-an-agent-for-my-department-who-approves-it"], True)
c("can we set up ai to auto-reply to the admissions enquiries inbox overnight without anyone checking each one?", [U, N], [P+"10.4"], True)
c("moodle has a new AI course assistant feature, can i just turn it on for my module", [U, N], [P+"5.4", P+"12.3"], True)

# ---- info ----
c("who do i ask about whether my research data can go into an AI tool?", [I], [P+"15.3", F+"who-do-i-contact"])
c("what counts as confidential info under the uni rules?", [I], [P+"4.4", F+"what-counts-as-confidential"])
c("what's the difference between a university-licensed AI service and an external one?", [I], [P+"2.2", P+"2.3", P+"5.2"])
c("which AI tools are actually licensed by the uni?", [I], [P+"5.2", F+"which-ai-tools-am-i-allowed-to-use"])
c("help - i accidentally pasted a spreadsheet of student marks into chatgpt this morning. what do i do now?", [I, N], [P+"13.2", P+"13.3"])
c("do i have to do some training before i can get a copilot licence?", [I, C], [P+"13.1"])
c("are students allowed to use chatgpt in their coursework?", [I, O], [P+"1.4"])

# ---- personal data in the question ----
c("Student Tom Okafor (ID 21004567, t.okafor@student.calderbrook.ac.uk) asked when his resit is - can calderchat draft my reply if I paste his email in?", [C, A], [P+"6.3", P+"10.4"], pii=["Tom Okafor", "21004567", "t.okafor@student.calderbrook.ac.uk"])
c("can i paste this into chatgpt to make it sound nicer: 'Dear Priya Raman, following your disciplinary hearing on 3 March the panel has decided...'", [N], [P+"6.5", P+"4.5", P+"6.4"], pii=["Priya Raman"])
c("applicant Sarah Whitfield, DOB 14/02/2007, postcode LS6 2QT - can i ask gemini whether her predicted grades are good enough for an offer?", [N], [P+"7.2", P+"6.4"], pii=["Sarah Whitfield", "14/02/2007", "LS6 2QT"])
c("can copilot chat summarise the occupational health referral for Dr Helen Marsh (07700 900321) before I meet her line manager?", [N, U], [P+"6.5", P+"4.5"], True, pii=["Helen Marsh", "07700 900321"])

# ---- out of scope ----
c("how do i book annual leave in the new HR system?", [O], [])
c("the printer on floor 2 of the hurst building is jammed again, who do i report it to", [O], [])
c("whats the deadline for getting module marks to the exam board this semester?", [O], [])

for i, d in enumerate(cases, 1):
    d_out = {"id": f"r11d{i:03d}"}
    d_out.update(d)
    cases[i-1] = d_out

# ---- checks ----
def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def clause_ids(path):
    ids = set()
    txt = path.read_text(encoding="utf-8")
    numbered = False
    for line in txt.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m: ids.add(m.group(1)); numbered = True
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\s", line)
        if m: ids.add(m.group(1))
    if not numbered:
        for line in txt.splitlines():
            m = re.match(r"^##+ (.+)$", line)
            if m: ids.add(slug(m.group(1)))
    return ids

refs = {p.name: clause_ids(p) for p in (OUT / "originals").glob("*.md")}
seen = set()
for d in cases:
    assert d["id"] not in seen; seen.add(d["id"])
    for r in d["clauses"]:
        f, cid = r.split("#", 1)
        assert cid in refs[f], r
    for s in d.get("pii", []):
        assert s in d["question"], s
    if U in d["verdict"] and len(d["verdict"]) == 1:
        assert d["escalate"]
    assert set(d["verdict"]) <= {A, C, N, U, I, O}
with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
    for d in cases:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
for line in (OUT / "cases.jsonl").read_text().splitlines():
    json.loads(line)
from collections import Counter
print(len(cases), "cases")
print("first verdict:", Counter(d["verdict"][0] for d in cases))
print("contains allowed:", sum(A in d["verdict"] for d in cases), "escalate:", sum(d["escalate"] for d in cases), "pii:", sum("pii" in d for d in cases))
