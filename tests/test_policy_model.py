"""The compiled policy model (bot/engine/policy_model.py), the content owner's corrections file
(policy-map.yaml, index/corrections.py) and `policybot rules`, end to end on real indexes.

Two invented organisations without a register: one whose only rule about tools is a whitelist in
prose, one that lets staff use any tool within its rules on information."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.models import Verdict
from bot.engine.pipeline import Engine
from bot.engine.policy_model import model_diff
from index.build import build_index
from index.corrections import read_corrections

WHITELIST = """# Lowmarsh Harbour Board: AI Policy

## 1. Scope

1.1 This policy applies to all Board staff and contractors.

## 2. Tools

2.1 Harbourmate Chat, signed in with your Board account, is the only generative AI tool approved for Board work.

2.2 No other generative AI tool may be used for Board business, including free chatbots and AI features in other software.

## 3. Information

3.1 Harbourmate Chat may be used with public and internal information and with personal information about staff.

3.2 A Form HB9 records a seafarer's medical fitness. Special category information must never be entered into any AI tool.

## 4. Uses

4.1 AI must not be used to make or recommend decisions about individual people, such as who is granted a mooring licence.

4.2 Staff must check AI output before they rely on it.
"""

ANY_TOOL = """# Brackwater Library Trust: AI Guidance

## 1. Using AI tools

1.1 Staff may use any generative AI tool for their work, provided they only enter information that is already public.

1.2 Personal information about readers or staff must never be entered into an AI tool.

1.3 Staff must check AI output before they rely on it.
"""

POLICY_MAP = """stance:
  unlisted_tools: not_allowed
  cite: lhb-policy.md#2.2
glossary:
  - term: Form HB9
    means: special_category
    cite: lhb-policy.md#3.2
rules:
  - effect: forbid
    topic: decisions_about_people
    cite: lhb-policy.md#4.1
"""


@pytest.fixture(scope="module")
def homes(tmp_path_factory, onnx_embed):
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    root = tmp_path_factory.mktemp("model")
    out = {}
    for name, files in {"whitelist": {"lhb-policy.md": WHITELIST},
                        "mapped": {"lhb-policy.md": WHITELIST, "policy-map.yaml": POLICY_MAP},
                        "anytool": {"blt-guidance.md": ANY_TOOL}}.items():
        k = root / name / "knowledge"
        k.mkdir(parents=True)
        for f, text in files.items():
            (k / f).write_text(text, encoding="utf-8")
        build_index(k, root / name / "home", embed_model=onnx_embed)
        out[name] = root / name / "home"
    yield out
    if saved is not None:
        os.environ["POLICYBOT_CHROMA_URL"] = saved


@pytest.fixture(scope="module")
def engines(homes, onnx_embed):
    return {k: Engine.open(h, embed_model=onnx_embed) for k, h in homes.items()}


def test_a_rule_about_what_goes_into_tools_is_no_stance(tmp_path, onnx_embed):
    """"You must never put the following into any AI tool, including an approved tool:" is a
    rule about information, not the stance on tools the policy does not list."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text("# Policy\n\n## 1. Tools\n\n1.1 Quillbox is the only AI tool approved for our work.\n\n"
                            "1.2 No other AI tool may be used for our work.\n\n## 2. Information\n\n"
                            "2.1 You must never put the following into any AI tool, including an approved tool:\n"
                            "(a) case files;\n(b) health information.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    m = Engine.open(tmp_path / "home", embed_model=onnx_embed).model
    assert m.stance.effect == "not_allowed" and m.stance.item.ref == "p.md#1.2", m.stance


def test_a_whitelist_in_prose_is_read_as_the_stance(engines):
    m = engines["whitelist"].model
    assert m.stance.effect == "not_allowed"
    assert m.stance.item.ref == "lhb-policy.md#2.2" and m.stance.item.review == "read"
    a = engines["whitelist"].answer("can I use Claude to draft the harbour newsletter?")
    assert a.verdict == Verdict.not_allowed, a.summary
    assert a.citations[0].ref == "lhb-policy.md#2.2"
    assert not a.escalated


def test_any_tool_within_the_rules_on_information(engines):
    m = engines["anytool"].model
    assert m.stance.effect == "allowed_with_conditions" and m.stance.data_allowed == ("public",)
    yes = engines["anytool"].answer("can I use Claude to explain the published national library strategy in plain English?")
    assert yes.verdict in (Verdict.allowed, Verdict.conditional), yes.summary
    no = engines["anytool"].answer("can I use Claude to sort out the overdue fines list with readers' names and addresses?")
    assert no.verdict == Verdict.not_allowed, no.summary


def test_activity_rules_are_listed_by_topic(engines):
    rules = engines["whitelist"].model.rules
    assert any(r.topic == "decisions_about_people" and r.effect == "forbid" and r.item.ref == "lhb-policy.md#4.1"
               for r in rules)


def test_corrections_confirm_and_add(engines):
    m = engines["mapped"].model
    assert m.stance.item.review == "confirmed"
    assert [g.term for g in m.glossary] == ["Form HB9"]
    r = next(r for r in m.rules if r.item.ref == "lhb-policy.md#4.1" and r.topic == "decisions_about_people")
    assert r.item.review == "confirmed"


def test_a_glossary_term_carries_its_data_kind(engines):
    # "Form HB9" says nothing about health in the question; the organisation's glossary does
    q = "can Harbourmate Chat summarise the form hb9 for the new deckhand?"
    mapped = engines["mapped"].answer(q)
    assert "special_category" in mapped.data_kinds
    assert mapped.verdict == Verdict.not_allowed, mapped.summary


def test_a_confirmed_ban_answers_no(engines):
    q = "can Harbourmate Chat help the committee choose which applicants get the spare moorings?"
    plain = engines["whitelist"].answer(q)
    assert plain.verdict not in (Verdict.allowed, Verdict.conditional)
    mapped = engines["mapped"].answer(q)
    assert mapped.verdict == Verdict.not_allowed, mapped.summary
    assert mapped.citations[0].ref == "lhb-policy.md#4.1"


def test_bad_corrections_name_their_line(tmp_path):
    f = tmp_path / "policy-map.yaml"
    f.write_text("""stance:
  unlisted_tools: sometimes
  cite: p.md#1
tools:
  - name: X
    status: approved
    data_allowed: [public]
    cite: p.md#9.9
  - name: Y
    status: approved
    cite: p.md#1
glossary:
  - term: ABC
    means: secret
    cite: p.md#1
""")
    good, problems = read_corrections(f, {"p.md#1"}, topics={"decisions_about_people"})
    lines = sorted(str(p) for p in problems)
    assert any("policy-map.yaml:2" in x and "unlisted_tools" in x for x in lines), lines
    assert any("policy-map.yaml:8" in x and "p.md#9.9" in x for x in lines), lines
    assert any("policy-map.yaml:13" in x and "secret" in x for x in lines), lines
    assert [t["name"] for t in good["tools"]] == ["Y"] and good["stance"] is None


def test_model_diff_names_what_changed():
    old = {"stance": {"effect": "needs_approval", "item": {"ref": None}}, "tools": [], "rules": [],
           "undecided": [], "glossary": []}
    new = {"stance": {"effect": "not_allowed", "item": {"ref": "p.md#2"}},
           "tools": [{"name": "T", "status": "approved", "data_allowed": ["public"]}],
           "rules": [{"effect": "forbid", "topic": "legal_advice", "item": {"ref": "p.md#4"}}],
           "undecided": [], "glossary": []}
    lines = model_diff(old, new)
    assert lines[0].startswith("~ stance: needs_approval")
    assert "+ tool: T approved, public" in lines
    assert "+ rule: forbid legal_advice (p.md#4)" in lines


def test_rules_command_prints_the_model(homes, tmp_path):
    script = Path(sys.executable).parent / "policybot"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    env = {k: v for k, v in os.environ.items() if "PROXY" not in k.upper()}
    env["POLICYBOT_HOME"] = str(homes["mapped"])
    env["COLUMNS"] = "200"
    out = subprocess.run(cmd + ["rules", "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    model = json.loads(out.stdout)
    assert model["stance"]["effect"] == "not_allowed" and model["stance"]["item"]["review"] == "confirmed"
    assert model["glossary"][0]["term"] == "Form HB9"
    text = subprocess.run(cmd + ["rules"], env=env, capture_output=True, text=True, timeout=120)
    assert text.returncode == 0 and "not allowed" in text.stdout and "confirmed" in text.stdout
    env["POLICYBOT_HOME"] = str(tmp_path / "empty")
    none = subprocess.run(cmd + ["rules"], env=env, capture_output=True, text=True, timeout=120)
    assert none.returncode == 2 and "policybot index" in none.stderr


def test_reindex_prints_model_changes(tmp_path):
    script = Path(sys.executable).parent / "policybot"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    env = {k: v for k, v in os.environ.items() if "PROXY" not in k.upper()}
    env["POLICYBOT_HOME"] = str(tmp_path / "home")
    k = tmp_path / "k"
    k.mkdir()
    (k / "lhb-policy.md").write_text(WHITELIST, encoding="utf-8")
    first = subprocess.run(cmd + ["index", str(k)], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    (k / "policy-map.yaml").write_text(POLICY_MAP.replace("means: special_category", "means: special_category\n"),
                                       encoding="utf-8")
    second = subprocess.run(cmd + ["index", str(k)], env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "Policy model changes" in second.stderr and "Form HB9" in second.stderr


def test_buying_a_tool_needing_approval_is_not_the_stance_on_using_one(tmp_path, onnx_embed):
    """A sentence saying any contract for an AI tool must go through review before any commitment
    is about procurement; the stance comes from "you may use any generative AI tool ..." """
    from bot.engine.pipeline import Engine
    from index.build import build_index
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 1. Tools\n\n1.1 You may use any generative AI tool, free or paid, provided you follow the "
        "rules in section 2 on which information may go into which tool.\n\n## 2. Information\n\n2.1 Public "
        "information may be used in any generative AI tool.\n\n2.2 Personal information must not be put into any "
        "AI tool.\n\n## 3. Buying tools\n\n3.1 Any contract for a generative AI tool for a team, and any proposal to "
        "buy a tool for the whole organisation, must be approved by the Digital Board and go through a data "
        "protection impact assessment before any commitment is made.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    assert eng.model.stance is not None and eng.model.stance.effect == "allowed_with_conditions", eng.model.stance


def test_a_step_required_of_everyone_before_any_tool_is_no_any_tool_stance(tmp_path, onnx_embed):
    """"No member of staff may use any generative AI tool ... without a current AI Passport" is a
    precondition on all use; the stance is the sentence on tools the table does not list."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 5. Before you start\n\n5.1 Complete the e-learning module and tell your line manager.\n\n"
        "5.2 No member of staff may use any generative AI tool for Service work, including the sanctioned AI tools, "
        "without a current AI Passport.\n\n## 6. Tools\n\n6.1 The sanctioned tools are Quillbox and Ferrodraft.\n\n"
        "6.2 Any generative AI tool that is not a sanctioned tool, including image generators and search assistants, "
        "must not be used for Service work until the Digital Board has approved it.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    m = Engine.open(tmp_path / "home", embed_model=onnx_embed).model
    assert m.stance.effect != "allowed_with_conditions", m.stance


def test_the_policys_own_name_for_public_tools_states_the_any_tool_stance(tmp_path, onnx_embed):
    """"Fenlink Service means any generative AI tool that is available to the general public" is the
    catch-all tier; "Staff may use any Fenlink Service for work" is then the any-tool stance, and a
    sentence saying no other product is in the assured tier is not a whitelist."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 2. Definitions\n\n2.1 Fenlink Service means any generative AI tool that is available to the "
        "general public, whether free or paid. Examples include ChatGPT, Gemini and Claude.\n\n2.2 Guarded "
        "Information means patient-identifiable information and staff personal information.\n\n## 4. Using AI\n\n"
        "4.1 Staff may use any Fenlink Service for Board work without asking for permission, provided no Guarded "
        "Information is entered and the output is checked.\n\n## 5. Assured products\n\n5.1 Microsoft Copilot "
        "Chat, signed in with a Board account, is Board-Assured and may also be used with internal drafts.\n\n5.2 "
        "No other generative AI product is Board-Assured unless it appears on the Assured Products List, which "
        "states the purposes each product may be used for.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    assert eng.model.stance.effect == "allowed_with_conditions", eng.model.stance
    assert eng.model.stance.item.ref.endswith("#4.1")
    assert [t.catch_all for t in eng.kb.tool_classes if t.name == "Fenlink Service"] == [True]
    a = eng.answer("can i use chatgpt to write a job advert? nothing about anyone in it")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_a_sentence_about_every_tool_being_in_a_tier_is_no_stance(tmp_path, onnx_embed):
    """"On any other device every AI tool is a public AI tool" defines a tier; read with the tier's
    meaning it must not become a whitelist ("any other") or an any-tool stance."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 3. Definitions\n\n3.1 A public AI tool is any generative AI tool that is not an approved "
        "tool.\n\n3.2 On any other personal device every AI tool is a public AI tool.\n\n## 5. Tools\n\n5.1 Public "
        "AI tools may be used only with public information.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    m = Engine.open(tmp_path / "home", embed_model=onnx_embed).model
    assert m.stance.effect != "not_allowed", m.stance


def test_a_step_for_some_uses_is_no_stance_and_the_any_tool_sentence_is(tmp_path, onnx_embed):
    """"A DPIA must be completed for any proposal that would use generative AI with personal data"
    is a step for some uses, not what happens to tools the policy does not list; "Users may use any
    generative AI tool, including a General Tool, ... that involves Open information only" is the
    any-tool stance, and the General Tool tier may take Open (public) information."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 3. Definitions\n\n3.1 General Tool means any generative AI tool that is not a Council "
        "Enterprise Tool, for example ChatGPT and Gemini.\n\n3.2 Open information means information that has been "
        "published or is intended for publication.\n\n## 6. Tools and information\n\n6.1 Users may use any generative "
        "AI tool, including a General Tool on a free or personal account and on any device, for Council work that "
        "involves Open information only.\n\n6.2 When using a General Tool, users must not upload Council files other "
        "than ones that have already been published.\n\n## 12. New uses\n\n12.2 A Data Protection Impact Assessment "
        "must be completed with the Information Governance Team for any proposal that would use generative AI with "
        "personal data, before the AI Review Board considers it.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    assert eng.model.stance.effect == "allowed_with_conditions", eng.model.stance
    assert eng.model.stance.item.ref.endswith("#6.1")
    tier = [t for t in eng.kb.tool_classes if t.name == "General Tool"][0]
    assert "public" in tier.permitted and "public" not in tier.blocked


def test_no_permission_needed_is_the_any_tool_stance_and_a_comparison_is_no_whitelist(tmp_path, onnx_embed):
    """"There is no list of approved tools, and staff do not need to ask permission before using a
    GenAI tool" lets staff use any tool (within the information rules); "AI features built into
    other software are treated like any other AI tool" compares, it lists nothing."""
    from bot.engine.pipeline import Engine
    from index.build import build_index
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 1. Scope\n\n1.2 There is no list of approved tools, and staff do not need to ask permission "
        "before using a GenAI tool for ordinary work.\n\n## 5. Information\n\n5.1 Public information may be entered "
        "into any GenAI tool.\n\n5.2 Personal information must not be entered into any GenAI tool.\n\n"
        "## 6. Tools\n\n6.1 Staff may choose which GenAI tool to use for a task.\n\n6.2 AI features built into other "
        "software are treated like any other AI tool.\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    m = Engine.open(tmp_path / "home", embed_model=onnx_embed).model
    assert m.stance is not None and m.stance.effect == "allowed_with_conditions", m.stance
