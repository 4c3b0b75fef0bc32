import json
F = "stourmouth-genai-policy.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
C = []
def add(q, v, cl, esc=False, pii=None):
    d = {"id": "SMC%03d" % (len(C) + 1), "question": q, "verdict": v,
         "clauses": [F + c for c in cl], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- ordinary permitted work
add("can i use copilot chat (work login, green shield) to reword a draft report on our libraries opening hours review? no names in it", YES, ["3.5", "4.1"])
add("hi - want to use copilot chat to summarise the published local plan consultation doc so i can brief my team quickly, ok?", YES, ["3.5", "4.9"])
add("is it ok to get copilot chat to draft a job advert and JD for a revenues officer post", YES, ["6.2", "3.5"])
add("im in housing options, can i ask copilot chat to summarise the homelessness code of guidance (the published govt one) for a training session for new starters", YES, ["5.2", "3.5", "4.9"])
add("can i use copilot to draft a standard template letter for council tax reduction applicants? no resident details, just the template wording, team leader will check it", YES, ["5.2", "3.5"])
add("procurement q: can i use copilot chat to draft the spec and tender qs for the new grounds maintenance contract? only our own internal requirements, nothing from suppliers", YES, ["12.3", "3.5"])
add("contact centre adviser here, reply assist has drafted an answer to someones email about when their bin collection day is, i'll check and edit before i send it - thats fine yeah?", YES, ["9.1"])
add("brainstorming ideas for the libraries summer reading challenge w/ copilot chat - allowed right?", YES, ["3.5"])
add("can i get copilot chat to translate our published recycling leaflet into polish? it's going on the website", ["conditional", "allowed"], ["9.5", "10.1"])
add("electoral services - can I use Copilot Chat to draft a general 'how to register to vote' page for the website? we're not in a pre-election period", YES, ["3.5", "10.3"])
add("SEN team admin - can copilot chat help me write generic info for parents about how the EHC needs assessment process works? no child details at all", YES, ["5.2", "3.5"])
add("i do the performance dashboard (only non personal figures, totals per service). can copilot chat help me fix an excel formula thats not working", YES, ["3.5", "4.1"])
add("our team has an approved use on the intranet list for copilot in teams to recap our internal project meetings. can i switch it on for tomorrows project board? i'll tell everyone at the start", ["conditional", "allowed"], ["8.1", "3.4"])
add("press office: writing a press release about the new riverside park with copilot chat. anything i need to do before it goes out?", ["conditional", "allowed"], ["10.1", "3.5"])
add("port health - ok to use copilot chat to summarise the published FSA guidance on import controls for our team wiki?", YES, ["3.5", "4.9"])

# --- tools, accounts, devices, approval
add("can I use the free version of ChatGPT to summarise a cabinet report thats already published? its public info so no risk surely", NO, ["3.2", "3.4", "4.9"], esc=True)
add("can i use my personal chatgpt plus account on my phone to help draft council reports? honestly its better than copilot", NO, ["3.7"])
add("DeepSeek is way faster, can i use it for non sensitive stuff only", NO, ["3.8"])
add("can i use copilot chat at home with my personal microsoft account (not signed into work) to draft a procedure doc", NO, ["3.7"])
add("found a free AI browser extension that summarises web pages, can i install it on my work laptop and use it for research", NO, ["3.2", "3.1"], esc=True)
add("we're trialling a free AI summariser for 2 weeks, can we start the trial while our AI use notification form is still with IG?", NO, ["3.2", "12.1"])
add("is it ok to use the AI assistant in Adobe Acrobat to summarise published planning policy PDFs? its built into the software we already have", NO, ["3.2", "A.2"], esc=True)
add("the network blocks deepseek but i could just use my phone hotspot - is that ok if its only for brainstorming?", NO, ["3.8"])
add("can I use Copilot Chat for work from my personal iPad if I log in with my council account through the browser?", ["not_allowed", "unsure"], ["3.7", "3.5"])

# --- information kinds
add("social worker here. can I use copilot chat to summarise the case notes for Mrs Janet Okafor (82, dementia, lives at 14 Harbour Row) before her care act review next week?", NO, ["4.3", "4.2", "5.1"], pii=["Janet Okafor", "14 Harbour Row"])
add("can i paste my team member's sickness absence record into copilot chat to draft a return to work letter? it's Priya Sharma, 3 episodes of stress related absence this year", NO, ["4.5"], pii=["Priya Sharma"])
add("ward cllr has asked me to use copilot chat to summarise a casework email from a constituent, Mr Dean Whitlow, 07700 900461, about his rent arrears. ok to do?", NO, ["4.2", "4.1"], pii=["Dean Whitlow", "07700 900461"])
add("school improvement officer - can i paste a pupil's EHCP into copilot to draft the annual review summary? i'll take the name out first", NO, ["4.4", "4.3"])
add("parking services ltd: can i put our draft 2027 tariff plan into copilot chat to model some options? no personal data in it", NO, ["4.6"])
add("exempt part B cabinet report on the harbour land disposal - can copilot summarise it for me before the meeting", NO, ["4.7"])
add("police have sent us an intelligence report about a family via the MASH. can copilot chat summarise it for the strategy discussion", NO, ["4.7", "4.4", "4.3"])
add("we have the 2027/28 budget savings proposals before they go to cabinet, can copilot chat tidy up the wording?", NO, ["4.7"])
add("electoral register extract has loads of duplicates, can i get copilot to dedupe it", NO, ["4.8"])
add("coroners liaison - can i use copilot chat to draft a letter to a bereaved family? it would include the names and date of death", NO, ["11.3", "4.2"])

# --- decisions about residents
add("can I paste a resident's housing benefit claim into copilot to work out if they're entitled? claimant NI number QQ 12 34 56 C, dob 03/07/1961", NO, ["5.1", "4.2"], pii=["QQ 12 34 56 C", "03/07/1961"])
add("can copilot decide who gets band A on the housing register if i give it the banding criteria and this weeks applications", NO, ["5.1"])
add("can I ask Gemini to write the refusal decision for a blue badge applicant based on their form", NO, ["5.1", "3.2", "4.3"])
add("adult social care - could AI do a first pass of care act eligibility on new referrals so we can prioritise? a worker would make the final decision", NO, ["5.1", "4.3"])
add("is it ok to use ai to recommend which SEND placement a child should get, as a starting point for the panel?", NO, ["5.1", "4.4"])

# --- staff & recruitment
add("recruitment: we've had 140 applications, can copilot shortlist the top 20 against the person spec to save time", NO, ["6.1"])
add("HR caseworker - can I use copilot to summarise the grievance investigation notes for the hearing panel?", NO, ["4.5", "6.1"])

# --- images and voices
add("can i upload a photo of our team to an ai app to make a cartoon version for the staff newsletter? everyone's said they don't mind", NO, ["7.2", "7.1"])
add("comms idea: use AI voice cloning of the council leader's voice for our phone line welcome message. leader has agreed", NO, ["7.1"])
add("can i use an AI background remover on photos of residents at the community fun day before we post them", NO, ["7.2"])
add("can i just make my own AI generated illustrations for our housing team's poster? no real people in them", NO, ["7.3"])

# --- recording / transcription
add("an external attendee's Otter.ai bot is trying to join my teams meeting, should I let it in?", NO, ["8.2"])
add("can i record the child protection conference and get AI to write up the minutes, would save hours", NO, ["8.3", "4.4"])
add("contact centre manager: could we transcribe our call recordings with copilot to spot common themes? no approved use yet", NO, ["8.4"])
add("can we use copilot recap for the public planning committee meeting? it's webcast anyway so everything is public", ["unsure", "not_allowed"], ["8.5"], esc=True)
add("democratic services - we'd like AI transcripts of full council (its webcast) to help draft the minutes. allowed?", ["unsure", "not_allowed"], ["8.5"], esc=True)

# --- contact centre, translation
add("can reply assist just auto send its drafts to residents so we clear the email backlog, no adviser checking them", NO, ["9.2", "9.1"])
add("resident on webchat has said they're thinking of ending their life, can I use reply assist to draft my response quickly", NO, ["9.3"])
add("can i use reply assist for a stage 2 complaint response? its a long one", NO, ["9.3"])
add("resident at the housing counter only speaks tigrinya, can i use google translate on my phone to talk to them about their homeless application", NO, ["9.4", "3.7"])
add("library assistant here - a customer on one of our public PCs wants me to show them how to use chatgpt to write a letter to their landlord. am i allowed to help them with that?", ["unsure", "out_of_scope", "info"], ["2.3"])

# --- publication, consultation, legal, port health, code, automation
add("Can I use Claude to analyse the 2,000 free text responses to the budget consultation?", NO, ["10.2", "3.2"], esc=True)
add("can i use copilot chat to write a leaflet comparing the candidates in the ward by-election? we're in the pre-election period", NO, ["10.3"])
add("can copilot chat tell me whether we owe this family the main housing duty under part 7, so i can tell them today", NO, ["11.1", "5.1"])
add("port health: can AI tell me if a consignment of frozen prawns should be detained? I'd give it the lab results", NO, ["11.2"])
add("im in finance not ICT - can i use github copilot to write a python script for our reconciliations", NO, ["13.1"])
add("can i build a copilot studio agent that updates council tax accounts automatically when residents email in a change of address", NO, ["13.2", "4.2"])
add("want to build a power automate flow with the AI bit that sorts my own inbox into folders and adds reminders to my calendar, only my own mailbox. ok?", ["unsure", "not_allowed"], ["13.3"], esc=True)

# --- information questions
add("who do i report it to if i accidentally pasted a resident's email address (k.adeyemi@hotmail.co.uk) into chatgpt?", ["info"], ["15.1"], pii=["k.adeyemi@hotmail.co.uk"])
add("how quickly do i have to report a data slip into an ai tool?", ["info"], ["15.1"])
add("where can i see which AI uses have been approved?", ["info"], ["3.4"])
add("how do i get approval for my team to use an AI tool? do we need a DPIA", ["info"], ["3.1", "3.3"])
add("copilot gave me some pretty offensive output about gypsy and traveller communities, who do i tell", ["info"], ["15.2"])
add("does the AI policy apply to staff at Stourmouth Parking Services Ltd or just council staff?", ["info"], ["2.1"])

# --- out of scope
add("how do i book annual leave in the new HR system?", ["out_of_scope"], [])
add("whats the mileage rate for using my own car for home visits", ["out_of_scope"], [])

with open("cases.jsonl", "w") as f:
    for d in C:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(C), Counter(tuple(d["verdict"]) for d in C))
