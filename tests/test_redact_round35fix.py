"""Round 35's first run (eval/orgs/first-runs/round35.txt) leaked a seafarer's name: a ship's name
between the person and their circumstance ("crew member ... on the MV ... has a fever") took the
circumstance, and "crew member" was not a job role before a name (bot/data/name_cues.txt). These
tests use other invented values than round 35's."""
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
