"""Write cases.jsonl for Holmbrook MBC (prefix r15a) and check it against originals/."""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
M = "holmbrook-genai-policy.md#"
R = "holmbrook-ai-tools-register.csv#"

A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES = [A, C]
APPROVAL = [N, U]   # needs approval first / not settled: escalate

def m(*ids):
    return [M + i for i in ids]

def r(*tools):
    return [R + t for t in tools]

CASES = [
    # ---- clear yeses -------------------------------------------------------------
    ("can i use copilot chat to tidy up the wording of our team newsletter? nothing personal in it, just updates on the office move to the civic centre",
     YES, m("5.2", "8.4") + r("Microsoft 365 Copilot Chat"), False),
    ("is it ok to ask copilot to explain the renters rights act changes to me in plain english? just for my own understanding",
     YES, m("5.2", "8.2") + r("Microsoft 365 Copilot Chat"), False),
    ("I'm hard of hearing - am I allowed to turn on live captions in teams calls?",
     [A], m("10.5"), False),
    ("can i use chatgpt to summarise the local plan consultation doc thats already on our website? want a quick overview before the drop-in session",
     YES, m("6.1", "5.6") + r("ChatGPT"), False),
    ("want to brainstorm some theme ideas for the libraries summer reading challenge, fine to use gemini for that?",
     YES, r("Google Gemini") + m("6.1", "5.6"), False),
    ("can copilot turn my draft procedure for blue badge renewals into a flowchart? its just the internal process steps, no customer names or anything",
     YES, m("5.2", "3.6") + r("Microsoft 365 Copilot Chat"), False),
    ("need a few icons for an internal powerpoint about the new bin collection rota, ok to get copilot to make them?",
     YES, m("11.1", "5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("digital services dev here - can I use github copilot in vs code on the council github enterprise org for the waste app repo?",
     YES, r("GitHub Copilot") + m("5.8"), False),
    ("can i run a cabinet report draft through copilot chat to check spelling and grammar? it's an open report, going on the website next week",
     YES, m("8.4", "5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("our planning committee webcasts have the automatic subtitles on. someone asked if thats still allowed with the new ai policy?",
     [A], m("10.5"), False),
    ("can I use copilot chat to help write the job advert for a library assistant vacancy",
     YES, m("5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("a polish community group dropped off their published leaflet about a festival, can i use copilot to translate it so i know what it says?",
     YES, m("15.3", "5.2") + r("Microsoft 365 Copilot Chat"), False),
    ("comms team q: can we use firefly to make a background graphic for the christmas lights switch-on poster? no people in it",
     YES, r("Adobe Firefly") + m("11.1", "9.1"), False),
    ("can copilot write some excel formulas for our budget monitoring spreadsheet? it's only cost centres and spend figures, no names",
     YES, m("5.2", "3.6") + r("Microsoft 365 Copilot Chat"), False),
    ("thinking of building a copilot agent for the housing repairs team that answers questions from our procedures sharepoint site (internal procedure docs only). allowed?",
     [C, A], m("12.5"), False),
    # ---- conditional yeses -------------------------------------------------------
    ("i've got a copilot licence - can it summarise a long email chain with a tenant about their rent arrears (darren.oakes77@gmail.com) so i can reply properly?",
     [C], m("6.4") + r("Microsoft 365 Copilot"), False, ["darren.oakes77@gmail.com"]),
    ("can we have copilot transcribe our weekly team meeting in teams and do the recap? we all have licences",
     [C], m("10.1") + r("Microsoft 365 Copilot"), False),
    ("social worker in adults, i'm enrolled on magic notes. doing a care review at home with an older gent next week, he's sharp as a tack and happy for me to use it. NHS no 943 476 5919 if that matters. ok?",
     [C], r("Magic Notes") + m("10.3", "6.2"), False, ["943 476 5919"]),
    ("can i use my own chatgpt plus subscription to draft a press release about the leisure centre's new opening hours? they've already been announced",
     YES, m("5.6", "6.1") + r("ChatGPT"), False),
    ("is there any way i can use copilot on my personal iphone for work stuff",
     [C], m("5.7"), False),
    ("my manager wants AI to write most of the text of the council tax explanatory leaflet that goes to every household. anything I need to do?",
     [C], m("9.1", "8.1"), False),
    ("I used copilot to draft big chunks of a report going to licensing committee. is that alright or do I need to do something",
     [C], m("9.2", "8.1"), False),
    ("can i use m365 copilot on the part b report about the depot land disposal? i'm on the circulation list for it",
     [C], m("6.5") + r("Microsoft 365 Copilot"), False),
    ("for the town centre regeneration consultation could we use AI to create a picture of what the new square might look like",
     [C], m("11.4", "9.1", "11.1"), False),
    ("doing an FOI response, can copilot chat help draft the covering letter? the figures are all non-personal stats",
     YES, m("5.2", "8.1") + r("Microsoft 365 Copilot Chat"), False),
    # ---- clear nos (rules phrased unlike the question) ---------------------------
    ("we've had 140 applications for the apprentice posts. could copilot go through them and pick the best 20 to interview? would save the panel loads of time",
     [N], m("7.3"), False),
    ("could we get AI to work out which council tax reduction claims qualify and just approve the ones it says yes to?",
     [N], m("7.1"), False),
    ("writing up the analysis bit of a child and family assessment - can copilot write the conclusion for me from my visit notes?",
     [N], m("7.2", "6.2"), False),
    ("we need to respond to the ombudsman about a housing complaint, can copilot knock up a first draft for me to edit",
     [N], m("7.6"), False),
    ("one of my team is underperforming. can i ask copilot to go through her teams chats and emails and summarise what she's actually been doing?",
     [N], m("7.4"), False),
    ("can we use copilot to record and summarise a disciplinary hearing so the notes are accurate?",
     [N], m("10.2"), False),
    ("can i paste the bids we got for the highways maintenance tender into copilot to compare them? eval panel is next week",
     [N], m("6.5", "3.9"), False),
    ("can I put our firewall config into chatgpt to ask why one of the rules isn't working",
     [N], m("6.6", "6.1"), False),
    ("we want to put together some made up resident quotes for the consultation summary to illustrate the main themes, can chatgpt write them?",
     [N], m("7.5"), False),
    ("can i upload photos of the damp and mould in a tenant's flat to copilot so it can describe how bad it is for my report",
     [N], m("11.3"), False),
    ("can i use AI to brighten up and tidy a photo of one of the kids from the holiday activities club for our facebook post",
     [N], m("11.2", "11.3"), False),
    ("is deepseek ok to use? a mate says it's better at maths than copilot",
     [N], r("DeepSeek") + m("5.9"), False),
    ("external partner has an otter bot sat in our teams call and we're about to discuss a family we're both working with. is that ok??",
     [N], m("10.4") + r("AI meeting note-taker bots"), False),
    ("can i use otter.ai to transcribe the interviews i'm doing for the housing strategy research",
     [N], r("AI meeting note-taker bots") + m("10.4"), False),
    ("is it ok to paste the minutes from last week's MARAC into chatgpt to pull out the actions for each agency? the police contact on it is 07700 900123",
     [N], m("6.2", "6.1", "6.8"), False, ["07700 900123"]),
    ("can i use copilot chat to help write a letter to mr and mrs kowalski at 22 brook terrace HB1 4RT about their housing benefit overpayment",
     [N], m("6.3") + r("Microsoft 365 Copilot Chat"), False, ["kowalski", "22 brook terrace", "HB1 4RT"]),
    ("we want to take EHCP case summaries, strip out the names, and put them into chatgpt to get ideas for provision. thats fine if its anonymised right?",
     [N], m("6.7", "6.2", "6.1"), False),
    ("can I run the barrister's advice note on the judicial review through copilot to get a one page summary for the director?",
     [N], m("6.5", "3.9"), False),
    ("adults social care - i've got a copilot licence but i'm not in the pilot. can i use it to summarise a case file from the case management system?",
     [N], m("15.4", "6.2") + r("Microsoft 365 Copilot"), False),
    ("i signed up to chatgpt with my holmbrook.gov.uk email last month, is that a problem?",
     [N], m("5.6") + r("ChatGPT"), False),
    ("can I use the chatgpt app on my own phone to draft replies to my work emails when im out on site",
     [N], m("5.7"), False),
    ("could we make a short AI avatar video of the council leader reading out the budget message? she's too busy to film it",
     [N, C], m("11.2"), False),
    # ---- variants that need approval first -----------------------------------------
    ("can i install the grammarly extension in edge on my work laptop? it's free",
     APPROVAL, m("5.5", "5.3"), True),
    ("zoom has an AI companion that summarises meetings, we use zoom with a couple of partners. can i switch it on?",
     APPROVAL, m("5.4", "5.3"), True),
    ("adobe acrobat has a new AI assistant button. can i use it to summarise a planning appeal decision pdf (it's public on the planning inspectorate site)",
     APPROVAL, m("5.4"), True),
    ("i can code a bit - can i write a python script that calls the openai api to categorise our consultation responses?",
     APPROVAL, m("5.8"), True),
    ("could we use power automate AI builder to read incoming premises licence applications and pull out the key fields",
     APPROVAL, m("5.8", "12.1"), True),
    # ---- tools the policy never mentions -------------------------------------------
    ("can i use claude to help write a project plan for the central library refurb",
     APPROVAL, m("5.3", "5.1"), True),
    ("is perplexity ok for researching how other councils do HMO licensing? only public stuff",
     APPROVAL, m("5.3", "5.1"), True),
    ("midjourney for a banner graphic on the intranet page?",
     APPROVAL, m("5.3", "12.3"), True),
    ("a supplier recommended an AI tool for analysing our parking enforcement data and there's a free 30 day trial. can i just try it?",
     APPROVAL, m("12.3", "5.3", "12.4"), True),
    ("can i use canva's magic write to do our library social media posts",
     APPROVAL, m("5.3", "5.1"), True),
    # ---- points the policy leaves undecided ----------------------------------------
    ("Cllr asked if she can use copilot to draft replies to residents' casework emails in her ward - can she?",
     APPROVAL, m("15.1", "2.4"), True),
    ("can i use copilot to translate a letter about a tenancy into urdu for a tenant who doesn't read english",
     APPROVAL, m("15.3"), True),
    ("child protection conference next week - can I use magic notes to do the minutes?",
     APPROVAL, m("15.2") + r("Magic Notes"), True),
    ("visiting mrs edna fairweather (dob 12/03/1938) who has advanced dementia, not sure she can really agree to it - can i still use magic notes for the assessment visit?",
     APPROVAL, m("15.2", "10.3") + r("Magic Notes"), True, ["edna fairweather", "12/03/1938"]),
    # ---- information questions ---------------------------------------------------
    ("who do i tell if i think i've put something in chatgpt i shouldn't have",
     [I], m("14.1", "16.2"), False),
    ("what counts as protected care information?",
     [I], m("3.8"), False),
    ("how do i get a copilot licence",
     [I], m("13.2", "16.3"), False),
    ("what's an AI Use Request and where do I find the form?",
     [I], m("3.11", "16.4"), False),
    ("do i have to do any training before i start using copilot chat?",
     [I, C], m("13.1"), False),
    # ---- out of scope -------------------------------------------------------------
    ("whats the mileage rate for using my own car for home visits",
     [O], [], False),
    ("how do i book a meeting room at the civic centre?",
     [O], [], False),
    ("when's the deadline for asking to carry over annual leave into next year",
     [O], [], False),
]


def clause_ids(md_text):
    ids = set()
    for line in md_text.splitlines():
        h = re.match(r"^##\s+(\d+)\.\s", line)
        if h:
            ids.add(h.group(1))
        c = re.match(r"^(\d+\.\d+(?:\.\d+)*)\s", line)
        if c:
            ids.add(c.group(1))
    return ids


def main():
    md = (OUT / "originals/holmbrook-genai-policy.md").read_text()
    ids = clause_ids(md)
    import csv
    with open(OUT / "originals/holmbrook-ai-tools-register.csv") as fh:
        tools = {row["tool"] for row in csv.DictReader(fh)}
    lines = []
    for n, case in enumerate(CASES, 1):
        q, verdict, clauses, esc, *rest = case
        obj = {"id": f"r15a{n:03d}", "question": q, "verdict": verdict, "clauses": clauses,
               "escalate": esc}
        if rest:
            obj["pii"] = rest[0]
            for p in rest[0]:
                assert p in q, (n, p)
        for ref in clauses:
            f, cid = ref.split("#", 1)
            ok = cid in ids if f.endswith(".md") else cid in tools
            assert ok, (n, ref)
        if U in verdict:
            assert esc, n
        lines.append(json.dumps(obj, ensure_ascii=False))
    (OUT / "cases.jsonl").write_text("\n".join(lines) + "\n")
    # re-read and check
    seen = set()
    for ln in (OUT / "cases.jsonl").read_text().splitlines():
        o = json.loads(ln)
        assert o["id"] not in seen
        seen.add(o["id"])
    print(len(lines), "cases")
    print(Counter("/".join(json.loads(l)["verdict"]) for l in lines))
    print("pii cases:", sum("pii" in json.loads(l) for l in lines),
          "escalate:", sum(json.loads(l)["escalate"] for l in lines))


if __name__ == "__main__":
    main()
