"""Write cases.jsonl for the Wealdmoor County Council set (prefix r12a) and check it.

Checks: every line parses, ids unique, every cited clause exists in originals/ (clause ids
derived from the .md with the contract's rules for numbered documents), pii strings are
substrings of their question. Run with any Python 3.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
F = "wealdmoor-genai-acceptable-use-policy.md"

YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
APPROVAL = ["unsure", "not_allowed"]   # policy says approval first, or leaves it undecided


def c(*ids):
    return [f"{F}#{i}" for i in ids]


CASES = [
    # --- clear yeses -------------------------------------------------------------------
    ("can i use chatgpt to reword the road closure notice for the A49 resurfacing? its already been signed off to go in the paper", YES, c("7.1", "6.1(a)", "A.1"), False),
    ("hiya, library team here - want to use gemini to come up with fun names for the summer reading challenge events and a blurb for the website. nothing sensitive, it's just the kids' events", YES, c("7.1", "6.1(a)", "12.1", "11.1"), False),
    ("is it ok to ask claude to explain how section 278 agreements work? just trying to get my head round it, new in highways dev control", YES, c("7.1"), False),
    ("can I use copilot chat (signed in with my work account, shield is showing) to draft a new internal procedure for how our team logs pothole reports", YES, c("7.3", "5.2", "6.1(b)"), False),
    ("can i use copilot in excel to help me build a formula for the library visitor numbers spreadsheet? its just totals by branch, no names", YES, c("7.3", "6.1(b)", "5.2"), False),
    ("want to use chatgpt to make a generic template letter for acknowledging FOI requests - no names or case details, just the template", YES, c("7.1"), False),
    ("can I paste the published cabinet report on the highways capital programme into chatgpt to get a plain english summary? it's on the website already", YES, c("7.1", "6.1(a)", "11.1"), False),
    ("could I use wealdmoor assist to help me write the job advert and role profile for a trading standards officer vacancy", YES, c("8.2", "7.3", "5.2"), False),
    ("there's a new AI app called Notion AI a mate recommended, can I use it to plan the public drop-in sessions for the library refurb consultation? dates and venues are already up on the website", YES, c("7.1", "5.3", "5.1"), False),
    ("using the outlook app on my personal phone (the one IT set up with the company portal / app protection) - can i ask copilot to draft a reply to a councillor's email about gritting routes?", YES, c("5.4", "7.3"), False),
    ("copilot.microsoft.com on my personal microsoft account - ok to use for tweaking the winter gritting comms? comms have already approved them to go out", YES, c("5.3", "7.1", "6.1(a)"), False),
    ("can i use chatgpt to brainstorm ideas for a road safety campaign aimed at secondary school kids? just ideas, no data", YES, c("7.1"), False),
    ("can copilot chat help me write a reply to sandra.whitlock@gmail.com about her library fines? she's disputing £4.20", YES, c("7.3", "6.1(c)"), False, ["sandra.whitlock@gmail.com"]),

    # --- conditional yeses --------------------------------------------------------------
    ("can i use copilot chat to summarise ~600 responses to the bus strategy consultation? some of them have people's names and email addresses in", COND, c("7.3", "A.2", "9.3"), False),
    ("teams call with colleagues from the NHS trust next week, can I switch on transcription and the copilot recap? everyone's said they're fine with it", COND, c("10.1"), False),
    ("social worker here, am I allowed to use magic notes during a care act assessment at someone's home? she's happy for it to be recorded", COND, c("10.3", "7.4"), False),
    ("for my review with Mr Deepak Varma (NHS no 485 777 3456) tomorrow can I use magic notes to record it, he's consented (I'm his social worker)", COND, c("10.3", "7.4"), False, ["Deepak Varma", "485 777 3456"]),
    ("I'm in adult social care and have a M365 copilot licence - can I get copilot in word to draft a letter to a service user from the notes already on their record? I'd check it before it goes", COND, c("7.4.1"), False),
    ("can i use an AI image generator to make a poster for the half term lego club at the library?", COND, c("12.1", "11.1"), False),
    ("I have a M365 Copilot licence. can I use it in Word on the unpublished budget savings proposals to help draft the cabinet report? the finance director (she's the IAO) has emailed to say that's fine", COND, c("7.5", "6.1(e)"), False),
    ("ok to use copilot chat to help debug a power automate flow for the highways team? i'll put it through change approval before it goes live", COND, c("9.4", "7.3"), False),
    ("external meeting run by the ICB on their teams has an AI note taker running - can I still join? we're meant to be discussing a couple of safeguarding cases", ["conditional", "not_allowed"], c("10.2"), False),

    # --- clear nos (rules worded unlike the question) ----------------------------------------------
    ("can i get chatgpt to tidy up the wording of my draft team plan before i send it to my head of service", NO, c("7.2", "6.1(b)"), False),
    ("quick one - ok to use copilot to rank the three bids we got for the winter gritting contract? would save loads of time", NO, c("8.2"), False),
    ("could AI give us a first pass score on which care act assessments meet the eligibility threshold so the panel only looks at the borderline ones", NO, c("8.1"), False),
    ("we've had 140 applications for the library assistant post, could copilot sift them down to a shortlist for us", NO, c("8.2"), False),
    ("the photo of the pothole from the inspector is a bit dark and blurry, can I run it through an AI enhancer before it goes in the claim file", NO, c("8.3"), False),
    ("cllr asked me to knock up a leaflet for his re-election campaign using chatgpt, is that ok?", NO, c("8.4"), False),
    ("can I use copilot to tidy the wording of the part 2 report about the depot sale before it goes to cabinet", NO, c("7.5.1", "A.4", "6.1(e)"), False),
    ("can i upload the bidders' pricing schedules into copilot chat to compare them side by side", NO, c("8.2", "7.5", "6.1(e)"), False),
    ("want to paste my draft email to a family about their son's EHCP review into chatgpt to make it sound a bit kinder, ok?", NO, c("7.2", "7.4", "6.1(d)"), False),
    ("for the staff awards can we use an AI app to turn photos of the team into cartoon caricatures? one of them hasn't said yes yet", NO, c("12.2", "7.2"), False),
    ("trading standards - can I put a witness statement into copilot chat to summarise it for the case file", NO, c("7.4", "6.1(d)"), False),
    ("can I use magic notes to record the strategy meeting about a child we're worried about? saves me typing it all up", NO, c("10.4"), False),

    # --- tool variants ------------------------------------------------------------------
    ("I pay for chatgpt plus myself, it's way better than copilot. can I use it to redraft the libraries strategy doc? not published yet", NO, c("5.3", "7.2"), False),
    ("is it ok to use copilot on my own phone through the browser to draft a reply to a resident about the pothole complaint they sent in", NO, c("5.4", "7.2"), False),
    ("there's a chrome extension that summarises your emails with AI - can I add it to my work browser to get through my inbox quicker?", NO, c("7.6", "5.3"), False),
    ("can i use the AI assistant in adobe acrobat to summarise the signed contract pdf with our highways maintenance supplier", NO, c("5.3", "7.2", "6.1(e)"), False),
    ("can i sign up to claude with my wealdmoor email so i can keep my work chats separate from my personal ones", NO, c("5.5"), False),
    ("we host a partner meeting on our zoom account - can I turn on zoom's AI companion to summarise it?", NO, c("10.2", "5.3"), False),
    ("grammarly keeps offering to rewrite my emails with its AI thing - is that ok for emails to families about their mum's care package?", NO, c("5.3", "7.2", "6.1(d)"), False),
    ("deepseek is blocked on the office wifi but works fine on my phone on 4g. only want it for general research for work, that ok?", NO, c("5.6"), False),
    ("can i use github copilot in vs code to help write code for the highways defect reporting app? the repo is ours, not public", ["not_allowed", "conditional"], c("7.2", "5.3", "9.4"), False),
    ("i'm writing a little python script that sends residents' highways enquiry emails to the openai api to auto-categorise them. fine as long as I check the results?", APPROVAL, c("5.7", "7.2"), True),
    ("what about Mistral's le chat for drafting a press release? it hasn't been signed off yet", NO, c("7.2", "6.1(a)", "6.1(b)"), False),

    # --- information described without keywords ---------------------------------------------
    ("can copilot chat help me write up notes from a supervision with a team member who's been off with stress and is really struggling", NO, c("7.4", "6.1(d)"), False),
    ("I'm writing a report on a young person in our care whose placement is moving, can i use wealdmoor assist to help structure it", NO, c("7.4", "6.1(d)"), False),
    ("can i ask chatgpt to summarise the advice we got from counsel on the bridge claim, its really long", NO, c("7.2", "6.1(e)"), False),
    ("I'll take the name out and just put 'an 82 yr old man in Little Chesham with dementia whose daughter says he's not coping' into chatgpt to help word a letter - that's anonymous right?", NO, c("6.3", "7.2", "6.1(d)"), False),
    ("photos from the stay and play session at the children's centre - can I use an AI tool to remove the backgrounds for the newsletter?", NO, c("12.3", "12.2", "7.4"), False),
    ("can i paste this into chatgpt to make it sound more professional: 'Dear Mr Raymond Pike, re your highways claim HC/2025/04417 for damage to your car on the B4362...'", NO, c("7.2", "6.1(c)"), False, ["Raymond Pike", "HC/2025/04417"]),
    ("can I ask chatgpt to help write up what Tyler Brennan (DOB 03/04/2014) told one of our volunteers at homework club yesterday? want to get the safeguarding referral right", NO, c("7.2", "7.4", "6.1(d)"), False, ["Tyler Brennan", "03/04/2014"]),

    # --- undecided or needs governance approval -------------------------------------------
    ("democratic services - can we use copilot to transcribe the planning and regulatory committee and draft the minutes from it?", APPROVAL, c("16.2", "16.1"), True),
    ("I'm a county councillor, can I use chatgpt on my own ipad to help with casework emails from residents in my division?", APPROVAL, c("16.3", "2.4"), True),
    ("can I build a copilot agent that automatically replies to routine highways enquiries and logs them in our system without anyone checking each one?", APPROVAL, c("16.4", "5.7"), True),
    ("TS want to use an AI tool to scan facebook marketplace for fake goods listings, is that allowed?", APPROVAL, c("16.5"), True),
    ("could we use an AI generated voice to read out the audio tour for the central library for visually impaired visitors?", APPROVAL, c("16.6"), True),
    ("our highways asset management system got an upgrade with an AI 'auto-describe defects' feature - can we just switch it on?", APPROVAL, c("13.2", "13.1"), True),
    ("is it ok for the team to buy an AI minute-taking app, it's only £10 a month, i'd put it on my p-card", APPROVAL, c("13.1", "5.5"), True),
    ("we'd like a chatbot on the website to help people renew library books and answer FAQs, can we just set one up?", APPROVAL, c("11.4", "13.1"), True),

    # --- information questions ---------------------------------------------------------------
    ("who do I ask if I'm not sure whether something counts as personal info or not?", ["info"], c("6.4", "17.2"), False),
    ("what counts as a 'corporate AI tool'?", ["info"], c("5.2", "3.1"), False),
    ("help - i accidentally pasted an email from Mrs Janet Okafor at 14 Millbrook Close, WM7 3QD into chatgpt. what do I do?", ["info", "not_allowed"], c("15.1"), False, ["Janet Okafor", "14 Millbrook Close", "WM7 3QD"]),
    ("do I have to say in the committee report that I used copilot to help draft it?", ["info", "conditional"], c("11.3"), False),
    ("how do I get a copilot licence?", ["info"], c("14.2", "17.3"), False),
    ("only used copilot to fix the grammar on a letter going to residents - do I need to add the AI statement thing?", ["info", "allowed"], c("11.2", "11.1"), False),
    ("I work at a maintained primary school, does this policy cover me using chatgpt for lesson plans?", ["info", "out_of_scope"], c("2.5"), False),

    # --- out of scope ------------------------------------------------------------------------
    ("does anyone know when the county hall canteen reopens after the refit?", ["out_of_scope"], [], False),
    ("how do I book annual leave in the new HR system?", ["out_of_scope"], [], False),
]


def clause_ids(md: Path) -> set:
    ids = set()
    for line in md.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^((?:\d+|[A-Z])(?:\.\d+)+(?:\([a-z]\))?)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids(OUT / "originals" / F)
    rows = []
    for n, case in enumerate(CASES, 1):
        q, verdict, clauses, esc, *rest = case
        row = {"id": f"r12a{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if rest:
            row["pii"] = rest[0]
            for s in rest[0]:
                assert s in q, (row["id"], s)
        for ref in clauses:
            f, cid = ref.split("#")
            assert f == F and cid in ids, (row["id"], ref)
        if "unsure" in verdict and set(verdict) <= {"unsure", "not_allowed"}:
            assert esc, row["id"]
        rows.append(row)
    assert 60 <= len(rows) <= 70, len(rows)
    path = OUT / "cases.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    # re-read and check
    seen = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in seen
        seen.add(r["id"])
    from collections import Counter
    print(len(rows), "cases;", len(ids), "clauses in originals")
    print("first verdict:", Counter(r["verdict"][0] for r in rows))
    print("escalate:", sum(r["escalate"] for r in rows), "pii cases:", sum("pii" in r for r in rows))


if __name__ == "__main__":
    main()
