"""Tools read from policy text when a knowledge folder has no register CSV (bot.engine.derived)."""
from __future__ import annotations

from index.models import Clause
from bot.engine.derived import derive_register


def clauses(*texts: str) -> list[Clause]:
    return [Clause(source="policy.md", id=f"{n}.1", heading="Tools", text=t) for n, t in enumerate(texts, 1)]


def entries(*texts: str) -> dict:
    return {e.tool: e for e in derive_register(clauses(*texts))}


def test_permissions_kinds_and_bans_are_read_per_tool():
    e = entries(
        "Microsoft 365 Copilot Chat may be used with public and internal information. It must not be used "
        "with personal information, other than the work details that Appendix A.2 treats as internal.",
        "Public tools such as ChatGPT and Gemini may be used only with public information.",
        "DeepSeek, Grammarly and Otter.ai were prohibited when this policy was approved.",
    )
    assert e["Microsoft 365 Copilot Chat"].status == "approved"
    assert e["Microsoft 365 Copilot Chat"].data_allowed == ("public", "internal")   # "A.2 ... internal" is an exception
    assert "copilot chat" in e["Microsoft 365 Copilot Chat"].aliases
    assert e["ChatGPT"].data_allowed == ("public",) and e["Gemini"].data_allowed == ("public",)
    assert {e[t].status for t in ("DeepSeek", "Grammarly", "Otter.ai")} == {"prohibited"}
    assert all(r.startswith("policy.md#") for r in e["DeepSeek"].clauses)


def test_a_ban_nearby_is_not_a_ban_of_the_tool():
    e = entries(
        "Digital Services allocates Microsoft 365 Copilot licences to named staff and removes prohibited tools from devices.",
        "A licence holder may use Microsoft 365 Copilot with public, internal and personal information.",
        "General-purpose tools, including Microsoft 365 Copilot, must not be used to generate diagnoses.",
    )
    m = e["Microsoft 365 Copilot"]
    assert m.status != "prohibited"
    assert "personal" in m.data_allowed


def test_an_open_question_is_not_a_permission():
    e = entries("AI agents: whether staff may use agents built with Microsoft Copilot Studio has not been settled.",
                "Whether staff may use Copilot Studio agents is a question for the board.")
    assert "Microsoft Copilot Studio" not in e and "Copilot Studio" not in e


def test_the_caution_wins_when_text_both_allows_and_bans():
    e = entries("Grammarly may be used for spelling checks.", "Grammarly is now prohibited for council business.")
    assert e["Grammarly"].status == "prohibited"


def test_a_role_that_approves_is_not_a_tool():
    e = entries(
        "Microsoft 365 Copilot Chat may be used with public and internal information.",
        "Where this policy does not deal with a situation, staff should ask the Clerk before going ahead. "
        "The Clerk will decide, and may refer the matter to the Board.",
        "Such questions go to the Clerk, who may take advice from the solicitors.",
    )
    assert "Microsoft 365 Copilot Chat" in e
    assert not any(w in t.lower() for t in e for w in ("clerk", "officer")), sorted(e)


def test_the_organisation_blocking_named_services_bans_them():
    e = entries("On national cyber security advice the Trust blocks certain AI services, currently including "
                "DeepSeek and Manus.",
                "Staff may use tools such as ChatGPT with public information.")
    assert e["DeepSeek"].status == "prohibited" and e["Manus"].status == "prohibited"
    assert e["ChatGPT"].status != "prohibited"


def test_a_ban_on_a_way_of_reaching_an_allowed_tool_does_not_ban_the_tool():
    """"The Gemini app signed in with a personal Google account is not approved" bans a way of
    reaching Gemini, not Gemini, where the policy allows Gemini elsewhere."""
    e = entries(
        "Gemini for Education may be used with public and internal information.",
        "The same product used through a personal or free account, for example the Gemini app signed in "
        "with a personal Google account, is not approved.",
    )
    assert e["Gemini"].status == "approved"           # (its entry carries the longer name's product)
    assert e["Gemini"].data_allowed == ("public", "internal")


def test_a_sentence_saying_something_is_not_the_tool_does_not_ban_it():
    e = entries(
        "Staff may use Copilot Chat when signed in with their work account. It may be used with internal information.",
        "The Copilot website used without signing in is not Copilot Chat for the purposes of this policy and is not approved.",
    )
    assert e["Copilot Chat"].status != "prohibited"


def test_a_tool_banned_only_through_a_personal_account_and_allowed_nowhere_stays_prohibited():
    """Where the policy allows no way of reaching it, a variant ban still bans the tool: a wrong
    yes is worse than a needless no."""
    e = entries("ChatGPT used with a personal account is not approved.")
    assert e["ChatGPT"].status == "prohibited"


def test_a_ban_on_some_people_restricts_the_tool_to_the_others():
    e = entries("A pilot group holds twenty licences. Staff outside the pilot group must not use Microsoft 365 Copilot.")
    assert e["Microsoft 365 Copilot"].status == "restricted"
    assert "personal" not in e["Microsoft 365 Copilot"].data_allowed


def test_the_policys_own_name_for_a_product_is_read_as_the_product():
    """"Council Copilot means Microsoft 365 Copilot Chat used while signed in ...": rules written
    with "Council Copilot" are about Copilot Chat."""
    e = entries(
        "Council Copilot means Microsoft 365 Copilot Chat used while signed in with your work account.",
        "Council Internal information may be used only with Council Copilot.",
    )
    chat = e["Microsoft 365 Copilot Chat"]
    assert chat.status == "approved" and "internal" in chat.data_allowed
    # (not an alias: "council" and "force" in a question are no product names)
    assert "council copilot" not in chat.aliases


def test_a_sentence_that_only_mentions_a_product_defines_no_name():
    from bot.engine.derived import own_names
    assert own_names(clauses("The Digital Board is responsible for approving Microsoft 365 Copilot licences.",
                             "Everything else is ChatGPT-style public tools.")) == {}


def test_nothing_else_is_allowed_names_no_approved_tool():
    """"Nothing else is allowed for practice work: not ChatGPT, Gemini or other chatbots" (round 27,
    eskdalemp) had read ChatGPT and Gemini as approved: "is allowed" was the sentence's verb."""
    e = entries(
        "Microsoft 365 Copilot Chat may be used for practice work with internal information.",
        "Nothing else is allowed for practice work: not ChatGPT, Gemini or other chatbots, not Copilot on your personal account.",
        "No other AI tools are allowed for practice work, including Claude.",
    )
    assert e["Microsoft 365 Copilot Chat"].status == "approved"
    for name in ("ChatGPT", "Gemini", "Claude"):
        assert name not in e or e[name].status != "approved", e.get(name)
