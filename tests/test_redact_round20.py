"""Round 20's first run leaked two identifiers (eval/orgs/first-runs/round20.txt): a personnel
number after its label, and an incident number at a road collision. Other invented values."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, value", [
    ("he's been off sick since march, personnel no 51882 - can copilot draft the welfare letter", "51882"),
    ("personnel number 0093317 for the new firefighter, can chatgpt fill in the form", "0093317"),
    ("incident 2025/11873, rtc on the bypass at 2am - can ai write the narrative from my notes", "2025/11873"),
    ("incident 2026/00912 was the crash on the A38, can copilot tidy up my notebook entry", "2026/00912"),
    ("road traffic collision, incident 2026/07731 - can i get gemini to summarise my pocket notes", "2026/07731"),
])
def test_the_number_is_redacted(question, value):
    assert value not in redact(question).text


@pytest.mark.parametrize("question", [
    "fire incident 2025/08841 debrief - can AI summarise the crew's operational learning (no casualty details)",
    "the IT incident 2026/0519 about the server crash, can copilot summarise the timeline",
    "Security incident SI-25-0311 (someone pasted a public doc into Gemini) - do we report it?",
])
def test_an_organisations_own_incident_stays(question):
    assert redact(question).text == question
