import json
P="wptp-generative-ai-policy.md#"; R="wptp-ai-tools-register.csv#"; F="wptp-ai-staff-faq.md#"
Y=["allowed","conditional"]; C=["conditional"]; N=["not_allowed"]; U=["unsure"]; I=["info"]; O=["out_of_scope"]
cases=[
# --- ordinary permitted work (yes) ---
("can i use copilot chat to summarise the draft bus service improvement plan before it goes to board? its internal only atm", Y, [R+"Microsoft 365 Copilot Chat",P+"5.2"], False),
("hiya, want to get copilot to rewrite our internal procedure for issuing replacement passes so its easier to follow. no customer info in it. ok?", Y, [R+"Microsoft 365 Copilot Chat",P+"5.2"], False),
("is it ok to use copilot chat to draft a press release about the new X41 timetable? all the info is going public next week anyway", Y, [R+"Microsoft 365 Copilot Chat",P+"5.1",P+"9.3"], False),
("network planning here - can we run the autumn timetable change through routewise to get some scheduling options for the 500 corridor?", C, [R+"RouteWise Planner",P+"8.8"], False),
("im a dev in highways data, can i use github copilot to help write a python script that cleans up the traffic count csvs? no personal data in them", C, [R+"GitHub Copilot",P+"8.6"], False),
("contact centre team leader - can my advisors use clearvoice to transcribe the recorded calls about lost property? callers get the recording message", C, [R+"ClearVoice Contact Transcribe",P+"8.4"], False),
("can i turn on teams transcription for our monthly project board meeting? i'm the organiser", C, [R+"Microsoft Teams transcription",P+"8.3"], False),
("travel info team: want copilot to draft tomorrow's roadworks disruption notice for the A58, i'll get Jo in travel info to approve it before it goes live. fine?", C, [P+"9.2",F+"can-i-use-ai-to-write-a-disruption-notice",R+"Microsoft 365 Copilot Chat"], False),
("could i get copilot to do a first draft polish translation of the published timetable change leaflet? we'd get it checked before it goes out", C, [P+"8.5",R+"Microsoft 365 Copilot Chat"], False),
("recruiting manager - can I use copilot chat to write the job advert for a data analyst post? just the role and duties", C, [P+"6.4",R+"Microsoft 365 Copilot Chat"], False),
("procurement officer, can copilot help me draft the spec for the new real time information screens tender? nothing commercial in it, our lead will review", C, [P+"8.1",R+"Microsoft 365 Copilot Chat"], False),
("comms - can we use firefly to make an illustration of a bus stop in the rain for the winter travel campaign? no people in it", C, [R+"Adobe Firefly",P+"7.2"], False),
("can copilot chat turn my rough notes from our internal team catch up into tidy actions? no names beyond first names of the team and nothing sensitive", Y, [R+"Microsoft 365 Copilot Chat",P+"5.2",P+"5.3"], False),
("ok to use copilot to make a chart summary of the published quarterly patronage figures for my team brief?", Y, [P+"5.1",R+"Microsoft 365 Copilot Chat"], False),
("can i use copilot chat on my personal phone if i go through the wptp teams app with my work login?", C, [P+"4.2",F+"can-i-use-copilot-chat-on-my-own-phone"], False),
("customer relations: can i put a complaint email into copilot to help me draft a reply if i take the persons name and pass number out first", C, [P+"5.3",R+"Microsoft 365 Copilot Chat"], False),
# --- tools not allowed / prohibited ---
("can i use chatgpt free to reword our published fares leaflet? its all public info", N, [R+"ChatGPT (free version)",P+"3.2",F+"can-i-use-chatgpt-if-i-only-paste-in-public-information"], False),
("is deepseek ok for brainstorming names for the new bus network brand", N, [R+"DeepSeek",P+"3.2"], False),
("my manager wants me to use otter ai to take the minutes at the operators liaison meeting, is that allowed", N, [R+"Otter.ai",P+"8.3"], False),
("an operator turned up to our teams call with their fireflies notetaker bot, i'm chairing, can i let it stay in?", N, [P+"8.3",F+"can-i-let-an-ai-note-taker-join-my-meeting"], False),
("im in bus services not network planning, can i borrow kev's routewise login to try some options for the 22 route", N, [P+"3.5",R+"RouteWise Planner"], False),
("finance team here - can we use clearvoice to transcribe our internal budget calls?", N, [P+"3.5",R+"ClearVoice Contact Transcribe"], False),
("can i use github copilot to write excel macros for the concessionary team? i'm a finance analyst", N, [R+"GitHub Copilot",P+"3.5"], False),
("im in hr, can i use adobe firefly to make a graphic for the staff newsletter", N, [R+"Adobe Firefly",P+"3.5"], False),
# --- unlisted tools -> need DGB approval ---
("can i use claude to help me write a report on bus punctuality? only published stats", N+U, [P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register"], True),
("has anyone checked if google gemini is ok? want to use it for drafting internal emails", N+U, [P+"3.3"], True),
("our ticketing supplier just switched on an 'AI assistant' in the back office system, can we start using it for queries?", N+U, [P+"3.4",P+"3.3"], True),
("can i install the grammarly ai chrome extension on my work laptop", N+U, [P+"4.3",P+"3.3"], True),
("is perplexity allowed? its for looking up how other authorities did bus franchising", N+U, [P+"3.3"], True),
# --- accounts & devices ---
("can i use copilot with my personal microsoft account at home to finish a board report draft? my work login keeps timing out", N, [P+"4.1"], False),
("i've got chatgpt plus on my own phone, can i paste the draft network review into it on the train", N, [P+"4.2",P+"4.1",R+"ChatGPT (free version)"], False),
# --- data kinds ---
("can i put the medical evidence from a disabled persons pass application into copilot to summarise it? it's a long gp letter", N, [P+"5.4",P+"6.2"], False),
("want to paste the list of under 16 pass applicants from st marys school into copilot to check for duplicates", N, [P+"5.5"], False),
("I'm managing Dave Kershaw who's been off sick 3 times this year with his back, can I put his absence record into copilot to draft the stage 1 letter?", N, [P+"5.6"], False),
("can copilot compare the two operator bids for the 36 franchise lot? just want a quick summary of the prices", N, [P+"5.7",P+"8.1"], False),
("can i put the exempt part 2 board paper on depot acquisition into copilot to do an exec summary", N, [P+"5.8"], False),
("security team - can we upload the depot control room layout into copilot to help write the new access procedure", N, [P+"5.8"], False),
("can i paste a passenger's email that mentions their religion and why they need a particular stop into copilot", N, [P+"5.4"], False),
("can i use copilot on the school transport route list for next term, it has kids names and home stops", N, [P+"5.5"], False),
# --- decisions about people ---
("pass team: can we use copilot to decide if applicants meet the disabled persons pass criteria? would save loads of time", N, [P+"6.2",P+"6.1"], False),
("could ai score penalty fare appeals as uphold or reject, then we just check them", N, [P+"6.3",F+"can-i-use-ai-to-help-with-a-concessionary-pass-or-penalty-fare-appeal-case"], False),
("can copilot draft the outcome letter for Mrs Helen Ashworth's penalty fare appeal, ref PFA-2026-0412? her email is h.ashworth62@gmail.com", N, [P+"6.3"], False),
("can i use copilot to shortlist the 80 applications for the customer service adviser roles", N, [P+"6.4"], False),
("can ai recommend which refund claims to pay after the tram strike?", N, [P+"6.3",P+"6.1"], False),
# --- images ---
("can we make an ai image of driver Sandra from the 409 depot waving for the driver recruitment campaign? she said she doesn't mind", N, [P+"7.1"], False),
("can i run cctv stills from the interchange through an ai tool to enhance the faces for an incident report", N, [P+"7.3",P+"7.1"], False),
("can i use ai to edit a photo of passengers at the bus station to remove someone in the background", N, [P+"7.1"], False),
# --- other activities ---
("can i rely on copilot's answer about whether we can make a TRO on the high street or do i need legal", N, [P+"8.2"], False),
("can we hook copilot up to the journey planner so it updates live timetables automatically when operators email changes", N, [P+"8.7"], False),
("can routewise push its schedule straight to operators without a planner looking at it, its usually right", N, [P+"8.8",P+"8.7"], False),
("can we post an ai written tweet about the snow diversions straight away without waiting for travel info to check, its urgent", N, [P+"9.2"], False),
("can i put our database connection string into github copilot chat so it can fix my query", N, [P+"8.6"], False),
("if copilot writes most of the new accessibility page for the website do we need to say so?", C+I, [P+"9.3"], False),
("can i send an ai translated refund letter to a customer in urdu without anyone checking it", N, [P+"8.5"], False),
# --- undecided ---
("can i use copilot to theme the free text comments from the bus passenger survey? no names in it", U, [P+"10.1",F+"can-i-use-ai-to-analyse-consultation-responses"], True),
("want to analyse 2000 responses to the fares consultation with ai, allowed?", U, [P+"10.1"], True),
("could we use an ai synthetic voice for the next stop announcements on franchised buses", U, [P+"10.2"], True),
# --- not settled by policy ---
("is it ok to use ai generated music in the background of our promo video for the new bus network", U+N, [P+"3.3",P+"7.2"], True),
# --- info ---
("who do i report to if i accidentally pasted a pass holder's details into chatgpt", I, [P+"11.1",F+"i-think-i-put-the-wrong-information-into-an-ai-tool-what-do-i-do"], False),
("how do i get a new ai tool approved", I, [P+"11.3",P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register"], False),
("who's the dpo for wptp? need advice on a dpia for an ai tool", I, [P+"11.4"], False),
("who do I ask if I've got a general question about the ai policy", I, [P+"11.2"], False),
("what counts as special category data under our ai policy", I, [P+"2.4",P+"5.4"], False),
# --- out of scope ---
("how do i claim my travel expenses for the regional conference", O, [], False),
("what time does the canteen at the main office close on fridays", O, [], False),
("can i book annual leave over christmas if my team is short staffed", O, [], False),
# --- pii heavy ---
("can i put my colleague Farhan Qureshi's disciplinary notes (NI number QQ 12 34 56 C) into copilot to write a timeline for the hearing?", N, [P+"5.6"], False),
("customer Mr Gary Pilling, DOB 14/03/1951, pass no 633597 0012 4471 rang about a refused renewal - can clearvoice transcribe his call and copilot say if he qualifies?", N, [P+"6.2",P+"6.1"], False),
("can i paste the complaint from 07700 900482 (Ms Lorna Briggs, lorna.briggs@outlook.com) about a driver into chatgpt to draft a reply", N, [R+"ChatGPT (free version)",P+"3.2"], False),
]
pii={
 "Dave Kershaw":["Dave Kershaw"],
 "Helen Ashworth":["Helen Ashworth","PFA-2026-0412","h.ashworth62@gmail.com"],
 "Farhan Qureshi":["Farhan Qureshi","QQ 12 34 56 C"],
 "Gary Pilling":["Gary Pilling","14/03/1951","633597 0012 4471"],
 "Lorna Briggs":["Lorna Briggs","07700 900482","lorna.briggs@outlook.com"],
}
with open("cases.jsonl","w") as f:
    for i,(q,v,c,e) in enumerate(cases,1):
        d={"id":f"WPT{i:03d}","question":q,"verdict":v,"clauses":c,"escalate":e}
        for k,p in pii.items():
            if k in q: d["pii"]=p
        f.write(json.dumps(d)+"\n")
print(len(cases))
