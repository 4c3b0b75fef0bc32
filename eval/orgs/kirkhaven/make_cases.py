#!/usr/bin/env python3
"""Write cases.jsonl for Kirkhaven Council and check it against originals/.
Clause ids are derived here independently from the contract's rules (numbered
lines such as `5.2` / `3.1(a)` / `A.4`; for the un-numbered FAQ, slugs of the
headings underlined with ---)."""
import json, pathlib, re

OUT = pathlib.Path(__file__).resolve().parent
P = "kirkhaven-generative-ai-policy.txt"
F = "kirkhaven-ai-staff-faq.txt"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

def p(*ids): return [f"{P}#{i}" for i in ids]
def f(*slugs): return [f"{F}#{s}" for s in slugs]

FAQ_TOOLS = "which-ai-tools-am-i-allowed-to-use-for-work"
FAQ_RIGHT = "how-do-i-know-i-m-using-the-right-copilot"
FAQ_M365 = "is-copilot-chat-the-same-as-microsoft-365-copilot"
FAQ_GPT = "i-only-want-to-use-chatgpt-for-something-that-isn-t-confidential-is-that-ok"
FAQ_CASE = "what-counts-as-case-material"
FAQ_SAY = "do-i-have-to-say-when-i-ve-used-ai"
FAQ_OOPS = "i-ve-pasted-something-i-shouldn-t-have-what-now"
FAQ_WHO = "who-do-i-ask-if-my-question-isn-t-answered-here"

# (question, verdicts, clauses, escalate, pii)
CASES = [
 # ---- clear yeses (Copilot Chat with a council account, public/internal info; Scribeline for trial services)
 ("can i use copilot chat to draft a press release about the new opening hours at the recycling centre? all public info", [A, C], p("3.1", "4.1", "7.1") + f(FAQ_TOOLS), False, None),
 ("is it ok to get copilot to summarise the published roads asset management plan so i can brief the squad on it", [A, C], p("4.1", "3.1", "A.3"), False, None),
 ("hiya, can I ask copilot to rewrite my out of office msg so it sounds less abrupt lol", [A, C], p("4.1", "7.2", "3.1"), False, None),
 ("we're redoing the bulky uplift procedure doc (internal, no names or addresses in it) - fine to have copilot tidy it up and suggest a better structure?", [A, C], p("4.1", "3.1"), False, None),
 ("quick one - can i use copilot to draft an email to Fiona in procurement and Cllr Baird about moving the working group date", [A, C], p("4.2", "4.1"), False, None),
 ("I'm a primary teacher, can I use copilot chat (signed in with my council login) to make a quiz about the water cycle for my P6 class?", [A, C], p("3.1", "4.1", "3.2"), False, None),
 ("can copilot make me a cartoon picture of a bin lorry for the depot staff noticeboard poster about our charity bbq", [A, C], p("9.1", "7.4"), False, None),
 ("can I ask copilot what the GIRFEC wellbeing indicators are and what the named person role involves? no case details, just want a refresher", [A, C], p("4.6", "4.1"), False, None),
 ("is copilot in the teams app ok to use or do i have to go through the browser", [A, C, I], p("3.2") + f(FAQ_RIGHT), False, None),
 ("working from home on saturday to catch up - can I use copilot chat on my council laptop outside hours?", [A, C], p("2.4", "3.2", "3.1"), False, None),
 ("can i get copilot to suggest some general interview questions for a waste operative post? same questions for every candidate", [A, C], p("5.3", "4.1"), False, None),
 ("can copilot draft the agenda for our section meeting next week? just the usual items and who's presenting", [A, C], p("4.1", "4.2"), False, None),
 ("committee services here - ok to run scribeline for the Environment and Transport Committee meeting next week? it's the public part", [A, C], p("8.1", "8.3", "8.4"), False, None),
 # ---- conditional yeses
 ("i use copilot on my own ipad at home - if i log in with my council account through safari is that fine?", [C, A], p("3.4"), False, None),
 ("housing officer here, our team's in the scribeline trial. want to use it at thursday's team meeting, anything I need to do first?", [C, A], p("8.1", "8.2", "8.3", "11.2"), False, None),
 ("copilot drafted most of our consultation summary for residents - do I need to put anything on it before it goes on the website?", [C, I], p("7.1", "7.2") + f(FAQ_SAY), False, None),
 ("can I get copilot to draft the letter going to all 3000 tenants about the rent setting consultation", [C], p("6.5", "7.1", "4.1"), False, None),
 ("want to use an AI picture copilot made on the council facebook page for the burns night ceilidh, is that ok", [C], p("9.4", "7.4", "9.3"), False, None),
 ("can copilot translate our bin collection calendar leaflet into polish? it's going through doors in the east ward", [C, A], p("7.1", "6.2", "4.1"), False, None),
 ("copilot quoted a section of the Roads (Scotland) Act 1984 for my letter to a utility company about reinstatement - can i just paste it in?", [C], p("6.2", "6.1"), False, None),
 ("writing a committee report on the new parking strategy and want copilot to help with the first draft, any rules?", [C], p("7.3", "6.5", "6.1"), False, None),
 ("do i need to do any training before i start using copilot chat", [I, C], p("11.1") + f(FAQ_TOOLS), False, None),
 # ---- clear nos from rules worded unlike the question
 ("can copilot help me tighten up my report for the childrens panel on thursday? its really long and waffly", [N], p("5.2"), False, None),
 ("we've had 140 applications for the admin assistant post, can i get copilot to pick out the best 20 for shortlisting", [N], p("5.3"), False, None),
 ("can i get copilot to look at the housing waiting list and tell me which applicants should get bumped up", [N], p("5.1", "4.3"), False, None),
 ("I'm in the elections team - can copilot proofread the poll card wording before it goes to the printer?", [N], p("5.4", "13.4"), False, None),
 ("could I ask copilot whether a taxi driver licence applicant with an old conviction seems fit and proper? I'd just describe it", [N], p("5.5", "4.4", "A.4"), False, None),
 ("can I make a wee video of the council leader wishing everyone a happy new year using an AI voice thing? she's too busy to record it", [N], p("9.2", "5.6"), False, None),
 ("is it ok to paste the chronology for a family into copilot so it can spot patterns? I'll take the names out first", [N], p("4.5", "5.2", "A.5"), False, None),
 ("I do home visits - can I record the chat on my phone and get copilot to transcribe it so I don't have to write it all up after?", [N], p("8.6"), False, None),
 ("a rep from a partner agency keeps bringing their otter notetaker into our multi-agency meeting, is that ok?", [N], p("8.7"), False, None),
 ("teams gives an 'intelligent recap' after our meetings now, can I just send that round as the notes?", [N], p("8.8"), False, None),
 ("we're a roads team in the trial - can scribeline stay on for the private item about the depot restructure and who's moving where?", [N], p("8.4"), False, None),
 # ---- tool variants
 ("is it ok to use chatgpt to brainstorm slogans for the litter campaign? nothing confidential at all", [N], p("3.6") + f(FAQ_GPT), False, None),
 ("the copilot app on my own phone, signed in with my hotmail, is that alright for drafting a work email?", [N], p("3.3") + f(FAQ_RIGHT), False, None),
 ("copilot in word keeps popping up offering to draft the document for me - can I use that?", [N], p("3.5", "13.5") + f(FAQ_M365), False, None),
 ("can i install the grammarly chrome extension with the AI rewrite bit on my work laptop", [N], p("3.8", "3.6"), False, None),
 ("adobe acrobat now has an AI assistant button that summarises pdfs, can I use it on the planning objection letters?", [N, U], p("3.7"), True, None),
 ("our housing management system supplier has added an AI feature that drafts repair letters - can we just switch it on?", [N, U], p("3.7", "10.1"), True, None),
 ("i'm building a power automate flow for bulk uplift enquiries, can I hook it up to copilot via the API to draft the replies?", [N, U], p("3.5", "10.1"), True, None),
 ("can i sign up for a free trial of an AI writing tool with my work email just to see if it's any good", [N], p("10.3", "10.1"), False, None),
 ("housing has the scribeline licence - can we borrow it for our HR team meeting?", [N], p("8.2", "8.1"), False, None),
 # ---- information described without keywords
 ("can copilot help me write up a summary of a young person's additional support needs meeting for the school file? names removed", [N], p("4.4", "A.4", "4.5"), False, None),
 ("a tenant told me her husband's been drinking heavily and the kids are scared of him - can copilot help me word the referral?", [N], p("4.4", "A.4", "4.5", "5.2"), False, None),
 ("can i use copilot to draft the reply to a resident's complaint about her bin not being emptied? I'd paste her email in", [N], p("4.5", "4.3", "A.5"), False, None),
 ("next year's budget savings options haven't been published yet, can I get copilot to turn them into a briefing note for members?", [N], p("4.7", "A.6"), False, None),
 ("I want copilot to draft the note of an absence review meeting I had with one of my team", [N], p("4.8"), False, None),
 ("can copilot draft a letter to Mrs Agnes Whyte at 14 Ferry Road, KH4 2PL about her rent arrears? she's asked for a payment plan", [N], p("4.3", "4.5"), False, ["Agnes Whyte", "14 Ferry Road", "KH4 2PL"]),
 ("can copilot draft the SCRA report for Kayden Murray dob 04/03/2015 if I give it my notes from the home visits", [N], p("5.2", "4.4", "4.5"), False, ["Kayden Murray", "04/03/2015"]),
 ("Cllr asked me to use copilot to write back to his constituent Jean Paterson (jean.paterson@example.com) about her damp flat, ok?", [N], p("4.3", "2.2"), False, ["Jean Paterson", "jean.paterson@example.com"]),
 # ---- tools the policy never mentions
 ("what about perplexity? it gives you the sources so it seems safer for research", [N, U], p("3.6", "3.9"), True, None),
 ("can I use deepl to translate a letter into ukrainian for a family we're supporting", [N, U], p("3.6", "3.9", "4.3"), True, None),
 ("the web team wants github copilot for the website code, is that covered?", [N, U], p("3.6", "3.9", "5.7"), True, None),
 # ---- points the policy leaves undecided / needs approval
 ("we're HSCP (employed by the council) - can we use scribeline in our locality MDT meetings?", [U, N], p("13.1"), True, None),
 ("can copilot translate the new library opening hours leaflet into gaelic for us?", [U, N], p("13.2"), True, None),
 ("can i use copilot to write feedback comments on my S3 class's persuasive essays? would save me hours", [U, N], p("13.3"), True, None),
 ("my S5s want to use copilot for their research projects, are they allowed?", [U], p("13.3", "2.5"), True, None),
 ("elections office - we're in the by-election period, can i use copilot to draft the press release about the count arrangements?", [U, N], p("13.4"), True, None),
 ("I've got ADHD and occupational health mentioned an AI planning app might help - can I start using it for work?", [U, N], p("11.4"), True, None),
 # ---- info questions
 ("who do I ask about the scribeline trial?", [I], p("14.4") + f(FAQ_WHO), False, None),
 ("what counts as case material?", [I], p("A.5") + f(FAQ_CASE), False, None),
 ("how do i tell if im on the right version of copilot", [I], p("3.2", "3.3") + f(FAQ_RIGHT), False, None),
 ("whats the difference between copilot chat and m365 copilot, and are we getting the m365 one?", [I, U], p("3.5", "13.5") + f(FAQ_M365), False, None),
 ("I accidentally pasted Mr Tom Keddie's address (3 Harbour Wynd, KH1 7QT) into copilot - what do I do now?", [I], p("12.1", "12.2") + f(FAQ_OOPS), False, ["Tom Keddie", "3 Harbour Wynd", "KH1 7QT"]),
 ("if i use copilot for work could my chats end up being released under FOI?", [I], p("4.9"), False, None),
 ("who decides whether we can buy a new AI tool for our service?", [I], p("10.1", "14.5", "3.9"), False, None),
 ("I'm an NHS-employed nurse in the partnership - does this council AI policy apply to me?", [I], p("2.3"), False, None),
 # ---- out of scope
 ("how do i book annual leave in myview?", [O], [], False, None),
 ("does anyone know when the garden waste permits go on sale this year", [O], [], False, None),
 ("what's the mileage rate if I use my own car for home visits", [O], [], False, None),
]

def clause_ids(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    ids = set()
    num = re.compile(r"^((?:\d+(?:\.\d+)*)|(?:[A-Z]\.\d+(?:\.\d+)*))(\([a-z]\))?\.?\s")
    for ln in lines:
        m = num.match(ln)
        if m:
            ids.add(m.group(1) + (m.group(2) or ""))
    if ids:
        return ids
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i].strip()) and lines[i - 1].strip():
            ids.add(re.sub(r"[^a-z0-9]+", "-", lines[i - 1].lower()).strip("-"))
    return ids

def main():
    orig = OUT / "originals"
    known = {name: clause_ids(orig / name) for name in (P, F)}
    rows, seen = [], set()
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        cid = f"r15c{n:03d}"
        row = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            row["pii"] = pii
            for s in pii:
                assert s in q, (cid, s)
        for ref in cl:
            fn, c = ref.split("#", 1)
            assert c in known[fn], (cid, ref)
        if U in v and v != [U]:
            pass
        if v == [U]:
            assert esc, cid
        assert cid not in seen
        seen.add(cid)
        rows.append(row)
    with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse
    back = [json.loads(l) for l in (OUT / "cases.jsonl").read_text().splitlines()]
    from collections import Counter
    print(len(back), "cases")
    print(Counter(tuple(r["verdict"]) for r in back))
    print("escalate:", sum(r["escalate"] for r in back), "pii:", sum("pii" in r for r in back))
    print("policy clause ids:", len(known[P]), "faq:", sorted(known[F]))

if __name__ == "__main__":
    main()
