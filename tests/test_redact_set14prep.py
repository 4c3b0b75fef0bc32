"""Organisation's own references kept unless the question is about a person; authors before a
possessive and a title-cased work; personas declared invented before a 'for the <thing>:' phrase;
NI numbers with other separators; split dates of birth; 'Rye' streets; surnames before a family
word, names after name labels and payee labels; new circumstances (issue 16, after set 13).
Invented examples only."""
import pytest

from bot.redact import redact


def _gone(text, value):
    out = redact(text).text
    assert value.lower() not in out.lower(), out
    return out


def _kept(text):
    out = redact(text).text
    assert out == text, out


@pytest.mark.parametrize("text", [
    # the organisation's own records: Datix, fault, ticket, defect, portal refs with underscores
    "the Datix ref DX-551207 is about a broken AI rota tool, not a patient - can the supplier see it?",
    "Datix 66120 logged because the chatbot went down at the weekend",
    "fault ref 7710245561 raised against the council's webchat bot",
    "fault no FLT-22817 on the AI translation kiosk in reception",
    "defect ref DEF-40912 in the copilot pilot, who fixes it?",
    "bug id 88213 in the AI triage tool - policy on reporting?",
    "Find a Tender ref ocds_abc123_004411/2291 - can AI summarise the lots?",
    "Contracts Finder ref bid_770021/998812 - can AI compare the bids?",
    # authors and works
    "Can Copilot write a study guide to Ffion Wyn-Prydderch's The Salt Harbour for year 10?",
    "summarise Ozren Halvorsen's Winter Over Tallin Bay for the book club display",
    # invented personas
    "invented example for the induction course: 'Mr Dummyson' from 'Anyborough Council' - ok with AI?",
    "dummy record for the training: 'Ms Pemberly-Quist' - can we load it into Copilot?",
    # clause and version numbers that look like a dotted NI number are no NI numbers
    "version AB.12.34.56.C of the AI standard",
    "clause QQ.12.34.56.A in the contract",
    # no birth context: a year and a day-month stay
    "the pilot starts in 2027 on 4 April",
    "the NHS was born in 1948 on 5 July",
    # NI-number labels in other languages
    "Rhif Yswiriant Gwladol - what is it in English, for the AI glossary?",
    # name labels and payee labels without a name
    "enter your first name and surname in the form",
    "PAYEE HMRC VAT 2291 - can AI match it?",
    "PAYEE BRITISH GAS 4012 - reconcile?",
])
def test_kept(text):
    _kept(text)


@pytest.mark.parametrize("text, value", [
    # the same records about a person
    ("Datix ref DX-551207 for the patient who fell on ward 9, can AI write it up?", "DX-551207"),
    ("fault ref 7710245561 reported by the tenant, can AI reply to him", "7710245561"),
    # a valid NHS number stays redacted whatever the record word
    ("fault ref 12345 - patient NHS number 485 730 2918 got pasted into the bot", "485 730 2918"),
    # possessive with a record word: a person
    ("can copilot summarise Megan Halvorsen's Care Plan after her fall", "Megan Halvorsen"),
    ("my client Ffion Wyn-Prydderch's The Salt Harbour essay", "Ffion Wyn-Prydderch"),
    # an invented-looking 'for' phrase that names a person
    ("letter for the tenant: 'Mrs Okonjo-Barre' has rent arrears", "Okonjo-Barre"),
    # NI numbers with other separators
    ("NI no JT.44.12.90.B for the payroll query, ok in AI?", "JT.44.12.90.B"),
    ("her national insurance is JT/44/12/90/B - can Copilot fill the form?", "JT/44/12/90/B"),
    ("NI: JT_441290_B pls check", "JT_441290_B"),
    # dates of birth split from the year
    ("she was born in 1969 on 12 March, can AI work out her pension age", "12 March"),
    ("she was born in 1969 on 12 March, can AI work out her pension age", "1969"),
    ("born on 7th of June in 1958 - state pension date?", "7th of June"),
    ("born 1961, October 2nd - can AI check his entitlement", "October 2nd"),
    # a house number with a letter and "Rye" as the street word
    ("missed bin at 41C Dulverton Rye again, can AI draft the reply to her", "41C Dulverton Rye"),
    # surnames before a family word, with a circumstance
    ("the Quarshie kids all have scabies, can ai write to the parents", "Quarshie"),
    ("the Okafor twins have head lice again - letter home?", "Okafor"),
    # names after labels
    ("the looked-after child - first name Oleksandra, surname Hrytsenko - can copilot draft her care plan",
     "Oleksandra"),
    ("the looked-after child - first name Oleksandra, surname Hrytsenko - can copilot draft her care plan",
     "Hrytsenko"),
    ("forename: Tamsin, surname: Quarshie - rent arrears letter via AI?", "Quarshie"),
    # payee names in capitals on a bank line
    ("Can the AI reconcile this: 'PAYEE K ADEBOWALE 22337029167609'", "ADEBOWALE"),
    ("beneficiary T WOJCIECHOWSKA 40-11-22 71234567 - is that ok to paste?", "WOJCIECHOWSKA"),
    # new circumstances make a found name count
    ("rhodri pritchard from the depot had a heart attack at work, can ai do the RIDDOR", "rhodri pritchard"),
    ("shortlist: Priyanka Rao, Ciaran Dunleavy, Ola Bankole - can copilot score the interviews", "Ciaran Dunleavy"),
])
def test_redacted(text, value):
    _gone(text, value)


def test_negated_person_word_is_no_person():
    _kept("incident 4471829 was not about a patient, it was the AI scheduler")
    assert "4471829" not in redact("incident 4471829: the patient was given the wrong dose").text


@pytest.mark.parametrize("text", [
    "for the training, e.g. 'Mrs Tester' in the sample letter - ok?",
    "the dummy customer Mrs Testcase in the UAT script",
    "Roald Dahl's Matilda - can copilot make a quiz?",
])
def test_kept_personas_and_titles(text):
    _kept(text)


@pytest.mark.parametrize("text, value", [
    ("Mr Example 943 476 5919 rang about his bins", "Example"),   # an identifier after it: somebody
    ("Mrs Testerman has dementia, can AI write to her son", "Testerman"),
    ("Sam Reid's Matilda has ADHD, letter to school?", "Matilda"),
])
def test_redacted_personas_and_titles(text, value):
    _gone(text, value)
