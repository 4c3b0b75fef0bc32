"""The content owner's corrections file (`policy-map.yaml` in the knowledge folder).

It confirms or corrects what the bot reads from the policy: the organisation's stance on tools it
does not list, tools and their variants, a glossary of its own terms, activity rules. Every entry
cites a clause that exists. A bad entry is left out with a one-line problem naming its line; the
rest is kept. The engine applies the result (bot/engine/policy_model.py); this module only reads
and validates, so `index/` stays free of the engine.

    stance:
      unlisted_tools: not_allowed        # not_allowed | needs_approval | allowed_with_conditions
      data_allowed: [public]             # optional: what unlisted tools may take (allowed_with_conditions)
      cite: policy.docx#4.2
    tools:
      - name: Copilot Chat
        aliases: [Microsoft Copilot Chat]
        status: approved                 # approved | restricted | prohibited
        data_allowed: [public, internal, personal]
        conditions: Signed in with your work account only.
        cite: policy.docx#4.1
    glossary:
      - term: Form PX3
        means: special_category          # a data kind, or an activity topic id
        cite: policy.docx#2.4
    rules:
      - effect: forbid                   # forbid | needs_approval | undecided
        topic: decisions_about_people
        cite: policy.docx#7.2
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from index.models import Problem

CORRECTIONS_FILE = "policy-map.yaml"
STANCES = ("not_allowed", "needs_approval", "allowed_with_conditions")
STATUSES = ("approved", "restricted", "prohibited")
DATA_KINDS = ("public", "internal", "personal", "special_category")
EFFECTS = ("forbid", "needs_approval", "undecided")
SECTIONS = ("stance", "tools", "glossary", "rules")


def _line(node) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _node_for(parent, key: str):
    """The YAML node under `key` of a mapping node (for line numbers)."""
    if isinstance(parent, yaml.MappingNode):
        for k, v in parent.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [x.strip() for x in value.replace(";", ",").split(",") if x.strip()]
    return [str(x).strip() for x in value if str(x).strip()]


def read_corrections(path: Path, clause_refs: set[str], topics: set[str] | None = None) -> tuple[dict, list[Problem]]:
    """Valid entries of the corrections file, and a problem per bad entry (`file:line: why`).
    `topics`: the activity topic ids a rule or glossary entry may name (None: not checked)."""
    name = Path(path).name
    problems: list[Problem] = []

    def bad(line: int, why: str) -> None:
        problems.append(Problem(f"{name}:{line}", why, skipped=True))

    try:
        text = Path(path).read_text(encoding="utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        mark = getattr(e, "problem_mark", None)
        bad(mark.line + 1 if mark else 1, "not valid YAML: " + " ".join(str(getattr(e, "problem", e)).split()))
        return {}, problems
    if not isinstance(data, dict):
        bad(1, "expected a mapping with stance, tools, glossary and rules")
        return {}, problems
    for key in data:
        if key not in SECTIONS:
            bad(_line(_node_for(root, key)), f"unknown section {key!r} (expected one of {', '.join(SECTIONS)})")
    refs_ci = {r.casefold(): r for r in clause_refs}

    def cite_of(entry: dict, node) -> str | None:
        cite = str(entry.get("cite") or "").strip()
        line = _line(_node_for(node, "cite") or node)
        if not cite:
            bad(line, "every entry needs `cite: <file>#<clause id>`")
            return None
        ref = refs_ci.get(" ".join(cite.split()).replace(" #", "#").replace("# ", "#").casefold())
        if ref is None:
            bad(line, f"cite {cite!r} is not a clause in the knowledge folder")
        return ref

    out: dict = {"stance": None, "tools": [], "glossary": [], "rules": []}
    stance = data.get("stance")
    if stance is not None:
        node = _node_for(root, "stance")
        if not isinstance(stance, dict):
            bad(_line(node), "stance must be a mapping (unlisted_tools, cite)")
        else:
            effect = str(stance.get("unlisted_tools", "")).strip()
            kinds = _list(stance.get("data_allowed"))
            ref = cite_of(stance, node)
            if effect not in STANCES:
                bad(_line(_node_for(node, "unlisted_tools") or node), f"unlisted_tools must be one of {', '.join(STANCES)}")
            elif [k for k in kinds if k not in DATA_KINDS]:
                bad(_line(_node_for(node, "data_allowed")), f"data_allowed takes {', '.join(DATA_KINDS)}")
            elif ref:
                out["stance"] = {"unlisted_tools": effect, "data_allowed": kinds, "cite": ref}
    for section, check in (("tools", _tool), ("glossary", _glossary), ("rules", _rule)):
        items = data.get(section)
        if items is None:
            continue
        node = _node_for(root, section)
        if not isinstance(items, list):
            bad(_line(node), f"{section} must be a list")
            continue
        for item, inode in zip(items, node.value):
            if not isinstance(item, dict):
                bad(_line(inode), f"each {section} entry must be a mapping")
                continue
            why = check(item, topics)
            ref = cite_of(item, inode)
            if why:
                bad(_line(inode), why)
            elif ref:
                out[section].append({**_clean(item), "cite": ref, "line": _line(inode)})
    return out, problems


def _clean(item: dict) -> dict:
    out = {}
    for k, v in item.items():
        if k in ("aliases", "data_allowed"):
            out[k] = _list(v)
        elif v is not None:
            out[k] = " ".join(str(v).split())
    return out


def _tool(item: dict, topics) -> str | None:
    if not str(item.get("name") or "").strip():
        return "a tool needs a name"
    if str(item.get("status", "")).strip() not in STATUSES:
        return f"status must be one of {', '.join(STATUSES)}"
    bad = [k for k in _list(item.get("data_allowed")) if k not in DATA_KINDS]
    return f"data_allowed takes {', '.join(DATA_KINDS)} (not {', '.join(bad)})" if bad else None


def _glossary(item: dict, topics) -> str | None:
    if not str(item.get("term") or "").strip():
        return "a glossary entry needs a term"
    means = str(item.get("means") or "").strip()
    if means not in DATA_KINDS and (topics is not None and means not in topics):
        return f"means {means!r} is neither a data kind ({', '.join(DATA_KINDS)}) nor a known topic"
    return None


def _rule(item: dict, topics) -> str | None:
    if str(item.get("effect", "")).strip() not in EFFECTS:
        return f"effect must be one of {', '.join(EFFECTS)}"
    topic = str(item.get("topic") or "").strip()
    if not topic:
        return "a rule needs a topic"
    if topics is not None and topic not in topics:
        return f"topic {topic!r} is not in the topic list"
    return None


def corrections_digest(corrections: dict | None) -> str:
    """Part of the index's content digest, so a change to the file makes a new version."""
    return hashlib.sha256(json.dumps(corrections or {}, sort_keys=True).encode("utf-8")).hexdigest()
