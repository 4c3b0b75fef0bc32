"""Write cases.jsonl for the Wessmoor Constabulary set (prefix r7c) and check it against originals/."""
import csv, json, re
from pathlib import Path

HERE = Path(__file__).parent
M = "genai-acceptable-use-policy.md#"
R = "ai-tools-register.csv#"
CHAT = R + "Microsoft 365 Copilot Chat"
M365 = R + "Microsoft 365 Copilot"
RECAP = R + "Microsoft Teams transcription and intelligent recap"
CONS = R + "Microsoft Copilot (personal account)"
GPT = R + "ChatGPT"
GEM = R + "Google Gemini"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
UNS = ["unsure", "not_allowed"]
def m(*ids): return [M + i for i in ids]

# (question, verdicts, clauses, escalate, pii)
CASES = [
    # --- clear yeses ---
    ("can i use copilot chat to draft an email to my team about the xmas rota? no names in it just shift times and dates", YES, m("5.2", "6.2", "A.1") + [CHAT], False, None),
    ("is it ok to ask chatgpt to summarise the latest HMICFRS PEEL report on us? its on their website already", YES, m("5.5", "3.4", "A.2") + [GPT], False, None),
    ("revising for my sergeants exam, can i use gemini to explain pace code c in plain english", YES, m("5.5", "3.4") + [GEM], False, None),
    ("Hi - I'm a developer in Digital Services. Am I ok to use github copilot in VS code on our internal repo for the duty management app?", YES, m("5.8", "6.5") + [R + "GitHub Copilot"], False, None),
    ("comms team here, can we use adobe firefly to make a generic illustration of a bike with a D lock for the bike theft campaign? no real people in it", YES, m("5.8", "9.3", "10.3") + [R + "Adobe Firefly"], False, None),
    ("I've got a copilot licence. can it summarise a long email chain in my outlook between me and estates about resurfacing the station car park", YES, m("5.3", "6.2") + [M365], False, None),
    ("can we turn on teams recap for our monthly project board for the new uniform rollout, it's all internal people", YES, m("10.2") + [RECAP], False, None),
    ("can copilot chat help me write an excel formula to work out overtime hours from a sheet of shift start/finish times? theres no names in the sheet", YES, m("5.2", "6.2", "3.5") + [CHAT], False, None),
    ("im putting together an internal quiz on the public order APP for our PSU refresher, can copilot chat write some questions from the published guidance?", YES, m("5.2", "3.4", "8.2") + [CHAT], False, None),
    ("could i use chatgpt to brainstorm ideas for our neighbourhood team's stall at the village summer fete? nothing sensitive", YES, m("5.5") + [GPT], False, None),
    ("PC on Harbourside LPA, did the casescribe course last month. ok to use it to get a first draft of my account from my BWV after a shoplifting job?", YES, m("8.5") + [R + "CaseScribe"], False, None),
    ("can i use copilot chat to tidy the wording of our draft team procedure for booking pool cars before it goes to SLT", YES, m("5.2", "3.5") + [CHAT], False, None),
    ("want copilot chat to shorten one of our already published force news stories on speeding for the parish newsletter, ok?", YES, m("5.2", "3.4", "9.1") + [CHAT], False, None),
    ("can i use gemini to find out what other UK forces have published about their drone units", YES, m("5.5") + [GEM], False, None),
    ("is copilot chat ok for summarising a published court of appeal judgment for a team learning session", YES, m("5.2", "3.4", "8.2") + [CHAT], False, None),
    # --- conditional yeses ---
    ("need to write a paper for chief officer group on our vacancy and attrition numbers, all aggregate figures no names. can copilot chat do the first draft and is there anything i need to do", ["conditional", "allowed"], m("9.2", "5.2", "8.1") + [CHAT], False, None),
    ("we're sending a leaflet to residents that copilot mostly wrote for us. do we need to say that anywhere on it?", ["conditional", "info"], m("9.1"), False, None),
    ("can i use copilot chat on my own phone? it's enrolled in intune / company portal", ["conditional", "allowed"], m("14.1") + [CHAT], False, None),
    ("using chatgpt to check which section of the theft act covers going equipped for a briefing slide - ok?", ["conditional", "allowed"], m("8.2", "5.5") + [GPT], False, None),
    ("Is it OK to use copilot chat to draft a reply to a member of the public's email about parking outside the school if I take their name out first?", ["conditional", "not_allowed"], m("6.4", "7.1", "5.2"), False, None),
    # --- clear nos, rules phrased unlike the question ---
    ("can i paste my pocket notebook entry into copilot to make it read a bit better before i submit it", NO, m("7.1", "6.3"), False, None),
    ("is it ok to use chatgpt to tidy up the press release about the fatal rtc on the a38 before comms have signed it off", NO, m("3.4", "5.5", "6.3") + [GPT], False, None),
    ("can copilot do the DASH risk grading from my notes, would save me loads of time on nights", NO, m("7.1", "6.3"), False, None),
    ("can i use one of those ai upscaler websites to sharpen a cctv still of the suspect for a facebook appeal", NO, m("10.4", "10.3", "5.6"), False, None),
    ("family of a missing 15 yr old asked if we could do an aged-up photo with AI for the anniversary appeal. is that allowed?", NO, m("10.3", "7.1"), False, None),
    ("my DI wants me to ask copilot to pull together everything on sharepoint and email that mentions a particular colleague. thats fine right as he's asked?", NO, m("7.1", "7.2"), False, None),
    ("we have 40 applicants for the PCSO posts, can i get copilot to score the application forms and give me a shortlist", NO, m("7.1", "7.3"), False, None),
    ("ive got MARAC next week, can i switch on the teams transcription so i dont have to minute it", NO, m("10.2") + [RECAP], False, None),
    ("the council's meeting had an ai notetaker bot in it - can I let it carry on while we go through the youth diversion cases?", NO, m("10.1", "6.3"), False, None),
    ("thinking of putting an AI chatbot on the website to answer public questions about lost property automatically, is that allowed?", NO, m("7.1", "11.1"), False, None),
    ("can i put the interview transcript from a burglary suspect into copilot chat to pull out the key points for the file", NO, m("6.3", "3.7", "A.3"), False, None),
    ("I'm going to use copilot chat to create a case study for probationer training from a real DA job I dealt with, I'll change all the names. that's ok isn't it", NO, m("6.3", "6.4", "3.7"), False, None),
    # --- tool variants ---
    ("is copilot on my personal microsoft account ok for work stuff? it's the same thing as the work copilot right", NO, m("5.4", "5.7") + [CONS], False, None),
    ("can i install the grammarly extension in edge on my work laptop, my spelling is awful", NO, m("5.7", "11.1") + [R + "Grammarly"], False, None),
    ("can I upload the force's published annual report to notebooklm and get it to make one of those podcast summaries", NO, m("5.7") + [R + "Google NotebookLM"], False, None),
    ("what about chatgpt on my own phone, just looking up public stuff like legislation for a work thing?", NO, m("14.1", "5.5") + [GPT], False, None),
    ("deepseek is loads quicker than copilot, can i use it just for a non sensitive internal memo", NO, m("5.7") + [R + "DeepSeek"], False, None),
    ("adobe acrobat has a new 'AI assistant' button now. can i use it to summarise a pdf of a published home office consultation?", UNS, m("11.2", "3.9", "11.1"), True, None),
    ("a partner agency wants to switch on zoom AI companion in our joint meeting to do the notes, can we go ahead", NO, m("10.1", "3.10"), False, None),
    ("can I use the openai API with my own key to write a little script that categorises our published crime stats by type", UNS, m("5.6", "2.2", "11.1"), True, None),
    ("I pay for chatgpt plus myself. since its the paid one can i use it with internal force docs?", NO, m("3.3", "5.5") + [GPT], False, None),
    ("can i claim my chatgpt plus subscription back on expenses if i use it for work", NO, m("11.3"), False, None),
    ("can i use meta ai in whatsapp to draft a message to our neighbourhood watch group", NO, m("5.7") + [R + "Meta AI"], False, None),
    ("can I use firefly to make some images for my team's powerpoint? I'm in finance not comms", NO, m("5.8") + [R + "Adobe Firefly"], False, None),
    ("PC in Northfield LPA - can I use casescribe? mate in harbourside says its brilliant for BWV", NO, m("8.5") + [R + "CaseScribe"], False, None),
    ("can i build a copilot studio agent for our team that answers questions about our unit procedures", UNS, m("11.4", "11.1"), True, None),
    # --- information described without keywords ---
    ("can i put my notes from a welfare check on an elderly man who'd had a fall and seemed confused into copilot chat to write up the summary", NO, m("6.3", "3.7"), False, None),
    ("using my copilot licence, can it draft a letter to one of my team about their return to work after long term sick? the emails are all in my outlook already", NO, m("5.3", "3.7", "6.3") + [M365], False, None),
    ("can copilot chat summarise the planning minutes for saturday's derby fixture? it's got the deployment and resourcing in it", NO, m("3.7", "6.3"), False, None),
    ("a head teacher emailed asking about a year 9 pupil our officers spoke to, can i get my licensed copilot to draft the reply", NO, m("3.7", "6.3", "5.3"), False, None),
    ("the local authority shared some background on a family with us, can copilot chat help me turn it into a letter to housing", NO, m("6.6", "6.3", "5.2"), False, None),
    # --- tools the policy never mentions ---
    ("is claude ok to use for summarising public consultation documents?", UNS, m("5.6", "5.1", "3.3"), True, None),
    ("can i use perplexity for background research on published reports", UNS, m("5.6", "5.1"), True, None),
    # --- undecided / pending ---
    ("can copilot chat translate our published leaflet on reporting hate crime into polish and romanian?", UNS, m("14.2"), True, None),
    ("can I use ai to help write my inspector promotion application?", UNS, m("14.3"), True, None),
    ("im in info management, can we use copilot to draft FOI responses? the requests are public on whatdotheyknow anyway", UNS, m("14.4"), True, None),
    ("I have a copilot licence, can i use copilot in outlook on my personal iphone? it's enrolled in intune", UNS, m("14.1"), True, None),
    ("can I use copilot to draft the MG5 case summary from my notes for CPS?", UNS, m("8.6", "6.3"), True, None),
    # --- info ---
    ("who do i speak to about getting a copilot licence", ["info"], m("12.2", "15.6"), False, None),
    ("what counts as 'protected material'?", ["info"], m("3.7"), False, None),
    ("who decides whether a new ai tool gets approved for use in the force", ["info"], m("11.1", "3.11", "15.1"), False, None),
    ("whats the difference between copilot chat and the paid copilot licence", ["info"], m("5.2", "5.3") + [CHAT, M365], False, None),
    # --- with personal data ---
    ("can i put the welfare check notes for Mr Derek Hollins, 84, of 12 Marsh Lane, Kingsmere WZ4 7QT into copilot chat to write the referral", NO, m("6.3", "3.7"), False, ["Derek Hollins", "12 Marsh Lane", "WZ4 7QT"]),
    ("help - I accidentally pasted details about a victim, Shannon Pryce DOB 03/11/1996, into chatgpt earlier. what do i do now??", ["info"], m("13.1"), False, ["Shannon Pryce", "03/11/1996"]),
    ("can chatgpt write my reply to a complaint from Mrs Aisha Rahman (aisha.rahman84@gmail.com) about how her call was handled", NO, m("5.5", "3.6") + [GPT], False, ["Aisha Rahman", "aisha.rahman84@gmail.com"]),
    ("can i put crime ref WC/26/118734 and the suspect's name Liam Ostrowski into copilot chat to draft the victim update", NO, m("6.3", "3.7", "5.2"), False, ["WC/26/118734", "Liam Ostrowski"]),
    # --- out of scope ---
    ("how do i book annual leave on the new duty system", ["out_of_scope"], [], False, None),
    ("whats the rest day working overtime rate for police staff?", ["out_of_scope"], [], False, None),
    ("anyone know who to call when the custody printer jams again", ["out_of_scope"], [], False, None),
]


def clause_ids_md(path):
    ids = set()
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        mh = re.match(r"^##\s+(\d+)\.\s", ln)
        if mh:
            ids.add(mh.group(1)); continue
        mc = re.match(r"^((?:\d+\.\d+(?:\.\d+)*)|(?:[A-Z]\.\d+))\s", ln)
        if mc:
            ids.add(mc.group(1))
    return ids


if __name__ == "__main__":
    md_ids = clause_ids_md(HERE / "originals" / "genai-acceptable-use-policy.md")
    tools = {r["tool"] for r in csv.DictReader(open(HERE / "originals" / "ai-tools-register.csv", encoding="utf-8"))}
    valid = {M + i for i in md_ids} | {R + t for t in tools}
    # register rows cite the pdf name; check they exist too
    for r in csv.DictReader(open(HERE / "originals" / "ai-tools-register.csv", encoding="utf-8")):
        for ref in r["clauses"].split(";"):
            assert ref.split("#")[1] in md_ids, ref
    lines = []
    for n, (q, v, cl, esc, pii) in enumerate(CASES, 1):
        for ref in cl:
            assert ref in valid, (n, ref)
        if "unsure" in v:
            assert esc, n
        obj = {"id": f"r7c{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii:
                assert s in q, (n, s)
            obj["pii"] = pii
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = [json.loads(l)["id"] for l in lines]
    assert len(ids) == len(set(ids))
    from collections import Counter
    print(len(lines), "cases")
    print(Counter(tuple(json.loads(l)["verdict"]) for l in lines))
    print("escalate:", sum(json.loads(l)["escalate"] for l in lines), "pii:", sum("pii" in json.loads(l) for l in lines))
