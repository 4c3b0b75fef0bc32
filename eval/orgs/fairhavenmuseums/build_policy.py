"""Build the Fairhaven Museums and Galleries GenAI policy (.docx) and its .md original."""
import os, shutil
from docx import Document
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "fmg-generative-ai-policy"
TITLE = "Fairhaven Museums and Galleries – Generative AI Use Policy"

FRONT = [
    ("Document owner", "Head of Museums and Galleries"),
    ("Approved by", "Fairhaven Borough Council Information Governance Board"),
    ("Version", "1.1"),
    ("Date approved", "3 November 2026"),
    ("Next review", "November 2027"),
]

# (kind, text): kind "h" = numbered heading, "p" = numbered paragraph, "l" = bare lettered item
S = [
("h", "1. Purpose and scope"),
("p", "1.1 This policy explains how people working for Fairhaven Museums and Galleries (FMG) may use generative artificial intelligence (AI) tools in their work. FMG is the museum service of Fairhaven Borough Council and runs Fairhaven Town Museum, Saltmarsh Mill Museum, the Harbour Heritage Centre, the Lantern Gallery, the conservation studio at the Quayside Collections Centre, the Fairhaven Oral History Archive, and the museum shops and cafés."),
("p", "1.2 The policy applies to all FMG staff, including casual and temporary staff, and to volunteers, freelancers, contractors and placement students when they work for FMG. It applies whichever device or account is used."),
("p", "1.3 This policy sits alongside the council's Information Security Policy, Data Protection Policy and Acceptable Use Policy, and FMG's Collections Development Policy and Collections Security Plan. Where they differ, the stricter rule applies."),
("h", "2. Our approach"),
("p", "2.1 FMG supports the careful use of generative AI to help with museum work, such as drafting, summarising, research, translation and idea generation. Staff may use any generative AI tool for FMG work. There is no approved list of tools and you do not need to ask permission before using a tool."),
("p", "2.2 This includes free and paid chatbots (for example ChatGPT, Claude, Gemini, Microsoft Copilot and Perplexity), image generators, and AI features built into everyday software, as long as you follow the information rules in section 4 and the activity rules in sections 5 to 12."),
("p", "2.3 You are responsible for anything you create with the help of AI. AI tools can invent facts, dates, names, sources and provenance. Check every output against a reliable source, such as the object record or published research, before you use it."),
("h", "3. Accounts and devices"),
("p", "3.1 You may use generative AI tools on council devices and on your own devices. You may use a personal account with a tool (for example your own ChatGPT or Gemini account) for FMG work, but only with published information as described in 4.2."),
("p", "3.2 Microsoft 365 Copilot Chat counts as FMG's protected tool only when you are signed in with your council account (an @fairhaven.gov.uk address), shown by the green shield. Copilot used with a personal Microsoft account, or without signing in, is treated like any other tool."),
("p", "3.3 Do not email, download or copy unpublished FMG material to a personal device or personal account in order to use it with an AI tool."),
("h", "4. Information rules"),
("p", "4.1 What you may put into an AI tool depends on the information, not on the tool. Decide which of the categories below your information falls into before you use it. If you are not sure whether something has been published, treat it as unpublished."),
("p", "4.2 Published information may be used in any generative AI tool. This means information FMG or the council has already made public, such as our website, exhibition text on display, issued press releases, published reports and guides, and collection information already online, including object records and images on Fairhaven Collections Online."),
("p", "4.3 FMG's own unpublished information that does not identify anyone may be used only in Microsoft 365 Copilot Chat signed in with a council account (see 3.2), and in no other tool. Examples include draft exhibition and interpretation text, unpublished collection research and catalogue notes, unpublished photographs of objects, internal procedures, business plans, draft funding bids and visitor figures that have not been published."),
("p", "4.4 Commercial information is treated as unpublished information under 4.3. This includes supplier quotations and tender bids, shop and café sales figures, contracts, and information given to FMG in confidence by partners and lenders."),
("p", "4.5 The following information must never be entered into any AI tool, including Microsoft 365 Copilot Chat:"),
("l", "(a) personal data about visitors, enquirers, donors, lenders, Friends members, volunteers, shop and café customers, and oral history participants, such as names with their circumstances, contact details, addresses, Gift Aid and membership records, and correspondence;"),
("l", "(b) any information about children, including school booking details, pupil names, pupils' work that identifies them, and photographs or video of children;"),
("l", "(c) oral history recordings, transcripts and summaries, whether or not they can be heard in our galleries or online;"),
("l", "(d) valuations, insurance values, purchase prices and sale estimates of objects;"),
("l", "(e) security information, including alarm, CCTV and key-holding arrangements, store locations of objects, store floor plans, and courier and transport schedules for loans;"),
("l", "(f) staff personal and HR information, including sickness, disciplinary, grievance and performance records and job applications."),
("p", "4.6 Removing names does not always make information anonymous. If a person could still be recognised, for example the donor of a well-known bequest, treat the information as personal data under 4.5."),
("h", "5. Interpretation, labelling and publication"),
("p", "5.1 You may use AI to help draft labels, interpretation panels, audio guide scripts, web and social media text, catalogue descriptions and learning resources. A member of staff must check the facts against the object record and take responsibility for the final text."),
("p", "5.2 Interpretation text that has been drafted with substantial help from AI (labels, panels, audio guide scripts and online collection descriptions) must be labelled, for example: \"Written with the help of AI and checked by FMG staff\"."),
("p", "5.3 You do not need to label internal documents, emails or routine social media posts that you have checked and edited yourself."),
("p", "5.4 Everything FMG publishes must be approved by the responsible manager before publication, whether or not AI was used."),
("h", "6. Images and archive photographs"),
("p", "6.1 AI-generated images must never be presented as, or be able to be mistaken for, real objects in the collection, archive photographs or historic documents. This applies in exhibitions, online, in publications and in learning resources."),
("p", "6.2 You may use AI-generated images for marketing and illustration, such as event posters, where they are clearly illustrative and carry the caption \"AI-generated image\"."),
("p", "6.3 Do not use AI to restore, colourise, sharpen or fill in missing parts of archive photographs or images of objects and then present the result as the original. An AI-altered image may be published only if it is labelled as altered with AI and shown alongside the original. AI-altered images must never be added to the collections management system as record images."),
("p", "6.4 Do not create AI images of real, identifiable people, including staff, volunteers, visitors and people in our archive photographs."),
("h", "7. Collections decisions and conservation"),
("p", "7.1 AI must not be used to make or recommend decisions on acquisitions, disposals (deaccessioning), loans in or loans out, or the attribution or authentication of objects. These decisions are made by staff and the council under the Collections Development Policy."),
("p", "7.2 You may use AI to find and summarise published research as background for a collections paper, provided you check the sources and the recommendation in the paper is your own."),
("p", "7.3 AI must not be used to decide conservation treatments or the handling of hazardous objects (for example arsenic in taxidermy or radioactive objects). You may use AI to help find published conservation literature."),
("h", "8. Copyright and artworks"),
("p", "8.1 Do not upload images of artworks that are still in copyright to any AI tool, including to generate images \"in the style of\" an artist or to make derivative works, unless the rights holder has given written permission. In the UK an artwork is usually in copyright until 70 years after the end of the year in which the artist died."),
("p", "8.2 Do not use AI to generate images in the style of a named living artist, or of an artist whose work we are exhibiting, for any FMG purpose."),
("p", "8.3 Images of out-of-copyright artworks that are already published on Fairhaven Collections Online may be used in any AI tool under 4.2."),
("h", "9. Oral history archive"),
("p", "9.1 Oral history recordings, transcripts and summaries must not be entered into any AI tool (see 4.5(c)). This includes AI transcription, translation and summarising tools. Participants' consent forms do not cover AI processing."),
("p", "9.2 Never use AI to recreate, clone or imitate the voice or likeness of an oral history participant, living or dead, for any purpose, including exhibitions, audio guides and marketing."),
("p", "9.3 You may use a synthetic AI voice that does not imitate a real person for audio guides and accessibility versions of published text, provided the audio is described as an AI-generated voice."),
("h", "10. Meetings, recording and transcription"),
("p", "10.1 AI meeting bots and note-takers (for example Otter.ai, Fireflies, Read.ai and Zoom AI Companion) must not be used in any FMG meeting, internal or external, and must be removed if they join one."),
("p", "10.2 The council has not yet decided whether Copilot intelligent recap and AI-generated notes in Microsoft Teams meetings will be allowed for FMG. This policy does not settle the question; the Information Governance Board will decide in 2027. Until then, ask the FMG Digital Lead before using them."),
("p", "10.3 You may use AI to transcribe or summarise your own dictated notes, provided the notes contain only information you could use under section 4."),
("h", "11. People, recruitment and advice"),
("p", "11.1 AI must not be used to make or inform decisions about individuals, including recruitment, volunteer selection, performance, disciplinary matters, concessions and complaints."),
("p", "11.2 You may use AI to help draft job adverts, role descriptions and volunteer role profiles. You must not enter applications or CVs into an AI tool, or use AI to sift, score or shortlist candidates or volunteers."),
("p", "11.3 Do not rely on AI for legal advice (for example on loan agreements, copyright clearance, export licences or contracts) or for health and safety advice. Ask the council's Legal Services or Health and Safety team."),
("p", "11.4 Volunteers may use AI tools in their FMG roles under the same rules as staff."),
("h", "12. Learning programmes and schools"),
("p", "12.1 You may use AI to help draft session plans, worksheets, trails and other learning resources, using published information or, in Copilot Chat, unpublished material under 4.3. You must not enter any information about children (see 4.5(b))."),
("p", "12.2 FMG has not yet decided whether pupils or young people may use generative AI tools during FMG-led learning sessions. The Learning Manager is preparing guidance; until it is issued, this policy does not settle the question."),
("h", "13. Translation, accessibility and alt text"),
("p", "13.1 You may use AI to translate published text or text written for publication. Translations of interpretation text must be checked by a fluent speaker before publication and labelled under 5.2. Translation of unpublished material is allowed only in Copilot Chat under 4.3."),
("p", "13.2 You may use AI to draft alt text, easy read versions and large print summaries of published material. Check them before publishing."),
("h", "14. Code, data and automated actions"),
("p", "14.1 You may use AI to help write code, spreadsheet formulas and scripts, for example for the website or for exports of published collection data. Never paste passwords, API keys or other credentials into an AI tool."),
("p", "14.2 AI tools and agents must not be connected to FMG or council systems (the collections management system, ticketing and till systems, email, social media accounts or the website) or allowed to send, post, change or delete anything automatically. A member of staff must check and carry out every action."),
("h", "15. Buying AI tools and procurement"),
("p", "15.1 Using a free tool needs no approval. Buying any AI tool, subscription or add-on, or any system that will process FMG information with AI, must follow the council's Contract Procedure Rules and needs a data protection impact assessment agreed with the Information Governance team. Purchase cards and expenses must not be used for AI subscriptions."),
("p", "15.2 Do not use AI to evaluate, score or compare tender bids or quotations. Supplier bids are commercial information under 4.4."),
("h", "16. Incidents, questions and review"),
("p", "16.1 If information is entered into an AI tool in breach of this policy, report it on the same working day to the council's Information Governance team (infogov@fairhaven.gov.uk, extension 4410) and tell your line manager. If security information is involved, also tell the Collections Security Manager."),
("p", "16.2 Questions about this policy go to the FMG Digital Lead in the first instance."),
("p", "16.3 Breaches of this policy may be dealt with under the council's disciplinary procedure or volunteer agreement."),
("p", "16.4 The Head of Museums and Galleries owns this policy. It is reviewed every year, or sooner if the law or council policy changes."),
]

APPX = [
("A.1", "Generative AI means software that creates text, images, audio, video or code in response to a prompt, such as chatbots and image generators."),
("A.2", "Published information means information FMG or the council has deliberately made available to the public, including collection information on Fairhaven Collections Online."),
("A.3", "Unpublished information means FMG's own information that has not been made public and does not identify any person."),
("A.4", "Interpretation text means any text that explains objects, artworks or history to visitors, in galleries, online or in print."),
]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    d.add_paragraph(TITLE, style="Title")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in FRONT:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
    d.add_paragraph("")
    for kind, text in S:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "p":
            d.add_paragraph(text)
        else:
            p = d.add_paragraph(text); p.paragraph_format.left_indent = Cm(1)
    d.add_heading("Appendix A – Definitions", level=1)
    for n, text in APPX:
        d.add_paragraph(f"{n} {text}")
    d.save(path)


def build_md(path):
    out = [f"# {TITLE}", ""]
    for k, v in FRONT:
        out.append(f"{k}: {v}  ")
    out.append("")
    for kind, text in S:
        if kind == "h":
            out += [f"## {text}", ""]
        else:
            out += [text, ""]
    out += ["## Appendix A – Definitions", ""]
    for n, text in APPX:
        out += [f"{n} {text}", ""]
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "knowledge", STEM + ".docx"))
    build_md(os.path.join(HERE, "originals", STEM + ".md"))
    shutil.copy(os.path.join(HERE, "knowledge", "fmg-ai-faq.txt"), os.path.join(HERE, "originals", "fmg-ai-faq.txt"))
    ids = []
    for kind, text in S:
        if kind in "hp":
            ids.append(STEM + ".docx#" + text.split(" ")[0].rstrip("."))
    ids += [STEM + ".docx#" + n for n, _ in APPX]
    import re
    t = open(os.path.join(HERE, "knowledge", "fmg-ai-faq.txt"), encoding="utf-8").read().splitlines()
    for i in range(1, len(t)):
        if re.fullmatch(r"-{3,}", t[i]):
            ids.append("fmg-ai-faq.txt#" + re.sub(r"[^a-z0-9]+", "-", t[i - 1].lower()).strip("-"))
    open(os.path.join(HERE, "clause_ids.txt"), "w").write("\n".join(ids) + "\n")
    print(len(ids), "clauses")
