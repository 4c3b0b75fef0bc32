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


def test_both_shipped_models_are_asked_and_either_settles():
    dirs = pm.shipped()
    assert len(dirs) == 2 and dirs[0].name == "pair_model_2" and dirs[1] == pm.MODEL_DIR
    assert pm.reads() == max(pm.settings(d)[0] for d in dirs)
    q = "can copilot write the recommendation bit of my officer report for a barn conversion?"
    s = pm.settles(q, [BAN, OTHER, PERMIT])
    assert s.shape == (3,) and s[0] >= 1.0 > max(s[1], s[2])


def test_the_strength_is_each_models_probability_over_its_threshold():
    # the combined strength is each model's probability over its own threshold, the larger of them
    q = "can copilot write the recommendation bit of my officer report for a barn conversion?"
    first, second = pm.MODEL_DIR, pm.MODEL_DIRS[0]
    p1 = pm.applies(q, [OTHER, BAN], first) / pm.settings(first)[1]
    p2 = pm.applies(q, [OTHER, BAN], second) / pm.settings(second)[1]
    s = pm.settles(q, [OTHER, BAN])
    # the first model is asked only when the second holds none of the rules
    assert np.allclose(s, p2 if p2.max() >= 1.0 else np.maximum(p1, p2), atol=1e-5)
    assert float(s.max()) >= 1.0
    only_first = pm.settles(q, [OTHER, BAN], (first,))
    assert np.allclose(only_first, p1)


def test_switched_off_no_model_is_asked(monkeypatch):
    monkeypatch.setenv("POLICYBOT_PAIR_MODEL", "off")
    assert pm.shipped() == () and pm.reads() == 0
    assert pm.settles("anything", [BAN]).tolist() == [0.0]
