import json
P = "fdlt-generative-ai-policy.md#"; F = "ai-staff-faq.md#"
Y = ["allowed", "conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
C = [
# plain yes
("hi can i use gemini to plan a yr4 fractions lesson? using my school google account", Y, [P+"4.1", P+"3.2"], False),
("is aila (the oak one) ok for putting together a ks3 science lesson on photosynthesis + a few worksheets", Y, [P+"4.2"], False),
("want to get gemini to draft the xmas fair bit of the newsletter, no names just dates and what stalls we've got. thats fine right?", Y, [P+"4.1", P+"5.4"], False),
("could i use gemini to summarise the new KCSIE guidance for a staff briefing? its the published dfe doc", Y, [P+"5.4", P+"4.1"], False),
("writing success criteria and a generic mark scheme for yr6 persuasive writing - can gemini do a first draft? no kids work going in", Y, [P+"7.1"], False),
("reports season again :( can i get gemini to give me a bank of sentence starters for maths comments? wont put any names or marks in", Y, [P+"7.2", F+"can-i-use-ai-to-help-write-end-of-year-reports"], False),
("HR question - can I use gemini to draft the job advert and person spec for a new TA post at Lydney?", Y, [P+"7.4"], False),
("im doing a romans display, can gemini make me some pics of roman soldiers and a villa? obv not real people", Y, [P+"7.5", P+"6.4", F+"can-i-use-ai-to-make-pictures-for-displays-and-worksheets"], False),
("we have a lot of polish families. can i use gemini to translate the general letter about the yr3 trip to polish? its the same letter everyone gets, no names, and magda in the office speaks polish and could check it", Y, [P+"7.8"], False),
("can i ask gemini to make a reading text simpler for kids who struggle with decoding? not naming anyone just general", Y, [F+"can-i-use-ai-to-adapt-resources-for-pupils-with-send", P+"5.2"], False),
("working from home tonight on my own laptop - is it ok to use gemini in chrome if im logged into my fodlt account? 2 step is on", Y, [P+"3.5", F+"can-i-use-gemini-on-my-phone-or-home-laptop"], False),
("can gemini help me draft our new school uniform policy? its just an internal draft for governors, nothing personal in it", Y, [P+"5.4", P+"4.1"], False),
("quick one - 20 question quiz on the tudors for yr9 using gemini, fine?", Y, [P+"4.1"], False),
("i want to tell gemini i've got 'a mixed yr5 class of 28 with a wide range of reading ages' so it can pitch the lesson. is that ok or is that pupil data??", Y, [P+"5.2"], False),
("drafted the sports day letter to parents in gemini, i'll read it through and the head signs off letters as normal. ok to do it that way?", Y, [P+"6.3"], False),
("can i use gemini to write a risk assessment for the yr6 trip to puzzlewood? generic hazards, no pupil names or medical stuff", Y, [P+"4.1", P+"5.4"], False),
("gemini wrote me a sheets formula to work out the lunch menu costs. can i use it? tested it on a dummy sheet first", Y, [P+"6.5"], False),
# tools not approved / accounts / devices
("can i use chatgpt if i dont put any names in? its just for lesson ideas", N, [P+"4.3", F+"can-i-use-chatgpt-if-i-don-t-put-any-names-in", P+"3.1"], False),
("i pay for chatgpt plus myself, can i use it at home to plan my year 8 english lessons", N, [P+"3.4", P+"4.3"], False),
("is microsoft copilot ok for drafting emails? i have it on my own laptop", N, [P+"4.3", P+"3.4"], False),
("can i use the magic write thing in canva to do the text for our open evening poster", N, [P+"4.3"], False),
("i use my personal gmail gemini for everything, can i carry on using it for planning if i dont use kids names", N, [P+"3.4", F+"can-i-use-chatgpt-if-i-don-t-put-any-names-in"], False),
("is it ok to install the gemini app on my own phone so i can do planning on the bus", N, [P+"3.5", F+"can-i-use-gemini-on-my-phone-or-home-laptop"], False),
("a friend at another school uses magicschool ai for differentiating worksheets - can i just start using it? looks really good", ["not_allowed", "unsure"], [P+"3.1", P+"3.3", P+"4.3"], True),
("our SENCO wants to trial an ai tool called 'PlanSmart' for provision maps next term, can we sign up for the free trial while we wait for the dpo", N, [P+"3.3", P+"3.1"], True),
("ict lead here - arbor has a new AI assistant feature, can i switch it on for our school?", N, [P+"4.4"], True),
("just started as an ect, havent done the ai training yet - can i use gemini for planning this week?", ["not_allowed", "conditional"], [P+"10.1", P+"4.1"], False),
("can i use aila to write a letter home to parents about homework?", N, [P+"4.2"], False),
# information kinds
("can i paste my yr6 sats practice results with names into gemini sheets to get it to find who needs intervention", N, [P+"5.1", P+"7.3"], False),
("I need to write a letter about Jayden Morris (dob 14/03/2015) who has an EHCP for autism and ADHD, can gemini help me word it nicely for mum", N, [P+"5.1", P+"7.2"], False),
("can i put a kids ehcp into gemini to summarise the outcomes into a one page profile? i'd take the name off", N, [P+"5.1", P+"5.2", P+"7.2"], False),
("if i take the name off is it ok to ask gemini for ideas for 'the only yr6 girl in our class with type 1 diabetes who is struggling after her dad left'? tiny school btw", N, [P+"5.2", P+"5.1"], False),
("DSL here. could i get gemini to summarise a long chain of cpoms notes for a child so I can prep for a strategy meeting? ref CP-2026-0412", N, [P+"5.1", P+"7.3"], False),
("Dan Hughes in science is off with stress for 3 weeks now, can i get gemini to draft his return to work meeting letter? im his HoD", N, [P+"5.1"], False),
("had a complaint from a parent, mrs kaur (priya.kaur@gmail.com, 07700 900123), can i paste her email into gemini and get it to draft a calm reply", N, [P+"5.1", P+"9.1"], False),
("gemini in gmail has a summarise button - can i use it on the long email thread from a parent about their child's bullying?", N, [P+"5.1"], False),
("business manager - can i upload our 3 year budget forecast into gemini to spot savings? it hasn't gone to trustees yet", N, [P+"5.3"], False),
("can i paste our yr11 mock paper into gemini to make a mark scheme, the kids sit it next week", N, [P+"5.3"], False),
("can i upload the whole cgp revision guide pdf to gemini so it makes quizzes from it", ["not_allowed", "conditional"], [P+"6.2"], False),
("can i put pupil UPN A123456789012 and their attendance into gemini to write the attendance letter", N, [P+"5.1", P+"7.3"], False),
# activities
("can i get gemini to mark my yr10 english mock essays? i'd scan them in, saves me a whole weekend", N, [P+"7.1", P+"5.1"], False),
("can gemini write the end of year reports if i give it each childs levels and a few notes? i'd check them all", N, [P+"7.2", F+"can-i-use-ai-to-help-write-end-of-year-reports"], False),
("deputy head here, we are deciding whether to suspend a yr9 boy. could i ask gemini to weigh up the evidence and give a recommendation, no name used", N, [P+"7.3"], False),
("we had 60 applications for the business manager job, can gemini shortlist the CVs against the person spec?", N, [P+"7.4", P+"7.3"], False),
("can i put my interview notes into gemini to tidy them up for the panel", N, [P+"7.4"], False),
("the kids would love it if i turned their class photo into cartoon avatars with ai for the leavers book, parents have all signed photo consent. ok?", N, [P+"7.5"], False),
("can we use ai to make a funny video of the head dancing for the staff panto? he's agreed to it", N, [P+"7.5"], False),
("can i use otter to record and transcribe my parents evening meetings so i dont have to take notes", N, [P+"7.6"], False),
("SEND annual review tomorrow, can i turn on an ai notetaker so i can focus on the family?", N, [P+"7.6"], False),
("is it ok to use gemini live translation in a meeting with a romanian family about their son's SEND support instead of booking an interpreter", N, [P+"7.8"], False),
("child having what looks like an allergic reaction at lunch, quick can i ask gemini what to do", N, [P+"7.7"], False),
("can i rely on gemini to tell me whether we legally have to give a dad access to his kids school records? parents are separated", ["not_allowed", "conditional"], [P+"7.7"], False),
("can i set up a gemini agent to reply to parent emails in the office inbox automatically out of hours", N, [P+"6.6", P+"6.3", P+"5.1"], False),
("gemini wrote me an apps script that reads our arbor export and emails parents the attendance letters. can i just run it?", ["conditional", "not_allowed"], [P+"6.5", P+"6.6"], False),
("do i have to put 'made with ai' on newsletter text that gemini helped write? i checked it all", ["info", "allowed", "conditional"], [P+"6.4"], False),
# undecided / unsettled
("can we turn on 'take notes for me' in google meet for our dept meetings? no kids or personal stuff discussed", U, [P+"8.1", P+"7.6"], True),
("we have a trainee from glos uni on placement, she uses copilot through her uni account for planning the lessons she teaches here, is that allowed?", U, [P+"8.2"], True),
("our supply teacher from the agency has the agency's own ai planner, can he use it for the cover lessons he's teaching us this week", U, [P+"8.2"], True),
("our PTA (separate charity) wants to use chatgpt to write the summer fair raffle posters - does the trust ai policy even apply to them?", ["unsure"], [P+"1.2"], True),
# info
("help!! i pasted a kids name and behaviour notes into gemini by accident. who do i tell?", I, [P+"9.1", F+"i-have-put-pupil-information-into-an-ai-tool-by-mistake-what-should-i-do"], False),
("how do i get a new ai tool approved?", I, [P+"3.3", F+"how-do-i-ask-for-a-new-tool-to-be-approved"], False),
("how long does the dpo take to approve a tool request", I, [P+"3.3"], False),
("which ai tools are we actually allowed to use at the moment", I, [P+"4", F+"which-ai-tools-am-i-allowed-to-use"], False),
("who is the trusts DPO and how do i contact them", I, [P+"2.1", F+"who-can-i-ask-about-this-policy"], False),
("some yr9s are sharing an ai fake picture of a teacher on snapchat, what do i do", I, [P+"9.2"], False),
("does this ai policy cover pupils using chatgpt for homework?", I + O, [P+"1.3", F+"can-pupils-use-ai-in-lessons-or-for-homework"], False),
# out of scope
("how do i book the trust minibus for the yr6 residential", O, [], False),
("when are the inset days next term?", O, [], False),
("whats the procedure for reporting a broken interactive whiteboard", O, [], False),
]
PII = {
 "Jayden Morris": ["Jayden Morris", "14/03/2015"],
 "CP-2026-0412": ["CP-2026-0412"],
 "Dan Hughes": ["Dan Hughes"],
 "priya.kaur": ["priya.kaur@gmail.com", "07700 900123"],
 "A123456789012": ["A123456789012"],
}
with open("cases.jsonl", "w") as f:
    for i, (q, v, cl, esc) in enumerate(C, 1):
        d = {"id": f"FDM{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        for k, p in PII.items():
            if k in q: d["pii"] = p
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
