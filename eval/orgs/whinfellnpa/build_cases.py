import json
P = "whinfell-genai-policy.md#"
F = "ai-staff-faq.txt#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": f"WNP{len(C)+1:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# tools, accounts, devices
c("can i use chatgpt to rewrite the text of our published walks leaflet for the website? just want it a bit punchier", YES, [P+"5.2", P+"4.3", P+"4.1"])
c("is there a list of approved ai tools we have to stick to? someone in my team said we're only allowed copilot", ["info", "allowed", "conditional"], [P+"4.1", F+"which-ai-tools-am-i-allowed-to-use"])
c("want to try claude for pulling out the key bits of the national park management plan (the published one) for a briefing to new volunteers - do i need to ask ICT first??", YES, [P+"4.1", P+"5.2"])
c("hi, can i paste our draft visitor centre opening hours report (not published yet, no names in it) into the free chatgpt to tidy up the wording", NO, [P+"5.3", P+"4.2", P+"4.3"])
c("same report as above - draft vc opening hours paper, no names - but in copilot chat signed in with my whinfell account, green shield showing. ok?", YES, [P+"5.3", P+"4.2"])
c("im using copilot on my own iphone, signed into my whinfell account. ok to put in the draft budget working papers for the car parks so it can spot errors?", NO, [P+"4.4", P+"5.3"])
c("can i use gemini on my home laptop to draft a facebook post about the dark skies festival? all the info is already on the website", YES, [P+"4.4", P+"5.2", P+"6.10"])
c("can i use my personal chatgpt plus account for the draft management plan chapter on farming before it goes to committee? its way better than copilot", NO, [P+"4.3", P+"5.3", F+"can-i-use-my-own-chatgpt-account-for-work"])
c("if i pay for chatgpt plus myself can i claim it back on expenses since i use it for work", ["not_allowed", "info"], [P+"4.3"])
c("can i sign up for perplexity pro with my whinfell email address, then i can put it through as a work expense", NO, [P+"4.6", P+"4.7"])
c("can i connect chatgpt to my work onedrive so it can read the published leaflets and maps i keep in there? saves me uploading them one by one", ["not_allowed", "conditional"], [P+"4.5"], True)
c("trading co here - we'd like to buy canva pro with the magic AI features on the company card for designing shop stuff. fine to just go ahead?", ["not_allowed", "conditional"], [P+"4.7"], True)
c("my draft report is in word - can i just use copilot in word to rewrite it? it's internal, not published yet", NO, [P+"4.2", P+"5.3"])

# information kinds
c("Can I put the complaint email from Mrs Dorothy Ashworth at Low Garth Farm about the footpath diversion into copilot chat to draft a reply? her email is d.ashworth@fellmail.co.uk", NO, [P+"5.4"], False, ["Dorothy Ashworth", "Low Garth Farm", "d.ashworth@fellmail.co.uk"])
c("one of my volunteers, Gareth Pryce, has told me about his heart condition and i need to write up what adjustments we make on task days - can copilot help me word it if im signed in properly?", NO, [P+"5.4", P+"6.14"], False, ["Gareth Pryce"])
c("learning team - can i upload the school group list for the junior ranger day into copilot so it sorts the kids into groups and makes name badges?", NO, [P+"5.4"])
c("im a line manager, want to use copilot chat to summarise sickness absence records for my team ahead of a capability meeting next week", NO, [P+"5.4", P+"6.4"])
c("HR advisor here: need to write a reasonable adjustments letter for Priya Nandakumar (NI QQ 12 34 56 C, dob 14/03/1988) after her back injury at the sawmill. ok to do the first draft in copilot chat?", NO, [P+"5.4"], False, ["Priya Nandakumar", "QQ 12 34 56 C", "14/03/1988"])
c("enforcement officer - can i put my site visit notes about an unauthorised shepherd hut into copilot chat with the names and address taken out, just to tidy up the write up", NO, [P+"5.4", P+"5.5"])
c("enforcement case ENF/24/0173 at Kestrel Howe - can chatgpt help me draft the breach of condition notice? it's a bit of a template job", NO, [P+"5.4", P+"6.13", P+"6.1"], False, ["ENF/24/0173"])
c("trading co question: can i ask chatgpt to work out new retail prices for the map range if i give it our supplier costs and margins", NO, [P+"5.4"])
c("timber sale coming up on the west woods, can i put the bids we've had so far into copilot chat to compare them", NO, [P+"5.4", P+"6.17"])
c("we've had counsel's opinion back on the byelaw review - can copilot chat summarise it for SMT?", NO, [P+"5.4", P+"6.13"])
c("i've fully anonymised the visitor survey results - just counts and percentages, no comments or postcodes. can they go into copilot chat to help write the summary?", YES, [P+"5.5", P+"5.3"])
c("can i use chatgpt to make a table of members' declared interests from the published register of interests for a training session", YES, [P+"5.6", P+"5.2"])
c("I'm a member of the authority (appointed by the district council). can i use my own chatgpt to summarise the published agenda papers for next week's resources committee?", YES, [P+"2.2", P+"5.2", P+"4.3"])
c("standards committee clerk: can i use copilot to summarise a code of conduct complaint against a member before the assessment sub-committee meets", NO, [P+"5.4", P+"6.4"])
c("can i put a planning applicants letter into copilot if i take his name out first?", NO, [P+"5.4", P+"5.5", F+"can-i-put-a-planning-applicant-s-letter-into-copilot-chat-if-i-take-the-name-out"])

# planning
c("can i use copilot chat to draft the recommendation bit of my delegated report for a barn conversion? i'll check it all obviously", NO, [P+"6.1", F+"can-ai-help-me-write-a-committee-report"])
c("could ai summarise the 40 objection letters on the holiday lodge application for the committee report? its taking me ages", NO, [P+"6.1", P+"5.4"])
c("planning policy officer - can i use chatgpt to explain the NPPF changes on rural exception sites in plain english, just for me to get my head round it", YES, [P+"6.2", P+"5.2"])
c("want to draft a householder guide to extensions in the park using copilot chat, based on our draft design guide (not published yet). ok?", YES, [P+"6.2", P+"5.3"])
c("policy team: we've got about 600 responses to the local plan review consultation, personal details already stripped out. can we use copilot chat to theme them?", ["unsure", "not_allowed"], [P+"6.3"], True)
c("quick one - the management plan consultation responses are going up on the website next week (redacted). once they are published can i use chatgpt to pull out the main themes?", ["unsure", "not_allowed"], [P+"6.3", P+"5.2"], True)

# decisions about people, recruitment
c("HR - we've had 85 applications for the seasonal ranger posts, can copilot shortlist them against the person spec?", NO, [P+"6.5", P+"5.4"])
c("volunteer coordinator: can i use ai to score the volunteer ranger application forms so its fairer and quicker", NO, [P+"6.5"])
c("can i use copilot chat to draft the job advert and role profile for the new woodland officer post? no names in it obviously", YES, [P+"6.5", P+"5.3"])
c("grants officer - could chatgpt check which sustainable development fund applications meet the eligibility criteria? we'd give it the forms", NO, [P+"6.4", P+"5.4"])

# images, audio, labelling
c("can i use midjourney to make a realistic photo of the tarn at sunrise for the new guidebook cover? our photo library doesn't have a good one", NO, [P+"6.6", F+"can-i-make-a-poster-with-an-ai-image-of-the-fells"])
c("for the kids trail leaflet i want a cartoon style red squirrel made with ai - is that ok?", YES, [P+"6.8", P+"6.9"])
c("for our xmas video could we make an ai version of the chief exec's voice reading the message? he's happy with it", NO, [P+"6.7"])
c("do i need to put anything on a blog post if copilot wrote most of the first draft? i've edited it quite a bit", ["info", "conditional"], [P+"6.9", F+"do-i-have-to-label-everything-i-write-with-ai-s-help"])
c("only used chatgpt to fix the grammar in my press release (about the published annual report) - does it need an ai label?", ["info", "allowed", "conditional"], [P+"6.9"])
c("can i use copilot to turn the published state of the park report into a one page summary for the parish councils newsletter", YES, [P+"5.2", P+"6.9", P+"6.10"])

# meetings
c("partner meeting with the water company on thursday, they want to use otter to take notes. is that ok for us to go along with?", NO, [P+"6.11", F+"can-i-use-an-ai-note-taker-in-teams-meetings"])
c("democratic services - can copilot chat draft the standards committee minutes from my handwritten notes?", NO, [P+"6.12"])
c("can i get chatgpt to summarise the planning committee webcast from youtube for a member who missed it? it's public anyway", NO, [P+"6.12"])

# legal, safety, translation, procurement
c("can i ask chatgpt whether we can legally close a permissive path for tree felling", ["not_allowed", "conditional"], [P+"6.13"])
c("can copilot draft a tree preservation order for the beeches at hollin bank", NO, [P+"6.13"])
c("ranger here, can chatgpt write the risk assessment for the chainsaw work in the north woods? it does a decent job", NO, [P+"6.14"])
c("can i use chatgpt to translate our water safety signs for the reservoir into polish and urdu? we get loads of visitors from leeds and bradford", ["unsure"], [P+"6.15"], True)
c("comms: wildfire risk is high this weekend, want to put the warning out on social in a few languages using ai translation - ok??", ["unsure"], [P+"6.15"], True)
c("can i use chatgpt to translate our published leaflet on the history of the valley into german for the website? we've got a german speaking volunteer who can check it", YES, [P+"6.16", P+"5.2"])
c("can i use copilot chat to help write the spec for the new car park ticket machines contract?", YES, [P+"6.17", P+"5.3"])
c("can copilot score the three quotes we got for the footbridge repair? would make the evaluation quicker", NO, [P+"6.17", P+"5.4"])

# code and automation
c("can i use chatgpt to help me write an excel formula to total car park income by month? no actual figures in it, just describing the columns", YES, [P+"6.18"])
c("gis officer - can i get copilot chat to write a python script for qgis to clip the footpath layers and then run it on the live rights of way dataset straight away?", ["conditional", "not_allowed"], [P+"6.18"])
c("can i ask chatgpt to fix a script that logs into the booking system? i'd paste the whole config file including the password", NO, [P+"6.18", P+"5.4"])
c("could i set up chatgpt to automatically answer the info@ inbox enquiries about parking charges", NO, [P+"6.19"])
c("i want to build a power automate flow that uses copilot to tag our internal procedure docs on sharepoint by topic, nothing gets sent out. can i just do it?", ["not_allowed", "conditional"], [P+"6.19", P+"4.5"], True)
c("visitor services: can we put a chatgpt chatbot on the website to answer questions about parking and toilets?", ["not_allowed", "conditional"], [P+"6.20"], True)

# general ok
c("estates - can i use chatgpt to suggest native species mixes for hedge planting? general question, no site details", YES, [P+"4.1", P+"5.2"])
c("can i use copilot chat to draft an internal procedure for handling lost property at the visitor centres", YES, [P+"5.3", P+"4.2"])

# info
c("help - i accidentally pasted a volunteer's mobile number 07700 900461 into chatgpt. who do i tell?", ["info"], [P+"8.1", F+"what-if-i-put-something-into-an-ai-tool-by-mistake"], False, ["07700 900461"])
c("who actually owns the ai policy?", ["info"], [P+"3.1"])
c("how do i know if the copilot i'm using is the protected one", ["info"], [P+"4.2", F+"how-do-i-know-i-am-in-the-right-copilot"])
c("is there training i have to do before using ai for work stuff?", ["info"], [P+"9.1", F+"do-i-need-training-first"])
c("who do i ask if im not sure whether something counts as internal or restricted", ["info"], [P+"5.7", P+"9.2", P+"3.3"])

# out of scope
c("how do i book annual leave in the new hr system?", ["out_of_scope"], [])
c("what time does the ullthwaite visitor centre close on sundays in winter", ["out_of_scope"], [])

with open("cases.jsonl", "w") as f:
    for d in C:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
