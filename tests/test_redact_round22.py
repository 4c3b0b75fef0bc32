"""Round 22's first run leaked a rent reference whose middle segment is a single letter ("rent ref
CVH-R-0048213"): the lone "R" was read as the prefix of the organisation's own risk register, which
keeps references such as "PRJ-RISK-004" unredacted (eval/orgs/first-runs/round22.txt). A lone letter
is a series mark, not a register's prefix. Other invented values."""
from __future__ import annotations

import pytest

from bot.redact import redact


@pytest.mark.parametrize("question, ref", [
    ("i pasted Odalys Brennock's arrears details (rent ref KVH-R-0031877) into chatgpt by mistake", "KVH-R-0031877"),
    ("case ref ABC-T-0048213 for the tenant", "ABC-T-0048213"),
])
def test_a_reference_with_a_single_letter_segment_is_redacted(question, ref):
    out = redact(question).text
    assert ref not in out and "[case reference]" in out


@pytest.mark.parametrize("question, ref", [
    ("can copilot summarise risk PRJ-RISK-004 on the programme register?", "PRJ-RISK-004"),
    ("the change request ABC-CR-2291 for the depot move", "ABC-CR-2291"),
])
def test_the_organisations_own_register_references_are_kept(question, ref):
    assert ref in redact(question).text
