"""Write cases.jsonl for the Kestrelvale FRS evaluation organisation, then verify it.

Checks: every line parses, ids unique, every cited ref exists in originals/ (clause ids derived
from the originals with the contract's rules), pii strings are substrings of the question.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_policy import FAQ_ITEMS, slug  # noqa: E402

PREFIX = "KFR"
POL = "kfrs-generative-ai-policy.md"
FAQMD = "ai-staff-faq.md"
REGF = "ai-tools-register.csv"


def P(*ids):
    return [f"{POL}#{i}" for i in ids]


def F(n):  # FAQ item by index
    return [f"{FAQMD}#{slug(FAQ_ITEMS[n][0])}"]


def R(tool):
    return [f"{REGF}#{tool}"]


F_TOOL, F_GREEN, F_PHONE, F_PROT, F_121, F_OOPS, F_LIC, F_NEW = range(8)
CHAT, M365, TEAMS = "Microsoft 365 Copilot Chat", "Microsoft 365 Copilot", "Microsoft Teams transcription and intelligent recap"

YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]  # needs approval first
UNDECIDED = ["unsure", "not_allowed"]  # policy says not decided yet (and not until decided)
INFO = ["info"]
OOS = ["out_of_scope"]

C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"{PREFIX}{len(C) + 1:03d}", "question": q, "verdict": verdict, "clauses": clauses,
         "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# ---- clear yeses ---------------------------------------------------------------------------
case("can i use copilot chat to tidy up the wording of our station newsletter before it goes round? nothing personal in it, just station news and the bbq date",
     YES, P("5.2", "6.3", "6.2") + R(CHAT) + F(F_TOOL))
case("is it ok to ask chatgpt to explain what the regulatory reform (fire safety) order says about who the responsible person is? just for my own understanding for the level 3 course",
     YES, P("5.5", "6.2") + R("ChatGPT") + F(F_PHONE))
case("want to use copilot to summarise the draft budget report for the SLT away day, it's not published yet but has no names in it. ok?",
     YES, P("6.3", "5.2", "3.5") + R(CHAT))
case("can I get copilot to knock up a first draft of a job advert for a fleet workshop technician",
     YES, P("7.2", "5.2") + R(CHAT))
case("hi all, can gemini help me brainstorm ideas for a summer water safety campaign? it's all generic stuff, nothing internal",
     YES, P("5.5", "6.2") + R("Google Gemini") + F(F_PHONE))
case("we need an easy read version of our published statement of assurance for the website - can i use copilot chat to do the first pass?",
     COND, P("9.2", "6.2", "5.2", "8.1") + R(CHAT))
case("i've got the copilot licence - can i use copilot in excel to build formulas for the station overtime spreadsheet? it has ff names and hours worked",
     COND, P("5.3", "6.3") + R(M365))
case("can i turn on teams transcription for our monthly prevention team meeting? it's just team updates and planning",
     COND, P("10.1", "10.6") + R(TEAMS))
case("making a powerpoint for the new recruits induction, can copilot make me a cartoon picture of a fire engine for the title slide?",
     COND, P("11.1", "9.3"))
case("is it fine to ask claude how to do a vlookup across two sheets in excel",
     YES, P("5.5", "6.2") + R("Claude"))
case("got about 40 emails asking about the open day at Northgate station (date and times are already on the website) - can copilot help me draft a standard reply?",
     YES, P("5.2", "6.2", "9.4") + R(CHAT))
case("do i need to put a note on my letters saying copilot helped write them? i always read them through before they go",
     ["info", "allowed", "conditional"], P("9.4"))
case("can copilot chat translate our smoke alarm leaflet (the one already published) into polish so we can put it on the website",
     COND, P("8.4", "9.2", "6.2"))
case("there's a massive nfcc consultation document on their website, can i get copilot to summarise it for me",
     YES, P("6.2", "5.2", "8.3") + R(CHAT))
case("can i use copilot chat on my own iphone through the teams app when i'm on call at home?",
     COND, P("5.10", "5.2"))
case("can I use copilot to rewrite our internal procedure for booking pool cars so it actually makes sense",
     YES, P("6.3", "5.2", "3.5") + R(CHAT))
case("is it ok to use copilot to draft the role profile for the new fire control supervisor post",
     YES, P("7.2", "5.2"))
case("our team wants copilot chat to help write a business case for new thermal imaging cameras, internal doc not published yet",
     YES, P("6.3", "5.2", "3.5") + R(CHAT))
case("can i paste an email from a resident moaning about the noise from the alarm testing at the station into copilot to help me reply? it's from Deborah Alcott, KV7 3PD",
     COND, P("6.3", "5.2") + R(CHAT), pii=["Deborah Alcott", "KV7 3PD"])
case("can I use copilot to write up the actions from yesterday's teams meeting about the station refurb? I'll check them before sending round",
     COND, P("10.6", "10.1", "8.1", "8.2") + R(TEAMS))
case("can i get copilot chat to help draft a reply to ian.fothergill@btinternet.com (07700 900461) about his complaint that one of our pumps blocked his drive during a shout",
     COND, P("6.3", "5.2") + R(CHAT), pii=["ian.fothergill@btinternet.com", "07700 900461"])
case("comms team here - can we use firefly to make a generic image of a smoke alarm on a ceiling for a facebook post?",
     COND, P("11.4", "9.3") + R("Adobe Firefly"))

# ---- clear nos, rules worded unlike the question --------------------------------------------
case("quick one - can i use chatgpt to tidy up my notes from a safe and well visit before i put them on the system? i've taken the names out",
     NO, P("3.5", "6.4", "6.5", "5.5") + F(F_PROT))
case("can copilot go through the 20 applications we got for the admin assistant job and tell me which 5 to shortlist? would save me hours",
     NO, P("7.2", "7.1"))
case("on the fireground can i ask copilot on my phone what the best approach is for a lithium ion battery fire in a garage?",
     NO, P("7.3"))
case("writing up my report on the suspected arson at the industrial estate, can copilot help tidy up the wording before it goes to the police?",
     NO, P("7.4", "6.4", "3.5"))
case("can i upload the BS 9999 pdf into copilot and ask it questions about means of escape? would be so much quicker than reading it",
     NO, P("6.6"))
case("could we use ai to work out which homes should get a safe and well visit first, using the exeter data from the nhs",
     NO, P("7.1", "6.4"))
case("could i run the 999 call recording from last night's RTC through an AI transcription thing to get it typed up quicker for the debrief",
     NO, P("10.5"))
case("can i get an ai image tool to make a pic of the chief in a santa hat for the xmas newsletter? he's said he's up for it",
     NO, P("11.2"))
case("can copilot do a recap of the disciplinary hearing i'm chairing next week so i don't have to take notes",
     NO, P("10.2") + R(TEAMS))
case("can i upload the helmet cam footage from the flat fire to an AI to cut together a training video?",
     NO, P("11.3"))
case("someone from the county council joined our teams meeting with otter ai taking notes, is that allowed?",
     NO, P("10.3") + R("AI meeting note-takers"))
case("can i install deepseek on my work laptop to try it out? heard its good for maths",
     NO, P("5.7") + R("DeepSeek"))
case("can i add the grammarly chrome extension on my work laptop, my spelling is terrible",
     NO, P("5.9") + R("Grammarly"))
case("is it ok to put our key safe codes list into copilot so it can sort it by station and turn it into a table?",
     NO, P("6.8"))
case("can i claim chatgpt plus back on expenses? it's way better than the free one for work stuff",
     NO, P("5.6") + R("ChatGPT") + F(F_PHONE))
case("can i paste the ssri for the chemical works into copilot and ask it to update the hazards section with the new stuff they told us on the visit",
     NO, P("7.3", "3.6"))
case("police sent over info on a high risk address under the info sharing agreement (it doesn't say anything about AI). can i get copilot to summarise it for the crews?",
     NO, P("6.7"))
case("can i use chatgpt with temporary chat turned on to summarise the draft station closure consultation report? nothing gets saved so should be fine",
     NO, P("5.5", "6.3") + R("ChatGPT") + F(F_PHONE))
case("can i sign up for chatgpt with my kestrelvale email so i keep my work chats separate from my personal ones",
     NO, P("5.6") + R("ChatGPT") + F(F_PHONE))
case("i'm giving evidence at an inquest next month, can copilot write my witness statement from my notes?",
     NO, P("7.4"))

# ---- information described without keywords ------------------------------------------------
case("one of my firefighters, Jodie Marsh-Kenning, has been off with stress and I want copilot to help me write her return to work plan from the OH report. ok?",
     NO, P("6.4", "3.5") + F(F_PROT), pii=["Jodie Marsh-Kenning"])
case("can copilot help me write up notes about a 15 year old lad we found living on his own in a hoarded flat (Tyler Brennan, dob 03/02/2010)? I need to refer him to the council",
     NO, P("6.4", "3.5") + F(F_PROT), pii=["Tyler Brennan", "03/02/2010"])
case("can i ask copilot to analyse the staff equality monitoring spreadsheet - ethnicity, religion, sexual orientation columns - to find trends for the EDI report?",
     NO, P("6.4", "3.5"))
case("can i give copilot chat the three supplier bids for the new appliance contract (not awarded yet) and get it to pull out a table of prices and delivery times for the evaluation panel?",
     COND, P("6.3", "3.5", "8.1") + R(CHAT))
case("can chatgpt help me rewrite the draft of the fire authority budget paper? it's not been published yet",
     NO, P("5.5", "6.3") + R("ChatGPT"))

# ---- tool variants ----------------------------------------------------------------------------
case("is the copilot app on my personal phone (signed in with my hotmail) ok for drafting a reply to the council about the station car park works? no green shield on it",
     NO, P("3.3", "5.5", "6.3") + R("Microsoft Copilot (consumer)") + F(F_GREEN))
case("the fire safety case management system has a new 'AI assist' button since the last update - can i use it to draft enforcement letters?",
     APPROVAL, P("5.4", "7.1"), escalate=True)
case("i want to write a python script that calls the azure openai api to categorise our incident narratives by cause. do i need to ask anyone?",
     APPROVAL, P("12.3", "3.9"), escalate=True)
case("can i build a copilot studio agent that answers staff questions about the uniform and ppe policy?",
     APPROVAL, P("12.3", "3.9"), escalate=True)
case("my colleague has a copilot licence, can I just use it on her laptop while she's on leave to get copilot in word",
     NO, P("5.3") + R(M365) + F(F_LIC))
case("i'm in the property team - can i use photoshop generative fill to remove a wheelie bin from a photo of the new station for the website?",
     NO, P("11.4", "11.3") + R("Adobe Firefly"))

# ---- tools the policy never mentions ----------------------------------------------------------
case("has anyone used perplexity? can i use it to research best practice on wildfire prevention for a paper",
     APPROVAL, P("5.8") + F(F_NEW), escalate=True)
case("is notion ai ok for organising my project notes for the new training centre build?",
     APPROVAL, P("5.8") + F(F_NEW), escalate=True)
case("zoom's ai companion keeps popping up when we meet the ambulance service on their zoom - can i switch it on to summarise the meeting?",
     APPROVAL, P("5.8", "10.3"), escalate=True)
case("can i use canva's magic write to do the words for a community safety poster",
     APPROVAL, P("5.8") + F(F_NEW), escalate=True)

# ---- points the policy leaves undecided -------------------------------------------------------
case("ICT dev here - are we allowed github copilot in vs code for the intranet rebuild?",
     UNDECIDED, P("15.1"), escalate=True)
case("prevention team asking if we can trial one of those ai scribe apps on safe and well visits so we don't have to type notes up after",
     UNDECIDED, P("15.2"), escalate=True)
case("we've had about 1,800 responses to the CRMP consultation, can copilot help us theme the free text comments?",
     UNDECIDED, P("15.3"), escalate=True)
case("I'm a fire authority member - can I use chatgpt on my own account to help prepare questions for the audit committee?",
     ["unsure"], P("15.4"), escalate=True)
case("copilot has this new agent mode that can send my emails and book meetings for me automatically, can i turn it on?",
     UNDECIDED, P("15.5"), escalate=True)

# ---- info questions ----------------------------------------------------------------------------
case("who do i ask about getting a new AI tool approved?",
     INFO, P("16.1", "12.1", "5.8", "16.3") + F(F_NEW))
case("what counts as protected information? is a firefighter's sickness record protected or just personal?",
     INFO, P("3.5") + F(F_PROT))
case("how do i get a copilot licence?",
     INFO, P("13.2", "5.3") + F(F_LIC))
case("think i accidentally pasted the referral for Gerald Pike (NHS no 943 476 5919) into chatgpt yesterday instead of the case system. what do i do now??",
     INFO, P("14.1") + F(F_OOPS), pii=["Gerald Pike", "943 476 5919"])
case("what's the difference between enterprise ai and public ai in our policy?",
     INFO, P("3.2", "3.3") + F(F_GREEN))
case("how often do I have to redo the AI training?",
     INFO, P("13.1"))

# ---- out of scope -------------------------------------------------------------------------------
case("how do i book annual leave on the new HR system?", OOS, [])
case("anyone know when the BA refresher course dates for next year are coming out?", OOS, [])


# ------------------------------------------------------------------ write + verify
def clause_ids_md(path):
    """Clause ids of a numbered Markdown original, per the contract (numbered headings and paragraphs)."""
    ids, slugs = set(), set()
    numbered = False
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(#+)\s+(.*)$", line)
        if m:
            level, text = len(m.group(1)), m.group(2).strip()
            hm = re.match(r"^(?:Section\s+)?(\d+(?:\.\d+)*)\.?\s", text)
            if hm:
                ids.add(hm.group(1))
                numbered = True
            elif level > 1:
                slugs.add(slug(text))
            continue
        pm = re.match(r"^([A-Z]\.\d+|\d+(?:\.\d+)+(?:\([a-z]\))?)\.?\s", line)
        if pm:
            ids.add(pm.group(1))
    return ids if numbered else slugs


def main():
    out = HERE / "cases.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # verify from the file
    refs = {}
    for name in (POL, FAQMD):
        refs[name] = clause_ids_md(HERE / "originals" / name)
    with (HERE / "originals" / REGF).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    refs[REGF] = {r["tool"] for r in rows}
    # register clause refs must exist in the (docx) policy = same numbering as the .md original
    for r in rows:
        for ref in r["clauses"].split(";"):
            fn, _, cid = ref.partition("#")
            assert fn == "kfrs-generative-ai-policy.docx" and cid in refs[POL], ref
    seen = set()
    counts = {}
    lines = out.read_text(encoding="utf-8").splitlines()
    for ln in lines:
        c = json.loads(ln)
        assert set(c) <= {"id", "question", "verdict", "clauses", "escalate", "pii"}, c
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        assert c["verdict"] and all(v in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"} for v in c["verdict"])
        for ref in c["clauses"]:
            fn, _, cid = ref.partition("#")
            assert cid in refs[fn], ref
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"] and all(v in ("unsure", "not_allowed") for v in c["verdict"]):
            assert c["escalate"], c["id"]
        counts[c["verdict"][0]] = counts.get(c["verdict"][0], 0) + 1
    print(len(lines), "cases OK; by first expected verdict:", counts)
    print("pii cases:", sum(1 for ln in lines if "pii" in json.loads(ln)))
    print("escalate:", sum(1 for ln in lines if json.loads(ln)["escalate"]))
    print("policy clause ids:", len(refs[POL]), "faq slugs:", sorted(refs[FAQMD]))


if __name__ == "__main__":
    main()
