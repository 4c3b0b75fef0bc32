"""Write cases.jsonl for the London Borough of Wexley set (prefix r11a) and check it against originals/."""
import json, re, pathlib
P = "wexley-generative-ai-policy.md#"
T = "ai-tools-what-you-can-use.md#"
TAB = T + "approved-tools"
NO = T + "tools-you-must-not-use"
UNL = T + "tool-not-listed-here"
YES = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
APPR = ["not_allowed", "unsure"]   # needs IGB approval first
U = ["unsure", "not_allowed"]      # undecided in the policy
I = ["info"]
OOS = ["out_of_scope"]
cases = [
 # clear yeses
 ("can i use copilot chat to tidy up the wording of a press release about the new library opening hours? its going on the website next week", YES, [P+"6.2", TAB, P+"3.5(a)"], False),
 ("hi all, is it ok to ask chatgpt to explain what the renters rights act changes mean in plain english? just for my own understanding", YES, [TAB, P+"A.2", P+"6.2"], False),
 ("anyone know if I'm allowed to use copilot to summarise the published cabinet papers from last month for my team briefing", YES, [P+"A.1", P+"6.2", TAB], False),
 ("can we use teams transcription for our weekly team meeting? its all internal staff", YES, [P+"10.1", TAB], False),
 ("im a social worker in adults, can i use magic notes on my work ipad for a care act assessment visit? the lady has said shes fine with it", YES, [P+"12.3", TAB, P+"6.5"], False),
 ("I'm a dev in digital wexley, fine to use github copilot in vscode on the parking permits app repo? I've got the council github org licence", YES, [TAB, P+"8.5", P+"14.2"], False),
 ("electoral services here - can copilot help me draft a leaflet explaining how to apply for a postal vote, based on the electoral commission guidance", YES, [P+"12.7"], False),
 ("can I make a picture of a friendly recycling bin mascot with copilot for my team's intranet post", YES, [P+"11.1", TAB], False),
 ("parking team q: can copilot draft a template reply for the most common pcn challenge (\"i didnt see the sign\")? no personal details in it", YES, [P+"12.5"], False),
 ("licensing - want copilot to draft a set of standard conditions for premises licences using our statement of licensing policy", YES, [P+"12.6"], False),
 ("can i use copilot chat to turn my rough notes into a project plan for the office move? no names, just tasks and dates", YES, [P+"6.3", TAB, P+"3.5(b)"], False),
 ("housing officer here, can copilot help me write a general letter to all the tenants in a block about the window replacement works next month", YES, [P+"12.2"], False),
 ("we got a letter in polish from a resident, is it ok to run it through microsoft translator so i know what it says", YES, [TAB], False),
 ("can i ask gemini (the free one) to suggest some icebreaker ideas for our team away day", YES, [TAB, P+"6.2"], False),
 ("can copilot write me an excel formula to work out overtime? i'd only describe the columns, not paste any of the data", YES, [P+"6.3", TAB], False),
 ("the webcast of last weeks planning committee is up on youtube now, can I get copilot to summarise it for the residents newsletter", YES, [P+"10.6", P+"6.2"], False),
 # conditional yeses
 ("Can I use Copilot Chat to help reply to an email from Mr Daniel Reeves at 14 Marlow Court, WX3 9PL complaining about his leaking roof? want it to sound less defensive", C + ["allowed"], [P+"6.4", TAB, P+"12.2"], False, ["Daniel Reeves", "14 Marlow Court", "WX3 9PL"]),
 ("we've got people from the NHS trust joining our teams call about the discharge project on thursday, can i turn on the copilot recap?", C, [P+"10.2", TAB], False),
 ("can i use copilot on my own phone? i've got the outlook app and the phone is enrolled in wexley anywhere", C + ["allowed"], [P+"5.6"], False),
 ("answering a members enquiry - cllr asked about a resident's missed bin collections on their road. can copilot draft my reply to the councillor?", C + ["allowed"], [P+"12.8", P+"6.4"], False),
 ("we've had about 400 responses to the parks consultation and want copilot to pull out the themes for the cabinet report. most are anonymous but some people put their name and address in the free text", C, [P+"6.4", P+"9.4", P+"6.8", TAB], False),
 ("want to knock up a quick proof of concept chatbot in the digital wexley sandbox using only stuff from our public website, just to show my head of service what's possible", C + ["allowed"], [P+"13.2"], False),
 ("licensing sub committee next week - can copilot summarise the 30 objections from residents to the late night licence for the report?", C, [P+"12.6"], False),
 ("at home on my personal laptop - can i use chatgpt to reword a paragraph from our published annual report for a linkedin post about the council", C + ["allowed"], [P+"5.6", TAB], False),
 ("writing a blog for the council website about our climate action plan, used AI for most of the first draft. do I need to do anything before it goes up?", C + ["info"], [P+"9.1", P+"8.1"], False),
 # clear nos, worded unlike the rules
 ("we've got a massive backlog of pcn appeals, can copilot go through them and tell me which ones to reject?", N, [P+"12.5", P+"7.1"], False),
 ("could we get AI to make a short video of the leader doing the new year message in bengali and polish, in his own voice? he's happy for us to do it", N, [P+"11.2"], False),
 ("hr have asked me to get copilot to rank the 60 applicants for the admin officer role from their cvs to speed up shortlisting. ok?", APPR, [P+"7.2"], True),
 ("I accidentally pasted a safeguarding referral into chatgpt yesterday, should I just delete the chat and forget about it?", ["not_allowed", "info"], [P+"15.2", P+"15.1"], False),
 ("can i use copilot to check the register of electors spreadsheet for duplicates before the canvass starts", N, [P+"12.7"], False),
 ("someone from the residents association joined our meeting with otter running to take notes, is that ok?", N, [P+"10.4", NO], False),
 ("can i record the return to work meeting with one of my team on teams and get copilot to write up the notes after", N, [P+"10.3"], False),
 ("tender evaluation panel - can copilot compare the three bids against the scoring criteria and draft our moderation notes?", N, [P+"6.6", P+"3.5(e)"], False),
 ("is deepseek ok for some background research on public transport policy? only public info", N, [NO, P+"5.7"], False),
 ("grammarly keeps asking me to install its browser extension, ok to add it? it would really help my emails", N, [P+"5.4", NO], False),
 ("can I log into chatgpt with my work email so I keep work chats separate from my personal ones", N, [P+"5.5", TAB], False),
 ("want to use ai to clean up the background of a photo from the youth club trip before it goes on the council instagram", N, [P+"11.3"], False),
 ("housing options: can copilot write up the s184 decision letter if I paste in my assessment notes?", N, [P+"12.2", P+"6.5", P+"7.1"], False),
 ("could chatgpt draft a reply to a council tax query if i paste in the resident's email? it's from sandra.kowalski88@gmail.com about her single person discount", N, [TAB, P+"6.4", P+"A.3"], False, ["sandra.kowalski88@gmail.com"]),
 ("comms idea: set up a few accounts and use AI to write positive comments about the new LTN on the local facebook groups, to balance out the negativity", N, [P+"7.3"], False),
 ("my manager wants copilot to tell her how many hours each of us spends in teams and outlook every week, is that allowed?", N, [P+"7.4"], False),
 ("can I give copilot the admin password for the cctv system so it can write the setup guide properly", N, [P+"6.7"], False),
 # information described without keywords
 ("can I get copilot chat to write up my visit notes for Mrs Okafor? she's got early dementia and her son doesn't think she's coping at home anymore", N, [P+"6.5", P+"3.5(d)", TAB], False, ["Mrs Okafor"]),
 ("ok to paste Tom Baxter's sickness absence history into copilot so it can help me draft his stage 2 attendance letter?", N, [P+"6.5", P+"3.5(d)"], False, ["Tom Baxter"]),
 ("I've got the draft restructure proposals for the environment directorate, not announced yet - can copilot turn them into a slide deck for SMT?", N, [P+"6.6", P+"3.5(e)"], False),
 ("is it ok to use chatgpt to summarise the draft budget report before it goes to cabinet? there are no names in it", N, [P+"6.3", TAB, P+"6.6"], False),
 ("one of the young people on my caseload in the leaving care team wants help with his cv, can i put his details into copilot to help write it", N, [P+"6.5", P+"3.5(d)"], False),
 ("taxi licensing - can copilot summarise the DBS disclosures for the drivers on next week's sub committee list?", N, [P+"12.6", P+"6.5"], False),
 # tool variants
 ("is copilot on my personal microsoft account ok if I only put in non sensitive work stuff like draft procedures?", N, [P+"6.3", P+"3.3"], False),
 ("I pay for chatgpt plus myself - can I upload the local plan pdf so it can summarise the housing policies?", N, [P+"5.5", TAB], False),
 ("the supplier has switched on an 'AI assistant' in our case management system that summarises case histories. can we start using it?", APPR, [P+"5.3", P+"13.4", UNL], True),
 ("can i call the openai api from a python script to sort our complaints into themes? would save loads of time", APPR, [P+"13.2"], True),
 ("supplier meeting is on zoom, can I switch on zoom ai companion to take the notes?", APPR, [P+"5.3", UNL], True),
 ("we'd like to build a copilot studio agent that answers residents' questions about bin collection days on the website", APPR, [P+"13.2", P+"9.3"], True),
 # tools the policy never mentions (or mentions only as not listed)
 ("has anyone used gamma.app for slides? can I use it for my service plan presentation", APPR, [UNL, P+"5.2"], True),
 ("perplexity is so much better for research, can i use it to look up other councils' parking strategies?", APPR, [P+"5.2", UNL], True),
 ("comms q - can we use midjourney for the cover image of the annual report?", APPR, [P+"11.1", P+"5.2", UNL], True),
 ("can i use the cursor editor for my python scripts at work?", APPR, [P+"5.2", UNL], True),
 # undecided
 ("housing - tenancy audit visits take ages to write up, can we use magic notes or some transcription app on the visits? we're not in the pilot", U, [P+"16.2", P+"16.1"], True),
 ("I'm a ward councillor, can I use copilot chat on my council laptop to help draft replies to my casework emails from residents?", U, [P+"16.3", P+"12.9"], True),
 ("we have m365 copilot licences in children's services, can I ask it to summarise a child's case file that's saved in our sharepoint?", U, [P+"16.4", TAB], True),
 ("can copilot translate the rent arrears letter into somali for a tenant, so we don't have to wait for the translation service?", U, [P+"16.5", TAB], True),
 # info
 ("who do i ask about getting a new ai tool approved?", I, [P+"17.2", UNL, P+"5.2"], False),
 ("what counts as 'restricted council business'?", I, [P+"3.5(e)"], False),
 ("what training do I need to do before I can use copilot?", I, [P+"14.1", T+"before-you-use-any-tool"], False),
 ("if something AI wrote went out to a resident with a mistake in it, who do i tell and how quickly?", I, [P+"15.1"], False),
 # out of scope
 ("does anyone know when the staff car park at the civic centre reopens?", OOS, [], False),
 ("how do I book annual leave on the new HR system", OOS, [], False),
 ("what's the process for claiming mileage for home visits these days", OOS, [], False),
]

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        line = line.strip()
        m = re.match(r"^#{2,3} (\d+)\. ", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z]\))?) ", line)
        if m and re.match(r"^(\d+\.\d+|[A-Z]\.\d+)", m.group(1)): ids.add(m.group(1))
        m = re.match(r"^## (.+)$", line)
        if m and not re.match(r"^\d+\.|Appendix", m.group(1)):
            ids.add(re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-"))
    return ids

ids = {f.name: clause_ids(f.read_text()) for f in pathlib.Path("originals").glob("*.md")}
out, seen = [], set()
for n, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    d = {"id": f"r11a{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if len(c) > 4: d["pii"] = c[4]
    for r in cl:
        f, cid = r.split("#")
        assert cid in ids[f], (d["id"], r)
    for s in d.get("pii", []): assert s in q, (d["id"], s)
    if set(v) <= {"unsure"}: assert esc
    out.append(json.dumps(d, ensure_ascii=False))
pathlib.Path("cases.jsonl").write_text("\n".join(out) + "\n")
print(len(out), "cases")
