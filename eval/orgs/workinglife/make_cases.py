"""Writes cases.jsonl for the NMWL set and checks it against originals/."""
import json, pathlib, re
OUT = pathlib.Path(__file__).resolve().parent
P, Q = "genai-policy.md#", "ai-quick-guide.txt#"
Y, C, N, U, I, S = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
cases = [
# --- clear yeses ---
("can i use copilot chat to tidy up the wording of the draft learning team newsletter? its just internal stuff, logged in with my nmwl account", [Y, C], [P+"6.3", P+"5.1", Q+"2.2", Q+"1.1"], False),
("is it ok to ask chatgpt (the free one) to make the opening hours paragraph from our website sound a bit friendlier", [Y, C], [P+"5.5", P+"6.2", Q+"1.4", Q+"2.1"], False),
("hi! could I get Copilot to draft alt text for the open collection images going on the online collection next week?", [Y, C], [P+"11.1", Q+"3.1", P+"8.1"], False),
("we need the family trail translated into polish, the english text is already written and signed off. ok to run it through deepl pro on the learning team account?", [C, Y], [P+"12.1", P+"12.2", P+"5.3", Q+"4.2"], False),
("can i use teams transcription for our weekly exhibitions team catch up? all internal people", [C, Y], [P+"10.1", Q+"5.1"], False),
("design studio here - fine to use firefly for some background textures on a poster mock up?", [Y, C], [P+"5.4", Q+"1.3"], False),
("ive got a copilot licence now - can i use it in word to summarise the 40 page draft conservation strategy for my manager", [Y, C], [P+"5.2", P+"6.3", Q+"1.2"], False),
("is it alright to use gemini to brainstorm ideas for half term family activities? no museum info going in, just general ideas", [Y, C], [P+"5.5", P+"6.2", Q+"1.4"], False),
("shop team q: can i use copilot chat to write the online store product descriptions for the new enamel mugs, working from the supplier's spec sheet", [Y, C], [P+"6.3", P+"6.10", P+"5.1"], False),
("can I use copilot to turn our published accessibility guide into an easy read version?", [Y, C], [P+"12.4", P+"6.2"], False),
("can copilot chat help me write an excel formula to work out footfall per gallery from the visitor counts spreadsheet? no names in it", [Y, C], [P+"6.3", P+"5.1", P+"A.6"], False),
("doing instagram posts about objects from the open collection - ok to get copilot chat to suggest captions?", [Y, C], [P+"11.1", Q+"3.1"], False),
("Can I use Copilot Chat on my own phone? It's enrolled in Company Portal", [Y, C], [P+"5.10"], False),
("can i use copilot to write up the minutes from my notes of the collections review meeting, theres nothing personal in them", [Y, C], [P+"6.3", P+"5.1"], False),
("I volunteer in the textiles store and have an nmwl account, am i allowed to use copilot chat to help word a gallery trail?", [Y, C], [P+"13.1", Q+"1.1"], False),
("we recorded last week's public lecture - can we let stream auto generate the captions before it goes on youtube?", [C, Y], [P+"10.5"], False),
("on my home laptop (not a museum one) can I use chatgpt to reword our published events listing for a newsletter?", [Y, C], [P+"5.10", P+"5.5", P+"6.2"], False),
# --- conditional yeses ---
("a visitor, Javier Morales (javier.morales84@gmail.com), sent a long complaint in spanish about the cafe. can i paste it into copilot chat to translate it?", [C, Y], [P+"12.3", P+"6.4", Q+"2.3"], False, ["Javier Morales", "javier.morales84@gmail.com"]),
("community partners are joining our co-curation planning call on thursday, can i switch on copilot recap in teams?", [C], [P+"10.2", Q+"5.1", P+"10.1"], False),
("want to use copilot (museum login) to pull themes out of the feedback cards from the last exhibition. some have names and emails written at the bottom", [C, Y], [P+"6.4", P+"3.2"], False),
("we want to put up a blog post that copilot mostly wrote (i've checked it all), is there anything i have to do?", [C, I], [P+"9.1", Q+"4.3", P+"8.1"], False),
("can we use an AI generated image in the socials promo for the late opening?", [C], [P+"9.2", Q+"3.4"], False),
("i'd like to use chatgpt to draft the interpretation panels for the pottery gallery from published books and our website", [C, Y], [P+"8.2", P+"8.3", P+"5.5", Q+"4.1"], False),
("can copilot help me reply to an enquirer asking about reading room access at the library? their email has their name and home address", [C, Y], [P+"6.4", Q+"2.3"], False),
("translating the press release for the new exhibition into welsh with copilot before it goes out - anything i need to do?", [C], [P+"12.2", P+"12.1", P+"6.3"], False),
# --- clear nos ---
("can I get chatgpt to dig up some background on a guy we're meeting next week who might make a big gift to the capital appeal", [N], [P+"7.2"], False),
("could copilot help me write a personalised thank you letter to a donor? her name is Margaret Okafor and she gave £5,000 last year, I'd paste all that in", [N], [P+"6.5", Q+"2.4", P+"A.8"], False, ["Margaret Okafor"]),
("the facility report from the lending museum is like 30 pages, can copilot give me a summary", [N], [P+"6.6", P+"A.9", Q+"2.4"], False),
("could i ask copilot which of the 60 applicants for visitor host best match the person spec? would save me days", [N], [P+"7.1"], False),
("we don't have a real photo of the mill workers for the intro wall - could we make an AI 'victorian photograph' instead?", [N], [P+"7.4"], False),
("can chatgpt estimate what the donated bracket clock is worth for the insurance schedule", [N], [P+"7.3", P+"6.6"], False),
("can i get copilot to tidy up the doc showing the new cctv camera positions and alarm zones for the stores", [N], [P+"6.7", P+"A.10", Q+"2.4"], False),
("Dave Kowalski in the stores has been off with stress and I need to write up his return to work plan, could copilot chat draft it from my notes?", [N], [P+"6.8", P+"6.9", Q+"2.4"], False, ["Dave Kowalski"]),
("can i upload the photos from yesterdays school workshop to an ai app to make a fun cartoon version for the teachers", [N], [P+"11.5", P+"6.8", Q+"3.3"], False),
("can i use otter to record and transcribe my meeting with the new cafe supplier", [N], [P+"10.4", Q+"5.2"], False),
("grievance hearing next week - handy to have copilot recap on in teams for the notes?", [N], [P+"10.3", Q+"5.2"], False),
("can I put the patrons list from the supporter database into copilot so it groups them by interest for the preview invites", [N], [P+"6.5", P+"7.2", Q+"2.4"], False),
("can i use deepl pro to translate a complaint letter from a visitor in german? it has her name and address on it", [N], [P+"12.3", P+"5.3"], False),
("ok to download deepseek on my work laptop to compare it with copilot?", [N], [P+"5.9"], False),
("can i use free chatgpt to help plan the comms for the big exhibition we're announcing in march? not public yet obvs", [N], [P+"6.3", P+"A.7", Q+"2.2"], False),
("can i paste the gift aid claim spreadsheet into copilot to spot errors", [N], [P+"6.5", P+"A.8"], False),
("I'm coordinating the weekend volunteers and want copilot to sort next month's rota. spreadsheet has availability, phone numbers (e.g. Tom Hendry 07700 900482) and a column for mobility needs", [N], [P+"13.3", P+"6.8", Q+"2.4"], False, ["Tom Hendry", "07700 900482"]),
("I'm a volunteer without a museum login - can I use chatgpt at home to write up object descriptions from the collections database for the handling box?", [N], [P+"13.2"], False),
("can firefly do us a poster image in the style of grayson perry for the crafts season?", [N], [P+"11.7"], False),
("want to colourise a black and white photo from our collection with AI for a tea towel in the shop", [N, U], [P+"11.4", P+"17.2"], False),
("the hockney print we've got on loan - can i upload the image to copilot to help draft the label description?", [N, U], [P+"11.3", P+"11.2", Q+"3.2"], False),
("could we make a short welcome video of our director with an AI voice so she doesn't have to record it herself", [N, U], [P+"11.5"], True),
# --- tool variants ---
("i pay for chatgpt plus myself, is that ok for drafting the internal restructure comms?", [N], [P+"5.5", P+"6.3"], False),
("there's a new AI 'summarise' button in the collections management system, can i start using it on object records?", [N, U], [P+"5.6", Q+"1.5"], True),
("can i install the grammarly chrome extension on my work laptop to help with emails", [N, U], [P+"5.7", P+"5.6", Q+"1.5"], True),
("I'm writing a little python script that calls the openai api to auto-tag our photo library - do I need permission?", [N, U], [P+"5.8", P+"14.1"], True),
("want to build a copilot studio agent that answers staff questions about the loans procedure, is that allowed?", [N, U], [P+"5.8"], True),
("canva has magic write now, can I use it for the schools newsletter", [N, U], [P+"5.6", Q+"1.5"], True),
("can i sign up to claude with my nmwl email to use for work stuff?", [N], [P+"5.5", Q+"1.4"], False),
("zoom AI companion summary for our meeting with the university partners, ok?", [N, U], [P+"5.6", Q+"1.5"], True),
("a vendor has offered a free trial of their AI audio guide platform, can we try it out in the spring exhibition?", [N, U], [P+"14.4", P+"5.8"], True),
# --- tools the policy never mentions ---
("is midjourney ok for making concept art for the exhibition design pitch", [N, U], [P+"5.8", Q+"1.5"], True),
("what about perplexity for looking up background on the history of the cotton trade? only public stuff", [N, U], [P+"5.8", Q+"1.5"], True),
# --- undecided ---
("a uni research group wants to use our online collection images to train an image model, can i tell them yes?", [U, N], [P+"17.1", Q+"6.1"], True),
("retail want to sell tote bags with AI-generated patterns inspired by our wallpaper collection. is that allowed?", [U, N], [P+"17.2", Q+"6.1"], True),
("archive volunteer here - could I use an AI transcription tool on the 1970s oral history tapes? would save months of work", [N, U], [P+"17.3", Q+"6.1"], True),
("could the new gallery have an AI version of a 19th century mill owner that visitors can talk to?", [U, N], [P+"17.4", P+"17.5", Q+"6.1"], True),
("we're thinking about a chatbot on the website to answer ticket questions - can we set one up?", [U, N], [P+"17.5", Q+"6.1"], True),
("freelance exhibition writer asked if she can use chatgpt to help draft panel text for the spring show, which hasn't been announced yet. what do i tell her", [N, U], [P+"13.4", P+"6.3"], True),
# --- info ---
("who do I ask about whether an image is cleared to use?", [I], [P+"18.4", P+"A.12"], False),
("what counts as embargoed programme information?", [I], [P+"A.7"], False),
("I accidentally pasted Mrs Eleanor Pritchard's email (e.pritchard@btinternet.com) with her legacy details into chatgpt, what do i do now??", [I, N], [P+"16.1", Q+"7.1", P+"16.2"], False, ["Eleanor Pritchard", "e.pritchard@btinternet.com"]),
("do i need to put an AI statement on a press release if i only used the spelling and grammar suggestions in word?", [I, Y], [P+"9.1"], False),
# --- out of scope ---
("does anyone know when the staff car park resurfacing finishes?", [S], [], False),
("how do I book annual leave over christmas in the HR system", [S], [], False),
]

def clause_ids(path):
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.lstrip("#").strip()
        m = re.match(r"^((?:\d+(?:\.\d+)*)|(?:[A-Z]\.\d+))\.?\s", line)
        if m:
            ids.add(m.group(1))
    return ids

refs = {f.name: clause_ids(f) for f in (OUT / "originals").iterdir()}
out, seen = [], set()
for n, c in enumerate(cases, 1):
    q, v, cl, esc = c[:4]
    d = {"id": f"r11e{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if len(c) > 4:
        d["pii"] = c[4]
        for s in c[4]:
            assert s in q, (n, s)
    for r in cl:
        f, cid = r.split("#")
        assert cid in refs[f], (n, r)
    assert d["id"] not in seen; seen.add(d["id"])
    if U in v and len(v) == 1: assert esc
    out.append(json.dumps(d, ensure_ascii=False))
(OUT / "cases.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
from collections import Counter
print(len(out), "cases")
print("first verdict:", Counter(json.loads(l)["verdict"][0] for l in out))
print("allowed acceptable:", sum(Y in json.loads(l)["verdict"] for l in out))
print("escalate:", sum(json.loads(l)["escalate"] for l in out), "pii:", sum("pii" in json.loads(l) for l in out))
