import json
P = "wcas-genai-policy.md#"; R = "ai-tools-register.csv#"; F = "staff-faq-ai.txt#"
CC = R + "Microsoft 365 Copilot Chat"
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; U = ["unsure"]; NU = ["not_allowed", "unsure"]
I = ["info"]; OOS = ["out_of_scope"]
cases = [
# ---- plain yes
("can i use copilot chat to tidy up the draft notes from our fleet workshop meeting? nothing about patients just vehicle servicing schedules", Y, [CC, P+"5.2", F+"which-ai-tool-can-i-use-for-everyday-work"], False, []),
("hi all, need to send an email to the north locality station managers about the new kit check process, ok to get copilot to draft it for me?", Y, [CC, P+"5.3", F+"which-ai-tool-can-i-use-for-everyday-work"], False, []),
("is it ok to use copilot chat to summarise the published JRCALC update into a few slides for a teaching session im running for new starters", Y, [CC, P+"5.1"], False, []),
("im in the rostering team - can i use rotaflow to build the december rota for hull west? it'd use staff names, contracted hours, skills and approved leave only", Y, [R+"RotaFlow Optimiser", P+"3.3"], False, []),
("clinical audit team here, we've got an audit on ROSC rates approved by the clinical audit and effectiveness group. can we run the relevant ePR records through the ePR Insight Summariser?", Y, [R+"ePR Insight Summariser", P+"5.4", P+"3.3"], False, []),
("EOC quality & clinical assurance - can we use callscribe to transcribe last month's recorded cat 1 calls for our retrospective call audit", Y, [R+"CallScribe QA", P+"5.4"], False, []),
("dev in digital services, can i use github copilot to help refactor the internal training bookings app? no creds or live data in the repo", Y, [R+"GitHub Copilot Business", P+"6.11"], False, []),
("can i use copilot chat to write the job advert and JD for a band 5 EMD post?", Y, [P+"6.5", CC], False, []),
("procurement q: can copilot chat help me draft the spec and tender questions for the new stretcher contract? tender isnt out yet", Y, [P+"6.8", CC], False, []),
("want an AI picture of a generic ambulance on a country road for the internal staff newsletter, no real people in it. ok to make it with copilot?", Y, [P+"6.6", CC], False, []),
("can i use copilot chat on my own iphone? its enrolled in the trust MDM and i'd only use the trust outlook/copilot apps to reword a station notice", Y, [P+"4.3", F+"can-i-use-ai-on-my-own-phone"], False, []),
("fuel card contract was awarded in sept, can i put the supplier price comparison into copilot chat to make a summary table for the exec paper?", Y, [P+"5.8", CC], False, []),
("comms team: we'd like to use copilot to draft a press release about the new community first responder scheme, we'll sign it off in comms before it goes out. ok?", Y, [P+"6.10", CC], False, []),
("can we use ai to translate the leaflet for our recruitment open day into polish? its not clinical", C + ["allowed"], [P+"6.9", P+"6.10"], False, []),
("can copilot help me write an excel formula for our fleet MOT due date tracker", Y, [CC, P+"5.2"], False, []),
("can i use copilot chat on the aggregated EDI workforce stats (just percentages by band, no names) to draft the narrative for the annual report", Y, [P+"5.2", CC], False, []),
("our board papers from last month are already published on the website, can copilot chat summarise them for my team brief?", Y, [P+"5.1", CC], False, []),
# ---- tools: prohibited / accounts / devices
("quick one, can i use chatgpt to help reword my station's kit checklist? nothing sensitive in it at all", N, [R+"ChatGPT", P+"3.4", F+"can-i-use-chatgpt-if-i-leave-out-the-patient-details"], False, []),
("can i use gemini on my own phone to draft a shift swap message to the team", N, [R+"Google Gemini", P+"3.4", P+"4.2"], False, []),
("is deepseek ok for summarising public NHSE guidance docs? it's loads faster than copilot", N, [R+"DeepSeek", P+"3.4"], False, []),
("i pay for chatgpt plus myself, can i use my own account to write up the station audit report? no patient info", N, [P+"4.2", R+"ChatGPT"], False, []),
("can i use claude to proofread a policy draft? it's only internal, nothing personal", N, [R+"Claude", P+"3.4"], False, []),
("can i invite otter into our teams call with the estates contractor so i dont have to take minutes", N, [R+"Otter.ai", P+"6.7"], False, []),
("someone's added fireflies to the locality managers meeting invite so it records and summarises it - is that allowed??", N, [R+"Otter.ai", P+"6.7"], False, []),
("can i email the draft winter plan to my gmail so i can use chatgpt on it at home?", N, [P+"4.2", P+"3.4", R+"ChatGPT"], False, []),
("can crews get copilot chat up on the MDT in the truck between jobs? would be handy", N, [P+"4.4"], False, []),
("working from home on my personal laptop (not trust), can i use copilot chat in the browser to draft a letter to a patient's family", N, [P+"4.3", P+"4.1", P+"5.4"], False, []),
("i'm in finance not digital services, can i use github copilot for my SQL scripts?", N, [P+"3.3", R+"GitHub Copilot Business"], False, []),
("dev here - ok to paste the prod db connection string into github copilot so it can fix the query?", N, [P+"6.11", R+"GitHub Copilot Business"], False, []),
("i'm a PTS team leader, can i borrow my mate's login for the ePR Insight Summariser to summarise a patient's history for a complaint response", N, [P+"3.3", R+"ePR Insight Summariser"], False, []),
# ---- clinical
("EOC idea - could we paste the caller's symptoms into copilot to help decide whether it's a cat 2 or a cat 3?", N, [P+"6.1"], False, []),
("111 health advisor here, can i use copilot to write the care advice i read out to callers who've got a rash", N, [P+"6.2"], False, []),
("on scene with an elderly pt on loads of meds - can i quickly ask copilot on my work phone about interactions before i decide whether to convey?", N, [P+"6.1", F+"can-ai-help-me-with-a-clinical-question-on-scene"], False, []),
("can i get copilot to write up my ePR narrative from my scribbled notes after a job? would save so much time", N, [P+"6.3", P+"5.4"], False, []),
("can i paste a patient's handover notes into copilot chat to make a tidy summary for ED? i'll take the name out first", N, [P+"5.4", P+"5.5", CC], False, []),
("EOC quality team - could we run callscribe live on calls so call handlers get prompts while they're triaging?", N, [R+"CallScribe QA", P+"6.1"], False, []),
("got a pt who doesnt speak english, can i use copilot/translate on my work phone to explain what we're going to do with them?", N, [P+"6.9"], False, []),
# ---- data kinds
("if i only put in the incident number CAD-2611-04417 and the postcode HU17 8FR and not the name, can copilot summarise the complaint for me?", N, [P+"5.5", P+"5.4"], False, ["CAD-2611-04417", "HU17 8FR"]),
("pt Margaret Oduya, NHS no 485 777 3456, DOB 12/03/1941 - can copilot chat draft the reply to her complaint about our response time?", N, [P+"5.4", P+"5.3", CC], False, ["Margaret Oduya", "485 777 3456", "12/03/1941"]),
("a caller's widow emailed us from j.pickering77@gmail.com asking about her husband's care on the night, can i put her email into copilot to help write a reply?", N, [P+"5.4", P+"5.3"], False, ["j.pickering77@gmail.com"]),
("can i use copilot chat to tidy up the wording of a safeguarding referral for a 9 year old before i send it to the local authority", N, [P+"5.6"], False, []),
("manager here, can i put my team's sickness absence reasons into copilot to spot patterns?", N, [P+"5.7"], False, []),
("my colleague Priya Nandakumar is off with work related stress, can copilot chat help me write her return to work plan?", N, [P+"5.7", P+"5.3"], False, ["Priya Nandakumar"]),
("rostering - can we feed people's sickness reasons into rotaflow so it stops putting staff with back problems on the heavy shifts?", N, [R+"RotaFlow Optimiser", P+"5.7", P+"5.4"], False, []),
("can i use copilot chat to summarise the humber bridge major incident plan into a crib sheet for the team", N, [P+"5.9"], False, []),
# ---- activities
("I'm investigating a conduct case about paramedic Gareth Holloway (staff no 204117) who was late to 3 cat 1s. can copilot draft the outcome letter and recommend a sanction?", N, [P+"6.4", P+"5.7"], False, ["Gareth Holloway", "204117"]),
("can ai give us a second opinion on whether to refer one of our paramedics to the HCPC?", N, [P+"6.4"], False, []),
("we've had 140 applications for the EMD posts, can i use copilot chat to shortlist them against the person spec?", N, [P+"6.5"], False, []),
("can i use ai to make the photo of the crew at the bridlington RTC look more dramatic for our twitter", N, [P+"6.6"], False, []),
("for a training slide can i generate a realistic ai image of a patient we attended, based on the photo on the ePR?", N, [P+"6.6", P+"5.4"], False, []),
("we're evaluating the PTS vehicle tender, can copilot score the 4 supplier bids against our criteria to save time?", N, [P+"6.8"], False, []),
("can i set up a copilot agent that automatically emails stations when vehicles are overdue for service, without anyone checking each email?", N, [P+"6.12"], False, []),
("i run our station's facebook page, can i post an ai written post about our open day without going through comms? its only a small thing", N, [P+"6.10"], False, []),
# ---- tools not on register
("can i use grammarly on my work laptop for checking my reports?", NU, [P+"3.2", F+"how-do-i-ask-for-a-new-ai-tool-to-be-approved"], True, []),
("is canva's magic design AI ok for making a recruitment poster? no photos of real people", NU, [P+"3.2"], True, []),
("our ePR supplier has just switched on an AI 'smart summary' button in the app, can crews start using it?", NU, [P+"3.5", P+"3.2"], True, []),
("can i use perplexity to find published papers on pre-hospital sepsis for my lit review", NU, [P+"3.2"], True, []),
("exec office here - is the intelligent recap in teams premium ok to use for the board development session? just internal people, want an auto summary of actions", U, [P+"7.1"], True, []),
# ---- undecided
("can we switch on teams transcription and the recap thing for our weekly internal ops meeting?", U, [P+"7.1"], True, []),
("doing my reflective CPD entries for my HCPC audit, can i use copilot chat to help word them? no patient details", U, [P+"7.2", F+"can-i-use-ai-for-my-cpd-portfolio"], True, []),
# ---- info
("who do i report to if i accidentally pasted a patient's details into chatgpt?? panicking a bit", I, [P+"8.1", F+"what-do-i-do-if-i-have-put-patient-information-into-the-wrong-tool"], False, []),
("how do i get a new ai tool approved? there's a fleet maintenance one i like the look of", I, [P+"3.2", F+"how-do-i-ask-for-a-new-ai-tool-to-be-approved"], False, []),
("who owns the AI policy and who do i email with questions about it", I, [P+"2.3", P+"2.1", F+"who-can-i-ask-about-ai-and-this-policy"], False, []),
("what counts as patient identifiable? is an incident number on its own identifiable?", I, [P+"5.5", F+"what-counts-as-patient-identifiable-information"], False, []),
("if an ai summary might have led to a clinical safety problem where do we report it", I, [P+"8.2"], False, []),
("which ai tools are we actually allowed to use in the trust?", I, [F+"which-ai-tool-can-i-use-for-everyday-work", P+"3.1", CC], False, []),
# ---- out of scope
("how do i book annual leave over christmas on the rostering system?", OOS, [], False, []),
("anyone know when the new lucas devices are arriving at scarborough station?", OOS, [], False, []),
("what's the guest wifi password at beverley station", OOS, [], False, []),
]
with open("cases.jsonl", "w") as f:
    for i, (q, v, cl, esc, pii) in enumerate(cases, 1):
        d = {"id": f"WCA{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii: d["pii"] = pii
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
