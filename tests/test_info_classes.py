"""An organisation's own information classes (bot/engine/info_classes.py): read from its
definitions, mapped onto the contract's kinds, and used where the policy says which tool takes
which class and where a question names a class. Invented policies only."""
from __future__ import annotations

import pytest

from bot.engine.info_classes import kind_of, read_info_classes
from bot.engine.models import Verdict
from conftest import engine_from
from index.models import Clause


def _clauses(*items: tuple[str, str]) -> list[Clause]:
    return [Clause(source="p.md", id=ref, heading="Definitions", text=text) for ref, text in items]


def test_numbered_classes_map_onto_kinds_by_their_definitions():
    cs = read_info_classes(_clauses(
        ("3.1", "Tier 1 (Open): information the Authority has published or approved for publication."),
        ("3.2", "Tier 2 (Internal): the Authority's own unpublished business information that does not identify "
                "any individual, such as draft plans and internal procedures."),
        ("3.3", "Tier 3 (Personal): information from which a living person can be identified, other than "
                "Tier 4 information, such as names with contact details."),
        ("3.4", "Tier 4 (Sensitive): information about a person's physical or mental health, criminal "
                "offences or safeguarding, and any information about a child."),
        ("5.1", "Wordsmith may be used with Tier 1 and Tier 2 information only. Tier 3 and Tier 4 "
                "information must not be entered into any AI tool."),
    ))
    assert {c.name: c.kind for c in cs} == {"Tier 1": "public", "Tier 2": "internal", "Tier 3": "personal",
                                           "Tier 4": "special_category"}
    assert cs.view("with Tier 1 and Tier 2 information only") == \
        "with public information and internal information information only"
    assert cs.kinds("can i paste a tier 4 document into wordsmith?") == {"special_category"}
    assert cs.kinds("is wordsmith tier-3 ok") == {"personal"}


def test_a_capitalised_class_and_its_everyday_word():
    cs = read_info_classes(_clauses(
        ("4.1", "RESTRICTED | Personal information about customers or staff, and legal advice | No | Yes"),
        ("4.2", "RESTRICTED - MEDICAL | Health records, occupational health and safeguarding notes | No | No"),
        ("4.3", "RESTRICTED information may be used only with Enterprise tools. RESTRICTED - MEDICAL "
                "information must not be used with any tool."),
    ))
    kinds = {c.name: c.kind for c in cs}
    assert kinds == {"RESTRICTED - MEDICAL": "special_category", "RESTRICTED": "personal"}
    # an everyday word counts only as a class of information
    assert cs.kinds("is this a restricted use of the tool?") == frozenset()
    assert cs.kinds("it's a restricted document, can i summarise it") == {"personal"}
    assert cs.kinds("the restricted-medical file") == {"special_category"}


def test_a_definition_says_what_the_information_is_not():
    assert kind_of("unpublished information belonging to the Trust that does not identify any living person. "
                   "Examples are budgets and staff names removed.") == "internal"
    assert kind_of("information about an identifiable living person that is not special category information.") \
        == "personal"
    # the first sentence decides; a later sentence about drafts does not make published information internal
    assert kind_of("information the Board has already published. A draft that will be published later is not "
                   "Open information.") == "public"
    # a lead-in with nothing in its first sentence: the list under it decides
    assert kind_of("the most sensitive information we hold. It means: health records; criminal offence "
                   "information.") == "special_category"
    assert kind_of("the weather forecast for the week.") is None


def test_defined_but_never_used_terms_and_non_information_terms_are_not_classes():
    cs = read_info_classes(_clauses(
        ("3.1", "Open Tool means any generative AI tool the Council has no contract with."),
        ("3.2", "Board Papers Information means papers already published on the website."),
        ("3.3", "NOTE: these definitions follow the Council's records policy and health guidance."),
        ("5.1", "An Open Tool may be used only with published information. See the NOTE above."),
    ))
    assert [c.name for c in cs] == []


def test_an_acronym_given_with_a_class_is_a_name_of_it():
    cs = read_info_classes(_clauses(
        ("3.3", "\"Restricted Case Information\" (RCI) means any information about a child referred to the "
                "Service, including offence details and health reports."),
        ("6.1", "RCI must not be put into any generative AI tool."),
    ))
    assert {c.name: c.kind for c in cs}.get("RCI") == "special_category"
    assert cs.kinds("can i put rci into the tool") == {"special_category"}


POLICY_MD = """# Marrowby Harbour Board: Generative AI Policy

## 3. Definitions

3.1 Band A (Open): information the Board has already published or approved for publication, such as
notices on the website.

3.2 Band B (Board Business): the Board's unpublished business information that does not identify any
person, such as draft plans, internal procedures and non-personal figures.

3.3 Band C (Personal): information from which a living person can be identified, such as berth holders'
names with their addresses, mooring accounts and complaints.

## 5. Tools

5.1 Harbourwrite is the Board's approved assistant. It may be used with Band A and Band B information
only, and staff must sign in with their Board account.

5.2 Band C information must not be entered into Harbourwrite or any other generative AI tool.

## 6. Checking

6.1 Staff must check everything an AI tool produces before it is used.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, onnx_embed):
    return engine_from(tmp_path_factory.mktemp("classes"), {"mhb-ai-policy.md": POLICY_MD}, onnx_embed)


def test_a_tool_read_from_prose_takes_the_kinds_of_its_classes(engine):
    row = next(e for e in engine.kb.register if e.tool == "Harbourwrite")
    assert row.data_allowed == ("public", "internal")


def test_a_question_naming_a_class_the_tool_may_not_take_gets_no_yes(engine):
    a = engine.answer("can I paste band c stuff into harbourwrite to tidy up a letter?")
    assert a.verdict not in (Verdict.allowed, Verdict.conditional), a.summary
    assert "personal" in a.data_kinds


def test_a_question_naming_a_class_the_tool_may_take_is_a_yes(engine):
    a = engine.answer("can harbourwrite summarise a band b document for our team meeting?")
    assert a.verdict in (Verdict.allowed, Verdict.conditional), a.summary


def test_the_classes_are_in_the_compiled_model(engine):
    gl = {g["term"]: (g["means"], g["item"]["ref"]) for g in engine.model.to_json()["glossary"]}
    assert gl["Band C"] == ("personal", "mhb-ai-policy.md#3.3")
    assert gl["Band A"][0] == "public"


def test_colour_levels_and_single_word_classes_defined_with_a_colon():
    cs = read_info_classes(_clauses(
        ("4.2", "Green (open): information that has been published or approved for release."),
        ("4.3", "Blue (internal): the Authority's own unpublished information that identifies no living person."),
        ("4.4", "Red (restricted): information that identifies a living person, or that is commercially sensitive."),
        ("4.5", "Black (highly restricted): information about anyone's physical or mental health or about children."),
        ("5.1", "Green information may be entered into any tool. Blue information may be entered into Copilot only. "
                "Red information needs all the conditions below. Black information must not be entered into any tool."),
    ))
    assert {c.name: c.kind for c in cs} == {"Green": "public", "Blue": "internal", "Red": "personal",
                                           "Black": "special_category"}
    assert cs.kinds("is the red spreadsheet ok in copilot") == frozenset()      # an everyday word alone
    assert cs.kinds("can i put red info into copilot") == {"personal"}


def test_a_sensitive_part_of_a_class_sits_above_it():
    cs = read_info_classes(_clauses(
        ("A.1", "OFFICIAL covers most information the Authority handles day to day, including its unpublished "
                "working information that identifies nobody."),
        ("A.2", "OFFICIAL-SENSITIVE is OFFICIAL information that could cause harm if lost or disclosed."),
        ("A.3", "OFFICIAL-SENSITIVE COMMERCIAL is commercially sensitive information such as tender prices."),
        ("6.2", "OFFICIAL information may be used with Copilot Chat. Copilot Chat must not be given OFFICIAL-SENSITIVE "
                "or OFFICIAL-SENSITIVE COMMERCIAL information."),
    ))
    kinds = {c.name: c.kind for c in cs}
    assert kinds["OFFICIAL"] == "internal"
    assert kinds["OFFICIAL-SENSITIVE"] == "personal"              # above its parent
    assert kinds["OFFICIAL-SENSITIVE COMMERCIAL"] == "personal"   # a caveat on it is at least it
    assert "internal information" in cs.view("OFFICIAL information may be used")
    assert "OFFICIAL" not in cs.view("must not be given OFFICIAL-SENSITIVE information")


def test_a_tools_table_listing_classes_by_name_gives_their_kinds(tmp_path, onnx_embed):
    # read at index time before the classes are known, the row is fixed when the engine compiles
    policy = """# Hollow Lane Trust: AI policy

## 4. Information

4.1 Open information is information the Trust has published.

4.2 Named information is any information that identifies a living person, such as a pupil or parent.

4.3 Named information must not be put into an AI tool that is not in the table in 5.1.

## 5. Tools

5.1 The following tools carry the extra permissions shown.

| Tool | Classes of information allowed | Conditions |
|---|---|---|
| Quillmate | Open, Named | Signed in with a Trust account. |

## 6. Checking

6.1 Staff must check everything an AI tool produces.
"""
    eng = engine_from(tmp_path, {"policy.md": policy}, onnx_embed)
    row = next(e for e in eng.kb.register if e.tool == "Quillmate")
    assert "personal" in row.data_allowed


BAN_MD = """# Ravelstone Museum: Generative AI Policy

## 5. Tools

5.1 Staff may use Copilot Chat, signed in with a Museum account, for Museum work with internal information.

## 6. Information that must never go into AI

6.1 Lender information must not be entered into any generative AI tool, whoever the lender is.

6.2 Security information must not be entered into any generative AI tool on a personal device.

## Appendix A - Definitions

A.1 Lender information: loan agreements, facility reports, valuations and condition reports supplied by lenders.

A.2 Security information: alarm and display case specifications, key holders and access codes.

A.3 Internal information: the Museum's unpublished information that identifies no individual, such as drafts.
"""


@pytest.fixture(scope="module")
def ban_engine(tmp_path_factory, onnx_embed):
    return engine_from(tmp_path_factory.mktemp("bans"), {"policy.md": BAN_MD}, onnx_embed)


def test_a_class_kept_out_of_every_tool_is_a_no_when_described_by_its_examples(ban_engine):
    assert ban_engine.kb.class_bans.keys() == {"Lender information"}    # 6.2 is a setting, not a ban on the class
    a = ban_engine.answer("the facility report from the lending museum is 30 pages, can copilot chat summarise it?")
    assert a.verdict == Verdict.not_allowed, a.summary
    assert a.citations[0].ref == "policy.md#6.1"
    b = ban_engine.answer("can copilot chat tidy up our draft gallery guide? it's internal")
    assert b.verdict in (Verdict.allowed, Verdict.conditional), b.summary


def test_a_tools_table_cell_lists_classes_in_sentences_and_rules_one_out():
    from bot.engine.info_classes import InfoClass, InfoClasses
    import re as _re

    def cls(name, kind):
        pat = _re.compile(_re.escape(name), _re.I)
        return InfoClass(name, kind, "p.md#2.1", name, True, (), pat, pat)
    classes = InfoClasses([cls("Service Internal information", "internal"), cls("Open information", "public"),
                           cls("Protected Service Data", "special_category")])
    assert classes.cell_kinds("Open and Service Internal information. No Protected Service Data.") == {"public", "internal"}
    assert classes.cell_kinds("Open information only.") == {"public"}
    assert classes.cell_kinds("Not Protected Service Data") == set()


def test_a_class_defined_by_the_sub_clauses_under_it():
    """'Guarded information must not be entered into any AI tool. Guarded information is:' with its
    items as clauses of their own (5.4(a), 5.4(b)): the items are what the class covers, so a
    question about a crew debrief is about Guarded information."""
    cs = read_info_classes(_clauses(
        ("5.2", "Open information is information the Brigade has already published."),
        ("5.4", "Guarded information must not be entered into any AI tool, except as allowed by 9.3. "
                "Guarded information is:"),
        ("5.4(a)", "information about an identifiable living person, including names and addresses;"),
        ("5.4(b)", "callout information: callout logs, crew debrief notes and scene photographs;"),
        ("6.1", "Staff may use any AI tool with Open information."),
    ))
    guarded = next(c for c in cs if c.name == "Guarded information")
    assert guarded.kind == "personal"
    assert any("crew debrief notes" in e for e in guarded.examples)
    phrases = {p for _, _, p in cs.example_phrases()}
    assert "crew debrief notes" in phrases


def test_a_class_that_identifies_nobody_is_at_most_internal_whatever_it_lists():
    from bot.engine.info_classes import kind_of
    text = ("\"Service Information\" means the Service's own unpublished information that identifies nobody: "
            "draft procedures, training material, performance figures that cannot identify a child.")
    assert kind_of(text, "Service Information") == "internal"
    assert kind_of("\"De-identified Material\" means material prepared from case records under the "
                   "De-identification Procedure.", "De-identified Material") == "internal"
    # said as an exception, it does not lower a personal class
    assert kind_of("Personal Information means information about a living person, except information that "
                   "does not identify anyone.", "Personal Information") == "personal"


def test_a_class_named_as_information_and_defined_by_what_it_covers_is_read():
    """"X Information means any tender, bid, ..." defines a class, though its definition starts with
    the things it covers rather than the word "information"."""
    from index.models import Clause
    from bot.engine.info_classes import read_info_classes
    cl = [Clause(source="p.md", id="3.8", heading="Definitions",
                 text="Commercial-in-Confidence Information means any tender, bid, quotation or pricing provided "
                      "to the Authority by a third party."),
          Clause(source="p.md", id="6.4", heading="Information",
                 text="Commercial-in-Confidence Information must not be entered into Copilot Chat.")]
    classes = read_info_classes(cl)
    c = [x for x in classes.classes if x.name == "Commercial-in-Confidence Information"]
    assert c and c[0].kind == "internal"
    assert classes.named_in("the bus operator sent their tender pricing") == c


def test_a_class_the_definition_says_it_is_not_is_no_parent():
    """"Internal Information: ... unpublished information that does not identify any person and is
    not Restricted Pool Information" is not the more sensitive part of Restricted Pool Information."""
    from index.models import Clause
    from bot.engine.info_classes import read_info_classes
    cl = [Clause(source="p.md", id="A.2", heading="Definitions",
                 text="Restricted Pool Information: information about the pool's investments that has not been made public."),
          Clause(source="p.md", id="A.3", heading="Definitions",
                 text="Internal Information: the Partnership's own unpublished information that does not identify any "
                      "person and is not Restricted Pool Information, such as draft procedures."),
          Clause(source="p.md", id="5.1", heading="Information",
                 text="Copilot Chat may be used with Internal Information. Restricted Pool Information must not be "
                      "entered into any AI tool.")]
    kinds = {c.name: c.kind for c in read_info_classes(cl).classes}
    assert kinds["Internal Information"] == "internal"


def test_a_class_defined_by_a_reference_to_a_clause_takes_that_clauses_list():
    """"Restricted information: the information listed in 5.4." reads 5.4 and its items (session 11,
    round 26: the class had been read with no examples, so nothing a question said named it)."""
    cl = [Clause(source="p.md", id="5.4", heading="Information",
                 text="The following restricted information must not be put into any generative AI tool:"),
          Clause(source="p.md", id="5.4(a)", heading="Information",
                 text="(a) personal data, including complaints and correspondence from the public;"),
          Clause(source="p.md", id="5.4(b)", heading="Information",
                 text="(b) commercially sensitive information, including supplier terms and margins of the trading company."),
          Clause(source="p.md", id="A.4", heading="Definitions",
                 text="Restricted information: the information listed in 5.4."),
          Clause(source="p.md", id="6.1", heading="Rules",
                 text="Restricted information must never be shared with any AI tool.")]
    c = next(c for c in read_info_classes(cl).classes if c.name == "Restricted information")
    assert any("supplier terms and margins" in ex for ex in c.examples)


CLASS_BY_MEANING_MD = """# Fellside Trading: AI use

## 1. Tools

1.1 Staff may use any generative AI tool for company work, provided no restricted information is entered.

## 2. Information

2.1 Restricted information means commercially sensitive information, including supplier terms and margins, contract prices and tender submissions.

2.2 Restricted information must not be entered into any generative AI tool.
"""


def test_a_question_describing_what_a_banned_class_lists_is_a_no(tmp_path, onnx_embed):
    """The question shares one or two rare words with a thing the class lists and is close to it in
    meaning (gate.class_ban_by_meaning): no, citing the ban, not the any-tool yes."""
    eng = engine_from(tmp_path, {"fellside-ai-policy.md": CLASS_BY_MEANING_MD}, onnx_embed)
    a = eng.answer("can i ask chatgpt to work out new retail prices for the map range if i give it our supplier "
                   "costs and margins")
    assert a.verdict == Verdict.not_allowed, a.summary
    assert any(c.clause == "2.2" for c in a.citations), [c.ref for c in a.citations]
    b = eng.answer("can i ask chatgpt to suggest names for our new range of walking maps")
    assert b.verdict in (Verdict.allowed, Verdict.conditional), b.summary
