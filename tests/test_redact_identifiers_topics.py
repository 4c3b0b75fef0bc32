"""Identifiers right after a case-system or identity-document word, and names that are the topic of
the question (issue 16, session 4). Invented examples only."""
import pytest

from bot.redact import redact


@pytest.mark.parametrize("text, value, placeholder", [
    ("Mosaic 88213 - strategy meeting notes, can Copilot tidy them?", "88213", "[case reference]"),
    ("LCS ref AB7781 on the child in need plan, ok for AI?", "AB7781", "[case reference]"),
    ("ContrOCC no 551902 for the direct payment review", "551902", "[case reference]"),
    ("Frameworki #30917 adult safeguarding, paste into ChatGPT?", "30917", "[case reference]"),
    ("SystmOne id: 4471209 for the district nurse visit", "4471209", "[case reference]"),
    ("Niche RMS occurrence 41/77812/25 - can AI summarise?", "41/77812/25", "[case reference]"),
    ("NDelius CRN X493021 probation summary via Gemini?", "X493021", "[case reference]"),
    ("Action Fraud NFRC240311998877 for the victim, AI letter?", "NFRC240311998877", "[case reference]"),
    ("CEOP report 7729104 - can AI help?", "7729104", "[case reference]"),
    ("Ombudsman ref 23011456 complaint reply drafted by AI?", "23011456", "[case reference]"),
    ("service user id SU40217 - can I paste the notes?", "SU40217", "[case reference]"),
    ("client no 90331 in the debt advice notes", "90331", "[case reference]"),
    ("file no B2291 for the housing appeal", "B2291", "[case reference]"),
    ("Reisepass nr K7T2XW9R1 on the right to work file", "K7T2XW9R1", "[passport number]"),
    ("paszport EA4419902 for the Polish volunteer", "EA4419902", "[passport number]"),
    ("Personalausweis L3X7P22K9 copied into the HR form", "L3X7P22K9", "[passport number]"),
    ("PESEL 85112304567 on the translated letter", "85112304567", "[passport number]"),
])
def test_identifier_right_after_context_word(text, value, placeholder):
    out = redact(text).text
    if placeholder is None:
        return  # only checks that nothing crashes on a spaced foreign format
    assert value not in out
    assert placeholder in out


@pytest.mark.parametrize("text", [
    "ServiceNow ticket ref no 300144 about the Mosaic upgrade",
    "SWIFT code NWBKGB2L for paying the supplier",
    "Is SIMS 7 still supported, and does Arbor replace it for KS2 data?",
    "EMIS 2nd upgrade is next week, can AI write the comms?",
    "the Rio 2016 Olympics quiz for year 6",
    "purchase order 4500871 for the CareFirst licence",
    "UKPRN 10004321 on the college return",
])
def test_organisation_and_version_numbers_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text", [
    "Can AI make a quiz on the Stuarts, Charles II and his court for year 8?",
    "Can Copilot list books by Roald Dahl for the class library, my son loves them?",
    "Write a blog about how Emmeline Pankhurst's campaign won the vote, for my students",
    "Our tenants asked about Ed Sheeran ticket scams - can AI write the warning?",
    "worksheet on Tom Sawyer and Huckleberry Finn for her English group",
    "Could the council name the new bridge after Grace Darling? A resident complained.",
    "Test patient 'Donald Duck' is in the training EPR, can we show it to her team?",
    "Can ChatGPT summarise the Isle of Harris ferry changes for my mum?",
])
def test_topic_names_kept_despite_personal_words(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text, name", [
    ("hr want copilot to draft the dismissal letter for Marek Dvorak", "Marek Dvorak"),
    ("The inquest into the death of Tilly Armitage-Rowe - can AI index the bundle?", "Tilly Armitage-Rowe"),
    ("is gemini ok for the complaint from Joan Pettigrew about the care", "Joan Pettigrew"),
    ("Delroy Okafor and the rent arrears dispute: can copilot read the letters?", "Delroy Okafor"),
])
def test_name_in_a_personal_situation_redacted(text, name):
    out = redact(text).text
    assert name not in out and "[name]" in out


@pytest.mark.parametrize("text, name", [
    ("can copilot reply to the complaint from agnes turner about her mother's care", "agnes turner"),
    ("Radoslav Petrov's hackney licence was suspended, can AI draft the reply?", "Radoslav Petrov"),
])
def test_name_found_by_its_situation(text, name):
    out = redact(text).text
    assert name not in out and "[name]" in out


@pytest.mark.parametrize("text", [
    "Is 'Jane Doe, 22 Sample Road' fine as dummy data for the Copilot demo?",
    "Guy's and St Thomas' published an AI policy, can I summarise it for my team?",
    "complaint from Citizens Advice about the AI chatbot",
])
def test_placeholders_and_paired_institutions_kept(text):
    assert redact(text).text == text
