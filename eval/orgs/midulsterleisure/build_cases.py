import json, re
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
P = "mul-genai-policy.md#"
def F(h): return "mul-ai-staff-faq.md#" + slug(h)
FT = F("Which AI tools am I allowed to use?"); FP = F("Can I use ChatGPT on my own phone?")
FC = F("Is it OK to put customer details into Copilot because it is the Trust's own system?")
FS = F("Can I use AI to write social media posts and posters?")
FO = F("Can AI help me update the pool operating procedures or a risk assessment?")
FR = F("Can I record my class and get AI to summarise it?")
FM = F("Can I use Copilot to take notes in a Teams staff meeting?")
FB = F("I put personal information into an AI tool by mistake. What do I do?")
FW = F("Who can I ask about AI?")
Y = ["allowed", "conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
def p(*ids): return [P + i for i in ids]
C = [
# ---- ordinary permitted work
("can i use chatgpt to write a facebook post about the new spin class timetable at cookstown? its already up on the website", Y, p("2.1","4.1","5.6")+[FS]),
("is gemini ok to use for work stuff? never used it before, just want it for drafting emails about opening hours", Y, p("2.1","4.1")+[FT]),
("swim teacher here - can i ask chatgpt for fun warm up games for my stage 2 kids lessons? no names or anything just ideas", Y, p("5.3","4.1")),
("could i use copilot to draft a job advert + job description for casual lifeguards for the summer", Y, p("5.8")),
("need an excel formula to work out avg attendance per session across all 8 centres, its just totals no names. can copilot help with that", Y, p("5.13","4.1")),
("hiya can i use ai to translate the pool rules sign into polish and lithuanian? loads of our customers would find it easier", Y, p("5.10")),
("box office q: can i get claude to write a short blurb for the panto listing using the press release we already put out", Y, p("4.1","2.1")),
("is it ok to use my own chatgpt account on my phone to brainstorm ideas for the summer kids camp poster? on my break so not on a trust pc", Y, p("3.2")+[FP]),
("can i use canva magic media to make a generic cartoon swimmer image for the aqua fit promo leaflet", Y, p("5.5","5.6")+[FS]),
("centre manager here, want copilot to summarise the published annual report into 5 key points for a staff huddle. fine?", Y, p("4.1","3.1")),
("can AI help me come up with general interview questions for a receptionist post? not about any candidate", Y, p("5.8")),
("before we go out for quotes can i use chatgpt to research what pool covers other leisure providers use? just public info", Y, p("5.12")),
("fitness instructor - ok to get chatgpt ideas for a 45 min circuits class plan for a general class?", Y, p("5.3")),
("want to use ai to write a general template reply for complaints about changing room cleanliness, wont put any customer details in it, ok?", Y, p("4.1","4.2")),
("can i use chatgpt to tidy up the wording of our internal guide on using the new till system? nothing confidential and no names", Y, p("4.1")),
("thinking of getting chatgpt plus for doing the marketing copy, can i claim it back?", ["conditional"], p("3.3")),
("i drafted the members newsletter with chatgpt then edited it myself, does the text need an AI label?", ["allowed","conditional","info"], p("5.5")),
("can i use copilot to write a safeguarding awareness quiz for staff training? its generic, no real cases or kids mentioned", Y, p("4.1","6.2")),
("HR - can i use copilot to draft a generic absence management guide for managers? no names or cases", Y, p("4.1","4.4")),
("can we use ai to make an easy read version of the theatre season brochure that's already published", Y, p("4.1","2.2")),
("our marketing used an ai generated pic of a family swimming (not real people) on the website, do we need to put anything on it", ["conditional","info"], p("5.5")+[FS]),
("I want to use chatgpt to draft an update to the normal operating plan and then have it checked and signed off by the competent person the head of ops appointed before it goes live. ok?", ["conditional","allowed"], p("5.1")+[FO]),
("risk assessment for the new inflatable session at the pool, can ai draft it for me", ["conditional"], p("5.1")+[FO]),
# ---- data rules: no
("can i paste tuesdays swim lesson register into copilot to make progress reports for the parents", N, p("4.3","4.2")),
("got a membership export from legend, want chatgpt to find lapsed members so we can target them with an offer", N, p("4.3","4.2")),
("accident report from the sauna slip yesterday - can i get ai to tidy up the wording before it goes to HSE as a riddor", N, p("4.3")),
("im worried about a kid in one of my lessons, something they said. can i use chatgpt to help me write up the concern properly", N, p("6.2","4.3")),
("copilot is the trust's own system so surely its fine to put member names in it?", N, p("4.2")+[FC]),
("can i put the draft 2027/28 budget into chatgpt to make some charts for the SMT", N, p("4.5")),
("customer on the GP referral scheme with knee problems, can i get chatgpt to write her a programme? her name is Bernadette Quinn, DOB 14/03/1961", N, p("5.3","4.3","4.2")),
("can i tidy up the notes from Ciaran McAleer's grievance meeting in copilot? he also emailed his statement from ciaran.mcaleer@gmail.com", N, p("4.4","4.2")),
("a parent emailed about her son Oisin Hughes (age 7, membership no MUL-448213) wanting to move swim class. can copilot draft the reply with his details in?", N, p("4.2","4.3")),
("customer Declan Mullan 07700 900123 wants a callback about his direct debit, can i get chatgpt to write the message to him", N, p("4.2")),
("can i put the christmas rota with everyones names into copilot to tidy it up", N, p("4.4","4.2")),
("can i paste a completed PAR-Q form into chatgpt to check if the person is safe to start in the gym", N, p("4.3","5.2")),
("the cash handling procedure and the safe codes doc is a mess, can copilot reformat it", N, p("4.5")),
("board paper marked confidential about the theatre extension, can i summarise it with copilot", N, p("4.5")),
("if i take the names out of last month's incident reports can i use chatgpt to spot trends", N, p("4.3")),
("can i use my personal chatgpt to write a reply to a member and put in her name and membership number so its personalised", N, p("4.2","3.2")),
("member complaint email came in in polish, can i put it in chatgpt to translate it", N, p("5.10","4.2")),
# ---- activity rules: no
("can i use chatgpt to write the chemical dosing procedure for the new plant room and just use it, no time to get anyone to check it", N, p("5.1","5.2")),
("chlorine controller's playing up, can i ask chatgpt what level to set the pool at", N, p("5.2")),
("if someone has a suspected spinal injury in the pool can i ask ai what to do there and then", N, p("5.2")),
("member got really aggressive at reception last night, can i ask ai whether we should ban him", N, p("5.7")),
("can i use copilot to suggest a disciplinary outcome for a lifeguard who no-showed 3 shifts", N, p("5.7","4.4")),
("we got 60 applications for fitness instructor jobs, can ai shortlist them", N, p("5.8")),
("can i record my aqua aerobics class on teams and get copilot to summarise it for the members who missed it", N, p("5.9")+[FR]),
("kids theatre workshop on saturday, can i use an ai note taker to write it up for the parents newsletter", N, p("5.9")),
("can we put the swimming club kids' photos through an ai cartoon filter for the gala poster", N, p("5.4")),
("marketing idea: an AI video of our centre manager saying happy christmas to members, he hasnt done one so we'd generate it", N, p("5.4")),
("can i upload the 3 tender bids for the gym equipment and ask ai to score them", N, p("5.12","4.5")),
("can i ask chatgpt if our lease with the council lets us open on sundays", N, p("5.11")),
("can i set up zapier so chatgpt auto replies to facebook messages and books people into classes", N, p("3.4")),
("want claude to write a python script that pulls bookings out of legend and emails customers reminders automatically", N, p("3.4","4.3")),
("can ai decide which members get refunds for the pool closure in october", N, p("5.7")),
# ---- undecided / not settled
("can i turn on copilot transcription in our weekly duty managers teams meeting? only staff in it", U, p("7.1")+[FM]),
("want to use otter ai to take minutes at the staff forum, no customers there", U, p("7.1")+[FM]),
("visiting theatre company wants to use ai generated backdrop art in their show at our theatre, is that ok?", U, p("7.2")),
("director wants to use AI composed music in this years panto, can we?", U, p("7.2")),
("our youth drama group want to use chatgpt to help write the script for their end of term show on our main stage - is that allowed?", U, p("7.2")),
# ---- info
("who do i report a data slip to? i accidentally pasted a members email list into chatgpt", I, p("6.1")+[FB]),
("how long have i got to report it if i put personal info into copilot by mistake", I, p("6.1")+[FB]),
("who's in charge of the ai policy, who do i ask if i have a question", I, p("6.3")+[FW]),
("what counts as a 'competent person' for signing off ai drafted procedures", I, p("A.3","5.1")),
("is there a list of approved ai tools somewhere?", ["info","allowed","conditional"], p("2.1")+[FT]),
("im a casual lifeguard, does the ai policy even apply to me", I, p("1.1")),
("when will we know if we can use ai note takers in meetings", ["info","unsure"], p("7.1")+[FM]),
# ---- out of scope
("how do i book annual leave over christmas in the hr system", O, []),
("whats the pool temperature meant to be for parent and toddler sessions", O, []),
("can i swap my sunday lifeguard shift with someone at the dungannon centre", O, []),
]
PII = {
 "Bernadette Quinn": ["Bernadette Quinn", "14/03/1961"],
 "Ciaran McAleer": ["Ciaran McAleer", "ciaran.mcaleer@gmail.com"],
 "Oisin Hughes": ["Oisin Hughes", "MUL-448213"],
 "Declan Mullan": ["Declan Mullan", "07700 900123"],
}
with open("cases.jsonl", "w") as f:
    for n, (q, v, cl) in enumerate(C, 1):
        d = {"id": f"MUL{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": v == U}
        for k, s in PII.items():
            if k in q: d["pii"] = s
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
