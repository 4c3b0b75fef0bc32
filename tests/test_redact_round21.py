"""Round 21's first run leaked a name that no name list has, said right before its address ("its
Janine Foulds at 3 Brunswick Terrace"): two capitalised words before an address are a person's
name (eval/orgs/first-runs/round21.txt). Other invented values."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, name", [
    ("tidy my visit notes for the file? its Kerensa Polwhele at 7 Trelawney Terrace", "Kerensa Polwhele"),
    ("letter to Odalys Brennock, 22 Foundry Row, about her arrears", "Odalys Brennock"),
    ("can copilot summarise the complaint from Tamsin Quarrie of 4 Heol Glyndwr", "Tamsin Quarrie"),
])
def test_a_name_before_its_address_is_redacted(question, name):
    out = redact(question).text
    assert name not in out and "[name]" in out and "[address]" in out


@pytest.mark.parametrize("question", [
    "the Mill Lane Surgery at 3 Brunswick Terrace is closing - can AI draft the notice?",
    "can copilot write the opening hours poster for Tesco Express at 14 High Street?",
])
def test_a_place_before_an_address_is_no_name(question):
    assert "[name]" not in redact(question).text
