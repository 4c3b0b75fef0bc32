"""Issue 16, session 6: names by shape (not by list), word-like given names with strong person cues,
over-redaction guards by shape, organisation ids after their context words, postcodes and addresses.
All examples are invented for these tests (none is from a stress set)."""
from __future__ import annotations

import pytest

from bot.redact import redact

PERSONAL = [
    # a run of capitalised words none of which is an English word, with a person cue after it
    ("Oluwaseun Bankole-Ade was assaulted at the bus station, can copilot write the incident summary",
     ["Oluwaseun Bankole-Ade"]),
    ("Radhika Venkataraman's occupational health report came back, can chatgpt summarise it", ["Radhika Venkataraman"]),
    ("Mateusz Kowalczyk needs an interpreter for his tenancy review - can gemini help", ["Mateusz Kowalczyk"]),
    ("Aoife Ní Dhomhnaill has been signed off with anxiety, can claude draft the welfare letter", ["Aoife Ní Dhomhnaill"]),
    ("Dafydd ap Rhys told his tutor he is being bullied, can copilot write it up", ["Dafydd ap Rhys"]),
    ("Thi Thu Trang Nguyen is on a child protection plan, can copilot tidy the minutes", ["Nguyen"]),
    ("Tadhg Ó Briain's sick note runs out Friday, can copilot draft the return to work letter", ["Tadhg Ó Briain"]),
    ("Kwabena Asante-Mensah fell at the day centre and broke his wrist, can chatgpt write the report",
     ["Kwabena Asante-Mensah"]),
    ("Ingrid Søndergaard-Holm’s appeal hearing is next week, can gemini summarise the bundle",
     ["Ingrid Søndergaard-Holm"]),
    # word-like given names with a strong cue right after them
    ("Faith is on a performance improvement plan, can chatgpt draft the review letter", ["Faith"]),
    ("letter for Harmony who's been excluded twice this term, can copilot help", ["Harmony"]),
    ("Blessing (14) has been missing from her placement since Friday - can claude help", ["Blessing"]),
    ("Patience is being investigated for a data breach, can copilot summarise the notes", ["Patience"]),
    ("- Honour T (neglect) - Precious W (missing) can chatgpt summarise for the panel", ["Honour", "Precious"]),
    # another name of the same person in brackets, a family group
    ("[name] (Magdalena) says she is pregnant, can gemini draft the risk assessment", ["Magdalena"]),
    ("both Szymańska girls are on the CIN plan, can copilot update it", ["Szymańska"]),
    ("the Okorafor-Eze twins start nursery on Monday, can gemini write the welcome letter", ["Okorafor-Eze"]),
    # plural family names before an address or a bracketed family
    ("the Pattersons at no. 22 are hoarding again, can copilot draft the letter", ["Patterson"]),
    ("the mcgillivrays (kinship family) need a home visit, can gemini draft the plan", ["mcgillivray"]),
    # a lower-case title with an initial
    ("mr t. blackwood complained his carer never turned up, can chatgpt reply", ["blackwood"]),
    ("ms r k oyelaran rang about her housing benefit, can gemini draft a reply", ["oyelaran"]),
    # addresses without a street word, house names after "called", postcodes in any language
    ("tenant at 57 Broadwalk Leeds has reported damp, can copilot draft the repair letter", ["57 Broadwalk"]),
    ("bungalow called Bryn Awel outside Lampeter - elderly man with dementia, can AI draft the referral",
     ["Bryn Awel"]),
    ("cod post ll55 4ug - can deepl translate the letter for the family", ["ll55 4ug"]),
    ("send it to cf10 6nd please, she has moved", ["cf10 6nd"]),
]

CLEAN = [
    "our Ofsted URN is 143276 - can gemini fill in the SEF template",
    "the charity number is 1187654 on the grant form - can chatgpt check it",
    "VAT number GB 987 6543 21 appears on the vendor invoice, does the DPIA need it",
    "security incident 2025-SEC-00412: a laptop was left on a train, what do we report",
    "the Hopper Lab (room C-214) has new laptops, can pupils use gemini there",
    "St George's and King's have their own AI guidance, should we copy it?",
    "Boots are offering AI skin scans, is that allowed for staff",
    "can chatgpt write a lesson on Emmeline Pankhurst and the suffragettes",
    "an assembly about Florence Nightingale for year 4 - can copilot help",
    "a round-robin update to all managers - can chatgpt draft it",
    "Microsoft Teams needs updating before we can use Copilot",
    "Power Automate flows keep failing - can Copilot Studio help",
    "Hope is on the horizon for the new AI policy",
    "we live in hope that the DPIA gets signed off",
    "Will copilot be able to read the shared drive?",
    "Buenos Aires office wants to use chatgpt, are they covered",
    "Nairobi team needs access to copilot",
    "Tregaron and Lampeter libraries want AI training",
    "Kubernetes needs patching; can chatgpt write the change note",
    "Brexit has changed our data transfer rules, can gemini summarise",
    "change CR-2025-0142 approved, can copilot write the release notes",
    "Aberystwyth University has signed a deal with OpenAI",
    "the 2nd floor and the 3rd floor printers, can copilot find the asset list",
    "I've got notes from the team meeting, can chatgpt tidy them",
    "the Simpsons in 2003 had an episode about AI, can I show it in PSHE",
    "the Beatles at 50 - can chatgpt write the quiz for the staff social",
]


@pytest.mark.parametrize("text,values", PERSONAL)
def test_personal_data_is_redacted(text, values):
    out = redact(text).text
    for v in values:
        assert v.lower() not in out.lower(), out


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_unchanged(text):
    assert redact(text).text == text


def test_english_word_list_ships_with_its_licence():
    from pathlib import Path
    import bot.redact as r
    data = Path(r.__file__).with_name("data")
    assert (data / "english_words_scowl-LICENSE.txt").read_text().count("Kevin Atkinson") >= 1
    assert "lesson" in r._ENGLISH and "tharshini" not in r._ENGLISH
