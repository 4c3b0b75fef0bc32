#!/usr/bin/env python3
"""Write cases.jsonl for Pendlemoor Borough Council and check it against originals/."""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
P = "generative-ai-policy.md#"
F = "ai-dos-and-donts.md#"
F_TOOLS = F + "which-ai-tools-am-i-allowed-to-use-for-work"
F_SHIELD = F + "how-do-i-know-i-m-in-council-copilot"
F_CHATGPT = F + "can-i-use-chatgpt-if-i-don-t-put-anything-personal-in-it"
F_PHONE = F + "can-i-use-copilot-on-my-own-phone-or-laptop"
F_BUILTIN = F + "what-about-ai-that-comes-built-into-other-software"
F_CASE = F + "can-i-ask-for-help-with-a-case-if-i-take-the-name-out"
F_LABEL = F + "do-i-have-to-tell-people-i-used-ai"
F_NOTES = F + "can-ai-take-the-notes-in-my-meeting"
F_RECRUIT = F + "can-i-use-ai-for-recruitment"
F_OOPS = F + "i-ve-put-something-into-an-ai-tool-that-i-shouldn-t-have-what-now"
F_ASK = F + "who-do-i-ask"

Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
NU = ["not_allowed", "unsure"]
U = ["unsure", "not_allowed"]
I = ["info"]
O = ["out_of_scope"]

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # --- clear yeses ---
    ("can i use copilot chat to draft a press release about the summer holiday activities at the leisure centre? i'm signed in with my work account", Y, [P+"6.1", P+"4.1", P+"8.1", F_TOOLS], False, None),
    ("is it ok to get copilot to summarise the new NPPF changes for my team, its a published govt doc", Y, [P+"6.1", P+"5.1"], False, None),
    ("need help with an excel formula to work out days between two dates in our fleet spreadsheet (no names in it just the van regs). can copilot help with that", Y, [P+"6.1", P+"5.1"], False, None),
    ("can copilot rewrite our bin collection leaflet in plain english? it's going on the website after", Y, [P+"6.1", P+"8.1", P+"8.2"], False, None),
    ("brainstorming ideas for our team away day agenda - fine to use copilot chat for that?", Y, [P+"6.1", P+"6.2"], False, None),
    ("im writing a new procedure note for how we process direct debit changes, no customer data in it at all. ok to get copilot to do a first draft?", Y, [P+"6.1", P+"5.1", P+"6.2"], False, None),
    ("quick one - is the normal spell check / grammar thing in outlook ok to use or does that count as AI now", ["allowed", "info"], [F_BUILTIN], False, None),
    ("can i paste the minutes from our internal team meeting into copilot to pull out an action list? it's just staff names and who's doing what", Y, [P+"9.4", P+"5.2"], False, None),
    ("can i make a cartoon style picture in copilot for my training slides on the new recycling rules", Y, [P+"10.1", P+"6.1"], False, None),
    ("i'm in the validation team - can i run the householder application that came in this morning through validata to see if it's got all the docs?", Y, [P+"4.1", P+"4.4", P+"5.8"], False, None),
    ("can copilot explain what section 80 of the environmental protection act says in plain terms? just for my own understanding before i speak to legal", Y, [P+"6.1", P+"7.6"], False, None),
    ("writing a job advert for a casual leisure assistant, can copilot help with the wording", Y, [F_RECRUIT, P+"6.1"], False, None),
    ("can i use copilot to turn our draft allocations policy (not published yet, no personal info) into an easy read version for the consultation", Y, [P+"5.1", P+"6.1"], False, None),
    ("using copilot in teams on my work laptop to draft an email to the contractor about the car park resurfacing dates - their site manager's name and work email are in it, is that ok?", Y, [P+"5.2", P+"2.2"], False, None),
    ("need a report on homelessness approaches from families in temporary accommodation, just monthly numbers no names or addresses. can copilot do the charts and a summary", Y, [P+"5.1", P+"6.1"], False, None),
    ("cllr asked for the fly tipping figures in his ward for the last 2 years, can i use copilot to help draft the reply? its just numbers", Y, [P+"5.1", P+"6.1"], False, None),
    # --- conditional yeses ---
    ("i want to ask copilot how best to word a letter to a tenant in rent arrears who's asked for a payment plan. if i don't say who it is is that alright?", C, [P+"5.4", F_CASE], False, None),
    ("if copilot writes most of the text for the new leisure centre web page do we have to put anything on it", C + ["info"], [P+"8.1", P+"2.8", F_LABEL], False, None),
    ("can i use an image i made in copilot on the front of the residents' magazine?", C, [P+"10.2", P+"8.1"], False, None),
    ("can i use copilot on my own ipad when i'm working from home?", C + ["not_allowed"], [P+"11.3", F_PHONE], False, None),
    ("started last week, can i just start using copilot or is there something i need to do first", C + ["not_allowed", "info"], [P+"11.1", P+"4.1"], False, None),
    ("can i upload the draft cabinet report on leisure opening hours to copilot to shorten it? it goes out with the agenda next week anyway. one appendix lists the staff affected and their shift patterns", C + ["not_allowed"], [P+"5.6", P+"5.5"], False, None),
    ("want to switch on transcription in our fortnightly team meeting on teams, is that allowed?", C, [P+"9.1", F_NOTES], False, None),
    # --- clear nos, worded unlike the rule ---
    ("can copilot decide which housing applicants go in band b and which in band c if i give it the assessment criteria and their forms", N, [P+"7.2", P+"5.3"], False, None),
    ("could copilot write the abatement notice for the barking dog complaint? i'd check it over before it goes", N, [P+"7.3"], False, None),
    ("can i get copilot to go through my team's flexi sheets and flag who's taking the mickey with long lunches", N, [P+"7.4", P+"5.5"], False, None),
    ("we've had 140 applications for the EHO post, can ai do a first sift so i only read the top 20", N, [P+"7.4", F_RECRUIT], False, None),
    ("can we set copilot up so it automatically answers the council tax emails that come into the shared mailbox?", N + ["unsure"], [P+"7.5", P+"12.2"], False, None),
    ("could we do a short video of the leader giving the new year message with an AI avatar of her? she's too busy to film", N, [P+"10.3"], False, None),
    ("the fly tipping pic from the camera is really blurry, can i use ai to sharpen it up so you can read the number plate", N, [P+"10.4"], False, None),
    ("customer services manager is happy for us to clone her voice with ai for the phone line messages, is that ok given she's agreed?", N, [P+"10.3"], False, None),
    ("can i use copilot to write the reasons for refusal bit of my delegated report on the rear extension", N, [P+"7.3"], False, None),
    # --- tool variants ---
    ("i pay for chatgpt plus myself, can i use it for work stuff as long as its nothing sensitive", N, [P+"4.1", P+"2.3", F_CHATGPT, P+"5.7"], False, None),
    ("what about copilot but logged in with my hotmail account? it's the same thing isnt it", N, [P+"2.3", P+"2.2", F_PHONE], False, None),
    ("gemini has appeared on my work android phone, ok to use it for drafting quick emails?", N, [F_CHATGPT, P+"4.1", P+"2.3"], False, None),
    ("acrobat's got an 'AI assistant' button now - can i use it to summarise a planning appeal decision pdf? it's a published decision", N, [P+"4.5", F_BUILTIN], False, None),
    ("can i install grammarly on my work laptop? my writing's not great", N, [F_BUILTIN, P+"4.1"], False, None),
    ("found a chrome extension that summarises web pages with ai, can i add it to read govt guidance quicker?", NU, [P+"4.1", P+"1.3", P+"4.6"], True, None),
    ("i want to write a small python script that sends our published committee reports to the openai api for summaries. it's all public data so should be fine?", NU, [P+"12.2", P+"5.7"], True, None),
    ("can i build a copilot studio agent for revs and bens so staff can ask it about our procedures", NU, [P+"12.2"], True, None),
    ("our housing management system supplier says they can switch on their new AI case summary feature for free - can we just turn it on?", NU, [P+"12.1", P+"4.5"], True, None),
    ("how do i get the full microsoft 365 copilot, the one that can read your emails and files? i'm in planning policy", NU, [P+"4.3"], True, None),
    ("can env health use validata to check the paperwork on new food business registrations? it's good at checking forms", N + ["unsure"], [P+"4.1", P+"4.4"], False, None),
    ("i'm in planning enforcement, can i put the complaints we get through validata to check they have enough info", N, [P+"4.4"], False, None),
    # --- information described without keywords ---
    ("tenant told me on a home visit about her depression and that her son's been excluded from school. can i paste my visit notes into copilot to tidy them up for the file? its Janine Foulds at 3 Brunswick Terrace", N, [P+"5.5", P+"2.5", P+"5.3"], False, ["Janine Foulds", "3 Brunswick Terrace"]),
    ("can copilot help me write up the return to work meeting for Kelly Ormerod in my team, she's back after her operation", N, [P+"5.5", P+"2.7", P+"9.3"], False, ["Kelly Ormerod"]),
    ("bids are in for the leisure management contract, can i get copilot to compare the three bidders' pricing schedules for the evaluation panel", N, [P+"5.5", P+"2.6"], False, None),
    ("legal have sent over their advice on the JR of the traveller site decision, can copilot boil it down to a page for the director", N, [P+"5.5", P+"2.6"], False, None),
    ("can copilot help me word a letter to a claimant we're looking into for an overpayment (we think there's an undeclared partner)? i'd put the claim ref HB/2291847 in so i can find it again", N, [P+"5.5", P+"2.5", P+"5.3"], False, ["HB/2291847"]),
    ("a resident emailed about her neighbour's bonfires, can i paste her email into copilot so it drafts a reply? it's from Margaret Ashworth, 22 Calder Road PM4 7QX", N, [P+"5.3", P+"2.4"], False, ["Margaret Ashworth", "22 Calder Road", "PM4 7QX"]),
    ("the firewall config for the town hall network is a mess, can i paste it into copilot to explain what it's doing", N, [P+"5.5", P+"2.6"], False, None),
    ("can i put the part 2 appendix on the depot land sale into copilot for a summary? copilot's internal so that's fine isn't it", N, [P+"5.5", P+"2.6"], False, None),
    # --- tools the policy never mentions ---
    ("can i use perplexity for researching what other councils charge for parking? it gives you the sources", NU, [P+"4.1", P+"4.6"], True, None),
    ("anyone know if notebooklm is ok? want to load our adopted local plan docs into it, they're all public", NU, [P+"4.1", P+"4.6", P+"5.7"], True, None),
    ("is suno ok for making a little jingle for the leisure centre radio advert?", NU, [P+"4.1", P+"4.6"], True, None),
    # --- left undecided by the policy ---
    ("can we use copilot to translate the council tax reminder letter into urdu for the residents who've asked for it", U, [P+"13.2", P+"13.1"], True, None),
    ("licensing sub-committee hearing next week on the late night licence - can we use teams transcription and copilot to get a first draft of the minutes", U, [P+"9.5"], True, None),
    ("i support one of the ward councillors, she wants to use copilot for her ward casework emails - is she allowed to?", U, [P+"1.5"], True, None),
    ("we got 900 free text responses to the local plan consultation, can copilot pull out the main themes if i take the names and addresses out first?", U, [P+"13.3"], True, None),
    ("planning committee is webcast anyway, so can i run the recording through copilot to draft the minutes?", U, [P+"9.5"], True, None),
    # --- recording and transcription ---
    ("doing a tenancy sustainment visit tomorrow, can i record it on my phone with an ai transcription app so i dont have to scribble notes", N, [P+"9.3", P+"9.2"], False, None),
    ("disciplinary hearing next week and HR asked if we can transcribe it in teams and get copilot to summarise, ok?", N, [P+"9.3", P+"5.5"], False, None),
    ("an external consultant joined our teams call with an otter.ai bot taking notes - are we meant to do something about that?", ["info", "not_allowed"], [P+"9.2", F_NOTES], False, None),
    # --- information questions ---
    ("who do i ask about getting a new AI tool approved?", I, [P+"4.6", P+"15.1", F_ASK], False, None),
    ("what counts as 'sensitive casework' in the ai policy?", I, [P+"2.5"], False, None),
    ("how can i tell if i'm actually in the protected version of copilot?", I, [P+"2.2", F_SHIELD], False, None),
    ("think i pasted a tenant's address and mobile (07700 900418) into chatgpt by mistake earlier, what do i do now", I + ["not_allowed"], [P+"14.1", P+"14.2", F_OOPS], False, ["07700 900418"]),
    ("does the ai policy apply to agency staff as well?", I, [P+"1.2"], False, None),
    # --- out of scope ---
    ("how do i book the large meeting room at the town hall for thursday afternoon", O, [], False, None),
    ("can i use chatgpt at home to help plan my daughter's birthday party? nothing to do with work", O + ["allowed", "info"], [P+"1.4"], False, None),
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def clause_ids(md_path):
    ids = set()
    numbered = False
    with open(md_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln in lines:
        m = re.match(r"^## (\d+)\. ", ln)
        if m:
            numbered = True
            ids.add(m.group(1))
        m = re.match(r"^([A-Z]?\d*\.?\d+(?:\.\d+)*)\s", ln)
        if m and re.match(r"^([A-Z]\.\d+|\d+\.\d+(\.\d+)*)$", m.group(1)):
            ids.add(m.group(1))
    if not numbered:
        for ln in lines:
            if ln.startswith("## "):
                ids.add(slug(ln[3:]))
    return ids


def main():
    refs = {}
    for name in os.listdir(os.path.join(HERE, "originals")):
        refs[name] = clause_ids(os.path.join(HERE, "originals", name))
    out = []
    for i, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        d = {"id": f"PMB{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            d["pii"] = pii
        out.append(d)
    # checks
    ids = [d["id"] for d in out]
    assert len(ids) == len(set(ids))
    assert 60 <= len(out) <= 70, len(out)
    for d in out:
        for c in d["clauses"]:
            fn, cid = c.split("#", 1)
            assert cid in refs.get(fn, ()), f"{d['id']}: missing {c}"
        for s in d.get("pii", []):
            assert s in d["question"], (d["id"], s)
        for vv in d["verdict"]:
            assert vv in {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
        if "unsure" == d["verdict"][0]:
            assert d["escalate"]
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cnt = collections.Counter(d["verdict"][0] for d in out)
    print(len(out), "cases;", dict(cnt), "; escalate:", sum(d["escalate"] for d in out),
          "; pii cases:", sum(1 for d in out if "pii" in d))


if __name__ == "__main__":
    main()
