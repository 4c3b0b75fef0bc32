"""Write cases.jsonl for the RPIA set and check it against the originals.

Run: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r15d"
P = "rpia-generative-ai-policy.md#"
G = "ai-quick-guide.md#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs governance approval / left undecided
INFO = ["info"]
OOS = ["out_of_scope"]


def p(*ids):
    return [P + i for i in ids]


def g(*slugs):
    return [G + s for s in slugs]


# (question, verdicts, clauses, escalate, pii)
CASES = [
    # ---- clear yeses ----
    ("hiya, can i use copilot chat to summarise the published SFI guidance on gov.uk so I can brief my team tomorrow?",
     YES, p("5.3", "6.1", "4.3") + g("which-ai-tools-can-i-use", "what-can-i-put-into-them"), False, None),
    ("is it ok to ask Agency Assist how the late claim rules work? just want to understand them better",
     YES, p("5.3", "11.3", "6.1"), False, None),
    ("I'm a dev in digital & data - fine to use github copilot in vs code on the claims portal repo? no real data in there just the code + synthetic fixtures",
     YES, p("5.3"), False, None),
    ("can copilot chat help me write an excel formula to work out average processing days per region? its just totals, no names or SBIs",
     YES, p("5.3", "6.1", "4.6"), False, None),
    ("want to get copilot to do a first draft of a training deck on the new hedgerow grant rules for the contact centre, ok?",
     YES, p("6.1", "5.3", "6.2"), False, None),
    ("can i turn on transcription in teams for our weekly finance team catch up? all internal, nothing HR",
     YES, p("9.1") + g("meetings-and-transcription"), False, None),
    ("comms team here - can we use adobe firefly to make a generic illustration of a hedgerow for a blog post",
     YES, p("5.3", "10.5", "12.1"), False, None),
    ("can i use copilot chat to brainstorm ideas for our team away day",
     YES, p("6.1", "5.3", "5.4"), False, None),
    ("inspector here. am i allowed to run my inspection photos through FieldLens to get a suggested land cover class?",
     YES, p("10.2", "5.3") + g("inspection-photos-and-drone-images"), False, None),
    ("I've got bullet points on our team's backlog numbers (only totals, nothing about any claimant) - can copilot chat turn them into a proper report for my G7?",
     YES, p("6.1", "5.3", "4.3"), False, None),
    ("contact centre - a claimant's email came in in welsh and I don't speak it, can I put it through DeepL just so I understand what they want?",
     YES, p("8.5", "5.3"), False, None),
    ("can i use copilot to help reword the job advert for our seasonal inspector vacancy before it goes on civil service jobs",
     YES, p("6.1", "5.3"), False, None),
    ("I have a copilot licence - can i use it in outlook to summarise a long email chain with the supplier about contract renewal pricing?",
     YES, p("5.3", "4.2(a)"), False, None),
    ("can copilot chat help me draft an FOI response? all the info is already published in our annual report",
     YES, p("12.3", "4.3"), False, None),
    ("can I ask copilot to draft a standard reply for claimants asking when this year's payments go out, using the dates already on gov.uk",
     YES, p("8.1", "8.2", "4.3") + g("writing-to-claimants"), False, None),

    # ---- conditional yeses ----
    ("i've got the copilot licence, can i use it to draft a letter to a farmer listing the documents we still need for his claim? it'll have his SBI and parcel refs in it",
     ["conditional"], p("6.3", "8.1", "8.2", "5.3"), False, None),
    ("welsh language unit: can i use deepl for the welsh version of our press release before it goes on the website?",
     ["conditional"], p("8.5", "5.3"), False, None),
    ("can Agency Assist be used to check what the operational manual says about a cross compliance breach on a case I'm working, including the SBI?",
     YES, p("5.3") + g("what-can-i-put-into-them"), False, None),
    ("john.hartley@hartleyfarms.co.uk has emailed asking for a copy of his inspection report, can I use agency assist to help draft the reply?",
     ["conditional"], p("8.1", "8.2", "5.3"), False, ["john.hartley@hartleyfarms.co.uk"]),
    ("comms q: if we use firefly to make an image for the external annual report do we need to label it or anything",
     ["conditional", "info"], p("12.1", "10.5"), False, None),
    ("can i use copilot recap for our internal project board meeting? one of the attendees said they're not keen",
     ["conditional", "not_allowed"], p("9.1"), False, None),

    # ---- clear nos, rule worded unlike the question ----
    ("we need to send a letter about a 12% reduction on a claim, can copilot write the bit explaining why we reduced it?",
     NO, p("8.3", "11.1") + g("writing-to-claimants"), False, None),
    ("the photos from yesterday's inspection came out really dark, can I use AI to brighten them before they go on the report",
     NO, p("7.1(a)", "10.3") + g("inspection-photos-and-drone-images"), False, None),
    ("we've had 140 applications for the EO inspector job, could copilot help us sift them against the criteria?",
     NO, p("7.1(c)", "4.2(c)"), False, None),
    ("farmer sent in a letter from his GP saying he was in hospital over the deadline - can copilot summarise it for the force majeure file?",
     NO, p("4.5") + g("what-can-i-put-into-them"), False, None),
    ("copilot keeps timing out so can I just forward the email chain to my gmail and use chatgpt on my phone? it'd be way quicker",
     NO, p("7.1(f)", "5.1", "5.2", "5.3"), False, None),
    ("could we get copilot to give each business on my list a score for how likely they are to be overclaiming, so i know who to look at first?",
     NO, p("7.1(b)", "11.1"), False, None),
    ("for the all-staff video can i use an AI voice tool so the CEO's christmas message sounds like her reading it? she's too busy to record",
     NO, p("7.1(d)", "10.5"), False, None),
    ("recoveries team - can we let copilot decide which of the small debts under £100 to write off?",
     NO, p("11.5", "11.1"), False, None),
    ("I'm handling a request for review on an SFI decision, can i ask copilot whether the farmer's arguments stand up?",
     NO, p("11.4"), False, None),
    ("counter fraud here, can we use copilot to pull together a summary of the evidence in one of our files ahead of the case conference",
     NO, p("4.2(d)", "5.3", "9.3") + g("what-can-i-put-into-them"), False, None),
    ("can i upload the drone footage from an inspection into copilot and ask it how many metres of hedge there are",
     NO, p("10.3", "15.1(b)"), False, None),
    ("drone footage from an inspection caught a couple of people in the yard, can i use AI to blur them out before we send it to the claimant?",
     NO, p("7.1(a)", "10.3", "10.4"), False, None),
    ("I'm doing a witness statement for a prosecution case, can copilot tidy up the wording",
     NO, p("7.1(e)", "4.2(d)"), False, None),
    ("can we set up copilot to email the standard 'missing documents' reminder to claimants automatically every monday without anyone checking?",
     NO, p("8.2", "15.1(d)"), False, None),
    ("inspection closing meeting with the farmer and his land agent next week - ok to have copilot transcribe it so I don't have to take notes?",
     NO, p("9.2") + g("meetings-and-transcription"), False, None),
    ("can we have copilot take notes at the sickness absence review with Gareth Pryce on tuesday",
     NO, p("9.3", "4.2(c)", "4.5"), False, ["Gareth Pryce"]),
    ("the reasons for refusing this claim need writing up in CPS, can i get copilot to write them and i'll paste them in",
     NO, p("11.3", "11.1"), False, None),

    # ---- tool variants ----
    ("can I use ChatGPT on my own account for drafting a comms plan? nothing sensitive in it",
     NO, p("5.3", "5.2", "5.1"), False, None),
    ("is the copilot app on my personal iphone ok if i sign in with my personal microsoft account? only for drafting work emails",
     NO, p("5.2", "5.7"), False, None),
    ("there's a chrome extension that summarises web pages with AI, can i install it on my work laptop",
     APPROVAL, p("5.6", "5.1"), True, None),
    ("adobe acrobat has an AI assistant button now, can i use it to summarise a PDF of a stakeholder's consultation response",
     APPROVAL, p("5.5", "5.1"), True, None),
    ("a supplier is hosting our call on zoom and has the AI companion notes on - can I switch it on on my side too for our own notes?",
     APPROVAL, p("9.4", "5.5"), True, None),
    ("our finance analysts want to call the azure openai api from a python script to categorise free text in the customer survey. we're not in D&D, how do we get that?",
     APPROVAL, p("5.3", "13.4", "13.1"), True, None),
    ("can i use copilot chat on my personal laptop through the browser if I sign in with my rpia account?",
     NO, p("5.7"), False, None),
    ("can i use otter to record and summarise my one to ones",
     NO, p("5.3", "9.4") + g("meetings-and-transcription"), False, None),
    ("i pay for chatgpt plus myself, surely that's fine for summarising published defra-type stats since it doesn't train on my data?",
     NO, p("5.2", "5.3", "5.1"), False, None),

    # ---- information described without keywords ----
    ("can copilot chat help me write up notes from a conversation with someone in my team who told me she's struggling with anxiety and wants to drop her hours",
     NO, p("4.5", "4.2(c)", "5.3"), False, None),
    ("can i use copilot chat to polish the draft evaluation scores for the vet services tender before moderation",
     NO, p("4.2(a)", "5.3", "5.8"), False, None),
    ("can i paste next year's draft payment rates (not announced yet) into copilot chat to make a chart for the board",
     NO, p("4.2(a)", "5.3", "5.8"), False, None),
    ("I have a spreadsheet of SBIs and payment amounts, no names at all - can I put it into copilot chat to find duplicates?",
     NO, p("4.6", "4.2(b)", "5.3"), False, None),
    ("a farmer rang really upset, his 15 year old got hurt by machinery on the farm and that's why the work wasn't done. can i use agency assist to write up the call note?",
     NO, p("4.5"), False, None),
    ("can i paste this into copilot chat to draft a reply: Mrs Eleri Watkins, SBI 106512347, Ty Gwyn, SA44 6PL, asking why her payment is late",
     NO, p("4.2(b)", "4.6", "5.3", "5.8"), False, ["Eleri Watkins", "106512347", "SA44 6PL"]),

    # ---- tools the policy never mentions ----
    ("can i use grammarly to check my spelling and grammar in reports",
     APPROVAL, p("5.1", "13.1", "3.2"), True, None),
    ("what's the policy on perplexity for researching published papers on soil health?",
     APPROVAL, p("5.1", "13.1"), True, None),
    ("can i use canva's magic write to make a poster for staff wellbeing week",
     APPROVAL, p("5.1", "5.5", "13.1"), True, None),
    ("want to run llama on my work laptop with ollama so nothing leaves the machine, is that ok?",
     APPROVAL, p("13.5"), True, None),
    ("a supplier has offered the recoveries team a free 3 month trial of their AI case management add-on, can we just give it a go?",
     APPROVAL, p("13.2", "13.3"), True, None),

    # ---- left undecided ----
    ("the contact centre webchat has a 'suggested replies' AI thing, can I switch it on for my team now?",
     APPROVAL, p("15.1(a)", "15.1"), True, None),
    ("can i set up a copilot studio agent to file my emails into the right sharepoint folders",
     APPROVAL, p("15.1(d)", "15.1"), True, None),
    ("my licensed copilot can't see our claims team shared mailbox, can I give it access so it can summarise what's come in?",
     APPROVAL, p("15.1(c)", "15.1"), True, None),
    ("is there an AI tool we can use to measure hedge and wall lengths automatically from the drone survey data?",
     APPROVAL, p("15.1(b)", "15.1"), True, None),
    ("I'm an HR business partner with a copilot licence, can I use it to help draft a grievance outcome letter?",
     APPROVAL, p("15.2", "4.2(c)", "5.3"), True, None),
    ("i've got dyslexia and use read&write through my workplace adjustment - it's added AI rewriting features, can i use those for work?",
     APPROVAL, p("14.2"), True, None),

    # ---- info ----
    ("who do I ask about getting a copilot licence?",
     INFO, p("14.1", "17.4"), False, None),
    ("what counts as CLAIMANT DATA?",
     INFO, p("4.2(b)", "3.5", "4.6") + g("what-can-i-put-into-them"), False, None),
    ("help - i pasted Alun Bevan's bank details into chatgpt by mistake, what do i do now?",
     INFO, p("16.1"), False, ["Alun Bevan"]),
    ("do I have to tell claimants when a letter was drafted with copilot's help?",
     INFO + ["allowed"], p("8.4"), False, None),

    # ---- out of scope ----
    ("how do I claim mileage for inspection visits?", OOS, [], False, None),
    ("anyone know when the SFI 2027 application window opens?", OOS, [], False, None),
]


def clause_ids(md_text):
    """Clause ids as the contract defines them, for a numbered md original or a slug md."""
    ids = set()
    numbered = False
    for line in md_text.splitlines():
        m = re.match(r"^#{1,6}\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1)); numbered = True; continue
        m = re.match(r"^([A-Z]?\d+(?:\.\d+)+(?:\([a-z]\))?)\s", line)
        if m:
            ids.add(m.group(1)); numbered = True
    if not numbered:
        for line in md_text.splitlines():
            m = re.match(r"^(#{2,6})\s+(.*)$", line)
            if m:
                ids.add(re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-"))
    return ids


def main():
    assert 60 <= len(CASES) <= 70, len(CASES)
    known = {}
    for f in (HERE / "originals").glob("*.md"):
        known[f.name] = clause_ids(f.read_text(encoding="utf-8"))
    out = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        case = {"id": f"{PREFIX}{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            case["pii"] = pii
            for s in pii:
                assert s in q, (n, s)
        for ref in cl:
            fn, cid = ref.split("#", 1)
            assert cid in known.get(fn, set()), (n, ref)
        if "unsure" in v and all(x in ("unsure", "not_allowed") for x in v):
            assert esc, n
        out.append(case)
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids))
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "cases")
    print(Counter("/".join(c["verdict"]) for c in out))
    print("pii cases:", sum(1 for c in out if "pii" in c))


if __name__ == "__main__":
    main()
