"""policybot: answers questions about an organisation's generative-AI usage policy.

    from bot import answer
    a = answer("Can I use ChatGPT to draft a press release?")   # bot.engine.models.Answer
    a.to_contract()                                              # the contract's JSON object
"""
from __future__ import annotations


def answer(question: str, home=None, chroma_url: str | None = None):
    """Answer one question from the current index (POLICYBOT_HOME, else `home`, else the user
    data folder). Returns a bot.engine.models.Answer. A question over
    bot.normalize.MAX_QUESTION_CHARS gets the one-line "too long" answer instead."""
    from bot.assistant import too_long_answer
    from bot.engine.pipeline import answer as _answer
    from bot.engine.pipeline import get_engine
    from index.home import resolve_home
    if too_long_answer(question) is not None:
        return too_long_answer(question, get_engine(resolve_home(home), chroma_url).index_version)
    return _answer(question, home=home, chroma_url=chroma_url)


__all__ = ["answer"]
