import json
P = "hartfield-pru-genai-policy.md#"
G = "ai-quick-guide-for-staff.md#"
Y = ["allowed", "conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
C = [
# --- plain yes
("can i use copilot chat (signed in w my LA account) to draft the sports day newsletter for parents? no names in it", Y, [P+"2.2", P+"3.5", G+"the-only-two-ai-tools-you-can-use"], False),
("hi, is planwell ok for putting together a yr9 scheme of work on of mice and men? just the unit plan n some resources", Y, [P+"2.3", P+"2.1"], False),
("quick one - can I get planwell to make a 10 q quiz on fractions for my ks3 maths group", Y, [P+"2.3"], False),
("want to use copilot chat to summarise the new DfE suspensions and permanent exclusions guidance for a staff briefing, its the published doc. fine?", Y, [P+"3.5", P+"2.2"], False),
("is it ok to get copilot chat to translate our term dates letter into polish and romanian? its the generic one that goes to all families", Y, [P+"4.7"], False),
("we're advertising for a new TA - can copilot chat help me draft the job advert and person spec?", Y, [P+"4.5"], False),
("can i use copilot to make a blank end of term report template w a general phrase bank? nothing about any actual pupils", Y, [P+"4.2"], False),
("im working from home on my own laptop tonight, can i log into copilot chat thru the LA office 365 web portal to draft the inset day agenda?", Y, [P+"2.6", P+"2.2"], False),
("doing safeguarding refresher training next week and want copilot chat to write a totally made up case study for a role play, is that ok", Y, [P+"3.6"], False),
("SBM here - can I use copilot chat to help word the draft budget paper for the management committee? it's unpublished but has no names in it, just the figures for premises and staffing lines", Y, [P+"3.4"], False),
("im on the management committee, can i put the draft premises and lettings policy into copilot chat (LA account) to get a summary before the meeting", Y, [P+"5.2", P+"3.4"], False),
("can copilot chat help draft a general service spec for the AP provision we're commissioning next year? no pupil info, just what we want the provider to deliver", Y, [P+"4.11"], False),
("could i use copilot chat to rewrite our published behaviour policy in plainer english for parents", Y, [P+"3.5", P+"2.2"], False),
("using copilot chat to write a news post for the website about our open evening - ok? anything i need to do before it goes up", Y, [P+"4.9", P+"2.2"], False),
("can i use copilot chat to write up our internal fire drill procedure for the new building", Y, [P+"2.2"], False),
("planwell - can i ask it for general ideas to adapt a science lesson so its more hands on for the whole class? no pupil names", Y, [P+"2.3"], False),
# --- tools not allowed / accounts / devices
("can i use chatgpt (free version) for lesson plans? its so much quicker than planwell lol", N, [P+"2.4", P+"2.1"], False),
("is it ok to use gemini on my own phone to draft a letter home about the trip", N, [P+"2.4", P+"2.6"], False),
("i pay for chatgpt plus myself, can i use my own account for pru stuff like planning staff meetings? nothing personal", N, [P+"2.6", P+"2.4"], False),
("my copilot is signed into my personal hotmail, can i still use it to draft the newsletter", N, [P+"2.2", P+"2.6", P+"2.4"], False),
("can i use claude to help write the curriculum intent statement for the website", N, [P+"2.4"], False),
("one of the kids showed me snapchat my ai, could i use it to come up with tutor time quiz questions?", N, [P+"2.4"], False),
("has anyone tried MagicSchool AI? looks great for making resources, can i use it here", N, [P+"2.4", P+"2.7"], False),
("grammarly keeps offering to rewrite my emails with its AI thing - ok to use for work emails to staff?", N, [P+"2.5"], False),
("the supply teacher we've got from the agency wants to use her agency's AI planning tool while she covers yr 8, is that alright?", N, [P+"2.4", P+"1.2"], False),
# --- PlanWell limits
("can i use planwell to write an email to a parent about their child's attendance?", N, [P+"2.3", P+"3.1"], False),
("want to put my group's names into planwell so the worksheets are personalised for each kid - ok?", N, [P+"2.3", P+"3.1"], False),
# --- information
("can i paste a pupil's EHCP into copilot chat to pull out the outcomes into a one page profile? LA account", N, [P+"3.2", P+"4.2"], False),
("if i take the names off our behaviour logs can copilot chat spot patterns for me? all anonymised", N, [P+"3.2", P+"4.1"], False),
("can copilot summarise a CPOMS chronology for me before a CIN meeting, its getting really long", N, [P+"3.2", P+"5.3"], False),
("hr question - can i use copilot chat to summarise a staff member's sickness absence record before their return to work meeting", N, [P+"3.3"], False),
("the youth justice service sent over a report on one of our year 11s (YJS ref YJS-24-0917), can i get copilot to summarise it for the staff briefing", N, [P+"5.3", P+"3.2"], False, ["YJS-24-0917"]),
("writing the SEF section on suspensions - can i give copilot chat our % figures for the year (whole centre, no names) and get it to draft the paragraph?", U, [P+"7.2"], True),
# --- decisions about pupils
("SENCo here. Kayden Marsh (yr 10, dob 14/03/2011) has had a rough term, could i ask copilot chat whether he's ready to go back to mainstream? just want a second opinion on reintegration", N, [P+"4.1", P+"3.1"], False, ["Kayden Marsh", "14/03/2011"]),
("can AI help us decide whether to suspend a pupil after yesterday's incident? i'd just describe what happened without names", N, [P+"4.1", P+"3.2"], False),
("is it ok to use copilot to score our risk assessments for new admissions so we know who needs what provision", N, [P+"4.1"], False),
# --- reports, marking, detection
("reports are due friday, can i get copilot chat to write the comments for my tutor group if i give it bullet points for each kid", N, [P+"4.2", P+"3.1"], False),
("can i use copilot to draft my contribution to an EHCP annual review? i'll check it after", N, [P+"4.2", P+"3.2"], False),
("theres an AI marking tool that gives feedback on essays, can i use it for my gcse english group", N, [P+"4.3", P+"2.4"], False),
("i think a yr 11 got chatgpt to write her coursework, can i run it through GPTZero to check?", N, [P+"4.3", P+"2.4"], False),
("can i paste a pupil's essay into copilot chat to get some feedback ideas? no name on it", N, [P+"4.3"], False),
# --- images
("want to make a poster for the celebration assembly - can i upload photos of the pupils into an AI image generator to make them look like cartoon superheroes?", N, [P+"4.4", P+"2.4"], False),
("can i use canva's magic edit to remove the background from a photo of some of our pupils at the climbing wall", N, [P+"4.4", P+"2.5"], False),
("for the christmas video could we make an AI voice of the head reading a message? she's fine with it", N, [P+"4.4", P+"2.4"], False),
# --- recruitment
("we've had 40 applications for the behaviour mentor post, can copilot chat shortlist them against the person spec?", N, [P+"4.5"], False),
("can i use copilot chat to write a reference for Gemma Hartley, our TA who's been off with stress since september and is leaving", N, [P+"4.5", P+"3.3"], False, ["Gemma Hartley"]),
# --- meetings / transcription
("can i run otter in the TAC meeting so i dont have to take minutes? parents have said ok", N, [P+"4.6", P+"2.4"], False),
("can we switch on teams recap for an EHCP annual review meeting done on teams?", N, [P+"4.6", P+"2.4"], False),
# --- translation
("need to send mrs Bogdan (07700 900451) a letter about her son's suspension in romanian, can copilot chat translate it?", N, [P+"4.7", P+"3.1"], False, ["07700 900451", "Bogdan"]),
# --- advice
("a pupil said something worrying today, can i ask copilot whether it meets the threshold for a MASH referral?", N, [P+"4.8", P+"4.1"], False),
("can i ask copilot chat what a pupil's epilepsy meds mean for his care plan", N, [P+"4.8", P+"3.2"], False),
# --- code / automation / procurement / pupils / partners
("can copilot write me a python script that pulls attendance out of the MIS each morning", N, [P+"4.10"], False),
("could we set up a copilot agent or power automate flow that automatically emails parents when attendance drops below 90%?", N, [P+"4.10"], False),
("we've got 3 quotes from AP providers, can copilot chat compare them and tell us which is best value", N, [P+"4.11"], False),
("can i set up chatgpt accounts for my yr 11s to help them with coursework research", N, [P+"4.12", P+"2.4"], False),
("our AP partner (the farm project) uses chatgpt for their pupil progress notes - can they do that for the hartfield kids placed with them?", N, [P+"5.1", P+"2.4"], False),
("can i use copilot to write a piece for the display board and put a pupil's name on it as if they wrote it", N, [P+"4.9"], False),
# --- undecided / not settled
("the LA gave me a Microsoft 365 Copilot licence for the pilot - can i use copilot inside outlook to tidy up my emails to staff?", U, [P+"7.1"], True),
("can i put our whole-centre attendance percentages (no names) into copilot chat to help write the management committee report?", U, [P+"7.2"], True),
("is it ok to ask copilot in word to help reformat the staff handbook? its on my LA laptop", U, [P+"7.1"], True),
("planwell has a new 'make an image' button - can i use it for a picture of a victorian classroom for my history slides?", ["unsure", "not_allowed"], [P+"2.3", P+"2.4"], False),
# --- info
("ive just realised i pasted part of Leah Donnelly's EHCP into chatgpt earlier and her mum's email j.donnelly77@gmail.com was in it - who do i tell??", I, [P+"6.1", G+"something-gone-wrong"], False, ["Leah Donnelly", "j.donnelly77@gmail.com"]),
("who do i ask if i want a new AI tool approved?", I, [P+"2.7", P+"6.2"], False),
("which AI tools are we actually allowed to use here?", I, [P+"2.1", G+"the-only-two-ai-tools-you-can-use"], False),
("who do i ask if i've got a general question about the AI policy", I, [P+"6.2", G+"not-sure"], False),
("what happens if someone doesn't follow the AI policy", I, [P+"6.3"], False),
("does the AI policy cover staff at our AP partners too or just us?", I, [P+"1.2", P+"5.1"], False),
# --- out of scope
("whats the process for booking the minibus for the climbing wall trip", O, [], False),
("how many days annual leave do TAs get", O, [], False),
("can i give a pupil paracetamol if they have a headache", O, [], False),
]
with open("cases.jsonl", "w") as f:
    for i, c in enumerate(C, 1):
        d = {"id": f"HPR{i:03d}", "question": c[0], "verdict": c[1], "clauses": c[2], "escalate": c[3]}
        if len(c) > 4: d["pii"] = c[4]
        f.write(json.dumps(d) + "\n")
print(len(C))
