"""Write cases.jsonl for the Cwm Arian NPA set and check it against originals/."""
import json, re, pathlib, collections
OUT = pathlib.Path(__file__).parent
P = "genai-policy.md#"
F = "staff-faq.md#"
Y = ["allowed", "conditional"]
C = ["conditional"]
N = ["not_allowed"]
U = ["unsure", "not_allowed"]
I = ["info"]
S = ["out_of_scope"]

def p(*ids): return [P + i for i in ids]
def f(*slugs): return [F + s for s in slugs]

cases = [
# ---- clear yeses (Green information, any tool) ----
("can i use chatgpt to summarise the national park management plan for a talk im giving to the local WI next month?", Y, p("5.1", "4.2"), False),
("is it ok to ask gemini for ideas for our dark skies week events? no names or anything, just brainstorming themes", Y, p("5.1", "6.1", "1.2"), False),
("can I paste a published planning committee report into perplexity and get it to explain the policy bits in plain english for a community council member who asked", Y, p("5.1", "4.2"), False),
("can i ask chatgpt general stuff like whats the difference between an SSSI and a SAC, just for my own learning", ["allowed"], p("5.1", "6.1"), False),
("using the free chatgpt to reword the accessibility statement thats already on our public website, to make it easier to read - fine?", Y, p("5.1", "4.2"), False),
("can i use deepseek to brainstorm names for the new volunteer newsletter", Y, p("1.2", "5.1") + f("which-ai-tools-am-i-allowed-to-use"), False),
("is NotebookLM ok to summarise the adopted local development plan and the inspectors report? both on the website", Y, p("5.1", "4.2"), False),
("can i get claude to help me write an excel formula that totals car park ticket sales by month? no data in the prompt, just the column layout", Y, p("11.5", "6.1"), False),
("is github copilot ok for the GIS team's python scripts? its on my own github account. the scripts just reformat footpath survey data, no passwords or anything in them", Y, p("11.5"), False),
("i use chatgpt plus on my own pc at home. can i use it on a sunday to draft a blog post about bluebell woods for our website? just general facts about bluebells", Y, p("2.2", "5.1", "1.2"), False),
("can i use an AI image generator to make cartoon icons for the new kids trail leaflet? just drawings of squirrels and owls, no real kids", Y, p("10.1", "8.3"), False),
("I'd like to use ChatGPT to help write the advert and job description for the seasonal ranger posts", Y, p("6.3", "5.1"), False),
("want to use copilot (the work one, green shield) to tidy up my draft team plan before it goes to my manager", Y, p("5.2", "4.3", "3.3"), False),
("can i use copilot chat signed in with my work account to turn our internal lone working procedure into a one page summary for new starters", Y, p("5.2", "4.3"), False),
("can I use AI to make a quiz for the staff training day on the information handling scheme?", Y, p("6.1", "5.2", "4.3"), False),
# ---- conditional yeses ----
("teams transcription in our weekly team meeting - ok to turn it on?", C + ["allowed"], p("9.1") + f("can-i-use-an-ai-note-taker-in-meetings"), False),
("can i put Mr Gareth Pryce's letter (Ty Isaf, Llanfair, SA44 6PX) about the blocked footpath into work copilot to help me draft a reply? on my work laptop and ive done AI essentials", C, p("5.3", "4.4"), False, ["Gareth Pryce", "SA44 6PX"]),
("we've had an EIR request about the lake water quality monitoring, can I get copilot to draft the response?", C, p("6.4", "7.2"), False),
("can i use work copilot to draft a reply to a complaint about one of our rangers? the complaint has the complainant's name and email in it", C, p("6.4", "5.3"), False),
("planning officer here - i've written my recommendation for a barn conversion, can copilot tidy up the wording of the officer report?", C, p("6.2", "5.3"), False),
("can we use copilot to do an artist's impression of the new footbridge at Pont y Felin for the drop-in event, labelled as AI", C, p("10.3", "8.3"), False),
("can the audio trail guide use one of those synthetic AI voices? not copying anybody, just a generic welsh-accented voice", C, p("10.4"), False),
("is it alright to use chatgpt to write the risk assessment for the guided night walks", C + ["not_allowed"], p("7.4", "7.2"), False),
("can i use AI to help me understand a welsh email from a colleague? just so i know what it says, i'm not sending anything out", C + ["allowed"], p("6.6", "5.2") + f("can-i-use-ai-to-write-in-welsh"), False),
# ---- clear nos, rules phrased unlike the question ----
("i've got an embargoed press release about the new visitor centre, can i paste it into chatgpt to make it punchier? it goes out friday anyway", N, p("4.3", "5.2"), False),
("Sioned Jarvis in my team has been off with stress for 3 weeks, can chatgpt help me word her return to work plan? i'll leave her name out", N, p("4.5", "5.4", "5.5"), False, ["Sioned Jarvis"]),
("can I use work copilot to write up notes from a welfare chat with a team member about her long covid? it's the protected one so should be fine?", N, p("5.4", "4.5"), False),
("we found a goshawk nest near the proposed car park extension, can i put the grid ref into chatgpt to help write up the survey summary", N, p("5.4", "4.5", "3.7"), False),
("want to upload the trail cam pics of the pine marten den to chatgpt to help write a blog post. photos have the location in them but i won't mention it", N, p("5.6", "3.7", "5.4"), False),
("the mum of one of our youth rangers, Osian Williams (dob 14/03/2012), sent in his medical form - can copilot pull the allergy info into the trip spreadsheet?", N, p("4.5", "5.4"), False, ["Osian Williams", "14/03/2012"]),
("can i use chatgpt to score the 40 applications for the ranger post against the person spec? would save days", N, p("6.3"), False),
("can ai give me a recommendation on whether to approve this barn conversion? i'd still check it myself obviously", N, p("6.2"), False),
("can I use AI to clean up the photos of the unauthorised track for the enforcement notice? remove the glare, brighten it up a bit", N, p("6.5"), False),
("our director is off sick at christmas, can we make a short AI video message using her voice? she'd probably be fine with it", N, p("10.4", "10.2"), False),
("can i make an ai picture of Rhaeadr Arian at sunset for the visitor guide cover? all our actual photos are grey and rainy", N, p("10.3"), False),
("the police wildlife crime officer sent us a report on the hare coursing incidents, can copilot summarise it for the board paper", N, p("4.5", "5.4"), False),
("can i run our new parking charges notice through chatgpt to get the welsh version and put it straight on the signs? saves waiting for translation", N + ["conditional"], p("6.6") + f("can-i-use-ai-to-write-in-welsh"), False),
("is it ok to paste the tender bids for the visitor centre cafe into chatgpt so it can compare them", N, p("4.4", "5.3", "3.2"), False),
("can i get copilot to sort out my list of passwords for all the different systems into a table", N, p("5.7"), False),
("someone on my guided walk took a photo of me and a few of the walkers - can i use AI to swap in a nicer background for our instagram?", N, p("10.2", "10.3"), False),
("is it ok to ask chatgpt to check the grammar on a disciplinary investigation report if i take the names out", N, p("4.5", "5.4", "5.5"), False),
("can i use teams transcription for a sickness absence review meeting with one of my team, makes the notes much easier", N, p("9.2"), False),
("can i use otter to record and summarise the liaison meeting with the community council? they're hosting it on zoom", N, p("9.3") + f("can-i-use-an-ai-note-taker-in-meetings"), False),
("can i use copilot on my personal iphone (logged into my work account) to summarise the enforcement complaint from Mrs Helen Ashworth, 07700 900461, about the caravans", N, p("5.3", "4.4"), False, ["Helen Ashworth", "07700 900461"]),
("is mistral le chat ok for drafting the agenda for our internal team away day? it's got the draft budget figures in it", N, p("5.2", "4.3", "3.2"), False),
("grammarly on my personal account - can i run my draft committee report through it before it's published?", N, p("5.2", "3.2") + f("is-grammarly-or-another-writing-assistant-ok"), False),
("chatgpt has a setting to turn off chat history, if i switch that off can i put our draft annual report in there?", N, p("5.2", "3.2") + f("what-can-i-put-into-chatgpt-gemini-or-other-free-tools"), False),
# ---- tool variants needing approval / not settled ----
("can i install the chatgpt chrome extension on my work laptop so it can summarise web pages for me", ["not_allowed", "unsure"], p("11.3") + f("is-grammarly-or-another-writing-assistant-ok"), True),
("i want to hook our accommodation bookings system up to the openai api so it can auto-reply to visitor enquiries", ["not_allowed", "unsure"], p("11.2"), True),
("can i set up a copilot agent that goes through the planning inbox and sorts the emails into folders for us", ["not_allowed", "unsure"], p("11.2"), True),
("adobe firefly is built into photoshop now - can i use generative fill on the draft leaflet designs before they're signed off?", ["not_allowed", "conditional"], p("11.4", "4.3"), False),
("can we buy a midjourney team subscription on the purchase card for the comms team", N, p("11.1"), False),
("i pay for chatgpt plus myself and mostly use it for work, can i claim it back on expenses", N, p("11.1"), False),
("does the copilot app on my own phone count as the work copilot if i log in with my personal microsoft account?", ["info", "not_allowed"], p("3.3") + f("how-do-i-know-i-am-using-authority-copilot"), False),
# ---- undecided / needs approval ----
("we've had 800 responses to the LDP review consultation, can work copilot help pull out the main themes?", U, p("14.2"), True),
("one of our Members asked if she can use chatgpt to help write her questions for planning committee - is that ok?", ["unsure"], p("14.1", "2.4"), True),
("can we use copilot to produce the draft minutes of planning committee? the clerk is off", U, p("9.5", "14.3"), True),
("site meeting with a farmer and an NRW officer next week on teams - ok to turn on transcription and let copilot do the actions?", U, p("9.4", "14.3") + f("can-i-use-an-ai-note-taker-in-meetings"), True),
("we're hosting the quarterly partnership meeting with the Wildlife Trust and the council on teams, can i turn on copilot recap so i dont have to take notes?", U, p("9.4", "14.3"), True),
# ---- info ----
("who do i ask if i'm not sure what colour my information is?", I, p("15.1", "4.1") + f("who-can-i-ask"), False),
("what's a trail marker? my manager keeps saying my spreadsheet is 'blue' and i don't know what that means", I, p("3.4", "4.1", "4.3"), False),
("what counts as sensitive site information?", I, p("3.7"), False),
("how do I tell if i'm on the protected copilot or the normal one", I, p("3.3") + f("how-do-i-know-i-am-using-authority-copilot"), False),
("i think i accidentally pasted a complaint from dylan.morgan78@gmail.com with his home address into free chatgpt earlier, what do i need to do?", I + ["not_allowed"], p("13.1", "13.2") + f("i-have-put-something-into-an-ai-tool-that-i-should-not-have-what-now"), False, ["dylan.morgan78@gmail.com"]),
("do we have to put a note on stuff saying AI was used?", I, p("8.1", "8.2", "8.3") + f("do-i-have-to-say-i-used-ai"), False),
("which AI tools are on the approved list?", I, p("1.2") + f("which-ai-tools-am-i-allowed-to-use"), False),
# ---- out of scope ----
("how do I book a pool car for a site visit on thursday?", S, [], False),
("does anyone know if the pay machine at the Bwlch car park takes contactless yet", S, [], False),
("what's the process for volunteer rangers claiming mileage?", S, [], False),
]

# ---------- checks ----------
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def clause_ids(path):
    ids, numbered = set(), False
    lines = path.read_text(encoding="utf-8").splitlines()
    for ln in lines:
        m = re.match(r"^##+\s+(\d+)\.?\s", ln)
        if m: ids.add(m.group(1)); numbered = True; continue
        m = re.match(r"^([0-9]+(?:\.[0-9]+)+)\s", ln)
        if m: ids.add(m.group(1)); numbered = True
    if not numbered:
        ids = {slug(ln.lstrip("#").strip()) for ln in lines if re.match(r"^##+\s", ln)}
    return ids
ids = {n: clause_ids(OUT / "originals" / n) for n in ("genai-policy.md", "staff-faq.md")}
rows, seen = [], set()
for i, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    pii = c[4] if len(c) > 4 else None
    row = {"id": f"r9c{i:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: row["pii"] = pii
    for ref in cl:
        fn, cid = ref.split("#", 1)
        assert cid in ids[fn], ref
    for s in pii or []:
        assert s in q, s
    if "unsure" in v and v != ["unsure", "not_allowed"] and v != ["unsure"]:
        pass
    assert q not in seen; seen.add(q)
    rows.append(row)
assert 60 <= len(rows) <= 70, len(rows)
with open(OUT / "cases.jsonl", "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
for ln in open(OUT / "cases.jsonl", encoding="utf-8"): json.loads(ln)
print(len(rows), "cases")
print("primary verdict:", collections.Counter(r["verdict"][0] for r in rows))
print("verdict sets:", collections.Counter(tuple(r["verdict"]) for r in rows))
print("escalate:", sum(r["escalate"] for r in rows), "pii:", sum("pii" in r for r in rows))
