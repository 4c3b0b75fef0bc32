#!/usr/bin/env python3
"""Write cases.jsonl for North Lyndale Police (prefix NLP) and check it against originals/."""
import csv
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
POL = "genai-acceptable-use-policy.md"
REG = "ai-tools-register.csv"

Y = ["allowed", "conditional"]
NO = ["not_allowed"]
APPR = ["not_allowed", "unsure"]      # needs approval first / not until a person confirms
PEND = ["unsure", "not_allowed"]      # policy explicitly leaves it open
INFO = ["info"]
OOS = ["out_of_scope"]


def p(*ids):
    return [f"{POL}#{i}" for i in ids]


def r(*tools):
    return [f"{REG}#{t}" for t in tools]


CASES = [
    # ---- clear / conditional yeses -------------------------------------------------
    ("hi, can i use copilot chat to help me write an email to my team about the new shift pattern from next month? no names in it just the pattern",
     Y, p("5.2", "6.3") + r("Microsoft 365 Copilot Chat"), False),
    ("is it ok to get copilot to summarise the latest hmicfrs peel report on us? its published on their website",
     Y, p("5.2", "6.2") + r("Microsoft 365 Copilot Chat"), False),
    ("need an excel formula to total overtime hours per officer per week, can i just ask copilot chat? its only the formula i want not the data",
     Y, p("14.2", "5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("im a trainer at the learning centre - could i use copilot to knock up a 10 question quiz on PACE code G for the new student officers",
     Y, p("5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("Can I use Copilot Chat to rewrite our found property procedure in plain english? It's an internal doc, nothing about any person in it",
     Y, p("5.2", "6.3") + r("Microsoft 365 Copilot Chat"), False),
    ("pcso here, planning a 'cuppa with a copper' at the library next month, ok to get copilot chat to come up with ideas and a blurb for the poster?",
     Y, p("5.2", "10.1") + r("Microsoft 365 Copilot Chat"), False),
    ("can i use the free chatgpt to explain what the victims code entitlements actually are? just for my own learning, not putting anything about any cases in",
     Y, p("5.4", "6.2") + r("ChatGPT"), False),
    ("we had a letter handed in at the front counter written in polish, can i run it through lyndale translate just to get the gist of what its about",
     Y, p("13.1", "6.4(a)") + r("Lyndale Translate"), False),
    ("can lyndale translate do a first draft of our burglary prevention leaflet in urdu? we'd get it checked before it goes out",
     Y, p("13.1") + r("Lyndale Translate"), False),
    ("dev in digital services - am i ok to use github copilot in vs code on the duties app repo? it's in our github enterprise org",
     Y, p("14.1", "14.3") + r("GitHub Copilot"), False),
    ("can i turn on transcription in teams for our monthly estates team meeting? would make doing the minutes much easier",
     Y, p("11.1") + r("Microsoft 365 Copilot"), False),
    ("comms team q: can we make an illustrative image of a generic front door with a video doorbell in firefly for the autumn burglary campaign? no people in it at all",
     Y, p("12.4", "10.2") + r("Adobe Firefly"), False),
    ("I've got one of the pathfinder M365 Copilot licences - fine to ask copilot in outlook to summarise a long email chain about the fleet replacement project?",
     Y, p("5.3", "6.3") + r("Microsoft 365 Copilot"), False),
    ("I'm on the Draft One pilot in Eastmoor. Can I use it to draft my incident report for a shoplifting at the coop from my bwv? adult suspect, no injuries",
     Y, p("7.9", "7.10", "6.4(a)") + r("Axon Draft One"), False),
    ("can copilot chat help me write a powershell script to rename a load of files in a folder? no data in it, just file names like report_001",
     Y, p("14.2") + r("Microsoft 365 Copilot Chat"), False),
    ("can i use copilot chat to improve the wording of our standard victim update letter template?? no victim details go in, i'd fill those in afterwards in word",
     Y, p("7.11") + r("Microsoft 365 Copilot Chat"), False),
    ("comms planning - could copilot summarise the local news coverage about the new drone unit so we can see what the public reaction has been",
     Y, p("7.13") + r("Microsoft 365 Copilot Chat"), False),
    ("im a special constable and I've been issued a force laptop, can i use copilot chat on it for drafting emails to my section?",
     Y, p("19.5", "5.2", "2.1") + r("Microsoft 365 Copilot Chat"), False),
    ("can I use copilot chat on my own iphone? it's through the intune managed outlook app that IT set up",
     Y, p("15.1") + r("Microsoft 365 Copilot Chat"), False),
    ("writing a paper for the force strategic board on estate rationalisation, ok to use copilot chat to help draft it?",
     Y, p("10.3", "5.2", "6.3") + r("Microsoft 365 Copilot Chat"), False),

    # ---- clear nos, rule worded unlike the question ----------------------------------
    ("can chatgpt tidy up the grammar on a witness statement i took earlier? the witness's english isnt great and it reads really badly",
     NO, p("7.6"), False),
    ("quick one - is it ok to get copilot to write up my intel submission from my pocket notebook notes? would save loads of time",
     NO, p("7.1", "7.2"), False),
    ("cctv still of our suspect is really blurry, can i use one of those ai upscaler sites to sharpen it up before we circulate it",
     NO, p("12.1"), False),
    ("can i stick a custody photo of a guy we nicked into chatgpt and ask if he looks like the bloke in the shop cctv",
     NO, p("12.2"), False),
    ("custody sgt here - could copilot help me work out the risk level for a detainee who says he's been drinking and is on meds? just as a second opinion",
     NO, p("7.8", "8.1(a)"), False),
    ("is there a way to get ai to keep an eye on what one of our local nominals is posting on facebook and give me a weekly summary?",
     NO, p("7.12"), False),
    ("we have thousands of emails seized on a fraud job - can copilot go through them and tell us which ones are relevant for the unused schedule?",
     NO, p("7.4"), False),
    ("can i use lyndale translate instead of waiting for an interpreter for a voluntary interview with a romanian suspect? interpreter cant get here for 3 hrs",
     NO, p("13.2", "7.7") + r("Lyndale Translate"), False),
    ("victim sent me a text in arabic on my work phone, can i just paste it into google translate to see what it says",
     NO, p("13.3", "6.4(b)"), False),
    ("can i use copilot chat to summarise a crime report so i can hand it over to the next shift quicker",
     NO, p("5.3", "3.5", "6.4(b)") + r("Microsoft 365 Copilot Chat"), False),
    ("I'm on the Draft One pilot - can I use it for the report on a domestic last night? the kids were in the house when it happened",
     NO, p("7.10") + r("Axon Draft One"), False),
    ("can i get draft one to do the MG11 for the shop manager off my bwv instead of typing it all out with him",
     NO, p("7.6") + r("Axon Draft One"), False),
    ("can i install grammarly on my work laptop? i'm dyslexic and it helps loads",
     NO, p("15.3") + r("Grammarly"), False),
    ("someone has invited otter into our project call this afternoon, is that allowed or should i remove it",
     NO, p("11.3") + r("Otter.ai"), False),
    ("can i try deepseek to help put together a generic training plan for my team? nothing sensitive in it",
     NO, p("8.2") + r("DeepSeek"), False),
    ("MARAC tomorrow on teams, can i switch on transcription and the AI recap so i dont have to take notes?",
     NO, p("11.2"), False),
    ("can chatgpt help me decide whether a first time shoplifter should get a community resolution or be charged? i wont put any names in",
     NO, p("8.1(a)"), False),
    ("can i ask copilot to plan my questions for a suspect interview on a fraud job? i'd leave his name out",
     NO, p("7.7", "6.7"), False),
    ("victim gave a decent description of the offender, can i get an ai image generator to make a picture of him for a public appeal",
     NO, p("12.5", "12.3"), False),
    ("I pay for chatgpt plus myself - can I use it to draft a briefing note on our new neighbourhood priorities? its internal, not published yet",
     NO, p("5.5", "5.4") + r("ChatGPT"), False),
    ("can I sign into chatgpt with my @northlyndale.police.uk email so my chats get saved",
     NO, p("5.4") + r("ChatGPT"), False),
    ("HR grievance hearing on teams next week, is it ok to let copilot do the recap and action points?",
     NO, p("11.2", "6.5"), False),

    # ---- information described without keywords (health, HR, children, confidential) ---
    ("can copilot chat help me write a summary of why Sgt Dawn Pellow has been off for 3 months? its for her welfare review, she's been having chemo",
     NO, p("6.5", "5.3") + r("Microsoft 365 Copilot Chat"), False, ["Dawn Pellow"]),
    ("working in the MASH - got a referral about a 14 yr old who keeps going missing from her care home. can copilot turn my notes into a tidy chronology if i take her name out?",
     NO, p("6.6", "6.7", "5.3"), False),
    ("we've had a file back from the CPS with the lawyer's review notes on a case, can copilot chat pull out the action points for me",
     NO, p("6.8", "5.3", "6.4(b)"), False),
    ("can i put a vetting refusal letter for an applicant into copilot to help me word our reply to their appeal?",
     NO, p("6.5"), False),
    ("can chatgpt write a victim update letter for Priya Khatri (crime ref NL/24/118832)? her car got broken into on the 3rd",
     NO, p("7.11", "5.4", "6.4(b)") + r("ChatGPT"), False, ["Priya Khatri", "NL/24/118832"]),
    ("need to send a witness warning letter to James Tollan DOB 03/05/1988 for trial next month, can copilot chat draft it for me?",
     NO, p("5.3", "6.4(b)", "3.5") + r("Microsoft 365 Copilot Chat"), False, ["James Tollan", "03/05/1988"]),

    # ---- tool variants and AI in other software -------------------------------------
    ("is the chatgpt api ok if i write a little python script to categorise our FOI responses? they're all already published on the website",
     APPR, p("14.4") + r("ChatGPT"), True),
    ("adobe acrobat has a new AI assistant button that summarises pdfs, it appeared after an update. can i use it on our published policies?",
     APPR, p("3.4", "5.6", "16.4"), True),
    ("partner agency always uses zoom - can i switch on the zoom ai companion meeting summary when we host the call?",
     APPR, p("5.6", "3.4"), True),
    ("external partner's meeting had some AI notetaker bot sitting in it, what am i supposed to do?",
     ["info", "conditional"], p("11.4"), False),

    # ---- tools the policy never mentions --------------------------------------------
    ("is claude ok to use? been told its better than chatgpt for writing reports",
     APPR, p("5.6", "3.4"), True),
    ("gemini came preinstalled on my force android phone, can i use it to draft emails",
     APPR, p("5.6", "3.4"), True),
    ("a vendor has offered us a free 3 month trial of their AI tool that summarises case files, can our team just give it a go?",
     APPR, p("16.1", "5.6"), True),
    ("can i use perplexity to research case law on section 18 GBH for a file",
     APPR, p("5.6", "3.4"), True),

    # ---- points the policy leaves undecided -----------------------------------------
    ("heard niche is getting an AI 'case overview' feature in the next upgrade - are we allowed to use it once it lands?",
     PEND, p("19.1", "16.4"), True),
    ("could we use ai to transcribe the interview recordings and knock out the ROTI? takes me hours every time",
     PEND, p("19.2", "7.7"), True),
    ("disclosure officer here - can copilot help write the descriptions for the non-sensitive items on the MG6C?",
     PEND, p("19.3"), True),
    ("recruitment team want an AI voiceover for the new PCSO recruitment video, is that ok?",
     PEND, p("19.4"), True),
    ("im a police support volunteer with no force laptop - can i use copilot chat on my home pc if i log in with my force account?",
     PEND, p("19.5", "15.1"), True),
    ("can i make an AI cartoon of the chief constable for her retirement card?",
     APPR, p("12.3"), True),

    # ---- information questions ------------------------------------------------------
    ("who do i talk to about getting a new ai tool approved?",
     INFO, p("20.1", "16.1", "16.2"), False),
    ("what actually counts as 'operational information' under the AI policy?",
     INFO, p("3.5"), False),
    ("do i have to do any training before using copilot chat?",
     INFO, p("17.1"), False),
    ("I accidentally pasted a victim's details (Marcus Oyelaran, 07700 900417) into chatgpt yesterday. what do i do now?",
     INFO, p("18.1", "18.2"), False, ["Marcus Oyelaran", "07700 900417"]),
    ("does a press release written with help from copilot have to say AI was used?",
     ["info", "conditional"], p("10.1"), False),

    # ---- out of scope ----------------------------------------------------------------
    ("whats the overtime rate for police staff working a bank holiday?",
     OOS, [], False),
    ("how do i book annual leave on the new duty system",
     OOS, [], False),
    ("anyone know who the duty inspector for eastmoor is tonight?",
     OOS, [], False),
]


def policy_clause_ids(md_text):
    """Clause ids per the contract: numbered headings and numbered paragraphs."""
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^([A-Z]?\d*(?:\.\d+)+(?:\([a-z]\))?|\d+\.\d+(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    md = (OUT / "originals" / POL).read_text(encoding="utf-8")
    ids = policy_clause_ids(md)
    with open(OUT / "originals" / REG, newline="", encoding="utf-8") as f:
        tools = {row["tool"] for row in csv.DictReader(f)}
    # register's own clause refs must exist too
    with open(OUT / "originals" / REG, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for ref in row["clauses"].split(";"):
                assert ref.split("#", 1)[1] in ids, ("register", row["tool"], ref)

    lines = []
    for n, case in enumerate(CASES, 1):
        q, verdict, clauses, esc = case[:4]
        obj = {"id": f"NLP{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if len(case) > 4:
            obj["pii"] = case[4]
            for s in case[4]:
                assert s in q, (obj["id"], s)
        for ref in clauses:
            fn, cid = ref.split("#", 1)
            if fn == POL:
                assert cid in ids, (obj["id"], ref)
            elif fn == REG:
                assert cid in tools, (obj["id"], ref)
            else:
                raise AssertionError(ref)
        if "unsure" in verdict:
            assert esc, obj["id"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (OUT / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # re-read and check
    seen = set()
    cnt = Counter()
    for line in (OUT / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        assert o["id"] not in seen
        seen.add(o["id"])
        cnt["|".join(o["verdict"])] += 1
    print(len(seen), "cases;", dict(cnt))
    print("pii cases:", sum(1 for c in CASES if len(c) > 4))
    print("escalate:", sum(1 for c in CASES if c[3]))
    print(len(ids), "policy clause ids")


if __name__ == "__main__":
    main()
