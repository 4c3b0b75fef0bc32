"""Write cases.jsonl for the Ashby Vale DC evaluation set (prefix r17a)."""
import json
from pathlib import Path

HERE = Path(__file__).parent
P = "ashby-vale-genai-policy.md#"
R = "ashby-vale-ai-tools-register.csv#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]

def p(*ids): return [P + i for i in ids]
def r(*tools): return [R + t for t in tools]

C = [
# ---- clear yeses
("can i use copilot chat to tidy up the wording of our leisure centre newsletter? nothing personal in it, its going out to members anyway", YES, p("7.10", "5.2") + r("Microsoft 365 Copilot Chat"), False),
("is it ok to ask chatgpt to explain what the NPPF says about green belt release? just for my own understanding, not going in a report", YES, p("6.4", "5.3") + r("ChatGPT"), False),
("im a food safety officer - can i get copilot to turn my scribbled inspection notes into the follow up letter to the cafe? no health stuff about anyone in there", YES, p("7.7"), False),
("fancy using copilot chat to crunch the missed bin collection totals and tonnages from the contractors monthly report, thats ok yeah?", YES, p("7.9") + r("Microsoft 365 Copilot Chat"), False),
("can copilot help me restructure my officer report for a householder extension and make it shorter? the assessment and recommendation bits are all my own words", YES, p("7.1"), False),
("licensing team here, can we use copilot to summarise the s182 guidance for a briefing note for new starters", YES, p("7.4", "6.4"), False),
("can i use gemini to come up with some catchy lines for the summer holiday swimming lessons poster", YES, r("Google Gemini") + p("7.10", "5.3"), False),
("housing options - can i get copilot to draft a general leaflet explaining how to ask the council for help if youre about to be made homeless? no case info at all", YES, p("7.5"), False),
("council tax team: can copilot draft a plain english explainer for the website on how single person discount works", YES, p("7.6"), False),
("is it fine to use copilot chat to summarise the published local plan chapter on housing sites for a new graduate planner", YES, p("7.1", "5.2") + r("Microsoft 365 Copilot Chat"), False),
("comms q - can we knock up an AI illustration in firefly for the leisure centre fun run poster? cartoon runners, no real people", YES, p("11.1") + r("Adobe Firefly"), False),
("can i use copilot chat to help me write an excel formula for the budget workings spreadsheet (no names in it)", YES, p("5.2", "8.4") + r("Microsoft 365 Copilot Chat"), False),
("is chatgpt ok for polishing the press release about the new play park? it goes out tomorrow anyway", YES, p("5.3", "A.4") + r("ChatGPT"), False),
("could i use copilot chat to draft a generic temporary accommodation letter template with placeholders, no real case details", YES, p("7.5"), False),
("hr asked us to write a job advert for a planning enforcement officer. ok to use copilot chat to draft the advert? not doing any shortlisting with it", YES, p("5.2", "6.2") + r("Microsoft 365 Copilot Chat"), False),
("if copilot only fixed my spelling and grammar in a reply to a resident do i need to put the 'drafted with AI' line on it?", ["allowed", "info", "conditional"], p("9.2", "9.1"), False),
# ---- conditional
("can i summarise the neighbour objections on a big housing application with copilot for the committee report? there are about 140 of them", ["conditional"], p("7.2"), False),
("want to switch on teams transcription for our weekly team catch up, all internal staff. allowed?", ["conditional"], p("10.1") + r("Microsoft 365 Copilot"), False),
("working from home on my own laptop today, can i use copilot chat (signed in with work account) to draft the new internal validation procedure for the planning support team", ["conditional", "not_allowed"], p("4.7"), False),
("can i use chatgpt on my personal phone for council work if its only stuff thats already on our website", ["conditional", "allowed"], p("4.7", "4.8") + r("ChatGPT"), False),
("chatgpt free version ok for drafting facebook posts for the recycling campaign? I've got a personal account already", ["conditional", "not_allowed"], p("4.8", "5.3") + r("ChatGPT"), False),
("the consultation summary for the parking strategy is going on the website and copilot did most of the first draft. anything I need to do before it goes up?", ["conditional", "info"], p("9.1", "8.3", "8.1"), False),
("using copilot to draft big chunks of a cabinet report on the leisure contract extension - is there anything i need to record?", ["conditional", "info"], p("9.3", "8.3"), False),
("i got copilot to write a python script to clean up the street naming and numbering dataset. can i just run it on the live gazetteer?", ["conditional"], p("8.4"), False),
("we're putting AI mock ups of what the market place could look like after regeneration into the town centre consultation leaflet. ok to go ahead?", ["conditional", "not_allowed", "unsure"], p("11.3", "A.9"), True),
# ---- clear nos, rules worded unlike the question
("can i get copilot to write the planning balance and recommendation for my delegated report? i will read it through before signing", NO, p("7.1", "6.1"), False),
("can we leave teams transcription running during the licensing sub committee hearing so the clerk doesnt have to take notes", NO, p("7.4", "10.2"), False),
("could copilot draft the sub-committee's reasons for revoking a taxi driver's licence? the members have already made the decision", NO, p("7.4"), False),
("thinking of putting a family's situation into copilot (names taken out) so it can write up their homelessness assessment and PHP quicker", NO, p("7.5"), False),
("could copilot help us work out which housing benefit claims look dodgiest so we know which to look at first?", NO, p("7.6", "6.1"), False),
("fraud team - can i record an interview under caution on teams and get copilot to give me the transcript", NO, p("10.2", "7.6"), False),
("can i ask chatgpt to summarise the draft budget papers before they're published? just want the key points", NO, p("5.3") + r("ChatGPT"), False),
("my manager wants me to use copilot to rank the applicants for the admin assistant job against the person spec, is that ok", NO, p("6.2"), False),
("using deepseek on my own phone to brainstorm slogans for the litter campaign, its only public stuff", NO, r("DeepSeek") + p("4.2"), False),
("can i put otter on my teams calls so i get automatic notes", NO, r("Otter.ai") + p("10.3"), False),
("is it ok to install the grammarly chrome extension on my work laptop? it'd really help my emails", NO, r("Grammarly") + p("4.5"), False),
("can i use copilot on my own outlook.com microsoft account to draft a council email? its the same copilot isnt it", NO, p("4.4"), False),
("the police sent us an intel bulletin about a problem pub, can i use copilot chat to summarise it for the licensing review pack", NO, p("5.5"), False),
("can i paste the bids from the waste collection tender into chatgpt so it can compare prices", NO, p("5.6", "5.3") + r("ChatGPT"), False),
("we want to make a short budget consultation video with an AI voice that sounds like the council leader, she's fine with it", NO, p("11.2"), False),
("could we use AI to tidy up the background on the photo of our staff award winners before it goes on the intranet", NO, p("11.2"), False),
("electoral services - can i upload the absent voter list to copilot to find duplicate entries", NO, p("7.8"), False),
("could we set up a chatbot to answer voters' questions about postal votes during the election", NO, p("7.8"), False),
("building control: can copilot check whether the drawings meet part M and then draft the completion certificate", NO, p("7.3"), False),
("can copilot draft an improvement notice for the takeaway we inspected yesterday, i'll give it my notes", NO, p("7.7"), False),
("had a sickness absence meeting with one of my team, can i use the copilot meeting recap to write it up", NO, p("10.2", "5.4"), False),
("can i give copilot chat a child's details from a safeguarding referral to help me fill in the referral form", NO, p("5.4", "A.7"), False),
# ---- tools not on the register / approval needed
("is claude ok to use for drafting internal procedures?", APPROVAL, p("4.2", "4.3"), True),
("can i use perplexity to research how other councils do garden waste charging", APPROVAL, p("4.2", "4.3"), True),
("the revs and bens system supplier has turned on an AI assistant that drafts recovery letters - can we start using it?", APPROVAL, p("12.2", "2.4"), True),
("theres a free 30 day trial of an AI tool that reads planning drawings and checks them against the design guide, can we give it a go?", APPROVAL, p("12.3", "12.1", "4.2"), True),
("i want to hook our planning system up to the openai api to auto summarise new applications, who needs to ok that", ["not_allowed", "unsure", "info"], p("4.6"), True),
("can i build a copilot agent on our waste FAQ so residents can ask it about bin days", APPROVAL, p("4.6"), True),
("can i use microsoft designer to make a poster for the leisure centre open day", APPROVAL, p("4.2", "4.4"), True),
# ---- undecided
("can we use copilot to translate the notice about changes to bin collection days into urdu for one of our estates", UNSURE, p("15.2"), True),
("an applicant has put AI generated images of the proposed houses in their design and access statement - do i accept them as part of the application?", UNSURE, p("15.3"), True),
("councillor here - can i use copilot with my council login to help me reply to ward casework emails", UNSURE, p("15.4"), True),
("democratic services: can we get copilot to write the draft minutes of planning committee from the webcast", ["unsure", "not_allowed"], p("15.5"), True),
("is there an ai translation tool we can use on the phone with a ukrainian resident about their council tax bill", UNSURE, p("15.2"), True),
# ---- info
("who do i ask about getting a new ai tool approved?", INFO, p("4.3", "16.1", "16.3"), False),
("what counts as ashby restricted?", INFO, p("A.6", "5.1"), False),
("how do i get a copilot licence?", INFO, p("13.2", "16.3"), False),
("what's an AI champion and can they sign off my use of a tool?", INFO, p("13.3"), False),
# ---- out of scope
("does anyone know if the canteen at the civic offices is open on the 24th", OOS, [], False),
("how do i book annual leave in the new HR portal", OOS, [], False),
]

PII = [
("accidentally pasted mrs dawson's complaint (j.dawson1962@gmail.com, 14 Orchard Rise) into chatgpt yesterday to help me reply - what do i do now?", ["info", "not_allowed"], p("14.1", "5.3"), False, ["j.dawson1962@gmail.com", "14 Orchard Rise"]),
("thinking of putting Mr Kowalczyk's situation into copilot - evicted from 22 Tamar Close AV4 7QT with two kids - to help write up his homelessness assessment, ok?", NO, p("7.5"), False, ["Kowalczyk", "22 Tamar Close", "AV4 7QT"]),
("resident Sandra Pike (NI number QQ 12 34 56 C) wrote in about her depression and rent arrears, can copilot help me draft the reply", NO, p("5.4", "A.7"), False, ["Sandra Pike", "QQ 12 34 56 C"]),
("claimant ref HB-204417, dob 03/02/1979 - can i ask copilot whether his claim looks fraudulent before i refer it", NO, p("7.6", "6.1"), False, ["HB-204417", "03/02/1979"]),
("can i copy the voicemail from 07700 900461 about the barking dog next door into chatgpt to draft a reply", NO, p("5.3") + r("ChatGPT"), False, ["07700 900461"]),
]

out = []
for q, v, cl, esc in C:
    out.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc})
for q, v, cl, esc, pii in PII:
    out.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc, "pii": pii})
with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
    for i, c in enumerate(out, 1):
        f.write(json.dumps({"id": f"r17a{i:03d}", **c}, ensure_ascii=False) + "\n")
print(len(out), "cases")
