"""Write cases.jsonl for the Severn Vale PDU set and check it against originals/."""
import json, re
from pathlib import Path
OUT = Path(__file__).parent
F = "svpdu-generative-ai-policy.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
def c(*ids): return [F + i for i in ids]
cases = [
# clear yeses (Copilot Chat, work account, nothing identifying)
("hi can i use copilot chat on my work laptop to tidy up the wording of our team newsletter? nothing about cases in it just the office move and the bake sale", [A, C], c("5.1", "5.2", "6.1"), False),
("is copilot chat ok for summarising the latest hmip thematic report? it's published on their website", [A, C], c("5.2", "6.1", "5.1"), False),
("need to write a quiz on mappa levels and categories for new PQiPs, can copilot write the questions for me off the published mappa guidance", [A, C], c("5.2", "6.1"), False),
("can copilot help me with an excel formula to count how many orders in our team spreadsheet are due to end next month? it's just numbers by team no names", [A, C], c("5.2", "6.1"), False),
("Quick one - using Copilot Chat (logged in with justice account) to draft an email reminding my team about the fire drill. fine?", [A, C], c("5.2", "5.1"), False),
("im planning our team away day, can i ask copilot to come up with an agenda and some icebreakers", [A, C], c("5.2", "5.1"), False),
("can I get copilot chat to write a made-up case study about a fictional guy on a community order for our induction training? totally invented, no real case", [A, C], c("5.2", "6.1", "6.3"), False),
("for a presentation on our approach to unpaid work i want copilot to do a generic cartoon of people litter picking, no real people. allowed?", [A, C], c("11.1", "5.2"), False),
("can copilot chat explain the difference between a suspended sentence order and a community order in plain english so i can brief the new admin starter", [A, C], c("5.2", "6.1"), False),
("our local delivery plan figures are aggregated - completions, terminations per team, no names. can i paste them into copilot chat to get a summary for the SMT slide", [A, C], c("6.1", "5.2"), False),
("I've been asked to rewrite our office procedure for booking interview rooms. Can I use Copilot Chat to make it clearer?", [A, C], c("6.1", "5.2"), False),
("as a manager can i use copilot to draft a blank template for a return to work meeting letter, no details of anyone in it", [A, C], c("6.5"), False),
("where do i find the form to claim mileage for a home visit? the old link on the intranet is dead", [O], [], False),
("Can I use copilot to shorten the national exclusion zones policy framework into a one-page crib sheet for the team? its the published PF", [A, C], c("5.2", "6.1"), False),
# conditional
("we want to switch on transcription in teams for our monthly team meeting which is just about rotas and training, no cases. is that ok?", [C], c("10.4"), False),
("i'm in the hereford SMT. can I use the transcription pilot thing in my supervision appointment with a guy on licence tomorrow", [C], c("5.4", "10.2", "10.2(b)", "B.1"), False),
("I'm on the pilot in kidderminster, the transcription tool spat out a summary of my session - can I just paste it straight onto delius?", [C, N], c("10.2(f)", "8.3"), False),
("if i use copilot chat to help draft a report to the community safety partnership do i need to say so in the report?", [C, I], c("9.1"), False),
("i've made an AI image for a public facing leaflet about unpaid work, anything i need to do before it goes out", [C, I], c("9.2", "11.1"), False),
("I just started - can I jump straight on copilot chat or is there something I need to do first", [C, I], c("13.1", "5.1"), False),
("can i use copilot to draft a powerpoint for the local reducing reoffending board? it's going to partners", [C], c("9.1", "5.2"), False),
("covering in the worcester north PPT for a month from another team, can i use the transcription pilot while i'm there?", [C, N], c("B.2", "A.7", "5.4"), False),
# clear nos, rules phrased differently
("can copilot chat help me decide if my guy is high or medium rosh? I'd describe his offences without his name", [N], c("7.1", "6.3"), False),
("Can I get copilot to tidy up the grammar of the analysis section of my PSR if I take out his name and CRN first?", [N], c("7.2", "A.5", "6.3"), False),
("i'm so behind on my recall report. could chatgpt write a first draft if I give it bullet points?", [N], c("7.2", "5.5", "4.1"), False),
("is it ok to ask copilot whether i should breach someone for missing two appointments or give a warning", [N], c("7.3"), False),
("can i paste the mappa meeting minutes into copilot chat to get the actions out quicker? it's all internal", [N], c("6.4", "A.3", "6.6"), False),
("got a domestic abuse enquiry response back from police on a pop, could copilot summarise it for my assessment", [N], c("6.4", "A.3", "6.6", "7.1"), False),
("Victim liaison here - can I use copilot to make my letter to a victim about the offender's release more sensitive in tone?", [N], c("7.4"), False),
("my pop's first language is romanian - can i just put his licence conditions through google translate or copilot instead of booking the translation service", [N], c("7.5"), False),
("could i use chatgpt to have a look at my PoP's instagram and tell me if he's been near the exclusion zone", [N], c("7.6", "5.5"), False),
("one of my cases has a mental health crisis plan from the CMHT, can copilot turn it into bullet points for me? i'd remove his name", [N], c("6.4", "A.3", "6.2"), False),
("i want to upload photos of our unpaid work group repainting the community centre to copilot to make a nice collage for the newsletter", [N], c("11.2"), False),
("could i use an ai voice tool to clone my voice for our induction videos so i dont have to record them all", [N], c("11.3", "5.5"), False),
("can I just paste my case notes from delius into copilot chat so it writes my three month review for me?", [N], c("6.2", "8.3", "A.2"), False),
("thinking of expensing a chatgpt plus subscription, it'd save me loads of time on admin. ok to claim?", [N], c("12.2", "5.5"), False),
("is there any AI that can tell if my person on probation is lying from his tone of voice in appointments", [N], c("7.7"), False),
("im a manager, can I put my notes from a staff member's capability meeting into copilot to write up the outcome letter", [N], c("6.5"), False),
("can I use Otter to record and transcribe the PSR interview I'm doing at court this afternoon", [N], c("10.1", "10.3", "5.5"), False),
("i'm in the hereford pilot team, can I use the transcription tool on my home visit tomorrow?", [N], c("10.3"), False),
("our probation team in ledbury isn't on the pilot list but we'd love to use the transcription tool for supervision, can we just start", [N, U], c("15.4", "5.4", "B.1"), True),
("the CRS provider delivering our accommodation service wants to use an AI notetaker in their sessions with our PoPs, is that their call?", [N, U], c("12.3"), True),
("data team question: can I build a little python script that sends an nDelius extract to the azure openai api to categorise case notes?", [N, U], c("12.5", "5.5"), True),
("there's an external police officer's 'AI notetaker' bot in the Teams meeting I'm hosting about a shared case, what do I do", [N, C], c("10.5"), False),
("our interventions facilitators want to record group sessions with an AI notetaker to help with the session write-ups. ok?", [N, U], c("10.1", "10.3", "5.5"), True),
# tool variants
("can i use copilot on my personal phone with my own microsoft account to draft work emails? nothing sensitive", [N], c("5.3", "4.1", "2.2"), False),
("is the free version of chatgpt alright if i only use it for generic work stuff like email wording", [N, U], c("5.5", "4.1", "4.3"), True),
("a chrome extension keeps offering to 'improve my writing with AI' when I type in delius, can I use it", [N], c("5.5", "2.2", "6.2"), False),
("adobe acrobat just got an AI assistant button after the update, can I use it to summarise a court bundle pdf", [N], c("12.4", "6.2", "5.5"), False),
("Grammarly's AI rewrite thing - alright to use on my emails to colleagues?", [N, U], c("5.5", "2.2", "12.4"), True),
("the new teams 'intelligent recap' is really handy, can we use it for our team meetings?", [N], c("10.4", "5.5"), False),
("another PDU in the region told us they've got approval to use ChatGPT Enterprise. does that mean we can use it too?", [N, U], c("4.4"), True),
# tools never mentioned
("anyone know if notebooklm is ok to use? i'd upload the national policy frameworks to make a study guide", [N, U], c("5.5", "4.3", "4.1"), True),
("can I use perplexity for researching desistance theory for my PQiP essay at work", [N, U], c("5.5", "4.3", "4.1"), True),
("is canva's magic write allowed for making our approved premises residents' activities poster", [N, U], c("5.5", "4.3", "12.4"), True),
# undecided
("i've been offered a full microsoft 365 copilot licence through the national rollout, the one that works in outlook and word. can I switch it on and use it on my cases?", [U, N], c("15.1", "5.3"), True),
("one of my PoPs wants help writing a cv with chatgpt on his own phone during our ETE session, can i sit with him and help him do it", [U], c("15.2"), True),
("MARAC is run by the council and they now use an AI notetaker in the meeting. can I still attend and share info on my case?", [U], c("15.3"), True),
("approved premises here - can our key workers use the transcription pilot for key work sessions? heard it might be extended", [N, U], c("10.3", "15.4"), True),
# info
("who do i ask if i want to get a new ai tool approved?", [I], c("12.1", "16.1", "16.2", "4.1"), False),
("what counts as 'protected case material'? is substance misuse info part of it", [I], c("A.3", "6.4"), False),
("who's the contact for questions about the transcription pilot?", [I], c("16.3"), False),
("what is a decision-bearing document in the AI policy", [I], c("A.5", "7.2"), False),
# incidents
("oh no I accidentally pasted a chunk of a case note into copilot chat, what do i do now?", [I, N], c("14.1"), False),
# pii cases
("can I paste Daniel Hargreaves' OASys summary (CRN X482913, dob 14/03/1989) into copilot to help me write his sentence plan objectives?", [N], c("6.2", "7.1", "6.3"), False),
("my pop Kelly Marsh is on 07712 448903 - can I use an AI app to draft a text reminder of her appointment and send it from my phone", [N], c("5.5", "6.2", "4.1"), False),
("colleague Priya Nandra (priya.nandra@justice.gov.uk) is off with stress, can i ask copilot to help write her phased return plan", [N], c("6.5"), False),
("victim is Mrs Joan Ellery at 14 Orchard Close, HR4 9QT - can copilot check the exclusion zone map I drew around her address", [N], c("7.4", "6.4", "6.2"), False),
# out of scope
("does anyone know when the lieu time policy changed? I've got 12 hours TOIL to use", [O], [], False),
("what's the process for requesting an interpreter for a supervision appointment", [O, I], [], False),
]
pii_map = {
 "Daniel Hargreaves": ["Daniel Hargreaves", "X482913", "14/03/1989"],
 "Kelly Marsh": ["Kelly Marsh", "07712 448903"],
 "Priya Nandra": ["Priya Nandra", "priya.nandra@justice.gov.uk"],
 "Joan Ellery": ["Joan Ellery", "14 Orchard Close", "HR4 9QT"],
}
# check clause ids exist
md = (OUT / "originals" / "svpdu-generative-ai-policy.md").read_text()
ids = set()
for line in md.splitlines():
    m = re.match(r"^## (\d+)\. ", line)
    if m: ids.add(m.group(1)); continue
    m = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?|[A-Z]\.\d+) ", line)
    if m: ids.add(m.group(1))
lines = []
seen = set()
for n, (q, v, cl, esc) in enumerate(cases, 1):
    cid = f"SVP{n:03d}"
    for ref in cl:
        assert ref.split("#")[1] in ids, (cid, ref)
    obj = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    for k, vals in pii_map.items():
        if k in q:
            for s in vals: assert s in q, (cid, s)
            obj["pii"] = vals
    if set(v) <= {N, U} and U in v: assert esc, cid
    assert q not in seen; seen.add(q)
    lines.append(json.dumps(obj, ensure_ascii=False))
(OUT / "cases.jsonl").write_text("\n".join(lines) + "\n")
from collections import Counter
print(len(lines), Counter("/".join(json.loads(l)["verdict"]) for l in lines))
print("pii cases", sum("pii" in json.loads(l) for l in lines))
