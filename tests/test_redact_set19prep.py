"""Issue 16 after set 18: names need a personal context in the narrow sense (firms, schools, products
and authors named like people are kept when nothing in the question says a person is meant);
three-part crime numbers; full names beside a bracketed role; a name signing off a note after a
dash; a lettered house number on a lower-case one-word street; an author before a quoted title.
Invented examples only, none from a stress set."""
import pytest

import bot.redact as R
from bot.redact import redact


def _kept(text):
    out = redact(text).text
    assert out == text, out


def _gone(text, *values):
    out = redact(text).text
    for v in values:
        assert v.lower() not in out.lower(), out
    return out


# 1. eponymous firms, schools and products with no personal context: kept
@pytest.mark.parametrize("text", [
    "Bevan Brittan asked what AI tools we use for contract review",
    "Burges Salmon want to use Harvey on our files, is that allowed?",
    "Isambard Brunel UTC wants to use Gemini for coursework feedback",
    "harvey is being piloted by our legal services team, is it approved",
    "Wilberforce Academy asked whether Copilot is on the approved list",
])
def test_eponymous_orgs_without_personal_context_kept(text):
    _kept(text)


@pytest.mark.parametrize("text", [
    "Bevan Brittan asked what AI tools we use for contract review",
    "Burges Salmon want to use Harvey on our files, is that allowed?",
    "harvey is being piloted by our legal services team, is it approved",
])
def test_mechanism_is_what_keeps_them(monkeypatch, text):
    _kept(text)
    monkeypatch.setattr(R, "NAMES_NEED_PERSONAL_CONTEXT", False)
    assert redact(text).text != text  # the older, question-wide context took "asked", "files" for a person's


# 2. the same shapes with a personal context: still redacted
@pytest.mark.parametrize("text, name", [
    ("Grace Okonjo asked what AI tools we use because she has dyslexia", "Grace Okonjo"),
    ("Tomasz Wierzbicki wants to use Copilot for his grievance letter", "Tomasz Wierzbicki"),
    ("the OT report for Zainab Oyelaran needs simplifying, ai ok?", "Zainab Oyelaran"),
    ("PC Hollingworth took the statement, can AI tidy it", "Hollingworth"),
    ("the Ferreira-Costa household have been in temporary accommodation, can chatgpt write the review", "Ferreira-Costa"),
    ("Chidi Obiora was restrained twice this week, can the AI draft the incident summary", "Chidi Obiora"),
    ("rota problems with Ayodele, Tariq & Niamh, may copilot rebuild the rota?", "Tariq"),
    ("Cllr query about Eithne Ní Bhraonáin's planning objection - can ChatGPT summarise?", "Bhraonáin"),
])
def test_personal_context_still_redacts(text, name):
    _gone(text, name)


# 3. three-part crime numbers after "crime"
def test_three_part_crime_number():
    _gone("crime 44/718293/25 in the probation log - can AI summarise", "44/718293/25")


@pytest.mark.parametrize("text", [
    "crime stats 2023/24 for the board - can copilot chart them",
    "crime figures for 12/03/2024 - can AI summarise",
])
def test_crime_years_and_dates_kept(text):
    _kept(text)


# 4. full names beside a bracketed role
@pytest.mark.parametrize("text, name", [
    ("the student (Berhane Tesfamariam) joined in June, can AI translate her transcript", "Berhane Tesfamariam"),
    ("Min-seo Kang (postgrad) asked for an extension on medical grounds, AI to summarise?", "Min-seo Kang"),
    ("Dawit Haile (year 9) has been excluded, can chatgpt draft the letter", "Dawit Haile"),
])
def test_bracketed_role_names(text, name):
    _gone(text, name)


@pytest.mark.parametrize("text", [
    "the supplier (Mott MacDonald) wants to use Copilot for the design review",
    "the client (Deloitte) asked which AI tools we approve",
])
def test_bracketed_organisations_kept(text):
    _kept(text)


# 5. a full name after a dash at the end of a note
def test_dash_end_name_in_clinical_note():
    _gone("Refused medication x3 — Abdulkarim Nazari. Can the AI flag it to the GP", "Abdulkarim Nazari")


def test_dash_end_product_kept():
    _kept("Approved tools for drafting — Microsoft Copilot. Is that right?")


# 6. a lettered house number on a lower-case one-word street
@pytest.mark.parametrize("text, value", [
    ("the tenant at 17c northgate has rent arrears, can gemini draft a letter", "17c northgate"),
    ("he lives at 4a eastway, can copilot write to him", "4a eastway"),
])
def test_lettered_house_number_lower_street(text, value):
    _gone(text, value)


def test_one_word_street_word_kept():
    _kept("we bought 3 gateway licences for the team, is AI included")


# 7. an author before a quoted title
def test_author_before_quoted_title_kept():
    _kept("Toni Morrison 'The Bluest Eye' essay plan from copilot, allowed for teachers?")


def test_quoted_nickname_not_a_title():
    _gone("Kenneth Marsh 'Big Ken' was arrested last night, can AI summarise the log", "Kenneth Marsh")
