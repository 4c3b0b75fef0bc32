"""Write cases.jsonl for Coldharbour University and check it against originals/."""
import json, re, csv, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
M = "genai-staff-policy.md#"; R = "ai-tools-register.csv#"
A = ["allowed", "conditional"]; N = ["not_allowed"]; NU = ["not_allowed", "unsure"]; U = ["unsure", "not_allowed"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": f"CHU{len(C)+1:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)
CC = R + "Microsoft 365 Copilot Chat"
# clear yeses
c("can i use copilot chat to tidy up the wording of our draft timetabling procedure before it goes to committee? signed in with my uni account", A, [M+"5.2", M+"6.2", CC, M+"5.1"])
c("is it ok to ask copilot to summarise the published QAA subject benchmark statement for computing so i can brief my team", A, [M+"6.1", M+"5.2", CC])
c("can i use chatgpt (just my free one) to rewrite the text from our public open day webpage into a friendlier tone for a poster", A, [M+"5.5", R+"ChatGPT (free or personal account)", M+"6.1"])
c("hi, want to use copilot chat to generate about 20 practice multiple choice qs for my first year stats module (formative, not assessed). ok?", A, [M+"7.4", M+"5.2", CC])
c("can i use elicit to find + summarise published papers on widening participation for a lit review im doing", A, [R+"Elicit", M+"6.1"])
c("do i need to put some kind of AI label on an internal email i drafted with copilot?", ["allowed", "info"], [M+"10.2", M+"10.1"])
c("we've got a team meeting next week, all internal staff - can we switch on transcription and the copilot recap in teams?", ["conditional", "allowed"], [M+"11.1", R+"Microsoft 365 Copilot"])
c("can I use CHAI to draft a board paper from our non-personal NSS score breakdowns before they're published", A, [M+"5.4", R+"Coldharbour AI Workspace", M+"6.2"])
c("copilot chat on my own phone via the browser, logged in with my coldharbour account - is that fine for work stuff?", A, [M+"5.9", M+"5.2", CC])
c("can i make some icons with copilot image generation for an internal training powerpoint", A, [M+"12.1"])
c("I'm a dev in IT, got a GitHub copilot seat through the service desk, can i use it to help write unit tests for the room booking app", A, [R+"GitHub Copilot", M+"9.4"])
c("can copilot help me turn my lecture slides into a plainer english version for students who struggle with dense text? no student info involved", A, [M+"7.4", M+"5.2"])
c("ok to use copilot chat to draft the exam paper for my module for the may exams? its not released yet obvs", A, [M+"7.5", M+"3.6"])
c("can i use copilot chat to draft a reply to a student about her coursework deadline? her name is Priya Ramasamy-Holt and it mentions her module", A, [M+"5.2", M+"9.3", CC, M+"6.2"], pii=["Priya Ramasamy-Holt"])
c("can i paste my own notes from a project board meeting into copilot chat and get it to pull out the actions", A, [M+"5.2", M+"6.2", CC])
c("is it alright to use copilot chat to help write up a journal article from my own unpublished results? no participant data in it", A, [M+"7.1", M+"10.4"])
c("procurement q: can I use copilot chat to compare the two catering tender responses we've had in, side by side against our criteria", A, [M+"3.5", M+"5.2", CC])
# conditional yeses
c("writing a reference for my phd student Aisling Moorcroft who's applying for a postdoc, can i get AI to draft it from her CV?", ["conditional"], [M+"8.6", M+"5.2"], pii=["Aisling Moorcroft"])
c("i'm putting up a new faq page for applicants and copilot wrote most of it. anything i need to do before it goes live?", ["conditional", "info"], [M+"10.1", M+"9.1", M+"9.3"])
c("can I use copilot to help write feedback for formative essays - I'd only paste in the general points I want to make, not the essays", ["conditional", "allowed"], [M+"7.7"])
c("can i drop a chapter from a library ebook (pdf) into copilot to make a summary handout for my students", ["conditional", "not_allowed"], [M+"6.6"])
c("student support team here - we want to use CHAI to summarise disability support plans. the DPIA has been signed off by infogov and the project space is registered with the DAB", ["conditional", "allowed"], [M+"5.4", M+"6.3", R+"Coldharbour AI Workspace"])
c("we want to put a chatbot on the clearing webpage to answer applicants' questions (built in CHAI). what do we have to do?", ["conditional", "info"], [M+"10.3", M+"13.2", M+"5.4"])
c("can copilot draft the minutes from our teams transcript for the dept committee?", ["conditional", "allowed"], [M+"11.4", M+"11.1"])
# clear nos
c("can i use chatgpt to polish a press release about our new research centre? it's embargoed til next month", N, [M+"5.5", R+"ChatGPT (free or personal account)", M+"3.2"])
c("can i put the 40 applications for the lecturer post into copilot and have it rank them against the person spec? would save me days", N, [M+"8.1", M+"3.8"])
c("in clearing could we get AI to decide who gets an offer based on their grades and personal statement?", N, [M+"8.1", M+"3.8"])
c("I've been asked to review a paper for a journal, can i get chatgpt to summarise it for me first so i can get going quicker", N, [M+"7.3", M+"3.7"])
c("can i get otter to join my teams calls and do the notes", N, [R+"Otter.ai", M+"11.3"])
c("is grammarly ok? I have the chrome extension on my work laptop already", N, [R+"Grammarly", M+"5.8"])
c("could we make an AI avatar of one of our final year students to front the recruitment campaign? she said she's fine with it", N, [M+"12.3"])
c("can I record the grievance hearing on friday and get copilot to summarise it so I don't have to take minutes", N, [M+"11.2"])
c("idea: use AI to flag students whose forum posts suggest they're struggling mentally so wellbeing can reach out early. allowed?", N, [M+"8.3", M+"8.4"])
c("want copilot to tell me how much time each of my team spends in teams chats vs actually working, possible?", N, [M+"8.4"])
c("can i ask chatgpt to make up a few student quotes for the prospectus? they'd sound realistic", N, [M+"8.2"])
c("turnitin says 85% AI for one essay, can i just refer the student for misconduct on that basis?", N, [M+"7.8", R+"Turnitin AI writing indicator"])
c("i'm a module leader, can i switch on the turnitin AI detection for my module", N, [R+"Turnitin AI writing indicator", M+"7.8"])
c("can i use deepseek on my personal laptop for coding bits of my research project", N, [R+"DeepSeek", M+"8.5"])
c("our partner uni uses zoom - can i turn on zoom ai companion for the joint project meetings so we get summaries", N, [R+"Zoom AI Companion", M+"8.5"])
c("got the DBS results for our new placement supervisors, can copilot tidy them into a table for me", N, [M+"6.3", M+"3.5"])
# tool variants
c("my chatgpt plus sub that i pay for myself - can i upload the draft estates strategy to it?", N, [M+"5.5", R+"ChatGPT (free or personal account)", M+"5.1"])
c("adobe acrobat has an AI assistant button now - can i use it to summarise the supplier contract pdfs?", NU, [M+"5.7", M+"5.6"], esc=True)
c("I want to call the openai api from a python script to classify free-text survey comments from staff", NU, [M+"13.2", M+"5.6"], esc=True)
c("can I build a custom GPT for my students to ask about module admin stuff?", NU, [M+"13.2", M+"5.6", M+"10.3"], esc=True)
c("i'm not on the copilot early adopter thing but can i use copilot in word to rewrite my paper", N, [M+"5.3", R+"Microsoft 365 Copilot"])
c("canva has magic write now, can we use it for our school newsletter?", NU, [M+"5.7", M+"5.6"], esc=True)
c("chatgpt app on my personal phone, logged into my own account, just to draft replies to student emails?", N, [M+"5.9", M+"5.5", R+"ChatGPT (free or personal account)"])
c("can i use adobe firefly to make a banner for our dept research seminar poster? im in physics not marcomms", N, [R+"Adobe Firefly", M+"12.2", M+"5.1"])
# unmentioned tools
c("is claude ok to use for drafting internal papers?", NU, [M+"5.6", M+"5.1"], esc=True)
c("perplexity for looking up public info only - that's fine right?", NU, [M+"5.6", M+"5.1"], esc=True)
c("can i use notebooklm to turn our published annual report into a podcast for alumni", NU, [M+"5.6", M+"5.1"], esc=True)
# information described without keywords
c("i look after extenuating circs claims - can i put the student's letter from their GP into copilot chat to summarise? it's Tomasz Wierzbicki, student no 21904473", N, [M+"6.3", M+"6.4", M+"5.2", CC], pii=["Tomasz Wierzbicki", "21904473"])
c("counselling service: can i use copilot to write up session notes from my jottings? no names, just initials", N, [M+"6.4", M+"6.3"])
c("hr question - can copilot summarise the occupational health report for Gareth Penhallow (gareth.penhallow@coldharbour.ac.uk) so I can plan his return to work?", N, [M+"6.3", M+"3.5"], pii=["Gareth Penhallow", "gareth.penhallow@coldharbour.ac.uk"])
c("we run summer schools for year 10 pupils - can i put the attendee list with their schools and allergies into copilot to make name badges and a dietary list", N, [M+"6.3", M+"3.5"])
c("research interviews: we have audio recordings of participants and want AI to transcribe them. ethics approval was last year and didn't mention AI", NU, [M+"7.2"], esc=True)
c("can I ask the VC's office if we can do an AI voice clone of the VC for the welcome video? comms are keen", NU, [M+"12.3"], esc=True)
# undecided
c("can I use copilot to help mark our 3rd year dissertations and suggest feedback comments?", U, [M+"16.1", M+"7.6"], esc=True)
c("can I set up a copilot studio agent that automatically replies to routine student emails in our shared inbox?", U, [M+"16.2", M+"13.2"], esc=True)
c("a student with a DSA wants to run an AI notetaker in my seminars as an adjustment, is that ok?", U, [M+"16.3", M+"11.3"], esc=True)
c("for moderation could AI do the second-marking sample check on the exam scripts?", U, [M+"16.1", M+"7.6"], esc=True)
# info
c("who do i ask to get a new AI tool approved?", ["info"], [M+"5.6", M+"17.1"])
c("what counts as 'sensitive' information under the AI policy?", ["info"], [M+"3.5", M+"6.4"])
c("who do I talk to about whether I need a DPIA for an AI project?", ["info"], [M+"13.3", M+"17.2"])
c("is there training I have to do before I get a copilot licence?", ["info"], [M+"14.2", M+"5.3"])
c("oops i pasted the api key for our student records system into copilot chat while debugging. what do i do now?", ["info"], [M+"15.1", M+"15.2", M+"6.5"])
# out of scope
c("how do i book a room in the library for a viva", ["out_of_scope"], [])
c("whats the deadline for annual leave requests over christmas?", ["out_of_scope"], [])
c("can my students use chatgpt in their coursework essays?", ["info", "out_of_scope"], [M+"2.3"])

def ids_from_md(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^## (\d+)\. ", line) or re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?) ", line)
        if m: ids.add(m.group(1))
    return ids
if __name__ == "__main__":
    ids = ids_from_md(os.path.join(HERE, "originals", "genai-staff-policy.md"))
    tools = {r["tool"] for r in csv.DictReader(open(os.path.join(HERE, "originals", "ai-tools-register.csv"), encoding="utf-8"))}
    seen = set()
    for d in C:
        assert d["id"] not in seen; seen.add(d["id"])
        for ref in d["clauses"]:
            f, cid = ref.split("#", 1)
            ok = (f == "genai-staff-policy.md" and cid in ids) or (f == "ai-tools-register.csv" and cid in tools)
            assert ok, ref
        for p in d.get("pii", []): assert p in d["question"], p
        if set(d["verdict"]) <= {"not_allowed", "unsure"} and "unsure" in d["verdict"]: assert d["escalate"], d["id"]
    # register's own clause refs
    for r in csv.DictReader(open(os.path.join(HERE, "originals", "ai-tools-register.csv"), encoding="utf-8")):
        for ref in r["clauses"].split(";"):
            assert ref.split("#")[1] in ids, ref
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for d in C: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    for line in open(os.path.join(HERE, "cases.jsonl")): json.loads(line)
    print(len(C), "cases")
    print(collections.Counter("/".join(d["verdict"]) for d in C))
    print("escalate:", sum(d["escalate"] for d in C), "pii:", sum(1 for d in C if "pii" in d))
