import json
P="twfrs-genai-policy.md#"; R="twfrs-ai-tools-register.csv#"; F="twfrs-ai-staff-faq.md#"
Y=["allowed","conditional"]; N=["not_allowed"]; U=["unsure"]; I=["info"]; O=["out_of_scope"]
C=[
# --- plain yes ---
("can i use copilot chat to tidy up a draft station newsletter? its just the watch news, charity car wash etc, nothing personal", Y, [P+"4.2",R+"Microsoft 365 Copilot Chat",P+"3.1"], False),
("wm here. want copilot to boil the published CRMP down into a 1 page brief for my watch, ok?", Y, [P+"4.1",R+"Microsoft 365 Copilot Chat",P+"3.1"], False),
("writing up the hot debrief from saturdays house fire, ive taken out the occupiers names and the address. can i get copilot chat to turn my notes into the debrief template", Y, [P+"5.1",F+"can-i-put-incident-details-into-copilot-to-help-write-a-debrief"], False),
("training centre - want to use copilot to help write a generic high rise exercise scenario, made up building, nothing from a real job or real SSRI. fine?", Y, [P+"5.3"], False),
("im an authorised fire safety inspector. can i use protection assist to draft the wording of an alterations notice cover letter? ill check it against my audit before it goes out", Y, [P+"7.2",R+"Protection Assist"], False),
("control room supervisor here, can i run last weeks 999 calls through control room transcribe for the call handling QA audit", Y, [P+"6.2",R+"Control Room Transcribe",P+"6.1"], False),
("going to turn on teams transcription + recap for our station managers planning meeting on thursday, ill tell everyone at the start. ok?", Y, [P+"11.1",R+"Microsoft Teams transcription and intelligent recap",F+"can-i-record-and-transcribe-a-teams-meeting"], False),
("hr recruitment team - can we use copilot to draft the advert and role profile for the on-call firefighter campaign", Y, [P+"9.4"], False),
("need a picture of a chip pan fire in a generic kitchen for a training powerpoint, no people in it. can i make it in adobe firefly", Y, [P+"10.3",R+"Adobe Firefly"], False),
("can i put our published smoke alarm leaflet through deepl to get a polish version? we have a polish speaking firefighter at blue watch who can check it before it goes out", Y, [P+"12.3",R+"DeepL Pro"], False),
("ict dev here, ok to use github copilot in vs code for a powershell script that tidies AD groups? no passwords or live data in the prompts and it'll get peer reviewed", Y, [P+"13.3",R+"GitHub Copilot Business"], False),
("procurement q: can i use copilot chat to help draft the spec and evaluation criteria for the new structural PPE contract? its from our own requirements doc, nothing from suppliers", Y, [P+"13.2"], False),
("prevention team want copilot to help write a few facebook posts about chip pan safety for the winter campaign. anything we need to do?", Y, [P+"8.4",P+"12.2"], False),
("can i use copilot chat to look for trends in dwelling fires by ward? its the anonymised area level numbers, no addresses or names", Y, [P+"8.2",P+"4.2"], False),
("i have the outlook app on my own phone through the BYOD thing ICT set up. can i use copilot in that?", Y, [P+"3.5",F+"can-i-use-copilot-on-my-own-phone"], False),
("got a complaint from a resident about an appliance blocking their drive during a shout. can i get copilot chat to help draft the reply? ill read it and sign it off myself before it goes", Y, [P+"12.4",P+"4.3"], False),
("fleet & estates - can i get copilot chat to summarise our vehicle defect stats for the quarter into a report for the fleet board? just numbers, no drivers named", Y, [P+"4.2",R+"Microsoft 365 Copilot Chat"], False),
("cllr here (fire authority member) - can i use copilot chat on my twfrs login to summarise the published authority papers for next weeks meeting", Y, [P+"4.1",P+"1.2",R+"Microsoft 365 Copilot Chat"], False),
("the unpublished draft budget report for the fire authority, not a part 2 one, can i ask copilot chat to shorten the exec summary", Y, [P+"4.6"], False),
("can i use copilot to make a quiz on BA entry control procedures for the watch drill night? its from our own training notes", Y, [P+"5.3",P+"4.2"], False),
# --- tools / accounts / devices ---
("can i use my own chatgpt plus account if i dont put any names in? its much better than copilot tbh", N, [F+"can-i-use-my-own-chatgpt-account-if-i-leave-out-names",R+"ChatGPT",P+"3.4"], False),
("deepseek is on my phone, can i use it on my day off to rewrite our station training notes?", N, [R+"DeepSeek",P+"3.3",P+"3.5"], False),
("cllr question - can i use chatgpt to draft my questions for the fire authority meeting? only using the published papers", N, [R+"ChatGPT",P+"1.2",P+"3.3"], False),
("can i sign into copilot with my personal gmail/microsoft account from home to finish a draft sop", N, [P+"3.4",P+"3.5"], False),
("is grammarly ok? the browser extension, for my reports", ["not_allowed","unsure"], [P+"3.2",P+"3.6"], True),
("google gemini - allowed for writing training notes? it isnt on the list i dont think", ["not_allowed","unsure"], [P+"3.2"], True),
("the new fleet management system has just switched on an 'AI assistant' button that writes defect summaries. can we start using it?", ["not_allowed","unsure"], [P+"3.2"], True),
("can i use an AI voice generator (not anyone real, a made up voice) for the voiceover on our new water safety video", ["not_allowed","unsure"], [P+"3.2",P+"3.1"], True),
# --- operational / SSRI / control ---
("can i paste the SSRI for the COMAH site at the riverside chemical works into copilot so it gives me a summary for the crews", N, [P+"5.2"], False),
("thinking of using copilot on the tablet at incidents to suggest a tactical plan for the IC. thoughts?", N, [P+"5.4"], False),
("station manager - we got a copy of the 999 recording from a fatal fire for the review, can i upload it to copilot to get a transcript", N, [P+"6.1"], False),
("can control operators use control room transcribe during a live call so it suggests what resources to send?", N, [P+"6.2"], False),
("control room: caller was a mr ian telford, mobile 07700 900461, reported smoke at his neighbours. can i put his details into copilot chat to write up the log entry nicer", N, [P+"6.3",P+"4.3"], False, ["ian telford","07700 900461"]),
("can i put the fire investigation photos from the job on elm road into copilot so it describes the fire spread", N, [P+"10.2"], False),
# --- protection ---
("protection officer - can i ask protection assist whether this premises should get a prohibition notice or just an informal letter based on my findings", N, [P+"7.1"], False),
("im a crew manager doing business safety engagement visits, can i use protection assist for my follow up letters?", N, [R+"Protection Assist",P+"7.2",P+"3.1"], False),
("can i put my audit findings and the responsible person's details into copilot chat to write up the inspection report", N, [P+"7.3"], False),
# --- prevention / vulnerable people / children ---
("hfsv done today for mrs jean armstrong, 84, lives alone at 12 coble dene, has dementia and smokes in bed. can i get copilot to write up the visit notes", N, [P+"8.1",P+"4.4",F+"can-i-use-ai-to-help-write-home-fire-safety-visit-notes"], False, ["jean armstrong","12 coble dene"]),
("could we use copilot to score the partner referrals so we know who to visit first?", N, [P+"8.2"], False),
("i need to write up a safeguarding concern from a visit, can copilot help me word it", N, [P+"8.3"], False),
("firesetter intervention - got a referral about a 12 year old from childrens services, can i ask copilot to draft the intervention plan from it", N, [P+"4.4",P+"8.1"], False),
# --- HR / OH / recruitment ---
("can we paste the application forms into copilot to help shortlist for the control operator vacancies", N, [P+"9.4",P+"9.1"], False),
("OH report for ff dave mcguinness came back after his knee op, can i get copilot to summarise it for the return to work meeting", N, [P+"9.2"], False, ["dave mcguinness"]),
("im investigating officer on a disciplinary, can copilot summarise the witness statements for my report", N, [P+"9.3",P+"9.1"], False),
("can i use copilot to rank the promotion development centre results", N, [P+"9.1"], False),
("can we record the grievance hearing in teams and have copilot do the minutes", N, [P+"11.2"], False),
# --- images / voices ---
("its sue's retirement, can i use AI to put her face on a superhero pic for the card", N, [P+"10.1"], False),
("could we clone the chief's voice with AI for the christmas message so he doesnt have to record it", N, [P+"10.1"], False),
("comms: can we use photoshop generative fill to blur out the casualties faces in the incident photos before posting them", N, [P+"10.2",P+"10.1"], False),
("can i generate a realistic pic of our crew at the station using firefly for the recruitment poster, based on their photos", N, [P+"10.1",F+"can-i-make-a-picture-of-a-crew-for-a-recruitment-poster-with-ai"], False),
# --- meetings ---
("partner meeting with the council tomorrow, their side uses otter.ai to take notes. is that ok if its their bot", N, [P+"11.3",R+"Otter.ai"], False),
# --- info classes / procurement / legal / code / automation / publication ---
("can i put the tender submissions into copilot to compare them and suggest scores", N, [P+"13.2",P+"4.5"], False),
("is it ok to put an OFFICIAL-SENSITIVE briefing into copilot chat to get the key points", N, [P+"4.5"], False),
("want copilot to summarise the part 2 exempt report on the station review for the authority", N, [P+"4.6"], False),
("can i just ask copilot whether the owner of a block of flats counts as the responsible person under the fire safety order and go with that", N, [P+"13.1"], False),
("can we set up an AI agent that posts our incident updates to twitter automatically", N, [P+"13.4"], False),
("can i publish the AI translation of our stay put advice in arabic straight away, we dont have anyone to check it", N, [P+"12.3"], False),
("can i paste the connection string for the live HR database into github copilot so it writes the query properly", N, [P+"13.3"], False),
# --- undecided ---
("fire investigation officer - can i use copilot to help write the narrative section of my FI report for the coroner's inquest", U, [P+"15.1"], True),
("im on-call and my day job is at the council. can i log into copilot chat with my twfrs account on my council laptop to do my on-call admin?", U, [P+"15.2"], True),
("on call ff, my main job gives me a work laptop. ok to use copilot chat on it (signed in as twfrs) for my TWFRS training write ups?", U, [P+"15.2"], True),
# --- info ---
("who do i report a data slip to? think i put something in copilot i shouldnt have", I, [P+"14.1",F+"who-do-i-tell-if-i-have-put-something-into-an-ai-tool-by-mistake"], False),
("accidentally pasted a referral for john hedley dob 03/04/1951 into copilot chat, what do i do now", ["info","not_allowed"], [P+"14.1",P+"8.1"], False, ["john hedley","03/04/1951"]),
("is there any training i have to do before using copilot", I, [P+"2.3",F+"is-there-training-i-need-to-do-first"], False),
("who signs off a new AI tool?", I, [P+"3.2",F+"what-if-the-tool-i-want-is-not-on-the-register"], False),
("what counts as special category info in the AI policy", I, [P+"4.4"], False),
("which AI tools are we actually allowed to use", I, [P+"3.1",F+"which-ai-tools-can-i-use"], False),
("who do i ask about the ai policy if its not in the FAQ", I, [P+"15.3",F+"who-do-i-ask-if-my-question-is-not-answered-here"], False),
# --- out of scope ---
("how do i book annual leave in the rostering system", O, [], False),
("whats the minimum crewing for an on-call pump", O, [], False),
]
with open("cases.jsonl","w",encoding="utf-8") as f:
    for i,c in enumerate(C,1):
        d={"id":f"TFR{i:03d}","question":c[0],"verdict":c[1],"clauses":c[2],"escalate":c[3]}
        if len(c)>4: d["pii"]=c[4]
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(C))
