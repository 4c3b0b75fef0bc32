"""Write cases.jsonl for Marshford District Council and check it against the originals."""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_policy import clause_ids
P = "genai-acceptable-use-policy.md#"
F = "ai-your-questions-answered.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES = [A, C]
cases = [
# clear yeses
("can i use chatgpt to tidy up the wording of our press release? its going out on the website tomorrow anyway", YES, [P+"5.1", P+"4.2", F+"which-ai-tools-am-i-allowed-to-use"], False),
("is it ok to use claude to summarise the govts new NPPF consultation doc. its on gov.uk so public", YES, [P+"5.1", P+"6.3", P+"4.2"], False),
("copilot chat (work login, green shield showing) to help me draft an internal project plan for the depot move - ok?", YES, [P+"5.2", P+"5.3", P+"4.3"], False),
("want to use perplexity to research how other councils run their garden waste subscriptions, all stuff from their websites", YES, [P+"5.1", F+"which-ai-tools-am-i-allowed-to-use"], False),
("can I make some AI illustrations for the recycling campaign poster? cartoon bins, a happy planet, that kind of thing", YES, [P+"9.1", P+"8.2", F+"can-i-make-ai-pictures-for-posters-and-social-media"], False),
("can copilot write me some excel formulas for the budget monitoring sheet? its just cost codes and totals, nothing about people", YES, [P+"7.3", P+"5.2", P+"4.3"], False),
("is it ok to get an AI to transcribe the webcast of last weeks planning committee (already on youtube) so I can find the bit about the bypass", YES, [P+"10.4"], False),
("teams meeting with my team about the office refurb tomorrow, can i switch on transcript + recap?", YES, [P+"10.1", F+"can-i-turn-on-transcription-or-recap-in-teams", P+"5.6(b)"], False),
("housing options officer here - can I use the Case Summary button in our case system to summarise an applicant's file before I see them?", YES, [P+"5.6(a)", P+"5.6", P+"5.4"], False),
("using copilot chat to draft a job advert and person spec for a waste services supervisor, fine?", YES, [P+"6.4", P+"5.2"], False),
("can i use free chatgpt on my own phone to turn the text from our bin collection web page into a shorter facebook post", YES, [P+"5.8", P+"5.1", F+"can-i-use-ai-on-my-own-phone-or-home-computer"], False),
("I'm a dev in ICT, can I use chatgpt to help write a generic python function for parsing dates? no council data in the prompt at all", YES, [P+"5.1", P+"7.3"], False),
("could I use AI to summarise our adopted local plan policies on affordable housing for a councillor briefing note", YES, [P+"6.3", P+"5.1", P+"4.2"], False),
("the draft budget figures for next year arent published yet - am i ok to put them in copilot chat (work account) to help write the narrative?", YES, [P+"5.2", P+"4.3", P+"5.3"], False),
("can I put anonymised homelessness figures (quarterly totals only, no individuals) into copilot chat to help write the annual report", YES, [P+"4.3", P+"5.2", P+"4.6"], False),
("is mistral le chat ok for drafting an article for the residents magazine about the new park opening? all the info is public", YES, [P+"5.1", P+"1.2", F+"which-ai-tools-am-i-allowed-to-use"], False),
# conditional
("I used copilot to write most of a leaflet about the new parking charges, anything I need to do before it goes to print?", [C, I], [P+"8.1", P+"7.1"], False),
("cabinet report - copilot helped me draft the options section quite a lot. do i need to mention that anywhere", [C, I], [P+"8.3", F+"do-i-have-to-say-when-i-have-used-ai"], False),
("can I drop some AI generated images into an internal powerpoint for the team away day", [C, A], [P+"8.2", P+"9.1"], False),
("want to use copilot chat on my personal ipad at home to draft an internal briefing, is that allowed", [C], [P+"5.8", F+"can-i-use-ai-on-my-own-phone-or-home-computer"], False),
("can i use canva's magic write for the text on an events flyer? all the details are going on the website anyway", YES, [P+"5.7", P+"5.1", F+"what-about-ai-that-is-built-into-other-apps"], False),
("can i use notebooklm to make a podcast style audio summary of our published annual report for staff", YES, [P+"5.1", P+"8.2"], False),
# clear nos
("can i paste the tender bids we got for the leisure centre contract into copilot to compare them side by side", [N], [P+"4.4", P+"5.4"], False),
("can I get chatgpt to rank the 40 community fund grant applications and give me a top 10 to fund", [N], [P+"6.1", P+"5.4"], False),
("could copilot check whether this householder application complies with policy H4 and draft my recommendation?", [N], [P+"6.3"], False),
("is it ok to have ai go through the 120 CVs and pick the best 10 for interview, would save me days", [N], [P+"6.4"], False),
("can I use an app to touch up the leader's photo and put him in front of the new leisure centre for the newsletter? he'd be fine with it", [N], [P+"9.2"], False),
("can we make a short clip of the chief exec's voice reading the budget message using one of those AI voice things? she's happy for us to", [N], [P+"9.2", P+"A.6"], False),
("flood awareness campaign - can I generate a realistic photo of marshford high street under water to grab attention", [N], [P+"9.3"], False),
("can I put a pink papers appendix into copilot to get a one page summary for my director", [N], [P+"4.4", P+"5.4", P+"10.2"], False),
("can copilot help me draft the reasons in a council tax reduction appeal decision letter", [N], [P+"6.1", P+"6.2"], False),
("can I ask chatgpt whether we can lawfully terminate the contract with our cleaning supplier early", [N], [P+"6.5"], False),
("sickness absence review meeting on teams tomorrow - ok to switch on recap so i dont have to take notes?", [N], [P+"10.2", F+"can-i-turn-on-transcription-or-recap-in-teams"], False),
("can I record my phone call with a tenant on my mobile and get ai to write it up afterwards", [N], [P+"10.3"], False),
("thinking of trialling deepseek for summarising public consultation docs - fine since its only public info?", [N], [P+"5.9"], False),
("a supplier brought otter into our teams call, is it ok to just leave it running", [N], [P+"5.9", F+"can-i-use-an-ai-note-taker-app"], False),
("can democratic services use AI to write the formal minutes of full council from the recording", [N], [P+"10.4"], False),
("can i take a photo from the summer fete with families in it and use ai to remove the background for our website banner", [N], [P+"9.4"], False),
# tool variants
("I pay for chatgpt plus myself - can I use it to draft our internal restructure proposal? no names in it", [N], [P+"5.2", P+"A.2"], False),
("can i install the grammarly chrome extension on my work laptop", [N], [P+"5.10", P+"5.7"], False),
("does copilot chat count if im logged in with my hotmail account? want to paste a draft internal report in", [N], [P+"5.3", P+"5.2"], False),
("I want to hook the openai api up to a python script to auto-categorise service desk tickets, ok to crack on?", [N, U], [P+"5.11", P+"11.1"], True),
("adobe acrobat has an ai assistant now - can I use it to summarise a draft internal audit report pdf", [N], [P+"5.7", P+"5.2", F+"what-about-ai-that-is-built-into-other-apps"], False),
("our revenues system supplier has just added an AI 'smart letter' feature, can we start using it straight away?", [N, U], [P+"11.3", P+"11.1"], True),
("can I build a custom GPT loaded with our procedures manual for the contact centre team to use", [N, U], [P+"5.11", P+"5.2"], True),
("can I use zoom's AI companion to summarise a call with an external partner about the joint cycleway project? not about any individual", [N], [P+"5.7", P+"5.2"], False),
("can i pay for midjourney on my council purchasing card, its only £10 a month", [N], [P+"11.2"], False),
# information described without keywords
("can copilot help me write up notes from my home visit to Mrs Edith Partridge at 14 Reedbed Lane? she has early dementia and her son is worried about her managing the stairs", [N], [P+"5.5", P+"4.5"], False),
("can i paste a grievance letter from one of my team into copilot to help me word a reply", [N], [P+"4.4", P+"5.4", P+"6.4"], False),
("want chatgpt to help me reply to a complaint from a man on heron close about his neighbours noise, i'll take his name out first", [N], [P+"4.6", P+"5.4", F+"if-i-take-the-names-out-can-i-use-it"], False),
("community safety team - can I use copilot to pull together everything we know about Tyler Brookes (15) for the strategy meeting on friday", [N], [P+"4.5", P+"5.5"], False),
("can i put the draft agenda for the senior leadership away day into gemini to polish it up a bit", [N], [P+"5.2", P+"4.3"], False),
("im investigating a suspected single person discount fraud, can copilot help me organise the evidence", [N], [P+"4.5", P+"5.5", P+"6.1"], False),
("can i paste an email from jason.mcleary@gmail.com about his council tax arrears (account 40012345) into copilot to draft a reply", [N], [P+"4.4", P+"5.4"], False),
("my colleague Priya Nandra has been off with stress, can I use copilot to help draft her return to work plan", [N], [P+"4.5", P+"6.4", P+"5.5"], False),
# undecided / needs approval
("a councillor asked me to set up chatgpt for her so she can answer residents emails quicker, can i?", [U, N], [P+"14.1", P+"2.4"], True),
("can i use deepl to translate our council tax leaflet into polish for residents", [U, N], [P+"14.2"], True),
("im in the m365 copilot pilot - can I let it go through my inbox (lots of housing complaint emails) and summarise them?", [U, N], [P+"14.3"], True),
("can i set up a copilot agent to automatically reply to FOI requests and file them", [U, N], [P+"14.4"], True),
("electoral services q - can we use ai to help draft the canvass reminder letters this year?", [U, N], [P+"14.5"], True),
("we'd like to put an AI chatbot on the website to answer bin day questions, can we just use one of the free ones", [U, N], [P+"8.4", P+"11.1"], True),
# info
("who do i contact if i think i put something confidential into chatgpt by mistake", [I], [P+"13.1", P+"15.1", F+"i-put-something-into-the-wrong-tool-what-now"], False),
("what actually counts as 'restricted' information?", [I], [P+"4.4", F+"how-do-i-know-which-class-my-information-is-in"], False),
("what's an AI champion and can they sign off my use case?", [I], [P+"12.3"], False),
("what training do i need to do before i start using copilot", [I], [P+"12.1", F+"do-i-need-to-do-any-training"], False),
("how do i get a licence for the proper paid microsoft 365 copilot, the one that reads your emails", [I, N], [P+"14.3", F+"what-is-council-copilot-and-how-do-i-get-it"], False),
# out of scope
("does anyone know when the staff car park barrier is getting fixed", [O], [], False),
("how do I book annual leave in the new HR system?", [O], [], False),
("whats the wifi password for the council chamber", [O], [], False),
]
PII = {
 "Mrs Edith Partridge": None, "14 Reedbed Lane": None, "Tyler Brookes": None,
 "jason.mcleary@gmail.com": None, "40012345": None, "Priya Nandra": None,
}
ids = clause_ids()
out, bad = [], 0
for n, (q, v, cl, esc) in enumerate(cases, 1):
    d = {"id": f"MDC{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    p = [s for s in PII if s in q]
    if p: d["pii"] = p
    for r in cl:
        if r not in ids: print("MISSING REF", d["id"], r); bad += 1
    if (U in v and True) and not esc: print("unsure without escalate", d["id"]); bad += 1
    out.append(d)
base = os.path.dirname(os.path.abspath(__file__))
with open(f"{base}/cases.jsonl", "w") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
# verify
rows = [json.loads(l) for l in open(f"{base}/cases.jsonl")]
assert len({r["id"] for r in rows}) == len(rows)
for r in rows:
    for s in r.get("pii", []): assert s in r["question"]
from collections import Counter
print(len(rows), "cases; bad", bad)
print(Counter(tuple(r["verdict"]) for r in rows))
print("pii cases", sum(1 for r in rows if "pii" in r), "escalate", sum(r["escalate"] for r in rows))
