import json
P = "harlowvale-icb-generative-ai-policy.md#"
Q = "hvicb-ai-quick-reference.txt#"
Y = ["allowed", "conditional"]
N = ["not_allowed"]
U = ["unsure"]
C = []
def c(q, v, clauses, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": [x if "#" in x else P + x for x in clauses], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- plain yes: ordinary permitted work ---
c("can i use copilot chat (nhs.net login) to summarise the new NICE guideline on type 2 diabetes for our team huddle?", Y, ["4.2", "6.1", Q + "already-approved-copilot-chat-with-your-nhs-net-account"])
c("hi - drafting our winter comms plan for the vaccination campaign, its just an internal draft no patient stuff. ok to get copilot chat to tidy the wording?", Y, ["6.2", "4.2"])
c("need to write a job advert + JD for a band 6 commissioning manager, can copilot help draft it", Y, ["7.5", "4.2"])
c("quick one - can i ask copilot chat to write me an excel formula / bit of SQL to total up A&E attendances by month? its aggregate data, no patient level", Y, ["13.1", "6.6"])
c("we're refreshing the public leaflet explaining how CHC works (what the checklist is, how to appeal etc). can i use copilot chat to make it plainer english? no individual cases in it", Y, ["7.4", "9.4"])
c("medicines optimisation here - can we use copilot chat to help lay out our monthly prescribing newsletter? our pharmacists write all the actual clinical bits", Y, ["8.3"])
c("EPRR team putting together a tabletop exercise on a heatwave, based on the UKHSA published guidance. ok to get copilot chat to draft the scenario injects?", Y, ["12.5"])
c("drafting a service spec for community MSK ahead of market engagement. no prices or bidder stuff yet. can copilot chat help me write it", Y, ["12.2"])
c("complaints team - we want to rewrite our standard holding paragraphs in the acknowledgement letter template, no names or details in them. copilot chat ok for that?", Y, ["9.1"])
c("FOI came in about our spend on agency staff, we've already agreed with the FOI lead we're releasing the figures. can i use copilot chat to word the reply? i wont put the requesters name in", Y, ["9.2"])
c("can we switch on teams transcription for our weekly estates team catch up? no patient or staff cases discussed, just building stuff", Y, ["10.1", "A.3"])
c("want a cartoon-style illustration for my internal training slides on information governance, nobody real in it. can i make it in copilot chat?", Y, ["11.3"])
c("is it ok to use copilot chat to summarise the published part 1 board papers from last month so i can brief my team?", Y, ["6.1", "4.2"])
c("got an MP letter about IVF access - for the generic background bit i want copilot chat to summarise our published fertility commissioning policy. nothing about the constituent goes in. ok?", Y, ["9.1", "6.1"])
c("im in the M365 Copilot pilot group - can i use copilot in word to draft the quarterly primary care strategy update? nothing identifiable in it", Y, ["4.7", "A.2", "6.2"])
c("received a public health leaflet in polish from a partner (it's published on their website) - can i paste it into copilot chat just to understand the gist?", Y, ["9.3"])

# --- tools, accounts, devices ---
c("can i use chatgpt to reword a press release? its going to be public anyway", N, ["4.5", "4.1", "A.4"])
c("i pay for chatgpt plus myself, can i use my own account for ICB work if i only put in published stuff", N, ["5.1", "4.5"])
c("can i use the copilot app on my own iphone to draft emails for work when im on the train", N, ["5.2", Q + "not-approved"])
c("someone in my team says deepseek is better at coding, can we use it", N, ["4.6", "A.4", Q + "not-approved"])
c("can i use the grammarly browser extension to check my spelling in emails", N, ["4.5", "4.1", "A.4"])
c("adobe acrobat has a new AI assistant button - can i use it to summarise a published kings fund report? we already have acrobat", N, ["4.1", "4.4"])
c("im not in the pilot but a colleague says i can just use copilot inside outlook to summarise my inbox, is that right?", N, ["4.7"])
c("our BI team want to use github copilot on our python repos, can we just turn it on", N, ["13.2", "4.1"])
c("can i set up a copilot studio agent that automatically replies to emails in the CHC shared inbox", N, ["13.3", "6.3"])

c("IG approved our AI use request last month for using Miro's AI to group the sticky notes from our stakeholder workshops (no personal data in them) - got the approval email. fine to crack on?", Y, ["4.4", "4.1"])
c("our team got IG approval to use copilot chat to draft questions for the patient experience survey. can we now also paste the free text survey responses in to analyse them, or is that covered?", N, ["4.4", "6.3"])

# --- information kinds ---
c("can i paste mrs janet okafor's complaint (nhs no 485 777 3457) into copilot chat to help draft the response, it's a really long one", N, ["9.1", "6.3"], pii=["janet okafor", "485 777 3457"])
c("need to write a letter inviting dave pritchard in finance to a stage 2 sickness absence meeting, he's been off with stress for 3 months. can copilot chat draft it", N, ["6.5", "3.3"], pii=["dave pritchard"])
c("safeguarding: could i get copilot to summarise the chronology for a child (kayden moss, dob 14/06/2015) before the strategy meeting", N, ["6.4", Q + "never-put-into-any-ai-tool"], pii=["kayden moss", "14/06/2015"])
c("can i take the names out of some care home incident notes and put the free text into copilot chat to spot themes", N, ["6.6", "6.3"])
c("i have a table of emergency admissions by practice with some cells under 5 - can i put that into copilot chat to write commentary", N + ["conditional"], ["6.6"])
c("want to paste the part 2 board minutes into copilot chat to produce the action log, they haven't been published", N, ["6.8", Q + "never-put-into-any-ai-tool"])
c("we had legal advice from the solicitors about the estates dispute - can copilot chat summarise it for the exec team", N, ["6.9", "8.4"])

# --- decisions about people: CHC, IFR, recruitment ---
c("can copilot chat help me fill in the DST domains for a CHC assessment if i remove the name", N, ["7.2", "6.6"])
c("drafting the eligibility outcome letter for CHC-2026-04417 (mr harold pike, dob 12/03/1941) - can i get copilot to write the first draft", N, ["7.2", "6.3"], pii=["CHC-2026-04417", "harold pike", "12/03/1941"])
c("IFR panel next week, there's 14 applications. could i use copilot chat to summarise each consultant's submission with identifiers stripped out to save the panel time?", N, ["7.3", Q + "never-use-ai-for"])
c("we had 120 applicants for the project support officer role, can copilot rank them against the person spec so we can shortlist", N, ["7.5", "7.1"])
c("can i use copilot chat to help decide which of our GP practices should get the extra winter access funding based on their scores", N, ["7.1"])

# --- clinical, medicines, legal ---
c("a GP has emailed asking about switching a patient from warfarin to a DOAC, dose for renal impairment - can i use copilot chat to draft the reply", N, ["8.2"])
c("patient rang the PALS line asking if they can take ibuprofen with their blood pressure tablets, could i get copilot to give them an answer?", N, ["8.1"])
c("can i ask copilot whether we are legally required to consult on closing a walk in centre", N, ["8.4"])

# --- procurement, contracts, primary care ---
c("can copilot chat score the quality responses from the 4 bidders for the urgent care tender, i'd check them after", N, ["12.1", "6.7"])
c("drafting a remedial notice for a GP practice breaching their PMS contract, can copilot chat tidy the wording", N, ["12.3"])
c("our community provider says their new patient system has AI summaries built in and wants to switch them on for the ICB-funded service reports - anything i need to do?", ["conditional", "not_allowed", "info"], ["12.4", "4.1"])

# --- meetings ---
c("can i use otter.ai to take notes in our team meetings? it's free", N, ["10.3", "A.4", Q + "meetings"])
c("can we use teams transcription and copilot recap in the CHC panel to speed up minutes", N, ["10.2", "7.2"])
c("im chairing a grievance hearing next week, can i record and transcribe it in teams so i dont have to take notes", N, ["10.2"])
c("the board private session is on teams this time - can we turn on transcription so the minute taker has it", N, ["10.2", "6.8"])

# --- images, voices ---
c("comms want to make a video where an AI version of our chief exec reads the christmas message, she's happy with it. allowed?", N, ["11.1"])
c("can i upload the photo of our staff award winners to copilot to brighten it up for the newsletter", N, ["11.2"])
c("for the campaign posters could we use AI generated images of people (not real people) on the bus stop ads?", ["conditional"], ["11.3", "9.4"])

# --- publication, translation ---
c("copilot chat wrote most of a news story for our website, it's short. do we have to say AI was used or can we just publish", ["not_allowed", "conditional"], ["9.4"])
c("can we use copilot chat to translate our published CHC leaflet into urdu and put it on the website", ["conditional", "not_allowed"], ["9.3", "9.4"])
c("FOI asks for info we might say is commercially sensitive - can i ask copilot whether the s43 exemption applies?", N, ["9.2"])

# --- EPRR ---
c("we're mid-incident (IT outage at the acute trust), can i paste the sitrep and on-call list into copilot to write the update", N, ["12.5"])

# --- undecided / not settled ---
c("analytics: we've got a SUS extract where the nhs numbers are pseudonymised. can i put it into copilot chat to help analyse readmissions?", U, ["6.6.1"], esc=True)
c("the council run our joint commissioning meetings and they've started using an AI notetaker. can i still attend? we discuss care packages sometimes", U, ["10.4", Q + "meetings"], esc=True)
c("hosting trust uses copilot intelligent recap in the system partnership meeting, they invited me - am i ok to join", U, ["10.4", Q + "meetings"], esc=True)

c("population health team - the linked dataset has hashed identifiers instead of names and nhs numbers. is that ok to use with copilot chat or does it count as identifiable?", U, ["6.6.1"], esc=True)
c("for a public engagement video could we use an AI generated narrator voice? not based on anyone real, just a synthetic voice from one of those text to speech sites", ["not_allowed", "unsure"], ["4.1", "11.1", "11.3"])

# --- info ---
c("who do i report it to if i accidentally pasted something with a patient name into copilot?", ["info"], ["15.1", Q + "made-a-mistake"])
c("i pasted an email from a complainant (sarah.lindqvist@gmail.com, 07700 900 318) into copilot chat by mistake. what do i do now", ["info", "not_allowed"], ["15.1", Q + "made-a-mistake"], pii=["sarah.lindqvist@gmail.com", "07700 900 318"])
c("how long does an AI use request usually take to get approved?", ["info"], ["B.2"])
c("what training do i need to do before i start using copilot chat", ["info"], ["14.6", Q + "already-approved-copilot-chat-with-your-nhs-net-account"])
c("what exactly is the wording we put on stuff made with AI", ["info"], ["9.4"])
c("who owns the AI policy and who do i ask about using patient data with AI", ["info"], ["14.1", "14.2", Q + "who-to-ask"])
c("is there a list somewhere of which AI tools are approved?", ["info"], ["A.1", "A.4", Q + "not-approved"])

# --- out of scope ---
c("how do i book annual leave in ESR", ["out_of_scope"], [])
c("what's the mileage rate for CHC nurse assessors visiting care homes", ["out_of_scope"], [])

with open("cases.jsonl", "w") as f:
    for i, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"HVI{i:03d}", **d}) + "\n")
print(len(C))
