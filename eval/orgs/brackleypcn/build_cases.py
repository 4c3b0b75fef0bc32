"""Writes cases.jsonl for the Brackley and District PCN set."""
import json
P = "brackley-pcn-ai-policy.md#"
Q = "ai-quick-guide.txt#"
Y = ["allowed", "conditional"]
N = ["not_allowed"]
U = ["unsure"]
I = ["info"]
O = ["out_of_scope"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": [x if "#" in x else P + x for x in cl], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- plain yes: ordinary permitted work
c("hi all, can i use copilot chat (signed in with nhsmail) to draft an email to the 6 practice managers about the enhanced access hub rota changing in jan? no patient stuff in it", Y, ["4.1", "3.1"])
c("clinical pharmacist here - is it ok to get copilot chat to summarise the new NICE hypertension guidance for my own learning before our CPD session", Y, ["6.4", "4.1"])
c("im a social prescriber and writing the ppg newsletter bit about the new walking group, can copilot help me write it? it'll go out to patients", Y, ["9.1", "4.1"])
c("care coordinator q: can copilot chat write me an excel formula to count referrals per month on our tracker? i wont paste any of the data in just the column headings", Y, ["12.4", "4.1"])
c("Tom here, PCN manager. Want to use Copilot Chat to draft the job advert and JD for the new ARRS paramedic post - fine?", Y, ["8.2"])
c("can i make a poster graphic for the saturday flu clinic with copilot chat? just cartoon syringes and a calendar, no people", Y, ["9.3", "9.2"])
c("GP at hinton lane - we've got accurx scribe switched on. routine consult about back pain with a 45yo, she said yes to it and ive done the training. ok to use it?", Y, ["5.2", "5.1"])
c("can copilot translate our opening hours poster into polish and romanian? one of the receptionists speaks polish and can check it", Y, ["9.5"])
c("doing complaints admin - can i use copilot chat to draft a generic acknowledgement letter template, no actual complaint details", Y, ["10.2"])
c("can i ask copilot chat to give me a summary of the network contract DES spec for this year? the published one from nhse", Y, ["11.3", "4.1"])
c("is it ok to use copilot chat on my own iphone? id go through the microsoft 365 app signed into nhsmail, phone has face id + pin", Y, ["12.2"])
c("can I paste our draft board paper on the hub's winter plan into copilot chat to tighten up the wording? no names or patient info, just the plan and some activity figures", Y, ["4.4", "4.1"])
c("annual complaints report: i've got counts by theme (access 14, prescribing 11, attitude 10) no names etc. can copilot turn it into a short summary paragraph", Y, ["10.3", "4.3"])
c("pharm tech here. making training slides on inhaler technique for care home staff, general stuff not about any resident. ok to use copilot chat to draft?", Y, ["6.4", "4.1"])
c("can copilot chat help me write the emis search criteria for a diabetes foot check recall? i wouldnt put any patient data in", Y, ["12.4"])
c("paramedic at the enhanced access hub - scribe is on there. patient is 70, agreed to it at the start, i'll check the note before saving. all good?", Y, ["5.2", "5.1"])
c("i have network wide figures, 312 pts on DOACs split by practice (smallest practice has 31). no identifiers. ok to put into copilot chat to make a chart summary for the board", Y, ["4.3", "4.4"])
c("16 yr old came in on her own for a sore throat consult, happy for scribe to be used. she's 16 so thats fine right? no safeguarding issues", Y, ["5.2", "7.2"])
c("does the spellcheck and predictive text in outlook count as AI under the policy? can i keep using it", ["allowed", "info"], ["1.4"])

# --- tools and accounts
c("can i just use the free chatgpt to draft an email to the practice managers? its quicker than copilot", N, ["3.1", "3.2"])
c("I use gemini on my personal phone all the time, can I use it for pcn stuff like rewording a rota email?", N, ["3.2", "12.1"])
c("copilot at home on my laptop is signed in with my hotmail not nhsmail, is that ok if its only public info like nice guidance?", N, ["3.3", "12.1"])
c("we've been offered a free trial of heidi health scribe at evenley road, can the GPs try it out for a month", N, ["3.2", "3.1"])
c("can we use otter to transcribe the pcn board meeting so we dont need someone taking minutes", N, ["3.2", "8.5"])
c("can we switch on copilot in teams for the clinical directors meeting so it does the recap and actions?", N, ["3.4", "8.5"])
c("grammarly has a new AI 'rewrite' button, am i allowed to use that on pcn letters", N, ["3.2"])
c("our IT bloke says we can get the paid microsoft 365 copilot in word and outlook - can the PCN team start using it?", N, ["3.4"])
c("EMIS has just turned on an AI summary feature for the patient record. can i use it for care home ward round prep?", N, ["3.5", "3.6"])
c("ICB have given us a login to a new AI population health tool. can our care coordinators start using it this week or do we need to wait?", ["not_allowed", "unsure"], ["3.6", "3.1"])

# --- patient data
c("can I paste a discharge summary into copilot chat to get a quick summary for the care home ward round? I'd take the name off", N, ["4.2", "2.2"])
c("if i remove the name but keep DOB and postcode is that anonymised enough to put in copilot chat", N, ["4.2", "2.2", "4.3"])
c("need a letter to mrs janet ellery dob 03/04/1951 nhs no 485 777 3456 about her missed bloods, can i give copilot her details so it writes it", N, ["4.2"], pii=["janet ellery", "03/04/1951", "485 777 3456"])
c("can i put a table of the 6 patients at syresham who had falls last month into copilot, no names just ages + village + condition", N, ["4.3", "2.2", "4.2"])

# --- clinical decisions, prescribing, triage
c("clinical pharmacist: can i ask copilot chat to do a first pass of a structured medication review for a care home resident? no name, just the drug list and ages", N, ["6.2", "6.1"])
c("patient with odd rash + joint pain, no identifiers, can i ask copilot what the likely diagnosis is before i call them back", N, ["6.1"])
c("can we use AI to sort and prioritise the accurx online consultation requests each morning? would save the duty doc loads", N, ["6.3"])

# --- safeguarding and children
c("need to write up a safeguarding concern for the MDT, can i put an anonymised version in copilot chat to structure it?", N, ["7.1"])
c("GP at market square: 14 yr old boy coming in with his dad for asthma review, can I use scribe?", N, ["5.2", "7.2"])
c("halfway through a scribe consult the patient disclosed her partner hits her. do i just carry on with scribe and tidy the note after?", N, ["5.2", "7.1"])
c("writing a letter to a 9yo's school about his asthma plan, only using his first name, can copilot chat draft it", N, ["7.2", "4.2"])

# --- scribe conditions
c("can i use accurx scribe to record our MDT meeting so we get minutes automatically?", N, ["5.2", "8.5"])
c("i'm a gp at syresham, heard scribe is great - can i just start using it in my clinics", N, ["5.1"])
c("patient said no to scribe at the start but i'd like to use it anyway as it's a long consult, i'll tell her after", N, ["5.2"])
c("can i download the scribe transcript and save it to my onedrive so i can use it for my appraisal reflections", N, ["5.4"])

# --- staff / HR / recruitment
c("line manager q - can copilot chat help me write a return to work letter for sarah whitlock, care coordinator, off with stress since 2 nov?", N, ["8.1", "2.4"], pii=["sarah whitlock"])
c("we had 40 applications for the SPLW post, can copilot chat shortlist the CVs against the person spec", N, ["8.3"])
c("can I put my notes from a grievance meeting into copilot to summarise them for HR", N, ["8.1"])
c("can copilot help me decide which of the two pharmacists should get the band 8a post based on their appraisals", N, ["8.4", "8.1"])

# --- images, publication, translation
c("ppg chair asked if we can use AI to tidy up a photo of her at the health fair and make it look more professional for the website", N, ["9.4"])
c("can I upload a photo of a patient's leg ulcer to copilot to ask what stage it looks like", N, ["9.4", "6.1"])
c("for the PPG facebook we want a fun AI video of dr raman saying 'get your flu jab' - she's said she's fine with it", N, ["9.4"])
c("patient only speaks arabic, can copilot chat translate my letter about his new medication for him", N, ["9.5", "4.2"])
c("do i have to put 'made with AI' on the newsletter text if copilot drafted it and i edited it?", ["info", "allowed"], ["9.2"])

# --- complaints, procurement, legal, automation
c("can i paste the complaint email from mr dev patel (07700 900412) into copilot chat to help draft a reply", N, ["10.1"], pii=["dev patel", "07700 900412"])
c("we have 3 quotes for the phlebotomy service, can copilot compare them and tell us which is best value", N, ["11.1", "11.2"])
c("can i ask copilot chat if we can end a locum's contract early and just go with what it says? trying to avoid solicitor fees", N, ["11.4"])
c("can we set up power automate with AI so it auto-texts patients to rebook when someone cancels, without anyone checking", N, ["12.3"])

# --- undecided points
c("care home ward round tomorrow at the willows - one resident, mr albert finch in room 12, has advanced dementia and cant consent, his daughter (LPA) is there. can i use scribe for his review?", U, ["13.1", "13", "5.2"], esc=True, pii=["albert finch"])
c("using language line interpreter for a consult at the hub, can scribe still be switched on?", U, ["13.2", "13"], esc=True)
c("I'm a GP who speaks urdu, lots of my consults are in urdu. can I use accurx scribe for those?", U, ["13.2", "13"], esc=True)

# --- not settled by the policy
c("a patient wants to record our consultation on his phone's AI notes app, is that ok under our policy?", ["unsure", "out_of_scope"], ["1.1", "1.2"])
c("our PPG chair (volunteer, no nhsmail) wants to use her own chatgpt to write the ppg newsletter at home. does our policy stop her?", ["unsure", "not_allowed"], ["1.2", "3.1"])

# --- info
c("help - i accidentally pasted a patient letter into copilot chat. who do i tell??", I, ["14.1", "14.2", Q + "not-sure-or-made-a-mistake"])
c("who is the IG lead for the PCN and what's their email", I, ["14.2"])
c("how do i get a new AI tool approved? we want to look at an AI note-taker for the social prescribers", ["info", "not_allowed"], ["3.6"])
c("which practices actually have accurx scribe switched on at the moment?", I, ["5.1"])
c("what training do i need to do before using copilot chat?", I, ["15.1"])

# --- out of scope
c("how do i book annual leave on the hub rota system?", O, [])
c("what's the DES payment rate for the care home ward rounds this year", O, [])

with open("cases.jsonl", "w") as f:
    for i, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"BPC{i:03d}", **d}, ensure_ascii=False) + "\n")
print(len(C))
