"""The welcome card sent when the app is installed or the bot joins a conversation."""
from __future__ import annotations

from bot.teams.cards.common import card, text

EXAMPLE_QUESTIONS = (
    "Can I use ChatGPT to draft a press release?",
    "Can I paste a resident's complaint into Copilot Chat to summarise it?",
    "Which AI tools are approved for council work?",
    "What should I do if I put personal data into an AI tool by mistake?",
)


def build_welcome_card(in_channel: bool = False, examples: tuple[str, ...] = EXAMPLE_QUESTIONS) -> dict:
    how = ("Mention me (@policybot) with your question in a channel or group chat; I reply in the thread."
           if in_channel else "Ask me a question here in the chat.")
    body = [
        text("👋 Hello! I answer questions about our generative-AI usage policy.", size="Medium", weight="Bolder"),
        text("Each answer says whether something is allowed, under which conditions, and quotes the policy "
             "clauses it rests on. When the policy doesn't settle a question I say so and pass it to the AI "
             "governance team, who reply here. Please leave personal data out of your questions: I remove "
             "what I recognise before anything is stored."),
        text(how, spacing="Medium"),
        text("Try one of these:", weight="Bolder", spacing="Medium"),
    ]
    # imBack posts the question as if the person had typed it, so it is answered like any other
    actions = [{"type": "Action.Submit", "title": q, "data": {"msteams": {"type": "imBack", "value": q}}}
               for q in examples]
    return card(body, actions, fallback="Hello! Ask me about the generative-AI usage policy, e.g. "
                + f"\u201c{examples[0]}\u201d")
