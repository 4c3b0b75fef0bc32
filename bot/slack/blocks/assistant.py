"""Texts for the assistant pane: the greeting, the suggested prompts, the status line."""
from __future__ import annotations

STATUS = "Checking the policy…"
LOADING_MESSAGES = ["Reading the policy clauses…", "Checking the approved tools register…",
                    "Looking for the clauses that settle it…"]
GREETING = ("Hi! Ask me whether you can use a generative-AI tool for a task, e.g. "
            "_\"Can I use Copilot Chat to summarise an internal report?\"_. I'll answer with the policy "
            "clauses it rests on, and pass anything the policy doesn't settle to the AI governance team. "
            "Please leave out names and case details: I don't need them.")
PROMPTS_TITLE = "Try asking"
SUGGESTED_PROMPTS = [
    {"title": "ChatGPT for a press release?", "message": "Can I use ChatGPT to draft a press release?"},
    {"title": "Copilot with internal documents?", "message": "Can I use Copilot Chat to summarise an internal report?"},
    {"title": "AI with personal data?", "message": "Can I put residents' personal data into an AI tool?"},
    {"title": "Which AI tools are approved?", "message": "Which AI tools am I allowed to use?"},
]


def build_suggested_prompts() -> list[dict]:
    """At most 4 prompts (Slack's limit), each {"title", "message"}."""
    return [dict(p) for p in SUGGESTED_PROMPTS[:4]]


def thread_title(question: str) -> str:
    q = " ".join(question.split())
    return q if len(q) <= 60 else q[:59].rstrip() + "…"
