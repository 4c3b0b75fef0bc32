"""Write cases.jsonl for the Hatherley Community Health NHS Trust set and verify it."""
import json, re
from pathlib import Path
OUT = Path(__file__).resolve().parent
P = "hch-ai-use-policy.md#"
F = "hch-ai-staff-faq.txt#"
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
FQ = {k: F + slug(v) for k, v in {
 "tools": "Which AI tools am I allowed to use for work?",
 "windows": "Is the Copilot in Windows or on my phone the same thing as Copilot Chat?",
 "classes": "What is the difference between Green, Amber and Red information?",
 "names": "Can I take the name off and then put patient notes into Copilot?",
 "approve": "How do I get a new AI tool approved?",
 "scribe": "Can I use the scribe on my visits or in my clinic?",
 "meeting": "Can Copilot write up our team meeting?",
 "mistake": "I put patient details into ChatGPT by mistake. What now?",
 "poster": "Can I use AI to make pictures for a poster?",
 "contact": "Who do I contact?"}.items()}
def p(*c): return [P + x for x in c]
Y = ["allowed", "conditional"]; N = ["not_allowed"]; NU = ["not_allowed", "unsure"]
C = []
def add(q, v, cl, esc=False, pii=None):
    C.append(dict(question=q, verdict=v, clauses=cl, escalate=esc, **({"pii": pii} if pii else {})))

# clear / conditional yeses
add("can i use copilot chat to tidy up the wording of our draft team newsletter? nothing about patients in it", Y, p("5.1", "6.3") + [FQ["tools"]])
add("is it ok to get copilot to summarise the new NICE guideline on leg ulcers so i can read it quicker", Y, p("5.1", "6.2"))
add("hi all, planning our band 6 away day - can copilot help me come up with an agenda and some icebreakers??", Y, p("5.1"))
add("I want to turn our pressure ulcer prevention SOP into a set of training slides for new starters, can I use copilot chat for that (logged in with nhs.net on my work laptop)", Y, p("5.1", "8.2"))
add("can i use copilot to make a cartoon picture of a foot for the podiatry waiting room poster", Y, p("11.3", "9.3") + [FQ["poster"]])
add("ok to switch on teams transcription for our estates project board? just buildings and budgets, no patients discussed", Y, p("10.2") + [FQ["meeting"]])
add("does copilot chat work for drafting an email to facilities about the broken boiler at marlow road clinic", Y, p("5.1"))
add("our service had 212 referrals last quarter split by locality (smallest locality was 31). can I paste those numbers into copilot to help write the narrative for the quarterly report?", Y, p("6.3", "5.1"))
add("can copilot help me write the job advert for our HCA vacancy in the podiatry team", Y, p("5.1", "6.2"))
add("im a podiatrist at hatherley health centre and on the scribe pilot named list, can i use the scribe for my face to face clinic this afternoon? all adults", Y, p("5.6", "B.2", "B.3", "B.1") + [FQ["scribe"]])
add("msk physio at hatherley HC, done the scribe training. patient was happy for it to be used. do I still have to go through the whole note before it goes into systmone or can i just file it", ["conditional", "info"], p("B.5", "8.1"))
add("can i ask copilot chat to explain what DCB0160 actually means in plain english, got a project meeting tomorrow", Y, p("5.1", "3.2", "12.2"))
add("can copilot help draft a reply to our dressings supplier chasing a late delivery? just order numbers and dates", Y, p("5.1", "6.3"))
add("made an illustration in copilot for the annual report that goes on the website - no real people in it. anything I need to do before it goes in?", ["conditional", "allowed"], p("9.3", "11.3", "9.1"))
add("I'm writing a board paper on waiting times and copilot drafted most of the background section which I kept pretty much as is. do I have to say that somewhere?", ["info", "conditional"], p("9.1"))
add("can copilot turn my bullet points into a proper draft of our team's lone working procedure? no names in it", Y, p("5.1", "6.3"))
# clear nos, worded unlike the rule
add("can i ask copilot what dressing would be best for Mrs Okafor's venous leg ulcer on her left shin? i wont type her name in obviously", N, p("7.1", "5.2"), pii=["Mrs Okafor"])
add("health visitor here. had a tricky visit today and not sure if it meets threshold for a referral to childrens social care - could i describe it to copilot without names and see what it thinks?", N, p("7.2", "6.6"))
add("can copilot help me score the shortlisting for our band 5 posts? we've had 40 applications and i'm drowning", N, p("7.3"))
add("got a formal complaint from a patient's daughter about missed insulin visits, can copilot draft the response letter for me to check", N, p("7.4", "6.4"))
add("could we put a little AI chatbot on the sexual health clinic webpage to answer booking questions out of hours?", NU, p("7.5", "4.4"), True)
add("thinking of building a copilot studio agent that reads the referrals inbox and sorts them into urgent / routine for us, is that allowed", NU, p("7.6", "7.1", "4.4"), True)
add("can I export my caseload report from SystmOne into copilot to work out the best order for tomorrow's visits", N, p("6.7", "6.4"))
add("quick one - can i screenshot the journal in s1 and ask copilot to summarise it for handover to the weekend team", N, p("6.7") + [FQ["names"]])
add("patient has a wound on her heel, could i upload the photo to copilot to measure it? tissue viability nurse is off this week", N, p("11.2", "11.1", "15.5"))
add("can i make an AI avatar of our service manager to present the induction video? she's said she doesn't mind", NU, p("11.4"), True)
add("school clinic - can copilot work out the dose of liquid amoxicillin for a 4 year old for me to double check my maths", N, p("7.1"))
add("is it ok to put the draft tender evaluation scores for the new wheelchair service contract into copilot to summarise for the panel", N, p("6.5", "5.2"))
add("can i upload the private board papers to copilot and get a summary to share with my team leads", N, p("6.5", "5.2"))
add("can we use copilot recap in our tuesday MDT? would save hours of typing up notes", N, p("10.3") + [FQ["meeting"]])
add("can teams transcription be on for my return to work meeting with Tom Hughes after his stress-related sickness? saves me writing it up", N, p("10.3", "7.3"), pii=["Tom Hughes"])
add("our safeguarding supervision session on thursday - can I record it and have AI pull out the actions", N, p("10.3", "7.2"))
add("can i use the scribe when im seeing a 14 year old in podiatry clinic at marlow road? mum will be there", N, p("B.4"))
add("writing my statement for the coroner about a patient who died on our caseload, can copilot help tidy up the grammar", N, p("7.4", "6.5"))
add("i need to send an action plan to the CQC after our inspection, no names in it. can I get copilot to make it more concise before it goes?", N, p("7.4"))
# tool variants
add("I pay for chatgpt plus myself, can I use it to draft a public leaflet about our new podiatry clinic opening hours? no patient info at all", NU, p("4.2", "4.3", "5.7"), True)
add("is the grammarly chrome extension ok for work emails? it does rewrites as well as spelling", NU, p("5.7", "4.3", "2.3"), True)
add("can I use copilot on my own iphone? signed in with my nhs.net. only for drafting an email about team training dates", NU, p("5.4", "15.3") + [FQ["windows"]], True)
add("the copilot in windows on my trust laptop is signed into my personal microsoft account - is that one ok to use for work stuff?", N, p("5.3") + [FQ["windows"]])
add("adobe acrobat has an AI assistant button now, can I use it to summarise a long published NHS England report?", NU, p("5.7", "4.3", "A.1"), True)
add("the council want to use zoom AI companion for our joint meeting, can I switch it on at our end", NU, p("5.7", "4.3"), True)
add("can i get an openai api key on my own account to write a little script that tidies up our stock spreadsheet (no patient data)", NU, p("7.6", "2.3"), True)
add("systmone has just had an update with an AI summary button, can I try it out on my patients?", NU, p("12.4", "4.3"), True)
add("I want the full microsoft 365 copilot so it works in outlook and word, can i just buy a licence from our team budget?", NU, p("5.5", "12.1"))
add("the local authority use their own AI notetaker in our joint safeguarding meetings, can I still talk about our cases in those?", N, p("10.4"))
add("a supplier has offered our district nursing team a free 3 month trial of their AI wound measuring app, can we say yes?", NU, p("12.1", "15.5", "12.2"), True)
add("deepseek is free and honestly really good, any reason i can't use it to brainstorm ideas for a staff wellbeing week?", NU, p("5.7", "4.2", "4.1"), True)
add("my friend's trust uses heidi as an AI scribe for district nursing, can we start using it on our home visits?", NU, p("10.1", "15.1", "5.7"), True)
# information described without keywords
add("can I ask copilot to help word an email to a colleague about the date of his disciplinary hearing", N, p("6.4", "7.3", "5.2"))
add("would it be ok to paste the year 9 drop-in notes from school nursing into copilot to pick out themes? i'll take the names out first", N, p("6.6", "6.4") + [FQ["names"]])
add("can copilot summarise my own occupational health report so I can explain my back problem to my manager better", NU, p("6.4", "5.2"))
add("can I use copilot to draft a letter to a GP about a patient's worsening low mood, no name, just NHS number 485 777 3456", N, p("6.6", "5.2", "6.4"), pii=["485 777 3456"])
add("want to paste tomorrow's visit list into copilot to plan my route - Jean Rowley 14 Alder Close HT4 7QP, key safe 2291, then the two in Brook St", N, p("6.4", "6.7", "5.2"), pii=["Jean Rowley", "14 Alder Close", "HT4 7QP"])
add("we've got a rare condition patient (only one in the county) - can I describe the case in copilot without any identifiers to help me write a teaching case study?", N, p("6.6", "5.2"))
# undecided / needs governance
add("can copilot translate our published 'preparing for your home visit' leaflet into polish? we have loads of polish speaking patients", NU, p("15.2"), True)
add("could I use AI to help write my NMC revalidation reflections? obviously no patient details in them", ["unsure"], p("15.4"), True)
add("health visitor - can i use the scribe on new birth visits if the parents agree to it?", NU, p("15.1", "10.1") + [FQ["scribe"]], True)
add("community mental health team here - can we join the scribe pilot for our outpatient reviews? who decides?", NU, p("15.1", "4.4"), True)
add("visiting a patient whose first language is arabic, can I use the translate app on my phone during the visit instead of waiting for an interpreter", NU, p("15.2", "10.1"), True)
add("can I use copilot chat on my personal laptop if it's enrolled in intune?", NU, p("15.3", "5.4"), True)
# tools never mentioned
add("has anyone checked if microsoft designer is ok? want to use it for a leaflet layout", NU, p("4.1", "4.3"), True)
add("can I use notebooklm to turn the new lone working procedure into a podcast for my team to listen to in the car", NU, p("4.1", "4.2"), True)
add("apple intelligence on my work iphone keeps offering to summarise my emails, should i leave it on?", NU, p("4.3", "4.1", "5.7"), True)
# info
add("who do I ask about getting a new AI tool approved?", ["info"], p("4.4", "16.1") + [FQ["approve"], FQ["contact"]])
add("what counts as amber information?", ["info"], p("6.3", "6.1") + [FQ["classes"]])
add("I accidentally pasted a patient's name and diagnosis into chatgpt yesterday, what do I do now", ["info", "not_allowed"], p("14.1") + [FQ["mistake"]])
add("what's a trust-managed device? does the work phone they gave me count?", ["info"], p("A.6"))
add("do I need to do any training before I start using copilot chat?", ["info", "conditional"], p("13.1"))
# out of scope
add("how do i book annual leave on ESR, the menu has changed", ["out_of_scope"], [])
add("does anyone know the wifi password at marlow road clinic?", ["out_of_scope"], [])

md = (OUT / "originals" / "hch-ai-use-policy.md").read_text()
ids = set(re.findall(r"^## (\d+)\. ", md, re.M)) | set(re.findall(r"^([A-Z]\.\d+|\d+\.\d+) ", md, re.M))
faq = (OUT / "originals" / "hch-ai-staff-faq.txt").read_text().splitlines()
fslugs = {slug(faq[i - 1]) for i in range(1, len(faq)) if re.fullmatch(r"-{3,}", faq[i])}
with open(OUT / "cases.jsonl", "w") as f:
    for n, c in enumerate(C, 1):
        c = {"id": f"HCH{n:03d}", **c}
        for r in c["clauses"]:
            file, cid = r.split("#")
            ok = cid in ids if file == "hch-ai-use-policy.md" else cid in fslugs
            assert ok, r
        for s in c.get("pii", []):
            assert s in c["question"], s
        f.write(json.dumps(c) + "\n")
from collections import Counter
print(len(C), Counter("/".join(c["verdict"]) for c in C), "escalate:", sum(c["escalate"] for c in C))
