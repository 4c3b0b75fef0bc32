"""Write cases.jsonl for Pennard Valley UHB and check it against originals/.

Run: /work/main/.venv/bin/python make_cases.py
"""
import collections
import csv
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
P = "pvuhb-generative-ai-policy.md#"
R = "pvuhb-ai-tools-register.csv#"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
APPROVAL = ["unsure", "not_allowed"]  # the policy says approval is needed first
UNSURE = ["unsure"]
INFO = ["info"]
OOS = ["out_of_scope"]


def p(*ids):
    return [P + i for i in ids]


def r(*tools):
    return [R + t for t in tools]


# invented NHS number with a valid modulus-11 check digit
def nhs_number(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    n = first9 + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


NHS = nhs_number("485777302")

C = []


def case(q, verdict, clauses, escalate=False, pii=None):
    d = {"question": q, "verdict": verdict, "clauses": clauses, "escalate": escalate}
    if pii:
        d["pii"] = pii
    C.append(d)


# ---- clear yeses -------------------------------------------------------
case("can i use copilot chat to tidy up the wording of our ward's draft SOP for ordering linen? nothing patient related in it at all",
     YES, p("5.2", "4.3") + r("Microsoft 365 Copilot Chat"))
case("is chatgpt ok for summarising the published NICE sepsis guideline so i can make a teaching slide for the students",
     YES, p("5.4") + r("ChatGPT"))
case("anyone know if we're allowed to use dragon to dictate clinic letters? new to the dept and the secretary said ask",
     YES, p("9.7") + r("Dragon Medical One"))
case("im a level 5 welsh speaker - can i use copilot chat to help me write a quick email in welsh to my team about the rota change next week?",
     YES, p("12.4", "5.2"))
case("got an email in welsh from someone in estates about a room booking, my welsh is rubbish. ok to use the translate button in outlook to get the gist?",
     YES, p("12.2") + r("Microsoft Translator (Microsoft 365)"))
case("doing a lit review on falls prevention in older inpatients - can i use copilot chat to find and summarise published papers?",
     YES, p("13.1", "5.2"))
case("I'm a developer in Digital & Informatics with a github copilot licence through the board. can i use it on the code for our internal room booking app? no patient data or secrets in it",
     YES, p("5.11") + r("GitHub Copilot"))
case("i have the paid copilot licence. can i get copilot in outlook to summarise my backlog of emails from the estates project board? they've got colleagues' and suppliers' names in but nothing about patients",
     YES, p("5.3", "4.4") + r("Microsoft 365 Copilot"))
case("we used teams transcription and the copilot recap for our monthly capital projects meeting. chair announced it at the start and no one objected - that's fine yeah?",
     YES, p("10.1"))
case("using claude on my personal account to get ideas for the hospital charity fun run - theme, games etc. that ok?",
     YES, p("5.4") + r("Claude"))
case("can i use chatgpt (free) to rewrite our already published hip replacement leaflet into plainer english? it's on the website already",
     YES, p("5.4", "4.2", "11.1") + r("ChatGPT"))
case("can copilot chat help write an excel formula for average length of stay? its just the monthly totals per ward, no patient level data",
     YES, p("5.2", "4.3") + r("Microsoft 365 Copilot Chat"))
case("can i use copilot chat to help me write the lay summary for my ethics application",
     YES, p("13.1", "5.2"))

# ---- conditional yeses -------------------------------------------------
case("our respiratory clinic is going live with the AVT scribe thing next month. what do i actually have to do before switching it on with a patient?",
     ["conditional", "info"], p("9.2", "9.1", "15.3") + r("LlaisNodyn AVT"))
case("can i use copilot in the outlook app on my own iphone to draft an email about the staff awards? phone is enrolled with the board's device management",
     ["conditional", "allowed"], p("5.9"))
case("I've got the M365 copilot licence - can I use it in word to help write a reference for a colleague who's leaving us for a post in Cardiff?",
     YES, p("5.3", "4.4", "8.1") + r("Microsoft 365 Copilot"))
case("comms here - we used copilot to draft a facebook post for the flu jab campaign. anything we need to do before it goes out?",
     ["conditional", "info"], p("11.1", "12.3", "8.1"))
case("can i use copilot to translate the new visitor leaflet into welsh to save time and money?",
     ["conditional"], p("12.3"))
case("joining a welsh gov webinar tomorrow and they've got an AI notetaker running. can i still join?? i'm presenting our service data",
     ["conditional"], p("10.3"))
case("i want to use copilot chat to write the first draft of my paper for the finance and performance committee on the estates backlog. ok?",
     ["conditional", "allowed"], p("11.4", "5.2"))
case("can copilot chat help draft an FOI response? it's about car parking income figures, nothing personal",
     ["conditional", "allowed"], p("8.3", "5.2"))
case("can i make a cartoon style picture of a hand washing sink with copilot for a poster on the ward",
     ["conditional", "allowed"], p("11.5", "11.2"))
case("i want to run a study looking at whether the AVT saves clinicians time, using data from real consultations - what approvals do i need?",
     ["conditional", "info"], p("13.2", "13.4"))

# ---- clear nos, worded unlike the rule ---------------------------------
case("can i pop a discharge letter for Gareth Llewellyn (dob 14/03/1958) into chatgpt to make it shorter? i'll take his name off first obv",
     NO, p("6.3", "5.4", "6.2") + r("ChatGPT"), pii=["Gareth Llewellyn", "14/03/1958"])
case("quick q - can i ask gemini what dose of amoxicillin a 4 year old with otitis media should get? no names or anything",
     NO, p("5.5") + r("Google Gemini"))
case("we've had 40 applications for the band 5 post, thinking of getting chatgpt to rank them for us, would save hours",
     NO, p("7.1(a)", "5.4") + r("ChatGPT"))
case("we want an AI version of dr harries' voice to narrate the pre-op info video so she doesn't have to record it. she's said she doesn't mind",
     NO, p("7.1(d)"))
case("can i use the AI enhance thing in photoshop to sharpen a blurry wound photo before sending it to tissue viability?",
     NO, p("7.1(c)"))
case("is it ok to use chatgpt to draft my reply to a complaint from Mrs Angharad Pritchard about her mum's care on ward 7? its a long one",
     NO, p("6.3", "6.2", "5.4") + r("ChatGPT"), pii=["Angharad Pritchard"])
case("copilot wrote a really nice summary of the referral, can i just paste it straight into the patient's notes on WCP?",
     NO, p("7.1(b)", "6.2"))
case("could i use copilot to keep an eye on which of my team take ages to reply to emails?",
     NO, p("7.1(f)"))
case("deepseek is supposedly great at stats, can i use it just for working on published ONS population figures?",
     NO, p("5.6") + r("DeepSeek"))
case("got sent a manuscript to peer review for a journal, can i get copilot (the licensed one) to summarise it for me?",
     NO, p("6.5", "13.3"))
case("would love to use the copilot recap in our weekly MDT, would save the coordinator loads of time",
     NO, p("10.2", "9.4(d)"))
case("I have a sickness absence meeting with Rhian Bevan (rhian.bevan@wales.nhs.uk) next week, ok to turn on teams transcription and copilot notes?",
     NO, p("10.2"), pii=["Rhian Bevan", "rhian.bevan@wales.nhs.uk"])
case("can i use copilot in outlook (licensed) to summarise a long email chain with a GP practice about a patient's blood results?",
     NO, p("5.3") + r("Microsoft 365 Copilot"))
case("can i put a letter for a patient's family through google translate into polish? they don't speak much english",
     NO, p("12.6", "12.5") + r("Google Translate"))
case("we have the AVT in our clinic for face to face, can i use it on my telephone clinics too? not sure we've been signed off for phone",
     NO, p("9.4(c)"))

# ---- tool variants -----------------------------------------------------
case("ok to use my own chatgpt plus subscription to draft our team's internal service improvement plan? honestly it's better than copilot",
     NO, p("5.4", "3.3") + r("ChatGPT"))
case("can i install the grammarly extension on my work laptop to check my emails",
     NO, p("5.7") + r("Grammarly"))
case("thinking of building a little copilot studio agent that answers staff questions from our department SOPs - allowed?",
     APPROVAL, p("5.10"), escalate=True)
case("could we hook the openai api up to the incident reports on our shared drive to auto-summarise them for the weekly safety huddle?",
     APPROVAL, p("5.10", "6.2"), escalate=True)
case("our rostering system got an 'AI assistant' button in the last update. can we start using it to draft rotas?",
     APPROVAL, p("5.8", "5.7"), escalate=True)
case("we're hosting a zoom with a charity partner - is it ok to switch on zoom's AI companion to do the notes?",
     NO, p("10.3"))
case("can i use a voice recorder app with AI on my own phone to record a patient consultation and write it up later?",
     NO, p("9.6", "5.9"))
case("heidi health is free and loads of GPs use it - can i use it in my community clinic on the ward laptop?",
     NO, p("9.6", "5.7"))
case("can i log into copilot chat on my home laptop through chrome with my nhs account? just for drafting a training plan",
     NO, p("5.9"))
case("do copilot in word and powerpoint count as approved if i've only got copilot chat and not the paid licence?",
     ["info", "not_allowed"], p("5.3", "5.2"))

# ---- information described without keywords ---------------------------
case("licensed copilot user - can it help me write up notes from a return to work chat with a member of my team who was off with stress and anxiety?",
     NO, p("4.5", "5.3"))
case("can i ask copilot chat to summarise the minutes of a child protection strategy meeting so i can brief my manager?",
     NO, p("4.5", "5.2", "6.2"))
case("can copilot chat tidy up the evaluation notes for the new catering tender before they go to the panel?",
     NO, p("4.4", "5.2") + r("Microsoft 365 Copilot Chat"))
case(f"i've got a spreadsheet of ED attendances with NHS numbers and postcodes in it (first row is {NHS}, CF37 9QX), can copilot chat make some charts from it?",
     NO, p("4.5", "6.2", "5.2"), pii=[NHS, "CF37 9QX"])
case("I replaced the names with ward codes in our pressure ulcer audit spreadsheet and the key is kept separately. can i put it into copilot chat now?",
     NO, p("4.6", "6.3"))
case("can i use copilot chat to draft a summary of this term's school nursing referrals for the team? only first names used",
     NO, p("4.5", "6.3"))

# ---- tools the policy never mentions -----------------------------------
case("has anyone checked if gamma.app is ok for making presentations? want to do slides for a training session",
     APPROVAL, p("5.7"), escalate=True)
case("can i use canva's magic write to draft bits of the staff newsletter?",
     APPROVAL, p("5.7", "5.8"), escalate=True)
case("a supplier's offered us a free 3 month trial of their AI discharge summary tool, can we just give it a go?",
     APPROVAL, p("14.1"), escalate=True)
case("we'd like a chatbot on the public website that answers questions about outpatient appointments. can we set one up?",
     APPROVAL, p("14.1", "12.7"), escalate=True)

# ---- undecided ----------------------------------------------------------
case("i'm a welsh speaking registrar in the memory clinic and lots of my patients prefer to talk in welsh. can i use the AVT for those consultations? we're an AVT clinic",
     UNSURE, p("17.2"), escalate=True)
case("for my PhD with the board can i use an AI tool to help analyse an anonymised dataset in the trusted research environment?",
     UNSURE, p("17.3"), escalate=True)
case("patient's son wants to record my consultation on his phone with some AI note app so they remember what was said - do i have to allow it?",
     UNSURE, p("17.4"), escalate=True)

# ---- info ----------------------------------------------------------------
case("what counts as 'Board Use' info? is a draft service plan ok?", INFO, p("4.3"))
case("who do i ask if i'm not sure whether something counts as patient identifiable?", INFO, p("4.1", "18.3", "3.6"))
case("do i have to do any training before i can get a copilot licence?", INFO, p("15.2", "15.1"))
case("i think i pasted part of a safeguarding referral into chatgpt by mistake yesterday, what should i do now?",
     ["info", "not_allowed"], p("16.1", "16.2"))
case("do the letters that come out of the AVT need the 'prepared with AI' label on them?",
     ["info", "allowed"], p("11.3"))
case("does this AI policy cover the AI that reads chest x-rays in radiology?", ["info", "out_of_scope"], p("2.3"))

# ---- out of scope ----------------------------------------------------------
case("how do i claim mileage for community visits in ESR?", OOS, [])
case("does anyone know if the canteen in Ysbyty Pennard is open on bank holidays", OOS, [])
case("how many days annual leave can i carry over into next year?", OOS, [])


def clause_ids_md(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        m = re.match(r"##\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"((?:\d+|[A-Z])(?:\.\d+)+(?:\([a-z]\))?)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids_md(os.path.join(HERE, "originals", "pvuhb-generative-ai-policy.md"))
    tools = {row["tool"] for row in csv.DictReader(open(os.path.join(HERE, "originals", "pvuhb-ai-tools-register.csv"), encoding="utf-8"))}
    out = []
    for i, c in enumerate(C, 1):
        d = {"id": f"r13e{i:03d}"}
        d.update(c)
        for ref in d["clauses"]:
            f, _, cl = ref.partition("#")
            if f.endswith(".md"):
                assert cl in ids, ref
            else:
                assert cl in tools, ref
        for s in d.get("pii", []):
            assert s in d["question"], s
        if "unsure" in d["verdict"]:
            assert d["escalate"], d["id"]
        out.append(d)
    assert 60 <= len(out) <= 70, len(out)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # re-read and check
    seen = set()
    for line in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        assert d["id"] not in seen
        seen.add(d["id"])
    cnt = collections.Counter("/".join(d["verdict"]) for d in out)
    print(len(out), "cases")
    for k, v in sorted(cnt.items()):
        print(f"  {k}: {v}")
    print("escalate:", sum(d["escalate"] for d in out), "pii cases:", sum(1 for d in out if "pii" in d))


if __name__ == "__main__":
    main()
