#!/usr/bin/env python3
"""Write cases.jsonl for Avonlea University and check it against the originals."""
import json, os, re, csv
HERE = os.path.dirname(os.path.abspath(__file__))
P = "avonlea-genai-staff-policy.md"; R = "avonlea-ai-tools-register.csv"
def p(*ids): return [f"{P}#{i}" for i in ids]
def r(*tools): return [f"{R}#{t}" for t in tools]
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]
NA = ["not_allowed", "unsure"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
cases = [
# --- clear yeses ---
("can i use lantern to tidy up the wording of a report for our dept away day? nothing sensitive in it, just internal stuff", Y, p("4.3","5.2","6.1")+r("Lantern"), False),
("is it ok to use chatgpt on my own account to brainstorm titles for a public lecture? it's all going on the website anyway", Y, r("ChatGPT")+p("5.5","4.2","6.1"), False),
("Copilot Chat (signed in with my avonlea account, the shield thing) to summarise the published HESA report on graduate outcomes - fine?", Y, r("Microsoft 365 Copilot Chat")+p("5.3","4.2","6.1"), False),
("can I get copilot chat to write alt text for the images in my lecture slides", Y, p("6.1","11.1")+r("Microsoft 365 Copilot Chat"), False),
("am i allowed to use AI to make a formative quiz for my first years from my own lecture notes? thinking lantern", Y, p("11.1","6.1")+r("Lantern"), False),
("panopto auto captions on my lecture recordings, that's fine right?", Y, r("Panopto automatic captions")+p("12.4"), False),
("can i use lantern to help me write some python to clean up a csv of module codes and room numbers", Y, p("6.1","4.3")+r("Lantern"), False),
("just want to check spelling and grammar on a committee paper using copilot chat with my work login, ok?", Y, p("6.3","10.4")+r("Microsoft 365 Copilot Chat"), False),
("Can I use Lantern to translate our published open day FAQs into Welsh?", Y, p("6.1","4.2","8.2")+r("Lantern"), False),
("i'd like to play around with claude on my personal account just to learn how these tools work, no uni stuff at all", Y, p("6.2")+r("Claude"), False),
("lantern for drafting a job advert for a lab technician post?", Y, p("7.1","6.1")+r("Lantern"), False),
("can i use copilot chat to explain what an excel formula does, i'm stuck on a vlookup lol", Y, p("6.1")+r("Microsoft 365 Copilot Chat"), False),
("adobe firefly through the uni creative cloud to make an abstract background for a conference poster - ok?", Y, r("Adobe Firefly")+p("13.3","10.3"), False),
("can i use copilot chat to draft an email to my team about the new room booking process", Y, p("6.1","4.3")+r("Microsoft 365 Copilot Chat"), False),
("Is ChatGPT ok for turning a news story that's already on our website into a shorter post for LinkedIn?", Y, r("ChatGPT")+p("5.5","4.2"), False),
("can our team get a lantern api key so we can write a script that summarises our own public web pages for a newsletter?", Y, r("Lantern API gateway")+p("5.8","16.2"), False),
# --- conditional yeses ---
("can i use lantern to draft a reference letter for my phd student Priya Raman (priya.raman@avonlea.ac.uk)? it'll have her name and thesis topic in", C+["allowed"], p("11.5","4.4")+r("Lantern"), False, ["Priya Raman","priya.raman@avonlea.ac.uk"]),
("want to use copilot in teams to transcribe and recap our weekly project meeting, is that allowed? I have a licence", C, p("12.1")+r("Microsoft 365 Copilot"), False),
("can I paste a spreadsheet of staff names, mobile numbers (e.g. 07700 900123) and training completion dates into copilot chat to make a summary table? signed in with my avonlea account", C, p("4.4")+r("Microsoft 365 Copilot Chat"), False, ["07700 900123"]),
("github copilot for our department's timetabling app? we've got the uni github licence", C, r("GitHub Copilot")+p("7.7","8.3"), False),
("can i put our unpublished research results into lantern to help draft the discussion section of a paper", C, p("9.3","4.4","9.1")+r("Lantern"), False),
("can i use copilot chat on my own phone if i sign in with the uni account and MFA?", C, p("5.10","5.3"), False),
("we're writing the web copy for the new MSc course page and lantern drafted most of it. do we need to say that somewhere??", C+I, p("10.1","8.2"), False),
("Can I make a cartoon robot image in Firefly for the staff newsletter?", Y, p("10.3","13.3")+r("Adobe Firefly"), False),
("library e-journal PDFs - can i upload a bunch into lantern to summarise them for my lit review", ["conditional","not_allowed"], p("7.4"), False),
("we want to put a chatbot on the admissions webpage to answer applicant questions, built on the lantern api. can we just go ahead", NA, p("10.2","14.3")+r("Lantern API gateway"), True),
("i need the openai api directly for a research project, can i just charge it to the grant?", NA, p("5.8"), True),
("can I run an open-weights model on kestrel to analyse anonymised free-text responses from our staff survey", Y, p("3.5","4.3","4.4"), False),
("hi, is it ok to have copilot recap a training session I'm running for new starters? i'll let everyone know at the start", C, p("12.1")+r("Microsoft 365 Copilot"), False),
# --- clear nos, rules phrased unlike the question ---
("could copilot go through the ~300 personal statements for the foundation year and give me a top 50 to interview? would save days", N, p("7.1","3.6"), False),
("i'm reviewing a paper for a journal, can i chuck it into lantern to get a summary of the methods first", N, p("7.3"), False),
("want to make a funny video of the VC wishing everyone happy christmas using one of those AI voice cloning sites, as a surprise for the staff party (he doesn't know)", N, p("13.1","7.2"), False),
("can i put my chatgpt plus subscription through expenses? i use it loads for work", N, p("14.2")+r("ChatGPT"), False),
("otter keeps turning up in meetings from an external partner's invites and it looks handy - can i use otter myself for my 1:1s", N, r("Otter.ai")+p("12.3"), False),
("can i use lantern to help write the questions for the may exam for my module", N, p("7.5","A.4"), False),
("can I run a student's essay through gptzero to see if they used chatgpt", N, r("GPTZero")+p("7.6"), False),
("is it ok to install grammarly on my work laptop? the free one", N, r("Grammarly")+p("5.7"), False),
("could i get copilot to go through our team's teams chats and tell me who seems disengaged or unhappy", N, p("7.8"), False),
("can I get AI to mark the first-year lab reports? just a first pass, i'd check them all after", N, p("11.2","7.1"), False),
("can i give copilot my service account password so it writes the config script properly", N, p("7.7"), False),
("deepseek is really good at maths, can i use it to draft the stats explanations for a public lecture?", N, r("DeepSeek")+p("5.9"), False),
("zoom ai companion to summarise a call with an industry partner? they sent a zoom link", N, r("Zoom AI Companion")+p("12.3"), False),
# --- tool variants ---
("used copilot chat but realised i wasn't signed in, and i pasted in the draft budget for next year. is that ok?", N, p("5.3","4.3","A.2")+r("Microsoft Copilot (personal account)"), False),
("my chatgpt is the paid team version i bought myself so it doesn't train on my data. can i paste student emails into it to draft replies", N, p("5.5","3.3","4.4")+r("ChatGPT"), False),
("gemini in my personal gmail — can i forward it a colleague's email about the restructure in our school and ask for a summary", N, r("Google Gemini")+p("4.3","4.4","5.5"), False),
("a new 'AI assistant' button just appeared in the CRM we use for applicant enquiries. ok to start using it on applicant records?", NA, p("5.6","14.1"), True),
("can i run llama on my own laptop at home to summarise interview transcripts from my research participants", N, p("3.5","4.4","9.2"), False),
("my pixel phone has call recording with an AI summary. can i use it when i ring students about their attendance", N, p("12.5"), False),
("i've got a copilot licence now. can i set up one of those copilot agents to auto-reply to routine queries in our shared mailbox", NA, p("15.2")+r("Microsoft 365 Copilot"), True),
("could i use chatgpt agent mode to book my conference travel and hotel", NA, p("15.2")+r("ChatGPT"), True),
# --- information described without keywords ---
("a student (Tomasz Wójcik, student no 21984473) told me about what's been going on with his mental health and I want to write a support plan. can lantern help if i put in what he told me?", N, p("4.5","A.4","11.5"), False, ["Tomasz Wójcik","21984473"]),
("can i use copilot chat to tidy up my notes from a grievance meeting i chaired last week", N, p("4.5","A.4"), False),
("is it ok to transcribe the fitness to practise panel on teams so i don't have to take notes", N, p("12.2"), False),
("i'm a disability adviser - could lantern summarise a student's needs assessment report so i can write their adjustments letter quicker?", N, p("4.5","A.4"), False),
("we run a summer school for year 10 pupils, can I use copilot chat to sort the attendee list and the parents' emergency contact details", N, p("4.5","A.4"), False),
("we're in (very hush hush) talks with another uni about a possible merger, can i put the draft heads of terms into lantern to summarise for the council pack?", N, p("4.5","A.4","15.4"), False),
("need to pull the key points out of a batch of DBS check results, e.g. Gareth Pryce DOB 14/03/1988, could copilot chat do that for me", N, p("4.5","A.4"), False, ["Gareth Pryce","14/03/1988"]),
# --- tools the policy never mentions ---
("is perplexity ok for finding sources for my lit review?", NA, p("5.6"), True),
("canva magic write for the open day posters — allowed?", NA, p("5.6","14.1"), True),
("can we use elicit to screen abstracts for a systematic review", NA, p("5.6"), True),
# --- undecided ---
("can i use lantern to help me write feedback comments on my students' essays? I'd still decide the marks myself", U, p("15.1","11.4"), True),
("I'd like to make an AI avatar of myself in synthesia to present the intro videos for my online module. it's my own face so surely that's fine?", ["unsure","not_allowed"], p("15.3","13.4"), True),
# --- info ---
("who do i ask if i'm not sure whether an AI tool is allowed?", I, p("18.1","3.7"), False),
("what counts as 'sealed' information?", I, p("A.4","4.5"), False),
("i accidentally pasted a list of student names and ID numbers (e.g. 22017786) into my personal chatgpt, what do i do now??", I+N, p("17.1"), False, ["22017786"]),
("do i need to do any training before i can get a microsoft 365 copilot licence", I, p("16.2","5.4"), False),
("what's a 'decision of consequence'? it keeps coming up", I, p("3.6"), False),
# --- out of scope ---
("how do I book a room in the main library for a viva", O, [], False),
("when's the deadline for requesting annual leave carry-over this year?", O, [], False),
("are students allowed to use chatgpt in their dissertations?", O+I, p("2.3"), False),
]

def main():
    md = open(os.path.join(HERE, "originals", P), encoding="utf-8").read()
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^## (\d+)\. ", line) or re.match(r"^((?:\d+\.)+\d+|[A-Z]\.\d+) ", line)
        if m: ids.add(m.group(1))
    tools = {row["tool"] for row in csv.DictReader(open(os.path.join(HERE, "originals", R), encoding="utf-8"))}
    seen = set(); out = []
    for n, c in enumerate(cases, 1):
        q, v, cl, esc = c[:4]; pii = c[4] if len(c) > 4 else None
        cid = f"AVU{n:03d}"; assert cid not in seen; seen.add(cid)
        for ref in cl:
            f, k = ref.split("#", 1)
            assert (f == P and k in ids) or (f == R and k in tools), ref
        if "unsure" in v: assert esc or v != U
        o = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii:
            for s in pii: assert s in q, s
            o["pii"] = pii
        out.append(o)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "cases"); print(Counter(tuple(o["verdict"]) for o in out))
    print("escalate:", sum(o["escalate"] for o in out), "pii:", sum("pii" in o for o in out))
main()
