"""Write cases.jsonl for the TayForth evaluation set and check it against originals/.

Run: nice -n 10 /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MD = "tfrtp-generative-ai-policy.md"
P = MD + "#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
COND = ["conditional"]
PENDING = ["unsure", "not_allowed"]   # needs approval / undecided: escalate
INFO = ["info"]
OOS = ["out_of_scope"]


def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": [P + x for x in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    return d


CASES = [
    # ---- clear yeses -------------------------------------------------------
    c("can i use chatgpt to come up with some catchy slogans for the spring cycle-to-work campaign? nothing confidential, just ideas",
      YES, ["2.1", "5.2", "2.3"]),
    c("is it ok to paste the published regional transport strategy into chatgpt and ask it for a summary for my induction notes",
      YES, ["5.2", "5.1(a)"]),
    c("can i use copilot (work account, shield showing) to tidy up our draft team procedure for processing supplier invoices",
      YES, ["5.3", "4.1", "4.2"]),
    c("hiya - want to get copilot chat to help me shorten the budget working paper for SMT, not published yet but no names in it. thats fine yeah?",
      YES, ["5.3", "5.1(b)"]),
    c("can i ask gemini to explain how a VLOOKUP works? just generic spreadsheet help nothing from our files",
      YES, ["2.3", "5.2", "2.1"]),
    c("can I use claude to draft a plain english explanation of the timetable changes to the 39 that went on the website last week",
      YES, ["5.2", "5.1(a)", "8.2"]),
    c("just checking - is using copilot in word to fix spelling and grammar in my own report ok? and do i need to say i used it",
      YES, ["9.2", "2.3"]),
    c("can I use copilot to draft an FAQ page for the community transport grant scheme based on the published guidance notes",
      YES, ["6.2", "5.2"]),
    c("I'm messing about with chatgpt on my own phone at the weekend to learn how prompting works, no work stuff at all. is that against the policy?",
      ["allowed", "info"], ["12.2"]),
    c("perplexity ok for researching what other regional transport partnerships have published about demand responsive transport?",
      YES, ["4.3", "5.2", "2.1"]),
    c("can i ask chatgpt to suggest a structure for a talk about active travel i'm giving at a primary school assembly? no info about any pupils",
      YES, ["5.2", "2.3", "2.1"]),
    c("want chatgpt to help me write a python script to reformat the public bus stop locations csv (naptan download) - fine?",
      YES, ["8.4", "5.2"]),
    c("can i use the chatgpt app on my own phone to draft a post about the service changes we've already announced",
      YES, ["4.3", "5.2", "1.4"]),
    c("is le chat (the mistral one) ok for rewording a published press release into a shorter version for facebook",
      YES, ["2.1", "4.3", "5.2"]),
    c("can I use canva's magic write to draft wording for a leaflet about the fares that were agreed and published in april",
      YES, ["4.4", "5.2"]),
    c("are we actually allowed to use AI tools at tayforth or is it banned?",
      ["allowed", "conditional", "info"], ["2.1", "2"]),

    # ---- conditional yeses --------------------------------------------------
    c("can i turn on copilot transcription and the recap for our weekly projects team catch up in teams",
      COND, ["10.1"]),
    c("can I use copilot with my work login to draft a reply to a complaint about a late bus from Mrs Fiona Baxter (fiona.baxter62@gmail.com)? it has her details in it",
      COND, ["5.4", "5.4(a)", "5.4(b)", "5.4(c)"], pii=["Fiona Baxter", "fiona.baxter62@gmail.com"]),
    c("can i get chatgpt to make an image of a cartoon bike next to a bus for our instagram",
      COND, ["11.1", "9.1"]),
    c("we got about 600 responses to the RTS consultation, loads have names and emails in. can copilot pull out the main themes?",
      COND, ["9.6", "5.4"]),
    c("i used chatgpt to write most of this week's news article for the website. anything i need to do before it goes live?",
      ["conditional", "info"], ["9.1", "8.1"]),
    c("drafting the board report on the bus network review and copilot wrote a good chunk of the background section, is that ok?",
      COND, ["9.3", "8.1"]),
    c("can we use AI to do a mock-up of what the proposed dunfermline interchange would look like for the consultation boards",
      COND, ["11.3", "9.1"]),
    c("can i use copilot to help draft the spec and ITT for the new demand responsive transport pilot? working from our internal project brief",
      COND, ["7.2"]),
    c("the consultant doing our RTS monitoring report wants to use chatgpt for bits of it, is that allowed?",
      COND, ["7.4", "5.3"]),
    c("can copilot summarise the solicitor's advice note on the operator's challenge to the tender award? only for me to prep a briefing",
      COND, ["5.4", "5.1(c)", "8.3"]),
    c("can we make a short AI animated video of our chair giving a new year message? she's keen",
      ["conditional", "not_allowed"], ["11.2"]),
    c("can i use midjourney to make a poster of a made-up family cycling along the river path",
      COND, ["11.1", "9.1"]),

    # ---- clear nos, rules phrased unlike the question -------------------------
    c("can i paste the scoring matrix and the bids for the supported bus services tender into copilot to get a first pass at scores? we'd moderate after",
      NO, ["7.1"]),
    c("could copilot give the evaluation panel a one page summary of each bid so they don't have to read 200 pages each",
      NO, ["7.1"]),
    c("could i get copilot to go through this year's community transport grant applications and rank them against the criteria, then I'd check its ranking",
      NO, ["6.1"]),
    c("can i run the card applications through copilot to flag which ones look ineligible? would save loads of time in the concessionary team",
      NO, ["6.1", "5.5"]),
    c("is it ok to get copilot to shortlist the CVs for the transport planner post",
      NO, ["6.4"]),
    c("can i use otter to record and summarise my teams calls with the bus operators",
      NO, ["10.2"]),
    c("can i upload the cctv still from the bus station incident to chatgpt to sharpen it up a bit",
      NO, ["11.4", "5.5", "5.1(d)"]),
    c("can i use deepseek just to reword a press release thats already public, nothing sensitive",
      NO, ["4.6(a)", "4.6"]),
    c("my mate says grok on twitter is great for drafting posts, can i use it for the partnership's X account?",
      NO, ["4.6(b)", "4.6"]),
    c("can i install one of those chrome sidebar ai extensions (sider or monica or whatever) on my work laptop to summarise webpages",
      NO, ["4.5"]),
    c("I've got the draft budget report (not published yet), can I stick it in free chatgpt to tighten the wording",
      NO, ["5.3", "4.3"]),
    c("board pack has a private item on the depot lease, can i run that paper through chatgpt for a summary",
      NO, ["9.4", "5.4", "5.1(c)"]),
    c("if I take the passenger's name out can I paste their complaint into chatgpt? it says they were stuck at kirkcaldy bus station at 6pm on the 14th because the ramp on the bus wouldnt work for their wheelchair",
      NO, ["5.6", "5.5", "5.1(d)"]),
    c("want to put the face of our transport convener on a superhero for the staff xmas party slides using one of those face swap apps lol, ok?",
      NO, ["4.6(c)", "11.2"]),
    c("using copilot in teams to transcribe my call with a card applicant about their medical evidence so i don't have to take notes - ok?",
      NO, ["10.3", "5.5"]),
    c("can i let copilot write the recommendations section of my committee report? i'll read it over",
      NO, ["9.3"]),

    # ---- tool variants ----------------------------------------------------------
    c("can i use copilot on my personal outlook.com account at home to finish off an internal draft of the team plan",
      NO, ["4.2", "5.3"]),
    c("is the ai assistant in adobe acrobat ok for summarising a consultation document that's on the scottish government website",
      YES, ["4.4", "5.2"]),
    c("can i use the ai assistant thing in acrobat to summarise our draft business plan? not published yet",
      NO, ["4.4", "5.3"]),
    c("i'd like to hook our timetable database up to the openai api and build a little journey planner bot for the website",
      PENDING, ["4.7", "9.5"], escalate=True),
    c("we want a chatgpt team licence for the comms team, can i just put it on my purchasing card?",
      PENDING, ["7.3"], escalate=True),
    c("there's a free trial of an ai minute taking tool, can i sign the team up with my work email?",
      PENDING, ["7.3", "10.2"], escalate=True),
    c("got an excel macro from copilot that automates the monthly patronage report, can i add it to the shared finance system",
      ["not_allowed", "conditional"], ["8.4"]),

    # ---- information described without keywords -----------------------------------
    c("can copilot help me draft a letter to Ailsa Rennie at KY11 4DP about her 15 year old's young persons travel entitlement",
      NO, ["5.5", "5.1(d)"], pii=["Ailsa Rennie", "KY11 4DP"]),
    c("a driver told me a passenger was arrested on the 57 last night, can copilot write up an incident summary from his email?",
      NO, ["5.5", "5.1(d)"]),
    c("I've got uptake numbers for the card by council area, no names just totals, not published yet. can I pop them into chatgpt to make a chart",
      NO, ["5.3", "5.1(b)"]),
    c("can i use copilot to summarise Karen Doig's fit notes and absence history for her return to work meeting",
      NO, ["5.5", "6.4", "5.1(d)"], pii=["Karen Doig"]),
    c("applicant Mr Duncan McAllister, DOB 03/09/1951, ref TFC-448213 has sent in his GP letter, can copilot check it against the eligibility criteria for me",
      NO, ["6.1", "5.5"], pii=["Duncan McAllister", "03/09/1951", "TFC-448213"]),

    # ---- undecided / needs governance ---------------------------------------------
    c("can we use copilot to translate the bus strike notice into gaelic for the website",
      PENDING, ["14.3"], escalate=True),
    c("could we use an AI voice for the announcements at the new interchange instead of recording someone",
      PENDING, ["14.4"], escalate=True),
    c("can I give copilot the teams recording of last month's board meeting to help me draft the minutes",
      PENDING, ["10.4", "14.5"], escalate=True),
    c("could i set up a copilot studio agent that files and answers the routine emails in the concessionary mailbox automatically",
      PENDING, ["14.2", "9.5"], escalate=True),

    # ---- info ------------------------------------------------------------------------
    c("who do i ask if i'm not sure whether something counts as protected info",
      INFO, ["5.7", "15.2"]),
    c("what counts as 'internal information' in the AI policy?",
      INFO, ["5.1(b)", "5.1"]),
    c("help - i accidentally pasted a passenger's email address into chatgpt earlier. what do i do / who do i tell",
      INFO, ["13.1", "13.2"]),
    c("what's the AI training we're meant to do and by when",
      INFO, ["12.1"]),
    c("what's the difference between 'partnership copilot' and normal copilot?",
      INFO, ["4.2", "A.2", "4.1"]),
    c("I'm a councillor member on the board and I use my council laptop - does this policy apply to me or my council's one?",
      INFO, ["1.3", "1.2"]),
    c("an applicant for a community transport grant obviously used chatgpt to write their bid. can we mark them down for that?",
      ["not_allowed", "info"], ["6.3"]),

    # ---- out of scope -----------------------------------------------------------------
    c("how do i claim mileage for the site visit to the leven active travel route", OOS, []),
    c("when's the next partnership board meeting and where is it", OOS, []),
    c("anyone know the guest wifi password in the perth office?", OOS, []),
]


def clause_ids(md_text):
    ids = set()
    num = re.compile(r"^((?:[A-Z]\.\d+|\d+(?:\.\d+)*)(?:\([a-z]\))?)\.?\s")
    for line in md_text.splitlines():
        if line.startswith("## "):
            h = line[3:]
            if h.startswith("Appendix"):
                continue
            m = num.match(h)
            if m:
                ids.add(m.group(1))
        elif line and not line.startswith(("#", "|", "- ")):
            m = num.match(line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids((HERE / "originals" / MD).read_text(encoding="utf-8"))
    out = []
    for i, case in enumerate(CASES, 1):
        out.append({"id": f"TFR{i:03d}", **case})
    seen = set()
    for d in out:
        assert d["id"] not in seen
        seen.add(d["id"])
        for ref in d["clauses"]:
            assert ref.split("#", 1)[1] in ids, (d["id"], ref)
        for s in d.get("pii", []):
            assert s in d["question"], (d["id"], s)
        if set(d["verdict"]) <= {"unsure", "not_allowed"} and "unsure" in d["verdict"]:
            assert d["escalate"], d["id"]
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # re-parse
    lines = (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(x) for x in lines]
    print("cases:", len(parsed), "clause ids in original:", len(ids))
    print(Counter("/".join(d["verdict"]) for d in parsed))
    print("escalate:", sum(d["escalate"] for d in parsed), "pii cases:", sum("pii" in d for d in parsed))


if __name__ == "__main__":
    main()
