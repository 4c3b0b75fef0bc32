import json
P = "cpfcc-ai-usage-policy.md#"
R = "cpfcc-ai-tools-register.csv#"
F = "cpfcc-ai-staff-faq.md#"
Y = ["allowed", "conditional"]
N = ["not_allowed"]
NA = ["not_allowed", "unsure"]
U = ["unsure"]
I = ["info"]
O = ["out_of_scope"]
C = [
 ("can i use copilot chat to tidy up the wording of the draft newsletter for the community safety partnership? nothing personal in it, just our draft", Y, [R+"Microsoft 365 Copilot Chat", P+"5.2", P+"3.1"], False),
 ("hi - is chatgpt ok for brainstorming titles for the annual report? all the content is already published on the website", Y, [R+"ChatGPT", P+"5.1"], False),
 ("can i paste the draft police and crime plan consultation summary into chatgpt to shorten it? its not published yet but no names in it", N, [R+"ChatGPT", P+"5.2"], False),
 ("ive got chatgpt plus on my own account, can i use it to draft the press release for the new youth diversion grants? its all public info anyway", N, [P+"4.2", F+"can-i-use-my-own-chatgpt-or-gemini-account"], False),
 ("can i use copilot chat on my personal iphone via the outlook app, signed in with my work login?", Y, [P+"4.3", F+"can-i-use-copilot-chat-on-my-own-phone"], False),
 ("on the train with no laptop - can i copy the draft panel report into the chatgpt app on my own phone and get it to do the exec summary", N, [P+"4.3", P+"4.2", R+"ChatGPT"], False),
 ("is claude allowed? want to use it to summarise the published HMICFRS inspection report on the force", NA, [P+"3.2", F+"the-tool-i-want-is-not-on-the-register-can-i-just-try-it"], True),
 ("deepseek for translating a leaflet ok?", N, [R+"DeepSeek", P+"3.3"], False),
 ("the survey platform we use for the police and crime plan consultation has just switched on an 'AI insights' button that summarises the free text answers. can i use it??", NA, [P+"3.5", P+"3.2"], True),
 ("can i install the grammarly extension in edge to check my spelling and grammar", N, [R+"Grammarly", P+"4.4"], False),
 ("im in commissioning, can i put the monthly referral spreadsheet from the victims hub into copilot chat to spot trends? it has names, crime types and which service they were referred to", N, [P+"5.5", F+"can-i-put-victims-details-into-copilot-to-help-with-a-referral-or-a-letter"], False),
 ("can copilot chat help me write a template letter to our commissioned victims' services providers about the new quarterly monitoring returns? no personal info, just the template", Y, [P+"5.2", R+"Microsoft 365 Copilot Chat", F+"can-i-put-victims-details-into-copilot-to-help-with-a-referral-or-a-letter"], False),
 ("im a reviewer in the complaint reviews team and have a copilot licence. can i get copilot in word to summarise the 300 page review file for CR/2026/0417 and build a chronology", Y, [P+"5.6", P+"6.2", R+"Microsoft 365 Copilot"], False, ["CR/2026/0417"]),
 ("can copilot write the outcome for a complaint review, ie draft our reasons for finding the force's handling was reasonable and proportionate? i will check it before it goes", N, [P+"6.2", F+"can-the-complaint-reviews-team-use-copilot-on-review-files"], False),
 ("comms officer here - can i paste a few paragraphs from a complaint review file into copilot chat to help draft a media line? the journalist already knows about the complaint", N, [P+"5.6", R+"Microsoft 365 Copilot"], False),
 ("can i use copilot chat to score the 40 community safety fund applications against the criteria? would save us days", N, [P+"6.3", F+"can-i-use-ai-to-help-assess-grant-applications"], False),
 ("can i use copilot chat to write the guidance notes for applicants for the next round of the community safety fund", Y, [P+"6.3", F+"can-i-use-ai-to-help-assess-grant-applications"], False),
 ("a charity's grant application has a messy budget table, can i paste the budget into copilot chat (work account) just to check the sums add up? not scoring it", Y, [P+"5.9", R+"Microsoft 365 Copilot Chat"], False),
 ("we've had 5 tender bids in for the victims' services contract, can i put them into chatgpt to compare them and see which is best value", N, [P+"9.2", P+"5.9", R+"ChatGPT"], False),
 ("can i use copilot chat to help draft the specification for new ICV scheme management software? only our own requirements, nothing from suppliers", Y, [P+"9.3"], False),
 ("a supplier has offered us a free 30 day trial of their AI minute-taking software. can i sign up and try it on a couple of meetings", NA, [P+"9.1", P+"3.2", P+"6.12"], True),
 ("we're recruiting a policy officer and got 60 applications. can copilot chat sift them and make a shortlist for the panel", N, [P+"6.4"], False),
 ("can i use copilot chat to draft the job advert and a few interview questions for the policy officer role", Y, [P+"6.4"], False),
 ("my manager asked me to summarise Dave Pemberton's sickness absence history and his OH report before his capability meeting, can i use copilot chat for the summary", N, [P+"5.8"], False, ["Dave Pemberton"]),
 ("we run a youth commission - can i put the young people's names, ages (14-17) and schools into copilot chat to make a contact list and draft letters to them", N, [P+"5.7"], False),
 ("the force has sent over a gold group update on the flooding incident marked OFFICIAL-SENSITIVE. can i get copilot chat to summarise it for the commissioner's morning briefing", N, [P+"5.10"], False),
 ("can i use copilot chat to summarise the force's published quarterly crime figures for the panel report", Y, [P+"5.1", R+"Microsoft 365 Copilot Chat"], False),
 ("the force gave us their unpublished 999 call handling figures for the accountability meeting, no names at all. can these go into copilot chat to make charts", NA, [P+"5.10", P+"5.2"], False),
 ("can copilot chat look at the custody visitor attendance spreadsheet and tell me which volunteers we should stand down from the scheme", N, [P+"6.1"], False),
 ("can i ask copilot chat whether the commissioner has the power under the police reform and social responsibility act to fund this project? need it for the decision notice", N, [P+"6.5"], False),
 ("thinking of putting a chatgpt chatbot on our website to answer victims' questions about their rights under the victims code. ok?", N, [P+"6.6", P+"5.5"], False),
 ("comms - can we use firefly to put the commissioner into a photo of the new fire station for a social post? she couldnt make the opening", N, [P+"6.7", F+"can-we-make-an-ai-image-or-video-of-the-commissioner"], False),
 ("could we clone the PFCC's voice with elevenlabs for the radio advert so she doesnt have to come in and record it", N, [P+"6.7", R+"ElevenLabs"], False),
 ("im in the comms team, can i use adobe firefly to make a generic image of a lit street at night for the safer streets campaign? no people in it", Y, [R+"Adobe Firefly", P+"6.8", P+"8.3"], False),
 ("im in the commissioning team (not comms) - can i use adobe firefly to make a banner image for our victims' week event", N, [P+"3.4", R+"Adobe Firefly"], False),
 ("do we have to say somewhere that an image in the annual report was made with AI?", ["info", "conditional"], [P+"8.3", F+"do-i-have-to-label-things-i-have-written-with-ai"], False),
 ("if copilot helped me write a press release and my manager has checked it, does it need an AI label?", ["info", "allowed", "conditional"], [P+"8.4", F+"do-i-have-to-label-things-i-have-written-with-ai"], False),
 ("can i turn on teams transcription for our team meeting on monday? just us in the office", Y, [P+"6.9", R+"Microsoft Teams transcription and recap", F+"can-i-use-teams-transcription-or-recap-in-my-meeting"], False),
 ("i've got a call with a victim who wants to complain about how their case was handled, can i use teams recap so i dont have to take notes", N, [P+"6.10", P+"5.5"], False),
 ("the pcp meeting next week has a private session on the chief exec appointment - can i use teams transcription just for that bit so the minutes are accurate", N, [P+"6.11"], False),
 ("can i use copilot chat to summarise the published minutes of the september police and crime panel for the staff briefing", Y, [P+"6.11", P+"5.1"], False),
 ("can i use otter to take notes at the community safety partnership meeting? the chair is ok with it", N, [P+"6.12", R+"Otter.ai"], False),
 ("the commissioner's public accountability board with the chief constable is next tuesday - can we switch on teams recap to help with the minutes?", U, [P+"6.13", F+"can-i-use-teams-transcription-or-recap-in-my-meeting"], True),
 ("a member of the public has written to us in polish asking when the commissioner's next surgery is. can i use deepl to translate my reply? its just dates and venue", NA, [P+"6.14", R+"DeepL"], True),
 ("complainant writes to us in polish about his complaint review - can i put our reply letter through a translation tool before sending", NA, [P+"6.14", P+"5.6"], False),
 ("can i use deepl to translate our published victims' code leaflet into polish for the website", Y, [R+"DeepL", P+"5.1"], False),
 ("its the pre-election period for the PFCC election - can i get copilot chat to draft a social post celebrating the commissioner's record on cutting burglary", N, [P+"7.1", F+"what-changes-in-the-pre-election-period"], False),
 ("we're in purdah at the moment, can i use copilot chat to draft a website notice about the office christmas closure dates", ["conditional"], [P+"7.2", F+"what-changes-in-the-pre-election-period"], False),
 ("can the commissioner use copilot on her office laptop to write leaflets for her re-election campaign", N, [P+"7.3"], False),
 ("can i use copilot chat to help draft my report to the police and crime panel on the precept proposal", Y, [P+"8.2", R+"Microsoft 365 Copilot Chat"], False),
 ("copilot chat gave me an excel formula to work out grant spend per quarter - ok to use it in our grants tracker? no personal data in it", Y, [P+"10.1"], False),
 ("chatgpt wrote me a VBA macro that auto-sends reminder emails to custody visitors from the rota spreadsheet, can i just run it", N, [P+"10.2", P+"10.3"], False),
 ("can i set up a copilot agent to reply automatically to emails coming into the enquiries inbox", N, [P+"10.3"], False),
 ("im an independent custody visitor, can i use chatgpt on my own laptop to write up my visit report about the detainees we spoke to last night", N, [P+"5.4", P+"1.2", F+"can-custody-visitors-use-ai-to-write-up-their-visit-reports"], False),
 ("who do i report a data slip to? i pasted an email from a victim into chatgpt by mistake", I, [P+"11.1", F+"i-have-put-something-into-the-wrong-tool-what-should-i-do"], False),
 ("who approves new AI tools here?", I, [P+"2.1", P+"3.2"], False),
 ("do i need to do any training before i start using copilot chat", I, [P+"11.3"], False),
 ("where's the list of approved ai tools kept?", I, [P+"2.2", F+"which-ai-tools-can-i-use-at-work", P+"A.1"], False),
 ("are my copilot chats disclosable if someone puts in an FOI?", I, [P+"8.5"], False),
 ("how do i book the big meeting room on the chief exec's corridor", O, [], False),
 ("whats the mileage rate for ICV volunteers driving to custody suites", O, [], False),
 ("can the councillors on the police and crime panel use our copilot chat to prep their questions for the commissioner?", NA, [P+"1.2", P+"1.4"], False),
 ("a community safety project we grant-fund wants to use chatgpt with the young people on their programme - does our policy allow that under the grant?", U, [P+"1.4", P+"1.2"], True),
 ("can copilot chat draft a letter to Mrs Hannah Kowalski (07700 900461) whose son was arrested last week and who's complained about his treatment in custody", N, [P+"5.4", P+"5.6"], False, ["Hannah Kowalski", "07700 900461"]),
 ("need to do a victim referral for Ben Akintola dob 14/03/1989 to the support service, can copilot draft the referral form for me", N, [P+"5.5"], False, ["Ben Akintola", "14/03/1989"]),
 ("can i use copilot chat to draft a reply to a councillor's letter about antisocial behaviour in her ward? it's got her name and email address in it but nothing sensitive", Y, [P+"5.3", R+"Microsoft 365 Copilot Chat"], False),
 ("can i use copilot chat to summarise the fire service's published community risk management plan for the commissioner before the fire governance board", Y, [P+"5.1", R+"Microsoft 365 Copilot Chat"], False),
 ("im in the policy team - can i use M365 copilot in word (the licensed one the complaints team has) on my panel papers?", NA, [P+"3.4", R+"Microsoft 365 Copilot"], False),
 ("is gemini ok? i'd use my work email to sign up", NA, [P+"3.2", F+"the-tool-i-want-is-not-on-the-register-can-i-just-try-it"], True),
 ("CRT member, my copilot licence hasn't come through yet - can i use plain copilot chat on the review file for now?", N, [P+"5.6", R+"Microsoft 365 Copilot Chat"], False),
]
with open("cases.jsonl", "w", encoding="utf-8") as f:
    for i, c in enumerate(C, 1):
        d = {"id": f"CPF{i:03d}", "question": c[0], "verdict": c[1], "clauses": c[2], "escalate": c[3]}
        if len(c) > 4:
            d["pii"] = c[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
