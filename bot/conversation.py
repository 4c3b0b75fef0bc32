"""Follow-up questions in a thread ("what about with personal data?") read in the context of the
thread's first question. Pure functions; the surfaces keep the thread's first question."""
from __future__ import annotations

import re

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|also|so|ok(?:ay)?|then)?\s*(?:what|how)\s+(?:about|if)\b|^\s*(?:and|but|also)\b|"
    r"^\s*(?:what|how)\s+(?:about|if)\b|^\s*(?:even|only|just)\s+(?:if|with|for)\b|"
    r"^\s*(?:with|for|using|in)\s+\w+|^\s*(?:same|ditto)\b|\b(?:instead|too|as well)\s*\??\s*$|"
    r"^\s*(?:is|would|does)\s+(?:that|it|this)\s+(?:still|also)?\s*(?:ok|okay|fine|allowed|the\s+same)\b",
    re.I)


def is_follow_up(question: str) -> bool:
    """Short questions that lean on an earlier one ("what about personal data?", "and Gemini?")."""
    q = question.strip()
    return bool(_FOLLOW_UP.search(q)) and len(q.split()) <= 14


def in_context(question: str, first_question: str | None) -> str:
    """The question to answer: a follow-up joined to the thread's first question, else itself."""
    if first_question and is_follow_up(question) and first_question.strip() != question.strip():
        return f"{first_question.strip()} {question.strip()}"
    return question
