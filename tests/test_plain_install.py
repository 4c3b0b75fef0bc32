"""A plain `pip install -e .` (no extras), simulated in a real `policybot` process whose import
system hides the extras' packages (issue 17 item 5): commands that need an extra print one line
naming it (exit 2), `serve` imports only the surfaces configured and, on an empty home, is up but
not ready (503, saying why) without indexing the bundled example (item 1). Also: `teams package`
rejects unknown --set names and works outside a checkout from the wheel's data (item 11)."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from index.build import read_current
from serve_support import base_env, free_port, http_get, stop_process, wait_http

ROOT = Path(__file__).resolve().parents[1]
HIDE_ALL = ("slack_bolt", "slack_sdk", "microsoft_agents", "plotly", "llama_index.llms", "psycopg")

# runs `policybot ARGS` with the packages of HIDE (first argument, comma-separated) not importable
LAUNCH = r"""
import importlib.abc, sys
hidden = tuple(n for n in sys.argv[1].split(",") if n)
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == h or name.startswith(h + ".") for h in hidden):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Hide())
sys.argv = ["policybot"] + sys.argv[2:]
from bot.cli import main
main()
"""


def pb(args: list[str], env: dict, hide=HIDE_ALL, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", LAUNCH, ",".join(hide)] + args, env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=kw.pop("timeout", 120), **kw)


def env_for(tmp_path: Path, **extra: str) -> dict:
    return base_env(POLICYBOT_HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg"),
                    PYTHONPATH=str(ROOT), **extra)


@pytest.mark.parametrize("args, extra", [
    (["slack"], "slack"),
    (["slack", "--http", "--port", "0"], "slack"),
    (["teams"], "teams"),
    (["report", "--out", "r.html"], "report"),
])
def test_a_command_without_its_extra_prints_one_line(args, extra, tmp_path):
    r = pb(args, env_for(tmp_path))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and f"pip install 'policybot[{extra}]'" in lines[0], r.stderr


def test_serve_names_the_extra_of_each_configured_surface(tmp_path):
    slack = pb(["serve"], env_for(tmp_path, SLACK_BOT_TOKEN="xoxb-x", SLACK_SIGNING_SECRET="s"))
    assert slack.returncode == 2 and "policybot[slack]" in slack.stderr and "Traceback" not in slack.stderr
    teams = pb(["serve"], env_for(tmp_path, POLICYBOT_TEAMS_ANONYMOUS="1"), hide=("microsoft_agents",))
    assert teams.returncode == 2 and "policybot[teams]" in teams.stderr
    none = pb(["serve"], env_for(tmp_path), hide=("aiohttp",))
    assert none.returncode == 2 and "policybot[serve]" in none.stderr


def test_serve_without_surfaces_or_index_is_up_but_not_ready(tmp_path):
    """Slack and Teams packages hidden, none configured: serve starts (it imports neither); the
    empty home is not filled with the bundled example; /readyz is 503 and says why."""
    port = free_port()
    env = env_for(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, ",".join(HIDE_ALL), "serve", "--port", str(port)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc, timeout=90)
        status, body = http_get(f"http://127.0.0.1:{port}/readyz")
        assert status == 503
        ready = json.loads(body)
        assert ready["ready"] is False and ready["index"] == "missing"
        assert "no index version is serving" in ready["reasons"], ready
        assert "policybot index FOLDER" in ready["index_hint"], ready
    finally:
        code, err = stop_process(proc)
    assert code == 0, err[-2000:]
    assert read_current(tmp_path / "home") is None
    assert "slack_bolt" not in err and "Traceback" not in err


def test_slack_and_teams_refuse_an_empty_home(tmp_path):
    for args, env in ((["slack", "--http", "--port", "0"], dict(SLACK_BOT_TOKEN="xoxb-x", SLACK_SIGNING_SECRET="s")),
                      (["teams", "--port", "0"], dict(POLICYBOT_TEAMS_ANONYMOUS="1"))):
        r = pb(args, env_for(tmp_path, **env), hide=())
        assert r.returncode == 1 and "no index" in r.stderr and "policybot index FOLDER" in r.stderr, r.stderr
    assert read_current(tmp_path / "home") is None


def test_teams_package_rejects_unknown_set_names(tmp_path):
    r = pb(["teams", "package", "--out", str(tmp_path / "p.zip"), "--set", "ORG_NAME=Council",
            "--set", "ORG_NAMME=typo"], env_for(tmp_path))
    assert r.returncode == 2 and "unknown --set name(s) ORG_NAMME" in r.stderr and "ORG_NAME" in r.stderr
    assert not (tmp_path / "p.zip").exists()


@pytest.mark.slow
def test_the_wheel_carries_the_teams_app_package_and_it_builds_outside_a_checkout(tmp_path):
    dist = tmp_path / "dist"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(dist), str(ROOT)], capture_output=True, text=True, timeout=600,
                       env=base_env(), cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next(dist.glob("policybot-*.whl"))
    prefix = tmp_path / "prefix"
    with zipfile.ZipFile(wheel) as z:
        data = [n for n in z.namelist() if "/data/share/policybot/deploy/teams/" in n]
        assert {Path(n).name for n in data} == {"manifest.json", "color.png", "outline.png"}
        for n in data:      # as pip lays the data out under sys.prefix
            target = prefix / "share" / "policybot" / "deploy" / "teams" / Path(n).name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(n))
    # outside a checkout: the package module's repo folder has no deploy/, sys.prefix has the data
    code = ("import sys; from pathlib import Path; import bot.teams.package as p; "
            f"p._REPO = Path({str(tmp_path / 'elsewhere')!r}); sys.prefix = {str(prefix)!r}; "
            "print(p.manifest_dir())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip() == str(prefix / "share" / "policybot" / "deploy" / "teams"), out.stderr


def test_third_party_loggers_stay_quiet_in_the_long_running_commands():
    code = r"""
import logging
from bot.logs import quiet_third_party
logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
quiet_third_party()
logging.getLogger("bm25s").setLevel(logging.DEBUG)          # as bm25s does to itself on import
for name in ("alembic.runtime.migration", "bm25s", "microsoft_agents.hosting.core", "httpx", "chromadb.telemetry"):
    logging.getLogger(name).info("chatter from %s", name)
    logging.getLogger(name).debug("debug from %s", name)
logging.getLogger("microsoft_agents.hosting.core").warning("a real warning")
logging.getLogger("policybot.serve").info("policybot line")
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    lines = r.stderr.strip().splitlines()
    assert lines == ["microsoft_agents.hosting.core a real warning", "policybot.serve policybot line"], r.stderr
    for src in ("bot/serve.py", "bot/slack/server.py", "bot/teams/server.py"):
        assert "quiet_third_party()" in (ROOT / src).read_text(encoding="utf-8"), src


def test_serve_indexes_the_knowledge_folder_the_operator_configured(tmp_path):
    """POLICYBOT_KNOWLEDGE (the compose file's /knowledge) is the organisation's folder, set on
    purpose: on an empty home serve indexes it before it is ready; never the bundled example."""
    from conftest import write_knowledge
    from index.build import load_manifest
    folder = write_knowledge(tmp_path / "org-knowledge")
    port = free_port()
    env = env_for(tmp_path, POLICYBOT_KNOWLEDGE=str(folder))
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, ",".join(HIDE_ALL), "serve", "--port", str(port)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz", proc, timeout=180)
        ready = json.loads(http_get(f"http://127.0.0.1:{port}/readyz")[1])
        assert ready["ready"] is True and "knowledge" not in ready       # not the example
    finally:
        stop_process(proc)
    assert load_manifest(tmp_path / "home")["folder"] == str(folder.resolve())
