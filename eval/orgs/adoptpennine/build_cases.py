"""Write cases.jsonl for the Adopt Pennine evaluation set."""
import json, re
from pathlib import Path
HERE = Path(__file__).parent
P = "adopt-pennine-ai-policy.md#"
F = "staff-ai-faq.md#"
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def f(q): return F + slug(q)
FQ_COP = f("Can I use Copilot Chat for my work?")
FQ_GPT = f("Can I use ChatGPT or another AI tool I use at home?")
FQ_APP = f("How do I ask for approval to use an AI tool?")
FQ_ANON = f("If I take the names out, can I put case notes into Copilot Chat?")
FQ_PAR = f("Can AI help me write a Prospective Adopter Report or a matching report?")
FQ_LB = f("Can I use AI for letterbox letters?")
FQ_TEAMS = f("Can I use Teams transcription or recap?")
FQ_IMG = f("Can I use AI to make images for our recruitment campaign?")
FQ_TR = f("Can I use AI to translate something?")
FQ_BR = f("What do I do if I have put personal information into an AI tool?")
FQ_ASK = f("Who can I ask about this policy?")
A = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
cases = [
 ("hi can i use copilot chat to draft a plan for our adoption info evening at the town hall? no names just the running order, refreshments, who's presenting what etc", A, [P+"4.1", P+"6.2", FQ_COP], False),
 ("is it ok to put the published gov.uk adoption statutory guidance into copilot and ask it to summarise the bits about early permanence for a team briefing", A, [P+"6.1", P+"4.1", FQ_COP], False),
 ("can i use chatgpt to come up with social media post ideas for national adoption week? its all public stuff anyway", N, [P+"4.3", FQ_GPT, P+"3.1"], True),
 ("ive got chatgpt plus on my own account, honestly its brilliant. fine to use it for rewriting our website text about becoming an adopter? nothing confidential", N, [P+"5.1", P+"4.3", FQ_GPT], False),
 ("deepseek is free and really good at summarising, could I get it approved just for summarising published research papers on adoption outcomes?", N, [P+"4.4", FQ_GPT], False),
 ("can i use copilot chat on my own iphone? ive got outlook and teams on it through the council company portal app, signed in with my calderbrook account. just for drafting general emails about events", A, [P+"5.2", P+"4.1"], False),
 ("wfh today and my council laptop has died, can I email the prep group session plan to my gmail and use copilot on my home pc with my personal microsoft login?? its only a session plan", N, [P+"5.3", P+"5.1"], False),
 ("can i paste my PAR draft for the Hendersons into copilot to tidy up the grammar? its going to panel next week and im behind", N, [P+"7.1", P+"7.4", FQ_PAR], False),
 ("sorry if daft q but for stage 2 could copilot help me write up my notes from the home visit with the applicants if I take their names out first?", N, [P+"7.1", P+"6.5", FQ_ANON], False),
 ("we've got 14 approved adopters waiting and a sibling group of 3, could we use AI to rank which adopters are the best match for them? family finding is taking forever", N, [P+"7.2", P+"7.4", FQ_PAR], False),
 ("could copilot write a first draft of the child permanence report for a 4yo on my caseload? i'd only put in her history, not her name", N, [P+"7.2", P+"6.5", P+"6.4"], False),
 ("i'm an independent panel member, the panel papers are massive this month. can i put them into chatgpt at home to get a summary before panel?", N, [P+"7.3", P+"6.8", P+"5.1"], False),
 ("can the panel adviser use copilot to type up and draft the minutes of yesterdays panel from her handwritten notes? it takes her days", N, [P+"7.3", P+"7.4"], False),
 ("can I use copilot chat to write some group exercises for adopter preparation training, like made up scenarios about attachment and contact? no real families at all", A, [P+"7.5", P+"4.1", FQ_PAR], False),
 ("putting together the annual panel member training day - ok to use copilot to write quiz questions on the adoption regs and the role of panel?", A, [P+"7.5", P+"4.1"], False),
 ("birth mum has sent a letterbox letter that's really hard to read and rambling, can I ask copilot to rewrite it so its appropriate before I pass it on to the adoptive family", N, [P+"8.1", P+"6.4", FQ_LB], False),
 ("could we use AI to screen letterbox letters for identifying info (school names, towns etc) before we send them on? would save the letterbox coordinator hours every week", N, [P+"8.1", FQ_LB], False),
 ("I'm redoing our letterbox guidance leaflet for birth relatives (general, no case info). ok to use copilot chat to make it plainer english?", A, [P+"8.2", P+"12.1", FQ_LB], False),
 ("an adoptive dad asked me on the phone if its ok for him to use chatgpt to help write his annual letterbox letter to the birth grandparents as he struggles with writing. what do i tell him?", U, [P+"8.4", FQ_LB], True),
 ("a birth mum i support wants to know if she can use an AI app on her phone to help her write to her son's adoptive parents. should i encourage it or tell her not to?", U, [P+"8.4", FQ_LB], True),
 ("doing birth records counselling for an adult adoptee, the file is 300 pages of old handwritten records from the 70s. can copilot transcribe and summarise it for me?", N, [P+"8.3", P+"6.4"], False),
 ("ASF application for one of our families - can I use copilot to draft the therapeutic needs section from the therapist's assessment? would be a massive time saver", N, [P+"9.1", P+"6.4"], False),
 ("is there any harm in asking copilot which therapy would be best for a little lad on my caseload who's 7 with FASD and attachment difficulties, just to get ideas for his support plan", N, [P+"9.2", P+"6.4", P+"6.5"], False),
 ("can I use copilot to read up on what DDP (dyadic developmental psychotherapy) is and what the evidence says? just general background for me, not about any family", A, [P+"9.3", P+"4.1"], False),
 ("medical adviser sent a health report on a child we're family finding for. can i paste it into copilot and ask it to explain the medical terms?", N, [P+"9.1", P+"6.4"], False),
 ("can i switch on teams transcription for our assessment session with the applicant couple over teams? they said they dont mind at all", N, [P+"10.1", FQ_TEAMS], False),
 ("team meeting tomorrow is just about the office move and the new duty rota, ok to have teams transcription running so i dont have to take minutes?", A, [P+"10.2", FQ_TEAMS], False),
 ("can I use copilot in teams (the intelligent recap thing) for our weekly team meeting where we go through cases and family finding updates?", N, [P+"10.2", P+"6.4", FQ_TEAMS], False),
 ("can I record my home visit with prospective adopters on my phone and use otter to write up the notes after? my typing is so slow", N, [P+"10.3", P+"10.1"], False),
 ("Hi, I'm dyslexic and find it really hard to take notes in supervision when we talk through my cases. could I use AI transcription as a reasonable adjustment?", U, [P+"10.4"], True),
 ("we want an aged-up photo of a child for her family finding profile because the last pic is 2 yrs old, can AI do that for us?", N, [P+"11.1", FQ_IMG], False),
 ("can i use copilot to make an illustration of a house with a garden for the cover of our internal training slides? no people in it", A, [P+"11.3", P+"4.1", FQ_IMG], False),
 ("comms team here - can we use copilot to create a cartoon style illustration (no real people, just drawn characters) for the adoption week events flyer we're printing?", C, [P+"11.3", P+"13.2", FQ_IMG], False),
 ("one of our adopter families (they've consented!) sent a lovely photo, can we put it into copilot to turn it into a cartoon for the newsletter", N, [P+"11.1", FQ_IMG], False),
 ("can copilot make a picture of a 'waiting child' for our website so people can see what the kids who wait longest look like? it wouldnt be a real child", N, [P+"11.2"], False),
 ("can i use copilot to translate our adoption info evening flyer into urdu and polish?", C, [P+"12.1", P+"12.4", FQ_TR], False),
 ("applicant couple's first language is Polish, can I use AI to translate my letter to them about their stage 1 outcome?", N, [P+"12.2", FQ_TR], False),
 ("on a visit to a birth father who speaks arabic - can i use the google translate app on my work phone to talk to him instead of waiting weeks for an interpreter?", N, [P+"12.3", FQ_TR], False),
 ("comms q: i've drafted a blog for the website and copilot did most of the writing. what do i need to do before it goes live?", ["conditional", "info"], [P+"13.2", P+"13.3"], False),
 ("used copilot just to fix typos and a couple of clunky sentences in the newsletter, do i have to put the AI label on it?", ["info", "allowed", "conditional"], [P+"13.3"], False),
 ("can I get copilot to write a testimonial from an 'adopter' for our recruitment page? totally made up, just to show people the journey", N, [P+"13.4"], False),
 ("recruiting a new family finding social worker and we've had 40 applications - can copilot shortlist them against the person spec?", N, [P+"14.2"], False),
 ("can copilot help me write the job advert for the senior practitioner post? standard stuff from the JD, no names", A, [P+"14.3", P+"4.1"], False),
 ("we get loads of enquiries from people wanting to adopt - could we use AI to decide which enquiries go forward to an info session?", N, [P+"14.1"], False),
 ("can I ask copilot whether the court will dispense with birth dad's consent in my case under s52 ACA 2002? legal are slow to get back", N, [P+"15.1"], False),
 ("we're tendering for a new therapy provider framework - can i use copilot to score the bids? we have 9 to get through", N, [P+"15.2", P+"6.7"], False),
 ("can copilot help draft the specification for the adoption support services tender? no pricing or bids in it, just what we need from providers", A, [P+"15.2", P+"4.1"], False),
 ("i need an excel formula to count how many days each child has been waiting since the placement order. can copilot write it if I just describe the columns and dont paste any data?", A, [P+"15.3", P+"4.1"], False),
 ("I built a power automate flow (copilot helped) that copies adopter enquiry forms, names and emails, into a spreadsheet. can i just switch it on?", N, [P+"15.3"], True),
 ("is there an AI agent that could automatically reply to adopter enquiries and log them on the case management system? can we use one", N, [P+"15.4"], False),
 ("help i pasted a bit of a birth family's history into chatgpt earlier by mistake, what do I do now??", I, [P+"16.1", P+"16.2", FQ_BR], False),
 ("who do i report a data slip to if i've put someone's details into copilot?", I, [P+"16.1", FQ_BR], False),
 ("who approves new AI tools for adopt pennine?", I, [P+"2.1", P+"3.1"], False),
 ("where can I see which AI uses have already been approved for the agency?", I, [P+"2.4"], False),
 ("how do i ask for approval to use an AI tool, what info do they need from me?", I, [P+"3.3", FQ_APP, P+"3.2"], False),
 ("can i use grammarly premium to check my emails to adopters before I send them?", N, [P+"4.3", FQ_GPT], True),
 ("adobe acrobat has an AI assistant button now, can I use it to summarise the published DfE adoption guidance pdf?", N, [P+"3.5", P+"3.1"], True),
 ("can I use the AI features in canva to design the adoption week events poster? no photos of real people", N, [P+"3.1", P+"3.5"], True),
 ("can I use copilot chat to rewrite my supervision notes about a colleague's performance issues so they sound more professional?", N, [P+"6.6", P+"6.3", P+"4.2"], False),
 ("a colleague has told me about her cancer treatment and needs a phased return plan, could copilot draft the plan if I describe her situation?", N, [P+"6.6", P+"6.4"], False),
 ("copilot ok for summarising the inter-agency fee negotiation notes with another RAA for my manager?", N, [P+"6.7"], False),
 ("the Partnership Board report is marked OFFICIAL-SENSITIVE – can copilot shorten it into a one page summary for me?", N, [P+"6.8"], False),
 ("can i use copilot to turn our quarterly performance figures (numbers of approvals, matches, timescales, no names) into a short summary for the team newsletter?", A, [P+"6.2", P+"4.1"], False),
 ("is it fine to use copilot to write an email to the adopters Sarah and Tom Whitworth (sarah.whitworth@gmail.com) about their panel date?", N, [P+"6.3", P+"4.2"], False),
 ("Sam (family support worker) wants to know if she can use copilot to summarise the adoption support assessment for child ref AP-2291-C, DOB 14/06/2017", N, [P+"9.1", P+"6.4"], False),
 ("an adopter rang from 07700 900461 asking whether we use AI to make decisions about their application. whats our position so i can ring back?", I, [P+"7.1", P+"14.1"], False),
 ("adopter Daniel Okafor, NI no QQ 12 34 56 C, needs a letter for his employer confirming the placement date for adoption pay. can copilot draft it?", N, [P+"6.3", P+"4.2"], False),
 ("one of our applicants admitted they used chatgpt to write their 'own story' for their assessment. is that allowed and do i need to do anything about it?", U, [], True),
 ("can you recommend a good nursery near Calderbrook for my daughter?", O, [], False),
 ("how do i claim mileage for a visit out to Hollinsmoor?", O, [], False),
]
PII = {
 "APR008": ["Hendersons"],
 "APR064": ["Sarah and Tom Whitworth", "sarah.whitworth@gmail.com"],
 "APR065": ["AP-2291-C", "14/06/2017"],
 "APR066": ["07700 900461"],
 "APR067": ["Daniel Okafor", "QQ 12 34 56 C"],
}
with open(HERE / "cases.jsonl", "w", encoding="utf-8") as out:
    for i, (q, v, cl, esc) in enumerate(cases, 1):
        cid = f"APR{i:03d}"
        d = {"id": cid, "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if cid in PII: d["pii"] = PII[cid]
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
