"""Issue 16 after set 24: the classes set 24's first run leaked or altered, tested with other
invented values (none from a stress set), plus clean look-alikes. Each input in the "leak" tests and
in the "kept" test for an organisation's birthday fails on main at 9484d5a; the guards pass on main
too."""
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


# 1. vehicle registrations: a private plate in quotes after "plate"; a hyphenated current mark
@pytest.mark.parametrize("text,values", [
    ("Cherished plate 'K7 WNB' was put on a resident's car - can Copilot draft the letter?", ("K7 WNB",)),
    ('Personalised plate "T3 OMR" on the blue badge holder\'s car, can ChatGPT reply?', ("T3 OMR",)),
    ("Parking PCN, VRM LK69-DZP, the driver is appealing. Can AI help?", ("LK69-DZP",)),
    ("reg YD21-HRX caught on the camera, gemini ok to summarise the appeal?", ("YD21-HRX",)),
])
def test_vehicle_registrations_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Can Copilot write guidance on private plates for council vehicles?",
    "What does the 'AB12 CDE' example plate format mean - can AI explain?",
    "Part number 'RT-72-BKN' on the invoice, can ChatGPT check it?",
    "Is the ISO-9001 standard relevant to our fleet policy, copilot?",
])
def test_vehicle_lookalikes_kept(text):
    _kept(text)


# 2. an organisation's birthday is no person's date of birth
@pytest.mark.parametrize("text", [
    "Can ChatGPT draft a post for the NHS birthday on 5 July 1948?",
    "Can Copilot write a speech for the council's 50th birthday on 1 April 1974?",
])
def test_org_birthday_kept(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("Can AI write a card for Marlon Eaves' birthday on 14 March 1951?", ("14 March 1951",)),
    ("my nan BERYL birthday on 2 June 1939 - copilot ok for the invite?", ("2 June 1939",)),
])
def test_person_birthday_still_redacted(text, values):
    _gone(text, *values)


# 3. names
@pytest.mark.parametrize("text,values", [
    ("Can Copilot summarise the adoption papers? The adopter is Imelda Santos Reyes.", ("Imelda Santos Reyes",)),
    ("Can ChatGPT draft an induction plan for our new starter, Temitope Adeyemi?", ("Temitope Adeyemi",)),
    ("Dot (Dorothy Haigh) in the kitchen team fell - can ChatGPT help fill the accident form?", ("Dot", "Dorothy Haigh")),
    ("Is it ok for Copilot to write notes on Big Stevo (Steven Mulgrew) who's been evicted?", ("Big ", "Stevo", "Steven Mulgrew")),
    ("Can Gemini summarise the boundary dispute between the Kowalczyks and the Adebayos?", ("Kowalczyk", "Adebayo")),
    ("the MacPhersons on Skye need respite care, can the AI write the support plan?", ("MacPherson",)),
    ("Witnesses were Yetunde Bakare, Hamish Ross & Priya Nair - ok to put statements in ChatGPT?",
     ("Yetunde Bakare", "Hamish Ross", "Priya Nair")),
    ("Can I paste 'Xaliimo Jaamac | 943 476 5919 | 07700 900 123 | LS8 2PQ' into ChatGPT to tidy the table?", ("Xaliimo Jaamac",)),
])
def test_names_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "The keynote speaker is Florence Nightingale.",
    "Can Copilot explain who the data controller is? The controller is Cairnlea Council.",
    "Can the AI summarise the guidance? The author is the Information Commissioner's Office.",
    "Can ChatGPT compare the Tudors and the Stuarts for a history leaflet?",
    "the Romans in Britain built roads - can AI write a school worksheet?",
    "Can Copilot summarise the NHS (National Health Service) history?",
    "Witnesses were asked to attend the hearing - can AI explain the process?",
    "Can I paste 'Room 4 | 10:00 | Tuesday' into ChatGPT to tidy the timetable?",
    "Can ChatGPT explain the Beatles and the Rolling Stones for a music quiz?",
    "Can ChatGPT compare the Kennedys and the Windsors for a history lesson?",
])
def test_name_lookalikes_kept(text):
    _kept(text)


# 4. addresses: lower-case Gaelic house numbers, a Welsh street without a street word
@pytest.mark.parametrize("text,values", [
    ("can i put 5 druim-na-coille, portree into the ai route planner?", ("5 druim-na-coille",)),
    ("can chatgpt tidy this: 7 taigh an uillt, lochboisdale, vulnerable tenant", ("7 taigh an uillt",)),
    ("Foster carer Nia Howells, 5 Coed Bach, Wrexham LL11 3AB - ok for Copilot to draft the allowance letter?", ("5 Coed Bach",)),
    ("Adopter Gwen Rees, 4 Derwen Fawr, Cardigan SA43 1AA, ok for Copilot?", ("4 Derwen Fawr",)),
])
def test_addresses_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "can ai translate 'taigh na mara' for the gaelic signage project?",
    "Coed Glas primary school opens at 9, can Copilot write the newsletter?",
    "we need 3 coed trees planted, chatgpt ok to draft the order?",
])
def test_address_lookalikes_kept(text):
    _kept(text)


# 5. a distinctive full name joined by "and" to a name found; a houseboat's name before its mooring
@pytest.mark.parametrize("text,values", [
    ("The panel is weighing up Obiageli Nnamdi and Siobhan Kearney's foster matches, can Copilot summarise?",
     ("Obiageli Nnamdi", "Siobhan Kearney")),
    ("Narrowboat 'Dabchick', mooring 6, Brindley Wharf is where the tenant lives - ok for ChatGPT?", ("Dabchick",)),
])
def test_pairs_and_boats_leak(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Can ChatGPT compare Marks and Spencer and John Lewis returns policies?",
    "The boat 'Spirit of Bristol' runs harbour tours - can Copilot write the advert?",
    "Can AI explain how Rolls-Royce and Aston Martin started?",
])
def test_pairs_and_boats_kept(text):
    _kept(text)
