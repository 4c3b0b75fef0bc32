import json
F = "kelvinside-genai-policy.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPR = ["not_allowed", "unsure"]   # needs IGO approval first: never a yes, goes to governance
UNS = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]
C = []
def case(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": [F + x for x in cl], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- plain yes: Copilot Chat with public / internal non-personal info
case("can i use copilot chat (work login, green shield) to reword an email to all staff about the new practice room booking procedure? no names in it", YES, ["5.1", "5.2"])
case("hi, is it ok to get copilot to summarise the scottish funding council's published outcome agreement guidance so i can brief my team", YES, ["5.1", "5.2", "7.8"])
case("writing programme notes for the symphony orchestra's brahms 2 concert, can i use copilot chat to draft them from published sources? i'll check the facts", YES, ["5.2", "5.1", "9.1"])
case("could i use copilot to draft a first version of our internal procedure for signing out stage door keys", YES, ["5.2", "5.1"])
case("im a strings tutor - can i use copilot chat to come up with aural skills exercises and a lesson plan for 1st years? nothing about individual students", YES, ["8.13", "5.1"])
case("we're advertising a lecturer in dance post next month. can copilot help me write the job advert and person spec? no candidate info obviously", YES, ["8.3", "5.1"])
case("can i use copilot chat to translate our published audition info page into spanish and mandarin for international applicants? a colleague who is fluent will check it before it goes up", YES, ["8.10", "5.1"])
case("international office q: can we use copilot chat to draft a general faq on student visa rules from the published ukvi guidance? won't mention any particular student", YES, ["7.6", "5.1"])
case("can i ask copilot to help me plan the rehearsal room schedule for the opera scenes project, just rooms and time slots, no names", YES, ["5.2", "5.1", "2.6"])
case("visiting tutor here, only have my own laptop. can i use copilot chat in the browser logged in with my kelvinside account to draft a technique handout for my classes?", YES, ["6.2", "5.1", "8.13"])
case("need an excel formula to work out occupancy % across our venues from the season totals (just seat numbers, no customer info) - ok to ask copilot?", YES, ["5.2", "5.1"])
case("want to use copilot chat to turn our published accessibility statement into a plain english version for the website. allowed? will label it", YES, ["7.8", "8.7", "5.1"])
case("can i use copilot chat to brainstorm social media captions for the spring season? season's already announced publicly. someone will check them before posting", YES, ["8.7", "5.1", "7.8"])

# --- approval first: tools other than Copilot Chat
case("can i use chatgpt to draft a press release for the summer school? it's all public info anyway", APPR, ["4.1", "4.5"], True)
case("is grammarly's ai rewrite thing ok to use on internal reports? its just the free version", APPR, ["4.1", "2.1"], True)
case("our notation software just got an update with an AI 'auto-orchestrate' button. can i use it to prepare parts for the wind band? the piece is public domain", APPR, ["4.1", "2.1", "10.4"], True)
case("web team: can we use github copilot to help rewrite the ticketing pages' front-end code", APPR, ["8.11", "4.1"], True)
case("deepl is way better than copilot for german - can i just use deepl to translate the concert notice?", APPR, ["4.1", "8.10"], True)
case("i've sent in the AI use request form for otter but haven't heard back. can i try it out on a couple of our meetings in the meantime?", NO, ["4.6", "4.1"])
case("can i use microsoft 365 copilot inside outlook to sort and draft replies to my inbox?", APPR, ["5.4", "4.1"], True)

# --- accounts and devices, connections
case("i pay for chatgpt plus myself, can i use my own account to draft reports for the dept? it's only internal stuff no names", NO, ["6.1", "4.1"])
case("can i install the 'chatgpt for chrome' extension on my work laptop to summarise web pages", APPR, ["6.3", "4.1"], True)
case("could we connect an ai assistant to the box office ticketing system so it can answer customer queries automatically", NO, ["6.4", "8.12"])
case("is it ok to add fireflies note taker bot to our teams calls with external partners", APPR, ["6.3", "4.1", "8.9"], True)

# --- personal, special category, children, HR, visa, confidential
case("can i paste the list of ticket bookers' names and emails into copilot chat to draft personalised thank you messages", APPR, ["7.2", "5.3"], True)
case("my student Eilidh Marr (dob 14/03/2007) has a PLSP for dyslexia and anxiety. can i put her plan into copilot to get ideas for adjusting my lessons?", NO, ["7.3", "2.3"], False, ["Eilidh Marr", "14/03/2007"])
case("wellbeing team here - can we use copilot to summarise our counselling contact notes for the termly report? names removed", NO, ["7.3", "7.2"])
case("can i use copilot chat to tidy up a safeguarding concern write-up before i send it to the safeguarding lead", NO, ["7.3"])
case("junior conservatoire: can i give copilot the list of pupils and their schools so it can split them into ensembles by instrument?", NO, ["7.4"])
case("for the kelvinside pathways showcase can i use ai to make a collage from the photos we took of the pupils at the school workshops", NO, ["7.4", "8.4"])
case("a parent of one of the pathways pupils called from 07700 900412 complaining about a workshop, can i put my notes of the call into copilot to draft a reply?", NO, ["7.4", "7.2"], False, ["07700 900412"])
case("hr question - can i get copilot to summarise the grievance raised by ruth.abernethy@kelvinside-cons.ac.uk so i can brief the panel", NO, ["7.5"], False, ["ruth.abernethy@kelvinside-cons.ac.uk"])
case("payroll: visiting tutor's NI number is AB123456C and their fee claim is wrong, can copilot help me work out the correct pay from their timesheet?", NO, ["7.5", "7.2"], False, ["AB123456C"])
case("student Tomasz Nowak's CAS E4G8H2K9L1M3 has an error and his eVisa doesn't match - can i put the details in copilot to draft the email to ukvi?", NO, ["7.6"], False, ["Tomasz Nowak", "E4G8H2K9L1M3"])
case("can i use copilot to check our sponsorship attendance spreadsheet for international students and flag who's missing too many classes", NO, ["7.6", "8.2"])
case("we're bidding for the city festival venue contract. can i paste our bid and our artist fees into chatgpt to tighten the wording?", NO, ["7.7", "4.1"])
case("i'd like copilot to draft the press release for next season before it's announced - the season programme isn't public yet. ok?", APPR, ["7.7", "5.3", "2.4"], True)
case("my research project interviews with dancers about injury - can i put the transcripts into copilot for thematic analysis? i have ethics approval", NO, ["7.3", "7.9", "2.3"])
case("i removed the names from the feedback from our 4 harp students - can i put it into copilot to summarise for the course review?", APPR, ["7.2", "5.3"], True)

# --- activity rules
case("we had 400 audition videos for acting this year, can we use ai to pre-screen and shortlist which ones the panel watches?", NO, ["8.1", "8.4"])
case("could i use copilot to mark the music history essays? i'd check the grades after", NO, ["8.1"])
case("can copilot write the written feedback for my students' end of year performance assessments if i give it my bullet points", NO, ["8.1"])
case("bursary committee wants ai to rank applications by financial need to recommend who gets funding - is that ok", NO, ["8.2"])
case("recruitment for the box office manager job got 90 applications - can copilot score the cvs against the person spec for me?", NO, ["8.3", "7.5"])
case("can i upload the recording of last night's student recital to an ai tool to generate a written review of each performer", NO, ["8.4", "8.1"])
case("our guest soprano has agreed we can clone her voice with ai for the season trailer. she's signed consent. are we ok?", NO, ["8.4"])
case("marketing want to use ai to put a current student's face into a poster scene they weren't in. student says fine. allowed?", NO, ["8.4", "8.7"])
case("can i upload the Boosey & Hawkes score of a contemporary piece to copilot to make a simplified version for the youth ensemble", NO, ["8.6"])
case("directing a new play and the script is still in copyright, can i paste it into copilot chat to get a scene-by-scene summary for the cast", NO, ["8.6"])
case("can i put my composition student's new string quartet into ai to suggest improvements for her? haven't asked her", NO, ["8.6"])
case("a student asked me about switching visa route, can i ask copilot and pass on what it says?", NO, ["8.8"])
case("the venue hire company says we breached the contract - can i use copilot to tell me our legal position?", NO, ["8.8", "7.7"])
case("can we use copilot recap in the student support meeting tomorrow so i don't have to take notes", NO, ["8.9", "7.3"])
case("can i use ai to translate an email from an applicant's parent about their audition so i can reply", NO, ["8.10", "7.2"])
case("digital services: can i paste a sample of the live student record database into an ai to debug a query", NO, ["8.11", "7.2"])
case("could we set up a copilot agent that automatically sends refunds and apology emails when a concert's cancelled", NO, ["8.12"])
case("can i use copilot chat to generate an image of an imaginary concert hall for our website banner? we'd label it", ["conditional"], ["8.7", "5.1"])

# --- undecided
case("the archive has 1960s reel-to-reel recordings of the orchestra with loads of hiss. can we use an ai restoration tool to clean them up for digitisation?", UNS, ["10.2", "8.5", "10.1"], True)
case("planning meeting for the open day, no personal info discussed - can we turn on copilot recap and transcription?", UNS, ["10.3", "8.9", "10.1"], True)
case("our sound designer wants to use an AI generated soundscape in the spring drama production - allowed?", UNS, ["10.4", "10.1"], True)

# --- info
case("i think i pasted a student's email with their medical details into chatgpt by mistake. who do i tell and how quickly", INFO, ["11.1", "11.2"])
case("how do i ask for a new ai tool to be approved? what do i need to put in the request", INFO, ["4.2", "4.1"])
case("where can i see which ai uses have already been approved", INFO, ["4.5"])
case("who's the information governance officer and how do i contact them", INFO, ["12.1", "3.2"])
case("does this ai policy apply to visiting tutors and freelance crew or just permanent staff?", INFO, ["1.2"])
case("what counts as special category info under the policy?", INFO, ["2.3"])

# --- scope edges
case("one of my students used chatgpt for their essay, is that allowed under the ai policy?", ["info", "out_of_scope", "unsure"], ["1.3"])
case("can i use chatgpt at home to plan my holiday itinerary? nothing to do with work", ["out_of_scope", "allowed", "info"], ["4.7"])
case("what's the wifi password for the wallace hall?", OOS, [])
case("how do i book a practice room for saturday", OOS, [])

with open("cases.jsonl", "w") as f:
    for n, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"KVC{n:03d}", **d}, ensure_ascii=False) + "\n")
print(len(C))
