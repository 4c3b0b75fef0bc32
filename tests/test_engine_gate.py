"""A yes must be earned (bot/engine/gate.py): each condition on its own stops a yes that the
register and the rule matching would otherwise give, end to end on a real index.

One invented organisation (Fenmoor Water Board) whose policy words its rules unlike the questions,
so only the gate's topics, variants, data kinds and language check can stop the yes."""
from __future__ import annotations

import os

import numpy as np
import pytest

from bot.engine.gate import GateContext, earn_yes, reads_english
from bot.engine.decide import Decision
from bot.engine.models import Verdict
from bot.engine.pipeline import Engine
from bot.engine.topics import TopicModel, load_topics
from index.build import build_index
from index.models import RegisterEntry

POLICY = "fwb-ai-policy.md"

POLICY_MD = """# Fenmoor Water Board: Generative AI Policy

## 1. Scope

1.1 This policy applies to everyone who works for the Board.

## 2. Tools

2.1 The tools register lists the AI tools staff may use and the information each may take.

## 3. Individuals

3.1 Generative AI must not be used to make or recommend decisions about individual customers, such as
eligibility for the social tariff or the outcome of a hardship application.

## 4. Likeness

4.1 No one may create images, video or audio that depict a real, identifiable person with AI.

## 5. Everyday use

5.1 Staff should check everything an AI tool produces before they rely on it.
"""

REGISTER_CSV = f"""tool,aliases,status,data_allowed,conditions,clauses
Quillmate,Quill Mate,approved,public;internal;personal,Sign in with your Board account.,{POLICY}#2.1
Quillmate Lab,Quill,restricted,public,Data science team only.,{POLICY}#2.1
Fenmoor Assist,Assist,approved,public;internal,Sign in with your Board account.,{POLICY}#2.1
"""

def held(a) -> bool:
    """A "not until a person confirms it": a no, escalated with the reason (decide.not_until_confirmed)."""
    return a.verdict == Verdict.not_allowed and a.escalated and bool(a.escalation_reason)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    root = tmp_path_factory.mktemp("gate")
    k = root / "knowledge"
    k.mkdir()
    (k / POLICY).write_text(POLICY_MD, encoding="utf-8")
    (k / "fwb-tools.csv").write_text(REGISTER_CSV, encoding="utf-8")
    build_index(k, root / "home", embed_model=onnx_embed)
    yield Engine.open(root / "home", embed_model=onnx_embed)
    if saved is not None:
        os.environ["POLICYBOT_CHROMA_URL"] = saved


def test_an_earned_yes_stands(engine):
    a = engine.answer("can I use Fenmoor Assist to draft the newsletter article about the new reservoir walk?")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary
    assert not a.escalated


def test_a_rule_on_the_same_topic_stops_the_yes(engine):
    # the policy says "decisions about individual customers"; the question never uses those words
    a = engine.answer("can Fenmoor Assist help the panel work out which family should get help with their bill?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
    assert a.escalated and a.escalation_reason
    assert any(c.ref == f"{POLICY}#3.1" for c in a.citations[:3]), [c.ref for c in a.citations]


def test_a_likeness_rule_stops_the_yes(engine):
    a = engine.answer("can Fenmoor Assist make a cartoon of our chief engineer for his retirement card?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_information_described_without_keywords_stops_the_yes(engine):
    # Fenmoor Assist may not take personal data; "off with stress" is about a person's health
    a = engine.answer("my colleague has been off with stress for six weeks, can Fenmoor Assist summarise "
                      "the notes from her return to work meeting?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_a_variant_the_row_does_not_cover_stops_the_yes(engine):
    plain = engine.answer("can I use Quillmate to draft the newsletter article about the reservoir walk?")
    assert plain.verdict in (Verdict.allowed, Verdict.conditional)
    a = engine.answer("can I use Quillmate on my personal account to draft the newsletter article about the reservoir walk?")
    assert held(a) and a.escalated, a.summary
    assert "personal account" in a.escalation_reason


def test_an_ambiguous_name_resolves_to_the_most_restrictive_row(engine):
    # "Quill" names Quillmate Lab (public only) and, by its shared word, Quillmate (personal allowed)
    a = engine.answer("can quill summarise our internal board paper on leakage targets?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_a_question_in_another_language_gets_no_yes(engine):
    english = engine.answer("can I use Fenmoor Assist to draft a poster about the reservoir walk?")
    assert english.verdict in (Verdict.allowed, Verdict.conditional)
    welsh = engine.answer("Ydy hi'n iawn i mi ddefnyddio Fenmoor Assist i ysgrifennu poster am y daith gerdded?")
    assert welsh.verdict == Verdict.unsure and welsh.escalated
    # an English product word ("chat") and "am" in a Welsh question do not make it English
    chat = engine.answer("Ga i ddefnyddio Fenmoor Assist chat i grynhoi adroddiad mewnol am y gyllideb?")
    assert chat.verdict == Verdict.unsure and chat.escalated, chat.summary
    gaelic = engine.answer("Am faod mi Fenmoor Assist a chleachdadh airson litir a sgrìobhadh?")
    assert gaelic.verdict == Verdict.unsure and gaelic.escalated, gaelic.summary


def test_reads_english():
    assert reads_english("can i use it for the rota")
    assert reads_english("ok?")
    assert not reads_english("Alla i roi manylion cleifion i mewn i Gemini?")


def test_earn_yes_leaves_a_no_alone(engine):
    d = Decision(Verdict.not_allowed, "use_prohibited")
    assert earn_yes(d, None, engine.kb, engine.gate, None, np.zeros(0)) is d


def test_topics_file_is_well_formed(onnx_embed):
    topics = load_topics()
    assert len({t.id for t in topics}) == len(topics) > 10
    assert sum(t.baseline for t in topics) == 1
    for t in topics:
        assert t.description and len(t.examples) >= 2, t.id
    model = TopicModel(lambda texts: onnx_embed.embed_texts(texts), topics)
    v = np.asarray(onnx_embed.embed_texts(["make a caricature of the mayor for the christmas card"]))
    best = model.ids[int(np.argmax(model.scores(v)[0]))]
    assert best == "likeness_of_real_people"


def test_gate_context_reads_rules_with_topics(engine):
    ctx: GateContext = engine.gate
    refs = {engine.kb.sentences[i].ref for i in ctx.rule_index}
    assert f"{POLICY}#3.1" in refs and f"{POLICY}#4.1" in refs
    assert f"{POLICY}#5.1" not in refs


ROW_POLICY = "kr-policy.md"


def test_a_register_rows_own_exclusion_stops_the_yes(tmp_path, onnx_embed):
    """"switched off when using the case system" in the row's conditions: a question about using
    the tool in that system gets no yes, though the row approves the tool for the information."""
    k = tmp_path / "k"
    k.mkdir()
    (k / ROW_POLICY).write_text("# Kestrel Rivers Trust: AI\n\n## 1. Tools\n\n1.1 The register lists the tools.\n",
                                encoding="utf-8")
    (k / "kr-tools.csv").write_text(
        "tool,aliases,status,data_allowed,conditions,clauses\n"
        "Wordwise,Wordwise Pro,approved,public;internal,The browser extension must be switched off when "
        f"using the Heronfield case system.,{ROW_POLICY}#1.1\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    plain = eng.answer("can I use Wordwise to check the spelling of our internal newsletter?")
    assert plain.verdict in (Verdict.allowed, Verdict.conditional), plain.summary
    a = eng.answer("can I leave Wordwise running while I type notes into Heronfield?")
    assert held(a) and a.escalated, a.summary
    assert "Heronfield" in a.escalation_reason


def test_an_unmet_precondition_stops_the_yes(engine):
    a = engine.answer("my AI training certificate expired last month, can I keep using Fenmoor Assist to draft "
                      "the newsletter article about the reservoir walk?")
    assert held(a) and a.escalated, a.summary


def test_a_tool_someone_else_runs_is_no_approved_tool(engine):
    a = engine.answer("the supplier's AI notetaker joins our project meeting on leakage targets, is that ok?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_the_ai_built_into_other_software_is_not_the_listed_chat_tool(engine):
    a = engine.answer("can I use Fenmoor Assist in Outlook to summarise my inbox about the reservoir walk?")
    assert held(a) and "built into other software" in a.escalation_reason, a.summary


def test_a_ban_with_a_condition_on_a_circumstance_topic_is_a_condition(tmp_path, onnx_embed):
    """"must not be published unless labelled" limits how publishing is done: it does not stop a
    yes to drafting a press release (while an outright ban on the same topic would)."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text("# Policy\n\n## 1. Tools\n\n1.1 The register lists the tools.\n\n## 2. Publishing\n\n"
                            "2.1 AI-generated text and images must not be published unless they are labelled as AI-generated.\n",
                            encoding="utf-8")
    (k / "t.csv").write_text("tool,aliases,status,data_allowed,conditions,clauses\n"
                             "Quillbox,,approved,public;internal,Sign in with your work account.,p.md#1.1\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    a = eng.answer("can I use Quillbox to draft a press release about the new library opening hours?")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_phrase_pattern_whole_words_endings_and_empty_lists():
    from bot.engine.topics import phrase_pattern
    p = phrase_pattern(["free version*", "api"])
    assert p.search("the Free Versions of it") and p.search("our API key")
    assert not p.search("rapid response") and not p.search("the version")
    assert not phrase_pattern([]).search("anything at all")


def test_a_clear_ban_on_the_questions_topic_is_a_no_with_a_person_asked(engine):
    """An unqualified ban sharing an activity topic with the question answers "no", quoting the
    ban, and still asks the governance team (the question may be an exception)."""
    a = engine.answer("can Fenmoor Assist help the panel work out which family should get help with their bill?")
    assert a.verdict == Verdict.not_allowed, a.summary
    assert a.escalated and f"{POLICY}#3.1" in a.escalation_reason
    assert a.citations[0].ref == f"{POLICY}#3.1"


def test_use_outside_the_organisations_work_is_not_what_the_row_covers(engine):
    a = engine.answer("is it ok to use Fenmoor Assist for personal stuff on my lunch break, like planning a holiday?")
    assert held(a) and a.escalated, a.summary
    assert "outside the organisation's own work" in a.escalation_reason


def test_output_sent_without_a_person_checking_it_gets_no_yes(engine):
    plain = engine.answer("can Fenmoor Assist draft replies to the newsletter sign-up emails?")
    assert plain.verdict in (Verdict.allowed, Verdict.conditional), plain.summary
    a = engine.answer("can Fenmoor Assist draft replies to the newsletter sign-up emails and just send them out? "
                      "nobody has time to check them")
    assert held(a) and a.escalated, a.summary


def test_a_negated_topic_term_does_not_put_the_question_on_the_topic(onnx_embed):
    tm = TopicModel(lambda texts: onnx_embed.embed_texts(texts), load_topics())
    j = tm.ids.index("confidential_and_unpublished")
    assert tm.term_hits("can it summarise the confidential report?")[j] == 1.0
    assert tm.term_hits("brainstorm titles for the annual report? nothing confidential")[j] == 0.0
    assert tm.term_hits("it's not confidential, can I paste it in")[j] == 0.0


@pytest.fixture(scope="module")
def teams_row_engine(tmp_path_factory, onnx_embed):
    root = tmp_path_factory.mktemp("gate-way")
    k = root / "k"
    k.mkdir()
    (k / "p.md").write_text(
        "# Policy\n\n## 1. Tools\n\n1.1 The register lists the tools.\n\n## 2. Information\n\n"
        "2.1 Information that has not been published must never be entered into any AI tool.\n", encoding="utf-8")
    (k / "t.csv").write_text("tool,aliases,status,data_allowed,conditions,clauses\n"
                             "Brightdesk,,approved,public;internal,Use it in the browser or in the Brightdesk app in Teams.,p.md#1.1\n",
                             encoding="utf-8")
    build_index(k, root / "home", embed_model=onnx_embed)
    return Engine.open(root / "home", embed_model=onnx_embed)


def test_a_row_naming_one_app_does_not_cover_the_ai_built_into_another(teams_row_engine):
    eng = teams_row_engine
    teams = eng.answer("can I use Brightdesk in Teams to draft the agenda for the depot meeting?")
    assert teams.verdict in (Verdict.allowed, Verdict.conditional), teams.summary
    outlook = eng.answer("can I use Brightdesk in Outlook to draft the agenda for the depot meeting?")
    assert held(outlook) and "built into other software" in outlook.escalation_reason, outlook.summary


def test_unpublished_material_meets_the_rule_on_unpublished_information(teams_row_engine):
    eng = teams_row_engine
    plain = eng.answer("can Brightdesk summarise the published annual report for the team briefing?")
    assert plain.verdict in (Verdict.allowed, Verdict.conditional), plain.summary
    a = eng.answer("the ministry sent over an unpublished draft of the consultation, can Brightdesk summarise it for my director?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_a_row_that_rules_a_way_out_does_not_cover_it(tmp_path, onnx_embed):
    """"Personal or consumer versions must not be used" mentions personal accounts without
    covering them: a question about a personal login is not that row's yes."""
    k = tmp_path / "k"
    k.mkdir()
    (k / "p.md").write_text("# Policy\n\n## 1. Tools\n\n1.1 The register lists the tools.\n", encoding="utf-8")
    (k / "t.csv").write_text("tool,aliases,status,data_allowed,conditions,clauses\n"
                             "Draftwell,,approved,public;internal,Sign in with your work account. Personal or consumer "
                             "versions must not be used.,p.md#1.1\n", encoding="utf-8")
    build_index(k, tmp_path / "home", embed_model=onnx_embed)
    eng = Engine.open(tmp_path / "home", embed_model=onnx_embed)
    plain = eng.answer("can I use Draftwell to draft the agenda for the depot meeting?")
    assert plain.verdict in (Verdict.allowed, Verdict.conditional), plain.summary
    a = eng.answer("can I use Draftwell with my personal hotmail login to draft the agenda for the depot meeting?")
    assert held(a) and "personal account" in a.escalation_reason, a.summary


@pytest.mark.parametrize("q", [
    "the customer said she didn't want it on - can i leave quillmate recording the call anyway?",
    "one of the crew objected to the recording, can quillmate still transcribe the briefing?",
    "can i use quillmate on the night shift? i don't think nights are on the pilot list",
    "i don't have a licence yet, can i borrow a colleague's quillmate login?",
])
def test_an_objection_or_being_outside_the_pilot_stops_the_yes(engine, q):
    a = engine.answer(q)
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_precondition_unmet_says_what_is_missing():
    from bot.engine.gate import precondition_unmet
    assert "objected" in precondition_unmet("he said he wasn't comfortable being recorded")
    assert "pilot" in precondition_unmet("our ward isn't on the pilot")
    assert "training" in precondition_unmet("my training has expired, can I still use it")
    assert precondition_unmet("we're in the pilot, can I use it in clinic today?") is None
    assert precondition_unmet("i'm a licence holder - can it summarise the meeting?") is None


FAMILY_CSV = f"""tool,aliases,status,data_allowed,conditions,clauses
Wrenly Chat,Wrenly web chat,approved,public;internal,Available to all staff with a Board account.,{POLICY}#2.1
Wrenly for Office,Wrenly in Word;Wrenly in Outlook,prohibited,,Not licensed at the Board.,{POLICY}#2.1
Wrenly Code,Wrenly for developers,restricted,internal,Digital team only.,{POLICY}#2.1
"""


@pytest.fixture(scope="module")
def family(tmp_path_factory, onnx_embed):
    from tests.conftest import engine_from
    return engine_from(tmp_path_factory.mktemp("family"), {POLICY: POLICY_MD, "fwb-tools.csv": FAMILY_CSV}, onnx_embed)


def test_a_family_name_means_the_edition_everyone_has(family):
    # "wrenly" fits all three rows; nothing in the question points at the Office or Code editions
    a = family.answer("can wrenly help me draft the newsletter article about the reservoir walk?")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary
    assert a.tool == "Wrenly Chat"
    assert not a.escalated


def test_a_family_name_with_that_editions_data_limits_is_a_no(family):
    # the everyday edition takes public and internal information only
    a = family.answer("can wrenly summarise the notes from my return to work meeting with Dev about his cancer treatment?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


@pytest.mark.parametrize("question", [
    "I have a wrenly licence, can it draft the newsletter article about the reservoir walk?",
    "can wrenly in outlook draft a reply about the reservoir walk?",
])
def test_a_question_naming_another_edition_gets_no_yes_from_the_everyday_one(family, question):
    a = family.answer(question)
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary


def test_meant_row_drops_rows_whose_name_adds_a_word_the_question_lacks():
    from bot.engine.gate import meant_row
    from index.models import RegisterEntry
    chat = RegisterEntry(source="t.csv", tool="Wrenly Chat", aliases=("Wrenly web chat",), status="approved",
                         data_allowed=("public", "internal"), conditions="", clauses=())
    office = RegisterEntry(source="t.csv", tool="Wrenly for Office", aliases=(), status="prohibited",
                           data_allowed=(), conditions="", clauses=())
    code = RegisterEntry(source="t.csv", tool="Wrenly Code", aliases=(), status="approved",
                         data_allowed=("public", "internal", "personal"), conditions="", clauses=())
    assert meant_row("can wrenly draft a poster", [chat, office, code]) is chat
    assert meant_row("can wrenly code write a parser", [chat, office, code]) is code
    assert meant_row("with my paid wrenly can I draft a poster", [chat, office, code]) is None
    assert meant_row("can wrenly draft a poster", [office]) is None


@pytest.fixture(scope="module")
def brigade(tmp_path_factory, onnx_embed):
    from conftest import engine_from
    policy = ("# Brigade AI policy\n\n## 1. Tools\n\n1.1 The register lists the AI tools staff may use.\n\n"
              "## 2. Operations\n\n2.1 Generative AI must not be used to make, inform or check a command "
              "judgement at a callout, whether or not any information is entered.\n")
    register = ("tool,aliases,status,data_allowed,conditions,clauses\n"
                "ChatGPT,,approved,public,Only published information.,p.md#1.1\n")
    return engine_from(tmp_path_factory.mktemp("brigade"), {"p.md": policy, "t.csv": register}, onnx_embed)


def test_a_question_asked_on_the_way_to_an_incident_meets_the_rule_on_operations(brigade):
    """The operational-response topic (topics.yaml): a crew asking on the way to a job is asking
    for an operational decision, though it shares no word with "command judgement at a callout"."""
    a = brigade.answer("on the way to a job can i ask chatgpt how to deal with a lithium battery fire in a "
                       "bin store, just for a quick steer before we get there")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
    quiz = brigade.answer("can i use chatgpt to make some quiz questions on fire behaviour for the trainees? "
                          "generic stuff")
    assert quiz.verdict in (Verdict.allowed, Verdict.conditional), quiz.summary


def _row(conditions: str):
    return RegisterEntry(source="policy.md", tool="Microsoft 365 Copilot Chat", aliases=("copilot chat",), status="approved",
                         data_allowed=("public", "internal"), conditions=conditions, clauses=("policy.md#4.3",))


@pytest.mark.parametrize("conditions, question, covered", [
    # a limit to named devices covers no personal device
    ("Copilot Chat may be used only on Force-managed laptops and on Force-issued smartphones.",
     "can i use copilot chat on my home ipad", False),
    # a personal device allowed only through a named way: covered when the question names that way
    ("Copilot Chat may be used on a personally owned phone or tablet only through the Teams app enrolled in Intune.",
     "can i use copilot chat on my own ipad through the teams app", True),
    ("Copilot Chat may be used on a personally owned phone or tablet only through the Teams app enrolled in Intune.",
     "can i use copilot chat on my own laptop at home through the browser", False),
])
def test_a_row_covers_a_personal_device_only_in_the_way_it_allows(conditions, question, covered):
    from bot.engine.gate import _variant
    v = _variant(question, _row(conditions))
    assert (v is None) is covered


def test_a_part_2_paper_is_confidential_material():
    """"the part 2 board paper", "the pink papers": exempt from publication, so the confidential
    topic's terms name them (bot/engine/data/topics.yaml)."""
    from bot.engine.gate import phrase_pattern
    topics = {t.id: t for t in load_topics()}
    terms = phrase_pattern(topics["confidential_and_unpublished"].terms)
    assert terms.search("can i put the part 2 board paper on the deficit plan into copilot")
    assert terms.search("ive got the pink papers for next weeks cabinet")
    assert not terms.search("can copilot summarise part 1 of the published strategy")
