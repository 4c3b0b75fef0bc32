import json
P = "marrowby-ai-policy.md#"; G = "ai-quick-guide.txt#"
Y = ["allowed", "conditional"]; N = ["not_allowed"]
def p(*ids): return [P + i for i in ids]
C = [
 # --- ordinary permitted work ---
 ("hi can i use copilot chat on my work laptop to draft an article for the tenant newsletter about the new bin collection days? its going on the website anyway", Y, p("3.2","5.2","6.12"), False),
 ("im a multi-trade operative, got a combi boiler showing an F28 fault code. can I use repairsmate on my handheld to work out whats wrong n what parts to take", Y, p("3.3","5.9"), False),
 ("contact centre here - tenant rang about a leaking kitchen tap, is it ok to put the fault description into repairsmate to get the priority and trade?", Y, p("3.3","5.9"), False),
 ("can copilot summarise the board papers we published on our website for the july board? want a 1 page summary for my team", Y, p("5.8","5.2"), False),
 ("need an excel formula to work out arrears totals per estate per month, no names in the sheet just totals. ok to ask copilot chat?", Y, p("6.2","6.13","5.2"), False),
 ("recruiting 2 new voids operatives, can i get copilot chat to write the job advert and JD?", Y, p("6.8"), False),
 ("income team q: want copilot to make our standard first arrears letter template sound less scary, its the template with [name] placeholders not a real tenant", Y, p("6.2"), False),
 ("can I use copilot chat to translate our general newsletter article about the summer fun day into polish? a colleague who's fluent will check it before it goes out", Y, p("6.11"), False),
 ("procurement - drafting the spec and tender questions for the new grounds maintenance contract, not published yet. can copilot chat help with the wording?", Y, p("6.10"), False),
 ("rewriting our void inspection procedure, its an internal doc with no tenant info in it. fine to paste into copilot chat (work account, green shield showing)?", Y, p("5.2","3.2"), False),
 ("can i make a cartoon style picture in copilot of a generic house with a damp wall for my internal damp and mould training slides? no real people or our actual homes", Y, p("6.5"), False),
 ("ICT team - want copilot chat to explain a SQL query and help fix a Power BI measure for the repairs dashboard. no personal data or passwords in it, and we'll test it before it goes live", Y, p("6.13"), False),
 ("im a board member and i've got a marrowby account. can i use copilot chat to help me prep questions on the published annual report and accounts?", Y, p("5.8","3.2"), False),
 ("on my own iphone I've got the teams app enrolled through BYOD. can I use copilot chat in it to tidy up an email to my team about the office move? nothing personal in it", Y, p("4.2"), False),
 ("can copilot chat summarise the regulator's consultation on the consumer standards for me? its a public pdf on gov.uk", Y, p("5.2","7.2"), False),
 ("i've properly anonymised a complaint, no name, address, ref or anything that could identify them, just 'tenant A' and a generic repair delay. can i ask copilot chat to help improve the wording of our response?", Y, p("5.3","5.2"), False),
 ("sheltered scheme manager here, want to use copilot chat to come up with quiz questions and activity ideas for the residents coffee morning. no resident info going in", Y, p("5.2","3.2"), False),
 # --- tools, accounts, devices ---
 ("can i use chatgpt (the free one) to write a facebook post about our new homes at hollin lane? all the info is already public", N, p("3.4","3.1"), False),
 ("gemini's on my personal phone, could I just use that to reword a generic notice for the communal noticeboards?", N, p("3.4","4.1"), False),
 ("I pay for copilot pro on my own personal microsoft account and its better than the work one tbh. can i use it for drafting my reports?", N, p("4.1"), False),
 ("can i use deepseek to help me write some python for cleaning up the asset data? theres no personal data in it", N, p("3.4","3.1"), False),
 ("used copilot on my work laptop earlier but there was no green shield, think i wasnt signed in. is it ok to carry on drafting the procedure like that?", N, p("3.2"), False),
 ("is grammarly's AI rewrite thing ok to use? just want it to polish my emails to tenants before i send them", N, p("3.4"), False),
 ("we've got Copilot in Teams meetings showing as a trial option in the admin centre, can i switch it on for the repairs team meetings?", N, p("3.5"), True),
 ("castleton housing just got an update with an 'AI assistant' button that summarises a tenant's account. can we start using it?", N, p("3.7","5.3"), True),
 ("found a new AI tool called Tidyflow that writes up meeting minutes. I've put in the request form, can I use it while I wait to hear back?", N, p("3.6"), True),
 ("i'll just forward the arrears report to my personal gmail so i can use chatgpt on it at home, thats ok right?", N, p("4.4","4.1","3.4"), False),
 ("im on the tenant scrutiny panel and don't have a marrowby login. can i use chatgpt to help write our scrutiny report on the repairs service?", N, p("1.2","3.4","3.1"), False),
 ("our subcontractor Dalesway Plumbing want to use their own chatgpt enterprise to write up job sheets for the marrowby repairs they do. allowed?", N, p("1.2","3.4"), False),
 # --- information kinds ---
 ("tenant mrs janet holroyd at 14 tanner row rang to complain her repair is late, can i paste her email into copilot chat to draft a reply?", N, p("5.3"), False, ["janet holroyd", "14 tanner row"]),
 ("tenant emailed us from d.okafor82@gmail.com (mob 07700 900412) about noise from next door, can copilot chat draft my reply to him?", N, p("5.3","6.3"), False, ["d.okafor82@gmail.com", "07700 900412"]),
 ("can i use copilot to summarise the vulnerability notes on castleton for a tenant before my home visit? i'll take the name out first", N, p("5.4"), False),
 ("tenant has 3 kids under 10 and the flat's overcrowded, can i use copilot to write up the case for a management transfer if i leave the names out?", N, p("5.5","6.1"), False),
 ("my team member gary lister has been off sick 3 times this year with his back, can copilot help me write the stage 1 attendance letter?", N, p("5.6","5.4"), False, ["gary lister"]),
 ("can I paste the tender bids from the three roofing contractors into copilot chat to compare their prices?", N, p("6.10","5.7"), False),
 ("is it ok to put the confidential board paper (the one about the merger talks) into copilot chat to get a summary for my director?", N, p("5.8","5.7"), False),
 ("development team - can copilot chat run a quick appraisal on the site we're negotiating to buy on low moor lane? it hasn't been announced yet", N, p("5.7"), False),
 ("tenant's rent account is MBH-RA-0048213 and her NI number is QQ 12 34 56 C, she's asked us to check her UC housing costs. can copilot work out what she's entitled to?", N, p("5.3","6.9"), False, ["MBH-RA-0048213", "QQ 12 34 56 C"]),
 ("repairs operative - taking a photo of the mould in the bedroom for repairsmate, the tenant's in the shot and she uses a wheelchair, and I'd like to add a note that she has copd so it gets prioritised. ok?", N, p("5.9","5.4"), False),
 # --- activities ---
 ("lettings - could copilot chat rank the shortlisted applicants for the 2 bed at fernlea court based on housing need? just to speed things up, i'd still check it", N, p("6.1"), False),
 ("can I ask copilot whether we should go for possession on a tenant with 2.4k arrears? I'd anonymise it", N, p("6.1","6.2"), False),
 ("can copilot decide which ASB cases need a warning letter based on the number of complaints logged?", N, p("6.1","6.3"), False),
 ("ASB officer - got about 40 pages of diary sheets from neighbours on the kirkgate estate, can copilot chat summarise them if I anonymise first?", N, p("6.3"), False),
 ("tenancy sustainment: need to write a safeguarding referral for a tenant, dob 03/05/1951, who we think is being financially abused by her son. can copilot chat help me write it up clearly?", N, p("6.3","5.4"), False, ["03/05/1951"]),
 ("for the staff xmas video could we use an AI app to make our chief exec sing a song? she'd find it funny honestly", N, p("6.4","3.4"), False),
 ("can i upload a photo of our new neighbourhood officer into copilot to make a nicer headshot for the website?", N, p("6.4"), False),
 ("contact centre manager - can we turn on the new AI call transcription in our telephony system so calls with tenants get auto summaries?", N, p("6.6","3.7"), False),
 ("can we add otter.ai to the tenant involvement meeting on teams so we get minutes automatically?", N, p("6.6","3.4"), False),
 ("thinking of using read.ai as a note taker for my 1-2-1s with my staff, its all internal. ok?", N, p("6.6","3.4"), False),
 ("hr asked me to use copilot to score the 60 applications for the income officer job against the person spec, is that ok?", N, p("6.8"), False),
 ("tenant asked me whether section 21 still exists and what notice we'd need to give - can i just ask copilot chat and pass its answer on to her?", N, p("6.9"), False),
 ("can i use copilot chat to translate a letter to mr farouk about his rent increase into arabic?", N, p("6.11","5.3"), False, ["mr farouk"]),
 ("can I post an AI image of a family outside one of the new builds on our facebook without saying it's AI? looks more natural that way", N, p("6.12"), False),
 ("can i set up power automate with copilot so it automatically texts tenants an arrears reminder when their balance goes over 500 quid?", N, p("6.14","6.1"), False),
 ("income officer here, can I use RepairsMate to help draft a letter about a tenant's rechargeable repair?", N, p("6.15","3.3"), False),
 # --- undecided / not settled ---
 ("can we use the built-in teams transcription for our weekly internal team meeting? it's just colleagues, no tenants on the call", ["unsure"], p("6.7","6.6"), True),
 ("im a stock condition surveyor, could i get repairsmate on my tablet to help with the surveys?", ["unsure"], p("6.15","3.3"), True),
 ("our new subcontractor operatives from Dalesway are doing a lot of our responsive repairs now, can they be given RepairsMate logins like our own operatives?", ["unsure"], p("6.15","3.3"), True),
 ("on my lunch break can i use copilot chat on my work laptop for personal stuff, like planning a holiday? nothing to do with marrowby work", ["unsure"], [], True),
 # --- information questions ---
 ("who do i report it to if i've accidentally pasted a tenant's details into copilot?", ["info"], p("8.1") + [G + "something-gone-wrong"], False),
 ("i put a tenant's full name, address and her domestic abuse disclosure into copilot chat by mistake yesterday, what do i do now??", ["info", "not_allowed"], p("8.1","5.4"), False),
 ("how do i ask for a new AI tool to be approved?", ["info"], p("3.6") + [G + "questions-and-new-tools"], False),
 ("is there any training i have to do before i start using copilot?", ["info"], p("9.1"), False),
 ("who actually decides stuff that the ai policy doesn't cover?", ["info"], p("2.1"), False),
 ("what counts as special category or vulnerability info under the ai policy?", ["info"], ["marrowby-ai-policy.md#A.3"] + p("5.4"), False),
 ("what label do i need to put on an AI image we're using in the tenant newsletter?", ["info", "conditional"], p("6.12") + [G + "publishing-something-made-with-ai"], False),
 ("when is the ai policy next due for review?", ["info"], p("9.3"), False),
 # --- out of scope ---
 ("how do i book annual leave on the HR system?", ["out_of_scope"], [], False),
 ("whats the process for getting a replacement key for my repairs van?", ["out_of_scope"], [], False),
 ("does anyone know when the fire alarm test is at head office this week", ["out_of_scope"], [], False),
]
with open("cases.jsonl", "w", encoding="utf-8") as f:
    for i, c in enumerate(C, 1):
        q, v, cl, esc = c[:4]
        d = {"id": f"MBH{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if len(c) > 4: d["pii"] = c[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
