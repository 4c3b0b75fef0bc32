"""Write cases.jsonl for Seacombe MHT and check it against the originals."""
import csv, json, re
from pathlib import Path

HERE = Path(__file__).parent
P = "seacombe-genai-policy.md"
R = "ai-tools-register.csv"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"
YES, COND, NO, APPROVAL = [A, C], [C, A], [N], [U, N]

def p(*ids): return [f"{P}#{i}" for i in ids]
def r(*tools): return [f"{R}#{t}" for t in tools]

CASES = [
 # clear / conditional yeses
 ("can i use copilot chat to tidy up the wording of our team's draft lone working procedure? there's no names in it", YES, p("5.2","6.2","A.1")+r("Microsoft 365 Copilot Chat"), False),
 ("is it ok to get copilot to summarise the NICE guideline on psychosis and schizophrenia in adults for a teaching session im running", YES, p("5.2","3.4","6.2","13.3")+r("Microsoft 365 Copilot Chat"), False),
 ("hi, can I use ChatGPT to come up with ideas for a stall for world mental health day? just general stuff, nothing about patients. on my work laptop", COND, p("5.4","6.2")+r("ChatGPT"), False),
 ("writing a job advert for a band 5 staff nurse on Rowan ward, can copilot chat help me draft it?", YES, p("7.4","5.2")+r("Microsoft 365 Copilot Chat"), False),
 ("do i have to put a disclaimer on my emails if copilot helped me write them??", [I, A], p("9.3"), False),
 ("can I still use Dragon to dictate my clinic letters or is that banned now with the new ai policy", YES, p("10.7")+r("Dragon Medical One"), False),
 ("I've written a made-up case study (not a real patient, totally fictional) for the new starters induction on recognising self neglect, can I paste it into copilot chat and get it to turn it into quiz questions?", YES, p("6.5","13.3","5.2")+r("Microsoft 365 Copilot Chat"), False),
 ("can we use teams transcription for our monthly estates project board? nothing clinical gets discussed, it's all about the new build", COND, p("10.4")+r("Microsoft Teams transcription and intelligent recap"), False),
 ("i've got the copilot licence - is it alright to use copilot in outlook to summarise a massive email thread with facilities about the room booking mess", YES, p("5.3")+r("Microsoft 365 Copilot"), False),
 ("can i use copilot chat on my own iphone through the outlook app? want to draft the team newsletter on the train home", COND, p("5.5")+r("Microsoft 365 Copilot Chat"), False),
 ("Comms want an AI generated picture of a sunny park for the charity fun run flyer, made with Designer in copilot. ok?", COND, p("11.3","9.2")+r("Microsoft Designer"), False),
 ("quick one - can i ask copilot chat to explain what a z-score is? need it for the performance report and im rubbish at stats", YES, p("5.2","6.2")+r("Microsoft 365 Copilot Chat"), False),
 ("I'm a developer in digital services, ok to use GitHub Copilot on the trust licence for the new bank shifts app? only using dummy test data", COND, p("5.7","8.5")+r("GitHub Copilot"), False),
 ("Can I use Copilot Chat to draft an agenda and a minutes template for our quality and safety huddle? no patient details", YES, p("5.2","6.2")+r("Microsoft 365 Copilot Chat"), False),
 ("can gemini reword text that is already on our public website into an easy read version? on a trust pc in chrome, not logged in", COND, p("5.4","6.2","9.1")+r("Google Gemini"), False),
 ("nurse in the memory assessment service here, did the northlight pilot training last week. can I use the scribe for a follow up appointment if the patient says yes?", COND, p("10.2","10.3","10.3(a)")+r("Northlight Scribe"), False),
 ("can I use copilot chat to help make an easy read version of our published clozapine patient leaflet?", COND, p("5.2","8.4","9.1")+r("Microsoft 365 Copilot Chat"), False),
 ("can i ask chatgpt in the browser on my work laptop to explain the difference between the mental capacity act and the mental health act in plain english? not about any patient, just for me to understand", COND, p("5.4","6.2")+r("ChatGPT"), False),
 # pilot conditions
 ("in the older adults west pilot - can i use the ai scribe with a lady who has advanced dementia and can't really understand what it is? her daughter is happy for us to use it", NO, p("10.3(b)","10.3")+r("Northlight Scribe"), False),
 ("memory service pilot: we've got a mental health act assessment tomorrow, can the scribe do the notes for that one?", NO, p("10.3(c)","10.3")+r("Northlight Scribe"), False),
 ("can our ward start using the ambient scribe on ward rounds? it would save the junior drs loads of time", NO, p("10.1","10.2","15.4")+r("Northlight Scribe"), False),
 # clear nos phrased unlike the rule
 ("can copilot help me decide if Daniel Okafor on Birch ward is ok for section 17 leave this weekend? i'd just put in his recent obs and risk notes", NO, p("7.1","6.3","5.2"), False, ["Daniel Okafor"]),
 ("could I get chatgpt to suggest a dose for an antipsychotic for a pt who isn't tolerating olanzapine? I'd double check with pharmacy obviously", NO, p("7.2","6.3"), False),
 ("our crisis text line is swamped overnight, could we use an AI to reply to texters with holding messages while they wait for a person?", APPROVAL, p("7.3","12.1"), True),
 ("recruitment q: 140 applications for HCA posts, can copilot rank them against the person spec so i can shortlist quicker", NO, p("7.4"), False),
 ("I'm investigating officer for a grievance, can M365 copilot write up the findings from my interview notes? I have a licence", NO, p("7.4","5.3")+r("Microsoft 365 Copilot"), False),
 ("is there any problem with me recording a session with a service user on my phone and then using an ai app to write up the notes", NO, p("10.6","10.1"), False),
 ("someone from the council brought an otter bot into our teams call this morning, is it ok to just leave it in there?", NO, p("10.5")+r("Otter.ai"), False),
 ("can we use deepseek for summarising published research papers? it's way cheaper than the others", NO, p("5.9")+r("DeepSeek"), False),
 ("can i turn on intelligent recap in our weekly MDT to save time on minutes", NO, p("10.1","10.4")+r("Microsoft Teams transcription and intelligent recap"), False),
 ("thinking of turning on teams transcription for my clinical supervision sessions with my band 6s so i don't have to write it up, any issue?", NO, p("10.4")+r("Microsoft Teams transcription and intelligent recap"), False),
 ("I'd like to make a training video with an AI version of our medical director's voice reading the script, he's too busy to record it himself", [N, C, U], p("11.2"), False),
 ("can i upload a photo from the ward christmas party into canva's ai to make a collage? a couple of patients are in it", NO, p("11.1")+r("Canva Magic Studio"), False),
 ("can i use chatgpt to help write my NMC revalidation reflective account? it's about a situation with a patient but i wouldn't use names", NO, p("7.7","6.3","5.4"), False),
 ("a carer's first language is Arabic, can I use copilot to translate my letter to her about her son's care plan?", NO, p("7.8","6.3"), False),
 ("can i use meta ai in whatsapp to draft a message to the team group chat about swapping shifts", NO, p("5.9","5.5")+r("Meta AI"), False),
 # tool variants
 ("the chatgpt chrome extension that summarises web pages - can i install it on my work laptop?", NO, p("5.6")+r("ChatGPT"), False),
 ("can I log into chatgpt with my nhs.net email so my chats get saved between sessions?", NO, p("5.4")+r("ChatGPT"), False),
 ("I pay for ChatGPT Plus myself, can I use it for work to draft internal procedures? no patient info in them", NO, p("5.4","6.2","3.5")+r("ChatGPT"), False),
 ("my copilot at home is signed in with my hotmail - fine to draft a summary of our unpublished service review on there?", NO, p("3.3","5.4","5.5")+r("Microsoft Copilot (personal account)"), False),
 ("could I use the openai api with my own key to batch summarise anonymised incident reports? I know a bit of python", APPROVAL, p("5.7","6.4"), True),
 ("Adobe acrobat has a new AI assistant button, can i use it to summarise a 90 page draft contract with a supplier", NO, p("5.8","3.6")+r("Adobe Acrobat AI Assistant"), False),
 ("zoom has an AI companion thing that does meeting summaries, we use zoom with the local authority - can I switch it on?", APPROVAL, p("5.8","5.10","10.5"), True),
 ("can i run llama locally on my work laptop so nothing leaves the machine and use it for writing clinic letters?", NO, p("5.7","6.3"), False),
 ("can I use gemini on my personal phone to tweak the wording of a job advert that's already live on nhs jobs", NO, p("5.5")+r("Google Gemini"), False),
 ("can i ask chatgpt to help me build a pivot table from our bed occupancy numbers per ward? just numbers no names", NO, p("5.4","3.5","6.2")+r("ChatGPT"), False),
 # information described without keywords
 ("can copilot chat help me write a discharge letter for a young person leaving the adolescent unit? I'd put in their progress on the ward, dob 02/09/2009", NO, p("6.3","3.6","6.4","5.2"), False, ["02/09/2009"]),
 ("I want to paste the notes from a return to work meeting with Priya Shah (she's been off with stress) into copilot to make an action plan", NO, p("3.6","5.2","5.3"), False, ["Priya Shah"]),
 ("i've taken the name off, but he's the only 19 year old on our LD inpatient unit - can i use copilot chat to help write his positive behaviour support plan?", NO, p("6.4","3.7","6.3"), False),
 ("can i put our bid for the community rehab tender (not submitted yet) into copilot chat to tighten up the wording?", NO, p("3.6","5.2","6.2"), False),
 ("the police sent us a report about an incident involving one of our community pts, can i get copilot to summarise it for the MDT", NO, p("6.6","6.3"), False),
 ("need to reply to a complaint from Mrs Janet Whitlow (07700 900461) about her son's care, can copilot chat write a first draft if I give it the details?", NO, p("6.3","5.2"), False, ["Janet Whitlow", "07700 900461"]),
 ("Can I use copilot to draft the Part 2 board paper on our response to the cyber incident?", NO, p("3.6","6.7","6.2"), False),
 # tools the policy never mentions
 ("is claude ok to use for drafting our staff survey action plan?", APPROVAL, p("5.10","12.1"), True),
 ("Perplexity is great for finding research refs, can I use it for a lit review on clozapine monitoring?", APPROVAL, p("5.10","12.1"), True),
 ("a supplier has offered us a free 3 month trial of their AI tool that triages referrals into the CMHT, can we say yes?", APPROVAL, p("12.1","12.3","5.10"), True),
 ("grammarly premium - can i install it on my work laptop for report writing?", APPROVAL, p("5.10","5.6"), True),
 # undecided
 ("one of my clients in early intervention asked if it's ok to use an AI chatbot app to talk to at night when she's anxious, what should i tell her?", APPROVAL, p("15.2","15.1"), True),
 ("can I use copilot to help structure my report for a mental health tribunal? i'd keep it all anonymous", APPROVAL, p("15.3","15.1"), True),
 ("we want copilot to theme the free text comments from the staff survey for our directorate, is that allowed?", APPROVAL, p("15.5","15.1"), True),
 ("could I use copilot to pull out themes from the friends and family test comments for my ward?", APPROVAL, p("15.5","15.1"), True),
 # info
 ("who do i ask if im not sure whether something counts as red information?", [I], p("16.1","6.1"), False),
 ("what counts as de-identified? is taking the name off enough?", [I], p("3.7","6.4"), False),
 ("how do I get a licence for the full copilot in word and outlook?", [I], p("5.3","16.6","13.1"), False),
 ("I accidentally pasted a letter about Mr Gareth Lyle, NHS no 485 731 9624, into chatgpt yesterday. what do I do now??", [I, N], p("14.1","14.3"), False, ["Gareth Lyle", "485 731 9624"]),
 ("what is the AI assurance panel and how do I get a new tool approved?", [I], p("3.9","12.2","12.1","16.2"), False),
 ("copilot wrote most of our new website page about the eating disorders service - do we need to say that on the page?", [I, C], p("9.1"), False),
 # out of scope
 ("how do i book annual leave on healthroster?", [O], [], False),
 ("is the staff car park at the harbour road site closed for resurfacing next week?", [O], [], False),
 ("what's the mileage rate for community staff using their own car?", [O], [], False),
]

def clause_ids(md):
    ids = set()
    for line in md.splitlines():
        m = re.match(r"^##\s+(\d+)\.\s", line)
        if m: ids.add(m.group(1)); continue
        m = re.match(r"^([A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z]\))?)\s", line)
        if m: ids.add(m.group(1))
    return ids

def main():
    md = (HERE / "originals" / P).read_text(encoding="utf-8")
    ids = clause_ids(md)
    tools = {row["tool"] for row in csv.DictReader(open(HERE / "originals" / R, encoding="utf-8"))}
    # register rows must cite existing clauses
    for row in csv.DictReader(open(HERE / "originals" / R, encoding="utf-8")):
        for ref in row["clauses"].split(";"):
            assert ref.split("#", 1)[1] in ids, ref
    out, seen = [], set()
    for n, c in enumerate(CASES, 1):
        q, verdict, clauses, esc = c[:4]
        pii = c[4] if len(c) > 4 else None
        cid = f"SMH{n:03d}"
        for ref in clauses:
            f, cl = ref.split("#", 1)
            assert (f == P and cl in ids) or (f == R and cl in tools), (cid, ref)
        if U in verdict and len(verdict) == 1: assert esc, cid
        for s in pii or []: assert s in q, (cid, s)
        obj = {"id": cid, "question": q, "verdict": verdict, "clauses": clauses, "escalate": esc}
        if pii: obj["pii"] = pii
        assert cid not in seen; seen.add(cid)
        out.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(out), "cases;", Counter("/".join(json.loads(l)["verdict"]) for l in out))
    print("pii cases:", sum(1 for l in out if "pii" in json.loads(l)))

if __name__ == "__main__":
    main()
