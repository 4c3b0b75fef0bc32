"""Write cases.jsonl for the Hartcliffe Constabulary set and check it against originals/.

Checks: ids unique with the HCP prefix, every cited clause exists in the originals (clause ids
read by the contract's rules for typed numbers), pii strings are substrings of the question.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
F = "hartcliffe-genai-policy.md#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]   # needs DAIGB approval first
OPEN = ["unsure", "not_allowed"]       # left undecided by section 12
INFO = ["info"]
OOS = ["out_of_scope"]


def c(*ids):
    return [F + i for i in ids]


CASES = [
    # ---- clear yeses -------------------------------------------------------------
    ("can i use chatgpt to help me revise for my sergeants exam? like getting it to explain PACE code C and the detention time limits", YES, c("7.3", "4.1", "3.4"), False),
    ("is it ok to use the free version of gemini to summarise the hmicfrs inspection report on us that came out last month? its on their website", YES, c("A.1", "4.1", "3.4"), False),
    ("want to use copilot chat (work login, green shield showing) to tidy up the draft SOP for the property store before it goes to the ch insp. ok?", YES, c("A.2", "5.3", "4.2"), False),
    ("can i get chatgpt to write me a retirement speech for my skipper, no names or jobs just general stuff about 30 years on response", YES, c("4.1", "5.1"), False),
    ("could i use perplexity to find out what other forces have published about their drone policies? never heard it mentioned in our policy", YES, c("4.1", "3.3", "3.4"), False),
    ("digital services dev here - can i paste a generic python regex into chatgpt and ask why it isnt matching? nothing force related in it", YES, c("7.4", "4.1"), False),
    ("can i use copilot chat on my force issued iphone to draft an email to the training school about course dates", YES, c("4.3", "5.3", "4.2"), False),
    ("does chatgpt have to be on some approved list first? just want to brainstorm slogans for the volunteer recruitment campaign", YES, c("4.1"), False),
    ("is copilot chat ok for turning the excel of overtime spend by department into a chart for the SMT pack? no names in it just totals", YES, c("5.3", "4.2"), False),
    ("can i use an ai image generator to make a cartoon lightbulb icon for my cpd training slides", YES, c("11.1"), False),
    ("i want chatgpt to compare our stop and search policy (the one on the force website) with the college of policing APP and list the differences", YES, c("3.4", "4.1", "7.3"), False),
    ("is it alright to use chatgpt on my own laptop at home if i only put in stuff thats already on the force website?", YES, c("2.4", "4.1", "3.4"), False),
    ("thinking of using deepseek to rewrite our published victims leaflet into simpler english for the website. any tool ok?", YES, c("4.1", "8.2", "3.3"), False),
    # ---- conditional yeses ----------------------------------------------------------
    ("nbhd team: can we use claude to turn our published bike theft crime prevention leaflet into a few facebook posts for the force page", YES, c("8.2", "4.1", "3.4"), False),
    ("can our team switch on teams transcription for the monthly fleet meeting? its just vehicle servicng schedules and tyre contracts", ["conditional", "allowed"], c("9.1"), False),
    ("im in the copilot pilot - can i use the meeting recap in teams for our internal change board meeting?", ["conditional", "allowed"], c("9.1", "4.4"), False),
    ("comms asked me to mock up a poster for the summer knife amnesty with dall-e, just a bin and knives no people. anything i need to do?", ["conditional"], c("8.1", "11.2"), False),
    ("i work at the L&D centre, can i get chatgpt to make up a fake witness statement for new student officers to practise reviewing? totally invented", ["conditional"], c("6.3", "6.1(b)"), False),
    ("can i use chatgpt to translate our published hate crime reporting leaflet into urdu for the website", ["conditional", "allowed"], c("8.2", "4.1"), False),
    ("want a text to speech ai voice to read out our published accessibility statement on the website, generic voice not based on anyone", ["conditional", "allowed"], c("11.4", "8.1"), False),
    ("if copilot wrote most of the first draft of my paper for chief officer group do i have to say so anywhere?", ["conditional", "info"], c("8.3"), False),
    # ---- clear nos, worded unlike the rule ----------------------------------------------------
    ("can i get chatgpt to make my statement from last nights rtc sound a bit more professional? ill take the names out", NO, c("6.1(b)", "A.4", "6.2", "5.2"), False),
    ("cps want the file by friday - can copilot tell me whether theres enough evidence to charge or not", NO, c("6.1(a)", "5.4(a)"), False),
    ("can copilot help me write up an intel submission from what a chis told me last night", NO, c("6.1(c)", "5.4(a)", "5.4(d)"), False),
    ("weve got really blurry cctv stills of a shoplifter, can i run them through one of those ai upscalers to sharpen his face up for the appeal", NO, c("6.1(d)", "11.3"), False),
    ("control room here - in a major incident can we get chatgpt to knock up the holding statement for the website, only using info thats public?", NO, c("6.1(e)", "6.2"), False),
    ("can i use ai to help fill in the DASH for a domestic i went to earlier", NO, c("6.1(f)", "5.4(a)"), False),
    ("im on a promotion board, could copilot chat score the candidates' written applications against the competency framework", NO, c("6.1(g)", "7.2"), False),
    ("disclosure officer asked if copilot could go through the unused material and draft the MG6C", NO, c("6.1(h)", "5.4(a)"), False),
    ("can i use an ai voice thing to make a video of the chief constable wishing everyone happy christmas for the team do? its just a laugh", NO, c("6.1(i)", "11.3"), False),
    ("can i upload my own photo to one of those ai headshot apps to get a nicer profile pic for the intranet", NO, c("11.3"), False),
    ("recruitment want ai generated photos of 'officers' in hartcliffe uniform for the careers page so we dont need real models. ok?", NO, c("11.2", "8.1"), False),
    ("can i claim chatgpt plus on expenses or put it on my purchase card? i use it loads for work", NO, c("10.3"), False),
    ("can we put teams transcription on for the morning briefing? we go over the overnight jobs and whos in custody", NO, c("9.2", "5.4(a)"), False),
    # ---- tool variants -------------------------------------------------------------
    ("copilot chat but logged in with my personal outlook.com account - is that ok for the draft estates strategy? its not published yet", NO, c("3.2", "5.2", "3.5"), False),
    ("can i log into copilot chat with my force account on my home ipad to finish off a training plan? its only internal stuff", NO, c("4.3"), False),
    ("theres a grammarly chrome extension i want on my work laptop to check my spelling in emails, can i install it?", APPROVAL, c("4.5", "10.1"), True),
    ("adobe acrobat on my laptop has an 'ai assistant' button now, can i use it to summarise the draft force management statement pdf?", NO, c("3.3", "5.2", "3.5"), False),
    ("niche has an ai summary feature in the latest update - can our team start using it on occurrences?", APPROVAL, c("4.6", "10.1"), True),
    ("i could hook the openai api up to our sharepoint SOPs over a weekend so officers can ask it questions. can i just go ahead?", APPROVAL, c("10.1"), True),
    ("the supplier of our duty system offered me a free trial of their ai rota assistant at a conference, can i sign up with my work email?", APPROVAL, c("10.2", "10.1", "4.6"), True),
    ("we want to add otter.ai to our team's teams calls so we get automatic notes", NO, c("9.3"), False),
    ("in a council-led meeting about a missing 15 year old and their zoom ai companion is recording/summarising. am i ok to carry on?", ["not_allowed", "conditional"], c("9.3", "5.4(b)"), False),
    # ---- information described without keywords ------------------------------------------------
    ("can i paste the log from the sudden death i attended into copilot chat so it can write my handover for the next shift", NO, c("A.3", "5.4(a)", "3.6"), False),
    ("copilot chat to summarise the notes from the strategy discussion about the 14 year old who keeps going missing from her care home?", NO, c("5.4(b)", "5.4(a)"), False),
    ("can i use chatgpt to polish the press release about the PCC's budget before it goes out on friday", NO, c("3.4", "5.2"), False),
    ("i've taken all the names and addresses out of a burglary report, can i put it into chatgpt now to help write the victim update letter", NO, c("5.2", "5.4(a)"), False),
    ("is it ok to use chatgpt to plan the patrol deplyoment for saturdays derby using our resourcing numbers", NO, c("5.4(d)", "5.2"), False),
    ("the network team want to paste our firewall config into chatgpt to troubleshoot a vpn issue", NO, c("5.4(f)", "7.4"), False),
    ("got an email from childrens services marked OFFICIAL-SENSITIVE about a family, can copilot chat pull out the actions for me", NO, c("5.4(c)", "5.4(b)"), False),
    # ---- undecided (section 12) ----------------------------------------------------------
    ("the bodycam ai that writes your incident summary from the footage - are we allowed to use it yet? heard other forces are", OPEN, c("12.2", "12.1"), True),
    ("im a special, can i get copilot chat on my force laptop like the regulars have?", OPEN, c("12.3", "12.1"), True),
    ("at a job with a victim who only speaks romanian, can i use google translate conversation mode on my work phone to talk to her", OPEN, c("12.4", "12.1"), True),
    ("osint team - can we use chatgpt to help pull together an open source profile of a named suspect from his public socials?", OPEN, c("12.5", "12.1", "5.2"), True),
    ("devs want github copilot turned on in vs code on the dev machines, is that allowed?", OPEN, c("12.6", "12.1", "4.5"), True),
    # ---- info -----------------------------------------------------------------
    ("who do i talk to about whether a document counts as official or official-sensitive?", INFO, c("15.2", "5.5"), False),
    ("what counts as 'operational material' in the ai policy?", INFO, c("3.6"), False),
    ("i accidentally pasted part of a custody record into chatgpt yesterday, what do i do now?", ["info", "not_allowed"], c("14.1", "14.2"), False),
    ("do i need to do any training before i can use copilot chat?", ["info", "conditional"], c("13.1"), False),
    ("does the ai policy cover the live facial recognition vans?", ["info", "out_of_scope"], c("2.3"), False),
    ("saw a colleague paste a crime report into chatgpt on his phone, who should i tell?", ["info"], c("14.4", "14.1"), False),
    # ---- out of scope ------------------------------------------------------------
    ("how do i book a rest day in lieu on the duty system?", OOS, [], False),
    ("whats the mileage rate if i drive my own car to a course at ryton", OOS, [], False),
    ("anyone know if the canteen at hq is open on bank holidays", OOS, [], False),
]

PII_CASES = [
    ("can i put the bail conditions for Jason Pardoe dob 14/03/1991 into chatgpt so it can write them out in plain english for him", NO, c("5.4(a)", "5.2"), False, ["Jason Pardoe", "14/03/1991"]),
    ("PC Lauren Mcallister (collar 4471) has been off sick with her back, can copilot chat draft the occupational health referral for me", NO, c("3.6", "5.4(a)"), False, ["Lauren Mcallister"]),
    ("firearms licensing - application from Derek Oyelaran, 12 Fennel Close, HC4 9TZ with a gp letter attached. can copilot chat pull out the key points?", NO, c("3.6", "5.4(a)"), False, ["Derek Oyelaran", "12 Fennel Close", "HC4 9TZ"]),
    ("victim emailed from kerry.bannon83@gmail.com chasing an update on crime ref HC/23114/25, can chatgpt draft my reply if i leave her name out", NO, c("5.2", "5.4(a)"), False, ["kerry.bannon83@gmail.com", "HC/23114/25"]),
    ("witness rang from 07700 900461 and left a long voicemail, can i get copilot to transcribe it", NO, c("9.4", "5.4(a)"), False, ["07700 900461"]),
]


def clause_ids(md_path):
    ids = set()
    num = re.compile(r"^(?:#+\s*)?((?:\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*)(?:\([a-z]\))?)\.?\s")
    for line in md_path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("## Appendix"):
            continue
        m = num.match(s)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    rows = []
    n = 0
    for q, v, cl, esc in CASES:
        n += 1
        rows.append({"id": f"HCP{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc})
    for q, v, cl, esc, pii in PII_CASES:
        n += 1
        rows.append({"id": f"HCP{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc, "pii": pii})

    ids = clause_ids(HERE / "originals" / "hartcliffe-genai-policy.md")
    seen = set()
    for r in rows:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        for ref in r["clauses"]:
            f, cid = ref.split("#", 1)
            assert (HERE / "originals" / f).exists(), ref
            assert cid in ids, (r["id"], ref)
        for p in r.get("pii", []):
            assert p in r["question"], (r["id"], p)
        assert set(r["verdict"]) <= {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
        if "unsure" in r["verdict"] and r["verdict"][0] == "unsure":
            assert r["escalate"], r["id"]
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "cases;", len(ids), "clauses in policy")


if __name__ == "__main__":
    main()
