"""The pure Block Kit builders: content of the answer message, the governance message in every
state, the modals and the relay, and Slack's limits on a huge answer (checked by our own
counts and by slack_sdk's model validation)."""
from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from slack_stub import find_button

from bot.engine.models import Answer, Citation, Verdict
from bot.slack import ids
from bot.slack.blocks.answer import build_answer_blocks, build_answer_text
from bot.slack.blocks.assistant import build_suggested_prompts
from bot.slack.blocks.governance import (build_answer_modal, build_dismiss_modal, build_escalation_blocks,
                                         build_relay, read_answer_submission)
from bot.slack.blocks.limits import clip, decode_value, encode_value, link
from bot.slack.text import question_text


def cite(ref="policy.md#3.1", quote="Staff must not enter personal data.", url="https://intranet.example/ai#3.1"):
    source, clause = ref.split("#")
    return Citation(ref=ref, source=source, clause=clause, heading="Data protection", quote=quote, url=url)


def answer(**kw) -> Answer:
    base = dict(question="Can I paste [name]'s case notes into ChatGPT?", verdict=Verdict.conditional,
                summary="Yes, if you follow the conditions below.", conditions=["Sign in with your council account."],
                citations=[cite(), cite("tools-register.csv#ChatGPT", "Do not use for council work.", None)])
    base.update(kw)
    return Answer(**base)


def validate(blocks: list[dict]) -> None:
    for b in blocks:
        Block.parse(b).validate_json()          # raises SlackObjectFormationError on a broken limit


def all_texts(blocks: list[dict]) -> list[str]:
    out = []
    for b in blocks:
        if b.get("text"):
            out.append(b["text"]["text"])
        for el in b.get("elements") or []:
            if "text" in el:
                out.append(el["text"] if isinstance(el["text"], str) else el["text"]["text"])
    return out


def test_answer_blocks_have_verdict_summary_conditions_quotes_and_buttons():
    blocks = build_answer_blocks(answer(), key="k1", event_id="ev1")
    validate(blocks)
    assert blocks[0]["text"]["text"] == ":large_yellow_circle: *Allowed with conditions*"
    assert blocks[1]["text"]["text"] == "Yes, if you follow the conditions below."
    assert blocks[2]["text"]["text"] == "*Conditions*\n• Sign in with your council account."
    assert blocks[3]["text"]["text"] == ("*<https://intranet.example/ai#3.1|policy.md#3.1>* — Data protection\n"
                                         ">Staff must not enter personal data.")
    assert blocks[4]["text"]["text"].startswith("*tools-register.csv#ChatGPT*")      # no URL: no link
    escalate = find_button(blocks, ids.ACTION_ESCALATE)
    assert escalate["text"]["text"] == "Not sure? Ask the governance team"
    assert decode_value(escalate["value"]) == {"k": "k1", "e": "ev1", "q": answer().question}
    assert find_button(blocks, ids.ACTION_HELPFUL) and find_button(blocks, ids.ACTION_NOT_HELPFUL)
    assert find_button(blocks, ids.ACTION_SHARE) is None
    assert find_button(build_answer_blocks(answer(), key="k", share=True), ids.ACTION_SHARE)


@pytest.mark.parametrize("verdict,icon", [(Verdict.allowed, ":white_check_mark:"), (Verdict.not_allowed, ":no_entry:"),
                                          (Verdict.unsure, ":grey_question:"), (Verdict.info, ":information_source:"),
                                          (Verdict.out_of_scope, ":speech_balloon:")])
def test_every_verdict_has_an_icon_and_words_in_the_fallback_text(verdict, icon):
    a = answer(verdict=verdict)
    assert build_answer_blocks(a, key="k")[0]["text"]["text"].startswith(icon)
    text = build_answer_text(a)
    assert text.startswith(a.verdict_words + ":") and text.endswith("(policy.md#3.1)")


def test_escalated_answer_shows_a_note_instead_of_the_button():
    blocks = build_answer_blocks(answer(verdict=Verdict.unsure, escalated=True), key="k", escalation_id="4")
    assert find_button(blocks, ids.ACTION_ESCALATE) is None
    assert "passed this to the AI governance team" in json.dumps(blocks)
    private = build_answer_blocks(answer(escalated=True), key="k", escalation_id="4", share=True)
    assert "direct message" in json.dumps(private)
    off = build_answer_blocks(answer(verdict=Verdict.unsure, escalated=True), key="k", escalation_available=False)
    assert "ask them in their channel" in json.dumps(off)


def test_mrkdwn_control_characters_are_escaped_and_links_are_safe():
    a = answer(summary="Use <b>bold</b> & <!channel>", citations=[cite(quote="a < b > c & d")])
    blocks = build_answer_blocks(a, key="k")
    assert blocks[1]["text"]["text"] == "Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;!channel&gt;"
    assert ">a &lt; b &gt; c &amp; d" in blocks[3]["text"]["text"]
    assert link("javascript:alert(1)", "x") == "x"
    assert link("https://a.example/p?q=1|2>", "ref|1") == "<https://a.example/p?q=1%7C2%3E|ref¦1>"


def test_a_huge_answer_stays_within_slack_limits():
    a = answer(summary="word " * 3000, conditions=[f"condition {i} " + "x" * 700 for i in range(120)],
               citations=[cite(f"policy.md#{i}", "quoted text " * 800, "https://intranet.example/" + "p" * 2500)
                          for i in range(80)],
               question="q" * 5000 + '"\\' * 500, escalated=False)
    blocks = build_answer_blocks(a, key="k" * 40, event_id="e" * 32, share=True)
    assert len(blocks) <= 50
    validate(blocks)
    for b in blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
    assert blocks[-1]["type"] == "actions"                       # the buttons always survive
    for el in blocks[-1]["elements"]:
        assert len(el["text"]["text"]) <= 75 and len(el["value"]) <= 2000
    assert "More conditions not shown" in json.dumps(blocks) and "Also cited (75 more)" in json.dumps(blocks)
    many = answer(conditions=[], citations=[cite(f"policy.md#{i}", "q " * 1400) for i in range(200)])
    blocks = build_answer_blocks(many, key="k")
    validate(blocks)
    assert len(blocks) <= 50 and blocks[-1]["type"] == "actions"
    from bot.slack.blocks.limits import fit_message, section
    fitted = fit_message([section(str(i)) for i in range(80)], keep_last=1)
    assert len(fitted) == 50 and fitted[-1]["text"]["text"] == "79" and "_31 more not shown" in json.dumps(fitted)
    assert len(build_answer_text(a)) <= 3000
    assert build_answer_text(a).startswith("Allowed with conditions:")


def test_button_values_shrink_the_question_to_fit():
    v = encode_value({"k": "abc", "e": "ev", "q": "é\"\\" * 3000}, shrink="q")
    assert len(v) <= 2000 and decode_value(v)["k"] == "abc"
    assert clip("alpha beta gamma delta epsilon", 25) == "alpha beta gamma delta…"
    assert len(clip("x" * 5000, 3000)) == 3000


ESC = {"escalation_id": 12, "status": "open", "question": "Can I use Gemini for [name]'s minutes?",
       "verdict": "unsure", "summary": "Gemini is not on the register.", "citations": ["policy.md#2.1"],
       "reason": "gemini is not on the AI tools register", "requested_by_user": False}


@pytest.mark.parametrize("state,buttons,shows", [
    ({}, {ids.ACTION_CLAIM, ids.ACTION_ANSWER, ids.ACTION_DISMISS}, "Question for the AI governance team"),
    ({"status": "claimed", "claimed_by": "slack:U0AAA"}, {ids.ACTION_ANSWER, ids.ACTION_DISMISS}, "Claimed by <@U0AAA>"),
    ({"status": "answered", "answered_by": "slack:U0AAA", "governance_verdict": "not_allowed",
      "answer_text": "No.", "ruling_id": "R-2"}, set(), "Answered by <@U0AAA>"),
    ({"status": "dismissed", "dismissed_by": "teams:aad-1", "dismiss_reason": "duplicate"}, set(),
     "Dismissed by teams:aad-1: duplicate"),
])
def test_governance_message_in_each_state(state, buttons, shows):
    blocks = build_escalation_blocks(ESC | state)
    validate(blocks)
    dumped = json.dumps(blocks)
    assert shows in dumped and "[name]" in dumped and "Unsure" in dumped and "Why it's here" in dumped
    found = {el["action_id"] for b in blocks if b["type"] == "actions" for el in b["elements"]}
    assert found == buttons
    if buttons:
        assert all(decode_value(el["value"]) == {"esc": 12} for b in blocks if b["type"] == "actions"
                   for el in b["elements"])


def test_modals_are_valid_views_and_submissions_read_back():
    for modal in (build_answer_modal(ESC, channel="C0GOV", message_ts="1.2"), build_dismiss_modal(ESC)):
        View(**modal).validate_json()
        assert json.loads(modal["private_metadata"])["esc"] == 12
    modal = build_answer_modal(ESC | {"question": "q" * 9000})
    View(**modal).validate_json()
    values = {"verdict": {"verdict_select": {"selected_option": {"value": "allowed"}}},
              "answer": {"answer_text": {"value": "  Yes.  "}},
              "publish": {"publish_ruling": {"selected_options": []}}}
    assert read_answer_submission({"state": {"values": values}}) == ("allowed", "Yes.", False)


def test_relay_names_the_verdict_and_the_ruling():
    text, blocks = build_relay({"status": "answered", "verdict": "not_allowed", "verdict_words": "Not allowed",
                                "answer": "No: it is special category data.", "question": "q",
                                "ruling_ref": "governance-rulings#R-3"})
    validate(blocks)
    assert text.startswith("The AI governance team answered your question: Not allowed.")
    assert "governance-rulings#R-3" in json.dumps(blocks)
    text, _ = build_relay({"status": "dismissed", "reason": "duplicate", "question": "q"})
    assert text.endswith("closed it: duplicate")


def test_suggested_prompts_fit_the_assistant_limits():
    prompts = build_suggested_prompts()
    assert 1 <= len(prompts) <= 4 and all(p["title"] and p["message"] for p in prompts)


def test_question_text_undoes_slack_markup():
    assert question_text("<@UBOT> can I email <mailto:jo@x.gov.uk|jo@x.gov.uk> &amp; <@U0OTHER|bob> "
                         "in <#C0123|general> about <https://a.example|this>?", "UBOT") == \
        "can I email jo@x.gov.uk & a colleague in #general about this?"
