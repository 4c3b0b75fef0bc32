"""Write cases.jsonl for the London Borough of Brentmere set (prefix r14a).

Run: /work/main/.venv/bin/python make_cases.py
Every cited clause is checked against originals/ by check_set.py.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
F = "brentmere-genai-acceptable-use-policy.md"

YES = ["allowed", "conditional"]
COND = ["conditional"]
NO = ["not_allowed"]
ASK = ["unsure", "not_allowed"]     # needs IGB approval / undecided: escalate
INFO = ["info"]
OOS = ["out_of_scope"]


def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": [f"{F}#{x}" for x in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    return d


CASES = [
    # --- clear yeses -------------------------------------------------------------------------
    c("can i use copilot chat to rewrite the library opening hours page so its easier to read? its all already on the website", YES, ["5.1", "4.1", "A.1"]),
    c("hi all quick one - ok to use copilot to help me write up an internal procedure for the parking permits back office? no names or anything, just the process steps", YES, ["5.1", "4.2"]),
    c("Is it fine to get Copilot Chat to explain what section 17 of the Children Act 1989 actually means in plain english? purely for my own understanding, no case details", YES, ["13.4", "5.1", "4.1"]),
    c("can copilot chat give me an excel formula to work out average days to process new HB claims? i'd only describe the column headers, not paste the data", YES, ["13.4", "5.1", "4.2"]),
    c("i've got the proper copilot licence (the one in outlook and word). can i get it to summarise a long email chain with a tenant about a leaking gutter so i can reply quicker?", YES, ["5.4", "A.2"]),
    c("does the spell checker / grammar suggestions in word count as AI under the new policy?? can i still use it for my committee reports", ["allowed", "out_of_scope", "info"], ["2.3"]),
    c("I'm hard of hearing and rely on live captions in Teams - am I still allowed to use them now the AI policy is out?", ["allowed", "out_of_scope"], ["2.3"]),
    c("doing the staff newsletter - can copilot chat make a cartoony picture of a book with wings for the libraries section?", YES, ["10.5", "9.3"]),
    c("registrars team here, can I get copilot chat to suggest some wording for a non-religious naming ceremony script? generic template, no family names", YES, ["5.1", "4.2", "4.1"]),
    c("ASC practitioner, done the magic notes training. ok to use magic notes on my work phone at a home visit today? the gentleman has said he's happy to be recorded", YES, ["5.7", "5.8"]),
    c("is it ok to turn on transcription and the copilot recap for our internal team meeting on thursday? just us lot from housing options", YES, ["10.1"]),
    c("can i use copilot chat to draft a press release about the new reuse and recycling centre opening hours? the details are all signed off for publication", YES, ["5.1", "4.1", "9.1"]),
    c("Is it OK to use Copilot Chat from my own laptop at home if I go through Brentmere Anywhere and sign in with my council account?", YES, ["12.1", "5.1"]),
    c("can i use copilot chat to summarise the published ofsted inspection report on our children's services for a team briefing?", YES, ["4.1", "5.1"]),
    c("we're releasing some non-personal stats for an FOI (no. of potholes fixed per ward). can copilot chat help me draft the covering response? i won't put the requester's details in", YES, ["5.1", "4.2", "8.2", "4.3"]),
    c("can i upload the published planning committee minutes to copilot chat and ask for a summary of decisions for the residents newsletter", YES, ["4.1", "5.1", "9.1", "A.1"]),

    # --- conditional yeses -------------------------------------------------------------------
    c("want copilot chat to help with a reply to a council tax complaint. can i paste the complaint in if i strip out the name and address first?", ["conditional", "not_allowed"], ["5.2", "3.8"]),
    c("social worker - can I put an anonymised case example into copilot chat to help me think through how to structure a support plan? I've taken everything identifying out", COND, ["5.2", "3.8"]),
    c("copilot wrote most of our new leaflet on bulky waste collections - can we just send it out to residents as is?", COND, ["9.1", "8.2", "8.1"]),
    c("licensed copilot user - can it draft the letter to a driver explaining why their PCN challenge was rejected? I've already made the decision myself", YES, ["5.4", "7.1", "8.2"]),
    c("a supplier joined our teams call today with some AI notetaker bot. we were about to go through a few named tenants' arrears with them. is that ok?", ["not_allowed", "conditional"], ["10.4"]),
    c("I'm on my personal ipad - can i just open copilot in safari and sign in with my work email?", ["conditional", "not_allowed"], ["12.1", "5.1"]),
    c("do i have to do any training before i start using copilot chat?", ["info", "conditional"], ["13.1"]),

    # --- clear nos, rule worded differently ---------------------------------------------------
    c("could copilot go through the 40 applications for the housing officer post and give me a top 10 to shortlist?", NO, ["7.2"]),
    c("can we get AI to work out which households on the housing register should be in band A vs band B? would save weeks", NO, ["7.1", "A.3"]),
    c("we've got a massive backlog of blue badge applications, can the licensed copilot check them against the criteria and approve the obvious ones?", NO, ["7.1"]),
    c("need to write my statement for care proceedings next week, can copilot help me tidy up the wording a bit?", NO, ["7.3"]),
    c("team manager here - can i get copilot to look at my team's chats and calendars and tell me who isn't pulling their weight?", NO, ["7.4"]),
    c("comms want a short AI video of the leader of the council wishing everyone happy diwali. she's said she's fine with it - ok?", NO, ["10.7"]),
    c("can I use copilot to brighten up some photos of kids from the library summer reading challenge before we post them on facebook?", NO, ["10.6"]),
    c("can we get copilot to write a few glowing reviews of the new leisure centre to get the ball rolling on google?", NO, ["7.5"]),
    c("pulling together the cabinet pack - can copilot chat summarise the confidential part 2 appendix with the leisure contract bids in it?", NO, ["4.4(e)", "5.2", "4.4"]),
    c("can I use Copilot Chat to help me write up notes from a return to work chat with someone in my team who was off with stress for 6 weeks?", NO, ["5.2", "4.4(b)", "4.4(d)", "4.4"]),
    c("can I paste the chronology for a family we're working with into copilot to tidy it up before conference? I've swapped the names for initials", NO, ["3.8", "5.2", "4.4(a)"]),
    c("i have the licensed copilot - could i put a tenant's ASB case file including the police reports into it to pull out a timeline?", NO, ["5.5", "4.4(b)"]),
    c("with the full copilot, can i ask it to find everything in email and teams about a colleague who's raised a grievance so im prepped for the hearing?", NO, ["5.5", "4.4(d)"]),
    c("magic notes for a mental capacity assessment - yes or no? it would save me loads of time typing up", NO, ["5.9"]),
    c("I'm in housing options not social care. can I borrow my colleague's magic notes login to record my homelessness assessments?", NO, ["5.7"]),
    c("can I use teams transcription in a supervision where my worker wants to talk about her health and stuff going on at home?", NO, ["10.2"]),
    c("can i email the rent arrears spreadsheet to my personal email so i can use copilot on my home pc with it this evening?", NO, ["12.3", "12.2", "12.1"]),
    c("can i take a photo of a disrepair letter with the tenant's name and address on and upload it to copilot chat so it reads it for me?", NO, ["6.2", "5.2", "4.3"]),
    c("there's a resident who keeps emailing us - can i use copilot to find his facebook, linkedin etc so we know who we're dealing with", NO, ["6.3"]),
    c("can I use magic notes in a child protection strategy discussion? police will be there too", NO, ["5.9"]),
    c("is the free copilot app on my own phone (signed in with my hotmail) ok for drafting generic emails for work?", NO, ["5.3", "12.2"]),

    # --- tools needing IGB approval: variants and tools never mentioned ----------------------
    c("can i use chatgpt (free version) to draft a job advert for a library assistant? nothing confidential in it", ASK, ["5", "11.1"], True),
    c("there's a chrome extension that adds AI summaries to any webpage, can I install it on my work laptop?", ASK, ["11.3"], True),
    c("adobe acrobat now has an AI assistant button. can i use it to summarise the published local plan pdf?", ASK, ["11.2"], True),
    c("our library management system supplier has switched on an AI 'reading recommendations' thing for staff. can we start using it?", ASK, ["11.2"], True),
    c("I'm a dev in Brentmere Digital - can I spin up azure openai in our dev tenant to prototype a chatbot with dummy data?", ASK, ["11.4", "9.4"], True),
    c("can I build a copilot agent that answers my team's questions from our procedures sharepoint site?", ASK, ["11.7", "15.4"], True),
    c("could we put an AI chatbot on the parking pages of the website to answer residents' questions about permits?", ASK, ["9.4"], True),
    c("is claude ok for proofreading a policy draft? there's no personal data in it", ASK, ["5", "11.1"], True),
    c("can i use perplexity for desk research on what other london boroughs charge for garden waste?", ASK, ["5", "11.1"], True),
    c("anyone know if otter.ai is allowed? want to use it to record my 1:1s", ASK, ["10.4", "11.1", "5"], True),

    # --- matters the policy leaves undecided -------------------------------------------------
    c("we had 2,300 responses to the CPZ consultation - can the licensed copilot pull out the main themes for the cabinet report?", ASK, ["15.3"], True),
    c("housing enforcement - can i turn on copilot recap for a teams call with a landlord about his HMO licence?", ASK, ["10.3", "15.1"], True),
    c("can I use copilot chat to translate our council tax leaflet into bengali for residents? the english version is already published", ASK, ["15.2"], True),
    c("can our councillors use chatgpt to help answer their ward casework emails? one of them asked me in member services", ["unsure"], ["2.4", "15.5"], True),
    c("the ICB sent us anonymised A&E attendance figures by ward. can i put them into copilot chat to make some charts? the sharing agreement doesn't mention AI at all", ASK, ["6.4"], True),

    # --- information questions ---------------------------------------------------------------
    c("who do i ask about getting a new AI tool approved?", INFO, ["11.5", "16.1", "11.1"]),
    c("what counts as BIC-4?", INFO, ["4.4", "4.4(a)", "4.4(b)", "4.4(c)", "4.4(d)", "4.4(e)", "4.4(f)"]),
    c("what does 'anonymised' actually mean in the AI policy, is using initials enough?", INFO, ["3.8"]),

    # --- cases carrying invented personal data -----------------------------------------------
    c("think i messed up - pasted a claimant's NI number JT 48 21 93 B and their HB claim details into gemini yesterday. what do i do now?", INFO, ["14.1"], pii=["JT 48 21 93 B"]),
    c("can i paste this into copilot chat to draft a reply: Mr Kwame Asante, kwame.asante84@gmail.com, 07700 900461, says his bin wasn't collected for 3 weeks", NO, ["5.2", "4.3"], pii=["Kwame Asante", "kwame.asante84@gmail.com", "07700 900461"]),
    c("licensed copilot - can it summarise the OT assessment for Janet Okafor (NHS no 943 476 5919) so i can update her care plan quicker?", NO, ["5.5", "4.4(a)", "4.4(b)"], pii=["Janet Okafor", "943 476 5919"]),
    c("recorded a visit with Mr Derek Bellamy (ASC-2025-04471) on magic notes yesterday, the summary says he's diabetic but he isn't. can i save it to his record now and fix it later?", NO, ["5.10", "8.4"], pii=["Derek Bellamy", "ASC-2025-04471"]),
    c("parking appeals - can copilot decide whether to cancel the PCN for the car registered at 22 Amberley Court, SE23 9HD? the keeper says the signs were unclear", NO, ["7.1"], pii=["SE23 9HD"]),

    # --- out of scope ------------------------------------------------------------------------
    c("how do i book a meeting room on the 3rd floor of the civic centre?", OOS, []),
    c("does anyone know the cut-off for december overtime claims in payroll? need to get mine in", OOS, []),
    c("i work in a maintained primary school, does the council's AI policy apply to us?", ["info", "out_of_scope"], ["2.5"]),
]

if __name__ == "__main__":
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for i, case in enumerate(CASES, 1):
            fh.write(json.dumps({"id": f"r14a{i:03d}", **case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")
