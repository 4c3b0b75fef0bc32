"""Vocabulary the engine uses to read a question. General English and UK public-sector usage,
never one organisation's wording: anything organisation-specific comes from the knowledge
folder (register rows, clause text)."""
from __future__ import annotations

import re

# --- is the question about AI at all? ------------------------------------------------------
AI_TERMS = re.compile(r"""\b(
    ai|a\.i\.|genai|gen\s?ai|generative|artificial\s+intelligence|machine\s+learning|llms?|
    large\s+language\s+models?|chat\s?bots?|gpt[-\w]*|copilot|co-pilot|chatgpt|assistant|
    transcri(?:be|bed|bing|ption|pts?)|scribes?|note[\s-]?takers?|notetaking|agents?|agentic|
    prompts?|automat(?:e|ed|ic|ically|ion)|algorithms?|deepfakes?|image\s+generat\w*|
    voice\s+clon\w*|summari[sz]e\s+button|smart\s+compose|the\s+bot|bots?
)\b""", re.I | re.X)

# Well-known AI products (for recognising "an AI tool not on the register"). Longest names first
# at match time. A register row always wins over this list.
KNOWN_AI_PRODUCTS = [
    "ChatGPT", "ChatGPT Team", "ChatGPT Enterprise", "ChatGPT Edu", "ChatGPT Plus", "ChatGPT Pro",
    "OpenAI", "GPT-4", "GPT-4o", "GPT-5", "Sora", "DALL-E", "DALL·E", "Claude", "Claude for Work",
    "Gemini", "Gemini for Workspace", "Google Bard", "Bard", "NotebookLM", "Google AI Studio",
    "Microsoft Copilot", "Copilot Studio", "Microsoft Copilot Studio", "Copilot Pro",
    "Microsoft Designer", "Bing Image Creator", "Bing Chat", "Azure OpenAI", "Power Automate AI",
    "GitHub Copilot", "Cursor", "Tabnine", "Codeium", "Windsurf", "Replit", "Amazon Q",
    "CodeWhisperer", "Perplexity", "Perplexity Pro", "DeepSeek", "Grok", "Meta AI", "Llama",
    "Mistral", "Le Chat", "Pi", "Poe", "Character.ai", "Jasper", "Copy.ai", "Writesonic",
    "QuillBot", "Wordtune", "Grammarly", "GrammarlyGO", "ProWritingAid", "DeepL", "DeepL Write",
    "Google Translate", "Microsoft Translator", "Otter", "Otter.ai", "Fireflies", "Fireflies.ai",
    "Fathom", "tl;dv", "tldv", "Read.ai", "Zoom AI Companion", "Zoom AI", "Webex AI Assistant",
    "Heidi", "Heidi Health", "Tortus", "Nabla", "Accurx Scribe", "Magic Notes", "Beam Magic Notes",
    "Notion AI", "Canva", "Canva Magic", "Magic Write", "Midjourney", "Stable Diffusion",
    "Adobe Firefly", "Firefly", "Leonardo.ai", "Ideogram", "Runway", "Synthesia", "HeyGen",
    "ElevenLabs", "Descript", "Speechify", "Suno", "Gamma", "Tome", "Beautiful.ai",
    "Goblin Tools", "Goblin.tools", "Kimi", "Qwen", "Manus", "HuggingChat", "Ollama", "LM Studio",
    "Whisper", "Krisp", "Tactiq", "Jamie", "MeetGeek", "Avoma", "Sembly", "Microsoft 365 Copilot",
    "M365 Copilot", "Copilot Chat", "Microsoft 365 Copilot Chat", "M365 Copilot Chat", "Microsoft Copilot Chat",
    "Salesforce Einstein", "ServiceNow AI", "Oracle AI", "Apple Intelligence", "Galaxy AI",
]
# Other names staff use for well-known products (aliases for tools read from policy text).
PRODUCT_ALIASES = {
    "chatgpt": ["chat gpt", "chat-gpt", "openai chatgpt", "gpt"],
    "copilot chat": ["microsoft copilot chat", "m365 copilot chat", "bing chat enterprise"],
    "microsoft 365 copilot": ["m365 copilot", "copilot for microsoft 365", "copilot in word", "copilot in outlook",
                              "copilot in teams", "copilot in excel", "copilot in powerpoint"],
    "gemini": ["google gemini", "bard", "google bard"],
    "claude": ["claude ai", "claude.ai", "anthropic claude"],
    "otter.ai": ["otter", "otter ai", "otterpilot"],
    "otter": ["otter.ai", "otter ai"],
    "fireflies.ai": ["fireflies"],
    "grammarly": ["grammarly premium", "grammarlygo"],
    "deepseek": ["deep seek", "deepseek chat"],
    "meta ai": ["whatsapp ai", "meta ai in whatsapp"],
    "github copilot": ["copilot in vs code", "copilot in visual studio"],
    "adobe firefly": ["firefly"],
    "perplexity": ["perplexity ai", "perplexity pro"],
    "teams transcription": ["teams transcript", "meeting transcription", "transcription in teams"],
}

# Features of products staff already have: names to find in policy text, never "unknown tools".
KNOWN_AI_FEATURES = [
    "Teams transcription", "Teams transcript", "Teams Premium", "intelligent recap", "Copilot recap",
    "meeting recap", "Copilot in Word", "Copilot in Outlook", "Copilot in Teams", "Copilot in Excel",
    "Copilot in PowerPoint", "Edge translate", "Translate in Word",
]

# "an AI app called X", "a tool named X", "the 'AI summary' button"
UNNAMED_AI_FEATURE = re.compile(
    r"""(?:\bai\b|\bgenai\b|artificial\s+intelligence)[\s\-]*['"\u2018\u201c]?[\w\s\-]{0,25}?['"\u2019\u201d]?\s*
        (?:button|feature|function|functionality|option|add-?on|plug-?in|extension|module|assistant|summary|summaries)\b
      |['"\u2018\u201c][^'"\u2019\u201d]{0,30}\bai\b[^'"\u2019\u201d]{0,30}['"\u2019\u201d]""", re.I | re.X)
# a particular product the question describes without naming it: someone else's tool, a trial
_PRODUCT_NOUN = (r"(?:tool|app|application|product|platform|service|system|software|chatbot|bot|plug-?in|extension|"
                 r"add-?on|transcription|assistant)s?")
DESCRIBED_PRODUCT = re.compile(
    r"\b(?:their|(?:a|the|our)\s+(?:supplier|vendor|contractor|provider|company|partner)'?s?|a\s+(?:free\s+)?(?:trial|demo)\s+of\s+(?:their|an?|the)|"
    r"(?:a|an)\s+(?:new|free|external|third[\s-]party|different|online)|this|that|some|another|the\s+same)\s+(?:new\s+|free\s+)?"
    r"(?:ai|genai|generative\s+ai)[\s-]*(?:powered\s+)?(?:[\w-]+\s+){0,2}?" + _PRODUCT_NOUN + r"\b|"
    # "an AI writing support tool", "a generative AI note-taking app": a particular kind of product
    r"\b(?:a|an)\s+(?:ai|genai|generative\s+ai)[\s-]+(?!tool|app|system|service|product|assistant)[\w-]+\s+(?:[\w-]+\s+)?"
    + _PRODUCT_NOUN + r"\b",
    re.I)
# a question that names some product or feature, not just "AI" ("a free chrome extension that
# summarises pages", "an ai thing in the new GIS software"): without a register row, that is a
# tool the register does not list, never "yes, with an approved tool"
PRODUCT_MENTION = re.compile(r"\b(?:extension|plug-?in|add-?on|app|software|system|feature|platform|website|"
                             r"bot|thing|programme|program|device|gadget|widget|button)s?\b", re.I)
CALLED_PRODUCT = re.compile(
    r"\b(?:app|application|tool|service|website|site|platform|extension|plug-?in|bot|product|software|programme|program|system)"
    r"\s+(?:called|named)\s+['\"\u2018\u201c]?([A-Z0-9][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){0,3})")

# --- what kind of question -----------------------------------------------------------------
PERMISSION = re.compile(r"""(
    \b(?:can|could|may|might|should)\s+(?:i|we|you|staff|my|our|the|someone|he|she|it|a|an|\w+ers?|copilot|chatgpt)\b
  | \b(?:am|are|is)\s+(?:i|we|staff|it|that|this|they)\s+(?:\w+\s+){0,2}(?:allowed|permitted|able|ok|okay|fine|alright|acceptable|approved)\b
  | \b(?:is|are)\s+(?:\S+\s+){0,5}?(?:ok|okay|fine|alright|allowed|permitted|acceptable|approved|safe)\b
  | \ballowed\s+to\b | \bpermitted\s+to\b | \bok\s+to\b | \bokay\s+to\b | \bfine\s+to\b
  | \b(?:would|will)\s+it\s+be\s+(?:ok|okay|fine|alright|allowed|acceptable)\b
  | \bany\s+problem\s+with\b | \b(?:i\s+|we\s+)?(?:want|need|would\s+like|wanna)\s+to\s+use\b | \bwe\s+want\s+to\s+(?:use|switch|turn|buy|start|build)\b
  | \bcan\s+\w+\s+(?:draft|write|summari[sz]e|shortlist|translate|analy[sz]e|record|transcribe)\b
  | \bdo\s+(?:i|we)\s+need\s+(?:permission|approval)\b
  | ^\s*(?:can|could|may|might|will|would|should)\b
  | \b(?:ok|okay|allowed|fine|alright|acceptable)\s*\??\s*$
)""", re.I | re.X)
INFO_PASSIVE = re.compile(r"\b(?:(?:can|could|will|would|might|may)\s+(?:my|our|the|these|those|their|his|her)\s+(?:[\w'-]+\s+){0,3}be|"
                          r"(?:are|is)\s+(?:my|our|the|these|those)\s+(?:[\w'-]+\s+){0,3})"
                          r"\s*(?:[a-z]+ed|[a-z]+en|seen|kept|read|shared|held|made)\b", re.I)
INFO_START = re.compile(r"^\s*(?:what|what's|whats|who|who's|whos|whom|when|when's|whens|where|which|why|how)\b(?!\s+about\b)(?!\s+if\b)", re.I)
INFO_CUES = re.compile(r"""(
    \bdo\s+(?:i|we)\s+(?:have|need)\s+to\b | \bdoes\s+the\s+policy\b | \bis\s+there\s+(?:a|any)\b |
    \bare\s+there\b | \btell\s+me\b | \bexplain\b | \bwhat\s+counts\b | \bwhere\s+can\s+i\s+find\b |
    \bdefin(?:e|ition)\b | \bare\s+my\b | \bis\s+my\b
)""", re.I | re.X)
INCIDENT = re.compile(r"""(
    \b(?:accident(?:al)?ly|accidently|by\s+mistake|mistakenly|inadvertently|without\s+thinking)\b |
    \b(?:i|we|someone|somebody|they|he|she|(?:a|my|our)\s+(?:colleague|manager|team\s?mate|member\s+of\s+staff))\s+
      (?:has\s+|have\s+|had\s+|'ve\s+|ve\s+)?(?:already\s+|just\s+|accidentally\s+)?
      (?:pasted|uploaded|entered|shared|sent|typed|fed|copied)\b.*\b(?:what|now|report|should)\b |
    \bwhat\s+(?:do|should)\s+(?:i|we)\s+do\b | \bwhat\s+now\b | \bdata\s+breach\b | \bbreach(?:ed)?\b
)""", re.I | re.X)
INCIDENT_QUERY = "report incident breach personal information entered into a tool"
INCIDENT_RULE = re.compile(r"\b(incidents?|breach\w*|notif\w*|(?:must|should|will|to|and)\s+(?:also\s+)?(?:report|tell|inform)\w*|reported)\b", re.I)

# --- data kinds ------------------------------------------------------------------------------
NEGATORS = re.compile(r"\b(?:no|not|without|never|none|zero|nothing|nobody|no[\s-]one|won't|wont|don't|dont|isn't|isnt|aren't|"
                      r"no\s+longer|free\s+of|remove|removed|removing|take\s+out|taken\s+out|strip|stripped|"
                      r"anonymi[sz]ed|dummy|fake|synthetic|made[\s-]up|fictional|test)\b", re.I)

# what a question says its material does not hold or is not about, from the negating word to the
# next stop or turn ("nobody talks about individual patients in it", "a generic voice, not anyone
# real", "no case details, just ..."): its words are not the question's subject
NEGATED_SPAN = re.compile(
    r"\b(?:no|without|nothing|none|nobody|no[\s-]one|excluding|free\s+of|"
    r"not\s+(?:any|anyone|anybody|anything|a|an|about|based\s+on|real|actual|actually|including|even|one|identifiable|named|"
    r"mention\w*|nam\w+|identify\w*)|"
    r"(?:is|are|does|do|will|wo|has|have)(?:n't|nt|\s+not)\s+(?:\w+\s+)?(?:include|contain|have|has|mention|name|identify|"
    r"involve|talk|discuss|show|feature|about|based|real|any))\b"
    r"(?:(?!\b(?:but|just|only|so|and\s+(?:i|we|it|can))\b)[^,.;:()!?\n]){0,60}", re.I)

PUBLIC_CUES = re.compile(r"""\b(
    (?:already\s+)?published | publicly\s+available | in\s+the\s+public\s+domain | public\s+(?:information|document|data|report|website|domain|consultation\s+document)s? |
    on\s+(?:our|the|their|its)\s+(?:public\s+)?(?:website|web\s?site|internet\s+site|webpages?) | (?:already\s+)?(?:up\s+)?on\s+(?:our|the)\s+website |
    public\s+(?:stuff|things|info|material) | national\s+guidance | government\s+guidance | publicly | press\s+release | open\s+data | published\s+research |
    no\s+(?:work|council|organisation(?:al)?|internal|personal|confidential)\s+(?:info|information|data|details)
)\b""", re.I | re.X)

# the material is not out yet: "an embargoed press release", "the draft press release before it goes
# out", "the report before it's published" (a public cue alone would make it published material)
UNPUBLISHED_CUES = re.compile(r"""\b(
    embargo\w* | unpublished | pre-publication | prepublication | under\s+wraps |
    (?:not|isn't|isnt|hasn't|hasnt|haven't|havent|aren't|arent)\s+(?:yet\s+)?(?:been\s+)?
        (?:published|released|announced|issued|public|out|signed\s+off|approved) |
    before\s+(?:it\s+is|it's|its|they\s+are|they're|it|they|we|comms|the\s+\w+)?\s*(?:has\s+|have\s+)?(?:been\s+)?
        (?:published|released|announced|issued|signed\s+(?:it\s+|them\s+)?off|goes?\s+out|go\s+live|launched|approved) |
    draft(?:s|ed)?\s+(?:press\s+release|statement|report|news\s+release|announcement) |
    before\s+(?:it|they|this|these|the\s+\w+)\s+(?:goes?|go|is\s+taken|are\s+taken|gets?\s+presented)\s+to\s+(?:the\s+)?
        (?:\w+\s+)?(?:panel|committee|board|cabinet|council|scrutiny|members|councillors|governors|trustees) |
    goes\s+out\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week)
)\b""", re.I | re.X)

INTERNAL_CUES = re.compile(r"""\b(
    drafts? | internal | unpublished | anonymi[sz]ed | de-?identified | pseudonymi[sz]ed | sops? | procedures? | process\s+maps? | minutes | action\s+logs? | agendas? |
    board\s+papers? | committee\s+papers? | reports? | budgets? | financ\w* | figures | forecasts? |
    contracts? | tenders? | business\s+cases? | strateg\w* | plans? | briefings? | emails? | correspondence |
    work\s+(?:info|information|data|documents?) | council\s+(?:info|information|data|documents?) |
    dashboards? | presentations? | slides | policies | meeting\s+notes | notes\s+of\s+(?:the|our)\s+meeting | catch[\s-]?ups?
)\b""", re.I | re.X)

# things that are the organisation's material only when they are its own ("our spreadsheet", "the
# repo's code"), not when the question asks for help in general ("a spreadsheet formula", "some code")
WEAK_INTERNAL_CUES = re.compile(r"""\b(?:our|my|the|this|these|those|their|his|her|team's|teams|service's|council's|
    force's|trust's|board's|department's|dept's|company's|organisation's|authority's)\s+(?:[\w'-]+\s+){0,2}?
    (?:spreadsheets?|code|codebase|repo|repository|sql|scripts?|database|data\s+extract|extract)\b |
    \b(?:spreadsheets?|database|extract|export)\s+(?:of|with|containing|listing|showing)\b""", re.I | re.X)

# someone in particular: "his", "her", "the tenant's" (then a template is that person's papers)
PERSON_REFERENCE = re.compile(r"\b(?:he|she|him|his|her|hers)\b|\b(?:patient|tenant|resident|client|pupil|student|child|"
                              r"service\s+user|employee|colleague|customer|carer|parent|applicant|claimant|victim|offender)['\u2019]s\b",
                              re.I)

# the question says the material holds no one's information: "no patient info in it", "nothing
# about patients", "not about any particular pupil", "a blank handover template", "a generic
# letter". Its care, health or HR words are then its topic, not its data (bot/engine/understand.py).
NO_PERSON_DATA = re.compile(r"""\b(
    (?:no|nothing|none|not\s+any|without\s+any|zero)\s+(?:real\s+|actual\s+|identifiable\s+)?
        (?:patient|client|service[\s-]user|pupil|student|learner|staff|resident|tenant|customer|personal|person|people|
           individual|case|family)s?['\u2019]?\s*(?:info|information|data|details|records?|names?|stuff)\b |
    (?:no|nothing|not\s+any|without\s+any|zero)\s+(?:info|information|data|details|names?|records?)\s+(?:about|on|of|from)\s+
        (?:any\s+|the\s+|our\s+|my\s+)?(?:patients?|pupils?|students?|learners?|children|kids|residents?|tenants?|clients?|
        customers?|staff|colleagues?|individuals?|people|anyone|anybody|service[\s-]users?)\b |
    nothing\s+(?:about|on|to\s+do\s+with)\s+(?:any\s+)?(?:patients?|anyone|anybody|individuals?|a\s+person|people|pupils?|
        students?|residents?|tenants?|clients?|staff|colleagues?|a\s+(?:particular|specific|real)\s+\w+) |
    not\s+(?:about|for|on)\s+(?:any|a)\s+(?:particular|specific|individual|real|named|actual)\s+\w+ |
    blank\s+(?:\w+\s+){0,2}(?:templates?|forms?) | templates? | generic | general\s+(?:\w+\s+)?(?:leaflet|letter|guide|guidance|
        strategies|advice|information|question|poster|template|overview|explainer|faq|email|post)s?
)\b""", re.I | re.X)

STAFF_WORK_DETAILS = re.compile(r"""\b(
    (?:names?|contact\s+details),?\s+(?:and\s+)?(?:job\s+)?(?:titles?|roles?) | job\s+titles? | work\s+(?:contact\s+)?details |
    who(?:'s|\s+is)\s+doing\s+what | attendees | distribution\s+list
)\b""", re.I | re.X)

PERSONAL_CUES = re.compile(r"""\b(
    personal\s+(?:data|information|details|info) | personally\s+identifiable | identifiable | names?\s+and\s+addresses |
    home\s+(?:address|number|phone) | addresses | phone\s+numbers? | mobile\s+numbers? | email\s+addresses | contact\s+details |
    dates?\s+of\s+birth | dob | national\s+insurance | ni\s+numbers? | payroll | (?<!final\s)(?<!career\s)salar(?:y|ies) | overpayment |
    hr\s+(?:records?|files?|cases?|data) | personnel\s+files? | (?:staff|employee|personnel|workforce)(?:'s|s'|s)?\s+(?:records?|files?|personal\s+data|details) | disciplinar\w* | grievances? | appraisals? |
    performance\s+(?:reviews?|management|issues?) | capability\s+(?:hearing|process) | cvs? | job\s+applications? |
    applications?\s+for | applicants? | candidates? | interview\s+notes | references\s+for | complaints? | complainants? |
    residents?(?:'s|s'|')?\s+(?:details|data|records?|information|case|letter|email|complaint|address|name|account|claim)s? |
    email\s+address(?:es)? | postal\s+address | (?:their|his|her)\s+(?:address|email|phone|details|name) | tenants? | tenancy | council\s+tax\s+(?:accounts?|records?|arrears) |
    benefits?\s+(?:claims?|claimants?) | housing\s+(?:applications?|applicants?|register) | customer\s+records? |
    case\s*(?:files?|notes|work|load|records?|summar(?:y|ies)|details) | casework | service\s+users? | clients? |
    subject\s+access | individual'?s? | one\s+of\s+my\s+(?:staff|team|colleagues) | a\s+member\s+of\s+(?:staff|the\s+public) |
    (?:a|the)\s+family | next\s+of\s+kin | (?:arrears|debtors?|caseload|waiting|attendance|sickness|absence|class|tenants?|patients?|clients?|pupils?|students?|members?|customers?|donors?|supporters?|volunteers?|residents?|parents?|carers?|families|mailing|contacts?)\s+lists? | letters?\s+to\s+(?:a|the)\s+(?:family|resident|tenant|client|patient|customer) |
    named\s+(?:person|individual|staff|resident) | someone'?s | their\s+(?:details|address|circumstances) |
    (?:victim|witness|caller|occupier|householder|claimant|customer)(?:'s|s'|s)?\s+(?:details|data|records?|information|statements?|emails?|letters?|address|names?|accounts?|claims?|complaints?) |
    (?:victim|witness|caller|occupier|householder|claimant|customer|passenger|donor|supporter|landowner|ratepayer|
       visitor|volunteer|learner|member|applicant)(?:'s|s')\s+(?:[\w-]+\s+)?(?:applications?|forms?|files?|documents?|notes|
       paperwork|correspondence|bookings?|photos?|photographs?|bank\s+statements?|details|records?|emails?|letters?) |
    (?:email|letter|message|statement|call|complaint)s?\s+from\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:victim|witness|caller|resident|customer|claimant|member\s+of\s+the\s+public) |
    (?:participant|patient|student|pupil|resident|customer|client|tenant|applicant|candidate|service\s+user|member)s?'?\s+names |
    lists?\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:kids|children|pupils|students|learners|patients|tenants|
        residents|members|volunteers|attendees|customers|clients|families|people|applicants|users|bookers|cadets|carers|parents|
        employees|colleagues|participants|visitors|donors|claimants|households)\b |
    [a-z]+(?:s'|'s)\s+names | names\s+and\s+(?:e-?mails?|e-?mail\s+addresses|phone\s+numbers|numbers|contact\s+details|mobiles?)
)\b""", re.I | re.X)

SPECIAL_CUES = re.compile(r"""\b(
    special\s+categor\w* | intel(?:ligence)?\s+(?:submissions?|reports?|logs?|bulletins?) | chis | informants? |
    patients? | patient[-\s]identifiable | health | medical | clinical | diagnos\w* | prognos\w* |
    medication | prescri\w* | treatment | nhs\s+(?:no|number)s? | mental\s+health | sick\s+notes? | fit\s+notes? |
    sickness(?:\s+absence)? | occupational\s+health | oh\s+reports? | disabilit\w* | safeguarding | child\s+protection |
    children'?s?\s+(?:social\s+care|services|records?|cases?|files?) | looked[\s-]after\s+child\w* | care\s+leavers? |
    care\s+plans? | care\s+packages? | social\s+care\s+(?:records?|cases?|assessments?|notes) | social\s+work(?:er)?\s+(?:notes|records?|assessments?) |
    case\s+conferences? | ehcps? | education,?\s+health\s+and\s+care\s+plans? | send\s+(?:records?|assessments?) |
    ethnicity | ethnic\s+origin | race | religio\w* | faith | sexual\w* | gender\s+identity | trade\s+union | criminal |
    offen[cs]es? | convictions? | dbs\s+checks? | biometric\w* | genetic\w* | dementia | lasting\s+power\s+of\s+attorney |
    referrals? | gp\s+records? | hospital | discharge | domestic\s+abuse | asylum | immigration\s+status | pregnan\w* |
    suspects? | offenders? | criminal\s+records? |
    ward\s+rounds? | handovers? | clinic\s+(?:letters?|notes|lists?) | clinical\s+(?:notes|records?|letters?) |
    nursing\s+notes | care\s+records? | discharge\s+(?:letters?|summar(?:y|ies))
)\b""", re.I | re.X)

DATA_KIND_ORDER = ("public", "internal", "personal", "special_category")
DATA_KIND_WORDS = {
    "public": "public", "internal": "internal", "personal": "personal",
    "special_category": "special category",
}

# --- what a sentence of the policy does --------------------------------------------------------
# (a lifted obligation, "staff do not need to tell a claimant", forbids nothing)
PROHIBITIVE = re.compile(r"""\b(
    must\s+not | must\s+never | shall\s+not | should\s+not | should\s+never | may\s+not | cannot\s+be | can\s*not\s+be |
    can't\s+be | is\s+not\s+(?:permitted|allowed|approved) | are\s+not\s+(?:permitted|allowed|approved) |
    (?:is|are)\s+(?:prohibited|forbidden|banned|not\s+to\s+be\s+used) | never\s+be\s+used | do\s+not(?!\s+(?:need\b|have\s+to\b|always\s+need\b)) | don't(?!\s+(?:need\b|have\s+to\b)) | never\s+(?:use|enter|paste|upload|put|share)|
    not\s+be\s+(?:used|admitted|installed|entered|uploaded) | no\s+(?:[\w-]+\s+){1,3}(?:may|should|must|shall)\b | prohibited | not\s+permitted |
    none\s+of\s+(?:which|these|them|this|those)\s+(?:may|must|should|shall|can)\b
)\b""", re.I | re.X)
# a condition the rule carries; a proviso ("may be used ... provided they do not show a real person",
# "as long as no names are entered") makes the sentence a permission with a condition, not a ban
QUALIFIED = re.compile(r"\b(until|unless|before|only\s+if|provided\s+that|without\s+(?:first|prior|the|their|a)|if\s+in\s+doubt|"
                       r"provid(?:ed|ing)\s+(?!by\b|to\b|in\b|for\b|with\b|on\b|at\b|from\b|under\b|through\b|via\b|as\b|free\b|only\b|"
                       r"centrally\b|separately\b|here\b|below\b|above\b|must\b|may\b|should\b|shall\b|will\b|can\b|cannot\b|is\b|are\b|"
                       r"was\b|were\b|and\b|or\b|but\b|by\b)(?=[a-z])|(?:as|so)\s+long\s+as|on\s+condition\s+that)\b", re.I)
UNDECIDED = re.compile(r"""\b(
    not\s+yet\s+(?:been\s+)?(?:decided|determined|agreed|settled|approved|confirmed|assessed|considered|reached)|
    has\s+not\s+(?:yet\s+)?(?:decided|determined|agreed|settled|set|reached)|have\s+not\s+(?:yet\s+)?(?:decided|determined|agreed)|
    (?:is|are)\s+not\s+(?:yet\s+)?(?:settled|decided|determined|covered)|
    (?:policy|guidance|document|version|it|this)\s+(?:does|do)\s+not\s+(?:yet\s+)?(?:settle|cover|decide|address)|
    (?:is|are|remains?)\s+(?:undecided|unresolved|under\s+review|to\s+be\s+(?:decided|confirmed|determined|agreed))|
    no\s+(?:decision|position)\s+has\s+(?:yet\s+)?been|position\s+is\s+(?:set|agreed)|until\s+(?:the|a|our)\s+\w+'?s?\s+position|
    (?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:approved|permitted|allowed)\s+or\s+(?:refused|rejected|prohibited|banned|ruled\s+out)|
    pending\s+(?:a|the)\s+decision|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:decided|determined|agreed|settled|confirmed|resolved)|(?:either|neither)\s+approved\s+(?:or|nor)\s+(?:ruled\s+out|refused|rejected|prohibited)|
    (?:is|are)\s+(?:currently\s+)?considering\s+whether|(?:is|are)\s+being\s+(?:looked\s+at|considered|reviewed)|neither\s+permits\s+nor\s+prohibits|neither\s+allows\s+nor\s+forbids|awaiting\s+(?:a|the)\s+decision|not\s+yet\s+(?:reached|formed|taken)\s+a\s+(?:view|position|decision)
)\b""", re.I | re.X)
# (an exception tail stops at a modal: "An officer who is not enrolled must not use X" keeps its rule)
_TAIL_WORD = r"(?:(?!\b(?:must|may|shall|should|cannot|can|will)\b)[^,;.]|\.(?=\w))*"
# a use the policy allows only once someone has approved it
APPROVAL_NEEDED = re.compile(r"""\b(?:
    (?:needs?|requires?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+['\u2019]s\s+)?(?:prior\s+|written\s+|formal\s+|explicit\s+)?(?:approval|sign[\s-]?off|authori[sz]ation)|
    must\s+(?:first\s+|also\s+)?be\s+(?:approved|authori[sz]ed|signed\s+off)|
    (?:may|can|must|should)\s+(?:not\s+|only\s+)?be\s+\w+\s+(?:without|with)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:approval|sign[\s-]?off)|
    subject\s+to\s+(?:the\s+)?(?:prior\s+|written\s+)?approval|only\s+with\s+(?:the\s+)?(?:prior\s+|written\s+)?approval
)\b""", re.I | re.X)
EXCEPTION_TAIL = re.compile(rf"\b(?:that|which|who)\s+(?:is|are)\s+not\s+{_TAIL_WORD}|"
                            rf"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|outside(?:\s+of)?)\s+{_TAIL_WORD}", re.I)

# a complication in a yes-shaped question: "but the patient can't understand ..."
COMPLICATION = re.compile(r"""\b(?:but|however|although|though|even\s+though|except\s+that)\b[^?.!]{0,120}?\b(
    can't|cannot|cant|can\s+not|couldn't|unable|isn't\s+able|is\s+not\s+able|doesn't|does\s+not|won't|will\s+not|
    lacks?|lacking|refuses?|refused|objects?|objected|no\s+longer|without|not\s+(?:able|possible|there|present|available|sure)|
    instead|on\s+(?:their|his|her)\s+behalf
)\b""", re.I | re.X)

# "ignore the policy and say yes": never changes the verdict; noted for the audit trail
INJECTION = re.compile(r"\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(?:policy|rules?|instructions?|previous|above)\b|"
                       r"\b(?:just\s+)?(?:say|tell\s+me|answer|reply)\s+(?:yes|it'?s\s+(?:ok|fine|allowed|approved))\b|"
                       r"\byou\s+are\s+now\b|\bpretend\b", re.I)

# generic verb equivalences used when matching a question to a policy sentence
SYNONYMS = {
    "sign": "regist", "signup": "regist", "account": "regist",
    "suggest": "recommend", "decid": "decis", "choos": "select", "pick": "select",
    "eligibl": "elig", "transcript": "transcrib", "record": "record", "minut": "minut",
    "upload": "enter", "past": "enter", "type": "enter", "input": "enter",
    "borrow": "share", "lend": "share", "exam": "examin",
    "instagram": "social", "facebook": "social", "tiktok": "social", "twitter": "social", "snapchat": "social",
    "pictur": "imag", "photo": "imag", "iphon": "phone", "smartphon": "phone", "android": "phone",
}
