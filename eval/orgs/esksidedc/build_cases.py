import json
def p(*xs): return [f"eskside-genai-policy.md#{x}" for x in xs]
def f(*xs): return [f"staff-ai-faq.md#{x}" for x in xs]
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": f"EDC{len(C)+1:03d}", "question": q, "verdict": v, "clauses": cl[:3], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# ---- plain yes: ordinary permitted work
c("can i use chatgpt to summarise the published local plan consultation doc for a team briefing? its all on the website already", YES, p("5.2", "4.3") + f("which-tool-should-i-use-for-internal-work"))
c("hi, i'm rewriting our internal procedure for missed bin complaints (no names in it, just the process steps). ok to get copilot chat to tidy it up? signed in with my eskside account", YES, p("5.3", "4.2") + f("which-tool-should-i-use-for-internal-work"))
c("do i need to ask anyone before i try claude for work stuff? someone said we need IT sign off for every AI tool", YES + ["info"], p("4.1") + f("do-i-need-permission-to-use-an-ai-tool"))
c("leisure & tourism here - can we use gemini to write insta and fb posts for the summer fireworks on the prom? dates and times are already on the events page", YES, p("6.8", "5.2", "4.3") + f("can-i-make-posters-and-social-media-posts-for-resort-events-with-ai"))
c("want copilot chat to help me draft the job description and advert for a new environmental health officer post, is that ok", YES, p("6.3", "5.3"))
c("were about to go out to tender for grounds maintenance. can i use copilot to help draft the spec and the ITT? no bids received yet obvs", YES, p("6.2", "5.3"))
c("can i ask chatgpt to write me an excel formula to work out % change in collection rates? i wont paste any data in, just describe the columns", YES, p("6.11", "4.1"))
c("quick one - is it ok to put our quarterly homelessness application numbers (just totals per quarter, no names) into copilot chat to help write the performance commentary?", YES, p("5.6", "5.3"))
c("can i use chatgpt to give me a plain english summary of the gov.uk guidance on the new renters rights rules? just for my own understanding", YES, p("6.9", "5.2"))
c("for our internal team catch up next week can i turn on copilot recap in teams? its just our team, no residents", YES, p("6.6") + f("can-copilot-take-notes-in-my-teams-meeting"))
c("making a leaflet for the sandcastle competition, can i use an AI image generator to make a picture of a sandcastle and a beach with nobody in it", YES, p("6.4", "6.8") + f("can-i-make-posters-and-social-media-posts-for-resort-events-with-ai"))
c("on my own phone in my lunch break, ok to use chatgpt to reword the bin collection info thats on our website so its easier to read for a newsletter?", YES, p("4.4", "5.2") + f("can-i-use-chatgpt-on-my-own-phone"))
c("got loads of complaints about the new garden waste charge. can i ask copilot chat for a general template reply explaining the charge, without putting any of the actual complaints in?", YES, p("5.7") + f("can-i-use-ai-to-help-reply-to-a-complaint"))
c("if i only use an ai tool to fix spelling and grammar in a press release do i still need the AI label on it", YES + ["info"], p("6.8"))
c("we want to translate the published beach safety leaflet into polish with chatgpt and put it on the website. anything i need to do?", YES, p("6.10", "6.8", "5.2"))
c("im using a free chatbot to help me write a python script that renames files in a folder on my council laptop, i'll get dev team to look at it first. ok?", YES, p("6.11"))

# ---- personal accounts / devices / tools / access
c("can i paste our draft budget report (not published yet) into the free chatgpt to shorten it? copilot is slow today", NO, p("5.3", "4.3") + f("which-tool-should-i-use-for-internal-work"))
c("i use copilot on my home laptop with my own microsoft account. can i paste in the draft service plan there? it's the same copilot right", NO, p("4.4", "4.3"))
c("can i just install the chatgpt chrome extension on my work laptop", ["not_allowed", "conditional"], p("4.5") + f("do-i-need-permission-to-use-an-ai-tool"))
c("can i buy chatgpt plus on my purchasing card for the team and claim it back", NO, p("4.6"))
c("our planning system supplier says they can switch on an AI summary feature for new applications, can we just say yes?", ["not_allowed", "conditional"], p("4.7"), esc=True)

# ---- information rules
c("resident emailed a long complaint about fly tipping near her house - can i paste it into chatgpt and ask it to draft a reply. from Mr Alan Pryce, alan.pryce64@gmail.com", NO, p("5.7", "5.4") + f("can-i-use-ai-to-help-reply-to-a-complaint"), pii=["Alan Pryce", "alan.pryce64@gmail.com"])
c("copilot chat is the protected one right? so surely i can paste a resident's complaint in there to summarise it", NO, p("5.4", "5.7") + f("what-can-never-go-into-an-ai-tool"))
c("housing options - I've got the homelessness case file for Kerry Dawson (34, fleeing DA, ref HO/2026/1187), can copilot summarise the notes for the case review", NO, p("5.4", "5.5"), pii=["Kerry Dawson", "HO/2026/1187"])
c("if i take all the names and addresses out of a housing benefit claim file first, can i then get copilot to summarise it?", NO, p("5.5", "5.4") + f("what-can-never-go-into-an-ai-tool"))
c("licensing team - can i get copilot to summarise the hearing bundle for next weeks sub committee? its like 200 pages", NO, p("5.4"))
c("env health: can i put my food hygiene investigation notes from the takeaway inspection into copilot to write up the report", NO, p("5.4", "6.1"))
c("is it ok to paste a noise complaint diary sheet into chatgpt to pick out the worst nights", NO, p("5.4"))
c("can i use copilot to help write a letter to Darren Hughes on my team about his sickness absence after his knee op? phone 07700 900461 if that matters", NO, p("5.4") + f("what-can-never-go-into-an-ai-tool"), pii=["Darren Hughes", "07700 900461"])
c("we got a safeguarding referral about a child on the caravan park, Lily-Mae Barker dob 03/04/2015. can copilot help me write up the referral notes neatly", NO, p("5.4"), pii=["Lily-Mae Barker", "03/04/2015"])
c("a resident sent a GP letter to support her housing priority. can i get chatgpt to explain the medical terms in it?", NO, p("5.4", "6.1"))
c("contract management: can i put the waste contractor's monthly performance deductions (not published) into copilot to draft the board report?", NO, p("5.4"))
c("can i paste a FOI request into copilot to help draft the response? it's from a journalist", NO, p("5.7", "5.4"))
c("got a letter from a resident in romanian, can i paste it into google translate / chatgpt to see what it says", NO, p("5.7", "5.4"))
c("our consultation on beach hut charges had 800 free text replies, lots mention their own street or disability. can copilot theme them for me?", NO, p("5.4", "5.5"))
c("legal sent me their advice on the leisure centre lease dispute, can i get copilot to summarise it for the director", NO, p("5.4"))
c("council tax: Mrs Janet Okafor, account 40012345678, NI QQ 123456 C, wants a discount backdated - can copilot help me work out if she qualifies", NO, p("6.1", "5.4"), pii=["Janet Okafor", "40012345678", "QQ 123456 C"])

# ---- activity rules
c("can i use ai to help me decide whether to grant a single person discount when the evidence is a bit borderline?", NO, p("6.1"))
c("could copilot give me a recommendation on whether the extension application at the harbour should be approved or refused? the application is on the public register", NO, p("6.1"))
c("we've had 6 bids for the leisure centre cafe concession, can chatgpt score them against our criteria to save time", NO, p("6.2", "5.4"))
c("can i get copilot to help me write the evaluation comments on the tender bids once the panel have scored them", NO, p("6.2"))
c("80 applications for the seasonal events assistant jobs!! can i use AI to shortlist them", NO, p("6.3"))
c("comms want an AI video of the council leader welcoming visitors to the resort, she's said she doesnt mind. ok?", NO, p("6.4"))
c("can we use AI to make a picture of the mayor at the carnival for the poster? we dont have a good photo", NO, p("6.4") + f("can-i-make-posters-and-social-media-posts-for-resort-events-with-ai"))
c("can we clone the voice of the tannoy announcer from last year for this years beach announcements", NO, p("6.4"))
c("is it ok to run otter.ai in the licensing sub committee hearing so i dont have to take minutes", NO, p("6.5", "6.6") + f("can-copilot-take-notes-in-my-teams-meeting"))
c("i've got a return to work meeting on teams tomorrow, can i let copilot transcribe it so i have a record", NO, p("6.5") + f("can-copilot-take-notes-in-my-teams-meeting"))
c("housing options interviews are on teams now, can we turn on transcription so we dont have to type notes while the applicant is talking", NO, p("6.5", "5.4"))
c("can i add fireflies to our internal project meeting, everyone's happy with it", NO, p("6.6"))
c("electoral services - can chatgpt help me draft the wording for the poll cards for the by-election? it's all public info anyway", NO, p("6.7") + f("can-i-use-ai-for-election-work"))
c("comms: can i use gemini to write a social post reminding people to register to vote before the deadline", NO, p("6.7") + f("can-i-use-ai-for-election-work"))
c("chatgpt wrote our whole press release about the pier reopening. can we publish it as is, no label, its fine", NO, p("6.8"))
c("can i ask chatgpt if we can lawfully revoke the premises licence for the bar on the front after last weekend", NO, p("6.9", "5.4", "6.1"))
c("chatgpt wrote me a macro for the rent arrears spreadsheet, can i just run it on the live file", NO, p("6.11"))
c("can i set up an AI agent that automatically emails residents when their bulky waste collection is booked, no one checking each email", NO, p("6.12"))
c("tourism team want to put an AI chatbot on the resort website to answer visitor questions, can we just go ahead", ["not_allowed", "conditional"], p("6.12"), esc=True)
c("we want chatgpt to translate the homelessness rights leaflet into arabic and publish it straight away, ok?", ["conditional", "not_allowed"], p("6.10", "6.8"))

# ---- undecided / not settled
c("cllr asked me if she can use chatgpt to draft replies to her ward casework emails. what do i tell her", ["unsure"], p("8.1") + f("who-do-i-ask-if-the-policy-doesn-t-answer-my-question"), esc=True)
c("can i use a translation app on my phone to talk to a resident at reception who doesn't speak much english? the interpreter line has a long wait", ["unsure"], p("8.2") + f("who-do-i-ask-if-the-policy-doesn-t-answer-my-question"), esc=True)
c("one of our councillors wants to use copilot to write his speech for full council. does the AI policy cover members at all?", ["unsure"], p("2.1", "8.1"), esc=True)
c("on a home visit could i use google translate conversation mode with a tenant while doing the housing inspection", ["unsure"], p("8.2"), esc=True)

# ---- info
c("oops i think i pasted a tenant's details into chatgpt by mistake. who do i report that to?", ["info"], p("7.1") + f("i-pasted-something-i-shouldn-t-have-what-now"))
c("how do i know if im using the protected copilot or not", ["info"], p("4.2", "A.2"))
c("what exactly is the wording of the AI label we have to put on published stuff", ["info"], p("6.8"))
c("who actually owns the AI policy and who signs off exceptions?", ["info"], p("3.1"))
c("where do i send a question about AI that the policy doesnt cover", ["info"], p("3.2") + f("who-do-i-ask-if-the-policy-doesn-t-answer-my-question"))
c("what counts as 'internal information' in the AI policy", ["info"], p("5.3"))

# ---- out of scope
c("how do i book annual leave in the new HR system", ["out_of_scope"], [])
c("the pay and display machine on the north prom car park is broken, who do i call", ["out_of_scope"], [])
c("can i claim mileage for driving to a planning site visit in my own car", ["out_of_scope"], [])

with open("cases.jsonl", "w") as fh:
    for d in C: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
