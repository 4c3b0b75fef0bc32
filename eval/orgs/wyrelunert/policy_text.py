# Source text of the Wyre and Lune Rivers Trust Generative AI Use Policy.
# Each section: (number, heading, [items]); item = (clause_no or None, text, [lettered lines])
TITLE = "Wyre and Lune Rivers Trust - Generative Artificial Intelligence (AI) Use Policy"
FRONT = [
    "Policy number: WLRT-GOV-014",
    "Version: 1.0, approved by the Board of Trustees on 17 September 2026",
    "Policy owner: Head of Operations (AI Lead)",
    "Applies to: all staff, trustees, volunteers acting on the Trust's behalf, and contractors",
    "Next review: September 2027",
]
SECTIONS = [
 ("1", "Purpose and scope", [
  ("1.1", "This policy sets out how staff, trustees, volunteers acting on the Trust's behalf and contractors may use generative AI tools for Trust work. It aims to let us benefit from these tools while protecting the people we work with, our landowner partnerships and the integrity of our science.", []),
  ("1.2", "The policy applies to any tool that generates text, images, audio, video, code or data in response to a prompt, including:", [
     "(a) chatbots and assistants such as ChatGPT, Claude, Gemini, Perplexity and Microsoft Copilot;",
     "(b) image, video and audio generators such as Midjourney, DALL-E and Canva Magic Studio;",
     "(c) transcription, meeting note-taking and translation tools that use AI, such as Otter.ai, Fireflies, DeepL and Zoom AI Companion;",
     "(d) AI features built into other software, such as Grammarly or the AI writing features in our CRM."]),
  ("1.3", "It does not cover conventional software such as spreadsheets, GIS mapping or the statistical packages used for water quality analysis, unless a generative AI feature in them is used.", []),
  ("1.4", "This policy should be read with the Trust's Data Protection Policy, Information Security Policy, Safeguarding Policy, Volunteer Policy and Fundraising Policy.", []),
 ]),
 ("2", "Our approach", [
  ("2.1", "You may use any generative AI tool for Trust work without asking permission first, as long as you follow the information rules in section 4 and the activity rules in section 5.", []),
  ("2.2", "You remain responsible for anything you produce with the help of AI. Check AI output for accuracy, bias and tone before you rely on it or share it.", []),
  ("2.3", "AI tools can be confidently wrong. Do not rely on AI output for facts about a site, a species, a legal duty or a figure without checking it against a reliable source.", []),
  ("2.4", "If you are not sure whether a use is allowed, ask the AI Lead before going ahead (see section 8).", []),
 ]),
 ("3", "Tools and accounts", [
  ("3.1", "The Trust provides two generative AI tools through Trust accounts (\"Trust tools\"):", [
     "(a) Microsoft 365 Copilot Chat, used while signed in with your Trust Microsoft 365 account (the green shield shows that the chat is protected);",
     "(b) Canva, used through the Trust's paid Canva Teams account, including its Magic Studio AI features."]),
  ("3.2", "Information entered into Trust tools stays within the Trust's contracted services and is not used to train the providers' models. Trust tools are the only tools in which internal Trust information may be used.", []),
  ("3.3", "Any other generative AI tool, for example ChatGPT, Claude, Gemini, Perplexity, Midjourney, Otter.ai, DeepL or the free version of Grammarly, is a \"public tool\" for this policy. You may use public tools for Trust work, but only with public information (see 4.2).", []),
  ("3.4", "Do not buy or subscribe to an AI tool on behalf of the Trust, or claim the cost of one on expenses, without the approval of the Head of Operations through the normal purchasing procedure.", []),
  ("3.5", "You may use your own personal account on a public tool for Trust work, under the same rules as any public tool. A paid personal subscription (for example ChatGPT Plus) is still a public tool. Copilot used while signed in with a personal Microsoft account is a public tool, not a Trust tool.", []),
  ("3.6", "You may use Trust tools on a personal phone, tablet or computer only by signing in with your Trust Microsoft 365 account, in line with the Bring Your Own Device guidance. Do not download Trust files to a personal device in order to use them with an AI tool.", []),
  ("3.7", "Do not install AI browser extensions, plug-ins or agents that can read your Trust email, OneDrive, SharePoint or the Beacon CRM, and do not connect any AI tool or AI feature to these systems, unless the Head of Operations has approved it.", []),
 ]),
 ("4", "Information rules", [
  ("4.1", "Before you enter anything into an AI tool, decide what kind of information it is. The most sensitive information in your prompt or upload decides what you may do.", []),
  ("4.2", "Public information is information the Trust has already published or that is freely available, such as our website, published annual reports and newsletters, Environment Agency open data and published guidance. It also includes content you are writing for publication, such as a social media post, leaflet or press release, provided it contains nothing that is not meant to be published. You may use public information in any AI tool, including public tools.", []),
  ("4.3", "Internal Trust information is unpublished Trust information that does not identify any person, such as draft reports, project plans, budgets, internal procedures, draft grant applications and monitoring results that have not yet been published. You may use internal Trust information only in a Trust tool (see 3.1), never in a public tool.", []),
  ("4.4", "Do not enter personal data about volunteers, landowners and tenants, members, donors and supporters, teachers, job applicants or any other individual into any AI tool, including Trust tools. This includes names together with any detail about the person, addresses, email addresses, phone numbers, photographs, bank details, Gift Aid declarations and membership numbers.", []),
  ("4.5", "Do not enter any information about children or young people who take part in our school education visits, Junior River Rangers clubs or events into any AI tool. This includes names, photographs, class lists, school records and any safeguarding concern.", []),
  ("4.6", "Do not enter health information or any other special category information into any AI tool. This includes volunteer medical and emergency contact forms, accident and incident reports, information about a person's disability, ethnicity, religion or sexual orientation, and criminal records information including DBS check outcomes.", []),
  ("4.7", "Do not enter landowners' commercial terms into any AI tool, including Trust tools, even if names are removed. Commercial terms include payment and compensation rates, the terms of land management and access agreements, farm business information and the Trust's negotiating position.", []),
  ("4.8", "Information about colleagues, such as sickness absence, performance, grievances, disciplinary matters and pay, is personal data under 4.4 and must not be entered into any AI tool.", []),
  ("4.9", "Information shared with the Trust in confidence by funders, partners or public bodies, such as embargoed announcements, unpublished investigation details or documents marked confidential, must not be entered into any public tool. It may be used in a Trust tool only where the terms on which it was shared allow it.", []),
  ("4.10", "Removing names is not always enough to make information anonymous. A person may still be identified from a farm name, a small village, a role or an unusual circumstance. If in doubt, treat the information as personal data.", []),
  ("4.11", "If you enter personal data, children's information, health information or landowners' commercial terms into an AI tool by mistake, delete the conversation if you can and report it to the Data Protection Lead on the same working day (see 8.2). Do not try to deal with it on your own.", []),
 ]),
 ("5", "Activity rules", [
  ("5.1", "Do not use AI to assess, score, rank or decide grant applications, including applications to the Trust's Riverside Community Fund, and do not use AI to screen, shortlist or select volunteers, job applicants or trainees. AI may help you draft application forms, guidance notes, job adverts and role descriptions.", []),
  ("5.2", "Do not use AI to create realistic images, video or audio that could be taken as real river scenes, sites, habitats, wildlife or species records, or as real people, including volunteers, landowners, staff and supporters. This applies even if the image is captioned or labelled, and includes artist's impressions of how a site will look after restoration work. Clearly illustrative or stylised graphics, such as icons, cartoons, diagrams and infographics, may be created with AI and must be labelled under 5.4.", []),
  ("5.3", "Do not use AI to edit real photographs in ways that change what they show, for example removing litter, adding fish or birds, changing the colour of the water or removing a structure. Routine adjustments such as cropping, straightening and correcting brightness are allowed.", []),
  ("5.4", "Any content the Trust publishes (website, social media, newsletters, reports, leaflets, interpretation boards) that is wholly or mainly generated by AI, and any AI-generated image, must carry a short label, for example \"Image created with AI\" or \"Drafted with the help of AI and checked by Trust staff\". You do not need a label where AI was used only for spelling, grammar or light editing.", []),
  ("5.5", "Do not use AI to generate, estimate, fill gaps in or alter data in scientific or monitoring records. This includes citizen science water quality results, riverfly and invertebrate surveys, fish surveys and any data submitted to the Environment Agency or local environmental records centres. Every value in these records must come from a real measurement or observation. AI may help you write analysis code or summarise results that have already been verified.", []),
  ("5.6", "Do not use AI meeting assistants, note-takers or transcription tools (for example Copilot recap in Teams, Otter.ai, Fireflies or Zoom AI Companion) in meetings or calls with landowners or tenants, or in meetings of the Board of Trustees or its committees. In other internal Trust meetings, Teams transcription and Copilot through the Trust account may be used if everyone present is told at the start and nobody objects.", []),
  ("5.7", "Do not use AI to produce, estimate or calculate the outcome figures in reports to funders, such as kilometres of river restored, barriers removed, trees planted, volunteer hours or pupils reached. Outcome figures must come from the Trust's project records and be checked by the project lead. AI may help draft the narrative parts of a funder report in a Trust tool.", []),
  ("5.8", "You may use AI to help write spreadsheet formulas, scripts (for example in R or Python) and website code. Do not paste personal data, passwords or access keys into a prompt, and test the code before you rely on it. Do not run AI-generated code against the Beacon CRM or any other system holding personal data without the approval of the Head of Operations.", []),
  ("5.9", "Do not let an AI tool send emails, post to social media, make payments or change records on the Trust's behalf without a person reviewing and approving each action before it happens.", []),
  ("5.10", "Do not use AI tools to obtain legal advice (for example on land agreements, consents and permits for in-river works, or charity law) or to make health and safety decisions. AI may help you lay out a risk assessment template, but the hazards and controls must be completed and signed off by a competent person.", []),
  ("5.11", "You may use AI to help translate information, following the information rules in section 4. A translation that will be published or given to the public must be checked by a fluent speaker before it is used.", []),
  ("5.12", "You may use AI to help draft fundraising appeals, bid text and thank-you templates. Do not use AI to write messages to named donors or members using their personal data, or to profile, segment or wealth-screen donors or members.", []),
 ]),
 ("6", "Matters still under review", [
  ("6", "The Board has not yet decided the points below. Until it does, they are neither permitted nor prohibited by this policy: refer any proposal to the AI Lead, who will take it to the Finance and Governance Committee.", []),
  ("6.1", "Whether species identifications suggested by AI identification apps (for example apps that name an invasive plant or a riverfly from a photograph) may be entered into monitoring records or submitted to records centres as Trust records.", []),
  ("6.2", "Whether the Trust may use an AI chatbot or AI assistant to answer enquiries from the public, volunteers or members on the Trust's behalf, for example on our website or social media channels.", []),
 ]),
 ("7", "Roles and responsibilities", [
  ("7.1", "The Board of Trustees approves this policy. The Finance and Governance Committee oversees how it works and decides the matters in section 6.", []),
  ("7.2", "The Head of Operations, Rhiannon Pickles, is the Trust's AI Lead. The AI Lead answers questions about this policy, gives the approvals it requires and keeps a log of approvals and decisions.", []),
  ("7.3", "The Finance and Office Manager is the Trust's Data Protection Lead and handles any data incident involving AI tools.", []),
  ("7.4", "Managers make sure their teams know this policy. All staff must complete the Trust's short AI awareness training within their first month.", []),
 ]),
 ("8", "Getting help and reporting concerns", [
  ("8.1", "Ask questions about this policy in the AI questions channel in Teams or email the AI Lead at ai@wlrt.org.uk.", []),
  ("8.2", "Report any data incident involving an AI tool, including personal data entered by mistake, to the Data Protection Lead at dataprotection@wlrt.org.uk or on 01524 600 481 on the same working day. The Data Protection Lead will decide whether the incident must be reported to the Information Commissioner's Office within 72 hours.", []),
  ("8.3", "Breaches of this policy may be dealt with under the Trust's disciplinary procedure, or for volunteers under the Volunteer Policy.", []),
 ]),
 ("9", "Review", [
  ("9.1", "The AI Lead will review this policy every year, or sooner if the law, the tools available or the Trust's work changes. The next review is due in September 2027.", []),
 ]),
]
APPENDIX = ("Appendix A - Definitions", [
  ("A.1", "Generative AI: technology that creates new text, images, audio, video, code or data in response to a prompt."),
  ("A.2", "Trust tool: Microsoft 365 Copilot Chat used with a Trust account, and Canva used through the Trust's Canva Teams account (see 3.1)."),
  ("A.3", "Public tool: any other generative AI tool, whether free, paid or used with a personal account (see 3.3 and 3.5)."),
  ("A.4", "Personal data: any information that identifies a living person directly or indirectly, as defined in UK data protection law."),
])
