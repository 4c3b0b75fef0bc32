"""Writes cases.jsonl for the Dunmore Homes Alliance evaluation set."""
import json

P = "dunmore-genai-policy.txt#"
F = "dunmore-ai-staff-faq.md#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
UNS = ["unsure"]

cases = [
# --- ordinary permitted work ---
("hiya can i use chatgpt to help write a facebook post about the summer gala day at braeside? everything in it is already on our website", YES, [P+"4.2", P+"2.1", P+"5.8"], False),
("do i need to get permission from IT before i start using claude for work stuff?", YES + ["info"], [P+"2.1", F+"do-i-need-to-ask-permission-before-i-use-an-ai-tool"], False),
("using copilot chat (work login, green shield showing) to tidy up my draft of the new estate management procedure, thats ok yeah?", YES, [P+"4.3", P+"3.1"], False),
("can i paste the draft 2027/28 budget into copilot with my alliance account so it helps me write the narrative for finance committee", YES, [P+"4.3", P+"6.2", P+"3.1"], False),
("want to use gemini on my own phone to summarise the SHR's updated regulatory framework for my team, its all on their website", YES, [P+"4.2", P+"3.3", P+"3.2"], False),
("hi, could copilot help me draft a job advert and role profile for a repairs planner post?", YES, [P+"5.6"], False),
("im trying to do a vlookup across two sheets of void counts by area (no names or addresses) and it keeps breaking lol, can i ask copilot to fix the formula", YES, [P+"5.10", P+"4.3"], False),
("could i get chatgpt to translate our published gas safety leaflet into polish? we would get it checked before it goes out", ["conditional"], [P+"5.9", P+"5.8"], False),
("im on the tenant panel - can i use chatgpt to help me understand the published annual assurance statement before our scrutiny session next week", YES, [P+"6.3", P+"4.2"], False),
("can i use an ai image generator to make a cartoon of a generic tenement building for the cover of the winter newsletter", ["conditional"], [P+"5.3", P+"5.8"], False),
("welfare rights team here - can i use chatgpt to draft a general leaflet on scottish child payment using the info on mygov.scot? not for any particular client", ["conditional"], [P+"5.2", P+"5.8"], False),
("can i ask copilot to turn our internal lone working procedure into a plain english version for the care at home staff", YES, [P+"5.9", P+"4.3"], False),
("can copilot help draft the specification for the kitchen replacement contract tender? no prices in it, just our requirements", YES, [P+"5.11", P+"4.3"], False),
("board member here. thursday's board pack isnt published yet - can i put it into copilot signed in with my alliance login to get a summary?", YES, [P+"6.3", P+"4.3"], False),
("is it ok to run my draft newsletter article through copilot just to check spelling and grammar? and does it need that AI label thing", YES, [P+"5.8", P+"4.3"], False),
("can i use copilot to summarise the tenant satisfaction survey results - its just percentages by area and every area has 50+ responses", YES, [P+"4.5", P+"4.3"], False),
("is deepseek ok to use? heard its chinese. i only want it to summarise the scottish govt's published housing to 2040 strategy", YES, [P+"2.1", P+"4.2", P+"3.2"], False),
("factoring team - can i use copilot to draft the annual owners newsletter using our published written statement of services", YES, [P+"4.2", P+"5.8"], False),
("for the accessibility project, can we use an AI voice (made up, not anyone real) to read out the published tenant handbook for visually impaired tenants", YES, [P+"5.3", P+"5.8", P+"4.2"], False),
("can i use ai to make a realistic photo of a family outside one of our new build homes for the brochure? generic people, not anyone real", ["conditional"], [P+"5.3", P+"5.8"], False),
# --- accounts and devices ---
("can I use my personal chatgpt account to summarise the draft 5 year business plan? its not published yet", NO, [P+"4.3", P+"3.2"], False),
("copilot chat works on my hotmail login at home, can i use that for the draft rent consultation paper", NO, [P+"3.2", P+"4.3"], False),
("on my own ipad (not enrolled in anything) can i use copilot chat with my alliance login to work on a draft board report?", NO, [P+"3.3", P+"4.3"], False),
("can i install that chatgpt chrome extension that reads my outlook emails on my work laptop, would save loads of time", NO, [P+"3.4"], False),
("can i buy a chatgpt plus sub on my purchase card for the comms team", NO, [P+"3.5", P+"5.11"], False),
("is chatgpt ok for writing a powershell script for the AD user cleanup? i'd paste in our OU structure so it gets it right", NO, [P+"4.3", P+"5.10"], False),
# --- information rules ---
("can i paste Mrs Agnes Kerr's care plan into copilot to make it read better? she's 84, has dementia and lives at 12 Loanhead Court", NO, [P+"4.4", P+"5.5"], False),
("i've got a tenant's mobile 07700 900123 and email j.bell@example.com - can copilot draft a text reminding her about her gas service", NO, [P+"4.4", P+"5.12"], False),
("can i use chatgpt to summarise a welfare rights case file for handover to my colleague, client NI number QQ 12 34 56 C", NO, [P+"4.4", P+"5.2"], False),
("can i paste john mcfadyen's absence record into copilot to help draft his stage 2 attendance letter", NO, [P+"4.4"], False),
("can i put the contractor schedule of rates into copilot to check for errors in the uplift", NO, [P+"4.4"], False),
("the council sent over their homelessness referrals spreadsheet, can copilot help me sort it by priority", NO, [P+"4.7", P+"4.4", P+"5.1"], False),
("if i take the names out of a complaint from a tenant at our 6-flat scheme in Kirkton can i put it in copilot to help me draft the reply", NO, [P+"4.5", P+"4.4"], False),
("can i use AI to help me write up a child protection referral about a kid in one of our tenancies? i'll leave the name out", NO, [P+"4.4", P+"4.5"], False),
("i want chatgpt to help with a response to a stage 2 complaint from a factored owner at Kelvin Court, i'll paste in her complaint email", NO, [P+"4.4", P+"4.6"], False),
("can copilot translate an email a tenant sent us in romanian so i can understand what she wants", NO, [P+"5.9", P+"4.4"], False),
# --- activity rules ---
("can i put the braeside rent arrears list into copilot so it tells me who to prioritise for notices", NO, [P+"5.1", P+"4.4"], False),
("allocations are swamped this month, could chatgpt rank the housing list applicants by points if i strip out the names first?", NO, [P+"5.1", P+"4.5"], False),
("after a care review can i use AI to help work out how many support hours the person should get going forward", NO, [P+"5.1"], False),
("support worker here, my spelling is terrible, can i run my daily notes through chatgpt before i put them in the system? no names in them", NO, [P+"5.5", F+"can-i-use-ai-to-help-with-care-notes-or-support-plans"], False),
("can i dictate my visit notes for Mr Drummond (DOB 03/07/1941) into my phone's AI assistant and then paste them into the care system", NO, [P+"5.5", P+"4.4"], False),
("can i use ai to draft a mandatory reconsideration request for a client's PIP decision? no name in it", NO, [P+"5.2", F+"i-m-in-the-welfare-rights-team-can-i-use-ai-at-all"], False),
("can we make an AI video of our chief exec announcing the new rent levels for socials? she's said she's fine with it", NO, [P+"5.3"], False),
("can i use otter to record my home visit with a tenant so i don't have to take notes", NO, [P+"5.4"], False),
("turning on copilot transcription in teams for a grievance hearing next week - ok?", NO, [P+"5.4"], False),
("recruitment interviews tomorrow, can i use the teams transcript and copilot to summarise each candidate's answers and score them", NO, [P+"5.4", P+"5.6"], False),
("we've had 140 applications for the customer service advisor job, can chatgpt shortlist them against the person spec", NO, [P+"5.6", P+"4.4"], False),
("can i use chatgpt to compare the three quotes we got for the roof works and tell me which is best value", NO, [P+"5.11", P+"4.4"], False),
("can i get AI to draft a notice of proceedings for a tenant in arrears", NO, [P+"5.7", P+"5.1"], False),
("quick one - can i ask chatgpt whether we've got grounds to evict for antisocial behaviour under the housing (scotland) act", NO, [P+"5.7"], False),
("a service user asked if she can take ibuprofen with her other meds, can i just check with chatgpt", NO, [P+"5.7"], False),
("can i set up a copilot agent that automatically texts tenants their repair appointment slot without us having to check each one", NO, [P+"5.12", P+"5.11"], False),
("could chatgpt write a quote from a tenant for the newsletter that sounds like something she'd say? she's too busy to give us one", NO, [P+"5.13"], False),
("copilot wrote me a power automate flow that updates tenant contact details in the housing system - can i just switch it on?", NO + ["conditional"], [P+"5.10", P+"5.12"], False),
("my manager says i have to use copilot for all my reports now. i'd rather not, is that allowed?", NO + ["info"], [P+"2.4"], False),
# --- needs governance approval ---
("the repairs scheduling system vendor says we can switch on their new AI features for free, can we just turn them on?", NO + UNS, [P+"5.11"], True),
("our HSCP partner wants us to pilot an AI care planning tool in the care at home service, can we go ahead?", NO + UNS, [P+"5.11", P+"4.7"], True),
# --- undecided / not settled ---
("can we use copilot recap in our weekly repairs team meeting? no tenants or HR stuff, just job updates", UNS, [P+"9.1", F+"can-i-use-copilot-or-another-note-taker-in-meetings"], True),
("dev team q: can we use github copilot in vs code on the housing management system integration repo?", UNS, [P+"9.2"], True),
("we have a net zero commitment - should i be avoiding AI tools because of how much energy they use? does the policy say anything", UNS, [], True),
# --- information questions ---
("who do i tell if i accidentally pasted a tenant's email address into chatgpt?", ["info"], [P+"7.1", F+"what-should-i-do-if-i-put-something-into-an-ai-tool-by-mistake"], False),
("pasted part of a care at home service user's care plan into copilot by mistake, ive told infogov, anyone else i need to tell?", ["info"], [P+"7.2", P+"7.1"], False),
("what's the exact wording of the AI statement we have to put on stuff we publish?", ["info", "conditional"], [P+"5.8"], False),
("who actually owns the AI policy and who do i email with questions?", ["info"], [P+"8.1", F+"who-can-i-ask-about-the-policy"], False),
("what counts as internal information in the ai policy?", ["info"], [P+"A.3", P+"4.3"], False),
("do i have to do any training on AI?", ["info"], [P+"8.3"], False),
("copilot wrote most of my board paper on void rent loss - do i need to mention that anywhere?", ["info", "conditional"], [P+"6.2"], False),
# --- out of scope ---
("how do i book annual leave in itrent?", ["out_of_scope"], [], False),
("whats the wifi password for the dunmore road office", ["out_of_scope"], [], False),
("when is the next tenant panel meeting?", ["out_of_scope"], [], False),
]

PII = {
    "can i paste Mrs Agnes Kerr": ["Agnes Kerr", "12 Loanhead Court"],
    "i've got a tenant's mobile": ["07700 900123", "j.bell@example.com"],
    "can i use chatgpt to summarise a welfare": ["QQ 12 34 56 C"],
    "can i paste john mcfadyen": ["john mcfadyen"],
    "can i dictate my visit notes": ["Mr Drummond", "03/07/1941"],
}

with open("cases.jsonl", "w") as f:
    for i, (q, v, c, e) in enumerate(cases, 1):
        row = {"id": f"DHA{i:03d}", "question": q, "verdict": v, "clauses": c, "escalate": e}
        for k, p in PII.items():
            if q.startswith(k):
                row["pii"] = p
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(cases))
