"""Write cases.jsonl for the NRPP set and check it against originals/."""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
F = "nrpp-generative-ai-policy.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": [F + x for x in cl], "escalate": esc}
    if pii:
        d["pii"] = pii
    return d

cases = [
# --- clear yeses
c("can i use copilot chat (work login) to tidy up an email to the team about the office move next month?", [A, C], ["4.1", "5.1"]),
c("is it ok to get copilot to summarise the pensions regulator's general code? its like 170 pages and i just need the gist for my own notes", [A, C], ["5.1", "A.2"]),
c("i'm rewriting our internal procedure note for processing refunds of contributions, no member details in it, just the steps. can copilot chat help restructure it?", [A, C], ["5.1", "A.3"]),
c("Copilot icon in the edge sidebar - if im signed in with my nrpp account is that the same as the approved one or is it something different?", [A, C, I], ["4.3", "4.1"]),
c("can i use copilot inside teams to brainstorm a project plan for the i-connect onboarding of new academies", [A, C], ["4.3", "5.1"]),
c("investment team q: can copilot compare the stewardship reports two of our managers have published on their websites? its all public stuff", [A, C], ["5.7", "5.1"]),
c("want a cartoon-y picture of a piggy bank and a calendar for my internal training slides on retirement dates, can copilot make that?", [A, C], ["10.1"]),
c("can I ask copilot chat to explain what 'CARE' and 'final salary link' mean in plain english so I understand it better? new starter here", [A, C], ["5.1"]),
c("hi, can i use a made up example like 'deferred member aged 57 asking about taking benefits early' in copilot to help me word a reply template? not a real person", [A, C], ["5.3"]),
c("can i paste the published pensions committee report from the public part of last month's agenda into copilot to get a summary for my team", [A, C], ["5.10", "A.2"]),
c("can copilot draft a job advert for a pensions officer vacancy? just the advert, not looking at any applications", [A, C], ["5.1", "6.3"]),
c("can i use copilot chat to put together a 10 question quiz for new starters on lgps basics", [A, C], ["5.1", "7.2"]),
# --- conditional yeses
c("im working from home on my own ipad - can i use copilot chat through the teams app? it's the one IT enrolled", [C, A], ["4.4"]),
c("can i use copilot on my personal laptop in chrome, logged in with my work account obviously", [N], ["4.4"]),
c("we want to redo the standard annual benefit statement covering letter and copilot's first draft is actually really good. can we just start sending it out?", [C], ["7.3"]),
c("drafting a report for the local pension board on admin KPIs and copilot wrote most of it tbh, anything i need to do?", [C], ["8.1", "7.1"]),
c("comms team: the spring member newsletter article was mostly written by copilot - fine to publish?", [C], ["8.2", "7.3"]),
c("can we put an ai generated image in the member newsletter", [C], ["10.3", "10.1"]),
c("for a factsheet i want copilot to help explain in general terms how early retirement reductions work. ok?", [C], ["5.5", "7.2"]),
c("our internal team meeting on teams - can we switch on the teams transcription?", [C], ["9.1"]),
c("i'm on the m365 copilot pilot. can i use the meeting recap for our internal planning meeting, no member stuff discussed", [C], ["11.4", "11.3"]),
c("copilot wrote me a vba macro to bulk update leaver records in the admin system, can i just run it?", [C, N], ["6.6"]),
c("can i upload the investment consultant's quarterly research pack (the one we pay for) into copilot chat to pull out key points", [C, N, U], ["5.11"]),
c("copilot says the 85 year rule protection applies to someone who joined in 2009 - can i put that in my reply to the employer?", [C, N], ["7.2", "7.1"]),
# --- clear nos (rules phrased unlike the question)
c("can i just use chatgpt free version for rewording emails? it's better than copilot imo", [N], ["4.2", "4.1"]),
c("is the grammarly chrome extension ok to use on work emails?", [N], ["4.2"]),
c("i've got copilot pro on my personal microsoft account at home - can i use that for work stuff, it's the same copilot right", [N], ["4.2", "4.1"]),
c("a developer mate said we could call openai through the API from a python script to classify our helpdesk tickets. allowed?", [N, U], ["4.2", "4.6"]),
c("can i paste this into copilot to draft a reply: Mrs Janet Ollerton NI number JT 48 61 93 C, deferred, wants to know why her statement went down", [N], ["5.2", "A.4"], pii=["Janet Ollerton", "JT 48 61 93 C"]),
c("if i take the member's name off but leave their pension ref and date of birth, can i put the case in copilot to help me write the response", [N], ["5.2"]),
c("we've got an IRMP report for an ill health case thats really long, can copilot summarise it for the decision letter?", [N], ["5.4", "A.5", "6.1"]),
c("a member's ex-husband is disputing the pension sharing order, it's a tricky one. can i describe it loosely to copilot (changing the details) to get help with wording?", [N], ["5.4", "A.5"]),
c("could copilot check my transfer value figures before i send the quote? just as a sense check", [N], ["5.5"]),
c("can copilot help tidy the wording of the draft strategic asset allocation paper before it goes to joint committee next month", [N], ["5.6", "A.6"]),
c("we've narrowed down 3 global equity managers, can copilot rank them for us based on their pitch documents", [N], ["5.7", "5.6"]),
c("actuary just sent the draft valuation results with each employer's new contribution rate, can i get copilot to make a summary table for the employer forum slides", [N], ["5.8", "A.7"]),
c("an academy trust sent their monthly return with errors, can i upload the spreadsheet to copilot to find what's wrong?", [N], ["5.2", "A.4"]),
c("can i use copilot to write up the sickness absence stats for my team with the notes on each person for my 1-2-1 prep", [N], ["5.9"]),
c("the exempt item on the committee agenda about the property sale - can copilot summarise it for me?", [N], ["5.10", "5.6"]),
c("member rang asking if they should transfer out to a SIPP, can i get copilot to draft an email recommending what they should do", [N], ["6.2"]),
c("we've got 60 applications for the team leader post, can copilot shortlist them against the person spec", [N], ["6.3"]),
c("i've been using otter.ai for my notes in meetings, fine to keep doing?", [N], ["9.2", "4.2"]),
c("can i record and transcribe the retirement appointment with a member so i dont have to take notes", [N], ["9.3"]),
c("for Dave's leaving do we want to make a video with an AI version of the director's voice saying goodbye, he's said it's fine", [N], ["10.2"]),
c("can i upload a photo of my team to copilot to turn us into pixar characters for the intranet", [N], ["10.4", "10.2"]),
c("my colleague is on the m365 copilot pilot, can i borrow her login for an afternoon to try it in word", [N], ["11.2"]),
c("pilot member here - can i get m365 copilot to summarise the member services shared mailbox backlog", [N], ["11.3"]),
c("can copilot decide whether we recover an overpayment or write it off? it'd just apply the policy criteria", [N], ["6.1"]),
c("copilot is blocked for the stuff i need so can i just email the doc to my gmail and use gemini at home", [N], ["6.5", "4.2"]),
c("we're hosting a zoom with an employer and zoom's ai companion can do a summary, ok to switch on?", [N], ["4.2", "9.2"]),
# --- tools/uses needing approval or unmentioned
c("anyone know if we can use gamma.app to make slide decks? it's amazing", [N, U], ["4.2", "4.6"], esc=True),
c("the admin system supplier says they can switch on an AI assistant in the next release, can our team just accept it", [N, U], ["12.3", "12.2"], esc=True),
c("i want to build a copilot agent that answers colleagues' questions from our procedures library, can i?", [N, U], ["4.5"], esc=True),
c("can i sign up to a free 14 day trial of an ai minute taking tool to see if it's any good", [N, U], ["4.6", "9.2"], esc=True),
# --- pending / undecided
c("thinking about a chatbot on the member portal to answer basic questions like 'when is my pension paid' - can we trial one?", [U, N], ["14.1"], esc=True),
c("can we use the teams transcript of the public pensions committee meeting to draft the minutes with copilot?", [U, N], ["14.2"], esc=True),
c("is m365 copilot going to be rolled out to everyone after the pilot, and will it be allowed with member data?", [U, I], ["14.3"], esc=True),
c("one of our scheme member reps on the pension board uses chatgpt on his own ipad to summarise the board papers - is that allowed?", [U, N], ["14.4"], esc=True),
c("can copilot translate our standard transfer-in letter into polish for members who've asked for it in polish", [U, N], ["14.5"], esc=True),
# --- info
c("who do i ask if i'm not sure whether something counts as market sensitive?", [I], ["15.3", "13.4"]),
c("what counts as 'sensitive casework'?", [I], ["A.5"]),
c("how do i get onto the copilot pilot?", [I], ["11.6"]),
c("i think i accidentally pasted a spreadsheet with member NI numbers into copilot chat. what do i do?", [I, N], ["13.3"]),
c("what training do I need to do before I can start using copilot chat?", [I], ["13.1"]),
c("does anyone see what i type into copilot? could it come out in an FOI?", [I], ["8.4", "13.2"]),
c("my email is priya.khanna@nrpp.example.org.uk and I'm in member services, who do I send an AI use request to?", [I], ["15.1", "4.6"], pii=["priya.khanna@nrpp.example.org.uk"]),
# --- more pii
c("need help replying to a widow, Mr Colin Haworth died 3 March, dob 12/07/1951, postcode BD7 2QT. can copilot write a nice condolence letter with his details?", [N], ["5.4", "5.2", "A.5"], pii=["Colin Haworth", "12/07/1951", "BD7 2QT"]),
c("member on 07700 900418 keeps ringing about his ill health application, can i paste the call notes into copilot to summarise them", [N], ["5.4", "5.2"], pii=["07700 900418"]),
# --- out of scope
c("how do i increase my own AVCs through salary sacrifice?", [O], []),
c("does anyone know if the 3rd floor printer is fixed yet", [O], []),
]

# verification
src = (HERE / "originals" / "nrpp-generative-ai-policy.md").read_text()
ids = set(re.findall(r"^((?:[0-9]+|[A-Z])\.[0-9]+)\s", src, re.M)) | set(re.findall(r"^## ([0-9]+)\. ", src, re.M))
out = []
for n, d in enumerate(cases, 1):
    d = {"id": f"NRP{n:03d}", **d}
    for ref in d["clauses"]:
        assert ref.split("#")[1] in ids, ref
    for p in d.get("pii", []):
        assert p in d["question"], p
    assert all(v in {A, C, N, U, I, O} for v in d["verdict"])
    out.append(d)
assert len({d["id"] for d in out}) == len(out)
(HERE / "cases.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out))
from collections import Counter
print(len(out), Counter(d["verdict"][0] for d in out), Counter(tuple(d["verdict"]) for d in out))
print("escalate", sum(d["escalate"] for d in out), "pii", sum("pii" in d for d in out))
