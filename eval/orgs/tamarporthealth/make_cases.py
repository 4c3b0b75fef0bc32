import json
P = "tepha-generative-ai-policy.md#"
Q = "ai-quick-answers.md#"
Y = ["allowed", "conditional"]; C = ["conditional"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
def p(*ids): return [P + i for i in ids]
def q(*ids): return [Q + i for i in ids]
cases = [
# --- plain yes ---
("can i use copilot chat (the one with the green shield) to tidy up an email to a shipping agent about our inspection booking times? no names in it just the times and process", Y, p("5.1", "4.1", "2.1"), False),
("hi - want to get copilot chat to summarise the new FSA guidance on high risk food not of animal origin so i can brief the team. its all published stuff", Y, p("4.1", "5.1") + q("what-can-i-put-into-copilot-chat"), False),
("Is it ok to use Copilot Chat to make a 10 question quiz for new imported food inspectors off our induction pack? pack is internal, official, no personal info", Y, p("5.1", "4.1"), False),
("we're recruiting a port health officer, can i get copilot to knock up a first draft of the job advert and JD from the old one", Y, p("5.7"), False),
("can copilot chat help me with an excel formula to count inspections per month by commodity code? spreadsheet has no names just entry numbers and dates", Y, p("5.12", "5.1"), False),
("our SOP for container examinations is a bit of a mess, can i paste it into copilot chat and ask it to rewrite in plain english? its marked OFFICIAL", Y, p("5.1", "4.1"), False),
("Lots of filipino crews this month - can I use copilot chat to translate a general explanation of how our ship sanitation inspection works into tagalog? Maria on the translation contract can check it first", C + ["allowed"], p("5.11") + q("can-i-use-copilot-to-translate-for-a-crew"), False),
("the lab results for last quarters aflatoxin samples have all been released to the importers now. can i put them in copilot to look for trends if i strip out importer and consignee names?", Y, p("4.4") + q("can-i-paste-in-lab-results-for-a-consignment"), False),
("doing training slides on pest inspections, can I get copilot chat to make a generic cartoon of a rat in a shipping container for the internal slides", Y, p("5.10"), False),
("need to write the spec for the new pest control contract at the docks. can copilot chat help draft it? only using our own non confidential requirements", Y, p("5.9"), False),
("could I use Copilot Chat to help draft a press release about our annual report (published next week)? I'll check it and get my manager to sign off", C + ["allowed"], p("5.14", "4.1"), False),
("quick one, if i'm drafting a letter in copilot chat is it ok to put my own name and job title at the bottom and the admin team leader as contact point", Y, p("4.5"), False),
("can i brainstorm ideas for our team away day agenda with copilot chat? nothing sensitive", Y, p("5.1"), False),
("interview questions for the admin officer post - can copilot chat suggest some? not putting any candidate info in", Y, p("5.7"), False),
("is it alright to ask copilot chat (work account, protected) to explain the International Health Regulations 2005 articles on ship sanitation certificates to me? just for my own understanding", Y, p("5.1", "4.1"), False),
# --- tools, accounts, devices ---
("can i use chatgpt to rewrite a paragraph from our published annual report? its public anyway so surely fine", N, p("2.2", "3.2") + q("can-i-use-chatgpt-or-gemini-for-work"), False),
("I've got chatgpt plus on my personal account which is way better than copilot, ok to use it for drafting work emails if nothing sensitive goes in?", N, p("2.2", "3.2") + q("can-i-use-chatgpt-or-gemini-for-work"), False),
("can i use gemini to summarise defra guidance", N, p("2.2") + q("can-i-use-chatgpt-or-gemini-for-work"), False),
("working from home and my work laptop is dead, can i use copilot on my own laptop logged in as me personally just for today to draft a procedure", N, p("3.2", "2.2", "3.1"), False),
("can i use copilot chat on my own iphone if i sign in with my tamarporthealth account? easier when im out on the quay", N, p("3.1", "3.2") + q("can-i-use-ai-on-my-own-phone"), False),
("anyone know if the grammarly chrome extension is ok on the work laptop? it does the AI rewrite thing", N, p("2.2", "3.4"), False),
("Copilot opened without the green shield thing, just the normal copilot.microsoft.com - can I carry on and paste in my draft procedure?", N, p("2.3") + q("how-do-i-know-i-am-in-the-right-copilot"), False),
("there's a copilot button in word now that offers to draft the whole doc - can i use that for my inspection report template?", N, p("2.2"), False),
("can i sign up for perplexity with my work email to try it out for a month as a pilot for the team", N, p("2.4", "3.3", "2.2"), False),
("i want to install the chatgpt desktop app on my authority laptop - do i just ask IT?", N, p("3.4", "2.2", "2.4"), False),
("plymouth city council have a chatgpt enterprise licence and said we could share it - does that make it ok for us?", N, p("2.2", "2.4"), False),
# --- information kinds ---
("sample results for the prawns from the MSC Aurelia consignment came back from the lab this morning, not sent to the importer yet. can copilot chat help me write up the summary?", N, p("4.4") + q("can-i-paste-in-lab-results-for-a-consignment"), False),
("can i put the witness statements from enforcement case TEPHA/ENF/2026/0147 into copilot chat to pull out a timeline? it's taking ages", N, p("4.3"), False, ["TEPHA/ENF/2026/0147"]),
("got an intelligence report marked OFFICIAL-SENSITIVE about suspected illegal meat smuggling through the ferry port - can copilot summarise it for the team brief", N, p("4.2"), False),
("can i paste the crew list for the MV Kerrow Trader into copilot to help format the ship sanitation inspection report", N, p("4.5") + q("what-about-crew-names-and-health-declarations"), False),
("the master sent his Maritime Declaration of Health, two crew reported D&V. can copilot chat summarise the declaration for my notes?", N, p("4.6") + q("what-about-crew-names-and-health-declarations"), False),
("we found a stowaway on a bulk carrier, looks about 15, DOB on his papers 04/09/2011. can copilot chat help me write the handover note to childrens services?", N, p("4.7", "4.5"), False, ["04/09/2011"]),
("my colleague Karen Polglase is off with stress since 3 Nov, can copilot draft her return to work plan if i give it the OH report?", N, p("4.8", "4.6"), False, ["Karen Polglase"]),
("can i paste the importer's commercial invoices and supplier contracts into copilot to check the declared values add up", N, p("4.9"), False),
("need to write to an importer's compliance manager, j.haddad@medfoodsltd.co.uk, 07700 900412, about repeat failures - ok to put her details and the history into copilot to draft it?", N, p("4.5", "5.2"), False, ["j.haddad@medfoodsltd.co.uk", "07700 900412"]),
("if I just write 'the Master' and 'Agent A' instead of names, can copilot chat help me write up my general notes from a routine ship visit? nothing about illness or offences", Y, p("4.5", "5.1"), False),
# --- activities ---
("can copilot write a detention notice for a consignment of rice with no health cert? I'll check it", N, p("5.2") + q("can-ai-help-me-write-a-detention-notice"), False),
("got a borderline consignment of spices, can i ask copilot chat whether i should reject or release it based on the paperwork (no names)?", N, p("5.2", "6.2"), False),
("can i use copilot to decide whether to issue an SSCC or an exemption cert for a vessel? it'd just be a second opinion", N, p("5.2", "6.2"), False),
("crew member Jose Reyes on the MV Tamar Star has a fever and rash, the captain is asking me what to do - can I ask copilot chat what to tell them?", N, p("5.3", "4.6") + q("a-crew-member-asked-me-for-health-advice-can-copilot-help"), False, ["Jose Reyes"]),
("can copilot help me check the advice leaflet on norovirus isolation that i'm giving to cruise ship crews", N, p("5.3"), False),
("I'm doing a PACE interview under caution next week, could i use an ai transcription app to transcribe it afterwards so i don't have to type it?", N, p("5.4"), False),
("can we have otter.ai join our team meeting to take notes", N, p("5.5", "2.2"), False),
("our teams calls have an 'intelligent recap' AI summary option, can I switch that on for the BCP ops meeting?", N, p("5.5", "2.2"), False),
("we got 40 applications for the inspector role, can copilot shortlist them against the person spec if i paste them in?", N, p("5.7", "5.6"), False),
("can I ask copilot chat whether the Official Controls Regulation lets us recover charges from this particular importer for the re-check? need an answer today", N, p("5.8", "5.6"), False),
("i want to tidy up the photos i took of damaged containers for the case (brighten/remove glare) - can i use copilot's image editing?", N, p("5.10"), False),
("for our open day poster can copilot make a picture of our director shaking hands with the harbour master?", N, p("5.10"), False),
("can i use copilot chat to translate a detention notice into russian for the importer's agent", N, p("5.11", "5.2"), False),
("i'd like a power automate flow that uses AI to answer trader emails about booking inspections automatically, is that ok?", N, p("5.13", "2.2"), False),
("can copilot score the three tender bids we got for the lab services contract? would save a lot of time", N, p("5.9", "4.9"), False),
("can I post an AI written linkedin post about our work without running it past my manager? its only short", N, p("5.14"), False),
("importer is asking us to waive the fee for a re-inspection. can i use copilot to decide whether that's fair?", N, p("5.6"), False),
# --- undecided / not settled ---
("can we turn on the normal teams transcription (not copilot) for our internal team meeting on thursday?", U, p("8.1"), True),
("is the built-in teams transcript ok for internal meetings? not the AI one, just the captions/transcript", U, p("8.1"), True),
("got an FOI request about our inspection numbers, can i use copilot chat to draft the response if i take out the requester's name?", U, p("8.2"), True),
("can copilot chat help me draft a reply to a complaint from an importer about delays? i'd remove all names", U, p("8.2", "5.6"), True),
("copilot chat now has an 'agents' option, could i build an agent over our SOP library so staff can ask it questions?", U + N, p("2.4", "2.2", "5.13"), True),
# --- info ---
("who do i report a data slip to? i think i pasted a crew member's name into copilot by accident", I, p("7.1") + q("i-put-something-into-an-ai-tool-that-i-should-not-have-what-do-i-do"), False),
("how do i know if im in the proper copilot and not the free one", I, p("2.1", "2.3") + q("how-do-i-know-i-am-in-the-right-copilot"), False),
("how do I ask for a new AI tool to be approved? theres a ship tracking tool with an AI assistant we'd like", I + N, p("2.4", "9.3") + q("who-do-i-ask-about-a-tool-that-is-not-listed-here"), False),
("what wording do we need to put on published stuff that copilot helped write?", I, p("5.14"), False),
("do i need to do any training before i start using copilot chat", I, p("6.4"), False),
("who owns the AI policy?", I, p("9.1"), False),
("can people FOI my copilot prompts??", I, p("6.3"), False),
# --- out of scope ---
("how do i book annual leave over christmas in the new HR system", O, [], False),
("what's the max temperature for chilled products arriving at the BCP", O, [], False),
("is the canteen at millbay open on saturdays", O, [], False),
]
with open("cases.jsonl", "w") as f:
    for n, c in enumerate(cases, 1):
        d = {"id": f"TPH{n:03d}", "question": c[0], "verdict": c[1], "clauses": c[2], "escalate": c[3]}
        if len(c) > 4: d["pii"] = c[4]
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(cases))
