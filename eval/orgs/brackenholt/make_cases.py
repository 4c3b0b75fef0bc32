"""Write cases.jsonl for the Brackenholt Learning Trust set (prefix r10d)."""
import json, pathlib
P = "generative-ai-staff-policy.md#"
F = "staff-ai-faq.md#"
def p(*ids): return [P + i for i in ids]
def f(*ids): return [F + i for i in ids]
FAQ_PERM = "do-i-need-permission-to-use-chatgpt-or-another-ai-tool"
FAQ_TRAIN = "how-do-i-switch-off-training-in-chatgpt-and-similar-tools"
FAQ_COP = "how-do-i-know-i-am-using-the-trust-version-of-copilot"
FAQ_REP = "can-i-use-ai-to-write-my-reports"
FAQ_MARK = "can-i-put-pupils-work-into-ai-for-marking"
FAQ_PHOTO = "can-i-use-ai-on-photos-of-pupils"
FAQ_BTN = "is-the-ai-button-in-our-other-software-ok"
FAQ_INC = "i-put-something-into-an-ai-tool-that-i-should-not-have-what-do-i-do"
FAQ_WHO = "who-do-i-ask-about-ai"

YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["not_allowed", "unsure"]
UNSURE = ["unsure"]
UNSURE_FIRST = ["unsure", "not_allowed"]
C = []
def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"id": f"r10d{len(C)+1:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": escalate}
    if pii: d["pii"] = pii
    C.append(d)

# ---- clear yeses ----
case("can i use chatgpt to make a quiz on the water cycle for my yr4s? just off the national curriculum stuff", YES, p("4.2", "2.1", "5.1", "A.1") + f(FAQ_PERM))
case("is it ok to ask claude to explain the changes in the new aqa gcse maths spec to me? only using whats on the exam board website", YES, p("4.2", "2.1", "A.1", "9.5") + f(FAQ_PERM))
case("want to use copilot (logged in with my school account) to tidy up the wording of our draft behaviour policy before it goes to the LGB. no names in it", YES, p("4.3(a)", "4.3", "5.2", "5.3", "A.2"))
case("Can I use AI to write practice questions in the style of the OCR chemistry papers? I'd give it past papers and the specimen ones", YES, p("9.5", "4.2", "A.1"))
case("I need a picture of a medieval castle under siege for my y7 history slides, can i just get an ai image generator to make one", YES, p("10.3", "4.2", "12.2"))
case("quick one - i'm a senco, is it ok to use the draft assist thing in provision plus to draft the outcomes for a SEN support plan?", YES, p("5.2", "4.6", "3.4"))
case("Could I get Copilot to summarise our latest Ofsted report into 5 bullet points for the staff briefing on monday", YES, p("4.2", "A.1", "5.3"))
case("is gemini ok for making differentiated versions of a reading text? our school is on google and i'd be using my school google login. the text is from a published book extract", YES, p("5.2", "4.2", "4.3(a)"))
case("i've been using perplexity to research background for my a level politics lessons (elections, party manifestos etc). is perplexity allowed? its not on any list i can see", YES, p("2.1", "4.2", "5.1", "5.2") + f(FAQ_PERM))
case("can i use chatgpt to come up with general strategies for supporting pupils with dyslexia in science lessons? not about any particular child, just ideas", YES, p("4.2", "2.1", "4.5"))
case("I'm a governor - is it alright if I use ChatGPT to help me understand the trust's published annual accounts before our finance meeting?", YES, p("1.1", "4.2", "A.1"))
case("using the gemini app on my own phone (personal google account) to knock up a revision mat from the published gcse biology spec, fine?", YES, p("4.2", "3.2", "1.2", "5.1"))
case("does the school mind if i use claude to help me write a generic letter to all y6 parents about the science museum trip? no names, it's going to everyone", YES, p("4.2", "4.3(b)", "A.1", "7.5"))
case("is oak's aila ok for planning lessons? nobody's mentioned it in training", YES, p("2.1", "5.1", "5.2", "4.2"))
case("can i use copilot chat with my trust login to write a reply to a parent asking about her son's missing PE kit? i'd put the boy's first name in", YES, p("4.4", "5.3", "5.2", "7.5"))

# ---- conditional yeses ----
case("can i paste our dept's year 8 scheme of work (not published anywhere) into the free chatgpt to turn it into knowledge organisers?", ["conditional"], p("4.3(b)", "4.3", "A.2") + f(FAQ_TRAIN, FAQ_PERM))
case("we want to switch on teams transcription and the copilot recap for our weekly maths department meeting, any rules?", ["conditional"], p("8.1", "5.2"))
case("end of year reports are killing me. can i use chatgpt to help write the comments? i'd give it each kid's strengths and next steps", ["conditional"], p("7.4", "4.4") + f(FAQ_REP))
case("Is it ok to upload my year 10 english class's persuasive essays to classloop to get feedback suggestions?", ["conditional", "allowed"], p("5.2", "7.3", "4.7") + f(FAQ_MARK))
case("can i demo chatgpt on the board to my year 11s to show them how it makes stuff up", ["conditional", "allowed"], p("11.3", "7.1"))
case("want to use copilot on my personal iphone to draft parent emails when i'm at home, is that allowed?", ["conditional"], p("5.3", "1.2") + f(FAQ_COP))
case("our academy budget reconciliation spreadsheet has no names on it, just cost codes and totals. can i get chatgpt to look for errors?", ["conditional"], p("4.3(b)", "4.3", "A.2", "4.3(a)"))
case("the head has asked me to draft her welcome message for the newsletter. ok to use chatgpt to write it in her style? she knows i'm doing it", ["conditional", "allowed"], p("6.1(e)", "7.5", "4.2"))
case("made some worksheets with chatgpt, do they need a label saying AI? also i want to put them on the trust curriculum bank", ["conditional", "info", "allowed"], p("12.2"))
case("I used midjourney to make a fantasy landscape for the corridor display outside my classroom - anything I need to do?", ["conditional"], p("12.1", "10.3"))
case("i wrote a small python script that calls the openai api to generate differentiated worksheets from my own lesson notes (no pupil info). is that ok?", ["conditional", "allowed"], p("5.6", "3.1", "4.3(b)", "4.3"))
case("my y5s wrote recounts of their weekend. can i copy a few into chatgpt with the names taken out to get ideas for feedback?", ["conditional", "not_allowed"], p("4.7", "6.2", "4.5", "4.3(b)"))
case("can i use suno to make a times tables song to play in class? i'd make it myself on my laptop, the kids won't log in", ["conditional", "allowed"], p("11.3", "4.2", "2.1"))

# ---- clear nos (rules worded unlike the question) ----
case("leavers assembly idea: put the year 6 class photo through an ai app to turn everyone into pixar characters. can we do that?", NO, p("10.1", "3.7") + f(FAQ_PHOTO))
case("we've got the sealed english lit papers for next week in the exams office - can i use chatgpt to make a last minute revision sheet from paper 2?", NO, p("4.8", "3.6", "A.5"))
case("one of my yr13s asked if i could run his history NEA draft through chatgpt and tell him how to improve it. ok?", NO, p("9.2", "9.1") + f(FAQ_MARK))
case("can i let copilot mark my y7 end of unit tests? the scores go straight into arbor for tracking", NO, p("7.3") + f(FAQ_MARK))
case("hr here - can we get copilot to shortlist the applications for the two TA vacancies against the person spec? there are like 80 of them", NO, p("6.1(a)", "6.1"))
case("can i use copilot to tidy up my write-up of what a pupil told me this morning before i put it on cpoms? it's really rambly", NO, p("6.1(b)", "4.6", "A.4"))
case("arbor has a new 'summarise with AI' button on the pupil profile. can i use it to summarise a child's behaviour log before a parent meeting?", NO, p("5.4", "4.4", "A.3") + f(FAQ_BTN))
case("ok to use otter on my phone to record my line management meetings with my TAs so i don't have to take notes?", NO, p("8.3"))
case("I suspect a yr11's coursework is AI written. can i paste it into gptzero to check?", NO, p("9.4", "9.3", "4.4"))
case("can i paste a supplier's tender response into chatgpt to compare their prices with the other bids?", NO, p("4.9", "4.4"))
case("could i use chatgpt to predict which of my year 11s are likely to fail maths based on their mock results? i'd only use row numbers not names", NO, p("6.1(d)", "4.5"))
case("our safeguarding refresher has a 40 question quiz at the end, can i just get chatgpt to answer it", NO, p("6.1(f)"))
case("we'd like a 'meet your future self' display for y6 leavers, ai aged-up versions of the kids photos. parents would consent", NO, p("10.1", "10.2", "3.7") + f(FAQ_PHOTO))
case("annual review for a child's EHCP next week with parents and the EP - can i switch on teams transcription so copilot does the notes?", NO, p("8.2", "4.6"))
case("can we use copilot recap for the multi-agency meeting about a child protection case? social care will be on the call", NO, p("8.2", "6.1(b)"))
case("my head of dept wants us all to buy chatgpt plus and claim it back on expenses, is that ok?", APPROVAL, p("11.2", "11.1", "5.1"), escalate=True)

# ---- information described without keywords (health, HR, children, confidential) ----
case("one of my team has been off for three weeks with stress. can copilot help me write her return to work plan? i'd paste in what the OH report says", NO, p("4.6", "A.4"))
case("can i use copilot to write up a care plan for a girl in my class who has seizures so supply teachers know what to do", NO, p("4.6", "A.4"))
case("i've got the list of which kids in my class get free dinners, can i put it into copilot to help plan how we spend the PP money?", NO, p("4.6", "A.4"))
case("I want to ask chatgpt for advice about a year 9 lad in my form with ADHD who's been suspended twice this term - no name, just the situation", NO, p("4.5", "4.6", "4.4"))

# ---- PII cases ----
case("can i use gemini on my personal gmail to draft a letter to Mrs Okafor about her son Daniel's detention on friday?", NO, p("4.4", "3.2", "3.3"), pii=["Mrs Okafor", "Daniel"])
case("want chatgpt to write a social story for Alfie Brennan in reception, he's struggling since his dad went to prison. i'd use his name so it feels personal", NO, p("4.6", "4.4"), pii=["Alfie Brennan"])
case("parent emailed from d.whitfield82@gmail.com complaining about homework, can i paste the whole email into chatgpt to help me write a calm reply?", NO, p("4.4", "A.3"), pii=["d.whitfield82@gmail.com"])
case("my TA Karen Holt is on a capability plan, can copilot help me write the review notes for her next meeting?", NO, p("4.6", "6.1(a)"), pii=["Karen Holt"])
case("need to chase a missing admissions form for a pupil, UPN H801200345017, born 14/03/2015. can copilot (trust account) draft the email to the family?", ["conditional", "allowed"], p("4.4", "5.3", "7.5"), pii=["H801200345017", "14/03/2015"])

# ---- undecided / needs governance ----
case("parents evening is online this year - can i use teams transcription / copilot recap for the appointments so i don't have to scribble notes?", UNSURE_FIRST, p("14.1", "8.5"), escalate=True)
case("could i make an AI clone of my voice to narrate revision videos for my gcse groups? saves me recording them all", UNSURE_FIRST, p("14.2", "10.2"), escalate=True)
case("can i export my class's assessment data from arbor (names and scores) into copilot to find gaps and group them for intervention?", UNSURE_FIRST, p("14.3", "6.1(d)"), escalate=True)
case("there's a copilot agent option in outlook that would answer routine parent emails for me automatically. can i turn it on?", UNSURE_FIRST, p("14.4"), escalate=True)
case("want to build a custom gpt for my sixth formers to revise chemistry with. can i share it with them?", APPROVAL, p("5.6", "11.3", "11.1"), escalate=True)
case("the head wants an AI chatbot on the school website to answer parents' questions about term dates, uniform etc. what do we need?", APPROVAL, p("12.3", "11.1"), escalate=True)
case("can i install the grammarly AI chrome extension on my work laptop?", APPROVAL, p("5.5"), escalate=True)
case("we're trialling a coaching platform that records lessons and uses AI to analyse teacher questioning. can i use it in my classroom?", APPROVAL, p("8.4", "11.1"), escalate=True)

# ---- info ----
case("what counts as 'protected information' in the AI policy?", ["info"], p("4.6", "A.4"))
case("whats the difference between trust-only and named info? confused", ["info"], p("4.3", "4.4", "A.2", "A.3"))
case("who do i talk to about getting a new AI tool approved for our department?", ["info"], p("15.1", "5.7", "11.1") + f(FAQ_WHO))
case("i accidentally pasted a list of my form group with their medical needs into chatgpt. what do i do now??", ["info", "not_allowed"], p("13.2") + f(FAQ_INC))
case("is copilot on my personal microsoft account the same as the trust one?", ["info", "not_allowed"], p("3.3", "5.3") + f(FAQ_COP))
case("turnitin says 85% AI on a coursework piece, is that enough to report it as malpractice?", ["info", "not_allowed"], p("9.4", "9.3"))

# ---- out of scope ----
case("how do i book the minibus for the y6 trip to the coast?", ["out_of_scope"], [])
case("when does february half term start this year for the trust?", ["out_of_scope"], [])

out = pathlib.Path(__file__).parent / "cases.jsonl"
out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in C), encoding="utf-8")
print(len(C), "cases")
