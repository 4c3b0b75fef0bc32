import json
P = "tarrant-genai-policy.md#"
R = "ai-tools-register.csv#"
F = "staff-ai-faq.md#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
NU = ["not_allowed", "unsure"]
U = ["unsure"]
I = ["info"]
O = ["out_of_scope"]
cases = [
# --- ordinary permitted work
("hey, can i use copilot chat (logged in w my uni account) to knock together lecture notes for my 2nd yr thermodynamics module? will check it all obvs", Y, [P+"6.1", R+"Microsoft 365 Copilot Chat", P+"4.1"], False),
("is it ok to get copilot to write 20 multiple choice quiz qs for my intro stats moodle quiz", Y, [P+"6.1", R+"Microsoft 365 Copilot Chat"], False),
("marking 140 essays this wk 😩 can i paste them into copilot chat (uni login) to help draft the feedback comments? i'd edit them and the marks are mine", Y, [P+"6.3", P+"6.2", F+"can-i-put-student-work-into-copilot-to-help-write-feedback"], False),
("intl recruitment here - can we use deepl pro to translate our published course pages into mandarin and vietnamese for the agents website?", C+["allowed"], [P+"15.3", P+"10.2", R+"DeepL Pro"], False),
("i pay for chatgpt plus myself. can i use it to summarise the OfS report that was published last week? nothing internal going in", Y, [P+"4.5", R+"ChatGPT", F+"can-i-use-my-own-chatgpt-or-gemini-account"], False),
("Im in the research software engineering team, can I use github copilot on the uni org licence for the python pipeline we maintain? no secrets in the repo", Y, [R+"GitHub Copilot Business", P+"14.1", P+"4.4"], False),
("i've got a copilot licence - can i turn on transcription + recap in our project team teams call on thurs? will tell everyone at the start", Y, [P+"13.2", R+"Microsoft 365 Copilot", F+"can-i-use-ai-to-record-or-summarise-a-teams-meeting"], False),
("can i use panopto's auto captions and the ai summary for my recorded lectures?", Y, [P+"13.1", R+"Panopto"], False),
("hiring a lab technician, can i use copilot chat to help draft the job description and advert", Y, [P+"10.3", R+"Microsoft 365 Copilot Chat"], False),
("med school teaching: want to use copilot to write some made-up patient scenarios for OSCE practice stations, completely fictional. ok?", Y, [P+"8.3"], False),
("student services - can i use copilot chat to help draft a general exam stress leaflet? no student info involved", Y, [P+"11.4", R+"Microsoft 365 Copilot Chat"], False),
("procurement q: can I use copilot chat to help draft the spec for the new catering contract tender? no bids received yet", Y, [P+"16.3", R+"Microsoft 365 Copilot Chat"], False),
("writing a UKRI grant application, is it ok to use copilot chat to tighten up the case for support?", Y, [P+"7.5", R+"Microsoft 365 Copilot Chat"], False),
("marketing officer here - can i use adobe firefly through our creative cloud licence to make a background image for the open day poster? no people in it", Y, [R+"Adobe Firefly", P+"12.3", F+"can-i-make-ai-images-for-a-poster-or-web-page"], False),
("our module BIO2104 got approved by faculty education committee for the tarrant marking assistant. can we use it to suggest marks if a second marker moderates everything?", Y, [P+"6.4", R+"Tarrant Marking Assistant"], False),
("my ethics approval (granted Oct 2026) and consent forms both say interviews will be transcribed with AI. can i transcribe them in tarrant secure research ai?", Y, [P+"7.2", P+"7.1", P+"7.3"], False),
("working from home on my own laptop - can i use copilot chat in the browser (with MFA) to redraft a committee paper? it's internal, no names", Y, [P+"4.6", P+"5.2", R+"Microsoft 365 Copilot Chat"], False),
("do i have to put an 'AI generated' label on internal emails if copilot helped me write them?", ["info", "allowed", "conditional"], [P+"15.2"], False),
("can i use copilot to tidy up our dept's internal procedure doc for room bookings? nothing personal in it", Y, [P+"5.2", R+"Microsoft 365 Copilot Chat"], False),
# --- tools not on the register
("can i use the free claude.ai to summarise our school board minutes? it's way better than copilot tbh", NU, [P+"4.2", F+"what-if-the-tool-i-want-is-not-on-the-register"], True),
("is perplexity ok for a lit review? only published papers going in", NU, [P+"4.2", F+"what-if-the-tool-i-want-is-not-on-the-register"], True),
("want to upload our module handbook to google notebooklm to make a podcast for students. allowed?", NU, [P+"4.2", F+"what-if-the-tool-i-want-is-not-on-the-register"], True),
("there's a free trial of an AI transcription service for our dept, just click accept on the terms. can i sign us up?", NU, [P+"16.2", P+"4.2"], True),
("can we hook copilot up to SITS through the api so it can answer student queries from their records? we have copilot licences", NU, [P+"14.3", P+"4.2"], True),
# --- prohibited tools
("can i use otter.ai to transcribe my research interviews? its what i used at my last uni", N, [R+"Otter.ai", P+"7.3", P+"13.4"], False),
("an otter bot joined my teams meeting earlier, someone external invited it. is that ok to leave in?", ["not_allowed", "info"], [P+"13.4", R+"Otter.ai"], False),
("quick one - deepseek on my phone for checking a maths proof for lecture slides? it's all public maths", N, [R+"DeepSeek", P+"4.3"], False),
# --- marking and misconduct
("can i run a suspicious essay through gptzero to check if it's ai?", N, [P+"6.5", R+"AI writing detectors"], False),
("turnitin says 87% ai on a dissertation. can i send that score to the academic conduct panel as the evidence?", N, [P+"6.5", F+"a-detector-says-an-essay-is-90-ai-can-i-report-it-as-misconduct"], False),
("running out of time, can copilot chat just give a provisional mark on each lab report and i'll spot check a few? module isn't in any pilot", N, [P+"6.4"], False),
("i'm on the academic conduct panel - could we use copilot to recommend outcomes based on past cases to keep things consistent?", N, [P+"6.6", P+"3.3"], False),
# --- personal accounts / data kinds
("can i paste my seminar group's names and marks into my personal chatgpt to make a progress summary", N, [P+"4.5", P+"5.3", R+"ChatGPT"], False),
("Want to use copilot chat to write a study support plan for Jordan Pike (student 21004567) who has autism and anxiety - can I paste in his disability assessment?", N, [P+"11.1", P+"5.4"], False, ["Jordan Pike", "21004567"]),
("line manager q: can i put Sarah Okafor's sickness absence record into copilot to summarise before her return to work meeting on monday", N, [P+"5.6"], False, ["Sarah Okafor"]),
("outreach team: we've got names + schools of the year 10 pupils from the summer school, can copilot chat turn them into personalised certificates?", N, [P+"5.5", R+"Microsoft 365 Copilot Chat", P+"5.4"], False),
("our industry partner sent confidential details of their new alloy. can i put them in my personal gemini to help draft the joint paper?", N, [P+"5.7", R+"Google Gemini", P+"4.5"], False),
("i've been asked to peer review a manuscript for a journal - can i use copilot chat to summarise it and draft my review", N, [P+"5.8"], False),
("copilot could help me debug our server config if i paste the config file with the admin password in, ok?", N, [P+"5.9"], False),
("I work for the SU, not the uni, but the uni's planning office sent us an unpublished draft estates strategy - can we run it through the SU's AI assistant?", N, [P+"1.3"], False),
# --- restricted to roles
("I'm a history lecturer, can I get github copilot for my digital humanities scripts?", N, [R+"GitHub Copilot Business", P+"4.4"], False),
("geography lecturer - can i use adobe firefly on our creative cloud to make illustrations for my slides?", N, [R+"Adobe Firefly", P+"4.4"], False),
# --- clinical
("on placement a consultant asked me to put the ward patient notes into copilot to make a teaching case. ok if i remove the names?", N, [P+"8.1"], False),
("can i ask copilot what dose of gentamicin to give a patient on my firm? just want to double check", N, [P+"8.2"], False),
# --- export control
("our drone navigation project is export controlled. no written ok from the export control officer yet - can i put the design docs into tarrant secure research ai since it's the secure one?", N, [P+"9.1"], False),
("not sure if my materials project with a defence partner counts as export controlled. can i use copilot chat on the data anyway?", ["not_allowed", "conditional"], [P+"9.2", P+"9.1"], False),
# --- admissions, recruitment, wellbeing decisions
("admissions: we've got 3000 personal statements for medicine. can copilot score them so we know who to interview?", N, [P+"10.1"], False),
("can i use copilot to shortlist the 60 applicants for the admin officer post against the person spec", N, [P+"10.3"], False),
("EC panel next week, can copilot go through the extenuating circs claims and recommend accept/reject?", N, [P+"11.3"], False),
("thinking of setting up a chatbot to reply to students who email the wellbeing inbox out of hours, incl ones saying they're struggling", N, [P+"11.2"], False),
# --- images, voices, recordings
("for a colleague's leaving do can i make an AI video of him 'singing' using his voice? he doesn't know, it's a surprise", N, [P+"12.1"], False),
("i've got photos of students from graduation - can i upload them to an ai tool to swap the background for the prospectus? we didn't ask them about AI", N, [P+"12.2"], False),
("a guest speaker gave a great talk, can i record it on my phone and have ai turn it into notes? didn't ask her", N, [P+"13.5"], False),
("HR case: can we switch on teams copilot transcription for the disciplinary hearing for Mark Ellison on 12 Jan so we have accurate notes?", N, [P+"13.3"], False, ["Mark Ellison"]),
# --- automation, legal, procurement, publication
("can i set up a copilot agent to automatically update module registrations in the student records system and email students, no need for us to check each one?", N, [P+"14.2"], False),
("could i just ask copilot whether we can end the cleaning contract early and go with what it says? legal are slow", N, [P+"16.1"], False),
("tender evaluation: 5 bids in, can copilot score them against the criteria to save time?", N, [P+"16.3"], False),
("comms: copilot wrote most of our news story on the new sports centre. can we put it on the website? does it need to say ai?", C+["info"], [P+"15.1"], False),
# --- undecided
("I'm external examiner for the MSc and the programme lead asked if I can use AI to help review the scripts - is that allowed?", U, [P+"6.7"], True),
("we're recruiting external examiners for next year, one asked what the rule is on them using chatgpt on our students' work. what do i tell them?", U+["info"], [P+"6.7"], True),
("my ethics approval is from march 2025 and the consent form says nothing about AI. can i run the interview transcripts through tarrant secure research ai for thematic analysis?", U, [P+"7.4"], True),
("postdoc here. my focus group data was collected under 2024 ethics approval, no mention of AI. can i get it transcribed by AI in TSRA?", U, [P+"7.4"], True),
# --- info
("help - i accidentally pasted a spreadsheet with student emails and dobs (e.g. l.meadows@student.tarrant.ac.uk, 14/03/2005) into chatgpt. who do i report it to?", I, [P+"17.1", F+"who-do-i-tell-if-i-have-put-personal-data-into-the-wrong-tool"], False, ["l.meadows@student.tarrant.ac.uk", "14/03/2005"]),
("how do i get a new ai tool approved?", I, [P+"4.2", F+"what-if-the-tool-i-want-is-not-on-the-register", P+"2.4"], False),
("what training do i need before i get a copilot licence", I, [P+"18.1", R+"Microsoft 365 Copilot"], False),
("who do i contact about export control and ai", I, [P+"9.2", F+"who-can-answer-a-question-the-policy-does-not-cover"], False),
("what counts as special category info under the ai policy?", I, [P+"2.3"], False),
("who decides questions the AI policy doesn't answer?", I, [P+"2.4", F+"who-can-answer-a-question-the-policy-does-not-cover"], False),
# --- out of scope
("how do i book a seminar room in the library for next tuesday", O, [], False),
("when does the uni close for christmas this year?", O, [], False),
("who do i talk to about increasing my USS pension contributions", O, [], False),
]
with open("cases.jsonl", "w") as f:
    for i, c in enumerate(cases, 1):
        d = {"id": f"TRU{i:03d}", "question": c[0], "verdict": c[1], "clauses": c[2], "escalate": c[3]}
        if len(c) > 4:
            d["pii"] = c[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
