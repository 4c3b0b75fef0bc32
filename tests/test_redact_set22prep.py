"""Issue 16 after set 21: classes set 21's first run leaked or altered, with other invented values
(none from a stress set): a tribunal or appeal reference in brackets, a subject access request's
reference, an email written with a spoken "at" before a written domain; and clean look-alikes kept.
Each leaking input below fails on main at c604144."""
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


# 1. fixed-format identifiers
@pytest.mark.parametrize("text,values", [
    ("SEND tribunal appeal (HX27/118/25) papers into copilot for a timeline?", ("HX27/118/25",)),
    ("disability appeal (ZB40/772/23) bundle - can gemini summarise?", ("ZB40/772/23",)),
    ("subject access request DSAR-2210-318 - can copilot search the mailbox for the requester?", ("DSAR-2210-318",)),
    ("subject access request QX-88213: copilot to find every email about her?", ("QX-88213",)),
    ("resident's email lou.pickard_88 at example.org, can chatgpt draft the reply?", ("lou.pickard_88 at example.org",)),
    ("his email is m.ostrowski7 at outlook.com - ok to paste into copilot?", ("m.ostrowski7 at outlook.com",)),
])
def test_fixed_format_set21_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "look at gov.uk for the guidance before using copilot?",
    "our team at example.com uses copilot, is that allowed?",
    "change request CR-2291 copilot summary?",
    "FOI request 2024-0113 response - can chatgpt draft it?",
    "how many subject access requests did we get in 2024 - can copilot chart them?",
    "ISO-27001-2022 controls list in chatgpt?",
])
def test_fixed_format_clean_kept(text):
    _kept(text)


# 2. families: in the plural with a cue that they are a family, after "fam." or Welsh "Y Teulu"
@pytest.mark.parametrize("text,values", [
    ("can chatgpt help me write to the Oyebanjis about the transport change?", ("Oyebanji",)),
    ("the McCallums on Tiree, respite hours - copilot?", ("McCallum",)),
    ("the Pembertons (foster carers) - gemini ok?", ("Pemberton",)),
    ("fam. Adeyinka-Rowe, copilot ok?", ("Adeyinka-Rowe",)),
    ("Y Teulu Pryce-Llewelyn — chatgpt for the review notes?", ("Pryce-Llewelyn",)),
])
def test_family_set21_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "write to the Romans about the history project",
    "the Simpsons in Springfield, a lesson plan for chatgpt?",
    "the Greens (the party) manifesto summary in chatgpt?",
    "Family Hub opening hours poster in copilot?",
    "the Tudors (year 5 topic) - chatgpt quiz?",
])
def test_family_clean_kept(text):
    _kept(text)


# 3. lists: a numbered pasted list of full names, given names with a school year
@pytest.mark.parametrize("text,values", [
    ("copied in: 1. Esme Larkin 2. Tobias Wren 3. Aoife Brennan — chatgpt rank them?", ("Esme Larkin", "Tobias Wren", "Aoife Brennan")),
    ("1) Harvey Doyle 2) Maisie Quarrie — can copilot merge the notes?", ("Harvey Doyle", "Maisie Quarrie")),
    ("Alfie, Poppy, Ty and Imogen from Year 2 - chatgpt seating plan?", ("Alfie", "Poppy", "Ty", "Imogen")),
    ("Rhys, Ffion, Ty and Gwen (Y3) - copilot report?", ("Rhys", "Ffion", "Ty", "Gwen")),
])
def test_list_set21_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "1. Data Protection 2. Human Rights Act 3. Equality Act — copilot summary?",
    "1. Microsoft Teams 2. Google Drive — which is allowed?",
    "Spring, Summer and Autumn from Year 6 topics in chatgpt?",
    "Maths, English and Science from Year 7 - copilot lesson plans?",
])
def test_list_clean_kept(text):
    _kept(text)


# 4. clean: a place and its country after a comma; a vacancy's reference after a job title
@pytest.mark.parametrize("text", [
    "Victoria, Canada twinning visit - chatgpt letter to the partner school?",
    "Juliet, Ontario pen-pal project - can chatgpt draft the letter?",
    "Can Copilot draft a vacancy advert for a Family Support Worker (FSW-2025-031)?",
    "recruitment pack for a Deputy Head Teacher (DHT/2026/07) in chatgpt?",
])
def test_clean_set21_classes(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("job advert - our social worker Kerrin Mabey (SW-2025-088) is leaving, copilot?", ("Kerrin Mabey", "SW-2025-088")),
    ("Imogen, Italy and Bruno (siblings) - safeguarding referral in copilot?", ("Imogen", "Bruno")),
])
def test_clean_lookalike_personal(text, values):  # guards: redacted on main too
    _gone(text, *values)


# 5. a name that is the subject of a very short question (a case word after it), an initial and a
# surname in brackets with a school year, a house name in quotes after a person's house
@pytest.mark.parametrize("text,values", [
    ("Siobhán Ó Ceallaigh complaint - gemini?", ("Siobhán Ó Ceallaigh",)),
    ("Dağhan Öztürkoğlu, interpreter booked, chatgpt ok?", ("Dağhan Öztürkoğlu",)),
    ("pupil (R. Quarmby, Y5) pushed in the line — chatgpt?", ("R. Quarmby",)),
    ("child (K Trelawny, Year 2) fell in PE - copilot incident form?", ("K Trelawny",)),
    ("the tenant's house 'Tigh an Uillt' - chatgpt?", ("Tigh an Uillt",)),
    ("her cottage \u201cPen y Bryn\u201d needs a ramp - copilot?", ("Pen y Bryn",)),
])
def test_subject_name_set21_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Florence Nightingale appeal poster in chatgpt?",
    "Microsoft Teams complaint - copilot?",
    "the council's house 'Town Hall' tour for year 6?",
    "Year 6 (Y6, 2025) transition plan in copilot?",
])
def test_subject_name_clean_kept(text):
    _kept(text)
