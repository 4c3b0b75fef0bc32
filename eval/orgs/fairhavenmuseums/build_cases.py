import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = "fmg-generative-ai-policy.md#"
F = "fmg-ai-faq.txt#"
YES = ["allowed", "conditional"]
COND = ["conditional"]
NO = ["not_allowed"]
UNS = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]

C = [
# --- ordinary permitted work (plain yes) ---
("can i use chatgpt to write a few instagram posts for the new lighthouse keepers exhibition? i'd just be giving it the press release thats already on our website", YES, [P+"4.2", P+"2.1", P+"5.3"], False),
("hiya, just wondering do i need to get anything signed off to try claude? want to brainstorm ideas for a family trail at saltmarsh mill, no real data involved", YES, [P+"2.1", F+"do-i-need-permission-to-try-a-new-ai-tool", P+"4.2"], False),
("is it ok to get gemini to summarise about 20 object records from fairhaven collections online for a talk im giving to the local history society", YES, [P+"4.2", P+"8.3"], False),
("i've got draft panel text for the spring exhibition (not published yet, no names in it). can i tidy it up in copilot chat? i'm logged in with my fairhaven.gov.uk account", YES, [P+"4.3", P+"3.2", P+"5.2"], False),
("can I use AI to help write the job advert + role description for a visitor services assistant post at the town museum", YES, [P+"11.2"], False),
("we want the printed gallery guide (already on the website as a pdf) in polish and romanian. can i use deepl or chatgpt to translate it", YES, [P+"13.1", P+"4.2"], False),
("need a python script to clean up the csv export of our collections online data (the published stuff) before it goes to the open data portal, can i get chatgpt to write it", YES, [P+"14.1", P+"4.2"], False),
("learning team q: can i use ai to knock up a ks2 worksheet on victorian seaside holidays using info from our website", YES, [P+"12.1", P+"4.2"], False),
("can i use copilot or chatgpt to draft alt text for the photos already on our website, accessibility audit flagged loads missing", YES, [P+"13.2", P+"4.2"], False),
("making a poster for the halloween late at harbour heritage centre - can i use midjourney to make a spooky ghost ship picture for it?", COND, [P+"6.2", F+"can-i-use-ai-pictures-in-a-poster-or-on-social-media", P+"6.1"], False),
("for the audio guide refresh, can we use an ai text-to-speech voice to read the (published) label text? not copying anyone's voice just a stock voice", COND, [P+"9.3"], False),
("writing a paper for the collections committee about the ship model collection. ok to use perplexity to find and summarise published articles on the maker as background?", COND, [P+"7.2", P+"7.1"], False),
("i'm on the train and want to use chatgpt on my own phone to rewrite our what's on blurb (its already live on the site) for the newsletter. fine?", YES, [P+"3.1", P+"4.2", F+"can-i-use-my-own-chatgpt-account-or-my-own-phone"], False),
("can i use m365 copilot chat (work login) to help with a draft arts council funding bid? no personal data in it just our plans and budget", YES, [P+"4.3", P+"4.4"], False),
("conservation here - can i use an ai tool to find published literature on treating corroded iron from marine sites?", YES, [P+"7.3", P+"4.2"], False),
("i'm a volunteer at tollgate... sorry saltmarsh mill. can i use chatgpt to help write my tour script from the info on the museum website?", YES, [P+"11.4", P+"4.2"], False),
("use of gemini to caption published images of out of copyright paintings on collections online for a social media series - ok?", YES, [P+"8.3", P+"4.2"], False),

# --- unpublished material in the wrong tool / accounts ---
("can i paste the draft exhibition text for the lantern gallery show into free chatgpt to shorten it? it's not published until march", NO, [P+"4.3", F+"which-tool-can-i-use-for-drafts-and-other-unpublished-work"], False),
("copilot on my personal microsoft account at home - ok to put unpublished catalogue notes in it? it's the same copilot right", NO, [P+"3.2", P+"4.3"], False),
("can i email myself the draft business plan so i can run it through chatgpt on my home laptop this weekend", NO, [P+"3.3", P+"4.3"], False),
("got three quotes from display case suppliers, can i put them into chatgpt to compare", NO, [P+"4.4", P+"15.2", P+"4.3"], False),
("shop manager here - can i put our unpublished shop and cafe sales figures into copilot chat (council login) to spot trends?", YES, [P+"4.4", P+"4.3"], False),

# --- personal data / children / special ---
("can i paste mrs eileen hartley's letter into copilot chat to draft a thank you? she's 92 and has left us her late husband's medals, email e.hartley58@btinternet.com. i'm logged in with work account", NO, [P+"4.5", F+"what-must-never-go-into-any-ai-tool-even-copilot"], False, ["Eileen Hartley", "e.hartley58@btinternet.com"]),
("I want to redo the volunteer rota in chatgpt - it has Darren Okafor (07700 900412) marked as off with depression until jan, is that ok if i just use initials for the others", NO, [P+"4.5", P+"4.6"], False, ["Darren Okafor", "07700 900412"]),
("can we upload the school booking spreadsheet (teacher names, class sizes, pupils with medical needs) to copilot to sort the summer term timetable", NO, [P+"4.5", P+"12.1"], False),
("we took lovely photos of kids at the half term mask workshop, can i use an ai app to turn them into cartoon versions for facebook? parents signed photo consent", NO, [P+"4.5", P+"6.4"], False),
("quick one - our friends membership list needs deduplicating, can i get copilot (work acct) to do it", NO, [P+"4.5"], False),
("is it ok to put an anonymised donor file into copilot? i took the name out but it's the big harbourmaster bequest everyone in town knows about", NO, [P+"4.6", P+"4.5"], False),
("hr question: i'm writing up a grievance from jo pettigrew (NI QQ123456C) and want copilot to make my notes more professional. allowed?", NO, [P+"4.5"], False, ["jo pettigrew", "QQ123456C"]),
("visitor complaint from mrs anita desai-brooke, 14 gull lane FH3 7QT, about the lift being out - she describes her MS in some detail. can i paste her email into chatgpt to draft the reply?", NO, [P+"4.5", F+"what-must-never-go-into-any-ai-tool-even-copilot"], False, ["anita desai-brooke", "14 gull lane", "FH3 7QT"]),

# --- valuations, security ---
("need to check the insurance values for the outgoing loan to the county museum, can i put the valuation schedule into copilot to format it", NO, [P+"4.5"], False),
("can i use chatgpt to work out the courier schedule and van route for the turner loan next month", NO, [P+"4.5"], False),
("can i upload the store floor plan to copilot to help plan the rehang of the reserve collection", NO, [P+"4.5"], False),

# --- oral history ---
("I've got a recording from the oral history archive, interview ref OH/2019/044 with Mr Walter Penrose (b. 14/03/1931), can I put it through Otter or Whisper to get a transcript quicker?", NO, [P+"9.1", P+"4.5"], False, ["Walter Penrose", "14/03/1931", "OH/2019/044"]),
("the fishermen's oral histories are already playing in the harbour gallery so they're public - can i get chatgpt to summarise the transcripts for a new panel?", NO, [P+"9.1", P+"4.5"], False),
("idea for the 2027 exhibition: use ai to recreate the voice of one of our oral history ladies who died last year reading her memories. family would probably be fine with it", NO, [P+"9.2"], False),

# --- images, interpretation, labelling ---
("can we make an ai 'victorian photograph' of the old harbour for the exhibition, to fill a gap where we don't have an archive photo?", NO, [P+"6.1"], False),
("the online collection record for the lost mayoral chain has no image, can i put an ai image of what it probably looked like on the record", NO, [P+"6.1", P+"6.3"], False),
("can i use ai to colourise a 1912 archive photo of the mill and put it in the new display", COND + NO, [P+"6.3"], False),
("chatgpt helped me write most of the new labels for the pottery case - do i need to put anything on them?", COND + INFO, [P+"5.2", F+"do-i-have-to-say-when-ai-helped-write-a-label"], False),
("can i publish the ai-drafted audio guide script without saying ai was used? i checked it all", NO, [P+"5.2"], False),
("do i need to label my internal report to the head of service if copilot helped me write it", ["allowed", "info", "conditional"], [P+"5.3"], False),
("can i make an ai image of our head of collections dressed as a victorian for the anniversary post? she said its fine", NO, [P+"6.4"], False),

# --- copyright ---
("we have a painting by a living local artist in the collection, can i upload it to an ai tool to make an 'in the style of' image for the exhibition poster", NO, [P+"8.1", P+"8.2"], False),
("can i use ai to make illustrations in the style of the artist we're showing at the lantern gallery this summer for the leaflets", NO, [P+"8.2"], False),

# --- collections decisions / conservation / advice ---
("we're reviewing the natural history store for disposal. can i get ai to recommend which specimens to deaccession?", NO, [P+"7.1"], False),
("another museum wants to borrow three of our ship models, can i use copilot to decide if we should say yes", NO, [P+"7.1"], False),
("can i ask chatgpt whether a painting we've been offered is a genuine constable before it goes to acquisitions panel", NO, [P+"7.1"], False),
("asked chatgpt if our arsenic-treated taxidermy is safe to handle without gloves, it said yes - can i go with that?", NO, [P+"7.3", P+"11.3"], False),
("can i rely on chatgpt's reading of the indemnity clause in a loan agreement (the published template one)?", NO, [P+"11.3"], False),

# --- recruitment / decisions about people ---
("we got 60 applications for 4 volunteer gallery guide roles, can ai shortlist them", NO, [P+"11.2", P+"11.1"], False),
("can i paste CVs into copilot to summarise them for the interview panel?", NO, [P+"11.2", P+"4.5"], False),

# --- meetings ---
("someone's otter.ai bot joined our friends committee meeting on zoom - is that allowed?", NO, [P+"10.1", F+"can-i-use-otter-or-another-note-taker-in-a-meeting"], False),
("can i use fireflies to take notes in my teams call with a lender next week", NO, [P+"10.1"], False),
("can we switch on copilot intelligent recap in our teams team meetings so we don't need a minute taker?", UNS + NO, [P+"10.2"], True),

# --- automated actions / code ---
("could we hook an ai agent up to the enquiries inbox so it answers standard visitor questions automatically", NO, [P+"14.2"], False),
("can i paste the collections online api key into chatgpt so it can write the script for me", NO, [P+"14.1"], False),

# --- procurement ---
("can i buy chatgpt plus on my purchase card for the marketing team", NO, [P+"15.1"], False),
("we're evaluating tenders for the new ticketing system, can ai score the bids to save time", NO, [P+"15.2", P+"4.4"], False),

# --- undecided / not settled ---
("school group coming next week wants pupils to use an ai image generator during our workshop to design their own museum object - can they?", UNS + NO, [P+"12.2"], True),
("a tech company has asked to license our published collection images to train their ai model. does the ai policy let us agree to that?", UNS, [], True),

# --- info ---
("who do i report it to if i accidentally pasted a donor's address into chatgpt??", INFO, [P+"16.1", F+"who-do-i-tell-if-i-have-put-something-into-an-ai-tool-by-mistake"], False),
("who owns the ai policy and when is it next reviewed", INFO, [P+"16.4"], False),
("what counts as 'published information' under the ai policy?", INFO, [P+"4.2", P+"A.2"], False),
("does the ai policy apply to our volunteers and freelancers too?", INFO + ["allowed"], [P+"1.2", P+"11.4"], False),
("who do i ask if i have a question about the ai rules", INFO, [P+"16.2", F+"who-can-answer-my-questions-about-the-policy"], False),

# --- out of scope ---
("how do i book annual leave in the new hr system", OOS, [], False),
("what time does the cafe at the town museum close on sundays", OOS, [], False),
("the till in the lantern gallery shop keeps freezing, who do i call", OOS, [], False),
]

with open(os.path.join(HERE, "cases.jsonl"), "w") as f:
    for i, c in enumerate(C, 1):
        q, v, cl, esc = c[:4]
        d = {"id": f"FMG{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if len(c) > 4:
            d["pii"] = c[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
