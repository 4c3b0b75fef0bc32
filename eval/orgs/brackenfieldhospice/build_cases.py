import json
P = "brackenfield-ai-policy.md#"
F = "volunteer-ai-faq.txt#"
A = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
cases = [
 # --- ordinary permitted work (yes) ---
 ("hi, can i use copilot chat (signed in with my hospice account) to tidy up the wording of our visiting times procedure? no names in it, just the process", A, ["3.2", "3.1"]),
 ("need to write a job advert for a band 3 HCA on night shifts on the IPU - can copilot chat help draft it? wont name anyone obviously", A, ["10.2", "3.2"]),
 ("Is it ok to get copilot chat to summarise the NICE guideline on end of life care for adults for a teaching session I'm running for the care home course? I'll check it against the real thing", A, ["6.3"]),
 ("bereavement team here - we want to make a new general leaflet about grief at christmas. ok to draft it in copilot chat? no service users mentioned", C, ["7.2", "3.2"]),
 ("can I use copilot to write the facebook blurb for our colour run in may? just event details, date, how to sign up", C, ["8.3", "13.1"]),
 ("we need the 'visiting hours have changed' notice in polish and romanian for reception. can copilot do a first draft translation? its a general notice", C, ["12.1"]),
 ("procurement q - im writing a spec for replacing the nurse call system. can i use copilot chat to help structure the requirements doc? nothing confidential in it yet", C, ["12.4", "3.2"]),
 ("I work from home on fridays on my own laptop. can i use copilot chat in the browser if im logged in with my brackenfieldhospice account?", C, ["3.4", "3.1"]),
 ("any issue using copilot chat to brainstorm ideas for the staff wellbeing day? theme, activities etc", A, ["3.2", "3.1"]),
 ("can copilot chat help me make a blank template letter for day therapy appointment reminders? it'll just have [name] [date] placeholders", A, ["3.2", "5.1"]),
 ("I'm updating the fire safety section of the volunteer induction handbook, can I paste the current text (no names) into copilot chat and ask it to make it clearer?", A, ["3.2", "3.5"]),
 ("comms: want to use copilot chat to draft a press release about the new day therapy garden opening. no patients named, i'll send it to the comms manager before it goes out. ok?", A, ["13.1", "3.2", "8.3"]),
 ("Hello! I volunteer in the Market Street shop and I do have a hospice email account. Can I use Copilot Chat to help write a Facebook post about our summer sale? Retail manager would check it", C, ["can-i-use-ai-to-help-write-posts-for-my-charity-shop-s-facebook-page", "3.2"]),
 ("is copilot chat ok for summarising the CQC inspection report on us thats on the CQC website? want a short version for the staff briefing", A, ["3.2", "3.5"]),
 ("education team - can i use copilot chat to plan a generic lesson on breaking bad news for our study day? no real cases used", A, ["3.2", "6.3"]),
 # --- tools not allowed ---
 ("can I use the free chatgpt to help write an article for the supporter newsletter? it's all stuff that will be public anyway", N, ["4.1", "4.2"]),
 ("just quickly - can i use gemini on my own phone to sort out next month's shop volunteer rota? it has everyone's names and availability", N, ["4.1", "10.1"]),
 ("my work laptop copilot is being weird so i used copilot with my personal hotmail login instead, is that fine for drafting a general procedure?", N, ["3.3", "4.1"]),
 ("DonorPoint has a new 'Smart Ask' button that suggests how much to ask each supporter for. can the individual giving team start using it?", N, ["8.2", "4.1"]),
 ("systmone has started offering an AI summary of the patient record. can we use that on the IPU to speed up handover?", N, ["4.1", "5.4"]),
 ("can we use otter.ai to take notes in the weekly MDT? would save so much time", N, ["11.1", "4.1"]),
 ("is it ok to switch on teams intelligent recap for our fundraising team meeting? no patient stuff discussed", N, ["11.1", "4.1"]),
 ("I want to use Canva's magic media to generate a picture of a cosy hospice garden for the christmas appeal poster, ok?", N, ["4.1", "9.2"]),
 ("can i use deepseek to summarise a published government report on palliative care funding? public info only", N, ["4.1", "4.2"]),
 ("is grammarly ok? the AI rewrite bit, for my emails to colleagues", N, ["4.1"]),
 ("we found an AI rota planner with a 30 day free trial, can the IPU ward manager just try it out?", N, ["4.3", "12.4"]),
 # --- patient and family information ---
 ("can I paste Mrs Joan Hartley's referral letter into copilot chat to get a summary for the admissions meeting? NHS no 485 777 3456, dob 12/03/1941, she's coming in with end stage COPD", N, ["5.1", "5.4"]),
 ("if i take the name off, can i put a patient's story into copilot to help with my reflective essay? she was in her 40s with MND from one of the villages near us", N, ["5.2", "5.1"]),
 ("can copilot draft the discharge letter to the GP for a patient going home from the IPU if I leave out the name and just give the medication changes?", N, ["5.4", "5.2"]),
 ("hospice at home nurse here - can i type my visit notes into copilot to turn them into proper systmone entries? would help at the end of a long day", N, ["5.4", "5.1"]),
 ("I run one of the children's bereavement groups. can I put the kids' session notes (first names only) into copilot chat to write the end of term summary?", N, ["5.3"]),
 # --- clinical and end of life decisions ---
 ("quick one, can i ask copilot what dose of midazolam to put in the syringe driver for terminal agitation? just as a double check", N, ["6.1"]),
 ("can I use copilot to help decide whether a DNACPR is appropriate for a patient, without putting their name in?", N, ["6.1"]),
 ("day therapy waiting list is long. could we use AI to rank referrals by priority?", N, ["6.2"]),
 ("is it ok to ask copilot chat how long someone with these symptoms is likely to have left, so I can prepare the family? no names", N, ["6.1", "5.2"]),
 # --- bereavement ---
 ("Can copilot help me write a sympathy card to the Okafor family? Daniel Okafor died on the unit on tuesday and his wife Grace was with him", N, ["7.1", "5.1"]),
 ("a bereaved daughter says she can't sleep and has no one to talk to at night. can I suggest she tries chatgpt to talk things through?", N, ["7.3"]),
 ("bereavement volunteer: can i use AI to help me reply to an email from a widower who's struggling? I'd leave his name off", N, ["7.1", "5.2"]),
 # --- fundraising, donors, legacies ---
 ("legacy team: can i paste the wording of a clause from a will we've been notified about into copilot to understand what it means for the hospice?", N, ["8.1", "12.2"]),
 ("we want personalised thank you letters for our top 50 donors using their giving history, can copilot chat help if I upload the spreadsheet?", N, ["8.1"]),
 ("lottery team: can i paste margaret fell's details (margaret.fell62@gmail.com, 07700 900412) into copilot to help draft a reply to her complaint about her lottery numbers?", N, ["8.1"]),
 ("for the spring appeal can copilot rewrite a patient's family story to make it more emotional? we have their consent for the story", N, ["8.4"]),
 ("can DonorPoint's AI appeal writer be used if we only run it on test records?", N, ["8.2"]),
 # --- images ---
 ("there's a random bloke in the background of our fun run photo, can i use the AI eraser to remove him before we post it?", N, ["9.1"]),
 ("for the staff christmas video can we use an AI app to put the CEO's face on a dancing elf? all in good fun", N, ["9.1", "4.1"]),
 # --- HR and recruitment ---
 ("I'm a shop manager. Can I put Priya Nandra's sickness record into copilot to help me write the summary for her return to work meeting? she's been off 3 times with migraines since august", N, ["10.1"]),
 ("we've had 60 applications for the fundraising officer post, can copilot help shortlist them against the person spec?", N, ["10.2"]),
 ("volunteer services: can copilot summarise the notes from volunteer interviews so we can pick who to accept?", N, ["10.2", "10.1"]),
 # --- meetings and recording ---
 ("can i record my home visit on my phone and get an AI to transcribe it later so i can write up the notes properly?", N, ["11.2", "11.1"]),
 # --- other activities ---
 ("the patient's son only speaks urdu, can i use google translate to write a letter to him about his dad's care?", N, ["12.1", "5.1"]),
 ("HR q - can i ask copilot whether we'd be on safe ground legally in an employment tribunal over a dismissal? no names", N, ["12.2"]),
 ("can I use copilot chat to summarise the board-restricted finance papers for my team?", N, ["12.3"]),
 ("we've got 3 tender submissions for the new catering contract, can copilot compare them and tell us who's best value?", N, ["12.4", "12.3"]),
 ("could we set up a power automate flow with AI that automatically replies to volunteer enquiries and adds them to the database?", N, ["12.5"]),
 ("can copilot write me a VBA macro for the finance spreadsheet that reconciles shop takings?", N, ["12.5"]),
 # --- volunteers FAQ ---
 ("Hi I volunteer on reception but I don't have a hospice email. Can I just use the free copilot app on my phone to write a welcome sheet for visitors?", N, ["do-volunteers-get-copilot-chat", "3.3"]),
 ("someone's donated a painting to the shop, can i use google lens to find out what its worth?", N, ["can-i-use-an-app-to-find-out-what-a-donated-item-is-worth"]),
 ("I'm helping a patient make a memory book for her grandchildren - can I use AI to help with the words?", N, ["can-i-use-ai-to-help-me-write-something-for-a-patient-or-family", "5.1"]),
 # --- undecided / not settled ---
 ("we used copilot chat to help draft a blog for the website. do we have to put a note saying AI was used?", U, ["14.1"]),
 ("I tutor on the palliative care course for care home staff. One of my learners asked if they can use ChatGPT for their written assignment - what do I tell them?", U, ["14.2"]),
 ("a patient on the unit asked me to help set up chatgpt on her own ipad so she can write letters to her grandkids. is that allowed?", U, ["7.3", "1.3"]),
 ("can i use chatgpt at home to help write my own NMC revalidation reflective accounts? no patient details at all", U, ["1.3", "4.1"]),
 # --- info ---
 ("who do i report a data slip to? I think i pasted a patient's address into copilot by mistake", I, ["15.1"]),
 ("who do I ask if I want the hospice to approve a new AI tool?", I, ["4.3", "2.1"]),
 ("what happens if someone breaks the AI policy?", I, ["15.2"]),
 ("how do i know if im signed into copilot chat properly?", I, ["3.1"]),
 ("volunteer here, i think i put something i shouldn't have into an AI app, who do I tell?", I, ["i-think-i-have-made-a-mistake-who-do-i-tell", "15.1"]),
 # --- personal use / out of scope ---
 ("can i use chatgpt on my own phone to plan my holiday? nothing to do with work", ["allowed", "info", "out_of_scope"], ["can-i-use-ai-for-my-own-personal-things", "1.3"]),
 ("how do I book annual leave in the rota system?", O, []),
 ("can I claim mileage for hospice at home visits when i use my own car?", O, []),
]
pii = {
 27: ["Joan Hartley", "485 777 3456", "12/03/1941"],
 36: ["Daniel Okafor", "Okafor"],
 41: ["margaret.fell62@gmail.com", "07700 900412", "margaret fell"],
 46: ["Priya Nandra"],
}
FAQ_SLUGS = {"can-i-use-chatgpt-or-another-ai-app-for-my-volunteering","do-volunteers-get-copilot-chat","what-must-i-never-put-into-an-ai-tool","can-i-use-ai-to-help-write-posts-for-my-charity-shop-s-facebook-page","can-i-use-an-app-to-find-out-what-a-donated-item-is-worth","can-i-use-ai-to-help-me-write-something-for-a-patient-or-family","can-i-use-ai-for-my-own-personal-things","i-think-i-have-made-a-mistake-who-do-i-tell"}
with open("cases.jsonl", "w") as f:
    for i, (q, v, cl) in enumerate(cases, 1):
        d = {"id": f"BFH{i:03d}", "question": q, "verdict": v,
             "clauses": [(F if c in FAQ_SLUGS else P) + c for c in cl],
             "escalate": v == U}
        if i in pii: d["pii"] = pii[i]
        f.write(json.dumps(d) + "\n")
print(len(cases))
