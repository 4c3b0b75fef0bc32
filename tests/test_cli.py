"""The `policybot` command line, run as a real subprocess (the installed console script) over small
knowledge folders in tmp, with POLICYBOT_HOME in tmp and no proxy settings inherited.

Contract: ../shared/spec/knowledge-and-answers.md, sections 2 (answer object, JSON Lines batch)
and 4 (POLICYBOT_HOME, `policybot clauses --json`, `policybot index` exit codes 0/1/2).
Indexes are built once per fixture (module scope) to keep the module fast."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from conftest import POLICY_MD, write_knowledge
from index.build import read_current

_SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]

CONTRACT_KEYS = {"question", "verdict", "summary", "conditions", "citations", "tool", "data_kinds",
                 "escalated", "escalation_reason", "confidence", "index_version"}
CITATION_KEYS = {"ref", "source", "clause", "heading", "quote", "url", "score"}
VERDICTS = {"allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope"}
SUMMARY = re.compile(r"Indexed (\d+) document\(s\), (\d+) clause\(s\) \((\d+) register row\(s\)\) "
                     r"as version (\S+) in [\d.]+ s: (\d+) added, (\d+) changed, (\d+) removed, "
                     r"(\d+) embedded\.")
DROP_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy",
            "POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_EMBEDDING", "POLICYBOT_EMBEDDING_MODEL")


def make_env(home: Path | None, xdg: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROP_ENV}
    env["XDG_DATA_HOME"] = str(xdg)      # never the real per-user folder
    env["COLUMNS"] = "200"               # rich must not wrap refs in human output
    env["NO_COLOR"] = "1"
    if home is not None:
        env["POLICYBOT_HOME"] = str(home)
    return env


def run(args: list[str], env: dict[str, str], stdin: str | None = None,
        timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(PB + [str(a) for a in args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=timeout)


def summary(stderr: str) -> dict:
    m = SUMMARY.search(stderr)
    assert m, f"no summary line on stderr:\n{stderr}"
    keys = ("documents", "clauses", "register", "version", "added", "changed", "removed", "embedded")
    return {k: (v if k == "version" else int(v)) for k, v in zip(keys, m.groups())}


def assert_answer(obj: dict) -> None:
    assert set(obj) == CONTRACT_KEYS
    assert obj["verdict"] in VERDICTS
    assert isinstance(obj["summary"], str) and obj["summary"]
    assert isinstance(obj["conditions"], list) and isinstance(obj["data_kinds"], list)
    assert isinstance(obj["escalated"], bool)
    assert isinstance(obj["confidence"], (int, float)) and 0 <= obj["confidence"] <= 1
    for c in obj["citations"]:
        assert set(c) == CITATION_KEYS
        assert c["ref"] == f"{c['source']}#{c['clause']}"
        assert c["quote"].strip()
    if obj["verdict"] == "unsure":
        assert obj["escalated"] is True


def write_docx(path: Path) -> Path:
    """A Word policy with a Title, heading styles and typed clause numbers."""
    d = docx.Document()
    d.add_heading("Word AI Policy", 0)
    d.add_paragraph("Version 2, owned by Digital Services.")
    d.add_heading("1. Purpose", 1)
    d.add_paragraph("1.1 Staff may use approved AI tools for drafting routine letters.")
    d.add_paragraph("1.2 Managers must keep a list of approved uses.")
    d.add_heading("2. Data", 1)
    d.add_paragraph("Intro text of section two.")
    d.add_paragraph("2.1 Staff must not upload personal data to meeting transcription bots.")
    d.add_paragraph("This unnumbered paragraph belongs to 2.1.")
    d.save(str(path))
    return path


def write_bad_files(folder: Path) -> dict[str, str]:
    """Files the indexer must skip, with a word the reason should contain."""
    (folder / "corrupt.docx").write_bytes(os.urandom(600))
    (folder / "wrong-header.csv").write_text("name,status\nFoo,approved\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("1. Caf\xe9 rules\n\n1.1 No AI in the caf\xe9.\n".encode("latin-1"))
    return {"corrupt.docx": "docx", "wrong-header.csv": "header", "latin1.txt": "UTF-8"}


# ------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A good folder indexed with POLICYBOT_HOME=other *and* --home home (the flag must win)."""
    base = tmp_path_factory.mktemp("cli-good")
    folder = write_knowledge(base / "knowledge")
    home, other = base / "home", base / "other"
    r = run(["index", folder, "--home", home], make_env(other, base / "xdg"))
    env = make_env(home, base / "xdg")
    return {"base": base, "folder": folder, "home": home, "other": other, "env": env, "index": r}


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    """A folder of good files plus files that must be skipped; then a search over it."""
    base = tmp_path_factory.mktemp("cli-bad")
    folder = write_knowledge(base / "knowledge")
    write_docx(folder / "word-policy.docx")
    reasons = write_bad_files(folder)
    env = make_env(base / "home", base / "xdg")
    r = run(["index", folder], env)
    s = run(["search", "upload personal data to meeting transcription bots", "--json", "-k", "50"], env)
    return {"index": r, "search": s, "reasons": reasons, "home": base / "home"}


@pytest.fixture(scope="module")
def reindexed(tmp_path_factory):
    """Index, change one clause, reindex; delete the FAQ, reindex, search for its content."""
    base = tmp_path_factory.mktemp("cli-reindex")
    folder = write_knowledge(base / "knowledge")
    env = make_env(base / "home", base / "xdg")
    first = run(["index", folder], env)
    policy = folder / "policy.md"
    old = "3.1 Staff must not enter personal data about residents"
    assert old in POLICY_MD
    policy.write_text(POLICY_MD.replace(old, old + " or colleagues"), encoding="utf-8")
    changed = run(["index", folder], env)
    (folder / "faq.md").unlink()
    deleted = run(["index", folder], env)
    search = run(["search", "Can I translate a leaflet with AI? coding assistant", "--json", "-k", "50"], env)
    return {"first": first, "changed": changed, "deleted": deleted, "search": search}


# ------------------------------------------------------------------------------ --help
@pytest.mark.parametrize("cmd, words", [
    ([], ["generative-AI usage policy", "index", "clauses", "search", "ask", "eval"]),
    (["index"], ["Index a knowledge folder", "skipped"]),
    (["clauses"], ["clauses one document yields", "--json"]),
    (["search"], ["Top clauses"]),
    (["ask"], ["Answer a question", "--json", "stdin"]),
    (["eval"], ["evaluation", "verdict accuracy"]),
])
def test_help(cmd, words, tmp_path):
    r = run(cmd + ["--help"], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())
    for w in words:
        assert w in text, f"{' '.join(cmd) or 'policybot'} --help does not mention {w!r}:\n{r.stdout}"
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").iterdir())


# ------------------------------------------------------------------------------ index
def test_index_good_folder_exits_0_with_summary(good):
    r = good["index"]
    assert r.returncode == 0, r.stderr
    s = summary(r.stderr)
    assert (s["documents"], s["clauses"], s["register"]) == (2, 18, 2)
    assert s["added"] == s["embedded"] == 18 and s["changed"] == s["removed"] == 0
    assert "skipped" not in r.stderr
    assert read_current(good["home"]) == s["version"]


def test_home_option_beats_policybot_home(good):
    """Contract section 4 orders POLICYBOT_HOME before --home for where state lives; an explicit
    --home typed on the command line wins over the exported variable (issue 17 item 11; without
    --home the contract's order holds). The index lands in the --home folder."""
    assert read_current(good["home"]) is not None
    other = good["other"]
    assert not other.exists() or read_current(other) is None
    assert not other.exists() or not any(other.iterdir())


def test_index_missing_folder_exits_2(tmp_path):
    missing = tmp_path / "no-such-folder"
    r = run(["index", missing], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode == 2
    assert "no-such-folder" in r.stderr
    assert read_current(tmp_path / "home") is None


def test_index_skipped_files_exit_1_named_with_reason(bad):
    r = bad["index"]
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    for name, why in bad["reasons"].items():
        hits = [ln for ln in lines if name in ln]
        assert hits, f"{name} not named on stderr:\n{r.stderr}"
        assert any(why.lower() in ln.lower() and "skipped" in ln.lower() for ln in hits), hits
    s = summary(r.stderr)
    # policy.md + faq.md + word-policy.docx; 18 clauses + 5 from the .docx
    assert (s["documents"], s["clauses"], s["register"]) == (3, 23, 2)
    assert read_current(bad["home"]) == s["version"]


def test_good_files_still_searchable_after_skips(bad):
    r = bad["search"]
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    refs = [h["ref"] for h in hits]
    assert "word-policy.docx#2.1" in refs[:3]
    assert any(ref.startswith("faq.md#") for ref in refs)
    assert any(ref.startswith("tools-register.csv#") for ref in refs)
    assert not any(ref.split("#")[0] in bad["reasons"] for ref in refs)


def test_reindex_after_one_clause_change_embeds_only_that_clause(reindexed):
    assert reindexed["first"].returncode == 0, reindexed["first"].stderr
    r = reindexed["changed"]
    assert r.returncode == 0, r.stderr
    s = summary(r.stderr)
    assert (s["added"], s["changed"], s["removed"], s["embedded"]) == (0, 1, 0, 1)
    assert s["version"] != summary(reindexed["first"].stderr)["version"]


def test_deleted_document_is_never_searched(reindexed):
    r = reindexed["deleted"]
    assert r.returncode == 0, r.stderr
    s = summary(r.stderr)
    assert (s["documents"], s["added"], s["changed"], s["removed"], s["embedded"]) == (1, 0, 0, 2, 0)
    sr = reindexed["search"]
    assert sr.returncode == 0, sr.stderr
    refs = [h["ref"] for h in json.loads(sr.stdout)]
    assert refs, "search returned nothing"
    assert not [ref for ref in refs if ref.startswith("faq.md#")]


# ------------------------------------------------------------------------------ clauses
TXT = """Remote Working AI Guidance
==========================

Text before the first clause belongs to the document.

1. Scope

1.1 This guidance covers staff working from home.

2. Devices

2.1 Use a council laptop for AI tools.
(a) never a personal phone.

2.2 Lock the screen.
"""


def clauses_json(path: Path, tmp_path: Path) -> list[dict]:
    r = run(["clauses", path, "--json"], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert isinstance(out, list)
    for c in out:
        assert set(c) == {"id", "heading", "text"}
    return out


def test_clauses_md(tmp_path):
    folder = write_knowledge(tmp_path / "k")
    out = clauses_json(folder / "policy.md", tmp_path)
    assert [c["id"] for c in out] == ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2",
                                      "4", "4.1", "4.2", "5", "5.1"]
    c31 = out[7]
    assert c31["heading"] == "Data protection"
    assert c31["text"].startswith("Staff must not enter personal data about residents")
    faq = clauses_json(folder / "faq.md", tmp_path)
    assert [c["id"] for c in faq] == ["can-i-use-ai-to-write-software-code", "can-i-translate-a-leaflet-with-ai"]


def test_clauses_txt(tmp_path):
    p = tmp_path / "guidance.txt"
    p.write_text(TXT, encoding="utf-8")
    out = clauses_json(p, tmp_path)
    assert [c["id"] for c in out] == ["1", "1.1", "2", "2.1", "2.2"]
    assert [c["heading"] for c in out] == ["Scope", "Scope", "Devices", "Devices", "Devices"]
    assert "never a personal phone" in out[3]["text"]          # bare (a) belongs to 2.1
    assert not any("belongs to the document" in c["text"] for c in out)


def test_clauses_docx_typed_numbers(tmp_path):
    out = clauses_json(write_docx(tmp_path / "word-policy.docx"), tmp_path)
    assert [c["id"] for c in out] == ["1", "1.1", "1.2", "2", "2.1"]
    assert [c["heading"] for c in out] == ["Purpose", "Purpose", "Purpose", "Data", "Data"]
    assert out[1]["text"] == "Staff may use approved AI tools for drafting routine letters."
    assert out[3]["text"] == "Intro text of section two."
    assert "unnumbered paragraph belongs to 2.1" in out[4]["text"]
    assert not any("Word AI Policy" in c["text"] or "Version 2" in c["text"] for c in out)


def test_clauses_register_csv(tmp_path):
    folder = write_knowledge(tmp_path / "k")
    out = clauses_json(folder / "tools-register.csv", tmp_path)
    assert [c["id"] for c in out] == ["Microsoft 365 Copilot Chat", "ChatGPT"]
    assert out[1]["heading"] == "ChatGPT"
    assert "prohibited" in out[1]["text"]


@pytest.mark.parametrize("name", ["corrupt.docx", "wrong-header.csv", "latin1.txt"])
def test_clauses_bad_file_one_line_error(name, tmp_path):
    write_bad_files(tmp_path)
    r = run(["clauses", tmp_path / name, "--json"], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode != 0
    assert r.stdout.strip() == ""
    err = r.stderr.strip().splitlines()
    assert len(err) == 1, r.stderr
    assert name in err[0]
    assert "Traceback" not in r.stderr


# ------------------------------------------------------------------------------ ask
def test_ask_json_single_object(good):
    r = run(["ask", "--json", "Can I use ChatGPT for work?"], good["env"])
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert_answer(obj)
    assert obj["question"] == "Can I use ChatGPT for work?"
    assert obj["verdict"] == "not_allowed"
    assert obj["tool"] == "ChatGPT"
    assert obj["index_version"] == read_current(good["home"])
    refs = [c["ref"] for c in obj["citations"]]
    assert {"tools-register.csv#ChatGPT", "policy.md#2.2"} & set(refs[:3])
    # every quote is verbatim text of a clause that exists in the indexed documents
    texts = {}
    for name in ("policy.md", "faq.md"):
        for c in json.loads(run(["clauses", good["folder"] / name, "--json"], good["env"]).stdout):
            texts[f"{name}#{c['id']}"] = " ".join(c["text"].split())
    for c in obj["citations"]:
        if c["source"] in ("policy.md", "faq.md"):
            assert c["ref"] in texts
            assert " ".join(c["quote"].split()) in texts[c["ref"]]


BATCH = [
    "Can I use ChatGPT for work?",
    "Can I use Copilot Chat to summarise an internal report?",
    "Can I paste health records into Copilot Chat?",
    "Can I paste Mrs Jane Smith's NI number QQ123456C and email jane.smith@example.com into ChatGPT?",
    "What is the capital of France?",
]


def test_ask_json_batch_jsonl_in_order(good):
    stdin = "\n".join([BATCH[0], "", BATCH[1], BATCH[2], "   ", BATCH[3], BATCH[4], ""]) + "\n"
    r = run(["ask", "--json", "-"], good["env"], stdin=stdin)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    # contract section 2: every input line gets exactly one output line, blank ones included
    assert len(lines) == len(BATCH) + 3, r.stdout
    blanks = [json.loads(lines[k]) for k in (1, 4, 7)]
    for b in blanks:
        assert CONTRACT_KEYS <= set(b) and b["verdict"] == "out_of_scope" and "empty" in b["error"]
    objs = [json.loads(ln) for k, ln in enumerate(lines) if k not in (1, 4, 7)]
    for o in objs:
        assert_answer(o)
    assert [o["question"] for o in objs[:3]] == BATCH[:3]
    assert [o["question"] for o in objs[4:]] == BATCH[4:]
    assert objs[0]["verdict"] == "not_allowed" and objs[4]["verdict"] == "out_of_scope"
    # personal data never echoed; one index for the whole batch
    dump = json.dumps(objs[3])
    for pii in ("QQ123456C", "jane.smith@example.com", "Jane Smith"):
        assert pii not in dump
    assert {o["index_version"] for o in objs} == {read_current(good["home"])}
    assert "No index" not in r.stderr


def test_ask_human_readable(good):
    r = run(["ask", "Can I use ChatGPT for work?"], good["env"])
    assert r.returncode == 0, r.stderr
    assert "Not allowed" in r.stdout
    assert re.search(r"(tools-register\.csv#ChatGPT|policy\.md#2\.2)", r.stdout), r.stdout
    assert not r.stdout.lstrip().startswith("{")


def test_ask_with_empty_home_indexes_bundled_knowledge(tmp_path):
    home = tmp_path / "empty-home"
    home.mkdir()
    r = run(["ask", "--json", "Can I use ChatGPT to draft a press release?"],
            make_env(home, tmp_path / "xdg"), timeout=300)
    assert r.returncode == 0, r.stderr
    assert "No index" in r.stderr and "bundled" in r.stderr
    # every answer from the example says so (issue 17 item 1), this one and the next ones
    assert "come from the bundled example knowledge" in r.stderr
    again = run(["ask", "Can I use ChatGPT to draft a press release?"], make_env(home, tmp_path / "xdg"))
    assert "come from the bundled example knowledge" in again.stderr
    obj = json.loads(r.stdout)
    assert_answer(obj)
    version = read_current(home)
    assert version is not None and obj["index_version"] == version
    bundled = {p.name for p in (Path(__file__).resolve().parents[1] / "knowledge").iterdir()}
    assert obj["citations"] and all(c["source"] in bundled for c in obj["citations"])


# ------------------------------------------------------------------------------ eval
def test_eval_prints_metrics(good, tmp_path):
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"id": "t1", "question": "Can I use ChatGPT for work?", "verdict": ["not_allowed"],
         "clauses": ["tools-register.csv#ChatGPT", "policy.md#2.2"], "escalate": False},
        {"id": "t2", "question": "Can I paste health records into Copilot Chat?", "verdict": ["not_allowed"],
         "clauses": ["policy.md#3.2"], "escalate": False},
        {"id": "t3", "question": "Can I paste John Smith's NI number QQ123456C into ChatGPT?",
         "verdict": ["not_allowed", "unsure"], "clauses": [], "escalate": False, "pii": ["QQ123456C"]},
    ]
    cases.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    r = run(["eval", cases], good["env"])
    out = r.stdout
    for label in ("verdict accuracy", "citation hit@3", "dangerous errors", "PII leaks", "quote faithfulness"):
        assert re.search(rf"^\s*{re.escape(label)}\s+\S+", out, re.M | re.I), f"no {label!r} line:\n{out}"
    assert re.search(r"^\s*cases\s+3\s*$", out, re.M), out
    dangerous = int(re.search(r"dangerous errors\s+(\d+)", out).group(1))
    assert r.returncode == (0 if dangerous == 0 else 1), r.stderr
    assert re.search(r"PII leaks\s+0\b", out), out
    assert re.search(r"quote faithfulness\s+1\.000", out), out


@pytest.mark.parametrize("content", [
    '{"id": "t1", "question": "Can I use ChatGPT?"\n',                           # not JSON
    '{"id": "t1", "question": "Can I use ChatGPT?", "verdict": ["maybe"]}\n',    # unknown verdict
    "",                                                                          # no cases
])
def test_eval_malformed_cases_exit_2(content, tmp_path):
    cases = tmp_path / "bad-cases.jsonl"
    cases.write_text(content, encoding="utf-8")
    r = run(["eval", cases], make_env(tmp_path / "home", tmp_path / "xdg"))
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "bad-cases.jsonl" in r.stderr
    assert read_current(tmp_path / "home") is None      # rejected before any indexing
