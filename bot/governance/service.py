"""The governance core: audit trail, escalations, outbox and rulings, platform-neutral.

Slack, Teams and the CLI call ``Governance``; they only render and route. Everything that
leaves here for a chat platform goes through the outbox (``bot.governance.outbox``), written in
the same transaction as the state change that owes it, so a crash or an outage delays a message
but never drops it.

Personal data: every free text stored is passed through ``bot.redact.redact`` (defence in
depth: the engine already redacts the question); users are stored only as a keyed
HMAC-SHA256 (``user_key``); conversation references keep platform ids only (name and email
fields are dropped) and the asker's own ids (a Teams ``29:`` id, an ``aadObjectId``; in the audit
trail also a Slack user id used as a DM channel) are replaced by the same keyed hash
(``uk:<user_key>``), so no raw chat-platform user id is stored or exported.

Routing ids (issue 16): where a message must still reach a person -- a Slack DM channel (``D...``),
a Slack user id a private answer or an ephemeral notice is posted to -- the id is stored *sealed*
(``sealed:v2:<Fernet token>``: ``cryptography``'s Fernet, AES-128-CBC with an HMAC-SHA256 tag,
keyed by HMAC-SHA256 of the audit secret with a fixed label)
in escalations, subscriptions, outbox targets and platform references, and opened by the outbox
worker only for the platform call. Hashing is not enough there (a hash cannot be sent to), and
dropping the id would lose the answer; the sealed value is useless without the secret. Governance
team members' ids (``claimed_by``, ``answered_by``, ``dismissed_by``, ``withdrawn_by``) are stored as
``uk:<keyed hash>`` (names typed at the CLI stay as typed); the card update for a move carries
the member's id sealed in its outbox payload so the card can still mention them. Idempotency keys
carry a keyed hash of a thread or target, never the id.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.governance import db as gdb
from bot.governance.models import (AnswerSubscription, AuditEvent, Counter, Escalation, OutboxMessage, Ruling,
                                   iso, parse_iso, utcnow)
from bot.redact import redact

ENV_AUDIT_SECRET = "POLICYBOT_AUDIT_SECRET"
ENV_RETENTION_DAYS = "POLICYBOT_AUDIT_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 365
AUDIT_SECRET_FILE = "audit-secret.key"
RULINGS_SOURCE = "governance-rulings"
VERDICTS = ("allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope")
VERDICT_WORDS = {"allowed": "Allowed", "conditional": "Allowed with conditions",
                 "not_allowed": "Not allowed", "unsure": "Unsure", "info": "Information",
                 "out_of_scope": "Out of scope"}
RULING_KEYS = ("id", "question", "verdict", "answer", "clauses", "published", "withdrawn")
AUDIT_COLUMNS = ("id", "time", "kind", "platform", "user_key", "question", "verdict", "tool", "refs",
                 "index_version", "escalated", "helpful", "comment", "ref_event_id", "escalation_id",
                 "detail")

# Keys of a conversation reference that may carry a person's name or contact details: dropped.
_PERSONAL_KEYS = frozenset(k.lower() for k in (
    "name", "email", "mail", "userPrincipalName", "upn", "givenName", "surname", "displayName",
    "display_name", "real_name", "realName", "first_name", "last_name", "username", "user_name",
    "profile", "phone", "locale_name", "title"))

# (statuses it may leave from, status it goes to, verb for messages)
_TRANSITIONS = {
    "claim": (("open",), "claimed", "claimed"),
    "answer": (("open", "claimed"), "answered", "answered"),
    "dismiss": (("open", "claimed"), "dismissed", "dismissed"),
}


class GovernanceError(Exception):
    """Base class of the governance errors (safe to show to the governance team)."""


class NotFoundError(GovernanceError, LookupError):
    pass


class TransitionError(GovernanceError):
    """An escalation cannot make this move (e.g. answering a dismissed case)."""


class ConflictError(TransitionError):
    """Someone else changed the escalation first (optimistic concurrency)."""


# ------------------------------------------------------------------------------ helpers
def clean_text(text: str | None, protect: Iterable[str] = ()) -> str | None:
    """Redacted text (None stays None)."""
    if text is None:
        return None
    return redact(str(text), protect).text


def clean_json(obj: Any, protect: Iterable[str] = ()) -> Any:
    """Every string inside a JSON-like value redacted (keys kept)."""
    protect = tuple(protect)
    if isinstance(obj, str):
        return redact(obj, protect).text
    if isinstance(obj, dict):
        return {str(k): clean_json(v, protect) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [clean_json(v, protect) for v in obj]
    return obj


# A whole value that is an email address. Teams ids such as "19:abc@thread.tacv2" (an "<n>:"
# prefix) are ids, not addresses.
_EMAIL_VALUE = re.compile(r"(?!\d+:)[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def sanitise_ref(obj: Any) -> Any:
    """A conversation reference with platform ids only: name/email-like keys dropped, and any
    value that is an email address removed. Ids are kept verbatim (redacting them could
    corrupt a Slack ts or a Teams conversation id)."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if str(k).lower() in _PERSONAL_KEYS:
                continue
            out[str(k)] = sanitise_ref(v)
        return out
    if isinstance(obj, (list, tuple)):
        return [sanitise_ref(v) for v in obj]
    if isinstance(obj, str) and _EMAIL_VALUE.fullmatch(obj.strip()):
        return None
    return obj


# Keys under which a conversation reference carries a person's account (Teams: "user", "from").
_ACCOUNT_KEYS = frozenset(("user", "from", "from_property", "fromproperty"))
# Keys whose value is a person's id wherever they appear.
_USER_ID_KEYS = frozenset(("aadobjectid", "aad_object_id", "userid", "user_id", "objectid", "object_id"))
PSEUDONYM_PREFIX = "uk:"
# A routing id sealed (encrypted and authenticated) with a key derived from the audit secret:
# stored where a message must still reach a person (a Slack DM), opened only to deliver it.
SEALED_PREFIX = "sealed:v2:"
# Chat-platform user ids and private-conversation ids: Slack users (U..., W..., or a <@U...>
# mention) and DM channels (D...); Teams user ids ("29:...") and Entra object ids (GUIDs).
_SLACK_USER_RE = re.compile(r"(?:slack:)?<?@?([UW](?=[A-Z0-9]*\d)[A-Z0-9]{4,})(?:\|[^>]*)?>?")
_SLACK_DM_RE = re.compile(r"D(?=[A-Z0-9]*\d)[A-Z0-9]{4,}")
_TEAMS_USER_RE = re.compile(r"29:\S+")
_GUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_platform_user_id(value: str | None) -> bool:
    """A chat-platform user id (Slack ``U...``/``W...`` or ``<@U...>``, Teams ``29:...``, an Entra
    object id), as opposed to a name typed at the command line."""
    v = (value or "").strip()
    return bool(_SLACK_USER_RE.fullmatch(v) or _TEAMS_USER_RE.fullmatch(v) or _GUID_RE.fullmatch(v))


def actor_display(actor: str | None, fallback: str = "a governance team member") -> str | None:
    """A stored governance actor for display: a keyed hash (a chat-platform user) says only that
    a team member acted; free text (a CLI user's name) as stored."""
    if not actor:
        return actor
    return fallback if actor.startswith((PSEUDONYM_PREFIX, SEALED_PREFIX)) else actor


def load_audit_secret(home: str | os.PathLike | None = None) -> bytes:
    """The HMAC key for user keys: env POLICYBOT_AUDIT_SECRET, else a random secret created once
    under POLICYBOT_HOME (mode 0600). Several processes sharing a database must share it."""
    env = os.environ.get(ENV_AUDIT_SECRET, "")
    if env.strip():
        return env.strip().encode("utf-8")
    from index.home import resolve_home
    path = resolve_home(home) / AUDIT_SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
    for _ in range(50):   # another process may be between create and write
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value.encode("ascii")
        time.sleep(0.01)
    raise RuntimeError(f"audit secret file {path} is empty")


def governance_target(platform: str) -> dict[str, Any]:
    """Where escalations from ``platform`` are posted: POLICYBOT_<PLATFORM>_GOVERNANCE_CHANNEL
    (POLICYBOT_SLACK_GOVERNANCE_CHANNEL, POLICYBOT_TEAMS_GOVERNANCE_CHANNEL)."""
    var = f"POLICYBOT_{re.sub(r'[^A-Z0-9]+', '_', platform.upper())}_GOVERNANCE_CHANNEL"
    value = os.environ.get(var, "").strip()
    return {"channel": value or None, "channel_env": var}


def _answer_fields(answer: Any) -> dict[str, Any]:
    """The parts of an engine Answer (or its contract dict) the store keeps."""
    d = answer.to_contract() if hasattr(answer, "to_contract") else dict(answer)
    verdict = d.get("verdict")
    verdict = getattr(verdict, "value", verdict)
    refs = [c.get("ref") if isinstance(c, dict) else getattr(c, "ref", None) for c in d.get("citations") or []]
    return {"question": d.get("question") or "", "verdict": verdict, "summary": d.get("summary") or "",
            "refs": [r for r in refs if r], "tool": d.get("tool"), "index_version": d.get("index_version") or "",
            "escalated": bool(d.get("escalated")), "escalation_reason": d.get("escalation_reason"),
            "data_kinds": list(d.get("data_kinds") or []), "confidence": d.get("confidence")}


def answer_changed_text(payload: dict) -> str:
    """What an asker who opted in is told when their answer changed, e.g. "The answer to your
    question '…' has changed after the policy was updated: was Not allowed, now Allowed with
    conditions (tools-register.csv#ChatGPT). Ask again for the details." (Slack and Teams)."""
    q = " ".join(str(payload.get("question") or "").split())
    q = q if len(q) <= 300 else q[:299] + "…"
    was = payload.get("old_verdict_words") or payload.get("old_verdict") or "unknown"
    now = payload.get("verdict_words") or payload.get("verdict") or "unknown"
    ref = f" ({payload['first_citation']})" if payload.get("first_citation") else ""
    return (f"The answer to your question '{q}' has changed after the policy was updated: "
            f"was {was}, now {now}{ref}. Ask again for the details.")


_id_lock = threading.Lock()
_last_ns = 0


def _new_id() -> str:
    """A 32-hex-digit event id that sorts in creation order (nanosecond wall-clock time, made
    strictly increasing within the process, then 64 random bits): unguessable, and a stable
    tie-break between events with the same recorded time."""
    global _last_ns
    with _id_lock:
        ns = max(time.time_ns(), _last_ns + 1)
        _last_ns = ns
    return f"{ns:016x}{secrets.token_hex(8)}"


def _open_out(out: str | os.PathLike | IO[str]):
    if hasattr(out, "write"):
        @contextmanager
        def same():
            yield out
        return same()
    return open(out, "w", encoding="utf-8", newline="")


def _csv_cell(v: Any) -> Any:
    """CSV cell, neutralising spreadsheet formulas (a question starting with '=' etc.)."""
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False, sort_keys=True)
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


# ------------------------------------------------------------------------------ service
class Governance:
    """The governance store over one database (SQLite file by default, any SQLAlchemy URL).

    ``url``: SQLAlchemy URL; default POLICYBOT_DATABASE_URL, else
    ``<POLICYBOT_HOME>/policybot.sqlite3``. ``clock``: returns the current UTC time (tests can
    pass a fixed clock). ``auto_upgrade``: run pending migrations on open (default true).
    """

    def __init__(self, url: str | None = None, *, home: str | os.PathLike | None = None,
                 clock: Callable[[], datetime] | None = None, auto_upgrade: bool = True,
                 secret: bytes | None = None) -> None:
        self.home = home
        self.url = gdb.normalise_url(url, home)
        self.engine = gdb.make_engine(self.url)
        self.Session = gdb.session_factory(self.engine)
        self.clock: Callable[[], datetime] = clock or utcnow
        self._secret = secret
        self._fernet_obj: Fernet | None = None
        if auto_upgrade and gdb.current_revision(self.engine) != gdb.head_revision():
            gdb.upgrade(self.engine)

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Governance":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction (committed on success, rolled back on error)."""
        with self.Session() as s, s.begin():
            yield s

    def now(self) -> datetime:
        t = self.clock()
        return t.replace(tzinfo=timezone.utc) if t.tzinfo is None else t.astimezone(timezone.utc)

    def user_key(self, platform: str, user_id: str | None) -> str | None:
        """Pseudonymous key of a platform user: HMAC-SHA256(secret, "platform:user_id")."""
        if user_id in (None, ""):
            return None
        if self._secret is None:
            self._secret = load_audit_secret(self.home)
        msg = f"{platform}:{user_id}".encode("utf-8")
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    # -- sealed routing ids ------------------------------------------------------------
    def _fernet(self) -> Fernet:
        """Fernet (AES-128-CBC with HMAC-SHA256, from ``cryptography``) keyed from the audit secret:
        the 32-byte Fernet key is HMAC-SHA256(secret, label), derived as ``user_key`` derives its hash."""
        if self._fernet_obj is None:
            if self._secret is None:
                self._secret = load_audit_secret(self.home)
            key = hmac.new(self._secret, b"policybot routing-id fernet v2", hashlib.sha256).digest()
            self._fernet_obj = Fernet(base64.urlsafe_b64encode(key))
        return self._fernet_obj

    def seal(self, value: str) -> str:
        """A routing id encrypted and authenticated for storage with ``cryptography``'s Fernet
        (random IV: the same id seals differently each time), key derived from the audit secret."""
        if not value or value.startswith(SEALED_PREFIX):
            return value
        return SEALED_PREFIX + self._fernet().encrypt(value.encode("utf-8")).decode("ascii")

    def unseal(self, value: str) -> str:
        """The routing id inside a sealed value (anything else unchanged). A value that fails
        authentication (another secret, tampering, an older format) is returned as it is:
        delivery then fails."""
        if not isinstance(value, str) or not value.startswith(SEALED_PREFIX):
            return value
        try:
            return self._fernet().decrypt(value[len(SEALED_PREFIX):].encode("ascii")).decode("utf-8", "replace")
        except (InvalidToken, ValueError, TypeError):
            return value

    def unseal_ref(self, obj: Any) -> Any:
        """A stored target, payload or platform reference with its sealed ids opened (delivery only)."""
        if isinstance(obj, dict):
            return {k: self.unseal_ref(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.unseal_ref(v) for v in obj]
        return self.unseal(obj) if isinstance(obj, str) else obj

    def protect_target(self, platform: str, target: Any) -> Any:
        """An outbox target or platform reference as stored: Slack user and DM ids sealed (they are
        needed to deliver), Teams account ids replaced by keyed hashes (Teams replies by
        conversation id)."""
        return self.pseudonymise_ref(platform, target or {}, None, routing=True)

    def actor_ref(self, actor: str) -> str:
        """A governance actor as stored in claimed_by / answered_by / dismissed_by / withdrawn_by:
        a chat-platform user id becomes its keyed hash (``uk:...``, the same for the same person, so
        "claimed again by the same person" still works); a name typed at the CLI is kept (redacted)."""
        if is_platform_user_id(actor):
            m = _SLACK_USER_RE.fullmatch(actor.strip())
            raw = m.group(1) if m else actor.strip()
            return PSEUDONYM_PREFIX + (self.user_key("governance", raw) or "")
        return actor

    def actor_for_message(self, actor: str) -> str:
        """The actor as put in an outbox payload: a chat-platform user id sealed (the card update
        mentions the person, so the id must reach the platform), free text as it is."""
        return self.seal(actor) if is_platform_user_id(actor) else actor

    def pseudonymise_ref(self, platform: str, ref: Any, user_id: str | None = None, *,
                         routing: bool = True) -> Any:
        """A (sanitised) conversation reference with the asker's ids replaced by their keyed hash
        (``uk:<user_key>``): the ``id`` of a ``user``/``from`` account, any ``aadObjectId``, and
        any value equal to ``user_id``. ``routing=True`` keeps what a platform needs to reach the
        person again, sealed (``seal``): a Slack DM channel, or an ephemeral ``user`` or channel
        that is the user id itself (Teams replies by conversation id, so its account ids are always
        replaced). With ``routing=False`` (the audit trail) Slack user ids are hashed and DM
        channel ids sealed (an answer can still be escalated from the trail)."""
        raw = {str(user_id)} if user_id not in (None, "") else set()
        keep_raw = routing and platform == "slack"

        def pseudo(v: str) -> str:
            if v.startswith((PSEUDONYM_PREFIX, SEALED_PREFIX)):
                return v
            return PSEUDONYM_PREFIX + (self.user_key(platform, v) or "")

        def route(v: str) -> str:
            return self.seal(v) if keep_raw else pseudo(v)

        def walk(obj: Any, key: str = "", in_account: bool = False) -> Any:
            if isinstance(obj, dict):
                out = {}
                for k, v in obj.items():   # in_account: this dict is a person's account
                    out[str(k)] = walk(v, str(k).lower(), key in _ACCOUNT_KEYS)
                return out
            if isinstance(obj, (list, tuple)):
                return [walk(v, key, in_account) for v in obj]
            if isinstance(obj, str) and obj:
                if obj.startswith((PSEUDONYM_PREFIX, SEALED_PREFIX)):
                    return obj
                if key in _USER_ID_KEYS or (in_account and key == "id"):
                    return pseudo(obj)
                if obj in raw or key in _ACCOUNT_KEYS:
                    return route(obj)        # {"user": "U123"}, {"channel": "<the user id>"}
                if platform == "slack" and _SLACK_USER_RE.fullmatch(obj):
                    return route(obj)
                if platform == "slack" and _SLACK_DM_RE.fullmatch(obj):
                    return self.seal(obj)    # a DM channel: one person's conversation with the bot
            return obj

        return walk(sanitise_ref(ref or {}))

    # -- audit ---------------------------------------------------------------------
    def _audit(self, s: Session, kind: str, *, platform: str | None = None, user_key: str | None = None,
               question: str | None = None, verdict: str | None = None, tool: str | None = None,
               refs: list | None = None, index_version: str | None = None, escalated: bool = False,
               helpful: bool | None = None, comment: str | None = None, ref_event_id: str | None = None,
               escalation_id: int | None = None, detail: dict | None = None,
               protect: Iterable[str] = ()) -> AuditEvent:
        protect = tuple(protect)
        ev = AuditEvent(id=_new_id(), time=self.now(), kind=kind, platform=platform, user_key=user_key,
                        question=clean_text(question, protect), verdict=verdict,
                        tool=clean_text(tool, protect), refs=list(refs or []),
                        index_version=index_version, escalated=escalated, helpful=helpful,
                        comment=clean_text(comment, protect), ref_event_id=ref_event_id,
                        escalation_id=escalation_id, detail=clean_json(detail or {}, protect))
        s.add(ev)
        return ev

    def record_question(self, question: str, *, platform: str, user_id: str | None = None,
                        index_version: str | None = None) -> str:
        """A question that got no answer (e.g. an internal error). Returns the event id."""
        with self.session() as s:
            return self._audit(s, "question", platform=platform, user_key=self.user_key(platform, user_id),
                               question=question, index_version=index_version).id

    def record_answer(self, answer: Any, *, platform: str, user_id: str | None,
                      conversation: dict | None = None) -> str:
        """One audit event for a question and the answer given (``answer``: an engine Answer or
        its contract dict). ``conversation``: where it was asked (platform ids), kept so the
        asker can later escalate this answer with ``escalate_event``. Returns the event id."""
        f = _answer_fields(answer)
        protect = (f["tool"],) if f["tool"] else ()
        detail = {"summary": f["summary"], "escalation_reason": f["escalation_reason"],
                  "data_kinds": f["data_kinds"], "confidence": f["confidence"]}
        if conversation:
            detail["conversation"] = self.pseudonymise_ref(platform, conversation, user_id, routing=False)
        with self.session() as s:
            ev = self._audit(s, "answer", platform=platform, user_key=self.user_key(platform, user_id),
                             question=f["question"], verdict=f["verdict"], tool=f["tool"], refs=f["refs"],
                             index_version=f["index_version"], escalated=f["escalated"],
                             detail={k: v for k, v in detail.items() if k != "conversation"}, protect=protect)
            if conversation:   # routing ids: sanitised, not redacted
                ev.detail = {**ev.detail, "conversation": detail["conversation"]}
            return ev.id

    def record_feedback(self, event_id: str, helpful: bool, comment: str | None = None, *,
                        platform: str, user_id: str | None) -> str:
        """Helpful / not helpful (with an optional comment, redacted) on an answer event."""
        with self.session() as s:
            target = s.get(AuditEvent, event_id)
            if target is None:
                raise NotFoundError(f"no audit event {event_id}")
            return self._audit(s, "feedback", platform=platform, user_key=self.user_key(platform, user_id),
                               verdict=target.verdict, tool=target.tool, refs=target.refs,
                               index_version=target.index_version, helpful=bool(helpful),
                               comment=comment, ref_event_id=event_id,
                               protect=(target.tool,) if target.tool else ()).id

    def record_reindex(self, index_version: str, *, platform: str | None = None, user_id: str | None = None,
                       detail: dict | None = None) -> str:
        """A reindex (who triggered it, pseudonymously, and what changed)."""
        with self.session() as s:
            return self._audit(s, "reindex", platform=platform,
                               user_key=self.user_key(platform or "", user_id) if user_id else None,
                               index_version=index_version, detail=detail or {}).id

    def audit_events(self, since: datetime | None = None, kinds: Iterable[str] | None = None,
                     until: datetime | None = None) -> list[AuditEvent]:
        q = select(AuditEvent).order_by(AuditEvent.time, AuditEvent.id)
        if since is not None:
            q = q.where(AuditEvent.time >= since)
        if until is not None:
            q = q.where(AuditEvent.time < until)
        if kinds is not None:
            q = q.where(AuditEvent.kind.in_(list(kinds)))
        with self.session() as s:
            return list(s.scalars(q))

    def export_audit(self, fmt: str = "csv", out: str | os.PathLike | IO[str] = "-") -> int:
        """Write the audit trail as CSV or JSON Lines to a path or an open text file ("-":
        standard output). Returns the number of events written."""
        if fmt not in ("csv", "jsonl"):
            raise ValueError("format must be csv or jsonl")
        import sys
        dest = sys.stdout if out == "-" else out
        n = 0
        with self.Session() as s, s.begin(), _open_out(dest) as fh:
            writer = csv.writer(fh) if fmt == "csv" else None
            if writer:
                writer.writerow(AUDIT_COLUMNS)
            rows = s.scalars(select(AuditEvent).order_by(AuditEvent.time, AuditEvent.id)
                             .execution_options(yield_per=500))
            for ev in rows:
                rec = {c: getattr(ev, c) for c in AUDIT_COLUMNS}
                rec["time"] = ev.time.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
                if writer:
                    writer.writerow([_csv_cell(rec[c]) for c in AUDIT_COLUMNS])
                else:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return n

    def retention_days(self) -> int:
        raw = os.environ.get(ENV_RETENTION_DAYS, "").strip()
        return int(raw) if raw else DEFAULT_RETENTION_DAYS

    def purge(self, older_than_days: int | None = None, *, dry_run: bool = False) -> dict[str, int]:
        """Delete what is older than the retention period (default POLICYBOT_AUDIT_RETENTION_DAYS,
        else 365 days): audit events, delivered or failed outbox messages, and closed
        escalations with nothing left to deliver. Rulings are knowledge and are kept. With
        `dry_run` the same counts are returned and nothing is deleted (rolled back)."""
        days = self.retention_days() if older_than_days is None else int(older_than_days)
        if days < 0:
            raise ValueError("older_than_days must be >= 0")
        cutoff = self.now() - timedelta(days=days)
        with self.Session() as s:
            tx = s.begin()
            n_audit = s.execute(delete(AuditEvent).where(AuditEvent.time < cutoff)).rowcount
            n_out = s.execute(delete(OutboxMessage).where(OutboxMessage.status.in_(("sent", "failed")),
                                                          OutboxMessage.created_at < cutoff)).rowcount
            live = select(OutboxMessage.escalation_id).where(OutboxMessage.escalation_id.is_not(None),
                                                             OutboxMessage.status.in_(("pending", "sending")))
            old = select(Escalation.id).where(
                or_(and_(Escalation.status == "answered", Escalation.answered_at < cutoff),
                    and_(Escalation.status == "dismissed", Escalation.dismissed_at < cutoff)),
                Escalation.id.not_in(live))
            ids = list(s.scalars(old))
            n_esc = 0
            if ids:
                s.execute(update(Ruling).where(Ruling.escalation_id.in_(ids)).values(escalation_id=None))
                s.execute(update(OutboxMessage).where(OutboxMessage.escalation_id.in_(ids)).values(escalation_id=None))
                n_esc = s.execute(delete(Escalation).where(Escalation.id.in_(ids))).rowcount
            if dry_run:
                tx.rollback()
            else:
                tx.commit()
        return {"audit_events": n_audit, "outbox_messages": n_out, "escalations": n_esc, "days": days}

    # -- escalations ---------------------------------------------------------------
    def escalate(self, answer: Any, *, platform: str, user_id: str | None, conversation_ref: dict,
                 reason: str | None = None, requested_by_user: bool = False,
                 audit_event_id: str | None = None) -> Escalation:
        """Hand a question to the governance team: creates the escalation and, in the same
        transaction, the ``escalation.post`` outbox message to the platform's governance channel
        (idempotency key ``escalation.post:<id>``). ``conversation_ref``: what the surface needs
        to reply to the asker (platform ids only; name/email fields are dropped). With
        ``audit_event_id`` the call is idempotent: the same answer is escalated once."""
        f = _answer_fields(answer)
        protect = (f["tool"],) if f["tool"] else ()
        if reason is None:
            reason = f["escalation_reason"] or ("The asker asked for a person." if requested_by_user else None)
        snapshot = clean_json({"verdict": f["verdict"], "summary": f["summary"], "citations": f["refs"],
                               "index_version": f["index_version"], "tool": f["tool"],
                               "data_kinds": f["data_kinds"], "confidence": f["confidence"],
                               "escalated": f["escalated"]}, protect)
        ref = self.pseudonymise_ref(platform, conversation_ref or {}, user_id)
        user_key = self.user_key(platform, user_id)
        try:
            return self._escalate(f, protect, snapshot, ref, reason, platform, user_key, requested_by_user,
                                  audit_event_id)
        except IntegrityError:
            if not audit_event_id:
                raise
            with self.session() as s:   # a concurrent "ask a person" for the same answer won
                return s.scalar(select(Escalation).where(Escalation.audit_event_id == audit_event_id))

    def _escalate(self, f, protect, snapshot, ref, reason, platform, user_key, requested_by_user,
                  audit_event_id) -> Escalation:
        now = self.now()
        with self.session() as s:
            if audit_event_id:
                existing = s.scalar(select(Escalation).where(Escalation.audit_event_id == audit_event_id))
                if existing is not None:
                    return existing
            esc = Escalation(status="open", question=clean_text(f["question"], protect) or "",
                             answer_snapshot=snapshot, reason=clean_text(reason, protect),
                             requested_by_user=requested_by_user, platform=platform, user_key=user_key,
                             conversation_ref=ref, audit_event_id=audit_event_id, publish_ruling=False,
                             created_at=now, updated_at=now, version=1)
            s.add(esc)
            s.flush()   # the id, for the idempotency key
            self._enqueue(s, "escalation.post", platform, governance_target(platform),
                          self._post_payload(esc), f"escalation.post:{esc.id}", escalation_id=esc.id)
            self._audit(s, "escalation", platform=platform, user_key=user_key, question=esc.question,
                        verdict=f["verdict"], tool=f["tool"], refs=f["refs"], index_version=f["index_version"],
                        escalated=True, escalation_id=esc.id, ref_event_id=audit_event_id,
                        detail={"escalation_id": esc.id, "from": None, "to": "open",
                                "requested_by_user": requested_by_user, "reason": esc.reason},
                        protect=protect)
            return esc

    def escalate_event(self, event_id: str, *, platform: str, user_id: str | None,
                       conversation_ref: dict | None = None, reason: str | None = None) -> Escalation:
        """"Ask a person": escalate an answer recorded with ``record_answer`` (idempotent)."""
        with self.session() as s:
            ev = s.get(AuditEvent, event_id)
            if ev is None or ev.kind != "answer":
                raise NotFoundError(f"no answer event {event_id}")
            d = dict(ev.detail or {})
            answer = {"question": ev.question, "verdict": ev.verdict, "summary": d.get("summary"),
                      "citations": [{"ref": r} for r in ev.refs or []], "tool": ev.tool,
                      "index_version": ev.index_version, "escalated": ev.escalated,
                      "escalation_reason": d.get("escalation_reason"), "data_kinds": d.get("data_kinds"),
                      "confidence": d.get("confidence")}
            conv = conversation_ref or d.get("conversation") or {}
        return self.escalate(answer, platform=platform, user_id=user_id, conversation_ref=conv,
                             reason=reason, requested_by_user=True, audit_event_id=event_id)

    @staticmethod
    def _post_payload(esc: Escalation) -> dict[str, Any]:
        snap = esc.answer_snapshot or {}
        return {"escalation_id": esc.id, "question": esc.question, "verdict": snap.get("verdict"),
                "verdict_words": VERDICT_WORDS.get(snap.get("verdict") or "", snap.get("verdict")),
                "summary": snap.get("summary"), "citations": list(snap.get("citations") or []),
                "tool": snap.get("tool"), "index_version": snap.get("index_version"),
                "reason": esc.reason, "requested_by_user": esc.requested_by_user,
                "origin_platform": esc.platform, "status": esc.status, "created_at": iso(esc.created_at)}

    def get(self, esc_id: int) -> Escalation:
        with self.session() as s:
            esc = s.get(Escalation, int(esc_id))
            if esc is None:
                raise NotFoundError(f"no escalation {esc_id}")
            return esc

    def list(self, status: str | Iterable[str] | None = None, limit: int | None = None) -> list[Escalation]:
        """Escalations, oldest first; ``status`` one status or several."""
        q = select(Escalation).order_by(Escalation.created_at, Escalation.id)
        if status is not None:
            q = q.where(Escalation.status.in_([status] if isinstance(status, str) else list(status)))
        if limit:
            q = q.limit(limit)
        with self.session() as s:
            return list(s.scalars(q))

    def _transition(self, s: Session, esc_id: int, action: str, actor: str, values: dict[str, Any],
                    expected_version: int | None) -> tuple[Escalation, str]:
        allowed_from, to, verb = _TRANSITIONS[action]
        esc = s.get(Escalation, int(esc_id))
        if esc is None:
            raise NotFoundError(f"no escalation {esc_id}")
        if expected_version is not None and esc.version != expected_version:
            raise ConflictError(f"escalation {esc.id} changed since you loaded it (now {esc.status}, "
                                f"version {esc.version}); reload and try again")
        if esc.status not in allowed_from:
            by = esc.claimed_by if esc.status == "claimed" else esc.answered_by if esc.status == "answered" \
                else esc.dismissed_by
            by = "you" if by and by == self.actor_ref(actor) else actor_display(by)
            raise TransitionError(f"escalation {esc.id} is already {esc.status}"
                                  f"{f' (by {by})' if by else ''}: it cannot be {verb}"
                                  f"{' again' if esc.status == to else ''}")
        frm, version = esc.status, esc.version
        now = self.now()
        res = s.execute(update(Escalation)
                        .where(Escalation.id == esc.id, Escalation.status == frm, Escalation.version == version)
                        .values(status=to, version=version + 1, updated_at=now, **values)
                        .execution_options(synchronize_session=False))
        if res.rowcount != 1:   # lost a race (Postgres re-checks the WHERE after the winner commits)
            raise ConflictError(f"escalation {esc.id} was changed by someone else at the same time; "
                                f"reload it")
        s.refresh(esc)
        return esc, frm

    def _update_message(self, s: Session, esc: Escalation, frm: str, actor: str, extra: dict[str, Any]) -> None:
        post = s.scalar(select(OutboxMessage).where(OutboxMessage.idempotency_key == f"escalation.post:{esc.id}"))
        target = dict(post.target) if post is not None else governance_target(esc.platform)
        payload = {"escalation_id": esc.id, "status": esc.status, "previous_status": frm,
                   "actor": self.actor_for_message(actor),
                   "question": esc.question, **extra}
        self._enqueue(s, "escalation.update", esc.platform, target, payload,
                      f"escalation.update:{esc.id}:{esc.status}", escalation_id=esc.id,
                      depends_on_id=post.id if post is not None else None)

    def _transition_audit(self, s: Session, esc: Escalation, frm: str, actor: str, **detail) -> None:
        self._audit(s, "escalation", platform=esc.platform, user_key=self.user_key("governance", actor),
                    question=esc.question, verdict=esc.governance_verdict, escalation_id=esc.id, escalated=True,
                    refs=list((esc.answer_snapshot or {}).get("citations") or []),
                    detail={"escalation_id": esc.id, "from": frm, "to": esc.status, **detail})

    def claim(self, esc_id: int, actor: str, *, expected_version: int | None = None) -> Escalation:
        """open -> claimed. Concurrent claims: exactly one wins (conditional UPDATE on status and
        version); the others get TransitionError. Claiming again by the same actor is a no-op."""
        actor = clean_text(actor) or ""
        with self.session() as s:
            esc = s.get(Escalation, int(esc_id))
            if esc is not None and esc.status == "claimed" and esc.claimed_by == self.actor_ref(actor) \
                    and expected_version is None:
                return esc
            esc, frm = self._transition(s, esc_id, "claim", actor,
                                        {"claimed_by": self.actor_ref(actor), "claimed_at": self.now()},
                                        expected_version)
            self._update_message(s, esc, frm, actor, {})
            self._transition_audit(s, esc, frm, actor)
            return esc

    def answer(self, esc_id: int, actor: str, verdict: str, text: str, publish_ruling: bool = False, *,
               clauses: list[str] | None = None, expected_version: int | None = None) -> Escalation:
        """open|claimed -> answered, with the team's verdict and answer (redacted). Enqueues the
        answer to the asker (``answer.relay``) and the update of the governance message
        (``escalation.update``), both idempotent; with ``publish_ruling`` creates ruling R-<n>
        (``clauses``: the clauses it rests on, default the bot's citations)."""
        verdict = getattr(verdict, "value", verdict)
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        if not (text or "").strip():
            raise ValueError("the answer text is empty")
        actor = clean_text(actor) or ""
        with self.session() as s:
            pre = s.get(Escalation, int(esc_id))
            protect = ((pre.answer_snapshot or {}).get("tool"),) if pre is not None and \
                (pre.answer_snapshot or {}).get("tool") else ()
            text_clean = clean_text(text.strip(), protect)
            esc, frm = self._transition(s, esc_id, "answer", actor,
                                        {"answered_by": self.actor_ref(actor), "answered_at": self.now(),
                                         "governance_verdict": verdict, "answer_text": text_clean,
                                         "publish_ruling": bool(publish_ruling)}, expected_version)
            ruling = None
            if publish_ruling:
                refs = clauses if clauses is not None else list((esc.answer_snapshot or {}).get("citations") or [])
                ruling = self._new_ruling(s, question=esc.question, verdict=verdict, answer=text_clean,
                                          clauses=[r for r in refs if not str(r).startswith(RULINGS_SOURCE + "#")],
                                          escalation_id=esc.id)
                esc.ruling_id = ruling.id
            extra = {"verdict": verdict, "verdict_words": VERDICT_WORDS[verdict], "answer": text_clean,
                     "ruling_id": ruling.id if ruling else None,
                     "ruling_ref": f"{RULINGS_SOURCE}#{ruling.id}" if ruling else None}
            self._update_message(s, esc, frm, actor, extra)
            self._enqueue(s, "answer.relay", esc.platform, dict(esc.conversation_ref or {}),
                          {"escalation_id": esc.id, "status": "answered", "question": esc.question, **extra},
                          f"answer.relay:{esc.id}", escalation_id=esc.id)
            self._transition_audit(s, esc, frm, actor, ruling_id=ruling.id if ruling else None)
            if ruling:
                self._audit(s, "ruling", platform=esc.platform, user_key=self.user_key("governance", actor),
                            question=ruling.question, verdict=ruling.verdict, refs=list(ruling.clauses),
                            escalation_id=esc.id, detail={"ruling_id": ruling.id, "action": "published"})
            return esc

    def dismiss(self, esc_id: int, actor: str, reason: str, *, notify_asker: bool = True,
                expected_version: int | None = None) -> Escalation:
        """open|claimed -> dismissed (e.g. a duplicate, or not a policy question)."""
        actor = clean_text(actor) or ""
        reason_clean = clean_text((reason or "").strip()) or None
        with self.session() as s:
            esc, frm = self._transition(s, esc_id, "dismiss", actor,
                                        {"dismissed_by": self.actor_ref(actor), "dismissed_at": self.now(),
                                         "dismiss_reason": reason_clean}, expected_version)
            self._update_message(s, esc, frm, actor, {"reason": reason_clean})
            if notify_asker:
                self._enqueue(s, "answer.relay", esc.platform, dict(esc.conversation_ref or {}),
                              {"escalation_id": esc.id, "status": "dismissed", "question": esc.question,
                               "reason": reason_clean}, f"answer.relay:{esc.id}", escalation_id=esc.id)
            self._transition_audit(s, esc, frm, actor, reason=reason_clean)
            return esc

    # -- "tell me if this answer changes" -----------------------------------------
    def subscribe(self, event_id: str, *, platform: str, user_id: str | None,
                  conversation_ref: dict | None = None) -> int:
        """The asker of answer event ``event_id`` opts in to hear if the answer changes after a
        reindex. Keeps the answer as they were told it (redacted question, verdict, first
        citation, index version) and where to tell them (``conversation_ref``, platform ids only;
        default the conversation recorded with the answer). Idempotent per event and user:
        returns the subscription id."""
        user_key = self.user_key(platform, user_id)
        if conversation_ref:
            conversation_ref = self.pseudonymise_ref(platform, conversation_ref, user_id)
        try:
            return self._subscribe(event_id, platform, user_key, conversation_ref)
        except IntegrityError:   # a concurrent click for the same answer won
            return self._subscribe(event_id, platform, user_key, conversation_ref)

    def _subscribe(self, event_id: str, platform: str, user_key: str | None, conversation_ref: dict | None) -> int:
        with self.session() as s:
            ev = s.get(AuditEvent, event_id)
            if ev is None or ev.kind != "answer":
                raise NotFoundError(f"no answer event {event_id}")
            existing = s.scalar(select(AnswerSubscription).where(
                AnswerSubscription.audit_event_id == event_id,
                AnswerSubscription.user_key.is_(None) if user_key is None else AnswerSubscription.user_key == user_key))
            if existing is not None:
                return existing.id
            ref = sanitise_ref(conversation_ref or (ev.detail or {}).get("conversation") or {})
            sub = AnswerSubscription(audit_event_id=event_id, platform=platform, user_key=user_key,
                                     conversation_ref=ref, question=clean_text(ev.question) or "",
                                     verdict=ev.verdict, first_ref=(ev.refs or [None])[0],
                                     index_version=ev.index_version, created_at=self.now(),
                                     last_notified_at=None)
            s.add(sub)
            s.flush()
            return sub.id

    def subscriptions(self) -> list[AnswerSubscription]:
        """Every answer subscription, oldest first."""
        with self.session() as s:
            return list(s.scalars(select(AnswerSubscription).order_by(AnswerSubscription.id)))

    def notify_answer_changed(self, subscription_id: int, *, verdict: str | None, first_ref: str | None,
                              index_version: str) -> OutboxMessage | None:
        """The subscribed answer is now ``verdict`` citing ``first_ref`` first (index
        ``index_version``): in one transaction, queue an ``answer.changed`` message to the
        subscriber's conversation (idempotency key ``answer.changed:<id>:<index_version>``) and
        move the subscription's snapshot to the new answer. None if nothing changed."""
        verdict = getattr(verdict, "value", verdict)
        with self.session() as s:
            sub = s.get(AnswerSubscription, int(subscription_id))
            if sub is None:
                raise NotFoundError(f"no answer subscription {subscription_id}")
            if sub.verdict == verdict and sub.first_ref == first_ref:
                return None
            payload = {"subscription_id": sub.id, "audit_event_id": sub.audit_event_id, "question": sub.question,
                       "old_verdict": sub.verdict,
                       "old_verdict_words": VERDICT_WORDS.get(sub.verdict or "", sub.verdict),
                       "old_first_citation": sub.first_ref, "old_index_version": sub.index_version,
                       "verdict": verdict, "verdict_words": VERDICT_WORDS.get(verdict or "", verdict),
                       "first_citation": first_ref, "index_version": index_version}
            msg = self._enqueue(s, "answer.changed", sub.platform, dict(sub.conversation_ref or {}), payload,
                                f"answer.changed:{sub.id}:{index_version}")
            sub.verdict, sub.first_ref, sub.index_version = verdict, first_ref, index_version
            sub.last_notified_at = self.now()
            return msg

    # -- outbox --------------------------------------------------------------------
    def _enqueue(self, s: Session, kind: str, platform: str, target: dict, payload: dict, idempotency_key: str,
                 *, escalation_id: int | None = None, depends_on_id: int | None = None) -> OutboxMessage:
        existing = s.scalar(select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key))
        if existing is not None:
            return existing
        now = self.now()
        msg = OutboxMessage(kind=kind, platform=platform, target=self.protect_target(platform, sanitise_ref(target)),
                            payload=clean_json(payload),
                            idempotency_key=idempotency_key, status="pending", attempts=0, next_attempt_at=now,
                            escalation_id=escalation_id, depends_on_id=depends_on_id, created_at=now)
        s.add(msg)
        s.flush()
        return msg

    def enqueue(self, kind: str, platform: str, target: dict, payload: dict, idempotency_key: str) -> OutboxMessage:
        """Queue any message (e.g. ``reindex.notice``) for reliable delivery; a second call with
        the same idempotency key returns the first message and queues nothing."""
        try:
            with self.session() as s:
                return self._enqueue(s, kind, platform, target, payload, idempotency_key)
        except IntegrityError:   # a concurrent caller queued the same key first
            with self.session() as s:
                return s.scalar(select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key))

    def enqueue_reply(self, platform: str, thread: str, target: dict, payload: dict) -> tuple[int, bool]:
        """Queue the bot's reply to an asker (``answer.reply``): delivered like every outbox
        message (retries, Retry-After, survives a restart), in order within one `thread` (a
        conversation or thread id): it waits for the thread's earlier replies that are still
        unsent. Returns (message id, waits for an earlier reply).

        `payload` is the rendered reply (policy text and the already redacted question), stored
        as given: redacting it again could change the policy's own words."""
        # the thread (a DM channel, a conversation id) only as a keyed hash in the key
        prefix = f"answer.reply:{platform}:{(self.user_key('thread', thread) or '')[:32]}"
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
        with self.session() as s:
            before = s.scalar(select(OutboxMessage.id)
                              .where(OutboxMessage.kind == "answer.reply", OutboxMessage.platform == platform,
                                     OutboxMessage.status.in_(("pending", "sending")),
                                     OutboxMessage.idempotency_key.like(like, escape="\\"))
                              .order_by(OutboxMessage.id.desc()).limit(1))
            now = self.now()
            msg = OutboxMessage(kind="answer.reply", platform=platform,
                                target=self.protect_target(platform, sanitise_ref(target)), payload=payload,
                                idempotency_key=f"{prefix}:{secrets.token_hex(8)}", status="pending", attempts=0,
                                next_attempt_at=now, depends_on_id=before, created_at=now)
            s.add(msg)
            s.flush()
            return msg.id, before is not None

    def notify_reindex(self, platform: str, target: dict, *, index_version: str, summary: str,
                       idempotency_key: str | None = None) -> OutboxMessage:
        return self.enqueue("reindex.notice", platform, target,
                            {"index_version": index_version, "summary": summary},
                            idempotency_key or f"reindex.notice:{platform}:{index_version}:"
                                               # the target (it may name a user) only as a keyed hash
                                               f"{self.user_key('target', json.dumps(target, sort_keys=True))}")

    def outbox(self, status: str | None = None, escalation_id: int | None = None) -> list[OutboxMessage]:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        if status:
            q = q.where(OutboxMessage.status == status)
        if escalation_id is not None:
            q = q.where(OutboxMessage.escalation_id == escalation_id)
        with self.session() as s:
            return list(s.scalars(q))

    def retry_failed(self, message_id: int | None = None) -> int:
        """Put failed messages back in the queue (after fixing a channel id, say)."""
        q = update(OutboxMessage).where(OutboxMessage.status == "failed")
        if message_id is not None:
            q = q.where(OutboxMessage.id == message_id)
        with self.session() as s:
            return s.execute(q.values(status="pending", next_attempt_at=self.now(), locked_by=None,
                                      locked_until=None)).rowcount

    # -- rulings -------------------------------------------------------------------
    def _next_ruling_number(self, s: Session) -> int:
        s.execute(update(Counter).where(Counter.name == "ruling").values(value=Counter.value + 1))
        return int(s.scalar(select(Counter.value).where(Counter.name == "ruling")))

    def _new_ruling(self, s: Session, *, question: str, verdict: str, answer: str, clauses: list[str],
                    escalation_id: int | None) -> Ruling:
        n = self._next_ruling_number(s)
        r = Ruling(id=f"R-{n}", number=n, question=question, verdict=verdict, answer=answer,
                   clauses=[str(c) for c in clauses], published=self.now(), withdrawn=None,
                   escalation_id=escalation_id)
        s.add(r)
        s.flush()
        return r

    def rulings(self, active_only: bool = True) -> list[Ruling]:
        q = select(Ruling).order_by(Ruling.number)
        if active_only:
            q = q.where(Ruling.withdrawn.is_(None))
        with self.session() as s:
            return list(s.scalars(q))

    def get_ruling(self, ruling_id: str) -> Ruling:
        with self.session() as s:
            r = s.get(Ruling, _ruling_id(ruling_id))
            if r is None:
                raise NotFoundError(f"no ruling {ruling_id}")
            return r

    def withdraw_ruling(self, ruling_id: str, actor: str) -> Ruling:
        """Withdraw a ruling: it is never cited again; its number is never reused."""
        actor = clean_text(actor) or ""
        with self.session() as s:
            r = s.get(Ruling, _ruling_id(ruling_id))
            if r is None:
                raise NotFoundError(f"no ruling {ruling_id}")
            if r.withdrawn is not None:
                raise TransitionError(f"ruling {r.id} was already withdrawn on {iso(r.withdrawn)}")
            r.withdrawn, r.withdrawn_by = self.now(), self.actor_ref(actor)
            self._audit(s, "ruling", user_key=self.user_key("governance", actor), question=r.question,
                        verdict=r.verdict, refs=list(r.clauses or []), escalation_id=r.escalation_id,
                        detail={"ruling_id": r.id, "action": "withdrawn"})
            return r

    def rulings_as_knowledge(self) -> list[dict[str, Any]]:
        """Active rulings as citable knowledge for the answer engine:
        {"ref": "governance-rulings#R-3", "id", "question", "verdict", "answer", "clauses", "text"}."""
        return [{"ref": r.ref, "id": r.id, "question": r.question, "verdict": r.verdict, "answer": r.answer,
                 "clauses": list(r.clauses or []), "text": f"{r.question}\n{r.answer}"}
                for r in self.rulings(active_only=True)]

    def export_rulings_jsonl(self, out: str | os.PathLike | IO[str]) -> int:
        """All rulings (withdrawn ones too, so numbers survive a move) as the contract's JSON Lines."""
        rs = self.rulings(active_only=False)
        with _open_out(out) as fh:
            for r in rs:
                fh.write(json.dumps(r.to_contract(), ensure_ascii=False) + "\n")
        return len(rs)

    def import_rulings_jsonl(self, src: str | os.PathLike | IO[str]) -> int:
        """Load rulings from the contract's JSON Lines (insert or update by id; text redacted).
        The ruling counter moves past the highest number imported, so numbers are never reused."""
        if hasattr(src, "read"):
            lines = src.read().splitlines()
        else:
            lines = Path(src).read_text(encoding="utf-8").splitlines()
        records = []
        for i, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"line {i}: not JSON ({e.msg})") from None
            if not isinstance(rec, dict) or set(rec) != set(RULING_KEYS):
                raise ValueError(f"line {i}: expected exactly the keys {', '.join(RULING_KEYS)}")
            m = re.fullmatch(r"R-([1-9][0-9]*)", str(rec["id"]))
            if not m:
                raise ValueError(f"line {i}: id must look like R-<n>, got {rec['id']!r}")
            if rec["verdict"] not in VERDICTS:
                raise ValueError(f"line {i}: unknown verdict {rec['verdict']!r}")
            if not isinstance(rec["clauses"], list):
                raise ValueError(f"line {i}: clauses must be a list")
            try:
                published = parse_iso(rec["published"]) or self.now()
                withdrawn = parse_iso(rec["withdrawn"])
            except ValueError:
                raise ValueError(f"line {i}: published/withdrawn must be ISO 8601 times") from None
            records.append((int(m.group(1)), rec, published, withdrawn))
        with self.session() as s:
            top = 0
            for n, rec, published, withdrawn in records:
                r = s.get(Ruling, f"R-{n}") or Ruling(id=f"R-{n}", number=n)
                r.question = clean_text(str(rec["question"])) or ""
                r.verdict = rec["verdict"]
                r.answer = clean_text(str(rec["answer"])) or ""
                r.clauses = [str(c) for c in rec["clauses"]]
                r.published, r.withdrawn = published, withdrawn
                s.add(r)
                top = max(top, n)
            if top:
                s.execute(update(Counter).where(Counter.name == "ruling", Counter.value < top).values(value=top))
        return len(records)

    # -- summary numbers -----------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.session() as s:
            out = {f"escalations_{st}": n for st, n in
                   s.execute(select(Escalation.status, func.count()).group_by(Escalation.status))}
            out.update({f"outbox_{st}": n for st, n in
                        s.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))})
            out["audit_events"] = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
            return out


def _ruling_id(value: str | int) -> str:
    v = str(value).strip()
    if v.startswith(RULINGS_SOURCE + "#"):
        v = v.split("#", 1)[1]
    return f"R-{v[2:]}" if v.lower().startswith("r-") else f"R-{v}"
