"""Write cases.jsonl for Caldew Valley Homes and check refs against originals/."""
import json, re, csv, pathlib
here = pathlib.Path(__file__).parent
P = lambda *c: [f"caldew-genai-policy.md#{x}" for x in c]
F = lambda *s: [f"staff-ai-faq.txt#{x}" for x in s]
R = lambda *t: [f"ai-tools-register.csv#{x}" for x in t]
Y = ["allowed", "conditional"]; C = ["conditional", "allowed"]; N = ["not_allowed"]; U = ["unsure", "not_allowed"]
I = ["info"]; O = ["out_of_scope"]
cases = [
 # clear / conditional yeses
 ("can i use copilot chat to write a valley voice piece about the best kept garden competition? all stuff we'd publish anyway", Y, P("4.2","5.1","8.1")+R("Microsoft 365 Copilot Chat"), False),
 ("ive got a draft of the new void standard procedure, no names in it, can I get copilot chat to put it into plainer english before it goes to the team", Y, P("4.2","5.2","3.5")+R("Microsoft 365 Copilot Chat"), False),
 ("is it ok to ask copilot to summarise the ombudsman's published spotlight report on damp and mould for my own notes", Y, P("4.2","5.1","8.2")+R("Microsoft 365 Copilot Chat"), False),
 ("need help with an excel formula for our voids turnaround kpi spreadsheet (just property counts and days, no tenant info) - fine to use copilot?", Y, P("4.2","3.5","5.2")+R("Microsoft 365 Copilot Chat"), False),
 ("can we use AI to come up with ideas for activities at the summer tenant fun day in penrith", Y, P("4.2","2.1")+R("Microsoft 365 Copilot Chat"), False),
 ("quick one - can i use chatgpt to explain the governments published consultation on social rent policy? not putting anything of ours in", C, P("4.4","5.1")+R("ChatGPT")+F("can-i-use-chatgpt"), False),
 ("im dyslexic and struggle with long emails, can i use copilot to check the spelling and tone of an email to my team about the office move", Y, F("i-m-dyslexic-can-i-use-ai-to-help-me-write")+P("4.2"), False),
 ("can teams transcribe our weekly internal project meeting for the new asset database? everyone's staff", C, P("9.1")+R("Microsoft Teams transcription and intelligent recap")+F("can-teams-write-up-my-meeting-notes"), False),
 ("I'm in the copilot pilot with a licence. can I use copilot in outlook to summarise a long email chain with Mr Tom Irving about his boiler repair so I can reply", C, P("4.3","5.3","7.1")+R("Microsoft 365 Copilot"), False, ["Tom Irving"]),
 ("I'm in the ICT dev team, can I use github copilot to help write a powershell script for mailbox clean up", C, R("GitHub Copilot")+P("5.7","4.6"), False),
 ("comms here - can we use firefly to make a cartoon hedgehog illustration for the wildlife corner of the newsletter", C, R("Adobe Firefly")+P("10.1"), False),
 ("want to make a short quiz for new starters on our published complaints policy, ok to use copilot chat for that?", Y, P("4.2","5.1")+R("Microsoft 365 Copilot Chat"), False),
 ("drafting a committee report on repairs performance stats (all aggregate) - can copilot chat help me draft the commentary", C, P("8.3","4.2","5.2")+R("Microsoft 365 Copilot Chat"), False),
 ("I'm an income officer in the carlisle patch on the rentwise pilot - can i use rentwise insight to summarise a tenant's rent account transactions before i call them", C, R("Rentwise Insight")+P("6.2","4.5"), False),
 ("is it ok to use copilot chat on my own phone through the teams app I installed via company portal", C, P("4.7")+F("can-i-use-ai-on-my-own-phone"), False),
 ("can I get a grammarly business licence through the service desk to proofread internal guidance notes", C, R("Grammarly Business")+P("5.2"), False),
 ("we used copilot to write most of a new 'reporting a repair' FAQ page for the website. ok to publish?", C, P("8.1","7.1","7.2"), False),
 # clear nos, phrased unlike the rules
 ("tenant is 6 weeks behind, can copilot tell me if we should serve a NOSP or not", N, P("6.1","3.9","6.2"), False),
 ("can we get AI to go through the arrears list and tell us who to chase first each monday? would save loads of time", N+["unsure"], P("6.2","11.3"), False),
 ("hiring 3 repairs operatives and got 80 applications, can copilot shortlist the CVs against the person spec", N, P("6.3"), False),
 ("the kitchen replacement tenders are back, can i put the 3 bids into copilot chat and ask which is best value", N, P("6.4","5.6","3.8"), False),
 ("for the christmas message can we make an AI video of our chief exec talking - she's fine with it", N, P("10.2")+R("Synthesia"), False),
 ("could i upload the photos from a damp and mould inspection to copilot and ask how bad it is", N, P("10.3"), False),
 ("is deepseek ok to use? it's free and apparently really good", N, R("DeepSeek")+P("2.2"), False),
 ("can i use otter to take notes in my teams call with the contractor", N, R("Otter.ai")+P("9.3"), False),
 ("I've got the copilot licence - can I paste the diary sheets from an ASB case into it and get a summary for the court bundle", N, P("5.4","4.3","6.6")+R("Microsoft 365 Copilot"), False),
 ("can copilot help me write up a safeguarding referral to adult social care, it'd be so much quicker", N, P("5.4","3.7"), False),
 ("we've got a MARAC tomorrow, can i turn on teams recap so i don't have to take minutes", N, P("9.2")+R("Microsoft Teams transcription and intelligent recap"), False),
 ("can i paste Mrs Janet Pattinson's complaint (14 Brampton Road, CA3 9PL) into chatgpt to help me write a nicer reply", N, P("4.4","5.3")+R("ChatGPT"), False, ["Janet Pattinson", "14 Brampton Road", "CA3 9PL"]),
 ("can I install the free grammarly chrome extension on my work laptop", N, P("4.6")+R("Grammarly Business"), False),
 ("we've got a disrepair claim coming in - can chatgpt help me work out our defence", N, P("6.6"), False),
 ("the printer keeps failing, can i paste the admin login and error log into copilot and ask it to fix it", N, P("5.7"), False),
 ("can i sign up for chatgpt with my work email so it's all in one place", N, P("4.4","3.3")+R("ChatGPT"), False),
 ("i use chatgpt on my own phone with my personal account - can i use it to draft a letter to a tenant about their rent", N, P("4.7","4.4","5.3")+R("ChatGPT"), False),
 ("can i claim my chatgpt plus subscription on expenses if i only use it for work", N+I, P("4.4")+F("can-i-use-chatgpt"), False),
 ("could we set up an AI auto-reply on the repairs shared mailbox so tenants get an instant answer", U, P("14.2"), True),
 # information described without keywords
 ("tenant told me she's been struggling since her mastectomy and that's why rent's late, can copilot help me word a letter that mentions it sympathetically", N, P("5.4","3.7"), False),
 ("one of my team was off 3 weeks with stress, can i use copilot to tidy up my return to work meeting notes", N, P("5.4","3.7"), False),
 ("household with two kids under 10, mum disclosed her partner has been hitting her - can copilot chat help me pull together a housing options summary", N, P("5.4","3.7"), False),
 ("the board paper on our bid for the harraby land isn't public yet - can copilot chat tidy up the draft? there's no procurement running", ["conditional"], P("5.6","3.8")+R("Microsoft 365 Copilot Chat"), False),
 ("if i take the names and addresses out of an anti-social behaviour case can i put it into copilot chat to get advice on next steps", N, P("5.5","5.4"), False),
 ("got a repairs email from a tenant with her mobile 07700 900461 and address in it, i dont have a copilot licence, can copilot chat help me reply", N, P("4.2","5.3")+R("Microsoft 365 Copilot Chat"), False, ["07700 900461"]),
 ("investigating a disciplinary - can AI help structure my investigation report", N, P("5.4","3.7","6.3"), False),
 # tools the policy never mentions
 ("can i use claude to help write a briefing on the new consumer standards? only public info", U, P("2.2","4.8")+F("which-ai-tools-can-i-use"), True),
 ("is google gemini allowed for summarising a published MHCLG report", U, P("2.2","4.8")+F("which-ai-tools-can-i-use"), True),
 ("anyone know if perplexity is ok for researching decarbonisation grant schemes", U, P("2.2","4.8"), True),
 ("can i use canva's magic write to do the words for a poster about the tenant panel", U, P("2.2","4.5"), True),
 ("there's a new 'summarise case' button that appeared in our housing management system after the update, can i use it", U, P("4.5")+F("can-i-use-the-ai-summary-in-a-system-we-already-have"), True),
 ("is notion ai ok for organising my project notes for the stock condition survey", U, P("2.2","4.8"), True),
 ("goblin tools really helps me with my adhd, can i use it at work for breaking down tasks", U, F("i-m-dyslexic-can-i-use-ai-to-help-me-write")+P("2.2","4.8"), True),
 # undecided / needs approval
 ("can copilot help me draft a stage 2 complaint response? it's a long one about repeated leaks", U, P("14.1"), True),
 ("ombudsman has asked for our evidence on a case - can i get copilot to summarise the file and draft our response to them", U, P("14.1","5.3"), True),
 ("can i use teams transcription when i do a tenancy sign up over teams with the new tenant", U, P("9.4")+F("can-teams-write-up-my-meeting-notes"), True),
 ("resident panel meets next week - could we use teams recap to do the minutes", U, P("9.4"), True),
 ("tenant's first language is polish, can i use AI to translate the letter about his gas safety appointment", U, P("14.3"), True),
 ("we'd like to pilot a chatbot on mycaldew to answer rent questions - who do we need to go to and is it allowed", U, P("14.2"), True),
 ("a supplier is offering a free trial of their AI damp and mould risk prediction, can we trial it on our stock", U, P("11.3","11.1"), True),
 ("our responsive repairs contractor wants to use chatgpt to write up job notes including tenant names - is that ok with us", U, P("11.2","11.1"), True),
 # info
 ("who do i ask if i'm not sure an AI tool is allowed", I, P("15.1")+F("who-do-i-ask-if-i-m-not-sure","which-ai-tools-can-i-use"), False),
 ("what counts as protected case information exactly?", I, P("3.7")+F("what-is-protected-case-information"), False),
 ("what does 'inside the caldew boundary' mean", I, P("3.3"), False),
 ("oh no, i pasted Derek Armstrong's arrears details (rent ref CVH-R-0048213) into chatgpt by mistake, what do i do? should i just delete the chat", I, P("13.1","13.2"), False, ["Derek Armstrong", "CVH-R-0048213"]),
 ("do i have to do any training before i start using copilot chat", I+["conditional"], P("12.1"), False),
 ("how do I get one of the copilot licences for word and outlook", I, P("15.3","4.3","12.2")+F("is-copilot-chat-the-same-as-the-copilot-in-word-and-outlook"), False),
 # out of scope
 ("how do i book annual leave in the new HR system", O, [], False),
 ("tenant asking what day the bins go in Wigton, where do i find that", O, [], False),
 ("can i claim mileage for driving out to the penrith scheme", O, [], False),
]
# check refs
og = here / "originals"
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = set()
for line in (og / "caldew-genai-policy.md").read_text().splitlines():
    m = re.match(r"^(?:## )?(\d+(?:\.\d+)*)\.?\s", line)
    if m: ids.add("caldew-genai-policy.md#" + m.group(1))
lines = (og / "staff-ai-faq.txt").read_text().splitlines()
for i in range(1, len(lines)):
    if set(lines[i]) == {"-"}: ids.add("staff-ai-faq.txt#" + slug(lines[i-1]))
for row in csv.DictReader(open(og / "ai-tools-register.csv")):
    assert len(row) == 6 and None not in row, row
    ids.add("ai-tools-register.csv#" + row["tool"])
out = []
for n, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    d = {"id": f"CVH{n:03d}", "question": q, "verdict": list(dict.fromkeys(v)), "clauses": list(dict.fromkeys(cl)), "escalate": esc}
    if len(c) > 4:
        d["pii"] = c[4]
        assert all(p in q for p in c[4])
    bad = [r for r in d["clauses"] if r not in ids]
    assert not bad, (d["id"], bad)
    out.append(json.dumps(d, ensure_ascii=False))
(here / "cases.jsonl").write_text("\n".join(out) + "\n")
print(len(out), "cases")
