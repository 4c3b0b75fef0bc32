"""Issue 16 after set 23: the classes set 23's first run leaked or altered, tested with other
invented values (none from a stress set), plus clean look-alikes. Each leaking input in the "leak"
tests and each clean input in the "was altered" tests fails on main at 70c93b4; the guards pass on
main too."""
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


# 1. a name opening a terse question (or after for / about / a list) before a person's matter
@pytest.mark.parametrize("text,values", [
    ("Sohel Rahman overtime dispute - can copilot check it?", ("Sohel Rahman",)),
    ("Tesfaye Gebremichael (UASC) placement review - chatgpt?", ("Tesfaye Gebremichael",)),
    ("Dalia Haddad's housing transfer - gemini ok?", ("Dalia Haddad",)),
    ("Joanna Wiśniewska pay query, chatgpt?", ("Joanna Wiśniewska",)),
    ("Faith Bishop adoption review - copilot allowed?", ("Faith Bishop",)),
    ("Holly Marsh's capability hearing - AI draft?", ("Holly Marsh",)),
    ("jonas butkus and the council tax summons, gemini?", ("jonas butkus",)),
    ("can i use chatgpt for ivy church's appraisal", ("ivy church",)),
    ("Pieter de Vries secondment letter - copilot?", ("Pieter de Vries",)),
    ("Samira el Idrissi housing transfer - chatgpt?", ("Samira el Idrissi",)),
    ("Maeve Ní Bhriain home care complaint - gemini?", ("Maeve Ní Bhriain",)),
    ("need gemini to draft a handover for Declan Ward who's moving to the Hull office", ("Declan Ward",)),
    ("Oisin Doyle, Liam Joyce & Patrick Ward missed 15 days - can copilot draft the letters", ("Patrick Ward",)),
    ("attendees: Dawit, Meron, Filmon (all UASC) + key worker. can copilot tidy the notes?", ("Dawit", "Meron", "Filmon")),
    ("Kerem, Elif and little Ece are in B&B - AI for the letter?", ("Ece",)),
    ("P. Wiśniewski & T. Kowalski (both Y9) detention log - chatgpt?", ("Wiśniewski", "Kowalski")),
    ("the Maughans on the transit site need the welfare letter - AI?", ("Maughans",)),
    ("the MacInneses at the croft - copilot for the care plan?", ("MacInneses",)),
    ("Kazlauskai (the whole family) left the area - chatgpt for the closure note", ("Kazlauskai",)),
])
def test_terse_names_set23_classes(text, values):
    _gone(text, *values)


# 2. fixed formats
@pytest.mark.parametrize("text,values", [
    ("NI number SK 72 1 4 90 C (OCR spacing) - fine for the AI tidy-up?", ("SK 72 1 4 90 C",)),
    ("public law LV25C00431 - chatgpt to summarise the cafcass report?", ("LV25C00431",)),
    ("hu/04471/2025 appeal bundle - copilot ok?", ("hu/04471/2025",)),
    ("ET 6001244 / 2024 hearing bundle, claude summary ok?", ("6001244 / 2024",)),
    ("contact is priya . shah @ outlook . com - can AI draft the reply", ("priya . shah", "outlook . com")),
    ("PCN for vehicle KLM 812V - copilot to draft the appeal reply?", ("KLM 812V",)),
    ("reg no. P456 KLM abandoned on the verge - gemini for the notice?", ("P456 KLM",)),
    ("Derry plate LIZ 7731 in the incident log, chatgpt ok?", ("LIZ 7731",)),
    ("VRM kp19tzx - AI for the enforcement letter?", ("kp19tzx",)),
    ("residents permit for gn68wbx (her car) - chatgpt for the renewal?", ("gn68wbx",)),
])
def test_fixed_format_set23_classes(text, values):
    _gone(text, *values)


# 3. addresses without a street word
@pytest.mark.parametrize("text,values", [
    ("Pitch 3, Meadowbank Traveller Site - copilot for the licence letter", ("Meadowbank",)),
    ("houseboat at mooring 7, Grand Union Canal - chatgpt for the council tax letter", ("mooring 7",)),
    ("Shannon-Rae Lee, caravan 4 at Meadowbank site - chatgpt for the plan?", ("caravan 4 at Meadowbank",)),
    ("72b Green Lanes [postcode] flat above the shop - AI for the HMO letter?", ("72b Green Lanes",)),
])
def test_addresses_set23_classes(text, values):
    _gone(text, *values)


# 4. clean text main alters
@pytest.mark.parametrize("text", [
    "Sir Ludwig Guttmann Health and Wellbeing Centre opening times - gemini ok?",
    "Florence (the NHS text messaging service) - is it an AI tool under our policy?",
    "Is Jasper the same as Jasper Chat on the register?",
])
def test_clean_set23_was_altered(text):
    _kept(text)


# guards: clean look-alikes of the new rules (pass on main too)
@pytest.mark.parametrize("text", [
    "Dame Cicely Saunders Institute of Palliative Care report - can copilot summarise it?",
    "Clare's Law disclosure scheme guidance - can chatgpt summarise it?",
    "Ada Lovelace Day event - copilot for the poster?",
    "Octavia Hill and the origins of social housing - copilot for a newsletter piece",
    "Walter Tull and Olive Morris assembly - can gemini help?",
    "Lôn Glan Môr footpath closure - AI ok?",
    "Rhondda Cynon Taf and Merthyr Tydfil share a service - whose AI policy applies?",
    "Senior Social Worker job advert - chatgpt for the wording?",
    "Power Automate flow review - copilot?",
    "Microsoft Teams meeting notes - can copilot summarise them?",
    "Grace Period extension for invoices - can AI draft the letter?",
    "Sage Intacct migration plan - copilot ok?",
    "Tim Berners-Lee quote for the digital strategy - chatgpt ok?",
    "pitch 3 at Wembley Park for the staff football match - AI for the booking email?",
    "car park 2 at Central Park - ai for the signage?",
    "product code AB12CDE - copilot for the catalogue?",
    "model ref BD51 SMR product sheet - copilot?",
    "Victoria Ward refurbishment plan - copilot for the bid?",
    "S. Africa and N. Ireland rules on AI in schools",
    "Hope Street car park closure notice - can gemini draft it?",
    "Grace Kelly film season at the library - AI for the leaflet?",
    "present: Finance, HR, IT (all heads) - can chatgpt tidy the notes?",
    "ET1 form guidance - chatgpt for the staff intranet?",
    "Summer Hill school attendance - AI letter ok?",
    "Liverpool John Moores placement students - can they use our AI tools",
    "Irwin Mitchell review of our AI contract - chatgpt ok?",
    "Kingsley Napley advice letter - ai ok?",
    "Morgan Sindall contract review - copilot?",
    "Anna Freud centre referral - copilot?",
    "Stephen Lawrence Day pack review - chatgpt ok?",
    "Amy Johnson anniversary grant - copilot?",
    "Annie Lennox concert review - ai?",
    "Sarah Everard vigil review - chatgpt?",
    "Eddie Stobart delivery complaint - gemini?",
    "Sadiq Khan housing statement - chatgpt summary ok?",
])
def test_clean_lookalikes_kept(text):
    _kept(text)


# guards: a person still redacted beside the new vetoes
@pytest.mark.parametrize("text,values", [
    ("Sarah Okafor (the teaching assistant) has cancer, can ai draft her leave letter", ("Sarah Okafor",)),
    ("Grace (the support worker) complaint - ai?", ("Grace",)),
])
def test_people_beside_new_vetoes(text, values):
    _gone(text, *values)
