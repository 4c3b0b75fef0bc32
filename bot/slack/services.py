"""What the Slack listeners share: the Assistant (the platform-neutral front door), the
settings, the thread memory, the outbox pump and the reindex lock, with the few operations
every surface kind needs (answer a question, escalate a shown answer, check a content owner,
reindex). Listeners translate Slack payloads into these calls and render the result."""
from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bot.conversation import is_follow_up
from bot.engine.models import Answer, Verdict
from bot.redact import redact
from bot.slack.blocks.answer import build_answer_blocks, build_answer_text
from bot.slack.settings import SlackSettings
from bot.slack.threads import ThreadMemory

log = logging.getLogger("policybot.slack")

PLATFORM = "slack"
ASKED_FOR_PERSON = "The person asked for a person to check this answer."
OWNER_GROUP_TTL = 60.0


@dataclass
class Reply:
    """An answer rendered for Slack."""
    answer: Answer
    key: str
    text: str
    blocks: list[dict]
    event_id: str | None = None
    escalation_id: str | None = None


@dataclass(eq=False)
class SlackServices:
    assistant: Any                       # bot.assistant.Assistant
    settings: SlackSettings
    memory: ThreadMemory = field(default_factory=ThreadMemory)
    pump: Any = None                     # bot.slack.delivery.OutboxPump, when the outbox is drained here
    embed_model: Any = None              # reindex with this model (default: the configured one)
    _reindex_lock: threading.Lock = field(default_factory=threading.Lock)
    _escalate_lock: threading.Lock = field(default_factory=threading.Lock)
    _group: tuple[float, frozenset[str]] = (0.0, frozenset())

    def __deepcopy__(self, memo) -> "SlackServices":
        # Bolt deep-copies the request context for lazy listeners: share, never copy.
        return self

    @property
    def governance(self):
        return getattr(self.assistant, "governance", None)

    def kick(self) -> None:
        if self.pump is not None:
            self.pump.kick()

    def queue_reply(self, target: dict, message: dict) -> bool:
        """Hand the bot's reply to an asker (`message`: chat.postMessage's text and blocks) to
        the durable outbox and try it at once: a Slack outage or a restart delays it, never
        drops it, and replies in one thread keep their order. False when there is no outbox
        here (no governance store, or no pump): the caller posts directly."""
        gov, pump = self.governance, self.pump
        if gov is None or pump is None or not target.get("channel"):
            return False
        try:
            msg_id, waits = gov.enqueue_reply(PLATFORM, f"{target['channel']}:{target.get('thread_ts') or ''}",
                                              {"channel": target["channel"], "thread_ts": target.get("thread_ts")},
                                              message)
        except Exception:
            log.exception("queueing the reply failed; posting it directly")
            return False
        status = None
        if not waits:                       # an earlier reply in this thread still owed: it goes first
            try:
                status = pump.worker.send_now(msg_id)
            except Exception:
                log.exception("sending the queued reply failed; the outbox will retry it")
        if status != "sent":
            self.kick()
        return True

    # ------------------------------------------------------------------ asking
    def answer(self, text: str, *, user_id: str, conversation_ref: dict,
               thread: tuple[str, str | None] | None = None, topic: str = "thread",
               share: bool = False, on_verdict: Callable[[Answer], None] | None = None) -> Reply:
        """Answer `text` through the Assistant, in the context of the thread's first question.

        `thread`: (channel, thread ts) whose first question is remembered; `topic="dm"` for a
        top-level direct message, where every new (non-follow-up) question starts a new topic.
        `on_verdict`: see Assistant.ask (composer on only: the deterministic answer, shown first)."""
        first = self.memory.first_question(*thread) if thread else None
        kw = {"on_verdict": on_verdict} if on_verdict is not None else {}
        turn = self.assistant.ask(text, platform=PLATFORM, user_id=user_id, conversation_ref=conversation_ref,
                                  thread_first=first, **kw)
        a = turn.answer
        if thread and a.verdict != Verdict.out_of_scope and a.question.strip():
            if topic == "dm" and (first is None or not is_follow_up(text)):
                self.memory.first_questions.put((thread[0], thread[1] or ""), a.question)
            elif first is None:
                self.memory.remember_first(thread[0], thread[1], a.question)
        key = turn.event_id or uuid.uuid4().hex
        self.memory.remember_answer(key, answer=a, event_id=turn.event_id, escalation_id=turn.escalation_id,
                                    conversation_ref=conversation_ref)
        if turn.escalation_id:
            self.kick()
        return Reply(a, key, build_answer_text(a), self.render(a, key=key, event_id=turn.event_id,
                                                              escalation_id=turn.escalation_id, share=share),
                     turn.event_id, turn.escalation_id)

    def render(self, answer: Answer, *, key: str, event_id: str | None, escalation_id: str | None = None,
               share: bool = False, shared_by: str | None = None) -> list[dict]:
        return build_answer_blocks(answer, key=key, event_id=event_id, escalation_id=escalation_id, share=share,
                                   escalation_available=self.governance is not None, shared_by=shared_by)

    def shown_answer(self, value: dict) -> tuple[Answer, str | None, str | None]:
        """The answer a button belongs to: from memory, else answered again from the redacted
        question the button carries. Returns (answer, event id, escalation id)."""
        entry = self.memory.answer(value.get("k"))
        if entry:
            return entry["answer"], entry.get("event_id"), entry.get("escalation_id")
        q = value.get("q") or ""
        try:
            a = self.assistant.engine().answer(q)
        except Exception:
            log.exception("re-answering a button's question failed")
            a = Answer(question=redact(q).text, verdict=Verdict.unsure,
                       summary="(The original answer is no longer available.)", escalated=False)
        return a, value.get("e") or None, None

    def escalate(self, value: dict, *, user_id: str, conversation_ref: dict) -> str | None:
        """"Not sure? Ask the governance team" on a shown answer. Idempotent per answer: an
        answer with an audit event goes through Governance.escalate_event (one escalation per
        event, whichever process gets the click); otherwise through Assistant.escalate."""
        gov = self.governance
        if gov is None:
            return None
        with self._escalate_lock:
            answer, event_id, esc_id = self.shown_answer(value)
            if esc_id:
                return esc_id
            esc_id = None
            if event_id:
                try:
                    esc_id = str(gov.escalate_event(event_id, platform=PLATFORM, user_id=user_id,
                                                    conversation_ref=conversation_ref, reason=ASKED_FOR_PERSON).id)
                except LookupError:
                    log.info("answer event %s not in the audit trail; escalating the answer itself", event_id)
            if esc_id is None:
                esc_id = self.assistant.escalate(answer, platform=PLATFORM, user_id=user_id,
                                                 conversation_ref=conversation_ref, reason=ASKED_FOR_PERSON)
            key = value.get("k")
            if key and esc_id:
                self.memory.remember_answer(key, answer=answer, event_id=event_id, escalation_id=esc_id,
                                            conversation_ref=conversation_ref)
        self.kick()
        return esc_id

    def escalate_failure(self, text: str, *, user_id: str, conversation_ref: dict, reason: str) -> None:
        """The Slack layer itself failed before an answer was given: hand the case to a person."""
        if self.governance is None:
            return
        try:
            from bot.assistant import APOLOGY
            a = Answer(question=redact(text).text, verdict=Verdict.unsure, summary=APOLOGY, escalated=True,
                       escalation_reason=reason, confidence=0.0)
            self.assistant.escalate(a, platform=PLATFORM, user_id=user_id, conversation_ref=conversation_ref,
                                    reason=reason)
            self.kick()
        except Exception:
            log.exception("escalating a failed question failed")

    def feedback(self, value: dict, helpful: bool, *, user_id: str) -> bool:
        """Helpful / not helpful into the audit trail. False when it could not be recorded."""
        event_id = value.get("e")
        if not event_id or self.governance is None:
            return False
        try:
            self.assistant.feedback(event_id, helpful, platform=PLATFORM, user_id=user_id)
            return True
        except Exception:
            log.exception("recording feedback failed")
            return False

    # ------------------------------------------------------------------ content owners
    def is_content_owner(self, client, user_id: str) -> bool:
        if user_id in self.settings.content_owners:
            return True
        group = self.settings.content_owner_group
        if not group:
            return False
        at, members = self._group
        if time.monotonic() - at > OWNER_GROUP_TTL:
            try:
                members = frozenset(client.usergroups_users_list(usergroup=group).get("users") or [])
                self._group = (time.monotonic(), members)
            except Exception:
                log.exception("reading the content owner group %s failed", group)
        return user_id in members

    def knowledge_folder(self) -> Path:
        """POLICYBOT_KNOWLEDGE if set, else the folder the current index was built from, else
        the bundled example knowledge."""
        from bot.paths import knowledge_dir
        from index.build import load_manifest
        if self.settings.knowledge_folder:
            return Path(self.settings.knowledge_folder)
        manifest = load_manifest(self.assistant.home)
        if manifest and manifest.get("folder") and Path(manifest["folder"]).is_dir():
            return Path(manifest["folder"])
        return knowledge_dir()

    def status(self) -> dict | None:
        from index.build import load_manifest
        return load_manifest(self.assistant.home)

    def reindex(self, *, user_id: str, report: Callable[[str, list[dict] | None], None]) -> None:
        """Build a new index version from the knowledge folder and report the clause diff
        (runs in the caller's thread: the lazy listener's)."""
        from bot.slack.blocks.owners import (build_reindex_busy, build_reindex_failed, build_reindex_started,
                                             build_reindex_summary)
        from index.build import BuildError, build_index
        if not self._reindex_lock.acquire(blocking=False):
            report(build_reindex_busy(), None)
            return
        try:
            folder = self.knowledge_folder()
            report(build_reindex_started(str(folder)), None)
            try:
                result = build_index(folder, self.assistant.home, chroma_url=self.assistant.chroma_url,
                                     embed_model=self.embed_model, trigger="slack")
            except BuildError as e:
                report(build_reindex_failed(str(e)), None)
                return
            except Exception:
                log.exception("reindex failed")
                report(build_reindex_failed("an internal error (see the server log)"), None)
                return
            try:
                self.assistant.engine()          # open the new version now, not on the next question
            except Exception:
                log.exception("opening the new index version failed")
            followup = self.followup(result, user_id=user_id)
            text, blocks = build_reindex_summary(result, followup)
            report(text, blocks)
        finally:
            self._reindex_lock.release()

    def followup(self, result, *, user_id: str):
        """After the switch, as `policybot index` does (bot/reindex_followup.py); never fails the reindex."""
        from bot.reindex_followup import after_chat_switch
        return after_chat_switch(self.assistant.home, result.diff, trigger=PLATFORM, who=user_id,
                                 chroma_url=self.assistant.chroma_url, governance=self.governance)
