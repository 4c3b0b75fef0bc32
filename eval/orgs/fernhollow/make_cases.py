"""Write cases.jsonl for Fernhollow Borough Council and check it against originals/.

Run: /work/main/.venv/bin/python make_cases.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "fhbc-ai-acceptable-use-policy.md"
PREFIX = "FHB"

Y = ["allowed", "conditional"]
C = ["conditional", "allowed"]
N = ["not_allowed"]
NA = ["not_allowed", "unsure"]       # needs approval first / not until someone confirms
U = ["unsure", "not_allowed"]        # policy leaves it open
I = ["info"]
O = ["out_of_scope"]

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # --- clear yeses ---
    ("can i use chatgpt to tidy up the wording of a press release thats already gone out on the website? want to reuse it for the staff newsletter", Y, ["6.1", "5.2", "A.1"], False, None),
    ("is it ok to ask claude to explain what a section 106 agreement actually is in plain english, just for my own understanding before a meeting", Y, ["6.1", "5.2", "A.1"], False, None),
    ("drafting a new internal procedure for the revs & bens team, can i get copilot chat (work login, green shield showing) to restructure it and make it clearer?", Y, ["6.2", "3.4", "5.3"], False, None),
    ("can I use Fernhollow Assist to summarise our unpublished draft budget spreadsheet for my head of service? there's no names in it just cost centres", Y, ["6.2", "5.3", "A.2"], False, None),
    ("quick one - free gemini on my own phone to brainstorm slogans for the summer litter pick campaign, that ok?", Y, ["6.1", "3.3"], False, None),
    ("is perplexity ok for researching what other councils charge for fly tipping fixed penalties? only public stuff", Y, ["6.1", "5.2"], False, None),
    ("can i ask chatgpt to summarise last month's published cabinet report on the leisure strategy so i can brief my team", Y, ["6.1", "A.1", "5.2"], False, None),
    ("i want deepseek to help me write a generic python script that renames files in a folder by date. nothing council specific in it at all", Y, ["6.1", "6.8", "3.3"], False, None),
    ("can I use canva's magic write to draft instagram captions for the fireworks night that's already been announced", Y, ["6.6", "6.1", "3.5"], False, None),
    ("dev here, can i paste an error message from a public npm library into chatgpt to work out what's going wrong? no council code", Y, ["6.8", "6.1"], False, None),
    ("we're doing our weekly planning team catch up on teams (just us, internal). can we switch on transcription and the recap?", C, ["11.1"], False, None),
    ("fancy trying Le Chat by Mistral for drafting a blog post about our climate action plan (the published one). allowed?", Y, ["6.1", "3.3"], False, None),
    ("need a little jingle for the recycling campaign video, thinking of using suno. is that allowed", C, ["10.1", "9.2", "6.1"], False, None),
    ("can copilot chat help me write an excel formula for the void properties tracker? i'd only paste the column headers", Y, ["6.2", "6.1", "5.3"], False, None),
    ("Can i put Mrs Janet Okafor's email about her council tax arrears (acct 40118273, she's at 22 Beech Rise FH4 7QT) into copilot chat on my work laptop to help draft a reply offering a payment plan?", C, ["6.2", "5.3", "8.3", "A.2"], False, ["Janet Okafor", "40118273", "22 Beech Rise", "FH4 7QT"]),
    ("resident emailed about a missed bin collection, name and address in it. can i use fernhollow assist to draft the reply", C, ["6.2", "5.3", "A.2"], False, None),
    # --- conditional yeses ---
    ("can i use midjourney to make an image for the annual report cover? thinking an abstract skyline, nothing real", C, ["10.1", "9.2"], False, None),
    ("we want to send every household a letter about the new food waste service and most of it was drafted by copilot - anything i need to do before it goes out?", C, ["9.1", "8.1", "8.3"], False, None),
    ("writing the cabinet report on the car parking charges review, can copilot chat help draft the options appraisal bit?", C, ["8.2", "3.7", "6.2"], False, None),
    ("can i use an ai tool to remove the background from a photo of the mayor at the ribbon cutting for the website", C, ["10.3", "9.2"], False, None),
    ("new starter in my team wants to use fernhollow assist but hasnt done any of the training yet, can they just crack on?", ["not_allowed", "conditional"], ["13.1"], False, None),
    ("can i use copilot chat on my own personal laptop at home for the draft committee report? wfh tomorrow", ["not_allowed", "conditional"], ["6.2", "3.9"], False, None),
    ("acrobat has that AI assistant button now, can i use it to summarise a long supplier contract we signed last year? not published", ["conditional", "not_allowed"], ["6.6", "3.5"], False, None),
    ("working on the waste app, can i use github copilot in vs code on the council repo?", C, ["6.8"], False, None),
    ("the new housing case management system has an AI 'summarise case' button, can I use it on my cases?", ["conditional", "not_allowed"], ["6.6", "3.5", "5.4"], False, None),
    # --- clear nos, worded unlike the rule ---
    ("got 40 applications for the admin assistant post, can i get chatgpt to read them all and tell me the top 5 to interview?", N, ["7.3"], False, None),
    ("thinking of getting AI to do the voiceover for our bins video in the Leader's voice, we've got loads of recordings of her speeches and she's said she's fine with it", N, ["7.4"], False, None),
    ("can copilot work out which small business rate relief applications meet the criteria? then i'd just send out the letters it says", N, ["7.2"], False, None),
    ("it's the pre-election period but can i get chatgpt to write a few posts for the council account about how the leader's party delivered the new leisure centre", N, ["7.5"], False, None),
    ("someone left a 1 star google review of the leisure centre, could i get chatgpt to write a few nice reviews to balance it out lol", N, ["7.6"], False, None),
    ("can i use AI to work out who the fly tipper is from our camera stills? we have a few faces", N, ["7.7"], False, None),
    ("we've got otter on the free plan, can i let it join our project board teams call to take the notes?", N, ["11.3"], False, None),
    ("i'm chairing a grievance hearing next week, can i use teams recap so i don't have to take notes", N, ["11.2"], False, None),
    ("need to write the config script for the planning portal, can i give copilot the admin account password so it can fill it in", N, ["6.8", "5.4", "6.3"], False, None),
    ("paying for chatgpt plus myself and use it loads for work, can i claim it back on expenses?", N, ["12.1"], False, None),
    ("can i paste a draft of the unpublished housing strategy into chatgpt to shorten it? i've turned off the training setting", N, ["6.2", "6.4", "5.3"], False, None),
    ("can I use chatgpt to reply to j.harding87@gmail.com who's complaining about the broken swings in the rec?", N, ["6.2", "5.3"], False, ["j.harding87@gmail.com"]),
    # --- tool variants ---
    ("copilot on my personal outlook.com account is basically the same as work copilot right? want to use it for our draft service plan", N, ["6.5", "6.2"], False, None),
    ("if our team bought chatgpt team licences would that be ok for internal drafts?", NA, ["6.2", "12.1", "3.3"], True, None),
    ("i want to call the openai api from a little script that sorts the fly tipping reports coming in from the website form into categories", NA, ["6.9", "12.3"], True, None),
    ("can I install the Monica AI chrome extension on my work laptop? it summarises web pages", NA, ["6.7"], True, None),
    ("can i connect chatgpt to my work outlook so it sorts my inbox for me", NA, ["6.7", "15.3"], True, None),
    ("can i use meta ai in whatsapp on my own phone to reword a message to a tenant about when their repair is booked", N, ["6.2", "3.3", "5.3"], False, None),
    ("is the copilot app that came with windows 11 on my work laptop the same thing as copilot chat?", ["info", "conditional"], ["6.5", "3.4"], False, None),
    ("our consultants want to run the housing needs survey responses through chatgpt for the analysis - is that ok?", NA, ["12.4", "6.2"], True, None),
    # --- information described without keywords ---
    ("can copilot chat help me write up my notes from a home visit? the tenant (Sandra Whitlock, dob 12/03/1961) told me about her chemo and that she can't manage the stairs any more", N, ["5.4", "6.3"], False, ["Sandra Whitlock", "12/03/1961"]),
    ("bids are in for the leisure centre refurb, 3 suppliers. can copilot compare their prices for me before we award?", N, ["5.4", "6.3"], False, None),
    ("can i put the pink papers for next week's cabinet item on the depot sale into fernhollow assist to get a summary", N, ["5.4", "6.3", "A.3"], False, None),
    ("need to write to the school about the teenage lad who keeps getting into the skate park after hours, can copilot draft it if i give it his details", N, ["5.4", "6.3"], False, None),
    ("if i take the names out can i get chatgpt to summarise the complaint from the guy at 14 Mill Lane about his neighbour dealing from the house", N, ["5.6", "5.4", "6.2"], False, ["14 Mill Lane"]),
    ("manager asked me to use AI to summarise the investigation interview notes for a conduct case in our team. copilot chat is fine for that isn't it?", N, ["5.4", "6.3"], False, None),
    ("parking review consultation responses - people put names and postcodes and some mention their blue badge / mobility problems. can i put the spreadsheet in copilot chat to pull out themes?", N, ["5.1", "5.4", "6.3"], False, None),
    ("can i put the restructure proposals into copilot? not announced yet, it lists which posts are going and who's in them", N, ["5.4", "5.5", "6.3"], False, None),
    ("we'd like to use copilot every quarter to analyse the whole council tax reduction caseload export (about 6,000 claimants) for trends. how do we get that ok'd?", NA, ["6.3", "5.4", "12.3"], True, None),
    ("can i use notebooklm for our unpublished draft local plan evidence papers? it's great for summarising", N, ["6.2", "5.3", "3.3"], False, None),
    ("want to make an ai video where the chief exec 'says' the budget headlines, using her photo. is that ok if she signs off the script?", N, ["7.4"], False, None),
    ("could i use chatgpt to tidy up the photos from the youth football tournament we ran? the kids' faces are in them", N, ["10.3", "5.4"], False, None),
    # --- undecided / pending ---
    ("can we use teams copilot recap in our monthly meeting with the housing association partners?", U, ["15.1", "11.5"], True, None),
    ("can i use chatgpt to translate our published bin collection leaflet into romanian and put it on the website", U, ["15.2"], True, None),
    ("councillor here - can i use chatgpt on my own ipad to help answer ward casework emails from residents?", U, ["15.4", "2.4"], True, None),
    ("copilot in outlook is offering to reply to emails and book meetings for me automatically, can i turn that on?", NA, ["15.3"], True, None),
    ("we have a face to face appointment with a resident at the housing options desk, can i use the zoom ai companion / teams transcription to take the notes?", U, ["15.1", "11.5"], True, None),
    # --- info ---
    ("who do i ask if i'm not sure whether something is council controlled or council sensitive?", I, ["16.2", "5.5"], False, None),
    ("what counts as council sensitive info?", I, ["5.4", "A.3"], False, None),
    ("I accidentally pasted Tom Reeve's housing benefit letter into chatgpt this morning (his NI number QQ 12 34 56 C was on it). what do i do now?", ["info", "not_allowed"], ["14.1", "14.2"], False, ["Tom Reeve", "QQ 12 34 56 C"]),
    ("how do we apply for a use case approval and how long does it take?", I, ["12.3", "3.8"], False, None),
    ("what's the wording we have to put on letters that ai mostly wrote?", I, ["9.1"], False, None),
    ("who actually owns this ai policy / who chairs the review board?", I, ["16.1"], False, None),
    # --- out of scope ---
    ("does anyone know when the car park barrier at the civic centre is getting fixed", O, [], False, None),
    ("how do i book annual leave in the new hr system?", O, [], False, None),
]


def clause_ids(md: str) -> set:
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^((?:\d+|[A-Z])\.\d+(?:\.\d+)*) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main() -> None:
    ids = clause_ids((HERE / "originals" / DOC).read_text(encoding="utf-8"))
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        for c in cl:
            assert c in ids, (n, c)
        row = {"id": f"{PREFIX}{n:03d}", "question": q, "verdict": v,
               "clauses": [f"{DOC}#{c}" for c in cl], "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (n, s)
            row["pii"] = pii
        if "unsure" in v and v[0] == "unsure":
            assert esc, n
        rows.append(row)
    assert 60 <= len(rows) <= 70, len(rows)
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    seen = set()
    for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in seen
        seen.add(r["id"])
    print("cases:", len(rows), "pii cases:", sum(1 for r in rows if "pii" in r))
    print("by first verdict:", Counter(r["verdict"][0] for r in rows))
    print("allowed acceptable:", sum("allowed" in r["verdict"] for r in rows),
          "escalate:", sum(r["escalate"] for r in rows))


if __name__ == "__main__":
    main()
