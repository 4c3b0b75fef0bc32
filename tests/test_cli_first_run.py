"""A newcomer's first run and an operator's first week on the command line (issue 17): no
silent wrong policy, messages that say only what happened, JSON Lines batches that can be
realigned. Real `policybot` subprocesses over small knowledge folders in tmp."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import write_knowledge
from index.build import load_manifest, read_current
from test_cli import CONTRACT_KEYS, assert_answer, make_env, run, summary

UNLISTED = "Can I use Otter.ai to transcribe an internal team meeting?"   # not on the test register


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One folder indexed once; tests copy the home when they change it."""
    base = tmp_path_factory.mktemp("first-run")
    folder = write_knowledge(base / "knowledge")
    env = make_env(base / "home", base / "xdg")
    r = run(["index", folder], env)
    assert r.returncode == 0, r.stderr
    return {"base": base, "folder": folder, "home": base / "home", "env": env}


def copy_home(site, tmp_path) -> tuple[Path, dict]:
    home = tmp_path / "home"
    shutil.copytree(site["home"], home)
    return home, make_env(home, site["base"] / "xdg")


# ------------------------------------------------------------------ item 1: no silent example
def test_index_without_folder_on_empty_home_exits_2_and_indexes_nothing(tmp_path):
    home = tmp_path / "home"
    r = run(["index"], make_env(home, tmp_path / "xdg"))
    assert r.returncode == 2, r.stderr
    assert "no knowledge folder given" in r.stderr and "policybot index FOLDER" in r.stderr
    assert "--example" in r.stderr
    assert read_current(home) is None


def test_index_without_folder_reuses_the_folder_in_use_and_says_so(site, tmp_path):
    home, env = copy_home(site, tmp_path)
    before = read_current(home)
    r = run(["index"], env)
    assert r.returncode == 0, r.stderr
    assert f"Reindexing {site['folder'].resolve()}" in r.stderr and "the one in use" in r.stderr
    s = summary(r.stderr)
    assert (s["added"], s["changed"], s["removed"]) == (0, 0, 0)          # the same policy, not the example
    assert read_current(home) != before
    assert load_manifest(home)["folder"] == str(site["folder"].resolve())


def test_example_only_when_asked_and_eval_needs_an_index(tmp_path):
    env = make_env(tmp_path / "home", tmp_path / "xdg")
    both = run(["index", "--example", tmp_path], env)
    assert both.returncode == 2 and "not both" in both.stderr
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": "a", "question": "Can I use ChatGPT?", "verdict": ["not_allowed"],
                                 "clauses": [], "escalate": False}) + "\n")
    ev = run(["eval", cases], env)
    assert ev.returncode == 2 and "no index" in ev.stderr and read_current(tmp_path / "home") is None
    r = run(["index", "--example", "--quiet"], env, timeout=300)
    assert r.returncode == 0, r.stderr
    bundled = Path(__file__).resolve().parents[1] / "knowledge"
    assert load_manifest(tmp_path / "home")["folder"] == str(bundled.resolve())


def test_answers_from_an_organisations_folder_carry_no_example_note(site):
    r = run(["ask", "--json", "Can I use ChatGPT for work?"], site["env"])
    assert r.returncode == 0, r.stderr
    assert "bundled example" not in r.stderr


# ------------------------------------------------------------------ item 11: home, file, links
def test_index_of_a_file_says_not_a_folder(site, tmp_path):
    r = run(["index", site["folder"] / "policy.md"], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode == 2
    assert "not a folder" in r.stderr and "not found" not in r.stderr
    assert read_current(tmp_path / "home") is None


def test_links_are_not_wrapped_in_non_terminal_output(tmp_path):
    folder = write_knowledge(tmp_path / "knowledge")
    url = "https://intranet.example.gov.uk/policies/digital/generative-ai-usage-policy-version-two-approved"
    (folder / "sources.yaml").write_text(f"policy.md:\n  url: {url}\ntools-register.csv:\n  url: {url}/register\n")
    env = make_env(tmp_path / "home", tmp_path / "xdg")
    env.pop("COLUMNS")                      # a pipe: rich would wrap at 80 columns
    assert run(["index", folder], env).returncode == 0
    r = run(["ask", "Can I use ChatGPT for work?"], env)
    assert r.returncode == 0, r.stderr
    assert url in r.stdout, r.stdout


# ------------------------------------------------------------------ item 3: honest escalation
def test_escalated_cli_answer_without_database_says_nothing_was_sent(site, tmp_path):
    home, env = copy_home(site, tmp_path)
    r = run(["ask", "--json", UNLISTED], env)
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert_answer(obj)
    assert obj["escalated"] is True                      # contract: would be sent, in the CLI
    assert "passed it to the AI governance team" not in obj["summary"]
    assert "nothing was sent" in obj["summary"]
    human = run(["ask", UNLISTED], env)
    assert "passed it" not in human.stdout and "Escalated to" not in human.stdout


def test_escalated_cli_answer_with_database_is_recorded(site, tmp_path):
    home, env = copy_home(site, tmp_path)
    env["POLICYBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'gov.sqlite3'}"
    assert run(["db", "upgrade"], env).returncode == 0
    r = run(["ask", "--json", UNLISTED], env)
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["escalated"] is True
    assert "recorded it for the AI governance team as escalation 1" in obj["summary"]
    listed = json.loads(run(["escalations", "list", "--json"], env).stdout)
    assert len(listed) == 1 and listed[0]["platform"] == "cli"
    assert listed[0]["question"] == obj["question"]
    # a batch (how evaluations run) never files escalations
    b = run(["ask", "--json", "-"], env, stdin=UNLISTED + "\n")
    assert "are not sent" in json.loads(b.stdout)["summary"]
    assert len(json.loads(run(["escalations", "list", "--json"], env).stdout)) == 1


# ------------------------------------------------------------------ item 10: JSON Lines input
def test_batch_accepts_json_lines_with_ids_and_answers_every_line(site):
    lines = [
        json.dumps({"id": "q1", "question": "Can I use ChatGPT for work?"}),
        "",
        "Can I paste health records into Copilot Chat?",
        json.dumps({"id": 42, "question": "What is the capital of France?"}),
        '{"id": "q3", "question": ',                       # broken JSON
        json.dumps({"id": "q4"}),                          # no question
        json.dumps({"id": "q5", "question": "Can I use ChatGPT? " + "Please tell me. " * 3000}),
    ]
    r = run(["ask", "--json", "-"], site["env"], stdin="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == len(lines)
    for o in out:
        assert CONTRACT_KEYS <= set(o)
    assert [o.get("id") for o in out] == ["q1", None, None, 42, None, "q4", "q5"]
    assert out[0]["verdict"] == "not_allowed" and out[0]["question"] == "Can I use ChatGPT for work?"
    assert "id" not in out[2] and set(out[2]) == CONTRACT_KEYS      # plain lines keep the plain object
    assert out[3]["verdict"] == "out_of_scope"
    for k in (1, 4, 5):
        assert out[k]["verdict"] == "out_of_scope" and out[k]["error"] and out[k]["question"] == ""
    assert "error" not in out[0] and "error" not in out[6]
    # a long question is answered with the length message, never echoed (bot/normalize.py's cap)
    assert out[6]["question"].startswith("[question too long") and "Please tell me" not in r.stdout


@pytest.mark.parametrize("question, name", [("Can I use deepl to translate a public leaflet?", "DeepL"),
                                            ("can i use notebooklm for my notes?", "NotebookLM")])
def test_unregistered_tool_names_keep_the_products_spelling(site, question, name):
    obj = json.loads(run(["ask", "--json", question], site["env"]).stdout)
    assert obj["escalated"] is True
    assert obj["summary"].startswith(f"{name} is not on the approved AI tools register")
    assert obj["escalation_reason"].startswith(name)
