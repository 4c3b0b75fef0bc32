"""Round 35's first run (eval/orgs/first-runs/round35.txt) leaked a seafarer's name: a ship's name
between the person and their circumstance ("crew member ... on the MV ... has a fever") took the
circumstance, and "crew member" was not a job role before a name (bot/data/name_cues.txt). Round 36
leaked an ambulance incident (CAD) number (bot/data/reference_context.txt). These tests use other
invented values than the rounds'."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, name", [
    ("crew member Tomas Varga on the MV Solent Grace has chest pains, can copilot say what to do?", "Tomas Varga"),
    ("deckhand Arjun Pillai off the Mersey Dawn has a rash and a temperature", "Arjun Pillai"),
    ("seafarer Mateo Quispe from the Cape Ardent was taken to hospital with a fever", "Mateo Quispe"),
])
def test_a_seafarer_named_after_their_role_is_redacted(question, name):
    assert name not in redact(question).text


def test_a_ship_on_its_own_is_not_a_person_to_keep_out():
    q = "the MV Solent Grace docks on tuesday, can copilot draft the berth schedule?"
    assert redact(q).text == q


@pytest.mark.parametrize("question, value", [
    # round 36 (eval/orgs/first-runs/round36.txt) leaked an ambulance service's CAD incident number
    ("only the incident number CAD-0912-77310 and no name, can copilot summarise the complaint?", "0912-77310"),
    ("CAD 0912-77310 was a fall at home, can chatgpt draft the debrief?", "0912-77310"),
])
def test_a_dispatch_incident_number_is_redacted(question, value):
    assert value not in redact(question).text


def test_an_it_incident_number_is_not_a_persons():
    q = "IT incident number INC0045821 is about the printer, can copilot draft the update?"
    assert redact(q).text == q
