"""Personal-data redaction for questions, logs, the audit trail and escalations.

Spec (knowledge-and-answers.md §2): personal data in a question (names with
circumstances, NI numbers, NHS numbers, emails, phone numbers, postcodes, dates of
birth, case references) never appears in the answer's ``question``, in logs, in the
audit trail or in an escalation; it is replaced by a placeholder such as ``[NI number]``.

Pure Python, deterministic and fast (every regex compiled once at import). A
``Finding`` records only the kind and the span in the *original* text, never the
matched value, so findings can be logged safely; ``Redaction`` never keeps the
original text either.

Detected: NI numbers (any two-letter prefix, QQ included), NHS numbers (mod-11 check;
a bad check digit after "NHS no" is still an NHS number, elsewhere a case reference),
emails, UK phone numbers, full UK postcodes, dates of birth (birth context, or any full
date more than ten years old), case references, and names given with circumstances
(honorific + name, role/relationship word + name, common given name + surname).
Tool and product names (``BUILTIN_PROTECTED`` plus ``protect``) are never names.
Known gaps: names typed in lower case or given alone without a cue ("Sarah from HR"),
addresses without a postcode, obfuscated emails ("jo at example dot com").

Why not Microsoft Presidio: presidio-analyzer runs offline only with its ``no_op`` NLP
engine (no NER, so no person names: spaCy models are not published on PyPI by their
authors), still pulls in spaCy, and its UK NINO pattern rejects the QQ prefix that
documentation and test data use.
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

__all__ = [
    "Finding",
    "Redaction",
    "RedactingFilter",
    "redact",
    "implied_data_kinds",
    "PLACEHOLDERS",
    "NI_NUMBER",
    "NHS_NUMBER",
    "EMAIL",
    "PHONE",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "CASE_REFERENCE",
    "NAME",
]

# --------------------------------------------------------------------------- kinds
NI_NUMBER = "ni_number"
NHS_NUMBER = "nhs_number"
EMAIL = "email"
PHONE = "phone"
POSTCODE = "postcode"
DATE_OF_BIRTH = "date_of_birth"
CASE_REFERENCE = "case_reference"
NAME = "name"
ADDRESS = "address"

PLACEHOLDERS: dict[str, str] = {
    NI_NUMBER: "[NI number]",
    NHS_NUMBER: "[NHS number]",
    EMAIL: "[email]",
    PHONE: "[phone]",
    POSTCODE: "[postcode]",
    DATE_OF_BIRTH: "[date of birth]",
    CASE_REFERENCE: "[case reference]",
    NAME: "[name]",
    ADDRESS: "[address]",
}

# When two candidates overlap the longer wins; on equal length the higher priority.
_PRIORITY = {
    EMAIL: 90,
    NI_NUMBER: 80,
    NHS_NUMBER: 75,
    PHONE: 70,
    DATE_OF_BIRTH: 60,
    POSTCODE: 50,
    ADDRESS: 45,
    CASE_REFERENCE: 40,
    NAME: 30,
}
# Kinds a protected phrase (tool name, alias) can veto. Hard identifiers cannot be vetoed.
_SOFT_KINDS = frozenset({NAME, CASE_REFERENCE, POSTCODE, ADDRESS})


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: its kind and its span in the original text."""

    kind: str
    start: int
    end: int

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


@dataclass(frozen=True, slots=True)
class Redaction:
    """The redacted text and what was removed (kinds and spans only, no values)."""

    text: str
    findings: tuple[Finding, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(f.kind for f in self.findings)

    @property
    def changed(self) -> bool:
        return bool(self.findings)


def implied_data_kinds(redaction: Redaction) -> set[str]:
    """The register data kinds the findings imply.

    An NHS number is health data (``special_category``); every other finding
    identifies a living person (``personal``).
    """
    kinds: set[str] = set()
    for f in redaction.findings:
        kinds.add("special_category" if f.kind == NHS_NUMBER else "personal")
    return kinds


# --------------------------------------------------------------------- word lists
_DATA_DIR = Path(__file__).with_name("data")


def _load_given_names() -> frozenset[str]:
    path = _DATA_DIR / "given_names.txt"
    names = set()
    with path.open(encoding="utf-8") as fh:  # missing file = broken install: fail loudly
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(line)
    return frozenset(names)


GIVEN_NAMES: frozenset[str] = _load_given_names()

# Given names that are also everyday words; not taken as a first name at a sentence start
# ("Will Copilot ...", "May I ...", "Mark Complete ...").
_AMBIGUOUS_FIRST = frozenset(
    """Will May June April Mark Bill Frank Jack Sue Pat Rob Don Guy Grace Hope Rose Amber
    Jade Holly Ivy Hazel Olive Pearl Penny Dawn Ray Dean Glen Dale Fern Flora Iris Ruby
    Violet Daisy Poppy Heather Max Faye Kerry Ted Bob Jean Lee Joy Summer Chase Drew
    Victoria Florence Georgia Jordan Bonnie Sunny Rusty Harley Teddy Gene Carol Neil
    Ronnie Frankie Charlie Billy Bobby Tommy Jo Jan Kim Angel Lily Willow Rowan Scarlett
    Star Lou Ed Al Nat Viv Vic Ruby Julia Ada Rex Ion Otto Otis Basil Kai Aria Cara Wren Sal
    Dev Ram Jay Skye Luna Ella Sonny Milo Bruno Quinn Tess Abi Isla""".split()
)

# Built-in tool / product / vendor words that must never be taken for a name (matched
# case-insensitively as whole words or phrases). ``redact(protect=...)`` adds the
# register's tool names and aliases.
BUILTIN_PROTECTED: tuple[str, ...] = (
    "Copilot", "Copilot Chat", "Copilot Studio", "Microsoft", "Microsoft 365", "M365", "Office",
    "Microsoft Office", "Office 365", "O365", "Teams", "Microsoft Teams", "Word", "Excel",
    "Outlook", "PowerPoint", "OneNote", "OneDrive", "SharePoint", "Power BI", "Power Automate",
    "Power Apps", "Planner", "Forms", "Viva", "Loop", "Stream", "Bookings", "Whiteboard",
    "Clipchamp", "Designer", "Edge", "Bing", "Bing Chat", "Azure", "Azure OpenAI", "Dynamics",
    "Purview", "Intune", "Windows",
    "ChatGPT", "GPT", "OpenAI", "DALL-E", "Sora", "Claude", "Claude Pro", "Anthropic",
    "Gemini", "Bard", "Google", "Google Docs", "Google Workspace", "NotebookLM", "Notebook LM",
    "Gemma", "DeepMind", "Perplexity", "DeepSeek", "Meta", "Meta AI", "Llama", "WhatsApp",
    "Facebook", "Instagram", "LinkedIn", "Mistral", "Le Chat", "Grok", "xAI", "Qwen",
    "Grammarly", "Otter", "Otter.ai", "Fireflies", "Firefly", "Adobe", "Adobe Firefly",
    "Acrobat", "Photoshop", "Canva", "Midjourney", "Stable Diffusion", "Runway", "ElevenLabs",
    "Synthesia", "Speechify", "QuillBot", "Wordtune", "DeepL", "Goblin Tools",
    "GitHub", "GitHub Copilot", "Cursor", "Tabnine", "Codeium", "Windsurf", "Replit",
    "Hugging Face", "HuggingFace",
    "Heidi", "Heidi Health", "Tortus", "Accurx", "Lexacom", "Dragon", "Nuance", "EMIS",
    "SystmOne", "Zoom", "Slack", "Notion", "Dropbox", "Box", "Miro", "Trello", "Asana", "Jira",
    "Confluence", "Atlassian", "Salesforce", "Tableau", "Qlik", "Alteryx", "Apple",
    "Apple Intelligence", "Siri", "Amazon", "Alexa", "Amazon Alexa", "Cortana", "Jasper AI",
    "Ada Health", "Devin AI", "AWS", "Bedrock", "Python",
    "Poe", "Character.ai", "Replika", "Snapchat", "TikTok", "YouTube", "Twitter", "Chrome",
    "Android", "iPhone", "iOS",
)

# Capitalised words that are not surnames (so "Grace Period", "Dev Team", "Victoria
# Station", "Bill Payments" are not names) and not a name after a role word.
_NOT_NAME_WORDS = frozenset(
    """
    Team Teams Office Board Policy Policies Services Service Payments Payment Support Manager
    Management Project Projects Programme Program Group Groups Unit Centre Center House Street
    Road Lane Avenue Close Drive Way Park Square Station Line Hall Court Hospital Hospitals
    Palace Dock Bridge Gardens Garden Place Terrace Crescent Hill Building Ward Wing Surgery
    Practice School Schools College University Library Church Trust Trusts Foundation Fund
    Bank Council County Borough City Town Village Limited Ltd Inc Plc Care Health Healthcare
    Chat Pro Plus Free Premium Business Enterprise Personal Standard Basic Studio Tools Tool
    AI App Apps Assistant Bot Scribe Notes Note Summary Code Data Cloud Online Mobile Desktop
    Web Edition Home Work Day Days Week Weekend Month Year Report Reports Plan Plans Review
    Reviews Meeting Meetings Panel Committee Department Directorate Network Portal System
    Systems Platform Hub Lab Labs Academy Institute Society Association Partnership Alliance
    Federation Agency Authority Commission Ministry Government Parliament Act Law Rule Rules
    Guidance Guide Framework Strategy Standards Protocol Procedure Process Form Template
    Document Documents Letter Email Emails Mail Message Messages Account Accounts Period
    Party Fair Festival Awards Award Prize Lecture Conference Summit Series Season Cup League
    Club Rovers United Hotel Inn Restaurant Cafe Shop Store Market Arena Stadium Theatre
    Cinema Gallery Museum Airport Port Harbour Island Beach Coast Valley Forest Wood Woods
    River Lake Bay Heights Rise View Vale Grove Fields Field Mews Row Walk Green Common Cross
    Gate Gateway Tower Towers Castle Manor Lodge Cottage Farm Mill Estate Yard Quay Wharf
    Point North South East West Central Upper Lower Great Little New Old Royal General
    Memorial Community Regional National International Global Digital Smart Direct Express
    Connect Link Live Now First Next Last Final Annual Quarterly Monthly Weekly Daily Morning
    Afternoon Evening Night Christmas Easter Holiday Holidays Alert Appeal Campaign Challenge
    Nurse Nurses Doctor Doctors Clinic Clinical Medical Mental Social Primary Secondary Acute
    Emergency Urgent Maternity Children Child Adult Adults Family Families Young People Public
    Private Staff Student Students Patient Patients Client Clients Customer Customers User
    Users Member Members Leader Leaders Lead Officer Officers Director Directors Chair Chief
    Head Deputy Secretary President Minister Chancellor Governor Mayor Commissioner Inspector
    Prince Princess King Queen Duke Duchess Earl Lord Lady Saint St Pope Bishop Reverend
    Father Mother Sister Brother Uncle Aunt Baby Guardian Caldicott Version Experience Records
    Record Information Leaflet Leaflets Letters Feedback Engagement Voice Flow Pathway Pathways
    Access Choice Benefit Parking Contact Assistance Carer Carers Forum Survey Safeguarding
    Protection Plan Allowance Credit Tax Payroll Pension Pensions Recruitment Induction
    Appraisal Appraisals Absence Leave Sickness Referral Referrals Assessment Assessments
    Discharge Admission Admissions Transfer Outcome Outcomes Portal Record Journey Charter
    Agreement Handbook Booklet Newsletter Bulletin Update Updates Group Forum Network Council
    Partner Partners Provider Providers Supplier Suppliers Vendor Vendors Partnership Contractor
    Case Cases Casework Management Manager Notes Assistant Intelligence Insights Analytics Release Update Upgrade Licence
    License Licences Licenses Training Course Module Test Tests Trial Pilot Agent Agents
    Model Models Search Assist Enterprise Edition Workspace Docs Sheets Slides Drive Meet
    Calendar Contacts Files File Folder Folders Site Sites Page Pages Wiki Ticket Tickets
    Request Requests Order Orders Invoice Invoices Budget Budgets Finance Finances Audit
    Risk Risks Safety Security Privacy Protection Governance Compliance Legal Ethics Equality
    Diversity Inclusion Wellbeing Welfare Benefits Housing Education Transport Planning
    Highways Waste Environment Library Leisure Culture Tourism Economy Economic Development
    Resources Operations Communications Comms Marketing Sales Procurement Contracts Contract
    Estates Facilities Reception Admin Administration Helpdesk Desk Line Phone Phones
    Anyone Anybody Someone Somebody Everyone Everybody Nobody Nothing Something Everything
    This That These Those There Their They Then Than The It Its We You Your Our My Me Him
    Her His She He I Is Are Was Were Be Been Being Do Does Did Done Have Has Had Can Could
    Would Should Shall Might Must Not No Yes And Or But If So As At By For From In Into Of
    On Onto Out Over To Up With Without About After Before Under Between Through During
    Since Until While Where When What Who Why How Which Whom Whose Please Thanks Thank Hi
    Hello Dear Regards Best Kind Cheers Also Just Only Even Still Already Yet Again Maybe
    Perhaps Here Today Tomorrow Yesterday Tonight Ok Okay Sorry Sure Fine Great Good Bad
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    English Welsh Scottish Irish British Polish Urdu Punjabi Bengali Arabic Somali French
    Spanish Portuguese Romanian Chinese Mandarin Cantonese Hindi Gujarati Tamil Turkish
    Kurdish Farsi Persian Pashto Italian German Lithuanian Ukrainian Russian Latvian Greek
    Japanese Korean Vietnamese Filipino Tigrinya Amharic Swahili Yoruba Igbo Muslim
    Christian Jewish Hindu Sikh Buddhist Catholic Asian Black White African Caribbean
    European American Indian Pakistani Bangladeshi Easy Read Braille Makaton BSL
    """.split()
)
_NOT_NAME_LOWER = frozenset(w.lower() for w in _NOT_NAME_WORDS)

# ------------------------------------------------------------------------ patterns
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
# A capitalised name word: Sarah, O'Neill, D’Souza, McDonald, Mary-Jane, Zoë.
_NAMEWORD = (
    rf"(?:[{_UP}][{_LO}]*['’][{_UP}][{_LO}]+"
    rf"|(?:Mc|Mac)[{_UP}][{_LO}]+"
    rf"|[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)"
)

_PLACEHOLDER_RE = re.compile(
    r"\[(?:NI number|NHS number|email|phone|postcode|date of birth|case reference|name|address)\]"
)


def without_placeholders(text: str) -> str:
    """Redacted text with its placeholders taken out (their words say nothing about the use)."""
    return _PLACEHOLDER_RE.sub(" ", text)

_EMAIL_RE = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9])"
)

# Two letters, six digits, a letter A-D; any prefix (QQ included), spaces/hyphens optional.
_NI_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-Da-d](?![A-Za-z0-9])"
)
# Without the suffix letter only when introduced as an NI number.
_NI_NOSUFFIX_RE = re.compile(
    r"(?i)\b(?:NI|NINO|national\s+insurance)(?:\s+(?:no|number|num))?\.?\s*[:#]?\s*"
    r"(?P<v>[A-Za-z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2})(?![A-Za-z0-9])"
)

# Ten digits as 3-3-4 (spaces or hyphens) or unbroken.
_TEN_DIGIT_RE = re.compile(r"(?<![\d\-/.])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d]|[\-/.]\d)")
_NHS_CONTEXT_RE = re.compile(r"(?i)\bNHS\s*(?:no|num|number|#)?\.?\s*[:#]?\s*$")
_INTL_BEFORE_RE = re.compile(r"(?:\+|\b00)\s?44\s?(?:\(0\)\s?)?$")

# Phone candidates: an optional +44/0044 or "(0" area-code bracket, then digit groups
# separated by a space, hyphen, dot or closing bracket. Validated by digit count.
_PHONE_RE = re.compile(
    r"(?<![\w+/.\-])"
    r"(?P<intl>(?:\+|00)[ \t]?44[ \t]?(?:\(0\)[ \t]?)?|\((?=0\d{2,5}\)))?"
    r"(?P<body>\d+(?:(?:[ \t]?[\-.][ \t]?|[ \t]|\)[ \t\-]?)\d+)*)"
)
_GROUP_RE = re.compile(r"\d+")

# Postcode areas of the UK (plus GIR 0AA); inward letters exclude C I K M O V.
_PC_AREAS = (
    "AB AL BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN "
    "DT DY EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD "
    "LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL "
    "SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE"
).split()
_PC_AREA_SET = frozenset(_PC_AREAS) | frozenset("BEGLMNSW")
# Any area letters that follow the postcode rules (first letter not Q V X, second not I J Z),
# so made-up areas in test data (KV4 7QT) are caught; a lower-case match must use a real area.
_POSTCODE_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?P<area>[A-PR-UWYZ][A-HK-Y]?)\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}"
    r"(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])GIR ?0AA(?![A-Za-z0-9])"
)
_ORDINAL_INWARD_RE = re.compile(r"\d(?:st|nd|rd|th)$")

# Dates.
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM_DATE_RE = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![\d/]|[.\-]\d)"
)
_ISO_DATE_RE = re.compile(r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])")
_DMY_WORDS_RE = re.compile(
    rf"(?i)(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH_ALT})\b\.?,?"
    rf"\s+(?P<y>\d{{4}})(?!\d)"
)
_MDY_WORDS_RE = re.compile(
    rf"(?i)\b(?P<m>{_MONTH_ALT})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
)
_MY_WORDS_RE = re.compile(rf"(?i)\b(?P<m>{_MONTH_ALT})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)")
_DOB_CONTEXT_RE = re.compile(
    r"(?i)(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b"
    r"|\bborn\b|\baged?\s+\d{1,3}\b)"
)
_DOB_WINDOW = 32

# Case references.
_CASE_NOUNS = (
    r"case|claim|account|acct|tenancy|tenant|client|patient|customer|incident|complaint"
    r"|application|payroll|employee|staff|member|membership|referral|ticket|invoice|file"
    r"|hospital|hosp|mrn|nhi|student|pupil|council\s+tax|housing\s+benefit|safeguarding|sar|foi"
    r"|id|passport|driving\s+licen[cs]e|sort\s+code|bank\s+account"
)
_CASE_INTRO_RE = re.compile(
    rf"(?i)(?:\b(?P<noun>{_CASE_NOUNS})(?:\s+(?P<nq>ref(?:erence)?|no|num|number|id|code))?"
    r"|\b(?P<ref>ref(?:erence)?)(?:\s+(?:no|num|number|id|code))?"
    r")"
    r"(?![A-Za-z])\.?\s*(?:[:#=]|\bis\b)?\s*"
    r"(?=[A-Za-z0-9/\-_.]*\d)(?P<tok>[A-Za-z0-9][A-Za-z0-9/\-_.]*[A-Za-z0-9])(?![%£$€])"
)
# PREFIX-YEAR-NNNN (CHC-2024-0031, ABC/2024/0012) and PREFIX-NNNN (SAR-0042, HB-123456).
_CASE_SHAPE_RE = re.compile(
    r"(?<![\w\-/])(?P<p>[A-Z]{1,6})(?:[\-/](?:(?:19|20)?\d{2})[\-/](?=[A-Z0-9]*\d)[A-Z0-9]{3,10}(?:[\-/][A-Z0-9]{1,6})?"
    r"|-\d{3,8}|/\d{4,8}|\d{6,10})(?![\w\-/])"
)
_STANDARD_PREFIXES = frozenset(
    "ISO IEC BS EN RFC CVE CWE NIST GDPR DPA GPT COVID SARS NHS ICB NICE MHRA DCB DTAC DSPT "
    "PAS UKCA CE PCI SOC SHA MD AES RSA UTF HTTP TLS SSL TCP UDP USB HDMI DDR WCAG IEEE ANSI "
    "ECMA FIPS ASCII UCS WPA RAID COBIT ITIL".split()
)
_CLAUSE_LIKE_RE = re.compile(r"(?:\d{1,2}(?:\.\d{1,3})+|[A-Z]\.\d+(?:\.\d+)*|v?\d+(?:\.\d+)+)")
_YEARISH_RE = re.compile(r"(?:19|20)\d\d(?:[/\-]\d{2}(?:\d{2})?)?")

# Names.
_HONORIFICS = r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Rev|Revd"
_HONORIFIC_RE = re.compile(
    rf"(?<![\w\-])(?:(?P<hon>{_HONORIFICS})\.?[ \t]+(?P<name>{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{0,2}})"
    rf"|(?P<lhon>mr|mrs|mx|dr)\.?[ \t]+(?P<lname>[{_LO}][{_LO}'’\-]+))"
)
_ROLE_NOUNS = (
    r"colleague|co-?worker|line\s+manager|manager|boss|supervisor|team\s+leader|team\s+member"
    r"|staff\s+member|member\s+of\s+staff|employee|worker|son|daughter|mother|mum|mom|father"
    r"|dad|husband|wife|partner|fianc[ée]e?|brother|sister|grandson|granddaughter"
    r"|grandmother|grandfather|grandma|grandad|granddad|nan|nana|gran|granny|aunt|auntie"
    r"|uncle|nephew|niece|cousin|friend|neighbour|neighbor|child|baby|kid|toddler|stepson"
    r"|stepdaughter|stepmother|stepfather|step-?son|step-?daughter|carer|foster\s+carer"
    r"|guardian|patient|client|resident|tenant|service\s+user|customer|claimant|applicant"
    r"|candidate|student|pupil|learner|trainee|apprentice|volunteer|gp|nurse|doctor"
    r"|consultant|social\s+worker|caseworker|case\s+worker|landlord|landlady|victim|offender"
    r"|suspect|defendant|witness|complainant|councillor|director|officer|lodger|occupant"
    r"|householder|parent|dependant|dependent|foster\s+child|young\s+person"
)
# Role words that also front organisation names ("our partner Capita", "the client Deloitte"):
# a single word after them is a name only if it is a common given name.
_ORG_AMBIGUOUS_ROLES = frozenset(
    "partner client customer consultant director officer councillor member landlord guardian "
    "friend provider".split()
)
_PERSONAL_POSSESSIVE_RE = re.compile(r"(?i)\b(?:my|his|her|their|your)\s+$")
_PERSON_NOUNS = (
    r"man|woman|boy|girl|lady|gentleman|gent|person|someone|somebody|guy|chap|bloke"
    r"|teenager|teen|individual|family|adult|fella|fellow"
)
_ROLE_RE = re.compile(
    rf"(?P<role>(?i:\b(?:(?:{_ROLE_NOUNS})(?:,?[ \t]+(?:called|named|known\s+as))?"
    rf"|(?:{_PERSON_NOUNS})[ \t]+(?:called|named|known\s+as))))"
    rf"(?P<comma>,)?[ \t]+(?P<name>(?:(?:{_HONORIFICS})\.?[ \t]+)?{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{0,2}})"
)
_LOWER_NAME_RE = re.compile(r"\b(?:for|to|from|about|with|called|named|re|regarding|mr|mrs|ms|miss)\s+"
                            r"(?P<first>[a-z]{3,12})\s+(?P<last>[a-z][a-z'\-]{2,20})\b")
_LOWER_STOP = frozenset("""the a an and or but if then to of in on at by for with from about into over after before
    is are was were be been being has have had do does did can could will would should may might must
    not no yes it its this that these those there here when where who what which why how all any some
    each every our your their his her my me us them him she he they we you i today tomorrow yesterday
    tonight now later soon next last week month year please thanks ok okay again also just only still
    too very so as up down out off team meeting meetings email emails letter letters report reports""".split())
_CAPSEQ_RE = re.compile(rf"{_NAMEWORD}(?:[ \t]+{_NAMEWORD})+")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“(]\s*)$")
_HONORIFIC_WORD_RE = re.compile(rf"^(?:{_HONORIFICS})\.?$")

_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*")


# ---------------------------------------------------------------- protected words
def _norm_token(tok: str) -> str:
    tok = tok.lower()
    if tok.endswith("'s") or tok.endswith("’s"):
        tok = tok[:-2]
    return tok


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_norm_token(t) for t in _TOKEN_RE.findall(phrase))


def _build_index(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, set[tuple[str, ...]]] = {}
    for p in phrases:
        toks = _phrase_tokens(p)
        if toks:
            index.setdefault(toks[0], set()).add(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_BUILTIN_INDEX = _build_index(BUILTIN_PROTECTED)


@functools.lru_cache(maxsize=32)
def _protect_index(extra: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    if not extra:
        return _BUILTIN_INDEX
    merged = _build_index(extra)
    for k, v in _BUILTIN_INDEX.items():
        merged[k] = tuple(sorted(set(v) | set(merged.get(k, ())), key=len, reverse=True))
    return merged


def _protected_spans(text: str, index: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[int, int]]:
    toks = [(m.start(), m.end(), _norm_token(m.group())) for m in _TOKEN_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    n = len(toks)
    for i, (s, _e, t) in enumerate(toks):
        for phrase in index.get(t, ()):
            k = len(phrase)
            if i + k <= n and all(toks[i + j][2] == phrase[j] for j in range(1, k)):
                spans.append((s, toks[i + k - 1][1]))
                break
    return spans


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < pe and ps < e for ps, pe in spans)


# ---------------------------------------------------------------------- detectors
Candidate = tuple[str, int, int]


def _today() -> date:  # a function so tests can pin "today"
    return date.today()


def _detect_emails(text: str) -> Iterator[Candidate]:
    for m in _EMAIL_RE.finditer(text):
        yield EMAIL, m.start(), m.end()


def _detect_ni(text: str) -> Iterator[Candidate]:
    for m in _NI_RE.finditer(text):
        yield NI_NUMBER, m.start(), m.end()
    for m in _NI_NOSUFFIX_RE.finditer(text):
        yield NI_NUMBER, m.start("v"), m.end("v")


def _nhs_checksum_ok(digits: str) -> bool:
    total = sum(int(digits[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _uk_phone_digits_ok(national: str) -> bool:
    """``national`` includes the leading 0."""
    if len(national) < 10 or national[0] != "0" or national[1] not in "1235789":
        return False
    if len(national) == 11:
        return True
    return len(national) == 10 and national[1] in "18"


def _detect_phones(text: str) -> Iterator[Candidate]:
    pos = 0
    while True:
        m = _PHONE_RE.search(text, pos)
        if not m:
            return
        intl = m.group("intl") or ""
        intl_country = intl.startswith(("+", "00"))
        body_start = m.start("body")
        if not intl_country and not text.startswith("0", body_start):
            pos = m.end()
            continue
        prefix = "0" if intl_country else ""
        digits = prefix
        best_end = None
        for g in _GROUP_RE.finditer(m.group("body")):
            chunk = g.group()
            if intl_country and digits == "0" and chunk.startswith("0"):
                chunk = chunk[1:]  # "+44 0113 ..." written with the trunk 0
            digits += chunk
            if len(digits) > 11:
                break
            if _uk_phone_digits_ok(digits):
                best_end = body_start + g.end()
                if len(digits) == 11:
                    break
        if best_end is None:
            pos = m.end()
            continue
        yield PHONE, m.start(), best_end
        pos = best_end


def _detect_ten_digit(text: str) -> Iterator[Candidate]:
    for m in _TEN_DIGIT_RE.finditer(text):
        s, e = m.start(), m.end()
        before = text[max(0, s - 12):s]
        if _INTL_BEFORE_RE.search(before):
            continue  # +44 ... : a phone number
        digits = re.sub(r"\D", "", m.group())
        if _nhs_checksum_ok(digits):
            yield NHS_NUMBER, s, e
        elif digits[0] == "0" and _uk_phone_digits_ok(digits):
            continue  # the phone detector has it
        elif _NHS_CONTEXT_RE.search(text[max(0, s - 20):s]):
            yield NHS_NUMBER, s, e
        else:
            yield CASE_REFERENCE, s, e


def _postcode_candidates(text: str) -> Iterator[Candidate]:
    for m in _POSTCODE_RE.finditer(text):
        inward = m.group()[-3:]
        if inward.islower() and _ORDINAL_INWARD_RE.search(inward):
            continue  # "se1 2nd", "b3 4th": ordinals in chat, not postcodes
        area = m.group("area")
        if area and not area.isupper() and area.upper() not in _PC_AREA_SET:
            continue  # lower-case letters: only real postcode areas
        yield POSTCODE, m.start(), m.end()


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str, today: date) -> int:
    if len(raw) == 4:
        return int(raw)
    yy = int(raw)
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _ten_years_before(today: date) -> date:
    try:
        return today.replace(year=today.year - 10)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 10, day=28)


def _detect_dates(text: str) -> Iterator[Candidate]:
    today = _today()
    cutoff = _ten_years_before(today)

    def has_context(s: int) -> bool:
        return bool(_DOB_CONTEXT_RE.search(text[max(0, s - _DOB_WINDOW):s]))

    def judge(s: int, e: int, dt: date | None) -> Iterator[Candidate]:
        if dt is None:
            return
        if dt < cutoff or has_context(s):
            yield DATE_OF_BIRTH, s, e

    for m in _NUM_DATE_RE.finditer(text):
        if m.group("sep") == "." and len(m.group("y")) != 4:
            continue  # 5.2.12 is a clause number, not a date
        y = _year(m.group("y"), today)
        a, b = int(m.group("a")), int(m.group("b"))
        dt = _make_date(y, b, a) or _make_date(y, a, b)  # UK order first, then US
        yield from judge(m.start(), m.end(), dt)
    for m in _ISO_DATE_RE.finditer(text):
        dt = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        yield from judge(m.start(), m.end(), dt)
    for rx in (_DMY_WORDS_RE, _MDY_WORDS_RE):
        for m in rx.finditer(text):
            dt = _make_date(int(m.group("y")), _MONTHS[m.group("m").lower()], int(m.group("d")))
            yield from judge(m.start(), m.end(), dt)
    for m in _MY_WORDS_RE.finditer(text):  # "born March 1948": only with birth context
        if has_context(m.start()) and 1900 <= int(m.group("y")) <= today.year:
            yield DATE_OF_BIRTH, m.start(), m.end()


def _case_token_ok(tok: str, min_digits: int) -> bool:
    if sum(c.isdigit() for c in tok) < min_digits:
        return False
    if _CLAUSE_LIKE_RE.fullmatch(tok) or _YEARISH_RE.fullmatch(tok):
        return False
    return True


def _detect_case_refs(text: str) -> Iterator[Candidate]:
    for m in _CASE_INTRO_RE.finditer(text):
        tok = m.group("tok")
        bare_noun = m.group("noun") is not None and m.group("nq") is None
        if not _case_token_ok(tok, 4 if bare_noun else 2):
            continue
        yield CASE_REFERENCE, m.start("tok"), m.end("tok")
    for m in _CASE_SHAPE_RE.finditer(text):
        if m.group("p") in _STANDARD_PREFIXES:
            continue
        yield CASE_REFERENCE, m.start(), m.end()


# A street address: a house number and a street name ("14 Harrow Lane", "3a st mary's road").
_STREET_TYPES = (r"road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|cres|court|ct|place|pl"
                 r"|gardens|gdns|terrace|grove|hill|row|walk|square|sq|mews|park|view|rise|parade|green|yard")
_ADDRESS_RE = re.compile(
    rf"(?i)(?<![\w./-])(?:flat\s+\d+[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+(?:[a-z][a-z'\u2019-]+\s+){{1,3}}(?:{_STREET_TYPES})\b(?!-)")
# An identifier written as groups of digits ("106 447 812", "23/418/0077") or one long number.
_DIGIT_GROUPS_RE = re.compile(r"(?<![\w./,-])\d{2,5}(?:[ /-]\d{2,5}){2,4}(?![\w/-]|[.,]\d)|(?<![\w./,-])\d{8,}(?![\w/-]|[.,]\d)")


def _detect_addresses(text: str) -> Iterator[Candidate]:
    for m in _ADDRESS_RE.finditer(text):
        words = m.group().split()
        if any(w.lower() in ("the", "a", "an", "of", "and", "or", "to", "in", "for", "on", "at") for w in words[1:-1]):
            continue          # "3 of the way", "2 in the park": counts, not addresses
        yield ADDRESS, m.start(), m.end()


def _detect_digit_groups(text: str) -> Iterator[Candidate]:
    for m in _DIGIT_GROUPS_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 7 or any(rx.fullmatch(m.group()) for rx in (_NUM_DATE_RE, _ISO_DATE_RE, _YEARISH_RE)):
            continue
        yield CASE_REFERENCE, m.start(), m.end()


def _name_words(span_text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + w.start(), offset + w.end(), w.group()) for w in re.finditer(r"\S+", span_text)]


def _accept_name_run(
    words: list[tuple[int, int, str]], protected: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Trim a run of capitalised words (optionally led by an honorific) to its name part."""
    start = None
    end = None
    had_name = False
    for i, (s, e, w) in enumerate(words):
        if i == 0 and _HONORIFIC_WORD_RE.match(w):
            start = s
            continue
        bare = re.sub(r"['’]s$", "", w)
        if bare in _NOT_NAME_WORDS or _overlaps(s, e, protected):
            break
        if start is None:
            start = s
        end = s + len(bare) if bare != w else e
        had_name = True
    if not had_name or start is None or end is None:
        return None
    return start, end


def _name_candidates(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    # 1. Honorific + name.
    for m in _HONORIFIC_RE.finditer(text):
        if m.group("hon"):
            words = _name_words(m.group("name"), m.start("name"))
            run = _accept_name_run(words, protected)
            if run and run[0] == m.start("name"):
                yield NAME, m.start(), run[1]
        else:
            s, e = m.start("lname"), m.end("lname")
            w = m.group("lname")
            if w.lower() not in _NOT_NAME_LOWER and not _overlaps(s, e, protected):
                yield NAME, m.start(), e
    # 2. Relationship / role word + capitalised name.
    for m in _ROLE_RE.finditer(text):
        role = m.group("role")
        if m.group("comma") and not role.islower():
            continue  # "Data Protection Officer, Caldicott Guardian": a list of titles
        words = _name_words(m.group("name"), m.start("name"))
        if _overlaps(words[0][0], words[0][1], protected):
            continue
        run = _accept_name_run(words, protected)
        if not run:
            continue
        role_noun = role.split()[-1].lower()
        single = run[1] <= words[0][1]
        if (
            single
            and role_noun in _ORG_AMBIGUOUS_ROLES
            and text[run[0]:run[1]] not in GIVEN_NAMES
            and not _PERSONAL_POSSESSIVE_RE.search(text[max(0, m.start() - 8):m.start()])
        ):
            continue  # "our partner Capita": an organisation, not a person
        yield NAME, run[0], run[1]
    # 3b. A name typed in lower case after a word that introduces a person ("a letter for janet
    # okafor", "email to raj patel"): a common given name (not an everyday word) and a surname.
    for m in _LOWER_NAME_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if (first.capitalize() in GIVEN_NAMES and first.capitalize() not in _AMBIGUOUS_FIRST
                and last not in _LOWER_STOP and last.capitalize() not in _NOT_NAME_WORDS
                and not _overlaps(m.start("first"), m.end("last"), protected)):
            yield NAME, m.start("first"), m.end("last")
    # 3. Common given name + surname-looking word(s).
    for m in _CAPSEQ_RE.finditer(text):
        words = _name_words(m.group(), m.start())
        i = 0
        while i < len(words) - 1:
            s, e, w = words[i]
            at_start = bool(_SENTENCE_START_RE.search(text[max(0, s - 3):s])) or s == 0
            if (
                w in GIVEN_NAMES
                and not (at_start and w in _AMBIGUOUS_FIRST)
                and not _overlaps(s, e, protected)
            ):
                j = i + 1
                last_end = None
                while j < len(words) and j <= i + 3:
                    ws, we, ww = words[j]
                    bare = re.sub(r"['’]s$", "", ww)
                    if bare in _NOT_NAME_WORDS or _overlaps(ws, we, protected):
                        break
                    last_end = ws + len(bare)
                    j += 1
                if last_end is not None:
                    yield NAME, s, last_end
                    i = j
                    continue
            i += 1


# ------------------------------------------------------------------------- redact
def _detect(text: str, protect: tuple[str, ...]) -> list[Finding]:
    hard: list[Candidate] = []
    hard.extend(_detect_emails(text))
    hard.extend(_detect_ni(text))
    hard.extend(_detect_phones(text))
    hard.extend(_detect_ten_digit(text))
    hard.extend(_detect_dates(text))

    soft: list[Candidate] = []
    soft.extend(_postcode_candidates(text))
    soft.extend(_detect_case_refs(text))
    soft.extend(_detect_addresses(text))
    soft.extend(_detect_digit_groups(text))

    protected = _protected_spans(text, _protect_index(protect))
    soft = [c for c in soft if not _overlaps(c[1], c[2], protected)]
    soft.extend(_name_candidates(text, protected))

    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER_RE.finditer(text)]
    candidates = [c for c in hard + soft if c[2] > c[1]]
    if placeholders:
        candidates = [c for c in candidates if not _overlaps(c[1], c[2], placeholders)]

    # Longest first, then by priority; keep a candidate if it overlaps nothing kept so far.
    candidates.sort(key=lambda c: (-(c[2] - c[1]), -_PRIORITY[c[0]], c[1]))
    starts: list[int] = []  # kept spans, sorted and disjoint
    kept: list[Candidate] = []
    for c in candidates:
        i = bisect.bisect_left(starts, c[1])
        if i < len(kept) and kept[i][1] < c[2]:
            continue  # a kept span starts inside c
        if i > 0 and kept[i - 1][2] > c[1]:
            continue  # the kept span before c reaches into it
        starts.insert(i, c[1])
        kept.insert(i, c)
    return [Finding(k, s, e) for k, s, e in kept]


def redact(text: str, protect: Iterable[str] = ()) -> Redaction:
    """Replace personal data in ``text`` with placeholders such as ``[NI number]``.

    ``protect``: extra words or phrases (the register's tool names and aliases) that
    must never be taken for a name or reference, on top of ``BUILTIN_PROTECTED``.
    """
    from bot.normalize import normalize_text   # hidden characters, full-width forms, look-alikes
    text = normalize_text(text)
    if not text:
        return Redaction(text or "", ())
    findings = _detect(text, tuple(protect))
    if not findings:
        return Redaction(text, ())
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos:f.start])
        parts.append(PLACEHOLDERS[f.kind])
        pos = f.end
    parts.append(text[pos:])
    return Redaction("".join(parts), tuple(findings))


# ------------------------------------------------------------------------ logging
class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's message (and any formatted
    exception or stack text) before a handler emits it.

    Attach it to handlers: ``handler.addFilter(RedactingFilter(protect=tool_names))``.
    """

    def __init__(self, protect: Iterable[str] = (), name: str = "") -> None:
        super().__init__(name)
        self.protect = tuple(protect)

    def filter(self, record: logging.LogRecord) -> bool:
        if not super().filter(record):
            return False
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw template, redacted
            message = str(record.msg)
        red = redact(message, self.protect)
        if red.findings or record.args:
            record.msg = red.text
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.protect).text
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.protect).text
        return True
