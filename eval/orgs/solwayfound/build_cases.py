import json
P = "scf-generative-ai-policy.md#"
F = "scf-ai-staff-faq.txt#"
YES = ["allowed", "conditional"]; NO = ["not_allowed"]
FQ_TOOLS = F+"can-i-use-chatgpt-or-other-free-ai-tools-for-my-work"
FQ_COP = F+"what-is-different-about-copilot-chat"
FQ_NEVER = F+"is-there-anything-i-can-never-put-into-any-ai-tool-even-copilot-chat"
FQ_GRANT = F+"can-ai-help-me-assess-grant-or-bursary-applications"
FQ_DONOR = F+"can-i-use-ai-to-write-to-donors"
FQ_PIC = F+"can-i-use-ai-pictures-in-our-leaflets-annual-review-or-social-media"
FQ_MEET = F+"can-i-have-ai-take-notes-in-a-meeting"
FQ_TRANS = F+"can-i-use-ai-to-translate"
FQ_SLIP = F+"i-have-put-personal-information-into-an-ai-tool-by-mistake-what-do-i-do"
FQ_ASK = F+"who-can-i-ask-about-something-the-policy-doesn-t-cover"
def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    return d
C = [
# ordinary permitted work
c("can i use chatgpt to help me rewrite our grant guidance notes in plainer english? its all on the website already", YES, [P+"5.2", P+"4.1", FQ_TOOLS]),
c("is it ok to use copilot chat (work login, green shield) to summarise the draft strategy for next yr before the board sees it", YES, [P+"5.3", P+"4.2", FQ_COP]),
c("need to draft a thank you letter to a donor for their gift into the Harkness Family Fund - ok to use copilot chat with the donor name + fund name in it?", ["conditional"], [P+"6.3", P+"5.3", FQ_DONOR]),
c("can i get gemini to write some faqs for the spring community grants round? no applicant info at all, just the criteria which are already published", YES, [P+"6.2", P+"4.1", P+"5.2"]),
c("can ai write me an excel formula to total up grants by ward? i'll test it on made up numbers first", YES, [P+"6.11"]),
c("Can I use Claude to draft the job advert and role profile for our new grants officer post?", YES, [P+"6.5", P+"4.1"]),
c("want to translate our published youth bursary leaflet into polish with chatgpt to put on the website, we have a polish speaking volunteer who'll check it before it goes up", YES, [P+"6.8", FQ_TRANS]),
c("teams meeting with just the grants team on thurs - can i switch on transcription + copilot recap? told everyone and they're all fine with it", YES, [P+"6.7", FQ_MEET]),
c("want a generic ai image of the solway coastline with some abstract figures for the annual review cover, is that ok", ["conditional"], [P+"6.4", P+"6.10", FQ_PIC]),
c("can i paste an email from the treasurer of a men's shed (just his name, role and work email, asking when their grant payment lands) into copilot chat to help me draft a reply", YES, [P+"5.3", P+"3.3", FQ_COP]),
c("using grammarly to proofread a blog post about our new grant round that's going on the website — fine?", YES, [P+"5.2", P+"4.3", P+"6.10"]),
c("can copilot chat (work account) summarise the confidential board paper on investment performance? no names in it", YES, [P+"5.3", P+"3.7", P+"4.2"]),
c("working from home on my own laptop, can i use copilot chat in edge signed in with my work account to draft the newsletter", YES, [P+"4.5"]),
c("can I use chatgpt to summarise a published scottish govt report on rural poverty as background reading for the grants team", YES, [P+"6.2", P+"5.2"]),
c("can ai draft a few facebook posts about the grants we announced last week? the list is already on our website", YES, [P+"6.10", P+"6.9", P+"5.2"]),
c("do i need to put an AI label on a report if copilot only proofread it?", ["allowed", "conditional", "info"], [P+"6.10"]),
c("can chatgpt help me write a python script to tidy a csv export of grant totals by area? there's no names in the export, just areas and amounts", YES, [P+"6.11"]),
c("hi I'm a volunteer, no foundation email. can I use chatgpt to help write a poster for the fundraising ceilidh using whats on the public events page?", YES, [P+"6.13", P+"5.2"]),
c("Hi, I'm doing the youth bursary comms this year. can chatgpt draft the general announcement that applications are open? nothing about any young person in it, just dates and eligibility from the published guidance", YES, [P+"6.2", P+"5.2", P+"4.1"]),
c("can i paste a grantee's end of grant monitoring report into chatgpt to pull out themes for our impact report? it's just numbers of sessions and general comments, no names or anything that identifies anyone", YES, [P+"4.3", P+"5.7"]),
# not allowed
c("can i use chatgpt to rank the 46 applications in the coastal communities round by how well they meet the criteria? just to get a first cut before panel", NO, [P+"6.1", FQ_GRANT]),
c("can copilot chat score the youth bursary applications for us, its our work account so its secure right?", NO, [P+"6.1", P+"5.5", FQ_GRANT]),
c("the holders of one of our donor advised funds asked us to suggest which local groups to support. can copilot look at our list and recommend who they should give to?", NO, [P+"6.1"]),
c("pasting a bursary application from a 16 yr old into copilot chat to check the spelling before panel - ok?", NO, [P+"5.5", P+"3.5", FQ_NEVER]),
c("I want chatgpt to help draft a reply to Mrs Agnes Rutherford, one of our donors, about her legacy gift — can i include her name and what she's leaving us?", NO, [P+"5.4", P+"4.3", P+"6.3"], pii=["Agnes Rutherford"]),
c("can i put the volunteer list (names + mobile numbers) into chatgpt to sort out the rota for the gala day", NO, [P+"5.4", P+"4.3"]),
c("using my own chatgpt plus account (I pay for it myself) to draft letters to grant applicants with their names in - fine since its a paid account?", NO, [P+"4.4", P+"5.4"]),
c("copilot on my personal hotmail login works better on my phone — can i paste our community group contacts list into it?", NO, [P+"4.4", P+"5.4", FQ_COP]),
c("one of my team, Jamie Stewart, is off with stress. can i use copilot chat to help write his return to work plan with the details from his fit note", NO, [P+"5.5", P+"5.6", FQ_NEVER], pii=["Jamie Stewart"]),
c("can I upload the whole application form from a local food share group into copilot and get it to summarise it for me", NO, [P+"5.8", FQ_NEVER]),
c("we've had 60 CVs for the finance assistant job, can copilot chat shortlist the best 5 for us", NO, [P+"6.5"]),
c("we didn't get a photo of the kids from the youth football club getting their cheque, could i just generate one with ai for the newsletter?", NO, [P+"6.4", FQ_PIC]),
c("can i use otter.ai to record my phone call with a donor so i can concentrate instead of taking notes", NO, [P+"6.7", FQ_MEET]),
c("grant panel is next week — can we have copilot transcribe and summarise the discussion to save writing up the minutes", NO, [P+"6.7", FQ_MEET]),
c("can copilot tell me if the gift aid declaration wording on our donation form is valid? would rather not bother finance", NO, [P+"6.6"]),
c("i'd like to set up a power automate flow with ai that emails the award letters out automatically as soon as the panel outcome is put into grantbase, nobody needs to press send", NO, [P+"6.12"]),
c("can i paste the supplier quotes for the new CRM (prices, contract terms) into chatgpt to compare them", NO, [P+"4.3", P+"3.7"]),
c("saw a copilot pro deal for £18 a month, can i just get it and put it through on my expenses?", ["not_allowed", "conditional"], [P+"4.6"]),
c("a project lead at one of our grantees told me her son has autism and that's why they need a deadline extension. can i put that in copilot chat to help me word a kind reply?", NO, [P+"5.5", P+"3.4", FQ_NEVER]),
c("can i install the chatgpt add-in for outlook so it can read through my foundation inbox and draft replies", NO, [P+"4.7", P+"5.4"]),
c("got a handwritten letter from a ukrainian applicant, has her name and home address on it. can I photo it into chatgpt to translate it?", NO, [P+"5.4", P+"5.6", P+"6.8"]),
c("can i ask chatgpt whether our reserves policy meets OSCR requirements and just go with what it says", NO, [P+"6.6"]),
c("our chair missed the harbour project opening, can we use ai to edit her into the group photo?", NO, [P+"6.4"]),
c("we've got an ai translation of the annual review into gaelic, can we publish it straight away? nobody here actually speaks gaelic", NO, [P+"6.8", FQ_TRANS]),
c("is it ok to have copilot transcribe my monthly supervision with my line manager", NO, [P+"6.7", FQ_MEET]),
c("copilot wrote the quarterly fund statement for a donor and it looks fine, can i send it without anyone checking? bit pushed for time", NO, [P+"6.3", FQ_DONOR]),
c("can copilot chat summarise the disciplinary investigation notes about one of our volunteers for me", NO, [P+"5.6", FQ_NEVER]),
c("can i paste the unpublished grant awards list (group names + amounts) into gemini to get a press release drafted before the announcement?", NO, [P+"4.3", P+"3.7"]),
c("can I put Dr Morag Kerr, 14 Shore Rd, Kippford DG5 4LN, dob 03/07/1961 into copilot chat to make up the letter confirming her legacy pledge", NO, [P+"5.6", P+"3.3.1"], pii=["Morag Kerr", "14 Shore Rd", "DG5 4LN", "03/07/1961"]),
c("applicant sarah.mcghee@btinternet.com (07700 900462) has emailed complaining we turned her group down. can i paste her email into chatgpt so it can help me word the response?", NO, [P+"5.4", P+"4.3"], pii=["sarah.mcghee@btinternet.com", "07700 900462"]),
# undecided / not settled
c("could copilot write short neutral summaries of each application for the panel members? not scoring or recommending anything, just what each group is asking for", ["unsure"], [P+"7.1", FQ_GRANT], True),
c("one of the trustees wants us to use AI to research wealthy people in the region who might set up a fund with us – just public stuff like companies house and news. is that allowed?", ["unsure"], [P+"7.2"], True),
c("before I meet a potential new fund holder next week can i get copilot chat (work account) to pull together what's public about him, news articles etc?", ["unsure"], [P+"7.2"], True),
c("could we put an ai chatbot on our website to answer applicants' questions about the grant rounds?", ["unsure"], [P+"9.2"], True),
c("a community group asked me if they're allowed to use chatgpt to write their application to us. what do i tell them?", ["unsure"], [P+"9.2", P+"2.1"], True),
c("does the policy say how long copilot keeps my chat history or whether i should be deleting old chats?", ["unsure"], [P+"9.2", FQ_ASK], True),
# info
c("help!! i just pasted a donor's home address into chatgpt by mistake, who do i tell??", ["info"], [P+"8.1", FQ_SLIP]),
c("whats the email for the ai working group", ["info"], [P+"9.2", FQ_ASK]),
c("who actually owns the AI policy here?", ["info"], [P+"9.1"]),
c("copilot chat won't let me sign in with my work account, who do i contact", ["info"], [P+"9.3", FQ_ASK]),
c("is there any training i'm meant to do before using ai tools?", ["info"], [P+"9.4"]),
c("how do i know if i'm using the protected version of copilot or not", ["info"], [P+"3.1", FQ_COP]),
c("what counts as 'limited personal data' in the ai policy?", ["info"], [P+"3.3", P+"3.3.1"]),
c("what happens if someone breaks the ai policy", ["info"], [P+"10.1"]),
c("when's the ai policy next being reviewed?", ["info"], [P+"11.1"]),
c("we posted an ai-written fb post yesterday with the wrong grant amount for a group, what should i do", ["info"], [P+"8.2"]),
# out of scope
c("whens the deadline for mileage claims this month", ["out_of_scope"], []),
c("can i book the big meeting room in the dumfries office for friday afternoon?", ["out_of_scope"], []),
c("how do i reset my grantbase password", ["out_of_scope"], []),
]
with open("cases.jsonl", "w") as f:
    for i, d in enumerate(C, 1):
        f.write(json.dumps({"id": f"SCF{i:03d}", **d}, ensure_ascii=False) + "\n")
print(len(C))
