"""`policybot teams` as a person runs it: the package command (manifest validated against the
Teams manifest schema shipped in tests/schemas, icons checked) and the server process itself,
answering a message posted to /api/messages in anonymous mode."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
import zipfile
from pathlib import Path

import jsonschema
import pytest
from PIL import Image

from bot.teams.package import PLACEHOLDER, PackageError, build_package, manifest_dir, placeholder_values
from conftest import write_knowledge
from index.build import build_index
from teams_stub import TeamsConnectorStub, message, post

MANIFEST_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "teams-manifest-1.19.json").read_text("utf-8"))
_SCRIPT = Path(sys.executable).parent / "policybot"
PB = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot.cli"]
BOT_APP_ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
DROP = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy", "POLICYBOT_HOME",
        "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL")


def cli_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROP and not k.startswith("POLICYBOT_TEAMS_")}
    env.update({"XDG_DATA_HOME": str(tmp / "xdg"), "NO_COLOR": "1", "COLUMNS": "200"}, **extra)
    return env


def test_the_manifest_template_and_icons():
    src = manifest_dir()
    template = (src / "manifest.json").read_text(encoding="utf-8")
    assert set(PLACEHOLDER.findall(template)) == {"APP_VERSION", "TEAMS_APP_ID", "BOT_ID", "ORG_NAME", "ORG_URL",
                                                  "PRIVACY_URL", "TERMS_URL"}
    assert json.loads(template)["manifestVersion"] == "1.19"
    color, outline = Image.open(src / "color.png"), Image.open(src / "outline.png")
    assert color.size == (192, 192) and outline.size == (32, 32)
    assert outline.mode == "RGBA"
    px = outline.load()
    every = [px[x, y] for x in range(32) for y in range(32)]
    drawn = [p for p in every if p[3] > 0]
    assert drawn and all(p[:3] == (255, 255, 255) for p in drawn)           # white on transparent
    assert any(p[3] == 0 for p in every)


def test_build_package_fills_placeholders_and_validates(tmp_path):
    values = placeholder_values({"ORG_NAME": "Kestrel Vale Borough Council", "ORG_URL": "https://www.example.gov.uk"},
                                env={"POLICYBOT_TEAMS_APP_ID": BOT_APP_ID})
    manifest = build_package(tmp_path / "app.zip", values)
    jsonschema.Draft4Validator(MANIFEST_SCHEMA).validate(manifest)
    assert manifest["id"] == BOT_APP_ID and manifest["bots"][0]["botId"] == BOT_APP_ID
    assert manifest["developer"]["privacyUrl"] == "https://www.example.gov.uk"
    with pytest.raises(PackageError, match="ORG_NAME, ORG_URL"):
        build_package(tmp_path / "x.zip", placeholder_values({}, env={"POLICYBOT_TEAMS_APP_ID": BOT_APP_ID}))
    with pytest.raises(PackageError, match="GUID"):
        build_package(tmp_path / "x.zip", {**values, "BOT_ID": "not-a-guid"})
    with pytest.raises(PackageError, match="https"):
        build_package(tmp_path / "x.zip", {**values, "ORG_URL": "http://insecure.example"})


def test_policybot_teams_package_writes_the_upload_zip(tmp_path):
    out = tmp_path / "policybot-teams.zip"
    teams_app_id = str(uuid.uuid4())
    r = subprocess.run(PB + ["teams", "package", "--out", str(out), "--set", 'ORG_NAME=Kestrel "Vale" Council',
                             "--set", "ORG_URL=https://www.example.gov.uk", "--set", f"teams_app_id={teams_app_id}"],
                       env=cli_env(tmp_path, POLICYBOT_TEAMS_APP_ID=BOT_APP_ID), capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stderr
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(z.read("manifest.json"))
        assert z.read("color.png") == (manifest_dir() / "color.png").read_bytes()
    jsonschema.Draft4Validator(MANIFEST_SCHEMA).validate(manifest)
    assert manifest["id"] == teams_app_id and manifest["bots"][0]["botId"] == BOT_APP_ID
    assert manifest["developer"]["name"] == 'Kestrel "Vale" Council'

    missing = subprocess.run(PB + ["teams", "package", "--out", str(tmp_path / "y.zip")], env=cli_env(tmp_path),
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "BOT_ID" in missing.stderr and "POLICYBOT_TEAMS_APP_ID" in missing.stderr
    bad = subprocess.run(PB + ["teams", "frobnicate"], env=cli_env(tmp_path), capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_policybot_teams_serves_api_messages(tmp_path, onnx_embed):
    home = tmp_path / "home"
    build_index(write_knowledge(tmp_path / "knowledge"), home, embed_model=onnx_embed)
    port = _free_port()
    without_settings = subprocess.run(PB + ["teams", "--port", str(port)], env=cli_env(tmp_path, POLICYBOT_HOME=str(home)),
                                      capture_output=True, text=True, timeout=120)
    assert without_settings.returncode == 2 and "POLICYBOT_TEAMS_APP_ID" in without_settings.stderr

    env = cli_env(tmp_path, POLICYBOT_HOME=str(home), POLICYBOT_TEAMS_ANONYMOUS="1")
    proc = subprocess.Popen(PB + ["teams", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with opener.open(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "policybot teams did not start"
                time.sleep(0.2)
        with TeamsConnectorStub() as stub:
            status, _ = post(f"http://127.0.0.1:{port}/api/messages",
                             message(stub, "Can I use ChatGPT to draft a press release?"))
            assert status == 202
            reply = stub.wait_for(lambda c: c.activity.get("type") == "message")[0]
            assert "Not allowed" in reply.activity["summary"]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/api/messages (anonymous: local testing only)" in err
