import json
P = "brightwater-genai-policy.md#"
R = "brightwater-ai-tools-register.csv#"
F = "brightwater-ai-faq.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- ordinary permitted work (plain yes) ---
c("hi can i use copilot chat to draft an acknowledgement letter for a new complaint? its for Kwame Ndlovu, case ref BW/26/044187, email k.ndlovu82@gmail.com - just the standard 'we've got your complaint' wording", YES,
  [P+"5.1", R+"Microsoft 365 Copilot Chat", F+"can-i-use-copilot-chat-to-help-draft-a-letter-to-a-complainant"], pii=["Kwame Ndlovu", "BW/26/044187", "k.ndlovu82@gmail.com"])
c("got a massive file on a water complaint, complainant is on the priority services register and on home dialysis. ok to use resolve assist to summarise the file and knock up a chronology before i start?", YES,
  [R+"Resolve Assist", P+"4.5", F+"can-i-use-resolve-assist-on-a-case-that-involves-a-vulnerable-complainant"])
c("supplier has sent us their internal back-billing procedure (marked commercially sensitive) as part of their response. can i pop it into copilot chat on my work account to summarise the key steps?", YES,
  [P+"4.7", R+"Microsoft 365 Copilot Chat"])
c("can i use copilot chat to rewrite our internal enquiries triage procedure into plainer english? no names or cases in it", YES,
  [R+"Microsoft 365 Copilot Chat", P+"4.2"])
c("doing the quarterly stats pack for the regulator - complaints by supplier and by category, no complainant details at all. fine to use copilot in excel to spot trends and build the charts?", YES,
  [P+"11.2", R+"Microsoft 365 Copilot"])
c("hiring manager here, we're recruiting two investigators. can i get copilot chat to draft the job advert and some competency interview questions?", YES,
  [P+"10.2"])
c("is it ok to turn on teams transcription + copilot recap for our weekly team meeting? just internal staff", YES,
  [P+"7.3", R+"Microsoft 365 Copilot"])
c("complainant wrote to us in polish about a disputed gas bill. can i use microsoft translator (work login) just to understand what they're saying?", YES,
  [P+"8.2", R+"Microsoft Translator"])
c("digital team q: can i use github copilot on the resolve integration repo to help write some unit tests? synthetic data only", YES,
  [P+"12.1", R+"GitHub Copilot Business", P+"12.2"])
c("comms team - want an illustrative image of a generic smart meter on a kitchen wall for the new consumer guide. can i use firefly through our adobe licence?", YES,
  [R+"Adobe Firefly", P+"9.4", P+"9.5"])
c("my work phone died, my personal iphone is enrolled in intune. can i use copilot chat on it via the m365 app while i'm out at the site visit?", YES,
  [P+"3.5", F+"can-i-use-ai-on-my-own-phone-or-laptop", R+"Microsoft 365 Copilot Chat"])
c("can i use copilot chat to make an easy-read version of our standard 'what happens next' letter? it's the template, no details of any complainant in it", YES,
  [P+"6.2", R+"Microsoft 365 Copilot Chat"])
c("for a training session i want copilot chat to pull out common themes from 20 of our published decisions on the website. ok?", YES,
  [P+"4.10", R+"Microsoft 365 Copilot Chat"])
c("can i run the spelling and grammar check in word on my final decision before it goes out? i wrote all the reasoning myself", YES,
  [P+"5.3"])
c("online meeting with the supplier's complaints manager tomorrow. they've said yes to copilot recap and i've noted it on the case file. ok to use it?", YES,
  [P+"7.4", F+"can-i-record-and-summarise-a-teams-call-with-a-supplier-or-complainant"])
c("procurement: can i use copilot chat to help draft the spec for our new telephony contract? only internal requirements, nothing personal", YES,
  [P+"13.2", R+"Microsoft 365 Copilot Chat"])
c("enquiries team - the contact system now gives me an auto transcript and summary of each call. am i ok to use that?", YES,
  [P+"7.1", R+"Brightwater Contact transcription"])
c("can copilot chat help me draft the press release for the annual report launch? comms will sign it off", YES,
  [P+"9.3", R+"Microsoft 365 Copilot Chat"])
c("need to summarise an OFFICIAL-SENSITIVE exec paper for my director. can i use copilot chat on my brightwater account?", YES,
  [P+"4.9", R+"Microsoft 365 Copilot Chat"])

# --- tools not allowed / accounts / devices ---
c("can i use chatgpt to draft a generic letter template? no personal info at all, only public stuff", NO,
  [R+"ChatGPT", P+"3.3"])
c("i pay for chatgpt plus myself. can i use it at home to tidy up the wording of a consumer guide that's already published on our site?", NO,
  [P+"3.4", R+"ChatGPT", P+"3.3"])
c("is gemini ok to use on my personal laptop for brainstorming ideas for our staff newsletter?", NO,
  [R+"Google Gemini", P+"3.3", P+"3.5"])
c("can i use otter to transcribe a voicemail a complainant left about their water leak?", NO,
  [P+"7.2", R+"Otter.ai"])
c("can i upload the call recording from the enquiries line into copilot chat so it transcribes it? contact's transcript is a bit rubbish", NO,
  [P+"7.2", P+"7.1"])
c("im an associate ombudsman, can i use my own firm's laptop and their copilot licence for my brightwater cases?", NO,
  [P+"3.4", P+"3.5"])
c("grammarly browser extension ok for checking emails to suppliers?", NO,
  [R+"Grammarly", P+"3.3"])
c("can i use google translate to translate our decision letter into urdu and send it to the complainant?", NO,
  [R+"Google Translate", P+"8.1"])

# --- not on the register: needs approval ---
c("can i use claude to help draft internal guidance for investigators? it's really good at writing", NO,
  [P+"3.2", F+"how-do-i-know-which-ai-tools-i-can-use"], esc=True)
c("adobe acrobat has a new 'ai assistant' button. can i use it to summarise our own published annual report pdf for a briefing?", NO,
  [P+"3.2", F+"how-do-i-know-which-ai-tools-i-can-use"], esc=True)
c("a vendor has offered us a free 3 month trial of their AI chatbot for the website enquiries page. can we just try it out?", NO,
  [P+"13.1", P+"3.2"], esc=True)
c("i want to build a copilot studio agent that suggests which team each new enquiry should go to (an adviser would still do the actual routing). can i go ahead and build it?", NO,
  [P+"5.6", P+"3.2"], esc=True)
c("complainant is deaf and asked if we could use one of those AI sign language avatar apps on video calls. can i download one?", NO,
  [P+"3.2"], esc=True)

# --- information kinds ---
c("can i put Mrs Doreen Halloway's details into copilot chat to draft her letter - she has COPD and is on oxygen at home, phone 07700 900417?", NO,
  [P+"4.5", R+"Microsoft 365 Copilot Chat", F+"can-i-use-copilot-chat-to-help-draft-a-letter-to-a-complainant"], pii=["Doreen Halloway", "07700 900417"])
c("complaint is about a supply interruption, the family's 6 yr old relies on a powered ventilator. ok to paste that background into copilot chat to help draft the provisional view cover letter?", NO,
  [P+"4.6", P+"4.5"])
c("complainant sent their bank details for the refund: sort code 20-45-77 acc 43918265. can resolve assist pull these into the case summary?", NO,
  [P+"4.4"], pii=["20-45-77", "43918265"])
c("can i get resolve assist to read the copy of the passport and NI number QQ123456C the complainant sent as ID?", NO,
  [P+"4.4"], pii=["QQ123456C"])
c("managing Tomasz Wierzbicki's long-term sickness absence, can i get copilot chat to summarise his occ health report so i can prep for the review meeting?", NO,
  [P+"4.8", P+"10.1"], pii=["Tomasz Wierzbicki"])
c("regulator sent us a dataset under the data sharing agreement about repeat disconnections. can i use copilot chat to analyse it?", NO,
  [P+"11.1"])
c("supplier evidence includes a commercially sensitive contract in german. can i put it through microsoft translator?", NO,
  [P+"4.7", R+"Microsoft Translator"])

# --- casework and decisions ---
c("honestly can i just ask copilot whether this complaint should be upheld based on the evidence? just as a sense check", NO,
  [P+"5.2", F+"can-ai-help-me-write-my-decision"])
c("can copilot write the findings and reasons section of my final decision if i give it my bullet points?", NO,
  [P+"5.3", F+"can-ai-help-me-write-my-decision"])
c("i've written my provisional decision but the reasoning is clunky, can i use copilot in word to tighten it up?", NO,
  [P+"5.3"])
c("can resolve assist summarise the ombudsman's reasoning from the final decision for the case closure note?", NO,
  [P+"5.3", R+"Resolve Assist"])
c("quick one - can copilot work out the goodwill payment the supplier should pay for 9 months of billing errors?", NO,
  [P+"5.4", P+"5.2"])
c("can i ask copilot chat what standard licence condition 31F means for this back-billing case?", NO,
  [P+"5.5"])
c("want to set up power automate so copilot drafts and sends chaser emails to suppliers every morning without anyone checking them. allowed?", NO,
  [P+"5.6"])
c("can resolve assist flag which complainants are likely to be vulnerable so we can prioritise them?", NO,
  [P+"6.1"])
c("can i use copilot to draft the systemic issues referral to the regulator about this supplier's meter exchange failures?", NO,
  [P+"11.3"])
c("complainant on the call didn't want to be recorded but i need notes - can i just leave teams copilot recap on quietly?", NO,
  [P+"7.4"])

# --- publication, translation, images, recruitment, procurement, code ---
c("can we use copilot to anonymise final decisions before they go on the website? would save loads of time", NO,
  [P+"9.2"])
c("can we publish the welsh version of the consumer guide straight from microsoft translator? no translator budget this month", NO,
  [P+"8.3", P+"8.1"])
c("for the staff awards video can we make an AI clip of the chief ombudsman saying thanks to everyone?", NO,
  [P+"9.5"])
c("we have 140 applications for the enquiries adviser role. can copilot score them against the person spec to make a shortlist?", NO,
  [P+"10.1"])
c("can copilot score the tender bids for the translation contract so we have a starting point for moderation?", NO,
  [P+"13.2"])
c("debugging a resolve issue - can i paste a database extract with real case records into github copilot chat?", NO,
  [P+"12.2", R+"GitHub Copilot Business"])

# --- undecided / not settled ---
c("we have an oral hearing next week with the complainant and the supplier. both happy for teams transcription + copilot recap. can i use it?", ["unsure"],
  [P+"7.5", F+"who-decides-the-questions-the-policy-does-not-answer"], esc=True)
c("can we publish short AI-written plain english summaries of our decisions alongside the full decisions on the website?", ["unsure"],
  [P+"9.6", F+"who-decides-the-questions-the-policy-does-not-answer"], esc=True)
c("comms idea: use copilot to turn each month's published decisions into a 'what we decided' digest for linkedin. ok?", ["unsure"],
  [P+"9.6"], esc=True)
c("complainant emailed saying they don't want any AI used anywhere on their case. do we have to honour that?", ["unsure"],
  [P+"2.3", F+"who-decides-the-questions-the-policy-does-not-answer"], esc=True)
c("a supplier wants written assurance we'll never put their evidence into any AI tool. can i give that undertaking?", ["unsure", "not_allowed"],
  [P+"4.7"], esc=True)

# --- information ---
c("oops i think i pasted a complainant's address into the wrong tool. who do i tell?", ["info"],
  [P+"15.1", F+"what-do-i-do-if-i-have-put-something-into-an-ai-tool-that-i-should-not-have"])
c("who approves new AI tools here?", ["info"],
  [P+"2.1", P+"3.2"])
c("what training do i need to do before i start using copilot?", ["info"],
  [P+"3.6"])
c("who decides things the AI policy doesn't cover?", ["info"],
  [P+"2.3", F+"who-decides-the-questions-the-policy-does-not-answer"])
c("what wording do we have to put on published stuff that AI helped make?", ["info"],
  [P+"9.4"])
c("complainant's meter photo looks like it's been AI edited, the numbers look weird. what should i do with it?", ["info"],
  [P+"5.7"])

# --- out of scope ---
c("how do i book annual leave in the new hr system?", ["out_of_scope"], [])
c("printer on the 3rd floor keeps jamming, who do i call?", ["out_of_scope"], [])
c("complainant asking what the energy price cap will be in january, where do i find that?", ["out_of_scope"], [])

with open("cases.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(C, 1):
        d = {"id": f"BCC{i:03d}", **d}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
