#!/usr/bin/env python3
"""Write cases.jsonl for Tamesbridge Council and check it against the originals.

Run after build_policy.py:  python make_cases.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "genai-acceptable-use-policy.md#"
Q = "ai-staff-questions.md#"

QA_TOOLS = Q + "which-ai-tools-can-i-use-for-work"
QA_RIGHT = Q + "how-do-i-know-i-am-using-the-right-copilot"
QA_CHATGPT = Q + "is-chatgpt-ok-if-i-don-t-put-in-anything-personal"
QA_PHONE = Q + "can-i-use-copilot-chat-on-my-own-phone-or-home-computer"
QA_M365 = Q + "what-is-the-difference-between-copilot-chat-and-microsoft-365-copilot"
QA_CASE = Q + "can-i-use-copilot-chat-to-help-with-casework"
QA_MEET = Q + "can-copilot-write-up-my-teams-meeting"
QA_LABEL = Q + "do-i-have-to-say-when-i-have-used-ai"
QA_SUPPLIER = Q + "our-supplier-has-added-ai-to-a-system-we-already-use-can-we-switch-it-on"
QA_NEW = Q + "how-do-i-ask-for-a-new-ai-tool"
QA_OOPS = Q + "i-have-put-something-into-an-ai-tool-that-i-shouldn-t-have-what-now"
QA_TRAIN = Q + "do-i-need-training-before-i-start"
QA_UNDECIDED = Q + "what-hasn-t-been-decided-yet"

YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]


def p(*ids):
    return [P + i for i in ids]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses ----
    ("can i use copilot chat to tidy up the wording of our team's internal procedure for booking pool cars? there's no names in it",
     YES, p("6.1", "5.1", "3.5"), False, None),
    ("hi - is it ok to ask copilot to summarise the published local plan consultation document so i can brief my team on it?",
     YES, p("6.1", "3.4", "5.1"), False, None),
    ("want copilot to help me write a first draft of a job advert for a parks apprentice, thats ok right?",
     YES, p("6.1", "5.1", "7.2"), False, None),
    ("quick one, can i use the copilot button in outlook to draft a reply to someone in finance about the budget timetable",
     YES, p("5.1", "6.2", "6.1"), False, None),
    ("excel is doing my head in – can copilot chat write me an XLOOKUP formula for a sheet of ward budget totals? no personal data",
     YES, p("6.1", "5.1", "3.5"), False, None),
    ("is it fine to use copilot in the edge sidebar (signed in with my tamesbridge account) to summarise a gov.uk guidance page",
     YES, p("5.1", "6.1", "3.2"), False, None),
    ("can i ask copilot to explain the new homelessness code of guidance changes in plain english, just for my own understanding",
     YES, p("6.1", "8.1", "3.4"), False, None),
    ("im drafting a cabinet report on the libraries strategy, its not exempt and will be published with the agenda. can copilot help me restructure my draft?",
     YES, p("6.1", "3.5", "8.2"), False, None),
    ("can copilot chat fix the spelling and grammar in a letter i wrote to one of our suppliers? and do i have to put an AI label on it",
     YES + ["info"], p("9.2", "6.2", "6.1"), False, None),
    ("i need to email colleagues in housing and the hospital discharge team to set up a meeting, can copilot draft it with their names and work emails in",
     YES, p("6.2", "6.1"), False, None),
    ("our team has unpublished budget savings proposals (no staff names, just service lines and figures) – ok to get copilot chat to summarise them for SMT?",
     YES, p("6.1", "3.5"), False, None),
    ("is the copilot icon in teams the same thing as copilot chat? want to use it to draft an announcement for my team channel",
     YES, p("5.1", "6.1", "3.2"), False, None),
    ("can i ask copilot to draft an email to priya.sandhu@tamesbridge.gov.uk in procurement chasing the contract register update?",
     YES, p("6.2", "6.1"), False, ["priya.sandhu@tamesbridge.gov.uk"]),
    ("not work related at all - can i use chatgpt at home on my own laptop to plan my holiday?",
     ["allowed", "out_of_scope"], p("2.4"), False, None),
    # ---- conditional yeses ----
    ("can i use copilot on my personal iphone? ict set up the work profile thing on it last month",
     COND, p("5.2") + [QA_PHONE], False, None),
    ("can i paste the teams transcript from our internal project board meeting into copilot to pull out the action points",
     COND, p("10.3", "10.2") + [QA_MEET], False, None),
    ("i'd like to use copilot to help draft a reply to a resident complaint about missed bin collections on their road – can i?",
     COND, p("6.3", "8.2") + [QA_CASE], False, None),
    ("can copilot write a python script to reformat our asset register csv exports? we'd then run it on the asset server",
     COND, p("8.3", "8.1"), False, None),
    ("want to use copilot-made images in our facebook posts for the summer fair, is that allowed?",
     COND, p("11.2", "9.3", "11.1"), False, None),
    ("press release about the new leisure centre, copilot wrote most of it and ive checked it – anything i need to do before it goes out?",
     ["conditional", "info"], p("9.1", "8.2") + [QA_LABEL], False, None),
    ("as a manager can i use copilot to put together a generic template for return to work interviews",
     COND, p("6.5"), False, None),
    ("making a slide deck for our team away day, can copilot generate a cartoon-style picture of a tree for the title slide?",
     COND, p("11.1", "9.3"), False, None),
    ("ive already decided to refuse a resident parking permit application, can copilot help me word the refusal letter so its clearer",
     COND, p("7.1", "6.3", "8.2"), False, None),
    # ---- clear nos, rules phrased unlike the question ----
    ("we've had 60 applications for the team leader post, can copilot go through them and pick the best 10 to interview?",
     NO, p("7.2"), False, None),
    ("loads of blue badge applications in the queue – could copilot decide which ones clearly meet the criteria so we only look at the borderline ones?",
     NO, p("7.1", "6.3", "8.4"), False, None),
    ("the leader wants a short new year video of her saying happy new year in a few community languages using an AI voice tool, she's happy for us to do it. ok?",
     NO, p("7.3", "5.6"), False, None),
    ("can copilot help me write a leaflet for cllr ashworth's re-election campaign? he asked if i could help out",
     NO, p("7.4"), False, None),
    ("i want to record my home visits on my phone with one of those ai transcription apps so i dont have to write notes after",
     NO, p("10.4"), False, None),
    ("someone added otter.ai to our internal team meeting, is it ok to leave it in there?",
     NO, p("10.1") + [QA_MEET], False, None),
    ("for the flood risk consultation can i make a realistic AI picture of the high street underwater to show what could happen",
     NO, p("11.3"), False, None),
    ("copilot keeps refusing my prompt about knife crime stats, can i just reword it so the filter doesnt catch it?",
     NO, p("7.7"), False, None),
    # ---- information described without keywords ----
    ("visited an older gentleman with dementia whose daughter is worried about him coping – can copilot help write up my notes if i leave his name out?",
     NO, p("6.4", "10.4") + [QA_CASE], False, None),
    ("writing a report about a 14 year old who's been permanently excluded, can copilot help if i just call him 'child A'?",
     NO, p("6.4", "3.7") + [QA_CASE], False, None),
    ("the police sent us info about a tenant under the ASB information sharing agreement, can copilot summarise it for the panel?",
     NO, p("6.7", "6.3", "6.4"), False, None),
    ("one of my team has raised a grievance about their manager, can copilot help me draft the investigation terms of reference with the details in",
     NO, p("6.5", "3.8"), False, None),
    # ---- PII ----
    ("can i paste Mrs Janet Okafor's housing benefit appeal letter (NI number QQ 12 34 56 C) into copilot to help me draft a reply",
     NO, p("6.3", "3.6") + [QA_CASE], False, ["Janet Okafor", "QQ 12 34 56 C"]),
    ("hi, my colleague Dev Pattani has been off with stress for three weeks, can copilot help me write his return to work plan?",
     NO, p("6.5", "3.8"), False, ["Dev Pattani"]),
    ("resident emailed from k.whitlock82@gmail.com about a missed bin at 27 Marsh Lane TB4 7QE, can i paste her email into copilot to draft a reply?",
     ["not_allowed", "conditional"], p("6.3", "3.6") + [QA_CASE], False, ["k.whitlock82@gmail.com", "27 Marsh Lane", "TB4 7QE"]),
    ("safeguarding referral for Tyler Brennan DOB 03/02/2015 – can copilot tidy up my chronology before it goes to the MASH?",
     NO, p("6.4", "3.7"), False, ["Tyler Brennan", "03/02/2015"]),
    # ---- tool variants ----
    ("is chatgpt ok if i only use it with stuff that's already on our website? its my free account",
     NO, p("5.4") + [QA_CHATGPT], False, None),
    ("my work copilot wont load so can i use copilot.microsoft.com with my hotmail login instead? just for a draft newsletter",
     NO, p("5.3", "3.2") + [QA_RIGHT], False, None),
    ("there's a chrome extension that summarises web pages with AI, can i install it on my work laptop?",
     NO, p("5.5"), False, None),
    ("i pay for chatgpt plus myself, can i use it for drafting council reports if i dont put any names in",
     NO, p("5.4") + [QA_CHATGPT], False, None),
    ("can i get a microsoft 365 copilot licence so it works in word and outlook? im in revenues",
     NO, p("5.7") + [QA_M365], False, None),
    ("can i log into copilot on the shared pc in the library reception to help me draft something quickly",
     NO, p("5.2"), False, None),
    ("on my own laptop at home can i just open copilot in chrome and sign in with my council account?",
     NO, p("5.2") + [QA_PHONE], False, None),
    ("adobe acrobat now has an 'AI assistant' button, can i use it to summarise a long pdf from DLUHC?",
     APPROVAL, p("5.6"), True, None),
    ("we'd like to build a copilot studio agent that answers staff questions about the HR handbook, can we start in the sandbox?",
     APPROVAL, p("5.8"), True, None),
    ("could we hook the openai api up to our azure subscription to auto-categorise fly tipping reports?",
     APPROVAL, p("5.8", "12.2"), True, None),
    ("our case management system upgrade came with an 'AI case summary' feature, can we start using it?",
     APPROVAL, p("12.3", "5.6") + [QA_SUPPLIER], True, None),
    ("the supplier demoing their planning software has offered a free 3 month trial of their AI assistant, can we say yes?",
     APPROVAL, p("12.2", "5.6"), True, None),
    ("a partner agency is hosting our multi-agency meeting on zoom with the AI companion summary switched on – what should i do?",
     ["info", "not_allowed"], p("10.1"), False, None),
    # ---- tools the policy never names ----
    ("what about perplexity enterprise pro? not the free one, my old council used it",
     APPROVAL, p("5.6", "12.1"), True, None),
    ("can our web dev team use github copilot in vscode for the new customer portal",
     APPROVAL, p("5.6", "8.3", "12.1"), True, None),
    ("we want to put an AI chatbot on the council website to answer council tax questions, can we?",
     APPROVAL, p("9.4", "5.6"), True, None),
    # ---- approval needed (SIRO) ----
    ("we're evaluating tender submissions for the highways maintenance contract, can copilot compare the bidders' pricing schedules?",
     APPROVAL, p("6.6", "3.9"), True, None),
    ("can i get copilot to shorten the exempt part 2 appendix for next week's cabinet",
     APPROVAL, p("6.6", "3.9"), True, None),
    # ---- undecided ----
    ("i support councillors in member services – are councillors allowed to use copilot chat with their council accounts?",
     UNSURE, p("15.1(a)", "15.1", "2.3") + [QA_UNDECIDED], True, None),
    ("democratic services here, can we use copilot to write the first draft of the planning committee minutes from the webcast?",
     UNSURE, p("15.1(b)", "15.1") + [QA_UNDECIDED], True, None),
    ("can i use copilot to translate our council tax support leaflet into polish and bengali?",
     UNSURE, p("15.1(c)", "15.1") + [QA_UNDECIDED], True, None),
    ("im dyslexic and my access to work assessment recommended an AI writing tool, am i allowed to use it for work?",
     UNSURE, p("15.1(d)", "15.1") + [QA_UNDECIDED], True, None),
    # ---- information questions ----
    ("who do i talk to about getting a new AI tool approved for my team?",
     INFO, p("12.1", "16.1", "3.11") + [QA_NEW], False, None),
    ("what counts as resident-identifiable information? is a case reference number on its own enough?",
     INFO, p("3.6", "3.10"), False, None),
    ("i accidentally pasted a resident's details into chatgpt yesterday, what do i do now",
     ["info", "not_allowed"], p("14.1", "14.3") + [QA_OOPS], False, None),
    ("do i need to do any training before using copilot chat?",
     ["info", "conditional"], p("13.1", "13.2") + [QA_TRAIN], False, None),
    ("does the AI policy apply to teachers at our maintained primary schools?",
     INFO, p("2.5"), False, None),
    ("what actually is OFFICIAL-SENSITIVE? how do i know if a document counts",
     INFO, p("3.9"), False, None),
    # ---- out of scope ----
    ("how do i book a meeting room on the 4th floor of the civic centre?",
     OOS, [], False, None),
    ("when's the deadline for mileage claims this month?",
     OOS, [], False, None),
    ("anyone know how to reset my payroll portal password",
     OOS, [], False, None),
]


def md_clause_ids(path):
    """Clause ids per the contract: numbered headings/paragraphs; slugs for unnumbered docs."""
    text = path.read_text(encoding="utf-8")
    num_ids = []
    for line in text.splitlines():
        mh = re.match(r"^##\s+(\d+)\.\s", line)
        mp = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?)\s", line)
        if mh:
            num_ids.append(mh.group(1))
        elif mp:
            num_ids.append(mp.group(1))
    if num_ids:
        return set(num_ids)
    return {re.sub(r"[^a-z0-9]+", "-", l[3:].lower()).strip("-") for l in text.splitlines() if l.startswith("## ")}


def main():
    valid = set()
    for f in (OUT / "originals").glob("*.md"):
        valid |= {f"{f.name}#{i}" for i in md_clause_ids(f)}
    rows, seen = [], set()
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        cid = f"TMB{n:03d}"
        assert cid not in seen
        seen.add(cid)
        bad = [c for c in cl if c not in valid]
        assert not bad, (cid, bad)
        if "unsure" in v and len(v) == 1:
            assert esc, cid
        row = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (cid, s)
            row["pii"] = pii
        rows.append(row)
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    ids = [json.loads(l)["id"] for l in open(OUT / "cases.jsonl", encoding="utf-8")]
    assert len(ids) == len(set(ids))
    from collections import Counter
    print(len(rows), "cases")
    print("first verdict:", Counter(r["verdict"][0] for r in rows))
    print("escalate:", sum(r["escalate"] for r in rows), "pii cases:", sum("pii" in r for r in rows))
    print("only no/unsure:", sum(all(x in ("not_allowed", "unsure") for x in r["verdict"]) for r in rows))


if __name__ == "__main__":
    main()
