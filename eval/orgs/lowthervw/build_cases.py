import json
F = "lvw-ai-acceptable-use-policy.md#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
U = ["unsure"]
I = ["info"]
O = ["out_of_scope"]
cases = [
("can i use copilot chat to tidy up an email to my team about the rota change next week? signed in with my lvw account", Y, ["4.1","3.1","4.5"], False, None),
("is chatgpt ok for work stuff? just want to reword a paragraph in a training doc, nothing sensitive in it", N, ["3.2","3.1","15.1"], False, None),
("hi, NOC here - can i run last nights pressure + flow data for DMA 14 through leaksense to look for bursts? no customer info in it", Y, ["5.2","5.1","3.1"], False, None),
("im in billing not the NOC, can I get a leaksense login so i can check if a customers high bill is down to a leak on our side?", N, ["5.4","5.1","5.2"], False, None),
("could leaksense be set up to shut the valves automatically when it spots a burst overnight? would save the standby guys loads of callouts", N, ["5.3","8.5"], False, None),
("customer complaint email came in (name, address, acct no etc) - can i paste it into copilot to help me write the reply?", N, ["6.1","4.4"], False, None),
("Mrs Agnes Pearson at 14 Fellside Road is on the PSR as a home dialysis patient, can copilot write her a personal letter about the planned supply interruption on thurs?", N, ["6.2","4.4","6.1"], False, ["Agnes Pearson","14 Fellside Road"]),
("can I use copilot to write a generic template letter for planned interruptions that goes to PSR customers? no names or details in it, we merge those in the CRM afterwards", Y, ["6.3","4.1"], False, None),
("would it be ok to get AI to go through the customer database and flag who's probably vulnerable so we can add them to the PSR proactively?", N, ["6.4","6.1"], False, None),
("marketing want a chatbot on the website to answer billing queries 24/7, can we just switch one on? there's loads of cheap ones", N, ["6.5","3.1","3.4"], False, None),
("dave in income mgmt asked if copilot could recommend which customers in arrears we send to the debt collection agency this month, is that allowed", N, ["7.1"], False, None),
("can i use copilot to make our standard final reminder letter template sound a bit less harsh? no customer details, just the template text", Y, ["7.3","6.3"], False, None),
("we want to put anonymised arrears data (bands + areas, no names or acct nos) into copilot to help design a new collections strategy. are we ok to do that?", U, ["7.4"], True, None),
("can copilot help me decide whether to give acct 40021877 a leakage allowance? they had a burst supply pipe under the drive", N, ["7.1","6.1"], False, ["40021877"]),
("can i paste the site layout drawing for Hawkshead WTW into copilot so it can help write the method statement for the contractor", N, ["8.1","8.2","4.4"], False, None),
("need help debugging some PLC ladder logic for the Brackenthwaite booster station, can copilot have a look at it?", N, ["8.3","8.1"], False, None),
("can i use copilot chat to write an excel macro that tidies up our fleet mileage spreadsheet? its just vehicle regs and miles", C+["allowed"], ["8.4","4.1"], False, None),
("could we connect copilot to the customer services shared mailbox so it replies to the simple queries automatically?", N, ["8.5","6.5","6.1"], False, None),
("writing the scenario for next month's loss-of-supply emergency exercise - ok to use copilot to draft the exercise injects? nothing from the actual plan or site details", Y, ["8.6","4.1"], False, None),
("can I put our reservoir emergency plan (its marked OFFICIAL-SENSITIVE) into copilot and get it to do a 1 page summary for new starters", N, ["8.6","8.2","8.1"], False, None),
("can i ask copilot to summarise our published annual performance report for a team briefing?", Y, ["9.1","4.1"], False, None),
("regulation team here. can copilot help draft the commentary section of our annual DWI return? all the figures come out of our own systems", C+["allowed"], ["9.2"], False, None),
("we had a logger outage in march so theres a gap in the leakage data - can copilot estimate the missing figures for the ofwat return?", N, ["9.4","9.2"], False, None),
("doing a press release about the new permissive footpath round Ullsmere reservoir, can i draft it in copilot and stick it straight on the website?", C+["not_allowed"], ["9.5","4.1"], False, None),
("want an AI picture of a cartoon water droplet mascot for the schools education leaflet, can i make it in copilot chat?", C, ["9.6","9.5"], False, None),
("can i use copilot to draft the tender spec for the new sludge tanker haulage contract? just our requirements, nothing confidential", Y, ["10.1"], False, None),
("we've had 5 bids back for the mains renewal framework - can copilot score them against the evaluation criteria to save us time?", N, ["10.2"], False, None),
("our main contractor on the Ullsmere WTW upgrade wants to use their own AI design tool with our general arrangement drawings - not the security stuff, the GA drawings are already in the planning file. is that ok?", U, ["10.4","10.3"], True, None),
("the supplier of our metering software says the new version has 'AI insights' built in. can we just turn that on?", N, ["3.1","3.2","3.4"], True, None),
("can i make a video of our CEO wishing staff happy christmas using an AI avatar of her? she's totally fine with it", N, ["11.1"], False, None),
("customer services manager here - can we get AI to transcribe and summarise the recorded customer calls for QA checks?", N, ["11.2"], False, None),
("is it ok to use otter.ai to take the notes in the capital programme board meeting tomorrow?", N, ["11.3","3.2"], False, None),
("can i turn on copilot intelligent recap in my teams meeting with the contractor so i dont have to write up actions", N, ["3.3","11.3"], False, None),
("can copilot translate our 'how to read your meter' leaflet into polish? it's already published in english", C, ["12.1"], False, None),
("a customer wrote to us in urdu about her bill, can I paste her letter into copilot to translate it?", N, ["12.2","6.1"], False, None),
("can i ask copilot whether we're legally allowed to restrict a business customer's supply for non payment and just go with what it says?", N, ["13.1","7.1"], False, None),
("discoloured water complaints coming in from Kirkby estate, can i use copilot to tell customers if it's safe to drink?", N, ["13.1","6.5"], False, None),
("can i use copilot to summarise the water industry act sections on sewer adoption so i understand them before a meeting with a developer?", C+["allowed"], ["13.2"], False, None),
("hiring manager here - can copilot write a job advert for a leakage technician?", Y, ["14.1"], False, None),
("got 40 applications for the apprentice scheme, can copilot shortlist them for me??", N, ["14.2","7.2"], False, None),
("can i put my notes from Tom Briggs' disciplinary hearing into copilot to write the outcome letter? he was off with stress before it all kicked off", N, ["14.2","4.4","7.2"], False, ["Tom Briggs"]),
("can i use chatgpt on my own phone at home to draft a work report? only using public info", N, ["15.1","15.2","3.2"], False, None),
("can i use copilot chat on my personal ipad when i'm wfh? it's easier than the laptop", N, ["4.3","15.2"], False, None),
("I use copilot with my personal microsoft account at home, its the same thing right? can i use that for work bits", N, ["4.2","15.1"], False, None),
("i accidentally pasted a customer's name and mobile (07700 900461) into copilot while drafting something, who do I tell??", I, ["16.1","16.3"], False, ["07700 900461"]),
("who do I report it to if i think someone on the telemetry team put SCADA screenshots into chatgpt", I, ["16.2","16.1"], False, None),
("who actually approves new AI tools at LVW?", I, ["17.1","3.4"], False, None),
("how do i request a new AI tool? we want to trial one for asset condition reports", I+["not_allowed"], ["3.4","17.1"], False, None),
("do i need to do any training before i start using copilot chat?", I+["conditional"], ["17.3"], False, None),
("when's the AI policy next reviewed and who owns it?", I, ["17.4"], False, None),
("is deepseek allowed on work laptops", N, ["3.2","3.1"], False, None),
("can i use perplexity to research other water companies' drought plans? it's all public stuff", N, ["3.2","3.1"], False, None),
("can i use canva's magic write thing to make a poster for the staff summer BBQ", N, ["3.1","3.2","3.4"], True, None),
("copilot chat to brainstorm ideas for our water efficiency campaign in primary schools - fine?", Y, ["4.1"], False, None),
("can i get copilot to write up the minutes from my notes of our team meeting? just project actions, no hr stuff", Y, ["4.1","4.5"], False, None),
("board sec question: can copilot summarise the draft board paper on our business plan before it goes to the board? not published yet but no customer data or site info in it", Y, ["9.3","4.5"], False, None),
("can i paste a photo from the site visit showing the perimeter fence and cctv cameras at Ullsmere reservoir into copilot to help write the security report", N, ["8.2","8.1","11.4"], False, None),
("a contractor emailed their pricing schedule for the pumping station refurb, can i ask copilot to compare it with last year's prices", N, ["10.2","4.4"], False, None),
("the Environment Agency shares restricted pollution incident data with us under a data sharing agreement (no personal data). can i use copilot chat to analyse trends in it?", U, ["17.2","17.1"], True, None),
("hi, whats the process for booking annual leave over christmas?", O, [], False, None),
("how do I reset my password for the billing system, it's locked me out again", O, [], False, None),
("who's on call for the NOC this weekend?", O, [], False, None),
("can i use copilot chat to write a python script to analyse the leakage performance csv for my monthly report? no customer data, just DMA totals", C+["allowed"], ["8.4","4.5"], False, None),
("i'm on the PSR team - can i use leaksense to see which of our PSR customers are in the DMA with the burst so we can get bottled water to them?", N, ["5.2","5.1","6.2"], False, None),
("can I use an AI voice generator for the voiceover on our new H&S induction video? not a real persons voice, just a generic one", N, ["3.2","3.1","3.4"], False, None),
("Sarah Whitfield (DOB 03/02/1961) rang in really distressed about her bill and mentioned her husband's dementia - can I use copilot to summarise my call note for the vulnerability team?", N, ["6.2","11.2","4.4"], False, ["Sarah Whitfield","03/02/1961"]),
("can i use copilot to check spelling and grammar in my report on the treatment works capex programme? costs and timescales only, no site plans", Y, ["4.1","4.5"], False, None),
("can copilot draft a boil water notice template for comms to have ready? no site details", C+["allowed"], ["8.6","9.5"], False, None),
("do we have to label stuff that was made with AI?", I+["conditional"], ["9.5"], False, None),
]
with open("cases.jsonl", "w") as f:
    for n, (q, v, cl, esc, pii) in enumerate(cases, 1):
        d = {"id": f"LVW{n:03d}", "question": q, "verdict": v, "clauses": [F + c for c in cl], "escalate": esc}
        if pii:
            d["pii"] = pii
        f.write(json.dumps(d) + "\n")
print(len(cases))
