#!/usr/bin/env python3
"""Write cases.jsonl for the CSRA set and check it against originals/."""
import csv, json, re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "genai-usage-policy.txt"
R = "genai-tools-register.csv"
def p(*ids): return [f"{P}#{i}" for i in ids]
def r(*tools): return [f"{R}#{t}" for t in tools]
YES = ["allowed", "conditional"]
COND = ["conditional", "allowed"]
NO = ["not_allowed"]
NEEDS = ["not_allowed", "unsure"]   # needs approval / not on register
UNS = ["unsure", "not_allowed"]      # left undecided by the policy
INFO = ["info"]
OOS = ["out_of_scope"]

C = []
def add(q, verdict, clauses, esc=False, pii=None):
    d = {"id": f"r10e{len(C)+1:03d}", "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)

# ---- clear yeses
add("can i use copilot chat to tidy up the wording of a bit of our published annual report? just turning it into an intranet news item", YES, r("Microsoft 365 Copilot Chat") + p("6.1", "5.1", "A.1"))
add("is it ok to ask chatgpt to explain what section 75 of the consumer credit act means in plain english? just for my own understanding, nothing from work goes in", YES, r("ChatGPT") + p("6.1", "A.1"))
add("want to use CSRA Assist to summarise our published forbearance guidance for a team briefing, thats fine right?", YES, r("CSRA Assist") + p("6.1", "A.1"))
add("hi all - can i use copilot chat to draft the agenda for our team away day?", YES, r("Microsoft 365 Copilot Chat") + p("6.2", "A.2"))
add("can github copilot help me write unit tests for the returns ingestion pipeline? using my seat in the authority github org, the repo has no casework data or secrets in it", YES, r("GitHub Copilot Business") + p("6.2"))
add("can i use copilot chat to rewrite my draft internal process note on logging firm returns so it reads better? theres no names in it", YES, r("Microsoft 365 Copilot Chat") + p("6.2", "A.2"))
add("quick q, can copilot chat help me fix the formulas in our directorate budget spreadsheet? its just non-personal spend figures", YES, r("Microsoft 365 Copilot Chat") + p("6.2", "A.2"))
add("can i ask chatgpt to compare the FCA's published consumer duty guidance with our own published guidance? both on the web already", YES, r("ChatGPT") + p("6.1", "A.1"))
add("can i use copilot chat to brainstorm some icebreakers for a training session im running for new starters", YES, r("Microsoft 365 Copilot Chat") + p("5.1", "6.2"))
add("can CSRA Assist proofread the press release we published last week? we need to reissue it with a correction", YES, r("CSRA Assist") + p("6.1", "6.6"))
add("is bing chat ok to use if i'm signed in with my work account? want it to reword a job advert we're about to publish", YES, r("Microsoft 365 Copilot Chat") + p("5.3", "6.1"))
add("can assist help me structure a slide deck explaining our published 3 year strategy to new joiners", YES, r("CSRA Assist") + p("6.1", "A.1"))

# ---- conditional yeses
add("I've got an M365 copilot licence (done the RRI module) - can it summarise the email thread with the firm on my supervision case? it's my assigned firm", COND, r("Microsoft 365 Copilot") + p("6.5", "13.2", "A.4"))
add("using CSRA Assist to help draft a letter to a firm about the case i'm working on - allowed? it'll pull in bits of their returns", COND, r("CSRA Assist") + p("6.5", "8.1", "A.4"))
add("comms here - are we allowed to use firefly to make an abstract banner illustration (no people) for the consumer newsletter?", COND, r("Adobe Firefly") + p("11.1", "9.3"))
add("can i turn on teams recap for our weekly internal team meeting? everyone's said they're fine with it", COND, r("Teams intelligent recap") + p("10.1"))
add("policy team - can we run the 1,400 responses to the fees consultation through ResponseLens to pull out themes for the summary?", COND, r("ResponseLens") + p("8.4", "9.2"))
add("got an FOI asking how many complaints we had about buy now pay later firms last year. can i use copilot to find the info and draft the reply?", COND, p("7.4"))
add("ive finished writing the decision notice for a small debt collector (not listed, outcome already agreed). can M365 copilot check spelling and cross refs?", COND, p("7.2", "6.5"))
add("working from home on my own laptop today - can i still use copilot chat?", COND, p("5.7", "3.10"))
add("drafted a board paper with help from assist, anything i need to do before it goes to the committee?", COND + INFO, p("8.2", "9.1", "8.1"))
add("if copilot wrote about half of a report we're publishing next month do we have to say so in the report", INFO + COND, p("9.2"))

# ---- clear nos, rules worded unlike the question
add("can i paste the draft press notice about the £4.2m fine on a listed lender into copilot chat to make it punchier? goes out monday 7am", NO, p("6.6", "3.5", "A.5"))
add("can copilot take notes in tomorrow's supervisory meeting with the firm's compliance director? would save me loads of time", NO, p("10.2") + r("Teams intelligent recap"))
add("we've had 80 applications for the case officer vacancy, can i get AI to do the first sift?", NO, p("7.1"))
add("a whistleblower emailed about their employer's collections practices - can assist summarise it for tomorrow's triage meeting?", NO, p("6.7", "15.1", "A.5"))
add("can i use grammarly on my work laptop? just the free browser extension", NO, r("Grammarly") + p("5.5"))
add("my manager wants an AI-generated video of the chief exec doing the xmas message, is that ok?", NO, p("11.2", "7.1"))
add("can i upload the skilled person report on one of my firms into chatgpt to pull out the key findings", NO, p("6.5", "3.4") + r("ChatGPT"))
add("deepseek is free and really good at summarising, ok to use it for public consultation papers?", NO, r("DeepSeek") + p("5.1"))
add("can i ask AI whether the penalty on my case should be band 3 or band 4? just as a sense check", NO, p("7.1", "4.1"))
add("is otter ok for a call with a firm next week?", NO, r("Otter.ai") + p("10.3", "10.2"))
add("can ai do the redactions on the documents we're releasing under FOI? there are hundreds of pages", NO, p("7.4"))
add("can i ask copilot to find all the enforcement files on a firm thats not my case? just curious what happened with it", NO, p("7.3"))
add("doing the compelled interview with the former ceo on thursday - can teams transcribe it live so i dont have to type?", NO, p("10.2"))
add("the quarterly credit market stats go out thursday 9:30. can assist help me write the commentary this week before release?", NO, p("6.6", "3.5"))
add("can i get chatgpt to write our submission to the tribunal for the appeal", NO, p("7.2"))
add("my notes from the visit to the firm are a mess - can chatgpt tidy them up if i call the firm 'Firm A'?", NO, p("6.11", "6.5", "3.4"))
add("can i make an AI headshot of myself for my teams profile pic", NO, p("11.2"))
add("can i use the copilot app on my phone, logged into my own microsoft account, to draft work emails", NO, r("Microsoft Copilot (consumer)") + p("5.3"))

# ---- tool variants
add("is the chatgpt desktop app ok if i only use public stuff?", NO, r("ChatGPT") + p("5.3"))
add("can i use my own github copilot subscription on the authority repos? my seat request is still pending", NO, r("GitHub Copilot Business") + p("5.3"))
add("acrobat's got a new AI assistant button, can i use it to summarise a firm's published annual report?", NEEDS, p("5.4", "5.1"), True)
add("can i call the openai api from a python script to classify our published enforcement notices?", NEEDS, p("5.6"), True)
add("want to build a power automate flow that sends incoming consumer complaints to copilot to tag them by product. ok?", NEEDS, p("5.6", "6.3"), True)
add("my samsung phone has an AI rewrite thing in the keyboard, can i use it for work emails in outlook mobile? it's my own phone", NO, p("5.7"))
add("the consultants on the data project want to run our supervisory data through their own AI tool, can i let them?", NEEDS, p("12.2", "6.5"), True)

# ---- information described without keywords (incl. pii)
add("can i put the list of people who rang the helpline last month, incl Mrs Janet Okafor on 07700 900312, into copilot chat to group their complaints?", NO, r("Microsoft 365 Copilot Chat") + p("6.3", "A.3"), pii=["Janet Okafor", "07700 900312"])
add("consumer Mr Dariusz Nowak says he can't pay since his cancer diagnosis - can chatgpt help me draft a kind reply?", NO, p("6.4") + r("ChatGPT"), pii=["Dariusz Nowak"])
add("can i paste Priya Raman's sickness absence notes into copilot to help me write her return to work plan", NO, p("6.4", "7.1"), pii=["Priya Raman"])
add("got a spreadsheet of which firms are on the list for next quarter's thematic review, can chatgpt help me prioritise it?", NO, r("ChatGPT") + p("6.2", "6.5"))
add("can assist help me write to a consumer (ref CSRA-CC-2026-04417) whose husband died and who has early dementia, about her complaint against a debt collector", NO, p("6.4", "A.3"), pii=["CSRA-CC-2026-04417"])
add("treasury sent us a doc marked OFFICIAL-SENSITIVE, can chatgpt summarise it for my director", NO, p("6.9", "6.8"))
add("can i forward tom.hargreaves@northgatefinance.co.uk's email about his firm's pricing plans for next year into copilot chat and ask for a summary", NO, r("Microsoft 365 Copilot Chat") + p("6.5", "3.4"), pii=["tom.hargreaves@northgatefinance.co.uk"])

# ---- tools the policy never mentions
add("anyone know if claude is ok? want to summarise a long published FCA discussion paper", NEEDS, p("5.1", "5.2"), True)
add("perplexity for desk research on how overseas regulators handle BNPL? all public info", NEEDS, p("5.1", "5.2"), True)

# ---- undecided / needs governance approval
add("a consumer wrote to us in welsh about their complaint - can i use copilot to translate our reply into welsh?", UNS, p("15.2"), True)
add("we're hosting a roundtable with consumer groups on the fees consultation, can teams transcribe it for the write-up?", UNS, p("15.3", "10.5"), True)
add("can i build a copilot studio agent that answers colleagues' questions about our internal procedures?", UNS, p("15.4"), True)
add("i'm on secondment from a bank for 12 months - am i allowed an M365 copilot licence?", UNS, p("15.5"), True)
add("supervision analytics idea: use an LLM to scan all firms' quarterly returns for anomalies. can we just do it?", NEEDS, p("15.6"), True)

# ---- information questions
add("who do i ask if i'm not sure whether something counts as market sensitive?", INFO, p("16.4", "6.10", "3.5"))
add("what counts as restricted regulatory information?", INFO, p("3.4", "6.11"))
add("how do i get a new AI tool approved?", INFO, p("5.8", "16.1"))
add("oops - i pasted part of a firm's business plan into chatgpt earlier. what do i do now?", INFO, p("14.1"))
add("do i need to do any training before i start using copilot chat?", INFO, p("13.1", "13.2"))

# ---- out of scope
add("how do i book a meeting room on the 3rd floor?", OOS, [])
add("whats the deadline for submitting expenses this month", OOS, [])
add("can someone tell me how to change my bank details for payroll", OOS, [])

def clause_ids(text):
    ids = set()
    for line in text.splitlines():
        m = re.match(r"^(\d+)\.\s+\S", line)
        if m and not re.match(r"^\d+\.\d", line):
            ids.add(m.group(1)); continue
        m = re.match(r"^((?:\d+\.)+\d+|[A-Z]\.\d+)(\([a-z]\))?\s", line)
        if m: ids.add(m.group(1) + (m.group(2) or ""))
    return ids

def main():
    orig = OUT / "originals"
    ids = clause_ids((orig / P).read_text(encoding="utf-8"))
    tools = {row["tool"] for row in csv.DictReader((orig / R).open(encoding="utf-8"))}
    valid = {f"{P}#{i}" for i in ids} | {f"{R}#{t}" for t in tools}
    seen = set()
    allowed_v = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
    for c in C:
        assert c["id"] not in seen, c["id"]; seen.add(c["id"])
        assert set(c["verdict"]) <= allowed_v and c["verdict"], c
        for ref in c["clauses"]:
            assert ref in valid, (c["id"], ref)
        for s in c.get("pii", []):
            assert s in c["question"], (c["id"], s)
        if "unsure" in c["verdict"]:
            assert c["escalate"], c["id"]
    # register's own refs must exist too
    for row in csv.DictReader((orig / R).open(encoding="utf-8")):
        for ref in row["clauses"].split(";"):
            assert ref in valid, ref
    with (OUT / "cases.jsonl").open("w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for line in (OUT / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    print("cases:", len(C), "clauses found:", len(ids))
    print("by first verdict:", Counter(c["verdict"][0] for c in C))
    print("escalate:", sum(c["escalate"] for c in C), "pii cases:", sum(1 for c in C if "pii" in c))

if __name__ == "__main__":
    main()
