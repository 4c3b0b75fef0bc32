import json
P="tvcc-generative-ai-policy.md#"; R="tvcc-ai-tools-register.csv#"; F="tvcc-ai-staff-faq.md#"
Y=["allowed","conditional"]; N=["not_allowed"]; U=["unsure"]; UN=["unsure","not_allowed"]; I=["info"]; O=["out_of_scope"]
cases=[
# ordinary permitted work
("can i use copilot chat to tidy up the wording of our draft waste collection calendar leaflet before it goes to the printers? its not been published yet",Y,[R+"Microsoft 365 Copilot Chat",P+"5.3",P+"6.2"],False),
("is it ok to use chatgpt to summarise the welsh gov guidance on 20mph speed limits (the published one on gov.wales) for a highways team briefing",Y,[R+"ChatGPT",P+"5.2"],False),
("hiya, can i get copilot chat to draft an agenda + icebreaker ideas for our internal highways team away day",Y,[R+"Microsoft 365 Copilot Chat",P+"5.3"],False),
("i've got an M365 copilot licence (done AI essentials on dysgu). can i use copilot in outlook to summarise a long email thread with a resident about their missed bin collections so i can reply properly?",Y,[R+"Microsoft 365 Copilot",P+"5.4"],False),
("I'm a developer in ICT – can I use GitHub Copilot to help write a powershell script that tidies up old mailbox permissions? no passwords in it obviously",Y,[R+"GitHub Copilot Business",P+"7.19"],False),
("dw i ddim yn siarad cymraeg yn dda iawn - got an email in welsh from a resident about a pothole outside their house, can i run it through microsoft translator (work account) just to understand it before i pass it to a welsh speaker to reply?",Y,[P+"7.18",R+"Microsoft Translator",F+"can-ai-translate-our-welsh-documents"],False),
("want to switch on teams transcription + copilot recap for our fortnightly internal project board, everyones council staff. ok if i tell them at the start?",Y,[P+"7.13",R+"Microsoft Teams transcription and recap",F+"can-i-record-or-transcribe-a-meeting-with-ai"],False),
("comms team here – can we use adobe firefly to make an illustrative pic of a (made up) family sorting their recycling for the new food waste campaign?",Y,[P+"7.5",R+"Adobe Firefly",F+"can-i-make-pictures-for-a-poster-with-ai"],False),
("can i use copilot chat to draft the job advert and person spec for a new refuse loader post? HR will check it before it goes live",Y,[P+"7.7",F+"can-ai-help-with-recruitment"],False),
("procurement q: can I use copilot chat to draft the spec and tender questions for the grounds maintenance contract, using our internal notes on what we need?",Y,[P+"7.11",R+"Microsoft 365 Copilot Chat"],False),
("for a training session can copilot summarise the published council tax reduction scheme regs (no actual cases, just the rules)?",Y,[P+"7.2",P+"5.2"],False),
("can i use gemini (signed up with my teifivale.gov.uk email) to brainstorm social media post ideas for the urdd eisteddfod event we've already announced?",Y,[R+"Google Gemini",P+"5.2"],False),
("need help with an excel formula for our draft non-personal budget monitoring figures - can i ask copilot chat?",Y,[P+"5.3",R+"Microsoft 365 Copilot Chat"],False),
("used chatgpt (work-email account) to draft a press release about the library's new opening hours which cabinet agreed last week. fine to send out?",["conditional","allowed"],[P+"6.2",R+"ChatGPT",F+"do-i-need-to-label-content-made-with-ai"],False),
("I drafted parts of a cabinet report on the leisure centre review with copilot chat – is that ok, anything I need to do?",["conditional","allowed"],[P+"6.3",F+"do-i-need-to-label-content-made-with-ai"],False),
# not allowed
("can i paste Osian Rees's ALN report (DOB 14/02/2015) into my licensed copilot to get a summary for the annual review meeting?",N,[P+"5.6",P+"5.5"],False,["Osian Rees","14/02/2015"]),
("social worker here, drowning in paperwork. can i use copilot to write up my case notes in WCCIS from my scribbled notes? no names in the prompt",N,[P+"7.3"],False),
("i pay for chatgpt plus myself, can i use that for work stuff if its only public info like the planning committee agenda?",N,[P+"4.2",F+"can-i-use-my-own-chatgpt-plus-account-or-my-phone"],False),
("is deepseek ok to use for drafting stuff, it's free and seems better than copilot",N,[R+"DeepSeek",P+"3.4"],False),
("the health board partner who organises our joint teams call always has an otter.ai bot join to take notes, is that ok if its their meeting not ours?",N,[P+"7.15",R+"Otter.ai"],False),
("can i install the grammarly extension in edge on my council laptop to help with my report writing",N,[R+"Grammarly",P+"3.5"],False),
("we need the welsh version of the statutory planning notice for the paper tomorrow, translation unit are snowed under, can i just put it through copilot and publish that?",N,[P+"7.17",F+"can-ai-translate-our-welsh-documents"],False),
("quick one – bilingual letter going out to 300 tenants about rent changes, can i do the cymraeg half with microsoft translator rather than wait for the translation unit",N,[P+"7.17",R+"Microsoft Translator"],False),
("we've had 140 applications for the housing officer job, can i use copilot to rank the CVs against the person spec and shortlist the top 10?",N,[P+"7.6",F+"can-ai-help-with-recruitment"],False),
("can i get copilot to score the tender submissions for the school transport framework against our evaluation criteria, then we just moderate",N,[P+"7.10"],False),
("can i ask copilot to decide whether the single person discount should be removed on account CTX-40028761 based on the evidence we've got",N,[P+"7.1"],False,["CTX-40028761"]),
("thinking of using AI to prioritise the housing register bands for allocations, feeding it the applicants' circumstances. allowed?",N,[P+"7.1",P+"5.5"],False),
("for a bit of fun for the staff newsletter can i use AI to make a video of the chief exec singing the christmas song in welsh from a photo of him?",N,[P+"7.4",F+"can-i-make-pictures-for-a-poster-with-ai"],False),
("got loads of photos of residents from the community fun day – can i upload them to firefly to turn them into cartoon style for the annual report",N,[P+"7.4"],False),
("can i use teams transcription and copilot recap in a grievance hearing so i dont have to take notes",N,[P+"7.14",F+"can-i-record-or-transcribe-a-meeting-with-ai"],False),
("I have a teams call with a tenant about their rent arrears tomorrow - ok to turn on transcription?",N,[P+"7.14"],False),
("can i paste the exempt part 4 report on the depot land sale into copilot chat to get a one page summary for members?",N,[P+"5.8"],False),
("HR officer here, can i use my M365 copilot to summarise Sioned Lloyd's sickness absence history (NI QQ 123456 C) before her stage 2 meeting",N,[P+"5.9",P+"5.5"],False,["Sioned Lloyd","QQ 123456 C"]),
("resident emailed from eirlys.pugh@btinternet.com (07700 900812) with a long complaint, can i paste it into copilot chat to draft a reply? i dont have the paid copilot",N,[P+"5.4",R+"Microsoft 365 Copilot Chat"],False,["eirlys.pugh@btinternet.com","07700 900812"]),
("adult services: can i put Mr Gareth Probert's mental health assessment (NHS no 485 777 3456) into my licensed copilot to draft a care plan summary?",N,[P+"5.5",P+"7.3"],False,["Gareth Probert","485 777 3456"]),
("could we set up an AI bot on the website to give residents advice on which benefits they should claim and how to manage debts?",N,[P+"7.9",P+"7.21"],False),
("want to build a power automate flow with copilot that auto replies to council tax emails and updates the record in the system without anyone checking – can i just do it?",N,[P+"7.20"],True),
("we'd like to put an AI chatbot on the website to answer bin day questions, our supplier already has one. can we just switch it on?",N,[P+"7.21",P+"7.12"],True),
("is claude ok to use? a colleague says it's better at writing than copilot",N,[P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register"],True),
("can i use midjourney to make images for the tourism brochure",N,[P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register"],True),
("perplexity for researching other councils' approaches to school transport – ok?",N,[P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register"],True),
("canva just added some new AI 'magic write' thing to our council canva account, can i start using it for posters?",N,[P+"3.3",P+"3.5"],True),
("debugging a connection issue, can i paste the db connection string (with the password) into github copilot so it can spot the problem",N,[P+"7.19"],False),
("at home on my own laptop (not enrolled for BYOD) – can i log into copilot chat in chrome and paste in the draft service plan to tidy it?",N,[P+"4.3",F+"can-i-use-my-own-chatgpt-plus-account-or-my-phone"],False),
("can i use meta ai in whatsapp to help word messages to the youth club volunteers",N,[R+"Meta AI",P+"3.4"],False),
("can we transcribe the child protection strategy meeting with teams so the minutes are quicker",N,[P+"7.14",P+"5.6"],False),
("the budget announcement is embargoed until thursday 10am, can i get chatgpt to draft the press release today?",N,[P+"5.8"],False),
("can i use copilot chat to draft a section 215 untidy land notice and serve it myself? legal services take ages so i'd rather skip them",N,[P+"7.8"],False),
("can i paste the two bidders' pricing schedules into chatgpt to compare them",N,[P+"5.7",P+"5.4",R+"ChatGPT"],False),
("can i put the notes from a pupil's exclusion panel into copilot to write the decision letter? will take out the name",N,[P+"5.6",P+"7.1"],False),
("a team member wants to clone my voice with AI (I'm fine with it) for the welsh and english phone line messages – allowed?",N,[P+"7.4"],False),
("our highways consultants want to use their own AI tool on the survey data we give them, is that ok under our policy?",["not_allowed","unsure"],[P+"3.3",P+"1.1"],True),
# undecided
("i'm a ward councillor – can i use copilot chat to help draft replies to constituents on their casework (housing repairs etc)?",UN,[P+"11.1"],True),
("cllr here. is it ok for me to use chatgpt on my ward casework emails if i take the names out?",UN,[P+"11.1"],True),
("I work in the coroner's support unit (shared with dyffryn tywi) – can I use copilot chat to draft the standard letter to families explaining the inquest process?",U+["not_allowed"],[P+"11.2"],True),
("coroner's unit: can we use AI to summarise inquest bundles? which council's ai policy do we even follow?",UN,[P+"11.2"],True),
("can i use an AI dictation app on my phone as a reasonable adjustment for my dyslexia? OH recommended it",UN,[P+"3.3",P+"A.1",P+"4.3"],True),
# info
("i think i pasted Dai Morgan's tenancy ref HT/22/0419 into chatgpt by mistake 😬 who do i tell??",I,[P+"8.2",F+"i-have-put-personal-data-into-the-wrong-tool-what-should-i-do"],False,["Dai Morgan","HT/22/0419"]),
("what training do i need before i can get a copilot licence?",I,[P+"9.1",F+"is-there-any-training"],False),
("how do i ask for a new AI tool to be added to the register",I,[P+"3.3",F+"what-if-the-tool-i-want-is-not-on-the-register",P+"12.1"],False),
("what's the exact wording we have to put on AI-made stuff that goes to the public?",I,[P+"6.2",F+"do-i-need-to-label-content-made-with-ai"],False),
("are my copilot prompts disclosable under FOI?",I,[P+"8.3"],False),
("what counts as special category data under the AI policy",I,[P+"A.5",P+"5.5"],False),
("who's in charge of the AI policy / who do i contact with questions?",I,[P+"12.1",P+"2.1",F+"who-do-i-ask-if-i-am-not-sure"],False),
# out of scope
("how do i book annual leave in itrent",O,[],False),
("what are the bin collection days over christmas in aberteifi?",O,[],False),
("does anyone know if the cymraeg gwaith welsh lessons start again in january?",O,[],False),
]
with open("cases.jsonl","w") as f:
    for i,c in enumerate(cases,1):
        q,v,cl,esc=c[:4]; pii=c[4] if len(c)>4 else []
        d={"id":f"TVC{i:03d}","question":q,"verdict":v,"clauses":cl,"escalate":esc}
        if pii: d["pii"]=pii
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(cases))
