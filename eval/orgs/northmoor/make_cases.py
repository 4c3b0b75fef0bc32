"""Write cases.jsonl for the Northmoor Combined Authority set (prefix r9b) and check it
against the clause ids the Markdown original yields."""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
F = "nmca-genai-acceptable-use-policy.md"
AC = ["allowed", "conditional"]
NA = ["not_allowed"]
NU = ["not_allowed", "unsure"]
UN = ["unsure", "not_allowed"]

def c(*ids):
    return [f"{F}#{i}" for i in ids]

# (question, verdicts, clauses, escalate, pii)
CASES = [
# clear yeses
("can i use copilot chat to tidy up the wording of an all staff email about the xmas social? nothing sensitive in it", AC, c("5.2", "6.2"), False, None),
("board papers from last months CA board are already up on the website - ok to get copilot chat to summarise them for my team?", AC, c("6.2", "3.12", "A.1"), False, None),
("need a catchy name for our cycle to work week campaign, can I brainstorm with copilot chat", AC, c("5.2", "6.2"), False, None),
("just for my own understanding, can i ask copilot chat to explain the difference between an enhanced partnership and bus franchising in plain english", AC, c("6.2", "5.2"), False, None),
("hiya, got my M365 copilot licence last week. can i use it in word to draft our new internal procedure for booking pool cars?", AC, c("5.4", "6.2"), False, None),
("i have a copilot licence - can copilot in excel write me an xlookup to pull the stop names into the timetable sheet?", AC, c("7.3", "6.2", "5.4"), False, None),
("bus franchising consultation closed on friday, we've got ~4,000 responses, lots with names and postcodes in. can the engagement team run them through parley?", AC, c("5.6", "6.6"), False, None),
("want a simple bike icon for an internal slide deck, ok to generate it with copilot chat?", AC, c("11.1"), False, None),
("I'm organiser of our weekly team stand-up (all internal staff, no externals) and I have a licence - can copilot transcribe it and do the recap?", AC, c("10.1"), False, None),
("can copilot chat turn the Q2 patronage totals by route (no names, just the numbers) into a couple of paras for the staff newsletter", AC, c("6.9", "6.2"), False, None),
("could copilot chat proofread my draft guidance on the new expenses process before I send it round the team", AC, c("6.2", "8.1"), False, None),
("on my work laptop, signed in with my northmoor account and the green shield is showing - can i use copilot chat in the edge sidebar to summarise a published DfT guidance doc?", AC, c("5.2", "6.2"), False, None),
("do i need to put an AI label on an email if copilot only fixed my spelling?", ["info", "allowed"], c("9.1"), False, None),
# conditional yeses
("i'd like to draft a blog post about the new bus lanes on my own ipad at home using copilot chat, is that allowed?", ["conditional"], c("5.8"), False, None),
("licence holder - can copilot in outlook draft my reply to Priya Shah (priya.shah77@gmail.com) whose moorcard top-up never arrived?", AC, c("6.5"), False, ["Priya Shah", "priya.shah77@gmail.com"]),
("we'd like an AI picture of what the proposed Harlow Bridge interchange could look like, for the consultation leaflet. can we?", ["conditional"], c("11.4", "11.2", "9.2"), False, None),
("press release on the new tram timetable is mostly copilot written now, anything i need to do before it goes out?", ["conditional", "info"], c("9.1", "8.2"), False, None),
("can copilot chat help me write a python script to tidy up the bus stop locations csv? its just stop names and grid refs", AC, c("7.3"), False, None),
("writing a part B exempt report for the board with copilot in word (I have a licence). is that ok, anything I need to do?", ["conditional"], c("6.4", "8.2", "A.2"), False, None),
("can copilot summarise the long email thread with one of the bus operators about their revenue figures? im a licence holder", AC, c("6.4", "A.3"), False, None),
("the internal audit report on payroll is marked OFFICIAL-SENSITIVE. I have M365 copilot - can it draft an action plan from the recommendations?", AC, c("6.4"), False, None),
("licence holder here, can I get copilot to summarise the tender responses for the metro cleaning contract so I can brief my director? not scoring them, just a summary", AC, c("6.4", "7.1(b)"), False, None),
# clear nos, worded unlike the rule
("can copilot just tell me whether to uphold this penalty fare appeal? evidence seems pretty clear cut tbh", NA, c("7.1(a)", "7.1"), False, None),
("40 applications for the grad scheme, can copilot rank the personal statements so we know who to invite to interview?", NA, c("7.1(a)", "7.1"), False, None),
("could i get copilot to compare the 3 bids for the ticket machine contract and give each one a mark out of 10", NA, c("7.1(b)", "7.1"), False, None),
("can we just use the copilot recap as the minutes for overview & scrutiny next week? would save dem services loads of time", NA, c("10.3"), False, None),
("my manager wants copilot to pull together what one of my team has been saying in teams chats this month, he thinks there's a performance issue. is that ok?", NA, c("7.1(e)", "7.1", "6.7(b)"), False, None),
("fun idea for socials: short clip of the mayor announcing the fare cap but with an AI version of his voice. can we?", NA, c("11.3"), False, None),
("an external consultant joined our teams call and their AI notetaker bot came in with them, is it fine to just leave it?", NA, c("10.4"), False, None),
("can copilot help me write up my statement for the HR investigation into what happened at the depot", NA, c("7.1(g)", "7.1", "6.7(b)"), False, None),
("fares announcement is embargoed till thursday's board - can i paste it into copilot chat to tighten up the wording?", NA, c("6.3", "A.2"), False, None),
("can we point parley at the complaints inbox to pull out the common themes", NU, c("5.7"), True, None),
("would it be ok for copilot to describe what's going on in the CCTV stills from the assault at Kirkgate Metro stop?", NA, c("11.3", "6.7(c)", "A.5", "6.7(a)"), False, None),
("can we have copilot chat answer customers on the web chat automatically overnight, without someone checking every reply?", NA, c("7.2"), False, None),
("DLP keeps blocking me when I paste the audit report into copilot chat - if i split it into smaller chunks will that be ok?", NA, c("7.1(d)", "6.3"), False, None),
("can copilot help me write a script to change the points heating schedule on the NOC system for the tram depot", NA, c("7.1(f)", "7.1"), False, None),
# tool variants
("i pay for chatgpt plus myself - can I use it to draft a board report summary if i take the names out?", NU, c("5.1", "5.9"), True, None),
("is the free copilot on my home laptop (signed into my hotmail) ok for work drafts? it's basically the same as copilot chat right", NA, c("5.3"), False, None),
("grammarly keeps offering to rewrite whole paragraphs with its AI thing, can i accept those in work docs?", NU, c("5.1"), True, None),
("can I add a chrome extension that summarises web pages with AI? only for desk research", NU, c("5.1", "2.3"), True, None),
("adobe acrobat's AI assistant popped up offering to summarise a published DfT pdf, ok to click yes?", NU, c("5.1"), True, None),
("im a dev on the journey planner app - can i use github copilot in vs code?", NU, c("5.1", "5.9"), True, None),
("can I build a copilot studio agent that answers my team's questions about our HR policies?", NU, c("5.5"), True, None),
("our data team want to call the azure openai api from the data platform to tag customer feedback - ok?", NU, c("12.3", "5.5", "12.1"), True, None),
("a partner uses zoom and it has an AI companion that writes meeting summaries, can I switch it on when I host?", NU, c("5.1", "10.4"), True, None),
# information described without keywords
("licence holder - can copilot draft a letter to Mrs Helen Marsh (DOB 03/04/1961) about her disabled persons pass? her file has the GP letter about her MS", NA, c("6.7(a)", "3.9", "6.7"), False, ["Helen Marsh", "03/04/1961"]),
("got a spreadsheet of the year 9 and 10 kids who applied for the young persons travel pass this term, can copilot find the duplicates?", NA, c("6.7(a)", "3.9", "6.7(d)", "6.7"), False, None),
("can copilot help me summarise Dave Kowalski's time off sick over the last year before his return to work meeting", NA, c("6.7(b)", "3.8", "6.7"), False, ["Dave Kowalski"]),
("can i paste the network operations centre lockdown procedure into copilot chat to make a one page crib sheet", NA, c("6.7(c)", "A.5", "6.3"), False, None),
("I've got an export of journey histories for about 2,000 moorcard holders, want copilot to spot travel patterns", NU, c("6.7(d)", "3.10"), True, None),
("BTP sent over an intelligence briefing on fare evasion gangs - can copilot summarise it for the revenue protection team?", NA, c("6.8", "6.7(a)", "3.9"), False, None),
("we got counsel's advice on the franchising judicial review, can copilot chat pull out the key points for me", NA, c("6.3", "A.2"), False, None),
("we swapped the moorcard numbers for random IDs in the journey extract so it's anonymous now - fine for copilot chat?", NA, c("6.9", "6.3", "6.7(d)"), False, None),
("can copilot transcribe a recording of a customer's call to the contact centre so i can write up their complaint", NA, c("10.6"), False, None),
# tools the policy never mentions
("is otter.ai ok for transcribing my interviews with bus drivers for the workforce research?", NU, c("10.4", "5.1"), True, None),
("can I use midjourney for the poster art for the summer travel campaign?", NU, c("5.1", "11.2"), True, None),
("perplexity is great for desk research - ok to use it to look up how other regions did bus franchising? no authority data goes in", NU, c("5.1", "5.9"), True, None),
("a supplier offered us a free 30 day trial of their AI timetable optimisation tool, can I just sign up and try it?", NU, c("12.1"), True, None),
("the consultants doing our bus network review want to use chatgpt to write up their findings, their contract doesn't say anything about AI", NU, c("12.2"), True, None),
# undecided
("meeting with the three district councils next week, can I turn on copilot transcription and the recap?", UN, c("15.1", "10.5"), True, None),
("can copilot translate the bus service changes leaflet into urdu and polish for the website?", UN, c("15.2"), True, None),
("i support the mayor's office - they'd like copilot chat to draft replies to constituents' emails. allowed?", UN, c("15.3", "2.5"), True, None),
("can i let copilot send routine replies from my inbox by itself while i'm on leave", UN, c("15.4"), True, None),
# information
("who do i ask about getting a copilot licence?", ["info"], c("16.3", "5.4"), False, None),
("what counts as OFFICIAL-SENSITIVE COMMERCIAL?", ["info"], c("A.3"), False, None),
("what training do i need to do before I can use copilot chat", ["info"], c("13.1", "5.2"), False, None),
("think i accidentally pasted a resident's email with her address in (Janet Oduya, 14 Calder Rise, NM4 7QT) into copilot chat, what do I do now?", ["info"], c("14.1"), False, ["Janet Oduya", "14 Calder Rise", "NM4 7QT"]),
("what's an 'assured use case'?", ["info"], c("3.10"), False, None),
# out of scope
("how do I claim mileage for a site visit to the tram depot", ["out_of_scope"], [], False, None),
("is the 42 diverted this weekend because of the roadworks on Mill Lane", ["out_of_scope"], [], False, None),
]


def clause_ids(md_text):
    """Clause ids per the contract: numbered headings, typed paragraph numbers, A.n appendix paragraphs."""
    ids = set()
    for line in md_text.splitlines():
        m = re.match(r"^#{2,}\s+(\d+)\.\s", line)
        if m:
            ids.add(m.group(1)); continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?(?:\([a-z]\))?|[A-Z]\.\d+)\s", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    ids = clause_ids((HERE / "originals" / F).read_text(encoding="utf-8"))
    lines = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        obj = {"id": f"r9b{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            obj["pii"] = pii
            for s in pii:
                assert s in q, (n, s)
        for ref in cl:
            assert ref.split("#", 1)[1] in ids, (n, ref)
        if "unsure" in v and v == ["unsure"]:
            assert esc
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-read and check
    seen = set(); counts = {}
    for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        assert o["id"] not in seen; seen.add(o["id"])
        key = "/".join(o["verdict"]); counts[key] = counts.get(key, 0) + 1
    print(len(seen), "cases")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}")
    print("escalate:", sum(json.loads(l)["escalate"] for l in (HERE / "cases.jsonl").read_text().splitlines()),
          "pii cases:", sum("pii" in json.loads(l) for l in (HERE / "cases.jsonl").read_text().splitlines()))


if __name__ == "__main__":
    main()
