"""Write cases.jsonl for the NHGA set and verify it against originals/."""
import json, os, re, csv
HERE = os.path.dirname(os.path.abspath(__file__))
PF = "nhga-generative-ai-policy.md#"; RF = "ai-tools-register.csv#"
def p(*ids): return [PF + i for i in ids]
def r(*tools): return [RF + t for t in tools]
YES = ["allowed", "conditional"]; NO = ["not_allowed"]; UN = ["unsure", "not_allowed"]
CHAT, M365, TEAMS, ASSIST = "Microsoft 365 Copilot Chat", "Microsoft 365 Copilot", "Microsoft Teams transcription and intelligent recap", "NHGA Assist"
C = []
def add(q, v, cl, esc=False, pii=None):
    d = {"id": f"HGA{len(C)+1:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C.append(d)
# --- clear yeses
add("can i use copilot chat to rewrite our published heritage grants guidance page in plainer english? it's already live on the website", YES, p("5.3", "6.2") + r(CHAT))
add("hiya, HR here - ok to get copilot to draft a job advert + JD for a band 5 grants officer role? no candidate info obvs", YES, p("16.1", "5.3") + r(CHAT))
add("is it fine to use chatgpt to brainstorm ideas for instagram posts about heritage open days? just generic stuff nothing internal", YES, p("6.2") + r("ChatGPT"))
add("need an excel formula to work out the % of each programme budget committed so far, can copilot chat help? its just our own non-personal figures", YES, p("6.3", "5.3") + r(CHAT))
add("dev team q: are we ok to use github copilot in vscode on the grants portal repo? no prod data", YES, p("5.7", "6.3") + r("GitHub Copilot Business"))
add("can I ask copilot to summarise the DCMS heritage statistics report that came out last week? its a public pdf", YES, p("6.2", "5.3") + r(CHAT))
add("i got sent a welsh language annual report from another funder, can i use translator in word just to understand what it says", YES, p("10.6") + r("Microsoft Translator"))
add("comms team: can we make a generic misty hillside banner image with firefly for the landscapes programme launch page?", ["conditional", "allowed"], p("10.2", "9.2") + r("Adobe Firefly"))
add("can copilot chat help me tidy up the draft internal procedure for logging grant payments? no names in it, just the process steps", YES, p("6.3", "5.3") + r(CHAT))
add("I'm in the copilot pilot - can I use copilot in word to summarise the 40 page draft corporate strategy before SMT?", YES, p("6.3", "5.2") + r(M365))
add("grants ops - is NHGA Assist ok for checking whether an applicant has uploaded everything we need (accounts, governing doc etc)?", YES, p("7.1") + r(ASSIST))
add("can i switch on teams transcription for our weekly digital team stand-up? all internal staff", ["conditional", "allowed"], p("11.1", "11.2") + r(TEAMS))
add("want to knock up a quick quiz for the team on the new grants guidance using copilot chat, thats fine isn't it?", YES, p("5.3", "6.2") + r(CHAT))
add("press office - can copilot chat draft a feature on the awards we announced last month? they're all public now", YES, p("10.1", "6.2") + r(CHAT))
add("can I use copilot to draft some interview questions for the finance assistant vacancy", YES, p("16.1") + r(CHAT))
add("would it be ok to use chatgpt to explain the Environmental Information Regulations to me in general terms, just for my own understanding?", YES, p("6.2") + r("ChatGPT"))
# --- conditional yeses
add("I need to chase Gwen Pritchard at Llanfair Chapel Trust (gwen.pritchard@llanfairchapel.org.uk) for their missing cash flow forecast - can copilot in outlook draft the email? I'm in the pilot", YES, p("7.1", "6.4") + r(M365), pii=["Gwen Pritchard", "gwen.pritchard@llanfairchapel.org.uk"])
add("can I use copilot to help draft the outcome letter for an unsuccessful application? I'd take the reasons from the committee minute", ["conditional"], p("7.8"))
add("drafting an FOI response, requester wants our spend on conservation grants by region which we're releasing. can copilot chat help me write the response?", ["conditional"], p("9.5"))
add("writing the grants committee paper on the new capital programme, can copilot chat help me structure it? it wont be producing any scores or recommendations", ["conditional"], p("7.6"))
add("embargoed press release for next weeks big awards announcement - can comms draft it in copilot chat or do we have to wait til its out?", ["conditional", "allowed"], p("10.1"))
add("can I use teams recap for a meeting with a county council heritage officer about joint working? not about an application", ["conditional"], p("11.2", "11.1") + r(TEAMS))
add("is it ok to run a press release through translator to get a rough welsh version so welsh language services have a head start?", ["conditional"], p("10.6") + r("Microsoft Translator"))
add("we want to put out a blog post that copilot mostly wrote, about what makes a good application. do we need to say anything on it?", ["conditional", "info"], p("9.2"))
add("can I use the copilot sidebar in edge on my own laptop at home if I'm logged in with my work account?", ["conditional", "not_allowed"], p("5.6") + r(CHAT))
# --- clear nos, worded unlike the rules
add("can copilot look at my assessment notes and tell me whether the project deserves a 3 or a 4 on heritage outcomes? I'm really torn", NO, p("7.2"))
add("i have 85 CVs for the comms officer job, can copilot sort them into yes / maybe / no piles for me", NO, p("16.2"))
add("can I get copilot to cross-check the committee members' interests register against this round's applicant list? would save hours", NO, p("7.4", "6.5", "3.7"))
add("comms want to put our chief exec in front of the castle using firefly for the annual report cover, she's fine with it", NO, p("10.3") + r("Adobe Firefly"))
add("can we use AI to get rid of the scaffolding in the photo of the restored chapel for the case study? looks much nicer", NO, p("10.4"))
add("I'm one of your external assessors - can I paste the application into chatgpt to help me write my assessment report quicker", NO, p("7.3"))
add("can NHGA Assist give me a quick read on whether the applicant's accounts show they're a going concern? big deficit last year", NO, p("7.5") + r(ASSIST))
add("could we set up an AI to automatically reply to comments on our facebook page overnight?", NO, p("8.1(d)"))
add("trustee here - my day job gives us chatgpt enterprise, can i use it to summarise the board pack?", NO, p("7.7"))
add("can I use teams transcription for the assessment panel meeting on thursday? would make minuting way easier", NO, p("11.3") + r(TEAMS))
add("before we make a big award, can I use copilot to trawl the web and social media for anything dodgy about the applicant's trustees, e.g. Alan Pryce-Jones?", NO, p("8.1(c)"), pii=["Alan Pryce-Jones"])
add("can i turn on transcription in the return to work meeting with someone on my team after long term sick?", NO, p("11.3", "16.3"))
# --- information described without keywords
add("applicant Dafydd Morgan (ref HG-24-03817) emailed to say the project lead has been in hospital having chemo and thats why the return is late - can copilot (pilot version) summarise that thread for the file?", NO, p("6.5", "3.7"), pii=["Dafydd Morgan", "HG-24-03817"])
add("youth volunteering application includes a concern one of the leaders raised about a 15 year old on the programme - can nhga assist summarise the application for me?", NO, p("6.5", "3.7") + r(ASSIST))
add("can I ask copilot to turn the grid refs in this metal detecting hoard application into a map for the panel?", NO, p("3.8", "6.5"))
add("historic england sent us an unpublished note about a building they're considering for listing, which overlaps an application. ok to pop it in copilot chat for a summary?", NO, p("6.7"))
add("can i use chatgpt to write a summary of the draft assessment report for my manager? I've taken the applicant's name out", NO, p("6.6", "3.6", "6.3") + r("ChatGPT"))
add("can copilot chat help me write up a summary of Tom Ashworth's disciplinary investigation for the hearing pack?", NO, p("16.3", "6.5", "3.7"), pii=["Tom Ashworth"])
add("need to check the applicant's bank details match their statement, can NHGA Assist do the comparison?", NO, p("3.7", "6.5") + r(ASSIST))
# --- tool variants
add("can i use my personal chatgpt plus account to tidy up the wording of our draft team plan? nothing personal in it", NO, p("6.3") + r("ChatGPT"))
add("is the grammarly browser extension ok? it just fixes my spelling", NO, r("Grammarly") + p("5.4"))
add("adobe acrobat keeps offering an AI assistant to summarise PDFs - can I click yes to summarise a public consultation doc?", NO, p("5.5") + r("Adobe Acrobat AI Assistant"))
add("can I install the chatgpt desktop app on my work laptop? only for public info stuff", ["not_allowed", "unsure"], p("5.4") + r("ChatGPT"), esc=True)
add("can we call the openai api from a python script with my own api key to classify our published grants data by heritage type?", NO, p("5.7") + r("Azure OpenAI Service"))
add("is the microsoft copilot app ok on my personal iphone? it's enrolled in intune", ["unsure", "not_allowed"], p("5.6"), esc=True)
add("when partner orgs host zoom calls there's an AI companion summary thing - can I use it to get notes of the call?", ["not_allowed", "unsure"], p("5.5", "5.1", "11.4"), esc=True)
add("someone from a partner org has invited otter to our teams meeting, do I let it in?", NO, p("11.4") + r("Otter.ai"))
# --- tools the policy never mentions
add("can I use claude to proofread a published annual report extract?", ["not_allowed", "unsure"], p("5.1"), esc=True)
add("is google gemini ok for brainstorming names for an event? nothing confidential", ["not_allowed", "unsure"], p("5.1"), esc=True)
add("can we use canva's magic design to make posters for the volunteers week campaign?", ["not_allowed", "unsure"], p("5.5", "5.1"), esc=True)
add("deepseek is really good at code apparently, can I use it for a quick script?", NO, r("DeepSeek") + p("5.1"))
# --- undecided / needs governance approval
add("could NHGA Assist draft the case summaries for the march grants committee? would save us loads of time", UN, p("14.2"), esc=True)
add("this application reads like it was 100% written by chatgpt, same phrases all the way through. should i mark it down or flag it?", ["unsure", "info"], p("14.3"), esc=True)
add("can we use copilot to analyse 10 years of anonymised grant award data to spot regional trends for the programme evaluation?", UN, p("14.5"), esc=True)
add("can i use elevenlabs to make an audio version of our accessibility statement?", UN, p("14.4", "5.1"), esc=True)
add("we want an AI presenter avatar to introduce the new grants programme video - can we do that?", UN, p("14.4"), esc=True)
add("can we publish AI welsh translations straight away if a welsh speaker in our team gives them a once-over?", NO, p("10.6"))
# --- info
add("who do I ask if I want a new AI tool approved?", ["info"], p("12.1", "17.1", "12.2"))
add("what counts as Decision Material?", ["info"], p("3.6"))
add("think i pasted an applicant's bank details (Keith Dunmore, sort code 20-45-77) into chatgpt by mistake earlier, what do i do now?", ["info", "not_allowed"], p("15.1", "15.2"), pii=["Keith Dunmore", "20-45-77"])
add("do I have to do any training before I start using copilot chat?", ["info"], p("13.1"))
# --- out of scope
add("how do i book a meeting room in the cardiff office?", ["out_of_scope"], [])
add("when's the deadline for the next round of the landscapes programme?", ["out_of_scope"], [])
add("whats the mileage rate for site visits these days", ["out_of_scope"], [])

# ---- write and verify
with open(os.path.join(HERE, "cases.jsonl"), "w") as f:
    for c in C: f.write(json.dumps(c, ensure_ascii=False) + "\n")
md = open(os.path.join(HERE, "originals", "nhga-generative-ai-policy.md")).read()
ids = set()
for line in md.splitlines():
    m = re.match(r"^(?:## )?((?:\d+|[A-Z])(?:\.\d+)*(?:\([a-z]\))?)\.?\s", line)
    if m and not line.startswith("# "): ids.add(m.group(1))
tools = {row["tool"] for row in csv.DictReader(open(os.path.join(HERE, "originals", "ai-tools-register.csv")))}
seen = set(); from collections import Counter; cnt = Counter()
for line in open(os.path.join(HERE, "cases.jsonl")):
    c = json.loads(line); assert c["id"] not in seen; seen.add(c["id"])
    for ref in c["clauses"]:
        f, cid = ref.split("#", 1)
        ok = (cid in ids) if f.endswith(".md") else (cid in tools)
        assert ok, ref
    for s in c.get("pii", []): assert s in c["question"], s
    if c["escalate"]: assert set(c["verdict"]) & {"unsure", "not_allowed"}
    cnt[c["verdict"][0]] += 1
print(len(C), "cases", dict(cnt), "escalate", sum(c["escalate"] for c in C), "pii", sum("pii" in c for c in C))
