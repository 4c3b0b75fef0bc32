import json
P = "canal-standards-genai-policy.md#"
R = "ai-tools-register.csv#"
F = "staff-faq.md#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
U = ["unsure"]
NA = ["not_allowed", "unsure"]
I = ["info"]
O = ["out_of_scope"]
cases = [
# --- plain yes: ordinary permitted work
("can i use copilot chat to tidy up the wording of the summary of our published annual report for the website?", Y, [P+"4.1", R+"Microsoft 365 Copilot Chat", P+"12.1"]),
("is it ok to use copilot chat to summarise the new boat safety scheme guidance that went up on gov.uk last week, just for my own understanding", Y, [P+"4.1", R+"Microsoft 365 Copilot Chat", P+"5.3"]),
("hi, im rewriting our internal procedure for handling operator licence renewals (just the process, no case details or names). can copilot chat help restructure it?", Y, [P+"5.3", P+"4.2", R+"Microsoft 365 Copilot Chat"]),
("can i use firefly to make a picture of a narrowboat going through a lock for a training slide deck? no real people in it", Y, [P+"10.2", R+"Adobe Firefly"]),
("we want to switch on teams recap for the licensing team's weekly catch up, all internal. fine?", Y, [P+"9.1", R+"Microsoft Teams Premium intelligent recap"]),
("im a dev in the digital team, can i use github copilot to write unit tests for the complaints portal front end? using our business licence", Y, [P+"13.4", R+"GitHub Copilot"]),
("stats team q – can we use stats notebook ai to QA the draft tables for the boat safety inspections bulletin before it's published? all in the secure environment", Y, [P+"8.2", R+"CRSO Stats Notebook AI", P+"8.1"]),
("investigations team here. can i use evidence assistant to search the evidence bundle on the Bingley lock gate incident for mentions of the lock keeper's shift times? bundle is in the case management system", Y, [P+"7.2", R+"CRSO Evidence Assistant", P+"7.1"]),
("can i use deepl to translate our published boat safety leaflet into welsh? it'll go on the website", Y, [P+"13.3", R+"DeepL Pro"]),
("recruiting for a licensing officer – can copilot chat help me draft the job advert and role profile? nothing about any candidate", Y, [P+"11.2", R+"Microsoft 365 Copilot Chat"]),
("comms team: ok to draft a press release about the published 2025/26 complaints statistics with copilot chat?", Y, [P+"12.3", P+"8.4", R+"Microsoft 365 Copilot Chat"]),
("can I use ChatGPT (the crso team workspace, signed in with my work account) to brainstorm titles for a public consultation webpage? only public info", Y, [R+"ChatGPT", P+"4.1"]),
("can i get copilot chat to draft a generic acknowledgement letter template for complainants? no names or case details, the case officer fills those in", Y, [P+"6.4", P+"5.3", R+"Microsoft 365 Copilot Chat"]),
("procurement question: can i use copilot chat to draft a spec for a new mooring inspection app? nothing confidential in it", Y, [P+"13.6", R+"Microsoft 365 Copilot Chat"]),
("we've anonymised last year's complaints in line with the anonymisation standard. can i ask copilot chat to pull out the main themes for the trends report", Y, [P+"6.2", R+"Microsoft 365 Copilot Chat"]),
("working from home on my own laptop but through the crso remote desktop – can i use copilot chat in there for internal drafts?", Y, [P+"3.6", R+"Microsoft 365 Copilot Chat"]),
("now the quarterly licensing stats are out (published tues), can i paste the published tables into copilot chat to help write a plain english summary", Y, [P+"8.4", P+"4.1", R+"Microsoft 365 Copilot Chat"]),
# --- tools and accounts not allowed
("can i use chatgpt on my personal account to draft a letter to a licence holder? its just quicker on my phone", N, [P+"3.5", P+"3.6", R+"ChatGPT"]),
("is gemini ok for summarising a published consultation doc? it's what i use at home", N, [R+"Google Gemini", P+"3.3"]),
("grammarly extension for checking my emails ok? loads of people seem to have it", N, [R+"Grammarly", P+"3.3"]),
("can i use the copilot app on my own iphone to draft an internal email about the office move", N, [P+"3.6", F+"can-i-use-ai-on-my-own-phone-or-laptop", P+"3.5"]),
("can i use the chatgpt team workspace to summarise our draft corporate strategy (internal, not published yet)", N, [R+"ChatGPT", P+"4.2"]),
# --- licensing, enforcement, appeals
("could copilot chat help me draft the reasons for refusing the boat operator licence renewal on case LIC/2026/0417? just a first draft, i'll edit it", N, [P+"5.2", P+"5.1"]),
("thinking of using AI to score the fitness of applicants for commercial operator licences so we can prioritise the backlog. ok?", N, [P+"5.1", P+"5.2"]),
("appeals panel member here. the bundle for the appeal i'm sitting on next week is 400 pages, can copilot summarise it for me", N, [P+"5.4"]),
("can i ask copilot chat whether s.14 of the navigation act lets us revoke the operator licence in the Hartley Cruises case?", N, [P+"13.1", P+"5.1"]),
# --- complaints
("complainant Mrs Janet Okafor (janet.okafor@btinternet.com) sent a really long email about her mooring fees and the navigation authority ignoring her, can i ask copilot chat to summarise it and draft a reply?", N, [P+"6.1", P+"4.3", R+"Microsoft 365 Copilot Chat"]),
("if i strip the names out can copilot chat decide whether a complaint against a navigation authority should be upheld?", N, [P+"6.3"]),
# --- investigations and evidence
("investigations: can i use copilot chat (not EA, it's down today) to summarise the witness statements from the hire boat fire", N, [P+"7.1", P+"7.2"]),
("can evidence assistant tidy up and rewrite a witness statement so it reads better before it goes in the report", N, [P+"7.3"]),
("im in licensing not investigations, can i borrow evidence assistant to search through an operator's files?", N, [P+"7.2", R+"CRSO Evidence Assistant", P+"3.2"]),
("we got a video from a complainant that looks like it's been AI edited, can we still use it as evidence in the investigation?", N, [P+"7.4"]),
# --- statistics
("I'm on the pre-release list for the boat safety stats. can i put the embargoed figures into copilot chat to draft a briefing for my director before publication day", N, [P+"8.3", P+"8.1"]),
("policy team would like to use stats notebook ai to model some licensing figures, we're not in the stats team tho", N, [P+"8.2", R+"CRSO Stats Notebook AI", P+"3.2"]),
# --- recording and meetings
("can i use teams transcription for the interview under caution with the skipper from the Wharfedale collision? would save me typing it up", N, [P+"9.2"]),
("board secretary asked if we can turn on teams recap for thursday's board meeting to save minute taking time", N, [P+"9.3"]),
("meeting with a navigation authority next week, their side uses otter. can i add otter too or is it fine since it's their meeting?", N, [P+"9.4", R+"Otter.ai"]),
# --- images and voices
("can i make a funny ai image of our chief exec steering a narrowboat for her leaving card", N, [P+"10.1"]),
("for the safety campaign video could we clone the voice of our chair with his permission? he's happy for us to", N, [P+"10.1"]),
("can i upload the photos from the marina inspection into copilot chat to describe the defects? some boat names and registrations are visible", N, [P+"10.3", P+"4.3"]),
# --- recruitment and HR
("hiring manager here: 62 applications for the boat safety inspector role, can copilot chat shortlist the top 10 for me?", N, [P+"11.1"]),
("one of my team, Daniel Price, has had 14 days off with stress this year and we've got his stage 2 absence meeting on friday. can i get copilot to write up his absence history and suggest an outcome?", N, [P+"4.5", P+"11.1", P+"4.4"]),
# --- other data kinds
("safeguarding concern about a child living aboard a boat on the Leeds & Liverpool, dob 14/03/2015 – can i put my notes into copilot chat to structure the referral?", N, [P+"4.4"]),
("operator sent their audited accounts in confidence with their licence renewal, can chatgpt analyse them?", N, [P+"4.6", R+"ChatGPT", P+"5.1"]),
("draft board paper for the march board (not published yet) – can copilot chat shorten it to 2 pages?", N, [P+"4.7"]),
("legal sent us privileged advice on the enforcement appeal, can i ask copilot chat to explain it in plain english?", N, [P+"4.7", P+"13.1"]),
# --- other activities
("boater rang asking if their gas locker setup is safe, can i just get copilot to answer it and email them the reply", N, [P+"13.2"]),
("can we use copilot chat to score the tender bids for the new inspection services contract? would speed up evaluation", N, [P+"13.6", P+"4.6"]),
("can i set up a power automate flow so copilot automatically replies to licensing enquiry emails without anyone checking", N, [P+"13.5"]),
("dev question: ok to paste the prod database connection string (with password) into github copilot chat to debug a timeout?", N, [P+"13.4", R+"GitHub Copilot"]),
("can deepl translate a letter from a polish speaking boater about his licence? it has his name and address in it", N, [P+"13.3", R+"DeepL Pro"]),
("comms: can copilot draft our statement on the open investigation into the Limehouse basin sinking", N, [P+"12.3"]),
("im on the M365 Copilot pilot – can i use copilot in outlook to summarise my inbox? it's got a lot of complainant emails in it", N, [R+"Microsoft 365 Copilot", P+"6.1", P+"4.3"]),
# --- not on the register: needs CIO + DPO approval
("can i use claude to summarise a published gov.uk report on inland waterways?", NA, [P+"3.4", F+"what-if-the-tool-i-want-is-not-on-the-register"]),
("is midjourney ok for poster graphics for boat safety week?", NA, [P+"3.4", F+"what-if-the-tool-i-want-is-not-on-the-register"]),
("perplexity for desk research on how other regulators do licensing? public stuff only", NA, [P+"3.4", F+"what-if-the-tool-i-want-is-not-on-the-register"]),
("there's a new ai 'summarise' button in adobe acrobat, can i use it on an internal report?", NA, [P+"3.4"]),
# --- undecided points
("can i use copilot chat to help draft a response to an FOI request about the number of inspections we did last year", U, [P+"14.1"]),
("for the boat safety week video can we use an ai generated narrator voice? not based on anyone real", U, [P+"14.1"]),
("digital team idea: a chatbot on the crso website to answer boaters' licensing questions – are we allowed to build it?", U, [P+"14.2"]),
("a boater has made a subject access request, can copilot chat help me draft the covering letter for the response?", ["unsure", "not_allowed"], [P+"14.1", P+"4.3"]),
# --- information
("who do i report it to? i accidentally pasted a boater's mobile number (07700 900418) into chatgpt", I, [P+"15.1", F+"who-do-i-tell-if-i-have-put-something-into-an-ai-tool-by-mistake"]),
("who owns the ai policy and the tools register?", I, [P+"2.1"]),
("where do i ask a question the ai policy doesn't cover?", I, [P+"2.3", F+"where-do-i-ask-a-question-the-policy-does-not-answer"]),
("what wording do we have to put on published stuff that AI helped write", I, [P+"12.2", F+"do-i-need-to-say-that-i-used-ai"]),
("how do i request a new ai tool to be added?", I, [P+"3.4", F+"what-if-the-tool-i-want-is-not-on-the-register"]),
("do i have to do any training before i start using copilot chat?", ["info", "conditional"], [P+"16.1", P+"2.4"]),
("we're buying a new licensing case management system and the supplier says it has built in AI features – what approval do we need?", ["info", "conditional"], [P+"13.6", P+"3.4"]),
# --- out of scope
("how many days annual leave do i get in my first year?", O, []),
("whats the process for booking a boat safety examination for my own narrowboat?", O, []),
]
PII = {
 "LIC/2026/0417": ["LIC/2026/0417"],
 "Janet Okafor": ["Janet Okafor", "janet.okafor@btinternet.com"],
 "Daniel Price": ["Daniel Price"],
 "14/03/2015": ["14/03/2015"],
 "07700 900418": ["07700 900418"],
}
with open("cases.jsonl", "w") as f:
    for n, (q, v, cl) in enumerate(cases, 1):
        d = {"id": f"CRS{n:03d}", "question": q, "verdict": v, "clauses": cl,
             "escalate": v in (U, NA) or v == ["unsure", "not_allowed"]}
        for k, p in PII.items():
            if k in q:
                d["pii"] = p
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
