"""A loopback stub of the Slack Web API for tests: a small threaded HTTP server on 127.0.0.1.

Point `WebClient(base_url=stub.api_url)` (or POLICYBOT_SLACK_API_URL) at it. It records every
call (method, arguments, time) and answers auth.test, chat.postMessage, chat.update,
chat.postEphemeral, views.open, assistant.threads.setStatus / setSuggestedPrompts / setTitle,
usergroups.users.list and conversations.replies the way Slack does (shape only). Response URLs
(`stub.response_url("name")`) are recorded too.

Switches: `fail_next(n, status=429, retry_after=1)` or `fail_next(n, status=500)` makes the next n
calls (optionally of one method) fail at the HTTP level; `error_next(method, "channel_not_found")`
makes the next call of a method answer {"ok": false, "error": ...}.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0TEAM01"


@dataclass
class Call:
    method: str                      # "chat.postMessage", or "response_url:<name>"
    args: dict
    status: int = 200                # what the stub answered
    at: float = field(default_factory=time.monotonic)
    result: dict | str | None = None   # the body the stub answered (e.g. a posted message's ts)


class SlackStub:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.usergroups: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._failures: list[tuple[str | None, int, float | None]] = []
        self._errors: dict[str, list[str]] = {}
        self._ts = itertools.count(1)
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype:
                    args = json.loads(raw or "{}")
                else:
                    args = {k: v[0] for k, v in parse_qs(raw).items()}
                    for k in ("blocks", "view", "prompts", "payload"):
                        if isinstance(args.get(k), str) and args[k][:1] in "[{":
                            args[k] = json.loads(args[k])
                path = urlparse(self.path).path
                if path.startswith("/api/"):
                    method = path[len("/api/"):]
                elif path.startswith("/response/"):
                    method = "response_url:" + path[len("/response/"):]
                else:
                    method = "unknown:" + path
                auth = self.headers.get("Authorization", "")
                if auth and "token" not in args:
                    args["_auth"] = auth
                status, headers, body = stub._answer(method, args)
                payload = json.dumps(body).encode("utf-8") if isinstance(body, dict) else body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if isinstance(body, dict) else "text/plain")
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name="slack-stub")

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "SlackStub":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "SlackStub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # ------------------------------------------------------------------ switches
    def fail_next(self, n: int = 1, status: int = 429, retry_after: float | None = 1,
                  method: str | None = None) -> None:
        """The next n calls (of `method`, or any Web API method) fail with HTTP `status`
        (429 carries Retry-After: retry_after)."""
        with self._lock:
            self._failures += [(method, status, retry_after)] * n

    def error_next(self, method: str, error: str, n: int = 1) -> None:
        """The next n calls of `method` answer {"ok": false, "error": error}."""
        with self._lock:
            self._errors.setdefault(method, []).extend([error] * n)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self._errors.clear()

    # ------------------------------------------------------------------ queries
    def find(self, method: str, **match) -> list[Call]:
        """Successful calls of `method` whose args contain every key=value given."""
        with self._lock:
            calls = list(self.calls)
        return [c for c in calls if c.method == method and c.status == 200
                and all(c.args.get(k) == v for k, v in match.items())]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10, **match) -> list[Call]:
        """Block until at least `count` successful matching calls were made; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(method, **match)
            if len(found) >= count:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                seen = sorted({c.method for c in self.calls})
                raise AssertionError(f"timed out waiting for {count} x {method} {match or ''}; saw {seen}: "
                                     f"{[(c.method, c.args.get('text', '')[:80]) for c in self.calls][-8:]}")
            with self._cond:
                self._cond.wait(min(left, 0.05))

    def methods(self) -> list[str]:
        with self._lock:
            return [c.method for c in self.calls]

    # ------------------------------------------------------------------ answers
    def _answer(self, method: str, args: dict) -> tuple[int, dict, dict | str]:
        with self._cond:
            for i, (m, status, retry_after) in enumerate(self._failures):
                if method.startswith("response_url:"):
                    break
                if m is None or m == method:
                    del self._failures[i]
                    headers = {"Retry-After": str(int(retry_after))} if status == 429 and retry_after is not None else {}
                    body = {"ok": False, "error": "ratelimited"} if status == 429 else "Internal Server Error"
                    self.calls.append(Call(method, args, status))
                    self._cond.notify_all()
                    return status, headers, body
            errors = self._errors.get(method)
            if errors:
                err = errors.pop(0)
                self.calls.append(Call(method, args, 200))
                self.calls[-1].args = {**args, "_error": err}
                self._cond.notify_all()
                return 200, {}, {"ok": False, "error": err}
            body = self._ok(method, args)
            self.calls.append(Call(method, args, 200, result=body))
            self._cond.notify_all()
            return 200, {}, body

    def _next_ts(self) -> str:
        return f"1700000{next(self._ts):03d}.000100"

    def _ok(self, method: str, args: dict) -> dict | str:
        if method.startswith("response_url:"):
            return "ok"
        if method == "auth.test":
            return {"ok": True, "url": "https://stub.slack.test/", "team": "Stub", "user": "policybot",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self._next_ts()
            channel = args.get("channel", "")
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"type": "message", "text": args.get("text", ""), "user": BOT_USER_ID,
                                "bot_id": BOT_ID, "ts": ts, "thread_ts": args.get("thread_ts")}}
        if method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts"), "text": args.get("text", "")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method in ("views.open", "views.update", "views.push"):
            view = dict(args.get("view") or {})
            return {"ok": True, "view": {**view, "id": f"V{next(self._ts):07d}"}}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.usergroups.get(args.get("usergroup", ""), [])}
        if method == "conversations.replies":
            return {"ok": True, "messages": [], "has_more": False}
        if method == "apps.connections.open":
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"ok": True}


# ---------------------------------------------------------------------------------- requests to the app
_EVENT_NUMBERS = itertools.count(1)


class SignedPoster:
    """Posts Slack-signed requests (v0 HMAC-SHA256 of "v0:<timestamp>:<body>") to a Bolt app's
    /slack/events URL, the way Slack does: events as JSON, commands and interactions as forms."""

    def __init__(self, url: str, signing_secret: str, team_id: str = TEAM_ID):
        self.url = url
        self.secret = signing_secret
        self.team_id = team_id
        self._n = _EVENT_NUMBERS     # shared: event ids are unique across posters, as Slack's are

    def sign(self, body: str, timestamp: int | None = None) -> dict[str, str]:
        import hashlib
        import hmac
        ts = str(int(time.time()) if timestamp is None else timestamp)
        sig = hmac.new(self.secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}"}

    def post(self, body: str, content_type: str, headers: dict | None = None, sign: bool = True,
             timestamp: int | None = None) -> tuple[int, str, float]:
        """(status, body, seconds) of one request."""
        import urllib.error
        import urllib.request
        h = {"Content-Type": content_type, **(self.sign(body, timestamp) if sign else {}), **(headers or {})}
        req = urllib.request.Request(self.url, data=body.encode("utf-8"), headers=h, method="POST")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # never a proxy for loopback
        t0 = time.monotonic()
        try:
            with opener.open(req, timeout=10) as r:
                return r.status, r.read().decode("utf-8"), time.monotonic() - t0
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8"), time.monotonic() - t0

    def event(self, event: dict, **kw) -> tuple[int, str, float]:
        n = next(self._n)
        body = {"token": "legacy", "team_id": self.team_id, "api_app_id": "A0POLICY", "type": "event_callback",
                "event": event, "event_id": f"Ev{n:08d}", "event_time": int(time.time()),
                "authorizations": [{"team_id": self.team_id, "user_id": BOT_USER_ID, "is_bot": True}]}
        return self.post(json.dumps(body), "application/json", **kw)

    def command(self, text: str, user: str, channel: str = "C0GENERAL", response_url: str = "",
                command: str = "/policy", **kw) -> tuple[int, str, float]:
        from urllib.parse import urlencode
        form = {"token": "legacy", "team_id": self.team_id, "channel_id": channel, "channel_name": "general",
                "user_id": user, "user_name": "someone", "command": command, "text": text,
                "api_app_id": "A0POLICY", "response_url": response_url, "trigger_id": f"trig.{next(self._n)}"}
        return self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)

    def interaction(self, payload: dict, **kw) -> tuple[int, str, float]:
        from urllib.parse import urlencode
        payload = {"team": {"id": self.team_id}, "api_app_id": "A0POLICY", "token": "legacy", **payload}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", **kw)

    def click(self, message: dict, action_id: str, user: str, channel: str, *, ephemeral: bool = False,
              response_url: str = "", value: str | None = None) -> tuple[int, str, float]:
        """A block_actions payload for pressing the button `action_id` on a posted message
        (`message`: the chat.postMessage args the stub recorded, plus its ts)."""
        button = find_button(message.get("blocks") or [], action_id)
        assert button is not None, f"no {action_id} button on the message"
        ts = message.get("ts") or "1700000999.000100"
        payload = {"type": "block_actions", "user": {"id": user, "team_id": self.team_id},
                   "trigger_id": f"trig.{next(self._n)}", "response_url": response_url,
                   "container": {"type": "message", "message_ts": ts, "channel_id": channel,
                                 "is_ephemeral": ephemeral},
                   "channel": {"id": channel},
                   "actions": [{"type": "button", "action_id": action_id, "block_id": "b",
                                "value": button.get("value") if value is None else value,
                                "action_ts": str(time.time())}]}
        if not ephemeral:
            payload["message"] = {"type": "message", "ts": ts, "thread_ts": message.get("thread_ts"),
                                  "text": message.get("text", ""), "blocks": message.get("blocks") or []}
        return self.interaction(payload)

    def submit(self, view: dict, user: str, values: dict) -> tuple[int, str, float]:
        """A view_submission of a modal that views.open was called with."""
        payload = {"type": "view_submission", "user": {"id": user, "team_id": self.team_id},
                   "view": {**view, "id": "V0MODAL", "state": {"values": values}}}
        return self.interaction(payload)


def find_button(blocks: list[dict], action_id: str) -> dict | None:
    for b in blocks:
        for el in b.get("elements") or []:
            if el.get("action_id") == action_id:
                return el
        acc = b.get("accessory")
        if acc and acc.get("action_id") == action_id:
            return acc
    return None
