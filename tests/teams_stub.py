"""A loopback stub of the Bot Connector API for Teams tests: a small threaded HTTP server on
127.0.0.1 that the activities' `serviceUrl` points at (`stub.service_url`).

It records every POST/PUT under /v3/conversations/...: replies (`.../activities/{replyToId}`),
sends (`.../activities`), updates (PUT `.../activities/{id}`) and conversation creations
(POST /v3/conversations), typing activities included, and answers them the way the connector
does (shape only: `{"id": ...}`, create-conversation `{"id", "activityId"}`).

Switch: `fail_next(n, status=429, retry_after=1)` or `fail_next(n, status=500)` makes the next n
requests fail at the HTTP level (recorded with the status it answered).
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse


@dataclass
class Call:
    method: str                    # POST / PUT
    path: str                      # decoded path
    kind: str                      # "reply", "send", "update", "create", "other"
    conversation_id: str | None
    activity_id: str | None        # reply-to id (reply) or the updated activity (update)
    body: dict
    status: int = 200
    authorization: str = ""
    at: float = field(default_factory=time.monotonic)
    result: dict | None = None     # what the stub answered (e.g. the id a streaming update got)

    @property
    def activity(self) -> dict:
        """The activity sent (for a create-conversation, the one it carries)."""
        return self.body.get("activity") or {} if self.kind == "create" else self.body

    @property
    def card(self) -> dict | None:
        for a in self.activity.get("attachments") or []:
            if a.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return a.get("content")
        return None


class TeamsConnectorStub:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._cond = threading.Condition()
        self._failures: list[tuple[int, float | None]] = []
        self._ids = itertools.count(1)
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a) -> None:  # quiet
                pass

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                body = json.loads(raw) if raw.strip() else {}
                status, headers, answer = stub._answer(method, unquote(urlparse(self.path).path), body,
                                                       self.headers.get("Authorization", ""))
                payload = json.dumps(answer).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self) -> None:  # noqa: N802
                self._handle("POST")

            def do_PUT(self) -> None:  # noqa: N802
                self._handle("PUT")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.service_url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, name="teams-stub", daemon=True)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "TeamsConnectorStub":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "TeamsConnectorStub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------------ switches
    def fail_next(self, n: int, status: int = 429, retry_after: float | None = None) -> None:
        with self._cond:
            self._failures += [(status, retry_after)] * n

    def reset(self) -> None:
        with self._cond:
            self.calls.clear()
            self._failures.clear()

    # ------------------------------------------------------------------ reading
    def wait_for(self, predicate, timeout: float = 10.0) -> list[Call]:
        """Wait until `predicate(call)` holds for some recorded call; return those calls."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if predicate(c)]
                if found:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching call within {timeout} s; calls: "
                                         f"{[(c.method, c.kind, c.path, c.status) for c in self.calls]}")
                self._cond.wait(left)

    def delivered(self, kind: str | None = None, conversation_id: str | None = None) -> list[Call]:
        """Successful calls (2xx), optionally of one kind and conversation."""
        with self._cond:
            return [c for c in self.calls if c.status < 300 and (kind is None or c.kind == kind)
                    and (conversation_id is None or c.conversation_id == conversation_id)]

    # ------------------------------------------------------------------ answering
    def _answer(self, method: str, path: str, body: dict, auth: str) -> tuple[int, dict, dict]:
        parts = [p for p in path.split("/") if p]
        kind, conv, act = "other", None, None
        if parts[:2] == ["v3", "conversations"]:
            if len(parts) == 2 and method == "POST":
                kind = "create"
            elif len(parts) >= 4 and parts[3] == "activities":
                conv = parts[2]
                act = parts[4] if len(parts) > 4 else None
                kind = "update" if method == "PUT" else ("reply" if act else "send")
        with self._cond:
            failure = self._failures.pop(0) if self._failures else None
            call = Call(method, path, kind, conv, act, body, authorization=auth)
            headers: dict[str, str] = {}
            if failure is not None:
                call.status = failure[0]
                if failure[1] is not None:
                    headers["Retry-After"] = str(failure[1])
                answer: dict = {"error": {"code": "Throttled" if failure[0] == 429 else "ServiceError",
                                          "message": "stub failure"}}
            elif kind == "create":
                n = next(self._ids)
                channel = ((body.get("channelData") or {}).get("channel") or {}).get("id") or "conv"
                answer = {"id": f"{channel};messageid={n}", "activityId": str(n)}
                call.status = 201
            elif kind == "update":
                answer = {"id": act}
            else:
                answer = {"id": f"stub-activity-{next(self._ids)}"}
                call.status = 200 if kind in ("reply", "send") else 404
            call.result = answer
            self.calls.append(call)
            self._cond.notify_all()
            return call.status, headers, answer


# ---------------------------------------------------------------------- the Teams side
TENANT = "00000000-0000-0000-0000-0000000000aa"
BOT_ID = "28:00000000-0000-0000-0000-0000000000b0"
BOT_NAME = "policybot"


class BotServer:
    """Runs an aiohttp application (the real Teams app) on 127.0.0.1 in a thread with its own
    event loop, as `policybot teams` would serve it."""

    def __init__(self, web_app) -> None:
        import asyncio
        self.web_app = web_app
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="teams-bot", daemon=True)
        self.url = ""

    def start(self) -> "BotServer":
        import asyncio

        from aiohttp import web
        self._thread.start()

        async def up():
            self.runner = web.AppRunner(self.web_app)
            await self.runner.setup()
            site = web.TCPSite(self.runner, "127.0.0.1", 0)
            await site.start()
            return site._server.sockets[0].getsockname()[1]
        port = asyncio.run_coroutine_threadsafe(up(), self.loop).result(30)
        self.url = f"http://127.0.0.1:{port}/api/messages"
        return self

    def stop(self) -> None:
        import asyncio
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def __enter__(self) -> "BotServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def post(url: str, body: dict | str, authorization: str | None = None, timeout: float = 60) -> tuple[int, dict | None]:
    """POST an activity the way the Bot Connector does (no proxy: loopback only)."""
    import urllib.error
    import urllib.request
    data = body.encode("utf-8") if isinstance(body, str) else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    if authorization:
        req.add_header("Authorization", authorization)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=timeout) as resp:
            raw = resp.read()
            return resp.status, (json.loads(raw) if raw.strip() else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw) if raw.strip() else None
        except ValueError:
            return e.code, {"raw": raw.decode("utf-8", "replace")}


_activity_ids = itertools.count(1)


def user(aad: str = "11111111-1111-1111-1111-111111111111", name: str = "Jo Bloggs") -> dict:
    return {"id": f"29:{aad}", "name": name, "aadObjectId": aad}


def activity(stub: TeamsConnectorStub, type_: str, *, conversation_id: str, conversation_type: str = "personal",
             sender: dict | None = None, **fields) -> dict:
    """A Teams activity as the channel sends it to the bot, replies going to `stub`."""
    conv = {"id": conversation_id, "conversationType": conversation_type, "tenantId": TENANT}
    if conversation_type != "personal":
        conv["isGroup"] = True
    return {"type": type_, "id": f"act-{next(_activity_ids)}", "channelId": "msteams",
            "serviceUrl": stub.service_url, "timestamp": "2026-11-27T10:00:00.000Z",
            "from": sender or user(), "recipient": {"id": BOT_ID, "name": BOT_NAME},
            "conversation": conv, "channelData": {"tenant": {"id": TENANT}}, "locale": "en-GB", **fields}


def message(stub: TeamsConnectorStub, text: str, *, conversation_id: str = "a:1personal-chat",
            conversation_type: str = "personal", mention: bool = False, sender: dict | None = None) -> dict:
    """A message; with `mention` the bot is @mentioned first, as in a channel or group chat."""
    entities = []
    if mention:
        text = f"<at>{BOT_NAME}</at> {text}"
        entities.append({"type": "mention", "text": f"<at>{BOT_NAME}</at>",
                         "mentioned": {"id": BOT_ID, "name": BOT_NAME}})
    return activity(stub, "message", conversation_id=conversation_id, conversation_type=conversation_type,
                    sender=sender, text=text, textFormat="plain", entities=entities)


def card_action(stub: TeamsConnectorStub, verb: str, data: dict, *, conversation_id: str = "a:1personal-chat",
                conversation_type: str = "personal", sender: dict | None = None) -> dict:
    """The invoke Teams sends when someone presses an Action.Execute button (`data` already
    merged with the card's inputs)."""
    return activity(stub, "invoke", conversation_id=conversation_id, conversation_type=conversation_type,
                    sender=sender, name="adaptiveCard/action", replyToId="stub-activity-1",
                    value={"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"})


GOV_CHANNEL = "19:governance@thread.tacv2"
_DROP_ENV = ("POLICYBOT_HOME", "POLICYBOT_CHROMA_URL", "POLICYBOT_DATABASE_URL", "POLICYBOT_AUDIT_SECRET",
             "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")


def running_bot(tmp, embed_model, **settings):
    """Context manager: an index of the test knowledge folder, a governance store, the Teams app
    (anonymous unless `settings` say otherwise) served on 127.0.0.1 and a connector stub.
    Yields a namespace (bot, stub, server, url, gov, home)."""
    from contextlib import contextmanager
    from types import SimpleNamespace

    import pytest

    from bot.assistant import Assistant
    from bot.governance.service import Governance
    from bot.teams.app import create_app
    from bot.teams.server import build_web_app
    from bot.teams.settings import TeamsSettings
    from conftest import write_knowledge
    from index.build import build_index

    @contextmanager
    def run():
        with pytest.MonkeyPatch.context() as mp:
            for var in _DROP_ENV:
                mp.delenv(var, raising=False)
            mp.setenv("XDG_DATA_HOME", str(tmp / "xdg"))
            mp.setenv("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", GOV_CHANNEL)
            home = tmp / "home"
            build_index(write_knowledge(tmp / "knowledge"), home, embed_model=embed_model)
            gov = Governance(f"sqlite:///{tmp / 'governance.sqlite3'}", home=home)
            options = {"anonymous": True, "governance_channel": GOV_CHANNEL, **settings}
            bot = create_app(Assistant(home=home, governance=gov), TeamsSettings(**options))
            try:
                with TeamsConnectorStub() as stub, BotServer(build_web_app(bot, outbox_interval=None)) as server:
                    yield SimpleNamespace(bot=bot, stub=stub, server=server, url=server.url, gov=gov, home=home)
            finally:
                gov.close()
    return run()


# ---------------------------------------------------------------------- cards
_CARD_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "adaptive-card-1.5.json").read_text(encoding="utf-8"))


def valid_card(card: dict) -> dict:
    """`card`, after checking it against the Adaptive Card 1.5 JSON schema (tests/schemas)."""
    import jsonschema
    errors = sorted(jsonschema.Draft6Validator(_CARD_SCHEMA).iter_errors(card), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message[:200]}" for e in errors[:5]]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    return card


def card_nodes(node):
    """Every dict inside a card."""
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from card_nodes(v)
    elif isinstance(node, list):
        for v in node:
            yield from card_nodes(v)


def card_text(card: dict) -> str:
    """The visible text of a card (TextBlocks and TextRuns), one per line."""
    return "\n".join(n["text"] for n in card_nodes(card)
                     if n.get("type") in ("TextBlock", "TextRun") and isinstance(n.get("text"), str))
