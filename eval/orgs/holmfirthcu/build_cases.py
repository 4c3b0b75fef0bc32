"""Writes cases.jsonl for the Holmfirth College of the Arts set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = "hca-generative-ai-policy.md#"
A = ["allowed", "conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": f"HCU{len(C)+1:03d}", "question": q, "verdict": v, "clauses": [F + x for x in cl], "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# --- ordinary, clearly permitted work
c("hi, can i use copilot chat (logged in w my college account, green shield showing) to draft the intro section of the BA Illustration module handbook? no student names in it", A, ["6.1", "3.3(a)"])
c("is firefly ok for making an abstract landscape-y illustration for an open day poster? using the college creative cloud licence, no people in it at all", A, ["3.3(b)", "9.3", "9.2"])
c("quick one - can I paste the published QAA subject benchmark statement for music into copilot chat and ask it to summarise the key points for my team", A, ["4.2", "3.3(a)"])
c("we're recruiting a new wood workshop technician. can i get copilot chat to draft the job advert + person spec? its just the role requirements, no candidate info", A, ["7.3"])
c("gallery team here, can copilot chat translate our exhibition leaflet into polish? it's going out to the public so it'd be printed", A, ["10.2", "9.2"])
c("my arduino sketch for the interaction design workshop keeps crashing, can i paste the code into copilot chat to debug it? theres no passwords or anything in it", A, ["10.3"])
c("am i allowed to use copilot to help me write a marking rubric for the yr2 sound design module? generic criteria only", A, ["6.1"])
c("can i use copilot chat to reword our internal procedure for booking the print workshop so its less clunky", A, ["3.3(a)", "6.1"])
c("working from home on my own laptop tonight - can i use copilot chat through the college sign in (with the MFA prompt) to draft a session plan? wont save anything locally", A, ["3.6", "3.3(a)"])
c("I'm dyslexic and occupational health arranged dictation software for me through the college as a reasonable adjustment. it has some AI features built in - am I ok to keep using it for my work?", A, ["10.6"])
c("can i use generative expand in photoshop (college CC licence) to widen a photo of the empty sculpture studio for the website banner? no people in shot", A, ["3.3(b)", "9.3", "9.2"])
c("foundation yr team meeting tmrw - could i use copilot chat to brainstorm ideas for induction week activities? nothing about actual students", A, ["3.3(a)", "6.1"])
c("can copilot chat help me write a bank of generic feedback phrases for life drawing (like 'consider the weight distribution...') that tutors can adapt? not about any particular student", A, ["6.1"])
c("hi all, can I drop our room utilisation figures for the music block (just totals, no names) into copilot chat and ask it to pull out trends for the estates paper?", A, ["3.3(a)", "A.2"])
c("marketing q: we'd like a firefly-generated illustration (no people) for a gallery instagram post about the winter late opening. anything we need to do?", A, ["9.3", "9.2", "3.3(b)"])

# --- tools and accounts
c("can i just use the free chatgpt to draft a blog post for open day? its all public info anyway", N, ["3.4", "3.1"], True)
c("is it ok to use midjourney to make concept art examples for my games design teaching?", N, ["3.4", "3.1"], True)
c("I've got my own adobe account at home with firefly credits, can I make the images for the summer school flyer on that instead of the college licence?", N, ["3.5", "3.3(b)"])
c("can i put chatgpt plus on my college purchasing card? its only £20 a month and would save me loads of time", N, ["3.7", "3.4"], True)
c("the IT dev team want to use github copilot in VS code for the timetabling app, are we allowed", N, ["10.3", "3.4"], True)
c("can I use suno to generate background music for the college promo video? we can't afford licensed tracks", N, ["3.4", "3.1"], True)
c("does the copilot inside word and outlook (the paid m365 copilot) count as approved? i want it to draft replies in outlook", N, ["3.4", "3.1"], True)

# --- personal data and special category
c("can i get copilot chat to draft an email to Priya Shah (BA Textiles yr3) about her failed resubmission and what her options are now?", N, ["3.3(a)", "4.3"], False, ["Priya Shah"])
c("disability services here - could I paste a student's Learning Support Plan into copilot chat to make a shorter version for tutors? student is Tom Rawlinson, ID 21045678", N, ["4.4"], False, ["Tom Rawlinson", "21045678"])
c("i have a pile of wellbeing appointment notes, can copilot summarise them for the termly report if i take the names out first", N, ["4.4"])
c("safeguarding lead asking: can i use AI to tidy up the write-up of a concern raised about a student? its really long", N, ["4.4"])
c("summer school is for 16-17 yr olds. can i put the participant list into copilot chat to sort them into workshop groups?", N, ["4.4"])
c("an applicant declared an unspent conviction, can i ask copilot to summarise the disclosure form for the admissions panel", N, ["4.4", "7.2"])
c("line manager here: need to write up a return-to-work summary for Gareth Booth (gareth.booth@holmfirth-arts.ac.uk), off 6 wks with stress. can copilot chat draft it from my notes?", N, ["4.5", "4.4"], False, ["Gareth Booth", "gareth.booth@holmfirth-arts.ac.uk"])
c("i'm investigating a grievance and the report is huge, can copilot chat help structure it?", N, ["4.5"])
c("procurement: can i paste the three tender bids for the gallery lighting refurb into copilot chat to compare prices?", N, ["4.6"])
c("can i use copilot chat to check the wording of next term's music theory timed test before it's released?", N, ["4.6"])
c("I'm peer reviewing a journal article manuscript, is it ok to get copilot chat to summarise it so I can write my review faster?", N, ["4.6"])
c("governor here, can I use copilot chat to summarise the reserved business papers for the next board meeting", N, ["4.6"])

# --- students' work and IP
c("can i upload photos of a student's painting into firefly to generate variations to show them in a tutorial?", N, ["5.1", "3.3(b)"])
c("thinking of building a style model trained on the last 10 years of graduate show work from the archive - could be a cool research project. allowed?", N, ["5.2"])
c("for the prospectus can we prompt firefly with 'in the style of' a well known living painter? makes the images pop", ["not_allowed", "conditional"], ["5.3"])
c("can i paste a student's composition score into copilot chat to get suggestions on orchestration i can pass on to her?", N, ["5.1", "6.2"])

# --- teaching, marking, assessment
c("marking season is brutal - can i use copilot to mark the yr1 contextual studies essays against the rubric? i'd check them after", N, ["6.2"])
c("could copilot write the written feedback on one of my student's dissertations if i anonymise it first?", N, ["6.2", "5.1"])
c("can i run a student's essay through gptzero, i'm pretty sure its ai written", N, ["6.3"])
c("turnitin says 82% AI on a student's reflective journal. can I use that score as the evidence at the academic misconduct panel?", N, ["6.3"])

# --- admissions, auditions, recruitment, decisions
c("we've got 400 audition videos for musical theatre, can chatgpt or copilot rank them first so the panel only watches the top 100", N, ["7.2", "7.1"])
c("admissions tutor: can copilot chat summarise applicants' personal statements to help me shortlist for interview", N, ["7.2"])
c("could we use AI to help decide who gets the hardship bursary this year, just as a first pass?", N, ["7.1"])
c("HR: can we use an AI tool to screen the CVs for the senior lecturer in fine art post? there are loads", N, ["7.3"])
c("EC panel coming up - can copilot summarise the extenuating circumstances claims? some have medical evidence attached", N, ["7.1", "4.4"])

# --- images, voices, recordings
c("can i make AI headshots of the new staff for the website directory from their selfies? would look more consistent", N, ["8.1"])
c("a visiting jazz musician did a masterclass - could we clone his voice with AI for a radio-style jingle for the music dept?", N, ["8.1"])
c("can i use photoshop generative fill to remove a student from the background of a degree show photo before we publish it", N, ["8.1", "3.3(b)"])
c("for a drawing resource, can i upload photos of our life models to firefly and generate new poses from them?", N, ["8.1", "3.3(b)"])
c("can i run otter.ai in my one-to-one tutorials so i have notes afterwards", N, ["8.3"])
c("disability adviser here - can teams transcribe my appointments with students so i don't have to take notes?", N, ["8.3"])
c("our department meeting is long, can we turn on an AI note-taker to summarise it? everyone would know", N, ["8.4"], True)
c("we want to put an AI-generated image of a busy degree show on the website and just call it a photo from last year's show, ok?", N, ["9.3"])

# --- other activities
c("an international student asked me if working extra hours would breach her visa, can i just ask copilot chat and pass on the answer", N, ["10.1"])
c("a student messaged me late at night sounding really low, could i ask copilot what i should advise them about their mental health?", N, ["10.1"])
c("can I use copilot chat to translate my reply to an applicant's mum into Mandarin? her email is lihua.chen88@gmail.com and she's asking about her daughter's offer", N, ["10.2", "4.3"], False, ["lihua.chen88@gmail.com"])
c("can i paste our database connection string with the password into copilot so it can fix my script", N, ["10.3"])
c("could we set up an AI agent that automatically emails students who miss attendance and updates the student record, no one checking each one?", N, ["10.4"])

# --- undecided / not settled
c("one of our actors wants us to make an AI version of her voice for a show she can't be at for every night - she's totally fine with it and would sign consent. can we?", ["unsure", "not_allowed"], ["8.2", "8.1"], True)
c("I compose with AI tools and want to submit the pieces as my REF outputs - is that allowed?", U, ["10.5"], True)
c("our external examiner is asking if she can use AI to help write her report on our BA Fine Art programme. she isn't college staff, she's employed by another uni. does our AI policy apply to her?", U, ["1.1"], True)

# --- information questions
c("i think i pasted a student's email address and marks into chatgpt by mistake, who do i report that to?", I, ["11.1"])
c("how do i get a new ai tool approved?", I, ["3.1", "11.3"])
c("who actually sits on DLIG?", I, ["2.1"])
c("what label do AI-generated images need when we publish them?", I, ["9.3"])
c("how do I contact the DPO about a DPIA?", I, ["2.2", "3.2"])

# --- out of scope
c("how do i book the recording studio for the weekend?", O, [])
c("what's the deadline for annual leave requests over christmas", O, [])

with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
    for d in C:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
