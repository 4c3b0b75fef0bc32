#!/usr/bin/env python3
"""Write cases.jsonl for the Calderbridge Museums Trust set (prefix r7b) and check it:
every line parses, ids are unique, every cited clause exists in originals/ (parsed by the
contract's clause-id rules), and every pii string is a substring of its question."""
import json
import pathlib
import re
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
P = "genai-policy.md#"
F = "genai-faq.md#"

A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # --- clear yeses (Open information anywhere; Trust-only in Managed tools) ---
    ("can i use chatgpt to make the blurb for the summer exhibition punchier? its the text thats already up on our website",
     [A, C], [P + "5.2", P + "3.4", P + "4.1"], False, None),
    ("is it ok to use the free version of claude to summarise our published annual report into a one page briefing for new starters",
     [A, C], [P + "5.2", P + "4.1", P + "3.4"], False, None),
    ("can I use copilot chat (signed in with my work account, green shield is showing) to tidy up the draft lone working procedure for the front of house team?",
     [A, C], [P + "5.3", P + "3.2", P + "4.2", P + "3.5"], False, None),
    ("I've got the m365 copilot licence - can i use copilot in excel to pick out trends in the Q3 management accounts? no names in it, just cost centres and totals",
     [A, C], [P + "5.3", P + "3.5", P + "3.2"], False, None),
    ("quick one - can i ask gemini to explain what the museum accreditation standard expects on documentation? not putting any trust info in, just a general question",
     [A, C], [P + "4.1", P + "5.2"], False, None),
    ("is perplexity ok for researching the history of the textile trade in calderbridge? only public sources, nothing of ours",
     [A, C], [P + "4.1", P + "5.2", P + "1.3"], False, None),
    ("can I use chatgpt to translate a few pages of a published 1880s french auction catalogue, just so I understand what it says",
     [A, C], [P + "7.3", P + "5.2"], False, None),
    ("on my own phone can i use chatgpt to brainstorm names for a new family trail? not putting anything confidential in",
     [A, C], [P + "14.1", P + "5.2", F + "can-i-use-ai-on-my-own-phone-or-laptop"], False, None),
    ("does the spellcheck in word count as AI under the new policy? it just underlines stuff",
     [I, A], [P + "2.3"], False, None),
    ("i'm a dev - can i use github copilot (free tier, my own account) to help write a generic python script that reformats csv exports? not pasting any of our code in",
     [A, C], [P + "12.6", P + "5.2", P + "7.4"], False, None),
    ("can i use canva's magic write to do the poster for the public talks programme? the programme's already announced on the website",
     [A, C], [P + "5.2", P + "2.2", P + "8.1"], False, None),
    ("do I have to put an AI label on an internal briefing note if copilot wrote most of it? it's only going to the SMT",
     [I, A, C], [P + "8.3"], False, None),
    # --- conditional yeses ---
    ("can i use firefly through our creative cloud licence to make a background texture for the christmas late poster",
     [C, A], [P + "10.1", P + "8.2", P + "3.2"], False, None),
    ("can I get AI to draft a job advert and some interview questions for the visitor experience assistant role? no candidate info, we haven't advertised yet",
     [C, A], [P + "6.3", P + "5.3", F + "can-ai-help-with-recruitment"], False, None),
    ("can we turn on copilot in teams to transcribe the weekly exhibitions team meeting so I don't have to take minutes",
     [C], [P + "9.1", P + "9.5"], False, None),
    ("can copilot chat help me write alt text for our out of copyright paintings? the photos are ours and already on collections online",
     [C, A], [P + "11.4", P + "11.3", P + "5.2"], False, None),
    ("I've done the AI essentials course. can i use copilot chat (work account) to help draft a reply to a complaint from Patricia Okafor (p.okafor58@gmail.com) about the lift being out at harbour street?",
     [C], [P + "5.4", P + "5.4(c)", P + "5.4(a)", F + "can-i-use-copilot-with-visitor-complaints-or-donor-records"], False, ["Patricia Okafor", "p.okafor58@gmail.com"]),
    ("thinking of getting chatgpt plus and claiming it back on expenses, my manager's happy. is that allowed?",
     [C, A], [P + "12.1", P + "3.3", F + "i-pay-for-chatgpt-plus-myself-can-i-use-it-for-internal-documents"], False, None),
    ("can i use midjourney to make an imagined reconstruction of the roman bath house at the castle site for the new interpretation panel",
     [C], [P + "10.3", P + "8.2", P + "10.4"], False, None),
    ("the english labels for the new gallery are signed off and going up next week - can i run them through chatgpt to get polish versions too?",
     [C], [P + "7.3", P + "5.2", P + "3.4"], False, None),
    ("can copilot chat draft a quote from the director for the press release about the reopening? i'll send it to her to approve before anything goes out",
     [C], [P + "6.2(d)", P + "5.3"], False, None),
    ("i use photoshop generative fill on my own personal adobe subscription. ok to use it to extend the background of our photo of the 1760s teapot (our object, out of copyright, on collections online) for a banner?",
     [C, A], [P + "11.3", P + "8.2", P + "3.3", P + "5.2"], False, None),
    ("zoom AI companion is always on in the friends association committee meetings i go to for the trust. is that a problem?",
     [C, N], [P + "9.3", P + "9.2"], False, None),
    ("can copilot do a summary of the themes in our anonymised, unpublished visitor number figures for the annual review? using the trust copilot",
     [A, C], [P + "5.7", P + "5.3"], False, None),
    # --- clear nos, rules worded unlike the question ---
    ("can i paste the draft exhibition budget into free chatgpt to check my formulas? it's only numbers",
     [N], [P + "5.3", P + "3.5", P + "3.3"], False, None),
    ("I signed up to claude pro with my work email so it's basically a work account right? want to upload next month's board papers to get a summary",
     [N], [P + "14.3", P + "3.3", P + "5.3"], False, None),
    ("we got 80 applications for the learning officer post, can chatgpt or copilot sift them and give me a top ten to interview",
     [N], [P + "6.2(a)", F + "can-ai-help-with-recruitment"], False, None),
    ("our curator wants to ask an AI whether the painting we've been offered is genuinely by the artist, it would save a trip to london. ok?",
     [N], [P + "6.2(c)", P + "11.4"], False, None),
    ("need an insurance figure for the ceramics going out on loan - can copilot estimate what they're worth",
     [N], [P + "6.2(c)", P + "3.7", P + "5.6"], False, None),
    ("could we set up an ai to reply to facebook comments automatically overnight when nobody's on",
     [N], [P + "6.2(e)", P + "12.5"], False, None),
    ("want to make a little new year video of the director saying thanks to staff with one of those ai avatar tools - she doesn't need to know, it's a surprise",
     [N], [P + "10.2", P + "6.2(d)"], False, None),
    ("for the mill heritage campaign can we generate a vintage looking photo of mill workers in 1890, made to look like a real old photograph?",
     [N], [P + "10.4", P + "10.3"], False, None),
    ("can i put the alarm zones and cctv camera layout into copilot to help me rewrite the out of hours security procedure? it's the trust copilot so should be fine",
     [N], [P + "5.6", P + "3.7"], False, None),
    ("can i get firefly to create the poster art for the summer late in the style of david hockney",
     [N], [P + "11.5"], False, None),
    ("we've got photos of the objects on loan from hallam castle museum on our website already - can i upload them to chatgpt to generate social posts?",
     [N], [P + "11.2", P + "5.3"], False, None),
    ("can i install the merlin ai chrome extension on my work laptop? it summarises web pages for you",
     [N], [P + "12.4", P + "12.3"], False, None),
    ("can I use copilot to write a reference for one of our volunteers who's moving on? she's been brilliant",
     [N], [P + "6.2(b)"], False, None),
    ("can I run the free text comments from the visitor survey through chatgpt to pull out themes? people weren't told their comments would be published",
     [N], [P + "5.8", P + "5.5"], False, None),
    ("can i use free gemini to tidy up the minutes of the volunteers forum? it has people's names and who said what",
     [N], [P + "5.5", P + "3.6"], False, None),
    ("the booking plugin code from our repo has a bug, ok to paste it into chatgpt to find it?",
     [N], [P + "12.6", P + "5.3", P + "3.5"], False, None),
    ("can i write an article for the museums journal and list chatgpt as co-author since it did a lot of the drafting",
     [N], [P + "8.5"], False, None),
    # --- tool variants ---
    ("is copilot at copilot.microsoft.com with my personal hotmail login the same thing as the trust one? want to use it on the draft five year strategy",
     [N], [P + "3.3", P + "5.3", F + "how-can-i-tell-i-m-using-the-trust-s-version-of-copilot"], False, None),
    ("grammarly's rewrite feature (free version) - fine for polishing my draft end of grant report to the heritage fund before it's submitted?",
     [N], [P + "5.3", P + "3.3", P + "2.2"], False, None),
    ("if our department buys chatgpt team on the purchase card does it count as a managed tool so we can use it for internal stuff?",
     [N, U], [P + "12.2", P + "3.3"], True, None),
    ("i don't have an m365 copilot licence yet - can i just use my colleague's login for a week while i wait",
     [N], [P + "14.4"], False, None),
    ("can otter join our partnership meeting with the council to take notes? the council are ok with it",
     [N], [P + "9.2", F + "can-i-use-otter-fireflies-or-another-note-taker-in-meetings"], False, None),
    ("want to hook chatgpt up to the ticketing and supporter database via the API so it can segment our members list for the appeal",
     [N], [P + "12.3", P + "5.5"], False, None),
    ("working from home on my own ipad - can i get copilot to write a thank you letter to Mr Derek Ashworth, 14 Mill Lane, CD4 9RW, for his gift aid donation?",
     [N], [P + "14.2", P + "5.4"], False, ["Derek Ashworth", "14 Mill Lane", "CD4 9RW"]),
    # --- information described without keywords ---
    ("Gemma Thornbury on my team has told me about her cancer treatment and I need to write up her reasonable adjustments. can copilot help structure the letter if I put the details in?",
     [N], [P + "5.6", P + "3.7"], False, ["Gemma Thornbury"]),
    ("can i give copilot the list of kids from the half term holiday club (first names and ages) so it can make personalised certificates?",
     [N], [P + "3.7", P + "5.6"], False, None),
    ("can i use copilot to summarise the spreadsheet of disclosure check outcomes for our new volunteers before induction?",
     [N], [P + "3.7", P + "5.6"], False, None),
    ("we've had a long email from a lender's solicitors advising us on the loan agreement - can copilot pull out the key points for me?",
     [N], [P + "3.7", P + "5.6"], False, None),
    ("the touring exhibition contract says their info can't be processed by any third party software or services. can i summarise it in trust copilot anyway?",
     [N], [P + "5.9"], False, None),
    ("can i paste the sickness absence meeting notes for Liam Shaw into copilot to get a summary for HR",
     [N], [P + "5.6", P + "3.7", P + "9.4"], False, ["Liam Shaw"]),
    ("school group photos from the workshop last week - can i use generative fill to get rid of the fire exit sign behind the kids?",
     [N], [P + "10.5", P + "3.7", P + "5.6"], False, None),
    ("a parent mentioned a worry about how another adult was behaving with their child at family day. can copilot help me write it up properly?",
     [N], [P + "3.7", P + "5.6"], False, None),
    ("deepseek - ok to use for drafting the internal staff newsletter?",
     [N], [P + "5.3", P + "3.5", P + "3.3"], False, None),
    # --- undecided / needs governance approval ---
    ("an ai startup has emailed offering to pay to licence our collections online images to train their model. can i say yes?",
     [U, N], [P + "16.1", P + "11.6", F + "someone-wants-to-use-our-collection-to-train-their-ai-what-do-i-say"], True, None),
    ("development team would like copilot to pull together background on prospective major donors from news articles and companies house. allowed?",
     [U, N], [P + "16.2"], True, None),
    ("can i use copilot to transcribe the oral history interviews from the 1984 strike project so they're searchable in the catalogue",
     [U, N], [P + "16.3", P + "9.6"], True, None),
    ("i'd like to build a copilot agent that files incoming loan requests into sharepoint and emails the registrar automatically. fine?",
     [U, N], [P + "16.4", P + "4.5"], True, None),
    ("can we use elevenlabs to make an ai voice for the new audio guide? it wouldn't be anyone's real voice",
     [U, N], [P + "16.5"], True, None),
    ("we'd love a chatbot on the website answering visitor questions about opening times and tickets. can we get one built?",
     [U, N], [P + "12.5"], True, None),
    # --- info ---
    ("what counts as restricted information?",
     [I], [P + "3.7", F + "is-anything-completely-off-limits"], False, None),
    ("who do i ask if i'm not sure whether something is personal info or not",
     [I], [P + "17.2", P + "5.10", F + "who-can-i-ask"], False, None),
    ("whats the difference between an open tool and a managed tool",
     [I], [P + "3.2", P + "3.3", F + "what-is-the-difference-between-an-open-tool-and-a-managed-tool"], False, None),
    ("I accidentally pasted a spreadsheet with donor names and phone numbers like 07700 900123 into chatgpt yesterday. what do i do now?",
     [I, N], [P + "15.1", P + "15.2", F + "i-ve-put-something-into-the-wrong-tool-what-should-i-do"], False, ["07700 900123"]),
    ("do I need to do any training before I use copilot?",
     [I], [P + "13.1", P + "5.4(a)"], False, None),
    # --- out of scope ---
    ("how do i book annual leave in the new HR system?", [O], [], False, None),
    ("can I claim mileage for driving over to the store at low moor?", [O], [], False, None),
]


def clause_ids(md_path):
    """Clause ids per the contract: numbered headings and numbered paragraphs, else slugs."""
    text = md_path.read_text(encoding="utf-8")
    ids = set()
    numbered = False
    for line in text.splitlines():
        m = re.match(r"^#{2,6}\s+(\d+)\.?\s", line)
        if m:
            ids.add(m.group(1)); numbered = True; continue
        m = re.match(r"^((?:\d+\.)+\d+(?:\([a-z]\))?)\s", line)
        if m:
            ids.add(m.group(1)); numbered = True
    if not numbered:
        for line in text.splitlines():
            m = re.match(r"^#{2,6}\s+(.*)$", line)
            if m:
                ids.add(re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-"))
    return ids


def main():
    known = {}
    for f in (HERE / "originals").glob("*.md"):
        for cid in clause_ids(f):
            known[f"{f.name}#{cid}"] = True
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        row = {"id": f"r7b{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
        rows.append(row)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # checks
    lines = (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(l) for l in lines]
    ids = [r["id"] for r in parsed]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in parsed:
        for c in r["clauses"]:
            assert c in known, (r["id"], c)
        for s in r.get("pii", []):
            assert s in r["question"], (r["id"], s)
        assert set(r["verdict"]) <= {A, C, N, U, I, O}
        if U in r["verdict"] and r["verdict"] != [I, U]:
            assert r["escalate"], r["id"]
    print(len(parsed), "cases;", sum(1 for r in parsed if "pii" in r), "with pii")
    print("first verdict:", Counter(r["verdict"][0] for r in parsed))
    print("yes acceptable:", sum(1 for r in parsed if set(r["verdict"]) & {A, C}),
          "| only no/unsure:", sum(1 for r in parsed if set(r["verdict"]) <= {N, U}),
          "| escalate:", sum(r["escalate"] for r in parsed))


if __name__ == "__main__":
    main()
