"""Writes cases.jsonl (kept for reference; cases are hand-written)."""
import json
D = "ai-policy.docx#"
R = "ai-tools-register.csv#"
CC, M365, TEAMS, PERS, GPT, AZ, AVT, SIM, CANVA, GRAM, OTTER, GEM = (R + t for t in [
    "Microsoft 365 Copilot Chat", "Microsoft 365 Copilot", "Teams intelligent recap and transcription",
    "Microsoft Copilot (personal account)", "ChatGPT", "Azure OpenAI Service (trust tenant)",
    "Auralis Ambient Scribe", "CallSim Trainer", "Canva Magic Studio", "Grammarly", "Otter.ai", "Google Gemini"])
NA, CO, AL, UN, IN, OOS = "not_allowed", "conditional", "allowed", "unsure", "info", "out_of_scope"

C = [
 # ---- not allowed
 ("hiya, can i use chatgpt on my own phone to tidy up my PRF write up after a job? i'd take the pts name out first obvs", [NA], [GPT, D+"5.5", D+"5.6", D+"6.3", D+"6.4"], False, None),
 ("is it ok to log into copilot with my hotmail on the station pc just to rewrite the station newsletter?? nothing confidential in it at all", [NA], [D+"5.5", PERS, D+"5.2"], False, None),
 ("can i stick the grammarly extension on my work laptop for emails, its only the free one", [NA], [GRAM, D+"10.4", D+"5.5"], False, None),
 ("EOC here - could we have the auralis scribe running while we take 999 calls so the notes basically write themselves? would save loads of time on busy nights", [NA], [D+"6.6", AVT, D+"6.5"], False, None),
 ("our crew at northgate want to try the ambient scribe thing, we're not on the pilot but we did the online training module. ok to crack on?", [NA], [D+"6.6", D+"6.5", AVT], False, None),
 ("im on the bramford pilot. can the scribe do the write up for a safeguarding referral? kids mum said some really worrying stuff on scene and i want it all down word for word", [NA], [D+"6.6", AVT], False, None),
 ("pt Edna Hartley, DOB 14/02/1944, on apixaban and bisoprolol, fell at home and banged her head, no LOC, obs all fine. can i pop that in copilot chat and ask if she needs conveying or if we can leave her with the falls team?", [NA], [D+"6.1", D+"6.3", D+"7.3"], False, ["Edna Hartley", "14/02/1944"]),
 ("CAS clinician - could i put the callers symptoms in copilot (no name or anything) and get it to suggest which disposition to go for? just as a sense check", [NA], [D+"6.1", D+"6.4", D+"6.2"], False, None),
 ("a member of the public emailed the PALS inbox asking if they should go to A&E about chest pains they had last week. can copilot chat write them some advice back?", [NA], [D+"6.2", D+"6.1"], False, None),
 ("we've had 140 applications for the EMT1 posts!! can m365 copilot go through them and rank the top 20 to invite to interview", [NA], [D+"8.2", M365], False, None),
 ("can i switch on the teams transcript for tomorrows sickness absence review with one of my call handlers so i dont have to take notes", [NA], [D+"8.6", D+"5.4", TEAMS], False, None),
 ("for the recruitment video we want AI to make it look like the chief exec is speaking welsh. she's totally fine with it, she suggested it actually. ok?", [NA], [D+"8.3"], False, None),
 ("comms q - can we use canva magic media to make a pic of one of the Kelsey Cross crew holding his long service award? he missed the photo shoot", [NA], [D+"8.3", CANVA], False, None),
 ("had a letter from the coroner asking for a statement about a job i did in march. could copilot help me write it up from my notes?", [NA], [D+"8.4", D+"6.3"], False, None),
 ("fleet here - 3 suppliers sent quotes for the tail-lift servicing contract. can copilot chat compare them and tell us which is best value", [NA], [D+"8.5"], False, None),
 ("the supplier's otter bot just joined our teams call about the ePCR upgrade, is it alright to let it stay in?", [NA], [OTTER, D+"8.6", D+"5.6"], False, None),
 ("as a team leader can i get copilot to go through one of my call handlers recorded calls and flag where her tone was off? it's for her appraisal", [NA], [D+"8.7", D+"8.2"], False, None),
 ("police sent over a warning marker for 14 Larch Close (occupant violent towards crews). can i paste their email into copilot chat to turn it into a crew briefing", [NA], [D+"7.5", D+"7.3", CC], False, ["14 Larch Close"]),
 ("i've got gemini on my android work phone, can i ask it to draft the minutes from my scribbles from the station meeting", [NA], [GEM, D+"5.6", D+"5.5"], False, None),
 ("im in BI and want to write a python script calling the openai api with my own key to classify the free text in incident reports. fine?", [NA], [D+"10.5", AZ, D+"6.3"], False, None),
 ("PTS bookings - can copilot check what the patient says about their mobility against the eligibility criteria and tell us if they qualify for transport?", [NA], [D+"8.2"], False, None),
 ("Can I paste the complaint from Mrs Janet Okafor (NHS no 943 476 5919) into Copilot Chat to draft our response? she's unhappy about how long the ambulance took for her husband", [NA], [D+"7.3", D+"6.3", CC, D+"7.2"], False, ["Janet Okafor", "943 476 5919"]),
 ("can i upload the recording of that awful cardiac arrest call from last week into callsim so the trainees can practise on a real one", [NA], [SIM, D+"6.7", D+"6.3"], False, None),
 ("HR - can copilot chat draft a letter to Dave Pritchard (staff no 20417) about his phased return after his back op", [NA], [D+"7.3", D+"7.2", D+"7.4", CC], False, ["Dave Pritchard", "20417"]),
 ("fleet again. the new telematics supplier has an AI driver coaching feature that gives every driver a score. can we turn that on for our crews?", [NA], [D+"8.7", D+"5.7"], False, None),
 ("111 call handler - can i use the scribe on my calls? heard it's coming to us", [NA], [D+"6.6", D+"11.4", AVT], False, None),
 # ---- conditional / allowed
 ("can i use copilot chat to rewrite our vehicle daily inspection checklist so it's clearer? no names or anything in it", [AL, CO], [D+"7.3", D+"5.2", CC], False, None),
 ("comms team: ok to use copilot chat to draft a press release about the new hub opening in Wyre, using stuff we've already published?", [AL, CO], [D+"5.2", D+"7.3", CC, D+"9.1"], False, None),
 ("i've got an m365 copilot licence - can it summarise the email chain about the overtime rota with the three fleet mechanics so i can catch up after leave?", [CO, AL], [D+"7.4", M365, D+"5.3"], False, None),
 ("can we have teams recap on for our weekly project meeting about the new vehicle conversions", [CO, AL], [D+"5.4", TEAMS, D+"8.6"], False, None),
 ("bramford pilot crew, all trained up. pt is happy for the scribe to listen in - anything i need to do before the notes go on the ePCR?", [CO], [D+"6.5", AVT], False, None),
 ("CAS clinician enrolled in the AVT pilot, can i use it on a remote consult callback with a lady with a suspected UTI?", [CO], [D+"6.5", AVT, D+"6.6"], False, None),
 ("educator here - want copilot chat to make a 20 question quiz on our published sepsis guidance for the NQPs. no patient stuff at all", [CO, AL], [D+"6.7", CC], False, None),
 ("procurement - can copilot chat help me write the spec for the new fleet telematics contract? working from our internal requirements doc", [CO, AL], [D+"8.5", D+"7.3"], False, None),
 ("can i make myself a copilot chat agent that just answers questions from our published fleet SOPs? only for me", [CO, AL], [D+"10.3"], False, None),
 ("comms: can we make an AI image of a made-up paramedic (not anyone real) in canva for a recruitment poster", [CO], [D+"8.3", CANVA, D+"9.3"], False, None),
 ("BI team want to build a little tool on the trust's azure openai to summarise published board papers. what do we need to do, can we?", [CO, UN], [D+"10.5", AZ, D+"4.4", D+"10.3"], True, None),
 ("can copilot chat help me draft an FOI reply about our average response times last year? it's just the published stats", [CO, AL], [D+"9.2", D+"7.3", CC], False, None),
 ("writing a business case for 2 more rapid response cars - can copilot chat help if i use our activity figures (no patient info, just numbers)", [AL, CO], [D+"7.3", CC], False, None),
 ("with my copilot licence can i get it to draft replies to rota swap requests in outlook? the team's names are in the emails obviously", [CO], [D+"7.4", M365], False, None),
 ("fleet manager with a copilot licence - can i use copilot in excel to spot trends in our vehicle defect reports? no names in the sheet, just reg numbers and faults", [AL, CO], [M365, D+"5.3", D+"7.4"], False, None),
 ("can i use copilot chat to turn a published NHS England leaflet into an easy read version for our website", [AL, CO], [D+"7.3", CC, D+"9.1"], False, None),
 ("EOC education - can we build a callsim scenario with a made up caller whose husband is having a stroke, for the new starters?", [CO, AL], [SIM, D+"6.7"], False, None),
 # ---- unsure
 ("pt only speaks polish and language line isn't picking up. can i use an AI translation app on my phone to talk to her on scene?", [UN], [D+"11.3"], True, None),
 ("BI dev here, is github copilot ok to use in VS code for our SQL reporting stuff?", [UN, NA], [D+"11.2", D+"5.6"], True, None),
 ("do we have to keep the teams recap as an official record or can i just delete it after the meeting", [UN], [D+"11.5"], True, None),
 ("im a unison rep - can i use copilot chat on my trust laptop to draft a newsletter for our members?", [UN], [D+"11.6"], True, None),
 ("is perplexity ok for researching published evidence on frequent callers? there'd be no patient data", [UN, NA], [D+"5.6", D+"10.1", D+"10.2"], True, None),
 ("can i use claude to help write a lesson plan for the driving school?", [UN, NA], [D+"5.6", D+"10.1"], True, None),
 ("our rostering system has a new 'AI shift suggestions' button since the update. can we use it to build next month's rota?", [UN, NA], [D+"5.7"], True, None),
 ("deepseek app for summarising a NICE guideline that's public anyway - allowed?", [UN, NA], [D+"5.6", D+"10.1"], True, None),
 ("can our community first responders use copilot chat? they don't have nhsmail accounts", [UN, NA], [D+"5.2", D+"2.1", CC], True, None),
 ("a partner trust runs our joint meeting on zoom with their AI companion note taker switched on. do i need to ask them to turn it off or is that ok?", [UN, NA, CO], [D+"8.6", D+"5.6"], True, None),
 ("heard the scribe is being rolled out to Hollins Park station from january, can we start using it now then?", [NA, UN], [D+"6.6", D+"11.4", D+"6.5", AVT], False, None),
 ("can i use notebooklm to turn the new published clinical guidelines into a podcast for crews to listen to on the way to jobs", [UN, NA], [D+"5.6", D+"10.1"], True, None),
 ("comms - we want an AI-generated synthetic voice (not based on anyone real) for the recorded message on the PTS booking line. allowed?", [UN, NA], [D+"8.3", D+"5.6", D+"10.1"], True, None),
 ("our PTS contractor's booking portal has added an AI chatbot for patients. can we start pointing patients to it?", [UN, NA], [D+"5.7", D+"5.6", D+"10.1"], True, None),
 # ---- info
 ("who do i ask if i want a new AI tool approved?", [IN], [D+"10.1", D+"13.1", D+"4.3"], False, None),
 ("whats the difference between copilot chat and the licensed copilot, and how do i know which one ive got", [IN], [D+"5.2", D+"5.3", CC, M365], False, None),
 ("i accidentally pasted a patient's address into chatgpt last night 😬 what do i do now", [IN], [D+"7.7", D+"12.3"], False, None),
 ("which stations are in the ambient voice pilot?", [IN], [D+"6.5", AVT], False, None),
 ("what training do i need to do before i can get a copilot licence", [IN], [D+"5.3", D+"12.1"], False, None),
 ("who actually owns the AI policy?", [IN], [D+"4.1", D+"4.3"], False, None),
 ("does the AI policy cover the ECG interpretation on our defibs?", [IN], [D+"2.3"], False, None),
 ("what happens if someone gets caught putting patient info in chatgpt", [IN], [D+"12.4", D+"12.3"], False, None),
 ("do we have to label AI pictures we put on the trust's social media", [IN, CO], [D+"9.3", D+"8.3"], False, None),
 ("does the policy apply to me using chatgpt at home for my paramedic degree essays? no trust stuff in them", [IN, AL], [D+"2.4"], False, None),
 # ---- out of scope
 ("whats the process for booking annual leave over christmas in the EOC?", [OOS], [], False, None),
 ("how do i get a fuel card for the new response car", [OOS], [], False, None),
 ("who do i talk to about my pension contributions", [OOS], [], False, None),
]

with open("cases.jsonl", "w", encoding="utf-8") as fh:
    for n, (q, v, cl, esc, pii) in enumerate(C, 1):
        row = {"id": f"r6c{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
from collections import Counter
print(len(C), Counter(v[0] for _, v, *_ in C))
