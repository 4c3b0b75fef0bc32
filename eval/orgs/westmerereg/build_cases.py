"""Writes cases.jsonl"""
import json
P = "westmere-ai-policy.md#"; F = "westmere-ai-faq.md#"
Y = ["allowed", "conditional"]; C = ["conditional", "allowed"]; N = ["not_allowed"]; U = ["unsure"]; I = ["info"]; O = ["out_of_scope"]
def p(*ids): return [P + i for i in ids]
cases = [
 # plain yes
 ("can i use chatgpt to rewrite our 'registering a death' page in plainer english? its already live on the council website", Y, p("3.1","2.1","4.6"), False, None),
 ("using copilot chat (work login, green shield showing) to tidy up our draft procedure for booking citizenship ceremonies - no names or customer stuff in it. ok?", Y, p("3.2")+[F+"which-tool-should-i-use-for-internal-drafts"], False, None),
 ("can gemini summarise the GRO's published guidance on the schedule system for me? just want the gist for my own notes", Y, p("3.1","2.5"), False, None),
 ("want to use copilot chat to knock up a training quiz for new deputy registrars from our internal training notes. no customer info in the notes", Y, p("3.2"), False, None),
 ("hi, is it ok to translate our published ceremony booking leaflet into polish with chatgpt? we get a lot of polish couples in lower wend", C, p("4.7","4.6","3.1"), False, None),
 ("thinking of an ai generated illustration of rings + flowers (no people at all) for our facebook post about the new ceremony room, is that allowed", C, p("4.5","4.6"), False, None),
 ("can i use chatgpt to help me write an excel formula that counts ceremonies per month by venue? i won't paste any data, just describe the columns", Y, p("4.14","2.1"), False, None),
 ("team meeting on thurs about the office move, can we switch on teams transcription and copilot recap? all on work accounts, nothing about cases", C, p("4.9"), False, None),
 ("drafting a job advert for a deputy registrar post - can i put our (not yet published) job description into copilot chat with my council login to get a first draft?", Y, p("3.2","2.1"), False, None),
 ("our certificate copy fees table is published on the website. can i ask chatgpt on my own phone to turn it into a simple q&a for the web page?", C, p("2.4","3.1","4.6"), False, None),
 ("can i use my personal chatgpt account to brainstorm ideas for instagram posts promoting citizenship ceremony bookings? nothing confidential, just ideas", Y, p("2.3","3.1","2.1"), False, None),
 ("got a draft email to all our approved venue managers about changes to the licensing renewal process - general process stuff, no names, not published yet. can i paste it into copilot chat (council account) to make it clearer?", Y, p("3.2"), False, None),
 ("is it ok to use chatgpt to get ideas on how to lay out the waiting area for ceremonies? no data involved at all", Y, p("2.1"), False, None),
 ("can i use AI to summarise the published chief coroner guidance on pre-inquest reviews for my own learning? not about any case", Y, p("3.1","2.5"), False, None),
 ("making a poster for the children's centre about how to register your baby's birth, only using info from our published web page. can i use canva's ai to design it?", C, p("3.1","4.6","2.2"), False, None),
 ("we have 3 quotes for the new ceremony room chairs. can i put them in copilot chat (work account) just to lay them out in a comparison table? not scoring them, the manager will decide", Y, p("3.6","3.2"), False, None),
 ("can copilot chat help me design a blank spreadsheet template for inquest scheduling? no case details in it, just columns and formulas", Y, p("3.2","4.14"), False, None),
 ("do i need to get permission from IT or my manager before trying claude for work stuff?", ["allowed","conditional","info"], p("2.1")+[F+"do-i-need-permission-to-use-an-ai-tool"], False, None),
 # personal accounts and devices
 ("can i paste our draft lone working procedure (not published yet) into my personal chatgpt to tidy up the wording?", N, p("2.3","3.2"), False, None),
 ("working from home on my own ipad, signed into copilot chat with my council login - ok to work on the draft training pack for registrars there?", N, p("2.4"), False, None),
 ("is it ok to use copilot with my personal hotmail login for our draft ceremony venue guidance? it isn't published yet", N, p("3.2","2.3"), False, None),
 ("can i use meta ai in whatsapp on my own phone to help me reply to a customer's booking question? would paste their message in", N, p("3.3(b)","2.4"), False, None),
 # registration data, certificates, customers
 ("customer emailed a photo of her nan's 1962 death cert, handwriting is really hard to read - can i ask chatgpt to read it for me?", N, p("3.3(a)"), False, None),
 ("can copilot check my draft death entry for spelling before i get the informant to sign?", N, p("4.1","3.3(a)"), False, None),
 ("can i paste a complaint email into copilot chat to draft a reply? it's from mrs Janet Hollis at 14 Mill Lane, she's upset her ceremony booking got moved", N, p("3.3(b)","4.11"), False, ["Janet Hollis","14 Mill Lane"]),
 ("customer wants to rebook a citizenship ceremony, her email is j.okoro88@gmail.com and phone 07700 900418 - can i get chatgpt to write her a reply with the new slots", N, p("3.3(b)"), False, ["j.okoro88@gmail.com","07700 900418"]),
 ("genealogy query for entries from the 1890s, everyone's long dead - can i put the transcribed entries into copilot chat to make a family tree summary for the customer?", N, p("3.3(a)","3.3(b)"), False, None),
 ("can i use the ai assistant in adobe acrobat to summarise a customer's application form pdf? it's a long one", N, p("2.2","3.3(b)"), False, None),
 # coroner, bereaved families, children
 ("coroner's officer wants a summary of the PM report for case WC-2026-0418, can copilot chat summarise it? it's a long report", N, p("3.3(c)"), False, ["WC-2026-0418"]),
 ("need to write to the family of Mr Derek Ansell who died on 3 november to tell them the inquest date. can chatgpt draft a kind letter if i give it the details?", N, p("3.3(d)","3.3(c)"), False, ["Derek Ansell"]),
 ("if i take the names out of the coroner referral and just keep the date and circumstances, can i run it through copilot chat to summarise?", N, p("3.5","3.3(c)")+[F+"can-i-put-a-customer-s-details-into-copilot-if-i-remove-the-name"], False, None),
 ("child death case on the coroner side, lots of documents - can i use ai to build a timeline from them? would only use copilot chat", N, p("3.3(e)","3.3(c)"), False, None),
 ("birth reg this afternoon, parents not married and they want dad on the register - can i ask chatgpt whether we can put him on?", N, p("4.1","4.10","3.3(e)"), False, None),
 # HR
 ("my manager wants me to summarise sickness absence for the team using copilot chat - spreadsheet has people's names and reasons for absence", N, p("3.4"), False, None),
 ("can copilot chat reorganise the december rota? the spreadsheet has all the registrars' names and their leave", N, p("3.4"), False, None),
 # activity rules
 ("got a section 29 correction application with supporting docs - can i use ai just to check if the evidence looks enough? i'd still decide myself", N, p("4.2"), False, None),
 ("re-registration after an adoption, can copilot chat check the new entry is right before i print?", N, p("4.2","4.1","3.3(e)"), False, None),
 ("NCS appointment tomorrow and the applicant's birth certificate is in romanian, can i run it through deepl or google translate to check it?", N, p("4.3"), False, None),
 ("can i use one of those ai tools to check whether a passport photo page looks genuine? it's for a notice of marriage", N, p("4.3","4.1")+[F+"can-ai-help-me-check-a-certificate-or-a-passport"], False, None),
 ("couple (Priya and Sam, wedding 12 june at lower wend hall) asked if i could make their ceremony a bit more personal. can chatgpt rewrite the template script with their love story?", N, p("4.4")+[F+"can-i-use-ai-to-write-a-ceremony-script"], False, ["Priya and Sam"]),
 ("a couple asked for help with their vows - not our script, just their own vows. can i use ai to write some for them?", N, p("4.4"), False, None),
 ("can copilot chat freshen up the wording of the citizenship ceremony welcome speech? it's a bit dated", N, p("4.4"), False, None),
 ("couple sent us their wedding photos and said we can use them. can i use ai to put them on a nicer background for our instagram?", N, p("4.5")+[F+"can-i-use-ai-images-on-our-social-media"], False, None),
 ("want an ai image of a 'new citizen' holding their certificate for a poster, based on a photo from last month's ceremony group", N, p("4.5"), False, None),
 ("PIR hearing next wednesday is on teams, can i turn on transcription so i don't have to take notes?", N, p("4.8")+[F+"can-i-use-ai-to-take-notes-in-meetings"], False, None),
 ("can i use otter to record my call with a bereaved family about the inquest arrangements? would help me get the details right", N, p("4.8","3.3(d)"), False, None),
 ("scheduling meeting with the coroner's officers tomorrow to go through the cases for january, ok to have copilot recap running?", N, p("4.8"), False, None),
 ("can i ask chatgpt whether a marriage can go ahead if one party's decree absolute hasn't come through yet? quicker than looking it up", N, p("4.10","4.1"), False, None),
 ("we've had 40 applications for the customer contact officer job, can ai shortlist them for us?", N, p("4.11"), False, None),
 ("can copilot chat score the tender responses for the new booking system? just to speed things up", N, p("4.12"), False, None),
 ("thinking of setting up a power automate flow with copilot to send booking confirmation emails automatically, no one checking each one. allowed?", N, p("4.13"), False, None),
 ("can copilot chat decide whether we uphold a complaint about a registrar turning up late?", N, p("4.11","3.3(b)"), False, None),
 ("can i paste the catering supplier's quote into free chatgpt to compare their prices with last year?", N, p("3.6","3.2"), False, None),
 ("used chatgpt to draft a blog post for the council website about our ceremony venues. do i have to say ai was used? would rather not", ["conditional","not_allowed","info"], p("4.6"), False, None),
 # undecided / unsettled
 ("the coroner asked me to use copilot chat to tidy up her draft annual report, no cases are named in it. can i?", U, p("5.1"), True, None),
 ("senior coroner has a draft leaflet for families about what happens at an inquest (not published yet, no case in it). she wants me to make it plainer with ai, ok?", U, p("5.1"), True, None),
 ("deaf guest at saturday's wedding - can we use live ai captions on a tablet during the ceremony?", U, p("5.2"), True, None),
 ("citizenship ceremony next month, some of the families don't speak english - can we run a live ai translation app during it?", U, p("5.2"), True, None),
 # info
 ("who do i report it to if i accidentally pasted a customer's email into chatgpt?", I, p("6.1")+[F+"what-do-i-do-if-i-ve-put-something-into-an-ai-tool-by-mistake"], False, None),
 ("who owns the ai policy / who do i ask if i have a question about it?", I, p("6.2","6.3")+[F+"who-can-i-ask-about-this-policy"], False, None),
 ("what's the exact wording we have to put on leaflets that ai helped with?", I, p("4.6"), False, None),
 ("how long have i got to fill in the data incident form after a slip?", I, p("6.1"), False, None),
 ("what counts as 'published information' under the ai policy?", I, p("3.1"), False, None),
 ("does the ai policy apply to agency staff and volunteers too?", I, p("1.2"), False, None),
 ("is there a list of approved ai tools somewhere?", I, p("2.1")+[F+"do-i-need-permission-to-use-an-ai-tool"], False, None),
 # out of scope
 ("how many days annual leave do registrars get?", O, [], False, None),
 ("what's the fee for a certificate copy ordered online?", O, [], False, None),
 ("can i swap my saturday ceremony shift with bev?", O, [], False, None),
]
with open("cases.jsonl", "w") as f:
    for n, (q, v, cl, esc, pii) in enumerate(cases, 1):
        d = {"id": f"WRS{n:03d}", "question": q, "verdict": v, "clauses": cl, "escalate": esc}
        if pii: d["pii"] = pii
        f.write(json.dumps(d) + "\n")
print(len(cases))
