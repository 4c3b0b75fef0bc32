"""What reads as a prohibition (bot.engine.lexicon.PROHIBITIVE): a lifted obligation forbids nothing."""
import pytest

from bot.engine import lexicon as lx


@pytest.mark.parametrize("text", [
    "Staff do not need to tell a claimant that AI helped draft a letter.",
    "You don't have to label work where AI only checked the spelling.",
    "Managers do not have to approve each use of Copilot Chat.",
])
def test_a_lifted_obligation_is_no_prohibition(text):
    assert not lx.PROHIBITIVE.search(text)


@pytest.mark.parametrize("text", [
    "Do not enter personal data into any AI tool.",
    "Staff must not use AI to make decisions about individuals.",
    "don't paste case notes into ChatGPT.",
    "You do not use AI to draft the recommendation in an officer report.",
])
def test_prohibitions_still_read(text):
    assert lx.PROHIBITIVE.search(text)
