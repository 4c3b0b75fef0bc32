import json
P = "ashgrove-ai-policy.md#"
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; NU = ["not_allowed", "unsure"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
cases = [
# plain yes
("hi, can i use copilot chat (signed in with my trust account) to draft the playhouse panto newsletter blurb? just using the show info thats already on the website", Y, ["12.1", "A.1", "5.1"], False),
("swim teacher here - want some fun games ideas for stage 3 lessons, nothing about actual kids. ok to ask copilot chat?", Y, ["8.2", "A.1"], False),
("could i get copilot to write a general leaflet on why being active helps as you get older? for the over 60s notice board, no names or anything", Y, ["7.3", "A.1"], False),
("we need a job advert for casual lifeguards at riverside for the summer, can i use copilot chat to do a first draft? hiring manager is me", Y, ["11.2", "A.1"], False),
("can i use copilot chat to translate our published swimming timetable into polish for the noticeboard at kingsmead", Y, ["15.1", "A.1"], False),
("need an excel formula to work out avg footfall per hour from the door counter totals (just numbers, no member data). copilot chat ok?", Y, ["16.1", "A.1"], False),
("planning the jan class timetable at northgate. can i use the smart timetable thing in leisurehub to suggest slots based on total attendance figures from last term?", Y, ["A.3"], False),
("we do a weekly duty managers catch up on teams, all staff, nothing about individual customers. can we switch on the teams premium recap/transcription if everyone agrees at the start?", C + ["allowed"], ["14.1", "A.2"], False),
("can i paste our draft cafe stock ordering procedure into copilot chat and ask it to tidy it up? its internal, no names in it", Y, ["5.2", "A.1"], False),
("putting together a sport england bid for the walking football programme - ok to use copilot chat to help draft it from our annual report and internal participation figures?", Y, ["17.4", "A.1"], False),
("can copilot chat help me write the spec / invitation to quote for replacing the gym treadmills? nothing confidential in it, finance manager will check it", Y, ["17.3", "A.1"], False),
("am i allowed to use copilot chat on my own phone? i'd be using the microsoft 365 app logged in with my ashgroveleisure account", Y, ["4.3"], False),
("the H&S manager has already approved our 'no diving in the shallow end' poster but the wording is clunky. can i ask copilot chat to make it clearer? she'll sign off the final version", C, ["10.3"], False),
("wanting a general template reply for complaints about the car park barrier being broken, no customer details in the prompt. copilot ok?", Y, ["13.2", "A.1"], False),
("can i make a cartoon style illustration of kids playing on a bouncy castle for the holiday camp poster using copilot chat image creator? not real people obviously", Y, ["9.4", "A.1", "12.2"], False),
("i've got the draft 27/28 budget paper for the board (confidential) - can i use copilot chat with my trust login to summarise it into key points?", Y, ["5.2", "A.1"], False),
("ok to get copilot chat to come up with some general interview questions for a swimming teacher role? not using anyones application", Y, ["11.2", "A.1"], False),
# tools not approved / accounts
("can i just use chatgpt to write our instagram posts for the gym? its only marketing stuff", N, ["A.5", "3.2"], False),
("i pay for chatgpt plus myself, can i use it for work stuff like drafting the members newsletter? saves me time", N, ["4.2", "A.5"], False),
("anyone know if perplexity is ok to use for researching pool chemical suppliers? its free", NU, ["3.2", "3.1"], True),
("is grammarly allowed? want it to check my emails to the council", N, ["A.5"], False),
("my manager has copilot in word and outlook on her laptop - the paid one. can we use that for the board report?", N, ["A.5"], False),
("want to use github copilot to help build a small python script for the till reports", N, ["A.5", "16.1"], False),
("leisurehub just got an update with an 'AI reply assistant' button for member messages. can we start using it?", N, ["3.5", "A.3"], False),
("can i use canva's magic write to do the text for the autumn programme brochure? we use canva anyway", N, ["A.4"], False),
("i'm dyslexic and use a reading/writing AI app at home, can i use it at work for my reports? its not on the list", NU, ["15.3", "3.2"], True),
# health / GP referral
("member filled in a PAR-Q with a heart condition ticked, can i pop it in copilot to see if they're ok to do the HIIT class?", N, ["5.4", "7.1"], False),
("exercise on referral: Derek Holloway, 67, type 2 diabetes and knee replacement, referred by Dr Amin at Ashgrove Medical Practice. can copilot chat design his 12 week programme? i'll take his name out", N, ["7.2", "5.4", "5.8"], False, ["Derek Holloway"]),
("a member asked what they should eat before aqua aerobics because of their blood pressure meds - can i get copilot to write an answer for them?", N, ["7.4", "5.4"], False),
("can i use copilot to write up the accident report for the slip in the changing rooms yesterday, member hurt her wrist", N, ["5.4"], False),
("can i use copilot chat to write my letter back to the GP about how a referral client has progressed, no name just initials", N, ["7.2", "5.8"], False),
# children
("end of term swim reports - Maisie Okafor (DOB 14/03/2018) and Leo Brandt in the wednesday stage 4 class. can copilot write their progress reports if i give it my notes?", N, ["8.1", "5.5"], False, ["Maisie Okafor", "14/03/2018", "Leo Brandt"]),
("could AI help decide which kids are ready to move up to stage 5? we have their distance and skills scores in a spreadsheet", N, ["8.1", "5.5"], False),
("a parent told me something worrying about her sons dad at the pool today. can i use copilot to write it up properly before i send it on", N, ["8.3"], False),
# images, video
("got loads of photos from the junior swimming gala, can i use an ai tool to brighten them and remove the background for the facebook post", N, ["9.1"], False),
("can i use canva's background remover on the staff headshots for the website", N, ["9.1", "A.4"], False),
("fun idea: make an ai video of our centre manager 'saying' happy new year for social media, using a clip of him. he's fine with it!", N, ["9.2"], False),
("someone trashed the lockers at westfield, can we put the CCTV footage into an AI to identify the person", N, ["9.3"], False),
# safety critical
("can i use the leisurehub smart timetable ai to do the lifeguard rota for half term", N, ["A.3", "10.1"], False),
("quick one - can copilot work out the chlorine dose for the teaching pool from our test readings", N, ["10.1", "10.2"], False),
("our NOP and EAP need updating for the new flume. can i get copilot chat to rewrite them and then i'll check", N, ["10.1"], False),
("need a risk assessment for the new inflatable session, is it ok to have copilot draft it as a starting point", N, ["10.1"], False),
# recruitment / HR
("we've had 140 applications for casual leisure assistants, can i get copilot to shortlist the top 20", N, ["11.1", "11.3"], False),
("can i paste Jordan Pike's CV into copilot chat to summarise it before the interview? his number is 07700 900462 if that matters", N, ["11.3", "5.6"], False, ["Jordan Pike", "07700 900462"]),
("i've got a disciplinary hearing with one of the gym instructors on thursday, can we use teams transcription to get the notes", N, ["14.2", "5.6"], False),
# marketing
("could we get copilot to write a few 5 star reviews for the new spin studio and post them as from members? just to get it going", N, ["12.3"], False),
("want to email members who haven't been in for 6 weeks with an offer - can i use leisurehub's 'members at risk of leaving' ai feature to pick them?", N, ["A.3", "12.4"], False),
# decisions / automation / customers
("customer wants a refund for a cancelled course, can i ask copilot chat whether we should give it", N, ["13.1"], False),
("thinking we could put an ai chatbot on the website to answer booking questions, can we just set one up?", NU, ["13.3", "3.1"], True),
("can we set up an AI agent that automatically cancels bookings and emails members when a class is cancelled", N, ["13.4"], False),
("member Sarah Quinn (membership no. AL-204518, sarah.quinn82@gmail.com) sent a long complaint about the showers. can i paste it into copilot chat to draft my reply?", N, ["13.2", "5.3"], False, ["Sarah Quinn", "AL-204518", "sarah.quinn82@gmail.com"]),
("got an email from a member in portuguese about their direct debit, can i use copilot to translate it", N, ["15.2", "5.3"], False),
("can i paste an export of the membership list from leisurehub into copilot chat to find duplicate records", N, ["16.2", "5.3"], False),
# meetings / legal / procurement
("is otter ok for taking notes in our team meeting? it joins automatically", N, ["14.4", "A.5"], False),
("can copilot help me understand what the management agreement with the council says about who pays for the roof repairs", N, ["17.1"], False),
("we've got 4 tenders back for the cafe contract, can copilot score them against our criteria", N, ["17.2"], False),
# undecided / unsettled
("a couple of casual applicants clearly used chatgpt on their application forms. can we mark them down or reject them for it?", U, ["11.4"], True),
("we have a monthly meeting with the council's sports development officers on teams - can we turn on the AI recap for that?", U, ["14.3"], True),
("for the new swim school advert video, can we use an AI generated voiceover? not copying anyone's voice, just a stock AI voice", U, ["12.5"], True),
("a touring company coming to the playhouse wants to use AI generated projections in their show. do we need to approve that or anything?", U, [], True),
("a member asked if they can wear their meta ai smart glasses in the gym to record their workouts - what do i tell them?", U, [], True),
# info
("oops i think i pasted a member's details (Tom Reyes, 07700 900118, the one who fell off the climbing wall) into chatgpt by accident. who do i tell?", I, ["18.1"], False, ["Tom Reyes", "07700 900118"]),
("how do i ask for a new AI tool to be approved?", I, ["3.3", "3.1"], False),
("which AI tools are we actually allowed to use at the trust?", I, ["A.1", "A.5", "3.1"], False),
("do i need to do any training before i use copilot chat?", I + ["conditional"], ["3.6"], False),
("do we need to label AI images we post on instagram?", I + ["conditional"], ["12.2"], False),
("who's in charge of the AI policy?", I, ["19.1", "1.5"], False),
# out of scope
("how many days annual leave do casual staff get?", O, [], False),
("whats the right pool temperature for aqua natal classes?", O, [], False),
]
with open("cases.jsonl", "w") as f:
    for n, c in enumerate(cases, 1):
        q, v, cl, esc = c[:4]
        d = {"id": f"ALT{n:03d}", "question": q, "verdict": v, "clauses": [P + x for x in cl], "escalate": esc}
        if len(c) > 4:
            d["pii"] = c[4]
        f.write(json.dumps(d) + "\n")
print(len(cases))
