"""The repository stands alone (issue 17 items 6 and 7): its README and Makefile point at nothing
outside it, it documents its formats for users, `policybot eval` is a complete scorer (quote
faithfulness against original files, thresholds), and CI runs exactly the README's test command,
which never installs system packages by itself."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import write_knowledge
from test_cli import make_env, run

ROOT = Path(__file__).resolve().parents[1]


def test_readme_and_makefile_point_at_nothing_outside_the_repository():
    for name in ("README.md", "Makefile", "eval/README.md", "eval/orgs/README.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/spec" not in text, name
    for link in re.findall(r"\]\(([^)#]+)\)", (ROOT / "README.md").read_text(encoding="utf-8")):
        if not link.startswith(("http://", "https://", "mailto:")):
            assert (ROOT / link).exists(), f"README links to {link}, which is not in the repository"


def test_the_formats_are_documented_for_users():
    doc = (ROOT / "docs" / "knowledge-format.md").read_text(encoding="utf-8")
    for needle in ("tool,aliases,status,data_allowed,conditions,clauses", "special_category", "sources.yaml",
                   "can-i-use-copilot-in-teams-meetings", "genai-usage-policy.docx#7.3", "governance-rulings#R-",
                   '"index_version"', '"escalated"', '{"id": "q17", "question": "..."}', "hit@3",
                   "dangerous", '"pii"', "--sources"):
        assert needle in doc, needle
    for verdict in ("allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"):
        assert f"`{verdict}`" in doc
    assert "docs/knowledge-format.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command_and_make_test_installs_no_system_packages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(make demo[^\n]*)\n(make [^\n#]*?)\s*(#[^\n]*)?\n```", readme)
    assert block, "README's two commands not found"
    test_cmd = block.group(2).strip()
    ci = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()
          if ln.strip() and not ln.lstrip().startswith("#")]
    assert ci[-1] == test_cmd
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = re.search(r"^test:([^\n]*)\n((?:\t[^\n]*\n)+)", make, re.M)
    assert "system-deps" not in test_rule.group(1) and "apt-get" not in test_rule.group(2)
    demo_rule = re.search(r"^demo:([^\n]*)\n((?:\t[^\n]*\n)+)", make, re.M)
    core = re.search(r"^\$\(CORE\):[^\n]*\n((?:\t[^\n]*\n)+)", make, re.M).group(1)
    assert "$(CORE)" in demo_rule.group(1) and "pip install --quiet -e .\n" in core     # no extras
    assert "index --example" in demo_rule.group(2)
    eval_rule = re.search(r"^eval:([^\n]*)\n((?:\t[^\n]*\n)+)", make, re.M).group(2)
    assert "policybot eval" in eval_rule


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    base = tmp_path_factory.mktemp("standalone")
    folder = write_knowledge(base / "knowledge")
    env = make_env(base / "home", base / "xdg")
    assert run(["index", folder], env).returncode == 0
    cases = base / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c) for c in [
        {"id": "a", "question": "Can I use ChatGPT for work?", "verdict": ["not_allowed"],
         "clauses": ["tools-register.csv#ChatGPT", "policy.md#2.2"], "escalate": False},
        {"id": "b", "question": "Can I paste health records into Copilot Chat?", "verdict": ["not_allowed"],
         "clauses": ["policy.md#3.2"], "escalate": False},
        {"id": "c", "question": "Can I use Otter.ai to transcribe an internal meeting?", "verdict": ["unsure"],
         "clauses": [], "escalate": True},
    ]) + "\n")
    return {"base": base, "folder": folder, "env": env, "cases": cases}


def test_eval_checks_quotes_against_original_files(indexed, tmp_path):
    ok = run(["eval", indexed["cases"], "--sources", indexed["folder"], "--json"], indexed["env"])
    assert ok.returncode == 0, ok.stderr
    rep = json.loads(ok.stdout)
    f = rep["faithfulness"]
    assert f["citations_checked"] > 0 and f["quote_faithfulness"] == 1.0 and f["unknown_clause_citations"] == 0
    assert "sources" in f["against"]
    assert {"escalation_missed", "escalation_needless"} <= set(rep)
    # the originals say something else now: the quotes are no longer faithful to them
    other = tmp_path / "originals"
    shutil.copytree(indexed["folder"], other)
    (other / "policy.md").write_text("# Policy\n\n## 2. Tools\n\n2.2 Something else entirely.\n")
    (other / "tools-register.csv").write_text("tool,aliases,status,data_allowed,conditions,clauses\n")
    bad = json.loads(run(["eval", indexed["cases"], "--sources", other, "--json"], indexed["env"]).stdout)
    assert bad["faithfulness"]["quote_faithfulness"] < 1.0 and bad["faithfulness"]["unknown_clause_citations"] > 0


def test_eval_thresholds_set_the_exit_status(indexed):
    r = run(["eval", indexed["cases"], "--min-verdict", "1.01"], indexed["env"])
    assert r.returncode == 1 and "threshold not met: verdict_accuracy" in r.stderr
    assert run(["eval", indexed["cases"], "--sources", indexed["base"] / "nope"], indexed["env"]).returncode == 2
