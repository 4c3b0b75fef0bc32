"""Write cases.jsonl for r7d (HFYJS youth justice service) and validate it
against the clause ids the originals yield (numbered clauses in the policy,
heading slugs in the FAQ)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
P = "hfyjs-generative-ai-policy.txt"
F = "ai-questions-and-answers.txt"


def p(*ids):
    return [f"{P}#{i}" for i in ids]


def f(*slugs):
    return [f"{F}#{s}" for s in slugs]


YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs Panel approval first
UNSURE = ["unsure"]

C = [
    # ---- clear yeses (Copilot Chat / Canva / Teams with Open or Service Information)
    ("can i use copilot chat to summarise the new YJB case management guidance? its like 80 pages and i have a team brief on thursday",
     YES, p("5.2", "6.1", "3.6"), False),
    ("hi all - writing a job advert for the new case manager post, ok to get copilot to draft it from the job description and person spec?",
     YES, p("5.2", "6.2", "3.5", "6.1"), False),
    ("need an excel formula to work out average days from referral to first contact from our quarterly figures (just numbers, no names or ids). can copilot help",
     YES, p("5.2", "3.5", "6.2"), False),
    ("can copilot help me rewrite our referral order panel volunteer recruitment leaflet in plainer english? it's already on the website",
     YES, p("5.2", "6.1", "3.6"), False),
    ("Is it ok to ask Copilot Chat to explain the difference between a youth caution and a youth conditional caution? just for my own learning, not about anyone",
     YES, p("5.2", "6.1", "3.6"), False),
    ("I'm the comms and participation officer - can i use canva magic studio to make a poster for the summer reparation project open day? just graphics and text, no photos",
     YES, p("5.4", "11.2", "9.4"), False),
    ("planning a group workshop on knife crime awareness for the autumn, can I ask copilot for session ideas and icebreakers? nothing about any actual young people",
     YES, p("5.2", "3.5", "6.2"), False),
    ("can I switch on teams transcription in our monthly team meeting? its service updates and a training slot, no case discussion",
     COND, p("10.2") + f("is-teams-transcription-ok"), False),
    ("does the normal spellcheck in word count as AI? I run it on my assetplus write ups",
     ["allowed", "info"], p("2.3") + f("does-the-spell-checker-count-as-ai"), False),
    ("ok to ask copilot chat to proofread the draft youth justice plan before it goes up on the council website? it's all aggregate stuff",
     YES, p("5.2", "3.6", "6.1", "6.2"), False),
    ("can i get copilot to turn the published HMIP inspection report on us into a one page summary for the team",
     YES, p("5.2", "6.1", "3.6"), False),
    ("I want to write a completely made up young person case study for the new starters induction, not based on anyone real. can copilot write it?",
     YES, p("5.2", "3.5", "6.2"), False),
    ("can copilot help me draft an email to the council procurement team about renewing the lease on our office photocopier",
     YES, p("5.2", "3.5", "6.2"), False),
    # ---- conditional yeses
    ("magic notes question - I've done the training and want to use it in a 1:1 supervision session at the office with a 17 yr old lad, he's happy with it. anything else i need to do?",
     COND, p("5.3", "9.3", "13.2"), False),
    ("can i use magic notes in a planning meeting at the family home with a 15 year old and his mum? they've both said yes",
     COND, p("5.3") + f("can-i-use-magic-notes-on-a-home-visit"), False),
    ("I'd like to use a real case (anonymised) for a report writing exercise on the practice development day, using copilot. what do i need to do first?",
     ["conditional"], p("6.6", "3.8") + f("what-if-i-take-the-names-out-first"), False),
    ("I've used copilot to help draft a report for the community safety partnership on our out of court disposal numbers (all aggregate). do i need to put anything on it?",
     ["conditional", "info", "allowed"], p("9.2"), False),
    ("can i use copilot to help draft a generic letter to parents explaining what a referral order is and what happens at panel? no names, it'll be a template",
     COND, p("8.3", "5.2", "8.1"), False),
    ("comms officer again - can the canva ai make a picture of a teenager in a hoodie for the new leaflet? not a real kid obviously",
     COND, p("11.2", "5.4", "9.4"), False),
    # ---- clear nos, rules worded unlike the question
    ("can copilot help me decide if a lad should be high or medium for risk of serious harm? i'd just put the offence details in, no name",
     NO, p("7.1", "6.3", "3.3"), False),
    ("can I ask copilot to write the reasoning bit of my safety and wellbeing assessment if I give it my bullet points?",
     NO, p("7.1", "6.3"), False),
    ("we've got 40 applications for the panel volunteer role :( could copilot sort them into a shortlist for us",
     NO, p("7.1", "6.4", "3.4"), False),
    ("can i paste my notes from supervision with one of my team (she's been off sick a lot) into copilot to help write her return to work plan",
     NO, p("6.4", "3.4", "5.2"), False),
    ("is there an AI tool I can use to look through a young person's instagram and tiktok to see who he's hanging around with?",
     NO, p("7.1"), False),
    ("copilot is so slow on my laptop. can i just use the copilot app on my own iphone signed in with my work account? only for public stuff",
     NO, p("5.7", "3.7", "5.2") + f("can-i-use-ai-on-my-own-phone"), False),
    ("could I record the MAPPA meeting on teams and get the transcript? would save me hours doing the minutes",
     NO, p("10.3"), False),
    ("can I use DeepSeek to summarise some legislation? its free and honestly better than copilot",
     NO, p("5.5"), False),
    ("someone from the police suggested we use otter to take notes in our partnership meetings, is that ok for us?",
     NO, p("5.5", "10.3"), False),
    ("for the annual report video can we use AI to make our head of service's voice read it out? she's said she doesn't mind",
     NO, p("11.3", "11.1"), False),
    ("one of our young people did an amazing mural in reparation, can I upload a photo of it to canva AI to turn it into a poster?",
     NO, p("11.4"), False),
    ("we've got the embargoed draft of the HMIP report back - can i ask copilot to pull out the key findings for the managers meeting",
     NO, p("6.2"), False),
    ("I'm a referral order panel member (volunteer) - could I use copilot to help tidy up my panel notes?",
     NO, p("13.3", "6.3"), False),
    ("can I set copilot up so it reads my inbox and drafts replies automatically? I'm drowning in emails",
     NO, p("7.2"), False),
    ("is it ok to use magic notes in a restorative justice conference between the young person and the victim? everyone's consented",
     NO, p("5.3"), False),
    ("police sent us intel about a group hanging round the precinct, no names in it. can i get copilot to pull out the main themes for the team briefing",
     NO, p("6.5", "6.3"), False),
    ("can i get copilot to write a text to a young person so it looks like it's from his football coach, to get him to come in for his appointment",
     NO, p("7.1"), False),
    ("can copilot recommend whether we should breach a young person who's missed 3 appointments in a row?",
     NO, p("7.1"), False),
    # ---- tool variants
    ("I've got chatgpt plus on my personal account, can I use it to write generic training slides for the team?",
     APPROVAL, p("5.6", "5.7", "4.1") + f("i-only-want-chatgpt-for-public-stuff-surely-that-s-fine"), True),
    ("can I use copilot at home on my own laptop with my personal microsoft account to draft a team newsletter?",
     NO, p("5.2", "5.7", "3.7") + f("how-do-i-know-i-m-using-the-right-copilot"), False),
    ("i've got the grammarly browser extension with the AI rewrite thing - can i use it for work emails?",
     APPROVAL, p("5.6", "5.7", "2.2"), True),
    ("adobe acrobat now has an 'AI assistant' button, can I use it to summarise a court bundle pdf for one of my cases?",
     NO, p("6.3", "5.6", "3.3"), False),
    ("can i use the AI assistant in adobe acrobat to summarise the published youth justice national standards pdf?",
     APPROVAL, p("5.6", "12.4", "2.2"), True),
    ("release notes say ChildView is getting an AI 'case summary' button in the next update. can we switch it on when it arrives?",
     APPROVAL, p("12.4", "12.1", "7.2"), True),
    ("data analyst here - can I call the Azure OpenAI API from a python script to categorise our performance data? no names in it",
     APPROVAL, p("12.3", "5.7"), True),
    ("can i use claude to help write a funding bid to the lottery? only public info about the service",
     APPROVAL, p("5.6", "4.1") + f("i-only-want-chatgpt-for-public-stuff-surely-that-s-fine"), True),
    ("seconded police officer here - the force has its own approved AI tool for summarising statements, can I use it on YJS cases?",
     NO, p("2.4", "4.1", "6.3") + f("my-police-force-lets-me-use-its-own-ai-tools-can-i-use-them-for-yjs-work"), False),
    ("can i use magic notes on my personal phone? my work phone has run out of storage",
     NO, p("5.3", "5.7", "3.7"), False),
    # ---- information described without keywords
    ("a mum told me about her depression and her son's ADHD diagnosis on a home visit, can copilot help me write it up properly for the file",
     NO, p("6.3", "3.3", "5.2") + f("can-i-use-copilot-chat-to-tidy-up-my-case-notes"), False),
    ("can I put the school's exclusion letter for one of my young people into copilot to summarise it?",
     NO, p("6.3", "3.3", "6.5"), False),
    ("want to paste last week's management board minutes into copilot to pull out the actions - they're marked not for circulation",
     NO, p("6.2"), False),
    ("can I use copilot to help write a reference for a colleague who's leaving us?",
     NO, p("6.4", "3.4"), False),
    ("I'm drafting a grievance outcome letter for someone in my team, could copilot make it sound more professional?",
     NO, p("7.1", "6.4"), False),
    # ---- tools the policy never mentions
    ("has anyone tried notebooklm? can I upload our procedures manual to it so i can ask it questions",
     APPROVAL, p("5.6", "4.1", "4.2"), True),
    ("can i use microsoft designer to make some images for a presentation at the regional YJ conference",
     APPROVAL, p("5.6", "4.1"), True),
    # ---- undecided in the policy
    ("can I use copilot to tidy up the wording of the general background section of a pre-sentence report? there's no names in that bit",
     ["unsure", "not_allowed"], p("15.1"), True),
    ("I'm in the M365 copilot pilot - can I use it in word on a draft intervention plan for one of my young people?",
     ["unsure", "not_allowed"], p("15.2", "6.3"), True),
    ("can we use teams premium intelligent recap for our team meetings?",
     ["unsure", "not_allowed"], p("15.2", "10.2"), True),
    ("can I get copilot to translate our 'what is a referral order' leaflet into Polish? it's a public leaflet",
     ["unsure", "not_allowed"], p("15.3"), True),
    ("one of my young people wants help with his CV - can I sit with him in our session and get him to use an AI tool to write it?",
     UNSURE, p("15.4"), True),
    ("I'm not in the M365 copilot pilot but my manager has a spare licence, can I use hers?",
     NO, p("15.2"), False),
    # ---- info
    ("who actually approves new AI tools here? is it IT?",
     ["info"], p("4.1", "3.10", "16.3") + f("who-do-i-ask-about-ai"), False),
    ("what counts as 'restricted case information'? trying to work out what i can't put in copilot",
     ["info"], p("3.3", "6.3"), False),
    ("how do I ask for a new AI tool to be approved for my team?",
     ["info"], p("4.2", "16.3"), False),
    # ---- out of scope
    ("how do I book a pool car for a home visit in fenmoor next week?", ["out_of_scope"], [], False),
    ("the printer on the 2nd floor keeps jamming, who do I call?", ["out_of_scope"], [], False),
]

PII = [
    ("I accidentally pasted Tyler Brennan's name and his offence details into chatgpt before I realised. what do i do now??",
     ["info", "not_allowed"], p("14.1") + f("i-pasted-something-i-shouldn-t-have-what-now"), False,
     ["Tyler Brennan"]),
    ("using magic notes for my session with Kayden Walsh (dob 14/03/2010) tomorrow at the office - he and his mum have agreed. anything i need to remember?",
     COND, p("5.3", "9.3"), False, ["Kayden Walsh", "14/03/2010"]),
    ("can I put a summary of Jade Okafor's assetplus into copilot to help with her review? case ref YJ-24-0815",
     NO, p("6.3", "5.2", "3.3"), False, ["Jade Okafor", "YJ-24-0815"]),
    ("can i get copilot to draft a letter to Sharon Pike at 12 Tanner Row, HD4 7QP about her son's curfew breaches",
     NO, p("6.3", "5.2", "3.3"), False, ["Sharon Pike", "12 Tanner Row", "HD4 7QP"]),
    ("my team member Priya Desai has had loads of sick days, can copilot work out her bradford factor from her absence record?",
     NO, p("6.4", "3.4"), False, ["Priya Desai"]),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def clause_ids():
    ids = set()
    for line in (HERE / "originals" / P).read_text().splitlines():
        m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            ids.add(f"{P}#{m.group(1)}")
    lines = (HERE / "originals" / F).read_text().splitlines()
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1].strip():
            ids.add(f"{F}#{slug(lines[i - 1])}")
    return ids


def main():
    rows = []
    for q, v, cl, esc in C:
        rows.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc})
    for q, v, cl, esc, pii in PII:
        rows.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc, "pii": pii})
    # interleave the pii cases so they are not all at the end
    order = rows[:len(C)]
    for k, r in enumerate(rows[len(C):]):
        order.insert(9 + k * 13, r)
    valid = clause_ids()
    out = []
    for n, r in enumerate(order, 1):
        r = {"id": f"r7d{n:03d}", **r}
        for c in r["clauses"]:
            assert c in valid, (r["id"], c)
        for s in r.get("pii", []):
            assert s in r["question"], (r["id"], s)
        if set(r["verdict"]) & {"unsure"} or r["escalate"]:
            pass
        out.append(r)
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    with open(HERE / "cases.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
