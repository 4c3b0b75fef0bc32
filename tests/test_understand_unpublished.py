"""Material that is not out yet is the organisation's own, whatever it will be once published;
generic help with a spreadsheet or code involves no organisation data (bot/engine/understand.py)."""
from __future__ import annotations

import pytest

from bot.engine.understand import detect_data_kinds


@pytest.mark.parametrize("q", [
    "i've got an embargoed press release about the new depot, can i paste it into chatgpt?",
    "tidy up the press release before comms have signed it off",
    "the press release hasn't been issued yet, can gemini make it punchier",
    "our draft press release for next week",
    "can ai help me write up the review of the flood response before it goes to the scrutiny panel",
    "tidy the options paper before it goes to cabinet",
])
def test_not_yet_published_material_is_internal_not_public(q):
    assert detect_data_kinds(q) == {"internal"}


def test_published_material_stays_public():
    assert detect_data_kinds("can i paste the press release that went out last week into chatgpt") == {"public"}


@pytest.mark.parametrize("q, kinds", [
    ("can chatgpt help me with a spreadsheet formula? no real data", set()),
    ("can chatgpt explain how to write a python script", set()),
    ("can i paste our budget spreadsheet into chatgpt", {"internal"}),
    ("can copilot fix the sql in the licensing database", {"internal"}),
])
def test_a_spreadsheet_or_code_is_the_organisations_only_when_it_is_its_own(q, kinds):
    assert detect_data_kinds(q) == kinds
