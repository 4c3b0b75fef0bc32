import json
P = "hlat-ai-use-policy.md#"; R = "hlat-ai-tools-register.csv#"; F = "hlat-ai-staff-faq.md#"
YES = ["allowed", "conditional"]; NO = ["not_allowed"]; UNS = ["unsure"]; INFO = ["info"]; OOS = ["out_of_scope"]
NA_ESC = ["not_allowed", "unsure"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# ---- plain yes: ordinary permitted work
c("hi, can i use copilot chat (work login) to tidy up an email to the branch teams about the new saturday rota? nothing personal in it", YES, [R+"Microsoft 365 Copilot Chat", P+"5.3", P+"3.2"])
c("doing the summer reading challenge launch poster + blurb for the website, ok to get copilot chat to draft the text?", YES, [P+"6.4", F+"can-i-use-ai-for-rhyme-time-the-summer-reading-challenge-or-other-children-s-activities", R+"Microsoft 365 Copilot Chat"])
c("is it ok to ask chatgpt for some new rhyme time song ideas and actions for under 5s? just general ideas, no kids names or anything", YES, [P+"6.4", R+"ChatGPT", F+"can-i-use-ai-for-rhyme-time-the-summer-reading-challenge-or-other-children-s-activities"])
c("we need our opening hours leaflet in urdu and polish for the new central library, can i run it through deepl?", ["conditional"], [P+"10.8", R+"DeepL Pro"])
c("archivist here - want to use transkribus on the open 1840s parish vestry minutes to speed up transcription for the online catalogue. fine?", ["conditional"], [P+"7.3", R+"Transkribus", P+"7.4"])
c("comms team: can i use adobe firefly to make a background image of bookshelves and autumn leaves for the book festival poster", ["conditional"], [R+"Adobe Firefly", P+"12.2", P+"9.3"])
c("I've got an M365 Copilot licence, can I have Copilot take notes and actions from our monthly branch managers Teams meeting?", ["conditional"], [P+"10.6", R+"Microsoft 365 Copilot", F+"can-copilot-take-the-notes-in-my-teams-meeting"])
c("digital team q - can I use github copilot on our work seat to help fix the css on the events pages of the website", ["conditional"], [P+"10.10", R+"GitHub Copilot"])
c("could i use copilot chat to make an easy read version of our published customer charter? it's already on the website", YES, [P+"10.9", P+"5.2"])
c("need to write the advert and role description for a new library assistant post at Northfield branch. ok to use copilot chat to draft from our old JD?", YES, [P+"10.2", R+"Microsoft 365 Copilot Chat"])
c("can i use gemini to summarise the published DCMS report on public libraries for my team briefing", YES, [R+"Google Gemini", P+"5.2"])
c("got a complaint from daniel.okafor82@gmail.com about noise in the quiet study area, can copilot chat help me word a reply? i'll paste his email in", ["conditional", "not_allowed"], [P+"6.2", F+"can-i-put-a-member-s-details-into-copilot-chat-to-help-answer-a-complaint", P+"5.4"], pii=["daniel.okafor82@gmail.com"])
c("we're drafting the spec for replacing the self-service kiosks. can i use copilot chat to help write the requirements section (no supplier info in it)?", YES, [P+"10.5", P+"5.3"])
c("can i use canva magic write through our trust canva account to draft some instagram posts about half term events", ["conditional"], [R+"Canva Magic Studio", P+"12.2"])
c("can i use copilot chat from the teams app on my own phone when i'm out on the mobile library? logged in with my trust account", YES, [P+"4.4", R+"Microsoft 365 Copilot Chat"])
c("using chatgpt on my personal phone to come up with quiz questions for the local history society talk, all from published stuff. is that ok?", YES, [F+"can-i-use-chatgpt-on-my-own-phone-for-work", P+"4.2", R+"ChatGPT"])
c("can i get copilot chat to pull together a summary of our anonymised footfall and issue figures for the annual report draft?", YES, [P+"5.3", R+"Microsoft 365 Copilot Chat"])
c("can I summarise the draft board papers (not published yet) with copilot chat signed in with my work account?", YES, [P+"5.6", R+"Microsoft 365 Copilot Chat", P+"5.3"])
c("if i use copilot chat to help draft an FOI response about our opening hours stats, is that ok?", YES, [P+"12.4", P+"12.1"])
c("drafting the text panels for the new 'hallamshire at war' exhibition with copilot chat, all from published sources. anything i need to do?", ["conditional", "info"], [P+"12.3", P+"12.1"])
c("used transkribus on some open records, can the transcriptions go straight onto the online catalogue?", ["conditional", "not_allowed"], [P+"7.4", P+"7.3"])

# ---- prohibited tools
c("can we let otter.ai join our team meetings to take notes? one of the managers uses it already", NO, [R+"Otter.ai", P+"10.6"])
c("deepseek is really good and free, can i use it just for summarising public council reports?", NO, [R+"DeepSeek", P+"3.4"])
c("can i install the grammarly extension on my work laptop, it helps my spelling", NO, [R+"Grammarly", P+"4.3", P+"3.4"])
c("someone suggested using deep nostalgia to animate the 1910 photo of the mill girls from the archive for our facebook page, can we?", NO, [P+"9.4", R+"Face-swap and photo animation apps", P+"9.1"])

# ---- accounts, devices, information kinds
c("can i paste the draft 2027 budget into my personal chatgpt plus account to tidy up the narrative?", NO, [P+"4.2", P+"5.6", R+"ChatGPT"])
c("can i put the board papers into chatgpt (free version) to shorten them? they're not published yet", NO, [R+"ChatGPT", P+"5.6"])
c("i want to give members better recommendations - can i put a member's borrowing history into copilot chat and ask for suggestions?", NO, [P+"6.1"])
c("I have the booking list for code club (Amelia Hart, age 7, St Luke's primary etc) can copilot chat make name certificates for them?", NO, [P+"6.3", P+"5.5"], pii=["Amelia Hart"])
c("Mrs Eileen Whitcombe (member 20019834) on the home library service has early dementia, can I put her notes into copilot chat to plan her visits better?", NO, [P+"5.5", P+"6.1"], pii=["Eileen Whitcombe", "20019834"])
c("can copilot chat summarise a volunteer's DBS disclosure and health form so i can decide where to place them", NO, [P+"6.5", P+"5.5", P+"10.1"])
c("Gareth Pryce has been off sick with stress since 3 Nov (NI JK 42 19 83 C). can i use copilot to summarise his absence record for the HR meeting?", NO, [P+"10.3", P+"5.5"], pii=["Gareth Pryce", "JK 42 19 83 C"])
c("can i copy the friends group mailing list from outlook on my phone into chatgpt to personalise the newsletter", NO, [P+"4.4", P+"4.2"])
c("what's the problem with putting the central library alarm code into copilot chat, it's only for the lockup procedure doc", NO, [P+"5.7"])
c("our wifi at home is down, can i use one of the public PCs in the library to do my work stuff in chatgpt?", NO, [P+"4.5"])
c("can deepl translate a letter to a member about their overdue items and fines? it has their name and address in", NO, [R+"DeepL Pro", P+"5.4", P+"6.2"])

# ---- archives and copyright
c("can i upload scans from the closed adoption case files (ref ARC/CL/2024/117) into copilot to create a summary for the access request?", NO, [P+"7.1"], pii=["ARC/CL/2024/117"])
c("the Fenwick family papers were deposited with a condition that no copies are made without their permission - ok to run them through transkribus?", NO, [P+"7.2", R+"Transkribus"])
c("the 1950s hospital admissions registers are open in the searchroom, can i use transkribus to index them?", NO, [P+"7.5", P+"5.5"])
c("book club want a summary of this month's novel, can i upload the ebook from borrowbox into chatgpt and get it to summarise each chapter", NO, [P+"8.1"])
c("can we get firefly to do illustrations for our kids trail leaflet in the style of a well known living childrens illustrator? people love her stuff", NO, [P+"8.3"])

# ---- images and likeness
c("for the author event poster can i use AI to make a picture of the author (she's alive, quite famous) reading in our library?", NO, [P+"9.1"])
c("can i upload photos from last week's storytime (kids faces visible) to an AI photo enhancer to fix the lighting", NO, [P+"9.2", P+"6.3"])

# ---- activities
c("one of our regulars was abusive to staff again. can copilot look at the incident notes and recommend whether we ban him?", NO, [P+"10.1"])
c("40 applications for the archives assistant job. can i get copilot chat to score them against the person spec to save time?", NO, [P+"10.2"])
c("a member asked about side effects of their medication, can i look it up in chatgpt and tell them what it says?", NO, [P+"10.4"])
c("we want to digitise a 1960s photo collection and put it online - can i ask chatgpt whether we have copyright clearance?", NO, [P+"10.4", P+"8.1"])
c("we've had 3 tenders for the shelving contract, can copilot chat compare their prices and score them?", NO, [P+"10.5"])
c("can we set up a copilot agent to automatically email overdue reminders and post our events to facebook each week without anyone checking?", NO, [P+"10.11"])
c("can we record enquiry desk conversations and use AI to transcribe them for training?", NO, [P+"10.7"])
c("can i just add a chatgpt-powered chatbot to the catalogue website to answer members' questions? it's a quick plugin", NO, [P+"11.1"], esc=True)
c("can we sell AI-generated postcards of the town in the shop?", ["conditional", "not_allowed"], [P+"8.4"])

# ---- tools not on the register
c("can i use claude to draft the friends newsletter? no personal info in it", NA_ESC, [P+"3.3", F+"what-if-the-tool-i-want-is-not-on-the-register"], esc=True)
c("is perplexity ok for researching the history of the carnegie libraries for a display?", NA_ESC, [P+"3.3", F+"what-if-the-tool-i-want-is-not-on-the-register"], esc=True)
c("the library management system has a new 'AI summary' button for member records after the update, can we start using it?", NA_ESC, [P+"3.5", P+"3.3"], esc=True)
c("midjourney for the christmas lights switch-on poster?", NA_ESC, [P+"3.3", F+"what-if-the-tool-i-want-is-not-on-the-register"], esc=True)
c("want to use elevenlabs to make a generic narrator voice for the audio guide at the archives exhibition - allowed?", NA_ESC, [P+"3.3"], esc=True)

# ---- undecided / not settled
c("our transcription volunteers are asking if they can use copilot chat for the parish register project. can they?", UNS, [P+"13.1", F+"can-volunteers-use-copilot-for-our-transcription-projects"], esc=True)
c("can i use AI to transcribe the 1980s oral history interviews with miners from the collection so we can make summaries?", UNS, [P+"13.2"], esc=True)
c("can we colourise a really old photo from 1892 of the market square for the website? it's well out of the 100 years", NA_ESC, [P+"13.3", P+"9.4"], esc=True)
c("a university researcher wants to run AI text mining over our digitised open newspaper collection (all out of copyright). do we allow that?", UNS, [P+"8.2", P+"8.1", P+"1.2"], esc=True)

# ---- info
c("help, I pasted a volunteer's mobile number 07700 900461 into chatgpt by mistake - who do i tell??", INFO, [P+"14.1", F+"i-think-i-put-something-i-shouldn-t-into-an-ai-tool-what-do-i-do"], pii=["07700 900461"])
c("who approves new AI tools here?", INFO, [P+"2.1", P+"3.3"])
c("what counts as special category info under the AI policy", INFO, [P+"5.1", P+"5.5"])
c("how often does the AI policy get reviewed", INFO, [P+"15.1"])
c("do i have to label AI images when we post them on instagram?", ["info", "conditional"], [P+"12.2"])
c("do I need to do any training before I start using copilot?", INFO, [P+"2.4"])

# ---- out of scope
c("how do i renew a member's card that expired last month", OOS, [])
c("what's the process for booking annual leave over christmas", OOS, [])

with open("cases.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"HLA{i:03d}", **d}, ensure_ascii=False) + "\n")
print(len(C))
