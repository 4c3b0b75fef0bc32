"""Abbreviations in questions read with their long forms (bot/engine/abbreviations.py)."""
from __future__ import annotations

from bot.engine.abbreviations import build_table, expand, read_pairs


def test_a_policys_own_pairs_are_read_when_the_initials_spell_them():
    pairs = read_pairs(["Crews must not put Site-Specific Risk Information (SSRI) into any tool.",
                        "through an application programming interface (API) or a connector",
                        "a Freedom of Information (FOI) request",
                        "the Board (which meets monthly) decides"])
    assert pairs == {"SSRI": "Site Specific Risk Information", "API": "application programming interface",
                     "FOI": "Freedom of Information"}


def test_a_general_abbreviation_is_read_only_where_the_policy_speaks_of_it():
    health, _ = build_table(["Transcription must not be used in multidisciplinary team meetings."])
    fire, _ = build_table(["Crews may use Copilot on station computers."])
    assert "MDT" in health and "MDT" not in fire          # a fire service's MDT is a mobile data terminal
    assert "AI" not in build_table(["Artificial Intelligence (AI) means software that ..."])[0]


def test_questions_are_expanded_without_touching_english_words():
    table, caps = build_table(["multidisciplinary team meetings; special educational needs and disabilities; "
                               "occupational health"])
    assert expand("can copilot recap our mdt on thursday?", table, caps) == \
        "can copilot recap our mdt (multidisciplinary team meeting) on thursday?"
    assert expand("is the send button ok", table, caps) == "is the send button ok"        # a word, not SEND
    assert "(special educational needs" in expand("our SEND pupils", table, caps)
    assert expand("oh ok thanks", table, caps) == "oh ok thanks"
    assert "(occupational health)" in expand("the OH report for my colleague", table, caps)
