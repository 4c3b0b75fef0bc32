"""Round 30's first run (eval/orgs/first-runs/round30.txt) leaked a street named after a child's
age ("Tyler Brennan, 9, from Larch Close") and a visa CAS number of letters and digits mixed through
it. Each is fixed in its detector; these tests use other invented values than round 30's."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, value", [
    ("the complaint names Kayden Moss, 11, from Heron Way throwing stones at the bus shelter", "Heron Way"),
    ("a girl from Brook Close keeps calling the depot about her nan's bins", "Brook Close"),
    ("the lad at Foxglove Drive has been excluded again, can copilot draft the letter", "Foxglove Drive"),
])
def test_a_street_where_a_child_lives_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question, value", [
    ("student Ana Ruiz's CAS H7K2M9P4Q1R8 is wrong, can copilot draft the email to ukvi?", "H7K2M9P4Q1R8"),
    ("Jonas Berg's visa ref is A1B2C3D4E5 and he needs a letter", "A1B2C3D4E5"),
])
def test_a_mixed_letter_and_digit_reference_of_a_person_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    "we are working towards ISO27001 and GDPR2018 compliance, can ChatGPT draft the plan?",
    "the office on Mill Road needs a new rota, can copilot help?",
    "we had 12 of them from Station Road depot last week",
    "the template code Q4A7 is for the room booking form",
])
def test_standards_streets_without_a_person_and_short_codes_stay(question):
    assert redact(question).text == question


def test_a_reference_after_a_review_file_is_a_persons_case():
    """Round 32: "summarise the 300 page review file for CR/2026/0417" (a complaint review)."""
    q = "im a reviewer in the complaints team. can copilot summarise the review file for RV/2025/0912 and build a chronology"
    assert "RV/2025/0912" not in redact(q).text


@pytest.mark.parametrize("question, value", [
    ("home visit done for an older man who lives alone at 7 heron garth, can copilot write it up", "7 heron garth"),
    ("she lives at 31 millbrook road and has asked for a callback", "31 millbrook road"),
])
def test_a_lower_case_address_where_someone_lives_is_redacted(question, value):
    """Round 34: "lives alone at 12 coble dene"."""
    assert value not in redact(question).text


def test_a_number_of_places_someone_lives_at_is_no_address():
    q = "he has lived at 12 different places this year, can copilot help me summarise the housing history"
    assert redact(q).text == q
