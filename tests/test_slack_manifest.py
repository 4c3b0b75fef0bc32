"""deploy/slack/manifest.yaml against the code: every event, command, action and modal the
listeners register is in the manifest and vice versa, and the bot scopes are exactly those the
events and the Web API calls in bot/slack need."""
from __future__ import annotations

import inspect
import re
from pathlib import Path

import yaml

from bot.slack import ids
from bot.slack.blocks.answer import build_answer_blocks
from bot.slack.blocks.governance import build_answer_modal, build_dismiss_modal, build_escalation_blocks
from bot.slack.listeners import actions, commands, events, views
from bot.engine.models import Answer, Verdict

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = yaml.safe_load((ROOT / "deploy" / "slack" / "manifest.yaml").read_text(encoding="utf-8"))

EVENT_SCOPES = {"app_mention": "app_mentions:read", "message.im": "im:history",
                "assistant_thread_started": "assistant:write", "assistant_thread_context_changed": "assistant:write"}
METHOD_SCOPES = {"chat_postMessage": "chat:write", "chat_update": "chat:write", "chat_postEphemeral": "chat:write",
                 "views_open": None, "usergroups_users_list": "usergroups:read",
                 "assistant_threads_setStatus": "assistant:write", "assistant_threads_setSuggestedPrompts": "assistant:write",
                 "assistant_threads_setTitle": "assistant:write"}
UTILITY_SCOPES = {"say": "chat:write", "set_status": "assistant:write", "set_title": "assistant:write",
                  "set_suggested_prompts": "assistant:write", "respond": None}


def handlers():
    yield from (h for h, _ in events.EVENTS.values())
    yield from (h for h, _ in events.ASSISTANT.values())
    for ack_fn, h in commands.COMMANDS.values():
        yield from (ack_fn, h)
    yield from actions.LAZY.values()
    yield from actions.DIRECT.values()
    for ack_fn, h in views.VIEWS.values():
        yield from (ack_fn, h)


def test_events_match():
    assert set(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == events.manifest_events()


def test_commands_match():
    assert {c["command"] for c in MANIFEST["features"]["slash_commands"]} == set(commands.COMMANDS) == {ids.COMMAND}


def test_interactivity_and_assistant_pane_match():
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is bool(actions.action_ids() or views.VIEWS)
    assert ("assistant_view" in MANIFEST["features"]) is bool(events.ASSISTANT)
    prompts = MANIFEST["features"]["assistant_view"]["suggested_prompts"]
    from bot.slack.blocks.assistant import build_suggested_prompts
    assert prompts == build_suggested_prompts()


def test_every_button_and_modal_built_is_handled_and_every_handler_has_a_button():
    a = Answer(question="q", verdict=Verdict.allowed, summary="s")
    built = {el["action_id"] for blocks in (build_answer_blocks(a, key="k", event_id="e1", share=True),
                                            build_escalation_blocks({"escalation_id": 1, "status": "open"}))
             for b in blocks if b["type"] == "actions" for el in b["elements"]}
    assert built == actions.action_ids()
    modals = {build_answer_modal({"escalation_id": 1})["callback_id"], build_dismiss_modal({"escalation_id": 1})["callback_id"]}
    assert modals == set(views.VIEWS)


def test_scopes_are_exactly_those_used():
    needed = {EVENT_SCOPES[e] for e in events.manifest_events()}
    if commands.COMMANDS:
        needed.add("commands")
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot" / "slack").rglob("*.py"))
    called = set(re.findall(r"\.(chat_\w+|views_\w+|usergroups_\w+|assistant_threads_\w+|conversations_\w+|"
                            r"users_\w+|reactions_\w+)\(", source))
    assert called <= set(METHOD_SCOPES), f"add the scopes of {called - set(METHOD_SCOPES)} to this test"
    needed |= {METHOD_SCOPES[m] for m in called if METHOD_SCOPES[m]}
    for h in handlers():
        needed |= {UTILITY_SCOPES[p] for p in inspect.signature(h).parameters if UTILITY_SCOPES.get(p)}
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed
    assert "user" not in MANIFEST["oauth_config"]["scopes"]
