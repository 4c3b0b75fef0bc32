"""Clause diff of a reindex: exactly the clauses a hand-made policy change touched, stored with the
version, loadable from Python and printed by `policybot index` / `policybot versions --diff`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import POLICY_MD, write_knowledge
from index.build import build_index, read_current, versions_dir
from index.diff import compute_diff, load_diff, text_diff, word_diff
from test_cli import make_env, run

AFTER_POLICY = (POLICY_MD
                # a new clause early in the document shifts the position of every later clause
                .replace("1.2 It applies to all employees",
                         "1.3 Managers must make sure their teams have read this policy.\n\n1.2 It applies to all employees")
                .replace("about residents into", "about residents or staff into")
                .replace("2.2 Staff must not use personal accounts",
                         "2.3 Staff may use Grammarly for spelling and grammar checks.\n\n2.2 Staff must not use personal accounts")
                .replace("5.1 Image generators may be used to illustrate internal presentations only, never in published material.\n", ""))
AFTER_REGISTER = """tool,aliases,status,data_allowed,conditions,clauses
Microsoft 365 Copilot Chat,Copilot Chat;Bing Chat Enterprise,approved,public;internal;personal,Sign in with your council account.,policy.md#2.1
ChatGPT,Chat GPT;OpenAI,restricted,public,Do not use for council work.,policy.md#2.2
Grammarly,,approved,public,Spelling and grammar only.,policy.md#2.3;policy.md#9.9
"""


@pytest.fixture
def home(tmp_path, pb_env) -> Path:
    return tmp_path / "home"


def test_hand_made_change_gives_exactly_the_changed_clauses(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    v1 = build_index(k, home, embed_model=onnx_embed).index_version
    (k / "policy.md").write_text(AFTER_POLICY)
    (k / "tools-register.csv").write_text(AFTER_REGISTER)
    r = build_index(k, home, embed_model=onnx_embed)
    d = r.diff

    assert [x["ref"] for x in d["added"]] == ["policy.md#1.3", "policy.md#2.3", "tools-register.csv#Grammarly"]
    assert [x["ref"] for x in d["removed"]] == ["policy.md#5.1"]
    # clauses that only moved (1.2, 2.x, 3.2, 4.x ...) are not "changed"
    assert [x["ref"] for x in d["changed"]] == ["policy.md#3.1", "tools-register.csv#ChatGPT",
                                                "tools-register.csv#Microsoft 365 Copilot Chat"]
    assert r.added == [x["ref"] for x in d["added"]] and r.changed == [x["ref"] for x in d["changed"]]
    assert r.removed == ["policy.md#5.1"]
    c31 = d["changed"][0]
    assert c31["diff"] == ["-Staff must not enter personal data about residents into a generative AI tool "
                           "unless the register approves that tool for personal data.",
                           "+Staff must not enter personal data about residents or staff into a generative "
                           "AI tool unless the register approves that tool for personal data."]
    assert "{+or staff+}" in c31["words"] and "[-" not in c31["words"]
    assert d["removed"][0]["text"].startswith("Image generators may be used")

    reg = {x["tool"]: x for x in d["register"]}
    assert set(reg) == {"ChatGPT", "Microsoft 365 Copilot Chat", "Grammarly"}
    assert reg["ChatGPT"]["fields"] == ["status", "data_allowed"]
    assert reg["ChatGPT"]["status"] == ["prohibited", "restricted"]
    assert reg["ChatGPT"]["data_allowed"] == [[], ["public"]]
    assert reg["Microsoft 365 Copilot Chat"]["fields"] == ["data_allowed"]
    assert reg["Grammarly"]["change"] == "added"
    assert d["counts"] == {"added": 3, "changed": 3, "removed": 1, "register": 3}
    assert d["version"] == r.index_version and d["previous_version"] == v1

    # a dangling register citation is a warning, listed, and the build still switches
    assert read_current(home) == r.index_version
    assert r.checks["register_citations"]["dangling"] == [
        {"register": "tools-register.csv", "tool": "Grammarly", "ref": "policy.md#9.9"}]
    assert any("policy.md#9.9" in p.reason and not p.skipped for p in r.problems)

    # stored with the version, and loadable from Python
    stored = json.loads((versions_dir(home) / r.index_version / "diff.json").read_text())
    assert stored == d == load_diff(home, r.index_version) == load_diff(home)
    assert load_diff(home, "no-such-version") is None


def test_diff_helpers():
    assert text_diff("A one. B two.", "A one. B three.") == [" A one.", "-B two.", "+B three."]
    assert word_diff("must not be used", "must be used") == "must [-not-] be used"
    d = compute_diff([], [], version="v")
    assert d["counts"] == {"added": 0, "changed": 0, "removed": 0, "register": 0}


def test_cli_prints_diff_versions_and_rolls_back(tmp_path, home, onnx_embed):
    k = write_knowledge(tmp_path / "k")
    v1 = build_index(k, home, embed_model=onnx_embed, trigger="first").index_version
    (k / "policy.md").write_text(AFTER_POLICY)
    (k / "tools-register.csv").write_text(AFTER_REGISTER)
    env = make_env(home, tmp_path / "xdg")

    p = run(["index", k], env)
    assert p.returncode == 0, p.stderr
    v2 = read_current(home)
    assert v2 != v1
    err = p.stderr
    assert f"Changes in {v2} since {v1}: 3 added, 3 changed, 1 removed" in err
    for line in ("+ policy.md#1.3", "+ policy.md#2.3", "~ policy.md#3.1", "- policy.md#5.1",
                 "{+or staff+}", "register ChatGPT: status prohibited → restricted, data none → public",
                 "warning: tools-register.csv: row 'Grammarly' cites policy.md#9.9"):
        assert line in err, (line, err)
    assert "policy.md#1.2" not in err          # moved, not changed

    p = run(["versions", "--json"], env)
    assert p.returncode == 0, p.stderr
    vs = json.loads(p.stdout)
    assert [v["version"] for v in vs] == [v2, v1]
    assert [v["current"] for v in vs] == [True, False]
    assert vs[1]["trigger"] == "first" and vs[0]["trigger"] == "cli"
    assert vs[0]["clauses"] == 20 and vs[0]["documents"] == 2 and vs[0]["available"] is True
    assert vs[0]["who"] and vs[0]["counts"]["removed"] == 1

    p = run(["versions", "--diff", v2[:18], "--json"], env)       # a unique prefix is enough
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == load_diff(home, v2)
    p = run(["versions", "--diff", "current"], env)
    assert "~ policy.md#3.1" in p.stdout and "- policy.md#5.1" in p.stdout
    p = run(["versions"], env)
    assert p.returncode == 0 and f"* {v2}" in p.stdout and f"  {v1}" in p.stdout

    p = run(["index", "--rollback"], env)
    assert p.returncode == 0, p.stderr
    assert read_current(home) == v1
    assert f"Rolled back: version {v1} serves again (was {v2})" in p.stderr
    assert "+ policy.md#5.1" in p.stderr           # what the rollback brings back
    p = run(["index", "--rollback", v1], env)
    assert p.returncode == 1 and "already serving" in p.stderr
    p = run(["versions", "--diff", "nope"], env)
    assert p.returncode == 1 and "no version 'nope'" in p.stderr
