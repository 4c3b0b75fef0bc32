"""Write cases.jsonl for the Strathmairn Council set (prefix r11b) and check it."""
import json, re, pathlib

HERE = pathlib.Path(__file__).parent
F = "strathmairn-genai-acceptable-use-policy.txt"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

def refs(*ids):
    return [f"{F}#{i}" for i in ids]

# (question, verdicts, clause ids, escalate, pii)
CASES = [
    # ---- clear / conditional yeses
    ("can i use copilot chat to turn the press release we put out last week about the new recycling centre into a few social media posts?", [A, C], ["5.3", "4.2", "6.1"], False, None),
    ("is it ok to use the free chatgpt website to rewrite the bin collection page from our website into plain english? its already public", [A, C], ["5.5", "5.2", "4.2", "6.1"], False, None),
    ("need to summarise the scottish govt consultation paper on the visitor levy (its a published doc) for my manager - copilot chat ok for that?", [A, C], ["5.3", "4.2", "6.1"], False, None),
    ("drafting a new internal procedure for booking the pool cars, no names in it at all. fine to get copilot chat to tidy up the wording?", [A, C], ["5.3", "4.3", "6.1"], False, None),
    ("I've got one of the copilot licences (the one that sits in outlook). can I use it to draft a reply to a resident who emailed in complaining about a pothole outside their house?", [A, C], ["5.4", "6.2", "6.1", "8.3"], False, None),
    ("we want to switch on the transcript in our weekly team catch up on teams so whoever's doing actions doesn't have to scribble everything. anything we need to do first?", [C, A], ["10.1"], False, None),
    ("im a primary teacher - can I use copilot chat with my council login to come up with a quiz on fractions for my P5 class?", [A, C], ["2.4", "5.3", "4.3"], False, None),
    ("dev in digital services here, can i use github copilot to write unit tests for the planning portal code in our council repo", [A, C], ["5.8"], False, None),
    ("comms team - want to use firefly to generate a background of autumn leaves for the winter gritting poster. ok?", [C, A], ["5.9", "9.3"], False, None),
    ("i'm a social worker in adult services east (we're one of the carenote teams). can i use carenote assist on a home visit reviewing an older gentleman's care package if he's happy with it?", [C, A], ["5.7"], False, None),
    ("can i make myself a wee copilot chat agent that answers questions from our published HR policies? just for me, not sharing it", [A, C], ["14.3", "5.3"], False, None),
    ("would like to use gemini to brainstorm some names for the community litter pick campaign. no council info going in", [A, C], ["5.5", "5.2"], False, None),
    ("copilot in the edge sidebar, signed in with my work account - can i ask it to summarise a committee report that's already up on the website", [A, C], ["5.3", "4.2"], False, None),
    ("can copilot chat help me write an excel formula for our budget working sheet? it's just cost centre totals, nothing about people", [A, C], ["5.3", "4.3"], False, None),
    ("I pay for chatgpt plus myself. am i allowed to use it at work for rewording stuff thats already published on our website?", [C, A], ["5.5"], False, None),
    ("need to make the draft budget savings options paper more concise before it goes to CMT - not published yet, no names in it. ok to use copilot chat?", [A, C], ["5.3", "4.3", "6.1"], False, None),
    ("on my own phone, in the browser, can i use chatgpt to help reword the library opening hours notice? it's going on the website anyway", [A, C], ["5.6", "5.5"], False, None),
    ("I have the full M365 copilot licence - can it summarise the legal advice from our solicitors on the school estate review? I'm on the project team and have the email already", [C, A], ["5.4", "4.4", "6.1"], False, None),
    ("comms again - could we put an AI image of what the regenerated town square might look like on the consultation page?", [C, A], ["11.3", "9.3", "5.9"], False, None),
    # ---- clear nos, often worded unlike the rule
    ("can i paste this into chatgpt to make it sound more professional: 'Mrs Agnes McLaren (DOB 14/03/1941), 12 Birkhill Crescent, Invermairn IV29 4QT, was found on the floor again by her carer this morning and is refusing a hospital admission'", [N], ["5.5", "4.5", "6.1", "4.4"], False, ["Agnes McLaren", "14/03/1941", "12 Birkhill Crescent", "IV29 4QT"]),
    ("quick one, can copilot chat check whether CHI 0507823346 has the right check digit? there's no name with it", [N], ["4.6", "5.3", "6.1"], False, ["0507823346"]),
    ("if i take all the names out of an adult protection referral can i get copilot chat to summarise it for the case conference?", [N], ["4.7", "4.5", "5.3", "6.1"], False, None),
    ("manager here - thinking of getting copilot chat to pull together the reasons people gave on my team's return to work forms so i can spot patterns", [N], ["4.5", "5.3", "7.5", "6.1"], False, None),
    ("I have the paid copilot licence. can it summarise an occupational health report on one of my staff before our meeting?", [N], ["5.4", "4.5", "6.1"], False, None),
    ("we've had 80 applications for the admin assistant post, can i use AI to sift them down to a shortlist?", [N], ["7.1"], False, None),
    ("is otter.ai ok for transcribing our meeting with the housing association partners next week?", [N], ["10.3"], False, None),
    ("can i download the chatgpt desktop app onto my council laptop? the browser version keeps logging me out", [N], ["5.6"], False, None),
    ("the head teacher wants a pixar style version of the P7 sports day photos for the newsletter, parents signed the photo consent forms. can we do that with firefly?", [N], ["11.1"], False, None),
    ("could we get AI to give a risk rating on incoming adult protection concerns to help us triage them faster", [N], ["7.2"], False, None),
    ("procurement - we've got 6 tender bids in for the roads resurfacing contract. could copilot chat compare the pricing schedules for me?", [N], ["4.4", "5.3", "6.1"], False, None),
    ("want to make a chart of exclusions by school in copilot chat - no names, but a couple of schools only had 2 or 3 pupils excluded", [N], ["4.4", "5.3", "6.1"], False, None),
    ("deepseek seems quicker than chatgpt, any problem using it for stuff that's public anyway?", [N], ["5.10"], False, None),
    ("I signed up for chatgpt using my work email so it's all in one place - that's fine right?", [N], ["5.5"], False, None),
    ("customer services: could we record calls with tenants and have AI summarise them for the housing officer?", [N], ["10.4"], False, None),
    ("we've had an FOI asking for our copilot chats. can i just clear my copilot history first lol", [N], ["9.5", "14.5"], False, None),
    ("can copilot work out which FOISA exemptions apply to this request and do the redactions for me?", [N], ["9.5"], False, None),
    ("an external agency is bringing their zoom AI companion to our call about a family we both support - is that ok?", [N], ["10.3", "10.2"], False, None),
    ("Cllr Robertson forwarded me an email from Mr Daniel Okafor at 31 Harbour Road about damp in his flat. can I paste it into copilot chat to draft the reply?", [N], ["6.2", "5.3", "6.1"], False, ["Daniel Okafor", "31 Harbour Road"]),
    ("I'm an NHS-employed nurse in the partnership using a council laptop. can i use chatgpt to write up a patient's discharge summary?", [N], ["2.3", "4.5", "6.1", "5.5"], False, None),
    ("doing a write-up about how a wee one is getting on in their foster placement - can copilot chat help make it read better? i'll leave the name out", [N], ["4.5", "4.7", "5.3", "14.2"], False, None),
    ("got a list of who in my service is in unison for the restructure consultation. can copilot chat put it into a table for me?", [N], ["4.5", "5.3", "6.1"], False, None),
    ("can i use chatgpt to tidy up the draft budget savings options before they're published? no names in it", [N], ["5.5", "4.3", "6.1"], False, None),
    ("can i use copilot chat on my own laptop at home? i'd just log in through the browser", [N], ["5.6"], False, None),
    ("I've got the licensed copilot in teams, can I use it to recap the grievance hearing I'm chairing on thursday?", [N], ["10.2", "4.4"], False, None),
    ("manager q: can i get copilot chat to draft a warning letter to John Baird (payroll 448213, mob 07700 900417) about his timekeeping?", [N], ["4.4", "5.3", "6.1"], False, ["John Baird", "07700 900417"]),
    # ---- tools the policy never mentions / needs approval first
    ("can i install the grammarly browser extension to check my emails", [N, U], ["12.1", "3.5", "5.1", "12.3"], True, None),
    ("canva has this magic write thing - can i use it to draft the newsletter text? the newsletter's going public anyway", [N, U], ["12.3", "12.1", "3.5", "5.1"], True, None),
    ("is perplexity allowed? want it for researching what other councils do on parking", [N, U], ["5.1", "12.1", "5.2"], True, None),
    ("i've written a python script that sends consultation responses to the openai api to tag themes, ok to run it?", [N, U], ["12.6", "12.1"], True, None),
    ("our case management system supplier just switched on an 'AI case summary' button, can we start using it?", [N, U], ["12.3", "12.1"], True, None),
    ("acrobat now has an AI assistant thing - can i use it to summarise a published audit scotland report?", [N, U], ["12.3", "12.1"], True, None),
    ("a supplier has offered us a free 30 day trial of their AI minute-taking tool, can we just give it a go?", [N, U], ["12.1", "12.5", "10.3"], True, None),
    ("can i set up a power automate flow with AI builder to sort the emails coming into the team's generic inbox", [N, U], ["12.6", "12.1"], True, None),
    ("what about the normal microsoft copilot at copilot.microsoft.com with my personal microsoft account? only for public info", [N, U], ["5.1", "5.2", "12.1"], True, None),
    ("the provost's office want to know if we can make an AI version of her voice to read out the christmas message", [N, U], ["11.2"], True, None),
    # ---- points the policy leaves undecided
    ("children and families social worker here - can I use carenote assist to help write my report for the children's hearing next week?", [U, N], ["14.2", "5.7"], True, None),
    ("I made a copilot agent that answers questions about our team procedures (internal stuff only). can i share it with the rest of the team?", [U, N], ["14.3"], True, None),
    ("councillor here - is it ok to use copilot chat on my council laptop to help draft replies for my ward casework?", [U, N], ["14.4", "2.1"], True, None),
    ("how long are we supposed to keep teams transcripts and copilot chats? our sharepoint is filling up", [U, I], ["14.5", "10.5"], True, None),
    ("can i use copilot to translate a letter into polish for a tenant whose english isn't great", [U, N], ["14.6"], True, None),
    ("want to use chatgpt to put our published press release into gaelic for the website, is that allowed?", [U, N], ["14.6"], True, None),
    # ---- information questions
    ("who do i speak to about getting a new ai tool approved?", [I], ["16.2", "12.1", "3.10"], False, None),
    ("what counts as RESTRICTED-CARE? would a kid's additional support needs plan be in that?", [I], ["4.5"], False, None),
    ("what does 'material use' mean in the AI policy", [I], ["3.8", "9.1"], False, None),
    ("is there training i have to do before i start using copilot chat?", [I], ["13.1", "5.3"], False, None),
    ("i accidentally pasted an email from Kirsty Menzies at 4 Mill Wynd, Portmairn PA78 2LN into chatgpt this morning. what do i do now?", [I, N], ["15.1"], False, ["Kirsty Menzies", "4 Mill Wynd", "PA78 2LN"]),
    # ---- out of scope
    ("how do i book annual leave on myview?", [O], [], False, None),
    ("can i claim mileage for driving to a home visit in my own car?", [O], [], False, None),
    ("anyone know if the canteen in burnside house is open on the holiday monday?", [O], [], False, None),
]

def clause_ids(path):
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+)\. [A-Z]", line) or re.match(r"^(\d+\.\d+)\s", line)
        if m:
            ids.add(m.group(1))
    return ids

ids = clause_ids(HERE / "originals" / F)
lines, seen = [], set()
for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
    cid = f"r11b{n:03d}"
    case = {"id": cid, "question": q, "verdict": v, "clauses": refs(*cl), "escalate": esc}
    if pii:
        case["pii"] = pii
        for s in pii:
            assert s in q, (cid, s)
    for c in cl:
        assert c in ids, (cid, c)
    assert set(v) <= {A, C, N, U, I, O}
    if set(v) <= {U} or U in v and N in v:
        pass
    if U in v and not (O in v):
        assert esc, cid
    assert cid not in seen
    seen.add(cid)
    lines.append(json.dumps(case, ensure_ascii=False))

(HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
for l in (HERE / "cases.jsonl").read_text().splitlines():
    json.loads(l)
from collections import Counter
print(len(lines), "cases")
print("first verdict:", Counter(json.loads(l)["verdict"][0] for l in lines))
print("verdict sets:", Counter(tuple(json.loads(l)["verdict"]) for l in lines))
print("escalate:", sum(json.loads(l)["escalate"] for l in lines), "pii cases:", sum("pii" in json.loads(l) for l in lines))
