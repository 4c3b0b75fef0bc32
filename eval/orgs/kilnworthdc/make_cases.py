"""Write cases.jsonl for Kilnworth District Council and check it against originals/.
Run: /work/main/.venv/bin/python make_cases.py"""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
F = "kdc-generative-ai-policy.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
NO_OR_UNSURE = ["not_allowed", "unsure"]
UNSURE = ["unsure", "not_allowed"]

def c(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": [F + x for x in clauses], "escalate": escalate}
    if pii:
        d["pii"] = pii
    return d

CASES = [
# --- clear yeses (Copilot Chat, work login, OPEN / INTERNAL information)
c("can i use copilot chat to draft an email to the team about the xmas cover rota? im logged in with my work account", YES, ["5.1", "4.2", "6.1", "6.3"]),
c("hi, is it ok to get copilot to summarise the published local plan review doc so i can brief my manager quickly", YES, ["5.1", "6.1", "3.4", "A.1"]),
c("want to rewrite our garden waste leaflet in plainer english using copilot chat (the green shield one). fine?", YES, ["5.1", "6.1", "4.2"]),
c("can copilot help me write an excel formula to work out avg days to process new claims? its just the numbers, no names", YES, ["5.1", "7.5", "6.1"]),
c("we've got a draft environmental health service plan, not published yet. can i ask copilot to tidy up the wording", YES, ["6.1", "3.5", "5.1"]),
c("is copilot chat ok for brainstorming ideas for our team away day agenda?", YES, ["5.1", "6.1"]),
c("can i ask copilot to explain what s215 of the town and country planning act actually means in simple terms", YES, ["5.1", "5.2", "8.5"]),
c("making slides for the corporate induction, can i get copilot to knock up a few icons and illustrations for them", YES, ["11.1", "10.4"]),
c("can i put my colleagues names and job titles into copilot to draft the terms of reference for our project board", YES, ["6.3"]),
c("want first drafts of some facebook posts about the summer events in the parks. all stuff thats going on the website anyway. copilot ok?", YES, ["5.1", "6.1", "8.1", "8.4"]),
c("im on the teams app on my own phone (the one IT set up with the intune thing) signed in with my work account - can i use copilot chat on there?", YES, ["4.4"]),
c("can i attach a word doc from our sharepoint (internal key holding procedure, no names in it) and ask copilot to turn it into a checklist", YES, ["5.3", "6.1"]),
c("the draft savings options for next years budget (not been to cabinet yet, no names, just service areas and figures) - can copilot help turn them into a summary table?", YES, ["6.1", "3.5"]),
c("pasting the published minutes of last months planning committee into copilot to pull out the actions for our team, thats fine right?", YES, ["6.1", "3.4", "5.1"]),
c("is it ok to use chatgpt on my own laptop at the weekend to plan my holiday? nothing to do with work obvs", ["allowed", "out_of_scope"], ["4.8"]),
# --- conditional yeses
c("can i use copilot to draft a reply to a council tax complaint from Gareth Pollard (acct 50018273) if i take his name and account number out first?", ["conditional"], ["6.2", "A.2", "8.4", "8.1"], pii=["Gareth Pollard", "50018273"]),
c("ive got a notewise licence - can i use it for a housing options interview with a tenant whos had a section 21 notice?", ["conditional"], ["9.4", "9.5", "9.7"]),
c("we recorded our internal project meeting on teams (just about the website redesign, no residents discussed). can copilot summarise the transcript", ["conditional", "allowed"], ["9.3"]),
c("can copilot chat help me write the s215 untidy land notice for a property on the high street", ["conditional", "not_allowed"], ["7.7", "5.4"]),
c("want copilot to write a VBA macro to auto format the weekly performance spreadsheet - that ok?", ["conditional", "not_allowed"], ["7.5"]),
c("can we use an AI generated picture of a family doing recycling as the banner on the website? it's not a real family", ["conditional"], ["11.2", "10.4"]),
c("my committee report on the leisure centre options - copilot wrote a fair chunk of it. anything i need to do before it goes in the agenda pack?", ["conditional", "info"], ["10.2", "8.1", "8.2"]),
c("can i paste the email chain with the county highways officer (just names and work emails, about the roadworks programme) into copilot to get a list of actions", YES, ["6.3", "6.6"]),
c("want to translate our standard missed bin letter template into polish with copilot, my colleague is polish and can check it", ["conditional"], ["5.4"]),
c("supplier meeting tomorrow and they always have an otter bot thing joining the call. what am i supposed to do", ["conditional", "info"], ["9.2"]),
c("do i need to put an AI disclaimer on an email to a contractor that i drafted with copilot? i checked it before sending", ["info", "allowed"], ["10.3"]),
# --- clear nos, worded differently from the rule
c("can i get copilot to go through the 40 applications for the admin officer post and tell me who to interview", NO, ["7.2", "A.5"]),
c("could copilot tell us whether this housing register applicant should be band B or C from their form", NO, ["7.1", "6.2"]),
c("ive got the pink papers for next weeks cabinet about selling the old depot. can copilot summarise them for me", NO, ["6.4", "3.9", "A.4"]),
c("we got 6 bids in for the grounds maintenance contract, can i ask copilot to compare the prices and the quality answers", NO, ["7.2", "6.4", "3.9"]),
c("can i ask copilot to look at my teams sickness absence over the last year and spot any patterns", NO, ["6.2", "7.4", "3.7"]),
c("legal sent over their advice on the judicial review, can copilot make it shorter for the portfolio holder briefing", NO, ["6.4", "3.9"]),
c("comms want a short video of the leader doing a christmas message made with AI from his photo. he's happy with it. can we?", NO, ["11.3"]),
c("one of the councillors asked if i could use copilot to write leaflet content for his re-election campaign. ok to help?", NO, ["7.6"]),
c("can i paste our current firewall config into copilot and ask if the rules look right", NO, ["6.5"]),
c("could we hook copilot up to the enquiries inbox so it replies to people automatically", NO, ["8.4"]),
c("can i generate a realistic picture of what the new homes on mill lane will look like for a facebook post", ["not_allowed", "conditional"], ["11.4", "11.2"]),
c("can notewise be used when i'm doing an interview under caution for a benefit fraud case", NO, ["9.6"]),
c("on a notewise call with a mum about rent arrears and her 15 year old wants to say something too - can i keep it recording", NO, ["9.6"]),
c("can i use copilot to draft the minutes of the licensing sub-committee hearing from my notes", NO, ["9.8"]),
c("resident said she didnt want the AI thing recording her but i kind of need the notes - can i run notewise anyway and just not share the recording", NO, ["9.5"]),
# --- tool variants
c("is chatgpt ok if i only use the free version and only for public stuff, like rewording a press release thats already out", NO_OR_UNSURE, ["4.2", "4.7", "12.4"], escalate=True),
c("can i use copilot on my personal microsoft account? my work login keeps playing up", NO, ["4.3", "16.3"]),
c("i have the grammarly premium browser extension, it has an AI rewrite button - ok for tidying up reports?", NO_OR_UNSURE, ["4.2", "12.4"], escalate=True),
c("adobe acrobat has an AI assistant button now that summarises pdfs. can i use it on the planning appeal docs", NO_OR_UNSURE, ["4.5", "12.1", "4.2"], escalate=True),
c("can i call the openai api from a python script to sort our fly tipping reports into categories", NO_OR_UNSURE, ["4.6"], escalate=True),
c("i have copilot chat open in chrome on my home pc (my personal chrome profile) but logged in with my work account, is that alright?", NO, ["4.4"]),
c("the copilot key on my own windows laptop opens the copilot app - can i just ask it work stuff from there", NO, ["4.3"]),
c("the revs and bens system supplier says the new release has an AI letter writer, switched on by default. can we start using it", NO_OR_UNSURE, ["4.5", "12.1"], escalate=True),
# --- tools the policy never names
c("is claude ok to use? someone in planning says its better at writing reports than copilot", NO_OR_UNSURE, ["4.2", "12.4"], escalate=True),
c("can i use canva's magic design to make a poster for the community awards? its all public info", NO_OR_UNSURE, ["4.2", "12.4"], escalate=True),
c("can i use deepl to translate a letter a resident sent us in portuguese", NO_OR_UNSURE, ["4.2", "6.2", "3.1"], escalate=True),
c("thinking of using fireflies to take notes in our weekly team standups, any issue?", NO_OR_UNSURE, ["9.1", "4.2"], escalate=True),
# --- information described without keywords
c("tenant Danuta Kowalczyk at 14 Ferrers Close KN7 3RP emailed saying shes been struggling since her diagnosis and might miss rent. can i paste her email into copilot to help me write a kind reply", NO, ["6.2", "3.8", "3.6"], pii=["Danuta Kowalczyk", "14 Ferrers Close", "KN7 3RP"]),
c("Priya Lambert in my team is coming back after her op and i need a phased return plan - can copilot draft it from her OH report", NO, ["6.2", "3.7", "3.8"], pii=["Priya Lambert"]),
c("can i get copilot to summarise the referral i sent to county childrens services about a family in our temporary accommodation", NO, ["6.2", "3.8"]),
c("we've got the list of residents on assisted bin collections (the ones who cant manage their bins) - can copilot help sort them into rounds", NO, ["6.2", "3.6", "3.8"]),
c("police sent us details of previous convictions for taxi driver applicant Kieran Mossop DOB 03/11/1988, can copilot summarise them for the licensing report", NO, ["6.2", "3.8", "6.6", "7.1"], pii=["Kieran Mossop", "03/11/1988"]),
# --- points the policy leaves open
c("we got 900 responses to the local plan consultation - can we use copilot to help group them into themes", UNSURE, ["15.2"], escalate=True),
c("i'm a ward councillor - can i use chatgpt to help me reply to residents emails?", UNSURE, ["15.1", "2.4"], escalate=True),
c("im dyslexic and the writing support software i got through access to work now has an AI rewrite feature. can i keep using it for work?", UNSURE, ["15.3"], escalate=True),
c("can i build a copilot agent that answers questions from the waste team procedures on our sharepoint site", UNSURE, ["15.5"], escalate=True),
c("im in the copilot pilot group - is it ok to let it go through my inbox, theres loads of resident emails in there", UNSURE, ["15.4"], escalate=True),
# --- information requests
c("who do i talk to about getting a notewise licence?", ["info"], ["16.4", "9.4", "13.2"]),
c("what counts as 'restricted business' in the AI policy?", ["info"], ["3.9"]),
c("think i pasted Terence Oduya's address (27 Lark Rise) into chatgpt by accident yesterday. what do i do now", ["info"], ["14.1", "14.3"], pii=["Terence Oduya", "27 Lark Rise"]),
c("do i have to do any training before i start using copilot chat?", ["info"], ["13.1"]),
# --- out of scope
c("how do i book one of the meeting rooms on the 2nd floor at the civic centre", ["out_of_scope"], []),
c("whats the mileage rate for using my own car for site visits?", ["out_of_scope"], []),
]

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^(?:##\s+)?((?:\d+|[A-Z])(?:\.\d+)*)\.?\s", line)
        if m and not line.startswith("# "):
            ids.add(m.group(1))
    return ids

def main():
    ids = clause_ids((HERE / "originals" / "kdc-generative-ai-policy.md").read_text())
    out, seen = [], set()
    for i, case in enumerate(CASES, 1):
        case = {"id": f"KWD{i:03d}", **case}
        assert case["id"] not in seen
        seen.add(case["id"])
        for ref in case["clauses"]:
            assert ref.split("#", 1)[1] in ids, ref
        for s in case.get("pii", []):
            assert s in case["question"], s
        out.append(json.dumps(case, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "cases")

if __name__ == "__main__":
    main()
