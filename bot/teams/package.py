"""`policybot teams package`: the Teams app package (the zip uploaded to Teams or the Developer
Portal): deploy/teams/manifest.json with its ${{PLACEHOLDERS}} filled in, and the two icons."""
from __future__ import annotations

import json
import os
import re
import struct
import sys
import uuid
import zipfile
from pathlib import Path
from typing import Mapping

from bot.teams.settings import ENV_APP_ID

MANIFEST = "manifest.json"
ICONS = {"color.png": (192, 192), "outline.png": (32, 32)}
PLACEHOLDER = re.compile(r"\$\{\{([A-Z_]+)\}\}")
_REPO = Path(__file__).resolve().parents[2]


class PackageError(ValueError):
    """The package cannot be built (message says why)."""


def manifest_dir() -> Path:
    for d in (_REPO / "deploy" / "teams", Path(sys.prefix) / "share" / "policybot" / "deploy" / "teams"):
        if (d / MANIFEST).is_file():
            return d
    raise PackageError("deploy/teams/manifest.json not found: run this from a policybot checkout")


def placeholder_values(overrides: Mapping[str, str], env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Values for the manifest's placeholders: BOT_ID is the bot's Azure app id
    (POLICYBOT_TEAMS_APP_ID); TEAMS_APP_ID defaults to it; PRIVACY_URL and TERMS_URL default to
    ORG_URL; APP_VERSION to policybot's version. `overrides` (from --set KEY=VALUE) win."""
    env = os.environ if env is None else env
    from importlib.metadata import PackageNotFoundError, version
    try:
        app_version = version("policybot")
    except PackageNotFoundError:
        app_version = "0.1.0"
    values = {"BOT_ID": env.get(ENV_APP_ID, "").strip(), "APP_VERSION": app_version}
    values.update({k: v for k, v in overrides.items() if v})
    values.setdefault("TEAMS_APP_ID", values.get("BOT_ID", ""))
    if values.get("ORG_URL"):
        values.setdefault("PRIVACY_URL", values["ORG_URL"])
        values.setdefault("TERMS_URL", values["ORG_URL"])
    return {k: v for k, v in values.items() if v}


def render_manifest(template: str, values: Mapping[str, str]) -> dict:
    derived = {"TEAMS_APP_ID": "BOT_ID", "PRIVACY_URL": "ORG_URL", "TERMS_URL": "ORG_URL"}
    missing = sorted(k for k in set(PLACEHOLDER.findall(template)) - set(values)
                     if derived.get(k) in values or k not in derived)
    if missing:
        raise PackageError("the manifest needs " + ", ".join(missing) + ": pass --set NAME=VALUE"
                           + (f" (BOT_ID comes from {ENV_APP_ID})" if "BOT_ID" in missing else ""))
    for key in ("BOT_ID", "TEAMS_APP_ID"):
        try:
            uuid.UUID(values[key])
        except (KeyError, ValueError):
            raise PackageError(f"{key} must be a GUID (the Azure bot's Microsoft App ID), got {values.get(key)!r}")
    for key in ("ORG_URL", "PRIVACY_URL", "TERMS_URL"):
        if key in values and not values[key].startswith("https://"):
            raise PackageError(f"{key} must be an https:// URL")
    text = PLACEHOLDER.sub(lambda m: json.dumps(values[m.group(1)])[1:-1], template)
    return json.loads(text)


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PackageError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def build_package(out: Path, values: Mapping[str, str], src: Path | None = None) -> dict:
    """Write the zip (manifest.json, color.png, outline.png at its root); returns the manifest."""
    src = src or manifest_dir()
    manifest = render_manifest((src / MANIFEST).read_text(encoding="utf-8"), values)
    icons = {}
    for name, size in ICONS.items():
        data = (src / name).read_bytes()
        if png_size(data) != size:
            raise PackageError(f"{name} must be {size[0]}x{size[1]} pixels, is {png_size(data)}")
        icons[name] = data
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for name, data in icons.items():
            z.writestr(name, data)
    return manifest


def run_package(out: Path, assignments: list[str]) -> int:
    """The CLI step: parse --set KEY=VALUE, build, report. Exit 0, or 2 on a usage error."""
    overrides = {}
    for a in assignments:
        key, sep, value = a.partition("=")
        if not sep or not key.strip():
            print(f"error: --set expects NAME=VALUE, got {a!r}", file=sys.stderr)
            return 2
        overrides[key.strip().upper()] = value.strip()
    try:
        known = set(PLACEHOLDER.findall((manifest_dir() / MANIFEST).read_text(encoding="utf-8")))
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise PackageError(f"unknown --set name(s) {', '.join(unknown)}: the manifest's placeholders are "
                               + ", ".join(sorted(known)))
        manifest = build_package(out, placeholder_values(overrides))
    except PackageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"Wrote {out} (Teams app {manifest['id']}, bot {manifest['bots'][0]['botId']}, "
          f"version {manifest['version']}): upload it in Teams (Apps > Manage your apps > Upload an app) "
          f"or in the Developer Portal.", file=sys.stderr)
    return 0
