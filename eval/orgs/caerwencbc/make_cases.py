#!/usr/bin/env python3
"""Write cases.jsonl for Caerwen CBC (prefix r16d) and check it against the originals."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
P = "caerwen-genai-policy.md#"
Q = "ai-quick-reference.txt#"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure", "not_allowed"]

# (question, verdicts, clauses, escalate, pii)
C = [
    # --- clear yeses ---
    ("can i use copilot chat to tidy up an email to my team about the office move? nothing sensitive in it, just dates and which floor",
     YES, [P + "7.1", P + "5.2", P + "5.1", Q + "tools-you-can-use-today"], False, None),
    ("is it ok to ask copilot to summarise the published cabinet report on the leisure centre review so i can brief my manager quickly",
     YES, [P + "7.1", P + "4.2", P + "5.2"], False, None),
    ("I've got a copilot licence now - can I use it in excel to write a formula for our bin round tonnage figures? no names in it just totals per round per week",
     YES, [P + "7.1", P + "5.2", P + "4.3"], False, None),
    ("can i use microsoft translator in word to get the gist of a welsh govt consultation doc? its already published on their website, just want to understand it",
     YES, [P + "8.2", P + "5.2"], False, None),
    ("quick one - ok to switch on teams transcription for our internal team meeting tomorrow if i tell everyone at the start?",
     YES, [P + "10.1", Q + "meetings-and-recordings"], False, None),
    ("can copilot help me rewrite the planning validation checklist in plain english? its already on the cyngor website",
     YES, [P + "7.1", P + "4.2"], False, None),
    ("hiring manager here, can i get copilot chat to draft the job advert and job description for a waste operative role",
     YES, [P + "7.3", P + "7.1"], False, None),
    ("I'm a dev in digital services - fine to use github copilot (our council enterprise org) on the internal room booking app code?",
     YES, [P + "5.2", P + "7.8"], False, None),
    ("can I brainstorm ideas for our staff wellbeing week with copilot chat? signed in with work account obvs",
     YES, [P + "7.1", P + "5.2"], False, None),
    ("social worker in adult services, done the cofnod training. can i use cofnod assist to draft the record of a care and support review visit if the person is happy for me to?",
     YES, [P + "9.1", P + "9.2", P + "9.4", P + "5.2"], False, None),
    ("can i use copilot chat to draft a project plan for moving the library service into the new community hub",
     YES, [P + "7.1", P + "5.2"], False, None),
    ("education officer - want to use copilot to put together slides for a school governors training session on the new attendance guidance (the guidance is published)",
     YES, [P + "9.6", P + "7.1"], False, None),
    ("councillor asked about a housing repair for Mrs Eirlys Morgan at 7 Maes Glas - can i use copilot chat to help draft the reply to the councillor? it's just about a leaking gutter, nothing medical",
     YES, [P + "5.2", P + "4.4", P + "6.1"], False, ["Eirlys Morgan", "7 Maes Glas"]),
    ("can copilot summarise our draft budget savings spreadsheet before it goes to CMT? not published yet but there are no names in it, just service lines",
     YES, [P + "4.3", P + "5.2", P + "6.1"], False, None),
    ("need to brief the portfolio holder on the part 2 report about the depot land sale, can i get copilot chat (work account) to summarise it for me?",
     YES, [P + "4.4", P + "5.2", P + "6.1"], False, None),
    ("i drafted a reply to one resident's complaint in copilot, then checked it and signed it myself. does it need the AI statement at the bottom?",
     ["allowed", "info", "conditional"], [P + "12.3", P + "12.2", Q + "labelling"], False, None),
    # --- conditional yeses ---
    ("using copilot to help write a news release for the website about the new 20mph zones - anything i need to do before it goes out?",
     ["conditional"], [P + "12.2", P + "12.1", P + "8.3", P + "8.4"], False, None),
    ("can i use copilot to translate our new council tax leaflet into welsh? would save loads of time",
     ["conditional"], [P + "8.3", P + "8.2"], False, None),
    ("comms team - we're doing the new recycling rules campaign, can we use firefly to make some illustrations for the leaflets and social posts?",
     ["conditional", "allowed"], [P + "11.1", P + "5.2", P + "12.2"], False, None),
    ("meeting with the housing association partners next week, can i turn on copilot recap so i dont have to take notes",
     ["conditional"], [P + "10.2", P + "10.4"], False, None),
    ("can I use copilot on my own phone? I've got outlook and teams installed through company portal under the BYOD thing",
     ["conditional"], [P + "5.7"], False, None),
    ("regen team want an AI image of what the town square will look like after the works for the consultation boards, ok?",
     ["conditional", "not_allowed"], [P + "11.3", P + "11.1", P + "12.2"], False, None),
    ("can i tidy up a photo of the cabinet member at the ribbon cutting with ai so it looks nicer for the newsletter",
     ["conditional", "not_allowed"], [P + "11.2", P + "11.1"], False, None),
    # --- clear nos, worded unlike the rule ---
    ("got 60 applications for the admin assistant job, can i paste them into copilot and ask which 5 to interview? would save me a whole day",
     NO, [P + "7.3", Q + "decisions-about-people"], False, None),
    ("my manager wants me to use copilot to go through the team's teams chats and flag who seems disengaged?? is that even allowed",
     NO, [P + "7.4"], False, None),
    ("could we get AI to write a few supportive comments on the local plan consultation to balance out all the negative ones lol",
     NO, [P + "7.5"], False, None),
    ("housing options - if I give copilot the allocations policy and the application forms can it just decide which band people go in?",
     NO, [P + "7.2", P + "6.3"], False, None),
    ("can I get copilot to write the analysis and recommendation bit of a carers assessment? I'll check it after",
     NO, [P + "9.1", P + "6.3"], False, None),
    ("is cofnod ok to use in a section 47 strategy meeting to take the notes? it's so much quicker",
     NO, [P + "9.3"], False, None),
    ("can i ask ai to make a voice clip of the chief exec saying nadolig llawen for the staff christmas video, she'd find it funny",
     NO, [P + "11.4", P + "11.2"], False, None),
    ("youth service - can i use ai to brighten up the photos of the kids at the youth club summer event before we post them",
     NO, [P + "9.5", P + "11.2"], False, None),
    ("any harm in putting the depot wifi password into copilot so it can write the login instructions for staff?",
     NO, [P + "6.2"], False, None),
    ("can i paste the police MARAC minutes into copilot to pull out the actions for our team",
     NO, [P + "6.5", P + "4.5"], False, None),
    ("we've got a new contractor using AI to write up our highway inspection reports, do they need to tell us or is that their business",
     ["info", "conditional"], [P + "13.2"], False, None),
    ("can we put the english version of the consultation (drafted with copilot) live now and add the welsh one next week when translation is done?",
     NO, [P + "8.4", P + "8.1"], False, None),
    ("my colleague is a fluent welsh speaker, can she check the AI welsh translation of our web page instead of sending it to cyfieithu? they take ages",
     NO, [P + "8.3", Q + "welsh-language"], False, None),
    # --- tool variants ---
    ("can i use chatgpt to help write a report on the new playground at the park? nothing confidential, all public info",
     NO, [P + "5.3", P + "5.2", P + "5.1", Q + "tools-you-must-not-use-for-council-work"], False, None),
    ("i pay for chatgpt plus myself, can i use it on my own laptop to draft council emails? i wouldnt put names in",
     NO, [P + "5.3", P + "3.3", P + "5.2"], False, None),
    ("is copilot on my home microsoft account ok if i'm only using it to write the agenda for our team meeting",
     NO, [P + "5.4", Q + "tools-you-must-not-use-for-council-work"], False, None),
    ("there's a browser extension that summarises web pages with ai, can i add it to edge on my work laptop",
     APPROVAL, [P + "5.5", P + "5.1"], True, None),
    ("adobe acrobat has suddenly got an 'AI assistant' button on my work pc, can i use it to summarise a supplier contract?",
     APPROVAL, [P + "5.6", P + "5.1"], True, None),
    ("our housing management system supplier has switched on an AI summary of tenancy files in the latest update, are we ok to start using it",
     APPROVAL, [P + "5.6", P + "5.1"], True, None),
    ("can i use the openai api to knock up a little tool that sorts incoming FOI requests by service area",
     APPROVAL, [P + "5.8", P + "13.1"], True, None),
    ("want to build a copilot agent for our team that answers questions from our procedures sharepoint site - do i need permission?",
     APPROVAL, [P + "5.8"], True, None),
    ("deepseek app on my work phone ok? only for general questions not council stuff",
     NO, [P + "5.3", P + "5.2"], False, None),
    ("is gemini allowed? some of the ysgolion use google workspace so it would be easier for the schools team",
     NO, [P + "5.2", P + "5.3", P + "5.1"], False, None),
    ("an external consultant joined our teams call with their otter bot recording, do i have to do anything about it?",
     ["not_allowed", "info"], [P + "10.3"], False, None),
    # --- information described without keywords ---
    ("can i put my notes about Gareth Pritchard (dob 14/03/1971, CF48 7QP) and his mental health crisis last week into copilot chat to help me write the referral",
     NO, [P + "6.3", P + "4.5", P + "5.2"], False, ["Gareth Pritchard", "14/03/1971", "CF48 7QP"]),
    ("can copilot chat help me draft a letter to a parent about their son Dylan Hughes being excluded from ysgol for 3 days?",
     NO, [P + "6.4", P + "6.3", P + "5.2"], False, ["Dylan Hughes"]),
    ("I've taken the names out of a safeguarding case summary - it's about a family on the small estate up by the old quarry, so it's ok to paste into copilot chat now right?",
     NO, [P + "4.6", P + "6.3"], False, None),
    ("can I paste a grievance investigation report into microsoft translator so the welsh speaking employee can have a copy in welsh",
     NO, [P + "5.2", P + "8.5", P + "4.4", P + "8.3"], False, None),
    ("can i run a welsh letter through translator? it's from a resident complaining about missed bins, has their name and email aled.jenkins@example.com in it",
     NO, [P + "8.5", P + "5.2", P + "4.4"], False, ["aled.jenkins@example.com"]),
    # --- tools the policy never mentions ---
    ("anyone know if grammarly is ok to use? i'm dyslexic and it really helps with my reports",
     APPROVAL, [P + "5.1", P + "5.9"], True, None),
    ("can we use notion ai for our project notes on the leisure transformation programme",
     APPROVAL, [P + "5.1", P + "5.9"], True, None),
    ("thinking of using a free trial of an AI survey analysis tool for the budget consultation responses, it's free so no procurement needed?",
     APPROVAL, [P + "13.1", P + "5.1"], True, None),
    ("what about elevenlabs to make an audio version of our easy read leaflet?",
     UNSURE, [P + "16.1", P + "5.1"], True, None),
    # --- undecided / needs approval ---
    ("we want an AI generated welsh voice for the council phone menu to save on recording costs - allowed?",
     UNSURE, [P + "16.1"], True, None),
    ("can i turn on transcription in a disciplinary hearing i'm chairing next week? would save us finding a notetaker",
     UNSURE, [P + "16.2"], True, None),
    ("ALN officer - can I use copilot to help draft an IDP for a year 4 pupil? I have a licence",
     UNSURE, [P + "16.3", P + "6.4"], True, None),
    ("cllr here - can I use copilot to sort out replies to my ward casework emails from constituents?",
     UNSURE, [P + "16.4"], True, None),
    ("can we put an AI chatbot on the website to answer council tax questions? found a free one that plugs into the site",
     APPROVAL, [P + "7.7", P + "5.8", P + "13.1"], True, None),
    # --- info ---
    ("who do i ask to get a welsh translation checked?",
     ["info"], [P + "17.3", P + "8.3", Q + "who-to-ask"], False, None),
    ("what counts as 'Personal – Special' in the AI policy? is an HR sickness record one?",
     ["info"], [P + "4.5"], False, None),
    ("what does the policy mean by 'open-web AI'",
     ["info"], [P + "3.3"], False, None),
    ("help, I accidentally pasted a resident's benefit details incl NI number QQ 12 34 56 C into chatgpt on my phone, what do I do now",
     ["info", "not_allowed"], [P + "15.1", Q + "if-something-goes-wrong"], False, ["QQ 12 34 56 C"]),
    ("do I need to do any training before I start using copilot?",
     ["info", "conditional"], [P + "14.1", Q + "before-you-start"], False, None),
    ("how do I request a new AI tool gets added to the list?",
     ["info"], [P + "5.9", P + "17.1", Q + "before-you-start"], False, None),
    # --- out of scope ---
    ("how do i book annual leave in the new HR system?", ["out_of_scope"], [], False, None),
    ("what day are garden waste bins collected in Pentref? my mam keeps asking me", ["out_of_scope"], [], False, None),
    ("does anyone know if the canteen at the civic centre takes card yet?", ["out_of_scope"], [], False, None),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def clause_ids():
    ids = {}
    md = (HERE / "originals" / "caerwen-genai-policy.md").read_text(encoding="utf-8")
    s = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line)
        if m:
            s.add(m.group(1))
        m = re.match(r"^(\d+\.\d+) ", line)
        if m:
            s.add(m.group(1))
    ids["caerwen-genai-policy.md"] = s
    txt = (HERE / "originals" / "ai-quick-reference.txt").read_text(encoding="utf-8").splitlines()
    t = set()
    for i, line in enumerate(txt[1:], 1):
        if re.fullmatch(r"-{3,}", line.strip()) and txt[i - 1].strip():
            t.add(slug(txt[i - 1]))
    ids["ai-quick-reference.txt"] = t
    return ids


def main():
    ids = clause_ids()
    rows = []
    for n, (q, v, cl, esc, pii) in enumerate(C, 1):
        for ref in cl:
            f, c = ref.split("#")
            assert c in ids[f], ref
        if "unsure" in v:
            assert esc, q
        row = {"id": f"r16d{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for p in pii:
                assert p in q, p
            row["pii"] = pii
        rows.append(row)
    out = HERE / "cases.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    # re-read and check
    seen = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in seen
        seen.add(r["id"])
    from collections import Counter
    print(len(rows), "cases")
    print(Counter(r["verdict"][0] if len(r["verdict"]) == 1 else "/".join(r["verdict"]) for r in rows))
    print("escalate:", sum(r["escalate"] for r in rows), "pii:", sum("pii" in r for r in rows))
    print("allowed acceptable:", sum("allowed" in r["verdict"] for r in rows))


if __name__ == "__main__":
    main()
