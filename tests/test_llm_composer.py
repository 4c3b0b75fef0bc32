"""The optional LLM composer (issue 9) against a loopback OpenAI-compatible stub (tests/llm_stub.py):
good output is used; malformed, over-confident (flip to yes, uncited clause, invented quote) and
slow output is rejected and the deterministic answer returned; nothing personal is sent; with
the composer off no LLM package is imported."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.llm import LLMSettings, settings_from_env
from bot.engine.llm import guard
from bot.engine.llm.composer import candidates_for, compose_answer
from bot.engine.models import Answer, Citation, Verdict
from conftest import write_knowledge
from llm_stub import LLMStub

pytest.importorskip("llama_index.llms.openai_like")

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "Can I paste a resident's safeguarding notes into Copilot Chat?",
    "Can I use ChatGPT for council work?",
    "Can I use Copilot Chat to summarise an internal report?",
    "What does the policy say about checking AI output for accuracy?",
    "Can I use Midjourney to make posters?",
    "Ga i ddefnyddio Copilot Chat i grynhoi adroddiad mewnol am y gyllideb?",
]
NOT_ALLOWED_Q = "Can I use ChatGPT for council work?"
HELD_Q = "Can I use Midjourney to make posters?"       # not on the register: no until approved
UNSURE_Q = "Ga i ddefnyddio Copilot Chat i grynhoi adroddiad mewnol am y gyllideb?"   # Welsh: the engine can't read it
PII = ["QQ 12 34 56 C", "jo.bloggs@example.org", "07700 900123", "Sarah Jones", "SW1A 1AA"]
PII_Q = ("Can I paste Mrs Sarah Jones's case (NI QQ 12 34 56 C, jo.bloggs@example.org, 07700 900123, "
         "SW1A 1AA) into ChatGPT?")
PROXY_VARS = [v for v in os.environ if v.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    from index.build import build_index
    from bot.engine.pipeline import Engine
    root = tmp_path_factory.mktemp("llm")
    home = root / "home"
    build_index(write_knowledge(root / "knowledge"), home, embed_model=onnx_embed)
    return Engine.open(home, embed_model=onnx_embed)


@pytest.fixture(scope="module")
def deterministic(engine):
    saved = os.environ.pop("POLICYBOT_LLM", None)
    try:
        return {q: engine.answer(q) for q in QUESTIONS + [PII_Q]}
    finally:
        if saved is not None:
            os.environ["POLICYBOT_LLM"] = saved


@pytest.fixture(scope="module")
def stub():
    with LLMStub("good") as s:
        yield s


@pytest.fixture
def llm_on(stub, monkeypatch):
    for v in PROXY_VARS:
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setenv("POLICYBOT_LLM", "openai")
    monkeypatch.setenv("POLICYBOT_LLM_ENDPOINT", stub.url)
    monkeypatch.setenv("POLICYBOT_LLM_MODEL", "stub-model")
    # generous: a loaded machine must not turn a good reply into a timeout (issue 17 item 7)
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "60")
    stub.mode, stub.delay, stub.settle_citation, stub.settle_confidence = "good", 120.0, None, 0.95
    stub.release.clear()
    stub.replied = 0
    stub.settle_verdict = "allowed"
    stub.requests.clear()
    return stub


def _same(a: Answer, b: Answer) -> bool:
    return a.to_contract() == b.to_contract()


# ---------------------------------------------------------------------------- pure guard rails
def test_verdict_moves_only_towards_caution():
    V = Verdict
    ok = guard.verdict_move_ok
    assert ok(V.allowed, V.conditional) and ok(V.allowed, V.not_allowed) and ok(V.allowed, V.unsure)
    assert ok(V.conditional, V.unsure) and ok(V.conditional, V.not_allowed)
    assert not ok(V.conditional, V.allowed)
    for new in (V.allowed, V.conditional, V.unsure, V.info):
        assert not ok(V.not_allowed, new)
    assert not ok(V.unsure, V.allowed) and not ok(V.unsure, V.not_allowed)
    assert ok(V.unsure, V.allowed, unsure_settled=True) and not ok(V.unsure, V.info, unsure_settled=True)
    assert not ok(V.info, V.allowed) and not ok(V.out_of_scope, V.not_allowed)


def test_parse_reply_and_rule_statements():
    assert guard.parse_reply('```json\n{"verdict": "allowed", "summary": "ok"}\n```').verdict == Verdict.allowed
    for bad in ("", "yes", "[1]", '{"verdict": "maybe", "summary": "x"}', '{"summary": "x"}'):
        with pytest.raises(guard.Rejected):
            guard.parse_reply(bad)
    assert guard.states_rule(Verdict.not_allowed, ["Staff must not use personal accounts."])
    assert guard.states_rule(Verdict.conditional, ["Developers may use a coding assistant on approved repositories."])
    assert not guard.states_rule(Verdict.allowed, ["A tool that is not on the register must be approved before it is used."])
    assert not guard.states_rule(Verdict.allowed, ["Images may be used internally, never in published material."])


def test_an_undecided_point_is_never_settled_by_the_llm():
    undecided = ("Whether agentic AI may be used, including agents built with Copilot Studio, has not yet "
                 "been decided and is not settled by this version of the policy.")
    cand = {"p.md#10.4": guard.Candidate("p.md#10.4", "p.md", "10.4", "Agents", undecided)}
    det = Answer(question="q", verdict=Verdict.unsure, summary="Unsure.", escalated=True,
                 citations=[Citation(ref="p.md#10.4", source="p.md", clause="10.4", heading="Agents", quote=undecided)])
    reply = guard.Reply(verdict=Verdict.allowed, summary="Yes.", settled=True, confidence=0.99,
                        citations=[{"ref": "p.md#10.4", "quote": undecided}])
    cits = [c.model_copy() for c in det.citations]
    assert guard.states_rule(Verdict.allowed, ["Agents may be used for filing."])
    assert not guard.states_rule(Verdict.allowed, [undecided])
    assert not guard.may_settle(det, reply, cits, cand)


def test_summary_quotes_and_personal_data_are_checked():
    cand = {"p.md#3.1": guard.Candidate("p.md#3.1", "p.md", "3.1", "Data", "Staff must not enter personal data into a tool.")}
    ok = guard.Reply(verdict=Verdict.not_allowed, summary="No: \u201cStaff must not enter personal data\u201d.")
    guard.check_text(ok, cand)
    for summary in ("No: \u201cStaff may enter any data they like into a tool\u201d.",
                    "No. Ask Mrs Sarah Jones on 07700 900123 first."):
        with pytest.raises(guard.Rejected):
            guard.check_text(guard.Reply(verdict=Verdict.not_allowed, summary=summary), cand)


def test_settings_from_env():
    assert not settings_from_env({}).enabled
    assert not settings_from_env({"POLICYBOT_LLM": "bogus"}).enabled
    s = settings_from_env({"POLICYBOT_LLM": "azure", "AZURE_OPENAI_ENDPOINT": "https://x.example",
                           "AZURE_OPENAI_API_KEY": "k", "POLICYBOT_LLM_MODEL": "gpt", "POLICYBOT_LLM_TIMEOUT": "x"})
    assert (s.provider, s.endpoint, s.api_key, s.azure_deployment, s.timeout) == ("azure", "https://x.example", "k", "gpt", 8.0)
    assert "k" not in s.describe().split("=")[-1] and settings_from_env({"POLICYBOT_LLM": "ollama"}).timeout == 8.0


def test_clients_are_built_from_llama_index_integrations_with_timeouts():
    from bot.engine.llm.client import build_llm
    llm = build_llm(LLMSettings("openai", "http://127.0.0.1:9/v1", "m", None, 3.0))
    assert type(llm).__name__ == "OpenAILike" and llm.timeout == 3.0 and llm.max_retries == 0
    llm = build_llm(LLMSettings("azure", "https://x.example", "m", "k", 4.0, azure_deployment="dep"))
    assert type(llm).__name__ == "AzureOpenAI" and llm.timeout == 4.0 and llm.max_retries == 0
    llm = build_llm(LLMSettings("ollama", "http://127.0.0.1:9", "llama3.2", None, 5.0))
    assert type(llm).__name__ == "Ollama" and llm.request_timeout == 5.0 and llm.json_mode


# ---------------------------------------------------------------------------- against the stub
def test_good_output_rewords_but_keeps_verdict_and_citations(engine, deterministic, llm_on):
    for q in QUESTIONS:
        det, a = deterministic[q], engine.answer(q)
        assert a.verdict == det.verdict and a.escalated == det.escalated, q
        assert [c.ref for c in a.citations] == [c.ref for c in det.citations]
        assert a.summary != det.summary and a.summary.startswith("In short"), q
        assert set(det.conditions) <= set(a.conditions)
        for c in a.citations:
            assert " ".join(c.quote.split()) in " ".join(engine.kb.clauses[c.ref].text.split())
    assert llm_on.requests and all(r["path"].endswith("/chat/completions") for r in llm_on.requests)
    assert llm_on.requests[0]["body"]["model"] == "stub-model"


@pytest.mark.parametrize("mode", ["malformed", "overconfident_flip", "invented_quote"])
def test_unsafe_or_malformed_output_falls_back(engine, deterministic, llm_on, mode, caplog):
    llm_on.mode = mode
    with caplog.at_level(logging.WARNING, logger="policybot.llm"):
        for q in QUESTIONS:
            if mode == "overconfident_flip" and q == UNSURE_Q:
                continue  # unsure -> allowed has its own tests (the high bar)
            assert _same(engine.answer(q), deterministic[q]), (mode, q)
    assert "deterministic answer kept" in caplog.text


def test_flip_from_not_allowed_to_allowed_is_rejected(engine, deterministic, llm_on):
    assert deterministic[NOT_ALLOWED_Q].verdict == Verdict.not_allowed
    llm_on.mode = "overconfident_flip"
    a = engine.answer(NOT_ALLOWED_Q)
    assert a.verdict == Verdict.not_allowed and _same(a, deterministic[NOT_ALLOWED_Q])
    # and the over-confident flip of an unsure (no clause permits it) is rejected as well
    assert deterministic[UNSURE_Q].verdict == Verdict.unsure
    assert _same(engine.answer(UNSURE_Q), deterministic[UNSURE_Q])
    # a "not until a person confirms it" stays a no: only the governance team lifts it
    assert deterministic[HELD_Q].verdict == Verdict.not_allowed and deterministic[HELD_Q].escalated
    assert _same(engine.answer(HELD_Q), deterministic[HELD_Q])


def test_citing_a_clause_retrieval_did_not_return_is_rejected(engine, deterministic, llm_on):
    q = NOT_ALLOWED_Q
    cands, _ = candidates_for(engine, deterministic[q], q, None)
    foreign = next(r for r, c in engine.kb.clauses.items() if r not in cands and c.kind == "clause" and c.text.strip())
    llm_on.foreign = {"ref": foreign, "quote": engine.kb.clauses[foreign].text.strip()[:60]}
    llm_on.mode = "uncited_clause"
    assert _same(engine.answer(q), deterministic[q])


def test_slow_llm_times_out_and_the_deterministic_answer_stands(engine, deterministic, llm_on, caplog,
                                                                monkeypatch):
    # event-based, not a race against the clock: the stub holds its reply until released (at most
    # 120 s), so the answer can only come back before that through the client's timeout
    monkeypatch.setenv("POLICYBOT_LLM_TIMEOUT", "0.5")
    llm_on.mode = "slow"
    try:
        with caplog.at_level(logging.WARNING, logger="policybot.llm"):
            a = engine.answer(NOT_ALLOWED_Q)
        assert llm_on.requests and llm_on.replied == 0 and not llm_on.release.is_set()
        assert _same(a, deterministic[NOT_ALLOWED_Q]) and "deterministic answer kept" in caplog.text
    finally:
        llm_on.release.set()


@pytest.mark.parametrize("provider", ["azure", "ollama"])
def test_azure_and_ollama_providers_compose_through_the_stub(engine, deterministic, llm_on, monkeypatch, provider):
    root = llm_on.url.rsplit("/v1", 1)[0]
    monkeypatch.setenv("POLICYBOT_LLM", provider)
    monkeypatch.setenv("POLICYBOT_LLM_ENDPOINT", root)
    monkeypatch.setenv("AZURE_OPENAI_DEPLOYMENT", "policybot")
    monkeypatch.setenv("POLICYBOT_LLM_API_KEY", "stub-key")
    det, a = deterministic[NOT_ALLOWED_Q], engine.answer(NOT_ALLOWED_Q)
    assert a.verdict == det.verdict and a.summary != det.summary
    path = llm_on.requests[-1]["path"]
    assert path.startswith("/openai/deployments/policybot/chat/completions") if provider == "azure" else path == "/api/chat"
    llm_on.mode = "overconfident_flip"
    assert _same(engine.answer(NOT_ALLOWED_Q), det)


def test_unreachable_endpoint_falls_back(engine, deterministic, llm_on, monkeypatch):
    monkeypatch.setenv("POLICYBOT_LLM_ENDPOINT", "http://127.0.0.1:9/v1")
    assert _same(engine.answer(NOT_ALLOWED_Q), deterministic[NOT_ALLOWED_Q])


def _permissive_candidate(engine, det, q):
    cands, _ = candidates_for(engine, det, q, None)
    from bot.engine.text import sentences
    for ref, c in cands.items():
        for s in sentences(c.text):
            if guard.states_rule(Verdict.allowed, [s]):
                return {"ref": ref, "quote": s}
    return None


def test_unsure_becomes_definite_only_with_a_rule_quote_and_high_confidence(engine, deterministic, llm_on):
    det = deterministic[UNSURE_Q]
    cite = _permissive_candidate(engine, det, UNSURE_Q)
    assert cite is not None
    llm_on.mode, llm_on.settle_citation = "settle", cite
    llm_on.settle_confidence = 0.6                      # not confident enough
    assert _same(engine.answer(UNSURE_Q), det)
    llm_on.settle_confidence = 0.95
    a = engine.answer(UNSURE_Q)
    assert a.verdict == Verdict.allowed and a.citations[0].ref == cite["ref"]
    assert a.escalated and a.confidence <= 0.75          # the governance team still confirms it
    # a quote that states no permission cannot settle it
    llm_on.settle_citation = {"ref": det.citations[0].ref, "quote": det.citations[0].quote}
    assert _same(engine.answer(UNSURE_Q), det)


def test_no_personal_data_is_sent_or_logged(engine, deterministic, llm_on, caplog):
    with caplog.at_level(logging.DEBUG):
        a = engine.answer(PII_Q)
        llm_on.mode = "malformed"
        engine.answer(PII_Q)
    assert len(llm_on.requests) == 2
    sent = json.dumps([r["body"] for r in llm_on.requests], ensure_ascii=False)
    blob = json.dumps(a.to_contract(), ensure_ascii=False) + caplog.text
    for s in PII:
        assert s not in sent and s not in blob, s


def test_compose_answer_is_a_no_op_when_off(engine, deterministic, monkeypatch):
    monkeypatch.delenv("POLICYBOT_LLM", raising=False)
    det = deterministic[NOT_ALLOWED_Q]
    assert compose_answer(engine, det, NOT_ALLOWED_Q) is det


def test_the_unwired_followup_rewrite_is_gone():
    """Issue 17 item 12: the follow-up rewrite was built but never wired into the engine (which
    merges follow-ups itself); it is removed, template included, rather than left as dead code."""
    import bot.engine.llm.composer as composer
    from bot.engine.llm import prompts
    assert not hasattr(composer, "rewrite_followup") and not hasattr(prompts, "REWRITE_FOLLOWUP")
    assert not (ROOT / "prompts" / "rewrite_followup.v1.txt").exists()


def test_off_imports_no_llm_package(tmp_path):
    """With POLICYBOT_LLM unset, answering imports no LLM integration, client or composer.
    (llama-index-core itself imports the empty `llama_index.llms` namespace; no integration under it.)"""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT / 'tests')!r})
from pathlib import Path
from conftest import write_knowledge
from index.build import build_index
from index.embeddings import OnnxMiniLMEmbedding
from bot.engine.pipeline import Engine
emb = OnnxMiniLMEmbedding().load()
home = Path({str(tmp_path / 'home')!r})
build_index(write_knowledge(Path({str(tmp_path / 'k')!r})), home, embed_model=emb)
a = Engine.open(home, embed_model=emb).answer({NOT_ALLOWED_Q!r})
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('openai', 'ollama')
             or m.startswith(('llama_index.llms.', 'bot.engine.llm.client', 'bot.engine.llm.composer')))
print(a.verdict.value, bad)
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_LLM") and k not in PROXY_VARS}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "not_allowed []"


# ---------------------------------------------------------------------------- every sentence (issue 17 item 9)
GRANT_SENTENCES = {
    "yes": ["Yes you can use it.", "But yes, you can use it for this.", "Sure, that works."],
    "you can": ["So you can go ahead.", "You can use it for drafting.", "You are allowed to use it here.",
                "You may still use it for this task."],
    "go ahead": ["Feel free to use it for drafts.", "You're good to go.", "No problem at all.", "Go ahead."],
    "fine": ["That's fine to do.", "It is perfectly acceptable.", "Doing so would be OK.", "This is allowed."],
}
NOT_GRANTS = ["I can't give you a yes or no.", "You cannot go ahead until it is approved.",
              "It is not fine to paste personal data.", "You may not use it.",
              "You can ask the governance team to review this.", "You can use Microsoft 365 Copilot Chat instead.",
              "The policy does not say yes.", "Public tools may be used only with public information."]


@pytest.mark.parametrize("cls, sentence", [(c, s) for c, ss in GRANT_SENTENCES.items() for s in ss])
def test_every_sentence_is_checked_for_a_grant(cls, sentence):
    assert guard.grants(sentence, "ChatGPT") == cls
    for verdict in (Verdict.not_allowed, Verdict.unsure):
        text = f"No: ChatGPT is not approved for council work. It is prohibited by 2.2. {sentence}"
        with pytest.raises(guard.Rejected, match=cls):
            guard.check_grants(verdict, [text], "ChatGPT")
        with pytest.raises(guard.Rejected):            # in an added condition too
            guard.check_grants(verdict, ["Only public information.", sentence], "ChatGPT")
    guard.check_grants(Verdict.allowed, [sentence], "ChatGPT")


@pytest.mark.parametrize("sentence", NOT_GRANTS)
def test_refusals_and_other_permissions_are_not_grants(sentence):
    assert guard.grants(sentence, "ChatGPT") is None
    guard.check_grants(Verdict.not_allowed, [f"No. {sentence}"], "ChatGPT")


def test_another_tool_instead_is_a_grant_when_it_names_the_tool_asked_about():
    assert guard.grants("You can use ChatGPT instead of Gemini.", "ChatGPT") == "you can"


def test_a_conditional_answer_may_not_drop_its_conditions():
    for s in ("Yes, without any conditions.", "You can use it with no restrictions.", "It is unconditionally fine."):
        with pytest.raises(guard.Rejected, match="drops the conditions"):
            guard.check_grants(Verdict.conditional, [s], "Copilot Chat")
    guard.check_grants(Verdict.conditional, ["Yes, with conditions: not without the conditions below."], None)


@pytest.mark.parametrize("sentence", ["So you can go ahead.", "Feel free to use it.", "That's fine to do.",
                                      "Yes you can use it."])
def test_a_late_grant_in_a_no_or_unsure_reply_is_rejected(engine, deterministic, llm_on, sentence):
    llm_on.mode, llm_on.late_sentence = "late_grant", sentence
    for q in (NOT_ALLOWED_Q, UNSURE_Q):
        assert deterministic[q].verdict in (Verdict.not_allowed, Verdict.unsure)
        assert _same(engine.answer(q), deterministic[q]), (sentence, q)


def test_a_harmless_late_sentence_is_kept(engine, deterministic, llm_on):
    llm_on.mode, llm_on.late_sentence = "late_grant", "You can ask the governance team to review this."
    a = engine.answer(NOT_ALLOWED_Q)
    assert a.verdict == Verdict.not_allowed and a.summary.endswith("You can ask the governance team to review this.")
