"""Issue 16 after set 15: email addresses whatever punctuation surrounds them; postcodes by structure
next to an address or personal context even when their area is a reference prefix or their inward
part reads as an ordinal; letters-digits-year references after a police log / crime word; lists of
people; codes and references with nothing personal next to them; people as topics of writing.
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


# ---------------------------------------------------------------- email addresses
_ADDRESSES = ["kwame.o'neill-boateng+hr@northshire.gov.uk", "zoë.ng@example.org", "T.Okafor@NHS.NET", "ab_123@mail.co.uk"]
_WRAPS = [("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("`", "`"), ("«", "»"), ("(", ")"), ("[", "]"),
          ("{", "}"), ("<", ">"), ("<<", ">>"), ("", "."), ("", "..."), ("mailto:", ""), ("email=", ""),
          ("__", "__"), ("*", "*"), ("'", "',")]


@pytest.mark.parametrize("left,right", _WRAPS)
@pytest.mark.parametrize("address", _ADDRESSES)
def test_email_any_surrounding_punctuation(address, left, right):
    out = _gone(f"can I paste {left}{address}{right} into the AI tool?", address)
    assert "@" not in out, out


@pytest.mark.parametrize("text,value", [
    ("her email is femi.adeyemi @ gmail.com - ok for copilot?", "femi.adeyemi"),
    ("reply to dlamini.s @council.gov.uk please", "dlamini.s"),
])
def test_email_with_spaced_at(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "is @channel ok to use in Teams with an AI bot?",
    "we tag the team as @policy-leads in the summary",
])
def test_at_handles_kept(text):
    _kept(text)


# ---------------------------------------------------------------- postcodes
_POSTCODES = ["TR4 8QJ", "CR2 6XH", "PO3 5LN", "B33 8TH", "M14 7HE", "EC1A 1BB", "W1A 0AX", "DN55 1PT"]


@pytest.mark.parametrize("tpl", [
    "57 Penrose Road {} is the client's home - ok to paste?",
    "57 Penrose Road, Redruth, {} - tenant letter ok?",
    "she lives at {} - ok for copilot?",
    "the claimant's postcode is {}.",
])
@pytest.mark.parametrize("pc", _POSTCODES)
def test_postcode_any_form_by_address(pc, tpl):
    for form in {pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "").lower()}:
        _gone(tpl.format(form), form)


@pytest.mark.parametrize("text", [
    "tender ref TR48QJ for the AI pilot - clauses?",          # a tender prefix, no address or person
    "change request CR26XH approved, can AI write it up?",
    "meet on the 33rd floor, b33 8th row of the plan",          # not a real postcode context
])
def test_reference_prefix_postcode_shapes_kept(text):
    _kept(text)


# ---------------------------------------------------------------- police references with a year
@pytest.mark.parametrize("text,value", [
    ("log DP-75799-2024 (Dyfed-Powys) about the trespass on the depot, ok to use AI", "DP-75799-2024"),
    ("police log GW/40312/2023 on the break-in at her flat - can copilot summarise?", "GW/40312/2023"),
    ("crime number NY-2024-118273 for the van theft, can I paste it?", "NY-2024-118273"),
    ("occurrence ref MP 50231/23 - ok to use in the AI notes?", "MP 50231/23"),
])
def test_police_log_year_refs(text, value):
    _gone(text, value)


@pytest.mark.parametrize("text", [
    "the audit log AL-2024-0012 lists the AI pilots - summarise?",
    "change log CHG-88121-2024 for Copilot roll-out, ok?",
    "error log ERR-40112-2025 from the chatbot - can AI explain it?",
])
def test_organisation_logs_kept(text):
    _kept(text)
