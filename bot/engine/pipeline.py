"""The answer engine: one redacted question in, one contract answer out.

redact -> understand (intent, tool, data kinds) -> retrieve (hybrid search + sentence vectors)
-> decide (register x data x prohibitions x undecided points) -> cite (verbatim quotes,
validated) -> compose. Platform-neutral: Slack, Teams and the CLI all call Engine.answer."""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import numpy as np

from bot.engine import lexicon as lx
from bot.engine.cite import assemble, mentions_kind, rank_by_relevance, support_scores, validate
from bot.engine.compose import OUT_OF_SCOPE, summary, tool_conditions
from bot.engine.decide import Decision, decide_permission, not_until_confirmed
from bot.engine.evidence import match
from bot.engine.gate import GateContext, earn_yes, is_rule, signals
from bot.engine.policy_model import PolicyModel, compile_model, corrected_entries, unlisted_tool_decision
from bot.engine.knowledge import Knowledge, build_knowledge, distinctive_terms
from bot.engine.llm import enabled as llm_enabled
from bot.engine.models import Answer, Citation, Verdict

YES = (Verdict.allowed, Verdict.conditional)
from bot.conversation import is_follow_up
from bot.engine.understand import Intent, holds_no_ones_information, understand, without_tool_names
from bot.engine.abbreviations import expand
from bot.redact import implied_data_kinds, redact

log = logging.getLogger("policybot.engine")

SCOPE_MIN_SIM = 0.42
RULING_MIN_SIM = 0.75         # a ruling answers a question only when it is nearly the same question          # a question with no AI words must be this close to some clause
UNKNOWN_TOOL_QUERY = "an AI tool that is not on the approved register must be approved before it is used"
KIND_WORDS = {
    "special_category": ["special category", "patient", "health", "safeguarding", "sensitive"],
    "personal": ["personal", "identif", "name"],
    "internal": ["internal", "unpublished", "not been published"],
    "public": ["public", "published"],
}


class Engine:
    def __init__(self, searcher, knowledge: Knowledge, gate: GateContext | None = None,
                 model: PolicyModel | None = None):
        self.searcher = searcher
        self.kb = knowledge
        self.gate = gate
        self.model = model
        self.index_version = searcher.index_version
        self._protect = [n for e in knowledge.register for n in (e.tool, *e.aliases)]
        self._unknown_hits: list[str] | None = None
        self._unknown_sims: np.ndarray | None = None
        self._ruling_vecs: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, home: Path, chroma_url: str | None = None, embed_model=None) -> "Engine":
        from index.search import Searcher
        searcher = Searcher.open(home, chroma_url=chroma_url, embed_model=embed_model)
        cache = Path(home) / "versions" / searcher.index_version
        built_file = _built_file(cache, searcher)
        built = _load_built(built_file)
        if built is None:
            kb, gate, model = cls._build(searcher, Path(home), cache)
            _save_built(built_file, (kb, gate, model))
        else:
            kb, gate, model = built
        _save_model(cache, model)
        return cls(searcher, kb, gate, model)

    @staticmethod
    def _build(searcher, home: Path, cache: Path) -> tuple[Knowledge, GateContext, PolicyModel]:
        embed = _cached_embedder(home, searcher.embed_model)
        corrections = searcher.manifest.get("corrections") or {}
        kb = build_knowledge(list(searcher.clauses.values()), searcher.register, embed, cache_dir=cache,
                             corrected=corrected_entries(corrections))
        gate = GateContext.build(kb, embed)
        model = compile_model(kb, gate, corrections, embed)
        for rule in model.rules:          # rules the content owner states reach the gate for certain
            if rule.item.review in ("confirmed", "corrected"):
                idx = [rule.sentence] if rule.sentence is not None else kb.by_ref.get(rule.item.ref, [])
                rules = [i for i in idx if is_rule(kb.sentences[i])] or idx[:1]
                for i in rules:
                    gate.add_rule(i, rule.topic, forbid=rule.effect == "forbid")
        return kb, gate, model

    # ------------------------------------------------------------------------------------
    def _qvecs(self, text: str) -> np.ndarray:
        """The question's vector, and the vector of the question with AI words taken out (MiniLM
        otherwise ranks every sentence that says "AI" close to every AI question): encoded once,
        in one batch; retrieval, evidence, topics and rulings all reuse them."""
        content = " ".join(lx.AI_TERMS.sub(" ", text).split())
        texts = [text, content] if content and content != text else [text]
        model = self.searcher.embed_model
        if hasattr(model, "embed_texts"):
            vecs = np.asarray(model.embed_texts(texts), dtype=np.float32)
        else:
            vecs = np.stack([np.asarray(self.searcher.embed_query(t), dtype=np.float32) for t in texts])
        return vecs / np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)

    def _sims(self, text: str, vecs: np.ndarray | None = None) -> np.ndarray:
        vecs = self._qvecs(text) if vecs is None else vecs
        if self.kb.vectors.shape[0] == 0:
            return np.zeros(0, dtype=np.float32)
        return (self.kb.vectors @ vecs.T).max(axis=1)

    def answer(self, question: str, context: str | None = None, rulings: list[dict] | None = None,
               on_verdict=None) -> Answer:
        """Answer a question; `context` is the thread's first question, for follow-ups such as
        "what about with personal data?" (see bot.conversation); `rulings` are the governance
        team's active rulings (dicts with ref, id, question, verdict, answer, clauses).
        `on_verdict(answer)`: with the composer on, called with (a copy of) the deterministic
        answer before the LLM is asked, so a chat surface can show the verdict first."""
        t0 = time.perf_counter()
        red = redact(question, protect=self._protect)
        asked = " ".join(red.text.split())
        q = expand(asked, self.kb.abbreviations, self.kb.abbr_caps)    # "our MDT (multidisciplinary team meeting)"
        u = self._understand(q, implied_data_kinds(red))
        if context and is_follow_up(q):
            u, q = self._with_context(u, q, context)
        qvecs = self._qvecs(q)
        self._asked = (q, qvecs[0])        # retrieval for this question reuses its vector
        sims = self._sims(q, qvecs)
        obj_sims = (self.kb.object_vectors @ qvecs.T).max(axis=1) if sims.size else sims
        qterms = distinctive_terms(without_tool_names(q, u.tools), self.kb)
        top_sim = float(sims.max()) if sims.size else 0.0

        base = dict(question=asked, data_kinds=[k for k in lx.DATA_KIND_ORDER if k in u.data_kinds],
                    index_version=self.index_version)
        ruling = self._ruling_for(qvecs[0], u, rulings) if rulings else None
        if ruling is not None:
            a = self._from_ruling(ruling, u, sims, qterms, base)
        elif not u.about_ai and top_sim < SCOPE_MIN_SIM and u.intent != Intent.incident:
            a = Answer(verdict=Verdict.out_of_scope, summary=OUT_OF_SCOPE, confidence=round(0.9 - top_sim, 2), **base)
        elif u.intent in (Intent.info, Intent.incident):
            a = self._info(q, u, sims, qterms, base)
        else:
            a = self._permission(q, u, sims, obj_sims, qterms, base, qvecs)
        a.citations = support_scores(validate(self.kb, a.citations, extra={r["ref"]: r["text"] for r in rulings or []}))
        # --- optional LLM composer (issue 9), off unless POLICYBOT_LLM is set: it may only reword the
        # answer or make it more cautious; on any failure the deterministic answer stands (bot/engine/llm/)
        if llm_enabled():
            from bot.engine.llm.composer import SKIP, compose_answer
            if on_verdict is not None and a.verdict not in SKIP:
                try:
                    on_verdict(a.model_copy(deep=True))
                except Exception:   # showing the verdict early must never stop the answer
                    log.exception("showing the deterministic verdict failed")
            a = compose_answer(self, a, q, rulings)
        # --- end composer hook
        log.debug("answered in %.1f ms: %s", (time.perf_counter() - t0) * 1000, a.verdict.value)
        return a

    def _understand(self, q: str, pii_kinds: set[str]):
        """Read the question; the policy's own classes of information ("foster carer
        assessments are special category data") add to the kinds the general vocabulary finds."""
        from dataclasses import replace
        u = understand(q, self.kb.catalogue, pii_kinds)
        if u.data_kinds == {"public"}:
            return u     # published material: its topic ("AI in adult social care") is not its data
        extra = self.kb.data_classes.kinds(q, self.kb.idf)
        if self.model is not None:      # the organisation's own terms ("Form PX3" is special category)
            extra = set(extra) | {t.means for t in self.model.glossary_hits(q) if t.means in lx.DATA_KIND_ORDER}
        if not pii_kinds and not ({"personal", "special_category"} & u.data_kinds) and holds_no_ones_information(q):
            extra = set(extra) - {"personal", "special_category"}    # "no patient info in it": a topic, not data
        return replace(u, data_kinds=u.data_kinds | extra) if extra - u.data_kinds else u

    def _ruling_for(self, qv: np.ndarray, u, rulings: list[dict]) -> dict | None:
        """The governance ruling that answers this question, if one is close enough: nearly the
        same question (cosine >= RULING_MIN_SIM) about the same tool(s)."""
        texts = [r["question"] for r in rulings]
        missing = [t for t in texts if t not in self._ruling_vecs]
        if missing:
            vecs = self.searcher.embed_model.embed_texts(missing)
            for t, v in zip(missing, vecs):
                self._ruling_vecs[t] = np.asarray(v, dtype=np.float32) / max(float(np.linalg.norm(v)), 1e-12)
        mine = ({e.ref for e in u.tools.entries}, u.tools.unknown)
        order = lx.DATA_KIND_ORDER
        rank = max((order.index(k) for k in u.data_kinds), default=-1)
        best, best_sim = None, RULING_MIN_SIM
        for r in rulings:
            sim = float(self._ruling_vecs[r["question"]] @ qv)
            if sim < best_sim:
                continue
            ru = understand(r["question"], self.kb.catalogue)
            theirs = ({e.ref for e in ru.tools.entries}, ru.tools.unknown)
            their_rank = max((order.index(k) for k in ru.data_kinds), default=-1)
            # same tool(s), and no more sensitive information than the ruling considered
            if theirs == mine and rank <= max(their_rank, order.index("internal")):
                best, best_sim = r, sim
        return best

    def _from_ruling(self, r: dict, u, sims, qterms, base) -> Answer:
        from bot.engine.text import sentences as split
        verdict = Verdict(r["verdict"]) if r.get("verdict") in Verdict.__members__ else Verdict.unsure
        lead = (split(r["answer"]) or [r["answer"]])[0]
        cits = [Citation(ref=r["ref"], source="governance-rulings", clause=r["id"], heading="Governance ruling",
                         quote=lead, url=None, score=1.0)]
        cits += assemble(self.kb, sims, qterms, [c for c in r.get("clauses", []) if c in self.kb.clauses])
        esc = verdict == Verdict.unsure
        return Answer(verdict=verdict, summary=f"The AI governance team has ruled on this ({r['id']}): {r['answer']}",
                      citations=cits[:5], tool=u.tools.entry.tool if u.tools.entry and not u.tools.ambiguous else None,
                      escalated=esc, escalation_reason="The ruling leaves this open." if esc else None,
                      confidence=0.9, **base)

    def _with_context(self, u, q: str, context: str):
        """A follow-up keeps what it says and takes the rest (tool, data, intent) from the
        thread's first question."""
        from dataclasses import replace
        cred = redact(context, protect=self._protect)
        c = " ".join(cred.text.split())
        first = self._understand(c, implied_data_kinds(cred))
        merged = replace(
            u,
            intent=first.intent if u.intent != Intent.incident else u.intent,
            tools=u.tools if (u.tools.entries or u.tools.unknown) else first.tools,
            data_kinds=u.data_kinds or first.data_kinds,
            about_ai=u.about_ai or first.about_ai,
        )
        return merged, f"{c} {q}"

    # ------------------------------------------------------------------------------------
    def _hits(self, query: str, k: int = 8) -> list[str]:
        asked = getattr(self, "_asked", None)
        vec = asked[1] if asked is not None and asked[0] == query else None
        if query == UNKNOWN_TOOL_QUERY:      # the same every time: searched once per engine
            if self._unknown_hits is None:
                self._unknown_hits = [h.clause.ref for h in self.searcher.search(query, k=max(k, 8))]
            return self._unknown_hits[:k]
        return [h.clause.ref for h in self.searcher.search(query, k=k, vec=vec)]

    def _unknown_tool_sims(self) -> np.ndarray:
        if self._unknown_sims is None:
            self._unknown_sims = self._sims(UNKNOWN_TOOL_QUERY)
        return self._unknown_sims

    def _info(self, q, u, sims, qterms, base) -> Answer:
        query = q
        boost = None
        if u.intent == Intent.incident:
            # an incident is answered by the clauses on reporting it, before anything else
            query = f"{q} {lx.INCIDENT_QUERY}"
            boost = lambda s: 1.0 if lx.INCIDENT_RULE.search(s.text) else 0.0  # noqa: E731
        refs = self._hits(query, k=10)
        mentioned = {e.ref for e in u.tools.entries}
        refs = [r for r in refs if self.kb.clauses[r].kind != "register" or r in mentioned]
        ranked = rank_by_relevance(self.kb, sims, refs[:10], qterms, boost)
        cits = assemble(self.kb, sims, qterms, ranked[:4])
        lead = cits[0].quote if cits else ""
        summ = f"Here is what the policy says: \u201c{lead}\u201d" if lead else "I couldn't find this in the policy."
        if u.intent == Intent.incident:
            summ = "Report it straight away. " + summ
        conf = min(0.95, 0.35 + float(sims.max() if sims.size else 0))
        return Answer(verdict=Verdict.info, summary=summ, citations=cits,
                      tool=u.tools.entry.tool if u.tools.entry and not u.tools.ambiguous else None,
                      confidence=round(conf, 2), **base)

    def _permission(self, q, u, sims, obj_sims, qterms, base, qvecs) -> Answer:
        d = decide_permission(u, self.kb, sims, obj_sims, qterms)
        if self.model is not None:      # a tool the policy does not list: the organisation's stance
            d = unlisted_tool_decision(self.model, d, u.data_kinds, self.kb)
        own_topics = tuple(t.means for t in self.model.glossary_hits(q)
                           if t.means not in lx.DATA_KIND_ORDER) if self.model is not None else ()
        sig = signals(self.gate, qvecs, q, own_topics) if self.gate is not None and d.verdict in YES else None
        d = earn_yes(d, u, self.kb, self.gate, sig, sims, qvecs)    # every yes must be earned (bot/engine/gate.py)
        d = not_until_confirmed(d)          # an escalation the policy does not leave open is a "not yet"
        refs, first = self._citation_refs(d, q, u, sims, qterms)
        prefer = (lambda s: s.prohibitive) if d.verdict == Verdict.not_allowed and "held" not in d.notes else None
        cits = assemble(self.kb, sims, qterms, refs, prefer=prefer, first=first)
        quote = None
        if d.evidence:   # a list item is shown under its lead-in: "must not be used in: … (a) grievance hearings"
            quote = d.evidence.sentence.shown
        extra = self._extra_conditions(d, sims, qterms, refs)
        return Answer(
            verdict=d.verdict, summary=summary(d, u.data_kinds, u.tools.unknown, quote),
            conditions=tool_conditions(d, extra), citations=cits,
            tool=d.entry.tool if d.entry else None,
            escalated=d.escalate, escalation_reason=d.escalation_reason,
            confidence=self._confidence(d, u), **base)

    def _citation_refs(self, d: Decision, q, u, sims, qterms):
        kb = self.kb
        first = d.evidence.sentence if d.evidence else None
        refs: list[str] = []
        if d.evidence:
            refs.append(d.evidence.ref)
        if d.entry is not None:
            governing = [r for r in d.entry.clauses if r in kb.clauses]
            ban: list[str] = []
            if d.reason == "data_not_allowed":
                words = [w for k in d.blocked_kinds for w in KIND_WORDS.get(k, [])]
                governing = [r for r in governing if mentions_kind(kb, r, words)] + governing
                # the clause that keeps that kind out of tools ("... must not be entered into any tool")
                bans = [r for k in d.blocked_kinds for r in kb.kind_bans.get(k, ()) if r in kb.clauses]
                ban = rank_by_relevance(kb, sims, list(dict.fromkeys(bans)), qterms)[:1]
            refs.append(d.entry.ref)
            ranked = rank_by_relevance(kb, sims, governing, qterms)
            # a tool read from the policy's prose is named in many clauses: only the closest one
            # speaks for it, and the question's own clauses come next
            refs += ranked[:1] + ban + (ranked[1:] if d.entry.ref in kb.listed else [])
        if d.reason == "approved_tool_needed":
            for e in d.alternatives[:1]:
                refs.append(e.ref)
                refs += rank_by_relevance(kb, sims, [r for r in e.clauses if r in kb.clauses], qterms)[:2]
        if d.reason in ("tool_not_on_register", "no_tool"):
            # the clauses on using a tool that is not on the register, then the question's own
            canned = [r for r in self._hits(UNKNOWN_TOOL_QUERY, k=8) if kb.clauses[r].kind != "register"]
            refs += rank_by_relevance(kb, self._unknown_tool_sims(), canned, frozenset())[:2]
        if len(refs) < 3 or (d.entry is not None and d.entry.ref not in kb.listed):
            refs += [r for r in self._hits(q, k=6) if kb.clauses[r].kind != "register"]
        return refs, first

    def _extra_conditions(self, d: Decision, sims, qterms, refs) -> list[str]:
        if d.verdict not in (Verdict.allowed, Verdict.conditional):
            return []
        hits = match(self.kb, sims, qterms, lambda s: s.qualified and not s.register and not s.prohibitive,
                     min_sim=0.35, min_weight=2.5)
        return [ev.sentence.text for ev in hits[:2]]

    @staticmethod
    def _confidence(d: Decision, u) -> float:
        if d.verdict == Verdict.unsure:
            return 0.35
        if "held" in d.notes:           # a "not yet" waiting for a person
            return 0.5
        if d.reason == "tool_prohibited":
            return 0.95 if u.tools.exact else 0.8
        if d.reason == "use_prohibited" and d.evidence:
            return round(min(0.9, 0.4 + 0.5 * d.evidence.score), 2)
        if d.reason == "approved_tool_needed":
            return 0.55
        base = 0.85 if u.tools.exact else 0.6
        if d.reason == "data_not_allowed" and not u.data_kinds:
            base -= 0.2
        return base


def _save_model(version_dir: Path, model: PolicyModel) -> None:
    """The compiled model beside its index version (what `policybot rules` and a reindex's
    "what changed" read); a read-only state folder just goes without."""
    import json
    from bot.engine.policy_model import MODEL_FILE
    try:
        f = version_dir / MODEL_FILE
        text = json.dumps(model.to_json(), ensure_ascii=False, indent=1)
        if not f.exists() or f.read_text(encoding="utf-8") != text:
            tmp = version_dir / f".{MODEL_FILE}.tmp"
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(f)
    except OSError:
        pass


BUILT_PREFIX = "engine-"            # versions/<v>/engine-<key>.pickle: Engine.open's knowledge, gate, model
_CODE_ROOTS = ("bot", "index")      # what builds them: any change to a file there is a new key


def _code_fingerprint() -> str:
    """Identity of the code and data files that build the knowledge (path, size and mtime of every
    file under bot/ and index/): a cheap stat walk, ~1 ms."""
    import hashlib
    import os
    import sys

    h = hashlib.sha256(sys.version.encode())
    base = Path(__file__).resolve().parents[2]
    for root in _CODE_ROOTS:
        for dirpath, dirnames, filenames in os.walk(base / root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".pyc", ".tmp")):
                    continue
                try:
                    st = os.stat(os.path.join(dirpath, name))
                except OSError:
                    continue
                h.update(f"{dirpath}/{name}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _built_file(version_dir: Path, searcher) -> Path:
    """Where Engine.open keeps what it builds for this version, this embedding model and this
    code (the knowledge, the gate and the compiled model, pickled: 40 ms to load instead of
    0.2-0.4 s to build)."""
    import hashlib
    m = searcher.manifest
    key = hashlib.sha256("\n".join([
        searcher.index_version, str(m.get("content_digest", "")), str(m.get("created", "")),
        str(getattr(searcher.embed_model, "model_id", "") or ""), _code_fingerprint()]).encode()).hexdigest()
    return version_dir / f"{BUILT_PREFIX}{key[:20]}.pickle"


def _load_built(path: Path):
    """(kb, gate, model) from `path`, or None (missing, unreadable, or from other code). The file
    is written by this program into its own state folder, which is trusted like the manifest."""
    import pickle
    try:
        with open(path, "rb") as fh:
            built = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as e:     # damaged or from classes that changed: build again
        log.info("engine cache %s unusable (%s): building", path.name, e.__class__.__name__)
        return None
    if not (isinstance(built, tuple) and len(built) == 3 and isinstance(built[0], Knowledge)
            and isinstance(built[1], GateContext) and isinstance(built[2], PolicyModel)):
        return None
    return built


def _save_built(path: Path, built: tuple) -> None:
    """Pickle (kb, gate, model) beside the version (atomic), dropping files of other keys; a
    read-only state folder just goes without."""
    import os
    import pickle
    try:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in path.parent.glob(f"{BUILT_PREFIX}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception as e:     # read-only folder, or something unpicklable: open builds each time
        log.info("engine cache not written: %s", e)
        try:
            tmp.unlink(missing_ok=True)
        except Exception:
            pass


def _cached_embedder(home: Path, model):
    """Embed sentences through the index's embedding cache (sha256 of model id + text), so a new
    index version re-embeds only the sentences that changed and opens in milliseconds."""
    def embed(texts: list[str]) -> np.ndarray:
        from index.build import EmbeddingCache, embedding_digest
        model_id = getattr(model, "model_id", "") or type(model).__name__
        digests = [embedding_digest(model_id, t) for t in texts]
        try:
            cache = EmbeddingCache(home)
        except Exception:  # a read-only state folder: embed everything
            return np.asarray(model.embed_texts(texts), dtype=np.float32)
        try:
            got = cache.get_many(digests)
            todo = {d: t for d, t in zip(digests, texts) if d not in got}
            if todo:
                vecs = np.asarray(model.embed_texts(list(todo.values())), dtype=np.float32)
                fresh = dict(zip(todo.keys(), vecs))
                try:
                    cache.put_many(model_id, fresh)
                except Exception:
                    pass
                got.update(fresh)
            return np.stack([got[d] for d in digests])
        finally:
            cache.close()
    return embed


_ENGINES: dict[tuple, Engine] = {}
_LOCK = threading.Lock()


def get_engine(home: Path, chroma_url: str | None = None) -> Engine:
    """One engine per (home, index version) per process; reopened when the version changes."""
    from index.build import read_current
    version = read_current(Path(home))
    key = (str(home), chroma_url, version)
    with _LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            eng = Engine.open(Path(home), chroma_url=chroma_url)
            _ENGINES.clear()
            _ENGINES[key] = eng
        return eng


def answer(question: str, home: Path | None = None, chroma_url: str | None = None) -> Answer:
    """Python API: `from bot import answer`."""
    from index.home import resolve_home
    return get_engine(resolve_home(home), chroma_url).answer(question)
