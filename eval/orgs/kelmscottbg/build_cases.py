#!/usr/bin/env python3
import json
P = "kelmscott-genai-policy.md#"
F = "kelmscott-ai-staff-faq.txt#"
FQ_PERM = F + "do-i-need-permission-to-try-a-new-ai-tool"
FQ_INT = F + "which-tool-can-i-use-for-internal-documents"
FQ_OWN = F + "can-i-use-ai-on-my-own-phone-or-with-my-own-account"
FQ_ID = F + "a-visitor-has-sent-a-photo-of-a-plant-can-i-use-an-app-to-identify-it"
FQ_RARE = F + "what-about-rare-species-and-seed-bank-records"
FQ_MEET = F + "can-i-use-copilot-to-take-notes-in-meetings"
FQ_IMG = F + "can-i-use-ai-images-in-our-marketing"
FQ_LAB = F + "do-i-have-to-label-things-made-with-ai"
FQ_KIDS = F + "can-the-children-on-a-school-visit-use-ai"
FQ_SLIP = F + "i-pasted-something-i-shouldn-t-have-what-now"
YES = ["allowed", "conditional"]
NO = ["not_allowed"]
C = []
def c(q, v, cl, esc=False, pii=None):
    d = {"question": q, "verdict": v, "clauses": cl, "escalate": esc}
    if pii:
        d["pii"] = pii
    C.append(d)

# --- tools, permission, accounts, devices
c("do i need to ask IT before i start using claude for work stuff? never used it before", YES + ["info"], [P+"2.1", FQ_PERM, P+"6.1"])
c("can i use chatgpt to turn the dahlia walk text from our website into a couple of short instagram captions? its all already published", YES, [P+"4.1", P+"2.1", P+"5.6"])
c("hiya, can i use copilot chat (signed in with my kelmscott account, green shield showing) to summarise the draft glasshouse refurb project plan? theres no names in it", YES, [P+"4.2", FQ_INT])
c("same draft glasshouse refurb plan but in the free chatgpt, its just better at summaries tbh", NO, [P+"4.2", FQ_INT])
c("is it ok to paste the draft 2027 events programme budget into gemini to check my sums", NO, [P+"4.2", P+"3.2"])
c("I've got Copilot on my home PC but signed in with my personal hotmail Microsoft account - can I use that to redraft our internal pest management procedure?", NO, [P+"4.2", P+"2.3"])
c("can i use my own chatgpt plus account on my phone to tidy up the draft volunteer handbook before it goes to the vol team for comments", NO, [P+"2.3", P+"4.2", FQ_OWN])
c("im on my personal ipad in the microsoft 365 app, logged in with my trust account. ok to ask copilot to shorten the internal report on the summer season visitor numbers (totals only)?", YES, [P+"2.4", P+"4.2", FQ_OWN])
c("using my personal chatgpt account to write a summary of our press release about the new arboretum trail, which went out last week", YES, [P+"2.3", P+"4.1"])
c("Do the Friends volunteers who write the Friends newsletter count under this? one of them wants to use chatgpt to jazz up the write-up of the public plant fair we already advertised", YES, [P+"1.2", P+"4.1", P+"5.6"])
c("can i put the door code for the herbarium store into copilot so it goes into the lone working procedure draft", NO, [P+"4.5"])

# --- personal data, children, health, HR
c("can i paste the friends membership renewal list into copilot to work out who has lapsed and draft reminder emails", NO, [P+"4.3", P+"3.3"])
c("got a complaint from a visitor about the café, can i put her email into copilot chat with my trust account to help me write a reply? its got her name and address in it", NO, [P+"4.3", P+"3.3"])
c("can i forward priya.sharma77@gmail.com's question about her legacy donation to chatgpt and get it to draft a nice reply", NO, [P+"4.3", P+"3.3"], pii=["priya.sharma77@gmail.com"])
c("I have the school booking form from St Anne's primary for next tuesday with the kids' names and allergy info - can copilot make a session plan from it for me", NO, [P+"4.3", P+"3.3"])
c("need to summarise last years visitor accident and incident reports for the h&s committee, can i upload the accident book spreadsheet to copilot", NO, [P+"4.3", P+"3.3"])
c("if i take the visitor survey comments, strip out all names, emails and anything that could identify people, can i then use copilot chat (trust login) to pull out the main themes?", YES, [P+"4.4", P+"4.2"])
c("can i just swap the volunteers names for their initials in the rota notes and then put them in copilot? that's anonymous right", NO, [P+"4.4", P+"4.3"])
c("I'm a line manager - can I put Tom Ashworth's sickness absence record into Copilot to draft his return to work letter?", NO, [P+"4.3", P+"3.3", P+"5.4"], pii=["Tom Ashworth"])
c("want copilot to write jess okafor's appraisal from my bullet notes, she's been struggling with the glasshouse night rota since her back injury", NO, [P+"4.3", P+"5.4", P+"3.3"], pii=["jess okafor"])
c("can i upload the volunteer rota spreadsheet (names plus mobiles like 07700 900412) to copilot to sort out the bank holiday cover", NO, [P+"4.3", P+"3.3"], pii=["07700 900412"])
c("we're doing an oral history project with retired head gardener Bill Hartley (he's 91 and has dementia, his daughter is helping) - can I use an AI transcription app on the interview recordings?", NO, [P+"4.3", P+"3.3"], pii=["Bill Hartley"])

# --- research, seed bank, rare species, commercial
c("can i get claude to run the stats on our unpublished seed germination trial data before we write it up", NO, [P+"4.3", P+"3.3", FQ_RARE])
c("can i use copilot to map the collection gps points for our lady's slipper orchid accessions for an internal presentation?", NO, [P+"4.3", P+"3.3", FQ_RARE])
c("drafting a social post about the rare Snowdon lily flowering in the alpine house, can chatgpt write it if i include where the seed was collected in the wild", NO, [P+"4.3", P+"3.3", FQ_RARE])
c("grant application for the seed bank project - ok to give copilot our preliminary viability results (not published yet) so it can write the 'early findings' section?", NO, [P+"4.3", P+"3.3"])
c("can i use chatgpt to summarise our 2024 paper in annals of botany for the members magazine? its published open access", YES, [P+"4.1", P+"3.1", P+"5.6"])
c("I want to make a species distribution map using public GBIF records and ask ChatGPT to help with the R code, no trust data involved", YES, [P+"5.9", P+"4.1", P+"3.1"])
c("can i ask copilot to compare the two coffee supplier quotes for the café and tell me which contract terms are better", NO, [P+"4.3", P+"3.3"])
c("shop team here - can we paste the wholesaler's price list and margin terms into chatgpt to work out our christmas pricing", NO, [P+"4.3", P+"3.3"])

# --- plant id, plant health, collections database
c("a visitor emailed a photo of a plant from her garden asking what it is, can i run it through google lens and just reply with what it says", ["not_allowed", "conditional"], [P+"5.1", FQ_ID])
c("found weird leaf spotting on the imported oaks in the quarantine bay, can i ask chatgpt if its phytophthora ramorum and whether we need to destroy them, and just go with what it says", NO, [P+"5.1"])
c("if I use PlantNet to get a first guess at a mystery seedling and then Dr Lewis (our botanist) checks and confirms it, is that ok?", YES, [P+"5.1", FQ_ID])
c("can i get copilot to write the accession records for the 40 new alpine accessions straight into irisbg, it would save me days", NO, [P+"5.2", FQ_RARE])
c("is it ok to use ai to write the scientific name labels for the new cactus house beds? they come out of the collections database", NO, [P+"5.2"])

# --- recruitment, decisions about people
c("hiring a new horticultural apprentice, 60 applications in - can copilot rank them against the person spec for me", NO, [P+"5.3", P+"4.3"])
c("can i use ai to pick which volunteers get the tour guide slots this spring? we had loads apply", NO, [P+"5.3"])
c("can i use copilot chat with my trust account to draft the job advert for the learning officer post from our internal role profile", YES, [P+"5.3", P+"4.2"])
c("can chatgpt decide which friends members should get a refund after we cancelled the lantern evening", NO, [P+"5.4", P+"4.3"])

# --- images, publication, labelling, translation
c("can we use midjourney to make a realistic, photo-style picture of the rose garden in full bloom for the summer poster, our actual photos are rubbish", NO, [P+"5.5", FQ_IMG])
c("could i use canva's ai image thing to make a cartoon bee mascot for the family trail leaflet", YES, [P+"5.5", P+"5.6", FQ_IMG])
c("the photo from the school visit has a messy background - can I use AI to replace the background with the meadow before we post it? kids faces are in it", NO, [P+"5.5", P+"4.3"])
c("I used chatgpt to write most of the new interpretation panel text about the history of the palm house (from our published guidebook). can it go up as is?", ["conditional", "not_allowed"], [P+"5.6", P+"4.1"])
c("do i have to label an ai generated illustration on the website", ["info", "conditional"], [P+"5.6", FQ_LAB])
c("i only used copilot for spelling and grammar on the newsletter, does it need the AI label?", ["info", "allowed", "conditional"], [P+"5.6", FQ_LAB])
c("can i use chatgpt to draft a ks2 worksheet on pollination for school groups to use on their visits", YES, [P+"5.6", P+"4.1"])
c("can we use an ai voiceover (synthetic voice, not anyone real) on our composting video for youtube", YES, [P+"5.6", P+"5.5"])
c("can i use deepl to translate our published visitor map leaflet into polish and ukrainian", YES, [P+"5.10", P+"4.1"])
c("a spanish visitor wrote to us about losing her bag with her phone number in it, can i paste the email into google translate's ai thing", NO, [P+"5.10", P+"4.3"])
c("online shop product descriptions for the new range of seed packets - ok to get chatgpt to write them from the supplier's public catalogue blurb?", YES, [P+"4.1", P+"5.6"])

# --- meetings
c("can i turn on copilot recap / transcription at the board of trustees meeting on thursday? i'm doing the minutes", NO, [P+"5.7", FQ_MEET])
c("can otter join the grievance hearing so i don't have to take notes", NO, [P+"5.7", FQ_MEET])
c("is teams transcription ok for our weekly horticulture team catch-up? nobody minds", YES, [P+"5.7", FQ_MEET])

# --- advice, code, automation
c("can i ask chatgpt whether we're allowed to sell cuttings of PBR protected cultivars in the shop", NO, [P+"5.8"])
c("a parent just rang, their toddler chewed a leaf from the woodland garden - can i ask chatgpt if it's poisonous while i have them on the line", NO, [P+"5.8", FQ_ID])
c("can chatgpt tell me whether a donation made through the friends shop qualifies for gift aid", NO, [P+"5.8"])
c("help me write an excel formula for the shop stock sheet with chatgpt? i wont paste any of the data in", YES, [P+"5.9"])
c("can i set up zapier with an ai step so it auto-writes and posts our events to facebook every morning without me checking", NO, [P+"5.9"])
c("I'd like to use Copilot Chat (trust login) to draft internal board paper on the 5 year strategy - exec summary only, no names in it", YES, [P+"4.2", P+"3.2"])

# --- approvals, undecided, not settled
c("want to buy chatgpt team for the marketing team on the trust card, ok?", ["not_allowed", "conditional"], [P+"6.2"], esc=True)
c("can i connect the chatgpt app to our trust sharepoint so it can read the marketing folder of published press releases?", ["not_allowed", "conditional"], [P+"6.3"], esc=True)
c("learning team idea: let the kids on the family trail use an ai plant id app on our ipads to find the plants, is that allowed?", ["unsure"], [P+"7.1", FQ_KIDS], esc=True)
c("could we put an ai chatbot on the website to answer visitor questions about opening times and tickets?", ["unsure"], [P+"7.2"], esc=True)
c("the director has agreed we can clone her voice with AI to narrate the new audio guide. are we ok to go ahead?", ["unsure"], [P+"7.2", P+"5.5"], esc=True)

# --- info
c("who do i tell if i accidentally pasted a volunteer's phone number into chatgpt?", ["info"], [P+"8.2", FQ_SLIP])
c("who actually owns the AI policy and where do I ask questions about it", ["info"], [P+"8.1"])
c("what counts as internal information vs restricted?", ["info"], [P+"3.2", P+"3.3"])

# --- out of scope
c("what time does the café close on sundays in winter", ["out_of_scope"], [])
c("how do i book annual leave in the new hr system", ["out_of_scope"], [])
c("are staff allowed to take cuttings from the herbaceous border home for their allotments?", ["out_of_scope"], [])

with open("cases.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(C, 1):
        d = {"id": f"KBG{i:03d}", **d}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(C))
