"""Issue 16 after set 22: the classes set 22's first run leaked or altered, tested with other
invented values (none from a stress set), plus clean and personal look-alikes. Each leaking input
in the "leak" tests and each clean input in the "was altered" tests fails on main at f38d130; the
guards pass on main too."""
import pytest

from bot.redact import redact


def _kept(text):
    out = redact(text).text
    assert out == text, out


def _gone(text, *values):
    out = redact(text).text
    for v in values:
        assert v.lower() not in out.lower(), out
    return out


# 1. fixed format: judicial review and county court claim numbers, an ISO birth date, vehicle marks
@pytest.mark.parametrize("text,values", [
    ("AC-2025-MAN-000482 judicial review bundle - can copilot index it?", ("AC-2025-MAN-000482",)),
    ("claimant in JR-2023-CF-001927? no, JR-2023-CDF-001927 - can claude draft the grounds reply", ("JR-2023-CDF-001927",)),
    ("County Court at Bradford K7RT52P9 possession claim - gemini for the defence?", ("K7RT52P9",)),
    ("County Court Money Claims Centre H3WQ71N5 - copilot for the reply?", ("H3WQ71N5",)),
    ("born 1951-11-23, the day the library opened - can copilot write her card?", ("1951-11-23",)),
    ("born 1944-09-12, the week the hospital opened - AI for the care plan?", ("1944-09-12",)),
    ("the tenant's car reg KM21 XTR was seen on CCTV - copilot for the ASB letter?", ("KM21 XTR",)),
    ("abandoned vehicle BT68HVN outside no. 9, can gemini draft the notice", ("BT68HVN",)),
    ("number plate P417 HGK on the fly-tipping photo - claude ok?", ("P417 HGK",)),
    ("reg was FKN 291W, an old Land Rover - can copilot write it up?", ("FKN 291W",)),
])
def test_fixed_format_set22_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "VAT reg GB 987 6543 21 on the supplier's invoice - copilot ok?",
    "company reg no 08123456 for the AI vendor, is that enough for the DPIA?",
    "how do we cite a judicial review in the policy - can copilot help?",
    "the County Court at Leeds moved buildings in 2024 - AI for the staff note?",
    "Born in 1948, the NHS turns 80 soon - can chatgpt write a staff newsletter piece?",
    "ISO 27001 and BS10008 compliance for copilot, any view?",
    "the bus route X12 and the A14 roadworks - can AI draft the notice?",
    "model ref KX71 UPS battery spares - copilot for the order?",
    "Our GH19 TRP example plate in the training slides - ok?",
    "AC-2025-BHM-000917 is the format of a court reference - explain with copilot?",
])
def test_fixed_format_guards(text):
    _kept(text)


# 2. names: full names before case words, particles, initials, families, surname-initial lists
@pytest.mark.parametrize("text,values", [
    ("Anjali Venkatesan complaint - copilot ok?", ("Venkatesan",)),
    ("Mariam Qureshi's flexible working request - gemini?", ("Qureshi",)),
    ("Siobhan Brennock tenancy - claude?", ("Brennock",)),
    ("Dafydd ap Gwilym Prydderch grievance - AI for the timeline?", ("Prydderch",)),
    ("Tomasz Wróblewski's dispute with payroll, can copilot summarise it?", ("Wróblewski",)),
    ("bogdan lungu HMO complaint, chatgpt ok?", ("bogdan lungu",)),
    ("R.T. Fennimore grievance notes, claude ok", ("Fennimore",)),
    ("the McCaffertys' adoption panel papers - claude?", ("McCafferty",)),
    ("Kowalczyks next door to the tenant reported noise, gemini ok?", ("Kowalczyk",)),
    ("foster carers: Mr & Mrs Adeyinka, Nia Pritchard, the Wiśniewskis - copilot for the reviews?", ("Wiśniewski",)),
    ("Sickness: Khan A (9d), Taylor M (3d), Begum F (21d) - copilot summary ok?", ("Khan A", "Taylor M", "Begum F")),
    ("chi 2406519876 peigi macaulay 7 Harbour Road - care review, copilot?", ("peigi macaulay",)),
])
def test_name_set22_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Priority complaint categories - can copilot sort them?",
    "Grenfell Tower complaint themes, AI for the briefing?",
    "Victoria Station complaint about the lifts - gemini?",
    "the Beatles' songs for the care home singalong - copilot playlist?",
    "the Victorians' workhouse records for the heritage exhibition, claude ok?",
    "Schedule B, Annex C and Part D of the contract - can AI compare them?",
    "Dafydd ap Gwilym poetry evening - can copilot write the intro?",
    "U.K. GDPR guidance for copilot, what applies?",
    "Lloyd's of London cyber guidance - does it cover copilot?",
    "Lloyd's market bulletins - can copilot summarise them?",
    "Can the SIRO sign off use of Claude for complaint letters?",
    "Sorley MacLean (Somhairle MacGill-Eain) poetry night - can copilot write the gaelic intro",
])
def test_name_guards(text):
    _kept(text)


# 3. addresses: named houses with a place or before a numbered street, spaced commas
@pytest.mark.parametrize("text,values", [
    ("Bryncoch Farm, nr Llandovery - can AI write the biosecurity letter", ("Bryncoch Farm",)),
    ("Ashdown Cottage, near Great Missenden, needs a repairs letter - copilot?", ("Ashdown Cottage",)),
    ("The Hollies, 14 Church Walk, Witney OX28 4QT — claude for the enforcement letter?", ("The Hollies", "14 Church Walk")),
    ("27 , Station Road , Louth - copied from the form, chatgpt ok?", ("Station Road",)),
])
def test_address_set22_classes(text, values):
    _gone(text, *values)


@pytest.mark.parametrize("text", [
    "Hillcrest Farm Shop, nr Builth Wells, opening hours - AI for the poster?",
    "Town Hall, nr the station - AI for the visitor leaflet?",
])
def test_address_guards(text):
    _kept(text)


# 4. clean text set 22's first run altered
@pytest.mark.parametrize("text", [
    "CAB item 2025-02-19-03: rolling out Gemini in Workspace, policy view?",
    "Issue log ref 4107782219 for the chatbot pilot - can claude tidy the actions?",
    "Can the DPO approve use of Claude for safeguarding notes?",
    "Our Lloyd's market exposure report - can claude summarise the figures?",
    "Can copilot suggest names for the estate? street naming shortlist: Heol y Felin, Lon Masarn, Orchard Rise",
])
def test_clean_set22_classes(text):
    _kept(text)


@pytest.mark.parametrize("text,values", [
    ("my client Claude Bernier's complaint - copilot ok?", ("Bernier",)),
    ("Lloyd Fenwick's grievance - gemini ok?", ("Lloyd Fenwick",)),
    ("lives at 14 Maes Tegid with her son - can copilot write the letter?", ("14 Maes Tegid",)),
])
def test_personal_look_alikes(text, values):
    _gone(text, *values)
