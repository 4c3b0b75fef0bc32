"""Write cases.jsonl for Moorland and Dales FRS and verify it against originals/."""
import json, re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = "mdfrs-generative-ai-policy.txt"
F = "ai-at-work-faq.md"
PREFIX = "r17c"

def p(*ids): return [f"{P}#{i}" for i in ids]
def f(*slugs): return [f"{F}#{s}" for s in slugs]

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
ASK = ["not_allowed", "unsure"]   # needs approval first / not settled
UNS = ["unsure"]

C = []
def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"{PREFIX}{len(C)+1:03d}", "question": q, "verdict": verdict,
         "clauses": clauses, "escalate": escalate}
    if pii: d["pii"] = pii
    C.append(d)

# ---- clear / conditional yeses ----
case("can i use copilot chat to summarise the fire safety order guidance for responsible persons? the one thats on gov.uk", YES, p("6.1", "5.2"))
case("hiya, want to get copilot to tidy up a draft email to my watch about the new kit check rota. no names just the rota pattern", YES, p("6.2", "5.2"))
case("I'm rewriting the working at height lesson plan for the station training programme, ok to paste it into copilot chat (work login, green shield showing) and ask it to make it more engaging?", YES, p("6.2", "5.2"))
case("need an excel formula to work out appliance availability % per station from the monthly figures, can copilot help with that", YES, p("8.3", "6.2"))
case("im an inspecting officer in protection, done my FSR Assist training last month. can i use it to draft the letter after an audit at a care home from my keystone notes?", YES, p("5.4", "8.4", "9.3"))
case("can i make a cartoon poster with copilot for the station noticeboard reminding people to hydrate in the heat? just a generic cartoon firefighter, not anyone real", YES, p("11.1"))
case("revising for my BA refresher - can I get copilot chat to turn the national operational guidance on breathing apparatus into a few quiz questions just for me to test myself", YES, p("6.1", "5.2"))
case("we're recruiting a new control room operator, can copilot tidy up the job advert using the approved role profile template?", YES, p("7.5(c)", "7.5"))
case("after the barn fire last night we want a hot debrief write up. if i strip out the farm name, address and crew names can i use copilot to structure it? nobody was injured", ["conditional", "allowed"], p("7.2", "6.4"))
case("on call ff here, my own phone is on the work apps scheme now. can i use the copilot app on it signed in with my work account?", YES, p("5.8") + f("can-i-use-copilot-chat-on-my-own-phone"))
case("we had a teams meeting about the vehicle replacement programme with the transcript switched on (everyone was told). can I put the transcript in copilot chat to pull out the action list", YES, p("10.3", "10.2"))
case("can copilot write me a powershell script to bulk rename the files on the station shared drive? would save me hours", ["conditional"], p("8.3"))
case("is word's spell checker ok to use?? worried it counts as AI lol", ["allowed", "info"], f("is-the-spelling-and-grammar-checker-in-word-allowed") + p("2.4"))
case("at home i use chatgpt to plan holidays and meal plans, nothing to do with work. is that a problem under the AI policy?", ["allowed", "out_of_scope"], p("5.9"))
case("FOI request asking how many false alarms each station attended last year - can i get copilot chat to help draft the reply? the figures are just totals, no addresses", YES, p("6.2", "6.1"))
case("I'm a fire authority member and I've got a service account - can I use copilot chat to summarise the public agenda pack for next week's audit committee?", YES, p("5.2", "2.1", "6.1"))
case("can I use copilot to draft a press release about the new Hawesdale station opening?", ["conditional", "allowed"], p("9.1") + f("can-i-use-ai-to-write-my-community-newsletter-or-a-press-release"))
case("can i put colleagues' names into copilot chat when drafting the invite for the station managers meeting? just names and roles", YES, p("6.5"))
case("prevention team q: can copilot help us write a general leaflet on chip pan safety for the winter campaign? it won't mention any particular household", YES, p("7.6", "6.1"))
case("I use copilot chat in the edge sidebar at work, signed in with my work account and the shield is there - that's the approved one right?", ["allowed", "conditional", "info"], p("5.2") + f("how-do-i-know-i-am-in-the-right-copilot"))

# ---- clear nos, mostly worded unlike the rule ----
case("big lithium ion battery fire at an industrial unit, IC wants to know if we can quickly ask copilot on the MDT what the best extinguishing approach is while we wait for the hazmat adviser", NO, p("7.1", "3.7"))
case("control room - had a caller last night who only spoke romanian, could we use copilot on the phone to translate next time rather than waiting ages for the interpreter line?", NO, p("7.3"))
case("can i paste my safe and well notes into copilot to write up the referral for Mrs Edith Barraclough, 14 Heather Lane, Thornby MD4 7QX? she's 87, on home oxygen and still smokes", NO, p("7.6", "3.5", "6.3", "3.4"), pii=["Edith Barraclough", "14 Heather Lane", "MD4 7QX"])
case("scene photos from the warehouse fire are really dark, can I run them through an AI enhancer before they go in my investigation report?", NO, p("7.4"))
case("we've had 300 applications for wholetime firefighter, can copilot do the first sift against the essential criteria? would be a massive time saver", NO, p("7.5(a)", "7.5", "7.8"))
case("can copilot chat come up with some scenario questions for the station manager promotion interviews next month?", NO, p("7.5(a)", "7.5", "3.8"))
case("going for crew manager and the development centre wants a written statement of evidence. the brief doesnt say anything about AI - can I use copilot to help me write it?", NO, p("7.5(b)", "7.5", "5.9"))
case("one of my team has given me her occupational health report so we can plan her adjustments, can copilot turn it into a return to work plan for me?", NO, p("7.7", "6.3"))
case("can I use copilot to summarise the grievance interview notes before the hearing? they're really long", NO, p("7.7", "6.3"))
case("for the xmas video comms want an AI clip of the chief fire officer singing jingle bells - he's said he's fine with it", NO, p("11.2"))
case("can we use an AI-made picture of a chip pan fire in a kitchen for our facebook safety campaign? can't find a decent real photo", NO, p("11.3"))
case("someone on white watch suggested using otter to record and write up our watch meetings, any issue with that?", NO, p("10.1") + f("an-ai-note-taker-has-joined-my-teams-call-what-should-i-do"))
case("protection here: can FSR Assist draft the prohibition notice for the flats above the takeaway on high street? it's urgent", NO, p("5.5"))
case("doing a crew briefing pack for the COMAH site on the industrial estate, can I paste the SSRI into copilot to make it more readable for the crews?", NO, p("6.6", "3.6", "6.3"))
case("police have sent over intel on a suspected serial arsonist under the info sharing agreement, can copilot summarise it for the arson reduction group meeting?", NO, p("6.7", "7.4", "6.3"))
case("I'm a prevention advocate - can I use FSR Assist to write up my home fire safety visit reports? the protection lot say it's really good at letters", NO, p("5.6", "5.4", "7.6"))
case("can I upload the helmet cam footage from the RTC extrication to an AI video tool to cut a training video?", NO, p("10.4", "5.7"))
case("could copilot help decide who gets the overtime shifts fairly this month? I'd paste in everyone's availability and hours", NO, p("7.8"))
case("tender scores are in for the new fleet of appliances - can copilot chat compare the bids and write the evaluation summary for the board?", NO, p("3.4", "6.3"))
case("fire cadets coordinator here - can copilot write the end of year reports for the cadets from my notes on each of the young people?", NO, p("3.4", "6.3"))
case("authority member: the part 2 paper on the chief officer pay review is really long, can I get copilot to summarise it for me before the meeting?", NO, p("6.8", "6.3"))
case("can I paste the incident log from last night's house fire into copilot to write the control room summary for the morning meeting?", NO, p("7.3", "6.3"))

# ---- tool variants ----
case("is it ok to use my personal chatgpt plus account to draft the station risk reduction plan? honestly it's better than copilot", NO, p("5.7", "5.1"))
case("can I use copilot.microsoft.com at home on my own laptop with my hotmail account to write up my station training notes?", NO, p("5.3", "5.2", "5.8"))
case("I've got grammarly installed in chrome on my work laptop, is it ok to keep using it for my emails?", NO, p("5.7") + f("is-the-spelling-and-grammar-checker-in-word-allowed"))
case("I want to use copilot in word to draft our station plan but I'm not in the pilot - can I just get a licence and crack on?", ASK, p("15.1", "5.3"), escalate=True)
case("ict team want to build a little chatbot on azure openai to answer staff questions about service policies, ok to start on it?", ASK, p("12.3", "12.1"), escalate=True)
case("acrobat has a new AI assistant button that summarises PDFs. can I use it on the published building regs approved documents?", ASK, p("12.1", "5.7"), escalate=True)
case("the watch whatsapp group has meta ai in it now, can we use it to sort out the cover swaps?", NO, p("5.7", "7.8"))
case("i log into copilot chat with my work account through safari on my own ipad, it's not on the work apps scheme. that's fine right since it's the work account?", NO, p("5.8") + f("can-i-use-copilot-chat-on-my-own-phone"))
case("partner meeting with the council on zoom tomorrow and they want to switch on zoom ai companion for the notes. are we ok to take part?", ["conditional", "not_allowed"], p("10.1") + f("an-ai-note-taker-has-joined-my-teams-call-what-should-i-do"))

# ---- tools the policy never mentions ----
case("the comms team want to use canva's magic write to draft social media posts, is that ok?", ASK, p("5.1", "5.7", "12.1"), escalate=True)
case("has anyone checked if notion ai is ok to use for planning our station open day?", ASK, p("5.1", "5.7", "12.1"), escalate=True)
case("what about le chat from mistral? it's european so gdpr should be fine yeah? want to use it for drafting procedures", ASK, p("5.1", "5.7", "12.1"), escalate=True)

# ---- points the policy leaves undecided ----
case("can copilot chat translate our published home fire safety leaflet into polish and urdu for the community engagement team?", ["unsure", "not_allowed"], p("15.3"), escalate=True)
case("the teams intelligent recap thing has appeared for some of us, can we switch it on for the SLT meetings?", ["unsure", "not_allowed"], p("15.2"), escalate=True)
case("I'm dyslexic and access to work recommended an AI writing assistant - can I use it for my reports?", ["unsure", "not_allowed"], p("15.4"), escalate=True)
case("recruitment team: pretty sure a candidate used chatgpt for their whole application form. can we mark them down for it?", UNS, p("15.5"), escalate=True)
case("drone team - the new flight software has an AI hotspot detection and summary feature, can we use it on the moorland wildfire jobs?", ["unsure", "not_allowed"], p("15.6", "7.1"), escalate=True)

# ---- more nos with personal data ----
case("Ryan Holgate on my watch has been off with stress since october, his number is 07700 900412. can I get copilot to draft a welfare check message and a return to work plan for him?", NO, p("7.7", "6.3"), pii=["Ryan Holgate", "07700 900412"])
case("investigation into the fatal at 3 Mill Row, Hawesdale - can I get copilot to draft my statement for the coroner from my scene notes? the deceased was Gordon Pickles, DOB 12/03/1948", NO, p("7.4"), pii=["Gordon Pickles", "12/03/1948", "3 Mill Row"])
case("can copilot compare the interview notes for Priya Mistry and Tom Ellwood from the watch manager board and tell me who came out stronger?", NO, p("7.5(a)", "7.5", "7.8"), pii=["Priya Mistry", "Tom Ellwood"])

# ---- information questions ----
case("who do I ask to get a new ai tool approved for the protection team?", ["info"], p("12.2", "16.3", "12.1") + f("how-do-i-ask-for-a-new-ai-tool-to-be-approved", "who-can-i-ask-about-ai"))
case("what counts as 'restricted information' in the AI policy?", ["info"], p("3.4") + f("what-counts-as-restricted-information"))
case("oops, i pasted a casualty's name and address into chatgpt on my phone while writing up the IRS. what do i do now??", ["info", "not_allowed"], p("14.1") + f("i-have-put-something-into-an-ai-tool-that-i-should-not-have-what-now"))
case("do i need to do any training before i start using copilot chat?", ["info"], p("13.1"))
case("what does 'sanctioned tool' mean in the ai policy?", ["info"], p("3.2", "5.1"))

# ---- out of scope ----
case("how do i book annual leave on the new rostering system?", ["out_of_scope"], [])
case("anyone know who to report a defect on the pump to? the primer is playing up on the second appliance at Skipmoor", ["out_of_scope"], [])
case("what time does the BA refresher start at Thornby tomorrow?", ["out_of_scope"], [])

# ---------------- verification ----------------
def slug(h): return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")

def txt_clauses(text):
    ids = set()
    for line in text.splitlines():
        m = re.match(r"^([0-9]+(?:\.[0-9]+)*(?:\([a-z]\))?)\.?\s", line)
        if m: ids.add(m.group(1))
    return ids

def md_clauses(text):
    return {slug(m.group(1)) for m in re.finditer(r"^##+\s+(.*)$", text, re.M)}

def main():
    known = {P: txt_clauses((HERE / "originals" / P).read_text()),
             F: md_clauses((HERE / "originals" / F).read_text())}
    ids = Counter(c["id"] for c in C)
    assert all(v == 1 for v in ids.values())
    allowed_v = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for c in C:
        assert set(c["verdict"]) <= allowed_v, c
        for ref in c["clauses"]:
            fn, cid = ref.split("#", 1)
            assert cid in known[fn], ref
        for s in c.get("pii", []):
            assert s in c["question"], s
        if "unsure" in c["verdict"] and set(c["verdict"]) <= {"unsure", "not_allowed"}:
            assert c["escalate"], c["id"]
    with open(HERE / "cases.jsonl", "w") as fh:
        for c in C:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    for line in open(HERE / "cases.jsonl"):
        json.loads(line)
    print(len(C), "cases")
    print(Counter("/".join(c["verdict"]) for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii:", sum("pii" in c for c in C))

if __name__ == "__main__":
    main()
