import json
P = "rvca-generative-ai-policy.md#"
F = "ai-faq-for-staff-and-volunteers.txt#"
def p(*ids): return [P + i for i in ids]
YES = ["allowed", "conditional"]; NO = ["not_allowed"]; UNS = ["unsure"]; INFO = ["info"]; OOS = ["out_of_scope"]
C = [
# --- plain yes ---
("can i use copilot chat on my work account to tidy up the reception volunteer rota notes? no client stuff in it just who's on which day", YES, p("4.1"), False, None),
("hi, im rewriting our internal procedure for opening and locking up the clitheroe office, ok to get copilot chat (work login, green shield showing) to make it read better?", YES, p("4.1", "6.3"), False, None),
("quick one - drafting the december staff & volunteer newsletter, can copilot help me write it? its just news, training dates, xmas party", YES, p("4.1"), False, None),
("is it ok to ask copilot chat to summarise the new gov.uk guidance on the UC migration notices so i understand it better before my shift? not for any client just for my own learning", YES, p("7.8", "4.1", "6.4"), False, None),
("can i run our new energy bills leaflet thru hemingway to check its plain english before it goes to the printers", YES, p("4.4"), False, None),
("want to use copilot chat to draft the job advert and role description for the new volunteer adviser posts, is that allowed?", YES, p("9.1", "4.1"), False, None),
("we had a team meeting this morning (no clients discussed, just the new phone system), i took notes by hand and typed them up. can i paste them into copilot on my work account to tidy them into minutes?", YES, p("9.4", "4.1") + [F + "can-i-use-copilot-to-tidy-up-our-team-meeting-notes"], False, None),
("could copilot chat help me write a spreadsheet formula to total volunteer hours per month? i'd test it on made up numbers first", YES, p("9.5", "4.1"), False, None),
("writing a bid to the community foundation, can i use copilot to help draft the 'need' section using the figures from our published annual report (no client detail)?", YES, p("9.3", "4.1", "6.4"), False, None),
("can copilot draft a couple of facebook posts advertising our drop in session at longridge library next month", YES, p("8.1", "4.1"), False, None),
("im a volunteer and work from home on my own laptop. if im logged into the charity microsoft account copilot chat can i use it to draft a training quiz for new reception volunteers?", YES, p("10.2", "4.1"), False, None),
("for volunteer training i want copilot to help me write a totally made up role play scenario about a customer with a broken boiler - not based on any real client at all. ok?", YES, p("5.4", "4.1"), False, None),
("can i use copilot chat to put together an agenda for the all staff away day?", YES, p("4.1"), False, None),
("i'd like copilot to help draft a new leaflet explaining pension credit for our outreach stall. joanne has said she'll check it before it goes out. fine?", YES, p("8.1", "8.2"), False, None),
("hemingway ok for checking the readability of the text for our new 'help with water bills' web page?", YES, p("4.4"), False, None),
# --- tools not approved / accounts / devices ---
("can i use chatgpt (free version) to help me write an email to the landlord about the leaking office roof? nothing about clients", NO, p("4.5", "3.5", "3.1"), False, None),
("is google gemini ok for brainstorming ideas for our volunteer week celebration", NO, p("4.5", "3.5"), False, None),
("i pay for chatgpt plus on my own account, can i use it at home to draft the volunteer handbook update? its better than copilot tbh", NO, p("10.1", "4.5"), False, None),
("can i log in to copilot with my personal hotmail microsoft account instead of the work one, the work one keeps timing out", NO, p("10.1", "4.1"), False, None),
("someone said deepseek is really good at writing, can we use it for our annual report draft?", NO, p("4.5"), False, None),
("is grammarly ok to check my spelling in a letter to a client's creditor", NO, p("4.5", "7.3", "5.1"), False, None),
("i've put in the AI request form for claude, can i try it out while i wait to hear back, just on some internal stuff to see if it's any good?", NO, p("3.4", "3.1"), False, None),
("my line manager said it's fine for our team to use perplexity for research on funding opportunities, is that right?", ["not_allowed", "unsure"], p("3.6", "3.5", "3.1"), True, None),
("can i use notion ai to organise the campaigns team's project plans", ["not_allowed", "unsure"], p("3.5", "3.1"), True, None),
("can i use hemingway to check the readability of our funding bid before it goes to the lottery", NO, p("4.4", "3.2"), False, None),
("is it ok to use hemingway on a letter i'm sending to a client explaining their options", NO, p("4.4", "5.1"), False, None),
("can we turn on copilot in outlook so it summarises long email threads for the admin team?", NO, p("4.3"), False, None),
# --- client information, all kinds ---
("can i paste my case notes from this morning into copilot chat to get a summary for the file? its my work account", NO, p("5.1", "5.2", "4.2"), False, None),
("if i take out the name and address can i put a client's situation into copilot to help me think through the options? e.g. single mum, 2 kids, rent arrears, works at the mill in whalley", NO, p("5.3", "5.1"), False, None),
("client Mariusz Nowak came in with a letter from the Home Office about his pre-settled status, can i put the letter into copilot to get a plain english summary for him", NO, p("5.1", "5.2"), False, ["Mariusz Nowak"]),
("a client disclosed domestic abuse in her appointment today, can i use copilot to help me write up the safeguarding referral? won't put her name in", NO, p("5.1", "5.2", "7.6"), False, None),
("can copilot help me sort through a client's PIP medical evidence (GP letters, consultant report) to pick out the bits that matter for the descriptors?", NO, p("5.1", "5.2", "7.6"), False, None),
("i've got a client whose kids' school has written about attendance, can i upload the school letter to copilot to explain it to her", NO, p("5.1", "5.2"), False, None),
# --- advice work rules ---
("can i ask copilot whether a DRO or bankruptcy would be better for someone with £28k of debts and no assets? no names, just the numbers", NO, p("7.3", "5.1"), False, None),
("client is Sandra Whitworth, dob 14/03/1971, NI QQ123456C, she's just moved in with her partner. can i get copilot to work out roughly what UC she'd get now?", NO, p("7.2", "5.1"), False, ["Sandra Whitworth", "14/03/1971", "QQ123456C"]),
("can copilot draft a standard letter to creditors asking for a breathing space style hold on collection? i'd fill in the client details afterwards in word", NO, p("7.3", "7.6"), False, None),
("can i use otter to record and transcribe my help to claim phone appointments so i don't have to type while they talk", NO, p("7.4", "4.5"), False, None),
("my phone has a new call summary feature, can i use it when clients ring me back on the work mobile? it'd save loads of time", NO, p("7.4", "10.3"), False, None),
("client brought in a letter in polish from her bank, ok to pop it into google translate to see what its about?", NO, p("7.5", "5.1") + [F + "what-about-translating-a-letter-a-client-has-brought-in"], False, None),
("i've written a mandatory reconsideration request for a client, can copilot improve the wording if i strip out the personal details?", NO, p("7.6", "5.3"), False, None),
("could i get copilot to double check the advice i gave on a council tax reduction query before i send the follow up email? no client name", NO, p("7.1", "5.3"), False, None),
("we've got a backlog of 60 debt cases, can AI help us prioritise which to see first based on vulnerability", NO, p("7.7", "5.1"), False, None),
("can we put an AI chatbot on our website to answer basic questions out of hours?", NO, p("9.6"), False, None),
("can i set up a power automate flow with copilot that automatically emails clients appointment reminders and updates the case record", NO, p("9.6"), False, None),
# --- staff/HR, recruitment, commercial, confidential ---
("we've had 40 applications for the debt caseworker job, can copilot help shortlist them against the person spec?", NO, p("9.1"), False, None),
("i'm writing up a supervision for one of my volunteers, Dave Hargreaves (volunteer ref VOL-0447), who's had a lot of sickness lately - can copilot help me phrase it kindly?", NO, p("6.1", "9.2"), False, ["Dave Hargreaves", "VOL-0447"]),
("can i put the three quotes we got for the new phone system into copilot and ask it which is best value", NO, p("9.3", "6.2"), False, None),
("trustees want a summary of the confidential board paper on the restructure, ok to use copilot chat on my work account for that?", NO, p("6.3"), False, None),
("i need to draft an email to the staff team about the volunteer rota changes, can i paste in everyone's home phone numbers and addresses so copilot can make a contact list?", NO, p("6.1", "4.2"), False, None),
("we're in a dispute with an ex employee, can i ask copilot what our legal position is under employment law", NO, p("9.7", "6.1"), False, None),
# --- publication, images ---
("copilot drafted our new leaflet on disability benefits, we're short on time so can it go on the website today without an adviser looking at it", NO, p("8.2"), False, None),
("do we really need to put the 'drafted with AI' line on the leaflet copilot mostly wrote? it looks a bit off putting", NO, p("8.3"), False, None),
("can i use an ai image generator to make a cartoon of our chief officer for her leaving card / the newsletter", NO, p("8.4", "4.5"), False, None),
("can i make a poster image with midjourney for the longridge drop in?", NO, p("4.5", "8.4") + [F + "can-i-make-a-poster-image-with-ai-for-a-drop-in-session"], False, None),
("for the annual report i want to use a client story (anonymised obviously) - can copilot help rewrite it to be punchier?", NO, p("8.5", "5.3"), False, None),
# --- undecided ---
("a client asked if she could use chatgpt on her own phone during our appointment to help write her own personal statement for her tribunal, with me helping. is that ok?", UNS, p("11.1"), True, None),
("i'm dyslexic and my OT assessment recommends dragon dictation with the AI features - can i use it to dictate my case notes as a reasonable adjustment?", UNS, p("11.2"), True, None),
("research & campaigns team want to stick our quarterly anonymous trend figures (numbers only, no case details) into copilot chat to help spot patterns, allowed?", UNS, p("11.3"), True, None),
("the new AI summary button has appeared in the national case recording system, are we allowed to use it?", ["unsure", "info"], p("1.4"), False, None),
# --- info ---
("who do i report it to if i accidentally pasted a client's email into copilot??", INFO, p("12.1") + [F + "what-should-i-do-if-i-ve-put-something-in-an-ai-tool-by-mistake"], False, None),
("how do i get a new ai tool approved", INFO, p("3.3") + [F + "how-do-i-ask-for-a-new-tool-to-be-approved"], False, None),
("who actually decides which ai tools we can use", INFO, p("3.1") + [F + "who-decides-what-is-allowed"], False, None),
("what ai tools are we allowed to use at the moment?", INFO, [F + "which-ai-tools-can-i-use-right-now"] + p("3.5", "4"), False, None),
("what happens if a volunteer breaks the ai policy?", INFO, p("12.4"), False, None),
("what exactly is the wording we have to put on published stuff drafted with ai?", INFO, p("8.3"), False, None),
("hi, I'm covering reception - a client, Mr Brian Ashworth (07700 900431, brian.ashworth@example.com), says he heard we put his info in ChatGPT and is upset. who do i pass this to?", INFO, p("12.1", "12.3", "5.5"), False, ["Brian Ashworth", "07700 900431", "brian.ashworth@example.com"]),
# --- out of scope ---
("how do i book annual leave in the HR system?", OOS, [], False, None),
("whats the wifi password for the clitheroe office", OOS, [], False, None),
("can i claim mileage for driving to the longridge outreach session", OOS, [], False, None),
]
with open("cases.jsonl", "w") as f:
    for i, (q, v, cl, esc, pii) in enumerate(C, 1):
        d = {"id": f"RVC{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii: d["pii"] = pii
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
