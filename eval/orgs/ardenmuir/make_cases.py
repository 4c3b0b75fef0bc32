#!/usr/bin/env python3
"""Write cases.jsonl for the University of Ardenmuir set and check it against originals/."""
import csv
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PM = "ardenmuir-genai-policy.md"
RG = "ai-tools-register.csv"

A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"


def p(*ids):
    return [f"{PM}#{i}" for i in ids]


def r(*tools):
    return [f"{RG}#{t}" for t in tools]


CASES = [
    # clear yeses
    ("can i use heron to tidy up the wording of a draft paper for our school board? nothing confidential in it, just the usual committee stuff", [A, C], p("5.2", "6.3", "A.2") + r("Heron"), False),
    ("is it ok to use copilot chat (logged in with my ardenmuir account) to brainstorm ideas for a first year seminar activity", [A, C], p("5.3", "7.1") + r("Microsoft 365 Copilot Chat"), False),
    ("can I use chatgpt to help rewrite the text on our course webpage? it's already live on the public site", [A, C], p("5.4", "6.2", "A.1") + r("ChatGPT"), False),
    ("want to knock together a quiz on photosynthesis for my 2nd years using heron, that fine?", [A, C], p("7.1", "5.2") + r("Heron"), False),
    ("can i get AI to write a marking rubric and a bank of generic feedback comments for my module? no actual student essays going in", [A, C], p("7.4"), False),
    ("lecture capture has auto captions now - am i allowed to just leave them switched on for my recorded lectures", [A, C], p("12.4") + r("Lecture capture automatic captions"), False),
    ("can I use firefly through the uni creative cloud licence to make an illustration of a plant cell for my slides", [A, C], p("13.5") + r("Adobe Firefly"), False),
    ("Hi, I'm a dev in Digital Services and we have GitHub Copilot Business seats - can I use it on the internal timetabling app repo?", [A, C], p("10.3", "6.3") + r("GitHub Copilot"), False),
    ("could i use gemini to summarise an open access journal article for my reading group", [A, C], p("6.2", "5.4") + r("Google Gemini"), False),
    ("ok if I turn on teams transcription in our weekly team catch-up? saves me typing notes", [C, A], p("12.1") + r("Microsoft 365 Copilot"), False),
    ("admissions team here - can we ask heron to draft a general FAQ for applicants about accommodation deadlines?", [A, C], p("9.4"), False),
    ("using copilot chat to draft a lesson plan for an intro to python class, ok??", [A, C], p("7.1", "5.3") + r("Microsoft 365 Copilot Chat"), False),
    ("I'm setting the december exam for my class, can I use heron to help draft the questions?", [C, A], p("7.5") + r("Heron"), False),
    ("is it allowed to use copilot chat to write alt text for the images on our public news page", [A, C], p("6.2", "5.3") + r("Microsoft 365 Copilot Chat"), False),
    ("working from home on my own laptop - can i use heron in chrome (signed in with uni account) to draft a report for our dept?", [C, A], p("15.1") + r("Heron"), False),
    ("we want to draft an offer-letter template with heron, just the standard wording, no applicant details in it. fine?", [A, C], p("9.4"), False),
    # conditional yeses
    ("student emailed me (callum.baird@student.ardenmuir.ac.uk) asking about the essay deadline, can i paste his email into heron to help draft a reply", [C], p("6.4", "9.2") + r("Heron"), False),
    ("my m365 copilot licence has just come through - can I use copilot in outlook to summarise long email threads that have student names in them?", [C], p("6.4", "16.2") + r("Microsoft 365 Copilot"), False),
    ("we have the free-text comments from our module survey, already anonymised and checked. can I get heron to group them into themes?", [C, A], p("6.3", "A.2") + r("Heron"), False),
    ("canva's new magic write thing has appeared in our uni canva account - can i use it to draft text for the open day poster?", [C, A], p("5.6"), False),
    ("my ethics approval says interview transcripts will be analysed in heron. can i go ahead and upload them now?", [C, A], p("8.3", "8.2") + r("Heron"), False),
    ("I have an M365 copilot licence, is Copilot in Word ok for tidying up my notes from a team member's annual review? nothing about health in it", [C], p("6.4") + r("Microsoft 365 Copilot"), False),
    ("can I use copilot while logged into my personal hotmail account? work laptop doesn't block it", [C, N], p("5.3", "5.4", "15.3"), False),
    # clear nos phrased unlike the rule
    ("could i get heron to have a first go at marking the 120 lab reports? i'd check every one after", [N], p("7.3", "7.2", "18.6"), False),
    ("is it ok to run a student's essay through gptzero? pretty sure it's chatgpt written", [N], p("7.7", "7.8") + r("AI detection services"), False),
    ("turnitin has that AI percentage score - can i get it switched on for my module?", [N], p("7.7") + r("Turnitin AI writing indicator"), False),
    ("been asked to review a paper for a journal, can i get chatgpt to summarise it so i can write my review quicker", [N], p("6.6", "8.4"), False),
    ("can we feed this year's personal statements into heron so it gives each applicant a score? would speed up shortlisting massively", [N], p("9.3"), False),
    ("we've got a misconduct panel next week, ok to turn on teams transcription + copilot recap so nobody has to take minutes?", [N], p("12.3") + r("Microsoft 365 Copilot"), False),
    ("someone's otter bot keeps joining our project meetings with an external partner. is that ok as long as it's their account recording?", [N], p("12.2") + r("Third-party meeting assistants"), False),
    ("thinking of using elevenlabs to make a clone of my own voice to narrate my online course videos, saves recording time", [N], p("13.2"), False),
    ("can i use deepseek on my phone just for general stuff like drafting emails to colleagues", [N], p("5.8") + r("DeepSeek"), False),
    ("real photos are too expensive - could we use an AI generated picture of smiling students on the campus lawn for the prospectus cover?", [N], p("13.3"), False),
    ("can i put our crest into an image generator to make a fancy version for the graduation banner", [N], p("13.4"), False),
    ("need to fix the vpn - can i paste the firewall rules into copilot chat and ask what's wrong?", [N], p("6.7"), False),
    ("quick q, can I paste our draft 5 year financial forecast into chatgpt to tidy up the narrative bit", [N], p("5.4", "6.3", "A.3") + r("ChatGPT"), False),
    ("could we let the AI pick which students get the hardship fund this year? we'd glance over the list after", [N], p("10.2", "6.5", "9.1"), False),
    ("the press release about the new building is embargoed till next tuesday, can i use chatgpt plus (i pay for it myself) to polish it?", [N], p("5.4", "A.3", "6.3") + r("ChatGPT"), False),
    # tool variants
    ("chatgpt app on my personal phone - ok to use it for drafting the dept's internal away day agenda?", [N], p("6.3", "15.2", "5.4") + r("ChatGPT"), False),
    ("grammarly extension - can I install it on my work laptop? makes my emails so much better", [N], r("Grammarly") + p("5.5"), False),
    ("I have openai api credits on my own card, could i write a quick script that sorts our helpdesk tickets into categories?", [N], p("5.7"), False),
    ("can I use the apple writing tools on my iphone to rewrite my reply to a student's complaint?", [N], p("15.2"), False),
    ("can i use my personal github copilot on the research group's code repo? it's private, not on public github", [N], p("5.4", "6.3") + r("GitHub Copilot"), False),
    # information described without keywords
    ("can i paste in the list of students who've told us they're dyslexic so heron can draft their individual exam arrangements", [N], p("6.5", "9.1", "A.4"), False),
    ("applicant ticked the box about an unspent conviction - can I ask heron to summarise what she wrote about it for the panel?", [N], p("9.1", "6.5", "9.3"), False),
    ("is it ok to put unpublished results from my lab's trial into copilot chat to help me write the discussion? paper's not submitted yet", [N], p("A.3", "6.4") + r("Microsoft 365 Copilot Chat"), False),
    ("i'm staffing the summer school for 14-16 year olds. can i use heron to write a note home about a boy who hurt his wrist on the climbing wall?", [N], p("6.5", "A.4"), False),
    ("can heron help me write up the report for the fitness to practise panel on one of our nursing students", [N], p("9.2"), False),
    ("Morag Sinclair emailed to say her dad passed away and she needs an extension - can I get heron to draft a kind reply?", [N], p("9.1", "6.5", "9.2"), False),
    ("one of my tutees, Ailsa Ferguson (matric 2207314), told me about her panic attacks. can copilot help me write up the notes from our meeting?", [N], p("9.2", "9.1", "6.5"), False),
    ("I'm interviewing NHS nurses for my project, ethics was approved last year and didn't mention AI. can i now run the transcripts through heron to code themes?", [N, U], p("8.2", "8.3"), True),
    # tools the policy never mentions
    ("anyone know if we're allowed to use claude for drafting grant proposals?", [N, U], p("5.5", "5.1"), True),
    ("perplexity is brilliant for lit searches - ok to use it for my literature review?", [N, U], p("5.5", "5.1"), True),
    ("notion ai for organising my team's project notes, is that ok?", [N, U], p("5.5", "5.1"), True),
    ("a supplier wants us to trial their AI timetabling assistant free for 3 months, can we just sign up?", [N, U], p("14.1", "14.2", "5.5", "14.4"), True),
    ("we'd like to put a heron-powered chatbot on the course page to answer students' questions about the module", [N, U], p("9.5"), True),
    # undecided
    ("could i connect heron to my outlook so it auto-replies to routine student enquiries?", [U, N], p("18.3", "18.1"), True),
    ("HR here - can we use copilot to draft interview questions for the lecturer post we're recruiting for?", [U, N], p("18.4", "18.1"), True),
    ("I've got llama running locally with ollama on my research workstation - ok to use it with our project data?", [U, N], p("18.5", "18.1"), True),
    ("can i use gemini to translate a letter for a student's parents into polish? they don't read much english", [U, N], p("18.2", "18.1", "6.4"), True),
    ("has a marking pilot been approved yet? i'd love to try AI feedback on my students' draft submissions", [N, U], p("18.6", "7.3"), True),
    # info
    ("who do i contact to get a new AI tool added to the approved list?", [I], p("19.1", "5.5"), False),
    ("what counts as highly confidential under the AI policy?", [I], p("A.4", "3.11"), False),
    ("what are the category 1/2/3 things for student AI use in assessments?", [I], p("7.6"), False),
    ("help - i accidentally pasted a spreadsheet with student ID numbers and marks into chatgpt. what do i do now??", [I, N], p("17.1"), False),
    ("what actually is heron and do i need to do training before i can use it", [I], p("3.2", "16.1"), False),
    # out of scope
    ("does anyone know when the library reopens after the christmas break?", [O], [], False),
    ("how do i book a room in the Carron building for a seminar next week", [O], [], False),
    ("what's the mileage rate for claiming travel to the Inverbrora campus?", [O], [], False),
]

PII = {
    "callum.baird@student.ardenmuir.ac.uk": None,
    "Morag Sinclair": None,
    "Ailsa Ferguson": None,
    "2207314": None,
}


def clause_ids_md(path):
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\d+)\.\s", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(\d+(?:\.\d+)+|[A-Z]\.\d+) ", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    md_ids = clause_ids_md(HERE / "originals" / PM)
    with open(HERE / "originals" / RG, encoding="utf-8") as f:
        tools = {row["tool"] for row in csv.DictReader(f)}
        f.seek(0)
        for row in csv.DictReader(f):
            for ref in row["clauses"].split(";"):
                assert ref.split("#")[1] in md_ids, ref
    lines = []
    for n, (q, verdict, clauses, esc) in enumerate(CASES, 1):
        case = {"id": f"r9d{n:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        pii = [s for s in PII if s in q]
        if pii:
            case["pii"] = pii
        for ref in clauses:
            f, cid = ref.split("#")
            if f == PM:
                assert cid in md_ids, ref
            else:
                assert cid in tools, ref
        if U in verdict:
            assert esc, case["id"]
        lines.append(json.dumps(case, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = [json.loads(l)["id"] for l in lines]
    assert len(ids) == len(set(ids))
    print(len(lines), "cases")
    print("primary verdict:", Counter(c[1][0] for c in CASES))
    print("containing allowed:", sum(A in c[1] for c in CASES))
    print("escalate:", sum(c[3] for c in CASES), "pii cases:", sum(1 for l in lines if '"pii"' in l))


if __name__ == "__main__":
    main()
