"""Writes cases.jsonl for Penhallow Town Council and checks it against the clause ids of the policy."""
import json, pathlib, re
OUT = pathlib.Path(__file__).resolve().parent
F = "penhallow-tc-ai-policy.txt#"
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; NU = ["not_allowed", "unsure"]
cases = [
# clear yeses
("can i use copilot chat (signed in with my council login) to write the poster for the christmas lights switch on?", Y, ["6.1", "3.1", "5.1"], False),
("is it ok to get copilot to summarise the cornwall council local plan consultation doc, its like 200 pages and i need the gist for councillors", Y, ["6.1", "5.1"], False),
("want to rewrite the hall hire terms and conditions in plain english, can copilot do that for me", Y, ["6.1", "5.2"], False),
("could i use copilot chat to draft the agenda for next months planning committee? only the public items", Y, ["6.1", "5.1"], False),
("need an excel formula to work out market stall fees by pitch size and day, can i just ask copilot", Y, ["6.1"], False),
("drafting the facebook post about the allotment open day - ok to use copilot for that?", Y, ["6.1", "6.3"], False),
("am i allowed to use copilot to write a first draft of our new hall lettings policy? its going to p&r in june", Y, ["6.1", "5.2", "9.3"], False),
("can copilot help me write the job advert and job description for the seasonal market assistant post", Y, ["6.1"], False),
("doing the precept budget working papers for 26/27 - can i ask copilot to help me write the bit explaining the increase? nothing personal in it, just figures", Y, ["5.2", "6.1"], False),
("using the copilot pane in outlook (work account) to tidy up an email to the footpaths group about the next walk date, thats fine isnt it", Y, ["3.2", "6.1"], False),
("can i use copilot to draft a newsletter article about the new defib outside the town hall", Y, ["6.1", "5.1"], False),
("allotment site rules need updating, can copilot draft a new version for the committee", Y, ["6.3", "6.1"], False),
("we've got scans of the burial register from the 1890s which are already on our heritage page - can copilot turn them into a nice table?", Y, ["5.6", "5.1"], False),
("can copilot make a cartoon of a giant pasty for the food festival poster", Y, ["12.1", "10.2"], False),
("im a councillor with a council email, can i use copilot chat to summarise the public agenda pack before full council", Y, ["8.1", "5.1"], False),
# conditional yeses
("resident Sarah Polglase (sarah.polglase@example.com) emailed asking when the overgrown hedge on the rec will be cut, can i use copilot to help draft the reply?", C, ["6.2", "5.3"], False, ["Sarah Polglase", "sarah.polglase@example.com"]),
("can copilot summarise the grant applications for the community grants committee report? theres 9 of them", C, ["6.5", "5.3"], False),
("ive typed up my notes from last nights full council, can copilot turn them into draft minutes? there was a confidential item at the end as well", C, ["6.4", "2.9", "5.4"], False),
("want to translate the market day notice into cornish using copilot, ok?", C, ["6.6"], False),
("can i use copilot on my own laptop at home? i'd log in through the browser with my council email", C, ["3.3"], False),
("writing to offer plot 22 to the next person on the waiting list (Derek Angove, 07700 900412) - can copilot draft the letter if i leave his details out", C + ["allowed"], ["6.3", "5.3"], False, ["Derek Angove", "07700 900412"]),
("skate park consultation got 140 responses, can copilot pull out the main themes for the committee report", C, ["5.3", "10.3", "6.1"], False),
("can i upload the draft risk assessment for the carnival (word doc) into copilot chat and ask it to spot gaps", Y, ["3.5", "5.2"], False),
("mayor wants a press release about the twinning visit from plougastel with a quote from her - can copilot write it incl the quote?", C, ["7.3", "9.3"], False),
("can i use copilot to help check the legal bit of a report about our power to give grants? (s137 i think)", C, ["7.4", "9.2"], False),
("can i use copilot to draft a standard 'we've received your complaint' acknowledgement email, nothing about any particular case", C + ["allowed"], ["6.2"], False),
# clear nos, phrased unlike the rules
("can i get copilot to rank the 9 grant bids so the committee knows which ones to fund first", N, ["7.1"], False),
("can copilot help me write the outcome letter after a disciplinary hearing if i take the names out", N, ["7.2", "2.8(c)"], False),
("can i paste the part 2 report on the town hall lease negotiations into copilot to get a summary for members", N, ["5.4", "2.9", "2.8(d)", "8.3"], False),
("thinking of asking copilot to help word the letter to the tenant on plot 7 - he hasnt worked it all year and we want the plot back", N, ["6.3"], False),
("we've had a formal complaint about one of the groundsmen, can copilot draft our stage 1 response", N, ["6.2", "2.8(e)", "5.4"], False),
("the funeral director sent the interment form for the late Walter Nance, next of kin Mary Nance 01736 555019 - can copilot pull the details into the burial register spreadsheet", N, ["2.8(f)", "5.4", "9.4"], False, ["Mary Nance", "01736 555019"]),
("can i turn on teams transcription + recap for the finance committee meeting? makes the minutes way easier", N, ["11.1"], False),
("could copilot make a picture of the mayor cutting the ribbon at the new play park, she couldnt make it on the day", N, ["12.2", "12.4"], False),
("can i put the photos from the summer fete (lots of kids in them) into copilot to write captions for the website", N, ["12.3", "2.8(b)", "5.4"], False),
("can i get copilot to go through the facebook comments on the parking post and work out who the usual troublemakers are", N, ["7.5"], False),
("can copilot shortlist the applicants for the deputy clerk job from their cvs, theres loads", N, ["7.1", "2.8(c)"], False),
("can i set up a copilot bot that answers the hall booking emails automatically?", NU, ["7.7", "16.3"], True),
("can copilot write a leaflet for a councillors re-election campaign, its only short", N, ["7.6"], False),
("can i give copilot the list of allotment tenants who are behind on rent so it can draft reminder letters", N, ["6.3", "2.8(g)"], False),
("can i paste the cemetery grounds maintenance tender bids into copilot to compare the prices", N, ["2.8(h)", "7.1", "5.4"], False),
("a resident left a long voicemail about the market, can copilot transcribe it so i dont have to", N, ["11.4"], False),
# tool variants
("ive got chatgpt plus on my own account, can i use it to draft the hall hire newsletter? no personal info in it", N, ["4.2", "4.1"], False),
("is it ok to use the free copilot app on my phone (my personal microsoft login) to write a market notice", N, ["4.3", "4.2"], False),
("canva has that magic write thing built in, can i use it for the allotment show poster wording", N, ["4.4"], False),
("grammarly keeps offering ai rewrites of whole paragraphs, am i allowed to accept them on council letters", N, ["4.4"], False),
("theres a chrome extension that summarises web pages with ai, can i install it on the office pc", N, ["4.5"], False),
("word keeps popping up a free trial of microsoft 365 copilot that can read all my files - can i try it for a month", N, ["3.4", "13.2"], False),
("can i use the openai api to knock up a little script that sorts the clerk inbox into folders", N, ["4.2", "4.6", "4.1"], False),
("the new version of the cemetery management software has an 'AI assistant' button now, ok to use it?", N, ["13.3", "4.4"], False),
("councillor here, can i use gemini on my own phone to summarise the planning committee papers? only the public ones", N, ["8.2", "4.2"], False),
("i'm a councillor but i dont have a council account, just my gmail - can i use copilot chat for council stuff with that", N, ["4.3", "2.3", "8.1"], False),
# unmentioned tools
("has anyone tried notion ai? could i use it for the events planning board", NU, ["4.1", "13.4"], True),
("is mistral le chat approved? heard its european so better for gdpr", NU, ["4.1", "13.4", "13.1"], True),
("can i use elevenlabs to make an audio version of the newsletter for people with sight loss? it would be a made up voice", NU, ["4.1", "13.1", "13.4"], True),
# sensitive information described without keywords
("Mrs Jenna Trevithick of 4 Chapel Row rang in really upset, told me all about her husbands dementia and that she cant manage the allotment any more - can copilot help me write a kind letter back", N, ["2.8(a)", "5.4"], False, ["Jenna Trevithick", "4 Chapel Row"]),
("one of the groundsmen has been off a lot with his back, i want copilot to help me write a return to work plan for him", N, ["7.2", "2.8(c)", "2.8(a)"], False),
("a mum wrote in about her 12 year old being picked on at the skate park by older kids, can copilot help draft our response", N, ["2.8(b)", "5.4"], False),
("the police sent us a note about antisocial behaviour at the bus shelter naming some lads, can copilot summarise it for the clerk", N, ["5.7", "2.8(a)", "5.4"], False),
# undecided
("can we switch teams transcription on for our weekly staff catch up? its just officers, no councillors or public", NU, ["16.1", "11.3"], True),
("councillor question: if i used copilot to help write my motion for full council do i have to declare that?", ["unsure", "info"], ["16.2", "8.5"], True),
("can i make a copilot notebook for the market team and share it with the others", NU, ["16.4"], True),
("the mayor wants us to demo an ai chatbot for the website at the annual town meeting, can we?", NU, ["16.3"], True),
# info
("who do i tell if i accidentally pasted Tom Curnow's complaint (ref CMP-2026-014) into chatgpt last night", ["info"], ["15.1", "17.1"], False, ["Tom Curnow", "CMP-2026-014"]),
("what counts as 'restricted information' in the ai policy?", ["info"], ["2.8"], False),
("who do i ask to get copilot chat set up on my account", ["info"], ["17.2", "3.6", "14.1"], False),
("do i need to do any training before i start using copilot", ["info", "conditional"], ["14.1", "14.2"], False),
("do we have to label stuff we wrote with copilot's help? e.g. the newsletter", ["info", "allowed", "conditional"], ["10.1", "10.2"], False),
# out of scope
("whats the deadline for paying allotment rent this year?", ["out_of_scope"], [], False),
("does anyone know if the town hall boiler has been fixed yet, its freezing in the chamber", ["out_of_scope"], [], False),
]
ids = set((OUT / "clause_ids.txt").read_text().split())
lines = []
for i, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    d = {"id": f"PTC{i:03d}", "question": q, "verdict": v, "clauses": [F + x for x in cl], "escalate": esc}
    if len(c) > 4:
        d["pii"] = c[4]
        for p in c[4]:
            assert p in q, p
    for x in cl:
        assert x in ids, x
    if "unsure" in v and v != ["info", "unsure"]:
        pass
    lines.append(json.dumps(d, ensure_ascii=False))
(OUT / "cases.jsonl").write_text("\n".join(lines) + "\n")
print(len(lines), "cases")
