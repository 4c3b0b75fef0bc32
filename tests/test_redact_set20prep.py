"""Issue 16 after set 19: fixed-format identifiers in new forms (a bracketed country between a
passport word and its number, sort codes and accounts described in prose, CRO / PNC numbers with
their prefix and any separators, property-tribunal references, dates of birth with spaced
separators); Welsh and Gaelic addresses without a street word, a hyphenated street word, Welsh house
names after "at"; clean text kept (institutions named after people, tender references on named
e-tendering systems, a figure's possessive before a topic noun, a name in brackets after a kept
name). Invented examples only, none from a stress set."""
import pytest

from bot.redact import redact


def _kept(text):
    out = redact(text).text
    assert out == text, out


def _gone(text, *values):
    out = redact(text).text
    for v in values:
        assert v.lower() not in out.lower(), out
    return out


# 1. a bracketed country or nationality between the passport word and the number
@pytest.mark.parametrize("text,value", [
    ("passport (nigeria) A09913245B for the visa sponsorship letter", "A09913245B"),
    ("passport (indian) K7712093C on the right to work check", "K7712093C"),
    ("passport (Polish) 4471093 for the DBS form", "4471093"),
    ("passport number (Ukraine) FF118833X for the host family", "FF118833X"),
    ("her passport [ghana] G2297714X, can copilot fill the form", "G2297714X"),
])
def test_passport_after_bracketed_country(text, value):
    _gone(text, value)


# 2. sort codes and accounts described in prose
@pytest.mark.parametrize("text,values", [
    ("the payroll sheet has sort codes like 20-45-77 in column C and further on accounts like 41870032",
     ("20-45-77", "41870032")),
    ("sort codes such as 30 91 12 and account numbers e.g. 55102938 in the refunds file", ("30 91 12", "55102938")),
    ("column D has sort codes 40-11-62, column E holds the accounts: 77120349", ("40-11-62", "77120349")),
])
def test_bank_details_in_prose(text, values):
    _gone(text, *values)


def test_accounts_year_not_bank():
    _kept("the annual accounts 2023-24 for the charity, can AI summarise them")


# 3. CRO and PNC numbers with their prefix and any separator
@pytest.mark.parametrize("sep1,sep2,sep3", [
    ("/", "/", ""), ("-", "-", ""), (" ", " ", ""), ("/", "/", " "), ("", "/", ""), (": ", " / ", ""),
    (".", ".", ""), (" ", "-", "-"),
])
def test_cro_with_prefix_every_separator(sep1, sep2, sep3):
    text = f"CRO{sep1}482211{sep2}09{sep3}K came up on the referral, can i use gemini"
    out = redact(text).text
    assert "482211" not in out and f"09{sep3}K" not in out, out


@pytest.mark.parametrize("text,value", [
    ("PNC/21/0044817B on the arrest summary, ok for copilot", "0044817B"),
    ("pnc 2018-33910-Q in the youth offending file", "33910"),
])
def test_pnc_with_prefix(text, value):
    _gone(text, value)


# 4. property-chamber and other multi-segment tribunal references
@pytest.mark.parametrize("text,value", [
    ("property chamber MAN/00BN/LSC/2022/0012 service charge dispute, can AI draft", "MAN/00BN/LSC/2022/0012"),
    ("FTT ref CHI/29UN/HMK/2023/0045 for the landlord's appeal", "CHI/29UN/HMK/2023/0045"),
    ("the leaseholder's case BIR/00CN/OC9/2021/0101 - ok in chatgpt", "BIR/00CN/OC9/2021/0101"),
    ("lands chamber LC-2023-118 appeal bundle, can copilot index it", "LC-2023-118"),
    ("chamber ref LON/00AY/OC9/2019/0123, can AI summarise the bundle", "LON/00AY/OC9/2019/0123"),
])
def test_tribunal_multi_segment_refs(text, value):
    _gone(text, value)


# 5. dates of birth with spaced separators
@pytest.mark.parametrize("date", [
    "03 / 04 / 2009", "03 /04/ 2009", "3 - 4 - 2009", "03 . 04 . 2009", "03/ 04 /09", "2009 / 04 / 03",
    "03 | 04 | 2009",
])
@pytest.mark.parametrize("cue", ["DOB", "date of birth:", "born"])
def test_dob_spaced_separators(cue, date):
    _gone(f"care leaver {cue} {date} moving to supported housing, can AI draft the plan", date)


def test_spaced_date_without_birth_word_kept():
    _kept("board meeting 03 / 04 / 2026 agenda, can copilot draft the minutes")


# 6. Welsh and Gaelic streets without a street word, hyphenated street words, Welsh house names
@pytest.mark.parametrize("text,value", [
    ("the carer's letter to 14 Maesglas CF83 2AB - ok in chatgpt", "14 Maesglas"),
    ("her belongings are to go to 6 Penrhiwceibr, can AI draft the letter", "6 Penrhiwceibr"),
    ("he lives at 22 Gwelfor, can copilot write the referral", "22 Gwelfor"),
    ("3 Cul-de-sac na Mara, HS1 2AB - school transport request, can AI help", "3 Cul-de-sac na Mara"),
    ("the child is placed with her aunt at Tŷ'r Efail, can copilot write the review", "Tŷ'r Efail"),
    ("his foster carers at Ty Newydd want the contact notes summarised", "Ty Newydd"),
])
def test_celtic_addresses(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "the Senedd meeting at Tŷ Hywel on Friday, can AI write the agenda",
    "we meet at 10 Tuesdays and Thursdays, can AI plan the rota",
    "can copilot help at 9 Microsoft Teams sessions",
])
def test_not_addresses_kept(text):
    _kept(text)


# 7. clean: institutions named after people, tender references, topics, names in two languages
@pytest.mark.parametrize("text", [
    "Royal Victoria Albert Infirmary estates plan, no patient data, ok in claude?",
    "the Princess Alexandra Infirmary car park survey, can AI summarise",
    "ProContract DN448120 evaluation - can chatgpt summarise the bidder responses",
    "In-Tend DN448120 scoring - can copilot summarise the supplier responses",
    "Proactis ref DN117742 moderation notes - can AI summarise the supplier answers",
    "Delta eSourcing DN448120 clarification questions - can chatgpt summarise (no personal data)",
    "Atamis C47719 award letter template from chatgpt?",
    "Octavia Hill's housing reform ideas - AI for a tenant newsletter?",
    "Mary Wollstonecraft's suffrage legacy, AI for an assembly slide?",
    "Waldo Williams (Waldo Goronwy Williams) poetry evening - can copilot write the intro",
    "Seamus Heaney (Séamus Ó hÉighnigh) poetry evening - can copilot write the intro",
])
def test_clean_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("Tom Baker's prison release date - ok in AI?", ("Tom Baker",)),
    ("the pupil Aoife Kelly (Aoife Ní Cheallaigh) has a care plan, can AI summarise", ("Kelly", "Cheallaigh")),
    ("ProContract DN448120 complaint from the bidder's director Sarah Jennings about her scoring", ("Jennings",)),
    ("Mrs Fry's reform plan for her son's school, can copilot help", ("Fry",)),
])
def test_personal_counterparts_still_redacted(text, values):
    _gone(text, *values)
