"""Write cases.jsonl for Lunebeck Homes (prefix r12c) and check it against the originals."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
P = "genai-use-policy.md#"
Q = "copilot-quick-start.md#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

# (question, verdicts, clauses, escalate, pii)
CASES = [
# --- clear yeses ---
("can i use copilot chat to rewrite our condensation leaflet in plainer english? it's already on the website", [A, C], [P+"9.1", P+"5.1", P+"12.1"], False, None),
("is it ok to get copilot to summarise the latest housing ombudsman spotlight report on damp and mould for our team meeting", [A, C], [P+"9.8", P+"5.1"], False, None),
("need an excel formula to work out average days to complete emergency repairs from our kpi sheet (no names in it). can copilot help with that", [A, C], [P+"5.1", P+"9.1", P+"9.9", Q+"things-copilot-chat-is-good-for"], False, None),
("can copilot help me write a quiz for new starters on the complaint handling code?", [A, C], [P+"6.2", P+"5.1", Q+"things-copilot-chat-is-good-for"], False, None),
("drafting the autumn residents newsletter - am i ok to use copilot chat to tighten up the articles before it goes to comms", [A, C], [P+"9.11", P+"5.1"], False, None),
("i want copilot to explain the awaabs law timescales to me in simple terms, just so i understand them myself. allowed?", [A, C], [P+"6.2"], False, None),
("Is the Copilot pane in Word ok to use? I'm signed into my lunebeck account and it shows the green shield", [A, C], [P+"14.5", P+"4.3", P+"4.1", Q+"opening-copilot-chat-the-right-way"], False, None),
("can i use copilot to draft a generic good neighbour leaflet for a new build scheme? nothing to do with any actual case", [A, C], [P+"9.5"], False, None),
("contractor monthly performance meeting minutes for the gas servicing contract, no operative names in them - can copilot pull out the actions list", [A, C], [P+"9.9"], False, None),
("I'm a surveyor in property services and I've done the surveyline training. can i run today's photos of black mould in a bathroom through surveyline? there's nobody in the pics", [A, C], [P+"10.1", P+"10.2", P+"10.3", P+"4.1"], False, None),
("can i use copilot to write a training scenario for the asb team? all made up names and details, not based on a real case", [A, C], [P+"9.5", Q+"things-copilot-chat-is-good-for"], False, None),
("i'm hard of hearing and use live captions in teams - does that count as using AI under the new policy??", [A, I, O], [P+"11.4"], False, None),
("can copilot help me draft a job advert and role profile for an income officer vacancy", [A, C], [P+"5.1", P+"6.1(b)"], False, None),
("could i use copilot to turn our repairs policy into an easy read version for residents", [A, C], [P+"12.1", P+"9.11"], False, None),
("our team's draft procedure for void inspections - can i ask copilot to spot gaps or things we've missed", [A, C], [P+"5.1", P+"3.5"], False, None),
("can copilot draft the questions for our resident consultation on the new parking scheme at the estate", [A, C], [P+"9.11"], False, None),
# --- conditional yeses ---
("can i use copilot chat to help write a payment arrangement letter to a tenant in arrears? it's Dean Whitlock, 07700 900418, i'd put in his balance and the weekly amount we agreed", [C], [P+"9.3", P+"5.2"], False, ["Dean Whitlock", "07700 900418"]),
("stage 1 complaint about a kitchen repair that took 4 months, want copilot to help me structure the response. can i paste the complaint in? nothing medical in it", [C], [P+"9.6", P+"5.2", P+"8.2"], False, None),
("we got about 600 free text comments back from the TSM survey, can copilot group them into themes for the board report", [C], [P+"9.11"], False, None),
("can i use copilot on my own iphone? it's enrolled on the byod scheme", [C], [P+"4.8", Q+"using-copilot-on-your-own-phone-or-tablet"], False, None),
("can i make a picture with copilot for the newsletter of some people planting a community garden? not real people obvs", [C, A], [P+"8.3", Q+"pictures-and-images"], False, None),
("I've got the notes from the resident scrutiny panel meeting, they have the panel members first names in. can copilot turn them into a summary for the board", [C], [P+"5.2", P+"9.11"], False, None),
("i've written my response to the ombudsman's evidence request myself. can i get copilot to check spelling and grammar? nothing health related or confidential in it", [C], [P+"9.7"], False, None),
("panel already refused the transfer application for Mr and Mrs Hargreaves at 14 Bayview Road, LA4 5TQ - can copilot help me word the letter telling them?", [C], [P+"7.2", P+"5.2", P+"7.1"], False, ["Hargreaves", "14 Bayview Road", "LA4 5TQ"]),
("before a visit i like a quick summary of the repairs history at the property. can i paste the job list from keystone into copilot and ask for a summary", [C, N], [P+"5.5", P+"5.2"], False, None),
("if copilot helped me draft a stage 2 complaint response do i need to say that anywhere? on the letter?", [I, C], [P+"8.2", P+"8.1", P+"7.4"], False, None),
("using copilot to draft a reply to a leaseholder's email asking about their service charge breakdown, ok if i take their name out?", [C, A], [P+"5.2"], False, None),
# --- clear nos, worded unlike the rule ---
("can copilot read through the diary sheets a tenant has kept about next door and give me a timeline of incidents", [N], [P+"9.5", P+"3.8", P+"5.3"], False, None),
("want to paste a tenant's support plan into copilot so it can draft the 6 week review summary, is that ok", [N], [P+"9.4", P+"5.3", P+"3.8"], False, None),
("can copilot help me work out which arrears cases to take to NOSP stage this week if i give it the list", [N], [P+"6.1(a)", P+"9.3", P+"7.1"], False, None),
("got 3 bids back for the kitchen replacement programme, can i get copilot to compare them and tell me which is best value", [N], [P+"6.1(c)", P+"5.4", P+"3.9"], False, None),
("we've had 40 applications for the neighbourhood officer post, could copilot sift them down to a shortlist of 8?", [N], [P+"6.1(b)"], False, None),
("ombudsman want our evidence by friday, can copilot go through the case notes and pull together the timeline for them", [N], [P+"9.7", P+"6.1(d)"], False, None),
("need to write to Chloe Armitage (tenancy ref LBH-204518) about the mould inspection, she says her youngest's asthma has got much worse. can copilot draft it with that in", [N], [P+"5.3", P+"3.8"], False, ["Chloe Armitage", "LBH-204518"]),
("one of my team is back after 6 weeks off with stress, can i put my return to work meeting notes into copilot to tidy them up", [N], [P+"3.8", P+"5.3"], False, None),
("can we set copilot up to reply to repairs emails from tenants out of hours automatically", [N], [P+"6.1(e)", P+"4.6"], False, None),
("our chair couldn't make the opening of the new scheme, can copilot make a picture of her cutting the ribbon for the website", [N], [P+"6.1(f)", P+"8.3"], False, None),
("could i record my home visits on my phone and then get copilot to write up the notes afterwards? would save loads of time", [N], [P+"11.1"], False, None),
("can we use surveyline on the photos from a tenancy audit to show the tenant has damaged the property so we can recharge them", [N], [P+"10.5"], False, None),
("neighbourhood officer here - can i put photos of a leak i took on my own phone into surveyline to see how bad it is", [N], [P+"10.1", P+"10.6"], False, None),
("can copilot tell me whether the mould the surveyor described counts as an emergency hazard under awaab's law so i know the deadline", [N], [P+"9.2", P+"6.1(a)"], False, None),
("can i just export the whole arrears report from keystone and upload it so copilot can write all the reminder letters in one go", [N], [P+"5.5"], False, None),
("for the annual report can copilot write a few quotes from tenants, like the kind of thing residents would say about the service", [N], [P+"9.12"], False, None),
("tenant Kerry Atherton (dob 12/03/1991) told me she's had to leave because of her ex and is staying at her sister's, can copilot help write up the management move request", [N], [P+"3.8", P+"5.3"], False, ["Kerry Atherton", "12/03/1991"]),
("we got a disclosure from the police about a tenant's conviction, can copilot summarise it for the tenancy enforcement meeting", [N], [P+"3.8", P+"9.5", P+"5.3"], False, None),
("our solicitors sent advice on the disrepair claim at one of our blocks, can i get copilot to put it in plain english for the team", [N], [P+"3.9", P+"5.4"], False, None),
# --- tool variants ---
("is chatgpt ok if i use my own paid plus account? only for drafting emails, nothing about tenants", [N], [P+"4.2", P+"4.1"], False, None),
("i've got copilot on my home laptop signed in with my hotmail, can i use that when im wfh", [N], [P+"4.3"], False, None),
("adobe acrobat has an AI assistant button now, can i use it to summarise a long contractor specification pdf", [N], [P+"4.4"], False, None),
("can i install the grammarly extension in edge on my work laptop", [N], [P+"4.5", P+"4.4"], False, None),
("I want to build a Copilot agent that answers questions from our lettings procedures for the team", [N, U], [P+"4.6"], True, None),
("could we hook azure openai up to the repairs system through the api to categorise incoming jobs", [N, U], [P+"4.6", P+"13.1"], True, None),
("can i try claude with completely made up data just to see if its better than copilot", [N], [P+"4.7", P+"4.2"], False, None),
("the comms team want to use canva's magic write for social posts, that's fine right as we already pay for canva?", [N], [P+"4.4"], False, None),
("can i use copilot in chrome on my personal laptop if i log in with my work account", [N], [P+"4.8", Q+"using-copilot-on-your-own-phone-or-tablet"], False, None),
# --- tools the policy never names ---
("anyone know if otter.ai is ok for taking notes in our internal team meetings?", [N, U], [P+"11.2", P+"4.2", P+"4.7"], True, None),
("can i use perplexity to research other housing associations' damp and mould policies? only public stuff", [N, U], [P+"4.2", P+"4.7"], True, None),
("can i use deepl to translate a letter to a tenant into romanian", [N, U], [P+"12.2", P+"4.2", P+"4.7"], True, None),
# --- undecided / needs governance ---
("can i paste the teams transcript from our internal team meeting into copilot to write the minutes? no residents there and nothing sensitive discussed", [U, N], [P+"11.3", P+"14.2"], True, None),
("our damp and mould contractor wants to use their own AI software to write up survey reports for our homes, can i say yes?", [U, N], [P+"14.3", P+"9.10"], True, None),
("can i use copilot chat to translate the gas safety access letter into polish for a resident who doesnt read english well", [U, N], [P+"12.2", P+"14.4"], True, None),
("a supplier demoed an AI repairs triage product, can we do their free 30 day trial?", [N, U], [P+"13.3", P+"13.1"], True, None),
("when are we getting the paid copilot that works in outlook and teams? could i just buy a licence on my purchase card", [N], [P+"14.5"], False, None),
# --- info ---
("who do i ask about getting a new ai tool approved?", [I], [P+"4.7", P+"17.4", Q+"getting-help"], False, None),
("what counts as 'closed information'?", [I], [P+"3.9"], False, None),
("where's the AI training we're meant to do before using copilot", [I], [P+"15.1", Q+"before-you-start"], False, None),
("i think i pasted Ade Okonkwo's GP letter into copilot by mistake earlier, what do i do now? should i delete the chat", [I, N], [P+"16.1", P+"16.2", Q+"something-went-wrong"], False, ["Ade Okonkwo"]),
# --- out of scope ---
("how do i book a van from the fleet pool for thursday", [O], [], False, None),
("does anyone know when the rent increase letters are going out to tenants this year", [O], [], False, None),
]

def clause_ids(path):
    ids = set(); numbered = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^#{2,6}\s+(.*)$", line)
        if m:
            h = m.group(1)
            mn = re.match(r"^(\d+(?:\.\d+)*)\.?\s", h)
            if mn:
                ids.add(mn.group(1)); numbered = True
            else:
                ids.add(re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-"))
            continue
        mp = re.match(r"^((?:\d+\.)+\d+(?:\([a-z]\))?|[A-Z]\.\d+)\s", line)
        if mp:
            ids.add(mp.group(1))
    return ids

if __name__ == "__main__":
    ids = {f: clause_ids(os.path.join(HERE, "originals", f)) for f in os.listdir(os.path.join(HERE, "originals"))}
    out = []; seen = set()
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        cid = f"r12c{n:03d}"
        for r in cl:
            f, c = r.split("#", 1)
            assert c in ids[f], (cid, r)
        assert all(x in (A, C, N, U, I, O) for x in v), cid
        if U in v and set(v) <= {U, N}: assert esc, cid
        obj = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii: assert s in q, (cid, s)
            obj["pii"] = pii
        assert cid not in seen; seen.add(cid)
        out.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    from collections import Counter
    print(len(out), "cases")
    print(Counter(tuple(json.loads(l)["verdict"]) for l in out))
    print("primary:", Counter(json.loads(l)["verdict"][0] for l in out))
    print("escalate:", sum(json.loads(l)["escalate"] for l in out), "pii:", sum("pii" in json.loads(l) for l in out))
