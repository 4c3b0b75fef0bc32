"""Set 26's first run (eval/redaction/stress-26-first-run.txt) leaked four fixed-format identifiers
and seven names and altered one clean question. Each class is fixed in its detector or a vocabulary;
these tests use other invented values than set 26's."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, value", [
    # an ESR employee or assignment number after a staff-record label, also in the CPV "NNNNNNNN-N" shape
    ("Copied from ESR: 'Assignment no 40218815-1 | Band 5' - can Copilot work out the increment date?", "40218815-1"),
    ("ESR number 52770194 for the new porter, can ChatGPT fill in the starter form", "52770194"),
    ("employee number 38810027-3 on the overpayment letter - can AI draft it?", "38810027-3"),
    # an older prefix plate in brackets right after a vehicle word
    ("The van (K52 LMB) keeps blocking the bin store - can AI write to the owner?", "K52 LMB"),
    ("the untaxed car [R418 FWD] outside block C belongs to a leaseholder, can copilot draft the notice", "R418 FWD"),
    # misspelt reference / number labels
    ("Victim Support needs crime referance 44/218830/25 on the form - can Gemini fill it?", "44/218830/25"),
    ("police refrence 17/903114/24 for the burglary, can AI write the letter", "17/903114/24"),
    ("case numer 7712093 for the tenant's complaint, copilot ok?", "7712093"),
    # a police crime number's shape with a crime or victim word, no label
    ("The victim gave us 31/447120/25 - can ChatGPT add it to the support plan?", "31/447120/25"),
    # a CAD log glued to its system name with police context
    ("Officers attended under CAD60417 last night, can Copilot build the timeline?", "CAD60417"),
    ("The police logged it as STORM88120, can AI summarise the call for the ASB case?", "STORM88120"),
])
def test_fixed_format_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question, value", [
    # pasted rows: the first cell is a name when the next cell is a person's matter
    ("Pasting a row: 'Anwen Prydderch | grievance | stage 2' - allowed in Copilot?", "Anwen Prydderch"),
    ("pasting 'gurpreet kaur bains | long term sickness | 30 days' into chatgpt ok?", "gurpreet kaur bains"),
    # a quoted forward: the name is the subject of a clause about the person's own things
    ("fwd from the ward: 'kwame asante refused his tablets again' can gemini summarise", "kwame asante"),
    # a name opening a record of identifiers, found in the text or already placeholders
    ("Can I paste 'Claude Bettencourt, NHS [NHS number]' into Gemini?", "Claude Bettencourt"),  # a tool's name as given name
    ("Heidi Marchetti, NI [NI number], tel [phone] - can ChatGPT fill the form?", "Heidi Marchetti"),
    ("R. Ashworth, licence [driving licence], reg [vehicle registration] - can AI update the pool car log?", "R. Ashworth"),
    # families: a lower-case plural after "the" with their children after; a "Fam:" label
    ("can gemini write to the pendletons about their daughters attendance", "pendletons"),
    ("Pasting 'Fam: Wiśniewscy | 6 in 3-bed | overcrowding' - allowed in Copilot?", "Wiśniewscy"),
    ("Family: Kamińscy, damp and mould - can AI draft the letter?", "Kamińscy"),
])
def test_name_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    # software tickets and procurement ids
    "Change request CAD-1182 for the CAD software upgrade - can Copilot write the release note?",
    "ticket CAD-2290 in Jira is blocked, can AI summarise the thread?",
    "the CAD2024 project for the police estate - can ChatGPT draft the business case?",
    "Is it fine to use Copilot to draft the award letter for Sell2Wales opportunity SW-2026-0117?",
    "Public Contracts Scotland opportunity PCS-2026-0091 clarification - can AI answer it?",
    "tender 23/000418/26 for the crime lab refit - can Gemini draft the spec?",
    # CPV codes and assignments that are no one's
    "CPV code 72000000-5 for the framework, can ChatGPT check it?",
    "Can AI mark assignment no 12 for year 9?",
    "What does a crime refernce number look like?",
    # pasted rows whose first cell is a team or a topic
    "Pasting a row: 'Estates | backlog | 14 days' - allowed in Gemini?",
    "pasting 'estates backlog | stage 1 | 14 days' into copilot ok?",
    "Family: Support Team | backlog - can AI summarise?",
    "can copilot draft the letter to the teachers about their sons trip",
    # a lone place before an identifier label, and a placeholder name in quotes
    "Croydon, NHS [NHS number] - is this the right format?",
    "Test patient 'Joe Bloggs' on the training server - can the AI demo use that record?",
    # a plate-like word in brackets that is a model
    "The car (model ABC 123) brochure - can AI summarise it?",
])
def test_clean_look_alike_is_unchanged(question):
    assert redact(question).text == question
