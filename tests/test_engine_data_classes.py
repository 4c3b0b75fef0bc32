"""The organisation's own classes of information, read from policy text (pure, no index)."""
from __future__ import annotations

from bot.engine.data_classes import read_data_classes

POLICY = [
    "Children's social care records are special category data in every case. This includes referrals, "
    "child protection plans and foster carer and adopter assessments.",
    "Trading Standards investigation files and intelligence records are criminal offence data, which this "
    "standard treats as special category data.",
    "Highways defect reports and inspection schedules are internal information.",
    "Personal data, such as library membership records and borrowing history, must be handled with care.",
    "Copilot Chat is not for personal data.",
    "Staff may smoke only in the shelters; smoking data is not collected.",
]


def test_definitions_and_their_examples_are_read():
    dc = read_data_classes(POLICY)
    assert dc.kinds("can i put a foster carer's assessment into chatgpt to tidy the wording?") == {"special_category"}
    assert dc.kinds("upload the trading standards intelligence log to gemini") == {"special_category"}
    assert dc.kinds("summarise last month's highways defect reports") == {"internal"}
    assert dc.kinds("can copilot tidy a list of library membership records?") == {"personal"}


def test_a_one_word_class_matches_only_that_word():
    dc = read_data_classes(["Special category data includes referrals and hoarding."])
    assert dc.kinds("can i summarise the referrals?") == {"special_category"}
    assert dc.kinds("can I refer this to the team?") == frozenset()


def test_sentences_that_are_not_definitions_add_nothing():
    dc = read_data_classes(POLICY)
    assert dc.kinds("can copilot chat help me write a poster for the smoking shelter?") == frozenset()
    assert not [p for _, _, p in dc.phrases if "Copilot" in p]


def test_examples_of_a_kind_named_as_the_subject_of_a_rule():
    dc = read_data_classes(["Special category data and criminal offence data must not be entered into any AI tool. "
                            "This includes charge sheets, pre-sentence reports and previous convictions."])
    assert dc.kinds("can i put a pre sentence report into copilot chat?") == {"special_category"}
