#!/usr/bin/env python3
import json
P = "thornleigh-genai-policy.md#"
F = "genai-staff-faq.md#"
Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
U = ["unsure"]
I = ["info"]
O = ["out_of_scope"]
def p(*ids): return [P + i for i in ids]
cases = [
# --- plain yes: ordinary permitted work ---
("hiya, can i use chatgpt to rewrite our garden waste page from the website in plainer english? its already live on the site", Y, p("4.2", "5.1", "4.1")),
("i'm signed into copilot chat with my work account (green shield showing) - ok to get it to summarise our draft validation checklist procedure for planning? no names in it, just internal process stuff", Y, p("5.2", "4.3", "3.2")),
("do i actually need to ask anyone before i start using claude for work? my old council made you fill in a form", Y + I, p("4.1") + [F + "do-i-need-permission-to-use-chatgpt-or-another-ai-tool"]),
("comms q - can i use gemini to help write a press release about the new opening hours at the civic centre? it's going out next week anyway", C, p("6.6", "4.2", "3.1")),
("want to make a cartoon style picture of a wheelie bin with a smiley face for the recycling leaflet using canva's ai thing. fine?", ["conditional"], p("6.5", "6.6") + [F + "can-i-make-a-picture-for-a-leaflet-or-social-media-post-with-ai"]),
("can i ask chatgpt for an excel formula to add up tonnages by month? the spreadsheet stays on my laptop, i'm only describing the columns", Y, p("6.11", "4.2")),
("we want our garden waste leaflet (already published) in polish. ok to run it thru deepl and then print it?", ["conditional"], p("6.10", "6.6")),
("hr business partner here, can i use copilot chat (work login) to help me draft a job advert and job description for an environmental health officer post?", Y, p("6.3", "5.2")),
("procurement - can copilot chat help me draft the specification for the grounds maintenance contract? tender isn't out yet, spec is just our internal requirements, no bids received", C, p("6.4", "5.2")),
("i'm writing a little python script to tidy up the planning application stats csv we publish every quarter, can i get chatgpt to help with the code?", Y, p("6.11", "5.1")),
("ok to use perplexity to research how other district councils run their bulky waste collections? just for a benchmarking note", Y, p("4.2", "5.1", "4.1")),
("cllr briefing: can i get copilot to summarise the published cabinet report on the local plan so i can brief my team quickly", Y, p("5.1", "3.1")),
("can i use copilot chat to draft a standard template reminder letter for council tax, no names or account numbers in it, i'll merge the details in the revs system after", Y, p("6.2", "5.2") + [F + "can-i-use-ai-to-help-write-a-letter-to-a-resident"]),
("i have fly-tipping counts by ward for the year (just totals, no addresses or names). can i put them into copilot chat with my council login to help write the annual street cleansing report?", Y, p("5.5", "5.2")),
("could i use chatgpt to come up with ideas for activities for our staff wellbeing week? nothing sensitive", Y, p("4.2", "5.1")),
("we're doing a youtube explainer on how to recycle properly, can we use an ai generated voiceover with a stock synthetic voice (not anyone real)? would be published on the council channel", ["conditional"], p("6.5", "6.6")),
# --- personal data / special category / children / records ---
("resident Mrs Janet Okafor (janet.okafor62@gmail.com) has sent a really long rambling complaint about her missed bins and her neighbour, can i paste it into copilot chat to summarise? it's the protected one", N, p("5.4", "3.3") + [F + "can-i-put-a-resident-s-details-into-copilot-chat-if-it-is-the-protected-version"], ["Janet Okafor", "janet.okafor62@gmail.com"]),
("benefits team - got a HB claim for a Mr Darren Hollis, NI QQ 12 34 56 C, claim ref HB/2026/04417. want copilot to summarise his evidence and tell me if he qualifies for backdating", N, p("5.4", "6.2"), ["Darren Hollis", "QQ 12 34 56 C", "HB/2026/04417"]),
("if i take the names off, can i paste a list of council tax account numbers and arrears amounts into chatgpt to sort them into bands for a report?", N, p("5.4", "5.5")),
("food safety officer: i've got my inspection notes from a takeaway visit yesterday, can i get chatgpt to turn them into the formal inspection report?", N, p("5.4")),
("tenant sent in a GP letter about his depression to support a discretionary housing payment request. can copilot chat pull out the key points for me? work account", N, p("5.4", "3.4", "6.2")),
("ASB complaint mentions a kid, Tyler Brennan, 9, from Larch Close kicking footballs at cars. can i get copilot to draft the warning letter to the family?", N, p("5.4", "6.2"), ["Tyler Brennan", "Larch Close"]),
("i'm investigating a single person discount fraud referral, could i upload the case file into copilot chat to build a timeline?", N, p("5.4")),
("manager here - can i put my team's sickness absence records into copilot to spot patterns before the absence review meetings", N, p("5.4", "3.4")),
("Gary Pilcher on my team is off with stress and has a grievance in, can i use copilot to help me write up the notes from my meeting with him", N, p("5.4", "6.7"), ["Gary Pilcher"]),
("can i use copilot to help me write my own appraisal self-assessment? it has my sickness days and my pay grade in", N, p("5.4", "3.3")),
("planning: can i put the neighbour objection letters from the public portal into copilot chat to summarise them for the delegated report? they're published anyway", N, p("5.6", "6.2")),
("got a letter in romanian from a resident about her council tax arrears, phone 07700 900461 on it. quickest is google translate - ok?", N, p("6.10", "5.4"), ["07700 900461"]),
# --- internal info in wrong tool / devices / accounts ---
("can i paste our draft 2027/28 budget working papers into the free chatgpt to help me write the narrative? no names in it", N, p("5.2", "4.2", "3.2")),
("on my own phone at home - can i use copilot chat with my council login to go through a draft report before it goes to committee?", N, p("4.5", "5.2")),
("copilot chat doesn't show the shield thing on my machine today, can i still paste in the internal restructure project plan?", N, p("4.3", "5.2") + [F + "how-do-i-know-i-am-in-the-protected-version-of-copilot-chat"]),
("i pay for chatgpt plus myself, so it's not the free one - can i use it for internal draft documents?", N, p("4.4", "4.2", "5.2")),
("can i buy a chatgpt team subscription for the comms team on the purchasing card?", N, p("4.4")),
("i need to sign up to a new AI slide tool - can i just use my thornleigh email and my normal network password so it's all in one place", N, p("4.6")),
("there's a part 2 exempt report on the depot sale going to cabinet, can copilot chat help me summarise it for the portfolio holder?", N, p("5.4", "3.5")),
("legal services sent me their advice on the enforcement appeal, can i put it in copilot to get a shorter version for my manager", N, p("5.4")),
# --- activity rules ---
("can i get copilot to look at a premises licence application and recommend grant or refuse, just as a starting point, i'll make the decision", N, p("6.2")),
("planning officer: could ai draft the recommendation section for a householder extension application? all the documents are on the public portal", N, p("6.2", "5.6")),
("business rates - can i use AI to assess whether a charity's application for discretionary rate relief meets our criteria", N, p("6.2", "5.4")),
("we've had 120 applicants for the customer services adviser jobs, can i use chatgpt to shortlist them against the person spec? i'll remove names first", N, p("6.3", "5.4")),
("can i use ai to score candidates' interview answers so it's more consistent between panel members", N, p("6.3")),
("tender evaluation for the waste fleet contract - can copilot compare the 4 bids against our scoring criteria to speed things up?", N, p("6.4", "5.4")),
("for the regeneration brochure can we make an ai image of the council leader cutting a ribbon at the new market hall? it hasn't opened yet so we've got no photo", N, p("6.5")),
("chief exec has agreed we can clone his voice with an ai tool for the new year staff video, he's happy with it. ok?", N, p("6.5")),
("can i have otter running in the licensing sub-committee hearing tomorrow so i don't have to take minutes by hand", N, p("6.7")),
("i'm chairing a disciplinary next week, can i turn on copilot recap in teams so i get a summary", N, p("6.7")),
("customer services - can we use an ai note taker on calls with residents about their council tax accounts?", N, p("6.7", "5.4")),
("i had chatgpt write a whole news article for the website and i checked it all through. do i need to say it was AI? would rather not", N, p("6.6")),
("elections team: can i use chatgpt to freshen up the wording on this year's poll cards and the notice of election so they're more readable?", N, p("6.13") + [F + "what-about-elections-work"]),
("could we set up an ai chatbot to answer electors' questions about how to register to vote before the may elections?", N, p("6.13", "6.12")),
("quick one - can i ask chatgpt whether we can serve a section 215 untidy land notice on this property and what the notice should say", N, p("6.9")),
("can i connect an ai agent to the waste services shared mailbox so it replies to missed bin emails automatically?", N, p("6.12")),
("want to build a power automate flow where copilot writes and posts our bin day reminders to facebook without anyone checking each post. allowed?", N, p("6.12", "6.6")),
("i'm stuck debugging an api script, can i paste the whole thing into chatgpt including the api key for the planning system?", N, p("6.11")),
# --- undecided points ---
("can i turn on copilot recap / transcription for our weekly team catch up in teams? it's just internal stuff, no HR", U, p("6.8") + [F + "can-i-use-ai-to-take-notes-in-meetings"], None, True),
("project board for the new depot - fine to have teams ai transcription running so we get auto minutes?", U, p("6.8"), None, True),
("dem services: cllr Patel has asked whether she can use chatgpt to draft her ward newsletter and whether our ai policy applies to her. what do i tell her?", U, p("2.3"), None, True),
("does the generative ai policy apply to councillors doing their own casework? one of our members wants to know before he starts using gemini", U, p("2.3"), None, True),
# --- info ---
("help i've just pasted a resident's email address into chatgpt by mistake. who do i tell??", I, p("8.1") + [F + "i-ve-pasted-something-i-shouldn-t-have-what-do-i-do"]),
("who do i ask if i have a question the ai policy doesn't answer?", I, p("7.1") + [F + "who-can-i-ask-if-the-policy-doesn-t-cover-my-question"]),
("is there ai training i have to do and by when?", I, p("7.3") + [F + "is-there-training"]),
("what's the exact wording we have to put on ai generated content?", I, p("6.6")),
("how do i tell if i'm in the protected version of copilot chat?", I, p("4.3") + [F + "how-do-i-know-i-am-in-the-protected-version-of-copilot-chat"]),
("my contact at thornleigh leisure trust asked if our ai policy covers their staff at the leisure centres - does it?", I, p("2.2")),
("the revs and bens system has a new AI summary button, is that covered by the genai policy or something else?", I, p("2.4")),
("what counts as 'internal information' under the ai policy?", I, p("3.2", "5.5")),
# --- out of scope ---
("how do i book annual leave in the new hr system?", O, []),
("does anyone know the mileage rate for using my own car for site visits?", O, []),
("what's the number for the ict service desk, my vpn keeps dropping", O, []),
]
with open("cases.jsonl", "w") as f:
    for n, c in enumerate(cases, 1):
        q, v, cl = c[0], c[1], c[2]
        pii = c[3] if len(c) > 3 else None
        esc = c[4] if len(c) > 4 else False
        d = {"id": f"TDC{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii: d["pii"] = pii
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
