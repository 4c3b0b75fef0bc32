"""Write cases.jsonl for the Severnbrook set and check it against the originals."""
import json, re

F = "severnbrook-genai-policy.md#"
R = "ai-tools-register.csv#"
A, C, N, U, I, O = "allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"

def f(*ids): return [F + i for i in ids]

cases = [
 # clear / conditional yeses
 ("can i use copilot chat to tidy up the agenda for our ward managers away day? nothing about patients in it", [A, C], f("5.4", "13.6") + [R + "Microsoft 365 Copilot Chat"], False),
 ("hi all, is it ok to get copilot to write a first draft of the estates team newsletter? its just updates on the car park works and the new bins", [A, C], f("13.6", "5.4") + [R + "Microsoft 365 Copilot Chat"], False),
 ("making a poster for hand hygiene week, can i use the AI image thing in canva to make a picture of a nurse washing her hands? not a real person obvs", [C, A], f("10.3", "12.3") + [R + "Canva Magic Studio"], False),
 ("can i use chatgpt to explain the new NICE sepsis guideline to me in simpler terms? its the published version off the NICE website", [C, A], f("5.6") + [R + "ChatGPT"], False),
 ("pharmacy q - can I use copilot chat to write a quiz for our foundation pharmacists on the formulary antibiotic choices? no patient stuff in it", [C, A], f("8.9", "5.4") + [R + "Microsoft 365 Copilot Chat"], False),
 ("if i only use copilot to check the spelling and grammar on my own email do i have to put the 'drafted with the help of AI' line on it", [I, A], f("12.4", "12.1"), False),
 ("we're the diabetes outpatient clinic at SGH, are we allowed to use the ambient scribe thing? i think we're on the list", [C, A], f("9.1", "A.1", "9.2") + [R + "NoteWell Ambient"], False),
 ("im a reporting radiographer, can i use radassist when im reporting chest xrays?", [C, A], f("8.6") + [R + "RadAssist"], False),
 ("F1 on ward 7 - am i ok to use the draft assist button in meridian to do my discharge letters", [C, A], f("8.4") + [R + "Meridian Draft Assist"], False),
 ("Can I use Gemini to find published papers on falls prevention in older inpatients for a lit review I'm doing?", [C, A], f("14.2", "5.6") + [R + "Google Gemini"], False),
 ("writing the advert for a band 6 physio post, can copilot chat help me draft the job description from the trust template?", [A, C], f("13.4", "13.6"), False),
 ("our team meeting next week is just us, internal, going through the budget. can i turn on teams transcription and the copilot recap?", [C, A], f("9.6") + [R + "Microsoft 365 Copilot"], False),
 ("Can I draft a patient info leaflet on bowel prep before a colonoscopy with copilot chat? it would still go through the patient information group after", [C, A], f("8.10"), False),
 ("for my revalidation reflection i want copilot chat to help me write up a case from last year - i've taken out name, hosp number, dates, ward, and there's nothing unusual about the case. ok?", [C, A], f("6.3", "3.9"), False),
 ("im a dev in digital services - fine to use github copilot on the staff intranet room booking app? no patient data anywhere near it", [C, A], [R + "GitHub Copilot"], False),
 ("can i use copilot to draft a rota template for the new long day shift pattern. no names, just the pattern and rules", [A, C], f("13.3"), False),
 ("is it ok to use chatgpt to rewrite our published visiting times page into plainer english", [C, A], f("5.6") + [R + "ChatGPT"], False),
 ("patient experience lead here. can we use copilot to pull out themes from the complaints log for the quarterly report? we'd strip out names, nhs numbers, dobs and the free text first", [C, A], f("13.2"), False),
 ("i'm a band 7 with a copilot licence - can i use copilot in excel to sort next month's rota? it has everyone's names and their leave on it", [C, A], f("13.3", "5.5") + [R + "Microsoft 365 Copilot"], False),
 # clear nos, often worded unlike the rule
 ("can i paste the handover sheet for bay 3 into copilot chat so it makes a shorter version for the night staff", [N], f("8.2", "5.4"), False),
 ("can chatgpt work out the gent dose for my patient, 78kg, egfr 35, DOB 14/03/1946? pharmacy phone is engaged", [N], f("8.8", "7.1"), False),
 ("got a complaint from Janet Pryce's daughter about her mum's fall on ward 9 - can i get copilot to draft the response for the chief exec to sign?", [N], f("13.1"), False),
 ("is it ok to use the AI scribe in theatre to write up the op note while i'm operating?", [N], f("8.3", "9.3"), False),
 ("could i use the ambient scribe on my ward round? would save me hours of typing", [N], f("9.3", "9.1"), False),
 ("any issue with using otter to take the notes in our directorate meeting? it's only internal", [N], f("9.7") + [R + "Otter.ai"], False),
 ("we've had 140 applications for the HCA posts, can copilot sort them into yes / maybe / no piles to speed up shortlisting", [N], f("7.3"), False),
 ("took a photo of a grade 3 pressure ulcer for Alan Whitcombe (NHS no 943 476 5919) on the trust camera app - can i upload it to chatgpt to measure it and describe it for the notes?", [N], f("10.1", "10.2"), False),
 ("can I get copilot chat to summarise the confidential part of the board pack (the private session papers) before the meeting tomorrow", [N], f("3.7"), False),
 ("i've been asked to peer review a paper for a journal. can i put the manuscript into copilot so it summarises the methods for me?", [N], f("6.6"), False),
 ("can I install grammarly on my work laptop? it's brilliant for emails", [N], f("7.4", "5.7") + [R + "Grammarly"], False),
 ("chatgpt is blocked on the trust wifi, can i just tether to my own phone and use it for work stuff", [N], f("7.5"), False),
 ("can I use deepseek? it's free and apparently really good at writing code", [N], f("5.7") + [R + "DeepSeek"], False),
 ("occ health nurse here - can I use copilot to turn my consultation notes into a fitness for work report for Gareth Okafor's manager?", [N], f("13.5", "6.4"), False),
 ("i've been off with stress and want chatgpt to help me write to my manager about my return to work and the adjustments i need, is that allowed?", [N], f("13.5", "6.4"), False),
 ("can i use google translate on the ward ipad to go through discharge meds with a patient who only speaks polish", [N], f("8.11"), False),
 ("my colleague went home before finishing her notes and asked me to get copilot to write her entry for her, is that ok?", [N], f("7.6"), False),
 ("can I put some anonymised MRI images into chatgpt to make teaching slides? names are removed but the DICOM headers are still on", [N], f("8.7", "5.6"), False),
 ("can AI sharpen up a blurry wound photo so tissue viability can see it better?", [N], f("10.2", "10.1"), False),
 ("can i use the dictation on my iphone to get through my clinic letters quicker", [N], f("9.8", "6.5"), False),
 ("I run a paediatric rheumatology clinic - can we use NoteWell?", [N], f("A.2", "A.1", "9.1") + [R + "NoteWell Ambient"], False),
 ("can i use the ambient scribe for my telephone follow up clinic?", [N], f("9.3") + [R + "NoteWell Ambient"], False),
 ("the MDT coordinator wants to use copilot meeting recap for the colorectal MDT, is that ok?", [N], f("9.6"), False),
 ("I'm on the children's ward, can I use draft assist for a discharge letter?", [N], f("8.5") + [R + "Meridian Draft Assist"], False),
 ("research nurse - can I paste our trial participant spreadsheet into chatgpt to clean up the dates? it's pseudonymised", [N], f("14.1", "5.6") + [R + "ChatGPT"], False),
 ("there's a chatgpt chrome extension that summarises any web page, fine to add it on my work laptop?", [N], f("7.4", "5.3") + [R + "ChatGPT"], False),
 ("is it ok to log into chatgpt with my nhs.net email? only for public stuff", [N], f("5.6") + [R + "ChatGPT"], False),
 ("can i use copilot chat to look at a list of staff who've been off sick more than 3 times this year and suggest who needs a stage 1 meeting", [N], f("5.4", "3.10", "7.3"), False),
 ("can i use copilot chat (the free one everyone has) to fix the on-call rota? it's got all the regs' names on", [N], f("13.3", "5.4"), False),
 ("could i make a short AI video of the chief exec saying happy christmas to staff using clips from her old videos", [N, C], f("7.2", "10.4"), False),
 # tool variants
 ("copilot on my personal outlook.com account - can I use it at home to redraft our team's SOP?", [N], f("6.5", "5.3"), False),
 ("is it ok to use the gemini in my personal gmail to draft the email to staff about the new rota? it has names in", [N], f("6.5", "5.3") + [R + "Google Gemini"], False),
 ("digital have an openai API key - can we build something that summarises NICE docs for the intranet using the chatgpt API?", [U, N], f("5.3", "15.1") + [R + "ChatGPT"], True),
 ("adobe acrobat has an AI assistant button now, can i use it to summarise a long NHSE guidance pdf", [N, U], f("15.3", "5.2"), True),
 ("we're hosting a webinar on zoom, can we switch on zoom's AI companion to do the summary", [N, U], f("15.3", "5.2"), True),
 # tools the policy never names
 ("has anyone checked if we can use Claude for drafting business cases? no patient data", [U, N], f("5.2", "15.1"), True),
 ("can I use Perplexity to search for evidence for a QI project?", [U, N], f("5.2", "15.1"), True),
 ("the heidi scribe people have offered us a free month trial in fracture clinic, can we give it a go?", [U, N], f("15.2", "5.2", "15.1"), True),
 # undecided / needs governance
 ("our scheduling system supplier is offering an AI module to optimise the theatre lists, can we turn it on?", [U, N], f("18.1"), True),
 ("I've been invited to an ICB workshop and they use an AI notetaker in all their meetings. can I attend and talk about our data?", [U], f("18.4"), True),
 ("can I build a copilot studio agent that answers questions from our ward SOPs for the team?", [U, N], f("18.5"), True),
 ("can i use the ambient scribe in clinic when i've got a telephone interpreter on speaker for an urdu speaking patient?", [N, U], f("9.4", "18.3"), False),
 # info
 ("who do i contact to get a copilot licence?", [I], f("19.3", "5.5"), False),
 ("what counts as 'effectively anonymised'? is taking the name off enough?", [I], f("3.9", "6.2"), False),
 ("help - I accidentally pasted a clinic letter for Priya Natarajan (DOB 02/11/1988, BS7 4QP) into chatgpt. what do i do now?", [I], f("17.2", "17.1"), False),
 ("what is CSIG and who sits on it?", [I], f("3.4"), False),
 ("who decides if draft assist will be rolled out to neonatal and maternity?", [I], f("18.2"), False),
 # out of scope
 ("does anyone know how to renew a car parking permit at ashcombe?", [O], [], False),
 ("how do i book annual leave on healthroster, the button's greyed out", [O], [], False),
]

PII = {
 "can chatgpt work out the gent dose": ["14/03/1946"],
 "got a complaint from Janet Pryce": ["Janet Pryce"],
 "took a photo of a grade 3": ["Alan Whitcombe", "943 476 5919"],
 "occ health nurse here": ["Gareth Okafor"],
 "help - I accidentally pasted": ["Priya Natarajan", "02/11/1988", "BS7 4QP"],
}

out = []
for n, (q, v, cl, esc) in enumerate(cases, 1):
    c = {"id": f"r12b{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
    for k, p in PII.items():
        if q.startswith(k):
            c["pii"] = p
    out.append(c)
with open("cases.jsonl", "w", encoding="utf-8") as fh:
    for c in out:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(out), "cases")
