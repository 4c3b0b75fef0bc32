import json
P="nvts-ai-policy.md#"; R="ai-tools-register.csv#"; F="ai-staff-faq.md#"
Y=["allowed","conditional"]; C=["conditional"]; N=["not_allowed"]; U=["unsure"]; UN=["unsure","not_allowed"]; I=["info"]; OOS=["out_of_scope"]
cases=[
# --- plain yes
("hi can i use copilot chat to draft a standard acknowledgement letter for new council tax band appeals? its just the template, no names in it", Y, [P+"8.1",R+"Microsoft 365 Copilot Chat",P+"5.3"], False),
("want to pull together a training session for new clerks on how the tribunal has dealt with valuation date arguments. ok to get copilot chat to summarise a load of our published decisions off the website?", Y, [P+"7.5",R+"Microsoft 365 Copilot Chat",P+"5.2"], False),
("can i use chatgpt (not logged in) to rewrite our published 'what happens at your hearing' leaflet into plainer english? its already on the website", Y, [R+"ChatGPT",P+"5.2",P+"8.7"], False),
("drafting a hearing date letter to an appellant in copilot chat, it'll have their name, address and appeal ref in it. that ok on the work laptop?", C+["allowed"], [P+"5.4",R+"Microsoft 365 Copilot Chat"], False),
("is teams intelligent recap ok for our listing team's weekly catch up? its just rotas and workload, no individual appeals discussed", Y, [P+"6.4",R+"Microsoft Teams transcription and intelligent recap"], False),
("we got a letter in welsh from an appellant this morning and nobody in the office reads welsh. can i run it through microsoft translator in outlook just so i understand what they're asking?", Y, [P+"8.6",R+"Microsoft Translator",F+"can-i-answer-a-welsh-letter-with-ai-translation"], False),
("digital team q: can i use github copilot on our business licence to refactor the script that builds the hearing list export? no personal data in the repo", Y, [R+"GitHub Copilot Business",P+"8.9"], False),
("hr said i could write the job advert for the new case officer post myself, can i get copilot chat to draft it from the role profile?", Y, [P+"8.4",R+"Microsoft 365 Copilot Chat"], False),
("comms here - can i make a generic illustration of a hearing room in adobe firefly for an intranet news story? no real people", Y, [R+"Adobe Firefly",P+"8.5"], False),
("am i ok to use the spell check and grammar thing in word when i'm typing up a decision for the chair?", Y, [P+"7.4",F+"can-i-use-ai-to-help-write-a-decision"], False),
("we need a spec for new av kit for hearing room 2 (video hearings). can copilot chat draft the specification from our internal requirements notes?", Y, [P+"8.8",R+"Microsoft 365 Copilot Chat"], False),
("can i ask copilot chat to summarise our internal quarterly caseload stats report for the board? just numbers, no names", Y, [P+"5.3",R+"Microsoft 365 Copilot Chat"], False),
("I'm a member of the panel. On my NVTS laptop can I use Copilot Chat to give me a summary of the published council tax banding regulations before a training day?", Y, [P+"9.1",R+"Microsoft 365 Copilot Chat"], False),
("team leader here with the copilot licence - can i use copilot in outlook to help draft a reply to an agent about which venue their hearing is at?", Y, [R+"Microsoft 365 Copilot in Word and Outlook",P+"5.4"], False),
("can i put the english text of our published appeals guidance into google translate to get a rough idea of polish wording for a poster? we'd get it checked", Y, [R+"Google Translate",P+"8.6.2"], False),
# --- tools not allowed / prohibited
("can i use otter to take notes during a video hearing? would save me loads of time as clerk", N, [R+"Otter.ai",P+"6.2",P+"3.3"], False),
("the chair asked if we can switch on teams transcription for tomorrows remote hearing so she has a note of the evidence. is that ok?", N, [P+"6.2",R+"Microsoft Teams transcription and intelligent recap"], False),
("can i upload the recording of yesterday's hearing into copilot chat and get it to summarise what the valuation officer said?", N, [P+"6.3",F+"can-i-use-copilot-to-summarise-a-hearing-recording"], False),
("chair's asked me to get copilot to have a go at the reasons section of a business rates decision, she'll then edit it. can i?", N, [P+"7.2",F+"can-i-use-ai-to-help-write-a-decision",P+"7.1"], False),
("could we use AI to predict which appeals are likely to succeed so we can tell members in advance?", N, [P+"7.1"], False),
("can copilot work out what band a property should be in from the comparables so the panel can use it in the decision", N, [P+"7.1"], False),
("the ratepayer sent three years of trading accounts and turnover figures as evidence. can i paste them into copilot chat to make a neat table for the bundle?", N, [P+"5.5",R+"Microsoft 365 Copilot Chat"], False),
("Mrs Janet Hollinworth (appeal ref NVT/CT/2026/04417) has sent her GP's letter about her dementia for her severe mental impairment exemption appeal. can I get copilot chat to summarise the letter for the clerk's note?", N, [P+"5.6",R+"Microsoft 365 Copilot Chat"], False, ["Janet Hollinworth","NVT/CT/2026/04417"]),
("liability appeal from mr daniel osei - he's listed his kids amara (9) and kofi (6) as living at the property. can i use copilot to draft the summary of who lives there?", N, [P+"5.7"], False, ["daniel osei","amara","kofi"]),
("i'm sian pritchard's line manager and need to write up her return to work after her sickness absence. can i paste her absence record into copilot chat to help draft it?", N, [P+"5.8"], False, ["sian pritchard"]),
("can i put the tender submissions for the hearing venue contract into chatgpt to compare prices?", N, [P+"5.9",R+"ChatGPT",P+"8.8"], False),
("for the video platform procurement can i get copilot to score the bidders' quotes against our criteria?", N, [P+"8.8"], False),
("we've had 140 applications for 2 clerk posts. any chance copilot can shortlist them against the person spec?", N, [P+"8.4"], False),
("it's the regional chair's retirement do - can i use an ai image thing to make a picture of him as a superhero for the card?", N, [P+"8.5"], False),
("i pay for chatgpt plus myself, its way better. can i use my own account to tidy up internal guidance notes for clerks?", N, [P+"4.1"], False),
("can i use the copilot app on my own phone to draft a reply to an agent when i'm working from home? no work phone", N, [P+"4.2"], False),
("I sit as a member and read my papers on my own iPad. Can I use the AI assistant on it to prepare questions for the hearing?", N, [P+"9.2",P+"9.3"], False),
("is deepseek ok to use for summarising published government guidance on business rates? its free", N, [R+"DeepSeek",P+"3.3"], False),
("can i install the grammarly extension in edge on my work laptop to help with emails", N, [R+"Grammarly",P+"4.3"], False),
("the decision hasn't gone out to the parties yet but can i run the chair's draft through copilot just to check for typos and consistency?", N, [P+"7.3",P+"7.4"], False),
("copilot has translated my reply into welsh and it looks fine. ok to just send it straight to the appellant?", N, [P+"8.6.1",F+"can-i-answer-a-welsh-letter-with-ai-translation"], False),
("can i paste an appellant's letter with their name and address into google translate? it's in welsh", N, [P+"8.6.2",R+"Google Translate"], False),
("we've got a pile of postponement requests, could copilot decide which ones to grant based on the reasons given?", N, [P+"8.2"], False),
("appellant rang asking if they've got grounds to appeal their band. can i ask copilot and send them what it says?", N, [P+"8.3"], False),
("can fireflies join our internal team meetings to take notes?", N, [R+"Fireflies.ai",P+"3.3"], False),
("member here. can i upload the whole appeal bundle (includes the ratepayer's accounts) into copilot chat to summarise it before the hearing?", N, [P+"9.3",P+"5.5"], False),
("can i get copilot chat to write a strike out decision for an appeal where the appellant missed the deadline? the member just signs it", N, [P+"8.2",P+"7.2",P+"7.1"], False),
("hearing today is in person - can i record it on my phone with an ai app so i can get a transcript for the file?", N, [P+"6.1",P+"6.2",P+"4.2"], False),
("ok to create a deepfake-ish video of our chief exec explaining video hearings, using an AI avatar of her? she's said yes", N, [P+"8.5"], False),
# --- needs approval: unlisted tools, new features, automation
("can i use claude to draft an internal guidance note on the new listing procedure? no personal info", UN, [P+"3.2",F+"can-i-use-a-tool-that-is-not-on-the-register"], True),
("is google gemini allowed? want to use it for summarising published VOA guidance", UN, [P+"3.2"], True),
("could i use perplexity to research published upper tribunal cases on material change of circumstances?", UN, [P+"3.2"], True),
("can i use deepl to translate a welsh email from an agent? its much better than the microsoft one", UN, [P+"3.2",P+"8.6.2"], True),
("our video hearing platform has just added an 'ai companion' button that writes meeting summaries. can we turn it on for admin meetings?", UN, [P+"3.4",P+"3.2"], True),
("digital want to build a power automate flow with copilot that sends hearing notices to parties automatically when the list is published, nobody checking each email. ok?", UN, [P+"8.10"], True),
# --- undecided
("a party wants a transcript of their hearing for a review application. can we run the recording through an ai transcription tool to produce it? typing it out manually takes days", U, [P+"6.5"], True),
("we publish decisions on the website after anonymising. could copilot do a first pass at redacting the names before a person checks it?", U, [P+"7.6"], True),
("as a chair i'd like copilot chat to build a chronology from the bundle for a band appeal - no accounts or medical stuff in it. is that allowed now?", U, [P+"9.4"], True),
("an appellant's written submission looks like it was written by chatgpt. are they allowed to do that, and should we treat it any differently?", U, [], True),
# --- info
("I pasted mr tomasz nowak's appeal ref NVT/BR/2026/01932 into chatgpt by mistake earlier, who do i tell?", I, [P+"2.3",F+"i-accidentally-pasted-an-appellant-s-details-into-the-wrong-tool-what-now"], False, ["tomasz nowak","NVT/BR/2026/01932"]),
("how do i get a new ai tool added to the register?", I, [P+"3.2",P+"2.1",F+"can-i-use-a-tool-that-is-not-on-the-register"], False),
("what wording do we need to put on a webpage that was drafted with AI?", I, [P+"8.7"], False),
("who do i contact about a data protection impact assessment for an AI project?", I, [P+"2.2"], False),
("how often does the AI policy get reviewed?", I, [P+"10.4"], False),
("do the ai rules apply to tribunal members or just staff?", I, [P+"1.2",F+"do-the-rules-apply-to-tribunal-members",P+"9.1"], False),
("what does the policy count as special category info?", I, [P+"5.6",P+"5.1"], False),
# --- conditional with pii (agent contact details)
("can copilot chat help me draft a reply to the agent Raj Kaur (r.kaur@kaurrating.co.uk, 07700 900418) confirming their hearing is by video on 3 march?", C+["allowed"], [P+"5.4",R+"Microsoft 365 Copilot Chat",P+"8.1"], False, ["Raj Kaur","r.kaur@kaurrating.co.uk","07700 900418"]),
("we're publishing a news item on the website about new video hearing guidance that i drafted with copilot. anything i need to do before it goes up?", C+I, [P+"8.7",P+"10.1"], False),
("the VO has sent rental evidence in confidence that hasn't been disclosed to the appellant yet. can i use copilot chat on my work laptop to put it into a comparables table for the clerk's file?", C+["allowed"], [P+"5.9",R+"Microsoft 365 Copilot Chat"], False),
("we're having a case conference on one tricky rates appeal next week (internal, no parties). can we switch on teams recap so we get the actions?", N, [P+"6.4",R+"Microsoft Teams transcription and intelligent recap"], False),
# --- out of scope
("how do i book annual leave in the new hr system?", OOS, [], False),
("whats the time limit for an appellant to appeal a completion notice?", OOS, [], False),
("printer on the 2nd floor is jammed again, who do i ring?", OOS, [], False),
]
with open("cases.jsonl","w") as f:
    for i,c in enumerate(cases,1):
        d={"id":"RVT%03d"%i,"question":c[0],"verdict":c[1],"clauses":c[2],"escalate":c[3]}
        if len(c)>4: d["pii"]=c[4]
        f.write(json.dumps(d, ensure_ascii=False)+"\n")
print(len(cases))
