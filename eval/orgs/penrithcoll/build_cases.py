import json
P = "pec-generative-ai-policy.md#"; F = "staff-ai-faqs.md#"
YES = ["allowed", "conditional"]; NO = ["not_allowed"]
FQ = {
 "tools": F+"which-ai-tools-can-i-use-for-college-work",
 "chatgpt": F+"can-i-use-chatgpt-or-copilot-if-i-don-t-put-any-learner-data-in",
 "notteacher": F+"i-m-not-a-teacher-can-i-use-teachmate-ai",
 "phone": F+"can-i-use-gemini-on-my-own-phone-or-laptop",
 "lpd": F+"what-counts-as-learner-personal-data",
 "marking": F+"can-ai-help-me-with-marking-or-feedback",
 "notes": F+"can-i-use-gemini-to-take-notes-in-a-meeting",
 "images": F+"can-i-use-ai-to-make-images-for-my-course-materials",
 "slip": F+"i-ve-put-personal-data-into-an-ai-tool-by-mistake-what-do-i-do",
 "newtool": F+"how-do-i-ask-for-a-new-ai-tool-to-be-approved",
 "ask": F+"who-can-i-ask-about-the-policy",
 "training": F+"do-i-need-training-before-i-use-gemini",
}
C = []
def c(q, v, clauses, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": clauses, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- plain yes: ordinary permitted work ---
c("can i use gemini to tidy up an email to all staff about the christmas lunch arrangements? im logged in with my college account", YES, [P+"4.1", P+"3.1", P+"3.2"])
c("hi, construction lecturer here - can I use teachmate to knock up a quiz on brickwork bonds for my L1 group?", YES, [P+"5.1", P+"3.1"])
c("is it ok to get gemini to summarise the new ofsted handbook for our curriculum team meeting? its a published doc", YES, [P+"4.1"])
c("want to write a marking rubric and a bank of generic feedback comments for unit 3 in gemini, no student work going in at all. ok?", YES, [P+"6.3", FQ["marking"]])
c("could gemini give me some general strategies for supporting learners with dyslexia in the motor vehicle workshop? not about any particular student", YES, [P+"8.3"])
c("can i use gemini on my own iphone? i'd be signed in with my college account and it has face id + latest ios", ["conditional", "allowed"], [P+"14.2", FQ["phone"]])
c("writing an apps script for the timetabling sheet and it keeps throwing errors, can gemini help me debug it? no passwords or student info in it", YES, [P+"13.1"])
c("can gemini translate our open evening letter (goes to all parents, nothing personal) into polish?", YES, [P+"13.3"])
c("can i switch on gemini take notes for me in meet for our curriculum planning meeting? staff only, no individual learners discussed", ["conditional", "allowed"], [P+"10.1", FQ["notes"]])
c("hr team - can we use gemini to draft the job advert for a maths lecturer from the JD?", YES, [P+"11.2"])
c("need a cartoon pic of a tractor and some sheep for an animal care worksheet, can gemini make one?", YES, [P+"11.4", FQ["images"]])
c("can i use gemini in sheets to chart course level retention and achievement rates? just totals per course, no learner names", YES, [P+"13.2"])
c("apprenticeships team: can gemini help draft our termly newsletter to employers about the off the job training changes?", YES, [P+"9.3"])
c("estates - drafting a spec and invitation to tender for new catering equipment, ok to use gemini for that?", YES, [P+"11.7"])
c("can i use gemini to make an easy read version of our published student complaints guide for the foundation learning dept", YES, [P+"13.3"])
c("teachmate - can it write model answers for a practice paper i wrote myself? and a differentiated worksheet for 'a level 2 animal care group'", YES, [P+"5.1", P+"5.2"])
c("employer contact emailed me asking for dates of the apprenticeship open day, can I use gemini to draft a reply? it'd have his name and the company in it", ["conditional", "allowed"], [P+"4.4"])
c("marketing: we'd like an ai generated image (no real people) of a student in a lab for the prospectus cover, what do we need to do?", ["conditional"], [P+"12.2", P+"11.4", P+"12.1"])
c("i'm in finance, can i use gemini to help me write a user guide for the new expenses process? internal doc, no names", YES, [P+"4.1"])
c("wrote a press release about our farm winning a regional award with gemini, can i just put it straight on the website?", ["conditional", "not_allowed"], [P+"12.1"])

# --- not allowed: tools, accounts, devices ---
c("can i use chatgpt to write a lesson plan? no student data in it", NO, [P+"3.1", P+"3.4", FQ["chatgpt"]])
c("is copilot ok for drafting my SAR section? i have microsoft 365 at home anyway", NO, [P+"3.4", P+"3.1", FQ["chatgpt"]])
c("im in student services, can i use teachmate to make a wellbeing leaflet for the freshers fair?", NO, [P+"5.4", P+"3.1", FQ["notteacher"]])
c("can i use my personal gemini (my gmail one) at home to draft a scheme of work? college laptop is in for repair", NO, [P+"14.1", P+"3.2"])
c("can i use grammarly's ai rewrite thing on my college emails", NO, [P+"3.4", P+"3.1"])
c("governor here - can i use my own chatgpt plus account to prep for the quality committee papers?", NO, [P+"3.1", P+"2.1", P+"14.1"])
c("i've put in a service desk request for padlet's ai features, can i carry on using it while they decide?", NO, [P+"3.5", FQ["newtool"]], esc=True)

# --- not allowed: data kinds ---
c("can i paste my tutor group's names and predicted grades into gemini so it writes the progress comments for me", NO, [P+"4.2", P+"11.1", P+"6.1"])
c("Learner Kayleigh Moss (DOB 14/03/2009) disclosed something to me in tutorial yesterday, can i use gemini to help me word the concern for cpoms?", NO, [P+"8.1", P+"4.3"], pii=["Kayleigh Moss", "14/03/2009"])
c("can i upload a student's EHCP to gemini to pull out the outcomes for the teaching team? i'd remove the name first", NO, [P+"8.2"])
c("apprentice progress review for Liam Birkett at Eden Valley Dairies - can gemini write up my review notes into the proper format?", NO, [P+"9.1", P+"4.2"], pii=["Liam Birkett"])
c("employer sent over their price list and customer list for an apprentice's project, can i put it in gemini to turn it into a case study for the group", NO, [P+"9.2"])
c("hr - can i use gemini to summarise the grievance investigation pack for Pete Armstrong in estates before the hearing?", NO, [P+"4.4", P+"11.1"], pii=["Pete Armstrong"])
c("finance: can gemini summarise the unpublished budget forecast and restructuring proposal for SLT?", NO, [P+"4.5"])
c("line manager here, want to upload my team's sickness absence records into gemini to spot trends", NO, [P+"4.4", P+"4.3"])
c("can i put our whole learner level attendance spreadsheet into gemini in sheets to find patterns? it has names and student numbers", NO, [P+"13.2", P+"4.2"])
c("can I use teachmate to plan a lesson for one lad in my group, i'd describe his autism and anxiety but not name him", NO, [P+"5.2", P+"4.3"])

# --- not allowed: activities ---
c("can i use gemini to mark the unit 4 assignments for my btec group? it'd save me hours", NO, [P+"6.1", P+"6.2", FQ["marking"]])
c("can teachmate's report writer do my end of term reports if i only put first names in", NO, [P+"5.3", P+"5.2"])
c("exams officer here - can i put the unreleased summer paper into gemini to make a crib sheet for invigilators?", NO, [P+"7.1"])
c("pretty sure a student used chatgpt in her coursework, can i run it through gptzero or some ai detector to check?", NO, [P+"7.2", P+"6.2"])
c("access arrangements - could gemini draft the form 8 narrative from the ed psych report?", NO, [P+"7.4", P+"4.3"])
c("one of my apprentices is short a bit of evidence, could i get gemini to write it up for their portfolio so they can go through to EPA on time?", NO, [P+"7.3"])
c("can i record my lesson and have gemini transcribe it for the learners who were absent?", NO, [P+"10.2"])
c("awarding body wants a teams call, can i let otter.ai join to take notes?", NO, [P+"10.3", P+"3.4"])
c("can i use gemini note taking during parents evening appointments or an EHCP annual review meeting?", NO, [P+"10.2", P+"8.2"])
c("we've had 40 applications for the LSA post, can gemini shortlist them for us against the person spec?", NO, [P+"11.2", P+"11.1"])
c("can gemini write the first draft of a UCAS reference for one of my A level students from my notes?", NO, [P+"11.3"])
c("for the staff xmas party slides can i use gemini to put the principal's face on a superhero lol", NO, [P+"11.4"])
c("got photos from the awards evening, can i use ai to clean up the background and make one of the students look less tired?", NO, [P+"11.4", FQ["images"]])
c("bursary panel next week - can gemini rank the hardship fund applications by need?", NO, [P+"11.1"])
c("farm manager: can i ask gemini what dose of antibiotic to give a lame ewe?", NO, [P+"11.5"])
c("could i set up gemini to automatically email parents when a learner's attendance drops below 90%?", NO, [P+"11.6"])
c("we've had 3 bids for the new MIS, can gemini compare and score them for the evaluation panel?", NO, [P+"11.7", P+"4.5"])
c("need to send a letter to Mrs Hanan Qureshi (07700 900412) about her son's attendance, she reads arabic better than english, can gemini translate it?", NO, [P+"13.4"], pii=["Hanan Qureshi", "07700 900412"])

# --- undecided / not settled ---
c("can i use gemini to suggest feedback on practice essays, not assessed, and I'd take all the names off first?", ["unsure", "not_allowed"], [P+"6.4", P+"6.2"], esc=True)
c("clerk here - can we use gemini take notes in meet for the audit committee? just the public part of the meeting", ["unsure"], [P+"10.4"], esc=True)
c("is notebooklm ok? it's google and it shows up in our workspace apps", ["not_allowed", "unsure"], [P+"3.1", P+"3.5", P+"3.2"], esc=True)
c("a teacher at another college swears by magic school ai for lesson planning, can i use it here?", ["not_allowed", "unsure"], [P+"3.1", P+"3.5", P+"3.4"], esc=True)

# --- info ---
c("who do i report a data slip to? i accidentally pasted Jordan Tweddle's ULN 4412356789 into gemini", ["info"], [P+"15.1", FQ["slip"]], pii=["Jordan Tweddle", "4412356789"])
c("how do i get a new ai tool approved?", ["info"], [P+"3.5", FQ["newtool"]])
c("who do i ask if i've got a question about the ai policy?", ["info"], [P+"16.2", FQ["ask"]])
c("do i have to do any training before i start using gemini?", ["info", "conditional"], [P+"16.3", FQ["training"]])
c("is a student number counted as learner personal data?", ["info"], [P+"4.2", FQ["lpd"]])
c("put a safeguarding note into gemini by mistake and told the DPO, do i need to tell anyone else?", ["info"], [P+"15.2"])
c("does the staff ai policy cover students using ai in their own coursework?", ["info"], [P+"2.3"])

# --- out of scope ---
c("how do i book a room in the library for tutorials next week", ["out_of_scope"], [])
c("whats the deadline for putting predicted grades into prosolution?", ["out_of_scope"], [])
c("is the staff car park open over the christmas closure", ["out_of_scope"], [])

with open("cases.jsonl", "w") as f:
    for i, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"PNC{i:03d}", **d}) + "\n")
print(len(C))
