"""Write cases.jsonl for the University of Kelbourn set and check it against originals/."""
import json, collections, pathlib
from build_policy import clause_ids

HERE = pathlib.Path(__file__).parent
P = "kelbourn-genai-policy.md#"
F = "genai-staff-faq.md#"
FQ = {
    "open": F + "what-is-the-difference-between-an-open-tool-and-a-licensed-tool",
    "level": F + "how-do-i-work-out-which-data-level-my-information-is",
    "ownchatgpt": F + "can-i-use-my-own-chatgpt-account-if-i-pay-for-it-myself",
    "phone": F + "can-i-use-copilot-on-my-phone-or-home-laptop",
    "teams": F + "can-i-use-teams-to-transcribe-my-meeting",
    "notetaker": F + "someone-has-added-an-ai-notetaker-to-my-meeting-what-should-i-do",
    "research": F + "can-i-use-ai-on-my-research-interview-transcripts",
    "grammarly": F + "can-i-use-grammarly-or-other-writing-assistants",
    "say": F + "do-i-have-to-say-that-i-used-ai",
    "oops": F + "i-have-put-something-into-chatgpt-that-i-should-not-have-what-now",
    "students": F + "can-students-use-ai-in-their-coursework",
    "who": F + "who-do-i-ask-if-my-question-is-not-answered-here",
}
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["unsure", "not_allowed"]

def p(*ids):
    return [P + i for i in ids]

C = []
def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"r14c{len(C)+1:03d}", "question": q, "verdict": verdict,
         "clauses": clauses, "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)

# --- clear yeses (Level 1 with any tool, Level 2 with a Licensed Tool) ---
case("can i use chatgpt to tidy up the wording of a news story about the new sports centre opening? its going on the website next week anyway",
     YES, p("5.1", "4.1") + [FQ["open"]])
case("is it ok to ask gemini to explain the methods section of an open access paper from PLOS One? struggling to get my head round the stats",
     YES, p("5.1", "4.1"))
case("can i use copilot chat (signed in with my kelbourn account, shield showing) to draft an email to my team about changes to how we request timetable slots",
     YES, p("A.1", "5.2", "4.2"))
case("hi! want to use copilot to turn our draft procedure for booking teaching rooms into a flowchart. its internal only, not published yet. ok?",
     YES, p("5.2", "A.1", "A.2", "4.2"))
case("can I use chatgpt to write some multiple choice quiz questions on basic thermodynamics for my first years? not putting any uni stuff in, just the topic",
     YES, p("5.1", "6.1"))
case("can i make an illustration of a cell membrane with midjourney for my lecture slides",
     YES, p("11.1", "5.1"))
case("am I allowed to use teams transcription for our weekly project standup? nothing sensitive, just the usual progress updates",
     ["conditional", "allowed"], p("10.1", "A.4") + [FQ["teams"]])
case("can i paste a published ONS dataset into claude to help me make some charts for a talk",
     YES, p("9.4", "5.1", "4.1"))
case("estates team here - can i use chatgpt to write a notice for the public about the library lift being out of action for 2 weeks?",
     YES, p("5.1", "4.1"))
case("Ive got the M365 Copilot licence. can I use it in Excel to look for trends in our module marks spreadsheet across the last 3 cohorts? it has student IDs in it. not changing anyone's marks, just for the annual monitoring report",
     ["conditional"], p("5.3", "5.3(b)", "5.3(c)", "A.2", "4.3"))
case("can i ask perplexity to find recent literature on microplastics in rivers for a lit review",
     YES, p("5.1", "6.2"))
case("writing a job advert for a lab technician post, fine to get ChatGPT to draft it? it'll be on jobs.ac.uk",
     YES, p("5.1", "4.1"))
case("can i use KelChat to give me feedback on my draft leverhulme grant proposal before i submit",
     ["conditional", "allowed"], p("9.5", "5.3", "A.3", "8.4"))
case("Is it fine to use GitHub Copilot to help write python for analysing publicly available met office climate data?",
     YES, p("5.1", "3.3", "6.2"))
case("can copilot translate our published open day leaflet into welsh? we'll get someone to check it",
     YES, p("5.1", "8.2"))
case("do I have to declare it if I only used copilot to fix grammar in the all-students newsletter?",
     ["info", "allowed", "conditional"], p("8.2", "8.1") + [FQ["say"]])

# --- conditional yeses ---
case("we're putting an AI generated image on the front of the undergrad prospectus, anything I need to do first?",
     ["conditional"], p("11.4", "8.1"))
case("can I get copilot to write most of a summary of our published ESRC project report for the external advisory board newsletter",
     ["conditional", "allowed"], p("8.1", "5.1"))
case("want to use the copilot recap in teams for the school staff meeting on friday - do i need to do anything beforehand?",
     ["conditional"], p("10.1", "10.5") + [FQ["teams"]])
case("I have dyslexia and my workplace adjustment says I can use TextHelp's AI writing tool. can I use it on the internal committee papers I'm drafting?",
     YES, p("5.10"))
case("can i use copilot on my personal ipad to draft an internal memo? logging in with my kelbourn account through the browser",
     ["conditional", "allowed"], p("5.7") + [FQ["phone"]])
case("research facilitator here - if someone uses copilot to help write the case for support for a UKRI bid what do they have to do about disclosing it?",
     ["conditional", "info"], p("8.4", "9.5", "8.1"))
case("is it ok to use the automatic captions from lecture capture for my recorded lectures?",
     YES, p("10.4"))
case("Our ethics approval explicitly covers using Microsoft 365 Copilot to transcribe and code the interviews, and the info sheet told participants. Can I go ahead now?",
     ["conditional", "allowed"], p("9.1", "9.3") + [FQ["research"]])
case("Is Outlook copilot ok to summarise a long email thread about a complaint from Jake Morrow (student 2311870) about his module? I have the proper licence",
     ["conditional"], p("5.3", "A.2", "4.3"), pii=["Jake Morrow", "2311870"])

# --- clear nos, worded unlike the rule ---
case("can i ask chatgpt which of the 6 shortlisted candidates for the lecturer job is strongest? i'd take their names off the CVs",
     NO, p("6.3", "3.6", "5.2", "4.6"))
case("could copilot give a provisional mark to each essay so I can moderate faster? we do have the licence",
     NO, p("7.2", "6.3"))
case("one student's essay reads really AI-ish. can i run it through gptzero to check",
     NO, p("7.3"))
case("ive been asked to review a paper for a journal, can i get copilot to summarise the manuscript so i can write my review quicker",
     NO, p("7.4"))
case("can kelchat just write the reference for my phd student? I'd give it her cv and a few bullet points from me",
     NO, p("7.6"))
case("for the summer school promo can we use AI to animate the photos of the year 10 kids who came last year",
     NO, p("11.2", "3.8"))
case("can i just use deepseek to reword a public press release? it's better at chinese than the others",
     NO, p("5.5"))
case("can i upload a jstor pdf i got through the library into chatgpt to make summary notes for my students",
     NO, p("7.5"))
case("invited otter to my meeting with an external partner - they use it all the time so that's fine right?",
     NO, p("10.3") + [FQ["notetaker"]])
case("can we switch teams transcription on for the disciplinary hearing tomorrow so we have an accurate record",
     NO, p("10.2"))
case("just bought chatgpt plus on my uni purchasing card, can i put student emails in it now it's a paid version?",
     NO, p("12.2", "3.2", "5.3") + [FQ["ownchatgpt"]])
case("Can I put next month's exam paper into ChatGPT to check the questions read clearly?",
     NO, p("4.3", "5.3", "5.2"))
case("can i use copilot chat to draft a letter to Tom Ellery (tom.ellery@student.kelbourn.ac.uk) about his counselling referral",
     NO, p("5.4", "4.4", "A.1"), pii=["Tom Ellery", "tom.ellery@student.kelbourn.ac.uk"])

# --- tool variants ---
case("my copilot chat doesn't show the shield thing, I'm logged in with my hotmail. can i still paste in the draft faculty strategy?",
     NO, p("3.2", "5.2", "A.1"))
case("there's a chrome extension that summarises my outlook inbox with AI - ok to install it on my work laptop?",
     APPROVAL, p("5.8"), escalate=True)
case("i want to write a python script that sends our IT helpdesk tickets to the openai api to auto-categorise them. any issue?",
     APPROVAL, p("5.9", "4.3"), escalate=True)
case("zoom has an AI companion that does meeting summaries, can i use it for the internal dept budget planning meeting?",
     NO, p("5.6", "5.2", "10.3"))
case("qualtrics has a new AI thing that summarises open text answers - can I use it on the staff pulse survey results?",
     NO, p("5.6", "5.2"))
case("can i run grammarly over a draft internal report for senate",
     NO, p("5.6", "5.2") + [FQ["grammarly"]])
case("can I use KelChat on my own laptop at home to go through some student records?",
     NO, p("5.7"))
case("our research group pays for ChatGPT Enterprise out of grant money. can I put our unpublished results into it?",
     APPROVAL, p("12.1", "12.3", "5.3", "9.5"), escalate=True)

# --- tools the policy never names ---
case("whats the position on using notebooklm to turn my published papers into a podcast for our outreach page?",
     YES, p("5.1", "3.3", "8.1"))
case("can i use mistral le chat to improve a draft internal committee paper",
     NO, p("5.2", "3.3"))
case("new tool called Fathom keeps asking to join my calls to take notes - fine for my phd supervision meetings?",
     NO, p("10.3"))
case("could i use suno to make a short jingle for our stall at the freshers fair",
     ["allowed", "conditional"], p("5.1", "11.4", "11.1"))

# --- information described without keywords ---
case("one of my tutees, Priya Ramanathan, told me she's been really struggling since her mum died and has started antidepressants. can I get copilot chat to help me word an email to the student support team about her?",
     NO, p("5.4", "4.4", "A.1"), pii=["Priya Ramanathan"])
case("hr question: can I use copilot chat to pull together a timeline from a colleague's sickness absence record and the occupational health report ahead of a capability meeting",
     NO, p("5.4", "4.4", "A.1"))
case("can I upload our spreadsheet of international students with their passport numbers and visa expiry dates to kelchat so it can draft reminder emails?",
     APPROVAL, p("5.4", "4.4", "A.3"), escalate=True)
case("could I feed the list of applicants who ticked the unspent convictions box into chatgpt and have it sort them by type of offence",
     NO, p("4.4", "5.4", "15.1"))
case("estates: we have floor plans showing the door access control zones for the new lab building. can copilot chat turn them into a one page summary for the contractors?",
     NO, p("4.3", "A.1", "5.3"))
case("can I paste the tender bids from the three cleaning companies into chatgpt to compare them on price and quality",
     NO, p("4.3", "5.3", "5.2"))
case("doing the NSS action plan - I've deleted the students' names from the free text comments, so can they go into copilot chat now?",
     NO, p("4.6", "A.1", "5.3"))
case("survey from my research project: participants describing their experiences of long covid, pseudonymised with codes. can KelChat do the thematic analysis? our ethics approval is from 2025 and doesn't mention AI at all",
     APPROVAL, p("9.2", "9.1", "3.5") + [FQ["research"]], escalate=True)

# --- matters the policy leaves undecided or sends for approval ---
case("can i get copilot to do a first-pass sift of personal statements for our MSc applicants and flag the ones that don't meet the entry criteria?",
     APPROVAL, p("15.1", "6.3"), escalate=True)
case("School wants to use KelChat to draft the written feedback on 300 first-year lab reports. Marks still done by us. Allowed?",
     APPROVAL, p("15.2"), escalate=True)
case("can I let a copilot agent book the rooms and send out all the invites for open day automatically?",
     APPROVAL, p("15.3"), escalate=True)
case("there's an AI assistant that fills in my expense claims in the finance system for me. am i ok to use it?",
     APPROVAL, p("15.3", "5.9"), escalate=True)

# --- information questions ---
case("what counts as level 2 data?",
     ["info"], p("4.2") + [FQ["level"]])
case("who do i talk to about getting a copilot licence",
     ["info"], p("16.4", "13.1", "A.2") + [FQ["who"]])
case("I accidentally pasted an email from a student (student no. 21904473) into chatgpt yesterday, what do I need to do?",
     ["info", "not_allowed"], p("14.1", "14.2") + [FQ["oops"]], pii=["21904473"])
case("what's a 'consequential decision' in the AI policy?",
     ["info"], p("3.6"))
case("who signs off ethics amendments if I want to add AI transcription to an existing study",
     ["info"], p("16.3", "9.2") + [FQ["research"]])

# --- out of scope ---
case("how do i book a group study room in the library",
     ["out_of_scope"], [])
case("can students use chatgpt to help write their dissertations?",
     ["out_of_scope", "info"], p("2.3") + [FQ["students"]])
case("whens the deadline for annual leave requests over the christmas closure",
     ["out_of_scope"], [])

if __name__ == "__main__":
    refs = set()
    for f in (HERE / "originals").iterdir():
        for cid in clause_ids(f):
            refs.add(f"{f.name}#{cid}")
    ids = [c["id"] for c in C]
    assert len(ids) == len(set(ids))
    assert 60 <= len(C) <= 70, len(C)
    valid = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for c in C:
        assert set(c["verdict"]) <= valid, c
        for r in c["clauses"]:
            assert r in refs, (c["id"], r)
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"]:
            assert c["escalate"], c["id"]
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for c in C:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    for line in open(HERE / "cases.jsonl", encoding="utf-8"):
        json.loads(line)
    print(len(C), "cases")
    print(collections.Counter("|".join(c["verdict"]) for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii:", sum(1 for c in C if "pii" in c))
