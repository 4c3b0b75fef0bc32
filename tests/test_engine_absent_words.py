"""What a question says its material does not hold is not what it is about
(bot/engine/understand.negated_parts): a rule shares no words with the question on them, so a
ban on "meetings where individual patients are discussed" does not answer a question about a
huddle where "nobody talks about individual patients". Invented policies only."""
from __future__ import annotations

import pytest

from bot.engine.models import Verdict
from bot.engine.understand import negated_parts
from conftest import engine_from

POLICY = """# Harbourside Health AI policy

## 1. Tools

1.1 The tools register lists the AI tools staff may use.

## 2. Meetings

2.1 Transcription must not be used in meetings where individual patients are discussed, including
case reviews and ward rounds.

2.2 AI images must not show real people.
"""
REGISTER = ("tool,aliases,status,data_allowed,conditions,clauses\n"
            "Teams transcription,teams transcribe,approved,public;internal,Tell everyone before you switch it on.,p.md#2.1\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    return engine_from(tmp_path_factory.mktemp("absent"), {"p.md": POLICY, "t.csv": REGISTER}, onnx_embed)


def test_negated_parts_splits_off_what_the_question_says_is_absent():
    kept, absent = negated_parts("can we transcribe the huddle? nobody talks about individual patients in it")
    assert "individual patients" in absent and "individual" not in kept
    assert negated_parts("no case details, just want a refresher")[1].strip() == "no case details"
    assert negated_parts("a generic voice, not anyone real")[1].strip() == "not anyone real"
    # asking whether one may not do something is no absence
    assert negated_parts("can I not use it to shortlist candidates")[1] == ""
    assert negated_parts("isnt it allowed to shortlist")[1] == ""


def test_a_ban_on_what_the_question_says_is_absent_does_not_answer_it(engine):
    a = engine.answer("can we turn on teams transcription for our weekly ops huddle? "
                      "nobody talks about individual patients in it")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_the_same_ban_answers_when_the_words_are_affirmed(engine):
    a = engine.answer("can we turn on teams transcription for the case review about individual patients?")
    assert a.verdict == Verdict.not_allowed, a.summary
    assert any(c.ref.endswith("#2.1") for c in a.citations)
