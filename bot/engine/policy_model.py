"""The compiled policy model: the policy as a table, one per index version.

What the organisation's reviewers read to see what the bot believes, and what the engine decides
from: the stance on tools the policy does not list, each tool with its status, information and
conditions, activity rules with the topic they govern (forbid / needs approval / undecided),
preconditions on any use, and the organisation's own terms. Every item carries its clause ref, a
verbatim quote and the engine's confidence, and says whether the content owner confirmed or
corrected it (policy-map.yaml, read by index/corrections.py) or the engine read it alone.

Built from the Knowledge (register rows, tools read from text, tagged sentences), the gate's rule
topics and the corrections; `policybot rules [--json]` prints it."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from bot.engine import lexicon as lx
from bot.engine.decide import Decision, tool_verdict
from bot.engine.evidence import RuleMatch
from bot.engine.knowledge import Knowledge
from bot.engine.models import Verdict
from bot.engine.text import normalise
from index.models import RegisterEntry

DATA = Path(__file__).resolve().parent / "data" / "stance.yaml"
STANCE_SIM = 0.58          # a sentence this close to a stance's examples states it ...
STANCE_MARGIN = 0.04       # ... when it is this much closer to it than to the other stances
PRECONDITION_SIM = 0.66
RULE_TOPIC = 0.55          # a rule is listed under a topic it is at least this close to
EFFECTS = {"forbid": "forbids", "needs_approval": "needs approval for", "undecided": "leaves undecided"}


@dataclass(frozen=True)
class Item:
    ref: str | None          # the clause it rests on (None: a default, nothing in the policy)
    quote: str               # verbatim text of that clause
    source: str              # register | table | text | correction | default
    confidence: float
    review: str = "read"     # read (by the engine alone) | confirmed | corrected (by the content owner)


@dataclass(frozen=True)
class Stance:
    effect: str              # not_allowed | needs_approval | allowed_with_conditions
    data_allowed: tuple[str, ...]
    item: Item


@dataclass(frozen=True)
class ToolItem:
    name: str
    aliases: tuple[str, ...]
    status: str
    data_allowed: tuple[str, ...]
    conditions: str
    item: Item


@dataclass(frozen=True)
class ActivityRule:
    topic: str
    label: str
    effect: str              # forbid | needs_approval | undecided
    item: Item
    sentence: int | None = None   # index into Knowledge.sentences, where read from the text


@dataclass(frozen=True)
class Term:
    term: str
    means: str               # a data kind or a topic id
    item: Item
    pattern: re.Pattern = field(compare=False, repr=False, default=None)


@dataclass
class PolicyModel:
    stance: Stance
    tools: list[ToolItem]
    rules: list[ActivityRule]
    preconditions: list[Item]
    glossary: list[Term]
    problems: list[str] = field(default_factory=list)

    @property
    def undecided(self) -> list[ActivityRule]:
        return [r for r in self.rules if r.effect == "undecided"]

    def to_json(self) -> dict:
        def clean(x):
            d = asdict(x)
            d.pop("pattern", None)
            d.pop("sentence", None)
            return d
        return {"stance": clean(self.stance), "tools": [clean(t) for t in self.tools],
                "rules": [clean(r) for r in self.rules if r.effect != "undecided"],
                "undecided": [clean(r) for r in self.undecided],
                "preconditions": [asdict(p) for p in self.preconditions],
                "glossary": [clean(t) for t in self.glossary], "problems": list(self.problems)}

    # --- what the model adds to reading a question -------------------------------------------
    def glossary_hits(self, text: str) -> list[Term]:
        return [t for t in self.glossary if t.pattern.search(text)]


@lru_cache(maxsize=2)
def _stance_data(path: Path = DATA) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def _quote(kb: Knowledge, ref: str | None) -> str:
    c = kb.clauses.get(ref) if ref else None
    if c is None:
        return ""
    idx = kb.by_ref.get(ref, [])
    return kb.sentences[idx[0]].text if idx else " ".join(c.text.split())[:300]


def tool_source(kb: Knowledge, e: RegisterEntry) -> str:
    """register (a CSV), correction (policy-map.yaml), table (a tools table in a document) or
    text (read from the policy's prose)."""
    if e.source.lower().endswith(".csv"):
        return "register"
    if e.source == "policy-map.yaml":
        return "correction"
    return "table" if e.ref in kb.listed else "text"


def corrected_entries(corrections: dict) -> list[RegisterEntry]:
    """The content owner's tools, as register rows (they replace a row of the same name)."""
    out = []
    for n, t in enumerate(corrections.get("tools", []) or []):
        kinds = tuple(k for k in lx.DATA_KIND_ORDER if k in (t.get("data_allowed") or []))
        out.append(RegisterEntry(source="policy-map.yaml", tool=t["name"], aliases=tuple(t.get("aliases") or ()),
                                 status=t["status"], data_allowed=kinds if t["status"] != "prohibited" else (),
                                 conditions=t.get("conditions", ""), clauses=(t["cite"],), row=t.get("line", n)))
    return out


def _read_stance(kb: Knowledge, embed) -> tuple[str, int, float] | None:
    """The stance a sentence of the policy states: (effect, sentence index, closeness)."""
    data = _stance_data()["stances"]
    effects = list(data)
    cues = [tuple(c.lower() for c in data[e].get("cues", [])) for e in effects]
    requires = [tuple(c.lower() for c in data[e].get("requires", [])) for e in effects]
    excludes = [tuple(c.lower() for c in data[e].get("excludes", [])) for e in effects]
    texts, owner = [], []
    for j, eff in enumerate(effects):
        for ex in data[eff]["examples"]:
            texts.append(ex)
            owner.append(j)
    vecs = np.asarray(embed(texts), dtype=np.float32)
    vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)
    idx = [i for i, s in enumerate(kb.sentences) if not s.register]
    if not idx:
        return None
    # the policy's own name for the public's tools ("Open AI Service means any generative AI tool
    # that is available to the general public") read as what it means: "Staff may use any Open AI
    # Service for work" states the any-tool stance (read so for that stance only: "every AI tool is
    # a public AI tool" says nothing about which tools may be used)
    any_tool = effects.index("allowed_with_conditions") if "allowed_with_conditions" in effects else -1
    said_as = {r: _as_any_tool(kb.sentences[i].text, kb) for r, i in enumerate(idx)}
    said_as = {r: t for r, t in said_as.items() if t is not None}
    sims = kb.vectors[idx] @ vecs.T
    owner_a = np.asarray(owner)
    per = np.stack([sims[:, owner_a == j].max(axis=1) for j in range(len(effects))], axis=1)
    if said_as and any_tool >= 0:
        rv = np.asarray(embed([said_as[r] for r in said_as]), dtype=np.float32)
        rv /= np.clip(np.linalg.norm(rv, axis=1, keepdims=True), 1e-12, None)
        sub = rv @ vecs[owner_a == any_tool].T
        for k, r in enumerate(said_as):
            per[r, any_tool] = float(sub[k].max())
    best = None
    for r, i in enumerate(idx):
        text = kb.sentences[i].text
        lows = [f" {said_as.get(r, text).lower()} " if j == any_tool else f" {text.lower()} " for j in range(len(effects))]
        said = [j for j in range(len(effects)) if any(c in lows[j] for c in cues[j])
                and (not requires[j] or any(c in lows[j] for c in requires[j])) and not any(c in lows[j] for c in excludes[j])]
        if "needs_approval" in effects and effects.index("needs_approval") in said:
            said = [j for j in said if effects[j] != "not_allowed"]
        if _puts_in_tier(text, kb):     # "every other AI tool is a public AI tool": which tier, not which use
            said = [j for j in said if j == any_tool and r in said_as]
        if not said:
            continue
        j = max(said, key=lambda j: per[r, j])        # the closest stance among those its words say
        others = max((per[r, k] for k in said if k != j), default=-1.0)
        top = float(per[r, j])
        if top >= STANCE_SIM and top - others >= STANCE_MARGIN and (best is None or top > best[2]):
            best = (effects[j], i, top)
    return best


def _puts_in_tier(text: str, kb: Knowledge) -> bool:
    """Does the sentence say which of the policy's tiers tools belong to ("On any other device every
    AI tool is a public AI tool", "These are Managed Tools")?"""
    for t in getattr(kb, "tool_classes", None) or []:
        if t.pattern is None:
            continue
        for m in t.pattern.finditer(text):
            if re.search(r"\b(?:is|are|becomes?|counts?\s+as|treated\s+as)\s+(?:an?\s+|the\s+)?$", text[:m.start()], re.I):
                return True
    return False


def _as_any_tool(text: str, kb: Knowledge) -> str | None:
    """The sentence with the policy's catch-all tier ("Open AI Service") written as "generative AI
    tool"; None when it does not name one."""
    tiers = [t for t in (getattr(kb, "tool_classes", None) or []) if t.catch_all and t.pattern is not None]
    out = text
    for t in tiers:
        out = t.pattern.sub("generative AI tool", out)
    return out if out != text else None


def _preconditions(kb: Knowledge, embed) -> list[Item]:
    ex = _stance_data()["preconditions"]["examples"]
    vecs = np.asarray(embed(ex), dtype=np.float32)
    vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12, None)
    out, seen = [], set()
    if not len(kb.sentences):
        return out
    sims = (kb.vectors @ vecs.T).max(axis=1)
    for i in np.argsort(-sims):
        s = kb.sentences[int(i)]
        if sims[i] < PRECONDITION_SIM:
            break
        if s.register or s.ref in seen:
            continue
        seen.add(s.ref)
        out.append(Item(s.ref, s.text, "text", round(float(sims[i]), 2)))
    return out[:6]


def _term_pattern(term: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term).replace(r"\ ", r"\s*") + r"(?![A-Za-z0-9])", re.I)


def compile_model(kb: Knowledge, gate, corrections: dict | None, embed) -> PolicyModel:
    """Read the model from the knowledge and the gate's rule topics, then apply the corrections."""
    corrections = corrections or {}
    topic_ids = set(gate.topics.ids) if gate is not None else set()
    problems: list[str] = []
    # stance
    has_csv = any(e.source.lower().endswith(".csv") for e in kb.register)
    read = None if has_csv else _read_stance(kb, embed)
    if read is not None:
        eff, i, conf = read
        s = kb.sentences[i]
        said = kb.info_classes.view(s.text)     # "any tool, with Open and Trust-only information"
        kinds = ("public", "internal") if eff == "allowed_with_conditions" and re.search(
            r"\binternal\b", said, re.I) and not re.search(r"\bnot\b[^.]{0,40}\binternal\b", said, re.I) else ("public",)
        stance = Stance(eff, kinds if eff == "allowed_with_conditions" else (), Item(s.ref, s.text, "text", round(conf, 2)))
    else:
        stance = Stance("needs_approval", (), Item(None, "", "register" if has_csv else "default", 0.5))
    stance = _stance_from_tiers(kb, stance)
    fix = corrections.get("stance")
    if fix:
        same = fix["unlisted_tools"] == stance.effect
        stance = Stance(fix["unlisted_tools"], tuple(fix.get("data_allowed") or ()),
                        Item(fix["cite"], _quote(kb, fix["cite"]), "correction", 1.0,
                             "confirmed" if same else "corrected"))
    # tools (corrections were merged into the register before the Knowledge was built)
    corrected_names = {normalise(t["name"]) for t in corrections.get("tools", []) or []}
    tools = []
    for e in kb.register:
        src = tool_source(kb, e)
        ref = next((r for r in e.clauses if r in kb.clauses), None) if src != "register" else e.ref
        review = "corrected" if normalise(e.tool) in corrected_names else "read"
        item = Item(ref, _quote(kb, ref) if src != "register" else e.conditions, src,
                    1.0 if src in ("register", "correction") else 0.7, review)
        tools.append(ToolItem(e.tool, tuple(e.aliases), e.status, tuple(e.data_allowed), e.conditions, item))
    # activity rules read from the text: each rule sentence under its closest topic
    rules: list[ActivityRule] = []
    if gate is not None and len(gate.rule_index):
        labels = {t.id: t.label for t in gate.topics.topics}
        base = gate.base
        for r, i in enumerate(gate.rule_index):
            scores = gate.rule_topics[r].copy()
            scores[base] = -1
            j = int(np.argmax(scores))
            if scores[j] < RULE_TOPIC or scores[j] - gate.rule_topics[r, base] < 0.05:
                continue
            s = kb.sentences[int(i)]
            effect = "undecided" if s.undecided else "needs_approval" if s.needs_approval else "forbid"
            tid = gate.topics.topics[j].id
            rules.append(ActivityRule(tid, labels[tid], effect, Item(s.ref, s.text, "text", round(float(scores[j]), 2)),
                                      int(i)))
    for fix in corrections.get("rules", []) or []:
        if topic_ids and fix["topic"] not in topic_ids:
            problems.append(f"policy-map.yaml:{fix.get('line', '?')}: topic {fix['topic']!r} is not a known topic; ignored")
            continue
        same = [k for k, r in enumerate(rules) if r.topic == fix["topic"] and r.item.ref == fix["cite"]]
        label = next((t.label for t in gate.topics.topics if t.id == fix["topic"]), fix["topic"]) if gate else fix["topic"]
        if same and rules[same[0]].effect == fix["effect"]:
            old = rules[same[0]]
            rules[same[0]] = ActivityRule(old.topic, old.label, old.effect,
                                          Item(old.item.ref, old.item.quote, old.item.source, 1.0, "confirmed"), old.sentence)
        else:
            rules.append(ActivityRule(fix["topic"], label, fix["effect"],
                                      Item(fix["cite"], _quote(kb, fix["cite"]), "correction", 1.0, "corrected")))
    glossary = []
    for g in corrections.get("glossary", []) or []:
        if g["means"] not in lx.DATA_KIND_ORDER and topic_ids and g["means"] not in topic_ids:
            problems.append(f"policy-map.yaml:{g.get('line', '?')}: {g['means']!r} is neither a data kind nor a topic; ignored")
            continue
        glossary.append(Term(g["term"], g["means"], Item(g["cite"], _quote(kb, g["cite"]), "correction", 1.0, "corrected"),
                             _term_pattern(g["term"])))
    corrected_terms = {normalise(g.term) for g in glossary}
    for c in getattr(kb, "info_classes", None) or ():
        if normalise(c.name) in corrected_terms:
            continue            # the content owner's glossary says what this class means
        glossary.append(Term(c.name, c.kind, Item(c.ref, _class_quote(kb, c), "text", 0.7), c.question_pattern))
    return PolicyModel(stance, tools, rules, _preconditions(kb, embed), glossary, problems)


def _class_quote(kb: Knowledge, c) -> str:
    """The sentence of the defining clause that defines the class (verbatim)."""
    for i in kb.by_ref.get(c.ref, []):
        if c.pattern.search(kb.sentences[i].text):
            return kb.sentences[i].text
    return _quote(kb, c.ref)


def _stance_from_tiers(kb: Knowledge, stance: Stance) -> Stance:
    """The policy's catch-all tier of tools ("An Open tool is every other generative AI tool") says
    what any tool it does not list may take: it sets the kinds of an "any tool" stance, and a
    catch-all tier the policy lets information into ("Open information may be used in any tool")
    is the stance, unless the policy forbids unlisted tools (the corrections file applies after)."""
    from bot.engine.tool_classes import catch_all
    tier = catch_all(getattr(kb, "tool_classes", None) or [])
    if tier is None or not tier.kinds or stance.effect == "not_allowed":
        return stance
    if stance.effect == "allowed_with_conditions":
        return Stance(stance.effect, tier.kinds, stance.item)
    if stance.effect == "needs_approval" and tier.permitted:     # what the tiers say outweighs a loose reading
        s_idx = kb.by_ref.get(tier.ref, [])
        quote = next((kb.sentences[i].text for i in s_idx if tier.pattern.search(kb.sentences[i].text)), _quote(kb, tier.ref))
        return Stance("allowed_with_conditions", tier.kinds, Item(tier.ref, quote, "text", 0.6))
    return stance


def unlisted_tool_decision(model: PolicyModel, d: Decision, kinds: frozenset[str], kb: Knowledge) -> Decision:
    """A question about a tool the policy does not list, answered by the organisation's stance:
    a whitelist says no; "any tool, within the rules on information" says yes for what any tool
    may take (public information unless the stance says more); otherwise approval first."""
    st = model.stance
    if d.reason != "tool_not_on_register" or st.item.ref is None:
        return d
    s_idx = kb.by_ref.get(st.item.ref, [])
    ev = None
    if s_idx:
        i = next((i for i in s_idx if kb.sentences[i].text == st.item.quote), s_idx[0])
        ev = RuleMatch(i, kb.sentences[i], 1.0, 1.0, frozenset(), 0.0)
    if st.effect == "not_allowed":
        return Decision(Verdict.not_allowed, "tool_not_listed", evidence=ev, notes=["stance"])
    if st.effect == "allowed_with_conditions":
        allowed = st.data_allowed or ("public",)
        entry = RegisterEntry(source="policy", tool="an unlisted tool", aliases=(), status="restricted",
                              data_allowed=tuple(k for k in lx.DATA_KIND_ORDER if k in allowed), conditions="",
                              clauses=(st.item.ref,))
        v, blocked = tool_verdict(entry, kinds)
        if v == Verdict.not_allowed:
            return Decision(v, "data_not_allowed_any_tool", evidence=ev, blocked_kinds=blocked, notes=["stance"])
        return Decision(v, "any_tool_permits", evidence=ev, notes=["stance"])
    return d


MODEL_FILE = "policy-model.json"


def _keyed(model: dict) -> dict[str, dict]:
    out = {"stance": {"stance": f"{model['stance']['effect']} ({model['stance']['item'].get('ref') or 'default'})"}}
    out["tools"] = {t["name"]: f"{t['status']}, {'/'.join(t['data_allowed']) or 'no data'}" for t in model["tools"]}
    out["rules"] = {f"{r['effect']} {r['topic']} ({r['item']['ref']})": "" for r in model["rules"] + model["undecided"]}
    out["glossary"] = {g["term"]: g["means"] for g in model["glossary"]}
    return out


def model_diff(old: dict | None, new: dict) -> list[str]:
    """What changed in the compiled model between two index versions, one line each."""
    if old is None:
        return []
    a, b = _keyed(old), _keyed(new)
    lines = []
    for part in ("stance", "tools", "rules", "glossary"):
        for k in sorted(set(a[part]) | set(b[part])):
            if k not in a[part]:
                lines.append(f"+ {part[:-1] if part != 'stance' else part}: {k} {b[part][k]}".rstrip())
            elif k not in b[part]:
                lines.append(f"- {part[:-1] if part != 'stance' else part}: {k} {a[part][k]}".rstrip())
            elif a[part][k] != b[part][k]:
                lines.append(f"~ {part[:-1] if part != 'stance' else part}: {k}: {a[part][k]} -> {b[part][k]}")
    if a["stance"] != b["stance"]:
        lines = [x for x in lines if not x.startswith(("+ stance", "- stance"))]
        lines.insert(0, f"~ stance: {a['stance']['stance']} -> {b['stance']['stance']}")
    return lines
