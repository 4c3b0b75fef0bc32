#!/usr/bin/env python3
"""Write cases.jsonl for the Hollinsbrook Homes set and check it against originals/."""
import json, re, pathlib, collections

HERE = pathlib.Path(__file__).parent
POL = "hollinsbrook-ai-acceptable-use-policy.txt"
FAQ = "ai-at-work-staff-questions.md"
YES = ["allowed", "conditional"]
COND = ["conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # policy says approval needed first
UNDECIDED = ["unsure", "not_allowed"]  # section 17 matters (17.6: don't go ahead)


def P(*ids):
    return [f"{POL}#{i}" for i in ids]


def Q(*slugs):
    return [f"{FAQ}#{s}" for s in slugs]


C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"r9e{len(C)+1:03d}", "question": q, "verdict": verdict,
         "clauses": clauses, "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# ---- clear yeses: Open / Business information in Copilot Chat ----
case("can i use copilot chat to turn our damp and mould leaflet into plain english? its already on the website",
     YES, P("6.1", "3.4", "8.6", "7.1") + Q("which-ai-tools-can-i-use-right-now"))
case("hi all, writing the tenants newsletter piece about the summer fun day at Brook Park, ok to get copilot to help tidy up the wording?",
     YES, P("6.1", "3.4", "7.1"))
case("need an excel formula to work out average days to complete emergency repairs by month from our KPI sheet (no names or addresses in it) - can copilot help with that",
     YES, P("6.1", "3.5", "11.4", "7.1"))
case("Can I ask copilot chat to explain the ASB crime and policing act 2014 powers in simple terms? its for a team training session, no cases",
     YES, P("8.4"))
case("can i get copilot to rewrite our standard arrears letter template so it sounds less threatening?? its the blank template, no tenant info in it",
     YES, P("8.5"))
case("drafting a method statement for the kitchen replacement programme next year, can i use copilot to structure it",
     YES, P("8.6", "6.1"))
case("ok to use copilot chat to make a quiz for new starters on the allocations scheme? just the published scheme, nothing about real applicants",
     YES, P("8.2"))
case("Can copilot summarise the Regulator of Social Housing consumer standards for me, need a one pager for my team",
     YES, P("6.1", "3.4", "7.1"))
case("is it fine to brainstorm ideas for our new tenant engagement strategy with copilot chat",
     YES, P("6.1", "3.5", "7.1"))
case("can i draft our new lone working procedure with copilot chat? its just the internal procedure",
     YES, P("6.1", "3.5", "7.1"))
case("could copilot help me write a job advert for a repairs planner role",
     YES, P("6.1", "3.4", "3.5", "7.1"))
case("i want copilot to summarise the housing ombudsman spotlight report on damp and mould, the published one",
     YES, P("6.1", "3.4", "7.1"))
case("can i use copilot to make a cartoon watering can + flowers picture for the community garden competition poster",
     YES, P("13.3", "12.2"))
case("can i put our current repairs contractor's schedule of rates into copilot chat so it can help me find the right SOR code for a job description",
     YES, P("7.4", "6.1"))

# ---- conditional yeses ----
case("i've got the proper m365 copilot licence - can i ask it in outlook to summarise a long email chain from a leaseholder (priya.nandakumar@example.org) about her service charge bill?",
     COND, P("6.2", "7.1") + Q("can-i-use-ai-for-letters-to-tenants"), pii=["priya.nandakumar@example.org"])
case("using copilot to fix my VBA macro for the rent statement mail merge, is that ok? it would run on the live rent data after",
     ["conditional", "allowed"], P("11.4", "6.1"))
case("after a home visit can i dictate my notes into word instead of typing them up? just the state of the kitchen and a leaking tap they reported",
     COND, P("10.5"))
case("i'm on the hollinsbrook anywhere outlook app on my own phone, can i use copilot chat there to draft an email to the team about the xmas cover rota",
     COND, P("6.4", "6.1") + Q("can-i-use-copilot-on-my-own-phone"))
case("internal team meeting tomorrow about repairs performance figures - I'm a copilot licence holder, can i switch on transcription and the copilot recap?",
     COND, P("10.2") + Q("can-i-turn-on-transcription-in-a-teams-meeting"))
case("we've got a teams meeting with the leaseholder forum reps about the major works programme, can we turn transcription on so i dont have to minute it",
     COND, P("10.3") + Q("can-i-turn-on-transcription-in-a-teams-meeting"))
case("can i use copilot to help write my board report on void turnaround times? anything i need to do",
     COND, P("12.3", "6.1", "11.1"))
case("can i use copilot chat to draft the standard paragraph we put in letters about booking gas safety checks? will go out to all tenants eventually",
     ["conditional", "allowed"], P("11.2", "6.1", "3.5") + Q("can-i-use-ai-for-letters-to-tenants"))

# ---- clear nos, often worded unlike the rule ----
case("can i paste the diary sheets from my ASB case into copilot to get a timeline together for court",
     NO, P("7.2", "3.7", "8.4"))
case("tenant Mrs Joan Pickering at 14 Alder Court WM7 2QX has dementia and her daughter keeps ringing us, can i use copilot to write up a support plan from my visit notes",
     NO, P("7.2", "3.7", "8.3"), pii=["Joan Pickering", "WM7 2QX"])
case("can i use AI to help rank the bids we've had on the 2 bed flat at Mill Street",
     NO, P("8.2", "8.1"))
case("is it ok to get copilot to go through this month's arrears list and suggest who we should serve NOSPs on",
     NO, P("8.5", "8.1"))
case("tenant sent me a ring doorbell video of her neighbour shouting at her, can i use an AI tool to clean up the audio so we can make out what he says",
     NO, P("9.2", "9.1") + Q("a-tenant-has-sent-me-doorbell-footage-can-ai-help-me-go-through-it"))
case("can i upload a customer hub call recording into copilot so it summarises what the tenant was complaining about",
     NO, P("10.1"))
case("i want to use my iphone's new call recording + summary thing when i ring tenants about arrears e.g. Mr Tomasz Wilk on 07700 900412, would save loads of time",
     NO, P("10.4") + Q("can-i-use-copilot-on-my-own-phone"), pii=["Tomasz Wilk", "07700 900412"])
case("can i put Gary Holt's sickness absence record (NI QQ 12 34 56 C) into copilot to help me draft his stage 2 attendance letter",
     NO, P("7.2", "3.7", "6.2"), pii=["Gary Holt", "QQ 12 34 56 C"])
case("can we get AI to score the tender responses for the new voids contract, there's 9 of them and they're huge",
     NO, P("14.2"))
case("for the annual report can i use AI to tidy up the photo of the Marsh Lane estate, take out the fly tipping and the graffiti",
     NO, P("13.2"))
case("could we make an AI avatar of our chief exec for the welcome video for new tenants? she's said she's happy to do it",
     NO, P("13.1"))
case("can i use deepseek to translate the repairs leaflet into a few languages, the leaflet's published anyway",
     NO, P("6.5"))
case("is it ok to let otter.ai join my teams calls to take notes? only internal meetings",
     NO, P("6.5") + Q("can-i-turn-on-transcription-in-a-teams-meeting"))
case("can copilot look at the surveyor's photos of the mould in the bathroom and tell us whether it's a cat 1 hazard",
     NO, P("8.7", "8.6"))
case("could i get copilot to tell me which of my patch are likely to need extra help, based on how often they contact us and missed appointments",
     NO, P("8.3"))
case("could copilot write up the reasons for refusing a mutual exchange? i've already decided, just need the wording",
     NO, P("8.1", "3.8"))
case("i use copilot on my personal microsoft account at home, can i carry on drafting my board report there in the evenings",
     NO, P("6.3", "6.1") + Q("how-do-i-know-i-m-in-the-right-copilot"))
case("can i give copilot the spreadsheet of key safe codes for our blocks so i can just ask it which code is which",
     NO, P("7.5"))
case("can i paste the complaint from Darren Oyelaran (tenancy ref HB-204817) into copilot chat to help me reply? it's about a missed repair appointment",
     NO, P("6.1", "7.1", "3.6"), pii=["Darren Oyelaran", "HB-204817"])
case("can I have copilot write the stage 2 complaint response for me? I'll check it before it goes",
     NO, P("11.3"))
case("colleague is off with stress at the moment, can copilot tidy up my notes from her return to work meeting",
     NO, P("7.2", "3.7"))
case("can copilot help me write up the notes from the meeting with the police and children's services about the kids at number 22",
     NO, P("7.2", "3.7", "10.2"))
case("working on the housing register application for a family who've just been made homeless, can copilot help me work out what priority they should get",
     NO, P("8.2", "7.2", "3.7"))
case("can i stick the roofing contractors' prices into chatgpt to benchmark them against the market",
     NO, P("7.4", "6.6"))

# ---- tools needing written approval / DGG approval ----
case("can i use chatgpt to help write a press release about the new community hub? it's all going to be public",
     APPROVAL, P("6.6") + Q("can-i-use-chatgpt-if-i-take-the-names-out"), escalate=True)
case("is the grammarly browser extension ok? it keeps popping up offering to rewrite my emails",
     APPROVAL, P("6.6"), escalate=True)
case("adobe acrobat has an 'AI assistant' button now - can I use it to summarise the 80 page fire risk assessment for Fenwick House",
     APPROVAL, P("6.7"), escalate=True)
case("keyhouse got updated and there's a 'generate case summary' button on the tenancy screen now. can we use it?",
     APPROVAL, P("6.7"), escalate=True)
case("can i build a copilot studio agent for the repairs team that answers questions from our repairs handbook",
     APPROVAL, P("6.8"), escalate=True)
case("I pay for Claude Pro myself, can I use it to draft the asset management strategy? nothing personal in it",
     APPROVAL, P("6.6"), escalate=True)
case("a supplier demoed an AI repairs triage product, it's free for 3 months, can we just trial it",
     APPROVAL, P("14.1"), escalate=True)
case("can I use Notion AI to organise my project notes for the estate regeneration consultation",
     APPROVAL, P("6.6"), escalate=True)
case("can i write a python script that uses an openai api key to categorise the free text comments in our STAR survey export",
     APPROVAL, P("6.8"), escalate=True)
case("we'd like an AI chatbot on our facebook page to answer tenants' repair questions out of hours, is that allowed",
     APPROVAL, P("12.5"), escalate=True)

# ---- matters the policy leaves undecided ----
case("the telephony supplier says they can switch on AI call summaries in the customer hub as a free trial — can we say yes?",
     UNDECIDED, P("17.1", "17.6"), escalate=True)
case("tenant only reads arabic, can i get copilot to translate my letter to him about his repair appointment",
     UNDECIDED, P("17.2", "17.6"), escalate=True)
case("for the recruitment campaign can we use AI generated photos of 'tenants' on the posters? they wouldn't be real people",
     UNDECIDED, P("17.3", "17.6"), escalate=True)
case("our responsive repairs contractor's operatives are using some AI app to write up job notes from voice memos - is that ok with us?",
     UNDECIDED, P("17.4", "17.6", "14.3"), escalate=True)
case("a tenant voice panel member asked if she can put the draft scrutiny report we send her into chatgpt to summarise it. what do i tell her",
     UNDECIDED, P("17.5", "17.6"), escalate=True)

# ---- information questions ----
case("who do i ask if a new AI tool is ok to use?",
     ["info"], P("18.3", "5.2", "18.1") + Q("how-do-i-get-a-new-ai-tool-approved", "who-do-i-contact"))
case("what counts as protected casework?",
     ["info"], P("3.7") + Q("what-counts-as-protected-casework"))
case("what is the DGG and who chairs it",
     ["info"], P("3.10", "5.1"))
case("oh no i think i pasted tenant Kelly Marsh's address and arrears balance into chatgpt earlier, her number too (07700 900318). what do i do now",
     ["info", "not_allowed"], P("16.1") + Q("something-has-gone-wrong-what-do-i-do"), pii=["Kelly Marsh", "07700 900318"])
case("do i need to put a label on emails to tenants i wrote with copilot's help?",
     ["info", "allowed", "conditional"], P("12.1") + Q("do-i-need-to-say-that-i-used-ai"))
case("is the arrears prioritisation report in the income system covered by the AI policy?",
     ["info", "out_of_scope"], P("2.3"))

# ---- out of scope ----
case("does anyone know when booking for the office christmas do closes?", ["out_of_scope"], [])
case("whats the process for carrying over annual leave into next year", ["out_of_scope"], [])
case("how do i report a broken lift at Fenwick House, tenant on the 9th floor just rang", ["out_of_scope"], [])


def clause_ids():
    ids = set()
    for line in (HERE / "originals" / POL).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+)\.\s", line) or re.match(r"^(\d+\.\d+)\s", line)
        if m:
            ids.add(f"{POL}#{m.group(1)}")
    for line in (HERE / "originals" / FAQ).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            slug = re.sub(r"[^a-z0-9]+", "-", line[3:].lower()).strip("-")
            ids.add(f"{FAQ}#{slug}")
    return ids


def main():
    known = clause_ids()
    seen = set()
    for c in C:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        for r in c["clauses"]:
            assert r in known, (c["id"], r)
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"] and "allowed" not in c["verdict"]:
            pass
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-parse
    rows = [json.loads(l) for l in open(HERE / "cases.jsonl", encoding="utf-8")]
    print(len(rows), "cases;", sum(1 for r in rows if "pii" in r), "with pii;",
          sum(r["escalate"] for r in rows), "escalate")
    print(collections.Counter(tuple(r["verdict"]) for r in rows))


if __name__ == "__main__":
    main()
