"""The other organisations under eval/orgs (Word with automatic or typed numbering, intranet HTML
and markdown without a register, text PDFs, plain text), indexed and answered in-process
on every run. Each must keep its recorded floor: no fewer right verdicts, no more dangerous
errors, and never a personal-data leak, an unfaithful quote or a citation of a clause that does
not exist. (The shared scorer gives the same numbers: eval/orgs/run_all.py.)"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.engine.pipeline import Engine
from bot.evaluate import evaluate, load_cases
from index.build import build_index

ORGS = Path(__file__).resolve().parents[1] / "eval" / "orgs"

# floors: (verdict accuracy, citation hit@3, dangerous errors). Lowered where the yes gate
# (bot/engine/gate.py) turned right yeses into escalated "unsure" answers; dangerous errors fell.
FLOORS = {
    "police": (0.85, 0.90, 0),     # p008 (an MG11 is a witness statement) needs knowledge the policy lacks (session 13: the second pair model holds more yeses, wrong and right)
    "agency": (0.82, 0.85, 0),     # rpla018: a "land agent" reads as the undecided rule on agents
    "fire": (0.91, 0.90, 0),
    "district": (0.82, 0.85, 0),  # (session 10: a row read from prose keeps the kinds it was read with; a tools-table class list no longer widens it) (session 13: the second pair model holds more yeses, wrong and right)
    "university": (0.82, 0.85, 0),
    "trust": (0.77, 0.85, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "county": (0.82, 0.84, 0),  # (session 10: as district; its Microsoft 365 Copilot is read as public-only from its own sentences)
    "parks": (0.64, 0.70, 0),
    "courts": (0.73, 0.85, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 4 (first runs recorded in eval/orgs/README.md), now development sets
    "metro": (0.72, 0.95, 0),     # wa039: "my own iphone" is a personal-device variant its row does not cover (held: no until confirmed)
    "borough": (0.64, 0.72, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    "college": (0.71, 0.78, 0),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held)
    "healthboard": (0.76, 0.77, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 5, likewise
    "pfcc": (0.68, 0.72, 0),
    "kingsmere": (0.65, 0.69, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "unitary": (0.75, 0.80, 3),     # r5c041: "copilot" now means Copilot Chat; its undecided consultation point is missed
    "community": (0.82, 0.80, 2),
    # round 6, likewise
    "cremation": (0.78, 0.58, 3),
    "wrenfield": (0.68, 0.66, 2),
    "calderwyre": (0.78, 0.78, 4),   # r6c013: the redactor now keeps "the Kelsey Cross crew" (a station), which it used to
                                        # replace with [name]; the engine had read that as a real person (likeness) and said no
    "academytrust": (0.67, 0.75, 0),
    # round 7, likewise (first runs: ravensfell 0.56 / 8, calderbridge 0.39 / 5, wessmoor 0.71 / 8,
    # harrowdale 0.71 / 0 dangerous)
    "ravensfell": (0.74, 0.73, 4),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held)
    "calderbridge": (0.80, 0.70, 2),  # (session 12: "a list of kids" is personal information: its right no is now cited from the tool's data rule, not the expected clause)
    "wessmoor": (0.91, 0.74, 1),
    "harrowdale": (0.74, 0.69, 0),
    # round 8, likewise (these are its first-run figures)
    "ardoch": (0.81, 0.77, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    "calderwickcc": (0.78, 0.67, 1),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held)
    "harrowdene": (0.77, 0.89, 2),
    "caldermouth": (0.79, 0.77, 3),  # (session 11: r8d010, a first draft of the fuel berth checks procedure, now meets the safety-critical work topic: a right yes held)
    # round 9, likewise (first runs: northmoor 0.64 / 5, cwmarian 0.59 / 9, ardenmuir 0.71 / 5,
    # hollinsbrook 0.73 / 0, kestrelvalefrs 0.69 / 3 dangerous)
    "northmoor": (0.75, 0.73, 3),        # r9b036: Copilot Chat now takes OFFICIAL (internal); the tram NOC script
                                         # it was kept from by accident is a security rule in other words
    "cwmarian": (0.75, 0.74, 2),
    "ardenmuir": (0.78, 0.72, 4),
    "hollinsbrook": (0.81, 0.73, 0),
    "kestrelvalefrs": (0.75, 0.75, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 10, likewise (first runs: ashcombeicb 0.74 / 3, cwmllechen 0.77 / 2, wealdmoor 0.57 / 9,
    # brackenholt 0.54 / 5, csra 0.75 / 5 dangerous)
    "ashcombeicb": (0.84, 0.65, 2),     # r10a068: "copilot" now means Copilot Chat; the social-media monitoring rule is missed; session 9: r10a004 right (a permission read as a ban no longer), its expected clause gone from the top 3
    "cwmllechen": (0.80, 0.70, 2),
    "wealdmoor": (0.66, 0.71, 4),   # session 8: the any-tool stance now cites 5.1 (hit@3 0.761 -> 0.731);
                                    # session 10: criminal intelligence is special category, and its
                                    # analytics tool is read as taking internal information only
    "brackenholt": (0.63, 0.65, 3),      # r10d047: Copilot Chat now takes Named information; "free dinners" is
                                         # free school meals (Protected), which the engine does not know
    "csra": (0.79, 0.78, 2),  # (session 12: the realistic-imagery topic now also covers editing real photographs and publicity pictures; it holds an abstract banner illustration, r10e015)
    # round 11, likewise (first runs: wexley 0.58 / 1, strathmairn 0.59 / 4, cambriancoast 0.72 / 0,
    # calderbrook 0.56 / 1, workinglife 0.54 / 8 dangerous)
    "wexley": (0.72, 0.74, 1),  # (session 13: the second pair model holds more yeses, wrong and right)
    "strathmairn": (0.73, 0.78, 4),  # (session 13: the second pair model holds more yeses, wrong and right)
    "cambriancoast": (0.76, 0.71, 0),
    "calderbrook": (0.61, 0.61, 0),   # session 9: r11d034 cites another ban once "we don't have any real" no longer counts "real"
    "workinglife": (0.75, 0.64, 2),
    # round 12, likewise (these are its first-run figures)
    "wealdmoorcc": (0.69, 0.62, 3),
    "severnbrook": (0.82, 0.75, 2),
    "lunebeck": (0.68, 0.80, 1),     # "copilot" means Copilot Chat (+8 right); r12c041, r12c055: a decision rule and a browser-on-personal-device rule missed
    "severnside": (0.69, 0.75, 4),
    # round 13 (first-run figures)
    "glenmorvenhscp": (0.71, 0.68, 2),
    "harbourfielddc": (0.72, 0.79, 5),
    "thornburycollege": (0.78, 0.67, 2),
    "westmarchfrs": (0.78, 0.83, 3),     # first run 0.54 / 0.79 / 6; its stance read right since ed14f1e (session 13: the second pair model holds more yeses, wrong and right)
    "pennardhb": (0.75, 0.73, 2),
    # round 14 (first-run figures)
    "brentmerelb": (0.72, 0.73, 1),
    "tarnvalepolice": (0.73, 0.75, 7),
    "kelbournuni": (0.71, 0.64, 5),
    "northfellas": (0.68, 0.76, 1),
    # round 15 (first-run figures, engine 807e84e)
    "holmbrookmbc": (0.73, 0.63, 1),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held) (session 13: the second pair model holds more yeses, wrong and right)
    "aberluneuni": (0.75, 0.76, 2),
    "kirkhaven": (0.71, 0.77, 2),
    "ruralpayments": (0.75, 0.86, 0),
    # round 16 (first runs at f431125: glasburytc 0.63, hallamvalenhs 0.66, redwaterca 0.70, caerwencbc 0.83)
    "glasburytc": (0.65, 0.62, 3),
    "hallamvalenhs": (0.65, 0.80, 3),
    # (session 10: Copilot Chat had been read as prohibited from "... are not part of Copilot Chat and
    # are not Permitted Tools", which also said no to an operator's revenue figures; read as the
    # allowed tool it is, that question meets no rule: the engine does not know the figures as the
    # policy's Commercial-in-Confidence class. 13 more right answers, one more wrong yes.)
    "redwaterca": (0.71, 0.58, 2),
    "caerwencbc": (0.77, 0.73, 1),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held) (session 13: the second pair model holds more yeses, wrong and right)
    # round 17 (first runs at 53753b2: ashbyvale 0.67, greyfriarsmat 0.63, moorlandfrs 0.74, northgateicb 0.68)
    "ashbyvale": (0.70, 0.80, 2),  # (session 12: a generic template holds no records: a right yes now, cited from the tool's row, not the clause scoping the ban)
    "greyfriarsmat": (0.62, 0.64, 3),
    "moorlandfrs": (0.75, 0.74, 2),   # (session 10: "Restricted information means any of the following:" is
                                      # now read as a class, and "fire authority member" meets its
                                      # "member of the public": one right yes lost)
    "northgateicb": (0.69, 0.67, 1),
    # round 18 (first runs at 3af3087: tamesbridge 0.66, wyvernhill 0.83, eastmere 0.60, daleshead 0.75)
    "tamesbridge": (0.65, 0.65, 4),  # (session 12: a leaflet is no one's information; TMB060, translating a leaflet, a point the policy leaves open, had been a no only because "council tax" read as personal)
    "wyvernhill": (0.79, 0.74, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    "eastmere": (0.71, 0.80, 1),   # session 8: its any-tool stance read (0.60 -> 0.73); ECH059, an undecided point on anonymised datasets, then gets a yes (session 13: the second pair model holds more yeses, wrong and right)
    "daleshead": (0.75, 0.60, 0),
    # round 19 (first runs at 5778c7f: fernhollow 0.63, northlyndale 0.76, ambermoor 0.83, cairnlea 0.66)
    "fernhollow": (0.72, 0.63, 1),   # session 8 after its first run: any-tool stance read (0.63 -> 0.73); FHB030 (fake reviews) then gets a yes
    "northlyndale": (0.71, 0.85, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "ambermoor": (0.82, 0.78, 0),
    "cairnlea": (0.66, 0.80, 4),     # session 9: CHA026 (an AI version of the chief exec's voice) now a no
    # round 20 (first runs at a4119cf: kilnworthdc 0.67, saltmarshfrs 0.70, avonleauni 0.79, ridgewayas 0.77)
    "kilnworthdc": (0.66, 0.74, 0),
    "saltmarshfrs": (0.73, 0.58, 1),  # after a6ff310 and its two PII leaks fixed (SMF053's incident number now redacted)
    "avonleauni": (0.78, 0.80, 2),
    "ridgewayas": (0.77, 0.91, 3),
    # round 21 (first runs at 9568916: pendlemoor 0.80, hartcliffepolice 0.77, seacombemht 0.76, inverbrae 0.64)
    "pendlemoor": (0.78, 0.75, 0),    # its PII leak (a name no list has, before its address) fixed after the first run (session 13: the second pair model holds more yeses, wrong and right)
    "hartcliffepolice": (0.76, 0.71, 2),
    "seacombemht": (0.74, 0.86, 6),  # (session 12: SMH007, a made-up case study, is held by the pair model, which now reads a different fourth rule)
    "inverbrae": (0.63, 0.78, 2),
    # round 22 (first runs at 83b1526: marshforddc 0.81, caldewha 0.85, nrppensions 0.74, fellgatecollege 0.72)
    "marshforddc": (0.81, 0.65, 0),
    "caldewha": (0.85, 0.71, 2),      # its PII leak (a rent reference "CVH-R-0048213") fixed after the first run
    "nrppensions": (0.71, 0.82, 1),   # (session 10, after the first run: its "Internal Information ... is not
                                      # Restricted Pool Information" is no longer bumped to personal, so Copilot
                                      # Chat no longer takes personal data; "final salary link" then meets Member
                                      # Data's "salary": one right yes lost)
    "fellgatecollege": (0.73, 0.78, 1),
    # round 23 (first runs at bfb03a8: tollbridgebc 0.77, northwealdicb 0.79, estuaryports 0.59, greysteelpolice 0.74)
    "tollbridgebc": (0.76, 0.78, 1),
    "northwealdicb": (0.80, 0.79, 0),
    "estuaryports": (0.65, 0.71, 3),  # (after its first run: its any-tool stance is read; it had been read as a whitelist)
    "greysteelpolice": (0.73, 0.73, 0),
    # round 24 (first runs at ddc85c1: corrievalley 0.70, heritagegrants 0.72, wyrebankmat 0.71, hatherleych 0.80)
    "corrievalley": (0.69, 0.68, 2),
    "heritagegrants": (0.72, 0.80, 1),
    "wyrebankmat": (0.71, 0.74, 0),
    "hatherleych": (0.80, 0.75, 3),
    # round 25 (first runs at 52d51d7: tayforthrtp 0.69, coldharbouruni 0.72, penhallowtc 0.81, severnvalepdu 0.84)
    "tayforthrtp": (0.68, 0.62, 2),
    "coldharbouruni": (0.72, 0.70, 4),
    "penhallowtc": (0.78, 0.80, 0),   # (session 11: PTC013, 1890s burial register scans "already on our heritage page",
                                      # now meets its banned burial-records class by meaning, and PTC023, a carnival risk
                                      # assessment, the safety-critical work topic: two right yeses held)
    "severnvalepdu": (0.81, 0.88, 0),  # (session 11: the pair model reads the four closest rules it may read, skipping conditional rules before counting: fewer wrong yeses, some right yeses held) (session 13: the second pair model holds more yeses, wrong and right)
    # round 26 (first runs at 1bdbe0e: whinfellnpa 0.81 / 1, levenmouthca 0.81, northlevelidb 0.67, hallamshirela 0.78)
    "whinfellnpa": (0.81, 0.69, 0),   # its wrong yes (supplier margins, a class defined by reference) and PII leak fixed after the first run
    "levenmouthca": (0.81, 0.79, 0),
    "northlevelidb": (0.67, 0.79, 0),
    "hallamshirela": (0.78, 0.79, 0),
    # round 27 (first runs at b6a81c1: westmerereg 0.75 / 1, eskdalemp 0.76 / 1, ashgroveleisure 0.74 / 5, regionalvt 0.74 / 0)
    "westmerereg": (0.75, 0.81, 1),
    "eskdalemp": (0.75, 0.83, 1),   # (after its first run: ChatGPT and Gemini no longer read as approved from "Nothing else is allowed: not ChatGPT, Gemini"; citations moved)
    "ashgroveleisure": (0.78, 0.78, 2),   # after its first run: the safety-critical work topic (5 wrong yeses -> 2)
    "regionalvt": (0.73, 0.84, 0),
    # round 28 (first runs at 859a34e: corranferries 0.84 / 4, brackenfieldhospice 0.79 / 1, kirkmoorjb 0.79 / 1, loughsidecollege 0.87 / 0)
    "corranferries": (0.84, 0.91, 4),  # (session 13: the second pair model holds more yeses, wrong and right)
    "brackenfieldhospice": (0.78, 0.72, 1),
    "kirkmoorjb": (0.79, 0.82, 1),
    "loughsidecollege": (0.82, 0.82, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 29 (first runs at 2d1e282: fairhavenmuseums 0.77 / 1, hartfieldpru 0.76 / 1, carrockmrt 0.73 / 2, brightwaterccs 0.78 / 3)
    "fairhavenmuseums": (0.76, 0.84, 1),
    "hartfieldpru": (0.75, 0.74, 1),
    "carrockmrt": (0.72, 0.83, 2),
    "brightwaterccs": (0.78, 0.84, 3),
    # round 30 (first runs at 08569fc: thornleighdc 0.70 / 1, marrowbyhomes 0.89 / 1, kelvinsidecons 0.83 / 1, teifivalecc 0.85 / 2)
    "thornleighdc": (0.72, 0.86, 1),
    "marrowbyhomes": (0.88, 0.86, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "kelvinsidecons": (0.87, 0.82, 2),
    "teifivalecc": (0.85, 0.78, 2),
    # round 31 (first runs at 202973c: wyrelunert 0.65 / 6, brackleypcn 0.74 / 0, stourmouthcc 0.79 / 1, tarrantuni 0.80 / 1)
    "wyrelunert": (0.73, 0.72, 2),
    "brackleypcn": (0.72, 0.80, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "stourmouthcc": (0.80, 0.86, 1),
    "tarrantuni": (0.80, 0.77, 1),
    # round 32 (first runs at e58b7a5: dunmoreha 0.74 / 1, penrithcoll 0.81 / 0, harlowvaleicb 0.77 / 1, caldbeckpfcc 0.79 / 2)
    "dunmoreha": (0.75, 0.74, 0),
    "penrithcoll": (0.81, 0.86, 0),
    "harlowvaleicb": (0.78, 0.72, 0),
    "caldbeckpfcc": (0.78, 0.67, 1),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 33 (first runs at 7cec642: kelmscottbg 0.76 / 3, lowthervw 0.83 / 1, adoptpennine 0.67 / 0, canalstandards 0.77 / 1)
    "kelmscottbg": (0.75, 0.71, 2),  # (session 13: the second pair model holds more yeses, wrong and right)
    "lowthervw": (0.82, 0.80, 1),
    "adoptpennine": (0.67, 0.83, 0),
    "canalstandards": (0.75, 0.89, 1),  # (session 13: the second pair model holds more yeses, wrong and right)
    # round 34 (first runs at 95b63f6: morvernhb 0.79 / 1, esksidedc 0.70 / 2, holmfirthcu 0.83 / 0, tynemouthfrs 0.80 / 3)
    "morvernhb": (0.78, 0.86, 1),
    "esksidedc": (0.70, 0.80, 2),
    "holmfirthcu": (0.81, 0.86, 0),  # (session 13: the second pair model holds more yeses, wrong and right)
    "tynemouthfrs": (0.80, 0.69, 3),
    # round 35 (first runs at e1c0a52: solwayfound 0.70 / 1, tamarporthealth 0.81 / 1, forestdeanmat 0.74 / 1, westpenninetransport 0.86 / 2)
    "solwayfound": (0.69, 0.59, 1),
    "tamarporthealth": (0.80, 0.75, 1),
    "forestdeanmat": (0.73, 0.71, 1),
    "westpenninetransport": (0.85, 0.90, 2),
    # round 36 (first runs at 027c142: midulsterleisure 0.73 / 0, exmoorhospice 0.77 / 1, ribblevalleyca 0.74 / 0, woldscoastambulance 0.81 / 1)
    "midulsterleisure": (0.72, 0.79, 0),
    "exmoorhospice": (0.77, 0.73, 1),
    "ribblevalleyca": (0.73, 0.72, 0),
    "woldscoastambulance": (0.81, 0.81, 1),
}


class _Homes(dict):
    """Each organisation's index, built the first time a test asks for it (so `-k org` builds one)."""

    def __init__(self, factory, embed):
        super().__init__()
        self._factory, self._embed = factory, embed

    def __missing__(self, org: str) -> Path:
        home = self._factory.mktemp(f"org-{org}")
        result = build_index(ORGS / org / "knowledge", home, embed_model=self._embed)
        assert not result.problems, result.problems
        self[org] = home
        return home


@pytest.fixture(scope="module")
def homes(tmp_path_factory, onnx_embed):
    saved = os.environ.pop("POLICYBOT_CHROMA_URL", None)
    yield _Homes(tmp_path_factory, onnx_embed)
    if saved is not None:
        os.environ["POLICYBOT_CHROMA_URL"] = saved


@pytest.mark.parametrize("org", sorted(FLOORS))
def test_organisation_keeps_its_floor(homes, onnx_embed, org):
    engine = Engine.open(homes[org], embed_model=onnx_embed)
    rep = evaluate(engine, load_cases(ORGS / org / "cases.jsonl"))
    verdict, hit3, dangerous = FLOORS[org]
    failures = [(f["id"], f["expected"], f["got"]) for f in rep["failures"]]
    assert rep["dangerous_errors"] <= dangerous, failures
    assert rep["pii_leaks"] == 0, failures
    assert rep["unknown_clause_citations"] == 0
    assert rep["quote_faithfulness"] == 1.0
    assert rep["verdict_accuracy"] >= verdict, failures
    assert rep["citation_hit_at_3"] >= hit3, failures
