"""The platform-neutral front door every chat surface (Slack, Teams, CLI) goes through:
answer a question (follow-ups in context), record it in the audit trail, escalate what needs a
person, take feedback. Surfaces only translate platform events into these calls and render the
Answer they get back."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.engine.models import Answer, Verdict
from bot.redact import redact

log = logging.getLogger("policybot.assistant")

APOLOGY = ("Sorry, something went wrong while I was checking the policy. I've passed your question "
           "to the AI governance team so a person can answer it.")


@dataclass
class Turn:
    """One answered question: the answer, its audit event id and its escalation (if any)."""
    answer: Answer
    event_id: str | None = None
    escalation_id: str | None = None


def too_long_answer(text: str, index_version: str = "") -> Answer | None:
    """The answer to a question longer than bot.normalize.MAX_QUESTION_CHARS (after hidden
    characters are removed): a clear one-line message instead of an answer, None for a question
    of ordinary length. The question itself is never echoed or stored (it is not redacted)."""
    from bot.normalize import normalize_text, too_long, too_long_message
    t = normalize_text(text)
    if not too_long(t):
        return None
    return Answer(question=f"[question too long: {len(t):,} characters]", verdict=Verdict.out_of_scope,
                  summary=too_long_message(t), confidence=1.0, index_version=index_version)


def progressive() -> bool:
    """Should a chat surface show answers progressively (verdict first, then the composed answer)?
    Only when the optional LLM composer is on; with it off, surfaces post one answer as before."""
    from bot.engine.llm import enabled
    return enabled()


class Assistant:
    def __init__(self, home: Path | None = None, chroma_url: str | None = None, governance=None):
        from index.home import resolve_home
        self.home = resolve_home(home)
        self.chroma_url = chroma_url
        self.governance = governance

    def engine(self):
        """The engine for the current index version (reopened after a reindex, same process)."""
        from bot.engine.pipeline import get_engine
        return get_engine(self.home, self.chroma_url)

    def ask(self, text: str, *, platform: str, user_id: str, conversation_ref: dict | None = None,
            thread_first: str | None = None, on_verdict=None) -> Turn:
        """`on_verdict(answer)`: only with the LLM composer on (POLICYBOT_LLM), called with the
        engine's deterministic answer before the composer runs, so a surface can show the verdict
        first and then replace it by the returned (guarded) answer; see `progressive()`."""
        try:
            kw = {"on_verdict": on_verdict} if on_verdict is not None else {}
            answer = too_long_answer(text, self.engine().index_version) or \
                self.engine().answer(text, context=thread_first, rulings=self._rulings(), **kw)
        except Exception:   # never leave a question with no reply
            log.exception("answering failed")
            answer = Answer(question=redact(text).text, verdict=Verdict.unsure, summary=APOLOGY,
                            escalated=True, escalation_reason="internal error while answering",
                            confidence=0.0)
        turn = Turn(answer)
        if self.governance is not None:
            try:
                turn.event_id = self.governance.record_answer(answer, platform=platform, user_id=user_id,
                                                              conversation=conversation_ref)
                if answer.escalated:
                    esc = self.governance.escalate(answer, platform=platform, user_id=user_id,
                                                   conversation_ref=conversation_ref or {},
                                                   reason=answer.escalation_reason)
                    turn.escalation_id = str(esc.id)
            except Exception:
                log.exception("recording the answer failed")
        return turn

    def _rulings(self) -> list[dict] | None:
        """The governance team's active rulings, which answer close questions as knowledge."""
        if self.governance is None:
            return None
        try:
            return self.governance.rulings_as_knowledge()
        except Exception:
            log.exception("reading rulings failed")
            return None

    def escalate(self, answer: Answer, *, platform: str, user_id: str, conversation_ref: dict,
                 reason: str = "The person asked for a person to check this answer.") -> str | None:
        """Staff asked a person to check an answer ("ask the governance team")."""
        if self.governance is None:
            return None
        esc = self.governance.escalate(answer, platform=platform, user_id=user_id, conversation_ref=conversation_ref,
                                       reason=reason, requested_by_user=True)
        return str(esc.id)

    def feedback(self, event_id: str, helpful: bool, *, platform: str, user_id: str, comment: str | None = None) -> None:
        if self.governance is not None and event_id:
            self.governance.record_feedback(event_id, helpful, comment, platform=platform, user_id=user_id)
