"""Writes cases.jsonl for the Estuary Ports Authority evaluation set (prefix EPA)."""
import json, re, pathlib
OUT = pathlib.Path(__file__).parent
P = "epa-genai-policy.txt#"
def Q(heading):
    s = re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")
    return "epa-genai-quick-guide.txt#" + s
QG_TOOLS = Q("Which AI tools am I allowed to use?")
QG_TYPE = Q("What can I type or paste into an AI tool?")
QG_MA = Q("What is Managed Access?")
QG_PHONE = Q("Can I use AI on my own phone or home laptop?")
QG_EMBED = Q("Does the AI in Adobe, Canva, Grammarly or Zoom count?")
QG_MARINE = Q("Can AI help with pilotage, VTS, notices to mariners or tides?")
QG_MAIB = Q("Can I use AI to write up an accident, near miss or MAIB report?")
QG_HR = Q("Can I use AI for recruitment or HR cases?")
QG_COMM = Q("Can I use AI on lease renewals, berth deals or tenders?")
QG_MEET = Q("Can I record or transcribe meetings with AI?")
QG_PICS = Q("Can I make pictures or videos with AI?")
QG_LABEL = Q("Do I have to say I used AI?")
QG_BUILD = Q("Can I connect ChatGPT to my mailbox or build my own bot?")
QG_TRAIN = Q("Do I need training first?")
QG_OOPS = Q("I put something into an AI tool that I should not have. What now?")
QG_WHO = Q("Who do I ask?")

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]

def c(q, verdict, clauses, escalate=False, pii=None):
    return dict(question=q, verdict=verdict, clauses=[x if "#" in x and x.startswith("epa") else P + x for x in clauses], escalate=escalate, **({"pii": pii} if pii else {}))

cases = [
# --- clear yeses ---
c("hi all - is it ok to use gemini on my personal google account to summarise the DfT maritime strategy report thats on gov.uk? just for my own background reading", YES, ["5.1", "4.2", QG_TYPE]),
c("can i use copilot chat (work login) to tidy up a draft procedure for the workshop tool store? it's not published yet", YES, ["5.2", "3.3", "4.3", QG_TYPE]),
c("is claude ok to use for work stuff? i've never seen it on any approved list so wasnt sure", YES, ["1.2", "6.1", QG_TOOLS]),
c("can i ask chatgpt for ideas for our staff wellbeing week? no internal info, just brainstorming activities", ["allowed", "conditional"], ["5.1", QG_TYPE]),
c("I'm a pilot, can I use chatgpt to help me word an email to the other pilots about the christmas social? nothing work sensitive in it", YES, ["7.4", "5.1"]),
c("we've got github copilot through the authority's enterprise licence - ok to use it to help write a python script that reconciles invoice export files in finance?", YES, ["6.7"]),
c("can i use my own chatgpt on my home laptop to draft a linkedin post about our open day? the open day details are already on the website", YES, ["6.4", "5.1", "9.1"]),
c("i want to use perplexity to research what other UK ports publish about their shore power charges - fine?", YES, ["6.1", "5.1", QG_TOOLS]),
c("quick q - free canva account, magic write thing, for a poster about the marina open day which is already advertised publicly. allowed?", YES, ["6.2", "5.1", QG_EMBED]),
c("can i use chatgpt to translate our published welfare leaflet for visiting seafarers into tagalog and russian", YES, ["5.1", "9.1"]),
c("our adobe acrobat is the authority licence and i'm signed in with my work account - can i use the ai assistant to summarise a long draft internal engineering standard", YES, ["6.2", "5.2", QG_EMBED]),
c("is it ok to use copilot (work account) in outlook to summarise my inbox? some of the emails are routine queries from berth holders", YES, ["5.4", "5.7"]),
c("can i get chatgpt to make a generic illustration of a crane and containers for a slide in the internal all-staff presentation", YES, ["11.1", "9.3", QG_PICS]),
# --- conditional yeses ---
c("can I use copilot with my work account to draft a reply to a mooring holder who's asked when their annual invoice is due? their name and berth number would be in it", ["conditional", "allowed"], ["5.4", QG_TYPE]),
c("can we use AI to draft the job advert and job description for a new marine engineer post?", ["conditional", "allowed"], ["12.2", QG_HR]),
c("is it fine to switch on teams transcription and copilot recap in our weekly estates team catch up", ["conditional", "allowed"], ["10.1", QG_MEET]),
c("can AI write a toolbox talk on mooring line snap-back for the linesmen? it'd save me a couple of hours", ["conditional"], ["7.4"]),
c("my personal iphone is enrolled in the intune thing and i use the work outlook and copilot apps on it. can i use copilot on it for internal docs?", ["conditional", "allowed"], ["6.4", QG_PHONE]),
c("using copilot to draft a press release about the new ro-ro berth opening - does it need anything on it before it goes out?", ["conditional"], ["9.1", QG_LABEL]),
c("writing a board paper on the marina expansion, copilot helped with the first draft. anything I need to do?", ["conditional", "info"], ["9.4", "8.2", QG_LABEL]),
c("can i use ai to help draft a generic spec for new office chairs for the market engagement notice?", ["conditional", "allowed"], ["12.5"]),
c("I'm a contractor doing design work on the lock gate refurb for the Authority. does your AI policy apply to me, and can I use my firm's ChatGPT Enterprise for the work?", ["conditional", "info"], ["2.1", "3.3", "5.1"]),
c("got an email from Gareth Pennock (gareth.pennock@seamail.example, 07700 900412) moaning about his mooring invoice being wrong, can i use copilot with my work login to draft a polite reply?", ["conditional", "allowed"], ["5.4", QG_TYPE], pii=["Gareth Pennock", "gareth.pennock@seamail.example", "07700 900412"]),
# --- clear nos, rules phrased unlike the question ---
c("quick one, could chatgpt work out the UKC for the tanker coming in on the 0400 tide, just as a sanity check against my own figures", NO, ["7.2", "7.1", QG_MARINE]),
c("vts here - can i get copilot to word the advisory broadcast about the dredger working in the main channel tonight", NO, ["7.2", "7.1", QG_MARINE]),
c("need to get a notice out about a buoy that's dragged off station, can ai knock up the draft from our usual template", NO, ["7.2", "7.1", QG_MARINE]),
c("my written english isn't great - can i use copilot just to fix the grammar in my MAIB report on last week's berthing contact", NO, ["7.3", QG_MAIB]),
c("can i have the ai summarise the witness statements for the near miss at the lock gate? there's loads of them", NO, ["7.3", "4.4", QG_MAIB]),
c("we've had 40 applications for the admin assistant job, can copilot rank them against the person spec so i can shortlist quicker", NO, ["12.1", QG_HR]),
c("the panel has already decided the outcome, can i ask copilot to draft the disciplinary outcome letter", NO, ["12.3", QG_HR]),
c("the tenant at unit 7 has come back with a counter offer on their lease renewal, can copilot summarise it and suggest where we can push back?", NO, ["12.4", "3.5", QG_COMM]),
c("can i get chatgpt to model what berth rate we should offer a shipping line for the new 5 year deal we're negotiating", NO, ["12.4", "3.5", QG_COMM]),
c("can we use ai to do a first pass score of the tender bids for the crane maintenance contract? we'd check it after", NO, ["12.5", QG_COMM]),
c("one of the pilots is retiring - can i make a funny ai video of him steering a bathtub for his leaving do? he's totally up for it", NO, ["11.2", QG_PICS]),
c("can i upload the team photo to an ai tool to get rid of the background for the intranet page", NO, ["11.3", QG_PICS]),
c("the consultants want to bring their otter notetaker into our project meeting on teams (we're hosting). ok?", NO, ["10.2", QG_MEET]),
c("can i put the ch 14 recording from last night into an ai transcriber, would be way quicker than listening back", NO, ["10.4", QG_MEET]),
c("is deepseek ok to use? it's free and pretty good at coding", NO, ["6.5", QG_TOOLS]),
c("can i use deepseek through openrouter's api instead of their app? thought that might be different", NO, ["6.5"]),
c("someone's found an app that can clone the chief exec's voice so we could do the safety video voiceover without booking him, good idea?", NO, ["6.5", "11.2", QG_PICS]),
c("can i make ai images of the new quay showing three ships alongside for the investor brochure? it'll only really take two", NO, ["11.4"]),
c("can copilot help me write a python script that feeds AIS positions into the VTS display", NO, ["6.7", "7.2"]),
c("can we use teams ai notes in the rent review meeting with the boatyard tenant on thursday", NO, ["10.3", "12.4", QG_MEET]),
c("I've got cctv stills of the bloke who smashed the barrier at the north gate - can i put them into copilot to get a description for the police", NO, ["11.3", "4.4", "5.5"]),
# --- tool variants / personal accounts ---
c("can i paste our draft internal newsletter into my free chatgpt to tighten it up?", NO, ["5.2", "3.3", QG_TYPE]),
c("i pay for chatgpt plus myself but only use it for work - can i put the draft dredging programme schedule into it?", NO, ["3.3", "5.2", QG_MA]),
c("can I use the chatgpt app on my own phone to write up the minutes of this morning's estates team meeting?", NO, ["6.4", "5.2", QG_PHONE]),
c("there's a chrome extension that summarises your outlook emails with AI, can i just install it on my work laptop?", APPROVAL, ["6.3", "5.7", QG_EMBED], escalate=True),
c("i want to use the openai api to build a little bot that answers berth holders' faqs on the marina website", APPROVAL, ["6.6", QG_BUILD], escalate=True),
# --- information described without keywords ---
c("can I get copilot to help me word a return to work letter for a lad in my team who's been off with his back", NO, ["5.5", "4.6", "12.3"]),
c("one of our launch crew's ENG1 has come back with restrictions, can copilot help me draft the email to ops about what he can and can't do", NO, ["5.5", "4.6"]),
c("school visit to the marina on friday, the list has Poppy Hale and Alfie Grant and the other kids plus allergy notes, can i use chatgpt to make the name badges", NO, ["5.5", "4.6"], pii=["Poppy Hale", "Alfie Grant"]),
c("can I put Sandra Whitlow's OH referral (NI no QQ 123456 C) into copilot to get a summary for her line manager", NO, ["5.5", "4.6"], pii=["Sandra Whitlow", "QQ 123456 C"]),
c("need to write up the investigation into Mark Odeyemi, DOB 14/03/1988, for his disciplinary. can chatgpt help structure it", NO, ["12.3", "5.5"], pii=["Mark Odeyemi", "14/03/1988"]),
c("can i put next year's draft budget forecast into copilot (work account) to make some charts for the exec", APPROVAL, ["5.3", "4.4", QG_TYPE], escalate=True),
c("the PFSO wants a tidier layout for the access control section of the port facility security plan, can copilot reformat it", APPROVAL, ["16.4", "5.3", "4.4"], escalate=True),
# --- undecided ---
c("do i need to keep my copilot chats? if someone puts in a subject access request do they get my prompts?", ["unsure"], ["16.1", "15.2"], escalate=True),
c("can we turn on teams recap and transcription for the audit and risk committee next week?", ["unsure", "not_allowed"], ["16.2", QG_MEET], escalate=True),
c("the ferry terminal manager wants to use an AI-generated voice for the tannoy announcements, is that allowed", ["unsure", "not_allowed"], ["16.3"], escalate=True),
c("can we use copilot to redraft the navigational risk assessment now the wind farm crew transfer vessels are using the channel", APPROVAL, ["16.4", "7.2"], escalate=True),
# --- info ---
c("who do i ask about whether something counts as port sensitive?", ["info"], ["17.2", "5.8", QG_WHO]),
c("what actually counts as managed access?", ["info"], ["3.3", QG_MA]),
c("what's the line we have to put on stuff that AI helped write?", ["info"], ["9.1", QG_LABEL]),
c("i accidentally pasted a tenant's rent arrears spreadsheet into chatgpt, what do i do now", ["info"], ["14.1", QG_OOPS]),
c("do i need to do any training before using copilot with internal documents?", ["info", "conditional"], ["13.1", QG_TRAIN]),
c("what counts as special personal info?", ["info"], ["4.6"]),
# --- out of scope ---
c("does anyone know when the pilot launch refit is meant to finish?", ["out_of_scope"], []),
c("how do i book annual leave in the new HR system", ["out_of_scope"], []),
c("what time is high water at the outer bar tomorrow morning?", ["out_of_scope"], []),
]
with open(OUT / "cases.jsonl", "w") as f:
    for i, case in enumerate(cases, 1):
        f.write(json.dumps({"id": f"EPA{i:03d}", **case}) + "\n")
print(len(cases), "cases")
