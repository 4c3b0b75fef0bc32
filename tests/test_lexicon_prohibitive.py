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


@pytest.mark.parametrize("text", [
    "No GenAI output may form any part of the decision on a caller's call category.",
    "No member of staff may use a personal account for Trust work.",
    "No AI tool should be connected to the dispatch system.",
])
def test_no_with_a_noun_phrase_and_a_modal_is_a_prohibition(text):
    assert lx.PROHIBITIVE.search(text)


@pytest.mark.parametrize("text, prohibitive", [
    ("Copilot Chat may be used to create generic illustrations that do not depict a real person.", False),
    ("Rota templates and staffing models that contain no names may be drafted with Copilot Chat.", False),
    ("AI voices, which do not imitate any real person, may be used in training videos.", False),
    ("Tools which do not meet the standard must not be used.", True),
    ("Staff who have not done the training must not use the scribe.", True),
    ("AI must not be used to create images of real children.", True),
])
def test_a_negation_inside_a_relative_clause_is_not_the_sentences_own_ban(text, prohibitive):
    """knowledge.main_prohibition: "illustrations that do not depict a real person" says what the
    permission covers; the sentence forbids nothing of its own (it still limits: `forbids`)."""
    from bot.engine.knowledge import _sentence
    s = _sentence("p.md#1.1", text, False)
    assert s.prohibitive is prohibitive
    assert s.forbids


def test_an_undecided_point_that_refers_back_takes_the_previous_sentence():
    from bot.engine.knowledge import _sentence, attach_rules
    from bot.engine.text import stem
    sents = attach_rules([_sentence("p.md#15.2", t, False) for t in (
        "Meeting summaries and 'intelligent recap' features in Teams have not been approved or refused.",
        "The Digital Board has not yet decided on them, and they must not be switched on meanwhile.")])
    assert all(s.undecided for s in sents)
    assert stem("recap") in sents[1].object


def test_none_of_which_may_bans_the_things_excepted():
    from bot.engine.knowledge import _sentence
    from bot.engine.text import stem
    s = _sentence("p.md#6.2", "Service Information may be used with any approved tool, except papers marked "
                  "\"not for circulation\", draft inspection reports received under embargo, and anything marked "
                  "OFFICIAL-SENSITIVE, none of which may be put into any AI tool.", False)
    assert s.prohibitive
    assert {stem("circulation"), stem("embargo")} <= s.object


def test_an_undecided_lead_in_keeps_its_list_through_the_sentences_before_it():
    """"... has not yet reached a position on the matters below. This policy neither permits nor
    forbids them. Staff who want to do any of them must first ask the DPO:" + items."""
    from bot.engine.knowledge import _sentence, attach_rules
    sents = attach_rules([_sentence("p.md#9.1", t, False) for t in (
        "The Trust has not yet reached a position on the matters below.",
        "This policy neither permits nor forbids them.",
        "Staff who want to do any of them must first ask the DPO:",
        "- using AI to translate letters for families who speak languages other than English;",
        "- AI note-taking in any meeting.")])
    assert sents[3].undecided and sents[4].undecided
