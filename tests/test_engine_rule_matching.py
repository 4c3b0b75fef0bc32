"""Which rule a question meets (bot/engine/evidence.py, topics.yaml): the same everyday verbs
alone do not make a ban about something else apply; a rule on monitoring colleagues meets a
question that asks for it without the word. Invented policies only."""
from __future__ import annotations

import pytest

from bot.engine.models import Verdict
from conftest import engine_from

POLICY = """# Larkhill College AI policy

## 1. Tools

1.1 The register lists the AI tools staff may use.

## 2. Admissions

2.1 Generative AI must not be used to read, score, rank, summarise or compare individual applications,
personal statements or references.

## 3. Colleagues

3.1 AI must not be used to monitor or profile colleagues, for example by analysing their messages or activity.
"""
REGISTER = ("tool,aliases,status,data_allowed,conditions,clauses\n"
            "Gemini,,approved,public;internal,Sign in with your college account.,p.md#1.1\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    return engine_from(tmp_path_factory.mktemp("matching"), {"p.md": POLICY, "t.csv": REGISTER}, onnx_embed)


def test_sharing_only_everyday_verbs_with_a_ban_does_not_meet_it(engine, monkeypatch):
    # the second pair model (session 13, bot/engine/data/pair_model_2) holds this right yes as "a rule may
    # apply"; this test is about how a ban is matched, so it reads the question without the pair models
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    a = engine.answer("quick one - can I get gemini to summarise and read through an open access journal "
                      "article for my reading list?")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_the_ban_still_meets_its_own_object(engine):
    a = engine.answer("can gemini summarise the personal statements from this year's applications?")
    assert a.verdict == Verdict.not_allowed, a.summary


def test_profiling_colleagues_from_their_chats_meets_the_monitoring_rule(engine):
    a = engine.answer("could i get gemini to go through our team's chats and tell me who seems disengaged or unhappy")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
