"""Issue 16 after set 20: a foreign passport number after "n°" / "nº"; a name written again in a
non-Latin script after a name cue; "the X family" after a personal history, "Fam. X"; a list member
left after the others were redacted (a surname that is an English word after a plural job title);
a name after a job title in a question with other personal data; a numbered croft or plot in a
rural (Gaelic) address; a corrected name written twice; and clean text kept: a place word named by
the bracket after it, a birth clause about an organisation, contract numbers, the author in brackets
after a document named after them, well-known helpline numbers (bot/data/helplines.txt).
Invented examples only, none from a stress set."""
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


# 1. "n°" / "nº" labels before a foreign passport number
@pytest.mark.parametrize("text,value", [
    ("the Belgian passport (n° 47RT20913) of the applicant is attached, can Claude check it?", "47RT20913"),
    ("the Swiss passport n° 62KD81427 is in the bundle, can Copilot summarise the bundle?", "62KD81427"),
])
def test_passport_after_numero_label(text, value):
    _gone(text, value)


# 2. a name in a non-Latin script after a name cue
@pytest.mark.parametrize("text,value", [
    ("Olena Kravets needs a school place - her name in Ukrainian is Олена Кравець, can Gemini translate the form?", "Олена Кравець"),
    ("tenant signed as 王小明 on the repairs form, can ChatGPT summarise it?", "王小明"),
    ("his name in Hindi is राजेश कुमार on the referral - can Copilot draft a reply?", "राजेश कुमार"),
    ("Oleksandr Bondarenko (Олександр Бондаренко) needs a school place - can Claude draft the letter?", "Олександр Бондаренко"),
    ("Li Wei (Chinese: 李伟) has a tribunal hearing - can Claude prepare a summary?", "李伟"),
    ("Farah Nouri needs an interpreter (الاسم: فرح نوري) - can Copilot book one?", "فرح نوري"),
])
def test_other_script_name_after_cue(text, value):
    _gone(text, value)


# 3. families
@pytest.mark.parametrize("text,value", [
    ("can Claude summarise the safeguarding history of the Ozturk-Reilly family", "Ozturk-Reilly"),
    ("Fam. Rostamzadeh - interpreter booked for the home visit, can Gemini write the note?", "Rostamzadeh"),
])
def test_family_names(text, value):
    _gone(text, value)


# 4. a list member left when the others were redacted
def test_list_member_after_plural_job_title():
    _gone("Firefighters Marsh, Oduya and Brennan were hurt at the blaze - can Copilot write the injury report?",
          "Marsh", "Oduya", "Brennan")


def test_list_after_plural_job_title_all_english_surnames():
    _gone("Paramedics Hill, Singh and Moore were assaulted on shift - can ChatGPT draft the incident report?",
          "Hill", "Singh", "Moore")


# 5. a name after a job title, with other personal data in the question
@pytest.mark.parametrize("text,value", [
    ("Delivery driver Tevita Fifita, born 2 March 1988, was injured - can Claude draft the claim?", "Tevita Fifita"),
    ("Plumber Tane Whaanga, mobile 07700 900123, wants his invoice chased - can Copilot draft it?", "Tane Whaanga"),
])
def test_name_after_job_title_with_other_data(text, value):
    _gone(text, value)


# 6. a numbered croft in a Gaelic address
def test_numbered_croft_address():
    _gone("tenant address: Croft 9 Baile Nuadh, Isle of Harris, HS3 3AB - can Gemini translate the letter?", "Croft 9 Baile Nuadh")


# 7. a corrected name
def test_corrected_name():
    _gone("Zenovia Albright-Kemp? no, name's just Zenovia Kemp - her fit note, can ChatGPT summarise?",
          "Zenovia Albright-Kemp", "Zenovia Kemp")


# 8. clean text kept
@pytest.mark.parametrize("text", [
    "Victoria (the Australian state) exchange visit - can ChatGPT draft the itinerary?",
    "Born in 1946, the Arts Council turns 80 next year - can Copilot draft a press release?",
    "Contract No. T/2025/093 for interpreting - can Gemini summarise the T&Cs?",
    "Can ChatGPT summarise the Marmot Review (Michael Marmot, 2010) for the induction pack?",
    "Samaritans 116 123 and Childline 0800 1111 on the wellbeing poster - can Claude lay it out?",
    "Rape Crisis 0808 500 2222 on the school planner - can Gemini design the page?",
])
def test_clean_kept(text):
    _kept(text)


# 9. a person's own financial details after a possessive name (round 15's first run:
# "Alun Bevan's bank details" leaked; the figures' nouns were no personal context)
@pytest.mark.parametrize("text,name", [
    ("oops, i pasted Gethin Morys's bank details into chatgpt, what now?", "Gethin Morys"),
    ("can copilot check whether Nerys Caddock's tax code is right", "Nerys Caddock"),
    ("can gemini work out Tobias Quayle's pension from these figures", "Tobias Quayle"),
])
def test_financial_details_after_a_possessive_name(text, name):
    _gone(text, name)


def test_financial_words_alone_keep_clean_text():
    _kept("can copilot summarise the bank details form guidance for suppliers")
    _kept("Can Copilot compare the pension scheme options in the published consultation?")
