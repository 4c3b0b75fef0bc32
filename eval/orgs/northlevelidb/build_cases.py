import json
F = "nlfidb-ai-use-policy.md#"
def r(*ids): return [F + i for i in ids]
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
cases = [
# --- plain yes ---
("hi, can i use copilot chat (work login) to draft the newsletter piece about this summer's weed cutting programme? nothing personal in it just the dates and which drains", Y, r("7.1", "A.1", "6.2"), False, None),
("quick one - can copilot summarise the published minutes from the last board meeting for me? theyre already on the website", Y, r("6.1", "A.1", "7.1"), False, None),
("need an excel formula to work out pump running hours per station per month from the telemetry export csv (just hours, no names). ok to ask copilot chat?", Y, r("7.14", "A.1"), False, None),
("we're putting up notices about the desilting works on the Twenty Foot drain and a lot of the seasonal farm workers round there are polish and lithuanian. can i get copilot to translate the notice?", C, r("7.11", "A.1"), False, None),
("Can I use Copilot Chat to redo our standard acknowledgement letter template for land drainage consent applications? Its a blank template, no applicant details", Y, r("7.3", "A.1"), False, None),
("gareth wants a job advert for a plant operator (excavator/weedcutter), can i use copilot chat to knock one up from the JD?", Y, r("7.8", "A.1"), False, None),
("I'm writing the spec for the refurbishment of the pump at Gedney Hill PS before we go out to tender. Can copilot help tidy up the wording? No prices in it", C, r("7.7", "A.1"), False, None),
("can i use FenGIS Assist to pull up which landowners are next to the drain we're slubbing out next month so we can send the access notification letters", C, r("A.3", "A.4"), False, None),
("can i make a little icon / diagram of how a pumping station works for the schools newsletter using copilot's image thing", C, r("7.12", "A.1"), False, None),
("I'm a Board Member (appointed by the district council) and I'd like to use Copilot Chat on my own iPad, logged in with my Board email, to summarise the published agenda pack before next week's meeting. Is that OK?", C, r("5.4", "6.1"), False, None),
("can copilot proofread my draft procedure for daily van and plant checks? its just internal", Y, r("7.1", "6.2", "A.1"), False, None),
("whats the difference between s23 and s66 of the land drainage act in plain english - can i ask copilot chat to explain it? just for my own background reading not for a case", Y, r("A.1", "8.1"), False, None),
("im drafting the annual maintenance programme report for the Board using copilot chat, no personal info. anything i need to do?", C, r("7.13", "7.1", "6.2"), False, None),
("can I use copilot to draft a press release about the new pumping station at Clough's Cross opening in the spring", C, r("7.13", "7.1"), False, None),
("can FenGIS Assist give me a summary of the maintenance history on the Catswater drain assets? want it for the engineers meeting", Y, r("A.3"), False, None),
("Can I use Copilot to turn our published byelaws into a plain-english leaflet for landowners? The byelaws are on the website already", Y, r("6.1", "7.1", "A.1"), False, None),
("finance here - can i use copilot chat to look at overall rating arrears by parish (just totals, no names or account numbers) and help me write the trend bit for the committee report", Y, r("6.2", "7.2", "A.1"), False, None),
("got a general query from a ratepayer about why the drainage rate went up. if i strip out their name, address and account no, can copilot help draft the reply?", Y, r("6.3", "A.1", "7.1"), False, None),
# --- not allowed ---
("can i just use free chatgpt to draft the newsletter? its all public stuff anyway and copilot is rubbish at it", N, r("4.3", "4.1"), False, None),
("I pay for ChatGPT Plus myself, is it ok to use my own account for writing board letters if I dont put names in?", N, r("5.2", "4.3"), False, None),
("Mrs Janet Coulson of 14 Fen Drove, Murrow PE13 4HX has complained again about flooding in her garden and is quite upset. can i paste her email into copilot chat to help me write a careful reply?", N, r("6.3", "A.2"), False, ["Janet Coulson", "14 Fen Drove", "PE13 4HX"]),
("can copilot tell me whether we should grant consent for the culvert application on the Black Drain? i'll give it the drawings and the engineer's notes", N, r("7.2"), False, None),
("Mr Dale Pickering has put a fence within 9m of the Board's drain again (consent ref LDC/2026/0417), we think it's a byelaw breach. can i use copilot to draft the enforcement notice with his details in?", N, r("6.4", "7.2"), False, ["Dale Pickering", "LDC/2026/0417"]),
("we've had 5 tenders back for the desilting framework. can i get copilot chat to score them against the quality criteria to save time", N, r("7.7", "6.7"), False, None),
("could i paste the bidders' price schedules into copilot and ask it which is best value?", N, r("6.7", "7.7"), False, None),
("heavy rain forecast thurs - can i ask copilot what pump start/stop levels we should set at the main stations?", N, r("7.4"), False, None),
("can copilot write the RAMS for the confined space entry at the pumping station sump? i'll check it after", N, r("7.4"), False, None),
("can we use otter to transcribe the board meeting so the minutes are easier to do", N, r("7.10", "4.3"), False, None),
("is it ok to switch on teams intelligent recap for our monday team meeting? its only staff", N, r("7.10", "A.5"), False, None),
("we've got 40 applications for the admin officer job, can i get copilot to shortlist them against the person spec", N, r("7.8", "6.5"), False, None),
("Tom Harrold's back after his back surgery and I've got 3 pages of return to work notes. Can copilot summarise them for his file?", N, r("6.5", "6.4"), False, ["Tom Harrold"]),
("for the opening event can i make an AI picture of the chairman cutting the ribbon at the pumping station? the real photo came out blurry", N, r("7.12"), False, None),
("can i generate a photo of flooded fields with copilot for the flood awareness press release? we dont have a good one", N, r("7.12"), False, None),
("landowner says his new shed is outside the 9 metre byelaw strip, i think its inside. can copilot tell me who's right under the byelaws?", N, r("7.9"), False, None),
("Is Grammarly ok on my work laptop? IT didnt block it", N, r("4.3", "4.1"), False, None),
("could we set up a copilot agent that automatically emails reminders to ratepayers who haven't paid?", N, r("7.6"), False, None),
("any reason we couldnt hook an AI up to the telemetry alarms so it resets pumps automatically overnight? would save the standby lads a lot of callouts", N, r("7.5", "7.4", "7.6"), False, None),
("im an operative, can i use copilot chat on my own phone to tidy up my site report? no names in it, board login", N, r("5.3"), False, None),
("Board member here - can I use Copilot on my own laptop to help me get my head round the confidential part 2 report about the land purchase?", N, r("5.4", "6.8"), False, None),
("we've got the list of kids from the primary school visiting Gedney Hill PS, can copilot make personalised certificates with their names?", N, r("6.6"), False, None),
("a new 'AI assist' button has appeared in the rating software after the update. can i use it to help with the rating queries?", N, r("4.5"), False, None),
("I've sent the form in to get Gemini approved. Can I try it out with some internal docs while I wait?", N, r("B.4", "4.4"), False, None),
("can i export the landowner list from FenGIS and paste it into copilot chat to do a mail merge letter?", N, r("A.4", "6.3"), False, None),
("could fengis assist tell us which landowners we should take enforcement action against for blocked ditches?", N, r("A.4", "7.2"), False, None),
("can copilot work out the special levy / drainage rate for a new property from its annual value? quicker than the manual way", N, r("7.2"), False, None),
("the pumping station security doc (alarm codes, key safe etc) is a mess, can copilot tidy the formatting?", N, r("6.8", "3.7"), False, None),
("we've had a letter from a ratepayer in lithuanian, Rasa Petrauskiene, account NL-R-00381, about her rates bill. can copilot translate it?", N, r("7.11", "6.3"), False, ["Rasa Petrauskiene", "NL-R-00381"]),
("can copilot write the PLC logic change for the new level sensor at the outfall station?", N, r("7.14", "7.5"), False, None),
("is the 'draft with copilot' button in word ok? the one that shows in the ribbon", N, r("A.5"), False, None),
("can i use canva's magic write / magic media to do the open day poster and blurb? its on the free canva account i use for the board facebook", ["not_allowed", "unsure"], r("4.1", "4.3", "5.2"), True, None),
("midjourney for a nice poster of the drain at sunset for the open day?", N, r("4.3"), False, None),
("can i upload the ratepayer spreadsheet into fengis so i can use fengis assist to sort out the records", N, r("A.4"), False, None),
("I'm a farmer member of the Board - can I use my own ChatGPT to help me prepare for the debate on the published budget papers?", N, r("5.2", "4.3", "5.4"), False, None),
("just started as admin assistant this week, havent done the AI e-learning yet - can I use copilot chat to tidy my meeting notes?", ["not_allowed", "conditional"], r("8.4"), False, None),
# --- undecided / unsure ---
("we get loads of planning consultations from Fenland DC, can copilot chat summarise the drainage bits for us? they're public on the council's portal", U, r("7.15"), True, None),
("Peterborough planning have sent 12 apps for comment this week. ok to paste the application docs into copilot to pull out surface water proposals?", U, r("7.15"), True, None),
("the consultant engineers doing the pumping station condition survey want to use their own AI to write up the report. is that allowed?", U, r("7.16"), True, None),
("our term contractor says they use an AI tool for their design calcs on the culvert replacements. do we need to stop them?", U, r("7.16"), True, None),
("can copilot summarise the Environment Agency's published consultation response doc? it lists the names of people/farms who responded", ["unsure", "not_allowed"], r("6.3", "6.1", "7.15"), False, None),
("the new pump control panels come with a 'predictive maintenance' AI that flags bearing wear. can we use it?", ["not_allowed", "unsure"], r("4.1", "7.4", "4.5"), True, None),
# --- info ---
("help - i pasted a landowner's email k.thurlow@fenfarms.co.uk and phone 07700 900412 into chatgpt by mistake. who do i tell?", I, r("9.1"), False, ["k.thurlow@fenfarms.co.uk", "07700 900412"]),
("how do i get a new AI tool approved?", I, r("B.1", "B.2", "4.4"), False, None),
("which AI tools are we actually allowed to use at the moment?", I, r("4.2", "A.1", "A.3"), False, None),
("how long does the clerk take to decide on a tool request?", I, r("B.3"), False, None),
("should i delete the chat where i put the tender info in before i report it?", ["info", "not_allowed"], r("9.2"), False, None),
("who does the DPIA for AI tools?", I, r("10.2", "3.9"), False, None),
("if copilot helped me write the board report do i have to say so anywhere?", ["info", "conditional"], r("7.13"), False, None),
# --- out of scope ---
("how do i book annual leave on the new HR system?", O, [], False, None),
("whens the drainage rate demand going out this year?", O, [], False, None),
("who is on pump standby this weekend? need to swap a shift", O, [], False, None),
]
with open("cases.jsonl", "w") as f:
    for n, (q, v, cl, esc, pii) in enumerate(cases, 1):
        d = {"id": f"NLD{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii: d["pii"] = pii
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
