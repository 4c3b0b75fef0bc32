import json
P = lambda *x: ["levenmouth-ca-ai-policy.md#" + i for i in x]
G = lambda *x: ["volunteer-ai-quick-guide.md#" + i for i in x]
Y = ["allowed", "conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": "LCA%03d" % (len(C) + 1), "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# ---- plain yes: ordinary permitted work
c("can i use copilot chat to tidy up the volunteer rota email for next week? its just who's on reception which day, no client stuff", Y, P("4.3", "4.1") + G("good-uses-of-copilot-chat"))
c("hiya, is it ok to ask copilot (work login, green shield is showing) to explain how scottish child payment works? just want to get my head round it before my shift tomorrow", Y, P("4.3", "7.2") + G("good-uses-of-copilot-chat"))
c("our energy bills leaflet is way too wordy. can i put it through copilot chat to make it plain english before it goes back on the website", Y, P("4.3", "8.2", "6.8"))
c("drafting the national lottery bid this week - can I use copilot chat to help write it using our anonymised stats (number of clients, money gains etc)? no names obviously", Y, P("6.6", "4.3"))
c("im making a training session for new volunteer advisers, can copilot chat write me 3 role play scenarios with made up clients with council tax arrears", Y, P("4.3") + G("good-uses-of-copilot-chat"))
c("need an excel formula to count enquiries by category per month from our stats sheet (no client names, just category + date). ok to ask copilot chat?", Y, P("4.3", "9.5"))
c("we're recruiting a p/t debt adviser. can i get copilot chat to draft the job advert and role description from our old one?", Y, P("9.1", "4.3"))
c("can i use copilot chat to write up a draft procedure for opening and locking up the office? nothing confidential in it", Y, P("4.3", "6.6"))
c("quick one - can i ask copilot chat to summarise fife council's published guidance on council tax reduction so i can read it quicker", Y, P("6.8", "4.3"))
c("is the copilot in the edge sidebar ok to use if im signed into my levenmouthca account?", Y, P("4.2", "4.1"))
c("if a client asks me about the two child limit and i'm not sure how it works, can i just ask copilot chat a general question about it? won't mention anything about them", Y, P("6.3", "7.2"))
c("office manager here - we need new printers. can copilot chat help me draft a spec and a request for quotes to send to suppliers?", Y, P("9.3", "4.3"))
c("can i draft the spring supporters newsletter with copilot chat? it's about our new pension credit campaign and our opening hours over the holidays", Y, P("4.3", "8.2", "8.3"))
c("is it fine to use copilot chat on my own phone through the microsoft 365 app as long as i'm logged in with my bureau account? volunteer adviser, work from home on fridays", Y, P("4.2", "1.1", "4.1"))
c("can i ask copilot chat to pull the main points out of our published annual report for a few linkedin posts", Y, P("6.8", "8.2", "8.3"))
c("need help with a macro that formats our monthly stats spreadsheet - can I ask copilot chat to write it if I just give it dummy data?", Y, P("9.5", "4.3"))

# ---- tools not allowed
c("can i just use chatgpt to draft an email to our funders? copilot keeps being slow", N, P("5.2", "5.1") + G("tools-you-must-not-use"))
c("I pay for chatgpt plus myself, can i use that to rewrite our housing leaflet? it's a lot better than the free one", N, P("5.3", "5.2"))
c("working from home on my own laptop, copilot is logged into my personal hotmail microsoft account. ok to use that for drafting the team minutes?", N, P("5.3", "4.1"))
c("is deepseek ok for summarising gov.uk pages? it's free and quick", N, P("5.2", "5.1"))
c("does the grammarly AI rewrite thing count? i use it to make my emails sound more professional", N, P("5.4") + G("tools-you-must-not-use"))
c("can i use canva magic studio to make an image for our debt awareness week poster", N, P("5.4", "5.7"))
c("thinking of using otter.ai to record my client interviews so i can concentrate on the client instead of typing. ok?", N, P("5.6", "6.1") + G("notes-recordings-and-meetings"))
c("can we switch on teams transcription and the recap for our monthly team meeting? would save someone doing minutes", N, P("5.6", "4.4"))
c("there's a 'summarise this email' copilot button in outlook now, can i use it on long emails from the council?", N, P("4.4"))
c("found a chrome extension that summarises any webpage with AI, can i install it on the office pc", N, P("5.5"))
c("zoom ai companion is on in our partner meetings with the housing association, is it ok to leave it on for the notes", N, P("5.4", "5.6"))
c("microsoft offered a free trial of the paid copilot in word - can I turn it on to help write reports?", N, P("4.4", "5.8"))
c("im a reception volunteer and don't have a bureau login. can i use copilot on my phone to help word the sign for the waiting room?", N, P("5.3", "3.2") + G("the-one-ai-tool-you-can-use"))
c("can i use the ai writing tools on my iphone to tidy up texts i send to clients about appointments", N, P("5.4", "6.1"))
c("has anyone checked notebooklm? would love to use it for summarising the advice bulletins, can i just start using it", N, P("5.1", "5.8"))

# ---- client information
c("can i put jamie mcbride's details into copilot chat to help write his mandatory reconsideration? NI number QQ 12 34 56 C, dob 14/03/1981, he was refused PIP", N, P("6.1", "7.4", "6.4"), pii=["jamie mcbride", "QQ 12 34 56 C", "14/03/1981"])
c("client sent a long email from sarah.lumsden62@gmail.com (phone 07700 900417) about her landlord, can i paste it into copilot chat to get a summary for the case notes", N, P("6.1", "6.2"), pii=["sarah.lumsden62@gmail.com", "07700 900417"])
c("ok if i upload a photo of a client's dwp letter to copilot chat if i black out the name and address first? just want to understand what it's saying", N, P("6.2") + G("never-put-client-details-into-ai"))
c("no names at all - can i ask copilot chat about a client who has severe depression and is struggling with her pip form, what descriptors she might score on?", N, P("6.4", "7.3", "7.1"))
c("client is fleeing domestic abuse, can i describe her situation to copilot chat without any names to get ideas on emergency housing options", N, P("6.4", "7.1"))
c("can I export my caselink open cases list and paste it into copilot to work out which ones need follow up first", N, P("6.2", "7.3", "6.1"))
c("caselink ref CL-26-08813 - can i pop that ref and the debts list into copilot chat to total them up and sort by priority", N, P("6.1", "7.3"), pii=["CL-26-08813"])
c("the council sent us their list of tenants in arrears under the data sharing agreement for the prevention project. can copilot chat help me sort it into a mailing list", N, P("6.7", "6.1"))
c("trying to help a mum whose 15 yr old has been excluded from school - can i ask copilot about it if i take out the names", N, P("6.4", "3.4"))

# ---- HR / staff information
c("our volunteer Derek Paton has been off with stress since october, can i get copilot chat to help me write up his return to work plan", N, P("6.5", "6.4", "9.2"), pii=["Derek Paton"])
c("can copilot chat summarise my supervision notes for the volunteers i supervise so i can spot patterns", N, P("6.5", "9.2"))
c("we got 40 volunteer applications, can i use copilot chat to shortlist the best ones?", N, P("9.1", "6.5"))
c("can i use copilot to decide which volunteers to put on the busy tuesday drop-in based on their case outcomes", N, P("9.2"))

# ---- advice
c("before i give a client my advice on whether they should go for a DRO or sequestration, can i run it past copilot chat to check i've got it right? no details", N, P("7.1", "7.3") + G("ai-never-gives-the-advice"))
c("can i use copilot chat to work out a client's universal credit entitlement instead of the calculator, it's quicker", N, P("7.3", "6.1"))
c("is it ok to ask copilot whether a client has a case for unfair dismissal at tribunal if i describe the facts generally", N, P("7.3", "7.1"))
c("can we put an AI chatbot on our website to answer simple questions out of hours, loads of people want help at night", N, P("7.6"))
c("thinking of setting up copilot with power automate to auto-reply to the advice inbox with the right leaflet link. allowed?", N, P("9.6", "7.6"))

# ---- other activities
c("for the christmas post can i get ai to make a picture of our chief officer dressed as santa? she's up for it", N, P("8.4", "5.7"))
c("we got three quotes for the office refurb - can i put them into copilot chat to compare and recommend one to the board", N, P("9.3"))
c("can copilot chat tell me whether the break clause in our office lease lets us leave early", N, P("9.4"))
c("can i get copilot chat to summarise the confidential board papers for my trustee induction pack", N, P("6.6"))

# ---- undecided
c("we've a polish speaking client who struggles with english - can i use copilot chat to translate the letter i wrote her into polish if i take all her details out first?", U, P("10.1"), esc=True)
c("one of our volunteers is dyslexic and asked if she can use an ai reading and writing support app at the bureau as a reasonable adjustment. is that ok?", U, P("10.2"), esc=True)
c("could we use copilot chat to translate our published fuel poverty leaflet into arabic and ukrainian for clients", U, P("10.1", "6.8"), esc=True)

# ---- not settled / grey
c("can i use copilot chat to write a generic template letter for MR requests with placeholders like [name] and [date], not for any particular client", ["unsure", "conditional"], P("7.4", "7.1", "6.3"))
c("is google translate ok to use at the front desk with a client who doesn't speak much english", ["not_allowed", "unsure"], P("5.1", "10.1", "1.2"))

# ---- info
c("help - i think i pasted a client's address into copilot by mistake. who do i tell??", I + ["not_allowed"], P("11.1") + G("made-a-mistake"))
c("how do i know i'm signed into the right copilot? it looks the same as the one at home", I, P("4.1", "4.2"))
c("who do i ask if i've got a question about the ai policy", I, P("12.2") + G("who-to-ask"))
c("do i need to do any training before i start using copilot chat", I + Y, P("12.1"))
c("what wording do we have to put on a web page that ai helped to write?", I, P("8.3", "8.2"))
c("a client came in with a printout from chatgpt saying he's owed £3000 in backdated benefits - what am i meant to do with that", I + Y, P("7.5"))
c("if there's a data breach with AI do we have to report it to the ICO?", I, P("11.2", "11.1"))
c("what happens if a volunteer doesn't follow the ai policy", I, P("11.3"))
c("who owns the AI policy and when's it next reviewed", I, P("12.3"))

# ---- out of scope
c("how do i reset my caselink password, it's locked me out again", O, [])
c("when's the deadline for putting in december mileage claims?", O, [])
c("can a client get a debt relief order in scotland if they own a car worth 3k?", O, [])

with open("cases.jsonl", "w") as f:
    for d in C: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
