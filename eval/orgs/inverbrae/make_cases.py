"""Write cases.jsonl for the Inverbrae Council set and check it against originals/."""
import json, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
F = "inverbrae-genai-acceptable-use-policy.md"
def R(*ids): return [f"{F}#{i}" for i in ids]
Y = ["allowed", "conditional"]; C = ["conditional", "allowed"]; N = ["not_allowed"]
A = ["not_allowed", "unsure"]          # needs approval first
U = ["unsure", "not_allowed"]          # left undecided, with an interim "don't"
I = ["info"]; O = ["out_of_scope"]

cases = [
# --- clear yeses
("can i use copilot chat to tidy up the wording of a draft procedure for our waste team? theres no names or anything in it", Y, R("5.2","6.3","5.1","3.4(b)"), False),
("is it ok to ask chatgpt to explain what the scottish housing regulator's charter outcomes actually mean? just for my own understanding", Y, R("5.2","6.2"), False),
("P6 teacher here - can i get copilot to make a worksheet on the water cycle for my class", Y, R("13.1","5.2"), False),
("before committee on thursday i want copilot (work login) to summarise the published report on the roads capital programme, thats fine yeah?", Y, R("5.2","6.2","3.4(a)"), False),
("we're brainstorming names for the new recycling campaign, can i throw it at gemini? nothing confidential just ideas", Y, R("5.2","6.2"), False),
("i'm in comms - can we create an illustration for the bin collection calendar leaflet using firefly", C, R("5.2","11.1","9.1"), False),
("dev in digital services: ok to use github copilot in vs code for the roads permit app? code only, no live data or keys", Y, R("5.2"), False),
("roads inspector here. can i give copilot a photo of a pothole (just the road surface, no cars or people in shot) and get it to write up the defect description", C, R("11.4","5.2"), False),
("do i need to put an AI label on an email if copilot only fixed my spelling and grammar?", ["allowed","info"], R("9.2","9.1"), False),
("can i use the chatgpt app on my own phone to reword a paragraph from our published annual performance report", Y, R("5.5","5.2","6.2"), False),
("got an m365 copilot licence last week - can i ask it in outlook to summarise a long email thread about the budget working papers", Y, R("5.2","6.3","3.4(b)"), False),
("can copilot help me write excel formulas for the fleet fuel usage spreadsheet? its just vehicle numbers and litres", Y, R("5.2","6.3"), False),
("can i ask claude to explain the difference between FOISA and the EIRs in plain english", Y, R("5.2","6.2"), False),
("i want outlook copilot on my personal iphone through the intune managed outlook app, is that allowed", Y, R("5.5"), False),
# --- conditional yeses
("social worker in the C&F pilot team - can i use magic notes on a home visit tomorrow if mum agrees to it", C, R("5.2","6.5","10.1"), False),
("can copilot help me draft the covering letter for an FOI response, using only stuff thats already published", C, R("8.3","5.2"), False),
("can we have copilot do a recap of our weekly team meeting in teams? nobody minds", C, R("10.1","10.2","5.2"), False),
("writing a stage 2 complaint response that might go to the SPSO - can copilot help make it plainer english", C, R("8.4"), False),
("my manager wants me to use copilot to do the first draft of a committee report on school transport, is there anything i need to do", C, R("9.3","8.1","5.2"), False),
("comms: ok to get chatgpt to draft a press release about the new play park, based on info already on our website", C, R("5.2","9.1","6.2"), False),
("tenant emailed about her repair appointment (Mrs Agnes McLeish, 14 Glenview Crescent, IV30 5QT) - can i paste her email into copilot chat on my work account to help word the reply?", C, R("6.4","6.3","5.2"), False, ["Agnes McLeish","14 Glenview Crescent","IV30 5QT"]),
("does copilot write good enough minutes? thinking of using the teams recap as the minutes for our project board", ["conditional","not_allowed"], R("10.5","10.1"), False),
# --- clear nos, worded unlike the rule
("we got 40 applications for the admin assistant post, can i get ai to rank them so we have a shortlist by friday", N, R("7.2"), False),
("i've got my notes from talking to a witness in a grievance investigation, can copilot clean them up into a proper statement?", N, R("7.3"), False),
("could we just let copilot work out the housing band from the application form and send the letters out automatically? would save loads of time", N, R("7.1","3.6"), False),
("fun idea for socials: a short AI video of the council leader announcing the new bins in her own voice. ok?", N, R("7.5","11.2"), False),
("can i run the sports day photos through an AI app to brighten them up before they go in the school newsletter", N, R("11.3","11.2"), False),
("teacher - can i get copilot to write my report card comments? i'd put in each kid's name and a couple of notes about how theyre getting on", N, R("13.2"), False),
("can i put kayden's child's plan into copilot to get a summary for the team around the child meeting? (Kayden Robertson, dob 03/04/2015)", N, R("6.5","3.5","13.2"), False, ["Kayden Robertson","03/04/2015"]),
("we're not in the magic notes pilot but can copilot summarise the adult care assessment for Morag Duthie before her review? its a long one", N, R("6.5","3.4(d)","5.2"), False, ["Morag Duthie"]),
("can i turn on copilot transcription for friday's child protection case conference so i don't have to take notes", N, R("10.3"), False),
("a contractor joined our teams call with otter running to take notes, is that ok or do i need to do something?", N, R("10.4","5.2"), False),
("deepseek is faster than chatgpt, can i use it if its only public info?", N, R("5.2"), False),
("can i install grammarly on my work laptop? it really helps my writing", N, R("5.2"), False),
("we've had 6 bids in for the grounds maintenance contract, can copilot compare them and pull out the pros and cons", N, R("6.5","3.4(d)"), False),
("can i paste the private paper for the exempt item at next week's policy committee into chatgpt to summarise it", N, R("6.3","6.5","3.4(d)"), False),
("police scotland sent us a list of addresses linked to antisocial behaviour charges - can i use copilot to map them against our housing stock", N, R("6.6","6.5","3.4(d)"), False),
("can copilot help me debug this powershell script? it's got the database connection string and service account password in it", N, R("6.7"), False),
("idea for the contact centre: use AI to detect from their voice when callers are getting angry so we can route them to a supervisor", N, R("7.4"), False),
("can copilot look at my team's sickness absence records and tell me who has a pattern", N, R("7.2","6.5"), False),
("can i ask copilot which FOI exemptions apply to the documents we're releasing? it'd be quicker than working through them", N, R("8.3"), False),
("blue badge assessments: can copilot read the application and the GP letter and suggest yes or no, i'd check it before deciding", N, R("6.5","7.1","3.4(d)"), False),
("i use my personal copilot (my own microsoft account) at home, can i use that for the draft service plan?", N, R("5.2","6.3","3.3"), False),
("if i pay for chatgpt plus myself can i upload the internal budget spreadsheet to it", N, R("5.2","6.3","3.3"), False),
("I pasted a tenant's letter from his consultant into chatgpt by mistake (Mr Stuart Baird, 07700 900417). should i just delete the chat?", ["not_allowed","info"], R("15.2","15.1"), False, ["Stuart Baird","07700 900417"]),
# --- tool variants and tools the policy never mentions (need DDB approval)
("can i use the openai API from a python script to classify consultation responses? they're published ones", A, R("5.3","5.2"), True),
("zoom has an AI companion that does meeting summaries now, can i switch it on for calls with a supplier", A, R("5.3","12.1"), True),
("adobe acrobat's AI assistant keeps popping up - can i use it to summarise a public consultation pdf", A, R("5.3"), True),
("theres a chatgpt chrome extension that summarises web pages, fine for public pages?", A, R("5.2","5.3"), True),
("is perplexity allowed? its great for research with sources", A, R("5.3","5.1"), True),
("can we use midjourney for the winter gritting poster", A, R("5.3","11.1"), True),
("housing officer (not comms) - could i use firefly to make a quick graphic for our tenants newsletter", A, R("5.4","5.2"), True),
("adult social work team, we're not in the pilot - can we start using magic notes for our reviews too", A, R("5.4","5.2"), True),
("i want to build a custom GPT for the housing team with all our FAQs in it", A, R("12.4","16.1"), True),
("could we set up a copilot studio agent that auto-replies to bulky uplift requests and books the collection", U, R("16.1","12.4"), True),
("our supplier offered a free 3 month trial of an AI tool for housing repairs triage, can we just try it", A, R("12.1","5.3"), True),
# --- undecided in the policy
("can i use copilot to translate our road closure notice into polish? it's going on the website", U, R("16.2"), True),
("could copilot do the gaelic version of the new recycling leaflet", U, R("16.2"), True),
("S3 english teacher, can i use AI to give feedback on essays if i take the names off", U, R("16.3","13.3"), True),
("i'm dyslexic and an AI reading app (speechify) helps me loads, can i use it at work?", U, R("16.4"), True),
("democratic services asked if we can publish an AI summary of last week's planning committee on the website", ["unsure"], R("16.5"), True),
# --- information
("who do i ask about getting a new AI tool approved?", I, R("17.1","5.3"), False),
("what counts as protected information?", I, R("3.4(d)","3.4"), False),
("what training do i need before i can use copilot", I, R("14.1","14.2"), False),
("what does the policy mean by wellbeing information", I, R("3.5"), False),
("what wording do we put on documents that were made with AI", I, R("9.1"), False),
# --- out of scope
("how do i request a replacement brown bin for a resident whose one got taken", O, [], False),
("when's the cut-off for mileage claims this month?", O, [], False),
("where do i book the large meeting room in the civic centre", O, [], False),
]

def clause_ids(md):
    ids = set()
    for line in open(md, encoding="utf-8"):
        m = re.match(r"## (\d+)\. ", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"(\d+\.\d+(?:\.\d+)*(?:\([a-z]\))?) ", line)
        if m: ids.add(m.group(1))
    return ids

ids_ok = clause_ids(os.path.join(OUT, "originals", F))
seen = set()
with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
    for n, c in enumerate(cases, 1):
        q, v, cl, esc = c[:4]
        d = {"id": f"IBC{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if len(c) > 4: d["pii"] = c[4]
        for ref in cl:
            assert ref.split("#")[1] in ids_ok, ref
        for p in d.get("pii", []): assert p in q, p
        assert d["id"] not in seen; seen.add(d["id"])
        if "unsure" in v and v == ["unsure"]: assert esc
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(c[1][0] for c in cases), Counter(tuple(c[1]) for c in cases))
