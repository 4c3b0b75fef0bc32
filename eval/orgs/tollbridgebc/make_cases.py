"""Write cases.jsonl for Tollbridge MBC and verify it against the originals."""
import json, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
P = "genai-acceptable-use-policy.md#"; F = "ai-staff-faq.md#"
def p(*ids): return [P + i for i in ids]
def f(*ids): return [F + i for i in ids]
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]
NU = ["not_allowed", "unsure"]; U = ["unsure", "not_allowed"]; I = ["info"]; OOS = ["out_of_scope"]
CH = "can-i-use-chatgpt-if-i-don-t-put-anything-personal-into-it"
RIGHT = "how-do-i-know-i-am-using-the-right-copilot"
PHONE = "can-i-use-copilot-chat-on-my-own-phone"
GRAM = "what-about-grammarly-canva-or-the-ai-button-in-adobe-acrobat"
PCI = "what-counts-as-protected-case-information"
MEM = "can-i-use-copilot-chat-to-help-answer-a-councillor-s-enquiry"
LABEL = "do-i-have-to-say-i-used-ai"
OOPS = "i-ve-put-something-into-an-ai-tool-that-i-shouldn-t-have-what-now"
PS = "who-can-use-plansift"
NEW = "we-d-like-to-try-a-new-ai-tool-who-do-we-ask"
VISIT = "can-i-use-ai-to-take-notes-at-a-home-visit-or-on-a-call-with-a-resident"

C_ = []
def c(q, v, cl, esc=False, pii=None):
    d = {"id": f"TBC{len(C_)+1:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii: d["pii"] = pii
    C_.append(d)

# --- clear yeses
c("can i use copilot chat (work login, green shield showing) to tidy up the wording of our draft team procedure for booking pool cars? nothing personal in it", Y, p("6.2", "5.1", "5.4"))
c("hi all - housing options here. want to get copilot to summarise the new chapter of the homelessness code of guidance for our team briefing, ok?", Y, p("6.9", "6.2"))
c("revs team: is it ok to use copilot chat to redraft our standard council tax reminder letter template so its easier to read? just the template, no account stuff", Y, p("6.6", "6.2"))
c("electoral services q - can i ask copilot to summarise the electoral commission's published guidance on postal vote opening sessions for the count staff pack", Y, p("6.7", "6.2"))
c("I'm a DM case officer (done the plansift training). can I run the 43 neighbour objections on a householder extension through plansift to draft the summary of reps for my delegated report?", Y, p("7.2", "7.1", "7.5", "7.3") + f(PS))
c("can copilot make me a picture of a generic park with people walking dogs for an internal training powerpoint?", Y, p("12.1"))
c("is copilot chat in the outlook sidebar ok for drafting an email to my team about next weeks fire warden training? signed in with my council account", Y, p("5.4", "6.2"))
c("need an excel formula to work out % change between two years in the highways budget working papers, can i just ask copilot chat", Y, p("6.2", "3.6"))
c("FOI officer here, can i use copilot to draft the covering letter for an FOI about how many potholes we filled last year? figures are already published", Y, p("9.5", "6.2"))
c("can i use copilot chat to brainstorm ideas for a staff wellbeing week", Y, p("6.2", "5.1"))
c("the cabinet report on the leisure centre is already on the website - can i get copilot chat to do me a 1 page summary of it for my manager", Y, p("6.2", "3.5"))
c("licensing team want to turn our published statement of licensing policy into a plain english Q&A for the website using copilot chat. fine? we'll check it before it goes up", Y, p("6.2", "10.1", "9.2"))
c("we'd like to use teams live captions and transcription in our internal team meeting tomorrow - anything we need to do?", Y, p("11.1"))
c("can i put the teams transcript from our internal office move planning meeting into copilot chat and ask it for an action list", Y, p("11.2", "6.2"))
# --- conditional yeses
c("HR advisor - can I use copilot chat to draft a letter inviting a member of staff to their end of probation review? it would need their name and the meeting date", C + ["allowed"], p("6.3", "6.3(b)", "6.3(a)"))
c("got a members enquiry from cllr Hargreaves about a resident's missed bin collections, can i use copilot to help draft the reply? it'd have the resident's street in it", C, p("9.4", "6.3") + f(MEM))
c("copilot wrote most of our new leaflet about the garden waste subscription. can we just send it to the printers?", C, p("10.1", "9.2") + f(LABEL))
c("comms asked me to do an AI image of a recycling bin full of flowers for a facebook post, copilot can do it. anything i need to do first?", C, p("12.2", "10.3"))
c("can I use copilot chat on my personal iphone? my phone is set up with company portal under the BYOD scheme", C + ["allowed"], p("5.9") + f(PHONE))
c("can i use copilot to help me write a response to a stage 1 complaint about a broken street light, the complainant's name and address would be in it", C, p("6.3", "6.3(b)", "6.3(d)"))
c("planning support - can the plansift summary of reps go straight onto public access once it's generated?", C + ["not_allowed"], p("7.5"))
c("i haven't done any AI training yet, can i start using copilot chat for drafting reports?", C + ["not_allowed"], p("15.1"))
# --- clear nos, incl. tool variants
c("can i use chatgpt (free version) to draft a press release about the new cycle lane? nothing confidential", N, p("5.2") + f(CH))
c("i pay for chatgpt plus myself, it's miles better than copilot. ok to use it for writing up committee report drafts if i dont put names in?", N, p("5.2", "3.4", "5.3") + f(CH))
c("the copilot app on my own phone is signed in with my hotmail, can i use that to draft work emails when im out on site", N, p("5.3", "5.9") + f(RIGHT, PHONE))
c("is it ok to install the Merlin chrome extension so it can summarise web pages and emails for me at work", N, p("5.2", "3.3"))
c("can i use grammarly's rewrite thing on my work laptop for letters to residents", N, p("5.6", "3.3", "5.2") + f(GRAM))
c("adobe acrobat has an 'AI assistant' button now - can i use it to summarise the consultants 200 page flood risk report?", N, p("5.6", "3.3") + f(GRAM))
c("I keep seeing a 'draft with copilot' button inside word documents, am i allowed to use that", N, p("5.5"))
c("social worker here. my visit notes for a family where the two kids are on a CP plan are a mess - can i paste them into copilot chat and ask it to turn them into a chronology? council account obvs", N, p("6.4", "3.8") + f(PCI))
c("need to write up a care and support plan for Mrs Edna Pilkington, 14 Moorside Rd TB4 7QX, she has vascular dementia and her daughter is struggling. can copilot draft it from my assessment notes", N, p("6.4", "3.8"), pii=["Edna Pilkington", "14 Moorside Rd", "TB4 7QX"])
c("customer on CT-40918837 is disputing their arrears, can i paste the account history into copilot to get a quick summary of what's happened", N, p("6.6"), pii=["CT-40918837"])
c("can i use copilot to sanity check a housing benefit calculation using the earnings figures that came through from the DWP for NI QQ 12 34 56 C", N, p("6.5", "6.6", "3.9"), pii=["QQ 12 34 56 C"])
c("quick one - could copilot de-duplicate an extract of the register of electors for me? it's only a few thousand rows", N, p("6.7"))
c("licensing: can i put a taxi driver's DBS disclosure details into copilot chat so it can summarise the convictions for the sub-committee report", N, p("6.4", "3.8"))
c("housing options - applicant has told us about mental health problems and fleeing DV, can copilot draft the s184 decision letter if i give it their circumstances", N, p("6.9", "6.4", "8.1(a)"))
c("can we use plansift to summarise the neighbour complaints in an enforcement case about an unauthorised extension", N, p("7.4(a)") + f(PS))
c("building control here - planning say plansift is great, can we use it to summarise our applications too?", N, p("7.4(c)", "7.1") + f(PS))
c("can plansift tell me whether to recommend approval or refusal on a tricky change of use app", N, p("7.4(d)", "8.1(a)"))
c("for an FOI about a contract, can i ask copilot whether the s43 commercial interests exemption applies and do the public interest test", N, p("9.5"))
c("SAR team: can copilot go through 300 emails and redact all the third party names before we disclose them", N, p("9.5"))
c("someone from an external agency invited an otter.ai notetaker into our teams meeting, is that ok to let in", N, p("11.3"))
c("can i record my home visits on my work phone and have an AI app write up the notes? would save me hours", N, p("11.4") + f(VISIT))
c("the leader of the council is happy for us to make an AI video of her 'saying' happy new year in loads of languages with her cloned voice. she's consented so ok?", N, p("12.3"))
c("we're in the pre-election period, can we put an AI-generated image on the council's instagram for the summer events programme? it's just a cartoon", N, p("12.4"))
c("recruiting manager - can copilot score the 60 application forms against the person spec to help me shortlist", N, p("8.1(b)"))
c("can i upload photos of the damp and mould in a tenant's flat to copilot chat and ask it to describe the severity for my report", N, p("12.5"))
c("is it ok to put the counsel's opinion on the judicial review into copilot to get a plain english summary", N, p("6.8", "9.3"))
c("can copilot help me find out everything online about a resident who keeps complaining, Gary Nuttall, so i know who i'm dealing with", N, p("6.10"), pii=["Gary Nuttall"])
# --- tools never mentioned / needs DAB approval
c("our team wants to use gamma to make presentations quicker. it's got AI built in, is that ok", NU, p("5.2", "5.8") + f(NEW), True)
c("a supplier has offered us a free 3 month pilot of their AI chatbot for the council website. can we just give it a go?", NU, p("5.8", "13.1") + f(NEW), True)
c("i'm a data analyst - can i call azure openai from a python script to classify the free text in our consultation responses", NU, p("5.7"), True)
c("can i build a copilot studio agent that answers staff questions about our HR policies", NU, p("5.5"), True)
c("our consultants want to use their own AI tools to analyse the council's housing data for the stock condition survey, is that alright", NU, p("13.2"), True)
# --- undecided
c("policy team: can plansift summarise the 2,000 responses we got to the local plan regulation 18 consultation?", U, p("7.6"), True)
c("we've heard about magic notes for social workers - can our team trial it for a couple of months in adults?", U, p("11.5"), True)
c("i'm a councillor - can i use copilot chat on my council account to help write up my ward casework, including residents' details?", U, p("14.2"), True)
c("can i use copilot to translate a letter about a rent arrears meeting into urdu for a resident? it's quicker than the translation service", U, p("14.3"), True)
c("i'm dyslexic and my access to work assessment recommended an AI writing assistant - can i use it at work as a reasonable adjustment?", U + ["conditional"], p("14.4"), True)
# --- info
c("who do i ask about getting a new AI tool approved?", I, p("5.8", "17.2") + f(NEW))
c("what counts as protected case information? does a care leaver's address count", I, p("3.8") + f(PCI))
c("how can i tell if i'm using the proper work copilot and not the personal one", I, p("5.4") + f(RIGHT))
c("help - i pasted a resident's email with their phone number 07700 900412 into chatgpt before i knew the rules, what do i do now", I, p("16.1") + f(OOPS), pii=["07700 900412"])
c("what's the exact wording we have to put on documents AI helped write?", I, p("10.1") + f(LABEL))
c("does the AI policy apply to agency workers and contractors too?", I, p("2.1"))
c("are my copilot chat prompts something that could get disclosed under FOI?", I, p("9.6"))
# --- out of scope
c("how do i claim mileage for home visits in the new expenses system", OOS, [])
c("the printer on the 2nd floor of the town hall keeps jamming, who do i report it to", OOS, [])
c("when is the deadline for the staff survey this year", OOS, [])

def clause_ids(path):
    ids = set(); numbered = False
    for line in open(path):
        line = line.rstrip("\n")
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m: ids.add(m.group(1)); numbered = True; continue
        m = re.match(r"^(\d+(?:\.\d+)+(?:\([a-z]\))?|[A-Z]\.\d+)\s", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"^###\s+(.*)$", line)
        if m: ids.add(re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-"))
    return ids

if __name__ == "__main__":
    known = {fn: clause_ids(os.path.join(OUT, "originals", fn)) for fn in os.listdir(os.path.join(OUT, "originals"))}
    ids = set()
    with open(os.path.join(OUT, "cases.jsonl"), "w") as fh:
        for d in C_:
            assert d["id"] not in ids; ids.add(d["id"])
            for r in d["clauses"]:
                fn, cid = r.split("#", 1)
                assert cid in known[fn], r
            for s in d.get("pii", []):
                assert s in d["question"], s
            if "unsure" in d["verdict"]: assert d["escalate"], d["id"]
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    for line in open(os.path.join(OUT, "cases.jsonl")): json.loads(line)
    from collections import Counter
    print(len(C_), "cases"); print(Counter(d["verdict"][0] for d in C_)); print("pii:", sum(1 for d in C_ if "pii" in d), "escalate:", sum(d["escalate"] for d in C_))
