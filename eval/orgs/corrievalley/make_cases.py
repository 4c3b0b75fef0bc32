"""Writes cases.jsonl for Corrie Valley Council and checks it against originals/."""
import json, re, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from list_clauses import clauses

P = "genai-use-policy.md#"
F = "staff-questions.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES = [A, C]
APPROVAL = [U, N]

cases = [
 # clear / near-clear yeses
 ("hiya - can i use the free chatgpt to make our bin collection page (the one already on the council website) easier to read? no names or anything", YES, [P+"6.2", P+"5.2", P+"A.1", P+"6.1", F+"is-there-a-list-of-approved-ai-tools"], False),
 ("is it ok to use copilot chat (logged in with my council account) to tidy up a draft of our internal procedure for booking pool cars", YES, [P+"6.3", P+"3.2", P+"5.3", P+"A.2", F+"what-is-a-corporate-account"], False),
 ("can i ask gemini general questions like what the scottish welfare fund covers, just for my own learning? not putting any council info in", YES, [P+"6.2", P+"5.2", P+"A.1"], False),
 ("roads team here, redoing the road closure notices for the website from the published TTRO info. ok to use claude to draft them?", YES, [P+"6.2", P+"5.2", P+"A.1", P+"9.2"], False),
 ("want to make some cartoon illustrations of bins and recycling for a leaflet with an ai image generator, no real people in them. ok?", YES, [P+"7.7", P+"10.1", P+"6.2"], False),
 ("can copilot help me write the job advert and person spec for a roads inspector post", YES, [P+"7.8", P+"6.3", P+"3.2"], False),
 ("can i use the acrobat ai assistant to summarise a 90 page draft consultation doc we havent published yet? its the council licensed acrobat pro", YES, [P+"3.2", P+"6.3", P+"A.2", F+"what-is-a-corporate-account"], False),
 ("Can I use Microsoft 365 Copilot in Word to draft the intro section of our draft local housing strategy?", YES, [P+"6.3", P+"3.2", P+"5.3", P+"A.2"], False),
 ("can i get copilot to write the covering email when we send the published annual performance report out to the community councils", YES, [P+"6.2", P+"9.2", P+"5.2"], False),
 ("writing a training powerpoint for new starters on the complaints procedure - can i ask chatgpt to suggest a structure if i just describe the topic in general terms?", YES, [P+"6.2", P+"5.2", P+"A.1"], False),
 ("can we use teams transcription and the copilot recap for our weekly team meeting? just internal stuff, no casework discussed", YES, [P+"11.1", P+"11.2"], False),
 ("is it fine to use chatgpt to translate our published winter gritting leaflet into polish", YES, [P+"6.2", P+"5.2", P+"9.2"], False),
 ("copilot chat wrote me some excel formulas for the team's service plan spreadsheet (no personal data in it). do i need anyone to check them or can i just use them", YES, [P+"9.1", P+"6.3", P+"9.3"], False),
 ("can i use perplexity to research what other scottish councils are doing about 20mph zones", YES, [P+"6.1", P+"6.2", P+"5.2", F+"is-there-a-list-of-approved-ai-tools"], False),
 ("is it ok to use ai to make stock-style photos for the website banner? like a generic high street scene, nobody real in it", YES, [P+"7.7", P+"10.1"], False),
 ("could i use canva's magic write on my free canva account to draft text for a poster about the libraries' published winter opening hours", YES, [P+"6.2", P+"6.6", P+"A.1"], False),
 ("can i use the copilot app on my council-enrolled work phone to summarise an internal draft procedure while im on the train", YES, [P+"6.5", P+"6.3", F+"can-i-use-ai-on-my-own-phone"], False),
 ("can i use copilot to write a general guidance note for people applying for a short term let licence? nothing about any particular application", YES, [P+"7.10", P+"7.9", P+"6.3"], False),
 # conditional
 ("im drafting a committee report for education, children and families committee, still a draft. can copilot help me write it?", [C, A], [P+"9.2", P+"10.2", P+"6.3", F+"can-i-use-ai-to-help-write-a-committee-report"], False),
 ("we want to put out an ai generated explainer video on how to apply for a blue badge, with an avatar presenter (not a real person). anything we need to do?", [C, A], [P+"10.1", P+"9.2", P+"7.7", F+"do-i-need-to-label-things-made-with-ai"], False),
 ("the chief exec has given written consent and head of comms has signed it off - can we make an ai video of her face and voice reading the budget message for facebook?", [C], [P+"7.6", P+"10.1", P+"3.6"], False),
 ("i do adult social care reviews - can i use magic notes to draft the record of a review with a service user? they've agreed to it and ive done the training", [C], [P+"B.1", P+"6.4", P+"7.4"], False),
 ("m365 copilot chat wrote a function for the bin collection app, can i push it live myself once ive tested it?", [C, N], [P+"9.3", P+"9.1"], False),
 # clear nos, tool variants, info described without keywords
 ("working from home on my own laptop - can i paste the draft budget savings paper into copilot in the browser if im signed in with my council account?", [N], [P+"6.5", P+"6.3"], False),
 ("i pay for chatgpt plus myself so it doesnt train on my stuff. that's fine for internal drafts right?", [N], [P+"6.3", P+"3.3", P+"A.2", F+"what-is-a-corporate-account"], False),
 ("can i use claude free to tidy the wording of an internal draft service plan for roads maintenance. nothing personal in it", [N], [P+"6.3", P+"3.3", P+"A.2"], False),
 ("can i run grammarly (the free one) over my emails to residents about their council tax arrears", [N], [P+"6.4", P+"5.4", P+"3.3"], False),
 ("quick one - can I drop a parent's email complaint about how the school handled their kid's behaviour into copilot chat to help draft a reply", [N], [P+"6.4", P+"5.4", F+"how-do-i-know-if-something-is-protected"], False),
 ("ive taken all the names out of a homelessness case summary so its anonymised now - can i put it in copilot to help draft the letter?", [N], [P+"5.5", P+"6.4", P+"7.2"], False),
 ("crisis grant backlog is huge. could copilot go through the welfare fund applications and score them so we do the highest need first?", [N], [P+"7.2", P+"6.4"], False),
 ("can i use copilot to suggest which band housing applicants should be put in based on their application forms", [N], [P+"7.2", P+"6.4"], False),
 ("could i get copilot to fix the grammar in my SBR for the reporter before it goes in? deadline tomorrow", [N], [P+"7.3", P+"6.4"], False),
 ("if i give copilot my notes can it write the analysis section of my adult care needs assessment", [N], [P+"7.4", P+"6.4"], False),
 ("can i use magic notes for a child protection case conference? its the same tool we already use in adult care", [N], [P+"11.3", P+"B.1", P+"6.4", P+"7.4"], False),
 ("for the school newsletter can we use an ai app to turn photos of the p3 class into cartoon versions of themselves? parents would love it", [N], [P+"7.5", P+"3.6"], False),
 ("a councillor wants an ai avatar of himself for a video about the new play park. election is in 5 weeks so we're in the pre-election period", [N], [P+"7.6", P+"3.6"], False),
 ("we've had 140 applications for the admin assistant post. can chatgpt help me shortlist them against the person spec", [N], [P+"7.8", P+"6.4", P+"5.4"], False),
 ("can i get ai to write up the reasons for refusing a private hire licence application? the committee's already decided", [N], [P+"7.9", P+"7.2"], False),
 ("can i use copilot to draft the recommendation section of the report of handling for a householder extension", [N], [P+"7.9"], False),
 ("can i use deepseek just for open stuff like rewriting an already published press release", [N], [P+"8.1", F+"is-there-a-list-of-approved-ai-tools"], False),
 ("grok on x is quick for checking whats trending. can i use it to draft posts for the council's social media account?", [N], [P+"8.1"], False),
 ("anyone know if i can use otter in our project board meeting? it joins the teams call automatically and emails round the notes", [N], [P+"8.2", F+"is-there-a-list-of-approved-ai-tools"], False),
 ("can i record my home visits on my phone with one of those ai notes apps so i dont have to write everything up after", [N], [P+"11.4", P+"6.4", F+"can-i-use-ai-on-my-own-phone"], False),
 ("is there any reason i cant install the chatgpt sidebar extension in chrome on my work laptop? would save copying and pasting", [N], [P+"6.8"], False),
 ("we get zoom ai companion through a council contract for some partner meetings. can i use its summary for an internal meeting about the draft roads capital programme?", [N], [P+"6.6", P+"6.3"], False),
 # needs approval first
 ("can we set up an ai chatbot on the website to answer council tax questions from residents?", APPROVAL, [P+"12.1", P+"6.7", P+"10.2"], True),
 ("we'd like to call the openai api from a small python script to auto-categorise pothole reports that come in from the public. ok to go ahead?", APPROVAL, [P+"6.7", P+"12.1"], True),
 ("can i run llama locally on my council laptop with ollama to summarise internal docs? nothing leaves the machine", APPROVAL, [P+"6.7", P+"12.1"], True),
 ("our case management system supplier says they can switch on an ai summary button in the social work system. can we just turn it on for our team?", APPROVAL, [P+"12.1", P+"12.2", P+"7.4"], True),
 ("a supplier wants us to trial their ai tool free for a month using some of our housing repairs data, is that ok", APPROVAL, [P+"12.1", P+"12.2"], True),
 # undecided
 ("planning officer here - we've had 300+ objections on the windfarm application. can copilot summarise them for the report of handling?", [U, N], [P+"15.1", P+"6.4"], True),
 ("i teach S4 english, can i use chatgpt to give feedback on my pupils' essays? i'd take their names off", [U, N], [P+"15.2", P+"6.4"], True),
 ("head teacher question - can our pupils use gemini in class for their research projects?", [U], [P+"15.2", P+"2.5"], True),
 ("can we use chatgpt to translate our published recycling leaflet into gaelic for the gaelic language plan?", [U], [P+"15.3"], True),
 ("copilot has a new thing where it can send emails and book meetings for me automatically without me checking each one. can i switch it on?", [U, N], [P+"15.4"], True),
 # info
 ("who do i ask if im not sure whether something counts as protected info?", [I], [P+"5.6", P+"16.2", F+"who-do-i-ask", F+"how-do-i-know-if-something-is-protected"], False),
 ("what exactly counts as a 'corporate account'?", [I], [P+"3.2", F+"what-is-a-corporate-account"], False),
 ("what do i need to do, i accidentally pasted a tenant's details into chatgpt yesterday", [I, N], [P+"14.1", P+"14.2", F+"i-put-something-i-shouldn-t-have-into-an-ai-tool-what-now"], False),
 ("do i have to put an ai label on a press release if copilot helped write it?", [I, A], [P+"10.2", F+"do-i-need-to-label-things-made-with-ai"], False),
 ("where's the ai training module and how often do i have to redo it", [I], [P+"13.1", F+"where-is-the-training"], False),
 ("im in the HSCP but employed by NHS Corrie and Lomond - which AI policy applies to me?", [I], [P+"2.3"], False),
 ("as a councillor can i use chatgpt to help reply to constituents?", [I, O], [P+"2.4"], False),
 # out of scope
 ("does anyone know how to book a pool car for a site visit next tuesday", [O], [], False),
 ("whats the mileage rate for using my own car on council business these days?", [O], [], False),
 ("resident asking when the council tax direct debit comes out this month - is it the 1st or the 15th?", [O], [], False),
]

pii_cases = [
 ("can i paste this into copilot to draft a reply: Mrs Agnes McLure, 14 Birkhill Road, Corriebridge FK20 8ZY, CHI 0101456789, asking why her care package review was delayed", [N], [P+"6.4", P+"5.4"], False,
  ["Agnes McLure", "14 Birkhill Road", "FK20 8ZY", "0101456789"]),
 ("hearing on thursday for Kayden Moffat (dob 12/03/2014) - can chatgpt summarise the police concern report so i can prep my report for the panel?", [N], [P+"7.3", P+"6.4", P+"5.4"], False,
  ["Kayden Moffat", "12/03/2014"]),
 ("Lorna Baird (employee no 448213) has been off with stress since january - can i use copilot to draft her return to work letter? her email is lorna.baird@corrievalley.gov.uk", [N], [P+"6.4", P+"5.4"], False,
  ["Lorna Baird", "448213", "lorna.baird@corrievalley.gov.uk"]),
 ("resident on 07700 900461 rang about the pothole outside 3 Glen Terrace, can i get chatgpt to write the reply email to him", [N], [P+"6.4", P+"5.4"], False,
  ["07700 900461", "3 Glen Terrace"]),
]

out = []
for q, v, cl, esc in cases:
    out.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc})
for q, v, cl, esc, pii in pii_cases:
    out.append({"question": q, "verdict": v, "clauses": cl, "escalate": esc, "pii": pii})
# interleave pii cases among the others for realism
order = list(range(len(cases)))
for k, i in enumerate(range(len(cases), len(out))):
    order.insert(8 + k * 15, i)
final = []
for n, i in enumerate(order, 1):
    c = dict(id=f"CVC{n:03d}", **out[i])
    final.append(c)

# checks
here = pathlib.Path(__file__).parent
valid = {}
for f in (here / "originals").glob("*.md"):
    valid[f.name] = set(clauses(f))
ids = set()
for c in final:
    assert c["id"] not in ids; ids.add(c["id"])
    for r in c["clauses"]:
        fn, cid = r.split("#")
        assert cid in valid[fn], r
    for p in c.get("pii", []):
        assert p in c["question"], p
    if U in c["verdict"]:
        assert c["escalate"], c["id"]
with open(here / "cases.jsonl", "w") as fh:
    for c in final:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(final), Counter(tuple(c["verdict"]) for c in final))
