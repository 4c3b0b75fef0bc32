"""An organisation's own tiers of tools (bot/engine/tool_classes.py): "Managed tools" and "Open
tools" read from their definitions, with the information each tier may take, applied to the tools
read from the policy's prose and to the stance on tools it does not list. Invented policies only."""
from __future__ import annotations

import pytest

from bot.engine.info_classes import read_info_classes
from bot.engine.models import Verdict
from bot.engine.tool_classes import apply_tool_classes, catch_all, read_tool_classes
from conftest import engine_from
from index.models import Clause, RegisterEntry

DEFS = [
    ("3.1", "A Managed tool is a generative AI tool the Board provides under contract, signed in with a Board "
            "account. At the date of this policy the Managed tools are Microsoft 365 Copilot Chat and Quillmate."),
    ("3.2", "An Open tool is every other generative AI tool, including free and paid consumer services such as "
            "ChatGPT and Gemini."),
    ("3.3", "Open information is information the Board has already published."),
    ("3.4", "Board-only information is unpublished information of the Board that does not identify any person."),
    ("3.5", "Personal information is information about an identifiable living person."),
    ("5.1", "Open information may be used in any generative AI tool."),
    ("5.2", "Board-only information may be used only in a Managed tool. It must not be typed into an Open tool."),
    ("5.3", "Personal information must not be put into an Open tool or any Managed tool."),
]


def _clauses(items) -> list[Clause]:
    return [Clause(source="p.md", id=ref, heading="", text=text) for ref, text in items]


def _tiers(items=DEFS):
    cl = _clauses(items)
    return read_tool_classes(cl, read_info_classes(cl).view)


def test_tiers_their_members_and_what_they_may_take():
    tiers = {t.name: t for t in _tiers()}
    managed, open_ = tiers["Managed tool"], tiers["Open tool"]
    assert not managed.catch_all and open_.catch_all
    assert managed.members == ["Microsoft 365 Copilot Chat", "Quillmate"]
    assert managed.kinds == ("public", "internal")         # "Board-only ... only in a Managed tool"
    assert open_.kinds == ("public",)                      # "Open information ... in any tool"; Board-only kept out
    assert "internal" in open_.blocked and "personal" in open_.blocked
    assert catch_all(list(tiers.values())) is open_


def test_a_table_whose_columns_are_the_tiers():
    tiers = {t.name: t for t in _tiers([
        ("3.1", "Enterprise Tool means a generative AI tool the council provides under a council contract."),
        ("3.2", "Public Tool means any generative AI tool that is not an Enterprise Tool."),
        ("6.2", "The table below shows which class of information may go into each kind of tool.\n"
                "Information class | What it covers | Public Tool | Enterprise Tool\n"
                "PUBLIC | Information already published | Yes | Yes\n"
                "OFFICIAL | Unpublished council business that identifies nobody | Yes, under 6.3 | Yes\n"
                "OFFICIAL-SENSITIVE | Personal information about residents | No | Yes"),
        ("6.3", "OFFICIAL information may be entered into a Public Tool only if no person can be identified."),
    ])}
    assert tiers["Public Tool"].catch_all
    assert tiers["Enterprise Tool"].kinds == ("public", "internal", "personal")
    assert "personal" in tiers["Public Tool"].blocked and "public" in tiers["Public Tool"].permitted


def test_tiers_defined_with_a_colon_or_in_lower_case():
    tiers = {t.name: t for t in _tiers([
        ("3.2", "Open tool: any generative AI tool that is not a Trust-provided tool."),
        ("3.3", "A public AI tool is any generative AI tool that is not a Force-approved tool."),
        ("3.4", "A Force-approved tool is a tool named in paragraph 5.2."),
        ("6.3", "Public AI tools may be used only with published information."),
        ("6.4", "Internal information may be used in an Open tool."),
    ])}
    assert tiers["Open tool"].catch_all and tiers["public AI tool"].catch_all
    assert tiers["public AI tool"].kinds == ("public",)
    assert tiers["Force-approved tool"].listed_in == "5.2"


def test_the_prose_readers_tier_names_are_dropped_and_members_get_the_tiers_kinds():
    tiers = _tiers()
    register = [
        RegisterEntry("p.md", "Managed", (), "approved", ("public", "internal"), "", ("p.md#5.2",)),
        RegisterEntry("p.md", "Open", (), "approved", ("public", "internal"), "", ("p.md#5.1",)),
        RegisterEntry("p.md", "Microsoft 365 Copilot Chat", ("copilot chat",), "approved", ("public",), "", ("p.md#3.1",)),
    ]
    out = {e.tool: e for e in apply_tool_classes(register, tiers)}
    assert "Managed" not in out and "Open" not in out
    assert out["Microsoft 365 Copilot Chat"].data_allowed == ("public", "internal")
    assert out["Quillmate"].data_allowed == ("public", "internal")          # a member the prose reader missed
    assert "ChatGPT" not in out                  # the catch-all's examples are answered by the stance


POLICY_MD = """# Fenmoor Museums Trust: Generative AI Policy

## 1. Position

1.1 You may use any generative AI tool for Trust work, subject to the information rules in section 5.

## 3. Definitions

3.1 A Managed tool is a generative AI tool that the Trust provides under a contract and that you sign in to
with your Trust account. At the date of this policy the Managed tools are Microsoft 365 Copilot Chat and
Quillmate.

3.2 An Open tool is every other generative AI tool, including free and paid consumer services.

3.3 Open information is information the Trust has already published or approved for publication.

3.4 Trust-only information is unpublished information belonging to the Trust that does not identify any
living person, such as draft plans and internal procedures.

## 5. Information

5.1 Open information may be used in any generative AI tool.

5.2 Trust-only information may be used only in a Managed tool. It must not be typed, pasted or uploaded into
an Open tool.

## 6. Checking

6.1 Staff must check everything an AI tool produces before it is used.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    return engine_from(tmp_path_factory.mktemp("tiers"), {"fmt-ai-policy.md": POLICY_MD}, onnx_embed)


def test_a_tier_member_takes_the_tiers_information(engine, monkeypatch):
    # the second pair model (session 13, bot/engine/data/pair_model_2) holds this right yes as "a rule may
    # apply"; this test is about tiers of tools, so it reads the question without the pair models
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    a = engine.answer("can quillmate tidy up our draft exhibition plan? it's trust-only information")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_an_unlisted_tool_is_in_the_catch_all_tier(engine):
    model = engine.model.to_json()
    assert model["stance"]["effect"] == "allowed_with_conditions"
    assert list(model["stance"]["data_allowed"]) == ["public"]
    a = engine.answer("can I paste our unpublished draft exhibition plan into perplexity?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
    b = engine.answer("can perplexity explain our published annual report to me?")
    assert b.verdict in (Verdict.allowed, Verdict.conditional), b.summary


@pytest.mark.parametrize("q", [
    "can i install the writewell AI chrome extension to help with my emails? it only sees published pages",
    "can i hook our published events calendar up to the openai api so it writes listings automatically?",
    "can i connect perplexity to my outlook so it auto-replies to enquiries about published opening times?",
])
def test_an_any_tool_stance_does_not_cover_extensions_builds_or_connections(engine, q):
    a = engine.answer(q)
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
    assert a.escalated
