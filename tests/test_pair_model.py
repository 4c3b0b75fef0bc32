"""The pair model (bot/engine/pair_model.py): reads a question and a policy rule together."""
import numpy as np

from bot.engine import pair_model as pm

BAN = ("AI must not be used to assess or recommend decisions on planning applications. This includes using "
       "AI to draft the recommendation in an officer report.")
OTHER = "Staff should switch off chat history where the tool allows it."
PERMIT = "Copilot Chat may be used to draft internal emails."


def test_the_shipped_model_loads_with_its_settings():
    assert pm.available()
    top, threshold = pm.settings()
    assert top >= 1 and 0.0 < threshold < 1.0


def test_a_rule_in_other_words_applies_and_unrelated_rules_do_not():
    q = "can copilot write the recommendation bit of my officer report for a barn conversion?"
    p = pm.applies(q, [BAN, OTHER, PERMIT])
    _, threshold = pm.settings()
    assert p.shape == (3,) and np.all((p >= 0) & (p <= 1))
    assert p[0] >= threshold > max(p[1], p[2])


def test_no_rules_no_scores():
    assert pm.applies("anything", []).shape == (0,)


def test_it_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    assert not pm.available()
